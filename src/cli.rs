//! The command line (clap). Argument parsing and dispatch only; the work is in the modules.

use crate::extract::{self, Limits};
use crate::profile::Profile;
use crate::report;
use crate::rules::{self, Finding, Lang, Severity};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "propscan",
    version,
    about = "Screen R&D funding applications against a call for proposals"
)]
pub struct Cli {
    #[command(flatten)]
    pub common: Common,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
pub struct Common {
    /// Call profile (TOML); default: the built-in 2022 Suzhou call.
    #[arg(long, global = true)]
    pub profile: Option<PathBuf>,
    /// Output format (text on a terminal).
    #[arg(long, value_enum, global = true)]
    pub format: Option<OutputFormat>,
    /// Language of messages.
    #[arg(long, value_enum, global = true, default_value = "zh")]
    pub lang: LangArg,
    /// Lowest severity that makes the exit status 1.
    #[arg(long, value_enum, global = true, default_value = "error")]
    pub fail_on: FailOn,
    /// Write the report here instead of standard output.
    #[arg(long, global = true)]
    pub output: Option<PathBuf>,
    /// Project index (default: built on first use from the shipped corpus, in the cache dir).
    #[arg(long, global = true)]
    pub index: Option<PathBuf>,
    /// check, batch: skip the duplicate and excluded-project search (no index is opened).
    #[arg(long, global = true)]
    pub no_index: bool,
    /// Packages checked at once (default: one per CPU).
    #[arg(long, global = true)]
    pub jobs: Option<usize>,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
    Zh,
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check application packages: a folder, a .zip, or one PDF/DOCX each.
    Check {
        #[arg(required = true)]
        packages: Vec<PathBuf>,
    },
    /// Screen a batch: every child of DIR (folder, .zip, PDF, DOCX) is one package.
    Batch {
        dir: PathBuf,
        /// Write the XLSX workbook (summary and findings sheets).
        #[arg(long)]
        xlsx: Option<PathBuf>,
        /// Write the findings as CSV (UTF-8 with BOM).
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Write the call's summary table (附件2) as DOCX.
        #[arg(long)]
        summary_docx: Option<PathBuf>,
        /// Write a self-contained HTML report.
        #[arg(long)]
        html: Option<PathBuf>,
    },
    /// Upload page, search page and JSON API over HTTP.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Largest upload in MB.
        #[arg(long, default_value_t = 200)]
        max_upload_mb: usize,
        /// Most files in one upload.
        #[arg(long, default_value_t = 200)]
        max_files: usize,
        /// Seconds one check may take.
        #[arg(long, default_value_t = 120)]
        time_budget: u64,
    },
    /// Build or extend a project index, or show its statistics.
    Index {
        #[command(subcommand)]
        action: IndexAction,
    },
    /// The closest projects to a text or a file, with overlapping passages.
    Search {
        /// The text to search for (or --file).
        text: Option<String>,
        /// A PDF/DOCX proposal, a package folder or zip, or a plain-text file.
        #[arg(long)]
        file: Option<PathBuf>,
        /// How many projects to show.
        #[arg(long, default_value_t = 5)]
        top: usize,
    },
    /// The text and structure propscan sees in one file.
    Extract { file: PathBuf },
    /// Title rules only (T001–T006), one result per title.
    Title {
        titles: Vec<String>,
        /// Read titles from standard input, one per line.
        #[arg(long)]
        stdin: bool,
        /// The applicant's full name (its own name and 字号 must not appear).
        #[arg(long)]
        applicant: Option<String>,
    },
    /// The rule catalogue, or one rule explained.
    Rules { code: Option<String> },
    /// The call profile in force, or validate one.
    Profile {
        #[command(subcommand)]
        action: ProfileAction,
    },
}

#[derive(Subcommand, Debug)]
pub enum IndexAction {
    /// Create the index in --index DIR from sources (replacing what is there).
    Build(IndexSources),
    /// Add sources to the index in --index DIR.
    Add(IndexSources),
    /// Statistics of the index (--index DIR, or the default one).
    Stats,
}

#[derive(Args, Debug)]
pub struct IndexSources {
    /// .jsonl or .csv files of projects, or folders of PDF/DOCX proposals (one per file,
    /// subfolder or zip).
    #[arg(required = true)]
    pub sources: Vec<PathBuf>,
    /// Programme of proposals read from folders.
    #[arg(long, default_value = "")]
    pub program: String,
    /// Status of proposals read from folders (ongoing or finished).
    #[arg(long, default_value = "ongoing")]
    pub status: String,
}

