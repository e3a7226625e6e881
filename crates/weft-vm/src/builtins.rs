//! The `builtins` module's functions (<https://docs.python.org/3.11/library/functions.html>).
//! Constructors of built-in types (`int`, `list`, ...) live with their types.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::iter::IterData;
use crate::types::typeobj::{self, tdata, Layout, TypeData};
use crate::types::{native, types};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{clinic, new_list, new_str, new_tuple, PyResult};
use std::sync::atomic::{AtomicBool, AtomicI64};

type Kw<'a> = &'a [(Value, Value)];

pub fn kwarg<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter()
        .find(|(k, _)| matches!(k.payload(), Some(Payload::Str(s)) if s.as_str() == name))
        .map(|(_, v)| v)
}

pub fn str_arg(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// Write text to `sys.stdout` (or the given file object).
pub fn write_to(vm: &Vm, file: &Value, s: &str) -> PyResult<()> {
    let w = vm.getattr(file, "write")?;
    vm.call(&w, &[new_str(s)])?;
    Ok(())
}

pub fn sys_attr(vm: &Vm, name: &str) -> PyResult<Value> {
    let sys = crate::interp::interp()
        .sys
        .get()
        .ok_or_else(|| vm.runtime_error("sys not initialised"))?;
    crate::interp::module_get(sys, name).ok_or_else(|| vm.runtime_error(format!("lost sys.{name}")))
}

fn print(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::known_keywords(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        Some(v) if !v.is_none() => str_arg(v)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                ))
            })?
            .to_string(),
        _ => " ".into(),
    };
    let end = match kwarg(kw, "end") {
        Some(v) if !v.is_none() => str_arg(v)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                ))
            })?
            .to_string(),
        _ => "\n".into(),
    };
    let strs = args
        .iter()
        .map(|a| vm.str(a))
        .collect::<PyResult<Vec<String>>>()?;
    let file = match kwarg(kw, "file") {
        Some(f) if !f.is_none() => f.clone(),
        _ => sys_attr(vm, "stdout")?,
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    if tdata(crate::vm::type_of(&file)).heap {
        // A Python-level file object sees CPython's sequence of writes
        // (each argument, each separator, the end).
        let w = vm.getattr(&file, "write")?;
        for (i, a) in strs.into_iter().enumerate() {
            if i > 0 {
                vm.call(&w, &[new_str(sep.as_str())])?;
            }
            vm.call(&w, &[new_str(a)])?;
        }
        vm.call(&w, &[new_str(end.as_str())])?;
    } else {
        let mut out = strs.join(&sep);
        out.push_str(&end);
        // One write call per print: output of concurrent prints never interleaves.
        write_to(vm, &file, &out)?;
    }
    if let Some(f) = kwarg(kw, "flush") {
        if vm.truthy(f)? {
            vm.call_method(&file, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn len(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "len", args, 1, 1)?;
    Ok(Value::Int(crate::ops::len(vm, &args[0])? as i64))
}

fn repr_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "repr", args, 1, 1)?;
    let r = vm.builtin_level(|| vm.repr(&args[0]))?;
    Ok(new_str(r))
}

fn ascii(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "ascii", args, 1, 1)?;
    Ok(new_str(crate::repr::ascii_escape(&vm.repr(&args[0])?)))
}

