//! Who the person is and where they are heading: name, headline, contact and goal.

use ctopath_framework::Framework;
use ctopath_profile::{Goal, Person, Profile, TargetRole};
use maud::{Markup, html};

use super::{FormData, FormErrors, text, whole};
use crate::views::components::{Field, csrf_field, problem_list, select};

pub fn apply(form: &FormData, profile: &mut Profile, errors: &mut FormErrors) {
    let mut person = profile.person.clone().unwrap_or_default();
    person.name = text(form.get("name"));
    person.label = text(form.get("label"));
    person.email = text(form.get("email"));
    person.location = text(form.get("location"));
    person.summary = text(form.get("summary"));
    profile.person = (person != Person::default()).then_some(person);
    let horizon = whole(form, "horizon_years", errors);
    let path = text(form.get("preferred_path"));
    profile.goal = match form.get("target_role") {
        "cto" => Some(TargetRole::Cto),
        "vp_engineering" => Some(TargetRole::VpEngineering),
        _ => None,
    }
    .map(|target_role| Goal {
        target_role,
        horizon_years: horizon,
        preferred_path: path,
    });
}

pub fn field_of(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "person.name" => "name",
        "person.label" => "label",
        "person.email" => "email",
        "person.location" => "location",
        "person.summary" => "summary",
        "goal.horizon_years" => "horizon_years",
        "goal.preferred_path" => "preferred_path",
        "goal.target_role" | "goal" => "target_role",
        _ => return None,
    })
}

pub fn values(profile: &Profile) -> FormData {
    let p = profile.person.clone().unwrap_or_default();
    let g = profile.goal.as_ref();
    FormData(vec![
        ("name".into(), p.name.unwrap_or_default()),
        ("label".into(), p.label.unwrap_or_default()),
        ("email".into(), p.email.unwrap_or_default()),
        ("location".into(), p.location.unwrap_or_default()),
        ("summary".into(), p.summary.unwrap_or_default()),
        (
            "target_role".into(),
            g.map(|g| g.target_role.id().to_string())
                .unwrap_or_default(),
        ),
        (
            "horizon_years".into(),
            g.and_then(|g| g.horizon_years)
                .map(|h| h.to_string())
                .unwrap_or_default(),
        ),
        (
            "preferred_path".into(),
            g.and_then(|g| g.preferred_path.clone()).unwrap_or_default(),
        ),
    ])
}

pub fn render(csrf: &str, form: &FormData, errors: &FormErrors, fw: &Framework) -> Markup {
    let roles = [
        ("", "No goal set"),
        ("cto", "CTO"),
        ("vp_engineering", "VP Engineering"),
    ]
    .map(|(v, t)| (v.to_string(), t.to_string()));
    let mut paths = vec![(String::new(), "No preference".to_string())];
    paths.extend(fw.paths.iter().map(|p| (p.id.clone(), p.name.clone())));
    let f = |name: &'static str, label: &'static str| {
        Field::new(name, label, form.get(name)).error(errors.get(name))
    };
    html! {
        form.form method="post" action="/profile/person" novalidate {
            (csrf_field(csrf))
            @if !errors.is_empty() {
                div.form-alert role="alert" {
                    strong { "Nothing was saved yet. " } "Fix the fields marked below."
                    @if !errors.general.is_empty() { (problem_list(&errors.general)) }
                }
            }
            div.grid-2 {
                (f("name", "Name").render())
                (f("label", "Headline").hint("e.g. Engineering Manager, Payments").render())
                (f("email", "Email").kind("email").render())
                (f("location", "Location").render())
            }
            (f("summary", "Summary").kind("textarea").render())
            div.grid-3 {
                (select("target_role", "Heading for", &roles, form.get("target_role"), errors.get("target_role")))
                (f("horizon_years", "In how many years").kind("number").attrs(&[("min", "0"), ("max", "40")]).render())
                (select("preferred_path", "Preferred path", &paths, form.get("preferred_path"), errors.get("preferred_path")))
            }
            div.form-actions { button.btn.btn-primary type="submit" { "Save details" } }
        }
    }
}
