//! Job titles onto levels: a small lexicon built here pins the matching rules, and the
//! built-in framework's own lexicon is checked against titles seen on real resumes.

use ctopath_evidence::{TitleMatch, match_title};
use ctopath_framework::{Level, TitleEntry, TitleKind, TitleLexicon, TitleModifier};

fn level(n: u32) -> Level {
    Level {
        id: format!("L{n}"),
        number: n,
        tour: "t".into(),
        summary: String::new(),
        mapped_from: None,
    }
}

fn entry(phrases: &[&str], level: &str, route: Option<&str>, kind: TitleKind) -> TitleEntry {
    TitleEntry {
        phrases: phrases.iter().map(|p| p.to_string()).collect(),
        level: level.into(),
        route: route.map(Into::into),
        kind,
    }
}

fn small() -> (TitleLexicon, Vec<Level>) {
    use TitleKind::*;
    let se = Some("se");
    let lexicon = TitleLexicon {
        entries: vec![
            entry(&["junior"], "L1", se, Individual),
            entry(
                &["engineer", "developer", "software engineer"],
                "L2",
                se,
                Individual,
            ),
            entry(&["senior software engineer"], "L3", se, Individual),
            entry(
                &["staff engineer", "staff software engineer"],
                "L4",
                se,
                Individual,
            ),
            entry(&["engineering manager"], "L5", se, Manager),
            entry(&["senior engineering manager"], "L6", se, Manager),
            entry(&["director", "head of engineering"], "L7", se, Manager),
            entry(&["vp engineering", "vp"], "L8", se, Executive),
            entry(&["cto"], "L10", None, Executive),
            entry(&["co-founder & cto", "co-founder"], "L10", None, Founder),
            entry(&["interim cto", "fractional cto"], "L10", None, Fractional),
            entry(&["distinguished engineer"], "L9", se, Individual),
        ],
        modifiers: vec![
            TitleModifier {
                phrases: vec!["senior".into(), "sr.".into()],
                level_shift: 1,
                at_least: None,
                at_most: None,
            },
            TitleModifier {
                phrases: vec!["junior".into(), "jr".into()],
                level_shift: -1,
                at_least: None,
                at_most: None,
            },
            TitleModifier {
                phrases: vec!["acting".into(), "interim".into()],
                level_shift: 0,
                at_least: None,
                at_most: None,
            },
        ],
        other_functions: vec!["sales".into()],
        adjacent_functions: vec!["product".into()],
        engineering_functions: vec!["engineering".into()],
        grades: Vec::new(),
        grade_employers: Vec::new(),
        enterprise_employers: Vec::new(),
        employer_grades: Vec::new(),
    };
    (lexicon, (1..=10).map(level).collect())
}

fn check(
    m: Option<TitleMatch>,
    level: &str,
    kind: TitleKind,
    acting: bool,
    shift: i32,
) -> TitleMatch {
    let m = m.expect("a match");
    assert_eq!(
        (m.level.as_str(), m.kind, m.acting, m.shift),
        (level, kind, acting, shift),
        "{m:?}"
    );
    m
}

#[test]
fn small_lexicon_rules() {
    use TitleKind::*;
    let (lx, lv) = small();
    let t = |s: &str| match_title(s, &lx, &lv);
    // The longest phrase wins; a phrase that already says "senior" is not shifted again.
    check(t("Senior Software Engineer"), "L3", Individual, false, 0);
    check(t("Sr. Software Engineer"), "L3", Individual, false, 0);
    // A modifier in front of an individual title moves it.
    check(t("Senior Staff Engineer"), "L5", Individual, false, 1);
    check(t("Jr Developer"), "L1", Individual, false, -1);
    // Clamped to the ladder: L9 + 1 + 1 would be L11.
    check(
        t("Senior Senior Distinguished Engineer"),
        "L10",
        Individual,
        false,
        1,
    );
    // No shifts for managers and executives.
    check(t("Senior Director"), "L7", Manager, false, 0);
    check(t("Sr. Eng. Mgr."), "L6", Manager, false, 0);
    check(t("Senior Manager, Engineering"), "L6", Manager, false, 0);
    check(t("VP, Engineering"), "L8", Executive, false, 0);
    check(t("Head of Engineering"), "L7", Manager, false, 0);
    // Acting and interim are flags, unless the lexicon has the phrase itself.
    check(t("Acting Engineering Manager"), "L5", Manager, true, 0);
    check(t("Interim CTO"), "L10", Fractional, false, 0);
    check(t("Interim VP Engineering"), "L8", Executive, true, 0);
    // Founders and abbreviations.
    let m = check(t("Co-Founder & CTO"), "L10", Founder, false, 0);
    assert_eq!(m.phrase, "co-founder & cto");
    assert_eq!(m.route, None);
    check(t("C.T.O."), "L10", Executive, false, 0);
    // Whole words only: "engineering" is not "engineer".
    assert_eq!(t("Engineering"), None);
    assert_eq!(t("Barista"), None);
    assert_eq!(t(""), None);
}

