//! T004 title-product-model.
//!
//! What: finds model codes (RK3588, XC-200型, KX8800系列, ALN-AL00) and the word 型号, but not technical
//! terms (RISC-V, 5G, IPv6, NB-IoT, SiP, Micro-LED), chemical formulas (TiO2, Fe3O4, LiFePO4),
//! alloys (Ti-6Al-4V, 316L), standards (GB/T 19001), units and nodes (1200V, 28nm), years, nor
//! codes that their neighbours name a gene, cell line, strain or road (CD28基因, 菌株qy37:
//! dictionaries/model_context.tsv).
//! Why: 四.2 "不出现…产品型号等信息".
//! Example: 基于RK3588的边缘计算网关研发 → error on RK3588.

use super::{TitleCx, halfwidth, loc, model_context, span_of, units};
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

/// A chemical formula or alloy designation: element symbols with counts (TiO2, Fe3O4, LiFePO4,
/// C16H20N2, SiW12O40), decimal, fractional or variable counts (La0.6Sr0.4MnO3,
/// LiNi1/3Co1/3Mn1/3O2, LaxSr1-xFeO3), a leading coefficient (0.15MnO3), alloys (Ti-6Al-4V,
/// Fe-16Cr-2.5Mo) and groups ((Ba,Sr)TiO3, H3PW12O40/TiO2). A count above 12 needs three
/// elements (organic and cluster formulas); two letters and a large number (NS20, PC40) stay
/// codes, as do three count-less one-letter symbols in a row (WVK).
fn is_formula(tok: &str) -> bool {
    let b = tok.as_bytes();
    let (mut i, mut elements, mut counted, mut bare_run, mut big) = (0, 0, false, 0, false);
    // A number (count, coefficient, alloy percentage, one side of a fraction): at most 99.
    let number = |i: &mut usize| -> Option<f64> {
        let s = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'.' && *i > s)) {
            *i += 1;
        }
        let n = tok[s..*i].trim_end_matches('.');
        // Codes pad with zeros (P001S, SCB00-028); counts and percentages never do.
        if n.len() > 1 && n.starts_with('0') && !n.starts_with("0.") {
            return Some(f64::INFINITY);
        }
        n.parse::<f64>().ok()
    };
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_uppercase() {
            let two = i + 2 <= b.len() && ELEMENTS.contains(&&tok[i..i + 2]);
            let sym = if two { &tok[i..i + 2] } else { &tok[i..i + 1] };
            if !ELEMENTS.contains(&sym) {
                return false;
            }
            elements += 1;
            i += sym.len();
            match number(&mut i) {
                Some(v) if v > 99.0 => return false,
                Some(v) => {
                    counted = true;
                    big |= v > 12.0;
                    bare_run = 0;
                }
                None if sym.len() == 1 => {
                    bare_run += 1;
                    if bare_run >= 3 {
                        return false;
                    }
                }
                None => bare_run = 0,
            }
        } else if c.is_ascii_digit() {
            match number(&mut i) {
                Some(v) if v <= 99.0 => counted = true,
                _ => return false,
            }
            // A number that ends the token after a hyphen is a code's tail (CYB37-242).
            if i == b.len() && i > 0 && tok[..i].contains('-') && elements < 2 {
                return false;
            }
        } else if matches!(c, b'x' | b'y' | b'z') && i > 0 {
            counted = true;
            i += 1;
        } else if matches!(
            c,
            b'-' | b'/' | b'.' | b'(' | b')' | b',' | b'+' | b'_' | b'[' | b']'
        ) {
            i += 1;
        } else {
            return false;
        }
    }
    if big && elements < 3 {
        return false;
    }
    (elements >= 2 && counted) || (elements == 1 && counted && tok.len() <= 3)
}

/// A quantity: a number or a range with a unit, units per unit, squared and cubed units
/// (1200V, 28nm, 1.25Gbit/s, 30V/100A, 500m3, 0-1600m).
fn is_unit_quantity(tok: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?)?([A-Za-zμ°]+)[23]?$").expect("valid regex")
    });
    let mut parts = tok.split('/');
    let first = parts.next().unwrap_or("");
    let unit_of = |p: &str, number_needed: bool| {
        re.captures(p).is_some_and(|c| {
            (!number_needed || c.get(1).is_some()) && units().contains(c[2].to_lowercase().as_str())
        })
    };
    unit_of(first, true) && parts.all(|p| unit_of(p, false))
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
        // The number of a standard written after its body and a space (IEEE 802.11ax, ISO 26262).
        let body_before = hw[..m.start()].trim_end_matches(' ').to_uppercase();
        if hw[..m.start()].ends_with(' ')
            && STANDARD_PREFIXES.iter().any(|p| body_before.ends_with(p))
        {
            continue;
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
        // A code that its neighbours name a gene, cell line, strain or road (CD28基因, 菌株qy37).
        let (before_words, after_words) = model_context();
        let before = hw[..m.start()].trim_end();
        let named = before_words.iter().any(|w| before.ends_with(w))
            || after_words
                .iter()
                .any(|w| after.trim_start().starts_with(w));
        if !version && !named && digits >= 2 && tok.len() >= 4 {
            hits.push((m.start(), m.end()));
        }
    }
    // A maker's series letters and a number written apart (IRB 6700, MAX 3232): capitals that
    // are no technical term or standard, a space, three or more digits that are not a year.
    static SPACED: OnceLock<Regex> = OnceLock::new();
    let spaced = SPACED.get_or_init(|| {
        Regex::new(r"(?:^|[^A-Za-z0-9])([A-Z]{2,5}) (\d{3,6}[A-Z]{0,2})(?:$|[^A-Za-z0-9.])")
            .expect("valid regex")
    });
    for c in spaced.captures_iter(&hw) {
        let (letters, number) = (&c[1], &c[2]);
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        let standard = STANDARD_PREFIXES.contains(&letters);
        if !year && !standard && !segment::latin_terms().contains(&letters.to_lowercase()) {
            let (a, b) = (
                c.get(1).expect("group").start(),
                c.get(2).expect("group").end(),
            );
            hits.push((a, b));
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
