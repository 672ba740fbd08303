//! Lining an imported ladder up with the built-in one, with a title reader written here
//! so each rule of the alignment can be checked on its own.

use ctopath_framework::import::{Alignment, TitleReading, align_to, alignment, import_ft};
use ctopath_framework::{TitleKind, builtin, validate};

/// An FT-style ladder of six levels with one theme; `titles[i]` is level i+1's title.
fn ladder(titles: [&str; 6]) -> ctopath_framework::import::Imported {
    let mut yaml = String::from("name: Engineering\nlevels:\n");
    for (i, title) in titles.iter().enumerate() {
        yaml.push_str(&format!("  - id: l{i}\n    name: {title}\n"));
    }
    yaml.push_str("themes:\n  - id: delivery\n    name: Delivery\ncompetencies:\n");
    for i in 0..titles.len() {
        yaml.push_str(&format!(
            "  - level: l{i}\n    theme: delivery\n    summary: Ships work at level {i}.\n"
        ));
    }
    import_ft("engineering.yml", &yaml).unwrap_or_else(|e| panic!("{e}"))
}

/// A reader that knows exactly the titles given, as (title, level, kind).
fn reader(
    known: &'static [(&'static str, u32, TitleKind)],
) -> impl Fn(&str) -> Option<TitleReading> {
    move |title: &str| {
        let (_, number, kind) = known.iter().find(|(t, ..)| *t == title)?;
        Some(TitleReading {
            number: *number,
            kind: *kind,
            route: None,
        })
    }
}

const I: TitleKind = TitleKind::Individual;

#[test]
fn titles_anchor_levels_and_the_rest_count_from_their_neighbours() {
    let fw = ladder([
        "Junior",
        "Engineer",
        "Senior 1",
        "Senior 2",
        "Principal",
        "Director",
    ])
    .framework;
    let read = reader(&[
        ("Junior", 1, I),
        ("Engineer", 2, I),
        ("Senior 1", 3, I),
        // The second senior reads as the first; it must not share its level.
        ("Senior 2", 3, I),
        ("Director", 7, TitleKind::Manager),
    ]);
    let al = alignment(&fw, 10, &read);
    assert_eq!(al.reference, [1, 2, 3, 4, 5, 7]);
    assert_eq!(al.from_title, [true, true, true, false, false, true]);
    // Reference levels between anchors land on the level below; above the top, the top.
    let imported: Vec<usize> = (1..=10).map(|r| al.imported(r)).collect();
    assert_eq!(imported, [1, 2, 3, 4, 5, 5, 6, 6, 6, 6]);
}

#[test]
fn without_any_readable_title_level_n_stands_for_reference_level_n() {
    let fw = ladder(["a", "b", "c", "d", "e", "f"]).framework;
    let al = alignment(&fw, 4, &reader(&[]));
    assert_eq!(
        al.reference,
        [1, 2, 3, 4, 4, 4],
        "never past the reference's top"
    );
    assert_eq!(al.imported(4), 4, "a tie goes to the lowest level");
}

#[test]
fn levels_below_the_first_anchor_count_down_but_not_below_one() {
    let fw = ladder(["a", "b", "Staff", "d", "e", "f"]).framework;
    let al = alignment(&fw, 10, &reader(&[("Staff", 2, I)]));
    assert_eq!(al.reference, [1, 1, 2, 3, 4, 5]);
    let al = Alignment {
        reference: vec![2, 3],
        from_title: vec![true, true],
    };
    assert_eq!(al.imported(1), 1, "below the ladder is its first level");
}

#[test]
fn alignment_carries_rules_tours_and_stages_over_at_the_matching_levels() {
    let mut imported = ladder([
        "Junior",
        "Engineer",
        "Senior",
        "Staff",
        "Principal",
        "Director",
    ]);
    let read = reader(&[
        ("Junior", 1, I),
        ("Engineer", 2, I),
        ("Senior", 3, I),
        ("Staff", 4, I),
        ("Principal", 5, I),
        ("Director", 7, TitleKind::Manager),
    ]);
    let reference = builtin::framework();
    align_to(&mut imported, reference, &read);
    let fw = &imported.framework;
    assert_eq!(
        validate::validate(fw),
        [],
        "an aligned import is a valid framework"
    );

    let rules = fw.assessment.as_ref().expect("assessment rules");
    assert_eq!(rules.tech_lead_cap.as_deref(), Some("L4"));
    // The built-in's L8 rules (a VP's scope) can only show this ladder's top level.
    let ids: Vec<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    assert!(
        rules
            .scope_levels
            .iter()
            .all(|r| ids.contains(&r.level.as_str()))
    );
    assert!(rules.scope_levels.iter().any(|r| r.level == "L6"));
    assert_eq!(
        rules.min_years.get("L6"),
        reference.assessment.as_ref().unwrap().min_years.get("L7")
    );

    let lexicon = fw.title_lexicon.as_ref().expect("title lexicon");
    let level_of = |phrase: &str| {
        lexicon
            .entries
            .iter()
            .find(|e| e.phrases.iter().any(|p| p == phrase))
            .map(|e| e.level.as_str())
    };
    assert_eq!(
        level_of("senior"),
        Some("L3"),
        "the ladder's own title comes first"
    );
    assert_eq!(level_of("vp of engineering"), Some("L6"));
    assert_eq!(level_of("cto"), Some("L6"));
    // A bank's grades move with the ladder: a VP grade is the built-in senior (L3), a
    // managing director the built-in L6, which this ladder's Principal (L5) stands for.
    let grade_of = |phrase: &str| {
        (lexicon.grades.iter())
            .find(|g| g.phrases.iter().any(|p| p == phrase))
            .map(|g| g.level.as_str())
    };
    assert_eq!(grade_of("vice president"), Some("L3"));
    assert_eq!(grade_of("managing director"), Some("L5"));

    let tour_of: Vec<&str> = fw.levels.iter().map(|l| l.tour.as_str()).collect();
    assert_eq!(tour_of[0], "rotational");
    assert!(fw.tours.iter().all(|t| !t.levels.is_empty()));
    assert!(
        fw.stages
            .iter()
            .any(|s| s.levels.contains(&"L6".to_string()))
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l.contains("level L4 (Staff) ≈ cto-path L4")),
        "{:?}",
        imported.report
    );
}