pub(crate) fn isinstance_check(vm: &Vm, v: &Value, t: &Value, name: &str) -> PyResult<bool> {
    // As CPython's PyObject_IsInstance, an exact match first, before any
    // `__instancecheck__`.
    if name == "isinstance" {
        if let Value::Obj(o) = t {
            if type_of(v).ptr_eq(o) {
                return Ok(true);
            }
        }
    }
    match t {
        Value::Obj(o) => match &o.payload {
            Payload::Type(_) => {
                if tdata(&o.class).heap || !o.class.ptr_eq(&types().type_) {
                    let k = crate::intern("__instancecheck__");
                    if let Some(f) = typeobj::lookup(&o.class, &k, crate::str_hash(&k)) {
                        if matches!(f.payload(), Some(Payload::Function(_))) {
                            let r = vm.call(&f, &[t.clone(), v.clone()])?;
                            return vm.truthy(&r);
                        }
                    }
                }
                Ok(vm.isinstance(v, o))
            }
            Payload::Tuple(items) => {
                vm.enter_native(" in __instancecheck__")?;
                let r = items
                    .iter()
                    .try_fold(false, |hit, i| Ok(hit || isinstance_check(vm, v, i, name)?));
                vm.leave();
                r
            }
            _ => {
                if crate::types::genericalias::is_union(t) {
                    let args = vm.getattr(t, "__args__")?;
                    return isinstance_check(vm, v, &args, name);
                }
                if let Some(f) = vm.lookup_special(t, "__instancecheck__") {
                    let r = vm.call(&f, std::slice::from_ref(v))?;
                    return vm.truthy(&r);
                }
                // Any object whose class defines the hook (e.g. `types.GenericAlias`).
                let hook = if name == "isinstance" {
                    "__instancecheck__"
                } else {
                    "__subclasscheck__"
                };
                if tdata(&o.class).heap {
                    if let Some(f) = vm.lookup_special(t, hook) {
                        let r = vm.call(&f, std::slice::from_ref(v))?;
                        return vm.truthy(&r);
                    }
                }
                Err(vm.type_error(format!(
                    "{name}() arg 2 must be a type, a tuple of types, or a union"
                )))
            }
        },
        _ => Err(vm.type_error(format!(
            "{name}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(isinstance_check(
        vm,
        &args[0],
        &args[1],
        "isinstance",
    )?))
}

fn issubclass_check(vm: &Vm, c: &Value, t: &Value) -> PyResult<bool> {
    let Some(Payload::Type(_)) = c.payload() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match t.payload() {
        Some(Payload::Type(_)) => {
            let to = t.as_obj().unwrap();
            if !to.class.ptr_eq(&types().type_) {
                let k = crate::intern("__subclasscheck__");
                if let Some(f) = typeobj::lookup(&to.class, &k, crate::str_hash(&k)) {
                    if matches!(f.payload(), Some(Payload::Function(_))) {
                        let r = vm.call(&f, &[t.clone(), c.clone()])?;
                        return vm.truthy(&r);
                    }
                }
            }
            Ok(typeobj::is_subtype(c.as_obj().unwrap(), to))
        }
        Some(Payload::Tuple(items)) => {
            vm.enter_native(" in __subclasscheck__")?;
            let r = items
                .iter()
                .try_fold(false, |hit, i| Ok(hit || issubclass_check(vm, c, i)?));
            vm.leave();
            r
        }
        Some(_) if tdata(type_of(t)).heap => {
            if let Ok(args) = vm.getattr(t, "__args__") {
                if vm.type_name(t) == "UnionType" {
                    return issubclass_check(vm, c, &args);
                }
            }
            match vm.lookup_special(t, "__subclasscheck__") {
                Some(f) => {
                    let r = vm.call(&f, std::slice::from_ref(c))?;
                    vm.truthy(&r)
                }
                None => Err(vm.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            }
        }
        _ => {
            if crate::types::genericalias::is_union(t) {
                let args = vm.getattr(t, "__args__")?;
                return issubclass_check(vm, c, &args);
            }
            if let Some(f) = vm.lookup_special(t, "__subclasscheck__") {
                let r = vm.call(&f, std::slice::from_ref(c))?;
                return vm.truthy(&r);
            }
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(issubclass_check(vm, &args[0], &args[1])?))
}

/// CPython's TypeError for a non-string attribute name.
pub fn attr_name_error(vm: &Vm, name: &Value) -> crate::PyErr {
    vm.type_error(format!(
        "attribute name must be string, not '{}'",
        vm.type_name(name)
    ))
}

fn getattr_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "getattr", args, 2, 3)?;
    let Some(_) = str_arg(&args[1]) else {
        return Err(attr_name_error(vm, &args[1]));
    };
    match crate::attr::getattr(vm, &args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "setattr", args, 3, 3)?;
    if str_arg(&args[1]).is_none() {
        return Err(attr_name_error(vm, &args[1]));
    }
    let name = crate::intern(str_arg(&args[1]).unwrap());
    crate::attr::setattr(vm, &args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "delattr", args, 2, 2)?;
    let name = crate::intern(str_arg(&args[1]).ok_or_else(|| attr_name_error(vm, &args[1]))?);
    crate::attr::delattr(vm, &args[0], &name)?;
    Ok(Value::None)
}

fn hasattr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "hasattr", args, 2, 2)?;
    let Some(n) = str_arg(&args[1]) else {
        return Err(attr_name_error(vm, &args[1]));
    };
    match crate::attr::getattr(vm, &args[0], &crate::intern(n)) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn iter_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !crate::builtins::is_callable(vm, &args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter::new_iter_of(
            &crate::types::seq::iter_types().callable,
            IterData::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
                done: AtomicBool::new(false),
                lock: crate::types::iter_lock::IterLock::new(),
            },
        ));
    }
    vm.iter(&args[0])
}

fn next_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(
        it.payload(),
        Some(Payload::Iter(_)) | Some(Payload::Generator(_))
    ) || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if args.len() == 1 && matches!(it.payload(), Some(Payload::Generator(_))) {
        // StopIteration carries the generator's return value
        return match crate::types::generator::next(vm, it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        };
    }
    let builtin_iter = match it {
        Value::Obj(o) => matches!(o.payload, Payload::Iter(_)) && !tdata(&o.class).heap,
        _ => false,
    };
    if args.len() == 1 && !builtin_iter {
        // A __next__ of a Python class: its StopIteration reaches the caller as raised,
        // with its value.
        if let Some(f) = vm.lookup_special(it, "__next__") {
            return vm.call(&f, &[]);
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

pub fn is_callable(_vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_))
        | Some(Payload::Builtin(_))
        | Some(Payload::Method(_))
        | Some(Payload::StaticMethod(_))
        | Some(Payload::Type(_)) => true,
        _ => {
            let k = crate::intern("__call__");
            typeobj::lookup(type_of(v), &k, crate::str_hash(&k)).is_some()
        }
    }
}

fn callable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

fn id_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn hash_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    clinic::function_args(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.builtin_level(|| vm.hash(&args[0]))?))
}

