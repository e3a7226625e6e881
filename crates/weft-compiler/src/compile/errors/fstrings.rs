//! f-string errors CPython 3.11's f-string parser reports that ruff's parser accepts or
//! reports differently: replacement fields nested more than two format specs deep, and
//! a `{` left open when the string ends
//! (<https://docs.python.org/3.11/reference/lexical_analysis.html#f-strings>).

use super::CErr;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, Parsed};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The end of the f-string whose tokens continue at index `i` (just after it is where
/// CPython 3.11 reports f-string errors).
fn end_of_string(parsed: &Parsed<Mod>, i: usize) -> TextSize {
    let toks = parsed.tokens();
    let mut depth = 0i32;
    for t in toks.iter().skip(i) {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd if depth == 0 => return t.end(),
            TokenKind::FStringEnd => depth -= 1,
            TokenKind::Newline | TokenKind::EndOfFile if depth == 0 => return t.start(),
            _ => {}
        }
    }
    toks.last().map_or(TextSize::from(0), |t| t.end())
}

/// Where CPython 3.11 reports an error its string parser finds in the literal ending at
/// `end`: its parser's lookahead, the token after the (implicitly concatenated) strings;
/// at a line's end, the NEWLINE token (a comment before it included).
pub(crate) fn lookahead_after(parsed: &Parsed<Mod>, end: TextSize) -> TextRange {
    let toks = parsed.tokens();
    let mut i = toks.partition_point(|t| t.start() < end);
    while let Some(t) = toks.get(i) {
        match t.kind() {
            TokenKind::String | TokenKind::NonLogicalNewline | TokenKind::Comment => i += 1,
            TokenKind::FStringStart => {
                let close = end_of_string(parsed, i + 1);
                i = toks.partition_point(|t| t.start() < close);
            }
            TokenKind::Newline => return super::newline_range(parsed, t.start()),
            TokenKind::EndOfFile => return TextRange::empty(t.start()),
            _ => return t.range(),
        }
    }
    TextRange::empty(end)
}

/// A one-line f-string whose `#` in a replacement field made ruff's lexer read the rest
/// of the line as a comment: CPython 3.11's message, after the string as it ends there.
pub(crate) fn comment_in_field(src: &str, parsed: &Parsed<Mod>, at: TextSize) -> Option<CErr> {
    let start = super::tokens_before(parsed, at)
        .iter()
        .rev()
        .find(|t| t.kind() == TokenKind::FStringStart)?;
    let opener = &src[start.range()];
    let quote = opener.chars().last()?;
    if opener.ends_with("\"\"\"") || opener.ends_with("'''") {
        return None;
    }
    let from = start.end().to_usize();
    let line_end = src[from..].find('\n').map_or(src.len(), |i| from + i);
    let close = from + src[from..line_end].find(quote)?;
    let msg = forbidden_char(&src[start.start().to_usize()..=close])?;
    Some(CErr::syntax(msg, raw_token_after(src, close + 1)))
}

/// Where CPython's tokenizer finds the token after byte `at` on its line, read from the
/// source where ruff's tokens differ from 3.11's: a name or number, one character, a
/// comment, or (empty) the line's end.
fn raw_token_after(src: &str, at: usize) -> TextRange {
    let line_end = src[at..].find('\n').map_or(src.len(), |i| at + i);
    let t = at + src[at..line_end].len() - src[at..line_end].trim_start().len();
    let rest = &src[t..line_end];
    let len = match rest.chars().next() {
        None => 0,
        Some('#') => rest.trim_end().len(),
        Some(c) if c.is_alphanumeric() || c == '_' => rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len()),
        Some(c) => c.len_utf8(),
    };
    TextRange::at(TextSize::from(t as u32), TextSize::from(len as u32))
}

