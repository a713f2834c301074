//! Curated occupation profiles: what official data cannot say (narrative, salary bands by
//! experience, education paths, credentials, routes), each resting on named sources.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub code: String,
    /// Date the profile's facts were last checked (YYYY-MM-DD).
    pub as_of: String,
    pub summary: String,
    /// Curated AI narrative; empty where no source supports one (the AI tasks now come from
    /// the labelled O*NET tasks, see `facts::depth`).
    #[serde(default)]
    pub ai_impact: AiImpact,
    #[serde(default)]
    pub salary_bands: Vec<SalaryBand>,
    #[serde(default)]
    pub education_paths: Vec<EducationPath>,
    #[serde(default)]
    pub credentials: Vec<Credential>,
    #[serde(default)]
    pub immigration_routes: Vec<ImmigrationRoute>,
    #[serde(default)]
    pub suits: Vec<String>,
    #[serde(default)]
    pub not_suited: Vec<String>,
    pub career_path: String,
    pub demand: String,
    #[serde(default)]
    pub growth_areas: Vec<String>,
    #[serde(default)]
    pub sources: Vec<ProfileSource>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AiImpact {
    /// One-paragraph overview of how AI changes the work.
    #[serde(default)]
    pub overview: String,
    #[serde(default)]
    pub tasks_taken_over: Vec<String>,
    #[serde(default)]
    pub tasks_augmented: Vec<String>,
    #[serde(default)]
    pub human_strengths: Vec<String>,
    #[serde(default)]
    pub skills_to_learn: Vec<String>,
    #[serde(default)]
    pub entry_level_effect: String,
    #[serde(default)]
    pub career_shift: String,
}

/// Annual pay band for an experience level, in CAD.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryBand {
    /// Experience level, e.g. "Entry".
    pub level: String,
    /// Years of experience, e.g. "0-3".
    pub years: String,
    pub low: u32,
    pub high: u32,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationPath {
    pub stage: String,
    /// Duration as the source gives it, e.g. "2-4 years".
    pub duration: String,
    /// Cost range in CAD.
    pub cost_low: u32,
    pub cost_high: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    pub name: String,
    pub issuer: String,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImmigrationRoute {
    pub program: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSource {
    pub name: String,
    #[serde(default)]
    pub note: String,
}