fn build_class(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &args[0];
    let name = args[1].clone();
    let orig_bases: Vec<Value> = args[2..].to_vec();
    // PEP 560: non-class bases may substitute themselves via __mro_entries__.
    let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
    let mut changed = false;
    for b in &orig_bases {
        if !matches!(b.payload(), Some(Payload::Type(_))) {
            // An ordinary attribute lookup, as CPython's (a function may carry one).
            let me = match vm.getattr(b, "__mro_entries__") {
                Ok(me) => Some(me),
                Err(e) if vm.err_matches(&e, "AttributeError") => None,
                Err(e) => return Err(e),
            };
            if let Some(me) = me {
                let r = vm.call(&me, &[new_tuple(orig_bases.clone())])?;
                if !matches!(r.payload(), Some(Payload::Tuple(_))) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                bases.extend(vm.collect(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwrest = Vec::new();
    for (k, v) in kw {
        if str_arg(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwrest.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(type_of(b).clone()),
            None => Value::Obj(types().type_.clone()),
        },
    };
    // The most derived metaclass among the bases.
    let meta = if let Some(Payload::Type(_)) = meta.payload() {
        let mut winner = meta.as_obj().unwrap().clone();
        for b in &bases {
            let bt = type_of(b);
            if typeobj::is_subtype(bt, &winner) {
                winner = bt.clone();
            } else if !typeobj::is_subtype(&winner, bt) {
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
        }
        Value::Obj(winner)
    } else {
        meta
    };
    let bases_t = new_tuple(bases.clone());
    let ns = match vm.getattr(&meta, "__prepare__") {
        Ok(p) => vm.call_kw(&p, &[name.clone(), bases_t.clone()], &kwrest)?,
        Err(_) => crate::new_dict(),
    };
    if vm.lookup_special(&ns, "__getitem__").is_none() {
        let who = match meta.payload() {
            Some(Payload::Type(td)) => td.name.read().to_string(),
            _ => "<metaclass>".to_string(),
        };
        return Err(vm.type_error(format!(
            "{who}.__prepare__() must return a mapping, not {}",
            vm.type_name(&ns)
        )));
    }
    if changed {
        crate::ops::setitem(
            vm,
            &ns,
            crate::intern("__orig_bases__"),
            new_tuple(orig_bases.clone()),
        )?;
    }
    // Run the class body with `ns` as its locals.
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut frame = crate::frame::Frame::new(
        f.code(),
        Some(func.as_obj().unwrap().clone()),
        f.globals.clone(),
        f.builtins.clone(),
        ns.clone(),
    );
    vm.enter()?;
    let r = crate::eval::run(vm, &mut frame);
    vm.leave();
    let cell = match r? {
        crate::eval::Exit::Return(v) => v,
        _ => Value::None,
    };
    let cls = vm.call_kw(&meta, &[name, bases_t, ns], &kwrest)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.lock() = cls.clone();
    }
    Ok(cls)
}

fn globals_(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    match vm.current_frame() {
        // SAFETY: the running frame is live for the duration of this call.
        Some(f) => Ok(Value::Obj(unsafe { (*f).globals.clone() })),
        None => Ok(crate::new_dict()),
    }
}

fn locals_(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(f) = vm.current_frame() else {
        return Ok(crate::new_dict());
    };
    // SAFETY: as in globals().
    let f = unsafe { &*f };
    Ok(frame_locals(f))
}

/// The frame's locals as a dict: the namespace of a module or class body, else the
/// frame's snapshot dict refreshed from its fast locals (what `locals()` and
/// `frame.f_locals` return, as CPython's PyFrame_FastToLocals).
pub fn frame_locals(f: &crate::frame::Frame) -> Value {
    if !f.locals.is_null() {
        return f.locals.clone();
    }
    let dict = f
        .locals_snapshot
        .get_or_init(|| match crate::new_dict() {
            Value::Obj(o) => o,
            _ => unreachable!(),
        })
        .clone();
    let Payload::Dict(d) = &dict.payload else {
        unreachable!()
    };
    let c = f.code_data();
    for (i, name) in c.code.varnames.iter().enumerate() {
        let v = &f.fast[i];
        let v = match v.payload() {
            Some(Payload::Cell(c)) => c.lock().clone(),
            _ => v.clone(),
        };
        let k = crate::intern(name);
        let h = crate::str_hash(&k);
        if v.is_null() {
            d.remove_str(&k, h);
        } else {
            d.set_str(k, h, v);
        }
    }
    Value::Obj(dict)
}

fn exec_or_eval(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    mode: weft_compiler::Mode,
    name: &str,
) -> PyResult<Value> {
    clinic::function_args(vm, name, args, 1, 3)?;
    let given_globals = args
        .get(1)
        .or(kwarg(kw, "globals"))
        .filter(|g| !g.is_none());
    let given_locals = args.get(2).or(kwarg(kw, "locals")).filter(|l| !l.is_none());
    let is_mapping = |v: &Value| vm.lookup_special(v, "__getitem__").is_some();
    let is_dict = |v: &Value| vm.isinstance(v, &types().dict);
    // CPython's checks and wording differ between the two functions.
    if name == "eval" {
        if given_locals.is_some_and(|l| !is_mapping(l)) {
            return Err(vm.type_error("locals must be a mapping"));
        }
        if let Some(g) = given_globals.filter(|g| !is_dict(g)) {
            return Err(vm.type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    } else {
        if let Some(g) = given_globals.filter(|g| !is_dict(g)) {
            return Err(vm.type_error(format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(g)
            )));
        }
        if let Some(l) = given_locals.filter(|l| !is_mapping(l)) {
            return Err(vm.type_error(format!(
                "locals must be a mapping or None, not {}",
                vm.type_name(l)
            )));
        }
    }
    let globals = match given_globals {
        Some(g) => g.as_obj().unwrap().clone(),
        None => globals_(vm, &[], &[])?.as_obj().unwrap().clone(),
    };
    let locals = match args.get(2).or(kwarg(kw, "locals")) {
        Some(l) if !l.is_none() => l.clone(),
        _ => {
            if args.get(1).is_some() {
                Value::Obj(globals.clone())
            } else {
                locals_(vm, &[], &[])?
            }
        }
    };
    let code = match args[0].payload() {
        Some(Payload::Code(_)) => args[0].as_obj().unwrap().clone(),
        Some(Payload::Str(s)) => {
            let src = if mode == weft_compiler::Mode::Eval {
                s.as_str().trim_start_matches([' ', '\t'])
            } else {
                s.as_str()
            };
            crate::import::compile(vm, src, "<string>", mode)?
        }
        Some(Payload::Bytes(b)) => {
            let text = bytes_source(vm, b, "<string>")?;
            let level = weft_compiler::compile::optimize();
            crate::import::compile_bytes_at(vm, &text, b, "<string>", mode, level)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )))
        }
    };
    let r = crate::import::run_code(vm, &code, &globals, locals)?;
    Ok(if mode == weft_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn exec_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // `exec(source, globals=None, locals=None, /, *, closure=None)`.
    if args.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            args.len()
        )));
    }
    clinic::known_keywords(vm, "exec", kw, &["closure"])?;
    if kwarg(kw, "closure").is_some_and(|c| !c.is_none())
        && !matches!(args[0].payload(), Some(Payload::Code(_)))
    {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    }
    exec_or_eval(vm, args, &[], weft_compiler::Mode::Exec, "exec")
}

fn eval_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, weft_compiler::Mode::Eval, "eval")
}

