//! Spreadsheet formulas a workbook carries without their results. A script that fills a
//! workbook (openpyxl, many online systems' exporters) writes `=SUM(B2:B7)` or
//! `='经费预算'!D8` and no cached value: the clerk who opens the file sees the sums because the
//! spreadsheet program works them out, and propscan would see empty cells. This works out the
//! arithmetic such forms use — numbers, cell references (this sheet or another, `$` anchors),
//! ranges, `+ - * /`, brackets, unary minus, SUM / ROUND / MIN / MAX / AVERAGE — and nothing
//! else: any other function, text in arithmetic, a reference cycle, a range wider than
//! [`MAX_RANGE`] cells or nesting deeper than [`MAX_DEPTH`] gives no value (the cell stays
//! empty, as before).

use std::collections::HashMap;

/// The most cells one range may span.
pub const MAX_RANGE: u64 = 10_000;
/// The most formulas one evaluation may pass through (references to formulas, brackets).
pub const MAX_DEPTH: usize = 24;

/// A cell of the workbook as the formulas see it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Number(f64),
    Text,
    Formula(String),
}

/// The workbook's cells by (sheet index, row, column), 0-based, and its sheet names.
#[derive(Default)]
pub struct Book {
    pub sheets: Vec<String>,
    pub cells: HashMap<(usize, u32, u32), Cell>,
}

impl Book {
    /// The value of the formula in `sheet`'s cell (without its leading `=`), if every part of
    /// it can be worked out.
    pub fn evaluate(&self, sheet: usize, formula: &str) -> Option<f64> {
        let tokens = tokens(formula)?;
        let mut p = Parser {
            book: self,
            sheet,
            tokens: &tokens,
            at: 0,
            depth: 0,
            visiting: Vec::new(),
        };
        let v = p.expr()?;
        (p.at == tokens.len() && v.is_finite()).then_some(v)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    /// A reference: sheet name (if given), first cell, last cell of a range.
    Ref(Option<String>, (u32, u32), Option<(u32, u32)>),
    Func(String),
    Op(char),
    Open,
    Close,
    Comma,
}

/// "B12" / "$B$12" → (row 11, column 1).
pub(super) fn cell_ref(s: &str) -> Option<(u32, u32)> {
    let s = s.replace('$', "");
    let letters: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let digits = &s[letters.len()..];
    if letters.is_empty() || letters.len() > 3 || digits.is_empty() {
        return None;
    }
    let col = letters.chars().try_fold(0u32, |acc, c| {
        Some(acc * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1))
    })?;
    let row: u32 = digits.parse().ok()?;
    (row >= 1 && col >= 1).then(|| (row - 1, col - 1))
}

fn tokens(f: &str) -> Option<Vec<Tok>> {
    let chars: Vec<char> = f.trim().trim_start_matches('=').chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                out.push(Tok::Close);
                i += 1;
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            '+' | '-' | '*' | '/' => {
                out.push(Tok::Op(c));
                i += 1;
            }
            '0'..='9' | '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                out.push(Tok::Num(s.parse().ok()?));
            }
            _ => {
                // A sheet name in quotes ('经费预算'!D8, '' for a quote inside), or a word: a
                // function name, a reference, or a sheet name without quotes (Sheet2!B3).
                let word: String = if c == '\'' {
                    let mut name = String::new();
                    i += 1;
                    loop {
                        match chars.get(i) {
                            Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                                name.push('\'');
                                i += 2;
                            }
                            Some('\'') => {
                                i += 1;
                                break;
                            }
                            Some(&ch) => {
                                name.push(ch);
                                i += 1;
                            }
                            None => return None,
                        }
                    }
                    name
                } else {
                    let start = i;
                    while i < chars.len()
                        && !matches!(
                            chars[i],
                            ' ' | '(' | ')' | ',' | '+' | '-' | '*' | '/' | ':' | '!'
                        )
                    {
                        i += 1;
                    }
                    chars[start..i].iter().collect()
                };
                if chars.get(i) == Some(&'!') {
                    let sheet = Some(word);
                    i += 1;
                    let start = i;
                    while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '$') {
                        i += 1;
                    }
                    let first = cell_ref(&chars[start..i].iter().collect::<String>())?;
                    let last = range_end(&chars, &mut i)?;
                    out.push(Tok::Ref(sheet, first, last));
                } else if chars.get(i) == Some(&'(') {
                    out.push(Tok::Func(word.to_ascii_uppercase()));
                } else {
                    let first = cell_ref(&word)?;
                    let last = range_end(&chars, &mut i)?;
                    out.push(Tok::Ref(None, first, last));
                }
            }
        }
    }
    Some(out)
}

