//! The embedded data's bytes are read once. After one file's bytes are decoded into the model,
//! the pages of the binary that hold them are handed back to the kernel, as a program reading
//! a data file would close it: they count in the explorer's resident memory no longer.
//!
//! They are pages of the executable's read-only segment, never written (and the kernel does
//! not let the running executable be written), so should anything read them again it reads
//! the same bytes, from the page cache. Only pages wholly inside the bytes are handed back.

/// Hand back the pages wholly inside `bytes` (embedded data already decoded).
pub fn release(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf has no preconditions.
        let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            p if p > 0 => p as usize,
            _ => return,
        };
        let start = bytes.as_ptr() as usize;
        let first = start.div_ceil(page) * page;
        let last = (start + bytes.len()) / page * page;
        if last > first {
            // SAFETY: the range lies inside `bytes`, a `'static` slice of the executable's
            // read-only data. MADV_DONTNEED on a private file mapping drops the page table
            // entries only; the next read faults the file's unchanged bytes back in, so the
            // slice's contents never change. A failure leaves the pages resident: no harm.
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
    let _ = bytes;
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
    }
}
