//! The command line (clap). Argument parsing and dispatch only; the work is in the modules.

use crate::error::{Error, Result};
use crate::extract::{self, Limits};
use crate::profile::Profile;
use crate::report::{self, RenderCx};
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
    /// Read scans, photos and pages whose text layer is unusable by OCR (Tesseract, chi_sim +
    /// eng): auto, or off (such pages are then reported as unread, F003).
    #[arg(long, value_enum, global = true, default_value = "auto")]
    pub ocr: OcrArg,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OcrArg {
    Auto,
    Off,
}

impl Common {
    /// Reading limits for this run: the defaults, with OCR as asked and its results cached in
    /// propscan's cache directory.
    pub fn limits(&self) -> Limits {
        Limits {
            ocr: self.ocr == OcrArg::Auto,
            ocr_cache: Some(crate::index::cache_dir()),
            ..Limits::default()
        }
    }
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
    /// Upload page, search page and JSON API over HTTP (`serve token` makes an access token).
    #[command(args_conflicts_with_subcommands = true)]
    Serve {
        #[command(subcommand)]
        action: Option<ServeAction>,
        /// Tokens of reviewers and staff (TOML: [[token]] name, role, sha256); without it the
        /// server serves applicants only.
        #[arg(long)]
        access: Option<PathBuf>,
        /// Append one JSON line per search and per staff check (time, token name, route, a
        /// digest of the query).
        #[arg(long)]
        audit: Option<PathBuf>,
        /// Anonymous checks one client address may start in a minute (0: no limit).
        #[arg(long, default_value_t = 30)]
        rate_limit: u32,
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
pub enum ServeAction {
    /// Print a new random access token once, and the lines to add to the --access file.
    Token {
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Shown in the audit log.
        #[arg(long)]
        name: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum RoleArg {
    Reviewer,
    Staff,
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
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
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
) -> Result<Option<crate::index::ProjectIndex>> {
    if common.no_index {
        return Ok(None);
    }
    match (
        &common.index,
        crate::index::open_or_default(common.index.as_deref()),
    ) {
        (_, Ok(i)) => Ok(Some(i)),
        (Some(_), Err(e)) => Err(e.into()),
        (None, Err(e)) => {
            eprintln!(
                "propscan: {}",
                lang.pick(
                    &format!("无法建立默认项目索引（{e}），本次未做重复申报（D001）和在研项目（E004）检查。"),
                    &format!("the default project index could not be built ({e}); D001 and E004 were not checked."),
                )
            );
            Ok(None)
        }
    }
}

/// What every command shares once the arguments are parsed.
struct Run<'a> {
    common: &'a Common,
    lang: Lang,
    format: OutputFormat,
    tty: bool,
}

impl Run<'_> {
    fn profile(&self) -> Result<Profile> {
        Ok(match &self.common.profile {
            Some(p) => Profile::load(p)?,
            None => Profile::default_profile(),
        })
    }
    fn fails(&self, f: &Finding) -> bool {
        f.severity == Severity::Error
            || (self.common.fail_on == FailOn::Warning && f.severity == Severity::Warning)
    }
    fn render_cx<'p>(&self, profile: &'p Profile) -> RenderCx<'p> {
        RenderCx {
            profile,
            lang: self.lang,
            colour: self.tty,
        }
    }
    /// A report in the format asked for.
    fn report(&self, r: &report::Report, profile: &Profile, out: &mut dyn Write) -> Result<()> {
        let f = match self.format {
            OutputFormat::Json => report::Format::Json,
            OutputFormat::Text => report::Format::Text,
        };
        Ok(report::render(f, r, &self.render_cx(profile), out)?)
    }
}

