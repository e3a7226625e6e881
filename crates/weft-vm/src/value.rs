//! The value word: `None`, bools, machine-sized ints and floats live unboxed; everything
//! else is a reference-counted heap object. `Null` is the VM's internal "no value"
//! marker (an unbound local, the NULL slot of a call) and never reaches Python code.

use crate::object::ObjRef;
use crate::payload::Payload;

#[derive(Clone)]
pub enum Value {
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }
    /// `is` identity.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }
    /// The identity reported by `id()`: heap objects use their address; unboxed values
    /// get a stable synthetic id derived from their bits.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.id() as i64,
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as i64,
            Value::Int(i) => (0x7000_0000_0000_0000u64 as i64) ^ i.wrapping_mul(2),
            Value::Float(f) => (0x6000_0000_0000_0000u64 as i64) ^ (f.to_bits() as i64 >> 1),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "NULL"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Obj(o) => write!(f, "{o:?}"),
        }
    }
}
