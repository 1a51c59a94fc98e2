//! Information-table fields: label/value pairs read from table cells (2- and 4-column label/value
//! rows, or a header row over a value row), from labelled paragraphs ("项目名称：…", spaced
//! labels such as 项 目 名 称, full-width colons) and from a label alone on its line followed by
//! its value (PDF text whose table has no ruling lines). Values are parsed (money in 万元 or 元,
//! 大写 amounts, periods in the usual notations). A field that is not found is `None`: nothing
//! is guessed. Every value keeps where it was read, so findings can point at it.

use crate::extract::{Block, BlockKind, Document};
pub use crate::labels::{Key, Unit, leading_label};
use crate::labels::{compound_label, is_column_header, is_label, key_of, key_of_cell};
pub use crate::model::{ApplicantType, Fields};
use crate::text::fold_width;
pub use crate::text::squash;

/// One label/value pair and where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub key: Key,
    pub value: String,
    pub unit: Option<Unit>,
    pub page: Option<u32>,
    pub paragraph: u32,
    /// 0 = table cell, 1 = labelled line, 2 = label and value on consecutive lines.
    pub rank: u8,
    /// The label is no phrase of the lexicon: the key-word model named its field. Of two labels
    /// of one field in one document at one rank, the lexicon's phrase is taken.
    pub guessed: bool,
}

/// Every label/value pair in a document.
pub fn pairs(doc: &Document) -> Vec<Pair> {
    let joined = join_boxed_characters(doc);
    let doc = joined.as_ref().unwrap_or(doc);
    // A template's instructions left in a cell are no part of it: a value cell that says
    // （手机）138… is no label of a phone, 80（不超过总投入的30%） no label of a total.
    let cleaned = without_cell_instructions(doc);
    let doc = cleaned.as_ref().unwrap_or(doc);
    let unwrapped = join_column_wraps(doc);
    let doc = unwrapped.as_ref().unwrap_or(doc);
    let mut out = Vec::new();
    table_pairs(doc, &mut out);
    // The cells' instructions are out already; a labelled line's value is read here.
    let from = out.len();
    line_pairs(doc, &mut out);
    for p in &mut out[from..] {
        if let std::borrow::Cow::Owned(v) = without_instructions(&p.value) {
            p.value = v;
        }
    }
    // No value starts with a colon: one there is its label's, set apart from it (项目名称 |
    // ：智能…), or a scanned rule's specks read as one.
    for p in &mut out {
        let v = p.value.trim_start();
        if v.starts_with(['：', ':']) {
            p.value = v.trim_start_matches(['：', ':']).trim_start().to_string();
        }
    }
    out
}

/// A value with the template's fill-in instructions its writer left beside it taken out: a
/// bracketed instruction before or after what was typed, or on a line of its own in the cell
/// ((全称，与公章一致)苏州…, …研发（不超过25个字，以“研发”结尾）, 320（单位：万元）, 80 /
/// （不超过总投入的30%）). Brackets that say something about the value (（集团）, （教授）,
/// （共24个月）, （大写：壹佰万元）) stay. A value that is only instructions becomes empty: it
/// was not filled in.
fn without_instructions(v: &str) -> std::borrow::Cow<'_, str> {
    if !v.contains(['（', '(']) {
        return std::borrow::Cow::Borrowed(v);
    }
    let mut changed = false;
    let mut lines = Vec::new();
    for line in v.lines() {
        let mut rest = line.trim();
        loop {
            let before = rest;
            if let Some(inner) = leading_bracket(rest)
                && is_fill_instruction(inner)
            {
                rest = rest[bracketed_len(rest)..].trim_start();
            }
            if let Some((at, inner)) = trailing_bracket(rest)
                && is_fill_instruction(inner)
            {
                rest = rest[..at].trim_end();
            }
            if rest.len() == before.len() {
                break;
            }
            changed = true;
        }
        if !rest.is_empty() {
            lines.push(rest);
        }
    }
    if !changed {
        return std::borrow::Cow::Borrowed(v);
    }
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// The document with its table cells' fill-in instructions taken out ([`without_instructions`]);
/// None when no cell holds one.
fn without_cell_instructions(doc: &Document) -> Option<Document> {
    let cleaned = |b: &Block| match b.kind {
        BlockKind::Cell { .. } => match without_instructions(&b.text) {
            std::borrow::Cow::Owned(t) => Some(t),
            std::borrow::Cow::Borrowed(_) => None,
        },
        _ => None,
    };
    if !doc.blocks.iter().any(|b| cleaned(b).is_some()) {
        return None;
    }
    let mut out = doc.clone();
    for b in &mut out.blocks {
        if let Some(t) = cleaned(b) {
            b.text = t;
        }
    }
    Some(out)
}

/// The text inside a bracket that opens `s` and closes where its nesting does; None when `s`
/// does not open with one or it never closes.
fn leading_bracket(s: &str) -> Option<&str> {
    let n = bracketed_len(s);
    (n > 0).then(|| {
        let open = s.chars().next().map_or(0, char::len_utf8);
        let close = s[..n].chars().next_back().map_or(0, char::len_utf8);
        &s[open..n - close]
    })
}

/// The byte length of the balanced bracket `s` opens with (0 when none).
fn bracketed_len(s: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => {
                if depth == 0 {
                    return 0;
                }
                depth -= 1;
                if depth == 0 {
                    return i + c.len_utf8();
                }
            }
            _ if i == 0 => return 0,
            _ => {}
        }
    }
    0
}

/// The bracket that closes `s`, balanced: (where it opens, the text inside).
fn trailing_bracket(s: &str) -> Option<(usize, &str)> {
    if !s.ends_with(['）', ')']) {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    let open = c.len_utf8();
                    let close = s.chars().next_back().map_or(0, char::len_utf8);
                    return (i > 0).then(|| (i, &s[i + open..s.len() - close]));
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether a bracket's text tells how to fill the field in rather than saying something about
/// the value: what a template writes in its cells (请填写…, 须为…, 不超过…, 格式：…, 全称, 与…一致,
/// 按属地填写, 用“；”隔开, 单位：万元, 保留两位小数, 18位, 手机, 盖章).
fn is_fill_instruction(inner: &str) -> bool {
    let s = squash(inner);
    if s.is_empty() {
        return false;
    }
    let asks = [
        "请填",
        "请按",
        "请用",
        "请勿",
        "请以",
        "请在",
        "请注明",
        "请选择",
        "请如实",
        "须",
        "需填",
        "需与",
        "需为",
        "无需",
        "应为",
        "应与",
        "应当",
        "不超过",
        "不少于",
        "不低于",
        "不高于",
        "不得",
        "结尾",
        "格式",
        "全称",
        "一致",
        "按属地",
        "填写",
        "填“",
        "填\"",
        "填无",
        "填报",
        "的填",
        "可填",
        "不填",
        "填入",
        "隔开",
        "分隔",
        "如无",
        "若无",
        "如有",
        "保留",
        "精确到",
        "选填",
        "必填",
        "多选",
        "单选",
        "示例",
        "例如",
        "例：",
        "盖章",
        "签字",
        "签章",
    ];
    if asks.iter().any(|w| s.contains(w)) {
        return true;
    }
    if let Some(unit) = s.strip_prefix("单位：").or_else(|| s.strip_prefix("单位:")) {
        return ["万元", "元", "千元", "月", "个月", "年"].contains(&unit);
    }
    // 18位, 11位数字; a bare kind of number (手机, 座机).
    let digits = s.trim_end_matches("数字").trim_end_matches('位');
    (s.ends_with('位') || s.ends_with("位数字"))
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        || ["手机", "座机", "固话", "手机号", "手机号码"].contains(&s.as_str())
}

/// Values that wrapped inside their column of "label：value" lines on a laid-out page, joined
/// to their pair and taken off their own lines. In one column (a column read on its own, a
/// narrow section), up to three lines with no label, none longer than the pair's, between the
/// pair and the next labelled line. In columns read side by side (a print view's two columns of
/// fields, read across the page line by line: "项目名称：…关键技术\t联系电话：…" / "研发\t主管部门：…"),
/// on consecutive lines with the same number (two or more) of tab-separated pieces, a piece with
/// no label under a pair, or under a bare label and its colon, in its column. None when no page
/// has either.
fn join_column_wraps(doc: &Document) -> Option<Document> {
    let flowed = |b: &Block| {
        b.page.is_some()
            && !matches!(b.kind, BlockKind::Cell { .. })
            && !b.text.contains('\n')
            && b.text.contains('\t')
    };
    let pieces = |b: &Block| b.text.split('\t').map(str::to_string).collect::<Vec<_>>();
    // (Only a line with a colon asks the label lexicon: most lines are prose.)
    let is_pair = |t: &str| {
        t.contains(['：', ':'])
            && leading_label(t).is_some_and(|(_, _, rest)| !rest.trim().is_empty())
    };
    // A label before a misread colon (申报单位（盖章）；…, a scan's semicolon) opens a pair of
    // its own, not a wrapped value.
    let misread_pair = |t: &str| {
        t.split_once(['；', ';', '，', ','])
            .is_some_and(|(head, _)| key_of_cell(head.trim()).is_some())
    };
    let continues = |t: &str| {
        !t.is_empty()
            && leading_label(t).is_none()
            && !is_label(t)
            && !is_note_line(t)
            && !misread_pair(t)
    };
    let blocks = &doc.blocks;
    let mut changed: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
    // One column.
    let single = |b: &Block| {
        b.page.is_some() && matches!(b.kind, BlockKind::Paragraph) && !b.text.contains(['\n', '\t'])
    };
    let width = |t: &str| -> f32 {
        t.trim()
            .chars()
            .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
            .sum()
    };
    let mut i = 0;
    while i < blocks.len() {
        let owner = &blocks[i];
        if !(single(owner) && is_pair(owner.text.trim())) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < blocks.len()
            && j - i <= 3
            && single(&blocks[j])
            && blocks[j].page == owner.page
            && continues(blocks[j].text.trim())
            && crate::labels::strip_numbering(blocks[j].text.trim()) == blocks[j].text.trim()
            && width(&blocks[j].text) <= width(&owner.text) + 1.0
        {
            j += 1;
        }
        let labelled_next = blocks
            .get(j)
            .is_some_and(|b| b.page == owner.page && leading_label(b.text.trim()).is_some());
        if j > i + 1 && labelled_next {
            let mut text = owner.text.trim_end().to_string();
            for b in &blocks[i + 1..j] {
                join_wrapped(&mut text, b.text.trim());
            }
            changed.insert(i, vec![text]);
            for k in i + 1..j {
                changed.insert(k, vec![String::new()]);
            }
        }
        i = j.max(i + 1);
    }
    // Columns side by side.
    let mut i = 0;
    while i < blocks.len() {
        if !flowed(&blocks[i]) {
            i += 1;
            continue;
        }
        let n = pieces(&blocks[i]).len();
        let mut j = i + 1;
        while j < blocks.len()
            && flowed(&blocks[j])
            && blocks[j].page == blocks[i].page
            && pieces(&blocks[j]).len() == n
        {
            j += 1;
        }
        if j - i >= 2 {
            let mut lines: Vec<Vec<String>> = blocks[i..j].iter().map(pieces).collect();
            let mut owner: Vec<Option<usize>> = vec![None; n];
            let mut joined = false;
            // A label and its colon with nothing after them (社会信用代码：) owns the line
            // under it in its column too — its value went there whole — unless the piece
            // right of it on its line is no field of its own but its value (a label cell and
            // a value cell: 申请市拨经费（万元）：⇥40).
            let bare_label = |line: &[String], c: usize| {
                let t = line[c].trim();
                t.ends_with(['：', ':'])
                    && leading_label(t).is_some_and(|(_, _, rest)| rest.trim().is_empty())
                    && line
                        .get(c + 1)
                        .is_none_or(|r| leading_label(r.trim()).is_some())
            };
            for l in 0..lines.len() {
                for c in 0..n {
                    let t = lines[l][c].trim().to_string();
                    if is_pair(&t) || bare_label(&lines[l], c) {
                        owner[c] = Some(l);
                    } else if let Some(o) = owner[c].filter(|_| continues(&t)) {
                        join_wrapped(&mut lines[o][c], &t);
                        lines[l][c].clear();
                        joined = true;
                    } else {
                        owner[c] = None;
                    }
                }
            }
            if joined {
                for (k, line) in lines.into_iter().enumerate() {
                    changed.insert(i + k, line);
                }
            }
        }
        i = j;
    }
    if changed.is_empty() {
        return None;
    }
    let mut out = doc.clone();
    out.blocks.clear();
    for (k, b) in blocks.iter().enumerate() {
        match changed.get(&k) {
            Some(line) => {
                let text = line.join("\t");
                if text.trim().is_empty() {
                    continue;
                }
                let mut b = b.clone();
                b.text = text;
                out.blocks.push(b);
            }
            None => out.blocks.push(b.clone()),
        }
    }
    Some(out)
}

/// `more`, the wrapped rest of a value, joined to it: directly after Chinese text or within a
/// run of letters and digits (a code cut at its column's edge), after a space between words.
fn join_wrapped(v: &mut String, more: &str) {
    let v_end = v.trim_end().len();
    v.truncate(v_end);
    let joins_word = v.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
        && more
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    if !joins_word
        && !v.ends_with(|c: char| !c.is_ascii())
        && !more.starts_with(|c: char| !c.is_ascii())
    {
        v.push(' ');
    }
    v.push_str(more);
}

/// Cells in a row that hold one letter or digit each, at least this many side by side, are one
/// value typed a character to a box.
const MIN_BOXES: usize = 6;

/// A value typed one character to a box, as paper forms draw a credit code (18 boxes) or a
/// phone number (11): the boxes' cells, side by side in one row, become one cell holding the
/// value, where the first box stands. None when the document has no such run.
fn join_boxed_characters(doc: &Document) -> Option<Document> {
    let boxed = |b: &Block| {
        let mut chars = b.text.trim().chars();
        matches!(b.kind, BlockKind::Cell { .. })
            && matches!((chars.next(), chars.next()), (Some(c), None)
                if c.is_ascii_alphanumeric() || ('０'..='９').contains(&c) || ('Ａ'..='Ｚ').contains(&c))
    };
    let row_of = |b: &Block| match b.kind {
        BlockKind::Cell { table, row, .. } => Some((table, row)),
        _ => None,
    };
    let blocks = &doc.blocks;
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let mut j = i;
        while j < blocks.len() && boxed(&blocks[j]) && row_of(&blocks[j]) == row_of(&blocks[i]) {
            j += 1;
        }
        if j - i >= MIN_BOXES {
            runs.push(i..j);
        }
        i = j.max(i + 1);
    }
    if runs.is_empty() {
        return None;
    }
    let mut out = doc.clone();
    out.blocks.clear();
    let mut k = 0;
    for run in runs {
        out.blocks.extend_from_slice(&blocks[k..run.start]);
        let mut first = blocks[run.start].clone();
        first.text = blocks[run.clone()].iter().map(|b| b.text.trim()).collect();
        first.end = blocks[run.end - 1].end;
        out.blocks.push(first);
        k = run.end;
    }
    out.blocks.extend_from_slice(&blocks[k..]);
    Some(out)
}

fn table_pairs(doc: &Document, out: &mut Vec<Pair>) {
    // Group cells into rows.
    let mut rows: Vec<Vec<&Block>> = Vec::new();
    let mut cur: Option<(u32, u32)> = None;
    for b in &doc.blocks {
        if let BlockKind::Cell { table, row, .. } = b.kind {
            if cur == Some((table, row)) {
                if let Some(r) = rows.last_mut() {
                    r.push(b);
                }
            } else {
                rows.push(vec![b]);
                cur = Some((table, row));
            }
        } else {
            cur = None;
        }
    }
    let table_of = |r: &[&Block]| match r[0].kind {
        BlockKind::Cell { table, .. } => table,
        _ => u32::MAX,
    };
    // A template's worked example (填表示例, 样表) kept above the table to fill: its values are
    // the template writer's. Left out only when another table of the document asks for the
    // same fields (two labels at least in common): a form captioned 样表 is often the form
    // itself, to be filled in, and then it is read.
    let examples = example_tables(doc);
    if !examples.is_empty() {
        let mut keys: std::collections::HashMap<u32, std::collections::HashSet<Key>> =
            Default::default();
        for r in &rows {
            for b in r.iter() {
                if let Some((k, _)) = key_of_cell(&b.text) {
                    keys.entry(table_of(r)).or_default().insert(k);
                }
            }
        }
        let empty = std::collections::HashSet::new();
        let repeated: std::collections::HashSet<u32> = examples
            .iter()
            .copied()
            .filter(|e| {
                let mine = keys.get(e).unwrap_or(&empty);
                keys.iter().any(|(t, other)| {
                    !examples.contains(t) && other.intersection(mine).count() >= 2
                })
            })
            .collect();
        rows.retain(|r| !repeated.contains(&table_of(r)));
    }
    // Columns a table's first row heads as notes (说明, 备注, 填写要求): their cells say how to
    // fill in the row, they are no part of its value.
    let mut note_columns: std::collections::HashSet<(u32, u32)> = Default::default();
    let mut seen_tables = std::collections::HashSet::new();
    for r in &rows {
        let t = table_of(r);
        if !seen_tables.insert(t) {
            continue;
        }
        for b in r {
            if let BlockKind::Cell { col, .. } = b.kind
                && [
                    "说明",
                    "备注",
                    "注",
                    "填写说明",
                    "填表说明",
                    "填写要求",
                    "要求",
                    "注释",
                ]
                .contains(&squash(&b.text).as_str())
            {
                note_columns.insert((t, col));
            }
        }
    }
    let is_note = |b: &Block| match b.kind {
        BlockKind::Cell { table, col, .. } => note_columns.contains(&(table, col)),
        _ => false,
    };
    total_row_pairs(&rows, out);
    let by_total_column = total_column_pairs(&rows, out);
    // Cells of a DOCX are the writer's own: text never runs over into the next one, so a cell
    // after a value is never its continuation (that happens to cells rebuilt from a PDF page).
    let explicit_cells = doc.format == crate::extract::Format::Docx;
    // The value of the last row's label in its first cell: (table, row, value's column, index
    // in `out`). A label merged down over several rows (a vertical merge) leaves the rows under
    // it with their first cells missing: a lone cell there continues the value above
    // (partners one a row; 2022年8月起 / 2024年7月止).
    let mut merged_down: Option<(u32, u32, u32, usize)> = None;
    let cell_at = |b: &Block| match b.kind {
        BlockKind::Cell { table, row, col } => Some((table, row, col)),
        _ => None,
    };
    // A section of the table about the partners (a row across it: 二、合作单位情况), with the
    // applicant's sub-labels repeated for each partner (单位名称, 统一社会信用代码, 联系电话):
    // from the first pair read in it (index in `out`), its 单位名称 is a partner's name, its
    // code a partner's code, and nothing else in it is the applicant's or the project's.
    let mut partner_section: Option<(u32, usize)> = None;
    for (ri, row) in rows.iter().enumerate() {
        if let Some((t, from)) = partner_section {
            settle_partner_section(out, from);
            partner_section = (table_of(row) == t).then_some((t, out.len()));
        }
        if let [only] = row.as_slice()
            && cell_at(only).is_some()
        {
            match section_subject(&only.text) {
                Some(Some(Key::Partner)) => partner_section = Some((table_of(row), out.len())),
                Some(_) => partner_section = None,
                None => {}
            }
        }
        if by_total_column.contains(&ri) {
            continue;
        }
        if let [only] = row.as_slice()
            && let Some((table, r, col)) = cell_at(only)
            && let Some((t0, r0, c0, k)) = merged_down
            && col > 0
            && (table, r, col) == (t0, r0 + 1, c0)
            && !only.text.trim().is_empty()
            && !is_label(&only.text)
            && cell_label_value(&only.text).is_none()
        {
            let v = &mut out[k].value;
            v.push('\n');
            v.push_str(only.text.trim());
            merged_down = Some((t0, r, c0, k));
            continue;
        }
        merged_down = None;
        // A note column's cell is an instruction even when it names a field (无合作单位的填“无”
        // beside the partners' value): no label, so it never makes its row a header.
        // A group's label in a row of its own merged across the table, over this row's
        // sub-labels (申报单位 over 名称 | 统一社会信用代码 | 类型, 经费（万元） over 项目总投入 |
        // 申请市拨): a sub-label, or a generic column heading, names with the group's label what
        // it names (名称 under 申报单位 is the applicant's; 单位名称 under 合作单位 a partner's),
        // and what it names alone when the two together name no one field (起始年月 under
        // 实施期限). The group's bracketed note (its unit) holds for every sub-label.
        let group = ri
            .checked_sub(1)
            .map(|p| &rows[p])
            .filter(|prev| row.len() >= 2 && prev.len() == 1 && table_of(prev) == table_of(row))
            .map(|prev| squash(&prev[0].text))
            .filter(|g| {
                (2..=12).contains(&g.chars().count())
                    && !g.contains(|c: char| c.is_ascii_digit() || matches!(c, '：' | ':'))
            });
        let keys: Vec<Option<(Key, Option<Unit>)>> = row
            .iter()
            .map(|b| {
                if is_note(b) {
                    return None;
                }
                let own = key_of_cell(&b.text);
                match &group {
                    Some(g) if own.is_some() || is_column_header(&b.text) => {
                        let sub = squash(&b.text);
                        let (stem, note) = match trailing_bracket(g) {
                            Some((at, _)) if !sub.contains(['（', '(']) => g.split_at(at),
                            _ => (g.as_str(), ""),
                        };
                        key_of_cell(&format!("{stem}{sub}{note}")).or(own)
                    }
                    _ => own,
                }
            })
            .collect();
        // Cells holding a label over its value (a form of cards: 手机号码 / 138…): whole
        // fields, which the key words (reading the cell's lines run together) may take for a
        // label, but never a header's.
        let stacked_cells: Vec<_> = row.iter().map(|b| stacked_cell(&b.text)).collect();
        let whole: Vec<bool> = stacked_cells.iter().map(Option::is_some).collect();
        // Header layout: a row of labels over a row of values with as many cells. A header of
        // a list (序号 | 项目名称 | 项目来源 | 经费, prior projects in an application) has more
        // than one row under it: its rows are other projects, not this one's fields.
        // A row is a header when at least two thirds of its cells are labels (by the label
        // model, key words included) or list headings, and the row under it holds no label.
        let labels = keys
            .iter()
            .zip(&whole)
            .filter(|(k, w)| k.is_some() && !**w)
            .count();
        let header_words = row
            .iter()
            .zip(&keys)
            .zip(&whole)
            .filter(|((b, k), w)| !**w && (k.is_some() || is_column_header(&b.text)))
            .count();
        let under_is_values = rows.get(ri + 1).is_some_and(|next| {
            table_of(next) == table_of(row) && next.iter().all(|b| !is_label(&b.text))
        });
        // A one-column form stacks each label row over its value row.
        let stacked = row.len() == 1
            && under_is_values
            && rows.get(ri + 1).is_some_and(|next| next.len() == 1);
        if labels >= 1
            && (row.len() >= 2 || stacked)
            && (header_words == row.len() || (header_words * 3 >= row.len() * 2 && under_is_values))
        {
            // One row of values, not a list: the row after it is another table, or another
            // header row (bands of label rows over value rows in one table).
            let single_row = match rows.get(ri + 2) {
                None => true,
                Some(after) => {
                    let heads = after
                        .iter()
                        .filter(|b| key_of_cell(&b.text).is_some() || is_column_header(&b.text))
                        .count();
                    table_of(after) != table_of(row)
                        || heads == after.len()
                        || (heads * 3 >= after.len() * 2
                            && after.iter().any(|b| key_of_cell(&b.text).is_some()))
                }
            };
            if (labels == row.len() || (labels * 3 >= row.len() * 2 && under_is_values))
                && single_row
                && let Some(next) = rows.get(ri + 1)
                && next.len() == row.len()
                && table_of(next) == table_of(row)
                && next.iter().all(|b| !is_label(&b.text))
            {
                for ((k, v), label) in keys.iter().zip(next.iter()).zip(row.iter()) {
                    if let Some((key, unit)) = k {
                        let before = out.len();
                        push_value(out, *key, *unit, v, 0);
                        if out.len() > before {
                            mark_guessed(out, label);
                        }
                    }
                }
            }
            continue;
        }
        // Label/value layout: each label is followed by its value.
        let mut i = 0;
        // A group label merged down over sub-labels (申报单位 | 名称 | …, 项目负责人 | 姓名 | …):
        // a sub-label that names no field by itself names one with its group's label; one that
        // does yields to what it names under a group label (合作单位 | 单位名称 | …: a partner).
        if row.len() >= 3 && keys[2].is_none() && (keys[1].is_none() || keys[0].is_some()) {
            let sub = squash(&row[1].text);
            // Only a generic heading word (名称, 姓名: dictionaries/column_headers.txt) or a
            // label, never a value such as a person's name under 项目负责人.
            let short = (1..=8).contains(&sub.chars().count())
                && (is_column_header(&sub) || keys[1].is_some());
            if short
                && let Some((key, unit)) = key_of_cell(&format!("{}{}", squash(&row[0].text), sub))
            {
                push_value(out, key, unit, row[2], 0);
                i = 3;
            }
        }
        // Index in `out` of the value just read, while the next cell may still continue it.
        let mut open_value: Option<usize> = None;
        while i < row.len() {
            // A stack of "label：value" lines in one cell (a layout table's column of fields).
            if let Some(pairs) = labelled_lines_pairs(row[i], doc.format) {
                out.extend(pairs);
                open_value = None;
                i += 1;
                continue;
            }
            // Two fields under one label (项目负责人/手机 | 王五 / 138…).
            if let Some(parts) = compound_label(&row[i].text)
                && let Some(v) = row.get(i + 1)
                && keys[i + 1].is_none()
                && compound_label(&v.text).is_none()
            {
                compound_pairs(out, &parts, v);
                open_value = None;
                i += 2;
                continue;
            }
            // A label over its value in one cell (指南代码 / 211003 beside an index column, no
            // colon), no value cell after it: the row ends, or a label, an empty cell or another
            // such cell follows (cards two a row, a lone one beside an empty cell).
            if let Some((key, unit, value)) = stacked_cells[i]
                && (i + 1 >= row.len()
                    || keys[i + 1].is_some()
                    || whole[i + 1]
                    || row[i + 1].text.trim().is_empty())
            {
                out.push(Pair {
                    key,
                    value: value.to_string(),
                    unit,
                    page: row[i].page,
                    paragraph: row[i].paragraph,
                    rank: 0,
                    guessed: false,
                });
                open_value = None;
                i += 1;
                continue;
            }
            if let Some((key, unit)) = keys[i] {
                open_value = None;
                // A spacer column: the cell right after the label left empty and the value in
                // the one after it, no label of its own (a sheet with a narrow empty column
                // between its labels and values). The value is the one a reader's eye crosses
                // the gap to; the empty cell is no answer.
                let spacer = row.get(i + 1).is_some_and(|b| b.text.trim().is_empty())
                    && keys.get(i + 1).is_some_and(|k| k.is_none())
                    && keys.get(i + 2).is_some_and(|k| k.is_none())
                    && row.get(i + 2).is_some_and(|b| {
                        !b.text.trim().is_empty() && !is_note(b) && !is_label(&b.text)
                    });
                let at = if spacer { i + 2 } else { i + 1 };
                if let Some(v) = row.get(at)
                    && keys[at].is_none()
                {
                    let before = out.len();
                    push_value(out, key, unit, v, 0);
                    if out.len() > before {
                        open_value = Some(before);
                        mark_guessed(out, row[i]);
                        if i == 0
                            && let (Some((t, r, _)), Some((_, _, vc))) =
                                (cell_at(row[0]), cell_at(v))
                        {
                            merged_down = Some((t, r, vc, before));
                        }
                    }
                    i = at + 1;
                    continue;
                }
            } else if is_note(row[i]) {
                open_value = None;
            } else if let Some(k) = open_value.take()
                && !explicit_cells
                && leading_label(&row[i].text).is_none()
                && !row[i].text.trim().is_empty()
            {
                // A cell right after a value with no label of its own is text that ran over the
                // cell's border (a long code in a narrow cell): it continues the value.
                let more = row[i].text.trim();
                let v = &mut out[k].value;
                let joins_word = v.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
                    && more
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                if !joins_word && !v.ends_with(|c: char| !c.is_ascii()) {
                    v.push(' ');
                }
                v.push_str(more);
            } else if let Some((key, unit, rest)) = leading_label(&row[i].text)
                .filter(|(_, _, rest)| !rest.is_empty())
                .or_else(|| cell_label_value(&row[i].text))
            {
                // "项目名称：…" written inside one cell (a label of the lexicon, or by the label
                // model's key words before the cell's colon: 申请市拨（万元）：100).
                out.push(Pair {
                    key,
                    value: rest.trim().to_string(),
                    unit,
                    page: row[i].page,
                    paragraph: row[i].paragraph,
                    rank: 0,
                    guessed: false,
                });
            }
            i += 1;
        }
    }
    if let Some((_, from)) = partner_section {
        settle_partner_section(out, from);
    }
}

/// The pairs of a cell that holds a stack of "label：value" lines, two or more of them (a table
/// used only to set two columns of fields side by side, a contact block: 项目负责人：王五 /
/// 手机：138…): its lines read as lines of text are, each labelled line a pair, a label alone
/// on its line taking the line under it. None for any other cell, and for a cell of notes
/// (说明：1. 项目名称：…).
fn labelled_lines_pairs(b: &Block, format: crate::extract::Format) -> Option<Vec<Pair>> {
    let lines: Vec<&str> = b
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let labelled = lines
        .iter()
        .filter(|l| {
            l.contains(['：', ':'])
                && leading_label(l).is_some_and(|(_, _, v)| !v.trim().is_empty())
        })
        .count();
    if labelled < 2 || lines.first().is_some_and(|l| is_note_line(l)) {
        return None;
    }
    let mut d = Document::new("", format);
    for l in &lines {
        d.push_block(BlockKind::Paragraph, l, b.page);
    }
    let mut pairs = Vec::new();
    line_pairs(&d, &mut pairs);
    pairs.retain_mut(|p| {
        if let std::borrow::Cow::Owned(v) = without_instructions(&p.value) {
            p.value = v;
        }
        p.paragraph = b.paragraph;
        !p.value.trim().is_empty()
    });
    Some(pairs)
}

/// Whether a row across a table is a section's heading (二、合作单位情况, 申报单位信息,
/// 一、项目基本情况: short, ending in 情况 / 信息 / 概况 / 简介) and, if so, the field its
/// subject names once the numbering and that word are taken off (合作单位 → Partner; 项目 →
/// none).
fn section_subject(text: &str) -> Option<Option<Key>> {
    let t = squash(text);
    if t.chars().count() > 16 || t.contains(['：', ':']) {
        return None;
    }
    let t = crate::labels::strip_numbering(&t);
    let subject = ["基本情况", "基本信息", "情况", "信息", "概况", "简介"]
        .iter()
        .find_map(|w| t.strip_suffix(w))?;
    Some(key_of_cell(subject).map(|(k, _)| k))
}

/// The pairs read in a partner section (`out[from..]`): a 单位名称 there is a partner's name,
/// a credit code a partner's; anything else (its 联系人, 联系电话, 单位性质) is the partner's,
/// not the applicant's or the project's, and is dropped.
fn settle_partner_section(out: &mut Vec<Pair>, from: usize) {
    let from = from.min(out.len());
    let read: Vec<Pair> = out.drain(from..).collect();
    for mut p in read {
        p.key = match p.key {
            Key::Applicant | Key::Partner => Key::Partner,
            Key::CreditCode | Key::PartnerCode => Key::PartnerCode,
            _ => continue,
        };
        out.push(p);
    }
}

/// Words that name a table as an example (填表示例, 样表) when its caption starts or ends with
/// one, or when one stands alone in its first row.
const EXAMPLE_WORDS: &[&str] = &[
    "填表示例",
    "填写示例",
    "填报示例",
    "填表样例",
    "填写样例",
    "填写范例",
    "示例",
    "样例",
    "范例",
    "样表",
];

/// Whether a caption or a cell names the table as an example: 填表示例（仅供参考）, 示例：,
/// 项目信息表（样表）, 附：填写样例 — not a line that only mentions one (请参照上表示例填写).
fn names_an_example(text: &str) -> bool {
    let s = crate::text::squash(text);
    let s = s.trim_end_matches(['：', ':']);
    if s.chars().count() > 40 {
        return false;
    }
    // A bracketed note at the end: it may be the marker itself (（示例）) or a remark after it.
    let (head, note) = match s.strip_suffix(['）', ')']).and_then(|x| {
        x.rfind(['（', '(']).map(|i| {
            (
                &x[..i],
                &x[i + x[i..].chars().next().map_or(1, char::len_utf8)..],
            )
        })
    }) {
        Some((h, n)) => (h, n),
        None => (s, ""),
    };
    let head = head
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十、.．附件表：:（）() ".contains(c)
        })
        .trim_end_matches(['：', ':']);
    EXAMPLE_WORDS.contains(&note)
        || EXAMPLE_WORDS
            .iter()
            .any(|w| head.starts_with(w) || head.ends_with(w))
}

