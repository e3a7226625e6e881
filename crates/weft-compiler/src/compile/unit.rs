//! Compiler state: the stack of code units being compiled (one per function, class,
//! lambda or comprehension), instruction emission helpers, name resolution to
//! FAST/DEREF/GLOBAL/NAME instructions, frame blocks for unwinding, and the driver that
//! parses, analyses scopes, compiles and assembles.

use super::assemble::{BlockId, Cfg, Loc, Op};
use super::errors::{self, CErr};
use super::Mode;
use crate::code::{flags, CodeObject, Constant};
use crate::opcode::Opcode;
use crate::symtable::{self, Access, ScopeKind, SymbolTable};
use crate::CompileError;
use ruff_python_ast::{self as ast};
use ruff_text_size::TextRange;
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) type R<T> = Result<T, CErr>;

/// Kinds of frame blocks (what `break`/`continue`/`return` must unwind).
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: BlockId,
        exit: BlockId,
    },
    ForLoop {
        start: BlockId,
        exit: BlockId,
    },
    TryExcept,
    FinallyTry {
        body: &'a [ast::Stmt],
    },
    FinallyEnd,
    With {
        loc: Loc,
    },
    HandlerCleanup {
        name: Option<&'a str>,
    },
    ExceptionHandler,
    /// The handlers of an `except*` (break/continue/return may not leave them).
    ExceptionGroupHandler,
    PopValue,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub cfg: Cfg,
    pub consts: Vec<Constant>,
    /// Index of each constant in `consts` (so adding one is not a linear search).
    pub const_index: HashMap<crate::code::ConstKey, u32>,
    pub names: Vec<Arc<str>>,
    pub name_index: HashMap<Arc<str>, u32>,
    pub varnames: Vec<String>,
    /// Index of each name in `varnames` (a function with tens of thousands of locals
    /// would otherwise make every local access a linear search).
    pub varname_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub name: String,
    pub qualname: String,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub first_line: i32,
    pub loc: Loc,
    pub fblocks: Vec<FBlock<'a>>,
    pub private: Option<String>,
    pub doc: Option<Arc<str>>,
    /// CO_VARARGS / CO_VARKEYWORDS.
    pub var_flags: u32,
}

pub(crate) struct Compiler<'a> {
    pub src: &'a str,
    pub lines: LineIndex,
    pub filename: Arc<str>,
    pub st: SymbolTable,
    pub u: Unit<'a>,
    pub stack: Vec<Unit<'a>>,
    pub mode: Mode,
    pub depth: u32,
    pub future_annotations: bool,
    pub fold_cache: HashMap<usize, Option<Constant>>,
    /// Nesting depth of compound statements (for "too many levels of indentation").
    pub block_depth: u32,
    /// For a generator expression that is a call's sole argument: the call's parentheses,
    /// which CPython uses as the generator expression's location.
    pub genexp_parens: Option<TextRange>,
}

