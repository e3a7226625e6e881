//! Per-thread interpreter state (`Vm`) and the core object protocol every other part
//! uses: type of a value, hashing, equality, truth, iteration, raising exceptions.
//! A `Vm` belongs to one OS thread; everything shared lives in [`crate::interp`].

use crate::interp::{interp, Interp};
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::typeobj::{self, tdata};
use crate::types::types;
use crate::value::Value;
use crate::{new_str, new_tuple, PyErr, PyResult};
use std::cell::{Cell, RefCell};

pub struct Vm {
    /// Handled exceptions (`sys.exc_info()` is the top).
    pub exc_stack: RefCell<Vec<Value>>,
    /// Python call depth (RecursionError beyond the limit).
    pub depth: Cell<u32>,
    /// The innermost frame running on this thread (null when none): the others follow
    /// through each frame's `back` link (`Vm::frames`).
    pub top: Cell<*const crate::frame::Frame>,
    /// Finished frames of inlined calls, reused by the next ones (`Frame::recycle`).
    pub frame_pool: crate::frame::FramePool,
    pub thread_ident: u64,
    /// The thread's `threading.Thread`-independent name for diagnostics.
    pub is_main: bool,
    /// Whether this thread currently holds the emulated GIL.
    pub gil_held: Cell<bool>,
    pub gil_ticks: Cell<u32>,
    /// Borrowed global copies open on this thread's stacks, and the cache whose
    /// references keep them alive (`thread_globals.rs`).
    pub gborrows: Cell<u32>,
    /// A namespace store happened while borrows were open: release when they close.
    pub gdirty: Cell<bool>,
    pub tglobals: RefCell<crate::thread_globals::ThreadGlobals>,
    /// Lowest stack address Python calls may reach: below it, calls raise
    /// `RecursionError` instead of overflowing the native stack (whatever the limit).
    pub stack_floor: usize,
    /// MAKE_FUNCTION's `__module__`: the `__name__` last found in a module namespace,
    /// with the namespace's address and version, when that value is immortal (a
    /// module's interned name). Functions made in a loop skip the dict lookup.
    pub module_name: Cell<(usize, u64, *const crate::object::Object)>,
}

/// Room kept below [`Vm::stack_floor`] for the native code that runs between two
/// recursion checks (and for reporting the error).
const STACK_MARGIN: usize = 4 << 20;

/// Bytes of physical memory (from /proc/meminfo; unbounded where unknown).
fn physical_memory() -> u64 {
    static MEM: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MEM.get_or_init(|| {
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("MemTotal:"))?;
                let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
                Some(kb * 1024)
            })
            .unwrap_or(u64::MAX)
    })
}

/// The current stack pointer, approximately.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

fn stack_floor() -> usize {
    let sp = stack_pointer();
    match stacker::remaining_stack() {
        Some(rem) if rem > 2 * STACK_MARGIN => sp - rem + STACK_MARGIN,
        Some(rem) => sp - rem / 2,
        None => 0,
    }
}

impl Vm {
    pub fn new(is_main: bool) -> Vm {
        Vm {
            exc_stack: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            top: Cell::new(std::ptr::null()),
            frame_pool: Default::default(),
            thread_ident: crate::interp::current_thread_ident(),
            is_main,
            gil_held: Cell::new(false),
            gil_ticks: Cell::new(0),
            gborrows: Cell::new(0),
            gdirty: Cell::new(false),
            tglobals: RefCell::new(Default::default()),
            stack_floor: stack_floor(),
            module_name: Cell::new((0, 0, std::ptr::null())),
        }
    }

    /// The innermost running frame, if any. The pointer is valid while that frame runs
    /// (until the native code asking returns).
    #[inline]
    pub fn current_frame(&self) -> Option<*const crate::frame::Frame> {
        let p = self.top.get();
        (!p.is_null()).then_some(p)
    }

    /// The frames running on this thread, outermost first (for `sys._getframe`).
    pub fn frames(&self) -> Vec<*const crate::frame::Frame> {
        let mut v = Vec::new();
        let mut p = self.top.get();
        while !p.is_null() {
            v.push(p);
            // SAFETY: every frame on the chain is running (see `current_frame`).
            p = unsafe { (*p).back.0 };
        }
        v.reverse();
        v
    }

