/* A PDF written the way C programs write them with libharu (Debian's libhpdf-dev): the
 * Chinese font not embedded (libharu's SimSun, a CID font named for the reader to supply),
 * text passed as GBK bytes through the predefined GBK-EUC-H CMap, every line placed by the
 * program. The information table: label | value rows, a rule under each row, no verticals.
 * Usage: haru_write OPS.tsv OUT.pdf   (OPS: make_families.py's ops_tsv lines: title, h, p,
 * item, blank, break, cover-title, cover-line, cover-foot, row, note) */
#include <hpdf.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HPDF_Doc pdf;
static HPDF_Page page;
static HPDF_Font font;
static float W, H, y;
static const float M = 60;

static void error_handler(HPDF_STATUS e, HPDF_STATUS d, void *u) {
    (void)u;
    fprintf(stderr, "libharu error %04X %u\n", (unsigned)e, (unsigned)d);
    exit(1);
}

static void new_page(void) {
    page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    W = HPDF_Page_GetWidth(page);
    H = HPDF_Page_GetHeight(page);
    HPDF_Page_SetLineWidth(page, 0.5);
    y = H - M;
}

/* UTF-8 to GBK; the caller frees. */
static char *gbk(const char *s) {
    iconv_t cd = iconv_open("GBK//TRANSLIT", "UTF-8");
    size_t in = strlen(s), out = in * 2 + 4;
    char *buf = calloc(out, 1), *o = buf, *i = (char *)s;
    iconv(cd, &i, &in, &o, &out);
    iconv_close(cd);
    return buf;
}

/* The length in bytes of the GBK character at `s`. */
static int gbk_char(const unsigned char *s) { return s[0] >= 0x81 && s[1] ? 2 : 1; }

static float width(const char *s, float size) {
    HPDF_TextWidth tw = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s, strlen(s));
    return tw.width * size / 1000.0f;
}

static void put(const char *s, float x, float yy, float size) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, font, size);
    HPDF_Page_TextOut(page, x, yy, s);
    HPDF_Page_EndText(page);
}

/* `s` (GBK) cut into lines no wider than `w`; returns the count, lines in `out`. */
static int wrap(const char *s, float size, float w, float first, char out[][1024], int max) {
    int n = 0, len = 0;
    float avail = w - first;
    char cur[1024] = "";
    for (const unsigned char *p = (const unsigned char *)s; *p && n < max;) {
        int k = gbk_char(p);
        char tmp[1024];
        memcpy(tmp, cur, len);
        memcpy(tmp + len, p, k);
        tmp[len + k] = 0;
        if (len > 0 && width(tmp, size) > avail) {
            strcpy(out[n++], cur);
            len = 0;
            cur[0] = 0;
            avail = w;
            continue;
        }
        if (len + k >= 1023) break;
        memcpy(cur + len, p, k);
        len += k;
        cur[len] = 0;
        p += k;
    }
    if ((len > 0 || n == 0) && n < max) strcpy(out[n++], cur);
    return n;
}

static void need(float h) { if (y - h < M) new_page(); }

static void paragraph(const char *s, float size, float indent, float first, float lead, int center) {
    static char lines[64][1024];
    int n = wrap(s, size, W - 2 * M - indent, first, lines, 64);
    for (int i = 0; i < n; i++) {
        need(lead);
        y -= lead;
        float x = center ? (W - width(lines[i], size)) / 2 : M + indent + (i == 0 ? first : 0);
        put(lines[i], x, y, size);
    }
}

static void row(const char *label, const char *value) {
    static char l[16][1024], v[64][1024];
    float size = 10.5f, pad = 5, lead = size * 1.5f, split = M + 140;
    int nl = wrap(label, size, split - M - 2 * pad, 0, l, 16);
    int nv = wrap(value, size, W - M - split - 2 * pad, 0, v, 64);
    int n = nl > nv ? nl : nv;
    float h = n * lead + 2 * pad;
    need(h);
    for (int i = 0; i < nl; i++) put(l[i], M + pad, y - pad - (i + 1) * lead + size * 0.3f, size);
    for (int i = 0; i < nv; i++) put(v[i], split + pad, y - pad - (i + 1) * lead + size * 0.3f, size);
    y -= h;
    HPDF_Page_MoveTo(page, M, y);
    HPDF_Page_LineTo(page, W - M, y);
    HPDF_Page_Stroke(page);
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    FILE *f = fopen(argv[1], "r");
    if (!f) return 1;
    pdf = HPDF_New(error_handler, NULL);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseCNSFonts(pdf);
    HPDF_UseCNSEncodings(pdf);
    font = HPDF_GetFont(pdf, "SimSun", "GBK-EUC-H");
    new_page();
    static char line[65536];
    int first_row = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *fields[4] = {0};
        int nf = 0;
        for (char *p = line; nf < 4;) {
            fields[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        const char *k = fields[0];
        char *a = nf > 1 ? gbk(fields[1]) : gbk(""), *b = nf > 2 ? gbk(fields[2]) : gbk("");
        if (!strcmp(k, "row")) {
            if (first_row) { HPDF_Page_MoveTo(page, M, y); HPDF_Page_LineTo(page, W - M, y); HPDF_Page_Stroke(page); first_row = 0; }
            row(a, b);
        } else if (!strcmp(k, "break")) new_page();
        else if (!strcmp(k, "blank")) y -= 21;
        else if (!strcmp(k, "title")) { paragraph(a, 16, 0, 0, 30, 1); y -= 8; }
        else if (!strcmp(k, "cover-title")) paragraph(a, 22, 0, 0, 36, 1);
        else if (!strcmp(k, "cover-line")) paragraph(a, 14, 70, 0, 26, 0);
        else if (!strcmp(k, "cover-foot")) paragraph(a, 14, 0, 0, 26, 1);
        else if (!strcmp(k, "h")) { y -= 6; paragraph(a, 12, 0, 0, 20, 0); }
        else if (!strcmp(k, "item")) paragraph(a, 10.5f, 21, 0, 18, 0);
        else if (!strcmp(k, "p")) paragraph(a, 10.5f, 0, 21, 18, 0);
        else if (!strcmp(k, "note")) { y -= 10; paragraph(a, 9, 0, 0, 14, 0); }
        free(a);
        free(b);
    }
    fclose(f);
    HPDF_SaveToFile(pdf, argv[2]);
    HPDF_Free(pdf);
    return 0;
}
