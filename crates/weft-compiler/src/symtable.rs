//! Scope analysis: decides for every name in every scope whether it is a fast local, a
//! cell, a free variable, a global or a namespace (`LOAD_NAME`) name, following
//! <https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names>.
//!
//! Two passes as CPython's symtable: the first records how each scope uses each name
//! (assigned, parameter, global, nonlocal, used); the second walks the scope tree with the
//! set of names bound by enclosing functions, turning locals that inner scopes need into
//! cells and passing free variables through intermediate scopes.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// How a name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Fast,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    Name,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_FREE_CLASS: u32 = 32;
const DEF_IMPORT: u32 = 64;
const DEF_COMP_ITER: u32 = 128;
/// An annotated name (`x: int`), for CPython's "annotated name can't be global".
const DEF_ANNOT: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sc {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance.
    order: Vec<String>,
    flags: HashMap<String, u32>,
    scopes: HashMap<String, Sc>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Class scopes whose methods use `super`/`__class__`.
    pub needs_class_cell: bool,
    /// True for scopes nested inside a function (CO_NESTED).
    pub nested: bool,
    /// Sorted cell variables (for a class, `__class__` when needed).
    pub cellvars: Vec<String>,
    /// Sorted free variables.
    pub freevars: Vec<String>,
    /// Parameters in order (the compiler appends further fast locals as it emits them).
    pub varnames: Vec<String>,
    /// The private-name mangling class for this scope (nearest enclosing class name).
    pub private: Option<String>,
    /// Where each name was first declared global/nonlocal (for error positions).
    decl_ranges: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            scopes: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            needs_class_cell: false,
            nested: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            varnames: Vec::new(),
            private: None,
            decl_ranges: HashMap::new(),
        }
    }
    fn add(&mut self, name: &str, flag: u32) -> u32 {
        match self.flags.get_mut(name) {
            Some(f) => {
                let old = *f;
                *f |= flag;
                old
            }
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
                0
            }
        }
    }
    /// How the compiler should access `name` (already mangled) in this scope.
    pub fn access(&self, name: &str) -> Access {
        let func = self.is_function_like();
        match self.scopes.get(name) {
            Some(Sc::Local) => {
                if func {
                    Access::Fast
                } else {
                    Access::Name
                }
            }
            Some(Sc::Cell) => Access::Cell,
            Some(Sc::Free) => Access::Free,
            Some(Sc::GlobalExplicit) => Access::GlobalExplicit,
            Some(Sc::GlobalImplicit) => {
                if func {
                    Access::GlobalImplicit
                } else {
                    Access::Name
                }
            }
            None => {
                if func {
                    Access::GlobalImplicit
                } else {
                    Access::Name
                }
            }
        }
    }
    /// True if the class scope binds `name` locally although methods also see it as free.
    pub fn is_free_class(&self, name: &str) -> bool {
        self.flags
            .get(name)
            .is_some_and(|f| f & DEF_FREE_CLASS != 0)
    }
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of a module; scope 0 is the module. Child scopes are looked up by the
/// address of their AST node.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// True if the module scope binds `name` by an import (CPython then avoids LOAD_METHOD
    /// for `name.attr(...)` calls).
    pub fn is_module_import(&self, name: &str) -> bool {
        self.scopes[0]
            .flags
            .get(name)
            .is_some_and(|f| f & DEF_IMPORT != 0)
    }

    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&key(node)).copied()
    }
}

/// A scope-level error (reported as SyntaxError), with a byte range.
#[derive(Debug, Clone)]
pub struct SymtableError {
    pub msg: String,
    pub range: TextRange,
}

/// Private name mangling (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    error: Option<SymtableError>,
    /// Depth inside a comprehension's iterable expression (walrus is forbidden there).
    in_comp_iter: u32,
    /// Current recursion depth (deeply nested input is reported as RecursionError).
    depth: u32,
}

pub fn build(module: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    build_with(|b| b.stmts(module))
}

/// Build the table for an expression (eval mode).
pub fn build_expr(e: &Expr) -> Result<SymbolTable, SymtableError> {
    build_with(|b| b.expr(e))
}

