// Fill a Word template with docxtemplater, as a web system fills its export template: the
// template's {tags} replaced, {#rows}…{/rows} repeating a table row, {#sections}…{/sections}
// repeating paragraphs, a value's line breaks written as <w:br/> inside its paragraph.
//   node docxtemplater_write.js TEMPLATE.docx DATA.json OUT.docx
// Needs docxtemplater 3 and pizzip 3 (npm install --prefix $DOCXTPL_DIR docxtemplater@3 pizzip@3).
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, data, out] = process.argv.slice(2);
const zip = new PizZip(fs.readFileSync(template, "binary"));
const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
doc.render(JSON.parse(fs.readFileSync(data, "utf8")));
fs.writeFileSync(out, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
