//! Calling: Python functions (argument binding to parameters as
//! <https://docs.python.org/3.11/reference/expressions.html#calls> describes), built-in
//! functions, bound methods, classes and objects with `__call__`.

use crate::eval::{self, Exit};
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::{ArgCheck, BuiltinKind, Function};
use crate::types::typeobj::tdata;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_dict, PyResult};
use weft_compiler::code::flags;

pub fn call(vm: &Vm, f: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = f else {
        return Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(f))));
    };
    match &o.payload {
        Payload::Function(func) => call_function(vm, o, func, args, kw),
        Payload::Builtin(b) => {
            if plain_method_call(b, args, kw) {
                return (b.func)(vm, args, kw);
            }
            if let Some(c) = b.check {
                crate::types::function::check_args(vm, o, b, c, args, kw)?;
            }
            let r = match (&b.bound, b.kind) {
                (Some(s), BuiltinKind::Method) | (Some(s), BuiltinKind::ClassMethod) => {
                    with_self(s, args, |a| (b.func)(vm, a, kw))
                }
                (_, BuiltinKind::Method) => {
                    if args.is_empty() {
                        let owner = b
                            .owner
                            .as_ref()
                            .map(|t| tdata(t).name.read().clone())
                            .unwrap_or_default();
                        let slot = o.class.ptr_eq(&crate::types::types().wrapper_descriptor);
                        return Err(vm.type_error(if slot {
                            format!(
                                "descriptor '{}' of '{}' object needs an argument",
                                b.name, owner
                            )
                        } else {
                            format!("unbound method {}.{}() needs an argument", owner, b.name)
                        }));
                    }
                    if let Some(owner) = &b.owner {
                        // A method descriptor checks the real type (CPython's
                        // `PyObject_TypeCheck`, no `__instancecheck__`).
                        if !crate::types::typeobj::is_subtype(crate::vm::type_of(&args[0]), owner) {
                            let on = crate::repr::tp_name(owner);
                            if o.class.ptr_eq(&crate::types::types().wrapper_descriptor) {
                                return Err(vm.type_error(format!(
                                    "descriptor '{}' requires a '{}' object but received a '{}'",
                                    b.name,
                                    on,
                                    vm.type_name(&args[0])
                                )));
                            }
                            return Err(vm.type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                b.name,
                                on,
                                vm.type_name(&args[0])
                            )));
                        }
                    }
                    (b.func)(vm, args, kw)
                }
                _ => (b.func)(vm, args, kw),
            };
            r
        }
        Payload::Method(m) => {
            let (func, slf) = &**m;
            if let Value::Obj(fo) = func {
                if let Payload::Function(pf) = &fo.payload {
                    return call_function_with(vm, fo, pf, Some(slf), args, kw);
                }
            }
            with_self(slf, args, |a| call(vm, func, a, kw))
        }
        // A class defined in Python has no vectorcall in CPython 3.11: its call goes
        // through _PyObject_MakeTpCall, which counts a level of the recursion depth
        // (`Node()` in `Node.__init__` recurses at two levels per frame).
        Payload::Type(_) if tdata(o).heap => vm.builtin_level(|| call_type(vm, o, args, kw)),
        Payload::Type(_) => call_type(vm, o, args, kw),
        // staticmethod objects are callable since 3.10
        Payload::StaticMethod(func) => call(vm, func, args, kw),
        _ => call_instance(vm, f, o, args, kw),
    }
}

/// Calling an instance through its class's `__call__`. A Python function or a native
/// method there is called with the instance prepended, without making a bound method
/// (`functools.lru_cache` wrappers, callable objects); anything else is bound first.
fn call_instance(
    vm: &Vm,
    f: &Value,
    o: &ObjRef,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let key = &crate::names::names().call;
    let Some(c) = crate::types::typeobj::lookup(&o.class, key, crate::str_hash(key)) else {
        return Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(f))));
    };
    let unbound = match c.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method && b.bound.is_none(),
        _ => false,
    };
    if unbound {
        if !matches!(c.payload(), Some(Payload::Function(_))) {
            return with_self(f, args, |a| call(vm, &c, a, kw));
        }
        // A `__call__` defined in Python is CPython's slot_tp_call, reached through
        // _PyObject_MakeTpCall, which counts a level of the recursion depth (native
        // types' `__call__` count their own): `self()` in `__call__` recurses at two.
        vm.enter_native(" while calling a Python object")?;
        let r = with_self(f, args, |a| call(vm, &c, a, kw));
        vm.leave();
        return r;
    }
    let bound = crate::attr::bind(vm, c, f.clone(), &o.class);
    call(vm, &bound, args, kw)
}

/// The usual method call (`LOAD_METHOD` split `self` off): a method descriptor given an
/// instance of exactly its type and nothing its checks would refuse, so its native
/// function can be called as it is.
#[inline(always)]
fn plain_method_call(
    b: &crate::types::function::Builtin,
    args: &[Value],
    kw: &[(Value, Value)],
) -> bool {
    if b.kind != BuiltinKind::Method || b.bound.is_some() {
        return false;
    }
    let (Some(owner), Some(s)) = (&b.owner, args.first()) else {
        return false;
    };
    let plain = match b.check {
        None => true,
        Some(c) => kw.is_empty() && c.any_positional(),
    };
    plain && crate::vm::type_of(s).ptr_eq(owner)
}

