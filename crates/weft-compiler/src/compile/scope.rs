//! Nested code objects: function definitions (defaults, keyword-only defaults,
//! annotations, decorators, docstrings), lambdas, classes (`__build_class__` call,
//! `__classcell__`), comprehensions and generator expressions, and closure creation.

use super::expr::STACK_USE_GUARD;
use super::stmt::docstring;
use super::unit::{Compiler, Ctx, R};
use crate::code::{flags, CodeObject, Constant};
use crate::opcode::Opcode;
use crate::symtable::{Access, ScopeKind};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

impl<'a> Compiler<'a> {
    fn scope_for<T>(&self, node: &T, r: TextRange) -> R<usize> {
        match self.st.scope_of(node) {
            Some(s) => Ok(s),
            None => self.err("internal error: missing scope", r),
        }
    }

    /// Push defaults / kw-defaults; returns MAKE_FUNCTION flags.
    fn default_arguments(&mut self, p: &ast::Parameters) -> R<u32> {
        let mut fl = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.op_i(Opcode::BUILD_TUPLE, defaults.len() as u32);
            fl |= 0x01;
        }
        let kwd: Vec<&ast::ParameterWithDefault> = p
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kwd.is_empty() {
            let mut keys = Vec::new();
            for a in &kwd {
                let m = self.mangle(a.parameter.name.as_str());
                keys.push(Constant::Str(Arc::from(m.as_str())));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.load_const(Constant::Tuple(keys));
            self.op_i(Opcode::BUILD_CONST_KEY_MAP, kwd.len() as u32);
            fl |= 0x02;
        }
        Ok(fl)
    }

    fn annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> R<bool> {
        let mut n = 0u32;
        let mut one = |c: &mut Self, name: &str, ann: Option<&Expr>| -> R<()> {
            if let Some(a) = ann {
                let m = c.mangle(name);
                c.load_const(Constant::Str(Arc::from(m.as_str())));
                c.annotation(a)?;
                n += 1;
            }
            Ok(())
        };
        for a in p.args.iter().chain(&p.posonlyargs) {
            one(
                self,
                a.parameter.name.as_str(),
                a.parameter.annotation.as_deref(),
            )?;
        }
        if let Some(v) = &p.vararg {
            one(self, v.name.as_str(), v.annotation.as_deref())?;
        }
        for a in &p.kwonlyargs {
            one(
                self,
                a.parameter.name.as_str(),
                a.parameter.annotation.as_deref(),
            )?;
        }
        if let Some(v) = &p.kwarg {
            one(self, v.name.as_str(), v.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        if n > 0 {
            self.op_i(Opcode::BUILD_TUPLE, n * 2);
        }
        Ok(n > 0)
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        if let Some(p) = p {
            self.u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            self.u.posonly = p.posonlyargs.len() as u32;
            self.u.kwonly = p.kwonlyargs.len() as u32;
            let mut f = 0;
            if p.vararg.is_some() {
                f |= flags::VARARGS;
            }
            if p.kwarg.is_some() {
                f |= flags::VARKEYWORDS;
            }
            self.u.var_flags = f;
        }
    }

    /// LOAD_CLOSURE for each free variable of `code`, BUILD_TUPLE, LOAD_CONST code, MAKE_FUNCTION.
    fn make_closure(&mut self, code: Arc<CodeObject>, mut fl: u32) -> R<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let idx = match self.deref_index(name) {
                    Some(i) => i,
                    None => {
                        return self.err(
                            format!("internal error: no cell for '{name}'"),
                            TextRange::default(),
                        )
                    }
                };
                self.op_i(Opcode::LOAD_CLOSURE, idx);
            }
            self.op_i(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            fl |= 0x08;
        }
        self.load_const(Constant::Code(code));
        self.op_i(Opcode::MAKE_FUNCTION, fl);
        Ok(())
    }

    fn first_line(&self, decos: &[ast::Decorator], r: TextRange) -> i32 {
        match decos.first() {
            Some(d) => self.loc_of(d.expression.range()).line,
            None => self.loc_of(r).line,
        }
    }