fn build_with(f: impl FnOnce(&mut Builder)) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
        error: None,
        in_comp_iter: 0,
        depth: 0,
    };
    f(&mut b);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    let mut free = HashSet::new();
    analyze(&mut t, 0, &HashSet::new(), &HashSet::new(), &mut free)?;
    Ok(t)
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let idx = self.scopes.len();
        let parent = &self.scopes[self.cur];
        let nested = parent.nested || parent.is_function_like();
        let private = if parent.kind == ScopeKind::Class {
            Some(parent.name.clone())
        } else {
            parent.private.clone()
        };
        let mut s = Scope::new(kind, name, Some(self.cur));
        s.nested = nested;
        s.private = private;
        self.scopes.push(s);
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(node, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur].private.as_deref(), name)
    }
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) {
        let name = self.mangled(name);
        let old = self.scope().add(&name, flag);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            self.err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
        }
    }
    fn assign(&mut self, name: &str, range: TextRange) {
        self.add_def(name, DEF_LOCAL, range);
    }
    fn use_name(&mut self, name: &str) {
        if (name == "super" || name == "__class__") && self.scopes[self.cur].is_function_like() {
            // `super()` without arguments needs the `__class__` cell.
            self.scope().add("__class__", USE);
        }
        let name = self.mangled(name);
        self.scope().add(&name, USE);
    }
    fn err(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(SymtableError { msg, range });
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
        for a in p.posonlyargs.iter().chain(&p.args) {
            self.param(&a.parameter);
        }
        for a in &p.kwonlyargs {
            self.param(&a.parameter);
        }
        if let Some(v) = &p.vararg {
            self.param(v);
        }
        if let Some(v) = &p.kwarg {
            self.param(v);
        }
    }
    fn param(&mut self, a: &ast::Parameter) {
        let name = self.mangled(a.name.as_str());
        self.scope().params.push(name.clone());
        self.add_def(a.name.as_str(), DEF_PARAM, a.range());
    }
    fn param_defaults_and_annotations(&mut self, p: &ast::Parameters, annotations: bool) {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        if !annotations {
            return;
        }
        for a in p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref())
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if self.guard(s.range()) {
            return;
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
        self.depth -= 1;
    }

    /// Enter one level; true if the input is too deeply nested.
    fn guard(&mut self, r: TextRange) -> bool {
        if self.error.is_some() {
            return true;
        }
        if self.depth >= crate::depth_limit() {
            self.err("RecursionError".into(), r);
            return true;
        }
        self.depth += 1;
        false
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults_and_annotations(&f.parameters, true);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.assign(f.name.as_str(), f.name.range);
                let prev = self.push(ScopeKind::Function, f.name.as_str(), key(f));
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.assign(c.name.as_str(), c.name.range);
                let prev = self.push(ScopeKind::Class, c.name.as_str(), key(c));
                self.stmts(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let f = self.scopes[self.cur].flags.get(&name).copied().unwrap_or(0);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && a.simple
                        && self.scopes[self.cur].kind != ScopeKind::Module
                    {
                        let which = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.err(format!("annotated name '{name}' can't be {which}"), a.range);
                    }
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if !self.scopes[self.cur].is_function_like() {
                    self.expr(&a.annotation);
                }
                match &*a.target {
                    Expr::Name(n) => {
                        if a.simple {
                            let name = self.mangled(n.id.as_str());
                            self.scope().add(&name, DEF_ANNOT);
                        }
                        if a.value.is_some() || self.scopes[self.cur].is_function_like() {
                            self.assign(n.id.as_str(), n.range);
                        } else {
                            // `x: int` at module/class level only annotates.
                            let name = self.mangled(n.id.as_str());
                            self.scope().add(&name, 0);
                        }
                    }
                    t => {
                        if a.value.is_some() {
                            self.target(t);
                        } else {
                            // Only the target's sub-expressions are evaluated.
                            match t {
                                Expr::Attribute(at) => self.expr(&at.value),
                                Expr::Subscript(sb) => {
                                    self.expr(&sb.value);
                                    self.expr(&sb.slice);
                                }
                                other => self.expr(other),
                            }
                        }
                    }
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.assign(n.as_str(), n.range);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.as_str().to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&name, DEF_IMPORT, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            self.err("import * only allowed at module level".into(), a.range);
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name).as_str().to_string();
                    self.add_def(&name, DEF_IMPORT, a.range);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    let f = self.scopes[self.cur].flags.get(&name).copied().unwrap_or(0);
                    // CPython's order of checks (an import does not count).
                    if f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if f & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if f & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if f & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        self.err(msg, g.range);
                    }
                    if f & DEF_NONLOCAL != 0 {
                        let r = self.scopes[self.cur]
                            .decl_ranges
                            .get(&name)
                            .copied()
                            .unwrap_or(g.range);
                        self.err(format!("name '{name}' is nonlocal and global"), r);
                    }
                    self.scope()
                        .decl_ranges
                        .entry(name.clone())
                        .or_insert(g.range);
                    self.scope().add(&name, DEF_GLOBAL);
                    // As CPython, a global declaration anywhere also marks the module's name.
                    self.scopes[0].add(&name, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    if self.scopes[self.cur].kind == ScopeKind::Module {
                        self.err(
                            "nonlocal declaration not allowed at module level".into(),
                            g.range,
                        );
                    }
                    let f = self.scopes[self.cur].flags.get(&name).copied().unwrap_or(0);
                    // CPython's order of checks (an import does not count).
                    if f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if f & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if f & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if f & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        self.err(msg, g.range);
                    }
                    if f & DEF_GLOBAL != 0 {
                        let r = self.scopes[self.cur]
                            .decl_ranges
                            .get(&name)
                            .copied()
                            .unwrap_or(g.range);
                        self.err(format!("name '{name}' is nonlocal and global"), r);
                    }
                    self.scope()
                        .decl_ranges
                        .entry(name.clone())
                        .or_insert(g.range);
                    self.scope().add(&name, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.assign(n.id.as_str(), n.range),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        range: TextRange,
    ) {
        let Some(first) = gens.first() else { return };
        // The first iterable is evaluated in the enclosing scope.
        self.in_comp_iter += 1;
        self.expr(&first.iter);
        self.in_comp_iter -= 1;
        let prev = self.push(ScopeKind::Comprehension, name, node);
        self.scope().params.push(".0".into());
        self.scope().add(".0", DEF_PARAM);
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.expr(&g.iter);
                self.in_comp_iter -= 1;
            }
            self.comp_target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        if name != "<genexpr>" && self.scopes[self.cur].is_generator {
            let what = match name {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                _ => "dict comprehension",
            };
            self.err(format!("'yield' inside {what}"), range);
        }
        self.cur = prev;
    }

    fn comp_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                let name = self.mangled(n.id.as_str());
                self.scope().add(&name, DEF_LOCAL | DEF_COMP_ITER);
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn named(&mut self, n: &ast::ExprNamed) {
        if self.in_comp_iter > 0 {
            self.err(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                n.range,
            );
        }
        self.expr(&n.value);
        let Expr::Name(name) = &*n.target else {
            self.target(&n.target);
            return;
        };
        let id = self.mangled(name.id.as_str());
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.assign(name.id.as_str(), name.range);
            return;
        }
        // Walrus in a comprehension binds in the nearest non-comprehension scope.
        let mut s = self.cur;
        loop {
            let sc = &self.scopes[s];
            if sc.kind != ScopeKind::Comprehension {
                break;
            }
            if sc.flags.get(&id).is_some_and(|f| f & DEF_COMP_ITER != 0) {
                self.err(
                    format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                    name.range,
                );
                return;
            }
            s = sc.parent.unwrap_or(0);
        }
        match self.scopes[s].kind {
            ScopeKind::Class => {
                self.err(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    name.range,
                );
            }
            ScopeKind::Module => {
                let mut c = self.cur;
                while self.scopes[c].kind == ScopeKind::Comprehension {
                    self.scopes[c].add(&id, DEF_GLOBAL);
                    c = self.scopes[c].parent.unwrap_or(0);
                }
                self.scopes[s].add(&id, DEF_LOCAL);
            }
            _ => {
                let mut c = self.cur;
                while self.scopes[c].kind == ScopeKind::Comprehension {
                    self.scopes[c].add(&id, DEF_NONLOCAL);
                    c = self.scopes[c].parent.unwrap_or(0);
                }
                self.scopes[s].add(&id, DEF_LOCAL);
            }
        }
    }

    /// Names a `match` pattern binds, and the expressions it evaluates (values, class
    /// names, mapping keys).
    fn pattern(&mut self, p: &ast::Pattern) {
        if self.guard(p.range()) {
            return;
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match p {
            ast::Pattern::MatchValue(v) => self.expr(&v.value),
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(s) => s.patterns.iter().for_each(|x| self.pattern(x)),
            ast::Pattern::MatchOr(o) => o.patterns.iter().for_each(|x| self.pattern(x)),
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.assign(n.as_str(), s.range);
                }
            }
            ast::Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|x| self.pattern(x));
                if let Some(n) = &m.rest {
                    self.assign(n.as_str(), m.range);
                }
            }
            ast::Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|x| self.pattern(x));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.pattern(&k.pattern));
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x);
                }
                if let Some(n) = &a.name {
                    self.assign(n.as_str(), a.range);
                }
            }
        });
        self.depth -= 1;
    }

    fn expr(&mut self, e: &Expr) {
        if self.guard(e.range()) {
            return;
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => self.named(n),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults_and_annotations(p, false);
                }
                let prev = self.push(ScopeKind::Lambda, "<lambda>", key(l));
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => {
                self.comprehension(key(c), "<listcomp>", &c.generators, &[&c.elt], c.range)
            }
            Expr::SetComp(c) => {
                self.comprehension(key(c), "<setcomp>", &c.generators, &[&c.elt], c.range)
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(key(c), "<dictcomp>", &c.generators, &elts, c.range)
            }
            Expr::Generator(c) => {
                self.comprehension(key(c), "<genexpr>", &c.generators, &[&c.elt], c.range)
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|v| self.expr(v));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.assign(n.id.as_str(), n.range),
            },
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }
}

