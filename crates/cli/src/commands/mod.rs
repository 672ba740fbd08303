//! One module per command group; each turns parsed arguments into output.

mod assess;
mod batch;
mod edit;
mod framework;
mod generate;
mod portfolio;
mod profile;
mod prompt;
mod report;
pub mod serve;
pub mod status;
mod tailor;
mod tour;

use crate::cli::{BatchCommand, Cli, Command};
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
        Command::Assess(args) => assess::assess(args, &g),
        Command::Plan(args) => assess::plan(args, &g),
        Command::Forecast(args) => assess::forecast(args, &g),
        Command::Batch(BatchCommand::Assess(args)) => batch::assess(args),
        Command::Batch(BatchCommand::Generate(args)) => generate::generate(args),
        Command::Report(args) => report::report(args, &g),
        Command::Tailor(args) => tailor::tailor(args, &g),
        Command::Interview(args) => tailor::interview(args, &g),
        Command::Tour(cmd) => tour::run(cmd, &g),
        Command::Status(args) => status::status(args, &g),
        Command::Portfolio(cmd) => portfolio::run(cmd, &g),
        Command::Serve(args) => serve::serve(args, &g),
    }
}
