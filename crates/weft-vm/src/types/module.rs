//! Creating module objects from Python: `types.ModuleType(name, doc=None)` and
//! subclasses of it (<https://docs.python.org/3.11/library/types.html#types.ModuleType>).

use crate::builtins::kwarg;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn module_new(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("module.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        Some(crate::new_dict_obj()),
        Payload::Module,
    )))
}

fn module_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (k, _) in kw {
        let k = vm.str(k)?;
        if k != "name" && k != "doc" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for module()")));
        }
    }
    let name = args
        .get(1)
        .or(kwarg(kw, "name"))
        .cloned()
        .ok_or_else(|| vm.type_error("module() missing required argument 'name' (pos 1)"))?;
    if !matches!(name.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            crate::types::text::arg_type_name(vm, &name)
        )));
    }
    let doc = args
        .get(2)
        .or(kwarg(kw, "doc"))
        .cloned()
        .unwrap_or(Value::None);
    let m = &args[0];
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.set_attr_raw(m.as_obj().unwrap(), k, v)?;
    }
    Ok(Value::None)
}

pub fn init() {
    let t = &types().module;
    add_staticmethod(t, "__new__", module_new);
    add_method(t, "__init__", module_init);
}
