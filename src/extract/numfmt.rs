//! A number as a spreadsheet shows it under its cell's number format: what a clerk who opens
//! the workbook reads. A format can carry what no cell's text says — the unit of an amount
//! (`#,##0.00"万元"`, `0"元"`), a percentage (`0.0%`), a code's leading zeros (`000000`) — so
//! the number alone, as stored, can read as another value.
//!
//! The sections, literals, escapes, digit placeholders (`0 # ?`), the decimal point, thousands
//! grouping and scaling commas and the percent sign of ECMA-376 §18.8.31 are rendered. Dates
//! and times (read as dates before this), exponents, fractions and text sections are not: for
//! those the number is read as stored.

/// One piece of a format section.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Literal(String),
    /// A digit placeholder: '0' (a digit, 0 if none), '#' (a digit, nothing if none) or '?'
    /// (a digit, a space if none).
    Digit(char),
    Point,
    Comma,
    Percent,
}

/// `value` as `code` shows it, or None when the format is not one this renders (General, a
/// date or a time, an exponent, a fraction, text) or shows nothing of the number.
pub fn shown(value: f64, code: &str) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let sections = split_sections(code);
    let (section, value, minus) = match sections.as_slice() {
        [] => return None,
        [only] => (only.as_str(), value.abs(), value < 0.0),
        [_, neg, ..] if value < 0.0 => (neg.as_str(), value.abs(), false),
        [_, _, zero, ..] if value == 0.0 => (zero.as_str(), 0.0, false),
        [pos, ..] => (pos.as_str(), value, false),
    };
    let tokens = tokens(section)?;
    if !tokens.iter().any(|t| matches!(t, Token::Digit(_))) {
        return None;
    }
    Some(render(&tokens, value, minus))
}

/// The format's sections, split at the semicolons outside quotes and escapes.
fn split_sections(code: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = code.chars();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        let last = out.last_mut().expect("one section at least");
        match c {
            '"' => {
                quoted = !quoted;
                last.push(c);
            }
            '\\' if !quoted => {
                last.push(c);
                if let Some(n) = chars.next() {
                    last.push(n);
                }
            }
            ';' if !quoted => out.push(String::new()),
            _ => last.push(c),
        }
    }
    out
}

/// A section's tokens, or None when it is General, a date or time, an exponent, a fraction or
/// text.
fn tokens(section: &str) -> Option<Vec<Token>> {
    if section.trim().eq_ignore_ascii_case("general") {
        return None;
    }
    let mut out: Vec<Token> = Vec::new();
    let lit = |out: &mut Vec<Token>, s: &str| match out.last_mut() {
        Some(Token::Literal(l)) => l.push_str(s),
        _ => out.push(Token::Literal(s.to_string())),
    };
    let mut chars = section.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let text: String = chars.by_ref().take_while(|&c| c != '"').collect();
                lit(&mut out, &text);
            }
            '\\' => {
                if let Some(n) = chars.next() {
                    lit(&mut out, n.encode_utf8(&mut [0; 4]));
                }
            }
            // A padding space as wide as the next character; a fill character.
            '_' => {
                chars.next();
                lit(&mut out, " ");
            }
            '*' => {
                chars.next();
            }
            // A colour, a condition, or a currency and locale ([$¥-804]: the symbol shows).
            '[' => {
                let inner: String = chars.by_ref().take_while(|&c| c != ']').collect();
                if let Some(currency) = inner.strip_prefix('$') {
                    lit(&mut out, currency.split('-').next().unwrap_or(""));
                } else if inner
                    .chars()
                    .all(|c| matches!(c, 'h' | 'H' | 'm' | 'M' | 's' | 'S'))
                {
                    return None; // elapsed time
                }
            }
            '0' | '#' | '?' => out.push(Token::Digit(c)),
            '.' => out.push(Token::Point),
            ',' => out.push(Token::Comma),
            '%' => out.push(Token::Percent),
            '@' | '/' => return None,
            // Date and time codes outside quotes (E also opens an exponent, E+ / E-).
            'y' | 'Y' | 'm' | 'M' | 'd' | 'D' | 'h' | 'H' | 's' | 'S' | 'a' | 'A' | 'g' | 'G'
            | 'b' | 'B' | 'e' | 'E' => return None,
            _ => lit(&mut out, c.encode_utf8(&mut [0; 4])),
        }
    }
    Some(out)
}

