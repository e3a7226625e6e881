//! Syntax errors inside an f-string replacement field's expression, as CPython 3.11
//! reports them: its f-string parser cuts the expression out of the string
//! (`fstring_find_expr`), parses it alone as `(expr)`, and reports that parser's error
//! against the text `(expr)`, with an `f-string: ` prefix, on the line where the
//! expression starts (<https://docs.python.org/3.11/reference/lexical_analysis.html#f-strings>).
//! ruff's parser reads f-string expressions as part of the file instead, so its error
//! is located in the file's line and worded without the prefix.

use super::super::unit::LineIndex;
use super::{parse, to_compile_error, CErr};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, Parsed};
use ruff_text_size::Ranged;

/// The error CPython 3.11 gives when the parse error `first` lies in the expression of
/// a replacement field: None when it does not, or when the expression parses alone (the
/// error is then something else, which the general mapping reports).
pub(crate) fn field_expression(
    src: &str,
    parsed: &Parsed<Mod>,
    lines: &LineIndex,
    first: &ParseError,
) -> Option<CErr> {
    let at = first.location.start().to_usize();
    // The innermost f-string open at the error: its body starts after its opening quote.
    let mut open: Vec<(usize, &str)> = Vec::new();
    for t in parsed.tokens().iter() {
        if t.start().to_usize() > at {
            break;
        }
        match t.kind() {
            TokenKind::FStringStart => {
                let opener = &src[t.range()];
                let quote = if opener.ends_with("'''") || opener.ends_with("\"\"\"") {
                    &opener[opener.len() - 3..]
                } else {
                    &opener[opener.len() - 1..]
                };
                open.push((t.end().to_usize(), quote));
            }
            TokenKind::FStringEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    let &(body, quote) = open.last()?;
    let (found, broken) = fields(&src[body..], quote);
    let field = found
        .into_iter()
        .map(|(s, e, stop)| (body + s, body + e, stop))
        .find(|&(s, e, _)| s <= at && at <= e);
    // The f-string's own errors are reported after the string, as its other checks do.
    let after_string = || {
        let end = super::fstrings::string_end_after(parsed, first.location.start());
        super::fstrings::lookahead_after(parsed, end)
    };
    let Some((s, e, stop)) = field else {
        let (start, msg) = broken?;
        return (body + start <= at).then(|| CErr::syntax(msg, after_string()));
    };
    let expr = &src[s..e];
    if expr.trim().is_empty() {
        return (stop == b'=')
            .then(|| CErr::syntax("f-string: expression required before '='", after_string()));
    }
    let text = format!("({expr})");
    let inner = parse(&text, true, false).err()?;
    let ce = to_compile_error(inner, &text, &LineIndex::new(&text));
    let (line, _) = lines.line_col(s);
    let end_col = if ce.end_col == u32::MAX {
        -1
    } else {
        i64::from(ce.end_col)
    };
    let mut err = CErr::syntax(format!("f-string: {}", ce.msg), first.location);
    err.kind = ce.kind;
    err.pos = Some((
        line + ce.line - 1,
        i64::from(ce.col),
        line + ce.end_line - 1,
        end_col,
    ));
    err.text = ce.text;
    Some(err)
}

/// A field's expression: its byte range in the f-string's body and the character after.
type Field = (usize, usize, u8);

/// The expressions of the replacement fields of f-string text `body` (from just after
/// its opening quote, up to its closing `quote`), in order, fields in format specs
/// included, up to the first whose brackets or strings do not close; and for that one,
/// where it starts and CPython's message when it has one (an unmatched or mismatched
/// bracket).
fn fields(body: &str, quote: &str) -> (Vec<Field>, Option<(usize, String)>) {
    let b = body.as_bytes();
    let mut out = Vec::new();
    // Where each open field's format spec is being read: the bracket depth inside it.
    let mut specs = 0usize;
    let mut i = 0;
    while i < b.len() && !body[i..].starts_with(quote) {
        match b[i] {
            b'{' if specs == 0 && b.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => {
                let (end, stop) = match expr_end(body, i + 1, quote) {
                    Ok(r) => r,
                    Err(msg) => return (out, msg.map(|m| (i + 1, m))),
                };
                out.push((i + 1, end, stop));
                i = end;
                // Past a `=`, then a conversion, to a format spec or the field's end.
                if stop == b'=' {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
                if b.get(i) == Some(&b'!') {
                    i += 2;
                }
                if b.get(i) == Some(&b':') {
                    specs += 1;
                    i += 1;
                } else if b.get(i) == Some(&b'}') {
                    i += 1;
                }
            }
            b'}' if specs > 0 => {
                specs -= 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    (out, None)
}

/// Where the expression starting at byte `start` of `body` ends, as CPython 3.11's
/// `fstring_find_expr` finds it, and the character that ends it (`!`, `:`, `=` or `}`
/// at bracket depth 0, not part of `!=`, `==`, `<=`, `>=`; strings skipped). An error
/// for an unmatched or mismatched bracket (with CPython's message), an unterminated
/// string or the body's end (without).
fn expr_end(body: &str, start: usize, quote: &str) -> Result<(usize, u8), Option<String>> {
    let b = body.as_bytes();
    let mut depth: Vec<u8> = Vec::new();
    let mut i = start;
    while i < b.len() {
        if depth.is_empty() && body[i..].starts_with(quote) {
            return Err(None);
        }
        let c = b[i];
        match c {
            b'\'' | b'"' => {
                let q = if b[i..].starts_with(&[c, c, c]) { 3 } else { 1 };
                let close = &body[i..i + q];
                i += q;
                let rest = body.get(i..).ok_or(None)?;
                i += rest.find(close).ok_or(None)? + q;
                continue;
            }
            b'(' | b'[' | b'{' => depth.push(c),
            b')' | b']' | b'}' if !depth.is_empty() => {
                let open = depth.pop().unwrap_or(c);
                if let Some(msg) = super::fstrings::bracket_mismatch(open as char, c as char) {
                    return Err(Some(msg));
                }
            }
            b')' | b']' => return Err(Some(format!("f-string: unmatched '{}'", c as char))),
            b'!' | b':' | b'=' | b'}' | b'<' | b'>' if depth.is_empty() => {
                let next = b.get(i + 1).copied();
                if next == Some(b'=') && c != b':' && c != b'}' {
                    i += 2;
                    continue;
                }
                if c != b'<' && c != b'>' {
                    return Ok((i, c));
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(None)
}
