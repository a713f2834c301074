//! What our data lacks, as values: a gap is never shown as a fact about the world. Each value
//! has its English words in `describe`, the one place they are written.

use serde::Serialize;

/// Why a unit group has no national Job Bank wage in our data.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WageGap {
    /// The wage file did not load.
    NotLoaded,
    /// The wage file this app uses has no row for it: it keeps only occupations with figures
    /// in all of `years`. `fallback` is the Census median shown instead, if any.
    NotInWageFile {
        year: u16,
        years: [u16; 3],
        fallback: Option<CensusFallback>,
    },
    /// The wage file has provincial figures only.
    ProvincialOnly {
        year: u16,
        fallback: Option<CensusFallback>,
    },
}

/// The Census median employment income used where the wage file has no wage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CensusFallback {
    pub year: u16,
    pub median_annual: u32,
    /// The group whose figure stands in, when the Census suppresses this one.
    pub aggregate_of: Option<String>,
}

impl WageGap {
    pub fn describe(&self) -> String {
        match self {
            WageGap::NotLoaded => "Wages: not loaded (the wage data did not load).".into(),
            WageGap::NotInWageFile {
                year,
                years,
                fallback,
            } => {
                let why = format!(
                    "No {year} wage in the wage file this app uses (it keeps occupations with {}, {} and {} figures).",
                    years[0], years[1], years[2]
                );
                match fallback {
                    Some(c) => format!("{why} {}", c.describe()),
                    None => format!("{why} Our Census income data has no figure for it either."),
                }
            }
            WageGap::ProvincialOnly { year, fallback } => {
                let why = format!(
                    "No national {year} wage in the wage file this app uses; it has provincial figures only."
                );
                match fallback {
                    Some(c) => format!("{why} {}", c.describe()),
                    None => why,
                }
            }
        }
    }
}

impl CensusFallback {
    pub fn describe(&self) -> String {
        let agg = self.aggregate_of.as_ref().map_or(String::new(), |g| {
            format!(" (the Census suppresses this group; the figure is the {g} aggregate)")
        });
        format!(
            "Instead: {} Census median employment income ${}/year{agg}.",
            self.year,
            thousands(self.median_annual)
        )
    }
}

/// Why a unit group has no COPS outlook in our data: one rule for the panes, `show`, the
/// handout and the JSON (the reports once inferred it from which figures were missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlookGap {
    /// The COPS file has no row for it.
    NoProjection,
    /// Its row says N/A for the future labour market conditions.
    NoConditions,
}

impl OutlookGap {
    pub fn describe(self) -> &'static str {
        match self {
            OutlookGap::NoProjection => "COPS publishes no projection for this occupation.",
            OutlookGap::NoConditions => {
                "COPS publishes no labour market conditions (N/A) for this occupation."
            }
        }
    }
}

/// Positive LMIA positions for a unit group on ESDC's published list: a lower bound, since the
/// list omits some employers by design.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LmiaCount {
    /// The LMIA data did not load (distinct from "no entry").
    NotLoaded,
    /// No row for this occupation on the published list in `period`.
    NoneOnList { period: String },
    /// At least `positions` positions on the published list in `period`.
    AtLeast { positions: u32, period: String },
}

impl LmiaCount {
    pub fn describe(&self) -> String {
        const BOUND: &str = "a lower bound: the list omits some employers by design, for example \
                             employers of caregivers";
        match self {
            LmiaCount::NotLoaded => {
                "Positive LMIAs: not loaded (the LMIA data did not load).".into()
            }
            LmiaCount::NoneOnList { period } => {
                format!("Positive LMIAs {period}: none on the published list; {BOUND}.")
            }
            LmiaCount::AtLeast { positions, period } => format!(
                "Positive LMIAs {period}: at least {} positions on ESDC's published list; {BOUND}.",
                thousands(*positions)
            ),
        }
    }

    /// Positions known from the list (0 when none or not loaded).
    pub fn at_least(&self) -> u32 {
        match self {
            LmiaCount::AtLeast { positions, .. } => *positions,
            _ => 0,
        }
    }
}

fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl WageGap {
    /// The Census figure shown instead, if any.
    pub fn fallback(&self) -> Option<&CensusFallback> {
        match self {
            WageGap::NotInWageFile { fallback, .. } | WageGap::ProvincialOnly { fallback, .. } => {
                fallback.as_ref()
            }
            WageGap::NotLoaded => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_wage_names_the_file_and_the_fallback() {
        let gap = WageGap::NotInWageFile {
            year: 2024,
            years: [2016, 2020, 2024],
            fallback: Some(CensusFallback {
                year: 2021,
                median_annual: 87241,
                aggregate_of: Some("00018".into()),
            }),
        };
        assert_eq!(
            gap.describe(),
            "No 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures). \
             Instead: 2021 Census median employment income $87,241/year (the Census suppresses this group; \
             the figure is the 00018 aggregate)."
        );
        assert_eq!(
            WageGap::NotLoaded.describe(),
            "Wages: not loaded (the wage data did not load)."
        );
    }

    #[test]
    fn lmia_counts_are_lower_bounds() {
        let some = LmiaCount::AtLeast {
            positions: 12345,
            period: "2024Q3-2025Q1".into(),
        };
        assert!(some.describe().starts_with(
            "Positive LMIAs 2024Q3-2025Q1: at least 12,345 positions on ESDC's published list"
        ));
        let none = LmiaCount::NoneOnList {
            period: "2024Q3-2025Q1".into(),
        };
        assert!(none.describe().contains("none on the published list"));
        assert!(LmiaCount::NotLoaded.describe().contains("not loaded"));
    }
}