fn compile_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let get = |i: usize, n: &str| args.get(i).or(kwarg(kw, n)).cloned();
    let src = get(0, "source")
        .ok_or_else(|| vm.type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = get(1, "filename")
        .map(|f| vm.str(&f))
        .transpose()?
        .unwrap_or_default();
    let mode = get(2, "mode")
        .map(|f| vm.str(&f))
        .transpose()?
        .unwrap_or_default();
    let mode = match mode.as_str() {
        "exec" => weft_compiler::Mode::Exec,
        "eval" => weft_compiler::Mode::Eval,
        "single" => weft_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let (text, bytes) = match src.payload() {
        Some(Payload::Str(s)) => (s.as_str().to_string(), None),
        Some(Payload::Bytes(b)) => (bytes_source(vm, b, &filename)?, Some(b)),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let level = match get(5, "optimize") {
        None => -1,
        Some(v) => crate::types::text::index_arg(vm, &v)?,
    };
    let level = match level {
        -1 => weft_compiler::compile::optimize(),
        0..=2 => level as u8,
        _ => return Err(vm.value_error("compile(): invalid optimize value")),
    };
    Ok(Value::Obj(match bytes {
        Some(b) => crate::import::compile_bytes_at(vm, &text, b, &filename, mode, level)?,
        None => crate::import::compile_at(vm, &text, &filename, mode, level)?,
    }))
}

fn import_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|v| str_arg(v).map(|s| s.to_string()))
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let globals = match args.get(1).or(kwarg(kw, "globals")) {
        Some(Value::Obj(g)) => g.clone(),
        _ => crate::new_dict_obj(),
    };
    let fromlist = args
        .get(3)
        .or(kwarg(kw, "fromlist"))
        .cloned()
        .unwrap_or(Value::None);
    let level = args
        .get(4)
        .or(kwarg(kw, "level"))
        .cloned()
        .unwrap_or(Value::Int(0));
    crate::import::import_name(vm, &name, &globals, &fromlist, &level)
}

/// `sys.displayhook` for the interactive prompt (PRINT_EXPR).
pub fn displayhook(vm: &Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let hook = sys_attr(vm, "displayhook");
    match hook {
        Ok(h) if !matches!(h.payload(), Some(Payload::Builtin(b)) if b.name == "displayhook") => {
            vm.call(&h, &[v])?;
        }
        _ => {
            let s = vm.repr(&v)?;
            write_to(vm, &sys_attr(vm, "stdout")?, &format!("{s}\n"))?;
            let b = crate::interp::interp().builtins();
            crate::import::set(b, "_", v);
        }
    }
    Ok(())
}

fn displayhook_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(v) = args.first() {
        if !v.is_none() {
            let s = vm.repr(v)?;
            write_to(vm, &sys_attr(vm, "stdout")?, &format!("{s}\n"))?;
            crate::import::set(crate::interp::interp().builtins(), "_", v.clone());
        }
    }
    Ok(Value::None)
}

/// `enumerate`'s arguments (`args[0]` is the class). `enumerate` itself checks them as
/// CPython's vectorcall does; a subclass, as Argument Clinic does.
fn enumerate_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<[Option<&'a Value>; crate::types::text::BIND_MAX]> {
    let exact = matches!(&args[0], Value::Obj(c) if ObjRef::ptr_eq(c, &types().enumerate));
    let (nargs, nkw) = (args.len() - 1, kw.len());
    if exact {
        let invalid = |k: &Value| {
            vm.type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                str_arg(k).unwrap_or("")
            ))
        };
        if nargs + nkw > 2 {
            return Err(vm.type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                nargs + nkw
            )));
        }
        match (nargs, kw) {
            (0, []) => {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"))
            }
            (1, [(k, _)]) if str_arg(k) != Some("start") => return Err(invalid(k)),
            (0, [(k, _)]) if str_arg(k) != Some("iterable") => return Err(invalid(k)),
            (0, [(k1, _), (k2, _)]) => {
                for k in [k1, k2] {
                    if !matches!(str_arg(k), Some("iterable" | "start")) {
                        return Err(invalid(k));
                    }
                }
            }
            _ => {}
        }
    }
    crate::types::text::bind(vm, "enumerate", &args[1..], kw, &["iterable", "start"], 1)
}

/// The class a built-in iterator's `__new__` was called for (a subclass or the type).
fn iter_cls(cls: &Value, default: &ObjRef) -> ObjRef {
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => default.clone(),
    }
}

fn enumerate_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [it, start, ..] = enumerate_args(vm, args, kw)?;
    let it = it.expect("enumerate_args checks the iterable");
    // `start` goes through `operator.index` to an exact int (a bool counts 1, 2, ...;
    // an object with `__index__` is accepted), before the iterable is iterated.
    let start = match start {
        None => Value::Int(0),
        Some(v @ Value::Int(_)) => v.clone(),
        Some(v) => crate::new_bigint(crate::types::int::index_arg(vm, v)?),
    };
    let it = vm.iter(it)?;
    Ok(crate::types::core::alloc(
        &iter_cls(&args[0], &types().enumerate),
        Payload::Iter(IterData::Enumerate {
            iter: it,
            count: crate::types::iter_lock::IterCell::new(start),
        }),
    ))
}

fn zip_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if kw.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kw.len()
        )));
    }
    clinic::known_keywords(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, a) in args[1..].iter().enumerate() {
        let _ = i;
        iters.push(vm.iter(a)?);
    }
    Ok(crate::types::core::alloc(
        &iter_cls(&args[0], &types().zip),
        Payload::Iter(IterData::Zip {
            iters,
            strict: std::sync::atomic::AtomicBool::new(strict),
            lock: crate::types::iter_lock::IterLock::new(),
        }),
    ))
}

fn map_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters: PyResult<Vec<Value>> = args[2..].iter().map(|a| vm.iter(a)).collect();
    Ok(crate::types::core::alloc(
        &iter_cls(&args[0], &types().map),
        Payload::Iter(IterData::Map {
            func: args[1].clone(),
            iters: iters?,
            lock: crate::types::iter_lock::IterLock::new(),
        }),
    ))
}

