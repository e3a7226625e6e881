//! Literals and constant folding (CPython 3.11's AST optimizer as far as it is visible in
//! bytecode: unary/binary operators on constants with CPython's size limits, constant
//! tuples, `__debug__`), big-integer literal conversion and Python-style `repr` of constants.

use crate::code::Constant;
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};
use std::sync::Arc;

/// The constant value of a literal expression (no folding).
pub(crate) fn literal(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_constant(i),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(Arc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        _ => return None,
    })
}

fn int_constant(i: &ast::Int) -> Constant {
    if let Some(v) = i.as_i64() {
        return Constant::Int(v);
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower.clone(), 10)
    };
    if radix == 10 {
        let t = digits.trim_start_matches('0');
        return Constant::BigInt(if t.is_empty() {
            "0".into()
        } else {
            t.to_string()
        });
    }
    Constant::BigInt(radix_to_decimal(&digits, radix))
}

/// Convert digits in `radix` to a decimal string (schoolbook, base 10^9 limbs).
pub(crate) fn radix_to_decimal(digits: &str, radix: u32) -> String {
    let mut limbs: Vec<u64> = vec![0]; // little-endian base 1e9
    for ch in digits.chars() {
        let Some(d) = ch.to_digit(radix) else {
            continue;
        };
        let mut carry = d as u64;
        for l in limbs.iter_mut() {
            let v = *l * radix as u64 + carry;
            *l = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    let mut s = limbs.last().copied().unwrap_or(0).to_string();
    for l in limbs.iter().rev().skip(1) {
        s.push_str(&format!("{l:09}"));
    }
    s
}

fn from_i128(v: i128) -> Option<Constant> {
    if let Ok(x) = i64::try_from(v) {
        return Some(Constant::Int(x));
    }
    // CPython limits folded ints to 128 bits.
    Some(Constant::BigInt(v.to_string()))
}

fn as_i128(c: &Constant) -> Option<i128> {
    match c {
        Constant::Int(i) => Some(*i as i128),
        Constant::Bool(b) => Some(*b as i128),
        Constant::BigInt(s) => s.parse::<i128>().ok(),
        _ => None,
    }
}

fn as_f64(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) => Some(*i as f64),
        Constant::Bool(b) => Some(*b as i64 as f64),
        Constant::BigInt(s) => s.parse::<f64>().ok(),
        _ => None,
    }
}

fn is_intlike(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_) | Constant::Bool(_) | Constant::BigInt(_)
    )
}

pub(crate) fn truth(c: &Constant) -> Option<bool> {
    super::assemble::const_truth(c)
}

pub(crate) fn fold_unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => truth(v).map(|t| Constant::Bool(!t)),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex(a, b) => Some(Constant::Complex(-a, -b)),
            Constant::BigInt(s) => Some(Constant::BigInt(match s.strip_prefix('-') {
                Some(p) => p.to_string(),
                None => format!("-{s}"),
            })),
            c if is_intlike(c) => from_i128(-as_i128(c)?),
            _ => None,
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex(..) | Constant::Int(_) | Constant::BigInt(_) => {
                Some(v.clone())
            }
            Constant::Bool(b) => Some(Constant::Int(*b as i64)),
            _ => None,
        },
        UnaryOp::Invert => match v {
            c if is_intlike(c) => from_i128(!as_i128(c)?),
            _ => None,
        },
    }
}

const MAX_INT_BITS: u32 = 128;
const MAX_COLLECTION: usize = 256;
const MAX_STR: usize = 4096;

fn bits(v: i128) -> u32 {
    128 - v.unsigned_abs().leading_zeros()
}

