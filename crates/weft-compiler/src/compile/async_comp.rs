//! Whether a comprehension is asynchronous as CPython 3.11's symbol table decides it: an
//! `async for`, an `await` in its own scope, or a nested list/set/dict comprehension that is
//! itself asynchronous (a nested generator expression does not count).

use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{self as ast, Expr};

/// The comprehension with these generators, element and (for a dict) value is asynchronous.
pub(crate) fn comprehension_is_async(
    gens: &[ast::Comprehension],
    elt: &Expr,
    val: Option<&Expr>,
) -> bool {
    if gens.iter().any(|g| g.is_async) {
        return true;
    }
    let mut f = FindAsync { found: false };
    f.visit_expr(elt);
    if let Some(v) = val {
        f.visit_expr(v);
    }
    for (i, g) in gens.iter().enumerate() {
        // the first iterable is evaluated in the enclosing scope
        if i > 0 {
            f.visit_expr(&g.iter);
        }
        f.visit_expr(&g.target);
        for c in &g.ifs {
            f.visit_expr(c);
        }
    }
    f.found
}

struct FindAsync {
    found: bool,
}

impl<'a> Visitor<'a> for FindAsync {
    fn visit_expr(&mut self, e: &'a Expr) {
        if self.found {
            return;
        }
        match e {
            Expr::Await(_) => self.found = true,
            // a lambda is a scope of its own
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for d in p
                        .iter_non_variadic_params()
                        .filter_map(|p| p.default.as_deref())
                    {
                        self.visit_expr(d);
                    }
                }
            }
            Expr::ListComp(c) => self.nested(&c.generators, &c.elt, None),
            Expr::SetComp(c) => self.nested(&c.generators, &c.elt, None),
            Expr::DictComp(c) => match c.key.as_deref() {
                Some(k) => self.nested(&c.generators, k, Some(&c.value)),
                None => self.nested(&c.generators, &c.value, None),
            },
            Expr::Generator(c) => {
                if let Some(g) = c.generators.first() {
                    self.visit_expr(&g.iter);
                }
            }
            _ => walk_expr(self, e),
        }
    }
}

impl FindAsync {
    fn nested(&mut self, gens: &[ast::Comprehension], elt: &Expr, val: Option<&Expr>) {
        if comprehension_is_async(gens, elt, val) {
            self.found = true;
        } else if let Some(g) = gens.first() {
            self.visit_expr(&g.iter);
        }
    }
}
