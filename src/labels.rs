//! The label lexicon: which information-table field a label names. Labels are data
//! (`dictionaries/labels.tsv`: field, label as forms write it), compared after removing
//! whitespace, colons, asterisks, list numbering and any bracketed note (whose unit, 万元 or
//! 元, is kept for the value). Column headings of list tables (`dictionaries/column_headers.txt`)
//! name no field. Used by `package` (is this line a label?) and `fields` (which field?).

use crate::text::{fold_width, leader_len};
use std::sync::OnceLock;

const LABELS_TSV: &str = include_str!("../dictionaries/labels.tsv");
const COLUMN_HEADERS: &str = include_str!("../dictionaries/column_headers.txt");
const LABEL_KEYWORDS: &str = include_str!("../dictionaries/label_keywords.tsv");
const VALUE_ENDINGS: &str = include_str!("../dictionaries/value_endings.txt");

/// Endings of public bodies' names (`dictionaries/value_endings.txt`).
fn value_endings() -> impl Iterator<Item = &'static str> {
    VALUE_ENDINGS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Which field a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    ProjectName,
    GuideCode,
    Applicant,
    ApplicantType,
    CreditCode,
    Leader,
    Phone,
    Department,
    Zone,
    Partner,
    PartnerCode,
    TotalBudget,
    Municipal,
    Period,
    Start,
    End,
    Months,
    Status,
    Address,
    /// Where the unit is (所在地区): a zone's label or an address's, as its value shows.
    Area,
    /// The guide direction the project is declared under, not saying it is the code (申报指南方向,
    /// 所属领域): the guide code when its value is one of the call's codes.
    Direction,
}

impl Key {
    /// A key by its name in `dictionaries/labels.tsv`.
    pub fn from_name(s: &str) -> Option<Key> {
        Some(match s {
            "ProjectName" => Key::ProjectName,
            "GuideCode" => Key::GuideCode,
            "Applicant" => Key::Applicant,
            "ApplicantType" => Key::ApplicantType,
            "CreditCode" => Key::CreditCode,
            "Leader" => Key::Leader,
            "Phone" => Key::Phone,
            "Department" => Key::Department,
            "Zone" => Key::Zone,
            "Partner" => Key::Partner,
            "PartnerCode" => Key::PartnerCode,
            "TotalBudget" => Key::TotalBudget,
            "Municipal" => Key::Municipal,
            "Period" => Key::Period,
            "Start" => Key::Start,
            "End" => Key::End,
            "Months" => Key::Months,
            "Status" => Key::Status,
            "Address" => Key::Address,
            "Area" => Key::Area,
            "Direction" => Key::Direction,
            _ => return None,
        })
    }
}

/// Unit named in a label's parentheses or a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// 亿元
    Yi,
    /// 百万元
    Million,
    /// 万元, the call's unit.
    Wan,
    /// 千元
    Thousand,
    /// 元
    Yuan,
}

impl Unit {
    /// The unit a text names, the largest written first: 亿元, 百万元, 万元 (or 万), 千元, 元.
    pub fn named_in(text: &str) -> Option<Unit> {
        if text.contains("亿") {
            Some(Unit::Yi)
        } else if text.contains("百万") {
            Some(Unit::Million)
        } else if text.contains('万') {
            Some(Unit::Wan)
        } else if text.contains("千元") {
            Some(Unit::Thousand)
        } else if text.contains('元') {
            Some(Unit::Yuan)
        } else {
            None
        }
    }

    /// How many 万元 one of this unit is.
    pub fn in_wan(self) -> f64 {
        match self {
            Unit::Yi => 10_000.0,
            Unit::Million => 100.0,
            Unit::Wan => 1.0,
            Unit::Thousand => 0.1,
            Unit::Yuan => 0.0001,
        }
    }
}

/// Label → key, from `dictionaries/labels.tsv`.
pub fn lexicon() -> &'static rustc_hash::FxHashMap<String, Key> {
    static L: OnceLock<rustc_hash::FxHashMap<String, Key>> = OnceLock::new();
    L.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for line in LABELS_TSV.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (k, label) = line.split_once('\t').unwrap_or(("", ""));
            // A line naming no known field is a mistake in the data: the test below finds it.
            if let Some(key) = Key::from_name(k.trim()) {
                m.insert(label.trim().to_string(), key);
            }
        }
        m
    })
}