/// The end of the outermost f-string around `at`.
pub(crate) fn string_end_after(parsed: &Parsed<Mod>, at: TextSize) -> TextSize {
    let toks = parsed.tokens();
    let mut open: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.start() > at {
            break;
        }
        match t.kind() {
            TokenKind::FStringStart => open.push(i),
            TokenKind::FStringEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    match open.first() {
        Some(&i) => end_of_string(parsed, i + 1),
        None => at,
    }
}

/// A replacement field inside the format spec of one inside the format spec of another.
fn nested_too_deeply(parsed: &Parsed<Mod>) -> Option<CErr> {
    // per open f-string: b'F' a replacement field's expression, b'S' its format spec,
    // b'B' a bracket inside an expression
    let mut strings: Vec<Vec<u8>> = Vec::new();
    for (i, t) in parsed.tokens().iter().enumerate() {
        match t.kind() {
            TokenKind::FStringStart => strings.push(Vec::new()),
            TokenKind::FStringEnd => {
                strings.pop();
            }
            _ => {}
        }
        let Some(stack) = strings.last_mut() else {
            continue;
        };
        match t.kind() {
            TokenKind::Lbrace => {
                if matches!(stack.last(), None | Some(b'S')) {
                    if stack.iter().filter(|&&c| c == b'S').count() >= 2 {
                        let end = end_of_string(parsed, i + 1);
                        return Some(CErr::syntax(
                            "f-string: expressions nested too deeply",
                            lookahead_after(parsed, end),
                        ));
                    }
                    stack.push(b'F');
                } else {
                    stack.push(b'B');
                }
            }
            TokenKind::Lpar | TokenKind::Lsqb if !stack.is_empty() => stack.push(b'B'),
            TokenKind::Colon => {
                if let Some(top) = stack.last_mut().filter(|c| **c == b'F') {
                    *top = b'S';
                }
            }
            TokenKind::Rbrace | TokenKind::Rpar | TokenKind::Rsqb => {
                stack.pop();
            }
            _ => {}
        }
    }
    None
}

/// A parse error at the end of an f-string whose last replacement field is still open.
fn unclosed_field(parsed: &Parsed<Mod>, first: &ParseError) -> Option<CErr> {
    let toks = parsed.tokens();
    let at = first.location.start();
    let (i, t) = toks
        .iter()
        .enumerate()
        .find(|(_, t)| t.end() > at && !matches!(t.kind(), TokenKind::NonLogicalNewline))?;
    if t.kind() != TokenKind::FStringEnd {
        return None;
    }
    let prev = toks[..i]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))?;
    if prev.kind() != TokenKind::Lbrace {
        return None;
    }
    Some(CErr::syntax(
        "f-string: expecting '}'",
        lookahead_after(parsed, t.end()),
    ))
}

