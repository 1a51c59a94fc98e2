import com.lowagie.text.*;
import com.lowagie.text.rtf.RtfWriter2;
import com.lowagie.text.rtf.style.RtfFont;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.List;

/** A "Word" file written the way Java back ends export one with iText 2.1.7's RTF writer
 *  (Debian's libitext-rtf-java): RTF under a .doc name, 宋体 named as an RtfFont, the
 *  information table an iText Table of four bordered columns whose long values span three,
 *  the label cells shaded. Usage: java RtfWrite OPS.tsv OUT.doc (OPS: make_families.py's
 *  ops_tsv lines: title, h, p, item, blank, break, cover-*, wide, pair2, note). */
public class RtfWrite {
    static Font body, bold, big, cover, line, small;

    static Cell cell(String text, boolean label, int span) throws Exception {
        Cell c = new Cell(new Phrase(text, label ? bold : body));
        if (label) c.setGrayFill(0.9f);
        c.setColspan(span);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        body = new RtfFont("宋体", 10.5f);
        bold = new RtfFont("宋体", 10.5f, Font.BOLD);
        big = new RtfFont("黑体", 16f, Font.BOLD);
        cover = new RtfFont("黑体", 22f, Font.BOLD);
        line = new RtfFont("宋体", 14f);
        small = new RtfFont("宋体", 9f);
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        RtfWriter2.getInstance(doc, new FileOutputStream(a[1]));
        doc.open();
        Table table = null;
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            if (table != null && !f[0].equals("wide") && !f[0].equals("pair2")) {
                doc.add(table);
                table = null;
            }
            switch (f[0]) {
                case "wide":
                case "pair2": {
                    if (table == null) {
                        table = new Table(4);
                        table.setWidths(new int[]{22, 28, 22, 28});
                        table.setWidth(100);
                        table.setPadding(4);
                        table.setBorderWidth(1);
                    }
                    if (f[0].equals("wide")) {
                        table.addCell(cell(f[1], true, 1));
                        table.addCell(cell(f[2], false, 3));
                    } else {
                        table.addCell(cell(f[1], true, 1));
                        table.addCell(cell(f[2], false, 1));
                        table.addCell(cell(f[3], true, 1));
                        table.addCell(cell(f[4], false, 1));
                    }
                    break;
                }
                case "break": doc.newPage(); break;
                case "blank": doc.add(new Paragraph(" ", line)); break;
                case "title": { Paragraph p = new Paragraph(f[1], big); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(12); doc.add(p); break; }
                case "cover-title": { Paragraph p = new Paragraph(f[1], cover); p.setAlignment(Element.ALIGN_CENTER); doc.add(p); break; }
                case "cover-line": { Paragraph p = new Paragraph(f[1], line); p.setIndentationLeft(80); p.setSpacingAfter(8); doc.add(p); break; }
                case "cover-foot": { Paragraph p = new Paragraph(f[1], line); p.setAlignment(Element.ALIGN_CENTER); doc.add(p); break; }
                case "h": { Paragraph p = new Paragraph(f[1], bold); p.setSpacingBefore(8); doc.add(p); break; }
                case "item": { Paragraph p = new Paragraph(f[1], body); p.setIndentationLeft(21); doc.add(p); break; }
                case "note": doc.add(new Paragraph(f[1], small)); break;
                case "p": { Paragraph p = new Paragraph(f[1], body); p.setFirstLineIndent(21); p.setLeading(20); doc.add(p); break; }
                default: throw new IllegalArgumentException("unknown op " + f[0]);
            }
        }
        if (table != null) doc.add(table);
        doc.close();
    }
}
