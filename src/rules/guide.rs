//! Guide rules G001, G002, G004, G005 (附件1, 三.3): the guide code, directed directions, and the
//! deliverables the call asks of every project and of each special.

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::package::PartKind;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "G001",
        name: "guide-code-invalid",
        severity: Severity::Error,
        clause: "附件1",
        summary: "guide code (指南代码) missing or not in the guide",
        doc: "What: 指南代码 not found, or not one of the profile's guide codes (2022: 48 codes, 210101–211203).\n\
              Why: 附件1: a project belongs to one guide direction.\nExample: 指南代码 210199 → error.",
    },
    RuleInfo {
        code: "G002",
        name: "guide-code-directed",
        severity: Severity::Error,
        clause: "附件1",
        summary: "guide code of a directed direction (定向组织), not open to ordinary applications",
        doc: "What: the guide code is marked directed in the profile (2022: 210802).\nWhy: 附件1 \"定向组织\".\n\
              Example: 指南代码 210802 → error.",
    },
    RuleInfo {
        code: "G004",
        name: "no-invention-patent",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "no invention patent (发明专利) among the assessment targets",
        doc: "What: the application never names an invention patent (application or grant) as a target.\n\
              Why: 三.3 \"一般须形成发明专利申请或授权等高质量知识产权目标\" (一般: a person decides).\n\
              Example: 考核指标 with only 实用新型专利 → warning.",
    },
    RuleInfo {
        code: "G005",
        name: "deliverable-missing",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "electronics/equipment directions without 样品/样机/系统; materials directions without 小试",
        doc: "What: the guide code's special (profile) asks for a deliverable — 数字创新 and 装备制造: 样品, 样机 or \
              系统; 先进材料: 小试 — and the assessment targets (考核指标, else the whole application) name none.\n\
              Why: 三.3.\nExample: a 先进材料 project whose targets never mention 小试 → warning.",
    },
];

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let code = f.guide_code.as_deref().unwrap_or("");
    let guide = cx.profile.guide(code);
    match (code.is_empty(), guide) {
        (true, _) => out.push(
            Finding::new(
                "G001",
                "未填写指南代码：请按项目指南（附件1）填写 6 位指南代码。".into(),
                "The guide code is missing: fill in the 6-digit code from the guide (附件1)."
                    .into(),
                "未找到指南代码",
            )
            .at(cx.loc("guide_code")),
        ),
        (false, None) => {
            let near: Vec<&str> = cx
                .profile
                .guide
                .iter()
                .filter(|g| g.code[..4] == code[..code.len().min(4)])
                .map(|g| g.code.as_str())
                .take(6)
                .collect();
            out.push(
                Finding::new(
                    "G001",
                    format!(
                        "指南代码“{code}”不在本年度项目指南中：请核对附件1{}。",
                        if near.is_empty() {
                            String::new()
                        } else {
                            format!("（同一方向的代码：{}）", near.join("、"))
                        }
                    ),
                    format!("The guide code \"{code}\" is not in this year's guide: check 附件1."),
                    code,
                )
                .at(cx.loc("guide_code")),
            );
        }
        (false, Some(g)) if g.directed => out.push(
            Finding::new(
                "G002",
                format!(
                    "指南代码 {code}（{}）为定向组织方向，不接受自由申报：请选择其他方向。",
                    short(&g.title)
                ),
                format!(
                    "Guide code {code} is a directed direction, not open to ordinary applications."
                ),
                code,
            )
            .at(cx.loc("guide_code")),
        ),
        _ => {}
    }
    deliverables(cx, guide, out);
}

fn short(s: &str) -> String {
    let c: String = s.chars().take(24).collect();
    if c.len() < s.len() {
        format!("{c}…")
    } else {
        c
    }
}

fn deliverables(cx: &Ctx, guide: Option<&crate::profile::GuideCode>, out: &mut Vec<Finding>) {
    let Some((doc, part)) = cx
        .pkg
        .parts(PartKind::Application)
        .find(|(d, _)| d.doc.is_some())
    else {
        return;
    };
    let app = cx.pkg.text_of(PartKind::Application);
    if app.trim().is_empty() {
        return;
    }
    let targets = super::section(cx.pkg, "考核指标").unwrap_or_else(|| app.clone());
    let at = Location {
        document: Some(doc.path.clone()),
        page: part.first_page,
        ..Location::default()
    };
    let d = &cx.profile.deliverables;
    if !d.invention_patent.iter().any(|t| app.contains(t.as_str())) {
        out.push(
            Finding::new(
                "G004",
                format!("申报书未将{}列为考核指标：项目一般须形成发明专利申请或授权等知识产权目标，请补充。", d.invention_patent.join("/")),
                "The application names no invention patent among its targets: add one (application or grant).".into(),
                excerpt(&targets),
            )
            .at(at.clone()),
        );
    }
    let Some(g) = guide else { return };
    for (specials, terms, zh) in [
        (
            &d.prototype_specials,
            &d.prototype_terms,
            "样品、样机或系统",
        ),
        (&d.pilot_specials, &d.pilot_terms, "小试"),
    ] {
        if specials.contains(&g.special) && !terms.iter().any(|t| targets.contains(t.as_str())) {
            out.push(
                Finding::new(
                    "G005",
                    format!(
                        "指南代码 {}属于“{}”专题，考核指标中未见{}：请写明项目完成时须形成的{}。",
                        g.code,
                        g.special,
                        terms.join("/"),
                        zh
                    ),
                    format!(
                        "Guide code {} ({}) asks for {} as a deliverable; the targets name none.",
                        g.code,
                        g.special,
                        terms.join("/")
                    ),
                    excerpt(&targets),
                )
                .at(at.clone()),
            );
        }
    }
}

fn excerpt(s: &str) -> String {
    let t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let c: String = t.chars().take(80).collect();
    if c.len() < t.len() {
        format!("{c}…")
    } else {
        c
    }
}
