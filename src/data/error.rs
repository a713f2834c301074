//! Errors of the data layer. Each names the file, and where it can, the line and column.

use std::fmt;

/// A place in a data file: `path:line:column` (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(path: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line,
            column,
        }
    }

    /// The location of byte `offset` in `text`.
    pub fn at_offset(path: &str, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Location::new(path, line, column)
    }

    /// The location of the `nth` (0-based) occurrence of `needle` in `text`, or the file's
    /// start when it does not occur.
    pub fn of_nth(path: &str, text: &str, needle: &str, nth: usize) -> Self {
        let offset = text.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
        Location::at_offset(path, text, offset)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// One problem with the data.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    #[error("{path}: cannot read the file: {message}")]
    Io { path: String, message: String },
    #[error("{path}: a required file is missing; expected {expected}")]
    MissingFile { path: String, expected: String },
    #[error("{at}: the file is not valid UTF-8; expected UTF-8 text")]
    InvalidUtf8 { at: Location },
    #[error("{path}: the file is empty; expected {expected}")]
    Empty { path: String, expected: String },
    #[error("{path}: the file is over the limit of {limit} bytes")]
    TooLarge { path: String, limit: u64 },
    #[error("{path}: this is {what}; expected {expected}")]
    NotAFile {
        path: String,
        what: &'static str,
        expected: String,
    },
    #[error(
        "{path}: the extension is not lower-case; expected {expected} (names are case-sensitive)"
    )]
    WrongCase { path: String, expected: String },
    #[error("{path}: {message}")]
    Folder { path: String, message: String },
    #[error(
        "{count} more problem(s) about codes of major group(s) {groups} are not listed: they follow from the problem(s) with those groups' files above"
    )]
    FollowOn { count: usize, groups: String },
    #[error("{at}: {message}")]
    Syntax { at: Location, message: String },
    #[error("{at}: alias {name:?}: {message}")]
    Alias {
        at: Location,
        name: String,
        message: String,
    },
    #[error("{path}: not a file this version knows; expected one of {expected}")]
    UnknownFile { path: String, expected: String },
    #[error("{at}: duplicate code {code}: already defined at {first}")]
    DuplicateCode {
        at: Location,
        code: String,
        first: Location,
    },
    #[error("{at}: code {code:?} is not valid; expected {expected}")]
    BadCode {
        at: Location,
        code: String,
        expected: String,
    },
    #[error(
        "{at}: unit group {code} has teer: {teer}, but the second digit of its code means TEER {expected}"
    )]
    TeerMismatch {
        at: Location,
        code: String,
        teer: u8,
        expected: u8,
    },
    #[error("{at}: {what} {code} has no parent: {parent_level} {parent} does not exist")]
    MissingParent {
        at: Location,
        what: String,
        code: String,
        parent_level: String,
        parent: String,
    },
    #[error(
        "{at}: unit group {code} is in the file of major group {file_group}; expected it in {expected}"
    )]
    WrongFile {
        at: Location,
        code: String,
        file_group: String,
        expected: String,
    },
    #[error("{at}: profile for unknown code {code}; expected the code of a unit group")]
    UnknownProfile { at: Location, code: String },
    #[error("{at}: the profile's code is {code} but the file is named {file_code}.ron")]
    ProfileNameMismatch {
        at: Location,
        code: String,
        file_code: String,
    },
    #[error("{at}: {what} for unknown code {code}; expected the code of a unit group")]
    UnknownFigureCode {
        at: Location,
        what: String,
        code: String,
    },
    #[error("{at}: {what} is empty; expected {expected}")]
    EmptyValue {
        at: Location,
        what: String,
        expected: String,
    },
    #[error("{at}: no {what} for unit group {code}; expected one for every unit group")]
    MissingEntry {
        at: Location,
        what: String,
        code: String,
    },
    #[error(
        "{at}: link for unknown job tag occupation {ipd_id}; expected an ipd_id of ja/jobtag.ron"
    )]
    UnknownJobtagId { at: Location, ipd_id: String },
    #[error("{at}: {what} is {value}; expected a finite number of 0 or more")]
    BadNumber {
        at: Location,
        what: String,
        value: String,
    },
    #[error(
        "{at}: wages of {code} ({range}) are not in order: low {low}, median {median}, high {high}; expected low <= median <= high"
    )]
    WageOrder {
        at: Location,
        code: String,
        range: String,
        low: f64,
        median: f64,
        high: f64,
    },
    #[error(
        "{at}: control character {code} in the text; expected printable text (tab and newline only)"
    )]
    ControlChar { at: Location, code: String },
    #[error("{at}: {what} is {value:?}; expected {expected}")]
    BadValue {
        at: Location,
        what: String,
        value: String,
        expected: String,
    },
    #[error("{at}: NOC 2016 class {code} links to unknown NOC 2021 code {target}")]
    UnknownLink {
        at: Location,
        code: String,
        target: String,
    },
}

/// Every problem found while loading a data set.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{} problem(s) in the data:\n{}", .0.len(), render(.0))]
pub struct LoadErrors(pub Vec<DataError>);

/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED: usize = 50;

/// The problems, missing required files first (the likely cause when a folder is not a
/// data folder at all), at most `MAX_LISTED` of them.
fn render(errors: &[DataError]) -> String {
    let mut order: Vec<&DataError> = errors.iter().collect();
    order.sort_by_key(|e| !matches!(e, DataError::MissingFile { .. }));
    let mut lines: Vec<String> = order
        .iter()
        .take(MAX_LISTED)
        .map(|e| format!("  {e}"))
        .collect();
    if errors.len() > MAX_LISTED {
        lines.push(format!(
            "  ... and {} more problem(s), not listed",
            errors.len() - MAX_LISTED
        ));
    }
    lines.join("\n")
}
