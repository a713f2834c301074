//! The deep files' store: where each file's unit-group parts lie, found once, and the parts
//! of the last few unit groups asked for, decoded alone (see [`DeepData`]).

use super::*;

/// Where a file's elements lie, found on first use.
type SplitCell = OnceLock<Loaded<Split>>;

/// The deep files of a dataset. The OaSIS guide, which every occupation reads whole, is parsed
/// on first use and kept; of the other files only where each element lies is kept (found on
/// first use: [`is_parsed`](Self::is_parsed)), and a unit group's part is decoded when asked
/// for ([`unit`](Self::unit)), the last few kept.
#[derive(Debug, Default)]
pub struct DeepData {
    pub(super) files: BTreeMap<String, DeepText>,
    pub(super) guide: OnceLock<Arc<Loaded<OasisGuideFile>>>,
    pub(super) activities: SplitCell,
    pub(super) yearly: SplitCell,
    pub(super) oasis: BTreeMap<String, SplitCell>,
    pub(super) tasks: BTreeMap<String, SplitCell>,
    /// The last unit groups' parts, the most recent last.
    pub(super) kept: Mutex<VecDeque<Arc<UnitDeep>>>,
}

impl Clone for DeepData {
    fn clone(&self) -> Self {
        let mut copy = DeepData::new(self.files.clone());
        copy.guide = self.guide.clone();
        copy.activities = self.activities.clone();
        copy.yearly = self.yearly.clone();
        copy
    }
}

impl DeepData {
    /// Deep files by relative path.
    pub fn new(files: BTreeMap<String, DeepText>) -> Self {
        DeepData {
            oasis: majors(&files, OASIS_DIR),
            tasks: majors(&files, TASKS_DIR),
            files,
            ..Default::default()
        }
    }

    /// A deep file's text by relative path.
    pub fn source(&self, rel: &str) -> Option<&DeepText> {
        self.files.get(rel)
    }

