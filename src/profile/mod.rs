//! The call profile: every value of one call (title suffix and length, budget caps and ratios,
//! period, guide codes, quotas, thresholds …) as data. The 2022 Suzhou call is compiled in;
//! `--profile FILE` loads another. Unknown or mistyped keys are errors naming the key.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub const DEFAULT_TOML: &str = include_str!("suzhou-2022.toml");

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("cannot read profile {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("profile {path}: {message}")]
    Parse { path: String, message: String },
    #[error("profile {path}: {key}: {message}")]
    Invalid {
        path: String,
        key: String,
        message: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub summary_table_title: String,
    pub title: TitleRules,
    pub budget: Budget,
    pub period: Period,
    pub parts: Parts,
    pub applicant: Applicant,
    pub duplicates: Duplicates,
    pub window: Window,
    pub qualification: Qualification,
    pub deliverables: Deliverables,
    pub scope: Scope,
    pub pages: Pages,
    pub quota: Vec<Quota>,
    pub quota_default: QuotaDefault,
    pub guide: Vec<GuideCode>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleRules {
    pub suffix: String,
    pub max_chars: usize,
    pub templates: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub municipal_cap_wan: f64,
    pub enterprise_max_ratio: f64,
    pub university_max_ratio: f64,
    pub staged_payment_above_wan: f64,
    pub staged_first_share: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub max_months: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parts {
    pub required: Vec<String>,
    pub recommended: Vec<String>,
    pub order: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub division_prefix: String,
    pub county_cities: Vec<String>,
    pub county_city_divisions: Vec<String>,
    pub eligible_status: Vec<String>,
    pub excluded_programs: Vec<String>,
    pub local_names: Vec<String>,
    /// Regions that hold the city (its province, the country): an enterprise whose name starts
    /// with one may be registered here or elsewhere (A008 without a credit code).
    #[serde(default)]
    pub enclosing_regions: Vec<String>,
    pub county_zones: Vec<String>,
}

/// 三.5: what the call does not fund, as phrases to look for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    pub mass_production_terms: Vec<String>,
    pub promotion_terms: Vec<String>,
    pub research_terms: Vec<String>,
    pub special_industry_terms: Vec<String>,
    pub licence_terms: Vec<String>,
    /// G006: mean log-odds (outside over inside the call, models/scope_words.tsv) above which
    /// the content reads as outside every direction.
    pub outside_log_odds: f64,
    /// G006: the fewest known words a text needs to be judged.
    pub outside_min_words: usize,
    /// G003: share of the field model's probability (models/field_words.tsv) that the declared
    /// direction's fields must hold; below it, the direction reads as far from the content.
    pub declared_field_share: f64,
}

/// 四.1: the paper size applications are printed on.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pages {
    pub width_mm: f64,
    pub height_mm: f64,
    pub tolerance_mm: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duplicates {
    pub error_threshold: f64,
    pub warning_threshold: f64,
    /// Projects at or above this score are listed in the report's `similar` (no finding).
    pub report_threshold: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub open: String,
    pub close: String,
}

/// A civil date: (year, month, day).
pub type Ymd = (i32, u32, u32);

impl Window {
    /// The window's first and last day.
    pub fn days(&self) -> Option<(Ymd, Ymd)> {
        Some((ymd(&self.open)?, ymd(&self.close)?))
    }
}

/// "2022-06-20T00:00" → (2022, 6, 20).
pub fn ymd(s: &str) -> Option<Ymd> {
    let d = s.get(..10)?;
    let mut it = d.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let day = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&day)).then_some((y, m, day))
}

