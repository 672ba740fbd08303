//! `ctopath batch assess`: many people at once, for a coach or an HR export.
//!
//! A streaming pipeline: this thread reads lines and hands them out in small chunks,
//! one worker per core assesses them, and a writer puts the results back in input
//! order as they arrive. Channels are bounded, so memory stays flat however long the
//! input is, and no core waits for the slowest line of a block. A line that does not
//! parse or validate becomes an error record and the run goes on. The output file is
//! written beside its destination and renamed into place at the end, so a failed run
//! leaves nothing half-written.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
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

/// Lines a worker takes at a time: enough to make handing out cheap, few enough
/// that the cores finish together.
const CHUNK: usize = 64;
/// Chunks waiting or finished but not yet written, per worker.
const IN_FLIGHT: usize = 4;
/// The longest line accepted, as for single files.
const MAX_LINE: usize = 8 * 1024 * 1024;

/// Numbered input lines, in order.
type Chunk = (usize, Vec<(usize, Vec<u8>)>);

/// What each output line holds.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Nothing: each line is only parsed, to time the baseline.
    ParseOnly,
    Full,
    Summary,
    Csv,
}

pub fn assess(args: BatchAssessArgs) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let options = options(args.as_of.as_deref(), args.runs, args.seed)?;
    let threads = args
        .threads
        .map(|t| t as usize)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let input: Box<dyn Read + Send> = if args.input.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&args.input).map_err(|e| {
            CliError::input(
                Diagnostic::error(format!("cannot read {}: {e}", args.input.display()))
                    .help("pass a JSON Lines file with one profile or JSON Resume per line"),
            )
        })?)
    };
    let total_bytes = std::fs::metadata(&args.input).map(|m| m.len()).ok();
    let shape = match (args.parse_only, args.summary, args.csv) {
        (true, _, _) => Shape::ParseOnly,
        (_, _, true) => Shape::Csv,
        (_, true, _) => Shape::Summary,
        _ => Shape::Full,
    };
    let mut sink = Sink::open(args.output.as_deref())?;
    if shape == Shape::Csv {
        sink.write(crate::views::batch::Summary::CSV_HEADER.as_bytes())?;
    }
    let progress = progress_bar(total_bytes);
    let engine = Engine::new(&fw);
    let started = Instant::now();

    let (to_workers, jobs) = sync_channel::<Chunk>(threads * IN_FLIGHT);
    let jobs = Arc::new(Mutex::new(jobs));
    let (to_writer, results) = sync_channel::<(usize, Written)>(threads * IN_FLIGHT);
    let (read, written) = std::thread::scope(|s| {
        for _ in 0..threads {
            let (jobs, to_writer) = (Arc::clone(&jobs), to_writer.clone());
            let (engine, fw, options) = (&engine, &fw, &options);
            s.spawn(move || work(&jobs, &to_writer, engine, fw, options, shape));
        }
        // Only workers may hold the ends they use: when they have all gone (because
        // the writer failed) the reader's sends fail and it stops.
        drop((jobs, to_writer));
        let writer = s.spawn(move || write_in_order(results, sink));
        let read = read_chunks(input, &args.input, &to_workers, progress.as_ref());
        drop(to_workers);
        let written = writer.join().expect("the batch writer panicked");
        (read, written)
    });
    read?;
    let (assessed, failed) = written?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    let verb = if args.parse_only {
        "parsed"
    } else {
        "assessed"
    };
    eprintln!(
        "{verb} {assessed} profiles in {secs:.2} s ({:.0} per second){}",
        assessed as f64 / secs.max(1e-9),
        if failed > 0 && shape == Shape::Csv {
            format!("; {failed} lines had errors (see the last column of their rows)")
        } else if failed > 0 {
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

/// Reads numbered, non-blank lines and sends them on in chunks. Stops early when
/// the writer has gone (it failed, and its error is the one to report).
fn read_chunks(
    input: Box<dyn Read + Send>,
    name: &std::path::Path,
    to_workers: &SyncSender<Chunk>,
    progress: Option<&ProgressBar>,
) -> CliResult {
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let (mut line_no, mut index) = (0usize, 0usize);
    let mut chunk = Vec::with_capacity(CHUNK);
    loop {
        let mut buf = Vec::new();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| {
            CliError::other(Diagnostic::error(format!(
                "reading {}: {e}",
                name.display()
            )))
        })?;
        if n > 0 {
            line_no += 1;
            if let Some(p) = progress {
                p.inc(n as u64);
            }
            if !buf.iter().all(u8::is_ascii_whitespace) {
                chunk.push((line_no, buf));
            }
        }
        if (n == 0 && !chunk.is_empty()) || chunk.len() == CHUNK {
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
            if to_workers.send((index, full)).is_err() {
                return Ok(());
            }
            index += 1;
        }
        if n == 0 {
            return Ok(());
        }
    }
}

fn work(
    jobs: &Mutex<Receiver<Chunk>>,
    to_writer: &SyncSender<(usize, Written)>,
    engine: &Engine<'_>,
    fw: &Framework,
    options: &Options,
    shape: Shape,
) {
    // Each chunk's records go into one buffer, sized after the last: a record is
    // written once, where it will stay, and no line costs an allocation of its own.
    let mut expected = 0;
    loop {
        // The lock is held only while taking the next chunk.
        let next = jobs.lock().map(|j| j.recv());
        let Ok(Ok((index, lines))) = next else {
            return;
        };
        let mut done = Written {
            bytes: Vec::with_capacity(expected + expected / 8),
            assessed: 0,
            failed: 0,
        };
        for (line, bytes) in &lines {
            let ok = match shape {
                Shape::ParseOnly => parse(*line, bytes, &mut done.bytes),
                _ => one(engine, fw, options, shape, *line, bytes, &mut done.bytes),
            };
            match ok {
                true => done.assessed += 1,
                false => done.failed += 1,
            }
        }
        expected = done.bytes.len();
        if to_writer.send((index, done)).is_err() {
            return;
        }
    }
}

/// Writes chunks in input order as they arrive; returns (assessed, failed).
fn write_in_order(
    results: Receiver<(usize, Written)>,
    mut sink: Sink,
) -> CliResult<(usize, usize)> {
    let (mut assessed, mut failed) = (0, 0);
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (index, written) in results {
        waiting.insert(index, written);
        while let Some(written) = waiting.remove(&next) {
            assessed += written.assessed;
            failed += written.failed;
            sink.write(&written.bytes)?;
            next += 1;
        }
    }
    sink.finish()?;
    Ok((assessed, failed))
}

/// The output lines of one chunk, and how many were assessments or errors.
struct Written {
    bytes: Vec<u8>,
    assessed: usize,
    failed: usize,
}

/// Writes the error record for input line `line`; false, for "not assessed", so a
/// caller can return it as its own answer.
fn error_record(
    out: &mut Vec<u8>,
    shape: Shape,
    line: usize,
    message: String,
    path: Option<String>,
    help: Option<String>,
) -> bool {
    if shape == Shape::Csv {
        let mut row = String::new();
        let at = path.map(|p| format!(" at `{p}`")).unwrap_or_default();
        let fix = help.map(|h| format!("; {h}")).unwrap_or_default();
        crate::views::batch::csv_error_row(&mut row, line, &format!("{message}{at}{fix}"));
        out.extend_from_slice(row.as_bytes());
        return false;
    }
    let record =
        json!({ "line": line, "error": { "message": message, "path": path, "help": help } });
    serde_json::to_writer(&mut *out, &record).expect("a JSON value always serialises");
    out.push(b'\n');
    false
}

/// The baseline: one line parsed into a `serde_json::Value`, nothing written. True
/// when it parsed.
fn parse(line: usize, bytes: &[u8], out: &mut Vec<u8>) -> bool {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(v) => {
            std::hint::black_box(v);
            true
        }
        Err(e) => error_record(out, Shape::ParseOnly, line, e.to_string(), None, None),
    }
}

