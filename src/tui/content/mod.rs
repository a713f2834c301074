//! What the panes say: pure functions from a read-only `Context` (an occupation, its figures,
//! the language, the labels) to a document of styled lines, before wrapping. Views draw these
//! documents; state measures them, through `MEASURE`, to clamp scrolling. Nothing here draws,
//! changes state or names the `App`.

mod ai_impact;
mod ai_tasks;
mod charts;
pub mod compare;
#[cfg(test)]
mod context_tests;
mod doc;
mod education;
pub mod education_path;
pub mod examples;
mod fit;
pub mod help;
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
use super::context::{CompareSize, Context, Measure};
use super::layout;
use crate::model::UnitGroup;
use ratatui::text::Line;

/// The content of a tab for an occupation, before wrapping. A tab that quotes official records
/// we hold only in English (the NOC text, OaSIS descriptors, O*NET tasks) says so first, once,
/// in the interface language.
pub fn pane_doc(cx: &Context, unit: &UnitGroup, tab: Tab) -> Doc {
    let mut doc = tab_doc(cx, unit, tab);
    if matches!(
        tab,
        Tab::Overview | Tab::AiImpact | Tab::Education | Tab::Licensing
    ) {
        doc.note_first(cx.labels.report.official_english_screen, cx.theme.muted);
    }
    doc
}

fn tab_doc(cx: &Context, unit: &UnitGroup, tab: Tab) -> Doc {
    match tab {
        Tab::Overview => OverviewPane { cx, unit }.doc(),
        Tab::AiImpact => AiImpactPane { cx, unit }.doc(),
        Tab::Salary => SalaryPane { cx, unit }.doc(),
        Tab::Education => EducationPane { cx, unit }.doc(),
        Tab::Licensing => LicensingPane { cx, unit }.doc(),
        Tab::Immigration => ImmigrationPane { cx, unit }.doc(),
        Tab::Outlook => OutlookPane { cx, unit }.doc(),
    }
}

/// What state measures of content (scroll limits, the codes a pane names), through
/// `context::Measure` so that state never names content.
pub const MEASURE: Measure = Measure {
    pane_lines: |cx, unit, tab, width| pane_doc(cx, unit, tab).lines(width),
    present_rows: |cx, unit, width| present::body(cx, unit, &cx.theme.presentation(), width).len(),
    sources_lines: |cx, area| sources::lines(cx, layout::sources_text(area).width as usize).len(),
    examples_lines: |cx, width| examples::lines(cx, width).len(),
    help_max_scroll: |cx, area| help::layout(cx, area).max_scroll,
    compare: |cx, width, first, differences_only| {
        let t = Comparison { cx }.table(width, first, differences_only);
        CompareSize {
            header: t.header.len(),
            body: t.body.len(),
            first: t.first,
            shown: t.shown,
            total: t.total,
        }
    },
};

/// A line of `label: value` where both are plain strings.
pub fn label_value(label: &str, value: &str, cx: &Context) -> Line<'static> {
    Line::from(vec![
        ratatui::text::Span::styled(format!("{label} "), cx.theme.muted),
        ratatui::text::Span::styled(value.to_string(), cx.theme.base),
    ])
}

/// Whole dollars in the interface language (see `crate::locale`).
pub fn money(cx: &Context, amount: u32) -> String {
    crate::locale::money(cx.lang, amount)
}

/// A count in the interface language; negative numbers keep their sign.
pub fn number(cx: &Context, n: i64) -> String {
    crate::locale::number(cx.lang, n)
}

/// An hourly wage in the interface language: "$23.50" or "23,50 $".
pub fn hourly(cx: &Context, amount: f64) -> String {
    crate::locale::cents(cx.lang, amount)
}

/// "Source: publisher, dataset (vintage)", the source as the reports write it.
pub fn source_line(cx: &Context, s: &crate::facts::SourceRef) -> String {
    format!(
        "{} {}",
        cx.labels.source_prefix,
        crate::report::figures::source(s)
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
