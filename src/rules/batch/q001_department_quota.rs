//! Q001 department-quota.
//!
//! What: more packages name a recommending department (or a group of departments that share one
//! quota) than the profile allows (2022: 苏州大学 15, 工业园区 155 …, any other department 2).
//! Why: 二.2 "实行限额择优推荐".
//! Example: three packages of a department with a quota of 2 → error listing them.

use super::{BatchCx, Dossier, base, bfinding};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};
use std::collections::BTreeMap;

rule_info!(
    "Q001",
    "department-quota",
    "推荐限额",
    Error,
    "二.2",
    Batch,
    include_str!("q001_department_quota.rs")
);

pub struct Q001;

impl Rule for Q001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "批内主管部门推荐数超过限额（{} 个部门有各自限额，其他部门 {} 个）",
                p.quota.len(),
                p.quota_default.limit
            ),
            Lang::En => format!(
                "batch: a recommending department above its quota ({} departments with their own quota, any other {})",
                p.quota.len(),
                p.quota_default.limit
            ),
        }
    }
    fn check_batch(&self, b: &mut BatchCx, out: &mut Vec<Finding>) {
        quotas(b.names, b.dossiers, b.profile, out);
    }
}

/// Q001: packages per quota group of recommending departments.
fn quotas(names: &[String], d: &[Dossier], profile: &Profile, out: &mut Vec<Finding>) {
    let mut groups: BTreeMap<String, (u32, Vec<usize>)> = BTreeMap::new();
    for (i, x) in d.iter().enumerate() {
        let Some(dept) = x.fields.department.as_deref().filter(|s| !s.is_empty()) else {
            continue;
        };
        let (limit, members) = profile.quota_for(dept);
        groups
            .entry(members.join("、"))
            .or_insert((limit, Vec::new()))
            .1
            .push(i);
    }
    for (group, (limit, members)) in groups {
        if members.len() as u32 <= limit {
            continue;
        }
        let listing: Vec<String> = members.iter().map(|&i| base(&names[i])).collect();
        out.push(bfinding(&INFO, format!(
                "主管部门“{group}”推荐了 {} 个项目，超过限额 {limit} 个：请择优保留 {limit} 个。",
                members.len()
            ),
            format!(
                "The recommending department \"{group}\" has {} packages, above its quota of {limit}.",
                members.len()
            ),
            listing.join("、"),
            members.iter().map(|&i| names[i].clone()).collect(),
        ));
    }
}
