//! The deep sections (OaSIS, AI tasks, yearly outlook) of the selected occupation, computed
//! when it is selected and kept until another is: drawing only reads them. While the search
//! line has the focus the computation waits, so a keystroke never pays for it; the event
//! loop catches up once the keys stop.

use super::App;
use crate::facts::depth::{self, DepthFacts};
use crate::model::UnitGroup;

impl App {
    /// The deep sections of `unit`, if they are the ones computed (the selected occupation).
    pub fn depth_of(&self, unit: &UnitGroup) -> Option<&DepthFacts> {
        self.depth.as_ref().filter(|d| d.code == unit.code)
    }

    /// Whether the selected occupation's deep sections are still to be computed.
    pub fn depth_pending(&self) -> bool {
        self.selected_unit()
            .is_some_and(|u| self.depth_of(u).is_none())
    }

    /// Compute the selected occupation's deep sections unless they are already there.
    pub fn sync_depth(&mut self) {
        if !self.depth_pending() {
            return;
        }
        let code = self.selected_unit().map(|u| u.code.clone());
        self.depth = code.map(|c| depth::for_unit(&self.ds, &c));
    }
}
