//! The rating form: a competency placed on the ladder by the person, a manager or a peer.

use ctopath_framework::Framework;
use ctopath_profile::{PartialDate, Rater, Rating};
use maud::{Markup, html};

use super::{FormData, FormErrors, date, text};
use crate::views::components::{Field, csrf_field, problem_list, select};

pub fn read(form: &FormData, today: PartialDate, errors: &mut FormErrors) -> Option<Rating> {
    let competency = form.get("competency").to_string();
    if competency.is_empty() {
        errors.add("competency", "pick the competency you are rating");
    }
    let level = form.get("level").to_string();
    if level.is_empty() {
        errors.add("level", "pick the level the evidence shows");
    }
    let by = match form.get("by") {
        "self" => Some(Rater::Myself),
        "manager" => Some(Rater::Manager),
        "peer" => Some(Rater::Peer),
        _ => {
            errors.add(
                "by",
                "say who gives the rating: yourself, your manager or a peer",
            );
            None
        }
    };
    let when = date(form, "date", errors).unwrap_or(today);
    Some(Rating {
        competency,
        level,
        by: by?,
        date: when,
        evidence: text(form.get("evidence")),
    })
}

pub fn field_of(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "competency" => "competency",
        "level" => "level",
        "by" => "by",
        "date" => "date",
        "evidence" => "evidence",
        _ => return None,
    })
}

pub fn render(
    csrf: &str,
    form: &FormData,
    errors: &FormErrors,
    fw: &Framework,
    today: PartialDate,
) -> Markup {
    let mut competencies = vec![(String::new(), "Choose a competency".to_string())];
    competencies.extend(
        fw.competencies
            .iter()
            .map(|c| (c.id.clone(), c.name.clone())),
    );
    let mut levels = vec![(String::new(), "Choose a level".to_string())];
    let mut sorted: Vec<_> = fw.levels.iter().collect();
    sorted.sort_by_key(|l| l.number);
    levels.extend(sorted.iter().map(|l| (l.id.clone(), l.id.clone())));
    let raters = [
        ("self", "Myself"),
        ("manager", "My manager"),
        ("peer", "A peer"),
    ]
    .map(|(v, t)| (v.to_string(), t.to_string()));
    let today_text = today.to_string();
    let date_value = if form.get("date").is_empty() {
        today_text.as_str()
    } else {
        form.get("date")
    };
    let by = if form.get("by").is_empty() {
        "self"
    } else {
        form.get("by")
    };
    html! {
        form.form #rating-form method="post" action="/profile/ratings" novalidate {
            (csrf_field(csrf))
            @if !errors.is_empty() {
                div.form-alert role="alert" {
                    strong { "The rating was not saved. " } "Fix the fields marked below."
                    @if !errors.general.is_empty() { (problem_list(&errors.general)) }
                }
            }
            div.grid-4 {
                (select("competency", "Competency", &competencies, form.get("competency"), errors.get("competency")))
                (select("level", "Level", &levels, form.get("level"), errors.get("level")))
                (select("by", "Rated by", &raters, by, errors.get("by")))
                (Field::new("date", "Date", date_value).error(errors.get("date")).render())
            }
            (Field::new("evidence", "Evidence", form.get("evidence")).error(errors.get("evidence"))
                .hint("What the rating rests on, e.g. ran the 2025 hiring plan").render())
            div.form-actions { button.btn.btn-primary type="submit" { "Add rating" } }
        }
    }
}
