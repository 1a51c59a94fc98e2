// An information table filled into a workbook template with xlsx-template 1.4 (npm), as Node
// back ends export one: the template (designed in a spreadsheet program, here written by
// openpyxl) holds the labels, the styles and a ${placeholder} in each value cell; the library
// rewrites the sheet's XML, a whole-cell placeholder given a number or a date becoming a number
// cell under the template cell's format, any other a shared string (the placeholders' own
// strings stay in the shared strings table).
// Usage: node xlsxtemplate_write.js TEMPLATE.xlsx DATA.json OUT.xlsx  (NODE_PATH to node_modules;
// DATA: values by placeholder; a value {"date": "YYYY-MM-DD"} is given as a Date)
const fs = require('fs');
const path = require('path');
const modules = process.env.NODE_PATH.split(path.delimiter)[0];
const XlsxTemplate = require(path.join(modules, 'xlsx-template'));
const [tpl, src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));
const values = {};
for (const [k, v] of Object.entries(data)) {
  values[k] = v && typeof v === 'object' && v.date ? new Date(v.date + 'T00:00:00Z') : v;
}
const template = new XlsxTemplate(fs.readFileSync(tpl));
template.substitute(1, values);
fs.writeFileSync(out, template.generate({type: 'nodebuffer'}));
