//! Loading the figure files (`figures/*.ron`, `programs.ron`): dispatch, parsing, and checks
//! that every record names a known unit group once.

use super::{Checks, DataError, Location, SourceFile, parse_ron};
use crate::model::figures::{
    self as f, AiFile, CensusFile, EeCategoriesFile, Figures, LmiaFile, OutlookFile, ProgramsFile,
    WagesFile,
};
use crate::model::law::LawFile;
use crate::model::path_lists::ProvincialLicensingFile;
use crate::model::tuition::TuitionFile;
use std::collections::{BTreeMap, HashMap};

/// Which figure file a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FigureKind {
    Wages,
    Census,
    Outlook,
    Ai,
    Lmia,
    EeCategories,
    Programs,
    Law,
    ProvincialLicensing,
    Tuition,
}

impl FigureKind {
    pub(crate) fn of(rel: &str) -> Option<FigureKind> {
        Some(match rel {
            f::WAGES => FigureKind::Wages,
            f::CENSUS => FigureKind::Census,
            f::OUTLOOK => FigureKind::Outlook,
            f::AI => FigureKind::Ai,
            f::LMIA => FigureKind::Lmia,
            f::EE_CATEGORIES => FigureKind::EeCategories,
            f::PROGRAMS => FigureKind::Programs,
            crate::model::law::LAW => FigureKind::Law,
            crate::model::path_lists::PROVINCIAL_LICENSING => FigureKind::ProvincialLicensing,
            crate::model::tuition::TUITION => FigureKind::Tuition,
            _ => return None,
        })
    }
}

/// The figure files parsed so far, each with the index of its source file.
#[derive(Default)]
pub(crate) struct ParsedFigures {
    wages: Option<(usize, WagesFile)>,
    census: Option<(usize, CensusFile)>,
    outlook: Option<(usize, OutlookFile)>,
    ai: Option<(usize, AiFile)>,
    lmia: Option<(usize, LmiaFile)>,
    ee: Option<(usize, EeCategoriesFile)>,
    programs: Option<(usize, ProgramsFile)>,
    law: Option<(usize, LawFile)>,
    licensing: Option<(usize, ProvincialLicensingFile)>,
    tuition: Option<(usize, TuitionFile)>,
}

impl ParsedFigures {
    pub(crate) fn parse(
        &mut self,
        kind: FigureKind,
        file: &SourceFile,
        i: usize,
    ) -> Result<(), DataError> {
        match kind {
            FigureKind::Wages => self.wages = Some((i, parse_ron(file, "WagesFile(...)")?)),
            FigureKind::Census => self.census = Some((i, parse_ron(file, "CensusFile(...)")?)),
            FigureKind::Outlook => self.outlook = Some((i, parse_ron(file, "OutlookFile(...)")?)),
            FigureKind::Ai => self.ai = Some((i, parse_ron(file, "AiFile(...)")?)),
            FigureKind::Lmia => self.lmia = Some((i, parse_ron(file, "LmiaFile(...)")?)),
            FigureKind::EeCategories => {
                self.ee = Some((i, parse_ron(file, "EeCategoriesFile(...)")?));
            }
            FigureKind::Programs => {
                self.programs = Some((i, parse_ron(file, "ProgramsFile(...)")?))
            }
            FigureKind::Law => self.law = Some((i, parse_ron(file, "LawFile(...)")?)),
            FigureKind::ProvincialLicensing => {
                self.licensing = Some((i, parse_ron(file, "ProvincialLicensingFile(...)")?));
            }
            FigureKind::Tuition => self.tuition = Some((i, parse_ron(file, "TuitionFile(...)")?)),
        }
        Ok(())
    }

    pub(crate) fn merge(&mut self, other: ParsedFigures) {
        self.wages = self.wages.take().or(other.wages);
        self.census = self.census.take().or(other.census);
        self.outlook = self.outlook.take().or(other.outlook);
        self.ai = self.ai.take().or(other.ai);
        self.lmia = self.lmia.take().or(other.lmia);
        self.ee = self.ee.take().or(other.ee);
        self.programs = self.programs.take().or(other.programs);
        self.law = self.law.take().or(other.law);
        self.licensing = self.licensing.take().or(other.licensing);
        self.tuition = self.tuition.take().or(other.tuition);
    }
}

