//! Expressions: constants and folding, names, operators, boolean/comparison chains and
//! conditional jumps, containers (with `*`/`**` unpacking), calls (LOAD_METHOD, KW_NAMES,
//! CALL_FUNCTION_EX), attributes, subscripts, slices, f-strings, yield and walrus, plus
//! assignment targets (unpacking).

use super::consts;
use super::unit::{ctx_of, Compiler, Ctx, R};
use crate::code::Constant;
use crate::opcode::{binop, Opcode};
use ruff_python_ast::{self as ast, CmpOp, Expr, Operator};
use ruff_text_size::{Ranged, TextRange};

/// CPython's STACK_USE_GUARD.
pub(crate) const STACK_USE_GUARD: usize = 30;

pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => binop::ADD,
        Operator::Sub => binop::SUBTRACT,
        Operator::Mult => binop::MULTIPLY,
        Operator::MatMult => binop::MATRIX_MULTIPLY,
        Operator::Div => binop::TRUE_DIVIDE,
        Operator::Mod => binop::REMAINDER,
        Operator::Pow => binop::POWER,
        Operator::LShift => binop::LSHIFT,
        Operator::RShift => binop::RSHIFT,
        Operator::BitOr => binop::OR,
        Operator::BitXor => binop::XOR,
        Operator::BitAnd => binop::AND,
        Operator::FloorDiv => binop::FLOOR_DIVIDE,
    }
}

fn key<T>(n: &T) -> usize {
    n as *const T as usize
}

impl<'a> Compiler<'a> {
    /// The folded constant value of `e`, if it has one (CPython's AST optimizer).
    pub fn fold(&mut self, e: &Expr) -> R<Option<Constant>> {
        let k = key(e);
        if let Some(c) = self.fold_cache.get(&k) {
            return Ok(c.clone());
        }
        self.enter(e.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.fold_inner(e));
        self.leave();
        let r = r?;
        self.fold_cache.insert(k, r.clone());
        Ok(r)
    }

