//! `types.GenericAlias` (`list[int]`, PEP 585) and `types.UnionType` (`int | str`, PEP 604).
//! <https://docs.python.org/3.11/library/stdtypes.html#types-genericalias>
//! <https://docs.python.org/3.11/library/stdtypes.html#types-union>

use crate::new_tuple_of;
use crate::object::ObjRef;
use crate::payload::{Native, Payload};
use crate::types::{add_method, add_staticmethod, set_type_attr, types};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple, PyResult};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// `origin[args]`.
pub struct Alias {
    origin: Value,
    args: Vec<Value>,
    params: OnceLock<Value>,
}

/// `a | b | ...` over types (flattened, without duplicates).
pub struct Union {
    args: Vec<Value>,
    params: OnceLock<Value>,
}

impl Native for Alias {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Native for Union {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_type(name: &str) -> ObjRef {
    let t = crate::builtins::new_builtin_type(name);
    set_type_attr(&t, "__module__", new_str("types"));
    t
}

/// The `types.GenericAlias` type.
pub fn alias_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("GenericAlias");
        add_staticmethod(&t, "__new__", ga_new);
        let methods: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("__repr__", ga_repr),
            ("__eq__", ga_eq),
            ("__ne__", ga_ne),
            ("__hash__", ga_hash),
            ("__or__", any_or),
            ("__ror__", any_ror),
            ("__getitem__", ga_getitem),
            ("__call__", ga_call),
            ("__mro_entries__", ga_mro_entries),
            ("__instancecheck__", ga_instancecheck),
            ("__subclasscheck__", ga_subclasscheck),
            ("__reduce__", ga_reduce),
        ];
        for (n, f) in methods {
            add_method(&t, n, *f);
        }
        t
    })
}

/// The `types.UnionType` type.
pub fn union_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("UnionType");
        let methods: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("__repr__", un_repr),
            ("__eq__", un_eq),
            ("__ne__", un_ne),
            ("__hash__", un_hash),
            ("__or__", any_or),
            ("__ror__", any_ror),
            ("__getitem__", un_getitem),
            ("__instancecheck__", un_instancecheck),
            ("__subclasscheck__", un_subclasscheck),
        ];
        for (n, f) in methods {
            add_method(&t, n, *f);
        }
        t
    })
}

/// Register `type.__or__`/`type.__ror__` (`int | str`).
pub fn init() {
    add_method(&types().type_, "__or__", any_or);
    add_method(&types().type_, "__ror__", any_ror);
}

fn as_alias(v: &Value) -> Option<&Alias> {
    v.payload().and_then(|p| p.native::<Alias>())
}

fn as_union(v: &Value) -> Option<&Union> {
    v.payload().and_then(|p| p.native::<Union>())
}

/// `GenericAlias(origin, args)`.
pub fn new_alias(origin: Value, args: &Value) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    Value::Obj(ObjRef::new(
        alias_type().clone(),
        None,
        Payload::Native(Box::new(Alias {
            origin,
            args,
            params: OnceLock::new(),
        })),
    ))
}

/// `__class_getitem__` of the built-in generic classes: `list[int]`.
pub fn class_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(new_alias(args[0].clone(), &args[1]))
}

fn ga_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(new_alias(args[1].clone(), &args[2]))
}

/// Attributes of aliases and unions; everything else an alias forwards to its origin.
pub fn special_attr(vm: &Vm, o: &ObjRef, name: &str) -> PyResult<Option<Value>> {
    if let Some(a) = o.payload.native::<Alias>() {
        return Ok(Some(match name {
            "__origin__" => a.origin.clone(),
            "__args__" => new_tuple(a.args.clone()),
            "__parameters__" => params_of(vm, &a.params, &a.args)?,
            "__unpacked__" => Value::Bool(false),
            "__typing_unpacked_tuple_args__" => Value::None,
            "__class__" | "__mro_entries__" | "__reduce_ex__" | "__reduce__" | "__copy__"
            | "__deepcopy__" => return Ok(None),
            _ => vm.getattr(&a.origin, name)?,
        }));
    }
    if let Some(u) = o.payload.native::<Union>() {
        return Ok(match name {
            "__args__" => Some(new_tuple(u.args.clone())),
            "__parameters__" => Some(params_of(vm, &u.params, &u.args)?),
            _ => None,
        });
    }
    Ok(None)
}