#[derive(Subcommand, Debug)]
pub enum ProfileAction {
    /// Print the profile in force.
    Show,
    /// Validate a profile file.
    Check { file: PathBuf },
}

/// Run the command line; returns the exit code (0 clean, 1 findings, 2 could not run).
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

/// The index `check` and `batch` use: `--index DIR` must open (else the command fails); the
/// default one is best effort — when it cannot be built the checks run without it and say so.
fn open_index_for_checks(
    common: &Common,
    lang: Lang,
) -> std::io::Result<Option<crate::index::ProjectIndex>> {
    if common.no_index {
        return Ok(None);
    }
    match (
        &common.index,
        crate::index::open_or_default(common.index.as_deref()),
    ) {
        (_, Ok(i)) => Ok(Some(i)),
        (Some(_), Err(e)) => Err(io_err(e)),
        (None, Err(e)) => {
            if lang == Lang::Zh {
                eprintln!(
                    "propscan: 无法建立默认项目索引（{e}），本次未做重复申报（D001）和在研项目（E004）检查。"
                );
            } else {
                eprintln!(
                    "propscan: the default project index could not be built ({e}); D001 and E004 were not checked."
                );
            }
            Ok(None)
        }
    }
}

fn io_err(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

fn run(cli: Cli) -> std::io::Result<i32> {
    let common = cli.common;
    let lang = if common.lang == LangArg::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let mut sink: Box<dyn Write> = match &common.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| io_err(format!("{}: {e}", p.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let tty = common.output.is_none() && std::io::stdout().is_terminal();
    let format = common.format.unwrap_or(OutputFormat::Text);
    let load_profile = || -> std::io::Result<Profile> {
        match &common.profile {
            Some(p) => Profile::load(p).map_err(io_err),
            None => Ok(Profile::default_profile()),
        }
    };
    let fails = |f: &Finding| {
        f.severity == Severity::Error
            || (common.fail_on == FailOn::Warning && f.severity == Severity::Warning)
    };
    let out = &mut *sink;
    let code = match cli.command {
        Command::Check { packages } => {
            let profile = load_profile()?;
            let limits = Limits::default();
            for p in &packages {
                if !p.exists() {
                    return Err(io_err(format!("{}: no such file or folder", p.display())));
                }
            }
            for p in &packages {
                // A folder of packages checked as one package is almost always a slip.
                let nested = crate::batch::children(p)
                    .map(|c| {
                        c.iter()
                            .filter(|x| {
                                x.is_dir()
                                    || x.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
                            })
                            .count()
                    })
                    .unwrap_or(0);
                if nested >= 2 {
                    eprintln!(
                        "propscan: {} 含 {nested} 个子文件夹或压缩包，按一个申报包检查；若每个是一个申报包，请用 propscan batch。",
                        p.display()
                    );
                }
            }
            let index = open_index_for_checks(&common, lang)?;
            use rayon::prelude::*;
            let reports: Vec<_> = packages
                .par_iter()
                .map(|p| crate::check_path(p, &profile, &limits, index.as_ref()))
                .collect();
            let mut r = report::Report::new(&profile.id, reports, Vec::new());
            r.localize(lang);
            let failed = r.packages.iter().flat_map(|p| &p.findings).any(fails);
            match format {
                OutputFormat::Json => {
                    serde_json::to_writer_pretty(&mut *out, &r)?;
                    writeln!(out)?;
                }
                OutputFormat::Text => report::write_text(out, &r, lang, tty)?,
            }
            i32::from(failed)
        }
        Command::Batch {
            dir,
            xlsx,
            csv,
            summary_docx,
            html,
        } => {
            let profile = load_profile()?;
            if !dir.is_dir() {
                return Err(io_err(format!("{}: not a folder", dir.display())));
            }
            let index = open_index_for_checks(&common, lang)?;
            let opts = crate::batch::Options {
                jobs: common.jobs,
                progress: std::io::stderr().is_terminal(),
            };
            let mut r =
                crate::batch::run(&dir, &profile, &Limits::default(), index.as_ref(), &opts)?;
            r.localize(lang);
            report::write_batch_outputs(
                &r,
                &profile,
                &report::BatchOutputs {
                    xlsx: xlsx.as_deref(),
                    csv: csv.as_deref(),
                    summary_docx: summary_docx.as_deref(),
                    html: html.as_deref(),
                },
            )?;
            match format {
                OutputFormat::Json => {
                    serde_json::to_writer_pretty(&mut *out, &r)?;
                    writeln!(out)?;
                }
                OutputFormat::Text => report::write_text(out, &r, lang, tty)?,
            }
            let failed = r.packages.iter().flat_map(|p| &p.findings).any(fails)
                || r.batch_findings.iter().any(|b| {
                    b.severity == Severity::Error
                        || (common.fail_on == FailOn::Warning && b.severity == Severity::Warning)
                });
            i32::from(failed)
        }
        Command::Serve {
            addr,
            max_upload_mb,
            max_files,
            time_budget,
        } => {
            let profile = load_profile()?;
            let index = if common.no_index {
                None
            } else {
                Some(std::sync::Arc::new(
                    crate::index::open_or_default(common.index.as_deref()).map_err(io_err)?,
                ))
            };
            let mut limits = crate::serve::ServeLimits {
                max_upload_bytes: max_upload_mb.saturating_mul(1024 * 1024),
                max_files,
                time_budget: std::time::Duration::from_secs(time_budget),
                ..crate::serve::ServeLimits::default()
            };
            if let Some(j) = common.jobs {
                limits.concurrent_checks = j.max(1);
            }
            let state = crate::serve::AppState::new(profile, index, Limits::default(), limits);
            crate::serve::serve(&addr, state)?;
            0
        }
        Command::Index { action } => {
            let limits = Limits::default();
            let build = matches!(action, IndexAction::Build(_));
            match action {
                IndexAction::Stats => {
                    let idx =
                        crate::index::open_or_default(common.index.as_deref()).map_err(io_err)?;
                    let st = idx.stats();
                    if format == OutputFormat::Json {
                        serde_json::to_writer_pretty(&mut *out, &st)?;
                        writeln!(out)?;
                    } else {
                        writeln!(out, "index      {}", st.path)?;
                        writeln!(out, "projects   {} ({} ongoing)", st.projects, st.ongoing)?;
                        writeln!(out, "size       {:.1} MB", st.bytes_on_disk as f64 / 1e6)?;
                        writeln!(out, "format     {}", st.format_version)?;
                        for (p, n) in &st.by_program {
                            writeln!(out, "  {n:>6}  {p}")?;
                        }
                    }
                }
                IndexAction::Build(src) | IndexAction::Add(src) if common.index.is_none() => {
                    let _ = src;
                    return Err(io_err("give the index folder with --index DIR"));
                }
                IndexAction::Build(src) | IndexAction::Add(src) => {
                    let dir = common.index.clone().unwrap_or_default();
                    let projects = crate::index::sources::read_sources(
                        &src.sources,
                        &src.program,
                        &src.status,
                        &limits,
                    )
                    .map_err(io_err)?;
                    let t = std::time::Instant::now();
                    if build {
                        crate::index::rebuild(&dir, &projects).map_err(io_err)?;
                        writeln!(
                            out,
                            "{}: {} projects indexed in {:.1} s",
                            dir.display(),
                            projects.len(),
                            t.elapsed().as_secs_f64()
                        )?;
                    } else {
                        let mut idx = crate::index::ProjectIndex::open(&dir).map_err(io_err)?;
                        idx.add(&projects).map_err(io_err)?;
                        writeln!(out, "{}: {} projects added", dir.display(), projects.len())?;
                    }
                }
            }
            0
        }
        Command::Search { text, file, top } => {
            let limits = Limits::default();
            let probe = match (&text, &file) {
                (Some(t), None) => crate::index::Probe::text("", t),
                (None, Some(f)) => {
                    crate::index::sources::probe_from_path(f, &limits).map_err(io_err)?
                }
                _ => return Err(io_err("give a TEXT or --file FILE (one of them)")),
            };
            let idx = crate::index::open_or_default(common.index.as_deref()).map_err(io_err)?;
            let profile = load_profile()?;
            let hits = idx.search(
                &probe,
                top.max(1),
                profile.duplicates.report_threshold.min(0.05),
            );
            let query: String = if probe.text.is_empty() {
                probe.title.clone()
            } else {
                probe.text.chars().take(200).collect()
            };
            let results: Vec<crate::report::Similar> = hits.into_iter().map(|(_, s)| s).collect();
            match format {
                OutputFormat::Json => {
                    serde_json::to_writer_pretty(
                        &mut *out,
                        &serde_json::json!({"query": query, "results": results}),
                    )?;
                    writeln!(out)?;
                }
                OutputFormat::Text => report::write_similar(out, &results, lang)?,
            }
            0
        }
        Command::Extract { file } => {
            let bytes =
                std::fs::read(&file).map_err(|e| io_err(format!("{}: {e}", file.display())))?;
            let path = file.display().to_string();
            match extract::extract_guarded(&path, &bytes, &Limits::default()) {
                Ok(doc) => {
                    match format {
                        OutputFormat::Json => {
                            serde_json::to_writer_pretty(&mut *out, &doc)?;
                            writeln!(out)?;
                        }
                        OutputFormat::Text => {
                            write!(out, "{}", doc.render_text())?;
                            // Problems are said once, by the F-rules, on stderr.
                            let mut err = std::io::stderr().lock();
                            for mut f in rules::file::issues(&path, &doc.issues) {
                                f.localize(lang);
                                report::write_finding(&mut err, &f, lang, false)?;
                            }
                        }
                    }
                    if doc.issues.is_empty() { 0 } else { 1 }
                }
                Err(e) => {
                    if format == OutputFormat::Json {
                        serde_json::to_writer_pretty(
                            &mut *out,
                            &serde_json::json!({"path": path, "error": e, "message": e.to_string()}),
                        )?;
                        writeln!(out)?;
                    } else {
                        let mut f = rules::file::unreadable(&path, &e);
                        f.localize(lang);
                        report::write_finding(&mut std::io::stderr().lock(), &f, lang, false)?;
                    }
                    1
                }
            }
        }
        Command::Title {
            titles,
            stdin,
            applicant,
        } => {
            let profile = load_profile()?;
            let mut list = titles;
            if stdin {
                for line in std::io::stdin().lock().lines() {
                    list.push(line?);
                }
            }
            if list.is_empty() {
                return Err(io_err("give titles as arguments or --stdin"));
            }
            let mut failed = false;
            for t in &list {
                let mut findings = rules::title::check_title(t, applicant.as_deref(), &profile);
                rules::sort_findings(&mut findings);
                findings.iter_mut().for_each(|f| f.localize(lang));
                failed |= findings.iter().any(fails);
                match format {
                    OutputFormat::Json => {
                        let v = serde_json::json!({"title": t, "length": rules::title::word_count(t.trim()), "findings": findings});
                        serde_json::to_writer(&mut *out, &v)?;
                        writeln!(out)?;
                    }
                    OutputFormat::Text => {
                        let n = rules::title::word_count(t.trim());
                        let verdict = if findings.is_empty() {
                            if lang == Lang::Zh { "通过" } else { "clean" }
                        } else {
                            ""
                        };
                        writeln!(out, "{t}  ({n} 字) {verdict}")?;
                        for f in &findings {
                            report::write_finding(out, f, lang, tty)?;
                        }
                    }
                }
            }
            i32::from(failed)
        }
        Command::Rules { code } => {
            match code {
                Some(c) => {
                    let r = rules::info(&c).ok_or_else(|| {
                        io_err(format!("no rule {c}; `propscan rules` lists them"))
                    })?;
                    if format == OutputFormat::Json {
                        serde_json::to_writer_pretty(&mut *out, r)?;
                        writeln!(out)?;
                    } else {
                        writeln!(
                            out,
                            "{} {} ({}, call {})\n{}\n\n{}",
                            r.code,
                            r.name,
                            r.severity.as_str(),
                            r.clause,
                            r.summary,
                            r.doc
                        )?;
                    }
                }
                None => {
                    let reg = rules::registry();
                    if format == OutputFormat::Json {
                        serde_json::to_writer_pretty(&mut *out, &reg)?;
                        writeln!(out)?;
                    } else {
                        for r in reg {
                            writeln!(
                                out,
                                "{}  {}  {}  {}",
                                r.code,
                                report::pad(r.name, 26),
                                report::pad(r.severity.as_str(), 8),
                                r.summary
                            )?;
                        }
                    }
                }
            }
            0
        }
        Command::Profile { action } => match action {
            ProfileAction::Show => {
                let p = load_profile()?;
                if format == OutputFormat::Json {
                    serde_json::to_writer_pretty(&mut *out, &p)?;
                    writeln!(out)?;
                } else {
                    write!(out, "{}", toml::to_string(&p).map_err(io_err)?)?;
                }
                0
            }
            ProfileAction::Check { file } => match Profile::load(&file) {
                Ok(p) => {
                    writeln!(
                        out,
                        "{}: ok ({}, {} guide codes)",
                        file.display(),
                        p.id,
                        p.guide.len()
                    )?;
                    0
                }
                Err(e) => {
                    eprintln!("propscan: {e}");
                    2
                }
            },
        },
    };
    out.flush()?;
    Ok(code)
}
