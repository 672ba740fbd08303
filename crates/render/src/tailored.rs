//! Documents from tailoring: the coverage report, the tailored CV, the cover letter
//! and the interview preparation, as Markdown and as self-contained HTML (inline
//! CSS, no external requests).
//!
//! The CV is rendered from its JSON Resume document through [`CvView`], so the
//! Markdown and HTML (and the PDF crate, if it likes) lay out the same content in
//! the same reading order: header, summary, experience, skills, projects,
//! education, certificates, languages.

pub mod html;
pub mod markdown;

use serde_json::Value;

/// Visual style of HTML output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Serif headings, black on white, one column.
    #[default]
    Classic,
    /// Sans-serif with a coloured accent, one column.
    Modern,
}

/// One job on the CV.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkView {
    pub title: String,
    pub organisation: String,
    pub dates: String,
    pub location: String,
    pub summary: String,
    pub highlights: Vec<String>,
}

/// A project on the CV.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectView {
    pub name: String,
    pub description: String,
    pub highlights: Vec<String>,
}

/// A JSON Resume laid out for reading, in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CvView {
    pub name: String,
    pub label: String,
    /// Email, phone, location, URL and profiles, each as shown.
    pub contact: Vec<String>,
    pub summary: String,
    pub work: Vec<WorkView>,
    /// (group name, keywords).
    pub skills: Vec<(String, Vec<String>)>,
    pub projects: Vec<ProjectView>,
    pub education: Vec<String>,
    pub certificates: Vec<String>,
    pub languages: Vec<String>,
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn list<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(separator)
}

/// "2021-04 – present", "2014-02 – 2018-08".
pub fn dates(start: &str, end: &str) -> String {
    match (start.is_empty(), end.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("{start} – present"),
        (true, false) => end.to_string(),
        (false, false) => format!("{start} – {end}"),
    }
}

impl CvView {
    /// Reads a JSON Resume document; missing sections are simply empty.
    pub fn from_json_resume(doc: &Value) -> CvView {
        let basics = doc.get("basics").cloned().unwrap_or(Value::Null);
        let mut contact = vec![text(&basics, "email"), text(&basics, "phone")];
        if let Some(loc) = basics.get("location") {
            contact.push(joined(
                &[
                    text(loc, "city"),
                    text(loc, "region"),
                    text(loc, "countryCode"),
                ],
                ", ",
            ));
        }
        contact.push(text(&basics, "url"));
        for p in list(&basics, "profiles") {
            contact.push(joined(&[text(p, "network"), text(p, "username")], ": "));
        }
        contact.retain(|c| !c.is_empty());
        CvView {
            name: text(&basics, "name"),
            label: text(&basics, "label"),
            contact,
            summary: text(&basics, "summary"),
            work: list(doc, "work")
                .map(|w| WorkView {
                    title: text(w, "position"),
                    organisation: text(w, "name"),
                    dates: dates(&text(w, "startDate"), &text(w, "endDate")),
                    location: text(w, "location"),
                    summary: text(w, "summary"),
                    highlights: strings(w, "highlights"),
                })
                .collect(),
            skills: list(doc, "skills")
                .map(|s| (text(s, "name"), strings(s, "keywords")))
                .filter(|(n, k)| !n.is_empty() || !k.is_empty())
                .collect(),
            projects: list(doc, "projects")
                .map(|p| ProjectView {
                    name: text(p, "name"),
                    description: text(p, "description"),
                    highlights: strings(p, "highlights"),
                })
                .collect(),
            education: list(doc, "education")
                .map(|e| {
                    let degree = joined(&[text(e, "studyType"), text(e, "area")], ", ");
                    let when = dates(&text(e, "startDate"), &text(e, "endDate"));
                    joined(&[degree, text(e, "institution"), when], " — ")
                })
                .filter(|s| !s.is_empty())
                .collect(),
            certificates: list(doc, "certificates")
                .map(|c| {
                    joined(
                        &[text(c, "name"), text(c, "issuer"), text(c, "date")],
                        " — ",
                    )
                })
                .filter(|s| !s.is_empty())
                .collect(),
            languages: list(doc, "languages")
                .map(|l| joined(&[text(l, "language"), text(l, "fluency")], " — "))
                .filter(|s| !s.is_empty())
                .collect(),
        }
    }
}

/// A score as a percentage, "73%".
pub fn percent(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(0.0, 100.0))
}
