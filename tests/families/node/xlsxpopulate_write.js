// An information table written with xlsx-populate 1.21 (npm), which fills its own blank
// workbook template: the title merged across the four columns, section rows merged across on
// grey, the labels bold, the long values merged over the last three columns, start and end as
// date cells shown yyyy"年"m"月", the amounts number cells shown 0.00, every cell bordered.
// Usage: node xlsxpopulate_write.js DATA.json OUT.xlsx  (NODE_PATH to node_modules; DATA:
// title, ops of ["section", text], ["wide", label, value], ["pair2", label, value, label,
// value] (a number value is a number cell), ["dates", label, "YYYY-MM", label, "YYYY-MM"],
// ["note", text])
const fs = require('fs');
const XlsxPopulate = require('xlsx-populate');
const [src, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(src, 'utf8'));

XlsxPopulate.fromBlankAsync().then((wb) => {
  const s = wb.sheet(0).name('项目信息');
  ['A', 'B', 'C', 'D'].forEach((c, i) => s.column(c).width([18, 30, 18, 30][i]));
  s.range('A1:D1').merged(true).value(data.title)
    .style({bold: true, fontSize: 16, horizontalAlignment: 'center'});
  const boxed = {border: true, verticalAlignment: 'center', wrapText: true};
  const value = (cell, v) => {
    if (typeof v === 'number') {
      cell.value(v).style(Object.assign({numberFormat: '0.00', horizontalAlignment: 'left'}, boxed));
    } else {
      cell.value(v).style(boxed);
    }
  };
  let r = 3;
  for (const op of data.ops) {
    if (op[0] === 'section') {
      s.range(`A${r}:D${r}`).merged(true).value(op[1]).style({bold: true, fill: 'D9D9D9', border: true});
    } else if (op[0] === 'wide') {
      s.cell(`A${r}`).value(op[1]).style(Object.assign({bold: true}, boxed));
      s.range(`B${r}:D${r}`).merged(true).value(op[2]).style(boxed);
    } else if (op[0] === 'pair2') {
      s.cell(`A${r}`).value(op[1]).style(Object.assign({bold: true}, boxed));
      value(s.cell(`B${r}`), op[2]);
      s.cell(`C${r}`).value(op[3]).style(Object.assign({bold: true}, boxed));
      value(s.cell(`D${r}`), op[4]);
    } else if (op[0] === 'dates') {
      const date = (ym) => { const [y, m] = ym.split('-').map(Number); return new Date(y, m - 1, 1); };
      const shown = Object.assign({numberFormat: 'yyyy"年"m"月"', horizontalAlignment: 'left'}, boxed);
      s.cell(`A${r}`).value(op[1]).style(Object.assign({bold: true}, boxed));
      s.cell(`B${r}`).value(date(op[2])).style(shown);
      s.cell(`C${r}`).value(op[3]).style(Object.assign({bold: true}, boxed));
      s.cell(`D${r}`).value(date(op[4])).style(shown);
    } else if (op[0] === 'note') {
      r += 1;
      s.range(`A${r}:D${r}`).merged(true).value(op[1]).style({italic: true, fontSize: 9});
    }
    r += 1;
  }
  return wb.toFileAsync(out);
}).catch((e) => { console.error(e); process.exit(1); });
