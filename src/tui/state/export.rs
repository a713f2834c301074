//! Writing the Markdown handout from the explorer, and copying through the terminal.

use super::{App, Overlay};
use crate::export::{self, ExportError, ExportFormat};
use crate::model::UnitGroup;
use std::path::PathBuf;

impl App {
    /// The units `e` exports: the shortlist, or the selected occupation when it is empty.
    pub(super) fn export_units(&self) -> (Vec<&UnitGroup>, String) {
        let marked: Vec<&UnitGroup> = self
            .shortlist_units()
            .into_iter()
            .map(|i| &self.ds.units[i])
            .collect();
        if !marked.is_empty() {
            return (marked, "noc-shortlist.md".into());
        }
        match self.selected_unit() {
            Some(u) => (vec![u], format!("noc-{}.md", u.code)),
            None => (Vec::new(), String::new()),
        }
    }

    /// Write the Markdown handout; an existing file asks first (`force` after a yes).
    pub(super) fn export(&mut self, force: bool) {
        let pending = self.pending_export.take();
        let (units, name) = self.export_units();
        if units.is_empty() {
            return;
        }
        let path: PathBuf = pending.unwrap_or_else(|| self.export_dir.join(name));
        let header = crate::report::HandoutHeader::today(self.lang, None);
        let written = export::render(&self.ds, &units, ExportFormat::Markdown, &header)
            .and_then(|text| export::write(&path, &text, force));
        let c = &self.labels.tools;
        match written {
            Ok(()) => {
                let shown = std::path::absolute(&path).unwrap_or(path);
                self.message = Some(format!("{} {}", c.exported, shown.display()))
            }
            Err(ExportError::Exists { .. }) => {
                self.message = Some(format!("{} {}", path.display(), c.overwrite));
                self.pending_export = Some(path);
                self.overlay = Some(Overlay::Confirm);
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Put "CODE title" on the clipboard through the terminal (OSC 52).
    pub(super) fn copy(&mut self) {
        let Some(unit) = self.selected_unit() else {
            return;
        };
        let text = format!("{} {}", unit.code, self.primary_title(unit));
        self.clipboard = Some(osc52(&text));
        self.message = Some(format!("{}: {text}", self.labels.tools.copied));
    }
}

/// The OSC 52 sequence that sets the system clipboard to `text`.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
        }
        assert_eq!(base64("é".as_bytes()), "w6k=");
    }

    #[test]
    fn osc52_wraps_the_base64_text() {
        assert_eq!(osc52("foo"), "\x1b]52;c;Zm9v\x07");
    }
}
