//! Syntax errors: parsing with ruff (targeting Python 3.11), token-level checks CPython's
//! tokenizer makes (bracket matching and nesting, unterminated strings, indentation), and
//! the mapping of ruff's parse errors to CPython 3.11's messages and positions.

use super::unit::LineIndex;
use crate::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr, Mod, PythonVersion};
use ruff_python_parser::{
    parse_unchecked, LexicalErrorType, Mode as PMode, ParseError, ParseErrorType, ParseOptions,
    Parsed,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

mod assign_expr;
mod fstring_fields;
mod fstrings;
mod numbers;
mod patterns;
mod targets;
use targets::invalid_target;

/// An error with a byte range, converted to a [`CompileError`] at the end.
#[derive(Clone, Debug)]
pub(crate) struct CErr {
    pub kind: &'static str,
    pub msg: String,
    pub range: TextRange,
    /// Explicit (line, col1, end_line, end_col1) overriding `range` (1-based columns).
    pub pos: Option<(u32, i64, u32, i64)>,
    /// CPython's `text` ends with a newline (not for `eval` input that ends early).
    pub newline: bool,
    /// Reported on the parser's end marker (see [`CompileError::at_end`]).
    pub at_end: bool,
    /// The text CPython reports instead of the source line (an f-string expression's
    /// `(expr)`, see `fstring_fields`).
    pub text: Option<String>,
}

impl CErr {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            kind: "SyntaxError",
            msg: msg.into(),
            range,
            pos: None,
            newline: true,
            at_end: false,
            text: None,
        }
    }
    pub fn indent(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            kind: "IndentationError",
            msg: msg.into(),
            range,
            pos: None,
            newline: true,
            at_end: false,
            text: None,
        }
    }
    /// CPython's bare MemoryError from a parser stack or source it cannot hold.
    pub fn memory(range: TextRange) -> CErr {
        CErr {
            kind: "MemoryError",
            msg: String::new(),
            range,
            pos: None,
            newline: true,
            at_end: false,
            text: None,
        }
    }
    pub fn recursion(range: TextRange) -> CErr {
        CErr {
            kind: "RecursionError",
            msg: "maximum recursion depth exceeded during compilation".into(),
            range,
            pos: None,
            newline: true,
            at_end: false,
            text: None,
        }
    }
}

fn char_col(src: &str, lines: &LineIndex, line: u32, byte_col: u32) -> u32 {
    let start = lines.line_start(line);
    let end = (start + byte_col as usize).min(src.len());
    let mut e = end;
    while e > start && !src.is_char_boundary(e) {
        e -= 1;
    }
    src.get(start..e)
        .map(|s| s.chars().count() as u32)
        .unwrap_or(byte_col)
}

fn line_text(src: &str, lines: &LineIndex, line: u32) -> Option<String> {
    if line == 0 || line as usize > lines.line_count() {
        return None;
    }
    let start = lines.line_start(line);
    let rest = src.get(start..)?;
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// Line `line` of `src` when it holds code (is not blank or only a comment).
fn code_line(src: &str, lines: &LineIndex, line: u32) -> Option<String> {
    line_text(src, lines, line).filter(|t| {
        let t = t.trim();
        !t.is_empty() && !t.starts_with('#')
    })
}

/// The width of `text`'s leading whitespace, in bytes.
fn indent_width(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

pub(crate) fn to_compile_error(e: CErr, src: &str, lines: &LineIndex) -> CompileError {
    let (line, col, end_line, end_col) = match e.pos {
        // an end offset of -1 (CPython's for some tokenizer errors) is kept as u32::MAX
        Some((l, c, el, ec)) => (
            l,
            c.max(0) as u32,
            el,
            if ec < 0 { u32::MAX } else { ec as u32 },
        ),
        None => {
            let s = e.range.start().to_usize().min(src.len());
            let en = e.range.end().to_usize().min(src.len()).max(s);
            let (l, bc) = lines.line_col(s);
            let (el, ebc) = lines.line_col(en);
            (
                l,
                char_col(src, lines, l, bc) + 1,
                el,
                char_col(src, lines, el, ebc) + 1,
            )
        }
    };
    CompileError {
        kind: e.kind,
        msg: e.msg,
        line,
        col,
        end_line,
        end_col,
        // (line 0: an empty `eval`/`single` input, whose text CPython gives as "")
        text: e
            .text
            .or_else(|| line_text(src, lines, line))
            .or_else(|| (line == 0).then(String::new)),
        text_newline: e.newline,
        late: false,
        at_end: e.at_end,
    }
}

/// Drop a syntax tree that may be too deep for the current stack: large trees are dropped
/// on a helper thread with a big stack (or leaked if that fails).
pub(crate) fn drop_deep<T: Send + 'static>(tree: T, source_len: usize) {
    if source_len < 16 * 1024 {
        drop(tree);
        return;
    }
    let slot = std::sync::Arc::new(std::sync::Mutex::new(Some(tree)));
    let s2 = slot.clone();
    let spawned = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            if let Ok(mut g) = s2.lock() {
                drop(g.take());
            }
        });
    match spawned {
        Ok(h) => {
            let _ = h.join();
        }
        Err(_) => {
            if let Ok(mut g) = slot.lock() {
                std::mem::forget(g.take());
            }
        }
    }
}

/// `eval`/`single` input with nothing but blank lines and comments: CPython's parser
/// finds no expression or statement at its end marker, on the last line read (offset 0;
/// line 0 for empty input), or, when that line is only indentation not ended by a
/// newline, an unexpected indent there.
fn blank_input(src: &str) -> Option<CErr> {
    let blank = |l: &str| {
        let t = l.trim_start_matches([' ', '\t', '\x0c', '\r']);
        t.is_empty() || t.starts_with('#')
    };
    if !src.split('\n').all(blank) {
        return None;
    }
    let tail = &src[src.rfind('\n').map_or(0, |i| i + 1)..];
    let line = (src.matches('\n').count() + usize::from(!tail.is_empty())) as u32;
    let at = TextRange::empty(TextSize::from(src.len() as u32));
    if !tail.is_empty() && !tail.contains('#') {
        let mut e = CErr::indent("unexpected indent", at);
        e.pos = Some((line, tail.chars().count() as i64, line, -1));
        e.newline = false;
        return Some(e);
    }
    let mut e = CErr::syntax("invalid syntax", at);
    e.pos = Some((line, 0, line, 0));
    e.newline = tail.is_empty() && line > 0;
    Some(e)
}