fn filter_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let it = vm.iter(&args[2])?;
    Ok(crate::types::core::alloc(
        &iter_cls(&args[0], &types().filter),
        Payload::Iter(IterData::Filter {
            func: args[1].clone(),
            iter: it,
        }),
    ))
}

fn reversed_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len() - 1
        )));
    }
    let seq = &args[1];
    if let Some(f) = vm.lookup_special(seq, "__reversed__") {
        if f.is_none() {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        return vm.call(&f, &[]);
    }
    if let Some(Payload::Dict(d)) = seq.payload() {
        let keys: Vec<Value> = d.keys().into_iter().rev().collect();
        return vm.iter(&new_list(keys));
    }
    let is_seq = matches!(
        seq.payload(),
        Some(Payload::List(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Str(_))
            | Some(Payload::Range(_))
            | Some(Payload::Bytes(_))
            | Some(Payload::ByteArray(_))
    ) || vm.lookup_special(seq, "__getitem__").is_some();
    // A sequence without `__len__` fails in len() ("object of type 'X' has no len()").
    if !is_seq {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = crate::ops::len(vm, seq)? as i64;
    Ok(crate::types::core::alloc(
        &iter_cls(&args[0], &types().reversed),
        Payload::Iter(IterData::Reversed {
            seq: seq.clone(),
            idx: AtomicI64::new(n - 1),
        }),
    ))
}

fn iter_self(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // The built-in step itself: `vm.next` would find a subclass's `__next__` (which
    // may be calling this one through super()).
    let r = match args[0].payload() {
        Some(Payload::Iter(d)) => crate::types::iter::next_builtin(vm, d)?,
        _ => vm.next(&args[0])?,
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// Whether class `m` itself gives its instances weak references (a class without
/// `__slots__` or naming `__weakref__` in them, a built-in with them), or is a built-in
/// whose subclasses cannot add them (instances keeping their items inline).
pub(crate) fn gives_weakref(m: &ObjRef) -> bool {
    let ts = types();
    let td = tdata(m);
    let native_dict = m.ptr_eq(&ts.type_) || m.ptr_eq(&ts.module) || m.ptr_eq(&ts.function);
    (td.heap
        && td
            .slots
            .as_ref()
            .map(|s| s.iter().any(|x| x == "__weakref__"))
            .unwrap_or(true))
        || native_dict
        || [&ts.int, &ts.bytes, &ts.tuple, &ts.set, &ts.frozenset]
            .iter()
            .any(|t| m.ptr_eq(t))
}

/// Create a new class object (`type(name, bases, dict)` and class statements).
/// Put `__dict__` / `__weakref__` descriptors in a new class's namespace where CPython
/// does: when the class is the first in its hierarchy to give instances that feature.
fn add_instance_getsets(
    cls: &ObjRef,
    bases: &[ObjRef],
    slots: Option<&[String]>,
    nd: &crate::types::dict::Dict,
) {
    let ts = types();
    let in_mro =
        |pred: &dyn Fn(&ObjRef) -> bool| bases.iter().any(|b| typeobj::mro(b).iter().any(pred));
    let native_dict =
        |m: &ObjRef| m.ptr_eq(&ts.type_) || m.ptr_eq(&ts.module) || m.ptr_eq(&ts.function);
    let wants = |n: &str| slots.map(|s| s.iter().any(|x| x == n)).unwrap_or(true);
    if wants("__dict__") && !in_mro(&|m| tdata(m).has_dict || native_dict(m)) {
        let k = crate::intern("__dict__");
        nd.set_str(
            k.clone(),
            crate::str_hash(&k),
            crate::types::methods::instance_getset("__dict__", cls),
        );
    }
    if wants("__weakref__") && !in_mro(&gives_weakref) {
        let k = crate::intern("__weakref__");
        nd.set_str(
            k.clone(),
            crate::str_hash(&k),
            crate::types::methods::instance_getset("__weakref__", cls),
        );
    }
}

pub fn new_class(
    vm: &Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    ns: &Value,
) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() {
        vec![types().object.clone()]
    } else {
        bases
    };
    for b in &bases {
        let td = tdata(b);
        if matches!(td.layout, Layout::Special) || b.ptr_eq(&types().bool_) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                crate::repr::tp_name(b)
            )));
        }
    }
    // The instance layout comes from the first base with a non-plain layout.
    let layout = bases
        .iter()
        .map(|b| tdata(b).layout)
        .find(|l| *l != Layout::Plain)
        .unwrap_or(Layout::Plain);
    if bases
        .iter()
        .any(|b| !matches!(tdata(b).layout, Layout::Plain) && tdata(b).layout != layout)
        || crate::types::class_assign::slots_layout_conflict(&bases)
    {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    let mut td = TypeData::new(name, bases.clone(), layout, true);
    let ns_dict = crate::new_dict_obj();
    let Payload::Dict(nd) = &ns_dict.payload else {
        unreachable!()
    };
    // `__module__` comes first, as in CPython (from the caller's globals if missing).
    if nd
        .get_str(
            &crate::intern("__module__"),
            crate::str_hash(&crate::intern("__module__")),
        )
        .is_none()
    {
        if let Some(f) = vm.current_frame() {
            // SAFETY: live frame pointer (see globals()).
            let g = unsafe { &(*f).globals };
            if let Some(m) =
                crate::interp::module_get(&ObjRef::clone(g), "__name__").or_else(|| {
                    match &g.payload {
                        Payload::Dict(d) => d.get_str(
                            &crate::intern("__name__"),
                            crate::str_hash(&crate::intern("__name__")),
                        ),
                        _ => None,
                    }
                })
            {
                nd.set_str(
                    crate::intern("__module__"),
                    crate::str_hash(&crate::intern("__module__")),
                    m,
                );
            }
        }
    }
    let items: Vec<(Value, Value)> = match ns.payload() {
        Some(Payload::Dict(d)) => d.items(),
        _ => {
            let keys = vm.call_method(ns, "keys", &[])?;
            let mut out = Vec::new();
            for k in vm.collect(&keys)? {
                let v = crate::ops::getitem(vm, ns, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    let mut slots: Option<Vec<String>> = None;
    for (k, v) in &items {
        if str_arg(k) == Some("__slots__") {
            let names = if let Some(Payload::Str(s)) = v.payload() {
                vec![new_str(s.as_str())]
            } else {
                vm.collect(v)?
            };
            if let Some(bad) = names.iter().find(|n| str_arg(n).is_none()) {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(bad)
                )));
            }
            let list: Vec<String> = names
                .iter()
                .filter_map(|n| str_arg(n).map(|s| s.to_string()))
                .collect();
            if !list
                .iter()
                .all(|n| crate::types::str_case::is_identifier(n))
            {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            // Private names are mangled with the class name, as in the class body.
            let list: Vec<String> = list
                .iter()
                .map(|n| weft_compiler::symtable::mangle(Some(name), n))
                .collect();
            // A class (not built with __slots__) among the bases already gives instances
            // a __dict__ and weak references.
            let base_has = |special: &str| {
                bases.iter().any(|b| {
                    typeobj::mro(b).iter().any(|k| {
                        let kd = tdata(k);
                        kd.heap
                            && kd
                                .slots
                                .as_ref()
                                .is_none_or(|s| s.iter().any(|n| n == special))
                    })
                })
            };
            for special in ["__dict__", "__weakref__"] {
                let n = list.iter().filter(|n| *n == special).count();
                if n > 1 || (n == 1 && base_has(special)) {
                    return Err(vm.type_error(if special == "__dict__" {
                        "__dict__ slot disallowed: we already got one"
                    } else {
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
                    }));
                }
            }
            slots = Some(list);
        }
        nd.set(vm, k.clone(), v.clone())?;
    }
    if slots.as_ref().is_some_and(|s| !s.is_empty()) {
        // Instances of these types keep their items inline (CPython's variable-size
        // objects), which leaves no room for slots.
        let t_ = types();
        let var_sized = [&t_.int, &t_.bytes, &t_.tuple, &t_.type_];
        if let Some(b) = bases
            .iter()
            .find(|b| var_sized.iter().any(|v| typeobj::is_subtype(b, v)))
        {
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                tdata(b).name.read()
            )));
        }
    }
    for n in slots.iter().flatten() {
        if !matches!(
            n.as_str(),
            "__dict__" | "__weakref__" | "__qualname__" | "__classcell__"
        ) && nd
            .get_str(&crate::intern(n), crate::str_hash(&crate::intern(n)))
            .is_some()
        {
            return Err(vm.value_error(format!(
                "{} in __slots__ conflicts with class variable",
                crate::repr::str_repr(n)
            )));
        }
    }
    if let Some(q) = nd.get_str(
        &crate::intern("__qualname__"),
        crate::str_hash(&crate::intern("__qualname__")),
    ) {
        match str_arg(&q) {
            Some(s) => *td.qualname.write() = s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    vm.type_name(&q)
                )))
            }
        }
        nd.remove_str(
            &crate::intern("__qualname__"),
            crate::str_hash(&crate::intern("__qualname__")),
        );
    }
    let inherits_dict = bases
        .iter()
        .any(|b| tdata(b).has_dict || (tdata(b).heap && tdata(b).slots.is_none()));
    td.has_dict = match &slots {
        Some(s) => s.iter().any(|n| n == "__dict__") || inherits_dict,
        None => true,
    };
    td.slots = slots.clone();
    let dk = crate::intern("__del__");
    let has_del = nd.get_str(&dk, crate::str_hash(&dk)).is_some()
        || bases.iter().any(|b| {
            typeobj::mro(b)
                .iter()
                .any(|t| tdata(t).has_del.load(std::sync::atomic::Ordering::Relaxed))
        });
    if has_del {
        crate::finalize::note_finalizable();
    }
    td.has_del = std::sync::atomic::AtomicBool::new(has_del);
    let nk = &crate::names::names().new;
    let new_sticky = nd.get_str(nk, crate::str_hash(nk)).is_some()
        || bases.first().is_some_and(|b| {
            tdata(b)
                .new_sticky
                .load(std::sync::atomic::Ordering::Relaxed)
        });
    td.new_sticky = std::sync::atomic::AtomicBool::new(new_sticky);
    let cls = ObjRef::new_immortal(
        meta.clone(),
        Some(ns_dict.clone()),
        Payload::Type(Box::new(td)),
    );
    // type.__new__ takes `__classcell__` out of the class dict and fills the cell
    let cell_key = crate::intern("__classcell__");
    let cell_hash = crate::str_hash(&cell_key);
    if let Some(cell) = nd.get_str(&cell_key, cell_hash) {
        match cell.payload() {
            Some(Payload::Cell(c)) => *c.lock() = Value::Obj(cls.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.repr(&Value::Obj(crate::vm::type_of(&cell).clone()))?
                )))
            }
        }
        nd.remove_str(&cell_key, cell_hash);
    }
    let mut mro = typeobj::compute_mro(&cls, &bases).map_err(|m| vm.type_error(m))?;
    if !meta.ptr_eq(&types().type_) {
        // A metaclass may override type.mro().
        let k = crate::intern("mro");
        if let Some(m) = typeobj::lookup(meta, &k, crate::str_hash(&k)) {
            if matches!(m.payload(), Some(Payload::Function(_))) {
                let r = vm.call(&m, &[Value::Obj(cls.clone())])?;
                mro = vm
                    .collect(&r)?
                    .iter()
                    .map(|v| {
                        v.as_obj()
                            .filter(|o| matches!(o.payload, Payload::Type(_)))
                            .cloned()
                            .ok_or_else(|| {
                                vm.type_error(format!(
                                    "mro() returned a non-class ('{}')",
                                    vm.type_name(v)
                                ))
                            })
                    })
                    .collect::<PyResult<_>>()?;
            }
        }
    }
    tdata(&cls).mro.set(mro).ok();
    for b in &bases {
        tdata(b).subclasses.lock().push(cls.clone());
    }
    // __slots__ members become descriptors.
    if let Some(s) = &slots {
        for n in s {
            if n != "__dict__" && n != "__weakref__" {
                let d = crate::types::slot_descriptor(n, &cls);
                nd.set_str(crate::intern(n), crate::str_hash(&crate::intern(n)), d);
            }
        }
    }
    add_instance_getsets(&cls, &bases, slots.as_deref(), nd);
    let dk = crate::intern("__doc__");
    if nd.get_str(&dk, crate::str_hash(&dk)).is_none() {
        nd.set_str(dk.clone(), crate::str_hash(&dk), Value::None);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    let eqk = crate::intern("__eq__");
    let hk = crate::intern("__hash__");
    if nd.get_str(&eqk, crate::str_hash(&eqk)).is_some()
        && nd.get_str(&hk, crate::str_hash(&hk)).is_none()
    {
        nd.set_str(hk.clone(), crate::str_hash(&hk), Value::None);
    }
    // __new__ is implicitly a static method; __init_subclass__/__class_getitem__ class methods.
    for (name, wrap) in [
        ("__new__", 0),
        ("__init_subclass__", 1),
        ("__class_getitem__", 1),
    ] {
        let k = crate::intern(name);
        if let Some(f) = nd.get_str(&k, crate::str_hash(&k)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let w = if wrap == 0 {
                    Payload::StaticMethod(f)
                } else {
                    Payload::ClassMethod(f)
                };
                nd.set_str(
                    k.clone(),
                    crate::str_hash(&k),
                    Value::Obj(ObjRef::new(
                        if wrap == 0 {
                            types().staticmethod.clone()
                        } else {
                            types().classmethod.clone()
                        },
                        None,
                        w,
                    )),
                );
            }
        }
    }
    // __set_name__ on attributes, then __init_subclass__ on the parent.
    let clsv = Value::Obj(cls.clone());
    for (k, v) in nd.items() {
        if let Some(f) = vm.lookup_special(&v, "__set_name__") {
            if tdata(type_of(&v)).heap {
                if let Err(e) = vm.call(&f, &[clsv.clone(), k.clone()]) {
                    // CPython 3.11 wraps the error, with the original as its cause.
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        vm.type_name(&v),
                        crate::repr::str_repr(str_arg(&k).unwrap_or("")),
                        tdata(&cls).name.read()
                    );
                    let err = vm.new_error("RuntimeError", msg);
                    crate::types::exception::set_cause(&err, Some(e.value()));
                    if let Payload::Exception(d) = &err.0.payload {
                        *d.context.lock() = e.value();
                    }
                    return Err(err);
                }
            }
        }
    }
    Ok(cls)
}

