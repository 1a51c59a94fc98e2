//! `rs_write docx OPS OUT`, `rs_write pdf OPS OUT FONT` or `rs_write xlsx OPS OUT`: a document
//! from the generator's instruction lines (one op a line, fields tab-separated; see
//! `itext_blocks` and the information table's `row` lines in make_families.py), written by
//! docx-rs, by printpdf with the TrueType font FONT embedded, or (the information table) by
//! umya-spreadsheet.

use std::env;
use std::fs;

mod docx;
mod pdf;
mod xlsx;

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: rs_write docx|pdf|xlsx OPS OUT [FONT]");
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
        "xlsx" => xlsx::write(&ops, &args[3]),
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
