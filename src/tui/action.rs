//! Everything the user can ask for. Keys and mouse events become actions first; only
//! `App::apply` changes state.

/// The seven panes of the selected occupation, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Overview,
    AiImpact,
    Salary,
    Education,
    Licensing,
    Immigration,
    Outlook,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Overview,
        Tab::AiImpact,
        Tab::Salary,
        Tab::Education,
        Tab::Licensing,
        Tab::Immigration,
        Tab::Outlook,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Focus the search line.
    FocusSearch,
    /// Leave the search line, keeping the filter.
    AcceptSearch,
    /// Clear the filter and go back to the list.
    ClearSearch,
    /// Type a character into the search line.
    Insert(char),
    Backspace,
    Down,
    Up,
    Top,
    Bottom,
    PageDown,
    PageUp,
    NextTab,
    PrevTab,
    GoToTab(Tab),
    ScrollDown,
    ScrollUp,
    HalfPageDown,
    HalfPageUp,
    ToggleHelp,
    CloseHelp,
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// A left click at (column, row).
    Click(u16, u16),
    /// Mouse wheel at (column, row): positive scrolls down.
    Wheel(u16, u16, i8),
    /// Open or close the sources and licences overlay.
    ToggleSources,
    // the tools over the list
    /// Mark or unmark the selected occupation (or, in the shortlist, remove the one under
    /// the cursor).
    ToggleMark,
    ShowShortlist,
    /// Open the occupation under the cursor of the shortlist or the tree.
    Open,
    Compare,
    OpenFilters,
    /// Next or previous value of the filter under the cursor.
    FilterNext,
    FilterPrev,
    FilterTeer(u8),
    FilterReset,
    CycleSort,
    /// Change the order of where the skills carry (Outlook pane).
    CyclePathSort,
    /// Fold away or show the AI tasks of weakly linked US occupations (AI impact pane).
    FoldWeakLinks,
    /// Show or hide the NOC sentence of each education stage (Education pane).
    TogglePathSentences,
    ToggleTree,
    Expand,
    Collapse,
    /// Open the export dialog.
    Export,
    /// In the export dialog: the next or previous field, the next or previous format, clear
    /// the field, write the file.
    DialogNextField,
    DialogPrevField,
    DialogFormatNext,
    DialogFormatPrev,
    DialogClearField,
    DialogSubmit,
    ConfirmYes,
    ConfirmNo,
    TogglePresent,
    /// Presentation mode: the next or previous occupation of the shortlist.
    NextInShortlist,
    PrevInShortlist,
    /// Compare: show the occupations to the right or left of those on screen.
    CompareRight,
    CompareLeft,
    /// Compare: show only the rows whose values differ, or every row.
    ToggleDifferences,
    /// The occupations whose codes the pane names, to follow one.
    ShowLinks,
    /// Every example title of the occupation shown, with a filter.
    ShowExamples,
    /// Back and forward through the occupations jumped from and to.
    Back,
    Forward,
    /// Bring back the search or the filters last cleared.
    Undo,
    /// The search line: clear it, or delete the word before the cursor.
    ClearLine,
    DeleteWord,
    Copy,
    /// Close the overlay on top.
    Close,
}
