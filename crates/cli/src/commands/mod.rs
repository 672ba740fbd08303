//! One module per command group; each turns parsed arguments into output.

mod edit;
mod framework;
mod profile;

use crate::cli::{Cli, Command};
use crate::error::CliResult;
use profile::Globals;

pub fn run(cli: Cli) -> CliResult {
    let g = Globals {
        db: cli.db.as_deref(),
        person: cli.person.as_deref(),
    };
    match cli.command {
        Command::Framework(cmd) => framework::run(cmd),
        Command::Profile(cmd) => profile::run(cmd, &g),
        Command::Position(cmd) => edit::position(cmd, &g),
        Command::Achievement(cmd) => edit::achievement(cmd, &g),
        Command::Rate(args) => edit::rate(args, &g),
    }
}
