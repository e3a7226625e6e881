//! Comparisons (chained comparisons, `in` with constant displays folded to tuples and
//! frozensets) and conditional jumps (CPython 3.11's compiler_jump_if: `not`, `and`/`or`,
//! conditional expressions and chained comparisons compiled straight to jumps).

use super::assemble::BlockId;
use super::unit::{Compiler, R};
use crate::code::Constant;
use crate::opcode::Opcode;
use ruff_python_ast::{self as ast, CmpOp, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub(crate) fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.op_i(Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => self.op_i(Opcode::COMPARE_OP, 3),
            CmpOp::Lt => self.op_i(Opcode::COMPARE_OP, 0),
            CmpOp::LtE => self.op_i(Opcode::COMPARE_OP, 1),
            CmpOp::Gt => self.op_i(Opcode::COMPARE_OP, 4),
            CmpOp::GtE => self.op_i(Opcode::COMPARE_OP, 5),
            CmpOp::Is => self.op_i(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.op_i(Opcode::IS_OP, 1),
            CmpOp::In => self.op_i(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.op_i(Opcode::CONTAINS_OP, 1),
        }
    }

    /// Right operand of a comparison: for `in`/`not in`, list displays become tuples and
    /// constant set displays frozensets (CPython's fold_iter).
    pub(crate) fn compare_operand(&mut self, e: &Expr, op: CmpOp) -> R<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            return self.iter_operand(e);
        }
        self.expr(e)
    }

    /// An iterable operand (`for` target iterable, `in` right side).
    pub(crate) fn iter_operand(&mut self, e: &Expr) -> R<()> {
        match e {
            Expr::List(l) if l.ctx == ast::ExprContext::Load => {
                let old = self.u.loc;
                self.set_loc(l.range);
                let r = self.const_or_tuple(&l.elts);
                self.u.loc = old;
                r
            }
            Expr::Set(s) => {
                let mut v = Vec::new();
                for x in &s.elts {
                    match self.fold(x)? {
                        Some(c) => v.push(c),
                        None => return self.expr(e),
                    }
                }
                let old = self.u.loc;
                self.set_loc(s.range);
                self.load_const(Constant::FrozenSet(v));
                self.u.loc = old;
                Ok(())
            }
            _ => self.expr(e),
        }
    }

    pub(crate) fn const_or_tuple(&mut self, elts: &[Expr]) -> R<()> {
        let mut v = Vec::new();
        for x in elts {
            match self.fold(x)? {
                Some(c) => v.push(c),
                None => {
                    return self.starunpack(
                        elts,
                        0,
                        Opcode::BUILD_LIST,
                        Opcode::LIST_APPEND,
                        Opcode::LIST_EXTEND,
                        true,
                    )
                }
            }
        }
        self.load_const(Constant::Tuple(v));
        Ok(())
    }

    pub(crate) fn compare(&mut self, c: &ast::ExprCompare) -> R<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compare_operand(&c.comparators[0], c.ops[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?; // middle operands are reused: CPython folds only the last
            self.op_i(Opcode::SWAP, 2);
            self.op_i(Opcode::COPY, 2);
            self.compare_op(c.ops[i]);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            let nb = self.new_block();
            self.use_block(nb);
        }
        self.compare_operand(&c.comparators[n - 1], c.ops[n - 1])?;
        self.compare_op(c.ops[n - 1]);
        let end = self.new_block();
        self.jump_noline(Opcode::JUMP_FORWARD, end);
        self.use_block(cleanup);
        self.op_i(Opcode::SWAP, 2);
        self.op(Opcode::POP_TOP);
        self.use_block(end);
        Ok(())
    }

    /// Evaluate `e` and jump to `next` if its truth equals `cond`.
    /// (The jumps keep the location of the enclosing statement/expression, as CPython.)
    pub(crate) fn jump_if(&mut self, e: &Expr, next: BlockId, cond: bool) -> R<()> {
        self.enter(e.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.jump_if_inner(e, next, cond));
        self.leave();
        r
    }

    pub(crate) fn jump_if_inner(&mut self, e: &Expr, next: BlockId, cond: bool) -> R<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.fold(e)?.is_none() => {
                if let Expr::Compare(c) = &*u.operand {
                    if c.ops.len() == 1
                        && matches!(
                            c.ops[0],
                            CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot
                        )
                    {
                        self.expr(e)?;
                        self.jump(
                            if cond {
                                Opcode::POP_JUMP_FORWARD_IF_TRUE
                            } else {
                                Opcode::POP_JUMP_FORWARD_IF_FALSE
                            },
                            next,
                        );
                        return Ok(());
                    }
                }
                return self.jump_if(&u.operand, next, !cond);
            }
            Expr::BoolOp(b) => {
                let cond2 = b.op == ast::BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&b.values[n - 1], next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.jump_noline(Opcode::JUMP_FORWARD, end);
                self.use_block(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                self.check_compare(c);
                self.set_loc(e.range());
                let cleanup = self.new_block();
                self.expr(&c.left)?;
                let n = c.ops.len();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.op_i(Opcode::SWAP, 2);
                    self.op_i(Opcode::COPY, 2);
                    self.compare_op(c.ops[i]);
                    self.jump(Opcode::POP_JUMP_FORWARD_IF_FALSE, cleanup);
                }
                self.compare_operand(&c.comparators[n - 1], c.ops[n - 1])?;
                self.compare_op(c.ops[n - 1]);
                self.jump(
                    if cond {
                        Opcode::POP_JUMP_FORWARD_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_FORWARD_IF_FALSE
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(Opcode::JUMP_FORWARD, end);
                self.use_block(cleanup);
                self.op(Opcode::POP_TOP);
                if !cond {
                    self.jump_noline(Opcode::JUMP_FORWARD, next);
                }
                self.use_block(end);
                return Ok(());
            }
            Expr::Compare(_) => {
                // CPython leaves the comparison's location current for the jump (and after).
                self.set_loc(e.range());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Opcode::POP_JUMP_FORWARD_IF_TRUE
            } else {
                Opcode::POP_JUMP_FORWARD_IF_FALSE
            },
            next,
        );
        Ok(())
    }
}
