import org.apache.poi.xwpf.usermodel.*;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.*;
import java.io.*;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.List;

/** A DOCX written the way Java back ends "export to Word" with Apache POI's XWPF (Debian's
 *  libapache-poi-java 4.0.1): a new XWPFDocument with no template (no styles part), every
 *  paragraph's look set on its runs, page breaks as run breaks, the information table made by
 *  createTable and its rows filled cell by cell, a long value's cell given a gridSpan and the
 *  cells it covers removed. Instruction lines (tab-separated) come from make_families.py. */
public class PoiWrite {
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    static void cell(XWPFTableCell c, String text, boolean bold) {
        XWPFParagraph p = c.getParagraphs().get(0);
        run(p, text, 11, bold);
    }

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = null;
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            switch (f[0]) {
                case "table": {
                    table = doc.createTable(1, 4);
                    CTTblPr pr = table.getCTTbl().getTblPr();
                    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
                    w.setType(STTblWidth.PCT);
                    w.setW(BigInteger.valueOf(5000));
                    break;
                }
                case "row4": case "row2": {
                    // createTable made the first row; later rows are added as the data comes.
                    XWPFTableRow row = table.getRows().size() == 1 && table.getRow(0).getCell(0).getText().isEmpty()
                        && table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().isEmpty()
                        ? table.getRow(0) : table.createRow();
                    cell(row.getCell(0), f[1], true);
                    cell(row.getCell(1), f[2], false);
                    if (f[0].equals("row4")) {
                        cell(row.getCell(2), f[3], true);
                        cell(row.getCell(3), f[4], false);
                    } else {
                        CTTcPr tp = row.getCell(1).getCTTc().isSetTcPr() ? row.getCell(1).getCTTc().getTcPr()
                            : row.getCell(1).getCTTc().addNewTcPr();
                        tp.addNewGridSpan().setVal(BigInteger.valueOf(3));
                        row.removeCell(3);
                        row.removeCell(2);
                    }
                    break;
                }
                case "end": table = null; break;
                case "break": {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().addBreak(BreakType.PAGE);
                    break;
                }
                case "blank": doc.createParagraph(); break;
                case "title": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingAfter(200);
                    run(p, f[1], 18, true);
                    break;
                }
                case "cover-title": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, f[1], 26, true);
                    break;
                }
                case "cover-line": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(1400);
                    p.setSpacingAfter(160);
                    run(p, f[1], 15, false);
                    XWPFRun v = run(p, f[2], 15, false);
                    v.setUnderline(UnderlinePatterns.SINGLE);
                    break;
                }
                case "cover-foot": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, f[1], 15, false);
                    break;
                }
                case "h": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(120);
                    run(p, f[1], 14, true);
                    break;
                }
                case "item": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(420);
                    run(p, f[1], 12, false);
                    break;
                }
                case "p": {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationFirstLine(480);
                    p.setSpacingBetween(1.5);
                    run(p, f[1], 12, false);
                    break;
                }
            }
        }
        try (FileOutputStream out = new FileOutputStream(a[1])) {
            doc.write(out);
        }
    }
}