pub fn init_subclass(vm: &Vm, cls: &ObjRef, kw: Kw) -> PyResult<()> {
    let bases = tdata(cls).mro.get().cloned().unwrap_or_default();
    let k = crate::intern("__init_subclass__");
    for b in bases.iter().skip(1) {
        if let Some(Payload::Dict(d)) = b.dict.as_ref().map(|d| &d.payload) {
            if let Some(f) = d.get_str(&k, crate::str_hash(&k)) {
                let f = match f.payload() {
                    Some(Payload::ClassMethod(inner)) => inner.clone(),
                    _ => f,
                };
                vm.call_kw(&f, &[Value::Obj(cls.clone())], kw)?;
                return Ok(());
            }
        }
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            tdata(cls).name.read()
        )));
    }
    Ok(())
}

/// Attributes a type provides through `types::special_attr` rather than entries in its
/// namespace (CPython keeps getset/member descriptors for them there), for `dir()`.
fn descriptor_names(t: &ObjRef, mro: &[ObjRef]) -> &'static [&'static str] {
    let ts = types();
    if tdata(t).heap {
        if !tdata(t).has_dict {
            return &[];
        }
        let var_sized = mro
            .iter()
            .any(|b| b.ptr_eq(&ts.int) || b.ptr_eq(&ts.tuple) || b.ptr_eq(&ts.bytes));
        return if var_sized {
            &["__dict__"]
        } else {
            &["__dict__", "__weakref__"]
        };
    }
    if t.ptr_eq(&ts.object) {
        &["__class__", "__doc__"]
    } else if t.ptr_eq(&ts.type_) {
        &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__dictoffset__",
            "__flags__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
            "__text_signature__",
            "__weakrefoffset__",
        ]
    } else if t.ptr_eq(&ts.complex) {
        &["real", "imag"]
    } else if t.ptr_eq(&ts.range) || t.ptr_eq(&ts.slice) {
        &["start", "stop", "step"]
    } else if t.ptr_eq(&ts.function) {
        &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ]
    } else if t.ptr_eq(&ts.module) {
        &["__annotations__", "__dict__"]
    } else if t.ptr_eq(&ts.generator) {
        &[
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ]
    } else if t.ptr_eq(&crate::types::exception::base_exception()) {
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ]
    } else {
        &[]
    }
}