/// CALL without keywords (the eval loop's general path): a method descriptor given an
/// instance of exactly its type (`items.append(x)` after LOAD_METHOD) or a built-in
/// function (`len(b)`) goes straight to its native function; anything else takes
/// [`call_positional_other`]. Out of line and tiny: the built-in call is a few compares
/// and a tail jump, with no registers saved (the other paths would make LLVM save six
/// on entry).
#[inline(never)]
pub fn call_positional(vm: &Vm, full: &[Value]) -> PyResult<Value> {
    if let Value::Obj(o) = &full[0] {
        if let Payload::Builtin(b) = &o.payload {
            let args = &full[1..];
            match b.kind {
                BuiltinKind::Method => {
                    // `self` is nearly always a heap object: its class is read directly,
                    // without `type_of`'s dispatch on the value's kind.
                    let exact = match (&b.owner, args.first()) {
                        (Some(owner), Some(Value::Obj(s))) => s.class.ptr_eq(owner),
                        _ => false,
                    };
                    if exact && b.bound.is_none() && b.check.is_none_or(ArgCheck::any_positional) {
                        return (b.func)(vm, args, &[]);
                    }
                }
                BuiltinKind::Function if b.check.is_none_or(ArgCheck::any_positional) => {
                    return (b.func)(vm, args, &[]);
                }
                _ => {}
            }
        }
    }
    call_positional_other(vm, full)
}

/// [`call_positional`] for everything but the plain built-in call.
#[inline(never)]
fn call_positional_other(vm: &Vm, full: &[Value]) -> PyResult<Value> {
    let (f, args) = (&full[0], &full[1..]);
    if let Value::Obj(o) = f {
        match &o.payload {
            Payload::Builtin(b) => match b.kind {
                BuiltinKind::Method if plain_method_call(b, args, &[]) => {
                    return (b.func)(vm, args, &[]);
                }
                BuiltinKind::Function => {
                    if let Some(c) = b.check {
                        crate::types::function::check_args(vm, o, b, c, args, &[])?;
                    }
                    return (b.func)(vm, args, &[]);
                }
                _ => {}
            },
            Payload::Type(_) if !tdata(o).heap => {
                if let Some(r) = builtin_class_call(vm, o, full) {
                    return r;
                }
            }
            _ => {}
        }
    }
    call(vm, f, args, &[])
}

/// Runs `f` on `self` followed by `args` as one slice (see [`with_front`]).
#[inline(always)]
fn with_self<R>(slf: &Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    with_front([slf], args, f)
}

/// Runs `f` on the values `front` followed by `args` as one slice. The usual few are
/// bitwise copies on the Rust stack that count no reference: a bound method call should
/// neither allocate nor write the counts of its arguments (`a = r.append; a(x)` spent a
/// third of its time building and dropping a counted copy). More are cloned into a
/// vector.
#[inline(always)]
fn with_front<R, const K: usize>(
    front: [&Value; K],
    args: &[Value],
    f: impl FnOnce(&[Value]) -> R,
) -> R {
    const N: usize = 7;
    if K + args.len() <= N {
        let mut buf = [const { std::mem::MaybeUninit::<Value>::uninit() }; N];
        let p = buf.as_mut_ptr().cast::<Value>();
        // SAFETY: `buf` has room for all of them. The copies are bitwise and never
        // dropped (`MaybeUninit`), so they own no reference: they only alias values the
        // caller's borrows of `front` and `args` keep alive for the whole call, and `f`
        // sees them only through a shared slice (it can clone them, not move them out).
        unsafe {
            for (i, v) in front.iter().enumerate() {
                std::ptr::copy_nonoverlapping(*v, p.add(i), 1);
            }
            std::ptr::copy_nonoverlapping(args.as_ptr(), p.add(K), args.len());
            f(std::slice::from_raw_parts(p, K + args.len()))
        }
    } else {
        let mut v = Vec::with_capacity(K + args.len());
        v.extend(front.iter().map(|x| (*x).clone()));
        v.extend_from_slice(args);
        f(&v)
    }
}

/// Calling a class: `type(x)`, `cls.__new__` then `__init__`.
fn call_type(vm: &Vm, t: &ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if t.ptr_eq(&types().type_) && args.len() == 1 && kw.is_empty() {
        return Ok(Value::Obj(crate::vm::type_of(&args[0]).clone()));
    }
    // A metaclass with its own __call__.
    let meta = &t.class;
    if !meta.ptr_eq(&types().type_) {
        let key = crate::names::names().call.clone();
        if let Some(c) = crate::types::typeobj::lookup(meta, &key, crate::str_hash(&key)) {
            if !matches!(&c, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.name == "__call__" && b.owner.as_ref().map(|x| x.ptr_eq(&types().type_)).unwrap_or(false)))
            {
                // A class found there is not a descriptor: it is called without the class.
                if matches!(c.payload(), Some(Payload::Type(_))) {
                    return call(vm, &c, args, kw);
                }
                let mut a = vec![Value::Obj(t.clone())];
                a.extend_from_slice(args);
                return call(vm, &c, &a, kw);
            }
        }
    }
    type_call(vm, t, args, kw)
}