/// Byte offset → (line, column) conversion.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }
    /// 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        (line as u32 + 1, (offset - self.starts[line]) as u32)
    }
    pub fn line_start(&self, line: u32) -> usize {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

impl<'a> Unit<'a> {
    pub fn new(
        scope: usize,
        kind: ScopeKind,
        name: &str,
        first_line: i32,
        st: &SymbolTable,
    ) -> Unit<'a> {
        let s = &st.scopes[scope];
        Unit {
            scope,
            kind,
            cfg: Cfg::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: s.varnames.clone(),
            varname_index: s
                .varnames
                .iter()
                .enumerate()
                .map(|(i, v)| (v.clone(), i as u32))
                .rev()
                .collect(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            name: name.to_string(),
            qualname: name.to_string(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            first_line,
            loc: Loc {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
            private: s.private.clone(),
            doc: None,
            var_flags: 0,
        }
    }
}

impl<'a> Compiler<'a> {
    // ---- locations ------------------------------------------------------------------

    pub fn loc_of(&self, r: TextRange) -> Loc {
        let (l, c) = self.lines.line_col(r.start().to_usize());
        let (el, ec) = self.lines.line_col(r.end().to_usize());
        Loc {
            line: l as i32,
            end_line: el as i32,
            col: c as i32,
            end_col: ec as i32,
        }
    }
    pub fn set_loc(&mut self, r: TextRange) {
        self.u.loc = self.loc_of(r);
    }
    pub fn unset_loc(&mut self) {
        self.u.loc = Loc::NONE;
    }
    pub fn err<T>(&self, msg: impl Into<String>, r: TextRange) -> R<T> {
        Err(CErr::syntax(msg, r))
    }
    /// A syntax error at the current location (CPython's `compiler_error`, which reports
    /// `u_lineno`/`u_col_offset` rather than a node's range).
    pub fn err_at_loc(&self, msg: impl Into<String>) -> CErr {
        let l = self.u.loc;
        if l.line < 0 {
            let mut e = CErr::syntax(msg, TextRange::default());
            e.pos = Some((0, 0, 0, 0));
            return e;
        }
        let at = |line: i32, col: i32| {
            ruff_text_size::TextSize::from(
                (self.lines.line_start(line as u32) + col as usize) as u32,
            )
        };
        CErr::syntax(
            msg,
            TextRange::new(at(l.line, l.col), at(l.end_line, l.end_col)),
        )
    }

    // ---- emission -------------------------------------------------------------------

    pub fn op(&mut self, o: Opcode) {
        let l = self.u.loc;
        self.u.cfg.emit(Op::Real(o), 0, usize::MAX, l);
    }
    pub fn op_i(&mut self, o: Opcode, arg: u32) {
        let l = self.u.loc;
        self.u.cfg.emit(Op::Real(o), arg, usize::MAX, l);
    }
    pub fn op_noline(&mut self, o: Op) {
        self.u.cfg.emit(o, 0, usize::MAX, Loc::NONE);
    }
    pub fn jump(&mut self, o: Opcode, target: BlockId) {
        let l = self.u.loc;
        self.u.cfg.emit(Op::Real(o), 0, target, l);
    }
    pub fn jump_noline(&mut self, o: Opcode, target: BlockId) {
        self.u.cfg.emit(Op::Real(o), 0, target, Loc::NONE);
    }
    pub fn setup(&mut self, o: Op, target: BlockId) {
        let l = self.u.loc;
        self.u.cfg.emit(o, 0, target, l);
    }
    pub fn pop_block(&mut self) {
        let l = self.u.loc;
        self.u.cfg.emit(Op::PopBlock, 0, usize::MAX, l);
    }
    pub fn new_block(&mut self) -> BlockId {
        self.u.cfg.new_block()
    }
    pub fn use_block(&mut self, b: BlockId) {
        self.u.cfg.use_next_block(b);
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let n = self.u.consts.len() as u32;
        let i = *self.u.const_index.entry(c.key()).or_insert(n);
        if i == n {
            self.u.consts.push(c);
        }
        i
    }
    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.op_i(Opcode::LOAD_CONST, i);
    }
    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.u.name_index.get(name) {
            return i;
        }
        let name: Arc<str> = Arc::from(name);
        let i = self.u.names.len() as u32;
        self.u.names.push(name.clone());
        self.u.name_index.insert(name, i);
        i
    }
    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.u.private.as_deref(), name)
    }
    /// An instruction whose argument is a (mangled) name.
    pub fn op_name(&mut self, o: Opcode, name: &str) {
        let m = self.mangle(name);
        let i = self.add_name(&m);
        self.op_i(o, i);
    }
    pub fn op_name_raw(&mut self, o: Opcode, name: &str) {
        let i = self.add_name(name);
        self.op_i(o, i);
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.u.varname_index.get(name) {
            return i;
        }
        let i = self.u.varnames.len() as u32;
        self.u.varnames.push(name.to_string());
        self.u.varname_index.insert(name.to_string(), i);
        i
    }
    /// Tagged index of a cell (plain index) or free variable (`FREE_TAG | index`); fixed up
    /// into a localsplus index after assembly.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.u.cellvars.iter().position(|x| x == name) {
            return Some(i as u32);
        }
        self.u
            .freevars
            .iter()
            .position(|x| x == name)
            .map(|i| FREE_TAG | i as u32)
    }

    /// Load/store/delete a name according to its scope.
    pub fn nameop(&mut self, name: &str, ctx: Ctx) {
        let m = self.mangle(name);
        let scope = &self.st.scopes[self.u.scope];
        let access = scope.access(&m);
        let kind = self.u.kind;
        let access =
            if kind == ScopeKind::Class && access == Access::Free && scope.is_free_class(&m) {
                Access::Name
            } else {
                access
            };
        match access {
            Access::Fast => {
                let i = self.varname_index(&m);
                let o = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.op_i(o, i);
            }
            Access::Cell | Access::Free => {
                let Some(i) = self.deref_index(&m) else {
                    // Should not happen; fall back to a namespace access.
                    return self.name_ns(&m, ctx);
                };
                let o = match ctx {
                    Ctx::Load => {
                        if kind == ScopeKind::Class {
                            Opcode::LOAD_CLASSDEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                };
                self.op_i(o, i);
            }
            Access::GlobalExplicit | Access::GlobalImplicit
                if access == Access::GlobalExplicit || scope.is_function_like() =>
            {
                let i = self.add_name(&m);
                match ctx {
                    Ctx::Load => self.op_i(Opcode::LOAD_GLOBAL, i << 1),
                    Ctx::Store => self.op_i(Opcode::STORE_GLOBAL, i),
                    Ctx::Del => self.op_i(Opcode::DELETE_GLOBAL, i),
                }
            }
            _ => self.name_ns(&m, ctx),
        }
    }
    fn name_ns(&mut self, m: &str, ctx: Ctx) {
        let i = self.add_name(m);
        let o = match ctx {
            Ctx::Load => Opcode::LOAD_NAME,
            Ctx::Store => Opcode::STORE_NAME,
            Ctx::Del => Opcode::DELETE_NAME,
        };
        self.op_i(o, i);
    }

    // ---- frame blocks ---------------------------------------------------------------

    pub fn push_fblock(&mut self, fb: FBlock<'a>, r: TextRange) -> R<()> {
        if self.u.fblocks.len() >= 20 {
            return self.err("too many statically nested blocks", r);
        }
        self.u.fblocks.push(fb);
        Ok(())
    }
    pub fn pop_fblock(&mut self) {
        self.u.fblocks.pop();
    }

    /// Guard against runaway recursion on deeply nested input.
    pub fn enter(&mut self, r: TextRange) -> R<()> {
        self.depth += 1;
        if self.depth > crate::depth_limit() {
            return Err(CErr::recursion(r));
        }
        Ok(())
    }
    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- units ----------------------------------------------------------------------

    pub fn push_unit(&mut self, scope: usize, kind: ScopeKind, name: &str, first_line: i32) {
        let mut u = Unit::new(scope, kind, name, first_line, &self.st);
        // Qualified name as CPython's compiler_set_qualname.
        if !self.stack.is_empty() || self.u.kind != ScopeKind::Module {
            let parent = &self.u;
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            let force_global = parent.kind != ScopeKind::Module
                && self.st.scopes[parent.scope].access(&mangled) == Access::GlobalExplicit;
            if parent.kind != ScopeKind::Module && !force_global {
                let base = if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
                    format!("{}.<locals>", parent.qualname)
                } else {
                    parent.qualname.clone()
                };
                u.qualname = format!("{base}.{name}");
            }
        }
        if kind == ScopeKind::Class {
            u.private = Some(name.to_string());
        }
        let old = std::mem::replace(&mut self.u, u);
        self.stack.push(old);
        // RESUME at the first line.
        self.op_i(Opcode::RESUME, 0);
    }

    /// Finish the current unit (adding the implicit `return None` unless the last block
    /// returns) and return its code object, restoring the enclosing unit.
    pub fn pop_unit(&mut self, add_none: bool) -> Arc<CodeObject> {
        let ends_return = self.u.cfg.blocks[self.u.cfg.cur]
            .instrs
            .last()
            .is_some_and(|i| i.op == Op::Real(Opcode::RETURN_VALUE));
        if !ends_return {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.op(Opcode::RETURN_VALUE);
        }
        let parent = self.stack.pop();
        let u = match parent {
            Some(p) => std::mem::replace(&mut self.u, p),
            None => std::mem::replace(
                &mut self.u,
                Unit::new(0, ScopeKind::Module, "<module>", 1, &self.st),
            ),
        };
        Arc::new(self.finish_unit(u))
    }

    fn finish_unit(&self, mut u: Unit<'a>) -> CodeObject {
        let scope = &self.st.scopes[u.scope];
        let mut co_flags = 0;
        if scope.is_function_like() {
            co_flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        if scope.nested && scope.is_function_like() {
            co_flags |= flags::NESTED;
        }
        if scope.is_generator && scope.is_function_like() {
            co_flags |= flags::GENERATOR;
        }
        co_flags |= u.var_flags;
        if self.future_annotations {
            co_flags |= flags::FUTURE_ANNOTATIONS;
        }
        // Prefix: MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR + POP_TOP.
        let nlocals = u.varnames.len() as u32;
        let mut cell2arg = Vec::new();
        let mut nonarg_pos = Vec::new();
        let mut nonarg = 0u32;
        for c in &u.cellvars {
            let arg = scope.params.iter().position(|p| p == c).map(|i| i as u32);
            cell2arg.push(arg);
            nonarg_pos.push(match arg {
                Some(a) => a,
                None => {
                    nonarg += 1;
                    nlocals + nonarg - 1
                }
            });
        }
        let free_base = nlocals + nonarg;
        let mut prefix = Vec::new();
        if !u.freevars.is_empty() {
            prefix.push((Opcode::COPY_FREE_VARS, u.freevars.len() as u32, -1));
        }
        for &p in &nonarg_pos {
            prefix.push((Opcode::MAKE_CELL, p, -1));
        }
        let first_line = u.first_line;
        if co_flags & flags::GENERATOR != 0 {
            prefix.push((Opcode::RETURN_GENERATOR, 0, first_line));
            prefix.push((Opcode::POP_TOP, 0, first_line));
        }
        let cfg = std::mem::replace(&mut u.cfg, Cfg::new());
        let mut a = cfg.assemble(&mut u.consts, &prefix, first_line);
        // Fix DEREF-family arguments into localsplus indices.
        for ins in &mut a.instructions {
            if ins.op.arg_kind() == crate::opcode::ArgKind::Free && ins.op != Opcode::MAKE_CELL {
                ins.arg = if ins.arg & FREE_TAG != 0 {
                    free_base + (ins.arg & !FREE_TAG)
                } else {
                    nonarg_pos.get(ins.arg as usize).copied().unwrap_or(0)
                };
            }
        }
        CodeObject {
            name: Arc::from(u.name.as_str()),
            qualname: Arc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            first_line: first_line.max(1) as u32,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: co_flags,
            stacksize: a.stacksize,
            instructions: a.instructions,
            positions: a.positions,
            constants: u.consts,
            names: u.names,
            varnames: u.varnames.iter().map(|s| Arc::from(s.as_str())).collect(),
            cellvars: u.cellvars.iter().map(|s| Arc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Arc::from(s.as_str())).collect(),
            cell2arg,
            exception_table: a.exception_table,
            doc: u.doc,
        }
    }
}

/// Tag bit marking a free-variable index in DEREF arguments before fixup.
pub(crate) const FREE_TAG: u32 = 0x4000_0000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

pub(crate) fn ctx_of(c: ast::ExprContext) -> Ctx {
    match c {
        ast::ExprContext::Store => Ctx::Store,
        ast::ExprContext::Del => Ctx::Del,
        _ => Ctx::Load,
    }
}

/// Parse, analyse and compile a whole source.
pub(crate) fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Arc<CodeObject>, CompileError> {
    let lines = LineIndex::new(source);
    let to_err = |e: CErr, lines: &LineIndex| errors::to_compile_error(e, source, lines);
    match mode {
        Mode::Eval => {
            let parsed = match errors::parse(source, true, true) {
                Ok(p) => p,
                Err(e) => return Err(to_err(e, &lines)),
            };
            let ast::Mod::Expression(m) = parsed.syntax() else {
                return Err(to_err(
                    CErr::syntax("invalid syntax", TextRange::default()),
                    &lines,
                ));
            };
            let result = run_compiler(
                source,
                filename,
                mode,
                lines,
                |c| c.compile_eval(&m.body),
                |b| symtable::build_expr(b),
                &m.body,
            );
            finish(result, parsed, source)
        }
        Mode::Exec | Mode::Single => {
            let parsed = match errors::parse(source, false, mode == Mode::Single) {
                Ok(p) => p,
                Err(e) => return Err(to_err(e, &lines)),
            };
            let ast::Mod::Module(m) = parsed.syntax() else {
                return Err(to_err(
                    CErr::syntax("invalid syntax", TextRange::default()),
                    &lines,
                ));
            };
            let body: &[ast::Stmt] = &m.body;
            let single = match mode {
                Mode::Single => super::stmt::check_single(body, source, &lines).err(),
                _ => None,
            };
            if let Some(e) = single {
                errors::drop_deep(parsed, source.len());
                return Err(to_err(e, &lines));
            }
            let result = run_compiler(
                source,
                filename,
                mode,
                lines,
                |c| c.compile_module(body),
                symtable::build,
                body,
            );
            finish(result, parsed, source)
        }
    }
}

fn finish(
    result: Result<Arc<CodeObject>, (CErr, LineIndex)>,
    parsed: ruff_python_parser::Parsed<ast::Mod>,
    source: &str,
) -> Result<Arc<CodeObject>, CompileError> {
    match result {
        Ok(c) => Ok(c),
        Err((e, lines)) => {
            // A very deep tree could overflow the stack while being dropped.
            errors::drop_deep(parsed, source.len());
            let mut ce = errors::to_compile_error(e, source, &lines);
            ce.late = true;
            Err(ce)
        }
    }
}

fn run_compiler<'a, T: ?Sized>(
    source: &'a str,
    filename: &str,
    mode: Mode,
    lines: LineIndex,
    body: impl FnOnce(&mut Compiler<'a>) -> R<()>,
    build: impl FnOnce(&T) -> Result<SymbolTable, symtable::SymtableError>,
    tree: &T,
) -> Result<Arc<CodeObject>, (CErr, LineIndex)> {
    let st = match build(tree) {
        Ok(st) => st,
        Err(e) => {
            let ce = if e.msg.starts_with("RecursionError") {
                CErr::recursion(e.range)
            } else {
                CErr::syntax(e.msg, e.range)
            };
            return Err((ce, lines));
        }
    };
    let u = Unit::new(0, ScopeKind::Module, "<module>", 1, &st);
    let mut c = Compiler {
        src: source,
        lines,
        filename: Arc::from(filename),
        st,
        u,
        stack: Vec::new(),
        mode,
        depth: 0,
        future_annotations: false,
        fold_cache: HashMap::new(),
        block_depth: 0,
        genexp_parens: None,
    };
    // Module RESUME carries line 0 as in CPython.
    c.u.loc = Loc {
        line: 0,
        end_line: 1,
        col: 0,
        end_col: 0,
    };
    c.op_i(Opcode::RESUME, 0);
    c.unset_loc();
    match body(&mut c) {
        Ok(()) => {
            let add_none = mode != Mode::Eval;
            let code = c.pop_unit(add_none);
            Ok(code)
        }
        Err(e) => Err((e, c.lines)),
    }
}
