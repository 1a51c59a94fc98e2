//! The shared vocabulary of propscan: findings and their severity and place, the language of
//! messages, the information-table fields, the kinds of parts, and the projects found similar.
//! Every other module points down to this one; it depends on nothing in the crate.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    pub fn zh(&self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh(),
            Lang::En => self.as_str(),
        }
    }
}

/// The language of messages (Chinese by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Pick the Chinese or the English text.
    pub fn pick<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Who a report is for. Contents of ongoing and prior projects are confidential: an
/// applicant's report says that the package is close to an ongoing project (score, programme,
/// start year) but never that project's id, title, unit or any of its sentences, and carries no
/// list of similar projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// An applicant checking its own package.
    Applicant,
    /// Intake staff (and the command line): everything.
    #[default]
    Staff,
}

/// Where a finding's evidence was found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The field the evidence belongs to (project_name …), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Character range of the evidence inside the field value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
}

impl Location {
    /// A whole document.
    pub fn document(path: &str) -> Location {
        Location {
            document: Some(path.to_string()),
            ..Location::default()
        }
    }
}

/// One finding of one rule: what is wrong (in Chinese and English), the text it stands on,
/// where, and — where there is one — a fix to take as it is. A batch finding names the
/// packages it concerns in `packages`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub evidence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub packages: Vec<String>,
    #[serde(skip)]
    pub message_zh: String,
    #[serde(skip)]
    pub message_en: String,
}

impl Finding {
    /// A finding of rule `rule` at severity `severity`; `zh` and `en` say what is wrong and
    /// what to do. The message shown is the Chinese one until [`Finding::localize`].
    pub fn new(
        rule: &'static str,
        severity: Severity,
        zh: String,
        en: String,
        evidence: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            severity,
            message: zh.clone(),
            evidence: evidence.into(),
            location: None,
            suggestion: None,
            packages: Vec::new(),
            message_zh: zh,
            message_en: en,
        }
    }
    pub fn severity(mut self, s: Severity) -> Finding {
        self.severity = s;
        self
    }
    pub fn at(mut self, loc: Location) -> Finding {
        self.location = Some(loc);
        self
    }
    pub fn packages(mut self, p: Vec<String>) -> Finding {
        self.packages = p;
        self
    }
    pub fn suggest(mut self, s: Option<String>) -> Finding {
        self.suggestion = s;
        self
    }
    /// Add a sentence to both messages (the shown one is the Chinese until localised).
    pub fn add_note(&mut self, zh: &str, en: &str) {
        self.message_zh.push_str(zh);
        self.message_en.push_str(en);
        self.message = self.message_zh.clone();
    }
    /// A warning instead of an error, with the reason added to its messages: what it stands on
    /// may be misread or may sit in a file that could not be read.
    pub fn soften(&mut self, zh: &str, en: &str) {
        self.severity = Severity::Warning;
        self.add_note(zh, en);
    }
    pub fn localize(&mut self, lang: Lang) {
        self.message = match lang {
            Lang::Zh => self.message_zh.clone(),
            Lang::En => self.message_en.clone(),
        };
    }
}

/// Sort findings: errors first, then by rule code, then by where.
pub fn sort_findings(f: &mut [Finding]) {
    f.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(a.rule.cmp(b.rule))
            .then_with(|| {
                let k = |x: &Finding| {
                    x.location
                        .as_ref()
                        .map(|l| (l.document.clone(), l.page, l.paragraph, l.span))
                };
                k(a).cmp(&k(b))
            })
    });
}

/// The fields of DESIGN.md, as they appear in the JSON report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Fields {
    pub project_name: Option<String>,
    pub guide_code: Option<String>,
    pub applicant: Option<String>,
    pub applicant_type: Option<ApplicantType>,
    pub credit_code: Option<String>,
    pub leader: Option<String>,
    pub phone: Option<String>,
    pub department: Option<String>,
    pub zone: Option<String>,
    pub partners: Vec<String>,
    pub total_budget_wan: Option<f64>,
    pub municipal_funding_wan: Option<f64>,
    pub start: Option<String>,
    pub end: Option<String>,
}

impl Fields {
    /// The field names in report order (as in the JSON report).
    pub const NAMES: [&'static str; 14] = [
        "project_name",
        "guide_code",
        "applicant",
        "applicant_type",
        "credit_code",
        "leader",
        "phone",
        "department",
        "zone",
        "partners",
        "total_budget_wan",
        "municipal_funding_wan",
        "start",
        "end",
    ];

