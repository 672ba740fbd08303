//! `ctopath batch assess`: many people at once, for a coach or an HR export.
//!
//! Lines are read in blocks; each block is assessed on all cores and written in input
//! order before the next is read, so memory stays bounded and the output lines up with
//! the input. A line that does not parse or validate becomes an error record and the run
//! goes on. The output file is written beside its destination and renamed into place
//! at the end, so a failed run leaves nothing half-written.

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use ctopath_engine::{Engine, Options};
use ctopath_framework::Framework;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use super::assess::options;
use super::framework::load as load_framework;
use crate::diagnostic::Diagnostic;
use crate::engine_args::BatchAssessArgs;
use crate::error::{CliError, CliResult};

/// Lines assessed between writes.
const BLOCK: usize = 16_384;
/// Lines a worker takes at a time.
const CHUNK: usize = 64;
/// The longest line accepted, as for single files.
const MAX_LINE: usize = 8 * 1024 * 1024;

pub fn assess(args: BatchAssessArgs) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let options = options(args.as_of.as_deref(), args.runs, args.seed)?;
    let threads = args
        .threads
        .map(|t| t as usize)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let input: Box<dyn Read> = if args.input.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(&args.input).map_err(|e| {
            CliError::input(
                Diagnostic::error(format!("cannot read {}: {e}", args.input.display()))
                    .help("pass a JSON Lines file with one profile or JSON Resume per line"),
            )
        })?)
    };
    let total_bytes = std::fs::metadata(&args.input).map(|m| m.len()).ok();
    let mut sink = Sink::open(args.output.as_deref())?;
    let progress = progress_bar(total_bytes);
    let engine = Engine::new(&fw);
    let started = Instant::now();
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let (mut line_no, mut assessed, mut failed) = (0usize, 0usize, 0usize);
    loop {
        let mut block: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BLOCK);
        while block.len() < BLOCK {
            let mut buf = Vec::new();
            let n = reader.read_until(b'\n', &mut buf).map_err(|e| {
                CliError::other(Diagnostic::error(format!(
                    "reading {}: {e}",
                    args.input.display()
                )))
            })?;
            if n == 0 {
                break;
            }
            line_no += 1;
            if let Some(p) = &progress {
                p.inc(n as u64);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            block.push((line_no, buf));
        }
        if block.is_empty() {
            break;
        }
        let results = run_block(&engine, &fw, &options, &block, threads);
        for r in &results {
            if r.ok {
                assessed += 1;
            } else {
                failed += 1;
            }
            sink.write(r.text.as_bytes())?;
        }
    }
    sink.finish()?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "assessed {assessed} profiles in {secs:.2} s ({:.0} per second){}",
        assessed as f64 / secs.max(1e-9),
        if failed > 0 {
            format!("; {failed} lines had errors (see their \"error\" records)")
        } else {
            String::new()
        }
    );
    if failed > 0 && assessed == 0 {
        return Err(CliError::input(
            Diagnostic::error("no line of the input could be assessed")
                .help("each line must be one JSON object: a JSON Resume or a ctopath profile"),
        ));
    }
    Ok(())
}

struct Outcome {
    ok: bool,
    text: String,
}

fn run_block(
    engine: &Engine<'_>,
    fw: &Framework,
    options: &Options,
    block: &[(usize, Vec<u8>)],
    threads: usize,
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Outcome>> = (0..block.len()).map(|_| None).collect();
    let parts: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                        if start >= block.len() {
                            break;
                        }
                        for (i, (line, bytes)) in block.iter().enumerate().skip(start).take(CHUNK) {
                            done.push((i, one(engine, fw, options, *line, bytes)));
                        }
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a batch worker panicked"))
            .collect()
    });
    for (i, o) in parts.into_iter().flatten() {
        slots[i] = Some(o);
    }
    slots
        .into_iter()
        .map(|o| o.expect("every line is assessed"))
        .collect()
}

/// One input line to one output line: the assessment with its line number, or an error
/// record.
fn one(
    engine: &Engine<'_>,
    fw: &Framework,
    options: &Options,
    line: usize,
    bytes: &[u8],
) -> Outcome {
    let error = |message: String, path: Option<String>, help: Option<String>| Outcome {
        ok: false,
        text: format!(
            "{}\n",
            json!({ "line": line, "error": { "message": message, "path": path, "help": help } })
        ),
    };
    if bytes.len() > MAX_LINE {
        return error(
            format!("line is {} bytes; the limit is {MAX_LINE}", bytes.len()),
            None,
            None,
        );
    }
    let trimmed = bytes.trim_ascii();
    let loaded = match ctopath_profile::load(&format!("line {line}"), trimmed, fw) {
        Ok(l) => l,
        Err(e) => {
            let (message, path, help) = describe(&e);
            return error(message, path, help);
        }
    };
    let a = engine.assess(&loaded.profile, options);
    let body = serde_json::to_string(&a).expect("an assessment always serialises");
    Outcome {
        ok: true,
        text: format!("{{\"line\":{line},{}\n", &body[1..]),
    }
}

/// The message, field path and fix of a line that failed to load.
fn describe(e: &ctopath_profile::ProfileError) -> (String, Option<String>, Option<String>) {
    use ctopath_profile::ProfileError as P;
    match e {
        P::Field(f) => (f.message.clone(), Some(f.path.to_string()), None),
        P::Invalid { problems, .. } => {
            let Some(first) = problems.first() else {
                return (e.to_string(), None, None);
            };
            let more = match problems.len() {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            (
                format!("{}{more}", first.problem.message),
                Some(first.problem.path.to_string()),
                Some(first.problem.help.clone()),
            )
        }
        P::Input(_) => (
            e.to_string(),
            None,
            Some("each line must be one JSON object: a JSON Resume or a ctopath profile".into()),
        ),
    }
}

fn progress_bar(total: Option<u64>) -> Option<ProgressBar> {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return None;
    }
    let bar = ProgressBar::new(total.unwrap_or(0));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} assessing [{bar:30}] {bytes}/{total_bytes} ({eta})",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    Some(bar)
}

/// Standard output, or a temporary file renamed onto the output path at the end.
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File(
        std::io::BufWriter<tempfile::NamedTempFile>,
        std::path::PathBuf,
    ),
}

impl Sink {
    fn open(path: Option<&std::path::Path>) -> CliResult<Sink> {
        let Some(path) = path else {
            return Ok(Sink::Stdout(std::io::BufWriter::new(std::io::stdout())));
        };
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| {
            CliError::input(
                Diagnostic::error(format!("cannot write to {}: {e}", dir.display()))
                    .help("choose an --output in a directory you can write to"),
            )
        })?;
        Ok(Sink::File(
            std::io::BufWriter::with_capacity(1 << 20, tmp),
            path.to_path_buf(),
        ))
    }

    fn write(&mut self, bytes: &[u8]) -> CliResult {
        let r = match self {
            Sink::Stdout(w) => w.write_all(bytes),
            Sink::File(w, _) => w.write_all(bytes),
        };
        match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }

    fn finish(self) -> CliResult {
        match self {
            Sink::Stdout(mut w) => match w.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            },
            Sink::File(w, path) => {
                let tmp = w.into_inner().map_err(|e| e.into_error())?;
                tmp.persist(&path).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}
