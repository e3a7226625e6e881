//! Operators: binary, unary and comparison operators, subscription, `len`, `in`,
//! hashing and truth, with fast paths for built-in types and the data model's dunder
//! protocol (including reflected and in-place forms) for everything else
//! (<https://docs.python.org/3.11/reference/datamodel.html#emulating-numeric-types>).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::str_methods::is_builtin_seq;
use crate::types::typeobj::{self, tdata};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::PyResult;
use weft_compiler::opcode::binop;

/// (forward, reflected, in-place) dunder names per BINARY_OP argument.
pub const BINOP_NAMES: [(&str, &str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__", "+"),
    ("__and__", "__rand__", "__iand__", "&"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    ("__mul__", "__rmul__", "__imul__", "*"),
    ("__mod__", "__rmod__", "__imod__", "%"),
    ("__or__", "__ror__", "__ior__", "|"),
    ("__pow__", "__rpow__", "__ipow__", "**"),
    ("__rshift__", "__rrshift__", "__irshift__", ">>"),
    ("__sub__", "__rsub__", "__isub__", "-"),
    ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    ("__xor__", "__rxor__", "__ixor__", "^"),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(a: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][a as usize]
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ptr_eq(&types().not_implemented))
}

/// Look up a dunder on the type of `v` (None if absent).
fn type_dunder(v: &Value, name: &'static str) -> Option<Value> {
    typeobj::lookup_static(type_of(v), name)
}

fn call_dunder(vm: &Vm, f: &Value, a: &Value, args: &[Value]) -> PyResult<Value> {
    match f.payload() {
        // A native method is called with `a` first, unbound.
        Some(Payload::Builtin(_)) => {
            let mut v: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
            v.push(a.clone());
            v.extend(args.iter().cloned());
            vm.call(f, &v)
        }
        _ => vm.call_unbound(a, f.clone(), args),
    }
}

/// Whether `v`'s type has sequence methods at all (CPython's `tp_as_sequence`: every
/// class defined in Python, containers that support `in`), repeatable or not.
fn has_sequence_methods(v: &Value) -> bool {
    tdata(type_of(v)).heap
        || matches!(
            v.payload(),
            Some(
                Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::Range(_)
                    | Payload::DictView(_)
                    | Payload::MappingProxy(_)
            )
        )
}

/// BINARY_OP: `op` is the opcode argument (in-place forms are op + 13).
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let inplace = op >= binop::INPLACE;
    let base = if inplace { op - binop::INPLACE } else { op };
    if let Some(r) = crate::types::number::fast_binary(vm, a, b, base)? {
        return Ok(r);
    }
    if let Some(r) = crate::types::str_dunders::fast_binary(vm, a, b, base)? {
        return Ok(r);
    }
    let (fwd, rev, ipl, sym) = BINOP_NAMES[base as usize];
    if let Some(r) = seq_reflected_first(vm, a, b, base, inplace, (fwd, rev, ipl))? {
        return Ok(r);
    }
    if inplace {
        if let Some(f) = type_dunder(a, ipl) {
            let r = call_dunder(vm, &f, a, std::slice::from_ref(b))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    // `x *= seq` where x's type has sequence methods but no repeat: CPython falls back
    // to the left operand's sequence methods only, never to the built-in sequence's.
    let left_only = inplace
        && base == binop::MULTIPLY
        && !is_builtin_seq(a)
        && is_builtin_seq(b)
        && !tdata(type_of(b)).heap
        && has_sequence_methods(a);
    if left_only {
        if let Some(f) = type_dunder(a, fwd) {
            let r = call_dunder(vm, &f, a, std::slice::from_ref(b))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    } else if let Some(r) = binary_dunder(vm, a, b, fwd, rev)? {
        return Ok(r);
    }
    if base == binop::MULTIPLY && !left_only && (is_builtin_seq(a) || is_builtin_seq(b)) {
        let other = if is_builtin_seq(a) { b } else { a };
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        )));
    }
    if base == binop::ADD {
        // CPython falls back to the left operand's sequence concatenation, whose error wins.
        let seq = match a.payload() {
            Some(Payload::Str(_)) => Some("str"),
            Some(Payload::List(_)) => Some("list"),
            Some(Payload::Tuple(_)) => Some("tuple"),
            _ => None,
        };
        if let Some(seq) = seq {
            return Err(vm.type_error(format!(
                "can only concatenate {seq} (not \"{}\") to {seq}",
                vm.type_name(b)
            )));
        }
        let bytes = match a.payload() {
            Some(Payload::Bytes(_)) => Some("bytes"),
            Some(Payload::ByteArray(_)) => Some("bytearray"),
            _ => None,
        };
        if let Some(seq) = bytes {
            return Err(vm.type_error(format!("can't concat {} to {seq}", vm.type_name(b))));
        }
    }
    let shown = if inplace {
        format!("{sym}=")
    } else {
        sym.to_string()
    };
    if base == binop::POWER && !inplace {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        shown,
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// A built-in sequence's `+` and `*` (and `+=`, `*=`) are its sequence methods, which
/// CPython tries only after both operands' number methods: a class's `__radd__` or
/// `__rmul__` on the right comes first (`[1] + v` with `v.__radd__`). `None`: not that
/// case, or the reflected method answered NotImplemented (the sequence method follows).
fn seq_reflected_first(
    vm: &Vm,
    a: &Value,
    b: &Value,
    base: u32,
    inplace: bool,
    (fwd, rev, ipl): (&'static str, &'static str, &'static str),
) -> PyResult<Option<Value>> {
    // Only a Python class's method can answer here (a built-in type's reflected method
    // is a sequence method or absent): `[0] * n` and `a + b` of built-ins look nothing up.
    if !matches!(base, binop::ADD | binop::MULTIPLY)
        || !tdata(type_of(b)).heap
        || !crate::types::str_methods::is_builtin_seq(a)
        || type_of(a).ptr_eq(type_of(b))
    {
        return Ok(None);
    }
    let native = |f: &Value| matches!(f.payload(), Some(Payload::Builtin(_)));
    let seq_method = |name| type_dunder(a, name).is_none_or(|f| native(&f));
    if !seq_method(fwd) || (inplace && !seq_method(ipl)) {
        return Ok(None);
    }
    let Some(rf) = type_dunder(b, rev).filter(|f| !native(f)) else {
        return Ok(None);
    };
    let r = call_dunder(vm, &rf, b, std::slice::from_ref(a))?;
    Ok((!is_not_implemented(&r)).then_some(r))
}

/// Try `a.fwd(b)` then `b.rev(a)` with the subclass-first rule.
pub fn binary_dunder(
    vm: &Vm,
    a: &Value,
    b: &Value,
    fwd: &'static str,
    rev: &'static str,
) -> PyResult<Option<Value>> {
    let ta = type_of(a);
    let tb = type_of(b);
    let f = type_dunder(a, fwd);
    let r = if !ta.ptr_eq(tb) {
        type_dunder(b, rev)
    } else {
        None
    };
    // A subclass's reflected method wins if it overrides the left type's (CPython's
    // `method_is_overloaded`: an inherited one takes its turn after the forward method).
    if let Some(rf) = &r {
        let overrides = || type_dunder(a, rev).is_none_or(|lf| !lf.is(rf));
        if typeobj::is_subtype(tb, ta) && !ta.ptr_eq(tb) && overrides() {
            let res = call_dunder(vm, rf, b, std::slice::from_ref(a))?;
            if !is_not_implemented(&res) {
                return Ok(Some(res));
            }
            if let Some(ff) = &f {
                let res = call_dunder(vm, ff, a, std::slice::from_ref(b))?;
                if !is_not_implemented(&res) {
                    return Ok(Some(res));
                }
            }
            return Ok(None);
        }
    }
    if let Some(ff) = &f {
        let res = call_dunder(vm, ff, a, std::slice::from_ref(b))?;
        if !is_not_implemented(&res) {
            return Ok(Some(res));
        }
    }
    if let Some(rf) = &r {
        let res = call_dunder(vm, rf, b, std::slice::from_ref(a))?;
        if !is_not_implemented(&res) {
            return Ok(Some(res));
        }
    }
    Ok(None)
}

/// Rich comparison returning the result object.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = crate::types::number::fast_compare(vm, a, b, op)? {
        return Ok(Value::Bool(r));
    }
    if let Some(r) = crate::types::seq::fast_compare(vm, a, b, op)? {
        return Ok(Value::Bool(r));
    }
    // CPython's PyObject_RichCompare counts a level of the recursion depth, so an
    // `__eq__` that compares again recurses at two levels per Python frame.
    vm.enter_native(" in comparison")?;
    let r = compare_dunders(vm, a, b, op);
    vm.leave();
    r
}

/// [`compare`] through `__eq__`/`__lt__`... and their reflections.
fn compare_dunders(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    // Two instances of classes that leave `==` to `object` (`node == other`): each
    // side's method would answer NotImplemented unless they are the same object, and
    // the fallback is identity, so the answer is identity without the four lookups
    // and calls.
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && identity_eq(a) && identity_eq(b) {
        return Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq)));
    }
    let ta = type_of(a);
    let tb = type_of(b);
    let swapped_first = !ta.ptr_eq(tb) && typeobj::is_subtype(tb, ta);
    // The reflected method is looked up only when it is tried (as CPython reads the
    // other operand's slot only then): for two operands of one class whose method
    // answers, that lookup was a third of the comparison's work.
    if swapped_first {
        if let Some(rf) = &type_dunder(b, op.swapped().dunder()) {
            let r = call_cmp_dunder(vm, rf, b, a)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(ff) = &type_dunder(a, op.dunder()) {
        let r = call_cmp_dunder(vm, ff, a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !swapped_first {
        if let Some(rf) = &type_dunder(b, op.swapped().dunder()) {
            let r = call_cmp_dunder(vm, rf, b, a)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// One comparison dunder of `x`'s class called with `y`. A class defined in Python
/// with a comparison method of its own has CPython's slot_tp_richcompare, which calls
/// whatever it finds for the operator; when that is native (`object.__gt__` beside
/// a Python `__lt__`, `object.__ne__` beside `__eq__`) the call counts a level of
/// the recursion depth, as every call of a native method does in CPython.
fn call_cmp_dunder(vm: &Vm, f: &Value, x: &Value, y: &Value) -> PyResult<Value> {
    let native = matches!(f.payload(), Some(Payload::Builtin(_)));
    if !(native && tdata(type_of(x)).heap && has_python_richcompare(type_of(x))) {
        return call_dunder(vm, f, x, std::slice::from_ref(y));
    }
    vm.enter_native(" while calling a Python object")?;
    let r = call_dunder(vm, f, x, std::slice::from_ref(y));
    vm.leave();
    r
}

/// Whether any of a class's six comparison methods is something other than a native
/// method (CPython then gives the class slot_tp_richcompare).
fn has_python_richcompare(t: &ObjRef) -> bool {
    richcmp_facts(t) & RICHCMP_PYTHON != 0
}

/// A class's comparison methods are not all native ([`has_python_richcompare`]).
const RICHCMP_PYTHON: u64 = 1;
/// A class's `__eq__` and `__ne__` are `object`'s own: `==` between its instances is
/// identity ([`compare_dunders`]).
const RICHCMP_OBJECT_EQ: u64 = 2;

/// Facts about class `t` (a few bits) that operations ask on every use, kept in `cell`
/// with the class version they were found at (`version << 2 | facts`; 0: never found):
/// `find` runs again only after the class or a base changed (versions are never reused).
fn class_facts(
    t: &ObjRef,
    cell: impl FnOnce(&typeobj::TypeData) -> &std::sync::atomic::AtomicU64,
    find: impl FnOnce() -> u64,
) -> u64 {
    use std::sync::atomic::Ordering;
    let td = tdata(t);
    let version = td.version.load(Ordering::Acquire);
    let cell = cell(td);
    let known = cell.load(Ordering::Relaxed);
    if known >> 2 == version {
        return known & 3;
    }
    let facts = find();
    debug_assert!(facts < 4);
    cell.store(version << 2 | facts, Ordering::Relaxed);
    facts
}

/// The `RICHCMP_*` facts of a class (`TypeData::richcmp`).
fn richcmp_facts(t: &ObjRef) -> u64 {
    class_facts(
        t,
        |td| &td.richcmp,
        || {
            let python = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
                .iter()
                .any(|n| {
                    typeobj::lookup_static(t, n)
                        .is_some_and(|v| !matches!(v.payload(), Some(Payload::Builtin(_))))
                });
            let object = &types().object;
            let object_eq = ["__eq__", "__ne__"].iter().all(|n| {
                match (
                    typeobj::lookup_static(t, n),
                    typeobj::lookup_static(object, n),
                ) {
                    (Some(a), Some(b)) => a.is(&b),
                    _ => false,
                }
            });
            python as u64 * RICHCMP_PYTHON + object_eq as u64 * RICHCMP_OBJECT_EQ
        },
    )
}

/// Whether `v` is an instance of a Python class whose `==` is `object`'s (identity).
#[inline]
fn identity_eq(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Plain | Payload::Slots(_))
                && tdata(&o.class).heap
                && richcmp_facts(&o.class) & RICHCMP_OBJECT_EQ != 0
        }
        _ => false,
    }
}

/// Whether a class (with its bases) defines `__bool__` or `__len__`
/// (`TypeData::truth_dunders`), so that truth testing a plain instance is a load and a
/// compare instead of two lookups through the MRO.
fn has_truth_dunders(t: &ObjRef) -> bool {
    class_facts(
        t,
        |td| &td.truth_dunders,
        || {
            ["__bool__", "__len__"]
                .iter()
                .any(|n| typeobj::lookup_static(t, n).is_some()) as u64
        },
    ) == 1
}

/// `a < b` etc. as a bool (used by sorting, min/max).
pub fn compare_bool(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(op.test(x.cmp(y))),
        _ => {
            let r = compare(vm, a, b, op)?;
            vm.truthy(&r)
        }
    }
}

pub fn neg(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__neg__", "unary -")
}
pub fn pos(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__pos__", "unary +")
}
pub fn invert(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__invert__", "unary ~")
}

fn unary(vm: &Vm, v: &Value, name: &'static str, what: &str) -> PyResult<Value> {
    if let Some(r) = crate::types::number::fast_unary(vm, v, name)? {
        return Ok(r);
    }
    match type_dunder(v, name) {
        Some(f) => call_dunder(vm, &f, v, &[]),
        None => Err(vm.type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            vm.type_name(v)
        ))),
    }
}

