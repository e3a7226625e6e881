//! `_weft_import`: what `importlib` (lib/importlib) needs to know about weft's own import
//! system: the modules embedded from `lib/` and the native (Rust) modules.
//! <https://docs.python.org/3.11/library/importlib.html>

use weft_vm::import::{new_module, set};
use weft_vm::interp::interp;
use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::native;
use weft_vm::{new_list, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

fn name_arg(vm: &Vm, a: &[Value]) -> PyResult<String> {
    match a.first() {
        Some(v) => vm.str(v),
        None => Err(vm.type_error("expected a module name")),
    }
}

/// `embedded(name)`: `(filename, source, is_package)` of the module embedded for the
/// dotted `name` (as the import system finds it), or None.
fn embedded(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let rel = name_arg(vm, a)?.replace('.', "/");
    let src = interp().sources.read();
    let pkg = format!("{rel}/__init__.py");
    if let Some(s) = src.get(pkg.as_str()) {
        return Ok(new_tuple_of([
            new_str(format!("<weft>/{pkg}")),
            new_str(*s),
            Value::Bool(true),
        ]));
    }
    let file = format!("{rel}.py");
    Ok(match src.get(file.as_str()) {
        Some(s) => new_tuple_of([
            new_str(format!("<weft>/{file}")),
            new_str(*s),
            Value::Bool(false),
        ]),
        None => Value::None,
    })
}

/// `is_builtin(name)`: whether `name` is a native (Rust) module.
fn is_builtin(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = name_arg(vm, a)?;
    Ok(Value::Bool(
        name == "sys"
            || name == "builtins"
            || interp().native_modules.read().contains_key(name.as_str()),
    ))
}

/// `embedded_names()`: the dotted names of every embedded module, sorted.
fn embedded_names(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut names: Vec<String> = interp()
        .sources
        .read()
        .keys()
        .map(|k| {
            let k = k.trim_end_matches(".py");
            let k = k.strip_suffix("/__init__").unwrap_or(k);
            k.replace('/', ".")
        })
        .collect();
    names.sort();
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_import");
    let fns: &[(&'static str, NativeFn)] = &[
        ("embedded", embedded),
        ("is_builtin", is_builtin),
        ("embedded_names", embedded_names),
    ];
    for (n, f) in fns {
        set(&m, n, native(n, *f, BuiltinKind::Function, None, None));
    }
    Ok(m)
}