fn render(tokens: &[Token], value: f64, minus: bool) -> String {
    let point = tokens.iter().position(|t| *t == Token::Point);
    let is_digit = |t: &Token| matches!(t, Token::Digit(_));
    let int_end = point.unwrap_or(tokens.len());
    let int_slots: Vec<usize> = (0..int_end).filter(|&i| is_digit(&tokens[i])).collect();
    let frac_slots: Vec<usize> = (int_end..tokens.len())
        .filter(|&i| is_digit(&tokens[i]))
        .collect();
    // A comma between two integer placeholders groups thousands; each comma after the last
    // one scales by a thousand.
    let first = int_slots.first().copied().unwrap_or(0);
    let last = int_slots.last().copied().unwrap_or(0);
    let grouped = (first..last).any(|i| tokens[i] == Token::Comma);
    let after = |slot: usize| {
        tokens[slot + 1..]
            .iter()
            .take_while(|t| **t == Token::Comma)
            .count()
    };
    let scaling = match (int_slots.last(), frac_slots.last()) {
        (_, Some(&f)) => after(f),
        (Some(&i), None) => after(i),
        (None, None) => 0,
    };
    let mut v = value;
    if tokens.contains(&Token::Percent) {
        v *= 100.0;
    }
    for _ in 0..scaling {
        v /= 1000.0;
    }
    let decimals = frac_slots.len();
    let fixed = format!("{:.*}", decimals, v);
    let (int_text, frac_text) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let int_text = if int_text == "0" { "" } else { int_text };
    let mut shown: Vec<String> = vec![String::new(); tokens.len()];
    // The integer digits fill the placeholders from the right; the leftmost takes the rest.
    if grouped {
        let zeros = int_slots
            .iter()
            .filter(|&&i| tokens[i] == Token::Digit('0'))
            .count();
        let padded = format!("{int_text:0>zeros$}");
        shown[first] = group(&padded);
    } else {
        let digits: Vec<char> = int_text.chars().collect();
        let mut left = digits.len();
        for (k, &slot) in int_slots.iter().enumerate().rev() {
            let Token::Digit(kind) = tokens[slot] else {
                continue;
            };
            if k == 0 {
                let rest: String = digits[..left].iter().collect();
                shown[slot] = if rest.is_empty() { pad(kind) } else { rest };
            } else if left > 0 {
                left -= 1;
                shown[slot] = digits[left].to_string();
            } else {
                shown[slot] = pad(kind);
            }
        }
    }
    // The fraction's digits fill from the left; trailing zeros under '#' are dropped.
    let frac: Vec<char> = frac_text.chars().collect();
    let mut keep = frac.len();
    for (k, &slot) in frac_slots.iter().enumerate().rev() {
        if keep == k + 1 && frac[k] == '0' && tokens[slot] != Token::Digit('0') {
            keep = k;
            if tokens[slot] == Token::Digit('?') {
                shown[slot] = " ".into();
            }
        } else {
            shown[slot] = frac[k].to_string();
        }
    }
    let mut out = String::new();
    if minus {
        out.push('-');
    }
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Token::Literal(s) => out.push_str(s),
            Token::Digit(_) => out.push_str(&shown[i]),
            Token::Point => out.push('.'),
            Token::Percent => out.push('%'),
            Token::Comma => {}
        }
    }
    out
}

fn pad(kind: char) -> String {
    match kind {
        '0' => "0".into(),
        '?' => " ".into(),
        _ => String::new(),
    }
}

/// Digits grouped by thousands with commas.
fn group(digits: &str) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn units_in_the_format_are_shown_with_the_number() {
        assert_eq!(
            shown(267.0, r#"#,##0.00"万元""#).as_deref(),
            Some("267.00万元")
        );
        assert_eq!(
            shown(1500000.0, r#"#,##0"元""#).as_deref(),
            Some("1,500,000元")
        );
        assert_eq!(shown(80.0, r"0\万\元").as_deref(), Some("80万元"));
        assert_eq!(shown(80.0, "0万元").as_deref(), Some("80万元"));
        assert_eq!(shown(36.0, r#"0"个月""#).as_deref(), Some("36个月"));
        assert_eq!(
            shown(1234.5, "[$¥-804]#,##0.00").as_deref(),
            Some("¥1,234.50")
        );
        assert_eq!(
            shown(1234.5, "#,##0.00_);[Red](#,##0.00)").as_deref(),
            Some("1,234.50 ")
        );
        assert_eq!(
            shown(-1234.5, "#,##0.00_);[Red](#,##0.00)").as_deref(),
            Some("(1,234.50)")
        );
    }

    #[test]
    fn digits_percent_grouping_and_scaling() {
        assert_eq!(shown(0.255, "0.0%").as_deref(), Some("25.5%"));
        assert_eq!(shown(12345.0, "000000").as_deref(), Some("012345"));
        assert_eq!(
            shown(13800001111.0, "000-0000-0000").as_deref(),
            Some("138-0000-1111")
        );
        assert_eq!(shown(1500000.0, "#,##0.0,").as_deref(), Some("1,500.0"));
        assert_eq!(shown(0.5, "#.00").as_deref(), Some(".50"));
        assert_eq!(shown(2.5, "0.0#").as_deref(), Some("2.5"));
        assert_eq!(shown(2.25, "0.0#").as_deref(), Some("2.25"));
        assert_eq!(shown(999.999, "#,##0.00").as_deref(), Some("1,000.00"));
        assert_eq!(shown(-3.0, "0.00").as_deref(), Some("-3.00"));
    }

    #[test]
    fn dates_exponents_fractions_text_and_general_are_left_to_the_stored_number() {
        for code in [
            "General",
            r#"yyyy"年"m"月""#,
            "m/d/yy",
            "[h]:mm",
            "0.00E+00",
            "# ?/?",
            "@",
            r#""合计""#,
        ] {
            assert_eq!(shown(44743.0, code), None, "{code}");
        }
    }
}
