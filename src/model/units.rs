//! A unit group and the file of one major group's unit groups: plain serde types with no
//! crate imports, so that `build.rs` includes this file too and writes the embedded unit groups
//! in their binary form (postcard) from the same types the crate reads them into.

use serde::{Deserialize, Serialize};

/// One NOC 2021 unit group (the five-digit occupation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroup {
    pub code: String,
    pub title: String,
    pub title_fr: String,
    /// Training, Education, Experience and Responsibility category: the code's second digit.
    pub teer: u8,
    pub definition: Text,
    #[serde(default)]
    pub definition_fr: Text,
    #[serde(default)]
    pub main_duties: Vec<Text>,
    /// Copied when read, unlike the other texts: every occupation's licensing and education
    /// path are read from them in the background after the first frame, which would bring
    /// back every page of the unit groups' embedded bytes.
    #[serde(default)]
    pub employment_requirements: Vec<String>,
    #[serde(default)]
    pub additional_information: Vec<Text>,
    #[serde(default)]
    pub inclusions: Vec<Text>,
    #[serde(default)]
    pub exclusions: Vec<Text>,
    #[serde(default)]
    pub illustrative_examples: Vec<Text>,
    #[serde(default)]
    pub example_titles: TextList,
    /// NOC 2016 V1.3 codes that the official correspondence links to this unit group.
    #[serde(default)]
    pub noc2016: Vec<String>,
}

impl UnitGroup {
    /// The code of the minor group this unit group belongs to (its first four digits).
    pub fn minor_code(&self) -> &str {
        self.code.get(..4).unwrap_or(&self.code)
    }
}

/// `noc/units/NN.ron`: the unit groups of one major group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroupFile {
    pub major_group: String,
    pub unit_groups: Vec<UnitGroup>,
}

pub use super::text::{Text, TextList};

#[cfg(test)]
mod tests {
    use super::super::text::borrowing;
    use super::{Text, TextList, UnitGroup};

    #[test]
    fn texts_read_from_static_bytes_borrow_them() {
        let group = UnitGroup {
            code: "32129".into(),
            title: "Other medical technologists and technicians".into(),
            title_fr: "Autres technologues et techniciens".into(),
            teer: 2,
            definition: "A definition.".into(),
            definition_fr: Text::default(),
            main_duties: vec!["Duty one".into(), "Duty two".into()],
            employment_requirements: Vec::new(),
            additional_information: Vec::new(),
            inclusions: Vec::new(),
            exclusions: Vec::new(),
            illustrative_examples: Vec::new(),
            example_titles: TextList::from(vec!["ocularist".to_string(), "x".to_string()]),
            noc2016: Vec::new(),
        };
        let bytes: &'static [u8] =
            Box::leak(postcard::to_stdvec(&group).unwrap().into_boxed_slice());
        let inside = |t: &str| {
            let p = t.as_ptr() as usize;
            let b = bytes.as_ptr() as usize;
            b <= p && p + t.len() <= b + bytes.len()
        };
        let borrowed: UnitGroup = borrowing(bytes, postcard::from_bytes).unwrap();
        assert_eq!(borrowed, group);
        assert!(inside(&borrowed.definition) && inside(&borrowed.main_duties[1]));
        assert!(inside(borrowed.example_titles.first().unwrap()));
        let copied: UnitGroup = postcard::from_bytes(bytes).unwrap();
        assert_eq!(copied, group);
        assert!(!inside(&copied.definition) && !inside(copied.example_titles.first().unwrap()));
        // Bytes that are not the ones handed to `borrowing` are copied from.
        let other = postcard::to_stdvec(&group).unwrap();
        let elsewhere: UnitGroup = borrowing(bytes, |_| postcard::from_bytes(&other)).unwrap();
        assert_eq!(elsewhere, group);
        assert!(!inside(&elsewhere.definition));
        let p = elsewhere.definition.as_ptr() as usize;
        assert!(!(other.as_ptr() as usize <= p && p < other.as_ptr() as usize + other.len()));
    }
}