/// After a reference: ":B7" makes it a range (Some(Some(end))), nothing leaves it one cell.
fn range_end(chars: &[char], i: &mut usize) -> Option<Option<(u32, u32)>> {
    if chars.get(*i) != Some(&':') {
        return Some(None);
    }
    *i += 1;
    let start = *i;
    while *i < chars.len() && (chars[*i].is_ascii_alphanumeric() || chars[*i] == '$') {
        *i += 1;
    }
    Some(Some(cell_ref(
        &chars[start..*i].iter().collect::<String>(),
    )?))
}

struct Parser<'a> {
    book: &'a Book,
    sheet: usize,
    tokens: &'a [Tok],
    at: usize,
    depth: usize,
    /// Formula cells being worked out (a reference back to one is a cycle).
    visiting: Vec<(usize, u32, u32)>,
}

impl Parser<'_> {
    fn next(&mut self) -> Option<&Tok> {
        let t = self.tokens.get(self.at);
        self.at += 1;
        t
    }

    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at)
    }

    fn expr(&mut self) -> Option<f64> {
        let mut v = self.term()?;
        while let Some(Tok::Op(op @ ('+' | '-'))) = self.peek() {
            let op = *op;
            self.at += 1;
            let w = self.term()?;
            v = if op == '+' { v + w } else { v - w };
        }
        Some(v)
    }

    fn term(&mut self) -> Option<f64> {
        let mut v = self.unary()?;
        while let Some(Tok::Op(op @ ('*' | '/'))) = self.peek() {
            let op = *op;
            self.at += 1;
            let w = self.unary()?;
            if op == '/' && w == 0.0 {
                return None;
            }
            v = if op == '*' { v * w } else { v / w };
        }
        Some(v)
    }

    fn unary(&mut self) -> Option<f64> {
        match self.peek() {
            Some(Tok::Op('-')) => {
                self.at += 1;
                Some(-self.unary()?)
            }
            Some(Tok::Op('+')) => {
                self.at += 1;
                self.unary()
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Option<f64> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let v = match self.next()?.clone() {
            Tok::Num(n) => Some(n),
            Tok::Open => {
                let v = self.expr()?;
                matches!(self.next(), Some(Tok::Close)).then_some(v)
            }
            Tok::Ref(sheet, first, None) => self.cell(sheet.as_deref(), first),
            Tok::Ref(..) => None, // a range outside a function
            Tok::Func(name) => self.function(&name),
            _ => None,
        };
        self.depth -= 1;
        v
    }

    fn sheet_index(&self, name: Option<&str>) -> Option<usize> {
        match name {
            None => Some(self.sheet),
            Some(n) => self.book.sheets.iter().position(|s| s == n),
        }
    }

    /// One cell as a number in arithmetic: empty is 0, text is no number.
    fn cell(&mut self, sheet: Option<&str>, (row, col): (u32, u32)) -> Option<f64> {
        let s = self.sheet_index(sheet)?;
        match self.book.cells.get(&(s, row, col)) {
            None => Some(0.0),
            Some(Cell::Number(n)) => Some(*n),
            Some(Cell::Text) => None,
            Some(Cell::Formula(f)) => self.formula_cell((s, row, col), f),
        }
    }

    fn formula_cell(&mut self, at: (usize, u32, u32), f: &str) -> Option<f64> {
        if self.visiting.contains(&at) || self.depth + self.visiting.len() > MAX_DEPTH {
            return None;
        }
        let tokens = tokens(f)?;
        let mut inner = Parser {
            book: self.book,
            sheet: at.0,
            tokens: &tokens,
            at: 0,
            depth: self.depth,
            visiting: std::mem::take(&mut self.visiting),
        };
        inner.visiting.push(at);
        let v = inner.expr().filter(|_| inner.at == tokens.len());
        inner.visiting.pop();
        self.visiting = inner.visiting;
        v
    }

    /// The numbers of a function's arguments: a range gives its numbers (empty cells and text
    /// left out, as spreadsheets do), an expression its value.
    fn arguments(&mut self) -> Option<Vec<f64>> {
        if !matches!(self.next(), Some(Tok::Open)) {
            return None;
        }
        let mut out = Vec::new();
        if matches!(self.peek(), Some(Tok::Close)) {
            self.at += 1;
            return Some(out);
        }
        loop {
            if let Some(Tok::Ref(sheet, first, Some(last))) = self.peek().cloned()
                && matches!(self.tokens.get(self.at + 1), Some(Tok::Comma | Tok::Close))
            {
                self.at += 1;
                let s = self.sheet_index(sheet.as_deref())?;
                let (r0, r1) = (first.0.min(last.0), first.0.max(last.0));
                let (c0, c1) = (first.1.min(last.1), first.1.max(last.1));
                if u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1) > MAX_RANGE {
                    return None;
                }
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        match self.book.cells.get(&(s, r, c)) {
                            Some(Cell::Number(n)) => out.push(*n),
                            Some(Cell::Formula(f)) => out.push(self.formula_cell((s, r, c), f)?),
                            _ => {}
                        }
                    }
                }
            } else {
                out.push(self.expr()?);
            }
            match self.next() {
                Some(Tok::Comma) => continue,
                Some(Tok::Close) => return Some(out),
                _ => return None,
            }
        }
    }

    fn function(&mut self, name: &str) -> Option<f64> {
        let args = self.arguments()?;
        match name {
            "SUM" => Some(args.iter().sum()),
            "MIN" => args.iter().copied().reduce(f64::min).or(Some(0.0)),
            "MAX" => args.iter().copied().reduce(f64::max).or(Some(0.0)),
            "AVERAGE" => (!args.is_empty()).then(|| args.iter().sum::<f64>() / args.len() as f64),
            "ROUND" => match args[..] {
                [x, n] if (0.0..=10.0).contains(&n) && n.fract() == 0.0 => {
                    let k = 10f64.powi(n as i32);
                    Some((x * k).round() / k)
                }
                [x] => Some(x.round()),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> Book {
        let mut b = Book {
            sheets: vec!["基本信息".into(), "经费预算".into()],
            ..Book::default()
        };
        for (r, m, o) in [(1, 16.0, 30.0), (2, 12.0, 30.0), (3, 12.0, 60.0)] {
            b.cells.insert((1, r, 1), Cell::Number(m));
            b.cells.insert((1, r, 2), Cell::Number(o));
            b.cells
                .insert((1, r, 3), Cell::Formula(format!("B{}+C{}", r + 1, r + 1)));
        }
        b.cells.insert((1, 0, 1), Cell::Text);
        b.cells
            .insert((1, 4, 1), Cell::Formula("SUM(B2:B4)".into()));
        b.cells
            .insert((1, 4, 3), Cell::Formula("SUM(D1:D4)".into()));
        b
    }

    #[test]
    fn sums_references_and_other_sheets() {
        let b = book();
        assert_eq!(b.evaluate(1, "=SUM(B2:B4)"), Some(40.0));
        assert_eq!(b.evaluate(0, "='经费预算'!D5"), Some(160.0));
        assert_eq!(b.evaluate(0, "=经费预算!$B$5"), Some(40.0));
        assert_eq!(b.evaluate(1, "=(B2+C2)*2-1/4"), Some(91.75));
        assert_eq!(b.evaluate(1, "=ROUND(B5/D5,2)"), Some(0.25));
        assert_eq!(b.evaluate(1, "=-B2+MAX(B2:C4,100)"), Some(84.0));
        // An empty cell is 0 in arithmetic; the header's text is left out of a SUM.
        assert_eq!(b.evaluate(1, "=B9+1"), Some(1.0));
        assert_eq!(b.evaluate(1, "=SUM(B1:B2)"), Some(16.0));
    }

    #[test]
    fn what_cannot_be_worked_out_gives_nothing() {
        let mut b = book();
        assert_eq!(b.evaluate(1, "=B1+1"), None); // text in arithmetic
        assert_eq!(b.evaluate(1, "=VLOOKUP(A1,A1:B4,2)"), None);
        assert_eq!(b.evaluate(1, "=SUM(A1:Z100000)"), None);
        assert_eq!(b.evaluate(1, "=B2/0"), None);
        assert_eq!(b.evaluate(0, "='无此表'!A1"), None);
        assert_eq!(b.evaluate(1, "=SUM(B2:B4"), None);
        // A cycle, directly and through another cell.
        b.cells.insert((1, 9, 0), Cell::Formula("A11+1".into()));
        b.cells.insert((1, 10, 0), Cell::Formula("A10*2".into()));
        assert_eq!(b.evaluate(1, "=A10"), None);
        // A chain deeper than the limit.
        for r in 20..60u32 {
            b.cells
                .insert((1, r, 0), Cell::Formula(format!("A{}+1", r + 2)));
        }
        assert_eq!(b.evaluate(1, "=A21"), None);
    }
}
