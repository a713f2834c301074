//! The deep sections (OaSIS, AI tasks, yearly outlook) of the selected occupation, computed
//! when it is selected and kept until another is: drawing only reads them. While the search
//! line has the focus the computation waits, so a keystroke never pays for it; the event
//! loop catches up once the keys stop. A move to an occupation whose major group's files
//! are not split yet (where each unit group's part lies: a walk of the embedded JSON, or a
//! `--data` directory's RON parsed whole once) has them split on a thread and draws "…"
//! meanwhile: the event loop computes the sections once the keys pause, so a move never waits
//! for a parse. Only the occupation's own part of each file is then decoded.

use super::App;
use crate::facts::depth::{self, DepthFacts};
use crate::model::UnitGroup;

impl App {
    /// The deep sections of `unit`, if they are the ones computed (the selected occupation).
    pub fn depth_of(&self, unit: &UnitGroup) -> Option<&DepthFacts> {
        self.depth.as_ref().filter(|d| d.code == unit.code)
    }

    /// Where the skills of `unit` carry, if computed (with the deep sections).
    pub fn paths_of(&self, unit: &UnitGroup) -> Option<&crate::facts::paths::PathsFacts> {
        self.depth_of(unit)?;
        self.paths.as_ref()
    }

    /// Whether the selected occupation's deep sections are still to be computed.
    pub fn depth_pending(&self) -> bool {
        self.selected_unit()
            .is_some_and(|u| self.depth_of(u).is_none())
    }

    /// After a move: compute the selected occupation's deep sections now if their files are
    /// split (decoding its part, well under a millisecond); else start splitting them on a
    /// thread and leave them pending for the event loop (`sync_depth`).
    pub fn sync_depth_soon(&mut self) {
        if !self.depth_pending() {
            return;
        }
        let Some(code) = self.selected_unit().map(|u| u.code.clone()) else {
            return;
        };
        let major = code.get(..2).unwrap_or(&code).to_string();
        if self.ds.deep.is_parsed(&major) {
            self.sync_depth();
        } else if self.deep_parsing.as_deref() != Some(major.as_str()) {
            let ds = std::sync::Arc::clone(&self.ds);
            let group = major.clone();
            std::thread::spawn(move || ds.deep.parse_major(&group));
            self.deep_parsing = Some(major);
        }
    }

    /// Compute the selected occupation's deep sections unless they are already there.
    pub fn sync_depth(&mut self) {
        if !self.depth_pending() {
            return;
        }
        let code = self.selected_unit().map(|u| u.code.clone());
        self.paths = code
            .as_deref()
            .and_then(|c| self.ds.unit(c))
            .map(|u| crate::facts::paths::for_unit(&self.ds, u));
        self.depth = code.map(|c| depth::for_unit(&self.ds, &c));
    }
}
