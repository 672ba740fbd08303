//! `ctopath tailor` and `ctopath interview`.

use std::path::Path;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL};
use ctopath_profile::PartialDate;
use ctopath_render::tailored::{self, Theme};
use ctopath_source::Location;
use ctopath_tailor::interview::InterviewPrep;
use ctopath_tailor::{CoverLetter, Posting, PostingError, Tailor, Tailoring};

use super::framework::{load as load_framework, to_json};
use super::profile::{Globals, current};
use crate::clock;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::{format_or_default, print_stdout, read_input, write_atomically};
use crate::tailor_args::{InterviewArgs, InterviewFormat, TailorArgs, TailorFormat, ThemeArg};

pub fn tailor(args: TailorArgs, g: &Globals) -> CliResult {
    let format = format_or_default(args.format, TailorFormat::Table, TailorFormat::Json);
    if format == TailorFormat::Pdf && args.output.is_none() {
        return Err(CliError::input(
            Diagnostic::error("--format pdf writes a file and needs -o")
                .help("e.g. `ctopath tailor --job posting.txt --format pdf -o cv.pdf`"),
        ));
    }
    let today = as_of(args.as_of.as_deref())?;
    let fw = load_framework(&args.framework)?;
    let posting = read_posting(&args.job)?;
    let (profile, _) = current(args.profile.as_deref(), &fw, g)?;
    let tailor = Tailor::new(&profile, &fw, today);
    let tailoring = tailor.fit(&posting).map_err(posting_error)?;
    let letter = args.cover_letter.then(|| tailor.cover_letter(&tailoring));
    let theme = theme(args.theme);
    let bytes: Vec<u8> = match (format, &letter) {
        (TailorFormat::Json, _) => {
            let mut value =
                serde_json::to_value(&tailoring).expect("a tailoring always serialises");
            if let (Some(l), Some(root)) = (&letter, value.as_object_mut()) {
                root.insert(
                    "cover_letter".into(),
                    serde_json::to_value(l).expect("a letter always serialises"),
                );
            }
            to_json(&value).into_bytes()
        }
        (TailorFormat::Md, Some(l)) => tailored::markdown::letter(l).into_bytes(),
        (TailorFormat::Md, None) => tailored::markdown::tailored(&tailoring).into_bytes(),
        (TailorFormat::Html, Some(l)) => tailored::html::letter(l, theme).into_bytes(),
        (TailorFormat::Html, None) => tailored::html::tailored(&tailoring, theme).into_bytes(),
        (TailorFormat::Pdf, _) => pdf(&tailoring, letter.as_ref(), args.theme)?,
        (TailorFormat::Table, Some(l)) => tailored::markdown::letter(l).into_bytes(),
        (TailorFormat::Table, None) => table(&tailoring).into_bytes(),
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, &bytes)?;
            eprintln!(
                "wrote {} (fit {:.0}%, {} requirements)",
                path.display(),
                tailoring.fit.fit * 100.0,
                tailoring.fit.requirements.len()
            );
            Ok(())
        }
        None => print_stdout(&String::from_utf8_lossy(&bytes)),
    }
}

pub fn interview(args: InterviewArgs, g: &Globals) -> CliResult {
    let today = as_of(args.as_of.as_deref())?;
    let fw = load_framework(&args.framework)?;
    let posting = args.job.as_deref().map(read_posting).transpose()?;
    let (profile, _) = current(args.profile.as_deref(), &fw, g)?;
    let tailor = Tailor::new(&profile, &fw, today);
    let tailoring = posting
        .map(|p| tailor.fit(&p))
        .transpose()
        .map_err(posting_error)?;
    let prep = tailor.interview(tailoring.as_ref());
    let format = format_or_default(args.format, InterviewFormat::Table, InterviewFormat::Json);
    let text = match format {
        InterviewFormat::Json => to_json(&prep),
        InterviewFormat::Md => tailored::markdown::interview(&prep),
        InterviewFormat::Html => tailored::html::interview(&prep, theme(args.theme)),
        InterviewFormat::Table => interview_table(&prep),
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            eprintln!(
                "wrote {} ({} questions, {} without a story)",
                path.display(),
                prep.questions.len(),
                prep.without_story
            );
            Ok(())
        }
        None => print_stdout(&text),
    }
}

fn theme(arg: ThemeArg) -> Theme {
    match arg {
        ThemeArg::Classic => Theme::Classic,
        ThemeArg::Modern => Theme::Modern,
    }
}

/// The date years are counted to, as a fractional year.
fn as_of(date: Option<&str>) -> CliResult<f64> {
    match date {
        None => Ok(clock::today().as_fractional_year()),
        Some(text) => PartialDate::parse(text)
            .map(|d| d.as_fractional_year())
            .map_err(|e| {
                CliError::input(
                    Diagnostic::error(format!("--as-of {text:?} is not a date: {e}"))
                        .help("write it as YYYY, YYYY-MM or YYYY-MM-DD"),
                )
            }),
    }
}