/// `type.__call__(cls, *args, **kw)`.
pub fn type_call(vm: &Vm, t: &ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // `super(...)` (in every `super().method()` call): its `__new__` does all the work
    // and `object.__init__` is skipped for it, so neither is looked up.
    if t.ptr_eq(&types().super_) && kw.is_empty() {
        return crate::types::core::new_super(vm, args);
    }
    if t.ptr_eq(&types().type_) {
        // `type(x)` is x's class; otherwise type() builds a class from three arguments.
        if args.len() == 1 {
            if !kw.is_empty() {
                return Err(vm.type_error("type() takes no keyword arguments"));
            }
            return Ok(Value::Obj(crate::vm::type_of(&args[0]).clone()));
        }
        if args.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    let new = class_new(t);
    let tv = Value::Obj(t.clone());
    let obj = match &new {
        Some(n) => with_self(&tv, args, |a| call(vm, n, a, kw))?,
        None => {
            return Err(vm.type_error(format!(
                "cannot create '{}' instances",
                tdata(t).name.read()
            )))
        }
    };
    let new_is_object_new = new.is_some_and(|n| is_object_builtin(&n, "__new__"));
    init_new(vm, t, obj, args, kw, new_is_object_new)
}

/// The `__new__` a call of class `t` runs (a staticmethod unwrapped), if any.
#[inline]
fn class_new(t: &ObjRef) -> Option<Value> {
    let new_key = &crate::names::names().new;
    let n = crate::types::typeobj::lookup(t, new_key, crate::str_hash(new_key))?;
    Some(match &n {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.clone(),
            _ => n,
        },
        _ => n,
    })
}

/// The rest of `type.__call__` once `__new__` made `obj`: `__init__`, when `obj` is an
/// instance of `t` and `object.__init__` would not be skipped.
fn init_new(
    vm: &Vm,
    t: &ObjRef,
    obj: Value,
    args: &[Value],
    kw: &[(Value, Value)],
    new_is_object_new: bool,
) -> PyResult<Value> {
    if !crate::types::typeobj::is_subtype(crate::vm::type_of(&obj), t) {
        return Ok(obj);
    }
    let init_key = crate::names::names().init.clone();
    if let Some(init) = crate::types::typeobj::lookup(
        crate::vm::type_of(&obj),
        &init_key,
        crate::str_hash(&init_key),
    ) {
        // `object.__init__` does nothing when `__new__` was overridden or there are no
        // arguments (else it raises): skip the call (`tuple(x)`, `range(n)`, ...).
        if is_object_builtin(&init, "__init__")
            && (!new_is_object_new || (args.is_empty() && kw.is_empty()))
            && crate::vm::type_of(&obj).ptr_eq(t)
        {
            return Ok(obj);
        }
        let r = with_self(&obj, args, |a| call(vm, &init, a, kw))?;
        if !r.is_none() {
            return Err(init_not_none(vm, &r));
        }
    }
    Ok(obj)
}

/// The TypeError for an `__init__` that returned `r`, not None (`type.__call__`, the
/// built-in class call and the eval loop's inlined `__init__`).
#[cold]
#[inline(never)]
pub(crate) fn init_not_none(vm: &Vm, r: &Value) -> crate::PyErr {
    vm.type_error(format!(
        "__init__() should return None, not '{}'",
        vm.type_name(r)
    ))
}

/// What a call of a built-in class runs: its built-in `__new__`, and its `__init__`
/// unless that is `object.__init__`. Built-in classes cannot be changed, so this is
/// resolved once per class (`TypeData::ctor`) instead of two lookups per call.
pub struct BuiltinCtor {
    /// A static built-in function (checked when resolved).
    new: ObjRef,
    new_is_object_new: bool,
    /// `None` when `__init__` is `object.__init__`.
    init: Option<Value>,
}

fn builtin_ctor(t: &ObjRef) -> Option<BuiltinCtor> {
    let new = class_new(t)?;
    let new_is_object_new = is_object_builtin(&new, "__new__");
    // A static built-in, which `call` would run as it is after its argument check.
    let Value::Obj(new) = new else { return None };
    if !matches!(&new.payload, Payload::Builtin(b)
        if b.kind == BuiltinKind::Static && b.bound.is_none())
    {
        return None;
    }
    let init_key = crate::names::names().init.clone();
    let init = crate::types::typeobj::lookup(t, &init_key, crate::str_hash(&init_key))?;
    Some(BuiltinCtor {
        new,
        new_is_object_new,
        init: (!is_object_builtin(&init, "__init__")).then_some(init),
    })
}

