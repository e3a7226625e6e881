//! `code.replace(**changes)`: a copy of a code object with any of its `co_*` fields
//! replaced, CPython 3.11's keywords and error messages; replaced bytecode is decoded
//! from CPython's byte formats and checked before weft's VM may run it.
//! See <https://docs.python.org/3.11/library/types.html#types.CodeType.replace>.

use std::sync::Arc;
use weft_compiler::code_tables::{rebuild, validate, Replaced};
use weft_vm::payload::Payload;
use weft_vm::types::function::CodeData;
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::{object::ObjRef, PyResult};
use weft_vm::{Value, Vm};

const FIELDS: &[&str] = &[
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

fn must_be(vm: &Vm, key: &str, what: &str, v: &Value) -> weft_vm::PyErr {
    vm.type_error(format!(
        "replace() argument '{key}' must be {what}, not {}",
        vm.type_name(v)
    ))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<u32> {
    if !matches!(v, Value::Int(_) | Value::Bool(_)) && as_int(v).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    match as_int(v) {
        Some(IntRef::Small(n)) if (0..=i32::MAX as i64).contains(&n) => Ok(n as u32),
        Some(IntRef::Small(n)) if n < 0 => Err(vm.value_error("code: argument out of range")),
        _ => Err(vm.new_error("OverflowError", "Python int too large to convert to C int")),
    }
}

fn str_arg(vm: &Vm, key: &str, v: &Value) -> PyResult<Arc<str>> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(Arc::from(s.as_str())),
        _ => Err(must_be(vm, key, "str", v)),
    }
}

fn bytes_arg<'a>(vm: &Vm, key: &str, v: &'a Value) -> PyResult<&'a [u8]> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => Err(must_be(vm, key, "bytes", v)),
    }
}

fn tuple_arg<'a>(vm: &Vm, key: &str, v: &'a Value) -> PyResult<&'a [Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => Err(must_be(vm, key, "tuple", v)),
    }
}

fn names_arg(vm: &Vm, key: &str, v: &Value, same_len: Option<usize>) -> PyResult<Vec<Arc<str>>> {
    let t = tuple_arg(vm, key, v)?;
    let mut out = Vec::with_capacity(t.len());
    for x in t {
        match x.payload() {
            Some(Payload::Str(s)) => out.push(Arc::from(s.as_str())),
            _ => {
                return Err(vm.type_error(format!(
                    "{key} must be a tuple of strings, not {}",
                    vm.type_name(x)
                )))
            }
        }
    }
    if let Some(n) = same_len {
        if out.len() != n {
            return Err(vm.value_error(format!(
                "weft's code.replace() cannot change the length of {key} ({n} names)"
            )));
        }
    }
    Ok(out)
}

pub fn co_replace(vm: &Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::Code(cd)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if a.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut c = (*cd.code).clone();
    let mut consts: Option<Vec<Value>> = None;
    let (mut co_code, mut linetable, mut exctable) = (None, None, None);
    for (key, v) in k {
        let key = vm.str(key)?;
        if !FIELDS.contains(&key.as_str()) {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for replace()"
            )));
        }
        match key.as_str() {
            "co_name" => c.name = str_arg(vm, &key, v)?,
            "co_qualname" => c.qualname = str_arg(vm, &key, v)?,
            "co_filename" => c.filename = str_arg(vm, &key, v)?,
            "co_firstlineno" => c.first_line = int_arg(vm, v)?,
            "co_argcount" => c.argcount = int_arg(vm, v)?,
            "co_posonlyargcount" => c.posonlyargcount = int_arg(vm, v)?,
            "co_kwonlyargcount" => c.kwonlyargcount = int_arg(vm, v)?,
            // Derived from co_varnames in weft (as CPython 3.11 derives it).
            "co_nlocals" => drop(int_arg(vm, v)?),
            "co_stacksize" => c.stacksize = int_arg(vm, v)?,
            "co_flags" => c.flags = int_arg(vm, v)?,
            "co_names" => c.names = names_arg(vm, &key, v, None)?,
            "co_varnames" => c.varnames = names_arg(vm, &key, v, Some(c.varnames.len()))?,
            "co_freevars" => c.freevars = names_arg(vm, &key, v, Some(c.freevars.len()))?,
            "co_cellvars" => c.cellvars = names_arg(vm, &key, v, Some(c.cellvars.len()))?,
            "co_consts" => consts = Some(tuple_arg(vm, &key, v)?.to_vec()),
            "co_code" => co_code = Some(bytes_arg(vm, &key, v)?),
            "co_linetable" => linetable = Some(bytes_arg(vm, &key, v)?),
            _ => exctable = Some(bytes_arg(vm, &key, v)?),
        }
    }
    if c.argcount + c.kwonlyargcount > c.varnames.len() as u32 || c.posonlyargcount > c.argcount {
        return Err(vm.value_error("code: varnames is too small"));
    }
    // Unchanged tables are not decoded again.
    fn same(new: Option<&[u8]>, old: Vec<u8>) -> Option<&[u8]> {
        new.filter(|b| *b != old.as_slice())
    }
    let co_code = same(co_code, cd.code.co_code());
    let linetable = same(
        linetable,
        weft_compiler::code_tables::encode_linetable(&cd.code),
    );
    let exctable = same(
        exctable,
        weft_compiler::code_tables::encode_exception_table(&cd.code),
    );
    rebuild(
        &mut c,
        Replaced {
            co_code,
            linetable,
            exceptiontable: exctable,
        },
    )
    .map_err(|e| vm.value_error(format!("code.replace(): {e}")))?;
    let nconsts = consts.as_ref().map(|v| v.len()).unwrap_or(cd.consts.len());
    validate(&c, nconsts).map_err(|e| vm.value_error(format!("code.replace(): {e}")))?;
    let obj = weft_vm::eval::make_code_object(Arc::new(c));
    let Some(new_consts) = consts else {
        // Constants unchanged: keep the very same objects (nested code included).
        return Ok(with_consts(obj, cd.consts.clone()));
    };
    Ok(with_consts(obj, new_consts))
}

/// The code object `obj` with its constants replaced by `consts`.
fn with_consts(obj: ObjRef, consts: Vec<Value>) -> Value {
    let Payload::Code(made) = &obj.payload else {
        return Value::Obj(obj);
    };
    let data = CodeData {
        code: made.code.clone(),
        consts,
        names: made.names.clone(),
        name_hashes: made.name_hashes.clone(),
        varnames: made.varnames.clone(),
        caches: (0..made.code.instructions.len())
            .map(|_| Default::default())
            .collect(),
        hot: (0..made.code.instructions.len())
            .map(|_| Default::default())
            .collect(),
        exec: made.exec.clone(),
        borrows: made.borrows.clone(),
        stack_room: made.stack_room,
        nfast: made.nfast,
        inline_args: made.inline_args,
        entry: made.entry,
        fn_names: made.fn_names.clone(),
    };
    Value::Obj(ObjRef::new_immortal(
        weft_vm::types::types().code.clone(),
        None,
        Payload::Code(Box::new(data)),
    ))
}