/// `item in container`.
#[inline]
pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    // Exact sets first, without the general function's frame (`x in seen` in loops).
    if let Value::Obj(o) = container {
        if let Payload::Set(s) = &o.payload {
            if !tdata(&o.class).heap {
                return crate::types::set::set_contains(vm, s, item);
            }
        }
    }
    contains_general(vm, container, item)
}

fn contains_general(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        match &o.payload {
            Payload::Dict(d) if !tdata(&o.class).heap => return d.contains(vm, item),
            Payload::Set(s) if !tdata(&o.class).heap => {
                return crate::types::set::set_contains(vm, s, item)
            }
            // The list is not copied (`list::find`: compared under its lock while no
            // Python code runs, item by item with the lock released for an `__eq__`, as
            // CPython's list_contains reads the list afresh at each index).
            Payload::List(l) if !tdata(&o.class).heap => {
                return Ok(crate::types::list::find(vm, l, item, 0, usize::MAX)?.is_some());
            }
            Payload::Tuple(t) if !tdata(&o.class).heap => {
                for x in t.iter() {
                    if x.is(item) || vm.eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Str(s) if !tdata(&o.class).heap => {
                return match item.payload() {
                    Some(Payload::Str(i)) => Ok(s.as_str().contains(i.as_str())),
                    _ => Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                };
            }
            _ => {}
        }
    }
    if let Some(f) = type_dunder(container, "__contains__") {
        if f.is_none() {
            // `__contains__ = None` blocks the fallback to iteration.
            return Err(vm.type_error(format!(
                "'{}' object is not a container",
                vm.type_name(container)
            )));
        }
        let r = call_dunder(vm, &f, container, std::slice::from_ref(item))?;
        return vm.truthy(&r);
    }
    if !is_iterable(vm, container) {
        return Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    }
    // CPython replaces any TypeError from getting the iterator (e.g. `__iter__ = None`).
    let it = match vm.iter(container) {
        Err(e) if vm.err_matches(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(container)
            )))
        }
        r => r?,
    };
    while let Some(x) = vm.next(&it)? {
        if x.is(item) || vm.eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn is_iterable(_vm: &Vm, v: &Value) -> bool {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::DictView(_) => return true,
            _ => {}
        }
    }
    type_dunder(v, "__iter__").is_some() || type_dunder(v, "__getitem__").is_some()
}

