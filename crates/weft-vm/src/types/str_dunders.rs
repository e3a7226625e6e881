//! The `str` dunders: concatenation, repetition, `%`, `in`, indexing and slicing by code
//! point, iteration, length, hashing, rich comparison, `str`/`repr`/`format`
//! (<https://docs.python.org/3.11/library/stdtypes.html#text-sequence-type-str>).

use crate::payload::Payload;
use crate::types::function::NativeFn;
use crate::types::str_methods::{
    defer_to, exact, is_builtin_seq, new_str_len, not_implemented, pystr, repeat_count,
};
use crate::types::text::{self, index_arg, pos_only, Kw};
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple_of, PyResult};

/// `a + b` and `a % b` for an exact `str` on the left, without the dunder dispatch:
/// `str + str` when `b` is an exact str, and `str % x` unless `x` is a str subclass
/// (whose reflected `__rmod__` would come first). None when neither applies.
#[inline]
pub fn fast_binary(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    use weft_compiler::opcode::binop;
    let Value::Obj(x) = a else { return Ok(None) };
    let Payload::Str(sa) = &x.payload else {
        return Ok(None);
    };
    let str_t = &types().str;
    if !x.class.ptr_eq(str_t) {
        return Ok(None);
    }
    match op {
        binop::ADD => match b {
            Value::Obj(y) if y.class.ptr_eq(str_t) => {
                let Payload::Str(sb) = &y.payload else {
                    return Ok(None);
                };
                Ok(Some(concat(sa, sb, a, b)))
            }
            _ => Ok(None),
        },
        // `s * n` for an int `n` (a subclass of int may define `__rmul__`: the general way).
        binop::MULTIPLY if matches!(b, Value::Int(_)) => {
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(None);
            };
            repeat(vm, a, sa, n as usize).map(Some)
        }
        binop::REMAINDER => {
            if let Value::Obj(y) = b {
                if matches!(y.payload, Payload::Str(_)) && !y.class.ptr_eq(str_t) {
                    return Ok(None);
                }
            }
            Ok(Some(crate::types::strformat::percent_format_value(
                vm,
                sa.as_str(),
                b,
            )?))
        }
        _ => Ok(None),
    }
}

/// `a + b` for two strs (`av`/`bv` their values, returned as is when the other is empty
/// and they are exact strs).
fn concat(a: &crate::payload::PyStr, b: &crate::payload::PyStr, av: &Value, bv: &Value) -> Value {
    let exact = |v: &Value| matches!(v, Value::Obj(o) if o.class.ptr_eq(&types().str));
    if b.as_str().is_empty() && exact(av) {
        return av.clone();
    }
    if a.as_str().is_empty() && exact(bv) {
        return bv.clone();
    }
    let (x, y) = (a.as_str(), b.as_str());
    let n = x.len() + y.len();
    if n <= crate::types::str::INLINE {
        let mut buf = [0u8; crate::types::str::INLINE];
        buf[..x.len()].copy_from_slice(x.as_bytes());
        buf[x.len()..n].copy_from_slice(y.as_bytes());
        // SAFETY: two whole UTF-8 strings, one after the other, are UTF-8.
        let t = unsafe { std::str::from_utf8_unchecked(&buf[..n]) };
        return crate::types::str_methods::new_str_ref_len(t, a.char_len() + b.char_len());
    }
    let mut s = String::with_capacity(n);
    s.push_str(x);
    s.push_str(y);
    new_str_len(s, a.char_len() + b.char_len())
}

fn str_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = pystr(vm, &args[0])?;
    match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(b)) => Ok(concat(a, b, &args[0], &args[1])),
        _ => {
            let o = args.get(1).cloned().unwrap_or(Value::None);
            if defer_to(&o, "__radd__") {
                return Ok(not_implemented());
            }
            Err(vm.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(&o)
            )))
        }
    }
}

fn str_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let Some(n) = repeat_count(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    repeat(vm, &args[0], s, n as usize)
}

/// `s * n` (`v` the str `s` itself, returned as is for `n == 1` when it is exact).
fn repeat(vm: &Vm, v: &Value, s: &crate::payload::PyStr, n: usize) -> PyResult<Value> {
    if n == 1 {
        return Ok(exact(v, s));
    }
    match s.as_str().len().checked_mul(n) {
        Some(t) if t <= isize::MAX as usize => vm.check_alloc(t)?,
        _ => return Err(vm.overflow_error("repeated string is too long")),
    }
    Ok(new_str_len(s.as_str().repeat(n), s.char_len() * n))
}