    /// Drop the references the borrowed-global cache holds, when no borrowed copy is open
    /// (so that rebinding a global frees the old object as CPython does).
    #[inline]
    pub fn release_global_borrows(&self) {
        if self.gborrows.get() != 0 {
            self.gdirty.set(true);
        } else {
            let vals = {
                let mut t = self.tglobals.borrow_mut();
                if t.is_empty() {
                    return;
                }
                t.take_all()
            };
            drop(vals);
        }
    }

    /// A borrowed global copy is done with.
    #[inline(always)]
    pub fn close_global_borrow(&self) {
        let n = self.gborrows.get() - 1;
        self.gborrows.set(n);
        if n == 0 && self.gdirty.get() {
            self.gdirty.set(false);
            self.release_global_borrows();
        }
    }

    #[inline(always)]
    pub fn interp(&self) -> &'static Interp {
        interp()
    }

    /// The class of a value.
    #[inline(always)]
    pub fn type_of<'a>(&self, v: &'a Value) -> &'a ObjRef {
        type_of(v)
    }

    // ----- exceptions -------------------------------------------------------------

    /// Look up a built-in exception class by name.
    pub fn exc_type(&self, name: &str) -> ObjRef {
        let all = interp().exc_types();
        match all.get(name) {
            Some(t) => t.clone(),
            None => all["Exception"].clone(),
        }
    }

    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &ObjRef, args: Vec<Value>) -> PyErr {
        let dict = if tdata(ty).has_dict || !tdata(ty).heap {
            Some(crate::new_dict_obj())
        } else {
            None
        };
        let o = ObjRef::new(
            ty.clone(),
            dict,
            Payload::Exception(Box::new(crate::types::exception::ExcData::new(new_tuple(
                args,
            )))),
        );
        PyErr(o)
    }

    pub fn new_error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let t = self.exc_type(name);
        self.new_exception(&t, vec![new_str(msg.into())])
    }

    /// A bare `MemoryError` (no arguments), as CPython's `PyErr_NoMemory` raises it.
    pub fn no_memory(&self) -> PyErr {
        self.new_exception(&self.exc_type("MemoryError"), Vec::new())
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }
    /// `MemoryError` (CPython's answer when `malloc` fails) unless `nbytes` more bytes
    /// can be allocated: call before building a result whose size the program chose, so
    /// that `' ' * 2**50` raises instead of aborting the process.
    pub fn check_alloc(&self, nbytes: usize) -> PyResult<()> {
        if nbytes < 1 << 26 {
            return Ok(());
        }
        let mut probe: Vec<u8> = Vec::new();
        if nbytes > isize::MAX as usize / 2
            || nbytes as u64 > physical_memory()
            || probe.try_reserve_exact(nbytes).is_err()
        {
            return Err(self.no_memory());
        }
        Ok(())
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", format!("name '{name}' is not defined"));
        let _ = self.set_attr_raw(&e.0, "name", new_str(name));
        e
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        let t = self.exc_type("KeyError");
        self.new_exception(&t, vec![key])
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let t = self.exc_type("StopIteration");
        let e = self.new_exception(
            &t,
            if value.is_none() {
                vec![]
            } else {
                vec![value.clone()]
            },
        );
        let _ = self.set_attr_raw(&e.0, "value", value);
        e
    }

    /// Set an attribute in an object's own `__dict__` without descriptors.
    pub fn set_attr_raw(&self, o: &ObjRef, name: &str, v: Value) -> PyResult<()> {
        if let Some(d) = o.dict.as_ref() {
            if let Payload::Dict(d) = &d.payload {
                let k = crate::intern(name);
                let h = crate::str_hash(&k);
                d.set_str(k, h, v);
            }
        }
        Ok(())
    }

    /// Is `err` an instance of the built-in exception class `name`?
    pub fn err_matches(&self, err: &PyErr, name: &str) -> bool {
        let t = self.exc_type(name);
        typeobj::is_subtype(&err.0.class, &t)
    }

    // ----- hashing and equality ---------------------------------------------------

    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::ops::hash_int(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::None => Ok(0xFCA86420),
            Value::Float(f) => Ok(crate::ops::hash_float(*f)),
            Value::Null => Ok(0),
            Value::Obj(o) => {
                if o.class.ptr_eq(&types().str) {
                    if let Payload::Str(s) = &o.payload {
                        return Ok(s.hash());
                    }
                }
                crate::ops::hash_object(self, v, o)
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::types::dict::fast_eq(a, b) {
            return Ok(r);
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = crate::ops::compare(self, a, b, crate::ops::CmpOp::Eq)?;
        self.truthy(&r)
    }

    // ----- truth ------------------------------------------------------------------

    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => crate::ops::truthy_obj(self, v, o),
        }
    }

    // ----- iteration --------------------------------------------------------------

    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        crate::types::iter::get_iter(self, v)
    }

    /// Advance an iterator: `Ok(None)` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        crate::types::iter::next(self, it)
    }

    /// Collect any iterable into a vector.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect_hinted(v, false)
    }

    /// [`Vm::collect`] for `list()`, `tuple()` and `list.extend`, which (as CPython's)
    /// first ask an iterator how many items it will give (`__len__` or
    /// `__length_hint__`, see [`crate::ops::length_hint`]): more than memory holds is a
    /// MemoryError before any is taken.
    pub fn collect_sized(&self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect_hinted(v, true)
    }

    fn collect_hinted(&self, v: &Value, hinted: bool) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &o.payload {
                // A subclass may override `__iter__`: only the built-in types copy directly.
                Payload::List(l) if !typeobj::tdata(&o.class).heap => return Ok(l.read().clone()),
                Payload::Tuple(t) if !typeobj::tdata(&o.class).heap => return Ok(t.to_vec()),
                // One consistent snapshot, as CPython's C loop under the GIL takes: another
                // thread's insert must not raise "changed size during iteration" here.
                Payload::Dict(d) if o.class.ptr_eq(&types().dict) => return Ok(d.keys()),
                Payload::Set(s)
                    if o.class.ptr_eq(&types().set) || o.class.ptr_eq(&types().frozenset) =>
                {
                    return Ok(s.keys())
                }
                Payload::DictView(dv) => {
                    if let Payload::Dict(d) = &dv.0.payload {
                        return Ok(crate::types::dictobj::view_snapshot(d, dv.1));
                    }
                }
                Payload::Range(_) => {
                    // CPython sizes the result first: MemoryError rather than filling memory.
                    let n = num_traits::ToPrimitive::to_usize(&crate::types::range::range_len(v));
                    match n {
                        Some(n) if n <= isize::MAX as usize => {
                            self.check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))?
                        }
                        _ => {
                            return Err(
                                self.overflow_error("Python int too large to convert to C ssize_t")
                            )
                        }
                    }
                }
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        if hinted {
            let n = crate::ops::length_hint(self, v)?;
            // (only checked: the list grows as it did without a hint, which may overstate)
            self.check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))?;
        }
        while let Some(x) = self.next(&it)? {
            if out.len() == out.capacity() && out.try_reserve(out.len().max(4)).is_err() {
                // an endless iterator fills memory: CPython's MemoryError, not an abort
                drop(out);
                return Err(self.no_memory());
            }
            out.push(x);
        }
        Ok(out)
    }

    // ----- calls and attributes (see call.rs / attr.rs) ---------------------------

    pub fn call(&self, f: &Value, args: &[Value]) -> PyResult<Value> {
        crate::call::call(self, f, args, &[])
    }

    pub fn call_kw(&self, f: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        crate::call::call(self, f, args, kw)
    }

    pub fn getattr(&self, o: &Value, name: &str) -> PyResult<Value> {
        crate::attr::getattr(self, o, &crate::intern(name))
    }

    pub fn call_method(&self, o: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.getattr(o, name)?;
        self.call(&f, args)
    }

    /// Look a special method up on the type (not the instance), bound to `o`.
    pub fn lookup_special(&self, o: &Value, name: &'static str) -> Option<Value> {
        let t = type_of(o);
        let f = typeobj::lookup_static(t, name)?;
        Some(crate::attr::bind(self, f, o.clone(), t))
    }

    /// `o.name(*args)` for the special method `name` of `o`'s type ([`Vm::call_unbound`]).
    /// None: the type has no such method.
    pub fn call_special(
        &self,
        o: &Value,
        name: &'static str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let f = typeobj::lookup_static(type_of(o), name)?;
        Some(self.call_unbound(o, f, args))
    }

    /// Call `f`, found on `o`'s type, for `o`: a Python function with `o` put straight
    /// into its frame (no bound method made for the one call), anything else bound as
    /// [`Vm::lookup_special`] binds it.
    pub fn call_unbound(&self, o: &Value, f: Value, args: &[Value]) -> PyResult<Value> {
        if let Value::Obj(fo) = &f {
            if let Payload::Function(func) = &fo.payload {
                return crate::call::call_function_with(self, fo, func, Some(o), args, &[]);
            }
        }
        let bound = crate::attr::bind(self, f, o.clone(), type_of(o));
        self.call(&bound, args)
    }

    pub fn repr(&self, v: &Value) -> PyResult<String> {
        crate::repr::repr(self, v)
    }

    pub fn str(&self, v: &Value) -> PyResult<String> {
        crate::repr::str(self, v)
    }

    /// Name of a value's type, for error messages.
    /// A class written in Python may set `__weft_tpname__` in its own namespace to stand
    /// for CPython's C-level `tp_name` (e.g. 'datetime.date', 'decimal.Decimal').
    pub fn type_name(&self, v: &Value) -> String {
        let t = type_of(v);
        let td = tdata(t);
        if td.heap {
            if let Some(d) = t.dict.as_ref() {
                if let Payload::Dict(d) = &d.payload {
                    let key = crate::intern("__weft_tpname__");
                    if let Some(Value::Obj(o)) = d.get_str(&key, crate::str_hash(&key)) {
                        if let Payload::Str(s) = &o.payload {
                            return s.as_str().to_string();
                        }
                    }
                }
            }
        }
        let name = td.name.read().clone();
        if !td.heap {
            // A native type in a module (`_thread.lock`, `_io.TextIOWrapper`): CPython's
            // tp_name carries the module, as its `__module__` is derived from it.
            let m = crate::repr::module_of_type(t);
            if m != "builtins" {
                return format!("{m}.{name}");
            }
        }
        name
    }

    pub fn isinstance(&self, v: &Value, t: &ObjRef) -> bool {
        typeobj::is_subtype(type_of(v), t)
    }

    /// [`Vm::enter`] for a frame the eval loop runs inline (CALL's fast path): it uses
    /// no Rust stack, so only the depth is checked, not the native stack.
    #[inline(always)]
    pub fn enter_inline(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > crate::interp::recursion_limit() {
            return self.enter();
        }
        self.depth.set(d);
        Ok(())
    }

    /// Check and count recursion depth (and that the native stack has room).
    #[inline]
    pub fn enter(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > interp().recursion_limit() || stack_pointer() < self.stack_floor {
            if d > interp().recursion_limit() + 50 {
                // Handling the RecursionError itself recursed again: hard stop.
                return Err(self.new_error(
                    "RecursionError",
                    "maximum recursion depth exceeded while handling a RecursionError",
                ));
            }
            self.depth.set(d);
            let e = self.new_error("RecursionError", "maximum recursion depth exceeded");
            self.depth.set(d - 1);
            return Err(e);
        }
        self.depth.set(d);
        Ok(())
    }
    /// Like [`Vm::enter`] for a native operation that can recurse through Python code;
    /// `what` completes CPython's message (" while getting the repr of an object").
    pub fn enter_native(&self, what: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > interp().recursion_limit() && d <= interp().recursion_limit() + 50 {
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.enter()
    }
    /// Run a built-in function's work one level deeper: CPython counts a level for
    /// every call of a built-in (" while calling a Python object"), which weft does
    /// for the built-ins that call back into Python through a special method (`repr`,
    /// `hash`), so `__repr__` returning `repr(self)` recurses at CPython's depth.
    pub fn builtin_level<T>(&self, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        self.enter_native(" while calling a Python object")?;
        let r = f();
        self.leave();
        r
    }
    #[inline]
    pub fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    /// The currently handled exception (or None).
    pub fn current_exception(&self) -> Value {
        self.exc_stack
            .borrow()
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .cloned()
            .unwrap_or(Value::None)
    }
}

/// The class of a value.
#[inline(always)]
pub fn type_of(v: &Value) -> &ObjRef {
    let t = types();
    match v {
        Value::Obj(o) => &o.class,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Bool(_) => &t.bool_,
        Value::None => &t.none_type,
        Value::Null => &t.none_type,
    }
}