    /// One field's value as text (`None` when not found), by its report name.
    pub fn get(&self, name: &str) -> Option<String> {
        let s = |v: &Option<String>| v.clone();
        let n = |v: Option<f64>| v.map(|x| x.to_string());
        match name {
            "project_name" => s(&self.project_name),
            "guide_code" => s(&self.guide_code),
            "applicant" => s(&self.applicant),
            "applicant_type" => self.applicant_type.map(|t| t.as_str().to_string()),
            "credit_code" => s(&self.credit_code),
            "leader" => s(&self.leader),
            "phone" => s(&self.phone),
            "department" => s(&self.department),
            "zone" => s(&self.zone),
            "partners" => (!self.partners.is_empty()).then(|| self.partners.join("、")),
            "total_budget_wan" => n(self.total_budget_wan),
            "municipal_funding_wan" => n(self.municipal_funding_wan),
            "start" => s(&self.start),
            "end" => s(&self.end),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ApplicantType {
    Enterprise,
    University,
    Institute,
    Other,
}

impl ApplicantType {
    pub fn as_str(&self) -> &'static str {
        match self {
            ApplicantType::Enterprise => "enterprise",
            ApplicantType::University => "university",
            ApplicantType::Institute => "institute",
            ApplicantType::Other => "other",
        }
    }
    pub fn zh(&self) -> &'static str {
        match self {
            ApplicantType::Enterprise => "企业",
            ApplicantType::University => "高校",
            ApplicantType::Institute => "科研院所",
            ApplicantType::Other => "其他",
        }
    }
}

impl ApplicantType {
    /// From a declared type (单位性质: 企业 / 高等院校 / 科研院所 …).
    pub fn from_declared(s: &str) -> Option<ApplicantType> {
        let s = squash_ws(s);
        if s.is_empty() {
            return None;
        }
        // Tick boxes (☑企业 □高校 □科研院所): the one option ticked, none when no option or
        // several are ticked.
        if let Some(ticked) = ticked_options(&s) {
            return match ticked.as_slice() {
                [one] if !one.is_empty() => ApplicantType::from_declared(one),
                _ => None,
            };
        }
        // The form's list of options with no mark left to read (a tick box in a font the text
        // lost: 企业 高校 科研院所 其他) names several kinds: none of them is the declared one.
        let mut named = KIND_WORDS
            .iter()
            .filter(|(_, words)| words.iter().any(|k| s.contains(k)));
        match (named.next(), named.next()) {
            (Some((kind, _)), None) => Some(*kind),
            (Some(_), Some(_)) => None,
            (None, _) => Some(ApplicantType::Other),
        }
    }

    /// From the organisation's name: 大学/学院 → university, 研究院/研究所/实验室 → institute,
    /// 公司/厂/企业 → enterprise. A company named …研究院有限公司 is an enterprise.
    pub fn from_name(name: &str) -> Option<ApplicantType> {
        let n = squash_ws(name);
        if n.ends_with("公司") || n.contains("有限公司") || n.ends_with('厂') {
            Some(ApplicantType::Enterprise)
        } else if n.ends_with("大学") || n.ends_with("学院") || n.contains("大学") {
            Some(ApplicantType::University)
        } else if ["研究院", "研究所", "研究中心", "实验室", "科学院"]
            .iter()
            .any(|k| n.ends_with(k))
        {
            Some(ApplicantType::Institute)
        } else {
            None
        }
    }
}

/// Words of a declared type, by kind, in the order they are tried.
const KIND_WORDS: [(ApplicantType, &[&str]); 3] = [
    (
        ApplicantType::University,
        &["高校", "高等院校", "高等学校", "大学", "院校", "学校"],
    ),
    (
        ApplicantType::Institute,
        &[
            "科研院所",
            "科研机构",
            "研究院",
            "研究所",
            "事业单位",
            "新型研发机构",
        ],
    ),
    (ApplicantType::Enterprise, &["企业", "公司"]),
];

/// Marks of a chosen option (☑企业) and of one not chosen (□高校).
const TICKED: &[char] = &['☑', '☒', '■', '√', '✓', '✔', '▣'];
const BOX: &[char] = &['□', '☐'];

/// Options marked after their words in brackets (企业（√） 高校（ ）, as printed forms ask to
/// tick them) written with the mark before (☑企业 □高校): a tick in the brackets chooses, a space
/// or nothing does not; brackets holding anything else (（集团）) are left as they are.
fn marks_first(s: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"([^\s（()【\[\]）】☑☒■√✓✔▣□☐]+)[ \t]*[（(【\[][\s\u{3000}]*([√✓✔☑■]?)[\s\u{3000}]*[）)】\]]")
            .expect("valid")
    });
    if !re.is_match(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    re.replace_all(s, |c: &regex::Captures| {
        let mark = if c[2].is_empty() { '□' } else { '☑' };
        format!("{mark}{}", &c[1])
    })
}

/// The options a value of tick boxes marks as chosen (☑企业 □高校 → [企业]; 企业（√） 高校（ ）
/// too), each up to the next mark or space; `None` when the value has no mark at all.
pub fn ticked_options(s: &str) -> Option<Vec<String>> {
    let s = &*marks_first(s);
    let is_mark = |c: char| TICKED.contains(&c) || BOX.contains(&c);
    if !s.contains(is_mark) {
        return None;
    }
    let mut ticked = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(is_mark) {
        let mark = rest[i..].chars().next().unwrap_or('□');
        let after = &rest[i + mark.len_utf8()..];
        let end = after.find(is_mark).unwrap_or(after.len());
        if TICKED.contains(&mark) {
            ticked.push(after[..end].trim().to_string());
        }
        rest = &after[end..];
    }
    Some(ticked)
}