/// Parse `source`; on error return the CPython-style error.
///
/// `unterminated`: `eval` and `single` modes, where the tokenizer does not add a newline
/// to the source (an error at its end is then at offset 0).
pub(crate) fn parse(source: &str, eval: bool, unterminated: bool) -> Result<Parsed<Mod>, CErr> {
    let mode = if eval {
        PMode::Expression
    } else {
        PMode::Module
    };
    if source.starts_with('\u{feff}') {
        // the parser skips a BOM; a str source (already decoded) may not start with one
        let mut e = CErr::syntax(
            "invalid non-printable character U+FEFF",
            TextRange::empty(TextSize::from(0)),
        );
        e.pos = Some((1, 1, 1, 1));
        e.newline = false;
        return Err(e);
    }
    if u32::try_from(source.len()).is_err() {
        // ruff's lexer addresses the source with 32-bit offsets and panics past them: a
        // Python error instead, the one CPython's parser gives a source it cannot hold
        return Err(CErr::memory(TextRange::empty(TextSize::from(0))));
    }
    if unterminated {
        if let Some(e) = blank_input(source) {
            return Err(e);
        }
    }
    let opts = ParseOptions::from(mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, opts);
    let lines = LineIndex::new(source);
    let mut first = parsed.errors().iter().min_by_key(|e| e.location.start());
    if let Some(f) = first.filter(|f| f.error == ParseErrorType::InvalidAssignmentTarget) {
        // `x = (yield a = 1)`, `x = 1 if a = 1 else 2`: the parser's recovery took what
        // comes before the misplaced `=` for an assignment's target; CPython's error is
        // the one at that `=`.
        let eq = next_token_range(&parsed, f.location.end());
        if src_at(source, eq) == "=" {
            if let Some(e) = parsed
                .errors()
                .iter()
                .find(|e| e.location.start() == eq.start() && e.error != f.error)
            {
                first = Some(e);
            }
        }
    }
    if let Some(f) = first {
        // `lambda *a=1: 0`: the parser's recovery also failed on what spans the default
        if let Some(e) = parsed.errors().iter().find(|e| {
            e.error == ParseErrorType::VarParameterWithDefault
                && f.location.contains_range(e.location)
        }) {
            first = Some(e);
        }
    }
    if let Some(e) = token_checks(source, &parsed, &lines, first) {
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(e) = huge_int_literal(source, &parsed, first) {
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(e) =
        first.and_then(|f| fstring_fields::field_expression(source, &parsed, &lines, f))
    {
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(e) = fstrings::fstring_errors(source, &parsed, first) {
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(e) = parser_stack_overflow(&parsed).or_else(|| elif_chain_overflow(&parsed)) {
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(err) = first {
        let mut e = map_parse_error(err, source, &parsed, &lines);
        if e.msg == "invalid syntax" {
            if let Some(d) = after_decorator_indent(source, &lines, &e) {
                e = d;
            }
        }
        if unterminated && e.pos.is_none() && e.msg == "invalid syntax" && e.range.is_empty() {
            // eval() input ending too early: CPython reports offset 0 on the last line,
            // unless a newline ends it (then the error is at that newline).
            let end = source
                .trim_end_matches([' ', '\t', '\n', '\r', '\x0c'])
                .len();
            if e.range.start().to_usize() >= end && !source[end..].contains('\n') {
                let (l, _) = lines.line_col(end);
                e.pos = Some((l, 0, l, 0));
                e.newline = false;
            }
        }
        drop_deep(parsed, source.len());
        return Err(e);
    }
    if let Some(u) = parsed.unsupported_syntax_errors().first() {
        use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
        let after_first = |r: TextRange| {
            parsed
                .tokens()
                .after(r.start())
                .get(1)
                .map(|t| t.range())
                .unwrap_or(r)
        };
        return Err(match u.kind {
            // Python 3.11 does not know these: report what its parser says.
            K::TypeAliasStatement => CErr::syntax("invalid syntax", after_first(u.range)),
            K::ParenthesizedKeywordArgumentName => {
                let eq = next_token_range(&parsed, u.range.end());
                assign_expr::in_brackets(source, &parsed, eq)
                    .unwrap_or_else(|| CErr::syntax("invalid syntax", eq))
            }
            // `class A[T]` is "invalid syntax" at the `[`, `def f[T]` "expected '('" there.
            K::TypeParameterList => {
                let at = u.range.start();
                let bracket = TextRange::new(at, at + TextSize::from(1));
                let before = source[..at.to_usize()]
                    .trim_end()
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                    .trim_end();
                if before.ends_with("class") {
                    CErr::syntax("invalid syntax", bracket)
                } else {
                    CErr::syntax("expected '('", bracket)
                }
            }
            // `t'abc'` is a name `t` followed by a string, which 3.11 reports.
            K::TemplateStrings => {
                let text = &source[u.range.start().to_usize()..u.range.end().to_usize()];
                let q = text.find(['\'', '"']).unwrap_or(0);
                let start = u.range.start() + TextSize::from(q as u32);
                CErr::syntax("invalid syntax", TextRange::new(start, u.range.end()))
            }
            K::Pep701FString(_) if format!("{:?}", u.kind).contains("Comment") => {
                let end = fstrings::string_end_after(&parsed, u.range.start());
                CErr::syntax(
                    "f-string expression part cannot include '#'",
                    fstrings::lookahead_after(&parsed, end),
                )
            }
            K::UnparenthesizedExceptionTypes => {
                CErr::syntax("multiple exception types must be parenthesized", u.range)
            }
            K::Pep701FString(_) if format!("{:?}", u.kind).contains("Backslash") => {
                let end = fstrings::string_end_after(&parsed, u.range.start());
                CErr::syntax(
                    "f-string expression part cannot include a backslash",
                    fstrings::lookahead_after(&parsed, end),
                )
            }
            K::Pep701FString(_) if format!("{:?}", u.kind).contains("NestedQuote") => {
                fstrings::nested_quote(source, &parsed, u.range.start()).unwrap_or_else(|| {
                    CErr::syntax(
                        format!(
                            "{:?} is not supported by weft (Python 3.11 syntax only)",
                            u.kind
                        ),
                        u.range,
                    )
                })
            }
            // (the kind's enum is private to the parser crate)
            K::UnpackingInComprehension(_) if format!("{:?}", u.kind).contains("DictInDict") => {
                // 3.11 points at the `**` token.
                let start = u.range.start();
                CErr::syntax(
                    "dict unpacking cannot be used in dict comprehension",
                    TextRange::new(start, start + TextSize::from(2)),
                )
            }
            K::UnpackingInComprehension(_) => CErr::syntax(
                "iterable unpacking cannot be used in comprehension",
                u.range,
            ),
            _ => CErr::syntax(
                format!(
                    "{:?} is not supported by weft (Python 3.11 syntax only)",
                    u.kind
                ),
                u.range,
            ),
        });
    }
    Ok(parsed)
}

fn bracket_char(k: TokenKind) -> char {
    match k {
        TokenKind::Lpar | TokenKind::Rpar => {
            if k == TokenKind::Lpar {
                '('
            } else {
                ')'
            }
        }
        TokenKind::Lsqb => '[',
        TokenKind::Rsqb => ']',
        TokenKind::Lbrace => '{',
        _ => '}',
    }
}

/// CPython's parser gives up with a bare MemoryError when its rule stack passes 6000
/// levels: a run of about 5970 prefix operators (`-`, `+`, `~`, `not`; each one a level),
/// of conditional expressions nested in their `else` part (one level each), of about 2985
/// right-nested `**` operators or lambdas nested in their bodies (two levels each).
/// `await` takes a primary, so no prefix operator, lambda or second `await` may follow
/// it: such a run is an ordinary syntax error, not a deep one.
fn parser_stack_overflow(parsed: &Parsed<Mod>) -> Option<CErr> {
    const LIMIT: u32 = 5970;
    let mut levels = 0u32;
    let mut prev = TokenKind::Newline;
    // Inside a lambda's parameters (bracket depth there, lambdas in default values whose
    // colon is still to come): they are parsed and left before the body, so they neither
    // add to nor end the run.
    let mut lambda_params: Option<(u32, u32)> = None;
    for t in parsed.tokens().iter() {
        let k = t.kind();
        if let Some((depth, inner)) = lambda_params.as_mut() {
            match k {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => *depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    *depth = depth.saturating_sub(1)
                }
                TokenKind::Lambda if *depth == 0 => *inner += 1,
                TokenKind::Colon if *depth == 0 && *inner > 0 => *inner -= 1,
                TokenKind::Colon if *depth == 0 => lambda_params = None,
                TokenKind::Newline => {
                    lambda_params = None;
                    levels = 0;
                }
                _ => {}
            }
            prev = k;
            continue;
        }
        let prefix = matches!(
            k,
            TokenKind::Not
                | TokenKind::Await
                | TokenKind::Lambda
                | TokenKind::Minus
                | TokenKind::Plus
                | TokenKind::Tilde
        );
        if prev == TokenKind::Await && prefix {
            // the parser fails right there, before anything deeper
            return None;
        }
        let operand_end = matches!(
            prev,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringEnd
                | TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
                | TokenKind::True
                | TokenKind::False
                | TokenKind::None
                | TokenKind::Ellipsis
        );
        match k {
            TokenKind::Minus | TokenKind::Plus | TokenKind::Tilde if !operand_end => levels += 1,
            TokenKind::Not | TokenKind::Await => levels += 1,
            TokenKind::Lambda => {
                levels += 2;
                lambda_params = Some((0, 0));
            }
            TokenKind::DoubleStar if operand_end => levels += 2,
            TokenKind::Else => levels += 1,
            // operands and `if` continue a chain (`a if c else b if d else ...`)
            TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::If => {}
            _ => levels = 0,
        }
        if levels >= LIMIT {
            return Some(CErr::memory(t.range()));
        }
        prev = k;
    }
    None
}

/// CPython's parser reads each `elif` of an `if` statement one rule level deeper than the
/// one before, so a chain of about 5970 of them overflows its stack (a bare MemoryError)
/// too. The chain starts about 3 levels down at module level, and each enclosing block
/// adds 6 or 7 more; the count here takes 7 (a chain within a few elifs of the limit
/// may fail here and not there, or the other way round).
fn elif_chain_overflow(parsed: &Parsed<Mod>) -> Option<CErr> {
    const LIMIT: usize = 5970;
    // elifs so far in the chain at each indentation depth
    let mut chain: Vec<usize> = vec![0];
    let mut at_start = true;
    for t in parsed.tokens().iter() {
        match t.kind() {
            TokenKind::Indent => {
                chain.push(0);
                at_start = true;
                continue;
            }
            TokenKind::Dedent => {
                if chain.len() > 1 {
                    chain.pop();
                }
                at_start = true;
                continue;
            }
            TokenKind::Newline => {
                at_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline | TokenKind::Comment => continue,
            _ => {}
        }
        if at_start {
            let depth = chain.len() - 1;
            let n = chain.last_mut()?;
            if t.kind() == TokenKind::Elif {
                *n += 1;
                if *n + 3 + 7 * depth >= LIMIT {
                    return Some(CErr::memory(t.range()));
                }
            } else {
                *n = 0;
            }
        }
        at_start = false;
    }
    None
}

/// Errors CPython's tokenizer reports (before or instead of parser errors). After a
/// parser error CPython still tokenizes the rest of the file, and a tokenizer error found
/// there (an unmatched bracket, a bad number, an unterminated string) replaces it, as does
/// a bracket left open on an earlier line than the parser error.
fn token_checks(
    src: &str,
    parsed: &Parsed<Mod>,
    lines: &LineIndex,
    first: Option<&ParseError>,
) -> Option<CErr> {
    if let Some(e) = tab_check(src, parsed, lines) {
        return Some(e);
    }
    let mut stack: Vec<(TokenKind, TextRange)> = Vec::new();
    let mut indent_depth = 0u32;
    let mut fstring_depth = 0u32;
    let mut found: Option<(TextSize, CErr)> = None;
    // An f-string 3.11's tokenizer (which reads it as a plain string) finds unterminated:
    // an error where it starts, met before anything the tokens after it would give.
    let mut open_fstring = fstrings::unterminated_311(src, parsed)
        .map(|(at, triple)| (at, unterminated_string(src, lines, at, triple)));
    for t in parsed.tokens().iter() {
        let k = t.kind();
        let r = t.range();
        if open_fstring
            .as_ref()
            .is_some_and(|(at, _)| r.start() >= *at)
        {
            found = open_fstring.take();
            break;
        }
        match k {
            TokenKind::FStringStart | TokenKind::TStringStart => fstring_depth += 1,
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                fstring_depth = fstring_depth.saturating_sub(1)
            }
            _ if fstring_depth > 0 => {}
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                stack.push((k, r));
                // CPython's tokenizer allows 200 open brackets and reports the 201st.
                if stack.len() > 200 {
                    let e =
                        CErr::syntax("too many nested parentheses", TextRange::empty(r.start()));
                    found = Some((r.start(), e));
                    break;
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                let close = bracket_char(k);
                match stack.pop() {
                    None => {
                        // tokenizer errors: a one-point location, text without newline
                        let mut e = CErr::syntax(
                            format!("unmatched '{close}'"),
                            TextRange::empty(r.start()),
                        );
                        e.newline = false;
                        found = Some((r.start(), e));
                        break;
                    }
                    Some((ok, orange)) => {
                        let want = match ok {
                            TokenKind::Lpar => TokenKind::Rpar,
                            TokenKind::Lsqb => TokenKind::Rsqb,
                            _ => TokenKind::Rbrace,
                        };
                        if want != k {
                            let open = bracket_char(ok);
                            let (ol, _) = lines.line_col(orange.start().to_usize());
                            let (cl, _) = lines.line_col(r.start().to_usize());
                            let msg = if ol != cl {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {ol}")
                            } else {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                            };
                            let mut e = CErr::syntax(msg, TextRange::empty(r.start()));
                            e.newline = false;
                            found = Some((r.start(), e));
                            break;
                        }
                    }
                }
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Complex | TokenKind::Unknown => {
                let at = r.start().to_usize();
                let b = src.as_bytes();
                let numeric = b.get(at).is_some_and(|c| c.is_ascii_digit())
                    || (b.get(at) == Some(&b'.')
                        && b.get(at + 1).is_some_and(|c| c.is_ascii_digit()));
                if numeric {
                    if let Some(mut e) = numbers::number_error(src, lines, at) {
                        e.newline = false;
                        found = Some((r.start(), e));
                        break;
                    }
                }
            }
            TokenKind::Name => {
                if let Some(e) = invalid_identifier(src, lines, r) {
                    found = Some((r.start(), e));
                    break;
                }
            }
            TokenKind::Indent => {
                indent_depth += 1;
                if indent_depth >= 100 {
                    let (l, _) = lines.line_col(r.start().to_usize());
                    let mut e = CErr::indent("too many levels of indentation", r);
                    e.pos = Some((l, 1, l, 0));
                    found = Some((r.start(), e));
                    break;
                }
            }
            TokenKind::Dedent => indent_depth = indent_depth.saturating_sub(1),
            _ => {}
        }
    }
    // Lexical errors ruff reports (unterminated strings, bad characters, dedents).
    let lexical = parsed
        .errors()
        .iter()
        .filter(|e| match &e.error {
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                // these are parser errors ("invalid syntax") in CPython
                !matches!(tok, '$' | '?' | '`' | '!')
            }
            ParseErrorType::Lexical(
                LexicalErrorType::Eof
                | LexicalErrorType::FStringError(_)
                | LexicalErrorType::OtherError(_),
            ) => false,
            ParseErrorType::Lexical(_) => true,
            _ => false,
        })
        .min_by_key(|e| e.location.start());
    let lex_first = lexical.filter(|l| {
        found
            .as_ref()
            .is_none_or(|(at, _)| l.location.start() < *at)
    });
    // The first tokenizer error in the file, and whether CPython's tokenizer reports it
    // without raising (a stray backslash, a bad dedent).
    let tok_err_at = match (lex_first, &found) {
        (Some(l), _) => Some(l.location.start()),
        (None, Some((at, _))) => Some(*at),
        (None, None) => None,
    };
    // (CPython's parser looks a token or two past its error, so such an error right
    // after the parser's is usually still met: treat it as raising there.)
    let soft = lex_first.is_some_and(|l| {
        matches!(
            l.error,
            ParseErrorType::Lexical(
                LexicalErrorType::LineContinuationError | LexicalErrorType::IndentationError
            )
        ) && first.is_some_and(|f| {
            let between = parsed
                .tokens()
                .iter()
                .filter(|t| {
                    t.start() >= f.location.start()
                        && t.start() < l.location.start()
                        && !t.kind().is_trivia()
                })
                .take(3)
                .count();
            let line = |at: TextSize| lines.line_col(at.to_usize().min(src.len())).0;
            between > 2 || line(f.location.start()) != line(l.location.start())
        })
    });
    if let (Some(f), Some(at)) = (first, tok_err_at) {
        if f.location.start() < at && !lex_first.is_some_and(|l| std::ptr::eq(f, l)) {
            // The parser failed first. CPython then scans the rest of the source, and a
            // tokenizer error there replaces a generic or custom syntax error, but not
            // "unexpected indent"/"unindent"; the scan stops at a non-raising error.
            let msg = map_parse_error(f, src, parsed, lines).msg;
            if msg == "unexpected indent" || msg == "unexpected unindent" {
                return None;
            }
            if soft {
                found = None;
            } else if let Some(l) = lex_first {
                return Some(map_parse_error(l, src, parsed, lines));
            }
        }
    }
    if let Some(l) = lex_first {
        if !soft || first.is_none_or(|f| std::ptr::eq(f, l)) {
            // The first error if it is this one (mapped below), else it replaces it.
            if first.is_some_and(|f| !std::ptr::eq(f, l)) {
                return Some(map_parse_error(l, src, parsed, lines));
            }
            return None;
        }
        if first.is_some_and(|f| l.location.start() <= f.location.start()) {
            return Some(map_parse_error(l, src, parsed, lines));
        }
    }
    if let Some((_, e)) = found {
        return Some(e);
    }
    // A bracket still open at the end of the file.
    if let (Some(&(ok, orange)), Some(e)) = (stack.last(), first) {
        let at_end = src
            .get(e.location.start().to_usize().min(src.len())..)
            .unwrap_or("")
            .trim()
            .is_empty()
            || matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof));
        let (l, bc) = lines.line_col(orange.start().to_usize());
        let (el, _) = lines.line_col(e.location.end().to_usize().min(src.len()));
        let (sl, _) = lines.line_col(e.location.start().to_usize().min(src.len()));
        if at_end || el.max(sl) > l {
            let mut err = CErr::syntax(format!("'{}' was never closed", bracket_char(ok)), orange);
            err.pos = Some((l, char_col(src, lines, l, bc) as i64 + 1, l, 0));
            // CPython keeps the newline only when the bracket's line is the last one
            let line_end = src[orange.start().to_usize()..]
                .find('\n')
                .map(|i| orange.start().to_usize() + i + 1)
                .unwrap_or(src.len());
            err.newline = line_end >= src.len() && src.ends_with('\n');
            return Some(err);
        }
    }
    None
}

/// CPython's tokenizer check that indentation compares the same with tab size 8 and 1.
/// CPython's tokenizer error for a string literal starting at `start` that does not end:
/// a one-line string at its line's end, a triple-quoted one at the end of the source.
pub(crate) fn unterminated_string(
    src: &str,
    lines: &LineIndex,
    start: TextSize,
    triple: bool,
) -> CErr {
    let (line, _) = lines.line_col(start.to_usize().min(src.len()));
    let (at, _) = if triple {
        lines.line_col(src.len())
    } else {
        (line, 0)
    };
    let at = if triple && src.ends_with('\n') {
        at - 1
    } else {
        at
    };
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    let mut e = CErr::syntax(
        format!("{what} (detected at line {at})"),
        TextRange::empty(start),
    );
    e.newline = false;
    e
}

fn tab_check(src: &str, parsed: &Parsed<Mod>, lines: &LineIndex) -> Option<CErr> {
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut last_line = 0;
    for t in parsed.tokens().iter() {
        let k = t.kind();
        if matches!(
            k,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        ) {
            at_line_start = true;
            continue;
        }
        if matches!(
            k,
            TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::EndOfFile
        ) {
            continue;
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let (l, _) = lines.line_col(t.start().to_usize());
        if l == last_line {
            continue;
        }
        last_line = l;
        let ls = lines.line_start(l);
        let rest = src.get(ls..).unwrap_or("");
        let ws_len = rest
            .find(|c: char| !matches!(c, ' ' | '\t' | '\x0c'))
            .unwrap_or(rest.len());
        let ws = &rest[..ws_len];
        let (mut col, mut alt) = (0u32, 0u32);
        for c in ws.chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                _ => {
                    col = 0;
                    alt = 0;
                }
            }
        }
        let tab_err = || {
            let mut e = CErr::syntax(
                "inconsistent use of tabs and spaces in indentation",
                t.range(),
            );
            e.kind = "TabError";
            e.pos = Some((l, 1, l, 0));
            Some(e)
        };
        let &(top, top_alt) = stack.last()?;
        if col == top {
            if alt != top_alt {
                return tab_err();
            }
        } else if col > top {
            if alt <= top_alt {
                return tab_err();
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && col < stack.last()?.0 {
                stack.pop();
            }
            let &(top, top_alt) = stack.last()?;
            if col == top && alt != top_alt {
                return tab_err();
            }
        }
    }
    None
}

fn header_kind(line: &str) -> Option<String> {
    let t = line.trim_start();
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    Some(match word.as_str() {
        "def" => "function definition".into(),
        "class" => "class definition".into(),
        "async" => "function definition".into(),
        "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally"
        | "match" | "case" => {
            format!("'{word}' statement")
        }
        _ => {
            if t.starts_with('@') {
                "function definition".into()
            } else {
                return None;
            }
        }
    })
}

/// `str.isprintable` for one character, installed by the runtime (which has the Unicode
/// tables); without it, a rough approximation.
pub static PRINTABLE: std::sync::OnceLock<fn(char) -> bool> = std::sync::OnceLock::new();

fn is_printable(c: char) -> bool {
    match PRINTABLE.get() {
        Some(f) => f(c),
        None => !(c.is_control() || (c.is_whitespace() && c != ' ') || c == '\u{feff}'),
    }
}

/// `str.isidentifier` for a whole name (Unicode 14 XID_Start / XID_Continue as CPython
/// 3.11 sees them), installed by the runtime; without it the parser's own tables decide.
pub static IDENTIFIER: std::sync::OnceLock<fn(&str) -> bool> = std::sync::OnceLock::new();

/// CPython's tokenizer check of a non-ASCII name (`verify_identifier`): the first
/// character that does not continue a valid identifier is reported ("invalid character"),
/// e.g. U+200C/U+200D, which newer Unicode versions than 3.11's allow in names.
fn invalid_identifier(src: &str, lines: &LineIndex, r: TextRange) -> Option<CErr> {
    let name = src.get(r.start().to_usize()..r.end().to_usize())?;
    let ok = IDENTIFIER.get()?;
    if name.is_ascii() || ok(name) {
        return None;
    }
    let mut bad = name.len();
    for (i, c) in name.char_indices() {
        if !ok(&name[..i + c.len_utf8()]) {
            bad = i;
            break;
        }
    }
    let ch = name[bad..].chars().next()?;
    let msg = if is_printable(ch) {
        format!("invalid character '{ch}' (U+{:04X})", ch as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", ch as u32)
    };
    let at = r.start().to_usize() + bad;
    let (l, bc) = lines.line_col(at);
    let col = char_col(src, lines, l, bc) as i64 + 1;
    let mut e = CErr::syntax(msg, TextRange::empty(TextSize::from(at as u32)));
    e.pos = Some((l, col, l, col));
    e.newline = false;
    Some(e)
}

/// CPython's int/str digit limit (`sys.set_int_max_str_digits`, 0: none); the VM keeps
/// it in step so decimal literals longer than it are refused as CPython's parser does.
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// A decimal int literal (without underscores) longer than the digit limit, before the
/// first parse error: CPython's parser fails converting it.
fn huge_int_literal(src: &str, parsed: &Parsed<Mod>, first: Option<&ParseError>) -> Option<CErr> {
    let limit = INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    if limit == 0 {
        return None;
    }
    let stop = first.map(|e| e.location.start());
    for t in parsed.tokens().iter() {
        let r = t.range();
        if stop.is_some_and(|s| r.start() >= s) {
            break;
        }
        if t.kind() != TokenKind::Int || r.len().to_usize() <= limit {
            continue;
        }
        let text = &src[r.start().to_usize()..r.end().to_usize()];
        if text.bytes().all(|b| b.is_ascii_digit()) {
            let mut e = CErr::syntax(
                format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    text.len()
                ),
                r,
            );
            let (l, _) = LineIndex::new(src).line_col(r.start().to_usize());
            e.pos = Some((l, 0, l, 0));
            return Some(e);
        }
    }
    None
}

/// The byte offset of a line-continuation backslash that ends the source (only
/// whitespace or one newline may follow it).
fn continuation_at_eof(src: &str) -> Option<usize> {
    let t = src.strip_suffix('\n').unwrap_or(src);
    let t = t.strip_suffix('\r').unwrap_or(t);
    t.strip_suffix('\\').map(|rest| rest.len())
}

/// A generic error on the line after a decorator, indented deeper or less deep than the
/// decorator: CPython's tokenizer makes an INDENT or DEDENT there, which its parser
/// reports as "unexpected indent" or "unexpected unindent" (at the line's indentation,
/// no end). (An unindent to no outer level was reported by the tokenizer before this.)
fn after_decorator_indent(src: &str, lines: &LineIndex, e: &CErr) -> Option<CErr> {
    let (line, _) = lines.line_col(e.range.start().to_usize());
    let this = code_line(src, lines, line)?;
    let prev = (1..line).rev().find_map(|l| code_line(src, lines, l))?;
    if !prev.trim_start().starts_with('@') {
        return None;
    }
    let (at, was) = (indent_width(&this), indent_width(&prev));
    let msg = match at.cmp(&was) {
        std::cmp::Ordering::Greater => "unexpected indent",
        std::cmp::Ordering::Less => "unexpected unindent",
        std::cmp::Ordering::Equal => return None,
    };
    let mut d = CErr::indent(msg, e.range);
    d.pos = Some((line, at as i64, line, -1));
    Some(d)
}

fn map_parse_error(err: &ParseError, src: &str, parsed: &Parsed<Mod>, lines: &LineIndex) -> CErr {
    let r = err.location;
    if let Some(e) = patterns::pattern_error(err, src, parsed) {
        return e;
    }
    if err.error == ParseErrorType::VarParameterWithDefault {
        // `*args=...` / `**kwargs=...`: CPython names the kind, at the `=`.
        let double = tokens_before(parsed, r.start())
            .iter()
            .rev()
            .find(|t| matches!(t.kind(), TokenKind::Star | TokenKind::DoubleStar))
            .is_some_and(|t| t.kind() == TokenKind::DoubleStar);
        let kind = if double {
            "var-keyword"
        } else {
            "var-positional"
        };
        return CErr::syntax(format!("{kind} argument cannot have default value"), r);
    }
    if let Some(e) =
        equal_sign_at(err, parsed).and_then(|eq| assign_expr::in_brackets(src, parsed, eq))
    {
        return e;
    }
    if let ParseErrorType::ExpectedToken {
        expected: TokenKind::Rpar,
        found: TokenKind::For,
    } = err.error
    {
        if let Some(e) = assign_expr::kwarg_genexp(parsed, r) {
            return e;
        }
    }
    let (line, _) = lines.line_col(r.start().to_usize().min(src.len()));
    match &err.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::UnclosedStringError
                if fstrings::nested_quote(src, parsed, r.start()).is_some() =>
            {
                // `f"{x" + 1`: 3.11's f-string ends at that quote, inside the field
                fstrings::nested_quote(src, parsed, r.start())
                    .unwrap_or_else(|| CErr::syntax("invalid syntax", r))
            }
            LexicalErrorType::UnclosedStringError => {
                let s = src.get(r.start().to_usize()..).unwrap_or("");
                let triple = s
                    .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .starts_with("'''")
                    || s.trim_start_matches(|c: char| c.is_ascii_alphabetic())
                        .starts_with("\"\"\"");
                unterminated_string(src, lines, r.start(), triple)
            }
            LexicalErrorType::IndentationError => {
                let (l, _) = lines.line_col(r.end().to_usize().min(src.len()));
                let mut e = CErr::indent("unindent does not match any outer indentation level", r);
                let text = line_text(src, lines, l).unwrap_or_default();
                let n = text.chars().count() as i64;
                e.pos = Some((l, n + 1, l, -1));
                e
            }
            LexicalErrorType::Eof | LexicalErrorType::LineContinuationError
                if continuation_at_eof(src).is_some() =>
            {
                // a backslash ending the source: CPython points just past it
                let at = continuation_at_eof(src).unwrap_or(0);
                let (l, bc) = lines.line_col(at);
                let col = char_col(src, lines, l, bc) as i64 + 2;
                let mut e = CErr::syntax("unexpected EOF while parsing", r);
                e.pos = Some((l, col, l, -1));
                e
            }
            LexicalErrorType::Eof => CErr::syntax("unexpected EOF while parsing", r),
            LexicalErrorType::UnrecognizedToken { tok } => {
                if *tok == '$' || *tok == '?' || *tok == '`' || *tok == '!' {
                    CErr::syntax("invalid syntax", r)
                } else {
                    // a tokenizer error: one-point location, text without newline
                    let msg = if is_printable(*tok) {
                        format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                    } else {
                        format!("invalid non-printable character U+{:04X}", *tok as u32)
                    };
                    let (l, bc) = lines.line_col(r.start().to_usize().min(src.len()));
                    let col = char_col(src, lines, l, bc) as i64 + 1;
                    let mut e = CErr::syntax(msg, r);
                    e.pos = Some((l, col, l, col));
                    e.newline = false;
                    e
                }
            }
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace
            | LexicalErrorType::StringError => escape_error(src, parsed, lines, r)
                .unwrap_or_else(|| CErr::syntax("invalid syntax", r)),
            LexicalErrorType::LineContinuationError => {
                // CPython points just past the backslash, with end offset 0
                let (l, bc) = lines.line_col(r.start().to_usize().min(src.len()));
                let col = char_col(src, lines, l, bc) as i64 + 2;
                let mut e =
                    CErr::syntax("unexpected character after line continuation character", r);
                e.pos = Some((l, col, l, 0));
                e
            }
            LexicalErrorType::FStringError(fe) => fstring_error(fe, src, parsed, r),
            LexicalErrorType::InvalidByteLiteral => {
                let lit = parsed
                    .tokens()
                    .iter()
                    .find(|t| t.range().contains_range(r))
                    .map(|t| t.range())
                    .unwrap_or(r);
                CErr::syntax("bytes can only contain ASCII literal characters", lit)
            }
            other => CErr::syntax(format!("invalid syntax ({other})"), r),
        },
        ParseErrorType::UnexpectedIndentation => {
            let mut e = CErr::indent("unexpected indent", r);
            let text = line_text(src, lines, line).unwrap_or_default();
            e.pos = Some((line, indent_width(&text) as i64, line, -1));
            e
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            expected_indent(src, lines, r, line)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => expected_indent(src, lines, r, line),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => CErr::syntax(
            "expected 'else' after 'if' expression",
            if_expr_range(parsed, prev_token_end(parsed, r.start())).unwrap_or(r),
        ),
        ParseErrorType::OtherError(m)
            if (m == "Only one '*' parameter allowed"
                || m == "Only one '*' separator allowed"
                || m.starts_with("Keyword-only parameter separator not allowed"))
                && parsed
                    .tokens()
                    .after(r.start())
                    .get(1)
                    .is_some_and(|t| matches!(t.kind(), TokenKind::Name | TokenKind::Comma)) =>
        {
            // CPython names a second `*` followed by a parameter or a comma, at the `*`
            CErr::syntax(
                "* argument may appear only once",
                TextRange::at(r.start(), TextSize::from(1)),
            )
        }
        ParseErrorType::OtherError(m) if m == "Only one '/' separator allowed" => {
            CErr::syntax("/ may appear only once", r)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Position-only parameter separator") => {
            CErr::syntax("at least one argument must precede /", r)
        }
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" => {
            // CPython names the problem only for `except*:` / `except*` at a line end.
            let mut e = invalid_syntax_at(src, parsed, r, lines);
            let at_end = parsed
                .tokens()
                .after(r.start())
                .first()
                .is_some_and(|t| matches!(t.kind(), TokenKind::Colon | TokenKind::Newline));
            let star = parsed
                .tokens()
                .before(r.start())
                .last()
                .is_some_and(|t| t.kind() == TokenKind::Star);
            if at_end && star {
                e.msg = "expected one or more exception types".into();
            }
            e
        }
        ParseErrorType::OtherError(m) if m.starts_with("Cannot have both 'except' and") => {
            // `except` (and its `*`, when the clause is the first `except*`)
            let toks = parsed.tokens().after(r.start());
            let mut end = toks.first().map_or(r.end(), |t| t.end());
            if let Some(t) = toks.get(1).filter(|t| t.kind() == TokenKind::Star) {
                end = t.end();
            }
            CErr::syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                TextRange::new(r.start(), end),
            )
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            let mut e = CErr::syntax("expected 'except' or 'finally' block", r);
            let at = r.start().to_usize();
            let end = src.trim_end().len();
            let indent = |l: u32| indent_width(&line_text(src, lines, l).unwrap_or_default());
            if let Some(t) = try_else(src, parsed, lines, r.start()) {
                // `try:` ... `else:` with no handler: CPython fails at the `else`
                e.range = t;
            } else if at >= end {
                // at the end of the input: on the end marker, after the last line
                let (l, len) = end_marker(src);
                e.pos = Some((l, len + 1, l, -1));
                e.at_end = true;
            } else {
                let (l, _) = lines.line_col(at);
                let try_line = parsed
                    .tokens()
                    .before(r.start())
                    .iter()
                    .rev()
                    .find(|t| t.kind() == TokenKind::Try)
                    .map(|t| lines.line_col(t.start().to_usize()).0)
                    .unwrap_or(l);
                if indent(l) < indent(try_line) {
                    // CPython reports the DEDENT token: offset 0
                    e.pos = Some((l, 0, l, -1));
                } else if let Some(t) = parsed.tokens().after(r.start()).first() {
                    e.range = t.range();
                }
            }
            e
        }
        ParseErrorType::ExpectedExpression if fstring_empty(src, parsed, r).is_some() => {
            let what = fstring_empty(src, parsed, r).unwrap_or('}');
            let end = fstring_end(parsed, r);
            if what == '}' {
                CErr::syntax(
                    "f-string: empty expression not allowed",
                    fstrings::lookahead_after(parsed, end),
                )
            } else {
                CErr::syntax(
                    format!("f-string: expression required before '{what}'"),
                    fstrings::lookahead_after(parsed, end),
                )
            }
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition")
                && src[r.start().to_usize().min(src.len())..].trim().is_empty() =>
        {
            end_marker_error(src, r)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Only single target (not ") => {
            let what = if m.contains("(not list)") {
                "list"
            } else {
                "tuple"
            };
            targets::single_target_error(what, src, r)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            found,
        } if found.as_augmented_assign_operator().is_some() => targets::tuple_aug_target(parsed, r)
            .unwrap_or_else(|| invalid_syntax_at(src, parsed, r, lines)),
        ParseErrorType::ExpectedExpression if dict_value_missing(parsed, r).is_some() => {
            let colon = dict_value_missing(parsed, r).unwrap_or(r);
            let mut e = CErr::syntax("expression expected after dictionary key and ':'", colon);
            // CPython's text is the colon's line without its newline when the dict goes on
            // to a later line
            let (cl, _) = lines.line_col(colon.start().to_usize());
            let (nl, _) = lines.line_col(r.start().to_usize().min(src.len()));
            e.newline = cl == nl;
            e
        }
        ParseErrorType::InvalidStarredExpressionUsage if dict_starred(parsed, r).is_some() => {
            dict_starred(parsed, r).unwrap_or_else(|| CErr::syntax("invalid syntax", r))
        }
        ParseErrorType::OtherError(m) if m.starts_with("Star import") => {
            // CPython's parser fails at the `*` where a name is expected, or (after
            // `import *`) at the token that follows it.
            let star = tokens_from(parsed, r.start())
                .iter()
                .find(|t| t.kind() == TokenKind::Star)
                .map_or(r, |t| t.range());
            let after_import = tokens_before(parsed, star.start())
                .iter()
                .rev()
                .find(|t| !t.kind().is_trivia())
                .is_some_and(|t| t.kind() == TokenKind::Import);
            if after_import {
                invalid_syntax_at(src, parsed, TextRange::empty(star.end()), lines)
            } else {
                CErr::syntax("invalid syntax", star)
            }
        }
        ParseErrorType::OtherError(m) if m == "Trailing comma not allowed" => {
            // CPython fails at the token after the comma; a `from` import names the problem.
            let mut e = invalid_syntax_at(src, parsed, TextRange::empty(r.end()), lines);
            let from_import = line_tokens_rev(tokens_before(parsed, r.start()))
                .filter(|t| !t.kind().is_trivia())
                .last()
                .is_some_and(|t| t.kind() == TokenKind::From);
            if from_import {
                e.msg = "trailing comma not allowed without surrounding parentheses".into();
            }
            e
        }
        ParseErrorType::OtherError(_) => invalid_syntax_at(src, parsed, r, lines),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar,
            found,
        } if *found != TokenKind::EndOfFile => invalid_syntax_at(src, parsed, r, lines),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            found,
        } if after_def_name(parsed, r.start()) => {
            // `def name` without its parameter list: CPython's forced `&&'('`.
            if matches!(found, TokenKind::Newline | TokenKind::EndOfFile) {
                CErr::syntax("expected '('", TextRange::empty(r.start()))
            } else {
                CErr::syntax("expected '('", next_token_range(parsed, r.start()))
            }
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Equal,
        } if assign_expr::in_condition(src, parsed, r).is_some() => {
            assign_expr::in_condition(src, parsed, r)
                .unwrap_or_else(|| CErr::syntax("invalid syntax", r))
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Comma | TokenKind::Rbrace,
        } if dict_key_start(parsed, r.start()).is_some() => {
            // CPython's offset is the key's last character.
            let key_end = prev_token_end(parsed, r.start());
            let mut e = CErr::syntax(
                "':' expected after dictionary key",
                TextRange::empty(key_end),
            );
            let (l, bc) = lines.line_col(key_end.to_usize());
            let col = char_col(src, lines, l, bc) as i64;
            e.pos = Some((l, col, l, 0));
            e
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } if !matches!(
            found,
            TokenKind::Newline | TokenKind::EndOfFile | TokenKind::NonLogicalNewline
        ) =>
        {
            // CPython's `&&':'` (a forced token) after `else`, `try`, `finally` and a
            // function's header reports the token found; elsewhere its generic error.
            let kw = line_tokens_rev(tokens_before(parsed, r.start()))
                .filter(|t| !t.kind().is_trivia())
                .last()
                .map(|t| t.kind());
            match kw {
                Some(TokenKind::Else | TokenKind::Try | TokenKind::Finally | TokenKind::Def) => {
                    CErr::syntax("expected ':'", next_token_range(parsed, r.start()))
                }
                _ => invalid_syntax_at(src, parsed, r, lines),
            }
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => {
            let end = prev_token_end(parsed, r.start());
            let at = match tokens_from(parsed, end)
                .iter()
                .find(|t| t.kind() != TokenKind::Comment)
            {
                Some(t) if t.kind() == TokenKind::Newline => newline_range(parsed, t.start()),
                _ => TextRange::empty(end),
            };
            CErr::syntax("expected ':'", at)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => invalid_target(err, src, parsed, r),
        // (CPython points at the token after the argument)
        ParseErrorType::PositionalAfterKeywordArgument => CErr::syntax(
            "positional argument follows keyword argument",
            next_token_range(parsed, r.end()),
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => CErr::syntax(
            "positional argument follows keyword argument unpacking",
            next_token_range(parsed, r.end()),
        ),
        _ => map_rest(err, src, parsed, lines),
    }
}

/// A bad escape in a string literal: CPython's "(unicode error) 'unicodeescape' codec
/// can't decode bytes in position A-B: ..." (or "(value error) ..." for bytes), reported
/// just after the literal.
fn escape_error(src: &str, parsed: &Parsed<Mod>, lines: &LineIndex, r: TextRange) -> Option<CErr> {
    let tok = parsed
        .tokens()
        .iter()
        .find(|t| t.kind() == TokenKind::String && t.range().contains_range(r))?;
    let text = &src[tok.range().start().to_usize()..tok.range().end().to_usize()];
    let prefix = text.find(['\'', '"'])?;
    let bytes_lit = text[..prefix].contains(['b', 'B']);
    let q = if text[prefix..].starts_with("'''") || text[prefix..].starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body_start = tok.range().start().to_usize() + prefix + q;
    let b = src.as_bytes();
    let mut esc = r.start().to_usize().min(src.len().saturating_sub(1));
    while esc > body_start && b[esc] != b'\\' {
        esc -= 1;
    }
    if b.get(esc) != Some(&b'\\') {
        return None;
    }
    let kind = *b.get(esc + 1)?;
    let hex_run = |from: usize, max: usize| {
        (0..max)
            .take_while(|i| b.get(from + i).is_some_and(|c| c.is_ascii_hexdigit()))
            .count()
    };
    let (end, reason) = match kind {
        b'x' => (esc + 1 + hex_run(esc + 2, 2), "truncated \\xXX escape"),
        b'u' => (esc + 1 + hex_run(esc + 2, 4), "truncated \\uXXXX escape"),
        b'U' => {
            let n = hex_run(esc + 2, 8);
            if n == 8 {
                (esc + 9, "illegal Unicode character")
            } else {
                (esc + 1 + n, "truncated \\UXXXXXXXX escape")
            }
        }
        b'N' if b.get(esc + 2) == Some(&b'{') => {
            // CPython's decoder looks for the `}` up to the literal's end
            let body_end = tok.range().end().to_usize() - q;
            match src.get(esc + 3..body_end).and_then(|t| t.find('}')) {
                Some(0) => (esc + 2, "malformed \\N character escape"),
                Some(n) => (esc + 3 + n, "unknown Unicode character name"),
                None => (body_end - 1, "malformed \\N character escape"),
            }
        }
        b'N' => (esc + 1, "malformed \\N character escape"),
        _ => return None,
    };
    // CPython first turns each non-ASCII character into a 10-byte \U escape.
    let pos = |at: usize| {
        src[body_start..at]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum::<usize>()
    };
    let (a, z) = (pos(esc), pos(end.max(esc)));
    let msg = if bytes_lit {
        format!("(value error) invalid \\x escape at position {a}")
    } else {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{z}: {reason}")
    };
    let (l, bc) = lines.line_col(tok.range().end().to_usize());
    let col = char_col(src, lines, l, bc) as i64 + 1;
    let mut e = CErr::syntax(msg, tok.range());
    e.pos = Some((l, col, l, col));
    // CPython reports the token after the literal (its parser's lookahead) when it is on
    // the same line.
    let next = fstrings::lookahead_after(parsed, tok.range().end());
    let (nl, _) = lines.line_col(next.start().to_usize());
    let (el, _) = lines.line_col(next.end().to_usize());
    if nl == l && el == l {
        e.pos = None;
        e.range = next;
    }
    Some(e)
}

/// The `body if test` part of a conditional expression whose test ends at `end`.
fn if_expr_range(parsed: &Parsed<Mod>, end: TextSize) -> Option<TextRange> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Find {
        end: TextSize,
        found: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::If(i) = e {
                if i.test.range().end() == self.end {
                    self.found = Some(TextRange::new(i.body.range().start(), self.end));
                }
            }
            walk_expr(self, e);
        }
    }
    let mut f = Find { end, found: None };
    match parsed.syntax() {
        Mod::Module(m) => f.visit_body(&m.body),
        Mod::Expression(x) => f.visit_expr(&x.body),
    }
    f.found
}

