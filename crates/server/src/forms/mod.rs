//! Reading HTML forms into the profile model, and putting every problem next to the
//! field it concerns: parse errors (a date that is not a date) straight from the
//! form, rule breaks from the profile's own validation by their field path
//! (`positions[2].end` → the position form's `end` field).

pub mod achievement;
pub mod person;
pub mod position;
pub mod rating;
pub mod tour;

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use ctopath_profile::PartialDate;

use crate::error::{Failure, PageError, ProblemView};

/// A URL-encoded form body, keeping repeated fields (checkbox groups).
#[derive(Debug, Default, Clone)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> FormData {
        FormData(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value of `name`, trimmed; empty when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        matches!(self.get(name), "true" | "on" | "yes")
    }
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| Failure::bad_request(e.body_text()))?;
        Ok(FormData::parse(&bytes))
    }
}

/// Messages by form field name, plus the ones no field owns.
#[derive(Debug, Default, Clone)]
pub struct FormErrors {
    fields: BTreeMap<String, String>,
    pub general: Vec<ProblemView>,
}

impl FormErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.fields
            .entry(field.to_string())
            .or_insert_with(|| message.into());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_empty()
    }

    pub fn len(&self) -> usize {
        self.fields.len() + self.general.len()
    }

    /// Places validation problems: those under `prefix` (e.g. `positions[2]`) go to
    /// the field `to_field` names for the rest of their path; the others are
    /// general.
    pub fn absorb(
        &mut self,
        problems: Vec<ProblemView>,
        prefix: &str,
        to_field: impl Fn(&str) -> Option<&'static str>,
    ) {
        for p in problems {
            let rest = if prefix.is_empty() {
                Some(p.path.as_str())
            } else {
                p.path
                    .strip_prefix(prefix)
                    .and_then(|r| r.strip_prefix('.'))
            };
            match rest.and_then(&to_field) {
                Some(field) => {
                    let text = if p.help.is_empty() {
                        p.message.clone()
                    } else {
                        format!("{}: {}", p.message, p.help)
                    };
                    self.add(field, text);
                }
                None => self.general.push(p),
            }
        }
    }
}

/// Optional text: empty means absent.
pub fn text(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}

pub fn date(form: &FormData, field: &str, errors: &mut FormErrors) -> Option<PartialDate> {
    let value = form.get(field);
    if value.is_empty() {
        return None;
    }
    match PartialDate::parse(value) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.add(
                field,
                format!("{value:?} is not a date ({e}): write YYYY, YYYY-MM or YYYY-MM-DD"),
            );
            None
        }
    }
}

pub fn whole(form: &FormData, field: &str, errors: &mut FormErrors) -> Option<u32> {
    let value = form.get(field);
    if value.is_empty() {
        return None;
    }
    match value.replace([',', '_', ' '], "").parse::<u32>() {
        Ok(n) => Some(n),
        Err(_) => {
            errors.add(
                field,
                format!("{value:?} is not a whole number: write e.g. 12"),
            );
            None
        }
    }
}

pub fn number(form: &FormData, field: &str, errors: &mut FormErrors) -> Option<f64> {
    let value = form.get(field);
    if value.is_empty() {
        return None;
    }
    match value.replace([',', '_', ' '], "").parse::<f64>() {
        Ok(n) if n.is_finite() => Some(n),
        _ => {
            errors.add(
                field,
                format!("{value:?} is not a number: write e.g. 45 or 7.5"),
            );
            None
        }
    }
}

/// Lines of a textarea, blank ones dropped.
pub fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The index in a path segment such as `highlights[3]`.
pub fn list_field(rest: &str, list: &str) -> bool {
    rest == list || rest.strip_prefix(list).is_some_and(|r| r.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_land_on_their_field_or_stay_general() {
        let problem = |path: &str| ProblemView {
            path: path.into(),
            location: None,
            message: "bad".into(),
            help: "fix it".into(),
        };
        let mut errors = FormErrors::default();
        errors.absorb(
            vec![
                problem("positions[1].end"),
                problem("positions[0].end"),
                problem("goal.preferred_path"),
            ],
            "positions[1]",
            |rest| (rest == "end").then_some("end"),
        );
        assert_eq!(errors.get("end"), Some("bad: fix it"));
        assert_eq!(
            errors.general.len(),
            2,
            "other entries' problems stay general"
        );
    }

    #[test]
    fn reads_repeated_fields_and_numbers() {
        let form = FormData::parse(b"c=a&c=b&c=&n=1%2C200&d=2024-13&x=+hi+");
        assert_eq!(form.all("c"), ["a", "b"]);
        assert_eq!(form.get("x"), "hi");
        let mut errors = FormErrors::default();
        assert_eq!(whole(&form, "n", &mut errors), Some(1200));
        assert_eq!(date(&form, "d", &mut errors), None);
        assert!(errors.get("d").unwrap().contains("YYYY-MM"));
    }
}
