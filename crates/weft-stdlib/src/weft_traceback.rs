//! `_weft_traceback`: what `threading.excepthook` (lib/threading.py) takes from the
//! interpreter's own error printing: the "Did you mean" suggestion CPython 3.11's C
//! hook prints for a `NameError` or `AttributeError` (its `traceback` module does not)
//! (<https://docs.python.org/3.11/library/threading.html#threading.excepthook>),
//! computed as for an uncaught exception.

use weft_vm::import::{new_module, set};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

/// `suggestion(exc)`: the name to suggest for `exc`, or None.
fn suggestion(vm: &Vm, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(e) = a.first() else {
        return Err(vm.type_error("suggestion() takes exactly one argument (0 given)"));
    };
    Ok(weft_vm::suggestions::suggest(vm, e).map_or(Value::None, new_str))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_traceback");
    set(
        &m,
        "suggestion",
        native("suggestion", suggestion, BuiltinKind::Function, None, None),
    );
    Ok(m)
}
