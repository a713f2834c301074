//! Labels a reviewer of the en/fr/ja screens found missing, untranslated or ambiguous: the
//! help's own scrolling, and the phrases of ours that were still in English.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewedLabels {
    /// Ctrl-d/Ctrl-u over the help or the sources: they scroll that screen, not the pane.
    pub h_screen_half_down: &'static str,
    pub h_screen_half_up: &'static str,
    /// How the AI scores are combined, in the interface's words: the text `figures/ai.ron`
    /// holds in English, with "{half}", "{low}" and "{high}" for its numbers (written by
    /// `crate::locale`). Shown only while the English one equals the data's text.
    pub ai_method_text: &'static str,
    /// "{words}": a labour market condition as COPS words it in French ("À équilibre"),
    /// quoted as its label rather than reworded.
    pub cops_quoted: &'static str,
    /// "{words}": words of the NOC's English text shown inside a phrase of ours ("three-year"),
    /// marked as the official English wording outside English.
    pub noc_english: &'static str,
    /// The short name of the Immigration and Refugee Protection Regulations in the
    /// interface's language (the data's "IRPR"; "RIPR" in French).
    pub regulation_short: &'static str,
    /// `show` and `export` given a NOC 2016 code: "{code}", "{title}" of the old class; where
    /// it continues ("{code}", "{title}", "{place}": shown below or exported in its place);
    /// "{others}" the correspondence also links; or the groups it is split among.
    pub noc2016_is: &'static str,
    pub noc2016_continues: &'static str,
    pub noc2016_shown: &'static str,
    pub noc2016_exported: &'static str,
    pub noc2016_also: &'static str,
    pub noc2016_split: &'static str,
    pub noc2016_show_one: &'static str,
    /// "{code}": no unit group has it; then perhaps a NOC 2016 code not loaded, close codes
    /// and how to search.
    pub no_code: &'static str,
    pub noc2016_not_loaded: &'static str,
    pub close_matches: &'static str,
    pub search_with: &'static str,
    /// Compare's frame when not every occupation fits: "{first}–{last}" shown of "{total}",
    /// in the language's word order.
    pub compare_range: &'static str,
    /// Our translations of the sources screen's vintages and notes (ours), by their English
    /// text in `crate::facts::sources`; empty in English. A text without one stays English.
    pub source_words: std::collections::BTreeMap<&'static str, &'static str>,
    /// What each TEER level asks, in a few words, for a header too narrow for the full
    /// meaning, what differs between levels first (TEER 2 and 3 both began "College or
    /// apprenticeship" and were cut there, so a cut one still tells them apart).
    pub teer_short: [&'static str; 6],
}