/// `obj[key]`.
pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(r) = crate::types::seq::fast_getitem(vm, obj, key)? {
        return Ok(r);
    }
    if let Some(f) = type_dunder(obj, "__getitem__") {
        return call_dunder(vm, &f, obj, std::slice::from_ref(key));
    }
    if let Some(Payload::Type(_)) = obj.payload() {
        let k = crate::names::names().class_getitem.clone();
        if let Some(f) = typeobj::lookup(obj.as_obj().unwrap(), &k, crate::str_hash(&k)) {
            let f = match f.payload() {
                Some(Payload::ClassMethod(inner)) => inner.clone(),
                _ => f,
            };
            return vm.call(&f, &[obj.clone(), key.clone()]);
        }
        if obj.as_obj().unwrap().ptr_eq(&types().type_) {
            return Ok(crate::types::genericalias::new_alias(obj.clone(), key));
        }
        return Err(vm.type_error(format!(
            "type '{}' is not subscriptable",
            tdata(obj.as_obj().unwrap()).name.read()
        )));
    }
    Err(vm.type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(obj)
    )))
}

/// `obj[key] = value`.
pub fn setitem(vm: &Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    // Exact dicts first, without the general protocol's layers (`counts[w] = n`).
    if let Value::Obj(o) = obj {
        if let Payload::Dict(d) = &o.payload {
            if !tdata(&o.class).heap {
                return d.set(vm, key, value);
            }
        }
    }
    let Some((key, value)) = crate::types::seq::fast_setitem(vm, obj, key, value)? else {
        return Ok(());
    };
    if let Some(f) = type_dunder(obj, "__setitem__") {
        call_dunder(vm, &f, obj, &[key, value])?;
        return Ok(());
    }
    if sequence_slots(obj) && index_key(vm, &key) {
        // CPython's sequence protocol converts the index first: a huge one is an
        // IndexError before the missing assignment is noticed
        crate::types::seq::index_value(vm, &key)?;
    }
    Err(vm.type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(obj)
    )))
}

