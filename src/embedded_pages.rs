//! The embedded data's bytes are read once. After one file's bytes are decoded into the model,
//! the pages of the binary that hold them are handed back to the kernel, as a program reading
//! a data file would close it: they count in the explorer's resident memory no longer.
//!
//! They are pages of the executable's read-only segment, never written (and the kernel does
//! not let the running executable be written), so should anything read them again it reads
//! the same bytes, from the page cache. Only pages wholly inside the bytes are handed back.
//!
//! Crate-only, and given only the bytes `build.rs` embedded: MADV_DONTNEED would zero the
//! pages of anonymous memory (a leaked `Box`, say).

use std::sync::Mutex;

/// Bytes decoded while the first frame waits, handed back after it (`release_pending`).
static PENDING: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());

/// Hand back the pages wholly inside `bytes` (embedded data already decoded).
pub(crate) fn release(bytes: &'static [u8]) {
    let start = bytes.as_ptr() as usize;
    release_range(start, start + bytes.len());
}

/// `release` later, when `release_pending` is called: each call is a system call (~5-10 µs
/// with threads running), which the first frame need not wait for.
pub(crate) fn release_later(bytes: &'static [u8]) {
    let start = bytes.as_ptr() as usize;
    if let Ok(mut pending) = PENDING.lock() {
        pending.push((start, start + bytes.len()));
    }
}

/// Hand back the bytes `release_later` was given, joining those that touch (a file's RON
/// text and its binary form lie one after the other) into one call.
pub(crate) fn release_pending() {
    let mut ranges = match PENDING.lock() {
        Ok(mut pending) => std::mem::take(&mut *pending),
        Err(_) => return,
    };
    ranges.sort_unstable();
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match joined.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => joined.push((start, end)),
        }
    }
    for (start, end) in joined {
        release_range(start, end);
    }
}

/// Hand back the pages wholly inside the addresses `start..end` of a `'static` byte slice.
fn release_range(start: usize, end: usize) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf has no preconditions.
        let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            p if p > 0 => p as usize,
            _ => return,
        };
        let first = start.div_ceil(page) * page;
        let last = end / page * page;
        if last > first {
            // SAFETY: the range lies inside `'static` slices of the executable's read-only
            // data. MADV_DONTNEED on a private file mapping drops the page table entries
            // only; the next read faults the file's unchanged bytes back in, so the slices'
            // contents never change. A failure leaves the pages resident: no harm.
            unsafe {
                libc::madvise(
                    first as *mut libc::c_void,
                    last - first,
                    libc::MADV_DONTNEED,
                );
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (start, end);
}

#[cfg(test)]
mod tests {
    use super::*;

    static BYTES: [u8; 3 * 65536] = {
        let mut b = [0u8; 3 * 65536];
        let mut i = 0;
        while i < b.len() {
            b[i] = (i % 251) as u8;
            i += 1;
        }
        b
    };

    #[test]
    fn released_bytes_read_back_the_same() {
        let before: u64 = BYTES.iter().map(|&b| u64::from(b)).sum();
        release(&BYTES);
        let after: u64 = BYTES.iter().map(|&b| u64::from(b)).sum();
        assert_eq!(before, after);
        assert!(BYTES.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
        release_later(&BYTES[..70_000]);
        release_later(&BYTES[60_000..]);
        // (Other tests may queue bytes meanwhile: only the contents are checked.)
        release_pending();
        assert!(BYTES.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
    }
}