/// One input line to one output line: the assessment with its line number, or an
/// error record. True when it was assessed.
fn one(
    engine: &Engine<'_>,
    fw: &Framework,
    options: &Options,
    shape: Shape,
    line: usize,
    bytes: &[u8],
    out: &mut Vec<u8>,
) -> bool {
    if bytes.len() > MAX_LINE {
        return error_record(
            out,
            shape,
            line,
            format!("line is {} bytes; the limit is {MAX_LINE}", bytes.len()),
            None,
            Some(
                "split the profile's long texts or drop attachments; no real resume is this long"
                    .into(),
            ),
        );
    }
    let trimmed = bytes.trim_ascii();
    let loaded = match ctopath_profile::load(&format!("line {line}"), trimmed, fw) {
        Ok(l) => l,
        Err(e) => {
            let (message, path, help) = describe(&e);
            return error_record(out, shape, line, message, path, help);
        }
    };
    let a = engine.assess(&loaded.profile, options);
    match shape {
        Shape::Summary => {
            let summary = crate::views::batch::Summary::of(line, &a);
            serde_json::to_writer(&mut *out, &summary).expect("a summary always serialises");
            out.push(b'\n');
            return true;
        }
        Shape::Csv => {
            let mut row = String::new();
            crate::views::batch::Summary::of(line, &a).csv_row(&mut row);
            out.extend_from_slice(row.as_bytes());
            return true;
        }
        Shape::Full | Shape::ParseOnly => {}
    }
    // `{"line":N` and then the assessment's own object, whose opening brace becomes
    // the comma between them: the record is written in place, never copied.
    write!(out, "{{\"line\":{line}").expect("writing to memory cannot fail");
    let brace = out.len();
    serde_json::to_writer(&mut *out, &a).expect("an assessment always serialises");
    debug_assert_eq!(out[brace], b'{');
    out[brace] = b',';
    out.push(b'\n');
    true
}

