/* A PDF written the way C++ programs write them with PoDoFo 0.9 (Debian's libpodofo-dev): a
 * TrueType subset (AR PL SungtiL GB) under PoDoFo's Identity encoding, lines cut by PoDoFo's
 * own GetMultiLineTextAsLines, the information table drawn by PoDoFo's PdfTable over a
 * PdfSimpleTableModel (every cell bordered, word wrap on, the row heights given by the program,
 * the table breaking onto a new page by PdfTable's callback), a page number "- N -" put on every
 * page's foot once the document is done.
 * Usage: podofo_write OPS.tsv OUT.pdf FONT.ttf  (OPS: make_families.py's ops_tsv lines: title,
 * h, p, item, blank, break, cover-title, cover-line, cover-foot, row, note) */
#include <podofo/podofo.h>

#include <fstream>
#include <string>
#include <vector>

using namespace PoDoFo;

static PdfMemDocument *doc;
static PdfPainter painter;
static PdfFont *font;
static PdfPage *page;
static double W, H, y;
static const double M = 72;

static PdfString u(const std::string &s) { return PdfString(reinterpret_cast<const pdf_utf8 *>(s.c_str())); }

static void new_page() {
    if (page) painter.FinishPage();
    page = doc->CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
    painter.SetPage(page);
    W = page->GetPageSize().GetWidth();
    H = page->GetPageSize().GetHeight();
    y = H - M;
}

static PdfPage *table_page(PdfRect &clip, void *) {
    new_page();
    painter.SetFont(font);
    clip = PdfRect(M, M, W - 2 * M, H - 2 * M);
    return page;
}

static void need(double h) {
    if (y - h < M) new_page();
}

static void paragraph(const std::string &s, float size, double indent, double lead, bool center) {
    font->SetFontSize(size);
    painter.SetFont(font);
    std::vector<PdfString> lines = painter.GetMultiLineTextAsLines(W - 2 * M - indent, u(s), false);
    if (lines.empty()) lines.push_back(u(""));
    for (const PdfString &line : lines) {
        need(lead);
        y -= lead;
        double x = M + indent;
        if (center) x = (W - font->GetFontMetrics()->StringWidth(line)) / 2;
        painter.DrawText(x, y, line);
    }
}

static std::vector<std::pair<std::string, std::string>> rows;

static void flush_rows() {
    if (rows.empty()) return;
    const int n = static_cast<int>(rows.size());
    const float size = 10.5f;
    const double lead = size * 1.45, pad = 6, label_w = 130, value_w = W - 2 * M - label_w;
    PdfTable table(2, n);
    PdfSimpleTableModel model(2, n);
    std::vector<double> heights(n), widths = {label_w, value_w};
    font->SetFontSize(size);
    painter.SetFont(font);
    for (int i = 0; i < n; i++) {
        model.SetText(0, i, u(rows[i].first));
        model.SetText(1, i, u(rows[i].second));
        size_t a = painter.GetMultiLineTextAsLines(label_w - 2 * pad, u(rows[i].first), false).size();
        size_t b = painter.GetMultiLineTextAsLines(value_w - 2 * pad, u(rows[i].second), false).size();
        heights[i] = static_cast<double>(std::max<size_t>(1, std::max(a, b))) * lead + 2 * pad;
    }
    model.SetFont(font);
    model.SetWordWrapEnabled(true);
    model.SetForegroundColor(PdfColor(0.0, 0.0, 0.0));
    model.SetBorderEnabled(true);
    model.SetBorderWidth(0.6);
    model.SetAlignment(ePdfVerticalAlignment_Center);
    table.SetModel(&model);
    table.SetColumnWidths(widths.data());
    table.SetRowHeights(heights.data());
    table.SetAutoPageBreak(true, table_page, nullptr);
    double last_x = 0, last_y = 0;
    table.Draw(M, y, &painter, PdfRect(M, M, W - 2 * M, H - 2 * M), &last_x, &last_y);
    y = last_y - 6;
    rows.clear();
}

static std::vector<std::string> split(const std::string &line) {
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        size_t t = line.find('\t', start);
        out.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
        if (t == std::string::npos) break;
        start = t + 1;
    }
    return out;
}

int main(int argc, char **argv) {
    if (argc < 4) return 2;
    std::ifstream in(argv[1]);
    if (!in) return 1;
    try {
        PdfMemDocument d;
        doc = &d;
        font = d.CreateFontSubset("AR PL SungtiL GB", false, false, false,
                                  PdfEncodingFactory::GlobalIdentityEncodingInstance(), argv[3]);
        if (!font) return 3;
        page = nullptr;
        new_page();
        std::string line;
        while (std::getline(in, line)) {
            std::vector<std::string> f = split(line);
            const std::string &k = f[0];
            const std::string a = f.size() > 1 ? f[1] : "", b = f.size() > 2 ? f[2] : "";
            if (k == "row") {
                rows.emplace_back(a, b);
                continue;
            }
            flush_rows();
            if (k == "break") new_page();
            else if (k == "blank") y -= 21;
            else if (k == "title") { paragraph(a, 16, 0, 30, true); y -= 8; }
            else if (k == "cover-title") paragraph(a, 22, 0, 36, true);
            else if (k == "cover-line") paragraph(a, 14, 70, 26, false);
            else if (k == "cover-foot") paragraph(a, 14, 0, 26, true);
            else if (k == "h") { y -= 6; paragraph(a, 12, 0, 20, false); }
            else if (k == "item") paragraph(a, 10.5f, 21, 17, false);
            else if (k == "p") paragraph("\u3000\u3000" + a, 10.5f, 0, 17, false);
            else if (k == "note") { y -= 4; paragraph(a, 9, 0, 14, false); }
        }
        flush_rows();
        painter.FinishPage();
        const int pages = d.GetPageCount();
        for (int i = 0; i < pages; i++) {
            PdfPage *p = d.GetPage(i);
            PdfPainter foot;
            foot.SetPage(p);
            font->SetFontSize(9);
            foot.SetFont(font);
            PdfString num = u("- " + std::to_string(i + 1) + " -");
            foot.DrawText((p->GetPageSize().GetWidth() - font->GetFontMetrics()->StringWidth(num)) / 2, 40, num);
            foot.FinishPage();
        }
        d.GetInfo()->SetCreator(PdfString("podofo_write"));
        d.Write(argv[2]);
    } catch (const PdfError &e) {
        e.PrintErrorMsg();
        return 1;
    }
    return 0;
}
