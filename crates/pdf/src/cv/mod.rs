//! From a JSON Resume document to the plain-text view the CV templates print.
//!
//! Nothing here fails: a resume with missing or mistyped fields renders with
//! what it has (the CLI validates resumes before they get this far).

mod dates;
mod fields;
mod layout;
mod sections;
mod view;

use serde_json::{Map, Value};

pub use view::CvView;
use view::{Header, Meta, SectionView};

/// Reduce `resume` (any JSON value; non-objects give an empty CV) to the view.
pub fn view(resume: &Value) -> CvView {
    let empty = Map::new();
    let resume = resume.as_object().unwrap_or(&empty);
    let basics = fields::object(resume, "basics").unwrap_or(&empty);
    let layout = layout::layout();

    let name = fields::text(basics, "name");
    let sections = layout
        .sections
        .iter()
        .filter_map(|spec| {
            let content = sections::read(&spec.key, resume, layout)?;
            (!content.is_empty()).then(|| SectionView {
                key: spec.key.clone(),
                heading: spec.heading.clone(),
                content,
            })
        })
        .collect();

    let letter = layout
        .letter_paper_countries
        .iter()
        .any(|code| *code == sections::country_code(basics));
    CvView {
        meta: Meta {
            title: if name.is_empty() {
                layout.untitled.clone()
            } else {
                format!("{name} – {}", layout.title_suffix)
            },
            author: if name.is_empty() {
                Vec::new()
            } else {
                vec![name.clone()]
            },
            paper: if letter { "us-letter" } else { "a4" },
            keywords: skill_keywords(resume),
        },
        header: Header {
            label: fields::text(basics, "label"),
            contacts: sections::contacts(basics),
            profiles: sections::profiles(basics),
            name,
        },
        sections,
    }
}

/// The skill names and keywords, once each, for the PDF's keyword metadata.
fn skill_keywords(resume: &Map<String, Value>) -> Vec<String> {
    let mut keywords: Vec<String> = Vec::new();
    for skill in fields::objects(resume, "skills") {
        let name = fields::text(skill, "name");
        for word in std::iter::once(name).chain(fields::texts(skill, "keywords")) {
            if !word.is_empty() && !keywords.contains(&word) {
                keywords.push(word);
            }
        }
    }
    keywords
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn full_resume() -> Value {
        json!({
            "basics": {"name": "Ada", "summary": "s", "location": {"countryCode": "us"}},
            "work": [{"name": "W"}], "volunteer": [{"organization": "V"}],
            "projects": [{"name": "P"}], "education": [{"institution": "E"}],
            "certificates": [{"name": "C"}], "awards": [{"title": "A"}],
            "publications": [{"name": "Pub"}], "skills": [{"name": "S"}],
            "languages": [{"language": "L"}], "interests": [{"name": "I"}]
        })
    }

    #[test]
    fn every_section_in_the_layout_has_a_reader() {
        let cv = view(&full_resume());
        let keys: Vec<_> = cv.sections.iter().map(|s| s.key.as_str()).collect();
        let expected: Vec<_> = layout::layout()
            .sections
            .iter()
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(keys, expected);
        assert_eq!(cv.meta.paper, "us-letter");
        assert_eq!(cv.meta.title, "Ada – CV");
    }

    #[test]
    fn a_value_that_is_not_a_resume_gives_an_empty_cv() {
        for value in [
            json!(null),
            json!([1, 2]),
            json!({"basics": "x", "work": {"a": 1}}),
        ] {
            let cv = view(&value);
            assert!(cv.sections.is_empty());
            assert!(cv.meta.author.is_empty());
            assert_eq!(cv.meta.paper, "a4");
        }
    }

    #[test]
    fn profiles_show_the_address_unless_it_lacks_the_username() {
        let cv = view(&json!({"basics": {"profiles": [
            {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
            {"network": "Twitter", "username": "ada_l", "url": "https://www.twitter.com"},
            {"network": "Mastodon", "username": "ada"},
            {"url": "https://example.org/ada"}
        ]}}));
        let shown: Vec<_> = cv
            .header
            .profiles
            .iter()
            .map(|p| (p.text.as_str(), p.href.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                ("github.com/ada", Some("https://github.com/ada")),
                ("Twitter: ada_l", Some("https://www.twitter.com")),
                ("Mastodon: ada", None),
                ("example.org/ada", Some("https://example.org/ada")),
            ]
        );
    }

    #[test]
    fn an_entry_without_a_title_uses_its_organisation() {
        let cv = view(&json!({"work": [{"name": "Acme", "startDate": "2020-01"}, {}]}));
        let json = serde_json::to_value(&cv.sections[0]).unwrap();
        assert_eq!(json["layout"], "entries");
        assert_eq!(json["entries"].as_array().unwrap().len(), 1);
        assert_eq!(json["entries"][0]["title"], "Acme");
        assert_eq!(json["entries"][0]["org"], "");
        assert_eq!(json["entries"][0]["dates"], "Jan 2020 – Present");
    }
}