fn read_posting(path: &Path) -> CliResult<Posting> {
    let file = read_input(path)?;
    Posting::parse(&file.name, &file.bytes).map_err(|e| {
        let located = posting_error(e);
        match located {
            CliError::Input(mut ds) => {
                for d in &mut ds {
                    d.source = file.text().map(str::to_string);
                }
                CliError::Input(ds)
            }
            other => other,
        }
    })
}

fn posting_error(e: PostingError) -> CliError {
    let location = match &e {
        PostingError::Json { line, column, .. } => Some(Location {
            line: *line,
            column: *column,
        }),
        _ => None,
    };
    let mut d = Diagnostic::error(
        e.to_string()
            .split_once(": ")
            .map_or(e.to_string(), |(_, m)| m.to_string()),
    )
    .at(e.file(), location)
    .help(e.help());
    if let PostingError::Field { path, .. } = &e {
        d = d.field(path);
    }
    CliError::input(d)
}

fn pdf(t: &Tailoring, letter: Option<&CoverLetter>, theme: ThemeArg) -> CliResult<Vec<u8>> {
    let engine = ctopath_pdf::PdfEngine::new();
    let theme = match theme {
        ThemeArg::Classic => ctopath_pdf::Theme::Classic,
        ThemeArg::Modern => ctopath_pdf::Theme::Modern,
    };
    let result = match letter {
        None => engine.cv(&t.cv, theme),
        Some(l) => engine.document(&letter_document(t, l), &[]),
    };
    result.map_err(|e| CliError::other(Diagnostic::error(format!("cannot render the PDF: {e}"))))
}

/// The letter as a PDF report document: one section, its paragraphs and lists.
fn letter_document(t: &Tailoring, l: &CoverLetter) -> ctopath_pdf::Document {
    use ctopath_pdf::{Block, Document, Section};
    let mut blocks = vec![Block::Paragraph {
        text: l.greeting.clone(),
    }];
    for p in &l.paragraphs {
        let texts: Vec<String> = p.sentences.iter().map(|s| s.text.clone()).collect();
        if (p.id == "team" || p.id == "bring") && texts.len() > 1 {
            blocks.push(Block::Paragraph {
                text: texts[0].clone(),
            });
            blocks.push(Block::List {
                items: texts[1..].to_vec(),
            });
        } else {
            blocks.push(Block::Paragraph {
                text: texts.join(" "),
            });
        }
    }
    blocks.push(Block::Paragraph {
        text: format!("{} {}", l.sign_off, l.name.clone().unwrap_or_default())
            .trim()
            .to_string(),
    });
    let heading = match (&t.posting.title, &t.posting.company) {
        (Some(title), Some(company)) => format!("{title}, {company}"),
        (Some(title), None) => title.clone(),
        _ => "Application".to_string(),
    };
    Document {
        title: "Cover letter".into(),
        subtitle: l.name.clone(),
        author: l.name.clone(),
        sections: vec![Section { heading, blocks }],
    }
}

fn table(t: &Tailoring) -> String {
    let mut out = String::new();
    let title = t.posting.title.as_deref().unwrap_or("the posting");
    out.push_str(&format!("Fit to {title}: {:.0}%\n\n", t.fit.fit * 100.0));
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["#", "requirement", "verdict", "score", "best evidence"]);
    for r in &t.fit.requirements {
        let evidence = r
            .evidence
            .first()
            .map(|e| format!("{} [{}]", e.text, e.source))
            .unwrap_or_else(|| "-".into());
        table.add_row([
            r.requirement.id.clone(),
            r.requirement.text.clone(),
            r.verdict.as_str().to_string(),
            format!("{:.2}", r.score),
            evidence,
        ]);
    }
    out.push_str(&format!("{table}\n"));
    if !t.fit.gaps.is_empty() {
        out.push_str("\nGaps that matter most:\n");
        for g in &t.fit.gaps {
            out.push_str(&format!(
                "  {} {} ({:?})\n",
                g.verdict.as_str(),
                g.text,
                g.importance
            ));
        }
    }
    if !t.fit.missing_keywords.is_empty() {
        out.push_str(&format!(
            "\nKeywords the CV lacks: {}\n",
            t.fit.missing_keywords.join(", ")
        ));
    }
    out.push_str(
        "\nThe tailored CV: --format md|html|pdf -o FILE; every match explained: --format json\n",
    );
    out
}

fn interview_table(prep: &InterviewPrep) -> String {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["question", "best story", "result"]);
    for q in &prep.questions {
        let (story, result) = match &q.story {
            Some(s) => (
                format!("{} [{}]", s.text, s.source),
                s.result
                    .text
                    .clone()
                    .or(s.result.hint.clone())
                    .unwrap_or_default(),
            ),
            None => (
                match &q.suggestion {
                    Some(sg) => format!(
                        "no story yet; build one: {} {} ({})",
                        sg.kind, sg.id, sg.title
                    ),
                    None => "no story yet".into(),
                },
                String::new(),
            ),
        };
        table.add_row([q.text.clone(), story, result]);
    }
    format!(
        "{} questions, {} with a story, {} without\n{table}\n",
        prep.questions.len(),
        prep.with_story,
        prep.without_story
    )
}