/// The tables of a document that are a template's worked example: a caption (the one or two
/// non-empty blocks right before the table) or a first row naming it so.
fn example_tables(doc: &Document) -> std::collections::HashSet<u32> {
    let mut out = std::collections::HashSet::new();
    let mut before: Vec<&str> = Vec::new();
    let mut current: Option<u32> = None;
    // Per table: the non-empty cells of its first row, and whether one names an example (a
    // title row 填表示例 over the table; a column headed 填写示例 beside the values is no title).
    let mut first_row: std::collections::HashMap<u32, (usize, bool)> = Default::default();
    for b in &doc.blocks {
        match b.kind {
            BlockKind::Cell { table, row, .. } => {
                if current != Some(table) {
                    current = Some(table);
                    if before.iter().rev().take(2).any(|t| names_an_example(t)) {
                        out.insert(table);
                    }
                    before.clear();
                }
                if row == 0 && !b.text.trim().is_empty() {
                    let e = first_row.entry(table).or_insert((0usize, false));
                    e.0 += 1;
                    e.1 |= names_an_example(&b.text);
                }
            }
            _ => {
                current = None;
                if !b.text.trim().is_empty() {
                    before.push(&b.text);
                }
            }
        }
    }
    out.extend(
        first_row
            .into_iter()
            .filter(|(_, (n, named))| *n == 1 && *named)
            .map(|(t, _)| t),
    );
    out
}

/// A budget table by year or by source (经费 | 2022年 | 2023年 | 合计, a row per amount): a row
/// whose first cell names an amount (项目总投入, 其中：申请市拨经费) gives the amount in the 合计
/// column of the header row above it, not its first figure. Returns the rows so read.
fn total_column_pairs(rows: &[Vec<&Block>], out: &mut Vec<Pair>) -> Vec<usize> {
    let table_of = |r: &[&Block]| match r[0].kind {
        BlockKind::Cell { table, .. } => Some(table),
        _ => None,
    };
    let mut used = Vec::new();
    for (hi, head) in rows.iter().enumerate() {
        let Some(col) = head
            .iter()
            .position(|b| matches!(squash(&b.text).as_str(), "合计" | "总计"))
        else {
            continue;
        };
        if col < 2 || key_of_cell(&head[0].text).is_some() {
            continue;
        }
        for (ri, r) in rows.iter().enumerate().skip(hi + 1) {
            if table_of(r) != table_of(head) {
                break;
            }
            if r.len() != head.len() {
                continue;
            }
            if let Some((key @ (Key::TotalBudget | Key::Municipal), unit)) = key_of_cell(&r[0].text)
                && parse_money(&r[col].text, unit).is_some()
            {
                push_value(out, key, unit, r[col], 0);
                used.push(ri);
            }
        }
    }
    used
}

/// A budget table by items (预算科目 | 合计 | 市拨经费 | 自筹经费, a row per item) ends in a
/// 合计 row: under each money heading of the header row, that row's cell is the amount
/// (the municipal funding under 市拨经费). Only where the header row names the municipal
/// funding and a later row of the same table and width starts with 合计 or 总计.
fn total_row_pairs(rows: &[Vec<&Block>], out: &mut Vec<Pair>) {
    let table_of = |r: &[&Block]| match r[0].kind {
        BlockKind::Cell { table, .. } => Some(table),
        _ => None,
    };
    for (hi, head) in rows.iter().enumerate() {
        let keys: Vec<Option<(Key, Option<Unit>)>> =
            head.iter().map(|b| key_of_cell(&b.text)).collect();
        if head.len() < 3 || !keys.iter().any(|k| matches!(k, Some((Key::Municipal, _)))) {
            continue;
        }
        let Some(total) = rows[hi + 1..]
            .iter()
            .take_while(|r| table_of(r) == table_of(head))
            .find(|r| {
                r.len() == head.len() && matches!(squash(&r[0].text).as_str(), "合计" | "总计")
            })
        else {
            continue;
        };
        for (k, v) in keys.iter().zip(total.iter()).skip(1) {
            if let Some((key @ (Key::Municipal | Key::TotalBudget), unit)) = k {
                push_value(out, *key, *unit, v, 0);
            }
        }
    }
}

/// "LABEL：value" inside one table cell, the label known by the label model.
/// A cell holding a label on its first line and the value on the lines under it (项目名称 /
/// 顶骨孔…研发): the label's field and unit, and the value. None when the lines together are
/// one label broken over them (项目总投入 / （万元）) or what follows the label is a label too.
fn stacked_cell(text: &str) -> Option<(Key, Option<Unit>, &str)> {
    let (first, rest) = text.trim().split_once('\n')?;
    let rest = rest.trim();
    let (key, unit) = key_of_cell(first.trim())?;
    if rest.is_empty()
        || key_of(&squash(text)).is_some()
        || is_label(rest.lines().next().unwrap_or(""))
        || leading_label(rest).is_some()
    {
        return None;
    }
    Some((key, unit, rest))
}

fn cell_label_value(text: &str) -> Option<(Key, Option<Unit>, &str)> {
    let (head, rest) = text.split_once(['：', ':'])?;
    let rest = rest.trim();
    if rest.is_empty() {
        return None;
    }
    let (key, unit) = key_of_cell(head)?;
    Some((key, unit, rest))
}

