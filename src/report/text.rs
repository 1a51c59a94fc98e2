//! The text report for people: per package its documents and parts, the fields read, the
//! findings grouped by severity with evidence, place and fix; colour on a terminal, CJK-width
//! alignment, Chinese or English. Also `search` results as text.

use super::{RenderCx, Renderer, Report, pad};
use crate::model::{Fields, Finding, Lang, Severity, Similar};
use std::io::{self, Write};

/// The text renderer.
pub struct Text;

impl Renderer for Text {
    fn render(&self, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        write_text(w, r, cx.lang, cx.colour)
    }
}

fn colour(sev: Severity, on: bool) -> (&'static str, &'static str) {
    if !on {
        return ("", "");
    }
    match sev {
        Severity::Error => ("\x1b[31;1m", "\x1b[0m"),
        Severity::Warning => ("\x1b[33;1m", "\x1b[0m"),
        Severity::Info => ("\x1b[36m", "\x1b[0m"),
    }
}

/// One finding as a block of text: severity and rule, message, evidence, where.
pub fn write_finding(
    w: &mut dyn Write,
    f: &Finding,
    lang: Lang,
    colour_on: bool,
) -> io::Result<()> {
    let (a, b) = colour(f.severity, colour_on);
    let sev = match lang {
        Lang::Zh => f.severity.zh(),
        Lang::En => f.severity.as_str(),
    };
    writeln!(w, "  {a}{}{b} {}  {}", pad(sev, 7), f.rule, f.message)?;
    if let Some(s) = &f.suggestion {
        let label = if lang == Lang::Zh { "建议" } else { "fix" };
        writeln!(w, "        {label}: {s}")?;
    }
    if !f.evidence.is_empty() {
        let label = if lang == Lang::Zh {
            "依据"
        } else {
            "evidence"
        };
        writeln!(w, "        {label}: {}", f.evidence.replace('\n', "⏎"))?;
    }
    if let Some(l) = &f.location {
        let mut parts = Vec::new();
        if let Some(d) = &l.document {
            parts.push(d.clone());
        }
        if let Some(p) = l.page {
            parts.push(if lang == Lang::Zh {
                format!("第 {p} 页")
            } else {
                format!("page {p}")
            });
        }
        if let Some(p) = l.paragraph {
            parts.push(if lang == Lang::Zh {
                format!("第 {p} 段")
            } else {
                format!("paragraph {p}")
            });
        }
        if let Some([s, e]) = l.span {
            parts.push(if lang == Lang::Zh {
                format!("第 {}–{} 字", s + 1, e)
            } else {
                format!("chars {}–{}", s + 1, e)
            });
        }
        if !parts.is_empty() {
            let label = if lang == Lang::Zh { "位置" } else { "where" };
            writeln!(w, "        {label}: {}", parts.join(", "))?;
        }
    }
    Ok(())
}

fn field_rows(f: &Fields, lang: Lang) -> Vec<(&'static str, String)> {
    let zh = lang == Lang::Zh;
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    let money = |v: Option<f64>| v.map(|x| format!("{x} 万元")).unwrap_or_else(|| "—".into());
    vec![
        (
            if zh { "项目名称" } else { "project" },
            opt(&f.project_name),
        ),
        (
            if zh { "指南代码" } else { "guide code" },
            opt(&f.guide_code),
        ),
        (if zh { "申报单位" } else { "applicant" }, opt(&f.applicant)),
        (
            if zh { "单位类型" } else { "type" },
            f.applicant_type
                .map(|t| format!("{t:?}").to_lowercase())
                .unwrap_or_else(|| "—".into()),
        ),
        (
            if zh { "信用代码" } else { "credit code" },
            opt(&f.credit_code),
        ),
        (
            if zh { "负责人" } else { "leader" },
            format!("{} {}", opt(&f.leader), f.phone.clone().unwrap_or_default()),
        ),
        (
            if zh { "主管部门" } else { "department" },
            opt(&f.department),
        ),
        (if zh { "所在高新区" } else { "zone" }, opt(&f.zone)),
        (
            if zh { "合作单位" } else { "partners" },
            if f.partners.is_empty() {
                "—".into()
            } else {
                f.partners.join("、")
            },
        ),
        (
            if zh { "经费" } else { "budget" },
            format!(
                "{} / {}",
                money(f.municipal_funding_wan),
                money(f.total_budget_wan)
            ),
        ),
        (
            if zh { "实施期限" } else { "period" },
            format!("{} – {}", opt(&f.start), opt(&f.end)),
        ),
    ]
}