    /// A decorated definition's own location starts at `def`/`class`, not at the decorators.
    fn def_loc(&mut self, stmt: TextRange, name: TextRange, decorated: bool) {
        if !decorated {
            return;
        }
        let start = name.start().to_usize();
        let head = &self.src[stmt.start().to_usize()..start];
        let kw = if self.src[start..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            && head.trim_end().ends_with("class")
        {
            head.rfind("class")
        } else {
            head.rfind("def")
        }
        .unwrap_or(0);
        let kw_off = stmt.start().to_usize() + kw;
        let r = TextRange::new(ruff_text_size::TextSize::from(kw_off as u32), stmt.end());
        self.set_loc(r);
    }

    fn apply_decorators(&mut self, decos: &[ast::Decorator]) {
        let old = self.u.loc;
        for d in decos.iter().rev() {
            self.set_loc(d.expression.range());
            self.op_i(Opcode::PRECALL, 0);
            self.op_i(Opcode::CALL, 0);
        }
        self.u.loc = old;
    }

    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R<()> {
        let scope = self.scope_for(f, f.range)?;
        self.check_debug_params(&f.parameters)?;
        let first = self.first_line(&f.decorator_list, f.range);
        self.def_loc(f.range, f.name.range, !f.decorator_list.is_empty());
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let mut fl = self.default_arguments(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            fl |= 0x04;
        }
        let saved_depth = self.block_depth;
        self.push_unit(scope, ScopeKind::Function, f.name.as_str(), first);
        let doc = docstring(&f.body);
        match &doc {
            Some(d) => {
                self.add_const(Constant::Str(Arc::from(d.as_str())));
                self.u.doc = Some(Arc::from(d.as_str()));
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        self.set_arg_counts(Some(&f.parameters));
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.block_depth += 1;
        let r = self.stmts(body);
        self.block_depth = saved_depth;
        if let Err(e) = r {
            self.pop_unit(true);
            return Err(e);
        }
        let code = self.pop_unit(true);
        self.make_closure(code, fl)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(f.name.as_str(), Ctx::Store);
        Ok(())
    }

    pub fn lambda(&mut self, l: &ast::ExprLambda) -> R<()> {
        let scope = self.scope_for(l, l.range)?;
        if let Some(p) = &l.parameters {
            self.check_debug_params(p)?;
        }
        let fl = match &l.parameters {
            Some(p) => self.default_arguments(p)?,
            None => 0,
        };
        let line = self.loc_of(l.range).line;
        let loc = self.u.loc;
        self.push_unit(scope, ScopeKind::Lambda, "<lambda>", line);
        self.add_const(Constant::None);
        self.set_arg_counts(l.parameters.as_deref());
        self.u.loc = loc;
        let r = self.expr(&l.body);
        if let Err(e) = r {
            self.pop_unit(true);
            return Err(e);
        }
        let gen = self.st.scopes[scope].is_generator;
        if !gen {
            // CPython 3.11 returns at the unit's own first location (line, column 0).
            self.u.loc = super::assemble::Loc {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            };
            self.op(Opcode::RETURN_VALUE);
        }
        let code = self.pop_unit(!gen);
        self.u.loc = loc;
        self.make_closure(code, fl)
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R<()> {
        let scope = self.scope_for(c, c.range)?;
        let first = self.first_line(&c.decorator_list, c.range);
        self.def_loc(c.range, c.name.range, !c.decorator_list.is_empty());
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let name = c.name.as_str();
        let saved_depth = self.block_depth;
        let def_loc = self.u.loc;
        self.push_unit(scope, ScopeKind::Class, name, first);
        let r = (|| -> R<()> {
            self.nameop("__name__", Ctx::Load);
            self.nameop("__module__", Ctx::Store);
            let q = self.u.qualname.clone();
            self.load_const(Constant::Str(Arc::from(q.as_str())));
            self.nameop("__qualname__", Ctx::Store);
            self.block_depth += 1;
            self.body(&c.body)?;
            self.unset_loc();
            if self.st.scopes[scope].needs_class_cell {
                let i = self.deref_index("__class__").unwrap_or(0);
                self.op_i(Opcode::LOAD_CLOSURE, i);
                self.op_i(Opcode::COPY, 1);
                self.nameop("__classcell__", Ctx::Store);
            } else {
                self.load_const(Constant::None);
            }
            self.op(Opcode::RETURN_VALUE);
            Ok(())
        })();
        self.block_depth = saved_depth;
        let code = self.pop_unit(true);
        r?;
        self.u.loc = def_loc;
        self.op(Opcode::PUSH_NULL);
        self.op(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(Arc::from(name)));
        match &c.arguments {
            Some(a) => {
                self.check_keywords(&a.keywords)?;
                self.call_helper(2, &a.args, &a.keywords, None)?
            }
            None => self.call_helper(2, &[], &[], None)?,
        }
        self.apply_decorators(&c.decorator_list);
        self.nameop(name, Ctx::Store);
        Ok(())
    }

    pub fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        gens: &[ast::Comprehension],
        elt: &Expr,
        val: Option<&Expr>,
        range: TextRange,
    ) -> R<()> {
        let Some(&scope) = self.st.by_node.get(&node) else {
            return self.err("internal error: missing comprehension scope", range);
        };
        let in_comprehension = self.st.scopes[self.u.scope].kind == ScopeKind::Comprehension;
        let genexp = name == "<genexpr>";
        if (genexp || !in_comprehension)
            && super::async_comp::comprehension_is_async(gens, elt, val)
        {
            // (weft has no coroutines: every enclosing function is a plain one)
            let msg = if genexp {
                "asynchronous comprehensions are not supported by weft"
            } else {
                "asynchronous comprehension outside of an asynchronous function"
            };
            return self.err(msg, range);
        }
        if gens.iter().any(|g| g.is_async) {
            return self.err(
                "asynchronous comprehensions are not supported by weft",
                range,
            );
        }
        let line = self.loc_of(range).line;
        let loc = self.u.loc;
        self.push_unit(scope, ScopeKind::Comprehension, name, line);
        self.u.loc = loc;
        self.u.argcount = 1;
        let build = match name {
            "<listcomp>" => Some(Opcode::BUILD_LIST),
            "<setcomp>" => Some(Opcode::BUILD_SET),
            "<dictcomp>" => Some(Opcode::BUILD_MAP),
            _ => None,
        };
        if let Some(b) = build {
            self.op_i(b, 0);
        }
        let r = self.comp_generator(gens, 0, 0, elt, val, name);
        if let Err(e) = r {
            self.pop_unit(true);
            return Err(e);
        }
        if build.is_some() {
            self.op(Opcode::RETURN_VALUE);
        }
        let code = self.pop_unit(true);
        self.u.loc = loc;
        self.make_closure(code, 0)?;
        self.iter_operand(&gens[0].iter)?;
        self.op(Opcode::GET_ITER);
        self.op_i(Opcode::PRECALL, 0);
        self.op_i(Opcode::CALL, 0);
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &[ast::Comprehension],
        idx: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: &str,
    ) -> R<()> {
        let g = &gens[idx];
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if idx == 0 {
            self.op_i(Opcode::LOAD_FAST, 0);
        } else {
            let single = match &g.iter {
                Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(e) if !matches!(e, Expr::Starred(_)) => {
                    self.expr(e)?;
                    start = None;
                }
                _ => {
                    self.iter_operand(&g.iter)?;
                    self.op(Opcode::GET_ITER);
                }
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_block(s);
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comp_generator(gens, idx + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                "<genexpr>" => {
                    self.expr(elt)?;
                    self.op(Opcode::YIELD_VALUE);
                    self.op_i(Opcode::RESUME, 1);
                    self.op(Opcode::POP_TOP);
                }
                "<listcomp>" => {
                    self.expr(elt)?;
                    self.op_i(Opcode::LIST_APPEND, depth + 1);
                }
                "<setcomp>" => {
                    self.expr(elt)?;
                    self.op_i(Opcode::SET_ADD, depth + 1);
                }
                _ => {
                    self.expr(elt)?;
                    if let Some(v) = val {
                        self.expr(v)?;
                    }
                    self.op_i(Opcode::MAP_ADD, depth + 1);
                }
            }
        }
        self.use_block(if_cleanup);
        if let Some(s) = start {
            self.jump(Opcode::JUMP_FORWARD, s);
            self.use_block(anchor);
        }
        Ok(())
    }

    /// True if `name` resolves to a cell or free variable in the current scope.
    #[allow(dead_code)]
    pub fn is_deref(&self, name: &str) -> bool {
        matches!(
            self.st.scopes[self.u.scope].access(name),
            Access::Cell | Access::Free
        )
    }
}

#[allow(dead_code)]
const _GUARD: usize = STACK_USE_GUARD;