/// Where CPython's tokenizer puts the end marker: the file's last line (1-based) and
/// that line's length in characters.
fn end_marker(src: &str) -> (u32, i64) {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let last = (body.matches('\n').count() + 1) as u32;
    let len = body.rsplit('\n').next().unwrap_or("").chars().count() as i64;
    (last, len)
}

fn expected_indent(src: &str, lines: &LineIndex, r: TextRange, line: u32) -> CErr {
    // Only blank and comment lines after the header: CPython's parser meets the end
    // marker, which it places at the end of the file's last line (end offset -1).
    let rest = src.get(r.start().to_usize().min(src.len())..).unwrap_or("");
    let at_eof = rest.lines().all(|t| {
        let t = t.trim_start_matches([' ', '\t', '\x0c', '\r']);
        t.is_empty() || t.starts_with('#')
    });
    if at_eof {
        let (last, last_len) = end_marker(src);
        let mut code = src[..r.start().to_usize().min(src.len())].lines().count() as u32;
        while code > 1 && code_line(src, lines, code).is_none() {
            code -= 1;
        }
        let mut hl = code;
        while hl >= 1 {
            if let Some(k) = header_kind(&line_text(src, lines, hl).unwrap_or_default()) {
                let msg = format!("expected an indented block after {k} on line {hl}");
                let mut e = CErr::indent(msg, r);
                e.pos = Some((last, last_len + 1, last, -1));
                e.at_end = true;
                return e;
            }
            hl -= 1;
        }
    }
    // A header whose block is missing where the next statement is dedented past it
    // (`def f():` / `    if x:` / `print(1)`): ruff reports at the header's own line,
    // CPython at the dedented line (its DEDENT token: the line's indentation as the
    // offset, no end, so no caret), blaming the inner header.
    if let Some(head) = code_line(src, lines, line) {
        if let Some(k) = header_kind(&head) {
            let last = src.lines().count() as u32;
            let next = (line + 1..=last).find_map(|l| code_line(src, lines, l).map(|t| (l, t)));
            if let Some((next, t)) = next.filter(|(_, t)| indent_width(t) < indent_width(&head)) {
                let msg = format!("expected an indented block after {k} on line {line}");
                let mut e = CErr::indent(msg, r);
                e.pos = Some((next, indent_width(&t) as i64, next, -1));
                return e;
            }
        }
    }
    {
        {
            // Find the header line of the block.
            let mut l = line.saturating_sub(1);
            while l >= 1 && code_line(src, lines, l).is_none() {
                l -= 1;
            }
            let mut hl = l;
            while hl >= 1 {
                if let Some(k) = header_kind(&line_text(src, lines, hl).unwrap_or_default()) {
                    let msg = format!("expected an indented block after {k} on line {hl}");
                    let mut e = CErr::indent(msg, r);
                    let text = line_text(src, lines, line).unwrap_or_default();
                    let ind = indent_width(&text);
                    // the first token of the line
                    let word = text
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .count()
                        .max(1);
                    e.pos = Some((line, ind as i64 + 1, line, (ind + word) as i64 + 1));
                    return e;
                }
                hl -= 1;
            }
            CErr::indent("expected an indented block", r)
        }
    }
}

