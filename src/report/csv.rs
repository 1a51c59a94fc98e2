//! The findings as CSV (UTF-8 with a BOM so that Excel opens it as UTF-8): one row a finding,
//! batch findings with the packages they name.

use super::{RenderCx, Renderer, Report};
use crate::model::Finding;
use std::io::{self, Write};

/// The CSV renderer.
pub struct Csv;

impl Renderer for Csv {
    fn render(&self, r: &Report, _cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        write_csv(r, w)
    }
}

pub fn location_text(f: &Finding) -> (String, String, String) {
    let l = f.location.clone().unwrap_or_default();
    (
        l.document.unwrap_or_default(),
        l.page.map(|p| p.to_string()).unwrap_or_default(),
        l.paragraph.map(|p| p.to_string()).unwrap_or_default(),
    )
}

fn csv_field(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// The findings as CSV, UTF-8 with a BOM so that Excel opens it as UTF-8.
fn write_csv(r: &Report, w: &mut dyn Write) -> io::Result<()> {
    w.write_all("\u{feff}".as_bytes())?;
    writeln!(
        w,
        "package,rule,severity,message,evidence,document,page,paragraph"
    )?;
    for p in &r.packages {
        for f in &p.findings {
            let (doc, page, para) = location_text(f);
            let row = [
                p.path.as_str(),
                f.rule,
                f.severity.as_str(),
                &f.message,
                &f.evidence,
                &doc,
                &page,
                &para,
            ];
            writeln!(w, "{}", row.map(csv_field).join(","))?;
        }
    }
    for b in &r.batch_findings {
        let pk = b.packages.join(" | ");
        let row = [
            pk.as_str(),
            b.rule,
            b.severity.as_str(),
            &b.message,
            &b.evidence,
            "",
            "",
            "",
        ];
        writeln!(w, "{}", row.map(csv_field).join(","))?;
    }
    Ok(())
}