fn py_floordiv(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn py_mod(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

fn fold_int(op: Operator, a: i128, b: i128) -> Option<Constant> {
    let r = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv => py_floordiv(a, b)?,
        Operator::Mod => py_mod(a, b)?,
        Operator::Div => {
            // Exact only while both operands are exact floats; larger ones are left to the
            // runtime's correctly rounded int division.
            if b == 0 || a.unsigned_abs() >= 1 << 53 || b.unsigned_abs() >= 1 << 53 {
                return None;
            }
            return Some(Constant::Float(a as f64 / b as f64));
        }
        Operator::Pow => {
            if b < 0 {
                if a == 0 {
                    return None;
                }
                return Some(Constant::Float((a as f64).powf(b as f64)));
            }
            if a != 0 && b > 0 && (bits(a) as i128) * b > MAX_INT_BITS as i128 {
                return None;
            }
            let e = u32::try_from(b).ok()?;
            a.checked_pow(e)?
        }
        Operator::LShift => {
            if b < 0 {
                return None;
            }
            if a != 0 && (bits(a) as i128 + b) > MAX_INT_BITS as i128 - 2 {
                return None;
            }
            if a == 0 {
                0
            } else {
                a.checked_shl(u32::try_from(b).ok()?)?
            }
        }
        Operator::RShift => {
            if b < 0 {
                return None;
            }
            if b >= 127 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    from_i128(r)
}

fn py_fmod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

fn fold_float(op: Operator, a: f64, b: f64) -> Option<Constant> {
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv => {
            if b == 0.0 {
                return None;
            }
            let m = py_fmod(a, b);
            let d = ((a - m) / b).round();
            if d == 0.0 {
                0.0f64.copysign(a / b)
            } else {
                d
            }
        }
        Operator::Mod => {
            if b == 0.0 {
                return None;
            }
            py_fmod(a, b)
        }
        Operator::Pow => {
            if a == 0.0 && b < 0.0 {
                return None;
            }
            if a < 0.0 && b.fract() != 0.0 {
                return None;
            }
            a.powf(b)
        }
        _ => return None,
    };
    if !r.is_finite() && a.is_finite() && b.is_finite() {
        return None; // OverflowError at run time
    }
    Some(Constant::Float(r))
}

fn repeat_count(c: &Constant) -> Option<i128> {
    if is_intlike(c) {
        // A count that is not index-sized is left to run time (OverflowError there), as
        // CPython's optimizer drops the fold when the multiplication fails.
        as_i128(c).filter(|n| i64::try_from(*n).is_ok())
    } else {
        None
    }
}

pub(crate) fn fold_binary(op: Operator, a: &Constant, b: &Constant) -> Option<Constant> {
    // bool & | ^ bool stays a bool.
    if let (Constant::Bool(x), Constant::Bool(y)) = (a, b) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*x & *y)),
            Operator::BitOr => return Some(Constant::Bool(*x | *y)),
            Operator::BitXor => return Some(Constant::Bool(*x ^ *y)),
            _ => {}
        }
    }
    if is_intlike(a) && is_intlike(b) {
        return fold_int(op, as_i128(a)?, as_i128(b)?);
    }
    match (a, b) {
        (Constant::Complex(..), _) | (_, Constant::Complex(..)) => {
            let to_c = |c: &Constant| match c {
                Constant::Complex(x, y) => Some((*x, *y)),
                other => as_f64(other).map(|f| (f, 0.0)),
            };
            let (ar, ai) = to_c(a)?;
            let (br, bi) = to_c(b)?;
            match op {
                Operator::Add => Some(Constant::Complex(ar + br, ai + bi)),
                Operator::Sub => Some(Constant::Complex(ar - br, ai - bi)),
                Operator::Mult => Some(Constant::Complex(ar * br - ai * bi, ar * bi + ai * br)),
                _ => None,
            }
        }
        (Constant::Float(_), _) | (_, Constant::Float(_)) => {
            let (x, y) = (as_f64(a)?, as_f64(b)?);
            if !matches!(
                a,
                Constant::Float(_) | Constant::Int(_) | Constant::Bool(_) | Constant::BigInt(_)
            ) || !matches!(
                b,
                Constant::Float(_) | Constant::Int(_) | Constant::Bool(_) | Constant::BigInt(_)
            ) {
                return None;
            }
            fold_float(op, x, y)
        }
        (Constant::Str(x), Constant::Str(y)) if op == Operator::Add => {
            if x.chars().count() + y.chars().count() > MAX_STR {
                return None;
            }
            Some(Constant::Str(Arc::from(format!("{x}{y}").as_str())))
        }
        (Constant::Bytes(x), Constant::Bytes(y)) if op == Operator::Add => {
            if x.len() + y.len() > MAX_STR {
                return None;
            }
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Some(Constant::Bytes(v.into()))
        }
        (Constant::Tuple(x), Constant::Tuple(y)) if op == Operator::Add => {
            if x.len() + y.len() > MAX_COLLECTION {
                return None;
            }
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            Some(Constant::Tuple(v))
        }
        (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), n) if op == Operator::Mult => {
            repeat(a, repeat_count(n)?)
        }
        (n, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) if op == Operator::Mult => {
            repeat(b, repeat_count(n)?)
        }
        (Constant::Str(_) | Constant::Bytes(_), _) if op == Operator::Mod => None,
        _ => None,
    }
}

