//! Annotations as strings (`from __future__ import annotations`, PEP 563): CPython stores
//! the expression *unparsed* from its AST, not its source text, so `Literal["a"]` becomes
//! `"Literal['a']"`, `dict[str,int]` becomes `'dict[str, int]'` and `0x10` becomes `'16'`.
//! Operator precedence decides the parentheses, as in CPython 3.11's `ast_unparse.c`.
//! f-strings (and the expressions an annotation may not contain) keep their source text.

use super::consts::{constant_repr, literal};
use crate::code::Constant;
use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Operator, UnaryOp};

// Precedence levels, lowest first.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// What an annotation must not contain when it is stored as a string: the message and
/// the place of the first such expression (CPython's symtable rejects them).
pub(crate) fn forbidden(e: &Expr) -> Option<(&'static str, ruff_text_size::TextRange)> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Find(Option<(&'static str, ruff_text_size::TextRange)>);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, e: &'a Expr) {
            if self.0.is_some() {
                return;
            }
            let what = match e {
                Expr::Named(_) => "'named expression' can not be used within an annotation",
                Expr::Yield(_) | Expr::YieldFrom(_) => {
                    "'yield expression' can not be used within an annotation"
                }
                Expr::Await(_) => "'await expression' can not be used within an annotation",
                _ => return walk_expr(self, e),
            };
            self.0 = Some((what, ruff_text_size::Ranged::range(e)));
        }
    }
    let mut f = Find(None);
    f.visit_expr(e);
    f.0
}

/// The string CPython stores for annotation `e` (`src` is the module's source text).
pub(crate) fn annotation_string(e: &Expr, src: &str) -> String {
    let mut u = Unparser {
        out: String::new(),
        src,
    };
    u.expr(e, TEST);
    u.out
}

struct Unparser<'s> {
    out: String,
    src: &'s str,
}

