//! Reading input files and writing outputs safely.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use ctopath_source::Limits;

use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};

/// A file as read from disk (or standard input), with the name used in messages.
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl InputFile {
    /// The text, when the file is UTF-8 (used to quote lines in diagnostics).
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }
}

/// Reads `path` (`-` for standard input), refusing files larger than the input limit
/// before reading them so a huge file cannot exhaust memory.
pub fn read_input(path: &Path) -> CliResult<InputFile> {
    let name = path.display().to_string();
    let limit = Limits::default().max_bytes;
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin()
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)?;
        return Ok(InputFile {
            name: "<stdin>".into(),
            bytes,
        });
    }
    let not_readable = |e: std::io::Error| {
        CliError::input(
            Diagnostic::error(format!("cannot read `{name}`: {}", plain_io_error(&e)))
                .help("check the path; relative paths are resolved from the current directory"),
        )
    };
    let file = std::fs::File::open(path).map_err(not_readable)?;
    let meta = file.metadata().map_err(not_readable)?;
    if meta.is_dir() {
        return Err(CliError::input(
            Diagnostic::error(format!("`{name}` is a directory, not a file"))
                .help("pass the path of a YAML or JSON file"),
        ));
    }
    // Read one byte past the limit so the parser reports the size error itself.
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(not_readable)?;
    Ok(InputFile { name, bytes })
}

fn plain_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// `path` opened for writing when it is a device, pipe or socket (`/dev/null`,
/// `/dev/stdout`, a FIFO): something to write into, never to replace with a renamed
/// file. `None` for anything else.
pub fn open_special_file(path: &Path) -> Option<std::io::Result<std::fs::File>> {
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    special.then(|| std::fs::OpenOptions::new().write(true).open(path))
}

/// Writes `contents` to `path` atomically: a reader never sees a half-written file,
/// and an existing file is left untouched if anything fails. Devices and pipes are
/// written into directly.
pub fn write_atomically(path: &Path, contents: &[u8]) -> CliResult {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| {
        CliError::other(Diagnostic::error(format!(
            "cannot write `{}`: {e}",
            path.display()
        )))
    };
    if let Some(device) = open_special_file(path) {
        return device.map_err(fail)?.write_all(contents).map_err(fail);
    }
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(contents).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Prints to standard output, treating a closed pipe (`| head`) as success.
pub fn print_stdout(text: &str) -> CliResult {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// The output format asked for, else `table` on a terminal and `json` for pipes and
/// scripts: the default of every command that prints a result.
pub fn format_or_default<F>(chosen: Option<F>, table: F, json: F) -> F {
    chosen.unwrap_or_else(|| if stdout_is_terminal() { table } else { json })
}
