// A PDF written the way React web applications export one with @react-pdf/renderer 3.4 (npm):
// boxes laid out by Yoga's flexbox, text shaped by fontkit (AR PL SungtiL GB subset); a Chinese
// font must be given a hyphenation callback to break lines at all, so, as such exports do, each
// Han character is a place to break while a run of Latin letters and digits stays whole. The
// information table is a grid of flex rows: a header row 序号 | 填报项目 | 填报内容 over numbered
// label/value rows; every page numbered 第N页／共M页 at the foot (a fixed element).
// Usage: NODE_PATH=…/node_modules node reactpdf_write.js OPS.tsv OUT.pdf FONT.ttf  (OPS: the
// instruction lines of make_families.py's ops_tsv: title, h, p, item, blank, break, cover-*,
// row, note)
const fs = require("fs");
const React = require("react");
const { Document, Page, Text, View, Font, renderToFile } = require("@react-pdf/renderer");
const h = React.createElement;
const [src, out, ttf] = process.argv.slice(2);
Font.register({ family: "Song", src: ttf });
// (the empty parts between them keep the renderer from printing a hyphen where it breaks)
Font.registerHyphenationCallback((word) =>
  (word.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\u2e80-\u9fff\uff00-\uffef]+/g) || [word]).flatMap((t) => [t, ""]).slice(0, -1));

const ops = fs.readFileSync(src, "utf8").split("\n").filter((l) => l).map((l) => l.split("\t"));
const pages = [[]];
for (const op of ops) {
  if (op[0] === "break") pages.push([]);
  else pages[pages.length - 1].push(op);
}
const cell = { padding: 5, borderRightWidth: 0.5, borderColor: "#000" };
function table(rows) {
  const head = h(View, { style: { flexDirection: "row", borderBottomWidth: 0.5, backgroundColor: "#EDEDED" }, key: "h" },
    h(Text, { style: { ...cell, width: 40, textAlign: "center" } }, "序号"),
    h(Text, { style: { ...cell, width: 140, textAlign: "center" } }, "填报项目"),
    h(Text, { style: { padding: 5, flex: 1, textAlign: "center" } }, "填报内容"));
  const body = rows.map(([, label, value], i) =>
    h(View, { style: { flexDirection: "row", borderBottomWidth: i === rows.length - 1 ? 0 : 0.5 }, key: i, wrap: false },
      h(Text, { style: { ...cell, width: 40, textAlign: "center" } }, String(i + 1)),
      h(Text, { style: { ...cell, width: 140 } }, label),
      h(Text, { style: { padding: 5, flex: 1 } }, value || "")));
  return h(View, { style: { borderWidth: 0.5, marginBottom: 8 }, key: "t" + rows.length }, head, ...body);
}
function content(list) {
  const els = [];
  let rows = [];
  const flush = () => { if (rows.length) { els.push(table(rows)); rows = []; } };
  list.forEach((op, i) => {
    const [k, a] = op;
    if (k === "row") { rows.push(op); return; }
    flush();
    const key = "e" + i;
    if (k === "blank") els.push(h(View, { style: { height: 21 }, key }));
    else if (k === "title") els.push(h(Text, { style: { fontSize: 16, textAlign: "center", marginBottom: 14 }, key }, a));
    else if (k === "cover-title") els.push(h(Text, { style: { fontSize: 22, textAlign: "center", lineHeight: 1.6 }, key }, a));
    else if (k === "cover-line") els.push(h(Text, { style: { fontSize: 14, marginLeft: 90, lineHeight: 2 }, key }, a));
    else if (k === "cover-foot") els.push(h(Text, { style: { fontSize: 14, textAlign: "center", lineHeight: 1.8 }, key }, a));
    else if (k === "h") els.push(h(Text, { style: { fontSize: 12.5, marginTop: 8, marginBottom: 4 }, key }, a));
    else if (k === "item") els.push(h(Text, { style: { marginLeft: 21, lineHeight: 1.7 }, key }, a));
    else if (k === "p") els.push(h(Text, { style: { textIndent: 21, lineHeight: 1.7 }, key }, a));
    else if (k === "note") els.push(h(Text, { style: { fontSize: 9, marginTop: 6 }, key }, a));
  });
  flush();
  return els;
}
const doc = h(Document, null, ...pages.map((list, n) =>
  h(Page, { size: "A4", style: { fontFamily: "Song", fontSize: 10.5, paddingTop: 64, paddingBottom: 64, paddingHorizontal: 60 }, key: n },
    ...content(list),
    h(Text, { fixed: true, style: { position: "absolute", bottom: 32, right: 60, fontSize: 9 },
      render: ({ pageNumber, totalPages }) => `第${pageNumber}页／共${totalPages}页` }))));
renderToFile(doc, out).catch((e) => { console.error(e); process.exit(1); });