impl Unparser<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn source(&mut self, e: &Expr) {
        let r = ruff_text_size::Ranged::range(e);
        let text = self
            .src
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("");
        self.out.push_str(text);
    }

    fn list(&mut self, items: &[Expr], level: u8) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.expr(x, level);
        }
    }

    fn constant(&mut self, c: &Constant) {
        let r = match c {
            Constant::Ellipsis => "...".to_string(),
            // An infinite literal (`1e999`) is written so that it reads back as one.
            Constant::Float(_) | Constant::Complex(..) => constant_repr(c).replace("inf", "1e309"),
            _ => constant_repr(c),
        };
        self.push(&r);
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        if let Some(c) = literal(e) {
            return self.constant(&c);
        }
        match e {
            Expr::Name(n) => self.push(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value, ATOM);
                let int = matches!(
                    literal(&a.value),
                    Some(Constant::Int(_) | Constant::BigInt(_))
                );
                self.push(if int { " ." } else { "." });
                self.push(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, ATOM);
                self.push("[");
                self.expr(&s.slice, TUPLE);
                self.push("]");
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    return self.push("()");
                }
                self.open(level > TUPLE);
                self.list(&t.elts, TEST);
                if t.elts.len() == 1 {
                    self.push(",");
                }
                self.close(level > TUPLE);
            }
            Expr::List(l) => {
                self.push("[");
                self.list(&l.elts, TEST);
                self.push("]");
            }
            Expr::Set(s) => {
                self.push("{");
                self.list(&s.elts, TEST);
                self.push("}");
            }
            Expr::Dict(d) => {
                self.push("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, TEST);
                            self.push(": ");
                            self.expr(&item.value, TEST);
                        }
                        None => {
                            self.push("**");
                            self.expr(&item.value, BOR);
                        }
                    }
                }
                self.push("}");
            }
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.expr(x, TEST);
                }
                self.push(":");
                if let Some(x) = &s.upper {
                    self.expr(x, TEST);
                }
                if let Some(x) = &s.step {
                    self.push(":");
                    self.expr(x, TEST);
                }
            }
            Expr::Starred(s) => {
                self.push("*");
                self.expr(&s.value, BOR);
            }
            Expr::BinOp(b) => {
                let (pr, op) = binop(b.op);
                let right_assoc = matches!(b.op, Operator::Pow);
                self.open(level > pr);
                self.expr(&b.left, pr + u8::from(right_assoc));
                self.push(op);
                self.expr(&b.right, pr + u8::from(!right_assoc));
                self.close(level > pr);
            }
            Expr::UnaryOp(u) => {
                let (pr, op) = match u.op {
                    UnaryOp::Invert => (FACTOR, "~"),
                    UnaryOp::Not => (NOT, "not "),
                    UnaryOp::UAdd => (FACTOR, "+"),
                    UnaryOp::USub => (FACTOR, "-"),
                };
                self.open(level > pr);
                self.push(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            Expr::BoolOp(b) => {
                let (pr, op) = match b.op {
                    BoolOp::And => (AND, " and "),
                    BoolOp::Or => (OR, " or "),
                };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.push(op);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            Expr::Compare(c) => {
                self.open(level > CMP);
                self.expr(&c.left, CMP + 1);
                for (op, x) in c.ops.iter().zip(c.comparators.iter()) {
                    self.push(cmpop(*op));
                    self.expr(x, CMP + 1);
                }
                self.close(level > CMP);
            }
            Expr::If(i) => {
                self.open(level > TEST);
                self.expr(&i.body, TEST + 1);
                self.push(" if ");
                self.expr(&i.test, TEST + 1);
                self.push(" else ");
                self.expr(&i.orelse, TEST);
                self.close(level > TEST);
            }
            Expr::Call(c) => {
                self.expr(&c.func, ATOM);
                let args = &c.arguments;
                if args.args.len() == 1 && args.keywords.is_empty() {
                    if let Expr::Generator(g) = &args.args[0] {
                        return self.comprehension("(", &g.elt, None, &g.generators, ")");
                    }
                }
                self.push("(");
                self.list(&args.args, TEST);
                for (i, k) in args.keywords.iter().enumerate() {
                    if i > 0 || !args.args.is_empty() {
                        self.push(", ");
                    }
                    match &k.arg {
                        Some(name) => {
                            self.push(name.as_str());
                            self.push("=");
                        }
                        None => self.push("**"),
                    }
                    self.expr(&k.value, TEST);
                }
                self.push(")");
            }
            Expr::ListComp(c) => self.comprehension("[", &c.elt, None, &c.generators, "]"),
            Expr::SetComp(c) => self.comprehension("{", &c.elt, None, &c.generators, "}"),
            Expr::Generator(c) => self.comprehension("(", &c.elt, None, &c.generators, ")"),
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension("{", k, Some(&c.value), &c.generators, "}"),
                None => self.source(e),
            },
            Expr::Lambda(l) => {
                self.open(level > TEST);
                match &l.parameters {
                    Some(p) if !p.is_empty() => {
                        self.push("lambda ");
                        self.parameters(p);
                    }
                    _ => self.push("lambda"),
                }
                self.push(": ");
                self.expr(&l.body, TEST);
                self.close(level > TEST);
            }
            Expr::Named(n) => {
                self.open(level > TUPLE);
                self.expr(&n.target, ATOM);
                self.push(" := ");
                self.expr(&n.value, ATOM);
                self.close(level > TUPLE);
            }
            Expr::Await(a) => {
                self.open(level > AWAIT);
                self.push("await ");
                self.expr(&a.value, ATOM);
                self.close(level > AWAIT);
            }
            _ => self.source(e),
        }
    }

    fn comprehension(
        &mut self,
        open: &str,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[ast::Comprehension],
        close: &str,
    ) {
        self.push(open);
        self.expr(elt, TEST);
        if let Some(v) = value {
            self.push(": ");
            self.expr(v, TEST);
        }
        for g in gens {
            self.push(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, TUPLE);
            self.push(" in ");
            self.expr(&g.iter, TEST + 1);
            for cond in &g.ifs {
                self.push(" if ");
                self.expr(cond, TEST + 1);
            }
        }
        self.push(close);
    }

    /// A lambda's parameters, defaults included (lambda parameters have no annotations).
    fn parameters(&mut self, p: &ast::Parameters) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.push(", ");
            }
            first = false;
        };
        let positional = p.posonlyargs.iter().chain(p.args.iter());
        for (i, a) in positional.enumerate() {
            sep(self);
            self.push(a.parameter.name.as_str());
            if let Some(d) = &a.default {
                self.push("=");
                self.expr(d, TEST);
            }
            if i + 1 == p.posonlyargs.len() {
                self.push(", /");
            }
        }
        if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
            sep(self);
            self.push("*");
            if let Some(v) = &p.vararg {
                self.push(v.name.as_str());
            }
        }
        for a in &p.kwonlyargs {
            sep(self);
            self.push(a.parameter.name.as_str());
            if let Some(d) = &a.default {
                self.push("=");
                self.expr(d, TEST);
            }
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.push("**");
            self.push(k.name.as_str());
        }
    }
}

fn binop(op: Operator) -> (u8, &'static str) {
    match op {
        Operator::Add => (ARITH, " + "),
        Operator::Sub => (ARITH, " - "),
        Operator::Mult => (TERM, " * "),
        Operator::MatMult => (TERM, " @ "),
        Operator::Div => (TERM, " / "),
        Operator::Mod => (TERM, " % "),
        Operator::FloorDiv => (TERM, " // "),
        Operator::Pow => (POWER, " ** "),
        Operator::LShift => (SHIFT, " << "),
        Operator::RShift => (SHIFT, " >> "),
        Operator::BitOr => (BOR, " | "),
        Operator::BitXor => (BXOR, " ^ "),
        Operator::BitAnd => (BAND, " & "),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}