/// CALL of a built-in class without keywords (`range(n)`, `tuple(x)`, `int(s)`):
/// `full` is the class followed by the arguments, which is exactly what its built-in
/// `__new__` takes, so no argument vector is built. `None` for the classes whose call
/// `type_call` treats specially, or whose `__new__` is not a built-in function.
#[inline(never)]
fn builtin_class_call(vm: &Vm, t: &ObjRef, full: &[Value]) -> Option<PyResult<Value>> {
    let ty = types();
    if t.ptr_eq(&ty.type_) {
        // `type(x)`: the class of `x` (the general way built an argument tuple and went
        // through `type.__call__`: 449 instructions against CPython's 131).
        return match full {
            [_, x] => Some(Ok(Value::Obj(crate::vm::type_of(x).clone()))),
            _ => None,
        };
    }
    if t.ptr_eq(&ty.super_) || !t.class.ptr_eq(&ty.type_) {
        return None;
    }
    let td = tdata(t);
    let version = td.version.load(std::sync::atomic::Ordering::Acquire);
    let (at, ctor) = td.ctor.get_or_init(|| (version, builtin_ctor(t)));
    let fresh;
    let c = if *at == version {
        ctor.as_ref()?
    } else {
        // Resolved before a change (start-up filling in the class): resolve afresh.
        fresh = builtin_ctor(t);
        fresh.as_ref()?
    };
    let Payload::Builtin(b) = &c.new.payload else {
        return None;
    };
    let made = match b.check {
        Some(ch) => crate::types::function::check_args(vm, &c.new, b, ch, full, &[])
            .and_then(|()| (b.func)(vm, full, &[])),
        None => (b.func)(vm, full, &[]),
    };
    let obj = match made {
        Ok(o) => o,
        Err(e) => return Some(Err(e)),
    };
    let args = &full[1..];
    // `object.__init__` does nothing when `__new__` was overridden or there are no
    // arguments (else it raises): skipped for an instance of exactly `t`.
    if crate::vm::type_of(&obj).ptr_eq(t) {
        if c.init.is_none() && (!c.new_is_object_new || args.is_empty()) {
            return Some(Ok(obj));
        }
        // An instance of exactly `t`: its `__init__` is the one resolved with the
        // constructor (`raise ValueError` looked it up again and called it through the
        // general call, about 670 instructions).
        if let Some(init) = &c.init {
            return Some(
                match with_front([init, &obj], args, |a| call_positional(vm, a)) {
                    Ok(r) if r.is_none() => Ok(obj),
                    Ok(r) => Err(init_not_none(vm, &r)),
                    Err(e) => Err(e),
                },
            );
        }
    }
    Some(init_new(vm, t, obj, args, &[], c.new_is_object_new))
}

/// Is `v` the built-in `object.<name>`?
pub(crate) fn is_object_builtin(v: &Value, name: &str) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b))
        if b.name == name && b.owner.as_ref().is_some_and(|o| o.ptr_eq(&types().object)))
}

/// Can a call of `func` with `nargs` positional arguments run inline: a plain function
/// (no `*args`/`**kwargs`, no keyword-only parameters, not a generator, not module code)
/// given at most its positional parameters? (The caller checks the defaults.)
#[inline(always)]
fn inline_shape(func: &Function, nargs: usize) -> bool {
    // Unverified code goes the general way, where `eval::run` refuses it.
    func.code_data().inline_args.is_some_and(|n| nargs <= n)
}