#[test]
fn builtin_lexicon_titles() {
    use TitleKind::*;
    let fw = ctopath_framework::builtin::framework();
    let Some(lx) = fw.title_lexicon.as_ref() else {
        panic!("the built-in framework has no title_lexicon yet");
    };
    let t = |s: &str| match_title(s, lx, &fw.levels);
    let route = |m: &TitleMatch| m.route.clone().unwrap_or_default();

    let m = check(t("Co-founder & CTO"), "L10", Founder, false, 0);
    assert_eq!(m.phrase, "co-founder & cto");
    check(t("CTO & Co-founder"), "L10", Founder, false, 0);
    check(t("Head of Engineering"), "L7", Manager, false, 0);
    check(t("VP, Engineering"), "L8", Executive, false, 0);
    check(t("SVP Engineering"), "L9", Executive, false, 0);
    check(t("Staff Software Engineer"), "L4", Individual, false, 0);
    check(t("Principal Engineer"), "L5", Individual, false, 0);
    check(
        t("Senior Staff Software Engineer"),
        "L5",
        Individual,
        false,
        1,
    );
    check(t("Sr. Software Engineer"), "L3", Individual, false, 0);
    check(t("Fractional CTO"), "L10", Fractional, false, 0);
    check(t("Interim CTO"), "L10", Fractional, false, 0);
    check(t("Acting Director of Engineering"), "L7", Manager, true, 0);
    check(t("Engineering Manager, Payments"), "L5", Manager, false, 0);

    // A speciality between the seniority and the job does not hide the seniority.
    check(t("Senior Java Developer"), "L3", Individual, false, 1);
    check(t("Senior iOS Engineer"), "L3", Individual, false, 1);
    check(
        t("Senior Embedded Software Engineer"),
        "L3",
        Individual,
        false,
        1,
    );
    check(t("Junior Frontend Developer"), "L1", Individual, false, -1);
    check(t("Senior Staff iOS Engineer"), "L5", Individual, false, 3);
    // "Lead" makes an individual title a lead's, and no more than that.
    check(t("Lead Frontend Engineer"), "L4", Individual, false, 2);
    check(t("Lead iOS Developer"), "L4", Individual, false, 2);
    check(t("Lead Architect"), "L4", Individual, false, 0);
    // A tech lead manager manages: the longer phrase wins over "tech lead".
    check(t("Tech Lead Manager"), "L5", Manager, false, 0);
    check(t("EM, Payments"), "L5", Manager, false, 0);
    // A senior title in another function is not on the engineering ladder, unless it
    // names engineering too or the person founded the company.
    assert_eq!(t("VP of Sales"), None);
    assert_eq!(t("Director, Product"), None);
    check(t("VP Product & Engineering"), "L8", Executive, false, 0);
    check(t("Co-founder, Head of Product"), "L10", Founder, false, 0);
    // A bank's corporate grade beside an engineer's job is a grade, not an executive role.
    check(
        t("Vice President, Software Engineer"),
        "L3",
        Individual,
        false,
        0,
    );
    check(
        t("Assistant Vice President, Java Developer"),
        "L2",
        Individual,
        false,
        0,
    );
    check(t("VP - Lead Software Engineer"), "L4", Individual, false, 0);
    check(
        t("Vice President of Engineering"),
        "L8",
        Executive,
        false,
        0,
    );
    check(t("Director, Software Engineering"), "L7", Manager, false, 0);
    check(t("Associate VP Engineering"), "L7", Manager, false, 0);
    // A seniority word before a job the lexicon does not know is that job's seniority,
    // not a principal engineer or a junior one.
    assert_eq!(t("Principal Surveyor"), None);
    assert_eq!(t("Associate Partner"), None);
    check(
        t("Associate Software Engineer"),
        "L1",
        Individual,
        false,
        -1,
    );
    check(t("Principal"), "L5", Individual, false, 0);
    // A dash or a bar between role and function reads like the comma.
    check(t("Manager - Engineering"), "L5", Manager, false, 0);
    check(t("Director | Engineering"), "L7", Manager, false, 0);
    check(t("Enterprise Architect"), "L5", Individual, false, 0);
    check(t("Chief Architect"), "L8", Individual, false, 0);
    check(t("Chapter Lead"), "L5", Manager, false, 0);
    check(t("Tribe Lead"), "L7", Manager, false, 0);
    // Managers and heads of one speciality.
    check(t("SRE Manager"), "L5", Manager, false, 0);
    check(t("Data Science Manager"), "L5", Manager, false, 0);
    check(t("Head of Security"), "L7", Manager, false, 0);
    check(t("Engineering Program Manager"), "L4", Individual, false, 0);
    // A numbered level beside one plain title says how senior the engineer is.
    check(t("Software Engineer (E6)"), "L4", Individual, false, 0);
    check(t("Software Engineer, IC3"), "L3", Individual, false, 0);
    check(t("Engineering Manager (M1)"), "L5", Manager, false, 0);
    // Chiefs of one part of technology, and a CTO's deputy, sit an SVP's level.
    check(t("Chief Data Officer"), "L9", Executive, false, 0);
    check(t("CISO"), "L9", Executive, false, 0);
    check(t("Deputy CTO"), "L9", Executive, false, 0);
    // A business unit named after a technology chief is where the job is, not its
    // function: "Retail" is also a shop floor, but not beside a CIO.
    check(t("CIO, Retail Division"), "L10", Executive, false, 0);
    // Two roles joined: the executive one is the top of the job.
    check(t("Chief Architect & CTO"), "L10", Executive, false, 0);
    // Internal IT's first grades.
    check(t("IT Support Specialist"), "L1", Individual, false, 0);
    check(
        t("Senior Systems Administrator"),
        "L3",
        Individual,
        false,
        1,
    );
    // Entry-level words mark a job's first grade, in front or behind.
    check(t("Graduate Software Engineer"), "L1", Individual, false, -1);
    check(t("Software Engineer Intern"), "L1", Individual, false, -1);
    check(t("Trainee Developer"), "L1", Individual, false, -1);
    assert!(t("Trainee Accountant").is_none());
    check(t("CISO, Retail Banking"), "L9", Executive, false, 0);
    assert!(t("Director, Retail").is_none());
    check(
        t("Chief Technology & Product Officer"),
        "L10",
        Executive,
        false,
        0,
    );
    // A founder's part makes the company the person's own, whichever part names the job.
    check(t("VP Engineering & Co-founder"), "L8", Founder, false, 0);
    check(t("Co-founder, VP Engineering"), "L8", Founder, false, 0);
    check(
        t("Head of Engineering (Co-founder)"),
        "L7",
        Founder,
        false,
        0,
    );
    check(t("VP Engineering"), "L8", Executive, false, 0);
    check(
        t("VP Engineering, Founders Fund"),
        "L8",
        Executive,
        false,
        0,
    );
    // A seniority word that ends the title, as Spanish and French titles place it.
    check(t("Software Engineer Senior"), "L3", Individual, false, 1);
    check(
        t("Software Engineer Backend Senior"),
        "L3",
        Individual,
        false,
        1,
    );
    check(t("Sr Software Eng"), "L3", Individual, false, 0);
    check(t("Sr. Software Eng."), "L3", Individual, false, 0);
    check(t("Head of Eng"), "L7", Manager, false, 0);
    check(t("VP Eng"), "L8", Executive, false, 0);
    check(t("Eng Manager"), "L5", Manager, false, 0);
    // A title in parts: a lead role named beside the base title decides.
    check(t("Software Engineer (Team Lead)"), "L4", Manager, false, 0);
    check(
        t("Senior Software Engineer - Tech Lead"),
        "L4",
        Individual,
        false,
        0,
    );
    check(
        t("Engineering Manager / Tech Lead"),
        "L5",
        Manager,
        false,
        0,
    );
    check(
        t("Principal Software Engineer / Architect"),
        "L5",
        Individual,
        false,
        0,
    );
    check(
        t("Senior Software Engineer (Acting Engineering Manager)"),
        "L5",
        Manager,
        true,
        0,
    );
    check(t("Software Engineer (Intern)"), "L1", Individual, false, 0);
    check(
        t("Software Engineer | Payments"),
        "L2",
        Individual,
        false,
        0,
    );
    // A lead of a speciality, and SRE as a title of its own.
    check(t("Backend Lead"), "L4", Manager, false, 0);
    check(t("Senior SRE"), "L3", Individual, false, 1);
    check(t("Lead SRE"), "L4", Individual, false, 2);
    // A speciality next to a manager's or director's title changes nothing.
    check(
        t("Senior Software Engineering Manager"),
        "L6",
        Manager,
        false,
        0,
    );
    check(t("Director of Mobile Engineering"), "L7", Manager, false, 0);
    // Where "principal" ranks above "senior", a principal engineering manager is at least a
    // senior one, not a plain engineering manager.
    check(
        t("Principal Software Engineering Manager"),
        "L6",
        Manager,
        false,
        0,
    );

    // A technology consultancy's grades: consultant, senior, lead and principal.
    check(t("Consultant"), "L2", Individual, false, 0);
    check(t("Senior Consultant"), "L3", Individual, false, 1);
    check(t("Lead Consultant"), "L4", Individual, false, 2);
    check(t("Principal Consultant"), "L5", Individual, false, 3);
    // "TL" is a tech lead, alone or beside a base title.
    check(t("TL"), "L4", Individual, false, 0);
    check(t("Senior Engineer (TL)"), "L4", Individual, false, 0);
    // Consulting in another function is not engineering.
    assert!(t("Management Consultant").is_none());
    assert!(t("Sales Consultant").is_none());

    // Numbered quality grades read like the software ones.
    check(t("QA Engineer II"), "L2", Individual, false, 0);
    check(t("SDET III"), "L3", Individual, false, 0);
    let qa = check(t("QA Engineer"), "L1", Individual, false, 0);
    assert_eq!(route(&qa), "quality_engineering");
    let sdet = check(t("Senior SDET"), "L3", Individual, false, 0);
    assert_eq!(route(&sdet), "quality_engineering");
    let qe = check(t("QE Manager"), "L5", Manager, false, 0);
    assert_eq!(route(&qe), "quality_engineering");
    let dir = check(
        t("Director of Quality Engineering"),
        "L7",
        Manager,
        false,
        0,
    );
    assert_eq!(route(&dir), "quality_engineering");
    // The same job with the function after a comma, or written before the rank.
    for title in [
        "Director, Quality Engineering",
        "Quality Assurance Director",
        "Head of Test",
    ] {
        let m = check(t(title), "L7", Manager, false, 0);
        assert_eq!(route(&m), "quality_engineering", "{title}");
    }
    // "Principal" alone is a software engineering title; beside SDET it is quality's.
    let principal = check(t("Principal SDET"), "L5", Individual, false, 0);
    assert_eq!(route(&principal), "quality_engineering");
    let architect = check(t("Test Automation Architect"), "L4", Individual, false, 0);
    assert_eq!(route(&architect), "quality_engineering");
    check(
        t("Senior Test Automation Engineer"),
        "L3",
        Individual,
        false,
        1,
    );
}