/// `getattr(v, name)`, or `None` when it has no such attribute.
fn lookup_attr(vm: &Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match vm.getattr(v, name) {
        Ok(r) => Ok(Some(r)),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}

/// The type variables among `args` (each once, in order of appearance).
fn params_of(vm: &Vm, cell: &OnceLock<Value>, args: &[Value]) -> PyResult<Value> {
    if let Some(p) = cell.get() {
        return Ok(p.clone());
    }
    let mut out: Vec<Value> = Vec::new();
    let add = |vm: &Vm, x: Value, out: &mut Vec<Value>| -> PyResult<()> {
        for y in out.iter() {
            if y.is(&x) || vm.eq(y, &x)? {
                return Ok(());
            }
        }
        out.push(x);
        Ok(())
    };
    for a in args {
        if is_type(a) {
            continue;
        }
        if lookup_attr(vm, a, "__typing_subst__")?.is_some() {
            add(vm, a.clone(), &mut out)?;
        } else if let Some(ps) = lookup_attr(vm, a, "__parameters__")? {
            if let Some(Payload::Tuple(t)) = ps.payload() {
                for p in t.iter() {
                    add(vm, p.clone(), &mut out)?;
                }
            }
        }
    }
    let v = new_tuple(out);
    let _ = cell.set(v.clone());
    Ok(cell.get().cloned().unwrap_or(v))
}

/// How an alias shows one of its arguments.
fn repr_item(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is(&Value::Obj(types().ellipsis.clone())) {
        return Ok("...".into());
    }
    if let Some(Payload::List(l)) = v.payload() {
        let items = l.read().clone();
        let parts = items
            .iter()
            .map(|x| repr_item(vm, x))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    if lookup_attr(vm, v, "__origin__")?.is_some() && lookup_attr(vm, v, "__args__")?.is_some() {
        return vm.repr(v);
    }
    let Some(qn) = lookup_attr(vm, v, "__qualname__")? else {
        return vm.repr(v);
    };
    let module = lookup_attr(vm, v, "__module__")?;
    match module {
        None => vm.repr(v),
        Some(m) if m.is_none() => vm.repr(v),
        Some(m) => {
            let m = vm.str(&m)?;
            let qn = vm.str(&qn)?;
            if m == "builtins" {
                Ok(qn)
            } else {
                Ok(format!("{m}.{qn}"))
            }
        }
    }
}

fn ga_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    let mut s = repr_item(vm, &a.origin)?;
    s.push('[');
    if a.args.is_empty() {
        s.push_str("()");
    }
    for (i, x) in a.args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(vm, x)?);
    }
    s.push(']');
    Ok(new_str(s))
}

fn not_impl() -> Value {
    Value::Obj(types().not_implemented.clone())
}

fn seq_eq(vm: &Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !(x.is(y) || vm.eq(x, y)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn ga_equal(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let a = as_alias(&args[0]).unwrap();
    let Some(b) = as_alias(&args[1]) else {
        return Ok(None);
    };
    Ok(Some(
        (a.origin.is(&b.origin) || vm.eq(&a.origin, &b.origin)?) && seq_eq(vm, &a.args, &b.args)?,
    ))
}

fn ga_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ga_equal(vm, args)?
        .map(Value::Bool)
        .unwrap_or_else(not_impl))
}

fn ga_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ga_equal(vm, args)?
        .map(|b| Value::Bool(!b))
        .unwrap_or_else(not_impl))
}

fn ga_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    let h = vm.hash(&a.origin)? ^ vm.hash(&new_tuple(a.args.clone()))?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    let r = vm.call_kw(&a.origin, &args[1..], kw)?;
    if let Err(e) = crate::attr::setattr(vm, &r, &crate::intern("__orig_class__"), args[0].clone())
    {
        if !vm.err_matches(&e, "AttributeError") && !vm.err_matches(&e, "TypeError") {
            return Err(e);
        }
    }
    Ok(r)
}

fn ga_mro_entries(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    Ok(new_tuple_of([a.origin.clone()]))
}

fn ga_instancecheck(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    Ok(new_tuple_of([
        Value::Obj(alias_type().clone()),
        new_tuple_of([a.origin.clone(), new_tuple(a.args.clone())]),
    ]))
}

/// Substitute `item` for the type variables `params` in `args` (`list[T][int]`).
fn substitute(
    vm: &Vm,
    me: &Value,
    args: &[Value],
    params: &Value,
    item: &Value,
) -> PyResult<Vec<Value>> {
    let params: Vec<Value> = match params.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    if params.is_empty() {
        return Err(vm.type_error(format!("{} is not a generic class", vm.repr(me)?)));
    }
    let items: Vec<Value> = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    if items.len() != params.len() {
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            vm.repr(me)?,
            items.len(),
            params.len()
        )));
    }
    let index = |vm: &Vm, p: &Value| -> PyResult<Option<usize>> {
        for (i, q) in params.iter().enumerate() {
            if q.is(p) || vm.eq(q, p)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    };
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        if is_type(a) {
            out.push(a.clone());
            continue;
        }
        if let Some(subst) = lookup_attr(vm, a, "__typing_subst__")? {
            match index(vm, a)? {
                Some(i) => out.push(vm.call(&subst, &[items[i].clone()])?),
                None => out.push(a.clone()),
            }
            continue;
        }
        let sub = lookup_attr(vm, a, "__parameters__")?;
        match sub.as_ref().and_then(|s| match s.payload() {
            Some(Payload::Tuple(t)) if !t.is_empty() => Some(t.to_vec()),
            _ => None,
        }) {
            Some(sp) => {
                let mut subargs = Vec::with_capacity(sp.len());
                for p in &sp {
                    match index(vm, p)? {
                        Some(i) => subargs.push(items[i].clone()),
                        None => subargs.push(p.clone()),
                    }
                }
                out.push(crate::ops::getitem(vm, a, &new_tuple(subargs))?);
            }
            None => out.push(a.clone()),
        }
    }
    Ok(out)
}