fn dir_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "dir expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let l = locals_(vm, &[], &[])?;
            if let Some(Payload::Dict(d)) = l.payload() {
                names = d
                    .keys()
                    .iter()
                    .filter_map(|k| str_arg(k).map(|s| s.to_string()))
                    .collect();
            }
        }
        Some(o) => {
            // PEP 562: a module-level `__dir__()` replaces the module's own listing.
            if let (Some(Payload::Module), Some(obj)) = (o.payload(), o.as_obj()) {
                if let Some(f) = crate::interp::module_get(obj, "__dir__") {
                    let r = vm.call(&f, &[])?;
                    let mut items = vm.collect(&r)?;
                    crate::types::sort::sort_values(vm, &mut items, None, false)?;
                    return Ok(new_list(items));
                }
            }
            if let Some(f) = vm.lookup_special(o, "__dir__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = vm.call(&f, &[])?;
                    names = vm
                        .collect(&r)?
                        .iter()
                        .filter_map(|k| str_arg(k).map(|s| s.to_string()))
                        .collect();
                    names.sort();
                    return Ok(new_list(names.into_iter().map(new_str).collect()));
                }
            }
            let mut add_dict = |d: &crate::object::DictSlot| {
                if let Some(Payload::Dict(d)) = d.as_ref().map(|d| &d.payload) {
                    for k in d.keys() {
                        if let Some(s) = str_arg(&k) {
                            names.push(s.to_string());
                        }
                    }
                }
            };
            if let Some(obj) = o.as_obj() {
                add_dict(&obj.dict);
            }
            let t = match o.payload() {
                Some(Payload::Type(_)) => o.as_obj().unwrap().clone(),
                Some(Payload::Module) => {
                    names.sort();
                    names.dedup();
                    return Ok(new_list(names.into_iter().map(new_str).collect()));
                }
                _ => type_of(o).clone(),
            };
            let mro = typeobj::mro(&t).to_vec();
            for k in &mro {
                add_dict(&k.dict);
            }
            for k in &mro {
                names.extend(descriptor_names(k, &mro).iter().map(|s| s.to_string()));
            }
            if !matches!(o.payload(), Some(Payload::Type(_))) {
                names.push("__class__".into());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

fn vars_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => locals_(vm, &[], &[]),
        Some(o) => match o.as_obj().and_then(|x| x.dict.get()) {
            Some(d) => {
                if matches!(o.payload(), Some(Payload::Type(_))) {
                    return Ok(Value::Obj(ObjRef::new(
                        types().mappingproxy.clone(),
                        None,
                        Payload::MappingProxy(Value::Obj(d)),
                    )));
                }
                Ok(Value::Obj(d))
            }
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// `exit()`/`quit()` (CPython's site module adds them): raise SystemExit(code).
fn exit_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = vm.exc_type("SystemExit");
    let e = vm.call(&Value::Obj(t), args)?;
    Err(crate::PyErr(
        e.as_obj()
            .cloned()
            .ok_or_else(|| vm.runtime_error("SystemExit"))?,
    ))
}

fn input_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("input() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(p) = args.first() {
        let out = sys_attr(vm, "stdout")?;
        write_to(vm, &out, &vm.str(p)?)?;
        let _ = vm.call_method(&out, "flush", &[]);
    }
    let stdin = sys_attr(vm, "stdin")?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = vm.str(&line)?;
    if s.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

/// Install the core builtins into the builtins module.
pub fn install(m: &ObjRef) {
    let fns: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr_),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr_),
        ("setattr", setattr_),
        ("delattr", delattr_),
        ("hasattr", hasattr),
        ("iter", iter_),
        ("next", next_),
        ("callable", callable),
        ("id", id_),
        ("hash", hash_),
        ("__build_class__", build_class),
        ("globals", globals_),
        ("locals", locals_),
        ("exec", exec_),
        ("eval", eval_),
        ("compile", compile_),
        ("__import__", import_),
        ("dir", dir_),
        ("vars", vars_),
        ("input", input_),
        ("exit", exit_),
        ("quit", exit_),
    ];
    for (name, f) in fns {
        crate::import::set(
            m,
            name,
            native(
                name,
                *f,
                crate::types::function::BuiltinKind::Function,
                None,
                None,
            ),
        );
    }
    crate::types::numfuncs::install(m);
    crate::builtins_misc::install(m);
    let t = types();
    crate::types::add_staticmethod(&t.enumerate, "__new__", enumerate_new);
    crate::types::add_classmethod(
        &t.enumerate,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
    crate::types::add_staticmethod(&t.zip, "__new__", zip_new);
    crate::types::add_staticmethod(&t.map, "__new__", map_new);
    crate::types::add_staticmethod(&t.filter, "__new__", filter_new);
    crate::types::add_staticmethod(&t.reversed, "__new__", reversed_new);
    for it in [
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        crate::types::add_method(it, "__iter__", iter_self);
        crate::types::add_method(it, "__next__", iter_next);
    }
    for it in [&t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed] {
        crate::types::add_method(it, "__reduce__", crate::types::iter::reduce);
    }
    crate::types::add_method(&t.reversed, "__setstate__", crate::types::iter::setstate);
    crate::types::add_method(&t.zip, "__setstate__", crate::types::iter::zip_setstate);
    crate::types::add_method(
        &t.reversed,
        "__length_hint__",
        crate::types::iter::length_hint,
    );
    let _ = displayhook_;
}

