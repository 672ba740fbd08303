//! CVs as a reader, an applicant tracking system and a PDF viewer see them.

mod support;

use std::path::Path;

use ctopath_pdf::Theme;
use serde_json::{Value, json};
use support::{
    assert_in_order, engine, info, info_field, objects, page_count, text, two_page_resume,
    web_addresses,
};

fn highlights(resume: &Value) -> Vec<String> {
    resume["work"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|job| job["highlights"].as_array().cloned().unwrap_or_default())
        .map(|h| h.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_name_and_every_highlight_extract_in_document_order() {
    let resume = json!({
        "basics": {"name": "Ingrid Halvorsen", "label": "Head of Engineering"},
        "work": [
            {"name": "Fjord Analytics", "position": "Head of Engineering", "startDate": "2022-02",
             "highlights": ["Hired the first nine engineers", "Shipped the data warehouse in five months",
                            "Set up weekly architecture reviews"]},
            {"name": "Bergen Shipping", "position": "Tech Lead", "startDate": "2018-01", "endDate": "2022-01",
             "highlights": ["Moved route planning to the cloud", "Mentored three engineers into senior roles"]}
        ]
    });
    for theme in Theme::ALL {
        let pdf = engine().cv(&resume, theme).unwrap();
        let Some(text) = text(&pdf) else { return };
        let mut expected = vec![
            "Ingrid Halvorsen",
            "Head of Engineering",
            "Fjord Analytics",
            "Feb 2022 – Present",
        ];
        let all = highlights(&resume);
        expected.extend(all.iter().take(3).map(String::as_str));
        expected.extend(["Bergen Shipping", "Jan 2018 – Jan 2022"]);
        expected.extend(all.iter().skip(3).map(String::as_str));
        assert_in_order(&text, &expected);
    }
}

#[test]
fn the_two_page_fixture_renders_two_pages_with_every_highlight() {
    let resume = two_page_resume();
    for theme in Theme::ALL {
        let pdf = engine().cv(&resume, theme).unwrap();
        assert_eq!(page_count(&pdf), 2, "{theme}");
        if let Some(info) = info(&pdf) {
            assert_eq!(info_field(&info, "Pages"), "2", "{theme}");
        }
        if let Some(text) = text(&pdf) {
            let all = highlights(&resume);
            let mut expected = vec!["Mara Lindqvist"];
            expected.extend(all.iter().map(String::as_str));
            assert_in_order(&text, &expected);
            // Section headings follow the layout's order (Modern capitalises them).
            let lower = text.to_lowercase();
            assert_in_order(
                &lower,
                &[
                    "summary",
                    "experience",
                    "projects",
                    "skills",
                    "education",
                    "languages",
                ],
            );
        }
    }
}

#[test]
fn markup_in_the_data_prints_literally() {
    let hostile = [
        "#set page(width: 1pt)",
        "$x^2$ and <label> and @ref",
        "*not bold* _not emphasis_ `not raw` \\ ] [ } {",
        "#{panic(\"boom\")} = Not a heading // not a comment",
    ];
    let resume = json!({
        "basics": {"name": hostile[0], "label": hostile[1], "summary": hostile[3]},
        "work": [{"name": "Acme", "position": "Engineer", "highlights": [hostile[2], hostile[3]]}],
        "skills": [{"name": hostile[1], "keywords": [hostile[0]]}]
    });
    for theme in Theme::ALL {
        let pdf = engine().cv(&resume, theme).unwrap();
        // Had the name been evaluated, the page would be 1pt wide.
        let objects = objects(&pdf);
        assert!(
            objects.contains("/MediaBox[0 0 595.2756 841.8898]"),
            "{theme}: page size changed"
        );
        assert_eq!(page_count(&pdf), 1);
        if let Some(text) = text(&pdf) {
            for needle in hostile {
                assert!(
                    text.contains(needle),
                    "{theme}: `{needle}` not printed literally in:\n{text}"
                );
            }
        }
    }
}

#[test]
fn both_themes_render_with_their_own_fonts() {
    let resume = two_page_resume();
    let classic = engine().cv(&resume, Theme::Classic).unwrap();
    let modern = engine().cv(&resume, Theme::Modern).unwrap();
    assert_ne!(classic, modern);
    let (classic, modern) = (objects(&classic), objects(&modern));
    assert!(classic.contains("LibertinusSerif") && !classic.contains("Inter-"));
    assert!(modern.contains("Inter-") && !modern.contains("LibertinusSerif"));
    // Fonts are embedded (a font file stream), not referenced by name only.
    assert!(classic.contains("/FontFile") && modern.contains("/FontFile"));
}

#[test]
fn output_is_a_pdf_that_fetches_nothing() {
    let resume = json!({"basics": {"name": "Offline Person", "email": "o@example.org"},
                        "work": [{"name": "Acme", "position": "Engineer"}]});
    let pdf = engine().cv(&resume, Theme::Modern).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let objects = objects(&pdf);
    assert_eq!(web_addresses(&objects), Vec::<String>::new());
    for forbidden in [
        "/Launch",
        "/JavaScript",
        "/GoToR",
        "/SubmitForm",
        "/ImportData",
        "/EmbeddedFile",
    ] {
        assert!(!objects.contains(forbidden), "the PDF contains {forbidden}");
    }
    // The only link is the email address.
    let targets: Vec<_> = objects
        .match_indices("/URI(")
        .map(|(i, _)| &objects[i + 5..i + 27])
        .collect();
    assert_eq!(targets, ["mailto:o@example.org)>"]);
}

#[test]
fn only_web_addresses_from_the_resume_become_links() {
    let resume = json!({"basics": {"name": "Linked", "url": "https://linked.example.org/",
                                   "profiles": [{"network": "Evil", "url": "javascript:alert(1)"}]}});
    let pdf = engine().cv(&resume, Theme::Classic).unwrap();
    let objects = objects(&pdf);
    let targets: Vec<_> = objects
        .match_indices("/URI(")
        .map(|(i, _)| &objects[i + 5..])
        .collect();
    assert_eq!(targets.len(), 1, "exactly the web site is a link");
    assert!(
        targets[0].starts_with("https://linked.example.org/)"),
        "{}",
        &targets[0][..40]
    );
    assert!(
        !objects.contains("javascript:alert(1))>>"),
        "a javascript: link target was written"
    );
    assert_eq!(
        web_addresses(&objects)
            .iter()
            .filter(|a| !a.starts_with("https://linked.example.org/"))
            .count(),
        0
    );
    if let Some(text) = text(&pdf) {
        assert!(text.contains("linked.example.org") && text.contains("javascript:alert(1)"));
    }
}

#[test]
fn metadata_carries_the_name() {
    let pdf = engine().cv(&two_page_resume(), Theme::Classic).unwrap();
    let Some(info) = info(&pdf) else { return };
    assert_eq!(info_field(&info, "Title"), "Mara Lindqvist – CV");
    assert_eq!(info_field(&info, "Author"), "Mara Lindqvist");
    assert!(info_field(&info, "Keywords").contains("PCI DSS"));
    assert_eq!(info_field(&info, "Tagged"), "yes");
}

#[test]
fn gaps_and_wrong_types_render_without_them() {
    let cases = [
        json!({}),
        json!(null),
        json!({"basics": {"label": "No name given", "email": 42}}),
        json!({"basics": "not an object", "work": [{"highlights": "one string, not a list"}, 7, null]}),
        json!({"work": [{"position": "Engineer", "startDate": "sometime in 2019"}], "skills": [{"keywords": [1, true]}]}),
    ];
    for resume in cases {
        for theme in Theme::ALL {
            let pdf = engine()
                .cv(&resume, theme)
                .unwrap_or_else(|e| panic!("{resume}: {e}"));
            assert_eq!(page_count(&pdf), 1, "{resume}");
        }
    }
    let pdf = engine()
        .cv(
            &json!({"work": [{"position": "Engineer", "startDate": "sometime in 2019",
                               "highlights": "one string, not a list"}]}),
            Theme::Classic,
        )
        .unwrap();
    if let Some(text) = text(&pdf) {
        assert_in_order(
            &text,
            &[
                "Engineer",
                "sometime in 2019 – Present",
                "one string, not a list",
            ],
        );
    }
    if let Some(info) = info(&pdf) {
        assert_eq!(info_field(&info, "Title"), "Curriculum vitae");
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let resume = two_page_resume();
    assert_eq!(
        engine().cv(&resume, Theme::Modern).unwrap(),
        engine().cv(&resume, Theme::Modern).unwrap()
    );
}

#[test]
fn one_engine_serves_several_threads_at_once() {
    let resume = two_page_resume();
    let first = engine().cv(&resume, Theme::Classic).unwrap();
    std::thread::scope(|scope| {
        let handles: Vec<_> = Theme::ALL
            .into_iter()
            .cycle()
            .take(4)
            .map(|theme| {
                let engine = engine().clone();
                let resume = &resume;
                scope.spawn(move || (theme, engine.cv(resume, theme).unwrap()))
            })
            .collect();
        for handle in handles {
            let (theme, pdf) = handle.join().unwrap();
            assert_eq!(page_count(&pdf), 2);
            if theme == Theme::Classic {
                assert_eq!(pdf, first);
            }
        }
    });
}

/// The JSON Resume project's own sample and example resumes (read from
/// `../shared/realworld`, skipped when that folder is absent).
#[test]
fn real_json_resume_documents_render_with_their_names_and_highlights() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/realworld/jsonresume");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let mut files = vec![dir.join("sample.resume.json")];
    let mut examples: Vec<_> = std::fs::read_dir(dir.join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    examples.sort();
    files.extend(examples);
    for file in files {
        let resume: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for theme in Theme::ALL {
            let pdf = engine()
                .cv(&resume, theme)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(pdf.starts_with(b"%PDF-"));
            let Some(text) = text(&pdf) else { continue };
            let name = resume["basics"]["name"].as_str().unwrap();
            let mut expected = vec![name];
            let work_highlights: Vec<String> = resume["work"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|job| job["highlights"].as_array().cloned().unwrap_or_default())
                .filter_map(|h| {
                    h.as_str()
                        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                })
                .collect();
            expected.extend(work_highlights.iter().map(String::as_str));
            assert_in_order(&text, &expected);
        }
    }
}