/// The values of a label naming several fields: the value split at its slashes when it has as
/// many pieces as the label has fields; else a credit code or a phone taken by its shape, and
/// what is left the one field still without a value (苏州大学（12320000…）).
fn compound_pairs(out: &mut Vec<Pair>, parts: &[(Key, Option<Unit>)], v: &Block) {
    let text = v.text.trim();
    let mut push = |key: Key, unit: Option<Unit>, value: &str| {
        let value = value.trim();
        if !value.is_empty() {
            out.push(Pair {
                key,
                value: value.to_string(),
                unit,
                page: v.page,
                paragraph: v.paragraph,
                rank: 0,
                guessed: false,
            });
        }
    };
    let pieces: Vec<&str> = text
        .split(['/', '／'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() == parts.len() {
        for ((key, unit), piece) in parts.iter().zip(pieces) {
            push(*key, *unit, piece);
        }
        return;
    }
    let mut rest = text.to_string();
    let mut open: Vec<(Key, Option<Unit>)> = Vec::new();
    for (key, unit) in parts {
        let shaped = match key {
            Key::CreditCode => find_credit_code(&rest),
            Key::Phone => find_phone(&rest),
            _ => None,
        };
        match shaped.and_then(|x| rest.find(&x).map(|at| (x, at))) {
            Some((x, at)) => {
                push(*key, *unit, &x);
                rest.replace_range(at..at + x.len(), "");
            }
            None => open.push((*key, *unit)),
        }
    }
    if let [(key, unit)] = open.as_slice() {
        let left = ["（）", "()", "（)", "(）"]
            .iter()
            .fold(rest.clone(), |s, empty| s.replace(empty, ""));
        push(
            *key,
            *unit,
            left.trim_matches(|c: char| c.is_whitespace() || "/／,，;；".contains(c)),
        );
    }
}

/// The pair just pushed for `label` came from the key-word model, not a lexicon phrase.
fn mark_guessed(out: &mut [Pair], label: &Block) {
    if let Some(p) = out.last_mut()
        && key_of(&label.text).is_none()
    {
        p.guessed = true;
    }
}

fn push_value(out: &mut Vec<Pair>, key: Key, unit: Option<Unit>, v: &Block, rank: u8) {
    let value = v.text.trim();
    // An empty cell is no value, except for the zone: its row left empty answers "in no zone".
    if value.is_empty() && key != Key::Zone {
        return;
    }
    out.push(Pair {
        key,
        value: value.to_string(),
        unit,
        page: v.page,
        paragraph: v.paragraph,
        rank,
        guessed: false,
    });
}

fn line_pairs(doc: &Document, out: &mut Vec<Pair>) {
    let blocks: Vec<&Block> = doc
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Cell { .. }))
        .collect();
    let stacked = stacked_pages(&blocks);
    for (i, b) in blocks.iter().enumerate() {
        // A line of labels only over a line of as many values: a table whose ruling lines
        // were not drawn ("项目名称  指南代码" / "XXX研发  210101").
        if let Some(header) = header_line(&b.text)
            && let Some(next) = blocks.get(i + 1)
            && next.page == b.page
            && header_line(&next.text).is_none()
        {
            let values: Vec<&str> = next.text.split_whitespace().collect();
            if values.len() == header.len() {
                for ((key, unit), v) in header.iter().zip(values) {
                    out.push(Pair {
                        key: *key,
                        value: v.to_string(),
                        unit: *unit,
                        page: next.page,
                        paragraph: next.paragraph,
                        rank: 1,
                        guessed: false,
                    });
                }
            }
            continue;
        }
        // An unruled table centres a label against a value that wraps: the value's first line
        // stands above the label's line and its last below, the label's own line empty there
        // ("宝康灵…观察" / "项目名称：  指南代码：211001" / "研发"). With exactly one empty
        // label on the line and label-free lines right above and below, the value is both.
        // Worked out only when a label with nothing after it asks for it (most lines are prose).
        let straddling = || {
            // Only lines of a page laid out (a PDF, a scan, text placed on a Word page) wrap: a
            // paragraph of a flowing document (a DOCX or HTML paragraph, a div) is the writer's,
            // and the one above a bare label is a title or another field's, never half a value.
            if b.page.is_none() || i == 0 || b.text.lines().count() != 1 {
                return None;
            }
            let empty_labels = b
                .text
                .lines()
                .flat_map(split_segments)
                .filter(|seg| leading_label(seg).is_some_and(|(_, _, rest)| rest.is_empty()))
                .count();
            // The line above is not the value of a label above it (label / value / label /
            // value stacked down the page).
            let above_owned = i >= 2 && {
                let before = blocks[i - 2];
                before.page == b.page
                    && (is_label(before.text.trim())
                        || split_segments(before.text.lines().last().unwrap_or(""))
                            .last()
                            .and_then(|seg| leading_label(seg))
                            .is_some_and(|(_, _, rest)| rest.is_empty()))
            };
            if empty_labels != 1 || above_owned || stacked.iter().any(|(p, _)| *p == b.page) {
                return None;
            }
            orphan_line(blocks.get(i - 1).copied(), b.page)
                .zip(orphan_line(blocks.get(i + 1).copied(), b.page))
        };
        let straddle = std::cell::OnceCell::new();
        // A label that wraps around its value in an unruled table: "项目总投入（万" / "250" /
        // "元）" — the label's bracket opens on the line above the value and closes below it.
        if let (Some(value), Some(close)) = (
            orphan_line(blocks.get(i + 1).copied(), b.page),
            blocks.get(i + 2).filter(|x| x.page == b.page),
        ) && b.text.lines().count() == 1
            && b.text.matches(['（', '(']).count() > b.text.matches(['）', ')']).count()
            && close.text.trim().chars().count() <= 6
            && close.text.trim().ends_with(['）', ')'])
            && let Some((key, unit)) = key_of(&format!("{}{}", b.text.trim(), close.text.trim()))
        {
            out.push(Pair {
                key,
                value: strip_fill(value),
                unit,
                page: b.page,
                paragraph: b.paragraph,
                rank: 1,
                guessed: false,
            });
            continue;
        }
        for line in b.text.lines() {
            // Several pairs on one line are separated by runs of spaces or tabs:
            // "项目负责人：王晓明    联系电话：139…".
            for seg in split_segments(line) {
                // A row of two cells that came out as one line ("申请市级财政资助（万元）\t80",
                // a table read by OCR): a first cell the label model reads as a label, its
                // value the second.
                let cell = || {
                    let (head, value) = seg.split_once('\t')?;
                    let value = value.trim();
                    if value.is_empty() || value.contains('\t') {
                        return None;
                    }
                    let (key, unit) = key_of_cell(head.trim())?;
                    (!is_label(value) && leading_label(value).is_none())
                        .then_some((key, unit, value))
                };
                let Some((key, unit, rest)) = leading_label(seg).or_else(cell) else {
                    continue;
                };
                // A "value" that is itself a label is the next column's header, not a value.
                if !rest.is_empty() && is_label(rest.split_whitespace().next().unwrap_or("")) {
                    continue;
                }
                // The value on the label's own line, or the wrapped one around it.
                let here = if !rest.is_empty() {
                    Some(strip_fill(rest))
                } else {
                    straddle.get_or_init(straddling).map(|(above, below)| {
                        let joins_word = above.ends_with(|c: char| c.is_ascii_alphanumeric())
                            && below.starts_with(|c: char| c.is_ascii_alphanumeric());
                        strip_fill(&format!(
                            "{above}{}{below}",
                            if joins_word { " " } else { "" }
                        ))
                    })
                };
                if let Some(value) = here {
                    if !value.is_empty() {
                        out.push(Pair {
                            key,
                            value,
                            unit,
                            page: b.page,
                            paragraph: b.paragraph,
                            rank: 1,
                            guessed: false,
                        });
                    }
                } else if b.text.lines().count() == 1
                    && let Some(next) = blocks.get(i + 1)
                    && next.page == b.page
                    && !is_label(next.text.lines().next().unwrap_or(""))
                    && leading_label(&next.text).is_none()
                    && !is_note_line(&next.text)
                    && next.text.chars().count() <= 80
                {
                    let value = strip_fill(&stacked_value(&blocks, i + 1, &stacked));
                    if !value.is_empty() {
                        out.push(Pair {
                            key,
                            value,
                            unit,
                            page: next.page,
                            paragraph: next.paragraph,
                            rank: 2,
                            guessed: false,
                        });
                    }
                } else if let Some(above) = org_value_above(&blocks, i, key) {
                    out.push(Pair {
                        key,
                        value: strip_fill(above),
                        unit,
                        page: b.page,
                        paragraph: b.paragraph,
                        rank: 2,
                        guessed: false,
                    });
                }
            }
        }
    }
}

/// Pages laid out label above value (a phone's form, a stacked form): on each, most labels
/// stand alone on their line (at least four, more than twice those with a value beside them),
/// with the width of the page's widest line (Latin letters and digits counted half). There a
/// bare label's value is the line below it, never lines around it.
fn stacked_pages(blocks: &[&Block]) -> Vec<(Option<u32>, f32)> {
    let mut pages: Vec<(Option<u32>, usize, usize, f32)> = Vec::new();
    for b in blocks {
        let Some(at) = pages.iter().position(|p| p.0 == b.page).or_else(|| {
            pages.push((b.page, 0, 0, 0.0));
            Some(pages.len() - 1)
        }) else {
            continue;
        };
        for line in b.text.lines() {
            let segs = split_segments(line);
            for seg in &segs {
                match leading_label(seg) {
                    Some((_, _, rest)) if rest.trim().is_empty() && segs.len() == 1 => {
                        pages[at].1 += 1
                    }
                    Some((_, _, rest)) if !rest.trim().is_empty() => pages[at].2 += 1,
                    _ => {}
                }
            }
            pages[at].3 = pages[at].3.max(line_width(line));
        }
    }
    pages
        .into_iter()
        .filter(|&(page, bare, valued, _)| page.is_some() && bare >= 4 && bare > 2 * valued)
        .map(|(page, _, _, widest)| (page, widest))
        .collect()
}

/// A line's width in Han characters (Latin letters, digits and spaces count half).
fn line_width(line: &str) -> f32 {
    line.trim()
        .chars()
        .map(|c| if (c as u32) < 0x2E80 { 0.5 } else { 1.0 })
        .sum()
}

/// The value on the line `at` below a bare label; on a stacked page, with the lines it wraps
/// onto: while a line fills the page's width (nine tenths of its widest line), the label-free
/// line after it goes on with the value.
fn stacked_value(blocks: &[&Block], at: usize, stacked: &[(Option<u32>, f32)]) -> String {
    let mut value = blocks[at].text.trim().to_string();
    let Some(&(page, widest)) = stacked.iter().find(|(p, _)| *p == blocks[at].page) else {
        return value;
    };
    let mut last = at;
    while line_width(&blocks[last].text) >= 0.9 * widest
        && let Some(more) = orphan_line(blocks.get(last + 1).copied(), page)
    {
        let joins_word = value.ends_with(|c: char| c.is_ascii_alphanumeric())
            && more.starts_with(|c: char| c.is_ascii_alphanumeric());
        value.push_str(if joins_word { " " } else { "" });
        value.push_str(more);
        last += 1;
    }
    value
}

/// The value of an organisation's label (partner, applicant) printed on the line above it: a
/// form whose value box is taller than its label's line and top-aligned (a web form's text
/// area). Only an organisation's name (it ends as one) on a label-free line of the same page,
/// between a complete pair above it and the empty label — in a form, not under a cover's title.
fn org_value_above<'a>(blocks: &[&'a Block], i: usize, key: Key) -> Option<&'a str> {
    if !matches!(key, Key::Partner | Key::Applicant) || i < 2 {
        return None;
    }
    let page = blocks[i].page;
    let above = orphan_line(Some(blocks[i - 1]), page)?;
    let name = squash(above);
    let org = crate::segment::org_suffixes()
        .iter()
        .any(|s| name.ends_with(s) && name.chars().count() > s.chars().count() + 1);
    let pair_before = blocks[i - 2].page == page
        && split_segments(blocks[i - 2].text.lines().last().unwrap_or(""))
            .last()
            .and_then(|seg| leading_label(seg))
            .is_some_and(|(_, _, rest)| !rest.trim().is_empty());
    (org && pair_before).then_some(above)
}

/// A line of `page` with no label anywhere in it, short enough to be a piece of a value: not a
/// heading (a table's title) and not a note (注：…, 说明…, 填表说明).
fn orphan_line(x: Option<&Block>, page: Option<u32>) -> Option<&str> {
    x.filter(|x| {
        x.page == page
            && matches!(x.kind, BlockKind::Paragraph)
            && !is_note_line(&x.text)
            && x.text.lines().count() == 1
            && x.text.chars().count() <= 40
            && split_segments(&x.text)
                .iter()
                .all(|seg| leading_label(seg).is_none() && !is_label(seg))
            && header_line(&x.text).is_none()
    })
    .map(|x| x.text.trim())
}

/// A form's note or instruction line (注：…, 说明…, 填表说明), never a field's value.
fn is_note_line(text: &str) -> bool {
    ["注", "说明", "备注", "填表", "填写"]
        .iter()
        .any(|n| text.trim_start().starts_with(n))
}

/// A line made only of two or more labels separated by whitespace: the header row of a table
/// whose rules were not drawn, each piece a cell's label, read as table cells are (the label
/// model's key words included: 申请市级经费（万元）).
fn header_line(text: &str) -> Option<Vec<(Key, Option<Unit>)>> {
    if text.lines().count() != 1 {
        return None;
    }
    let keys: Vec<(Key, Option<Unit>)> = text
        .split_whitespace()
        .map(key_of_cell)
        .collect::<Option<Vec<_>>>()?;
    (keys.len() >= 2).then_some(keys)
}

/// Underscores and the like that forms use as blanks to write on.
fn strip_fill(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '_' || c == '＿')
        .to_string()
}

fn split_segments(line: &str) -> Vec<&str> {
    let mut segs = Vec::new();
    let mut start = 0;
    let mut run = 0;
    let mut run_start = 0;
    // Whether the segment from `start` is a label and its colon (a pair whose value runs on).
    let paired = |from: &str| {
        from.contains(['：', ':']) && leading_label(from).is_some_and(|(_, _, v)| !v.is_empty())
    };
    let mut in_pair = paired(line);
    let mut prev = None;
    // Whether the segment from `start` has passed its colon (is in its value), and its opening
    // brackets less its closing ones: kept as the line is read, so a long line costs no more
    // than its length.
    let mut past_colon = false;
    let mut depth = 0i64;
    for (i, c) in line.char_indices() {
        if c == '\t' || c == '\u{3000}' || c == ' ' {
            if run == 0 {
                run_start = i;
            }
            run += if c == ' ' { 1 } else { 2 };
        } else {
            // Two or more spaces (or a tab) then a label: a new segment.
            if run >= 2 && start < run_start && leading_label(&line[i..]).is_some() {
                segs.push(&line[start..run_start]);
                start = i;
                (past_colon, depth) = (false, 0);
                in_pair = paired(&line[i..]);
            } else if run == 0
                && in_pair
                && past_colon
                && prev.is_some_and(|p: char| !matches!(p, '：' | ':'))
                && depth == 0
                && glued_label(&line[i..])
            {
                // A label and its colon set flush after a pair's value: lines a converter
                // ran together (项目名称：…研发申报单位（盖章）：…, a PDF turned into Word).
                // Only in the value, past the pair's own colon: the tail of a label is no
                // label glued on (合作单位名称： is not 合作 + 单位名称：).
                segs.push(&line[start..i]);
                start = i;
                (past_colon, depth) = (false, 0);
            }
            run = 0;
        }
        match c {
            '：' | ':' => past_colon = true,
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        prev = Some(c);
    }
    segs.push(&line[start..]);
    segs
}

/// Whether `rest` opens with a label of the lexicon and its colon (申报单位（盖章）：). The caller
/// asks only right after a pair's text with its brackets closed, so a note inside a value
/// (（联系人：…）) is not taken for the next pair.
fn glued_label(rest: &str) -> bool {
    if !rest.starts_with(|c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
        return false;
    }
    let Some((at, _)) = rest
        .char_indices()
        .take(20)
        .find(|(_, c)| matches!(c, '：' | ':'))
    else {
        return false;
    };
    let head = &rest[..at];
    !head.contains(char::is_whitespace) && key_of(head).is_some()
}

// ---------------------------------------------------------------------------------------------
// Value parsing

/// A money amount in 万元. `unit` is the label's unit; the value's own unit wins. Without any
/// unit the form's convention is 万元; an amount of 100,000 or more without a unit can only be
/// 元 (no application asks for a billion).
pub fn parse_money(value: &str, unit: Option<Unit>) -> Option<f64> {
    // Two figures side by side (45 30: an old amount and a new one) are no amount: only a
    // thousands group (1 500 000) may follow a space.
    static SIDE_BY_SIDE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let side = SIDE_BY_SIDE.get_or_init(|| regex::Regex::new(r"\d\s+(\d+)").expect("valid"));
    let folded: String = value.chars().map(fold_width).collect();
    if side.captures_iter(&folded).any(|c| c[1].len() != 3) {
        return None;
    }
    let v: String = value
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，' && *c != '¥' && *c != '￥')
        .collect();
    if v.is_empty() {
        return None;
    }
    if let Some(x) = parse_daxie(&v) {
        return Some(x / 10_000.0);
    }
    // The first number, with its unit if one follows.
    let re = regex_money();
    let caps = re.captures(&v)?;
    // A whole number written with a leading zero (00, 030) is no amount anyone writes: a
    // misread (OCR's 00 for 60), left unread rather than taken as 0 or 30.
    let digits = caps.get(1)?.as_str();
    if digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.") {
        return None;
    }
    let num: f64 = digits.parse().ok()?;
    let after = caps.get(2).map(|m| m.as_str()).unwrap_or("");
    Some(match Unit::named_in(after).or(unit) {
        Some(u) => num * u.in_wan(),
        None if num >= 100_000.0 => num / 10_000.0,
        None => num,
    })
}

fn regex_money() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(\d+(?:\.\d+)?)(亿元|亿|百万元|万元|万|千元|元)?").expect("valid")
    })
}

/// 大写 amounts in 元: 壹佰万元整, 伍拾万元, 壹仟贰佰叁拾肆万伍仟元.
fn parse_daxie(s: &str) -> Option<f64> {
    let digit = |c: char| {
        "零壹贰叁肆伍陆柒捌玖"
            .chars()
            .position(|d| d == c)
            .or_else(|| "〇一二三四五六七八九".chars().position(|d| d == c))
            .or(if c == '两' { Some(2) } else { None })
    };
    let s = s.trim_end_matches('整').trim_end_matches('正');
    let s = s.strip_suffix("元").or_else(|| s.strip_suffix("圆"))?;
    if !s
        .chars()
        .all(|c| digit(c).is_some() || "拾佰仟万亿十百千".contains(c))
    {
        return None;
    }
    let mut total = 0.0;
    let mut section = 0.0;
    let mut num = 0.0;
    let mut any = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            num = d as f64;
            any = true;
            continue;
        }
        let mult = match c {
            '拾' | '十' => 10.0,
            '佰' | '百' => 100.0,
            '仟' | '千' => 1000.0,
            '万' => {
                section += num;
                total += section * 10_000.0;
                section = 0.0;
                num = 0.0;
                continue;
            }
            '亿' => {
                section += num;
                total = (total + section) * 100_000_000.0;
                section = 0.0;
                num = 0.0;
                continue;
            }
            _ => return None,
        };
        if num == 0.0 && mult == 10.0 {
            num = 1.0; // 拾万 = 100,000
        }
        section += num * mult;
        num = 0.0;
        any = true;
    }
    if !any {
        return None;
    }
    Some(total + section + num)
}

/// Year and month, as "YYYY-MM".
fn ym(y: u32, m: u32) -> Option<String> {
    ((1990..=2100).contains(&y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"))
}

fn date_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"((?:19|20)\d{2})\s*(?:年|\.|-|/|—)\s*(\d{1,2})(?:\s*(?:月|\.|-|/)\s*(\d{1,2})(?:\s*日|[^\d]|$))?\s*月?")
            .expect("valid")
    })
}

/// A small number written in Chinese numerals (七, 十二, 二十一, 三十); None for anything else.
fn hanzi_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as u32)
    };
    let c: Vec<char> = s.chars().collect();
    match c.as_slice() {
        ['十'] => Some(10),
        ['两'] => Some(2),
        [d] => digit(*d),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// Dates written in Chinese numerals (二〇二二年七月一日, 二〇二五年六月) rewritten with digits,
/// so the date reader sees 2022年7月1日; other text stays as it is.
fn with_digit_dates(v: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?")
            .expect("valid")
    });
    if !re.is_match(v) {
        return std::borrow::Cow::Borrowed(v);
    }
    re.replace_all(v, |c: &regex::Captures| {
        let year: Option<String> = c[1]
            .chars()
            .map(|ch| match ch {
                '〇' | '○' | '零' => Some('0'),
                _ => "〇一二三四五六七八九"
                    .chars()
                    .position(|d| d == ch)
                    .and_then(|d| char::from_digit(d as u32, 10)),
            })
            .collect();
        let month = hanzi_number(&c[2]);
        let day = c.get(3).map(|d| hanzi_number(d.as_str()));
        match (year, month, day) {
            (Some(y), Some(m), None) => format!("{y}年{m}月"),
            (Some(y), Some(m), Some(Some(d))) => format!("{y}年{m}月{d}日"),
            _ => c[0].to_string(),
        }
    })
}

/// Dates written compactly or casually rewritten as the date reader reads them: a run of
/// exactly eight or six digits that is a valid date (20220701 → 2022年7月1日, 202207 →
/// 2022年7月, as systems export them), 元月 for the first month, and a two-digit year before
/// a month (22年7月 → 2022年7月). Other text stays as it is.
fn with_written_out_dates(v: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(^|[^0-9A-Za-z.])(?:((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?|(\d{2})\s*年\s*(\d{1,2})\s*月)($|[^0-9A-Za-z.])")
            .expect("valid")
    });
    let v: std::borrow::Cow<'_, str> = if v.contains("年元月") {
        std::borrow::Cow::Owned(v.replace("年元月", "年1月"))
    } else {
        std::borrow::Cow::Borrowed(v)
    };
    if !re.is_match(&v) {
        return v;
    }
    // Adjacent matches share no character, so each date is rewritten on its own pass.
    let mut out = v.into_owned();
    for _ in 0..4 {
        let next = re
            .replace(&out, |c: &regex::Captures| {
                let (before, after) = (&c[1], &c[7]);
                match (c.get(2), c.get(5)) {
                    (Some(y), _) => {
                        let m: u32 = c[3].parse().unwrap_or(0);
                        match c.get(4) {
                            Some(d) => format!(
                                "{before}{}年{m}月{}日{after}",
                                y.as_str(),
                                d.as_str().parse::<u32>().unwrap_or(0)
                            ),
                            None => format!("{before}{}年{m}月{after}", y.as_str()),
                        }
                    }
                    (None, Some(yy)) => format!("{before}20{}年{}月{after}", yy.as_str(), &c[6]),
                    _ => c[0].to_string(),
                }
            })
            .into_owned();
        if next == out {
            break;
        }
        out = next;
    }
    std::borrow::Cow::Owned(out)
}

