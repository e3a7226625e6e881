//! Finalizers (<https://docs.python.org/3.11/reference/datamodel.html#object.__del__>):
//! when the last reference to an instance of a class with `__del__`, or to a suspended
//! generator, goes away, the object is kept alive and queued by the thread that dropped
//! it; that thread runs the queue at its next safe point in the evaluation loop (see
//! [`poll`]: right after the instruction that dropped it, so where CPython would), never
//! inside the container operation that dropped it, so a finalizer can never deadlock on
//! a lock held by that operation. Errors are reported as CPython does ("Exception ignored in: ...").

use crate::object::{ObjRef, Object};
use crate::payload::Payload;
use crate::types::typeobj::tdata;
use crate::value::Value;
use crate::vm::Vm;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

// Objects whose finalizer is due, queued by the thread that dropped them: run by that
// thread at its next safe point, as CPython runs `__del__` in the thread that dropped
// the last reference (another thread's safe point could fall inside a `with lock:`
// block the finalizer also takes, and deadlock).
thread_local! {
    static LOCAL: std::cell::RefCell<Vec<ObjRef>> = const { std::cell::RefCell::new(Vec::new()) };
    static LOCAL_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
/// Objects queued where the dropping thread can no longer run Python (a finishing
/// thread, thread-local destructors): run by any thread at a name or `del` safe point.
static QUEUE: Mutex<Vec<ObjRef>> = Mutex::new(Vec::new());
static PENDING: AtomicBool = AtomicBool::new(false);
/// Set while weak references exist: the safe point after a `del` then also runs
/// [`SWEEP_HOOK`], so a referent released by `del` dies (finalizer, callbacks) right there.
static WATCH: AtomicBool = AtomicBool::new(false);
/// Installed by `_weakref`: notices referents only weak references still hold.
pub static SWEEP_HOOK: std::sync::OnceLock<fn(&Vm)> = std::sync::OnceLock::new();

/// Set once anything that [`wants`] a finalizer may exist: a class with `__del__`, or a
/// generator whose code has an exception handler. Until then, interpreter shutdown
/// skips its search for objects to finalize (a walk over everything the main module
/// reaches: 400 000 strings in a global list cost it 0.17 G instructions).
static FINALIZABLE: AtomicBool = AtomicBool::new(false);

/// Note that an object [`wants`] may answer true for may exist from now on.
#[inline]
pub fn note_finalizable() {
    if !FINALIZABLE.load(Ordering::Relaxed) {
        FINALIZABLE.store(true, Ordering::Relaxed);
    }
}

/// Whether [`note_finalizable`] was ever called.
pub fn any_finalizable() -> bool {
    FINALIZABLE.load(Ordering::Relaxed)
}

/// Turn the weak-reference sweep at safe points on or off.
pub fn watch(on: bool) {
    WATCH.store(on, Ordering::Relaxed);
}

/// Whether a dying object needs a finalizer run first (called on the cold path of drop).
pub fn wants(o: &Object) -> bool {
    match &o.payload {
        Payload::Generator(g) => match g.slot.try_lock() {
            Some(s) => s.frame.as_ref().is_some_and(|fr| {
                let cd = fr.code_data();
                !cd.code.exception_table.is_empty()
                    && !matches!(
                        cd.code.instructions.get(fr.lasti()).map(|i| i.op),
                        Some(weft_compiler::opcode::Opcode::RETURN_GENERATOR)
                    )
            }),
            None => false,
        },
        Payload::Type(_) => false,
        _ => {
            matches!(o.class.payload, Payload::Type(_))
                && tdata(&o.class).has_del.load(Ordering::Relaxed)
        }
    }
}

/// Queue a resurrected object (reference count one) for finalization.
pub fn defer(o: ObjRef) {
    let mut o = Some(o);
    let queued = LOCAL.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(o.take().expect("queued once"));
            LOCAL_PENDING.set(true);
        }
    });
    if queued.is_err() || o.is_some() {
        orphan(o.into_iter().collect());
    }
}

fn orphan(items: Vec<ObjRef>) {
    if items.is_empty() {
        return;
    }
    QUEUE.lock().extend(items);
    PENDING.store(true, Ordering::Release);
}

/// A thread stops running Python: its queued finalizers go to the shared queue.
pub fn hand_over() {
    let items = LOCAL
        .try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    let _ = LOCAL_PENDING.try_with(|p| p.set(false));
    orphan(items);
}

/// The eval loop's check after an instruction that may have dropped the last reference
/// to an object (a local or attribute overwritten, a result discarded, a frame left, a
/// built-in call returned): run the finalizers that queued, as CPython runs `__del__`
/// right when the count reaches zero. One relaxed load of a flag that is only written
/// when a finalizer queues, so the hot path reads a shared line but never writes it.
#[inline(always)]
pub fn poll(vm: &Vm) {
    if LOCAL_PENDING.get() {
        poll_slow(vm);
    }
}

#[cold]
#[inline(never)]
fn poll_slow(vm: &Vm) {
    run_local(vm);
}

/// Run this thread's queued finalizers.
fn run_local(vm: &Vm) {
    loop {
        LOCAL_PENDING.set(false);
        let batch = LOCAL.with(|q| std::mem::take(&mut *q.borrow_mut()));
        if !run_batch(vm, batch) {
            return;
        }
    }
}