/// Whether CPython's type for `obj` has sequence slots (every class does), which route
/// an integer subscript through the sequence protocol.
fn sequence_slots(obj: &Value) -> bool {
    let t = type_of(obj);
    tdata(t).heap
        || matches!(
            tdata(t).name.read().as_str(),
            "str" | "bytes" | "tuple" | "range" | "set" | "frozenset" | "memoryview"
        )
}

fn index_key(vm: &Vm, key: &Value) -> bool {
    crate::types::number::as_int(key).is_some() || vm.lookup_special(key, "__index__").is_some()
}

/// `del obj[key]`.
pub fn delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if crate::types::seq::fast_delitem(vm, obj, key)? {
        return Ok(());
    }
    if let Some(f) = type_dunder(obj, "__delitem__") {
        call_dunder(vm, &f, obj, std::slice::from_ref(key))?;
        return Ok(());
    }
    // CPython words this two ways: "doesn't" comes from its sequence protocol, reached
    // for an integer key on a type with sequence slots (classes, str, tuple, ...).
    let seq_index = sequence_slots(obj) && index_key(vm, key);
    if seq_index {
        crate::types::seq::index_value(vm, key)?;
    }
    let verb = if seq_index { "doesn't" } else { "does not" };
    Err(vm.type_error(format!(
        "'{}' object {verb} support item deletion",
        vm.type_name(obj)
    )))
}

