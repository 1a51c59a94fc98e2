//! Renderers. Text for people (colour on a terminal, CJK-width-aware alignment, zh or en), JSON
//! for machines.

use crate::rules::{Finding, Lang, Severity};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Pad `s` to `width` terminal columns (a CJK character takes two).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
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
