//! A path as a person types it in the explorer: `~` and `$HOME` (or `${HOME}`) at its start
//! mean the home folder, as in a shell, and a folder means a file of the suggested name in it.

use std::path::{Path, PathBuf};

/// `typed` with a leading `~`, `$HOME` or `${HOME}` replaced by `home` (when known). `~user`
/// and variables elsewhere are left as typed.
pub fn expand(typed: &str, home: Option<&Path>) -> PathBuf {
    let Some(home) = home else {
        return PathBuf::from(typed);
    };
    for prefix in ["~", "$HOME", "${HOME}"] {
        if let Some(rest) = typed.strip_prefix(prefix)
            && (rest.is_empty() || rest.starts_with('/'))
        {
            return home.join(rest.trim_start_matches('/'));
        }
    }
    PathBuf::from(typed)
}

/// The home folder, from `HOME` (as the shell reads it), else the platform's idea of it.
pub fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::UserDirs::new().map(|d| d.home_dir().to_path_buf()))
}

/// The file a typed path names: a folder (or a path ending in `/`) gets `file_name` in it.
pub fn target(typed: &str, home: Option<&Path>, file_name: &str) -> PathBuf {
    let path = expand(typed, home);
    if typed.ends_with('/') || path.is_dir() {
        path.join(file_name)
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_is_expanded_only_at_the_start() {
        let home = Some(Path::new("/home/ana"));
        assert_eq!(expand("~/x.md", home), Path::new("/home/ana/x.md"));
        assert_eq!(expand("~", home), Path::new("/home/ana"));
        assert_eq!(expand("$HOME/a/x.md", home), Path::new("/home/ana/a/x.md"));
        assert_eq!(expand("${HOME}/x.md", home), Path::new("/home/ana/x.md"));
        assert_eq!(expand("~bob/x.md", home), Path::new("~bob/x.md"));
        assert_eq!(expand("$HOMEWORK/x.md", home), Path::new("$HOMEWORK/x.md"));
        assert_eq!(expand("a/~/x.md", home), Path::new("a/~/x.md"));
        assert_eq!(expand("~/x.md", None), Path::new("~/x.md"));
    }

    #[test]
    fn a_folder_gets_the_suggested_file_name() {
        let dir = tempfile::tempdir().unwrap();
        let typed = dir.path().display().to_string();
        assert_eq!(
            target(&typed, None, "noc-32129.md"),
            dir.path().join("noc-32129.md")
        );
        assert_eq!(target("new/", None, "f.md"), Path::new("new/f.md"));
        assert_eq!(target("f.md", None, "g.md"), Path::new("f.md"));
    }
}