/// `len(obj)`.
pub fn len(vm: &Vm, obj: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = obj {
        if !tdata(&o.class).heap {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.read().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.len()),
                Payload::Set(s) => return Ok(s.len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.read().len()),
                _ => {}
            }
        }
    }
    if let Some(f) = type_dunder(obj, "__len__") {
        let r = call_dunder(vm, &f, obj, &[])?;
        return match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as usize),
            _ if matches!(r.payload(), Some(Payload::Int(_))) => {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&r)
            ))),
        };
    }
    crate::types::seq::builtin_len(vm, obj)
}

/// CPython's PyObject_LengthHint, which `list()`, `tuple()` and `list.extend` use to
/// presize their result: `len(obj)` when its class has `__len__` (a TypeError from it
/// ignored), else its `__length_hint__` (absent, NotImplemented or a TypeError: 0).
pub fn length_hint(vm: &Vm, obj: &Value) -> PyResult<usize> {
    // The iterators of built-in classes (which no program can give a `__len__` or a
    // `__length_hint__`) answer without two lookups through the class (`list(map(f,
    // xs))`, `list(gen)`: the lookups cost ~470 instructions a call).
    if let Value::Obj(o) = obj {
        if !crate::types::typeobj::tdata(&o.class).heap {
            use crate::types::iter::IterData;
            match &o.payload {
                Payload::Iter(
                    IterData::Map { .. }
                    | IterData::Filter { .. }
                    | IterData::Zip { .. }
                    | IterData::Enumerate { .. }
                    | IterData::Callable { .. },
                )
                | Payload::Generator(_) => return Ok(0),
                _ => {}
            }
        }
    }
    if type_dunder(obj, "__len__").is_some() {
        match len(vm, obj) {
            Ok(n) => return Ok(n),
            Err(e) if vm.err_matches(&e, "TypeError") => {}
            Err(e) => return Err(e),
        }
    }
    let Some(f) = type_dunder(obj, "__length_hint__") else {
        return Ok(0);
    };
    let r = match call_dunder(vm, &f, obj, &[]) {
        Err(e) if vm.err_matches(&e, "TypeError") => return Ok(0),
        r => r?,
    };
    if is_not_implemented(&r) {
        return Ok(0);
    }
    let n = match crate::types::number::as_int(&r) {
        Some(crate::types::number::IntRef::Small(i)) => i,
        Some(crate::types::number::IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => {
            return Err(vm.type_error(format!(
                "__length_hint__ must be an integer, not {}",
                vm.type_name(&r)
            )))
        }
    };
    usize::try_from(n).map_err(|_| vm.value_error("__length_hint__() should return >= 0"))
}

/// CPython's hash of a machine int (modulus 2**61 - 1).
#[inline]
pub fn hash_int(i: i64) -> i64 {
    const M: i128 = (1i128 << 61) - 1;
    // |i| below the modulus: the hash is i itself (-1 excepted); no 128-bit division.
    if (i as u64).wrapping_add(M as u64 - 1) < 2 * M as u64 - 1 {
        return if i == -1 { -2 } else { i };
    }
    let r = ((i as i128).abs() % M) as i64;
    let r = if i < 0 { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's hash of a float (consistent with ints of equal value).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(f as i64);
    }
    const BITS: i32 = 61;
    const M: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & M) | (x >> (BITS - e));
    let mut r = x as i64;
    if f < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn hash_object(vm: &Vm, v: &Value, o: &ObjRef) -> PyResult<i64> {
    if !tdata(&o.class).heap {
        if let Some(h) = crate::types::seq::builtin_hash(vm, v, o)? {
            return Ok(h);
        }
    }
    match type_dunder(v, "__hash__") {
        Some(Value::None) => Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v)))),
        Some(f) => {
            if let Some(Payload::Builtin(b)) = f.payload() {
                if b.name == "__hash__"
                    && b.owner
                        .as_ref()
                        .map(|t| t.ptr_eq(&types().object))
                        .unwrap_or(false)
                {
                    return Ok(hash_int((o.id() >> 4) as i64));
                }
            }
            let r = call_dunder(vm, &f, v, &[])?;
            match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                _ => match r.payload() {
                    Some(Payload::Int(b)) => Ok(crate::types::number::hash_bigint(b)),
                    _ => Err(vm.type_error("__hash__ method should return an integer")),
                },
            }
        }
        None => Ok(hash_int((o.id() >> 4) as i64)),
    }
}