const LINE_HELP: &str = "each line must be one JSON object: a JSON Resume or a ctopath profile";

/// The message, field path and fix of a line that failed to load.
fn describe(e: &ctopath_profile::ProfileError) -> (String, Option<String>, Option<String>) {
    use ctopath_profile::ProfileError as P;
    match e {
        P::Field(f) => (
            f.message.clone(),
            Some(f.path.to_string()),
            Some(if f.path.is_root() {
                LINE_HELP.into()
            } else {
                crate::error::field_help(&f.message, &crate::error::profile_field_fix(f))
            }),
        ),
        P::Invalid { problems, .. } => {
            let Some(first) = problems.first() else {
                return (e.to_string(), None, Some(LINE_HELP.into()));
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
        P::Input(_) => (e.to_string(), None, Some(LINE_HELP.into())),
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

/// A stream written into directly (standard output, a device or a pipe), or a
/// temporary file renamed onto the output path at the end.
enum Sink {
    Stream(std::io::BufWriter<Box<dyn Write + Send>>),
    File(
        std::io::BufWriter<tempfile::NamedTempFile>,
        std::path::PathBuf,
    ),
}

impl Sink {
    fn stream(w: Box<dyn Write + Send>) -> Sink {
        Sink::Stream(std::io::BufWriter::with_capacity(1 << 20, w))
    }

    fn open(path: Option<&std::path::Path>) -> CliResult<Sink> {
        let Some(path) = path else {
            return Ok(Sink::stream(Box::new(std::io::stdout())));
        };
        if let Some(device) = crate::io::open_special_file(path) {
            let device = device.map_err(|e| {
                CliError::input(Diagnostic::error(format!(
                    "cannot write to {}: {e}",
                    path.display()
                )))
            })?;
            return Ok(Sink::stream(Box::new(device)));
        }
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
            Sink::Stream(w) => w.write_all(bytes),
            Sink::File(w, _) => w.write_all(bytes),
        };
        match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }

    fn finish(self) -> CliResult {
        match self {
            Sink::Stream(mut w) => match w.flush() {
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