fn map_rest(err: &ParseError, src: &str, parsed: &Parsed<Mod>, lines: &LineIndex) -> CErr {
    let r = err.location;
    match &err.error {
        ParseErrorType::InvalidArgumentUnpackingOrder => CErr::syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::at(r.start(), TextSize::from(1)),
        ),
        ParseErrorType::ParamAfterVarKeywordParam => {
            CErr::syntax("arguments cannot follow var-keyword argument", r)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            CErr::syntax("non-default argument follows default argument", r)
        }
        ParseErrorType::ExpectedKeywordParam => {
            // CPython points at a function's bare `*`, and a lambda's token after it
            // (after its comma).
            let before = parsed.tokens().before(r.end());
            let Some(i) = before.iter().rposition(|t| t.kind() == TokenKind::Star) else {
                return CErr::syntax("named arguments must follow bare *", r);
            };
            let star = before[i].range();
            let mut depth = 0i32;
            let in_lambda = before[..i]
                .iter()
                .rev()
                .find(|t| {
                    match t.kind() {
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                        _ => {}
                    }
                    depth < 0 || (depth == 0 && t.kind() == TokenKind::Lambda)
                })
                .is_some_and(|t| t.kind() == TokenKind::Lambda);
            let at = if in_lambda {
                let next = next_token_range(parsed, star.end());
                match tokens_from(parsed, next.start()).first() {
                    Some(t) if t.kind() == TokenKind::Comma => next_token_range(parsed, t.end()),
                    _ => next,
                }
            } else {
                star
            };
            CErr::syntax("named arguments must follow bare *", at)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            // A class's bases are not a call's arguments to 3.11's grammar: its generic
            // error, at the `for`.
            let in_bases = tokens_before(parsed, r.start())
                .iter()
                .rev()
                .filter(|t| !t.kind().is_trivia())
                .take(3)
                .map(|t| t.kind())
                .collect::<Vec<_>>()
                == [TokenKind::Lpar, TokenKind::Name, TokenKind::Class];
            let for_tok = tokens_from(parsed, r.start())
                .iter()
                .find(|t| matches!(t.kind(), TokenKind::For | TokenKind::Async));
            match for_tok {
                Some(t) if in_bases => CErr::syntax("invalid syntax", t.range()),
                _ => CErr::syntax("Generator expression must be parenthesized", r),
            }
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            CErr::syntax("iterable unpacking cannot be used in comprehension", r)
        }
        ParseErrorType::FStringError(fe) => fstring_error(fe, src, parsed, r),
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition")
                && src[r.start().to_usize().min(src.len())..].trim().is_empty() =>
        {
            end_marker_error(src, r)
        }
        ParseErrorType::SimpleStatementsOnSameLine | ParseErrorType::UnexpectedExpressionToken => {
            invalid_syntax_at(src, parsed, r, lines)
        }
        _ => invalid_syntax_at(src, parsed, r, lines),
    }
}

