//! Character properties and case mappings of Unicode 14.0.0 exactly as CPython 3.11's `str`
//! methods apply them (`isalpha`, `isprintable`, `upper` with special casing, `casefold`,
//! final sigma, ...), over the generated tables in `unicode_data.rs`
//! (<https://docs.python.org/3.11/library/stdtypes.html#string-methods>).

use crate::types::unicode_data as d;

#[inline]
fn in_table(t: &[(u32, u32)], c: u32) -> bool {
    let mut lo = 0;
    let mut hi = t.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (a, b) = t[mid];
        if c < a {
            hi = mid;
        } else if c > b {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(d::ALPHA, c as u32)
    }
}
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(d::DECIMAL, c as u32)
    }
}
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(d::DIGIT, c as u32)
    }
}
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(d::NUMERIC, c as u32)
    }
}
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_numeric(c)
    }
}
/// Python's whitespace (`str.isspace`, `str.split()`, `str.strip()`): includes `\x1c`-`\x1f`.
#[inline]
pub fn is_space(c: char) -> bool {
    let n = c as u32;
    if n < 128 {
        matches!(n, 9..=13 | 0x1c..=0x20)
    } else {
        in_table(d::SPACE, n)
    }
}
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(d::LOWER, c as u32)
    }
}
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(d::UPPER, c as u32)
    }
}
/// General category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(d::TITLE, c as u32)
}
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(d::CASED, c as u32)
    }
}
pub fn is_case_ignorable(c: char) -> bool {
    in_table(d::CASE_IGNORABLE, c as u32)
}
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 128 {
        (0x20..0x7f).contains(&n)
    } else {
        in_table(d::PRINTABLE, n)
    }
}
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(d::XID_START, c as u32)
    }
}
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(d::XID_CONTINUE, c as u32)
    }
}
/// Line boundaries of `str.splitlines` (`\n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029`).
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(c as u32, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Upper,
    Lower,
    Title,
    Fold,
}

fn case_entry(c: u32) -> Option<&'static (u32, u32, u32, u32, u32)> {
    d::CASE
        .binary_search_by_key(&c, |e| e.0)
        .ok()
        .map(|i| &d::CASE[i])
}

/// Append the `which` mapping of `c` (one or more characters) to `out`.
#[inline]
pub fn push_case(c: char, which: Case, out: &mut String) {
    if c.is_ascii() {
        out.push(match which {
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    match case_entry(c as u32) {
        None => out.push(c),
        Some(e) => {
            let m = match which {
                Case::Upper => e.1,
                Case::Lower => e.2,
                Case::Title => e.3,
                Case::Fold => e.4,
            };
            if m & 0x8000_0000 != 0 {
                out.push_str(d::CASE_SPECIAL[(m & 0x7fff_ffff) as usize]);
            } else {
                out.push(char::from_u32(m).unwrap_or(c));
            }
        }
    }
}

/// Whether a capital sigma at `chars[i]` lowercases to the final form `ς`.
pub fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if !is_case_ignorable(c) {
            before = is_cased(c);
            break;
        }
    }
    if !before {
        return false;
    }
    for &c in &chars[i + 1..] {
        if !is_case_ignorable(c) {
            return !is_cased(c);
        }
    }
    true
}

/// `str.lower()` with the final-sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if !s.contains('\u{3a3}') {
        for c in s.chars() {
            push_case(c, Case::Lower, &mut out);
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{3a3}' {
            out.push(if final_sigma(&chars, i) {
                '\u{3c2}'
            } else {
                '\u{3c3}'
            });
        } else {
            push_case(c, Case::Lower, &mut out);
        }
    }
    out
}

/// `str.upper()` / `str.casefold()`: context-free mappings.
pub fn map_all(s: &str, which: Case) -> String {
    if s.is_ascii() {
        return match which {
            Case::Upper | Case::Title => s.to_ascii_uppercase(),
            Case::Lower | Case::Fold => s.to_ascii_lowercase(),
        };
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case(c, which, &mut out);
    }
    out
}

/// Lowercase one character as `str.lower` would inside `chars` at position `i`.
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_case(c, Case::Lower, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn mappings() {
        assert_eq!(map_all("straße", Case::Upper), "STRASSE");
        assert_eq!(map_all("Straße", Case::Fold), "strasse");
        assert_eq!(lower("ΟΔΟΣ"), "\u{3bf}\u{3b4}\u{3bf}\u{3c2}");
        assert_eq!(lower("ΣΑ"), "σα");
        assert_eq!(lower("İ").chars().count(), 2);
        let mut t = String::new();
        push_case('ǆ', Case::Title, &mut t);
        assert_eq!(t, "ǅ");
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(!is_printable('\u{ad}') && is_printable('é') && !is_printable('\u{2028}'));
        assert!(is_numeric('½') && !is_digit('½') && is_decimal('٣'));
    }
}
