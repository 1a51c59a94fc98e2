import jxl.Workbook;
import jxl.format.Alignment;
import jxl.format.Border;
import jxl.format.BorderLineStyle;
import jxl.format.Colour;
import jxl.format.VerticalAlignment;
import jxl.write.*;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** An Excel 97-2003 workbook written the way older Java back ends export one with JExcelApi
 *  (jxl 2.6, Debian's libjexcelapi-java): the title merged over the sheet, section rows
 *  (一、…) merged across, each field a label in column A and its value merged over B:D, the
 *  amounts jxl Numbers shown 0.00, the start and the end DateTime cells shown in the format
 *  yyyy年m月 (the file holds the day's serial number and the format, not the text).
 *  Usage: java JxlWrite OPS.tsv OUT.xls (OPS: make_families.py's ops_tsv lines: title;
 *  section TEXT; row LABEL VALUE; num LABEL NUMBER; date LABEL YYYY-MM; note TEXT). */
public class JxlWrite {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        WritableWorkbook book = Workbook.createWorkbook(new File(a[1]));
        WritableSheet sheet = book.createSheet("项目信息", 0);
        WritableFont song = new WritableFont(WritableFont.createFont("宋体"), 11);
        WritableFont songBold = new WritableFont(WritableFont.createFont("宋体"), 11, WritableFont.BOLD);
        WritableFont big = new WritableFont(WritableFont.createFont("黑体"), 16, WritableFont.BOLD);
        WritableCellFormat title = new WritableCellFormat(big);
        title.setAlignment(Alignment.CENTRE);
        title.setVerticalAlignment(VerticalAlignment.CENTRE);
        WritableCellFormat section = new WritableCellFormat(songBold);
        section.setBackground(Colour.GREY_25_PERCENT);
        section.setBorder(Border.ALL, BorderLineStyle.THIN);
        WritableCellFormat label = new WritableCellFormat(song);
        label.setBorder(Border.ALL, BorderLineStyle.THIN);
        label.setVerticalAlignment(VerticalAlignment.CENTRE);
        WritableCellFormat text = new WritableCellFormat(song);
        text.setBorder(Border.ALL, BorderLineStyle.THIN);
        text.setWrap(true);
        text.setVerticalAlignment(VerticalAlignment.CENTRE);
        WritableCellFormat money = new WritableCellFormat(song, new NumberFormat("0.00"));
        money.setBorder(Border.ALL, BorderLineStyle.THIN);
        money.setAlignment(Alignment.LEFT);
        WritableCellFormat month = new WritableCellFormat(song, new DateFormat("yyyy年m月"));
        month.setBorder(Border.ALL, BorderLineStyle.THIN);
        month.setAlignment(Alignment.LEFT);
        WritableCellFormat note = new WritableCellFormat(new WritableFont(WritableFont.createFont("宋体"), 9));
        sheet.setColumnView(0, 26);
        for (int c = 1; c <= 3; c++) sheet.setColumnView(c, 18);
        int r = 0;
        for (String line : lines) {
            String[] op = line.split("\t", -1);
            switch (op[0]) {
                case "title":
                    sheet.addCell(new Label(0, r, op[1], title));
                    sheet.mergeCells(0, r, 3, r);
                    sheet.setRowView(r, 600);
                    break;
                case "section":
                    sheet.addCell(new Label(0, r, op[1], section));
                    sheet.mergeCells(0, r, 3, r);
                    break;
                case "row":
                case "num":
                case "date":
                    sheet.addCell(new Label(0, r, op[1], label));
                    if (op[0].equals("row")) {
                        sheet.addCell(new Label(1, r, op[2], text));
                    } else if (op[0].equals("num")) {
                        sheet.addCell(new jxl.write.Number(1, r, Double.parseDouble(op[2]), money));
                    } else {
                        String[] ym = op[2].split("-");
                        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("GMT"));
                        cal.clear();
                        cal.set(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]) - 1, 1);
                        sheet.addCell(new DateTime(1, r, cal.getTime(), month, DateTime.GMT));
                    }
                    sheet.mergeCells(1, r, 3, r);
                    break;
                case "note":
                    r++;
                    sheet.addCell(new Label(0, r, op[1], note));
                    sheet.mergeCells(0, r, 3, r);
                    break;
                default:
                    throw new IllegalArgumentException("unknown op " + op[0]);
            }
            r++;
        }
        book.write();
        book.close();
    }
}
