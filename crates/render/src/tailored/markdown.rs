//! Markdown for the tailoring documents.

use std::fmt::Write as _;

use ctopath_tailor::interview::{InterviewPrep, Part};
use ctopath_tailor::{CoverLetter, Tailoring};

use super::{CvView, percent};

/// Escapes the characters Markdown would read as formatting or HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The tailored CV.
pub fn cv(view: &CvView) -> String {
    let mut out = String::new();
    let name = if view.name.is_empty() {
        "Curriculum vitae"
    } else {
        &view.name
    };
    let _ = writeln!(out, "# {}\n", escape(name));
    if !view.label.is_empty() {
        let _ = writeln!(out, "**{}**\n", escape(&view.label));
    }
    if !view.contact.is_empty() {
        let items: Vec<String> = view.contact.iter().map(|c| escape(c)).collect();
        let _ = writeln!(out, "{}\n", items.join(" · "));
    }
    if !view.summary.is_empty() {
        let _ = writeln!(out, "## Summary\n\n{}\n", escape(&view.summary));
    }
    if !view.work.is_empty() {
        let _ = writeln!(out, "## Experience\n");
        for w in &view.work {
            let head = [w.title.as_str(), w.organisation.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| escape(s))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(out, "### {head}\n");
            let meta: Vec<String> = [&w.dates, &w.location]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| escape(s))
                .collect();
            if !meta.is_empty() {
                let _ = writeln!(out, "*{}*\n", meta.join(" · "));
            }
            if !w.summary.is_empty() {
                let _ = writeln!(out, "{}\n", escape(&w.summary));
            }
            for h in &w.highlights {
                let _ = writeln!(out, "- {}", escape(h));
            }
            if !w.highlights.is_empty() {
                out.push('\n');
            }
        }
    }
    if !view.skills.is_empty() {
        let _ = writeln!(out, "## Skills\n");
        for (name, keywords) in &view.skills {
            let k: Vec<String> = keywords.iter().map(|k| escape(k)).collect();
            match (name.is_empty(), k.is_empty()) {
                (false, false) => {
                    let _ = writeln!(out, "- **{}:** {}", escape(name), k.join(", "));
                }
                (false, true) => {
                    let _ = writeln!(out, "- {}", escape(name));
                }
                _ => {
                    let _ = writeln!(out, "- {}", k.join(", "));
                }
            }
        }
        out.push('\n');
    }
    if !view.projects.is_empty() {
        let _ = writeln!(out, "## Projects\n");
        for p in &view.projects {
            let _ = writeln!(out, "### {}\n", escape(&p.name));
            if !p.description.is_empty() {
                let _ = writeln!(out, "{}\n", escape(&p.description));
            }
            for h in &p.highlights {
                let _ = writeln!(out, "- {}", escape(h));
            }
            out.push('\n');
        }
    }
    for (title, items) in [
        ("Education", &view.education),
        ("Certificates", &view.certificates),
        ("Languages", &view.languages),
    ] {
        if !items.is_empty() {
            let _ = writeln!(out, "## {title}\n");
            for i in items {
                let _ = writeln!(out, "- {}", escape(i));
            }
            out.push('\n');
        }
    }
    out
}

