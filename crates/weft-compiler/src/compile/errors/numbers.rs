//! Numeric literal errors CPython 3.11's tokenizer reports ("invalid decimal literal",
//! "invalid digit '8' in octal literal", "leading zeros in decimal integer literals are
//! not permitted; ..."), with its positions
//! (<https://docs.python.org/3.11/reference/lexical_analysis.html#numeric-literals>).

use super::*;

/// A cursor over the bytes of the source, as CPython's tokenizer reads them.
struct Cur<'a> {
    s: &'a [u8],
    i: usize,
    /// The kind of literal directly followed by a keyword (`1if`): a SyntaxWarning.
    warn: Option<String>,
}

impl Cur<'_> {
    /// The next byte (0 at the end), advancing past it.
    fn next(&mut self) -> u8 {
        let c = self.s.get(self.i).copied().unwrap_or(0);
        self.i += 1;
        c
    }
    fn back(&mut self) {
        self.i -= 1;
    }
    fn peek_is(&self, word: &str) -> bool {
        self.s
            .get(self.i..self.i + word.len())
            .is_some_and(|w| w == word.as_bytes())
    }
}

/// An ASCII identifier character: 3.11's tokenizer ends a number before a non-ASCII
/// character and lets the next token report it (`1é` is "invalid syntax", `1€` an
/// "invalid character").
fn ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Why a number failed: a message with the byte offset of the tokenizer's cursor (the
/// caret goes just before it), or CPython's explicit range for leading zeros.
enum Fail {
    At(String, usize),
    Range(String, usize, usize),
}

/// After a literal: a keyword that may follow a number is only a warning in 3.11;
/// any other identifier character is an error.
fn end_of_number(c: &mut Cur, ch: u8, kind: &str) -> Result<(), Fail> {
    let kw = match ch {
        b'a' => c.peek_is("nd"),
        b'e' => c.peek_is("lse"),
        b'f' => c.peek_is("or"),
        b'i' => matches!(c.s.get(c.i), Some(b'f' | b'n' | b's')),
        b'o' => c.peek_is("r"),
        b'n' => c.peek_is("ot"),
        _ => false,
    };
    if !kw && ident_char(ch) {
        c.back();
        return Err(Fail::At(format!("invalid {kind} literal"), c.i));
    }
    if kw {
        c.warn = Some(format!("invalid {kind} literal"));
    }
    Ok(())
}

/// Digits with single underscores between them; returns the byte after them.
fn decimal_tail(c: &mut Cur) -> Result<u8, Fail> {
    loop {
        let mut ch = c.next();
        while ch.is_ascii_digit() {
            ch = c.next();
        }
        if ch != b'_' {
            return Ok(ch);
        }
        let d = c.next();
        if !d.is_ascii_digit() {
            c.back();
            return Err(Fail::At("invalid decimal literal".into(), c.i));
        }
    }
}

fn radix(c: &mut Cur, kind: &str, ok: fn(u8) -> bool, digits: bool) -> Result<(), Fail> {
    let mut ch = c.next();
    loop {
        if ch == b'_' {
            ch = c.next();
        }
        if !ok(ch) {
            if digits && ch.is_ascii_digit() {
                return Err(Fail::At(
                    format!("invalid digit '{}' in {kind} literal", ch as char),
                    c.i,
                ));
            }
            c.back();
            return Err(Fail::At(format!("invalid {kind} literal"), c.i));
        }
        ch = c.next();
        while ok(ch) {
            ch = c.next();
        }
        if ch != b'_' {
            break;
        }
    }
    if digits && ch.is_ascii_digit() {
        return Err(Fail::At(
            format!("invalid digit '{}' in {kind} literal", ch as char),
            c.i,
        ));
    }
    end_of_number(c, ch, kind)
}

/// Fraction, exponent and imaginary suffix after the integer part; `ch` is the byte
/// after it.
fn float_rest(c: &mut Cur, mut ch: u8, mut fraction: bool) -> Result<(), Fail> {
    if ch == b'.' && !fraction {
        ch = c.next();
        fraction = true;
    }
    if fraction && ch.is_ascii_digit() {
        ch = decimal_tail(c)?;
    }
    if ch == b'e' || ch == b'E' {
        let e = ch;
        ch = c.next();
        if ch == b'+' || ch == b'-' {
            ch = c.next();
            if !ch.is_ascii_digit() {
                c.back();
                return Err(Fail::At("invalid decimal literal".into(), c.i));
            }
        } else if !ch.is_ascii_digit() {
            c.back();
            return end_of_number(c, e, "decimal");
        }
        ch = decimal_tail(c)?;
    }
    if ch == b'j' || ch == b'J' {
        let n = c.next();
        return end_of_number(c, n, "imaginary");
    }
    end_of_number(c, ch, "decimal")
}

fn check(c: &mut Cur) -> Result<(), Fail> {
    let start = c.i;
    let first = c.next();
    if first == b'.' {
        let ch = c.next();
        return float_rest(c, ch, true);
    }
    if first != b'0' {
        let ch = decimal_tail(c)?;
        return float_rest(c, ch, false);
    }
    let mut ch = c.next();
    match ch {
        b'x' | b'X' => return radix(c, "hexadecimal", |b| b.is_ascii_hexdigit(), false),
        b'o' | b'O' => return radix(c, "octal", |b| (b'0'..b'8').contains(&b), true),
        b'b' | b'B' => return radix(c, "binary", |b| b == b'0' || b == b'1', true),
        _ => {}
    }
    loop {
        if ch == b'_' {
            ch = c.next();
            if !ch.is_ascii_digit() {
                c.back();
                return Err(Fail::At("invalid decimal literal".into(), c.i));
            }
        }
        if ch != b'0' {
            break;
        }
        ch = c.next();
    }
    let zeros_end = c.i;
    let mut nonzero = false;
    if ch.is_ascii_digit() {
        nonzero = true;
        ch = decimal_tail(c)?;
    }
    if matches!(ch, b'.' | b'e' | b'E' | b'j' | b'J') {
        return float_rest(c, ch, false);
    }
    if nonzero {
        return Err(Fail::Range(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers"
                .into(),
            start,
            zeros_end,
        ));
    }
    end_of_number(c, ch, "decimal")
}

/// The tokenizer's error for the number starting at byte `start`, if any.
pub(super) fn number_error(src: &str, lines: &LineIndex, start: usize) -> Option<CErr> {
    let mut c = Cur {
        s: src.as_bytes(),
        i: start,
        warn: None,
    };
    let fail = match check(&mut c) {
        Ok(()) => {
            if let Some(w) = c.warn {
                let (line, _) = lines.line_col(start);
                super::super::warn::push_warning(line, w);
            }
            return None;
        }
        Err(f) => f,
    };
    let (line, _) = lines.line_col(start);
    let col_of = |at: usize| {
        let (l, bc) = lines.line_col(at.min(src.len()));
        if l != line {
            // The cursor went past the end of the line.
            let text = line_text(src, lines, line).unwrap_or_default();
            return text.chars().count() as i64 + 1;
        }
        char_col(src, lines, l, bc) as i64
    };
    let (msg, col, end) = match fail {
        Fail::At(m, at) => {
            let col = col_of(at);
            (m, col, col)
        }
        Fail::Range(m, s, e) => (m, col_of(s) + 1, col_of(e)),
    };
    let mut e = CErr::syntax(msg, TextRange::empty(TextSize::from(start as u32)));
    e.pos = Some((line, col, line, end));
    Some(e)
}
