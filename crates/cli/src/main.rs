//! `ctopath`: the command-line front end. Parsing, dispatch and exit codes live
//! here; the knowledge lives in the library crates.

mod cli;
mod clock;
mod commands;
mod diagnostic;
mod engine_args;
mod error;
mod io;
mod profile_args;
mod report_args;
mod session;
mod tailor_args;
mod tour_args;
mod views;

use std::io::Write;

use clap::Parser;

/// glibc's allocator serialises threads that free what another thread allocated, which
/// is the batch pipeline's normal case (lines read on one thread, assessed on another,
/// written on a third); mimalloc frees across threads without that lock.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout with exit 0 and usage errors with 2.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if let Err(err) = commands::run(cli) {
        let mut stderr = anstream::stderr();
        for d in err.diagnostics() {
            let _ = write!(stderr, "{}", d.render());
        }
        std::process::exit(err.exit_code());
    }
}
