//! "cannot assign to ..." style messages: find the invalid target ruff reported in the
//! tree and name it as CPython 3.11 does (with its "Maybe you meant '=='" variant).

use super::*;

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}

/// Find the innermost invalid target expression covering `range`, with the statement it is in.
struct TargetFinder<'a> {
    range: TextRange,
    found: Option<(&'a Expr, &'static str)>,
}

impl<'a> TargetFinder<'a> {
    fn stmts(&mut self, body: &'a [ast::Stmt]) {
        for s in body {
            if self.found.is_some() {
                return;
            }
            if !s.range().contains_range(self.range) {
                continue;
            }
            self.stmt(s);
        }
    }
    fn check(&mut self, e: &'a Expr, ctx: &'static str) {
        if self.found.is_some() || !e.range().contains_range(self.range) {
            return;
        }
        let descend = !matches!(ctx, "aug" | "ann");
        match e {
            _ if e.range() == self.range && !descend => self.found = Some((e, ctx)),
            Expr::Tuple(t) if descend => t.elts.iter().for_each(|x| self.check(x, "nested")),
            Expr::List(t) if descend => t.elts.iter().for_each(|x| self.check(x, "nested")),
            Expr::Starred(s) if descend => self.check(&s.value, "nested"),
            _ if e.range() == self.range => self.found = Some((e, ctx)),
            _ => {}
        }
    }
    fn stmt(&mut self, s: &'a ast::Stmt) {
        use ast::Stmt as S;
        match s {
            S::Assign(a) => {
                let single = a.targets.len() == 1;
                for (i, t) in a.targets.iter().enumerate() {
                    self.check(
                        t,
                        if single && i == 0 {
                            "assign1"
                        } else {
                            "assign"
                        },
                    );
                }
            }
            S::AugAssign(a) => self.check(&a.target, "aug"),
            S::AnnAssign(a) => self.check(&a.target, "ann"),
            S::For(f) => {
                self.check(&f.target, "for");
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            S::With(w) => {
                for it in &w.items {
                    if let Some(v) = &it.optional_vars {
                        self.check(v, "with");
                    }
                }
                self.stmts(&w.body);
            }
            S::Delete(d) => d.targets.iter().for_each(|t| self.check(t, "del")),
            S::FunctionDef(f) => self.stmts(&f.body),
            S::ClassDef(c) => self.stmts(&c.body),
            S::If(i) => {
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    self.stmts(&c.body);
                }
            }
            S::While(w) => {
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            S::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            _ => {}
        }
    }
}

/// Whether the expression at `r` is wrapped in parentheses (one pair or more) that the
/// assignment's `=` follows (not `==`).
fn parenthesized_before_equals(src: &str, r: TextRange) -> bool {
    let (mut before, mut after) = (&src[..r.start().to_usize()], &src[r.end().to_usize()..]);
    let mut wrapped = false;
    while let (Some(b), Some(a)) = (
        before.trim_end().strip_suffix('('),
        after.trim_start().strip_prefix(')'),
    ) {
        (before, after) = (b, a);
        wrapped = true;
    }
    let after = after.trim_start();
    wrapped && after.starts_with('=') && !after.starts_with("==")
}

pub(super) fn invalid_target(
    err: &ParseError,
    src: &str,
    parsed: &Parsed<Mod>,
    r: TextRange,
) -> CErr {
    {
        {
            let mut f = TargetFinder {
                range: r,
                found: None,
            };
            if let Mod::Module(m) = parsed.syntax() {
                f.stmts(&m.body);
            }
            // CPython's "here. Maybe you meant '=='" rule only matches a bitwise_or target.
            let mut bitwise_or = true;
            let (name, ctx) = match f.found {
                Some((e, ctx)) => {
                    // In parentheses and followed by `=`, any of these is an atom, which
                    // the rule matches: `(a := 1) = 2`, `x, (a < b) = 1, 2`.
                    bitwise_or = !matches!(
                        e,
                        Expr::If(_)
                            | Expr::Compare(_)
                            | Expr::BoolOp(_)
                            | Expr::Lambda(_)
                            | Expr::Named(_)
                            | Expr::UnaryOp(ast::ExprUnaryOp {
                                op: ast::UnaryOp::Not,
                                ..
                            })
                    ) || parenthesized_before_equals(src, r);
                    (expr_name(e), ctx)
                }
                // Not a statement's target (e.g. a walrus inside an expression): name the
                // expression ruff pointed at.
                None => {
                    let text = src
                        .get(r.start().to_usize()..r.end().to_usize())
                        .unwrap_or("");
                    match ruff_python_parser::parse_expression(text) {
                        Ok(p) => (expr_name(p.expr()), "assign"),
                        Err(_) => ("expression", "assign"),
                    }
                }
            };
            // An augmented target with a missing operand (`x ++= 1`, `x + += 1`): 3.11's
            // parser fails at the operator token that follows, with "invalid syntax".
            if matches!(err.error, ParseErrorType::InvalidAugmentedAssignmentTarget) || ctx == "aug"
            {
                let text = src
                    .get(r.start().to_usize()..r.end().to_usize())
                    .unwrap_or("");
                // Parenthesised, so that a bare `yield` (from `(yield) += 1`) parses.
                if ruff_python_parser::parse_expression(&format!("({text})")).is_err() {
                    if let Some(t) = parsed.tokens().iter().find(|t| {
                        t.start() >= r.end()
                            && !matches!(
                                t.kind(),
                                TokenKind::NonLogicalNewline | TokenKind::Comment
                            )
                    }) {
                        return CErr::syntax("invalid syntax", t.range());
                    }
                }
            }
            let msg = match (&err.error, ctx) {
                (ParseErrorType::InvalidDeleteTarget, _) | (_, "del")
                    if name == "starred" || src[r.start().to_usize()..].starts_with('*') =>
                {
                    "cannot delete starred".into()
                }
                (ParseErrorType::InvalidDeleteTarget, _) | (_, "del") => {
                    format!("cannot delete {name}")
                }
                (ParseErrorType::InvalidAugmentedAssignmentTarget, _) | (_, "aug") => {
                    format!("'{name}' is an illegal expression for augmented assignment")
                }
                (ParseErrorType::InvalidNamedAssignmentTarget, _) => {
                    format!("cannot use assignment expressions with {name}")
                }
                (ParseErrorType::InvalidAnnotatedAssignmentTarget, _) | (_, "ann") => {
                    let what = match name {
                        "list" | "tuple" => {
                            format!("only single target (not {name}) can be annotated")
                        }
                        _ => "illegal target for annotation".into(),
                    };
                    what
                }
                (_, "assign1")
                    if name == "yield expression"
                        && src[..r.start().to_usize()].trim_end().ends_with('(') =>
                {
                    "cannot assign to yield expression here. Maybe you meant '==' instead of '='?"
                        .into()
                }
                (_, _) if name == "yield expression" => {
                    "assignment to yield expression not possible".into()
                }
                (_, "assign1")
                    if bitwise_or
                        && !matches!(name, "None" | "True" | "False" | "generator expression") =>
                {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {name}"),
            };
            CErr::syntax(msg, r)
        }
    }
}

/// "only single target (not list/tuple) can be annotated": CPython points at a bracketed
/// target as a whole, at the first item of a bare tuple.
pub(super) fn single_target_error(what: &str, src: &str, r: TextRange) -> CErr {
    let msg = format!("only single target (not {what}) can be annotated");
    let text = src
        .get(r.start().to_usize()..r.end().to_usize())
        .unwrap_or("");
    if let Ok(p) = ruff_python_parser::parse_expression(text) {
        if let Expr::Tuple(t) = p.expr() {
            if !t.parenthesized {
                if let Some(first) = t.elts.first() {
                    return CErr::syntax(msg, first.range() + r.start());
                }
            }
        }
    }
    CErr::syntax(msg, r)
}

/// `a, b += 1`: ruff expects a comma at the operator; CPython names the bare tuple
/// target (from the statement's start to the operator).
pub(super) fn tuple_aug_target(parsed: &Parsed<Mod>, r: TextRange) -> Option<CErr> {
    let before = parsed.tokens().before(r.start());
    let mut start = None;
    let mut depth = 0i32;
    for t in before.iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            TokenKind::Newline
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::Semi
            | TokenKind::Colon
                if depth == 0 =>
            {
                break
            }
            TokenKind::Equal | TokenKind::Lambda if depth == 0 => return None,
            k if k.is_trivia() || k == TokenKind::NonLogicalNewline => continue,
            _ => {}
        }
        start = Some(t.start());
    }
    let end = before
        .iter()
        .rev()
        .find(|t| !t.kind().is_trivia() && t.kind() != TokenKind::NonLogicalNewline)?
        .end();
    let start = start?;
    Some(CErr::syntax(
        "'tuple' is an illegal expression for augmented assignment",
        TextRange::new(start, end),
    ))
}