/// The last character of each phrase of the lexicon.
fn lexicon_last_chars() -> &'static rustc_hash::FxHashSet<char> {
    static C: OnceLock<rustc_hash::FxHashSet<char>> = OnceLock::new();
    C.get_or_init(|| lexicon().keys().filter_map(|k| k.chars().last()).collect())
}

fn column_headers() -> &'static std::collections::HashSet<&'static str> {
    static H: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| {
        COLUMN_HEADERS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// A label as compared: no whitespace, no colon or asterisk, no parenthesised note; the unit
/// named in the note comes back separately.
pub fn normalise_label(s: &str) -> (String, Option<Unit>) {
    let (out, unit, _) = normalise_label_note(s);
    (out, unit)
}

/// A Chinese label without the English gloss after it (项目名称 Project Title, 单位性质 Type):
/// trailing words of ASCII letters after the last Han character or bracket.
fn without_gloss(s: &str) -> &str {
    let t = s.trim_end();
    let Some((i, c)) = t
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphabetic() || matches!(c, ' ' | '/' | '&' | '.' | '-')))
    else {
        return t;
    };
    let end = i + c.len_utf8();
    let tail = &t[end..];
    let han_before = t[..end]
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if han_before && tail.chars().any(|c| c.is_ascii_alphabetic()) && c != '(' {
        &t[..end]
    } else {
        t
    }
}

/// [`normalise_label`] with the bracketed note's text.
fn normalise_label_note(s: &str) -> (String, Option<Unit>, String) {
    let s = without_gloss(s);
    let mut out = String::new();
    let mut note = String::new();
    let mut depth = 0;
    for c in s.chars().map(fold_width) {
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = (depth - 1).max(0),
            c if c.is_whitespace() || c == ':' || c == '*' || c == '★' => {}
            c if depth > 0 => note.push(c),
            c => out.push(c),
        }
    }
    let unit = Unit::named_in(&note);
    (out, unit, note)
}

/// Words before a label that say how it relates to the row above (其中：申请市拨经费).
fn strip_prefixes(s: &str) -> &str {
    ["其中", "含", "另"]
        .iter()
        .find_map(|p| s.strip_prefix(p).filter(|r| r.chars().count() >= 2))
        .unwrap_or(s)
}

/// One line of `dictionaries/label_keywords.tsv`.
struct KeywordRule {
    key: Key,
    any: Vec<Vec<&'static str>>,
    none: Vec<&'static str>,
}

fn keyword_rules() -> &'static [KeywordRule] {
    static R: OnceLock<Vec<KeywordRule>> = OnceLock::new();
    R.get_or_init(|| {
        LABEL_KEYWORDS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let key = Key::from_name(cols.next()?.trim())?;
                let any = cols
                    .next()?
                    .split(';')
                    .map(|g| {
                        g.split('|')
                            .map(str::trim)
                            .filter(|w| !w.is_empty())
                            .collect()
                    })
                    .collect();
                let none = cols
                    .next()
                    .unwrap_or("")
                    .split('|')
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .collect();
                Some(KeywordRule { key, any, none })
            })
            .collect()
    })
}

