//! The search index of the explorer, built when first needed: the first frame lists every
//! occupation without it, and a thread builds it right after that frame (`tui::run`), so the
//! first frame does not wait ~6-10 ms for it; a search typed before the thread is done waits
//! for the rest of the build. For the embedded dataset it is read from the bytes `build.rs`
//! prepared (~1 ms) rather than built.

use crate::model::Dataset;
use crate::search::SearchIndex;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

pub struct LazyIndex {
    ds: Arc<Dataset>,
    index: OnceLock<SearchIndex>,
}

impl LazyIndex {
    pub fn new(ds: Arc<Dataset>) -> Self {
        LazyIndex {
            ds,
            index: OnceLock::new(),
        }
    }

    /// Whether the index has been built.
    pub fn is_built(&self) -> bool {
        self.index.get().is_some()
    }
}

impl Deref for LazyIndex {
    type Target = SearchIndex;

    fn deref(&self) -> &SearchIndex {
        // The embedded dataset's index was prepared at build time, a `--data` directory's
        // with its prepared copy; a dataset changed since (a test's) gets its own.
        self.index
            .get_or_init(|| SearchIndex::for_dataset(&self.ds))
    }
}
