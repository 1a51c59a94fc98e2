//! `rs_write docx OPS OUT` or `rs_write pdf OPS OUT FONT`: a document from the generator's
//! instruction lines (one op a line, fields tab-separated; see `itext_blocks` and the
//! information table's `row` lines in make_families.py), written by docx-rs or by printpdf
//! with the TrueType font FONT embedded.

use std::env;
use std::fs;

mod docx;
mod pdf;

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: rs_write docx|pdf OPS OUT [FONT]");
        std::process::exit(2);
    }
    let text = fs::read_to_string(&args[2]).expect("the instruction lines");
    let ops: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    match args[1].as_str() {
        "docx" => docx::write(&ops, &args[3]),
        "pdf" => pdf::write(&ops, &args[3], args.get(4).expect("a TrueType font")),
        other => {
            eprintln!("rs_write: unknown writer {other}");
            std::process::exit(2);
        }
    }
}

/// Field `i` of an op, or "".
fn field(op: &[String], i: usize) -> &str {
    op.get(i).map(String::as_str).unwrap_or("")
}
