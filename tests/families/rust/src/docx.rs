//! DOCX by docx-rs: the document's own paragraph styles (标题, 一级标题, 二级标题, 正文 with a
//! two-character first-line indent), a running header, the information table as a two-column
//! table with shaded label cells, section rows spanning both columns.

use crate::field;
use docx_rs::*;

const SONG: &str = "宋体";
const HEI: &str = "黑体";

fn fonts(east_asia: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asia)
        .ascii("Times New Roman")
}

fn styles(d: Docx) -> Docx {
    d.add_style(
        Style::new("DocTitle", StyleType::Paragraph)
            .name("文档标题")
            .fonts(fonts(HEI))
            .size(36)
            .bold()
            .align(AlignmentType::Center),
    )
    .add_style(
        Style::new("Level1", StyleType::Paragraph)
            .name("一级标题")
            .fonts(fonts(HEI))
            .size(30)
            .bold()
            .outline_lvl(0),
    )
    .add_style(
        Style::new("Level2", StyleType::Paragraph)
            .name("二级标题")
            .fonts(fonts(HEI))
            .size(28)
            .outline_lvl(1),
    )
    .add_style(
        Style::new("Body", StyleType::Paragraph)
            .name("正文缩进")
            .fonts(fonts(SONG))
            .size(24)
            .indent(None, Some(SpecialIndentType::FirstLine(480)), None, None),
    )
}

fn para(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

fn plain(text: &str, size: usize, center: bool, bold: bool) -> Paragraph {
    let mut run = Run::new().add_text(text).fonts(fonts(SONG)).size(size);
    if bold {
        run = run.bold();
    }
    let p = Paragraph::new().add_run(run);
    if center {
        p.align(AlignmentType::Center)
    } else {
        p
    }
}

fn page_break() -> Paragraph {
    Paragraph::new().add_run(Run::new().add_break(BreakType::Page))
}

pub fn write(ops: &[Vec<String>], out: &str) {
    let header = Header::new().add_paragraph(plain("苏州市科技计划项目申报材料", 18, true, false));
    let mut d = styles(Docx::new())
        .page_size(11906, 16838)
        .page_margin(PageMargin {
            top: 1440,
            left: 1588,
            bottom: 1440,
            right: 1474,
            header: 851,
            footer: 992,
            gutter: 0,
        })
        .header(header);
    let mut rows: Vec<TableRow> = Vec::new();
    let flush = |d: Docx, rows: &mut Vec<TableRow>| -> Docx {
        if rows.is_empty() {
            return d;
        }
        let table = Table::new(std::mem::take(rows))
            .set_grid(vec![2900, 5900])
            .width(8800, WidthType::Dxa)
            .layout(TableLayoutType::Fixed);
        d.add_table(table)
    };
    for op in ops {
        let (kind, a, b) = (field(op, 0), field(op, 1), field(op, 2));
        if kind != "row" && kind != "section" {
            d = flush(d, &mut rows);
        }
        d = match kind {
            "row" => {
                rows.push(TableRow::new(vec![
                    TableCell::new()
                        .add_paragraph(plain(a, 21, false, true))
                        .width(2900, WidthType::Dxa)
                        .shading(Shading::new().fill("D9D9D9"))
                        .vertical_align(VAlignType::Center),
                    TableCell::new()
                        .add_paragraph(plain(b, 21, false, false))
                        .width(5900, WidthType::Dxa)
                        .vertical_align(VAlignType::Center),
                ]));
                d
            }
            "section" => {
                rows.push(TableRow::new(vec![TableCell::new()
                    .add_paragraph(plain(a, 21, false, true))
                    .grid_span(2)
                    .width(8800, WidthType::Dxa)]));
                d
            }
            "title" => d.add_paragraph(para("DocTitle", a)),
            "h" => {
                // A numbered part (（一）, 1.1) under a chapter is the second level.
                let second = a.starts_with('（')
                    || a.starts_with('(')
                    || a.chars().nth(1).is_some_and(|c| c == '.' || c == '．')
                        && a.chars().nth(2).is_some_and(|c| c.is_ascii_digit());
                d.add_paragraph(para(if second { "Level2" } else { "Level1" }, a))
            }
            "item" => {
                d.add_paragraph(plain(a, 24, false, false).indent(Some(420), None, None, None))
            }
            "p" => d.add_paragraph(para("Body", a)),
            "note" => d.add_paragraph(plain(a, 18, false, false)),
            "blank" => d.add_paragraph(Paragraph::new()),
            "cover-title" => d.add_paragraph(plain(a, 44, true, true)),
            "cover-line" => {
                d.add_paragraph(plain(a, 30, false, false).indent(Some(1260), None, None, None))
            }
            "cover-foot" => d.add_paragraph(plain(a, 30, true, false)),
            "break" => d.add_paragraph(page_break()),
            _ => d.add_paragraph(plain(a, 24, false, false)),
        };
    }
    d = flush(d, &mut rows);
    let file = std::fs::File::create(out).expect("the output file");
    d.build().pack(file).expect("a DOCX written");
}
