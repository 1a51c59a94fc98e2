//! The command line (clap). Nothing but argument parsing and dispatch lives here.

use crate::extract::{self, Limits};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "propscan",
    version,
    about = "Screen R&D funding applications against a call for proposals"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The text and structure propscan sees in one file.
    Extract {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
    },
}

/// Run the command line; returns the process exit code (0 clean, 1 findings, 2 could not run).
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return 0;
            }
            eprintln!("propscan: {e}");
            2
        }
    }
}

fn run(cli: Cli) -> std::io::Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Extract { file, format } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", file.display())))?;
            let path = file.display().to_string();
            match extract::extract_guarded(&path, &bytes, &Limits::default()) {
                Ok(doc) => {
                    match format {
                        OutputFormat::Json => {
                            serde_json::to_writer_pretty(&mut out, &doc)?;
                            writeln!(out)?;
                        }
                        OutputFormat::Text => {
                            write!(out, "{}", doc.render_text())?;
                            for issue in &doc.issues {
                                eprintln!("propscan: {path}: {}", extract::describe_issue(issue));
                            }
                        }
                    }
                    Ok(if doc.issues.is_empty() { 0 } else { 1 })
                }
                Err(e) => {
                    if format == OutputFormat::Json {
                        serde_json::to_writer_pretty(
                            &mut out,
                            &serde_json::json!({"path": path, "error": e, "message": e.to_string()}),
                        )?;
                        writeln!(out)?;
                    } else {
                        eprintln!("propscan: {path}: {e}");
                    }
                    Ok(1)
                }
            }
        }
    }
}
