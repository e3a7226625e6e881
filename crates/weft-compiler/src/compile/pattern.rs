//! The `match` statement (PEP 634), compiled to CPython 3.11's bytecode shape: each case
//! copies the subject, its pattern consumes the copy (MATCH_SEQUENCE / MATCH_MAPPING /
//! MATCH_KEYS / MATCH_CLASS, GET_LEN checks, unpacking, comparisons), captured values stay
//! on the stack until the whole pattern has matched and are then stored, and a failed
//! check jumps to a "fail-pop" block that pops exactly what the pattern left so far.
//! Compile-time errors (unreachable patterns, differing alternative bindings, duplicate
//! names or keys) carry CPython's messages and locations. Sequence, mapping and class
//! patterns are compiled in `pattern_parts.rs`.
//! <https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>

use super::assemble::BlockId;
use super::unit::{Compiler, Ctx, R};
use crate::code::Constant;
use crate::opcode::Opcode;
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

/// What one case's pattern compilation tracks (CPython's `pattern_context`).
pub(super) struct PatCtx {
    /// Names captured so far, in the order their values sit on the stack.
    pub(super) stores: Vec<String>,
    /// Whether an irrefutable (sub)pattern is allowed here.
    pub(super) allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and falls through to `fail_pop[0]` (the failure exit).
    pub(super) fail_pop: Vec<BlockId>,
    /// Items above the captures that are not captures (subjects being taken apart).
    pub(super) on_top: usize,
}

impl PatCtx {
    fn new(allow_irrefutable: bool) -> PatCtx {
        PatCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` (CPython's WILDCARD_CHECK).
pub(super) fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.name.is_none())
}

/// `*_` (CPython's WILDCARD_STAR_CHECK).
pub(super) fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R<()> {
        self.expr(&m.subject)?;
        let end = self.new_block();
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else {
            return self.err("invalid syntax", m.range);
        };
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let n = cases - usize::from(has_default);
        for (i, c) in m.cases[..n].iter().enumerate() {
            self.set_loc(c.pattern.range());
            // Only copy the subject if this is not the last case.
            if i != n - 1 {
                self.op_i(Opcode::COPY, 1);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatCtx::new(c.guard.is_some() || i == cases - 1);
            self.pattern(&c.pattern, &mut pc)?;
            // A match: store the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store);
            }
            if let Some(g) = &c.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(g, fail, false)?;
            }
            if i != n - 1 {
                self.op(Opcode::POP_TOP);
            }
            self.case_body(&c.body)?;
            self.jump_noline(Opcode::JUMP_FORWARD, end);
            // The cleanup of a failed pattern belongs to the pattern's line.
            self.set_loc(c.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _` needs no copy of the subject.
            self.set_loc(last.pattern.range());
            if cases == 1 {
                self.op(Opcode::POP_TOP);
            } else {
                self.op(Opcode::NOP);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.case_body(&last.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn case_body(&mut self, body: &'a [ast::Stmt]) -> R<()> {
        self.block_depth += 2;
        let r = self.stmts(body);
        self.block_depth -= 2;
        r
    }

    // ---- fail-pop blocks ------------------------------------------------------------

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jump (with `op`) to the block that pops everything this pattern left so far.
    pub(super) fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    /// Lay out the fail-pop blocks: `fail_pop[n]` is POP_TOP falling into `fail_pop[n-1]`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_block(pc.fail_pop[i]);
            self.op(Opcode::POP_TOP);
        }
        self.use_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    // ---- helpers --------------------------------------------------------------------

    /// Move TOS `count - 1` places down (a series of SWAPs).
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.op_i(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    /// Capture TOS as `name` (kept on the stack below the subjects), or drop it for `_`.
    pub(super) fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatCtx,
    ) -> R<()> {
        let Some(name) = name else {
            self.op(Opcode::POP_TOP);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(self.err_at_loc("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(
                self.err_at_loc(format!("multiple assignments to name '{name}' in pattern"))
            );
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    pub(super) fn pattern_sub(&mut self, p: &Pattern, pc: &mut PatCtx) -> R<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    pub(super) fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> R<()> {
        self.enter(p.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p, pc));
        self.leave();
        r
    }

    fn pattern_inner(&mut self, p: &Pattern, pc: &mut PatCtx) -> R<()> {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                let ok = matches!(&*v.value, Expr::Attribute(_)) || self.fold(&v.value)?.is_some();
                if !ok {
                    return Err(
                        self.err_at_loc("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(&v.value)?;
                self.op_i(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.op_i(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc)?,
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err_at_loc(msg));
                    }
                    self.store_capture(a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    // Keep a copy to store once the inner pattern has matched.
                    pc.on_top += 1;
                    self.op_i(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc)?;
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &[Pattern], pc: &mut PatCtx) -> R<()> {
        let end = self.new_block();
        let size = alts.len();
        let outer_allow = pc.allow_irrefutable;
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_stores = std::mem::take(&mut pc.stores);
        // The names the first alternative binds: the others must bind the same ones, and
        // their values are reordered on the stack to this order.
        let mut control: Vec<String> = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.range());
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last one, if allowed at all.
            pc.allow_irrefutable = i == size - 1 && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.op_i(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            if i == 0 {
                control = pc.stores.clone();
            } else if pc.stores.len() != control.len() {
                return Err(self.err_at_loc("alternative patterns bind different names"));
            } else {
                let mut icontrol = control.len();
                while icontrol > 0 {
                    icontrol -= 1;
                    let name = &control[icontrol];
                    let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                        return Err(self.err_at_loc("alternative patterns bind different names"));
                    };
                    if icontrol != istores {
                        // Move the first istores + 1 names (and values) up to icontrol.
                        let rotations = istores + 1;
                        let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                        let at = icontrol - istores;
                        pc.stores.splice(at..at, rotated);
                        for _ in 0..rotations {
                            self.rotate(icontrol + 1);
                        }
                    }
                }
            }
            self.jump(Opcode::JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.op(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Opcode::JUMP_FORWARD);
        self.use_block(end);
        let nstores = control.len();
        // Between the new captures and their place: the other new captures, the copy of
        // the subject, anything else on top, and the earlier captures.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(
                    self.err_at_loc(format!("multiple assignments to name '{name}' in pattern"))
                );
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.op(Opcode::POP_TOP);
        Ok(())
    }
}
