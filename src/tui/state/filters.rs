//! The filter panel's values, the list they narrow, and the summary on the status line.

use super::App;
use crate::filter::{AI_BANDS, EeFilter, Filter, WAGE_STEPS};
use crate::tui::context::province_name;

/// Rows of the filter panel, in order.
pub const FILTER_ROWS: usize = 9;

impl App {
    pub(super) fn set_filter(&mut self, filter: Filter) {
        let unit = self.row_unit(self.selected);
        self.filter = filter;
        self.refresh_keeping(unit);
    }

    /// Rebuild the rows, keeping `unit` selected when it is still listed.
    pub(super) fn refresh_keeping(&mut self, unit: Option<usize>) {
        self.refresh_rows();
        if !unit.is_some_and(|u| self.select_unit(u)) {
            self.selected = 0;
            self.list_offset = 0;
            self.scroll = 0;
        }
    }

    /// Step the filter under the panel's cursor to its next (or previous) value.
    pub(super) fn change_filter(&mut self, step: isize) {
        let mut f = self.filter.clone();
        match self.cursor {
            0 => {
                // One TEER at a time: none, 0, 1, ..., 5 (digits toggle several).
                let one: Vec<Option<u8>> = std::iter::once(None).chain((0..6).map(Some)).collect();
                let now = match f.teer.iter().filter(|&&t| t).count() {
                    1 => f.teer.iter().position(|&t| t).map(|t| t as u8),
                    _ => None,
                };
                f.teer = [false; 6];
                if let Some(t) = cycle(&one, &now, step) {
                    f.teer[t as usize] = true;
                }
            }
            1 => {
                let values: Vec<Option<u8>> = std::iter::once(None)
                    .chain(
                        self.ds
                            .broad_categories
                            .iter()
                            .filter_map(|c| c.code.bytes().next())
                            .map(|b| Some(b.wrapping_sub(b'0'))),
                    )
                    .collect();
                f.broad = cycle(&values, &f.broad, step);
            }
            2 => f.ee = cycle(&EeFilter::ALL, &f.ee, step),
            3 => {
                let values: Vec<Option<String>> = std::iter::once(None)
                    .chain(self.facts.conditions().iter().cloned().map(Some))
                    .collect();
                f.condition = cycle(&values, &f.condition, step);
            }
            4 => {
                let values: Vec<Option<u32>> =
                    std::iter::once(None).chain(WAGE_STEPS.map(Some)).collect();
                f.min_wage = cycle(&values, &f.min_wage, step);
            }
            5 => {
                let values: Vec<Option<String>> = std::iter::once(None)
                    .chain(AI_BANDS.iter().map(|b| Some(b.to_string())))
                    .collect();
                f.ai_band = cycle(&values, &f.ai_band, step);
            }
            6 => f.curated = !f.curated,
            8 => f.provincial_list = !f.provincial_list,
            _ => {
                let values: Vec<Option<String>> = std::iter::once(None)
                    .chain(
                        crate::filter::provinces(self.facts.all())
                            .into_iter()
                            .map(Some),
                    )
                    .collect();
                f.province = cycle(&values, &f.province, step);
            }
        }
        self.set_filter(f);
    }

    /// "TEER 2,3 · EE 2025 · sort: score": what narrows or orders the list.
    pub fn filter_summary(&self) -> Vec<String> {
        let (f, c) = (&self.filter, &self.labels.tools);
        let mut out = Vec::new();
        if f.teer.iter().any(|&t| t) {
            let on: Vec<String> = (0..6)
                .filter(|&t| f.teer[t])
                .map(|t| t.to_string())
                .collect();
            out.push(format!("{} {}", c.f_teer, on.join(",")));
        }
        if let Some(b) = f.broad {
            out.push(format!("{} {b}", c.f_broad));
        }
        if f.ee != EeFilter::Off {
            out.push(format!("EE {}", c.ee_values[f.ee as usize]));
        }
        if let Some(cond) = &f.condition {
            out.push(cond.clone());
        }
        if let Some(w) = f.min_wage {
            out.push(format!(
                "≥ {}{}",
                crate::locale::money(self.lang, w),
                c.per_hour
            ));
        }
        if let Some(a) = &f.ai_band {
            out.push(format!("{} {a}", c.f_ai));
        }
        if f.curated {
            out.push(c.f_curated.to_string());
        }
        if let Some(p) = &f.province {
            out.push(province_name(self.labels, p));
        }
        if f.provincial_list {
            out.push(self.provincial_filter_value());
        }
        if self.sort != crate::filter::SortKey::Code {
            out.push(format!("{}: {}", c.sort, c.sort_names[self.sort as usize]));
        }
        out
    }
}