/// The coverage report: fit, every requirement with its verdict and evidence,
/// the gaps that matter most and the missing keywords.
pub fn coverage(t: &Tailoring) -> String {
    let mut out = String::new();
    let title = t.posting.title.as_deref().unwrap_or("the posting");
    let _ = writeln!(out, "# Fit to {}\n", escape(title));
    if let Some(company) = &t.posting.company {
        let _ = writeln!(out, "{}\n", escape(company));
    }
    let counts =
        |v: ctopath_tailor::Verdict| t.fit.requirements.iter().filter(|r| r.verdict == v).count();
    let _ = writeln!(
        out,
        "**Overall fit: {}** — {} covered, {} weak, {} missing of {} requirements.\n",
        percent(t.fit.fit),
        counts(ctopath_tailor::Verdict::Covered),
        counts(ctopath_tailor::Verdict::Weak),
        counts(ctopath_tailor::Verdict::Missing),
        t.fit.requirements.len()
    );
    if !t.fit.gaps.is_empty() {
        let _ = writeln!(out, "## Gaps that matter most\n");
        for g in &t.fit.gaps {
            let _ = writeln!(
                out,
                "- **{}** ({}, {:?}): {}",
                g.verdict.as_str(),
                g.requirement,
                g.importance,
                escape(&g.text)
            );
        }
        out.push('\n');
    }
    if !t.fit.missing_keywords.is_empty() {
        let words: Vec<String> = t
            .fit
            .missing_keywords
            .iter()
            .map(|k| format!("`{}`", k.replace('`', "")))
            .collect();
        let _ = writeln!(out, "## Keywords the CV lacks\n\n{}\n", words.join(", "));
    }
    let _ = writeln!(out, "## Requirements\n");
    let _ = writeln!(
        out,
        "| # | Requirement | Verdict | Score | Best evidence |\n|---|---|---|---|---|"
    );
    for r in &t.fit.requirements {
        let evidence = r
            .evidence
            .first()
            .map(|e| format!("{} (`{}`)", escape(&e.text), e.source.replace('`', "")))
            .unwrap_or_else(|| "—".into());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            r.requirement.id,
            escape(&r.requirement.text),
            r.verdict.as_str(),
            percent(r.score),
            evidence
        );
    }
    out.push('\n');
    let _ = writeln!(out, "## Why\n");
    for r in &t.fit.requirements {
        let _ = writeln!(
            out,
            "- **{}** {}",
            r.requirement.id,
            escape(&r.requirement.text)
        );
        for e in &r.evidence {
            let mut why = Vec::new();
            if !e.why.matched_terms.is_empty() {
                why.push(format!(
                    "words: {}",
                    escape(&e.why.matched_terms.join(", "))
                ));
            }
            for s in &e.why.synonyms {
                why.push(format!("{} via {}", escape(&s.term), escape(&s.via)));
            }
            if !e.why.shared_competencies.is_empty() {
                why.push(format!(
                    "competencies: {}",
                    e.why.shared_competencies.join(", ")
                ));
            }
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" — {}", why.join("; "))
            };
            let _ = writeln!(
                out,
                "  - {} `{}` {}{}",
                percent(e.score),
                e.source.replace('`', ""),
                escape(&e.text),
                why
            );
        }
    }
    out
}

/// The tailored CV followed by its coverage report.
pub fn tailored(t: &Tailoring) -> String {
    format!(
        "{}\n---\n\n{}",
        cv(&CvView::from_json_resume(&t.cv)),
        coverage(t)
    )
}

/// The cover letter.
pub fn letter(l: &CoverLetter) -> String {
    let mut out = format!("{}\n\n", escape(&l.greeting));
    for p in &l.paragraphs {
        let text: Vec<String> = p.sentences.iter().map(|s| escape(&s.text)).collect();
        if p.id == "team" || p.id == "bring" {
            if let Some((intro, items)) = text.split_first() {
                let _ = writeln!(out, "{intro}\n");
                for i in items {
                    let _ = writeln!(out, "- {i}");
                }
                out.push('\n');
            }
        } else {
            let _ = writeln!(out, "{}\n", text.join(" "));
        }
    }
    let _ = writeln!(out, "{}", escape(&l.sign_off));
    if let Some(name) = &l.name {
        let _ = writeln!(out, "{}", escape(name));
    }
    out
}

fn part(out: &mut String, label: &str, p: &Part) {
    match (&p.text, &p.hint) {
        (Some(t), _) => {
            let _ = writeln!(
                out,
                "  - **{label}:** {} ({})",
                escape(t),
                p.sources.join(", ")
            );
        }
        (None, Some(h)) => {
            let _ = writeln!(out, "  - **{label}:** *missing* — {}", escape(h));
        }
        _ => {}
    }
}

/// The interview preparation.
pub fn interview(prep: &InterviewPrep) -> String {
    let mut out = String::from("# Interview preparation\n\n");
    let _ = writeln!(
        out,
        "{} questions: {} with a story, {} without.\n",
        prep.questions.len(),
        prep.with_story,
        prep.without_story
    );
    for q in &prep.questions {
        let origin = serde_json::to_value(q.origin)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "## {}\n\n*{}* · {}\n",
            escape(&q.text),
            origin,
            q.competencies.join(", ")
        );
        match &q.story {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "- Story ({}): `{}`",
                    percent(s.score),
                    s.source.replace('`', "")
                );
                part(&mut out, "Situation", &s.situation);
                part(&mut out, "Task", &s.task);
                part(&mut out, "Action", &s.action);
                part(&mut out, "Result", &s.result);
            }
            None => {
                let _ = writeln!(out, "- **No story yet.**");
                if let Some(sg) = &q.suggestion {
                    let _ = writeln!(
                        out,
                        "  - Build one: {} `{}` — {}",
                        sg.kind,
                        sg.id,
                        escape(&sg.title)
                    );
                }
            }
        }
        if !q.look_for.is_empty() {
            let _ = writeln!(
                out,
                "- Interviewers look for: {}",
                escape(&q.look_for.join(" "))
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_formatting() {
        assert_eq!(escape("a*b_c|<x>"), "a\\*b\\_c\\|\\<x\\>");
    }
}
