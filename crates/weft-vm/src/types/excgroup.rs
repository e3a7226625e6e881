//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction checks, `message`,
//! `exceptions`, `subgroup`, `split`, `derive` and `str()`.
//! Follows <https://docs.python.org/3.11/library/exceptions.html#exception-groups>.

use crate::new_tuple_of;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::exception::{exc_matches, is_exception_class, ExcData};
use crate::types::function::BuiltinKind;
use crate::types::typeobj::{is_subtype, tdata};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple, PyResult};
use std::collections::{HashMap, HashSet};

type Kw<'a> = &'a [(Value, Value)];

fn exc_data(v: &Value) -> Option<&ExcData> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

/// The (message, exceptions tuple) of a group.
fn group_parts(v: &Value) -> Option<(Value, Value)> {
    exc_data(v).and_then(|d| d.group.get().cloned())
}

fn this_group(vm: &Vm, v: &Value, what: &str) -> PyResult<(Value, Value)> {
    group_parts(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a 'BaseExceptionGroup' object"
        ))
    })
}

fn no_keywords(vm: &Vm, cls: &ObjRef, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            tdata(cls).name.read()
        )))
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let mut cls = cls.clone();
    no_keywords(vm, &cls, kw)?;
    let rest = &args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let message = rest[0].clone();
    if !matches!(message.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&message)
        )));
    }
    let seq = &rest[1];
    let is_seq = match seq.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        Some(Payload::Dict(_) | Payload::Set(_)) => false,
        _ => {
            vm.lookup_special(seq, "__getitem__").is_some()
                && !vm.isinstance(seq, &crate::types::types().dict)
        }
    };
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_type("Exception");
    let mut nests_base = false;
    for (i, e) in excs.iter().enumerate() {
        if exc_data(e).is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.isinstance(e, &exception) {
            nests_base = true;
        }
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    let eg = vm.exc_type("ExceptionGroup");
    if cls.ptr_eq(&beg) {
        if !nests_base {
            cls = eg;
        }
    } else if cls.ptr_eq(&eg) {
        if nests_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nests_base && is_subtype(&cls, &exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            tdata(&cls).name.read()
        )));
    }
    let data = ExcData::new(new_tuple(rest.to_vec()));
    let _ = data.group.set((message, new_tuple(excs)));
    Ok(Value::Obj(ObjRef::new(
        cls,
        Some(crate::new_dict_obj()),
        Payload::Exception(Box::new(data)),
    )))
}

