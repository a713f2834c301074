//! noc-explorer: a keyboard-driven terminal explorer of Canada's National Occupational
//! Classification (NOC 2021). The binary is a thin shell over this library.

pub mod cli;
pub mod data;
pub mod import;
pub mod model;
pub mod report;
pub mod search;
pub mod tui;
