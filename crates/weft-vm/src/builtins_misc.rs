//! The less common built-in functions: `breakpoint` (a no-op), `help` (lib/pydoc.py),
//! `aiter`/`anext`, and the `copyright`/`credits`/`license` objects of the site module
//! (<https://docs.python.org/3.11/library/functions.html>).

use crate::builtins::{sys_attr, write_to};
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::BuiltinKind;
use crate::types::{add_method, native, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn breakpoint(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `help(obj)`: pydoc's text documentation of obj, written to sys.stdout.
fn help(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let pydoc = crate::import::import_module(vm, "pydoc")?;
    let helper = vm.getattr(&pydoc, "help")?;
    vm.call_kw(&helper, args, kw)
}

fn aiter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    match vm.lookup_special(&args[0], "__aiter__") {
        Some(f) => vm.call(&f, &[]),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&args[0])
        ))),
    }
}

fn anext(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "anext expected at {}, got {}",
            if args.is_empty() {
                "least 1 argument"
            } else {
                "most 2 arguments"
            },
            args.len()
        )));
    }
    match vm.lookup_special(&args[0], "__anext__") {
        Some(f) => vm.call(&f, &[]),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&args[0])
        ))),
    }
}

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";
const LICENSE: &str = "Type license() to see the full license text";

/// The text a `_Printer` object shows.
struct PrinterText(&'static str);

impl crate::payload::Native for PrinterText {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn printer_text(v: &Value) -> String {
    v.payload()
        .and_then(|p| p.native::<PrinterText>())
        .map(|t| t.0.to_string())
        .unwrap_or_default()
}

fn printer_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(printer_text(&args[0])))
}

fn printer_call(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut text = printer_text(&args[0]);
    if text == LICENSE {
        text = "weft is distributed under the MIT license; Python is under the PSF License Agreement (see https://docs.python.org/3/license.html).".into();
    }
    let out = sys_attr(vm, "stdout")?;
    write_to(vm, &out, &format!("{text}\n"))?;
    Ok(Value::None)
}

/// `exit`/`quit` (`_sitebuiltins.Quitter`): the repr tells how to leave; a call raises SystemExit(code).
fn quitter_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(format!(
        "Use {}() or Ctrl-D (i.e. EOF) to exit",
        printer_text(&args[0])
    )))
}

fn quitter_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 || (!kw.is_empty() && (kw.len() > 1 || args.len() > 1)) {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let code = match (args.get(1), kw.first()) {
        (Some(c), _) => c.clone(),
        (None, Some((k, v))) if matches!(k.payload(), Some(Payload::Str(s)) if s.as_str() == "code") => {
            v.clone()
        }
        (None, Some(_)) => {
            return Err(
                vm.type_error("Quitter.__call__() got an unexpected keyword argument".to_string())
            )
        }
        (None, None) => Value::None,
    };
    let t = vm.exc_type("SystemExit");
    let e = vm.call(&Value::Obj(t), &[code])?;
    Err(crate::PyErr(
        e.as_obj()
            .cloned()
            .ok_or_else(|| vm.runtime_error("SystemExit"))?,
    ))
}

/// `help` (`_sitebuiltins._Helper`): a repr saying how to use it; a call is help(obj).
fn helper_repr(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

fn helper_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    help(vm, &args[1..], kw)
}

/// One of `_sitebuiltins`' classes: a `__repr__` and a `__call__`.
fn site_type(
    name: &str,
    repr: crate::types::function::NativeFn,
    call: crate::types::function::NativeFn,
) -> ObjRef {
    let t = crate::builtins::new_builtin_type(name);
    crate::types::set_type_attr(&t, "__module__", new_str("_sitebuiltins"));
    add_method(&t, "__repr__", repr);
    add_method(&t, "__call__", call);
    t
}

/// `m.name`: an instance of site class `t` holding `text`.
fn set_site_object(m: &ObjRef, t: &ObjRef, name: &str, text: &'static str) {
    let o = ObjRef::new_immortal(
        t.clone(),
        None,
        Payload::Native(Box::new(PrinterText(text))),
    );
    crate::import::set(m, name, Value::Obj(o));
}

/// Add the functions and objects above to the builtins module `m`.
pub fn install(m: &ObjRef) {
    let fns: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("breakpoint", breakpoint),
        ("aiter", aiter),
        ("anext", anext),
    ];
    for (name, f) in fns {
        crate::import::set(m, name, native(name, *f, BuiltinKind::Function, None, None));
    }
    let printer = site_type("_Printer", printer_repr, printer_call);
    for (name, text) in [
        ("copyright", COPYRIGHT),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        set_site_object(m, &printer, name, text);
    }
    let quitter = site_type("Quitter", quitter_repr, quitter_call);
    for name in ["exit", "quit"] {
        set_site_object(m, &quitter, name, name);
    }
    let helper = site_type("_Helper", helper_repr, helper_call);
    set_site_object(m, &helper, "help", "help");
    let _ = types();
}