fn eg_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, type_of(&args[0]), kw)?;
    if let Some(d) = exc_data(&args[0]) {
        *d.args.lock() = new_tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

fn eg_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (msg, excs) = this_group(vm, &args[0], "__str__")?;
    let n = match excs.payload() {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    };
    let msg = vm.str(&msg)?;
    Ok(new_str(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn eg_message(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this_group(vm, &args[0], "message")?.0)
}

fn eg_exceptions(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this_group(vm, &args[0], "exceptions")?.1)
}

/// `derive(excs)`: a group with the same message around `excs`.
fn eg_derive(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (msg, _) = this_group(vm, &args[0], "derive")?;
    let Some(excs) = args.get(1) else {
        return Err(
            vm.type_error("BaseExceptionGroup.derive() takes exactly one argument (0 given)")
        );
    };
    vm.call(
        &Value::Obj(vm.exc_type("BaseExceptionGroup")),
        &[msg, excs.clone()],
    )
}

/// What `split`/`subgroup` match against.
enum Matcher {
    Types(Value),
    Pred(Value),
    /// Exactly these exception objects (by identity), for `except*`'s re-raise projection.
    Ids(HashSet<usize>),
}

fn matcher(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    if is_exception_class(cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(Payload::Tuple(items)) = cond.payload() {
        if items.iter().all(is_exception_class) {
            return Ok(Matcher::Types(cond.clone()));
        }
    } else if crate::builtins::is_callable(vm, cond) {
        return Ok(Matcher::Pred(cond.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => exc_matches(vm, e, t),
        Matcher::Pred(f) => {
            let r = vm.call(f, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(e
            .as_obj()
            .is_some_and(|o| ids.contains(&(o.as_ptr() as usize)))),
    }
}

/// Copy traceback, cause, context and notes from `from` onto the derived group `to`.
fn copy_metadata(vm: &Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Some(f), Some(t)) = (exc_data(from), exc_data(to)) {
        let tb = f.traceback.lock().clone();
        *t.traceback.lock() = tb;
        let cause = f.cause.lock().clone();
        *t.cause.lock() = cause;
        // CPython sets the cause with PyException_SetCause, which also suppresses the
        // context (even for a None cause): derived parts never print their context.
        t.suppress_context
            .store(true, std::sync::atomic::Ordering::Relaxed);
        let ctx = f.context.lock().clone();
        *t.context.lock() = ctx;
    }
    if let Ok(notes) = vm.getattr(from, "__notes__") {
        // only a sequence is copied (a list of its own for each part)
        let seq = match notes.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => true,
            Some(Payload::Dict(_)) => false,
            _ => vm.lookup_special(&notes, "__getitem__").is_some(),
        };
        if !seq {
            return Ok(());
        }
        let copy = crate::new_list(vm.collect(&notes)?);
        if let Some(o) = to.as_obj() {
            vm.set_attr_raw(o, "__notes__", copy)?;
        }
    }
    Ok(())
}

/// Split `e` into (matching part, rest); `want_rest` false skips building the rest.
fn split_rec(
    vm: &Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some((_, excs)) = group_parts(e) else {
        return Ok((None, if want_rest { Some(e.clone()) } else { None }));
    };
    let items = match excs.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    let (mut hit, mut miss) = (Vec::new(), Vec::new());
    for sub in &items {
        let (a, b) = split_rec(vm, sub, m, want_rest)?;
        hit.extend(a);
        miss.extend(b);
    }
    let build = |parts: Vec<Value>| -> PyResult<Option<Value>> {
        if parts.is_empty() {
            return Ok(None);
        }
        let g = vm.call_method(e, "derive", &[crate::new_list(parts)])?;
        if exc_data(&g).is_none() || group_parts(&g).is_none() {
            return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        copy_metadata(vm, e, &g)?;
        Ok(Some(g))
    };
    Ok((build(hit)?, build(miss)?))
}

fn eg_split(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this_group(vm, &args[0], "split")?;
    let Some(cond) = args.get(1) else {
        return Err(
            vm.type_error("BaseExceptionGroup.split() takes exactly one argument (0 given)")
        );
    };
    let m = matcher(vm, cond)?;
    let (a, b) = split_rec(vm, &args[0], &m, true)?;
    Ok(new_tuple_of([
        a.unwrap_or(Value::None),
        b.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this_group(vm, &args[0], "subgroup")?;
    let Some(cond) = args.get(1) else {
        return Err(
            vm.type_error("BaseExceptionGroup.subgroup() takes exactly one argument (0 given)")
        );
    };
    let m = matcher(vm, cond)?;
    Ok(split_rec(vm, &args[0], &m, false)?.0.unwrap_or(Value::None))
}

/// The part of group `eg` made of the leaf exceptions whose identities are in `ids`
/// (None when there is none), keeping the nesting and metadata.
pub(crate) fn project(vm: &Vm, eg: &Value, ids: HashSet<usize>) -> PyResult<Value> {
    let (hit, _) = split_rec(vm, eg, &Matcher::Ids(ids), false)?;
    Ok(hit.unwrap_or(Value::None))
}

/// Install the methods on `BaseExceptionGroup` (created by the exception hierarchy).
pub fn init(m: &HashMap<&'static str, ObjRef>) {
    let beg = &m["BaseExceptionGroup"];
    crate::types::add_staticmethod(beg, "__new__", eg_new);
    crate::types::add_method(beg, "__init__", eg_init);
    crate::types::add_method(beg, "__str__", eg_str);
    crate::types::add_method(beg, "derive", eg_derive);
    crate::types::add_method(beg, "split", eg_split);
    crate::types::add_method(beg, "subgroup", eg_subgroup);
    crate::types::add_classmethod(
        beg,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
    for (name, f) in [
        ("message", eg_message as crate::types::function::NativeFn),
        ("exceptions", eg_exceptions),
    ] {
        let g = crate::types::native(name, f, BuiltinKind::Function, None, None);
        let s = crate::types::native(name, readonly, BuiltinKind::Function, None, None);
        let p = ObjRef::new_immortal(
            crate::types::types().property.clone(),
            None,
            Payload::Property(Box::new([g, s.clone(), s, Value::None])),
        );
        crate::types::set_type_attr(beg, name, Value::Obj(p));
    }
}

/// The setter/deleter of the read-only members.
fn readonly(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.new_error("AttributeError", "readonly attribute"))
}

/// The sub-exceptions of `e` if it is an exception group (for traceback printing).
pub fn sub_exceptions(e: &Value) -> Option<Vec<Value>> {
    let (_, excs) = group_parts(e)?;
    match excs.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}
