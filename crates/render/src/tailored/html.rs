//! Self-contained HTML for the tailoring documents: one file each, inline CSS,
//! no scripts and no external requests, one column so the reading order is the
//! document order.

use std::fmt::Write as _;

use ctopath_tailor::interview::{InterviewPrep, Part};
use ctopath_tailor::{CoverLetter, Tailoring, Verdict};

use super::{CvView, Theme, percent};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const BASE_CSS: &str = "body{max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111;background:#fff}\
h1{margin-bottom:.2rem}h2{margin-top:1.6rem;border-bottom:1px solid #ccc;padding-bottom:.15rem}\
h3{margin:.9rem 0 .1rem}.meta{color:#555;font-size:.92em;margin:.1rem 0 .4rem}ul{padding-left:1.2rem}\
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}\
.covered{color:#176f2c;font-weight:bold}.weak{color:#9a6700;font-weight:bold}.missing{color:#b42318;font-weight:bold}\
code{font-size:.88em;background:#f4f4f4;padding:0 .2rem}.hint{color:#b42318}\
@media print{body{margin:0;max-width:none}}";

fn theme_css(theme: Theme) -> &'static str {
    match theme {
        Theme::Classic => {
            "body{font-family:Georgia,'Times New Roman',serif}h1,h2,h3{font-family:Georgia,serif}"
        }
        Theme::Modern => {
            "body{font-family:'Helvetica Neue',Arial,sans-serif}h1,h2{color:#1f4e8c}h2{border-bottom:2px solid #1f4e8c}"
        }
    }
}

fn page(title: &str, theme: Theme, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{BASE_CSS}{}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title),
        theme_css(theme)
    )
}

fn list(out: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for i in items {
        let _ = writeln!(out, "<li>{}</li>", escape(i));
    }
    out.push_str("</ul>\n");
}

/// The body of the CV (no page wrapper), for embedding.
pub fn cv_body(view: &CvView) -> String {
    let mut out = String::new();
    let name = if view.name.is_empty() {
        "Curriculum vitae"
    } else {
        &view.name
    };
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape(name));
    if !view.label.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><strong>{}</strong></p>",
            escape(&view.label)
        );
    }
    if !view.contact.is_empty() {
        let items: Vec<String> = view.contact.iter().map(|c| escape(c)).collect();
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", items.join(" · "));
    }
    out.push_str("</header>\n");
    if !view.summary.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>Summary</h2>\n<p>{}</p>\n</section>",
            escape(&view.summary)
        );
    }
    if !view.work.is_empty() {
        out.push_str("<section>\n<h2>Experience</h2>\n");
        for w in &view.work {
            let head: Vec<String> = [&w.title, &w.organisation]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| escape(s))
                .collect();
            let _ = writeln!(out, "<h3>{}</h3>", head.join(", "));
            let meta: Vec<String> = [&w.dates, &w.location]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| escape(s))
                .collect();
            if !meta.is_empty() {
                let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
            }
            if !w.summary.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", escape(&w.summary));
            }
            list(&mut out, &w.highlights);
        }
        out.push_str("</section>\n");
    }
    if !view.skills.is_empty() {
        let lines: Vec<String> = view
            .skills
            .iter()
            .map(|(n, k)| {
                if n.is_empty() {
                    k.join(", ")
                } else if k.is_empty() {
                    n.clone()
                } else {
                    format!("{n}: {}", k.join(", "))
                }
            })
            .collect();
        out.push_str("<section>\n<h2>Skills</h2>\n");
        list(&mut out, &lines);
        out.push_str("</section>\n");
    }
    if !view.projects.is_empty() {
        out.push_str("<section>\n<h2>Projects</h2>\n");
        for p in &view.projects {
            let _ = writeln!(out, "<h3>{}</h3>", escape(&p.name));
            if !p.description.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", escape(&p.description));
            }
            list(&mut out, &p.highlights);
        }
        out.push_str("</section>\n");
    }
    for (title, items) in [
        ("Education", &view.education),
        ("Certificates", &view.certificates),
        ("Languages", &view.languages),
    ] {
        if !items.is_empty() {
            let _ = writeln!(out, "<section>\n<h2>{title}</h2>");
            list(&mut out, items);
            out.push_str("</section>\n");
        }
    }
    out
}

fn verdict(v: Verdict) -> String {
    format!("<span class=\"{0}\">{0}</span>", v.as_str())
}

