//! The data sets behind the figures, with their attribution lines (for a sources screen),
//! and the short source references each figure group carries.

use serde::Serialize;

/// Who published a figure, which data set, and its vintage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub publisher: &'static str,
    pub dataset: &'static str,
    pub vintage: &'static str,
}

/// One data set on the sources screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub publisher: &'static str,
    pub vintage: &'static str,
    pub licence: &'static str,
    pub attribution: &'static str,
    /// Where the copy in `data/raw/` came from, and caveats.
    pub note: &'static str,
}

const OGL: &str = "Contains information licensed under the Open Government Licence – Canada.";

pub const JOB_BANK_WAGES: SourceRef = SourceRef {
    publisher: "Employment and Social Development Canada (Job Bank)",
    dataset: "Job Bank wages 2016, 2020 and 2024, merged and mapped to NOC 2021 by the WageCAN project",
    vintage: "2024 wages (published 2024-12); 2016 and 2020 for the trend",
};
pub const CENSUS: SourceRef = SourceRef {
    publisher: "Statistics Canada",
    dataset: "2021 Census, Table 98-10-0586-01, median employment income",
    vintage: "income year 2020",
};
pub const COPS: SourceRef = SourceRef {
    publisher: "Employment and Social Development Canada",
    dataset: "Canadian Occupational Projection System (COPS) 2024-2033, summary",
    vintage: "2024 projection cycle, base year 2023",
};
pub const AI: SourceRef = SourceRef {
    publisher: "Eloundou et al. (Science 2024); Tomlinson et al. (2025); Brookfield Institute crosswalk",
    dataset: "GPTs are GPTs occupation exposure; Working with AI applicability scores; NOC 2021 -> O*NET 26",
    vintage: "2024 (exposure), 2025 (applicability), 2022 (crosswalk)",
};
pub const LMIA: SourceRef = SourceRef {
    publisher: "Employment and Social Development Canada",
    dataset: "Temporary Foreign Worker Program: positive LMIA employers list",
    vintage: "2024Q3 to 2025Q1",
};
pub const PROGRAMS: SourceRef = SourceRef {
    publisher: "IRCC, the Immigration and Refugee Protection Regulations and other public pages, listed with each program",
    dataset: "Immigration program rules and Express Entry category lists, compiled for this project",
    vintage: "read 2026-11; as-of dates per program",
};

