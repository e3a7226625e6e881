//! f-strings (FORMAT_VALUE/BUILD_STRING, nested format specs, `!r/!s/!a`, `=`), implicit
//! concatenation with plain strings, and CPython 3.11's rewrite of `'%s' % (a, b)` into
//! the same form.

use super::unit::{Compiler, R};
use crate::code::Constant;
use crate::opcode::Opcode;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::sync::Arc;

use super::expr::STACK_USE_GUARD;

impl<'a> Compiler<'a> {
    /// CPython 3.11 compiles `'...%s...' % (a, b)` like an f-string when the format only
    /// uses `%s`/`%r`/`%a` with optional width/precision. Returns false if not applicable.
    pub(crate) fn percent_format(&mut self, b: &ast::ExprBinOp) -> R<bool> {
        let Expr::Tuple(t) = &*b.right else {
            return Ok(false);
        };
        if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) || self.fold(&b.right)?.is_some() {
            return Ok(false);
        }
        let Some(Constant::Str(fmt)) = self.fold(&b.left)? else {
            return Ok(false);
        };
        let Some(pieces) = parse_percent(&fmt, t.elts.len()) else {
            return Ok(false);
        };
        let mut parts: Vec<FPart> = Vec::new();
        let mut k = 0;
        for p in pieces {
            match p {
                Percent::Lit(s) => parts.push(FPart::NoLineLit(s)),
                Percent::Arg(conv, spec) => {
                    parts.push(FPart::Percent(&t.elts[k], conv, spec));
                    k += 1;
                }
            }
        }
        self.joined(&parts)?;
        Ok(true)
    }

    pub(crate) fn fstring(&mut self, f: &ast::ExprFString) -> R<()> {
        // Flatten into CPython's JoinedStr values: merged literal runs and formatted values.
        let mut parts: Vec<FPart> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_lit(&mut parts, &s.value),
                ast::FStringPart::FString(fs) => collect_elements(&fs.elements, &mut parts),
            }
        }
        self.joined(&parts)
    }

    fn joined(&mut self, parts: &[FPart]) -> R<()> {
        if parts.len() > STACK_USE_GUARD {
            self.load_const(Constant::Str(Arc::from("")));
            self.op_name_raw(Opcode::LOAD_METHOD, "join");
            self.op_i(Opcode::BUILD_LIST, 0);
            for p in parts {
                self.fpart(p)?;
                self.op_i(Opcode::LIST_APPEND, 1);
            }
            self.op_i(Opcode::PRECALL, 1);
            self.op_i(Opcode::CALL, 1);
            return Ok(());
        }
        for p in parts {
            self.fpart(p)?;
        }
        if parts.len() != 1 {
            self.op_i(Opcode::BUILD_STRING, parts.len() as u32);
        }
        Ok(())
    }

    fn fpart(&mut self, p: &FPart) -> R<()> {
        match p {
            FPart::Lit(s) => {
                self.load_const(Constant::Str(Arc::from(s.as_str())));
                Ok(())
            }
            FPart::NoLineLit(s) => {
                let old = self.u.loc;
                self.unset_loc();
                self.load_const(Constant::Str(Arc::from(s.as_str())));
                self.u.loc = old;
                Ok(())
            }
            FPart::Percent(e, conv, spec) => {
                // Nodes synthesized by CPython's optimizer: the value's location for the
                // FORMAT_VALUE, none for constants.
                let old = self.u.loc;
                self.set_loc(e.range());
                self.expr(e)?;
                let mut arg = *conv;
                if let Some(sp) = spec {
                    let l = self.u.loc;
                    self.unset_loc();
                    self.load_const(Constant::Str(Arc::from(sp.as_str())));
                    self.u.loc = l;
                    arg |= 4;
                }
                self.op_i(Opcode::FORMAT_VALUE, arg);
                self.u.loc = old;
                Ok(())
            }
            FPart::Value(el) => {
                self.expr(&el.expression)?;
                let mut arg = match el.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                if arg == 0 && el.debug_text.is_some() && el.format_spec.is_none() {
                    arg = 2;
                }
                if let Some(spec) = &el.format_spec {
                    let mut sp = Vec::new();
                    collect_elements(&spec.elements, &mut sp);
                    let old = self.u.loc;
                    self.set_loc(spec.range);
                    self.joined(&sp)?;
                    self.u.loc = old;
                    arg |= 4;
                }
                self.op_i(Opcode::FORMAT_VALUE, arg);
                Ok(())
            }
        }
    }
}

/// One element of a flattened f-string.
/// One element of a flattened f-string.
pub(crate) enum FPart<'e> {
    Lit(String),
    Value(&'e ast::InterpolatedElement),
    /// A literal without a source location (from a `%` format).
    NoLineLit(String),
    /// From a `%` format: value, conversion (1 s, 2 r, 3 a), format spec.
    Percent(&'e Expr, u32, Option<String>),
}

enum Percent {
    Lit(String),
    Arg(u32, Option<String>),
}

/// Split a `%` format string into literals and simple `%s`/`%r`/`%a` units; None if any
/// unit is unsupported or the counts do not match `nargs`.
fn parse_percent(fmt: &str, nargs: usize) -> Option<Vec<Percent>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut cnt = 0;
    loop {
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] == '%' {
                if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                    lit.push('%');
                    pos += 2;
                    continue;
                }
                break;
            }
            lit.push(chars[pos]);
            pos += 1;
        }
        if !lit.is_empty() {
            out.push(Percent::Lit(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= nargs {
            return None;
        }
        pos += 1; // '%'
        let mut next = || -> Option<char> {
            let c = chars.get(pos).copied();
            pos += 1;
            c
        };
        let mut ch = next()?;
        let mut ljust = false;
        loop {
            match ch {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => return None,
                _ => break,
            }
            ch = next()?;
        }
        let mut width: Option<u32> = None;
        while ch.is_ascii_digit() {
            width = Some(
                width
                    .unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(ch as u32 - '0' as u32)?,
            );
            ch = next()?;
        }
        let mut prec: Option<u32> = None;
        if ch == '.' {
            ch = next()?;
            prec = Some(0);
            while ch.is_ascii_digit() {
                prec = Some(
                    prec.unwrap_or(0)
                        .checked_mul(10)?
                        .checked_add(ch as u32 - '0' as u32)?,
                );
                ch = next()?;
            }
        }
        let conv = match ch {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        let mut spec = String::new();
        if let Some(w) = width {
            if !ljust && w > 0 {
                spec.push('>');
            }
            spec.push_str(&w.to_string());
        }
        if let Some(p) = prec {
            spec.push_str(&format!(".{p}"));
        }
        out.push(Percent::Arg(
            conv,
            if spec.is_empty() { None } else { Some(spec) },
        ));
        cnt += 1;
    }
    if cnt < nargs {
        return None;
    }
    Some(out)
}

fn push_lit(parts: &mut Vec<FPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(l)) = parts.last_mut() {
        l.push_str(s);
    } else {
        parts.push(FPart::Lit(s.to_string()));
    }
}

fn collect_elements<'e>(els: &'e ast::InterpolatedStringElements, parts: &mut Vec<FPart<'e>>) {
    for el in els.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(parts, d.as_str());
                }
                parts.push(FPart::Value(i));
            }
        }
    }
}