/// A `#` or a backslash in the expression part of a replacement field of `text` (one
/// f-string), which CPython 3.11 forbids (a `#` inside a nested string literal is fine).
pub(crate) fn forbidden_char(text: &str) -> Option<&'static str> {
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == '{' {
            if b.get(i + 1) == Some(&'{') {
                i += 2;
                continue;
            }
            i += 1;
            let mut depth = 0i32;
            let mut quote: Option<char> = None;
            while i < b.len() {
                let c = b[i];
                if c == '\\' {
                    return Some("f-string expression part cannot include a backslash");
                }
                if let Some(q) = quote {
                    if c == q {
                        quote = None;
                    }
                    i += 1;
                    continue;
                }
                match c {
                    '\'' | '"' => quote = Some(c),
                    '#' => return Some("f-string expression part cannot include '#'"),
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth > 0 => depth -= 1,
                    '}' => break,
                    ':' | '!' if depth == 0 && b.get(i + 1) != Some(&'=') => {
                        // the format spec (may hold nested fields) up to the closing brace
                        let mut d = 0;
                        while i < b.len() {
                            match b[i] {
                                '{' => d += 1,
                                '}' if d == 0 => break,
                                '}' => d -= 1,
                                _ => {}
                            }
                            i += 1;
                        }
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        i += 1;
    }
    None
}

/// A parse error inside an f-string whose expression part holds a `#` or a backslash.
fn forbidden_in_field(src: &str, parsed: &Parsed<Mod>, first: &ParseError) -> Option<CErr> {
    let at = first.location.start();
    let mut open: Vec<TextSize> = Vec::new();
    for t in parsed.tokens().iter() {
        match t.kind() {
            TokenKind::FStringStart => open.push(t.start()),
            TokenKind::FStringEnd => {
                let start = open.pop()?;
                if open.is_empty() && start <= at && at <= t.end() {
                    let text = src.get(start.to_usize()..t.end().to_usize())?;
                    let msg = forbidden_char(text)?;
                    return Some(CErr::syntax(msg, lookahead_after(parsed, t.end())));
                }
            }
            _ => {}
        }
        if open.is_empty() && t.start() > at {
            return None;
        }
    }
    None
}

/// The first of these errors, if any (checked before ruff's parse errors are mapped).
pub(crate) fn fstring_errors(
    src: &str,
    parsed: &Parsed<Mod>,
    first: Option<&ParseError>,
) -> Option<CErr> {
    if let Some(f) = first {
        if let Some(e) = forbidden_in_field(src, parsed, f).or_else(|| unclosed_field(parsed, f)) {
            return Some(e);
        }
    }
    nested_too_deeply(parsed).or_else(|| spaced_conversion(src, parsed))
}

/// `f"{x!r }"`: CPython 3.11 wants the `}` (or `:`) right after the conversion character.
fn spaced_conversion(src: &str, parsed: &Parsed<Mod>) -> Option<CErr> {
    let toks = parsed.tokens();
    let mut open = 0usize;
    for (i, t) in toks.iter().enumerate() {
        match t.kind() {
            TokenKind::FStringStart => open += 1,
            TokenKind::FStringEnd => open = open.saturating_sub(1),
            _ => {}
        }
        if t.kind() != TokenKind::Exclamation || open == 0 {
            continue;
        }
        let Some(name) = toks.get(i + 1).filter(|n| n.kind() == TokenKind::Name) else {
            continue;
        };
        if name.start() != t.end() || src[name.range()].len() != 1 {
            continue;
        }
        if !src[name.end().to_usize()..].starts_with(['}', ':']) {
            let end = end_of_string(parsed, i + 2);
            return Some(CErr::syntax(
                "f-string: expecting '}'",
                lookahead_after(parsed, end),
            ));
        }
    }
    None
}

/// Python 3.11 ends a one-line f-string at the first quote like its own, even inside a
/// replacement field (`f"{d["k"]}"`); its f-string parser then reports the field cut
/// short there, one character past that quote at `at`. None where the f-string is
/// triple-quoted or spans lines (other errors apply).
pub(crate) fn nested_quote(src: &str, parsed: &Parsed<Mod>, at: TextSize) -> Option<CErr> {
    // The outermost f-string around `at`: 3.11 reads no string inside another, so its
    // first quote ends it (`f'{f'{1}'}'` is the string `f'{f'`).
    let mut open = Vec::new();
    for t in super::tokens_before(parsed, at) {
        match t.kind() {
            TokenKind::FStringStart => open.push(t),
            TokenKind::FStringEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    let start = *open.first()?;
    let opener = &src[start.range()];
    if opener.ends_with("\"\"\"") || opener.ends_with("'''") {
        return None;
    }
    let quote = opener.as_bytes()[opener.len() - 1];
    let from = start.end().to_usize();
    let body = src.as_bytes().get(from..)?;
    let mut i = 0;
    while i < body.len() && body[i] != quote {
        match body[i] {
            b'\\' => i += 2,
            b'\n' | b'\r' => return None,
            _ => i += 1,
        }
    }
    let close = from + i;
    if close >= src.len() {
        return None;
    }
    // Only where ruff's f-string goes on past that quote (it is inside a field).
    let toks = parsed.tokens();
    let mut depth = 0u32;
    for t in toks.iter().skip_while(|t| t.start() < start.start()) {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => {
                depth -= 1;
                if depth == 0 {
                    if t.start().to_usize() == close {
                        return None;
                    }
                    break;
                }
            }
            _ => {}
        }
    }
    // CPython then tokenizes the rest of the source, and a string it finds unterminated
    // there is the error instead (`f'{f'{f'`: the string `f'` after the first `{`).
    if let Some((at, triple)) = rest_unterminated(src, close + 1) {
        let line = |p: usize| src[..p].matches('\n').count() + 1;
        let detected = if triple {
            line(src.trim_end_matches('\n').len().max(at))
        } else {
            line(at)
        };
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        let mut e = CErr::syntax(
            format!("{what} (detected at line {detected})"),
            TextRange::empty(TextSize::from(at as u32)),
        );
        e.newline = false;
        return Some(e);
    }
    let msg = cut_field_message(src.get(from..close)?);
    Some(CErr::syntax(msg, raw_token_after(src, close + 1)))
}

/// CPython 3.11's message for a replacement field's `close` bracket that does not match
/// the `open` one; None when they match.
pub(super) fn bracket_mismatch(open: char, close: char) -> Option<String> {
    let want = match close {
        ')' => '(',
        ']' => '[',
        _ => '{',
    };
    (open != want).then(|| {
        format!(
            "f-string: closing parenthesis '{close}' does not match opening parenthesis '{open}'"
        )
    })
}

/// What CPython 3.11 says about an f-string body that ends inside a replacement field:
/// an open string, an open bracket, or a missing `}`.
fn cut_field_message(content: &str) -> String {
    let chars: Vec<char> = content.chars().collect();
    let (mut in_field, mut quote) = (false, None::<char>);
    let mut brackets: Vec<char> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if !in_field {
            // literal text or a format spec: `{{` is a brace, `{` opens a field
            if c == '{' {
                if chars.get(i) == Some(&'{') {
                    i += 1;
                } else {
                    in_field = true;
                    brackets.clear();
                }
            }
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => brackets.push(c),
            ')' | ']' | '}' if !brackets.is_empty() => {
                if let Some(msg) = brackets.pop().and_then(|o| bracket_mismatch(o, c)) {
                    return msg;
                }
            }
            '!' if chars.get(i) == Some(&'=') => i += 1,
            // the field ends, or its conversion or format spec begins
            '}' | '!' | ':' if brackets.is_empty() => in_field = false,
            _ => {}
        }
    }
    match (in_field, quote, brackets.last()) {
        (true, Some(_), _) => "f-string: unterminated string".to_string(),
        (true, None, Some(b)) => format!("f-string: unmatched '{b}'"),
        _ => "f-string: expecting '}'".to_string(),
    }
}

/// The first f-string that CPython 3.11's tokenizer, reading it as a plain string literal
/// (no nesting: its quote ends it wherever it is), finds unterminated: a one-line string
/// reaching its line's end (ruff's lexer allows a newline inside a replacement field) or
/// any reaching the end of the source. Its start (prefix included), and whether it is
/// triple-quoted.
pub(crate) fn unterminated_311(src: &str, parsed: &Parsed<Mod>) -> Option<(TextSize, bool)> {
    let mut depth = 0u32;
    for t in parsed.tokens().iter() {
        match t.kind() {
            TokenKind::FStringStart | TokenKind::TStringStart => {
                depth += 1;
                if depth > 1 {
                    continue;
                }
                let opener = &src[t.range()];
                let triple = opener.ends_with("\"\"\"") || opener.ends_with("'''");
                let quote = opener.as_bytes()[opener.len() - 1];
                if string_end_311(&src.as_bytes()[t.end().to_usize()..], quote, triple).is_none() {
                    return Some((t.start(), triple));
                }
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Where a string body (after its opening quotes) ends under 3.11's tokenizer rules (the
/// bytes up to and including its closing quotes), if it does: a backslash takes the next
/// character whatever it is, a one-line string may not reach a newline.
fn string_end_311(body: &[u8], quote: u8, triple: bool) -> Option<usize> {
    let mut i = 0;
    let mut run = 0;
    while i < body.len() {
        let c = body[i];
        i += 1;
        if c == quote {
            run += 1;
            if !triple || run == 3 {
                return Some(i);
            }
            continue;
        }
        run = 0;
        match c {
            b'\\' => i += 1,
            b'\n' | b'\r' if !triple => return None,
            _ => {}
        }
    }
    None
}

/// The first string literal from byte `from` on that 3.11's tokenizer finds unterminated
/// (comments skipped; a name that is a string prefix joins the quote after it): its start
/// and whether it is triple-quoted.
fn rest_unterminated(src: &str, from: usize) -> Option<(usize, bool)> {
    let b = src.as_bytes();
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                i += 1;
            }
            continue;
        }
        let mut start = i;
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80) {
                j += 1;
            }
            let word = src[i..j].to_ascii_lowercase();
            let prefix = matches!(
                word.as_str(),
                "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
            );
            if !(prefix && j < b.len() && (b[j] == b'\'' || b[j] == b'"')) {
                i = j;
                continue;
            }
            start = i;
            i = j;
        }
        let q = b[i];
        if q != b'\'' && q != b'"' {
            i += 1;
            continue;
        }
        let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
        let body = i + if triple { 3 } else { 1 };
        match string_end_311(&b[body..], q, triple) {
            Some(n) => i = body + n,
            None => return Some((start, triple)),
        }
    }
    None
}
