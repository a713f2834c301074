//! The export dialog (format, client, file) and writing the handout from the explorer, and
//! copying through the terminal.

use super::{App, Overlay};
use crate::export::{self, ExportError, ExportFormat};
use crate::model::UnitGroup;
use crate::report::HandoutHeader;
use crate::tui::action::Action;
use std::path::{Path, PathBuf};

/// The field of the export dialog that takes the typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportField {
    Client,
    Path,
}

/// What the export dialog holds: the format, the client's name (may stay empty) and the file,
/// shown in full before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    pub format: ExportFormat,
    pub client: String,
    pub path: String,
    pub field: ExportField,
}

/// Where handouts go by default: the user's documents directory, else the current one.
pub fn default_export_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `path` with the extension of `format` when its extension is another format's.
fn with_extension(path: &str, format: ExportFormat) -> String {
    let p = Path::new(path);
    let known = p
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ExportFormat::ALL.iter().any(|f| f.extension() == e));
    if known {
        p.with_extension(format.extension()).display().to_string()
    } else {
        path.to_string()
    }
}

/// "a client name is limited to 80 characters".
fn client_too_long(labels: &crate::i18n::Labels) -> String {
    crate::i18n::fill(
        labels.reliability.client_too_long,
        &[("max", &crate::report::MAX_CLIENT_CHARS.to_string())],
    )
}

impl App {
    /// Pasted text into the dialog's field: line breaks and tabs become spaces, other
    /// control characters go, and the field keeps to its limit (a client name's is said).
    pub(super) fn paste_into_dialog(&mut self, text: &str) {
        let Some(d) = self.export_dialog.as_mut() else {
            return;
        };
        let (field, limit) = match d.field {
            ExportField::Client => (&mut d.client, crate::report::MAX_CLIENT_CHARS),
            ExportField::Path => (&mut d.path, 4096),
        };
        let room = limit.saturating_sub(field.chars().count());
        let cleaned: Vec<char> = text
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|c| !c.is_control())
            .collect();
        field.extend(cleaned.iter().take(room));
        if cleaned.len() > room && d.field == ExportField::Client {
            self.message = Some(client_too_long(self.labels));
        }
    }

    /// The units `e` exports: the shortlist, or the selected occupation when it is empty;
    /// with the file name they suggest.
    pub(super) fn export_units(&self) -> (Vec<&UnitGroup>, String) {
        let marked: Vec<&UnitGroup> = self
            .shortlist_units()
            .into_iter()
            .map(|i| &self.ds.units[i])
            .collect();
        if !marked.is_empty() {
            return (marked, "noc-shortlist".into());
        }
        match self.selected_unit() {
            Some(u) => (vec![u], format!("noc-{}", u.code)),
            None => (Vec::new(), String::new()),
        }
    }

    /// The codes the export dialog will write, in order (the dialog names them).
    pub fn export_codes(&self) -> Vec<String> {
        let (units, _) = self.export_units();
        units.iter().map(|u| u.code.clone()).collect()
    }

    /// `e`: open the dialog with Markdown, no client and the default file, shown in full.
    pub(super) fn open_export_dialog(&mut self) {
        let (units, stem) = self.export_units();
        if units.is_empty() {
            return;
        }
        let format = ExportFormat::Markdown;
        let path = self
            .export_dir
            .join(format!("{stem}.{}", format.extension()));
        let path = std::path::absolute(&path).unwrap_or(path);
        self.export_dialog = Some(ExportDialog {
            format,
            client: String::new(),
            path: path.display().to_string(),
            field: ExportField::Client,
        });
        self.overlay = Some(Overlay::Export);
    }

    /// An action while the dialog is open; false for those it leaves to the app (quit,
    /// resize, help).
    pub(super) fn apply_export_dialog(&mut self, action: Action) -> bool {
        use Action as A;
        let Some(d) = self.export_dialog.as_mut() else {
            self.overlay = None;
            return false;
        };
        let field = match d.field {
            ExportField::Client => &mut d.client,
            ExportField::Path => &mut d.path,
        };
        let limit = match d.field {
            ExportField::Client => crate::report::MAX_CLIENT_CHARS,
            ExportField::Path => 4096,
        };
        match action {
            A::Insert(c) if !c.is_control() && field.chars().count() < limit => field.push(c),
            A::Insert(c) if !c.is_control() && d.field == ExportField::Client => {
                self.message = Some(client_too_long(self.labels));
            }
            A::Insert(_) => {}
            A::Backspace => {
                field.pop();
            }
            A::DialogClearField => field.clear(),
            A::DialogNextField | A::DialogPrevField => {
                d.field = match d.field {
                    ExportField::Client => ExportField::Path,
                    ExportField::Path => ExportField::Client,
                }
            }
            A::DialogFormatNext | A::DialogFormatPrev => {
                let all = ExportFormat::ALL;
                let i = all.iter().position(|&f| f == d.format).unwrap_or(0);
                let step = if action == A::DialogFormatNext {
                    1
                } else {
                    all.len() - 1
                };
                d.format = all[(i + step) % all.len()];
                d.path = with_extension(&d.path, d.format);
            }
            A::DialogSubmit => self.export(false),
            A::Close => {
                self.overlay = None;
                self.export_dialog = None;
                self.message = Some(self.labels.tools.export_nothing_written.into());
            }
            _ => return false,
        }
        true
    }

    /// Write the dialog's handout; an existing file asks first (`force` after a yes). A
    /// failed write leaves the dialog open with the reason, to change the file.
    pub(super) fn export(&mut self, force: bool) {
        let Some(dialog) = self.export_dialog.clone() else {
            return;
        };
        let (units, _) = self.export_units();
        if units.is_empty() {
            return;
        }
        // `~` and `$HOME` are the home folder; a folder gets the suggested file name.
        let (_, stem) = self.export_units();
        let name = format!("{stem}.{}", dialog.format.extension());
        let path = crate::user_path::target(
            dialog.path.trim(),
            crate::user_path::home().as_deref(),
            &name,
        );
        let header = HandoutHeader::today(self.lang, Some(&dialog.client));
        let written = export::render(&self.ds, &units, dialog.format, &header)
            .and_then(|text| export::write(&path, &text, force));
        let c = &self.labels.tools;
        match written {
            Ok(_) => {
                let shown = std::path::absolute(&path).unwrap_or(path);
                self.message = Some(format!("{} {}", c.exported, shown.display()));
                self.overlay = None;
                self.export_dialog = None;
            }
            Err(ExportError::Exists { .. }) => {
                self.message = Some(format!("{} {}", path.display(), c.overwrite));
                self.overlay = Some(Overlay::Confirm);
            }
            Err(e) => {
                self.message = Some(e.to_string());
                self.overlay = Some(Overlay::Export);
            }
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
