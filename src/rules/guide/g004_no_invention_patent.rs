//! G004 no-invention-patent.
//!
//! What: the application never names an invention patent (application or grant) as a target.
//! Why: 三.3 "一般须形成发明专利申请或授权等高质量知识产权目标" (一般: a person decides).
//! Example: 考核指标 with only 实用新型专利 → warning.

use super::{excerpt, targets};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "G004",
    "no-invention-patent",
    "发明专利",
    Warning,
    "三.3",
    Package,
    include_str!("g004_no_invention_patent.rs")
);

pub struct G004;

impl Rule for G004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let t = p.deliverables.invention_patent.join("/");
        match lang {
            Lang::Zh => format!("考核指标中没有{t}"),
            Lang::En => format!("no invention patent ({t}) among the assessment targets"),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let Some((targets, at)) = targets(cx) else {
            return;
        };
        let app = &cx.app;
        let d = &cx.profile.deliverables;
        if !d.invention_patent.iter().any(|t| app.contains(t.as_str())) {
            out.push(
                INFO.finding(format!("申报书未将{}列为考核指标：项目一般须形成发明专利申请或授权等知识产权目标，请补充。", d.invention_patent.join("/")),
                    "The application names no invention patent among its targets: add one (application or grant).".into(),
                    excerpt(&targets),
                )
                .at(at.clone()),
            );
        }
    }
}