/// Second pass (CPython's `analyze_block`): `bound` holds names bound by enclosing function
/// scopes, `global` names known to be global; names this scope needs from outside are added
/// to `free`.
fn analyze(
    t: &mut SymbolTable,
    idx: usize,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    free: &mut HashSet<String>,
) -> Result<(), SymtableError> {
    // Copied only when this scope changes them: copying per child made a function with
    // thousands of nested functions take quadratic time.
    let mut bound = Cow::Borrowed(bound);
    let mut global = Cow::Borrowed(global);
    let mut local: HashSet<String> = HashSet::new();
    let kind = t.scopes[idx].kind;
    let func = t.scopes[idx].is_function_like();
    let order = t.scopes[idx].order.clone();
    for name in &order {
        let f = t.scopes[idx].flags[name];
        let sc = if f & DEF_GLOBAL != 0 {
            if !global.contains(name) {
                global.to_mut().insert(name.clone());
            }
            if bound.contains(name) {
                bound.to_mut().remove(name);
            }
            Sc::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(SymtableError {
                    msg: format!("no binding for nonlocal '{name}' found"),
                    range: t.scopes[idx]
                        .decl_ranges
                        .get(name)
                        .copied()
                        .unwrap_or_default(),
                });
            }
            free.insert(name.clone());
            Sc::Free
        } else if f & DEF_BOUND != 0 {
            local.insert(name.clone());
            if global.contains(name) {
                global.to_mut().remove(name);
            }
            Sc::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            Sc::Free
        } else {
            Sc::GlobalImplicit
        };
        t.scopes[idx].scopes.insert(name.clone(), sc);
    }
    // Sets passed to children.
    let newbound: Cow<HashSet<String>> = if kind == ScopeKind::Class {
        let mut b = bound.clone().into_owned();
        b.insert("__class__".into());
        Cow::Owned(b)
    } else if func && !local.is_empty() {
        let mut b = bound.clone().into_owned();
        b.extend(local.iter().cloned());
        Cow::Owned(b)
    } else {
        Cow::Borrowed(&*bound)
    };
    let mut newfree: HashSet<String> = HashSet::new();
    for c in t.scopes[idx].children.clone() {
        let mut child_free = HashSet::new();
        analyze(t, c, &newbound, &global, &mut child_free)?;
        newfree.extend(child_free);
    }
    let s = &mut t.scopes[idx];
    if func {
        // Locals that children need become cells.
        for name in &order {
            if s.scopes.get(name) == Some(&Sc::Local) && newfree.contains(name) {
                s.scopes.insert(name.clone(), Sc::Cell);
                newfree.remove(name);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        s.needs_class_cell = true;
    }
    // Record free variables of children that pass through this scope.
    let mut sorted_free: Vec<String> = newfree.iter().cloned().collect();
    sorted_free.sort();
    for name in &sorted_free {
        if let Some(f) = s.flags.get_mut(name) {
            if kind == ScopeKind::Class && *f & (DEF_BOUND | DEF_GLOBAL) != 0 {
                *f |= DEF_FREE_CLASS;
            }
            continue;
        }
        if !bound.contains(name) {
            continue;
        }
        s.order.push(name.clone());
        s.flags.insert(name.clone(), 0);
        s.scopes.insert(name.clone(), Sc::Free);
    }
    free.extend(newfree);
    // Final lists.
    let mut cells: Vec<String> = s
        .scopes
        .iter()
        .filter(|(_, v)| **v == Sc::Cell)
        .map(|(k, _)| k.clone())
        .collect();
    if s.needs_class_cell {
        cells.push("__class__".into());
    }
    // CPython lists cells in frame order: parameters first (in order), then the rest sorted.
    cells.sort();
    let mut ordered: Vec<String> = s
        .params
        .iter()
        .filter(|p| cells.contains(p))
        .cloned()
        .collect();
    ordered.dedup();
    ordered.extend(cells.into_iter().filter(|c| !s.params.contains(c)));
    let cells = ordered;
    let mut frees: Vec<String> = s
        .scopes
        .iter()
        .filter(|(k, v)| {
            **v == Sc::Free || s.flags.get(*k).is_some_and(|f| f & DEF_FREE_CLASS != 0)
        })
        .map(|(k, _)| k.clone())
        .collect();
    frees.sort();
    s.cellvars = cells;
    s.freevars = frees;
    s.varnames = s.params.clone();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        let t = build(parsed.suite()).unwrap();
        // The AST is dropped here; only scope data is inspected by the tests.
        t
    }
    fn err(src: &str) -> String {
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        match build(parsed.suite()) {
            Ok(_) => String::new(),
            Err(e) => e.msg,
        }
    }

    #[test]
    fn cells_and_frees() {
        let t = table("def f(a):\n    x = 1\n    def g():\n        def h():\n            return x + a\n    return g\n");
        let f = &t.scopes[1];
        assert_eq!(f.cellvars, vec!["a", "x"]);
        assert_eq!(f.access("x"), Access::Cell);
        let g = &t.scopes[2];
        assert_eq!(g.freevars, vec!["a", "x"]);
        let h = &t.scopes[3];
        assert_eq!(h.freevars, vec!["a", "x"]);
        assert_eq!(h.access("x"), Access::Free);
    }

    #[test]
    fn globals_and_classes() {
        let t = table("x = 1\ndef f():\n    global y\n    y = x\nclass C:\n    z = 1\n    def m(self):\n        return super().m(z)\n");
        let f = &t.scopes[1];
        assert_eq!(f.access("y"), Access::GlobalExplicit);
        assert_eq!(f.access("x"), Access::GlobalImplicit);
        let c = &t.scopes[2];
        assert!(c.needs_class_cell);
        assert_eq!(c.cellvars, vec!["__class__"]);
        assert_eq!(c.access("z"), Access::Name);
        let m = &t.scopes[3];
        assert_eq!(m.freevars, vec!["__class__"]);
        assert_eq!(m.access("z"), Access::GlobalImplicit);
    }

    #[test]
    fn class_sees_function_cells() {
        let t = table("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self): return x\n");
        let c = &t.scopes[2];
        assert_eq!(c.access("x"), Access::Name);
        assert!(c.is_free_class("x"));
        assert_eq!(c.freevars, vec!["x"]);
    }

    #[test]
    fn walrus_in_comprehension() {
        let t = table("def f(xs):\n    [y := v for v in xs]\n    return y\n");
        let f = &t.scopes[1];
        assert_eq!(f.access("y"), Access::Cell);
        let comp = &t.scopes[2];
        assert_eq!(comp.access("y"), Access::Free);
        assert_eq!(comp.access("v"), Access::Fast);
        assert_eq!(comp.params, vec![".0"]);
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("def f(x):\n    global x\n"),
            "name 'x' is parameter and global"
        );
        assert_eq!(
            err("def f():\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            err("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            err("def f(x, x): pass\n"),
            "duplicate argument 'x' in function definition"
        );
        assert_eq!(
            err("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            err("[i := 1 for i in x]"),
            "assignment expression cannot rebind comprehension iteration variable 'i'"
        );
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