/// Text with every option not chosen taken out (□高校 and the words after the box up to the next
/// mark or space), so a form's list of options says nothing of the unit.
pub fn without_unchosen(s: &str) -> String {
    let s = &*marks_first(s);
    let mut out = String::with_capacity(s.len());
    let mut skipping = false;
    for c in s.chars() {
        if BOX.contains(&c) {
            skipping = true;
            continue;
        }
        if skipping && (TICKED.contains(&c) || c.is_whitespace()) {
            skipping = false;
        }
        if !skipping {
            out.push(c);
        }
    }
    out
}

fn squash_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    Cover,
    InfoTable,
    Commitment,
    Application,
    CooperationAgreement,
    Qualification,
    LaborContract,
    Other,
}

impl PartKind {
    pub const ALL: [PartKind; 8] = [
        PartKind::Cover,
        PartKind::InfoTable,
        PartKind::Commitment,
        PartKind::Application,
        PartKind::CooperationAgreement,
        PartKind::Qualification,
        PartKind::LaborContract,
        PartKind::Other,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            PartKind::Cover => "cover",
            PartKind::InfoTable => "info_table",
            PartKind::Commitment => "commitment",
            PartKind::Application => "application",
            PartKind::CooperationAgreement => "cooperation_agreement",
            PartKind::Qualification => "qualification",
            PartKind::LaborContract => "labor_contract",
            PartKind::Other => "other",
        }
    }
    pub fn zh(&self) -> &'static str {
        match self {
            PartKind::Cover => "封面",
            PartKind::InfoTable => "项目信息表",
            PartKind::Commitment => "信用承诺书",
            PartKind::Application => "项目申报书",
            PartKind::CooperationAgreement => "合作协议",
            PartKind::Qualification => "资质证明",
            PartKind::LaborContract => "劳动合同",
            PartKind::Other => "其他附件",
        }
    }
    pub fn en(&self) -> &'static str {
        match self {
            PartKind::Cover => "cover page (封面)",
            PartKind::InfoTable => "information table (项目信息表)",
            PartKind::Commitment => "credit commitment (信用承诺书)",
            PartKind::Application => "application (项目申报书)",
            PartKind::CooperationAgreement => "cooperation agreement (合作协议)",
            PartKind::Qualification => "qualification certificate (资质证明)",
            PartKind::LaborContract => "labour contract (劳动合同)",
            PartKind::Other => "other attachment",
        }
    }
    pub fn parse(s: &str) -> Option<PartKind> {
        PartKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A project close to the proposal, with the passages they share.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Similar {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub program: String,
    pub score: f64,
    pub passages: Vec<Passage>,
    /// Scores per section (立项依据, 研究内容, 创新点, 考核指标) where both sides have them.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sections: std::collections::BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Passage {
    pub proposal: String,
    pub project: String,
}

#[cfg(test)]
mod tests {
    use super::{ApplicantType, ticked_options, without_unchosen};

    #[test]
    fn a_ticked_box_declares_the_type() {
        assert_eq!(
            ApplicantType::from_declared("☑企业 □高校 □科研院所"),
            Some(ApplicantType::Enterprise)
        );
        assert_eq!(
            ApplicantType::from_declared("□企业 √高等院校 □科研院所"),
            Some(ApplicantType::University)
        );
        // Marks after the words, in brackets.
        assert_eq!(
            ApplicantType::from_declared("企业（ ）\u{3000}高校（√）\u{3000}科研院所（ ）"),
            Some(ApplicantType::University)
        );
        assert_eq!(
            ApplicantType::from_declared("企业(✔) 高校( ) 科研院所()"),
            Some(ApplicantType::Enterprise)
        );
        assert_eq!(
            ticked_options("高新技术企业（ ）　国家科技型中小企业（√）"),
            Some(vec!["国家科技型中小企业".to_string()])
        );
        assert_eq!(without_unchosen("企业（ ）　高校（√）"), "　☑高校");
        // A bracket that is no mark stays.
        assert_eq!(ticked_options("苏州某某（集团）有限公司"), None);
        // Nothing ticked, or two: not answered.
        assert_eq!(ApplicantType::from_declared("□企业 □高校 □科研院所"), None);
        assert_eq!(ApplicantType::from_declared("☑企业 ☑高校"), None);
        assert_eq!(
            ApplicantType::from_declared("高等院校"),
            Some(ApplicantType::University)
        );
    }

    /// The form's options with their marks lost (企业 高校 科研院所): no type is declared.
    #[test]
    fn options_without_marks_declare_nothing() {
        assert_eq!(
            ApplicantType::from_declared("企业 高校 科研院所 其他"),
            None
        );
        assert_eq!(
            ApplicantType::from_declared("企业（民营）"),
            Some(ApplicantType::Enterprise)
        );
        assert_eq!(
            super::ticked_options("☐高新技术企业 ☒国家科技型中小企业"),
            Some(vec!["国家科技型中小企业".to_string()])
        );
        assert_eq!(
            super::without_unchosen("企业资质：□高新技术企业 ☑科技型中小企业"),
            "企业资质： ☑科技型中小企业"
        );
    }
}
