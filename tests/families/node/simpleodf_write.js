// An information table written with simple-odf 3.0 (npm), which makes text documents of
// headings, paragraphs and lists only (no tables): a heading, a line of instructions, then
// each field an item of a list, "label：value", a closing paragraph; saved as a flat
// OpenDocument text (.fodt), the one format the library writes in a single file.
// Usage: node simpleodf_write.js DATA.json OUT.fodt  (NODE_PATH to node_modules; DATA: title,
// intro, items of [label, value], note)
const fs = require('fs');
const {TextDocument} = require('simple-odf');
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const doc = new TextDocument();
const body = doc.getBody();
body.addHeading(data.title, 1);
body.addParagraph(data.intro);
const list = body.addList();
for (const [label, value] of data.items) {
  list.addItem().addParagraph(`${label}：${value}`);
}
body.addParagraph(data.note);
doc.saveFlat(out).catch((e) => { console.error(e); process.exit(1); });
