//! Function, built-in function and code objects
//! (<https://docs.python.org/3.11/reference/datamodel.html#user-defined-functions>).

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use parking_lot::RwLock;
use std::sync::Arc;
use weft_compiler::CodeObject;

/// Signature of every native function: positional args and keyword (name, value) pairs.
pub type NativeFn = fn(&Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// A code object as the VM runs it: the compiler's code plus constants and names turned
/// into (immortal) values once, so instructions index them directly.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Hashes of `names`, precomputed for namespace lookups.
    pub name_hashes: Vec<i64>,
    pub varnames: Vec<Value>,
    /// Inline caches for LOAD_GLOBAL, one per instruction (see `eval`).
    pub global_cache: Box<[crate::eval::GlobalCache]>,
}

pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RwLock<Value>,
    pub qualname: RwLock<Value>,
    pub defaults: RwLock<Value>,
    pub kwdefaults: RwLock<Value>,
    pub closure: Option<Box<[ObjRef]>>,
    pub annotations: RwLock<Value>,
    pub doc: RwLock<Value>,
    pub module: RwLock<Value>,
}

impl Function {
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        match &self.code.payload {
            crate::payload::Payload::Code(c) => c,
            _ => unreachable!("function without code"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (or one bound to its module).
    Function,
    /// A method descriptor in a type's dict: first argument is self.
    Method,
    /// A class method descriptor: first argument is the class.
    ClassMethod,
    /// A static method.
    Static,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// Bound self (for bound built-in methods) or the owning module.
    pub bound: Option<Value>,
    /// The type a method descriptor belongs to.
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
pub fn function_new(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use crate::payload::Payload;
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let mut a: Vec<Value> = args.iter().skip(1).cloned().collect();
    if a.len() > 5 {
        return Err(vm.type_error(format!(
            "function() takes at most 5 arguments ({} given)",
            a.len()
        )));
    }
    a.resize(5, Value::Null);
    for (k, v) in kw {
        let k = vm.str(k)?;
        match names.iter().position(|n| *n == k) {
            Some(i) if a[i].is_null() => a[i] = v.clone(),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for function() given by name ('{}') and position ({})",
                    k,
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "function() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(2) {
        if a[i].is_null() {
            return Err(vm.type_error(format!(
                "function() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let Some(Payload::Code(cd)) = a[0].payload() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&a[0])
        )));
    };
    let globals = match &a[1] {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        other => {
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    let nfree = cd.code.freevars.len();
    let closure = match &a[4] {
        Value::Null | Value::None => None,
        v => match v.payload() {
            Some(Payload::Tuple(t)) => Some(
                t.iter()
                    .filter_map(|c| c.as_obj().cloned())
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            _ => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        },
    };
    let nclosure = closure.as_ref().map(|c| c.len()).unwrap_or(0);
    if nfree != nclosure {
        if closure.is_none() {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        return Err(vm.type_error(format!(
            "{} requires closure of length {}, not {}",
            cd.code.name, nfree, nclosure
        )));
    }
    let defaults = match &a[3] {
        Value::Null | Value::None => Value::None,
        v if matches!(v.payload(), Some(Payload::Tuple(_))) => v.clone(),
        _ => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let name = match &a[2] {
        Value::Null | Value::None => crate::intern(&cd.code.name),
        v if matches!(v.payload(), Some(Payload::Str(_))) => v.clone(),
        _ => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let (builtins, module) = match &globals.payload {
        Payload::Dict(d) => {
            let k = crate::intern("__builtins__");
            let b = match d.get_str(&k, crate::str_hash(&k)) {
                Some(Value::Obj(b)) if matches!(b.payload, Payload::Module | Payload::Dict(_)) => b,
                _ => crate::interp::interp().builtins().clone(),
            };
            let k = crate::intern("__name__");
            (b, d.get_str(&k, crate::str_hash(&k)).unwrap_or(Value::None))
        }
        _ => (crate::interp::interp().builtins().clone(), Value::None),
    };
    let doc = match &cd.code.doc {
        Some(d) => crate::intern(d),
        None => Value::None,
    };
    let func = Function {
        code: a[0].as_obj().unwrap().clone(),
        globals,
        builtins,
        name: RwLock::new(name),
        qualname: RwLock::new(crate::intern(&cd.code.qualname)),
        defaults: RwLock::new(defaults),
        kwdefaults: RwLock::new(Value::None),
        closure,
        annotations: RwLock::new(Value::Null),
        doc: RwLock::new(doc),
        module: RwLock::new(module),
    };
    Ok(Value::Obj(ObjRef::new(
        crate::types::types().function.clone(),
        Some(crate::new_dict_obj()),
        Payload::Function(Box::new(func)),
    )))
}