/// The body of the coverage report.
pub fn coverage_body(t: &Tailoring) -> String {
    let mut out = String::new();
    let title = t.posting.title.as_deref().unwrap_or("the posting");
    let _ = writeln!(out, "<section>\n<h2>Fit to {}</h2>", escape(title));
    let _ = writeln!(
        out,
        "<p><strong>Overall fit: {}</strong></p>",
        percent(t.fit.fit)
    );
    if !t.fit.gaps.is_empty() {
        out.push_str("<h3>Gaps that matter most</h3>\n<ul>\n");
        for g in &t.fit.gaps {
            let _ = writeln!(out, "<li>{} {}</li>", verdict(g.verdict), escape(&g.text));
        }
        out.push_str("</ul>\n");
    }
    if !t.fit.missing_keywords.is_empty() {
        let _ = writeln!(
            out,
            "<h3>Keywords the CV lacks</h3>\n<p>{}</p>",
            escape(&t.fit.missing_keywords.join(", "))
        );
    }
    out.push_str("<h3>Requirements</h3>\n<table>\n<tr><th>Requirement</th><th>Verdict</th><th>Score</th><th>Evidence</th></tr>\n");
    for r in &t.fit.requirements {
        let evidence: Vec<String> = r
            .evidence
            .iter()
            .map(|e| format!("{} <code>{}</code>", escape(&e.text), escape(&e.source)))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.requirement.text),
            verdict(r.verdict),
            percent(r.score),
            evidence.join("<br>")
        );
    }
    out.push_str("</table>\n</section>\n");
    out
}

/// The tailored CV and its coverage report, one document.
pub fn tailored(t: &Tailoring, theme: Theme) -> String {
    let view = CvView::from_json_resume(&t.cv);
    let body = format!("{}<hr>\n{}", cv_body(&view), coverage_body(t));
    page(
        if view.name.is_empty() {
            "CV"
        } else {
            &view.name
        },
        theme,
        &body,
    )
}

/// The tailored CV alone.
pub fn cv(view: &CvView, theme: Theme) -> String {
    page(
        if view.name.is_empty() {
            "CV"
        } else {
            &view.name
        },
        theme,
        &cv_body(view),
    )
}

/// The cover letter.
pub fn letter(l: &CoverLetter, theme: Theme) -> String {
    let mut body = format!("<p>{}</p>\n", escape(&l.greeting));
    for p in &l.paragraphs {
        let text: Vec<String> = p.sentences.iter().map(|s| escape(&s.text)).collect();
        if (p.id == "team" || p.id == "bring") && text.len() > 1 {
            let _ = writeln!(body, "<p>{}</p>\n<ul>", text[0]);
            for i in &text[1..] {
                let _ = writeln!(body, "<li>{i}</li>");
            }
            body.push_str("</ul>\n");
        } else {
            let _ = writeln!(body, "<p>{}</p>", text.join(" "));
        }
    }
    let _ = writeln!(
        body,
        "<p>{}<br>{}</p>",
        escape(&l.sign_off),
        escape(l.name.as_deref().unwrap_or(""))
    );
    page("Cover letter", theme, &body)
}

fn part(out: &mut String, label: &str, p: &Part) {
    match (&p.text, &p.hint) {
        (Some(t), _) => {
            let _ = writeln!(
                out,
                "<li><strong>{label}:</strong> {} <code>{}</code></li>",
                escape(t),
                escape(&p.sources.join(", "))
            );
        }
        (None, Some(h)) => {
            let _ = writeln!(
                out,
                "<li><strong>{label}:</strong> <span class=\"hint\">missing</span> — {}</li>",
                escape(h)
            );
        }
        _ => {}
    }
}

/// The interview preparation.
pub fn interview(prep: &InterviewPrep, theme: Theme) -> String {
    let mut body = String::from("<h1>Interview preparation</h1>\n");
    let _ = writeln!(
        body,
        "<p>{} questions: {} with a story, {} without.</p>",
        prep.questions.len(),
        prep.with_story,
        prep.without_story
    );
    for q in &prep.questions {
        let _ = writeln!(
            body,
            "<section>\n<h3>{}</h3>\n<p class=\"meta\">{}</p>\n<ul>",
            escape(&q.text),
            escape(&q.competencies.join(", "))
        );
        match &q.story {
            Some(s) => {
                part(&mut body, "Situation", &s.situation);
                part(&mut body, "Task", &s.task);
                part(&mut body, "Action", &s.action);
                part(&mut body, "Result", &s.result);
            }
            None => {
                body.push_str("<li><span class=\"hint\">No story yet.</span>");
                if let Some(sg) = &q.suggestion {
                    let _ = write!(
                        body,
                        " Build one: {} <code>{}</code> — {}",
                        escape(&sg.kind),
                        escape(&sg.id),
                        escape(&sg.title)
                    );
                }
                body.push_str("</li>\n");
            }
        }
        body.push_str("</ul>\n</section>\n");
    }
    page("Interview preparation", theme, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b>\"R&D\"</b>'"),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&#39;"
        );
    }

    #[test]
    fn pages_are_self_contained() {
        let html = cv(
            &CvView {
                name: "A <B>".into(),
                ..Default::default()
            },
            Theme::Modern,
        );
        assert!(html.contains("<h1>A &lt;B&gt;</h1>"));
        for external in ["http://", "https://", "<script", "<link", "@import", "url("] {
            assert!(!html.contains(external), "{external} in {html}");
        }
    }
}