fn fstring_error(
    fe: &ruff_python_parser::InterpolatedStringErrorType,
    src: &str,
    parsed: &Parsed<Mod>,
    r: TextRange,
) -> CErr {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    if *fe == F::UnterminatedString {
        if let Some(e) = fstrings::comment_in_field(src, parsed, r.start()) {
            return e;
        }
        // `f'{f'`: 3.11's string ended at the inner f-string's quote, inside the field
        if let Some(e) = fstrings::nested_quote(src, parsed, r.start()) {
            return e;
        }
    }
    let msg = match fe {
        F::UnclosedLbrace => "f-string: expecting '}'".to_string(),
        // `!rr`: CPython takes the conversion `r` and then wants the `}`
        F::InvalidConversionFlag
            if src_at(src, r).len() > 1 && src_at(src, r).starts_with(['s', 'r', 'a']) =>
        {
            "f-string: expecting '}'".to_string()
        }
        F::InvalidConversionFlag | F::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_string()
        }
        F::SingleRbrace => "f-string: single '}' is not allowed".to_string(),
        other => format!("f-string: {other}"),
    };
    // CPython 3.11 reports f-string errors just after the string.
    let end = parsed
        .tokens()
        .after(r.start())
        .iter()
        .find(|t| {
            matches!(
                t.kind(),
                TokenKind::FStringEnd | TokenKind::Newline | TokenKind::EndOfFile
            )
        })
        .map(|t| t.end())
        .unwrap_or(r.end());
    CErr::syntax(msg, fstrings::lookahead_after(parsed, end))
}