/// The key a table cell's label names: a phrase of the lexicon, else the key-word model (one
/// field only), with the unit its note names. A duration note (（月）, （年）) makes a period
/// label a number of months. Only for cells: in running text a key word is no label.
pub fn key_of_cell(label: &str) -> Option<(Key, Option<Unit>)> {
    // "合作单位：无" is a label and its value in one cell, not a label.
    // (A head that only says how the row relates to the one above, 其中：申请市拨经费, is no
    // label of its own.)
    if let Some((head, after)) = label.split_once(['：', ':'])
        && !after.trim().is_empty()
        && !["其中", "含", "另"].contains(&crate::text::squash(head).as_str())
    {
        return None;
    }
    let (norm, unit, note) = normalise_label_note(label);
    let stem = strip_prefixes(strip_numbering(&norm)).to_string();
    // A label cut short after 名 (项目名, 单位名) is the 名称 label it abbreviates, for the key
    // words; a person's 姓名 or a 签名 is not.
    let stem = match stem.strip_suffix('名') {
        Some(head)
            if ["项目", "课题", "单位", "企业", "公司", "机构"]
                .iter()
                .any(|n| head.ends_with(n)) =>
        {
            format!("{stem}称")
        }
        _ => stem,
    };
    let months = note.contains('月') && !note.contains('年');
    let found = key_of(label).or_else(|| {
        let n = stem.chars().count();
        if !(2..=16).contains(&n) {
            return None;
        }
        // A name is a value, never a label, whatever words it holds (苏州联合科技有限公司,
        // 昆山高新技术产业开发区管委会).
        if crate::segment::org_suffixes()
            .iter()
            .copied()
            .chain(value_endings())
            .any(|e| stem.ends_with(e))
        {
            return None;
        }
        // The key words are looked for in the label, then in the label with its note (指南方向
        // （代码）): a note may say what the label's words leave open.
        // A label that only places the unit or the project (所在地区, 申报指南方向: a key whose value
        // decides what it is) yields to what its note says (指南方向（代码）).
        let with_note = format!("{stem}{note}");
        let by_words = |text: &str| {
            let mut hit = keyword_rules().iter().filter(|r| {
                r.any.iter().all(|g| g.iter().any(|w| text.contains(w)))
                    && !r.none.iter().any(|w| text.contains(w))
            });
            let first = hit.next()?;
            hit.next().is_none().then_some((first.key, unit))
        };
        match (by_words(&stem), by_words(&with_note)) {
            (Some((Key::Area | Key::Direction, _)), Some(definite))
                if !matches!(definite.0, Key::Area | Key::Direction) =>
            {
                Some(definite)
            }
            (Some(found), _) => Some(found),
            (None, found) => found,
        }
    })?;
    Some(match found {
        (Key::Period, u) if months => (Key::Months, u),
        other => other,
    })
}

/// A label that names two or more fields in one cell: parts joined by a slash or 及
/// (项目负责人/手机, 项目总投入/申请市拨（万元）) or a bracketed note that is a label itself
/// (申报单位（统一社会信用代码）). Every part must be a label, of distinct fields; a unit note at
/// the end holds for all. None for a single field's label, however it is written
/// (纳税人识别号/统一社会信用代码 names one field twice; 企业资质（高企/科小） has a note of values).
pub fn compound_label(label: &str) -> Option<Vec<(Key, Option<Unit>)>> {
    let text = crate::text::squash(label);
    let text = text.trim_end_matches(['：', ':']);
    // The unit note at the end, for every part: （万元）.
    let (body, unit) = match text.rfind(['（', '(']) {
        Some(i) if Unit::named_in(&text[i..]).is_some() && text.ends_with(['）', ')']) => {
            (&text[..i], Unit::named_in(&text[i..]))
        }
        _ => (text, None),
    };
    let mut parts: Vec<String> = Vec::new();
    // A bracketed note that is a label: 申报单位（统一社会信用代码）.
    let mut head = body;
    if body.ends_with(['）', ')'])
        && let Some(i) = body.rfind(['（', '('])
        && i > 0
    {
        let note = body[i..]
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')']);
        if key_of_cell(note).is_some() {
            parts.push(note.to_string());
            head = &body[..i];
        }
    }
    let mut named: Vec<String> = head.split(['/', '／', '及']).map(str::to_string).collect();
    named.append(&mut parts);
    if named.len() < 2 {
        return None;
    }
    let mut out: Vec<(Key, Option<Unit>)> = Vec::new();
    for part in &named {
        let (key, own_unit) = key_of_cell(part)?;
        // A part that only places the unit or the project (所属领域, 所在地区) is what the other
        // part names, said twice: 所属领域（指南代码） is one field.
        if matches!(key, Key::Area | Key::Direction) || out.iter().any(|(k, _)| *k == key) {
            return None;
        }
        out.push((key, own_unit.or(unit)));
    }
    Some(out)
}