/// CALL's fast path: `stack[at]` is a plain Python function and `stack[at + 1..]` are
/// its first positional parameters, the rest having defaults (no `*args`/`**kwargs`,
/// no keyword-only parameters, not a generator). Returns the callee's frame, for the eval loop to run in place of
/// the caller's (an inlined call: no Rust recursion). The arguments are *moved* into
/// the new frame instead of being copied (which would count and uncount a reference
/// per argument), and `stack` is truncated to `at`. The recursion depth is counted
/// (`Vm::enter`); the eval loop calls `Vm::leave` when the frame is popped. `None`
/// (stack untouched) when the call needs the general path.
///
/// Inlined into the eval loop (measured: out of line, its prologue cost every call ~18
/// instructions and a built-in call that it turns away ~30).
#[inline(always)]
pub fn inline_frame(vm: &Vm, stack: &mut Vec<Value>, at: usize) -> Option<PyResult<Box<Frame>>> {
    debug_assert!(at < stack.len());
    // SAFETY: CALL's callable is on its stack (`at < len`).
    let Value::Obj(o) = (unsafe { stack.get_unchecked(at) }) else {
        return None;
    };
    let func = match &o.payload {
        Payload::Function(func) => func,
        Payload::Type(_) => return inline_init(vm, stack, at),
        _ => return None,
    };
    // The code, read once (another thread may assign `__code__` meanwhile).
    let cp = func.code_ptr();
    // SAFETY: a function's code is an immortal code object (`Function::code_data`).
    let Payload::Code(cd) = &unsafe { &*cp }.payload else {
        // SAFETY: as above: never anything but a code object.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // Unverified code goes the general way, where `eval::run` refuses it.
    let argcount = cd.inline_args?;
    let nargs = stack.len() - at - 1;
    if nargs != argcount {
        return inline_with_defaults(vm, stack, at, cp, argcount);
    }
    if let Err(e) = vm.enter_inline() {
        return Some(Err(e));
    }
    // Take the function off the stack: its reference moves into the frame (a clone
    // cost a count and an uncount on every call).
    // SAFETY: `at < len` (above); the slot is left `Null`, which owns nothing.
    let fobj = unsafe { std::mem::replace(stack.get_unchecked_mut(at), Value::Null) };
    let Value::Obj(fobj) = fobj else {
        unreachable!()
    };
    // SAFETY: `fobj` is the function matched above.
    let frame = unsafe { Frame::boxed_for_owned(&vm.frame_pool, fobj, cp, stack, at + 1) };
    // SAFETY: the arguments moved out (the length is now `at + 1`) and `stack[at]` is
    // the `Null` left above: nothing to drop.
    unsafe { stack.set_len(at) };
    Some(Ok(frame))
}

/// [`inline_frame`] for a call given fewer arguments than the function's positional
/// parameters (`argcount`), the rest from its defaults when they cover them.
#[inline(never)]
fn inline_with_defaults(
    vm: &Vm,
    stack: &mut Vec<Value>,
    at: usize,
    cp: *const crate::object::Object,
    argcount: usize,
) -> Option<PyResult<Box<Frame>>> {
    let nargs = stack.len() - at - 1;
    if nargs > argcount {
        return None;
    }
    let missing = argcount - nargs;
    // Taken off the stack while its defaults are read; put back if they do not serve.
    let Value::Obj(fobj) = std::mem::replace(&mut stack[at], Value::Null) else {
        unreachable!()
    };
    let Payload::Function(func) = &fobj.payload else {
        unreachable!()
    };
    let d = func.defaults.read();
    let entered = match d.payload() {
        Some(Payload::Tuple(t)) if t.len() >= missing => {
            let r = vm.enter_inline();
            if r.is_ok() {
                stack.extend(t[t.len() - missing..].iter().cloned());
            }
            r
        }
        _ => {
            drop(d);
            stack[at] = Value::Obj(fobj);
            return None;
        }
    };
    drop(d);
    if let Err(e) = entered {
        stack[at] = Value::Obj(fobj);
        return Some(Err(e));
    }
    // SAFETY: `fobj` is the function matched above.
    let frame = unsafe { Frame::boxed_for_owned(&vm.frame_pool, fobj, cp, stack, at + 1) };
    crate::value::truncate_values(stack, at);
    Some(Ok(frame))
}

/// [`inline_init`]'s facts about a class, per thread, by class version: its `__init__`
/// (an immortal Python function; null: the class does not qualify) and whether
/// `object.__new__` would just allocate a plain instance (`core::plain_new_ok`). A
/// class's version changes with its namespace or a base's, so an entry never goes stale.
#[derive(Clone, Copy)]
struct InitPlan {
    class: usize,
    version: u64,
    init: *const crate::object::Object,
    plain: bool,
}

const INIT_PLANS: usize = 16;

thread_local! {
    static INIT_PLAN_CACHE: [std::cell::Cell<InitPlan>; INIT_PLANS] = const {
        [const {
            std::cell::Cell::new(InitPlan {
                class: 0,
                version: 0,
                init: std::ptr::null(),
                plain: false,
            })
        }; INIT_PLANS]
    };
}

/// The class's `__init__` when it is a Python function and `__new__` is `object`'s,
/// with whether the instance is a plain allocation; `None` otherwise. Looked up once
/// per class version (when `__init__` is immortal, as class-body functions are).
fn init_plan(t: &ObjRef) -> Option<(Value, bool)> {
    let version = tdata(t).version.load(std::sync::atomic::Ordering::Acquire);
    let slot = (t.id() >> 4) % INIT_PLANS;
    let e = INIT_PLAN_CACHE.with(|c| c[slot].get());
    if e.class == t.id() && e.version == version {
        if e.init.is_null() {
            return None;
        }
        // SAFETY: only immortal functions are cached (below): never freed.
        return Some((
            Value::Obj(unsafe { ObjRef::from_immortal_ptr(e.init) }),
            e.plain,
        ));
    }
    let names = crate::names::names();
    let new = crate::types::typeobj::lookup(t, &names.new, crate::str_hash(&names.new));
    let init = crate::types::typeobj::lookup(t, &names.init, crate::str_hash(&names.init));
    let init = match (new, init) {
        (Some(new), Some(init))
            if is_object_builtin(&new, "__new__")
                && !tdata(t)
                    .new_sticky
                    .load(std::sync::atomic::Ordering::Relaxed)
                && matches!(init.payload(), Some(Payload::Function(_))) =>
        {
            init
        }
        _ => {
            let none = InitPlan {
                class: t.id(),
                version,
                init: std::ptr::null(),
                plain: false,
            };
            INIT_PLAN_CACHE.with(|c| c[slot].set(none));
            return None;
        }
    };
    let plain = crate::types::core::plain_new_ok(t);
    if let Value::Obj(io) = &init {
        if io.is_immortal() {
            let plan = InitPlan {
                class: t.id(),
                version,
                init: io.as_ptr(),
                plain,
            };
            INIT_PLAN_CACHE.with(|c| c[slot].set(plan));
        }
    }
    Some((init, plain))
}

/// CALL's fast path for a class: `stack[at]` is a class whose metaclass is `type`, with
/// `object.__new__` and an `__init__` that is a plain Python function taking
/// `stack[at + 1..]` (as [`inline_frame`] requires). Creates the instance, puts it in
/// the class's place as `self`, and returns `__init__`'s frame with `init_self` set, for
/// the eval loop to run inline; `None` (stack untouched) otherwise.
#[inline(never)]
fn inline_init(vm: &Vm, stack: &mut Vec<Value>, at: usize) -> Option<PyResult<Box<Frame>>> {
    let Value::Obj(t) = &stack[at] else {
        return None;
    };
    if !t.class.ptr_eq(&types().type_) || !tdata(t).heap {
        return None;
    }
    let (init, plain) = init_plan(t)?;
    let Value::Obj(io) = &init else {
        return None;
    };
    let Payload::Function(func) = &io.payload else {
        return None;
    };
    let nargs = stack.len() - at; // self and the arguments
    if !inline_shape(func, nargs) {
        return None;
    }
    let missing = func.code_data().inline_args.unwrap_or(0) - nargs;
    let defaults = if missing > 0 {
        match func.defaults.read().payload() {
            Some(Payload::Tuple(d)) if d.len() >= missing => Some(d[d.len() - missing..].to_vec()),
            _ => return None,
        }
    } else {
        None
    };
    // `object.__new__(cls, *args)` accepts the arguments because `__init__` is overridden.
    let obj = if plain {
        crate::types::core::alloc(t, Payload::Plain)
    } else {
        match crate::types::core::object_new(vm, &[stack[at].clone()], &[]) {
            Ok(o) => o,
            Err(e) => return Some(Err(e)),
        }
    };
    // CPython counts a level for the class's call (see `call`) and one for `__init__`'s
    // frame: the inlined frame holds both (`init_self` marks it), and its return or
    // unwinding in eval.rs leaves the second.
    if let Err(e) = vm.enter_native(" while calling a Python object") {
        return Some(Err(e));
    }
    if let Err(e) = vm.enter_inline() {
        vm.leave();
        return Some(Err(e));
    }
    drop(std::mem::replace(&mut stack[at], obj.clone()));
    if let Some(d) = defaults {
        stack.extend(d);
    }
    let mut frame = Frame::boxed_for(&vm.frame_pool, io, func, stack, at);
    crate::value::truncate_values(stack, at);
    frame.init_self = obj;
    Some(Ok(frame))
}

/// Call a Python function: bind arguments into a new frame and run it.
pub fn call_function(
    vm: &Vm,
    fobj: &ObjRef,
    func: &Function,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    call_function_with(vm, fobj, func, None, args, kw)
}

/// [`call_function`] with `first` (a bound method's instance), when given, before
/// `args`: on the usual exact positional call it goes straight into the frame, with no
/// vector made of the instance and the arguments.
pub(crate) fn call_function_with(
    vm: &Vm,
    fobj: &ObjRef,
    func: &Function,
    first: Option<&Value>,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let cd = func.code_data();
    let code = &cd.code;
    let mut frame = Frame::boxed_for(&vm.frame_pool, fobj, func, &mut Vec::new(), 0);
    // A module-level code object called as a function runs in its globals.
    if code.flags & flags::OPTIMIZED == 0 {
        frame.locals = Value::Obj(func.globals.clone());
    }
    // Fast path: exact positional call without defaults, varargs or keywords.
    let nfirst = usize::from(first.is_some());
    let simple = kw.is_empty()
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && args.len() + nfirst == code.argcount as usize;
    if simple {
        if let Some(s) = first {
            frame.fast[0] = s.clone();
        }
        for (i, a) in args.iter().enumerate() {
            frame.fast[i + nfirst] = a.clone();
        }
    } else if let Some(s) = first {
        with_self(s, args, |a| bind_args(vm, func, &mut frame.fast, a, kw))?;
    } else {
        bind_args(vm, func, &mut frame.fast, args, kw)?;
    }
    if code.is_generator() {
        return Ok(crate::types::generator::new_generator(vm, frame, func));
    }
    if let Err(e) = vm.enter() {
        Frame::recycle(&vm.frame_pool, frame);
        return Err(e);
    }
    let r = eval::run(vm, &mut frame);
    vm.leave();
    Frame::recycle(&vm.frame_pool, frame);
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.runtime_error("yield outside generator")),
    }
}

