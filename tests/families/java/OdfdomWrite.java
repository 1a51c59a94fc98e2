import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.element.style.StyleParagraphPropertiesElement;
import org.odftoolkit.odfdom.dom.element.style.StyleTextPropertiesElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** An OpenDocument text written the way Java back ends write one with the Apache ODF Toolkit
 *  (Debian's libodfdom-java, odfdom 0.9): the toolkit's own empty text template, paragraphs
 *  added with newParagraph() and given automatic styles, the information table an OdfTable
 *  appended at the end of the body once its rows are known (flush).
 *  Usage: java OdfdomWrite OPS.tsv OUT.odt (OPS: make_families.py's ops_tsv lines: title, h, p,
 *  item, blank, break, cover-*, wide, pair2, row, note). */
public class OdfdomWrite {
    static OdfTextDocument doc;
    static OdfOfficeAutomaticStyles auto;
    static Map<String, String> styles = new HashMap<>();

    /** An automatic paragraph style: size in pt, bold, alignment, left margin, first-line indent,
     *  page break before. */
    static String style(String size, boolean bold, String align, String left, String indent, boolean brk) {
        String key = size + bold + align + left + indent + brk;
        if (styles.containsKey(key)) return styles.get(key);
        OdfStyle s = auto.newStyle(OdfStyleFamily.Paragraph);
        s.setProperty(StyleTextPropertiesElement.FontSize, size + "pt");
        s.setProperty(StyleTextPropertiesElement.FontSizeAsian, size + "pt");
        s.setProperty(StyleTextPropertiesElement.FontFamilyAsian, "宋体");
        if (bold) {
            s.setProperty(StyleTextPropertiesElement.FontWeight, "bold");
            s.setProperty(StyleTextPropertiesElement.FontWeightAsian, "bold");
        }
        s.setProperty(StyleParagraphPropertiesElement.TextAlign, align);
        s.setProperty(StyleParagraphPropertiesElement.MarginLeft, left);
        s.setProperty(StyleParagraphPropertiesElement.TextIndent, indent);
        if (brk) s.setProperty(StyleParagraphPropertiesElement.BreakBefore, "page");
        styles.put(key, s.getStyleNameAttribute());
        return s.getStyleNameAttribute();
    }

    static boolean pageBreak;

    /** The rows of the table being gathered (each op's fields), written when it ends. */
    static List<String[]> rows = new ArrayList<>();

    /** The gathered rows as one OdfTable appended to the body (newTable(doc, rows, cols): the
     *  toolkit's default column widths and cell borders), each cell set with setStringValue(),
     *  the label cells shaded, a wide row's value merged over three cells. */
    static void flush() {
        if (rows.isEmpty()) return;
        int cols = rows.get(0)[0].equals("row") ? 2 : 4;
        OdfTable table = OdfTable.newTable(doc, rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
            String[] op = rows.get(r);
            for (int i = 1; i < op.length && i <= cols; i++) {
                OdfTableCell c = table.getCellByPosition(i - 1, r);
                c.setStringValue(op[i]);
                if (i % 2 == 1) c.setCellBackgroundColor("#EEEEEE");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[0].equals("wide") && cols == 4) table.getCellRangeByPosition(1, r, 3, r).merge();
        }
        rows.clear();
    }

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        doc = OdfTextDocument.newTextDocument();
        auto = doc.getContentDom().getOrCreateAutomaticStyles();
        // The toolkit's template opens with one empty paragraph; the first line takes its place.
        for (String line : lines) {
            String[] op = line.split("\t", -1);
            String k = op[0];
            if (k.equals("wide") || k.equals("pair2") || k.equals("row")) {
                rows.add(op);
                continue;
            }
            flush();
            String text = op.length > 1 ? op[1] : "";
            String st;
            switch (k) {
                case "title": st = style("16", true, "center", "0cm", "0cm", pageBreak); break;
                case "h": st = style("12", true, "start", "0cm", "0cm", pageBreak); break;
                case "p": st = style("10.5", false, "justify", "0cm", "0.74cm", pageBreak); break;
                case "item": st = style("10.5", false, "start", "0.74cm", "0cm", pageBreak); break;
                case "note": st = style("9", false, "start", "0cm", "0cm", pageBreak); break;
                case "cover-title": st = style("22", true, "center", "0cm", "0cm", pageBreak); break;
                case "cover-line": st = style("14", false, "start", "3cm", "0cm", pageBreak); break;
                case "cover-foot": st = style("14", false, "center", "0cm", "0cm", pageBreak); break;
                case "blank": st = style("10.5", false, "start", "0cm", "0cm", pageBreak); break;
                case "break": pageBreak = true; continue;
                default: throw new IllegalArgumentException("unknown op " + k);
            }
            pageBreak = false;
            OdfTextParagraph p = doc.newParagraph(text);
            p.setStyleName(st);
        }
        flush();
        doc.save(a[1]);
    }
}