/// Drop list numbering before a label: "1.", "2、", "一、", "（三）" (the last already gone with
/// the parentheses).
pub(crate) fn strip_numbering(s: &str) -> &str {
    let t =
        s.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    if t.len() < s.len() && t.starts_with(['.', '、', '．']) {
        &t[t.chars().next().map_or(0, |c| c.len_utf8())..]
    } else {
        s
    }
}

pub fn key_of(label: &str) -> Option<(Key, Option<Unit>)> {
    // A label without brackets ending in a Han character keeps that character last through
    // every step below (numbering and prefixes go from the front, a gloss is Latin): unless it
    // ends a phrase of the lexicon (or is 元 of 万元), no phrase can match. Most lines of prose
    // are turned away here, before any copy is made.
    let last = label.trim_end().chars().next_back()?;
    if crate::text::is_han(last)
        && last != '元'
        && !lexicon_last_chars().contains(&last)
        && !label.contains(['(', ')', '[', ']', '【', '】', '（', '）', '［', '］'])
    {
        return None;
    }
    let (norm, unit) = normalise_label(label);
    let norm = strip_prefixes(strip_numbering(&norm)).to_string();
    if norm.is_empty() || norm.chars().count() > 16 {
        return None;
    }
    // A unit written into the label itself: 项目总投入万元.
    let (stem, unit) = match norm.strip_suffix("万元") {
        Some(s) => (s.to_string(), Some(Unit::Wan)),
        None => (norm.clone(), unit),
    };
    lexicon().get(stem.as_str()).map(|k| (*k, unit))
}

/// Match a label at the start of `line`, allowing whitespace between its characters (项 目 名
/// 称) and a parenthesised note after it. Returns the key, unit and the rest of the line after
/// the separator, or None when the line does not start with a known label followed by a
/// separator (colon, whitespace or the end of the line).
pub fn leading_label(line: &str) -> Option<(Key, Option<Unit>, &str)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut best: Option<(Key, Option<Unit>, usize)> = None;
    let mut label = String::new();
    let mut i = 0;
    let mut colon = None;
    // The label's length and the line's character index at the first tab.
    let mut cell: Option<(usize, usize)> = None;
    // The label's length in characters, kept as it grows.
    let mut count = 0;
    while i < chars.len() && count < 18 {
        let (_, c) = chars[i];
        let c = fold_width(c);
        // A tab is a cell's edge (a table row read as one line: 15⇥申请市级财政资助（万元）⇥60):
        // what stands before the first one is a whole cell.
        if c == '\t' && !label.is_empty() && cell.is_none() {
            cell = Some((label.len(), i));
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '(' || c == '【' || c == '[' {
            // A parenthesised note after a label: include it.
            let close = chars[i..]
                .iter()
                .position(|&(_, d)| matches!(fold_width(d), ')' | '】' | ']'));
            let tab = chars[i..].iter().position(|&(_, d)| d == '\t');
            let Some(close) = close.filter(|c| tab.is_none_or(|t| *c < t)) else {
                // Its close lost where the cell ends (OCR: 申请市拨经费（万元⇥80): the note
                // runs to the tab, closed there, and the label ends with the cell.
                let end = i + tab?;
                let note: String = chars[i..end].iter().map(|&(_, c)| c).collect();
                if let Some((k, u)) = key_of(&format!("{label}{}）", note.trim_end())) {
                    best = Some((k, u, end));
                }
                break;
            };
            let end = i + close;
            let note: String = chars[i..=end].iter().map(|&(_, c)| c).collect();
            if let Some((k, u)) = key_of(&format!("{label}{note}")) {
                best = Some((k, u, end + 1));
            }
            i = end + 1;
            label.push_str(&note);
            count += note.chars().count();
            continue;
        }
        // A colon, or a dot leader (three dots' worth), closes the label.
        if c == ':' || leader_len(&line[chars[i].0..]) > 0 {
            colon = Some(i);
            break;
        }
        label.push(c);
        count += 1;
        i += 1;
        if let Some((k, u)) = key_of(&label) {
            best = Some((k, u, i));
        }
    }
    // A colon or a dot leader closes the label: what stands before it, when no phrase of the
    // lexicon reaches it, is read by the key-word model as a table cell's label is
    // (总投资额（万元）：, 申请市财政科技经费（万元）……). Not across a sentence's
    // punctuation: that is prose.
    if let Some(at) = colon
        && best.is_none_or(|(_, _, end)| end < at)
        && !label.contains(['，', ',', '。', '；', ';'])
        && let Some((k, u)) = key_of_cell(&label)
    {
        best = Some((k, u, at));
    }
    // So does a tab, when no label found reaches past it: the cell before it is read as a
    // cell's label is, even one the lexicon knows (实施周期（月）: a number of months).
    // Specks OCR reads as punctuation at the cell's end (申请市拨经费（万元）.，) are no part
    // of it, and no sign of prose.
    if let Some((len, at)) = cell
        && let text = label[..len].trim_end_matches(['.', '。', '，', ',', '、', '·', '\'', '`'])
        && best.is_none_or(|(_, _, end)| end <= at)
        && !text.contains(['，', ',', '。', '；', ';'])
        && let Some((k, u)) = key_of_cell(text)
    {
        best = Some((k, u, at));
    }
    let (key, unit, end) = best?;
    let rest_start = chars.get(end).map(|&(b, _)| b).unwrap_or(line.len());
    let rest = &line[rest_start..];
    // A dot leader joins a label to its value on a Word form (项目名称…………苏州…): a
    // separator, as a colon is.
    let leader = leader_len(rest);
    if leader > 0 {
        return Some((key, unit, rest[leader..].trim()));
    }
    // The label must be followed by a separator, not run on into a longer word.
    let first = rest.chars().next();
    match first {
        None => Some((key, unit, "")),
        Some(c) if c == ':' || c == '：' || c.is_whitespace() => {
            let rest =
                rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == '：');
            Some((key, unit, rest))
        }
        // A code or a number set flush against its label, as an unruled PDF table puts a long
        // label and its value (统一社会信用代码913205…, 指南代码210103): only a whole code, never
        // Han text, which would be a longer word.
        Some(c)
            if c.is_ascii_alphanumeric()
                && rest
                    .trim_end()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ',')) =>
        {
            Some((key, unit, rest.trim_end()))
        }
        _ => None,
    }
}

