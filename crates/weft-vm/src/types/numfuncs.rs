//! The numeric and aggregate built-in functions: `abs all any bin divmod format hex max
//! min oct pow round sorted sum` (<https://docs.python.org/3.11/library/functions.html>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::number::{as_float, as_int, IntRef};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple_of, ObjRef, PyResult};
use num_bigint::BigInt;
use num_traits::Signed;
use weft_compiler::opcode::binop;

type Kw<'a> = &'a [(Value, Value)];

fn exactly_one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

fn is_exact_num(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.class.ptr_eq(&types().int) || o.class.ptr_eq(&types().float),
        _ => true,
    }
}

fn abs_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = exactly_one(vm, "abs", args, kw)?;
    match x {
        Value::Int(i) => {
            if let Some(a) = i.checked_abs() {
                return Ok(Value::Int(a));
            }
        }
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    if is_exact_num(x) {
        if let Some(i) = as_int(x) {
            return Ok(crate::new_bigint(crate::types::number::to_big(&i).abs()));
        }
    }
    match vm.lookup_special(x, "__abs__") {
        Some(f) => vm.call(&f, &[]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
    }
}

fn all_any(vm: &Vm, v: &Value, want: bool) -> PyResult<Value> {
    if let Some(Payload::List(l)) = v.payload() {
        let items = l.read().clone();
        for x in &items {
            if vm.truthy(x)? == want {
                return Ok(Value::Bool(want));
            }
        }
        return Ok(Value::Bool(!want));
    }
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn all_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one(vm, "all", args, kw)?;
    all_any(vm, v, false)
}

fn any_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one(vm, "any", args, kw)?;
    all_any(vm, v, true)
}

/// `bin`/`oct`/`hex` text of an int with its prefix.
pub fn radix_str(vm: &Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<String> {
    let b: BigInt = crate::types::int::index_arg(vm, v)?;
    let (sign, mag) = if b.is_negative() { ("-", -b) } else { ("", b) };
    Ok(format!("{sign}{prefix}{}", mag.to_str_radix(radix)))
}

fn bin_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one(vm, "bin", args, kw)?;
    Ok(new_str(radix_str(vm, v, 2, "0b")?))
}

fn oct_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one(vm, "oct", args, kw)?;
    Ok(new_str(radix_str(vm, v, 8, "0o")?))
}

fn hex_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one(vm, "hex", args, kw)?;
    Ok(new_str(radix_str(vm, v, 16, "0x")?))
}

/// `divmod(a, b)`.
pub fn divmod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if is_exact_num(a) && is_exact_num(b) {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let q = crate::types::number::int_binary(vm, &x, &y, binop::FLOOR_DIVIDE)?.unwrap();
            let r = crate::types::number::int_binary(vm, &x, &y, binop::REMAINDER)?.unwrap();
            return Ok(new_tuple_of([q, r]));
        }
    }
    if let Some(r) = crate::ops::binary_dunder(vm, a, b, "__divmod__", "__rdivmod__")? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn divmod_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("divmod() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("divmod expected 2 arguments, got {}", args.len())));
    }
    divmod(vm, &args[0], &args[1])
}

fn format_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("format() takes no keyword arguments"));
    }
    let spec = args.get(1);
    let Some(value) = args.first() else {
        return Err(vm.type_error("format expected at least 1 argument, got 0"));
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "format expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    if let Some(s) = spec {
        if !matches!(s.payload(), Some(Payload::Str(_))) {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                crate::types::text::arg_type_name(vm, s)
            )));
        }
    }
    crate::convert::format(vm, value, spec)
}

fn minmax(vm: &Vm, args: &[Value], kw: Kw, name: &str, op: CmpOp) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if kw.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            kw.len()
        )));
    }
    for (k, v) in kw {
        match crate::builtins::str_arg(k) {
            Some("key") => key = Some(v.clone()).filter(|k| !k.is_none()),
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
            None => {}
        }
    }
    if args.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let keyof = |v: &Value| -> PyResult<Value> {
        match &key {
            Some(k) => vm.call(k, std::slice::from_ref(v)),
            None => Ok(v.clone()),
        }
    };
    let empty = || match &default {
        Some(d) => Ok(d.clone()),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    };
    if args.len() > 1 {
        return Ok(best_of(vm, args.iter().cloned().map(Ok), keyof, op)?.expect("two or more"));
    }
    if key.is_none() {
        if let Some(r) = int_extreme(&args[0], op) {
            return r.map_or_else(empty, Ok);
        }
    }
    // The items are taken one at a time, as CPython's loop takes them: a copy of the
    // whole sequence first touched every item three times (copy, compare, drop), and a
    // dict's items were all built before the first was compared (measured: `max` over
    // 127 000 `dict.items()` ran at 3x CPython's time).
    let best = match args[0].payload().filter(|_| exact_builtin(&args[0])) {
        // A list is read by index, as its iterator reads it (another thread, or the
        // key function, may change it meanwhile), without the iterator's dispatch.
        Some(Payload::List(l)) => {
            let mut i = 0;
            let items = std::iter::from_fn(|| {
                i += 1;
                l.read().get(i - 1).cloned().map(Ok)
            });
            best_of(vm, items, keyof, op)?
        }
        Some(Payload::Tuple(t)) => best_of(vm, t.iter().cloned().map(Ok), keyof, op)?,
        _ => {
            let it = vm.iter(&args[0])?;
            best_of(
                vm,
                std::iter::from_fn(|| vm.next(&it).transpose()),
                keyof,
                op,
            )?
        }
    };
    match best {
        Some(v) => Ok(v),
        None => empty(),
    }
}