impl App {
    /// "on a list of Saskatchewan", or of any province when none is chosen.
    pub fn provincial_filter_value(&self) -> String {
        let l = &self.labels.lists;
        match &self.filter.province {
            Some(p) => crate::i18n::fill(
                l.f_provincial_of,
                &[("province", &province_name(self.labels, p))],
            ),
            None => l.f_provincial_any.to_string(),
        }
    }
}

impl App {
    /// Why "on a list of {province}" can find nothing: our files hold no current list of
    /// that province naming occupations (none at all, or only exclusion or historical lists).
    /// `None` when the filter is off, no province is chosen or we hold a current list of it.
    pub fn provincial_list_gap(&self) -> Option<String> {
        let name = self.filter.province.as_deref()?;
        let province = self.filter.province_code()?;
        let file = self.ds.immigration_lists.provincial.as_ref()?;
        if !self.filter.provincial_list {
            return None;
        }
        let mut held: Vec<&str> = (file.lists.iter())
            .filter(|l| l.status == "listed")
            .map(|l| l.province.as_str())
            .collect();
        held.sort_unstable();
        held.dedup();
        if held.contains(&province) {
            return None;
        }
        Some(crate::i18n::fill(
            self.labels.lists.f_provincial_none,
            &[
                ("province", &province_name(self.labels, name)),
                ("held", &held.join(", ")),
            ],
        ))
    }
}

/// The value after `now` in `values` (wrapping; `step` -1 goes back).
fn cycle<T: PartialEq + Clone>(values: &[T], now: &T, step: isize) -> T {
    let n = values.len() as isize;
    let i = values.iter().position(|v| v == now).unwrap_or(0) as isize;
    values[((i + step) % n + n) as usize % n as usize].clone()
}

impl App {
    /// Rebuild the rows from the search results, the filter and the sort, counting the
    /// occupations hidden only because our files lack the figure the filter tests.
    pub(super) fn refresh_rows(&mut self) {
        let candidates: Vec<usize> = if self.filtering() {
            self.results.hits.iter().map(|h| h.unit).collect()
        } else {
            (0..self.ds.units.len()).collect()
        };
        let counted = crate::filter::apply_counted(
            &self.ds,
            self.facts.all(),
            &candidates,
            &self.filter,
            self.sort,
        );
        self.hidden_for_lack = counted.hidden_for_lack;
        let hit_of: std::collections::HashMap<usize, usize> = if self.filtering() {
            self.results
                .hits
                .iter()
                .enumerate()
                .map(|(i, h)| (h.unit, i))
                .collect()
        } else {
            Default::default()
        };
        self.rows = counted
            .kept
            .into_iter()
            .map(|u| (u, hit_of.get(&u).copied()))
            .collect();
    }

    /// "12 hidden: no national 2024 wage in our wage file", one per figure lacked.
    pub fn hidden_notes(&self) -> Vec<String> {
        let c = &self.labels.tools;
        self.hidden_for_lack
            .iter()
            .map(|&(lack, n)| {
                let what = c.lacked[lack as usize];
                format!("{n} {}: {what}", c.hidden)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_wraps_both_ways() {
        let v = [1, 2, 3];
        assert_eq!(cycle(&v, &3, 1), 1);
        assert_eq!(cycle(&v, &1, -1), 3);
        assert_eq!(cycle(&v, &9, 1), 2);
    }
}
