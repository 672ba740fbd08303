//! The achievement form: what changed, the number that moved, and the competencies
//! it shows (suggested from the text when the person picks none).

use ctopath_framework::Framework;
use ctopath_profile::{Achievement, Metric, Profile};
use maud::{Markup, html};

use super::{FormData, FormErrors, date, number, text};
use crate::views::components::{Field, csrf_field, problem_list, select};

pub fn read(
    form: &FormData,
    mut a: Achievement,
    fw: &Framework,
    errors: &mut FormErrors,
) -> Achievement {
    a.what_changed = form.get("what_changed").to_string();
    if a.what_changed.is_empty() {
        errors.add(
            "what_changed",
            "say what is different now, in a sentence, e.g. \"Cut deploy time from 45 to 7 minutes\"",
        );
    }
    let before = number(form, "before", errors);
    let after = number(form, "after", errors);
    let name = form.get("metric");
    a.metric = match (before, after) {
        (Some(before), Some(after)) => Some(Metric {
            name: if name.is_empty() {
                "result".into()
            } else {
                name.into()
            },
            before,
            after,
            unit: text(form.get("unit")),
        }),
        (None, None) if name.is_empty() => None,
        (Some(_), None) if errors.get("after").is_none() => {
            errors.add("after", "a metric needs the value after the change too");
            None
        }
        (None, Some(_)) if errors.get("before").is_none() => {
            errors.add("before", "a metric needs the value before the change too");
            None
        }
        _ => {
            if errors.get("before").is_none() && errors.get("after").is_none() {
                errors.add("before", "give the value before and after, e.g. 45 and 7");
            }
            None
        }
    };
    a.scope = text(form.get("scope"));
    a.date = date(form, "date", errors);
    a.position = text(form.get("position"));
    a.tags = form
        .get("tags")
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    a.competencies = form.all("competencies");
    if a.competencies.is_empty() {
        a.competencies = fw.suggest_competencies(&a.what_changed);
    }
    a
}

pub fn field_of(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "what_changed" | "id" => "what_changed",
        "metric" | "metric.name" => "metric",
        "metric.before" => "before",
        "metric.after" => "after",
        "metric.unit" => "unit",
        "scope" => "scope",
        "date" => "date",
        "position" => "position",
        r if super::list_field(r, "competencies") => "competencies",
        r if super::list_field(r, "tags") => "tags",
        _ => return None,
    })
}

pub fn values(a: &Achievement) -> FormData {
    let m = a.metric.as_ref();
    let mut v = vec![
        ("what_changed".into(), a.what_changed.clone()),
        (
            "metric".into(),
            m.map(|m| m.name.clone()).unwrap_or_default(),
        ),
        (
            "before".into(),
            m.map(|m| m.before.to_string()).unwrap_or_default(),
        ),
        (
            "after".into(),
            m.map(|m| m.after.to_string()).unwrap_or_default(),
        ),
        (
            "unit".into(),
            m.and_then(|m| m.unit.clone()).unwrap_or_default(),
        ),
        ("scope".into(), a.scope.clone().unwrap_or_default()),
        (
            "date".into(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("position".into(), a.position.clone().unwrap_or_default()),
        ("tags".into(), a.tags.join(", ")),
    ];
    v.extend(
        a.competencies
            .iter()
            .map(|c| ("competencies".to_string(), c.clone())),
    );
    FormData(v)
}

pub fn render(
    csrf: &str,
    action: &str,
    form: &FormData,
    errors: &FormErrors,
    fw: &Framework,
    profile: &Profile,
) -> Markup {
    let mut positions = vec![(String::new(), "Not tied to a position".to_string())];
    positions.extend(profile.positions.iter().map(|p| {
        let label = [p.title.as_deref(), p.organisation.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        (p.id.clone(), label)
    }));
    let f = |name: &'static str, label: &'static str| {
        Field::new(name, label, form.get(name)).error(errors.get(name))
    };
    html! {
        form.form method="post" action=(action) novalidate {
            (csrf_field(csrf))
            @if !errors.is_empty() {
                div.form-alert role="alert" {
                    strong { "Nothing was saved yet. " }
                    (errors.len()) " thing(s) to fix, marked below."
                    @if !errors.general.is_empty() { (problem_list(&errors.general)) }
                }
            }
            fieldset {
                legend { "The outcome" }
                (f("what_changed", "What changed").kind("textarea")
                    .hint("One sentence about the result, not the activity")
                    .attrs(&[("hx-post", "/profile/achievements/suggest"), ("hx-trigger", "input changed delay:500ms, change"),
                             ("hx-target", "#competency-choices"), ("hx-swap", "outerHTML"), ("hx-include", "closest form")])
                    .render())
                div.grid-4 {
                    (f("metric", "Metric").attrs(&[("placeholder", "deploy time")]).render())
                    (f("before", "Before").attrs(&[("inputmode", "decimal"), ("placeholder", "45")]).render())
                    (f("after", "After").attrs(&[("inputmode", "decimal"), ("placeholder", "7")]).render())
                    (f("unit", "Unit").attrs(&[("placeholder", "minutes")]).render())
                }
                div.grid-3 {
                    (f("date", "When").hint("YYYY, YYYY-MM or YYYY-MM-DD").render())
                    (f("scope", "Reach").hint("A team, a product line, the company").render())
                    (select("position", "Position", &positions, form.get("position"), errors.get("position")))
                }
                (f("tags", "Tags").hint("Comma separated, e.g. platform, cost").render())
            }
            (competency_choices(form, errors, fw))
            div.form-actions {
                button.btn.btn-primary type="submit" { "Save achievement" }
                a.btn href="/portfolio" { "Cancel" }
            }
        }
    }
}

/// The competency checkboxes; with none ticked, the ones the text suggests are
/// ticked and marked (htmx refreshes this as the person types).
pub fn competency_choices(form: &FormData, errors: &FormErrors, fw: &Framework) -> Markup {
    let chosen = form.all("competencies");
    let suggested = if chosen.is_empty() {
        fw.suggest_competencies(form.get("what_changed"))
    } else {
        Vec::new()
    };
    html! {
        fieldset #competency-choices class=(if errors.get("competencies").is_some() { "field-invalid" } else { "" }) {
            legend { "Competencies it shows" }
            p.field-hint {
                @if suggested.is_empty() { "Tick the ones this outcome demonstrates." }
                @else { "Suggested from your text; untick or add as you see fit." }
            }
            @if let Some(e) = errors.get("competencies") { p.field-error { (e) } }
            div.chips {
                @for c in &fw.competencies {
                    @let on = chosen.contains(&c.id) || suggested.contains(&c.id);
                    label.chip-check {
                        input type="checkbox" name="competencies" value=(c.id) checked[on];
                        span { (c.name) }
                        @if suggested.contains(&c.id) { span.badge.badge-soft { "suggested" } }
                    }
                }
            }
        }
    }
}