pub fn displayhook_fn() -> Value {
    native(
        "displayhook",
        displayhook_,
        crate::types::function::BuiltinKind::Function,
        None,
        None,
    )
}

/// A new non-heap type deriving from object (for native helper types).
pub fn new_builtin_type(name: &str) -> ObjRef {
    new_builtin_type_with(name, Layout::Special)
}

/// A built-in type whose instances are plain objects with a `__dict__`
/// (`types.SimpleNamespace`): Python classes may subclass it.
pub fn new_builtin_plain_type(name: &str) -> ObjRef {
    new_builtin_type_with(name, Layout::Plain)
}

fn new_builtin_type_with(name: &str, layout: Layout) -> ObjRef {
    let t = ObjRef::new_immortal(
        types().type_.clone(),
        Some(crate::new_dict_obj()),
        Payload::Type(Box::new(TypeData::new(
            name,
            vec![types().object.clone()],
            layout,
            false,
        ))),
    );
    tdata(&t)
        .mro
        .set(vec![t.clone(), types().object.clone()])
        .ok();
    crate::import::set(&t, "__doc__", Value::None);
    t
}

/// Source given as bytes to compile/exec/eval: decoded as a source file (BOM, coding
/// declaration); null bytes are left for `import::compile` to report as for str sources.
fn bytes_source(vm: &Vm, b: &[u8], filename: &str) -> PyResult<String> {
    if b.contains(&0) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(name) = crate::import::unknown_cookie(b) {
        return Err(crate::import::cookie_syntax_error(
            vm,
            &format!("unknown encoding: {name}"),
            filename,
        ));
    }
    if let Some(text) = crate::import::decode_declared(vm, b, filename)? {
        return Ok(text);
    }
    crate::import::decode_source(vm, b, filename)
}
