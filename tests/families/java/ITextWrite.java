import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;

/** A PDF written the way Java back ends export with iText 2.1.7: a TrueType CJK font embedded
 *  (Identity-H), the information table a PdfPTable with a header row. */
public class ITextWrite {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        BaseFont bf = BaseFont.createFont(a[2] + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font body = new Font(bf, 10.5f), bold = new Font(bf, 12f, Font.BOLD), big = new Font(bf, 16f, Font.BOLD),
             cover = new Font(bf, 22f, Font.BOLD), line = new Font(bf, 14f);
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
        doc.open();
        PdfPTable table = null;
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            switch (f[0]) {
                case "head": {
                    table = new PdfPTable(new float[]{3, 7});
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    for (int i = 1; i < f.length; i++) {
                        PdfPCell c = new PdfPCell(new Phrase(f[i], bold));
                        c.setGrayFill(0.85f); c.setPadding(5);
                        table.addCell(c);
                    }
                    break;
                }
                case "row": {
                    PdfPCell k = new PdfPCell(new Phrase(f[1], body)); k.setPadding(5);
                    PdfPCell v = new PdfPCell(new Phrase(f[2], body)); v.setPadding(5);
                    table.addCell(k); table.addCell(v); break;
                }
                case "table": doc.add(table); table = null; break;
                case "break": doc.newPage(); break;
                case "blank": doc.add(new Paragraph(" ", line)); break;
                case "title": { Paragraph p = new Paragraph(f[1], big); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(10); doc.add(p); break; }
                case "cover-title": { Paragraph p = new Paragraph(f[1], cover); p.setAlignment(Element.ALIGN_CENTER); doc.add(p); break; }
                case "cover-line": { Paragraph p = new Paragraph(f[1], line); p.setIndentationLeft(70); p.setSpacingAfter(8); doc.add(p); break; }
                case "cover-foot": { Paragraph p = new Paragraph(f[1], line); p.setAlignment(Element.ALIGN_CENTER); doc.add(p); break; }
                case "h": { Paragraph p = new Paragraph(f[1], bold); p.setSpacingBefore(6); doc.add(p); break; }
                case "item": { Paragraph p = new Paragraph(f[1], body); p.setIndentationLeft(21); doc.add(p); break; }
                case "p": { Paragraph p = new Paragraph(f[1], body); p.setFirstLineIndent(21); p.setLeading(18); doc.add(p); break; }
            }
        }
        doc.close();
    }
}
