//! What a heap object holds: one variant per built-in layout. The object's class decides
//! its Python type; a user subclass of `list` has a `List` payload and its own class.

use crate::object::ObjRef;
use crate::value::Value;
use num_bigint::BigInt;
use parking_lot::RwLock;

pub use crate::types::dict::Dict;
pub use crate::types::exception::ExcData;
pub use crate::types::function::{Builtin, CodeData, Function};
pub use crate::types::iter::IterData;
pub use crate::types::str::PyStr;
pub use crate::types::typeobj::TypeData;

/// Native payloads defined outside weft-vm (locks, files, regex patterns, ...).
pub trait Native: std::any::Any + Send + Sync {
    fn as_any(&self) -> &dyn std::any::Any;

    /// The length of a sized native value, which its exact built-in class's `__len__`
    /// returns (and whose truth is `len > 0`, with no `__bool__`): lets `while queue:`
    /// skip two method lookups and a call. `None` for the rest.
    fn len(&self) -> Option<usize> {
        None
    }
}

pub enum Payload {
    /// `object()` and instances of user classes without a built-in base.
    Plain,
    /// Instances of user classes with `__slots__` and no `__dict__`: the slot values,
    /// by name (read and written only through the class's slot descriptors).
    Slots(crate::types::dict::Dict),
    /// Integers outside the i64 range (and int-subclass instances).
    Int(BigInt),
    /// Float-subclass instances (plain floats are unboxed).
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RwLock<Vec<u8>>),
    /// Up to five items inside the object (`types/tuple/items.rs`).
    Tuple(crate::types::tuple::TupleItems),
    List(crate::owner_bias::OwnedRwLock<Vec<Value>>),
    Dict(Dict),
    /// Both `set` and `frozenset` (the class tells which).
    Set(Box<crate::types::set_table::PySet>),
    Range([Value; 3]),
    Slice([Value; 3]),
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    /// A bound method: function and self.
    Method(Box<(Value, Value)>),
    Type(Box<TypeData>),
    /// Modules keep everything in their dict.
    Module,
    Code(Box<CodeData>),
    Cell(crate::owner_bias::OwnedRwLock<Value>),
    Generator(Box<crate::types::generator::GenData>),
    Exception(Box<ExcData>),
    Traceback(Box<crate::types::exception::TbData>),
    Frame(Box<crate::types::exception::FrameInfo>),
    /// fget, fset, fdel, doc.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: the type, the object and the type to start the MRO search from.
    Super(Box<(ObjRef, Value, ObjRef)>),
    Iter(IterData),
    /// A dict view: the dict and the kind (0 keys, 1 values, 2 items).
    DictView(Box<(ObjRef, u8)>),
    MappingProxy(Value),
    Native(Box<dyn Native>),
}

impl Payload {
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match self {
            Payload::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
