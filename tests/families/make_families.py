#!/usr/bin/env python3
"""A dev set that can disagree with the parser: application packages in template families
written by six writers, none of them the templates propscan's parser or its first dev set were
written with (tests/families/README.md lists the families and says which are held back).

Each family is its own way of filling in the same facts, as other agencies' forms and other
offices' templates do it: the information table's layout (2 or 4 or 6 columns, label rows over
value rows, grouped labels with merged cells, numbered paragraphs, a list table under the
fields, label and value in one cell, content controls, a nested table, a text box), the wording
of its labels (provincial and national foundations, enterprise R&D 立项 forms: 依托单位, 承担单位,
申请金额, 起止年月, 开始日期 + 周期（月）…), its placeholders, its cover (a separate file, the first
page of the application, none), the application's headings (一、 / 第一部分 / 1. / 1.1 /
unnumbered) with the deliverables in a numbered list, its file names (some meaningless), and
its writer: python-docx; LibreOffice from HTML (DOCX and PDF) and from a hand-written ODT;
ReportLab (a non-embedded CID font, an embedded TrueType subset, values placed in pieces);
hand-written WordprocessingML (split runs, merged cells, content controls, nested tables, text
boxes, no styles part); pdfunite for a merged file.

The facts, the mistakes injected and the oracle that says which rules must fire are those of
tests/packages/make_packages.py (the call's rules applied to the generator's ground truth).

    python3 tests/families/make_families.py [PACKAGES_PER_FAMILY]   (default 6)
    FAMILIES_OUT=/tmp/famN FAMILIES_ONLY=a,b python3 tests/families/make_families.py
        (a new round: elsewhere, only its families built; labels.jsonl in full, its first
        lines must equal the committed ones)

Needs python-docx, reportlab, pikepdf, pillow, numpy, openpyxl (xlsx), LibreOffice Writer and Calc (xlsx) with fonts-noto-cjk, fonts-wqy-microhei,
poppler-utils (pdfunite, pdfimages, pdftoppm), tesseract-ocr-chi-sim (ocrlayer), ghostscript (outlines),
chromium (chromeprint), pandoc, texlive-xetex with texlive-lang-chinese (xetex) and abiword (round 22),
pillow-heif (heicphoto) and fonttools (type3font) (round 37), py7zr (sevenzip, round 38), pyhanko (esign, round 39), pypinyin (rubydocx, rubypdf, round 59),
weasyprint and fpdf2 (PyPI) and wkhtmltopdf (Debian) (weasyprint, fpdfinfo, wkhtml; round 70),
pdfmake 0.2 from npm (`npm install --prefix $PDFMAKE_DIR pdfmake@0.2`, default /tmp/npm80), mupdf-tools
(mutool) and fop (Debian) (pdfmake, mupdf, xslfo; round 80), jspdf 2 with jspdf-autotable 3 and docx 8 from npm
(same directory) and libreoffice-draw (jspdf, drawedit, docxjs; round 81), libitext-java (Debian; java/ITextWrite.java,
compiled on first use), odfpy and xlsxwriter (PyPI) (itextpdf, odfpy, xlsxwriter; round 82; odttracked, odthidden; round 83),
typst (PyPI: typst-py; round 89), php-cli, php-tcpdf, php-dompdf and fonts-droid-fallback (Debian;
php/tcpdf_write.php, php/dompdf_write.php) (tcpdf, dompdf; round 91), pdf-lib 1.17 with @pdf-lib/fontkit 1.1
from npm (`npm install --prefix $PDFLIB_DIR pdf-lib@1.17.1 @pdf-lib/fontkit@1.1.1`, default /tmp/npm92;
node/pdflib_write.js) (pdfoverlay), texlive-latex-base with latex-cjk-chinese and
latex-cjk-chinese-arphic-gbsn00lp, -gkai00mp (cjklatex), texlive-luatex with texlive-lang-chinese
(lualatex) (round 92), libapache-poi-java (javac and java from default-jdk; java/PoiWrite.java)
(poixls) and gnumeric (ssconvert) (gnmprint, gnmxlsx) (round 93), libpdfbox2-java (java/PdfboxWrite.java)
(pdfbox), calligrawords (calligraconverter, run with QT_QPA_PLATFORM=offscreen) (calligra) and paps with
ghostscript (ps2pdf) (paps) (round 94), xhtml2pdf (PyPI) (xhtml2pdf), ruby-asciidoctor-pdf (asciidoc), both with
fonts-arphic-gbsn00lp's TrueType font, and librsvg2-bin (rsvg-convert) (rsvg) (round 95); docxtpl (PyPI)
(docxtpl), libpdf-api2-perl (perl/pdfapi2_write.pl) (pdfapi2) and officegen from npm (`npm install --prefix
$OFFICEGEN_DIR officegen@0.6.5`, default /tmp/npm96) (node/officegen_write.js) (officegen) (round 96); gcc with
libhpdf-dev (c/haru_write.c) (haru) and html-to-docx from npm (`npm install --prefix $OFFICEGEN_DIR
html-to-docx@1.8.0`) (node/htmltodocx_write.js) (htmldocx) (round 97); ruby-prawn and ruby-prawn-table
(ruby/prawn_write.rb) with fonts-droid-fallback (prawn), scribus with xvfb (xvfb-run;
scribus/scribus_write.py) (scribus) (round 98); @react-pdf/renderer 3.4.4 with react 18.3.1 from npm (`npm
install --prefix $REACTPDF_DIR …`, default /tmp/npm99) (node/reactpdf_write.js) (reactpdf) and odfdo (PyPI)
(odfdo) (round 99); skia-python (PyPI) (skia) and rinohtype with fonttools (PyPI) and fonts-wqy-microhei
(rinoh) (round 100); docxtemplater 3 with pizzip 3 from npm (`npm install --prefix $DOCXTPL_DIR docxtemplater@3
pizzip@3`, default /tmp/npm101) (node/docxtemplater_write.js) (dtpl) (round 101); cargo (crates.io: docx-rs
0.4.22 and printpdf 0.7.0, the crate rust/, built into $RS_WRITE_TARGET, default /tmp/rswtarget) with fonttools
(pyftsubset) and fonts-arphic-gbsn00lp (docxrs, printpdf) (round 102); golang-go with
golang-github-jung-kurt-gofpdf-dev (Debian; go/gofpdf_write.go, built in GOPATH mode into $GOFPDF_BIN, default
/tmp/gofpdf_write) (gofpdf) and pandoc (Debian) (orgodt) (round 103); r-cran-officer and r-cran-flextable
(Debian; r/officer_write.R run by Rscript) (rofficer) and abiword (Debian) (abipdf) (round 104); nothing
but the script and the real WPS package parts in wps/ (wpsdocx), context (Debian: ConTeXt MkIV on LuaTeX, its
fonts found under OSFONTDIR=/usr/share/fonts) with fonts-arphic-gbsn00lp (context) (round 105);
libopenoffice-oodoc-perl (Debian; perl/oodoc_write.pl) (oodoc), exceljs 4.4 and docx 8 from npm (`npm install
--prefix $EXCELJS_DIR exceljs@4.4.0 docx@8`, default /tmp/npm106; node/exceljs_write.js, the docx package
through $PDFMAKE_DIR set to the same directory) (exceljs) (round 106); libitext-rtf-java (Debian;
java/RtfWrite.java) (itextrtf) and docxcompose (Debian's python3-docxcompose or PyPI) (composed) (round 107);
ruby-rbpdf with ruby-actionview (Debian; ruby/rbpdf_write.rb) (rbpdf), golang-github-tealeg-xlsx-dev (Debian;
go/xlsx_write.go built into $GOXLSX_BIN, default /tmp/goxlsx_write) with gofpdf (goxlsx) (round 108);
libcore-renderer-java (Debian: Flying Saucer R8 on iText 2.1.7; java/FlyingSaucerWrite.java) (flyingsaucer)
(round 109); PyFPDF 1.7.2 (PyPI `fpdf==1.7.2`, installed apart from fpdf2: `pip install --target $PYFPDF_DIR
fpdf==1.7.2`, default /tmp/py110; python/pyfpdf_write.py) (pyfpdf) and xlwt 1.3 (PyPI) (xlwt) (round 110);
SheetJS (npm `xlsx@0.18.5` in $EXCELJS_DIR, default /tmp/npm106; node/sheetjs_write.js) (sheetjs) (round 111);
python3-pyqt5 (Debian; python/qt_write.py run by Debian's /usr/bin/python3, QT_QPA_PLATFORM=offscreen) (qtpdf,
qtodt) (round 112); libodfdom-java (Debian: the Apache ODF Toolkit's odfdom 0.9; java/OdfdomWrite.java) (odfdom) and
libexcel-writer-xlsx-perl (Debian; perl/xlsx_write.pl) with PDF::API2 (perlxlsx) (round 113); libitext5-java (Debian: iText 5.5 with its XMLWorker;
java/XmlWorkerWrite.java) (xmlworker) and libjexcelapi-java (Debian: JExcelApi 2.6; java/JxlWrite.java) (jxl) (round 114); ruby-spreadsheet (Debian; ruby/spreadsheet_write.rb) with ruby-prawn (rubyxls) and pyexcelerate
0.10 (PyPI) (pyexcelerate) (round 115); libpodofo-dev (Debian: PoDoFo 0.9.8, C++; c/podofo_write.cpp, compiled by g++) (podofo)
and libspreadsheet-writeexcel-perl (Debian; perl/writeexcel_write.pl) with PoDoFo (writeexcel) (round 116); pandoc's RTF
writer (pandocrtf) and r-cran-openxlsx (Debian; r/openxlsx_write.R) with R's officer (openxlsx) (round 117); latex2rtf
(Debian) (latex2rtf) and libxlsxwriter-dev (Debian: libxlsxwriter 1.1, C; c/xlsxwriter_write.c, compiled by gcc) with
PoDoFo (lxw) (round 118); gnumeric's ssconvert again, to .xls (Gnumeric's own BIFF8 writer, with PDF::API2: gnmxls) and to
.ods (its OpenDocument writer, with pandoc's .docx: gnmods) (round 119); pylightxl 1.61 (PyPI) with python-docx
(pylightxl) and ezodf 0.3 (PyPI) with LibreOffice's HTML→PDF (ezodf) (round 120); xlsx-populate 1.21 (npm, in
$XLPOP_DIR, default /tmp/npm121; node/xlsxpopulate_write.js) with the npm docx package's .docx (through $PDFMAKE_DIR set
to $EXCELJS_DIR, as for round 106) (xlpop) and excel4node
1.8 (npm, same directory; node/excel4node_write.js) with LibreOffice's HTML→PDF (e4n) (round 121); write-excel-file
4.1 (npm, $XLPOP_DIR; node/writeexcelfile_write.js) with pandoc's .docx (wxf) and simple-odf 3.0 (npm, $XLPOP_DIR;
node/simpleodf_write.js) with python-docx (sodf) (round 122); umya-spreadsheet 2.3.3 (crates.io; the crate rust/'s
rs_write xlsx, built into $RS_WRITE_TARGET) with docx-rs (umya) and pdfme 6.1 (npm @pdfme/generator and @pdfme/schemas,
in $PDFME_DIR, default /tmp/npm123; node/pdfme_write.mjs) with LibreOffice's HTML→PDF (pdfme) (round 123); PDFKit 0.20
(npm, in $PDFKIT_DIR, default /tmp/npm124; node/pdfkit_write.js) for every document (pdfkit) and xlsx-template 1.4 (npm,
same directory; node/xlsxtemplate_write.js, on a template written by openpyxl) with the npm docx package's .docx
(xlsxtpl) (round 124); Chromium printing a page whose fields flow in CSS columns (csscols) and python-docx
with a two-column section exported to PDF by LibreOffice (docxcols) (round 125); python-docx with every field
a card, its label a small paragraph over its value in the same cell (stackcell), and Chromium printing a
web form's grid of labels over read-only boxes (bsform) (round 126); python-docx with grouped column heads, a
group's label merged over its sub-labels over their values (grouphead), and LibreOffice's PDF of an unruled
three-column form whose colons stand in a column of their own (coloncol) (round 127); python-docx with a
borderless two-cell layout table, each cell a stack of "label：value" paragraphs (layoutdocx), and the same
file exported to PDF by LibreOffice (layoutpdf) (round 128).
"""
import html, io, json, os, random, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "packages"))
import make_packages as mp  # noqa: E402  (facts, mistakes, oracle)

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

# FAMILIES_OUT: write elsewhere (to copy only new families into set/, leaving older ones' bytes).
OUT = os.environ.get("FAMILIES_OUT", os.path.join(HERE, "set"))
# FAMILIES_ONLY=a,b: build only these families' packages (labels.jsonl still lists every family).
ONLY = [f for f in os.environ.get("FAMILIES_ONLY", "").split(",") if f]
TTF = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# Families: tuning ones may be looked at while changing propscan; held-out ones may not (their
# misses are printed only with PROPSCAN_SHOW_HELDOUT=1, for after the figure is taken).
FAMILIES = ["prov", "nsfc", "lixiang", "grid-cid", "ooxml", "list", "placeholder", "para", "grid-ttf",
            "landscape", "narrow", "odt", "rows", "kv", "merged", "jsform", "inline", "rl-split", "underline",
            "grouped", "fullwidth", "bilingual", "sdt", "nested", "unitcol", "textbox",
            "budgettable", "rowspdf", "tabs", "sections", "enum", "odt4", "twoline", "qianyuan", "onecol", "twopair", "formfield", "borderless4", "notes", "twopage", "engname", "yuansign", "scan", "hanzi", "onedocx", "photo", "tracked", "headfoot", "mergedscan", "rotated", "colorscan",
            "docximg", "ocrlayer", "notounicode", "certphoto", "outlines", "sealedinfo",
            "watermark", "bilevel", "sysprint", "restricted", "xlsx", "screenshot",
            "acroform", "abstractcell", "twoup",
            "dotleader", "blanks", "vanish", "zipgbk", "phonescan",
            "chromeprint", "budgetdetail", "vertical",
            "pandoc", "xetex", "abiword", "indexcol", "wide",
            "finance", "apptable", "cairo", "numlist",
            "altcontent", "mailmerge", "covertable", "decorated",
            "combined", "yearly", "colorder",
            "rowspan", "kpitable", "titlerow",
            "upsidedown", "whitetext", "whitepdf",
            "strikeout", "unitcell",
            "plchdr", "plchdrpdf", "symtick", "symtickpdf", "pagebreak",
            "htmldoc", "altchunk", "twocol",
            "worddoc", "rtfdoc", "distribute",
            "sideways", "xlsinfo", "budgetfile",
            "odtfile", "ofdcert",
            "jbig2scan", "jp2scan", "strictxml",
            "webpimg", "pdfattach",
            "xfaform",
            "heicphoto", "psprint", "type3font",
            "wordxml", "oleexcel", "sevenzip",
            "imgtable", "esign", "codeboxes",
            "xlsold", "xlsdict", "rotlabel",
            "emfpaste", "olexls", "ofdprint",
            "ocglayer", "xmlsheet", "htmlxls",
            "databind", "typewriter", "csvexport",
            "moverev", "smartart", "calcprint",
            "emlpkg", "docprop", "opinions",
            "portfolio", "splitapp",
            "example", "scanform", "xlshidden",
            "footnote", "notemarks", "cellbreak",
            "whiteout", "jointunits",
            "reviewed", "fanti",
            "strikepdf", "twvocab", "pdf2word",
            "pasted", "framed", "odsinfo",
            "leftnotes", "smarttag", "stacked",
            "ffdropdown", "synonyms", "mailbody",
            "docxchunk", "rtfchunk",
            "posboxes", "posframes", "wordonline", "datewords",
            "vmlboxes", "spaced", "datecells",
            "rubydocx", "rubypdf", "hybridpdf",
            "tickmarks", "swapnames",
            "divform", "underpdf",
            "lofields", "hmerge",
            "groupboxes",
            "badxref", "squeeze", "revised",
            "skewscan", "faxscan", "canvas",
            "mhtdoc", "diagslash", "reportpdf",
            "englayer", "lowres", "sealdocx",
            "shadedscan", "signedscan", "twopagescan",
            "fadedscan", "foldscan", "copyscan",
            "weasyprint", "fpdfinfo", "wkhtml",
            "mobileshot", "camscan", "webpaste",
            "xlsformula", "exifphoto", "mergedorder",
            "darkmode", "alphapng", "gridskip",
            "bleedscan", "ditherscan", "fakebold",
            "wpsfile", "etfile", "pdfa",
            "fodtfile", "uotfile", "cmykscan",
            "kaiscan", "gbkcmap", "puamap",
            "savedform", "tiflzw", "txtinfo",
            "duplexscan", "bwseal", "wordwatermark",
            "pdfmake", "mupdf", "xslfo",
            "jspdf", "drawedit", "docxjs",
            "itextpdf", "odfpy", "xlsxwriter",
            "odttracked", "odthidden",
            "wrapscan", "quarterfold",
            "widesheet", "appendixparts",
            "cropbox", "actualtext",
            "docxcrop", "vmlcrop",
            "clipscan",
            "typst", "odtcrop", "odtscan",
            "xlsxshot", "odsshot",
            "tcpdf", "dompdf", "docscan",
            "pdfoverlay", "cjklatex", "lualatex",
            "poixls", "gnmprint", "gnmxlsx",
            "pdfbox", "calligra", "paps",
            "xhtml2pdf", "asciidoc", "rsvg",
            "docxtpl", "pdfapi2", "officegen",
            "haru", "htmldocx",
            "prawn", "scribus",
            "reactpdf", "odfdo",
            "skia", "rinoh",
            "dtpl",
            "docxrs", "printpdf",
            "gofpdf", "orgodt",
            "rofficer", "abipdf",
            "wpsdocx", "context", "oodoc", "exceljs", "itextrtf", "composed", "rbpdf", "goxlsx",
            "flyingsaucer", "pyfpdf", "xlwt", "sheetjs", "qtpdf", "qtodt", "odfdom", "perlxlsx", "xmlworker", "jxl", "rubyxls", "pyexcelerate",
            "podofo", "writeexcel", "pandocrtf", "openxlsx", "latex2rtf", "lxw", "gnmxls", "gnmods",
            "pylightxl", "ezodf", "xlpop", "e4n", "wxf", "sodf", "umya", "pdfme", "pdfkit", "xlsxtpl", "csscols", "docxcols",
            "stackcell", "bsform", "grouphead", "coloncol", "layoutdocx", "layoutpdf"]
TUNING = ["prov", "lixiang", "ooxml", "placeholder", "grid-ttf", "narrow"]
# Round 1 held back nsfc … odt; once their figure was taken they were opened (their misses
# read) and so became development data. Round 2 (rows, kv, merged) was written after that and
# is the held-out set now.
ROUND = {f: 1 for f in FAMILIES[:12]} | {"rows": 2, "kv": 2, "merged": 2} | \
    {"jsform": 3, "inline": 3, "rl-split": 3, "underline": 3} | \
    {"grouped": 4, "fullwidth": 4, "bilingual": 4, "sdt": 4} | {"nested": 5, "unitcol": 5, "textbox": 5} | \
    {"budgettable": 6, "rowspdf": 6, "tabs": 6} | {"sections": 7, "enum": 7, "odt4": 7} | \
    {"twoline": 8, "qianyuan": 8, "onecol": 8, "twopair": 8} | {"formfield": 9, "borderless4": 9, "notes": 9} | \
    {"twopage": 10, "engname": 10, "yuansign": 10} | {"scan": 11, "hanzi": 11, "onedocx": 11} | \
    {"photo": 12, "tracked": 12, "headfoot": 12} | {"mergedscan": 13, "rotated": 13} | \
    {"colorscan": 14} | {"docximg": 15, "ocrlayer": 15, "notounicode": 15} | \
    {"certphoto": 16, "outlines": 16, "sealedinfo": 16} | {"watermark": 17, "bilevel": 17, "sysprint": 17} | \
    {"restricted": 18, "xlsx": 18, "screenshot": 18} | {"acroform": 19, "abstractcell": 19, "twoup": 19} | \
    {"dotleader": 20, "blanks": 20, "vanish": 20, "zipgbk": 20, "phonescan": 20} | \
    {"chromeprint": 21, "budgetdetail": 21, "vertical": 21} | \
    {"pandoc": 22, "xetex": 22, "abiword": 22, "indexcol": 22, "wide": 22} | \
    {"finance": 23, "apptable": 23, "cairo": 23, "numlist": 23} | \
    {"altcontent": 24, "mailmerge": 24, "covertable": 24, "decorated": 24} | \
    {"combined": 25, "yearly": 25, "colorder": 25} | \
    {"rowspan": 26, "kpitable": 26, "titlerow": 26} | \
    {"upsidedown": 27, "whitetext": 27, "whitepdf": 27} | \
    {"strikeout": 28, "unitcell": 28} | \
    {"plchdr": 29, "plchdrpdf": 29, "symtick": 29, "symtickpdf": 29, "pagebreak": 29} | \
    {"htmldoc": 30, "altchunk": 30, "twocol": 30} | \
    {"worddoc": 31, "rtfdoc": 31, "distribute": 31} | \
    {"sideways": 32, "xlsinfo": 32, "budgetfile": 32} | \
    {"odtfile": 33, "ofdcert": 33} | \
    {"jbig2scan": 34, "jp2scan": 34, "strictxml": 34} | \
    {"webpimg": 35, "pdfattach": 35} | \
    {"xfaform": 36} | \
    {"heicphoto": 37, "psprint": 37, "type3font": 37} | \
    {"wordxml": 38, "oleexcel": 38, "sevenzip": 38} | \
    {"imgtable": 39, "esign": 39, "codeboxes": 39} | \
    {"xlsold": 40, "xlsdict": 40, "rotlabel": 40} | \
    {"emfpaste": 41, "olexls": 41, "ofdprint": 41} | \
    {"ocglayer": 42, "xmlsheet": 42, "htmlxls": 42} | \
    {"databind": 43, "typewriter": 43, "csvexport": 43} | \
    {"moverev": 44, "smartart": 44, "calcprint": 44} | \
    {"emlpkg": 45, "docprop": 45, "opinions": 45} | \
    {"portfolio": 46, "splitapp": 46} | \
    {"example": 47, "scanform": 47, "xlshidden": 47} | \
    {"footnote": 48, "notemarks": 48, "cellbreak": 48} | \
    {"whiteout": 49, "jointunits": 49} | \
    {"reviewed": 50} | \
    {"fanti": 51} | \
    {"strikepdf": 52, "twvocab": 52, "pdf2word": 52} | \
    {"pasted": 53, "framed": 53, "odsinfo": 53} | \
    {"leftnotes": 54, "smarttag": 54, "stacked": 54} | \
    {"ffdropdown": 55, "synonyms": 55, "mailbody": 55} | \
    {"docxchunk": 56, "rtfchunk": 56} | \
    {"posboxes": 57, "posframes": 57, "wordonline": 57, "datewords": 57} | \
    {"vmlboxes": 58, "spaced": 58, "datecells": 58} | \
    {"rubydocx": 59, "rubypdf": 59, "hybridpdf": 59} | \
    {"tickmarks": 60, "swapnames": 60} | \
    {"divform": 61, "underpdf": 61} | \
    {"lofields": 62, "hmerge": 62} | \
    {"groupboxes": 63} | \
    {"badxref": 64, "squeeze": 64, "revised": 64} | \
    {"skewscan": 65, "faxscan": 65, "canvas": 65} | \
    {"mhtdoc": 66, "diagslash": 66, "reportpdf": 66} | \
    {"englayer": 67, "lowres": 67, "sealdocx": 67} | \
    {"shadedscan": 68, "signedscan": 68, "twopagescan": 68} | \
    {"fadedscan": 69, "foldscan": 69, "copyscan": 69} | \
    {"weasyprint": 70, "fpdfinfo": 70, "wkhtml": 70} | \
    {"mobileshot": 71, "camscan": 71, "webpaste": 71} | \
    {"xlsformula": 72, "exifphoto": 72, "mergedorder": 72} | \
    {"darkmode": 73, "alphapng": 73, "gridskip": 73} | \
    {"bleedscan": 74, "ditherscan": 74, "fakebold": 74} | \
    {"wpsfile": 75, "etfile": 75, "pdfa": 75} | \
    {"fodtfile": 76, "uotfile": 76, "cmykscan": 76} | \
    {"kaiscan": 77, "gbkcmap": 77, "puamap": 77} | \
    {"savedform": 78, "tiflzw": 78, "txtinfo": 78} | \
    {"duplexscan": 79, "bwseal": 79, "wordwatermark": 79} | \
    {"pdfmake": 80, "mupdf": 80, "xslfo": 80} | \
    {"jspdf": 81, "drawedit": 81, "docxjs": 81} | \
    {"itextpdf": 82, "odfpy": 82, "xlsxwriter": 82} | \
    {"odttracked": 83, "odthidden": 83} | \
    {"wrapscan": 84, "quarterfold": 84} | \
    {"widesheet": 85, "appendixparts": 85} | \
    {"cropbox": 86, "actualtext": 86} | \
    {"docxcrop": 87, "vmlcrop": 87} | \
    {"clipscan": 88} | \
    {"typst": 89, "odtcrop": 89, "odtscan": 89} | \
    {"xlsxshot": 90, "odsshot": 90} | \
    {"tcpdf": 91, "dompdf": 91, "docscan": 91} | \
    {"pdfoverlay": 92, "cjklatex": 92, "lualatex": 92} | \
    {"poixls": 93, "gnmprint": 93, "gnmxlsx": 93} | \
    {"pdfbox": 94, "calligra": 94, "paps": 94} | \
    {"xhtml2pdf": 95, "asciidoc": 95, "rsvg": 95} | \
    {"docxtpl": 96, "pdfapi2": 96, "officegen": 96} | \
    {"haru": 97, "htmldocx": 97} | \
    {"prawn": 98, "scribus": 98} | \
    {"reactpdf": 99, "odfdo": 99} | \
    {"skia": 100, "rinoh": 100} | \
    {"dtpl": 101} | \
    {"docxrs": 102, "printpdf": 102} | \
    {"gofpdf": 103, "orgodt": 103} | \
    {"rofficer": 104, "abipdf": 104} | \
    {"wpsdocx": 105, "context": 105} | \
    {"oodoc": 106, "exceljs": 106} | \
    {"itextrtf": 107, "composed": 107} | \
    {"rbpdf": 108, "goxlsx": 108} | \
    {"flyingsaucer": 109} | \
    {"pyfpdf": 110, "xlwt": 110} | \
    {"sheetjs": 111} | \
    {"qtpdf": 112, "qtodt": 112} | \
    {"odfdom": 113, "perlxlsx": 113} | \
    {"xmlworker": 114, "jxl": 114} | \
    {"rubyxls": 115, "pyexcelerate": 115} | \
    {"podofo": 116, "writeexcel": 116} | \
    {"pandocrtf": 117, "openxlsx": 117} | \
    {"latex2rtf": 118, "lxw": 118} | \
    {"gnmxls": 119, "gnmods": 119} | \
    {"pylightxl": 120, "ezodf": 120} | \
    {"xlpop": 121, "e4n": 121} | \
    {"wxf": 122, "sodf": 122} | \
    {"umya": 123, "pdfme": 123} | \
    {"pdfkit": 124, "xlsxtpl": 124} | \
    {"csscols": 125, "docxcols": 125} | \
    {"stackcell": 126, "bsform": 126} | \
    {"grouphead": 127, "coloncol": 127} | \
    {"layoutdocx": 128, "layoutpdf": 128}


# ---------------------------------------------------------------------------------------------
# Values as each family writes them

def ym(s):
    y, m = map(int, s.split("-"))
    return y, m


def last_day(y, m):
    return [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def period(t, style):
    (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
    n = mp.months(t["start"], t["end"])
    return {
        "cn-dash": f"{sy}年{sm}月—{ey}年{em}月",
        "cn-day": f"{sy}年{sm}月1日至{ey}年{em}月{last_day(ey, em)}日",
        "slash": f"{sy}/{sm:02d}/01 - {ey}/{em:02d}/{last_day(ey, em)}",
        "dot-wave": f"{sy}.{sm}～{ey}.{em}",
        "dot-day": f"{sy}.{sm:02d}.01—{ey}.{em:02d}.{last_day(ey, em)}",
        "ym-zero": f"{sy}年{sm:02d}月 至 {ey}年{em:02d}月",
        "since": f"自{sy}年{sm}月起实施，周期{n}个月",
        "qi-zhi": f"{sy}年{sm}月{1}日起至{ey}年{em}月{last_day(ey, em)}日止",
        "slash-zhi": f"{sy}/{sm}/1至{ey}/{em}/{last_day(ey, em)}",
        "nian-ci": f"{sy}年{sm}月起，{ey}年{em}月止",
        "cn-months": f"{sy}年{sm}月—{ey}年{em}月（共{n}个月）",
        "hanzi": f"{hanzi_date(sy, sm, 1)}至{hanzi_date(ey, em, last_day(ey, em))}",
    }[style]


def said_number(n):
    """A number below 100 as it is said: 七, 十二, 三十六."""
    digits = "〇一二三四五六七八九"
    return (("" if n < 20 else digits[n // 10]) + "十" if n >= 10 else "") + (digits[n % 10] if n % 10 else "")


def informal_period(t):
    """The period as people write it outside forms' usual notations, one way per package:
    compact dates (20220701-20250630, 202207—202506), a start and a length said in words
    (自2022年7月起，为期三年), 元月 for January or 初/底 on the months, two-digit years."""
    (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
    n = mp.months(t["start"], t["end"])
    k = random.Random(t["credit_code"] + "period").randrange(5)
    if k == 2 and n < 1:  # a length cannot say an end before the start
        k = 0
    if k == 0:
        return f"{sy}{sm:02d}01-{ey}{em:02d}{last_day(ey, em)}"
    if k == 1:
        return f"{sy}{sm:02d}—{ey}{em:02d}"
    if k == 2:
        years = "两" if n == 24 else said_number(n // 12)
        length = f"{years}年" if n % 12 == 0 else f"{said_number(n)}个月"
        return f"自{sy}年{sm}月起，为期{length}"
    if k == 3:
        if sm == 1:
            return f"{sy}年元月至{ey}年{em}月"
        return f"{sy}年{sm}月初至{ey}年{em}月底"
    return f"{sy % 100}年{sm}月至{ey % 100}年{em}月"


def hanzi_date(y, m, d):
    """二〇二二年七月一日: the year digit by digit, month and day as numbers are said."""
    digits = "〇一二三四五六七八九"

    def said(n):
        return (("" if n < 20 else digits[n // 10]) + "十" if n >= 10 else "") + (digits[n % 10] if n % 10 else "")
    return "".join(digits[int(c)] for c in str(y)) + f"年{said(m)}月{said(d)}日"


def money(v, style):
    if style == "yuan":
        return f"{int(v * 10000):,}"
    if style == "yuan-plain":
        return f"{int(v * 10000)}.00"
    if style == "wan-unit":
        return f"{v:g}万元"
    if style == "daxie":
        return mp.daxie_yuan(v)
    if style == "yuan-sign":  # a currency sign and cents, no unit in the label
        return f"¥{int(v * 10000):,}.00"
    if style == "qian":  # thousands of yuan
        return f"{v * 10:g}"
    if style == "wan-dec":  # two decimals, as a spreadsheet formats them
        return f"{v:.2f}"
    if style == "wan-note":  # a figure with its own breakdown after it
        return f"{v:g}（含自筹）"
    if style == "informal-0":  # 万 without 元
        return f"{v:g}万"
    if style == "informal-1":
        return f"人民币{v:g}万元"
    if style == "informal-2":
        return f"RMB {round(v * 10000):,}元"
    if style == "informal-3":
        return f"{v:.2f}万元"
    if style == "informal-4":
        return f"￥{v:g}万元"
    if style == "bank":  # as banks and contracts write a sum: in capitals, then in figures
        yuan = round(v * 10000)
        return f"人民币（大写）{daxie_full(yuan)}（¥{yuan:,}.00）"
    return f"{v:g}"


def daxie_full(yuan):
    """A whole number of 元 in financial capitals, as cheques and contracts write it:
    1235000 → 壹佰贰拾叁万伍仟元整, 1000500 → 壹佰万零伍佰元整."""
    digits, units = "零壹贰叁肆伍陆柒捌玖", ["", "拾", "佰", "仟"]

    def group(n):  # 0 < n < 10000; (text, whether it starts below the thousands)
        out, zero = "", False
        for i in (3, 2, 1, 0):
            d = n // 10 ** i % 10
            if d:
                out += ("零" if zero and out else "") + digits[d] + units[i]
                zero = False
            else:
                zero = True
        return out
    assert 0 < yuan < 10 ** 12
    parts, n = [], yuan
    for big in ("", "万", "亿"):
        parts.append((n % 10000, big))
        n //= 10000
    out, gap = "", False
    for g, big in reversed(parts):
        if g:
            if out and (gap or g < 1000):
                out += "零"
            out += group(g) + big
            gap = False
        else:
            gap = True
    return out + "元整"


MARKS = [("■", "□", "before"), ("（√）", "（ ）", "after"), ("☒", "☐", "before"), ("√", "□", "before"),
         ("✔", "☐", "before")]


def marked(options, chosen, t):
    """Options with the chosen one marked, in one of the ways people mark a form (per package)."""
    on, off, where = MARKS[random.Random(t["credit_code"] + "marks").randrange(len(MARKS))]
    if where == "after":
        return "　".join(o + (on if o == chosen else off) for o in options)
    return " ".join((on if o == chosen else off) + o for o in options)


def status_text(t, st):
    if st.get("kind") == "marks":  # the status among the call's, marked; none marked for 无
        options = ["高新技术企业", "高新技术企业培育库入库企业", "国家科技型中小企业"]
        return marked(options + ([t["status"]] if t["status"] and t["status"] not in options else []),
                      t["status"], t)
    return t["status"] or st.get("empty", "无")


def kind_text(t, style):
    k = t["applicant_type"]
    if style == "marks":
        return marked(["企业", "高校", "科研院所"], {"enterprise": "企业", "university": "高校"}[k], t)
    if style == "long":
        return {"enterprise": "企业（民营）", "university": "高等学校"}[k]
    if style == "tick":
        return {"enterprise": "☑企业 □高校 □科研院所", "university": "□企业 ☑高校 □科研院所"}[k]
    return {"enterprise": "企业", "university": "高校"}[k]


def web_pasted(f, v, t):
    """A value as it comes out of a web page copied into Word: the zero-width spaces, zero-width
    non-joiners and word joiners the page's markup left between characters, no-break spaces for
    spaces, now and then a byte-order mark before it."""
    r = random.Random(t["credit_code"] + f + "paste")
    if f in ("project_name", "applicant", "credit_code", "leader", "phone", "guide_code", "department") and len(v) > 3:
        a, b = sorted(r.sample(range(1, len(v)), 2))
        v = v[:a] + "\u200b" + v[a:b] + r.choice(["\u200b", "\u2060", "\u200c"]) + v[b:]
    v = v.replace(" ", "\u00a0")
    return ("\ufeff" if r.random() < 0.3 else "") + v


def facts(t, fam):
    """(field, label, value) rows of the information table as family `fam` phrases them."""
    L = LABELS[fam]
    st = STYLE[fam]
    rows = [("project_name", L["name"], t["project_name"]),
            ("guide_code", L["guide"], t["guide_code"]),
            ("applicant", L["applicant"], t["applicant"]),
            ("credit_code", L["credit"], t["credit_code"]),
            ("type", L["type"], kind_text(t, st.get("kind", "short"))),
            ("status", L["status"], status_text(t, st)),
            ("leader", L["leader"], t["leader"]),
            ("phone", L["phone"], t["phone"]),
            ("department", L["department"], t["department"]),
            ("zone", L["zone"], t["zone"] if t["zone"] != "无" else st.get("empty", "无")),
            ("partners", L["partners"], "、".join(t["partners"]) or st.get("empty", "无"))]
    if st["period"] == "start+months":
        (sy, sm) = ym(t["start"])
        rows.append(("start", L["start"], f"{sy}年{sm}月"))
        rows.append(("months", L["months"], str(mp.months(t["start"], t["end"]))))
    elif st["period"] == "start+end":
        (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
        rows.append(("start", L["start"], f"{sy}-{sm:02d}"))
        rows.append(("end", L["end"], f"{ey}-{em:02d}"))
    elif st["period"] == "since" and mp.months(t["start"], t["end"]) < 1:
        # Start + duration cannot say an end before the start: such a form gives both dates.
        rows.append(("period", L["period"], period(t, "cn-day")))
    elif st["period"] == "informal":  # one of the ways people write a period, per package
        rows.append(("period", L["period"], informal_period(t)))
    else:
        rows.append(("period", L["period"], period(t, st["period"])))
    mst = st["money"]
    if mst == "informal":  # one way of writing sums, the same for both in a package
        mst = "informal-" + str(random.Random(t["credit_code"] + "money").randrange(5))
    rows.append(("total", L["total"], money(t["total_budget_wan"], mst)))
    rows.append(("municipal", L["municipal"], money(t["municipal_funding_wan"], mst)))
    if fam == "spaced":  # values typed with spaces to line them up
        def spaced(f, v):
            if f == "leader" and len(v) == 2:
                return v[0] + "\u3000" + v[1]
            if f == "phone" and len(v) == 11 and v.isdigit():
                return f"{v[:3]} {v[3:7]} {v[7:]}"
            if f == "credit_code" and len(v) == 18:
                return " ".join(v[i:i + 6] for i in range(0, 18, 6))
            return v
        rows = [(f, lab, spaced(f, v)) for f, lab, v in rows]
    if fam == "webpaste":  # copied from the system's web page into the Word table
        rows = [(f, lab + ("\u00a0" if i % 3 == 0 else ""), web_pasted(f, v, t)) for i, (f, lab, v) in enumerate(rows)]
    if fam == "combined":  # two fields in one cell under one label
        by = {f: v for f, _, v in rows}
        merged = {"applicant": f"{by['applicant']}（{by['credit_code']}）",
                  "leader": f"{by['leader']} / {by['phone']}",
                  "total": f"{by['total']} / {by['municipal']}"}
        rows = [(f, lab, merged.get(f, v)) for f, lab, v in rows if f not in ("credit_code", "phone", "municipal")]
    return rows


# The labels most forms of the call use; a family that words only some differently says only
# those (CALL_LABELS | dict(...)).
CALL_LABELS = dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位类型",
                   status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                   partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）")

LABELS = {
    "prov": dict(name="项目名称", guide="指南代码", applicant="承担单位", credit="统一社会信用代码", type="单位类型",
                 status="单位资质", leader="项目负责人", phone="手机号码", department="归口管理部门", zone="所在园区",
                 partners="合作单位", period="项目起止年限", total="项目总经费（万元）", municipal="其中：申请市财政资助（万元）"),
    "nsfc": dict(name="项目中文名称", guide="指南方向代码", applicant="依托单位", credit="单位信用代码", type="单位属性",
                 status="资质类别", leader="负责人姓名", phone="移动电话", department="推荐部门", zone="所属高新区",
                 partners="合作研究单位", period="起止年月", total="总经费（万元）", municipal="申请金额（万元）"),
    "lixiang": dict(name="研发项目名称", guide="技术领域代码", applicant="企业名称（盖章）", credit="纳税人识别号/统一社会信用代码",
                    type="企业类型", status="企业资质", leader="项目负责人（签字）", phone="联系方式",
                    department="推荐单位", zone="所在开发区", partners="协作单位", start="计划开始日期",
                    months="研发周期（月）", total="研发投入预算（万元）", municipal="拟申请资助（万元）"),
    "grid-cid": dict(name="1. 项目名称", guide="2. 指南代码", applicant="3. 申报单位", credit="4. 统一社会信用代码",
                     type="5. 单位类型", status="6. 企业资质", leader="7. 项目负责人", phone="8. 负责人手机",
                     department="9. 主管部门", zone="10. 所在高新区", partners="11. 合作单位", period="12. 实施期限",
                     total="13. 项目总投入（元）", municipal="14. 申请市拨经费（元）"),
    "ooxml": dict(name="项目名称", guide="指南代码", applicant="申报单位全称", credit="统一社会信用代码", type="单位性质",
                  status="资质情况", leader="负责人", phone="手机", department="主管部门", zone="所在高新区",
                  partners="合作单位", period="执行期", total="总投入", municipal="其中：市拨经费"),
    "list": dict(name="项目名称", guide="项目所属指南代码", applicant="申报单位名称", credit="社会信用代码", type="单位类别",
                 status="企业资质（高企/科小）", leader="项目负责人姓名", phone="负责人手机", department="推荐（主管）部门",
                 zone="所在板块", partners="联合申报单位", period="实施周期", total="项目总预算（万元）",
                 municipal="申请市科技经费（万元）"),
    "placeholder": dict(name="项 目 名 称", guide="指 南 代 码", applicant="申 报 单 位", credit="统一社会信用代码", type="单位类型",
                        status="资    质", leader="项目负责人", phone="联系电话（手机）", department="主管部门", zone="所属高新区",
                        partners="合作单位", period="项目实施期", total="项目总投入（万元）",
                        municipal="申请市级财政经费（万元）"),
    "para": dict(name="（一）项目名称", guide="（二）指南代码", applicant="（三）申报单位", credit="（四）统一社会信用代码",
                 type="（五）单位性质", status="（六）企业资质", leader="（七）项目负责人", phone="（八）联系电话",
                 department="（九）主管部门", zone="（十）所在高新区", partners="（十一）合作单位",
                 period="（十二）实施期限", total="（十三）项目总投入", municipal="（十四）申请市拨经费"),
    "grid-ttf": dict(name="项目名称", guide="所属指南代码", applicant="申请单位", credit="统一社会信用代码", type="单位类型",
                     status="企业资质", leader="项目负责人", phone="手机号", department="主管部门", zone="所在高新区",
                     partners="合作单位名称", start="开始日期", end="结束日期", total="项目总投资（元）",
                     municipal="申请财政资助（元）"),
    "landscape": dict(name="项目名称", guide="指南代码", applicant="申报主体", credit="信用代码", type="单位类型",
                      status="资质认定", leader="项目主持人", phone="手机号码", department="主管部门", zone="高新区",
                      partners="参与单位", period="项目周期", total="计划总投资（万元）", municipal="申请资助额度（万元）"),
    "narrow": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="性质",
                   status="资质", leader="负责人", phone="电话", department="主管部门", zone="高新区",
                   partners="合作单位", period="起止时间", total="总投入（万元）", municipal="市拨（万元）"),
    "odt": dict(name="项目名称（中文）", guide="指南代码（六位）", applicant="申报单位（中文全称）", credit="统一社会信用代码（18位）",
                type="单位性质", status="企业资质（如有）", leader="项目负责人（姓名）", phone="联系电话（手机）",
                department="主管部门（盖章）", zone="所在高新区（如有）", partners="合作单位（如有）",
                period="实施期限（年月）", total="项目总投入（万元，含自筹）", municipal="申请市拨经费（万元）"),
    "rows": dict(name="课题名称", guide="所属领域代码", applicant="依托单位", credit="单位统一代码", type="单位性质",
                 status="认定情况", leader="课题负责人", phone="负责人手机", department="推荐单位", zone="所在区域",
                 partners="合作方", period="研究期限", total="总经费（万元）", municipal="申请市拨款（万元）"),
    "kv": dict(name="项目名称：", guide="指南代码：", applicant="申报单位：", credit="统一社会信用代码：", type="单位性质：",
               status="企业资质：", leader="项目负责人：", phone="联系手机：", department="主管部门：", zone="所在高新区：",
               partners="合作单位：", period="项目实施期：", total="项目总投入：", municipal="申请市拨经费："),
    "merged": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位类型",
                   status="资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                   partners="合作单位", start="起始年月", end="完成年月", total="项目总投入（万元）",
                   municipal="申请市级资助（万元）"),
    "jsform": dict(name="项目名称", guide="指南方向（代码）", applicant="申报单位（盖章）", credit="统一社会信用代码", type="单位性质",
                   status="企业资质情况", leader="项目负责人", phone="手机", department="归口管理部门", zone="所属高新区",
                   partners="合作单位", period="项目起止时间", total="项目总投入（万元）", municipal="其中：市科技经费（万元）"),
    "inline": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="信用代码", type="单位性质", status="企业资质",
                   leader="负责人", phone="手机", department="推荐部门", zone="所在高新区", partners="合作单位",
                   period="实施期限", total="总投入（万元）", municipal="申请市拨（万元）"),
    "rl-split": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                     status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                     partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "underline": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                      status="资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                      partners="合作单位", period="实施期限", total="项目总投入", municipal="申请市拨经费"),
    "grouped": dict(name="项目名称", guide="指南代码", applicant="名称", credit="统一社会信用代码", type="单位性质",
                    status="资质", leader="姓名", phone="手机", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="实施期限", total="总投入（万元）", municipal="申请市拨（万元）"),
    "fullwidth": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                      status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                      partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "bilingual": dict(name="项目名称 Project Title", guide="指南代码 Guide Code", applicant="申报单位 Applicant",
                      credit="统一社会信用代码 Credit Code", type="单位性质 Type", status="资质 Qualification",
                      leader="项目负责人 PI", phone="手机 Mobile", department="主管部门 Department",
                      zone="所在高新区 Zone", partners="合作单位 Partner", period="实施期限 Period",
                      total="项目总投入（万元）Total", municipal="申请市拨经费（万元）Requested"),
    "sdt": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门", zone="所在高新区",
                partners="合作单位", start="项目开始时间", end="项目结束时间", total="项目总投入（万元）",
                municipal="申请市拨经费（万元）"),
    "nested": dict(name="*项目名称", guide="*指南代码", applicant="*申报单位", credit="*统一社会信用代码", type="单位性质",
                   status="企业资质", leader="*项目负责人", phone="*手机", department="*主管部门", zone="所在高新区",
                   partners="合作单位", period="*实施期限", total="总投入", municipal="申请市拨"),
    "unitcol": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位类型",
                    status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="实施期限", total="项目总投入", municipal="申请市拨经费"),
    "textbox": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                    status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "budgettable": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                        status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                        partners="合作单位", period="项目实施期限", total="合计", municipal="申请市拨经费"),
    "rowspdf": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="信用代码", type="单位性质",
                    status="资质", leader="负责人", phone="手机", department="主管部门", zone="高新区",
                    partners="合作单位", period="起止年月", total="总投入(万元)", municipal="市拨(万元)"),
    "tabs": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                 status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                 partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "sections": dict(name="项目名称", guide="指南代码", applicant="单位名称", credit="统一社会信用代码", type="单位性质",
                     status="企业资质", leader="项目负责人", phone="负责人手机", department="主管部门", zone="所在高新区",
                     partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "enum": dict(name="1、项目名称★", guide="2、指南代码★", applicant="3、申报单位★", credit="4、统一社会信用代码★",
                 type="5、单位性质", status="6、企业资质", leader="7、项目负责人★", phone="8、手机号码★",
                 department="9、主管部门★", zone="10、所在高新区", partners="11、合作单位", period="12、实施期限★",
                 total="13、项目总投入（万元）★", municipal="14、申请市拨经费（万元）★"),
    "odt4": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位类型",
                 status="资质", leader="负责人", phone="联系手机", department="主管部门", zone="所属高新区",
                 partners="合作单位", start="开始年月", end="结束年月", total="总投入（万元）",
                 municipal="申请市拨（万元）"),
    # Round 8: labels broken over two lines inside their cells; amounts in thousands of yuan; a
    # one-column form with label rows over value rows; two pairs a row drawn by ReportLab.
    "twoline": dict(name="项目\n名称", guide="所属指南\n方向代码", applicant="申报单位\n（全称）", credit="统一社会\n信用代码",
                    type="单位\n性质", status="企业\n资质", leader="项目\n负责人", phone="联系\n电话",
                    department="主管\n部门", zone="所在\n高新区", partners="合作\n单位", period="项目\n起止时间",
                    total="项目总投入\n（万元）", municipal="申请市拨\n经费（万元）"),
    "qianyuan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                     status="企业资质", leader="项目负责人", phone="手机", department="主管部门", zone="所在高新区",
                     partners="合作单位", period="实施期限", total="项目总经费（千元）", municipal="申请市财政经费（千元）"),
    "onecol": dict(name="一、项目名称", guide="二、指南代码", applicant="三、申报单位名称", credit="四、统一社会信用代码",
                   type="五、单位性质", status="六、企业资质", leader="七、项目负责人", phone="八、负责人联系电话",
                   department="九、主管部门", zone="十、所在高新区", partners="十一、合作单位", period="十二、项目实施期限",
                   total="十三、项目总投入（万元）", municipal="十四、申请市拨经费（万元）"),
    "twopair": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="信用代码", type="单位性质",
                    status="企业资质", leader="负责人", phone="手机", department="主管部门", zone="高新区",
                    partners="合作单位", period="起止年月", total="总投入（元）", municipal="市拨经费（元）"),
    # Round 9: values in Word's legacy form fields (FORMTEXT); an unruled four-column table
    # exported to PDF; labels with a fill-in instruction in small print under them.
    "formfield": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                      status="企业资质", leader="项目负责人", phone="手机", department="主管部门", zone="所在高新区",
                      partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "borderless4": dict(name="项目名称：", guide="指南代码：", applicant="申报单位：", credit="信用代码：", type="单位性质：",
                        status="资质：", leader="负责人：", phone="手机：", department="主管部门：", zone="高新区：",
                        partners="合作单位：", period="执行期限：", total="总投入：", municipal="市拨经费："),
    "notes": dict(name="项目名称\n（不超过25个字，以“研发”结尾）", guide="指南代码\n（见附件1，六位数字）",
                  applicant="申报单位\n（与公章一致）", credit="统一社会信用代码\n（18位）", type="单位性质\n（企业/高校/院所）",
                  status="企业资质\n（高企、科小等）", leader="项目负责人\n（须为本单位在职人员）", phone="联系电话\n（手机）",
                  department="主管部门\n（市、区科技局）", zone="所在高新区\n（无则填“无”）",
                  partners="合作单位\n（产学研合作须填写）", period="实施期限\n（不超过3年）",
                  total="项目总投入\n（万元）", municipal="申请市拨经费\n（万元，不超过总投入30%）"),
    # Round 10: a table in large print that breaks over two pages; names with their English
    # names in brackets (foreign-invested firms); amounts with ¥ and cents, no unit in the label.
    "twopage": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                    status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "engname": dict(name="项目名称（中文）", guide="指南代码", applicant="申报单位（中英文名称）", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位（中英文名称）", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "yuansign": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                     status="企业资质", leader="项目负责人", phone="联系手机", department="主管部门", zone="所在高新区",
                     partners="合作单位", period="实施期限", total="项目总投入", municipal="申请市拨经费"),
    # Round 11: an information table and a commitment printed, signed and scanned (read by OCR);
    # a provincial-style form with dates in Chinese numerals; every part in one Word file.
    "scan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                 status="企业资质", leader="项目负责人", phone="手机", department="主管部门", zone="所在高新区",
                 partners="合作单位", period="项目实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "hanzi": dict(name="课题名称", guide="所属指南方向（代码）", applicant="项目承担单位", credit="单位统一社会信用代码",
                  type="承担单位性质", status="企业认定情况", leader="项目主持人", phone="主持人手机", department="项目推荐单位",
                  zone="所属国家级高新区", partners="参与单位", period="项目起止时间", total="项目预算总额（万元）",
                  municipal="申请市级财政科技经费（万元）"),
    "onedocx": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位类型",
                    status="企业资质", leader="项目负责人", phone="负责人手机", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="项目实施期限", total="项目总投入（万元）", municipal="其中申请市拨经费（万元）"),
    # Round 12: the information table photographed with a phone (a JPEG, in perspective, lit
    # unevenly); a Word table with tracked changes (old values deleted, new ones inserted) and
    # reviewers' comments; every file printed from Word with a running header and footer.
    "photo": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                  status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门", zone="所在高新区",
                  partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "tracked": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                    status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门", zone="所在高新区",
                    partners="合作单位", period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "headfoot": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                     status="企业资质", leader="项目负责人", phone="手机", department="主管部门", zone="所在高新区",
                     partners="合作单位", period="起止时间", total="总投入（万元）", municipal="申请市拨（万元）"),
    # Round 13: the whole paper submission scanned into one PDF; an information table whose page
    # was turned in a viewer and saved (/Rotate 90) and a commitment scanned sideways.
    "mergedscan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "rotated": dict(name="项目名称", guide="指南方向代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    # Round 14: the commitment and the agreement signed, sealed in red and scanned in colour;
    # the information table scanned in colour too.
    "colorscan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 15: scans pasted into Word files (docximg); scans made searchable by the scanner's
    # OCR, an invisible text layer over the image (ocrlayer); PDFs printed without ToUnicode maps
    # (notounicode).
    "docximg": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目起止年月", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "ocrlayer": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "notounicode": dict(name="项目名称", guide="所属指南代码", applicant="申报单位", credit="统一社会信用代码",
                        type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                        zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总预算（万元）",
                        municipal="申请市级财政资助（万元）"),
    # Round 16: the certificate photographed with a phone (certphoto); PDFs whose text was
    # turned into outlines for printing, 文字转曲 (outlines); the information table stamped over
    # the applicant's name and scanned in colour (sealedinfo).
    "certphoto": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="联系手机", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "outlines": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "sealedinfo": dict(name="项目名称", guide="指南代码", applicant="申报单位（盖章）", credit="统一社会信用代码",
                       type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    # Round 17: a diagonal text watermark over every page of every PDF (watermark); the
    # information table and the commitment scanned in black and white, 300 dpi, CCITT G4, the
    # commitment as a TIFF file (bilevel); the information table as the online system prints it,
    # with the system's name, a print time, an application number and page numbers (sysprint).
    "watermark": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "bilevel": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期", total="项目总预算（万元）",
                    municipal="申请市拨经费（万元）"),
    "sysprint": dict(name="项目名称", guide="所属指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="推荐部门",
                     zone="所属高新区", partners="合作单位", period="项目实施周期", total="项目总投资（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 18: every PDF saved with an owner password and restrictions (no copying, no
    # editing; opens without a password: AES-256 and RC4-128), as export tools offer
    # (restricted); the information table filled in an Excel workbook and printed to PDF by
    # LibreOffice Calc (xlsx); the commitment and the certificate sent as screenshots — a PNG
    # of 96 dpi with no resolution recorded, a recompressed phone JPEG (screenshot).
    "restricted": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "xlsx": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                 type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                 zone="所在高新区", partners="合作单位", start="开始日期", end="结束日期",
                 total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "screenshot": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    # Round 19: the information table as a fillable PDF form (a drawn grid, a text field in
    # every value cell, named Text1…; the values filled in by software that sets each field's
    # value and asks the viewer to draw it — /NeedAppearances, no appearance streams)
    # (acroform); a table with the project's summary and its expected results in long text
    # cells before the money rows, so it runs over two pages and amounts stand in prose
    # (abstractcell); the application and the commitment printed two pages to a sheet, side by
    # side on landscape A4 (twoup).
    "acroform": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "abstractcell": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                         type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                         zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                         municipal="申请市拨经费（万元）"),
    "twoup": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                  type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                  zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                  municipal="申请市拨经费（万元）"),
    # Round 20: a Word form whose labels are joined to their values by dot-leader tab stops,
    # printed to PDF, with a table of contents (dot leaders, page numbers) before the
    # application's body (dotleader); a paper-style form whose values were typed into runs of
    # underscores (blanks); a Word template that carries its fill-in instructions and example
    # values as hidden text (w:vanish), in the table and in the application (vanish); the whole
    # package sent as one zip made on a Chinese Windows (GBK names, no UTF-8 flag, inside a
    # folder) (zipgbk); the application and commitment printed and photographed page by page
    # with a phone into one PDF each (phonescan).
    "dotleader": dict(name="项目名称", guide="指南方向代码", applicant="申报单位（全称）", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="负责人手机",
                      department="主管部门", zone="所在高新区（园区）", partners="合作单位", period="项目执行期",
                      total="项目总投入（万元）", municipal="申请市财政科技经费（万元）"),
    "blanks": dict(name="项目名称", guide="指南代码", applicant="申请单位", credit="统一社会信用代码",
                   type="单位性质", status="资质", leader="项目负责人", phone="联系电话", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="起止时间", total="总投资额（万元）",
                   municipal="申请市拨款（万元）"),
    "vanish": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    "zipgbk": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    # Round 21: the information table as a web form printed by a browser (Chromium's print to
    # PDF: the page's own header and footer with date, title, file address and page number;
    # values in text boxes, a drop-down and a text area) (chromeprint); the amounts only in a
    # budget table by 预算科目 with 合计 / 市拨经费 / 自筹经费 columns and a 合计 row, none in
    # the field rows (budgetdetail); group labels written vertically, one character a line, in a
    # merged first column, with generic sub-labels beside them (名称, 姓名, 手机) (vertical).
    "chromeprint": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                        type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码",
                        department="主管部门", zone="所在高新区", partners="合作单位", period="项目实施期限",
                        total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "budgetdetail": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                         type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话",
                         department="主管部门", zone="所在高新区", partners="合作单位", period="实施期限",
                         total="合计", municipal="市拨经费"),
    "vertical": dict(name="名称", guide="指南代码", applicant="名称", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="姓名", phone="手机", department="主管部门",
                     zone="所在高新区", partners="单位名称", period="实施期限", total="总投入（万元）",
                     municipal="申请市拨（万元）"),
    "phonescan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 22: three writers propscan has not read — pandoc (Markdown → DOCX: a pipe table
    # with a header row, a title block for the cover, Word numbering for the deliverables),
    # XeTeX (ctex → PDF: TeX's line breaking inside table cells, a title page), AbiWord (HTML →
    # DOCX) — and two layouts: an index column before label and value under a header row
    # 序号 | 填报项目 | 填报内容 (indexcol), and the whole table as one header row of labels over
    # one row of values in narrow columns on a landscape page (wide).
    "pandoc": dict(name="项目名称", guide="所属指南方向（代码）", applicant="申请单位", credit="统一社会信用代码",
                   type="单位性质", status="企业资质情况", leader="项目负责人", phone="负责人手机号",
                   department="主管部门", zone="所在高新区", partners="合作单位", period="项目起止时间",
                   total="项目总投资（万元）", municipal="申请市级财政资助（万元）"),
    "xetex": dict(name="项目名称", guide="指南方向代码", applicant="项目承担单位", credit="统一社会信用代码",
                  type="单位性质", status="资质认定", leader="项目负责人", phone="联系电话",
                  department="归口管理部门", zone="所属园区", partners="参与单位", period="执行期限",
                  total="项目总经费（万元）", municipal="申请市财政经费（万元）"),
    "abiword": dict(name="项目名称：", guide="指南代码：", applicant="申报单位：", credit="统一社会信用代码：",
                    type="单位类型：", status="企业资质：", leader="项目负责人：", phone="手机号码：",
                    department="主管部门：", zone="所在高新区：", partners="合作单位：", period="实施期限：",
                    total="项目总投入（万元）：", municipal="申请市拨经费（万元）："),
    "indexcol": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                     zone="所在高新区", partners="合作单位名称", period="项目实施期", total="总投资（万元）",
                     municipal="申请市资助（万元）"),
    "wide": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                 type="单位性质", status="企业资质", leader="负责人", phone="手机", department="主管部门",
                 zone="所在高新区", partners="合作单位", start="开始时间", end="结束时间",
                 total="总投入（万元）", municipal="市拨经费（万元）"),
    # Round 23: an enterprise form that asks for the unit's finances and contacts beside the
    # project's (法定代表人, 联系人 and 联系人手机, 上年度销售收入, 上年度研发投入, 资产总额, 职工
    # 总数 …) under section rows (finance); the application itself as a form table, one row a
    # section, unnumbered headings in the first column (apptable); LibreOffice PDFs printed
    # again through cairo (pdftocairo -pdf, as Linux print dialogs do) (cairo); labels and the
    # application's headings numbered by Word's automatic numbering, so the numbers are not in
    # the text (numlist).
    "finance": dict(name="项目名称", guide="指南代码", applicant="单位名称", credit="统一社会信用代码",
                    type="单位性质", status="高企/科小认定", leader="项目负责人", phone="负责人手机",
                    department="主管部门", zone="所在高新区", partners="合作单位", period="项目实施期限",
                    total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "apptable": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目起止年月", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "cairo": dict(name="项目名称", guide="指南方向代码", applicant="申报单位名称", credit="统一社会信用代码",
                  type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="推荐部门",
                  zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                  municipal="申请市财政资助（万元）"),
    "numlist": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    # Round 24: Word's text boxes as Word 2010 and later write them (mc:AlternateContent: a
    # DrawingML text box and its VML fallback, the same text twice) for the titles, the cover
    # and the signing lines (altcontent); the information table filled by mail merge, each value
    # the result of a MERGEFIELD (simple and complex fields) (mailmerge); a cover whose label
    # lines are a borderless table (covertable); values as people decorate them — a title after
    # the leader's name, a phone with hyphens, partners numbered one a line, the guide code with
    # its direction's name, amounts with two decimals (decorated).
    "altcontent": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "mailmerge": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "covertable": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "decorated": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 25: two fields in one cell under one label (项目负责人/手机: 王五 / 138…; 申报单位（统一
    # 社会信用代码）: 名称（代码）; 项目总投入/申请市拨（万元）: 500 / 150) (combined); the amounts only
    # in a budget table by year (经费 | 2022年 | 2023年 | … | 合计) (yearly); a drawn grid whose
    # text the writer put on the page column by column from the bottom up, values before labels
    # (colorder).
    "combined": dict(name="项目名称", guide="指南代码", applicant="申报单位（统一社会信用代码）", credit="",
                     type="单位类型", status="企业资质", leader="项目负责人/手机", phone="", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入/申请市拨（万元）",
                     municipal=""),
    "yearly": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入",
                   municipal="其中：申请市拨经费"),
    "colorder": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 26: labels merged down over several value rows — partners one a row, the period as a
    # start row and an end row, 经费（万元） over 总投入：… and 申请市拨：… (rowspan); the
    # application's 考核指标 as a table of indicators (序号 | 考核指标 | 完成时间) (kpitable); the
    # table's title in its own merged first row and the signing line in a merged last row, four
    # columns (titlerow).
    "rowspan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="总投入",
                    municipal="申请市拨"),
    "kpitable": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "titlerow": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 27: the information table and the commitment fed into the scanner upside down
    # (upsidedown); a Word template whose example values and instructions were hidden the way
    # people hide them, in white type (white font colour, not Word's hidden text), as DOCX
    # (whitetext) and printed to PDF by LibreOffice, the white text in the text layer (whitepdf).
    "upsidedown": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "whitetext": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "whitepdf": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 28: values corrected by striking the old one through and typing the new one after it
    # (w:strike, no tracked changes) (strikeout); a unit column after the values (label | value |
    # 万元), the labels without their units (unitcell).
    "strikeout": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "unitcell": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入",
                     municipal="申请市拨经费"),
    # Round 29: a Word form template of content controls (w:sdt): a drop-down list for the unit's
    # type, date pickers for start and end, check boxes (w14:checkbox, ☒/☐) for the
    # qualification, and the fields the applicant left empty still showing Word's placeholder
    # (单击或点击此处输入文字。, showingPlcHdr), as DOCX (plchdr) and printed to PDF by LibreOffice
    # (plchdrpdf); tick boxes made the way Chinese forms make them, a Wingdings 2 symbol (w:sym
    # F052/F0A3, or the letters R and £ typed in Wingdings 2), as DOCX (symtick) and as
    # LibreOffice's PDF (symtickpdf); a table whose long rows (项目简介, 主要研究内容) break across
    # pages, its header row repeated and a running header and page-number footer on each page,
    # printed by LibreOffice (pagebreak).
    "plchdr": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                   zone="所在高新区", partners="合作单位", start="项目开始日期", end="项目结束日期",
                   total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "plchdrpdf": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", start="开始日期", end="结束日期",
                      total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "symtick": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "symtickpdf": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位性质", status="资质情况", leader="项目负责人", phone="手机号码", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "pagebreak": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 30: the information table exported by a web system "as Word": an HTML page in Word's
    # HTML dialect saved as .doc, in GB2312 or UTF-8 (htmldoc); every document exported from a
    # web editor as DOCX whose body is one w:altChunk of an MHT part (html-docx-js's way)
    # (altchunk); the application typeset in two columns, printed to PDF by LibreOffice (twocol).
    "htmldoc": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "altchunk": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "twocol": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    # Round 31: every document saved by LibreOffice as a Word 97-2003 .doc (worddoc); the
    # information table as RTF under a .doc name, as web systems export "Word" (rtfdoc); the
    # labels of a printed form spread over their cells by distributed alignment (分散对齐,
    # w:jc distribute), printed to PDF by LibreOffice (distribute).
    "worddoc": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "rtfdoc": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="负责人", phone="手机号码", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    "distribute": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="信用代码",
                       type="单位类型", status="企业资质", leader="负责人", phone="手机", department="主管部门",
                       zone="所在园区", partners="合作单位", period="起止年月", total="总投入（万元）",
                       municipal="市拨经费（万元）"),
    # Round 32: a landscape information table printed onto portrait paper by a print driver that
    # turns the content, not the page (the text runs up the page; no /Rotate) (sideways); the
    # information table uploaded as the Excel workbook the online system exports (xlsinfo); the
    # amounts not in the information table but in a separate 经费预算表 file (budgetfile).
    "sideways": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "xlsinfo": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "budgetfile": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入",
                       municipal="其中：申请市拨经费"),
    # Round 33: every document saved by LibreOffice as OpenDocument text (.odt) (odtfile); the
    # high-tech enterprise certificate and the commitment as OFD files, China's fixed-layout
    # e-document format (GB/T 33190) in which platforms issue certificates (ofdcert).
    "odtfile": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "ofdcert": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    # Round 34: the information table and the commitment scanned in black and white by an office
    # copier whose "compact PDF" stores pages as JBIG2 (jbig2scan); the information table, the
    # commitment and the agreement scanned in colour and stored as JPEG 2000, as scanning software
    # offers (jp2scan); every document saved by Word as "Strict Open XML Document" (strictxml).
    "jbig2scan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "jp2scan": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "strictxml": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="其中：申请市拨经费（万元）"),
    # Round 35: the information table photographed with a phone and the certificate scanned, both
    # saved as WebP pictures as chat apps and browsers save them (webpimg); the information
    # table and the commitment attached inside the application PDF as file attachments (PDF
    # 7.11.4 embedded files), not uploaded on their own (pdfattach).
    "webpimg": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "pdfattach": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 36: the information table as a dynamic XFA form (Adobe LiveCycle Designer, as
    # agencies publish fillable forms), filled in Adobe Reader: the page a non-XFA viewer shows
    # is the "please wait" message; the labels are the fields' captions in the XFA template and
    # the values are in the XFA datasets (xfaform).
    "xfaform": dict(name="项目名称", guide="指南方向代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    # Round 37: the information table and the certificate photographed with an iPhone and
    # uploaded as the HEIC pictures it takes (heicphoto); every PDF printed again to a
    # PostScript printer and distilled by Ghostscript, as CUPS-PDF and Distiller-style virtual
    # printers do, so the fonts lose their ToUnicode maps (psprint); every PDF printed from
    # Chromium in a font whose licence forbids embedding (OS/2 fsType 2, as many commercial
    # Chinese fonts), which Chromium writes as Type 3 fonts of glyph outlines (type3font).
    "heicphoto": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "psprint": dict(name="项目名称", guide="指南代码", applicant="申报单位（盖章）", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "type3font": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目起止年月", total="项目总投入（万元）",
                      municipal="申请市财政拨款（万元）"),
    # Round 38: every document exported by a web system as "Word" that is Word 2003 XML
    # (WordprocessingML 2003, <?mso-application progid="Word.Document"?>, saved as .doc, as
    # FreeMarker templates write them) (wordxml); the information table pasted into a Word file
    # as an embedded Excel worksheet object (OLE: a preview picture in the document, the
    # workbook in word/embeddings) (oleexcel); the package uploaded as one 7-Zip archive with
    # the files in a folder (sevenzip).
    "wordxml": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "oleexcel": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "sevenzip": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 39: the information table as a screenshot of the online system's page pasted into a
    # Word file under a typed title, no text of the table in the document (imgtable); the
    # commitment and the agreement signed with electronic seals (电子签章): PDF signatures whose
    # visible appearance is the red seal, added as incremental updates (esign); a Word form
    # whose credit code and phone are typed one character to a box (codeboxes).
    "imgtable": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "esign": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                  type="单位性质", status="企业资质", leader="项目负责人", phone="手机", department="主管部门",
                  zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                  municipal="申请市拨经费（万元）"),
    "codeboxes": dict(name="项目名称", guide="指南代码", applicant="申报单位（全称）", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 40: the information table as the Excel 97-2003 workbook (.xls, BIFF8) many online
    # systems still export (xlsold); as an .xlsx template whose first sheet is the filling
    # instructions and whose drop-downs draw on a hidden sheet listing every option (单位类型,
    # 高新区, 资质, 主管部门) (xlsdict); a Word form whose group labels stand in a merged first
    # column with their text turned 90° (text direction btLr), printed to PDF (rotlabel).
    "xlsold": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    "xlsdict": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "rotlabel": dict(name="名称", guide="指南代码", applicant="单位名称", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 41: the information table copied from Excel as a picture (复制为图片) and pasted into
    # Word, so the document holds an Enhanced Metafile whose text records carry the table
    # (emfpaste); the table pasted as an embedded Excel 97-2003 worksheet object, the workbook a
    # compound file in word/embeddings (Excel.Sheet.8, as Word keeps objects from .doc files)
    # (olexls); every document converted from PDF to OFD by a PDF→OFD converter, the text placed
    # by transformation matrices and the commitment and agreement sealed with OFD electronic
    # seals (ofdprint).
    "emfpaste": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期", total="项目总投资（万元）",
                     municipal="申请市财政资助（万元）"),
    "olexls": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="起止年月", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    "ofdprint": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 42: a PDF form whose designer left optional content switched off — an 示例 layer of
    # sample entries standing where the values are, a 填表说明 layer of instructions (ocglayer);
    # the information table as an Excel 2003 XML Spreadsheet saved as .xls, two pairs a row,
    # cells placed by ss:Index (xmlsheet); as an HTML page in Excel's dialect saved as .xls, as
    # web systems' "导出Excel" writes it (htmlxls).
    "ocglayer": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "xmlsheet": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "htmlxls": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    # Round 43: a Word form whose values are content controls bound to a custom XML part the
    # system filled, their cached text still the template's samples (databind); a blank PDF form
    # filled with a PDF editor's typewriter tool, each value a FreeText annotation (typewriter);
    # the information table as the CSV an online system exports, in GBK (csvexport).
    "databind": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "typewriter": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                       type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="合作单位", period="起止时间", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    "csvexport": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 44: a Word table a reviewer corrected with tracked moves — values typed in each
    # other's cells moved where they belong, a row moved up — and the changes left unaccepted
    # (moverev); an application whose 考核指标 are a SmartArt list (smartart); the information
    # table typed in a workbook whose designer did not merge the value cells, so long values run
    # on over the empty cells beside them, printed to PDF by LibreOffice Calc (calcprint).
    "moverev": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "smartart": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位性质", status="企业资质", leader="项目负责人", phone="联系方式", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "calcprint": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所属板块", partners="合作单位", period="实施期限", total="总投资（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 45: the package sent as an e-mail and the e-mail saved as .eml, the documents its
    # attachments (emlpkg); an information table whose values are DOCPROPERTY fields over the
    # document's custom properties, their cached results still the template's samples
    # (docprop); an information table with the opinion and signature rows of the paper form
    # after the fields — 申报单位意见, 主管部门推荐意见, 项目负责人承诺 — printed to PDF (opinions).
    "emlpkg": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                   type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                   zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                   municipal="申请市拨经费（万元）"),
    "docprop": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "opinions": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 46: every document put into one PDF Portfolio (Acrobat's "combine files into a PDF
    # Portfolio": a cover sheet page telling the reader to open it in Acrobat, the documents
    # as the collection's embedded files) (portfolio); the application split over two files,
    # the second holding the 考核指标 and the period under a title of its own (splitapp).
    "portfolio": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "splitapp": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 47: the template's worked example (填表示例) filled in above the table to fill
    # (example); a blank form printed and scanned, the values typed over the scan with a PDF
    # editor's text tool (scanform); a workbook whose designer's example column and the
    # applicant's superseded rows are hidden, last year's sheet hidden before it (xlshidden).
    "example": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                    type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                    municipal="申请市拨经费（万元）"),
    "scanform": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "xlshidden": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 48: notes on values — real footnotes (their superscript numbers after the values,
    # the notes at the foot of the page) in PDFs LibreOffice prints (footnote); note marks typed
    # as superscript (*, ①, 注1) after values, the notes under the table, in Word files
    # (notemarks); values broken over lines inside their cells with Enter and Shift+Enter, as
    # people wrap a long name by hand (cellbreak).
    "footnote": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "notemarks": dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                      type="单位性质", status="企业资质", leader="项目负责人", phone="手机号码", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    "cellbreak": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                      type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                      zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                      municipal="申请市拨经费（万元）"),
    # Round 49: values corrected in a PDF editor — a white box over the old value, the new one
    # typed on it, flattened into the page or as annotations (whiteout); the applicant and each
    # partner described in sections of their own with the same sub-labels (单位名称, 统一社会
    # 信用代码, 单位性质, 联系人, 联系电话), the project's fields after them (jointunits).
    "whiteout": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    "jointunits": dict(name="项目名称", guide="指南代码", applicant="单位名称", credit="统一社会信用代码",
                       type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                       zone="所在高新区", partners="单位名称", period="实施期限", total="项目总投入（万元）",
                       municipal="申请市拨经费（万元）"),
    # Round 50: the information table as the unit's research office returned it after review,
    # its comments left in the PDF: a red box drawn round a value, a callout with a remark set
    # on a value's row, a highlighted code, a sticky note, an 已审核 stamp (reviewed).
    "reviewed": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                     type="单位类型", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                     zone="所在高新区", partners="合作单位", period="实施期限", total="项目总投入（万元）",
                     municipal="申请市拨经费（万元）"),
    # Round 51: every Word file of the package converted to traditional characters with Word's
    # 中文简繁转换, as a Taiwanese-run company in Kunshan hands its package in (fanti).
    "fanti": dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                  type="单位性质", status="企业资质", leader="项目负责人", phone="联系电话", department="主管部门",
                  zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入（万元）",
                  municipal="申请市拨经费（万元）"),
    # Round 52: strikeout printed to PDF (old values struck through in the text layer, LibreOffice
    # draws the line over the glyphs) (strikepdf); every Word file converted to traditional
    # characters with Taiwan's vocabulary as Word's 简转繁 with 转换常用词汇 does it (專案, 資訊,
    # 軟體, 程式碼) (twvocab); every document a LibreOffice PDF converted back to Word by a
    # PDF-to-Word converter (pdf2docx: tables rebuilt from the ruling, a paragraph a line)
    # (pdf2word).
    "strikepdf": CALL_LABELS,
    "twvocab": CALL_LABELS | dict(period="项目实施期限"),
    "pdf2word": CALL_LABELS | dict(type="单位性质"),
    # Round 53: values pasted into the Word form from a PDF and a web page, as copying gives
    # them: characters that are CJK radicals to the PDF's font (⼯ for 工, ⻓ for 长, which look
    # the same), zero-width spaces, no-break spaces (pasted); the whole information table inside
    # a one-cell table that frames the page, as templates draw a page border (framed); the
    # information table as an OpenDocument spreadsheet (.ods) saved by LibreOffice Calc, dates
    # and amounts as typed cells (odsinfo).
    "pasted": CALL_LABELS,
    "framed": CALL_LABELS | dict(applicant="申报单位名称", period="项目实施期限"),
    "odsinfo": {k: v for k, v in CALL_LABELS.items() if k != "period"} | dict(start="开始日期", end="结束日期"),
    # Round 54: the template's bracketed fill-in instructions left in the value cells, before or
    # after what was typed, in the same run, in a grey run or as a grey line of their own
    # (leftnotes); a Word 2003-era form whose values carry smart tags (chsdate dates, chmetcnv
    # amounts with their units, PersonName, a City inside a place) and inline custom XML, a
    # _GoBack bookmark and proofing marks (smarttag); an index column and one cell per field
    # holding its label over its value, no colon (stacked).
    "leftnotes": CALL_LABELS,
    "smarttag": CALL_LABELS | dict(period="项目实施期限", total="项目总投入", municipal="申请市拨经费"),
    "stacked": CALL_LABELS,
    # Round 55: a protected Word form of legacy form fields whose unit type, qualification and
    # zone are drop-down form fields (FORMDROPDOWN: the entries and the chosen one's number in
    # the field's data, no text shown in the document's runs) (ffdropdown); labels as other
    # agencies' and systems' forms phrase them (拟申报项目名称, 项目推荐单位, 联合申报单位,
    # 其中：拟申请市级财政资金) (synonyms); the information table pasted into the body of the
    # e-mail that carries the other parts (mailbody).
    "ffdropdown": CALL_LABELS,
    "synonyms": dict(name="拟申报项目名称", guide="申报指南方向编号", applicant="项目申报单位（全称）",
                     credit="单位统一社会信用代码", type="申报单位性质", status="企业资质情况", leader="项目负责人姓名",
                     phone="负责人手机号码", department="项目推荐单位", zone="所属高新区（园区）", partners="联合申报单位",
                     period="项目起止年月", total="项目总经费（万元）", municipal="其中：拟申请市级财政资金（万元）"),
    "mailbody": CALL_LABELS,
    # Round 56: Word files put together by a document-merging library (docx4j's MergeDocx, Open
    # XML PowerTools: the body one w:altChunk of a whole .docx part, left for Word to merge
    # when it opens the file) (docxchunk); a web system's "export to Word" that wraps the RTF it
    # made as the one alternative-format chunk of a DOCX (rtfchunk).
    "docxchunk": CALL_LABELS,
    "rtfchunk": CALL_LABELS | dict(type="单位性质", period="项目实施期限"),
    # Round 57: an information table converted from PDF to Word by a converter's exact-layout
    # mode — every cell a text box placed on the page, the labels' column written before the
    # values' (posboxes), or every line a framed paragraph placed on the page, the values'
    # column first (posframes); Word files as Word for the web saves them, the main part
    # word/document2.xml (wordonline); periods and sums written as people write them —
    # 20220701-20250630, 202207—202506, 自…起为期三年, 元月, 22年7月; 150万, 人民币150万元
    # (datewords).
    "posboxes": CALL_LABELS,
    "posframes": CALL_LABELS | dict(type="单位性质", zone="所属高新区"),
    "wordonline": CALL_LABELS | dict(leader="负责人", phone="负责人电话"),
    "datewords": CALL_LABELS | dict(period="项目起止时间", total="项目总投入", municipal="申请市拨经费"),
    # Round 58: an information table as an older converter's exact layout — VML text boxes
    # placed on the page (v:shape, position:absolute, page-relative margins), written in the
    # z-order it happened to keep, the rules as v:line (vmlboxes); values typed with spaces to
    # line them up — 王　明 for a two-character name, 139 1234 5678, labels spaced to one width
    # (spaced); a printed form whose period is typed into boxes, year, 年, month, 月 each a cell
    # (datecells).
    "vmlboxes": CALL_LABELS | dict(zone="所属高新区"),
    "spaced": CALL_LABELS | dict(leader="负 责 人", phone="手　　机", zone="所在高新区"),
    "datecells": CALL_LABELS | dict(period="项目起止年月"),
    # Round 59: the leader's name with its pinyin set over it, as Word's 拼音指南 (phonetic
    # guide) leaves it — w:ruby in the DOCX (rubydocx) and <ruby> printed by Chromium to PDF
    # (rubypdf); every PDF a LibreOffice hybrid PDF carrying its ODF source (hybridpdf).
    "rubydocx": CALL_LABELS,
    "rubypdf": CALL_LABELS | dict(leader="项目负责人姓名"),
    "hybridpdf": CALL_LABELS | dict(type="单位性质"),
    # Round 60: the unit's type and status chosen on the form by a mark before or after the
    # option, as people mark printed and Word forms — ■ and □, （√） and （ ）, ☒ and ☐, √, ✔
    # (tickmarks); file names that say other parts than the files hold (swapnames).
    "tickmarks": CALL_LABELS | dict(type="单位性质", status="企业资质（请勾选）"),
    "swapnames": CALL_LABELS,
    # Round 61: a web system's "export to Word" built of div elements, no table — each row a
    # flex box of a label div and a value div — saved as .doc (divform); the paper form of
    # labelled lines with underlined values, printed to PDF by LibreOffice (underpdf).
    "divform": CALL_LABELS | dict(type="单位性质", leader="负责人", phone="负责人手机"),
    "underpdf": CALL_LABELS | dict(status="企业资质情况"),
    # Round 62: the information table as a web form (text inputs, a drop-down, a text area)
    # opened in LibreOffice and exported to PDF with its form fields, the values in the fields
    # (lofields); a four-column Word table whose value cells are merged across the grid the
    # legacy way (w:hMerge restart / continue, as Word 2003-era files converted) (hmerge).
    "lofields": CALL_LABELS | dict(credit="社会信用代码"),
    "hmerge": CALL_LABELS | dict(department="推荐单位"),
    # Round 63: the exact layout's text boxes and rules put together in one group shape
    # (wpg:wgp) anchored to the page, the children placed in the group's own coordinates, as
    # Word writes shapes someone grouped to move them together (groupboxes).
    "groupboxes": CALL_LABELS | dict(zone="所属高新区", phone="手机"),
    # Round 64: PDFs whose file structure careless tools broke, as readers repair them without
    # a word (bytes before the header, an error page after the end, a header comment re-encoded
    # so every offset is off, a wrong startxref) (badxref); a Word form whose labels are fitted to
    # one width (调整宽度, spread or squeezed) and whose long values are squeezed into one line of a narrow cell
    # (字符缩放, 紧缩), printed to PDF by LibreOffice (squeeze); the table filled in, then
    # corrected in a PDF editor that saves incrementally: the first revision, a draft with other
    # sums, period and contact, is still in the file under the update (revised).
    "badxref": CALL_LABELS | dict(leader="项目负责人姓名"),
    "squeeze": CALL_LABELS | dict(applicant="申报单位名称", credit="统一社会信用代码（18位）"),
    "revised": CALL_LABELS,
    # Round 65: the information table and the sealed commitment fed crooked into a scanner, 2 to
    # 4 degrees askew and off centre (skewscan); faxed, as fax-to-mail services deliver pages:
    # 1 bit, 204 dpi across and 196 down ("fine") for the table as a PDF, 204 × 98 ("standard")
    # for the commitment as a TIFF, each page with the sending machine's header line (faxscan);
    # the exact layout's text boxes and rules drawn in a Word drawing canvas (wpc) set in line at
    # the top of the page, with the VML group Word writes as its fallback (canvas).
    "skewscan": CALL_LABELS | dict(phone="联系人手机"),
    "faxscan": CALL_LABELS | dict(applicant="申请单位", municipal="申请市科技经费（万元）"),
    "canvas": CALL_LABELS | dict(leader="负责人", period="起止时间"),
    # Round 66: the information table as web systems export it "as Word": a single-file web
    # page (MHT: MIME multipart/related, Word's HTML quoted-printable in GB2312, the system's
    # logo as a base64 part) saved under a .doc name (mhtdoc); the amounts only in a budget table
    # whose corner cell is split by a diagonal rule (斜线表头: 经费来源 over 预算科目), the
    # sources as columns and 合计 the last, printed to PDF by LibreOffice (diagslash); the
    # table printed by a reporting engine from the online system: borders drawn as thin filled
    # rectangles, labels wrapped and centred in narrow cells, values shrunk to fit one line
    # (缩小字体填充), sums as banks write them (人民币（大写）…元整（¥…）) (reportpdf).
    "mhtdoc": CALL_LABELS | dict(applicant="申报单位（全称）", total="项目总投资（万元）"),
    "diagslash": CALL_LABELS | dict(total="合计", municipal="申请市财政资金"),
    "reportpdf": CALL_LABELS | dict(zone="所属高新区（园区）", department="推荐（主管）部门",
                                    total="项目总投入金额", municipal="申请市财政资金"),
    # Round 67: the information table and the commitment scanned and made searchable by the
    # scanner's OCR left at its default language, English: an invisible text layer of Latin
    # letters and digits where the page says Chinese (englayer); the table, the sealed
    # commitment and the sealed agreement scanned in colour at 150 dpi and saved as strongly
    # compressed JPEGs to keep under an upload limit (lowres); the commitment and the agreement
    # as Word files carrying electronic seals — the unit's red seal pasted as a picture floating
    # over the 公章 / 盖章 line, the legal representative's signature a picture in line (sealdocx).
    "englayer": CALL_LABELS | dict(phone="负责人手机"),
    "lowres": CALL_LABELS | dict(applicant="申请单位名称", zone="所属高新区"),
    "sealdocx": CALL_LABELS | dict(department="归口管理部门"),
    # Round 68: a form whose label cells are shaded grey, printed and scanned in grey
    # (shadedscan); the commitment signed in blue ink beside 法定代表人（签字） and sealed, the
    # agreement sealed by both parties, both scanned in colour (signedscan); round 10's table
    # in large print breaking over two pages, printed and scanned (twopagescan).
    "shadedscan": CALL_LABELS | dict(leader="项目负责人（姓名）", type="单位类别"),
    "signedscan": CALL_LABELS | dict(municipal="申请市财政科技经费（万元）"),
    "twopagescan": CALL_LABELS | dict(credit="统一社会信用代码（18位）", partners="合作单位名称"),
    # Round 69: the information table printed by a printer low on toner and scanned (faint grey
    # text) (fadedscan); folded in three to be posted, punched and stapled, then scanned: two
    # creases across the page, two punch holes, a staple's mark (foldscan); photocopied and the
    # copy scanned: a little enlarged, the copier's dark edges, toner specks (copyscan).
    "fadedscan": CALL_LABELS | dict(applicant="申报单位名称"),
    "foldscan": CALL_LABELS | dict(phone="手机号码", zone="所属高新区"),
    "copyscan": CALL_LABELS | dict(leader="负责人姓名", period="项目实施期限"),
    # Round 70: three PDF writers no earlier family used. The online system's page rendered by
    # WeasyPrint: no table at all, a CSS grid of dt/dd pairs, the colon after each label added by
    # CSS (dt::after), each value over a thin rule, a running header and page numbers from @page
    # rules; every document of the package printed the same way (weasyprint). The table written
    # by fpdf2, the Python PDF library web back ends use: a header row of column titles
    # (填报项目 | 填报内容) over label/value rows, long values wrapped inside their cells; the
    # application and the other documents fpdf2 paragraphs (fpdfinfo). The page printed by
    # wkhtmltopdf (Qt WebKit): short values two pairs to a row, long ones across three cells,
    # shaded label cells, the system's number above the table, header and "第 1 页 / 共 1 页" set
    # on the command line; Qt's ToUnicode maps some characters to their Kangxi radical forms
    # (目 → ⽬) (wkhtml).
    "weasyprint": CALL_LABELS | dict(applicant="项目承担单位", phone="负责人联系电话"),
    "fpdfinfo": CALL_LABELS | dict(total="项目总预算（万元）", municipal="拟申请市级资金（万元）"),
    "wkhtml": CALL_LABELS | dict(guide="指南方向代码", department="推荐部门"),
    # Round 71: the information table as the online system shows it on a phone — each field a
    # row with a small grey label above its value, under the app's blue title bar — captured as
    # one long screenshot and sent as a JPEG (mobileshot); the table, the signed and sealed
    # commitment and the sealed agreement photographed with a phone scanning app (扫描全能王 and
    # the like): the sheet straightened with a little keystone left, the light evened and the
    # paper made white by its enhance filter, sharpened, the app's mark in the corner, JPEG pages
    # 1240 px wide under the app's file names (camscan); values copied from the system's web page
    # into the Word table: zero-width spaces and word joiners between characters, no-break spaces
    # for spaces, a byte-order mark before some, and the same in the application's title (webpaste).
    "mobileshot": CALL_LABELS | dict(leader="负责人", phone="手机号", total="总投资（万元）",
                                     municipal="申请市级资金（万元）"),
    "camscan": CALL_LABELS | dict(applicant="申报单位名称", credit="社会信用代码"),
    "webpaste": CALL_LABELS | dict(status="企业资质（高企/科小）", period="项目起止时间"),
    # Round 72: the information table as a workbook a script filled (openpyxl): the fields on a
    # sheet 基本信息, the budget by 预算科目 on a sheet 经费预算 whose 合计 column and row are
    # formulas (=B2+C2, =SUM(B2:B7)), the two amounts on the first sheet formulas pointing at it
    # ('经费预算'!D8) — and no value cached, since only a spreadsheet program works them out
    # (xlsformula); the table photographed with a phone held sideways, the JPEG's pixels stored
    # turned a quarter and its EXIF Orientation tag saying how to show them (exifphoto); the whole
    # package merged into one PDF, the parts in the call's order or, in some packages, the
    # application before the information table or the commitment after the application (A007)
    # (mergedorder).
    "xlsformula": CALL_LABELS | dict(total="项目总投入（万元）", municipal="其中：申请市拨经费（万元）"),
    "exifphoto": CALL_LABELS | dict(applicant="申报单位（盖章）", leader="项目负责人姓名"),
    "mergedorder": CALL_LABELS | dict(guide="所属指南代码", period="项目实施期"),
    # Round 73: the mobile page captured on a phone in dark mode — light grey text on a near-black
    # ground — saved as a PNG (darkmode); the table copied out of Word as a picture and saved as a
    # PNG with a transparent ground (what is not ink has no colour, alpha 0), cropped to the
    # table (alphapng); a hand-written WordprocessingML table whose rows are of uneven length:
    # short pairs two to a row, a long value's row ending early (w:gridAfter), the municipal
    # amount indented one grid column under the total (w:gridBefore) (gridskip).
    "darkmode": CALL_LABELS | dict(applicant="申请单位", phone="手机"),
    "alphapng": CALL_LABELS | dict(leader="负责人", department="主管单位"),
    "gridskip": CALL_LABELS | dict(total="项目总投入（万元）", municipal="其中：申请市拨经费（万元）"),
    # Round 74: the table printed on thin paper whose other side is printed too, scanned in grey:
    # the back's text shows through, mirrored and faint, across the front's (bleedscan); label
    # cells and a section row shaded grey, scanned in black and white by a copier whose
    # text/photo mode diffuses the grey into dots (Floyd–Steinberg) (ditherscan); a drawn PDF
    # whose writer makes labels and titles bold by striking each string two or three times a
    # fraction of a point apart (fakebold).
    "bleedscan": CALL_LABELS | dict(applicant="申报单位名称", phone="联系人手机"),
    "ditherscan": CALL_LABELS | dict(leader="项目负责人姓名", type="单位性质"),
    "fakebold": CALL_LABELS | dict(guide="指南方向代码", period="项目起止时间"),
    # Round 75: every Word document saved by WPS Writer in its own .wps format (the Word 97-2003
    # binary under WPS's name) (wpsfile); the information table saved by WPS Spreadsheets as
    # .et (the Excel 97-2003 binary under WPS's name) (etfile); every PDF exported as PDF/A-2b,
    # tagged (structure tree, marked content), as archives and some agencies ask (pdfa).
    "wpsfile": CALL_LABELS | dict(applicant="申报单位（盖章）", period="项目实施期限"),
    "etfile": CALL_LABELS | dict(credit="社会信用代码", leader="项目负责人"),
    "pdfa": CALL_LABELS | dict(department="主管部门（推荐单位）", zone="所属高新区"),
    # Round 76: every document saved by LibreOffice as Flat XML OpenDocument text (.fodt: the
    # whole document one XML file, as version-control-minded offices keep it) (fodtfile); every
    # document saved in the national UOF text format (.uot, GB/T 20916, as Yozo/WPS offices
    # exchange it) (uotfile); the information table, the commitment and the agreement scanned
    # to PDF in CMYK (an Adobe CMYK JPEG, its values stored inverted, the PDF's Decode array
    # turning them back), as print-shop and some MFP scan profiles write them (cmykscan).
    "fodtfile": CALL_LABELS | dict(applicant="承担单位", money="申请市拨经费（万元）"),
    "uotfile": CALL_LABELS | dict(leader="项目负责人", credit="单位统一社会信用代码"),
    "cmykscan": CALL_LABELS | dict(period="项目执行期", phone="联系电话"),
    # Round 77: the information table typed in a regular-script face (楷体: AR PL UKai) and
    # scanned in grey, the commitment and the agreement in it too, sealed and scanned in
    # colour (kaiscan); every document drawn with a CID font under the predefined GBK-EUC-H
    # CMap — GBK bytes in the content stream, no ToUnicode — as older Chinese PDF writers do
    # (gbkcmap); every PDF's ToUnicode maps the Chinese characters into the Private Use Area
    # (a font vendor's own code points, as PDFs set in some 方正 fonts carry), so the text layer
    # is no text (puamap).
    "kaiscan": CALL_LABELS | dict(applicant="申请单位", leader="负责人"),
    "gbkcmap": CALL_LABELS | dict(credit="统一社会信用代码（18位）", money="申请市级财政资金（万元）"),
    "puamap": CALL_LABELS | dict(period="起止年限", department="推荐单位"),
    # Round 78: the online system's form page saved by the browser (.html: the values only in
    # the inputs' value attributes, a drop-down's selected option and a text area) (savedform);
    # the information table and the sealed commitment scanned to multi-page TIFF files, grey
    # and colour, LZW-compressed, as office scanners' "scan to folder" writes them (tiflzw);
    # the information table typed in Notepad as a .txt in GBK, label：value lines aligned with
    # full-width spaces, CRLF line ends (txtinfo).
    "savedform": CALL_LABELS | dict(applicant="申报单位名称", period="项目起止日期"),
    "tiflzw": CALL_LABELS | dict(leader="项目负责人", zone="所在高新区"),
    "txtinfo": CALL_LABELS | dict(credit="统一社会信用代码", money="申请市拨经费（万元）"),
    # Round 79: the information table and the sealed commitment and agreement scanned on a
    # duplex scanner, a blank back after every page (duplexscan); the sealed commitment and
    # agreement photocopied in black and white before they were scanned, the red seals now grey
    # rings (bwseal); every Word document with a header line, a page-number footer and a grey
    # diagonal "仅供申报使用" watermark (VML WordArt in the header) (wordwatermark).
    "duplexscan": CALL_LABELS | dict(phone="联系人电话", period="项目实施期限"),
    "bwseal": CALL_LABELS | dict(applicant="申报单位（公章）", zone="所在高新区"),
    "wordwatermark": CALL_LABELS | dict(leader="项目负责人", guide="指南代码"),
    # Round 80: three more PDF writers, each for every document of the package. pdfmake (the
    # JavaScript library web systems export with, pdfkit underneath, a TrueType CJK font
    # subset): a three-column table 序号 | 信息项 | 填报内容 with a header row, only horizontal
    # rules, separate start and end dates (pdfmake). MuPDF's own HTML layout (mutool convert
    # from XHTML, the font given by @font-face): an unruled two-column table, labels
    # right-aligned with their colons, amounts with two decimals (mupdf). Apache FOP from XSL-FO (the Java print path
    # of many government systems): numbered labels (1. 项目名称), a table header repeated on
    # each page, the start date and the duration in months (xslfo).
    "pdfmake": CALL_LABELS | dict(applicant="申报单位名称", start="项目起始日期", end="项目截止日期",
                                  total="项目总投资（万元）", municipal="申请市级财政资助（万元）"),
    "mupdf": CALL_LABELS | dict(leader="项目负责人姓名", guide="指南方向编号", phone="负责人手机"),
    "xslfo": CALL_LABELS | dict(applicant="承担单位", start="计划开始时间", months="实施周期（月）",
                                municipal="申请市科技经费（万元）"),
    # Round 81: jsPDF with its autoTable plugin, the other library web pages export PDFs with:
    # only the regular face of the CJK font registered, so the bold header row (字段 | 内容)
    # falls back to Helvetica and prints as mojibake, as it does for many a web export; the
    # other documents jsPDF text lines (jspdf). The information table as a LibreOffice PDF,
    # then opened in LibreOffice Draw to put a value right and exported again: every line
    # its own text box, the fonts re-embedded as Type 1 (drawedit). Every document written by
    # the npm docx library (web back ends' Word export): two pairs a row, widths in per cent,
    # 宋体 set as the East Asian font only, no style for the table (docxjs).
    "jspdf": CALL_LABELS | dict(applicant="申报单位名称", guide="所属指南方向代码", municipal="拟申请市财政资金（万元）"),
    "drawedit": CALL_LABELS | dict(leader="负责人", period="项目执行期", total="总投入（万元）"),
    "docxjs": CALL_LABELS | dict(credit="社会信用代码", department="归口管理部门", partners="合作单位名称"),
    # Round 82: iText 2.1.7, the Java library government systems have exported PDFs with for
    # years: a PdfPTable with a shaded header row (项目 | 填报内容) repeated on each page, a
    # TrueType CJK font embedded as Identity-H; every document of the package (itextpdf). The
    # information table as an OpenDocument file written by odfpy, not by an office suite: a
    # section row spanning the table (一、基本信息 … 二、经费与期限), covered cells after it
    # (odfpy). The information table as an .xlsx written by xlsxwriter: labels as rich strings
    # (a red * then the label), amounts as numbers formatted 0.00, the period in two cells of
    # one row (xlsxwriter).
    "itextpdf": CALL_LABELS | dict(applicant="项目申报单位", municipal="申请市级科技经费（万元）"),
    "odfpy": CALL_LABELS | dict(leader="项目负责人", phone="负责人联系方式", period="起止时间"),
    "xlsxwriter": CALL_LABELS | dict(guide="指南代码（6位）", start="开始年月", end="结束年月",
                                     total="总投资（万元）"),
    # Round 83: the information table as an OpenDocument text saved with changes recorded
    # (LibreOffice's Edit ▸ Track Changes ▸ Record): the project name, the phone and the two
    # amounts typed over, the old text kept as tracked deletions in text:tracked-changes at the
    # head of the body, the new text marked as insertions (odttracked). The template's worked
    # example kept in a hidden section (text:display="none") above the real table, its own
    # made-up values in the same labels (odthidden). Both files as .odt.
    "odttracked": CALL_LABELS | dict(applicant="申报单位名称", phone="手机号码"),
    "odthidden": CALL_LABELS | dict(leader="项目负责人", period="项目实施期限"),
    # Round 84: the information table printed without rules in a sans face, its label column
    # narrow (a fifth of the width), so long labels wrap onto two lines beside a value set at
    # mid-height, then scanned (wrapscan). A two-pairs-a-row ruled table folded in four to fit
    # an envelope and scanned: a crease across the middle and one down it, through the table
    # (quarterfold).
    "wrapscan": CALL_LABELS | dict(applicant="申请单位名称", credit="统一社会信用代码",
                                   total="项目总投资额（万元）", municipal="申请市级财政科技经费（万元）"),
    "quarterfold": CALL_LABELS | dict(leader="项目负责人", zone="所在高新区（园区）"),
    # Round 85: the information table as a one-row sheet (labels across a header row, the values
    # in the row under it, as the summary sheets are), printed by Calc without fitting: the
    # columns run on to a second and third page (widesheet); the sealed commitment and agreement
    # scanned and appended to the application PDF as its last pages (appendixparts).
    "widesheet": CALL_LABELS | dict(applicant="申报单位名称", type="单位性质", status="单位资质",
                                    period="起止时间", total="总投资（万元）", municipal="申请市拨（万元）"),
    "appendixparts": CALL_LABELS | dict(leader="项目负责人", phone="手机", period="项目实施期限"),
    # Round 86: PDFs whose pages show less than their content streams draw. The template's worked
    # example (填写示例) above the form, cropped away with a PDF editor (the page's CropBox), and
    # the application printed two pages a sheet and split back into pages by setting each copy's
    # CropBox to one half (cropbox). Every run of text drawn with a font that has no ToUnicode
    # map, inside a marked-content span whose /ActualText gives the text, as Word and Skia do
    # for glyphs that do not map one to one (actualtext).
    "cropbox": CALL_LABELS | dict(applicant="申报单位（盖章）", credit="单位统一社会信用代码", leader="负责人",
                                  period="项目起止时间", municipal="申请市级资助（万元）"),
    "actualtext": CALL_LABELS | dict(name="项目名称（中文）", type="单位性质", phone="负责人手机",
                                     total="总投资（万元）"),
    # Round 87: pictures cropped in Word, the whole picture still in the file. The online
    # system's page captured with its worked-example panel above the form, pasted and cropped
    # to the form (DrawingML a:srcRect) (docxcrop); the sealed commitment and agreement scanned
    # two pages on the glass, last year's copy beside this year's, pasted as a legacy VML
    # picture cropped to the right half (v:imagedata cropleft) (vmlcrop).
    "docxcrop": CALL_LABELS | dict(applicant="申报单位名称", credit="统一社会信用代码（18位）",
                                   municipal="拟申请市拨经费（万元）"),
    "vmlcrop": CALL_LABELS | dict(leader="项目负责人姓名", period="项目执行期"),
    # Round 88: the scanned information table with the template's worked example above the
    # form, placed whole on the page by a PDF editor and cropped there with a clipping path
    # round the form (clipscan).
    "clipscan": CALL_LABELS | dict(applicant="项目承担单位", credit="统一社会信用代码", zone="所属高新区"),
    # Round 89: the information table typeset by Typst (typst), a writer no round had; the online
    # system's page captured with the worked-example panel above the form, pasted into a word
    # processor, cropped there to the form and saved by LibreOffice Writer as OpenDocument
    # (fo:clip) (odtcrop); the sealed commitment and agreement scanned and pasted into Writer
    # documents saved as OpenDocument (odtscan).
    "typst": CALL_LABELS | dict(applicant="申报单位（盖章）", total="项目总投资（万元）"),
    "odtcrop": CALL_LABELS | dict(leader="负责人", municipal="申请市级财政资助（万元）"),
    "odtscan": CALL_LABELS | dict(applicant="申报单位", period="项目起止年月"),
    # Round 90: the online system's page captured with the worked-example panel above the form
    # and pasted into a spreadsheet as a picture, cropped there to the form: in an Excel
    # workbook (xl/drawings, a:srcRect) (xlsxshot), in a LibreOffice Calc one saved as .ods
    # (odsshot).
    "xlsxshot": CALL_LABELS | dict(applicant="单位名称", credit="社会信用代码"),
    "odsshot": CALL_LABELS | dict(guide="指南方向", phone="负责人手机"),
    # Round 91: PHP back ends' PDF exports, by TCPDF (a four-column table given to writeHTML,
    # long values across three columns) (tcpdf) and by dompdf (an ordinary ruled table)
    # (dompdf); every document saved as Word 97-2003 (.doc), the sealed commitment and
    # agreement scanned and pasted into .doc files (docscan).
    "tcpdf": CALL_LABELS | dict(applicant="申报单位名称", leader="项目负责人姓名", municipal="申请市级资助（万元）"),
    "dompdf": CALL_LABELS | dict(credit="统一社会信用代码（18位）", total="项目总投资（万元）"),
    "docscan": CALL_LABELS | dict(applicant="申报单位（全称）", period="项目起止时间"),
    # Round 92: a web system's print of the information table, the values drawn by pdf-lib onto
    # a blank form LibreOffice made, each in a font of its own and set smaller when too wide
    # (pdfoverlay); pdfLaTeX with the CJK package (Arphic Type 1 fonts split into 256-glyph
    # subfonts; a ruled table, labels in 楷体) (cjklatex); LuaLaTeX with ctex (Fandol fonts; an
    # unruled booktabs table, labels bold) (lualatex).
    "pdfoverlay": CALL_LABELS | dict(applicant="申报单位名称", total="项目总投资（万元）", phone="负责人联系电话",
                                     start="项目开始时间", end="项目结束时间"),
    "cjklatex": CALL_LABELS | dict(leader="项目负责人姓名", credit="单位统一社会信用代码", period="项目实施期限"),
    "lualatex": CALL_LABELS | dict(applicant="申报单位（盖章）", municipal="申请市级财政资金（万元）", guide="指南方向代码"),
    # Round 93: a Java back end's export by Apache POI's HSSF, an Excel 97-2003 workbook with
    # two label/value pairs a row, long values merged across three cells, the amounts numbers
    # (poixls); a workbook printed to PDF by Gnumeric (cairo): 序号 | 栏目 | 填报内容, a header row
    # over numbered rows (gnmprint); an .xlsx written by Gnumeric (inline strings), the labels in
    # rows of three over rows of their values (gnmxlsx).
    "poixls": CALL_LABELS | dict(applicant="承担单位名称", total="项目计划总投资（万元）", municipal="拟申请市级资助（万元）",
                                 start="计划开始日期", end="计划完成日期"),
    "gnmprint": CALL_LABELS | dict(name="项目名称（全称）", credit="统一社会信用代码（法人证书号）", period="项目起止日期",
                                   phone="负责人手机"),
    "gnmxlsx": CALL_LABELS | dict(applicant="申请单位", guide="申报指南代码", zone="所属开发区（高新区）",
                                  total="总投入（万元）"),
    # Round 94: a Java back end's report drawn line by line with Apache PDFBox, no layout engine:
    # a grid of four columns (label | value | label | value), long values spanning three
    # (pdfbox); every document saved as .docx by Calligra Words from LibreOffice's OpenDocument,
    # whose export writes a table's cells as paragraphs one after another (calligra); the
    # information table a console system's text table (+---+ rules, | between columns, values
    # wrapped in their column) printed by paps, the glyphs drawn as outlines (paps).
    "pdfbox": CALL_LABELS | dict(applicant="申报单位（全称）", credit="社会信用代码", leader="负责人",
                                 municipal="申请市科技经费（万元）", start="项目开始时间", end="项目结束时间"),
    "calligra": CALL_LABELS | dict(name="项目名称", applicant="项目承担单位", phone="负责人电话", period="项目实施期",
                                   total="项目总预算（万元）"),
    "paps": CALL_LABELS | dict(guide="指南方向", type="单位性质", department="主管部门", total="总投资（万元）",
                               municipal="市拨经费（万元）"),
    # Round 95: a Django back end's export through xhtml2pdf (pisa, ReportLab underneath: the
    # TrueType font cut into simple subsets of 256 glyphs, CJK wrapped by its Paragraph) of
    # every document (xhtml2pdf); every document written in AsciiDoc and made PDF by
    # asciidoctor-pdf (Prawn), the information table a horizontal description list — labels
    # in a bold column, no rules (asciidoc); the information table a designed SVG form (labels
    # right-aligned with colons, values on dashed lines, long values wrapped into tspans)
    # rendered by librsvg (rsvg-convert, cairo) (rsvg).
    "xhtml2pdf": CALL_LABELS | dict(applicant="申报单位名称", leader="项目负责人姓名", phone="负责人联系电话",
                                    period="项目执行期", municipal="申请市财政科技经费（万元）"),
    "asciidoc": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", credit="统一社会信用代码", status="单位资质",
                                   total="项目总经费（万元）"),
    "rsvg": CALL_LABELS | dict(applicant="申报单位", zone="所在高新区（开发区）", partners="合作单位名称",
                               total="计划总投入（万元）", municipal="市拨经费（万元）"),
    # Round 96: a Word template written in LibreOffice with Jinja tags, filled by docxtpl as a
    # Python back end fills one; the other documents' text one tag whose paragraphs docxtpl
    # makes (\a), all in the tag's plain style, headings known by their numbers only
    # (docxtpl); a Perl back end's PDF drawn with PDF::API2, no layout engine, the label cells
    # shaded and right-aligned, the TrueType font embedded by Font::TTF (pdfapi2); every
    # document a .docx written by officegen (Node), its own WordprocessingML, files named with
    # a number first (officegen).
    "docxtpl": CALL_LABELS | dict(applicant="承担单位名称", leader="项目负责人", phone="手机号码", period="起止年限",
                                  total="项目总投资（万元）", municipal="申请市级资助（万元）"),
    "pdfapi2": CALL_LABELS | dict(applicant="申请单位", credit="统一社会信用代码（18位）", guide="所属指南方向代码",
                                  total="项目总投入（万元）", municipal="拟申请市科技经费（万元）"),
    "officegen": CALL_LABELS | dict(applicant="依托单位", leader="项目主持人", phone="主持人电话", zone="所属园区",
                                    total="总经费预算（万元）", municipal="申请财政资助（万元）"),
    # Round 97: a C program's PDF written with libharu, the Chinese font not embedded (SimSun,
    # a CID font the reader supplies) and the text GBK bytes through the GBK-EUC-H CMap, the
    # table's rows ruled under each, no verticals (haru); every document an HTML page made
    # .docx by html-to-docx (Node), the information table four columns with long values
    # spanning three (htmldocx).
    "haru": CALL_LABELS | dict(applicant="申报单位名称", credit="单位统一社会信用代码", leader="项目负责人姓名",
                               period="项目执行期限", municipal="申请市财政资金（万元）"),
    "htmldocx": CALL_LABELS | dict(applicant="申报企业（单位）", guide="指南代码（6位）", phone="负责人手机",
                                   zone="所属高新区", total="项目计划总投资（万元）", municipal="申请市级补助（万元）"),
    # Round 98: a Ruby program's PDF written with Prawn and prawn-table, Droid Sans Fallback
    # embedded as Prawn embeds TrueType (simple fonts of 256 glyphs or fewer, one resource per
    # subset), the information table a grid under a section row spanning both columns, every
    # page numbered at the foot (prawn); a PDF laid out in Scribus by its scripter, running
    # text flowing through linked frames, the information table drawn as a form of separate
    # label and value frames with lines ruled between them (scribus).
    "prawn": CALL_LABELS | dict(applicant="项目承担单位", guide="所属指南方向代码", leader="项目负责人（姓名）",
                                phone="手机号码", period="项目起止时间", total="项目总经费（万元）",
                                municipal="申请市级科技经费（万元）"),
    "scribus": CALL_LABELS | dict(applicant="申报单位（盖章）", credit="社会信用代码", type="单位性质",
                                  zone="所在区（板块）", period="实施年限", municipal="申请市科技经费（万元）"),
    # Round 99: a React web application's PDF export (@react-pdf/renderer: Yoga's flexbox,
    # fontkit), the information table a grid of flex rows under a header row 序号 | 填报项目 |
    # 填报内容, each label/value row numbered, page numbers at the foot (reactpdf); every
    # document an OpenDocument text written by odfdo (Python, no office suite): real outline
    # headings (text:h), items as ODF lists, the information table a plain two-column table (odfdo).
    "reactpdf": CALL_LABELS | dict(applicant="申报主体", guide="申报指南代码", leader="负责人", phone="负责人联系方式",
                                   department="归口管理部门", period="项目实施周期", total="总投资额（万元）",
                                   municipal="申请资助金额（万元）"),
    "odfdo": CALL_LABELS | dict(name="项目名称（全称）", applicant="申请单位", credit="单位信用代码", leader="项目负责人",
                                zone="所属高新区（园区）", municipal="申请市财政科技经费（万元）"),
    # Round 100: a PDF drawn by Skia's PDF backend (the engine of Chrome's print to PDF), every
    # block laid out by SkParagraph (ICU line breaking), the information table a ruled grid with
    # grey label cells, a running header line and 第 N 页 at the top of every page (skia); a
    # PDF typeset by rinohtype from reStructuredText, its Article template numbering the
    # sections itself (1 一、立项依据), a table of contents (目录) before the application's text,
    # the information table a list-table under a header row 栏目 | 填写内容, page numbers N/M at
    # the foot (rinoh).
    "skia": CALL_LABELS | dict(applicant="项目申报单位", credit="统一社会信用代码/组织机构代码", leader="项目负责人",
                               phone="联系电话（手机）", period="项目实施起止日期", total="项目总投资额（万元）",
                               municipal="申请市级财政资金（万元）"),
    "rinoh": CALL_LABELS | dict(name="项目名", applicant="申报单位全称", guide="指南方向代码", leader="项目负责人姓名",
                                zone="所在地区", period="项目执行期", total="计划总投资（万元）",
                                municipal="申请市科技拨款（万元）"),
    # Round 101: every document a Word template filled by docxtemplater (Node), as a web
    # system exports: the information table's one template row repeated for each field, the
    # application's sections one template pair of paragraphs repeated — an unnumbered bold
    # heading, then all of the section's text in one paragraph, its lines and items separated
    # by line breaks (<w:br/>) as typed into a text box (dtpl).
    "dtpl": CALL_LABELS | dict(applicant="单位名称", leader="项目负责人", phone="联系方式", period="项目周期",
                               total="总投资（万元）", municipal="市级资金（万元）"),
    # Round 102: two Rust libraries, each writing every document of its family through the
    # crate rust/. docx-rs: the document's own paragraph styles (标题, 一级标题 and 二级标题 with
    # outline levels, 正文 with a two-character first-line indent), a running header line, the
    # information table two columns with grey label cells and section rows spanning both
    # (docxrs). printpdf: no layout of its own, so every line is placed by the writer — headings
    # in a fake bold (filled and stroked), the information table a ruled grid whose cells wrap
    # between any two characters, labels centred in their cells' height and values from the
    # top, 第 N 页 at the foot, the CJK font embedded whole-glyph as Identity-H (printpdf).
    "docxrs": CALL_LABELS | dict(applicant="承担单位名称", leader="项目负责人姓名", phone="负责人联系电话",
                                 period="项目实施期", total="项目总预算（万元）", municipal="申请市财政科技经费（万元）"),
    "printpdf": CALL_LABELS | dict(name="项目名称（中文）", credit="社会信用代码", leader="项目主持人", phone="手机",
                                   zone="所在开发区（高新区）", period="项目执行期限", total="总投入（万元）",
                                   municipal="申请资助（万元）"),
    # Round 103: gofpdf (Go), every document: its UTF-8 font support (the TrueType font
    # subset by gofpdf), each line placed by the program, the information table a
    # four-column grid of bordered cells — two label/value pairs a row, the name, the unit,
    # its code and the partners across three cells — label cells grey, "- N -" at the foot
    # (gofpdf). Pandoc from Emacs Org-mode to OpenDocument text (pandoc's own ODT writer, no
    # office suite): the title from #+TITLE, headings from * lines, the deliverables an Org
    # list, the information table an Org table without a header rule (orgodt).
    "gofpdf": CALL_LABELS | dict(applicant="申报单位（全称）", credit="统一社会信用代码（税号）", leader="负责人",
                                 phone="负责人手机", period="起止时间", total="项目总投资（万元）",
                                 municipal="申请市级资助经费（万元）"),
    "orgodt": CALL_LABELS | dict(name="项目名称", applicant="项目承担单位", type="单位性质", leader="项目负责人",
                                 phone="联系手机", department="推荐单位", period="项目实施年限",
                                 total="项目投资总额（万元）", municipal="拟申请市拨经费（万元）"),
    # Round 104: R's officer and flextable, every document a .docx: headings in the default
    # template's "heading 1", paragraphs of formatted runs, the information table a flextable
    # whose first column names each row's group, merged down over the rows it holds (类别 |
    # 项目 | 填报内容): the leader's row says only 姓名 and the partners' row 单位名称, as the
    # applicant's does — the group says whose (rofficer). AbiWord's own layout and PDF export
    # (cairo) from HTML, every document: the information table three columns with a header
    # row 填报项目 | 填报内容 | 备注, the remarks column holding the form's instructions (与营业执照
    # 一致, 不在高新区的填“无”) beside the values (abipdf).
    "rofficer": CALL_LABELS | dict(applicant="单位名称", type="单位性质", leader="姓名", phone="手机",
                                   partners="单位名称", total="总投入（万元）"),
    "abipdf": CALL_LABELS | dict(applicant="申报单位名称", leader="项目负责人", phone="负责人手机",
                                 period="项目实施起止时间", total="项目总投入（万元）",
                                 municipal="申请市级财政资助（万元）"),
    # Round 105: every document a .docx as WPS Office writes it, on the package parts of a
    # real WPS file (its numeric style ids: headings in style 2, "heading 1"; every paragraph
    # with WPS's full run of paragraph properties and outline level 9; runs split where the
    # script changes, Latin runs tagged en-US; KSOProductBuildVer): the information table four
    # ruled columns, fixed layout, each row repeating the table's borders (wpsdocx). ConTeXt
    # MkIV (LuaTeX, AR PL SungtiL GB as an Identity-H TrueType subset), every document: its natural tables, the
    # page number at the head of every page above the title, titles letter-spaced by
    # \stretched, the information table two label/value pairs a row with grey label cells
    # (context).
    "wpsdocx": CALL_LABELS | dict(applicant="申报单位名称", type="单位性质", leader="项目负责人", phone="手机号码",
                                  department="归口管理部门", period="项目实施周期", total="项目总投资（万元）",
                                  municipal="申请市科技经费（万元）"),
    "context": CALL_LABELS | dict(name="项目名称", applicant="承担单位", credit="统一社会信用代码", leader="负责人",
                                  phone="联系电话", zone="所属高新区", period="起止年月", total="总经费（万元）",
                                  municipal="其中申请市拨款（万元）"),
    # Round 106: every document an OpenDocument text written by Perl's OpenOffice::OODoc on
    # its own template (meta title "OpenOffice::OODoc Text Template"), the information
    # table four columns made by appendTable with an undefined table style (no rules), wide
    # values spanned over covered cells (oodoc). The information table an .xlsx exported by
    # ExcelJS (Node): title and instructions in merged rows, shaded label cells with the
    # form's hints as cell notes, start and end as Date cells shown 2022年7月, amounts as
    # numbers shown 0.00, the guide code a drop-down from a hidden dictionary sheet; the
    # other documents .docx by the npm docx package (exceljs).
    "oodoc": CALL_LABELS | dict(name="项目名称", applicant="申请单位", credit="社会信用代码", type="单位类别",
                                leader="项目负责人", phone="联系手机", department="主管部门", period="研究期限",
                                total="项目总预算（万元）", municipal="申请市科技资金（万元）"),
    "exceljs": CALL_LABELS | dict(guide="所属指南代码", applicant="申报主体名称", credit="统一社会信用代码（18位）",
                                  leader="项目负责人姓名", phone="负责人手机号", zone="所属高新区（园区）",
                                  start="项目开始日期", end="项目结束日期", total="项目总投资额（万元）",
                                  municipal="申请市级补助（万元）"),
    # Round 107: every document RTF under a .doc name, as a Java back end exports "Word" with
    # iText 2.1.7's RTF writer (the whole file one line, every Chinese character a \uN? escape,
    # negative above 32767; 宋体 named in the font table by escapes), the information table an
    # iText Table of four bordered columns, long values across three, label cells shaded
    # (itextrtf). Every part written with python-docx, then composed into one 申报材料.docx
    # with docxcompose (a page break before each part; the parts' styles and numbering merged
    # into the first's) (composed).
    "itextrtf": CALL_LABELS | dict(name="项目名称", applicant="项目承担单位", credit="统一社会信用代码",
                                   type="承担单位类型", leader="项目负责人", phone="负责人联系电话",
                                   department="推荐部门", period="项目执行期", total="项目总经费（万元）",
                                   municipal="申请市财政科技经费（万元）"),
    "composed": CALL_LABELS | dict(applicant="申报单位（全称）", credit="统一社会信用代码", leader="负责人",
                                   phone="手机", zone="所在园区", period="项目起止时间", total="总投入（万元）",
                                   municipal="其中：市拨经费（万元）"),
    # Round 108: every document a PDF by RBPDF (Ruby's TCPDF port, as Redmine exports Chinese):
    # STSong-Light named and not embedded under UniGB-UCS2-H, its bold a "STSongStd-Light-Acro,Bold"
    # font, a header line and N/M at every page's foot, the information table drawn cell by cell
    # with MultiCell in four columns (rbpdf). The information table an .xlsx by Go's
    # tealeg/xlsx: section rows merged over two columns, label / value rows, amounts numbers
    # shown #,##0.00; the other documents PDFs by gofpdf (goxlsx).
    "rbpdf": CALL_LABELS | dict(name="项目名称", applicant="申报单位", credit="统一社会信用代码", type="单位性质",
                                leader="项目负责人", phone="负责人电话", department="主管部门", zone="所属高新区",
                                period="实施周期", total="项目总投资（万元）", municipal="申请市级资金（万元）"),
    "goxlsx": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                                 type="单位类型", leader="项目负责人", phone="负责人手机", zone="所属园区",
                                 period="项目实施期", total="项目总投资（万元）", municipal="拟申请市财政经费（万元）"),
    # Round 109: every document a PDF rendered by Flying Saucer (Java, on iText 2.1.7) from an
    # XHTML template: its CSS 2.1 layout, the page number in a paged-media margin box, AR PL
    # SungtiL GB registered with the font resolver and embedded (its PostScript name
    # BousungEG-Light-GB); the information table four ruled columns under a header row
    # 项目 / 内容 / 项目 / 内容 repeated on every page, the long values across three (flyingsaucer).
    "flyingsaucer": CALL_LABELS | dict(name="项目名称", applicant="项目申报单位", credit="统一社会信用代码",
                                       type="申报单位类型", leader="项目负责人", phone="联系方式",
                                       department="推荐单位", zone="所属高新区", period="项目实施年限",
                                       total="项目总投入（万元）", municipal="申请市级财政资金（万元）"),
    # Round 110: every document a PDF by PyFPDF 1.7.2 (the original fpdf package, before
    # fpdf2): AR PL SungtiL GB added with uni=True and embedded by its tFPDF-derived
    # subsetter, every line placed by cell() / multi_cell(); the information table two columns
    # of bordered boxes, a long value wrapped in its box, the label centred in a grey one
    # (pyfpdf). The information table an Excel 97-2003 workbook (.xls) written by Python's
    # xlwt as Django back ends export one: a title row merged across, a header row 序号 /
    # 填报项 / 填报内容, the fields numbered, amounts as numbers; the other documents .docx by
    # python-docx (xlwt).
    "pyfpdf": CALL_LABELS | dict(name="项目名称", applicant="项目承担单位（全称）", credit="统一社会信用代码",
                                 type="单位类型", leader="项目负责人", phone="手机号码", department="主管部门",
                                 zone="所在高新区", period="计划起止时间", total="项目总经费（万元）",
                                 municipal="申请市拨经费（万元）"),
    "xlwt": CALL_LABELS | dict(name="项目名称", guide="所属领域（指南代码）", applicant="申报单位", credit="统一社会信用代码",
                               type="单位性质", leader="项目负责人", phone="负责人手机号码", zone="所在园区",
                               period="项目实施起止年月", total="总投资额（万元）", municipal="申请资助金额（万元）"),
    # Round 111: the information table an .xlsx exported by a web front end with SheetJS
    # (aoa_to_sheet): no styles, merges set by hand, two pairs a row, the required fields'
    # labels carrying the web form's red asterisk as text (*项目名称); the other documents
    # LibreOffice PDFs from HTML (sheetjs).
    "sheetjs": CALL_LABELS | dict(name="*项目名称", guide="*指南代码", applicant="*申报单位", credit="*统一社会信用代码",
                                  type="*单位类型", status="企业资质", leader="*项目负责人", phone="*手机号码",
                                  department="主管部门", zone="所在高新区", partners="合作单位",
                                  period="*项目起止日期", total="*项目总投入（万元）", municipal="*申请市拨经费（万元）"),
    # Round 112: every document written by a Qt desktop application (PyQt5, Qt 5.15): a
    # QTextDocument built with a QTextCursor, printed by Qt's own PDF engine (QPdfWriter: Qt's
    # 2 cm margins, the page number Qt prints at every page's foot, AR PL SungtiL GB embedded
    # as a CID TrueType font); the information table a QTextTable of four columns, the long
    # values merged over three cells (qtpdf). The same documents saved by Qt's ODF writer
    # (QTextDocumentWriter "odf") as .odt, the information table two columns under a header
    # row 填报项目 / 填报内容 (qtodt).
    "qtpdf": CALL_LABELS | dict(name="项目名称", guide="指南方向代码", applicant="承担单位", credit="统一社会信用代码",
                                type="单位性质", leader="项目负责人", phone="联系电话", department="归口管理部门",
                                zone="所属区（市）", period="执行期限", total="项目总预算（万元）",
                                municipal="申请市科技经费（万元）"),
    "qtodt": CALL_LABELS | dict(name="项目名称", guide="申报指南方向", applicant="项目申报单位",
                                credit="单位统一社会信用代码", type="单位类型", leader="负责人姓名", phone="负责人电话",
                                department="主管部门", zone="所在区域", partners="合作单位", period="项目起止年月",
                                total="总投资（万元）", municipal="申请市财政资助（万元）"),
    # Round 113: every document an OpenDocument text written by the Apache ODF Toolkit (Java,
    # odfdom 0.9) with no office suite: the toolkit's own empty template (an empty paragraph
    # first, Times New Roman declared), automatic paragraph styles naming 宋体 for Asian text,
    # the information table an OdfTable of four bordered columns appended to the body, cells set
    # with setStringValue (office:string-value beside the text), wide values' cells merged
    # (odfdom). The information table an .xlsx written by a Perl back end with
    # Excel::Writer::XLSX: label / value rows, the unit type a drop-down, the two amounts numbers
    # and a third row 自筹资金, the total a formula adding them written without its result (0
    # cached, fullCalcOnLoad); the other documents PDFs by PDF::API2 (perlxlsx).
    "odfdom": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="申报单位全称", credit="统一社会信用代码",
                                 type="单位类别", leader="项目负责人", phone="负责人联系电话", department="主管单位",
                                 zone="所在高新区（园区）", period="项目实施周期", total="项目总投入（万元）",
                                 municipal="申请市级资助（万元）"),
    "perlxlsx": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                   type="单位类型", leader="项目负责人", phone="手机", department="推荐部门",
                                   zone="所在地区", partners="合作单位", period="起止年月", total="项目总投资（万元）",
                                   municipal="申请市级财政资助（万元）"),
    # Round 114: every document a PDF made from an HTML template by iText 5's XMLWorker, as
    # Java back ends print one: XMLWorkerHelper.parseXHtml with the kind of font provider such
    # code carries (every font the registered TrueType font, Identity-H), tables as PdfPTables, a
    # page event stamping 第 N 页 at each foot; the information table four ruled columns, the
    # long values spanning three (xmlworker). The information table an Excel 97-2003 workbook by
    # JExcelApi (jxl) as older Java systems export one: section rows merged across, each label in
    # column A and its value merged over B:D, the amounts numbers shown 0.00, the start and the
    # end date cells shown yyyy年m月 (the file holds a day's serial number and the format); the
    # other documents by XMLWorker (jxl).
    "xmlworker": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="项目承担单位", credit="统一社会信用代码",
                                    type="单位性质", leader="项目负责人", phone="移动电话", department="主管部门",
                                    zone="所在高新区", period="项目起止时间", total="项目总投资（万元）",
                                    municipal="申请市级科技经费（万元）"),
    "jxl": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                              type="单位类型", leader="项目负责人", phone="联系手机", department="主管部门",
                              zone="所在高新区", start="项目开始时间", end="项目结束时间", total="项目总投入（万元）",
                              municipal="申请市拨经费（万元）"),
    # Round 115: the information table an Excel 97-2003 workbook by Ruby's spreadsheet gem (on
    # ruby-ole), as Ruby back ends export one: two pairs a row, a long value merged over three
    # columns, the labels bold on grey, the amounts numbers; the other documents PDFs by Prawn
    # (rubyxls). The information table an .xlsx by pyexcelerate, a Python writer built for speed:
    # every string an inline string (no shared strings part), the title merged across, the
    # labels in bold, the amounts numbers; the other documents .docx by python-docx
    # (pyexcelerate).
    "rubyxls": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申请单位名称", credit="统一社会信用代码",
                                  type="单位性质", leader="项目负责人", phone="负责人电话", department="推荐单位",
                                  zone="所在高新区", partners="合作单位", period="项目执行期", total="项目总经费（万元）",
                                  municipal="申请市财政经费（万元）"),
    "pyexcelerate": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="项目申报单位", credit="统一社会信用代码",
                                       type="单位类型", leader="项目负责人", phone="联系电话", department="主管部门",
                                       zone="所在高新区", period="实施期限", total="项目总投资（万元）",
                                       municipal="申请市级资金（万元）"),
    # Round 116: every document a PDF by a C++ program with PoDoFo 0.9: a TrueType subset under
    # Identity-H, lines cut by PoDoFo, the information table PoDoFo's PdfTable (every cell ruled,
    # text at the cells' left edge, wrapped by PoDoFo), "- N -" at every page's foot (podofo).
    # The information table an Excel 97-2003 workbook by Perl's Spreadsheet::WriteExcel: a header
    # row 序号 | 填报项目 | 填报内容, every field a numbered row, amounts in 元 as numbers, a
    # second sheet of filling instructions; the other documents PDFs by PoDoFo (writeexcel).
    "podofo": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", applicant="项目承担单位", credit="统一社会信用代码",
                                 type="承担单位类型", leader="项目负责人", phone="负责人手机", department="推荐部门",
                                 zone="所在区（开发区）", partners="参与单位", period="项目起止年月", total="项目总投资（万元）",
                                 municipal="申请市科技经费（万元）"),
    "writeexcel": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位（盖章）", credit="统一社会信用代码",
                                     type="单位类别", leader="项目负责人", phone="移动电话", department="主管部门",
                                     zone="所在高新区", partners="合作单位", period="项目实施期", total="项目总投入（元）",
                                     municipal="申请市级财政资金（元）"),
    # Round 117: every document an RTF file written by pandoc from Markdown (its standalone RTF
    # template: Helvetica named for every run, Han characters as \u escapes with ? fallbacks,
    # the information table a pipe table whose header row 栏目 | 内容 is ruled below, page
    # breaks as raw RTF) (pandocrtf). The information table an .xlsx written by R's openxlsx: the
    # fields a data frame written as an Excel table (a ListObject with a header row, filter
    # buttons and banding), the title merged above it; the other documents .docx by R's officer
    # (openxlsx).
    "pandocrtf": CALL_LABELS | dict(name="项目名称", guide="指南代码（见申报指南）", applicant="申报单位名称", credit="统一社会信用代码",
                                    type="单位性质", leader="项目负责人", phone="手机号码", department="主管部门",
                                    zone="所在高新区", partners="合作单位", period="项目实施期限", total="总投资额（万元）",
                                    municipal="申请市科技资金（万元）"),
    "openxlsx": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申请单位", credit="单位统一社会信用代码",
                                   type="单位类型", leader="负责人姓名", phone="负责人电话", department="归口部门",
                                   zone="所在高新区（园区）", partners="合作单位", period="起止时间", total="项目总投入（万元）",
                                   municipal="申请市级补助（万元）"),
    # Round 118: every document an RTF file made from LaTeX by latex2rtf 2.3: Han characters as
    # signed \u escapes (negative above 32767), the information table a ruled tabular of four
    # columns whose long values span three (\clmgf / \clmrg cells), headings as section*
    # (latex2rtf). The information table an .xlsx by a C program with libxlsxwriter: section rows
    # merged across on grey, two pairs a row, long values merged over three columns, the start and
    # the end date cells shown yyyy年m月, the amounts numbers; the other documents PDFs by PoDoFo
    # (lxw).
    "latex2rtf": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                    type="单位类型", leader="项目负责人", phone="联系电话", department="推荐单位",
                                    zone="所属高新区", partners="合作单位", period="执行期限", total="项目总预算（万元）",
                                    municipal="其中：申请市财政资金（万元）"),
    "lxw": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="申报单位全称", credit="统一社会信用代码",
                              type="单位类型", leader="项目负责人", phone="手机", department="主管部门",
                              zone="所在高新区", start="开始年月", end="结束年月", total="总投入（万元）",
                              municipal="市拨经费（万元）"),
    # Round 119: the information table saved by Gnumeric's ssconvert as an Excel 97-2003 workbook
    # (Gnumeric's own BIFF8 writer on libgsf's compound file): two label / value pairs a row on
    # grey labels, the long values merged over three columns, the amounts numbers; the other
    # documents PDFs by PDF::API2 (gnmxls). The information table saved by ssconvert as an
    # OpenDocument spreadsheet (.ods, Gnumeric's writer): section rows merged across, then
    # label | value rows; the other documents .docx by pandoc (gnmods).
    "gnmxls": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                 type="单位性质", leader="项目负责人", phone="联系电话", department="主管部门",
                                 zone="所在高新区", partners="合作单位", period="项目起止时间", total="项目总投入（万元）",
                                 municipal="申请市拨经费（万元）"),
    "gnmods": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", applicant="申请单位名称", credit="统一社会信用代码",
                                 type="单位类型", leader="项目负责人", phone="手机", department="推荐单位",
                                 zone="所属高新区", partners="合作单位", period="实施年限", total="总经费（万元）",
                                 municipal="申请市财政补助（万元）"),
    # Round 120: the information table an .xlsx by pylightxl, a small pure-Python writer: no
    # styles part at all, no merged cells, two label / value pairs a row, the long values in
    # the second column with the rest of the row empty, the amounts numbers; the other documents
    # .docx by python-docx (pylightxl). The information table an .ods by ezodf, on its own
    # document template: a title spanning both columns, label | value rows, the amounts float
    # cells; the other documents PDFs by LibreOffice from HTML (ezodf).
    "pylightxl": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                    type="单位类型", leader="项目负责人", phone="负责人手机", department="主管部门",
                                    zone="所在高新区", partners="合作单位", period="项目起止年月", total="项目总投入（万元）",
                                    municipal="申请市拨经费（万元）"),
    "ezodf": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="承担单位", credit="统一社会信用代码",
                                type="承担单位性质", leader="项目负责人", phone="联系方式", department="推荐单位",
                                zone="所在高新区", partners="合作单位", period="实施周期", total="项目总投资（万元）",
                                municipal="申请市级资助（万元）"),
    # Round 121: the information table an .xlsx by xlsx-populate, on its own blank workbook: a
    # merged title, section rows merged across on grey, a merged range's value set on every
    # cell of the range (as range().value() does), start and end date cells shown yyyy年m月,
    # the amounts number cells; the other documents .docx by the npm docx package (xlpop). The
    # information table an .xlsx by excel4node: a header row 序号 | 填报项目 | 填报内容 | 填写说明,
    # one numbered row per field with the form's hint beside the value, the amounts number
    # cells in 元 under labels that name no unit (the hint says 单位：元); the other documents
    # PDFs by LibreOffice from HTML (e4n).
    "xlpop": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                type="单位性质", leader="项目负责人", phone="负责人电话", department="主管部门",
                                zone="所属高新区", start="项目开始时间", end="项目结束时间",
                                total="项目总投入（万元）", municipal="申请市财政经费（万元）"),
    "e4n": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                              type="单位类型", leader="项目负责人", phone="联系电话", department="推荐部门",
                              zone="所在高新区", partners="合作单位", period="项目实施期限", total="项目总投入",
                              municipal="申请市拨经费"),
    # Round 122: the information table an .xlsx by write-excel-file, a web front end's "导出Excel":
    # one field a row, the label with a full-width colon, an empty narrow spacer column before
    # the value, the title and the note spanning the columns, the amounts number cells; the other
    # documents .docx by pandoc (wxf). The information table a flat OpenDocument text (.fodt) by
    # simple-odf, which writes no tables: a heading, a line of instructions, each field a list
    # item "label：value"; the other documents .docx by python-docx (sodf).
    "wxf": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                              type="单位类型", leader="项目负责人", phone="联系手机", department="主管部门",
                              zone="所在高新区", partners="合作单位", period="起止年月", total="项目总投入（万元）",
                              municipal="申请市拨经费（万元）"),
    "sodf": CALL_LABELS | dict(name="项目名称", guide="指南方向代码", applicant="申请单位", credit="统一社会信用代码",
                               type="单位类别", leader="负责人", phone="负责人电话", department="推荐单位",
                               zone="所属高新区", partners="合作单位", period="项目执行期", total="项目总预算（万元）",
                               municipal="申请市财政资助（万元）"),
    # Round 123: the information table an .xlsx by umya-spreadsheet, an accounting system's
    # export: four ruled columns, a merged title, the long values merged over three columns, the
    # labels bold on grey and naming no unit — the amounts are number cells whose number format
    # carries the unit (#,##0.00"万元", or the sum in 元 under #,##0"元"), the start and end day
    # serial numbers shown yyyy"年"m"月"; the other documents .docx by docx-rs (umya). The
    # information table a PDF printed by a web system on pdfme: a template of ruled boxes, each
    # label a read-only text, each value a text field, short values shrunk to their box's width,
    # long ones wrapped; the other documents PDFs by LibreOffice from HTML (pdfme).
    "umya": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="项目承担单位", credit="统一社会信用代码",
                               type="单位性质", leader="项目负责人", phone="负责人手机", department="主管部门",
                               zone="所属高新区", partners="合作单位", start="计划开始日期", end="计划完成日期",
                               total="项目总投资", municipal="申请市级财政资助"),
    "pdfme": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                type="单位类型", leader="项目负责人", phone="手机号码", department="推荐单位",
                                zone="所在高新区", partners="合作单位", period="项目起止时间",
                                total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    # Round 124: every document a PDF by PDFKit; the information table a print view whose
    # "label：value" lines flow into two columns (the left one top to bottom, then the right), a
    # long value wrapping inside its column (pdfkit). The information table an .xlsx filled into
    # a template workbook by xlsx-template: section rows, the labels and a ${placeholder} in each
    # value cell, the dates and the amounts number cells under the template's formats; the other
    # documents .docx by the npm docx package (xlsxtpl).
    "pdfkit": CALL_LABELS | dict(name="项目名称", guide="申报指南代码", applicant="申报单位", credit="统一社会信用代码",
                                 type="单位类型", leader="项目负责人", phone="联系电话", department="主管部门",
                                 zone="所在高新区", partners="合作单位", period="项目实施期",
                                 total="项目总投入（万元）", municipal="申请市财政资助（万元）"),
    "xlsxtpl": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位名称", credit="统一社会信用代码",
                                  type="单位类型", leader="项目负责人", phone="负责人电话", department="主管部门",
                                  zone="所在高新区", partners="合作单位", start="项目起始日期", end="项目终止日期",
                                  total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    # Round 125: the information table as the online system's print page, its "label：value"
    # fields flowing in two CSS columns (column-count: 2), printed to PDF by Chromium; the other
    # documents PDFs by LibreOffice from HTML (csscols). The information table a Word file whose
    # fields are paragraphs in a two-column section (w:cols num=2), exported to PDF by
    # LibreOffice; the other documents .docx by python-docx (docxcols).
    "csscols": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                  type="单位类型", leader="项目负责人", phone="手机", department="归口管理部门",
                                  zone="所在高新区", partners="合作单位", period="起止年月",
                                  total="总投入（万元）", municipal="申请市拨（万元）"),
    "docxcols": CALL_LABELS | dict(name="项目名称", guide="指南方向代码", applicant="承担单位", credit="统一社会信用代码",
                                   type="单位性质", leader="负责人", phone="联系方式", department="推荐部门",
                                   zone="所属高新区", partners="合作单位", period="实施周期",
                                   total="项目总经费（万元）", municipal="申请市级资助（万元）"),
    # Round 126: the information table as a Word form of cards, a two-column table whose every
    # cell holds one field, its label a small grey paragraph over its value (no colon), the long
    # fields merged across the row; every document .docx by python-docx (stackcell). The
    # information table as the online system's detail page printed by Chromium: cards headed
    # 基本信息 / 申报单位 / 项目负责人 / 期限与经费, in each a grid of labels (a red * on the
    # required ones) over read-only boxes, two a row, the long ones across; the other documents
    # PDFs by LibreOffice from HTML (bsform).
    "stackcell": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="申报单位名称",
                                    credit="统一社会信用代码", type="单位类型", status="企业资质",
                                    leader="项目负责人", phone="手机号码", department="主管部门",
                                    zone="所在高新区", partners="合作单位", period="项目实施期限",
                                    total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "bsform": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="单位名称", credit="统一社会信用代码",
                                 type="单位性质", status="资质情况", leader="负责人姓名", phone="负责人手机",
                                 department="归口部门", zone="所在高新区", partners="合作单位",
                                 start="项目开始时间", end="项目结束时间",
                                 total="项目总投资（万元）", municipal="申请市级经费（万元）"),
    # Round 127: the information table as a Word table in bands, each band a row of column
    # heads over a row of values, where a group's label (申报单位, 项目负责人, 实施期限,
    # 经费（万元）) is merged over its sub-labels (名称, 统一社会信用代码, 姓名, 手机, 起始年月,
    # 总投入 …); every document .docx by python-docx (grouphead; the labels here are those a
    # reader puts together, the sub-labels are in GROUP_HEADS). The information table as an
    # unruled three-column form, label, a column of full-width colons, value, the labels spread
    # over their cells, exported to PDF by LibreOffice from HTML, as every document (coloncol).
    "grouphead": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位名称",
                                    credit="申报单位统一社会信用代码", type="申报单位类型", status="申报单位资质",
                                    leader="项目负责人姓名", phone="项目负责人手机", department="主管部门",
                                    zone="所在高新区", partners="合作单位", start="实施期限起始年月",
                                    end="实施期限终止年月", total="项目总投入（万元）", municipal="申请市拨（万元）"),
    "coloncol": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="信用代码",
                                   type="单位类型", status="企业资质", leader="负责人", phone="联系电话",
                                   department="主管部门", zone="所在高新区", partners="合作单位",
                                   period="起止时间", total="总投入（万元）", municipal="市拨经费（万元）"),
    # Round 128: the information table as a Word file laid out by a borderless table of two
    # cells side by side, the project's fields a stack of "label：value" paragraphs in the left
    # cell and the unit's and the leader's in the right; every document .docx by python-docx
    # (layoutdocx). The same file exported to PDF by LibreOffice, as the call asks; the other
    # documents PDFs the same way (layoutpdf).
    "layoutdocx": CALL_LABELS | dict(name="项目名称", guide="指南代码", applicant="申报单位", credit="统一社会信用代码",
                                     type="单位类型", status="企业资质", leader="项目负责人", phone="手机",
                                     department="主管部门", zone="所在高新区", partners="合作单位",
                                     period="实施期限", total="项目总投入（万元）", municipal="申请市拨经费（万元）"),
    "layoutpdf": CALL_LABELS | dict(name="项目名称", guide="所属指南代码", applicant="承担单位", credit="社会信用代码",
                                    type="单位性质", status="单位资质", leader="负责人", phone="联系电话",
                                    department="推荐单位", zone="所属高新区", partners="合作单位",
                                    period="起止年月", total="总经费（万元）", municipal="市拨经费（万元）"),
}

STYLE = {
    "prov": dict(period="cn-dash", money="wan", kind="long"),
    "nsfc": dict(period="ym-zero", money="wan"),
    "lixiang": dict(period="start+months", money="wan", empty="/"),
    "grid-cid": dict(period="dot-day", money="yuan"),
    "ooxml": dict(period="cn-day", money="wan-unit"),
    "list": dict(period="cn-day", money="wan", kind="tick"),
    "placeholder": dict(period="slash", money="wan", empty="—"),
    "para": dict(period="since", money="wan-unit"),
    "grid-ttf": dict(period="start+end", money="yuan-plain", empty="/"),
    "landscape": dict(period="cn-dash", money="wan", kind="long"),
    "narrow": dict(period="ym-zero", money="wan"),
    "odt": dict(period="cn-day", money="daxie"),
    "rows": dict(period="cn-dash", money="wan", kind="long", empty="—"),
    "kv": dict(period="dot-day", money="wan-unit"),
    "merged": dict(period="start+end", money="wan"),
    "jsform": dict(period="qi-zhi", money="wan", kind="long"),
    "inline": dict(period="cn-dash", money="wan"),
    "rl-split": dict(period="ym-zero", money="wan"),
    "underline": dict(period="qi-zhi", money="wan-unit", empty="无"),
    "grouped": dict(period="cn-dash", money="wan"),
    "fullwidth": dict(period="cn-day", money="wan"),
    "bilingual": dict(period="slash", money="wan", kind="long"),
    "sdt": dict(period="start+end", money="wan"),
    "nested": dict(period="cn-dash", money="wan"),
    "unitcol": dict(period="cn-day", money="wan"),
    "textbox": dict(period="ym-zero", money="wan"),
    "budgettable": dict(period="cn-day", money="wan"),
    "rowspdf": dict(period="dot-day", money="wan"),
    "tabs": dict(period="cn-dash", money="wan"),
    "sections": dict(period="cn-dash", money="wan"),
    "enum": dict(period="ym-zero", money="wan-unit"),
    "odt4": dict(period="start+end", money="wan"),
    "twoline": dict(period="slash-zhi", money="wan-note"),
    "qianyuan": dict(period="cn-dash", money="qian", kind="long"),
    "onecol": dict(period="nian-ci", money="wan-unit", empty="/"),
    "twopair": dict(period="dot-day", money="yuan"),
    "formfield": dict(period="cn-day", money="wan"),
    "borderless4": dict(period="cn-months", money="wan-unit"),
    "notes": dict(period="ym-zero", money="wan", kind="long"),
    "twopage": dict(period="cn-dash", money="wan"),
    "engname": dict(period="cn-day", money="wan", kind="long"),
    "yuansign": dict(period="dot-day", money="yuan-sign"),
    "scan": dict(period="cn-day", money="wan"),
    "hanzi": dict(period="hanzi", money="wan", kind="long"),
    "onedocx": dict(period="ym-zero", money="wan"),
    "photo": dict(period="cn-dash", money="wan"),
    "tracked": dict(period="cn-day", money="wan"),
    "headfoot": dict(period="slash", money="wan-unit"),
    "mergedscan": dict(period="cn-dash", money="wan"),
    "rotated": dict(period="ym-zero", money="wan"),
    "colorscan": dict(period="cn-day", money="wan"),
    "docximg": dict(period="cn-dash", money="wan"),
    "ocrlayer": dict(period="slash", money="wan"),
    "notounicode": dict(period="cn-day", money="wan"),
    "certphoto": dict(period="cn-dash", money="wan"),
    "outlines": dict(period="ym-zero", money="wan"),
    "sealedinfo": dict(period="cn-day", money="wan"),
    "watermark": dict(period="cn-dash", money="wan"),
    "bilevel": dict(period="slash", money="wan"),
    "sysprint": dict(period="ym-zero", money="wan"),
    "restricted": dict(period="cn-day", money="wan"),
    "xlsx": dict(period="start+end", money="wan"),
    "screenshot": dict(period="slash", money="wan"),
    "acroform": dict(period="cn-dash", money="wan"),
    "abstractcell": dict(period="cn-day", money="wan"),
    "twoup": dict(period="ym-zero", money="wan"),
    "dotleader": dict(period="cn-day", money="wan"),
    "blanks": dict(period="cn-dash", money="wan"),
    "vanish": dict(period="ym-zero", money="wan"),
    "zipgbk": dict(period="slash", money="wan"),
    "phonescan": dict(period="cn-day", money="wan"),
    "chromeprint": dict(period="cn-dash", money="wan"),
    "budgetdetail": dict(period="cn-day", money="wan"),
    "vertical": dict(period="ym-zero", money="wan"),
    "pandoc": dict(period="cn-day", money="wan"),
    "xetex": dict(period="slash", money="wan"),
    "abiword": dict(period="ym-zero", money="wan"),
    "indexcol": dict(period="cn-dash", money="wan"),
    "wide": dict(period="start+end", money="wan"),
    "finance": dict(period="cn-dash", money="wan"),
    "apptable": dict(period="dot-wave", money="wan"),
    "cairo": dict(period="cn-day", money="wan"),
    "numlist": dict(period="ym-zero", money="wan"),
    "altcontent": dict(period="cn-day", money="wan"),
    "mailmerge": dict(period="cn-dash", money="wan"),
    "covertable": dict(period="ym-zero", money="wan"),
    "decorated": dict(period="cn-dash", money="wan-dec"),
    "combined": dict(period="cn-day", money="wan"),
    "yearly": dict(period="cn-dash", money="wan"),
    "colorder": dict(period="ym-zero", money="wan"),
    "rowspan": dict(period="cn-dash", money="wan"),
    "kpitable": dict(period="cn-day", money="wan"),
    "titlerow": dict(period="ym-zero", money="wan"),
    "upsidedown": dict(period="cn-dash", money="wan"),
    "whitetext": dict(period="ym-zero", money="wan"),
    "whitepdf": dict(period="cn-day", money="wan"),
    "strikeout": dict(period="cn-dash", money="wan"),
    "unitcell": dict(period="ym-zero", money="wan"),
    "plchdr": dict(period="start+end", money="wan"),
    "plchdrpdf": dict(period="start+end", money="wan"),
    "symtick": dict(period="cn-dash", money="wan"),
    "symtickpdf": dict(period="cn-day", money="wan"),
    "pagebreak": dict(period="ym-zero", money="wan"),
    "htmldoc": dict(period="cn-day", money="wan"),
    "altchunk": dict(period="cn-dash", money="wan"),
    "twocol": dict(period="ym-zero", money="wan"),
    "worddoc": dict(period="cn-dash", money="wan"),
    "rtfdoc": dict(period="cn-day", money="wan"),
    "distribute": dict(period="ym-zero", money="wan"),
    "sideways": dict(period="cn-dash", money="wan"),
    "xlsinfo": dict(period="cn-day", money="wan"),
    "budgetfile": dict(period="ym-zero", money="wan"),
    "odtfile": dict(period="cn-dash", money="wan"),
    "ofdcert": dict(period="cn-day", money="wan"),
    "jbig2scan": dict(period="slash", money="wan"),
    "jp2scan": dict(period="cn-dash", money="wan"),
    "strictxml": dict(period="ym-zero", money="wan"),
    "webpimg": dict(period="cn-day", money="wan"),
    "pdfattach": dict(period="cn-dash", money="wan"),
    "xfaform": dict(period="ym-zero", money="wan"),
    "heicphoto": dict(period="cn-dash", money="wan"),
    "psprint": dict(period="cn-day", money="wan"),
    "type3font": dict(period="ym-zero", money="wan"),
    "wordxml": dict(period="cn-day", money="wan"),
    "oleexcel": dict(period="cn-dash", money="wan"),
    "sevenzip": dict(period="slash", money="wan"),
    "imgtable": dict(period="cn-dash", money="wan"),
    "esign": dict(period="ym-zero", money="wan"),
    "codeboxes": dict(period="cn-day", money="wan"),
    "xlsold": dict(period="cn-day", money="wan"),
    "xlsdict": dict(period="cn-day", money="wan"),
    "rotlabel": dict(period="cn-dash", money="wan"),
    "emfpaste": dict(period="cn-day", money="wan"),
    "olexls": dict(period="slash", money="wan"),
    "ofdprint": dict(period="cn-dash", money="wan"),
    "ocglayer": dict(period="cn-day", money="wan"),
    "xmlsheet": dict(period="cn-dash", money="wan"),
    "htmlxls": dict(period="cn-day", money="wan"),
    "databind": dict(period="cn-day", money="wan"),
    "typewriter": dict(period="cn-dash", money="wan"),
    "csvexport": dict(period="cn-day", money="wan"),
    "moverev": dict(period="cn-day", money="wan"),
    "smartart": dict(period="cn-dash", money="wan"),
    "calcprint": dict(period="cn-day", money="wan"),
    "emlpkg": dict(period="cn-dash", money="wan"),
    "docprop": dict(period="cn-day", money="wan"),
    "opinions": dict(period="cn-day", money="wan"),
    "portfolio": dict(period="cn-dash", money="wan"),
    "splitapp": dict(period="cn-day", money="wan"),
    "example": dict(period="cn-day", money="wan"),
    "scanform": dict(period="cn-dash", money="wan"),
    "xlshidden": dict(period="cn-day", money="wan"),
    "footnote": dict(period="cn-day", money="wan"),
    "notemarks": dict(period="cn-dash", money="wan"),
    "cellbreak": dict(period="cn-day", money="wan"),
    "whiteout": dict(period="cn-day", money="wan"),
    "jointunits": dict(period="cn-dash", money="wan"),
    "reviewed": dict(period="cn-day", money="wan"),
    "fanti": dict(period="cn-day", money="wan"),
    "strikepdf": dict(period="cn-day", money="wan"),
    "twvocab": dict(period="cn-dash", money="wan"),
    "pdf2word": dict(period="cn-day", money="wan"),
    "pasted": dict(period="cn-day", money="wan"),
    "framed": dict(period="cn-dash", money="wan"),
    "odsinfo": dict(period="start+end", money="wan"),
    "leftnotes": dict(period="cn-day", money="wan"),
    "smarttag": dict(period="cn-day", money="wan-unit"),
    "stacked": dict(period="cn-dash", money="wan"),
    "ffdropdown": dict(period="cn-day", money="wan"),
    "synonyms": dict(period="ym-zero", money="wan"),
    "mailbody": dict(period="cn-day", money="wan"),
    "docxchunk": dict(period="cn-day", money="wan"),
    "rtfchunk": dict(period="cn-dash", money="wan"),
    "posboxes": dict(period="cn-dash", money="wan"),
    "posframes": dict(period="cn-day", money="wan"),
    "wordonline": dict(period="ym-zero", money="wan"),
    "datewords": dict(period="informal", money="informal"),
    "vmlboxes": dict(period="cn-day", money="wan"),
    "spaced": dict(period="cn-dash", money="wan"),
    "datecells": dict(period="cn-dash", money="wan"),
    "rubydocx": dict(period="cn-day", money="wan"),
    "rubypdf": dict(period="cn-dash", money="wan"),
    "hybridpdf": dict(period="ym-zero", money="wan"),
    "tickmarks": dict(period="cn-day", money="wan", kind="marks"),
    "swapnames": dict(period="cn-dash", money="wan"),
    "divform": dict(period="ym-zero", money="wan"),
    "underpdf": dict(period="qi-zhi", money="wan-unit", empty="无"),
    "lofields": dict(period="cn-dash", money="wan"),
    "hmerge": dict(period="cn-day", money="wan"),
    "groupboxes": dict(period="cn-dash", money="wan"),
    "badxref": dict(period="slash", money="wan"),
    "squeeze": dict(period="cn-day", money="wan"),
    "revised": dict(period="ym-zero", money="wan"),
    "skewscan": dict(period="cn-dash", money="wan"),
    "faxscan": dict(period="cn-day", money="wan"),
    "canvas": dict(period="ym-zero", money="wan"),
    "mhtdoc": dict(period="cn-day", money="wan"),
    "diagslash": dict(period="ym-zero", money="wan"),
    "reportpdf": dict(period="slash", money="bank"),
    "englayer": dict(period="cn-day", money="wan"),
    "lowres": dict(period="ym-zero", money="wan"),
    "sealdocx": dict(period="cn-dash", money="wan"),
    "shadedscan": dict(period="cn-day", money="wan"),
    "signedscan": dict(period="ym-zero", money="wan"),
    "twopagescan": dict(period="cn-dash", money="wan"),
    "fadedscan": dict(period="ym-zero", money="wan"),
    "foldscan": dict(period="cn-day", money="wan"),
    "copyscan": dict(period="dot-day", money="wan"),
    "weasyprint": dict(period="slash-zhi", money="wan"),
    "fpdfinfo": dict(period="cn-dash", money="wan"),
    "wkhtml": dict(period="cn-day", money="wan-dec"),
    "mobileshot": dict(period="cn-dash", money="wan"),
    "camscan": dict(period="ym-zero", money="wan"),
    "webpaste": dict(period="cn-day", money="wan"),
    "xlsformula": dict(period="cn-dash", money="wan"),
    "exifphoto": dict(period="cn-dash", money="wan"),
    "mergedorder": dict(period="ym-zero", money="wan"),
    "darkmode": dict(period="cn-dash", money="wan"),
    "alphapng": dict(period="cn-day", money="wan"),
    "gridskip": dict(period="ym-zero", money="wan"),
    "bleedscan": dict(period="cn-day", money="wan"),
    "ditherscan": dict(period="cn-dash", money="wan"),
    "fakebold": dict(period="ym-zero", money="wan"),
    "wpsfile": dict(period="cn-day", money="wan"),
    "etfile": dict(period="cn-dash", money="wan"),
    "pdfa": dict(period="slash", money="wan"),
    "fodtfile": dict(period="cn-dash", money="wan"),
    "uotfile": dict(period="cn-day", money="wan"),
    "cmykscan": dict(period="ym-zero", money="wan"),
    "kaiscan": dict(period="cn-day", money="wan"),
    "gbkcmap": dict(period="cn-dash", money="wan"),
    "puamap": dict(period="slash", money="wan"),
    "savedform": dict(period="cn-dash", money="wan"),
    "tiflzw": dict(period="cn-day", money="wan"),
    "txtinfo": dict(period="cn-dash", money="wan"),
    "duplexscan": dict(period="cn-day", money="wan"),
    "bwseal": dict(period="slash", money="wan"),
    "wordwatermark": dict(period="cn-dash", money="wan"),
    "pdfmake": dict(period="start+end", money="wan"),
    "mupdf": dict(period="cn-day", money="wan-dec"),
    "xslfo": dict(period="start+months", money="wan"),
    "jspdf": dict(period="cn-dash", money="wan"),
    "drawedit": dict(period="cn-day", money="wan"),
    "docxjs": dict(period="slash", money="wan-unit"),
    "itextpdf": dict(period="cn-dash", money="wan"),
    "odfpy": dict(period="dot-day", money="wan"),
    "xlsxwriter": dict(period="start+end", money="wan-dec"),
    "odttracked": dict(period="cn-dash", money="wan"),
    "odthidden": dict(period="cn-day", money="wan"),
    "wrapscan": dict(period="cn-dash", money="wan"),
    "quarterfold": dict(period="ym-zero", money="wan"),
    "widesheet": dict(period="dot-wave", money="wan"),
    "appendixparts": dict(period="cn-dash", money="wan"),
    "cropbox": dict(period="ym-zero", money="wan"),
    "actualtext": dict(period="cn-day", money="wan"),
    "docxcrop": dict(period="ym-zero", money="wan"),
    "vmlcrop": dict(period="cn-dash", money="wan"),
    "clipscan": dict(period="ym-zero", money="wan"),
    "typst": dict(period="cn-dash", money="wan"),
    "odtcrop": dict(period="ym-zero", money="wan"),
    "odtscan": dict(period="slash", money="wan"),
    "xlsxshot": dict(period="ym-zero", money="wan"),
    "odsshot": dict(period="cn-dash", money="wan"),
    "tcpdf": dict(period="cn-dash", money="wan"),
    "dompdf": dict(period="ym-zero", money="wan"),
    "docscan": dict(period="slash", money="wan"),
    "pdfoverlay": dict(period="start+end", money="wan"),
    "cjklatex": dict(period="cn-dash", money="wan"),
    "lualatex": dict(period="ym-zero", money="wan"),
    "poixls": dict(period="start+end", money="wan"),
    "gnmprint": dict(period="cn-day", money="wan"),
    "gnmxlsx": dict(period="ym-zero", money="wan-dec"),
    "pdfbox": dict(period="start+end", money="wan"),
    "calligra": dict(period="cn-day", money="wan", kind="long"),
    "paps": dict(period="dot-day", money="wan-dec"),
    "xhtml2pdf": dict(period="cn-dash", money="wan"),
    "asciidoc": dict(period="ym-zero", money="wan-unit"),
    "rsvg": dict(period="cn-day", money="wan"),
    "docxtpl": dict(period="slash", money="wan"),
    "pdfapi2": dict(period="dot-day", money="wan-dec"),
    "officegen": dict(period="ym-zero", money="wan"),
    "haru": dict(period="cn-dash", money="wan"),
    "htmldocx": dict(period="cn-day", money="wan"),
    "prawn": dict(period="slash-zhi", money="wan-unit"),
    "scribus": dict(period="qi-zhi", money="wan"),
    "reactpdf": dict(period="ym-zero", money="wan-dec"),
    "odfdo": dict(period="cn-dash", money="wan"),
    "skia": dict(period="dot-day", money="wan-dec"),
    "rinoh": dict(period="slash", money="wan"),
    "dtpl": dict(period="cn-day", money="wan"),
    "docxrs": dict(period="cn-dash", money="wan-dec"),
    "printpdf": dict(period="ym-zero", money="wan"),
    "gofpdf": dict(period="dot-day", money="wan"),
    "orgodt": dict(period="cn-day", money="wan"),
    "rofficer": dict(period="cn-dash", money="wan"),
    "abipdf": dict(period="slash", money="wan-dec"),
    "wpsdocx": dict(period="cn-day", money="wan"),
    "context": dict(period="ym-zero", money="wan"),
    "oodoc": dict(period="cn-dash", money="wan"),
    "exceljs": dict(period="start+end", money="wan-dec"),
    "itextrtf": dict(period="slash", money="wan"),
    "composed": dict(period="cn-day", money="wan-dec"),
    "rbpdf": dict(period="cn-dash", money="wan"),
    "goxlsx": dict(period="dot-day", money="wan-dec"),
    "flyingsaucer": dict(period="slash", money="wan"),
    "pyfpdf": dict(period="qi-zhi", money="wan"),
    "xlwt": dict(period="cn-dash", money="wan-dec"),
    "sheetjs": dict(period="slash-zhi", money="wan"),
    "qtpdf": dict(period="nian-ci", money="wan"),
    "qtodt": dict(period="cn-months", money="wan-dec"),
    "odfdom": dict(period="ym-zero", money="wan"),
    "perlxlsx": dict(period="dot-wave", money="wan"),
    "xmlworker": dict(period="cn-day", money="wan"),
    "jxl": dict(period="start+end", money="wan"),
    "rubyxls": dict(period="cn-day", money="wan"),
    "pyexcelerate": dict(period="cn-dash", money="wan"),
    "podofo": dict(period="dot-wave", money="wan"),
    "writeexcel": dict(period="slash", money="yuan-plain"),
    "pandocrtf": dict(period="cn-months", money="wan-dec"),
    "openxlsx": dict(period="ym-zero", money="wan"),
    "latex2rtf": dict(period="qi-zhi", money="wan"),
    "lxw": dict(period="start+end", money="wan"),
    "gnmxls": dict(period="cn-day", money="wan"),
    "gnmods": dict(period="nian-ci", money="wan"),
    "pylightxl": dict(period="ym-zero", money="wan"),
    "ezodf": dict(period="cn-dash", money="wan"),
    "xlpop": dict(period="start+end", money="wan"),
    "e4n": dict(period="cn-dash", money="wan"),
    "wxf": dict(period="slash-zhi", money="wan"),
    "sodf": dict(period="cn-dash", money="wan"),
    "umya": dict(period="start+end", money="wan"),
    "pdfme": dict(period="cn-day", money="wan-dec"),
    "pdfkit": dict(period="cn-dash", money="wan"),
    "xlsxtpl": dict(period="start+end", money="wan"),
    "csscols": dict(period="ym-zero", money="wan"),
    "docxcols": dict(period="cn-dash", money="wan-dec"),
    "stackcell": dict(period="qi-zhi", money="wan"),
    "bsform": dict(period="start+end", money="wan-dec"),
    "grouphead": dict(period="start+end", money="wan"),
    "coloncol": dict(period="dot-wave", money="wan"),
    "layoutdocx": dict(period="cn-dash", money="wan"),
    "layoutpdf": dict(period="ym-zero", money="wan-dec"),
}

TITLES = {
    "prov": "2022年度苏州市科技计划项目基本信息表",
    "nsfc": "项目基本信息",
    "lixiang": "企业研发项目立项申请表",
    "grid-cid": "附件1  项目信息表",
    "ooxml": "苏州市产业前瞻与关键核心技术项目信息表",
    "list": "项目申报信息表",
    "placeholder": "苏州市科技计划项目信息表",
    "para": "项目基本情况",
    "grid-ttf": "项目信息表",
    "landscape": "科技项目申报信息汇总表（单个项目）",
    "narrow": "项目信息",
    "odt": "苏州市科技项目信息表",
    "rows": "课题基本信息表",
    "kv": "项目信息表",
    "merged": "项目信息表",
    "jsform": "苏州市科技发展计划项目申报表",
    "inline": "项目信息表",
    "rl-split": "项目基本信息表",
    "underline": "项目基本情况",
    "grouped": "项目申报信息表",
    "fullwidth": "项目信息表",
    "bilingual": "项目信息表 Project Information",
    "sdt": "项目信息表",
    "nested": "项目信息表（带*为必填）",
    "unitcol": "项目信息登记表",
    "textbox": "项目信息表",
    "budgettable": "项目基本信息",
    "rowspdf": "项目信息表",
    "tabs": "项目信息",
    "sections": "项目申报信息表",
    "enum": "项目基本信息",
    "odt4": "项目信息表",
    "twoline": "苏州市科技计划项目申报信息表",
    "qianyuan": "项目基本信息表",
    "onecol": "项目申报基本信息",
    "twopair": "项目信息表",
    "formfield": "苏州市科技计划项目信息表（电子表单）",
    "borderless4": "项目基本信息",
    "notes": "项目申报信息表",
    "twopage": "苏州市科技计划项目信息表",
    "engname": "项目信息表",
    "yuansign": "项目基本信息表",
    "scan": "苏州市科技计划项目信息表",
    "hanzi": "项目基本情况表",
    "onedocx": "一、项目基本信息",
    "photo": "项目信息表",
    "tracked": "苏州市科技计划项目信息表",
    "headfoot": "项目信息表",
    "mergedscan": "苏州市科技计划项目信息表",
    "rotated": "项目基本信息表",
    "colorscan": "苏州市科技计划项目信息表",
    "docximg": "苏州市科技计划项目信息表",
    "ocrlayer": "项目信息表",
    "notounicode": "苏州市科技计划项目信息表",
    "certphoto": "苏州市科技计划项目信息表",
    "outlines": "项目信息表",
    "sealedinfo": "苏州市科技计划项目信息表",
    "watermark": "苏州市科技计划项目信息表",
    "bilevel": "项目信息表",
    "sysprint": "苏州市科技计划项目信息表",
    "restricted": "项目信息表",
    "xlsx": "苏州市科技计划项目信息表",
    "screenshot": "项目信息表",
    "acroform": "苏州市科技计划项目信息表",
    "abstractcell": "项目信息表",
    "twoup": "苏州市科技计划项目信息表",
    "dotleader": "苏州市科技计划项目基本信息",
    "blanks": "项目申报登记表",
    "vanish": "苏州市科技计划项目信息表",
    "zipgbk": "项目信息表",
    "phonescan": "苏州市科技计划项目信息表",
    "chromeprint": "苏州市科技计划项目网上申报 — 项目信息",
    "budgetdetail": "苏州市科技计划项目信息表",
    "vertical": "项目基本信息表",
    "pandoc": "项目基本信息表",
    "xetex": "苏州市科技计划项目信息表",
    "abiword": "项目申报信息表",
    "indexcol": "苏州市科技计划项目信息表",
    "wide": "项目申报信息汇总表",
    "finance": "企业研发项目申报表",
    "apptable": "项目信息表",
    "cairo": "苏州市科技计划项目信息表",
    "numlist": "项目基本信息表",
    "altcontent": "苏州市科技计划项目信息表",
    "mailmerge": "项目信息表",
    "covertable": "苏州市科技计划项目信息表",
    "decorated": "项目信息表",
    "combined": "苏州市科技计划项目信息表",
    "yearly": "项目信息表",
    "colorder": "苏州市科技计划项目信息表",
    "rowspan": "项目信息表",
    "kpitable": "苏州市科技计划项目信息表",
    "titlerow": "苏州市科技计划项目信息表",
    "upsidedown": "项目信息表",
    "whitetext": "苏州市科技计划项目信息表",
    "whitepdf": "苏州市科技计划项目信息表",
    "strikeout": "项目信息表",
    "unitcell": "苏州市科技计划项目信息表",
    "plchdr": "项目信息表",
    "plchdrpdf": "苏州市科技计划项目信息表",
    "symtick": "项目信息表",
    "symtickpdf": "苏州市科技计划项目信息表",
    "pagebreak": "苏州市科技计划项目信息表",
    "htmldoc": "苏州市科技计划项目信息表",
    "altchunk": "项目信息表",
    "twocol": "苏州市科技计划项目信息表",
    "worddoc": "苏州市科技计划项目信息表",
    "rtfdoc": "项目信息表",
    "distribute": "苏州市科技计划项目申报信息表",
    "sideways": "苏州市科技计划项目信息表",
    "xlsinfo": "项目信息表",
    "budgetfile": "苏州市科技计划项目信息表",
    "odtfile": "项目信息表",
    "ofdcert": "苏州市科技计划项目信息表",
    "jbig2scan": "项目信息表",
    "jp2scan": "苏州市科技计划项目信息表",
    "strictxml": "项目信息表",
    "webpimg": "项目信息表",
    "pdfattach": "苏州市科技计划项目信息表",
    "xfaform": "苏州市科技计划项目信息表",
    "heicphoto": "项目信息表",
    "psprint": "苏州市科技计划项目信息表",
    "type3font": "项目基本信息表",
    "wordxml": "苏州市科技计划项目信息表",
    "oleexcel": "项目信息表",
    "sevenzip": "项目信息表",
    "imgtable": "苏州市科技计划项目信息表",
    "esign": "项目信息表",
    "codeboxes": "苏州市科技计划项目基本信息表",
    "xlsold": "苏州市科技计划项目信息表",
    "xlsdict": "项目信息表",
    "rotlabel": "苏州市科技计划项目信息表",
    "emfpaste": "苏州市科技计划项目信息表",
    "olexls": "项目信息表",
    "ofdprint": "苏州市科技计划项目信息表",
    "ocglayer": "苏州市科技计划项目信息表",
    "xmlsheet": "科技计划项目信息表",
    "htmlxls": "苏州市科技计划项目信息表",
    "databind": "苏州市科技计划项目信息表",
    "typewriter": "项目信息表",
    "csvexport": "苏州市科技计划项目信息表",
    "moverev": "苏州市科技计划项目信息表",
    "smartart": "项目信息表",
    "calcprint": "苏州市科技计划项目信息表",
    "emlpkg": "项目信息表",
    "docprop": "苏州市科技计划项目信息表",
    "opinions": "苏州市科技计划项目申报信息表",
    "portfolio": "苏州市科技计划项目信息表",
    "splitapp": "项目信息表",
    "example": "苏州市科技计划项目信息表",
    "scanform": "项目信息表",
    "xlshidden": "项目信息表",
    "footnote": "苏州市科技计划项目信息表",
    "notemarks": "项目信息表",
    "cellbreak": "苏州市科技计划项目信息表",
    "whiteout": "苏州市科技计划项目信息表",
    "jointunits": "苏州市科技计划项目申报信息表",
    "reviewed": "苏州市科技计划项目信息表",
    "fanti": "苏州市科技计划项目申报信息表",
    "strikepdf": "项目信息表",
    "twvocab": "苏州市科技计划项目信息表",
    "pdf2word": "苏州市科技计划项目信息表",
    "pasted": "苏州市科技计划项目信息表",
    "framed": "苏州市科技计划项目申报信息表",
    "odsinfo": "项目信息表",
    "leftnotes": "苏州市科技计划项目信息表",
    "smarttag": "苏州市科技计划项目信息表",
    "stacked": "项目基本信息表",
    "ffdropdown": "苏州市科技计划项目信息表",
    "synonyms": "科技计划项目申报信息表",
    "mailbody": "项目信息表",
    "docxchunk": "苏州市科技计划项目信息表",
    "rtfchunk": "项目信息表",
    "posboxes": "苏州市科技计划项目信息表",
    "posframes": "项目信息表",
    "wordonline": "项目基本信息表",
    "datewords": "项目信息表",
    "vmlboxes": "苏州市科技计划项目信息表",
    "spaced": "项目基本情况表",
    "datecells": "苏州市科技计划项目信息表",
    "rubydocx": "项目信息表",
    "rubypdf": "苏州市科技计划项目信息表",
    "hybridpdf": "项目信息表",
    "tickmarks": "苏州市科技计划项目信息表",
    "swapnames": "项目信息表",
    "divform": "项目申报信息",
    "underpdf": "项目基本情况表",
    "lofields": "项目信息填报",
    "hmerge": "苏州市科技计划项目信息表",
    "groupboxes": "项目信息表",
    "badxref": "项目信息表",
    "squeeze": "苏州市科技计划项目信息表",
    "revised": "项目基本信息表",
    "skewscan": "项目信息表",
    "faxscan": "苏州市科技计划项目信息表",
    "canvas": "项目信息表",
    "mhtdoc": "苏州市科技计划项目信息表",
    "diagslash": "项目基本信息表",
    "reportpdf": "苏州市科技计划项目申报信息表",
    "englayer": "项目信息表",
    "lowres": "苏州市科技计划项目信息表",
    "sealdocx": "项目基本信息表",
    "shadedscan": "苏州市科技计划项目信息表",
    "signedscan": "项目信息表",
    "twopagescan": "苏州市科技计划项目信息表",
    "fadedscan": "项目信息表",
    "foldscan": "苏州市科技计划项目信息表",
    "copyscan": "项目基本信息表",
    "weasyprint": "苏州市科技计划项目申报信息",
    "fpdfinfo": "项目信息表",
    "wkhtml": "苏州市科技计划项目信息表",
    "mobileshot": "项目申报详情",
    "camscan": "苏州市科技计划项目信息表",
    "webpaste": "项目信息表",
    "xlsformula": "苏州市科技计划项目信息表",
    "exifphoto": "项目信息表",
    "mergedorder": "苏州市科技计划项目信息表",
    "darkmode": "项目信息",
    "alphapng": "项目信息表",
    "gridskip": "苏州市科技计划项目信息表",
    "bleedscan": "项目信息表",
    "ditherscan": "苏州市科技计划项目信息表",
    "fakebold": "项目基本信息表",
    "wpsfile": "苏州市科技计划项目信息表",
    "etfile": "项目信息表",
    "pdfa": "苏州市科技计划项目申报信息表",
    "fodtfile": "项目信息表",
    "uotfile": "苏州市科技计划项目信息表",
    "cmykscan": "项目申报信息表",
    "kaiscan": "苏州市科技计划项目信息表",
    "gbkcmap": "项目基本信息表",
    "puamap": "项目信息表",
    "savedform": "项目申报信息",
    "tiflzw": "苏州市科技计划项目信息表",
    "txtinfo": "项目信息表",
    "duplexscan": "苏州市科技计划项目信息表",
    "bwseal": "项目信息表",
    "wordwatermark": "苏州市科技计划项目申报信息表",
    "pdfmake": "项目申报信息表（系统导出）",
    "mupdf": "苏州市科技计划项目信息表",
    "xslfo": "项目基本信息",
    "jspdf": "项目申报信息",
    "drawedit": "苏州市科技计划项目信息表",
    "docxjs": "项目信息表",
    "itextpdf": "苏州市科技计划项目申报信息表",
    "odfpy": "项目信息表",
    "xlsxwriter": "项目基本信息表",
    "odttracked": "项目信息表",
    "odthidden": "苏州市科技计划项目信息表",
    "wrapscan": "苏州市科技计划项目信息表",
    "quarterfold": "项目信息表",
    "widesheet": "苏州市科技计划项目申报汇总信息",
    "appendixparts": "苏州市科技计划项目信息表",
    "cropbox": "苏州市科技计划项目信息表",
    "actualtext": "项目基本信息表",
    "docxcrop": "苏州市科技计划项目信息表",
    "vmlcrop": "苏州市科技计划项目信息表",
    "clipscan": "苏州市科技计划项目信息表",
    "typst": "苏州市科技计划项目信息表",
    "odtcrop": "苏州市科技计划项目信息表",
    "odtscan": "苏州市科技计划项目信息表",
    "xlsxshot": "苏州市科技计划项目信息表",
    "odsshot": "苏州市科技计划项目信息表",
    "tcpdf": "苏州市科技计划项目申报信息表",
    "dompdf": "苏州市科技计划项目信息表",
    "docscan": "苏州市科技计划项目基本信息表",
    "pdfoverlay": "苏州市科技计划项目申报信息表",
    "cjklatex": "苏州市科技计划项目信息表",
    "lualatex": "项目基本信息表",
    "poixls": "科技项目申报信息登记表",
    "gnmprint": "苏州市科技计划项目信息表",
    "gnmxlsx": "项目申报基本信息",
    "pdfbox": "科技计划项目申报信息表",
    "calligra": "苏州市科技计划项目信息表",
    "paps": "项目信息表",
    "xhtml2pdf": "苏州市科技计划项目申报信息表",
    "asciidoc": "项目基本信息",
    "rsvg": "科技项目申报表",
    "docxtpl": "项目申报基本信息表",
    "pdfapi2": "科技计划项目信息表",
    "officegen": "苏州市科技项目信息表",
    "haru": "苏州市科技计划项目申报表",
    "htmldocx": "项目申报信息",
    "prawn": "苏州市科技计划项目基本信息表",
    "scribus": "科技项目申报信息表",
    "reactpdf": "项目申报信息一览表",
    "odfdo": "苏州市科技计划项目信息表",
    "skia": "苏州市科技发展计划项目基本信息表",
    "rinoh": "项目信息表",
    "dtpl": "科技计划项目申报信息表",
    "docxrs": "苏州市科技计划项目信息表",
    "printpdf": "项目申报基本信息",
    "gofpdf": "科技项目申报信息表",
    "orgodt": "项目基本信息表",
    "rofficer": "科技计划项目申报信息表",
    "abipdf": "项目申报信息表",
    "wpsdocx": "苏州市科技计划项目申报信息表",
    "context": "项目基本信息表",
    "oodoc": "苏州市科技计划项目申报信息表",
    "exceljs": "科技计划项目申报信息导出表",
    "itextrtf": "苏州市科技计划项目信息表",
    "composed": "项目信息表",
    "rbpdf": "科技计划项目申报信息",
    "goxlsx": "苏州市科技项目信息表",
    "flyingsaucer": "科技计划项目基本信息表",
    "pyfpdf": "项目基本情况表",
    "xlwt": "科技项目申报信息汇总表",
    "sheetjs": "项目申报信息",
    "qtpdf": "项目基本信息",
    "qtodt": "科技项目申报信息表",
    "odfdom": "苏州市科技计划项目申报表",
    "perlxlsx": "项目申报信息",
    "xmlworker": "科技计划项目申报信息表",
    "jxl": "苏州市科技计划项目信息表",
    "rubyxls": "科技项目申报信息表",
    "pyexcelerate": "项目申报信息",
    "podofo": "苏州市科技发展计划项目基本信息表",
    "writeexcel": "项目基本信息",
    "pandocrtf": "科技计划项目申报信息表",
    "openxlsx": "项目信息",
    "latex2rtf": "苏州市科技计划项目申报信息表",
    "lxw": "项目申报基本信息",
    "gnmxls": "苏州市科技计划项目信息表",
    "gnmods": "项目申报信息表",
    "pylightxl": "项目信息汇总",
    "ezodf": "苏州市科技计划项目申报表",
    "xlpop": "项目申报信息表",
    "e4n": "科技计划项目申报信息",
    "wxf": "项目基本信息",
    "sodf": "苏州市科技计划项目信息表",
    "umya": "科技计划项目申报信息表",
    "pdfme": "苏州市科技计划项目信息表",
    "pdfkit": "苏州市科技计划项目信息表（打印）",
    "xlsxtpl": "苏州市科技计划项目申报信息表",
    "csscols": "项目申报信息（打印预览）",
    "docxcols": "苏州市科技计划项目信息表",
    "stackcell": "苏州市科技计划项目申报信息表",
    "bsform": "项目详情",
    "grouphead": "苏州市科技计划项目信息表",
    "coloncol": "科技计划项目申报信息",
    "layoutdocx": "苏州市科技计划项目信息表",
    "layoutpdf": "项目申报基本信息",
}

# Extra rows some families carry: placeholders, instructions, not fields.
EXTRA = {
    "placeholder": [("项目编号", "（系统生成，无需填写）"), ("受理日期", "/"), ("备注", "请填写需要说明的其他事项")],
    "lixiang": [("立项编号", "（由财务部门填写）")],
    "odt": [("项目编号", "")],
    "grid-ttf": [("项目类别", "—")],
}


# ---------------------------------------------------------------------------------------------
# Application, cover, commitment, agreement as each family writes them

def sentences(t):
    a = t["abstract"]
    s = [x.strip() for x in a["abstract"].replace(".", "。").split("。") if x.strip()]
    return s


def target_items(t):
    items = []
    items.append("申请发明专利3项，其中授权1项" if t.get("patent", True) else "申请实用新型专利4项，软件著作权2项")
    if t.get("deliverable", True):
        items.append({"数字创新": "研制样机2台套，完成系统集成与测试", "装备制造": "完成样机1台并通过第三方检测",
                      "先进材料": "完成小试工艺验证，形成小试样品"}[t["special"]])
    items.append("发表高水平论文2篇，培养研发人员5名")
    return items


HEADINGS = {  # heading style → how the five sections are titled
    "cn": ["一、立项依据", "二、研究内容", "三、创新点", "四、考核指标", "五、实施期限"],
    "part": ["第一部分 项目概述", "第二部分 主要研究内容", "第三部分 项目特色与创新", "第四部分 预期目标与考核指标", "第五部分 进度安排"],
    "num": ["1. 立项背景与意义", "2. 研究内容", "3. 创新之处", "4. 考核指标", "5. 实施期限"],
    "dec": ["1 项目背景", "2 研究开发内容", "3 技术创新点", "4 主要技术指标及考核指标", "5 项目实施周期"],
    "bold": ["立项依据", "研究内容与技术路线", "创新点", "考核指标", "实施期限"],
    "paren": ["（一）项目的必要性", "（二）主要研究内容", "（三）创新点", "（四）考核指标", "（五）实施期限"],
}
APP_STYLE = {"prov": "cn", "nsfc": "num", "lixiang": "part", "grid-cid": "dec", "ooxml": "paren", "list": "bold",
             "placeholder": "num", "para": "part", "grid-ttf": "cn", "landscape": "dec", "narrow": "paren", "odt": "bold",
             "rows": "paren", "kv": "dec", "merged": "cn", "jsform": "num", "inline": "part", "rl-split": "cn",
             "underline": "paren", "grouped": "num", "fullwidth": "cn", "bilingual": "dec", "sdt": "part",
             "nested": "cn", "unitcol": "num", "textbox": "paren", "budgettable": "part", "rowspdf": "num",
             "tabs": "cn", "sections": "paren", "enum": "dec", "odt4": "cn", "twoline": "part", "qianyuan": "num",
             "onecol": "cn", "twopair": "paren", "formfield": "num", "borderless4": "cn", "notes": "dec",
             "twopage": "paren", "engname": "num", "yuansign": "part", "scan": "cn", "hanzi": "paren", "onedocx": "num",
             "photo": "num", "tracked": "cn", "headfoot": "part", "mergedscan": "cn", "rotated": "num", "colorscan": "paren",
             "docximg": "cn", "ocrlayer": "num", "notounicode": "dec",
             "certphoto": "paren", "outlines": "cn", "sealedinfo": "num",
             "watermark": "cn", "bilevel": "dec", "sysprint": "paren",
             "restricted": "num", "xlsx": "cn", "screenshot": "part",
             "acroform": "paren", "abstractcell": "num", "twoup": "cn",
             "dotleader": "cn", "blanks": "num", "vanish": "paren", "zipgbk": "dec", "phonescan": "cn",
             "chromeprint": "num", "budgetdetail": "part", "vertical": "paren",
             "pandoc": "paren", "xetex": "part", "abiword": "dec", "indexcol": "num", "wide": "cn",
             "finance": "cn", "apptable": "bold", "cairo": "num", "numlist": "bold",
             "altcontent": "paren", "mailmerge": "num", "covertable": "cn", "decorated": "dec",
             "combined": "num", "yearly": "part", "colorder": "cn",
             "rowspan": "paren", "kpitable": "cn", "titlerow": "num",
             "upsidedown": "cn", "whitetext": "paren", "whitepdf": "num",
             "strikeout": "dec", "unitcell": "part",
             "plchdr": "cn", "plchdrpdf": "num", "symtick": "paren", "symtickpdf": "dec", "pagebreak": "cn",
             "htmldoc": "num", "altchunk": "paren", "twocol": "part",
             "worddoc": "cn", "rtfdoc": "num", "distribute": "paren",
             "sideways": "num", "xlsinfo": "cn", "budgetfile": "dec",
             "odtfile": "paren", "ofdcert": "cn",
             "jbig2scan": "num", "jp2scan": "cn", "strictxml": "dec",
             "webpimg": "paren", "pdfattach": "cn", "xfaform": "num",
             "heicphoto": "cn", "psprint": "paren", "type3font": "dec",
             "wordxml": "num", "oleexcel": "cn", "sevenzip": "paren",
             "imgtable": "dec", "esign": "num", "codeboxes": "cn",
             "xlsold": "paren", "xlsdict": "cn", "rotlabel": "num",
             "emfpaste": "dec", "olexls": "paren", "ofdprint": "cn",
             "ocglayer": "num", "xmlsheet": "cn", "htmlxls": "paren",
             "databind": "dec", "typewriter": "num", "csvexport": "cn",
             "moverev": "paren", "smartart": "cn", "calcprint": "num",
             "emlpkg": "dec", "docprop": "paren", "opinions": "cn",
             "portfolio": "num", "splitapp": "cn",
             "example": "dec", "scanform": "paren", "xlshidden": "num",
             "footnote": "cn", "notemarks": "dec", "cellbreak": "paren",
             "whiteout": "num", "jointunits": "cn", "reviewed": "dec", "fanti": "cn",
             "strikepdf": "num", "twvocab": "dec", "pdf2word": "cn",
             "pasted": "cn", "framed": "num", "odsinfo": "dec",
             "leftnotes": "num", "smarttag": "cn", "stacked": "dec",
             "ffdropdown": "cn", "synonyms": "num", "mailbody": "dec",
             "docxchunk": "num", "rtfchunk": "cn",
             "posboxes": "cn", "posframes": "num", "wordonline": "dec", "datewords": "cn",
             "vmlboxes": "num", "spaced": "cn", "datecells": "dec",
             "rubydocx": "cn", "rubypdf": "num", "hybridpdf": "cn",
             "tickmarks": "num", "swapnames": "cn",
             "divform": "dec", "underpdf": "cn",
             "lofields": "num", "hmerge": "cn", "groupboxes": "num",
             "badxref": "cn", "squeeze": "num", "revised": "dec",
             "skewscan": "num", "faxscan": "cn", "canvas": "dec",
             "mhtdoc": "num", "diagslash": "cn", "reportpdf": "paren",
             "englayer": "dec", "lowres": "num", "sealdocx": "cn",
             "shadedscan": "paren", "signedscan": "num", "twopagescan": "dec",
             "fadedscan": "cn", "foldscan": "num", "copyscan": "paren",
             "weasyprint": "dec", "fpdfinfo": "cn", "wkhtml": "num",
             "mobileshot": "cn", "camscan": "num", "webpaste": "dec",
             "xlsformula": "num", "exifphoto": "paren", "mergedorder": "cn",
             "darkmode": "dec", "alphapng": "num", "gridskip": "cn",
             "bleedscan": "paren", "ditherscan": "cn", "fakebold": "num",
             "wpsfile": "cn", "etfile": "dec", "pdfa": "paren",
             "fodtfile": "num", "uotfile": "cn", "cmykscan": "dec",
             "kaiscan": "paren", "gbkcmap": "num", "puamap": "cn",
             "savedform": "dec", "tiflzw": "cn", "txtinfo": "paren",
             "duplexscan": "num", "bwseal": "cn", "wordwatermark": "dec",
             "pdfmake": "cn", "mupdf": "paren", "xslfo": "num",
             "jspdf": "dec", "drawedit": "cn", "docxjs": "part",
             "itextpdf": "cn", "odfpy": "num", "xlsxwriter": "paren",
             "odttracked": "dec", "odthidden": "cn", "wrapscan": "num", "quarterfold": "paren",
             "widesheet": "cn", "appendixparts": "num",
             "cropbox": "paren", "actualtext": "cn",
             "docxcrop": "num", "vmlcrop": "cn", "clipscan": "paren", "typst": "cn", "odtcrop": "num",
             "odtscan": "paren", "xlsxshot": "num", "odsshot": "cn",
             "tcpdf": "num", "dompdf": "cn", "docscan": "paren",
             "pdfoverlay": "cn", "cjklatex": "num", "lualatex": "paren",
             "poixls": "num", "gnmprint": "paren", "gnmxlsx": "cn",
             "pdfbox": "cn", "calligra": "num", "paps": "paren",
             "xhtml2pdf": "paren", "asciidoc": "cn", "rsvg": "num",
             "docxtpl": "cn", "pdfapi2": "num", "officegen": "paren",
             "haru": "paren", "htmldocx": "cn",
             "prawn": "dec", "scribus": "part",
             "reactpdf": "num", "odfdo": "cn",
             "skia": "paren", "rinoh": "cn", "dtpl": "bold",
             "docxrs": "cn", "printpdf": "num",
             "gofpdf": "paren", "orgodt": "cn",
             "rofficer": "cn", "abipdf": "dec",
             "wpsdocx": "cn", "context": "paren",
             "oodoc": "num", "exceljs": "cn", "itextrtf": "paren", "composed": "cn",
             "rbpdf": "num", "goxlsx": "cn", "flyingsaucer": "paren",
             "pyfpdf": "cn", "xlwt": "num", "sheetjs": "cn",
             "qtpdf": "num", "qtodt": "cn", "odfdom": "paren", "perlxlsx": "cn",
             "xmlworker": "cn", "jxl": "num", "rubyxls": "paren", "pyexcelerate": "cn",
             "podofo": "num", "writeexcel": "cn", "pandocrtf": "cn", "openxlsx": "paren",
             "latex2rtf": "cn", "lxw": "num", "gnmxls": "paren", "gnmods": "cn",
             "pylightxl": "cn", "ezodf": "num", "xlpop": "paren", "e4n": "cn",
             "wxf": "num", "sodf": "paren", "umya": "cn", "pdfme": "num", "pdfkit": "paren", "xlsxtpl": "cn", "csscols": "num", "docxcols": "cn",
             "stackcell": "paren", "bsform": "cn", "grouphead": "num", "coloncol": "paren",
             "layoutdocx": "cn", "layoutpdf": "num"}
ITEM = {"cn": "（{i}）", "part": "{i}．", "num": "（{i}）", "dec": "4.{i} ", "bold": "{i}) ", "paren": "{i}."}
COVER = {  # where the cover is: separate file, first page of the application
    "prov": "separate", "nsfc": "inside", "lixiang": "separate", "grid-cid": "inside", "ooxml": "separate",
    "list": "inside", "placeholder": "separate", "para": "inside", "grid-ttf": "separate", "landscape": "inside",
    "narrow": "inside", "odt": "separate", "rows": "separate", "kv": "inside", "merged": "separate",
    "jsform": "separate", "inline": "inside", "rl-split": "inside", "underline": "separate",
    "grouped": "inside", "fullwidth": "separate", "bilingual": "inside", "sdt": "separate",
    "nested": "separate", "unitcol": "inside", "textbox": "separate",
    "budgettable": "inside", "rowspdf": "separate", "tabs": "inside",
    "sections": "inside", "enum": "separate", "odt4": "separate", "twoline": "inside", "qianyuan": "separate",
    "onecol": "separate", "twopair": "inside", "formfield": "separate", "borderless4": "inside",
    "notes": "separate", "twopage": "separate", "engname": "inside", "yuansign": "separate", "scan": "separate",
    "hanzi": "inside", "onedocx": "inside", "photo": "separate", "tracked": "inside", "headfoot": "separate",
    "mergedscan": "separate", "rotated": "separate", "colorscan": "separate", "docximg": "separate",
    "ocrlayer": "inside", "notounicode": "separate", "certphoto": "separate", "outlines": "inside",
    "sealedinfo": "separate", "watermark": "inside", "bilevel": "separate", "sysprint": "separate",
    "restricted": "separate", "xlsx": "separate", "screenshot": "inside",
    "acroform": "separate", "abstractcell": "inside", "twoup": "separate",
    "dotleader": "inside", "blanks": "separate", "vanish": "separate", "zipgbk": "separate", "phonescan": "inside",
    "chromeprint": "separate", "budgetdetail": "inside", "vertical": "separate",
    "pandoc": "inside", "xetex": "separate", "abiword": "separate", "indexcol": "inside", "wide": "separate",
    "finance": "separate", "apptable": "inside", "cairo": "separate", "numlist": "separate",
    "altcontent": "separate", "mailmerge": "inside", "covertable": "separate", "decorated": "separate",
    "combined": "separate", "yearly": "inside", "colorder": "inside",
    "rowspan": "separate", "kpitable": "separate", "titlerow": "inside",
    "upsidedown": "separate", "whitetext": "separate", "whitepdf": "inside",
    "strikeout": "separate", "unitcell": "inside",
    "plchdr": "separate", "plchdrpdf": "inside", "symtick": "inside", "symtickpdf": "separate", "pagebreak": "separate",
    "htmldoc": "separate", "altchunk": "inside", "twocol": "separate",
    "worddoc": "separate", "rtfdoc": "inside", "distribute": "separate",
    "sideways": "inside", "xlsinfo": "separate", "budgetfile": "inside",
    "odtfile": "separate", "ofdcert": "inside",
    "jbig2scan": "separate", "jp2scan": "inside", "strictxml": "separate",
    "webpimg": "inside", "pdfattach": "inside", "xfaform": "separate",
    "heicphoto": "separate", "psprint": "inside", "type3font": "separate",
    "wordxml": "separate", "oleexcel": "inside", "sevenzip": "separate",
    "imgtable": "inside", "esign": "separate", "codeboxes": "inside",
    "xlsold": "separate", "xlsdict": "inside", "rotlabel": "separate",
    "emfpaste": "inside", "olexls": "separate", "ofdprint": "separate",
    "ocglayer": "separate", "xmlsheet": "inside", "htmlxls": "separate",
    "databind": "inside", "typewriter": "separate", "csvexport": "inside",
    "moverev": "separate", "smartart": "inside", "calcprint": "separate",
    "emlpkg": "inside", "docprop": "separate", "opinions": "inside",
    "portfolio": "separate", "splitapp": "inside",
    "example": "separate", "scanform": "inside", "xlshidden": "separate",
    "footnote": "inside", "notemarks": "separate", "cellbreak": "separate",
    "whiteout": "separate", "jointunits": "inside", "reviewed": "separate", "fanti": "separate",
    "strikepdf": "inside", "twvocab": "inside", "pdf2word": "separate",
    "pasted": "separate", "framed": "inside", "odsinfo": "separate",
    "leftnotes": "separate", "smarttag": "inside", "stacked": "separate",
    "ffdropdown": "separate", "synonyms": "inside", "mailbody": "separate",
    "docxchunk": "separate", "rtfchunk": "inside",
    "posboxes": "separate", "posframes": "inside", "wordonline": "separate", "datewords": "inside",
    "vmlboxes": "separate", "spaced": "inside", "datecells": "separate",
    "rubydocx": "separate", "rubypdf": "inside", "hybridpdf": "separate",
    "tickmarks": "inside", "swapnames": "separate",
    "divform": "separate", "underpdf": "inside",
    "lofields": "inside", "hmerge": "separate", "groupboxes": "separate",
    "badxref": "separate", "squeeze": "inside", "revised": "separate",
    "skewscan": "inside", "faxscan": "separate", "canvas": "separate",
    "mhtdoc": "inside", "diagslash": "separate", "reportpdf": "inside",
    "englayer": "separate", "lowres": "inside", "sealdocx": "separate",
    "shadedscan": "inside", "signedscan": "separate", "twopagescan": "inside",
    "fadedscan": "separate", "foldscan": "inside", "copyscan": "separate",
    "weasyprint": "inside", "fpdfinfo": "separate", "wkhtml": "inside",
    "mobileshot": "separate", "camscan": "inside", "webpaste": "separate",
    "xlsformula": "inside", "exifphoto": "separate", "mergedorder": "separate",
    "darkmode": "inside", "alphapng": "separate", "gridskip": "inside",
    "bleedscan": "separate", "ditherscan": "inside", "fakebold": "inside",
    "wpsfile": "separate", "etfile": "inside", "pdfa": "separate",
    "fodtfile": "inside", "uotfile": "separate", "cmykscan": "inside",
    "kaiscan": "separate", "gbkcmap": "inside", "puamap": "separate",
    "savedform": "inside", "tiflzw": "separate", "txtinfo": "inside",
    "duplexscan": "separate", "bwseal": "inside", "wordwatermark": "separate",
    "pdfmake": "separate", "mupdf": "inside", "xslfo": "separate",
    "jspdf": "inside", "drawedit": "separate", "docxjs": "inside",
    "itextpdf": "separate", "odfpy": "inside", "xlsxwriter": "separate",
    "odttracked": "separate", "odthidden": "inside", "wrapscan": "separate", "quarterfold": "inside",
    "widesheet": "separate", "appendixparts": "inside",
    "cropbox": "inside", "actualtext": "separate",
    "docxcrop": "separate", "vmlcrop": "inside", "clipscan": "separate", "typst": "inside",
    "odtcrop": "separate", "odtscan": "inside", "xlsxshot": "separate", "odsshot": "inside",
    "tcpdf": "separate", "dompdf": "inside", "docscan": "separate",
    "pdfoverlay": "separate", "cjklatex": "inside", "lualatex": "separate",
    "poixls": "inside", "gnmprint": "separate", "gnmxlsx": "separate",
    "pdfbox": "separate", "calligra": "inside", "paps": "separate",
    "xhtml2pdf": "inside", "asciidoc": "separate", "rsvg": "separate",
    "docxtpl": "separate", "pdfapi2": "inside", "officegen": "separate",
    "haru": "separate", "htmldocx": "inside",
    "prawn": "inside", "scribus": "separate",
    "reactpdf": "separate", "odfdo": "inside",
    "skia": "inside", "rinoh": "separate", "dtpl": "inside",
    "docxrs": "inside", "printpdf": "separate",
    "gofpdf": "inside", "orgodt": "separate",
    "rofficer": "inside", "abipdf": "separate",
    "wpsdocx": "separate", "context": "inside",
    "oodoc": "separate", "exceljs": "inside", "itextrtf": "inside", "composed": "separate",
    "rbpdf": "separate", "goxlsx": "inside", "flyingsaucer": "inside",
    "pyfpdf": "inside", "xlwt": "separate", "sheetjs": "inside",
    "qtpdf": "inside", "qtodt": "separate", "odfdom": "inside", "perlxlsx": "separate",
    "xmlworker": "separate", "jxl": "inside", "rubyxls": "separate", "pyexcelerate": "inside",
    "podofo": "inside", "writeexcel": "separate", "pandocrtf": "inside", "openxlsx": "separate",
    "latex2rtf": "separate", "lxw": "inside", "gnmxls": "inside", "gnmods": "separate",
    "pylightxl": "separate", "ezodf": "inside", "xlpop": "inside", "e4n": "separate",
    "wxf": "separate", "sodf": "inside", "umya": "inside", "pdfme": "separate", "pdfkit": "inside", "xlsxtpl": "separate", "csscols": "separate", "docxcols": "inside",
    "stackcell": "separate", "bsform": "inside", "grouphead": "inside", "coloncol": "separate",
    "layoutdocx": "separate", "layoutpdf": "inside"}
COMMIT_TITLE = {"prov": "科研诚信承诺书", "nsfc": "信用承诺书", "lixiang": "项目申报单位诚信承诺书", "grid-cid": "承诺书",
                "ooxml": "信用承诺书", "list": "申报单位信用承诺", "placeholder": "信用承诺书", "para": "诚信承诺书",
                "grid-ttf": "科研信用承诺书", "landscape": "信用承诺书", "narrow": "项目申报信用承诺书", "odt": "承诺函",
                "rows": "依托单位科研诚信承诺书", "kv": "信用承诺书", "merged": "申报单位承诺书", "jsform": "信用承诺书",
                "inline": "诚信承诺书", "rl-split": "信用承诺书", "underline": "申报诚信承诺书", "grouped": "信用承诺书",
                "fullwidth": "项目申报信用承诺书", "bilingual": "信用承诺书 Integrity Commitment", "sdt": "诚信承诺书",
                "nested": "信用承诺书", "unitcol": "承诺书", "textbox": "信用承诺书", "budgettable": "诚信承诺书",
                "rowspdf": "信用承诺书", "tabs": "承诺书", "sections": "信用承诺书", "enum": "诚信承诺书",
                "odt4": "信用承诺书", "twoline": "申报单位信用承诺书", "qianyuan": "科研诚信承诺书", "onecol": "信用承诺书",
                "twopair": "承诺书", "formfield": "信用承诺书", "borderless4": "诚信承诺书", "notes": "项目申报承诺书", "twopage": "信用承诺书",
                "engname": "信用承诺书", "yuansign": "诚信承诺书", "scan": "信用承诺书", "hanzi": "科研诚信承诺书",
                "onedocx": "二、信用承诺书", "photo": "信用承诺书", "tracked": "诚信承诺书", "headfoot": "信用承诺书",
                "mergedscan": "信用承诺书", "rotated": "承诺书", "colorscan": "信用承诺书",
                "docximg": "信用承诺书", "ocrlayer": "诚信承诺书", "notounicode": "信用承诺书",
                "certphoto": "信用承诺书", "outlines": "信用承诺书", "sealedinfo": "承诺书",
                "watermark": "信用承诺书", "bilevel": "科研诚信承诺书", "sysprint": "申报单位信用承诺书",
                "restricted": "信用承诺书", "xlsx": "承诺书", "screenshot": "信用承诺书",
                "acroform": "信用承诺书", "abstractcell": "科研诚信承诺书", "twoup": "信用承诺书",
                "dotleader": "信用承诺书", "blanks": "诚信承诺书", "vanish": "信用承诺书", "zipgbk": "承诺书",
                "phonescan": "科研诚信承诺书", "chromeprint": "信用承诺书", "budgetdetail": "诚信承诺书",
                "vertical": "信用承诺书", "pandoc": "信用承诺书", "xetex": "科研诚信承诺书",
                "abiword": "承诺书", "indexcol": "诚信承诺书", "wide": "信用承诺书", "finance": "企业信用承诺书",
                "apptable": "信用承诺书", "cairo": "诚信承诺书", "numlist": "信用承诺书",
                "altcontent": "信用承诺书", "mailmerge": "承诺书", "covertable": "信用承诺书", "decorated": "诚信承诺书",
                "combined": "信用承诺书", "yearly": "诚信承诺书", "colorder": "承诺书",
                "rowspan": "信用承诺书", "kpitable": "科研诚信承诺书", "titlerow": "信用承诺书",
                "upsidedown": "信用承诺书", "whitetext": "信用承诺书", "whitepdf": "诚信承诺书",
                "strikeout": "信用承诺书", "unitcell": "承诺书",
                "plchdr": "信用承诺书", "plchdrpdf": "诚信承诺书", "symtick": "承诺书", "symtickpdf": "信用承诺书",
                "pagebreak": "信用承诺书", "htmldoc": "信用承诺书", "altchunk": "诚信承诺书", "twocol": "承诺书",
                "worddoc": "信用承诺书", "rtfdoc": "诚信承诺书", "distribute": "信用承诺书",
                "sideways": "承诺书", "xlsinfo": "信用承诺书", "budgetfile": "诚信承诺书",
                "odtfile": "信用承诺书", "ofdcert": "信用承诺书",
                "jbig2scan": "信用承诺书", "jp2scan": "诚信承诺书", "strictxml": "信用承诺书",
                "webpimg": "信用承诺书", "pdfattach": "诚信承诺书", "xfaform": "信用承诺书",
                "heicphoto": "信用承诺书", "psprint": "科研诚信承诺书", "type3font": "信用承诺书",
                "wordxml": "信用承诺书", "oleexcel": "诚信承诺书", "sevenzip": "信用承诺书",
                "imgtable": "信用承诺书", "esign": "科研诚信承诺书", "codeboxes": "信用承诺书",
                "xlsold": "信用承诺书", "xlsdict": "诚信承诺书", "rotlabel": "信用承诺书",
                "emfpaste": "信用承诺书", "olexls": "科研诚信承诺书", "ofdprint": "信用承诺书",
                "ocglayer": "信用承诺书", "xmlsheet": "诚信承诺书", "htmlxls": "信用承诺书",
                "databind": "信用承诺书", "typewriter": "信用承诺书", "csvexport": "科研诚信承诺书",
                "moverev": "信用承诺书", "smartart": "诚信承诺书", "calcprint": "信用承诺书",
                "emlpkg": "信用承诺书", "docprop": "科研诚信承诺书", "opinions": "信用承诺书",
                "portfolio": "信用承诺书", "splitapp": "诚信承诺书",
                "example": "信用承诺书", "scanform": "科研诚信承诺书", "xlshidden": "诚信承诺书",
                "footnote": "信用承诺书", "notemarks": "诚信承诺书", "cellbreak": "信用承诺书",
                "whiteout": "信用承诺书", "jointunits": "科研诚信承诺书", "reviewed": "信用承诺书", "fanti": "诚信承诺书",
                "strikepdf": "信用承诺书", "twvocab": "信用承诺书", "pdf2word": "诚信承诺书",
                "pasted": "信用承诺书", "framed": "诚信承诺书", "odsinfo": "信用承诺书",
                "leftnotes": "信用承诺书", "smarttag": "诚信承诺书", "stacked": "科研诚信承诺书",
                "ffdropdown": "信用承诺书", "synonyms": "诚信承诺书", "mailbody": "信用承诺书",
                "docxchunk": "信用承诺书", "rtfchunk": "诚信承诺书",
                "posboxes": "信用承诺书", "posframes": "诚信承诺书", "wordonline": "科研诚信承诺书", "datewords": "信用承诺书",
                "vmlboxes": "信用承诺书", "spaced": "承诺书", "datecells": "诚信承诺书",
                "rubydocx": "信用承诺书", "rubypdf": "科研诚信承诺书", "hybridpdf": "信用承诺书",
                "tickmarks": "信用承诺书", "swapnames": "信用承诺书",
                "divform": "信用承诺书", "underpdf": "诚信承诺书",
                "lofields": "信用承诺书", "hmerge": "诚信承诺书", "groupboxes": "信用承诺书",
                "badxref": "信用承诺书", "squeeze": "诚信承诺书", "revised": "信用承诺书",
                "skewscan": "信用承诺书", "faxscan": "信用承诺书", "canvas": "诚信承诺书",
                "mhtdoc": "信用承诺书", "diagslash": "科研诚信承诺书", "reportpdf": "信用承诺书",
                "englayer": "信用承诺书", "lowres": "诚信承诺书", "sealdocx": "信用承诺书",
                "shadedscan": "诚信承诺书", "signedscan": "信用承诺书", "twopagescan": "科研诚信承诺书",
                "fadedscan": "信用承诺书", "foldscan": "诚信承诺书", "copyscan": "信用承诺书",
                "weasyprint": "信用承诺书", "fpdfinfo": "科研诚信承诺书", "wkhtml": "信用承诺书",
                "mobileshot": "信用承诺书", "camscan": "诚信承诺书", "webpaste": "信用承诺书",
                "xlsformula": "信用承诺书", "exifphoto": "科研诚信承诺书", "mergedorder": "申报单位信用承诺书",
                "darkmode": "信用承诺书", "alphapng": "诚信承诺书", "gridskip": "信用承诺书",
                "bleedscan": "信用承诺书", "ditherscan": "诚信承诺书", "fakebold": "科研诚信承诺书",
                "wpsfile": "信用承诺书", "etfile": "诚信承诺书", "pdfa": "申报单位信用承诺书",
                "fodtfile": "诚信承诺书", "uotfile": "信用承诺书", "cmykscan": "信用承诺书",
                "kaiscan": "信用承诺书", "gbkcmap": "诚信承诺书", "puamap": "科研诚信承诺书",
                "savedform": "信用承诺书", "tiflzw": "诚信承诺书", "txtinfo": "信用承诺书",
                "duplexscan": "信用承诺书", "bwseal": "诚信承诺书", "wordwatermark": "信用承诺书",
                "pdfmake": "诚信承诺书", "mupdf": "信用承诺书", "xslfo": "申报单位信用承诺书",
                "jspdf": "信用承诺书", "drawedit": "科研诚信承诺书", "docxjs": "信用承诺书",
                "itextpdf": "信用承诺书", "odfpy": "诚信承诺书", "xlsxwriter": "信用承诺书",
                "odttracked": "信用承诺书", "odthidden": "诚信承诺书", "wrapscan": "信用承诺书",
                "quarterfold": "诚信承诺书", "widesheet": "信用承诺书", "appendixparts": "信用承诺书",
                "cropbox": "诚信承诺书", "actualtext": "信用承诺书",
                "docxcrop": "信用承诺书", "vmlcrop": "科研诚信承诺书", "clipscan": "信用承诺书",
                "typst": "科研诚信承诺书", "odtcrop": "信用承诺书", "odtscan": "信用承诺书",
                "xlsxshot": "信用承诺书", "odsshot": "科研诚信承诺书",
                "tcpdf": "信用承诺书", "dompdf": "科研诚信承诺书", "docscan": "信用承诺书",
                "pdfoverlay": "信用承诺书", "cjklatex": "申报单位信用承诺书", "lualatex": "科研诚信承诺书",
                "poixls": "信用承诺书", "gnmprint": "诚信承诺书", "gnmxlsx": "申报单位信用承诺书",
                "pdfbox": "科研诚信承诺书", "calligra": "信用承诺书", "paps": "诚信承诺书",
                "xhtml2pdf": "信用承诺书", "asciidoc": "申报单位承诺书", "rsvg": "信用承诺书",
                "docxtpl": "信用承诺书", "pdfapi2": "诚信承诺书", "officegen": "申报诚信承诺书",
                "haru": "信用承诺书", "htmldocx": "诚信承诺书",
                "prawn": "科研诚信承诺书", "scribus": "信用承诺书",
                "reactpdf": "诚信承诺书", "odfdo": "信用承诺书",
                "skia": "信用承诺书", "rinoh": "科研信用承诺书", "dtpl": "信用承诺书",
                "docxrs": "申报单位信用承诺书", "printpdf": "诚信承诺书",
                "gofpdf": "信用承诺书", "orgodt": "科研诚信承诺书",
                "rofficer": "信用承诺书", "abipdf": "科研诚信承诺书",
                "wpsdocx": "信用承诺书", "context": "承诺书",
                "oodoc": "项目申报信用承诺书", "exceljs": "信用承诺书", "itextrtf": "科研诚信承诺书",
                "composed": "信用承诺书", "rbpdf": "信用承诺书", "goxlsx": "诚信承诺书",
                "flyingsaucer": "信用承诺书", "pyfpdf": "申报单位信用承诺书", "xlwt": "信用承诺书",
                "sheetjs": "信用承诺书", "qtpdf": "信用承诺书", "qtodt": "科研诚信承诺书",
                "odfdom": "诚信承诺书", "perlxlsx": "信用承诺书", "xmlworker": "信用承诺书", "jxl": "科研诚信承诺书",
                "rubyxls": "诚信承诺书", "pyexcelerate": "信用承诺书",
                "podofo": "项目申报诚信承诺书", "writeexcel": "信用承诺书", "pandocrtf": "信用承诺书",
                "openxlsx": "科研诚信承诺书", "latex2rtf": "诚信承诺书", "lxw": "信用承诺书",
                "gnmxls": "科研诚信承诺书", "gnmods": "信用承诺书", "pylightxl": "信用承诺书",
                "ezodf": "科研诚信承诺书", "xlpop": "信用承诺书", "e4n": "科研诚信承诺书",
                "wxf": "信用承诺书", "sodf": "诚信承诺书", "umya": "科研诚信承诺书", "pdfme": "信用承诺书", "pdfkit": "承诺书", "xlsxtpl": "信用承诺书", "csscols": "信用承诺书", "docxcols": "诚信承诺书",
                "stackcell": "信用承诺书", "bsform": "科研诚信承诺书", "grouphead": "诚信承诺书",
                "coloncol": "信用承诺书", "layoutdocx": "科研诚信承诺书", "layoutpdf": "信用承诺书"}
AGREE_TITLE = {"prov": "产学研合作协议", "nsfc": "合作研究协议", "lixiang": "联合申报协议书", "grid-cid": "技术合作协议",
               "ooxml": "合作协议书", "list": "产学研联合申报协议", "placeholder": "合作协议", "para": "校企合作协议",
               "grid-ttf": "联合研发协议", "landscape": "合作协议", "narrow": "产学研合作协议书", "odt": "项目合作协议",
               "rows": "合作研究协议书", "kv": "合作协议", "merged": "产学研合作协议", "jsform": "合作协议",
               "inline": "产学研合作协议", "rl-split": "合作协议", "underline": "校企合作协议书", "grouped": "合作协议",
               "fullwidth": "合作协议书", "bilingual": "合作协议 Cooperation Agreement", "sdt": "产学研合作协议",
               "nested": "合作协议", "unitcol": "合作协议书", "textbox": "合作协议", "budgettable": "合作协议",
               "rowspdf": "产学研合作协议", "tabs": "合作协议书", "sections": "合作协议", "enum": "合作协议",
               "odt4": "联合申报协议", "twoline": "产学研合作协议", "qianyuan": "合作协议书", "onecol": "合作协议",
               "twopair": "技术合作协议", "formfield": "合作协议", "borderless4": "产学研合作协议",
               "notes": "合作研发协议", "twopage": "合作协议", "engname": "合作协议（Cooperation Agreement）",
               "yuansign": "产学研合作协议书", "scan": "合作协议", "hanzi": "联合申报协议", "onedocx": "四、合作协议", "photo": "合作协议",
               "tracked": "产学研合作协议", "headfoot": "合作协议书", "mergedscan": "合作协议", "rotated": "合作协议",
               "colorscan": "产学研合作协议", "docximg": "合作协议", "ocrlayer": "产学研合作协议",
               "notounicode": "合作协议书", "certphoto": "合作协议", "outlines": "产学研合作协议",
               "sealedinfo": "合作协议", "watermark": "产学研合作协议", "bilevel": "合作协议书",
               "sysprint": "合作协议", "restricted": "合作协议", "xlsx": "产学研合作协议",
               "screenshot": "合作协议书", "acroform": "合作协议", "abstractcell": "合作协议",
               "twoup": "产学研合作协议", "dotleader": "合作协议", "blanks": "合作协议书", "vanish": "产学研合作协议",
               "zipgbk": "合作协议", "phonescan": "合作协议", "chromeprint": "合作协议",
               "budgetdetail": "产学研合作协议", "vertical": "合作协议书", "pandoc": "合作协议",
               "xetex": "产学研合作协议", "abiword": "合作协议书", "indexcol": "合作协议", "wide": "产学研合作协议",
               "finance": "合作协议", "apptable": "产学研合作协议", "cairo": "合作协议书", "numlist": "合作协议",
               "altcontent": "合作协议", "mailmerge": "合作协议书", "covertable": "产学研合作协议", "decorated": "合作协议",
               "combined": "合作协议", "yearly": "产学研合作协议", "colorder": "合作协议书",
               "rowspan": "合作协议", "kpitable": "合作协议", "titlerow": "产学研合作协议",
               "upsidedown": "合作协议", "whitetext": "合作协议", "whitepdf": "合作协议书",
               "strikeout": "合作协议", "unitcell": "产学研合作协议",
               "plchdr": "合作协议", "plchdrpdf": "合作协议书", "symtick": "产学研合作协议", "symtickpdf": "合作协议",
               "pagebreak": "合作协议", "htmldoc": "合作协议", "altchunk": "产学研合作协议", "twocol": "合作协议书",
               "worddoc": "合作协议", "rtfdoc": "合作协议书", "distribute": "产学研合作协议",
               "sideways": "合作协议", "xlsinfo": "合作协议书", "budgetfile": "合作协议",
               "odtfile": "合作协议", "ofdcert": "合作协议",
               "jbig2scan": "合作协议", "jp2scan": "产学研合作协议", "strictxml": "合作协议书",
               "webpimg": "合作协议", "pdfattach": "合作协议", "xfaform": "合作协议",
               "heicphoto": "合作协议", "psprint": "产学研合作协议", "type3font": "合作协议书",
               "wordxml": "合作协议", "oleexcel": "合作协议书", "sevenzip": "产学研合作协议",
               "imgtable": "合作协议", "esign": "合作协议书", "codeboxes": "产学研合作协议",
               "xlsold": "合作协议书", "xlsdict": "合作协议", "rotlabel": "产学研合作协议",
               "emfpaste": "合作协议", "olexls": "合作协议书", "ofdprint": "产学研合作协议",
               "ocglayer": "合作协议书", "xmlsheet": "合作协议", "htmlxls": "产学研合作协议",
               "databind": "合作协议", "typewriter": "合作协议书", "csvexport": "产学研合作协议",
               "moverev": "合作协议", "smartart": "产学研合作协议", "calcprint": "合作协议书",
               "emlpkg": "合作协议", "docprop": "合作协议书", "opinions": "产学研合作协议",
               "portfolio": "合作协议书", "splitapp": "合作协议",
               "example": "合作协议", "scanform": "产学研合作协议", "xlshidden": "合作协议书",
               "footnote": "产学研合作协议", "notemarks": "合作协议", "cellbreak": "合作协议书",
               "whiteout": "合作协议", "jointunits": "联合申报协议", "reviewed": "合作协议书", "fanti": "合作协议",
               "strikepdf": "合作协议", "twvocab": "合作协议书", "pdf2word": "产学研合作协议",
               "pasted": "合作协议", "framed": "合作协议书", "odsinfo": "合作协议",
               "leftnotes": "合作协议", "smarttag": "产学研合作协议", "stacked": "合作协议书",
               "ffdropdown": "合作协议", "synonyms": "联合申报协议", "mailbody": "合作协议",
               "docxchunk": "合作协议", "rtfchunk": "合作协议书",
               "posboxes": "合作协议", "posframes": "合作协议书", "wordonline": "产学研合作协议", "datewords": "合作协议",
               "vmlboxes": "合作协议", "spaced": "合作协议书", "datecells": "产学研合作协议",
               "rubydocx": "合作协议", "rubypdf": "合作协议书", "hybridpdf": "合作协议",
               "tickmarks": "合作协议", "swapnames": "合作协议书",
               "divform": "合作协议", "underpdf": "合作协议书",
               "lofields": "合作协议", "hmerge": "合作协议书", "groupboxes": "合作协议",
               "badxref": "合作协议", "squeeze": "合作协议书", "revised": "产学研合作协议",
               "skewscan": "合作协议", "faxscan": "合作协议书", "canvas": "合作协议",
               "mhtdoc": "合作协议书", "diagslash": "合作协议", "reportpdf": "产学研合作协议",
               "englayer": "合作协议", "lowres": "合作协议书", "sealdocx": "合作协议",
               "shadedscan": "合作协议", "signedscan": "合作协议书", "twopagescan": "合作协议",
               "fadedscan": "合作协议书", "foldscan": "合作协议", "copyscan": "产学研合作协议",
               "weasyprint": "合作协议", "fpdfinfo": "产学研合作协议", "wkhtml": "合作协议书",
               "mobileshot": "合作协议", "camscan": "合作协议书", "webpaste": "产学研合作协议",
               "xlsformula": "合作协议", "exifphoto": "合作协议书", "mergedorder": "产学研合作协议",
               "darkmode": "合作协议书", "alphapng": "合作协议", "gridskip": "产学研合作协议",
               "bleedscan": "合作协议", "ditherscan": "产学研合作协议", "fakebold": "合作协议书",
               "wpsfile": "产学研合作协议", "etfile": "合作协议", "pdfa": "合作协议书",
               "fodtfile": "合作协议", "uotfile": "合作协议书", "cmykscan": "产学研合作协议",
               "kaiscan": "合作协议", "gbkcmap": "产学研合作协议", "puamap": "合作协议书",
               "savedform": "合作协议", "tiflzw": "合作协议书", "txtinfo": "产学研合作协议",
               "duplexscan": "合作协议", "bwseal": "合作协议书", "wordwatermark": "产学研合作协议",
               "pdfmake": "合作协议书", "mupdf": "产学研合作协议", "xslfo": "合作协议",
               "jspdf": "合作协议", "drawedit": "合作协议书", "docxjs": "产学研合作协议",
               "itextpdf": "合作协议书", "odfpy": "合作协议", "xlsxwriter": "产学研合作协议",
               "odttracked": "合作协议", "odthidden": "合作协议书", "wrapscan": "合作协议",
               "quarterfold": "产学研合作协议", "widesheet": "合作协议", "appendixparts": "合作协议书",
               "cropbox": "合作协议", "actualtext": "产学研合作协议",
               "docxcrop": "合作协议", "vmlcrop": "合作协议书", "clipscan": "合作协议",
               "typst": "合作协议书", "odtcrop": "合作协议", "odtscan": "产学研合作协议",
               "xlsxshot": "合作协议", "odsshot": "合作协议书",
               "tcpdf": "合作协议", "dompdf": "合作协议书", "docscan": "产学研合作协议",
               "pdfoverlay": "合作协议书", "cjklatex": "合作协议", "lualatex": "产学研合作协议",
               "poixls": "合作协议书", "gnmprint": "产学研合作协议", "gnmxlsx": "合作协议",
               "pdfbox": "合作协议", "calligra": "产学研合作协议书", "paps": "合作协议书",
               "xhtml2pdf": "合作协议书", "asciidoc": "合作协议", "rsvg": "产学研合作协议",
               "docxtpl": "合作协议", "pdfapi2": "产学研合作协议", "officegen": "合作协议书",
               "haru": "合作协议", "htmldocx": "产学研合作协议书",
               "prawn": "合作协议书", "scribus": "产学研合作协议",
               "reactpdf": "合作协议", "odfdo": "合作协议书",
               "skia": "合作协议", "rinoh": "产学研合作协议书", "dtpl": "合作协议书",
               "docxrs": "项目合作协议", "printpdf": "合作协议",
               "gofpdf": "合作协议书", "orgodt": "合作协议",
               "rofficer": "产学研合作协议", "abipdf": "合作协议书",
               "wpsdocx": "合作协议", "context": "产学研合作协议书",
               "oodoc": "合作协议书", "exceljs": "项目合作协议", "itextrtf": "合作协议",
               "composed": "产学研合作协议", "rbpdf": "合作协议", "goxlsx": "合作协议书",
               "flyingsaucer": "合作协议", "pyfpdf": "合作协议", "xlwt": "产学研合作协议",
               "sheetjs": "合作协议", "qtpdf": "合作协议书", "qtodt": "产学研合作协议",
               "odfdom": "合作协议", "perlxlsx": "合作研发协议", "xmlworker": "产学研合作协议", "jxl": "合作协议书",
               "rubyxls": "合作协议", "pyexcelerate": "产学研合作协议",
               "podofo": "合作协议书", "writeexcel": "项目合作协议", "pandocrtf": "合作协议",
               "openxlsx": "产学研合作协议书", "latex2rtf": "合作协议书", "lxw": "合作协议",
               "gnmxls": "合作协议", "gnmods": "产学研合作协议", "pylightxl": "合作协议书",
               "ezodf": "合作协议", "xlpop": "合作协议", "e4n": "产学研合作协议",
               "wxf": "合作协议书", "sodf": "合作协议", "umya": "合作协议", "pdfme": "产学研合作协议", "pdfkit": "合作协议书", "xlsxtpl": "合作协议", "csscols": "合作协议", "docxcols": "合作协议书",
               "stackcell": "产学研合作协议", "bsform": "合作协议", "grouphead": "合作协议书",
               "coloncol": "合作协议", "layoutdocx": "合作协议", "layoutpdf": "产学研合作协议"}
NAMES = {  # file names per part
    "prov": {"info_table": "附件1-项目信息表", "application": "附件2-项目申报书", "cover": "附件2-申报书封面",
             "commitment": "附件3-科研诚信承诺书", "cooperation_agreement": "附件4-合作协议",
             "qualification": "附件5-资质证明", "labor_contract": "附件6-劳动合同"},
    "nsfc": {"info_table": "基本信息", "application": "申请书正文", "commitment": "承诺", "cooperation_agreement": "协议",
             "qualification": "证书", "labor_contract": "合同"},
    "lixiang": {"info_table": "01立项申请表", "application": "02可行性报告", "cover": "00封面", "commitment": "03承诺书",
                "cooperation_agreement": "04联合申报协议", "qualification": "05高企证书", "labor_contract": "06负责人劳动合同"},
    "grid-cid": {"info_table": "材料1", "application": "材料2", "commitment": "材料3", "cooperation_agreement": "材料4",
                 "qualification": "材料5", "labor_contract": "材料6"},
    "ooxml": {"info_table": "信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质", "labor_contract": "劳动合同"},
    "list": {"info_table": "scan_0001", "application": "scan_0002", "commitment": "scan_0003",
             "cooperation_agreement": "scan_0004", "qualification": "scan_0005", "labor_contract": "scan_0006"},
    "placeholder": {"info_table": "项目信息表（填报版）", "application": "项目申报书（正文）", "cover": "申报书封面",
                    "commitment": "信用承诺书（盖章版）", "cooperation_agreement": "合作协议（盖章版）",
                    "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "para": {"info_table": "1", "application": "2", "commitment": "3", "cooperation_agreement": "4", "qualification": "5",
             "labor_contract": "6"},
    "grid-ttf": {"info_table": "xinxibiao", "application": "shenbaoshu", "cover": "fengmian", "commitment": "chengnuoshu",
                 "cooperation_agreement": "xieyi", "qualification": "zhengshu", "labor_contract": "hetong"},
    "landscape": {"info_table": "项目汇总表", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "企业资质", "labor_contract": "劳动合同"},
    "narrow": {"info_table": "项目信息", "application": "申报书", "commitment": "承诺书", "cooperation_agreement": "协议",
               "qualification": "资质", "labor_contract": "人事"},
    "odt": {"info_table": "附件一", "application": "附件二", "cover": "附件二封面", "commitment": "附件三",
            "cooperation_agreement": "附件四", "qualification": "附件五", "labor_contract": "附件六"},
    "rows": {"info_table": "课题信息", "application": "课题申报书", "cover": "课题申报书封面", "commitment": "诚信承诺",
             "cooperation_agreement": "合作研究协议", "qualification": "认定证书", "labor_contract": "聘用合同"},
    "kv": {"info_table": "doc1", "application": "doc2", "commitment": "doc3", "cooperation_agreement": "doc4",
           "qualification": "doc5", "labor_contract": "doc6"},
    "merged": {"info_table": "p2", "application": "p3", "cover": "p1", "commitment": "p4", "cooperation_agreement": "p5",
               "qualification": "p6", "labor_contract": "p7"},
    "jsform": {"info_table": "申报表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "inline": {"info_table": "A", "application": "B", "commitment": "C", "cooperation_agreement": "D",
               "qualification": "E", "labor_contract": "F"},
    "rl-split": {"info_table": "info", "application": "main", "commitment": "promise", "cooperation_agreement": "coop",
                 "qualification": "cert", "labor_contract": "contract"},
    "underline": {"info_table": "基本情况", "application": "正文", "cover": "首页", "commitment": "承诺",
                  "cooperation_agreement": "协议", "qualification": "证照", "labor_contract": "社保与合同"},
    "grouped": {"info_table": "表1", "application": "表2", "commitment": "表3", "cooperation_agreement": "表4",
                "qualification": "表5", "labor_contract": "表6"},
    "fullwidth": {"info_table": "信息表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "高企证书", "labor_contract": "劳动合同"},
    "bilingual": {"info_table": "01_information", "application": "02_proposal", "commitment": "03_commitment",
                  "cooperation_agreement": "04_agreement", "qualification": "05_certificate", "labor_contract": "06_contract"},
    "sdt": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "信用承诺书",
            "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "nested": {"info_table": "附件-信息表", "application": "附件-申报书", "cover": "附件-封面", "commitment": "附件-承诺",
               "cooperation_agreement": "附件-协议", "qualification": "附件-资质", "labor_contract": "附件-合同"},
    "unitcol": {"info_table": "登记表", "application": "申报书", "commitment": "承诺书", "cooperation_agreement": "合作协议书",
                "qualification": "资质", "labor_contract": "合同"},
    "textbox": {"info_table": "x1", "application": "x2", "cover": "x0", "commitment": "x3", "cooperation_agreement": "x4",
                "qualification": "x5", "labor_contract": "x6"},
    "budgettable": {"info_table": "基本信息", "application": "申报书", "commitment": "承诺", "cooperation_agreement": "协议",
                    "qualification": "资质", "labor_contract": "合同"},
    "rowspdf": {"info_table": "01", "application": "02", "cover": "00", "commitment": "03", "cooperation_agreement": "04",
                "qualification": "05", "labor_contract": "06"},
    "tabs": {"info_table": "项目信息", "application": "项目申报书", "commitment": "信用承诺书", "cooperation_agreement": "合作协议",
             "qualification": "企业资质", "labor_contract": "劳动合同"},
    "sections": {"info_table": "信息", "application": "申报", "commitment": "承诺", "cooperation_agreement": "协议",
                 "qualification": "资质", "labor_contract": "合同"},
    "enum": {"info_table": "附件1", "application": "附件2", "cover": "附件2-封面", "commitment": "附件3",
             "cooperation_agreement": "附件4", "qualification": "附件5", "labor_contract": "附件6"},
    "odt4": {"info_table": "info", "application": "proposal", "cover": "cover", "commitment": "pledge",
             "cooperation_agreement": "agreement", "qualification": "certificate", "labor_contract": "employment"},
    "twoline": {"info_table": "申报信息表", "application": "申报书", "commitment": "承诺书", "cooperation_agreement": "协议书",
                "qualification": "证书", "labor_contract": "劳动合同"},
    "qianyuan": {"info_table": "表一", "application": "表二", "cover": "表二封面", "commitment": "表三",
                 "cooperation_agreement": "表四", "qualification": "表五", "labor_contract": "表六"},
    "onecol": {"info_table": "基本信息", "application": "正文", "cover": "封面", "commitment": "承诺",
               "cooperation_agreement": "协议", "qualification": "资质", "labor_contract": "合同"},
    "twopair": {"info_table": "f1", "application": "f2", "commitment": "f3", "cooperation_agreement": "f4",
                "qualification": "f5", "labor_contract": "f6"},
    "formfield": {"info_table": "信息表（表单）", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                  "cooperation_agreement": "协议", "qualification": "资质", "labor_contract": "合同"},
    "borderless4": {"info_table": "附件A", "application": "附件B", "commitment": "附件C", "cooperation_agreement": "附件D",
                    "qualification": "附件E", "labor_contract": "附件F"},
    "notes": {"info_table": "01-信息表", "application": "02-申报书", "cover": "00-封面", "commitment": "03-承诺书",
              "cooperation_agreement": "04-合作协议", "qualification": "05-资质证明", "labor_contract": "06-劳动合同"},
    "twopage": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "engname": {"info_table": "Form1", "application": "Form2", "commitment": "Form3", "cooperation_agreement": "Form4",
                "qualification": "Form5", "labor_contract": "Form6"},
    "yuansign": {"info_table": "一", "application": "二", "cover": "二-封面", "commitment": "三",
                 "cooperation_agreement": "四", "qualification": "五", "labor_contract": "六"},
    "scan": {"info_table": "信息表（扫描件）", "application": "申报书", "cover": "封面", "commitment": "承诺书（扫描件）",
             "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "hanzi": {"info_table": "附件1", "application": "附件2", "commitment": "附件3", "cooperation_agreement": "附件4",
              "qualification": "附件5", "labor_contract": "附件6"},
    "onedocx": {"info_table": "p1", "application": "p2", "cover": "p0", "commitment": "p3",
                "cooperation_agreement": "p4", "qualification": "p5", "labor_contract": "p6"},
    "photo": {"info_table": "IMG_20220712_093015", "application": "申报书", "cover": "封面", "commitment": "承诺书",
              "cooperation_agreement": "合作协议", "qualification": "高企证书", "labor_contract": "劳动合同"},
    "tracked": {"info_table": "信息表-修订", "application": "申报书-修订", "commitment": "承诺书",
                "cooperation_agreement": "协议", "qualification": "证书", "labor_contract": "合同"},
    "headfoot": {"info_table": "1", "application": "2", "cover": "0", "commitment": "3",
                 "cooperation_agreement": "4", "qualification": "5", "labor_contract": "6"},
    "mergedscan": {"info_table": "b", "application": "d", "cover": "a", "commitment": "c",
                   "cooperation_agreement": "e", "qualification": "f", "labor_contract": "g"},
    "rotated": {"info_table": "信息表", "application": "申报书", "cover": "封面", "commitment": "承诺书（扫描）",
                "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "colorscan": {"info_table": "scan0001", "application": "申报书", "cover": "封面", "commitment": "scan0002",
                  "cooperation_agreement": "scan0003", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "docximg": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "承诺书盖章页",
                "cooperation_agreement": "合作协议盖章版", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "ocrlayer": {"info_table": "扫描件1", "application": "申报书", "commitment": "扫描件2",
                 "cooperation_agreement": "合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "notounicode": {"info_table": "01信息表", "application": "02申报书", "cover": "00封面", "commitment": "03承诺书",
                    "cooperation_agreement": "04合作协议", "qualification": "05资质", "labor_contract": "06劳动合同"},
    "certphoto": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "IMG_20220701_101522",
                  "labor_contract": "劳动合同"},
    "outlines": {"info_table": "信息表（转曲）", "application": "申报书（转曲）", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "sealedinfo": {"info_table": "信息表盖章扫描", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "watermark": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "bilevel": {"info_table": "scan0001", "application": "申报书", "cover": "封面", "commitment": "scan0002",
                "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "sysprint": {"info_table": "项目信息表打印", "application": "申报书正文", "cover": "申报书封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "证书",
                 "labor_contract": "劳动合同"},
    "restricted": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "高企证书",
                   "labor_contract": "劳动合同"},
    "xlsx": {"info_table": "项目信息表（Excel导出）", "application": "申报书", "cover": "封面", "commitment": "承诺书",
             "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "screenshot": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "微信图片_20220710153012",
                   "cooperation_agreement": "合作协议", "qualification": "Screenshot_20220701-101522",
                   "labor_contract": "劳动合同"},
    "acroform": {"info_table": "项目信息表（可填写）", "application": "申报书", "cover": "封面",
                 "commitment": "承诺书", "cooperation_agreement": "合作协议", "qualification": "资质",
                 "labor_contract": "劳动合同"},
    "abstractcell": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书",
                     "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "twoup": {"info_table": "项目信息表", "application": "申报书（双页打印）", "cover": "封面",
              "commitment": "承诺书（双页）", "cooperation_agreement": "合作协议", "qualification": "资质",
              "labor_contract": "劳动合同"},
    "dotleader": {"info_table": "项目基本信息", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "blanks": {"info_table": "登记表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "高企证书", "labor_contract": "劳动合同"},
    "vanish": {"info_table": "项目信息表（模板）", "application": "项目申报书（模板）", "cover": "封面（模板）",
               "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质",
               "labor_contract": "劳动合同"},
    "zipgbk": {"info_table": "1.项目信息表", "application": "2.项目申报书", "cover": "2.封面", "commitment": "3.承诺书",
               "cooperation_agreement": "4.合作协议", "qualification": "5.资质证明", "labor_contract": "6.劳动合同"},
    "chromeprint": {"info_table": "项目信息（网页打印）", "application": "申报书", "cover": "封面",
                    "commitment": "承诺书", "cooperation_agreement": "合作协议", "qualification": "资质",
                    "labor_contract": "劳动合同"},
    "budgetdetail": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                     "cooperation_agreement": "合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "vertical": {"info_table": "基本信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质", "labor_contract": "劳动合同"},
    "phonescan": {"info_table": "项目信息表", "application": "申报书（手机扫描）", "commitment": "承诺书（手机扫描）",
                  "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "pandoc": {"info_table": "info", "application": "proposal", "commitment": "commitment",
               "cooperation_agreement": "agreement", "qualification": "certificate", "labor_contract": "contract"},
    "xetex": {"info_table": "xinxibiao", "application": "shenbaoshu", "cover": "fengmian", "commitment": "chengnuoshu",
              "cooperation_agreement": "hezuoxieyi", "qualification": "zizhi", "labor_contract": "laodonghetong"},
    "abiword": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "indexcol": {"info_table": "1-信息表", "application": "2-申报书", "commitment": "3-承诺书",
                 "cooperation_agreement": "4-合作协议", "qualification": "5-资质", "labor_contract": "6-劳动合同"},
    "wide": {"info_table": "汇总表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
             "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "finance": {"info_table": "申报表", "application": "可行性研究报告", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "apptable": {"info_table": "信息表", "application": "申报书（表格版）", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "cairo": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "诚信承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "numlist": {"info_table": "基本信息表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                "cooperation_agreement": "合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "altcontent": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "mailmerge": {"info_table": "信息表（合并）", "application": "申报书", "commitment": "承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质", "labor_contract": "劳动合同"},
    "covertable": {"info_table": "项目信息表", "application": "申报书正文", "cover": "申报书封面", "commitment": "信用承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "decorated": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "诚信承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "combined": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "yearly": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "产学研合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "colorder": {"info_table": "表1", "application": "表2", "commitment": "表3",
                 "cooperation_agreement": "表4", "qualification": "表5", "labor_contract": "表6"},
    "rowspan": {"info_table": "项目信息表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "kpitable": {"info_table": "信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "titlerow": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "upsidedown": {"info_table": "扫描件1", "application": "申报书", "cover": "封面", "commitment": "扫描件2",
                   "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "whitetext": {"info_table": "项目信息表（模板）", "application": "项目申报书（模板）", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质",
                  "labor_contract": "劳动合同"},
    "whitepdf": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质", "labor_contract": "劳动合同"},
    "strikeout": {"info_table": "项目信息表（修改）", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "unitcell": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "plchdr": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "plchdrpdf": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "symtick": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "承诺书",
                "cooperation_agreement": "产学研合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "symtickpdf": {"info_table": "项目信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "pagebreak": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证明",
                  "labor_contract": "劳动合同"},
    "htmldoc": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "altchunk": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "twocol": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "worddoc": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "rtfdoc": {"info_table": "项目信息表", "application": "申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质", "labor_contract": "劳动合同"},
    "distribute": {"info_table": "信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                   "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "sideways": {"info_table": "项目信息表", "application": "申报书", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "xlsinfo": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "budgetfile": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "odtfile": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "ofdcert": {"info_table": "项目信息表", "application": "申报书", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "jbig2scan": {"info_table": "扫描件_项目信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "扫描件_信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "jp2scan": {"info_table": "项目信息表（扫描）", "application": "申报书", "commitment": "诚信承诺书（扫描）",
                "cooperation_agreement": "合作协议（扫描）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "strictxml": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "webpimg": {"info_table": "微信图片_20220712093015", "application": "项目申报书", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pdfattach": {"info_table": "附件1-项目信息表", "application": "项目申报书", "commitment": "附件2-诚信承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xfaform": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "heicphoto": {"info_table": "IMG_4021", "application": "项目申报书", "cover": "申报书封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "IMG_4025", "labor_contract": "劳动合同"},
    "psprint": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "科研诚信承诺书",
                "cooperation_agreement": "产学研合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "type3font": {"info_table": "项目基本信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "wordxml": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "oleexcel": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "sevenzip": {"info_table": "1.项目信息表", "application": "2.项目申报书", "cover": "2.封面", "commitment": "3.信用承诺书",
                 "cooperation_agreement": "4.产学研合作协议", "qualification": "5.资质证书", "labor_contract": "6.劳动合同"},
    "imgtable": {"info_table": "项目信息表（系统截图）", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "esign": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "科研诚信承诺书（电子签章）",
              "cooperation_agreement": "合作协议书（电子签章）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "codeboxes": {"info_table": "基本信息表", "application": "申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "xlsold": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xlsdict": {"info_table": "项目信息表（导出）", "application": "申报书", "commitment": "诚信承诺书",
                "cooperation_agreement": "合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "rotlabel": {"info_table": "信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "emfpaste": {"info_table": "项目信息表", "application": "申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "olexls": {"info_table": "附件1 项目信息表", "application": "附件2 项目申报书", "cover": "附件2 封面",
               "commitment": "附件3 科研诚信承诺书", "cooperation_agreement": "附件4 合作协议书",
               "qualification": "附件5 资质证书", "labor_contract": "附件6 劳动合同"},
    "ofdprint": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "ocglayer": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xmlsheet": {"info_table": "项目信息表（系统导出）", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "htmlxls": {"info_table": "导出数据_项目信息", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "产学研合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "databind": {"info_table": "项目信息表", "application": "申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "typewriter": {"info_table": "项目信息表（已填写）", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "csvexport": {"info_table": "项目信息导出", "application": "申报书", "commitment": "科研诚信承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "moverev": {"info_table": "项目信息表（修订）", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "smartart": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "高企证书", "labor_contract": "劳动合同"},
    "calcprint": {"info_table": "项目信息表(打印)", "application": "申报书", "cover": "申报书封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证明",
                  "labor_contract": "劳动合同"},
    "emlpkg": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议", "qualification": "高新技术企业证书", "labor_contract": "劳动合同"},
    "docprop": {"info_table": "信息表", "application": "申报书", "cover": "封面", "commitment": "科研诚信承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "opinions": {"info_table": "项目申报信息表", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "portfolio": {"info_table": "01项目信息表", "application": "02项目申报书", "cover": "00封面",
                  "commitment": "03信用承诺书", "cooperation_agreement": "04合作协议书", "qualification": "05资质证明",
                  "labor_contract": "06劳动合同"},
    "splitapp": {"info_table": "项目信息表", "application": "项目申报书（正文）", "application2": "项目申报书（附件）",
                 "commitment": "诚信承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "example": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "scanform": {"info_table": "项目信息表（扫描件填写）", "application": "申报书", "commitment": "科研诚信承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "xlshidden": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "footnote": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "notemarks": {"info_table": "项目信息表", "application": "申报书", "cover": "申报书封面",
                  "commitment": "诚信承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "cellbreak": {"info_table": "信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证明",
                  "labor_contract": "劳动合同"},
    "whiteout": {"info_table": "项目信息表（修改后）", "application": "项目申报书", "cover": "申报书封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "jointunits": {"info_table": "项目申报信息表", "application": "项目申报书", "commitment": "科研诚信承诺书",
                   "cooperation_agreement": "联合申报协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "reviewed": {"info_table": "项目信息表（科研处审核）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "fanti": {"info_table": "項目申報信息表", "application": "項目申報書", "cover": "封面",
              "commitment": "誠信承諾書", "cooperation_agreement": "合作協議", "qualification": "資質證書",
              "labor_contract": "勞動合同"},
    "strikepdf": {"info_table": "项目信息表（修改稿）", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "twvocab": {"info_table": "專案資訊表", "application": "專案申報書", "commitment": "信用承諾書",
                "cooperation_agreement": "合作協議書", "qualification": "資質證書", "labor_contract": "勞動合同"},
    "pdf2word": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                 "commitment": "诚信承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "pasted": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面",
               "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
               "labor_contract": "劳动合同"},
    "framed": {"info_table": "项目申报信息表", "application": "项目申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "odsinfo": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "leftnotes": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "smarttag": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "stacked": {"info_table": "项目基本信息表", "application": "项目申报书", "cover": "封面",
                "commitment": "科研诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "ffdropdown": {"info_table": "项目信息表（表单）", "application": "项目申报书", "cover": "申报书封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "synonyms": {"info_table": "申报信息表", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "联合申报协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "mailbody": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "docxchunk": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "rtfchunk": {"info_table": "项目信息表（导出）", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "posboxes": {"info_table": "项目信息表（转换）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "posframes": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "wordonline": {"info_table": "项目基本信息表", "application": "项目申报书", "cover": "申报书封面",
                   "commitment": "科研诚信承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "datewords": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "vmlboxes": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "spaced": {"info_table": "基本情况表", "application": "申报书", "commitment": "承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "datecells": {"info_table": "信息表", "application": "项目申报书", "cover": "申报书封面",
                  "commitment": "诚信承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "rubydocx": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "rubypdf": {"info_table": "信息表", "application": "申报书", "commitment": "科研诚信承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "hybridpdf": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "tickmarks": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    # Names that say other parts: the attachments numbered their own way and named for what
    # the applicant thought each was.
    "swapnames": {"info_table": "附件2-申报书附表", "application": "附件1-项目申报材料", "cover": "附件3-申报书",
                  "commitment": "附件4-协议及承诺", "cooperation_agreement": "附件5-合作单位承诺",
                  "qualification": "附件6-信息表附件", "labor_contract": "附件7-人员信息表"},
    "divform": {"info_table": "项目申报信息", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "underpdf": {"info_table": "基本情况表", "application": "申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "lofields": {"info_table": "项目信息填报", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "hmerge": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
               "commitment": "诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
               "labor_contract": "劳动合同"},
    "groupboxes": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "badxref": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "squeeze": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "revised": {"info_table": "项目基本信息表", "application": "申报书", "cover": "申报书封面",
                "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "skewscan": {"info_table": "scan0001", "application": "项目申报书", "commitment": "scan0002",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "faxscan": {"info_table": "fax_20220615_103212", "application": "项目申报书", "cover": "封面",
                "commitment": "fax_20220615_104507", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "canvas": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
               "commitment": "诚信承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
               "labor_contract": "劳动合同"},
    "mhtdoc": {"info_table": "项目信息表_导出", "application": "项目申报书", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "diagslash": {"info_table": "项目基本信息表", "application": "申报书", "cover": "封面",
                  "commitment": "科研诚信承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证明",
                  "labor_contract": "劳动合同"},
    "reportpdf": {"info_table": "ReportServer", "application": "项目申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "englayer": {"info_table": "SCAN_20220708_0001", "application": "项目申报书", "cover": "封面",
                 "commitment": "SCAN_20220708_0002", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "lowres": {"info_table": "项目信息表（压缩）", "application": "项目申报书", "commitment": "诚信承诺书（盖章）",
               "cooperation_agreement": "合作协议书（盖章）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "sealdocx": {"info_table": "项目基本信息表", "application": "申报书", "cover": "封面",
                 "commitment": "信用承诺书（电子章）", "cooperation_agreement": "合作协议（电子章）",
                 "qualification": "资质证明", "labor_contract": "劳动合同"},
    "shadedscan": {"info_table": "信息表扫描件", "application": "项目申报书", "commitment": "诚信承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "signedscan": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书（签字盖章）", "cooperation_agreement": "合作协议书（盖章）",
                   "qualification": "资质证书", "labor_contract": "劳动合同"},
    "twopagescan": {"info_table": "项目信息表（扫描）", "application": "申报书", "commitment": "科研诚信承诺书",
                    "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "fadedscan": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "foldscan": {"info_table": "信息表（邮寄件扫描）", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "copyscan": {"info_table": "项目基本信息表（复印件）", "application": "申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "weasyprint": {"info_table": "申报信息（系统导出）", "application": "项目申报书", "commitment": "信用承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "fpdfinfo": {"info_table": "info_table", "application": "application", "cover": "cover",
                 "commitment": "commitment", "cooperation_agreement": "agreement", "qualification": "certificate",
                 "labor_contract": "contract"},
    "wkhtml": {"info_table": "项目信息表_打印", "application": "申报书正文", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "mobileshot": {"info_table": "项目信息（手机截图）", "application": "申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "camscan": {"info_table": "扫描全能王 2022-07-12 10.21", "application": "项目申报书",
                "commitment": "扫描全能王 2022-07-12 10.25", "cooperation_agreement": "扫描全能王 2022-07-12 10.27",
                "qualification": "资质证书", "labor_contract": "劳动合同"},
    "webpaste": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "xlsformula": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "exifphoto": {"info_table": "IMG_20220712_102133", "application": "申报书", "cover": "封面",
                  "commitment": "承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "mergedorder": {"info_table": "p_info", "application": "p_app", "cover": "p_cover", "commitment": "p_commit",
                    "cooperation_agreement": "p_agree", "qualification": "p_cert", "labor_contract": "p_contract"},
    "darkmode": {"info_table": "Screenshot_20220712_102133", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "alphapng": {"info_table": "项目信息表", "application": "申报书", "cover": "封面",
                 "commitment": "诚信承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "gridskip": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "bleedscan": {"info_table": "项目信息表（扫描）", "application": "申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "ditherscan": {"info_table": "SCAN_0001", "application": "项目申报书", "commitment": "诚信承诺书",
                   "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "fakebold": {"info_table": "项目基本信息表", "application": "项目申报书", "commitment": "科研诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "wpsfile": {"info_table": "项目信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "etfile": {"info_table": "信息表", "application": "项目申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pdfa": {"info_table": "01_项目信息表", "application": "02_项目申报书", "cover": "00_封面",
             "commitment": "03_信用承诺书", "cooperation_agreement": "04_合作协议书", "qualification": "05_资质证书",
             "labor_contract": "06_劳动合同"},
    "fodtfile": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "uotfile": {"info_table": "信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "cmykscan": {"info_table": "扫描件-信息表", "application": "项目申报书", "commitment": "扫描件-承诺书",
                 "cooperation_agreement": "扫描件-合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "kaiscan": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "gbkcmap": {"info_table": "xxb", "application": "sbs", "commitment": "cns",
                "cooperation_agreement": "hzxy", "qualification": "zzzs", "labor_contract": "ldht"},
    "puamap": {"info_table": "1-项目信息表", "application": "2-项目申报书", "cover": "0-封面", "commitment": "3-科研诚信承诺书",
               "cooperation_agreement": "4-合作协议书", "qualification": "5-资质证书", "labor_contract": "6-劳动合同"},
    "savedform": {"info_table": "项目申报 - 苏州市科技计划项目管理信息系统", "application": "项目申报书",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "tiflzw": {"info_table": "SCAN_20220630_001", "application": "项目申报书", "cover": "封面",
               "commitment": "SCAN_20220630_002", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
               "labor_contract": "劳动合同"},
    "txtinfo": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
                "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "duplexscan": {"info_table": "Scan_0001", "application": "项目申报书", "cover": "封面", "commitment": "Scan_0002",
                   "cooperation_agreement": "Scan_0003", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "bwseal": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书（复印件）",
               "cooperation_agreement": "合作协议书（复印件）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "wordwatermark": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面",
                      "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                      "labor_contract": "劳动合同"},
    "pdfmake": {"info_table": "项目申报信息表", "application": "项目申报书", "cover": "申报书封面",
                "commitment": "诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "mupdf": {"info_table": "信息表", "application": "申报书", "commitment": "信用承诺书",
              "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xslfo": {"info_table": "项目基本信息", "application": "项目申报书", "cover": "封面",
              "commitment": "申报单位信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
              "labor_contract": "劳动合同"},
    "jspdf": {"info_table": "export_info", "application": "export_application", "commitment": "export_commitment",
              "cooperation_agreement": "export_agreement", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "drawedit": {"info_table": "项目信息表（修改）", "application": "项目申报书", "cover": "封面",
                 "commitment": "科研诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "docxjs": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
               "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "itextpdf": {"info_table": "sbxx_export", "application": "sbs_export", "cover": "fm_export",
                 "commitment": "cns_export", "cooperation_agreement": "hzxy_export", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "odfpy": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
              "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xlsxwriter": {"info_table": "项目基本信息表", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "odttracked": {"info_table": "项目信息表（修订）", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "odthidden": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "wrapscan": {"info_table": "项目信息表（扫描件）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "quarterfold": {"info_table": "信息表扫描", "application": "申报书", "commitment": "诚信承诺书",
                    "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "widesheet": {"info_table": "项目信息汇总表", "application": "项目申报书", "cover": "封面",
                  "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                  "labor_contract": "劳动合同"},
    "appendixparts": {"info_table": "项目信息表", "application": "项目申报书（含附件）", "commitment": "信用承诺书",
                      "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "cropbox": {"info_table": "信息表", "application": "申报书", "commitment": "诚信承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "actualtext": {"info_table": "项目基本信息表", "application": "项目申报书", "cover": "封面",
                   "commitment": "信用承诺书", "cooperation_agreement": "产学研合作协议", "qualification": "资质证书",
                   "labor_contract": "劳动合同"},
    "docxcrop": {"info_table": "项目信息表（系统截图）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "vmlcrop": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书（盖章）",
                "cooperation_agreement": "合作协议（盖章）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "clipscan": {"info_table": "项目信息表（扫描裁剪）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "typst": {"info_table": "项目信息表", "application": "申报书", "commitment": "承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "odtcrop": {"info_table": "项目信息表（系统截图）", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                "labor_contract": "劳动合同"},
    "odtscan": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书（盖章扫描）",
                "cooperation_agreement": "合作协议（盖章扫描）", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xlsxshot": {"info_table": "项目信息表（截图）", "application": "项目申报书", "cover": "封面",
                 "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证书",
                 "labor_contract": "劳动合同"},
    "odsshot": {"info_table": "信息表截图", "application": "申报书", "commitment": "科研诚信承诺书",
                "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "tcpdf": {"info_table": "项目信息表_导出", "application": "项目申报书_导出", "cover": "封面_导出",
              "commitment": "信用承诺书_导出", "cooperation_agreement": "合作协议_导出", "qualification": "资质证书",
              "labor_contract": "劳动合同"},
    "dompdf": {"info_table": "信息表", "application": "申报书正文", "commitment": "科研诚信承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "docscan": {"info_table": "项目基本信息表", "application": "项目申报书", "cover": "封面",
                "commitment": "信用承诺书（盖章扫描）", "cooperation_agreement": "合作协议（盖章扫描）",
                "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pdfoverlay": {"info_table": "申报信息表_打印", "application": "申报书_打印", "cover": "封面_打印",
                   "commitment": "信用承诺书_打印", "cooperation_agreement": "合作协议书_打印",
                   "qualification": "资质证书", "labor_contract": "劳动合同"},
    "cjklatex": {"info_table": "info", "application": "proposal", "commitment": "commitment",
                 "cooperation_agreement": "agreement", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "lualatex": {"info_table": "基本信息表", "application": "申报书", "cover": "封面",
                 "commitment": "科研诚信承诺书", "cooperation_agreement": "产学研合作协议",
                 "qualification": "资质证明", "labor_contract": "劳动合同"},
    "poixls": {"info_table": "项目信息表(导出)", "application": "项目申报书", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "gnmprint": {"info_table": "信息表打印", "application": "申报书", "cover": "封面", "commitment": "诚信承诺书",
                 "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "gnmxlsx": {"info_table": "基本信息", "application": "申报书正文", "cover": "申报书封面",
                "commitment": "申报单位信用承诺书", "cooperation_agreement": "合作协议", "qualification": "资质证明",
                "labor_contract": "劳动合同"},
    "pdfbox": {"info_table": "申报信息表", "application": "项目申报书", "cover": "封面", "commitment": "科研诚信承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "calligra": {"info_table": "信息表", "application": "申报书", "commitment": "信用承诺书",
                 "cooperation_agreement": "产学研合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "paps": {"info_table": "项目信息表(系统打印)", "application": "申报书", "cover": "申报书封面",
             "commitment": "诚信承诺书", "cooperation_agreement": "合作协议书", "qualification": "证书",
             "labor_contract": "劳动合同"},
    "xhtml2pdf": {"info_table": "export_info", "application": "export_application", "commitment": "export_commitment",
                  "cooperation_agreement": "export_agreement", "qualification": "export_certificate",
                  "labor_contract": "export_contract"},
    "asciidoc": {"info_table": "info", "application": "proposal", "cover": "cover", "commitment": "commitment",
                 "cooperation_agreement": "agreement", "qualification": "certificate", "labor_contract": "contract"},
    "rsvg": {"info_table": "申报表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
             "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "docxtpl": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pdfapi2": {"info_table": "xinxibiao", "application": "shenbaoshu", "commitment": "chengnuoshu",
                "cooperation_agreement": "hezuoxieyi", "qualification": "zizhizhengshu", "labor_contract": "laodonghetong"},
    "officegen": {"info_table": "1-项目信息表", "application": "2-申报书", "cover": "0-封面", "commitment": "3-信用承诺书",
                  "cooperation_agreement": "4-合作协议", "qualification": "5-资质证书", "labor_contract": "6-劳动合同"},
    "haru": {"info_table": "申报表", "application": "申报书", "cover": "封面", "commitment": "承诺书",
             "cooperation_agreement": "协议", "qualification": "证书", "labor_contract": "合同"},
    "htmldocx": {"info_table": "项目信息", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "产学研合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "prawn": {"info_table": "01_基本信息表", "application": "02_申报书", "commitment": "03_诚信承诺书",
              "cooperation_agreement": "04_合作协议书", "qualification": "05_资质证书", "labor_contract": "06_劳动合同"},
    "scribus": {"info_table": "信息表", "application": "申报书正文", "cover": "申报书封面", "commitment": "信用承诺",
                "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "reactpdf": {"info_table": "申报信息", "application": "申报书", "cover": "封面", "commitment": "承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "odfdo": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "信用承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "skia": {"info_table": "1-基本信息表", "application": "2-申报书", "commitment": "3-信用承诺书",
             "cooperation_agreement": "4-合作协议", "qualification": "5-资质证书", "labor_contract": "6-劳动合同"},
    "rinoh": {"info_table": "项目信息表", "application": "申报书", "cover": "申报书封面", "commitment": "承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "证书", "labor_contract": "劳动合同书"},
    "dtpl": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书",
             "cooperation_agreement": "协议", "qualification": "资质", "labor_contract": "合同"},
    "docxrs": {"info_table": "附件1 项目信息表", "application": "附件2 项目申报书", "commitment": "附件3 信用承诺书",
               "cooperation_agreement": "附件4 合作协议", "qualification": "附件5 资质证明", "labor_contract": "附件6 劳动合同"},
    "printpdf": {"info_table": "基本信息", "application": "申报书正文", "cover": "封面", "commitment": "诚信承诺",
                 "cooperation_agreement": "合作协议", "qualification": "证书扫描", "labor_contract": "聘用合同"},
    "gofpdf": {"info_table": "01信息表", "application": "02申报书", "commitment": "03承诺书",
               "cooperation_agreement": "04合作协议", "qualification": "05资质", "labor_contract": "06劳动合同"},
    "orgodt": {"info_table": "info", "application": "proposal", "cover": "cover", "commitment": "commitment",
               "cooperation_agreement": "agreement", "qualification": "certificate", "labor_contract": "contract"},
    "rofficer": {"info_table": "1_信息表", "application": "2_申报书", "commitment": "3_信用承诺书",
                 "cooperation_agreement": "4_合作协议", "qualification": "5_资质证书", "labor_contract": "6_劳动合同"},
    "abipdf": {"info_table": "项目信息表", "application": "项目申报书", "cover": "申报书封面", "commitment": "承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "wpsdocx": {"info_table": "苏州市科技计划项目信息表", "application": "苏州市科技计划项目申报书", "cover": "申报书封面",
                "commitment": "信用承诺书", "cooperation_agreement": "合作协议", "qualification": "高企证书",
                "labor_contract": "负责人劳动合同"},
    "context": {"info_table": "info_table", "application": "application", "commitment": "commitment",
                "cooperation_agreement": "agreement", "qualification": "qualification", "labor_contract": "contract"},
    "oodoc": {"info_table": "申报信息表", "application": "申报书", "cover": "申报书封面", "commitment": "信用承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "exceljs": {"info_table": "项目信息导出", "application": "项目申报书", "commitment": "信用承诺书",
                "cooperation_agreement": "项目合作协议", "qualification": "资质证明材料", "labor_contract": "劳动合同"},
    "itextrtf": {"info_table": "exportInfo", "application": "exportApply", "commitment": "exportPromise",
                 "cooperation_agreement": "exportAgreement", "qualification": "exportCert", "labor_contract": "exportContract"},
    "composed": {"info_table": "part2", "application": "part4", "cover": "part1", "commitment": "part3",
                 "cooperation_agreement": "part5", "qualification": "part6", "labor_contract": "part7"},
    "rbpdf": {"info_table": "project_info", "application": "project_application", "cover": "cover",
              "commitment": "commitment", "cooperation_agreement": "agreement", "qualification": "certificate",
              "labor_contract": "labor_contract"},
    "goxlsx": {"info_table": "项目信息", "application": "申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "flyingsaucer": {"info_table": "基本信息表", "application": "申报书", "commitment": "承诺书",
                     "cooperation_agreement": "合作协议", "qualification": "资质材料", "labor_contract": "合同"},
    "pyfpdf": {"info_table": "基本情况表", "application": "申报书正文", "commitment": "信用承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xlwt": {"info_table": "申报信息汇总", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
             "cooperation_agreement": "产学研合作协议", "qualification": "证书", "labor_contract": "劳动合同"},
    "sheetjs": {"info_table": "项目申报信息_导出", "application": "申报书", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "qtpdf": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "承诺书",
              "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "qtodt": {"info_table": "申报信息表", "application": "申报书", "cover": "申报书封面", "commitment": "科研诚信承诺书",
              "cooperation_agreement": "产学研合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "odfdom": {"info_table": "申报表", "application": "申报书", "commitment": "诚信承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "perlxlsx": {"info_table": "export_info", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作研发协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xmlworker": {"info_table": "申报信息表", "application": "申报书", "cover": "申报书封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "jxl": {"info_table": "projectInfo", "application": "申报书", "commitment": "科研诚信承诺书",
            "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "rubyxls": {"info_table": "info_export", "application": "申报书", "cover": "封面", "commitment": "诚信承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pyexcelerate": {"info_table": "项目申报信息", "application": "项目申报书", "commitment": "信用承诺书",
                     "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "podofo": {"info_table": "1-基本信息表", "application": "2-项目申报书", "commitment": "3-诚信承诺书",
               "cooperation_agreement": "4-合作协议", "qualification": "5-资质证明", "labor_contract": "6-劳动合同"},
    "writeexcel": {"info_table": "xmxx", "application": "sbs", "cover": "fm", "commitment": "cns",
                   "cooperation_agreement": "hzxy", "qualification": "zz", "labor_contract": "ldht"},
    "pandocrtf": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书",
                  "cooperation_agreement": "合作协议", "qualification": "资质", "labor_contract": "劳动合同"},
    "openxlsx": {"info_table": "project_info", "application": "application", "cover": "cover",
                 "commitment": "commitment", "cooperation_agreement": "agreement", "qualification": "certificates",
                 "labor_contract": "contract"},
    "latex2rtf": {"info_table": "附件1_信息表", "application": "附件2_申报书", "cover": "附件2_封面",
                  "commitment": "附件3_承诺书", "cooperation_agreement": "附件4_合作协议", "qualification": "附件5_资质",
                  "labor_contract": "附件6_劳动合同"},
    "lxw": {"info_table": "export", "application": "申报书正文", "commitment": "承诺书", "cooperation_agreement": "协议",
            "qualification": "证书", "labor_contract": "合同"},
    "gnmxls": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "科研诚信承诺书",
               "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "gnmods": {"info_table": "申报信息", "application": "申报书", "cover": "封面", "commitment": "承诺书",
               "cooperation_agreement": "协议", "qualification": "证明材料", "labor_contract": "合同"},
    "pylightxl": {"info_table": "info", "application": "proposal", "cover": "cover", "commitment": "promise",
                  "cooperation_agreement": "agreement", "qualification": "license", "labor_contract": "contract"},
    "ezodf": {"info_table": "项目申报表", "application": "项目申报书", "commitment": "科研诚信承诺书",
              "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "xlpop": {"info_table": "项目信息表", "application": "申报书", "commitment": "信用承诺书",
              "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "e4n": {"info_table": "申报信息导出", "application": "项目申报书", "cover": "封面", "commitment": "诚信承诺书",
            "cooperation_agreement": "产学研合作协议", "qualification": "证明材料", "labor_contract": "劳动合同"},
    "wxf": {"info_table": "项目基本信息", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
            "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "sodf": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
             "cooperation_agreement": "合作协议", "qualification": "证明材料", "labor_contract": "合同"},
    "umya": {"info_table": "申报信息表", "application": "申报书", "commitment": "科研诚信承诺书",
             "cooperation_agreement": "合作协议", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "pdfme": {"info_table": "项目信息表（打印）", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
              "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "pdfkit": {"info_table": "信息表", "application": "申报书", "commitment": "承诺书",
               "cooperation_agreement": "合作协议书", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "xlsxtpl": {"info_table": "申报信息表", "application": "项目申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "证明材料", "labor_contract": "劳动合同"},
    "csscols": {"info_table": "项目信息（打印）", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "docxcols": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                 "cooperation_agreement": "合作协议书", "qualification": "证明材料", "labor_contract": "劳动合同"},
    "stackcell": {"info_table": "申报信息表", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "bsform": {"info_table": "项目详情打印", "application": "项目申报书", "commitment": "科研诚信承诺书",
               "cooperation_agreement": "合作协议", "qualification": "证明材料", "labor_contract": "劳动合同"},
    "grouphead": {"info_table": "项目信息表", "application": "项目申报书", "commitment": "诚信承诺书",
                  "cooperation_agreement": "合作协议书", "qualification": "资质证明", "labor_contract": "劳动合同"},
    "coloncol": {"info_table": "申报信息", "application": "申报书", "cover": "封面", "commitment": "信用承诺书",
                 "cooperation_agreement": "合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
    "layoutdocx": {"info_table": "项目信息表", "application": "项目申报书", "cover": "封面", "commitment": "科研诚信承诺书",
                   "cooperation_agreement": "合作协议", "qualification": "证明材料", "labor_contract": "劳动合同"},
    "layoutpdf": {"info_table": "基本信息", "application": "申报书", "commitment": "信用承诺书",
                  "cooperation_agreement": "产学研合作协议", "qualification": "资质证书", "labor_contract": "劳动合同"},
}


def with_colon(label):
    """A cover's label as its line prints it: with a colon after it, unless it has one."""
    return label if label.endswith("：") else label + "："


def cover_lines(t, fam):
    """(big title, [label lines], footer lines) of the cover."""
    styles = {
        "a": ("苏州市科技计划项目\n申  报  书",
              [("项目名称", t["cover_name"]), ("申报单位（盖章）", t["applicant"]), ("项目负责人", t["leader"]),
               ("主管部门", t["department"]), ("申报日期", "2022年7月")], ["苏州市科学技术局", "二〇二二年制"]),
        "b": ("2022年度苏州市产业前瞻与关键核心技术项目申报书",
              [("项 目 名 称：", t["cover_name"]), ("申 报 单 位：", t["applicant"]), ("负  责  人：", t["leader"]),
               ("推 荐 部 门：", t["department"]), ("填 报 日 期：", "2022 年 7 月 15 日")], ["苏州市科学技术局制"]),
        "c": ("项目申报书",
              [("课题名称", t["cover_name"]), ("承担单位", t["applicant"]), ("课题负责人", t["leader"]),
               ("归口部门", t["department"])], ["二〇二二年七月"]),
    }
    key = {"prov": "a", "nsfc": "b", "lixiang": "c", "grid-cid": "a", "ooxml": "b", "list": "c", "placeholder": "a",
           "para": "b", "grid-ttf": "c", "landscape": "a", "narrow": "c", "odt": "b", "rows": "c", "kv": "a",
           "merged": "b", "jsform": "a", "inline": "b", "rl-split": "c", "underline": "b", "grouped": "c",
           "fullwidth": "a", "bilingual": "b", "sdt": "c", "nested": "a",
           "unitcol": "b", "textbox": "c", "budgettable": "a", "rowspdf": "b", "tabs": "c",
           "sections": "a", "enum": "b", "odt4": "c", "twoline": "b", "qianyuan": "a", "onecol": "c",
           "twopair": "a", "formfield": "b", "borderless4": "c", "notes": "a",
           "twopage": "b", "engname": "c", "yuansign": "a", "scan": "b", "hanzi": "c", "onedocx": "a",
           "photo": "c", "tracked": "a", "headfoot": "b", "mergedscan": "a", "rotated": "c", "colorscan": "b",
           "docximg": "a", "ocrlayer": "b", "notounicode": "c",
           "certphoto": "a", "outlines": "c", "sealedinfo": "b",
           "watermark": "b", "bilevel": "c", "sysprint": "a",
           "restricted": "c", "xlsx": "a", "screenshot": "b",
           "acroform": "b", "abstractcell": "c", "twoup": "a",
           "dotleader": "a", "blanks": "b", "vanish": "c", "zipgbk": "a", "phonescan": "b",
           "chromeprint": "c", "budgetdetail": "a", "vertical": "b",
           "pandoc": "b", "xetex": "a", "abiword": "c", "indexcol": "a", "wide": "b",
           "finance": "c", "apptable": "a", "cairo": "b", "numlist": "a",
           "altcontent": "a", "mailmerge": "b", "covertable": "a", "decorated": "c",
           "combined": "b", "yearly": "c", "colorder": "a",
           "rowspan": "c", "kpitable": "a", "titlerow": "b",
           "upsidedown": "a", "whitetext": "b", "whitepdf": "c",
           "strikeout": "c", "unitcell": "b",
           "plchdr": "a", "plchdrpdf": "b", "symtick": "c", "symtickpdf": "a", "pagebreak": "b",
           "htmldoc": "c", "altchunk": "a", "twocol": "b",
           "worddoc": "c", "rtfdoc": "a", "distribute": "b",
           "sideways": "a", "xlsinfo": "b", "budgetfile": "c",
           "odtfile": "a", "ofdcert": "b",
           "jbig2scan": "c", "jp2scan": "a", "strictxml": "b",
           "webpimg": "a", "pdfattach": "c", "xfaform": "b",
           "heicphoto": "c", "psprint": "a", "type3font": "b",
           "wordxml": "a", "oleexcel": "b", "sevenzip": "c",
           "imgtable": "b", "esign": "c", "codeboxes": "a",
           "xlsold": "c", "xlsdict": "a", "rotlabel": "b",
           "emfpaste": "c", "olexls": "a", "ofdprint": "b",
           "ocglayer": "a", "xmlsheet": "b", "htmlxls": "c",
           "databind": "b", "typewriter": "c", "csvexport": "a",
           "moverev": "c", "smartart": "a", "calcprint": "b",
           "emlpkg": "a", "docprop": "c", "opinions": "b",
           "portfolio": "c", "splitapp": "a",
           "example": "b", "scanform": "c", "xlshidden": "a",
           "footnote": "c", "notemarks": "a", "cellbreak": "b",
           "whiteout": "a", "jointunits": "c", "reviewed": "b", "fanti": "a",
           "strikepdf": "b", "twvocab": "c", "pdf2word": "a",
           "pasted": "c", "framed": "b", "odsinfo": "a",
           "leftnotes": "a", "smarttag": "b", "stacked": "c",
           "ffdropdown": "c", "synonyms": "a", "mailbody": "b",
           "docxchunk": "a", "rtfchunk": "c",
           "posboxes": "b", "posframes": "a", "wordonline": "c", "datewords": "b",
           "vmlboxes": "a", "spaced": "c", "datecells": "b",
           "rubydocx": "c", "rubypdf": "a", "hybridpdf": "b",
           "tickmarks": "a", "swapnames": "c",
           "divform": "b", "underpdf": "a",
           "lofields": "c", "hmerge": "a", "groupboxes": "b",
           "badxref": "c", "squeeze": "a", "revised": "b",
           "skewscan": "b", "faxscan": "c", "canvas": "a",
           "mhtdoc": "b", "diagslash": "c", "reportpdf": "a",
           "englayer": "c", "lowres": "a", "sealdocx": "b",
           "shadedscan": "c", "signedscan": "a", "twopagescan": "b",
           "fadedscan": "b", "foldscan": "c", "copyscan": "a",
           "weasyprint": "c", "fpdfinfo": "b", "wkhtml": "a",
           "mobileshot": "a", "camscan": "b", "webpaste": "c",
           "xlsformula": "c", "exifphoto": "a", "mergedorder": "b",
           "darkmode": "b", "alphapng": "c", "gridskip": "a",
           "bleedscan": "a", "ditherscan": "c", "fakebold": "b",
           "wpsfile": "c", "etfile": "b", "pdfa": "a",
           "fodtfile": "b", "uotfile": "a", "cmykscan": "c",
           "kaiscan": "a", "gbkcmap": "c", "puamap": "b",
           "savedform": "c", "tiflzw": "b", "txtinfo": "a",
           "duplexscan": "b", "bwseal": "a", "wordwatermark": "c",
           "pdfmake": "a", "mupdf": "b", "xslfo": "c",
           "jspdf": "b", "drawedit": "c", "docxjs": "a",
           "itextpdf": "c", "odfpy": "a", "xlsxwriter": "b",
           "odttracked": "a", "odthidden": "b",
           "wrapscan": "c", "quarterfold": "a",
           "widesheet": "b", "appendixparts": "c",
           "cropbox": "a", "actualtext": "b",
           "docxcrop": "c", "vmlcrop": "a", "clipscan": "b", "typst": "a", "odtcrop": "c",
           "odtscan": "b", "xlsxshot": "c", "odsshot": "a",
           "tcpdf": "b", "dompdf": "c", "docscan": "a",
           "pdfoverlay": "c", "cjklatex": "a", "lualatex": "b",
           "poixls": "a", "gnmprint": "b", "gnmxlsx": "c",
           "pdfbox": "a", "calligra": "b", "paps": "c",
           "xhtml2pdf": "a", "asciidoc": "b", "rsvg": "c",
           "docxtpl": "a", "pdfapi2": "b", "officegen": "c",
           "haru": "a", "htmldocx": "b",
           "prawn": "c", "scribus": "a",
           "reactpdf": "b", "odfdo": "c",
           "skia": "a", "rinoh": "b", "dtpl": "c",
           "docxrs": "b", "printpdf": "a",
           "gofpdf": "c", "orgodt": "b",
           "rofficer": "a", "abipdf": "c",
           "wpsdocx": "b", "context": "a",
           "oodoc": "c", "exceljs": "b", "itextrtf": "a", "composed": "c",
           "rbpdf": "b", "goxlsx": "a", "flyingsaucer": "c",
           "pyfpdf": "a", "xlwt": "b", "sheetjs": "c",
           "qtpdf": "a", "qtodt": "b", "odfdom": "c", "perlxlsx": "a",
           "xmlworker": "b", "jxl": "c", "rubyxls": "a", "pyexcelerate": "b",
           "podofo": "c", "writeexcel": "a", "pandocrtf": "b", "openxlsx": "c", "latex2rtf": "a",
           "lxw": "b", "gnmxls": "c", "gnmods": "a", "pylightxl": "b", "ezodf": "c",
           "xlpop": "a", "e4n": "b", "wxf": "c", "sodf": "a", "umya": "b", "pdfme": "c", "pdfkit": "a", "xlsxtpl": "b", "csscols": "c", "docxcols": "a",
           "stackcell": "b", "bsform": "c", "grouphead": "a", "coloncol": "b", "layoutdocx": "c",
           "layoutpdf": "a"}[fam]
    return styles[key]


def app_blocks(t, fam):
    """The application as blocks: ("title"|"h"|"p"|"item", text)."""
    hs = HEADINGS[APP_STYLE[fam]]
    item = ITEM[APP_STYLE[fam]]
    s = sentences(t)
    half = max(1, len(s) // 2)
    out = [("title", t["app_name"]), ("h", hs[0])]
    out += [("p", x + "。") for x in s[:half]]
    if t["status"] and t.get("say_status"):
        out.append(("p", f"本单位为{t['status']}，研发基础扎实。"))
    out.append(("h", hs[1]))
    out += [("p", x + "。") for x in s[half:]]
    out.append(("p", f"重点攻克{'、'.join(t['abstract']['keywords'])}等关键问题。"))
    out += [("p", x) for x in t.get("extra_sentences", [])]
    out += [("h", hs[2]), ("p", "形成具有自主知识产权的核心技术，主要技术指标达到国内先进水平。"), ("h", hs[3]),
            ("p", "项目完成时达到以下考核指标：")]
    out += [("item", item.format(i=i + 1) + x + "；") for i, x in enumerate(target_items(t))]
    out += [("h", hs[4]), ("p", f"本项目实施期限为{period(t, 'cn-day')}。")]
    return out


def commitment_blocks(t, fam):
    return [("title", COMMIT_TITLE[fam]),
            ("p", f"我单位申报的“{t['project_name']}”项目，所提交的全部材料真实、准确、完整，不存在弄虚作假行为；"
                  "如有违反，自愿承担相应责任并接受处理。"),
            ("p", "法定代表人（签字）："), ("p", "单位（公章）："), ("p", "2022年7月10日")]


def agreement_blocks(t, fam):
    p = "、".join(t["partners"]) or "（合作单位）"
    return [("title", AGREE_TITLE[fam]), ("p", f"甲方：{t['applicant']}"), ("p", f"乙方：{p}"),
            ("p", f"甲乙双方就联合申报“{t['project_name']}”项目，经友好协商达成如下协议："),
            ("p", "一、乙方实质性参与项目研发，负责中试验证与推广应用。"), ("p", "二、知识产权按贡献共享。"),
            ("p", "甲方（盖章）：                乙方（盖章）："), ("p", "2022年7月8日")]


def certificate_blocks(t, fam):
    n = random.Random(t["credit_code"]).randrange(10000, 99999)
    issuer = [("p", "江苏省科学技术厅（盖章）")] if fam == "certphoto" else []
    return [("title", "高新技术企业证书"), ("p", f"企业名称：{t['applicant']}"), ("p", f"证书编号：GR2021320{n}"),
            ("p", "发证时间：2021年11月30日"), ("p", "有效期：三年")] + issuer


def labor_blocks(t, fam):
    return [("title", "劳动合同书"), ("p", f"甲方（用人单位）：{t['applicant']}"), ("p", f"乙方（劳动者）：{t['leader']}"),
            ("p", "合同期限：自2020年1月1日起至2025年12月31日止。")]


# Round 48: notes on values. A note is written into a block's text between two private-use
# characters (NOTE_OPEN, NOTE_CLOSE) and becomes, by the writer, a real footnote (LibreOffice's
# HTML footnote anchors: the superscript number after the value, the note at the foot of the
# page) or a mark typed in superscript with the notes under the table or the text.
NOTE_OPEN, NOTE_CLOSE = "\ue000", "\ue001"
VALUE_NOTES = {"project_name": "项目名称与可行性研究报告一致。", "applicant": "以营业执照登记名称为准。",
               "period": "自项目合同签订之日起算。", "total": "含单位自筹及银行贷款。",
               "municipal": "按照拨付进度分期到位。"}
NOTE_MARKS = [["*", "**", "***", "****", "*****", "******"], ["①", "②", "③", "④", "⑤", "⑥"],
              ["注1", "注2", "注3", "注4", "注5", "注6"]]


def noted(text, note):
    return text + NOTE_OPEN + note + NOTE_CLOSE


def note_parts(text):
    """[(plain text, note or None)] of a text carrying notes."""
    out = []
    while NOTE_OPEN in text:
        a, rest = text.split(NOTE_OPEN, 1)
        note, text = rest.split(NOTE_CLOSE, 1)
        out.append((a, note))
    return out + [(text, None)]


def noted_app_blocks(blocks):
    """The application with notes on its title, its first 考核指标 and its period sentence."""
    out, item_done = [], False
    for kind, text in blocks:
        if kind == "title":
            text = noted(text, "项目名称与信息表一致。")
        elif kind == "item" and not item_done:
            text, item_done = noted(text, "以第三方检测报告为准。"), True
        elif kind == "p" and text.startswith("本项目实施期限为"):
            text = noted(text, "如遇合同签订推迟，起止时间顺延。")
        out.append((kind, text))
    return out


def lo_footnotes(body):
    """Turn the notes of an HTML body into LibreOffice's footnote anchors and footnote
    divisions (what its HTML export writes and its import reads back as footnotes)."""
    notes = []

    def anchor(note):
        notes.append(note)
        n = len(notes)
        return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
                f'<sup>{n}</sup></a>')
    out = ""
    for text, note in note_parts(body):
        out += text + (anchor(note) if note else "")
    for n, note in enumerate(notes, 1):
        out += (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" '
                f'name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a>{esc(note)}</p></div>')
    return out


def docx_noted(par, text, marks, notes, bold=False, size=None):
    """Runs of `text` in paragraph `par`, each note a superscript mark (the next of `marks`),
    its text kept in `notes` for the note list under the table or text."""
    for plain, note in note_parts(text):
        if plain:
            r = par.add_run(plain)
            r.bold = bold or None
            if size:
                r.font.size = size
        if note:
            m = marks[len(notes) % len(marks)]
            r = par.add_run(m)
            r.font.superscript = True
            notes.append((m, note))


def docx_note_list(d, notes):
    if notes:
        d.add_paragraph("注：" + "；".join(m + n.rstrip("。") for m, n in notes) + "。")


def split_han(text, r):
    """`text` cut in two where a hand would wrap it: between two Han characters, near the
    middle; None when there is no such place."""
    cuts = [i for i in range(4, len(text) - 3) if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"]
    if not cuts:
        return None
    mid = len(text) / 2 + r.uniform(-2, 2)
    i = min(cuts, key=lambda c: abs(c - mid))
    return text[:i], text[i:]


# ---------------------------------------------------------------------------------------------
# Writers

def esc(s):
    return html.escape(s, quote=False)


def blocks_html(blocks, cover=None):
    out = ""
    if cover:
        title, lines, foot = cover
        out += "<p>&nbsp;</p>" + "".join(f"<h1>{esc(x)}</h1>" for x in title.split("\n")) + "<p>&nbsp;</p><p>&nbsp;</p>"
        out += "".join(f"<p style='margin-left:2cm'>{esc(with_colon(k))}{esc(v)}</p>" for k, v in lines)
        out += "<p>&nbsp;</p>" + "".join(f"<p style='text-align:center'>{esc(x)}</p>" for x in foot)
        out += "<p style='page-break-after: always'></p>"
    for kind, text in blocks:
        if kind == "title":
            out += f"<h1>{esc(text)}</h1>"
        elif kind == "h":
            out += f"<p><b>{esc(text)}</b></p>" if not text[0].isdigit() and not text.startswith(("一", "（", "第")) else f"<h2>{esc(text)}</h2>"
        elif kind == "item":
            out += f"<p style='margin-left:1cm'>{esc(text)}</p>"
        else:
            out += f"<p>{esc(text)}</p>"
    if NOTE_OPEN in out:
        out = lo_footnotes(out)
    return mp.html_page(out)


def docx_cover_table(d, cover):
    """A cover whose label lines are a borderless two-column table: the label right-aligned, the
    value over a rule (a bottom border), as Word templates align them."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    title, lines, foot = cover
    for _ in range(3):
        d.add_paragraph()
    for x in title.split("\n"):
        p = d.add_paragraph()
        r = p.add_run(x)
        r.bold, r.font.size = True, Pt(22)
        p.alignment = 1
    for _ in range(3):
        d.add_paragraph()
    tbl = d.add_table(rows=0, cols=2)
    for k, v in lines:
        cells = tbl.add_row().cells
        cells[0].text = k.rstrip("：") + "："
        cells[0].paragraphs[0].alignment = 2
        cells[1].text = v
        borders = OxmlElement("w:tcBorders")
        bottom = OxmlElement("w:bottom")
        bottom.set(qn("w:val"), "single")
        bottom.set(qn("w:sz"), "6")
        borders.append(bottom)
        cells[1]._tc.get_or_add_tcPr().append(borders)
    for _ in range(4):
        d.add_paragraph()
    for x in foot:
        d.add_paragraph(x).alignment = 1
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def docx_blocks(d, blocks, cover=None, numbered=False):
    from docx.enum.text import WD_BREAK
    if cover and numbered == "cover-table":
        docx_cover_table(d, cover)
        cover = None
    if cover:
        title, lines, foot = cover
        for x in title.split("\n"):
            p = d.add_paragraph()
            r = p.add_run(x)
            r.bold, r.font.size = True, Pt(22)
            p.alignment = 1
        for k, v in lines:
            d.add_paragraph(f"{with_colon(k)}{v}")
        for x in foot:
            d.add_paragraph(x).alignment = 1
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    marks = NOTE_MARKS[len(blocks) % len(NOTE_MARKS)]
    notes = []
    for kind, text in blocks:
        if kind == "title" and "\u2028" in text:  # a long title wrapped by hand (Shift+Enter)
            h = d.add_heading("", level=1)
            a, b = text.split("\u2028", 1)
            h.add_run(a).add_break()
            h.add_run(b)
        elif NOTE_OPEN in text:  # notes marked in superscript, listed at the end
            if kind == "title":
                docx_noted(d.add_heading("", level=1), text, marks, notes)
            else:
                docx_noted(d.add_paragraph(), text, marks, notes, bold=kind == "h")
        elif kind == "title":
            d.add_heading(text, level=1)
        elif kind == "item" and numbered == "kpi-table":  # the indicators as a table
            if not (d.tables and getattr(d, "_kpi_open", False)):
                tbl = d.add_table(rows=1, cols=3)
                tbl.style = "Table Grid"
                for c, x in zip(tbl.rows[0].cells, ["序号", "考核指标", "完成时间"]):
                    c.text = x
                d._kpi_open = True
            tbl = d.tables[-1]
            cells = tbl.add_row().cells
            cells[0].text = str(len(tbl.rows) - 1)
            body = text.split("）", 1)[-1] if text.startswith("（") else text
            cells[1].text = body.rstrip("；")
            cells[2].text = "项目结束时"
            continue
        elif kind == "h" and numbered == "white-notes":  # the heading, then an instruction in white
            from docx.shared import RGBColor
            p = d.add_paragraph()
            p.add_run(text).bold = True
            w = d.add_paragraph().add_run("（填写说明：示例：申请发明专利10项，其中授权5项；本项目实施期限为2021年1月1日至2025年12月31日。）")
            w.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif kind == "h" and numbered in (True, "cover-table"):
            # Word's list numbering gives the number, plain text the words. (covertable got this
            # too when round 24 was generated — its headings numbered twice, 1. 一、… — and keeps
            # it: the set is as it was measured.)
            d.add_paragraph(text, style="List Number")
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        else:
            d.add_paragraph(text)
    docx_note_list(d, notes)


def docx_toc(d, blocks):
    """A table of contents as Word writes one: each heading, a right tab stop with a dot leader,
    a page number; then a page break."""
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    p = d.add_paragraph()
    p.add_run("目    录").bold = True
    p.alignment = 1
    heads = [text for kind, text in blocks if kind == "h"]
    for i, h in enumerate(heads):
        p = d.add_paragraph(f"{h}\t{1 + i // 2}")
        p.paragraph_format.tab_stops.add_tab_stop(Mm(155), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def docx_table(d, rows, cols):
    tbl = d.add_table(rows=0, cols=cols)
    tbl.style = "Table Grid"
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return tbl


def info_docx(t, fam, path):
    d = mp.new_docx()
    rows = facts(t, fam)
    extra = EXTRA.get(fam, [])
    if fam in ("landscape", "wide"):
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    if fam != "framed":  # framed: the title inside the page's frame
        d.add_heading(TITLES[fam], level=1)
    kv = [(lab, val) for _, lab, val in rows] + extra
    if fam == "prov":  # 4 columns, the name spanning
        tbl = d.add_table(rows=0, cols=4)
        tbl.style = "Table Grid"
        first = tbl.add_row().cells
        m = first[1].merge(first[3])
        first[0].text, m.text = kv[0]
        for i in range(1, len(kv), 2):
            cells = tbl.add_row().cells
            cells[0].text, cells[1].text = kv[i]
            if i + 1 < len(kv):
                cells[2].text, cells[3].text = kv[i + 1]
    elif fam == "landscape":  # three pairs a row
        flat = []
        for i in range(0, len(kv), 3):
            r = []
            for k, v in kv[i:i + 3]:
                r += [k, v]
            flat.append(r + [""] * (6 - len(r)))
        docx_table(d, flat, 6)
    elif fam == "budgettable":  # the fields, then the budget as a table of sources with a header row
        by = {f: (lab, val) for f, lab, val in rows}
        docx_table(d, [[lab, val] for f, lab, val in rows if f not in ("total", "municipal")], 2)
        d.add_paragraph("经费预算（单位：万元）")
        tot, mun = t["total_budget_wan"], t["municipal_funding_wan"]
        docx_table(d, [["经费来源", "金额", "比例"],
                       [by["municipal"][0], f"{mun:g}", f"{mun / tot:.0%}"],
                       ["单位自筹", f"{tot - mun:g}", f"{(tot - mun) / tot:.0%}"],
                       [by["total"][0], f"{tot:g}", "100%"]], 3)
    elif fam == "finance":  # the unit's finances and contacts beside the project, under section rows
        r = random.Random(t["credit_code"] + fam)
        by = {f: (lab, val) for f, lab, val in rows}
        sales = r.randrange(800, 20000)
        unit_rows = [by["applicant"], by["credit_code"], by["type"], by["status"],
                     ("法定代表人", r.choice(["王建国", "李志刚", "陈国华", "张卫东"])),
                     ("联系人", r.choice(["刘晓燕", "孙丽", "周敏", "吴婷"])),
                     ("联系人手机", f"13{r.randrange(100000000, 999999999)}"),
                     ("单位地址", f"苏州市{r.choice(['工业园区星湖街', '高新区科灵路', '吴中区东吴北路'])}{r.randrange(1, 400)}号"),
                     by["zone"], by["department"],
                     ("上年度销售收入（万元）", str(sales)),
                     ("上年度研发投入（万元）", str(r.randrange(max(50, sales // 40), max(60, sales // 8)))),
                     ("资产总额（万元）", str(r.randrange(sales, sales * 3))),
                     ("职工总数（人）", str(r.randrange(30, 900))), ("其中：研发人员（人）", str(r.randrange(8, 120)))]
        proj_rows = [by[f] for f in ("project_name", "guide_code", "leader", "phone", "partners", "period",
                                      "total", "municipal")]
        tbl = d.add_table(rows=0, cols=4)
        tbl.style = "Table Grid"
        for title, kvs in (("一、申报单位基本情况", unit_rows), ("二、项目基本情况", proj_rows)):
            head = tbl.add_row().cells
            m = head[0].merge(head[3])
            m.text = title
            m.paragraphs[0].runs[0].bold = True
            long = [kv for kv in kvs if len(kv[1]) > 16]
            short = [kv for kv in kvs if len(kv[1]) <= 16]
            for k, v in long:
                cells = tbl.add_row().cells
                cells[0].text = k
                cells[1].merge(cells[3]).text = v
            for i in range(0, len(short), 2):
                cells = tbl.add_row().cells
                cells[0].text, cells[1].text = short[i]
                if i + 1 < len(short):
                    cells[2].text, cells[3].text = short[i + 1]
    elif fam == "numlist":  # labels numbered by Word's list numbering: no number in the text
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for k, v in kv:
            cells = tbl.add_row().cells
            cells[0].paragraphs[0].style = d.styles["List Number"]
            cells[0].paragraphs[0].add_run(k)
            cells[1].text = v
    elif fam == "wide":  # one header row of labels over one row of values, narrow columns
        widths = {"project_name": 30, "applicant": 26, "partners": 24}
        tbl = d.add_table(rows=2, cols=len(rows) + 1)
        tbl.style = "Table Grid"
        tbl.autofit = False
        cols = [("序号", "1", 8)] + [(lab, val, widths.get(f, 13)) for f, lab, val in rows]
        for i, (lab, val, w) in enumerate(cols):
            for r, text in ((0, lab), (1, val)):
                c = tbl.rows[r].cells[i]
                c.width = Mm(w)
                run = c.paragraphs[0].add_run(text)
                run.font.size = Pt(9)
                run.bold = r == 0
        d.add_paragraph("填表单位（盖章）：　　　　　　　　　　　　填表日期：2022年7月")
    elif fam == "budgetdetail":  # the fields; the amounts only in a budget table by 预算科目
        docx_table(d, [[lab, val] for f, lab, val in rows if f not in ("total", "municipal")], 2)
        d.add_paragraph("二、经费预算（单位：万元）")
        tot, mun = t["total_budget_wan"], t["municipal_funding_wan"]
        heads = ["设备费", "材料费", "测试化验加工费", "燃料动力费", "差旅/会议/国际合作与交流费", "劳务费", "专家咨询费", "其他支出"]
        share = [0.30, 0.25, 0.12, 0.05, 0.06, 0.15, 0.03, 0.04]
        mun_share = [0.35, 0.30, 0.15, 0.0, 0.05, 0.15, 0.0, 0.0]

        def split(amount, weights):
            parts = [round(amount * w, 1) for w in weights]
            parts[0] = round(amount - sum(parts[1:]), 1)
            return parts
        m = split(mun, mun_share)
        own = split(tot - mun, [(a * tot - b * mun) / (tot - mun) if tot > mun else 0
                                for a, b in zip(share, mun_share)])
        own = [max(0.0, x) for x in own]
        own[0] = round(tot - mun - sum(own[1:]), 1)
        body = [["预算科目", "合计", "市拨经费", "自筹经费"]]
        for h, a, b in zip(heads, m, own):
            body.append([h, f"{a + b:g}", f"{a:g}", f"{b:g}"])
        body.append(["合计", f"{tot:g}", f"{mun:g}", f"{tot - mun:g}"])
        docx_table(d, body, 4)
    elif fam == "diagslash":  # the fields; the amounts only in a budget table with a split corner cell
        docx_table(d, [[lab, val] for f, lab, val in rows if f not in ("total", "municipal")], 2)
        d.add_paragraph("二、经费预算（单位：万元）")
        tot, mun = t["total_budget_wan"], t["municipal_funding_wan"]
        heads = ["设备费", "材料费", "测试化验加工费", "差旅费", "会议费", "劳务费", "专家咨询费", "其他费用"]
        m = [round(mun * w, 1) for w in (0.40, 0.30, 0.10, 0.05, 0.0, 0.15, 0.0, 0.0)]
        m[0] = round(mun - sum(m[1:]), 1)
        rest = tot - mun
        own = [round(rest * w, 1) for w in (0.25, 0.25, 0.15, 0.05, 0.03, 0.20, 0.03, 0.04)]
        own[0] = round(rest - sum(own[1:]), 1)
        L = LABELS[fam]
        tbl = docx_table(d, [["", L["municipal"], "单位自筹", L["total"]]] +
                         [[h, f"{a:g}", f"{b:g}", f"{a + b:g}"] for h, a, b in zip(heads, m, own)] +
                         [[L["total"], f"{mun:g}", f"{rest:g}", f"{tot:g}"]], 4)
        from docx.oxml import OxmlElement
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        corner = tbl.rows[0].cells[0]
        corner.paragraphs[0].text = "经费来源"
        corner.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        corner.add_paragraph("预算科目").alignment = WD_ALIGN_PARAGRAPH.LEFT
        borders = OxmlElement("w:tcBorders")  # Word's 斜下框线: top left to bottom right
        diag = OxmlElement("w:tl2br")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")):
            diag.set(qn(k), v)
        borders.append(diag)
        corner._tc.get_or_add_tcPr().append(borders)
        tbl.rows[0].height = Mm(14)
    elif fam == "webpaste":  # two columns, four pairs a row where short: label, value, label, value
        flat, i = [], 0
        while i < len(kv):
            if i + 1 < len(kv) and len(kv[i][1]) <= 16 and len(kv[i + 1][1]) <= 16:
                flat.append([kv[i][0], kv[i][1], kv[i + 1][0], kv[i + 1][1]])
                i += 2
            else:
                flat.append([kv[i][0], kv[i][1], "", ""])
                i += 1
        tbl = docx_table(d, flat, 4)
        for row in tbl.rows:  # a long value across the row
            if not row.cells[2].text:
                row.cells[1].merge(row.cells[3])
    elif fam == "sealdocx":  # two columns, the label cells shaded grey
        from docx.oxml import OxmlElement
        tbl = docx_table(d, kv, 2)
        for row in tbl.rows:
            shd = OxmlElement("w:shd")
            for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "D9D9D9")):
                shd.set(qn(k), v)
            row.cells[0]._tc.get_or_add_tcPr().append(shd)
    elif fam == "dotleader":  # label, a tab stop with a dot leader, the value (a Word form)
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        for k, v in kv:
            p = d.add_paragraph(f"{k}\t{v}")
            p.paragraph_format.tab_stops.add_tab_stop(Mm(62), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    elif fam == "tabs":  # labelled paragraphs with tabs, no colons
        for k, v in kv:
            d.add_paragraph(f"{k}\t\t{v}")
    elif fam == "unitcol":  # label | value | unit or note
        notes = {"project_name": "不超过25字", "guide_code": "见附件1", "credit_code": "须与营业执照一致",
                 "period": "不超过3年", "total": "万元", "municipal": "万元", "phone": "手机"}
        docx_table(d, [["栏目", "填写内容", "说明"]] + [[lab, val, notes.get(f, "")] for f, lab, val in rows], 3)
    elif fam == "grouped":  # a group label merged down over its sub-labels
        by = {f: (lab, val) for f, lab, val in rows}
        groups = [("项目基本情况", ["project_name", "guide_code", "period"]),
                  ("申报单位", ["applicant", "credit_code", "type", "status", "department", "zone"]),
                  ("项目负责人", ["leader", "phone"]),
                  ("合作单位", ["partners"]),
                  ("经费预算", ["total", "municipal"])]
        tbl = d.add_table(rows=0, cols=3)
        tbl.style = "Table Grid"
        for g, fields in groups:
            first = None
            for f in fields:
                lab, val = by[f]
                cells = tbl.add_row().cells
                cells[1].text, cells[2].text = lab, val
                if first is None:
                    first = cells[0]
                    first.text = g
                else:
                    first = first.merge(cells[0])
    elif fam == "jsform":  # six grid columns, values spanning, other fields between ours
        other = [("法定代表人", mp.SURNAMES[3] + mp.GIVEN[5]), ("单位地址", "苏州市高新区科灵路78号"),
                 ("职称", "高级工程师"), ("自筹经费（万元）", f"{t['total_budget_wan'] - t['municipal_funding_wan']:g}")]
        order = kv[:3] + [other[1], kv[3], other[0]] + kv[4:6] + [kv[6], other[2]] + kv[7:13] + [kv[13], other[3]] + kv[14:]
        tbl = d.add_table(rows=0, cols=6)
        tbl.style = "Table Grid"
        i = 0
        while i < len(order):
            k, v = order[i]
            cells = tbl.add_row().cells
            if len(v) > 14 or i + 1 >= len(order):  # one pair spanning the row
                cells[0].text = k
                m = cells[1].merge(cells[5])
                m.text = v
                i += 1
            else:
                cells[0].text = k
                cells[1].merge(cells[2]).text = v
                k2, v2 = order[i + 1]
                cells[3].text = k2
                cells[4].merge(cells[5]).text = v2
                i += 2
    elif fam in ("underline", "underpdf"):  # labelled paragraphs, values underlined as on a paper form
        for k, v in kv:
            p = d.add_paragraph()
            p.add_run(k + "：")
            r = p.add_run("  " + v + "  ")
            r.underline = True
    elif fam == "rows":  # label rows over value rows, four fields a band
        for i in range(0, len(kv), 4):
            chunk = kv[i:i + 4]
            tbl = d.add_table(rows=2, cols=len(chunk))
            tbl.style = "Table Grid"
            for c, (k, v) in enumerate(chunk):
                tbl.rows[0].cells[c].text = k
                tbl.rows[1].cells[c].text = v
            d.add_paragraph("")
    elif fam == "lixiang":  # label column, then a 经费 block with a sub-table
        docx_table(d, [[k, v] for k, v in kv], 2)
        d.add_paragraph("注：本表由企业研发部门填写，经费单位为万元。")
    elif fam == "engname":  # Chinese names with their English names in brackets
        def english(name):
            h = sum(ord(c) for c in name)
            word = ["Kerui", "Weixin", "Huaxin", "Lianyi", "Boda", "Jingwei"][h % 6]
            kind = "University" if name.endswith("大学") else "Technology Co., Ltd."
            return f"{name} ({'Suzhou ' if name.startswith('苏州') else ''}{word} {kind})"
        out_rows = []
        for f, lab, val in rows:
            if f == "applicant":
                val = english(val)
            elif f == "partners" and t["partners"]:
                val = "；".join(english(p) for p in t["partners"])
            out_rows.append([lab, val])
        docx_table(d, out_rows + [[k, v] for k, v in extra], 2)
    elif fam == "notes":  # a fill-in instruction in small print under each label
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for k, v in kv:
            cells = tbl.add_row().cells
            head, *more = k.split("\n")
            cells[0].text = head
            for m in more:
                r = cells[0].add_paragraph().add_run(m)
                r.font.size = Pt(8)
            cells[1].text = v
    elif fam == "twoline":  # labels broken over two paragraphs inside their cells
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for k, v in kv:
            cells = tbl.add_row().cells
            first, *more = k.split("\n")
            cells[0].text = first
            for m in more:
                cells[0].add_paragraph(m)
            cells[1].text = v
        d.add_paragraph("注：申请市拨经费不超过项目总投入的30%。")
    elif fam in ("strikeout", "strikepdf"):  # old values struck through, the new ones typed after them
        r = random.Random(t["credit_code"] + fam)
        old = {"total": lambda v: f"{float(v) * 1.5:g}", "municipal": lambda v: f"{float(v) * 1.5:g}",
               "leader": lambda v: r.choice(["王建国", "李志刚", "陈国华"]),
               "phone": lambda v: f"13{r.randrange(100000000, 999999999)}"}
        if fam == "strikepdf":  # the period a year longer and the draft's name struck too
            import re as _re
            old["period"] = lambda v: _re.sub(r"(\d{4})(年\d{1,2}月\d{1,2}日)$", lambda m: f"{int(m.group(1)) + 1}{m.group(2)}", v)
            old["project_name"] = lambda v: v[:-2] + "项目" if v.endswith("研发") else v + "（草稿）"
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            p = cells[1].paragraphs[0]
            if f in old and (fam == "strikeout" or (val and val[0].isdigit() or f in ("leader", "project_name")) and val):
                struck = p.add_run(old[f](val))
                struck.font.strike = True
                p.add_run(" ")
            p.add_run(val)
    elif fam in ("whitetext", "whitepdf"):  # example values kept in white type after the values
        from docx.shared import RGBColor
        ex = {"project_name": "示例：基于机器视觉的缺陷检测装备研发", "guide_code": "示例：210101",
              "applicant": "示例：苏州示例科技有限公司", "credit_code": "示例：91320500MA1XXXXXXX",
              "leader": "示例：王某某", "phone": "示例：13900000000", "partners": "示例：苏州示例大学",
              "period": "示例：2021年1月至2025年12月", "total": "示例：500", "municipal": "示例：150"}
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            p = cells[1].paragraphs[0]
            if f in ex:
                w = p.add_run(ex[f] + " ")
                w.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            p.add_run(val)
        note = d.add_paragraph().add_run("填表说明：金额单位为万元；示例：项目总投入500万元，其中申请市拨经费150万元。")
        note.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif fam in ("plchdr", "plchdrpdf"):  # content controls; the ones left empty show Word's placeholder
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml import parse_xml
        from docx.shared import RGBColor
        ph_style = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph_style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
        ids = iter(range(100001, 100100))
        placeholder = "单击或点击此处输入文字。"

        def text_sdt(f, value, pr=""):
            if not value:
                return (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{f}"/><w:id w:val="{next(ids)}"/>{pr}'
                        '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                        '<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                        f'</w:rPr><w:t>{placeholder}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
            return (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{f}"/><w:id w:val="{next(ids)}"/>{pr}</w:sdtPr>'
                    f'<w:sdtContent><w:p><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')

        def date_sdt(f, y, m, day):
            pr = (f'<w:date w:fullDate="{y}-{m:02d}-{day:02d}T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
                  '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
            return text_sdt(f, f"{y}年{m}月{day}日", pr)

        def kind_sdt(value):
            items = "".join(f'<w:listItem w:displayText="{k}" w:value="{k}"/>' for k in ["企业", "高校", "科研院所", "其他"])
            return text_sdt("type", value, f"<w:dropDownList>{items}</w:dropDownList>")

        def boxes(chosen):
            out = ""
            for opt in ["高新技术企业", "国家科技型中小企业", "高新技术企业培育库入库企业"]:
                on = opt == chosen
                out += (f'<w:sdt><w:sdtPr><w:id w:val="{next(ids)}"/><w14:checkbox><w14:checked w14:val="{int(on)}"/>'
                        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                        'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
                        'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                        f'<w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'
                        f'<w:r><w:t xml:space="preserve">{opt}  </w:t></w:r>')
            return f'<w:p {ns}>{out}</w:p>'
        (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows + [("note", "备注", "无")]:
            cells = tbl.add_row().cells
            cells[0].text = lab
            tc = cells[1]._tc
            for old in tc.findall(qn("w:p")):
                tc.remove(old)
            empty = val == "无" and f in ("zone", "partners", "note")
            if f == "start":
                tc.append(parse_xml(date_sdt(f, sy, sm, 1)))
            elif f == "end":
                tc.append(parse_xml(date_sdt(f, ey, em, last_day(ey, em))))
            elif f == "type":
                tc.append(parse_xml(kind_sdt(val)))
            elif f == "status":
                tc.append(parse_xml(boxes(t["status"])))
            else:
                tc.append(parse_xml(text_sdt(f, "" if empty else val)))
    elif fam in ("symtick", "symtickpdf"):  # tick boxes in Wingdings 2: w:sym, or R and £ typed in the font
        from docx.oxml import OxmlElement
        r = random.Random(t["credit_code"] + fam)
        as_sym = r.random() < 0.5

        def tick_line(p, options, chosen):
            for opt in options:
                on = opt == chosen
                if as_sym:
                    run = p.add_run()
                    sym = OxmlElement("w:sym")
                    sym.set(qn("w:font"), "Wingdings 2")
                    sym.set(qn("w:char"), "F052" if on else "F0A3")
                    run._r.append(sym)
                else:
                    run = p.add_run("R" if on else "£")
                    run.font.name = "Wingdings 2"
                p.add_run(opt + "  ")
        kinds = {"enterprise": "企业", "university": "高校"}
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            p = cells[1].paragraphs[0]
            if f == "type":
                tick_line(p, ["企业", "高校", "科研院所", "其他"], kinds[t["applicant_type"]])
            elif f == "status":
                tick_line(p, ["高新技术企业", "国家科技型中小企业", "高新技术企业培育库入库企业"], t["status"])
            else:
                p.add_run(val)
    elif fam == "pagebreak":  # long rows that break across pages; header row repeated; running header, page numbers
        from docx.oxml import OxmlElement
        a = t["abstract"]
        long_rows = [("项目简介", a["abstract"]), ("主要研究内容", "；".join(sentences(t)) + "。"),
                     ("预期目标", "；".join(target_items(t)) + "。")]
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        head = tbl.add_row()
        head.cells[0].text, head.cells[1].text = "项目", "内容"
        trpr = head._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))
        order = [x for x in rows if x[0] in ("project_name", "guide_code")] + [None] + \
            [x for x in rows if x[0] not in ("project_name", "guide_code")]
        for x in order:
            if x is None:
                for lab, val in long_rows:
                    cells = tbl.add_row().cells
                    cells[0].text = lab
                    cells[1].text = val
                    for para in cells[1].paragraphs:
                        para.paragraph_format.line_spacing = 1.8
                continue
            cells = tbl.add_row().cells
            cells[0].text, cells[1].text = x[1], x[2]
        sec = d.sections[0]
        sec.header.paragraphs[0].text = "苏州市科技计划项目信息表（2022年度）"
        sec.header.paragraphs[0].alignment = 1
        fp = sec.footer.paragraphs[0]
        fp.alignment = 1

        def field(instr):
            run = fp.add_run()
            for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
                if kind:
                    fc = OxmlElement("w:fldChar")
                    fc.set(qn("w:fldCharType"), kind)
                    run._r.append(fc)
                elif text == instr:
                    it = OxmlElement("w:instrText")
                    it.set(qn("xml:space"), "preserve")
                    it.text = f" {instr} "
                    run._r.append(it)
                else:
                    tx = OxmlElement("w:t")
                    tx.text = text
                    run._r.append(tx)
        fp.add_run("第 ")
        field("PAGE")
        fp.add_run(" 页 共 ")
        field("NUMPAGES")
        fp.add_run(" 页")
    elif fam == "rotlabel":  # group labels turned 90° in a merged first column
        by = {f: (lab, val) for f, lab, val in rows}
        groups = [("项目", [f for f in ("project_name", "guide_code", "period") if f in by]),
                  ("申报单位", ["applicant", "credit_code", "type", "status", "department", "zone"]),
                  ("项目负责人", ["leader", "phone"]),
                  ("合作单位", ["partners"]),
                  ("经费", ["total", "municipal"])]
        tbl = d.add_table(rows=0, cols=3)
        tbl.style = "Table Grid"
        for group, fields in groups:
            first = None
            for f in fields:
                cells = tbl.add_row().cells
                cells[1].text, cells[2].text = by[f]
                first = first or cells[0]
                last = cells[0]
            m = first.merge(last) if last is not first else first
            m.text = group
            tcpr = m._tc.get_or_add_tcPr()
            tcpr.append(tcpr.makeelement(qn("w:textDirection"), {qn("w:val"): "btLr"}))
            tcpr.append(tcpr.makeelement(qn("w:vAlign"), {qn("w:val"): "center"}))
    elif fam == "spaced":  # labels spread to one width by spaces, values lined up by spaces
        docx_table(d, [[k, v] for k, v in kv], 2)
    elif fam == "datecells":  # a printed form: the period typed into boxes, 年 and 月 their own cells
        (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
        boxes = [str(sy), "年", str(sm), "月", "至", str(ey), "年", str(em), "月"]
        tbl = d.add_table(rows=0, cols=1 + len(boxes))
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            if f == "period":
                for i, b in enumerate(boxes):
                    cells[1 + i].text = b
            else:
                cells[1].merge(cells[len(boxes)]).text = val
        tbl.autofit = False  # a label column wide enough for its labels, narrow boxes
        for i, col in enumerate(tbl.columns):
            col.width = Mm(34) if i == 0 else Mm(14)
        for row in tbl.rows:
            for i, c in enumerate(row.cells):
                c.width = Mm(34) if i == 0 else Mm(14)
    elif fam == "codeboxes":  # a Word form: the credit code and the phone one character to a box
        boxes = 18
        tbl = d.add_table(rows=0, cols=1 + boxes)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            if f in ("credit_code", "phone"):
                for i, ch in enumerate(val[:boxes]):
                    cells[1 + i].text = ch
                if f == "phone":  # the boxes after the number's eleven stay empty, merged
                    cells[1 + min(len(val), boxes - 1)].merge(cells[boxes])
            else:
                cells[1].merge(cells[boxes]).text = val
    elif fam in ("covertable", "combined", "kpitable", "twocol", "strictxml", "wordxml", "wordwatermark",
                 "calligra"):  # an ordinary two-column table
        docx_table(d, [[k, v] for k, v in kv], 2)
    elif fam == "budgetfile":  # the fields without amounts (they are in 经费预算表, see budget_file)
        docx_table(d, [[lab, val] for f, lab, val in rows if f not in ("total", "municipal")], 2)
    elif fam == "distribute":  # two pairs a row, each label spread over its cell (分散对齐)
        flat = []
        for i in range(0, len(kv), 2):
            r = [x for pair in kv[i:i + 2] for x in pair]
            flat.append(r + [""] * (4 - len(r)))
        tbl = docx_table(d, flat, 4)
        for row in tbl.rows:
            for c in (row.cells[0], row.cells[2]):
                for par in c.paragraphs:
                    ppr = par._p.get_or_add_pPr()
                    jc = ppr.makeelement(qn("w:jc"), {qn("w:val"): "distribute"})
                    ppr.append(jc)
    elif fam == "yearly":  # the fields; the amounts only in a budget table by year
        docx_table(d, [[lab, val] for f, lab, val in rows if f not in ("total", "municipal")], 2)
        by = {f: (lab, val) for f, lab, val in rows}
        sy, ey = ym(t["start"])[0], ym(t["end"])[0]
        years = list(range(sy, ey + 1))
        r = random.Random(t["credit_code"] + fam)

        def split(total):  # whole 万元 a year where it can, the last year takes the rest
            if len(years) == 1:
                return [total]
            parts = []
            left = total
            for _ in years[:-1]:
                p = float(int(left * r.uniform(0.25, 0.5)))
                parts.append(p)
                left -= p
            return parts + [round(left, 4)]
        tot, mun = t["total_budget_wan"], t["municipal_funding_wan"]
        d.add_paragraph("经费预算（单位：万元）")
        fmt = lambda x: f"{round(x, 2):g}"
        own = split(tot)
        mparts = [round(mun * p / tot, 2) for p in own[:-1]]
        mparts.append(round(mun - sum(mparts), 2))
        docx_table(d, [["经费"] + [f"{y}年" for y in years] + ["合计"],
                       [by["total"][0]] + [fmt(x) for x in own] + [fmt(tot)],
                       [by["municipal"][0]] + [fmt(x) for x in mparts] + [fmt(mun)],
                       ["自筹经费"] + [fmt(round(a - b, 4)) for a, b in zip(own, mparts)] + [fmt(round(tot - mun, 4))]],
                   len(years) + 2)
    elif fam == "placeholder":  # 2 columns, wide labels with spaces
        docx_table(d, [[k, v] for k, v in kv], 2)
        d.add_paragraph("填表说明：1. 请如实填写；2. 带*项为必填项。")
    elif fam in ("headfoot", "composed"):  # four columns, two pairs a row (headfoot: printed with header and footer)
        flat = []
        for i in range(0, len(kv), 2):
            r = [x for pair in kv[i:i + 2] for x in pair]
            flat.append(r + [""] * (4 - len(r)))
        docx_table(d, flat, 4)
    elif fam in ("smartart", "splitapp", "fanti", "twvocab", "docxchunk", "wordonline", "datewords",
                 "tickmarks"):  # two columns, a plain grid
        docx_table(d, [[k, v] for k, v in kv], 2)
    elif fam == "leftnotes":  # the template's bracketed instructions left in the value cells
        from docx.shared import RGBColor
        r = random.Random(t["credit_code"] + fam)
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            note = LEFT_NOTES.get(f)
            p = cells[1].paragraphs[0]
            if not note:
                p.add_run(val)
                continue
            where, how = note[0], r.choice(["same", "grey", "line"])
            if where == "before" and how != "line":
                run = p.add_run(note[1])
                if how == "grey":
                    run.font.color.rgb, run.font.size = RGBColor(0x80, 0x80, 0x80), Pt(8)
                p.add_run(val)
            elif how == "line":
                p.add_run(val)
                run = cells[1].add_paragraph().add_run(note[1])
                run.font.color.rgb, run.font.size = RGBColor(0x80, 0x80, 0x80), Pt(8)
            else:
                p.add_run(val)
                run = p.add_run(note[1])
                if how == "grey":
                    run.font.color.rgb, run.font.size = RGBColor(0x80, 0x80, 0x80), Pt(8)
    elif fam == "stacked":  # an index column; each field's label over its value in one cell
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for i, (lab, val) in enumerate(kv, 1):
            cells = tbl.add_row().cells
            cells[0].text = str(i)
            head = cells[1].paragraphs[0].add_run(lab)
            head.bold = True
            cells[1].add_paragraph(val)
    elif fam == "pasted":  # values pasted from a PDF and a web page, as copying gives them
        docx_table(d, [[lab, pasted_value(f, val)] for f, lab, val in rows], 2)
    elif fam == "framed":  # the whole form inside a one-cell table framing the page
        frame = d.add_table(rows=1, cols=1)
        frame.style = "Table Grid"
        cell = frame.rows[0].cells[0]
        head = cell.paragraphs[0]
        run = head.add_run(TITLES[fam])
        run.bold, run.font.size = True, Pt(16)
        head.alignment = 1
        inner = cell.add_table(rows=0, cols=4)
        inner.style = "Table Grid"
        for i in range(0, len(kv), 2):
            cells = inner.add_row().cells
            for j, (k, v) in enumerate(kv[i:i + 2]):
                cells[2 * j].text, cells[2 * j + 1].text = k, v
        cell.add_paragraph("申报单位（盖章）：")
        cell.add_paragraph("法定代表人（签字）：　　　　　　　　　　年　　月　　日")
    elif fam == "example":  # the template's worked example, then the table to fill in
        d.add_paragraph("填表示例（仅供参考，请勿在本表中填写）")
        docx_table(d, [[lab, EXAMPLE_VALUES[k]] for k, lab, _ in rows], 2)
        d.add_paragraph("请参照上表示例，在下表中如实填写：")
        docx_table(d, [[k, v] for k, v in kv], 2)
    elif fam == "opinions":  # the fields, then the paper form's opinion and signature rows
        docx_table(d, [[k, v] for k, v in kv] + OPINION_ROWS, 2)
    elif fam == "jointunits":  # a section per unit with the same sub-labels, then the project
        from docx.oxml import OxmlElement
        by = {f: (lab, val) for f, lab, val in rows}
        r = random.Random(t["credit_code"] + fam)
        tbl = d.add_table(rows=0, cols=4)
        tbl.style = "Table Grid"

        def section(title):
            cells = tbl.add_row().cells
            m = cells[0].merge(cells[3])
            m.text = title
            m.paragraphs[0].runs[0].bold = True

        def pair_row(a, b, c="", e=""):
            cells = tbl.add_row().cells
            for cell, x in zip(cells, (a, b, c, e)):
                cell.text = x

        section("一、申报单位情况")
        pair_row("单位名称", by["applicant"][1], "统一社会信用代码", by["credit_code"][1])
        pair_row("单位性质", by["type"][1], "企业资质", by["status"][1])
        pair_row("主管部门", by["department"][1], "所在高新区", by["zone"][1])
        section("二、合作单位情况")
        if not t["partners"]:
            pair_row("单位名称", "无", "统一社会信用代码", "无")
        for i, p in enumerate(t["partners"]):
            uni = p.endswith(("大学", "学院", "研究院", "研究所"))
            pr = random.Random(p)
            body = ("12320000" if uni else "91320500") + "".join(pr.choice(mp.ALPHABET) for _ in range(9))
            check = sum(mp.ALPHABET.index(ch) * wt for ch, wt in zip(body, mp.WEIGHTS))
            code = body + mp.ALPHABET[(31 - check % 31) % 31]
            pair_row("单位名称", p, "统一社会信用代码", code)
            pair_row("单位性质", "高校" if uni else "企业", "联系人",
                     r.choice(["陈立", "周敏", "吴浩然", "郑洁"]))
            pair_row("联系电话", "0512-6" + str(r.randrange(1000000, 9999999)), "分工", "中试验证与推广应用")
        section("三、项目基本情况")
        cells = tbl.add_row().cells
        cells[0].text = by["project_name"][0]
        m = cells[1].merge(cells[3])
        m.text = by["project_name"][1]
        pair_row(by["guide_code"][0], by["guide_code"][1], by["period"][0], by["period"][1])
        pair_row(by["leader"][0], by["leader"][1], by["phone"][0], by["phone"][1])
        pair_row(by["total"][0], by["total"][1], by["municipal"][0], by["municipal"][1])
    elif fam == "notemarks":  # note marks typed in superscript after values, the notes below
        marks = NOTE_MARKS[random.Random(t["credit_code"] + fam).randrange(len(NOTE_MARKS))]
        notes = []
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            docx_noted(cells[1].paragraphs[0], noted(val, VALUE_NOTES[f]) if f in VALUE_NOTES else val, marks, notes)
        docx_note_list(d, notes)
    elif fam == "cellbreak":  # values wrapped by hand inside their cells: Enter, Shift+Enter
        r = random.Random(t["credit_code"] + fam)
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for f, lab, val in rows:
            cells = tbl.add_row().cells
            cells[0].text = lab
            lines = [val]
            if f in ("project_name", "applicant") and len(val) >= 10 and split_han(val, r):
                lines = list(split_han(val, r))
            elif f == "period" and "至" in val:
                a, b = val.split("至", 1)
                lines = [a + "至", b]
            elif f in ("total", "municipal") and val.replace(".", "").isdigit() and float(val) >= 1 \
                    and float(val) == int(float(val)):
                lines = [val, f"（大写：{mp.daxie_yuan(float(val))}）"]
            elif f == "partners" and len(t["partners"]) > 1:
                lines = list(t["partners"])
            elif f == "leader" and r.random() < 0.5:
                lines = [val, r.choice(["（高级工程师）", "（教授）", "（总工程师）"])]
            soft = r.random() < 0.5  # Shift+Enter (a line break) or Enter (a new paragraph)
            par = cells[1].paragraphs[0]
            for i, line in enumerate(lines):
                if i and not soft:
                    par = cells[1].add_paragraph()
                run = par.add_run(line)
                if soft and i < len(lines) - 1:
                    run.add_break()
    elif fam == "squeeze":  # labels fitted to one width, long values squeezed into one line
        from docx.oxml import OxmlElement
        tbl = d.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        tbl.autofit = False
        per_line = 13  # Han characters of 10.5 pt a 58 mm cell holds on a line, with room to spare
        for lab, val in kv:
            cells = tbl.add_row().cells
            cells[0].width, cells[1].width = Mm(36), Mm(58)
            # 调整宽度: the label spread or squeezed to the width of seven characters, as Word
            # sets it (LibreOffice ignores w:fitText, so the spacing and scale are written out)
            props = cells[0].paragraphs[0].add_run(lab)._r.get_or_add_rPr()
            n = sum(0.5 if ord(c) < 0x2E80 else 1 for c in lab)
            if n < 7:
                spacing = OxmlElement("w:spacing")
                spacing.set(qn("w:val"), str(int((7 - n) * 210 / max(1, len(lab) - 1))))
                props.append(spacing)
            elif n > 7:
                scale = OxmlElement("w:w")
                scale.set(qn("w:val"), str(int(100 * 7 / n)))
                props.append(scale)
            run = cells[1].paragraphs[0].add_run(val)
            width = sum(0.6 if ord(c) < 0x2E80 else 1 for c in val)
            if width > per_line:  # 字符缩放 and 紧缩, as people fit a long name on one line
                props = run._r.get_or_add_rPr()
                spacing = OxmlElement("w:spacing")
                spacing.set(qn("w:val"), "-6")
                props.append(spacing)
                scale = OxmlElement("w:w")
                scale.set(qn("w:val"), str(max(40, int(100 * per_line / width))))
                props.append(scale)
        for i, col in enumerate(tbl.columns):
            col.width = Mm(36) if i == 0 else Mm(58)
    else:
        # A family with no branch here would get an empty table (covertable in round 24 and
        # twocol in round 30 did): fail instead.
        raise ValueError(f"info_docx: no table for family {fam}")
    if fam == "jsform":
        d.add_paragraph("说明：经费单位为万元，市科技经费不超过项目总投入的30%。")
    d.save(path)


def info_html(t, fam):
    rows = facts(t, fam)
    kv = [(lab, val) for _, lab, val in rows] + EXTRA.get(fam, [])
    if fam == "coloncol":  # label, a column of colons, value; no rules; labels spread over their cells
        trs = "".join(f"<tr><td width='22%' style='text-align:justify;text-align-last:justify'>{esc(k)}</td>"
                      f"<td width='4%' align='center'>：</td><td style='border-bottom:1px solid #000'>{esc(v)}</td></tr>"
                      for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table cellspacing='0' cellpadding='6' width='100%'>{trs}</table>"
                            "<p style='font-size:9pt'>注：请按实际情况填写，金额单位为万元。</p>")
    if fam == "nsfc":  # 4 columns
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='20%'>{esc(k)}</td><td width='30%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "list":  # fields, then a list table of the team
        trs = "".join(f"<tr><td width='30%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        team = [("1", t["leader"], t["applicant"], "高级工程师", "项目总体负责")]
        for i, p in enumerate(t["partners"]):
            team.append((str(i + 2), "张" + "伟明志"[i], p, "工程师", "中试验证"))
        team.append((str(len(team) + 1), "周文斌", t["applicant"], "工程师", "软件开发"))
        head = "<tr><td>序号</td><td>姓名</td><td>单位名称</td><td>职称</td><td>分工</td></tr>"
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in team)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"
                            f"<p><b>项目组主要成员</b></p><table border='1' cellspacing='0' width='100%'>{head}{body}</table>")
    if fam == "sections":  # four columns, section rows spanning the table
        by = {f: (lab, val) for f, lab, val in rows}
        def pairs_html(fields):
            out, fl = "", [by[f] for f in fields if f in by]
            for i in range(0, len(fl), 2):
                cells = "".join(f"<td width='18%'>{esc(k)}</td><td width='32%'>{esc(v)}</td>" for k, v in fl[i:i + 2])
                out += f"<tr>{cells}{'<td></td><td></td>' if len(fl[i:i + 2]) == 1 else ''}</tr>"
            return out
        trs = "<tr><td colspan='4'><b>一、项目基本情况</b></td></tr>" + pairs_html(["project_name", "guide_code", "period"])
        trs += "<tr><td colspan='4'><b>二、申报单位情况</b></td></tr>" + pairs_html(
            ["applicant", "credit_code", "type", "status", "department", "zone", "leader", "phone", "partners"])
        trs += "<tr><td colspan='4'><b>三、经费情况</b></td></tr>" + pairs_html(["total", "municipal"])
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam in ("shadedscan", "ditherscan"):  # label cells shaded grey, as forms print them
        trs = "".join(f"<tr><td width='32%' bgcolor='#D9D9D9'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>"
                            f"<tr><td colspan='2' bgcolor='#A6A6A6'><b>项目基本情况</b></td></tr>{trs}</table>")
    if fam in ("twopage", "twopagescan"):  # large print and padding: the table breaks over two pages
        # (twopage's, as generated, fits on one page with LibreOffice 7.4; twopagescan's does not)
        big = "padding:18px;font-size:18pt" if fam == "twopage" else "padding:34px;font-size:20pt"
        trs = "".join(f"<tr><td width='30%' style='{big}'>{esc(k)}</td><td style='{big}'>{esc(v)}</td></tr>"
                      for k, v in kv)
        notes = "".join(f"<p>{i}. {x}</p>" for i, x in enumerate(
            ["本表由申报单位如实填写，所填内容须与申报书一致。", "经费以万元为单位，保留两位小数。",
             "合作单位须另附合作协议。", "所在高新区无则填“无”。", "本表须经主管部门审核盖章。",
             "联系电话请填写手机号码。", "指南代码见附件1。"], 1))
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><p><b>填表说明</b></p>{notes}"
                            f"<table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "wrapscan":  # no rules, a sans face, a narrow label column: long labels wrap
        trs = "".join(f"<tr><td width='20%' style='padding:6px 4px'>{esc(k)}</td>"
                      f"<td style='padding:6px 4px'>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='0' cellspacing='0' width='100%'>{trs}</table>",
                            "body, td { font-family: 'Noto Sans CJK SC'; font-size: 13pt }")
    if fam == "borderless4":  # four columns, no rules, labels with colons
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='15%' align='right'>{esc(k)}</td><td width='35%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(kv[i:i + 2]) == 1 else ''}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='0' width='100%'>{trs}</table>")
    if fam == "qianyuan":  # four columns, amounts in thousands of yuan
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='20%'>{esc(k)}</td><td width='30%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(kv[i:i + 2]) == 1 else ''}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"
                            "<p>注：经费单位为千元。</p>")
    if fam == "abstractcell":  # long text cells before the money rows: the table runs onto page 2
        r = random.Random(t["credit_code"])
        summary = "。".join(sentences(t)) + "。"
        results = (f"项目完成后，预计新增销售收入{r.randrange(300, 3000)}万元，新增利税{r.randrange(50, 400)}万元，"
                   f"带动就业{r.randrange(20, 200)}人；" + "；".join(target_items(t)) + "。")
        rows = kv[:-2] + [("项目简介（300字以内）", summary), ("预期目标及经济社会效益", results)] + kv[-2:]
        trs = "".join(f"<tr><td width='25%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>",
                            "td { font-size: 12pt; line-height: 1.6 }")
    if fam == "sysprint":  # as the online system prints it: system name, print time, number, pages
        r = random.Random(t["credit_code"])
        number = f"SZKJ2022{r.randrange(100000, 999999)}"
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='18%' bgcolor='#eeeeee'>{esc(k)}</td><td width='32%'>{esc(v)}</td>"
                            for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(kv[i:i + 2]) == 1 else ''}</tr>"
        return mp.html_page(
            "<p style='font-size:9pt'>苏州市科技计划项目管理信息系统　　打印时间：2022-06-"
            f"{r.randrange(10, 28)} {r.randrange(8, 18)}:{r.randrange(10, 59)}:{r.randrange(10, 59)}</p>"
            f"<h1>{TITLES[fam]}</h1><p>申报编号：{number}　　　　状态：已提交</p>"
            f"<table border='1' cellspacing='0' width='100%'>{trs}</table>"
            "<p style='font-size:9pt'>本表由系统生成，打印后加盖单位公章。　　第1页 共1页</p>")
    if fam in ("mergedscan", "rotated", "colorscan", "docximg", "ocrlayer", "notounicode", "certphoto", "outlines", "upsidedown",
               "sealedinfo", "watermark", "bilevel", "restricted", "screenshot", "twoup", "zipgbk", "phonescan",
               "jbig2scan", "jp2scan", "webpimg", "pdfattach", "heicphoto", "psprint", "type3font", "sevenzip", "imgtable", "esign", "xlsold", "xlsdict", "ofdprint", "ocglayer", "emlpkg", "portfolio", "synonyms", "mailbody", "rtfchunk", "hybridpdf", "swapnames", "pdfa", "uotfile", "cmykscan", "kaiscan", "puamap", "tiflzw", "duplexscan", "bwseal", "drawedit", "appendixparts", "cropbox", "actualtext", "docxcrop", "vmlcrop", "clipscan", "typst", "odtcrop", "odtscan", "xlsxshot", "odsshot", "dompdf", "docscan"):  # an ordinary ruled table (scanned or turned afterwards)
        trs = "".join(f"<tr><td width='30%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "odtfile":  # an ordinary ruled two-column table (saved as .odt afterwards)
        trs = "".join(f"<tr><td width='32%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "ofdcert":  # four ruled columns, two pairs a row
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='18%'>{esc(k)}</td><td width='32%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(kv[i:i + 2]) == 1 else ''}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "sideways":  # a landscape page: six ruled columns, three pairs a row (turned afterwards)
        trs = ""
        for i in range(0, len(kv), 3):
            cells = "".join(f"<td width='12%'>{esc(k)}</td><td width='21%'>{esc(v)}</td>" for k, v in kv[i:i + 3])
            trs += f"<tr>{cells}{'<td></td><td></td>' * (3 - len(kv[i:i + 3]))}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>",
                            "@page { size: 29.7cm 21cm; margin: 1.5cm }")
    if fam in ("worddoc", "pdf2word", "wpsfile", "fodtfile"):  # four ruled columns, two pairs a row (saved as Word 97 / converted afterwards)
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='18%'>{esc(k)}</td><td width='32%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(kv[i:i + 2]) == 1 else ''}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "rtfdoc":  # an ordinary ruled two-column table (saved as RTF afterwards)
        trs = "".join(f"<tr><td width='35%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"
                            "<p>申报单位（盖章）：　　　　　　　　年　　月　　日</p>")
    if fam == "photo":  # an ordinary ruled table, printed and photographed (see photo_jpg)
        trs = "".join(f"<tr><td width='30%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "scan":  # an ordinary ruled table, printed and scanned afterwards (see scan_pdf)
        trs = "".join(f"<tr><td width='32%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"
                            "<p>&nbsp;</p><p>申报单位（盖章）：　　　　　　　　主管部门（盖章）：</p>")
    if fam == "rowspan":  # labels merged down over several value rows
        by = {f: (lab, val) for f, lab, val in rows}
        (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
        groups = []
        for f in ("project_name", "guide_code", "applicant", "credit_code", "type", "status", "leader", "phone",
                  "department", "zone"):
            groups.append((by[f][0], [by[f][1]]))
        groups.append((by["partners"][0], t["partners"] or ["无"]))
        groups.append((by["period"][0], [f"{sy}年{sm}月起", f"{ey}年{em}月止"]))
        groups.append(("经费（万元）", [f"{by['total'][0]}：{by['total'][1]}", f"{by['municipal'][0]}：{by['municipal'][1]}"]))
        trs = ""
        for lab, vals in groups:
            for i, v in enumerate(vals):
                head = f"<td width='30%' rowspan='{len(vals)}'>{esc(lab)}</td>" if i == 0 else ""
                trs += f"<tr>{head}<td>{esc(v)}</td></tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "titlerow":  # the title in a merged first row, the signing line in a merged last row
        trs = f"<tr><td colspan='4' align='center'><b>{esc(TITLES[fam])}</b></td></tr>"
        long = [(k, v) for k, v in kv if len(v) > 14]
        short = [(k, v) for k, v in kv if len(v) <= 14]
        for k, v in long:
            trs += f"<tr><td width='18%'>{esc(k)}</td><td colspan='3'>{esc(v)}</td></tr>"
        for i in range(0, len(short), 2):
            cells = "".join(f"<td width='18%'>{esc(k)}</td><td width='32%'>{esc(v)}</td>" for k, v in short[i:i + 2])
            trs += f"<tr>{cells}{'<td></td><td></td>' if len(short[i:i + 2]) == 1 else ''}</tr>"
        trs += "<tr><td colspan='4'>申报单位（盖章）：<br><br>　　　　　　　　　　　　　　　　年　　月　　日</td></tr>"
        return mp.html_page(f"<table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "footnote":  # real footnotes on values: the number after the value, the note below
        trs = "".join(f"<tr><td width='30%'>{esc(lab)}</td><td>{esc(noted(val, VALUE_NOTES[f]) if f in VALUE_NOTES else val)}</td></tr>"
                      for f, lab, val in rows)
        return mp.html_page(lo_footnotes(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"))
    if fam == "decorated":  # values as people decorate them
        r = random.Random(t["credit_code"] + fam)
        by = {f: (lab, val) for f, lab, val in rows}
        deco = {
            "leader": by["leader"][1] + r.choice(["（教授）", "（高级工程师）", " 研究员", "（总经理）"]),
            "phone": f"{t['phone'][:3]}-{t['phone'][3:7]}-{t['phone'][7:]}",
            "guide_code": t["guide_code"] + r.choice(["（新一代信息技术）", " 高端装备", "（先进材料）"]),
            "partners": "<br>".join(f"{i + 1}.{esc(p)}" for i, p in enumerate(t["partners"])) or "无",
        }
        trs = "".join(f"<tr><td width='30%'>{esc(lab)}</td><td>{deco[f] if f == 'partners' else esc(deco.get(f, val))}</td></tr>"
                      for f, lab, val in rows)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "unitcell":  # a unit column after the values
        unit = {"total": "万元", "municipal": "万元"}
        trs = "".join(f"<tr><td width='28%'>{esc(lab)}</td><td>{esc(val)}</td><td width='10%'>{unit.get(f, '')}</td></tr>"
                      for f, lab, val in rows)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam in ("apptable", "cairo"):  # an ordinary ruled table
        trs = "".join(f"<tr><td width='30%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "indexcol":  # an index column before label and value, under a header row
        head = "<tr><td width='8%' align='center'><b>序号</b></td><td width='32%'><b>填报项目</b></td><td><b>填报内容</b></td></tr>"
        trs = "".join(f"<tr><td align='center'>{i + 1}</td><td>{esc(k)}</td><td>{esc(v)}</td></tr>"
                      for i, (k, v) in enumerate(kv))
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{head}{trs}</table>")
    if fam == "abiword":  # a ruled two-column table, labels with their colons
        trs = "".join(f"<tr><td width='34%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"
                            "<p>注：本表由申报单位如实填写。</p>")
    if fam == "vertical":  # group labels written vertically in a merged first column
        by = {f: (lab, val) for f, lab, val in rows}
        groups = [("项目", ["project_name", "guide_code", "period"]),
                  ("申报单位", ["applicant", "credit_code", "type", "status", "department", "zone"]),
                  ("项目负责人", ["leader", "phone"]),
                  ("合作单位", ["partners"]),
                  ("经费", ["total", "municipal"])]
        trs = ""
        for g, fields in groups:
            for i, f in enumerate(fields):
                lab, val = by[f]
                head = (f"<td rowspan='{len(fields)}' width='8%' align='center'>{'<br>'.join(esc(c) for c in g)}</td>"
                        if i == 0 else "")
                trs += f"<tr>{head}<td width='26%'>{esc(lab)}</td><td>{esc(val)}</td></tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "blanks":  # a paper-style form: each value typed into a run of underscores
        r = random.Random(t["credit_code"] + fam)

        def blank(v):
            u = r.choice(["_", "＿"])
            return u * r.randrange(2, 6) + v + u * r.randrange(3, 9)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1>" + "".join(f"<p>{esc(k)}：{esc(blank(v))}</p>" for k, v in kv)
                            + "<p>&nbsp;</p><p>申报单位（盖章）：______________　　日期：______年____月____日</p>")
    if fam == "enum":  # enumerated labels with required marks, two columns
        trs = "".join(f"<tr><td width='38%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "rowspdf":  # label rows over value rows, three a band, exported to PDF
        trs = ""
        for i in range(0, len(kv), 3):
            chunk = kv[i:i + 3]
            trs += "<tr>" + "".join(f"<td>{esc(k)}</td>" for k, _ in chunk) + "</tr>"
            trs += "<tr>" + "".join(f"<td>{esc(v)}</td>" for _, v in chunk) + "</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "fullwidth":  # values typed with a full-width IME: digits and letters
        fw = lambda v: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)
        trs = "".join(f"<tr><td width='32%'>{esc(k)}</td><td>{esc(fw(v))}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "bilingual":  # Chinese and English labels
        trs = "".join(f"<tr><td width='40%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "inline":  # label and value inside one cell, two a row
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='50%'>{esc(k)}：{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "kv":  # a borderless table, labels with their colons
        trs = "".join(f"<tr><td width='28%' align='right'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='0' width='100%'>{trs}</table>")
    if fam == "merged":  # 4 columns, ruled
        trs = ""
        for i in range(0, len(kv), 2):
            cells = "".join(f"<td width='18%'>{esc(k)}</td><td width='32%'>{esc(v)}</td>" for k, v in kv[i:i + 2])
            trs += f"<tr>{cells}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    if fam == "para":  # numbered paragraphs, no table
        return mp.html_page(f"<h1>{TITLES[fam]}</h1>" + "".join(f"<p>{esc(k)}：{esc(v)}</p>" for k, v in kv))
    if fam == "narrow":  # six narrow columns, letters spaced: LibreOffice breaks values over lines
        trs = ""
        for i in range(0, len(kv), 3):
            cells = "".join(f"<td width='10%' style='letter-spacing:1pt'>{esc(k)}</td><td width='23%'>{esc(v)}</td>" for k, v in kv[i:i + 3])
            trs += f"<tr>{cells}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%' style='font-size:10pt'>{trs}</table>")
    if fam == "lofields":  # a web form: text inputs, a drop-down, a text area (LibreOffice makes them form fields)
        trs = ""
        for f, lab, val in facts(t, fam):
            if f == "type":
                ctl = f"<select name='{f}'><option selected>{esc(val)}</option></select>"
            elif f == "partners":
                ctl = f"<textarea name='{f}' rows='2' cols='40'>{esc(val)}</textarea>"
            else:
                ctl = f"<input type='text' name='{f}' size='40' value='{html.escape(val, quote=True)}'>"
            trs += f"<tr><td width='30%'>{esc(lab)}</td><td>{ctl}</td></tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><form><table border='1' cellspacing='0' width='100%'>{trs}</table></form>")
    if fam == "altchunk":  # a web editor's table: th labels, colgroup widths
        trs = "".join(f"<tr><th style='text-align:left;width:30%'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in kv)
        return mp.html_page(f"<h2 style='text-align:center'>{TITLES[fam]}</h2><table border='1' style='border-collapse:collapse;width:100%'>"
                            f"<colgroup><col width='30%'><col width='70%'></colgroup><tbody>{trs}</tbody></table>")
    if fam in ("badxref", "revised", "skewscan", "faxscan", "englayer", "lowres", "signedscan",
               "fadedscan", "foldscan", "copyscan", "camscan", "exifphoto", "mergedorder", "alphapng", "bleedscan",
               "quarterfold"):
        # a plain grid, a pair or two pairs a row
        per = 2 if fam in ("revised", "faxscan", "lowres", "foldscan", "mergedorder", "quarterfold") else 1
        trs = ""
        for i in range(0, len(kv), per):
            cells = "".join(f"<td width='{30 // per}%'>{esc(k)}</td><td width='{70 // per}%'>{esc(v)}</td>"
                            for k, v in kv[i:i + per])
            trs += f"<tr>{cells}{'<td></td><td></td>' * (per - len(kv[i:i + per]))}</tr>"
        return mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")
    raise ValueError(fam)


def saved_form_html(t, fam, path):
    """The online system's form page as a browser saves it ("网页，仅 HTML"): the site's frame,
    the values only in the form controls — inputs' value attributes, the unit type as a
    drop-down's selected option, the partners in a text area — and the page's scripts."""
    rows = ""
    for i, (key, label, value) in enumerate(facts(t, fam)):
        if key == "type":
            sel = " selected='selected'"
            opts = "".join(f"<option value='{k}'{sel if k == value else ''}>{k}</option>"
                           for k in dict.fromkeys(["企业", "高校", "科研院所", "其他", value]))
            ctl = f"<select id='f{i}' name='f{i}' class='form-select'><option value=''>--请选择--</option>{opts}</select>"
        elif key == "partners":
            ctl = f"<textarea id='f{i}' name='f{i}' rows='3' class='form-control'>{esc(value)}</textarea>"
        else:
            ctl = f"<input type='text' id='f{i}' name='f{i}' value='{html.escape(value)}' class='form-control' maxlength='200'>"
        rows += f"<tr><th class='form-label'><label for='f{i}'>{esc(label)}</label></th><td>{ctl}</td></tr>\n"
    page = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'>"
            "<title>项目申报 - 苏州市科技计划项目管理信息系统</title>"
            "<link rel='stylesheet' href='./项目申报_files/bootstrap.min.css'>"
            "<script src='./项目申报_files/jquery.min.js'></script>"
            "<script>var formState = {step: 2, dirty: false}; function save(){ $('#applyForm').submit(); }</script>"
            "</head><body><div class='navbar'>苏州市科技计划项目管理信息系统　｜　首页　项目申报　我的项目　｜　退出</div>"
            "<div class='container'><ol class='breadcrumb'><li>首页</li><li>项目申报</li><li>填写信息表</li></ol>"
            f"<form id='applyForm' method='post' action='/apply/save'><h3>{TITLES[fam]}</h3>"
            f"<table class='table table-bordered'>\n{rows}</table>"
            "<button type='button' onclick='save()'>保存</button> <button type='submit'>提交</button></form></div>"
            "<div class='footer'>主办：苏州市科学技术局　技术支持电话：0512-00000000</div></body></html>")
    open(path, "w", encoding="utf-8").write(page)
    return path


def notepad_txt(t, fam, path):
    """The information table typed in Notepad: a title, label：value lines with the labels
    padded to one width by full-width spaces, GBK, CRLF line ends."""
    rows = facts(t, fam)
    width = max(len(label) for _, label, _ in rows)
    lines = [TITLES[fam], ""] + [f"{label}{'　' * (width - len(label))}：{value}" for _, label, value in rows]
    open(path, "wb").write(("\r\n".join(lines) + "\r\n").encode("gbk", "replace"))
    return path


def tiff_of_scan(pdf_path, tif_path, mode):
    """A scanned PDF's pages saved as one multi-page TIFF (LZW, 200 dpi), as an office scanner's
    "scan to folder" writes them; the PDF is removed."""
    images = [im.convert(mode) for im in page_images(pdf_path, 200, mode, grey=mode == "L")]
    images[0].save(tif_path, "TIFF", compression="tiff_lzw", dpi=(200, 200), save_all=True, append_images=images[1:])
    os.remove(pdf_path)
    return tif_path


def blank_backs(path):
    """A blank page after every page of a PDF, in place: what a duplex scanner makes of sheets
    printed on one side."""
    import pikepdf
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    n = len(pdf.pages)
    for k in range(n - 1, -1, -1):
        box = pdf.pages[k].mediabox
        pdf.pages.insert(k + 1, pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=box, Resources=pikepdf.Dictionary(),
            Contents=pikepdf.Stream(pdf, b""))))
    pdf.save(path)


def docx_watermark(path, text="仅供申报使用"):
    """A Word document given, in place, a header line, a page-number footer and a grey diagonal
    text watermark in its header (Word's "自定义水印": VML WordArt, the text in an attribute)."""
    from docx import Document as _Document
    from docx.oxml import parse_xml
    d = _Document(path)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.text = "苏州市科技计划项目申报材料"
    head._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="{text}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'))
    foot = sec.footer.paragraphs[0]
    foot.text = "第 "
    foot._p.append(parse_xml(
        '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    foot.add_run(" 页")
    d.save(path)


def family_face(html, fam):
    """The page's typeface for a family set in another one (kaiscan: regular script, 楷体)."""
    if fam == "kaiscan":
        return html.replace(f"font-family: '{mp.FONT}'", "font-family: 'AR PL UKai CN'")
    return html


def pua_tounicode(path):
    """Rewrite a PDF's ToUnicode CMaps in place so that every Chinese character (and full-width
    form and CJK punctuation) maps to a Private Use Area code point of its own, as fonts with a
    vendor's own encoding leave it: the glyphs draw as before, the text layer is no text."""
    import re as _re
    import pikepdf
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    seen = {}

    def sub(m):
        u = int(m.group(2), 16)
        if 0x3400 <= u <= 0x9FFF or 0xFF00 <= u <= 0xFFEF or 0x3000 <= u <= 0x303F:
            u = seen.setdefault(u, 0xE000 + len(seen))
        return f"{m.group(1)}<{u:04X}>"
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
            data = obj.ToUnicode.read_bytes().decode("latin-1")
            obj.ToUnicode.write(_re.sub(r"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>", sub, data).encode("latin-1"))
    pdf.save(path)


def gbk_text(s, fname):
    """Text for a font under the GBK-EUC-H CMap: its GBK bytes (ReportLab takes them as Latin-1)."""
    if fname.endswith("GBK-EUC-H") and any(ord(ch) > 255 for ch in s):
        return s.encode("gbk", "replace").decode("latin-1")
    return s


def rl_canvas(path, pagesize):
    """A ReportLab canvas whose strings go out as GBK bytes when the font is under GBK-EUC-H."""
    from reportlab.pdfgen import canvas

    class Canvas(canvas.Canvas):
        def drawString(self, x, y, text, *a, **k):
            return super().drawString(x, y, gbk_text(text, self._fontname), *a, **k)

        def drawCentredString(self, x, y, text, *a, **k):
            return super().drawCentredString(x, y, gbk_text(text, self._fontname), *a, **k)
    return Canvas(path, pagesize=pagesize)


def rl_font(font):
    """Register the font of a ReportLab writer ("cid", "split": STSong-Light under UniGB-UCS2-H;
    "gbk": STSong-Light under GBK-EUC-H; otherwise an embedded TrueType subset); its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import CIDFont, UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    if font == "gbk":
        pdfmetrics.registerFont(CIDFont("STSong-Light", "GBK-EUC-H"))
        return "STSong-Light-GBK-EUC-H"
    if font in ("cid", "split"):
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"
    pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    return "WQY"


def width_of(s, fname, size):
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(gbk_text(s, fname), fname, size)


# ReportLab: a drawn grid of label/value cells, text placed line by line.
def info_reportlab(t, fam, path, font, split=False):
    from reportlab.lib.pagesizes import A4
    fname = rl_font(font)
    rows = [(lab, val) for _, lab, val in facts(t, fam)] + EXTRA.get(fam, [])
    c = rl_canvas(path, A4)
    w, h = A4
    c.setFont(fname, 16)
    strikes = (0.0, 0.25, 0.5) if fam == "fakebold" else (0.0,)  # bold made by striking again
    for dx in strikes:
        c.drawCentredString(w / 2 + dx, h - 60, TITLES[fam])
    x0, x1, x2 = 56, 56 + 150, w - 56
    y = h - 90
    size = 10.5
    c.setFont(fname, size)

    def wrap(s, width):
        lines, cur = [], ""
        for ch in s:
            if width_of(cur + ch, fname, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur]

    if fam == "twopair":  # two label/value pairs a row; long values take the whole row
        xs = [x0, x0 + 70, (x0 + x2) / 2, (x0 + x2) / 2 + 70, x2]
        i = 0
        while i < len(rows):
            k, v = rows[i]
            if len(v) > 16 or i + 1 >= len(rows):
                cells = [(xs[0], xs[1], k), (xs[1], xs[4], v)]
                i += 1
            else:
                k2, v2 = rows[i + 1]
                cells = [(xs[0], xs[1], k), (xs[1], xs[2], v), (xs[2], xs[3], k2), (xs[3], xs[4], v2)]
                i += 2
            wrapped = [(a, b, wrap(txt, b - a - 8)) for a, b, txt in cells]
            hgt = max(len(ls) for _, _, ls in wrapped) * 15 + 8
            for a, b, ls in wrapped:
                c.rect(a, y - hgt, b - a, hgt)
                for j, line in enumerate(ls):
                    c.drawString(a + 4, y - 15 - j * 15, line)
            y -= hgt
        rows = []
    later = []  # colorder: (column, y, x, text) drawn after the grid
    for k, v in rows:
        lk, lv = wrap(k, x1 - x0 - 8), wrap(v, x2 - x1 - 8)
        n = max(len(lk), len(lv))
        hgt = n * 15 + 8
        c.rect(x0, y - hgt, x1 - x0, hgt)
        c.rect(x1, y - hgt, x2 - x1, hgt)
        if fam == "colorder":
            later += [(1, y - 15 - i * 15, x0 + 4, s) for i, s in enumerate(lk)]
            later += [(0, y - 15 - i * 15, x1 + 4, s) for i, s in enumerate(lv)]
            y -= hgt
            continue
        for i, s in enumerate(lk):
            for dx in strikes[:2]:
                c.drawString(x0 + 4 + dx * 1.2, y - 15 - i * 15, s)
        for i, s in enumerate(lv):
            if split:  # the writer places each group of characters with its own text object
                x = x1 + 4
                j = 0
                while j < len(s):
                    piece = s[j:j + 1 + (j * 7 + len(s)) % 3]
                    c.drawString(x, y - 15 - i * 15, piece)
                    x += width_of(piece, fname, size)
                    j += len(piece)
            else:
                c.drawString(x1 + 4, y - 15 - i * 15, s)
        y -= hgt
    for _, yy, xx, s in sorted(later, key=lambda o: (o[0], o[1])):  # values, then labels, bottom up
        c.drawString(xx, yy, s)
    c.setFont(fname, 9)
    c.drawString(x0, y - 20, "注：本表一式两份。" if fam == "colorder" else "注：金额单位为元；本表一式两份。")
    c.save()


def blocks_reportlab(blocks, path, font, cover=None):
    from reportlab.lib.pagesizes import A4
    fname = rl_font(font)
    c = rl_canvas(path, A4)
    w, h = A4
    if cover:
        title, lines, foot = cover
        y = h - 200
        c.setFont(fname, 24)
        for x in title.split("\n"):
            c.drawCentredString(w / 2, y, x)
            y -= 40
        y -= 60
        c.setFont(fname, 14)
        for k, v in lines:
            c.drawString(120, y, k + ("" if k.endswith("：") else "："))
            c.drawString(240, y, v)
            c.line(236, y - 4, w - 100, y - 4)
            y -= 36
        y = 140
        for x in foot:
            c.drawCentredString(w / 2, y, x)
            y -= 24
        c.showPage()
    y = h - 72
    for kind, text in blocks:
        size = {"title": 16, "h": 13}.get(kind, 11)
        c.setFont(fname, size)
        width = w - 144 - (24 if kind == "item" else 0)
        lines, cur = [], ""
        for ch in text:
            if width_of(cur + ch, fname, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for i, s in enumerate(lines):
            if y < 72:
                c.showPage()
                c.setFont(fname, size)
                y = h - 72
            if kind == "title":
                c.drawCentredString(w / 2, y, s)
            else:
                indent = 24 if kind == "item" else (22 if kind == "p" and i == 0 else 0)
                c.drawString(72 + indent, y, s)
            y -= size * 1.7
        y -= 4 if kind != "title" else 14
    c.save()


# Hand-written WordprocessingML: runs split mid-word, merged cells, no styles part.
def ooxml_docx(path, body_xml, comments=None):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
             if comments else '') +
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body_xml + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        if comments:
            z.writestr("word/_rels/document.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                       '</Relationships>')
            z.writestr("word/comments.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                       + "".join(f'<w:comment w:id="{i}" w:author="审核人" w:date="2022-07-10T09:00:00Z"><w:p><w:r>'
                                 f'<w:t>{esc(c)}</w:t></w:r></w:p></w:comment>' for i, c in enumerate(comments))
                       + '</w:comments>')


def runs(text, rnd):
    """Text as several runs, split where a writer's edits would split it, with a proofErr mark."""
    out, i = "", 0
    while i < len(text):
        n = rnd.randint(1, 4)
        piece = text[i:i + n]
        rpr = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="21"/></w:rPr>' if rnd.random() < 0.5 else ""
        out += f'<w:r>{rpr}<w:t xml:space="preserve">{esc(piece)}</w:t></w:r>'
        if rnd.random() < 0.15:
            out += '<w:proofErr w:type="spellStart"/>'
        i += n
    return out


def ox_p(text, rnd, bold=False, center=False):
    ppr = '<w:pPr>' + ('<w:jc w:val="center"/>' if center else '') + '</w:pPr>'
    if bold:
        return f'<w:p>{ppr}<w:r><w:rPr><w:b/></w:rPr><w:t>{esc(text)}</w:t></w:r></w:p>'
    return f'<w:p>{ppr}{runs(text, rnd)}</w:p>'


def ox_cell(text, rnd, span=1, vmerge=None):
    tcpr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
           (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge == "continue" else "") + "</w:tcPr>"
    return f"<w:tc>{tcpr}{ox_p(text, rnd) if text else '<w:p/>'}</w:tc>"


def ox_hidden(text):
    """A run Word hides (w:vanish): a template's instruction, red, not printed."""
    return (f'<w:r><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def ox_hidden_p(text):
    """A whole hidden paragraph, its paragraph mark hidden too."""
    return f'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{ox_hidden(text)}</w:p>'


def ox_shown(text, rnd):
    """Runs of visible text, some saying so explicitly (w:vanish w:val="0", as Word writes where
    a run overrides a hidden style)."""
    return runs(text, rnd).replace('<w:rPr><w:rFonts w:hint="eastAsia"/>',
                                   '<w:rPr><w:vanish w:val="0"/><w:rFonts w:hint="eastAsia"/>')


VANISH_NOTES = {  # a template's hidden instructions and examples, per field and per part
    "project_name": ("（不超过25个字，以“研发”结尾）", "示例：基于机器视觉的缺陷检测装备研发"),
    "guide_code": ("（见指南附件）", "示例：1010"),
    "applicant": ("（须与公章一致）", "示例：苏州示例科技有限公司"),
    "credit_code": ("（18位）", "示例：91320500MA1XXXXXXX"),
    "leader": ("（须为本单位在职人员）", "示例：王某某"),
    "phone": ("", "示例：13900000000"),
    "partners": ("（无则填“无”）", "示例：苏州示例大学"),
    "period": ("（不超过3年）", "示例：2021-01至2025-12"),
    "total": ("", "示例：500"),
    "municipal": ("（不超过总投入的30%）", "示例：150"),
    "title": "【填写说明】本模板中红色文字为填写说明，打印时不显示；各部分内容须真实准确。"
             "示例：项目总投入500万元，其中申请市拨经费150万元，实施期限2021年1月1日至2025年12月31日。",
}


def wrap_cjk(text, per_line):
    """Lines of at most `per_line` full-width characters (a half-width one counts a half), as a
    cell of that width wraps them."""
    lines, cur, width = [], "", 0.0
    for ch in text:
        w = 0.5 if ord(ch) < 0x2E80 else 1.0
        if cur and width + w > per_line:
            lines.append(cur)
            cur, width = "", 0.0
        cur += ch
        width += w
    return lines + ([cur] if cur else [])


def exact_layout(t, fam):
    """The information table as a PDF-to-Word converter's exact-layout mode places it on an A4
    page (points from the top left): the title, then per row the label's lines vertically
    centred in the row and the value's lines from its top. Returns (title box, label boxes,
    value boxes, rules), each box (x, y, width, [lines]), each rule (x0, y0, x1, y1)."""
    size, lead = 10.5, 15.75
    lx, lw, vx, vw = 62.0, 128.0, 196.0, 236.0
    top = 112.0
    labels, values, ys = [], [], [top]
    for _, lab, val in facts(t, fam):
        lab_lines = wrap_cjk(lab, int((lw - 8) // size))
        val_lines = wrap_cjk(val, int((vw - 8) // size))
        h = max(len(lab_lines), len(val_lines)) * lead + 9.0
        labels.append((lx, top + (h - len(lab_lines) * lead) / 2, lw, lab_lines))
        values.append((vx, top + 4.5, vw, val_lines))
        top += h
        ys.append(top)
    left, mid, right = lx - 6, vx - 6, vx + vw
    rules = [(left, y, right, y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in (left, mid, right)]
    return (150.0, 64.0, 296.0, [TITLES[fam]]), labels, values, rules


def positioned_box(x, y, w, lines, n, size=10.5, bold=False):
    """A text box anchored to the page at (x, y) points (DrawingML wps:txbx), one paragraph per
    line, as exact-layout converters write a text block."""
    emu = lambda pt: int(round(pt * 12700))
    h = len(lines) * size * 1.5 + 4
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
    content = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r>{rpr}'
                      f'<w:t xml:space="preserve">{esc(x_)}</w:t></w:r></w:p>' for x_ in lines)
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(w)}" cy="{emu(h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"/></wps:wsp></a:graphicData>'
            f'</a:graphic></wp:anchor></w:drawing></w:r>')


def positioned_line(x0, y0, x1, y1, n):
    """A straight line shape anchored to the page (a converter's table rule)."""
    emu = lambda pt: int(round(pt * 12700))
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{n}" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{emu(min(x0, x1))}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{emu(min(y0, y1))}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(abs(x1 - x0))}" cy="{emu(abs(y1 - y0))}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapNone/><wp:docPr id="{n}" name="Line {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(abs(x1 - x0))}" cy="{emu(abs(y1 - y0))}"/>'
            f'</a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
            f'</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            f'</w:drawing></w:r>')


def framed_line(x, y, w, text, size=10.5, bold=False):
    """One line of text as a framed paragraph placed on the page (w:framePr, twips)."""
    tw = lambda pt: int(round(pt * 20))
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
    return (f'<w:p><w:pPr><w:framePr w:w="{tw(w)}" w:h="{tw(size * 1.5)}" w:hRule="exact" w:hSpace="0" '
            f'w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="{tw(x)}" w:y="{tw(y)}"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="{tw(size * 1.5)}" w:lineRule="exact"/></w:pPr>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')


def info_ooxml(t, fam, path, rnd):
    rows = facts(t, fam)
    if fam == "posboxes":  # every block a text box on the page: the labels' column, then the values'
        title, labels, values, rules = exact_layout(t, fam)
        n = 1
        runs_ = positioned_box(*title, n, size=16, bold=True)
        for x, y, w, lines in labels + values:
            n += 1
            runs_ += positioned_box(x, y, w, lines, n)
        for r in rules:
            n += 1
            runs_ += positioned_line(*r, n)
        ooxml_docx_ns(path, f"<w:p>{runs_}</w:p>")
        return
    if fam in ("groupboxes", "canvas"):  # the boxes and rules in one group shape anchored to the page
        # (groupboxes) or in a drawing canvas set in line at the top of the page (canvas)
        title, labels, values, rules = exact_layout(t, fam)
        emu = lambda pt: int(round(pt * 12700))
        gx, gy = 50.0, 50.0  # the group's corner on the page, points
        gw, gh = 500.0, 700.0
        if fam == "canvas":  # the canvas's own coordinates start at its corner
            gh = max(max(y0, y1) for _, y0, _, y1 in rules) - gy + 20
            ox, oy = gx, gy
        else:
            ox, oy = 0.0, 0.0
        fallback = ""
        kids = ""
        n = 1
        for (x, y, w, lines), size, bold in [(title, 16, True)] + [(b, 10.5, False) for b in labels + values]:
            n += 1
            h = len(lines) * size * 1.5 + 4
            rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
            content = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r>{rpr}'
                              f'<w:t xml:space="preserve">{esc(x_)}</w:t></w:r></w:p>' for x_ in lines)
            kids += (f'<wps:wsp><wps:cNvPr id="{n}" name="Text Box {n}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
                     f'<a:off x="{emu(x - ox)}" y="{emu(y - oy)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
                     f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
                     f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
                     f'<wps:bodyPr rot="0" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"/></wps:wsp>')
            fallback += (f'<v:shape id="Text Box {n}" o:spid="_x0000_s{1024 + n}" type="#_x0000_t202" '
                         f'style="position:absolute;left:{x - ox:.0f}pt;top:{y - oy:.0f}pt;width:{w:.0f}pt;height:{h:.0f}pt" '
                         f'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>{content}</w:txbxContent>'
                         f'</v:textbox></v:shape>')
        for x0, y0, x1, y1 in rules:
            n += 1
            kids += (f'<wps:wsp><wps:cNvPr id="{n}" name="Line {n}"/><wps:cNvCnPr/><wps:spPr><a:xfrm>'
                     f'<a:off x="{emu(min(x0, x1) - ox)}" y="{emu(min(y0, y1) - oy)}"/><a:ext cx="{emu(abs(x1 - x0))}" cy="{emu(abs(y1 - y0))}"/>'
                     f'</a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
                     f'</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>')
            fallback += (f'<v:line id="Line {n}" o:spid="_x0000_s{1024 + n}" style="position:absolute" '
                         f'from="{x0 - ox:.0f}pt,{y0 - oy:.0f}pt" to="{x1 - ox:.0f}pt,{y1 - oy:.0f}pt" strokeweight=".5pt"/>')
        # Child coordinates are the page's own, the group's window over them from (gx, gy).
        group = (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
                 f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                 f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(gx)}</wp:posOffset></wp:positionH>'
                 f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(gy)}</wp:posOffset></wp:positionV>'
                 f'<wp:extent cx="{emu(gw)}" cy="{emu(gh)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
                 f'<wp:docPr id="1" name="Group 1"/><wp:cNvGraphicFramePr/><a:graphic>'
                 f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
                 f'<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(gw)}" cy="{emu(gh)}"/>'
                 f'<a:chOff x="{emu(gx)}" y="{emu(gy)}"/><a:chExt cx="{emu(gw)}" cy="{emu(gh)}"/></a:xfrm></wpg:grpSpPr>'
                 f'{kids}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
        if fam == "canvas":  # in line, as Word's "new drawing canvas" puts it; the VML group its fallback
            group = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wpc"><w:drawing><wp:inline distT="0" distB="0" '
                     f'distL="0" distR="0"><wp:extent cx="{emu(gw)}" cy="{emu(gh)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                     f'<wp:docPr id="1" name="Canvas 1"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
                     f'</wp:cNvGraphicFramePr><a:graphic>'
                     f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"><wpc:wpc>'
                     f'<wpc:bg/><wpc:whole/>{kids}</wpc:wpc></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
                     f'<mc:Fallback><w:pict><v:group id="Canvas 1" o:spid="_x0000_s1025" editas="canvas" '
                     f'style="width:{gw:.0f}pt;height:{gh:.0f}pt;mso-position-horizontal-relative:char;'
                     f'mso-position-vertical-relative:line" coordsize="{gw:.0f}pt,{gh:.0f}pt">'
                     f'<o:lock v:ext="edit" aspectratio="t"/>'
                     f'<v:shape id="_x0000_s1026" type="#_x0000_t75" style="position:absolute;width:{gw:.0f}pt;'
                     f'height:{gh:.0f}pt" o:preferrelative="f"><v:fill o:detectmouseclick="t"/><v:path o:extrusionok="t" '
                     f'o:connecttype="none"/><o:lock v:ext="edit" text="t"/></v:shape>{fallback}</v:group></w:pict>'
                     f'</mc:Fallback></mc:AlternateContent></w:r>')
        ooxml_docx_ns(path, f"<w:p>{group}</w:p>")
        with zipfile.ZipFile(path) as z:  # the group and canvas namespaces Word declares
            parts = {nm: z.read(nm) for nm in z.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b'xmlns:v="urn:schemas-microsoft-com:vml"',
            b'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            b'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
            b'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"', 1).replace(
            b'mc:Ignorable="wps"', b'mc:Ignorable="wps wpc wpg"', 1)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for nm, b in parts.items():
                z.writestr(nm, b)
        return
    if fam == "gridskip":  # five grid columns, rows of uneven length (w:gridBefore, w:gridAfter)
        def tc(text, span=1):
            pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
            return f"<w:tc>{pr}{ox_p(text, rnd) if text else '<w:p/>'}</w:tc>"
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single"/>' \
                '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/>' \
                '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="900"/>' \
                '<w:gridCol w:w="1500"/><w:gridCol w:w="2700"/><w:gridCol w:w="1500"/><w:gridCol w:w="2700"/></w:tblGrid>'
        i = 0
        while i < len(rows):
            f, lab, val = rows[i]
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if f == "municipal":  # under the total, set in by one grid column
                body += ('<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="900" w:type="dxa"/></w:trPr>'
                         + tc(lab) + tc(val, 3) + "</w:tr>")
                i += 1
            elif nxt and nxt[0] != "municipal" and len(val) <= 12 and len(nxt[2]) <= 12:
                body += "<w:tr>" + tc(lab, 2) + tc(val) + tc(nxt[1]) + tc(nxt[2]) + "</w:tr>"
                i += 2
            else:  # the row ends early: the last grid column has no cell
                body += ('<w:tr><w:trPr><w:gridAfter w:val="1"/><w:wAfter w:w="2700" w:type="dxa"/></w:trPr>'
                         + tc(lab, 2) + tc(val, 2) + "</w:tr>")
                i += 1
        ooxml_docx(path, body + "</w:tbl>")
        return
    if fam == "hmerge":  # four grid columns; values merged across three the legacy way (w:hMerge)
        def merged(val):
            return (f'<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>{ox_p(val, rnd) if val else "<w:p/>"}</w:tc>'
                    + '<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>' * 2)
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/>' \
                '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/>' \
                '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/>' \
                '<w:gridCol w:w="2200"/><w:gridCol w:w="2200"/><w:gridCol w:w="2200"/></w:tblGrid>'
        for f, lab, val in rows:
            body += "<w:tr>" + ox_cell(lab, rnd) + merged(val) + "</w:tr>"
        ooxml_docx(path, body + "</w:tbl>")
        return
    if fam == "rubydocx":  # the leader's name with Word's phonetic guide (w:ruby) over each character
        def ruby(name):
            return "".join(
                '<w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/>'
                '<w:hpsRaise w:val="20"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr>'
                f'<w:rt><w:r><w:rPr><w:sz w:val="10"/></w:rPr><w:t>{esc(p)}</w:t></w:r></w:rt>'
                f'<w:rubyBase><w:r><w:t>{esc(c)}</w:t></w:r></w:rubyBase></w:ruby>' for c, p in pinyin_of(name))
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/>' \
                '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/>' \
                '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            value = f"<w:tc><w:p>{ruby(val)}</w:p></w:tc>" if f == "leader" else ox_cell(val, rnd)
            body += "<w:tr>" + ox_cell(lab, rnd) + value + "</w:tr>"
        ooxml_docx(path, body + "</w:tbl>")
        return
    if fam == "vmlboxes":  # VML text boxes on the page in the z-order kept, rules as v:line
        title, labels, values, rules = exact_layout(t, fam)
        boxes = [(title, 16, True)] + [(b, 10.5, False) for b in labels + values]
        order = list(range(len(boxes)))
        random.Random(t["credit_code"] + "z").shuffle(order)
        body = ""
        for n, k in enumerate(order):
            (x, y, w, lines), size, bold = boxes[k]
            h = len(lines) * size * 1.5 + 4
            rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
            content = "".join(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(x_)}</w:t></w:r></w:p>' for x_ in lines)
            body += (f'<w:p><w:r><w:pict><v:shape id="_x0000_s{1025 + n}" type="#_x0000_t202" stroked="f" filled="f" '
                     f'style="position:absolute;margin-left:{x:.1f}pt;margin-top:{y:.1f}pt;width:{w:.1f}pt;height:{h:.1f}pt;'
                     f'z-index:{n + 1};mso-position-horizontal-relative:page;mso-position-vertical-relative:page">'
                     f'<v:textbox inset="0,0,0,0"><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        body += "<w:p><w:r><w:pict>" + "".join(
            f'<v:line id="_x0000_s{2049 + n}" from="{x0:.1f}pt,{y0:.1f}pt" to="{x1:.1f}pt,{y1:.1f}pt" strokeweight=".5pt" '
            f'style="position:absolute;z-index:-1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"/>'
            for n, (x0, y0, x1, y1) in enumerate(rules)) + "</w:pict></w:r></w:p>"
        ooxml_docx_ns(path, body)
        return
    if fam == "posframes":  # every line a framed paragraph on the page: the values' column first
        title, labels, values, _ = exact_layout(t, fam)
        x, y, w, lines = title
        body = framed_line(x, y, w, lines[0], size=16, bold=True)
        for x, y, w, lines in values + labels:
            for k, line in enumerate(lines):
                body += framed_line(x, y + k * 15.75, w, line)
        ooxml_docx(path, body + "<w:p/>")
        return
    if fam == "vanish":  # hidden notes after the labels, hidden examples before the values
        body = ox_p(TITLES[fam], rnd, bold=True, center=True) + ox_hidden_p(VANISH_NOTES["title"])
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            note, example = VANISH_NOTES.get(f, ("", ""))
            lab_xml = runs(lab, rnd) + (ox_hidden(note) if note else "")
            val_xml = (ox_hidden(example + "；") if example else "") + ox_shown(val, rnd)
            body += f"<w:tr><w:tc><w:p>{lab_xml}</w:p></w:tc><w:tc><w:p>{val_xml}</w:p></w:tc></w:tr>"
        body += "</w:tbl>" + ox_hidden_p("填表示例：申报单位：苏州示例科技有限公司；统一社会信用代码：91320500MA1XXXXXXX；"
                                         "项目总投入（万元）：500；申请市拨经费（万元）：150；实施期限：2021-01至2025-12")
        ooxml_docx(path, body)
        return
    if fam == "nested":  # the budget as a table nested in the value cell; labels broken by <w:br/>
        def lab_cell(text):
            head, _, note = text.partition("（")
            inner = f'<w:r><w:t xml:space="preserve">{esc(head)}</w:t></w:r>'
            if note:
                inner += f'<w:r><w:br/><w:t xml:space="preserve">（{esc(note)}</w:t></w:r>'
            return f"<w:tc><w:p>{inner}</w:p></w:tc>"
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        money = [(lab, val) for f, lab, val in rows if f in ("total", "municipal")]
        for f, lab, val in rows:
            if f in ("total", "municipal"):
                continue
            body += "<w:tr>" + lab_cell(lab) + ox_cell(val, rnd) + "</w:tr>"
        inner = '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>' + "".join(
            "<w:tr>" + ox_cell(lab, rnd) + ox_cell(val, rnd) + "</w:tr>" for lab, val in money) + "</w:tbl>"
        body += "<w:tr>" + lab_cell("经费（万元）") + "<w:tc>" + inner + "<w:p/></w:tc></w:tr></w:tbl>"
        ooxml_docx(path, body)
        return
    if fam == "textbox":  # labelled lines inside a text box (VML), as some templates lay out a form
        lines = "".join(ox_p(f"{lab}：{val}", rnd) for f, lab, val in rows)
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:420pt;height:500pt">'
                 '<v:textbox><w:txbxContent>' + lines + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        ooxml_docx(path, body)
        return
    if fam == "ffdropdown":  # a protected form: drop-down form fields for the choices, text fields elsewhere
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/>' \
                '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/>' \
                '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for k, (f, lab, val) in enumerate(rows):
            if f in DROPDOWNS:
                entries = ["请选择"] + [e for e in DROPDOWNS[f] if e != val] + ([val] if val and val not in ("/", "—") else [])
                entries = ["请选择"] + sorted(set(entries[1:]), key=lambda e: (DROPDOWNS[f] + [e]).index(e))
                chosen = entries.index(val) if val in entries else 0
                field = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="下拉列表' + str(k) + '"/>'
                         '<w:enabled/><w:calcOnExit w:val="0"/><w:ddList>' +
                         (f'<w:result w:val="{chosen}"/>' if chosen else '') +
                         "".join(f'<w:listEntry w:val="{esc(e)}"/>' for e in entries) +
                         '</w:ddList></w:ffData></w:fldChar></w:r>'
                         '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            else:
                field = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="文字' + str(k) + '"/><w:enabled/>'
                         '<w:textInput/></w:ffData></w:fldChar></w:r>'
                         '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + runs(val, rnd) +
                         '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            body += "<w:tr>" + ox_cell(lab, rnd) + "<w:tc><w:tcPr/><w:p>" + field + "</w:p></w:tc></w:tr>"
        body += "</w:tbl>"
        ooxml_docx(path, body)
        return
    if fam == "formfield":  # Word's legacy form fields: the value is the field's result
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            field = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="' + f + '"/><w:enabled/>'
                     '<w:textInput/></w:ffData></w:fldChar></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + runs(val, rnd) +
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            body += "<w:tr>" + ox_cell(lab, rnd) + "<w:tc><w:tcPr/><w:p>" + field + "</w:p></w:tc></w:tr>"
        body += "</w:tbl>"
        ooxml_docx(path, body)
        return
    if fam == "moverev":
        info_moverev(t, fam, path, rnd)
        return
    if fam == "tracked":  # tracked changes: an old value deleted, the new one inserted; comments
        def tracked_cell(f, val):
            old = {"project_name": "关于" + val[:6] + "的研究", "total": "100", "municipal": "50",
                   "phone": "13800000000", "period": "2022年1月1日至2023年12月31日"}.get(f)
            cid = {"total": 0, "municipal": 1}.get(f)
            inner = ""
            if cid is not None:
                inner += f'<w:commentRangeStart w:id="{cid}"/>'
            if old:
                inner += ('<w:del w:id="9' + str(len(f)) + '" w:author="审核人" w:date="2022-07-10T09:00:00Z"><w:r>'
                          f'<w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>'
                          '<w:ins w:id="8' + str(len(f)) + '" w:author="申报人" w:date="2022-07-11T10:00:00Z">'
                          + runs(val, rnd) + '</w:ins>')
            else:
                inner += runs(val, rnd)
            if cid is not None:
                inner += (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>')
            return f"<w:tc><w:tcPr/><w:p>{inner}</w:p></w:tc>"
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            body += "<w:tr>" + ox_cell(lab, rnd) + tracked_cell(f, val) + "</w:tr>"
        body += "</w:tbl>"
        ooxml_docx(path, body, comments=["请核实总投入是否含设备购置费，金额以万元计。",
                                         "市拨经费不超过总投入的30%，高校不超过50%。"])
        return
    if fam == "smarttag":  # a Word 2003-era form: values in smart tags and custom XML
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/>' \
                '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/>' \
                '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            body += "<w:tr>" + ox_cell(lab, rnd) + "<w:tc><w:tcPr/><w:p>" + smart_value(f, val, rnd) + "</w:p></w:tc></w:tr>"
        body += "</w:tbl>"
        ooxml_docx(path, body)
        return
    if fam == "sdt":  # a form template: each value in a content control (w:sdt) of its cell
        body = ox_p(TITLES[fam], rnd, bold=True, center=True)
        body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>' \
                '<w:gridCol w:w="6000"/></w:tblGrid>'
        for f, lab, val in rows:
            sdt = ('<w:sdt><w:sdtPr><w:alias w:val="' + esc(lab) + '"/><w:tag w:val="' + f + '"/></w:sdtPr>'
                   '<w:sdtContent><w:p>' + runs(val, rnd) + '</w:p></w:sdtContent></w:sdt>')
            body += "<w:tr>" + ox_cell(lab, rnd) + "<w:tc><w:tcPr/>" + sdt + "</w:tc></w:tr>"
        body += "</w:tbl>"
        ooxml_docx(path, body)
        return
    body = ox_p(TITLES[fam], rnd, bold=True, center=True)
    body += '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/>' \
            '<w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/>' \
            '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/><w:gridCol w:w="5400"/></w:tblGrid>'
    money_rows = [r for r in rows if r[0] in ("total", "municipal")]
    for f, lab, val in rows:
        if f in ("total", "municipal"):
            continue
        body += "<w:tr>" + ox_cell(lab, rnd, span=2) + ox_cell(val, rnd) + "</w:tr>"
    for i, (f, lab, val) in enumerate(money_rows):
        body += "<w:tr>" + ox_cell("经费预算（万元）" if i == 0 else "", rnd, vmerge="restart" if i == 0 else "continue") \
                + ox_cell(lab, rnd) + ox_cell(val, rnd) + "</w:tr>"
    body += "</w:tbl>"
    ooxml_docx(path, body)


def blocks_ooxml(blocks, path, rnd, cover=None, hidden_notes=False):
    """Blocks as hand-written WordprocessingML; with `hidden_notes`, a template's hidden
    instructions and examples (w:vanish) after the title, each heading and each cover line."""
    body = ""
    if cover:
        title, lines, foot = cover
        body += "".join(ox_p(x, rnd, bold=True, center=True) for x in title.split("\n"))
        for k, v in lines:
            line = f"{with_colon(k)}"
            if hidden_notes:
                body += f"<w:p>{runs(line, rnd)}{ox_hidden('（请填写全称）')}{runs(v, rnd)}</w:p>"
            else:
                body += ox_p(line + v, rnd)
        body += "".join(ox_p(x, rnd, center=True) for x in foot)
        body += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    heads = 0
    for kind, text in blocks:
        body += ox_p(text, rnd, bold=kind in ("title", "h"), center=kind == "title")
        if hidden_notes and kind == "title":
            body += ox_hidden_p(VANISH_NOTES["title"])
        if hidden_notes and kind == "h":
            heads += 1
            body += ox_hidden_p({1: "（围绕项目背景、国内外现状展开，不少于800字）",
                                 2: "（示例：研究内容包括……；技术路线见附图。本部分不少于1000字）",
                                 4: "（示例：申请发明专利10项，其中授权5项；研制样机3台套；新增销售收入2000万元）",
                                 5: "（示例：本项目实施期限为2021年1月1日至2025年12月31日）"}.get(heads, "（按实际填写）"))
    ooxml_docx(path, body)


# Hand-written ODT, converted by LibreOffice.
def odt(path, body_xml):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
               '<office:automatic-styles><style:style style:name="C" style:family="table-cell">'
               '<style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>'
               '<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-name-asian="Noto Serif CJK SC"/></style:style>'
               '<style:style style:name="P" style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + body_xml +
               '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def odt_p(text, title=False):
    return f'<text:p text:style-name="{"T" if title else "P"}">{esc(text)}</text:p>'


def info_odt(t, fam, path):
    rows = [(lab, val) for _, lab, val in facts(t, fam)] + EXTRA.get(fam, [])
    if fam == "odt4":  # four columns: two pairs a row
        body = odt_p(TITLES[fam], title=True) + '<table:table table:name="信息表"><table:table-column table:number-columns-repeated="4"/>'
        for i in range(0, len(rows), 2):
            cells = [x for kv in rows[i:i + 2] for x in kv] + [""] * (4 - 2 * len(rows[i:i + 2]))
            body += "<table:table-row>" + "".join(
                f'<table:table-cell table:style-name="C" office:value-type="string">{odt_p(x) if x else "<text:p/>"}</table:table-cell>'
                for x in cells) + "</table:table-row>"
        body += "</table:table>"
        odt(path, body)
        return
    if fam == "onecol":  # one column: a label row, then its value row
        body = odt_p(TITLES[fam], title=True) + '<table:table table:name="信息表"><table:table-column/>'
        for k, v in rows:
            for x in (k, v):
                body += ("<table:table-row><table:table-cell table:style-name=\"C\" office:value-type=\"string\">"
                         f"{odt_p(x) if x else '<text:p/>'}</table:table-cell></table:table-row>")
        body += "</table:table>"
        odt(path, body)
        return
    body = odt_p(TITLES[fam], title=True) + '<table:table table:name="信息表"><table:table-column table:number-columns-repeated="2"/>'
    for k, v in rows:
        body += "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="C" office:value-type="string">{odt_p(x) if x else "<text:p/>"}</table:table-cell>'
            for x in (k, v)) + "</table:table-row>"
    note = "注：日期以中文数字填写。" if fam == "hanzi" else "注：金额以万元计，大写。"
    body += "</table:table>" + odt_p(note)
    odt(path, body)


def blocks_odt(blocks, path, cover=None):
    body = ""
    if cover:
        title, lines, foot = cover
        body += "".join(odt_p(x, title=True) for x in title.split("\n"))
        body += "".join(odt_p(f"{with_colon(k)}{v}") for k, v in lines)
        body += "".join(odt_p(x) for x in foot)
        body += '<text:p><text:soft-page-break/></text:p>'
    for kind, text in blocks:
        body += odt_p(text, title=kind == "title")
    odt(path, body)


# ---------------------------------------------------------------------------------------------
# One package of one family

WRITER = {  # family → (info table writer, other documents' writer, format of other documents)
    "prov": "docx", "nsfc": "html-pdf", "lixiang": "docx", "grid-cid": "rl-cid", "ooxml": "ooxml", "list": "html-docx",
    "placeholder": "docx", "para": "html-docx", "grid-ttf": "rl-ttf", "landscape": "docx", "narrow": "html-pdf", "odt": "odt",
    "rows": "docx", "kv": "html-docx", "merged": "html-pdf", "jsform": "docx", "inline": "html-pdf", "rl-split": "rl-split",
    "underline": "docx", "grouped": "docx", "fullwidth": "html-pdf", "bilingual": "html-docx", "sdt": "ooxml",
    "nested": "ooxml", "unitcol": "docx", "textbox": "ooxml", "budgettable": "docx", "rowspdf": "html-pdf",
    "tabs": "docx", "sections": "html-pdf", "enum": "html-docx", "odt4": "odt-docx", "twoline": "docx",
    "qianyuan": "html-pdf", "onecol": "odt-docx", "twopair": "rl-ttf", "formfield": "ooxml",
    "borderless4": "html-pdf", "notes": "docx", "twopage": "html-pdf", "engname": "docx", "yuansign": "odt-docx",
    "scan": "html-pdf", "hanzi": "odt", "onedocx": "docx",
    "photo": "html-pdf", "tracked": "ooxml", "headfoot": "docx-pdf",
    "mergedscan": "html-pdf", "rotated": "html-pdf", "colorscan": "html-pdf",
    "docximg": "html-docx", "ocrlayer": "html-pdf", "notounicode": "html-pdf",
    "certphoto": "html-pdf", "outlines": "html-pdf", "sealedinfo": "html-pdf",
    "watermark": "html-pdf", "bilevel": "html-pdf", "sysprint": "html-pdf",
    "restricted": "html-pdf", "xlsx": "html-pdf", "screenshot": "html-pdf",
    "acroform": "html-pdf", "abstractcell": "html-pdf", "twoup": "html-pdf",
    "dotleader": "docx2pdf", "blanks": "html-docx", "vanish": "ooxml", "zipgbk": "html-pdf", "phonescan": "html-pdf",
    "chromeprint": "html-pdf", "budgetdetail": "docx", "vertical": "html-pdf",
    "pandoc": "pandoc", "xetex": "xetex", "abiword": "abiword", "indexcol": "html-docx", "wide": "docx2pdf",
    "finance": "docx", "apptable": "html-docx", "cairo": "html-pdf", "numlist": "docx",
    "altcontent": "altcontent", "mailmerge": "mailmerge", "covertable": "docx", "decorated": "html-pdf",
    "combined": "docx", "yearly": "docx", "colorder": "rl-ttf",
    "rowspan": "html-docx", "kpitable": "docx", "titlerow": "html-pdf",
    "upsidedown": "html-pdf", "whitetext": "docx", "whitepdf": "docx2pdf",
    "strikeout": "docx", "unitcell": "html-pdf",
    "plchdr": "docx", "plchdrpdf": "docx2pdf", "symtick": "docx", "symtickpdf": "docx2pdf", "pagebreak": "docx2pdf",
    "htmldoc": "html-pdf", "altchunk": "altchunk", "twocol": "docx2pdf",
    "worddoc": "html-doc", "rtfdoc": "html-pdf", "distribute": "docx2pdf",
    "sideways": "html-pdf", "xlsinfo": "html-pdf", "budgetfile": "docx",
    "odtfile": "html-odt", "ofdcert": "html-pdf",
    "jbig2scan": "html-pdf", "jp2scan": "html-pdf", "strictxml": "docx",
    "webpimg": "html-pdf", "pdfattach": "html-pdf", "xfaform": "html-pdf",
    "heicphoto": "html-pdf", "psprint": "html-pdf", "type3font": "html-pdf",
    "wordxml": "docx", "oleexcel": "html-docx", "sevenzip": "html-pdf",
    "imgtable": "html-docx", "esign": "html-pdf", "codeboxes": "docx",
    "xlsold": "html-pdf", "xlsdict": "html-docx", "rotlabel": "docx2pdf",
    "emfpaste": "html-docx", "olexls": "html-docx", "ofdprint": "html-pdf",
    "ocglayer": "html-pdf", "xmlsheet": "html-docx", "htmlxls": "html-pdf",
    "databind": "html-docx", "typewriter": "html-pdf", "csvexport": "html-docx",
    "moverev": "ooxml", "smartart": "docx", "calcprint": "html-pdf",
    "emlpkg": "html-pdf", "docprop": "html-docx", "opinions": "docx2pdf",
    "portfolio": "html-docx", "splitapp": "docx",
    "example": "docx", "scanform": "html-pdf", "xlshidden": "html-docx",
    "footnote": "html-pdf", "notemarks": "docx", "cellbreak": "docx",
    "whiteout": "html-pdf", "jointunits": "docx", "reviewed": "html-pdf", "fanti": "docx",
    "strikepdf": "docx2pdf", "twvocab": "docx", "pdf2word": "html-pdf",
    "pasted": "docx", "framed": "docx", "odsinfo": "html-pdf",
    "leftnotes": "docx", "smarttag": "ooxml", "stacked": "docx",
    "ffdropdown": "ooxml", "synonyms": "html-docx", "mailbody": "html-pdf",
    "docxchunk": "docx", "rtfchunk": "html-pdf",
    "posboxes": "ooxml", "posframes": "ooxml", "wordonline": "docx", "datewords": "docx",
    "vmlboxes": "ooxml", "spaced": "docx", "datecells": "docx",
    "rubydocx": "ooxml", "rubypdf": "html-pdf", "hybridpdf": "html-pdf",
    "tickmarks": "docx", "swapnames": "html-docx",
    "divform": "html-pdf", "underpdf": "docx2pdf",
    "lofields": "html-pdf", "hmerge": "ooxml", "groupboxes": "ooxml",
    "badxref": "html-pdf", "squeeze": "docx2pdf", "revised": "html-pdf",
    "skewscan": "html-pdf", "faxscan": "html-pdf", "canvas": "ooxml",
    "mhtdoc": "html-docx", "diagslash": "docx2pdf", "reportpdf": "rl-report",
    "englayer": "html-pdf", "lowres": "html-pdf", "sealdocx": "docx",
    "shadedscan": "html-pdf", "signedscan": "html-pdf", "twopagescan": "html-pdf",
    "fadedscan": "html-pdf", "foldscan": "html-pdf", "copyscan": "html-pdf",
    "weasyprint": "weasy", "fpdfinfo": "fpdf", "wkhtml": "wkhtml",
    "mobileshot": "html-pdf", "camscan": "html-pdf", "webpaste": "docx",
    "xlsformula": "docx", "exifphoto": "html-pdf", "mergedorder": "html-pdf",
    "darkmode": "html-pdf", "alphapng": "html-pdf", "gridskip": "ooxml",
    "bleedscan": "html-pdf", "ditherscan": "html-pdf", "fakebold": "rl-ttf",
    "wpsfile": "html-doc", "etfile": "html-pdf", "pdfa": "html-pdf",
    "fodtfile": "html-fodt", "uotfile": "html-uot", "cmykscan": "html-pdf",
    "kaiscan": "html-pdf", "gbkcmap": "rl-gbk", "puamap": "html-pdf",
    "savedform": "html-pdf", "tiflzw": "html-pdf", "txtinfo": "html-pdf",
    "duplexscan": "html-pdf", "bwseal": "html-pdf", "wordwatermark": "docx",
    "pdfmake": "pdfmake", "mupdf": "mupdf", "xslfo": "fop",
    "jspdf": "jspdf", "drawedit": "html-pdf", "docxjs": "docxjs",
    "itextpdf": "itext", "odfpy": "html-pdf", "xlsxwriter": "html-docx",
    "odttracked": "html-pdf", "odthidden": "html-pdf",
    "wrapscan": "html-pdf", "quarterfold": "html-pdf",
    "widesheet": "html-pdf", "appendixparts": "html-pdf",
    "cropbox": "html-pdf", "actualtext": "html-pdf",
    "docxcrop": "html-docx", "vmlcrop": "html-docx",
    "clipscan": "html-pdf",
    "typst": "html-pdf", "odtcrop": "html-odt", "odtscan": "html-docx",
    "xlsxshot": "html-pdf", "odsshot": "html-pdf",
    "tcpdf": "tcpdf", "dompdf": "dompdf", "docscan": "html-doc",
    "pdfoverlay": "pdflib", "cjklatex": "cjklatex", "lualatex": "lualatex",
    "poixls": "poi", "gnmprint": "gnumeric", "gnmxlsx": "gnumeric-xlsx",
    "pdfbox": "pdfbox", "calligra": "calligra", "paps": "paps",
    "xhtml2pdf": "xhtml2pdf", "asciidoc": "asciidoc", "rsvg": "rsvg",
    "docxtpl": "docxtpl", "pdfapi2": "pdfapi2", "officegen": "officegen",
    "haru": "haru", "htmldocx": "htmldocx",
    "prawn": "prawn", "scribus": "scribus",
    "reactpdf": "reactpdf", "odfdo": "odfdo",
    "skia": "skia", "rinoh": "rinoh", "dtpl": "dtpl",
    "docxrs": "docxrs", "printpdf": "printpdf",
    "gofpdf": "gofpdf", "orgodt": "orgodt",
    "rofficer": "rofficer", "abipdf": "abipdf",
    "wpsdocx": "wpsdocx", "context": "context",
    "oodoc": "oodoc", "exceljs": "exceljs", "itextrtf": "itextrtf", "composed": "docx",
    "rbpdf": "rbpdf", "goxlsx": "goxlsx", "flyingsaucer": "flyingsaucer",
    "pyfpdf": "pyfpdf", "xlwt": "xlwt", "sheetjs": "sheetjs",
    "qtpdf": "qtpdf", "qtodt": "qtodt", "odfdom": "odfdom", "perlxlsx": "perlxlsx",
    "xmlworker": "xmlworker", "jxl": "jxl", "rubyxls": "rubyxls", "pyexcelerate": "pyexcelerate",
    "podofo": "podofo", "writeexcel": "writeexcel", "pandocrtf": "pandocrtf", "openxlsx": "openxlsx",
    "latex2rtf": "latex2rtf", "lxw": "lxw", "gnmxls": "gnmxls", "gnmods": "gnmods",
    "pylightxl": "pylightxl", "ezodf": "ezodf", "xlpop": "xlpop", "e4n": "e4n", "wxf": "wxf", "sodf": "sodf", "umya": "umya", "pdfme": "pdfme", "pdfkit": "pdfkit", "xlsxtpl": "xlsxtpl", "csscols": "html-pdf", "docxcols": "docx",
    "stackcell": "docx", "bsform": "html-pdf", "grouphead": "docx", "coloncol": "html-pdf",
    "layoutdocx": "docx", "layoutpdf": "docx2pdf"}
# Writers of an information table only: the family's other documents are written by another.
DOC_WRITER = {"xlsxtpl": "docxjs", "umya": "docxrs", "pdfme": "html-pdf", "wxf": "pandoc", "sodf": "docx", "xlpop": "docxjs", "e4n": "html-pdf", "pylightxl": "docx", "ezodf": "html-pdf", "gnmxls": "pdfapi2", "gnmods": "pandoc", "lxw": "podofo", "openxlsx": "rofficer", "writeexcel": "podofo", "rubyxls": "prawn", "pyexcelerate": "docx", "jxl": "xmlworker", "perlxlsx": "pdfapi2", "sheetjs": "html-pdf", "xlwt": "docx", "goxlsx": "gofpdf", "exceljs": "docxjs", "poi": "html-docx", "gnumeric": "docx2pdf", "gnumeric-xlsx": "html-pdf", "paps": "html-docx",
              "rsvg": "html-pdf"}


def page_images(path, dpi, mode, grey=False, first_only=False):
    """The pages of a PDF as poppler draws them (pdftoppm at `dpi`, in grey when `grey`), opened
    as PIL images in `mode`, in order; the files pdftoppm wrote are removed."""
    from PIL import Image
    stem = path + "-page"
    mp.run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if grey else []) + ["-png"] +
           (["-f", "1", "-l", "1"] if first_only else []) + [path, stem])
    d = os.path.dirname(path)
    images = []
    for f in sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(stem))):
        full = os.path.join(d, f)
        images.append(Image.open(full).convert(mode))
        os.remove(full)
    return images


def scan_pdf(path, sideways=False, upside_down=False, askew=None, wear=None):
    """Print and scan a PDF in place: each page rendered at 200 dpi in grey, turned by a fraction
    of a degree (or, fed crooked, by `askew` = (least, most) degrees either way and off centre),
    with sensor noise and dust, written back as a PDF of images (no text layer). `wear`: "faded"
    (printed low on toner: the ink a light grey), "fold" (folded in three, punched, stapled:
    two creases across, two holes, a staple's mark), "fold4" (folded in four: a crease across
    the middle and one down it), "copy" (a photocopy scanned: enlarged a
    little, the copier's dark edges, toner specks), "bleed" (thin paper printed on both sides:
    the back's text shows through, mirrored, faint and soft, across the front)."""
    import math
    import zlib
    import numpy as np
    from PIL import Image
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    images = []
    for img in page_images(path, 200, "L", grey=True):
        if askew:
            img = img.rotate(r.choice([-1, 1]) * r.uniform(*askew), resample=Image.BICUBIC, fillcolor=255,
                             translate=(r.randrange(-40, 40), r.randrange(-30, 50)))
        else:
            img = img.rotate(r.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        if sideways:  # fed into the scanner the wrong way round
            img = img.transpose(Image.ROTATE_90)
        if upside_down:  # fed in head first, face the right way
            img = img.transpose(Image.ROTATE_180)
        if wear == "copy":  # enlarged about the centre, as a copier's 104 %
            f = r.uniform(1.02, 1.05)
            w0, h0 = img.size
            big = img.resize((int(w0 * f), int(h0 * f)), Image.BICUBIC)
            img = big.crop(((big.width - w0) // 2, (big.height - h0) // 2, (big.width - w0) // 2 + w0,
                            (big.height - h0) // 2 + h0))
        a = np.asarray(img, dtype=np.float32)
        g = np.random.default_rng(r.randrange(1 << 30))
        if wear == "bleed":  # the back: lines of text, mirrored, seen through the paper
            a = np.minimum(a, show_through(a.shape, r))
        if wear == "faded":  # the ink a light grey, unevenly
            a = 255 - (255 - a) * r.uniform(0.4, 0.5)
        a = a * r.uniform(0.85, 0.95) + 12 + g.normal(0, 4, a.shape)
        dust = g.random(a.shape) < (0.003 if wear == "copy" else 0.0004)
        a[dust] = 40
        hh, ww = a.shape
        if wear == "fold":  # two creases across, a shadow under each; punch holes; a staple
            for frac in (1 / 3, 2 / 3):
                y = int(hh * frac) + r.randrange(-20, 20)
                for d in range(-10, 11):
                    a[y + d, :] *= 1 - 0.35 * math.exp(-(d / 3.0) ** 2)
            yy, xx = np.ogrid[:hh, :ww]
            for cy in (hh // 2 - 315, hh // 2 + 315):  # 80 mm apart at 200 dpi, 12 mm in
                a[(yy - cy) ** 2 + (xx - 95) ** 2 <= 24 ** 2] = 25
            for k in range(3):  # the staple, 12 mm long, at the top left corner
                x0, y0 = 120 + k, 90 + k
                for t in range(95):
                    a[y0 + t // 2, x0 + t] = 35
        if wear == "fold4":  # folded in four: a crease across the middle and one down it
            y = hh // 2 + r.randrange(-30, 30)
            for d in range(-10, 11):
                a[y + d, :] *= 1 - 0.3 * math.exp(-(d / 3.0) ** 2)
            x = ww // 2 + r.randrange(-30, 30)
            for d in range(-10, 11):
                a[:, x + d] *= 1 - 0.3 * math.exp(-(d / 3.5) ** 2)
        if wear == "copy":  # the copier's lid shadow at the left and bottom edges
            a[:, :int(r.uniform(30, 55))] *= 0.25
            a[hh - int(r.uniform(25, 45)):, :] *= 0.3
        images.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    # JPEG at an office scanner's economy setting.
    images[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=images[1:], quality=45)


def show_through(shape, r):
    """What a sheet's back shows through thin paper, as a grey level per pixel of the front (200
    dpi): a page of body text printed on the back, mirrored left to right, soft and faint (the
    ink at a level of 190–215 where the front's paper is 255), its lines at their own pitch, not
    the front's."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    h, w = shape
    back = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(back)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 29, index=2)
    text = "".join(r.choice(mp.ABSTRACTS)["abstract"] for _ in range(12))
    y, i = r.randrange(150, 230), 0
    while y < h - 160 and i < len(text):
        line = text[i:i + 52]
        d.text((150, y), line, font=font, fill=0)
        i += len(line)
        y += r.choice([52, 54, 56])
    back = back.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(1.6))
    level = r.uniform(190, 215)
    return 255 - (255 - np.asarray(back, dtype=np.float32)) * (255 - level) / 255


def signature_image(seed):
    """A handwritten signature as a scanned-in picture: a few quick dark-blue strokes (smooth
    random curves) on a transparent ground."""
    import math
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x = 20
    for _ in range(r.randint(2, 3)):  # one stroke a character, joined
        pts = []
        for k in range(40):
            a = k / 39
            pts.append((x + a * r.uniform(70, 100), 60 + 34 * math.sin(a * r.uniform(6, 11) + r.uniform(0, 3)) * (1 - a * 0.4)))
        d.line(pts, fill=(20, 30, 110, 255), width=5, joint="curve")
        x += r.uniform(90, 115)
    return im


def docx_pasted_seals(d):
    """Electronic seals as people paste them into a Word file: the unit's red seal (a PNG with a
    transparent ground) floating in front of the text over each 公章 / 盖章 line (wp:anchor,
    no wrapping, placed from the line's paragraph), the legal representative's signature a
    picture in line after 法定代表人（签字）."""
    import copy
    from docx.oxml import parse_xml
    WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    k = 0
    for p in list(d.paragraphs):
        if "签字" in p.text and "法定代表人" in p.text:
            buf = io.BytesIO()
            signature_image(p.text).save(buf, "PNG")
            buf.seek(0)
            p.add_run().add_picture(buf, width=Mm(30))
        if "公章" not in p.text and "盖章" not in p.text:
            continue
        for j in range(p.text.count("盖章") + p.text.count("公章")):
            buf = io.BytesIO()
            seal_image(480, "苏州某某科技有限公司" if k else "项目申报单位专用章").save(buf, "PNG")
            buf.seek(0)
            run = p.add_run()
            run.add_picture(buf, width=Mm(40), height=Mm(40))
            inline = run._r.find(qn("w:drawing"))[0]
            anchor = parse_xml(
                f'<wp:anchor xmlns:wp="{WP}" distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
                f'relativeHeight="{251659264 + k}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/>'
                f'<wp:positionH relativeFrom="column"><wp:posOffset>{(180000 + j * 1800000)}</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-540000</wp:posOffset></wp:positionV>'
                '</wp:anchor>')
            anchor.append(copy.deepcopy(inline.find(f"{{{WP}}}extent")))
            anchor.append(parse_xml(f'<wp:effectExtent xmlns:wp="{WP}" l="0" t="0" r="0" b="0"/>'))
            anchor.append(parse_xml(f'<wp:wrapNone xmlns:wp="{WP}"/>'))
            for tag in ("docPr", "cNvGraphicFramePr"):
                anchor.append(copy.deepcopy(inline.find(f"{{{WP}}}{tag}")))
            anchor.append(copy.deepcopy(inline[-1]))  # a:graphic
            inline.getparent().replace(inline, anchor)
            k += 1


def seal_image(px, name):
    """A red round seal px pixels wide: a ring, a five-pointed star, the holder's name round the
    upper rim (as the seal fixtures of tests/fixtures draw them)."""
    import math
    from PIL import Image, ImageDraw, ImageFont
    red = (215, 25, 32, 235)
    im = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    ring = max(4, px // 28)
    d.ellipse([ring // 2, ring // 2, px - ring // 2, px - ring // 2], outline=red, width=ring)
    c, R, r = px / 2, px * 0.14, px * 0.055
    d.polygon([(c + (R if k % 2 == 0 else r) * math.cos(-math.pi / 2 + k * math.pi / 5),
                c + (R if k % 2 == 0 else r) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)], fill=red)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", int(px * 0.11), index=2)
    span = math.radians(250)
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(name)
        x, y = c + px * 0.36 * math.cos(a), c + px * 0.36 * math.sin(a)
        g = Image.new("RGBA", (int(px * 0.14), int(px * 0.14)), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def sealed_colour_scan(path, sealed, codec="jpeg", askew=None, dpi=200, quality=45, signed=False):
    """Sign, seal and scan a PDF in place, in colour: a 42 mm red seal over each 公章/盖章 place
    (found with pdftotext -bbox), the holder's name in it, then `dpi` colour, turned a little,
    noise, JPEG at `quality` (or JPEG 2000, codec "jpx": Pillow's OpenJPEG, lossy, 1:30, one image
    XObject a page with JPXDecode; or "cmyk": JPEG in CMYK); `askew` = (least, most) degrees either way, fed crooked, off
    centre; `signed`: a handwritten signature in blue ink right of each 签字 label too."""
    import re as _re
    import zlib
    import numpy as np
    from PIL import Image
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    marks = []
    if sealed:
        bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
        for m in _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox):
            if "公章" in m[5] or "盖章" in m[5]:
                marks.append(((float(m[1]) + float(m[3])) / 2, (float(m[2]) + float(m[4])) / 2))
    signs = []
    if signed:
        bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
        for m in _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox):
            if "签字" in m[5]:
                signs.append((float(m[3]), (float(m[2]) + float(m[4])) / 2, m[5]))
    images = []
    for k, img in enumerate(page_images(path, dpi, "RGBA")):
        if k == 0:
            for x, y, label in signs:  # signed before it was sealed: the seal goes over it
                sig = signature_image(label + os.path.basename(path))
                sig = sig.resize((int(30 / 25.4 * dpi), int(10 / 25.4 * dpi)))
                img.alpha_composite(sig, (int(x * dpi / 72 + 8), int(y * dpi / 72 - sig.height / 2)))
            placed = []
            for j, (x, y) in enumerate(marks):
                seal = seal_image(int(42 / 25.4 * dpi), "苏州某某科技有限公司" if j else "项目申报单位专用章")
                cx, cy = x * dpi / 72 + 40, y * dpi / 72
                # Two parties seal side by side, not one over the other.
                while any(abs(cx - px) < 1.1 * seal.width and abs(cy - py) < seal.height for px, py in placed):
                    cx += seal.width
                placed.append((cx, cy))
                img.alpha_composite(seal, (int(cx - seal.width / 2), int(cy - seal.height / 2)))
        turn, shift = (r.choice([-1, 1]) * r.uniform(*askew), (r.randrange(-40, 40), r.randrange(-30, 50))) \
            if askew else (r.uniform(-0.6, 0.6), None)
        img = img.convert("RGB").rotate(turn, resample=Image.BICUBIC, fillcolor=(255, 255, 255), translate=shift)
        a = np.asarray(img, dtype=np.float32) * r.uniform(0.9, 0.97) + 8
        a += np.random.default_rng(r.randrange(1 << 30)).normal(0, 4, a.shape)
        images.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    if codec == "jpx":
        import io
        import pikepdf
        pdf = pikepdf.new()
        for im in images:
            buf = io.BytesIO()
            im.save(buf, "JPEG2000", irreversible=True, quality_mode="rates", quality_layers=[30])
            w, h = im.size
            xobj = pikepdf.Stream(pdf, buf.getvalue())
            xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            xobj.Width, xobj.Height = w, h
            xobj.Filter = pikepdf.Name.JPXDecode  # colour space and depth come from the JP2 header
            pw, ph = w * 72 / dpi, h * 72 / dpi
            page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph],
                                      Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
                                      Contents=pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()))
            pdf.pages.append(pikepdf.Page(page))
        pdf.save(path)
        return
    if codec == "cmyk":  # Pillow writes an Adobe CMYK JPEG (inverted) and Decode [1 0 1 0 1 0 1 0]
        images = [im.convert("CMYK") for im in images]
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=quality)


def page_jpegs(pdf_path):
    """The page images of a scanned PDF as the scanner wrote them (pdfimages -j), in order."""
    stem = pdf_path + "-img"
    mp.run(["pdfimages", "-j", pdf_path, stem])
    d = os.path.dirname(pdf_path)
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.startswith(os.path.basename(stem))]


def ocr_layer(path, lang="chi_sim"):
    """Make a scanned PDF searchable in place as scanner software does: each page image under an
    invisible text layer of Tesseract's own reading (its PDF renderer, 200 dpi) in `lang` (eng:
    a scanner's OCR left at its default language, reading Chinese as Latin letters)."""
    outs = []
    for i, img in enumerate(page_jpegs(path)):
        out = f"{path}-ocr{i}"
        mp.run(["tesseract", img, out, "--dpi", "200", "-l", lang, "pdf"])
        os.remove(img)
        outs.append(out + ".pdf")
    if len(outs) == 1:
        shutil.move(outs[0], path)
    else:
        mp.run(["pdfunite"] + outs + [path])
        for o in outs:
            os.remove(o)


def strip_tounicode(path):
    """A PDF printer that writes no ToUnicode maps: every font's /ToUnicode removed in place (the
    embedded font programs stay)."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
        pdf.save(path)


def outline_text(path):
    """Text turned into outlines for printing (文字转曲) in place: Ghostscript's pdfwrite with
    no fonts written, so every glyph is a filled path and the PDF has no text at all."""
    out = path + "-outlines.pdf"
    mp.run(["gs", "-q", "-o", out, "-sDEVICE=pdfwrite", "-dNoOutputFonts", path])
    shutil.move(out, path)


def watermark_pdf(path):
    """A diagonal grey text watermark over every page in place, as PDF tools add one: ReportLab
    draws the words (embedded TrueType subset, so they are in the text layer) and pikepdf lays the
    page over each page."""
    import pikepdf
    from reportlab.lib.colors import Color
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    mark = path + "-mark.pdf"
    c = canvas.Canvas(mark, pagesize=(595.3, 841.9))
    c.setFillColor(Color(0.6, 0.6, 0.6, alpha=0.35))
    c.setFont("WQY", 34)
    for y in (250, 560):
        c.saveState()
        c.translate(300, y)
        c.rotate(35)
        c.drawCentredString(0, 0, "苏州市科技计划项目申报材料  仅供评审使用")
        c.restoreState()
    c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(mark) as m:
        for page in pdf.pages:
            page.add_overlay(m.pages[0])
        pdf.save(path)
    os.remove(mark)


def bilevel_scan(path, tiff=None, codec="g4", dither=False):
    """Print and scan a PDF in black and white, as office copiers scan to file: 300 dpi, turned a
    little, a fixed threshold (no dithering), 1 bit a pixel, CCITT group 4 (or JBIG2, codec
    "jbig2": a generic region, MQ-coded, tests/families/jbig2enc.py); written back in place as a
    PDF, or to `tiff` as a (multi-page) TIFF. `dither`: the copier's text/photo mode, grey
    diffused into dots (Floyd–Steinberg) instead of cut at a threshold."""
    import zlib
    import numpy as np
    from PIL import Image
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    images = []
    for img in page_images(path, 300, "L", grey=True):
        img = img.rotate(r.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(img, dtype=np.float32) + np.random.default_rng(r.randrange(1 << 30)).normal(0, 10, img.size[::-1])
        if dither:
            images.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("1"))
            continue
        images.append(Image.fromarray(np.where(a > r.uniform(140, 175), 255, 0).astype(np.uint8)).convert("1"))
    if tiff:
        images[0].save(tiff, "TIFF", compression="group4", dpi=(300, 300), save_all=True,
                       append_images=images[1:])
        os.remove(path)
        return
    if codec == "jbig2":
        import pikepdf
        import jbig2enc
        pdf = pikepdf.new()
        for im in images:
            w, h = im.size
            xobj = pikepdf.Stream(pdf, jbig2enc.embedded((np.asarray(im.convert("L")) < 128).astype(np.uint8)))
            xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 1
            xobj.ColorSpace = pikepdf.Name.DeviceGray
            xobj.Filter = pikepdf.Name.JBIG2Decode
            pw, ph = w * 72 / 300, h * 72 / 300
            page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph],
                                      Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
                                      Contents=pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()))
            pdf.pages.append(pikepdf.Page(page))
        pdf.save(path)
        return
    tifs = []
    for i, im in enumerate(images):
        tifs.append(f"{path}-{i}.tif")
        im.save(tifs[-1], "TIFF", compression="group4", dpi=(300, 300), tiffinfo={278: im.size[1]})  # one strip
    import pikepdf
    pdf = pikepdf.new()
    for tf in tifs:
        im = Image.open(tf)
        w, h = im.size
        # The group 4 strip as the TIFF holds it, into an image XObject (no re-encoding).
        raw = open(tf, "rb").read()
        (off,), (n,) = im.tag_v2[273], im.tag_v2[279]
        xobj = pikepdf.Stream(pdf, raw[off:off + n])
        xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 1
        xobj.ColorSpace = pikepdf.Name.DeviceGray
        xobj.Filter = pikepdf.Name.CCITTFaxDecode
        xobj.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=True)  # Pillow writes MinIsBlack
        pw, ph = w * 72 / 300, h * 72 / 300
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph],
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
                                  Contents=pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()))
        pdf.pages.append(pikepdf.Page(page))
        os.remove(tf)
    pdf.save(path)


def fax_scan(path, t, tiff=None):
    """A PDF sent by fax and delivered as fax-to-mail services deliver it: each page scanned at
    204 dpi across, 196 down ("fine") — or 98 ("standard") when written to `tiff` as a fax
    server's TIFF (group 3, its resolution tags saying 204 × 98) — 1 bit a pixel, the sending
    machine's header line at the top. The PDF's image is the page's full width and height, so
    its pixels are not square either. Replaces `path` (or writes `tiff` and removes it)."""
    import zlib
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    import pikepdf
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    xdpi, ydpi = 204, (98 if tiff else 196)
    pages = page_images(path, xdpi, "L", grey=True)
    font = ImageFont.truetype(TTF, 22)
    when = f"2022-06-{r.randrange(10, 28)} {r.randrange(8, 18):02d}:{r.randrange(60):02d}"
    sender = f"0512 6{r.randrange(1000000, 9999999)}"
    images = []
    for k, img in enumerate(pages):
        img = img.rotate(r.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
        ImageDraw.Draw(img).text((60, 14), f"{when}  FROM: {sender}  TO: 0512 68181234   P.{k + 1:03d}/{len(pages):03d}",
                                 font=font, fill=0)
        img = img.resize((img.width, round(img.height * ydpi / xdpi)), Image.LANCZOS)  # fewer lines down
        a = np.asarray(img, dtype=np.float32) + np.random.default_rng(r.randrange(1 << 30)).normal(0, 12, img.size[::-1])
        images.append(Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1"))
    if tiff:
        images[0].save(tiff, "TIFF", compression="group3", dpi=(xdpi, ydpi), save_all=True, append_images=images[1:])
        os.remove(path)
        return
    pdf = pikepdf.new()
    for i, im in enumerate(images):
        tf = f"{path}-{i}.tif"
        im.save(tf, "TIFF", compression="group4", dpi=(xdpi, ydpi), tiffinfo={278: im.size[1]})  # one strip
        raw, w, h = open(tf, "rb").read(), im.width, im.height
        with Image.open(tf) as again:
            (off,), (n,) = again.tag_v2[273], again.tag_v2[279]
        xobj = pikepdf.Stream(pdf, raw[off:off + n])
        xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 1
        xobj.ColorSpace = pikepdf.Name.DeviceGray
        xobj.Filter = pikepdf.Name.CCITTFaxDecode
        xobj.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=True)
        pw, ph = w * 72 / xdpi, h * 72 / ydpi
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph],
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
                                  Contents=pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()))
        pdf.pages.append(pikepdf.Page(page))
        os.remove(tf)
    pdf.save(path)


def restrict_pdf(path, aes=True):
    """An owner password and restrictions in place (no copying or editing; printing allowed),
    no open password: AES-256 (R6) or RC4-128 (R3), as PDF export dialogs offer."""
    import pikepdf
    allow = pikepdf.Permissions(extract=False, modify_annotation=False, modify_assembly=False,
                                modify_form=False, modify_other=False, print_lowres=True, print_highres=True)
    enc = pikepdf.Encryption(owner="szkj-2022-owner", user="", R=6, allow=allow) if aes else \
        pikepdf.Encryption(owner="szkj-2022-owner", user="", R=3, aes=False, metadata=False, allow=allow)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(path, encryption=enc)


def screenshot(pdf_path, out_path):
    """A page sent as a screenshot instead of the file: the first page drawn at screen size
    (96 dpi), a PNG with no resolution recorded, or a phone's JPEG (1080 px wide, recompressed
    at quality 60 by a chat app) with a status bar strip at the top."""
    from PIL import Image, ImageDraw
    img = page_images(pdf_path, 96 if out_path.endswith(".png") else 130, "RGB", first_only=True)[0]
    if out_path.endswith(".png"):
        img.save(out_path)  # no pHYs chunk: the resolution is unknown
    else:
        w = 1080
        img = img.resize((w, round(img.height * w / img.width)), Image.LANCZOS)
        bar = Image.new("RGB", (w, 60), (245, 245, 245))
        ImageDraw.Draw(bar).rectangle([w - 110, 20, w - 40, 40], outline=(60, 60, 60), width=3)
        shot = Image.new("RGB", (w, img.height + 60), (255, 255, 255))
        shot.paste(bar, (0, 0))
        shot.paste(img, (0, 60))
        shot.save(out_path, "JPEG", quality=60)
    os.remove(pdf_path)


def info_xlsx_pdf(t, fam, path, keep_workbook=False):
    """The information table filled in an Excel workbook (openpyxl: merged title, four bordered
    columns, wrapped values, amounts as numbers with two decimals, dates as dates) and printed to
    PDF by LibreOffice Calc, fitted to the page width."""
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "项目信息表"
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    ws.merge_cells("A1:D1")
    ws["A1"] = TITLES[fam]
    ws["A1"].font = Font(name=mp.FONT, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 30
    for col, width in zip("ABCD", (18, 34, 18, 30)):
        ws.column_dimensions[col].width = width
    kv = [(k, lab, val) for k, lab, val in facts(t, fam)]
    for i in range(0, len(kv), 2):
        r = 2 + i // 2
        for j, (k, lab, val) in enumerate(kv[i:i + 2]):
            c_lab = ws.cell(row=r, column=1 + 2 * j, value=lab)
            if k in ("total", "municipal"):
                value, fmt = float(val), "0.00"
            elif k in ("start", "end"):
                y, m = (int(x) for x in val.split("-"))
                value = datetime.date(y, m, 1) if k == "start" else \
                    datetime.date(y, m, 1) + datetime.timedelta(days=31)
                value = value if k == "start" else value.replace(day=1) - datetime.timedelta(days=1)
                fmt = "yyyy-mm-dd"
            else:
                value, fmt = val, "@"
            c_val = ws.cell(row=r, column=2 + 2 * j, value=value)
            c_val.number_format = fmt
            for c in (c_lab, c_val):
                c.font = Font(name=mp.FONT, size=11)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="center")
        if len(kv[i:i + 2]) == 1:
            for col in (3, 4):
                ws.cell(row=r, column=col).border = box
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    src = path[:-4] + ".xlsx"
    wb.save(src)
    if keep_workbook:
        return src
    mp.soffice([src], "pdf", os.path.dirname(path))
    os.remove(src)
    return path


HYBRID_PDF = 'pdf:writer_pdf_Export:{"IsAddStream":{"type":"boolean","value":"true"}}'
PDFA_PDF = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
            '"UseTaggedPDF":{"type":"boolean","value":"true"}}')


def pinyin_of(name):
    """Each character of a name with its pinyin, tone marks on (pypinyin, MIT)."""
    from pypinyin import Style, pinyin
    return [(c, p[0]) for c, p in zip(name, pinyin(name, style=Style.TONE, heteronym=False))]


def info_ruby_pdf(t, fam, path, work):
    """The information table as a web page whose leader's name carries its pinyin in <ruby>,
    printed by Chromium to PDF (the pinyin set small over each character)."""
    trs = ""
    for f, lab, val in facts(t, fam):
        if f == "leader":
            cell = "".join(f"<ruby>{esc(c)}<rt>{esc(p)}</rt></ruby>" for c, p in pinyin_of(val))
        else:
            cell = esc(val)
        trs += f"<tr><td width='32%'>{esc(lab)}</td><td>{cell}</td></tr>"
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
            "font-size:14px} table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:6px}"
            "h2{text-align:center}</style></head><body>"
            f"<h2>{esc(TITLES[fam])}</h2><table>{trs}</table></body></html>")
    src = os.path.join(work, "ruby.html")
    open(src, "w", encoding="utf-8").write(page)
    mp.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
            "--no-pdf-header-footer", f"--print-to-pdf={path}", "file://" + src])
    os.remove(src)
    return path


def info_chrome_pdf(t, fam, path, work):
    """The information table as the online system's web form, printed by Chromium (print to
    PDF, with the browser's own header and footer): labels, values in text boxes, the unit type
    in a drop-down, the partners in a text area."""
    rows = facts(t, fam)
    trs = ""
    for f, lab, val in rows:
        if f == "type":
            ctl = f"<select><option selected>{esc(val)}</option></select>"
        elif f == "partners":
            ctl = f"<textarea rows='2' style='width:95%'>{esc(val)}</textarea>"
        else:
            ctl = f"<input type='text' value='{html.escape(val, quote=True)}' style='width:95%'>"
        trs += f"<tr><th align='right' width='30%'><label>{esc(lab)}：</label></th><td>{ctl}</td></tr>"
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>项目信息 - 苏州市科技计划项目管理系统</title>"
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:14px}"
            "input,select,textarea{font-family:inherit;font-size:14px;border:1px solid #999;padding:3px}"
            "th{font-weight:normal;color:#333;padding:6px}</style></head><body>"
            f"<div style='background:#1f5fa8;color:#fff;padding:8px'>苏州市科技计划项目管理信息系统</div>"
            f"<h2>{esc(TITLES[fam])}</h2><form><table width='100%'>{trs}</table>"
            "<p><button type='button'>保存</button> <button type='button'>提交</button></p></form></body></html>")
    src = os.path.join(work, "form.html")
    open(src, "w", encoding="utf-8").write(page)
    mp.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
            f"--print-to-pdf={path}", "file://" + src])
    os.remove(src)
    return path


def info_css_columns(t, fam, path, work):
    """The information table as the online system's print preview, printed by Chromium: a
    banner, the title, then every field a paragraph "label：value" (the label bold), the
    paragraphs flowing in two CSS columns (column-count: 2; a field never split across them), a
    long value wrapping inside its column; a note under the columns."""
    fields = "".join(f"<p class='f'><b>{esc(lab)}：</b>{esc(val)}</p>" for _, lab, val in facts(t, fam))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>打印预览</title>"
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:14px;margin:24px}"
            ".cols{column-count:2;column-gap:32px;column-rule:1px solid #ccc}"
            ".f{margin:0 0 10px 0;break-inside:avoid;line-height:1.6}"
            "h2{text-align:center;font-size:20px}</style></head><body>"
            "<div style='border-bottom:2px solid #1f5fa8;padding-bottom:4px;color:#1f5fa8'>苏州市科技计划项目管理信息系统</div>"
            f"<h2>{esc(TITLES[fam])}</h2><div class='cols'>{fields}</div>"
            "<p style='font-size:12px;color:#666'>注：本页由系统生成，请核对后打印盖章。</p></body></html>")
    src = os.path.join(work, "cols.html")
    open(src, "w", encoding="utf-8").write(page)
    mp.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
            "--no-pdf-header-footer", f"--print-to-pdf={path}", "file://" + src])
    os.remove(src)
    return path


def info_docx_columns(t, fam, path, work):
    """The information table as a Word file whose fields are paragraphs "label：value" (the
    label bold) in a section of two text columns (w:cols num=2, 2 cm apart), under a title in a
    one-column section; exported to PDF by LibreOffice as the call asks."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    doc = Document()
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(TITLES[fam])
    r.bold = True
    r.font.size = Pt(16)
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "1134")
    section._sectPr.append(cols)
    for _, lab, val in facts(t, fam):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        b = p.add_run(f"{lab}：")
        b.bold = True
        p.add_run(val)
    stem = os.path.splitext(os.path.basename(path))[0]
    docx = os.path.join(work, stem + ".docx")
    doc.save(docx)
    mp.soffice([docx], "pdf", work)
    os.remove(docx)
    produced = os.path.join(work, stem + ".pdf")
    if produced != path:
        shutil.move(produced, path)
    return path


def info_stack_cells(t, fam, path):
    """The information table as a Word form of cards: a two-column ruled table whose every cell
    holds one field, its label a small grey bold paragraph and its value the paragraph under it
    (no colon, nothing else in the cell); the short fields two a row (a lone one beside an empty
    cell), the long ones merged across the row; a note under the table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor
    doc = Document()
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(TITLES[fam])
    r.bold = True
    r.font.size = Pt(16)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    def card(cell, lab, val):
        r = cell.paragraphs[0].add_run(lab)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        cell.add_paragraph().add_run(val).font.size = Pt(11)

    wide = {"project_name", "applicant", "partners", "period"}
    row = None
    for f, lab, val in facts(t, fam):
        if f in wide:
            cells = table.add_row().cells
            cells[0].merge(cells[1])
            card(cells[0], lab, val)
            row = None
        elif row is None:
            row = table.add_row().cells
            card(row[0], lab, val)
        else:
            card(row[1], lab, val)
            row = None
    note = doc.add_paragraph()
    note.add_run("说明：带合并单元格的栏目请完整填写；金额单位为万元。").font.size = Pt(9)
    doc.save(path)
    return path


def info_layout_table(t, fam, path_stem, work):
    """The information table as a Word file laid out by a borderless table of two cells side by
    side under a title: in the left cell, headed 项目情况, the project's fields, in the right,
    headed 单位及负责人, the unit's and the leader's, each field a paragraph "label：value" (the
    label bold); a note under the table; A4. layoutpdf exports it to PDF by LibreOffice."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = mp.new_docx()
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(TITLES[fam])
    r.bold = True
    r.font.size = Pt(16)
    table = doc.add_table(rows=1, cols=2)
    unit = {"applicant", "credit_code", "type", "status", "department", "zone", "leader", "phone"}
    for cell, heading, side in zip(table.rows[0].cells, ("项目情况", "单位及负责人"), (False, True)):
        cell.paragraphs[0].add_run(heading).bold = True
        for f, lab, val in facts(t, fam):
            if (f in unit) != side:
                continue
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            p.add_run(f"{lab}：").bold = True
            p.add_run(val)
    doc.add_paragraph().add_run("注：以上信息须与申报系统填报内容一致。").font.size = Pt(9)
    path = path_stem + ".docx"
    doc.save(path)
    if fam == "layoutdocx":
        return path
    mp.soffice([path], "pdf", os.path.dirname(path))
    os.remove(path)
    return path_stem + ".pdf"


# grouphead's bands: (group label or None, [(field, sub-label)]) — a group's label merged over
# the sub-labels of its fields; a band without a group has each field's own label as its head.
GROUP_HEADS = [
    (None, [("project_name", "项目名称"), ("guide_code", "指南代码")]),
    ("申报单位", [("applicant", "名称"), ("credit_code", "统一社会信用代码"), ("type", "类型"), ("status", "资质")]),
    ("项目负责人", [("leader", "姓名"), ("phone", "手机")]),
    (None, [("department", "主管部门"), ("zone", "所在高新区"), ("partners", "合作单位")]),
    ("实施期限", [("start", "起始年月"), ("end", "终止年月")]),
    ("经费（万元）", [("total", "项目总投入"), ("municipal", "申请市拨")]),
]


def info_group_heads(t, fam, path):
    """The information table as a Word table of four grid columns in bands: each band a row of
    column heads over one row of values; a group's label (申报单位, 项目负责人, 实施期限,
    经费（万元）) is a head row of its own merged over the band's columns, over its fields'
    sub-labels (名称, 统一社会信用代码, 类型 …); a band of fewer fields than columns merges its
    last cell over the rest; the heads bold on grey."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    vals = {f: v for f, _, v in facts(t, fam)}
    doc = Document()
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(TITLES[fam])
    r.bold = True
    r.font.size = Pt(16)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"

    def shade(cell):
        pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E7E6E6")
        pr.append(shd)

    def band_row(texts, bold):
        cells = table.add_row().cells
        if len(texts) < 4:
            cells[len(texts) - 1].merge(cells[3])
        for c, text in zip(cells, texts):
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if bold else WD_ALIGN_PARAGRAPH.LEFT
            p.add_run(text).bold = bold
            if bold:
                shade(c)

    for group, fields in GROUP_HEADS:
        fields = [(f, lab) for f, lab in fields if f in vals]
        if group:
            band_row([group], True)
        band_row([lab for _, lab in fields], True)
        band_row([vals[f] for f, _ in fields], False)
    doc.save(path)
    return path


def info_form_grid(t, fam, path, work):
    """The information table as the online system's detail page printed by Chromium (A4, no
    header or footer): under the system's bar and the title, cards headed 基本信息 / 申报单位 /
    项目负责人 / 期限与经费, in each a grid of fields, every label (a red * on the required ones)
    over its value in a grey read-only box, two fields a row, the long ones across the row."""
    groups = [("基本信息", {"project_name", "guide_code"}),
              ("申报单位", {"applicant", "credit_code", "type", "status", "department", "zone", "partners"}),
              ("项目负责人", {"leader", "phone"})]
    wide = {"project_name", "applicant", "partners"}
    required = {"project_name", "guide_code", "applicant", "credit_code", "leader", "phone", "total", "municipal"}
    rows = facts(t, fam)
    cards = ""
    for title, members in groups + [("期限与经费", {f for f, _, _ in rows} - set().union(*(m for _, m in groups)))]:
        cells = ""
        for f, lab, val in rows:
            if f not in members:
                continue
            star = "<span class='req'>*</span>" if f in required else ""
            span = " style='grid-column:1/3'" if f in wide else ""
            cells += f"<div class='fld'{span}><label>{star}{esc(lab)}</label><div class='box'>{esc(val)}</div></div>"
        cards += f"<div class='card'><div class='ch'>{esc(title)}</div><div class='grid'>{cells}</div></div>"
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>项目详情</title>"
            "<style>@page{size:A4;margin:15mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:13px;color:#333}"
            ".bar{background:#1f5fa8;color:#fff;padding:8px 12px;font-size:15px}"
            "h3{text-align:center;font-size:18px;margin:14px 0}"
            ".card{border:1px solid #dcdfe6;border-radius:4px;margin-bottom:12px;break-inside:avoid}"
            ".ch{background:#f5f7fa;border-bottom:1px solid #dcdfe6;padding:6px 12px;font-weight:bold}"
            ".grid{display:grid;grid-template-columns:1fr 1fr;gap:10px 24px;padding:10px 12px}"
            "label{display:block;color:#606266;font-size:12px;margin-bottom:4px}.req{color:#f56c6c;margin-right:2px}"
            ".box{background:#f5f7fa;border:1px solid #e4e7ed;border-radius:3px;padding:5px 8px;min-height:18px}"
            "</style></head><body><div class='bar'>苏州市科技计划项目管理信息系统</div>"
            f"<h3>{esc(TITLES[fam])}</h3>{cards}</body></html>")
    src = os.path.join(work, "grid.html")
    open(src, "w", encoding="utf-8").write(page)
    mp.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
            "--no-pdf-header-footer", f"--print-to-pdf={path}", "file://" + src])
    os.remove(src)
    return path


def info_acroform(t, fam, path):
    """The information table as a fillable PDF form, filled by software: ReportLab draws the
    grid and the labels (embedded TrueType subset) and puts a text field named Text1, Text2 …
    in every value cell; pikepdf then sets each field's value (/V) and removes the appearance
    streams, with /NeedAppearances asking the viewer to draw the values — so the values are
    in the fields only, not on the page."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    rows = [(lab, val) for _, lab, val in facts(t, fam)]
    c = canvas.Canvas(path, pagesize=A4)
    w, h = A4
    c.setFont("WQY", 16)
    c.drawCentredString(w / 2, h - 60, TITLES[fam])
    x0, x1, x2 = 56, 56 + 150, w - 56
    y = h - 90
    c.setFont("WQY", 10.5)
    values = {}
    for i, (k, v) in enumerate(rows):
        hgt = 38 if len(v) > 24 else 24
        c.rect(x0, y - hgt, x1 - x0, hgt)
        c.rect(x1, y - hgt, x2 - x1, hgt)
        c.drawString(x0 + 4, y - 16, k)
        name = f"Text{i + 1}"
        c.acroForm.textfield(name=name, x=x1 + 2, y=y - hgt + 2, width=x2 - x1 - 4, height=hgt - 4,
                             borderWidth=0, fontSize=10, fieldFlags="multiline" if hgt > 30 else "")
        values[name] = v
        y -= hgt
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for annot in pdf.pages[0].get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in values:
                annot.V = pikepdf.String(values[name])
                if "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        pdf.save(path)
    return path


def info_xfa(t, fam, path):
    """The information table as a dynamic XFA form, filled: the catalog says NeedsRendering, the
    AcroForm holds no fields but an /XFA array of packets (preamble, config, template, datasets,
    postamble); the template is a LiveCycle Designer form (a title drawn as text, then a table
    subform of rows, each a field named as Designer names them, TextField1 …, with its label
    as the caption and, for some, a tooltip); the datasets hold the values under the same names.
    The one page drawn for viewers without XFA is Acrobat's message (ReportLab, embedded
    TrueType subset)."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from xml.sax.saxutils import escape as x
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    c = canvas.Canvas(path, pagesize=A4)
    w, h = A4
    c.setFont("WQY", 11)
    for i, line in enumerate(["请稍候...", "",
                              "如果此消息最终未被文档的正确内容替换，则您的 PDF 查看器可能无法显示此类文档。",
                              "您可以访问 Adobe 网站，升级到最新版本的 Adobe Reader。",
                              "Please wait... If this message is not eventually replaced by the proper contents of the",
                              "document, your PDF viewer may not be able to display this type of document."]):
        c.drawString(56, h - 80 - 18 * i, line)
    c.save()
    rows = [(lab, val) for _, lab, val in facts(t, fam)]
    fields, data = [], []
    for i, (k, v) in enumerate(rows):
        n = f"TextField{i + 1}"
        tip = f'<assist><toolTip>请填写{x(k)}</toolTip></assist>' if i % 3 == 0 else ""
        fields.append(f'<subform layout="row" name="Row{i + 1}"><field name="{n}" w="170mm" h="9mm">'
                      f'<ui><textEdit/></ui><font typeface="宋体" size="10.5pt"/>'
                      f'<caption reserve="45mm"><font typeface="宋体"/><value><text>{x(k)}</text></value></caption>'
                      f'{tip}</field></subform>')
        data.append(f"<Row{i + 1}><{n}>{x(v)}</{n}></Row{i + 1}>")
    template = ('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
                '<subform name="form1" layout="tb" locale="zh_CN" restoreState="auto">'
                '<pageSet><pageArea name="Page1" id="Page1"><contentArea x="20mm" y="20mm" w="170mm" h="257mm"/>'
                '<medium stock="a4" short="210mm" long="297mm"/></pageArea></pageSet>'
                f'<draw name="Title" w="170mm" h="12mm"><ui><textEdit/></ui><font typeface="黑体" size="16pt"/>'
                f'<value><text>{x(TITLES[fam])}</text></value><para hAlign="center"/></draw>'
                '<subform name="Table1" layout="table" columnWidths="170mm">' + "".join(fields) + '</subform>'
                '<draw name="Note" w="170mm" h="8mm"><value><text>注：本表由申报单位填写，经费单位为万元。</text></value></draw>'
                '</subform></template>')
    datasets = ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><Table1>'
                + "".join(data) + '</Table1></form1></xfa:data></xfa:datasets>')
    packets = [("preamble", '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/" timeStamp="2022-07-12T08:30:15Z" '
                            'uuid="3b4e0c1a-7a2e-4f59-9a0e-2f5d9a3c1b2e">'),
               ("config", '<config xmlns="http://www.xfa.org/schema/xci/3.1/"><present><pdf><version>1.7</version>'
                          '<adobeExtensionLevel>8</adobeExtensionLevel></pdf></present></config>'),
               ("template", template), ("datasets", datasets), ("postamble", "</xdp:xdp>")]
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        arr = pikepdf.Array()
        for name, xml in packets:
            arr.append(pikepdf.String(name))
            arr.append(pdf.make_stream(xml.encode("utf-8")))
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=arr))
        pdf.Root.NeedsRendering = True
        pdf.save(path)
    return path


def crop_away_example(path, t):
    """The template's worked example cropped away in place: the form's first page made taller,
    with the example (填写示例: the same labels over a made-up project's values) drawn above the
    form, then the page's CropBox set back to the form, as a PDF editor's "crop pages" does. The
    example stays in the content stream; nobody sees it on screen or on paper."""
    import zlib
    import pikepdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    L = LABELS["cropbox"]
    lines = [f'{L["name"]}：{r.choice(["高精度伺服驱动器控制算法研发", "新型储能电池管理系统研发", "工业视觉检测平台研发"])}',
             f'{L["guide"]}：{r.choice(["1-1-2", "2-3-1", "3-2-4"])}',
             f'{L["applicant"]}：苏州某某科技有限公司',
             f'{L["credit"]}：91320500MA1XXXXXXX',
             f'{L["leader"]}：张三    {L["phone"]}：13800000000',
             f'{L["period"]}：2021.01-2022.12',
             f'{L["total"]}：500    {L["municipal"]}：100']
    extra = 230.0
    ex = path + "-example.pdf"
    c = canvas.Canvas(ex, pagesize=(595.3, extra))
    c.setFont("WQY", 13)
    c.drawString(60, extra - 30, "填写示例（提交前请删除）")
    c.setFont("WQY", 10.5)
    for k, line in enumerate(lines):
        c.drawString(72, extra - 55 - 22 * k, line)
    c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(ex) as e:
        page = pdf.pages[0]
        mb = [float(v) for v in page.MediaBox]
        w, h = mb[2] - mb[0], mb[3] - mb[1]
        form = pdf.copy_foreign(e.pages[0].as_form_xobject())
        if "/XObject" not in page.Resources:
            page.Resources.XObject = pikepdf.Dictionary()
        page.Resources.XObject["/Ex0"] = form
        page.contents_add(pdf.make_stream(f"q 1 0 0 1 {mb[0]:.2f} {mb[1] + h:.2f} cm /Ex0 Do Q".encode()), prepend=False)
        page.MediaBox = pikepdf.Array([mb[0], mb[1], mb[0] + w, mb[1] + h + extra])
        page.CropBox = pikepdf.Array([mb[0], mb[1], mb[0] + w, mb[1] + h])
        pdf.save(path)
    os.remove(ex)


def clip_away_example(path):
    """The scanned form's first page with the template's worked example above it (the example
    sheet scanned with it: 填写示例, the same labels over a made-up project's values), placed
    whole on an A4 page by a PDF editor, scaled to fit, then cropped there: a clipping path round
    the form, the image left as it was (as editors crop a picture). In place."""
    import io
    import zlib
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    form = page_images(path, 200, "L", first_only=True)[0]
    L = LABELS["clipscan"]
    lines = [f'{L["name"]}：{r.choice(["高效节能永磁电机驱动系统研发", "工业互联网边缘网关研发", "新型生物降解包装材料研发"])}',
             f'{L["applicant"]}：苏州样例电子科技有限公司    {L["credit"]}：91320500MA1SAMPLE0',
             f'{L["leader"]}：王五    {L["phone"]}：13700000000',
             f'{L["period"]}：2021.01-2022.12    {L["total"]}：400    {L["municipal"]}：80']
    font = ImageFont.truetype(TTF, 40)
    strip_h = 110 + 64 * len(lines)
    strip = Image.new("L", (form.width, strip_h), 250)
    dr = ImageDraw.Draw(strip)
    dr.text((140, 40), "填写示例", font=ImageFont.truetype(TTF, 48), fill=40)
    for k, line in enumerate(lines):
        dr.text((160, 110 + 64 * k), line, font=font, fill=60)
    whole = Image.new("L", (form.width, strip_h + form.height), 255)
    whole.paste(strip, (0, 0))
    whole.paste(form, (0, strip_h))
    W, H = 595.28, 841.89
    sc = H / whole.height
    iw, ih = whole.width * sc, H
    x0 = (W - iw) / 2
    buf = io.BytesIO()
    whole.save(buf, "JPEG", quality=70)
    buf.seek(0)
    out = path + "-clip.pdf"
    c = canvas.Canvas(out, pagesize=(W, H))
    c.saveState()
    clip = c.beginPath()
    clip.rect(x0, 0, iw, form.height * sc)
    c.clipPath(clip, stroke=0, fill=0)
    c.drawImage(ImageReader(buf), x0, 0, iw, ih)
    c.restoreState()
    c.showPage()
    rest = page_images(path, 200, "L")[1:]
    for img in rest:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=70)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, W, H)
        c.showPage()
    c.save()
    shutil.move(out, path)


def split_sheets(path):
    """Sheets of two pages side by side split back into pages in place, as "split pages in half"
    tools do: each sheet copied once for each half, the copy's CropBox set to its half; both
    copies keep the whole sheet's content stream. A sheet with one page gives one page."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as src:
        out = pikepdf.new()
        for sheet in src.pages:
            mb = [float(v) for v in sheet.MediaBox]
            names = list(sheet.Resources.get("/XObject", {}).keys())
            halves = [(mb[0], (mb[0] + mb[2]) / 2), ((mb[0] + mb[2]) / 2, mb[2])][:max(1, len(names))]
            for x0, x1 in halves:
                out.pages.append(sheet)
                page = out.pages[-1]
                page.CropBox = pikepdf.Array([x0, mb[1], x1, mb[3]])
        out.save(path + ".split")
    shutil.move(path + ".split", path)


def tounicode_map(cmap):
    """code bytes -> text from a ToUnicode CMap's bfchar and bfrange sections."""
    import re as _re
    out = {}
    hexes = lambda b: bytes.fromhex(b.decode())
    for sec in _re.findall(rb"beginbfchar(.*?)endbfchar", cmap, _re.S):
        for a, b in _re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", sec):
            out[hexes(a)] = hexes(b).decode("utf-16-be", "replace")
    for sec in _re.findall(rb"beginbfrange(.*?)endbfrange", cmap, _re.S):
        for a, b, rest in _re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", sec):
            lo, hi, n = int(a, 16), int(b, 16), len(a) // 2
            if rest.startswith(b"["):
                dsts = [hexes(x).decode("utf-16-be", "replace") for x in _re.findall(rb"<([0-9A-Fa-f]*)>", rest)]
                for k, code in enumerate(range(lo, hi + 1)):
                    if k < len(dsts):
                        out[code.to_bytes(n, "big")] = dsts[k]
            else:
                d = hexes(rest[1:-1])
                base = int.from_bytes(d, "big")
                for k, code in enumerate(range(lo, hi + 1)):
                    out[code.to_bytes(n, "big")] = (base + k).to_bytes(len(d), "big").decode("utf-16-be", "replace")
    return out


def actual_text_spans(path):
    """Text whose fonts do not say what it reads, with the text given beside it, in place: every
    text-showing operator wrapped in a marked-content span, /Span <</ActualText (…)>> BDC … EMC,
    carrying the text it shows (UTF-16 with a byte order mark), then every font's /ToUnicode
    removed — as Word and Skia write runs whose glyphs do not map one to one to characters."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        fonts_seen = []
        for page in pdf.pages:
            fonts = page.Resources.get("/Font", pikepdf.Dictionary())
            maps = {}
            for k, f in fonts.items():
                if "/ToUnicode" in f:
                    cm = tounicode_map(f.ToUnicode.read_bytes())
                    width = max((len(c) for c in cm), default=1)
                    maps[str(k)] = (cm, width)
                fonts_seen.append(f)
            ops, cur = [], None
            for operands, op in pikepdf.parse_content_stream(page):
                o = str(op)
                if o == "Tf":
                    cur = maps.get(str(operands[0]))
                if o in ("Tj", "TJ", "'", '"') and cur:
                    cm, width = cur
                    parts = [operands[-1]] if o != "TJ" else [x for x in operands[0] if isinstance(x, pikepdf.String)]
                    text = ""
                    for st in parts:
                        b = bytes(st)
                        text += "".join(cm.get(b[i:i + width], "") for i in range(0, len(b) - width + 1, width))
                    if text:
                        span = pikepdf.Dictionary(ActualText=pikepdf.String(b"\xfe\xff" + text.encode("utf-16-be")))
                        ops.append(([pikepdf.Name.Span, span], pikepdf.Operator("BDC")))
                        ops.append((operands, op))
                        ops.append(([], pikepdf.Operator("EMC")))
                        continue
                ops.append((operands, op))
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        for f in fonts_seen:
            if "/ToUnicode" in f:
                del f["/ToUnicode"]
        pdf.save(path)


def two_up(path):
    """Two pages to a sheet in place: each pair of pages scaled to fit side by side on landscape
    A4, as printing "2 pages per sheet" to PDF does (pikepdf form XObjects)."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as src:
        out = pikepdf.new()
        pages = list(src.pages)
        W, H = 841.89, 595.28
        for i in range(0, len(pages), 2):
            sheet = out.add_blank_page(page_size=(W, H))
            ops = []
            xobjs = pikepdf.Dictionary()
            sheet.Resources = pikepdf.Dictionary(XObject=xobjs)
            for j, pg in enumerate(pages[i:i + 2]):
                xobj = out.copy_foreign(pg.as_form_xobject())
                nm = f"/P{j}"
                sheet.Resources.XObject[nm] = xobj
                mb = [float(v) for v in pg.MediaBox]
                pw, ph = mb[2] - mb[0], mb[3] - mb[1]
                sc = min((W / 2 - 20) / pw, (H - 20) / ph)
                ox = j * W / 2 + (W / 2 - pw * sc) / 2
                oy = (H - ph * sc) / 2
                ops.append(f"q {sc:.4f} 0 0 {sc:.4f} {ox:.2f} {oy:.2f} cm {nm} Do Q")
            sheet.Contents = out.make_stream(" ".join(ops).encode())
        out.save(path + ".2up")
    shutil.move(path + ".2up", path)


def image_docx(pdf_path, docx_path, caption=None):
    """The scanned pages pasted into a Word file, one picture per page, optionally under a typed
    caption line; no other text."""
    d = mp.new_docx()
    if caption:
        d.add_paragraph(caption)
    for img in page_jpegs(pdf_path):
        d.add_picture(img, width=Mm(160))
        os.remove(img)
    d.save(docx_path)


def webp_scan(pdf_path, out_path):
    """The first page image of a scanned PDF saved as a lossy WebP picture (quality 75, no
    resolution recorded), as a browser or chat app saves a picture."""
    img = page_images(pdf_path, 200, "RGB", first_only=True)[0]
    img.save(out_path, "WEBP", quality=75)


def photo_jpg(pdf_path, jpg_path, fmt="JPEG"):
    """Print a PDF's first page and photograph it with a phone: 150 dpi colour, the sheet in
    perspective (one side nearer), light falling off across it, a warm cast, JPEG (or WebP, or
    HEIF as an iPhone stores its photos, through pillow-heif's libheif and x265)."""
    import zlib
    if fmt == "HEIF":
        import pillow_heif
        pillow_heif.register_heif_opener()
    r = random.Random(zlib.crc32(os.path.basename(pdf_path).encode()))
    img = page_images(pdf_path, 150, "RGB", first_only=True)[0]
    phone_photo(img, r).save(jpg_path, fmt, quality=70)


def phone_pdf(path):
    """Print a PDF and photograph every page with a phone (see phone_photo), the photos put
    into one PDF as a phone's scanning app does, in place."""
    import zlib
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    photos = [phone_photo(img, r) for img in page_images(path, 150, "RGB")]
    photos[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=photos[1:], quality=70)


def phone_photo(img, r):
    """A printed page photographed with a phone: the sheet in perspective (one side nearer) on a
    darker desk, light falling off across it, a warm cast."""
    import numpy as np
    from PIL import Image
    w, h = img.size
    # The sheet on a darker desk, seen from a little off its axis: corners pulled in unevenly.
    margin = int(0.06 * w)
    canvas = Image.new("RGB", (w + 2 * margin, h + 2 * margin), (92, 84, 74))
    canvas.paste(img, (margin, margin))
    W, H = canvas.size
    d = [r.uniform(0.0, 0.035) * W for _ in range(4)]
    # PIL's QUAD: the source corners upper-left, lower-left, lower-right, upper-right.
    quad = (d[0], d[1] * 0.5, d[3], H - d[2] * 0.3, W - d[1], H - d[0] * 0.3, W - d[2], d[3] * 0.5)
    photo = canvas.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(92, 84, 74))
    a = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.22 * (xx / W) * r.uniform(0.6, 1.0) - 0.12 * (yy / H)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9]) + np.random.default_rng(r.randrange(1 << 30)).normal(0, 3, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def header_footer_pdf(docx_path, work):
    """A Word template's running header and footer on every page, then printed to PDF by
    LibreOffice."""
    d = Document(docx_path)
    for sec in d.sections:
        sec.header.paragraphs[0].text = "苏州市科技计划项目申报书（2022年度）"
        sec.header.paragraphs[0].alignment = 1
        sec.footer.paragraphs[0].text = "苏州市科学技术局制"
        sec.footer.paragraphs[0].alignment = 1
    d.save(docx_path)
    mp.soffice([docx_path], "pdf", work)
    os.remove(docx_path)
    return docx_path[:-5] + ".pdf"


# Round 22 writers: pandoc (Markdown → DOCX), XeTeX (ctex → PDF), AbiWord (HTML → DOCX).

def md_esc(s):
    return "".join("\\" + c if c in "\\`*_[]<>|#$~^" else c for c in s)


MD_PAGE_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


RTF_PAGE_BREAK = '```{=rtf}\n\\page\n```'


def blocks_markdown(blocks, cover=None, brk=MD_PAGE_BREAK):
    """Markdown as someone writes it for pandoc: a title block for the cover, # headings, the
    deliverables as an ordered list (Word numbering: their numbers are not in the text)."""
    out = []
    if cover:
        title, lines, foot = cover
        t = title.split("\n")
        out.append("---\ntitle: " + json.dumps(t[0], ensure_ascii=False)
                   + ("\nsubtitle: " + json.dumps(t[1], ensure_ascii=False) if len(t) > 1 else "")
                   + "\ndate: " + json.dumps(foot[-1], ensure_ascii=False) + "\n---")
        out += [md_esc(f"{with_colon(k)}{v}") for k, v in lines]
        out += [md_esc(x) for x in foot[:-1]]
        out.append(brk)
    n = 0
    for kind, text in blocks:
        if kind == "title":
            out.append("# " + md_esc(text))
        elif kind == "h":
            out.append("## " + md_esc(text))
        elif kind == "item":
            n += 1
            rest = text.split(".", 1)[1] if text[0].isdigit() else text
            out.append(f"{n}. {md_esc(rest.strip())}")
        else:
            out.append(md_esc(text))
    return "\n\n".join(out) + "\n"


def info_markdown(t, fam, head=("填报项目", "填报内容")):
    kv = [(lab, val) for _, lab, val in facts(t, fam)] + EXTRA.get(fam, [])
    rows = "\n".join(f"| {md_esc(k)} | {md_esc(v)} |" for k, v in kv)
    return (f"---\ntitle: {json.dumps(TITLES[fam], ensure_ascii=False)}\n---\n\n"
            f"| {head[0]} | {head[1]} |\n|:---|:---|\n{rows}\n\n注：金额单位为万元，请按实际填写。\n")


def blocks_l2r(blocks, cover=None):
    """LaTeX as someone writes it for latex2rtf: the cover centred lines ended by \\newpage (no
    titlepage), headings as section*, paragraphs and items plain."""
    out = ""
    if cover:
        title, lines, foot = cover
        out += "\\begin{center}\n\\vspace*{3cm}\n"
        out += "".join(f"{{\\Huge\\bfseries {tex_esc(x)}\\par}}\\vspace{{0.6cm}}\n" for x in title.split("\n"))
        out += "\\end{center}\n\\vspace{3cm}\n"
        out += "".join(f"\\noindent{{\\large {tex_esc(with_colon(k))}\\underline{{{tex_esc(v)}}}}}\n\n" for k, v in lines)
        out += "\\vspace{2cm}\n\\begin{center}\n"
        out += "".join(f"{{\\large {tex_esc(x)}\\par}}\n" for x in foot)
        out += "\\end{center}\n"
        if blocks:
            out += "\\newpage\n"
    for kind, text in blocks:
        if kind == "title":
            out += f"\\begin{{center}}{{\\large\\bfseries {tex_esc(text)}}}\\end{{center}}\n"
        elif kind == "h":
            out += f"\\section*{{{tex_esc(text)}}}\n"
        else:
            out += tex_esc(text) + "\n\n"
    return out


def latex2rtf_rtf(body, path, work):
    """A LaTeX article (utf8 inputenc) made RTF by latex2rtf; \\zihao sizes, which it does not
    know, given as LaTeX's own."""
    body = body.replace("\\zihao{1}", "\\Huge").replace("\\zihao{3}", "\\large")
    src = os.path.join(work, "l2r.tex")
    open(src, "w", encoding="utf-8").write("\\documentclass[a4paper]{article}\n\\usepackage[utf8]{inputenc}\n"
                                           "\\begin{document}\n" + body + "\\end{document}\n")
    subprocess.run(["latex2rtf", "-o", os.path.abspath(path), "l2r.tex"], check=True, cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for ext in (".tex", ".aux", ".log"):
        if os.path.exists(os.path.join(work, "l2r" + ext)):
            os.remove(os.path.join(work, "l2r" + ext))
    return path


def pandoc_rtf(md, path):
    """Markdown made a standalone RTF file by pandoc's RTF writer."""
    src = path[:-4] + ".md"
    open(src, "w", encoding="utf-8").write(md)
    mp.run(["pandoc", "-s", "-f", "markdown", "-t", "rtf", "-o", path, src])
    os.remove(src)
    return path


def pandoc_docx(md, path):
    src = path[:-5] + ".md"
    open(src, "w", encoding="utf-8").write(md)
    mp.run(["pandoc", "-f", "markdown", "-o", path, src])
    os.remove(src)
    return path


def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(c, c) for c in s)


TEX_HEAD = r"""\documentclass[fontset=none,zihao=-4]{ctexart}
\setCJKmainfont{Noto Serif CJK SC}
\usepackage[a4paper,margin=2.5cm]{geometry}
\usepackage{array}
\ctexset{section={format=\large\bfseries\raggedright,number={}}}
\begin{document}
"""


def xelatex(body, path):
    """Typeset with XeTeX (ctex, Noto Serif CJK) to `path` (.pdf)."""
    work = os.path.dirname(path)
    src = path[:-4] + ".tex"
    open(src, "w", encoding="utf-8").write(TEX_HEAD + body + "\n\\end{document}\n")
    subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory=" + work, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    for ext in (".tex", ".aux", ".log", ".out"):
        if os.path.exists(path[:-4] + ext):
            os.remove(path[:-4] + ext)
    return path


def blocks_tex(blocks, cover=None):
    out = ""
    if cover:
        title, lines, foot = cover
        out += "\\begin{titlepage}\n\\centering\n\\vspace*{3cm}\n"
        out += "".join(f"{{\\zihao{{1}}\\bfseries {tex_esc(x)}\\par}}\\vspace{{0.6cm}}\n" for x in title.split("\n"))
        out += "\\vspace{3cm}\n{\\zihao{3}\\begin{tabular}{r@{：}l}\n"
        out += "".join(f"{tex_esc(k.rstrip('：'))} & \\underline{{\\makebox[8cm][l]{{{tex_esc(v)}}}}} \\\\[0.5cm]\n"
                       for k, v in lines)
        out += "\\end{tabular}\\par}\n\\vfill\n"
        out += "".join(f"{{\\zihao{{3}} {tex_esc(x)}\\par}}\n" for x in foot)
        out += "\\end{titlepage}\n"
    for kind, text in blocks:
        if kind == "title":
            out += f"\\begin{{center}}{{\\zihao{{3}}\\bfseries {tex_esc(text)}}}\\end{{center}}\n"
        elif kind == "h":
            out += f"\\section*{{{tex_esc(text)}}}\n"
        elif text.startswith(("法定代表人", "单位（", "甲方（盖章）", "20")):
            out += f"\\begin{{flushright}}{tex_esc(text)}\\end{{flushright}}\n"
        else:
            out += tex_esc(text) + "\n\n"
    return out


def info_tex(t, fam):
    """A ruled four-column table (long values across three columns), TeX breaking lines in cells."""
    rows = facts(t, fam)
    long = [(lab, val) for f, lab, val in rows if f in ("project_name", "applicant", "partners")]
    short = [(lab, val) for f, lab, val in rows if f not in ("project_name", "applicant", "partners")]
    cell = lambda x: tex_esc(x)
    body = f"\\begin{{center}}{{\\zihao{{3}}\\bfseries {tex_esc(TITLES[fam])}}}\\end{{center}}\n"
    body += "\\noindent\\begin{tabular}{|p{2.5cm}|p{4.3cm}|p{2.5cm}|p{4.3cm}|}\\hline\n"
    for lab, val in long[:2]:
        body += f"{cell(lab)} & \\multicolumn{{3}}{{p{{12.0cm}}|}}{{{cell(val)}}} \\\\\\hline\n"
    for i in range(0, len(short), 2):
        pair = short[i:i + 2] + [("", "")] * (2 - len(short[i:i + 2]))
        body += " & ".join(f"{cell(k)} & {cell(v)}" for k, v in pair) + " \\\\\\hline\n"
    for lab, val in long[2:]:
        body += f"{cell(lab)} & \\multicolumn{{3}}{{p{{12.0cm}}|}}{{{cell(val)}}} \\\\\\hline\n"
    body += "\\end{tabular}\n"
    return body


# pdfLaTeX with the CJK package (Arphic 宋体 gbsn, 楷体 gkai as Type 1 subfonts) and LuaLaTeX
# with ctex (Fandol): \zihao given to the CJK package as LaTeX's sizes, so that blocks_tex
# serves all three engines.
CJK_TEX_HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage{CJKutf8}
\usepackage[a4paper,margin=2.5cm]{geometry}
\usepackage{array}
\newcommand{\zihao}[1]{\ifcase#1\or\Huge\or\LARGE\or\Large\or\large\else\normalsize\fi}
\begin{document}
\begin{CJK}{UTF8}{gbsn}
"""
LUA_TEX_HEAD = r"""\documentclass[fontset=fandol,zihao=5]{ctexart}
\usepackage[a4paper,margin=2.2cm]{geometry}
\usepackage{array,booktabs}
\ctexset{section={format=\large\bfseries\raggedright,number={}}}
\begin{document}
"""


def tex_engine(engine, body, path):
    """Typeset with pdfLaTeX and the CJK package (cjklatex) or LuaLaTeX and ctex (lualatex)."""
    work = os.path.dirname(path)
    src = path[:-4] + ".tex"
    head, tail, cmd = {
        "cjklatex": (CJK_TEX_HEAD, "\n\\end{CJK}\n\\end{document}\n", "pdflatex"),
        "lualatex": (LUA_TEX_HEAD, "\n\\end{document}\n", "lualatex"),
    }[engine]
    open(src, "w", encoding="utf-8").write(head + body + tail)
    subprocess.run([cmd, "-interaction=nonstopmode", "-halt-on-error", "-output-directory=" + work, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    for ext in (".tex", ".aux", ".log", ".out"):
        if os.path.exists(path[:-4] + ext):
            os.remove(path[:-4] + ext)
    return path


def info_tex_cjk(t, fam):
    """A ruled two-column table, the labels in 楷体 (the CJK package's gkai family)."""
    body = f"\\begin{{center}}{{\\zihao{{3}}\\bfseries {tex_esc(TITLES[fam])}}}\\end{{center}}\n"
    body += "\\noindent\\begin{tabular}{|>{\\CJKfamily{gkai}}p{4.2cm}|p{10.4cm}|}\\hline\n"
    body += "".join(f"{tex_esc(lab)} & {tex_esc(val)} \\\\\\hline\n" for _, lab, val in facts(t, fam))
    return body + "\\end{tabular}\n"


def info_tex_booktabs(t, fam):
    """An unruled table in the booktabs style: rules above and below and between groups of
    four rows only, the labels bold."""
    body = f"\\begin{{center}}{{\\zihao{{3}}\\bfseries {tex_esc(TITLES[fam])}}}\\end{{center}}\n"
    body += "\\noindent\\begin{tabular}{@{}>{\\bfseries}p{4.4cm}p{11.6cm}@{}}\\toprule\n"
    rows = facts(t, fam)
    for i, (_, lab, val) in enumerate(rows):
        body += f"{tex_esc(lab)} & {tex_esc(val)} \\\\\n"
        if i % 4 == 3 and i + 1 < len(rows):
            body += "\\midrule\n"
    return body + "\\bottomrule\n\\end{tabular}\n"


def pdflib_pdf(mode, data, path, work):
    """Write a PDF with pdf-lib (node/pdflib_write.js; pdf-lib and @pdf-lib/fontkit from
    $PDFLIB_DIR's node_modules), in a subset of WenQuanYi Micro Hei (taken out of its
    collection: fontkit embeds one face)."""
    ttf = os.path.join(work, "wqy_full.ttf")
    if not os.path.exists(ttf):
        from fontTools.ttLib import TTCollection
        TTCollection(TTF).fonts[0].save(ttf)
    src = os.path.join(work, "pdflib.json")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    modules = os.path.join(os.environ.get("PDFLIB_DIR", "/tmp/npm92"), "node_modules")
    subprocess.run(["node", os.path.join(HERE, "node", "pdflib_write.js"), mode, src, path, ttf],
                   check=True, env=dict(os.environ, NODE_PATH=modules))
    os.remove(src)
    return path


def pdflib_overlay_info(t, fam, path, work):
    """The information table as a web system prints it onto its blank form: the form (the labels
    in a ruled two-column table, the value cells empty) made with LibreOffice, each value drawn
    by pdf-lib where its cell's text starts, in a font of its own, and set smaller when too wide.
    Where the cells' text starts is read off the same form made with a marker in each cell."""
    import re as _re
    rows = facts(t, fam)
    r = random.Random(t["credit_code"] + fam)

    def form(cells, name):
        trs = "".join(f"<tr><td width='30%' height='34'>{esc(lab)}</td><td>{c}</td></tr>"
                      for (_, lab, _), c in zip(rows, cells))
        src = os.path.join(work, name + ".html")
        open(src, "w", encoding="utf-8").write(mp.html_page(
            f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' cellpadding='4' width='100%'>{trs}</table>"
            f"<p>打印时间：2022年6月{r.randrange(10, 28)}日</p><p>申报单位（盖章）：　　　　　　　　　　</p>"))
        mp.soffice([src], "pdf", work)
        os.remove(src)
        return os.path.join(work, name + ".pdf")
    marked = form([f"QX{i}Z" for i in range(len(rows))], "form_marked")
    blank = form(["&nbsp;"] * len(rows), "form_blank")
    bbox = subprocess.run(["pdftotext", "-bbox", marked, "-"], check=True, capture_output=True, text=True).stdout
    os.remove(marked)
    values, page, width, left = [], -1, 595.0, 595.0
    for m in _re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" '
                          r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox):
        if m.group(1):
            page, width, height = page + 1, float(m.group(1)), float(m.group(2))
            continue
        x0, y0, x1, y1, word = float(m.group(3)), float(m.group(4)), float(m.group(5)), float(m.group(6)), m.group(7)
        left = min(left, x0)
        k = _re.fullmatch(r"QX(\d+)Z", word)
        if k:
            base = y1 - 0.2 * (y1 - y0)
            values.append({"page": page, "x": x0, "y": height - base, "text": rows[int(k.group(1))][2]})
    for v in values:
        v["right"] = width - left - 6
    assert len(values) == len(rows), (len(values), len(rows))
    pdflib_pdf("overlay", {"template": blank, "values": values}, path, work)
    os.remove(blank)
    return path


POI_JARS = ":".join("/usr/share/java/" + j for j in
                    ("poi.jar", "commons-collections4.jar", "commons-math3.jar", "commons-codec.jar"))


def poi_xls_info(t, fam, path, work):
    """The information table as an Excel 97-2003 workbook written by Apache POI's HSSF
    (java/PoiWrite.java, compiled into the work directory on first use): the name, the
    applicant, its code and the partners each on a row of their own, the value merged across
    three cells; the other fields two pairs a row; the amounts as numbers."""
    import re as _re

    def cell(f, lab, val):
        return lab, val, "num" if f in ("total", "municipal") and _re.fullmatch(r"\d+(\.\d+)?", val) else "text"
    return java_write("PoiWrite", POI_JARS, [("title", TITLES[fam])] + pair_ops(t, fam, cell), path, work)


def amounts(t):
    """The package's two amounts as numbers (万元), by the field names `facts` gives them: what
    a workbook writer puts in number cells."""
    return {"total": t["total_budget_wan"], "municipal": t["municipal_funding_wan"]}


def pair_ops(t, fam, cell):
    """The information table as rows of a four-column grid: the name, the applicant, its code
    and the partners a wide row each; the other fields two pairs a row; an odd one out a wide
    row. Each field is the pair `cell(field, label, value)` gives."""
    ops, pending = [], []
    for f, lab, val in facts(t, fam):
        if f in ("project_name", "applicant", "credit_code", "partners"):
            ops.append(("wide",) + cell(f, lab, val))
            continue
        pending.append(cell(f, lab, val))
        if len(pending) == 2:
            ops.append(("pair2",) + pending[0] + pending[1])
            pending = []
    if pending:
        ops.append(("wide",) + pending[0][:2])
    return ops


def calligra_docx(src, work):
    """The .docx `src` opened and saved as OpenDocument by LibreOffice, then saved as .docx by
    Calligra Words (calligraconverter), whose export writes a table's cells as paragraphs, one
    after another. `src` is replaced."""
    stem = os.path.splitext(src)[0]
    mp.soffice([src], "odt:writer8", work)
    os.remove(src)
    src = stem + ".odt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=work)
    subprocess.run(["calligraconverter", "--batch", src, stem + ".docx"], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    if not os.path.exists(stem + ".docx"):
        raise RuntimeError("calligraconverter wrote nothing for " + src)
    return stem + ".docx"


def greedy_wrap(text, room, width):
    """`text` cut into lines no wider than `room` a character at a time (CJK has no spaces),
    `width` giving each character's; a character wider than the room stands on a line alone."""
    lines, cur, n = [], "", 0
    for c in text:
        if cur and n + width(c) > room:
            lines.append(cur)
            cur, n = "", 0
        cur, n = cur + c, n + width(c)
    return lines + [cur]


def text_table(t, fam):
    """The information table as a console system prints it: a title, then a text table ruled
    with +---+ lines and | between the label and value columns, each value wrapped within its
    column (a CJK character two columns wide), a date line below."""
    import unicodedata

    def w(ch):
        return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

    def wrap(text, width):
        return greedy_wrap(text, width, w)

    def pad(text, width):
        return text + " " * (width - sum(w(c) for c in text))

    lw, vw = 22, 46
    rule = "+" + "-" * (lw + 2) + "+" + "-" * (vw + 2) + "+"
    out = [" " * 24 + TITLES[fam], "", rule]
    for _, lab, val in facts(t, fam):
        ls, vs = wrap(lab, lw), wrap(val, vw)
        for i in range(max(len(ls), len(vs))):
            out.append(f"| {pad(ls[i] if i < len(ls) else '', lw)} | {pad(vs[i] if i < len(vs) else '', vw)} |")
        out.append(rule)
    out += ["", "打印时间：2022-06-28 09:41"]
    return "\n".join(out) + "\n"


SONG_TTF = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
DROID_TTF = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def xhtml2pdf_pdf(page, path, work):
    """An HTML page made PDF by xhtml2pdf (pisa), as a Django back end exports one: the font
    shipped beside the template (AR PL SungtiL GB, TrueType, which ReportLab embeds as simple
    subsets of 256 glyphs) named in an @font-face rule, CJK wrapping switched on, cells ruled."""
    from xhtml2pdf import pisa
    shutil.copy(SONG_TTF, os.path.join(work, "song.ttf"))
    css = ("<style>@font-face { font-family: song; src: url('song.ttf'); } @page { size: a4; margin: 2cm; } "
           "body, td, p, h1, h2 { font-family: song; -pdf-word-wrap: CJK; } body { font-size: 10.5pt; } "
           "td { border: 0.5pt solid #000000; padding: 4pt; } h1 { font-size: 16pt; text-align: center; }</style>")
    with open(path, "wb") as f:
        r = pisa.CreatePDF(page.replace("</head>", css + "</head>"), dest=f, encoding="utf-8",
                           path=os.path.join(work, "page.html"))
    if r.err:
        raise RuntimeError("xhtml2pdf failed on " + path)
    return path


def adoc_esc(text):
    """Text as AsciiDoc prints it literally: markup characters as the attribute references
    Asciidoctor defines for them."""
    out = text
    for ch, ref in (("{", "\\{"), ("&", "{amp}"), ("<", "{lt}"), (">", "{gt}"), ("*", "{asterisk}"), ("+", "{plus}"),
                    ("|", "{vbar}"), ("[", "{startsb}"), ("]", "{endsb}"), ("^", "{caret}"), ("~", "{tilde}"),
                    ("`", "{backtick}")):
        out = out.replace(ch, ref)
    return out


def blocks_adoc(blocks, cover):
    """A document in AsciiDoc: the cover's lines centred, then a page break; the title and the
    headings as discrete headings, items and paragraphs as paragraphs."""
    out = ""
    if cover:
        title, lines, foot = cover
        out += "{nbsp}\n\n{nbsp}\n\n" + "".join(f"[discrete.text-center]\n= {adoc_esc(x)}\n\n" for x in title.split("\n"))
        out += "{nbsp}\n\n" + "".join(f"{adoc_esc(with_colon(k))}{adoc_esc(v)}\n\n" for k, v in lines)
        out += "{nbsp}\n\n" + "".join(f"[.text-center]\n{adoc_esc(x)}\n\n" for x in foot) + "<<<\n\n"
    for kind, text in blocks:
        if kind == "title":
            out += f"[discrete.text-center]\n== {adoc_esc(text)}\n\n"
        elif kind == "h":
            out += f"[discrete]\n=== {adoc_esc(text)}\n\n"
        else:
            out += adoc_esc(text) + "\n\n"
    return out


def asciidoc_pdf(adoc, path, work):
    """AsciiDoc made PDF by asciidoctor-pdf (Prawn) with a theme whose base font is AR PL
    SungtiL GB and CJK line breaking on (-a scripts=cjk)."""
    theme = os.path.join(work, "cjk-theme.yml")
    with open(theme, "w", encoding="utf-8") as f:
        f.write("extends: default\nfont:\n  catalog:\n    merge: true\n    Song:\n" +
                "".join(f"      {k}: {SONG_TTF}\n" for k in ("normal", "bold", "italic", "bold_italic")) +
                "base:\n  font-family: Song\nheading:\n  font-family: Song\n")
    src = os.path.splitext(path)[0] + ".adoc"
    with open(src, "w", encoding="utf-8") as f:
        f.write(":doctype: article\n:notitle:\n\n" + adoc)
    subprocess.run(["asciidoctor-pdf", "-a", "scripts=cjk", "-a", "pdf-theme=" + theme, "-o", path, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def svg_form(t, fam):
    """The information table as a designed SVG form (A4 in points): the title centred, each
    label right-aligned with a colon before a column line, each value after it on a dashed
    line, a value too long for its line wrapped into tspans."""
    def wrap(text, size, room):
        return greedy_wrap(text, room, lambda c: size * (0.55 if ord(c) < 0x2E80 else 1.0))

    size, col, right, y = 11.0, 200.0, 535.0, 130.0
    out = [f'<text x="297.5" y="80" font-size="18" font-weight="bold" text-anchor="middle">{esc(TITLES[fam])}</text>',
           '<line x1="60" y1="96" x2="535" y2="96" stroke="#1F4E79" stroke-width="1.5"/>']
    for _, lab, val in facts(t, fam):
        lines = wrap(val, size, right - col - 10)
        out.append(f'<text x="{col - 8}" y="{y}" font-size="{size}" text-anchor="end" fill="#333333">'
                   f'{esc(with_colon(lab))}</text>')
        spans = "".join(f'<tspan x="{col + 4}" dy="{0 if i == 0 else size * 1.5}">{esc(x)}</tspan>'
                        for i, x in enumerate(lines))
        out.append(f'<text x="{col + 4}" y="{y}" font-size="{size}">{spans}</text>')
        y += size * 1.5 * (len(lines) - 1)
        out.append(f'<line x1="{col}" y1="{y + 5}" x2="{right}" y2="{y + 5}" stroke="#999999" stroke-width="0.6" '
                   'stroke-dasharray="3,2"/>')
        y += size * 2.6
    out.append(f'<text x="60" y="{y + 20}" font-size="9" fill="#666666">本表由申报系统生成 · 2022年6月</text>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="595pt" '
            'height="842pt" viewBox="0 0 595 842" font-family="WenQuanYi Micro Hei">\n'
            '<rect width="595" height="842" fill="#FFFFFF"/>\n' + "\n".join(out) + "\n</svg>\n")


def rsvg_pdf(svg, path, work):
    """An SVG rendered to PDF by librsvg (rsvg-convert, through cairo: the fonts as subsets
    with ToUnicode)."""
    src = os.path.join(work, "form.svg")
    open(src, "w", encoding="utf-8").write(svg)
    subprocess.run(["rsvg-convert", "-f", "pdf", "-o", path, src], check=True)
    os.remove(src)
    return path


def docxtpl_docx(template_html, context, path, work):
    """A Word template written in LibreOffice (an HTML page saved as .docx) with Jinja tags in
    it, filled by docxtpl as a Python back end fills one: each value put in its tag's run (XML
    escaped), a value holding \\a made paragraphs of the tag's paragraph style."""
    from docxtpl import DocxTemplate
    stem = os.path.splitext(os.path.basename(path))[0] + "-template"
    src = os.path.join(work, stem + ".html")
    open(src, "w", encoding="utf-8").write(template_html)
    mp.soffice([src], "docx:MS Word 2007 XML", work)
    os.remove(src)
    tpl = os.path.join(work, stem + ".docx")
    doc = DocxTemplate(tpl)
    doc.render(context, autoescape=True)
    doc.save(path)
    os.remove(tpl)
    return path


def docxtpl_info(t, fam, path, work):
    """The information table as a template: a ruled table of two columns, the labels in
    shaded cells, each value a tag ({{ v3 }}); the date the form was filled in a tag below."""
    rows = facts(t, fam)
    trs = "".join(f"<tr><td width='32%' bgcolor='#EDEDED'>{esc(lab)}</td><td>{{{{ v{i} }}}}</td></tr>"
                  for i, (_, lab, _) in enumerate(rows))
    page = mp.html_page("<p align='center' style='font-size:16pt'><b>{{ title }}</b></p>"
                        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{trs}</table>"
                        "<p>填表日期：{{ date }}</p>")
    ctx = {"title": TITLES[fam], "date": "2022年6月28日"} | {f"v{i}": val for i, (_, _, val) in enumerate(rows)}
    return docxtpl_docx(page, ctx, path, work)


def docxtpl_blocks(blocks, cover, path, work):
    """A document as a template of few tags: the cover's title, lines and foot (each one tag,
    its lines made paragraphs), a page break; the title; the whole text one tag, every heading,
    item and paragraph a paragraph of the same plain style."""
    body, ctx = "", {}
    if cover:
        title, lines, foot = cover
        body += ("<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p align='center' style='font-size:22pt'><b>{{ cover_title }}</b></p>"
                 "<p>&nbsp;</p><p style='margin-left:3cm; font-size:14pt'>{{ cover_lines }}</p><p>&nbsp;</p>"
                 "<p align='center' style='font-size:14pt'>{{ cover_foot }}</p>")
        ctx |= {"cover_title": "\a".join(title.split("\n")),
                "cover_lines": "\a".join(with_colon(k) + v for k, v in lines), "cover_foot": "\a".join(foot)}
    rest = list(blocks)
    brk = " style='page-break-before:always'" if cover else ""
    if rest and rest[0][0] == "title":
        body += f"<p align='center'{brk}><span style='font-size:16pt'><b>{{{{ title }}}}</b></span></p>"
        ctx["title"] = rest.pop(0)[1]
        brk = ""
    if rest:
        body += f"<p{brk}>{{{{ body }}}}</p>"
        ctx["body"] = "\a".join(("\u3000\u3000" if kind == "p" else "") + text for kind, text in rest)
    return docxtpl_docx(mp.html_page(body), ctx, path, work)


def pdfapi2_pdf(ops, path, work):
    """Write a PDF with PDF::API2 (Debian's libpdf-api2-perl) through perl/pdfapi2_write.pl,
    AR PL SungtiL GB embedded; `ops` are itext_blocks' instruction lines, or the information
    table's rows (row, label, value)."""
    return ops_run(["perl", os.path.join(HERE, "perl", "pdfapi2_write.pl")], ops, path, work, "pdfapi2", SONG_TTF)


def ops_run(program, ops, path, work, tag, *after, env=None):
    """Run a writer program on instruction lines: `ops` written to the work directory as
    `tag`.tsv (ops_tsv), then `program` + [the lines' file, `path`] + `after` (in `env` when
    given); returns `path`."""
    src = ops_tsv(ops, os.path.join(work, tag + ".tsv"))
    subprocess.run(program + [src, path, *after], check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def officegen_docx(what, data, path, work):
    """Write a .docx with officegen (Node) through node/officegen_write.js, from
    $OFFICEGEN_DIR's node_modules: "info" (title, rows, note) or "blocks" (blocks, cover)."""
    src = os.path.join(work, "officegen.json")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    return node_script("officegen_write.js", [what, src, path], src, path)


def node_script(script, args, src, path, dir_var="OFFICEGEN_DIR", default_dir="/tmp/npm96"):
    """Run node/`script` with `args` on the node_modules of $`dir_var` (default `default_dir`),
    then remove its input `src`; returns `path`."""
    modules = os.path.join(os.environ.get(dir_var, default_dir), "node_modules")
    subprocess.run(["node", os.path.join(HERE, "node", script)] + args, check=True,
                   env=dict(os.environ, NODE_PATH=modules), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def podofo_pdf(ops, path, work):
    """Write a PDF with PoDoFo (C++) through c/podofo_write.cpp (compiled into the work directory
    on first use), AR PL SungtiL GB subset under Identity-H; `ops` are itext_blocks' instruction
    lines, or the information table's (row, label, value) lines, drawn as PoDoFo's PdfTable."""
    exe = os.path.join(work, "podofo_write")
    if not os.path.exists(exe):
        subprocess.run(["g++", "-O1", "-std=c++17", "-o", exe, os.path.join(HERE, "c", "podofo_write.cpp"), "-lpodofo"],
                       check=True)
    return ops_run([exe], ops, path, work, "podofo", SONG_TTF)


def haru_pdf(ops, path, work):
    """Write a PDF with libharu through c/haru_write.c (compiled into the work directory on
    first use): SimSun not embedded, GBK-EUC-H; `ops` are itext_blocks' instruction lines, or
    the information table's rows (row, label, value)."""
    exe = os.path.join(work, "haru_write")
    if not os.path.exists(exe):
        subprocess.run(["gcc", "-O1", "-o", exe, os.path.join(HERE, "c", "haru_write.c"), "-lhpdf"], check=True)
    return ops_run([exe], ops, path, work, "haru")


def htmldocx_docx(page, path, work):
    """An HTML page made .docx by html-to-docx (Node) through node/htmltodocx_write.js, from
    $OFFICEGEN_DIR's node_modules; a page break written as the converter's page-break div."""
    src = os.path.join(work, "htmldocx.html")
    page = page.replace("<p style='page-break-after: always'></p>",
                        '<div class="page-break" style="page-break-after: always;"></div>')
    open(src, "w", encoding="utf-8").write(page)
    return node_script("htmltodocx_write.js", [src, path], src, path)


def reactpdf_pdf(ops, path, work):
    """Write a PDF with @react-pdf/renderer (Node) through node/reactpdf_write.js, from
    $REACTPDF_DIR's node_modules (default /tmp/npm99), AR PL SungtiL GB; `ops` are
    itext_blocks' instruction lines, or the information table's (row, label, value) lines."""
    src = ops_tsv(ops, os.path.join(work, "reactpdf.tsv"))
    return node_script("reactpdf_write.js", [src, path, SONG_TTF], src, path, "REACTPDF_DIR", "/tmp/npm99")


def rs_write(kind, ops, path, work):
    """Write a DOCX (kind "docx", docx-rs) or a PDF (kind "pdf", printpdf with AR PL SungtiL GB
    cut by pyftsubset to the characters of `ops`) with rust/'s rs_write, built on first use
    into $RS_WRITE_TARGET (default /tmp/rswtarget); `ops` are itext_blocks' instruction lines
    or the information table's."""
    target = os.environ.get("RS_WRITE_TARGET", "/tmp/rswtarget")
    exe = os.path.join(target, "release", "rs_write")
    if not os.path.exists(exe):
        subprocess.run(["cargo", "build", "--release", "--manifest-path", os.path.join(HERE, "rust", "Cargo.toml")],
                       check=True, env=dict(os.environ, CARGO_TARGET_DIR=target))
    after = []
    if kind == "pdf":
        text = os.path.join(work, "rs_text.txt")
        open(text, "w", encoding="utf-8").write("".join("".join(op) for op in ops) + "第页 0123456789")
        font = os.path.join(work, "rs_font.ttf")
        subprocess.run(["pyftsubset", SONG_TTF, f"--text-file={text}", f"--output-file={font}"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = [font]
    return ops_run([exe, kind], ops, path, work, "rs_write", *after)


def gofpdf_pdf(ops, path, work):
    """Write a PDF with gofpdf through go/gofpdf_write.go (built on first use, in GOPATH mode
    against Debian's packaged sources, into $GOFPDF_BIN, default /tmp/gofpdf_write), AR PL
    SungtiL GB added as its UTF-8 font; `ops` are itext_blocks' lines or the information
    table's title / wide / pair2 / note lines."""
    return ops_run([go_binary("gofpdf_write.go", "GOFPDF_BIN", "/tmp/gofpdf_write", work)], ops, path, work, "gofpdf",
                   SONG_TTF)


def go_binary(src, var, default, work):
    """go/`src` built (on first use, in GOPATH mode against Debian's packaged sources) into
    $`var`, default `default`; returns the program's path."""
    exe = os.environ.get(var, default)
    if not os.path.exists(exe):
        subprocess.run(["go", "build", "-o", exe, os.path.join(HERE, "go", src)], check=True,
                       env=dict(os.environ, GO111MODULE="off", GOPATH="/usr/share/gocode",
                                GOCACHE=os.path.join(work, "gocache")))
    return exe


def officer_docx(ops, path, work):
    """Write a .docx with R's officer and flextable through r/officer_write.R (Rscript); `ops`
    are itext_blocks' instruction lines, or the information table's title / grow (group,
    label, value) / note lines."""
    return ops_run(["Rscript", os.path.join(HERE, "r", "officer_write.R")], ops, path, work, "officer")


# The group each field's row of rofficer's information table sits under (its first column).
OFFICER_GROUPS = {"project_name": "项目概况", "guide_code": "项目概况", "applicant": "申报单位",
                  "credit_code": "申报单位", "type": "申报单位", "status": "申报单位", "department": "申报单位",
                  "zone": "申报单位", "leader": "项目负责人", "phone": "项目负责人", "partners": "合作单位"}


def officer_info_ops(t, fam):
    """rofficer's information table: each field's row under its group (期限与经费 for the
    period and the money)."""
    return [("title", TITLES[fam])] + \
        [("grow", OFFICER_GROUPS.get(f, "期限与经费"), lab, val) for f, lab, val in facts(t, fam)] + \
        [("note", "注：本表由R脚本根据填报数据生成，金额单位为万元。")]


def abiword_pdf(html_text, path):
    """A PDF laid out and exported by AbiWord (its own layout, cairo) from an HTML page."""
    src = path[:-4] + ".html"
    open(src, "w", encoding="utf-8").write(html_text)
    mp.run(["abiword", "--to=pdf", "--to-name=" + path, src])
    os.remove(src)
    return path


# abipdf's remarks column: the form's instructions beside the values.
ABI_REMARKS = {"project_name": "以“研发”结尾，不超过25个字", "guide_code": "按申报指南填写", "applicant": "与营业执照一致",
               "credit_code": "18位", "status": "可填多项", "leader": "须为本单位在职人员", "phone": "手机号码",
               "zone": "不在高新区的填“无”", "partners": "无合作单位的填“无”", "period": "格式：年/月/日",
               "municipal": "保留两位小数"}


def abipdf_info_html(t, fam):
    """abipdf's information table: a header row 填报项目 | 填报内容 | 备注 over the fields'
    rows, the remarks column holding the form's instructions."""
    rows = "".join(f"<tr><td><b>{html.escape(lab)}</b></td><td>{html.escape(val)}</td>"
                   f"<td>{html.escape(ABI_REMARKS.get(f, ''))}</td></tr>" for f, lab, val in facts(t, fam))
    return ("<html><head><meta charset='utf-8'></head><body style=\"font-family:'AR PL SungtiL GB'\">"
            f"<p align='center'><b><span style='font-size:16pt'>{html.escape(TITLES[fam])}</span></b></p>"
            "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
            "<tr><th>填报项目</th><th>填报内容</th><th>备注</th></tr>" + rows +
            "</table><p>填表说明：本表须与申报书内容一致，金额单位为万元。</p></body></html>")


WPS_DIR = os.path.join(HERE, "wps")
WPS_ROOT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
            'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
            'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
            'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14">')
WPS_SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
            '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr>')
WPS_FONTS = '<w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/>'
WPS_FILL = '<w14:textFill><w14:solidFill><w14:schemeClr w14:val="tx1"/></w14:solidFill></w14:textFill>'


def wps_rpr(size, bold=False, latin=False, font=WPS_FONTS):
    """A run's properties as WPS writes them: the East Asian hint, the theme's text colour, no
    kerning, the size, en-US on a Latin run, the w14 fill."""
    return (f'<w:rPr>{font}{"<w:b/><w:bCs/>" if bold else ""}<w:color w:val="000000" w:themeColor="text1"/>'
            f'<w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            f'{"<w:lang w:val=" + chr(34) + "en-US" + chr(34) + " w:eastAsia=" + chr(34) + "zh-CN" + chr(34) + "/>" if latin else ""}'
            f'{WPS_FILL}</w:rPr>')


def wps_runs(text, size, bold=False, font=WPS_FONTS):
    """`text` as WPS's runs: a new run wherever the script changes between Latin (ASCII) and the
    rest, the Latin runs tagged en-US."""
    out, cur, latin = [], "", None
    for ch in text:
        lat = ord(ch) < 128
        if cur and lat != latin:
            out.append((cur, latin))
            cur = ""
        cur, latin = cur + ch, lat
    if cur:
        out.append((cur, latin))
    return "".join(f'<w:r>{wps_rpr(size, bold, lat, font)}<w:t xml:space="preserve">{html.escape(x, quote=False)}</w:t></w:r>'
                   for x, lat in out)


def wps_p(text, size=24, bold=False, jc=None, style=None, first_chars=0, left=0, outline=9, font=WPS_FONTS, brk=False):
    """A paragraph with WPS's full run of paragraph properties (outline level 9 for body text)."""
    ppr = (f'<w:pPr>{f"<w:pStyle w:val={chr(34)}{style}{chr(34)}/>" if style else ""}<w:keepNext w:val="0"/>'
           '<w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/><w:widowControl/><w:kinsoku/><w:wordWrap/>'
           '<w:overflowPunct/><w:topLinePunct w:val="0"/><w:autoSpaceDE/><w:autoSpaceDN/><w:bidi w:val="0"/>'
           '<w:adjustRightInd/><w:snapToGrid/><w:spacing w:line="360" w:lineRule="auto"/>'
           f'<w:ind w:left="{left}" w:leftChars="0" w:right="0" w:rightChars="0" w:firstLine="{first_chars * 12}" '
           f'w:firstLineChars="{first_chars * 100}"/>{f"<w:jc w:val={chr(34)}{jc}{chr(34)}/>" if jc else ""}'
           f'<w:textAlignment w:val="auto"/>{"" if style else f"<w:outlineLvl w:val={chr(34)}{outline}{chr(34)}/>"}'
           f'{wps_rpr(size, bold, False, font)}</w:pPr>')
    page = '<w:r><w:br w:type="page"/></w:r>' if brk else ""
    return f"<w:p>{ppr}{wps_runs(text, size, bold, font) if text else ''}{page}</w:p>"


WPS_BORDERS = ('<w:tblBorders>' + "".join(f'<w:{e} w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
                                          for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
               '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
               '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
               '</w:tblCellMar>')


def wps_table(rows, widths):
    """A ruled table as WPS writes it: fixed layout, each row repeating the table's borders in
    w:tblPrEx; `rows` are lists of (text, grid columns spanned, label?)."""
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="8"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblInd w:w="0" w:type="dxa"/>{WPS_BORDERS}</w:tblPr><w:tblGrid>' +
           "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    for row in rows:
        out.append(f'<w:tr><w:tblPrEx>{WPS_BORDERS}</w:tblPrEx><w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/>'
                   '<w:jc w:val="center"/></w:trPr>')
        col = 0
        for text, span, label in row:
            w = sum(widths[col:col + span])
            col += span
            grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{grid}<w:shd w:val="clear" w:color="auto" '
                       f'w:fill="auto"/><w:vAlign w:val="center"/></w:tcPr>'
                       f'{wps_p(text, 21, False, "center" if label else None)}</w:tc>')
        out.append('</w:tr>')
    return "".join(out) + '</w:tbl>'


def wps_docx(body, path):
    """A .docx on the real WPS package parts of wps/ with `body` as its document's body."""
    part = lambda name: open(os.path.join(WPS_DIR, name), "rb").read()
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default '
             'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
             "".join(f'<Override PartName="{n}" ContentType="application/vnd.openxmlformats-{c}"/>' for n, c in [
                 ("/customXml/itemProps1.xml", "officedocument.customXmlProperties+xml"),
                 ("/docProps/app.xml", "officedocument.extended-properties+xml"),
                 ("/docProps/core.xml", "package.core-properties+xml"),
                 ("/docProps/custom.xml", "officedocument.custom-properties+xml"),
                 ("/word/document.xml", "officedocument.wordprocessingml.document.main+xml"),
                 ("/word/fontTable.xml", "officedocument.wordprocessingml.fontTable+xml"),
                 ("/word/settings.xml", "officedocument.wordprocessingml.settings+xml"),
                 ("/word/styles.xml", "officedocument.wordprocessingml.styles+xml")]) + '</Types>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships">' +
            "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in [
                ("rId4", rel + "officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                 "docProps/core.xml"),
                ("rId1", rel + "extended-properties", "docProps/app.xml"),
                ("rId3", rel + "custom-properties", "docProps/custom.xml")]) + '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships">' +
                "".join(f'<Relationship Id="{i}" Type="{rel}{t}" Target="{g}"/>' for i, t, g in [
                    ("rId4", "customXml", "../customXml/item1.xml"), ("rId3", "fontTable", "fontTable.xml"),
                    ("rId2", "settings", "settings.xml"), ("rId1", "styles", "styles.xml")]) + '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/app.xml", part("app.xml"))
        z.writestr("docProps/core.xml", part("core.xml"))
        z.writestr("docProps/custom.xml", part("custom.xml"))
        z.writestr("word/document.xml", WPS_ROOT + "<w:body>" + body + WPS_SECT + "</w:body></w:document>")
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/styles.xml", part("styles.xml"))
        z.writestr("word/settings.xml", part("settings.xml"))
        z.writestr("word/fontTable.xml", part("fontTable.xml"))
        z.writestr("customXml/item1.xml", part("item1.xml"))
        z.writestr("customXml/itemProps1.xml", part("itemProps1.xml"))
        z.writestr("customXml/_rels/item1.xml.rels", part("item1.xml.rels"))
    return path


WPS_HEI = '<w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体"/>'


def wps_blocks(blocks, cover):
    """A document's blocks as WPS's body: the cover's lines (title in 黑体 二号, label lines
    indented, a page break after the foot when the document goes on), the title 小二 bold and
    centred, headings in style 2 (heading 1) sized 三号, paragraphs indented two characters,
    items not."""
    out = []
    if cover:
        title, lines, foot = cover
        out += [wps_p("")] * 4 + [wps_p(x, 44, True, "center", font=WPS_HEI) for x in title.split("\n")]
        out += [wps_p("")] * 4 + [wps_p(f"{with_colon(k)}{v}", 30, left=1260) for k, v in lines]
        out += [wps_p("")] * 3 + [wps_p(x, 30, False, "center") for x in foot]
        if blocks:
            out.append(wps_p("", brk=True))
    for kind, text in blocks:
        if kind == "title":
            out.append(wps_p(text, 36, True, "center"))
        elif kind == "h":
            out.append(wps_p(text, 32, True, style="2"))
        elif kind == "item":
            out.append(wps_p(text))
        else:
            out.append(wps_p(text, first_chars=2))
    return "".join(out)


def wps_info(t, fam):
    """wpsdocx's information table: four ruled columns, the name, applicant, code and partners a
    row each across three cells, the other fields two pairs a row."""
    rows = []
    for op in pair_ops(t, fam, lambda f, lab, val: (lab, val)):
        if op[0] == "wide":
            rows.append([(op[1], 1, True), (op[2], 3, False)])
        else:
            rows.append([(op[1], 1, True), (op[2], 1, False), (op[3], 1, True), (op[4], 1, False)])
    return (wps_p(TITLES[fam], 32, True, "center", font=WPS_HEI) + wps_table(rows, [1800, 2353, 1800, 2353]) +
            wps_p("注：本表由申报单位填写，须与申报书内容一致。", 21))


def ctx_esc(s):
    """Text for ConTeXt: its special characters as letters."""
    rep = {"\\": r"\letterbackslash{}", "{": r"\letteropenbrace{}", "}": r"\letterclosebrace{}", "#": r"\#",
           "$": r"\$", "%": r"\%", "&": r"\&", "~": r"\lettertilde{}", "^": r"\letterhat{}", "_": r"\_",
           "|": r"\letterbar{}"}
    return "".join(rep.get(c, c) for c in s)


CTX_HEAD = r"""\definefontfamily[cjk][serif][AR PL SungtiL GB][tf=file:gbsn00lp.ttf,bf=file:gbsn00lp.ttf]
\setupbodyfont[cjk,11pt]
\setscript[hanzi]
\setuppapersize[A4]
\setuplayout[width=middle,backspace=2.5cm,topspace=2cm]
\setuphead[section][number=no,style=\bfa,before={\blank[medium]},after={\blank[small]}]
\setupindenting[yes,2em]
\setupinterlinespace[line=1.6em]
\starttext
"""


def context_pdf(body, path, work):
    """Typeset with ConTeXt MkIV (LuaTeX) to `path`, AR PL SungtiL GB found by its file name
    under OSFONTDIR=/usr/share/fonts."""
    env = dict(os.environ, OSFONTDIR="/usr/share/fonts")
    stem = os.path.splitext(os.path.basename(path))[0]
    src = os.path.join(work, stem + ".tex")
    open(src, "w", encoding="utf-8").write(CTX_HEAD + body + "\n\\stoptext\n")
    subprocess.run(["context", "--batchmode", "--purgeall", src], check=True, env=env, cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(work, stem + ".pdf"), path)
    os.remove(src)
    return path


def ctx_title(text):
    """A centred bold title; a short one (ten characters at most: 承诺书, 项目基本信息表)
    letter-spaced by \\stretched over a width of 1.2 em a character."""
    inner = (f"\\stretched[width={1.2 * len(text):.1f}em]{{{ctx_esc(text)}}}" if len(text) <= 10 else ctx_esc(text))
    return f"\\startalignment[middle]\n{{\\bfb {inner}}}\\par\n\\stopalignment\n\\blank[big]\n"


def ctx_blocks(blocks, cover):
    """A document in ConTeXt: the cover a page of its own (title \\bfd, label lines, foot), the
    title centred (ctx_title), headings as unnumbered sections,
    paragraphs indented, items not."""
    out = ""
    if cover:
        title, lines, foot = cover
        out += "\\startalignment[middle]\n\\blank[4*big]\n"
        out += "".join(f"{{\\bfd {ctx_esc(x)}}}\\par\\blank[big]\n" for x in title.split("\n"))
        out += "\\stopalignment\n\\blank[6*big]\n"
        out += "".join(f"\\noindentation{{\\tfb {ctx_esc(with_colon(k) + v)}}}\\par\\blank[medium]\n" for k, v in lines)
        out += "\\blank[6*big]\n\\startalignment[middle]\n"
        out += "".join(f"{{\\tfb {ctx_esc(x)}}}\\par\n" for x in foot)
        out += "\\stopalignment\n"
        if blocks:
            out += "\\page\n"
    for kind, text in blocks:
        if kind == "title":
            out += ctx_title(text)
        elif kind == "h":
            out += f"\\section{{{ctx_esc(text)}}}\n"
        elif kind == "item":
            out += f"\\noindentation {ctx_esc(text)}\\par\n"
        else:
            out += ctx_esc(text) + "\\par\n"
    return out


def ctx_info(t, fam):
    """context's information table: a natural table of four columns, two label/value pairs a
    row, the name, applicant, code and partners across three cells, label cells grey."""
    rows = ""
    lab = lambda x: f"\\bTD[background=color,backgroundcolor=lightgray] {ctx_esc(x)} \\eTD"
    for op in pair_ops(t, fam, lambda f, l, v: (l, v)):
        if op[0] == "wide":
            rows += f"\\bTR {lab(op[1])} \\bTD[nc=3] {ctx_esc(op[2])} \\eTD \\eTR\n"
        else:
            rows += f"\\bTR {lab(op[1])} \\bTD {ctx_esc(op[2])} \\eTD {lab(op[3])} \\bTD {ctx_esc(op[4])} \\eTD \\eTR\n"
    return (ctx_title(TITLES[fam]) +
            "\\setupTABLE[frame=on,offset=3pt]\n\\setupTABLE[c][1][width=3.2cm]\n\\setupTABLE[c][2][width=4.8cm]\n"
            "\\setupTABLE[c][3][width=3.2cm]\n\\setupTABLE[c][4][width=4.8cm]\n"
            f"\\bTABLE\n{rows}\\eTABLE\n\\blank\n\\noindentation 注：本表由申报单位填写，金额单位为万元。\\par\n")


def oodoc_odt(ops, path, work):
    """Write an OpenDocument text with Perl's OpenOffice::OODoc through perl/oodoc_write.pl;
    `ops` are itext_blocks' lines or the information table's title / wide / pair2 / note lines."""
    return ops_run(["perl", os.path.join(HERE, "perl", "oodoc_write.pl")], ops, path, work, "oodoc")


# The hints exceljs's information table keeps as notes (comments) on its label cells.
EXCELJS_HINTS = {"project_name": "以“研发”结尾，不超过25个字", "guide_code": "请从下拉列表中选择",
                 "applicant": "与营业执照一致", "credit_code": "18位，字母大写", "partners": "多个单位以顿号分隔"}


def exceljs_info(t, fam, path, work):
    """exceljs's information table (node/exceljs_write.js): pair_ops' rows with typed cells
    (the hint a wide row's label carries as a note in its value's cell), start and end as dates (the first and the last day of their months), the amounts as
    numbers, the guide code and the unit's type drop-downs from the hidden 数据字典 sheet."""
    codes = sorted(mp.GUIDES)
    types = ["企业", "高校", "科研院所", "其他"]

    def cell(f, lab, val):
        if f in ("start", "end"):
            y, m = ym(t[f])
            day = 1 if f == "start" else last_day(y, m)
            return (lab, {"v": f"{y}-{m:02d}-{day:02d}", "t": "d", "fmt": 'yyyy"年"m"月"'})
        if f == "total":
            return (lab, {"v": t["total_budget_wan"], "t": "n", "fmt": "0.00"})
        if f == "municipal":
            return (lab, {"v": t["municipal_funding_wan"], "t": "n", "fmt": "0.00"})
        c = {"v": val, "t": "s", "hint": EXCELJS_HINTS.get(f)}
        if f == "guide_code":
            c["list"] = f"数据字典!$A$2:$A${len(codes) + 1}"
        if f == "type":
            c["list"] = f"数据字典!$B$2:$B${len(types) + 1}"
        return (lab, c)

    data = {"title": TITLES[fam], "rows": pair_ops(t, fam, cell), "lists": {"指南代码": codes, "单位类型": types},
            "hint": "填报说明：本表由系统根据网上填报内容导出，请勿修改表格结构；金额单位为万元。",
            "note": "申报单位（盖章）：                  日期：    年  月  日"}
    src = os.path.join(work, "exceljs.json")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    return node_script("exceljs_write.js", [src, path], src, path, dir_var="EXCELJS_DIR", default_dir="/tmp/npm106")


def org_esc(s):
    """Text for an Org table cell or paragraph: a bar is a cell's edge, so a full-width one."""
    return s.replace("|", "｜")


def blocks_org(blocks, cover=None):
    """Emacs Org-mode as someone writes it for pandoc: the cover's title as #+TITLE with its
    lines as paragraphs (its own file: orgodt's cover is separate), headings as * lines, the
    deliverables numbered 1. 2. as an Org ordered list (their numbers made by the list), those
    numbered in words as paragraphs, paragraphs apart."""
    out = ["#+OPTIONS: ^:{} toc:nil"]
    if cover:
        title, lines, foot = cover
        out.insert(0, "#+TITLE: " + " ".join(title.split("\n")))
        out += [org_esc(f"{with_colon(k)}{v}") for k, v in lines]
        out += [org_esc(x) for x in foot]
    n = 0
    for kind, text in blocks:
        if kind == "title":
            out.insert(0, "#+TITLE: " + org_esc(text))
        elif kind == "h":
            out.append("* " + org_esc(text))
        elif kind == "item" and text[0].isdigit() and "." in text[:4]:
            n += 1
            out.append(f"{n}. {org_esc(text.split('.', 1)[1].strip())}")
        else:  # an item with its own number in words (（1）) stays a paragraph
            out.append(org_esc(text))
    return "\n\n".join(out) + "\n"


def org_odt(org, path):
    """An OpenDocument text (.odt) written by pandoc's own ODT writer from Org-mode."""
    src = path[:-4] + ".org"
    open(src, "w", encoding="utf-8").write(org)
    mp.run(["pandoc", "-f", "org", "-t", "odt", "-o", path, src])
    os.remove(src)
    return path


def dtpl_template(kind, path):
    """A Word template for docxtemplater, written with python-docx: "info" a centred {title},
    a ruled table of one row {#rows}{label} | {value}{/rows}, a {note}; "doc" an optional cover
    ({#cover}…{/cover}: big title, label lines and foot, each one paragraph whose lines the
    value's line breaks make, then a page break), a centred {title}, and a pair of paragraphs
    repeated for each section ({#sections}): the bold {heading}, then the {body}."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    d = mp.new_docx()

    def para(text, size=None, bold=False, center=False):
        x = d.add_paragraph()
        run = x.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if center:
            x.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return x
    if kind == "info":
        para("{title}", 16, True, True)
        table = d.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).paragraphs[0].add_run("{#rows}{label}")
        table.cell(0, 1).paragraphs[0].add_run("{value}{/rows}")
        para("{note}", 9)
    else:
        para("{#cover}")
        para("{coverTitle}", 22, True, True)
        para("{coverLines}", 14)
        para("{coverFoot}", 14, center=True)
        para("").runs[0].add_break(WD_BREAK.PAGE)
        para("{/cover}")
        para("{title}", 16, True, True)
        para("{#sections}")
        para("{heading}", 14, True)
        para("{body}", 12)
        para("{/sections}")
    d.save(path)
    return path


def dtpl_data(blocks, cover):
    """The data a filled template takes: the cover's title, label lines and foot each one
    text of lines, the title, and the sections — each heading with all its paragraphs and
    items as one text of lines (paragraphs indented by two ideographic spaces, as typed)."""
    data = {"cover": [], "title": "", "sections": []}
    if cover:
        title, lines, foot = cover
        data["cover"] = [{"coverTitle": title, "coverLines": "\n".join(with_colon(k) + v for k, v in lines),
                          "coverFoot": "\n".join(foot)}]
    for kind, text in blocks:
        if kind == "title" and not data["title"]:
            data["title"] = text
        elif kind == "h" or not data["sections"]:
            data["sections"].append({"heading": text if kind == "h" else "", "body": []})
            if kind != "h":
                data["sections"][-1]["body"].append("\u3000\u3000" + text)
        else:
            data["sections"][-1]["body"].append(("\u3000\u3000" if kind == "p" else "") + text)
    for sec in data["sections"]:
        sec["body"] = "\n".join(sec["body"])
    return data


def dtpl_docx(kind, data, path, work):
    """A .docx filled by docxtemplater (Node) through node/docxtemplater_write.js, from
    $DOCXTPL_DIR's node_modules (default /tmp/npm101): dtpl_template's `kind` template and
    `data`."""
    template = dtpl_template(kind, os.path.join(work, f"dtpl-{kind}.docx"))
    src = os.path.join(work, "dtpl.json")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    node_script("docxtemplater_write.js", [template, src, path], src, path, "DOCXTPL_DIR", "/tmp/npm101")
    os.remove(template)
    return path


def skia_pdf(ops, path):
    """Write a PDF with Skia's PDF backend (skia-python; the engine behind Chrome's print to
    PDF), AR PL SungtiL GB embedded as a subset CID TrueType font. Every block is laid out by
    SkParagraph (ICU line breaking, HarfBuzz shaping) and placed down A4 pages; every page has
    a running header line and 第 N 页 at the top right. `ops` are itext_blocks' instruction
    lines, or the information table's (row, label, value) lines, drawn as a ruled grid with
    grey label cells; a row that does not fit goes whole to the next page."""
    import skia
    face = skia.Typeface.MakeFromFile(SONG_TTF)
    fonts = skia.textlayout_TypefaceFontProvider()
    fonts.registerTypeface(face, "Song")
    collection = skia.textlayout_FontCollection()
    collection.setDefaultFontManager(fonts)
    page_w, page_h, left, top, bottom = 595, 842, 72, 86, 70
    width = page_w - 2 * left
    align = skia.textlayout_TextAlign

    def para(text, size, w=width, how=align.kLeft):
        style = skia.textlayout_TextStyle()
        style.setFontFamilies(["Song"])
        style.setFontSize(size)
        style.setColor(skia.ColorBLACK)
        pstyle = skia.textlayout_ParagraphStyle()
        pstyle.setTextStyle(style)
        pstyle.setTextAlign(how)
        builder = skia.textlayout_ParagraphBuilder(pstyle, collection, skia.Unicode())
        builder.pushStyle(style)
        builder.addText(text)
        out = builder.Build()
        out.layout(w)
        return out

    pages, y = [[]], top

    def room(h):
        nonlocal y
        if y + h > page_h - bottom and pages[-1]:
            pages.append([])
            y = top

    def place(p, x=left, before=0, after=6):
        nonlocal y
        y += before
        room(p.Height)
        pages[-1].append(("text", p, x, y))
        y += p.Height + after

    stroke = skia.Paint(Color=skia.ColorBLACK, StrokeWidth=0.6, Style=skia.Paint.kStroke_Style)
    shade = skia.Paint(Color=skia.Color(235, 235, 235))
    label_w = 150
    for op in ops:
        kind = op[0]
        if kind == "title":
            place(para(op[1], 16, how=align.kCenter), after=14)
        elif kind == "row":
            lab, val = para(op[1], 11, label_w - 10), para(op[2], 11, width - label_w - 10)
            h = max(lab.Height, val.Height) + 10
            room(h)
            pages[-1] += [("fill", skia.Rect.MakeXYWH(left, y, label_w, h), shade),
                          ("rect", skia.Rect.MakeXYWH(left, y, label_w, h), stroke),
                          ("rect", skia.Rect.MakeXYWH(left + label_w, y, width - label_w, h), stroke),
                          ("text", lab, left + 5, y + 5), ("text", val, left + label_w + 5, y + 5)]
            y += h
        elif kind == "note":
            place(para(op[1], 9), before=8)
        elif kind == "blank":
            y += 22
        elif kind == "cover-title":
            place(para(op[1], 22, how=align.kCenter), after=10)
        elif kind == "cover-line":
            place(para(op[1], 14, width - 70), x=left + 70, after=12)
        elif kind == "cover-foot":
            place(para(op[1], 14, how=align.kCenter), after=8)
        elif kind == "break":
            pages.append([])
            y = top
        elif kind == "h":
            place(para(op[1], 13), before=6)
        elif kind == "item":
            place(para(op[1], 11, width - 22), x=left + 22, after=4)
        else:
            place(para("\u3000\u3000" + op[1], 11))
    stream = skia.FILEWStream(path)
    with skia.PDF.MakeDocument(stream, Creator="Skia PDF backend") as doc:
        for n, items in enumerate(pages, 1):
            with doc.page(page_w, page_h) as canvas:
                para("苏州市科技计划项目申报材料", 9).paint(canvas, left, 40)
                para(f"第 {n} 页", 9, how=align.kRight).paint(canvas, left, 40)
                canvas.drawLine(left, 56, page_w - left, 56, stroke)
                for item in items:  # ("text", paragraph, x, y) or ("fill" | "rect", rect, paint)
                    if item[0] == "text":
                        item[1].paint(canvas, item[2], item[3])
                    else:
                        canvas.drawRect(item[1], item[2])
    stream.flush()
    del stream
    return path


RINOH_ZWSP = "\u200b"


def rinoh_text(text):
    """Text for reStructuredText read by rinohtype: markup characters escaped, and a zero-width
    space between two Han characters or Chinese punctuation marks, where rinohtype may then
    break a line (it breaks at spaces only)."""
    import re
    text = re.sub(r"([\\*`|_])", r"\\\1", text)
    return re.sub(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])",
                  RINOH_ZWSP, text)


def rinoh_title(text, mark):
    """A reStructuredText section title, its underline long enough for wide characters."""
    return [rinoh_text(text), mark * (3 * len(text) + 2), ""]


def rinoh_info_rst(title, rows, note):
    """The information table as reStructuredText: the title, a list-table of two columns whose
    first row is a header row, a note."""
    out = rinoh_title(title, "=") + [".. list-table::", "   :header-rows: 1", "   :widths: 32 68", ""]
    for lab, val in rows:
        out += [f"   * - {rinoh_text(lab)}", f"     - {rinoh_text(val) or '..'}"]
    return "\n".join(out + ["", rinoh_text(note), ""])


def rinoh_blocks_rst(blocks, cover):
    """Blocks as reStructuredText: the title the document's, headings sections under it, items
    block quotes, paragraphs plain; a cover (rinoh covers are files of their own) its big
    title the document's and its label lines and foot a line block."""
    out = []
    if cover:
        title, lines, foot = cover
        out += rinoh_title(title.replace("\n", ""), "=")
        out += [f"| {rinoh_text(with_colon(k) + v)}" for k, v in lines] + ["|"]
        out += [f"| {rinoh_text(x)}" for x in foot] + [""]
    for kind, text in blocks:
        if kind == "title":
            out += rinoh_title(text, "=")
        elif kind == "h":
            out += rinoh_title(text, "-")
        elif kind == "item":
            out += ["   " + rinoh_text(text), ""]
        else:
            out += [rinoh_text(text), ""]
    return "\n".join(out) + "\n"


def rinoh_pdf(rst, path, work, toc=False):
    """Write a PDF with rinohtype (PyPI; a document processor with its own layout engine) from
    reStructuredText: its Article template and sphinx_article style sheet, the typeface
    WenQuanYi Micro Hei (the TrueType face taken out of fonts-wqy-microhei's .ttc and cut with
    fontTools to the characters of the document, since rinohtype embeds the whole file it is
    given: 5 MB a PDF otherwise), its own words in Chinese (目录). rinohtype numbers the sections
    (1, 2 … before each heading) and writes page numbers N/M at the foot; the table of contents
    is kept in the application only (`toc`)."""
    import logging
    from fontTools.subset import Subsetter, Options
    from fontTools.ttLib import TTCollection
    from rinoh.frontend.rst import ReStructuredTextReader
    from rinoh.templates import Article
    from rinoh.font import Typeface
    from rinoh.font.opentype import OpenTypeFont
    from rinoh.style import StyleSheet
    from rinoh.stylesheets import sphinx_article
    from rinoh.language.cls import Language
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    face = TTCollection("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").fonts[0]
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["GSUB", "GPOS", "GDEF"]  # rinohtype reads no empty language system
    cut = Subsetter(opts)
    cut.populate(text=rst + "".join(chr(c) for c in range(32, 127)) + "目录页第共·•–—…" + RINOH_ZWSP)
    cut.subset(face)
    font_file = os.path.join(work, "rinoh-wqy.ttf")
    face.save(font_file)
    src = os.path.join(work, "rinoh.rst")
    open(src, "w", encoding="utf-8").write(rst)
    tree = ReStructuredTextReader().parse(src)
    typeface = Typeface("WenQuanYi", OpenTypeFont(font_file, weight="regular"),
                        OpenTypeFont(font_file, weight="bold"))
    sheet = StyleSheet("propscan zh", base=sphinx_article)
    for var in ("mono_typeface", "serif_typeface", "sans_typeface", "fallback_typeface"):
        sheet.variables[var] = typeface
    zh = Language("zh", "Chinese", paragraph="段", section="节", chapter="章", figure="图", table="表",
                  listing="代码", equation="式", contents="目录", list_of_figures="插图目录",
                  list_of_tables="表格目录", index="索引", attention="注意", caution="小心", danger="危险",
                  error="错误", hint="提示", important="重要", note="注", tip="提示", warning="警告",
                  seealso="参见")
    template = Article
    if not toc:
        from rinoh.template import ContentsPartTemplate

        class template(Article):  # the Article template without its table of contents
            contents = ContentsPartTemplate(page_number_format="number")
    config = template.Configuration("propscan", stylesheet=sheet, language=zh)
    doc = template(tree, configuration=config)
    stem = path[:-4]
    with open(os.devnull, "w") as null:
        import contextlib
        with contextlib.redirect_stdout(null):
            doc.render(stem)
    for x in (src, font_file, stem + ".rtc"):
        if os.path.exists(x):
            os.remove(x)
    return path


def odfdo_document():
    """An empty OpenDocument text from odfdo's own template, with the few automatic paragraph
    styles its writers use: a centred big title and heading, the cover's lines, a note, an empty
    paragraph that starts a new page."""
    from odfdo import Document, Style
    doc = Document("text")
    doc.body.clear()
    for name, size, align, brk in (("Cover", "22pt", "center", None), ("Head", "16pt", "center", None),
                                   ("Break", "10.5pt", None, "page"), ("Foot", "14pt", "center", None),
                                   ("Line", "14pt", None, None), ("Note", "9pt", None, None)):
        props = {"fo:text-align": align} if align else {}
        if brk:
            props["fo:break-before"] = brk
        st = Style("paragraph", name=name, area="paragraph", **props)
        st.set_properties(area="text", **{"fo:font-size": size})
        doc.insert_style(st, automatic=True)
    return doc


def odfdo_info(t, fam, path):
    """The information table as an OpenDocument text written by odfdo: a centred title, a
    two-column table of label and value cells, a note."""
    import warnings
    from odfdo import Paragraph, Table, Row
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = odfdo_document()
        doc.body.append(Paragraph(TITLES[fam], style="Head"))
        table = Table("项目信息")
        for _, lab, val in facts(t, fam):
            row = Row()
            row.set_values([lab, val])
            table.append_row(row)
        doc.body.append(table)
        doc.body.append(Paragraph("注：请如实填写，所填内容须与申报书一致。", style="Note"))
        doc.save(path)
    return path


def odfdo_blocks(blocks, cover, path):
    """Blocks as an OpenDocument text written by odfdo: the cover as styled paragraphs, headings
    as text:h of outline level 1, items as an ODF list, paragraphs plain."""
    import warnings
    from odfdo import Paragraph, Header, List
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = odfdo_document()
        body = doc.body
        if cover:
            title, lines, foot = cover
            for _ in range(5):
                body.append(Paragraph(""))
            for x in title.split("\n"):
                body.append(Paragraph(x, style="Cover"))
            for _ in range(4):
                body.append(Paragraph(""))
            for k, v in lines:
                body.append(Paragraph(f"{with_colon(k)}{v}", style="Line"))
            for _ in range(3):
                body.append(Paragraph(""))
            for x in foot:
                body.append(Paragraph(x, style="Foot"))
            body.append(Paragraph("", style="Break"))
        items = []
        for kind, text in list(blocks) + [("end", "")]:
            if kind != "item" and items:
                body.append(List(items))
                items = []
            if kind == "title":
                body.append(Paragraph(text, style="Head"))
            elif kind == "h":
                body.append(Header(1, text))
            elif kind == "item":
                items.append(text)
            elif kind != "end":
                body.append(Paragraph("\u3000\u3000" + text))
        doc.save(path)
    return path


def prawn_pdf(ops, path, work):
    """Write a PDF with Prawn and prawn-table (Ruby) through ruby/prawn_write.rb, Droid Sans
    Fallback embedded; `ops` are itext_blocks' instruction lines, or the information table's
    (section, title) and (row, label, value) lines."""
    return ops_run(["ruby", os.path.join(HERE, "ruby", "prawn_write.rb")], ops, path, work, "prawn", DROID_TTF)


def scribus_pdf(ops, path, work):
    """Lay out a PDF in Scribus (run headless under xvfb-run) through scribus/scribus_write.py,
    in AR PL SungtiL GB; `ops` as for prawn_pdf."""
    src = ops_tsv(ops, os.path.join(work, "scribus.tsv"))
    env = dict(os.environ, SCRIBUS_OPS=src, SCRIBUS_OUT=os.path.abspath(path), SCRIBUS_FONT="AR PL SungtiL GB Regular")
    subprocess.run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", os.path.join(HERE, "scribus", "scribus_write.py")],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    os.remove(src)
    if not os.path.exists(path):
        raise RuntimeError("scribus wrote no " + path)
    return path


def paps_pdf(text, path, work):
    """Plain text printed by paps (Pango to PostScript; every glyph drawn as an outline, no
    text in the file) in Noto Sans Mono CJK, made PDF by ghostscript's ps2pdf."""
    src, ps = os.path.join(work, "paps.txt"), os.path.join(work, "paps.ps")
    open(src, "w", encoding="utf-8").write(text)
    with open(ps, "wb") as f:
        subprocess.run(["paps", "--font=Noto Sans Mono CJK SC 10", "--paper=A4", src], check=True, stdout=f,
                       stderr=subprocess.DEVNULL)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, path], check=True)
    os.remove(src)
    os.remove(ps)
    return path


def gnumeric_info(t, fam, path, work):
    """The information table as Gnumeric writes it (ssconvert from a workbook laid out here):
    printed to PDF through cairo, 序号 | 栏目 | 填报内容 with a header row over numbered rows
    (gnmprint), or saved as .xlsx with inline strings, the labels in rows of three over rows of
    their values (gnmxlsx), as .xls with two pairs a row and long values merged over three
    columns (gnmxls), or as .ods with section rows over label | value rows (gnmods)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "信息表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font, bold = Font(name="宋体", size=11), Font(name="宋体", size=11, bold=True)
    shade = PatternFill("solid", fgColor="DDDDDD")
    rows = facts(t, fam)

    def put(r, c, v, label=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border, cell.font = box, bold if label else font
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if label:
            cell.fill = shade

    width = {"gnmxls": 4, "gnmods": 2}.get(fam, 3)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(row=1, column=1, value=TITLES[fam]).font = Font(name="宋体", size=16, bold=True)
    money = amounts(t)
    if fam == "gnmxls":
        for c, w in enumerate((18, 26, 18, 26)):
            ws.column_dimensions["ABCD"[c]].width = w
        r = 2
        for op in pair_ops(t, fam, lambda f, lab, val: (lab, money.get(f, val))):
            put(r, 1, op[1], label=True)
            put(r, 2, op[2])
            if op[0] == "wide":
                for c in (3, 4):
                    put(r, c, None)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            else:
                put(r, 3, op[3], label=True)
                put(r, 4, op[4])
            r += 1
    elif fam == "gnmods":
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, 60
        rows_by = {f: (lab, val) for f, lab, val in rows}
        r = 2
        for heading, fields in GOXLSX_SECTIONS:
            put(r, 1, heading, label=True)
            put(r, 2, None, label=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            r += 1
            for f in (f for f in fields if f in rows_by):
                put(r, 1, rows_by[f][0])
                put(r, 2, money.get(f, rows_by[f][1]))
                r += 1
    elif fam == "gnmprint":
        for c, (v, w) in enumerate([("序号", 6), ("栏目", 26), ("填报内容", 52)], 1):
            put(2, c, v, label=True)
            ws.column_dimensions["ABC"[c - 1]].width = w
        for i, (_, lab, val) in enumerate(rows, 1):
            put(2 + i, 1, i)
            put(2 + i, 2, lab)
            put(2 + i, 3, val)
    else:
        for c in range(width):
            ws.column_dimensions["ABC"[c]].width = 30
        r = 2
        for i in range(0, len(rows), width):
            band = rows[i:i + width]
            for c in range(width):
                put(r, c + 1, band[c][1] if c < len(band) else "", label=True)
                put(r + 1, c + 1, band[c][2] if c < len(band) else "")
            r += 2
    ws.cell(row=ws.max_row + 2, column=1, value="填表日期：2022年6月").font = font
    src = os.path.join(work, "gnumeric_src.xlsx")
    wb.save(src)
    subprocess.run(["ssconvert", src, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


OX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')


def ooxml_docx_ns(path, body_xml):
    """ooxml_docx with the namespaces Word 2010+ declares for text boxes."""
    ooxml_docx(path, body_xml)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["word/document.xml"].decode("utf-8").replace(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', f"<w:document {OX_NS}>")
    parts["word/document.xml"] = doc.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


_box_id = [100]


def alt_textbox(paras, cx_mm=150, cy_mm=20, bold=False, center=True):
    """A floating text box as Word 2010+ writes it: mc:AlternateContent whose Choice is a
    DrawingML shape (wps:txbx) and whose Fallback is the same box in VML (v:textbox) — the same
    paragraphs twice in the file, once on the page."""
    _box_id[0] += 1
    n = _box_id[0]
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ''
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    content = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(x)}</w:t></w:r></w:p>' for x in paras)
    cx, cy = cx_mm * 36000, cy_mm * 36000
    choice = (f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
              f'simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
              f'<wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
              f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square"/></wps:wsp>'
              f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = (f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" path="m,l,21600r21600,l21600,xe">'
                f'</v:shapetype><v:shape id="文本框 {n}" type="#_x0000_t202" filled="f" stroked="f" '
                f'style="position:absolute;margin-left:0;margin-top:0;width:{cx_mm}mm;height:{cy_mm}mm;z-index:{n}">'
                f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>')
    return f'<w:p><w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r></w:p>'


def plain_p(text, bold=False, center=False):
    ppr = '<w:pPr>' + ('<w:jc w:val="center"/>' if center else '') + '</w:pPr>'
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def blocks_altcontent(blocks, path, cover=None):
    """Titles, the cover and the signing lines in text boxes (AlternateContent); the body plain."""
    body = ""
    if cover:
        title, lines, foot = cover
        body += alt_textbox(title.split("\n"), cy_mm=40, bold=True)
        body += alt_textbox([f"{with_colon(k)}{v}" for k, v in lines], cy_mm=70, center=False)
        body += alt_textbox(foot, cy_mm=20)
        body += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    sign = [text for kind, text in blocks if kind == "p" and text.startswith(("法定代表人", "单位（", "甲方（盖章）"))]
    for kind, text in blocks:
        if kind == "title":
            body += alt_textbox([text], bold=True)
        elif text in sign:
            if text == sign[0]:
                body += alt_textbox(sign, cy_mm=30, center=False)
        else:
            body += plain_p(text, bold=kind == "h")
    ooxml_docx_ns(path, body)


def info_altcontent(t, fam, path):
    kv = [(lab, val) for _, lab, val in facts(t, fam)] + EXTRA.get(fam, [])
    cell = lambda x: f'<w:tc><w:tcPr><w:tcW w:w="{3000 if x[1] else 6000}" w:type="dxa"/></w:tcPr>{plain_p(x[0])}</w:tc>'
    rows = "".join(f"<w:tr>{cell((k, True))}{cell((v, False))}</w:tr>" for k, v in kv)
    tbl = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/>'
           '<w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>{rows}</w:tbl>')
    body = alt_textbox([TITLES[fam]], bold=True) + tbl + alt_textbox(["申报单位（盖章）：", "日期：2022年7月"], cy_mm=20, center=False)
    ooxml_docx_ns(path, body)


def merge_value(field, value, complex_field):
    """A value as mail merge leaves it: the MERGEFIELD's result, in a simple field or a complex
    one (begin, instruction, separate, result, end)."""
    instr = f" MERGEFIELD {field} \\* MERGEFORMAT "
    if complex_field:
        return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return (f'<w:p><w:fldSimple w:instr="{esc(instr)}"><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r>'
            f'</w:fldSimple></w:p>')


def info_mailmerge(t, fam, path):
    rows = ""
    for i, (_, lab, val) in enumerate(facts(t, fam)):
        name = lab.split("（")[0]
        rows += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{plain_p(lab)}</w:tc>'
                 f'<w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>{merge_value(name, val, i % 2 == 1)}</w:tc></w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/>'
           '<w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>{rows}</w:tbl>')
    ooxml_docx(path, plain_p(TITLES[fam], bold=True, center=True) + tbl)


def app_table_html(blocks, cover=None):
    """The application as a form table: the title above, then one row a section (its heading in
    the first column, its paragraphs and items in the second)."""
    out = blocks_html([], cover)
    body = out[out.index("<body>") + 6:out.rindex("</body>")]
    title = next(text for kind, text in blocks if kind == "title")
    rows, cur = [], None
    for kind, text in blocks:
        if kind == "h":
            cur = [text, []]
            rows.append(cur)
        elif kind != "title" and cur is not None:
            cur[1].append(text)
    trs = f"<tr><td width='18%'>项目名称</td><td>{esc(title)}</td></tr>"
    trs += "".join(f"<tr><td width='18%'>{esc(h)}</td><td>{''.join(f'<p>{esc(x)}</p>' for x in ps)}</td></tr>"
                   for h, ps in rows)
    return mp.html_page(body + f"<h1>项目申报书</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>")


def ofd_file(blocks, path):
    """An OFD document (GB/T 33190-2016) as certificate platforms issue them: OFD.xml naming the
    document root, Document.xml with the A4 page area (millimetres) and one page, a font in
    PublicRes.xml, and the page's Content.xml of TextObjects — one a line, each character's
    advance in DeltaX (compressed runs "g N d"), the title centred and larger."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    objs, oid, y = [], 10, 30.0
    for kind, text in blocks:
        size = 8.0 if kind == "title" else 4.2
        width = size * len(text)
        x = (210 - width) / 2 if kind == "title" else 25.0
        delta = f"g {len(text) - 1} {size:g}" if len(text) > 1 else ""
        objs.append(f'<ofd:TextObject ID="{oid}" Boundary="{x:.2f} {y:.2f} {width + 1:.2f} {size * 1.4:.2f}" '
                    f'Font="3" Size="{size:g}"><ofd:TextCode X="0" Y="{size:g}"'
                    f'{f" DeltaX={chr(34)}{delta}{chr(34)}" if delta else ""}>{esc(text)}</ofd:TextCode></ofd:TextObject>')
        oid += 1
        y += size * 2.2 if kind == "title" else 9.0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                   '<ofd:DocBody><ofd:DocInfo><ofd:DocID>6a1f0c2e9b7d4e0fa1c3d5e7f9b1a2c4</ofd:DocID>'
                   '<ofd:Creator>电子证照平台</ofd:Creator><ofd:CreationDate>2022-06-20</ofd:CreationDate></ofd:DocInfo>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                   '<ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                   '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                   '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
                   '<ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
        z.writestr("Doc_0/Pages/Page_0/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}>'
                   f'<ofd:Content><ofd:Layer ID="2">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
    return path


def turn_onto_portrait(path):
    """A landscape page printed onto portrait paper by a driver that turns the content: the page
    becomes portrait and its content is drawn turned a quarter (text running up the page); no
    /Rotate is set, so viewers show it sideways."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            x0, y0, x1, y1 = [float(v) for v in page.MediaBox]
            w, h = x1 - x0, y1 - y0
            if w <= h:
                continue
            page.contents_add(pdf.make_stream(f"q 0 1 -1 0 {h:.2f} 0 cm".encode()), prepend=True)
            page.contents_add(pdf.make_stream(b"Q"))
            page.MediaBox = pikepdf.Array([0, 0, h, w])
            if "/CropBox" in page.obj:
                del page.obj["/CropBox"]
        pdf.save(path)


def budget_file(t, fam, path):
    """The amounts in their own file: a 经费预算表 (科目 ／ 金额（万元）) with 项目总投入, 其中：申请市拨经费
    and 自筹经费."""
    d = mp.new_docx()
    d.add_heading("经费预算表", level=1)
    d.add_paragraph(f"项目名称：{t['project_name']}")
    tot, mun = t["total_budget_wan"], t["municipal_funding_wan"]
    num = lambda x: f"{x:g}"
    docx_table(d, [["科目", "金额（万元）"], [LABELS[fam]["total"], num(tot)],
                   [LABELS[fam]["municipal"], num(mun)], ["自筹经费", num(tot - mun)]], 2)
    d.save(path)
    return path


def cairo_print(path):
    """The PDF printed again through cairo (poppler's pdftocairo -pdf), as Linux print dialogs do."""
    out = path[:-4] + ".cairo.pdf"
    mp.run(["pdftocairo", "-pdf", path, out])
    os.replace(out, path)


def postscript_print(path):
    """The PDF printed to a PostScript printer and the PostScript distilled by Ghostscript, as
    CUPS-PDF and Distiller-style virtual printers make PDFs (poppler's pdftops, then ps2pdf), in
    place. The fonts come back as Type 1C programs whose glyphs are named by the original font's
    glyph ids (cid16855), with no ToUnicode map."""
    ps = path[:-4] + ".ps"
    out = path[:-4] + ".gs.pdf"
    mp.run(["pdftops", path, ps])
    mp.run(["ps2pdf", "-sPAPERSIZE=a4", ps, out])
    os.remove(ps)
    os.replace(out, path)


def restricted_font_print(src, path, work):
    """An HTML page printed to PDF by Chromium (A4, no header or footer) in a font whose OS/2
    fsType says Restricted License embedding, as many commercial Chinese fonts say: Chromium
    may not embed it, so it writes every glyph as a Type 3 procedure of its outline (with a
    ToUnicode map). The font is WenQuanYi Micro Hei renamed, in a fontconfig of its own."""
    from fontTools.ttLib import TTFont as FontFile
    fonts = os.path.join(work, "restricted-fonts")
    conf = os.path.join(work, "restricted-fonts.conf")
    if not os.path.exists(conf):
        os.makedirs(fonts, exist_ok=True)
        f = FontFile(TTF, fontNumber=0)
        f["OS/2"].fsType = 2
        for n in f["name"].names:
            if n.nameID in (1, 4, 6, 16):
                n.string = "HanRestrictedSong"
        f.save(os.path.join(fonts, "restricted.ttf"))
        open(conf, "w").write(
            "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
            f"<dir>{fonts}</dir><include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
            f"<cachedir>{work}/restricted-fonts-cache</cachedir></fontconfig>")
    page = open(src, encoding="utf-8").read().replace(
        "</style>", " body, h1, h2, p, td, th { font-family: 'HanRestrictedSong' !important }</style>", 1)
    html_path = src[:-5] + ".chrome.html"
    open(html_path, "w", encoding="utf-8").write(page)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
                    "--no-pdf-header-footer", f"--print-to-pdf={path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, FONTCONFIG_FILE=conf))
    os.remove(html_path)
    return path


def abiword_docx(html_text, path):
    src = path[:-5] + ".html"
    open(src, "w", encoding="utf-8").write(html_text)
    mp.run(["abiword", "--to=docx", "--to-name=" + path, src])
    os.remove(src)
    return path


def write_doc(fam, kind, blocks, path_stem, work, rnd, cover=None):
    """Write one non-table document in the family's writer; returns the file path."""
    w = DOC_WRITER.get(WRITER[fam], WRITER[fam])
    if fam in ("footnote", "notemarks") and kind == "application":
        blocks = noted_app_blocks(blocks)
    if fam == "webpaste" and blocks and blocks[0][0] == "title":  # the name pasted from the web page
        blocks = [("title", web_pasted("project_name", blocks[0][1], {"credit_code": blocks[0][1]}))] + blocks[1:]
    if fam == "pasted" and blocks and blocks[0][0] == "title":  # the name pasted from the same PDF
        blocks = [("title", pasted_value("project_name", blocks[0][1]))] + blocks[1:]
    if fam == "pasted" and cover:
        title, lines, foot = cover
        cover = (title, [(k, pasted_value("applicant" if i == 1 else "project_name" if i == 0 else "", v))
                         for i, (k, v) in enumerate(lines)], foot)
    if fam == "cellbreak" and kind == "application":  # the long title wrapped by hand
        r = random.Random(blocks[0][1] + fam)
        cut = split_han(blocks[0][1], r) if len(blocks[0][1]) >= 12 else None
        if cut:
            blocks = [("title", "\u2028".join(cut))] + blocks[1:]
    if w == "altchunk":
        return altchunk_docx(blocks_html(blocks, cover), path_stem + ".docx")
    if w == "weasy":
        return weasy_pdf(blocks_html(blocks, cover), path_stem + ".pdf")
    if w in ("tcpdf", "dompdf"):
        return php_pdf(w, blocks_html(blocks, cover), path_stem + ".pdf", work)
    if w == "wkhtml":
        return wkhtml_pdf(blocks_html(blocks, cover), path_stem + ".pdf", work)
    if w == "fpdf":
        return fpdf_blocks(blocks, cover, path_stem + ".pdf")
    if w == "pdfmake":
        return pdfmake_pdf(pdfmake_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "mupdf":
        return mupdf_pdf(blocks_xhtml(blocks, cover), path_stem + ".pdf", work)
    if w == "fop":
        return fop_pdf(fo_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "pdfkit":
        return pdfkit_pdf("blocks", {"blocks": blocks, "cover": cover}, path_stem + ".pdf", work)
    if w == "jspdf":
        return node_write("jspdf_blocks", {"blocks": blocks, "cover": cover}, path_stem + ".pdf", work)
    if w == "docxjs":
        return node_write("docx_blocks", {"blocks": blocks, "cover": cover}, path_stem + ".docx", work)
    if w == "itext":
        return itext_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "pdfbox":
        return pdfbox_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "xhtml2pdf":
        return xhtml2pdf_pdf(blocks_html(blocks, cover), path_stem + ".pdf", work)
    if w == "asciidoc":
        return asciidoc_pdf(blocks_adoc(blocks, cover), path_stem + ".pdf", work)
    if w == "docxtpl":
        return docxtpl_blocks(blocks, cover, path_stem + ".docx", work)
    if w == "pdfapi2":
        return pdfapi2_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "officegen":
        return officegen_docx("blocks", {"blocks": blocks, "cover": cover}, path_stem + ".docx", work)
    if w == "haru":
        return haru_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "htmldocx":
        return htmldocx_docx(blocks_html(blocks, cover), path_stem + ".docx", work)
    if w == "prawn":
        return prawn_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "podofo":
        return podofo_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "reactpdf":
        return reactpdf_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "skia":
        return skia_pdf(itext_blocks(blocks, cover), path_stem + ".pdf")
    if w == "dtpl":
        return dtpl_docx("doc", dtpl_data(blocks, cover), path_stem + ".docx", work)
    if w == "docxrs":
        return rs_write("docx", itext_blocks(blocks, cover), path_stem + ".docx", work)
    if w == "printpdf":
        return rs_write("pdf", itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "gofpdf":
        return gofpdf_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "orgodt":
        return org_odt(blocks_org(blocks, cover), path_stem + ".odt")
    if w == "rofficer":
        return officer_docx(itext_blocks(blocks, cover), path_stem + ".docx", work)
    if w == "abipdf":
        return abiword_pdf(blocks_html(blocks, cover), path_stem + ".pdf")
    if w == "wpsdocx":
        return wps_docx(wps_blocks(blocks, cover), path_stem + ".docx")
    if w == "context":
        return context_pdf(ctx_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "oodoc":
        return oodoc_odt(itext_blocks(blocks, cover), path_stem + ".odt", work)
    if w == "itextrtf":
        return java_write("RtfWrite", ITEXT_RTF_JARS, itext_blocks(blocks, cover), path_stem + ".doc", work)
    if w == "rbpdf":
        return rbpdf_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "flyingsaucer":
        return flying_saucer_pdf(blocks_xhtml(blocks, cover, page=fs_page), path_stem + ".pdf", work)
    if w == "pyfpdf":
        return pyfpdf_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w in ("qtpdf", "qtodt"):
        return qt_write(itext_blocks(blocks, cover), path_stem + (".pdf" if w == "qtpdf" else ".odt"), work)
    if w == "odfdom":
        return java_write("OdfdomWrite", ODFDOM_JARS, itext_blocks(blocks, cover), path_stem + ".odt", work)
    if w == "xmlworker":
        return xmlworker_pdf(blocks_xhtml(blocks, cover, page=xmlworker_page), path_stem + ".pdf", work)
    if w == "rinoh":
        return rinoh_pdf(rinoh_blocks_rst(blocks, cover), path_stem + ".pdf", work, toc=kind == "application")
    if w == "odfdo":
        return odfdo_blocks(blocks, cover, path_stem + ".odt")
    if w == "scribus":
        return scribus_pdf(itext_blocks(blocks, cover), path_stem + ".pdf", work)
    if w == "calligra":  # written in Word, opened and saved by LibreOffice, then by Calligra
        d = mp.new_docx()
        docx_blocks(d, blocks, cover)
        d.save(path_stem + ".docx")
        return calligra_docx(path_stem + ".docx", work)
    if w == "pandoc":
        return pandoc_docx(blocks_markdown(blocks, cover), path_stem + ".docx")
    if w == "pandocrtf":
        return pandoc_rtf(blocks_markdown(blocks, cover, brk=RTF_PAGE_BREAK), path_stem + ".rtf")
    if w == "latex2rtf":
        return latex2rtf_rtf(blocks_l2r(blocks, cover), path_stem + ".rtf", work)
    if w == "xetex":
        return xelatex(blocks_tex(blocks, cover), path_stem + ".pdf")
    if w in ("cjklatex", "lualatex"):
        return tex_engine(w, blocks_tex(blocks, cover), path_stem + ".pdf")
    if w == "pdflib":
        return pdflib_pdf("blocks", {"blocks": blocks, "cover": cover}, path_stem + ".pdf", work)
    if w == "abiword":
        return abiword_docx(blocks_html(blocks, cover), path_stem + ".docx")
    if w == "altcontent":
        blocks_altcontent(blocks, path_stem + ".docx", cover)
        return path_stem + ".docx"
    if w == "mailmerge":  # the other documents plain WordprocessingML
        body = ""
        if cover:
            title, lines, foot = cover
            body += "".join(plain_p(x, bold=True, center=True) for x in title.split("\n"))
            body += "".join(plain_p(f"{with_colon(k)}{v}") for k, v in lines)
            body += "".join(plain_p(x, center=True) for x in foot) + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        body += "".join(plain_p(text, bold=kind in ("title", "h"), center=kind == "title") for kind, text in blocks)
        ooxml_docx(path_stem + ".docx", body)
        return path_stem + ".docx"
    if w in ("docx", "docx-pdf", "docx2pdf"):
        d = mp.new_docx()
        if fam == "smartart" and kind == "application":  # the 考核指标 as a SmartArt list
            items = [text for k, text in blocks if k == "item"]
            at = max(i for i, (k, _) in enumerate(blocks) if k == "item")
            docx_blocks(d, [b for b in blocks[:at + 1] if b[0] != "item"], cover)
            import re as _re
            smartart_list(d, [_re.sub(r"^(（\d+）|\d+[．.)] ?|4\.\d+ )", "", x).rstrip("；") for x in items])
            docx_blocks(d, blocks[at + 1:])
        elif fam == "dotleader" and kind == "application":  # cover, contents, then the body
            docx_blocks(d, [], cover)
            docx_toc(d, blocks)
            docx_blocks(d, blocks)
        else:
            docx_blocks(d, blocks, cover, numbered={"covertable": "cover-table", "kpitable": "kpi-table",
                                                    "whitetext": "white-notes", "whitepdf": "white-notes"}.get(
                fam, fam == "numlist"))
        if fam == "sealdocx" and kind in ("commitment", "cooperation_agreement"):
            docx_pasted_seals(d)
        if fam == "twocol" and kind == "application":  # the body set in two columns
            from docx.oxml import OxmlElement
            sect = d.sections[0]._sectPr
            cols = sect.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols")
                sect.append(cols)
            cols.set(qn("w:num"), "2")
            cols.set(qn("w:space"), "425")
        p = path_stem + ".docx"
        d.save(p)
        if fam == "wordwatermark":
            docx_watermark(p)
        if w == "docx2pdf":
            mp.soffice([p], "pdf", work)
            os.remove(p)
            return path_stem + ".pdf"
        return header_footer_pdf(p, work) if w == "docx-pdf" else p
    if fam == "vmlcrop" and kind in ("commitment", "cooperation_agreement"):
        # Last year's sealed copy and this year's scanned together on the glass, pasted into
        # Word as a legacy VML picture cropped to this year's half.
        html = blocks_html(blocks, cover)
        pdfs = []
        for tag, text in (("old", last_years(html)), ("new", html)):
            src = f"{path_stem}-{tag}.html"
            open(src, "w", encoding="utf-8").write(text)
            mp.soffice([src], "pdf", work)
            os.remove(src)
            sealed_colour_scan(src[:-5] + ".pdf", sealed=True)
            pdfs.append(src[:-5] + ".pdf")
        vml_cropped_docx(pdfs[0], pdfs[1], path_stem + ".docx")
        for q in pdfs:
            os.remove(q)
        return path_stem + ".docx"
    if fam in ("docximg", "odtscan", "docscan") and kind in ("commitment", "cooperation_agreement"):
        # Signed, sealed, scanned in colour, and the scan pasted into a Word file (odtscan: a
        # Writer document saved as OpenDocument text; docscan: saved as Word 97-2003).
        src = path_stem + ".html"
        open(src, "w", encoding="utf-8").write(blocks_html(blocks, cover))
        mp.soffice([src], "pdf", work)
        os.remove(src)
        sealed_colour_scan(path_stem + ".pdf", sealed=True)
        caption = "合作协议（盖章扫描件）" if fam == "docximg" and kind == "cooperation_agreement" else None
        image_docx(path_stem + ".pdf", path_stem + ".docx", caption=caption)
        os.remove(path_stem + ".pdf")
        if fam == "docximg":
            return path_stem + ".docx"
        if fam == "docscan":
            mp.soffice([path_stem + ".docx"], "doc:MS Word 97", work)
            os.remove(path_stem + ".docx")
            return path_stem + ".doc"
        mp.soffice([path_stem + ".docx"], "odt:writer8", work)
        os.remove(path_stem + ".docx")
        return path_stem + ".odt"
    if w in ("html-pdf", "html-docx", "html-doc", "html-odt", "html-fodt", "html-uot"):
        src = path_stem + ".html"
        if fam == "apptable" and kind == "application":
            open(src, "w", encoding="utf-8").write(app_table_html(blocks, cover))
        else:
            open(src, "w", encoding="utf-8").write(family_face(blocks_html(blocks, cover), fam))
        fmt = {"html-pdf": "pdf", "html-docx": "docx:MS Word 2007 XML", "html-doc": "doc:MS Word 97",
               "html-odt": "odt:writer8", "html-fodt": "fodt:OpenDocument Text Flat XML",
               "html-uot": "uot:UOF text"}[w]
        if fam == "hybridpdf" and fmt == "pdf":  # LibreOffice's hybrid PDF: the ODF file inside
            fmt = HYBRID_PDF
        if fam == "pdfa" and fmt == "pdf":  # PDF/A-2b, tagged
            fmt = PDFA_PDF
        if fam == "ofdcert" and kind in ("qualification", "commitment"):  # issued as OFD
            os.remove(src)
            return ofd_file(blocks, path_stem + ".ofd")
        if fam == "type3font":  # printed from Chromium in a font that may not be embedded
            restricted_font_print(src, path_stem + ".pdf", work)
            os.remove(src)
            return path_stem + ".pdf"
        mp.soffice([src], fmt, work)
        os.remove(src)
        if fam == "psprint":
            postscript_print(path_stem + ".pdf")
        if fam == "esign" and kind in ("commitment", "cooperation_agreement"):
            electronic_seals(path_stem + ".pdf", work)
        if fam == "ofdprint":  # converted to OFD, the commitment and agreement with OFD e-seals
            pdf_to_ofd(path_stem + ".pdf", path_stem + ".ofd", sealed=kind in ("commitment", "cooperation_agreement"))
            os.remove(path_stem + ".pdf")
            return path_stem + ".ofd"
        if w == "html-doc" and fam == "wpsfile":  # the same binary under WPS Writer's name
            os.replace(path_stem + ".doc", path_stem + ".wps")
            return path_stem + ".wps"
        if w == "html-doc":  # Word 97-2003, as LibreOffice saves it
            return path_stem + ".doc"
        if w == "html-odt":  # OpenDocument text, as LibreOffice saves it
            return path_stem + ".odt"
        if w in ("html-fodt", "html-uot"):  # Flat XML OpenDocument text; UOF text
            return path_stem + "." + fmt.split(":")[0]
        if fam == "scan" and kind == "commitment":
            scan_pdf(path_stem + ".pdf")
        if fam == "skewscan" and kind == "commitment":
            sealed_colour_scan(path_stem + ".pdf", sealed=True, askew=(1.5, 3.0))
        if fam == "faxscan" and kind == "commitment":  # a fax server's TIFF, standard resolution
            fax_scan(path_stem + ".pdf", None, tiff=path_stem + ".tif")
            return path_stem + ".tif"
        if fam == "rotated" and kind == "commitment":
            scan_pdf(path_stem + ".pdf", sideways=True)
        if fam == "upsidedown" and kind == "commitment":
            scan_pdf(path_stem + ".pdf", upside_down=True)
        if fam == "colorscan" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
        if fam == "cmykscan" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True, codec="cmyk")
        if fam == "kaiscan" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
        if fam == "duplexscan" and kind in ("commitment", "cooperation_agreement"):  # blank backs
            blank_backs(path_stem + ".pdf")
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
        if fam == "appendixparts" and kind in ("commitment", "cooperation_agreement"):  # to be appended
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
        if fam == "bwseal" and kind in ("commitment", "cooperation_agreement"):  # sealed, then copied
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
            scan_pdf(path_stem + ".pdf", wear="copy")
        if fam == "tiflzw" and kind == "commitment":  # sealed, scanned to a colour TIFF
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
            return tiff_of_scan(path_stem + ".pdf", path_stem + ".tif", "RGB")
        if fam == "puamap" and fmt == "pdf":
            pua_tounicode(path_stem + ".pdf")
        if fam == "actualtext" and fmt == "pdf":
            actual_text_spans(path_stem + ".pdf")
        if fam == "cropbox" and kind == "application":
            two_up(path_stem + ".pdf")
            split_sheets(path_stem + ".pdf")
        if fam == "ocrlayer" and kind == "commitment":
            scan_pdf(path_stem + ".pdf")
            ocr_layer(path_stem + ".pdf")
        if fam == "englayer" and kind == "commitment":
            scan_pdf(path_stem + ".pdf")
            ocr_layer(path_stem + ".pdf", lang="eng")
        if fam == "lowres" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True, dpi=150, quality=30)
        if fam == "camscan" and kind in ("commitment", "cooperation_agreement"):
            scanner_app(path_stem + ".pdf", sealed=True)
        if fam == "signedscan" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True, signed=True)
        if fam == "notounicode":
            strip_tounicode(path_stem + ".pdf")
        if fam == "outlines" and kind == "application":
            outline_text(path_stem + ".pdf")
        if fam == "watermark":
            watermark_pdf(path_stem + ".pdf")
        if fam == "jbig2scan" and kind == "commitment":
            bilevel_scan(path_stem + ".pdf", codec="jbig2")
        if fam == "jp2scan" and kind in ("commitment", "cooperation_agreement"):
            sealed_colour_scan(path_stem + ".pdf", sealed=True, codec="jpx")
        if fam == "bilevel" and kind == "commitment":  # scanned to a TIFF file
            bilevel_scan(path_stem + ".pdf", tiff=path_stem + ".tif")
            return path_stem + ".tif"
        if fam == "restricted":
            restrict_pdf(path_stem + ".pdf", aes=kind == "application")
        if fam == "phonescan" and kind in ("application", "commitment"):
            phone_pdf(path_stem + ".pdf")
        if fam == "cairo":
            cairo_print(path_stem + ".pdf")
        if fam == "twoup" and kind in ("application", "commitment"):
            two_up(path_stem + ".pdf")
        if fam == "screenshot" and kind in ("commitment", "qualification"):
            ext = ".png" if kind == "commitment" else ".jpg"
            screenshot(path_stem + ".pdf", path_stem + ext)
            return path_stem + ext
        if fam == "webpimg" and kind == "qualification":
            # The certificate with the issuer's red seal, scanned in colour, saved as a WebP picture.
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
            webp_scan(path_stem + ".pdf", path_stem + ".webp")
            os.remove(path_stem + ".pdf")
            return path_stem + ".webp"
        if fam == "heicphoto" and kind == "qualification":
            # The certificate with the issuer's red seal photographed with an iPhone (HEIC).
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
            photo_jpg(path_stem + ".pdf", path_stem + ".HEIC", fmt="HEIF")
            os.remove(path_stem + ".pdf")
            return path_stem + ".HEIC"
        if fam == "certphoto" and kind == "qualification":
            # The certificate with the issuer's red seal, photographed with a phone.
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
            photo_jpg(path_stem + ".pdf", path_stem + ".jpg")
            os.remove(path_stem + ".pdf")
            return path_stem + ".jpg"
        return path_stem + (".pdf" if w == "html-pdf" else ".docx")
    if w.startswith("rl-"):
        p = path_stem + ".pdf"
        blocks_reportlab(blocks, p, w[3:], cover)
        return p
    if w == "ooxml":
        p = path_stem + ".docx"
        blocks_ooxml(blocks, p, rnd, cover, hidden_notes=fam == "vanish")
        return p
    if w in ("odt", "odt-docx"):
        src = path_stem + ".odt"
        blocks_odt(blocks, src, cover)
        fmt, ext = ("pdf", ".pdf") if w == "odt" else ("docx:MS Word 2007 XML", ".docx")
        mp.soffice([src], fmt, work)
        os.remove(src)
        return path_stem + ext
    raise ValueError(w)


def div_form_html(t, fam):
    """The information table as a modern web system's "export to Word": the page's own form
    markup, each row a flex box of a label div and a value div (no table), a stylesheet in the
    head, saved as .doc for Word to open."""
    rows = "".join(
        "<div class=\"form-item\" style=\"display:flex;border-bottom:1px solid #dcdfe6;padding:6px 0\">"
        f"<div class=\"form-item__label\" style=\"width:160px;color:#606266;text-align:right;padding-right:12px\">{esc(lab)}</div>"
        f"<div class=\"form-item__content\" style=\"flex:1\"><span class=\"value\">{esc(val)}</span></div></div>\n"
        for _, lab, val in facts(t, fam))
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>项目申报信息</title>"
            "<style>body{font-family:'Microsoft YaHei',sans-serif;font-size:14px}.form-title{font-size:20px;"
            "font-weight:bold;text-align:center;margin:12px 0}</style></head>\n<body><div id=\"app\">"
            f"<div class=\"form-title\">{esc(TITLES[fam])}</div>\n<div class=\"el-form\">\n{rows}</div>"
            "<div class=\"footer\">导出时间：2022-07-12 16:20:31</div></div></body></html>\n")


def word_html(t, fam):
    """The information table as a web system exports it "as Word": Word's HTML dialect (Office
    namespaces, MsoNormal paragraphs, spans, &nbsp;, conditional comments), to be saved as .doc."""
    rows = facts(t, fam)
    trs = "".join(
        "<tr style='height:22.0pt'>"
        f"<td width=180 valign=top style='width:135.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        f"<p class=MsoNormal><span style='font-family:宋体'>{esc(lab)}<o:p></o:p></span></p></td>"
        f"<td width=420 valign=top style='width:315.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>"
        f"<p class=MsoNormal><span lang=EN-US style='font-family:宋体'>{esc(val).replace(' ', '&nbsp;')}<o:p></o:p></span></p></td></tr>\n"
        for _, lab, val in rows)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=%CHARSET%\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 11\">\n"
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->\n"
            "<style>\n<!-- p.MsoNormal {margin:0cm; font-size:10.5pt; font-family:宋体;}\n"
            "@page Section1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.Section1 {page:Section1;} -->\n"
            "</style>\n<title>项目信息表</title>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=Section1>\n"
            f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>{esc(TITLES[fam])}</span></b></p>\n"
            "<p class=MsoNormal>&nbsp;</p>\n"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
            f"{trs}</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
            "<p class=MsoNormal>导出时间：2022-07-12 16:20:31</p>\n</div>\n</body>\n</html>\n")


def diagonal_corner(path, t, fam):
    """Draw the budget table's corner diagonal into the printed PDF in place, as Word prints a
    cell's 斜下框线 (LibreOffice keeps w:tl2br but draws no diagonal in a Writer table): a hairline
    from the corner cell's top left to its bottom right, the cell found by its words (经费来源 at
    its top right, 预算科目 at its bottom left, the next column's header, the first item's row)."""
    import pikepdf
    pw, ph, words = first_page_words(path)
    top = next(w for w in words if w[4] == "经费来源")
    bottom = next(w for w in words if w[4] == "预算科目")
    right = next(w for w in words if w[4] == LABELS[fam]["municipal"] and abs(w[1] - top[1]) < 2)
    below = min((w for w in words if w[1] > bottom[3] and abs(w[0] - bottom[0]) < 2), key=lambda w: w[1])
    pad = 5.4  # LibreOffice's cell margin (0.19 cm)
    x0, y0, x1, y1 = bottom[0] - pad, ph - (top[1] - 0.5), right[0] - pad, ph - (below[1] - 0.5)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        page.contents_add(pdf.make_stream(f"q 0 G 0.5 w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S Q".encode()))
        pdf.save(path)


MERGE_ORDERS = [  # the call's order; the application before the table; the commitment after the application
    ["cover", "info_table", "commitment", "application", "cooperation_agreement", "qualification", "labor_contract"],
    ["cover", "application", "info_table", "commitment", "cooperation_agreement", "qualification", "labor_contract"],
    ["cover", "info_table", "application", "commitment", "cooperation_agreement", "qualification", "labor_contract"],
]


def merge_order(t):
    """The order mergedorder's package puts its parts in (one of MERGE_ORDERS, per package)."""
    return MERGE_ORDERS[random.Random(t["credit_code"] + "order").randrange(len(MERGE_ORDERS))]


def split_amount(v, weights):
    """`v` in parts by `weights` (summing to 1), two decimals, the last part what is left."""
    parts = [round(v * w, 2) for w in weights[:-1]]
    return parts + [round(v - sum(parts), 2)]


def info_xlsx_formulas(t, fam, path):
    """The information table as a workbook a script filled (openpyxl): the fields on a sheet
    基本信息 (label in A, value in B); the budget by 预算科目 on a sheet 经费预算 with 市拨 and 自筹
    columns, each row's 合计 a formula (=B2+C2) and the 合计 row formulas (=SUM(B2:B7)); the two
    amounts on the first sheet formulas that point at that row ('经费预算'!D8, '经费预算'!B8).
    openpyxl caches no value: only a spreadsheet program works the formulas out."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "基本信息"
    ws["A1"] = TITLES[fam]
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:B1")
    mun, tot = t["municipal_funding_wan"], t["total_budget_wan"]
    own = round(tot - mun, 2)
    thin = Side(style="thin")
    for r, (f, lab, val) in enumerate(facts(t, fam), start=2):
        ws.cell(r, 1, lab)
        if f == "total" and own >= 0:
            ws.cell(r, 2, "='经费预算'!D8")
        elif f == "municipal" and own >= 0:
            ws.cell(r, 2, "='经费预算'!B8")
        else:
            ws.cell(r, 2, val)
        for c in (1, 2):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    bs = wb.create_sheet("经费预算")
    bs.append(["预算科目", "申请市拨经费（万元）", "单位自筹经费（万元）", "合计（万元）"])
    items = ["设备费", "材料费", "测试化验加工费", "燃料动力费", "人员劳务费", "其他支出"]
    if own >= 0:
        m = split_amount(mun, [0.40, 0.30, 0.10, 0.05, 0.15, 0.0])
        o = split_amount(own, [0.25, 0.25, 0.15, 0.05, 0.25, 0.05])
        for i, item in enumerate(items):
            bs.append([item, m[i], o[i], f"=B{i + 2}+C{i + 2}"])
        bs.append(["合计", "=SUM(B2:B7)", "=SUM(C2:C7)", "=SUM(D2:D7)"])
    for col, width in zip("ABCD", (18, 22, 22, 16)):
        bs.column_dimensions[col].width = width
    wb.save(path)
    return path


def transparent_png(pdf_path, path):
    """The table copied out of Word as a picture and saved as a PNG: drawn by cairo with a
    transparent ground (pdftocairo -transp: what is not ink is black at alpha 0), cropped to
    what is drawn with a small margin, 150 dpi."""
    import numpy as np
    from PIL import Image
    stem = pdf_path + "-alpha"
    mp.run(["pdftocairo", "-png", "-transp", "-r", "150", "-singlefile", "-f", "1", "-l", "1", pdf_path, stem])
    img = Image.open(stem + ".png").convert("RGBA")
    alpha = np.asarray(img)[..., 3]
    ys, xs = np.nonzero(alpha)
    img = img.crop((max(0, int(xs.min()) - 12), max(0, int(ys.min()) - 12),
                    min(img.width, int(xs.max()) + 13), min(img.height, int(ys.max()) + 13)))
    img.save(path)
    os.remove(stem + ".png")
    os.remove(pdf_path)
    return path


def exif_photo(pdf_path, path):
    """The information table photographed with a phone held sideways (see phone_photo): the
    JPEG's pixels stored a quarter turn from upright, its EXIF Orientation tag (6: turn 90°
    clockwise to show) saying how to show them, as phone cameras write them."""
    import zlib
    from PIL import Image
    r = random.Random(zlib.crc32(os.path.basename(path).encode()))
    img = phone_photo(page_images(pdf_path, 150, "RGB", first_only=True)[0], r)
    stored = img.rotate(90, expand=True)  # counter-clockwise: shown upright after a clockwise turn
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "ELS-AN00"
    stored.save(path, "JPEG", quality=85, exif=exif.tobytes())
    os.remove(pdf_path)
    return path


def mobile_screenshot(t, fam, path, work, dark=False):
    """The information table as the online system shows it on a phone (360 px wide, 3 device
    pixels to one): under the app's blue title bar, each field a white row with its label small
    and grey above the value; one long screenshot with the phone's status bar, sent as a JPEG
    (or, `dark`, in the phone's dark mode: light grey text on a near-black ground, a PNG)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    rows = "".join(f"<div class='row'><div class='lab'>{esc(lab)}</div><div class='val'>{esc(val)}</div></div>"
                   for _, lab, val in facts(t, fam))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'>"
            "<style>body{margin:0;font-family:'Noto Sans CJK SC';background:#f4f5f7}"
            ".bar{background:#1f5fa8;color:#fff;height:48px;line-height:48px;text-align:center;font-size:17px}"
            ".head{padding:14px 16px 8px;font-size:15px;color:#333;font-weight:bold}"
            ".row{background:#fff;padding:10px 16px;border-bottom:1px solid #eee}"
            ".lab{color:#999;font-size:13px}.val{color:#222;font-size:16px;margin-top:4px;word-break:break-all}"
            "</style></head><body><div class='bar'>‹ 项目详情</div>"
            f"<div class='head'>{esc(TITLES[fam])}</div>{rows}</body></html>")
    if dark:
        page = page.replace("background:#f4f5f7", "background:#121212").replace(
            ".bar{background:#1f5fa8;color:#fff", ".bar{background:#1c1c1e;color:#e6e6e6").replace(
            ".head{padding:14px 16px 8px;font-size:15px;color:#333", ".head{padding:14px 16px 8px;font-size:15px;color:#ddd").replace(
            ".row{background:#fff;padding:10px 16px;border-bottom:1px solid #eee}",
            ".row{background:#1e1e1e;padding:10px 16px;border-bottom:1px solid #2c2c2c}").replace(
            ".lab{color:#999", ".lab{color:#8e8e93").replace(".val{color:#222", ".val{color:#e5e5e7")
    src, png = os.path.join(work, "mobile.html"), os.path.join(work, "mobile.png")
    open(src, "w", encoding="utf-8").write(page)
    mp.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chrome",
            "--hide-scrollbars", "--force-device-scale-factor=3", "--window-size=360,2000",
            f"--screenshot={png}", "file://" + src])
    img = Image.open(png).convert("RGB")
    a = np.asarray(img, dtype=np.int16)
    ground = np.array([18, 18, 18] if dark else [244, 245, 247])
    used = np.nonzero((np.abs(a - ground).max(axis=2) > 3).any(axis=1))[0]
    img = img.crop((0, 0, img.width, min(img.height, int(used[-1]) + 90)))
    bar = Image.new("RGB", (img.width, 72), (28, 28, 30) if dark else (31, 95, 168))
    draw = ImageDraw.Draw(bar)
    ink = (230, 230, 230) if dark else (255, 255, 255)
    draw.text((40, 18), "10:21", fill=ink, font=ImageFont.truetype(TTF, 34, index=0))
    draw.rectangle([img.width - 110, 24, img.width - 50, 48], outline=ink, width=3)
    draw.rectangle([img.width - 106, 28, img.width - 64, 44], fill=ink)
    shot = Image.new("RGB", (img.width, img.height + 72))
    shot.paste(bar, (0, 0))
    shot.paste(img, (0, 72))
    if path.endswith(".png"):
        shot.save(path)
    else:
        shot.save(path, "JPEG", quality=70)
    os.remove(src)
    os.remove(png)
    return path


def scanner_app(path, sealed):
    """Pages photographed with a phone scanning app (扫描全能王 and the like), in place: when
    `sealed`, signed in blue and sealed first; the sheet found and straightened by the app with a
    little keystone left where it missed the corners, the photo's uneven light, then the app's
    enhance filter (each pixel divided by the paper's own level, a wide blur of the lightest
    nearby, stretched so the paper is white and darkened), sharpened, the app's mark in the
    bottom corner; JPEG pages 1240 px wide (150 dpi on A4)."""
    import zlib
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    if sealed:
        sealed_colour_scan(path, sealed=True, signed=True, quality=90)
    r = random.Random(zlib.crc32(("app" + os.path.basename(path)).encode()))
    out = []
    for img in page_images(path, 150, "RGB"):
        w, h = img.size
        d = [r.uniform(0.0, 0.012) * w for _ in range(4)]
        quad = (d[0], d[1], d[2], h - d[3], w - d[1], h - d[0], w - d[3], d[2])
        img = img.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        a = np.asarray(img, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        light = 1.0 - 0.25 * (xx / w) * r.uniform(0.5, 1.0) - 0.15 * (yy / h)
        a = a * light[..., None] * np.array([1.0, 0.97, 0.92])
        grey = Image.fromarray(np.clip(a.mean(axis=2), 0, 255).astype(np.uint8))
        paper = np.asarray(grey.filter(ImageFilter.MaxFilter(15)).filter(ImageFilter.GaussianBlur(25)),
                           dtype=np.float32)
        a = np.clip(a / np.maximum(paper[..., None], 1.0) * 255 * 1.08, 0, 255)
        a = 255 * (a / 255) ** 1.6
        img = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=3))
        ImageDraw.Draw(img).text((w - 210, h - 48), "扫描全能王 创建", fill=(150, 150, 150),
                                 font=ImageFont.truetype(TTF, 22, index=0))
        out.append(img)
    out[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=out[1:], quality=75)


def mht_doc(t, fam, path):
    """The information table as Java web systems export "Word" so that pictures travel with it: a
    single-file web page (MHT) as Word writes one — MIME multipart/related, the HTML part Word's
    dialect in GB2312, quoted-printable with soft line breaks at 76 columns (which fall between a
    character's two bytes where they will), the system's logo a base64 PNG part the page refers to
    by its file location — saved under a .doc name. Two label/value pairs a row, long values
    across the row."""
    import base64, quopri
    from PIL import Image, ImageDraw
    kv = [(lab, val) for _, lab, val in facts(t, fam)]
    cell = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"

    def td(text, width, span=1):
        return (f"<td width={width}{f' colspan={span}' if span > 1 else ''} valign=top style='width:{width * 0.75:.1f}pt;{cell}'>"
                f"<p class=MsoNormal><span style='font-family:宋体'>{esc(text).replace(' ', '&nbsp;')}<o:p></o:p></span></p></td>")
    trs, i = "", 0
    while i < len(kv):
        k, v = kv[i]
        if len(v) > 14 or i + 1 >= len(kv) or len(kv[i + 1][1]) > 14:
            trs += f"<tr style='height:22.0pt'>{td(k, 110)}{td(v, 490, 3)}</tr>\n"
            i += 1
        else:
            (k2, v2) = kv[i + 1]
            trs += f"<tr style='height:22.0pt'>{td(k, 110)}{td(v, 190)}{td(k2, 110)}{td(v2, 190)}</tr>\n"
            i += 2
    stem = "file:///C:/Users/Public/Documents/export/info"
    html_text = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                 "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
                 "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
                 "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 14\">\n"
                 "<link rel=File-List href=\"info.files/filelist.xml\">\n"
                 "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom>"
                 "<w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]-->\n"
                 "<style>\n<!-- p.MsoNormal {margin:0cm; font-size:10.5pt; font-family:宋体;}\n"
                 "@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
                 "div.WordSection1 {page:WordSection1;} -->\n</style>\n</head>\n"
                 "<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1>\n"
                 "<p class=MsoNormal><span lang=EN-US><img width=120 height=30 src=\"info.files/image001.png\" "
                 "alt=\"科技项目管理系统\"></span></p>\n"
                 f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>"
                 f"{esc(TITLES[fam])}</span></b></p>\n<p class=MsoNormal>&nbsp;</p>\n"
                 "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
                 f"{trs}</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
                 "<p class=MsoNormal>打印时间：2022-07-12 16:20:31</p>\n</div>\n</body>\n</html>\n")
    logo = Image.new("RGB", (240, 60), "white")
    ImageDraw.Draw(logo).rectangle([4, 4, 56, 56], fill=(30, 80, 160))
    buf = io.BytesIO()
    logo.save(buf, "PNG")
    boundary = "----=_NextPart_01D89A2B.5C3E7F10"
    body = quopri.encodestring(html_text.encode("gb2312")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    b64 = base64.encodebytes(buf.getvalue()).replace(b"\n", b"\r\n")
    head = ("MIME-Version: 1.0\r\n"
            f"Content-Type: multipart/related; boundary=\"{boundary}\"\r\n\r\n"
            "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
            f"--{boundary}\r\nContent-Location: {stem}.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n").encode("gb2312")
    tail = (f"\r\n\r\n--{boundary}\r\nContent-Location: {stem}.files/image001.png\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n").encode()
    with open(path, "wb") as f:
        f.write(head + body + tail + b64 + f"\r\n--{boundary}--\r\n".encode())
    return path


def report_pdf(t, fam, path):
    """The information table as a reporting engine prints it from the online system (帆软's and
    JasperReports' way): every cell's four borders drawn as thin filled rectangles, not stroked
    lines; four columns, the long values across three; labels wrapped character by character and
    centred in their narrow cells; each value on one line, its font shrunk until it fits
    (缩小字体填充), centred down its cell; every string its own text object; the print time and the
    page number in the page's corners (ReportLab, embedded TrueType subset)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", TTF, subfontIndex=0))
    kv = [(lab, val) for _, lab, val in facts(t, fam)]
    c = canvas.Canvas(path, pagesize=A4)
    w, h = A4
    c.setFont("WQY", 8)
    c.drawString(40, h - 28, "打印时间：2022-07-12 16:20")
    c.setFont("WQY", 15)
    c.drawCentredString(w / 2, h - 64, TITLES[fam])
    xs = [50, 130, 300, 380, w - 50]
    y = h - 90
    size = 10

    def border(x0, y0, x1, y1):
        for (a, b, cw, ch) in ((x0, y1 - 0.4, x1 - x0, 0.8), (x0, y0 - 0.4, x1 - x0, 0.8),
                               (x0 - 0.4, y0, 0.8, y1 - y0), (x1 - 0.4, y0, 0.8, y1 - y0)):
            c.rect(a, b, cw, ch, stroke=0, fill=1)

    def wrap(s, width):
        lines, cur = [], ""
        for ch in s:
            if pdfmetrics.stringWidth(cur + ch, "WQY", size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur]

    def label(text, x0, x1, top, hgt):
        lines = wrap(text, x1 - x0 - 6)
        first = top - hgt / 2 + (len(lines) - 1) * 6.5 - size * 0.35
        for j, line in enumerate(lines):
            c.setFont("WQY", size)
            c.drawCentredString((x0 + x1) / 2, first - j * 13, line)

    def value(text, x0, x1, top, hgt):
        fs = size
        while fs > 4 and pdfmetrics.stringWidth(text, "WQY", fs) > x1 - x0 - 8:
            fs -= 0.5
        c.setFont("WQY", fs)
        c.drawString(x0 + 4, top - hgt / 2 - fs * 0.35, text)
    i = 0
    while i < len(kv):
        k, v = kv[i]
        pair = i + 1 < len(kv) and len(v) <= 12 and len(kv[i + 1][1]) <= 12
        cells = [(k, v, xs[0], xs[1], xs[2] if pair else xs[4])]
        if pair:
            cells.append((kv[i + 1][0], kv[i + 1][1], xs[2], xs[3], xs[4]))
        hgt = max(26, max(len(wrap(kk, xs[1] - xs[0] - 6)) for kk, *_ in cells) * 13 + 8)
        for kk, vv, a, b, e in cells:
            border(a, y - hgt, b, y)
            border(b, y - hgt, e, y)
            label(kk, a, b, y, hgt)
            value(vv, b, e, y, hgt)
        y -= hgt
        i += 2 if pair else 1
    c.setFont("WQY", 8)
    c.drawRightString(w - 40, 30, "第1页 共1页")
    c.save()
    return path


def chunk_docx(data, name, content_type, path):
    """A DOCX whose body is one w:altChunk of `data` (a whole .docx, or RTF), as document-merging
    libraries (docx4j's MergeDocx, Open XML PowerTools) and web systems write them, the chunk
    left for Word to import when it opens the file; written to `path`, which is returned."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ext = name.rsplit(".", 1)[1]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Default Extension="{ext}" ContentType="{content_type}"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="AltChunkId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="{name}"/>'
                   '</Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
                   '<w:body><w:altChunk r:id="AltChunkId1"/><w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                   '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
                   '</w:sectPr></w:body></w:document>')
        z.writestr("word/" + name, data)
    return path


def altchunk_docx(html_text, path):
    """A DOCX whose body is one w:altChunk: an MHT part holding the HTML, quoted-printable, as
    html-docx-js and other web editors' "export to Word" write it."""
    import quopri
    qp = quopri.encodestring(html_text.encode("utf-8")).decode("ascii")
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type=\"text/html\";\r\n"
           "    boundary=\"----=mhtDocumentPart\"\r\n\r\n\r\n------=mhtDocumentPart\r\n"
           "Content-Type: text/html;\r\n    charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           "Content-Location: file:///C:/fake/document.html\r\n\r\n" + qp.replace("\n", "\r\n") +
           "\r\n\r\n------=mhtDocumentPart--\r\n")
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/afchunk.mht" ContentType="message/rfc822"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.mht"/>'
                   '</Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
                   '<w:body><w:altChunk r:id="htmlChunk"/><w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'
                   '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
                   '</w:sectPr></w:body></w:document>')
        z.writestr("word/afchunk.mht", mht)
    return path


def weasy_pdf(page, path):
    """Render an HTML page with WeasyPrint (its own layout engine, fonts subset as CFF)."""
    from weasyprint import HTML
    HTML(string=page).write_pdf(path)
    return path


def wkhtml_pdf(page, path, work, header=None):
    """Print an HTML page with wkhtmltopdf (Qt WebKit), optionally with the header and page
    footer web systems set on its command line."""
    src = os.path.join(work, "wk.html")
    open(src, "w", encoding="utf-8").write(page)
    cmd = ["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4"]
    if header:
        cmd += ["--header-center", header, "--header-font-size", "8", "--header-font-name", "Noto Sans CJK SC",
                "--footer-center", "第 [page] 页 / 共 [topage] 页", "--footer-font-size", "8",
                "--footer-font-name", "Noto Sans CJK SC"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=work)
    subprocess.run(cmd + [src, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    os.remove(src)
    return path


def info_weasy_html(t, fam):
    """The information table as the online system's page: a CSS grid of label and value (no
    table), the colon after each label generated by CSS, each value over a thin rule; the page's
    header and numbers from @page rules."""
    pairs = "".join(f"<dt>{esc(lab)}</dt><dd>{esc(val)}</dd>" for _, lab, val in facts(t, fam))
    css = ("@page{size:A4;margin:2.5cm 2cm;@top-center{content:'苏州市科技计划项目管理信息系统';font-size:9pt;"
           "color:#666}@bottom-center{content:'第 ' counter(page) ' 页 共 ' counter(pages) ' 页';font-size:9pt}}"
           "body{font-family:'Noto Sans CJK SC';font-size:11pt}h1{font-size:17pt;text-align:center;"
           "margin-bottom:1.2em}dl{display:grid;grid-template-columns:11em 1fr;column-gap:1em;row-gap:.6em;"
           "margin:0}dt{text-align:right;color:#333}dt::after{content:'：'}dd{margin:0;"
           "border-bottom:1px solid #aaa;padding-bottom:2px}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<h1>{esc(TITLES[fam])}</h1><dl>{pairs}</dl>"
            "<p style='margin-top:2em;font-size:9pt;color:#666'>导出时间：2022-07-12 16:20</p></body></html>")


def info_wkhtml_html(t, fam):
    """The information table as the online system's print page: short values two pairs to a row,
    long ones across three cells, label cells shaded, the system's number above the table."""
    kv = [(lab, val) for _, lab, val in facts(t, fam)]
    trs, i = "", 0
    while i < len(kv):
        k, v = kv[i]
        if i + 1 < len(kv) and len(v) <= 14 and len(kv[i + 1][1]) <= 14:
            k2, v2 = kv[i + 1]
            trs += f"<tr><th>{esc(k)}</th><td>{esc(v)}</td><th>{esc(k2)}</th><td>{esc(v2)}</td></tr>"
            i += 2
        else:
            trs += f"<tr><th>{esc(k)}</th><td colspan='3'>{esc(v)}</td></tr>"
            i += 1
    number = "SZKJ2022" + str(random.Random(t["credit_code"] + "wk").randrange(10000, 99999))
    css = ("body{font-family:'Noto Sans CJK SC';font-size:15px}h2{text-align:center;font-size:22px}"
           "table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:7px 8px}"
           "th{background:#e8eef5;font-weight:normal;width:17%;text-align:center}td{width:33%}"
           ".no{text-align:right;font-size:13px;color:#555}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<h2>{esc(TITLES[fam])}</h2><p class='no'>申报编号：{number}</p><table>{trs}</table></body></html>")


def fpdf_new():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    for style in ("", "B"):
        pdf.add_font("wqy", style, TTF, collection_font_number=0)
    return pdf


def fpdf_info(t, fam, path):
    """The information table by fpdf2: a header row of column titles over label/value rows, long
    values wrapped inside their cells."""
    pdf = fpdf_new()
    pdf.add_page()
    pdf.set_font("wqy", size=16)
    pdf.cell(0, 12, TITLES[fam], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("wqy", size=10.5)
    with pdf.table(col_widths=(36, 64), line_height=7, text_align=("CENTER", "LEFT")) as table:
        row = table.row()
        row.cell("填报项目")
        row.cell("填报内容")
        for _, lab, val in facts(t, fam):
            row = table.row()
            row.cell(lab)
            row.cell(val)
    pdf.output(path)
    return path


def fpdf_blocks(blocks, cover, path):
    """A document by fpdf2: the cover (when given) on its own page, then the title, headings,
    paragraphs and list items as wrapped text."""
    pdf = fpdf_new()
    pdf.add_page()
    if cover:
        title, lines, foot = cover
        pdf.ln(40)
        pdf.set_font("wqy", "B", 22)
        for x in title.split("\n"):
            pdf.cell(0, 14, x, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(30)
        pdf.set_font("wqy", size=13)
        for k, v in lines:
            pdf.set_x(45)
            pdf.cell(0, 11, f"{with_colon(k)}{v}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(30)
        for x in foot:
            pdf.cell(0, 10, x, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("wqy", "B", 16)
            pdf.multi_cell(0, 10, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("wqy", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            pdf.set_font("wqy", size=11)
            pdf.set_x(32)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("wqy", size=11)
            pdf.multi_cell(0, 7, "\u3000\u3000" + text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return path


PDFMAKE_RUN = """const PdfPrinter = require('pdfmake'); const fs = require('fs');
const f = [process.argv[4], 'WenQuanYiMicroHei'];
const printer = new PdfPrinter({wqy: {normal: f, bold: f, italics: f, bolditalics: f}});
const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const pdf = printer.createPdfKitDocument(doc);
const out = fs.createWriteStream(process.argv[3]); pdf.pipe(out); pdf.end();
"""


def pdfmake_pdf(doc, path, work):
    """Write a pdfmake document definition to a PDF with node (pdfmake 0.2 from $PDFMAKE_DIR)."""
    src, js = os.path.join(work, "doc.json"), os.path.join(work, "pdfmake_run.js")
    json.dump(doc, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    open(js, "w", encoding="utf-8").write(PDFMAKE_RUN)
    modules = os.path.join(os.environ.get("PDFMAKE_DIR", "/tmp/npm80"), "node_modules")
    subprocess.run(["node", js, src, path, TTF], check=True, env=dict(os.environ, NODE_PATH=modules))
    os.remove(src)
    return path


def pdfmake_info(t, fam):
    """The information table as a web system exports it with pdfmake: 序号 | 信息项 | 填报内容,
    a header row repeated on a new page, only horizontal rules (lightHorizontalLines)."""
    body = [[{"text": h, "bold": True} for h in ("序号", "信息项", "填报内容")]]
    for i, (_, lab, val) in enumerate(facts(t, fam), 1):
        body.append([str(i), lab, val])
    return {"pageSize": "A4", "pageMargins": [50, 60, 50, 60], "defaultStyle": {"font": "wqy", "fontSize": 10.5},
            "footer": {"text": "苏州市科技计划项目管理信息系统", "alignment": "center", "fontSize": 8},
            "content": [{"text": TITLES[fam], "fontSize": 16, "bold": True, "alignment": "center",
                         "margin": [0, 0, 0, 14]},
                        {"table": {"headerRows": 1, "widths": [28, 150, "*"], "body": body},
                         "layout": "lightHorizontalLines"}]}


def pdfmake_blocks(blocks, cover):
    content = []
    if cover:
        title, lines, foot = cover
        content.append({"text": "\n" * 6})
        content += [{"text": x, "fontSize": 22, "bold": True, "alignment": "center"} for x in title.split("\n")]
        content.append({"text": "\n" * 5})
        content += [{"text": f"{with_colon(k)}{v}", "fontSize": 13, "margin": [60, 6, 0, 6]}
                    for k, v in lines]
        content.append({"text": "\n" * 5})
        content += [{"text": x, "alignment": "center", "fontSize": 13} for x in foot]
        if blocks:
            content[-1]["pageBreak"] = "after"
    for kind, text in blocks:
        if kind == "title":
            content.append({"text": text, "fontSize": 16, "bold": True, "alignment": "center", "margin": [0, 0, 0, 10]})
        elif kind == "h":
            content.append({"text": text, "fontSize": 12, "bold": True, "margin": [0, 8, 0, 4]})
        elif kind == "item":
            content.append({"text": text, "margin": [20, 0, 0, 3]})
        else:
            content.append({"text": text, "leadingIndent": 21, "margin": [0, 0, 0, 4]})
    return {"pageSize": "A4", "pageMargins": [60, 60, 60, 60], "defaultStyle": {"font": "wqy", "fontSize": 10.5,
                                                                               "lineHeight": 1.3},
            "content": content}


def mupdf_font(text, work):
    """The TrueType face of TTF cut down to the characters of `text` (and ASCII), as a web font
    is: MuPDF embeds the whole file it is given."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection
    full = os.path.join(work, "wqy_full.ttf")
    if not os.path.exists(full):
        TTCollection(TTF).fonts[0].save(full)
    out = os.path.join(work, "wqy_sub.ttf")
    opts = subset.Options()
    opts.name_IDs = ["*"]
    font = subset.load_font(full, opts)
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(set(text) | {chr(c) for c in range(32, 127)} | set("：（）、，。；"))))
    sub.subset(font)
    subset.save_font(font, out, opts)
    return out


def mupdf_pdf(page, path, work):
    """Lay out an XHTML page with MuPDF (mutool convert), its font given by @font-face."""
    font = mupdf_font(page, work)
    src = os.path.join(work, "page.xhtml")
    open(src, "w", encoding="utf-8").write(page.replace("%FONT%", font))
    subprocess.run(["mutool", "convert", "-F", "pdf", "-O", "compress", "-o", path, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


MUPDF_CSS = ("@font-face{font-family:'WQY';src:url('%FONT%')} @page{margin:2.2cm 2cm}"
             "body{font-family:'WQY';font-size:11pt} h1{font-size:17pt;text-align:center} h2{font-size:13pt}"
             "table{width:100%} td{padding:4px}"
             "td.k{width:32%;text-align:right}")


def xhtml_page(body):
    return ("<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<meta charset='utf-8'/><style>{MUPDF_CSS}</style></head><body>{body}</body></html>")


def info_mupdf_xhtml(t, fam):
    """The information table laid out by MuPDF: an unruled table (MuPDF draws cell borders
    through the text of rows that wrap), labels right-aligned with their colons, the value beside
    each."""
    trs = "".join(f"<tr><td class='k'>{esc(lab)}：</td><td>{esc(val)}</td></tr>" for _, lab, val in facts(t, fam))
    return xhtml_page(f"<h1>{esc(TITLES[fam])}</h1><table>{trs}</table>"
                      "<p style='font-size:9pt'>填表日期：2022年7月</p>")


def blocks_xhtml(blocks, cover, page=None):
    out = ""
    if cover:
        title, lines, foot = cover
        out += "<div style='page-break-after:always'><p>&#160;</p><p>&#160;</p>"
        out += "".join(f"<h1>{esc(x)}</h1>" for x in title.split("\n")) + "<p>&#160;</p><p>&#160;</p>"
        out += "".join(f"<p style='margin-left:2cm;font-size:13pt'>{esc(with_colon(k))}{esc(v)}</p>"
                       for k, v in lines)
        out += "<p>&#160;</p>" + "".join(f"<p style='text-align:center'>{esc(x)}</p>" for x in foot) + "</div>"
    for kind, text in blocks:
        if kind == "title":
            out += f"<h1>{esc(text)}</h1>"
        elif kind == "h":
            out += f"<h2>{esc(text)}</h2>"
        elif kind == "item":
            out += f"<p style='margin-left:1cm'>{esc(text)}</p>"
        else:
            out += f"<p style='text-indent:2em'>{esc(text)}</p>"
    return (page or xhtml_page)(out)


FOP_CONF = f"""<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts>
<font kerning="yes" embed-url="file://{TTF}" sub-font="WenQuanYi Micro Hei" embedding-mode="subset">
<font-triplet name="WQY" style="normal" weight="normal"/><font-triplet name="WQY" style="normal" weight="bold"/></font>
</fonts></renderer></renderers></fop>"""


def fo_page(flow):
    return ('<?xml version="1.0" encoding="utf-8"?><fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">'
            '<fo:layout-master-set><fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" '
            'margin="18mm 20mm"><fo:region-body margin-bottom="12mm"/><fo:region-after extent="10mm"/>'
            '</fo:simple-page-master></fo:layout-master-set><fo:page-sequence master-reference="A4">'
            '<fo:static-content flow-name="xsl-region-after"><fo:block text-align="center" font-family="WQY" '
            'font-size="8pt">第 <fo:page-number/> 页</fo:block></fo:static-content>'
            f'<fo:flow flow-name="xsl-region-body" font-family="WQY" font-size="11pt">{flow}</fo:flow>'
            '</fo:page-sequence></fo:root>')


def fop_pdf(fo, path, work):
    """Format an XSL-FO document with Apache FOP, the CJK font embedded as a subset."""
    conf, src = os.path.join(work, "fop.xconf"), os.path.join(work, "doc.fo")
    open(conf, "w", encoding="utf-8").write(FOP_CONF)
    open(src, "w", encoding="utf-8").write(fo)
    subprocess.run(["fop", "-q", "-c", conf, "-fo", src, "-pdf", path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def fo_cell(text, header=False):
    bg = ' background-color="#dddddd" font-weight="bold"' if header else ""
    return (f'<fo:table-cell border="solid 0.5pt black" padding="3pt"{bg}><fo:block>{esc(text)}</fo:block>'
            '</fo:table-cell>')


def fo_info(t, fam):
    """The information table through XSL-FO: numbered labels, a header row (栏目 | 内容) that
    FOP repeats on every page the table runs to."""
    rows = "".join(f"<fo:table-row>{fo_cell(f'{i}. {lab}')}{fo_cell(val)}</fo:table-row>"
                   for i, (_, lab, val) in enumerate(facts(t, fam), 1))
    head = f"<fo:table-header><fo:table-row>{fo_cell('栏目', True)}{fo_cell('内容', True)}</fo:table-row></fo:table-header>"
    return fo_page(f'<fo:block font-size="16pt" font-weight="bold" text-align="center" space-after="10pt">'
                   f'{esc(TITLES[fam])}</fo:block><fo:table table-layout="fixed" width="100%" border-collapse="collapse">'
                   '<fo:table-column column-width="55mm"/><fo:table-column column-width="115mm"/>'
                   f'{head}<fo:table-body>{rows}</fo:table-body></fo:table>')


def fo_blocks(blocks, cover):
    out = ""
    if cover:
        title, lines, foot = cover
        out += '<fo:block space-before="60mm"/>'
        out += "".join(f'<fo:block font-size="22pt" font-weight="bold" text-align="center">{esc(x)}</fo:block>'
                       for x in title.split("\n"))
        out += '<fo:block space-before="40mm"/>'
        out += "".join(f'<fo:block font-size="13pt" start-indent="30mm" space-after="8pt">{esc(with_colon(k))}'
                       f"{esc(v)}</fo:block>" for k, v in lines)
        out += '<fo:block space-before="30mm"/>'
        out += "".join(f'<fo:block text-align="center" font-size="13pt">{esc(x)}</fo:block>' for x in foot)
        if blocks:
            out += '<fo:block break-after="page"/>'
    for kind, text in blocks:
        if kind == "title":
            out += f'<fo:block font-size="16pt" font-weight="bold" text-align="center" space-after="8pt">{esc(text)}</fo:block>'
        elif kind == "h":
            out += f'<fo:block font-size="12pt" font-weight="bold" space-before="6pt" space-after="3pt">{esc(text)}</fo:block>'
        elif kind == "item":
            out += f'<fo:block start-indent="8mm" space-after="2pt">{esc(text)}</fo:block>'
        else:
            out += f'<fo:block text-indent="2em" space-after="3pt" line-height="1.4">{esc(text)}</fo:block>'
    return fo_page(out)


NODE_WRITERS = r"""const fs = require('fs');
const [what, src, out, ttf] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));
function jspdfNew() {
  const { jsPDF } = require('jspdf'); require('jspdf-autotable');
  const doc = new jsPDF({unit: 'pt', format: 'a4'});
  doc.addFileToVFS('wqy.ttf', fs.readFileSync(ttf).toString('base64'));
  doc.addFont('wqy.ttf', 'wqy', 'normal');  // the regular face only, as web pages register it
  doc.setFont('wqy');
  return doc;
}
function jspdfSave(doc) { fs.writeFileSync(out, Buffer.from(doc.output('arraybuffer'))); }
function jspdfLines(doc, text, size, x, y, width, align) {
  doc.setFontSize(size);
  for (const line of doc.splitTextToSize(text, width)) {
    if (y > 780) { doc.addPage(); y = 70; }
    if (align === 'center') doc.text(line, 297.6, y, {align: 'center'}); else doc.text(line, x, y);
    y += size * 1.6;
  }
  return y;
}
function docxSave(children) {
  const { Document, Packer } = require('docx');
  const doc = new Document({sections: [{children}]});
  return Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
}
function run(text, opts) {
  const { TextRun } = require('docx');
  return new TextRun(Object.assign({text, font: {eastAsia: '宋体'}}, opts || {}));
}
function para(text, opts, popts) {
  const { Paragraph } = require('docx');
  return new Paragraph(Object.assign({children: [run(text, opts)]}, popts || {}));
}
function docxCover(cover) {
  const { AlignmentType, PageBreak, Paragraph } = require('docx');
  const [title, lines, foot] = cover;
  const out = [para(''), para(''), para('')];
  for (const x of title.split('\n')) out.push(para(x, {bold: true, size: 44}, {alignment: AlignmentType.CENTER}));
  out.push(para(''), para(''));
  for (const [k, v] of lines) out.push(para(k + (k.endsWith('：') ? '' : '：') + v, {size: 28}, {indent: {left: 1200}}));
  out.push(para(''));
  for (const x of foot) out.push(para(x, {size: 28}, {alignment: AlignmentType.CENTER}));
  out.push(new Paragraph({children: [new PageBreak()]}));
  return out;
}
const writers = {
  jspdf_info() {
    const doc = jspdfNew();
    doc.setFontSize(16); doc.text(data.title, 297.6, 60, {align: 'center'});
    doc.autoTable({startY: 80, theme: 'grid', head: [['字段', '内容']], body: data.rows,
                   styles: {font: 'wqy', fontSize: 10.5}, columnStyles: {0: {cellWidth: 150}}});
    jspdfSave(doc);
  },
  jspdf_blocks() {
    const doc = jspdfNew();
    let y = 70;
    if (data.cover) {
      const [title, lines, foot] = data.cover;
      y = 200;
      for (const x of title.split('\n')) y = jspdfLines(doc, x, 22, 70, y, 460, 'center');
      y += 80;
      for (const [k, v] of lines) y = jspdfLines(doc, k + (k.endsWith('：') ? '' : '：') + v, 13, 120, y, 400);
      y += 60;
      for (const x of foot) y = jspdfLines(doc, x, 13, 70, y, 460, 'center');
      if (data.blocks.length) { doc.addPage(); y = 70; }
    }
    for (const [kind, text] of data.blocks) {
      if (kind === 'title') y = jspdfLines(doc, text, 16, 70, y, 455, 'center') + 6;
      else if (kind === 'h') y = jspdfLines(doc, text, 12, 70, y + 4, 455);
      else if (kind === 'item') y = jspdfLines(doc, text, 10.5, 92, y, 433);
      else y = jspdfLines(doc, '\u3000\u3000' + text, 10.5, 70, y, 455);
    }
    jspdfSave(doc);
  },
  docx_info() {
    const { Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');
    const cell = (t, w) => new TableCell({width: {size: w, type: WidthType.PERCENTAGE}, children: [para(t)]});
    const rows = [];
    const kv = data.rows;
    for (let i = 0; i < kv.length;) {
      const [k, v] = kv[i];
      if (i + 1 < kv.length && v.length <= 12 && kv[i + 1][1].length <= 12) {
        rows.push(new TableRow({children: [cell(k, 20), cell(v, 30), cell(kv[i + 1][0], 20), cell(kv[i + 1][1], 30)]}));
        i += 2;
      } else {
        rows.push(new TableRow({children: [cell(k, 20), new TableCell({width: {size: 80, type: WidthType.PERCENTAGE},
                                                                         columnSpan: 3, children: [para(v)]})]}));
        i += 1;
      }
    }
    return docxSave([para(data.title, {bold: true, size: 32}, {alignment: AlignmentType.CENTER}), para(''),
                     new Table({rows, width: {size: 100, type: WidthType.PERCENTAGE}})]);
  },
  docx_blocks() {
    const { AlignmentType } = require('docx');
    const out = data.cover ? docxCover(data.cover) : [];
    for (const [kind, text] of data.blocks) {
      if (kind === 'title') out.push(para(text, {bold: true, size: 32}, {alignment: AlignmentType.CENTER}));
      else if (kind === 'h') out.push(para(text, {bold: true, size: 24}));
      else if (kind === 'item') out.push(para(text, {}, {indent: {left: 420}}));
      else out.push(para(text, {}, {indent: {firstLine: 420}}));
    }
    return docxSave(out);
  },
};
Promise.resolve(writers[what]()).catch(e => { console.error(e); process.exit(1); });
"""


def node_write(what, data, path, work):
    """Write a document with a JavaScript library web back ends use (jsPDF with autoTable, or
    the docx package), from $PDFMAKE_DIR's node_modules; jsPDF is given the TrueType face."""
    src, js = os.path.join(work, "data.json"), os.path.join(work, "node_writers.js")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    open(js, "w", encoding="utf-8").write(NODE_WRITERS)
    ttf = os.path.join(work, "wqy_full.ttf")
    if not os.path.exists(ttf):
        from fontTools.ttLib import TTCollection
        TTCollection(TTF).fonts[0].save(ttf)
    # jsPDF embeds the whole font it is given: a web page ships the characters it needs.
    font = mupdf_font(json.dumps(data, ensure_ascii=False), work) if what.startswith("jspdf") else ttf
    modules = os.path.join(os.environ.get("PDFMAKE_DIR", "/tmp/npm80"), "node_modules")
    subprocess.run(["node", js, what, src, path, font], check=True, env=dict(os.environ, NODE_PATH=modules))
    os.remove(src)
    return path


def draw_roundtrip(path, work):
    """Open a PDF in LibreOffice Draw (its PDF import: each line a text box) and export it
    again, as someone does who puts a value right in a PDF without the source file."""
    out = os.path.join(work, "draw")
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(work, "edit.pdf")
    shutil.copy(path, tmp)
    subprocess.run(["soffice", "--headless", "--infilter=draw_pdf_import", "--convert-to", "pdf:draw_pdf_Export",
                    "--outdir", out, tmp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, HOME=work))
    shutil.move(os.path.join(out, "edit.pdf"), path)
    os.remove(tmp)
    return path


def php_pdf(writer, page, path, work):
    """Write a PDF from an HTML page with a PHP library, as PHP back ends export: TCPDF's
    writeHTML (php/tcpdf_write.php) or dompdf (php/dompdf_write.php); their converted fonts
    kept in one directory beside the packages' work directories."""
    src = os.path.join(work, "php_page.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    fonts = os.path.join(os.path.dirname(os.path.abspath(work)), f"{writer}_fonts")
    subprocess.run(["php", os.path.join(HERE, "php", f"{writer}_write.php"), os.path.abspath(src),
                    os.path.abspath(path), fonts], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def tcpdf_info_html(t, fam):
    """The information table as a PHP back end hands it to TCPDF's writeHTML: four columns
    (label, value, label, value), the labels shaded and bold, a long value's cell across the
    three columns after its label; the export time under the table."""
    r = random.Random(t["credit_code"] + fam)
    long_fields = ("project_name", "applicant", "partners", "period")
    rows, held = [], None

    def pair(lab, val, span=False):
        cell = f'<td width="18%" bgcolor="#EEEEEE"><b>{esc(lab)}</b></td>'
        if span:
            return cell + f'<td width="82%" colspan="3">{esc(val)}</td>'
        return cell + f'<td width="32%">{esc(val)}</td>'
    for f, lab, val in facts(t, fam):
        if f in long_fields or len(val) > 14:
            if held:
                rows.append(pair(*held, span=True))
                held = None
            rows.append(pair(lab, val, span=True))
        elif held:
            rows.append(pair(*held) + pair(lab, val))
            held = None
        else:
            held = (lab, val)
    if held:
        rows.append(pair(*held, span=True))
    trs = "".join(f"<tr>{x}</tr>" for x in rows)
    stamp = f"2022-06-{r.randrange(10, 28)} {r.randrange(8, 18)}:{r.randrange(10, 59)}:{r.randrange(10, 59)}"
    return mp.html_page(f'<h1>{TITLES[fam]}</h1><table border="1" cellpadding="4" cellspacing="0" width="100%">'
                        f'{trs}</table><p style="font-size:9pt">导出时间：{stamp}</p>')


def ops_tsv(ops, path):
    """Write a Java writer's instruction lines (java/*.java): one op a line, its fields
    tab-separated, tabs and line breaks inside them made spaces."""
    with open(path, "w", encoding="utf-8") as f:
        for op in ops:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in op) + "\n")
    return path


def java_classes(cls, jars, work):
    """The directory holding java/`cls`.java compiled on the class path `jars` (into the work
    directory, on first use)."""
    classes = os.path.join(work, "classes")
    if not os.path.exists(os.path.join(classes, cls + ".class")):
        os.makedirs(classes, exist_ok=True)
        subprocess.run(["javac", "-cp", jars, "-d", classes, os.path.join(HERE, "java", cls + ".java")], check=True)
    return classes


def java_write(cls, jars, ops, path, work, *args):
    """Run the Java writer java/`cls`.java (java_classes) on the instruction lines `ops`,
    writing `path`; `args` follow."""
    classes = java_classes(cls, jars, work)
    src = ops_tsv(ops, os.path.join(work, cls + ".tsv"))
    subprocess.run(["java", "-cp", f"{classes}:{jars}", cls, src, path, *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


ITEXT_RTF_JARS = "/usr/share/java/itext.jar:/usr/share/java/itext-rtf.jar"


FS_CSS = ("@page { size: A4; margin: 22mm 20mm; @bottom-center { content: '第 ' counter(page) ' 页'; "
          "font-family: 'AR PL SungtiL GB'; font-size: 9pt; } } "
          "body { font-family: 'AR PL SungtiL GB'; font-size: 10.5pt; line-height: 1.6; } "
          "h1 { text-align: center; font-size: 16pt; } h2 { font-size: 12pt; margin: 8pt 0 4pt 0; } "
          "p { margin: 2pt 0; } table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; } "
          "td, th { border: 0.5pt solid #333; padding: 4pt 5pt; } th { background: #e8e8e8; } "
          "td.k { background: #f4f4f4; width: 20%; }")


def fs_page(body):
    """An XHTML page as a Java back end's template for Flying Saucer has it (FS_CSS)."""
    return ("<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<style>{FS_CSS}</style></head><body>{body}</body></html>")


def fs_info(t, fam):
    """flyingsaucer's information table: a header row 项目 / 内容 / 项目 / 内容 (repeated on
    each page), two pairs a row, the long values across three columns."""
    trs = ""
    for op in pair_ops(t, fam, lambda f, lab, val: (lab, val)):
        if op[0] == "wide":
            trs += f"<tr><td class='k'>{esc(op[1])}</td><td colspan='3'>{esc(op[2])}</td></tr>"
        else:
            trs += (f"<tr><td class='k'>{esc(op[1])}</td><td>{esc(op[2])}</td>"
                    f"<td class='k'>{esc(op[3])}</td><td>{esc(op[4])}</td></tr>")
    return fs_page(f"<h1>{esc(TITLES[fam])}</h1><table><thead><tr><th>项目</th><th>内容</th><th>项目</th>"
                   f"<th>内容</th></tr></thead><tbody>{trs}</tbody></table>"
                   "<p style='font-size:9pt'>注：本表由系统根据网上填报内容生成，金额单位为万元。</p>")


FS_JARS = "/usr/share/java/core-renderer.jar:/usr/share/java/itext.jar"


def pyfpdf_pdf(ops, path, work):
    """Write a PDF with PyFPDF 1.7.2 through python/pyfpdf_write.py, run on $PYFPDF_DIR (the
    old package shares fpdf2's module name), AR PL SungtiL GB embedded; `ops` are
    itext_blocks' lines or the information table's title / row / note lines."""
    return ops_run([sys.executable, os.path.join(HERE, "python", "pyfpdf_write.py")], ops, path, work, "pyfpdf",
                   SONG_TTF, env=dict(os.environ, PYTHONPATH=os.environ.get("PYFPDF_DIR", "/tmp/py110")))


XMLWORKER_JARS = "/usr/share/java/itext5.jar:/usr/share/java/itext5-xmlworker.jar"
XMLWORKER_CSS = ("body { font-family: SimSun; font-size: 10.5pt; } h1 { text-align: center; font-size: 16pt; } "
                 "h2 { font-size: 12pt; } table { width: 100%; border-collapse: collapse; } "
                 "td { border: 0.5pt solid #333333; padding: 4pt; } td.k { background-color: #EEEEEE; }")


def xmlworker_page(body):
    """An XHTML page as a Java back end's template for XMLWorker has it (XMLWORKER_CSS)."""
    return ("<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<style>{XMLWORKER_CSS}</style></head><body>{body}</body></html>")


def xmlworker_info(t, fam):
    """xmlworker's information table: four ruled columns, two pairs a row, the long values
    spanning three columns."""
    trs = ""
    for op in pair_ops(t, fam, lambda f, lab, val: (lab, val)):
        if op[0] == "wide":
            trs += f"<tr><td class='k' width='18%'>{esc(op[1])}</td><td colspan='3'>{esc(op[2])}</td></tr>"
        else:
            trs += (f"<tr><td class='k' width='18%'>{esc(op[1])}</td><td width='32%'>{esc(op[2])}</td>"
                    f"<td class='k' width='18%'>{esc(op[3])}</td><td width='32%'>{esc(op[4])}</td></tr>")
    return xmlworker_page(f"<h1>{esc(TITLES[fam])}</h1><table>{trs}</table>"
                          "<p style='font-size:9pt'>注：本表由申报系统生成，金额单位为万元。</p>")


def xmlworker_pdf(xhtml, path, work):
    """Render an XHTML page to `path` with iText 5's XMLWorker through java/XmlWorkerWrite.java
    (java_classes), AR PL SungtiL GB embedded."""
    classes = java_classes("XmlWorkerWrite", XMLWORKER_JARS, work)
    src = os.path.join(work, "xmlworker.xhtml")
    open(src, "w", encoding="utf-8").write(xhtml)
    subprocess.run(["java", "-cp", f"{classes}:{XMLWORKER_JARS}", "XmlWorkerWrite", src, path, SONG_TTF],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def pyexcelerate_info(t, fam, path):
    """pyexcelerate's information table (.xlsx, every string inline): the title merged over two
    columns, the labels bold, the amounts numbers, a note under the table."""
    from pyexcelerate import Workbook, Style, Font
    raw = amounts(t)
    rows = [[TITLES[fam], None]] + [[lab, raw.get(f, val)] for f, lab, val in facts(t, fam)]
    rows += [[None, None], ["说明：带*号为必填项，金额单位为万元。", None]]
    wb = Workbook()
    ws = wb.new_sheet("申报信息", data=rows)
    ws.range("A1", "B1").merge()
    ws.set_cell_style(1, 1, Style(font=Font(bold=True, size=16)))
    for r in range(2, len(rows) - 1):
        ws.set_cell_style(r, 1, Style(font=Font(bold=True)))
    wb.save(path)
    return path


# The headings jxl's information table puts GOXLSX_SECTIONS' fields under.
JXL_HEADINGS = ["一、项目概况", "二、承担单位", "三、项目负责人", "四、经费预算"]


def pylightxl_info(t, fam, path):
    """pylightxl's information table (.xlsx with no styles part and no merged cells): the title
    in A1, two label / value pairs a row, a long value in B with C and D left empty, the amounts
    numbers, a note under the table."""
    import pylightxl as xl
    money = amounts(t)
    db = xl.Database()
    db.add_ws(ws="Sheet1")
    ws = db.ws(ws="Sheet1")
    ws.update_index(row=1, col=1, val=TITLES[fam])
    r = 2
    for op in pair_ops(t, fam, lambda f, lab, val: (lab, money.get(f, val))):
        for c, v in enumerate(op[1:], 1):
            ws.update_index(row=r, col=c, val=v)
        r += 1
    ws.update_index(row=r + 1, col=1, val="说明：本表由系统导出，金额单位为万元。")
    xl.writexl(db=db, fn=path)
    return path


def ezodf_info(t, fam, path):
    """ezodf's information table (.ods on ezodf's own template): a title spanning both columns,
    label | value rows, the amounts float cells, a note under the table."""
    import ezodf
    money = amounts(t)
    rows = facts(t, fam)
    doc = ezodf.newdoc(doctype="ods", filename=path)
    sheet = ezodf.Sheet("项目申报表", size=(len(rows) + 4, 2))
    doc.sheets += sheet
    sheet[0, 0].set_value(TITLES[fam])
    sheet.set_cell_span((0, 0), (1, 2))
    for i, (f, lab, val) in enumerate(rows, 1):
        sheet[i, 0].set_value(lab)
        sheet[i, 1].set_value(float(money[f]) if f in money else val)
    sheet[len(rows) + 2, 0].set_value("注：本表须与申报书一致，金额单位为万元。")
    doc.save()
    return path


def xlpop_ops(t, fam):
    """xlpop's information table as node/xlsxpopulate_write.js's ops: section rows, the name,
    the applicant, its code and the partners a wide row each, start and end as dates on one
    row, the other fields two pairs a row (an odd one out a wide row), the amounts numbers."""
    rows = {f: (lab, val) for f, lab, val in facts(t, fam)}
    money = amounts(t)
    ops = []
    for heading, fields in GOXLSX_SECTIONS:
        ops.append(["section", heading])
        pending = []
        for f in (f for f in fields if f in rows):
            lab, val = rows[f]
            if f in ("project_name", "applicant", "credit_code", "partners"):
                ops.append(["wide", lab, val])
            elif f == "start":
                ops.append(["dates", lab, val] + list(rows["end"]))
            elif f != "end":
                pending += [lab, money.get(f, val)]
                if len(pending) == 4:
                    ops.append(["pair2"] + pending)
                    pending = []
        if pending:
            ops.append(["wide"] + pending)
    return ops + [["note", "注：本表由申报系统导出，金额单位为万元。"]]


# The form's hint beside each field of e4n's information table (its 填写说明 column).
E4N_HINTS = {"project_name": "必填，不超过25个字", "guide_code": "按申报指南填写6位代码", "applicant": "与营业执照一致",
             "credit_code": "18位", "type": "企业 / 高校 / 科研院所", "leader": "必填", "phone": "手机号码",
             "zone": "不在高新区的填“无”", "partners": "没有的填“无”", "period": "格式：X年X月—X年X月",
             "total": "单位：元", "municipal": "单位：元"}


def e4n_rows(t, fam):
    """e4n's information table as node/excel4node_write.js's rows: label, value and the form's
    hint for each field, the amounts numbers in 元."""
    money = amounts(t)
    return [[lab, round(money[f] * 10000, 2) if f in money else val, E4N_HINTS.get(f, "")]
            for f, lab, val in facts(t, fam)]


def pdfkit_pdf(what, data, path, work):
    """A PDF by PDFKit through node/pdfkit_write.js ("info": title, rows, note; "blocks":
    blocks, cover), AR PL SungtiL GB subset and embedded, from $PDFKIT_DIR's node_modules."""
    src = os.path.join(work, "pdfkit.json")
    json.dump(data, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    return node_script("pdfkit_write.js", [what, src, path, SONG_TTF], src, path, dir_var="PDFKIT_DIR",
                       default_dir="/tmp/npm124")


# xlsxtpl's template: its sections, each a list of rows of fields (one field a wide row).
XLSXTPL_SECTIONS = [("一、项目基本信息", [["project_name"], ["guide_code", "type"], ["applicant"], ["credit_code"],
                                         ["status", "zone"], ["leader", "phone"], ["department"], ["partners"]]),
                    ("二、实施期限与经费", [["start", "end"], ["total", "municipal"]])]


def xlsxtpl_info(t, fam, path, work):
    """xlsxtpl's information table: a template workbook written by openpyxl and saved by
    LibreOffice Calc (a merged title,
    section rows merged across on grey, four columns of label / ${placeholder} cells, a wide
    field's placeholder merged over three columns; the start and end cells formatted
    yyyy"年"m"月", the amounts 0.00), filled by xlsx-template with the package's values (the
    dates given as dates, the amounts as numbers)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    rows = {f: (lab, val) for f, lab, val in facts(t, fam)}
    money = amounts(t)
    wb = Workbook()
    ws = wb.active
    ws.title = "申报信息"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for c, w in zip("ABCD", (18, 30, 18, 30)):
        ws.column_dimensions[c].width = w
    ws.append([TITLES[fam]])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    values = {}
    for heading, lines in XLSXTPL_SECTIONS:
        ws.append([heading])
        r = ws.max_row
        ws.merge_cells(f"A{r}:D{r}")
        ws[f"A{r}"].fill = grey
        ws[f"A{r}"].font = Font(bold=True)
        for line in lines:
            fields = [f for f in line if f in rows]
            if not fields:
                continue
            cells = []
            for f in fields:
                cells += [rows[f][0], "${" + f + "}"]
                val = rows[f][1]
                if f in money:
                    values[f] = money[f]
                elif f in ("start", "end"):
                    values[f] = {"date": val + "-01"}
                else:
                    values[f] = val
            ws.append(cells)
            r = ws.max_row
            if len(fields) == 1:
                ws.merge_cells(f"B{r}:D{r}")
            for c in range(1, 5):
                cell = ws.cell(row=r, column=c)
                cell.border = box
                cell.alignment = Alignment(vertical="center", wrap_text=True)
                if c % 2 == 1:
                    cell.font = Font(bold=True)
            for k, f in enumerate(fields):
                cell = ws.cell(row=r, column=2 + 2 * k)
                if f in ("start", "end"):
                    cell.number_format = 'yyyy"年"m"月"'
                elif f in money:
                    cell.number_format = "0.00"
    ws.append([])
    ws.append(["填表说明：金额单位为万元；本表由申报系统导出，请勿修改格式。"])
    # The template as a spreadsheet program saves it (xlsx-template needs the shared strings
    # part, which openpyxl does not write): openpyxl's workbook saved again by LibreOffice Calc.
    drafts = os.path.join(work, "xlsxtpl_draft")
    os.makedirs(drafts, exist_ok=True)
    draft = os.path.join(drafts, "xlsxtpl_template.xlsx")
    wb.save(draft)
    mp.soffice([draft], "xlsx:Calc MS Excel 2007 XML", work)
    shutil.rmtree(drafts)
    tpl = os.path.join(work, "xlsxtpl_template.xlsx")
    src = os.path.join(work, "xlsxtpl.json")
    json.dump(values, open(src, "w", encoding="utf-8"), ensure_ascii=False)
    node_script("xlsxtemplate_write.js", [tpl, src, path], src, path, dir_var="PDFKIT_DIR", default_dir="/tmp/npm124")
    os.remove(tpl)
    return path


def umya_ops(t, fam):
    """umya's information table as rust/'s rs_write xlsx lines: the title, then pair_ops' grid;
    the amounts number cells whose format carries the unit (per package 万元, or the sum in
    元), the start and the end day serial numbers shown yyyy"年"m"月"."""
    import datetime
    money = amounts(t)
    yuan = random.Random(t["credit_code"] + fam).random() < 0.5

    def cell(f, lab, val):
        if f in money:
            val = f'#n|#,##0"元"|{round(money[f] * 10000)}' if yuan else f'#n|#,##0.00"万元"|{money[f]}'
        elif f in ("start", "end"):
            y, m = (int(x) for x in val.split("-"))
            val = f'#n|yyyy"年"m"月"|{(datetime.date(y, m, 1) - datetime.date(1899, 12, 30)).days}'
        return (lab, val)
    return [("title", TITLES[fam])] + pair_ops(t, fam, cell)


def lxw_ops(t, fam):
    """lxw's information table as c/xlsxwriter_write.c's lines: section rows, the name, the
    applicant, its code and the partners a wide row each, the start and the end date cells on
    one row, the other fields two pairs a row (an odd one out a wide row)."""
    rows = {f: (lab, val) for f, lab, val in facts(t, fam)}
    ops = [("title", TITLES[fam])]
    for heading, fields in GOXLSX_SECTIONS:
        ops.append(("section", heading))
        pending = []
        for f in (f for f in fields if f in rows):
            lab, val = rows[f]
            if f in ("project_name", "applicant", "credit_code", "partners"):
                ops.append(("wide", lab, val))
            elif f in ("start", "end"):
                ops.append(("date", lab, val))
            else:
                pending.append((lab, val))
                if len(pending) == 2:
                    ops.append(("pair2",) + pending[0] + pending[1])
                    pending = []
        if pending:
            ops.append(("wide",) + pending[0])
    return ops + [("note", "注：本表由申报系统导出，金额单位为万元。")]


def jxl_ops(t, fam):
    """jxl's information table as java/JxlWrite.java's lines: section rows, each section's
    fields, the start and the end as dates, the amounts as numbers."""
    rows = {f: (lab, val) for f, lab, val in facts(t, fam)}
    raw = amounts(t)
    ops = [("title", TITLES[fam])]
    for heading, (_, fields) in zip(JXL_HEADINGS, GOXLSX_SECTIONS):
        ops.append(("section", heading))
        for f in (f for f in fields if f in rows):
            lab, val = rows[f]
            ops.append(("num", lab, str(raw[f])) if f in raw else
                       ("date", lab, val) if f in ("start", "end") else ("row", lab, val))
    return ops + [("note", "说明：本表由系统导出，日期精确到月，金额单位为万元。")]


# The Apache ODF Toolkit and what it needs on Debian (libodfdom-java's dependencies).
ODFDOM_JARS = ":".join("/usr/share/java/" + j + ".jar" for j in (
    "odfdom-java", "xercesImpl", "commons-validator", "jena-core", "jena-iri", "jena-base", "java-rdfa", "slf4j-api",
    "commons-lang3"))


def perlxlsx_ops(t, fam):
    """perlxlsx's information table as perl/xlsx_write.pl's lines: the type a drop-down, the two
    amounts numbers with the self-raised part (自筹资金) after them, the total a formula adding
    the municipal funding and that part."""
    own = "自筹资金（万元）"
    rows = facts(t, fam)
    keys = {f for f, _, _ in rows}
    ops = [("title", TITLES[fam])]
    for f, lab, val in rows:
        if f == "total" and "municipal" in keys:
            muni = next(lab2 for f2, lab2, _ in rows if f2 == "municipal")
            ops.append(("sum", lab, muni, own))
        elif f == "total":
            ops.append(("num", lab, str(t["total_budget_wan"])))
        elif f == "municipal":
            ops.append(("num", lab, str(t["municipal_funding_wan"])))
            if "total" in keys:
                ops.append(("num", own, str(round(t["total_budget_wan"] - t["municipal_funding_wan"], 2))))
        elif f == "type":
            choices = ["企业", "高等院校", "科研院所", "其他"]
            ops.append(("list", lab, val, "|".join(choices if val in choices else choices + [val])))
        else:
            ops.append(("row", lab, val))
    return ops + [("note", "注：金额单位为万元；项目总投资由系统自动计算。")]


def qt_write(ops, path, work):
    """Write a PDF (Qt's PDF engine) or an OpenDocument text (Qt's ODF writer), as `path` ends,
    with PyQt5 through python/qt_write.py, run by Debian's Python (python3-pyqt5) off screen;
    `ops` are itext_blocks' lines or the information table's title / head / row / wide / pair2 /
    note lines."""
    return ops_run(["/usr/bin/python3", os.path.join(HERE, "python", "qt_write.py")], ops, path, work, "qt",
                   SONG_TTF, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=work))


def xlwt_info(t, fam, path):
    """xlwt's information table (.xls, BIFF8): the title merged over three columns, a header
    row 序号 / 填报项 / 填报内容, the fields numbered, the amounts as numbers shown 0.00."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("项目信息")
    title = xlwt.easyxf("font: name 黑体, height 320, bold on; align: horiz center, vert center")
    head = xlwt.easyxf("font: name 宋体, bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: horiz center")
    cell = xlwt.easyxf("font: name 宋体; borders: left thin, right thin, top thin, bottom thin; "
                       "align: wrap on, vert center")
    money = xlwt.easyxf("font: name 宋体; borders: left thin, right thin, top thin, bottom thin", num_format_str="0.00")
    ws.write_merge(0, 0, 0, 2, TITLES[fam], title)
    for i, x in enumerate(("序号", "填报项", "填报内容")):
        ws.write(1, i, x, head)
    raw = amounts(t)
    for i, (f, lab, val) in enumerate(facts(t, fam)):
        ws.write(2 + i, 0, i + 1, cell)
        ws.write(2 + i, 1, lab, cell)
        if f in raw:
            ws.write(2 + i, 2, raw[f], money)
        else:
            ws.write(2 + i, 2, val, cell)
    ws.col(0).width, ws.col(1).width, ws.col(2).width = 6 * 256, 24 * 256, 50 * 256
    wb.save(path)
    return path


def flying_saucer_pdf(xhtml, path, work):
    """Render an XHTML page to `path` with Flying Saucer through java/FlyingSaucerWrite.java
    (java_classes), AR PL SungtiL GB embedded."""
    classes = java_classes("FlyingSaucerWrite", FS_JARS, work)
    src = os.path.join(work, "fs.xhtml")
    open(src, "w", encoding="utf-8").write(xhtml)
    subprocess.run(["java", "-cp", f"{classes}:{FS_JARS}", "FlyingSaucerWrite", src, path, SONG_TTF], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return path


def rbpdf_pdf(ops, path, work):
    """Write a PDF with RBPDF (Ruby) through ruby/rbpdf_write.rb, STSong-Light not embedded;
    `ops` are itext_blocks' lines or the information table's title / wide / pair2 / note lines."""
    return ops_run(["ruby", os.path.join(HERE, "ruby", "rbpdf_write.rb")], ops, path, work, "rbpdf")


# The sections goxlsx's information table puts its rows under.
GOXLSX_SECTIONS = [("一、项目基本信息", ("project_name", "guide_code", "period", "start", "end", "months")),
                   ("二、申报单位信息", ("applicant", "credit_code", "type", "status", "department", "zone",
                                     "partners")),
                   ("三、项目负责人", ("leader", "phone")),
                   ("四、项目经费", ("total", "municipal"))]


def goxlsx_info(t, fam, path, work):
    """goxlsx's information table (go/xlsx_write.go through go_binary, into $GOXLSX_BIN):
    section rows, then each section's fields, the
    amounts as numbers."""
    exe = go_binary("xlsx_write.go", "GOXLSX_BIN", "/tmp/goxlsx_write", work)
    rows = {f: (lab, val) for f, lab, val in facts(t, fam)}
    raw = amounts(t)
    ops = [("title", TITLES[fam])]
    for name, fields in GOXLSX_SECTIONS:
        ops.append(("section", name))
        for f in fields:
            if f in rows:
                lab, val = rows[f]
                ops.append(("num", lab, str(raw[f])) if f in raw else ("row", lab, val))
    ops.append(("note", "注：本表由系统导出，须与申报书内容一致。"))
    return ops_run([exe], ops, path, work, "goxlsx")


def compose_docx(files, out):
    """The parts (.docx, in order) composed into one .docx with docxcompose as a script merging
    Word files does it: the first part the master, a page break closing each part but the
    last, the others appended (their styles and numbering merged into the master's)."""
    from docxcompose.composer import Composer
    master = Document(files[0])
    if len(files) > 1:
        master.add_page_break()
    composer = Composer(master)
    for i, p in enumerate(files[1:], 1):
        d = Document(p)
        if i < len(files) - 1:
            d.add_page_break()
        composer.append(d)
    composer.save(out)


def itext_pdf(ops, path, work):
    """Write a PDF with iText 2.1.7 (Debian's libitext-java) through java/ITextWrite.java;
    `ops` are its instruction lines."""
    return java_write("ITextWrite", "/usr/share/java/itext.jar", ops, path, work, TTF)


PDFBOX_JARS = ":".join("/usr/share/java/" + j for j in ("pdfbox2.jar", "fontbox2.jar", "commons-logging.jar"))


def pdfbox_pdf(ops, path, work):
    """Write a PDF with Apache PDFBox 2 (Debian's libpdfbox2-java) through java/PdfboxWrite.java:
    every line placed by the program, WenQuanYi Micro Hei embedded as a subset; `ops` are
    itext_blocks' instruction lines, or the information table's rows (pair2 / wide)."""
    return java_write("PdfboxWrite", PDFBOX_JARS, ops, path, work, TTF)


def itext_blocks(blocks, cover):
    ops = []
    if cover:
        title, lines, foot = cover
        ops += [("blank",)] * 6 + [("cover-title", x) for x in title.split("\n")] + [("blank",)] * 5
        ops += [("cover-line", f"{with_colon(k)}{v}") for k, v in lines]
        ops += [("blank",)] * 4 + [("cover-foot", x) for x in foot]
        if blocks:
            ops.append(("break",))
    for kind, text in blocks:
        ops.append(("title" if kind == "title" else "h" if kind == "h" else "item" if kind == "item" else "p", text))
    return ops


def odf_pair_row(label, value):
    """An odfpy table row of two string cells: a label and its value."""
    from odf.table import TableRow, TableCell
    from odf.text import P
    tr = TableRow()
    for x in (label, value):
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=x))
        tr.addElement(tc)
    return tr


def odfpy_info(t, fam, path):
    """The information table as an OpenDocument text written by odfpy: two columns, section
    rows spanning both (the cell after a spanning one a covered cell), no office suite."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TextProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P, H
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontname="宋体"))
    center = Style(name="Title", family="paragraph")
    center.addElement(ParagraphProperties(textalign="center"))
    center.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(center)
    doc.text.addElement(P(stylename=center, text=TITLES[fam]))
    tbl = Table(name="信息表")
    for w in ("4cm", "11cm"):
        cs = Style(name="col" + w, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        tbl.addElement(TableColumn(stylename=cs))

    def section(title):
        tr = TableRow()
        tc = TableCell(numbercolumnsspanned=2)
        tc.addElement(P(stylename=bold, text=title))
        tr.addElement(tc)
        tr.addElement(CoveredTableCell())
        tbl.addElement(tr)

    section("一、基本信息")
    for f, lab, val in facts(t, fam):
        if f == "period":
            section("二、经费与期限")
        tbl.addElement(odf_pair_row(lab, val))
    doc.text.addElement(tbl)
    doc.save(path)
    return path


def xlsxwriter_info(t, fam, path):
    """The information table as an .xlsx by xlsxwriter: a merged title, labels as rich strings
    (a red asterisk run, then the label), amounts as numbers shown with two decimals, the
    start and end of the period side by side in one row."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("基本信息")
    red = wb.add_format({"font_color": "red"})
    box = wb.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
    num = wb.add_format({"border": 1, "num_format": "0.00"})
    ws.set_column(0, 0, 22)
    ws.set_column(1, 3, 20)
    ws.merge_range(0, 0, 0, 3, TITLES[fam], wb.add_format({"bold": True, "font_size": 16, "align": "center"}))
    rows = facts(t, fam)
    by = {f: (lab, val) for f, lab, val in rows}
    r = 1
    for f, lab, val in rows:
        if f == "end":
            continue
        ws.write_rich_string(r, 0, red, "*", lab, box)
        if f == "start":
            ws.write(r, 1, val, box)
            ws.write_rich_string(r, 2, red, "*", by["end"][0], box)
            ws.write(r, 3, by["end"][1], box)
        elif f in ("total", "municipal"):
            ws.write_number(r, 1, float(val), num)
        else:
            ws.merge_range(r, 1, r, 3, val, box)
        r += 1
    wb.close()
    return path


def odt_marked_info(t, fam, path):
    """The information table as an ODT (odfpy) whose content.xml is then given what
    LibreOffice writes for recorded changes (odttracked: the old text of four values kept as
    tracked deletions at the head of the body, the new text between insertion marks) or for a
    hidden section (odthidden: the template's worked example, other values, display="none")."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    r = random.Random(t["credit_code"] + fam)
    doc = OpenDocumentText()
    title = Style(name="Title1", family="paragraph")
    title.addElement(ParagraphProperties(textalign="center"))
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    rows = facts(t, fam)
    old = {}
    if fam == "odttracked":
        old = {"project_name": t["project_name"][:-2] + "研究",
               "phone": "1" + "".join(r.choice("3456789") for _ in range(10)),
               "total": money(t["total_budget_wan"] + 50, "wan"), "municipal": money(t["municipal_funding_wan"] + 20, "wan")}

    def table(name, kv):
        tbl = Table(name=name)
        tbl.addElement(TableColumn(numbercolumnsrepeated=2))
        for lab, val in kv:
            tbl.addElement(odf_pair_row(lab, val))
        return tbl

    if fam == "odthidden":
        doc.text.addElement(P(text="@@HIDDEN_START@@"))
        example = [(lab, {"project_name": "基于XX技术的XX系统研发", "applicant": "苏州某某科技有限公司",
                          "credit_code": "91320500MA1XXXXXXX", "leader": "张三", "phone": "13800000000",
                          "guide_code": "210101"}.get(f, val)) for f, lab, val in rows]
        doc.text.addElement(P(text="填写示例（打印时隐藏）"))
        doc.text.addElement(table("示例", example))
        doc.text.addElement(P(text="@@HIDDEN_END@@"))
    doc.text.addElement(P(stylename=title, text=TITLES[fam]))
    doc.text.addElement(table("信息表", [(lab, f"@@CT_{f}@@" if f in old else val) for f, lab, val in rows]))
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["content.xml"].decode("utf-8")
    info = ('<office:change-info><dc:creator>申报人</dc:creator><dc:date>2022-07-{:02d}T{:02d}:{:02d}:00</dc:date>'
            '</office:change-info>')
    if old:
        regions = ""
        for i, (f, was) in enumerate(old.items()):
            now = {k: v for k, _, v in rows}[f]
            regions += (f'<text:changed-region text:id="ct{2 * i}"><text:deletion>{info.format(10, 9, i)}'
                        f'<text:p>{esc(was)}</text:p></text:deletion></text:changed-region>'
                        f'<text:changed-region text:id="ct{2 * i + 1}"><text:insertion>{info.format(11, 15, i)}'
                        '</text:insertion></text:changed-region>')
            xml = xml.replace(f"@@CT_{f}@@", f'<text:change text:change-id="ct{2 * i}"/>'
                              f'<text:change-start text:change-id="ct{2 * i + 1}"/>{esc(now)}'
                              f'<text:change-end text:change-id="ct{2 * i + 1}"/>')
        xml = xml.replace("<office:text>", f'<office:text><text:tracked-changes text:track-changes="true">'
                          f'{regions}</text:tracked-changes>', 1)
        if 'xmlns:dc=' not in xml:
            xml = xml.replace("<office:document-content ", '<office:document-content xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
    if fam == "odthidden":
        xml = xml.replace('<text:p>@@HIDDEN_START@@</text:p>', '<text:section text:name="填写示例" text:display="none">', 1)
        xml = xml.replace('<text:p>@@HIDDEN_END@@</text:p>', '</text:section>', 1)
    parts["content.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for n, data in parts.items():
            z.writestr(n, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_info(t, fam, path_stem, work, rnd):
    w = WRITER[fam]
    if fam == "csscols":
        return info_css_columns(t, fam, path_stem + ".pdf", work)
    if fam == "docxcols":
        return info_docx_columns(t, fam, path_stem + ".pdf", work)
    if fam == "stackcell":
        return info_stack_cells(t, fam, path_stem + ".docx")
    if fam == "grouphead":
        return info_group_heads(t, fam, path_stem + ".docx")
    if fam in ("layoutdocx", "layoutpdf"):
        return info_layout_table(t, fam, path_stem, work)
    if fam == "bsform":
        return info_form_grid(t, fam, path_stem + ".pdf", work)
    if w == "tcpdf":
        return php_pdf(w, tcpdf_info_html(t, fam), path_stem + ".pdf", work)
    if w == "dompdf":
        return php_pdf(w, info_html(t, fam), path_stem + ".pdf", work)
    if fam == "mobileshot":
        return mobile_screenshot(t, fam, path_stem + ".jpg", work)
    if fam == "savedform":  # the online form page as the browser saves it
        return saved_form_html(t, fam, path_stem + ".html")
    if fam == "txtinfo":  # typed in Notepad
        return notepad_txt(t, fam, path_stem + ".txt")
    if fam == "darkmode":
        return mobile_screenshot(t, fam, path_stem + ".png", work, dark=True)
    if fam == "xlsformula":
        return info_xlsx_formulas(t, fam, path_stem + ".xlsx")
    if w == "weasy":
        return weasy_pdf(info_weasy_html(t, fam), path_stem + ".pdf")
    if w == "wkhtml":
        return wkhtml_pdf(info_wkhtml_html(t, fam), path_stem + ".pdf", work, header="苏州市科技计划项目管理信息系统")
    if w == "fpdf":
        return fpdf_info(t, fam, path_stem + ".pdf")
    if w == "pdfmake":
        return pdfmake_pdf(pdfmake_info(t, fam), path_stem + ".pdf", work)
    if w == "mupdf":
        return mupdf_pdf(info_mupdf_xhtml(t, fam), path_stem + ".pdf", work)
    if w == "fop":
        return fop_pdf(fo_info(t, fam), path_stem + ".pdf", work)
    if w == "jspdf":
        return node_write("jspdf_info", {"title": TITLES[fam], "rows": [[lab, val] for _, lab, val in facts(t, fam)]},
                          path_stem + ".pdf", work)
    if w == "docxjs":
        return node_write("docx_info", {"title": TITLES[fam], "rows": [[lab, val] for _, lab, val in facts(t, fam)]},
                          path_stem + ".docx", work)
    if w == "itext":
        return itext_pdf([("title", TITLES[fam]), ("head", "项目", "填报内容")] +
                         [("row", lab, val) for _, lab, val in facts(t, fam)] + [("table",)], path_stem + ".pdf", work)
    if fam == "odfpy":
        return odfpy_info(t, fam, path_stem + ".odt")
    if fam in ("odttracked", "odthidden"):
        return odt_marked_info(t, fam, path_stem + ".odt")
    if fam == "xlsxwriter":
        return xlsxwriter_info(t, fam, path_stem + ".xlsx")
    if fam == "divform":  # a web page of div rows saved as .doc
        with open(path_stem + ".doc", "w", encoding="utf-8") as f:
            f.write(div_form_html(t, fam))
        return path_stem + ".doc"
    if fam == "mhtdoc":
        return mht_doc(t, fam, path_stem + ".doc")
    if fam == "reportpdf":
        return report_pdf(t, fam, path_stem + ".pdf")
    if fam == "htmldoc":
        charset = random.Random(t["credit_code"] + fam).choice(["gb2312", "utf-8"])
        text = word_html(t, fam).replace("%CHARSET%", charset)
        with open(path_stem + ".doc", "wb") as f:
            f.write(text.encode("gbk" if charset == "gb2312" else "utf-8"))
        return path_stem + ".doc"
    if fam == "altchunk":
        return altchunk_docx(info_html(t, fam), path_stem + ".docx")
    if fam == "xlsx":
        return info_xlsx_pdf(t, fam, path_stem + ".pdf")
    if fam == "xlsinfo":  # the workbook itself, as the online system exports it
        return info_xlsx_pdf(t, fam, path_stem + ".pdf", keep_workbook=True)
    if fam == "chromeprint":
        return info_chrome_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "rubypdf":
        return info_ruby_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "acroform":
        return info_acroform(t, fam, path_stem + ".pdf")
    if fam == "xfaform":
        return info_xfa(t, fam, path_stem + ".pdf")
    if fam == "oleexcel":
        return ole_excel_docx(t, fam, path_stem + ".docx", work)
    if fam == "imgtable":
        return screenshot_docx(t, fam, path_stem + ".docx", work)
    if fam == "docxcrop":
        return cropped_screenshot_docx(t, fam, path_stem + ".docx", work)
    if fam == "odtcrop":
        return cropped_screenshot_odt(t, fam, path_stem + ".odt", work)
    if fam == "xlsxshot":
        return cropped_screenshot_xlsx(t, fam, path_stem + ".xlsx", work)
    if fam == "odsshot":
        return cropped_screenshot_ods(t, fam, path_stem + ".ods", work)
    if fam == "typst":
        return typst_pdf(info_typst(t, fam), path_stem + ".pdf")
    if fam == "olexls":
        return ole_excel_docx(t, fam, path_stem + ".docx", work, legacy=True)
    if fam == "emfpaste":
        return emf_docx(t, fam, path_stem + ".docx", work)
    if fam == "xmlsheet":
        return info_spreadsheetml(t, fam, path_stem + ".xls")
    if fam == "databind":
        return databind_docx(t, fam, path_stem + ".docx")
    if fam == "typewriter":
        return typewriter_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "csvexport":
        return info_csv(t, fam, path_stem + ".csv")
    if fam == "calcprint":
        return info_calc_overflow(t, fam, path_stem + ".pdf")
    if fam == "widesheet":
        return info_calc_wide(t, fam, path_stem + ".pdf")
    if fam == "docprop":
        return docprop_docx(t, fam, path_stem + ".docx")
    if fam == "htmlxls":
        return info_html_xls(t, fam, path_stem + ".xls")
    if fam in ("xlsold", "etfile"):  # the workbook saved as Excel 97-2003 (etfile: under WPS's .et)
        xlsx = info_xlsx_pdf(t, fam, path_stem + ".pdf", keep_workbook=True)
        mp.soffice([xlsx], "xls:MS Excel 97", work)
        os.remove(xlsx)
        if fam == "etfile":
            os.replace(path_stem + ".xls", path_stem + ".et")
            return path_stem + ".et"
        return path_stem + ".xls"
    if fam == "xlsdict":
        return info_xlsx_dict(t, fam, path_stem + ".xlsx")
    if fam == "odsinfo":  # the workbook saved by LibreOffice Calc as OpenDocument
        xlsx = info_xlsx_pdf(t, fam, path_stem + ".pdf", keep_workbook=True)
        mp.soffice([xlsx], "ods", work)
        os.remove(xlsx)
        return path_stem + ".ods"
    if fam == "xlshidden":
        return info_xlsx_hidden(t, fam, path_stem + ".xlsx")
    if fam == "scanform":
        return scanform_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "whiteout":
        return whiteout_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "reviewed":
        return reviewed_pdf(t, fam, path_stem + ".pdf", work)
    if fam == "revised":
        return revised_pdf(t, fam, path_stem + ".pdf", work)
    if w == "pandoc":
        return pandoc_docx(info_markdown(t, fam), path_stem + ".docx")
    if w == "pandocrtf":
        return pandoc_rtf(info_markdown(t, fam, head=("栏目", "内容")), path_stem + ".rtf")
    if w == "latex2rtf":
        return latex2rtf_rtf(info_tex(t, fam), path_stem + ".rtf", work)
    if w == "pylightxl":
        return pylightxl_info(t, fam, path_stem + ".xlsx")
    if w == "ezodf":
        return ezodf_info(t, fam, path_stem + ".ods")
    if w == "xlpop":
        src = os.path.join(work, "xlpop.json")
        json.dump({"title": TITLES[fam], "ops": xlpop_ops(t, fam)}, open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("xlsxpopulate_write.js", [src, path_stem + ".xlsx"], src, path_stem + ".xlsx",
                           dir_var="XLPOP_DIR", default_dir="/tmp/npm121")
    if w == "e4n":
        src = os.path.join(work, "e4n.json")
        json.dump({"title": TITLES[fam], "head": ["序号", "填报项目", "填报内容", "填写说明"], "rows": e4n_rows(t, fam),
                   "note": "注：本表由申报系统导出，请与申报书核对一致后加盖公章。"},
                  open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("excel4node_write.js", [src, path_stem + ".xlsx"], src, path_stem + ".xlsx",
                           dir_var="XLPOP_DIR", default_dir="/tmp/npm121")
    if w == "wxf":
        src = os.path.join(work, "wxf.json")
        money = amounts(t)
        json.dump({"title": TITLES[fam], "rows": [[lab, money.get(f, val)] for f, lab, val in facts(t, fam)],
                   "note": "注：本表由申报系统导出，金额单位为万元。"}, open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("writeexcelfile_write.js", [src, path_stem + ".xlsx"], src, path_stem + ".xlsx",
                           dir_var="XLPOP_DIR", default_dir="/tmp/npm121")
    if w == "sodf":
        src = os.path.join(work, "sodf.json")
        json.dump({"title": TITLES[fam], "intro": "请逐项如实填写，金额单位为万元。",
                   "items": [[lab, val] for f, lab, val in facts(t, fam)], "note": "本单位承诺以上信息真实、准确。"},
                  open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("simpleodf_write.js", [src, path_stem + ".fodt"], src, path_stem + ".fodt",
                           dir_var="XLPOP_DIR", default_dir="/tmp/npm121")
    if w == "pdfkit":
        return pdfkit_pdf("info", {"title": TITLES[fam], "rows": [[lab, val] for _, lab, val in facts(t, fam)],
                                   "note": "注：本表由申报系统生成，金额单位为万元。"}, path_stem + ".pdf", work)
    if w == "xlsxtpl":
        return xlsxtpl_info(t, fam, path_stem + ".xlsx", work)
    if w == "umya":
        return rs_write("xlsx", umya_ops(t, fam), path_stem + ".xlsx", work)
    if w == "pdfme":
        src = os.path.join(work, "pdfme.json")
        wide = ("project_name", "applicant", "credit_code", "partners", "guide_code", "period")
        json.dump({"title": TITLES[fam], "rows": [[lab, val, f in wide] for f, lab, val in facts(t, fam)],
                   "note": "注：本表由申报系统生成，打印后加盖单位公章。"}, open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("pdfme_write.mjs", [src, path_stem + ".pdf", SONG_TTF], src, path_stem + ".pdf",
                           dir_var="PDFME_DIR", default_dir="/tmp/npm123")
    if w in ("gnmxls", "gnmods"):
        return gnumeric_info(t, fam, path_stem + (".xls" if w == "gnmxls" else ".ods"), work)
    if w == "lxw":
        exe = os.path.join(work, "xlsxwriter_write")
        if not os.path.exists(exe):
            subprocess.run(["gcc", "-O1", "-o", exe, os.path.join(HERE, "c", "xlsxwriter_write.c"), "-lxlsxwriter"],
                           check=True)
        return ops_run([exe], lxw_ops(t, fam), path_stem + ".xlsx", work, "lxw")
    if w == "openxlsx":
        return ops_run(["Rscript", os.path.join(HERE, "r", "openxlsx_write.R")],
                       [("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                       [("note", "注：本表由申报单位填写，金额单位为万元。")], path_stem + ".xlsx", work, "openxlsx")
    if w == "xetex":
        return xelatex(info_tex(t, fam), path_stem + ".pdf")
    if w == "cjklatex":
        return tex_engine(w, info_tex_cjk(t, fam), path_stem + ".pdf")
    if w == "lualatex":
        return tex_engine(w, info_tex_booktabs(t, fam), path_stem + ".pdf")
    if w == "pdflib":
        return pdflib_overlay_info(t, fam, path_stem + ".pdf", work)
    if w == "poi":
        return poi_xls_info(t, fam, path_stem + ".xls", work)
    if w == "pdfbox":
        return pdfbox_pdf([("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                          [("note", "注：本表由系统生成，打印后加盖单位公章。")], path_stem + ".pdf", work)
    if w == "calligra":
        p = path_stem + ".docx"
        info_docx(t, fam, p)
        return calligra_docx(p, work)
    if w == "paps":
        return paps_pdf(text_table(t, fam), path_stem + ".pdf", work)
    if w == "xhtml2pdf":
        trs = "".join(f"<tr><td width='34%' style='background-color:#F2F2F2'><b>{esc(lab)}</b></td><td>{esc(val)}</td></tr>"
                      for _, lab, val in facts(t, fam))
        return xhtml2pdf_pdf(mp.html_page(f"<h1>{TITLES[fam]}</h1><table width='100%'>{trs}</table>"
                                          "<p style='font-size:9pt'>导出时间：2022-06-29 10:12:45</p>"),
                             path_stem + ".pdf", work)
    if w == "asciidoc":
        dl = "".join(f"{adoc_esc(lab)}:: {adoc_esc(val)}\n" for _, lab, val in facts(t, fam))
        return asciidoc_pdf(f"[discrete]\n== {adoc_esc(TITLES[fam])}\n\n[horizontal]\n{dl}", path_stem + ".pdf", work)
    if w == "rsvg":
        return rsvg_pdf(svg_form(t, fam), path_stem + ".pdf", work)
    if w == "docxtpl":
        return docxtpl_info(t, fam, path_stem + ".docx", work)
    if w == "pdfapi2":
        return pdfapi2_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                           [("note", "注：本表由申报系统生成，打印后加盖单位公章。")], path_stem + ".pdf", work)
    if w == "officegen":
        return officegen_docx("info", {"title": TITLES[fam], "rows": [[lab, val] for _, lab, val in facts(t, fam)],
                                       "note": "注：带*号为必填项。"}, path_stem + ".docx", work)
    if w == "haru":
        return haru_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                        [("note", "注：本表由申报系统生成。")], path_stem + ".pdf", work)
    if w == "dtpl":
        return dtpl_docx("info", {"title": TITLES[fam], "rows": [{"label": lab, "value": val} for _, lab, val in facts(t, fam)],
                                  "note": "注：本表由系统根据网上填报内容生成。"}, path_stem + ".docx", work)
    if w == "docxrs":  # two sections: the unit and the project, then the period and the money
        ops = [("title", TITLES[fam]), ("section", "一、基本情况")]
        for key, lab, val in facts(t, fam):
            if key in ("period", "start", "total"):
                if ("section", "二、实施期限与经费") not in ops:
                    ops.append(("section", "二、实施期限与经费"))
            ops.append(("row", lab, val))
        return rs_write("docx", ops + [("note", "注：金额单位为万元，保留两位小数。")], path_stem + ".docx", work)
    if w == "printpdf":
        return rs_write("pdf", [("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                        [("note", "说明：本表由申报单位如实填写，打印后加盖公章。")], path_stem + ".pdf", work)
    if w == "gofpdf":
        return gofpdf_pdf([("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                          [("note", "注：本表须与申报书内容一致，金额单位为万元。")], path_stem + ".pdf", work)
    if w == "rofficer":
        return officer_docx(officer_info_ops(t, fam), path_stem + ".docx", work)
    if w == "abipdf":
        return abiword_pdf(abipdf_info_html(t, fam), path_stem + ".pdf")
    if w == "wpsdocx":
        return wps_docx(wps_info(t, fam), path_stem + ".docx")
    if w == "context":
        return context_pdf(ctx_info(t, fam), path_stem + ".pdf", work)
    if w == "oodoc":
        return oodoc_odt([("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                         [("note", "注：本表由申报系统生成，金额单位为万元。")], path_stem + ".odt", work)
    if w == "exceljs":
        return exceljs_info(t, fam, path_stem + ".xlsx", work)
    if w == "itextrtf":
        return java_write("RtfWrite", ITEXT_RTF_JARS, [("title", TITLES[fam])] +
                          pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                          [("note", "注：本表由系统导出，请核对后加盖单位公章。")], path_stem + ".doc", work)
    if w == "rbpdf":
        return rbpdf_pdf([("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                         [("note", "说明：本表由系统导出，金额单位为万元。")], path_stem + ".pdf", work)
    if w == "goxlsx":
        return goxlsx_info(t, fam, path_stem + ".xlsx", work)
    if w == "flyingsaucer":
        return flying_saucer_pdf(fs_info(t, fam), path_stem + ".pdf", work)
    if w == "pyfpdf":
        return pyfpdf_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                          [("note", "注：本表须与申报书一致，金额单位为万元。")], path_stem + ".pdf", work)
    if w == "xlwt":
        return xlwt_info(t, fam, path_stem + ".xls")
    if w == "odfdom":
        return java_write("OdfdomWrite", ODFDOM_JARS, [("title", TITLES[fam])] +
                          pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                          [("note", "注：本表由申报系统生成，金额单位为万元。")], path_stem + ".odt", work)
    if w == "xmlworker":
        return xmlworker_pdf(xmlworker_info(t, fam), path_stem + ".pdf", work)
    if w == "rubyxls":
        return ops_run(["ruby", os.path.join(HERE, "ruby", "spreadsheet_write.rb")],
                       [("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                       [("note", "注：本表由系统导出，金额单位为万元。")], path_stem + ".xls", work, "rubyxls")
    if w == "pyexcelerate":
        return pyexcelerate_info(t, fam, path_stem + ".xlsx")
    if w == "podofo":
        return podofo_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                          [("note", "注：本表由项目承担单位填写，金额单位为万元。")], path_stem + ".pdf", work)
    if w == "writeexcel":
        return ops_run(["perl", os.path.join(HERE, "perl", "writeexcel_write.pl")],
                       [("title", TITLES[fam]), ("head", "序号", "填报项目", "填报内容")] +
                       [("row", lab, val) for _, lab, val in facts(t, fam)] +
                       [("note", "注：本表由申报系统导出，金额单位为元。"),
                        ("help", "1. 本表各项须与申报书一致，带*项为必填项。"),
                        ("help", "2. 金额单位为元，保留两位小数。"),
                        ("help", "3. 日期按 年/月/日 填写。")], path_stem + ".xls", work, "writeexcel")
    if w == "jxl":
        return java_write("JxlWrite", "/usr/share/java/jxl.jar", jxl_ops(t, fam), path_stem + ".xls", work)
    if w == "perlxlsx":
        return ops_run(["perl", os.path.join(HERE, "perl", "xlsx_write.pl")], perlxlsx_ops(t, fam), path_stem + ".xlsx",
                       work, "perlxlsx")
    if w == "qtpdf":
        return qt_write([("title", TITLES[fam])] + pair_ops(t, fam, lambda f, lab, val: (lab, val)) +
                        [("note", "注：本表由申报单位填写，金额单位为万元。")], path_stem + ".pdf", work)
    if w == "qtodt":
        return qt_write([("title", TITLES[fam]), ("head", "填报项目", "填报内容")] +
                        [("row", lab, val) for _, lab, val in facts(t, fam)] +
                        [("note", "说明：本表由项目申报软件导出，请核对后盖章。")], path_stem + ".odt", work)
    if w == "sheetjs":
        src = os.path.join(work, "sheetjs.json")
        json.dump({"title": TITLES[fam], "rows": [list(op) for op in pair_ops(t, fam, lambda f, lab, val: (lab, val))],
                   "note": "说明：标*为必填项；本表由系统导出，金额单位为万元。"},
                  open(src, "w", encoding="utf-8"), ensure_ascii=False)
        return node_script("sheetjs_write.js", [src, path_stem + ".xlsx"], src, path_stem + ".xlsx",
                           dir_var="EXCELJS_DIR", default_dir="/tmp/npm106")
    if w == "orgodt":
        rows = "\n".join(f"| {org_esc(lab)} | {org_esc(val)} |" for _, lab, val in facts(t, fam))
        return org_odt(f"#+TITLE: {TITLES[fam]}\n#+OPTIONS: ^:{{}} toc:nil\n\n{rows}\n\n注：本表由申报单位填写。\n",
                       path_stem + ".odt")
    if w == "skia":
        return skia_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                        [("note", "填表说明：本表内容须与申报书一致，金额单位为万元。")], path_stem + ".pdf")
    if w == "rinoh":
        rows = [("栏目", "填写内容")] + [(lab, val) for _, lab, val in facts(t, fam)]
        return rinoh_pdf(rinoh_info_rst(TITLES[fam], rows, "注：本表由申报单位填写，经单位负责人审核后提交。"),
                         path_stem + ".pdf", work)
    if w == "reactpdf":
        return reactpdf_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                            [("note", "说明：本表由系统导出，须与网上填报内容一致。")], path_stem + ".pdf", work)
    if w == "odfdo":
        return odfdo_info(t, fam, path_stem + ".odt")
    if w == "prawn":
        return prawn_pdf([("title", TITLES[fam]), ("section", "一、项目基本信息")] +
                         [("row", lab, val) for _, lab, val in facts(t, fam)] +
                         [("note", "填表说明：金额单位为万元，保留两位小数。")], path_stem + ".pdf", work)
    if w == "scribus":
        return scribus_pdf([("title", TITLES[fam])] + [("row", lab, val) for _, lab, val in facts(t, fam)] +
                           [("note", "注：本表一式两份，经单位负责人签字并加盖公章后报送。")], path_stem + ".pdf", work)
    if w == "htmldocx":
        trs = ""
        for op in pair_ops(t, fam, lambda f, lab, val: (lab, val)):
            if op[0] == "wide":
                trs += f"<tr><td>{esc(op[1])}</td><td colspan='3'>{esc(op[2])}</td></tr>"
            else:  # (html-to-docx fails on a cell's percentage width)
                trs += "<tr>" + "".join(f"<td>{esc(x)}</td>" for x in op[1:]) + "</tr>"
        return htmldocx_docx(f"<html><body><h1>{esc(TITLES[fam])}</h1><table border='1' style='width:100%;"
                             f"border-collapse:collapse'>{trs}</table><p>（本页由网上申报系统导出）</p></body></html>",
                             path_stem + ".docx", work)
    if w == "gnumeric":
        return gnumeric_info(t, fam, path_stem + ".pdf", work)
    if w == "gnumeric-xlsx":
        return gnumeric_info(t, fam, path_stem + ".xlsx", work)
    if w == "abiword":
        return abiword_docx(info_html(t, fam), path_stem + ".docx")
    if w == "altcontent":
        info_altcontent(t, fam, path_stem + ".docx")
        return path_stem + ".docx"
    if w == "mailmerge":
        info_mailmerge(t, fam, path_stem + ".docx")
        return path_stem + ".docx"
    if w in ("docx", "docx-pdf", "docx2pdf"):
        p = path_stem + ".docx"
        info_docx(t, fam, p)
        if fam == "wordwatermark":
            docx_watermark(p)
        if w == "docx2pdf":
            mp.soffice([p], "pdf", work)
            os.remove(p)
            if fam == "diagslash":
                diagonal_corner(path_stem + ".pdf", t, fam)
            return path_stem + ".pdf"
        return header_footer_pdf(p, work) if w == "docx-pdf" else p
    if w in ("html-pdf", "html-docx", "html-doc", "html-odt", "html-fodt", "html-uot"):
        src = path_stem + ".html"
        open(src, "w", encoding="utf-8").write(family_face(info_html(t, fam), fam))
        if fam == "rtfchunk":  # RTF wrapped as a DOCX's one alternative-format chunk
            mp.soffice([src], "rtf:Rich Text Format", work)
            os.remove(src)
            with open(path_stem + ".rtf", "rb") as f:
                data = f.read()
            os.remove(path_stem + ".rtf")
            return chunk_docx(data, "afchunk.rtf", "application/rtf", path_stem + ".docx")
        if fam == "rtfdoc":  # RTF under a .doc name, as web systems export "Word"
            mp.soffice([src], "rtf:Rich Text Format", work)
            os.remove(src)
            os.replace(path_stem + ".rtf", path_stem + ".doc")
            return path_stem + ".doc"
        fmt = {"html-pdf": "pdf", "html-docx": "docx:MS Word 2007 XML", "html-doc": "doc:MS Word 97",
               "html-odt": "odt:writer8", "html-fodt": "fodt:OpenDocument Text Flat XML",
               "html-uot": "uot:UOF text"}[w]
        if fam == "hybridpdf" and fmt == "pdf":  # LibreOffice's hybrid PDF: the ODF file inside
            fmt = HYBRID_PDF
        if fam == "pdfa" and fmt == "pdf":  # PDF/A-2b, tagged
            fmt = PDFA_PDF
        if fam == "type3font":  # printed from Chromium in a font that may not be embedded
            restricted_font_print(src, path_stem + ".pdf", work)
            os.remove(src)
            return path_stem + ".pdf"
        mp.soffice([src], fmt, work)
        os.remove(src)
        if fam == "psprint":
            postscript_print(path_stem + ".pdf")
        if fam == "ofdprint":  # converted to OFD
            pdf_to_ofd(path_stem + ".pdf", path_stem + ".ofd")
            os.remove(path_stem + ".pdf")
            return path_stem + ".ofd"
        if fam == "ocglayer":  # the form's hidden example and instruction layers
            hidden_layers(path_stem + ".pdf", t, fam, work)
        if w == "html-doc" and fam == "wpsfile":  # the same binary under WPS Writer's name
            os.replace(path_stem + ".doc", path_stem + ".wps")
            return path_stem + ".wps"
        if w == "html-doc":
            return path_stem + ".doc"
        if w == "html-odt":
            return path_stem + ".odt"
        if w in ("html-fodt", "html-uot"):
            return path_stem + "." + fmt.split(":")[0]
        if fam == "scan":
            scan_pdf(path_stem + ".pdf")
        if fam == "skewscan":
            scan_pdf(path_stem + ".pdf", askew=(2.0, 4.0))
        if fam == "faxscan":
            fax_scan(path_stem + ".pdf", t)
        if fam == "englayer":
            scan_pdf(path_stem + ".pdf")
            ocr_layer(path_stem + ".pdf", lang="eng")
        if fam in ("shadedscan", "twopagescan"):
            scan_pdf(path_stem + ".pdf")
        if fam in ("fadedscan", "foldscan", "copyscan"):
            scan_pdf(path_stem + ".pdf", wear=fam[:-4])
        if fam == "wrapscan":
            scan_pdf(path_stem + ".pdf")
        if fam == "quarterfold":
            scan_pdf(path_stem + ".pdf", wear="fold4")
        if fam == "camscan":
            scanner_app(path_stem + ".pdf", sealed=False)
        if fam == "cmykscan":
            sealed_colour_scan(path_stem + ".pdf", sealed=False, codec="cmyk")
        if fam == "kaiscan":
            scan_pdf(path_stem + ".pdf")
        if fam == "duplexscan":  # scanned on both sides: a blank back after the page
            blank_backs(path_stem + ".pdf")
            scan_pdf(path_stem + ".pdf")
        if fam == "tiflzw":  # scanned to a grey multi-page TIFF
            scan_pdf(path_stem + ".pdf")
            return tiff_of_scan(path_stem + ".pdf", path_stem + ".tif", "L")
        if fam == "puamap":
            pua_tounicode(path_stem + ".pdf")
        if fam == "cropbox":
            crop_away_example(path_stem + ".pdf", t)
        if fam == "clipscan":
            scan_pdf(path_stem + ".pdf")
            clip_away_example(path_stem + ".pdf")

        if fam == "actualtext":
            actual_text_spans(path_stem + ".pdf")
        if fam == "exifphoto":
            return exif_photo(path_stem + ".pdf", path_stem + ".jpg")
        if fam == "alphapng":
            return transparent_png(path_stem + ".pdf", path_stem + ".png")
        if fam == "bleedscan":
            scan_pdf(path_stem + ".pdf", wear="bleed")
        if fam == "ditherscan":
            bilevel_scan(path_stem + ".pdf", dither=True)
        if fam == "lowres":
            sealed_colour_scan(path_stem + ".pdf", sealed=False, dpi=150, quality=30)
        if fam == "upsidedown":
            scan_pdf(path_stem + ".pdf", upside_down=True)
        if fam == "colorscan":
            sealed_colour_scan(path_stem + ".pdf", sealed=False)
        if fam == "ocrlayer":
            scan_pdf(path_stem + ".pdf")
            ocr_layer(path_stem + ".pdf")
        if fam == "notounicode":
            strip_tounicode(path_stem + ".pdf")
        if fam == "outlines":
            outline_text(path_stem + ".pdf")
        if fam == "sealedinfo":  # stamped over 申报单位（盖章） and its value, scanned in colour
            sealed_colour_scan(path_stem + ".pdf", sealed=True)
        if fam == "watermark":
            watermark_pdf(path_stem + ".pdf")
        if fam == "sideways":
            turn_onto_portrait(path_stem + ".pdf")
        if fam == "cairo":
            cairo_print(path_stem + ".pdf")
        if fam == "bilevel":
            bilevel_scan(path_stem + ".pdf")
        if fam == "jbig2scan":
            bilevel_scan(path_stem + ".pdf", codec="jbig2")
        if fam == "jp2scan":
            sealed_colour_scan(path_stem + ".pdf", sealed=False, codec="jpx")
        if fam == "restricted":
            restrict_pdf(path_stem + ".pdf", aes=True)
        if fam == "rotated":  # the page turned in a viewer and saved: /Rotate 90, content as it was
            import pikepdf
            with pikepdf.open(path_stem + ".pdf", allow_overwriting_input=True) as pdf:
                for page in pdf.pages:
                    page.Rotate = 90
                pdf.save(path_stem + ".pdf")
        if fam == "photo":
            photo_jpg(path_stem + ".pdf", path_stem + ".jpg")
            os.remove(path_stem + ".pdf")
            return path_stem + ".jpg"
        if fam == "webpimg":  # photographed, saved by a chat app as WebP
            photo_jpg(path_stem + ".pdf", path_stem + ".webp", fmt="WEBP")
            os.remove(path_stem + ".pdf")
            return path_stem + ".webp"
        if fam == "heicphoto":  # photographed with an iPhone, uploaded as the HEIC it took
            photo_jpg(path_stem + ".pdf", path_stem + ".HEIC", fmt="HEIF")
            os.remove(path_stem + ".pdf")
            return path_stem + ".HEIC"
        return path_stem + (".pdf" if w == "html-pdf" else ".docx")
    if w.startswith("rl-"):
        p = path_stem + ".pdf"
        info_reportlab(t, fam, p, w[3:], split=w == "rl-split")
        return p
    if w == "ooxml":
        p = path_stem + ".docx"
        info_ooxml(t, fam, p, rnd)
        return p
    if w in ("odt", "odt-docx"):
        src = path_stem + ".odt"
        info_odt(t, fam, src)
        fmt, ext = ("pdf", ".pdf") if w == "odt" else ("docx:MS Word 2007 XML", ".docx")
        mp.soffice([src], fmt, work)
        os.remove(src)
        return path_stem + ext
    raise ValueError(w)


def web_word_parts(path):
    """A .docx repackaged as Word for the web saves it: the main document part named
    word/document2.xml (its relationships word/_rels/document2.xml.rels), found through the
    package's relationship, whose target is written as an absolute part name."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    renamed = {}
    for n, b in parts.items():
        if n == "word/document.xml":
            n = "word/document2.xml"
        elif n == "word/_rels/document.xml.rels":
            n = "word/_rels/document2.xml.rels"
        elif n == "[Content_Types].xml":
            b = b.replace(b'PartName="/word/document.xml"', b'PartName="/word/document2.xml"')
            assert b"/word/document2.xml" in b
        elif n == "_rels/.rels":
            b = b.replace(b'Target="word/document.xml"', b'Target="/word/document2.xml"')
            assert b"/word/document2.xml" in b
        renamed[n] = b
    assert "word/document2.xml" in renamed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in renamed.items():
            z.writestr(n, b)


def one_docx(t, fam, out_dir, parts, cover):
    """Every part in one Word file, in the call's order, each from a new page."""
    from docx.enum.text import WD_BREAK
    d = mp.new_docx()

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if "cover" in parts:
        docx_blocks(d, [], cover)
    if "info_table" in parts:
        d.add_heading(TITLES[fam], level=1)
        docx_table(d, [(lab, val) for _, lab, val in facts(t, fam)] + EXTRA.get(fam, []), 2)
        page_break()
    if "commitment" in parts:
        docx_blocks(d, commitment_blocks(t, fam))
        page_break()
    if "application" in parts:
        d.add_heading("三、项目申报书", level=1)
        docx_blocks(d, app_blocks(t, fam))
        page_break()
    for part, fn in [("cooperation_agreement", agreement_blocks),
                     ("qualification", certificate_blocks), ("labor_contract", labor_blocks)]:
        if part in parts:
            docx_blocks(d, fn(t, fam))
            page_break()
    os.makedirs(out_dir, exist_ok=True)
    d.save(os.path.join(out_dir, "申报材料.docx"))
    return out_dir


def settle(t, fam, parts):
    """What the truth says of the package's layout before it is written: the names on the
    application and cover, whether a cover is there (the oracle reads these)."""
    t.setdefault("app_name", t["project_name"])
    t.setdefault("cover_name", t["project_name"])
    t["cover_present"] = "cover" in parts and (fam == "onedocx" or COVER[fam] == "separate"
                                                or "application" in parts)


def build(t, fam, out_dir, tmp, parts, rnd):
    settle(t, fam, parts)
    names = NAMES[fam]
    cover = cover_lines(t, fam)
    if fam == "onedocx":
        return one_docx(t, fam, out_dir, parts, cover)
    work = tempfile.mkdtemp(dir=tmp)
    files = []
    if "info_table" in parts:
        files.append(write_info(t, fam, os.path.join(work, names["info_table"]), work, rnd))
        if fam == "budgetfile":
            files.append(budget_file(t, fam, os.path.join(work, "经费预算表.docx")))
    where = COVER[fam]
    if "application" in parts and fam == "splitapp":  # 正文, then the rest in a file of its own
        blocks = app_blocks(t, fam)
        at = [i for i, (k, _) in enumerate(blocks) if k == "h"][3]
        files.append(write_doc(fam, "application", blocks[:at], os.path.join(work, names["application"]), work, rnd,
                               cover=cover if "cover" in parts and where == "inside" else None))
        files.append(write_doc(fam, "application", [("title", "项目申报书（续）：考核指标与实施期限")] + blocks[at:],
                               os.path.join(work, names["application2"]), work, rnd))
    elif "application" in parts:
        files.append(write_doc(fam, "application", app_blocks(t, fam), os.path.join(work, names["application"]), work, rnd,
                               cover=cover if "cover" in parts and where == "inside" else None))
    if "cover" in parts and where == "separate":
        files.append(write_doc(fam, "cover", [], os.path.join(work, names["cover"]), work, rnd, cover=cover))
    for part, fn in [("commitment", commitment_blocks), ("cooperation_agreement", agreement_blocks),
                     ("qualification", certificate_blocks), ("labor_contract", labor_blocks)]:
        if part in parts:
            files.append(write_doc(fam, part, fn(t, fam), os.path.join(work, names[part]), work, rnd))
    if fam == "strictxml":
        for p in files:
            if p.endswith(".docx"):
                strict_docx(p)
    if fam == "pdfattach":
        files = attach_to_application(files, names)
    if fam == "appendixparts":
        files = append_to_application(files, names)
    if fam == "wordxml":
        files = [word2003_xml(p) if p.endswith(".docx") else p for p in files]
    if fam == "fanti":
        for p in files:
            if p.endswith(".docx"):
                traditional_docx(p)
    if fam == "twvocab":  # 简转繁 with Taiwan's common words (OpenCC s2twp)
        for p in files:
            if p.endswith(".docx"):
                traditional_docx(p, "s2twp")
    if fam == "pdf2word":
        files = [pdf_to_word(p) if p.endswith(".pdf") else p for p in files]
    if fam == "drawedit" and "info_table" in parts:  # the information table put right in Draw
        draw_roundtrip(files[0], work)
    if fam == "badxref":
        for k, p in enumerate(sorted(files)):
            if p.endswith(".pdf"):
                damage_pdf(p, random.Random(t["credit_code"] + fam + str(k)))
    if fam == "wordonline":  # saved by Word for the web: the main part is word/document2.xml
        for p in files:
            if p.endswith(".docx"):
                web_word_parts(p)
    if fam == "docxchunk":  # each Word file the one chunk of a merged DOCX
        for p in files:
            if p.endswith(".docx"):
                with open(p, "rb") as f:
                    data = f.read()
                chunk_docx(data, "afchunk1.docx",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", p)
    os.makedirs(out_dir, exist_ok=True)
    if fam in ("merged", "mergedscan", "mergedorder"):  # one file, parts in the order the call lists them
        rank = {names[k]: i for i, k in enumerate(merge_order(t) if fam == "mergedorder" else
                                                  ["cover", "info_table", "commitment", "application",
                                                   "cooperation_agreement", "qualification", "labor_contract"])}
        pdfs = sorted(files, key=lambda p: rank[os.path.basename(p).rsplit(".", 1)[0]])
        mp.run(["pdfunite"] + pdfs + [os.path.join(out_dir, "申报材料.pdf")])
        if fam == "mergedscan":  # the paper submission scanned in one go
            scan_pdf(os.path.join(out_dir, "申报材料.pdf"))
    elif fam == "composed":  # every part one after another in one Word file
        rank = {names[k]: i for i, k in enumerate(["cover", "info_table", "commitment", "application",
                                                   "cooperation_agreement", "qualification", "labor_contract"])}
        compose_docx(sorted(files, key=lambda p: rank[os.path.basename(p).rsplit(".", 1)[0]]),
                     os.path.join(out_dir, "申报材料.docx"))
    elif fam == "zipgbk":
        gbk_zip(files, os.path.join(out_dir, t["applicant"] + "申报材料.zip"), t["applicant"] + "申报材料/")
    elif fam == "sevenzip":
        seven_zip(files, os.path.join(out_dir, "申报材料.7z"), t["applicant"] + "申报材料/")
    elif fam == "emlpkg":
        email_package(t, files, os.path.join(out_dir, "申报材料.eml"))
    elif fam == "mailbody":  # the information table pasted into the message, the rest attached
        import re as _re
        table = [p for p in files if os.path.basename(p).rsplit(".", 1)[0] == names["info_table"]]
        page = info_html(t, fam) if table else ""
        body_html = "".join(_re.findall(r"<h1>.*?</h1>|<table.*?</table>", page, _re.S))
        email_package(t, [p for p in files if p not in table], os.path.join(out_dir, "申报材料.eml"),
                      body_table=body_html)
    elif fam == "portfolio":
        pdf_portfolio(files, os.path.join(out_dir, "申报材料.pdf"), work)
    else:
        for p in files:
            shutil.copy(p, os.path.join(out_dir, os.path.basename(p)))
    shutil.rmtree(work)
    return out_dir


class GbkZipInfo(zipfile.ZipInfo):
    """An entry as Windows' "send to compressed folder" on a Chinese system writes it: the name
    in the ANSI code page (GBK), the UTF-8 flag not set, made on MS-DOS."""
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def append_to_application(files, names):
    """The sealed commitment and agreement, scanned, appended to the application PDF as its last
    pages (附件), as applicants do when the system has one upload slot for the application: the
    files left are the application (with them) and the others."""
    base = {os.path.basename(p).rsplit(".", 1)[0]: p for p in files}
    app = base.get(names["application"])
    extra = [base[names[k]] for k in ("commitment", "cooperation_agreement") if names[k] in base]
    if app is None or not extra:
        return files
    joined = app[:-4] + ".joined.pdf"
    mp.run(["pdfunite", app] + extra + [joined])
    os.replace(joined, app)
    for p in extra:
        os.remove(p)
    return [p for p in files if p not in extra]


def attach_to_application(files, names):
    """The information table and the commitment attached inside the application PDF as file
    attachments (the document's EmbeddedFiles name tree, with a paper-clip annotation on the
    first page naming each, as a PDF editor's "attach file" makes them); the attached files are
    then not uploaded on their own. Without an application in the package nothing is attached."""
    import pikepdf
    app = [p for p in files if os.path.basename(p).rsplit(".", 1)[0] == names["application"]]
    inner = [p for p in files if os.path.basename(p).rsplit(".", 1)[0] in (names["info_table"], names["commitment"])]
    if not app or not inner:
        return files
    with pikepdf.open(app[0], allow_overwriting_input=True) as pdf:
        annots = []
        for k, p in enumerate(inner):
            spec = pikepdf.AttachedFileSpec.from_filepath(pdf, p, description=os.path.basename(p))
            pdf.attachments[os.path.basename(p)] = spec
            annots.append(pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment,
                Rect=[520, 780 - 30 * k, 540, 800 - 30 * k], FS=spec.obj, Name=pikepdf.Name.Paperclip,
                Contents=pikepdf.String(os.path.basename(p)))))
        first = pdf.pages[0]
        first.Annots = pdf.make_indirect(pikepdf.Array(list(first.get("/Annots", [])) + annots))
        pdf.save(app[0])
    return [p for p in files if p not in inner]


STRICT = [  # transitional → strict namespace URIs (ISO/IEC 29500-1 strict conformance)
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
]


def traditional_docx(path, config="s2t"):
    """The document converted to traditional characters as Word's 中文简繁转换 (简转繁) does it:
    every run's text (OpenCC s2t: characters and the phrases that decide them; s2twp with
    转换常用词汇: Taiwan's words too, 项目 → 專案, 信息 → 資訊, 软件 → 軟體)."""
    import re as _re
    import opencc
    conv = opencc.OpenCC(config)
    with zipfile.ZipFile(path) as z:
        parts = {i: z.read(i.filename) for i in z.infolist()}
    out = path + ".tmp"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts.items():
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                xml = _re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)",
                              lambda m: m.group(1) + conv.convert(m.group(2)) + m.group(3), xml)
                data = xml.encode("utf-8")
            z.writestr(info, data)
    os.replace(out, path)


# The entries of the drop-down form fields (ffdropdown), in the template's order; a value not
# among them is added at the end.
DROPDOWNS = {
    "type": ["企业", "高校", "科研院所", "其他"],
    "status": ["高新技术企业", "国家科技型中小企业", "高新技术企业培育库入库企业", "无"],
    "zone": ["无", "苏州工业园区", "苏州高新区", "昆山高新区", "吴江高新区", "吴中高新区", "相城高新区",
             "常熟高新区", "张家港高新区", "太仓高新区"],
}

# The fill-in instructions a template puts in its value cells, and where (leftnotes).
LEFT_NOTES = {
    "project_name": ("after", "（不超过25个字，以“研发”结尾）"),
    "applicant": ("before", "（全称，与公章一致）"),
    "credit_code": ("after", "（18位）"),
    "leader": ("after", "（须为本单位在职人员）"),
    "phone": ("before", "（手机）"),
    "department": ("after", "（按属地填写）"),
    "zone": ("before", "（不在高新区内的填“无”）"),
    "partners": ("after", "（多家单位用“；”隔开）"),
    "period": ("after", "（格式：XXXX年XX月XX日至XXXX年XX月XX日）"),
    "total": ("after", "（单位：万元）"),
    "municipal": ("after", "（不超过总投入的30%）"),
}

SMART = '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{el}"><w:smartTagPr>{attrs}</w:smartTagPr>{inner}</w:smartTag>'


def smart_tag(element, attrs, inner):
    """A Word 2003-era smart tag round `inner` (runs): chsdate, chmetcnv, PersonName, place, City."""
    return SMART.format(el=element, attrs="".join(f'<w:attr w:name="{k}" w:val="{esc(v)}"/>' for k, v in attrs),
                        inner=inner)


def smart_value(f, val, rnd):
    """A value's runs as Word 2003 wrote them in a form it had tagged: dates in chsdate tags,
    an amount with its unit in a chmetcnv tag, the leader's name in a PersonName tag, the
    unit's city in a City tag inside a place tag, the credit code in inline custom XML, a
    _GoBack bookmark left in the phone number."""
    import re as _re
    if f == "period":
        out, last = "", 0
        for m in _re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", val):
            out += runs(val[last:m.start()], rnd) if m.start() > last else ""
            out += smart_tag("chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", m.group(3)),
                                         ("Month", m.group(2)), ("Year", m.group(1))], runs(m.group(0), rnd))
            last = m.end()
        return out + (runs(val[last:], rnd) if last < len(val) else "")
    if f in ("total", "municipal"):
        m = _re.fullmatch(r"([\d.]+)(万元)", val)
        if m:
            return smart_tag("chmetcnv", [("TCSC", "0"), ("NumberType", "1"), ("Negative", "False"),
                                          ("HasSpace", "False"), ("SourceValue", m.group(1)), ("UnitName", "万元")],
                             runs(val, rnd))
    if f == "leader" and val:
        return smart_tag("PersonName", [("ProductID", val)], runs(val, rnd))
    if f in ("applicant", "department"):
        for city in ("苏州", "昆山", "常熟", "张家港", "太仓"):
            if val.startswith(city):
                return smart_tag("place", [], smart_tag("City", [], runs(city, rnd))) + runs(val[len(city):], rnd)
    if f == "credit_code" and val:
        return f'<w:customXml w:uri="http://www.szkj.gov.cn/form" w:element="creditCode">{runs(val, rnd)}</w:customXml>'
    if f == "phone" and len(val) > 6:
        return runs(val[:3], rnd) + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' + \
            runs(val[3:], rnd)
    return runs(val, rnd)


def radical_forms():
    """Unified ideograph → the CJK radical a PDF's font may map its glyph to (what copying text
    from such a PDF gives: ⼯ U+2F2F for 工, ⻓ U+2EE7 for 长): the Kangxi radicals by their
    compatibility decomposition, and the simplified forms of the radicals supplement by name."""
    import unicodedata
    forms = {}
    for cp in range(0x2F00, 0x2FD6):
        r = chr(cp)
        forms[unicodedata.normalize("NFKC", r)] = r
    for name, han in [("LONG", "长"), ("GATE", "门"), ("HORSE", "马"), ("CART", "车"), ("SEE", "见"),
                      ("SHELL", "贝"), ("LEAF", "页"), ("WIND", "风"), ("FLY", "飞"), ("DRAGON", "龙"),
                      ("EVEN", "齐"), ("FISH", "鱼"), ("BIRD", "鸟"), ("WHEAT", "麦"), ("YELLOW", "黄"),
                      ("TOOTH", "齿"), ("WALK", "辶")]:
        try:
            forms[han] = unicodedata.lookup("CJK RADICAL C-SIMPLIFIED " + name)
        except KeyError:
            pass
    return forms


RADICAL_FORMS = None


def pasted_value(field, value):
    """A value as pasting it from a PDF and a web page gives it: every character the PDF's font
    maps to a CJK radical written as that radical (names, units, places), a zero-width space
    from the web page inside the unit's name and after the credit code, no-break spaces round
    the period's 至."""
    global RADICAL_FORMS
    if RADICAL_FORMS is None:
        RADICAL_FORMS = radical_forms()
    if field in ("project_name", "applicant", "partners", "department", "leader"):
        value = "".join(RADICAL_FORMS.get(c, c) for c in value)
    if field == "applicant" and len(value) > 4:
        value = value[:2] + "\u200b" + value[2:]
    if field == "credit_code" and value:
        value += "\u200b"
    if field == "period":
        value = value.replace("至", "\u00a0至\u00a0")
    return value


def pdf_to_word(path):
    """A PDF converted to Word by a PDF-to-Word converter (pdf2docx, MIT: ruled tables rebuilt
    as Word tables, text as positioned paragraphs, a line of the page a paragraph or a break);
    the PDF is replaced by the .docx."""
    import contextlib
    import io
    from pdf2docx import Converter
    out = path[:-4] + ".docx"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        c = Converter(path)
        c.convert(out)
        c.close()
    os.remove(path)
    return out


def strict_docx(path):
    """A DOCX rewritten in place as Word's "Strict Open XML Document" writes it: strict namespace
    URIs in every part and relationship type (package relationships and content types stay),
    w:conformance="strict" on the document."""
    import re as _re
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename.endswith((".xml", ".rels")) and info.filename != "[Content_Types].xml":
                text = data.decode("utf-8")
                for old, new in STRICT:
                    text = text.replace(old, new)
                if info.filename == "word/document.xml":
                    text = _re.sub(r"<w:document ", '<w:document w:conformance="strict" ', text, count=1)
                data = text.encode("utf-8")
            z.writestr(info, data)


WORDML = "http://schemas.microsoft.com/office/word/2003/wordml"
W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word2003_xml(docx_path):
    """A DOCX rewritten as the Word 2003 XML document (WordprocessingML 2003) a web system's
    "export to Word" writes from a FreeMarker template, saved as .doc: one XML file with the
    mso-application processing instruction, w:wordDocument > w:body > wx:sect, the 2003
    namespace, vertical merges as w:vmerge, pictures as w:pict with base64 w:binData. Returns
    the .doc path; the .docx is removed."""
    import base64
    import xml.etree.ElementTree as ET
    ns = {"w": W2006, "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    with zipfile.ZipFile(docx_path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        rels = ET.fromstring(z.read("word/_rels/document.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        media = {n: z.read(n) for n in z.namelist() if n.startswith("word/media/")}
    out = []
    pics = [0]

    def esc(v):
        return html.escape(v, quote=True)

    def conv(e):
        tag = e.tag.split("}")[1] if "}" in e.tag else e.tag
        uri = e.tag[1:].split("}")[0] if "}" in e.tag else ""
        if uri != W2006:
            return  # DrawingML, markup compatibility, extensions: handled under w:drawing or left out
        if tag == "drawing":
            blip = e.find(".//a:blip", ns)
            ext = e.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
            if blip is None or ext is None:
                return
            data = media["word/" + target[blip.get("{%s}embed" % ns["r"])]]
            pics[0] += 1
            name = f"wordml://0300000{pics[0]}.png"
            wpt, hpt = int(ext.get("cx")) / 12700, int(ext.get("cy")) / 12700
            out.append(f'<w:pict><w:binData w:name="{name}" xml:space="preserve">'
                       f'{base64.b64encode(data).decode()}</w:binData>'
                       f'<v:shape id="_x0000_i102{pics[0]}" type="#_x0000_t75" '
                       f'style="width:{wpt:.1f}pt;height:{hpt:.1f}pt"><v:imagedata src="{name}" o:title=""/>'
                       f'</v:shape></w:pict>')
            return
        if tag in ("proofErr", "bookmarkStart", "bookmarkEnd", "lastRenderedPageBreak", "tblLook"):
            return
        tag = {"vMerge": "vmerge"}.get(tag, tag)
        attrs = "".join(f' w:{k.split("}")[1]}="{esc(v)}"' for k, v in e.attrib.items()
                        if k.startswith("{%s}" % W2006) and not k.split("}")[1].startswith("rsid"))
        if tag == "t":
            out.append(f'<w:t>{esc(e.text or "")}</w:t>')
            return
        if tag == "rFonts":  # FreeMarker templates keep Word's font hints
            attrs = ' w:hint="eastAsia"' + "".join(
                f' w:{k}="{esc(e.get("{%s}%s" % (W2006, k)))}"' for k in ("ascii", "fareast", "h-ansi")
                if e.get("{%s}%s" % (W2006, {"fareast": "eastAsia", "h-ansi": "hAnsi"}.get(k, k))))
        if len(e) == 0 and not (e.text or "").strip():
            out.append(f"<w:{tag}{attrs}/>")
            return
        out.append(f"<w:{tag}{attrs}>")
        for c in e:
            conv(c)
        out.append(f"</w:{tag}>")

    body = root.find("w:body", ns)
    out.append("<w:body><wx:sect>")
    for c in body:
        conv(c)
    out.append("</wx:sect></w:body>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<?mso-application progid="Word.Document"?>\n'
           f'<w:wordDocument xmlns:w="{WORDML}" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
           'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
           'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" '
           'w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
           '<o:DocumentProperties><o:Author>Administrator</o:Author><o:Version>12</o:Version>'
           '</o:DocumentProperties>'
           '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" '
           'w:cs="Times New Roman"/></w:fonts>'
           '<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/></w:docPr>'
           + "".join(out) + "</w:wordDocument>")
    path = docx_path[:-5] + ".doc"
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    os.remove(docx_path)
    return path


def ole_excel_docx(t, fam, path, work, legacy=False):
    """The information table pasted into a Word file as an embedded Excel worksheet (Paste
    Special → Microsoft Excel 工作表 对象): the document holds the title and a w:object whose
    VML shape shows a preview picture of the table, and an o:OLEObject (ProgID Excel.Sheet.12)
    pointing at the workbook stored in word/embeddings. The preview is the workbook printed by
    LibreOffice Calc and cropped to the table, as Word keeps the picture Excel draws. With
    `legacy`, the object is an Excel 97-2003 worksheet (ProgID Excel.Sheet.8) as Word keeps
    objects of documents first saved as .doc: the embedding is word/embeddings/oleObject1.bin,
    a compound file holding the workbook's BIFF8 Workbook stream (the .xls LibreOffice Calc
    saves), related as an oleObject."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from PIL import Image, ImageChops
    xlsx = info_xlsx_pdf(t, fam, os.path.join(work, "工作簿1.pdf"), keep_workbook=True)
    mp.soffice([xlsx], "pdf", work)
    pdf = xlsx[:-5] + ".pdf"
    mp.run(["pdftoppm", "-r", "120", "-png", "-singlefile", pdf, pdf[:-4]])
    img = Image.open(pdf[:-4] + ".png").convert("RGB")
    box = ImageChops.difference(img, Image.new("RGB", img.size, "white")).getbbox()
    img = img.crop((max(0, box[0] - 4), max(0, box[1] - 4), box[2] + 4, box[3] + 4))
    png = pdf[:-4] + "_preview.png"
    img.save(png)
    d = mp.new_docx()
    d.add_paragraph("附件1")
    p = d.add_paragraph()
    p.add_run("（双击表格可在 Excel 中编辑）").italic = True
    rid_img, _ = d.part.get_or_add_image(png)
    if legacy:
        mp.soffice([xlsx], "xls:MS Excel 97", work)
        with open(xlsx[:-5] + ".xls", "rb") as f:
            part = Part(PackURI("/word/embeddings/oleObject1.bin"),
                        "application/vnd.openxmlformats-officedocument.oleObject", f.read(), d.part.package)
        rid_ole = d.part.relate_to(part, RT.OLE_OBJECT)
    else:
        with open(xlsx, "rb") as f:
            part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f.read(), d.part.package)
        rid_ole = d.part.relate_to(part, RT.PACKAGE)
    w_pt = 430.0
    h_pt = w_pt * img.height / img.width
    obj = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:object w:dxaOrig="{int(w_pt * 20)}" w:dyaOrig="{int(h_pt * 20)}">'
        f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{w_pt:.1f}pt;height:{h_pt:.1f}pt" o:ole="">'
        f'<v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="{"Excel.Sheet.8" if legacy else "Excel.Sheet.12"}" ShapeID="_x0000_i1025" DrawAspect="Content" '
        f'ObjectID="_1718{random.Random(t["credit_code"]).randrange(100000, 999999)}" r:id="{rid_ole}"/>'
        '</w:object></w:r>')
    d.add_paragraph()._p.append(obj)
    d.save(path)
    return path


def info_xlsx_dict(t, fam, path):
    """The information table as an online system's .xlsx template, filled: a first sheet of
    filling instructions (填表说明), the table sheet (label / value columns) whose 单位类型,
    企业资质, 主管部门 and 所在高新区 cells are drop-downs (data validation lists) drawing on a
    hidden sheet 字典 that lists every option, as such templates carry them."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    for i, line in enumerate(["填表说明", "1. 请在“信息表”工作表中填写，带下拉框的栏目请从下拉列表中选择。",
                              "2. 金额单位为万元，保留两位小数。", "3. 统一社会信用代码为18位。",
                              "4. 请勿修改表格结构，请勿删除隐藏的工作表。"], start=1):
        notes.cell(row=i, column=1, value=line)
    ws = wb.create_sheet("信息表")
    dic = wb.create_sheet("字典")
    dic.sheet_state = "hidden"
    options = {"type": ["企业", "高等院校", "科研院所", "医疗卫生机构", "其他事业单位"],
               "status": ["高新技术企业", "高新技术企业培育库入库企业", "国家科技型中小企业", "科技型中小企业", "无"],
               "department": ["苏州工业园区科技和信息化局", "苏州高新区（虎丘区）科技局", "苏州市吴中区科学技术局",
                              "苏州市相城区科学技术局", "苏州市吴江区科学技术局", "苏州市姑苏区科学技术局",
                              "常熟市科学技术局", "张家港市科学技术局", "昆山市科学技术局", "太仓市科学技术局"],
               "zone": ["苏州高新区", "吴中高新区", "相城高新区", "吴江高新区", "常熟高新区", "张家港高新区",
                        "昆山高新区", "太仓高新区", "无"]}
    for c, (k, vals) in enumerate(options.items(), start=1):
        dic.cell(row=1, column=c, value={"type": "单位类型", "status": "企业资质", "department": "主管部门",
                                         "zone": "所在高新区"}[k])
        for r, v in enumerate(vals, start=2):
            dic.cell(row=r, column=c, value=v)
    ws.merge_cells("A1:B1")
    ws["A1"] = TITLES[fam]
    ws["A1"].font = Font(name=mp.FONT, size=16, bold=True)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 22, 60
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    col_of = {k: "ABCD"[i] for i, k in enumerate(options)}
    for r, (f, lab, val) in enumerate(facts(t, fam), start=2):
        a, b = ws.cell(row=r, column=1, value=lab), ws.cell(row=r, column=2, value=val)
        a.border = b.border = box
        if f in options:
            col = col_of[f]
            dv = DataValidation(type="list", formula1=f"=字典!${col}$2:${col}${len(options[f]) + 1}", allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(b)
    wb.active = 1
    wb.save(path)
    return path


def cropped_screenshot_docx(t, fam, path, work):
    """The online system's page captured with the panel above the form that shows a worked
    example (填写示例: the same labels over a made-up project's values), pasted into Word 16 cm
    wide and cropped there to the form (a:srcRect t=…, the picture's extent the cropped part's):
    the whole capture stays in the file; Word shows and prints the form only."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Emu
    png, top, form_aspect = example_capture(t, fam, path, work)
    d = mp.new_docx()
    d.add_heading(TITLES[fam], level=1)
    d.add_paragraph("（以下为申报系统中已填报信息的截图）")
    shape = d.add_picture(png, width=Mm(160))
    blip_fill = shape._inline.graphic.graphicData.pic.blipFill
    blip_fill.blip.addnext(parse_xml(f'<a:srcRect {nsdecls("a")} t="{round(top * 100000)}"/>'))
    shape.height = Emu(round(shape.width * form_aspect))
    d.save(path)
    os.remove(png)
    return path


def example_capture(t, fam, path, work):
    """The online system's page captured (the information table as LibreOffice prints it, 110
    dpi) with the panel above the form that shows a worked example (填写示例: the same labels
    over a made-up project's values): (the capture's PNG, the fraction of its height above the
    form, the form's height over its width). Seeded by `path`."""
    import zlib
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    src = os.path.join(work, "系统页面.html")
    open(src, "w", encoding="utf-8").write(info_html(t, fam))
    mp.soffice([src], "pdf", work)
    pdf = src[:-5] + ".pdf"
    mp.run(["pdftoppm", "-r", "110", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, pdf[:-4]])
    img = Image.open(pdf[:-4] + ".png").convert("RGB")
    box = ImageChops.difference(img, Image.new("RGB", img.size, "white")).getbbox()
    img = img.crop((max(0, box[0] - 12), max(0, box[1] - 12), min(img.width, box[2] + 12), min(img.height, box[3] + 12)))
    r = random.Random(zlib.crc32(path.encode()))
    L = LABELS[fam]
    lines = [f'{L["name"]}：{r.choice(["新型高效光伏逆变器控制技术研发", "智能仓储机器人调度系统研发", "高性能锂电池隔膜材料研发"])}',
             f'{L["applicant"]}：苏州示例科技有限公司',
             f'{L["credit"]}：91320500MA1EXAMPLE',
             f'{L["leader"]}：李四    {L["phone"]}：13900000000',
             f'{L["period"]}：2021年01月至2022年12月',
             f'{L["total"]}：300    {L["municipal"]}：50']
    font = ImageFont.truetype(TTF, 17)
    head = ImageFont.truetype(TTF, 19)
    panel_h = 44 + 28 * len(lines) + 20
    panel = Image.new("RGB", (img.width, panel_h), (238, 243, 250))
    dr = ImageDraw.Draw(panel)
    dr.rectangle([0, 0, img.width - 1, panel_h - 1], outline=(170, 190, 215), width=2)
    dr.text((18, 12), "填写示例（仅供参考，请勿照抄）", font=head, fill=(30, 60, 120))
    for k, line in enumerate(lines):
        dr.text((30, 44 + 28 * k), line, font=font, fill=(60, 60, 60))
    shot = Image.new("RGB", (img.width, panel_h + 16 + img.height), "white")
    shot.paste(panel, (0, 0))
    shot.paste(img, (0, panel_h + 16))
    png = os.path.join(work, "截图.png")
    shot.save(png)
    for q in (src, pdf, pdf[:-4] + ".png"):
        os.remove(q)
    return png, (panel_h + 16) / shot.height, img.height / img.width


def cropped_screenshot_ods(t, fam, path, work):
    """xlsxshot's workbook opened in LibreOffice Calc and saved as .ods, the crop made again in
    Calc (Calc's import drops the workbook's a:srcRect and shows the whole capture squeezed into
    the frame): the frame's graphic style gets fo:clip="rect(top, 0, 0, 0)", its lengths on the
    picture's size at 96 pixels per inch, as Calc writes them."""
    import re as _re
    from PIL import Image
    xlsx = cropped_screenshot_xlsx(t, fam, path[:-4] + ".xlsx", work)
    with zipfile.ZipFile(xlsx) as z:
        media = next(n for n in z.namelist() if n.startswith("xl/media/"))
        height = Image.open(io.BytesIO(z.read(media))).height
        xml = z.read(next(n for n in z.namelist() if n.startswith("xl/drawings/drawing"))).decode("utf-8")
    top = int(_re.search(r'srcRect [^>]*t="(\d+)"', xml).group(1)) / 100000
    mp.soffice([xlsx], "ods", os.path.dirname(path))
    os.remove(xlsx)
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        parts = {i.filename: z.read(i.filename) for i in infos}
    content = parts["content.xml"].decode("utf-8")
    content, n = _re.subn(r'fo:clip="rect\([^"]*\)"', f'fo:clip="rect({top * height / 96:.4f}in, 0in, 0in, 0in)"', content,
                          count=1)
    assert n == 1
    parts["content.xml"] = content.encode("utf-8")
    with zipfile.ZipFile(path, "w") as z:
        for i in infos:  # mimetype first and stored, as ODF asks
            z.writestr(i.filename, parts[i.filename],
                       zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return path


def cropped_screenshot_xlsx(t, fam, path, work):
    """The capture of example_capture pasted into an Excel sheet (openpyxl: the sheet's title in
    A1, the picture anchored at A3, 16 cm wide) and cropped there to the form: a:srcRect t=… in
    xl/drawings/drawing1.xml, the picture's extent the cropped part's. The whole capture stays
    in xl/media; Excel shows and prints the form only."""
    import re as _re
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as XlImage
    from openpyxl.styles import Font
    png, top, form_aspect = example_capture(t, fam, path, work)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = TITLES[fam] + "（系统截图）"
    ws["A1"].font = Font(name=mp.FONT, size=14, bold=True)
    pic = XlImage(png)
    pic.width = 605  # 16 cm at 96 px per inch
    pic.height = round(605 * form_aspect)
    ws.add_image(pic, "A3")
    wb.save(path)
    os.remove(png)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if n.startswith("xl/drawings/drawing") and n.endswith(".xml"))
    xml = parts[name].decode("utf-8")
    xml, n = _re.subn(r"(<a:blip [^>]*/>)", lambda m: m.group(1) + '<a:srcRect xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                      f't="{round(top * 100000)}"/>', xml,
                      count=1)
    assert n == 1, xml[:400]
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k, b in parts.items():
            z.writestr(k, b)
    return path


def cropped_screenshot_odt(t, fam, path, work):
    """The capture of cropped_screenshot_docx (the worked-example panel above the form), pasted
    into LibreOffice Writer and cropped there to the form, saved as OpenDocument text: Writer
    keeps the whole capture in Pictures/ and writes the crop as the frame style's fo:clip."""
    docx = cropped_screenshot_docx(t, fam, path[:-4] + ".docx", work)
    mp.soffice([docx], "odt:writer8", os.path.dirname(path))
    os.remove(docx)
    return path


def info_typst(t, fam):
    """The information table typeset by Typst: a ruled four-column table, labels shaded, the
    long values across three columns, Typst breaking lines in narrow cells; every cell a Typst
    string (no markup read in values)."""
    q = lambda x: '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'
    rows = facts(t, fam)
    long = [(lab, val) for f, lab, val in rows if f in ("project_name", "applicant", "partners")]
    short = [(lab, val) for f, lab, val in rows if f not in ("project_name", "applicant", "partners")]
    label = lambda x: f"table.cell(fill: luma(235), {q(x)})"
    cells = []
    for lab, val in long[:2]:
        cells += [label(lab), f"table.cell(colspan: 3, {q(val)})"]
    for i in range(0, len(short), 2):
        for k, v in short[i:i + 2] + [("", "")] * (2 - len(short[i:i + 2])):
            cells += [label(k) if k else q(""), q(v)]
    for lab, val in long[2:]:
        cells += [label(lab), f"table.cell(colspan: 3, {q(val)})"]
    return ('#set page(paper: "a4", margin: (x: 2cm, y: 2.2cm))\n'
            '#set text(font: ("Noto Serif CJK SC"), size: 10.5pt, lang: "zh")\n'
            f'#align(center, text(size: 16pt, weight: "bold", {q(TITLES[fam])}))\n'
            '#v(0.4cm)\n'
            '#table(columns: (2.6cm, 1fr, 2.6cm, 1fr), stroke: 0.5pt, inset: 5pt, align: left + horizon,\n  '
            + ",\n  ".join(cells) + ")\n"
            '#v(0.6cm)\n#align(right, "申报单位（盖章）：　　　　　　　　年　　月　　日")\n')


def typst_pdf(src, path):
    """Typeset Typst source `src` to `path` (.pdf) with typst-py, the Noto CJK fonts."""
    import typst
    typ = path[:-4] + ".typ"
    open(typ, "w", encoding="utf-8").write(src)
    typst.compile(typ, output=path, font_paths=["/usr/share/fonts/opentype/noto"])
    os.remove(typ)
    return path


def last_years(html):
    """A part's HTML as last year's copy read: the project's name in its quotes swapped for an
    earlier project's, its year and dates a year back."""
    import re as _re
    old = _re.sub(r"“[^”]{4,60}”", "“新型智能传感器封装工艺研发”", html, count=1)
    return _re.sub(r"20(2[0-9])年", lambda m: f"20{int(m.group(1)) - 1:02d}年", old)


def vml_cropped_docx(old_pdf, new_pdf, docx_path):
    """Two scanned pages side by side as one picture (two A4 pages on the glass), pasted into a
    Word file as a legacy VML picture (w:pict / v:shape / v:imagedata) cropped to the right
    half (cropleft 32768f, i.e. 0.5): only this year's page shows; no other text."""
    from docx.oxml import parse_xml
    from PIL import Image
    old, new = page_jpegs(old_pdf)[0], page_jpegs(new_pdf)[0]
    a, b = Image.open(old).convert("RGB"), Image.open(new).convert("RGB")
    both = Image.new("RGB", (a.width + b.width, max(a.height, b.height)), (250, 250, 248))
    both.paste(a, (0, 0))
    both.paste(b, (a.width, 0))
    pic = docx_path[:-5] + "-glass.jpg"
    both.save(pic, "JPEG", quality=70)
    d = mp.new_docx()
    rid, _ = d.part.get_or_add_image(pic)
    w_pt = 453.6
    h_pt = w_pt * b.height / b.width
    xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:pict>'
           f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{w_pt:.1f}pt;height:{h_pt:.1f}pt">'
           f'<v:imagedata r:id="{rid}" o:title="扫描件" cropleft="32768f"/></v:shape></w:pict></w:r></w:p>')
    d.element.body.insert(0, parse_xml(xml))
    d.save(docx_path)
    for q in (old, new, pic):
        os.remove(q)


def screenshot_docx(t, fam, path, work):
    """The information table as a screenshot of the online system's page pasted into Word: the
    table (LibreOffice HTML→PDF) drawn at a screen's 110 dpi, cropped to the table, saved as
    PNG and pasted 16 cm wide under a typed title and a note; no text of the table in the
    document itself."""
    from PIL import Image, ImageChops
    src = os.path.join(work, "系统页面.html")
    open(src, "w", encoding="utf-8").write(info_html(t, fam))
    mp.soffice([src], "pdf", work)
    pdf = src[:-5] + ".pdf"
    mp.run(["pdftoppm", "-r", "110", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, pdf[:-4]])
    img = Image.open(pdf[:-4] + ".png").convert("RGB")
    box = ImageChops.difference(img, Image.new("RGB", img.size, "white")).getbbox()
    img = img.crop((max(0, box[0] - 12), max(0, box[1] - 12), min(img.width, box[2] + 12), min(img.height, box[3] + 12)))
    png = os.path.join(work, "截图.png")
    img.save(png)
    d = mp.new_docx()
    d.add_heading(TITLES[fam], level=1)
    d.add_paragraph("（以下为申报系统中已填报信息的截图）")
    d.add_picture(png, width=Mm(160))
    d.save(path)
    for p in (src, pdf, pdf[:-4] + ".png", png):
        os.remove(p)
    return path


def emf_table(rows, title, path):
    """An Enhanced Metafile as Excel's 复制为图片 (as shown on screen) writes a range: EMR_HEADER
    (96 dpi device units, the frame in 0.01 mm), a GB2312 宋体 font (EMR_EXTCREATEFONTINDIRECTW),
    the grid drawn with a pen (EMR_MOVETOEX / EMR_LINETO), and each cell's text as an
    EMR_EXTTEXTOUTW at its baseline (TA_BASELINE) with one advance a character; a value wider
    than its column is wrapped onto more lines in a taller row, as a cell set to wrap text."""
    import struct
    recs = []

    def rec(kind, body):
        body = body + b"\0" * (-len(body) % 4)
        recs.append(struct.pack("<II", kind, 8 + len(body)) + body)

    def logfont(height, weight):
        face = "宋体".encode("utf-16-le").ljust(64, b"\0")
        return struct.pack("<iiiiiBBBBBBBB", height, 0, 0, 0, weight, 0, 0, 0, 134, 0, 0, 2, 2) + face

    adv = lambda ch: 8 if ord(ch) < 128 else 15
    col = (190, 470)
    lines = []  # (cell text lines, bold title)
    for lab, val in rows:
        out, cur, w = [], "", 0
        for ch in val:
            if w + adv(ch) > col[1] - 12 and cur:
                out.append(cur)
                cur, w = "", 0
            cur += ch
            w += adv(ch)
        out.append(cur)
        lines.append((lab, out))
    width = col[0] + col[1]
    title_h = 34
    heights = [max(24, 8 + 19 * len(v)) for _, v in lines]
    height = title_h + sum(heights)
    rec(17, struct.pack("<I", 1))  # EMR_SETMAPMODE MM_TEXT
    rec(18, struct.pack("<I", 1))  # EMR_SETBKMODE TRANSPARENT
    rec(22, struct.pack("<I", 24))  # EMR_SETTEXTALIGN TA_BASELINE | TA_LEFT
    rec(24, struct.pack("<I", 0))  # EMR_SETTEXTCOLOR black
    rec(38, struct.pack("<IIiiI", 1, 0, 1, 0, 0x00C0C0C0))  # EMR_CREATEPEN 1: solid, 1 px, grey
    rec(37, struct.pack("<I", 1))  # EMR_SELECTOBJECT pen
    rec(82, struct.pack("<I", 2) + logfont(-15, 400))  # EMR_EXTCREATEFONTINDIRECTW 2: 11 pt
    rec(82, struct.pack("<I", 3) + logfont(-19, 700))  # 3: the title, 14 pt bold

    def line(x0, y0, x1, y1):
        rec(27, struct.pack("<ii", x0, y0))  # EMR_MOVETOEX
        rec(54, struct.pack("<ii", x1, y1))  # EMR_LINETO

    def text(x, y, s):
        n = len(s)
        u = s.encode("utf-16-le")
        u += b"\0" * (-len(u) % 4)
        dx = b"".join(struct.pack("<I", adv(ch)) for ch in s)
        off_str = 8 + 16 + 12 + 40
        w = sum(adv(ch) for ch in s)
        body = struct.pack("<iiii", x, y - 15, x + w, y + 4) + struct.pack("<Iff", 1, 0.0, 0.0) + \
            struct.pack("<iiIIIiiiiI", x, y, n, off_str, 0, 0, 0, -1, -1, off_str + len(u)) + u + dx
        rec(84, body)  # EMR_EXTTEXTOUTW

    rec(37, struct.pack("<I", 3))
    tw = sum(19 if ord(ch) >= 128 else 10 for ch in title)
    text((width - tw) // 2, 24, title)
    rec(37, struct.pack("<I", 2))
    y = title_h
    line(0, y, width, y)
    for (lab, vals), h in zip(lines, heights):
        text(6, y + 17, lab)
        for k, v in enumerate(vals):
            text(col[0] + 6, y + 17 + 19 * k, v)
        y += h
        line(0, y, width, y)
    for x in (0, col[0], width):
        line(x, title_h, x, height)
    rec(40, struct.pack("<I", 1))  # EMR_DELETEOBJECT
    rec(14, struct.pack("<III", 0, 16, 20))  # EMR_EOF
    body = b"".join(recs)
    px_mm = 25.4 / 96
    header = struct.pack("<iiii", 0, 0, width, height) + \
        struct.pack("<iiii", 0, 0, round(width * px_mm * 100), round(height * px_mm * 100)) + \
        struct.pack("<IIIIHHIIIiiii", 0x464D4520, 0x10000, 108 + len(body), len(recs) + 1, 4, 0, 0, 0, 0,
                    1920, 1080, 508, 286) + struct.pack("<IIIii", 0, 0, 0, 508000, 285750)
    data = struct.pack("<II", 1, 108) + header + body
    assert len(struct.pack("<II", 1, 108) + header) == 108
    with open(path, "wb") as f:
        f.write(data)
    return width, height


def emf_docx(t, fam, path, work):
    """The information table copied from Excel as a picture and pasted into Word: a typed title,
    a note, and the range as an Enhanced Metafile (word/media/image1.emf) in an inline drawing
    16 cm wide; no text of the table in the document itself, only in the metafile's records."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    emf = os.path.join(work, "table.emf")
    w, h = emf_table([(lab, val) for _, lab, val in facts(t, fam)], TITLES[fam], emf)
    d = mp.new_docx()
    d.add_paragraph("附件1")
    d.add_paragraph("（信息表自申报系统导出的 Excel 表格复制粘贴）")
    with open(emf, "rb") as f:
        part = Part(PackURI("/word/media/image1.emf"), "image/x-emf", f.read(), d.part.package)
    rid = d.part.relate_to(part, RT.IMAGE)
    cx = int(160 * 36000)
    cy = int(cx * h / w)
    d.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.emf"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing></w:r>'))
    d.save(path)
    os.remove(emf)
    return path


def der(tag, body):
    n = len(body)
    size = bytes([n]) if n < 128 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + size + body


def ses_signature(holder, png, seed):
    """An electronic seal's signed value as GB/T 38540 lays it out (SES_Signature: the data to
    sign, holding the seal SES_Seal with its picture, then certificate, algorithm, signature),
    DER-encoded. The certificate and signature are random bytes of the right shapes: a
    generator's seal, not a valid signature."""
    r = random.Random(seed)
    rnd = lambda n: bytes(r.randrange(256) for _ in range(n))
    ia5 = lambda s: der(0x16, s.encode())
    i = lambda v: der(0x02, bytes([v]))
    gt = lambda s: der(0x18, s.encode())
    seal = der(0x30, der(0x30, ia5("ES") + i(4) + ia5("SZSEAL")) + ia5(f"32050{r.randrange(10**9, 10**10)}") +
               der(0x30, i(1) + der(0x0C, holder.encode()) + i(1) + der(0x30, der(0x04, rnd(64))) +
                   gt("20220101000000Z") + gt("20220101000000Z") + gt("20270101000000Z")) +
               der(0x30, ia5("png") + der(0x04, png) + i(42) + i(42)) +
               der(0x30, der(0x04, rnd(64)) + der(0x06, bytes.fromhex("2a811ccf55018375")) + der(0x03, b"\0" + rnd(64))))
    tbs = der(0x30, i(4) + seal + gt("20220620103000Z") + der(0x03, b"\0" + rnd(32)) +
              ia5("/Doc_0/Signs/Sign_0/Signature.xml"))
    return der(0x30, tbs + der(0x04, rnd(64)) + der(0x06, bytes.fromhex("2a811ccf55018375")) + der(0x03, b"\0" + rnd(64)))


def pdf_to_ofd(pdf_path, path, sealed=False):
    """A PDF converted to OFD as PDF→OFD converters write it: a page a PDF page (PhysicalBox in
    millimetres), a TextObject a text span whose Boundary is the span's box and whose CTM
    scales a unit font (Size 1) to the span's size, the TextCode's X, Y and DeltaX in those
    unscaled units; the table rules as PathObjects (AbbreviatedData); fonts in PublicRes. With
    `sealed`, an electronic seal (a Signature whose StampAnnot stands over the page's 公章 /
    盖章 places, the seal picture inside its signed value) for each party."""
    import io
    import fitz
    mm = 25.4 / 72
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    doc = fitz.open(pdf_path)
    fonts, pages, stamps = {}, [], []
    uid = [10]

    def nid():
        uid[0] += 1
        return uid[0]
    for k, page in enumerate(doc):
        objs = []
        for dr in page.get_drawings():
            for it in dr["items"]:
                if it[0] == "l":
                    pts = [it[1], it[2]]
                elif it[0] == "re":
                    rc = it[1]
                    pts = [rc.tl, rc.tr, rc.br, rc.bl, rc.tl]
                else:
                    continue
                x0, y0 = min(p.x for p in pts) * mm, min(p.y for p in pts) * mm
                x1, y1 = max(p.x for p in pts) * mm, max(p.y for p in pts) * mm
                data = " ".join(("M" if j == 0 else "L") + f" {p.x * mm - x0:.3f} {p.y * mm - y0:.3f}" for j, p in enumerate(pts))
                fill = dr.get("fill") is not None and it[0] == "re"
                objs.append(f'<ofd:PathObject ID="{nid()}" Boundary="{x0:.3f} {y0:.3f} {max(x1 - x0, 0.1):.3f} {max(y1 - y0, 0.1):.3f}" '
                            f'LineWidth="{(dr.get("width") or 0.5) * mm:.3f}"{" Fill=" + chr(34) + "true" + chr(34) if fill else ""}>'
                            f'<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>')
        for b in page.get_text("rawdict")["blocks"]:
            for ln in b.get("lines", []):
                for sp in ln["spans"]:
                    chars = [c for c in sp["chars"]]
                    if not chars or not "".join(c["c"] for c in chars).strip():
                        continue
                    s = sp["size"] * mm
                    fid = fonts.setdefault(sp["font"], len(fonts) + 2)
                    bx, by = sp["bbox"][0] * mm, sp["bbox"][1] * mm
                    bw, bh = (sp["bbox"][2] - sp["bbox"][0]) * mm, (sp["bbox"][3] - sp["bbox"][1]) * mm
                    ox, oy = chars[0]["origin"][0] * mm, chars[0]["origin"][1] * mm
                    dx = [(b_["origin"][0] - a["origin"][0]) * mm / s for a, b_ in zip(chars, chars[1:])]
                    objs.append(f'<ofd:TextObject ID="{nid()}" Boundary="{bx:.3f} {by:.3f} {bw + 0.5:.3f} {bh + 0.5:.3f}" '
                                f'Font="{fid}" Size="1" CTM="{s:.4f} 0 0 {s:.4f} 0 0"><ofd:FillColor Value="0 0 0"/>'
                                f'<ofd:TextCode X="{(ox - bx) / s:.4f}" Y="{(oy - by) / s:.4f}"'
                                + (f' DeltaX="{" ".join(f"{d:.4f}" for d in dx)}"' if dx else "") +
                                f'>{esc("".join(c["c"] for c in chars))}</ofd:TextCode></ofd:TextObject>')
        pid = nid()
        pages.append((pid, page.rect.width * mm, page.rect.height * mm, objs))
        if sealed and k == 0:
            marks = [r for word in ("公章", "盖章") for r in page.search_for(word)] or [fitz.Rect(420, page.rect.height - 160, 430, page.rect.height - 150)]
            placed = []
            for j, r in enumerate(marks):
                cx, cy = (r.x0 + r.x1) / 2 + 40, (r.y0 + r.y1) / 2
                while any(abs(cx - px) < 1.1 * 119 and abs(cy - py) < 119 for px, py in placed):
                    cx += 119
                placed.append((cx, cy))
                stamps.append((pid, cx * mm - 21, cy * mm - 21, "苏州某某科技有限公司" if j else "项目申报单位专用章"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                   '<ofd:DocBody><ofd:DocInfo><ofd:DocID>3c9e1b7a5d2f4e6081a9c7e5d3b1f2a4</ofd:DocID>'
                   '<ofd:Creator>PDF转OFD转换器</ofd:Creator><ofd:CreatorVersion>3.2</ofd:CreatorVersion>'
                   '<ofd:CreationDate>2022-06-20</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                   + ('<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>' if stamps else '') +
                   '</ofd:DocBody></ofd:OFD>')
        w0, h0 = pages[0][1], pages[0][2]
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                   f'<ofd:MaxUnitID>{uid[0]}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {w0:.2f} {h0:.2f}</ofd:PhysicalBox>'
                   '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>'
                   + "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k, (pid, *_) in enumerate(pages)) +
                   '</ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
                   + "".join(f'<ofd:Font ID="{i}" FontName="{esc(n)}" FamilyName="{esc(n.split("-")[0])}"/>' for n, i in fonts.items()) +
                   '</ofd:Fonts></ofd:Res>')
        for k, (pid, w, h, objs) in enumerate(pages):
            area = "" if (abs(w - w0) < 0.5 and abs(h - h0) < 0.5) else \
                f'<ofd:Area><ofd:PhysicalBox>0 0 {w:.2f} {h:.2f}</ofd:PhysicalBox></ofd:Area>'
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}>{area}'
                       f'<ofd:Content><ofd:Layer ID="{10000 + k}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
        if stamps:
            z.writestr("Doc_0/Signs/Signatures.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures {ns}>'
                       f'<ofd:MaxSignId>{len(stamps)}</ofd:MaxSignId>'
                       + "".join(f'<ofd:Signature ID="{j + 1}" Type="Seal" BaseLoc="/Doc_0/Signs/Sign_{j}/Signature.xml"/>'
                                 for j in range(len(stamps))) + '</ofd:Signatures>')
            for j, (pid, x, y, holder) in enumerate(stamps):
                buf = io.BytesIO()
                seal_image(480, holder).save(buf, "PNG")
                z.writestr(f"Doc_0/Signs/Sign_{j}/Signature.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signature {ns}>'
                           '<ofd:SignedInfo><ofd:Provider ProviderName="电子签章系统" Company="某某电子签章服务商" Version="2.0"/>'
                           '<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>'
                           '<ofd:SignatureDateTime>20220620103000Z</ofd:SignatureDateTime>'
                           '<ofd:References CheckMethod="1.2.156.10197.1.401">'
                           '<ofd:Reference FileRef="/Doc_0/Pages/Page_0/Content.xml"><ofd:CheckValue>'
                           'q83vEjRWeJA=</ofd:CheckValue></ofd:Reference></ofd:References>'
                           f'<ofd:StampAnnot ID="{j + 1}" PageRef="{pid}" Boundary="{x:.2f} {y:.2f} 42 42"/>'
                           f'</ofd:SignedInfo><ofd:SignedValue>/Doc_0/Signs/Sign_{j}/SignedValue.dat</ofd:SignedValue>'
                           '</ofd:Signature>')
                z.writestr(f"Doc_0/Signs/Sign_{j}/SignedValue.dat", ses_signature(holder, buf.getvalue(), f"{path}{j}"))
    doc.close()
    return path


def hidden_layers(path, t, fam, work):
    """Optional content a form's designer left in the PDF, switched off: an 示例 layer whose
    sample entries (示例：苏州某某科技有限公司 …) stand exactly where the values are (a Form XObject
    carrying /OC), and a 填表说明 layer of filling instructions at the foot of the page (marked
    content /OC … BDC … EMC). Both layers are listed in /OCProperties and OFF in the default
    configuration, so viewers and printers show only the filled values."""
    import pikepdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pw, ph, words = first_page_words(path)
    sample = SAMPLE
    ex = os.path.join(work, "examples.pdf")
    c = canvas.Canvas(ex, pagesize=(pw, ph))
    c.setFillGray(0.55)
    for field, lab, val in facts(t, fam):
        head = label_word(words, lab)
        if head is None or field not in sample:
            continue
        value = next((w for w in sorted(words, key=lambda w: w[0])
                      if abs(w[1] - head[1]) < 3 and w[0] > head[2] + 15), None)
        if value is None:
            continue
        c.setFont("STSong-Light", max(7.0, value[3] - value[1] - 1.5))
        c.drawString(value[0], ph - value[3] + 2, "示例：" + sample[field])
    c.showPage()
    c.setFillGray(0.3)
    c.setFont("STSong-Light", 9)
    for i, line in enumerate(["填表说明：", "1. 项目名称：不超过25个字，以“研发”结尾，不得含企业名称和产品型号。",
                              "2. 申报单位：填写单位全称，与公章一致；统一社会信用代码为18位。",
                              "3. 经费单位为万元；申请市拨经费不超过项目总投入的30%。"]):
        c.drawString(56, 60 - 12 * i, line)
    c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(ex) as src:
        ocgs = [pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String(n)))
                for n in ("示例", "填表说明")]
        pdf.Root.OCProperties = pikepdf.Dictionary(
            OCGs=pikepdf.Array(ocgs),
            D=pikepdf.Dictionary(Name=pikepdf.String("默认"), Order=pikepdf.Array(ocgs), OFF=pikepdf.Array(ocgs)))
        page = pdf.pages[0]
        forms = [pdf.copy_foreign(src.pages[k].as_form_xobject()) for k in (0, 1)]
        forms[0].OC = ocgs[0]  # the examples: an XObject carrying /OC
        if "/Resources" not in page.obj:
            page.obj.Resources = pikepdf.Dictionary()
        res = page.obj.Resources
        for key in ("/XObject", "/Properties"):
            if key not in res:
                res[key] = pikepdf.Dictionary()
        res.XObject.FxEx = forms[0]
        res.XObject.FxNote = forms[1]
        res.Properties.MCnote = ocgs[1]
        page.contents_add(pdf.make_stream(b"q /FxEx Do Q /OC /MCnote BDC q /FxNote Do Q EMC"))
        pdf.save(path)
    os.remove(ex)


def info_spreadsheetml(t, fam, path):
    """The information table as an online system's "导出Excel" writes it from an XML template: an
    Excel 2003 XML Spreadsheet (<?mso-application progid="Excel.Sheet"?>, ss:Workbook › Worksheet
    › Table › Row › Cell › Data) saved as .xls, two label/value pairs a row, the title merged
    across (ss:MergeAcross), empty cells left out and the next one placed by ss:Index, amounts
    as Number cells, text as String cells, in the 2003 namespace with its styles."""
    rows = facts(t, fam)
    x = lambda s: esc(str(s))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>科技项目管理系统</Author>'
           '<Created>2022-06-20T09:30:00Z</Created></DocumentProperties>\n'
           ' <Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/>'
           '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/></Style>'
           '<Style ss:ID="title"><Alignment ss:Horizontal="Center"/><Font ss:FontName="宋体" x:CharSet="134" ss:Size="16" ss:Bold="1"/></Style>'
           '<Style ss:ID="lab"><Borders><Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/></Borders>'
           '<Interior ss:Color="#DDEBF7" ss:Pattern="Solid"/></Style></Styles>\n'
           f' <Worksheet ss:Name="{x(TITLES[fam][-5:])}">\n'
           f'  <Table ss:ExpandedColumnCount="5" ss:ExpandedRowCount="{len(rows) // 2 + 3}" x:FullColumns="1" x:FullRows="1">\n'
           '   <Column ss:Width="110"/><Column ss:Width="230"/><Column ss:Width="20"/><Column ss:Width="110"/><Column ss:Width="230"/>\n'
           f'   <Row ss:Height="28"><Cell ss:MergeAcross="4" ss:StyleID="title"><Data ss:Type="String">{x(TITLES[fam])}</Data></Cell></Row>\n']

    def cell(field, val, index=None):
        num = field in ("total", "municipal") and _re_num(val)
        kind = "Number" if num else "String"
        at = f' ss:Index="{index}"' if index else ""
        return f'<Cell{at}><Data ss:Type="{kind}">{x(val)}</Data></Cell>'
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        cells = f'<Cell ss:StyleID="lab"><Data ss:Type="String">{x(pair[0][1])}</Data></Cell>' + cell(pair[0][0], pair[0][2])
        if len(pair) > 1:
            # Column C is a gutter left empty: the next label is placed by ss:Index.
            cells += f'<Cell ss:Index="4" ss:StyleID="lab"><Data ss:Type="String">{x(pair[1][1])}</Data></Cell>' + \
                cell(pair[1][0], pair[1][2])
        out.append(f'   <Row>{cells}</Row>\n')
    out.append('  </Table>\n  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/>'
               '<ProtectObjects>False</ProtectObjects></WorksheetOptions>\n </Worksheet>\n</Workbook>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
    return path


def _re_num(s):
    import re as _re
    return _re.fullmatch(r"\d+(\.\d+)?", str(s)) is not None


def info_html_xls(t, fam, path):
    """The information table as web systems' "导出Excel" often is: an HTML page in Excel's HTML
    dialect (the office and excel namespaces, an x:ExcelWorkbook block in a conditional comment,
    mso-number-format styles, x:str / x:num cell attributes) in GB2312, saved as .xls."""
    rows = facts(t, fam)
    trs = "".join(
        f"<tr height=24><td class=xl25 x:str>{esc(lab)}</td>"
        + (f"<td class=xl26 x:num>{esc(val)}</td>" if field in ("total", "municipal") and _re_num(val)
           else f"<td class=xl24 x:str=\"'{esc(val)}\">{esc(val)}</td>")
        + "</tr>" for field, lab, val in rows)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
            '<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 11">\n<style>\n'
            '<!--table {mso-displayed-decimal-separator:"\\.";}\n.xl24 {mso-number-format:"\\@";border:.5pt solid windowtext;}\n'
            '.xl25 {font-weight:700;border:.5pt solid windowtext;background:#F2F2F2;}\n'
            '.xl26 {mso-number-format:"0\\.00";border:.5pt solid windowtext;}\n-->\n</style>\n'
            '<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n   <x:ExcelWorksheet>\n'
            '    <x:Name>Sheet1</x:Name>\n    <x:WorksheetOptions><x:Selected/></x:WorksheetOptions>\n'
            '   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n</head>\n'
            f'<body link=blue vlink=purple>\n<table x:str border=0 cellpadding=0 cellspacing=0 width=640 style="border-collapse:collapse">\n'
            f'<tr height=36><td colspan=2 height=36 style="font-size:16.0pt;font-weight:700;text-align:center">{esc(TITLES[fam])}</td></tr>\n'
            f'{trs}\n</table>\n</body>\n</html>\n')
    with open(path, "wb") as f:
        f.write(html.encode("gbk"))
    return path


SAMPLE = {"project_name": "基于某某技术的某某装置研发", "guide_code": "210101", "applicant": "苏州某某科技有限公司",
          "credit_code": "91320500MA1XXXXXXX", "leader": "张三", "phone": "13800000000",
          "department": "苏州市某某区科学技术局", "zone": "某某高新区", "partners": "某某大学",
          "period": "2022年7月1日至2024年6月30日", "total": "200", "municipal": "50", "type": "企业",
          "status": "高新技术企业"}


def databind_docx(t, fam, path):
    """The information table as a template-driven system writes it with Word's data binding:
    each value a plain-text content control (w:sdt) bound by w:dataBinding (an XPath into a
    custom XML part, /ns0:project[1]/ns0:applicant[1]) to customXml/item1.xml, which holds the
    application's values. The system wrote only the custom XML part: the controls' cached text
    in document.xml is still the template's sample entries, which Word (and LibreOffice)
    replace with the bound values when they open the file."""
    import uuid
    store = "{" + str(uuid.UUID(int=random.Random(t["credit_code"] + fam).getrandbits(128))).upper() + "}"
    ns = "urn:szkj:project:2022"
    rows, data = "", []
    for field, lab, val in facts(t, fam):
        stale = SAMPLE.get(field, val)
        xp = f"/ns0:project[1]/ns0:{field}[1]"
        data.append(f"<ns0:{field}>{esc(val)}</ns0:{field}>")
        sdt = (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(lab)}"/><w:tag w:val="{field}"/>'
               f'<w:id w:val="{abs(hash((field, fam))) % 2_000_000_000}"/>'
               f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{ns}\'" w:xpath="{xp}" w:storeItemID="{store}"/>'
               f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{esc(stale)}</w:t></w:r></w:sdtContent></w:sdt>')
        rows += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{plain_p(lab)}</w:tc>'
                 f'<w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr><w:p>{sdt}</w:p></w:tc></w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/>'
           '<w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>{rows}</w:tbl>')
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
           + plain_p(TITLES[fam], bold=True, center=True) + tbl +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    item = f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ns0:project xmlns:ns0="{ns}">{"".join(data)}</ns0:project>'
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
             f'<ds:datastoreItem ds:itemID="{store}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{ns}"/></ds:schemaRefs></ds:datastoreItem>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>'
                   '</Relationships>')
        z.writestr("customXml/item1.xml", item)
        z.writestr("customXml/itemProps1.xml", props)
        z.writestr("customXml/_rels/item1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>'
                   '</Relationships>')
    return path


def typewriter_pdf(t, fam, path, work):
    """A blank information table (LibreOffice HTML→PDF, value cells empty) filled in a PDF
    editor with its typewriter tool: each value a FreeText annotation (/IT /FreeTextTypeWriter,
    /Contents, /DA) whose appearance stream draws the text, placed by hand in its cell — a little
    above or below the label's baseline, now and then running past the cell's right rule."""
    import pikepdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    rows = facts(t, fam)
    trs = "".join(f"<tr><td width='32%'>{esc(lab)}</td><td>&nbsp;</td></tr>" for _, lab, _ in rows)
    src = os.path.join(work, "空白信息表.html")
    open(src, "w", encoding="utf-8").write(mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"))
    mp.soffice([src], "pdf", work)
    os.remove(src)
    os.replace(src[:-5] + ".pdf", path)
    pw, ph, words = first_page_words(path)
    r = random.Random(t["credit_code"] + fam)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    placed = []
    for field, lab, val in rows:
        head = label_word(words, lab)
        if head is None:
            continue
        x = pw * 0.32 + 14 + r.uniform(-4, 10)
        base = ph - head[3] + 2 + r.uniform(-2.5, 2.5)  # PDF y of the baseline
        placed.append((x, base, val))
    forms = os.path.join(work, "typed.pdf")
    c = canvas.Canvas(forms, pagesize=(pw, ph))
    for x, base, val in placed:
        c.setFont("STSong-Light", 10.5)
        c.setFillColorRGB(0, 0, 0.6)
        c.drawString(x, base, val)
        c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(forms) as src_pdf:
        page = pdf.pages[0]
        annots = page.obj.get("/Annots", pikepdf.Array())
        for k, (x, base, val) in enumerate(placed):
            w = 10.5 * sum(1.0 if ord(ch) > 127 else 0.55 for ch in val) + 4
            rect = [x - 2, base - 4, x + w, base + 12]
            ap = pdf.copy_foreign(src_pdf.pages[k].as_form_xobject())
            ap.BBox = pikepdf.Array(rect)
            annots.append(pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=pikepdf.Array(rect),
                Contents=pikepdf.String(val), DA=pikepdf.String("/STSong-Light 10.5 Tf 0 0 0.6 rg"),
                IT=pikepdf.Name.FreeTextTypeWriter, F=4, T=pikepdf.String("申报人"),
                M=pikepdf.String("D:20220620103000+08'00'"), AP=pikepdf.Dictionary(N=ap))))
        page.obj.Annots = annots
        pdf.save(path)
    os.remove(forms)
    return path


def whiteout_pdf(t, fam, path, work):
    """The information table first printed (LibreOffice HTML→PDF) with a draft's values for the
    project name, the period and the amounts, then corrected in a PDF editor: a white box drawn
    over each old value and the new one typed on it — flattened into the page content (a form
    drawn after it), or, in about half the packages, as annotations (a Square with a white
    interior, then a FreeText typewriter note). The old values stay in the file, under the
    boxes."""
    import pikepdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    rows = facts(t, fam)
    r = random.Random(t["credit_code"] + fam)
    st = STYLE[fam]
    (sy, sm), (ey, em) = ym(t["start"]), ym(t["end"])
    draft = dict(t, start=f"{sy + 1}-{sm:02d}", end=f"{ey + 1}-{em:02d}")
    name = t["project_name"]
    old = {"project_name": (name[:-2] + "项目") if len(name) > 6 else name + "（暂定）",
           "period": period(draft, st["period"]),
           "municipal": money(round(t["municipal_funding_wan"] * 2 + 10, 2), st["money"]),
           "total": money(round(t["total_budget_wan"] + 100, 2), st["money"])}
    fix = [f for f in ("project_name", "period", "municipal", "total") if r.random() < 0.75] or ["municipal"]
    trs = "".join(f"<tr><td width='30%'>{esc(lab)}</td><td>{esc(old[f] if f in fix else val)}</td></tr>"
                  for f, lab, val in rows)
    src = os.path.join(work, "初稿信息表.html")
    open(src, "w", encoding="utf-8").write(mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"))
    mp.soffice([src], "pdf", work)
    os.remove(src)
    os.replace(src[:-5] + ".pdf", path)
    pw, ph, words = first_page_words(path)
    new = {f: val for f, _, val in rows}
    boxes = []  # (x0, y0, x1, y1 in PDF space, new value, baseline)
    for f in fix:
        w = next((w for w in words if w[4] == old[f]), None) or \
            next((w for w in words if len(w[4]) >= 2 and old[f].startswith(w[4])), None)
        if w is None:
            continue
        ends = [x for x in words if abs(x[1] - w[1]) < 2 and x[0] >= w[0] and old[f].endswith(x[4])]
        x1 = max([w[2]] + [x[2] for x in ends])
        boxes.append((w[0] - 1.5, ph - w[3] - 2.0, x1 + 1.5, ph - w[1] + 1.5, new[f], ph - w[3] + 2.2))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    annotated = r.random() < 0.5
    layer = os.path.join(work, "edits.pdf")
    c = canvas.Canvas(layer, pagesize=(pw, ph))
    if not annotated:  # one overlay page: every box, then every new value
        for x0, y0, x1, y1, val, base in boxes:
            c.setFillColorRGB(1, 1, 1)
            c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        for x0, y0, x1, y1, val, base in boxes:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("STSong-Light", 10.5)
            c.drawString(x0 + 1.5, base, val)
        c.showPage()
    else:  # a white box and a typed value per correction, each its own appearance
        for x0, y0, x1, y1, val, base in boxes:
            c.setFillColorRGB(1, 1, 1)
            c.setStrokeColorRGB(1, 1, 1)
            c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1)
            c.showPage()
            c.setFillColorRGB(0, 0, 0)
            c.setFont("STSong-Light", 10.5)
            c.drawString(x0 + 1.5, base, val)
            c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(layer) as edits:
        page = pdf.pages[0]
        if not annotated:
            page.add_overlay(edits.pages[0])
        else:
            annots = page.obj.get("/Annots", pikepdf.Array())
            for k, (x0, y0, x1, y1, val, base) in enumerate(boxes):
                square = pdf.copy_foreign(edits.pages[2 * k].as_form_xobject())
                square.BBox = pikepdf.Array([x0 - 1, y0 - 1, x1 + 1, y1 + 1])
                annots.append(pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=pikepdf.Array([x0 - 1, y0 - 1, x1 + 1, y1 + 1]),
                    IC=pikepdf.Array([1, 1, 1]), C=pikepdf.Array([1, 1, 1]), F=4, T=pikepdf.String("申报人"),
                    AP=pikepdf.Dictionary(N=square))))
                w = 10.5 * sum(1.0 if ord(ch) > 127 else 0.55 for ch in val) + 4
                rect = [x0, base - 4, x0 + w, base + 12]
                typed = pdf.copy_foreign(edits.pages[2 * k + 1].as_form_xobject())
                typed.BBox = pikepdf.Array(rect)
                annots.append(pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=pikepdf.Array(rect),
                    Contents=pikepdf.String(val), DA=pikepdf.String("/STSong-Light 10.5 Tf 0 0 0 rg"),
                    IT=pikepdf.Name.FreeTextTypeWriter, F=4, T=pikepdf.String("申报人"),
                    AP=pikepdf.Dictionary(N=typed))))
            page.obj.Annots = annots
        pdf.save(path)
    os.remove(layer)
    return path


def reviewed_pdf(t, fam, path, work):
    """The information table (LibreOffice HTML→PDF) as a research office returns it after
    review, its comments left in: a red box (Square annotation, no fill) round one value, a
    callout (FreeText, /IT /FreeTextCallout, a leader line) whose remark sits on a value's row
    to the right of the value, a yellow highlight (Multiply) over the credit code, a sticky note
    (Text) in the margin, and an 已审核 stamp under the table. Each annotation has its own
    appearance stream (ReportLab pages made forms)."""
    import pikepdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    rows = facts(t, fam)
    trs = "".join(f"<tr><td width='30%'>{esc(lab)}</td><td>{esc(val)}</td></tr>" for _, lab, val in rows)
    src = os.path.join(work, "信息表.html")
    open(src, "w", encoding="utf-8").write(mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"))
    mp.soffice([src], "pdf", work)
    os.remove(src)
    os.replace(src[:-5] + ".pdf", path)
    pw, ph, words = first_page_words(path)
    r = random.Random(t["credit_code"] + fam)
    vals = {f: val for f, _, val in rows}

    def word_of(val):
        return next((w for w in words if w[4] == val), None) or \
            next((w for w in words if len(w[4]) >= 2 and val.startswith(w[4])), None)
    boxed = word_of(vals[r.choice(["municipal", "total"])])
    remark_on = word_of(vals[r.choice(["project_name", "applicant", "period"])])
    code = word_of(vals["credit_code"])
    bottom = max(w[3] for w in words)
    remark = r.choice(["请再核对", "名称已核", "与合同一致", "已确认"])
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    layer = os.path.join(work, "comments.pdf")
    c = canvas.Canvas(layer, pagesize=(pw, ph))
    plan = []  # (subtype, rect, extra)
    if boxed:  # a red box round the value: page 1
        x0, y0, x1, y1 = boxed[0] - 4, ph - boxed[3] - 3, boxed[2] + 4, ph - boxed[1] + 3
        c.setStrokeColorRGB(1, 0, 0)
        c.setLineWidth(1.2)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
        c.showPage()
        plan.append(("Square", [x0 - 1, y0 - 1, x1 + 1, y1 + 1], {}))
    if remark_on:  # a callout: its box on the value's row, right of the value; its line to it
        bx0 = max(remark_on[2] + 24, pw * 0.68)
        by0 = ph - remark_on[3] - 2
        bx1, by1 = bx0 + 11 * len(remark) + 8, by0 + 14
        c.setStrokeColorRGB(1, 0, 0)
        c.setLineWidth(0.8)
        c.rect(bx0, by0, bx1 - bx0, by1 - by0, stroke=1, fill=0)
        c.line(bx0, by0 + 7, remark_on[2] + 2, ph - remark_on[3] + 4)
        c.setFillColorRGB(1, 0, 0)
        c.setFont("STSong-Light", 10)
        c.drawString(bx0 + 4, by0 + 3.5, remark)
        c.showPage()
        plan.append(("FreeText", [remark_on[2] - 2, by0 - 2, bx1 + 1, by1 + 1],
                     {"IT": pikepdf.Name.FreeTextCallout, "Contents": pikepdf.String(remark),
                      "CL": pikepdf.Array([bx0, by0 + 7, remark_on[2] + 2, ph - remark_on[3] + 4]),
                      "DA": pikepdf.String("/STSong-Light 10 Tf 1 0 0 rg")}))
    if code:  # a highlight over the credit code (Multiply)
        x0, y0, x1, y1 = code[0] - 1, ph - code[3] - 2, code[2] + 1, ph - code[1] + 1
        c.setFillColorRGB(1, 1, 0)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        c.showPage()
        plan.append(("Highlight", [x0, y0, x1, y1],
                     {"QuadPoints": pikepdf.Array([x0, y1, x1, y1, x0, y0, x1, y0])}))
    # a sticky note in the right margin, its icon a small filled box
    nx, ny = pw - 30, ph - 160
    c.setFillColorRGB(1, 0.9, 0.3)
    c.rect(nx, ny, 18, 18, stroke=0, fill=1)
    c.setStrokeColorRGB(0.4, 0.3, 0)
    for k in range(3):
        c.line(nx + 3, ny + 5 + 4 * k, nx + 15, ny + 5 + 4 * k)
    c.showPage()
    plan.append(("Text", [nx, ny, nx + 18, ny + 18], {"Contents": pikepdf.String("经费比例已按指南核对。"),
                                                        "Name": pikepdf.Name.Comment}))
    # an 已审核 stamp under the table
    sx, sy = pw * 0.6, ph - bottom - 80
    c.setStrokeColorRGB(0.8, 0, 0)
    c.setLineWidth(2)
    c.roundRect(sx, sy, 110, 36, 6, stroke=1, fill=0)
    c.setFillColorRGB(0.8, 0, 0)
    c.setFont("STSong-Light", 16)
    c.drawString(sx + 12, sy + 18, "已审核")
    c.setFont("STSong-Light", 8)
    c.drawString(sx + 12, sy + 6, "科研处 2022.07.08")
    c.showPage()
    plan.append(("Stamp", [sx - 2, sy - 2, sx + 112, sy + 38], {"Name": pikepdf.Name("/Approved")}))
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(layer) as drawn:
        page = pdf.pages[0]
        annots = page.obj.get("/Annots", pikepdf.Array())
        for k, (subtype, rect, extra) in enumerate(plan):
            ap = pdf.copy_foreign(drawn.pages[k].as_form_xobject())
            ap.BBox = pikepdf.Array(rect)
            if subtype == "Highlight":
                ap.Resources = pikepdf.Dictionary(ExtGState=pikepdf.Dictionary(
                    Mul=pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, BM=pikepdf.Name.Multiply)))
                ap.write(b"/Mul gs " + ap.read_bytes())
            annots.append(pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name("/" + subtype), Rect=pikepdf.Array(rect), F=4,
                T=pikepdf.String("科研处 王老师"), M=pikepdf.String("D:20220708153000+08'00'"),
                C=pikepdf.Array([1, 0, 0]), AP=pikepdf.Dictionary(N=ap), **extra)))
        page.obj.Annots = annots
        pdf.save(path)
    os.remove(layer)
    return path


def info_csv(t, fam, path):
    """The information table as an online system's "导出CSV" writes it: GBK, CRLF line ends,
    a title line, then 字段,内容 rows; a field holding a comma, a quote or a line break quoted
    (its quotes doubled), amounts as bare numbers."""
    import csv
    import io
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow([TITLES[fam], ""])
    wr.writerow(["字段", "内容"])
    for field, lab, val in facts(t, fam):
        wr.writerow([lab, val])
    wr.writerow(["导出时间", "2022-06-20 10:30:00"])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    return path


def info_moverev(t, fam, path, rnd):
    """The information table as a reviewer left it in Word with Track Changes on, not accepted:
    values the applicant typed in each other's cells (the two amounts, the department and the
    zone) moved where they belong — w:moveFrom where the text was, w:moveTo where it went, each
    move a named range — and the guide-code row moved up under the name: the old row deleted
    (w:trPr/w:del, its text moved from), the new one inserted (w:trPr/w:ins, moved to). Property
    changes (w:rPrChange) on the label runs. What Word shows with the changes accepted is the
    table of facts(); what it shows with markup, both."""
    rows = facts(t, fam)
    by = {f: v for f, _, v in rows}
    date = 'w:author="审核人" w:date="2022-07-10T09:00:00Z"'
    ids = iter(range(100, 1000))

    def move(kind, name, text):
        rid, cid = next(ids), next(ids)
        return (f'<w:{kind}RangeStart w:id="{rid}" {date} w:name="{name}"/>'
                f'<w:{kind} w:id="{cid}" {date}>{runs(text, rnd)}</w:{kind}>'
                f'<w:{kind}RangeEnd w:id="{rid}"/>')

    def label(text):
        change = (f'<w:rPrChange w:id="{next(ids)}" {date}><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrChange>'
                  if rnd.random() < 0.5 else "")
        return (f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:rPr><w:b/>{change}</w:rPr>'
                f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:tc>')

    def cell(inner):
        return f'<w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr><w:p>{inner}</w:p></w:tc>'

    swaps = {"total": "municipal", "municipal": "total", "department": "zone", "zone": "department"}
    guide_row = next(r for r in rows if r[0] == "guide_code")
    body = ox_p(TITLES[fam], rnd, bold=True, center=True)
    body += ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/>'
             '<w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/>'
             '<w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>')
    for f, lab, val in rows:
        if f == "guide_code":  # its old place, further down: deleted, moved from
            continue
        if f in swaps:
            # the value typed here by mistake went to the other cell; this cell's value came
            # from the other cell (the moves' names pair them up)
            inner = move("moveFrom", "m" + f, by[swaps[f]]) + move("moveTo", "m" + swaps[f], val)
            body += "<w:tr>" + label(lab) + cell(inner) + "</w:tr>"
        else:
            body += "<w:tr>" + label(lab) + cell(runs(val, rnd)) + "</w:tr>"
        if f == "project_name":  # the guide-code row, moved up to here
            g_lab, g_val = guide_row[1], guide_row[2]
            body += (f'<w:tr><w:trPr><w:ins w:id="{next(ids)}" {date}/></w:trPr>'
                     + label_moved("moveTo", g_lab, ids, date)
                     + cell(move("moveTo", "mguide", g_val)) + "</w:tr>")
        if f == "credit_code":  # where the guide-code row stood
            g_lab, g_val = guide_row[1], guide_row[2]
            body += (f'<w:tr><w:trPr><w:del w:id="{next(ids)}" {date}/></w:trPr>'
                     + label_moved("moveFrom", g_lab, ids, date)
                     + cell(move("moveFrom", "mguide", g_val)) + "</w:tr>")
    body += "</w:tbl>" + ox_p("注：本表由申报单位填写，审核修订后提交。", rnd)
    ooxml_docx(path, body)


def label_moved(kind, text, ids, date):
    """A label cell whose paragraph (mark and text) took part in a row move."""
    return (f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:rPr>'
            f'<w:{kind} w:id="{next(ids)}" {date}/></w:rPr></w:pPr><w:{kind} w:id="{next(ids)}" {date}><w:r>'
            f'<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:{kind}></w:p></w:tc>')


def smartart_list(d, items):
    """A SmartArt graphic (垂直项目符号列表) holding `items`, inline in a new paragraph of the
    python-docx document `d`, as Word writes one: the data model (word/diagrams/data1.xml: a doc
    point, a node point per item with its parTrans/sibTrans points and the presentation points,
    connections in order), the layout, style and colour definitions, and the drawing Word caches
    for readers that do not lay out diagrams (drawing1.xml, shapes holding the same text),
    found through the data model's dsp:dataModelExt. document.xml holds no text of the items."""
    import uuid
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
    RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    n = len(d.inline_shapes) + 1 + sum(1 for r in d.part.rels.values() if r.reltype.endswith("diagramData"))

    def gid():
        return "{" + str(uuid.UUID(int=random.Random(len(items) * 7919 + n * 31 + len(ids_)).getrandbits(128))).upper() + "}"
    ids_ = []

    def new_id():
        ids_.append(0)
        return gid()

    doc_id = new_id()
    pts = [f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/vList2" '
           'loCatId="list" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" '
           'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" phldr="0"/>'
           '<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>']
    cxns, shapes = [], []
    node_ids = []
    for i, text in enumerate(items):
        nid, par, sib = new_id(), new_id(), new_id()
        node_ids.append(nid)
        pts.append(f'<dgm:pt modelId="{nid}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                   f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>{esc(text)}</a:t></a:r></a:p></dgm:t></dgm:pt>')
        for tid, typ in ((par, "parTrans"), (sib, "sibTrans")):
            pts.append(f'<dgm:pt modelId="{tid}" type="{typ}" cxnId="{{CXN{i}}}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
                       '<a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>')
        cid = new_id()
        pts[-1] = pts[-1].replace(f"{{CXN{i}}}", cid)
        pts[-2] = pts[-2].replace(f"{{CXN{i}}}", cid)
        cxns.append(f'<dgm:cxn modelId="{cid}" srcId="{doc_id}" destId="{nid}" srcOrd="{i}" destOrd="0" '
                    f'parTransId="{par}" sibTransId="{sib}"/>')
    # presentation points (no text) and their connections, as Word keeps them
    lin = new_id()
    pts.append(f'<dgm:pt modelId="{lin}" type="pres"><dgm:prSet presAssocID="{doc_id}" presName="linear" presStyleCnt="0">'
               '<dgm:presLayoutVars><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:presLayoutVars>'
               '</dgm:prSet><dgm:spPr/></dgm:pt>')
    cxns.append(f'<dgm:cxn modelId="{new_id()}" type="presOf" srcId="{doc_id}" destId="{lin}" srcOrd="0" destOrd="0" presId="urn:microsoft.com/office/officeart/2005/8/layout/vList2"/>')
    cx, row_h = 5486400, 520000
    for i, nid in enumerate(node_ids):
        pid = new_id()
        pts.append(f'<dgm:pt modelId="{pid}" type="pres"><dgm:prSet presAssocID="{nid}" presName="parentText" '
                   f'presStyleLbl="node1" presStyleIdx="{i}" presStyleCnt="{len(items)}"><dgm:presLayoutVars>'
                   '<dgm:chMax val="0"/><dgm:bulletEnabled val="1"/></dgm:presLayoutVars></dgm:prSet><dgm:spPr/></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{new_id()}" type="presParOf" srcId="{lin}" destId="{pid}" srcOrd="{2 * i}" destOrd="0" '
                    'presId="urn:microsoft.com/office/officeart/2005/8/layout/vList2"/>')
        cxns.append(f'<dgm:cxn modelId="{new_id()}" type="presOf" srcId="{nid}" destId="{pid}" srcOrd="0" destOrd="0" '
                    'presId="urn:microsoft.com/office/officeart/2005/8/layout/vList2"/>')
        y = i * (row_h + 60000)
        shapes.append(
            f'<dsp:sp modelId="{pid}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            f'<dsp:spPr><a:xfrm><a:off x="0" y="{y}"/><a:ext cx="{cx}" cy="{row_h}"/></a:xfrm>'
            '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></dsp:spPr>'
            '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
            '<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="64008" tIns="64008" rIns="64008" '
            'bIns="64008" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            '<a:p><a:pPr marL="0" lvl="0" indent="0" algn="l" defTabSz="711200"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
            f'<a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft><a:spcPct val="35000"/></a:spcAft></a:pPr><a:r><a:rPr lang="zh-CN" '
            f'altLang="en-US" sz="1400" kern="1200"/><a:t>{esc(items[i])}</a:t></a:r></a:p></dsp:txBody>'
            f'<dsp:txXfrm><a:off x="25384" y="{y + 25384}"/><a:ext cx="{cx - 50768}" cy="{row_h - 50768}"/></dsp:txXfrm></dsp:sp>')
        if i + 1 < len(node_ids):
            sp = new_id()
            pts.append(f'<dgm:pt modelId="{sp}" type="pres"><dgm:prSet presAssocID="{new_id()}" presName="spacer" presStyleCnt="0"/><dgm:spPr/></dgm:pt>')
            cxns.append(f'<dgm:cxn modelId="{new_id()}" type="presParOf" srcId="{lin}" destId="{sp}" srcOrd="{2 * i + 1}" destOrd="0" '
                        'presId="urn:microsoft.com/office/officeart/2005/8/layout/vList2"/>')
    height = len(items) * (row_h + 60000)
    pkg = d.part.package
    drawing = Part(PackURI(f"/word/diagrams/drawing{n}.xml"), "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                   (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dgm="{DGM}" xmlns:dsp="{DSP}" xmlns:a="{A}">'
                    f'<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
                    + "".join(shapes) + '</dsp:spTree></dsp:drawing>').encode("utf-8"), pkg)
    rid_drawing = d.part.relate_to(drawing, "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")
    data = Part(PackURI(f"/word/diagrams/data{n}.xml"), "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}">'
                 '<dgm:ptLst>' + "".join(pts) + '</dgm:ptLst><dgm:cxnLst>' + "".join(cxns) + '</dgm:cxnLst><dgm:bg/><dgm:whole/>'
                 f'<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="{DSP}" '
                 f'relId="{rid_drawing}" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst>'
                 '</dgm:dataModel>').encode("utf-8"), pkg)
    layout = Part(PackURI(f"/word/diagrams/layout{n}.xml"), "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml",
                  (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:layoutDef xmlns:dgm="{DGM}" xmlns:a="{A}" '
                   'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/vList2"><dgm:title val=""/><dgm:desc val=""/>'
                   '<dgm:catLst><dgm:cat type="list" pri="3000"/><dgm:cat type="convert" pri="1000"/></dgm:catLst>'
                   '<dgm:sampData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt>'
                   '</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="4" srcId="0" destId="1" srcOrd="0" destOrd="0"/></dgm:cxnLst>'
                   '<dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>'
                   '<dgm:layoutNode name="linear"><dgm:varLst><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:varLst>'
                   '<dgm:alg type="lin"><dgm:param type="linDir" val="fromT"/><dgm:param type="vertAlign" val="mid"/></dgm:alg>'
                   '<dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape>'
                   '<dgm:presOf/><dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode name="parentText" styleLbl="node1">'
                   '<dgm:alg type="tx"/><dgm:shape type="roundRect" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip="">'
                   '<dgm:adjLst/></dgm:shape><dgm:presOf axis="self"/></dgm:layoutNode></dgm:forEach></dgm:layoutNode>'
                   '</dgm:layoutDef>').encode("utf-8"), pkg)
    style = Part(PackURI(f"/word/diagrams/quickStyle{n}.xml"), "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml",
                 (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:styleDef xmlns:dgm="{DGM}" xmlns:a="{A}" '
                  'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
                  '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/>'
                  '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d>'
                  '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/>'
                  '<dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
                  '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
                  '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>').encode("utf-8"), pkg)
    colors = Part(PackURI(f"/word/diagrams/colors{n}.xml"), "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml",
                  (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:colorsDef xmlns:dgm="{DGM}" xmlns:a="{A}" '
                   'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
                   '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1">'
                   '<dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat">'
                   '<a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">'
                   '<a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>').encode("utf-8"), pkg)
    rids = [d.part.relate_to(p, RT + k) for p, k in ((data, "diagramData"), (layout, "diagramLayout"),
                                                     (style, "diagramQuickStyle"), (colors, "diagramColors"))]
    from docx.oxml import parse_xml
    run = d.add_paragraph().add_run()
    run._r.append(parse_xml(
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{height}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{100 + n}" name="图示 {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{A}"><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:dm="{rids[0]}" r:lo="{rids[1]}" r:qs="{rids[2]}" r:cs="{rids[3]}"/></a:graphicData></a:graphic></wp:inline></w:drawing>'))


def info_calc_wide(t, fam, path):
    """The information table as a one-row sheet, the way summary sheets are laid out: the title
    typed in A1, one column per field with its label in row 2 (bold, wrapped, shaded) and the
    value in row 3 under it (wrapped), every cell bordered, each column as wide as its longest
    line. Printed to PDF by LibreOffice Calc on A4 landscape at 100 %, not fitted to the page:
    the columns that do not fit run on to a second and a third page (Calc's "down, then over"
    order, nothing repeated), so a page holds some labels over their values and no title."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    ws["A1"] = TITLES[fam]
    ws["A1"].font = Font(name=mp.FONT, size=14, bold=True)
    ws.row_dimensions[1].height = 26
    rows = facts(t, fam)
    for j, (f, lab, val) in enumerate(rows):
        col = 1 + j
        width = max(8, min(40, 2.2 * max(len(lab) / 2, max(len(x) for x in str(val).split("\n")))))
        ws.column_dimensions[ws.cell(row=2, column=col).column_letter].width = width
        h = ws.cell(row=2, column=col, value=lab)
        h.font = Font(name=mp.FONT, size=11, bold=True)
        h.fill = PatternFill("solid", fgColor="DDDDDD")
        h.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        h.border = box
        if f in ("total", "municipal"):
            c = ws.cell(row=3, column=col, value=float(val))
            c.number_format = "0.00"
        else:
            c = ws.cell(row=3, column=col, value=val)
            c.number_format = "@"
        c.font = Font(name=mp.FONT, size=11)
        c.alignment = Alignment(vertical="center", wrap_text=True)
        c.border = box
    ws.row_dimensions[2].height = 36
    ws.row_dimensions[3].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    src = path[:-4] + ".xlsx"
    wb.save(src)
    mp.soffice([src], "pdf", os.path.dirname(path))
    os.remove(src)
    return path


def info_calc_overflow(t, fam, path):
    """The information table typed in a workbook whose designer bordered every cell but merged
    none: a label in A, its value in B, a second pair in C/D for short fields; a long value
    (name, unit, credit code, partners) stands alone in B and runs on over the empty bordered C
    and D as Calc shows text that does not fit. Amounts are numbers, right-aligned. Printed to PDF
    by LibreOffice Calc."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    ws["A1"] = TITLES[fam]  # the title typed in A1, running on over the row too
    ws["A1"].font = Font(name=mp.FONT, size=16, bold=True)
    ws.row_dimensions[1].height = 30
    for col, width in zip("ABCD", (16, 18, 16, 22)):
        ws.column_dimensions[col].width = width
    rows = facts(t, fam)
    alone = {"project_name", "applicant", "credit_code", "partners", "period"}
    r = 2
    pending = []
    lines = []
    for f, lab, val in rows:
        if f in alone:
            lines.append([(f, lab, val)])
        else:
            pending.append((f, lab, val))
            if len(pending) == 2:
                lines.append(pending)
                pending = []
    if pending:
        lines.append(pending)
    for line in lines:
        for j in range(4):
            ws.cell(row=r, column=1 + j).border = box
            ws.cell(row=r, column=1 + j).font = Font(name=mp.FONT, size=11)
        for j, (f, lab, val) in enumerate(line):
            ws.cell(row=r, column=1 + 2 * j, value=lab)
            if f in ("total", "municipal"):
                ws.cell(row=r, column=2 + 2 * j, value=float(val)).number_format = "0.00"
            else:
                c = ws.cell(row=r, column=2 + 2 * j, value=val)
                c.number_format = "@"
                c.alignment = Alignment(horizontal="left")
        ws.row_dimensions[r].height = 20
        r += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:D{r - 1}"
    src = path[:-4] + ".xlsx"
    wb.save(src)
    mp.soffice([src], "pdf", os.path.dirname(path))
    os.remove(src)
    return path


OPINION_ROWS = [
    ["申报单位意见", "本单位对申报材料的真实性负责，同意申报。\n单位负责人（签字）：            （公章）\n2022年7月10日"],
    ["主管部门推荐意见", "经审核，材料齐全，同意推荐。\n（盖章）\n2022年7月12日"],
    ["项目负责人承诺", "本人承诺所填内容真实、准确，项目实施期间不变更负责人。\n签字：            日期：2022年7月10日"],
]


def email_package(t, files, path, body_table=None):
    """The package as an e-mail the applicant sent to the recommending department, saved from
    the mail client as .eml (RFC 5322 + MIME): a multipart/mixed message with a text and HTML
    body (GB2312) and every document an attachment (base64). Attachment names are written
    the way Chinese mail clients write them — RFC 2047 encoded words in GB18030 in both name
    and filename (Foxmail), RFC 2231 UTF-8 percent-encoding (Outlook, Thunderbird), or RFC
    2231 continuations for a long name (Thunderbird) — one style per message."""
    import base64
    import urllib.parse
    r = random.Random(t["credit_code"] + "emlpkg")
    style = r.choice(["rfc2047", "rfc2231", "continued"])
    b = "----=_NextPart_" + "".join(r.choice("0123456789ABCDEF") for _ in range(24))
    alt = "----=_Alt_" + "".join(r.choice("0123456789ABCDEF") for _ in range(16))

    def words(text, charset="GB18030"):
        return f"=?{charset}?B?{base64.b64encode(text.encode(charset.lower())).decode()}?="

    def b64(data):
        raw = base64.b64encode(data).decode()
        return "\r\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))

    def name_params(name):
        if style == "rfc2047":
            return f'name="{words(name)}"', f'filename="{words(name)}"'
        q = urllib.parse.quote(name.encode("utf-8"), safe="")
        if style == "rfc2231":
            return f"name*=UTF-8''{q}", f"filename*=UTF-8''{q}"
        import re as _re
        units = _re.findall(r"%[0-9A-F]{2}|.", q)  # percent escapes kept whole
        fixed = ["".join(units[i:i + 20]) for i in range(0, len(units), 20)]
        cont = ";\r\n\t".join((f"filename*{k}*=UTF-8''{p}" if k == 0 else f"filename*{k}*={p}")
                                for k, p in enumerate(fixed))
        return f'name="{words(name, "UTF-8")}"', cont
    kinds = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             ".doc": "application/msword"}
    body = f"您好：\r\n\r\n附件为{t['applicant']}的苏州市科技计划项目申报材料，共{len(files)}个文件，请查收。\r\n\r\n联系人：{t['leader']}\r\n"
    html_body = "<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in body.split("\r\n") if x) + "</body></html>"
    if body_table is not None:  # the information table pasted into the message (mailbody)
        import re as _re
        intro = f"您好：\r\n\r\n{t['applicant']}的项目信息表如下，其余申报材料见附件（共{len(files)}个文件），请查收。\r\n\r\n"
        cells = [[html.unescape(_re.sub(r"<[^>]+>", "", c)) for c in _re.findall(r"<td[^>]*>(.*?)</td>", row, _re.S)]
                 for row in _re.findall(r"<tr>(.*?)</tr>", body_table, _re.S)]
        body = intro + "\r\n".join("\t".join(c) for c in cells) + f"\r\n\r\n联系人：{t['leader']}\r\n"
        html_body = ("<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in intro.split("\r\n") if x) + body_table +
                     f"<p>联系人：{esc(t['leader'])}</p></body></html>")
    out = [
        "Received: from mail.example.cn (unknown [10.0.0.8]) by mx.kjj.example.cn; Tue, 12 Jul 2022 16:20:31 +0800",
        f"From: {words(t['leader'])} <{t['credit_code'][-6:].lower()}@example.cn>",
        "To: =?GB2312?B?" + base64.b64encode("科技局受理处".encode("gb2312")).decode() + "?= <shouli@kjj.example.cn>",
        "Subject: " + words(f"【项目申报】{t['applicant']}-申报材料"),
        "Date: Tue, 12 Jul 2022 16:20:31 +0800",
        f"Message-ID: <{r.getrandbits(64):016x}@example.cn>",
        "X-Mailer: Foxmail 7.2.23.121[cn]" if style == "rfc2047" else "User-Agent: Mozilla Thunderbird",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\r\n\tboundary="{b}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{b}",
        f'Content-Type: multipart/alternative;\r\n\tboundary="{alt}"',
        "",
        f"--{alt}",
        'Content-Type: text/plain;\r\n\tcharset="GB2312"',
        "Content-Transfer-Encoding: base64",
        "",
        b64(body.encode("gb18030")),
        "",
        f"--{alt}",
        'Content-Type: text/html;\r\n\tcharset="GB2312"',
        "Content-Transfer-Encoding: base64",
        "",
        b64(html_body.encode("gb18030")),
        "",
        f"--{alt}--",
        "",
    ]
    for p in files:
        name = os.path.basename(p)
        ctype = kinds.get(os.path.splitext(name)[1].lower(), "application/octet-stream")
        n, fn = name_params(name)
        with open(p, "rb") as f:
            data = f.read()
        out += [f"--{b}", f"Content-Type: {ctype};\r\n\t{n}", "Content-Transfer-Encoding: base64",
                f"Content-Disposition: attachment;\r\n\t{fn}", "", b64(data), ""]
    out += [f"--{b}--", ""]
    with open(path, "wb") as f:
        f.write("\r\n".join(out).encode("ascii"))
    return path


def docprop_docx(t, fam, path):
    """The information table as a system fills a Word template through document properties:
    each value a DOCPROPERTY field (complex fields, and w:fldSimple for some rows) over a custom
    property (docProps/custom.xml, names in pinyin initials as such systems name them; amounts
    as numbers, vt:r8), settings.xml asking Word to update fields on opening. The system wrote
    only the properties: the fields' cached results are still the template's samples, which
    Word replaces when it updates the fields on opening (and LibreOffice shows the properties)."""
    names = {"project_name": "xmmc", "guide_code": "zndm", "applicant": "sbdw", "credit_code": "tyshxydm",
             "type": "dwlx", "status": "qyzz", "leader": "xmfzr", "phone": "lxdh", "department": "zgbm",
             "zone": "szgxq", "partners": "hzdw", "period": "ssqx", "total": "xmztr", "municipal": "sqsbjf"}
    r = random.Random(t["credit_code"] + fam)
    rows, props = "", []
    for k, (field, lab, val) in enumerate(facts(t, fam)):
        name = names[field]
        stale = SAMPLE.get(field, "（请填写）")
        if field in ("total", "municipal"):
            props.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k + 2}" name="{name}">'
                         f'<vt:r8>{esc(val)}</vt:r8></property>')
        else:
            props.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k + 2}" name="{name}">'
                         f'<vt:lpwstr>{esc(val)}</vt:lpwstr></property>')
        if r.random() < 0.3:
            field_xml = (f'<w:fldSimple w:instr=" DOCPROPERTY  {name}  \\* MERGEFORMAT "><w:r><w:t xml:space="preserve">'
                         f'{esc(stale)}</w:t></w:r></w:fldSimple>')
        else:
            field_xml = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                         f'<w:r><w:instrText xml:space="preserve"> DOCPROPERTY  "{name}"  \\* MERGEFORMAT </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                         f'<w:r><w:t xml:space="preserve">{esc(stale)}</w:t></w:r>'
                         '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        rows += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{plain_p(lab)}</w:tc>'
                 f'<w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr><w:p>{field_xml}</w:p></w:tc></w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/>'
           '<w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>{rows}</w:tbl>')
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
           + plain_p(TITLES[fam], bold=True, center=True) + tbl +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + "".join(props) + '</Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                   '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                   '</Relationships>')
        z.writestr("word/settings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}">'
                   '<w:updateFields w:val="true"/></w:settings>')
        z.writestr("docProps/custom.xml", custom)
    return path


def pdf_portfolio(files, path, work):
    """The package as one PDF Portfolio, as Acrobat's "Create PDF Portfolio" makes it: a cover
    sheet page (the text Acrobat puts there for readers that cannot show portfolios, in
    Chinese), every document an embedded file of the catalog's EmbeddedFiles name tree with its
    description, size and dates, the catalog's /Collection (a schema of file name, description
    and size; details view) and /PageMode /UseAttachments."""
    import pikepdf
    src = os.path.join(work, "portfolio-cover.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(mp.html_page("<p>&nbsp;</p><p>&nbsp;</p><p style='text-align:center'>若要获得最佳体验，请在 Acrobat X、"
                             "Adobe Reader X 或更高版本中打开此 PDF 包。</p>"
                             "<p style='text-align:center'>立即获取 Adobe Reader！</p>"))
    mp.soffice([src], "pdf", work)
    cover = src[:-5] + ".pdf"
    with pikepdf.open(cover) as pdf:
        for p in files:
            spec = pikepdf.AttachedFileSpec.from_filepath(pdf, p, description=os.path.basename(p).rsplit(".", 1)[0])
            pdf.attachments[os.path.basename(p)] = spec
        schema = pikepdf.Dictionary(
            Type=pikepdf.Name.CollectionSchema,
            FileName=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.F,
                                        N=pikepdf.String("文件名"), O=0),
            Desc=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.Desc,
                                    N=pikepdf.String("说明"), O=1),
            Size=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.Size,
                                    N=pikepdf.String("大小"), O=2))
        pdf.Root.Collection = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Collection, Schema=schema, View=pikepdf.Name.D,
            Sort=pikepdf.Dictionary(S=pikepdf.Name.FileName)))
        pdf.Root.PageMode = pikepdf.Name.UseAttachments
        pdf.save(path)
    os.remove(src)
    os.remove(cover)
    return path


# The worked example a template fills in above its table (填表示例), by field: placeholders
# where the template writer had no value (XX), plausible values elsewhere.
EXAMPLE_VALUES = {"project_name": "基于XXX的XXXX关键技术研发", "guide_code": "210101",
                  "applicant": "苏州XX科技有限公司", "credit_code": "91320500XXXXXXXXXX", "type": "企业",
                  "status": "高新技术企业", "leader": "张三", "phone": "13800000000",
                  "department": "XX市（区）科技局", "zone": "苏州工业园区", "partners": "XX大学",
                  "period": "2022年7月1日至2024年6月30日", "total": "1000", "municipal": "100",
                  "start": "2022年7月", "end": "2024年6月", "months": "24"}


def scanform_pdf(t, fam, path, work):
    """A blank information table (LibreOffice HTML→PDF) printed and scanned (200 dpi grey, a
    fraction of a degree askew, noise; the page one JPEG), then filled in a PDF editor with its
    text tool: each value drawn on the page in the editor's font at about its cell — so the text
    layer holds the values and the labels are only in the picture."""
    import zlib
    import numpy as np
    from PIL import Image
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    rows = facts(t, fam)
    trs = "".join(f"<tr><td width='32%'>{esc(lab)}</td><td>&nbsp;</td></tr>" for _, lab, _ in rows)
    src = os.path.join(work, "空白表.html")
    open(src, "w", encoding="utf-8").write(mp.html_page(f"<h1>{TITLES[fam]}</h1><table border='1' cellspacing='0' width='100%'>{trs}</table>"))
    mp.soffice([src], "pdf", work)
    os.remove(src)
    blank = src[:-5] + ".pdf"
    pw, ph, words = first_page_words(blank)
    r = random.Random(zlib.crc32((t["credit_code"] + fam).encode()))
    img = page_images(blank, 200, "L", grey=True, first_only=True)[0]
    os.remove(blank)
    img = img.rotate(r.uniform(-0.3, 0.3), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    g = np.random.default_rng(r.randrange(1 << 30))
    a = a * r.uniform(0.85, 0.95) + 12 + g.normal(0, 4, a.shape)
    a[g.random(a.shape) < 0.0004] = 40
    scan = os.path.join(work, "scan.jpg")
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(scan, "JPEG", quality=50)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(path, pagesize=(pw, ph))
    c.drawImage(scan, 0, 0, pw, ph)
    for field, lab, val in rows:
        head = label_word(words, lab)
        if head is None:
            continue
        c.setFont("STSong-Light", 10.5)
        c.drawString(pw * 0.32 + 12 + r.uniform(-3, 8), ph - head[3] + 2 + r.uniform(-2, 2), val)
    c.showPage()
    c.save()
    os.remove(scan)
    return path


def info_xlsx_hidden(t, fam, path):
    """The information table in a workbook the applicant reused: last year's sheet (its old values,
    hidden) first; then the table sheet, whose designer's example column (填写示例) is hidden,
    and where the applicant hid the superseded rows (last year's project name and funding, with
    the same labels) instead of deleting them, each right above the row that replaced it."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    rows = facts(t, fam)
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    old = {"project_name": "面向" + t["project_name"].removesuffix("研发") + "的应用研究",
           "municipal": money(round(t["municipal_funding_wan"] * 0.8, 1), STYLE[fam]["money"]),
           "total": money(round(t["total_budget_wan"] * 0.8, 1), STYLE[fam]["money"]),
           "period": "2021年7月1日至2023年6月30日", "leader": "王建国"}
    wb = Workbook()
    prev = wb.active
    prev.title = "2021年度（旧）"
    prev.append(["2021年度" + TITLES[fam]])
    for k, lab, val in rows:
        prev.append([lab, old.get(k, val)])
    prev.sheet_state = "hidden"
    ws = wb.create_sheet("项目信息表")
    ws.append([TITLES[fam]])
    ws.merge_cells("A1:C1")
    ws["A1"].font = Font(name=mp.FONT, size=16, bold=True)
    ws.append(["项目", "填写示例", "填写内容"])
    for k, lab, val in rows:
        if k in ("project_name", "municipal"):  # the row it replaced, hidden
            ws.append([lab, EXAMPLE_VALUES.get(k, ""), old[k]])
            ws.row_dimensions[ws.max_row].hidden = True
        ws.append([lab, EXAMPLE_VALUES.get(k, ""), val])
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for c in row:
            c.border = box
            c.font = Font(name=mp.FONT, size=11)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["C"].width = 48
    wb.active = 1
    wb.save(path)
    return path


def first_page_words(path):
    """The first page's size (points) and its words as pdftotext -bbox reads them: (xMin, yMin,
    xMax, yMax, text), y from the top."""
    import re as _re
    bbox = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", path, "-"], capture_output=True, text=True).stdout
    pw, ph = (float(v) for v in _re.search(r'<page width="([\d.]+)" height="([\d.]+)"', bbox).groups())
    words = [(float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5]) for m in
             _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox)]
    return pw, ph, words


def label_word(words, label):
    """The first word a label starts with (two characters at least)."""
    return next((w for w in words if label.startswith(w[4]) and len(w[4]) >= 2), None)


def electronic_seals(path, work):
    """Sign a PDF in place with electronic seals (电子签章), as e-seal platforms do: a PDF
    signature (pyHanko, a self-signed certificate of the unit) whose widget's appearance is the
    red round seal, placed over each 公章/盖章 place of the first page (found with pdftotext
    -bbox), each seal its own incremental update; the page's own content is untouched."""
    import datetime
    import re as _re
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils import images
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    bbox = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", path, "-"], capture_output=True, text=True).stdout
    page_h = float(_re.search(r'<page width="[\d.]+" height="([\d.]+)"', bbox)[1])
    marks = [((float(m[1]) + float(m[3])) / 2, (float(m[2]) + float(m[4])) / 2)
             for m in _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox)
             if "公章" in m[5] or "盖章" in m[5]] or [(420.0, page_h - 160.0)]
    size, placed = 119.0, []  # 42 mm
    for j, (x, y) in enumerate(marks):
        holder = "苏州某某科技有限公司" if j else "项目申报单位专用章"
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, holder), x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")])
        start = datetime.datetime(2022, 6, 1, tzinfo=datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(start)
                .not_valid_after(start + datetime.timedelta(days=1825)).sign(key, hashes.SHA256()))
        kp, cp = os.path.join(work, "seal_key.pem"), os.path.join(work, "seal_cert.pem")
        open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
        signer = signers.SimpleSigner.load(kp, cp)
        cx, cy = x + 40, page_h - y
        while any(abs(cx - px) < 1.1 * size and abs(cy - py) < size for px, py in placed):
            cx += size
        placed.append((cx, cy))
        style = TextStampStyle(stamp_text="", background=images.PdfImage(seal_image(480, holder)),
                               background_opacity=1, border_width=0)
        field = f"Signature{j + 1}"
        with open(path, "rb") as f:
            w = IncrementalPdfFileWriter(f)
            out = io.BytesIO()
            signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field, reason="电子签章"), signer=signer,
                              stamp_style=style,
                              new_field_spec=fields.SigFieldSpec(field, on_page=0, box=(cx - size / 2, cy - size / 2,
                                                                                          cx + size / 2, cy + size / 2))
                              ).sign_pdf(w, output=out)
        with open(path, "wb") as f:
            f.write(out.getvalue())
        os.remove(kp)
        os.remove(cp)


def damage_pdf(path, r):
    """A PDF's file structure broken one of the ways careless tools break it, each of which
    Acrobat, pdf.js and poppler repair without a word: bytes before the header (a web server's
    stray output: a byte-order mark and blank lines); an error page after %%EOF; the binary
    comment line after the header re-encoded by a tool that took it for Latin-1 text, which
    leaves every cross-reference offset off by the bytes it added; a startxref that points a
    little wrong."""
    import re
    data = open(path, "rb").read()
    how = r.choice(["prefix", "suffix", "edited", "startxref"])
    if how == "prefix":
        data = b"\xef\xbb\xbf\r\n\r\n" + data
    elif how == "suffix":
        data += b"\r\n<!DOCTYPE html><html><head><title>500</title></head><body>Internal Server Error</body></html>\r\n"
    elif how == "edited":
        first = data.index(b"\n") + 1  # the binary comment line read as Latin-1 and written as UTF-8
        second = data.index(b"\n", first)
        assert any(b > 127 for b in data[first:second]), path
        data = data[:first] + data[first:second].decode("latin-1").encode("utf-8") + data[second:]
    else:
        at = data.rfind(b"startxref")
        num = re.search(rb"startxref\s+(\d+)", data[at:])
        wrong = int(num[1]) + r.choice([-7, -3, 5, 11])
        data = data[:at] + b"startxref\n" + str(wrong).encode() + data[at + num.end():]
    open(path, "wb").write(data)


def revised_pdf(t, fam, path, work):
    """The information table filled in, printed to PDF, then corrected in a PDF editor that saves
    incrementally: the file's first revision is the draft (other sums, period, leader's phone),
    and an update appended after it replaces the page tree with the corrected pages. Readers show
    the last revision; the draft's objects are still in the file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    r = random.Random(t["credit_code"] + fam)
    draft = dict(t)
    draft["municipal_funding_wan"] = t["municipal_funding_wan"] + r.choice([30, 50, 80, 120])
    draft["total_budget_wan"] = t["total_budget_wan"] + r.choice([0, 100, 200])
    sy, sm = ym(t["start"])
    draft["start"] = f"{sy - 1}-{sm:02d}"
    draft["phone"] = "13" + "".join(r.choice("0123456789") for _ in range(9))
    stem = path[:-4]
    src = stem + ".html"
    open(src, "w", encoding="utf-8").write(info_html(draft, fam))
    mp.soffice([src], "pdf", work)
    os.replace(path, stem + ".draft.pdf")
    open(src, "w", encoding="utf-8").write(info_html(t, fam))
    mp.soffice([src], "pdf", work)
    os.remove(src)
    with open(stem + ".draft.pdf", "rb") as f, open(path, "rb") as g:
        w = IncrementalPdfFileWriter(f)
        final = PdfFileReader(g)
        w.root["/Pages"] = w.import_object(final.root.raw_get("/Pages"))
        w.update_root()
        out = io.BytesIO()
        w.write(out)
    with open(path, "wb") as h:
        h.write(out.getvalue())
    os.remove(stem + ".draft.pdf")
    return path


def seven_zip(files, path, folder):
    """The package as one 7-Zip archive (LZMA2), the files in a folder, as 7-Zip's "add to
    archive" makes it."""
    import py7zr
    with py7zr.SevenZipFile(path, "w") as z:
        for p in files:
            z.write(p, folder + os.path.basename(p))


def gbk_zip(files, zip_path, folder):
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
        for p in files:
            zi = GbkZipInfo(folder + os.path.basename(p), date_time=(2022, 7, 12, 16, 20, 0))
            zi.create_system = 0
            zi.compress_type = zipfile.ZIP_DEFLATED
            with open(p, "rb") as f:
                z.writestr(zi, f.read())


def word_count(name):
    """字数 as Word counts it and T002 documents: a CJK character or full-width mark is 1, a run
    of other non-space characters is 1."""
    n, run = 0, False
    for c in name:
        if c.isspace():
            run = False
        elif ord(c) >= 0x2E80:
            n += 1
            run = False
        elif not run:
            n += 1
            run = True
    return n


def family_oracle(t, parts, mistakes, kind):
    """The oracle of make_packages.py, with three of its shortcuts put right for these families
    (and what a scan adds, below):
    E003 is an enterprise's rule (a university drawn with it expects nothing); a T003 name made of
    a university's two middle characters + 公司 (科技公司) is a common noun, not a company's name;
    the length is counted as T002 says it counts (Word's 字数: XC-200 is one word), not by
    Python's len."""
    want = [r for r in mp.oracle(t, parts, mistakes, {}) if not (r == "E003" and kind == "university")]
    name = t["project_name"] if "info_table" in parts else t.get("cover_name", "")
    if kind == "university" and name.startswith(t["applicant"][2:4] + "公司"):
        want = [r for r in want if r != "T003"]
    if "T002" in want and word_count(name) <= 25:
        want.remove("T002")
    # E001 drawn with E003: E003's new (valid) code replaced E001's broken one, so nothing is
    # wrong with the code the package carries — corrected after round 26's first figure was
    # taken (rowspan-4: propscan found the code valid, the oracle still expected E001).
    code = t["credit_code"]
    if "E001" in want and "info_table" in parts and len(code) == 18 and all(c in mp.ALPHABET for c in code):
        s = sum(mp.ALPHABET.index(c) * w for c, w in zip(code, mp.WEIGHTS))
        if mp.ALPHABET[(31 - s % 31) % 31] == code[-1]:
            want.remove("E001")
            # E001 drawn with E002: E002's new code is valid and registered outside the city,
            # which E002 says (the base oracle had let E001 stand for it) — corrected after
            # round 47's first figure was taken (scanform-1).
            if "E002" in mistakes and code[2:6] != "3205":
                want.append("E002")
    # E002 drawn with E003: E003's new code (昆山, 320583) replaced E002's code from outside the
    # city, so the code the package carries is registered in it — corrected after round 70's
    # first figure was taken (fpdfinfo-4: propscan rightly said nothing, the oracle expected E002).
    if "E002" in want and "E003" in mistakes and code[2:6] == "3205":
        want.remove("E002")
    # Scanned parts (family scan) and a photographed table (photo): F007 names the pages read by
    # OCR, and the scanned commitment bears no seal (none is drawn), which A009 says.
    if t.get("template") == "scan":
        want = want + ["F007"] + (["A009"] if "commitment" in parts else [])
    if t.get("template") == "photo" and "info_table" in parts:
        want = want + ["F007"]
    if t.get("template") == "mergedscan":  # the agreement is scanned too, with no seal drawn (A010)
        want = want + ["F007"] + (["A009"] if "commitment" in parts else []) + \
            (["A010"] if "cooperation_agreement" in parts else [])
    if t.get("template") == "rotated" and "commitment" in parts:
        want = want + ["F007", "A009"]
    if t.get("template") == "colorscan":  # scanned in colour, commitment and agreement sealed
        want = want + ["F007"]
    # Round 15. docximg: the sealed scans pasted into Word files are pages only OCR can read.
    # ocrlayer: the scans carry a text layer of the scanner's OCR, still pages read by OCR (F007),
    # and the scanned commitment bears no seal (A009). notounicode: the oracle first expected
    # nothing (the font programs are embedded), but LibreOffice writes them as Type 1 fonts whose
    # glyphs are named by the original font's glyph ids (cid33635): nothing in the file says
    # which character a glyph is, so the pages can only be read by OCR (F007) — corrected after
    # round 15's first figure was taken.
    if t.get("template") == "docximg" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    if t.get("template") == "ocrlayer":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    if t.get("template") == "notounicode":
        want = want + ["F007"]
    # Round 16: the photographed certificate, the outlined information table and application,
    # the stamped and scanned information table are pages only OCR can read (F007).
    if t.get("template") == "certphoto" and "qualification" in parts:
        want = want + ["F007"]
    if t.get("template") == "outlines" and ("info_table" in parts or "application" in parts):
        want = want + ["F007"]
    if t.get("template") == "sealedinfo" and "info_table" in parts:
        want = want + ["F007"]
    # Round 17: the black-and-white scans (information table, commitment) are read by OCR, and
    # the scanned commitment bears no seal (none is drawn). A watermark and a system's print
    # header change nothing.
    if t.get("template") == "bilevel":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    # Round 65: the crooked scans (information table; commitment, sealed) and the faxes
    # (information table; commitment, with no seal drawn: A009) are read by OCR (F007). A
    # drawing canvas expects nothing.
    if t.get("template") == "skewscan" and ("commitment" in parts or "info_table" in parts):
        want = want + ["F007"]
    if t.get("template") == "faxscan":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    # Round 18: the screenshots (commitment, certificate) are read by OCR, and the commitment's
    # screenshot bears no seal (none is drawn). PDFs with only an owner password open without
    # one and expect nothing; the Excel table nothing either.
    if t.get("template") == "screenshot":
        want = want + (["F007"] if "commitment" in parts or "qualification" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    # Round 20: the phone-photographed application and commitment are read by OCR, and the
    # commitment's photo bears no seal (none is drawn). Dot leaders, typed blanks, hidden
    # instructions and a zip with GBK names expect nothing.
    if t.get("template") == "phonescan":
        want = want + (["F007"] if "commitment" in parts or "application" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    # Round 21: Chromium prints on US Letter by default, so the printed information table is a
    # Letter page where the call asks for A4 (F006, a warning) — corrected after round 21's
    # first figure was taken (the oracle first expected nothing).
    if t.get("template") == "chromeprint" and "info_table" in parts:
        want = want + ["F006"]
    # Round 59: rubypdf's information table is printed by Chromium too, on Letter (F006) —
    # corrected after round 59's first figure was taken (the oracle first expected nothing).
    if t.get("template") == "rubypdf" and "info_table" in parts:
        want = want + ["F006"]
    # Round 27: the upside-down scans (information table, commitment) are read by OCR, and the
    # scanned commitment bears no seal (none is drawn). White type expects nothing.
    if t.get("template") == "upsidedown":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    # Round 30: the information table saved as .doc (HTML inside) is a format the call's system
    # does not take (F004); its content is the table's all the same.
    if t.get("template") == "htmldoc" and "info_table" in parts:
        want = want + ["F004"]
    # Round 61: divform's information table is an HTML page saved as .doc too (F004) —
    # corrected after round 61's first figure was taken (the oracle first expected nothing).
    if t.get("template") == "divform" and "info_table" in parts:
        want = want + ["F004"]
    # Round 31: a Word 97-2003 .doc (every document of worddoc) and an RTF file named .doc
    # (rtfdoc's information table) are formats the call's system does not take (F004); their
    # content counts all the same.
    if t.get("template") == "worddoc" or (t.get("template") == "rtfdoc" and "info_table" in parts):
        want = want + ["F004"]
    # Round 32: the information table as an Excel workbook is a format the call's system does not
    # take (F004); its content counts all the same.
    if t.get("template") == "xlsinfo" and "info_table" in parts:
        want = want + ["F004"]
    # Round 33: OpenDocument text (every document of odtfile) and OFD (ofdcert's certificate and
    # commitment) are formats the call's system does not take (F004); their content counts.
    if t.get("template") == "odtfile" or \
            (t.get("template") == "ofdcert" and ("commitment" in parts or "qualification" in parts)):
        want = want + ["F004"]
    # Round 34: the JBIG2 scans (information table, commitment) and the JPEG 2000 scans
    # (information table, commitment, agreement) are pages only OCR can read (F007); the
    # black-and-white commitment bears no seal (none is drawn; A009), the colour ones are sealed.
    # Strict Open XML expects nothing.
    if t.get("template") == "jbig2scan":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    if t.get("template") == "jp2scan" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 35: the WebP photo of the information table and the WebP scan of the certificate are
    # read by OCR (F007). Parts attached inside the application PDF are parts of the package and
    # expect nothing.
    if t.get("template") == "webpimg" and ("info_table" in parts or "qualification" in parts):
        want = want + ["F007"]
    # Round 37: the HEIC photos (information table, certificate) are read by OCR (F007), as the
    # WebP and JPEG photos before them. The PostScript-printed PDFs name their glyphs by the
    # original font's glyph ids only, so every page is one only OCR can read (F007), as in
    # notounicode. Type 3 fonts with a ToUnicode map expect nothing.
    if t.get("template") == "heicphoto" and ("info_table" in parts or "qualification" in parts):
        want = want + ["F007"]
    if t.get("template") == "psprint":
        want = want + ["F007"]
    # Round 38: Word 2003 XML saved as .doc (every document of wordxml) is a format the call's
    # system does not take (F004); its content counts all the same. An information table held
    # in an embedded Excel object, and a 7-Zip package, expect nothing.
    if t.get("template") == "wordxml":
        want = want + ["F004"]
    # Round 39: the screenshot of the information table pasted into Word is read by OCR (F007).
    # Electronic seals (signature appearances) seal the commitment and the agreement; a credit
    # code and phone typed one character to a box expect nothing.
    if t.get("template") == "imgtable" and "info_table" in parts:
        want = want + ["F007"]
    # Round 40: the information table as an Excel workbook (.xls or .xlsx) is a format the call's
    # system does not take (F004), its content counted all the same (as xlsinfo). Turned group
    # labels expect nothing.
    if t.get("template") in ("xlsold", "xlsdict") and "info_table" in parts:
        want = want + ["F004"]
    # Round 41: OFD (every document of ofdprint) is a format the call's system does not take
    # (F004); its content counts all the same, and its electronic seals seal the commitment and
    # the agreement. A table pasted as a metafile picture or as an Excel 97-2003 object expects
    # nothing.
    if t.get("template") == "ofdprint":
        want = want + ["F004"]
    # Round 42: an Excel 2003 XML Spreadsheet and an HTML page saved as .xls (the information
    # tables of xmlsheet and htmlxls) are formats the call's system does not take (F004); their
    # content counts all the same. Hidden optional content expects nothing.
    if t.get("template") in ("xmlsheet", "htmlxls") and "info_table" in parts:
        want = want + ["F004"]
    # Round 43: a CSV file (csvexport's information table) is a format the call's system does
    # not take (F004); its content counts all the same. Bound content controls and typewriter
    # annotations expect nothing.
    if t.get("template") == "csvexport" and "info_table" in parts:
        want = want + ["F004"]
    # Round 44: tracked moves, a SmartArt list and values running on over empty cells expect
    # nothing.
    # Round 45: a package sent as an e-mail's attachments, DOCPROPERTY fields and the paper
    # form's opinion rows expect nothing.
    # Round 46: a PDF Portfolio's documents and an application in two files expect nothing.
    # Round 47: a worked example above the table and hidden rows, columns and sheets of a
    # workbook expect nothing; xlshidden's .xlsx is F004, as round 40's workbooks, and
    # scanform's table, whose labels only OCR can read, is a page read by OCR (F007), as the
    # other scans' — both added after first sight, the oracle had left them out.
    if t.get("template") == "xlshidden" and "info_table" in parts:
        want = want + ["F004"]
    if t.get("template") == "scanform" and "info_table" in parts:
        want = want + ["F007"]
    # Round 48: footnotes and note marks on values, and values wrapped by hand inside their
    # cells, expect nothing.
    # Round 49: values corrected under white boxes, and units described in sections with the
    # same sub-labels, expect nothing.
    # Round 50: a reviewer's comments left in the information table expect nothing.
    # Round 51: a package converted to traditional characters expects nothing (the call's words
    # and the values are the same words in either script).
    # Round 52: struck-through drafts printed to PDF, Taiwan's vocabulary and documents converted
    # from PDF to Word expect nothing.
    # Round 63: text boxes in a group shape expect nothing.
    # Round 62: a web form exported with its form fields by LibreOffice and values merged
    # across cells the legacy way expect nothing.
    # Round 61: a form of div rows saved as .doc and underlined values printed to PDF expect
    # nothing.
    # Round 60: options marked in the ways people mark forms and file names that say other
    # parts expect nothing.
    # Round 59: pinyin over the leader's name (Word's phonetic guide, HTML ruby printed to PDF)
    # and LibreOffice's hybrid PDFs expect nothing.
    # Round 58: VML text boxes on the page, values lined up with spaces and a period typed into
    # boxes expect nothing.
    # Round 57: information tables laid out as text boxes or frames on the page, Word for the
    # web's part names and informally written periods and sums expect nothing.
    # Round 56: Word files whose body is a .docx or RTF chunk expect nothing.
    # Round 55: drop-down form fields, other forms' labels and a table in the e-mail's body
    # expect nothing.
    # Round 54: instructions left in value cells, smart tags and labels stacked over values in
    # one cell expect nothing.
    # Round 53: values pasted with radical forms and invisible spaces and a form inside a page
    # frame expect nothing. The information table as an OpenDocument spreadsheet is a format the
    # call's system does not take (F004), as round 32's Excel workbook — corrected after round
    # 53's first figure was taken (the oracle had left it out; propscan's F004 then named the
    # file .odt, which it is not: now it reads the .ods and says so).
    if t.get("template") == "odsinfo" and "info_table" in parts:
        want = want + ["F004"]
    # Round 66: the information table as a single-file web page saved as .doc is a format the
    # call's system does not take (F004), as round 30's HTML .doc; its content counts all the
    # same. A budget table with a split corner cell and a reporting engine's print expect
    # nothing.
    if t.get("template") == "mhtdoc" and "info_table" in parts:
        want = want + ["F004"]
    # Round 67: the scans with an English text layer (information table; commitment, with no
    # seal drawn: A009) and the low-resolution colour scans (information table; the commitment
    # and the agreement, sealed) are pages read by OCR (F007). Seals pasted into Word files
    # seal them: nothing is expected.
    if t.get("template") == "englayer":
        want = want + (["F007"] if "commitment" in parts or "info_table" in parts else []) + \
            (["A009"] if "commitment" in parts else [])
    if t.get("template") == "lowres" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 93: the information table as a workbook (.xls by Apache POI, .xlsx by Gnumeric) is
    # a format the call's system does not take (F004); its content counts all the same.
    # Gnumeric's print expects nothing.
    if t.get("template") in ("poixls", "gnmxlsx") and "info_table" in parts:
        want = want + ["F004"]
    # Round 127: python-docx's .docx and LibreOffice's A4 PDFs expect nothing.
    # Round 125 (put right after opening): the information table printed by Chromium at its
    # default paper and the one exported from python-docx's default template are US Letter
    # (216 × 279 mm), which F006 rightly warns of; the other documents are A4.
    if t.get("template") in ("csscols", "docxcols") and "info_table" in parts:
        want = want + ["F006"]
    # Round 124: the information table as an .xlsx filled by xlsx-template is a format the
    # call's system does not take (F004); its content counts all the same. PDFKit's PDFs and the
    # npm docx package's .docx expect nothing.
    if t.get("template") == "xlsxtpl" and "info_table" in parts:
        want = want + ["F004"]
    # Round 123: the information table as an .xlsx by umya-spreadsheet is a format the call's
    # system does not take (F004); its content counts all the same. pdfme's PDF, docx-rs's .docx
    # and LibreOffice's PDFs expect nothing.
    if t.get("template") == "umya" and "info_table" in parts:
        want = want + ["F004"]
    # Round 122: the information table as an .xlsx by write-excel-file and as a flat
    # OpenDocument text by simple-odf are formats the call's system does not take (F004); their
    # content counts all the same. pandoc's and python-docx's .docx expect nothing.
    if t.get("template") in ("wxf", "sodf") and "info_table" in parts:
        want = want + ["F004"]
    # Round 121: the information table as a workbook (.xlsx by xlsx-populate and by excel4node)
    # is a format the call's system does not take (F004); its content counts all the same. The
    # npm docx package's .docx and LibreOffice's PDFs expect nothing.
    if t.get("template") in ("xlpop", "e4n") and "info_table" in parts:
        want = want + ["F004"]
    # Round 120: the information table as a workbook (.xlsx by pylightxl, .ods by ezodf) is a
    # format the call's system does not take (F004); its content counts all the same.
    # python-docx's .docx and LibreOffice's PDFs expect nothing.
    if t.get("template") in ("pylightxl", "ezodf") and "info_table" in parts:
        want = want + ["F004"]
    # Round 119: the information table as a workbook (.xls and .ods by Gnumeric's ssconvert) is a
    # format the call's system does not take (F004); its content counts all the same. PDF::API2's
    # PDFs and pandoc's .docx expect nothing.
    if t.get("template") in ("gnmxls", "gnmods") and "info_table" in parts:
        want = want + ["F004"]
    # Round 118: RTF (every document of latex2rtf) and the information table as an .xlsx by
    # libxlsxwriter are formats the call's system does not take (F004); their content counts all
    # the same (the dates as the cells show them). PoDoFo's PDFs expect nothing.
    if t.get("template") == "latex2rtf" or (t.get("template") == "lxw" and "info_table" in parts):
        want = want + ["F004"]
    # Round 117: RTF (every document of pandocrtf) and the information table as an .xlsx by R's
    # openxlsx are formats the call's system does not take (F004); their content counts all the
    # same. officer's .docx expect nothing.
    if t.get("template") == "pandocrtf" or (t.get("template") == "openxlsx" and "info_table" in parts):
        want = want + ["F004"]
    # Round 116: the information table as an Excel 97-2003 workbook by Spreadsheet::WriteExcel
    # is a format the call's system does not take (F004); its content counts all the same (the
    # amounts in 元 as numbers). PoDoFo's PDFs expect nothing.
    if t.get("template") == "writeexcel" and "info_table" in parts:
        want = want + ["F004"]
    # Round 115: the information table as a workbook (.xls by Ruby's spreadsheet gem, .xlsx by
    # pyexcelerate) is a format the call's system does not take (F004); its content counts all
    # the same. Prawn's PDFs and python-docx's .docx expect nothing.
    if t.get("template") in ("rubyxls", "pyexcelerate") and "info_table" in parts:
        want = want + ["F004"]
    # Round 114: the information table as an Excel 97-2003 workbook by JExcelApi is a format the
    # call's system does not take (F004); its content counts all the same (the dates as the
    # cells show them). XMLWorker's PDFs expect nothing.
    if t.get("template") == "jxl" and "info_table" in parts:
        want = want + ["F004"]
    # Round 113: OpenDocument text by the ODF Toolkit (every document of odfdom) and the
    # information table as an .xlsx by Excel::Writer::XLSX are formats the call's system does not
    # take (F004); their content counts all the same (the total is the formula's result).
    # PDF::API2's PDFs expect nothing.
    if t.get("template") == "odfdom" or (t.get("template") == "perlxlsx" and "info_table" in parts):
        want = want + ["F004"]
    # Round 112: OpenDocument text by Qt's ODF writer (every document of qtodt) is a format the
    # call's system does not take (F004); its content counts all the same. Qt's PDFs (qtpdf)
    # expect nothing.
    if t.get("template") == "qtodt":
        want = want + ["F004"]
    # Round 111: the information table as an .xlsx by SheetJS is a format the call's system
    # does not take (F004); its content counts all the same.
    if t.get("template") == "sheetjs" and "info_table" in parts:
        want = want + ["F004"]
    # Round 110: the information table as an Excel 97-2003 workbook by xlwt is a format the
    # call's system does not take (F004); its content counts all the same. PyFPDF's PDFs
    # expect nothing.
    if t.get("template") == "xlwt" and "info_table" in parts:
        want = want + ["F004"]
    # Round 109: Flying Saucer's PDFs expect nothing.
    # Round 108: the information table as an .xlsx by Go's tealeg/xlsx is a format the call's
    # system does not take (F004); its content counts all the same. RBPDF's and gofpdf's PDFs
    # expect nothing.
    if t.get("template") == "goxlsx" and "info_table" in parts:
        want = want + ["F004"]
    # Round 107: RTF under a .doc name (every document of itextrtf) is a format the call's
    # system does not take (F004); its content counts all the same. The composed .docx
    # expects nothing.
    if t.get("template") == "itextrtf":
        want = want + ["F004"]
    # Round 106: OpenDocument text written by OpenOffice::OODoc (every document of oodoc) and
    # the information table as an .xlsx by ExcelJS are formats the call's system does not take
    # (F004); their content counts all the same. The docx package's .docx expect nothing.
    if t.get("template") == "oodoc" or (t.get("template") == "exceljs" and "info_table" in parts):
        want = want + ["F004"]
    # Round 105: .docx on WPS's package and PDFs by ConTeXt expect nothing.
    # Round 104: .docx by R's officer and PDFs by AbiWord expect nothing.
    # Round 103: OpenDocument text written by pandoc (every document of orgodt) is a format
    # the call's system does not take (F004); its content counts all the same. gofpdf's PDFs
    # expect nothing.
    if t.get("template") == "orgodt":
        want = want + ["F004"]
    # Round 102: DOCX by docx-rs and PDFs by printpdf expect nothing.
    # Round 101: .docx filled by docxtemplater expect nothing.
    # Round 100: PDFs by Skia and by rinohtype expect nothing.
    # Round 99: OpenDocument text written by odfdo (every document of odfdo) is a format the
    # call's system does not take (F004); its content counts all the same. react-pdf's PDFs
    # expect nothing.
    if t.get("template") == "odfdo":
        want = want + ["F004"]
    # Round 98: PDFs by Prawn and by Scribus expect nothing.
    # Round 97: PDFs by libharu (a font not embedded, GBK-EUC-H) and .docx by html-to-docx expect nothing.
    # Round 96: .docx filled by docxtpl and written by officegen, PDFs by PDF::API2 expect nothing.
    # Round 95: PDFs by xhtml2pdf, asciidoctor-pdf and librsvg expect nothing.
    # Round 94: the information table printed by paps has no text in the file, only glyph
    # outlines: it is read by OCR (F007). PDFBox's PDFs and Calligra's .docx expect nothing.
    if t.get("template") == "paps" and "info_table" in parts:
        want = want + ["F007"]
    # Round 92: PDFs by pdf-lib (a blank form with the values drawn on it) and by pdfLaTeX
    # (CJK package) and LuaLaTeX (ctex) expect nothing.
    # Round 91: PDFs by TCPDF and dompdf expect nothing. Every document of docscan is Word
    # 97-2003 (.doc), a format the call's system does not take (F004); its content counts all
    # the same; the sealed commitment and agreement scanned and pasted into .doc files are read
    # by OCR (F007).
    if t.get("template") == "docscan" and parts:
        want = want + ["F004"] + (["F007"] if "commitment" in parts or "cooperation_agreement" in parts else [])
    # Round 90: the information table, a cropped capture pasted into a workbook (.xlsx, .ods),
    # is read by OCR (F007); what the crop hides is not the package; a workbook is a format the
    # call's system does not take (F004).
    if t.get("template") in ("xlsxshot", "odsshot") and "info_table" in parts:
        want = want + ["F007", "F004"]
    # Round 89: the information table that is a cropped picture in an OpenDocument file, and
    # the commitment and agreement scanned into OpenDocument files, are read by OCR (F007);
    # what the crop hides is not the package; OpenDocument (every document of odtcrop) is a
    # format the call's system does not take (F004). Typst's table expects nothing.
    if t.get("template") == "odtcrop":
        want = want + (["F007"] if "info_table" in parts else []) + ["F004"]
    if t.get("template") == "odtscan" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007", "F004"]
    # Round 88: the scanned information table is read by OCR (F007); the example cut away by
    # the clipping path is not the package.
    if t.get("template") == "clipscan" and "info_table" in parts:
        want = want + ["F007"]
    # Round 87: the screenshot of the information table and the scanned commitment and
    # agreement pasted into Word are read by OCR (F007); what the crop hides is not the package.
    if t.get("template") == "docxcrop" and "info_table" in parts:
        want = want + ["F007"]
    if t.get("template") == "vmlcrop" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 86: text outside a page's CropBox (an example cropped away, the other half of a split
    # sheet) and text given by /ActualText expect nothing: what shows is the package as filed.
    # The split application's pages are half sheets, A5 (149 × 210 mm), which is not the A4 the
    # call prints on (F006; put right after the first sight, which counted it false).
    if t.get("template") == "cropbox" and "application" in parts:
        want = want + ["F006"]
    # Round 85: a sheet printed over pages expects nothing. The scanned, sealed commitment and
    # agreement appended to the application are pages read by OCR (F007); the parts are there,
    # but a commitment bound after the application breaks the call's binding order (A007).
    if t.get("template") == "appendixparts" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    if t.get("template") == "appendixparts" and "commitment" in parts and "application" in parts:
        want = want + ["A007"]
    # Round 84: the unruled and the folded information tables are scans (F007).
    if t.get("template") in ("wrapscan", "quarterfold") and "info_table" in parts:
        want = want + ["F007"]
    # Round 83: the information tables as .odt (recorded changes; a hidden worked example) are a
    # format the call's system does not take (F004); the values counted are the ones shown.
    if t.get("template") in ("odttracked", "odthidden") and "info_table" in parts:
        want = want + ["F004"]
    # Round 82: the information table as an ODT (odfpy) or an .xlsx (xlsxwriter) is a format the
    # call's system does not take (F004); its content counts all the same. iText PDFs expect
    # nothing.
    if t.get("template") in ("odfpy", "xlsxwriter") and "info_table" in parts:
        want = want + ["F004"]
    # Round 81: jsPDF (its header row's mojibake is no field), a PDF re-exported by LibreOffice
    # Draw and DOCX by the npm docx library, all with their text: nothing expected.
    # Round 80: PDFs by pdfmake, MuPDF and Apache FOP, all with their text. MuPDF lays an HTML
    # page out on A5 paper unless told a size (mutool convert's default, kept as a MuPDF user
    # gets it): F006 for every package of mupdf. (Put right after round 80's first figure:
    # propscan's six F006 there were true; the oracle had not known the page size.)
    if t.get("template") == "mupdf" and parts:
        want = want + ["F006"]
    # Round 79: the duplex scans (information table; the commitment and the agreement, sealed)
    # and the black-and-white copies of the sealed commitment and agreement are read by OCR
    # (F007); their seals are there, grey or not. A watermark expects nothing.
    if t.get("template") == "duplexscan" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    if t.get("template") == "bwseal" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 78: the saved web page (HTML) and the Notepad text are formats the call's system does
    # not take (F004); their content counts. The TIFF scans (information table; the commitment,
    # sealed) are read by OCR (F007).
    if t.get("template") in ("savedform", "txtinfo") and "info_table" in parts:
        want = want + ["F004"]
    if t.get("template") == "tiflzw" and ("info_table" in parts or "commitment" in parts):
        want = want + ["F007"]
    # Round 77: the regular-script scans (information table; the commitment and the agreement,
    # sealed) and every page of the PDFs whose text maps into the Private Use Area are read by
    # OCR (F007). A GBK-EUC-H CMap expects nothing.
    if t.get("template") == "kaiscan" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    if t.get("template") == "puamap":
        want = want + ["F007"]
    # Round 76: Flat XML OpenDocument text (every document of fodtfile) and UOF text (every
    # document of uotfile) are formats the call's system does not take (F004); their content
    # counts all the same. The CMYK scans (information table; the commitment and the agreement,
    # sealed) are pages read by OCR (F007).
    if t.get("template") in ("fodtfile", "uotfile"):
        want = want + ["F004"]
    if t.get("template") == "cmykscan" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 75: a .wps (every Word document of wpsfile) and an .et workbook (etfile's information
    # table) are formats the call's system does not take (F004); their content counts all the
    # same. PDF/A expects nothing.
    if t.get("template") == "wpsfile" or (t.get("template") == "etfile" and "info_table" in parts):
        want = want + ["F004"]
    # Round 74: the table with the back showing through and the dithered black-and-white table
    # are scans (F007). Labels struck twice expect nothing.
    if t.get("template") in ("bleedscan", "ditherscan") and "info_table" in parts:
        want = want + ["F007"]
    # Round 73: the dark-mode screenshot and the transparent PNG of the table are read by OCR
    # (F007). Rows of uneven length expect nothing.
    if t.get("template") in ("darkmode", "alphapng") and "info_table" in parts:
        want = want + ["F007"]
    # Round 72: the workbook is a format the call's system does not take (F004), its content
    # counts all the same; the sideways photo is read by OCR (F007); a merged file whose parts
    # are out of the call's order draws A007.
    if t.get("template") == "xlsformula" and "info_table" in parts:
        want = want + ["F004"]
    if t.get("template") == "exifphoto" and "info_table" in parts:
        want = want + ["F007"]
    if t.get("template") == "mergedorder":
        rank = {"cover": 0, "info_table": 1, "commitment": 2, "application": 3}
        seq = [rank.get(p, 4) for p in merge_order(t) if p in parts]
        if seq != sorted(seq):
            want = want + ["A007"]
    # Round 71: the phone screenshot of the table and the scanning app's pages (the table, the
    # signed and sealed commitment, the sealed agreement) are read by OCR (F007); nothing is
    # missing from them. Invisible characters pasted from the web change nothing.
    if t.get("template") == "mobileshot" and "info_table" in parts:
        want = want + ["F007"]
    if t.get("template") == "camscan" and \
            ("info_table" in parts or "commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    # Round 69: the faded, folded and photocopied information tables are scans (F007).
    if t.get("template") in ("fadedscan", "foldscan", "copyscan") and "info_table" in parts:
        want = want + ["F007"]
    # Round 68: the shaded and the two-page information tables are scans (F007); the signed and
    # sealed commitment and the sealed agreement are scans (F007) with nothing missing.
    if t.get("template") in ("shadedscan", "twopagescan") and "info_table" in parts:
        want = want + ["F007"]
    if t.get("template") == "signedscan" and ("commitment" in parts or "cooperation_agreement" in parts):
        want = want + ["F007"]
    return want


POOL = ["T001", "T002", "T003", "T004", "T007", "A001", "A002", "A003", "A004", "A005", "A006", "A008", "B001", "B002",
        "B003", "P001", "P003", "G001", "G002", "G004", "G005", "E001", "E002", "E003", "E005", "E006", "S001"]


def main(per_family):
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp()
    rnd = random.Random(12)
    labels = []
    k = 0
    try:
        for fam in FAMILIES:
            for j in range(per_family):
                mistakes = [] if j == 0 else [POOL[k % len(POOL)]]
                if j:
                    k += 1
                if j and rnd.random() < 0.3:
                    extra = rnd.choice(POOL)
                    if extra not in mistakes:
                        mistakes.append(extra)
                if any(m in mistakes for m in ("A008", "B003", "A002")):
                    kind = "university"
                elif any(m in mistakes for m in ("E003", "A003", "B002")):
                    kind = "enterprise"
                else:
                    kind = rnd.choice(["enterprise", "enterprise", "university"])
                t = mp.make_truth(rnd, kind)
                if kind == "enterprise" and rnd.random() < 0.3:
                    t["say_status"] = True
                for m in mistakes:
                    mp.apply_mistake(t, m, rnd)
                parts = list(mp.FULL if kind == "enterprise" else mp.ACADEMIC)
                drop = {"A001": "commitment", "A002": "cooperation_agreement", "A004": "info_table",
                        "A005": "application", "A006": "cover", "E005": "labor_contract", "A003": "qualification"}
                for m in mistakes:
                    if m in drop and drop[m] in parts:
                        parts.remove(drop[m])
                if "A003" in mistakes:
                    t["status"] = ""
                    t.pop("say_status", None)
                t["template"] = fam
                pid = f"{fam}-{j}"
                if ONLY and fam not in ONLY:
                    # Not asked for: the labels are written all the same, and a writer that
                    # draws from `rnd` (ooxml) writes its files aside, so the families after it
                    # come out as a full run makes them.
                    settle(t, fam, parts)
                    if WRITER[fam] == "ooxml":
                        build(t, fam, tempfile.mkdtemp(dir=tmp), tmp, parts, rnd)
                else:
                    build(t, fam, os.path.join(OUT, pid), tmp, parts, rnd)
                labels.append({"package": pid, "family": fam, "writer": WRITER[fam],
                               "tuning": fam in TUNING, "round": ROUND[fam], "mistakes": mistakes,
                               "fields": mp.truth_fields(t, parts),
                               # E003 is an enterprise's rule: a university drawn with it keeps
                               # the renamed unit but expects nothing.
                               "rules": family_oracle(t, parts, mistakes, kind)})
                print(pid, mistakes, file=sys.stderr)
    finally:
        shutil.rmtree(tmp)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