/// Dates in a value, in order, as "YYYY-MM".
pub fn dates(value: &str) -> Vec<String> {
    let value = with_digit_dates(value);
    let folded: String = value.chars().map(fold_width).collect();
    let v = with_written_out_dates(&folded);
    date_re()
        .captures_iter(&v)
        .filter_map(|c| ym(c[1].parse().ok()?, c[2].parse().ok()?))
        .collect()
}

/// A period: two dates, or a start and a length in months or years.
pub fn parse_period(value: &str) -> (Option<String>, Option<String>) {
    let d = dates(value);
    match d.len() {
        0 => (None, None),
        1 => {
            let start = d[0].clone();
            let end = months_in(value).and_then(|m| add_months(&start, m as i32 - 1));
            (Some(start), end)
        }
        _ => (Some(d[0].clone()), Some(d[1].clone())),
    }
}

/// "36个月", "3年", "三十六个月", "两年", "一年半" → months.
pub fn months_in(value: &str) -> Option<u32> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?:共|为|期|计|^|\s|，|,)\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个月|月|年)(半)?")
            .expect("valid")
    });
    let v: String = value.chars().map(fold_width).collect();
    let c = re.captures(&v)?;
    let n: u32 = c[1].parse().ok().or_else(|| hanzi_number(&c[1]))?;
    Some(match (&c[2], c.get(3).is_some()) {
        ("年", true) => n * 12 + 6,
        ("年", false) => n * 12,
        _ => n,
    })
}

/// A pair's duration in months: "36个月", "3年", or a bare number under a label whose note
/// says months (实施周期（月）: 30). A negative number there (−22: an end typed before the
/// start, the form working out the months) is read as written: the period it gives is
/// reversed, which P003 reports with the number as its evidence.
fn duration_months(p: &Pair) -> Option<i32> {
    months_in(&p.value).map(|m| m as i32).or_else(|| {
        let v: String = p
            .value
            .chars()
            .map(fold_width)
            .filter(|c| !c.is_whitespace())
            .collect();
        let (sign, digits) = match v.strip_prefix(['-', '−']) {
            Some(d) => (-1, d),
            None => (1, v.as_str()),
        };
        let n: i32 = digits.parse().ok()?;
        (p.key == Key::Months && (1..=120).contains(&n)).then_some(sign * n)
    })
}

/// `start` ("YYYY-MM") plus `n` months.
pub fn add_months(start: &str, n: i32) -> Option<String> {
    let (y, m) = split_ym(start)?;
    let idx = y as i32 * 12 + (m as i32 - 1) + n;
    ym((idx / 12) as u32, (idx % 12 + 1) as u32)
}

pub fn split_ym(s: &str) -> Option<(u32, u32)> {
    let (y, m) = s.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// Months from start to end inclusive: 2022-07 to 2025-06 is 36.
pub fn months_between(start: &str, end: &str) -> Option<i64> {
    let (ys, ms) = split_ym(start)?;
    let (ye, me) = split_ym(end)?;
    Some((ye as i64 * 12 + me as i64) - (ys as i64 * 12 + ms as i64) + 1)
}

pub use crate::text::{CREDIT_ALPHABET, CREDIT_WEIGHTS, credit_code_checks};

/// A credit code as OCR read it, put right when one reading of its misread characters checks:
/// the look-alikes the code never uses (O → 0, I → 1, Z → 2, S → 5, V → W, U or Y), a W read as VV, a J read
/// as a bracket (] or 】, Tesseract's usual misreading at a line's end), or stray characters of
/// no code (a V, an I …) dropped. Only a single candidate that passes the check character is
/// taken (a wrong one passes 1 time in 31); otherwise None.
pub fn repair_ocr_credit_code(read: &str) -> Option<String> {
    let bracket_j = read.contains([']', '】']);
    let t: String = read
        .chars()
        .map(fold_width)
        .map(|c| {
            if bracket_j && (c == ']' || c == '】') {
                'J'
            } else {
                c
            }
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    if t.len() < 17 || t.len() > 21 {
        return None;
    }
    if credit_code_checks(&t) {
        return bracket_j.then_some(t);
    }
    let look = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                'O' => '0',
                'I' => '1',
                'Z' => '2',
                'S' => '5',
                c => c,
            })
            .collect()
    };
    let strays =
        |s: &str| -> String { s.chars().filter(|c| CREDIT_ALPHABET.contains(*c)).collect() };
    let mut cands: Vec<String> = vec![
        look(&t),
        t.replace("VV", "W"),
        look(&t.replace("VV", "W")),
        strays(&t),
        strays(&t.replace("VV", "W")),
    ];
    // A V the code never uses is a W, U or Y misread (at most two of them, every reading).
    for base in [look(&t), look(&t.replace("VV", "W"))] {
        let vs: Vec<usize> = base.match_indices('V').map(|(i, _)| i).collect();
        if (1..=2).contains(&vs.len()) {
            let mut readings = vec![base.clone().into_bytes()];
            for &i in &vs {
                readings = readings
                    .into_iter()
                    .flat_map(|r| {
                        [b'W', b'U', b'Y'].map(|c| {
                            let mut r = r.clone();
                            r[i] = c;
                            r
                        })
                    })
                    .collect();
            }
            cands.extend(
                readings
                    .into_iter()
                    .filter_map(|r| String::from_utf8(r).ok()),
            );
        }
    }
    cands.sort();
    cands.dedup();
    let ok: Vec<String> = cands
        .into_iter()
        .filter(|c| credit_code_checks(c))
        .collect();
    (ok.len() == 1).then(|| ok[0].clone())
}

/// An OCR-read credit code of 18 characters with the letters the code's alphabet never holds
/// (O, I, Z, S) read as the digits they look like (0, 1, 2, 5): no reading of them is a code,
/// so the change cannot make a right code wrong. Anything else is left as read.
fn look_alike_digits(code: &str) -> String {
    if code.chars().count() != 18 {
        return code.to_string();
    }
    code.chars()
        .map(|c| match c {
            'O' => '0',
            'I' => '1',
            'Z' => '2',
            'S' => '5',
            c => c,
        })
        .collect()
}

/// A 统一社会信用代码 in a value: 18 characters of the code's alphabet, spaces removed.
pub fn find_credit_code(value: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[0-9A-Z]{18}").expect("valid"));
    let v: String = value
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    re.find(&v).map(|m| m.as_str().to_string()).or_else(|| {
        // Keep what was written when it is code-like but not 18 long, so E001 can quote it.
        let t: String = v.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        (t.len() >= 8 && t.len() == v.chars().count()).then_some(t)
    })
}

pub fn find_guide_code(value: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re =
        RE.get_or_init(|| regex::Regex::new(r"(?:^|[^0-9])(\d{6})(?:[^0-9]|$)").expect("valid"));
    let v: String = value
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    re.captures(&v).map(|c| c[1].to_string())
}

pub fn find_phone(value: &str) -> Option<String> {
    // A mobile number written in groups (184-5120-7264, 184 5120 7264) is the number.
    static GROUPED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let grouped = GROUPED.get_or_init(|| {
        regex::Regex::new(r"(?:^|\D)(1[3-9]\d)[-－ ](\d{4})[-－ ](\d{4})(?:\D|$)").expect("valid")
    });
    let folded: String = value.chars().map(fold_width).collect();
    if let Some(c) = grouped.captures(&folded) {
        return Some(format!("{}{}{}", &c[1], &c[2], &c[3]));
    }
    // A number stands alone: eleven digits out of a run of twelve (a digit OCR doubled) are not
    // the number — such a run is kept as read, for a person to see that it is not one.
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|\D)(?:86-?)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,5})?|\d{7,8})(?:\D|$)|(?:^|\D)([01]\d{8,12})(?:\D|$)",
        )
        .expect("valid")
    });
    let v: String = value
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    let found: Vec<regex::Captures> = re.captures_iter(&v).collect();
    found
        .iter()
        .find_map(|c| c.get(1))
        .or_else(|| found.iter().find_map(|c| c.get(2)))
        .map(|m| m.as_str().to_string())
}

/// How the names of zones end (吴中高新区, 苏州工业园区, 浒墅关经济开发区, 太湖新城板块): a value of
/// an area's label that ends so names a zone, not an address.
const ZONE_ENDINGS: [&str; 6] = ["高新区", "园区", "开发区", "板块", "功能区", "片区"];

/// Placeholders that mean "nothing written".
/// A value cell that holds no value: empty, a dash or 无, or the form's own instruction or
/// placeholder (请填写…, （系统生成，无需填写）, XXX).
fn is_blank(v: &str) -> bool {
    let s = squash(v);
    let inner = s.trim_matches(|c| matches!(c, '（' | '）' | '(' | ')' | '[' | ']' | '【' | '】'));
    let instruction = [
        "请填写",
        "请输入",
        "请选择",
        "请勾选",
        "无需填写",
        "系统生成",
        "自动生成",
        "此处填写",
        "填写说明",
        // Word's prompts in a content control nobody filled (单击或点击此处输入文字。,
        // 单击或点击以输入日期。, 选择一项。, Click or tap here to enter text.).
        "此处输入",
        "以输入日期",
        "选择一项",
    ]
    .iter()
    .any(|w| inner.contains(w))
        || {
            let lower = inner.to_ascii_lowercase();
            ["clickortap", "clickhere", "tapheretoenter", "chooseanitem"]
                .iter()
                .any(|w| lower.contains(w))
        };
    let placeholder = !inner.is_empty()
        && inner.chars().all(|c| {
            matches!(
                c,
                'X' | 'x' | '×' | '*' | '＊' | '某' | '…' | '.' | '_' | '/' | '／'
            )
        });
    // A form's blank for a seal, a signature or a date: an unfilled date (年 月 日), or another
    // label and its colon over nothing or over one (日期：  年  月  日, 签字：), as a signing line
    // reads after its own label (申报单位（盖章）： … 日期： 年 月 日).
    let unfilled_date = |x: &str| matches!(x, "" | "年月日" | "年月");
    let signing_blank = (!s.is_empty() && unfilled_date(&s))
        || s.split_once(['：', ':']).is_some_and(|(label, rest)| {
            (1..=8).contains(&label.chars().count())
                && label
                    .chars()
                    .all(|c| crate::text::is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
                && unfilled_date(rest)
        });
    instruction
        || placeholder
        || signing_blank
        || s.is_empty()
        || [
            "无",
            "/",
            "／",
            "-",
            "—",
            "——",
            "暂无",
            "不适用",
            "否",
            "N/A",
            "n/a",
        ]
        .contains(&s.as_str())
}

/// A lone character where a name or 无 is asked for (a partner, a zone): no unit's or zone's
/// name is one character long, so it is the answer 无 as written or as OCR misread it (天, 尤,
/// 东, 而 …, and a digit or letter: 无 read as 5 on a grey scan).
fn is_misread_none(value: &str) -> bool {
    let s = squash(value);
    let mut cs = s.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if crate::text::is_han(c) || c.is_alphanumeric())
}

/// Where a field's value was read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Source {
    pub document: String,
    pub page: Option<u32>,
    pub paragraph: u32,
    /// The raw value as written.
    pub raw: String,
}

/// Fields plus where each came from and the raw values per document (for T007 and evidence).
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub fields: Fields,
    pub sources: std::collections::HashMap<&'static str, Source>,
    /// Project names as each document writes them (document, page, paragraph, name).
    pub names: Vec<(String, Option<u32>, u32, String)>,
    /// 企业资质 as declared.
    pub status: Option<String>,
    pub address: Option<String>,
    pub partner_codes: Vec<String>,
    /// The codes written under a label naming the guide direction without saying it is the
    /// code (申报指南方向, 所属领域: `Key::Direction`), best source first, with where each stands:
    /// the guide code when no code label answered and the code is the call's
    /// ([`package_fields_for_call`]).
    pub direction_codes: Vec<(String, Source)>,
}

/// Read the fields from a package's parts, best source first: `spans` (a document and a block
/// range: one part) come ordered by preference (information table, cover, application,
/// others), and within a part table cells beat labelled lines beat label-then-line. Project
/// names are kept per part, for T007.
pub fn extract_fields(spans: &[(&Document, std::ops::Range<usize>)]) -> Extracted {
    extract_fields_with(spans, &[])
}

/// [`extract_fields`], with more typed documents (`also_typed`: parts no field is read from, a
/// certificate, a labour contract) where an OCR-read name may find its typed twin.
fn extract_fields_with(
    spans: &[(&Document, std::ops::Range<usize>)],
    also_typed: &[&Document],
) -> Extracted {
    let mut ex = Extracted::default();
    let mut all: Vec<(usize, Pair)> = Vec::new();
    let mut cache: Vec<(*const Document, Vec<Pair>)> = Vec::new();
    for (di, (d, range)) in spans.iter().enumerate() {
        let key = *d as *const Document;
        if !cache.iter().any(|(k, _)| *k == key) {
            cache.push((key, pairs(d)));
        }
        let doc_pairs = cache
            .iter()
            .find(|(k, _)| *k == key)
            .map(|c| c.1.as_slice())
            .unwrap_or(&[]);
        for p in doc_pairs {
            if range.contains(&(p.paragraph as usize - 1)) {
                all.push((di, p.clone()));
            }
        }
    }
    let docs: Vec<&Document> = spans.iter().map(|(d, _)| *d).collect();
    // Stable: preferred document, then rank, then a lexicon label before a guessed one, then
    // order in the document.
    all.sort_by_key(|(di, p)| (*di, p.rank, p.guessed));
    let src = |di: usize, p: &Pair| Source {
        document: docs[di].path.clone(),
        page: p.page,
        paragraph: p.paragraph,
        raw: p.value.clone(),
    };
    let first = |key: Key| {
        all.iter()
            .find(|(_, p)| p.key == key && !is_blank(&p.value))
    };
    let f = &mut ex.fields;

    // Project names from every document (T007), the first as the field.
    let mut seen_docs = Vec::new();
    for (di, p) in all.iter().filter(|(_, p)| p.key == Key::ProjectName) {
        if seen_docs.contains(di) {
            continue;
        }
        seen_docs.push(*di);
        ex.names.push((
            docs[*di].path.clone(),
            p.page,
            p.paragraph,
            crate::text::one_line(&p.value),
        ));
    }
    // A name is one line: a cell that holds it over two (Enter or Shift+Enter where the hand
    // wrapped it, a narrow cell's wrap) gives it joined.
    if let Some((di, p)) = first(Key::ProjectName) {
        f.project_name = Some(crate::text::one_line(&p.value));
        ex.sources.insert("project_name", src(*di, p));
    }
    if let Some((di, p)) = all
        .iter()
        .find(|(_, p)| p.key == Key::GuideCode && find_guide_code(&p.value).is_some())
        .or_else(|| first(Key::GuideCode))
    {
        f.guide_code = Some(find_guide_code(&p.value).unwrap_or_else(|| squash(&p.value)));
        ex.sources.insert("guide_code", src(*di, p));
    }
    ex.direction_codes = all
        .iter()
        .filter(|(_, p)| p.key == Key::Direction)
        .filter_map(|(di, p)| Some((find_guide_code(&p.value)?, src(*di, p))))
        .collect();
    if let Some((di, p)) = first(Key::Applicant) {
        let name = clean_org(&p.value);
        if !name.is_empty() {
            f.applicant = Some(name);
            ex.sources.insert("applicant", src(*di, p));
        }
    }
    if let Some((di, p)) = first(Key::CreditCode) {
        // Read by OCR: a misreading the check character can put right is put right; failing
        // that, the letters the code never uses are the digits they look like (O read for 0).
        let ocr = docs[*di].page_is_ocr(p.page);
        f.credit_code = ocr
            .then(|| repair_ocr_credit_code(&p.value))
            .flatten()
            .or_else(|| {
                find_credit_code(&p.value).map(|c| if ocr { look_alike_digits(&c) } else { c })
            })
            .or_else(|| Some(squash(&p.value)));
        ex.sources.insert("credit_code", src(*di, p));
    }
    // No label named the credit code and the part was read by OCR (a label OCR could not read,
    // under a seal): a code on its OCR'd pages is taken by its shape alone — 18 characters whose
    // check character holds, after the OCR repair — when the part holds exactly one such code.
    // (On a typed page an unknown label is the writer's: the rules warn and quote it instead.)
    if f.credit_code.is_none()
        && let Some((d, range)) = spans.first()
        && let Some((code, source)) = only_code_on_ocr_pages(d, range.clone(), |text| {
            let squashed: String = text
                .chars()
                .map(fold_width)
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_uppercase();
            // A bracket stays in its token: it may be a J misread (repair_ocr_credit_code).
            squashed
                .split(|c: char| !c.is_ascii_alphanumeric() && c != ']')
                .filter_map(|token| {
                    if credit_code_checks(token) {
                        return Some(token.to_string());
                    }
                    // A token glued to the Han text before it: the code is its last 17–21.
                    (17..=21.min(token.len()))
                        .find_map(|n| repair_ocr_credit_code(&token[token.len() - n..]))
                        .or_else(|| {
                            (token.len() > 18)
                                .then(|| &token[token.len() - 18..])
                                .filter(|t| credit_code_checks(t))
                                .map(str::to_string)
                        })
                })
                .collect()
        })
    {
        f.credit_code = Some(code);
        ex.sources.insert("credit_code", source);
    }
    if let Some((di, p)) = first(Key::Leader) {
        f.leader = Some(clean_person(&p.value));
        ex.sources.insert("leader", src(*di, p));
    }
    if let Some((di, p)) = all
        .iter()
        .find(|(_, p)| p.key == Key::Phone && find_phone(&p.value).is_some())
    {
        f.phone = find_phone(&p.value);
        ex.sources.insert("phone", src(*di, p));
    }
    if let Some((di, p)) = first(Key::Department) {
        f.department = Some(clean_org(&p.value));
        ex.sources.insert("department", src(*di, p));
    }
    // "无"/"否" is an answer here (not in a zone), kept as written; a dash or a slash is the
    // same answer written the way forms strike a cell out, read as 无, and so is the row left
    // empty or holding only the form's prompt (请填写…, 单击或点击此处输入文字。) — the row
    // answered by none of the zone rows found.
    let struck = |v: &str| !v.is_empty() && squash(v).chars().all(|c| "/／-—–_".contains(c));
    let unanswered =
        |v: &str| v.is_empty() || (is_blank(v) && !struck(v) && v != "无" && v != "否");
    let zones = || all.iter().filter(|(_, p)| p.key == Key::Zone);
    if let Some((di, p)) = zones()
        .find(|(_, p)| !unanswered(p.value.trim()))
        .or_else(|| zones().next())
    {
        let v = p.value.trim();
        f.zone = Some(if struck(v) || is_misread_none(v) || unanswered(v) {
            "无".to_string()
        } else {
            v.to_string()
        });
        ex.sources.insert("zone", src(*di, p));
    }
    // An area's label (所在地区) names a zone or an address: a value shaped as a zone (吴中高新区)
    // or answering none — an address is never none — is the zone when no zone row answered.
    let zone_shaped = |v: &str| {
        let v = squash(v);
        ZONE_ENDINGS.iter().any(|e| v.ends_with(e)) && v.chars().count() > 2
    };
    let area_zone = all.iter().find(|(_, p)| {
        let v = p.value.trim();
        p.key == Key::Area && (zone_shaped(v) || struck(v) || v == "无" || v == "否")
    });
    let area_zone = area_zone.filter(|_| f.zone.is_none());
    if let Some((di, p)) = area_zone {
        let v = p.value.trim();
        f.zone = Some(if zone_shaped(v) { v } else { "无" }.to_string());
        ex.sources.insert("zone", src(*di, p));
    }
    // A unit's name has four characters or more, or three that name a kind of unit (某大学, 某某厂:
    // `ApplicantType::from_name`): two or three characters OCR read that name none (光电, 有吕
    // from a fold or a stain across the partner cell) are debris, not a partner.
    let unit_like = |name: &str| {
        let n = name.chars().count();
        n >= 4 || (n == 3 && ApplicantType::from_name(name).is_some())
    };
    for (di, p) in all.iter().filter(|(_, p)| p.key == Key::Partner) {
        ex.sources.entry("partners").or_insert_with(|| src(*di, p));
        let ocr = docs[*di].page_is_ocr(p.page);
        // English names in brackets go first: their commas (Co., Ltd.) separate nothing.
        let listed = unnumbered_list(&without_latin_gloss(&p.value));
        for name in listed.split(['、', '；', ';', '\n', '，', ',']) {
            let name = clean_org(name);
            if !name.is_empty()
                && !is_blank(&name)
                && !is_misread_none(&name)
                && (!ocr || unit_like(&name))
                && !f.partners.contains(&name)
            {
                f.partners.push(name);
            }
        }
    }
    for (_, p) in all.iter().filter(|(_, p)| p.key == Key::PartnerCode) {
        if let Some(c) = find_credit_code(&p.value) {
            ex.partner_codes.push(c);
        }
    }
    for (key, name) in [
        (Key::TotalBudget, "total_budget_wan"),
        (Key::Municipal, "municipal_funding_wan"),
    ] {
        if let Some((di, p, v)) = all
            .iter()
            .filter(|(_, p)| p.key == key)
            .find_map(|(di, p)| parse_money(&p.value, p.unit).map(|v| (di, p, v)))
        {
            match key {
                Key::TotalBudget => f.total_budget_wan = Some(round4(v)),
                _ => f.municipal_funding_wan = Some(round4(v)),
            }
            ex.sources.insert(name, src(*di, p));
        }
    }
    // Period: one "from – to" value, or separate start and end (or start and months), from
    // the first document that gives either.
    let start_doc = all
        .iter()
        .find(|(_, p)| p.key == Key::Start && !dates(&p.value).is_empty())
        .map(|(di, _)| *di);
    if let Some((di, p, (s, e))) = all
        .iter()
        .filter(|(di, p)| p.key == Key::Period && start_doc.is_none_or(|sd| *di <= sd))
        .map(|(di, p)| (di, p, parse_period(&p.value)))
        .find(|(_, _, (s, _))| s.is_some())
    {
        f.start = s;
        f.end = e;
        ex.sources.insert("start", src(*di, p));
        ex.sources.insert("end", src(*di, p));
    }
    if f.start.is_none()
        && let Some((di, p)) = all
            .iter()
            .find(|(_, p)| p.key == Key::Start && !dates(&p.value).is_empty())
    {
        f.start = dates(&p.value).into_iter().next();
        ex.sources.insert("start", src(*di, p));
    }
    if f.end.is_none() {
        if let Some((di, p)) = all
            .iter()
            .find(|(_, p)| p.key == Key::End && !dates(&p.value).is_empty())
        {
            f.end = dates(&p.value).into_iter().next();
            ex.sources.insert("end", src(*di, p));
        } else if let (Some(s), Some((di, p))) = (
            f.start.clone(),
            all.iter().find(|(_, p)| {
                matches!(p.key, Key::Months | Key::Period) && duration_months(p).is_some()
            }),
        ) {
            f.end = duration_months(p).and_then(|m| add_months(&s, m - 1));
            ex.sources.insert("end", src(*di, p));
        }
    }
    // No period field: a sentence that states it (本项目实施期限为2022年9月1日至2024年8月31日),
    // in the parts in order of preference.
    if f.start.is_none() {
        'spans: for (di, (d, range)) in spans.iter().enumerate() {
            for b in d.blocks.get(range.clone()).unwrap_or(&[]) {
                if matches!(b.kind, crate::extract::BlockKind::Cell { .. }) {
                    continue;
                }
                let t = squash(&b.text);
                let Some(at) = ["实施期限", "实施周期", "执行期限", "项目周期", "起止时间"]
                    .iter()
                    .filter_map(|k| t.find(k).map(|i| i + k.len()))
                    .min()
                else {
                    continue;
                };
                let rest = t[at..].trim_start_matches(['为', '是', '：', ':', '自']);
                if let (Some(s), Some(e)) = parse_period(rest) {
                    f.start = Some(s);
                    f.end = Some(e);
                    let at = Source {
                        document: docs[di].path.clone(),
                        page: b.page,
                        paragraph: b.paragraph,
                        raw: b.text.clone(),
                    };
                    ex.sources.insert("start", at.clone());
                    ex.sources.insert("end", at);
                    break 'spans;
                }
            }
        }
    }
    // Applicant type: as declared, else from the name.
    let declared = first(Key::ApplicantType).and_then(|(di, p)| {
        ApplicantType::from_declared(&crate::extract::symbols::letter_marks(&p.value)).inspect(
            |_| {
                ex.sources.insert("applicant_type", src(*di, p));
            },
        )
    });
    // A declared type that names no known kind (a misread 高校 → 高术, 其他) yields to the kind
    // the applicant's name says, when it says one.
    let named = f.applicant.as_deref().and_then(ApplicantType::from_name);
    f.applicant_type = match declared {
        Some(ApplicantType::Other) if named.is_some() => {
            ex.sources.remove("applicant_type");
            named
        }
        Some(t) => Some(t),
        None => named,
    };
    // A row of tick boxes declares the options ticked, nothing when none is.
    ex.status = first(Key::Status).map(|(_, p)| {
        match crate::model::ticked_options(&crate::extract::symbols::letter_marks(&p.value)) {
            Some(chosen) => chosen.join("、"),
            None => p.value.trim().to_string(),
        }
    });
    ex.address = first(Key::Address)
        .or_else(|| {
            all.iter().find(|(_, p)| {
                p.key == Key::Area
                    && !is_blank(&p.value)
                    && area_zone.is_none_or(|(_, z)| !std::ptr::eq(z, p))
            })
        })
        .map(|(_, p)| p.value.trim().to_string());
    typed_twins(&mut ex, spans, also_typed);
    ex
}

