// An information table written with excel4node 1.8 (npm): a title merged across the columns,
// a header row 序号 | 填报项目 | 填报内容 | 填写说明, then one numbered row per field with the
// form's hint in the last column (必填, 与营业执照一致, 单位：元 …), the amounts number cells in
// 元 whose labels carry no unit (the hint says it), panes frozen under the header.
// Usage: node excel4node_write.js DATA.json OUT.xlsx  (NODE_PATH to node_modules; DATA: title,
// head (four strings), rows of [label, value, hint] (a number value is a number cell), note)
const fs = require('fs');
const xl = require('excel4node');
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

const wb = new xl.Workbook({defaultFont: {name: '宋体', size: 11}});
const ws = wb.addWorksheet('申报信息', {sheetView: {pane: {state: 'frozen', ySplit: 2, topLeftCell: 'A3'}}});
const ruled = wb.createStyle({
  border: {left: {style: 'thin'}, right: {style: 'thin'}, top: {style: 'thin'}, bottom: {style: 'thin'}},
  alignment: {vertical: 'center', wrapText: true},
});
const head = wb.createStyle({font: {bold: true}, fill: {type: 'pattern', patternType: 'solid', fgColor: '#DDEBF7'}});
const hint = wb.createStyle({font: {color: '#808080', size: 9}});
ws.column(1).setWidth(6);
ws.column(2).setWidth(22);
ws.column(3).setWidth(40);
ws.column(4).setWidth(24);
ws.cell(1, 1, 1, 4, true).string(data.title).style({font: {bold: true, size: 16}, alignment: {horizontal: 'center'}});
data.head.forEach((h, i) => ws.cell(2, i + 1).string(h).style(ruled).style(head));
data.rows.forEach(([label, value, note], i) => {
  const r = i + 3;
  ws.cell(r, 1).number(i + 1).style(ruled);
  ws.cell(r, 2).string(label).style(ruled);
  if (typeof value === 'number') {
    ws.cell(r, 3).number(value).style(ruled).style({numberFormat: '#,##0.00'});
  } else {
    ws.cell(r, 3).string(value).style(ruled);
  }
  ws.cell(r, 4).string(note).style(ruled).style(hint);
});
const last = data.rows.length + 4;
ws.cell(last, 1, last, 4, true).string(data.note);
wb.write(out, (err) => { if (err) { console.error(err); process.exit(1); } });
