// An information table exported as an .xlsx the way web front ends export one with SheetJS
// (the npm `xlsx` package, community edition 0.18): an array of arrays made a sheet by
// aoa_to_sheet, no styles at all, the title's and the long values' merges set by hand
// (!merges), column widths (!cols), the required fields' labels carrying the form's red
// asterisk as text (*项目名称), numbers left as numbers.
// Usage: node sheetjs_write.js DATA.json OUT.xlsx  (NODE_PATH to node_modules; DATA: title,
// note, rows of ["wide", label, value] or ["pair2", label, value, label, value])
const fs = require('fs');
const XLSX = require('xlsx');
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));
const aoa = [[data.title], []];
const merges = [{s: {r: 0, c: 0}, e: {r: 0, c: 3}}];
for (const row of data.rows) {
  const r = aoa.length;
  if (row[0] === 'wide') {
    aoa.push([row[1], row[2]]);
    merges.push({s: {r, c: 1}, e: {r, c: 3}});
  } else {
    aoa.push(row.slice(1));
  }
}
aoa.push([]);
aoa.push([data.note]);
merges.push({s: {r: aoa.length - 1, c: 0}, e: {r: aoa.length - 1, c: 3}});
const ws = XLSX.utils.aoa_to_sheet(aoa);
ws['!merges'] = merges;
ws['!cols'] = [{wch: 22}, {wch: 30}, {wch: 22}, {wch: 30}];
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
XLSX.writeFile(wb, out);