/// In a dict display, the start of the key that ends at `at` (None when `at` is not
/// directly inside braces).
fn dict_key_start(parsed: &Parsed<Mod>, at: TextSize) -> Option<TextSize> {
    let before = parsed.tokens().before(at);
    let mut depth = 0i32;
    let mut start = None;
    for t in before.iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb if depth == 0 => return None,
            TokenKind::Lbrace if depth == 0 => return start,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            TokenKind::Comma if depth == 0 => return start,
            TokenKind::Comment | TokenKind::NonLogicalNewline => continue,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => return None,
            _ => {}
        }
        start = Some(t.start());
    }
    None
}

/// `{k:}`: ruff's "expected an expression" just after a dict key's colon; the colon.
fn dict_value_missing(parsed: &Parsed<Mod>, r: TextRange) -> Option<TextRange> {
    let colon = parsed
        .tokens()
        .before(r.start())
        .iter()
        .rev()
        .find(|t| !t.kind().is_trivia() && t.kind() != TokenKind::NonLogicalNewline)?;
    if colon.kind() != TokenKind::Colon {
        return None;
    }
    dict_key_start(parsed, colon.start())?;
    let lambda = parsed
        .tokens()
        .before(colon.start())
        .iter()
        .rev()
        .take_while(|t| !matches!(t.kind(), TokenKind::Lbrace | TokenKind::Comma))
        .any(|t| t.kind() == TokenKind::Lambda);
    (!lambda).then(|| colon.range())
}