    /// The relative paths of the deep files present.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// A file's text: read now if it was left on disk (`Err`: the located message).
    fn text<'a>(&self, file: &'a DeepText) -> Result<Cow<'a, str>, String> {
        match &file.on_disk {
            Some(d) => (d.read)(&d.path, d.hash)
                .map(Cow::Owned)
                .map_err(|e| format!("{}: {e}", file.display)),
            None => Ok(Cow::Borrowed(&file.text)),
        }
    }

    /// A whole file, parsed (transiently, but for the guide, which is kept).
    fn load<T: serde::de::DeserializeOwned>(&self, rel: &str) -> Loaded<T> {
        let Some(file) = self.files.get(rel) else {
            return Loaded::NotLoaded;
        };
        if let Some(json) = file.json
            && let Ok(value) = serde_json::from_str(json)
        {
            release_embedded(file);
            return Loaded::Ok(value);
        }
        let text = match self.text(file) {
            Ok(text) => text,
            Err(e) => return Loaded::Broken(e),
        };
        let parsed = parse_ron(file, &text);
        release_embedded(file);
        parsed
    }

    /// Where the elements of `rel` lie: from its embedded JSON, walked once; else from its RON,
    /// once it parses whole (a broken file is `Broken` with its located message).
    fn split<F: DeepFile>(&self, rel: &str) -> Loaded<Split> {
        let Some(file) = self.files.get(rel) else {
            return Loaded::NotLoaded;
        };
        if let Some(json) = file.json
            && let Some(ranges) = split::json_split(json, F::FIELDS)
        {
            release_embedded(file);
            return Loaded::Ok(Split::Json(ranges));
        }
        let text = match self.text(file) {
            Ok(text) => text,
            Err(e) => return Loaded::Broken(e),
        };
        let split = parse_ron::<F>(file, &text).map(|whole| split::ron_split(&text, &whole));
        release_embedded(file);
        split
    }

    /// What `pick` takes of `rel` through its split, or, where an element does not decode
    /// (or the file is not split), what `whole` takes of the whole file parsed.
    fn select<F: DeepFile, T>(
        &self,
        rel: &str,
        split: &Loaded<Split>,
        pick: impl FnOnce(&Parts<'_>) -> Option<T>,
        whole: impl FnOnce(F) -> T,
    ) -> Loaded<T> {
        let (split, file) = match (split, self.files.get(rel)) {
            (Loaded::Ok(split), Some(file)) => (split, file),
            (Loaded::Broken(e), _) => return Loaded::Broken(e.clone()),
            _ => return Loaded::NotLoaded,
        };
        let picked = match (split, file.json) {
            (Split::Json(ranges), Some(json)) => {
                let picked = pick(&Parts::json(ranges, json));
                release_embedded(file);
                picked
            }
            (Split::Ron(ranges, extensions), _) => match &file.on_disk {
                Some(on_disk) => pick(&Parts::on_disk(ranges, on_disk, *extensions)),
                None => pick(&Parts::ron(ranges, &file.text, *extensions)),
            },
            _ => None,
        };
        match picked {
            Some(value) => Loaded::Ok(value),
            None => self.load::<F>(rel).map(whole),
        }
    }

    /// The split of a major group's file, found now if not yet.
    fn major_split<'a, F: DeepFile>(
        &'a self,
        cells: &'a BTreeMap<String, SplitCell>,
        dir: &str,
        major: &str,
    ) -> Option<(String, &'a Loaded<Split>)> {
        let cell = cells.get(major)?;
        let rel = format!("{dir}/{major}.ron");
        let split = cell.get_or_init(|| self.split::<F>(&rel));
        Some((rel, split))
    }

    fn activities_split(&self) -> &Loaded<Split> {
        self.activities
            .get_or_init(|| self.split::<ActivityFile>(ACTIVITIES))
    }

    fn yearly_split(&self) -> &Loaded<Split> {
        self.yearly.get_or_init(|| self.split::<YearlyFile>(YEARLY))
    }

    /// Find where every deep file's elements lie now (a benchmark's worst case: the explorer
    /// finds a major group's when one of its occupations is first selected).
    pub fn preload(&self) {
        self.parse_shared();
        for major in self.oasis.keys() {
            self.major_split::<OasisFile>(&self.oasis, OASIS_DIR, major);
        }
        for major in self.tasks.keys() {
            self.major_split::<TaskFile>(&self.tasks, TASKS_DIR, major);
        }
    }

    /// What every occupation reads: parse the guide, and find where the work activities and
    /// yearly series lie (for a thread after the first frame).
    pub fn parse_shared(&self) {
        self.guide();
        self.activities_split();
        self.yearly_split();
    }

    /// Whether everything a unit group of major group `major` (`"32"`) needs is parsed (the
    /// guide) or split, so that its part decodes without going through a whole file.
    pub fn is_parsed(&self, major: &str) -> bool {
        self.guide.get().is_some()
            && self.activities.get().is_some()
            && self.yearly.get().is_some()
            && self.oasis.get(major).is_none_or(|c| c.get().is_some())
            && self.tasks.get(major).is_none_or(|c| c.get().is_some())
    }

    /// Parse or split now what a unit group of major group `major` needs (for a thread, so
    /// that a selection does not wait for it).
    pub fn parse_major(&self, major: &str) {
        self.parse_shared();
        self.major_split::<OasisFile>(&self.oasis, OASIS_DIR, major);
        self.major_split::<TaskFile>(&self.tasks, TASKS_DIR, major);
    }

    pub fn guide(&self) -> Arc<Loaded<OasisGuideFile>> {
        self.guide
            .get_or_init(|| Arc::new(self.load(OASIS_GUIDE)))
            .clone()
    }

    /// What the deep sections of unit group `code` read, decoded now unless it is one of the
    /// last few asked for.
    pub fn unit(&self, code: &str) -> Arc<UnitDeep> {
        if let Some(kept) = self.kept(code) {
            return kept;
        }
        let major = code.get(..2).unwrap_or(code);
        let tasks = self.unit_tasks(major, code);
        let activities = match &tasks {
            Loaded::Ok(Some(unit)) => {
                let mut socs: Vec<String> =
                    unit.occupations.iter().map(|o| soc_of(&o.onet)).collect();
                socs.sort_unstable();
                socs.dedup();
                self.unit_activities(&socs)
            }
            _ => Loaded::Ok(UnitActivities::default()),
        };
        let deep = Arc::new(UnitDeep {
            code: code.to_string(),
            oasis: self.unit_oasis(major, code),
            tasks,
            activities,
            yearly: self.unit_yearly(code),
        });
        self.keep(&deep);
        deep
    }

    fn kept(&self, code: &str) -> Option<Arc<UnitDeep>> {
        let mut kept = self.kept.lock().ok()?;
        let at = kept.iter().position(|u| u.code == code)?;
        let unit = kept.remove(at)?;
        kept.push_back(Arc::clone(&unit));
        Some(unit)
    }

    fn keep(&self, unit: &Arc<UnitDeep>) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.retain(|u| u.code != unit.code);
            kept.push_back(Arc::clone(unit));
            while kept.len() > UNITS_KEPT {
                kept.pop_front();
            }
        }
    }

    /// The codes of the unit groups whose parts are kept, the most recent last.
    #[cfg(test)]
    pub(crate) fn kept_codes(&self) -> Vec<String> {
        self.kept
            .lock()
            .map(|kept| kept.iter().map(|u| u.code.clone()).collect())
            .unwrap_or_default()
    }

    fn unit_oasis(&self, major: &str, code: &str) -> Loaded<Vec<OasisProfile>> {
        let Some((rel, split)) = self.major_split::<OasisFile>(&self.oasis, OASIS_DIR, major)
        else {
            return Loaded::NotLoaded;
        };
        self.select(
            &rel,
            split,
            |p| {
                p.field(0)?
                    .every(code)
                    .map(|r| p.element(r, code))
                    .collect()
            },
            |file: OasisFile| {
                (file.profiles.into_iter())
                    .filter(|p| p.unit() == code)
                    .collect()
            },
        )
    }

    fn unit_tasks(&self, major: &str, code: &str) -> Loaded<Option<UnitTasks>> {
        let Some((rel, split)) = self.major_split::<TaskFile>(&self.tasks, TASKS_DIR, major) else {
            return Loaded::NotLoaded;
        };
        self.select(
            &rel,
            split,
            |p| match p.field(0)?.first(code) {
                Some(r) => p.element(r, code).map(Some),
                None => Some(None),
            },
            |file: TaskFile| file.units.into_iter().find(|u| u.code == code),
        )
    }

    fn unit_yearly(&self, code: &str) -> Loaded<Option<YearlyOutlook>> {
        self.select(
            YEARLY,
            self.yearly_split(),
            |p| match p.field(0)?.first(code) {
                Some(r) => p.element(r, code).map(Some),
                None => Some(None),
            },
            |file: YearlyFile| file.units.into_iter().find(|u| u.code == code),
        )
    }

    /// The IWA ids linked to each of `socs` and the activities they name.
    fn unit_activities(&self, socs: &[String]) -> Loaded<UnitActivities> {
        self.select(
            ACTIVITIES,
            self.activities_split(),
            |p| {
                let (list, map) = (p.field(0)?, p.field(1)?);
                let mut out = UnitActivities::default();
                for soc in socs {
                    let Some(r) = map.last(soc) else {
                        continue;
                    };
                    let ids: Vec<String> = p.decode(r)?;
                    for id in &ids {
                        if !out.activities.contains_key(id)
                            && let Some(r) = list.sorted(id)
                        {
                            out.activities.insert(id.clone(), p.element(r, id)?);
                        }
                    }
                    out.soc.insert(soc.clone(), ids);
                }
                Some(out)
            },
            |file: ActivityFile| {
                let mut out = UnitActivities::default();
                for soc in socs {
                    let Some(ids) = file.soc.get(soc) else {
                        continue;
                    };
                    for id in ids {
                        let found = file.activities.binary_search_by(|a| a.id.as_str().cmp(id));
                        if let Ok(i) = found {
                            (out.activities)
                                .entry(id.clone())
                                .or_insert_with(|| file.activities[i].clone());
                        }
                    }
                    out.soc.insert(soc.clone(), ids.clone());
                }
                out
            },
        )
    }

    /// How the file at `rel` is split, for tests: `json`, `ron`, `whole` (parsed at each use),
    /// or `none` (missing, broken or not split yet).
    #[cfg(test)]
    pub(crate) fn split_kind(&self, rel: &str) -> &'static str {
        let cell = if rel == ACTIVITIES {
            self.activities_split()
        } else if rel == YEARLY {
            self.yearly_split()
        } else {
            let Some((dir, major)) = rel.strip_suffix(".ron").and_then(|r| r.rsplit_once('/'))
            else {
                return "none";
            };
            let found = match dir {
                OASIS_DIR => self.major_split::<OasisFile>(&self.oasis, dir, major),
                TASKS_DIR => self.major_split::<TaskFile>(&self.tasks, dir, major),
                _ => None,
            };
            let Some((_, cell)) = found else {
                return "none";
            };
            cell
        };
        match cell {
            Loaded::Ok(Split::Json(_)) => "json",
            Loaded::Ok(Split::Ron(..)) => "ron",
            Loaded::Ok(Split::Whole) => "whole",
            _ => "none",
        }
    }
}

