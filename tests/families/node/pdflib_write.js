// Write a PDF with pdf-lib (npm pdf-lib 1.17 with @pdf-lib/fontkit 1.1), as web back ends do
// (round 92, family pdfoverlay; make_families.py calls it):
//   node pdflib_write.js overlay DATA.json OUT.pdf FONT.ttf   values drawn onto a blank form
//   node pdflib_write.js blocks  DATA.json OUT.pdf FONT.ttf   a document laid out line by line
// overlay: DATA = {"template": "form.pdf", "values": [{"page", "x", "y", "right", "text"}]}, y
// the baseline from the page's foot; a value too wide for its cell is set smaller (down to 7 pt),
// the way a developer fits a value into a fixed box. blocks: DATA = {"blocks": [[kind, text]],
// "cover": [title, [[label, value]], [foot lines]] or null}; lines broken by width, A4.
'use strict';
const fs = require('fs');
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const [mode, dataPath, out, fontPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));

async function overlay() {
  const pdf = await PDFDocument.load(fs.readFileSync(data.template));
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(fontPath), { subset: true });
  const pages = pdf.getPages();
  for (const v of data.values) {
    let size = 10.5;
    while (size > 7 && font.widthOfTextAtSize(v.text, size) > v.right - v.x) size -= 0.5;
    pages[v.page].drawText(v.text, { x: v.x, y: v.y, size, font, color: rgb(0, 0, 0.35) });
  }
  fs.writeFileSync(out, await pdf.save());
}

async function blocks() {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(fontPath), { subset: true });
  const [W, H, M] = [595.28, 841.89, 72];
  let page = null;
  let y = 0;
  const newPage = () => { page = pdf.addPage([W, H]); y = H - M; };
  // Break a paragraph into lines that fit `width` (Chinese breaks between any two characters).
  const lines = (text, size, width) => {
    const out = [];
    let line = '';
    for (const ch of text) {
      if (font.widthOfTextAtSize(line + ch, size) > width && line) { out.push(line); line = ''; }
      line += ch;
    }
    if (line) out.push(line);
    return out;
  };
  const put = (text, size, { center = false, indent = 0, right = false, gap = 6 } = {}) => {
    for (const l of lines(text, size, W - 2 * M - indent)) {
      if (!page || y - size < M) newPage();
      y -= size * 1.5;
      const w = font.widthOfTextAtSize(l, size);
      const x = center ? (W - w) / 2 : right ? W - M - w : M + indent;
      page.drawText(l, { x, y, size, font });
    }
    y -= gap;
  };
  if (data.cover) {
    const [title, labels, foot] = data.cover;
    newPage();
    y -= 120;
    for (const t of title.split('\n')) put(t, 22, { center: true, gap: 12 });
    y -= 90;
    for (const [k, v] of labels) put(`${k.replace(/[：:]$/, '')}：${v}`, 14, { indent: 50, gap: 14 });
    y -= 80;
    for (const f of foot) put(f, 14, { center: true });
    page = null;
  }
  for (const [kind, text] of data.blocks) {
    if (kind === 'title') put(text, 16, { center: true, gap: 14 });
    else if (kind === 'h') put(text, 12.5, { gap: 4 });
    else if (/^(法定代表人|单位（|甲方（盖章）|20)/.test(text)) put(text, 10.5, { right: true });
    else put(text, 10.5, { indent: kind === 'item' ? 21 : 0 });
  }
  if (!page && pdf.getPageCount() === 0) newPage();
  fs.writeFileSync(out, await pdf.save());
}

(mode === 'overlay' ? overlay() : blocks()).catch(e => { console.error(e); process.exit(1); });
