//! Compile-time `SyntaxWarning`s CPython 3.11's compiler emits ("is" with a literal, calling
//! or subscripting a literal, an always-true assert), collected per thread and handed to
//! the VM with [`take_warnings`] (<https://docs.python.org/3.11/library/exceptions.html#SyntaxWarning>).

use super::unit::Compiler;
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;

thread_local! {
    static WARNINGS: RefCell<Vec<(u32, String)>> = const { RefCell::new(Vec::new()) };
}

/// The warnings of the last compilation on this thread: (line, message).
pub fn take_warnings() -> Vec<(u32, String)> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// A tokenizer-level warning (a number directly followed by a keyword).
pub(crate) fn push_warning(line: u32, msg: String) {
    WARNINGS.with(|w| w.borrow_mut().push((line, msg)));
}

pub(crate) fn clear_warnings() {
    WARNINGS.with(|w| w.borrow_mut().clear());
}

/// The type CPython infers for a literal expression (`infer_type`), if any.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            Number::Int(_) => "int",
            Number::Float(_) => "float",
            Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        Expr::Slice(_) => "slice",
        _ => return None,
    })
}

fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Whether CPython 3.11's AST optimizer folds `e` into a constant other than
/// None/True/False/Ellipsis (`-1`, `(1, 'a')`, `()`, `2 * 3`): such an operand of `is`
/// draws the "with a literal" warning.
fn folds_to_literal(e: &Expr) -> bool {
    fn numeric(e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) => true,
            Expr::UnaryOp(u) => !matches!(u.op, ast::UnaryOp::Not) && numeric(&u.operand),
            Expr::BinOp(b) => binop_folds(b),
            _ => false,
        }
    }
    fn is_zero(e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => i.as_u64() == Some(0),
                Number::Float(f) => *f == 0.0,
                Number::Complex { real, imag } => *real == 0.0 && *imag == 0.0,
            },
            Expr::BooleanLiteral(b) => !b.value,
            _ => true,
        }
    }
    fn binop_folds(b: &ast::ExprBinOp) -> bool {
        use ast::Operator as O;
        match b.op {
            O::Add | O::Sub | O::Mult => numeric(&b.left) && numeric(&b.right),
            O::Div | O::FloorDiv | O::Mod => {
                numeric(&b.left) && numeric(&b.right) && !is_zero(&b.right)
            }
            _ => false,
        }
    }
    match e {
        Expr::Tuple(t) => t.elts.iter().all(|x| is_constant(x) || folds_to_literal(x)),
        Expr::UnaryOp(u) => !matches!(u.op, ast::UnaryOp::Not) && numeric(&u.operand),
        Expr::BinOp(b) => binop_folds(b),
        _ => false,
    }
}

impl Compiler<'_> {
    fn warn(&self, msg: String, r: TextRange) {
        let line = self.lines.line_col(r.start().to_usize()).0;
        WARNINGS.with(|w| w.borrow_mut().push((line, msg)));
    }

    /// `x is 1`: '"is" with a literal. Did you mean "=="?'
    pub(crate) fn check_compare(&self, c: &ast::ExprCompare) {
        let literal = |e: &Expr| {
            (is_constant(e)
                && !matches!(
                    e,
                    Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_)
                ))
                || folds_to_literal(e)
        };
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let (name, alt) = match op {
                ast::CmpOp::Is => ("is", "=="),
                ast::CmpOp::IsNot => ("is not", "!="),
                _ => ("", ""),
            };
            if !name.is_empty() && (literal(left) || literal(right)) {
                self.warn(
                    format!("\"{name}\" with a literal. Did you mean \"{alt}\"?"),
                    c.range(),
                );
                return;
            }
            left = right;
        }
    }

    /// `"a"()`: "'str' object is not callable; perhaps you missed a comma?"
    pub(crate) fn check_caller(&self, call: &ast::ExprCall) {
        let f = &*call.func;
        if is_constant(f)
            || matches!(
                f,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::Generator(_)
                    | Expr::FString(_)
            )
        {
            if let Some(t) = infer_type(f) {
                self.warn(
                    format!("'{t}' object is not callable; perhaps you missed a comma?"),
                    call.range(),
                );
            }
        }
    }

    /// `None[0]`, `[1, 2]["a"]`: CPython's "not subscriptable" / "indices must be" warnings.
    pub(crate) fn check_subscript(&self, s: &ast::ExprSubscript) {
        let v = &*s.value;
        let not_subscriptable = match v {
            Expr::StringLiteral(_) | Expr::BytesLiteral(_) => false,
            e if is_constant(e) => true,
            Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
            _ => false,
        };
        if not_subscriptable {
            if let Some(t) = infer_type(v) {
                self.warn(
                    format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                    s.range(),
                );
            }
            return;
        }
        let Some(index) = infer_type(&s.slice) else {
            return;
        };
        if matches!(index, "int" | "bool" | "slice") {
            return;
        }
        if matches!(
            v,
            Expr::StringLiteral(_)
                | Expr::BytesLiteral(_)
                | Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::FString(_)
        ) {
            if let Some(t) = infer_type(v) {
                self.warn(
                    format!(
                        "{t} indices must be integers or slices, not {index}; perhaps you missed a comma?"
                    ),
                    s.range(),
                );
            }
        }
    }

    /// `assert (x, "msg")`
    pub(crate) fn check_assert(&self, a: &ast::StmtAssert) {
        if let Expr::Tuple(t) = &*a.test {
            if !t.elts.is_empty() {
                self.warn(
                    "assertion is always true, perhaps remove parentheses?".into(),
                    a.range(),
                );
            }
        }
    }
}
