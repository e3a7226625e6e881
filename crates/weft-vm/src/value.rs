//! The value word: `None`, bools, machine-sized ints and floats live unboxed; everything
//! else is a reference-counted heap object. `Null` is the VM's internal "no value"
//! marker (an unbound local, the NULL slot of a call) and never reaches Python code.

use crate::object::ObjRef;
use crate::payload::Payload;

/// `repr(u64)`: a full-word tag leaves no padding between tag and payload, so moving a
/// value is two 8-byte moves (with a one-byte tag, LLVM copied the padding bytes
/// piecewise and the partial stores stalled later loads of the value stack).
#[repr(u64)]
pub enum Value {
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// A bitwise copy plus, for heap objects, one count. Written by hand so that the copy
    /// is one 16-byte move: the derived clone let LLVM copy the variants' fields
    /// separately, and the partial stores then stalled the next load of the value stack
    /// (measured: n-body 30% slower).
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            o.incref();
        }
        // SAFETY: every variant but `Obj` is plain data, and for `Obj` the count was just
        // incremented on behalf of the copy, which therefore owns its own reference.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Write `v` to `p` (uninitialised: nothing is dropped) by one 16-byte store. A
    /// value held in two registers is otherwise stored as two 8-byte halves, and a later
    /// 16-byte load of the slot (the next instruction's pop, `LOAD_FAST`'s copy) cannot
    /// be forwarded from two stores: it waits for both to reach the cache (a dozen
    /// cycles; measured on `[x for x in l]`, where `FOR_ITER` stores the item that
    /// `LOAD_FAST` then loads, and on richards' attribute values).
    ///
    /// # Safety
    /// `p` is valid for a write of a `Value` and aligned for it.
    #[inline(always)]
    pub unsafe fn write_whole(p: *mut Value, v: Value) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::__m128i;
            use std::mem::MaybeUninit;
            // SAFETY: as the caller guarantees. The bits move as `MaybeUninit` (a
            // payload-less variant's second word is uninitialised, which no integer may
            // hold), `v` is not dropped, and the 16-byte vector type makes the copy one
            // store.
            unsafe {
                let bits: MaybeUninit<__m128i> = std::mem::transmute(v);
                p.cast::<MaybeUninit<__m128i>>().write_unaligned(bits);
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        // SAFETY: as the caller guarantees.
        unsafe {
            p.write(v)
        }
    }

    /// `std::mem::replace(self, v)`, with `v` written by one 16-byte store
    /// ([`Value::write_whole`]).
    #[inline(always)]
    pub fn replace_whole(&mut self, v: Value) -> Value {
        let p: *mut Value = self;
        // SAFETY: the old value is moved out before the new one's bits overwrite it
        // (`self` is a valid, aligned slot).
        unsafe {
            let old = p.read();
            Value::write_whole(p, v);
            old
        }
    }

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
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        // Two heap objects first (dict keys, `x is y` on objects): one compare of the
        // tags and one of the pointers, where the full match below became a jump table.
        if let (Value::Obj(a), Value::Obj(b)) = (self, other) {
            return a.ptr_eq(b);
        }
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

// The value word stays two machine words, and `Option<Value>` uses a spare tag value.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

/// `Vec::truncate` for value vectors with each release inlined: `truncate` calls the
/// out-of-line slice destructor, whose set-up costs more than releasing the one or two
/// values a call's arguments or a frame's locals usually are (measured: fib's calls spent
/// 12% of their instructions there). Values are released first to last, as CPython
/// clears a frame's locals (finalizers run in that order).
#[inline(always)]
pub fn truncate_values(v: &mut Vec<Value>, len: usize) {
    let n = v.len();
    if n <= len {
        return;
    }
    // SAFETY: the length is cut first, so the vector never exposes a released value; each
    // value in `len..n` is initialised and is read out exactly once, then dropped.
    unsafe {
        v.set_len(len);
        let p = v.as_ptr();
        for i in len..n {
            drop(std::ptr::read(p.add(i)));
        }
    }
}

/// Append `k` unbound (`Null`) slots, inlined: the standard `resize`/`extend` stay out of
/// line and showed up at 3% of a call-heavy profile.
#[inline(always)]
pub fn push_nulls(v: &mut Vec<Value>, k: usize) {
    v.reserve(k);
    let len = v.len();
    // SAFETY: `reserve` made room for `k` more values; each slot in `len..len + k` is
    // written once before the length is raised to cover it.
    unsafe {
        let p = v.as_mut_ptr().add(len);
        for i in 0..k {
            p.add(i).write(Value::Null);
        }
        v.set_len(len + k);
    }
}