/// Key records by code, reporting unknown and repeated codes at their place in the file.
/// Locations are computed only for errors: searching the text for every record would be slow.
fn keyed<T>(
    files: &[SourceFile],
    parsed: Option<(usize, Vec<T>)>,
    what: &str,
    code_of: impl Fn(&T) -> &str,
    units: &HashMap<&str, ()>,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    let Some((fi, records)) = parsed else {
        return out;
    };
    if checks == Checks::Embedded {
        // Checked when the crate was tested: one record per known code.
        return (records.into_iter())
            .map(|r| (code_of(&r).to_string(), r))
            .collect();
    }
    let file = &files[fi];
    let locate = |code: &str, nth: usize| {
        Location::of_nth(&file.display, &file.text, &format!("code: \"{code}\""), nth)
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for record in records {
        let code = code_of(&record).to_string();
        let nth = seen.entry(code.clone()).or_insert(0);
        *nth += 1;
        if *nth > 1 {
            let (at, first) = (locate(&code, *nth - 1), locate(&code, 0));
            errors.push(DataError::DuplicateCode { at, code, first });
        } else if !units.is_empty() && !units.contains_key(code.as_str()) {
            let at = locate(&code, 0);
            errors.push(DataError::UnknownFigureCode {
                at,
                what: what.to_string(),
                code,
            });
        } else {
            out.insert(code, record);
        }
    }
    out
}

pub(super) fn validate(
    files: &[SourceFile],
    parsed: ParsedFigures,
    units: &HashMap<&str, ()>,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> Figures {
    let (ai_method, ai) = match parsed.ai {
        Some((i, file)) => (file.method, Some((i, file.ai))),
        None => (String::new(), None),
    };
    let (lmia_quarters, lmia) = match parsed.lmia {
        Some((i, file)) => (file.quarters, Some((i, file.lmia))),
        None => (Vec::new(), None),
    };
    let (ee_lists, ee) = match parsed.ee {
        Some((i, file)) => (file.lists, Some((i, file.entries))),
        None => (Vec::new(), None),
    };
    // Every unit group the law's trade groups name is a NOC 2021 unit group.
    if let Some((i, law)) = parsed.law.as_ref().filter(|_| checks == Checks::Full) {
        let file = &files[*i];
        for t in law
            .trade_groups
            .iter()
            .filter(|t| !units.is_empty() && !units.contains_key(t.code.as_str()))
        {
            errors.push(DataError::UnknownFigureCode {
                at: Location::of_nth(
                    &file.display,
                    &file.text,
                    &format!("code: \"{}\"", t.code),
                    0,
                ),
                what: "skilled trade unit group (IRPR s. 87.2(1))".to_string(),
                code: t.code.clone(),
            });
        }
    }
    // Every code the provincial licensing lists print is a NOC 2021 unit group.
    if let Some((i, lists)) = parsed.licensing.as_ref().filter(|_| checks == Checks::Full) {
        let file = &files[*i];
        let codes = (lists.regulated.iter().flat_map(|r| r.codes.iter()))
            .chain(lists.trades.iter().map(|t| &t.code))
            .chain(lists.red_seal.iter().map(|r| &r.code));
        for code in codes.filter(|c| !units.is_empty() && !units.contains_key(c.as_str())) {
            errors.push(DataError::UnknownFigureCode {
                at: Location::of_nth(&file.display, &file.text, &format!("\"{code}\""), 0),
                what: "provincial licensing list".to_string(),
                code: code.clone(),
            });
        }
    }
    let wages = parsed.wages.map(|(i, f)| (i, f.wages));
    if let Some((i, records)) = wages.as_ref().filter(|_| checks == Checks::Full) {
        super::checks::wages(&files[*i], records, errors);
    }
    let census = parsed.census.map(|(i, f)| (i, f.incomes));
    let outlook = parsed.outlook.map(|(i, f)| (i, f.outlook));
    Figures {
        wages: keyed(files, wages, "wages", |r| &r.code, units, checks, errors),
        census: keyed(
            files,
            census,
            "census income",
            |r| &r.code,
            units,
            checks,
            errors,
        ),
        outlook: keyed(
            files,
            outlook,
            "outlook",
            |r| &r.code,
            units,
            checks,
            errors,
        ),
        ai: keyed(files, ai, "AI exposure", |r| &r.code, units, checks, errors),
        ai_method,
        lmia: keyed(
            files,
            lmia,
            "LMIA figures",
            |r| &r.code,
            units,
            checks,
            errors,
        ),
        lmia_quarters,
        ee_categories: keyed(
            files,
            ee,
            "Express Entry category membership",
            |r| &r.code,
            units,
            checks,
            errors,
        )
        .into_iter()
        .map(|(code, entry)| (code, entry.memberships))
        .collect(),
        ee_lists,
        programs: parsed.programs.map(|(_, f)| f.programs).unwrap_or_default(),
        law: parsed.law.map(|(_, f)| f),
        licensing: parsed.licensing.map(|(_, f)| f),
        tuition: parsed.tuition.map(|(_, f)| f),
        ..Figures::default()
    }
}
