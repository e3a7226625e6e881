//! Sequence, mapping and class patterns of the `match` statement (the parts of
//! CPython 3.11's compiler that take a subject apart): MATCH_SEQUENCE with length checks
//! and unpacking or indexing, MATCH_MAPPING/MATCH_KEYS with `**rest`, MATCH_CLASS with
//! positional and keyword sub-patterns. The statement itself is in `pattern.rs`.
//! <https://docs.python.org/3.11/reference/compound_stmts.html#patterns>

use super::consts::constant_repr;
use super::pattern::{is_star_wildcard, is_wildcard, PatCtx};
use super::unit::{Compiler, R};
use crate::code::Constant;
use crate::opcode::{binop, Opcode};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

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
    pub(super) fn pattern_sequence(&mut self, pats: &[Pattern], pc: &mut PatCtx) -> R<()> {
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

    pub(super) fn pattern_mapping(
        &mut self,
        m: &ast::PatternMatchMapping,
        pc: &mut PatCtx,
    ) -> R<()> {
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

    pub(super) fn pattern_class(&mut self, c: &ast::PatternMatchClass, pc: &mut PatCtx) -> R<()> {
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
}