/// A name OCR read from a scanned part (the information table) and that a typed page of the
/// package writes with a few characters different — the same length, at most one character in
/// six different — is taken as the typed page writes it, from there: OCR misreads the rare
/// characters of names (睿 → 宕, 鼎 → 易, 芯 → 世), the typed cover, application or agreement
/// does not. Only when exactly one such string is found on the typed pages, and only for
/// names of six characters or more (project name, applicant, partners, department), where a
/// chance match is unlikely. A typed string that puts a word for another word (研发 → 系统: a
/// different title, not a misreading) or starts with punctuation (its label's colon) is no
/// twin. The project name each scanned document gives (for T007) likewise.
fn typed_twins(
    ex: &mut Extracted,
    spans: &[(&Document, std::ops::Range<usize>)],
    also_typed: &[&Document],
) {
    let mut docs: Vec<&Document> = Vec::new();
    for d in spans.iter().map(|(d, _)| d).chain(also_typed) {
        if !docs.iter().any(|x| std::ptr::eq(*x, *d)) {
            docs.push(d);
        }
    }
    let ocr_page = |document: &str, page: Option<u32>| {
        docs.iter()
            .any(|d| d.path == document && d.page_is_ocr(page))
    };
    let is_ocr = |s: &Source| ocr_page(&s.document, s.page);
    const NAMES: [&str; 4] = ["project_name", "applicant", "department", "partners"];
    if !NAMES
        .iter()
        .chain(&["leader"])
        .any(|k| ex.sources.get(k).is_some_and(&is_ocr))
        && !ex.names.iter().any(|n| ocr_page(&n.0, n.1))
    {
        return;
    }
    // The typed blocks, each as its characters without whitespace (read once for all names).
    let typed: Vec<(&Document, &Block, Vec<char>)> = docs
        .iter()
        .flat_map(|d| d.blocks.iter().map(move |b| (*d, b)))
        .filter(|(d, b)| !d.page_is_ocr(b.page))
        .map(|(d, b)| {
            (
                d,
                b,
                b.text.chars().filter(|c| !c.is_whitespace()).collect(),
            )
        })
        .collect();
    if typed.is_empty() {
        return;
    }
    let twin = |read: &str| -> Option<(String, Source)> {
        let r: Vec<char> = read.chars().filter(|c| !c.is_whitespace()).collect();
        let n = r.len();
        if n < 6 {
            return None;
        }
        let most = (n / 6).max(1);
        let mut found: Option<(String, Source)> = None;
        for (d, b, t) in &typed {
            if t.len() < n {
                continue;
            }
            for w in t.windows(n) {
                let mut diff = 0;
                for (x, y) in w.iter().zip(&r) {
                    if x != y {
                        diff += 1;
                        if diff > most {
                            break;
                        }
                    }
                }
                if diff == 0 {
                    // Written the same on a typed page: OCR read it right.
                    return None;
                }
                // A name starts with a letter or a character, not with its label's colon
                // or a quotation mark (项目名称：具有… taken one character early).
                if diff > most || replaces_a_word(w, &r) || !w[0].is_alphanumeric() {
                    continue;
                }
                let cand: String = w.iter().collect();
                match &found {
                    Some((f, _)) if *f != cand => return None,
                    Some(_) => {}
                    None => {
                        found = Some((
                            cand,
                            Source {
                                document: d.path.clone(),
                                page: b.page,
                                paragraph: b.paragraph,
                                raw: b.text.clone(),
                            },
                        ))
                    }
                }
            }
        }
        found
    };
    for key in &NAMES[..3] {
        if !ex.sources.get(key).is_some_and(&is_ocr) {
            continue;
        }
        let f = &mut ex.fields;
        let value = match *key {
            "project_name" => &mut f.project_name,
            "applicant" => &mut f.applicant,
            _ => &mut f.department,
        };
        if let Some(v) = value.as_deref()
            && let Some((fixed, source)) = twin(v)
        {
            *value = Some(fixed);
            ex.sources.insert(key, source);
        }
    }
    if ex.sources.get("partners").is_some_and(is_ocr) {
        for p in ex.fields.partners.iter_mut() {
            if let Some((fixed, _)) = twin(p) {
                *p = fixed;
            }
        }
    }
    // The leader's name read by OCR one character off the only name a typed page gives under a
    // leader's label, the surname the same (胡子普 for 胡子涵): the typed page's. Two names
    // that differ in more, or typed pages that give two, are left as read.
    if ex.sources.get("leader").is_some_and(is_ocr)
        && let Some(read) = ex.fields.leader.clone()
    {
        let r: Vec<char> = read.chars().collect();
        let mut found: Vec<(String, Source)> = Vec::new();
        for (d, b, _) in &typed {
            for line in b.text.lines() {
                let Some((Key::Leader, _, v)) = leading_label(line) else {
                    continue;
                };
                let v = clean_person(v.trim());
                let t: Vec<char> = v.chars().collect();
                if t.len() == r.len()
                    && (2..=4).contains(&t.len())
                    && t[0] == r[0]
                    && t.iter().all(|c| crate::text::is_han(*c))
                    && t.iter().zip(&r).filter(|(a, b)| a != b).count() <= 1
                    && !found.iter().any(|(f, _)| *f == v)
                {
                    found.push((
                        v,
                        Source {
                            document: d.path.clone(),
                            page: b.page,
                            paragraph: b.paragraph,
                            raw: line.to_string(),
                        },
                    ));
                }
            }
        }
        if let [(name, source)] = found.as_slice()
            && *name != read
        {
            ex.fields.leader = Some(name.clone());
            ex.sources.insert("leader", source.clone());
        }
    }
    // The name each document gives (T007 compares them): a scanned document's reading the same
    // way, so OCR's misread characters are not taken for two names.
    for n in ex.names.iter_mut() {
        if ocr_page(&n.0, n.1)
            && let Some((fixed, _)) = twin(&n.3)
        {
            n.3 = fixed;
        }
    }
}

/// Whether `read` differs from `typed` (the same length) by a word put for another word: two or
/// more neighbouring characters different, each side a word of the dictionary (研发 → 系统).
/// OCR misreads a character for one that looks like it, not a word for another word: such a
/// difference is a different name, written so on purpose.
fn replaces_a_word(typed: &[char], read: &[char]) -> bool {
    let mut i = 0;
    while i < typed.len() {
        if typed[i] == read[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < typed.len() && typed[i] != read[i] {
            i += 1;
        }
        if i - start >= 2 {
            let a: String = typed[start..i].iter().collect();
            let b: String = read[start..i].iter().collect();
            let jieba = crate::segment::jieba();
            if jieba.has_word(&a) && jieba.has_word(&b) {
                return true;
            }
        }
    }
    false
}

fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// A name as written, without the seal or signature note: "（盖章）", "(公章)", "（签字）".
const PERSON_TITLES: &str = include_str!("../dictionaries/person_titles.txt");

/// A person's name as a form gives it, without a title written after it (王五（教授）, 李四
/// 研究员: `dictionaries/person_titles.txt`) or a note in brackets at its end.
fn clean_person(v: &str) -> String {
    let mut s = clean_org(v);
    // A note in brackets at the end: （教授）, (PI).
    if s.ends_with(['）', ')'])
        && let Some(open) = s.rfind(['（', '('])
        && open > 0
    {
        s.truncate(open);
    }
    static TITLES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        PERSON_TITLES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    for t in titles {
        if let Some(head) = s.strip_suffix(t)
            && head.chars().filter(|c| crate::text::is_han(*c)).count() >= 2
        {
            s = head.to_string();
            break;
        }
    }
    s
}

/// Items numbered in a list (1.甲公司 2.乙公司, （1）…, ①…) put one a line, their numbers
/// dropped; a number glued to letters or digits before it (型号A1.) is no item's number.
fn unnumbered_list(v: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[（(]\d{1,2}[)）]|\d{1,2}[.、．]|[①②③④⑤⑥⑦⑧⑨⑩]").expect("valid")
    });
    let mut out = String::with_capacity(v.len());
    let mut last = 0;
    for m in re.find_iter(v) {
        let before = v[..m.start()].chars().next_back();
        let after = v[m.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
            || !after.is_some_and(crate::text::is_han)
        {
            continue;
        }
        out.push_str(&v[last..m.start()]);
        out.push('\n');
        last = m.end();
    }
    out.push_str(&v[last..]);
    out
}

fn clean_org(v: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[（(][^（()）]*(?:盖章|公章|签字|签名|签章|章)[^（()）]*[）)]")
            .expect("valid")
    });
    let s = squash(&without_latin_gloss(v));
    re.replace_all(&s, "").trim_matches(['_', '＿']).to_string()
}

/// A Chinese name without its English name in brackets (苏州某某科技有限公司 (Suzhou … Co.,
/// Ltd.)): a bracketed group of Latin letters, digits and punctuation only.
fn without_latin_gloss(v: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"\s*[（(][^（()）\p{Han}]*[A-Za-z][^（()）\p{Han}]*[）)]")
            .expect("valid")
    });
    re.replace_all(v, "").into_owned()
}

/// The parts in the order fields are read from: information table first, then cover,
/// application, and the rest; each as its document and block range. A labour contract and a
/// certificate are left out: their terms (合同期限, 有效期) and parties are not the project's.
fn field_order(
    pkg: &crate::package::Package,
) -> Vec<(&crate::extract::Document, std::ops::Range<usize>)> {
    let rank = |k: crate::model::PartKind| match k {
        crate::model::PartKind::InfoTable => 0,
        crate::model::PartKind::Cover => 1,
        crate::model::PartKind::Application => 2,
        _ => 3,
    };
    let mut spans: Vec<(usize, &crate::extract::Document, std::ops::Range<usize>)> = pkg
        .docs
        .iter()
        .filter_map(|d| d.doc.as_ref().map(|doc| (d, doc)))
        .flat_map(|(d, doc)| {
            d.parts
                .iter()
                .filter(|p| {
                    !matches!(
                        p.kind,
                        crate::model::PartKind::LaborContract
                            | crate::model::PartKind::Qualification
                    )
                })
                .map(move |p| (rank(p.kind), doc, p.blocks.clone()))
        })
        .collect();
    spans.sort_by_key(|s| s.0);
    spans.into_iter().map(|(_, d, r)| (d, r)).collect()
}

/// A package's fields, read from its parts in order of preference (no rule runs).
pub fn package_fields(pkg: &crate::package::Package) -> Extracted {
    extract_fields_with(&field_order(pkg), &package_docs(pkg))
}

/// Every document of a package that could be read.
fn package_docs(pkg: &crate::package::Package) -> Vec<&Document> {
    pkg.docs.iter().filter_map(|d| d.doc.as_ref()).collect()
}

/// [`package_fields`], and a guide code the labels did not give taken by its shape as one of
/// the call's codes (`known`, from the profile; see [`infer_guide_code`]).
pub fn package_fields_for_call(pkg: &crate::package::Package, known: &[&str]) -> Extracted {
    let spans = field_order(pkg);
    let mut ex = extract_fields_with(&spans, &package_docs(pkg));
    direction_code(&mut ex, known);
    infer_guide_code(&mut ex, &spans, known);
    ex
}

/// No label named the guide code, and a label naming the guide direction (申报指南方向) holds
/// one of the call's codes (`known`): that is the code the project is declared under. A code
/// the call does not have stays unread there (G001 says the code was not found).
fn direction_code(ex: &mut Extracted, known: &[&str]) {
    if ex.fields.guide_code.is_some() {
        return;
    }
    if let Some((code, source)) = ex
        .direction_codes
        .iter()
        .find(|(c, _)| known.contains(&c.as_str()))
    {
        ex.fields.guide_code = Some(code.clone());
        ex.sources.insert("guide_code", source.clone());
    }
}

/// No label named the guide code and the first part was read by OCR (a label OCR could not
/// read, under a seal): a code of the call's guide (`known`) on its OCR'd pages is taken by its
/// shape, when the part holds exactly one such code. (On a typed page an unknown label is the
/// writer's: G001 warns and quotes it instead.)
fn infer_guide_code(
    ex: &mut Extracted,
    spans: &[(&Document, std::ops::Range<usize>)],
    known: &[&str],
) {
    if ex.fields.guide_code.is_some() {
        return;
    }
    let Some((d, range)) = spans.first() else {
        return;
    };
    let found = only_code_on_ocr_pages(d, range.clone(), |text| {
        let digits: String = text.chars().map(fold_width).collect();
        digits
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| known.contains(run))
            .map(str::to_string)
            .collect()
    });
    if let Some((code, source)) = found {
        ex.fields.guide_code = Some(code);
        ex.sources.insert("guide_code", source);
    }
}

