//! The `match` statement (PEP 634), compiled to CPython 3.11's bytecode shape: each case
//! copies the subject, its pattern consumes the copy (MATCH_SEQUENCE / MATCH_MAPPING /
//! MATCH_KEYS / MATCH_CLASS, GET_LEN checks, unpacking, comparisons), captured values stay
//! on the stack until the whole pattern has matched and are then stored, and a failed
//! check jumps to a "fail-pop" block that pops exactly what the pattern left so far.
//! Compile-time errors (unreachable patterns, differing alternative bindings, duplicate
//! names or keys) carry CPython's messages and locations.
//! <https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>

use super::assemble::BlockId;
use super::consts::constant_repr;
use super::unit::{Compiler, Ctx, R};
use crate::code::Constant;
use crate::opcode::{binop, Opcode};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

/// What one case's pattern compilation tracks (CPython's `pattern_context`).
struct PatCtx {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable (sub)pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and falls through to `fail_pop[0]` (the failure exit).
    fail_pop: Vec<BlockId>,
    /// Items above the captures that are not captures (subjects being taken apart).
    on_top: usize,
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
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.name.is_none())
}

/// `*_` (CPython's WILDCARD_STAR_CHECK).
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Python equality of two constant mapping keys (`{0: _, False: _}` repeats a key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<i128>)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0, Some(*b as i128))),
            Constant::Int(i) => Some((*i as f64, 0.0, Some(*i as i128))),
            Constant::Float(f) => Some((*f, 0.0, None)),
            Constant::Complex(r, i) => Some((*r, *i, None)),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some((_, _, Some(x))), Some((_, _, Some(y)))) => x == y,
        (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
        _ => match (a, b) {
            (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
            (Constant::Str(x), Constant::Str(y)) => x == y,
            (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            _ => false,
        },
    }
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
    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Opcode) {
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
    fn store_capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatCtx) -> R<()> {
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

    fn pattern_sub(&mut self, p: &Pattern, pc: &mut PatCtx) -> R<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> R<()> {
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

    fn pattern_sequence(&mut self, pats: &[Pattern], pc: &mut PatCtx) -> R<()> {
        let size = pats.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in pats.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.err_at_loc("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.op(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        if star.is_none() {
            self.op(Opcode::GET_LEN);
            self.load_const(Constant::Int(size as i64));
            self.op_i(Opcode::COMPARE_OP, 2);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        } else if size > 1 {
            self.op(Opcode::GET_LEN);
            self.load_const(Constant::Int(size as i64 - 1));
            self.op_i(Opcode::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        }
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[*_]`, `[_, *_]`...: nothing to take apart.
            self.op(Opcode::POP_TOP);
        } else if star_wildcard {
            self.sequence_subscr(pats, star.unwrap_or(0), pc)?;
        } else {
            self.sequence_unpack(pats, pc)?;
        }
        Ok(())
    }

    /// Unpack the whole subject, then match each item.
    fn sequence_unpack(&mut self, pats: &[Pattern], pc: &mut PatCtx) -> R<()> {
        let n = pats.len();
        match pats.iter().position(|p| matches!(p, Pattern::MatchStar(_))) {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.err_at_loc("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.op_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
            }
            None => self.op_i(Opcode::UNPACK_SEQUENCE, n as u32),
        }
        pc.on_top += n;
        for p in pats {
            pc.on_top -= 1;
            self.pattern_sub(p, pc)?;
        }
        Ok(())
    }

    /// With a `*_`, index only the items that are matched (negative positions computed
    /// from the length, since the subject may not support negative indexes).
    fn sequence_subscr(&mut self, pats: &[Pattern], star: usize, pc: &mut PatCtx) -> R<()> {
        let size = pats.len();
        pc.on_top += 1;
        for (i, p) in pats.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.op_i(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - i) as i64));
                self.op_i(Opcode::BINARY_OP, binop::SUBTRACT);
            }
            self.op(Opcode::BINARY_SUBSCR);
            self.pattern_sub(p, pc)?;
        }
        pc.on_top -= 1;
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &ast::PatternMatchMapping, pc: &mut PatCtx) -> R<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.op(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            // `{}`: any mapping matches.
            pc.on_top -= 1;
            self.op(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(Opcode::GET_LEN);
            self.load_const(Constant::Int(size as i64));
            self.op_i(Opcode::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        }
        // The keys, as a tuple for MATCH_KEYS: literals (no duplicates) or attributes.
        let mut seen: Vec<Constant> = Vec::new();
        for key in m.keys.iter() {
            match self.fold(key)? {
                Some(c) => {
                    if seen.iter().any(|s| same_key(s, &c)) {
                        return Err(self.err_at_loc(format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(&c)
                        )));
                    }
                    seen.push(c);
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.err_at_loc(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(key)?;
        }
        self.op_i(Opcode::BUILD_TUPLE, size as u32);
        self.op(Opcode::MATCH_KEYS);
        // A tuple of keys and a tuple of values (or None) now sit on the subject.
        pc.on_top += 2;
        self.op_i(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.op_i(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        self.op_i(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.pattern_sub(p, pc)?;
        }
        // Matched: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        if let Some(rest) = &m.rest {
            // rest = dict(subject); then `del rest[key]` for each key.
            self.op_i(Opcode::BUILD_MAP, 0);
            self.op_i(Opcode::SWAP, 3);
            self.op_i(Opcode::DICT_UPDATE, 2);
            self.op_i(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut k = size;
            while k > 0 {
                self.op_i(Opcode::COPY, (1 + k) as u32);
                k -= 1;
                self.op_i(Opcode::SWAP, 2);
                self.op(Opcode::DELETE_SUBSCR);
            }
            self.store_capture(Some(rest), pc)?;
        } else {
            self.op(Opcode::POP_TOP);
            self.op(Opcode::POP_TOP);
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &ast::PatternMatchClass, pc: &mut PatCtx) -> R<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        if nattrs > 0 {
            for (i, k) in args.keywords.iter().enumerate() {
                self.set_loc(k.pattern.range());
                if k.attr.as_str() == "__debug__" {
                    return Err(self.err_at_loc("cannot assign to __debug__"));
                }
                for other in &args.keywords[i + 1..] {
                    if other.attr.as_str() == k.attr.as_str() {
                        self.set_loc(other.pattern.range());
                        return Err(self.err_at_loc(format!(
                            "attribute name repeated in class pattern: {}",
                            k.attr.as_str()
                        )));
                    }
                }
            }
            self.set_loc(c.range);
        }
        self.expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.op_i(Opcode::MATCH_CLASS, nargs as u32);
        self.op_i(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.op_i(Opcode::IS_OP, 1);
        // TOS is a tuple of the nargs + nattrs attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_FORWARD_IF_FALSE);
        self.op_i(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.op(Opcode::POP_TOP);
                continue;
            }
            self.pattern_sub(p, pc)?;
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
