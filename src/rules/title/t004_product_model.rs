//! T004 title-product-model.
//!
//! What: finds model codes (RK3588, XC-200型, KX8800系列, ALN-AL00) and the word 型号, but not technical
//! terms (RISC-V, 5G, IPv6, NB-IoT, SiP, Micro-LED), chemical formulas (TiO2, Fe3O4, LiFePO4),
//! alloys (Ti-6Al-4V, 316L), standards (GB/T 19001), units and nodes (1200V, 28nm) or years.
//! Why: 四.2 "不出现…产品型号等信息".
//! Example: 基于RK3588的边缘计算网关研发 → error on RK3588.

use super::{TitleCx, halfwidth, loc, span_of, units};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};
use crate::segment;
use regex::Regex;
use std::sync::OnceLock;

rule_info!(
    "T004",
    "title-product-model",
    "名称含型号",
    Error,
    "四.2",
    Title,
    include_str!("t004_product_model.rs")
);

pub struct T004;

impl Rule for T004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "项目名称含产品型号",
            "project name contains a product model",
        )
        .to_string()
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        if !t.blocked {
            product_models(t.title, out);
        }
    }
}

const ELEMENTS: &[&str] = &[
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu",
];

/// A chemical formula or alloy designation: element symbols with small counts (TiO2, Fe3O4,
/// LiFePO4, Ti-6Al-4V, (Ba,Sr)TiO3).
fn is_formula(tok: &str) -> bool {
    let mut elements = 0;
    let mut digits_seen = false;
    for part in tok.split(['-', '/', '·', '.', '(', ')', ',', '+']) {
        let b = part.as_bytes();
        let mut i = 0;
        // Three single-letter symbols in a row without counts (WVK) spell a code, not a compound.
        if part
            .as_bytes()
            .windows(3)
            .any(|w| w.iter().all(|c| c.is_ascii_uppercase()))
        {
            return false;
        }
        if !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()) {
            return false; // 242 in CYB37-242: alloys put an element after each number
        }
        // An alloy part may start with its percentage: 6Al.
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        while i < b.len() {
            if !b[i].is_ascii_uppercase() {
                return false;
            }
            let two = i + 1 < b.len() && b[i + 1].is_ascii_lowercase();
            let sym = &part[i..if two { i + 2 } else { i + 1 }];
            if !ELEMENTS.contains(&sym) {
                return false;
            }
            elements += 1;
            i += sym.len();
            let d0 = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - d0 > 2
                || part[d0..i]
                    .parse::<u32>()
                    .is_ok_and(|v| v > 12 && elements > 1)
            {
                return false;
            }
            digits_seen |= i > d0;
        }
    }
    elements >= 2 || (elements == 1 && digits_seen && tok.len() <= 3)
}

fn is_unit_quantity(tok: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^(\d+(?:\.\d+)?)([A-Za-zμ°]+)$").expect("valid regex"));
    match re.captures(tok) {
        Some(c) => units().contains(c[2].to_lowercase().as_str()),
        None => false,
    }
}

/// Standards written without a space (GB/T19001, ISO9001); two-letter industry prefixes (SJ, YY)
/// are left out: without their "/T" and a space they read as model codes.
const STANDARD_PREFIXES: &[&str] = &[
    "GB/T", "GBT", "GB", "ISO", "IEC", "IEEE", "ITU", "ASTM", "GJB", "ANSI", "RFC", "ETSI", "3GPP",
    "JESD",
];

fn grade_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\d{3}[A-Za-z]{0,2}$").expect("valid regex"))
}

/// Material designations of the standards, not products: structural steels by yield strength
/// (GB/T 700, GB/T 1591: Q235, Q345B), alloy steels by carbon content and elements (GB/T 221:
/// 16MnR, 40Cr, 42CrMo, 14MnNbq), magnesium alloys (ASTM B275: AZ91D, AM60B, ZK60) and labelled
/// tracers (18F-FDG, 99mTc-MDP).
fn material_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:Q\d{3}[A-FNRq]{0,2}|\d{2}(?:Mn|Cr|Mo|Ni|Si|Nb|Ti|V|W|B|Al|Cu)+[A-Za-z]{0,2}|(?:AZ|AM|AS|AE|ZK|ZE|WE|EZ|QE)\d{2}[A-E]?|\d{1,3}m?[A-Z][a-z]?-[A-Z]{2,5})$",
        )
        .expect("valid regex")
    })
}

fn version_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[A-Za-z]{2,}\d\.\d$").expect("valid regex"))
}

fn product_models(title: &str, out: &mut Vec<Finding>) {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let token = TOKEN.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9][A-Za-z0-9\-_./+]*[A-Za-z0-9]|[A-Za-z0-9]").expect("valid regex")
    });
    // Work on a half-width copy with the same character positions.
    let hw = halfwidth(title);
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for m in token.find_iter(&hw) {
        let tok = m.as_str();
        let after = &hw[m.end()..];
        let marked = after.starts_with('型') || after.starts_with("系列");
        let letters = tok.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = tok.chars().filter(|c| c.is_ascii_digit()).count();
        let lower = tok.to_lowercase();
        if segment::latin_terms().contains(&lower) {
            continue;
        }
        // Shapes (T型, U型) and single letters are not models.
        if marked && digits >= 1 && letters + digits >= 2 {
            let end = m.end()
                + if after.starts_with("系列") {
                    "系列".len()
                } else {
                    '型'.len_utf8()
                };
            hits.push((m.start(), end));
            continue;
        }
        if digits == 0 || letters == 0 {
            continue; // words (CMOS) and plain numbers, years (2022), ranges (2007-2010)
        }
        if is_unit_quantity(tok) || is_formula(tok) {
            continue;
        }
        if material_re().is_match(tok) {
            continue; // standard material designations: Q235, 16MnR, AZ91D, 18F-FDG
        }
        if tok.len() <= 4 && grade_re().is_match(tok) {
            continue; // steel and alloy grades: 316L, 304, 6061
        }
        let upper = tok.to_uppercase();
        if STANDARD_PREFIXES.iter().any(|p| {
            upper.starts_with(p)
                && upper[p.len()..]
                    .trim_start_matches(['/', '-', '.', 'T'])
                    .starts_with(|c: char| c.is_ascii_digit())
        }) {
            continue;
        }
        // A short tech token with one digit (5G, DDR5, H2) is not a model; codes have ≥ 2 digits
        // or a letters-hyphen-digits shape.
        // Versions (Web2.0, ERP3.0) are not models; codes have ≥ 2 digits and ≥ 4 characters.
        let version = version_re().is_match(tok);
        if !version && digits >= 2 && tok.len() >= 4 {
            hits.push((m.start(), m.end()));
        }
    }
    if let Some(i) = title.find("型号") {
        hits.push((i, i + "型号".len()));
    }
    hits.sort_unstable();
    hits.dedup();
    for (a, b) in hits {
        // Byte offsets in the half-width copy map to the same character positions.
        let [ca, cb] = span_of(&hw, a, b);
        let text: String = title.chars().skip(ca).take(cb - ca).collect();
        out.push(INFO.finding(format!("项目名称含产品型号“{text}”：项目名称不得出现产品型号，请改用技术内容描述。"),
            format!("The project name contains a product model \"{text}\": models are not allowed; describe the technology instead."),
            text,
        ).at(loc([ca, cb])));
    }
}
