//! The position form: a job with its scope (headcount, reports, budget, board).

use ctopath_framework::Framework;
use ctopath_profile::{Budget, OrgStage, Position};
use maud::{Markup, html};

use super::{FormData, FormErrors, date, lines, list_field, number, text, whole};
use crate::views::components::{Field, checkbox, csrf_field, problem_list, select};

/// Applies the form to `pos` (an existing position, or a default one), noting
/// every value that cannot be read.
pub fn read(form: &FormData, mut pos: Position, errors: &mut FormErrors) -> Position {
    pos.title = text(form.get("title"));
    pos.organisation = text(form.get("organisation"));
    pos.start = date(form, "start", errors);
    pos.end = date(form, "end", errors);
    pos.org_stage = match form.get("org_stage") {
        "startup" => Some(OrgStage::Startup),
        "scaleup" => Some(OrgStage::Scaleup),
        "enterprise" => Some(OrgStage::Enterprise),
        _ => None,
    };
    pos.route = text(form.get("route"));
    pos.org_engineers = whole(form, "org_engineers", errors);
    pos.direct_reports = whole(form, "direct_reports", errors);
    pos.managers_reporting = whole(form, "managers_reporting", errors);
    pos.coding_share = whole(form, "coding_share", errors);
    let amount = number(form, "budget_amount", errors);
    let currency = form.get("budget_currency").to_uppercase();
    pos.budget = match amount {
        Some(amount) if currency.is_empty() => {
            errors.add(
                "budget_currency",
                "give the currency of the budget, e.g. EUR",
            );
            Some(Budget { amount, currency })
        }
        Some(amount) => Some(Budget { amount, currency }),
        None => None,
    };
    pos.board_exposure = answer(form, "board_exposure", errors);
    pos.cross_functional = answer(form, "cross_functional", errors);
    pos.on_call = answer(form, "on_call", errors);
    pos.tech_differentiator = answer(form, "tech_differentiator", errors);
    pos.acting = form.checked("acting");
    pos.summary = text(form.get("summary"));
    let highlights = lines(form.get("highlights"));
    pos.highlights = (!highlights.is_empty()).then_some(highlights);
    if pos.title.is_none() && pos.organisation.is_none() {
        errors.add("title", "give at least a title or an organisation");
    }
    pos
}

/// A yes/no question the person may leave unanswered: "yes", "no" or nothing. A
/// checkbox could not tell "no" from "not said", and saving the form turned a "no"
/// from a file or the command line into "not said".
fn answer(form: &FormData, name: &str, errors: &mut FormErrors) -> Option<bool> {
    match form.get(name) {
        "" => None,
        "yes" | "true" | "on" => Some(true),
        "no" | "false" => Some(false),
        _ => {
            errors.add(name, "choose yes, no or not said");
            None
        }
    }
}

/// The choices of a yes/no question, with labels for each answer.
fn answers(yes: &str, no: &str) -> Vec<(String, String)> {
    vec![
        (String::new(), "Not said".to_string()),
        ("yes".to_string(), yes.to_string()),
        ("no".to_string(), no.to_string()),
    ]
}

/// The form field a validation path inside a position belongs to.
pub fn field_of(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "title" => "title",
        "organisation" => "organisation",
        "start" => "start",
        "end" => "end",
        "org_stage" => "org_stage",
        "route" => "route",
        "org_engineers" => "org_engineers",
        "direct_reports" => "direct_reports",
        "managers_reporting" => "managers_reporting",
        "coding_share" => "coding_share",
        "budget" | "budget.amount" => "budget_amount",
        "budget.currency" => "budget_currency",
        "summary" => "summary",
        r if list_field(r, "highlights") => "highlights",
        _ => return None,
    })
}

/// The form's values for an existing position.
pub fn values(pos: &Position) -> FormData {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let num = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let flag = |v: Option<bool>| {
        match v {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        }
        .to_string()
    };
    FormData(vec![
        ("title".into(), opt(pos.title.clone())),
        ("organisation".into(), opt(pos.organisation.clone())),
        ("start".into(), opt(pos.start.map(|d| d.to_string()))),
        ("end".into(), opt(pos.end.map(|d| d.to_string()))),
        (
            "org_stage".into(),
            match pos.org_stage {
                Some(OrgStage::Startup) => "startup",
                Some(OrgStage::Scaleup) => "scaleup",
                Some(OrgStage::Enterprise) => "enterprise",
                None => "",
            }
            .into(),
        ),
        ("route".into(), opt(pos.route.clone())),
        ("org_engineers".into(), num(pos.org_engineers)),
        ("direct_reports".into(), num(pos.direct_reports)),
        ("managers_reporting".into(), num(pos.managers_reporting)),
        ("coding_share".into(), num(pos.coding_share)),
        (
            "budget_amount".into(),
            opt(pos.budget.as_ref().map(|b| b.amount.to_string())),
        ),
        (
            "budget_currency".into(),
            opt(pos.budget.as_ref().map(|b| b.currency.clone())),
        ),
        ("board_exposure".into(), flag(pos.board_exposure)),
        ("cross_functional".into(), flag(pos.cross_functional)),
        ("on_call".into(), flag(pos.on_call)),
        ("tech_differentiator".into(), flag(pos.tech_differentiator)),
        ("acting".into(), if pos.acting { "true" } else { "" }.into()),
        ("summary".into(), opt(pos.summary.clone())),
        ("highlights".into(), pos.highlights().join("\n")),
    ])
}