/// The first cell of a line OCR read, its label put right where OCR's misreading is plain: a
/// unit note whose closing bracket was lost, with the value glued on (申请市拨经费（万元40 →
/// 申请市拨经费（万元）, 40 as the next cell), and, when something follows the label on its line
/// (`more`: further cells, a note, a colon or the glued value), a label that neither the
/// lexicon nor the key-word model reads, one character away from exactly one phrase of the
/// lexicon of four characters or more (项目负贵人 → 项目负责人).
/// A cell alone on its line is left as read: it may be a value that looks like a label. None
/// when nothing is put right.
pub fn repair_ocr_label(cell: &str, more: bool) -> Option<String> {
    let mut out = cell.to_string();
    let mut changed = false;
    let mut more = more;
    // (1) 标签（万元40 → 标签（万元）\t40
    if let Some(open) = out.find(['（', '('])
        && !out[open..].contains(['）', ')'])
    {
        let after = &out[open + out[open..].chars().next().map_or(1, char::len_utf8)..];
        for unit in ["万元", "千元", "元", "个月", "月", "年"] {
            if let Some(num) = after.strip_prefix(unit)
                && num.chars().next().is_some_and(|c| c.is_ascii_digit())
                && num
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            {
                out = format!("{}（{unit}）\t{num}", &out[..open]);
                changed = true;
                more = true;
                break;
            }
        }
    }
    // (2) one misread character in a known label.
    let head: String = out
        .chars()
        .take_while(|c| crate::text::is_han(*c))
        .collect();
    let n = head.chars().count();
    let rest_nonempty = out.len() > head.len();
    // A label the lexicon or the key-word model knows as it stands (申请市级财政资助) is read right.
    if (4..=12).contains(&n) && (more || rest_nonempty) && key_of_cell(&head).is_none() {
        let hc: Vec<char> = head.chars().collect();
        let mut near = lexicon().keys().filter(|phrase| {
            let pc: Vec<char> = phrase.chars().collect();
            pc.len() == n && pc.iter().zip(&hc).filter(|(a, b)| a != b).count() == 1
        });
        if let (Some(phrase), None) = (near.next(), near.next()) {
            out = format!("{phrase}{}", &out[head.len()..]);
            changed = true;
        }
    }
    changed.then_some(out)
}

