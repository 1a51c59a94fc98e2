// An information table printed by a web system built on pdfme 6 (npm @pdfme/generator, the
// template-driven PDF generator): a template drawn in pdfme's designer — A4, a title, then a
// grid of ruled boxes (rectangle schemas), each label a read-only text schema, each value a
// text schema filled from the form's input. The short fields two pairs a row, the long ones a
// row each; a value too long for its box is shrunk to fit its width (dynamicFontSize, fit
// horizontal) on the short fields and wrapped on the long ones. The font is subset by
// pdf-lib's fontkit and embedded.
// Usage: node pdfme_write.mjs DATA.json OUT.pdf FONT.ttf  (NODE_PATH to node_modules; DATA:
// title, rows of [label, value, wide], note)
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const modules = process.env.NODE_PATH.split(path.delimiter)[0];
const load = (p) => import(pathToFileURL(path.join(modules, '@pdfme', p, 'dist', 'index.js')).href);
const { generate } = await load('generator');
const { text, rectangle } = await load('schemas');
const [src, out, fontPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const left = 18, width = 174, labelW = 30, rowH = 11, pageH = 297, bottom = 20;
const valueW = (width - 2 * labelW) / 2;
const pages = [[]];
const inputs = {};
let y = 18, n = 0;
const name = () => `f${n++}`;
const page = () => pages[pages.length - 1];
page().push({ name: name(), type: 'text', position: { x: left, y }, width, height: 12, fontSize: 16,
  alignment: 'center', verticalAlignment: 'middle', readOnly: true, content: data.title });
y += 18;
const box = (x, w, h) => page().push({ name: name(), type: 'rectangle', position: { x, y }, width: w, height: h,
  borderWidth: 0.3, borderColor: '#000000', color: '', readOnly: true });
const label = (x, l, h) => {
  box(x, labelW, h);
  page().push({ name: name(), type: 'text', position: { x: x + 1.5, y }, width: labelW - 3, height: h,
    fontSize: 10, alignment: 'center', verticalAlignment: 'middle', lineHeight: 1.2, readOnly: true, content: l,
    backgroundColor: '#eeeeee' });
};
const value = (x, w, v, h, shrink) => {
  box(x, w, h);
  const key = name();
  const field = { name: key, type: 'text', position: { x: x + 2, y }, width: w - 4, height: h, fontSize: 10.5,
    alignment: 'left', verticalAlignment: 'middle', lineHeight: 1.2 };
  if (shrink) field.dynamicFontSize = { min: 5, max: 10.5, fit: 'horizontal' };
  page().push(field);
  inputs[key] = String(v);
};
let pending = [];
const flush = () => {
  if (!pending.length) return;
  const [[l1, v1], second] = pending;
  label(left, l1, rowH);
  value(left + labelW, second ? valueW : width - labelW, v1, rowH, true);
  if (second) {
    label(left + labelW + valueW, second[0], rowH);
    value(left + 2 * labelW + valueW, valueW, second[1], rowH, true);
  }
  y += rowH;
  pending = [];
};
const room = (h) => {
  if (y + h > pageH - bottom) { pages.push([]); y = 18; }
};
for (const [l, v, wide] of data.rows) {
  if (wide) {
    flush();
    const h = String(v).length > 36 ? 2 * rowH - 3 : rowH;
    room(h);
    label(left, l, h);
    value(left + labelW, width - labelW, v, h, false);
    y += h;
  } else {
    if (!pending.length) room(rowH);
    pending.push([l, v]);
    if (pending.length === 2) flush();
  }
}
flush();
if (data.note) {
  page().push({ name: name(), type: 'text', position: { x: left, y: y + 3 }, width, height: 8, fontSize: 9,
    readOnly: true, content: data.note });
}
const template = { basePdf: { width: 210, height: pageH, padding: [0, 0, 0, 0] }, schemas: pages };
const font = { song: { data: fs.readFileSync(fontPath), fallback: true, subset: true } };
const pdf = await generate({ template, inputs: [inputs], plugins: { text, rectangle }, options: { font } });
fs.writeFileSync(out, pdf);
