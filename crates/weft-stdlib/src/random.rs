//! `_random`: the Mersenne Twister (MT19937) core under `lib/random.py`'s `Random`, as
//! CPython's C `_random` module: `Random` with `random`, `seed`, `getrandbits`,
//! `getstate` and `setstate`, giving CPython's sequences bit for bit for the same seeds
//! (<https://docs.python.org/3.11/library/random.html>).
//!
//! The generator is the published MT19937 of Matsumoto and Nishimura (624 32-bit
//! words, `init_by_array` seeding, the usual tempering); `random()` joins 27 and 26
//! bits of two consecutive outputs into a 53-bit float, and `getrandbits(k)` builds its
//! int from 32-bit outputs, least significant word first.
//!
//! Threads: each generator's state sits behind its own owner-biased lock, and every
//! call that reads or advances it (`random`, `getrandbits`, `getstate`, `setstate`,
//! `seed`) holds that lock for the whole call. So a generator shared by threads (the
//! `random` module's own functions) hands out each output once and never tears a
//! draw: `random()`'s two words and `getrandbits(k)`'s words are consecutive, as under
//! CPython's GIL. Python code (a seed's `__hash__`, a state item's `__index__`) runs
//! before the lock is taken, never under it.

use std::sync::OnceLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use weft_vm::import::{new_module, set};
use weft_vm::owner_bias::OwnedRwLock;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::{Builtin, BuiltinKind, NativeFn};
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::types::typeobj::{self, tdata};
use weft_vm::types::{add_staticmethod, set_type_attr, types};
use weft_vm::{clinic, new_bigint, new_str, new_tuple, ObjRef, PyErr, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// Words of state.
const N: usize = 624;
/// The offset of the word each twist step mixes in.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one to hand out
/// (`N`: twist before the next draw).
#[derive(Clone)]
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    /// All zeros at index 0, as CPython's `Random.__new__` leaves a generator whose
    /// `__init__` did not seed it (it then draws zeros).
    fn zeroed() -> Mt {
        Mt {
            mt: [0; N],
            index: 0,
        }
    }

    /// The reference `init_genrand`: fill the state from one 32-bit seed.
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference `init_by_array`: a state from a key of any length (at least 1).
    fn from_key(key: &[u32]) -> Mt {
        let mut s = Mt::zeroed();
        s.init_genrand(19_650_218);
        let mt = &mut s.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit set: the state is not all zeros.
        mt[0] = UPPER_MASK;
        s
    }

    /// Regenerate all 624 words.
    #[cold]
    fn twist(&mut self) {
        let mt = &mut self.mt;
        let step = |hi: u32, lo: u32, far: u32| {
            let y = (hi & UPPER_MASK) | (lo & LOWER_MASK);
            far ^ (y >> 1) ^ (if y & 1 != 0 { MATRIX_A } else { 0 })
        };
        for k in 0..N - M {
            mt[k] = step(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = step(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = step(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next tempered 32-bit output.
    #[inline(always)]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0.0, 1.0) with 53 random bits: 27 from one output, 26 from the next.
    #[inline(always)]
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// A `_random.Random` instance's native part.
struct Generator {
    state: OwnedRwLock<Mt>,
}

impl Native for Generator {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The generator of `v` (a `_random.Random` or an instance of a subclass).
#[inline(always)]
fn gen_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    match v.payload().and_then(|p| p.native::<Generator>()) {
        Some(g) => Ok(g),
        None => Err(not_random(vm, v)),
    }
}

#[cold]
#[inline(never)]
fn not_random(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "descriptor requires a '_random.Random' object but received a '{}'",
        vm.type_name(v)
    ))
}

const DOC: &str = "Random() -> create a random number generator with its own internal state.";

fn random_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        // A plain layout, so that Python classes (random.Random) derive from it; the
        // instance `__new__` makes carries the native payload.
        let ty = weft_vm::builtins::new_builtin_plain_type("Random");
        tdata(&t.object).subclasses.lock().push(ty.clone());
        set_type_attr(&ty, "__module__", new_str("_random"));
        set_type_attr(&ty, "__doc__", new_str(DOC));
        add_staticmethod(&ty, "__new__", random_new);
        weft_vm::types::add_method(&ty, "__init__", random_init);
        weft_vm::types::add_method(&ty, "__reduce_ex__", reduce_ex);
        let methods: &[(&'static str, NativeFn, &'static str)] = &[
            ("random", random, "random() -> x in the interval [0, 1)."),
            (
                "seed",
                seed,
                "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
            ),
            (
                "getstate",
                getstate,
                "getstate() -> tuple containing the current state.",
            ),
            (
                "setstate",
                setstate,
                "setstate(state) -> None.  Restores generator state.",
            ),
            (
                "getrandbits",
                getrandbits,
                "getrandbits(k) -> x.  Generates an int with k random bits.",
            ),
        ];
        for (name, f, doc) in methods {
            add_documented_method(&ty, name, *f, doc);
        }
        ty
    })
}

/// A method descriptor with its docstring (`Random.random.__doc__`). The functions
/// check their own arguments, so the descriptor carries no checks.
fn add_documented_method(t: &ObjRef, name: &'static str, func: NativeFn, doc: &'static str) {
    let b = ObjRef::new_immortal(
        types().method_descriptor.clone(),
        None,
        Payload::Builtin(Box::new(Builtin {
            name,
            func,
            kind: BuiltinKind::Method,
            bound: None,
            owner: Some(t.clone()),
            doc: Some(doc),
            check: None,
            module: Default::default(),
        })),
    );
    set_type_attr(t, name, Value::Obj(b));
}

/// `Random.__new__(cls, *args, **kwargs)`: an unseeded generator of class `cls` (the
/// arguments are `__init__`'s, as CPython's generic `__new__`).
fn random_new(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    if !matches!(cls.payload, Payload::Type(_)) || !typeobj::is_subtype(cls, random_type()) {
        return Err(vm.type_error("Random.__new__(X): X is not a subtype of _random.Random"));
    }
    let dict = tdata(cls).has_dict.then(weft_vm::new_dict_obj);
    Ok(Value::Obj(ObjRef::new(
        cls.clone(),
        dict,
        Payload::Native(Box::new(Generator {
            state: OwnedRwLock::new(Mt::zeroed()),
        })),
    )))
}

/// `Random.__init__(self, x=None)`: seed from `x`, straight into the generator (an
/// overridden `seed` is not called). Keywords are refused unless a subclass has an
/// `__init__` of its own that passed them on.
fn random_init(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let g = gen_of(vm, &a[0])?;
    if !kw.is_empty() {
        let cls = weft_vm::vm::type_of(&a[0]);
        let own = |t: &ObjRef| typeobj::lookup_static(t, "__init__");
        let inherited = match (own(cls), own(random_type())) {
            (Some(Value::Obj(x)), Some(Value::Obj(y))) => x.ptr_eq(&y),
            _ => false,
        };
        if cls.ptr_eq(random_type()) || inherited {
            return Err(vm.type_error("Random() takes no keyword arguments"));
        }
    }
    if a.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_from(vm, g, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

/// `__reduce_ex__(protocol)`: `object.__reduce_ex__`, which refuses a generator ("cannot
/// pickle '_random.Random' object") unless its class overrides `__reduce__` (as
/// `random.Random` does). It is the type's own so that `copy.copy` and `copy.deepcopy`
/// call it: for a class with object's reductions they copy by `__new__` and the
/// instance dict, which would give a blank generator where CPython raises that error.
fn reduce_ex(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let object = Value::Obj(types().object.clone());
    let f = vm.getattr(&object, "__reduce_ex__")?;
    vm.call_kw(&f, a, kw)
}

/// `random()`: the next float in [0.0, 1.0).
fn random(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "Random.random", a, kw, 0, 0)?;
    let g = gen_of(vm, &a[0])?;
    let x = g.state.write().next_f64();
    Ok(Value::Float(x))
}

/// `seed(n=None)`: None seeds from the system's entropy (the time and process id if
/// that fails), an int from its absolute value's 32-bit words (least significant
/// first), anything else from its hash taken as unsigned.
fn seed(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::no_keywords(vm, "Random.seed", kw)?;
    clinic::positional(vm, "seed", a.len().saturating_sub(1), 0, 1)?;
    let g = gen_of(vm, &a[0])?;
    seed_from(vm, g, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn seed_from(vm: &Vm, g: &Generator, n: &Value) -> PyResult<()> {
    let key = match n {
        Value::None => entropy_key(),
        _ => match as_int(n) {
            Some(IntRef::Small(i)) => u64_key(i.unsigned_abs()),
            Some(IntRef::Big(b)) => big_key(b.magnitude()),
            None => u64_key(vm.hash(n)? as u64),
        },
    };
    let fresh = Mt::from_key(&key);
    *g.state.write() = fresh;
    Ok(())
}

/// The 32-bit words of `n`, least significant first (one word for 0).
fn u64_key(n: u64) -> Vec<u32> {
    if n >> 32 == 0 {
        vec![n as u32]
    } else {
        vec![n as u32, (n >> 32) as u32]
    }
}

fn big_key(n: &BigUint) -> Vec<u32> {
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// 624 words from the system's entropy source; if it fails, the time and process id.
fn entropy_key() -> Vec<u32> {
    let mut buf = [0u8; N * 4];
    if crate::posix::fill_random(&mut buf).is_err() {
        return time_pid_key();
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn time_pid_key() -> Vec<u32> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mono = {
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        START
            .get_or_init(std::time::Instant::now)
            .elapsed()
            .as_nanos() as u64
    };
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        mono as u32,
        (mono >> 32) as u32,
    ]
}

/// `getrandbits(k)`: an int of `k` random bits (`k` a C int, as CPython's).
fn getrandbits(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "Random.getrandbits", a, kw, 1, 1)?;
    let g = gen_of(vm, &a[0])?;
    let k = match &a[1] {
        Value::Int(k) => *k,
        v => {
            let b = weft_vm::types::int::index_arg(vm, v)?;
            b.to_i64().unwrap_or(i64::MAX)
        }
    };
    if k < i32::MIN as i64 || k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k as u32;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = g.state.write().next_u32() >> (32 - k);
        return Ok(Value::Int(r as i64));
    }
    if k <= 64 {
        let (lo, hi) = {
            let mut s = g.state.write();
            (s.next_u32(), s.next_u32() >> (64 - k))
        };
        let r = (hi as u64) << 32 | lo as u64;
        return Ok(match i64::try_from(r) {
            Ok(i) => Value::Int(i),
            Err(_) => new_bigint(BigInt::from(r)),
        });
    }
    // 32-bit words, least significant first; the last one keeps its top bits.
    let words = (k as usize).div_ceil(32);
    let mut w = Vec::with_capacity(words);
    {
        let mut s = g.state.write();
        let mut left = k;
        for _ in 0..words {
            let r = s.next_u32();
            w.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
    }
    Ok(new_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::new(w),
    )))
}

/// `getstate()`: a tuple of the 624 words and the index.
fn getstate(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "Random.getstate", a, kw, 0, 0)?;
    let g = gen_of(vm, &a[0])?;
    let s = g.state.read().clone();
    let mut items: Vec<Value> = s.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(s.index as i64));
    Ok(new_tuple(items))
}