/// A RON text parsed whole, or its located message (`path:line:col: what`).
fn parse_ron<T: serde::de::DeserializeOwned>(file: &DeepText, text: &str) -> Loaded<T> {
    match ron::Options::default().from_str(text) {
        Ok(value) => Loaded::Ok(value),
        Err(e) => Loaded::Broken(format!(
            "{}:{}:{}: {}",
            file.display, e.span.start.line, e.span.start.col, e.code
        )),
    }
}

/// An embedded file's pages (its JSON and RON) go back to the kernel once read from: only
/// the elements asked for are decoded, and the pages read to find them are not kept
/// (`embedded_pages`). A directory's file (no JSON) is left alone.
fn release_embedded(file: &DeepText) {
    let Some(json) = file.json else {
        return;
    };
    crate::embedded_pages::release(json.as_bytes());
    if let Cow::Borrowed(text) = file.text {
        crate::embedded_pages::release(text.as_bytes());
    }
}

/// A lazy cell per major-group file (`DIR/NN.ron`) present.
fn majors(files: &BTreeMap<String, DeepText>, dir: &str) -> BTreeMap<String, SplitCell> {
    files
        .keys()
        .filter_map(|rel| {
            let name = rel
                .strip_prefix(dir)?
                .strip_prefix('/')?
                .strip_suffix(".ron")?;
            (name.len() == 2).then(|| (name.to_string(), SplitCell::default()))
        })
        .collect()
}
