//! What the panes say: pure functions from the state (an occupation, the language, the
//! figures) to a document of styled lines, before wrapping. Views draw these documents;
//! state measures them to clamp scrolling. Nothing here draws or changes state.

mod ai_impact;
mod ai_tasks;
mod charts;
pub mod compare;
mod doc;
mod education;
pub mod education_path;
pub mod examples;
mod fit;
mod imm_provinces;
mod imm_rounds;
#[cfg(test)]
mod imm_tests;
mod immigration;
mod licensing;
pub mod licensing_provinces;
mod outlook;
mod outlook_yearly;
mod overview;
mod overview_card;
pub mod paths;
pub use crate::i18n::wording as phrases;
pub mod present;
pub mod province;
mod route_asks;
mod salary;
pub mod sources;

pub use ai_impact::AiImpactPane;
pub use compare::Comparison;
pub use doc::{Bar, Doc};
pub use education::EducationPane;
pub use immigration::ImmigrationPane;
pub use licensing::LicensingPane;
pub use outlook::OutlookPane;
pub use overview::OverviewPane;
pub use salary::SalaryPane;

use super::action::Tab;
use super::state::App;
use crate::model::UnitGroup;
use ratatui::text::Line;

/// The content of a tab for an occupation, before wrapping. A tab that quotes official records
/// we hold only in English (the NOC text, OaSIS descriptors, O*NET tasks) says so first, once,
/// in the interface language.
pub fn pane_doc(app: &App, unit: &UnitGroup, tab: Tab) -> Doc {
    let mut doc = tab_doc(app, unit, tab);
    if matches!(
        tab,
        Tab::Overview | Tab::AiImpact | Tab::Education | Tab::Licensing
    ) {
        doc.note_first(app.labels.report.official_english_screen, app.theme.muted);
    }
    doc
}

fn tab_doc(app: &App, unit: &UnitGroup, tab: Tab) -> Doc {
    match tab {
        Tab::Overview => OverviewPane { app, unit }.doc(),
        Tab::AiImpact => AiImpactPane { app, unit }.doc(),
        Tab::Salary => SalaryPane { app, unit }.doc(),
        Tab::Education => EducationPane { app, unit }.doc(),
        Tab::Licensing => LicensingPane { app, unit }.doc(),
        Tab::Immigration => ImmigrationPane { app, unit }.doc(),
        Tab::Outlook => OutlookPane { app, unit }.doc(),
    }
}

/// A line of `label: value` where both are plain strings.
pub fn label_value(label: &str, value: &str, app: &App) -> Line<'static> {
    Line::from(vec![
        ratatui::text::Span::styled(format!("{label} "), app.theme.muted),
        ratatui::text::Span::styled(value.to_string(), app.theme.base),
    ])
}

/// Whole dollars in the interface language (see `crate::locale`).
pub fn money(app: &App, amount: u32) -> String {
    crate::locale::money(app.lang, amount)
}

/// A count in the interface language; negative numbers keep their sign.
pub fn number(app: &App, n: i64) -> String {
    crate::locale::number(app.lang, n)
}

/// An hourly wage in the interface language: "$23.50" or "23,50 $".
pub fn hourly(app: &App, amount: f64) -> String {
    crate::locale::cents(app.lang, amount)
}

/// "Source: publisher, dataset (vintage)".
pub fn source_line(app: &App, s: &crate::facts::SourceRef) -> String {
    format!(
        "{} {}, {} ({})",
        app.labels.source_prefix, s.publisher, s.dataset, s.vintage
    )
}

/// A program answer as a mark (✓, ✗, ?) and a first sentence, shared with the handouts.
pub(super) use crate::report::card::{eligibility_mark, first_sentence};

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_before_a_capital() {
        assert_eq!(first_sentence("Nurses care. They work."), "Nurses care.");
        assert_eq!(first_sentence("e.g. this one. Next"), "e.g. this one.");
        assert_eq!(first_sentence("No full stop"), "No full stop");
    }
}
