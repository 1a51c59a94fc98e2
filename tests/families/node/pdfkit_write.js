// Documents written with PDFKit 0.20 (npm), the Node PDF library most web back ends print with,
// the TrueType font subset by fontkit and embedded. "info": the information table as a print
// view that flows "label：value" lines into two columns (PDFKit's text option columns: 2): the
// left column top to bottom, then the right; a long value wraps inside its column. "blocks": a
// cover on its own page (when given), then the title, headings, paragraphs and list items as
// wrapped text, a page number at each foot.
// Usage: node pdfkit_write.js info|blocks DATA.json OUT.pdf FONT.ttf  (NODE_PATH to
// node_modules; DATA: info: title, rows of [label, value], note; blocks: blocks, cover)
const fs = require('fs');
const path = require('path');
const modules = process.env.NODE_PATH.split(path.delimiter)[0];
const PDFDocument = require(path.join(modules, 'pdfkit', 'js', 'pdfkit.js'));
const [what, src, out, font] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const doc = new PDFDocument({size: 'A4', margins: {top: 72, bottom: 72, left: 72, right: 72}, bufferPages: true});
doc.pipe(fs.createWriteStream(out));
doc.registerFont('song', font);
doc.font('song');
const width = doc.page.width - 144;

if (what === 'info') {
  doc.fontSize(16).text(data.title, {align: 'center'});
  doc.moveDown(1.2);
  const lines = data.rows.map(([l, v]) => `${l}：${v}`);
  // The columns' height: half the lines the text wraps into (each column about 20 characters
  // wide), as the page's script works it out so that the columns come out even.
  doc.fontSize(10.5);
  const column = (width - 24) / 2;
  const wrapped = lines.reduce((n, l) => n + Math.ceil(doc.widthOfString(l) / column), 0);
  const height = Math.ceil(wrapped / 2 + 0.5) * (doc.currentLineHeight() + 6);
  const top = doc.y;
  doc.text(lines.join('\n'), 72, top, {columns: 2, columnGap: 24, width, height, lineGap: 6});
  if (data.note) doc.fontSize(9).text(data.note, 72, top + height + 18, {width});
} else {
  if (data.cover) {
    const [title, lines, foot] = data.cover;
    doc.moveDown(6);
    for (const x of title.split('\n')) doc.fontSize(22).text(x, {align: 'center'});
    doc.moveDown(4);
    for (const [k, v] of lines) doc.fontSize(13).text(k + (k.endsWith('：') ? '' : '：') + v, 130, doc.y, {lineGap: 10});
    doc.moveDown(4);
    for (const x of foot) doc.fontSize(13).text(x, 72, doc.y, {width, align: 'center'});
    if (data.blocks.length) doc.addPage();
  }
  for (const [kind, text] of data.blocks) {
    if (kind === 'title') doc.fontSize(16).text(text, 72, doc.y, {width, align: 'center'}).moveDown(0.6);
    else if (kind === 'h') doc.moveDown(0.3).fontSize(12).text(text, 72, doc.y, {width});
    else if (kind === 'item') doc.fontSize(10.5).text(text, 94, doc.y, {width: width - 22, lineGap: 3});
    else doc.fontSize(10.5).text('\u3000\u3000' + text, 72, doc.y, {width, lineGap: 3});
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.fontSize(9).text(`${i + 1}`, 72, doc.page.height - 50, {width, align: 'center', lineBreak: false});
  }
}
doc.end();
