//! The batch (or check) report as one self-contained HTML file: an overview (counts per rule
//! and severity, packages sorted by errors) linking to each package's section (fields,
//! findings with evidence and place, similar projects with the passages side by side). No
//! script, no external resource; markup is well-formed XHTML so it can be checked as XML.

use super::{PackageReport, RenderCx, Renderer, Report, counts, short_path};
use crate::model::{Finding, Lang, Severity};
use crate::profile::Profile;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Escape text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;margin:2em;color:#222;line-height:1.5}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}\
th{background:#eef2f8}.error{color:#b00020;font-weight:bold}.warning{color:#a05a00;font-weight:bold}.info{color:#00607a}\
.pkg{border-top:2px solid #335;margin-top:2em;padding-top:.5em}.ev{color:#555;font-size:.92em;white-space:pre-wrap}\
.pass td{width:50%}.ok{color:#1b7a1b}a{color:#1a4fa0}.fix{color:#1b5e20}";

fn sev_class(s: Severity) -> &'static str {
    s.as_str()
}

fn anchor(i: usize) -> String {
    format!("p{}", i + 1)
}

fn finding_row(w: &mut dyn Write, f: &Finding) -> io::Result<()> {
    let l = f.location.clone().unwrap_or_default();
    let mut place = Vec::new();
    if let Some(d) = &l.document {
        place.push(esc(d));
    }
    if let Some(p) = l.page {
        place.push(format!("第 {p} 页"));
    }
    if let Some(p) = l.paragraph {
        place.push(format!("第 {p} 段"));
    }
    writeln!(
        w,
        "<tr><td class=\"{}\">{}</td><td>{}</td><td>{}<div class=\"ev\">依据：{}</div>{}</td><td>{}</td></tr>",
        sev_class(f.severity),
        f.severity.zh(),
        f.rule,
        esc(&f.message),
        esc(&f.evidence),
        f.suggestion
            .as_deref()
            .map(|s| format!(
                "<div class=\"fix\">{}：{}</div>",
                if f.rule.starts_with('T') {
                    "建议名称"
                } else {
                    "建议改为"
                },
                esc(s)
            ))
            .unwrap_or_default(),
        place.join("，")
    )
}

fn package_section(w: &mut dyn Write, r: &Report, i: usize, p: &PackageReport) -> io::Result<()> {
    let (e, wn) = counts(r, p);
    writeln!(
        w,
        "<div class=\"pkg\" id=\"{}\"><h2>{}. {}</h2>",
        anchor(i),
        i + 1,
        esc(&short_path(&p.path))
    )?;
    let f = &p.fields;
    let o = |v: &Option<String>| esc(v.as_deref().unwrap_or("—"));
    writeln!(
        w,
        "<table><tr><th>项目名称</th><td>{}</td><th>指南代码</th><td>{}</td></tr>\
         <tr><th>申报单位</th><td>{}</td><th>统一社会信用代码</th><td>{}</td></tr>\
         <tr><th>项目负责人</th><td>{} {}</td><th>主管部门</th><td>{}</td></tr>\
         <tr><th>市拨 / 总投入</th><td>{} / {} 万元</td><th>实施期限</th><td>{} 至 {}</td></tr></table>",
        o(&f.project_name),
        o(&f.guide_code),
        o(&f.applicant),
        o(&f.credit_code),
        o(&f.leader),
        o(&f.phone),
        o(&f.department),
        f.municipal_funding_wan
            .map(|x| x.to_string())
            .unwrap_or("—".into()),
        f.total_budget_wan
            .map(|x| x.to_string())
            .unwrap_or("—".into()),
        o(&f.start),
        o(&f.end),
    )?;
    let docs: Vec<String> = p
        .documents
        .iter()
        .map(|d| {
            let parts: Vec<&str> = d.parts.iter().map(|k| k.zh()).collect();
            format!("{}（{}）", esc(&d.path), parts.join("+"))
        })
        .collect();
    writeln!(w, "<p>文件：{}</p>", docs.join("；"))?;
    if e + wn == 0 && p.findings.is_empty() {
        writeln!(w, "<p class=\"ok\">未发现问题。</p>")?;
    }
    if !p.findings.is_empty() {
        writeln!(
            w,
            "<table><tr><th>级别</th><th>规则</th><th>问题与依据</th><th>位置</th></tr>"
        )?;
        for f in &p.findings {
            finding_row(w, f)?;
        }
        writeln!(w, "</table>")?;
    }
    let batch: Vec<_> = r
        .batch_findings
        .iter()
        .filter(|b| b.packages.contains(&p.path))
        .collect();
    if !batch.is_empty() {
        writeln!(w, "<h3>批次问题</h3><ul>")?;
        for b in batch {
            writeln!(
                w,
                "<li><span class=\"{}\">{} {}</span> {}<div class=\"ev\">{}</div></li>",
                sev_class(b.severity),
                b.severity.zh(),
                b.rule,
                esc(&b.message),
                esc(&b.evidence)
            )?;
        }
        writeln!(w, "</ul>")?;
    }
    if !p.similar.is_empty() {
        writeln!(w, "<h3>相似项目</h3>")?;
        for s in &p.similar {
            writeln!(
                w,
                "<p><b>{:.2}</b> {} {}（{}，{}）</p>",
                s.score,
                esc(&s.id),
                esc(&s.title),
                esc(&s.unit),
                esc(&s.program)
            )?;
            if !s.passages.is_empty() {
                writeln!(
                    w,
                    "<table class=\"pass\"><tr><th>申报书</th><th>相似项目</th></tr>"
                )?;
                for ps in &s.passages {
                    writeln!(
                        w,
                        "<tr><td>{}</td><td>{}</td></tr>",
                        esc(&ps.proposal),
                        esc(&ps.project)
                    )?;
                }
                writeln!(w, "</table>")?;
            }
        }
    }
    writeln!(w, "<p><a href=\"#top\">↑ 返回总览</a></p></div>")
}

/// Write the whole report.
/// The HTML renderer.
pub struct Html;

impl Renderer for Html {
    fn render(&self, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        write_html(
            w,
            r,
            cx.profile,
            &format!("{} 申报材料检查报告", cx.profile.name),
        )
    }
}

/// Findings per rule as a horizontal bar chart in inline SVG (no script, no external file).
fn bar_chart(w: &mut dyn Write, per_rule: &BTreeMap<(&str, Severity), usize>) -> io::Result<()> {
    let mut by_rule: BTreeMap<&str, (Severity, usize)> = BTreeMap::new();
    for ((rule, sev), n) in per_rule {
        let e = by_rule.entry(rule).or_insert((*sev, 0));
        e.0 = e.0.min(*sev);
        e.1 += n;
    }
    if by_rule.is_empty() {
        return Ok(());
    }
    let max = by_rule.values().map(|v| v.1).max().unwrap_or(1).max(1);
    let (row, label, width) = (18, 56, 360);
    let height = row * by_rule.len() + 4;
    writeln!(
        w,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"按规则统计的问题数\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">",
        label + width + 48,
        label + width + 48
    )?;
    for (i, (rule, (sev, n))) in by_rule.iter().enumerate() {
        let y = i * row + 2;
        let len = (width * n).div_ceil(max).max(1);
        let fill = match sev {
            Severity::Error => "#b00020",
            Severity::Warning => "#d08a00",
            Severity::Info => "#00798f",
        };
        writeln!(
            w,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"{label}\" y=\"{y}\" width=\"{len}\" height=\"{}\" fill=\"{fill}\"><title>{} {}：{n}</title></rect><text x=\"{}\" y=\"{}\" font-size=\"12\">{n}</text>",
            y + 12,
            esc(rule),
            row - 4,
            esc(rule),
            sev.zh(),
            label + len + 4,
            y + 12
        )?;
    }
    writeln!(w, "</svg>")
}

pub fn write_html(w: &mut dyn Write, r: &Report, profile: &Profile, title: &str) -> io::Result<()> {
    writeln!(
        w,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>\
         <title>{}</title><style>{CSS}</style></head><body><h1 id=\"top\">{}</h1>",
        esc(title),
        esc(title)
    )?;
    let s = &r.summary;
    writeln!(
        w,
        "<p>{} 个申报包：<span class=\"error\">{} 个错误</span>，<span class=\"warning\">{} 个警告</span>，<span class=\"info\">{} 个提示</span>。配置：{}</p>",
        s.packages,
        s.errors,
        s.warnings,
        s.infos,
        esc(&r.profile)
    )?;
    // Counts per rule and severity.
    let mut per_rule: BTreeMap<(&str, Severity), usize> = BTreeMap::new();
    for p in &r.packages {
        for f in &p.findings {
            *per_rule.entry((f.rule, f.severity)).or_default() += 1;
        }
    }
    for b in &r.batch_findings {
        *per_rule.entry((b.rule, b.severity)).or_default() += 1;
    }
    writeln!(w, "<h2>按规则统计</h2>")?;
    bar_chart(w, &per_rule)?;
    writeln!(
        w,
        "<table><tr><th>规则</th><th>说明</th><th>级别</th><th>次数</th></tr>"
    )?;
    for ((rule, sev), n) in &per_rule {
        let summary = crate::rules::summary(rule, profile, Lang::Zh);
        writeln!(
            w,
            "<tr><td>{rule}</td><td>{}</td><td class=\"{}\">{}</td><td>{n}</td></tr>",
            esc(&summary),
            sev_class(*sev),
            sev.zh()
        )?;
    }
    writeln!(w, "</table>")?;
    // Packages sorted by errors, then warnings.
    let mut order: Vec<usize> = (0..r.packages.len()).collect();
    order.sort_by_key(|&i| {
        let (e, wn) = counts(r, &r.packages[i]);
        (std::cmp::Reverse(e), std::cmp::Reverse(wn), i)
    });
    writeln!(
        w,
        "<h2>申报包</h2><table><tr><th>#</th><th>申报包</th><th>项目名称</th><th>申报单位</th><th>错误</th><th>警告</th></tr>"
    )?;
    for &i in &order {
        let p = &r.packages[i];
        let (e, wn) = counts(r, p);
        writeln!(
            w,
            "<tr><td>{}</td><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"{}\">{e}</td><td class=\"{}\">{wn}</td></tr>",
            i + 1,
            anchor(i),
            esc(&short_path(&p.path)),
            esc(p.fields.project_name.as_deref().unwrap_or("—")),
            esc(p.fields.applicant.as_deref().unwrap_or("—")),
            if e > 0 { "error" } else { "ok" },
            if wn > 0 { "warning" } else { "ok" },
        )?;
    }
    writeln!(w, "</table>")?;
    for (i, p) in r.packages.iter().enumerate() {
        package_section(w, r, i, p)?;
    }
    writeln!(w, "</body></html>")
}
