//! The field reader on arbitrary text: lines become paragraphs, "a|b" lines table cells, as a
//! document of any writer would give them; reading the fields never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{BlockKind, Document, Format};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut doc = Document::new("fuzz.docx", Format::Docx);
    for (row, line) in text.lines().take(2000).enumerate() {
        match line.split_once('|') {
            Some((a, b)) => {
                for (col, v) in [a, b].into_iter().enumerate() {
                    doc.push_block(
                        BlockKind::Cell {
                            table: 0,
                            row: row as u32,
                            col: col as u32,
                        },
                        v,
                        None,
                    );
                }
            }
            None => doc.push_block(BlockKind::Paragraph, line, Some(1 + row as u32 / 40)),
        }
    }
    let n = doc.blocks.len();
    let _ = propscan::fields::extract_fields(&[(&doc, 0..n)]);
    let _ = propscan::fields::pairs(&doc);
});
