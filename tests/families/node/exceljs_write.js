// An information table exported as an .xlsx the way Node back ends export one with ExcelJS
// (4.4): the title and the form's instructions in merged rows, label/value pairs in four
// bordered columns, the label cells shaded and carrying the form's hints as cell notes
// (comments), dates written as Date cells shown by a number format, amounts as numbers with
// two decimals, a drop-down on the guide code's cell drawn from a hidden dictionary sheet,
// the panes frozen under the instructions, A4 fitted to one page wide.
// Usage: node exceljs_write.js DATA.json OUT.xlsx  (NODE_PATH to node_modules; DATA: title,
// hint, note, rows of ["wide", label, cell] or ["pair2", label, cell, label, cell], a cell
// {v, t: "s" | "n" | "d", fmt?, list?, hint?: the note its wide row's label carries}, lists
// {sheet column: [values]})
const fs = require('fs');
const ExcelJS = require('exceljs');
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const wb = new ExcelJS.Workbook();
wb.creator = '科技项目申报系统';
wb.lastModifiedBy = '科技项目申报系统';
wb.created = new Date(2022, 4, 20, 9, 30);
wb.modified = wb.created;
const ws = wb.addWorksheet('项目信息表', {
  pageSetup: {paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0},
  views: [{state: 'frozen', ySplit: 2}],
});
ws.columns = [{width: 18}, {width: 30}, {width: 18}, {width: 30}];
const thin = {style: 'thin', color: {argb: 'FF808080'}};
const border = {top: thin, left: thin, bottom: thin, right: thin};
const font = {name: '宋体', size: 11};

ws.mergeCells('A1:D1');
Object.assign(ws.getCell('A1'), {value: data.title});
ws.getCell('A1').font = {name: '黑体', size: 16, bold: true};
ws.getCell('A1').alignment = {horizontal: 'center', vertical: 'middle'};
ws.getRow(1).height = 32;
ws.mergeCells('A2:D2');
ws.getCell('A2').value = data.hint;
ws.getCell('A2').font = {name: '宋体', size: 9, italic: true, color: {argb: 'FF7F7F7F'}};
ws.getCell('A2').alignment = {wrapText: true};

function put(cell, c) {
  if (c.t === 'n') cell.value = Number(c.v);
  else if (c.t === 'd') {
    const [y, m, d] = c.v.split('-').map(Number);
    cell.value = new Date(Date.UTC(y, m - 1, d));
  } else cell.value = c.v;
  if (c.fmt) cell.numFmt = c.fmt;
  cell.font = font;
  cell.border = border;
  cell.alignment = {vertical: 'middle', wrapText: true};
}
function label(cell, text, hint) {
  cell.value = text;
  cell.font = Object.assign({}, font, {bold: true});
  cell.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFDDEBF7'}};
  cell.border = border;
  cell.alignment = {horizontal: 'right', vertical: 'middle', wrapText: true};
  if (hint) cell.note = hint;
}

let r = 3;
for (const row of data.rows) {
  if (row[0] === 'wide') {
    const [, lab, c] = row;
    label(ws.getCell(r, 1), lab, c.hint);
    ws.mergeCells(r, 2, r, 4);
    put(ws.getCell(r, 2), c);
    if (c.list) {
      ws.getCell(r, 2).dataValidation = {type: 'list', allowBlank: false, formulae: [c.list],
        showInputMessage: true, promptTitle: '提示', prompt: '请从下拉列表中选择'};
    }
  } else {
    const [, l1, c1, l2, c2] = row;
    label(ws.getCell(r, 1), l1);
    put(ws.getCell(r, 2), c1);
    label(ws.getCell(r, 3), l2);
    put(ws.getCell(r, 4), c2);
    for (const [col, c] of [[2, c1], [4, c2]]) {
      if (c.list) ws.getCell(r, col).dataValidation = {type: 'list', allowBlank: true, formulae: [c.list]};
    }
  }
  ws.getRow(r).height = 24;
  r++;
}
ws.mergeCells(r + 1, 1, r + 1, 4);
ws.getCell(r + 1, 1).value = data.note;
ws.getCell(r + 1, 1).font = {name: '宋体', size: 9};

// The dictionary the drop-downs draw from, hidden as such sheets are.
const dict = wb.addWorksheet('数据字典', {state: 'hidden'});
let col = 1;
for (const [name, values] of Object.entries(data.lists)) {
  dict.getCell(1, col).value = name;
  values.forEach((v, i) => { dict.getCell(i + 2, col).value = v; });
  col++;
}
wb.xlsx.writeFile(out).then(() => process.exit(0), e => { console.error(e); process.exit(1); });
