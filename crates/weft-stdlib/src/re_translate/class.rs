//! Character classes (`[...]`) of a Python pattern, translated to fancy-regex syntax for
//! [`super::translate`], with CPython's errors for bad ranges and escapes.

use super::*;

/// Parse a character class starting after `[`; returns the fancy-regex class text.
pub(super) fn translate_class(
    p: &[char],
    i: &mut usize,
    start: usize,
    ascii: bool,
    fold: u8,
    bytes: bool,
) -> Result<String, TErr> {
    // Whether the class holds one of the i's (see [`TURKISH_I`]).
    let mut has_i = false;
    // The other ASCII case of the class's letters, for `fold` (see [`push_lit`]).
    let mut other_case = String::new();
    let n = p.len();
    let mut cls = String::from("[");
    if *i < n && p[*i] == '^' {
        cls.push('^');
        *i += 1;
    }
    let mut first = true;
    // The last literal item (code point, start) and the low end of a pending `a-` range,
    // to reject reversed ranges as CPython does.
    // (None = a class escape such as \\d, which cannot bound a range)
    let mut prev: Option<(Option<u32>, usize)> = None;
    let mut range_from: Option<(Option<u32>, usize)> = None;
    loop {
        if *i >= n {
            return Err(("unterminated character set".into(), start));
        }
        let item_start = *i;
        let ch = p[*i];
        *i += 1;
        let lit: Option<u32> = match ch {
            ']' if !first => break,
            '\\' => {
                let Some(&e) = p.get(*i) else {
                    return Err(("bad escape (end of pattern)".into(), *i - 1));
                };
                *i += 1;
                match e {
                    'd' | 'w' | 's' | 'D' | 'W' | 'S' => {
                        if let Some((_, s)) = range_from {
                            return Err((format!("bad character range {}", collect(p, s, *i)), s));
                        }
                        prev = Some((None, item_start));
                        match class_escape(e.to_ascii_lowercase(), ascii) {
                            Some(c2) if e.is_ascii_lowercase() => cls.push_str(c2),
                            Some(c2) => cls.push_str(&format!("[^{c2}]")),
                            // Python's \w is str.isalnum() or '_': letters and numbers of
                            // every kind, no marks or connectors but '_'
                            None if e == 'w' => cls.push_str(UNI_WORD),
                            None if e == 'W' => cls.push_str(&format!("[^{UNI_WORD}]")),
                            // and its \s is str.isspace(): the separators \x1c-\x1f too
                            None if e == 's' => cls.push_str("\\s\\x1c-\\x1f"),
                            None if e == 'S' => cls.push_str("[^\\s\\x1c-\\x1f]"),
                            None => {
                                cls.push('\\');
                                cls.push(e);
                            }
                        }
                        first = false;
                        continue;
                    }
                    'u' | 'U' if bytes => return Err((format!("bad escape \\{e}"), *i - 2)),
                    'x' | 'u' | 'U' => {
                        let len = hex_len(e);
                        let hex = hex_digits(p, *i, len);
                        if hex.len() != len {
                            return Err((format!("incomplete escape \\{e}{hex}"), *i - 2));
                        }
                        *i += len;
                        cls.push_str(&format!("\\x{{{hex}}}"));
                        u32::from_str_radix(&hex, 16).ok()
                    }
                    '0'..='7' => {
                        let mut v = e.to_digit(8).unwrap();
                        let mut k = 0;
                        while k < 2 && *i < n && ('0'..='7').contains(&p[*i]) {
                            v = v * 8 + p[*i].to_digit(8).unwrap();
                            *i += 1;
                            k += 1;
                        }
                        if v > 0o377 {
                            return Err((
                                format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    collect(p, item_start + 1, *i)
                                ),
                                item_start,
                            ));
                        }
                        cls.push_str(&format!("\\x{{{v:x}}}"));
                        Some(v)
                    }
                    'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => {
                        let v = match e {
                            'a' => 7,
                            'b' => 8,
                            'f' => 0xc,
                            'n' => 0xa,
                            'r' => 0xd,
                            't' => 9,
                            _ => 0xb,
                        };
                        cls.push_str(&format!("\\x{{{v:x}}}"));
                        Some(v)
                    }
                    e if e.is_ascii_alphanumeric() => {
                        return Err((format!("bad escape \\{e}"), *i - 2))
                    }
                    e => {
                        cls.push_str(&format!("\\x{{{:x}}}", e as u32));
                        Some(e as u32)
                    }
                }
            }
            '[' | '&' | '~' | ']' => {
                cls.push_str(&format!("\\x{{{:x}}}", ch as u32));
                Some(ch as u32)
            }
            '-' if first || (*i < n && p[*i] == ']') => {
                cls.push_str("\\-");
                Some('-' as u32)
            }
            '-' if cls.ends_with('-') => {
                cls.push_str("\\-");
                Some('-' as u32)
            }
            ch => {
                cls.push(ch);
                if ch == '-' && prev.is_some() && range_from.is_none() {
                    range_from = prev.take();
                    first = false;
                    continue;
                }
                Some(ch as u32)
            }
        };
        match (range_from.take(), lit) {
            (Some((lo, s)), Some(hi)) => {
                let Some(lo) = lo.filter(|&lo| lo <= hi) else {
                    return Err((format!("bad character range {}", collect(p, s, *i)), s));
                };
                has_i |= [0x49, 0x69, 0x130, 0x131]
                    .iter()
                    .any(|v| (lo..=hi).contains(v));
                if fold == FOLD_ASCII {
                    // The range's ASCII letters in the other case.
                    for (a, z, shift) in [(0x41u32, 0x5a, 0x20u32), (0x61, 0x7a, 0)] {
                        let (x, y) = (lo.max(a), hi.min(z));
                        if x <= y {
                            let flip = |v: u32| if shift > 0 { v + 0x20 } else { v - 0x20 };
                            other_case.push_str(&format!(
                                "\\x{{{:x}}}-\\x{{{:x}}}",
                                flip(x),
                                flip(y)
                            ));
                        }
                    }
                }
                prev = None;
            }
            (_, lit) => {
                if let Some(ch) = lit
                    .and_then(char::from_u32)
                    .filter(|c| fold == FOLD_ASCII && c.is_ascii_alphabetic())
                {
                    let other = if ch.is_ascii_lowercase() {
                        ch.to_ascii_uppercase()
                    } else {
                        ch.to_ascii_lowercase()
                    };
                    other_case.push(other);
                }
                has_i |= lit.and_then(char::from_u32).is_some_and(is_turkish_i);
                prev = lit.map(|c| (Some(c), item_start))
            }
        }
        first = false;
    }
    if fold == FOLD_UNICODE && has_i {
        other_case.push_str(&TURKISH_I[1..TURKISH_I.len() - 1]);
    }
    cls.push_str(&other_case);
    cls.push(']');
    Ok(cls)
}
