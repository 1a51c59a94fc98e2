import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.tool.xml.XMLWorkerFontProvider;
import com.itextpdf.tool.xml.XMLWorkerHelper;
import java.io.*;
import java.nio.charset.StandardCharsets;

/** A PDF written the way Java back ends turn an HTML template into one with iText 5's XMLWorker
 *  (Debian's libitext5-java 5.5.13 with its xmlworker): XMLWorkerHelper.parseXHtml over the
 *  page and its &lt;style&gt;, a font provider of the kind such code carries (every font asked
 *  for is the one TrueType font registered, embedded as Identity-H: XMLWorker's own would draw
 *  no Chinese), tables as PdfPTables, and a page event stamping 第 N 页 at each foot.
 *  Usage: java XmlWorkerWrite IN.xhtml OUT.pdf FONT.ttf */
public class XmlWorkerWrite {
    /** Every family name the page asks for resolves to the registered CJK font. */
    static class AsianFontProvider extends XMLWorkerFontProvider {
        final BaseFont base;

        AsianFontProvider(String ttf) throws Exception {
            super(XMLWorkerFontProvider.DONTLOOKFORFONTS);
            base = BaseFont.createFont(ttf, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }

        @Override
        public Font getFont(String name, String encoding, boolean embedded, float size, int style, BaseColor color) {
            return new Font(base, size <= 0 ? 10.5f : size, style, color);
        }
    }

    static class PageNumbers extends PdfPageEventHelper {
        final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + w.getPageNumber() + " 页", font),
                    (d.left() + d.right()) / 2, d.bottom() - 24, 0);
        }
    }

    public static void main(String[] a) throws Exception {
        AsianFontProvider fonts = new AsianFontProvider(a[2]);
        Document doc = new Document(PageSize.A4, 64, 64, 60, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
        w.setPageEvent(new PageNumbers(new Font(fonts.base, 9)));
        doc.open();
        try (InputStream in = new FileInputStream(a[0])) {
            XMLWorkerHelper.getInstance().parseXHtml(w, doc, in, null, StandardCharsets.UTF_8, fonts);
        }
        doc.close();
    }
}
