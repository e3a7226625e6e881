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