fn repeat(seq: &Constant, n: i128) -> Option<Constant> {
    let n = n.max(0) as usize;
    match seq {
        Constant::Str(s) => {
            if n > 0 && s.chars().count().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(Constant::Str(Arc::from(s.repeat(n).as_str())))
        }
        Constant::Bytes(b) => {
            if n > 0 && b.len().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(Constant::Bytes(b.repeat(n).into()))
        }
        Constant::Tuple(t) => {
            if n > 0 && t.len().checked_mul(n)? > MAX_COLLECTION {
                return None;
            }
            let mut v = Vec::new();
            if t.is_empty() {
                return Some(Constant::Tuple(v));
            }
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v))
        }
        _ => None,
    }
}

/// Fold a subscript of constants (`"abc"[1]`, `(1, 2)[0]`).
pub(crate) fn fold_subscript(v: &Constant, idx: &Constant) -> Option<Constant> {
    let i = match idx {
        Constant::Int(i) => *i,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let norm = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j as usize >= len {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let j = norm(chars.len())?;
            Some(Constant::Str(Arc::from(chars[j].to_string().as_str())))
        }
        Constant::Bytes(b) => Some(Constant::Int(b[norm(b.len())?] as i64)),
        Constant::Tuple(t) => Some(t[norm(t.len())?].clone()),
        _ => None,
    }
}

// ---- repr ----------------------------------------------------------------------------