fn ga_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = as_alias(&args[0]).unwrap();
    let params = params_of(vm, &a.params, &a.args)?;
    let new = substitute(vm, &args[0], &a.args, &params, &args[1])?;
    Ok(new_alias(a.origin.clone(), &new_tuple(new)))
}

// ----- unions ---------------------------------------------------------------------

fn unionable(v: &Value) -> bool {
    v.is_none() || is_type(v) || as_alias(v).is_some() || as_union(v).is_some()
}

fn push_flat(vm: &Vm, v: &Value, out: &mut Vec<Value>) -> PyResult<()> {
    let items: Vec<Value> = match as_union(v) {
        Some(u) => u.args.clone(),
        None if v.is_none() => vec![Value::Obj(types().none_type.clone())],
        None => vec![v.clone()],
    };
    'next: for x in items {
        for y in out.iter() {
            let same = if as_alias(&x).is_some() && as_alias(y).is_some() {
                vm.eq(&x, y)?
            } else {
                x.is(y)
            };
            if same {
                continue 'next;
            }
        }
        out.push(x);
    }
    Ok(())
}

/// `a | b` for types, aliases, unions and None; `NotImplemented` for anything else.
pub fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(a) || !unionable(b) {
        return Ok(not_impl());
    }
    let mut args = Vec::new();
    push_flat(vm, a, &mut args)?;
    push_flat(vm, b, &mut args)?;
    Ok(union_from(args))
}

fn union_from(args: Vec<Value>) -> Value {
    if args.len() == 1 {
        return args.into_iter().next().unwrap();
    }
    Value::Obj(ObjRef::new(
        union_type().clone(),
        None,
        Payload::Native(Box::new(Union {
            args,
            params: OnceLock::new(),
        })),
    ))
}

fn any_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    make_union(vm, &args[0], &args[1])
}

fn any_ror(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    make_union(vm, &args[1], &args[0])
}

fn un_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = as_union(&args[0]).unwrap();
    let mut parts = Vec::with_capacity(u.args.len());
    for a in &u.args {
        if a.as_obj().is_some_and(|o| o.ptr_eq(&types().none_type)) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, a)?);
        }
    }
    Ok(new_str(parts.join(" | ")))
}

fn contains_all(vm: &Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    'outer: for x in a {
        for y in b {
            if x.is(y) || vm.eq(x, y)? {
                continue 'outer;
            }
        }
        return Ok(false);
    }
    Ok(true)
}

fn un_equal(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let a = as_union(&args[0]).unwrap();
    let Some(b) = as_union(&args[1]) else {
        return Ok(None);
    };
    Ok(Some(
        contains_all(vm, &a.args, &b.args)? && contains_all(vm, &b.args, &a.args)?,
    ))
}

fn un_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(un_equal(vm, args)?
        .map(Value::Bool)
        .unwrap_or_else(not_impl))
}

fn un_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(un_equal(vm, args)?
        .map(|b| Value::Bool(!b))
        .unwrap_or_else(not_impl))
}

fn un_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = as_union(&args[0]).unwrap();
    let mut h: i64 = 0x2f5a_1c3b;
    for a in &u.args {
        h ^= vm.hash(a)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn un_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = as_union(&args[0]).unwrap();
    let params = params_of(vm, &u.params, &u.args)?;
    let new = substitute(vm, &args[0], &u.args, &params, &args[1])?;
    let mut it = new.into_iter();
    let mut r = it.next().unwrap_or(Value::None);
    for x in it {
        r = crate::ops::binary_op(vm, &r, &x, weft_compiler::opcode::binop::OR)?;
    }
    Ok(r)
}

fn un_instancecheck(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = as_union(&args[0]).unwrap();
    let isinstance = crate::interp::module_get(crate::interp::interp().builtins(), "isinstance");
    match isinstance {
        Some(f) => vm.call(&f, &[args[1].clone(), new_tuple(u.args.clone())]),
        None => Ok(Value::Bool(false)),
    }
}

fn un_subclasscheck(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = as_union(&args[0]).unwrap();
    let issubclass = crate::interp::module_get(crate::interp::interp().builtins(), "issubclass");
    let _ = type_of;
    match issubclass {
        Some(f) => vm.call(&f, &[args[1].clone(), new_tuple(u.args.clone())]),
        None => Ok(Value::Bool(false)),
    }
}

/// Is `v` a `types.UnionType`?
pub fn is_union(v: &Value) -> bool {
    as_union(v).is_some()
}

/// Is `v` a `types.GenericAlias`?
pub fn is_alias(v: &Value) -> bool {
    as_alias(v).is_some()
}