/// A label OCR read that only the key-word model knows (申请市氢经费（万元）: 申请…经费), set
/// beside a value typed over the scan: the lexicon's phrase one character away that names the
/// same field (申请市拨经费), the rest of the label kept — so the line reads as label and value
/// even without a colon. None when no such phrase, or phrases of other fields, are that near.
pub fn same_field_phrase(label: &str) -> Option<String> {
    let head: String = label
        .chars()
        .take_while(|c| crate::text::is_han(*c))
        .collect();
    let n = head.chars().count();
    if !(4..=12).contains(&n) || lexicon().contains_key(&head) {
        return None;
    }
    let (key, _) = key_of_cell(&head)?;
    let hc: Vec<char> = head.chars().collect();
    let mut near: Vec<(&String, &Key)> = lexicon()
        .iter()
        .filter(|(phrase, _)| {
            let pc: Vec<char> = phrase.chars().collect();
            pc.len() == n && pc.iter().zip(&hc).filter(|(a, b)| a != b).count() == 1
        })
        .collect();
    near.sort_by(|a, b| a.0.cmp(b.0));
    let (phrase, _) = near.first()?;
    near.iter()
        .all(|(_, k)| **k == key)
        .then(|| format!("{phrase}{}", &label[head.len()..]))
}

/// Column headings of list tables that are no field of ours.
pub fn is_column_header(text: &str) -> bool {
    let (s, _) = normalise_label(text);
    column_headers().contains(s.as_str())
}

