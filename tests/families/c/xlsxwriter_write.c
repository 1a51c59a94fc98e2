/* An .xlsx written the way C programs export one with libxlsxwriter 1.1 (Debian's
 * libxlsxwriter-dev): the title merged over four columns, sections as grey rows merged across,
 * the fields two label / value pairs a row, a long value merged over the three columns after
 * its label, amounts as numbers shown 0.00 with the unit in the label, the period's start and
 * end as two date cells shown yyyy"年"m"月", the sheet set to print on A4, fit to one page wide.
 * Usage: xlsxwriter_write OPS.tsv OUT.xlsx  (OPS: make_families.py's ops_tsv lines: title T;
 * section T; wide LABEL VALUE; pair2 LABEL VALUE LABEL VALUE; date LABEL YYYY-MM; note T. A
 * value that is a plain number after a label naming 万元 is written as a number.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static lxw_format *label_f, *text_f, *money_f, *date_f;

static int plain_number(const char *s) {
    int dot = 0, digits = 0;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') digits++;
        else if (*s == '.' && !dot) dot = 1;
        else return 0;
    }
    return digits > 0;
}

static void value(lxw_worksheet *ws, int row, int col, const char *lab, const char *val) {
    if (strstr(lab, "万元") && plain_number(val))
        worksheet_write_number(ws, row, col, atof(val), money_f);
    else
        worksheet_write_string(ws, row, col, val, text_f);
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    FILE *f = fopen(argv[1], "r");
    if (!f) return 1;
    lxw_workbook *wb = workbook_new(argv[2]);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "申报信息");
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *section = workbook_add_format(wb);
    format_set_bold(section);
    format_set_bg_color(section, 0xD9D9D9);
    format_set_border(section, LXW_BORDER_THIN);
    label_f = workbook_add_format(wb);
    format_set_border(label_f, LXW_BORDER_THIN);
    format_set_text_wrap(label_f);
    format_set_align(label_f, LXW_ALIGN_VERTICAL_CENTER);
    text_f = workbook_add_format(wb);
    format_set_border(text_f, LXW_BORDER_THIN);
    format_set_text_wrap(text_f);
    format_set_align(text_f, LXW_ALIGN_VERTICAL_CENTER);
    money_f = workbook_add_format(wb);
    format_set_border(money_f, LXW_BORDER_THIN);
    format_set_num_format(money_f, "0.00");
    format_set_align(money_f, LXW_ALIGN_LEFT);
    date_f = workbook_add_format(wb);
    format_set_border(date_f, LXW_BORDER_THIN);
    format_set_num_format(date_f, "yyyy\"年\"m\"月\"");
    format_set_align(date_f, LXW_ALIGN_LEFT);
    lxw_format *note = workbook_add_format(wb);
    format_set_font_size(note, 9);
    format_set_italic(note);
    worksheet_set_column(ws, 0, 0, 20, NULL);
    worksheet_set_column(ws, 1, 1, 26, NULL);
    worksheet_set_column(ws, 2, 2, 20, NULL);
    worksheet_set_column(ws, 3, 3, 26, NULL);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);

    static char line[65536];
    int row = 0, date_col = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *fld[5] = {0};
        int n = 0;
        for (char *p = line; n < 5;) {
            fld[n++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        const char *k = fld[0];
        if (!strcmp(k, "title")) {
            worksheet_merge_range(ws, row, 0, row, 3, fld[1], title);
            worksheet_set_row(ws, row, 30, NULL);
        } else if (!strcmp(k, "section")) {
            worksheet_merge_range(ws, row, 0, row, 3, fld[1], section);
        } else if (!strcmp(k, "wide") && n >= 3) {
            worksheet_write_string(ws, row, 0, fld[1], label_f);
            worksheet_merge_range(ws, row, 1, row, 3, "", text_f);
            value(ws, row, 1, fld[1], fld[2]);
            if (strlen(fld[2]) > 90) worksheet_set_row(ws, row, 15 * (1 + strlen(fld[2]) / 90), NULL);
        } else if (!strcmp(k, "pair2") && n >= 5) {
            worksheet_write_string(ws, row, 0, fld[1], label_f);
            value(ws, row, 1, fld[1], fld[2]);
            worksheet_write_string(ws, row, 2, fld[3], label_f);
            value(ws, row, 3, fld[3], fld[4]);
        } else if (!strcmp(k, "date") && n >= 3) {
            /* start and end share a row: the start's pair, then the end's */
            lxw_datetime d = {atoi(fld[2]), atoi(fld[2] + 5), 1, 0, 0, 0};
            worksheet_write_string(ws, row, date_col, fld[1], label_f);
            worksheet_write_datetime(ws, row, date_col + 1, &d, date_f);
            if (date_col == 0) {
                date_col = 2;
                continue;
            }
            date_col = 0;
        } else if (!strcmp(k, "note")) {
            row++;
            worksheet_write_string(ws, row, 0, fld[1], note);
        } else {
            fprintf(stderr, "unknown op %s\n", k);
            return 1;
        }
        row++;
    }
    fclose(f);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