/// Python's `repr` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(re, im) => {
            let imag = |f: f64| {
                let r = float_repr(f);
                r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
            };
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", imag(*im))
            } else {
                let sign = if *im < 0.0 || (*im == 0.0 && im.is_sign_negative()) {
                    "-"
                } else {
                    "+"
                };
                format!("({}{}{}j)", imag(*re), sign, imag(im.abs()))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(t) => {
            let v: Vec<String> = t.iter().map(constant_repr).collect();
            if v.len() == 1 {
                format!("({},)", v[0])
            } else {
                format!("({})", v.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            if t.is_empty() {
                "frozenset()".into()
            } else {
                // Sorted by repr so listings are stable (Python's order depends on hashing).
                let mut v: Vec<String> = t.iter().map(constant_repr).collect();
                v.sort();
                format!("frozenset({{{}}})", v.join(", "))
            }
        }
        Constant::Code(co) => format!("<code object {}>", co.name),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// The shortest decimal digits that read back as `f` (finite, positive) and the
/// decimal exponent of the first one, as CPython's `repr` chooses them: when two
/// strings of that length are equally near `f` (its exact value ends in a 5 just past
/// them), the one with the even last digit, where Rust's formatter takes the larger.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = digits.len();
    if digits.as_bytes()[n - 1].is_multiple_of(2) {
        return (digits, exp);
    }
    // A tie also needs the even string one below to read back as `f`: when it does not
    // (nearly always), no exact expansion is needed (the checks below cost a
    // `repr(1.2345)` ten thousand instructions, in the formatter's bignum fallback).
    let mut below = digits.clone().into_bytes();
    below[n - 1] -= 1;
    let below = format!(
        "{}.{}e{}",
        below[0] as char,
        std::str::from_utf8(&below[1..])
            .ok()
            .filter(|s| !s.is_empty())
            .unwrap_or("0"),
        exp
    );
    if below.parse::<f64>() != Ok(f) {
        return (digits, exp);
    }
    // A tie needs f's exact expansion to stop at digit n + 1 with a 5: check with a
    // few more digits, then with all of them (an f64 has at most 767).
    let exact = |prec: usize| -> String {
        let s = format!("{:.*e}", prec, f);
        let m = s.split_once('e').map_or(s.as_str(), |(m, _)| m);
        m.chars().filter(|c| c.is_ascii_digit()).collect()
    };
    let is_tie =
        |d: &str| d.len() > n && d.as_bytes()[n] == b'5' && d[n + 1..].bytes().all(|b| b == b'0');
    if !is_tie(&exact(n + 24)) || !is_tie(&exact(800)) {
        return (digits, exp);
    }
    let full = exact(n + 24);
    let below = &full[..n];
    if below.as_bytes()[n - 1] % 2 != 0 || below == digits {
        return (digits, exp);
    }
    let cand = format!("{}.{}e{}", &below[..1], &below[1..], exp);
    if cand.parse::<f64>() == Ok(f) {
        let trimmed = below.trim_end_matches('0');
        let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
        return (trimmed.to_string(), exp);
    }
    (digits, exp)
}

/// Python's float repr (shortest round-trip digits, scientific outside 1e-4..1e16).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest_digits(f.abs());
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let s = if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!(
                    "{}.{}",
                    &digits[..int_len as usize],
                    &digits[int_len as usize..]
                )
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 {
            format!("-{:02}", -exp)
        } else {
            format!("+{exp:02}")
        };
        format!("{sign}{m}e{es}")
    }
}

fn printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if (0x80..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if (0xd800..0xe000).contains(&u) || (0xe000..0xf900).contains(&u) {
        return false;
    }
    if matches!(u, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff) {
        return false;
    }
    if u >= 0xf0000 || (0xe0000..0xe1000).contains(&u) {
        return false;
    }
    !(c.is_whitespace() && c != ' ')
}

/// Python's str repr.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's bytes repr.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(-2.5e300), "-2.5e+300");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb\x01"), "'a\\nb\\x01'");
        assert_eq!(bytes_repr(b"a\xff'"), "b\"a\\xff'\"");
        assert_eq!(constant_repr(&Constant::Complex(1.0, 2.0)), "(1+2j)");
        assert_eq!(constant_repr(&Constant::Complex(0.0, 2.0)), "2j");
        assert_eq!(
            constant_repr(&Constant::Tuple(vec![Constant::Int(1)])),
            "(1,)"
        );
    }

    #[test]
    fn big_ints() {
        assert_eq!(
            radix_to_decimal("ffffffffffffffffff", 16),
            "4722366482869645213695"
        );
        assert_eq!(radix_to_decimal("0", 16), "0");
    }

    #[test]
    fn folding() {
        let i = |v| Constant::Int(v);
        assert_eq!(fold_binary(Operator::Add, &i(1), &i(2)), Some(i(3)));
        assert_eq!(fold_binary(Operator::FloorDiv, &i(-7), &i(2)), Some(i(-4)));
        assert_eq!(fold_binary(Operator::Mod, &i(-7), &i(2)), Some(i(1)));
        assert_eq!(fold_binary(Operator::Div, &i(1), &i(0)), None);
        assert_eq!(fold_binary(Operator::Pow, &i(2), &i(100)), None);
        assert_eq!(
            fold_binary(Operator::Pow, &i(3), &i(40)),
            Some(Constant::BigInt("12157665459056928801".into()))
        );
        assert_eq!(fold_binary(Operator::Pow, &i(2), &i(200)), None);
        assert_eq!(fold_unary(UnaryOp::USub, &i(1)), Some(i(-1)));
    }
}
