import com.lowagie.text.pdf.BaseFont;
import java.io.File;
import java.io.FileOutputStream;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** A PDF rendered the way Java back ends print HTML templates with Flying Saucer (Debian's
 *  libcore-renderer-java, R8, on iText 2.1.7): an XHTML page laid out by its CSS 2.1 engine,
 *  paged-media margin boxes for the page number, the CJK font registered with the font
 *  resolver and embedded as an Identity-H subset. Usage: java FlyingSaucerWrite IN.xhtml
 *  OUT.pdf FONT.ttf */
public class FlyingSaucerWrite {
    public static void main(String[] a) throws Exception {
        ITextRenderer r = new ITextRenderer();
        r.getFontResolver().addFont(a[2], BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        r.setDocument(new File(a[0]));
        r.layout();
        try (FileOutputStream out = new FileOutputStream(a[1])) {
            r.createPDF(out);
        }
    }
}