pub fn render(
    csrf: &str,
    action: &str,
    form: &FormData,
    errors: &FormErrors,
    fw: &Framework,
) -> Markup {
    let stages = [
        ("", "Not given"),
        ("startup", "Startup"),
        ("scaleup", "Scale-up"),
        ("enterprise", "Enterprise"),
    ]
    .map(|(v, t)| (v.to_string(), t.to_string()));
    let mut routes = vec![(String::new(), "Not given (inferred)".to_string())];
    routes.extend(fw.routes.iter().map(|r| (r.id.clone(), r.name.clone())));
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
                legend { "The job" }
                div.grid-2 {
                    (f("title", "Title").hint("As the organisation wrote it, e.g. Engineering Manager").render())
                    (f("organisation", "Organisation").render())
                    (f("start", "Start").hint("YYYY, YYYY-MM or YYYY-MM-DD").attrs(&[("placeholder", "2021-03")]).render())
                    (f("end", "End").hint("Leave empty while this is your current job").attrs(&[("placeholder", "current")]).render())
                    (select("org_stage", "Organisation stage", &stages, form.get("org_stage"), errors.get("org_stage")))
                    (select("route", "Route", &routes, form.get("route"), errors.get("route")))
                }
            }
            fieldset {
                legend { "Scope" }
                div.grid-3 {
                    (f("org_engineers", "Engineers in the organisation").kind("number").attrs(&[("min", "0"), ("inputmode", "numeric")]).render())
                    (f("direct_reports", "Direct reports").kind("number").attrs(&[("min", "0")]).render())
                    (f("managers_reporting", "Managers among them").kind("number").attrs(&[("min", "0")]).render())
                    (f("coding_share", "Time spent coding (%)").kind("number").attrs(&[("min", "0"), ("max", "100")]).render())
                    (f("budget_amount", "Budget per year").attrs(&[("inputmode", "decimal"), ("placeholder", "3000000")]).render())
                    (f("budget_currency", "Currency").hint("Three letters, e.g. EUR").attrs(&[("maxlength", "3"), ("placeholder", "EUR")]).render())
                }
                div.grid-2 {
                    (select("board_exposure", "Presented to or worked with the board", &answers("Yes", "No"), form.get("board_exposure"), errors.get("board_exposure")))
                    (select("cross_functional", "Worked across functions (product, sales, finance)", &answers("Yes", "No"), form.get("cross_functional"), errors.get("cross_functional")))
                    (select("on_call", "On call", &answers("Yes", "No"), form.get("on_call"), errors.get("on_call")))
                    (select("tech_differentiator", "What technology is to this business", &answers("What sets it apart", "A support function, e.g. in-house IT"), form.get("tech_differentiator"), errors.get("tech_differentiator")))
                }
                div.checks {
                    (checkbox("acting", "Acting or interim in a role above the title", form.checked("acting")))
                }
            }
            fieldset {
                legend { "What you did" }
                (f("summary", "Summary").kind("textarea").render())
                (f("highlights", "Highlights").kind("textarea").hint("One per line; outcomes with numbers count most").render())
            }
            div.form-actions {
                button.btn.btn-primary type="submit" { "Save position" }
                a.btn href="/profile#positions" { "Cancel" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_answer(field: &str, value: &str) -> (Position, FormErrors) {
        let body = format!("title=Engineer&{field}={value}");
        let form = FormData::parse(body.as_bytes());
        let before = Position {
            on_call: Some(true),
            tech_differentiator: Some(true),
            ..Position::default()
        };
        let mut errors = FormErrors::default();
        (read(&form, before, &mut errors), errors)
    }

    #[test]
    fn yes_no_and_not_said_are_three_answers() {
        assert_eq!(read_answer("on_call", "yes").0.on_call, Some(true));
        assert_eq!(read_answer("on_call", "no").0.on_call, Some(false));
        assert_eq!(read_answer("on_call", "").0.on_call, None);
        assert_eq!(
            read_answer("tech_differentiator", "no")
                .0
                .tech_differentiator,
            Some(false)
        );
        let (pos, errors) = read_answer("board_exposure", "maybe");
        assert_eq!(pos.board_exposure, None);
        assert!(errors.get("board_exposure").is_some());
    }

    #[test]
    fn a_saved_no_shows_as_no_and_survives_saving_again() {
        let pos = Position {
            title: Some("Engineer".into()),
            on_call: Some(false),
            cross_functional: Some(true),
            tech_differentiator: Some(false),
            ..Position::default()
        };
        let form = values(&pos);
        assert_eq!(form.get("on_call"), "no");
        assert_eq!(form.get("cross_functional"), "yes");
        assert_eq!(form.get("board_exposure"), "");
        let again = read(&form, Position::default(), &mut FormErrors::default());
        assert_eq!(again.on_call, Some(false));
        assert_eq!(again.cross_functional, Some(true));
        assert_eq!(again.board_exposure, None);
        assert_eq!(again.tech_differentiator, Some(false));
    }
}
