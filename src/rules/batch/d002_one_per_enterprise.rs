//! D002 one-project-per-enterprise.
//!
//! What: two or more packages of the batch come from the same enterprise — the same valid credit
//! code, else the same normalised name.
//! Why: 三.2 "同一企业限报一个产业前瞻与关键核心技术项目" (universities and institutes may submit several).
//! Example: 苏州某某科技有限公司 in two packages → error naming both.

use super::{BatchCx, Dossier, base, bfinding};
use crate::index::unit_key;
use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::eligibility::credit_code_problem;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};
use std::collections::{BTreeMap, HashMap};

rule_info!(
    "D002",
    "one-project-per-enterprise",
    "一企多项",
    Error,
    "三.2",
    Batch,
    include_str!("d002_one_per_enterprise.rs")
);

pub struct D002;

impl Rule for D002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "批内同一企业申报了多个项目",
            "batch: one enterprise with more than one project",
        )
        .to_string()
    }
    fn check_batch(&self, b: &mut BatchCx, out: &mut Vec<Finding>) {
        one_per_enterprise(b.names, b.dossiers, out);
    }
}

/// D002: enterprises that share a valid credit code or a normalised name are one enterprise.
fn one_per_enterprise(names: &[String], d: &[Dossier], out: &mut Vec<Finding>) {
    let n = d.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let mut by_code = vec![false; n];
    for (i, x) in d.iter().enumerate() {
        let f = &x.fields;
        if f.applicant_type != Some(ApplicantType::Enterprise) {
            continue;
        }
        let mut keys = Vec::new();
        if let Some(c) = &f.credit_code
            && credit_code_problem(c).is_none()
        {
            keys.push(format!("code:{c}"));
        }
        if let Some(a) = &f.applicant {
            keys.push(format!("name:{}", unit_key(a)));
        }
        for k in keys {
            match first_with.get(&k) {
                Some(&j) => {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri] = rj;
                    if k.starts_with("code:") {
                        by_code[i] = true;
                        by_code[j] = true;
                    }
                }
                None => {
                    first_with.insert(k, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    for members in groups.into_values().filter(|m| m.len() > 1) {
        let who = d[members[0]].fields.applicant.clone().unwrap_or_default();
        let code = members.iter().all(|&i| by_code[i]);
        let listing: Vec<String> = members
            .iter()
            .map(|&i| {
                format!(
                    "{}：{}（{}）",
                    base(&names[i]),
                    d[i].fields.project_name.as_deref().unwrap_or("—"),
                    d[i].fields.credit_code.as_deref().unwrap_or("—")
                )
            })
            .collect();
        out.push(bfinding(&INFO, format!(
                "同一企业“{who}”申报了 {} 个项目（按{}）：同一企业限报一个项目，请只保留一个。",
                members.len(),
                if code { "统一社会信用代码" } else { "单位名称" }
            ),
            format!(
                "The enterprise \"{who}\" has {} projects in this batch (same {}): one project per enterprise.",
                members.len(),
                if code { "credit code" } else { "name" }
            ),
            listing.join("；"),
            members.iter().map(|&i| names[i].clone()).collect(),
        ));
    }
}
