//! Sentence templates, kept as data in `data/templates.yaml` and parsed once.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

pub const TEMPLATES_YAML: &str = include_str!("../data/templates.yaml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    pub summary: Vec<SummaryTemplate>,
    pub letter: LetterTemplates,
    /// Requirement kind → question.
    pub questions: BTreeMap<String, String>,
    pub story_hints: StoryHints,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryTemplate {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterTemplates {
    pub greeting: String,
    pub opening: Opening,
    pub current: String,
    pub stage: StageTemplates,
    pub project: ProjectTemplates,
    pub team: ListTemplates,
    pub bring: ListTemplates,
    pub closing: String,
    pub sign_off: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opening {
    pub with_company: String,
    pub without_company: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageTemplates {
    pub same: String,
    pub other: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectTemplates {
    pub intro: String,
    pub metric: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListTemplates {
    pub intro: String,
    pub item: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryHints {
    pub task: String,
    pub result: String,
    pub situation: String,
}

static BUILTIN: LazyLock<Templates> = LazyLock::new(|| {
    serde_saphyr::from_str(TEMPLATES_YAML)
        .unwrap_or_else(|e| panic!("the built-in templates are invalid: {e}"))
});

pub fn builtin() -> &'static Templates {
    &BUILTIN
}

/// Fills `{name}` placeholders; `None` when any placeholder has no value, so a
/// sentence is never written with a fact it does not have.
pub fn fill(template: &str, values: &[(&str, &str)]) -> Option<String> {
    fill_optional(template, values, &[])
}

/// Like [`fill`], but the placeholders named in `optional` may be blank.
pub fn fill_optional(template: &str, values: &[(&str, &str)], optional: &[&str]) -> Option<String> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        let name = &rest[open + 1..close];
        let (_, value) = values.iter().find(|(k, _)| *k == name)?;
        if value.trim().is_empty() && !optional.contains(&name) {
            return None;
        }
        out.push_str(value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_or_refuses() {
        assert_eq!(
            fill(
                "{title} for {years} years.",
                &[("title", "CTO"), ("years", "3")]
            )
            .as_deref(),
            Some("CTO for 3 years.")
        );
        assert_eq!(
            fill("{title} for {years} years.", &[("title", "CTO")]),
            None
        );
        assert_eq!(fill("{title}.", &[("title", " ")]), None);
    }

    #[test]
    fn every_placeholder_is_known() {
        let t = builtin();
        assert!(t.summary.iter().any(|s| s.id == "identity"));
        for kind in [
            "technology",
            "domain",
            "leadership",
            "experience",
            "seniority",
            "responsibility",
            "qualification",
        ] {
            assert!(
                t.questions.contains_key(kind),
                "no question template for {kind}"
            );
        }
    }
}
