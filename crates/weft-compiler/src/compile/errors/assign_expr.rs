//! `=` where an expression is expected: CPython 3.11's messages for `if x = 1:`,
//! `(a = 1)`, `[a.b = 1]`, `x[a = 1]` (its `invalid_named_expression` rule) and for
//! `f(a.b = 1)`, `f(True = 1)` (its `invalid_kwarg` rule).

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::Parsed;
use ruff_text_size::{Ranged, TextRange};

use super::{targets, CErr};

fn trivia(k: TokenKind) -> bool {
    matches!(k, TokenKind::NonLogicalNewline | TokenKind::Comment)
}

/// Parses `src[r]` as one expression, with its range in `src`.
fn expr_at(src: &str, r: TextRange) -> Option<(Expr, TextRange)> {
    let text = src.get(r.start().to_usize()..r.end().to_usize())?;
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    let e = parsed.expr().clone();
    let er = e.range() + r.start();
    Some((e, er))
}

/// The end of the bitwise-or expression starting after `eq`, or None when it is followed
/// by another `=` or `:=` (CPython's rule then does not apply).
fn value_end(parsed: &Parsed<Mod>, eq: TextRange) -> Option<ruff_text_size::TextSize> {
    let mut depth = 0i32;
    let mut end = eq.end();
    for t in super::tokens_from(parsed, eq.end()) {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            k if trivia(k) => continue,
            k if depth <= 0
                && matches!(
                    k,
                    TokenKind::Colon
                        | TokenKind::Newline
                        | TokenKind::EndOfFile
                        | TokenKind::And
                        | TokenKind::Or
                        | TokenKind::Not
                        | TokenKind::If
                        | TokenKind::Else
                        | TokenKind::For
                        | TokenKind::Async
                        | TokenKind::Comma
                        | TokenKind::In
                        | TokenKind::Is
                        | TokenKind::EqEqual
                        | TokenKind::NotEqual
                        | TokenKind::Less
                        | TokenKind::LessEqual
                        | TokenKind::Greater
                        | TokenKind::GreaterEqual
                        | TokenKind::Equal
                        | TokenKind::Semi
                        | TokenKind::ColonEqual
                ) =>
            {
                if matches!(k, TokenKind::Equal | TokenKind::ColonEqual) {
                    return None;
                }
                break;
            }
            _ => {}
        }
        if depth < 0 {
            break;
        }
        end = t.end();
    }
    Some(end)
}

/// CPython's `invalid_named_expression` for the target `target` (the non-trivia tokens
/// before `eq`, in order) where a named expression is expected.
fn named_expr(src: &str, parsed: &Parsed<Mod>, target: &[&Token], eq: TextRange) -> Option<CErr> {
    let first = target.first()?;
    let last = target.last()?;
    let end = value_end(parsed, eq)?;
    if target.len() == 1 && first.kind() == TokenKind::Name {
        return Some(CErr::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            TextRange::new(first.start(), end),
        ));
    }
    let (e, er) = expr_at(src, TextRange::new(first.start(), last.end()))?;
    let bitwise_or = !matches!(
        e,
        Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Generator(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
    ) && !matches!(&e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
    if !bitwise_or || first.kind() == TokenKind::Star {
        return None;
    }
    let name = targets::expr_name(&e);
    Some(CErr::syntax(
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
        er,
    ))
}

/// `if x = 1:` (and `elif`, `while`): the condition's target.
pub(super) fn in_condition(src: &str, parsed: &Parsed<Mod>, eq: TextRange) -> Option<CErr> {
    let before = super::tokens_before(parsed, eq.start());
    let mut line: Vec<&Token> = super::line_tokens_rev(before)
        .filter(|t| !trivia(t.kind()))
        .collect();
    let kw = line.pop()?;
    if !matches!(
        kw.kind(),
        TokenKind::If | TokenKind::Elif | TokenKind::While
    ) {
        return None;
    }
    line.reverse();
    named_expr(src, parsed, &line, eq)
}

/// The innermost bracket open at `at` on its logical line: the element of it that `at`
/// is in, whether a `:` or `=` is in the bracket at its top level, and whether the bracket holds
/// a call's arguments.
struct Enclosing<'a> {
    elem: Vec<&'a Token>,
    colon: bool,
    equal: bool,
    call: bool,
}

