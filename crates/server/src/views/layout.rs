//! The page shell: head, top bar with navigation and the person switcher, the
//! one-time notice after a change, and the footer.

use axum::extract::{FromRef, FromRequestParts, Query};
use axum::http::request::Parts;
use maud::{DOCTYPE, Markup, html};
use serde::Deserialize;

use crate::assets::css_url;
use crate::csrf::CsrfToken;
use crate::error::{Failure, PageError};
use crate::state::AppState;

/// The sections of the app, in the order of the navigation bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Dashboard,
    Assessment,
    Plan,
    Portfolio,
    Profile,
    Tailor,
    Framework,
    Import,
    None,
}

const NAV: [(Nav, &str, &str); 8] = [
    (Nav::Dashboard, "/", "Dashboard"),
    (Nav::Assessment, "/assessment", "Assessment"),
    (Nav::Plan, "/plan", "Plan & tours"),
    (Nav::Portfolio, "/portfolio", "Portfolio"),
    (Nav::Profile, "/profile", "Profile"),
    (Nav::Tailor, "/tailor", "Tailor"),
    (Nav::Framework, "/framework", "Framework"),
    (Nav::Import, "/import", "Import"),
];

/// What every page needs to know about the request: the CSRF token for its forms,
/// who the app is about, who else is in the store, and a notice to show once.
pub struct Ctx {
    pub csrf: String,
    pub person: Option<String>,
    pub people: Vec<String>,
    pub notice: Option<&'static str>,
}

#[derive(Deserialize)]
struct NoticeQuery {
    done: Option<String>,
}

impl<S> FromRequestParts<S> for Ctx
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .ok_or_else(|| Failure::internal("the request skipped the security check"))?;
        let notice = Query::<NoticeQuery>::from_request_parts(parts, &state)
            .await
            .ok()
            .and_then(|q| q.0.done)
            .and_then(|code| notice_text(&code));
        let roster = state.roster().await?;
        let person = state.person().await?;
        Ok(Ctx {
            csrf,
            person,
            people: roster.people.iter().map(|p| p.name.clone()).collect(),
            notice,
        })
    }
}

/// Notices come from this fixed list, so a link cannot make the app say anything else.
fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "imported" => "Imported. Your assessment below is up to date.",
        "unchanged" => "That file matches what is already stored; nothing changed.",
        "position-saved" => "Position saved.",
        "position-removed" => "Position removed.",
        "achievement-saved" => "Achievement saved.",
        "achievement-removed" => "Achievement removed.",
        "rating-saved" => "Rating saved.",
        "rating-removed" => "Rating removed.",
        "person-saved" => "Profile details saved.",
        "switched" => "Switched person.",
        "tour-started" => "Tour started. Check in with your sponsor on the cadence you agreed.",
        "checkin-saved" => "Check-in recorded.",
        "tour-finished" => "Tour finished. Its outcome is now in your portfolio.",
        "snapshot-saved" => "Snapshot saved: the progress chart now includes today.",
        _ => return None,
    })
}

/// htmx swaps error responses too, so a form re-rendered with its validation
/// messages (422) replaces the old one instead of being dropped.
const HTMX_CONFIG: &str = r#"{"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"[45]..","swap":true,"error":false}],"includeIndicatorStyles":false}"#;

/// A full page with the navigation, `active` marked.
pub fn page(ctx: &Ctx, title: &str, active: Nav, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body hx-headers=(format!(r#"{{"X-CSRF-Token": "{}"}}"#, ctx.csrf)) {
                (top_bar(Some(ctx), active))
                main.container {
                    @if let Some(text) = ctx.notice {
                        div.notice role="status" { (text) }
                    }
                    (body)
                }
                (footer())
            }
        }
    }
}

fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " · ctopath" }
            link rel="icon" href="/static/icon.svg" type="image/svg+xml";
            meta name="htmx-config" content=(HTMX_CONFIG);
            link rel="stylesheet" href=(css_url());
            script src="/static/htmx.min.js?v=2.0.11" defer {}
        }
    }
}

fn top_bar(ctx: Option<&Ctx>, active: Nav) -> Markup {
    html! {
        header.topbar {
            div.topbar-inner {
                a.brand href="/" {
                    img src="/static/icon.svg" alt="" width="28" height="28";
                    span { "ctopath" }
                }
                nav.mainnav aria-label="Main" {
                    @for (nav, href, label) in NAV {
                        @if nav == active {
                            a.active href=(href) aria-current="page" { (label) }
                        } @else {
                            a href=(href) { (label) }
                        }
                    }
                }
                @if let Some(ctx) = ctx {
                    (person_switcher(ctx))
                }
            }
        }
    }
}

fn person_switcher(ctx: &Ctx) -> Markup {
    html! {
        @if ctx.people.len() > 1 {
            form.switcher method="post" action="/people/active" {
                input type="hidden" name="csrf_token" value=(ctx.csrf);
                label.visually-hidden for="person-switch" { "Person" }
                select #person-switch name="name" {
                    @for name in &ctx.people {
                        option value=(name) selected[ctx.person.as_deref() == Some(name.as_str())] { (name) }
                    }
                }
                button.btn.btn-small type="submit" { "Switch" }
            }
        } @else if let Some(name) = &ctx.person {
            span.person-chip title="The person this app is about" { (initials(name)) span { (name) } }
        }
    }
}

fn initials(name: &str) -> Markup {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    html! { span.avatar aria-hidden="true" { (letters.to_uppercase()) } }
}

fn footer() -> Markup {
    html! {
        footer.footer {
            div.container {
                span { "ctopath runs on your machine; nothing leaves it." }
                span.footer-links {
                    a href="/api/docs/" { "API" }
                    a href="/api/openapi.json" { "OpenAPI" }
                    a href="/static/htmx.LICENSE" { "Licences" }
                }
            }
        }
    }
}

/// A page for a failure: what happened, how to fix it, and the way on.
pub fn error_page(f: &Failure) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(&f.title))
            body {
                (top_bar(None, Nav::None))
                main.container {
                    section.card.error-card {
                        p.eyebrow { "Error " (f.status.as_u16()) }
                        h1 { (f.title) }
                        p.lead { (capitalise(&f.message)) }
                        @if let Some(help) = &f.help {
                            p.help { strong { "What to do: " } (help) }
                        }
                        @if !f.problems.is_empty() {
                            (super::components::problem_list(&f.problems))
                        }
                        p.actions {
                            @if let Some((href, label)) = &f.action {
                                a.btn.btn-primary href=(href) { (label) }
                            }
                            a.btn href="/" { "Dashboard" }
                        }
                    }
                }
                (footer())
            }
        }
    }
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
