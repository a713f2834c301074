use super::*;

fn shipped() -> Vec<SourceFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (files, errors) = crate::data::read_dir(&dir);
    assert!(errors.is_empty());
    files
}

#[test]
fn a_changed_byte_in_any_data_file_changes_the_key() {
    let mut files = shipped();
    let key = key(&files);
    for i in 0..files.len() {
        let original = files[i].text.clone();
        let mut changed = original.to_string();
        let last = changed.pop().expect("not empty");
        changed.push(if last == ' ' { '\n' } else { ' ' });
        files[i].text = changed.into();
        assert_ne!(super::key(&files), key, "{}", files[i].rel);
        files[i].text = original;
    }
    // A file renamed is another key too.
    files[0].rel.push('x');
    assert_ne!(super::key(&files), key);
}

#[test]
fn a_copy_reads_back_only_for_its_key_and_build() {
    let files = shipped();
    let key = key(&files);
    let forms = vec![("a.ron".to_string(), Some("{}".to_string()), None)];
    let bytes = make(&forms, b"index", key);
    let (_, index) = check_whole(&bytes, key).expect("reads back");
    assert_eq!(index, b"index");
    assert!(check_whole(&bytes, [key[0], key[1] ^ 1]).is_none());
    let mut other_build = bytes.clone();
    other_build[8] ^= 1;
    assert!(check_whole(&other_build, key).is_none());
    for cut in [0, 8, HEADER - 1, HEADER, bytes.len() - 1] {
        assert!(check_whole(&bytes[..cut], key).is_none(), "{cut}");
    }
    // The index alone, as `search` reads it: only whole, for its key.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.noc");
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(read_index_of(&path, key), Some(b"index".as_slice()));
    assert_eq!(read_index_of(&path, [key[0] ^ 1, key[1]]), None);
    let mut flipped = bytes.clone();
    *flipped.last_mut().unwrap() ^= 1;
    for bad in [&flipped[..], &bytes[..bytes.len() - 1], &bytes[..HEADER]] {
        std::fs::write(&path, bad).unwrap();
        assert_eq!(read_index_of(&path, key), None);
    }
}

#[test]
fn forms_that_do_not_decode_are_read_from_their_ron() {
    let mut files = shipped();
    let ron =
        crate::data::load_dir_ron(Path::new(env!("CARGO_MANIFEST_DIR")).join("data").as_path())
            .expect("loads");
    let forms = files
        .iter()
        .map(|f| {
            let deep = crate::model::depth::is_deep(&f.rel);
            let rel: &'static str = Box::leak(f.rel.clone().into_boxed_str());
            let junk: Option<&'static [u8]> = (!deep).then_some(b"\xff\xff\xff\xff".as_slice());
            (rel, (!deep).then_some("{\"not\": 1}"), junk)
        })
        .collect();
    let copy = PreparedCopy {
        forms,
        index: crate::model::IndexSource {
            path: "nowhere".into(),
            key: [0, 0],
            read: |_, _| None,
        },
    };
    attach(&mut files, &copy).expect("the same files");
    let (files, _) = crate::data::deep::split(files);
    let ds = crate::data::parse_checked(files, Vec::new(), crate::data::Checks::Embedded)
        .expect("loads from the RON");
    assert_eq!(ds.units, ron.units);
    assert_eq!(ds.figures.wages.len(), ron.figures.wages.len());
    // The similarity table, left to decode on first use, falls back to its RON then too.
    assert!(!ds.similarity.is_decoded());
    assert!(!ron.similarity.get().is_empty());
    assert_eq!(ds.similarity.get(), ron.similarity.get());
}