/// `setstate(state)`: restore a tuple from `getstate()`, with CPython's checks and
/// messages (words beyond 32 bits are cut to their low 32, as CPython's C does).
fn setstate(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "Random.setstate", a, kw, 1, 1)?;
    let g = gen_of(vm, &a[0])?;
    let Some(Payload::Tuple(items)) = a[1].payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut fresh = Mt::zeroed();
    for (slot, v) in fresh.mt.iter_mut().zip(items.iter()) {
        *slot = state_word(vm, v)? as u32;
    }
    let index = match &items[N] {
        Value::Int(i) => *i,
        v => weft_vm::types::int::index_arg(vm, v)?
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?,
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    fresh.index = index as usize;
    *g.state.write() = fresh;
    Ok(Value::None)
}

/// One word of a state vector as C's `unsigned long` (an int, not negative, below 2**64).
fn state_word(vm: &Vm, v: &Value) -> PyResult<u64> {
    let negative = || vm.overflow_error("can't convert negative value to unsigned int");
    match as_int(v) {
        Some(IntRef::Small(i)) => u64::try_from(i).map_err(|_| negative()),
        Some(IntRef::Big(b)) if b.is_negative() => Err(negative()),
        Some(IntRef::Big(b)) => b
            .to_u64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long")),
        None => Err(vm.type_error("an integer is required")),
    }
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_random");
    set(&m, "Random", Value::Obj(random_type().clone()));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::Mt;

    /// The reference implementation's published outputs for
    /// `init_by_array({0x123, 0x234, 0x345, 0x456})`.
    #[test]
    fn reference_outputs() {
        let mut s = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| s.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    /// CPython: `random.seed(0); random.random()`, and seed 1.
    #[test]
    fn cpython_floats() {
        let mut s = Mt::from_key(&[0]);
        assert_eq!(s.next_f64(), 0.8444218515250481);
        let mut s = Mt::from_key(&[1]);
        assert_eq!(s.next_f64(), 0.13436424411240122);
    }
}
