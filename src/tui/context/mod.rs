//! What content reads, and nothing else: a read-only view of the explorer's state that
//! `App::context` builds for a frame (or a test builds by hand). Content (`tui/content`) is a
//! function of a `Context`; it never names the `App`. This room sits below both `tui/state`
//! and `tui/content`, so neither imports the other (`Measure` is how state asks content how
//! tall a pane is without naming it).

mod facts_table;
mod measure;

/// One spelling check and one name per province for content, state and `show` alike.
pub use crate::i18n::wording::{province_name, same_province};
pub use facts_table::{FACTS_KEPT, FactsTable};
pub use measure::{CompareSize, Measure};

use crate::facts::Facts;
use crate::facts::depth::DepthFacts;
use crate::facts::paths::{PathSort, PathsFacts};
use crate::filter::Filter;
use crate::i18n::Labels;
use crate::locale::Lang;
use crate::model::{Dataset, UnitGroup};
use crate::tui::action::Tab;
use crate::tui::keymap::Keymap;
use crate::tui::layout::{self, Areas};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;

/// How many occupations compare shows side by side.
pub const COMPARE_MAX: usize = 4;

/// Everything a pane, compare, the sources overlay, the example titles and the presentation
/// read: the occupation shown, its figures and deep sections, the language, labels and theme,
/// the province chosen, the shortlist, and the few view settings a pane reads.
pub struct Context<'a> {
    pub ds: &'a Dataset,
    /// The figures of the unit groups, computed when first asked for.
    pub facts: &'a FactsTable,
    pub lang: Lang,
    pub labels: &'static Labels,
    pub theme: Theme,
    /// The keys in force, for the hints a pane gives ("press l to open").
    pub keymap: &'a Keymap,
    /// The occupation shown (the list's row, or the tree's).
    pub selected: Option<&'a UnitGroup>,
    /// The deep sections last computed (for the occupation shown, once they are: see
    /// `depth_of`).
    pub depth: Option<&'a DepthFacts>,
    /// Where the skills of that occupation carry, computed with `depth`.
    pub paths: Option<&'a PathsFacts>,
    /// The filters (the province chosen).
    pub filter: &'a Filter,
    /// The shortlist's codes, in the order marked.
    pub shortlist: &'a [String],
    pub tab: Tab,
    /// Presentation mode.
    pub present: bool,
    /// The terminal size.
    pub size: Rect,
    /// The AI pane folds away the tasks of weakly linked US occupations.
    pub fold_weak: bool,
    /// The Education pane shows the NOC sentence under each stage of the path.
    pub path_sentences: bool,
    /// The order of where the skills carry (Outlook pane).
    pub paths_sort: PathSort,
    /// The words typed in the example titles overlay.
    pub examples_filter: &'a str,
}

impl<'a> Context<'a> {
    pub fn selected_unit(&self) -> Option<&'a UnitGroup> {
        self.selected
    }

    /// The figures of `unit`, computed the first time.
    pub fn facts_of(&self, unit: &UnitGroup) -> Option<&'a Facts> {
        self.ds
            .unit_position(&unit.code)
            .and_then(|i| self.facts.get(i))
    }

    /// The deep sections of `unit`, if they are those computed.
    pub fn depth_of(&self, unit: &UnitGroup) -> Option<&'a DepthFacts> {
        self.depth.filter(|d| d.code == unit.code)
    }

    /// Where the skills of `unit` carry, if computed (with the deep sections).
    pub fn paths_of(&self, unit: &UnitGroup) -> Option<&'a PathsFacts> {
        self.depth_of(unit)?;
        self.paths
    }

    /// The title that leads: French with `--lang fr`, English otherwise.
    pub fn primary_title<'u>(&self, unit: &'u UnitGroup) -> &'u str {
        primary_title(self.lang, unit)
    }

    /// The shortlist's occupations, as positions in `ds.units`.
    pub fn shortlist_units(&self) -> Vec<usize> {
        self.shortlist
            .iter()
            .filter_map(|c| self.ds.unit_position(c))
            .collect()
    }

    pub fn areas(&self) -> Areas {
        layout::areas(self.size)
    }

    /// A province's name in the interface language.
    pub fn province_name(&self, province: &str) -> String {
        province_name(self.labels, province)
    }
}

/// The title that leads: French with `--lang fr`, English otherwise.
pub fn primary_title(lang: Lang, unit: &UnitGroup) -> &str {
    match lang {
        Lang::Fr if !unit.title_fr.is_empty() => &unit.title_fr,
        _ => &unit.title,
    }
}
