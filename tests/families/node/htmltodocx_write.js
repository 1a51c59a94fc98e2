// A .docx made from an HTML page by html-to-docx (1.8), as Node back ends export a web form
// "as Word": its own WordprocessingML (tables with gridSpan for colspan, paragraphs from <p>
// and <h1>–<h3>, page breaks from a page-break div), the font named in its options.
// Usage: node htmltodocx_write.js PAGE.html OUT.docx   (NODE_PATH to node_modules)
const fs = require('fs');
const HTMLtoDOCX = require('html-to-docx');
const [src, out] = process.argv.slice(2);
const html = fs.readFileSync(src, 'utf8');
HTMLtoDOCX(html, null, {table: {row: {cantSplit: true}}, font: '宋体', fontSize: 21, pageNumber: false,
                        title: '申报材料', creator: 'system'})
  .then(buf => fs.writeFileSync(out, buf))
  .catch(e => { console.error(e); process.exit(1); });