/// A starred item in a dict display: `{k: *v}` (CPython's own message) or `{**m: v}`
/// ("invalid syntax" at the colon).
fn dict_starred(parsed: &Parsed<Mod>, r: TextRange) -> Option<CErr> {
    let toks = parsed.tokens();
    let first = toks.after(r.start()).first()?;
    let prev = toks
        .before(r.start())
        .iter()
        .rev()
        .find(|t| !t.kind().is_trivia() && t.kind() != TokenKind::NonLogicalNewline)?;
    match first.kind() {
        TokenKind::Star if prev.kind() == TokenKind::Colon => {
            dict_key_start(parsed, prev.start())?;
            Some(CErr::syntax(
                "cannot use a starred expression in a dictionary value",
                r,
            ))
        }
        TokenKind::DoubleStar if matches!(prev.kind(), TokenKind::Lbrace | TokenKind::Comma) => {
            let next = toks
                .after(r.end())
                .iter()
                .find(|t| !t.kind().is_trivia() && t.kind() != TokenKind::NonLogicalNewline)?;
            (next.kind() == TokenKind::Colon).then(|| CErr::syntax("invalid syntax", next.range()))
        }
        _ => None,
    }
}

/// Whether the tokens before `at` end with `def NAME`.
fn after_def_name(parsed: &Parsed<Mod>, at: TextSize) -> bool {
    let mut toks = parsed
        .tokens()
        .before(at)
        .iter()
        .rev()
        .filter(|t| !t.kind().is_trivia());
    matches!(
        (toks.next().map(|t| t.kind()), toks.next().map(|t| t.kind())),
        (Some(TokenKind::Name), Some(TokenKind::Def))
    )
}

/// `{}`, `{!r}`, `{:x}` in an f-string (ruff: "expected an expression" at `r`): the
/// character that came too early.
fn fstring_empty(src: &str, parsed: &Parsed<Mod>, r: TextRange) -> Option<char> {
    let at = r.start().to_usize();
    let c = src.get(at..)?.chars().next()?;
    if !matches!(c, '}' | '!' | ':') {
        return None;
    }
    // Only inside an f-string (`{: 1}` is a dict display missing its key).
    let depth = parsed
        .tokens()
        .before(r.start())
        .iter()
        .fold(0i32, |d, t| match t.kind() {
            TokenKind::FStringStart => d + 1,
            TokenKind::FStringEnd => d - 1,
            _ => d,
        });
    (depth > 0 && src[..at].trim_end().ends_with('{')).then_some(c)
}

/// Just after the f-string containing `r` (where CPython 3.11 reports its errors).
fn fstring_end(parsed: &Parsed<Mod>, r: TextRange) -> TextSize {
    parsed
        .tokens()
        .after(r.start())
        .iter()
        .find(|t| {
            matches!(
                t.kind(),
                TokenKind::FStringEnd | TokenKind::Newline | TokenKind::EndOfFile
            )
        })
        .map(|t| t.end())
        .unwrap_or(r.end())
}

fn src_at(src: &str, r: TextRange) -> &str {
    src.get(r.start().to_usize()..r.end().to_usize())
        .unwrap_or("")
}

/// The tokens that start at or after `at` (which may lie inside a token, unlike for
/// `Tokens::after`).
pub(crate) fn tokens_from(parsed: &Parsed<Mod>, at: TextSize) -> &[ruff_python_ast::token::Token] {
    let toks: &[ruff_python_ast::token::Token] = parsed.tokens();
    &toks[toks.partition_point(|t| t.start() < at)..]
}

/// The tokens that end at or before `at` (which may lie inside a token).
pub(crate) fn tokens_before(
    parsed: &Parsed<Mod>,
    at: TextSize,
) -> &[ruff_python_ast::token::Token] {
    let toks: &[ruff_python_ast::token::Token] = parsed.tokens();
    &toks[..toks.partition_point(|t| t.end() <= at)]
}

/// The tokens of the logical line that `before` ends in, last first (back to the
/// previous NEWLINE, INDENT or DEDENT).
pub(crate) fn line_tokens_rev(
    before: &[ruff_python_ast::token::Token],
) -> impl Iterator<Item = &ruff_python_ast::token::Token> {
    before.iter().rev().take_while(|t| {
        !matches!(
            t.kind(),
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    })
}

/// `[a, b for ...]` / `{a, b for ...}`: CPython's "did you forget parentheses around the
/// comprehension target?" over the elements before the `for` (up to a trailing comma).
fn unparenthesized_comp_target(
    parsed: &Parsed<Mod>,
    before: &[ruff_python_ast::token::Token],
    tok: Option<&ruff_python_ast::token::Token>,
) -> Option<CErr> {
    let tok = tok.filter(|t| matches!(t.kind(), TokenKind::For | TokenKind::Async))?;
    let mut depth = 0i32;
    let mut comma = false;
    let mut open = None;
    for t in before.iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => {
                open = Some(t);
                break;
            }
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            TokenKind::Comma if depth == 0 => comma = true,
            // a dict display, a lambda or a nested clause: not this rule
            TokenKind::Colon | TokenKind::Lambda | TokenKind::For | TokenKind::Newline
                if depth == 0 =>
            {
                return None
            }
            _ => {}
        }
    }
    let open = open.filter(|o| matches!(o.kind(), TokenKind::Lsqb | TokenKind::Lbrace))?;
    if !comma {
        return None;
    }
    let first = next_token_range(parsed, open.end()).start();
    let last = prev_token_end(parsed, tok.start());
    (first < last).then(|| {
        CErr::syntax(
            "did you forget parentheses around the comprehension target?",
            TextRange::new(first, last),
        )
    })
}

/// The `else` that directly follows a `try` block before `at` (no `except` between).
fn try_else(src: &str, parsed: &Parsed<Mod>, lines: &LineIndex, at: TextSize) -> Option<TextRange> {
    let col = |t: &ruff_python_ast::token::Token| {
        let (l, bc) = lines.line_col(t.start().to_usize());
        let start = lines.line_start(l);
        src[start..t.start().to_usize()]
            .trim_start_matches([' ', '\t', '\x0c'])
            .is_empty()
            .then_some(bc)
    };
    let toks = tokens_before(parsed, at);
    for (i, t) in toks.iter().enumerate().rev() {
        if t.kind() != TokenKind::Try {
            continue;
        }
        let Some(c) = col(t) else { continue };
        let next = toks[i + 1..]
            .iter()
            .filter(|x| {
                !x.kind().is_trivia() && !matches!(x.kind(), TokenKind::Indent | TokenKind::Dedent)
            })
            .find(|x| col(x).is_some_and(|xc| xc <= c));
        if let Some(x) = next.filter(|x| x.kind() == TokenKind::Else && col(x) == Some(c)) {
            return Some(x.range());
        }
    }
    None
}

/// Where CPython's NEWLINE token at `at` lies: a comment ending the line is part of it.
pub(crate) fn newline_range(parsed: &Parsed<Mod>, at: TextSize) -> TextRange {
    match parsed.tokens().before(at).last() {
        Some(c) if c.kind() == TokenKind::Comment => c.range(),
        _ => TextRange::empty(at),
    }
}

