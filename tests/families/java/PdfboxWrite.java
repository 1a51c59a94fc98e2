import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;

/** A PDF drawn the way Java back ends draw reports with Apache PDFBox 2: no layout engine, so
 *  every line is placed by the program — text measured and wrapped by hand, each line its own
 *  text object, table rules stroked one by one. The first font of a TrueType collection
 *  embedded as a subset (PDType0Font, Identity-H with a ToUnicode map). The information table is a grid of four
 *  columns (label | value | label | value), a long value's row spanning the last three. */
public class PdfboxWrite {
    static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight(), M = 56;
    PDDocument doc = new PDDocument();
    PDType0Font font;
    PDPageContentStream cs;
    float y;

    void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        cs.setLineWidth(0.6f);
        y = H - M;
    }

    float width(String s, float size) throws IOException { return font.getStringWidth(s) / 1000f * size; }

    /** `s` cut into lines no wider than `w` (a character at a time: CJK has no spaces). */
    List<String> wrap(String s, float size, float w, float firstIndent) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        float avail = w - firstIndent;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (cur.length() > 0 && width(cur + ch, size) > avail) {
                out.add(cur.toString());
                cur.setLength(0);
                avail = w;
            }
            cur.append(ch);
            i += Character.charCount(cp);
        }
        if (cur.length() > 0 || out.isEmpty()) out.add(cur.toString());
        return out;
    }

    void text(String s, float x, float yy, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
    }

    void need(float h) throws IOException { if (y - h < M) newPage(); }

    void paragraph(String s, float size, float indent, float firstIndent, float leading, boolean center)
            throws IOException {
        List<String> lines = wrap(s, size, W - 2 * M - indent, firstIndent);
        for (int i = 0; i < lines.size(); i++) {
            need(leading);
            y -= leading;
            String l = lines.get(i);
            float x = center ? (W - width(l, size)) / 2 : M + indent + (i == 0 ? firstIndent : 0);
            text(l, x, y, size);
        }
    }

    /** One grid row: cells at column edges `xs`, spans given by `cells` (text, first column,
     *  last column, centred). */
    void row(float[] xs, List<Object[]> cells, float size) throws IOException {
        float pad = 5, lead = size * 1.4f;
        int most = 1;
        List<List<String>> wrapped = new ArrayList<>();
        for (Object[] c : cells) {
            float w = xs[(int) c[2] + 1] - xs[(int) c[1]] - 2 * pad;
            List<String> ls = wrap((String) c[0], size, w, 0);
            wrapped.add(ls);
            most = Math.max(most, ls.size());
        }
        float h = most * lead + 2 * pad;
        if (y - h < M) { newPage(); rule(xs[0], xs[xs.length - 1], y); }
        for (int k = 0; k < cells.size(); k++) {
            Object[] c = cells.get(k);
            float x0 = xs[(int) c[1]], x1 = xs[(int) c[2] + 1];
            List<String> ls = wrapped.get(k);
            float top = y - (h - ls.size() * lead) / 2;
            for (int i = 0; i < ls.size(); i++) {
                String l = ls.get(i);
                float x = (boolean) c[3] ? (x0 + x1 - width(l, size)) / 2 : x0 + pad;
                text(l, x, top - (i + 1) * lead + size * 0.25f, size);
            }
            cs.moveTo(x0, y); cs.lineTo(x0, y - h); cs.stroke();
        }
        cs.moveTo(xs[xs.length - 1], y); cs.lineTo(xs[xs.length - 1], y - h); cs.stroke();
        y -= h;
        rule(xs[0], xs[xs.length - 1], y);
    }

    void rule(float x0, float x1, float yy) throws IOException { cs.moveTo(x0, yy); cs.lineTo(x1, yy); cs.stroke(); }

    public static void main(String[] a) throws Exception {
        new PdfboxWrite().run(a);
    }

    void run(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        TrueTypeFont[] first = new TrueTypeFont[1];
        new TrueTypeCollection(new File(a[2])).processAllFonts(f -> { if (first[0] == null) first[0] = f; });
        font = PDType0Font.load(doc, first[0], true);
        newPage();
        float[] xs = {M, M + 95, M + 241, M + 336, W - M};
        boolean gridOpen = false;
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            switch (f[0]) {
                case "pair2": case "wide": {
                    if (!gridOpen) { rule(xs[0], xs[4], y); gridOpen = true; }
                    List<Object[]> cells = new ArrayList<>();
                    cells.add(new Object[]{f[1], 0, 0, true});
                    if (f[0].equals("wide")) cells.add(new Object[]{f[2], 1, 3, false});
                    else {
                        cells.add(new Object[]{f[2], 1, 1, false});
                        cells.add(new Object[]{f[3], 2, 2, true});
                        cells.add(new Object[]{f[4], 3, 3, false});
                    }
                    row(xs, cells, 10.5f);
                    break;
                }
                case "break": newPage(); break;
                case "blank": y -= 21; break;
                case "title": paragraph(f[1], 16, 0, 0, 30, true); y -= 8; break;
                case "cover-title": paragraph(f[1], 22, 0, 0, 36, true); break;
                case "cover-line": paragraph(f[1], 14, 70, 0, 28, false); break;
                case "cover-foot": paragraph(f[1], 14, 0, 0, 26, true); break;
                case "h": y -= 6; paragraph(f[1], 12, 0, 0, 20, false); break;
                case "item": paragraph(f[1], 10.5f, 21, 0, 18, false); break;
                case "p": paragraph(f[1], 10.5f, 0, 21, 18, false); break;
                case "note": y -= 10; paragraph(f[1], 9, 0, 0, 14, false); break;
            }
        }
        cs.close();
        doc.save(a[1]);
        doc.close();
    }
}
