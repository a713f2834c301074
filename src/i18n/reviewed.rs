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
}