fn enclosing(parsed: &Parsed<Mod>, at: ruff_text_size::TextSize) -> Option<Enclosing<'_>> {
    let before = super::tokens_before(parsed, at);
    let mut depth = 0i32;
    let mut elem_start = None;
    let mut opener = None;
    let (mut colon, mut equal) = (false, false);
    for (i, t) in before.iter().enumerate().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth == 0 {
                    opener = Some(i);
                    break;
                }
                depth -= 1;
            }
            TokenKind::Comma if depth == 0 => {
                elem_start.get_or_insert(i + 1);
            }
            TokenKind::Colon if depth == 0 => colon = true,
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 && elem_start.is_none() => {
                equal = true
            }
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent if depth == 0 => {
                return None
            }
            _ => {}
        }
    }
    let opener = opener?;
    let elem = before[elem_start.unwrap_or(opener + 1)..]
        .iter()
        .filter(|t| !trivia(t.kind()))
        .collect();
    let prev = before[..opener].iter().rev().find(|t| !trivia(t.kind()));
    let call = before[opener].kind() == TokenKind::Lpar
        && prev.is_some_and(|p| {
            matches!(
                p.kind(),
                TokenKind::Name
                    | TokenKind::Rpar
                    | TokenKind::Rsqb
                    | TokenKind::Rbrace
                    | TokenKind::String
                    | TokenKind::FStringEnd
            )
        });
    Some(Enclosing {
        elem,
        colon,
        equal,
        call,
    })
}

/// `f(a = x for x in y)`: a keyword argument's value followed by `for` (at `for_tok`).
pub(super) fn kwarg_genexp(parsed: &Parsed<Mod>, for_tok: TextRange) -> Option<CErr> {
    let enc = enclosing(parsed, for_tok.start())?;
    match enc.elem.as_slice() {
        [name, eq, _, ..]
            if enc.call && name.kind() == TokenKind::Name && eq.kind() == TokenKind::Equal =>
        {
            Some(CErr::syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                TextRange::new(name.start(), eq.end()),
            ))
        }
        _ => None,
    }
}

/// `=` inside brackets: `(a = 1)`, `[a.b = 1]`, `x[a = 1]`, `f(a.b = 1)`, `f(True = 1)`.
pub(super) fn in_brackets(src: &str, parsed: &Parsed<Mod>, eq: TextRange) -> Option<CErr> {
    let enc = enclosing(parsed, eq.start())?;
    if enc.equal || (enc.colon && !enc.call) {
        // a dict display, a slice, a lambda outside a call: not handled here
        return None;
    }
    let elem = enc.elem;
    let first = elem.first()?;
    let last = elem.last()?;
    let generic = || Some(CErr::syntax("invalid syntax", eq));
    let has_for = elem
        .iter()
        .any(|t| matches!(t.kind(), TokenKind::For | TokenKind::Async));
    if enc.call {
        // a call's arguments
        if has_for || matches!(first.kind(), TokenKind::Star | TokenKind::DoubleStar) {
            return generic();
        }
        if elem.len() == 1
            && matches!(
                first.kind(),
                TokenKind::True | TokenKind::False | TokenKind::None
            )
        {
            let name = &src[first.start().to_usize()..first.end().to_usize()];
            return Some(CErr::syntax(
                format!("cannot assign to {name}"),
                TextRange::new(first.start(), eq.end()),
            ));
        }
        let (_, er) = expr_at(src, TextRange::new(first.start(), last.end()))?;
        return Some(CErr::syntax(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            TextRange::new(er.start(), eq.end()),
        ));
    }
    if has_for || first.kind() == TokenKind::Yield {
        return generic();
    }
    named_expr(src, parsed, &elem, eq)
}