pub fn truthy_obj(vm: &Vm, v: &Value, o: &ObjRef) -> PyResult<bool> {
    if !tdata(&o.class).heap {
        match &o.payload {
            Payload::Str(s) => return Ok(s.char_len() > 0),
            Payload::List(l) => return Ok(!l.read().is_empty()),
            Payload::Tuple(t) => return Ok(!t.is_empty()),
            Payload::Dict(d) => return Ok(d.len() > 0),
            Payload::Set(s) => return Ok(s.len() > 0),
            Payload::Int(_) => return Ok(true),
            Payload::Float(f) => return Ok(*f != 0.0),
            Payload::Bytes(b) => return Ok(!b.is_empty()),
            Payload::Native(n) => {
                if let Some(n) = n.len() {
                    return Ok(n > 0);
                }
            }
            _ => {}
        }
    }
    if !has_truth_dunders(&o.class) {
        return Ok(true);
    }
    if let Some(f) = type_dunder(v, "__bool__") {
        let r = call_dunder(vm, &f, v, &[])?;
        return match r {
            Value::Bool(b) => Ok(b),
            _ => Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                vm.type_name(&r)
            ))),
        };
    }
    if type_dunder(v, "__len__").is_some() {
        return Ok(len(vm, v)? > 0);
    }
    Ok(true)
}