    fn fold_inner(&mut self, e: &Expr) -> R<Option<Constant>> {
        Ok(match e {
            Expr::UnaryOp(u) => match self.fold(&u.operand)? {
                Some(v) => consts::fold_unary(u.op, &v),
                None => None,
            },
            Expr::BinOp(b) => {
                let l = self.fold(&b.left)?;
                let r = self.fold(&b.right)?;
                match (l, r) {
                    (Some(l), Some(r)) => consts::fold_binary(b.op, &l, &r),
                    _ => None,
                }
            }
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let mut v = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    match self.fold(x)? {
                        Some(c) => v.push(c),
                        None => return Ok(None),
                    }
                }
                Some(Constant::Tuple(v))
            }
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                match (self.fold(&s.value)?, self.fold(&s.slice)?) {
                    (Some(v), Some(i)) => consts::fold_subscript(&v, &i),
                    _ => None,
                }
            }
            Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
                Some(Constant::Bool(super::level() == 0))
            }
            Expr::FString(_) => None,
            other => consts::literal(other),
        })
    }

    pub fn expr(&mut self, e: &Expr) -> R<()> {
        self.enter(e.range())?;
        let old = self.u.loc;
        self.set_loc(e.range());
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
        self.u.loc = old;
        self.leave();
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R<()> {
        if let Some(c) = self.fold(e)? {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_block();
                let jump = if b.op == ast::BoolOp::And {
                    Opcode::JUMP_IF_FALSE_OR_POP
                } else {
                    Opcode::JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.expr(v)?;
                    self.jump(jump, end);
                    let next = self.new_block();
                    self.use_block(next);
                }
                self.expr(&b.values[n - 1])?;
                self.use_block(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.op_i(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) if b.op == Operator::Mod && self.percent_format(b)? => {}
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.op_i(Opcode::BINARY_OP, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                // `not (a in b)` is compiled as `a not in b`.
                if u.op == ast::UnaryOp::Not {
                    if let Expr::Compare(c) = &*u.operand {
                        if c.ops.len() == 1
                            && matches!(
                                c.ops[0],
                                CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot
                            )
                        {
                            let neg = match c.ops[0] {
                                CmpOp::In => CmpOp::NotIn,
                                CmpOp::NotIn => CmpOp::In,
                                CmpOp::Is => CmpOp::IsNot,
                                _ => CmpOp::Is,
                            };
                            self.expr(&c.left)?;
                            self.compare_operand(&c.comparators[0], neg)?;
                            self.compare_op(neg);
                            return Ok(());
                        }
                    }
                }
                self.expr(&u.operand)?;
                self.op(match u.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.expr(&i.body)?;
                self.jump_noline(Opcode::JUMP_FORWARD, end);
                self.use_block(next);
                self.expr(&i.orelse)?;
                self.use_block(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.starunpack(
                &s.elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            Expr::ListComp(c) => {
                self.comprehension(key(c), "<listcomp>", &c.generators, &c.elt, None, c.range)?
            }
            Expr::SetComp(c) => {
                self.comprehension(key(c), "<setcomp>", &c.generators, &c.elt, None, c.range)?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                };
                self.comprehension(
                    key(c),
                    "<dictcomp>",
                    &c.generators,
                    k,
                    Some(&c.value),
                    c.range,
                )?
            }
            Expr::Generator(c) => {
                let r = match self.genexp_parens.take() {
                    Some(r) if !c.parenthesized => r,
                    _ => c.range,
                };
                self.set_loc(r);
                self.comprehension(key(c), "<genexpr>", &c.generators, &c.elt, None, r)?
            }
            Expr::Await(a) => {
                let msg = if self.st.scopes[self.u.scope].is_function_like() {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                return self.err(msg, a.range);
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.op(Opcode::YIELD_VALUE);
                self.op_i(Opcode::RESUME, 1);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
                self.op(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => {
                self.check_compare(c);
                self.compare(c)?
            }
            Expr::Call(c) => {
                self.check_caller(c);
                self.call(c)?
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return self.err("t-strings are not supported by weft", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                // Always folded above.
                let c = consts::literal(e).unwrap_or(Constant::None);
                self.load_const(c);
            }
            Expr::IpyEscapeCommand(i) => return self.err("invalid syntax", i.range),
            Expr::Attribute(a) => match a.ctx {
                ast::ExprContext::Load => {
                    self.expr(&a.value)?;
                    self.attr_loc(a);
                    self.op_name(Opcode::LOAD_ATTR, a.attr.as_str());
                }
                _ => self.store_or_del(e, ctx_of(a.ctx))?,
            },
            Expr::Subscript(s) => match s.ctx {
                ast::ExprContext::Load => {
                    self.check_subscript(s);
                    self.expr(&s.value)?;
                    self.expr(&s.slice)?;
                    self.op(Opcode::BINARY_SUBSCR);
                }
                _ => self.store_or_del(e, ctx_of(s.ctx))?,
            },
            Expr::Starred(s) => match s.ctx {
                ast::ExprContext::Store => {
                    return self.err(
                        "starred assignment target must be in a list or tuple",
                        s.range,
                    )
                }
                _ => return self.err("can't use starred expression here", s.range),
            },
            Expr::Name(n) if n.ctx == ast::ExprContext::Del && n.id.as_str() == "__debug__" => {
                return self.err("cannot delete __debug__", n.range);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ctx_of(n.ctx)),
            Expr::List(l) => match l.ctx {
                ast::ExprContext::Load => self.starunpack(
                    &l.elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    false,
                )?,
                _ => self.store_or_del(e, ctx_of(l.ctx))?,
            },
            Expr::Tuple(t) => match t.ctx {
                ast::ExprContext::Load => self.starunpack(
                    &t.elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?,
                _ => self.store_or_del(e, ctx_of(t.ctx))?,
            },
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match &s.upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = &s.step {
                    n = 3;
                    self.expr(x)?;
                }
                self.op_i(Opcode::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    fn check_yield(&self, r: TextRange) -> R<()> {
        if !self.st.scopes[self.u.scope].is_function_like() {
            return self.err("'yield' outside function", r);
        }
        Ok(())
    }

    /// SEND / YIELD_VALUE / RESUME 2 / JUMP_BACKWARD_NO_INTERRUPT loop.
    pub fn yield_from_loop(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.jump(Opcode::SEND, exit);
        self.use_block(resume);
        self.op(Opcode::YIELD_VALUE);
        self.op_i(Opcode::RESUME, 2);
        self.jump(Opcode::JUMP_BACKWARD_NO_INTERRUPT, start);
        self.use_block(exit);
    }

    /// LOAD_ATTR/LOAD_METHOD/STORE_ATTR take the line of the attribute name.
    pub fn attr_loc(&mut self, a: &ast::ExprAttribute) {
        let l = self.loc_of(a.attr.range);
        if self.u.loc.line != l.line {
            self.u.loc.line = l.line;
            self.u.loc.col = l.col;
        }
    }

    /// CPython's starunpack_helper.
    pub fn starunpack(
        &mut self,
        elts: &[Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> R<()> {
        let n = elts.len();
        if n > 2 {
            let mut v = Vec::new();
            for x in elts {
                if matches!(x, Expr::Starred(_)) {
                    v.clear();
                    break;
                }
                match self.fold(x)? {
                    Some(c) => v.push(c),
                    None => {
                        v.clear();
                        break;
                    }
                }
            }
            if v.len() == n {
                if tuple {
                    self.load_const(Constant::Tuple(v));
                } else {
                    let c = if add == Opcode::SET_ADD {
                        Constant::FrozenSet(v)
                    } else {
                        Constant::Tuple(v)
                    };
                    self.op_i(build, pushed);
                    self.load_const(c);
                    self.op_i(extend, 1);
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUARD;
        let seen_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            self.op_i(
                if tuple { Opcode::BUILD_TUPLE } else { build },
                n as u32 + pushed,
            );
            return Ok(());
        }
        let mut built = false;
        if big {
            self.op_i(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let Expr::Starred(s) = x {
                if !built {
                    self.op_i(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(&s.value)?;
                self.op_i(extend, 1);
            } else {
                self.expr(x)?;
                if built {
                    self.op_i(add, 1);
                }
            }
        }
        if tuple {
            self.op(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict(&mut self, d: &ast::ExprDict) -> R<()> {
        let items = &d.items;
        let n = items.len();
        let mut elements = 0usize;
        let mut have_dict = false;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.op_i(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.op_i(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&items[i].value)?;
                self.op_i(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUARD {
                self.subdict(&items[i - elements..=i])?;
                if have_dict {
                    self.op_i(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&items[n - elements..n])?;
            if have_dict {
                self.op_i(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.op_i(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, items: &[ast::DictItem]) -> R<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUARD;
        if n > 1 && !big {
            let mut keys = Vec::new();
            for it in items {
                match it.key.as_ref().map(|k| self.fold(k)).transpose()?.flatten() {
                    Some(c) => keys.push(c),
                    None => break,
                }
            }
            if keys.len() == n {
                for it in items {
                    self.expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys));
                self.op_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.op_i(Opcode::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.expr(k)?;
            }
            self.expr(&it.value)?;
            if big {
                self.op_i(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.op_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ---- assignment targets -------------------------------------------------------------

    /// Store TOS into `target`.
    pub fn store_target(&mut self, target: &Expr) -> R<()> {
        self.enter(target.range())?;
        let old = self.u.loc;
        self.set_loc(target.range());
        let r = self.store_or_del(target, Ctx::Store);
        self.u.loc = old;
        self.leave();
        r
    }

    fn store_or_del(&mut self, t: &Expr, ctx: Ctx) -> R<()> {
        match t {
            Expr::Name(n) => {
                if ctx == Ctx::Store && n.id.as_str() == "__debug__" {
                    return self.err("cannot assign to __debug__", n.range);
                }
                if ctx == Ctx::Del && n.id.as_str() == "__debug__" {
                    return self.err("cannot delete __debug__", n.range);
                }
                self.nameop(n.id.as_str(), ctx);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.attr_loc(a);
                self.op_name(
                    if ctx == Ctx::Store {
                        Opcode::STORE_ATTR
                    } else {
                        Opcode::DELETE_ATTR
                    },
                    a.attr.as_str(),
                );
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.op(if ctx == Ctx::Store {
                    Opcode::STORE_SUBSCR
                } else {
                    Opcode::DELETE_SUBSCR
                });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if ctx == Ctx::Del {
                    for e in elts {
                        self.enter(e.range())?;
                        let old = self.u.loc;
                        self.set_loc(e.range());
                        let r = self.store_or_del(e, Ctx::Del);
                        self.u.loc = old;
                        self.leave();
                        r?;
                    }
                    return Ok(());
                }
                self.unpack(elts, t.range())?;
                for e in elts {
                    let inner = if let Expr::Starred(s) = e {
                        &*s.value
                    } else {
                        e
                    };
                    self.store_target(inner)?;
                }
            }
            Expr::Starred(s) => {
                return self.err(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                )
            }
            other => return self.err("cannot assign to expression", other.range()),
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &[Expr], r: TextRange) -> R<()> {
        let n = elts.len();
        let mut seen = false;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if seen {
                    let _ = s;
                    return self.err("multiple starred expressions in assignment", r);
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return self.err("too many expressions in star-unpacking assignment", r);
                }
                self.op_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen = true;
            }
        }
        if !seen {
            self.op_i(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        Ok(())
    }
}
