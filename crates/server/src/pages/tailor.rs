//! Tailoring: paste a job posting, see how the career covers each requirement with
//! the evidence, and download a tailored CV as PDF.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ctopath_framework::Framework;
use ctopath_pdf::Theme;
use ctopath_profile::Profile;
use ctopath_tailor::{Posting, PostingError, Tailor, Tailoring, Verdict};
use maud::{Markup, html};

use super::{Form, St};
use crate::charts;
use crate::error::{Failure, PageResult};
use crate::forms::{FormData, FormErrors};
use crate::views::components::{Field, badge, csrf_field, pct, select, svg};
use crate::views::layout::{Ctx, Nav, page};

/// The name postings pasted into the page get in messages.
const PASTED: &str = "pasted posting";

pub async fn show(state: St, ctx: Ctx) -> PageResult<Markup> {
    state.entry().await?;
    Ok(page(
        &ctx,
        "Tailor",
        Nav::Tailor,
        body(&ctx, &FormData::default(), &FormErrors::default(), None),
    ))
}

fn body(ctx: &Ctx, form: &FormData, errors: &FormErrors, result: Option<Markup>) -> Markup {
    html! {
        div.page-head {
            h1 { "Tailor to a job" }
            p.lead { "Paste a job posting. ctopath finds each requirement, looks for your best evidence, and says plainly what is covered, weak or missing. The tailored CV only reorders and selects what you wrote; it never invents." }
        }
        section.card {
            form.form #tailor-form method="post" action="/tailor" novalidate {
                (csrf_field(&ctx.csrf))
                (Field::new("posting", "Job posting", form.get("posting")).kind("textarea").error(errors.get("posting"))
                    .hint("Plain text as copied from the job page, or a JSON Resume job document").attrs(&[("rows", "10")]).render())
                div.form-actions { button.btn.btn-primary type="submit" { "Check my fit" } }
            }
        }
        @if let Some(r) = result { (r) }
    }
}

fn tailor(
    profile: &Profile,
    fw: &Framework,
    today: f64,
    text: &str,
) -> Result<Tailoring, PostingError> {
    let posting = Posting::parse(PASTED, text.as_bytes())?;
    Tailor::new(profile, fw, today).fit(&posting)
}

pub async fn run(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let entry = state.entry().await?;
    let today = state.today().as_fractional_year();
    let text = form.get("posting").to_string();
    match tailor(&entry.profile, state.framework, today, &text) {
        Ok(t) => {
            let result = coverage(&ctx, &t, &text, state.framework);
            Ok(page(
                &ctx,
                "Tailor",
                Nav::Tailor,
                body(&ctx, &form, &FormErrors::default(), Some(result)),
            )
            .into_response())
        }
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add(
                "posting",
                format!("{}: {}", strip_file(&e.to_string()), e.help()),
            );
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(
                    &ctx,
                    "Tailor",
                    Nav::Tailor,
                    body(&ctx, &form, &errors, None),
                ),
            )
                .into_response())
        }
    }
}

/// Messages name the file; for pasted text that name says nothing.
fn strip_file(message: &str) -> &str {
    message
        .strip_prefix(PASTED)
        .map_or(message, |m| m.trim_start_matches([':', ' ']))
}

fn verdict_badge(v: Verdict) -> Markup {
    match v {
        Verdict::Covered => badge("badge-good", "covered"),
        Verdict::Weak => badge("badge-warn", "weak"),
        Verdict::Missing => badge("badge-bad", "missing"),
    }
}

