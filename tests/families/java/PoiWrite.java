import org.apache.poi.hssf.usermodel.*;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.List;

/** The information table as Java back ends export it with Apache POI 4's HSSF (Debian's
 *  libapache-poi-java): an Excel 97-2003 workbook, two label/value pairs a row, long values
 *  merged across, amounts as numbers shown with two decimals. (Debian's POI lacks the OOXML
 *  schemas XWPF needs, so no Word document is written here.) Usage: PoiWrite ops.tsv out.xls */
public class PoiWrite {
    static final String FONT = "宋体";

    static void xls(List<String> lines, String out) throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sh = wb.createSheet("信息表");
        int[] widths = {18, 24, 18, 24};
        for (int i = 0; i < widths.length; i++) sh.setColumnWidth(i, widths[i] * 256);
        Font plain = wb.createFont();
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName(FONT);
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 11);
        Font big = wb.createFont();
        big.setFontName(FONT);
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        CellStyle label = box(wb, bold, null), text = box(wb, plain, null);
        CellStyle number = box(wb, plain, wb.createDataFormat().getFormat("0.00"));
        CellStyle head = wb.createCellStyle();
        head.setFont(big);
        head.setAlignment(HorizontalAlignment.CENTER);
        int r = 0;
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            Row row = sh.createRow(r);
            switch (f[0]) {
                case "title": {
                    put(row, 0, f[1], head);
                    sh.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
                    break;
                }
                case "wide": {
                    put(row, 0, f[1], label);
                    put(row, 1, f[2], text);
                    for (int c = 2; c < 4; c++) put(row, c, "", text);
                    sh.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
                    break;
                }
                case "pair2": {
                    for (int k = 0; k < 2; k++) {
                        put(row, 2 * k, f[1 + 3 * k], label);
                        String v = f[2 + 3 * k];
                        if (f[3 + 3 * k].equals("num")) {
                            Cell c = row.createCell(2 * k + 1);
                            c.setCellValue(Double.parseDouble(v));
                            c.setCellStyle(number);
                        } else {
                            put(row, 2 * k + 1, v, text);
                        }
                    }
                    break;
                }
                default: break;
            }
            r++;
        }
        try (OutputStream o = new FileOutputStream(out)) {
            wb.write(o);
        }
    }

    static CellStyle box(Workbook wb, Font font, Short format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (format != null) s.setDataFormat(format);
        return s;
    }

    static void put(Row row, int col, String v, CellStyle s) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(s);
    }

    public static void main(String[] a) throws Exception {
        xls(Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8), a[1]);
    }
}
