//! Render a JSON Resume file to PDF, timing each step.
//!
//! ```sh
//! cargo run --release -p ctopath-pdf --example render_cv -- \
//!     [RESUME.json] [-o OUT.pdf] [--theme classic|modern] [--repeat N] [--edit]
//! ```
//!
//! Without a resume it renders the crate's two-page fixture. `--repeat N`
//! renders N more times on the same engine and reports the warm time, which is
//! what a long-running server sees; the whole process is what a one-shot CLI
//! call costs. With `--edit`, each repeat first changes the first highlight of
//! the first job (as a user editing and re-downloading would), so that entry
//! is laid out afresh instead of coming from Typst's cache. Used by
//! `bench/rendercv-compare.sh`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ctopath_pdf::{PdfEngine, Theme};

struct Args {
    resume: Option<PathBuf>,
    out: PathBuf,
    theme: Theme,
    repeat: u32,
    edit: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        resume: None,
        out: PathBuf::from("cv.pdf"),
        theme: Theme::Classic,
        repeat: 0,
        edit: false,
    };
    let mut raw = std::env::args().skip(1);
    while let Some(arg) = raw.next() {
        let mut value = |flag: &str| raw.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "-o" | "--output" => args.out = PathBuf::from(value("-o")?),
            "--theme" => args.theme = value("--theme")?.parse().map_err(|e| format!("{e}"))?,
            "--repeat" => {
                args.repeat = value("--repeat")?
                    .parse()
                    .map_err(|_| "--repeat takes a whole number".to_owned())?
            }
            "--edit" => args.edit = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => args.resume = Some(PathBuf::from(path)),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let started = Instant::now();
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let text = match &args.resume {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => include_str!("../fixtures/two-page.resume.json").to_owned(),
    };
    let mut resume: serde_json::Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => {
            eprintln!("error: the resume is not JSON: {e}");
            return ExitCode::from(2);
        }
    };

    let engine_started = Instant::now();
    let engine = PdfEngine::new();
    let engine_ms = ms(engine_started);

    let first_started = Instant::now();
    let pdf = match engine.cv(&resume, args.theme) {
        Ok(pdf) => pdf,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let first_ms = ms(first_started);

    let mut warm = Vec::new();
    for round in 0..args.repeat {
        if args.edit {
            edit(&mut resume, round);
        }
        let run = Instant::now();
        if let Err(e) = engine.cv(&resume, args.theme) {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
        warm.push(ms(run));
    }

    if let Err(e) = std::fs::write(&args.out, &pdf) {
        eprintln!("error: cannot write {}: {e}", args.out.display());
        return ExitCode::from(1);
    }
    println!(
        "wrote {} ({} bytes, theme {})",
        args.out.display(),
        pdf.len(),
        args.theme
    );
    println!("engine_new_ms={engine_ms:.1} first_render_ms={first_ms:.1}");
    if !warm.is_empty() {
        warm.sort_by(f64::total_cmp);
        let median = warm[warm.len() / 2];
        println!(
            "warm_renders={} edited={} warm_median_ms={median:.1} warm_min_ms={:.1}",
            warm.len(),
            args.edit,
            warm[0]
        );
    }
    println!("process_ms={:.1}", ms(started));
    ExitCode::SUCCESS
}

/// Change the first highlight of the first job, or add one.
fn edit(resume: &mut serde_json::Value, round: u32) {
    let text = format!("Edited highlight number {round}");
    match resume.pointer_mut("/work/0/highlights/0") {
        Some(highlight) => *highlight = text.into(),
        None => resume["work"] = serde_json::json!([{ "name": "Edit", "highlights": [text] }]),
    }
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