pub fn is_label(text: &str) -> bool {
    key_of(text).is_some() || leading_label(text).is_some_and(|(_, _, rest)| rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A label OCR cut in two cells (申请⇥市拨经费…) whose note lost its closing bracket at the
    /// cell's edge is still the label, its unit kept and the next cell its value; a bracket
    /// that neither closes nor meets a cell's edge is no label.
    #[test]
    fn a_bracket_lost_at_a_cell_edge_closes_there() {
        let (k, u, rest) = leading_label("申请\t市拨经费（万元\t80").unwrap();
        assert_eq!((k, u, rest), (Key::Municipal, Some(Unit::Wan), "80"));
        let (k, _, rest) = leading_label("项目总投入（万元\t160").unwrap();
        assert_eq!((k, rest), (Key::TotalBudget, "160"));
        assert_eq!(leading_label("申请市拨经费（万元 80").map(|x| x.2), None);
    }

    #[test]
    fn ocr_labels_put_right_only_where_plain() {
        // The bracket put back (the key-word model reads 申请…经费 as it stands).
        assert_eq!(
            repair_ocr_label("申请市所经费（万元40", false).as_deref(),
            Some("申请市所经费（万元）\t40")
        );
        assert_eq!(
            repair_ocr_label("项目负贵人", true).as_deref(),
            Some("项目负责人")
        );
        // Alone on its line: may be a value; known already; two phrases near; too short.
        assert_eq!(repair_ocr_label("项目负贵人", false), None);
        // Beside a typed value: a label the key words read, put right into its field's phrase.
        assert_eq!(
            same_field_phrase("申请市氢经费（万元）")
                .as_deref()
                .and_then(key_of)
                .map(|k| k.0),
            Some(Key::Municipal)
        );
        assert_eq!(same_field_phrase("申请市拨经费（万元）"), None);
        assert_eq!(same_field_phrase("苏州市吴中区科学技术局"), None);
        assert_eq!(repair_ocr_label("项目负责人", true), None);
        // Known to the key-word model though no lexicon phrase: read right as it is.
        assert_eq!(repair_ocr_label("申请市级财政资助（万元）", true), None);
        assert_eq!(repair_ocr_label("手机号", true), None);
        assert_eq!(repair_ocr_label("苏州市吴中区科学技术局", true), None);
    }

    #[test]
    fn the_lexicons_load_and_every_line_names_a_field() {
        let named = LABELS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert!(named > 100);
        for l in LABELS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (k, _) = l.split_once('\t').expect("field<TAB>label");
            assert!(Key::from_name(k).is_some(), "unknown field {k}");
        }
        assert_eq!(lexicon().len(), named);
        assert!(column_headers().len() > 10);
        assert_eq!(key_of("项 目 名 称"), Some((Key::ProjectName, None)));
        assert_eq!(
            key_of("申请市拨经费（万元）"),
            Some((Key::Municipal, Some(Unit::Wan)))
        );
        assert!(is_column_header("序号"));
        assert!(keyword_rules().len() >= 7);
        assert!(value_endings().count() >= 5);
        assert_eq!(key_of_cell("依托单位").map(|k| k.0), Some(Key::Applicant));
        assert_eq!(
            key_of_cell("合作单位名称（全称）").map(|k| k.0),
            Some(Key::Partner)
        );
        assert_eq!(
            key_of_cell("实施周期（月）").map(|k| k.0),
            Some(Key::Months)
        );
        assert_eq!(
            key_of_cell("其中：申请财政专项资金（万元）"),
            Some((Key::Municipal, Some(Unit::Wan)))
        );
        assert_eq!(
            key_of_cell("项目负责人联系电话").map(|k| k.0),
            Some(Key::Phone)
        );
        // Labels of other forms, by their key words.
        for (label, key) in [
            ("技术领域代码", Key::GuideCode),
            ("纳税人识别号/统一社会信用代码", Key::CreditCode),
            ("协作单位", Key::Partner),
            ("研发项目名称", Key::ProjectName),
            ("企业名称（盖章）", Key::Applicant),
            ("研发投入预算（万元）", Key::TotalBudget),
            ("市拨（万元）", Key::Municipal),
            ("所在板块", Key::Zone),
            ("指南方向（代码）", Key::GuideCode),
            ("其中：市科技经费（万元）", Key::Municipal),
            ("统一社会信用代码 Credit Code", Key::CreditCode),
            ("项目总投入（万元）Total", Key::TotalBudget),
            ("项目实施期", Key::Period),
            ("研发期（月）", Key::Months),
            ("项目名", Key::ProjectName),
            ("申报单位名", Key::Applicant),
            ("项目负责人姓名", Key::Leader),
            // Labels that only place the unit or the project: their values decide.
            ("所属区（市）", Key::Area),
            ("所在地", Key::Area),
            ("申报指南方向", Key::Direction),
            ("所属技术领域", Key::Direction),
        ] {
            assert_eq!(key_of_cell(label).map(|k| k.0), Some(key), "{label}");
        }
        // Two fields in one label.
        let keys = |l: &str| compound_label(l).map(|v| v.iter().map(|k| k.0).collect::<Vec<_>>());
        assert_eq!(keys("项目负责人/手机"), Some(vec![Key::Leader, Key::Phone]));
        assert_eq!(keys("所属领域（指南代码）"), None);
        assert_eq!(
            key_of_cell("所属领域（指南代码）").map(|k| k.0),
            Some(Key::GuideCode)
        );
        assert_eq!(
            keys("申报单位（统一社会信用代码）"),
            Some(vec![Key::Applicant, Key::CreditCode])
        );
        assert_eq!(
            compound_label("项目总投入/申请市拨（万元）"),
            Some(vec![
                (Key::TotalBudget, Some(Unit::Wan)),
                (Key::Municipal, Some(Unit::Wan))
            ])
        );
        for one in [
            "纳税人识别号/统一社会信用代码",
            "企业资质（高企/科小）",
            "项目总投入（万元）",
            "推荐（主管）部门",
            "合作单位名称（全称）",
            "项目名称",
        ] {
            assert_eq!(compound_label(one), None, "{one}");
        }
        // Values that hold a label's key words are still values.
        for value in [
            "苏州联合科技有限公司",
            "昆山高新技术产业开发区",
            "经费预算（万元）",
            "合作单位：无",
            "项目实施期内新增销售收入（万元）",
            // The unit's own figures, not the project's budget.
            "上年度研发投入（万元）",
            "近三年获得市级财政资助（万元）",
        ] {
            assert_eq!(key_of_cell(value), None, "{value}");
        }
    }
}
