//! XLSX by umya-spreadsheet: the information table as an accounting system's export, four
//! columns (label, value, label, value), a merged title, long values merged over the three
//! columns after their label, the label cells bold on grey, every cell ruled. A value written
//! `#n|FORMAT|NUMBER` is a number cell shown with the number format FORMAT: the amounts carry
//! their unit in the format (`#,##0.00"万元"`), the dates are day serial numbers shown
//! `yyyy"年"m"月"`, so the unit and the date are in no cell's text.

use crate::field;
use umya_spreadsheet::{Border, Worksheet};

const COLUMNS: [&str; 4] = ["A", "B", "C", "D"];

fn rule(sheet: &mut Worksheet, col: u32, row: u32) {
    let borders = sheet.get_style_mut((col, row)).get_borders_mut();
    borders.get_left_mut().set_border_style(Border::BORDER_THIN);
    borders
        .get_right_mut()
        .set_border_style(Border::BORDER_THIN);
    borders.get_top_mut().set_border_style(Border::BORDER_THIN);
    borders
        .get_bottom_mut()
        .set_border_style(Border::BORDER_THIN);
}

fn label(sheet: &mut Worksheet, col: u32, row: u32, text: &str) {
    sheet.get_cell_mut((col, row)).set_value_string(text);
    let style = sheet.get_style_mut((col, row));
    style.get_font_mut().set_bold(true);
    style.set_background_color("FFD9D9D9");
    rule(sheet, col, row);
}

fn value(sheet: &mut Worksheet, col: u32, row: u32, text: &str) {
    let parts: Vec<&str> = text.splitn(3, '|').collect();
    if parts.len() == 3 && parts[0] == "#n" {
        let number: f64 = parts[2].parse().expect("a number");
        sheet.get_cell_mut((col, row)).set_value_number(number);
        sheet
            .get_style_mut((col, row))
            .get_number_format_mut()
            .set_format_code(parts[1]);
    } else {
        sheet.get_cell_mut((col, row)).set_value_string(text);
    }
    rule(sheet, col, row);
}

pub fn write(ops: &[Vec<String>], out: &str) {
    let mut book = umya_spreadsheet::new_file();
    let sheet = book.get_sheet_mut(&0).expect("the first sheet");
    sheet.set_name("项目信息");
    for (c, w) in COLUMNS.iter().zip([18.0, 34.0, 18.0, 34.0]) {
        sheet.get_column_dimension_mut(c).set_width(w);
    }
    let mut row = 0u32;
    for op in ops {
        row += 1;
        match field(op, 0) {
            "title" => {
                sheet.get_cell_mut((1, row)).set_value_string(field(op, 1));
                let font = sheet.get_style_mut((1, row)).get_font_mut();
                font.set_bold(true);
                font.set_size(16.0);
                sheet.add_merge_cells(format!("A{row}:D{row}"));
                sheet.get_row_dimension_mut(&row).set_height(30.0);
            }
            "wide" => {
                label(sheet, 1, row, field(op, 1));
                value(sheet, 2, row, field(op, 2));
                for c in 3..=4 {
                    rule(sheet, c, row);
                }
                sheet.add_merge_cells(format!("B{row}:D{row}"));
            }
            "pair2" => {
                label(sheet, 1, row, field(op, 1));
                value(sheet, 2, row, field(op, 2));
                label(sheet, 3, row, field(op, 3));
                value(sheet, 4, row, field(op, 4));
            }
            "note" => {
                sheet.get_cell_mut((1, row)).set_value_string(field(op, 1));
                sheet.add_merge_cells(format!("A{row}:D{row}"));
            }
            _ => row -= 1,
        }
    }
    umya_spreadsheet::writer::xlsx::write(&book, out).expect("the workbook written");
}