/// The item of `items` whose key is the greatest (`op` Gt) or least (Lt), the first
/// of equals; None when there are no items.
fn best_of(
    vm: &Vm,
    mut items: impl Iterator<Item = PyResult<Value>>,
    keyof: impl Fn(&Value) -> PyResult<Value>,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let Some(first) = items.next() else {
        return Ok(None);
    };
    let mut best = first?;
    let mut best_key = keyof(&best)?;
    for v in items {
        let v = v?;
        let k = keyof(&v)?;
        if crate::ops::compare_bool(vm, &k, &best_key, op)? {
            best = v;
            best_key = k;
        }
    }
    Ok(Some(best))
}

/// Is `v` an object of a built-in class (not a subclass, which may override `__iter__`)?
fn exact_builtin(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if !crate::types::typeobj::tdata(&o.class).heap)
}

/// `min`/`max` of an exact list or tuple of machine ints without a key, read in place:
/// `Some(None)` when it is empty; None when it is anything else.
fn int_extreme(v: &Value, op: CmpOp) -> Option<Option<Value>> {
    let Value::Obj(o) = v else { return None };
    if !exact_builtin(v) {
        return None;
    }
    let pick = |xs: &[Value]| -> Option<Option<Value>> {
        let mut best: Option<i64> = None;
        for x in xs {
            let Value::Int(x) = x else { return None };
            if best.is_none_or(|b| op.test(x.cmp(&b))) {
                best = Some(*x);
            }
        }
        Some(best.map(Value::Int))
    };
    match &o.payload {
        Payload::List(l) => pick(&l.read()),
        Payload::Tuple(t) => pick(t),
        _ => None,
    }
}

fn max_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    minmax(vm, args, kw, "max", CmpOp::Gt)
}

fn min_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    minmax(vm, args, kw, "min", CmpOp::Lt)
}

/// `pow(base, exp[, mod])`.
pub fn pow3(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if m.is_none() {
        return crate::ops::binary_op(vm, base, exp, binop::POWER);
    }
    if let (Some(x), Some(y), Some(z)) = (as_int(base), as_int(exp), as_int(m)) {
        if is_exact_num(base) && is_exact_num(exp) && is_exact_num(m) {
            return crate::types::int::int_pow_mod(vm, &x, &y, &z);
        }
    }
    let k = crate::intern("__pow__");
    if let Some(f) =
        crate::types::typeobj::lookup(crate::vm::type_of(base), &k, crate::str_hash(&k))
    {
        let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()])?;
        if !matches!(&r, Value::Obj(o) if o.ptr_eq(&types().not_implemented)) {
            return Ok(r);
        }
    }
    // The exponent's type, then the modulus's, is asked next (as CPython's ternary slots
    // are): complex's __pow__ refuses any modulus, float's too, with their own errors.
    for v in [exp, m] {
        if matches!(v.payload(), Some(Payload::Complex(..))) {
            return Err(vm.value_error("complex modulo"));
        }
        if matches!(v.payload(), Some(Payload::Float(_))) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
    }
    if as_float(exp).is_some() || as_float(m).is_some() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(base),
        vm.type_name(exp),
        vm.type_name(m)
    )))
}

