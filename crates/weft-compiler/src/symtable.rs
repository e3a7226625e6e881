//! Scope analysis: decides for every name in every scope whether it is a fast local, a
//! cell, a free variable, a global or a namespace (`LOAD_NAME`) name, following
//! <https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names>.

use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::HashMap;

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

#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    assigned: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance.
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Class scopes whose methods use `super`/`__class__`.
    pub needs_class_cell: bool,
    /// Resolved accesses (filled by `resolve`).
    pub resolved: HashMap<String, Access>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub varnames: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            needs_class_cell: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            varnames: Vec::new(),
        }
    }
    fn entry(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }
    pub fn access(&self, name: &str) -> Access {
        if let Some(a) = self.resolved.get(name) {
            return *a;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Access::Name,
            _ => Access::GlobalImplicit,
        }
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

/// A scope-level error (reported as SyntaxError).
#[derive(Debug)]
pub struct SymtableError {
    pub msg: String,
    pub offset: u32,
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    error: Option<SymtableError>,
}

pub fn build(module: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
        error: None,
    };
    b.stmts(module);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut t)?;
    Ok(t)
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(node, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn assign(&mut self, name: &str) {
        self.scope().entry(name).assigned = true;
    }
    fn use_name(&mut self, name: &str) {
        if name == "super" && self.scopes[self.cur].is_function_like() {
            // `super()` without arguments needs the `__class__` cell.
            self.scope().entry("__class__").used = true;
        }
        self.scope().entry(name).used = true;
    }
    fn err(&mut self, msg: String, offset: u32) {
        if self.error.is_none() {
            self.error = Some(SymtableError { msg, offset });
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(&p.args) {
            self.param(a.parameter.name.as_str());
        }
        if let Some(v) = &p.vararg {
            self.param(v.name.as_str());
        }
        for a in &p.kwonlyargs {
            self.param(a.parameter.name.as_str());
        }
        if let Some(v) = &p.kwarg {
            self.param(v.name.as_str());
        }
    }
    fn param(&mut self, name: &str) {
        let s = self.scope();
        s.params.push(name.to_string());
        let f = s.entry(name);
        f.param = true;
        f.assigned = true;
    }
    fn param_defaults_and_annotations(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        for a in p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref())
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        use ruff_text_size::Ranged;
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults_and_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.assign(f.name.as_str());
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
                self.assign(c.name.as_str());
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
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if !self.scopes[self.cur].is_function_like() {
                    self.expr(&a.annotation);
                }
                if let Expr::Name(n) = &*a.target {
                    if a.value.is_some() || self.scopes[self.cur].is_function_like() {
                        self.assign(n.id.as_str());
                    }
                } else {
                    self.target(&a.target);
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
                        self.assign(n.as_str());
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
                        None => a.name.as_str().split('.').next().unwrap().to_string(),
                    };
                    self.assign(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            self.err(
                                "import * only allowed at module level".into(),
                                s.range().start().into(),
                            );
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name).as_str().to_string();
                    self.assign(&name);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    let f = *self.scope().entry(name);
                    if f.used || f.assigned {
                        let what = if f.assigned { "assigned to" } else { "used" };
                        self.err(
                            format!("name '{name}' is {what} before global declaration"),
                            s.range().start().into(),
                        );
                    }
                    self.scope().entry(name).global = true;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    if self.scopes[self.cur].kind == ScopeKind::Module {
                        self.err(
                            "nonlocal declaration not allowed at module level".into(),
                            s.range().start().into(),
                        );
                    }
                    let f = *self.scope().entry(name);
                    if f.used || f.assigned {
                        let what = if f.assigned { "assigned to" } else { "used" };
                        self.err(
                            format!("name '{name}' is {what} before nonlocal declaration"),
                            s.range().start().into(),
                        );
                    }
                    self.scope().entry(name).nonlocal = true;
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.assign(n.id.as_str()),
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

    fn comprehension(&mut self, node: usize, name: &str, gens: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter);
        let prev = self.push(ScopeKind::Comprehension, name, node);
        self.param(".0");
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                // Walrus in a comprehension binds in the nearest function/module scope.
                if let Expr::Name(name) = &*n.target {
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        let name = name.id.as_str();
                        self.scopes[s].entry(name).nonlocal = true;
                        s = self.scopes[s].parent.unwrap();
                    }
                    let saved = self.cur;
                    self.cur = s;
                    self.assign(name.id.as_str());
                    self.cur = saved;
                } else {
                    self.target(&n.target);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults_and_annotations(p);
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
            Expr::ListComp(c) => self.comprehension(key(c), "<listcomp>", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(key(c), "<setcomp>", &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(key(c), "<dictcomp>", &c.generators, &elts)
            }
            Expr::Generator(c) => self.comprehension(key(c), "<genexpr>", &c.generators, &[&c.elt]),
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
                c.arguments.keywords.iter().for_each(|k| self.expr(&k.value));
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
                _ => self.assign(n.id.as_str()),
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

/// Second pass: decide each name's access, top-down, then propagate free variables
/// bottom-up so that intermediate scopes pass cells through.
fn resolve(t: &mut SymbolTable) -> Result<(), SymtableError> {
    // Bottom-up: compute for each scope which names it needs from enclosing scopes.
    fn visit(t: &mut SymbolTable, idx: usize) -> Result<Vec<String>, SymtableError> {
        let children = t.scopes[idx].children.clone();
        let mut child_needs: Vec<String> = Vec::new();
        for c in children {
            for n in visit(t, c)? {
                if !child_needs.contains(&n) {
                    child_needs.push(n);
                }
            }
        }
        let s = &mut t.scopes[idx];
        let mut needs = Vec::new();
        let func = s.is_function_like();
        let order = s.order.clone();
        for name in &order {
            let f = s.flags[name];
            let acc = if f.global {
                Access::GlobalExplicit
            } else if f.nonlocal {
                needs.push(name.clone());
                Access::Free
            } else if func && f.assigned {
                Access::Fast
            } else if s.kind == ScopeKind::Class && f.assigned {
                Access::Name
            } else if func && name == "__class__" {
                needs.push(name.clone());
                Access::Free
            } else if func {
                // Used but not bound: free if some enclosing function binds it (decided by
                // the parent below), else global.
                needs.push(name.clone());
                Access::GlobalImplicit
            } else {
                Access::Name
            };
            s.resolved.insert(name.clone(), acc);
        }
        // Names children need: if bound here (function scope), they become cells;
        // otherwise pass them upward.
        for n in child_needs {
            let cur = s.resolved.get(&n).copied();
            match (s.kind, cur) {
                (ScopeKind::Class, _) if n == "__class__" => {
                    s.needs_class_cell = true;
                }
                (_, Some(Access::Fast)) if func => {
                    s.resolved.insert(n.clone(), Access::Cell);
                }
                (_, Some(Access::Cell)) => {}
                (_, Some(Access::Free)) => {
                    if !needs.contains(&n) {
                        needs.push(n);
                    }
                }
                (_, Some(Access::GlobalExplicit)) => {}
                (ScopeKind::Module, _) => {}
                (ScopeKind::Class, _) => {
                    if !needs.contains(&n) {
                        needs.push(n);
                    }
                }
                _ => {
                    if !needs.contains(&n) {
                        needs.push(n);
                    }
                }
            }
        }
        Ok(needs)
    }
    visit(t, 0)?;
    // Top-down: a name a function needs is free only if an enclosing function scope
    // provides it as a cell (or free); otherwise it is global.
    fn fix(t: &mut SymbolTable, idx: usize, enclosing: &Vec<String>) -> Result<(), SymtableError> {
        let s = &mut t.scopes[idx];
        let names: Vec<String> = s.resolved.keys().cloned().collect();
        let mut free_here = Vec::new();
        for n in names {
            let acc = s.resolved[&n];
            let flags = s.flags.get(&n).copied().unwrap_or_default();
            if matches!(acc, Access::GlobalImplicit | Access::Free) {
                if enclosing.contains(&n) {
                    s.resolved.insert(n.clone(), Access::Free);
                    free_here.push(n.clone());
                } else if flags.nonlocal {
                    return Err(SymtableError {
                        msg: format!("no binding for nonlocal '{n}' found"),
                        offset: 0,
                    });
                } else {
                    s.resolved.insert(n.clone(), Access::GlobalImplicit);
                }
            }
        }
        // Class scopes can see enclosing function cells for names they only read.
        if s.kind == ScopeKind::Class {
            for n in s.order.clone() {
                if s.resolved.get(&n) == Some(&Access::Name)
                    && !s.flags[&n].assigned
                    && enclosing.contains(&n)
                {
                    free_here.push(n.clone());
                    s.resolved.insert(n, Access::Free);
                }
            }
        }
        let mut inner: Vec<String> = if s.is_function_like() {
            enclosing.clone()
        } else {
            enclosing.clone()
        };
        for (n, a) in &s.resolved {
            if matches!(a, Access::Cell) && !inner.contains(n) {
                inner.push(n.clone());
            }
        }
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            inner.push("__class__".into());
        }
        // Names bound locally in a function shadow outer cells for children.
        if s.is_function_like() {
            inner.retain(|n| {
                !matches!(s.resolved.get(n), Some(Access::Fast) | Some(Access::GlobalExplicit))
                    || matches!(s.resolved.get(n), Some(Access::Cell))
            });
        }
        if s.kind == ScopeKind::Module {
            inner.clear();
        }
        // Final lists.
        let mut cells: Vec<String> = s
            .resolved
            .iter()
            .filter(|(_, a)| **a == Access::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            cells.push("__class__".into());
        }
        cells.sort();
        free_here.sort();
        free_here.dedup();
        s.cellvars = cells;
        // Free variables also include names children need that pass through this scope.
        s.freevars = free_here;
        let mut varnames = s.params.clone();
        if s.is_function_like() {
            for n in &s.order {
                if matches!(s.resolved.get(n), Some(Access::Fast) | Some(Access::Cell))
                    && !varnames.contains(n)
                    && !(s.resolved.get(n) == Some(&Access::Cell) && !s.params.contains(n))
                {
                    varnames.push(n.clone());
                }
            }
        }
        s.varnames = varnames;
        let children = s.children.clone();
        for c in children {
            fix(t, c, &inner)?;
        }
        Ok(())
    }
    fix(t, 0, &Vec::new())?;
    // Pass-through: a scope that does not use a name its descendant needs as free must
    // still list it in freevars so the closure can be built.
    fn passthrough(t: &mut SymbolTable, idx: usize) -> Vec<String> {
        let children = t.scopes[idx].children.clone();
        let mut needed = Vec::new();
        for c in children {
            for n in passthrough(t, c) {
                if !needed.contains(&n) {
                    needed.push(n);
                }
            }
        }
        let s = &mut t.scopes[idx];
        let mut out = Vec::new();
        for n in needed {
            if s.cellvars.contains(&n) {
                continue;
            }
            if s.kind == ScopeKind::Module {
                continue;
            }
            if !s.freevars.contains(&n) {
                s.freevars.push(n.clone());
                s.freevars.sort();
                if s.kind != ScopeKind::Class || n != "__class__" {
                    s.resolved.entry(n.clone()).or_insert(Access::Free);
                }
            }
            out.push(n);
        }
        for f in &s.freevars {
            if !out.contains(f) {
                out.push(f.clone());
            }
        }
        out
    }
    passthrough(t, 0);
    Ok(())
}
