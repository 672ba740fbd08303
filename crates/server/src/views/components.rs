//! Small pieces every page uses: evidence with its source, problem lists, badges,
//! stat tiles, form fields with their messages.

use ctopath_engine::{Evidence, Severity};
use maud::{Markup, PreEscaped, html};

use crate::error::ProblemView;

/// The hidden field that carries the CSRF token.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name=(crate::csrf::FIELD) value=(token); }
}

/// Evidence items, each with where it came from in the input.
pub fn evidence_list(evidence: &[Evidence]) -> Markup {
    html! {
        @if evidence.is_empty() {
            p.muted.small { "No direct evidence in the profile yet." }
        } @else {
            ul.evidence {
                @for e in evidence {
                    li {
                        span.evidence-text { (e.text) }
                        @if !e.source.is_empty() {
                            code.source title=(format!("{} evidence from {}", e.kind, e.source)) { (e.source) }
                        }
                    }
                }
            }
        }
    }
}

pub fn problem_list(problems: &[ProblemView]) -> Markup {
    html! {
        ul.problems {
            @for p in problems {
                li {
                    code.source {
                        (p.path)
                        @if let Some(at) = &p.location { " · line:col " (at) }
                    }
                    span { (p.message) }
                    @if !p.help.is_empty() { span.muted.small { " " (p.help) } }
                }
            }
        }
    }
}

pub fn severity_badge(s: Severity) -> Markup {
    let (class, label) = match s {
        Severity::High => ("badge badge-bad", "High"),
        Severity::Medium => ("badge badge-warn", "Medium"),
        Severity::Low => ("badge badge-soft", "Low"),
    };
    html! { span class=(class) { (label) } }
}

pub fn badge(class: &str, label: &str) -> Markup {
    html! { span class=(format!("badge {class}")) { (label) } }
}

pub fn pct(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).round())
}

/// `snake_case` ids as words for people: `manager_director` → "Manager director".
pub fn words(id: &str) -> String {
    super::layout::capitalise(&id.replace('_', " "))
}

/// The framework's name for a stage, tour, route or role id, else the id in words.
pub fn name_in(fw: &ctopath_framework::Framework, id: &str) -> String {
    fw.stages
        .iter()
        .map(|s| (&s.id, &s.name))
        .chain(fw.tours.iter().map(|t| (&t.id, &t.name)))
        .chain(fw.routes.iter().map(|r| (&r.id, &r.name)))
        .find(|(i, _)| *i == id)
        .map_or_else(|| words(id), |(_, n)| n.clone())
}

/// `cto` → "CTO", `vp_engineering` → "VP Engineering".
pub fn role_label(id: &str) -> String {
    match id {
        "cto" => "CTO".into(),
        "vp_engineering" => "VP Engineering".into(),
        other => words(other),
    }
}

/// A big number with a label and a line of context.
pub fn stat(label: &str, value: &str, note: &str) -> Markup {
    html! {
        div.stat {
            span.stat-label { (label) }
            span.stat-value { (value) }
            @if !note.is_empty() { span.stat-note { (note) } }
        }
    }
}

/// Trusted SVG produced by ctopath-charts (it escapes every text it draws).
pub fn svg(markup: String) -> Markup {
    PreEscaped(markup)
}

/// One labelled form input with its hint and, when the last submission had a
/// problem here, the message right below it.
pub struct Field<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub kind: &'a str,
    pub hint: &'a str,
    pub error: Option<&'a str>,
    pub attrs: &'a [(&'a str, &'a str)],
}

impl<'a> Field<'a> {
    pub fn new(name: &'a str, label: &'a str, value: &'a str) -> Self {
        Field {
            name,
            label,
            value,
            kind: "text",
            hint: "",
            error: None,
            attrs: &[],
        }
    }

    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    pub fn error(mut self, error: Option<&'a str>) -> Self {
        self.error = error;
        self
    }

    pub fn attrs(mut self, attrs: &'a [(&'a str, &'a str)]) -> Self {
        self.attrs = attrs;
        self
    }

    pub fn render(&self) -> Markup {
        let id = format!("f-{}", self.name);
        let err_id = format!("{id}-error");
        let hint_id = format!("{id}-hint");
        let described = match (self.error.is_some(), self.hint.is_empty()) {
            (true, _) => err_id.clone(),
            (false, false) => hint_id.clone(),
            (false, true) => String::new(),
        };
        let mut attrs = String::new();
        for (k, v) in self.attrs {
            attrs.push_str(&format!(" {k}=\"{}\"", html_attr(v)));
        }
        html! {
            div class=(if self.error.is_some() { "field field-invalid" } else { "field" }) {
                label for=(id) { (self.label) }
                @if self.kind == "textarea" {
                    (PreEscaped(format!(
                        r#"<textarea id="{id}" name="{}"{}{}{}{}>{}</textarea>"#,
                        html_attr(self.name),
                        if self.attrs.iter().any(|(k, _)| *k == "rows") { "" } else { r#" rows="3""# },
                        if self.error.is_some() { r#" aria-invalid="true""# } else { "" },
                        if described.is_empty() { String::new() } else { format!(r#" aria-describedby="{described}""#) },
                        attrs,
                        html_attr(self.value)
                    )))
                } @else {
                    (PreEscaped(format!(
                        r#"<input id="{id}" name="{}" type="{}" value="{}"{}{}{}>"#,
                        html_attr(self.name),
                        html_attr(self.kind),
                        html_attr(self.value),
                        if self.error.is_some() { r#" aria-invalid="true""# } else { "" },
                        if described.is_empty() { String::new() } else { format!(r#" aria-describedby="{described}""#) },
                        attrs
                    )))
                }
                @if let Some(e) = self.error {
                    p.field-error id=(err_id) { (e) }
                } @else if !self.hint.is_empty() {
                    p.field-hint id=(hint_id) { (self.hint) }
                }
            }
        }
    }
}

/// A `<select>` with its label and message, like [`Field`].
pub fn select(
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    error: Option<&str>,
) -> Markup {
    let id = format!("f-{name}");
    html! {
        div class=(if error.is_some() { "field field-invalid" } else { "field" }) {
            label for=(id) { (label) }
            select id=(id) name=(name) aria-invalid=[error.map(|_| "true")] {
                @for (value, text) in options {
                    option value=(value) selected[value == selected] { (text) }
                }
            }
            @if let Some(e) = error { p.field-error id=(format!("{id}-error")) { (e) } }
        }
    }
}

pub fn checkbox(name: &str, label: &str, checked: bool) -> Markup {
    let id = format!("f-{name}");
    html! {
        div.field.field-check {
            input id=(id) type="checkbox" name=(name) value="true" checked[checked];
            label for=(id) { (label) }
        }
    }
}

fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_escapes_its_value_and_shows_its_error() {
        let html = Field::new("title", "Title", r#""><script>x</script>"#)
            .error(Some("needs text"))
            .render()
            .into_string();
        assert!(!html.contains("<script>"));
        let area = Field::new("t", "T", "</textarea><b>")
            .kind("textarea")
            .attrs(&[("rows", "9")])
            .render()
            .into_string();
        assert!(!area.contains("</textarea><b>") && area.contains(r#"rows="9""#));
        assert!(html.contains("&quot;&gt;&lt;script&gt;"));
        assert!(html.contains(r#"aria-invalid="true""#));
        assert!(html.contains("needs text"));
    }
}