fn pow_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = ["base", "exp", "mod"];
    let mut a: [Option<Value>; 3] = [
        args.first().cloned(),
        args.get(1).cloned(),
        args.get(2).cloned(),
    ];
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw {
        let Some(i) = crate::builtins::str_arg(k).and_then(|n| names.iter().position(|x| *x == n))
        else {
            return Err(vm.type_error(format!(
                "pow() got an unexpected keyword argument '{}'",
                crate::builtins::str_arg(k).unwrap_or("")
            )));
        };
        if a[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for pow() given by name ('{}') and position ({})",
                names[i],
                i + 1
            )));
        }
        a[i] = Some(v.clone());
    }
    let [Some(b), Some(e), m] = a else {
        let missing = if a[0].is_none() {
            ("base", 1)
        } else {
            ("exp", 2)
        };
        return Err(vm.type_error(format!(
            "pow() missing required argument '{}' (pos {})",
            missing.0, missing.1
        )));
    };
    pow3(vm, &b, &e, &m.unwrap_or(Value::None))
}

fn round_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [number, ndigits, ..] =
        crate::types::text::bind(vm, "round", args, kw, &["number", "ndigits"], 1)?;
    let Some(x) = number else {
        unreachable!("bind checks the required argument")
    };
    let nd = ndigits.filter(|n| !n.is_none());
    match (x, nd) {
        (Value::Int(_), None) => return Ok(x.clone()),
        (Value::Bool(b), None) => return Ok(Value::Int(*b as i64)),
        (Value::Float(f), None) => {
            return crate::types::int::to_int(vm, &Value::Float(f.round_ties_even()))
        }
        (Value::Float(f), Some(n)) if matches!(n, Value::Int(_)) => {
            let Value::Int(n) = n else { unreachable!() };
            return Ok(Value::Float(crate::types::float::round_float(vm, *f, *n)?));
        }
        _ => {}
    }
    match vm.lookup_special(x, "__round__") {
        Some(f) => match nd {
            None => vm.call(&f, &[]),
            Some(n) => vm.call(&f, std::slice::from_ref(n)),
        },
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

/// `sum(iterable, /, start=0)`: a left fold with `+`, with fast paths for ints and floats.
pub fn sum(vm: &Vm, iterable: &Value, start: Value) -> PyResult<Value> {
    if matches!(
        start.payload(),
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
    ) {
        // CPython takes the iterator first: a non-iterable is the error to report
        vm.iter(iterable)?;
    }
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let items: Vec<Value>;
    // A subclass may override `__iter__`: only the built-in types are read directly.
    let exact = matches!(iterable, Value::Obj(o) if !crate::types::typeobj::tdata(&o.class).heap);
    let it_items: Option<&[Value]> = match iterable.payload().filter(|_| exact) {
        Some(Payload::List(l)) => {
            items = l.read().clone();
            Some(&items)
        }
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    };
    let mut acc = start;
    let add = |acc: &mut Value, x: Value| -> PyResult<()> {
        *acc = match (&*acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => crate::ops::binary_op(vm, acc, &x, binop::ADD)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => crate::ops::binary_op(vm, acc, &x, binop::ADD)?,
        };
        Ok(())
    };
    match it_items {
        Some(xs) => {
            for x in xs {
                add(&mut acc, x.clone())?;
            }
        }
        None => {
            let it = vm.iter(iterable)?;
            while let Some(x) = vm.next(&it)? {
                add(&mut acc, x)?;
            }
        }
    }
    Ok(acc)
}

fn sum_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // Argument Clinic's order: too many in all, too few positional, then the keywords.
    if args.len() + kw.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 {}arguments ({} given)",
            if args.is_empty() { "keyword " } else { "" },
            args.len() + kw.len()
        )));
    }
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut start = args.get(1).cloned();
    for (k, v) in kw {
        match crate::builtins::str_arg(k) {
            Some("start") if start.is_none() => start = Some(v.clone()),
            Some("start") => {
                return Err(
                    vm.type_error("argument for sum() given by name ('start') and position (2)")
                )
            }
            Some(o) => {
                return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for sum()")))
            }
            None => {}
        }
    }
    sum(vm, &args[0], start.unwrap_or(Value::Int(0)))
}

fn sorted_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::sort::sorted(vm, args, kw)
}

/// Install these functions into the `builtins` module.
pub fn install(m: &ObjRef) {
    let fns: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("abs", abs_),
        ("all", all_),
        ("any", any_),
        ("bin", bin_),
        ("oct", oct_),
        ("hex", hex_),
        ("divmod", divmod_),
        ("format", format_),
        ("max", max_),
        ("min", min_),
        ("pow", pow_),
        ("round", round_),
        ("sum", sum_),
        ("sorted", sorted_),
    ];
    for (name, f) in fns {
        crate::import::set(
            m,
            name,
            crate::types::native(
                name,
                *f,
                crate::types::function::BuiltinKind::Function,
                None,
                None,
            ),
        );
    }
    let _ = (as_float(&Value::None), IntRef::Small(0));
}
