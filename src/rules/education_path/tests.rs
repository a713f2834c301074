use super::*;

fn stages(text: &[&str]) -> Vec<(StageKind, String, Option<String>, bool)> {
    let owned: Vec<String> = text.iter().map(|s| s.to_string()).collect();
    path(&owned)
        .into_iter()
        .map(|s| (s.kind, s.stage, s.length, s.alternative))
        .collect()
}

#[test]
fn lengths_are_read_as_written() {
    assert_eq!(
        length("a two- to three-year college program").as_deref(),
        Some("two- to three-year")
    );
    assert_eq!(
        length("three or four years of supervised work").as_deref(),
        Some("three or four years")
    );
    assert_eq!(
        length("up to four years of supervised practical training").as_deref(),
        Some("up to four years")
    );
    assert_eq!(
        length("a four- to five-year apprenticeship program").as_deref(),
        Some("four- to five-year")
    );
    assert_eq!(
        length("a two- to three- year college program").as_deref(),
        Some("two- to three- year")
    );
    assert_eq!(length("a college program in dietary technology"), None);
    assert_eq!(length("18-year-old applicants"), None);
}

#[test]
fn the_stages_of_an_electrician_come_in_order() {
    let s = stages(&[
        "Completion of secondary school is usually required.",
        "Completion of a four- to five-year apprenticeship program is usually required.",
        "Red Seal endorsement is also available to qualified construction electricians upon successful completion of the interprovincial Red Seal examination.",
    ]);
    let kinds: Vec<StageKind> = s.iter().map(|x| x.0).collect();
    assert_eq!(kinds[..2], [StageKind::School, StageKind::Program]);
    assert_eq!(s[1].2.as_deref(), Some("four- to five-year"));
}

#[test]
fn an_engineers_path_puts_practice_and_the_exam_before_the_licence() {
    let s = stages(&[
        "A bachelor's degree in civil engineering or in a related engineering discipline is required.",
        "Licensing by a provincial or territorial association of professional engineers is required to approve engineering drawings and reports and to practise as a Professional Engineer (P.Eng.).",
        "Engineers are eligible for registration following graduation from an accredited educational program, and after three or four years of supervised work experience in engineering and passing a professional practice examination.",
    ]);
    let kinds: Vec<StageKind> = s.iter().map(|x| x.0).collect();
    assert_eq!(
        kinds,
        [
            StageKind::Program,
            StageKind::Program,
            StageKind::Practice,
            StageKind::Exam,
            StageKind::Licence
        ]
    );
    assert_eq!(s[2].2.as_deref(), Some("three or four years"));
    assert_eq!(
        s[0].1,
        "A bachelor's degree in civil engineering or in a related engineering discipline"
    );
}

#[test]
fn a_subject_names_who_the_stages_are_for_and_an_or_is_an_alternative() {
    let owned = vec![
        "Ocularists require completion of the education program of the American Society of Ocularists and supervised practical training or a five-year supervised practical training program under a certified ocularist.".to_string(),
    ];
    let p = path(&owned);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert_eq!(p[0].who.as_deref(), Some("Ocularists"));
    assert_eq!(p[2].length.as_deref(), Some("five-year"));
    assert!(p[2].alternative);
    assert!(!p.iter().any(|s| s.university));
}

#[test]
fn a_school_certificate_is_a_program_and_a_degree_is_a_university_route() {
    let owned = vec![
        "A bachelor's degree in education is required.".to_string(),
        "A provincial teaching certificate is required.".to_string(),
    ];
    let p = path(&owned);
    assert_eq!((p[0].kind, p[0].university), (StageKind::Program, true));
    assert_eq!(
        (p[1].kind, p[1].asked),
        (StageKind::Licence, Asked::Required)
    );
}