/// The one code `codes` finds in the blocks of `range` that were read by OCR, and where it
/// stands; None when there is none or more than one (the same code twice is one).
fn only_code_on_ocr_pages(
    d: &Document,
    range: std::ops::Range<usize>,
    codes: impl Fn(&str) -> Vec<String>,
) -> Option<(String, Source)> {
    let mut found: Vec<(String, &Block)> = Vec::new();
    for b in d.blocks[range].iter().filter(|b| d.page_is_ocr(b.page)) {
        for c in codes(&b.text) {
            if !found.iter().any(|(x, _)| *x == c) {
                found.push((c, b));
            }
        }
    }
    match found.as_slice() {
        [(code, b)] => Some((
            code.clone(),
            Source {
                document: d.path.clone(),
                page: b.page,
                paragraph: b.paragraph,
                raw: b.text.clone(),
            },
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_with_spaces_colons_and_units() {
        let (k, u, rest) = leading_label("项 目 名 称：基于X的Y研发").unwrap();
        assert_eq!((k, u, rest), (Key::ProjectName, None, "基于X的Y研发"));
        let (k, u, rest) = leading_label("申请市拨经费（万元）: 100").unwrap();
        assert_eq!((k, u, rest), (Key::Municipal, Some(Unit::Wan), "100"));
        let (k, u, _) = leading_label("项目总投入(元)　5,000,000").unwrap();
        assert_eq!((k, u), (Key::TotalBudget, Some(Unit::Yuan)));
        // A label running on into a longer word is not a label.
        assert!(leading_label("项目名称库中的条目").is_none());
        assert!(leading_label("负责人员的安排如下").is_none());
        let (k, _, rest) = leading_label("3. 项目负责人：王五").unwrap();
        assert_eq!((k, rest), (Key::Leader, "王五"));
        assert_eq!(key_of("二、指南代码").map(|k| k.0), Some(Key::GuideCode));
        // A label no phrase of the lexicon holds, closed by a colon: the key-word model.
        let (k, u, rest) = leading_label("总投资额（万元）：＿＿500＿＿").unwrap();
        assert_eq!(
            (k, u, rest),
            (Key::TotalBudget, Some(Unit::Wan), "＿＿500＿＿")
        );
        let (k, _, _) = leading_label("申请市拨款（万元）：100").unwrap();
        assert_eq!(k, Key::Municipal);
        // A dot leader between label and value.
        let (k, _, rest) =
            leading_label("统一社会信用代码........................91320581GCF576C32B").unwrap();
        assert_eq!((k, rest), (Key::CreditCode, "91320581GCF576C32B"));
        let (k, _, rest) = leading_label("项目负责人……王五").unwrap();
        assert_eq!((k, rest), (Key::Leader, "王五"));
        let (k, u, rest) = leading_label("申请市财政科技经费（万元）.........50").unwrap();
        assert_eq!((k, u, rest), (Key::Municipal, Some(Unit::Wan), "50"));
        // Not across a sentence: prose with a colon.
        assert!(leading_label("本项目总投资较大，其构成如下：设备").is_none());
        // A tab is a cell's edge: it closes a label the key-word model reads, as a colon does.
        let (k, u, rest) = leading_label("申请市级财政资助（万元）\t60").unwrap();
        assert_eq!((k, u, rest), (Key::Municipal, Some(Unit::Wan), "60"));
        assert!(leading_label("苏州联合科技有限公司\t王五").is_none());
        let (k, _, rest) = leading_label("实施周期（月）\t36").unwrap();
        assert_eq!((k, rest), (Key::Months, "36"));
    }

    /// A PDF page's lines as the text layer gives them, cells of a row joined by tabs.
    fn pdf_lines(lines: &[&str]) -> Document {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for l in lines {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        d
    }

    #[test]
    fn a_row_with_specks_after_its_label_gives_its_value() {
        // OCR's reading of a faint scan: a speck read as 四 in the index column, two more
        // read as punctuation after the label.
        let doc = pdf_lines(&["项目总投入（万元）\t400", "四\t申请市拨经费（万元）.，\t80"]);
        let f = extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(f.total_budget_wan, Some(400.0));
        assert_eq!(f.municipal_funding_wan, Some(80.0));
        // Punctuation inside a cell is still prose, not a label.
        let doc = pdf_lines(&["1\t单位承诺，申请市拨经费\t80"]);
        let f = extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(f.municipal_funding_wan, None);
    }

    /// A table row read as one line with an index cell first (序号 | 信息项 | 填报内容, a web
    /// system's export): the label after the index is found, its value is the next cell.
    #[test]
    fn rows_with_an_index_cell_give_their_label_and_value() {
        let doc = pdf_lines(&[
            "序号\t信息项\t填报内容",
            "14\t项目总投资（万元）\t200",
            "15\t申请市级财政资助（万元）\t60",
        ]);
        let f = extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(f.total_budget_wan, Some(200.0));
        assert_eq!(f.municipal_funding_wan, Some(60.0));
    }

    /// A duration the form works out from the dates, negative because the end was typed
    /// before the start: read as written, so the period comes out reversed.
    #[test]
    fn a_negative_duration_gives_a_reversed_period() {
        let doc = pdf_lines(&["计划开始时间\t2024年6月", "实施周期（月）\t-22"]);
        let f = extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(f.start.as_deref(), Some("2024-06"));
        assert_eq!(f.end.as_deref(), Some("2022-07"));
        let doc = pdf_lines(&["计划开始时间\t2022年7月", "实施周期（月）\t36"]);
        let f = extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(f.end.as_deref(), Some("2025-06"));
    }

    #[test]
    fn money_in_wan_yuan_and_daxie() {
        assert_eq!(parse_money("100", Some(Unit::Wan)), Some(100.0));
        assert_eq!(parse_money("1,000,000", Some(Unit::Yuan)), Some(100.0));
        assert_eq!(parse_money("100万元", Some(Unit::Yuan)), Some(100.0));
        assert_eq!(parse_money("800", Some(Unit::Thousand)), Some(80.0));
        assert_eq!(parse_money("1500千元", None), Some(150.0));
        assert_eq!(parse_money("1.2", Some(Unit::Million)), Some(120.0));
        assert_eq!(parse_money("1,200,000.00元", None), Some(120.0));
        assert_eq!(parse_money("壹佰万元整", None), Some(100.0));
        // A whole number with a leading zero is a misread, not an amount; zero and a decimal
        // fraction are amounts.
        assert_eq!(parse_money("00", None), None);
        assert_eq!(parse_money("030万元", None), None);
        assert_eq!(parse_money("0", None), Some(0.0));
        assert_eq!(parse_money("0.5", None), Some(0.5));
        assert_eq!(parse_money("伍拾万元", None), Some(50.0));
        assert_eq!(parse_money("壹仟贰佰叁拾肆万伍仟元", None), Some(1234.5));
        assert_eq!(parse_money("80", None), Some(80.0));
        assert_eq!(parse_money("待定", None), None);
        // Two figures side by side are no amount; a thousands group is one.
        assert_eq!(parse_money("45 30", None), None);
        assert_eq!(parse_money("1 500 000元", None), Some(150.0));
    }

    #[test]
    fn a_lone_look_alike_of_none_is_none() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for (row, (k, v)) in [
            ("所在高新区", "天"),
            ("合作单位", "天"),
            ("申报单位", "天成科技有限公司"),
        ]
        .iter()
        .enumerate()
        {
            for (col, t) in [k, v].iter().enumerate() {
                let kind = BlockKind::Cell {
                    table: 0,
                    row: row as u32,
                    col: col as u32,
                };
                d.push_block(kind, t, Some(1));
            }
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.zone.as_deref(), Some("无"));
        assert!(ex.fields.partners.is_empty());
        assert_eq!(ex.fields.applicant.as_deref(), Some("天成科技有限公司"));
    }

    #[test]
    fn the_units_figures_and_contacts_are_not_the_projects() {
        // An enterprise form asks for the unit's finances and contacts before the project:
        // 上年度研发投入 is no budget of the project, 联系人手机 (key words) yields to 负责人手机
        // (a lexicon phrase) in the same table.
        let d = table_of_rows(&[
            &["联系人手机", "13112803149"],
            &["上年度研发投入（万元）", "1620"],
            &["近三年获得市级财政资助（万元）", "80"],
            &["负责人手机", "18872519739"],
            &["项目总投入（万元）", "160"],
            &["申请市拨经费（万元）", "40"],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.phone.as_deref(), Some("18872519739"));
        assert_eq!(ex.fields.total_budget_wan, Some(160.0));
        assert_eq!(ex.fields.municipal_funding_wan, Some(40.0));
        // Alone, the contact's phone is the form's phone.
        let d = table_of_rows(&[&["联系人手机", "13112803149"]]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.phone.as_deref(), Some("13112803149"));
    }

    #[test]
    fn two_fields_under_one_label() {
        let d = table_of_rows(&[
            &[
                "申报单位（统一社会信用代码）",
                "苏州大学（12320000RGL3BP6JXF）",
            ],
            &["项目负责人/手机", "马文博 / 19218068169"],
            &["项目总投入/申请市拨（万元）", "400 / 100"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州大学"));
        assert_eq!(f.credit_code.as_deref(), Some("12320000RGL3BP6JXF"));
        assert_eq!(f.leader.as_deref(), Some("马文博"));
        assert_eq!(f.phone.as_deref(), Some("19218068169"));
        assert_eq!(f.total_budget_wan, Some(400.0));
        assert_eq!(f.municipal_funding_wan, Some(100.0));
    }

    #[test]
    fn a_templates_worked_example_is_not_read() {
        assert!(names_an_example("填表示例（仅供参考，请勿在本表中填写）"));
        assert!(names_an_example("示例："));
        assert!(names_an_example("附：填写样例"));
        assert!(names_an_example("项目信息表（样表）"));
        assert!(!names_an_example("请参照上表示例，在下表中如实填写："));
        assert!(!names_an_example("苏州市科技计划项目信息表"));
        assert!(!names_an_example("本项目将形成三个应用示范"));
        let doc = |caption: &str, title_row: Option<&str>| {
            let mut d = Document::new("t.docx", crate::extract::Format::Docx);
            d.push_block(BlockKind::Paragraph, "项目信息表", None);
            d.push_block(BlockKind::Paragraph, caption, None);
            let shift = u32::from(title_row.is_some());
            if let Some(t) = title_row {
                d.push_block(
                    BlockKind::Cell {
                        table: 0,
                        row: 0,
                        col: 0,
                    },
                    t,
                    None,
                );
            }
            for (row, col, t) in [
                (0, 0, "项目名称"),
                (0, 1, "基于XXX的XXXX关键技术研发"),
                (1, 0, "项目负责人"),
                (1, 1, "张三"),
            ] {
                d.push_block(
                    BlockKind::Cell {
                        table: 0,
                        row: row + shift,
                        col,
                    },
                    t,
                    None,
                );
            }
            d.push_block(
                BlockKind::Paragraph,
                "请参照上表示例，在下表中如实填写：",
                None,
            );
            for (row, col, t) in [
                (0, 0, "项目名称"),
                (0, 1, "高效电机控制器研发"),
                (1, 0, "项目负责人"),
                (1, 1, "王五"),
            ] {
                d.push_block(BlockKind::Cell { table: 1, row, col }, t, None);
            }
            extract_fields(&[(&d, 0..d.blocks.len())]).fields
        };
        for f in [
            doc("填表示例（仅供参考）", None),
            doc("说明：请按要求填写", Some("填写示例")),
        ] {
            assert_eq!(f.project_name.as_deref(), Some("高效电机控制器研发"));
            assert_eq!(f.leader.as_deref(), Some("王五"));
        }
        // A plain caption: the first table is read first, as before.
        let f = doc("说明：请按要求填写", None);
        assert_eq!(f.leader.as_deref(), Some("张三"));
        // The form itself captioned 样表, followed by a table of other fields: read.
        let mut d = Document::new("t.docx", crate::extract::Format::Docx);
        d.push_block(BlockKind::Paragraph, "项目信息表（样表）", None);
        for (row, col, t) in [
            (0, 0, "项目名称"),
            (0, 1, "高效电机控制器研发"),
            (1, 0, "项目负责人"),
            (1, 1, "王五"),
        ] {
            d.push_block(BlockKind::Cell { table: 0, row, col }, t, None);
        }
        d.push_block(BlockKind::Paragraph, "设备清单", None);
        for (row, col, t) in [
            (0, 0, "设备名称"),
            (0, 1, "数量"),
            (1, 0, "示波器"),
            (1, 1, "2"),
        ] {
            d.push_block(BlockKind::Cell { table: 1, row, col }, t, None);
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("高效电机控制器研发"));
    }

    #[test]
    fn a_label_merged_down_over_rows_takes_their_values() {
        // 实施期限 and 合作单位 merged down over two rows: the rows under them have no first cell.
        let mut d = Document::new("t.docx", crate::extract::Format::Docx);
        for (row, col, t) in [
            (0, 0, "实施期限"),
            (0, 1, "2022年8月起"),
            (1, 1, "2024年7月止"),
            (2, 0, "合作单位"),
            (2, 1, "苏州甲科技有限公司"),
            (3, 1, "苏州乙大学"),
            (4, 0, "经费（万元）"),
            (4, 1, "总投入：300"),
            (5, 1, "申请市拨：90"),
        ] {
            let kind = BlockKind::Cell { table: 0, row, col };
            d.push_block(kind, t, None);
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            (f.start.as_deref(), f.end.as_deref()),
            (Some("2022-08"), Some("2024-07"))
        );
        assert_eq!(f.partners, vec!["苏州甲科技有限公司", "苏州乙大学"]);
        assert_eq!(f.total_budget_wan, Some(300.0));
        assert_eq!(f.municipal_funding_wan, Some(90.0));
    }

    #[test]
    fn a_budget_by_year_gives_its_total_column() {
        let d = table_of_rows(&[
            &["经费", "2022年", "2023年", "2024年", "合计"],
            &["项目总投入", "55", "26", "39", "120"],
            &["其中：申请市拨经费", "13.75", "6.5", "9.75", "30"],
            &["自筹经费", "41.25", "19.5", "29.25", "90"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.total_budget_wan, Some(120.0));
        assert_eq!(f.municipal_funding_wan, Some(30.0));
    }

    #[test]
    fn decorated_values_are_read_without_their_decoration() {
        assert_eq!(clean_person("徐振宇（教授）"), "徐振宇");
        assert_eq!(clean_person("李建国 研究员"), "李建国");
        assert_eq!(clean_person("高思远(高级工程师)"), "高思远");
        assert_eq!(clean_person("王五（签字）"), "王五");
        // A name that only ends like a title keeps it when too little is left.
        assert_eq!(clean_person("王经理"), "王经理");
        assert_eq!(find_phone("184-5120-7264").as_deref(), Some("18451207264"));
        assert_eq!(
            find_phone("+86 13812345678").as_deref(),
            Some("13812345678")
        );
        assert_eq!(
            find_phone("手机13812345678").as_deref(),
            Some("13812345678")
        );
        // A digit too many (OCR doubled one): not eleven of them as a number, the run as read.
        assert_eq!(find_phone("156528982184").as_deref(), Some("156528982184"));
        assert_eq!(find_phone("184 5120 7264").as_deref(), Some("18451207264"));
        assert_eq!(
            find_phone("0512-66881234").as_deref(),
            Some("0512-66881234")
        );
        assert_eq!(
            unnumbered_list("1.苏州甲科技有限公司2.苏州乙大学"),
            "\n苏州甲科技有限公司\n苏州乙大学"
        );
        assert_eq!(
            unnumbered_list("（1）甲公司；（2）乙公司"),
            "\n甲公司；\n乙公司"
        );
        // Not a list's number: a model's, a decimal's.
        assert_eq!(unnumbered_list("XC-200型2.5代"), "XC-200型2.5代");
    }

    #[test]
    fn periods_in_usual_notations() {
        let p = |s: &str| parse_period(s);
        let want = (Some("2022-07".to_string()), Some("2025-06".to_string()));
        assert_eq!(p("2022年7月至2025年6月"), want);
        assert_eq!(p("2022.07-2025.06"), want);
        assert_eq!(p("2022-07-01至2025-06-30"), want);
        assert_eq!(p("2022/7—2025/6"), want);
        assert_eq!(p("2022.7～2025.6"), want);
        assert_eq!(p("2022年07月01日 至 2025年06月30日"), want);
        assert_eq!(p("自2022年7月起，共36个月"), want);
        // Chinese numerals, with or without days; 十 alone, 十二, 二十, 三十一.
        assert_eq!(p("二〇二二年七月一日至二〇二五年六月三十日"), want);
        assert_eq!(p("二〇二二年七月至二〇二五年六月"), want);
        assert_eq!(
            p("二〇二二年十月一日至二〇二五年十二月三十一日"),
            (Some("2022-10".to_string()), Some("2025-12".to_string()))
        );
        // Compact dates as systems export them, 元月, two-digit years, a length in words.
        assert_eq!(p("20220701-20250630"), want);
        assert_eq!(p("202207—202506"), want);
        assert_eq!(p("2022年7月初至2025年6月底"), want);
        assert_eq!(p("22年7月至25年6月"), want);
        assert_eq!(p("自2022年7月起，为期三年"), want);
        assert_eq!(p("自2022年7月起，为期三十六个月"), want);
        assert_eq!(
            p("2023年元月至2025年12月"),
            (Some("2023-01".to_string()), Some("2025-12".to_string()))
        );
        assert_eq!(
            p("自2022年7月起，为期两年"),
            (Some("2022-07".to_string()), Some("2024-06".to_string()))
        );
        assert_eq!(
            p("2022年7月起，为期一年半"),
            (Some("2022-07".to_string()), Some("2023-12".to_string()))
        );
        // Not dates: longer digit runs, invalid months, a code's digits, a decimal.
        assert_eq!(p("91320500MA1X"), (None, None));
        assert_eq!(p("2022131"), (None, None));
        assert_eq!(p("20221301-20251330"), (None, None));
        assert_eq!(p("12320000KY2JEW7004"), (None, None));
        // Not a date: a year of four numerals needs its 年 and 月.
        assert_eq!(p("二〇二二"), (None, None));
        assert_eq!(months_between("2022-07", "2025-06"), Some(36));
        assert_eq!(months_between("2022-07", "2025-12"), Some(42));
    }

    #[test]
    fn values_wrapped_inside_columns_of_labelled_lines_are_joined() {
        // A print view flowing "label：value" lines into two columns, read line by line.
        let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        for line in [
            "项目名称：甘东南地区地震重新定位关键技术\t联系电话：18895098621",
            "研发\t主管部门：苏州科技大学",
            "指南代码：211101\t合作单位：苏州大学、东南大学苏州研究院、",
            "申报单位：苏州工业园区某某智能科技股份有\t中国科学院苏州纳米技术与纳米仿生研究所",
            "限公司\t项目实施期：2022年9月—2025年2月",
        ] {
            d.push_block(BlockKind::Paragraph, line, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("甘东南地区地震重新定位关键技术研发")
        );
        assert_eq!(
            f.applicant.as_deref(),
            Some("苏州工业园区某某智能科技股份有限公司")
        );
        assert_eq!(
            f.partners,
            vec![
                "苏州大学",
                "东南大学苏州研究院",
                "中国科学院苏州纳米技术与纳米仿生研究所"
            ]
        );
        assert_eq!(f.department.as_deref(), Some("苏州科技大学"));
        assert_eq!(f.guide_code.as_deref(), Some("211101"));

        // A flowing document's paragraphs (no page) are the writer's own: nothing is joined.
        let mut d = Document::new("信息表.docx", crate::extract::Format::Docx);
        for line in [
            "项目名称：关键技术\t联系电话：18895098621",
            "研发\t主管部门：苏州科技大学",
        ] {
            d.push_block(BlockKind::Paragraph, line, None);
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("关键技术"));
    }

    /// In columns read side by side, a label and its colon alone in its column owns the piece
    /// under it there: its value went to the next line whole, beside the other column's field.
    #[test]
    fn a_bare_label_in_a_column_takes_the_piece_under_it() {
        let d = pdf_lines(&[
            "项目名称：辽阳棚室番茄栽培技术关键\t承担单位：苏州科瑞光电科技有限公司",
            "技术研发\t社会信用代码：",
            "所属指南代码：210603\t91320509L32M5C0W6L",
            "合作单位：无\t单位性质：企业",
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("辽阳棚室番茄栽培技术关键技术研发")
        );
        assert_eq!(f.guide_code.as_deref(), Some("210603"));
        assert_eq!(f.credit_code.as_deref(), Some("91320509L32M5C0W6L"));
        // A label cell and its value cell are no bare label: the lines under them (a web
        // page's buttons and its printed address) are nobody's value.
        let d = pdf_lines(&[
            "项目总投入（万元）：\t100",
            "申请市拨经费（万元）：\t40",
            "保存\t提交",
            "file:///tmp/tmpq_3843ls/form.html\t1/1",
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.municipal_funding_wan, Some(40.0));
    }

    #[test]
    fn values_wrapped_inside_one_column_of_labelled_lines_are_joined() {
        // A narrow column of "label：value" lines (a two-column section that was not balanced).
        let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        for line in [
            "项目名称：马尾松在云南的引种成效关",
            "键技术及其在高端装备智能制造领域中",
            "的集成应用关键技术研发",
            "指南方向代码：210701",
            "承担单位：苏州诚恒自动化科技有限公",
            "司",
            "实施周期：2022年8月—2024年7",
            "月",
            "项目总经费（万元）：200.00",
        ] {
            d.push_block(BlockKind::Paragraph, line, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some(
                "马尾松在云南的引种成效关键技术及其在高端装备智能制造领域中的集成应用关键技术研发"
            )
        );
        assert_eq!(f.applicant.as_deref(), Some("苏州诚恒自动化科技有限公司"));
        assert_eq!(f.end.as_deref(), Some("2024-07"));

        // A line longer than the pair's, or one after the last labelled line, is not its value.
        let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        for line in [
            "项目名称：智能装备研发",
            "本项目面向高端装备制造的需求开展关键技术攻关",
            "指南代码：210701",
            "申报单位：苏州某科技有限公司",
            "附件",
        ] {
            d.push_block(BlockKind::Paragraph, line, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("智能装备研发"));
        assert_eq!(f.applicant.as_deref(), Some("苏州某科技有限公司"));

        // A label whose colon a scan read as a semicolon opens a pair, not a wrapped value.
        let mut d = Document::new("申报书.pdf", crate::extract::Format::Pdf);
        for line in [
            "项目名称：清真食品产业的商标战略关键技术研发",
            "申报单位（盖章）；苏州恒芯自动化科技有限公司",
            "项目负责人：高振宇",
        ] {
            d.push_block(BlockKind::Paragraph, line, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("清真食品产业的商标战略关键技术研发")
        );
    }

    #[test]
    fn text_that_ran_over_a_cell_border_continues_the_value() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        let cell = |c| BlockKind::Cell {
            table: 0,
            row: 0,
            col: c,
        };
        for (c, t) in ["统一社会信用代码", "91320505MA1X", "7Q3W0Y"]
            .iter()
            .enumerate()
        {
            d.push_block(cell(c as u32), t, Some(1));
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
    }

    #[test]
    fn a_list_of_prior_projects_is_no_field() {
        let mut d = Document::new("申报书.docx", crate::extract::Format::Docx);
        let cell = |r, c| BlockKind::Cell {
            table: 0,
            row: r,
            col: c,
        };
        let rows = [
            ["序号", "项目名称", "项目来源", "起止时间"],
            ["1", "某某前期项目研究", "省科技厅", "2019-2021"],
            ["2", "另一个项目研究", "市科技局", "2020-2022"],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, t) in row.iter().enumerate() {
                d.push_block(cell(r as u32, c as u32), t, None);
            }
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.project_name, None);
        assert!(ex.names.is_empty(), "{:?}", ex.names);
        assert_eq!(ex.fields.start, None);
    }

    #[test]
    fn ocr_credit_codes_are_put_right_only_when_one_reading_checks() {
        let good = "91320505MA1X7Q3W0P";
        assert!(credit_code_checks(good));
        // A stray character of no code, O for 0, W read as VV.
        assert_eq!(
            repair_ocr_credit_code("91320505MA1X7Q3W0PV").as_deref(),
            Some(good)
        );
        assert_eq!(
            repair_ocr_credit_code("913205O5MA1X7Q3W0P").as_deref(),
            Some(good)
        );
        assert_eq!(
            repair_ocr_credit_code(&good.replace('W', "VV")).as_deref(),
            Some(good)
        );
        // W read as V (a letter the code never uses): the one of W, U, Y that checks.
        assert_eq!(
            repair_ocr_credit_code(&good.replace('W', "V")).as_deref(),
            Some(good)
        );
        // Valid already, or nothing that checks: left alone.
        assert_eq!(repair_ocr_credit_code(good), None);
        // A final J read as a bracket.
        assert_eq!(
            repair_ocr_credit_code("91320509259UCQRR2]").as_deref(),
            Some("91320509259UCQRR2J")
        );
        assert_eq!(repair_ocr_credit_code("91320505MA1X7Q3W0K"), None);
        // Nothing checks: the letters no code holds are still the digits they look like.
        assert_eq!(
            look_alike_digits("91320581L3PCOBT95D"),
            "91320581L3PC0BT95D"
        );
        assert_eq!(look_alike_digits("9132O581"), "9132O581");
    }

    #[test]
    fn a_credit_code_under_an_unreadable_label_is_known_by_its_check_character() {
        let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        d.push_block(BlockKind::Paragraph, "项目负责人\t王五", Some(1));
        d.push_block(
            BlockKind::Paragraph,
            "紫疾上会信用代码刀儿91320505MA1X7Q3W0P",
            Some(1),
        );
        // Typed: the writer's own label, not taken (the rules warn and quote it).
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.credit_code, None);
        // Read by OCR: taken.
        d.pages.push(ocr_page(1));
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.credit_code.as_deref(), Some("91320505MA1X7Q3W0P"));
        // Two codes that check, and no label to choose: neither.
        d.push_block(BlockKind::Paragraph, "合作方 91320594MA1MXXXX3C", Some(1));
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.credit_code, None);
    }

    fn ocr_page(n: u32) -> crate::extract::Page {
        crate::extract::Page {
            number: n,
            width_pt: 595.0,
            height_pt: 842.0,
            chars: 40,
            image_coverage: 1.0,
            ocr: true,
            ocr_confidence: Some(80.0),
            seals: Vec::new(),
            sign_spots: Vec::new(),
        }
    }

    /// Two or three characters OCR read in a partner cell that end in no unit's form are no
    /// partner; a unit's short name and a typed value are.
    #[test]
    fn ocr_read_partners_of_two_characters_are_debris() {
        let read = |partner: &str, ocr: bool| {
            let mut table = Document::new("信息表.pdf", crate::extract::Format::Pdf);
            for t in ["申报单位\t苏州恒睿微电子科技有限公司", partner] {
                table.push_block(BlockKind::Paragraph, t, Some(1));
            }
            if ocr {
                table.pages.push(ocr_page(1));
            }
            extract_fields(&[(&table, 0..2)]).fields.partners
        };
        // A fold across the partner cell left two characters: no partner.
        assert!(read("合作单位\t光电", true).is_empty());
        assert!(read("合作单位\t有吕", true).is_empty());
        // Units with short names stay, and so does anything typed.
        assert_eq!(read("合作单位\t东南大学", true), ["东南大学"]);
        assert_eq!(read("合作单位\t某研究所", true), ["某研究所"]);
        assert_eq!(read("合作单位\t光电", false), ["光电"]);
    }

    /// Names OCR misread in a scanned table are taken as a typed page of the package writes
    /// them; a name no typed page writes nearly the same, a short one, or one two typed strings
    /// could be, stays as read.
    #[test]
    fn ocr_read_names_take_the_typed_twin() {
        let mut table = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        for t in [
            "项目名称\t施用石灰对雷竹林土壤所韭流失的影响研发",
            "申报单位\t苏州恒宕微电子科技有限公司",
            "项目负责人\t陈文二",
            "合作单位\t苏州微便自动化科技有限公司",
        ] {
            table.push_block(BlockKind::Paragraph, t, Some(1));
        }
        table.pages.push(ocr_page(1));
        let mut cover = Document::new("封面.pdf", crate::extract::Format::Pdf);
        for t in [
            "施用石灰对雷竹林土壤氮磷流失的影响研发",
            "申报单位（盖章）：苏州恒睿微电子科技有限公司",
            "项目负责人：陈文博",
        ] {
            cover.push_block(BlockKind::Paragraph, t, Some(1));
        }
        let ex = extract_fields(&[(&table, 0..4), (&cover, 0..3)]);
        let f = &ex.fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("施用石灰对雷竹林土壤氮磷流失的影响研发")
        );
        assert_eq!(f.applicant.as_deref(), Some("苏州恒睿微电子科技有限公司"));
        assert_eq!(ex.sources["applicant"].document, "封面.pdf");
        // The table's own reading of the name (T007 compares it) likewise.
        assert_eq!(ex.names[0].0, "信息表.pdf");
        assert_eq!(ex.names[0].3, "施用石灰对雷竹林土壤氮磷流失的影响研发");
        // The leader: three characters are too short to trust a near match anywhere, but the
        // cover gives one name under a leader's label, one character off and the same surname.
        assert_eq!(f.leader.as_deref(), Some("陈文博"));
        assert_eq!(ex.sources["leader"].document, "封面.pdf");
        let leader_with = |typed: &[&str]| {
            let mut cover = Document::new("封面.pdf", crate::extract::Format::Pdf);
            for t in typed {
                cover.push_block(BlockKind::Paragraph, t, Some(1));
            }
            extract_fields(&[(&table, 0..4), (&cover, 0..typed.len())])
                .fields
                .leader
        };
        // Another surname, two characters off, a name not under a leader's label, or two typed
        // names near it: as read.
        for typed in [
            &["项目负责人：李文博"][..],
            &["项目负责人：陈志博"],
            &["联系人：陈文博"],
            &["项目负责人：陈文博", "项目负责人（签字）：陈文三"],
        ] {
            assert_eq!(leader_with(typed).as_deref(), Some("陈文二"), "{typed:?}");
        }
        // No typed twin: as read.
        assert_eq!(f.partners, vec!["苏州微便自动化科技有限公司"]);
        // Two typed strings near the reading: neither.
        cover.push_block(BlockKind::Paragraph, "苏州恒芯微电子科技有限公司", Some(2));
        let ex = extract_fields(&[(&table, 0..4), (&cover, 0..4)]);
        assert_eq!(
            ex.fields.applicant.as_deref(),
            Some("苏州恒宕微电子科技有限公司")
        );
        // Read by OCR exactly as a typed page writes it: nothing to change.
        let mut exact = table.clone();
        exact.blocks[1].text = "申报单位\t苏州恒睿微电子科技有限公司".into();
        let ex = extract_fields(&[(&exact, 0..4), (&cover, 0..4)]);
        assert_eq!(ex.sources["applicant"].document, "信息表.pdf");
        // The project name a scanned table read (`read`) beside a typed application line.
        let name_with = |read: &str, typed: &str| {
            let mut table = Document::new("信息表.pdf", crate::extract::Format::Pdf);
            table.push_block(BlockKind::Paragraph, &format!("项目名称\t{read}"), Some(1));
            table.pages.push(ocr_page(1));
            let mut app = Document::new("申报书.pdf", crate::extract::Format::Pdf);
            app.push_block(BlockKind::Paragraph, typed, Some(1));
            extract_fields(&[(&table, 0..1), (&app, 0..1)])
                .fields
                .project_name
        };
        // A word put for another word (研发 → 系统) is another name, not a misreading: the
        // scanned table's name stays as read, one misread character (鳎 → 鲁) and all.
        assert_eq!(
            name_with(
                "生态清洁型工厂化循环水养殖半滑舌鲁技术研发",
                "生态清洁型工厂化循环水养殖半滑舌鳎技术系统"
            )
            .as_deref(),
            Some("生态清洁型工厂化循环水养殖半滑舌鲁技术研发")
        );
        // A typed page's window one character early (the label's colon in it) is no name.
        assert_eq!(
            name_with(
                "有具有空间分布的超渗产流模型关键技术研发",
                "项目名称：具有空间分布的超渗产流模型关键技术研发"
            )
            .as_deref(),
            Some("有具有空间分布的超渗产流模型关键技术研发")
        );
        assert!(replaces_a_word(
            &"技术系统".chars().collect::<Vec<_>>(),
            &"技术研发".chars().collect::<Vec<_>>()
        ));
        assert!(!replaces_a_word(
            &"土壤氮磷流失".chars().collect::<Vec<_>>(),
            &"土壤所韭流失".chars().collect::<Vec<_>>()
        ));
    }

    /// A colon at the start of a value cell is its label's (or a scanned rule's specks), not
    /// the value's.
    #[test]
    fn a_value_cell_s_leading_colon_is_no_part_of_it() {
        let d = table_of_rows(&[
            &["项目名称", "：智能网关关键技术研发"],
            &["项目负责人", ": 王五"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("智能网关关键技术研发"));
        assert_eq!(f.leader.as_deref(), Some("王五"));
    }

    /// A one-character partner or zone is no name: the answer 无, however it was read (a Han
    /// character, a digit, a letter).
    #[test]
    fn a_lone_character_for_a_partner_or_zone_is_none() {
        let d = table_of_rows(&[&["所在高新区", "东"], &["合作单位", "而"]]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.zone.as_deref(), Some("无"));
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        // 无 read as a digit or a letter on a grey scan is no name either.
        let d = table_of_rows(&[&["所在高新区", "J"], &["合作单位", "5"]]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.zone.as_deref(), Some("无"));
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        let d = table_of_rows(&[&["所在高新区", "吴江高新区"], &["合作单位", "东南大学"]]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.zone.as_deref(), Some("吴江高新区"));
        assert_eq!(f.partners, vec!["东南大学"]);
    }

    /// 所在地区 names a zone or an address, as its value shows: a zone's name or 无 is the zone
    /// (when no zone row answers), anything else the address; a zone row comes first.
    #[test]
    fn an_area_label_is_a_zone_or_an_address_by_its_value() {
        let area = |v: &str| {
            let d = table_of_rows(&[&["项目名", "智能网关关键技术研发"], &["所在地区", v]]);
            let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
            (ex.fields.zone, ex.address, ex.fields.project_name)
        };
        let (zone, address, name) = area("吴中高新区");
        assert_eq!((zone.as_deref(), address), (Some("吴中高新区"), None));
        assert_eq!(name.as_deref(), Some("智能网关关键技术研发"));
        assert_eq!(area("无").0.as_deref(), Some("无"));
        let (zone, address, _) = area("江苏省苏州市吴中区东吴北路101号");
        assert_eq!(zone, None);
        assert_eq!(address.as_deref(), Some("江苏省苏州市吴中区东吴北路101号"));
        let d = table_of_rows(&[&["所在高新区", "相城高新区"], &["所在地区", "苏州工业园区"]]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.zone.as_deref(), Some("相城高新区"));
        assert_eq!(ex.address.as_deref(), Some("苏州工业园区"));
    }

    /// Word's prompt in a control nobody filled is no value: no partner, and the zone row so
    /// left (or left empty) answers "in no zone"; a status row of tick boxes declares only the
    /// options ticked.
    #[test]
    fn prompts_and_empty_rows_are_no_values() {
        let d = table_of_rows(&[
            &["所在高新区", "单击或点击此处输入文字。"],
            &["合作单位", "单击或点击此处输入文字。"],
            &["开始日期", "单击或点击以输入日期。"],
            &["企业资质", "☐高新技术企业 ☐国家科技型中小企业"],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.zone.as_deref(), Some("无"));
        assert!(ex.fields.partners.is_empty(), "{:?}", ex.fields.partners);
        assert_eq!(ex.fields.start, None);
        assert_eq!(ex.status.as_deref(), Some(""));
        let d = table_of_rows(&[
            &["所在高新区", ""],
            &["企业资质", "☒高新技术企业 ☐国家科技型中小企业"],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.zone.as_deref(), Some("无"));
        assert_eq!(ex.status.as_deref(), Some("高新技术企业"));
    }

    /// A partner's name printed above its label (a web form's top-aligned text area), between
    /// two labelled lines; not a name under a title with no pair above it.
    #[test]
    fn an_organisation_above_its_empty_label_is_its_value() {
        let lines = |ls: &[&str]| {
            let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
            for l in ls {
                d.push_block(BlockKind::Paragraph, l, Some(1));
            }
            d
        };
        let d = lines(&[
            "所在高新区：\t无",
            "苏州恒瑞自动化科技有限公司",
            "合作单位：",
            "项目实施期限：\t2022年7月—2024年6月",
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.partners, vec!["苏州恒瑞自动化科技有限公司"]);
        let d = lines(&[
            "项目申报书",
            "苏州恒瑞自动化科技有限公司",
            "合作单位：",
            "项目负责人：王五",
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert!(f.partners.is_empty(), "{:?}", f.partners);
    }

    /// A page laid out label above value (a phone's form): the first label's value is the line
    /// below it, not the page's title above joined to it; a value that fills the page's width
    /// goes on to the label-free line after it.
    #[test]
    fn a_stacked_page_takes_the_values_below_their_labels() {
        let mut d = Document::new("截图.jpg", crate::extract::Format::Image);
        for l in [
            "项目申报详情",
            "项目名称",
            "苏州智华新材一个有效的多边形窗口的线裁剪",
            "算法研发",
            "指南代码",
            "210502",
            "申报单位",
            "苏州智华新材料科技有限公司",
            "负责人",
            "张子涵",
            "合作单位",
            "无",
            "申请市级资金（万元）",
            "40",
            "第1页",
        ] {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("苏州智华新材一个有效的多边形窗口的线裁剪算法研发")
        );
        assert_eq!(f.guide_code.as_deref(), Some("210502"));
        assert_eq!(f.leader.as_deref(), Some("张子涵"));
        assert_eq!(f.municipal_funding_wan, Some(40.0));
    }

    /// The amounts of a budget table by items: its 合计 row under the header's money columns.
    #[test]
    fn a_budget_tables_total_row_gives_the_amounts() {
        let d = table_of_rows(&[
            &["预算科目", "合计", "市拨经费", "自筹经费"],
            &["设备费", "90", "20", "70"],
            &["材料费", "110", "20", "90"],
            &["合计", "200", "40", "160"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.total_budget_wan, Some(200.0));
        assert_eq!(f.municipal_funding_wan, Some(40.0));
    }

    #[test]
    fn a_row_read_as_one_line_pairs_a_cell_label_with_the_next_segment() {
        let mut d = Document::new("信息表.pdf", crate::extract::Format::Pdf);
        for t in ["项目总预算（万元）\t267", "申请市级财政资助（万元）\t80"] {
            d.push_block(BlockKind::Paragraph, t, Some(1));
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.total_budget_wan, Some(267.0));
        assert_eq!(ex.fields.municipal_funding_wan, Some(80.0));
    }

    /// A credit code and a phone typed one character to a box are read whole; a row of a few
    /// one-digit cells (a 1–5 score) is left as it is.
    #[test]
    fn values_typed_one_character_to_a_box() {
        let code: Vec<String> = "91320505MA1X7Q3W0Y".chars().map(String::from).collect();
        let phone: Vec<String> = "13912345678".chars().map(String::from).collect();
        let mut code_row = vec!["统一社会信用代码"];
        code_row.extend(code.iter().map(String::as_str));
        let mut phone_row = vec!["手机号码"];
        phone_row.extend(phone.iter().map(String::as_str));
        let d = table_of_rows(&[
            &["申报单位", "苏州某某科技有限公司"],
            &code_row,
            &phone_row,
            &["评分", "1", "2", "3", "4", "5"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.phone.as_deref(), Some("13912345678"));
        let joined = join_boxed_characters(&d).unwrap();
        assert_eq!(joined.blocks.len(), 2 + 2 + 2 + 6);
        assert_eq!(joined.blocks[3].text, "91320505MA1X7Q3W0Y");
        assert!(
            join_boxed_characters(&table_of_rows(&[&["评分", "1", "2", "3", "4", "5"]])).is_none()
        );
    }

    fn table_of_rows(rows: &[&[&str]]) -> Document {
        let mut d = Document::new("信息表.docx", crate::extract::Format::Docx);
        for (r, row) in rows.iter().enumerate() {
            for (c, t) in row.iter().enumerate() {
                let kind = BlockKind::Cell {
                    table: 0,
                    row: r as u32,
                    col: c as u32,
                };
                d.push_block(kind, t, None);
            }
        }
        d
    }

    #[test]
    fn a_spacer_column_between_labels_and_values_is_crossed() {
        // A sheet exported with an empty narrow column between the labels and the values: the
        // value is the cell after the gap. A label whose own row holds nothing stays unread,
        // and a gap followed by another label is no value.
        let d = table_of_rows(&[
            &["项目名称：", "", "碳化硅功率模块封装关键技术研发"],
            &["指南代码：", "", "210201"],
            &["统一社会信用代码：", "", "91320505MA1X7Q3W0Y"],
            &["项目总投入（万元）：", "", "500"],
            &["申请市拨经费（万元）：", "", "申报单位："],
            &["联系电话：", ""],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        let f = &ex.fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("碳化硅功率模块封装关键技术研发")
        );
        assert_eq!(f.guide_code.as_deref(), Some("210201"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.total_budget_wan, Some(500.0));
        assert_eq!(f.municipal_funding_wan, None);
        assert_eq!(f.phone, None);
    }

    #[test]
    fn other_forms_layouts_read_by_the_label_model() {
        // A group label merged down over generic sub-labels; a bilingual label; a label and its
        // value in one cell; a header row whose labels the lexicon does not hold.
        let d = table_of_rows(&[
            &["申报单位", "名称", "苏州某某科技有限公司"],
            &["", "统一社会信用代码 Credit Code", "91320505MA1X7Q3W0Y"],
            &["项目负责人", "姓名", "王晓明"],
            &["项目负责人", "13912345678", "高级工程师"],
            &["申请市拨（万元）：60", "合作单位：无"],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        let f = &ex.fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州某某科技有限公司"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.leader.as_deref(), Some("王晓明"));
        assert_eq!(f.municipal_funding_wan, Some(60.0));
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        // A sub-label that is a label of its own, under a group label: the group decides.
        let d = table_of_rows(&[
            &["申报单位", "名称", "苏州某某科技有限公司"],
            &["合作单位", "单位名称", "苏州某某大学"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州某某科技有限公司"));
        assert_eq!(f.partners, vec!["苏州某某大学"]);
        let d = table_of_rows(&[
            &["课题名称", "所属领域代码", "依托单位", "单位统一代码"],
            &[
                "高精度伺服驱动器研发",
                "210902",
                "苏州某某科技有限公司",
                "91320505MA1X7Q3W0Y",
            ],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.guide_code.as_deref(), Some("210902"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
    }

    /// Units described in sections with the same sub-labels: the partner section's 单位名称
    /// is a partner, its code a partner's, its 联系电话 nobody's; the project's section after
    /// it is read as usual.
    #[test]
    fn a_partner_section_repeats_the_applicants_sub_labels() {
        let d = table_of_rows(&[
            &["一、申报单位情况"],
            &[
                "单位名称",
                "苏州某某科技有限公司",
                "统一社会信用代码",
                "91320505MA1X7Q3W0Y",
            ],
            &["二、合作单位情况"],
            &[
                "单位名称",
                "苏州某某大学",
                "统一社会信用代码",
                "12320000466008467C",
            ],
            &["联系人", "陈立", "联系电话", "0512-65112233"],
            &["三、项目基本情况"],
            &["项目名称", "高精度伺服驱动器研发"],
            &["项目负责人", "王晓明", "联系电话", "13912345678"],
        ]);
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        let f = &ex.fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州某某科技有限公司"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.partners, vec!["苏州某某大学"]);
        assert_eq!(ex.partner_codes, vec!["12320000466008467C"]);
        assert_eq!(f.phone.as_deref(), Some("13912345678"));
        assert_eq!(f.project_name.as_deref(), Some("高精度伺服驱动器研发"));
    }

    #[test]
    fn one_column_form_and_amounts_in_thousands() {
        // Each label row over its value row in a one-column table; amounts in 千元.
        let d = table_of_rows(&[
            &["一、项目名称"],
            &["高精度伺服驱动器研发"],
            &["二、指南代码"],
            &["210902"],
            &["三、统一社会信用代码"],
            &["91320505MA1X7Q3W0Y"],
            &["四、项目总经费（千元）"],
            &["1500"],
            &["五、申请市财政经费（千元）"],
            &["450"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("高精度伺服驱动器研发"));
        assert_eq!(f.guide_code.as_deref(), Some("210902"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.total_budget_wan, Some(150.0));
        assert_eq!(f.municipal_funding_wan, Some(45.0));
    }

    #[test]
    fn unruled_header_line_over_values() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        d.push_block(
            BlockKind::Paragraph,
            "项目名称   指南代码   项目负责人",
            Some(1),
        );
        d.push_block(
            BlockKind::Paragraph,
            "高精度伺服驱动器研发   210902   王晓明",
            Some(1),
        );
        d.push_block(BlockKind::Paragraph, "主管部门 所在高新区", Some(1));
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(
            ex.fields.project_name.as_deref(),
            Some("高精度伺服驱动器研发")
        );
        assert_eq!(ex.fields.guide_code.as_deref(), Some("210902"));
        assert_eq!(ex.fields.leader.as_deref(), Some("王晓明"));
        assert_eq!(clean_org("苏州甲有限公司（盖章）"), "苏州甲有限公司");
        assert_eq!(clean_org("李四 (签字)"), "李四");
        assert_eq!(
            clean_org("苏州（太仓）甲有限公司"),
            "苏州（太仓）甲有限公司"
        );
        // Labels with no values under them give nothing, not each other.
        assert_eq!(ex.fields.department, None);
        assert_eq!(ex.fields.zone, None);
    }

    #[test]
    fn four_column_rows_and_header_rows() {
        let mut d = Document::new("t.docx", crate::extract::Format::Docx);
        let cell = |t, r, c| BlockKind::Cell {
            table: t,
            row: r,
            col: c,
        };
        for (r, row) in [
            ["项目名称", "甲研发", "指南代码", "210101"],
            [
                "申报单位",
                "苏州甲有限公司",
                "统一社会信用代码",
                "91320505MA1X00000X",
            ],
        ]
        .iter()
        .enumerate()
        {
            for (c, t) in row.iter().enumerate() {
                d.push_block(cell(0, r as u32, c as u32), t, None);
            }
        }
        for (r, row) in [["项目负责人", "联系电话"], ["张三", "13912345678"]]
            .iter()
            .enumerate()
        {
            for (c, t) in row.iter().enumerate() {
                d.push_block(cell(1, r as u32, c as u32), t, None);
            }
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.project_name.as_deref(), Some("甲研发"));
        assert_eq!(ex.fields.guide_code.as_deref(), Some("210101"));
        assert_eq!(ex.fields.applicant.as_deref(), Some("苏州甲有限公司"));
        assert_eq!(ex.fields.leader.as_deref(), Some("张三"));
        assert_eq!(ex.fields.phone.as_deref(), Some("13912345678"));
        assert_eq!(ex.fields.applicant_type, Some(ApplicantType::Enterprise));
    }

    #[test]
    fn labelled_lines_and_label_then_value() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        d.push_block(
            BlockKind::Paragraph,
            "项目负责人：李四    联系电话：0512-66668888",
            Some(1),
        );
        d.push_block(BlockKind::Paragraph, "主管部门", Some(1));
        d.push_block(BlockKind::Paragraph, "苏州市吴中区科学技术局", Some(1));
        d.push_block(BlockKind::Paragraph, "申请市拨经费（万元）", Some(1));
        d.push_block(BlockKind::Paragraph, "80", Some(1));
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.leader.as_deref(), Some("李四"));
        assert_eq!(ex.fields.phone.as_deref(), Some("0512-66668888"));
        assert_eq!(
            ex.fields.department.as_deref(),
            Some("苏州市吴中区科学技术局")
        );
        assert_eq!(ex.fields.municipal_funding_wan, Some(80.0));
        assert_eq!(ex.fields.project_name, None);
        // Stacked label / value lines: a value above belongs to the label above it.
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for l in ["项目负责人", "李四", "主管部门", "苏州市吴中区科学技术局"]
        {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.department.as_deref(), Some("苏州市吴中区科学技术局"));
    }

    /// Fill-in instructions a template left in the value cells are not part of the values:
    /// before, after, or on a line of their own; brackets about the value stay.
    #[test]
    fn instructions_left_in_value_cells_are_not_values() {
        for (raw, want) in [
            (
                "（全称，与公章一致）苏州某某科技有限公司",
                "苏州某某科技有限公司",
            ),
            (
                "新型电机控制器研发（不超过25个字，以“研发”结尾）",
                "新型电机控制器研发",
            ),
            ("320（单位：万元）", "320"),
            ("80\n（不超过总投入的30%）", "80"),
            ("19877028860\n（手机）", "19877028860"),
            ("91320509XXJKFK9T36（18位）", "91320509XXJKFK9T36"),
            ("无（多家单位用“；”隔开）", "无"),
            ("（不在高新区内的填“无”）吴江高新区", "吴江高新区"),
            ("（请填写）", ""),
        ] {
            assert_eq!(without_instructions(raw), want, "{raw}");
        }
        for kept in [
            "苏州某某（集团）有限公司",
            "王五（教授）",
            "2022年7月至2024年6月（共24个月）",
            "100（大写：壹佰万元整）",
            "苏州某某精密机械（有限合伙）",
            "环境监测数据平台研发（应用示范）",
            "苏州大学（申请中）",
        ] {
            assert_eq!(without_instructions(kept), kept);
        }
    }

    /// A remarks column (备注) beside the values holds the form's instructions; one that names
    /// a field (无合作单位的填“无”) is no label, so its row is no header over the next row.
    #[test]
    fn a_remark_naming_a_field_is_no_label() {
        let rows: &[&[&str]] = &[
            &["填报项目", "填报内容", "备注"],
            &["申报单位名称", "西交利物浦大学", "与营业执照一致"],
            &["所在高新区", "无", "不在高新区的填“无”"],
            &[
                "合作单位",
                "苏州恒创微电子科技有限公司",
                "无合作单位的填“无”",
            ],
            &[
                "项目实施起止时间",
                "2022/07/01 - 2024/06/30",
                "格式：年/月/日",
            ],
        ];
        // Cells rebuilt from a PDF page, as AbiWord's table is read.
        let mut d = table_of_rows(rows);
        d.format = crate::extract::Format::Pdf;
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.partners, ["苏州恒创微电子科技有限公司"]);
        assert_eq!(f.applicant.as_deref(), Some("西交利物浦大学"));
        assert_eq!(f.zone.as_deref(), Some("无"));
        assert_eq!(f.start.as_deref(), Some("2022-07"));
    }

    /// A form's signing line left for the seal and the date (申报单位（盖章）： … 日期： 年 月 日)
    /// holds no value: what follows its colon is another label over an unfilled date, so the
    /// applicant stays the one the table gives, under whatever label.
    #[test]
    fn a_signing_line_left_blank_is_no_value() {
        let sign = "申报单位（盖章）：                  日期：    年  月  日";
        let rows: &[&[&str]] = &[
            &["科技计划项目申报信息导出表"],
            &["项目名称", "新型电机控制器关键技术研发"],
            &["申报主体名称", "苏州乙科技有限公司"],
            &["统一社会信用代码（18位）", "91320505MA1X7Q3W0Y"],
            &["项目负责人姓名", "张三", "负责人手机号", "13912345678"],
            &[sign],
        ];
        let mut d = table_of_rows(rows);
        d.format = crate::extract::Format::Sheet;
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州乙科技有限公司"));
        // The same line typed under a table, and a date's blank alone.
        let mut d = table_of_rows(&rows[..5]);
        d.push_block(BlockKind::Paragraph, sign, None);
        d.push_block(BlockKind::Paragraph, "填报日期：    年  月  日", None);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州乙科技有限公司"));
        assert!(is_blank("    年  月  日") && is_blank("日期：  年  月  日") && is_blank("签字："));
        assert!(!is_blank("2022年7月1日") && !is_blank("苏州：甲公司"));
    }

    /// A table with an index column and one cell per field holding its label over its value.
    #[test]
    fn labels_over_values_in_one_cell() {
        let mut d = Document::new("t.docx", crate::extract::Format::Docx);
        for (r, (a, b)) in [
            ("1", "项目名称\n新型电机控制器研发"),
            ("2", "指南代码\n210101"),
            ("3", "所在高新区\n无"),
            ("4", "项目总投入（万元）\n300"),
            ("5", "申请市拨经费\n（万元）"),
        ]
        .into_iter()
        .enumerate()
        {
            for (c, text) in [a, b].into_iter().enumerate() {
                d.push_block(
                    BlockKind::Cell {
                        table: 0,
                        row: r as u32,
                        col: c as u32,
                    },
                    text,
                    None,
                );
            }
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("新型电机控制器研发"));
        assert_eq!(f.guide_code.as_deref(), Some("210101"));
        assert_eq!(f.zone.as_deref(), Some("无"));
        assert_eq!(f.total_budget_wan, Some(300.0));
        assert_eq!(f.municipal_funding_wan, None);
    }

    /// A form of cards: every cell a label over its value, two a row, a lone one beside an
    /// empty cell, the long ones alone in their row. Each cell is a field of its own: not a
    /// label whose value is the next cell (手机号码 / … beside 主管部门 / …), not a header over
    /// the row under it (合作单位 / 无 over 项目实施期限 / …).
    #[test]
    fn cards_of_a_label_over_its_value_are_fields_of_their_own() {
        let d = table_of_rows(&[
            &["项目名称\n新型电机控制器研发"],
            &["所属指南代码\n210103", ""],
            &["统一社会信用代码\n91320507MQ118EXDP4", "单位类型\n企业"],
            &["手机号码\n19601713293", "主管部门\n苏州市相城区科学技术局"],
            &["所在高新区\n相城高新区", ""],
            &["合作单位\n无"],
            &["项目实施期限\n2022年8月1日起至2025年7月31日止"],
            &["项目总投入（万元）\n250", "申请市拨经费（万元）\n50"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("新型电机控制器研发"));
        assert_eq!(f.guide_code.as_deref(), Some("210103"));
        assert_eq!(f.credit_code.as_deref(), Some("91320507MQ118EXDP4"));
        assert_eq!(f.phone.as_deref(), Some("19601713293"));
        assert_eq!(f.department.as_deref(), Some("苏州市相城区科学技术局"));
        assert_eq!(f.zone.as_deref(), Some("相城高新区"));
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        assert_eq!(f.start.as_deref(), Some("2022-08"));
        assert_eq!(f.end.as_deref(), Some("2025-07"));
        assert_eq!(f.total_budget_wan, Some(250.0));
        assert_eq!(f.municipal_funding_wan, Some(50.0));
    }

    /// Bands of column heads over one row of values, a group's label in a row of its own over
    /// its fields' sub-labels: each sub-label names its field with the group's label, or alone
    /// when the two together name none; the group's unit holds for its amounts.
    #[test]
    fn a_groups_label_over_its_sub_labels_names_their_fields() {
        let d = table_of_rows(&[
            &["项目名称", "指南代码"],
            &["新型电机控制器研发", "210603"],
            &["申报单位"],
            &["名称", "统一社会信用代码", "类型", "资质"],
            &[
                "苏州睿创微电子科技有限公司",
                "913205071G42XQJXY8",
                "企业",
                "高新技术企业",
            ],
            &["项目负责人"],
            &["姓名", "手机"],
            &["孙晓明", "15552310311"],
            &["主管部门", "所在高新区", "合作单位"],
            &["苏州市相城区科学技术局", "相城高新区", "无"],
            &["实施期限"],
            &["起始年月", "终止年月"],
            &["2022-08", "2024-07"],
            &["经费（千元）"],
            &["项目总投入", "申请市拨"],
            &["2500", "500"],
        ]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("新型电机控制器研发"));
        assert_eq!(f.guide_code.as_deref(), Some("210603"));
        assert_eq!(f.applicant.as_deref(), Some("苏州睿创微电子科技有限公司"));
        assert_eq!(f.credit_code.as_deref(), Some("913205071G42XQJXY8"));
        assert_eq!(f.leader.as_deref(), Some("孙晓明"));
        assert_eq!(f.phone.as_deref(), Some("15552310311"));
        assert_eq!(f.zone.as_deref(), Some("相城高新区"));
        assert_eq!(f.start.as_deref(), Some("2022-08"));
        assert_eq!(f.end.as_deref(), Some("2024-07"));
        assert_eq!(f.total_budget_wan, Some(250.0));
        assert_eq!(f.municipal_funding_wan, Some(50.0));
    }

    /// A table used only to set two stacks of "label：value" paragraphs side by side: each
    /// cell's labelled lines are pairs of their own, a heading line over them no label, and
    /// no value runs on into the next line's label.
    #[test]
    fn a_cell_holding_a_stack_of_labelled_lines_gives_each_pair() {
        let d = table_of_rows(&[&[
            "项目情况\n项目名称：产纤溶酶霉菌的筛选及诱变关键技术研发\n指南代码：211101\n合作单位：无\n实施期限：2022年7月—2024年6月\n项目总投入（万元）：150\n申请市拨经费（万元）：30",
            "单位及负责人\n申报单位：苏州微华自动化科技有限公司\n统一社会信用代码：\n913205946G03ARJGT5\n项目负责人：王晓明\n手机：13158419217\n所在高新区：苏州工业园区",
        ]]);
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("产纤溶酶霉菌的筛选及诱变关键技术研发")
        );
        assert_eq!(f.guide_code.as_deref(), Some("211101"));
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        assert_eq!(f.start.as_deref(), Some("2022-07"));
        assert_eq!(f.total_budget_wan, Some(150.0));
        assert_eq!(f.municipal_funding_wan, Some(30.0));
        assert_eq!(f.applicant.as_deref(), Some("苏州微华自动化科技有限公司"));
        assert_eq!(f.credit_code.as_deref(), Some("913205946G03ARJGT5"));
        assert_eq!(f.leader.as_deref(), Some("王晓明"));
        assert_eq!(f.phone.as_deref(), Some("13158419217"));
        assert_eq!(f.zone.as_deref(), Some("苏州工业园区"));
    }

    /// An unruled header line's labels are read as cells are, by the label model's key words
    /// too (申请市级经费 is no phrase of the lexicon).
    #[test]
    fn an_unruled_header_lines_labels_are_read_by_key_words() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        d.push_block(
            BlockKind::Paragraph,
            "*项目总投资（万元）\t*申请市级经费（万元）",
            Some(1),
        );
        d.push_block(BlockKind::Paragraph, "250.00\t100.00", Some(1));
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.total_budget_wan, Some(250.0));
        assert_eq!(f.municipal_funding_wan, Some(100.0));
    }

    /// Pairs a converter ran into one line with no space (a cover turned from PDF into Word:
    /// 项目名称：…研发申报单位（盖章）：…): each label with its colon starts a pair. A note in
    /// brackets inside a value (（联系人：…）) and a colon in prose are not labels.
    #[test]
    fn pairs_run_together_on_one_line() {
        let mut d = Document::new("t.docx", crate::extract::Format::Docx);
        for l in [
            "项目名称：新型传感器关键技术研发申报单位（盖章）：苏州某某科技有限公司",
            "项目负责人：张三主管部门：苏州市吴中区科学技术局",
            "合作单位：苏州甲电子有限公司（联系人：王五）",
        ] {
            d.push_block(BlockKind::Paragraph, l, None);
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("新型传感器关键技术研发"));
        assert_eq!(f.applicant.as_deref(), Some("苏州某某科技有限公司"));
        assert_eq!(f.leader.as_deref(), Some("张三"));
        assert_eq!(f.department.as_deref(), Some("苏州市吴中区科学技术局"));
        assert_eq!(f.partners, ["苏州甲电子有限公司（联系人：王五）"]);
    }

    /// A label whose tail is another field's label (合作单位名称 ends in 单位名称, the
    /// applicant's; 合作单位统一社会信用代码 in 统一社会信用代码) is one label: the line is
    /// not cut inside it.
    #[test]
    fn a_label_ending_in_another_label_stays_whole() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for l in [
            "申报单位：苏州乙科技有限公司",
            "统一社会信用代码：91320505MA1X7Q3W0Y",
            "合作单位名称： 苏州甲电子有限公司",
            "合作单位统一社会信用代码：91320594MA1MXXXX3K",
        ] {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        let ex = extract_fields(&[(&d, 0..d.blocks.len())]);
        assert_eq!(ex.fields.applicant.as_deref(), Some("苏州乙科技有限公司"));
        assert_eq!(ex.fields.partners, ["苏州甲电子有限公司"]);
        assert_eq!(ex.fields.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(ex.partner_codes, ["91320594MA1MXXXX3K"]);
    }

    #[test]
    fn unruled_rows_glued_codes_wrapped_labels_and_english_names() {
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for l in [
            "申报单位\t苏州某某科技有限公司 (Suzhou Mouxin Technology Co., Ltd.)",
            "统一社会信用代码91320505MA1X7Q3W0Y",
            "合作单位\t苏州大学 (Soochow University)；苏州某某电子有限公司 (Suzhou Mou Co., Ltd.)",
            "项目总投入（万",
            "250",
            "元）",
            "项目负责人2023年起主持",
        ] {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.applicant.as_deref(), Some("苏州某某科技有限公司"));
        assert_eq!(f.credit_code.as_deref(), Some("91320505MA1X7Q3W0Y"));
        assert_eq!(f.partners, vec!["苏州大学", "苏州某某电子有限公司"]);
        assert_eq!(f.total_budget_wan, Some(250.0));
        // Han text flush against a label is a longer word, not a value.
        assert_eq!(f.leader, None);
    }

    #[test]
    fn a_wrapped_value_centred_on_its_label_is_read_from_above_and_below() {
        // An unruled two-pair table: the name wraps, its first line above the label's line and
        // its last below; the label's own line has nothing after it.
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        for l in [
            "项目基本信息",
            "面向高端装备的高精度伺服",
            "项目名称：\t指南代码：210902",
            "驱动器研发",
            "申报单位：苏州某某科技有限公司\t信用代码：91320505MA1X7Q3W0Y",
        ] {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(
            f.project_name.as_deref(),
            Some("面向高端装备的高精度伺服驱动器研发")
        );
        assert_eq!(f.guide_code.as_deref(), Some("210902"));
        // A blank field between the table's title and a note below takes neither.
        let mut d = Document::new("t.pdf", crate::extract::Format::Pdf);
        d.push_block(BlockKind::Heading { level: 1 }, "项目信息表", Some(1));
        d.push_block(
            BlockKind::Paragraph,
            "合作单位：\t指南代码：210902",
            Some(1),
        );
        d.push_block(BlockKind::Paragraph, "注：经费单位为万元", Some(1));
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert!(f.partners.is_empty(), "{:?}", f.partners);
        // Paragraphs of a flowing document (a web form of div rows saved as .doc) never wrap:
        // the title above a bare label is no half of its value.
        let mut d = Document::new("t.doc", crate::extract::Format::Html);
        for l in [
            "项目申报信息",
            "项目名称",
            "检测装备研发",
            "指南代码",
            "210902",
        ] {
            d.push_block(BlockKind::Paragraph, l, None);
        }
        let f = extract_fields(&[(&d, 0..d.blocks.len())]).fields;
        assert_eq!(f.project_name.as_deref(), Some("检测装备研发"));
        assert_eq!(f.guide_code.as_deref(), Some("210902"));
    }
}