fn str_rmul(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if is_builtin_seq(&args[1]) {
        return Ok(not_implemented());
    }
    str_mul(vm, args, kw)
}

fn str_mod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    crate::types::strformat::percent_format_value(vm, s.as_str(), &args[1])
}

fn str_rmod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Str(fmt)) => Ok(new_str(crate::types::strformat::percent_format(
            vm,
            fmt.as_str(),
            &args[0],
        )?)),
        _ => Ok(not_implemented()),
    }
}

fn str_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    match args[1].payload() {
        Some(Payload::Str(sub)) => Ok(Value::Bool(
            text::find(s.as_str().as_bytes(), sub.as_str().as_bytes()).is_some(),
        )),
        _ => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

fn str_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let key = &args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, s.char_len())?;
        if step == 1 {
            if count == s.char_len() {
                return Ok(exact(&args[0], s));
            }
            return Ok(crate::types::str_methods::new_str_ref_len(
                s.slice(start as usize, start as usize + count),
                count,
            ));
        }
        let mut out = String::new();
        if s.is_ascii() {
            let b = s.as_str().as_bytes();
            let mut i = start;
            for _ in 0..count {
                out.push(b[i as usize] as char);
                i += step;
            }
        } else {
            let chars: Vec<char> = s.as_str().chars().collect();
            let mut i = start;
            for _ in 0..count {
                out.push(chars[i as usize]);
                i += step;
            }
        }
        return Ok(new_str_len(out, count));
    }
    let i = match crate::types::number::as_int(key) {
        Some(_) => index_arg(vm, key)
            .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer"))?,
        None if !matches!(key, Value::Float(_))
            && vm.lookup_special(key, "__index__").is_some() =>
        {
            index_arg(vm, key)?
        }
        None => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )))
        }
    };
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(j as usize);
    let mut b = [0u8; 4];
    Ok(crate::intern_char(c.encode_utf8(&mut b)))
}

fn str_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pystr(vm, &args[0])?;
    // `str_ascii_iterator` / `str_iterator`, as `iter()` hands out.
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn str_len(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(pystr(vm, &args[0])?.char_len() as i64))
}

fn str_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(pystr(vm, &args[0])?.hash()))
}

fn cmp_impl(vm: &Vm, args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let a = pystr(vm, &args[0])?;
    match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(b)) => Ok(Value::Bool(op.test(a.as_str().cmp(b.as_str())))),
        _ => Ok(not_implemented()),
    }
}
fn str_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Eq)
}
fn str_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Ne)
}
fn str_lt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Lt)
}
fn str_le(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Le)
}
fn str_gt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Gt)
}
fn str_ge(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_impl(vm, args, crate::ops::CmpOp::Ge)
}

fn str_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    Ok(exact(&args[0], s))
}

fn str_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::repr::str_repr(
        pystr(vm, &args[0])?.as_str(),
    )))
}

fn str_getnewargs(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "__getnewargs__", &args[1..], 0, 0)?;
    let s = pystr(vm, &args[0])?;
    Ok(new_tuple_of([new_str_len(
        s.as_str().to_string(),
        s.char_len(),
    )]))
}

fn str_sizeof(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let t = s.as_str();
    let n = s.char_len();
    let max = t.chars().map(|c| c as u32).max().unwrap_or(0);
    Ok(Value::Int(if max < 128 {
        49 + n as i64
    } else if max < 256 {
        73 + n as i64
    } else if max < 65536 {
        74 + 2 * n as i64
    } else {
        76 + 4 * n as i64
    }))
}

fn str_format_dunder(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "__format__", &args[1..], 1, 1)?;
    let s = pystr(vm, &args[0])?;
    let spec = crate::types::text::format_spec(vm, &args[1])?;
    if spec.is_empty() {
        // A str subclass with an empty spec is `str(self)` (its own `__str__`).
        if crate::types::typeobj::tdata(crate::vm::type_of(&args[0])).heap {
            return Ok(new_str(vm.str(&args[0])?));
        }
        return Ok(exact(&args[0], s));
    }
    Ok(new_str(crate::convert::format_to_string(
        vm,
        &new_str(s.as_str()),
        spec,
    )?))
}

pub fn init() {
    let t = &types().str;
    let fns: &[(&'static str, NativeFn)] = &[
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__len__", str_len),
        ("__hash__", str_hash),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__str__", str_str),
        ("__repr__", str_repr),
        ("__getnewargs__", str_getnewargs),
        ("__sizeof__", str_sizeof),
        ("__format__", str_format_dunder),
    ];
    for (n, f) in fns {
        add_method(t, n, *f);
    }
}