/// At a bank that grades everyone, a grade is read as a grade even alone; elsewhere the
/// same words are an executive's title.
#[test]
fn at_a_grading_employer_a_grade_alone_is_not_an_executive_title() {
    let fw = ctopath_framework::builtin::framework();
    let lx = fw.title_lexicon.as_ref().expect("the built-in lexicon");
    let index = ctopath_evidence::TitleIndex::new(lx, &fw.levels);
    let at = |title: &str, org: &str| {
        let m = index.match_title_at(title, Some(org)).expect(title);
        (m.level, m.kind)
    };
    use TitleKind::*;
    assert_eq!(
        at("Vice President", "JPMorgan Chase & Co."),
        ("L3".into(), Individual)
    );
    assert_eq!(
        at("Vice President, Technology", "Goldman Sachs"),
        ("L3".into(), Individual)
    );
    assert_eq!(
        at("Executive Director", "Morgan Stanley"),
        ("L5".into(), Individual)
    );
    // A manager's job beside the grade still decides.
    assert_eq!(
        at("Managing Director, Head of Engineering", "Barclays"),
        ("L7".into(), Manager)
    );
    // Alone, a managing director runs an organisation: the grade's own kind.
    assert_eq!(
        at("Managing Director, Engineering", "Barclays"),
        ("L6".into(), Manager)
    );
    // A challenger bank's VP is an executive: only the named employers grade.
    assert_eq!(at("Vice President", "Monzo Bank"), ("L8".into(), Executive));
    assert_eq!(at("Vice President", "Acme"), ("L8".into(), Executive));
}

/// A numbered level that one employer gives ("L6" at Google) is read only in titles held
/// there, with that employer's meaning.
#[test]
fn an_employers_own_numbered_levels_are_read_only_there() {
    let fw = ctopath_framework::builtin::framework();
    let lx = fw.title_lexicon.as_ref().expect("the built-in lexicon");
    let index = ctopath_evidence::TitleIndex::new(lx, &fw.levels);
    let at = |title: &str, org: &str| index.match_title_at(title, Some(org)).expect(title).level;
    assert_eq!(at("Software Engineer (L6)", "Google"), "L4");
    assert_eq!(at("Software Engineer, L6", "Amazon Web Services"), "L3");
    assert_eq!(at("Software Engineer (L6)", "Acme"), "L2");
    // A higher job beside the level keeps its own reading.
    assert_eq!(at("Staff Software Engineer (L5)", "Google LLC"), "L4");
    // A manager's title is read as usual.
    assert_eq!(at("Engineering Manager (L6)", "Google"), "L5");
}
