//! Questions asked on a terminal. Commands ask only when a person is at the keyboard
//! (standard input and error both terminals); scripts use flags instead, so a
//! pipeline never hangs waiting for an answer.

use std::io::IsTerminal;
use std::str::FromStr;

use ctopath_profile::PartialDate;
use dialoguer::{Confirm, Input, Select};

use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};

/// True when there is someone to answer questions.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn failed(e: dialoguer::Error) -> CliError {
    CliError::other(Diagnostic::error(format!("the prompt failed: {e}")))
}

/// A line of text, pre-filled with `initial` for editing in place. Empty answers
/// are refused unless `optional`.
pub fn text(prompt: &str, initial: &str, optional: bool) -> CliResult<String> {
    let mut input = Input::<String>::new()
        .with_prompt(prompt)
        .allow_empty(optional);
    if !initial.is_empty() {
        input = input.with_initial_text(initial);
    }
    input
        .interact_text()
        .map(|s| s.trim().to_string())
        .map_err(failed)
}

/// A number, with `default` taken on Enter; `None` when optional and left empty.
pub fn number<T>(prompt: &str, default: Option<T>, optional: bool) -> CliResult<Option<T>>
where
    T: FromStr + ToString + Clone,
{
    let initial = default.map(|d| d.to_string()).unwrap_or_default();
    let answer = Input::<String>::new()
        .with_prompt(prompt)
        .with_initial_text(initial)
        .allow_empty(optional)
        .validate_with(|s: &String| -> Result<(), String> {
            let s = s.trim();
            if s.is_empty() || parse_number::<T>(s).is_some() {
                Ok(())
            } else {
                Err(format!("`{s}` is not a number"))
            }
        })
        .interact_text()
        .map_err(failed)?;
    Ok(parse_number(answer.trim()))
}

/// Reads a number as people type it: `1,400` and `1_400` are 1400.
pub fn parse_number<T: FromStr>(text: &str) -> Option<T> {
    let plain: String = text.chars().filter(|c| *c != ',' && *c != '_').collect();
    plain.parse().ok()
}

/// A real calendar date, pre-filled with `initial`.
pub fn date(prompt: &str, initial: PartialDate) -> CliResult<PartialDate> {
    let answer = Input::<String>::new()
        .with_prompt(prompt)
        .with_initial_text(initial.to_string())
        .validate_with(|s: &String| -> Result<(), String> {
            PartialDate::parse(s.trim())
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
        .interact_text()
        .map_err(failed)?;
    Ok(PartialDate::parse(answer.trim()).expect("validated above"))
}

/// One of `items`, `default` highlighted.
pub fn choose(prompt: &str, items: &[String], default: usize) -> CliResult<usize> {
    Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(default)
        .interact()
        .map_err(failed)
}

pub fn confirm(prompt: &str, default: bool) -> CliResult<bool> {
    Confirm::new()
        .with_prompt(prompt)
        .default(default)
        .interact()
        .map_err(failed)
}

/// A `;`-separated list, pre-filled with the current items.
pub fn list(prompt: &str, current: &[String]) -> CliResult<Vec<String>> {
    let answer = text(
        &format!("{prompt} (separate with ;)"),
        &current.join("; "),
        true,
    )?;
    Ok(answer
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect())
}