fn run(cli: Cli) -> Result<i32> {
    let common = cli.common;
    let run = Run {
        lang: if common.lang == LangArg::En {
            Lang::En
        } else {
            Lang::Zh
        },
        format: common.format.unwrap_or(OutputFormat::Text),
        tty: common.output.is_none() && std::io::stdout().is_terminal(),
        common: &common,
    };
    let mut sink: Box<dyn Write> = match &common.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(Error::file(p))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let out = &mut *sink;
    let code = match cli.command {
        Command::Check { packages } => check(&run, &packages, out)?,
        Command::Batch {
            dir,
            xlsx,
            csv,
            summary_docx,
            html,
        } => {
            let outputs = report::BatchOutputs {
                xlsx: xlsx.as_deref(),
                csv: csv.as_deref(),
                summary_docx: summary_docx.as_deref(),
                html: html.as_deref(),
            };
            batch(&run, &dir, &outputs, out)?
        }
        Command::Serve {
            action: Some(ServeAction::Token { role, name }),
            ..
        } => {
            use crate::serve::access::{Role, new_token};
            let role = match role {
                RoleArg::Reviewer => Role::Reviewer,
                RoleArg::Staff => Role::Staff,
            };
            let (token, lines) = new_token(role, &name).map_err(Error::Usage)?;
            writeln!(out, "{token}")?;
            eprintln!(
                "propscan: {}\n{lines}",
                run.lang.pick(
                    "上面是新令牌，只显示这一次，请交给使用者妥善保存；把下面几行加入 --access 文件：",
                    "the new token is above and is shown only once; add these lines to the --access file:",
                )
            );
            0
        }
        Command::Serve {
            action: None,
            access,
            audit,
            rate_limit,
            addr,
            max_upload_mb,
            max_files,
            time_budget,
        } => {
            let profile = run.profile()?;
            let index = if common.no_index {
                None
            } else {
                Some(std::sync::Arc::new(crate::index::open_or_default(
                    common.index.as_deref(),
                )?))
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
            limits.anonymous_checks_per_minute = rate_limit;
            let security = crate::serve::Security {
                access: match &access {
                    Some(p) => crate::serve::access::Access::load(p)
                        .map_err(|e| Error::Other(e.to_string()))?,
                    None => crate::serve::access::Access::default(),
                },
                audit: match &audit {
                    Some(p) => Some(crate::serve::access::Audit::open(p).map_err(Error::file(p))?),
                    None => None,
                },
            };
            let state =
                crate::serve::AppState::secured(profile, index, common.limits(), limits, security);
            crate::serve::serve(&addr, state)?;
            0
        }
        Command::Index { action } => index(&run, action, out)?,
        Command::Search { text, file, top } => search(&run, text, file, top, out)?,
        Command::Extract { file } => extract_file(&run, &file, out)?,
        Command::Title {
            titles,
            stdin,
            applicant,
        } => {
            let mut list = titles;
            if stdin {
                for line in std::io::stdin().lock().lines() {
                    list.push(line?);
                }
            }
            title(&run, &list, applicant.as_deref(), out)?
        }
        Command::Rules { code } => rules_cmd(&run, code.as_deref(), out)?,
        Command::Profile { action } => match action {
            ProfileAction::Show => {
                let p = run.profile()?;
                match run.format {
                    OutputFormat::Json => report::json::write_value(out, &p)?,
                    OutputFormat::Text => write!(
                        out,
                        "{}",
                        toml::to_string(&p).map_err(|e| Error::Other(e.to_string()))?
                    )?,
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

fn check(run: &Run, packages: &[PathBuf], out: &mut dyn Write) -> Result<i32> {
    let profile = run.profile()?;
    let limits = run.common.limits();
    for p in packages {
        if !p.exists() {
            return Err(Error::Usage(format!(
                "{}: no such file or folder",
                p.display()
            )));
        }
    }
    for p in packages {
        // A folder of packages checked as one package is almost always a slip.
        let nested = crate::batch::nested_packages(p);
        if nested >= 2 {
            eprintln!(
                "propscan: {}",
                run.lang.pick(
                    &format!("{} 含 {nested} 个子文件夹或压缩包，按一个申报包检查；若每个是一个申报包，请用 propscan batch。", p.display()),
                    &format!("{} holds {nested} folders or zips and was checked as one package; if each is a package, use propscan batch.", p.display()),
                )
            );
        }
    }
    let index = open_index_for_checks(run.common, run.lang)?;
    use rayon::prelude::*;
    let reports: Vec<_> = packages
        .par_iter()
        .map(|p| crate::check_path(p, &profile, &limits, index.as_ref()))
        .collect();
    let mut r = report::Report::new(&profile.id, reports, Vec::new());
    r.localize(run.lang);
    let failed = r
        .packages
        .iter()
        .flat_map(|p| &p.findings)
        .any(|f| run.fails(f));
    run.report(&r, &profile, out)?;
    Ok(i32::from(failed))
}

fn batch(
    run: &Run,
    dir: &std::path::Path,
    outputs: &report::BatchOutputs,
    out: &mut dyn Write,
) -> Result<i32> {
    let profile = run.profile()?;
    if !dir.is_dir() {
        return Err(Error::Usage(format!("{}: not a folder", dir.display())));
    }
    let index = open_index_for_checks(run.common, run.lang)?;
    let opts = crate::batch::Options {
        jobs: run.common.jobs,
        progress: std::io::stderr().is_terminal(),
    };
    let mut r = crate::batch::run(dir, &profile, &run.common.limits(), index.as_ref(), &opts)?;
    r.localize(run.lang);
    report::write_batch_outputs(&r, &run.render_cx(&profile), outputs)?;
    run.report(&r, &profile, out)?;
    let failed = r
        .packages
        .iter()
        .flat_map(|p| &p.findings)
        .chain(&r.batch_findings)
        .any(|f| run.fails(f));
    Ok(i32::from(failed))
}

fn index(run: &Run, action: IndexAction, out: &mut dyn Write) -> Result<i32> {
    let limits = run.common.limits();
    let build = matches!(action, IndexAction::Build(_));
    match action {
        IndexAction::Stats => {
            let idx = crate::index::open_or_default(run.common.index.as_deref())?;
            let st = idx.stats();
            match run.format {
                OutputFormat::Json => report::json::write_value(out, &st)?,
                OutputFormat::Text => report::text::write_index_stats(out, &st)?,
            }
        }
        IndexAction::Build(_) | IndexAction::Add(_) if run.common.index.is_none() => {
            return Err(Error::Usage(
                "give the index folder with --index DIR".into(),
            ));
        }
        IndexAction::Build(src) | IndexAction::Add(src) => {
            let dir = run.common.index.clone().unwrap_or_default();
            let projects = crate::index::sources::read_sources(
                &src.sources,
                &src.program,
                &src.status,
                &limits,
            )?;
            let t = std::time::Instant::now();
            if build {
                crate::index::rebuild(&dir, &projects)?;
                writeln!(
                    out,
                    "{}: {} projects indexed in {:.1} s",
                    dir.display(),
                    projects.len(),
                    t.elapsed().as_secs_f64()
                )?;
            } else {
                let mut idx = crate::index::ProjectIndex::open(&dir)?;
                idx.add(&projects)?;
                writeln!(out, "{}: {} projects added", dir.display(), projects.len())?;
            }
        }
    }
    Ok(0)
}

fn search(
    run: &Run,
    text: Option<String>,
    file: Option<PathBuf>,
    top: usize,
    out: &mut dyn Write,
) -> Result<i32> {
    let limits = run.common.limits();
    let probe = match (&text, &file) {
        (Some(t), None) => crate::index::Probe::text("", t),
        (None, Some(f)) => crate::index::sources::probe_from_path(f, &limits)?,
        _ => {
            return Err(Error::Usage(
                "give a TEXT or --file FILE (one of them)".into(),
            ));
        }
    };
    let idx = crate::index::open_or_default(run.common.index.as_deref())?;
    let profile = run.profile()?;
    let results = crate::index::search_results(&idx, &probe, top, &profile);
    match run.format {
        OutputFormat::Json => report::json::write_value(out, &results)?,
        OutputFormat::Text => report::text::write_similar(out, &results.results, run.lang)?,
    }
    Ok(0)
}

fn extract_file(run: &Run, file: &std::path::Path, out: &mut dyn Write) -> Result<i32> {
    let bytes = std::fs::read(file).map_err(Error::file(file))?;
    let path = file.display().to_string();
    let profile = run.profile()?;
    let result = extract::extract_guarded(&path, &bytes, &run.common.limits());
    // Problems are said once, by the F-rules, on stderr.
    let mut findings = rules::file_findings_of(&path, &result, &profile);
    findings.iter_mut().for_each(|f| f.localize(run.lang));
    match (&result, run.format) {
        (Ok(doc), OutputFormat::Json) => report::json::write_value(out, doc)?,
        (Ok(doc), OutputFormat::Text) => write!(out, "{}", doc.render_text())?,
        (Err(e), OutputFormat::Json) => report::json::write_value(
            out,
            &serde_json::json!({"path": path, "error": e, "message": e.to_string()}),
        )?,
        (Err(_), OutputFormat::Text) => {}
    }
    if run.format == OutputFormat::Text {
        let mut err = std::io::stderr().lock();
        for f in &findings {
            report::text::write_finding(&mut err, f, run.lang, false)?;
        }
    }
    Ok(match &result {
        Ok(doc) if doc.issues.is_empty() => 0,
        _ => 1,
    })
}

fn title(run: &Run, list: &[String], applicant: Option<&str>, out: &mut dyn Write) -> Result<i32> {
    let profile = run.profile()?;
    if list.is_empty() {
        return Err(Error::Usage("give titles as arguments or --stdin".into()));
    }
    // Names are judged in parallel and printed in their order.
    use rayon::prelude::*;
    let reports: Vec<rules::title::TitleReport> = list
        .par_iter()
        .map(|t| {
            let mut r = rules::title::judge(t, applicant, &profile);
            r.findings.iter_mut().for_each(|f| f.localize(run.lang));
            r
        })
        .collect();
    let mut failed = false;
    for r in &reports {
        failed |= r.findings.iter().any(|f| run.fails(f));
        match run.format {
            OutputFormat::Json => {
                serde_json::to_writer(&mut *out, r).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            OutputFormat::Text => report::text::write_title(out, r, run.lang, run.tty)?,
        }
    }
    Ok(i32::from(failed))
}

fn rules_cmd(run: &Run, code: Option<&str>, out: &mut dyn Write) -> Result<i32> {
    let profile = run.profile()?;
    let all = rules::describe(&profile, run.lang);
    match code {
        Some(c) => {
            let d = all
                .iter()
                .find(|d| d.info.code.eq_ignore_ascii_case(c))
                .ok_or_else(|| Error::Usage(format!("no rule {c}; `propscan rules` lists them")))?;
            match run.format {
                OutputFormat::Json => report::json::write_value(out, d)?,
                OutputFormat::Text => report::text::write_rule(out, d)?,
            }
        }
        None => match run.format {
            OutputFormat::Json => report::json::write_value(out, &all)?,
            OutputFormat::Text => report::text::write_rules(out, &all)?,
        },
    }
    Ok(0)
}
