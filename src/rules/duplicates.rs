//! Duplicate rules D001 (call 三.2): content the same as or close to an ongoing project in the
//! index, with the overlapping passages. (D002 and D003 compare packages of one batch.)

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::index::Project;
use crate::package::PartKind;
use crate::report::Similar;

pub static RULES: &[RuleInfo] = &[RuleInfo {
    code: "D001",
    name: "duplicate-of-ongoing",
    severity: Severity::Error,
    clause: "三.2",
    summary: "content the same as or close to an ongoing project (score ≥ error / warning threshold), passages side by side",
    doc: "What: the application is compared with every candidate project of the index (MoreLikeThis, then \
          propscan's one score in [0, 1]: the share of one text that is, sentence by sentence, also in the \
          other). Against an ongoing project, a score at or above the profile's error threshold (2022: 0.80, \
          \"80 % the same\") is an error; at or above the warning threshold (0.55) a warning for a person to \
          judge (NSFC sends ≥ 50 % similarity to a person too). The shared sentences are quoted side by side.\n\
          Why: 三.2 \"同一单位不得将与省、市在研项目内容相同或相近的研发项目再次申报\".\n\
          Example: an application whose 立项依据 and 研究内容 repeat an ongoing 姑苏领军 project → error with \
          the passages.",
}];

pub fn check(cx: &Ctx, similar: &[(Project, Similar)], out: &mut Vec<Finding>) {
    let d = &cx.profile.duplicates;
    let at = cx
        .pkg
        .parts(PartKind::Application)
        .next()
        .map(|(doc, p)| Location {
            document: Some(doc.path.clone()),
            page: p.first_page,
            ..Location::default()
        })
        .unwrap_or_else(|| cx.loc("project_name"));
    for (p, s) in similar
        .iter()
        .filter(|(p, s)| p.is_ongoing() && s.score >= d.warning_threshold)
        .take(3)
    {
        let pct = (s.score * 100.0).floor();
        let severity = if s.score >= d.error_threshold {
            Severity::Error
        } else {
            Severity::Warning
        };
        let passage = s
            .passages
            .first()
            .map(|x| format!("\n申报：{}\n在研：{}", x.proposal, x.project))
            .unwrap_or_default();
        out.push(
            Finding::new(
                "D001",
                format!(
                    "申报内容与在研项目 {}“{}”（{}，{}）相似度 {pct:.0}%（{}）：同一单位不得将与在研项目内容相同或相近的项目再次申报，请说明区别或调整研究内容。",
                    p.id,
                    p.title,
                    p.unit,
                    p.program,
                    if severity == Severity::Error { "相同或高度相近" } else { "相近，需人工判断" }
                ),
                format!(
                    "The application is {pct:.0}% the same as ongoing project {} \"{}\" ({}, {}): explain the difference or change the content.",
                    p.id, p.title, p.unit, p.program
                ),
                format!("score {:.2} · {} {}{passage}", s.score, p.id, p.title),
            )
            .severity(severity)
            .at(at.clone()),
        );
    }
}
