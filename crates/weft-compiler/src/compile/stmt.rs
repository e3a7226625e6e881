//! Statements: module/eval bodies, assignments of every form, control flow (if, while,
//! for, break/continue/return with CPython 3.11's frame-block unwinding), try/except/
//! finally and with in the 3.11 exception-table layout, raise, assert, imports, del.

use super::assemble::Loc;
use super::errors::CErr;
use super::expr::binop_arg;
use super::unit::{Compiler, Ctx, FBlock, LineIndex, R};
use super::Mode;
use crate::code::Constant;
use crate::opcode::{binop, Opcode};
use crate::symtable::ScopeKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if super::level() >= 2 {
        // `-OO` leaves docstrings out.
        return None;
    }
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// True if the body (not nested scopes) contains an annotated assignment.
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        _ => false,
    })
}

/// `single` mode takes one statement: `a = 1; b = 2` on one line is one, and a
/// compound statement followed by another is a syntax error at the second. CPython's
/// parser reports these (so `text` is the line), unlike the compiler's errors.
pub(crate) fn check_single(body: &[Stmt], source: &str, lines: &LineIndex) -> Result<(), CErr> {
    if body.len() < 2 {
        return Ok(());
    }
    let line_of = |s: &Stmt| lines.line_col(s.range().start().to_usize()).0;
    let compound = !matches!(
        body[0],
        Stmt::Expr(_)
            | Stmt::Assign(_)
            | Stmt::AugAssign(_)
            | Stmt::AnnAssign(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Return(_)
            | Stmt::Raise(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Assert(_)
            | Stmt::Delete(_)
    );
    if compound {
        // located on the second statement's first token
        let at = body[1].range().start();
        let rest = &source[at.to_usize()..];
        let word = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let len = if word > 0 {
            word
        } else {
            rest.chars().next().map_or(0, char::len_utf8)
        };
        let end = at + ruff_text_size::TextSize::from(len as u32);
        return Err(CErr::syntax("invalid syntax", TextRange::new(at, end)));
    }
    let line = line_of(&body[0]);
    if body.iter().all(|s| line_of(s) == line) {
        return Ok(());
    }
    Err(CErr::syntax(
        "multiple statements found while compiling a single statement",
        TextRange::empty(body[0].range().end()),
    ))
}

impl<'a> Compiler<'a> {
    pub fn compile_module(&mut self, body: &'a [Stmt]) -> R<()> {
        self.check_future(body)?;
        self.body(body)
    }

    pub fn compile_eval(&mut self, e: &'a Expr) -> R<()> {
        self.expr(e)?;
        self.op(Opcode::RETURN_VALUE);
        Ok(())
    }

    fn check_future(&mut self, body: &[Stmt]) -> R<()> {
        let mut allowed = true;
        for (i, s) in body.iter().enumerate() {
            match s {
                Stmt::ImportFrom(f)
                    if f.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
                {
                    if !allowed {
                        return self.err(
                            "from __future__ imports must occur at the beginning of the file",
                            f.range,
                        );
                    }
                    for a in &f.names {
                        match a.name.as_str() {
                            "annotations" => self.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "barry_as_FLUFL" | "generator_stop" => {}
                            // CPython reports both at the statement's first column only
                            "braces" => {
                                return self.err("not a chance", TextRange::empty(f.range.start()))
                            }
                            other => {
                                return self.err(
                                    format!("future feature {other} is not defined"),
                                    TextRange::empty(f.range.start()),
                                )
                            }
                        }
                    }
                }
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
                _ => allowed = false,
            }
        }
        Ok(())
    }

    /// Module or class body: SETUP_ANNOTATIONS, docstring, statements.
    pub fn body(&mut self, body: &'a [Stmt]) -> R<()> {
        if find_ann(body) {
            if self.u.kind == ScopeKind::Module {
                // CPython gives the module's SETUP_ANNOTATIONS line 1.
                self.u.loc = Loc {
                    line: 1,
                    end_line: 1,
                    col: 0,
                    end_col: 0,
                };
            }
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        let mut rest = body;
        if self.mode != Mode::Single || self.u.kind != ScopeKind::Module {
            if let Some(doc) = docstring(body) {
                self.set_loc(body[0].range());
                if let Stmt::Expr(e) = &body[0] {
                    self.expr(&e.value)?;
                }
                self.nameop("__doc__", Ctx::Store);
                self.u.doc = Some(Arc::from(doc.as_str()));
                rest = &body[1..];
            }
        }
        self.stmts(rest)
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.enter(s.range())?;
        self.set_loc(s.range());
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
        self.leave();
        r
    }

    pub(crate) fn nested_body(&mut self, body: &'a [Stmt]) -> R<()> {
        self.block_depth += 1;
        let r = self.stmts(body);
        self.block_depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return self.err("'async def' is not supported by weft", f.range);
                }
                if f.type_params.is_some() {
                    return self.err("type parameter lists are not supported by weft", f.range);
                }
                self.function_def(f)?
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return self.err("type parameter lists are not supported by weft", c.range);
                }
                self.class_def(c)?
            }
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i < n - 1 {
                        self.op_i(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::TypeAlias(t) => {
                return self.err("the 'type' statement is not supported by weft", t.range)
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.err("'async for' is not supported by weft", f.range);
                }
                self.for_stmt(f)?
            }
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(&i.test, &i.body, &i.elif_else_clauses)?,
            Stmt::With(w) => {
                if w.is_async {
                    return self.err("'async with' is not supported by weft", w.range);
                }
                self.with_stmt(w, 0)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.op_i(Opcode::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t)?
                } else if t.is_star {
                    self.try_star_except(t)?
                } else {
                    self.try_except(t)?
                }
            }
            // `-O` leaves asserts out (their test is not even evaluated).
            Stmt::Assert(_) if super::level() >= 1 => {}
            Stmt::Assert(a) => {
                self.check_assert(a);
                let end = self.new_block();
                self.jump_if(&a.test, end, true)?;
                self.op(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.op_i(Opcode::PRECALL, 0);
                    self.op_i(Opcode::CALL, 0);
                }
                self.op_i(Opcode::RAISE_VARARGS, 1);
                self.use_block(end);
            }
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.u.kind == ScopeKind::Module {
                    self.expr(&e.value)?;
                    self.op(Opcode::PRINT_EXPR);
                } else if self.fold(&e.value)?.is_some() {
                    self.op(Opcode::NOP);
                } else {
                    self.expr(&e.value)?;
                    // The POP_TOP is artificial (gets its line by propagation).
                    self.unset_loc();
                    self.op(Opcode::POP_TOP);
                }
            }
            Stmt::Pass(_) => self.op(Opcode::NOP),
            Stmt::Break(b) => {
                self.op(Opcode::NOP);
                let Some(li) = self.unwind_stack(false, true)? else {
                    return self.err("'break' outside loop", b.range);
                };
                let fb = self.u.fblocks[li].clone();
                let exit = match fb {
                    FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
                    _ => return self.err("'break' outside loop", b.range),
                };
                self.unwind(&fb, false)?;
                self.jump(Opcode::JUMP_FORWARD, exit);
            }
            Stmt::Continue(c) => {
                self.op(Opcode::NOP);
                let Some(li) = self.unwind_stack(false, true)? else {
                    return self.err("'continue' not properly in loop", c.range);
                };
                let start = match self.u.fblocks[li] {
                    FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => start,
                    _ => return self.err("'continue' not properly in loop", c.range),
                };
                self.jump(Opcode::JUMP_FORWARD, start);
            }
            Stmt::IpyEscapeCommand(i) => return self.err("invalid syntax", i.range),
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> R<()> {
        if !matches!(self.u.kind, ScopeKind::Function | ScopeKind::Lambda) {
            return self.err("'return' outside function", r.range);
        }
        let folded = match &r.value {
            Some(v) => self.fold(v)?,
            None => None,
        };
        let preserve = r.value.is_some() && folded.is_none();
        if let (true, Some(v)) = (preserve, &r.value) {
            self.expr(v)?;
        } else if let Some(v) = &r.value {
            // CPython keeps the constant's location for the rest of the statement.
            self.set_loc(v.range());
            self.op(Opcode::NOP);
        }
        let same_line = r
            .value
            .as_ref()
            .is_some_and(|v| self.loc_of(v.range()).line == self.loc_of(r.range).line);
        if !same_line {
            self.set_loc(r.range);
            self.op(Opcode::NOP);
        }
        self.unwind_stack(preserve, false)?;
        match folded {
            Some(c) if !preserve => self.load_const(c),
            _ => {
                if r.value.is_none() {
                    self.load_const(Constant::None);
                }
            }
        }
        self.op(Opcode::RETURN_VALUE);
        Ok(())
    }

    fn if_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ast::ElifElseClause],
    ) -> R<()> {
        let end = self.new_block();
        let next = if clauses.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.nested_body(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.jump_noline(Opcode::JUMP_FORWARD, end);
            self.use_block(next);
            match &first.test {
                Some(t) => {
                    self.enter(first.range)?;
                    self.set_loc(first.range);
                    let r = self.if_stmt(t, &first.body, rest);
                    self.leave();
                    r?;
                }
                None => self.nested_body(&first.body)?,
            }
        }
        self.use_block(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> R<()> {
        let lp = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(lp);
        self.push_fblock(
            FBlock::WhileLoop {
                start: lp,
                exit: end,
            },
            w.range,
        )?;
        self.jump_if(&w.test, anchor, false)?;
        self.use_block(body);
        self.nested_body(&w.body)?;
        self.set_loc(w.range);
        self.jump_if(&w.test, body, true)?;
        self.pop_fblock();
        self.use_block(anchor);
        self.nested_body(&w.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> R<()> {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlock::ForLoop { start, exit: end }, f.range)?;
        self.iter_operand(&f.iter)?;
        self.op(Opcode::GET_ITER);
        self.use_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.use_block(body);
        self.store_target(&f.target)?;
        self.nested_body(&f.body)?;
        self.unset_loc();
        self.jump(Opcode::JUMP_FORWARD, start);
        self.use_block(cleanup);
        self.pop_fblock();
        self.nested_body(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R<()> {
        let t = &*a.target;
        let old = self.u.loc;
        self.set_loc(t.range());
        match t {
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.op_i(Opcode::COPY, 1);
                self.attr_loc(at);
                self.op_name(Opcode::LOAD_ATTR, at.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.op_i(Opcode::COPY, 2);
                self.op_i(Opcode::COPY, 2);
                self.op(Opcode::BINARY_SUBSCR);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Load),
            other => return self.err("illegal expression for augmented assignment", other.range()),
        }
        self.u.loc = old;
        self.expr(&a.value)?;
        self.op_i(Opcode::BINARY_OP, binop_arg(a.op) + binop::INPLACE);
        self.set_loc(t.range());
        match t {
            Expr::Attribute(at) => {
                self.attr_loc(at);
                self.op_i(Opcode::SWAP, 2);
                self.op_name(Opcode::STORE_ATTR, at.attr.as_str());
            }
            Expr::Subscript(_) => {
                self.op_i(Opcode::SWAP, 3);
                self.op_i(Opcode::SWAP, 2);
                self.op(Opcode::STORE_SUBSCR);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Store),
            _ => {}
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(self.u.kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && module_or_class {
                    self.annotation(&a.annotation)?;
                    self.op_name_raw(Opcode::LOAD_NAME, "__annotations__");
                    let m = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(Arc::from(m.as_str())));
                    self.op(Opcode::STORE_SUBSCR);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                    self.op(Opcode::POP_TOP);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.op(Opcode::POP_TOP);
                    self.expr(&s.slice)?;
                    self.op(Opcode::POP_TOP);
                }
            }
            other => return self.err("illegal target for annotation", other.range()),
        }
        if !a.simple && !self.future_annotations && module_or_class {
            self.expr(&a.annotation)?;
            self.op(Opcode::POP_TOP);
        }
        Ok(())
    }

    /// An annotation value: the expression, or under `from __future__ import annotations`
    /// the string CPython unparses from it (`unparse.rs`).
    pub fn annotation(&mut self, e: &Expr) -> R<()> {
        if self.future_annotations {
            let r = e.range();
            if let Some((msg, at)) = super::unparse::forbidden(e) {
                return self.err(msg, at);
            }
            let text = super::unparse::annotation_string(e, self.src);
            let old = self.u.loc;
            self.set_loc(r);
            self.load_const(Constant::Str(Arc::from(text.as_str())));
            self.u.loc = old;
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> R<()> {
        for a in &i.names {
            let old = self.u.loc;
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let name = a.name.as_str();
            self.op_name(Opcode::IMPORT_NAME, name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            self.op_name_raw(Opcode::IMPORT_FROM, attr);
                            if k + 2 < parts.len() {
                                self.op_i(Opcode::SWAP, 2);
                                self.op(Opcode::POP_TOP);
                            }
                        }
                        self.nameop(asname.as_str(), Ctx::Store);
                        self.op(Opcode::POP_TOP);
                    } else {
                        self.nameop(asname.as_str(), Ctx::Store);
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.nameop(first, Ctx::Store);
                }
            }
            self.u.loc = old;
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> R<()> {
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(Arc::from(a.name.as_str())))
            .collect();
        self.load_const(Constant::Tuple(names));
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        self.op_name(Opcode::IMPORT_NAME, module);
        for (k, a) in i.names.iter().enumerate() {
            if k == 0 && a.name.as_str() == "*" {
                if self.u.kind != ScopeKind::Module {
                    return self.err("import * only allowed at module level", a.range);
                }
                self.op(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.op_name(Opcode::IMPORT_FROM, a.name.as_str());
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.nameop(store.as_str(), Ctx::Store);
        }
        self.op(Opcode::POP_TOP);
        Ok(())
    }
}
