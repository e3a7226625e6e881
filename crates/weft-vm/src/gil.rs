//! The optional emulated Global Interpreter Lock (`weft --gil`, `-X gil=1`,
//! `PYTHON_GIL=1`). Off by default: then nothing here is touched on the hot path but one
//! relaxed load of [`ENABLED`] per frame. When on, it behaves like CPython's GIL: one
//! thread runs Python at a time; the holder yields when another thread has waited for
//! `sys.getswitchinterval()`; blocking calls release it ([`allow_threads`]).

use crate::vm::Vm;
use parking_lot::lock_api::RawMutex as _;
use parking_lot::lock_api::RawMutexFair as _;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

pub static ENABLED: AtomicBool = AtomicBool::new(false);
/// Set by the SIGINT handler; checked by the main thread on backward jumps.
pub static PENDING_SIGNAL: AtomicBool = AtomicBool::new(false);
/// Runs Python-level signal handlers for pending signals (installed by weft-stdlib's
/// `_signal`); without it a pending signal raises KeyboardInterrupt.
pub static SIGNAL_HOOK: std::sync::OnceLock<fn(&Vm) -> crate::PyResult<()>> =
    std::sync::OnceLock::new();

static GIL: parking_lot::RawMutex = parking_lot::RawMutex::INIT;
static WAITERS: AtomicUsize = AtomicUsize::new(0);
/// Nanoseconds (since START) when the first current waiter started waiting.
static WAIT_SINCE: AtomicU64 = AtomicU64::new(u64::MAX);

fn now_ns() -> u64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Take the GIL (blocking) if GIL mode is on and this thread does not hold it.
pub fn acquire(vm: &Vm) {
    if !enabled() || vm.gil_held.get() {
        return;
    }
    if !GIL.try_lock() {
        WAITERS.fetch_add(1, Ordering::SeqCst);
        let _ = WAIT_SINCE.compare_exchange(u64::MAX, now_ns(), Ordering::SeqCst, Ordering::SeqCst);
        crate::timeline::record_start(crate::timeline::State::WaitGil);
        GIL.lock();
        crate::timeline::record_start(crate::timeline::State::Running);
        if WAITERS.fetch_sub(1, Ordering::SeqCst) == 1 {
            WAIT_SINCE.store(u64::MAX, Ordering::SeqCst);
        } else {
            WAIT_SINCE.store(now_ns(), Ordering::SeqCst);
        }
    }
    vm.gil_held.set(true);
}

/// Release the GIL if this thread holds it.
pub fn release(vm: &Vm) {
    if vm.gil_held.get() {
        vm.gil_held.set(false);
        // SAFETY: this thread holds the lock (gil_held was true).
        unsafe { GIL.unlock_fair() };
    }
}

/// Called at frame starts and backward jumps: give the GIL to a waiter once it has
/// waited longer than the switch interval.
#[inline]
pub fn maybe_yield(vm: &Vm) {
    if !vm.gil_held.get() {
        acquire(vm);
        return;
    }
    let t = vm.gil_ticks.get().wrapping_add(1);
    vm.gil_ticks.set(t);
    if !t.is_multiple_of(64) || WAITERS.load(Ordering::Relaxed) == 0 {
        return;
    }
    let since = WAIT_SINCE.load(Ordering::Relaxed);
    let interval = crate::interp::interp()
        .switch_interval_ns
        .load(Ordering::Relaxed);
    if since != u64::MAX && now_ns().saturating_sub(since) >= interval {
        vm.gil_held.set(false);
        // SAFETY: held by this thread; the fair unlock hands it to a waiter.
        unsafe { GIL.unlock_fair() };
        acquire(vm);
    }
}

/// Run a blocking operation with the GIL released (sleep, I/O, lock waits).
pub fn allow_threads<T>(vm: &Vm, state: crate::timeline::State, f: impl FnOnce() -> T) -> T {
    let held = vm.gil_held.get();
    if held {
        release(vm);
    }
    crate::timeline::record_start(state);
    let r = f();
    if held {
        acquire(vm);
    }
    // Objects other threads released while this one waited (a joined worker's last
    // references to them) are freed now, not at the next backward jump.
    crate::refcount::merge_pending();
    crate::timeline::record_start(crate::timeline::State::Running);
    r
}
