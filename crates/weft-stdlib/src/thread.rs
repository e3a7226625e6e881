//! `_thread`: OS threads that each run Python on their own `Vm` (in parallel unless the
//! emulated GIL is on), `lock` and `RLock`, thread identifiers; `threading.py` builds on it.
//! Also the `sys` functions about threads: `getswitchinterval`, `setswitchinterval`,
//! `_is_gil_enabled`. Follows <https://docs.python.org/3.11/library/_thread.html>.

use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use weft_vm::builtins::kwarg;
use weft_vm::gil;
use weft_vm::import::{new_module, set};
use weft_vm::interp::interp;
use weft_vm::payload::{Native, Payload};
use weft_vm::timeline::{self, State};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::{add_method, add_staticmethod, native, set_type_attr};
use weft_vm::{new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// `_thread.TIMEOUT_MAX` (seconds), as CPython on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Virtual stack reserved for every thread (Python calls recurse on the Rust stack;
/// only touched pages are committed).
const MIN_STACK: usize = 256 << 20;

/// Number of threads started by `start_new_thread` still running (`_thread._count()`).
static COUNT: AtomicUsize = AtomicUsize::new(0);
/// The size last set with `stack_size()` (0 = default).
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

// ----- the lock core -----------------------------------------------------------------

/// A non-reentrant lock that any thread may release: a flag under a mutex plus a condvar.
/// The mutex is only held for a few instructions, never while waiting or running Python.
pub struct LockCore {
    locked: Mutex<bool>,
    cv: Condvar,
}

/// Why a blocking acquire gave up.
enum WaitEnd {
    Acquired,
    TimedOut,
    /// Ctrl-C arrived while the main thread was waiting.
    Interrupted,
}

impl LockCore {
    pub fn new() -> LockCore {
        LockCore {
            locked: Mutex::new(false),
            cv: Condvar::new(),
        }
    }

    #[inline]
    pub fn try_acquire(&self) -> bool {
        let mut g = self.locked.lock();
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }

    /// Release; false if it was not locked.
    #[inline]
    pub fn release(&self) -> bool {
        let mut g = self.locked.lock();
        if !*g {
            return false;
        }
        *g = false;
        drop(g);
        self.cv.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }

    /// Wait for the lock until `deadline` (None: forever). The main thread wakes up
    /// regularly to notice Ctrl-C, as CPython's lock waits are interruptible.
    fn wait(&self, deadline: Option<Instant>, interruptible: bool) -> WaitEnd {
        let mut g = self.locked.lock();
        loop {
            if !*g {
                *g = true;
                return WaitEnd::Acquired;
            }
            if interruptible && gil::PENDING_SIGNAL.load(Ordering::Relaxed) {
                return WaitEnd::Interrupted;
            }
            let now = Instant::now();
            let mut until = match deadline {
                Some(d) if d <= now => return WaitEnd::TimedOut,
                Some(d) => d,
                None => now + Duration::from_secs(3600),
            };
            if interruptible {
                until = until.min(now + Duration::from_millis(20));
            }
            self.cv.wait_until(&mut g, until);
        }
    }

    /// `acquire(blocking, timeout)` with the GIL released while waiting.
    fn acquire(&self, vm: &Vm, blocking: bool, timeout: Option<f64>) -> PyResult<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        if !blocking || timeout == Some(0.0) {
            return Ok(false);
        }
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
        let interruptible = vm.is_main;
        let r = gil::allow_threads(vm, State::WaitLock, || self.wait(deadline, interruptible));
        match r {
            WaitEnd::Acquired => Ok(true),
            WaitEnd::TimedOut => Ok(false),
            WaitEnd::Interrupted => {
                weft_vm::interp_checks(vm)?;
                // Signal consumed elsewhere: keep waiting for what is left.
                let rest =
                    deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64());
                self.acquire(vm, true, rest)
            }
        }
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` as CPython does; timeout None = forever.
fn acquire_args(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<(bool, Option<f64>)> {
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (k, _) in kw {
        let name = weft_vm::builtins::str_arg(k).unwrap_or("");
        if name != "blocking" && name != "timeout" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for acquire()"
            )));
        }
    }
    let blocking = match args.get(1).or_else(|| kwarg(kw, "blocking")) {
        None => true,
        Some(v) => match weft_vm::types::number::as_int(v) {
            Some(weft_vm::types::number::IntRef::Small(i)) => i != 0,
            Some(_) => true,
            None => {
                if matches!(v, Value::Float(_)) {
                    return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
                }
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
        },
    };
    let timeout = match args.get(2).or_else(|| kwarg(kw, "timeout")) {
        None => -1.0,
        Some(v) => match v {
            Value::Int(i) => *i as f64,
            Value::Bool(b) => *b as i64 as f64,
            Value::Float(f) => *f,
            other => match weft_vm::types::number::as_float(other) {
                Some(f) => f,
                None => match weft_vm::types::number::as_int(other) {
                    Some(i) => weft_vm::types::number::int_to_f64(vm, &i)?,
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(other)
                        )))
                    }
                },
            },
        },
    };
    if timeout.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        if timeout > 9.2e18 {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((blocking, if timeout < 0.0 { None } else { Some(timeout) }))
}

// ----- _thread.lock --------------------------------------------------------------------

struct Lock(LockCore);

impl Native for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn lock_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("lock");
        set_type_attr(&t, "__module__", new_str("_thread"));
        for (name, f) in [
            ("acquire", l_acquire as weft_vm::types::function::NativeFn),
            ("acquire_lock", l_acquire),
            ("__enter__", l_acquire),
        ] {
            add_method(&t, name, f);
        }
        add_method(&t, "release", l_release);
        add_method(&t, "release_lock", l_release);
        add_method(&t, "__exit__", l_exit);
        add_method(&t, "locked", l_locked);
        add_method(&t, "locked_lock", l_locked);
        add_method(&t, "_at_fork_reinit", l_at_fork_reinit);
        add_method(&t, "__repr__", l_repr);
        t
    })
}

/// A new `_thread.lock` object.
pub fn new_lock() -> Value {
    Value::Obj(ObjRef::new(
        lock_type().clone(),
        None,
        Payload::Native(Box::new(Lock(LockCore::new()))),
    ))
}

fn this_lock<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a LockCore> {
    match args
        .first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Lock>())
    {
        Some(l) => Ok(&l.0),
        None => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn l_acquire(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this_lock(vm, args)?;
    let (blocking, timeout) = acquire_args(vm, args, kw)?;
    Ok(Value::Bool(l.acquire(vm, blocking, timeout)?))
}

fn l_release(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !this_lock(vm, args)?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn l_exit(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    l_release(vm, &args[..1.min(args.len())], &[])
}

fn l_locked(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this_lock(vm, args)?.is_locked()))
}

fn l_at_fork_reinit(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = this_lock(vm, args)?;
    *l.locked.lock() = false;
    Ok(Value::None)
}

fn l_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = this_lock(vm, args)?;
    let state = if l.is_locked() { "locked" } else { "unlocked" };
    Ok(new_str(format!(
        "<{state} _thread.lock object at {:#x}>",
        args[0].id()
    )))
}

// ----- _thread.RLock -------------------------------------------------------------------

/// A reentrant lock: the core lock plus the owner's thread ident and the recursion
/// count. `owner`/`count` are only written by the thread that holds `core`.
struct RLock {
    core: LockCore,
    owner: AtomicU64,
    count: AtomicU64,
}

impl Native for RLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn rlock_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("RLock");
        set_type_attr(&t, "__module__", new_str("_thread"));
        add_staticmethod(&t, "__new__", r_new);
        add_method(&t, "acquire", r_acquire);
        add_method(&t, "__enter__", r_acquire);
        add_method(&t, "release", r_release);
        add_method(&t, "__exit__", r_exit);
        add_method(&t, "_is_owned", r_is_owned);
        add_method(&t, "_release_save", r_release_save);
        add_method(&t, "_acquire_restore", r_acquire_restore);
        add_method(&t, "_recursion_count", r_recursion_count);
        add_method(&t, "_at_fork_reinit", r_at_fork_reinit);
        add_method(&t, "__repr__", r_repr);
        add_method(&t, "__reduce__", r_reduce);
        t
    })
}

/// An RLock cannot be pickled or copied. (Its `__new__` takes no arguments, so without
/// this `copy.copy` would hand out a fresh lock.)
fn r_reduce(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle '_thread.RLock' object"))
}

fn r_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("RLock.__new__(X): X is not a type object")),
    };
    let dict = if cls.ptr_eq(rlock_type()) {
        None
    } else {
        Some(weft_vm::new_dict_obj())
    };
    let r = RLock {
        core: LockCore::new(),
        owner: AtomicU64::new(0),
        count: AtomicU64::new(0),
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        dict,
        Payload::Native(Box::new(r)),
    )))
}

fn this_rlock<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RLock> {
    match args
        .first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<RLock>())
    {
        Some(l) => Ok(l),
        None => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

fn r_acquire(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let (blocking, timeout) = acquire_args(vm, args, kw)?;
    let me = vm.thread_ident;
    if r.owner.load(Ordering::Relaxed) == me {
        let c = r.count.load(Ordering::Relaxed);
        if c == u64::MAX {
            return Err(vm.overflow_error("Internal lock count overflowed"));
        }
        r.count.store(c + 1, Ordering::Relaxed);
        return Ok(Value::Bool(true));
    }
    if !r.core.acquire(vm, blocking, timeout)? {
        return Ok(Value::Bool(false));
    }
    r.owner.store(me, Ordering::Relaxed);
    r.count.store(1, Ordering::Relaxed);
    Ok(Value::Bool(true))
}

fn r_release(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let me = vm.thread_ident;
    let c = r.count.load(Ordering::Relaxed);
    if c == 0 || r.owner.load(Ordering::Relaxed) != me {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    r.count.store(c - 1, Ordering::Relaxed);
    if c == 1 {
        r.owner.store(0, Ordering::Relaxed);
        r.core.release();
    }
    Ok(Value::None)
}

fn r_exit(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    r_release(vm, &args[..1.min(args.len())], &[])
}

fn r_is_owned(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    Ok(Value::Bool(
        r.count.load(Ordering::Relaxed) > 0 && r.owner.load(Ordering::Relaxed) == vm.thread_ident,
    ))
}

fn r_release_save(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let c = r.count.load(Ordering::Relaxed);
    if c == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let owner = r.owner.load(Ordering::Relaxed);
    r.count.store(0, Ordering::Relaxed);
    r.owner.store(0, Ordering::Relaxed);
    r.core.release();
    Ok(new_tuple_of([
        Value::Int(c as i64),
        Value::Int(owner as i64),
    ]))
}

fn r_acquire_restore(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let state = match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) if t.len() == 2 => t.clone(),
        _ => return Err(vm.type_error("_acquire_restore() argument 1 must be tuple")),
    };
    let (Value::Int(c), Value::Int(o)) = (&state[0], &state[1]) else {
        return Err(vm.type_error("an integer is required"));
    };
    r.core.acquire(vm, true, None)?;
    r.owner.store(*o as u64, Ordering::Relaxed);
    r.count.store(*c as u64, Ordering::Relaxed);
    Ok(Value::None)
}

fn r_recursion_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let mine = r.owner.load(Ordering::Relaxed) == vm.thread_ident;
    Ok(Value::Int(if mine {
        r.count.load(Ordering::Relaxed) as i64
    } else {
        0
    }))
}

fn r_at_fork_reinit(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    *r.core.locked.lock() = false;
    r.owner.store(0, Ordering::Relaxed);
    r.count.store(0, Ordering::Relaxed);
    Ok(Value::None)
}

fn r_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let owner = r.owner.load(Ordering::Relaxed);
    let count = r.count.load(Ordering::Relaxed);
    let state = if count > 0 { "locked" } else { "unlocked" };
    let cls = weft_vm::repr::type_repr(vm.type_of(&args[0]));
    // "<class 'mod.Name'>" -> "mod.Name"
    let name = cls.trim_start_matches("<class '").trim_end_matches("'>");
    Ok(new_str(format!(
        "<{state} {name} object owner={owner} count={count} at {:#x}>",
        args[0].id()
    )))
}

// ----- threads -------------------------------------------------------------------------

extern "C" {
    fn gettid() -> i32;
}

fn native_id() -> i64 {
    // SAFETY: gettid has no preconditions (glibc >= 2.30).
    unsafe { gettid() as i64 }
}

/// The name the timeline shows for a thread running `func`: a `threading.Thread`'s name
/// when `func` is one of its bound methods (read from its `__dict__`, no code runs).
fn thread_name(func: &Value, n: usize) -> String {
    if let Some(Payload::Method(m)) = func.payload() {
        if let Value::Obj(o) = &m.1 {
            if let Some(Payload::Dict(d)) = o.dict.as_ref().map(|d| &d.payload) {
                let k = weft_vm::intern("_name");
                if let Some(v) = d.get_str(&k, weft_vm::str_hash(&k)) {
                    if let Some(s) = weft_vm::builtins::str_arg(&v) {
                        return s.to_string();
                    }
                }
            }
        }
    }
    format!("Thread-{n}")
}

/// Report an exception that escaped a thread's function as CPython's `_thread` does
/// (through `sys.unraisablehook`'s default format).
/// `_thread._weft_write_unraisable(exc, err_msg, obj)`: report `exc` through
/// `sys.unraisablehook` (for weft's Python `atexit`, as CPython's `PyErr_WriteUnraisable`).
fn write_unraisable(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let [exc, msg, obj] = a else {
        return Err(vm.type_error("_weft_write_unraisable expected 3 arguments"));
    };
    let msg = if msg.is_none() {
        None
    } else {
        Some(vm.str(msg)?)
    };
    weft_vm::finalize::write_unraisable(vm, exc, msg.as_deref(), Some(obj));
    Ok(Value::None)
}

fn report_unraisable(vm: &Vm, func: &Value, err: &weft_vm::PyErr) {
    weft_vm::finalize::write_unraisable(
        vm,
        &err.value(),
        Some("Exception ignored in thread started by"),
        Some(func),
    );
}

fn start_new_thread(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    let func = args[0].clone();
    if !weft_vm::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let fargs: Vec<Value> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let fkw: Vec<(Value, Value)> = match args.get(2) {
        None => vec![],
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => match &o.payload {
            Payload::Dict(d) => d.items(),
            _ => unreachable!(),
        },
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    spawn(vm, func, fargs, fkw, None)
}

/// `_thread._start_joinable_thread(function, done)`: weft's own spelling for
/// `threading.Thread.start`. `done` (a locked lock) is released only after the thread
/// has finished with Python and given up ownership of its objects (`refcount.rs`), so
/// a thread that joins it can free them at once.
fn start_joinable_thread(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [func, done] = args else {
        return Err(vm.type_error("_start_joinable_thread expected 2 arguments"));
    };
    if done.payload().and_then(|p| p.native::<Lock>()).is_none() {
        return Err(vm.type_error("_start_joinable_thread: done must be a lock"));
    }
    spawn(vm, func.clone(), vec![], vec![], Some(done.clone()))
}

fn spawn(
    vm: &Vm,
    func: Value,
    fargs: Vec<Value>,
    fkw: Vec<(Value, Value)>,
    done: Option<Value>,
) -> PyResult<Value> {
    let ident = weft_vm::interp::alloc_thread_ident();
    let n = COUNT.fetch_add(1, Ordering::SeqCst) + 1;
    let stack = STACK_SIZE.load(Ordering::Relaxed).max(MIN_STACK);
    let spawned = std::thread::Builder::new()
        .name(format!("weft-{n}"))
        .stack_size(stack)
        .spawn(move || {
            weft_vm::interp::set_current_thread_ident(ident);
            let vm = Vm::new(false);
            if timeline::ENABLED.load(Ordering::Relaxed) {
                timeline::register_thread(&thread_name(&func, n));
            }
            gil::acquire(&vm);
            let r = vm.call_kw(&func, &fargs, &fkw);
            if let Err(e) = r {
                // SystemExit (sys.exit, _thread.exit) ends only this thread, silently.
                if !vm.err_matches(&e, "SystemExit") {
                    report_unraisable(&vm, &func, &e);
                }
            }
            drop((func, fargs, fkw));
            weft_vm::finalize::run_pending(&vm);
            timeline::record_start(State::Done);
            gil::release(&vm);
            // The thread's caches (cached globals, pooled frames) go with its Vm; then
            // it gives up its objects, and only then may a joining thread go on.
            drop(vm);
            weft_vm::refcount::retire_thread();
            // Finalizers due from the caches and objects given up just now run on the
            // next thread to reach a safe point.
            weft_vm::finalize::hand_over();
            if let Some(lock) = done.as_ref().and_then(|d| d.payload()?.native::<Lock>()) {
                lock.0.release();
            }
            drop(done);
            // Last: the thread's cached object blocks go back to the allocator.
            weft_vm::object::release_block_cache();
            COUNT.fetch_sub(1, Ordering::SeqCst);
        });
    if let Err(e) = spawned {
        COUNT.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.runtime_error(format!("can't start new thread ({e})")));
    }
    Ok(Value::Int(ident as i64))
}

fn get_ident(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.thread_ident as i64))
}

fn get_native_id(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(native_id()))
}

fn count(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(COUNT.load(Ordering::SeqCst) as i64))
}

fn allocate_lock(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(vm, "allocate_lock", a, kw)?;
    Ok(new_lock())
}

fn allocate(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(vm, "allocate", a, kw)?;
    Ok(new_lock())
}

fn set_sentinel(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(vm, "_set_sentinel", a, kw)?;
    Ok(new_lock())
}

/// CPython's messages for arguments given to a `_thread` function that takes none.
fn no_args(vm: &Vm, name: &str, a: &[Value], kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_thread.{name}() takes no keyword arguments")));
    }
    if !a.is_empty() {
        return Err(vm.type_error(format!(
            "_thread.{name}() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(())
}

fn stack_size(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = a.first() {
        let n = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        };
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

fn interrupt_main(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    gil::PENDING_SIGNAL.store(true, Ordering::SeqCst);
    Ok(Value::None)
}

fn exit(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = vm.exc_type("SystemExit");
    Err(vm.new_exception(&t, vec![]))
}

/// `_thread._set_name(name)` (weft only): the calling thread's name in the timeline;
/// `threading` calls it when a thread starts or is renamed.
fn set_name(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(s) = a.first().and_then(weft_vm::builtins::str_arg) {
        timeline::set_name(s);
    }
    Ok(Value::None)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_thread");
    let f = |name: &'static str, func: weft_vm::types::function::NativeFn| {
        native(name, func, BuiltinKind::Function, None, None)
    };
    set(
        &m,
        "start_new_thread",
        f("start_new_thread", start_new_thread),
    );
    set(
        &m,
        "_start_joinable_thread",
        f("_start_joinable_thread", start_joinable_thread),
    );
    set(&m, "start_new", f("start_new", start_new_thread));
    set(&m, "allocate_lock", f("allocate_lock", allocate_lock));
    set(
        &m,
        "_weft_write_unraisable",
        f("_weft_write_unraisable", write_unraisable),
    );
    set(&m, "allocate", f("allocate", allocate));
    set(&m, "_set_sentinel", f("_set_sentinel", set_sentinel));
    set(&m, "get_ident", f("get_ident", get_ident));
    set(&m, "get_native_id", f("get_native_id", get_native_id));
    set(&m, "_count", f("_count", count));
    set(&m, "stack_size", f("stack_size", stack_size));
    set(&m, "interrupt_main", f("interrupt_main", interrupt_main));
    set(&m, "exit", f("exit", exit));
    set(&m, "exit_thread", f("exit_thread", exit));
    set(&m, "_set_name", f("_set_name", set_name));
    set(&m, "LockType", Value::Obj(lock_type().clone()));
    set(&m, "RLock", Value::Obj(rlock_type().clone()));
    set(&m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    set(&m, "error", Value::Obj(_vm.exc_type("RuntimeError")));
    Ok(m)
}

// ----- sys: switch interval and GIL mode ------------------------------------------------

fn getswitchinterval(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    crate::sys::arity(vm, "getswitchinterval", a, kw, 0)?;
    // CPython keeps whole microseconds.
    Ok(Value::Float(
        1e-6 * (interp().switch_interval_ns.load(Ordering::Relaxed) / 1000) as f64,
    ))
}

fn setswitchinterval(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    crate::sys::arity(vm, "setswitchinterval", a, kw, 1)?;
    let secs = match &a[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        other => match weft_vm::types::number::as_float(other) {
            Some(f) => f,
            None => {
                return Err(
                    vm.type_error(format!("must be real number, not {}", vm.type_name(other)))
                )
            }
        },
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython stores whole microseconds (truncated; 0 means switch as soon as asked).
    let ns = ((1e6 * secs).min(1e15) as u64) * 1000;
    interp().switch_interval_ns.store(ns, Ordering::Relaxed);
    Ok(Value::None)
}

fn is_gil_enabled(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(gil::enabled()))
}

/// `sys.exc_info()` (installed only if the core has not defined it; `threading`'s
/// excepthook needs it).
fn exc_info(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    crate::sys::arity(vm, "exc_info", a, kw, 0)?;
    let e = vm.current_exception();
    if e.is_none() {
        return Ok(new_tuple_of([Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e).clone());
    let tb = weft_vm::types::exception::get_traceback(&e);
    Ok(new_tuple_of([t, e, tb]))
}

/// Add the thread-related functions to `sys`.
pub fn install_sys() {
    let Some(sys) = interp().sys.get() else {
        return;
    };
    let f = |name: &'static str, func: weft_vm::types::function::NativeFn| {
        native(name, func, BuiltinKind::Function, None, None)
    };
    set(
        sys,
        "getswitchinterval",
        f("getswitchinterval", getswitchinterval),
    );
    set(
        sys,
        "setswitchinterval",
        f("setswitchinterval", setswitchinterval),
    );
    set(sys, "_is_gil_enabled", f("_is_gil_enabled", is_gil_enabled));
    if weft_vm::interp::module_get(sys, "maxsize").is_none() {
        set(sys, "maxsize", Value::Int(i64::MAX));
    }
    if weft_vm::interp::module_get(sys, "exc_info").is_none() {
        set(sys, "exc_info", f("exc_info", exc_info));
    }
}
