//! Syntax errors inside `case` patterns: ruff's pattern errors mapped to CPython 3.11's
//! messages and positions ("imaginary number required in complex literal", "invalid
//! pattern target", "cannot use '_' as a target", "positional patterns follow keyword
//! patterns", and plain "invalid syntax" at the token CPython's parser stops at).
//! <https://docs.python.org/3.11/reference/compound_stmts.html#patterns>

use super::*;

/// The first significant token starting at or after `at`.
fn token_from(parsed: &Parsed<Mod>, at: TextSize) -> Option<TextRange> {
    parsed
        .tokens()
        .iter()
        .find(|t| {
            t.start() >= at
                && !matches!(
                    t.kind(),
                    TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::Dedent
                )
        })
        .map(|t| {
            if matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile) {
                TextRange::empty(t.start())
            } else {
                t.range()
            }
        })
}

/// The kind of the last significant token ending at or before `at`.
fn token_before(parsed: &Parsed<Mod>, at: TextSize) -> Option<TokenKind> {
    parsed
        .tokens()
        .iter()
        .take_while(|t| t.end() <= at)
        .filter(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))
        .last()
        .map(|t| t.kind())
}

/// True if the logical line holding `at` is a `case` clause header.
fn in_case_header(src: &str, at: TextSize) -> bool {
    let at = at.to_usize().min(src.len());
    let start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = src[start..].trim_start();
    line.starts_with("case")
        && line[4..]
            .chars()
            .next()
            .is_some_and(|c| !(c.is_alphanumeric() || c == '_'))
}

fn at_token(parsed: &Parsed<Mod>, src: &str, at: TextSize, msg: &str) -> CErr {
    let r = token_from(parsed, at).unwrap_or(TextRange::empty(TextSize::from(src.len() as u32)));
    CErr::syntax(msg, r)
}

/// CPython's error for a ruff error inside a pattern, if it is one.
pub(super) fn pattern_error(err: &ParseError, src: &str, parsed: &Parsed<Mod>) -> Option<CErr> {
    let r = err.location;
    Some(match &err.error {
        ParseErrorType::ExpectedImaginaryNumber => at_token(
            parsed,
            src,
            r.start(),
            "imaginary number required in complex literal",
        ),
        ParseErrorType::ExpectedRealNumber if r.is_empty() => {
            // `-x`: a minus not followed by a number.
            let minus = token_from(parsed, r.start())?;
            at_token(parsed, src, minus.end(), "invalid syntax")
        }
        ParseErrorType::ExpectedRealNumber => {
            CErr::syntax("real number required in complex literal", r)
        }
        ParseErrorType::InvalidMatchPatternTarget
            if token_before(parsed, r.start()) == Some(TokenKind::DoubleStar) =>
        {
            CErr::syntax("invalid syntax", r)
        }
        ParseErrorType::InvalidMatchPatternTarget => CErr::syntax("cannot use '_' as a target", r),
        ParseErrorType::InvalidStarPatternUsage => at_token(parsed, src, r.end(), "invalid syntax"),
        ParseErrorType::OtherError(m)
            if m == "Positional patterns cannot follow keyword patterns" =>
        {
            CErr::syntax("positional patterns follow keyword patterns", r)
        }
        ParseErrorType::OtherError(m)
            if m == "Expected an identifier"
                && in_case_header(src, r.start())
                && token_before(parsed, r.start()) == Some(TokenKind::As) =>
        {
            CErr::syntax("invalid pattern target", r)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
            at_token(
                parsed,
                src,
                r.end(),
                "cannot mix bytes and nonbytes literals",
            )
        }
        ParseErrorType::OtherError(m)
            if m == "Invalid mapping pattern key" && in_case_header(src, r.start()) =>
        {
            // CPython stops after the longest key prefix it can read (a dotted name).
            let mut at = r.start();
            let mut name_expected = true;
            for t in parsed.tokens().iter().filter(|t| t.start() >= r.start()) {
                match t.kind() {
                    TokenKind::Name if name_expected => name_expected = false,
                    TokenKind::Dot if !name_expected => name_expected = true,
                    _ => {
                        at = t.start();
                        break;
                    }
                }
            }
            at_token(parsed, src, at, "invalid syntax")
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } if !matches!(found, TokenKind::Newline | TokenKind::EndOfFile)
            && in_case_header(src, r.start()) =>
        {
            at_token(parsed, src, r.start(), "invalid syntax")
        }
        _ => return None,
    })
}
