//! `profile evidence`: what ctopath reads from each position, with sources.

use std::fmt::Write as _;

use ctopath_profile::scope::{PositionEvidence, Sourced};

fn line<T: std::fmt::Display>(out: &mut String, label: &str, v: &Option<Sourced<T>>) {
    if let Some(s) = v {
        let how = if s.stated {
            "stated".to_string()
        } else {
            format!("read from “{}”", s.text.as_deref().unwrap_or(""))
        };
        let _ = writeln!(
            out,
            "    {label:<17} {:<12} {how} [{}]",
            s.value.to_string(),
            s.source
        );
    }
}

pub fn text(found: &[PositionEvidence]) -> String {
    let mut out = String::new();
    if found.is_empty() {
        out.push_str("no positions yet: add one with `ctopath position add` or import a resume\n");
    }
    for p in found {
        let _ = writeln!(
            out,
            "{} ({})",
            p.title.as_deref().unwrap_or("untitled position"),
            p.path
        );
        match &p.title_match {
            Some(m) => {
                let route = m
                    .route
                    .as_deref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                let acting = if m.acting { ", acting" } else { "" };
                let _ = writeln!(
                    out,
                    "    title            {}{route}{acting} (matched “{}”)",
                    m.level, m.phrase
                );
            }
            None => {
                let _ = writeln!(out, "    title            not in the title lexicon");
            }
        }
        let s = &p.scope;
        line(&mut out, "team size", &s.team_size);
        line(&mut out, "managers", &s.managers);
        if let Some(b) = &s.budget {
            let currency = s.budget_currency.as_deref().unwrap_or("");
            let money = Some(Sourced {
                value: format!("{:.0} {currency}", b.value),
                source: b.source.clone(),
                stated: b.stated,
                text: b.text.clone(),
            });
            line(&mut out, "budget", &money);
        }
        line(&mut out, "board exposure", &s.board_exposure);
        line(&mut out, "org engineers", &s.org_engineers);
        line(&mut out, "org stage", &s.org_stage);
        line(&mut out, "hypergrowth", &s.hypergrowth);
        line(&mut out, "on-call", &s.on_call);
        line(&mut out, "cross-functional", &s.cross_functional);
        if !p.facts.is_empty() {
            let _ = writeln!(out, "    facts:");
            for e in &p.facts {
                let _ = writeln!(
                    out,
                    "      - {:<16} “{}” [{}]",
                    e.fact.kind(),
                    e.text,
                    e.source
                );
            }
        }
        out.push('\n');
    }
    out
}
