//! One module per command group; each turns parsed arguments into output.

mod framework;

use crate::cli::{Cli, Command};
use crate::error::CliResult;

pub fn run(cli: Cli) -> CliResult {
    match cli.command {
        Command::Framework(cmd) => framework::run(cmd),
    }
}