fn coverage(ctx: &Ctx, t: &Tailoring, text: &str, fw: &Framework) -> Markup {
    let name = |id: &str| {
        fw.competencies
            .iter()
            .find(|c| c.id == id)
            .map_or(id.to_string(), |c| c.name.clone())
    };
    let covered = t
        .fit
        .requirements
        .iter()
        .filter(|r| r.verdict == Verdict::Covered)
        .count();
    let themes = [("classic", "Classic (serif)"), ("modern", "Modern (sans)")]
        .map(|(v, l)| (v.to_string(), l.to_string()));
    html! {
        section.grid-dash #coverage {
            div.card {
                h2 { "Fit" }
                figure.chart.chart-gauge { (svg(charts::gauge("Fit to this posting", Some(t.fit.fit)))) }
                p.muted { (covered) " of " (t.fit.requirements.len()) " requirements covered"
                    @if let Some(title) = &t.posting.title { " for " strong { (title) } }
                    @if let Some(company) = &t.posting.company { " at " (company) } "." }
                div.verdict-counts {
                    @for v in [Verdict::Covered, Verdict::Weak, Verdict::Missing] {
                        @let n = t.fit.requirements.iter().filter(|r| r.verdict == v).count();
                        div.stat { span.stat-value { (n) } (verdict_badge(v)) }
                    }
                }
            }
            div.card {
                h2 { "Download the tailored CV" }
                p.muted { "Highlights chosen and ordered for this posting; one column, text you can select." }
                form.form method="post" action="/tailor/cv.pdf" {
                    (csrf_field(&ctx.csrf))
                    input type="hidden" name="posting" value=(text);
                    (select("theme", "Theme", &themes, "modern", None))
                    div.form-actions { button.btn.btn-primary #download-pdf type="submit" { "Download PDF" } }
                }
                @if !t.fit.missing_keywords.is_empty() {
                    h3.subtle { "Words the posting uses that your CV does not" }
                    div.chips { @for k in &t.fit.missing_keywords { span.chip.chip-tag { (k) } } }
                }
            }
        }
        section.card {
            h2 { "Coverage, requirement by requirement" }
            div.table-wrap {
                table.table.coverage {
                    thead { tr { th { "Requirement" } th { "Verdict" } th { "Competencies" } th { "Best evidence" } } }
                    tbody {
                        @for r in &t.fit.requirements {
                            tr {
                                td { (r.requirement.text) br; span.muted.small { (format!("{:?}", r.requirement.importance).to_lowercase()) " · " (r.requirement.source) } }
                                td { (verdict_badge(r.verdict)) br; span.muted.small { (pct(r.score)) } }
                                td.small { div.chips.chips-tight { @for c in &r.requirement.competencies { span.chip { (name(c)) } } } }
                                td.small {
                                    @if let Some(e) = r.evidence.first() {
                                        (e.text) " " code.source { (e.source) }
                                    } @else if let Some(c) = r.checks.first() {
                                        @for e in c.evidence.iter().take(1) { (e.text) " " code.source { (e.source) } }
                                    } @else { span.muted { "nothing found" } }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !t.fit.gaps.is_empty() {
            section.card {
                h2 { "Gaps that matter most" }
                ol.gaps { @for g in &t.fit.gaps { li { (verdict_badge(g.verdict)) " " (g.text) } } }
            }
        }
    }
}

pub async fn pdf(state: St, form: Form) -> PageResult<Response> {
    let entry = state.entry().await?;
    let today = state.today().as_fractional_year();
    let t = tailor(&entry.profile, state.framework, today, form.get("posting")).map_err(|e| {
        Failure::bad_request(strip_file(&e.to_string()).to_string())
            .help(e.help())
            .action("/tailor", "Back to tailoring")
    })?;
    let theme = match form.get("theme") {
        "classic" => Theme::Classic,
        _ => Theme::Modern,
    };
    let st = state.clone();
    let bytes = tokio::task::spawn_blocking(move || st.pdf().cv(&t.cv, theme))
        .await
        .map_err(|e| Failure::internal(format!("the PDF stopped: {e}")))?
        .map_err(|e| Failure::internal(format!("the PDF could not be made: {e}")))?;
    let file = format!("cv-{}.pdf", slug(&entry.person));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() { "me".into() } else { s }
}
