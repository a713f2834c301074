//! noc-explorer: a keyboard-driven terminal explorer of Canada's National Occupational
//! Classification (NOC 2021). The binary is a thin shell over this library.

pub mod cli;
pub mod data;
pub(crate) mod embedded_pages;
pub mod export;
pub mod facts;
pub mod filter;
pub mod fsread;
pub mod fswrite;
pub mod i18n;
pub mod import;
pub mod locale;
pub mod model;
pub mod query_limits;
pub mod report;
pub mod rules;
pub mod search;
pub mod shortlist;
pub mod similarity;
pub mod tree;
pub mod tui;
pub mod user_path;