/// The range of the first non-trivia token at or after `at`.
fn next_token_range(parsed: &Parsed<Mod>, at: TextSize) -> TextRange {
    tokens_from(parsed, at)
        .iter()
        .find(|t| !t.kind().is_trivia())
        .map(|t| t.range())
        .unwrap_or(TextRange::empty(at))
}

/// The `=` token a parse error is about: the error is at it, or (a call's argument that
/// is not a name before `=`) right before it.
fn equal_sign_at(err: &ParseError, parsed: &Parsed<Mod>) -> Option<TextRange> {
    let r = err.location;
    let at = match &err.error {
        ParseErrorType::OtherError(m) if m == "Expected a parameter name" => r.end(),
        ParseErrorType::InvalidAssignmentTarget => return None,
        _ => r.start(),
    };
    let t = tokens_from(parsed, at)
        .iter()
        .find(|t| !t.kind().is_trivia())?;
    (t.kind() == TokenKind::Equal && (t.start() == r.start() || at == r.end())).then(|| t.range())
}

fn prev_token_end(parsed: &Parsed<Mod>, at: TextSize) -> TextSize {
    let before = parsed.tokens().before(at);
    before
        .iter()
        .rev()
        .find(|t| {
            !matches!(
                t.kind(),
                TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::Newline
            )
        })
        .map(|t| t.end())
        .unwrap_or(at)
}

/// "invalid syntax" at the offending token, with CPython's "Perhaps you forgot a comma?"
/// variant for two adjacent expressions inside brackets.
/// The input ended where a statement must follow (after a decorator, or a block's
/// header line): CPython's parser fails on the end marker (offset 0) or, when the last
/// statement is indented, on the dedent before it.
fn end_marker_error(src: &str, r: TextRange) -> CErr {
    let (last, len) = end_marker(src);
    let code_line = src[..r.start().to_usize().min(src.len())]
        .lines()
        .rev()
        .find(|l| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with('#')
        })
        .unwrap_or("");
    let indented = code_line.starts_with([' ', '\t', '\x0c']);
    let mut e = if indented {
        let mut e = CErr::indent("unexpected unindent", TextRange::empty(r.start()));
        e.pos = Some((last, len + 1, last, -1));
        e.at_end = true;
        e
    } else {
        let mut e = CErr::syntax("invalid syntax", TextRange::empty(r.start()));
        e.pos = Some((last, 0, last, 0));
        e
    };
    e.newline = true;
    e
}

fn invalid_syntax_at(src: &str, parsed: &Parsed<Mod>, r: TextRange, lines: &LineIndex) -> CErr {
    let toks = parsed.tokens();
    // `a not b`: CPython reads `not` as the start of `not in` and fails after it.
    let r = match (
        toks.after(r.start()).first(),
        toks.before(r.start())
            .iter()
            .rev()
            .find(|t| !t.kind().is_trivia()),
    ) {
        (Some(n), Some(p))
            if n.kind() == TokenKind::Not
                && matches!(
                    p.kind(),
                    TokenKind::Name
                        | TokenKind::Int
                        | TokenKind::Float
                        | TokenKind::Complex
                        | TokenKind::String
                        | TokenKind::Rpar
                        | TokenKind::Rsqb
                        | TokenKind::Rbrace
                ) =>
        {
            TextRange::empty(n.end())
        }
        _ => r,
    };
    let after = toks.after(r.start());
    let tok = after
        .iter()
        .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment));
    let line_ended = toks
        .before(r.start())
        .iter()
        .rev()
        .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))
        .is_some_and(|t| {
            matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::Dedent | TokenKind::Indent
            )
        });
    if line_ended && tok.is_none_or(|t| t.kind() == TokenKind::EndOfFile) {
        return end_marker_error(src, r);
    }
    let range = match tok {
        Some(t) if t.kind() == TokenKind::Newline => newline_range(parsed, t.start()),
        Some(t) if t.kind() == TokenKind::EndOfFile => TextRange::empty(t.start()),
        Some(t) => t.range(),
        None => TextRange::empty(TextSize::from(src.len() as u32)),
    };
    let before = toks.before(r.start());
    // Python 2 style `print x` / `exec x`.
    let logical: Vec<_> = line_tokens_rev(before)
        .filter(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
        .collect();
    if let Some(first) = logical.last() {
        if logical.len() == 1 && first.kind() == TokenKind::Name {
            let name = &src[first.range().start().to_usize()..first.range().end().to_usize()];
            if (name == "print" || name == "exec")
                && tok.is_some_and(|t| {
                    !matches!(
                        t.kind(),
                        TokenKind::Lpar | TokenKind::Newline | TokenKind::Equal
                    )
                })
            {
                // CPython underlines the whole statement.
                let mut end = first.end();
                for t in parsed.tokens().after(first.start()) {
                    match t.kind() {
                        TokenKind::Newline | TokenKind::EndOfFile => break,
                        TokenKind::Comment | TokenKind::NonLogicalNewline => {}
                        _ => end = t.end(),
                    }
                }
                return CErr::syntax(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    TextRange::new(first.start(), end),
                );
            }
        }
    }
    // Inside brackets, two expressions in a row: suggest a comma.
    let mut depth = 0i32;
    let mut open_at = None;
    for t in before.iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth == 0 {
                    open_at = Some(t.end());
                    break;
                }
                depth -= 1;
            }
            TokenKind::Newline => break,
            _ => {}
        }
    }
    if let Some(mut e) = unparenthesized_comp_target(parsed, before, tok) {
        // the tokenizer has left the target's line: CPython's text lacks its newline
        let line = |at: TextSize| lines.line_col(at.to_usize().min(src.len())).0;
        e.newline = tok.is_some_and(|t| line(e.range.start()) == line(t.start()));
        return e;
    }
    if let (Some(start), Some(t)) = (open_at, tok) {
        let prev = before
            .iter()
            .rev()
            .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment));
        let atomish = |k: TokenKind| {
            matches!(
                k,
                TokenKind::Name
                    | TokenKind::Int
                    | TokenKind::Float
                    | TokenKind::String
                    | TokenKind::Rpar
                    | TokenKind::Rsqb
                    | TokenKind::Rbrace
                    | TokenKind::Complex
            )
        };
        let startish = |k: TokenKind| {
            matches!(
                k,
                TokenKind::Name
                    | TokenKind::Int
                    | TokenKind::Float
                    | TokenKind::String
                    | TokenKind::Lpar
                    | TokenKind::Lsqb
                    | TokenKind::Lbrace
                    | TokenKind::Complex
            )
        };
        if prev.is_some_and(|p| atomish(p.kind())) && startish(t.kind()) {
            // (the expression after the missing comma: a keyword's `=` or a dict's `:`
            // ends it too)
            let mut d = 0i32;
            let mut last: Option<TokenKind> = None;
            let end = toks
                .after(t.start())
                .iter()
                .take_while(|x| {
                    // a second missing comma (`[1 2 3]`) ends it: an operand right after
                    // an operand at this level (adjacent strings are one literal)
                    let k = x.kind();
                    if matches!(k, TokenKind::NonLogicalNewline | TokenKind::Comment) {
                        return true;
                    }
                    let prev = last.replace(k);
                    if d == 0
                        && prev.is_some_and(atomish)
                        && (matches!(
                            k,
                            TokenKind::Name
                                | TokenKind::Int
                                | TokenKind::Float
                                | TokenKind::Complex
                                | TokenKind::Lbrace
                        ) || (k == TokenKind::String && prev != Some(TokenKind::String)))
                    {
                        return false;
                    }
                    match x.kind() {
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => d += 1,
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if d > 0 => {
                            d -= 1;
                            return true;
                        }
                        TokenKind::Equal | TokenKind::Colon if d == 0 => return false,
                        _ => {}
                    }
                    !matches!(
                        x.kind(),
                        TokenKind::Comma
                            | TokenKind::Rpar
                            | TokenKind::Rsqb
                            | TokenKind::Rbrace
                            | TokenKind::Newline
                            | TokenKind::For
                            | TokenKind::Async
                    ) || d > 0
                })
                .last()
                .map(|x| x.end())
                .unwrap_or(t.end());
            // CPython's range starts at the expression just before the missing comma:
            // after the last separator at this bracket's level.
            let mut sep = start;
            let mut depth = 0i32;
            let mut conditional = false;
            let mut comprehension = false;
            for x in toks
                .after(start)
                .iter()
                .take_while(|x| x.start() < t.start())
            {
                match x.kind() {
                    TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                    TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                    TokenKind::Comma | TokenKind::Equal | TokenKind::Colon if depth == 0 => {
                        sep = x.end();
                        conditional = false;
                    }
                    TokenKind::If | TokenKind::Else | TokenKind::Lambda if depth == 0 => {
                        conditional = true
                    }
                    // a comprehension's clauses: CPython's cut after `in` leaves the
                    // plain error
                    TokenKind::For if depth == 0 => comprehension = true,
                    _ => {}
                }
            }
            let first = toks
                .after(sep)
                .iter()
                .find(|x| !matches!(x.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))
                .map(|x| x.start())
                .unwrap_or(sep);
            if !conditional && !comprehension {
                let mut e = CErr::syntax(
                    "invalid syntax. Perhaps you forgot a comma?",
                    TextRange::new(first, end.max(first)),
                );
                // the tokenizer has left the first line: CPython's text lacks its newline
                let line = |at: TextSize| lines.line_col(at.to_usize().min(src.len())).0;
                e.newline = line(first) == line(t.start());
                return e;
            }
        }
    }
    CErr::syntax("invalid syntax", range)
}
