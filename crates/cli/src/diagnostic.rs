//! Error reports that read like cargo's: what went wrong, where (with the source
//! line under a caret), and how to fix it.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use ctopath_source::Location;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const ACCENT: Style = AnsiColor::Blue.on_default().bold();
const BOLD: Style = Style::new().bold();

/// One diagnostic. Built up with the `with_*` methods and rendered to text.
#[derive(Debug, Clone, Default)]
pub struct Diagnostic {
    pub message: String,
    pub file: Option<String>,
    pub location: Option<Location>,
    /// The source text, so the offending line can be quoted.
    pub source: Option<String>,
    pub field: Option<String>,
    pub notes: Vec<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            ..Default::default()
        }
    }

    pub fn at(mut self, file: &str, location: Option<Location>) -> Self {
        self.file = Some(file.to_string());
        self.location = location;
        self
    }

    pub fn source(mut self, text: Option<&str>) -> Self {
        self.source = text.map(str::to_string);
        self
    }

    pub fn field(mut self, path: impl ToString) -> Self {
        let path = path.to_string();
        if !path.is_empty() {
            self.field = Some(path);
        }
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders with ANSI styles; `anstream` strips them when stderr is not a terminal.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{ERROR}error{ERROR:#}{BOLD}: {}{BOLD:#}", self.message);
        let line = self.location.map(|l| l.line);
        let gutter = line.map(|l| l.to_string().len()).unwrap_or(1);
        let pad = " ".repeat(gutter);
        if let Some(file) = &self.file {
            let at = self.location.map(|l| format!(":{l}")).unwrap_or_default();
            let _ = writeln!(out, "{pad}{ACCENT}-->{ACCENT:#} {file}{at}");
        }
        if let (Some(loc), Some(text)) = (self.location, &self.source)
            && let Some(src_line) = text.lines().nth(loc.line.saturating_sub(1))
        {
            let shown: String = src_line.chars().take(160).collect();
            let caret = " ".repeat(loc.column.saturating_sub(1).min(shown.chars().count()));
            let _ = writeln!(out, "{pad} {ACCENT}|{ACCENT:#}");
            let _ = writeln!(
                out,
                "{ACCENT}{}{ACCENT:#} {ACCENT}|{ACCENT:#} {shown}",
                loc.line
            );
            let _ = writeln!(out, "{pad} {ACCENT}|{ACCENT:#} {caret}{ERROR}^{ERROR:#}");
        }
        let bar = format!("{pad} ");
        if let Some(field) = &self.field {
            let _ = writeln!(out, "{bar}{ACCENT}={ACCENT:#} {BOLD}field{BOLD:#}: {field}");
        }
        for note in &self.notes {
            let _ = writeln!(out, "{bar}{ACCENT}={ACCENT:#} {BOLD}note{BOLD:#}: {note}");
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{bar}{ACCENT}={ACCENT:#} {BOLD}help{BOLD:#}: {help}");
        }
        out
    }
}
