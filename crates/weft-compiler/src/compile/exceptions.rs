//! Exception-related statements in CPython 3.11's exception-table layout: try/except/
//! else/finally (PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT, RERAISE and the
//! `COPY 3; POP_EXCEPT; RERAISE 1` cleanup blocks), `with` (BEFORE_WITH,
//! WITH_EXCEPT_START), `try`/`except*` (CHECK_EG_MATCH, LIST_APPEND of the raised
//! exceptions, PREP_RERAISE_STAR), and the unwinding of frame blocks for
//! return/break/continue.

use super::assemble::Op;
use super::unit::{Compiler, Ctx, FBlock, R};
use crate::code::Constant;
use crate::opcode::Opcode;
use ruff_python_ast as ast;
use ruff_text_size::TextRange;

impl<'a> Compiler<'a> {
    /// Unwind frame blocks (innermost first) for return/break/continue. With `to_loop`, stop
    /// at the innermost loop and return its index.
    pub(crate) fn unwind_stack(&mut self, preserve_tos: bool, to_loop: bool) -> R<Option<usize>> {
        let n = self.u.fblocks.len();
        let mut i = n;
        let saved = self.u.fblocks.clone();
        let mut result = None;
        while i > 0 {
            let top = self.u.fblocks[i - 1].clone();
            if matches!(top, FBlock::ExceptionGroupHandler) {
                self.u.fblocks = saved;
                return Err(self.err_at_loc(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                ));
            }
            if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                result = Some(i - 1);
                break;
            }
            self.u.fblocks.truncate(i - 1);
            let r = self.unwind(&top, preserve_tos);
            if let Err(e) = r {
                self.u.fblocks = saved;
                return Err(e);
            }
            i -= 1;
        }
        self.u.fblocks = saved;
        Ok(result)
    }

    pub(crate) fn unwind(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R<()> {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
            FBlock::TryExcept => self.pop_block(),
            FBlock::FinallyTry { body } => {
                self.pop_block();
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, TextRange::default())?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
            }
            FBlock::With { loc } => {
                self.u.loc = *loc;
                self.pop_block();
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                self.op(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, Ctx::Store);
                    self.nameop(n, Ctx::Del);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.op_i(Opcode::PRECALL, 2);
        self.op_i(Opcode::CALL, 2);
    }

    pub(crate) fn with_stmt(&mut self, w: &'a ast::StmtWith, pos: usize) -> R<()> {
        let item = &w.items[pos];
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        self.op(Opcode::BEFORE_WITH);
        self.setup(Op::SetupWith, fin);
        self.use_block(block);
        let wloc = self.loc_of(w.range);
        self.push_fblock(FBlock::With { loc: wloc }, w.range)?;
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.nested_body(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.unset_loc();
        self.pop_block();
        self.pop_fblock();
        self.u.loc = wloc;
        self.call_exit_with_nones();
        self.op(Opcode::POP_TOP);
        self.jump(Opcode::JUMP_FORWARD, exit);
        self.use_block(fin);
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        // compiler_with_except_finish (artificial code)
        self.unset_loc();
        let ex = self.new_block();
        self.jump(Opcode::POP_JUMP_FORWARD_IF_TRUE, ex);
        self.op_i(Opcode::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(ex);
        self.op(Opcode::POP_TOP);
        self.pop_block();
        self.op(Opcode::POP_EXCEPT);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_TOP);
        self.use_block(exit);
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`.
    pub(crate) fn pop_except_and_reraise(&mut self) {
        self.op_i(Opcode::COPY, 3);
        self.op(Opcode::POP_EXCEPT);
        self.op_i(Opcode::RERAISE, 1);
    }

    pub(crate) fn try_finally(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.setup(Op::SetupFinally, end);
        self.use_block(body);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, t.range)?;
        if t.is_star {
            self.try_star_except(t)?;
        } else if !t.handlers.is_empty() {
            self.try_except(t)?;
        } else {
            self.nested_body(&t.body)?;
        }
        self.op_noline(Op::PopBlock);
        self.pop_fblock();
        self.nested_body(&t.finalbody)?;
        self.jump_noline(Opcode::JUMP_FORWARD, exit);
        self.use_block(end);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::FinallyEnd, t.range)?;
        self.nested_body(&t.finalbody)?;
        self.pop_fblock();
        self.op_i(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    pub(crate) fn try_except(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.nested_body(&t.body)?;
        self.pop_fblock();
        self.op_noline(Op::PopBlock);
        if !t.orelse.is_empty() {
            self.nested_body(&t.orelse)?;
        }
        self.jump_noline(Opcode::JUMP_FORWARD, end);
        self.use_block(except);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::ExceptionHandler, t.range)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i < n - 1 {
                return self.err("default 'except:' must be last", h.range);
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.op(Opcode::CHECK_EXC_MATCH);
                self.jump(Opcode::POP_JUMP_FORWARD_IF_FALSE, except);
            }
            if let Some(name) = &h.name {
                let name: &'a str = name.as_str();
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store);
                self.setup(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, h.range)?;
                self.nested_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pop_block();
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store);
                self.nameop(name, Ctx::Del);
                self.jump(Opcode::JUMP_FORWARD, end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store);
                self.nameop(name, Ctx::Del);
                self.op_i(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.op(Opcode::POP_TOP);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: None }, h.range)?;
                self.nested_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                self.jump(Opcode::JUMP_FORWARD, end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.op_i(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    /// `try: ... except* T as e: ...` in CPython 3.11's layout. The value stack under the
    /// handlers holds `[prev_exc, orig, raised_list, rest]`: each clause splits `rest` with
    /// CHECK_EG_MATCH, exceptions escaping a clause's body are appended to the list, the
    /// unmatched rest is appended last, and PREP_RERAISE_STAR builds what to re-raise.
    pub(crate) fn try_star_except(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.nested_body(&t.body)?;
        self.pop_fblock();
        self.op_noline(Op::PopBlock);
        self.jump_noline(Opcode::JUMP_FORWARD, orelse);
        self.use_block(except);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::ExceptionGroupHandler, t.range)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.op_i(Opcode::COPY, 1);
                self.op_i(Opcode::BUILD_LIST, 0);
                self.op_i(Opcode::SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.op(Opcode::CHECK_EG_MATCH);
                self.op_i(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_FORWARD_IF_NONE, no_match);
            }
            let name: Option<&'a str> = h.name.as_ref().map(|n| n.as_str());
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match name {
                Some(name) => self.nameop(name, Ctx::Store),
                None => self.op(Opcode::POP_TOP),
            }
            self.setup(Op::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            self.push_fblock(FBlock::HandlerCleanup { name }, h.range)?;
            self.nested_body(&h.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.pop_block();
            if let Some(name) = name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store);
                self.nameop(name, Ctx::Del);
            }
            self.jump(Opcode::JUMP_FORWARD, except);
            // An exception escaped the clause's body: add it to the list.
            self.use_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store);
                self.nameop(name, Ctx::Del);
            }
            self.op_i(Opcode::LIST_APPEND, 3);
            self.op(Opcode::POP_TOP);
            self.jump(Opcode::JUMP_FORWARD, except_with_error);
            self.use_block(except);
            self.op(Opcode::NOP);
            self.jump(Opcode::JUMP_FORWARD, except_with_error);
            self.use_block(no_match);
            self.op(Opcode::POP_TOP);
            self.use_block(except_with_error);
            if i == n - 1 {
                // the unhandled rest (or None) goes to the list too
                self.op_i(Opcode::LIST_APPEND, 1);
                self.jump(Opcode::JUMP_FORWARD, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.op(Opcode::PREP_RERAISE_STAR);
        self.op_i(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_FORWARD_IF_NOT_NONE, reraise);
        // nothing to re-raise
        self.op(Opcode::POP_TOP);
        self.pop_block();
        self.op(Opcode::POP_EXCEPT);
        self.jump(Opcode::JUMP_FORWARD, end);
        self.use_block(reraise);
        self.pop_block();
        self.op_i(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.op_i(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse);
        self.nested_body(&t.orelse)?;
        self.use_block(end);
        Ok(())
    }
}
