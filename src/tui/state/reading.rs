//! Reading the app's state: the list's rows (after the search and the filters), the
//! selected occupation, its titles in the interface language, its figures, and where the
//! areas of the screen are. Nothing here changes state (`App::apply` does).

use super::super::layout::{self, Areas};
use super::App;
use crate::facts::Facts;
use crate::locale::Lang;
use crate::model::UnitGroup;
use crate::search::{Hit, MatchKind};
use crate::tui::context::{self, Context};
use ratatui::layout::Rect;

impl App {
    pub fn filtering(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// Number of occupations in the list (after the search and the filters).
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    pub fn row_hit(&self, row: usize) -> Option<&Hit> {
        let hit = self.rows.get(row)?.1?;
        self.results.hits.get(hit)
    }

    /// Index into `ds.units` of a row.
    pub fn row_unit(&self, row: usize) -> Option<usize> {
        self.rows.get(row).map(|r| r.0)
    }

    /// The occupation on the right: the tree's unit group while the tree shows one, else
    /// the list's selection.
    pub fn selected_unit(&self) -> Option<&UnitGroup> {
        if let Some(unit) = self.tree.as_ref().and_then(|t| t.unit(&self.ds)) {
            return Some(unit);
        }
        self.row_unit(self.selected).map(|i| &self.ds.units[i])
    }

    /// The title that leads: French with `--lang fr`, English otherwise.
    pub fn primary_title<'a>(&self, unit: &'a UnitGroup) -> &'a str {
        context::primary_title(self.lang, unit)
    }

    pub fn secondary_title<'a>(&self, unit: &'a UnitGroup) -> &'a str {
        match self.lang {
            Lang::Fr => &unit.title,
            _ => &unit.title_fr,
        }
    }

    /// The text a row shows under its title ("matched: ocularist"), when the query matched
    /// something other than the title shown.
    /// An alias of ours reads in the interface language.
    pub fn matched_text(&self, row: usize) -> Option<std::borrow::Cow<'_, str>> {
        let hit = self.row_hit(row)?;
        let unit = &self.ds.units[hit.unit];
        match hit.kind {
            MatchKind::Code | MatchKind::CodePrefix => None,
            _ if hit.matched == self.primary_title(unit) => None,
            _ => Some(self.labels.search_words.matched(hit)),
        }
    }

    pub fn row_height(&self, row: usize) -> usize {
        1 + usize::from(self.matched_text(row).is_some())
    }

    /// Grapheme indices of `hit.matched` to highlight. Called only for rows being drawn.
    pub fn highlights(&self, hit: &Hit) -> Vec<u32> {
        let query = self.results.corrected.as_deref().unwrap_or(&self.query);
        match self.highlighter.try_borrow_mut() {
            Ok(mut h) => h.highlight(&self.index, query, hit),
            Err(_) => Vec::new(),
        }
    }

    /// The overall score of an occupation, shown as a gauge in the header. `None` until the
    /// figures (wages, outlook, AI exposure, immigration) are part of the build.
    pub fn overall_score(&self, unit: &UnitGroup) -> Option<f32> {
        self.facts_of(unit)
            .and_then(|f| f.score.value)
            .map(|v| v as f32)
    }

    /// What the filters and sorts read of a unit group (every occupation's is computed the
    /// first time one is asked for).
    pub fn list_figures_of(&self, unit: &UnitGroup) -> Option<&crate::filter::ListFigures> {
        let i = self.ds.unit_position(&unit.code)?;
        self.facts.all().get(i)
    }

    /// The figures of a unit group.
    pub fn facts_of(&self, unit: &UnitGroup) -> Option<&Facts> {
        self.ds
            .unit_position(&unit.code)
            .and_then(|i| self.facts.get(i))
    }

    /// What content reads of the state, for one frame or one measure (see `tui::context`).
    pub fn context(&self) -> Context<'_> {
        let selected = self.selected_unit();
        Context {
            ds: &self.ds,
            facts: &self.facts,
            lang: self.lang,
            labels: self.labels,
            theme: self.theme,
            keymap: &self.keymap,
            selected,
            depth: self.depth.as_ref(),
            paths: self.paths.as_ref(),
            filter: &self.filter,
            shortlist: self.shortlist.codes(),
            tab: self.tab,
            present: self.present,
            size: self.size,
            fold_weak: self.fold_weak,
            path_sentences: self.path_sentences,
            paths_sort: self.paths_sort,
            examples_filter: &self.examples_filter,
        }
    }

    pub fn areas(&self) -> Areas {
        layout::areas(self.size)
    }

    pub(super) fn list_rows_area(&self) -> Rect {
        layout::list_rows(self.areas().left, self.results.has_note())
    }

    /// Rows visible from `list_offset`, with the screen line each starts on.
    pub fn visible_rows(&self, height: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut y = 0;
        let mut row = self.list_offset;
        while row < self.row_count() && y < height {
            out.push((row, y));
            y += self.row_height(row);
            row += 1;
        }
        out
    }
}