/// Every data set the app shows, for the sources screen.
pub fn sources() -> Vec<SourceInfo> {
    vec![
        SourceInfo {
            id: "noc2021",
            name: "National Occupational Classification (NOC) 2021 Version 1.0",
            publisher: "Statistics Canada",
            vintage: "2021 Version 1.0",
            licence: "Open Government Licence – Canada",
            attribution: "Contains information from the National Occupational Classification (NOC) 2021 Version 1.0, Statistics Canada, licensed under the Open Government Licence – Canada.",
            note: "Structure, elements (incl. employment requirements used for licensing) and French titles.",
        },
        SourceInfo {
            id: "noc2016_correspondence",
            name: "NOC 2016 V1.3 to NOC 2021 V1.0 correspondence",
            publisher: "Statistics Canada",
            vintage: "NOC 2016 V1.3 / NOC 2021 V1.0",
            licence: "Statistics Canada Open Licence",
            attribution: "Source: Statistics Canada, NOC 2016 V1.3 to NOC 2021 V1.0 correspondence, reproduced under the Statistics Canada Open Licence.",
            note: "Links each NOC 2021 unit group to the NOC 2016 codes it replaced, so old codes can be searched.",
        },
        SourceInfo {
            id: "job_bank_wages",
            name: "Job Bank wages (low, median, high hourly)",
            publisher: JOB_BANK_WAGES.publisher,
            vintage: JOB_BANK_WAGES.vintage,
            licence: "Open Government Licence – Canada",
            attribution: OGL,
            note: "Job Bank's 2016, 2020 and 2024 wages as merged by the WageCAN project (MIT), which keeps only occupations with figures in all three years: 447 of 516 unit groups. Where it has no 2024 wage, the app shows the 2021 Census median employment income instead.",
        },
        SourceInfo {
            id: "census_income",
            name: "2021 Census median employment income by occupation",
            publisher: CENSUS.publisher,
            vintage: CENSUS.vintage,
            licence: "Statistics Canada Open Licence",
            attribution: "Source: Statistics Canada, 2021 Census of Population, Table 98-10-0586-01, reproduced under the Statistics Canada Open Licence.",
            note: "Median employment income from Statistics Canada's 2021 Census table 98-10-0586-01. The Census suppresses the senior-manager groups 00011 to 00015: they show the figure of the senior managers aggregate (00018).",
        },
        SourceInfo {
            id: "cops",
            name: "COPS 2024-2033 occupational projections",
            publisher: COPS.publisher,
            vintage: COPS.vintage,
            licence: "Open Government Licence – Canada",
            attribution: OGL,
            note: "National projections only; no regional outlooks. Yearly tables 2023-2033 for employment, job openings, job seekers and immigrants.",
        },
        SourceInfo {
            id: "gpts_are_gpts",
            name: "GPTs are GPTs: occupation-level LLM exposure (Eloundou, Manning, Mishkin, Rock)",
            publisher: "OpenAI / Science (2024)",
            vintage: "2024",
            licence: "MIT",
            attribution: "Eloundou, Manning, Mishkin and Rock, \"GPTs are GPTs\", Science (2024); data from github.com/openai/GPTs-are-GPTs, Copyright (c) 2024 OpenAI, MIT licence.",
            note: "US O*NET-SOC scores; reach NOC 2021 through the Brookfield crosswalk.",
        },
        SourceInfo {
            id: "oasis",
            name: "OaSIS 2023: profiles, skills, knowledge, interests, personal attributes, work context",
            publisher: "Employment and Social Development Canada",
            vintage: "OaSIS 2023 version 1.0",
            licence: "Open Government Licence – Canada",
            attribution: "Contains information from OaSIS 2023 version 1.0, Employment and Social Development Canada, licensed under the Open Government Licence – Canada.",
            note: "900 profiles split the 516 unit groups; ratings are shown with the scale the OaSIS guide gives. Which skills and work context are listed is chosen by this app's rule (highest rated; hazards and physical demands rated 4 or 5).",
        },
        SourceInfo {
            id: "onet_task_labels",
            name: "O*NET task statements labelled for LLM exposure (GPTs are GPTs full label set)",
            publisher: "O*NET (US Department of Labor); labels by Eloundou et al.",
            vintage: "O*NET 27-era tasks; labels 2024",
            licence: "O*NET data CC BY 4.0; labels MIT",
            attribution: "Task statements from O*NET, licensed under CC BY 4.0 (O*NET is a trademark of the US Department of Labor); exposure labels from Eloundou et al., \"GPTs are GPTs\", Copyright (c) 2024 OpenAI, MIT licence.",
            note: "US occupations reached through the NOC-O*NET crosswalk; tasks grouped by the human annotators' label, GPT-4's shown where it differs.",
        },
        SourceInfo {
            id: "working_with_ai",
            name: "Working with AI: AI applicability scores (Tomlinson et al.)",
            publisher: "Microsoft Research",
            vintage: "2025",
            licence: "CC BY 4.0",
            attribution: "Tomlinson et al. (2025), \"Working with AI\", arXiv:2507.07935; data from github.com/microsoft/working-with-ai, licensed under CC BY 4.0.",
            note: "US SOC 2018 scores and the work activities behind them, from Copilot usage; activities ranked by completion x impact scope where seen in over 0.05% of conversations.",
        },
        SourceInfo {
            id: "brookfield_crosswalk",
            name: "NOC 2021 to O*NET 26 crosswalk",
            publisher: "Brookfield Institute / The Dais",
            vintage: "2022-11-30",
            licence: "MIT",
            attribution: "NOC-O*NET crosswalk, Copyright (c) 2018 Brookfield Institute for Innovation + Entrepreneurship, MIT licence.",
            note: "Hand-curated, one-to-many; several O*NET scores are averaged (see the AI method).",
        },
        SourceInfo {
            id: "lmia",
            name: "Positive LMIA employers list (Temporary Foreign Worker Program)",
            publisher: LMIA.publisher,
            vintage: LMIA.vintage,
            licence: "Open Government Licence – Canada",
            attribution: OGL,
            note: "Three quarters, 2024Q3 to 2025Q1, in NOC 2021 codes. ESDC's list omits some employers by design (for example employers of caregivers), so counts are lower bounds.",
        },
        SourceInfo {
            id: "immigration_rules",
            name: "Immigration program rules and Express Entry category lists",
            publisher: PROGRAMS.publisher,
            vintage: PROGRAMS.vintage,
            licence: "Facts paraphrased from public pages; no text reproduced",
            attribution: "Summarised from IRCC and other public pages; check with IRCC before relying on it.",
            note: "Category rows marked lower confidence rest on derivation, not two direct listings. The 2026 lists of renewed categories and provincial lists were not collected.",
        },
        SourceInfo {
            id: "jobtag",
            name: "Japan's occupation database 職業情報データベース（job tag）",
            publisher: "Ministry of Health, Labour and Welfare (Japan) / JILPT",
            vintage: "IPD v7.00, published 2026-03-17",
            licence: "job tag terms of use, Article 9 (secondary use with attribution)",
            attribution: crate::model::japanese::JOBTAG_ATTRIBUTION,
            note: "Job names and aliases only, for searching in Japanese. Which NOC group each job tag occupation corresponds to is this app's own judgement (非公式の対応), not an official match; the Japanese occupation titles are this app's unofficial translation (非公式訳).",
        },
    ]
}