/// The text report: per package, its documents and parts, the fields read, then the findings
/// grouped by severity with evidence, place and fix.
pub fn write_text(w: &mut dyn Write, r: &Report, lang: Lang, colour_on: bool) -> io::Result<()> {
    let zh = lang == Lang::Zh;
    for p in &r.packages {
        writeln!(w, "━━ {} ━━", p.path)?;
        for d in &p.documents {
            let parts: Vec<&str> = d
                .parts
                .iter()
                .map(|k| if zh { k.zh() } else { k.as_str() })
                .collect();
            let pages = d
                .pages
                .map(|n| {
                    if zh {
                        format!("{n} 页, ")
                    } else {
                        format!("{n} pages, ")
                    }
                })
                .unwrap_or_default();
            writeln!(
                w,
                "  · {}  [{}]  {}({pages}{} {})",
                d.path,
                d.format,
                parts.join(" + "),
                d.chars,
                if zh { "字" } else { "chars" }
            )?;
        }
        for (k, v) in field_rows(&p.fields, lang) {
            writeln!(w, "    {} {v}", pad(k, 12))?;
        }
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            let fs: Vec<&Finding> = p.findings.iter().filter(|f| f.severity == sev).collect();
            if fs.is_empty() {
                continue;
            }
            let (a, b) = colour(sev, colour_on);
            let name = if zh { sev.zh() } else { sev.as_str() };
            writeln!(w, "\n  {a}{name} ({}){b}", fs.len())?;
            for f in fs {
                write_finding(w, f, lang, colour_on)?;
            }
        }
        if !p.similar.is_empty() {
            writeln!(
                w,
                "\n  {}",
                if zh {
                    "相似项目"
                } else {
                    "similar projects"
                }
            )?;
            for s in &p.similar {
                writeln!(
                    w,
                    "    {:.2}  {}  {}（{}，{}）",
                    s.score, s.id, s.title, s.unit, s.program
                )?;
                for ps in s.passages.iter().take(3) {
                    writeln!(
                        w,
                        "        {} {}",
                        if zh { "申报：" } else { "here: " },
                        ps.proposal
                    )?;
                    writeln!(
                        w,
                        "        {} {}",
                        if zh { "在研：" } else { "there:" },
                        ps.project
                    )?;
                }
            }
        }
        if p.findings.is_empty() {
            writeln!(
                w,
                "  {}",
                if zh {
                    "未发现问题。"
                } else {
                    "No findings."
                }
            )?;
        }
        writeln!(w)?;
    }
    for b in &r.batch_findings {
        let (a, c) = colour(b.severity, colour_on);
        writeln!(
            w,
            "  {a}{}{c} {}  {}",
            pad(
                if zh {
                    b.severity.zh()
                } else {
                    b.severity.as_str()
                },
                7
            ),
            b.rule,
            b.message
        )?;
        writeln!(
            w,
            "        {}: {}",
            if zh { "依据" } else { "evidence" },
            b.evidence
        )?;
        writeln!(
            w,
            "        {}: {}",
            if zh { "申报包" } else { "packages" },
            b.packages.join("、")
        )?;
    }
    let s = &r.summary;
    if zh {
        writeln!(
            w,
            "共 {} 个申报包：{} 个错误，{} 个警告，{} 个提示。",
            s.packages, s.errors, s.warnings, s.infos
        )
    } else {
        writeln!(
            w,
            "{} packages: {} errors, {} warnings, {} infos.",
            s.packages, s.errors, s.warnings, s.infos
        )
    }
}

/// `search` as text: each project with its score and the shared passages side by side.
pub fn write_similar(w: &mut dyn Write, results: &[Similar], lang: Lang) -> io::Result<()> {
    let zh = lang == Lang::Zh;
    if results.is_empty() {
        return writeln!(
            w,
            "{}",
            if zh {
                "没有相似项目。"
            } else {
                "No similar projects."
            }
        );
    }
    for s in results {
        writeln!(w, "{:.2}  {}  {}", s.score, s.id, s.title)?;
        writeln!(w, "      {}（{}）", s.unit, s.program)?;
        for p in s.passages.iter().take(3) {
            writeln!(
                w,
                "      {} {}",
                if zh { "查询：" } else { "query:" },
                p.proposal
            )?;
            writeln!(
                w,
                "      {} {}",
                if zh { "项目：" } else { "match:" },
                p.project
            )?;
        }
    }
    Ok(())
}

/// `propscan title`: the name, its length and verdict, then its findings.
pub fn write_title(
    w: &mut dyn Write,
    r: &crate::rules::title::TitleReport,
    lang: Lang,
    colour_on: bool,
) -> io::Result<()> {
    let verdict = if r.findings.is_empty() {
        lang.pick("通过", "clean")
    } else {
        ""
    };
    writeln!(w, "{}  ({} 字) {verdict}", r.title, r.length)?;
    for f in &r.findings {
        write_finding(w, f, lang, colour_on)?;
    }
    Ok(())
}

/// `propscan rules`: one line a rule.
pub fn write_rules(w: &mut dyn Write, all: &[crate::rules::Described]) -> io::Result<()> {
    for d in all {
        writeln!(
            w,
            "{}  {}  {}  {}",
            d.info.code,
            pad(d.info.name, 26),
            pad(d.info.severity.as_str(), 8),
            d.summary
        )?;
    }
    Ok(())
}

/// `propscan rules CODE`: the rule's summary under the profile in force, then its documentation.
pub fn write_rule(w: &mut dyn Write, d: &crate::rules::Described) -> io::Result<()> {
    writeln!(
        w,
        "{} {} ({}, call {})\n{}\n\n{}",
        d.info.code,
        d.info.name,
        d.info.severity.as_str(),
        d.info.clause,
        d.summary,
        d.doc
    )
}

/// `propscan index stats`.
pub fn write_index_stats(w: &mut dyn Write, st: &crate::index::Stats) -> io::Result<()> {
    writeln!(w, "index      {}", st.path)?;
    writeln!(w, "projects   {} ({} ongoing)", st.projects, st.ongoing)?;
    writeln!(w, "size       {:.1} MB", st.bytes_on_disk as f64 / 1e6)?;
    writeln!(w, "format     {}", st.format_version)?;
    for (p, n) in &st.by_program {
        writeln!(w, "  {n:>6}  {p}")?;
    }
    Ok(())
}
