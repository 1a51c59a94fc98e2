// A .docx written the way Node back ends write them with officegen (0.6): its own
// WordprocessingML (no styles part to speak of, fonts named on every run, the table's cells
// with widths in twips and a shaded first column), paragraphs made one by one.
// Usage: node officegen_write.js info|blocks DATA.json OUT.docx  (NODE_PATH to node_modules)
const fs = require('fs');
const officegen = require('officegen');
const [what, src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));
const docx = officegen({type: 'docx', pageSize: 'A4'});
docx.on('error', e => { console.error(e); process.exit(1); });
const font = '宋体';
function p(text, opts, popts) {
  const par = docx.createP(popts || {});
  par.addText(text, Object.assign({font_face: font, font_size: 10.5}, opts || {}));
  return par;
}
function cover(c) {
  const [title, lines, foot] = c;
  for (let i = 0; i < 3; i++) p('');
  for (const x of title.split('\n')) p(x, {bold: true, font_size: 22}, {align: 'center'});
  p(''); p('');
  for (const [k, v] of lines) p(k + (k.endsWith('：') ? '' : '：') + v, {font_size: 14}, {indentLeft: 1200});
  p('');
  for (const x of foot) p(x, {font_size: 14}, {align: 'center'});
  docx.putPageBreak();
}
if (what === 'info') {
  p(data.title, {bold: true, font_size: 16}, {align: 'center'});
  const head = {opts: {b: true, cellColWidth: 2600, sz: '21', shd: {fill: 'D9D9D9', themeFill: 'text1', themeFillTint: '25'}}};
  const rows = data.rows.map(([k, v]) => [{val: k, opts: head.opts}, {val: v, opts: {cellColWidth: 6400, sz: '21'}}]);
  docx.createTable(rows, {tableColWidth: 4261, tableSize: 24, tableColor: 'ada', tableAlign: 'left',
                          borders: true});
  if (data.note) p(data.note, {font_size: 9});
} else {
  if (data.cover) cover(data.cover);
  for (const [kind, text] of data.blocks) {
    if (kind === 'title') p(text, {bold: true, font_size: 16}, {align: 'center'});
    else if (kind === 'h') p(text, {bold: true, font_size: 12});
    else if (kind === 'item') p(text, {}, {indentLeft: 420});
    else p('\u3000\u3000' + text);
  }
}
const stream = fs.createWriteStream(out);
stream.on('close', () => process.exit(0));
docx.generate(stream);
