//! Calls: method calls via LOAD_METHOD, keyword arguments via KW_NAMES, and the
//! CALL_FUNCTION_EX form for `*args`/`**kwargs` (BUILD_LIST/LIST_EXTEND/LIST_TO_TUPLE,
//! BUILD_MAP/DICT_MERGE) as CPython 3.11.

use super::expr::STACK_USE_GUARD;
use super::unit::{Compiler, R};
use crate::code::Constant;
use crate::opcode::Opcode;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

impl<'a> Compiler<'a> {
    /// CPython's `compiler_check_debug_args`: no parameter may be named `__debug__`
    /// (reported at the current location: the `def` statement or the lambda).
    pub(crate) fn check_debug_params(&mut self, p: &ast::Parameters) -> R<()> {
        let named = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| a.parameter.name.as_str())
            .chain(p.vararg.iter().map(|a| a.name.as_str()))
            .chain(p.kwarg.iter().map(|a| a.name.as_str()))
            .any(|n| n == "__debug__");
        if named {
            return Err(self.err_at_loc("cannot assign to __debug__"));
        }
        Ok(())
    }

    /// CPython's `validate_keywords`: a call's (or a class's) keyword named twice.
    pub(crate) fn check_keywords(&mut self, kws: &[ast::Keyword]) -> R<()> {
        for (i, k) in kws.iter().enumerate() {
            if let Some(a) = &k.arg {
                if a.as_str() == "__debug__" {
                    return Err(self.err_at_loc("cannot assign to __debug__"));
                }
                if kws[..i]
                    .iter()
                    .any(|o| o.arg.as_ref().is_some_and(|x| x.as_str() == a.as_str()))
                {
                    return self.err(
                        format!("keyword argument repeated: {}", a.as_str()),
                        k.range,
                    );
                }
            }
        }
        Ok(())
    }

    pub(crate) fn call(&mut self, c: &ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        self.check_keywords(kws)?;
        // Method call: obj.meth(args) with no * / ** arguments.
        if let Expr::Attribute(a) = &*c.func {
            let imported =
                matches!(&*a.value, Expr::Name(n) if self.st.is_module_import(n.id.as_str()));
            if a.ctx == ast::ExprContext::Load
                && !imported
                && !args.iter().any(|x| matches!(x, Expr::Starred(_)))
                && !kws.iter().any(|k| k.arg.is_none())
                && args.len() + kws.len() < STACK_USE_GUARD
            {
                self.expr(&a.value)?;
                let old = self.u.loc;
                // CPython 3.11: LOAD_METHOD spans the attribute expression; when that
                // covers several lines, locations start at the method name.
                let meth = self.loc_of(a.range);
                let name = self.loc_of(a.attr.range);
                let at_attr = |mut l: super::assemble::Loc| {
                    if meth.line != meth.end_line {
                        l.line = name.line;
                        l.col = name.col;
                    }
                    l
                };
                self.u.loc = at_attr(meth);
                self.op_name(Opcode::LOAD_METHOD, a.attr.as_str());
                for x in args.iter() {
                    self.call_arg(x, c.arguments.range)?;
                }
                if !kws.is_empty() {
                    for k in kws.iter() {
                        self.expr(&k.value)?;
                    }
                    self.kw_names(kws);
                }
                self.u.loc = at_attr(old);
                let n = (args.len() + kws.len()) as u32;
                self.op_i(Opcode::PRECALL, n);
                self.op_i(Opcode::CALL, n);
                self.u.loc = old;
                return Ok(());
            }
        }
        let old = self.u.loc;
        self.set_loc(c.func.range());
        self.op(Opcode::PUSH_NULL);
        self.u.loc = old;
        self.expr(&c.func)?;
        self.call_helper(0, args, kws, Some(c.arguments.range))
    }

    fn call_arg(&mut self, x: &Expr, parens: TextRange) -> R<()> {
        if matches!(x, Expr::Generator(g) if !g.parenthesized) {
            self.genexp_parens = Some(parens);
        }
        let r = self.expr(x);
        self.genexp_parens = None;
        r
    }

    fn kw_names(&mut self, kws: &[ast::Keyword]) {
        let names: Vec<Constant> = kws
            .iter()
            .map(|k| Constant::Str(Arc::from(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))))
            .collect();
        let i = self.add_const(Constant::Tuple(names));
        self.op_i(Opcode::KW_NAMES, i);
    }

    /// Arguments and the call itself; `n` values (after the callable) are already pushed.
    pub fn call_helper(
        &mut self,
        n: u32,
        args: &[Expr],
        kws: &[ast::Keyword],
        parens: Option<TextRange>,
    ) -> R<()> {
        let simple = (n as usize + args.len() + kws.len() * 2) <= STACK_USE_GUARD
            && !args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for x in args {
                match parens {
                    Some(p) => self.call_arg(x, p)?,
                    None => self.expr(x)?,
                }
            }
            if !kws.is_empty() {
                for k in kws {
                    self.expr(&k.value)?;
                }
                self.kw_names(kws);
            }
            let total = n + (args.len() + kws.len()) as u32;
            self.op_i(Opcode::PRECALL, total);
            self.op_i(Opcode::CALL, total);
            return Ok(());
        }
        // CALL_FUNCTION_EX form.
        if n == 0 && args.len() == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
            } else {
                self.starunpack(
                    args,
                    n,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i])?;
                        if have_dict {
                            self.op_i(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.op_i(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.op_i(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[kws.len() - nseen..])?;
                if have_dict {
                    self.op_i(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.op_i(Opcode::CALL_FUNCTION_EX, u32::from(!kws.is_empty()));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &[ast::Keyword]) -> R<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUARD;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let names: Vec<Constant> = kws
                .iter()
                .map(|k| Constant::Str(Arc::from(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.op_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.op_i(Opcode::BUILD_MAP, 0);
        }
        for k in kws {
            let name = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("");
            self.load_const(Constant::Str(Arc::from(name)));
            self.expr(&k.value)?;
            if big {
                let l = self.u.loc;
                self.unset_loc();
                self.op_i(Opcode::MAP_ADD, 1);
                self.u.loc = l;
            }
        }
        if !big {
            self.op_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}
