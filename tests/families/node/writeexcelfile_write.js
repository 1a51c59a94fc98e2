// An information table written with write-excel-file 4.1 (npm), what a web front end hands a
// user as "导出Excel": the title spanning the three columns (columnSpan), then one field a row —
// the label with a full-width colon, an empty narrow spacer column, the value — the amounts
// number cells shown #,##0.00, a note spanning the columns at the foot.
// Usage: node writeexcelfile_write.js DATA.json OUT.xlsx  (NODE_PATH to node_modules; DATA:
// title, rows of [label, value] (a number value is a number cell), note)
const fs = require('fs');
const path = require('path');
const modules = process.env.NODE_PATH.split(path.delimiter)[0];
const writeExcelFile = require(path.join(modules, 'write-excel-file', 'node', 'index.cjs'));
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const rows = [[{value: data.title, columnSpan: 3, fontWeight: 'bold', fontSize: 16, align: 'center'}, null, null], [null, null, null]];
for (const [label, value] of data.rows) {
  const cell = typeof value === 'number'
    ? {value, type: Number, format: '#,##0.00', align: 'left'}
    : {value, type: String, wrap: true};
  rows.push([{value: label + '：', type: String, fontWeight: 'bold'}, null, cell]);
}
rows.push([null, null, null]);
rows.push([{value: data.note, columnSpan: 3, fontSize: 9}, null, null]);
(writeExcelFile.default || writeExcelFile)(rows, {columns: [{width: 24}, {width: 2}, {width: 48}], sheet: '项目信息'})
  .toFile(out)
  .catch((e) => { console.error(e); process.exit(1); });
