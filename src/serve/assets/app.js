// propscan's pages: plain JavaScript, no framework, no external resource.
"use strict";
var propscan = (function () {
  var SEV = { error: "错误", warning: "警告", info: "提示" };
  var PART = { cover: "封面", info_table: "项目信息表", commitment: "信用承诺书", application: "项目申报书",
    cooperation_agreement: "合作协议", qualification: "资质证明", labor_contract: "劳动合同", other: "其他附件" };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) {
      if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }

  function where(loc) {
    if (!loc) return "";
    var p = [];
    if (loc.document) p.push(loc.document);
    if (loc.page) p.push("第 " + loc.page + " 页");
    if (loc.paragraph) p.push("第 " + loc.paragraph + " 段");
    return p.join("，");
  }

  function similarBlock(list, title) {
    var box = el("div", { "class": "similar" }, [el("h3", { text: title })]);
    list.forEach(function (s) {
      box.appendChild(el("p", {}, [el("span", { "class": "score", text: s.score.toFixed(2) }), " " + s.id + " " + s.title + "（" + s.unit + "，" + s.program + "）"]));
      if (s.passages && s.passages.length) {
        var t = el("table", { "class": "pass" }, [el("tr", {}, [el("th", { text: "本项目" }), el("th", { text: "相似项目" })])]);
        s.passages.forEach(function (p) { t.appendChild(el("tr", {}, [el("td", { text: p.proposal }), el("td", { text: p.project })])); });
        box.appendChild(t);
      }
    });
    return box;
  }

  function renderReport(r, into) {
    into.innerHTML = "";
    r.packages.forEach(function (p) {
      var f = p.fields, errors = 0, warnings = 0;
      p.findings.forEach(function (x) { if (x.severity === "error") errors++; if (x.severity === "warning") warnings++; });
      into.appendChild(el("h2", { text: "检查结果：" + (f.project_name || p.path) }));
      into.appendChild(el("p", { id: "verdict", "class": errors ? "sev-error" : "ok",
        text: errors ? ("有 " + errors + " 个错误、" + warnings + " 个警告需要处理") : (warnings ? ("没有错误，有 " + warnings + " 个警告请核实") : "未发现问题") }));
      var docs = el("ul", { "class": "docs" });
      p.documents.forEach(function (d) {
        docs.appendChild(el("li", { text: d.path + " — " + d.parts.map(function (k) { return PART[k] || k; }).join("、") + (d.pages ? "（" + d.pages + " 页）" : "") }));
      });
      into.appendChild(docs);
      var rows = [["项目名称", f.project_name], ["指南代码", f.guide_code], ["申报单位", f.applicant], ["统一社会信用代码", f.credit_code],
        ["项目负责人", (f.leader || "") + " " + (f.phone || "")], ["主管部门", f.department], ["所在高新区", f.zone],
        ["市拨经费 / 总投入（万元）", (f.municipal_funding_wan == null ? "—" : f.municipal_funding_wan) + " / " + (f.total_budget_wan == null ? "—" : f.total_budget_wan)],
        ["实施期限", (f.start || "—") + " 至 " + (f.end || "—")]];
      var t = el("table", { "class": "fields" });
      rows.forEach(function (r) { t.appendChild(el("tr", {}, [el("th", { text: r[0] }), el("td", { text: (r[1] == null || r[1] === "") ? "—" : String(r[1]) })])); });
      into.appendChild(t);
      ["error", "warning", "info"].forEach(function (sev) {
        var fs = p.findings.filter(function (x) { return x.severity === sev; });
        if (!fs.length) return;
        var g = el("div", { "class": "group", id: "group-" + sev }, [el("h3", { "class": "sev-" + sev, text: SEV[sev] + "（" + fs.length + "）" })]);
        fs.forEach(function (x) {
          g.appendChild(el("div", { "class": "finding " + sev, "data-rule": x.rule }, [
            el("div", {}, [el("span", { "class": "rule", text: x.rule }), x.message]),
            x.evidence ? el("div", { "class": "ev", text: "依据：" + x.evidence }) : null,
            x.suggestion ? el("div", { "class": "fix", text: (x.rule.charAt(0) === "T" ? "建议名称：" : "建议改为：") + x.suggestion }) : null,
            x.location ? el("div", { "class": "where", text: "位置：" + where(x.location) }) : null
          ]));
        });
        into.appendChild(g);
      });
      if (p.similar && p.similar.length) into.appendChild(similarBlock(p.similar, "相似的在研或往年项目"));
    });
  }

  function showError(into, resp, body) {
    into.innerHTML = "";
    var msg = (body && body.error) ? body.error : ("请求失败（" + resp.status + "）");
    into.appendChild(el("div", { "class": "error-box", id: "error", text: msg }));
  }

  // Files and folders dropped: walk directories, keep relative paths.
  function collect(items, done) {
    var out = [], pending = 0;
    function finish() { if (pending === 0) done(out); }
    function walk(entry, prefix) {
      if (entry.isFile) {
        pending++;
        entry.file(function (f) { out.push({ file: f, path: prefix + f.name }); pending--; finish(); }, function () { pending--; finish(); });
      } else if (entry.isDirectory) {
        pending++;
        var reader = entry.createReader(), all = [];
        (function read() {
          reader.readEntries(function (es) {
            if (es.length) { all = all.concat(Array.prototype.slice.call(es)); read(); }
            else { all.forEach(function (e) { walk(e, prefix + entry.name + "/"); }); pending--; finish(); }
          }, function () { pending--; finish(); });
        })();
      }
    }
    for (var i = 0; i < items.length; i++) {
      var e = items[i].webkitGetAsEntry ? items[i].webkitGetAsEntry() : null;
      if (e) walk(e, ""); else { var f = items[i].getAsFile && items[i].getAsFile(); if (f) out.push({ file: f, path: f.name }); }
    }
    finish();
  }

  // The reviewer's or staff token lives in this tab only (sessionStorage), never in a cookie.
  function token() { try { return sessionStorage.getItem("propscan-token") || ""; } catch (e) { return ""; } }
  function authHeaders(h) {
    h = h || {};
    var t = token();
    if (t) h["Authorization"] = "Bearer " + t;
    return h;
  }

  function uploadPage() {
    var chosen = [], list = document.getElementById("chosen"), btn = document.getElementById("check");
    var status = document.getElementById("status"), report = document.getElementById("report"), drop = document.getElementById("drop");
    function show() {
      list.innerHTML = "";
      chosen.forEach(function (c) { list.appendChild(el("li", { text: c.path + "（" + Math.ceil(c.file.size / 1024) + " KB）" })); });
      btn.disabled = chosen.length === 0;
    }
    function add(files) {
      Array.prototype.forEach.call(files, function (f) { chosen.push({ file: f, path: f.webkitRelativePath || f.name }); });
      show();
    }
    document.getElementById("files").addEventListener("change", function (e) { add(e.target.files); });
    document.getElementById("folder").addEventListener("change", function (e) { add(e.target.files); });
    document.getElementById("clear").addEventListener("click", function () { chosen = []; show(); report.innerHTML = ""; status.textContent = ""; });
    drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault(); drop.classList.remove("over");
      collect(e.dataTransfer.items, function (got) { chosen = chosen.concat(got); show(); });
    });
    document.getElementById("upload").addEventListener("submit", function (e) {
      e.preventDefault();
      if (!chosen.length) return;
      var fd = new FormData();
      chosen.forEach(function (c) { fd.append("files", c.file, c.path); });
      btn.disabled = true; status.textContent = "正在检查……"; report.innerHTML = "";
      fetch("/api/check", { method: "POST", body: fd, headers: authHeaders() }).then(function (resp) {
        return resp.json().catch(function () { return null; }).then(function (body) {
          status.textContent = "";
          btn.disabled = false;
          if (!resp.ok) return showError(report, resp, body);
          renderReport(body, report);
        });
      }).catch(function (err) { status.textContent = ""; btn.disabled = false; showError(report, { status: 0 }, { error: "网络错误：" + err }); });
    });
  }

  function searchPage() {
    var form = document.getElementById("search"), status = document.getElementById("status"), out = document.getElementById("results");
    var tokenInput = document.getElementById("token"), tokenStatus = document.getElementById("token-status");
    function showToken() { tokenStatus.textContent = token() ? "已填写令牌（仅本标签页有效）" : "未填写令牌"; }
    document.getElementById("auth").addEventListener("submit", function (e) {
      e.preventDefault();
      try { sessionStorage.setItem("propscan-token", tokenInput.value.trim()); } catch (err) { }
      tokenInput.value = ""; showToken();
    });
    document.getElementById("forget-token").addEventListener("click", function () {
      try { sessionStorage.removeItem("propscan-token"); } catch (err) { }
      showToken();
    });
    showToken();
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var file = document.getElementById("file").files[0], top = document.getElementById("top").value || 5, req;
      if (file) {
        var fd = new FormData(); fd.append("file", file, file.name);
        req = fetch("/api/search", { method: "POST", body: fd, headers: authHeaders() });
      } else {
        req = fetch("/api/search", { method: "POST", headers: authHeaders({ "Content-Type": "application/json" }),
          body: JSON.stringify({ text: document.getElementById("text").value, top: Number(top) }) });
      }
      status.textContent = "正在检索……"; out.innerHTML = "";
      req.then(function (resp) {
        return resp.json().catch(function () { return null; }).then(function (body) {
          status.textContent = "";
          if (!resp.ok) return showError(out, resp, body);
          if (!body.results.length) { out.appendChild(el("p", { text: "没有找到相似项目。" })); return; }
          out.appendChild(similarBlock(body.results, "相似项目（" + body.results.length + "）"));
        });
      });
    });
  }

  return { uploadPage: uploadPage, searchPage: searchPage, renderReport: renderReport };
})();

// Pages say which they are (no inline script: the Content-Security-Policy allows none).
document.addEventListener("DOMContentLoaded", function () {
  var page = document.body.getAttribute("data-page");
  if (page === "upload") propscan.uploadPage();
  if (page === "search") propscan.searchPage();
});