/// What makes an enterprise's qualification valid for the call (E007).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qualification {
    /// Years a 高新技术企业证书 is valid from its issue.
    pub high_tech_valid_years: u32,
    /// How its number begins (GR + year + province code + serial).
    pub high_tech_number_prefix: String,
    /// The year a 科技型中小企业 入库登记编号 must carry.
    pub sme_year: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverables {
    pub invention_patent: Vec<String>,
    pub prototype_specials: Vec<String>,
    pub prototype_terms: Vec<String>,
    pub pilot_specials: Vec<String>,
    pub pilot_terms: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quota {
    pub departments: Vec<String>,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaDefault {
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideCode {
    pub code: String,
    pub category: String,
    pub special: String,
    pub directed: bool,
    pub title: String,
    /// The fields of technology the direction belongs to (G003's field model,
    /// models/train_fields.py, names the same fields); empty: open to any field (catch-all and
    /// directed directions), never far from any content.
    #[serde(default)]
    pub fields: Vec<String>,
}

impl Profile {
    /// The embedded default (the 2022 Suzhou call).
    pub fn default_profile() -> Profile {
        Profile::parse(DEFAULT_TOML, "<built-in suzhou-2022>")
            .expect("the built-in profile is valid (tested)")
    }

    pub fn load(path: &std::path::Path) -> Result<Profile, ProfileError> {
        let text = std::fs::read_to_string(path).map_err(|source| ProfileError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Profile::parse(&text, &path.display().to_string())
    }

    pub fn parse(text: &str, path: &str) -> Result<Profile, ProfileError> {
        let p: Profile = toml::from_str(text).map_err(|e| ProfileError::Parse {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        p.validate(path)?;
        Ok(p)
    }

    pub fn guide(&self, code: &str) -> Option<&GuideCode> {
        self.guide.iter().find(|g| g.code == code)
    }

    fn validate(&self, path: &str) -> Result<(), ProfileError> {
        let bad = |key: &str, message: String| {
            Err(ProfileError::Invalid {
                path: path.to_string(),
                key: key.to_string(),
                message,
            })
        };
        if self.window.days().is_none() {
            return bad(
                "window",
                "open and close must be dates (YYYY-MM-DD…)".into(),
            );
        }
        if self.qualification.high_tech_valid_years == 0 {
            return bad(
                "qualification.high_tech_valid_years",
                "must be positive".into(),
            );
        }
        if self.title.suffix.trim().is_empty() {
            return bad("title.suffix", "must not be empty".into());
        }
        if self.title.max_chars == 0 {
            return bad("title.max_chars", "must be positive".into());
        }
        for (key, v) in [
            (
                "budget.enterprise_max_ratio",
                self.budget.enterprise_max_ratio,
            ),
            (
                "budget.university_max_ratio",
                self.budget.university_max_ratio,
            ),
            ("budget.staged_first_share", self.budget.staged_first_share),
        ] {
            if !(v > 0.0 && v <= 1.0) {
                return bad(key, format!("{v} is not a ratio in (0, 1]"));
            }
        }
        if self.budget.municipal_cap_wan <= 0.0 {
            return bad("budget.municipal_cap_wan", "must be positive".into());
        }
        let d = &self.duplicates;
        if !(0.0 < d.warning_threshold
            && d.warning_threshold <= d.error_threshold
            && d.error_threshold <= 1.0)
        {
            return bad(
                "duplicates",
                format!(
                    "need 0 < warning_threshold ({}) <= error_threshold ({}) <= 1",
                    d.warning_threshold, d.error_threshold
                ),
            );
        }
        let a = &self.applicant;
        if a.division_prefix.is_empty()
            || a.division_prefix.len() > 6
            || !a.division_prefix.chars().all(|c| c.is_ascii_digit())
        {
            return bad(
                "applicant.division_prefix",
                format!(
                    "{:?} is not the first digits of a division code",
                    a.division_prefix
                ),
            );
        }
        if let Some(d) = a
            .county_city_divisions
            .iter()
            .find(|d| d.len() != 6 || !d.chars().all(|c| c.is_ascii_digit()))
        {
            return bad(
                "applicant.county_city_divisions",
                format!("{d:?} is not a six-digit division code"),
            );
        }
        if self.guide.is_empty() {
            return bad("guide", "no guide codes".into());
        }
        let mut seen = HashSet::new();
        for (i, g) in self.guide.iter().enumerate() {
            if g.code.len() != 6 || !g.code.bytes().all(|b| b.is_ascii_digit()) {
                return bad(
                    &format!("guide[{i}].code"),
                    format!("{:?} is not a 6-digit code", g.code),
                );
            }
            if !seen.insert(&g.code) {
                return bad(
                    &format!("guide[{i}].code"),
                    format!("{} appears twice", g.code),
                );
            }
        }
        const PARTS: &[&str] = &[
            "cover",
            "info_table",
            "commitment",
            "application",
            "cooperation_agreement",
            "qualification",
            "labor_contract",
            "other",
        ];
        for (key, list) in [
            ("parts.required", &self.parts.required),
            ("parts.recommended", &self.parts.recommended),
            ("parts.order", &self.parts.order),
        ] {
            if let Some(x) = list.iter().find(|x| !PARTS.contains(&x.as_str())) {
                return bad(
                    key,
                    format!("unknown part kind {x:?} (one of {})", PARTS.join(", ")),
                );
            }
        }
        if self.applicant.division_prefix.is_empty()
            || !self
                .applicant
                .division_prefix
                .bytes()
                .all(|b| b.is_ascii_digit())
        {
            return bad(
                "applicant.division_prefix",
                "must be digits, e.g. 3205".into(),
            );
        }
        Ok(())
    }

    /// Quota for a department: the group it belongs to (and that group's members), or the default.
    pub fn quota_for(&self, department: &str) -> (u32, Vec<String>) {
        for q in &self.quota {
            if q.departments
                .iter()
                .any(|d| department.contains(d.as_str()))
            {
                return (q.limit, q.departments.clone());
            }
        }
        (self.quota_default.limit, vec![department.to_string()])
    }
}

/// The first `n` entries of a profile list joined with `sep` (for rule summaries).
pub fn first_terms(list: &[String], n: usize, sep: &str) -> String {
    list.iter()
        .take(n)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_profile_holds_the_call() {
        let p = Profile::default_profile();
        assert_eq!(p.guide.len(), 48);
        assert_eq!(p.guide.first().unwrap().code, "210101");
        assert_eq!(p.guide.last().unwrap().code, "211203");
        assert!(p.guide("210802").unwrap().directed);
        assert_eq!(p.guide.iter().filter(|g| g.directed).count(), 1);
        assert_eq!(p.guide("211001").unwrap().special, "装备制造");
        assert_eq!(p.quota_for("苏州工业园区科技和信息化局").0, 155);
    }

    #[test]
    fn unknown_key_is_an_error_naming_it() {
        let text = DEFAULT_TOML.replace("max_chars = 25", "max_char = 25");
        let err = Profile::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("max_char"), "{err}");
    }

    #[test]
    fn invalid_values_are_errors_naming_the_key() {
        let text = DEFAULT_TOML.replace("enterprise_max_ratio = 0.30", "enterprise_max_ratio = 30");
        let err = Profile::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("budget.enterprise_max_ratio"), "{err}");
    }
}
