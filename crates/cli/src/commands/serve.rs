//! `ctopath serve`: the local web app on the same store as the command line.

use std::borrow::Cow;
use std::net::SocketAddr;

use clap::Args;
use ctopath_server::{Server, ServerConfig, ServerError};

use super::framework::load as load_framework;
use super::profile::Globals;
use crate::cli::FrameworkArg;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; the default is loopback, reachable from this machine only
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "IP:PORT")]
    pub addr: SocketAddr,
    /// Open the app in the default web browser once it is listening
    #[arg(long)]
    pub open: bool,
    /// How often (milliseconds) to look for changes other programs made to the store,
    /// such as `ctopath` commands; 0 looks on every request
    #[arg(long, default_value_t = 250, value_name = "MS", value_parser = clap::value_parser!(u64).range(0..=60_000))]
    pub refresh_ms: u64,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

pub const SERVE_AFTER_HELP: &str = "Examples:\n  ctopath serve\n  ctopath serve --addr 127.0.0.1:8080 --open\n  ctopath --db team.db serve\n\n\
The app reads and writes the same store as the other commands (--db / CTOPATH_DB), so a\n\
change made in one shows in the other. The JSON API is described at /api/docs/. Stop with Ctrl-C.";

pub fn serve(args: ServeArgs, g: &Globals) -> CliResult {
    // The server keeps the framework for as long as the process runs.
    let framework = match load_framework(&args.framework)? {
        Cow::Borrowed(fw) => fw,
        Cow::Owned(fw) => Box::leak(Box::new(fw)),
    };
    let config = ServerConfig {
        addr: args.addr,
        db: g.db.map(str::to_string),
        person: g.person.map(str::to_string),
        framework,
        fresh_for: std::time::Duration::from_millis(args.refresh_ms),
        ..ServerConfig::new()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            CliError::other(Diagnostic::error(format!(
                "cannot start the async runtime: {e}"
            )))
        })?;
    runtime
        .block_on(async {
            let server = Server::bind(config).await?;
            let url = server.url()?;
            println!("ctopath is running at {url}");
            if !args.addr.ip().is_loopback() {
                eprintln!(
                    "warning: listening on {}: anyone who can reach this machine can read and change your career data (there is no login)",
                    args.addr
                );
            }
            eprintln!("Press Ctrl-C to stop.");
            if args.open {
                open_browser(&url);
            }
            server.run().await
        })
        .map_err(server_error)
}

fn server_error(e: ServerError) -> CliError {
    let help = e.help();
    CliError::other(Diagnostic::error(e.to_string()).help(help))
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    if std::process::Command::new(opener.0)
        .args(&opener.1)
        .spawn()
        .is_err()
    {
        eprintln!("could not open a browser; open {url} yourself");
    }
}