/// Finalize and release the objects of `batch`; false when it was empty.
fn run_batch(vm: &Vm, batch: Vec<ObjRef>) -> bool {
    if batch.is_empty() {
        return false;
    }
    for o in batch {
        finalize(vm, &o);
        o.release_finalized();
    }
    true
}

/// Run queued finalizers (a safe point: no lock is held by the caller).
#[inline]
pub fn run_pending(vm: &Vm) {
    crate::refcount::merge_pending();
    if LOCAL_PENDING.get() || PENDING.load(Ordering::Relaxed) {
        run_queue(vm);
    }
}

/// The safe point after a `del` statement: queued finalizers, and while weak references
/// exist, the sweep that notices referents the `del` left to weak references only.
#[inline]
pub fn run_pending_after_del(vm: &Vm) {
    crate::refcount::merge_pending();
    if LOCAL_PENDING.get() || PENDING.load(Ordering::Relaxed) || WATCH.load(Ordering::Relaxed) {
        run_all(vm);
    }
}

#[cold]
fn run_all(vm: &Vm) {
    if WATCH.load(Ordering::Relaxed) {
        if let Some(hook) = SWEEP_HOOK.get() {
            hook(vm);
        }
    }
    run_queue(vm);
}

/// Run the queued finalizers only (the weak-reference sweep calls this itself): this
/// thread's, then those no thread is left to run.
pub fn run_queue(vm: &Vm) {
    run_local(vm);
    loop {
        let batch: Vec<ObjRef> = {
            let mut q = QUEUE.lock();
            PENDING.store(false, Ordering::Relaxed);
            std::mem::take(&mut *q)
        };
        if !run_batch(vm, batch) {
            return;
        }
    }
}

/// Run an object's finalizer now (`__del__`, or `close` of a suspended generator),
/// reporting an error as "Exception ignored in"; the caller keeps its reference.
pub fn finalize_now(vm: &Vm, o: &ObjRef) {
    finalize(vm, o);
}

fn finalize(vm: &Vm, o: &ObjRef) {
    let v = Value::Obj(o.clone());
    let (r, what) = if matches!(o.payload, Payload::Generator(_)) {
        (vm.call_method(&v, "close", &[]), None)
    } else {
        let k = crate::intern("__del__");
        match crate::types::typeobj::lookup(&o.class, &k, crate::str_hash(&k)) {
            Some(f) => (vm.call(&f, std::slice::from_ref(&v)), Some(f)),
            None => return,
        }
    };
    if let Err(e) = r {
        let shown = what.unwrap_or(v);
        write_unraisable(vm, &e.value(), None, Some(&shown));
    }
}

/// Builds a `sys.UnraisableHookArgs` from (exc_type, exc_value, exc_traceback, err_msg,
/// object); installed by the stdlib's `sys`, which owns the struct sequence type.
pub static HOOK_ARGS: std::sync::OnceLock<fn(Vec<Value>) -> Value> = std::sync::OnceLock::new();

/// Report an exception that cannot propagate (a finalizer, a weak reference callback, a
/// thread's function) as CPython's `PyErr_WriteUnraisable` does: call
/// `sys.unraisablehook`; if the hook fails, report that failure with the default format.
pub fn write_unraisable(vm: &Vm, exc: &Value, err_msg: Option<&str>, obj: Option<&Value>) {
    let sys = crate::interp::interp().sys.get().cloned();
    let hook = sys
        .as_ref()
        .and_then(|s| crate::interp::module_get(s, "unraisablehook"));
    let (Some(hook), Some(make)) = (hook.filter(|h| !h.is_none()), HOOK_ARGS.get()) else {
        default_unraisable(vm, exc, err_msg, obj);
        return;
    };
    let tb = match exc.payload() {
        Some(Payload::Exception(d)) => d.traceback.lock().clone(),
        _ => Value::None,
    };
    let args = make(vec![
        Value::Obj(crate::vm::type_of(exc).clone()),
        exc.clone(),
        tb,
        err_msg.map(crate::new_str).unwrap_or(Value::None),
        obj.cloned().unwrap_or(Value::None),
    ]);
    if let Err(e) = vm.call(&hook, &[args]) {
        default_unraisable(
            vm,
            &e.value(),
            Some("Exception ignored in sys.unraisablehook"),
            Some(&hook),
        );
    }
}

/// `sys.__unraisablehook__`'s output, written to `sys.stderr`.
pub fn default_unraisable(vm: &Vm, exc: &Value, err_msg: Option<&str>, obj: Option<&Value>) {
    let mut msg = String::new();
    match obj.filter(|o| !o.is_none()) {
        Some(o) => {
            msg.push_str(err_msg.unwrap_or("Exception ignored in"));
            msg.push_str(": ");
            match vm.repr(o) {
                Ok(r) => msg.push_str(&r),
                Err(_) => msg.push_str("<object repr() failed>"),
            }
            msg.push('\n');
        }
        None => {
            if let Some(m) = err_msg {
                msg.push_str(m);
                msg.push_str(":\n");
            }
        }
    }
    if !exc.is_none() {
        msg.push_str(&crate::traceback::format_unraisable(vm, exc));
    }
    let err = crate::interp::interp()
        .sys
        .get()
        .and_then(|s| crate::interp::module_get(s, "stderr"));
    match err {
        Some(f) if !f.is_none() => {
            let _ = crate::builtins::write_to(vm, &f, &msg);
            let _ = vm.call_method(&f, "flush", &[]);
        }
        _ => eprint!("{msg}"),
    }
}