fn func_name(func: &Function) -> String {
    match &*func.qualname.read() {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

fn quote_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// The TypeError for a call with more positional arguments than `func` takes (and no
/// `*args`); `kw` are the call's keyword arguments, whose keyword-only ones it counts.
fn too_many_positional(
    vm: &Vm,
    func: &Function,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> crate::PyErr {
    let code = &func.code_data().code;
    let argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let defaults = match &*func.defaults.read() {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.len(),
            _ => 0,
        },
        _ => 0,
    };
    let kw_given = kw
        .iter()
        .filter(|(k, _)| {
            let ks = str_ref(k);
            code.varnames[argc..argc + kwonly]
                .iter()
                .any(|v| **v == *ks)
        })
        .count();
    let takes = if defaults > 0 {
        format!("from {} to {}", argc - defaults, argc)
    } else {
        format!("{argc}")
    };
    let plural = if argc == 1 && defaults == 0 { "" } else { "s" };
    let given = args.len();
    let was = if given == 1 { "was" } else { "were" };
    let kwpart = if kw_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            kw_given,
            if kw_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    if kw_given > 0 {
        return vm.type_error(format!(
            "{name}() takes {takes} positional argument{plural} but {given}{kwpart} were given"
        ));
    }
    vm.type_error(format!(
        "{name}() takes {takes} positional argument{plural} but {given} {was} given"
    ))
}

/// Bind positional and keyword arguments to a function's parameters, with CPython's
/// error messages.
pub fn bind_args(
    vm: &Vm,
    func: &Function,
    fast: &mut [Value],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    match bind_py_args(vm, func, fast, args, kw) {
        Err(e) => Err(c_arg_error(vm, func, args, kw).unwrap_or(e)),
        ok => ok,
    }
}

/// For a function of weft's library that stands for a C function in CPython
/// (`operator.add`, `heapq.heappush`, `bisect.bisect_right`; see
/// `traceback::c_module`), the TypeError CPython's argument parsing gives for these
/// arguments: `_PyArg_CheckPositional`'s or METH_O's words when every parameter is
/// positional-only, Argument Clinic's otherwise. `None` for any other function.
#[cold]
#[inline(never)]
fn c_arg_error(
    vm: &Vm,
    func: &Function,
    args: &[Value],
    kw: &[(Value, Value)],
) -> Option<crate::PyErr> {
    let code = &func.code_data().code;
    let cmod = crate::traceback::c_module(code)?;
    if code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 {
        return None;
    }
    let mut name = func_name(func);
    let mut argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let mut posonly = code.posonlyargcount as usize;
    let mut n = args.len();
    let mut is_call = false;
    // Module-level functions, and the `__call__` of a class there (`attrgetter`), whose
    // messages name the class and do not count `self`.
    if let Some(cls) = name.strip_suffix(".__call__") {
        if cls.contains('.') || posonly != argc || argc == 0 || n == 0 {
            return None;
        }
        name = cls.to_string();
        (argc, posonly, n) = (argc - 1, posonly - 1, n - 1);
        is_call = true;
    } else if name.contains('.') {
        return None;
    }
    let ndef = match &*func.defaults.read() {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.len(),
            _ => 0,
        },
        _ => 0,
    };
    let (min, max) = (argc - ndef.min(argc), argc);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if posonly == argc && kwonly == 0 {
        if !kw.is_empty() {
            // functools.reduce checks its keywords itself (METH_VARARGS): no module.
            let bare = is_call || cmod == "_functools";
            let qual = if bare { "" } else { cmod };
            let dot = if bare { "" } else { "." };
            return Some(vm.type_error(format!("{qual}{dot}{name}() takes no keyword arguments")));
        }
        if n >= min && n <= max {
            return None;
        }
        if min == 1 && max == 1 && !is_call {
            return Some(vm.type_error(format!(
                "{cmod}.{name}() takes exactly one argument ({n} given)"
            )));
        }
        let (bound, k) = if n < min { (min, min) } else { (max, max) };
        let how = match (min == max, n < min) {
            (true, _) => "",
            (false, true) => "at least ",
            (false, false) => "at most ",
        };
        return Some(vm.type_error(format!(
            "{name} expected {how}{bound} argument{}, got {n}",
            s(k)
        )));
    }
    // heapq's Python functions (nlargest, merge, ...) are Python in CPython too.
    if cmod == "_heapq" {
        return None;
    }
    let names: Vec<&str> = code.varnames[..argc + kwonly]
        .iter()
        .map(|v| &**v)
        .collect();
    let sig = crate::types::text::Sig {
        fname: &name,
        names: &names,
        posonly,
        maxpos: argc,
        min,
    };
    let mut out = vec![None; names.len()];
    crate::types::text::bind_sig(vm, &sig, args, kw, &mut out).err()
}

fn bind_py_args(
    vm: &Vm,
    func: &Function,
    fast: &mut [Value],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let cd = func.code_data();
    let code = &cd.code;
    let argc = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    // The function's name, for the error messages only.
    let name = || func_name(func);
    let npos = args.len().min(argc);
    fast[..npos].clone_from_slice(&args[..npos]);
    let mut idx = argc + kwonly;
    if has_varargs {
        let extra = args.get(argc..).unwrap_or(&[]);
        fast[idx] = crate::new_tuple_iter(extra.len(), extra.iter().cloned());
        idx += 1;
    }
    let kwdict = if has_varkw {
        let d = new_dict();
        fast[idx] = d.clone();
        Some(d)
    } else {
        None
    };
    for (k, v) in kw {
        let ks = str_ref(k);
        // The names are interned, as a call's keywords usually are: an identical object
        // settles it without comparing text.
        let pos = cd.varnames[..argc + kwonly]
            .iter()
            .position(|n| n.is(k))
            .or_else(|| {
                code.varnames[..argc + kwonly]
                    .iter()
                    .position(|n| **n == *ks)
            });
        match pos {
            Some(p) if p >= posonly => {
                if !fast[p].is_null() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{ks}'",
                        name()
                    )));
                }
                fast[p] = v.clone();
            }
            Some(p) => {
                if let Some(d) = &kwdict {
                    crate::ops::setitem(vm, d, k.clone(), v.clone())?;
                } else {
                    let _ = p;
                    // CPython names every positional-only parameter given by keyword.
                    let given: Vec<&str> = code.varnames[..posonly]
                        .iter()
                        .map(|n| &**n)
                        .filter(|n| kw.iter().any(|(k, _)| *str_ref(k) == **n))
                        .collect();
                    let ks = given.join(", ");
                    return Err(vm.type_error(format!("{}() got some positional-only arguments passed as keyword arguments: '{ks}'", name())));
                }
            }
            None => match &kwdict {
                Some(d) => crate::ops::setitem(vm, d, k.clone(), v.clone())?,
                None => {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{ks}'",
                        name()
                    )))
                }
            },
        }
    }
    // As in CPython, keyword errors come first, then too many positional arguments.
    if !has_varargs && args.len() > argc {
        return Err(too_many_positional(vm, func, &name(), args, kw));
    }
    // Defaults for missing positional parameters.
    if npos < argc {
        let defaults_ref = func.defaults.read();
        let defaults: &[Value] = match &*defaults_ref {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        };
        let first_default = argc - defaults.len();
        let mut missing = Vec::new();
        for i in npos..argc {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                name(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.read().clone();
        let mut missing = Vec::new();
        for i in argc..argc + kwonly {
            if fast[i].is_null() {
                // `cd.varnames` holds the names interned.
                let key = &cd.varnames[i];
                let d = match &kwdefaults {
                    Value::Obj(o) => match &o.payload {
                        Payload::Dict(d) => d.get_str(key, crate::str_hash(key)),
                        _ => None,
                    },
                    _ => None,
                };
                match d {
                    Some(v) => fast[i] = v,
                    None => missing.push(code.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                name(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
    }
    Ok(())
}

fn str_ref(v: &Value) -> &str {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

/// `f(*args, **kwargs)`.
pub fn call_ex(vm: &Vm, f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let pos = match args {
        // A tuple subclass may override `__iter__` (vm.collect iterates it then).
        Value::Obj(o)
            if matches!(o.payload, Payload::Tuple(_))
                && !crate::types::typeobj::tdata(&o.class).heap =>
        {
            match &o.payload {
                Payload::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            }
        }
        _ => match vm.collect(args) {
            Ok(v) => v,
            Err(e) => {
                if vm.err_matches(&e, "TypeError") && !crate::ops::is_iterable(vm, args) {
                    return Err(vm.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        crate::repr::func_display_name(vm, f),
                        vm.type_name(args)
                    )));
                }
                return Err(e);
            }
        },
    };
    let mut kw = Vec::new();
    if let Some(k) = kwargs {
        if let Some(Payload::Dict(d)) = k.payload() {
            for (k, v) in d.items() {
                kw.push((k, v));
            }
        }
    }
    call(vm, f, &pos, &kw)
}

/// DICT_UPDATE / DICT_MERGE: merge mapping `src` into dict `dst`.
pub fn dict_merge(
    vm: &Vm,
    dst: &Value,
    src: &Value,
    no_dups: bool,
    func: Option<&Value>,
) -> PyResult<()> {
    let Some(Payload::Dict(d)) = dst.payload() else {
        return Ok(());
    };
    let items: Vec<(Value, Value)> = match src.payload() {
        Some(Payload::Dict(s)) if crate::types::dictobj::copies_directly(vm, src) => s.items(),
        _ => {
            let keys = match vm.getattr(src, "keys") {
                Ok(k) => k,
                Err(_) => {
                    if no_dups {
                        let fname = func
                            .map(|f| crate::repr::func_display_name(vm, f))
                            .unwrap_or_default();
                        return Err(vm.type_error(format!(
                            "{fname} argument after ** must be a mapping, not {}",
                            vm.type_name(src)
                        )));
                    }
                    return Err(
                        vm.type_error(format!("'{}' object is not a mapping", vm.type_name(src)))
                    );
                }
            };
            let ks = vm.call(&keys, &[])?;
            let mut out = Vec::new();
            for k in vm.collect(&ks)? {
                let v = crate::ops::getitem(vm, src, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in items {
        if no_dups {
            if !matches!(k.payload(), Some(Payload::Str(_))) {
                // CPython 3.11 names no function here.
                return Err(vm.type_error("keywords must be strings"));
            }
            if d.contains(vm, &k)? {
                let fname = func
                    .map(|f| crate::repr::func_display_name(vm, f))
                    .unwrap_or_default();
                return Err(vm.type_error(format!(
                    "{fname} got multiple values for keyword argument '{}'",
                    str_ref(&k)
                )));
            }
        }
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// `globals['__name__']` (None if absent), for a new function's `__module__`; cached
/// per thread for a module namespace (immortal, so its address and version name its
/// state) whose name is immortal (`Vm::module_name`).
#[inline]
fn module_name(vm: &Vm, g: &ObjRef) -> Value {
    let Payload::Dict(d) = &g.payload else {
        return Value::None;
    };
    let version = d.version.load(std::sync::atomic::Ordering::Acquire);
    let (addr, ver, v) = vm.module_name.get();
    if addr == g.id() && ver == version && !v.is_null() && g.is_immortal() {
        // SAFETY: only immortal objects are cached (below): the pointer stays valid.
        return Value::Obj(unsafe { ObjRef::from_immortal_ptr(v) });
    }
    let k = &crate::names::names().name;
    let r = d.get_str(k, crate::str_hash(k)).unwrap_or(Value::None);
    if let Value::Obj(o) = &r {
        if o.is_immortal() && g.is_immortal() {
            vm.module_name.set((g.id(), version, o.as_ptr()));
        }
    }
    r
}

/// MAKE_FUNCTION.
pub fn make_function(
    vm: &Vm,
    f: &Frame,
    code: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: crate::types::function::Closure,
) -> Value {
    let code = match code {
        Value::Obj(o) => o,
        _ => unreachable!("MAKE_FUNCTION without code"),
    };
    let cd = match &code.payload {
        Payload::Code(c) => c,
        _ => unreachable!(),
    };
    let [name, qualname, doc] = cd.fn_names.clone();
    let module = module_name(vm, f.globals.dict.as_ref().unwrap_or(&f.globals));
    let annotations = match annotations {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => {
                let d = crate::types::dict::Dict::new();
                for pair in t.chunks(2) {
                    if pair.len() == 2 {
                        d.set_str(pair[0].clone(), crate::str_hash(&pair[0]), pair[1].clone());
                    }
                }
                crate::new_dict_from(d)
            }
            _ => Value::Obj(o),
        },
        _ => Value::Null,
    };
    let func = Function::new(
        &code,
        f.globals.clone(),
        f.builtins.clone(),
        name,
        qualname,
        defaults.unwrap_or(Value::None),
        kwdefaults.unwrap_or(Value::None),
        closure,
        annotations,
        doc,
        module,
    );
    let obj = ObjRef::new_lazy_dict(types().function.clone(), Payload::Function(func));
    // Functions defined at module level (or in class bodies) are shared by every thread
    // that calls them: make them immortal so calls never write their reference count.
    if !f.locals.is_null() {
        obj.make_immortal();
    }
    Value::Obj(obj)
}
