//! The lock that makes one step of an iterator atomic when the step reads other
//! iterators or runs Python code (`zip`, `map` and `enumerate` here; the `itertools`
//! iterators in weft-stdlib): CPython's C iterators take such a step without letting
//! the GIL go, so threads sharing one iterator each get whole items, every item once.
//!
//! It is held across calls into Python code, so two things a plain mutex would get
//! wrong are handled here: the thread holding it may enter the same iterator again
//! (a source generator that calls `next()` on the iterator reading it: CPython then
//! recurses too, and raises "generator already executing" from the generator, which
//! weft does as well), and a thread that must wait lets the emulated GIL go while it
//! waits (the holder may need the GIL to finish its step).
//!
//! The lock is owner-biased (`owner_bias.rs`, as a list's): the thread that made the
//! iterator, nearly always the only one stepping it, enters and leaves with plain loads
//! and stores. The first other thread to step it revokes the bias once, waiting
//! (spinning, then yielding, with the GIL let go) for the owner to finish a step it is
//! in. From then on everybody takes the mutex: one
//! compare-and-swap to take it and one to release it; the holder's ident, which makes
//! the mutex reentrant, is read and written with plain loads and stores (only the
//! thread that wrote its own ident can ever find it there).

use crate::owner_bias::OwnerBias;
use crate::vm::Vm;
use parking_lot::lock_api::RawMutex as _;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A reentrant lock for iterator steps (see the module docs).
pub struct IterLock {
    bias: OwnerBias,
    raw: parking_lot::RawMutex,
    /// The holder's thread ident (never 0), or 0.
    owner: AtomicU64,
}

impl Default for IterLock {
    fn default() -> Self {
        Self::new()
    }
}

/// Held while a step runs; releases the lock when dropped (a re-entered lock is
/// released by the outermost guard only).
pub struct IterGuard<'a> {
    lock: &'a IterLock,
    how: Held,
    /// Not `Send`: the lock is released by the thread that took it.
    _not_send: std::marker::PhantomData<*const ()>,
}

/// How a guard holds its lock.
#[derive(Clone, Copy, PartialEq)]
enum Held {
    /// As the owner the lock is biased to (left with `OwnerBias::leave`).
    Biased,
    /// The mutex, taken by this guard.
    Mutex,
    /// The mutex, already held by this thread further up (released by that guard).
    Reentered,
}

impl IterLock {
    /// Biased to the calling thread (where biasing is on).
    #[inline]
    pub fn new() -> IterLock {
        IterLock {
            bias: OwnerBias::new(),
            raw: parking_lot::RawMutex::INIT,
            owner: AtomicU64::new(0),
        }
    }

    /// Take the lock for a step (or find it already held by this thread).
    #[inline(always)]
    pub fn lock(&self, vm: &Vm) -> IterGuard<'_> {
        let how = if self.bias.enter() {
            Held::Biased
        } else {
            self.lock_unbiased(vm)
        };
        IterGuard {
            lock: self,
            how,
            _not_send: std::marker::PhantomData,
        }
    }

    /// The lock is not (or no longer) biased to this thread: revoke the bias if it has
    /// one (waiting for its owner to leave), then take the mutex, letting the GIL (if
    /// any) go while either waits.
    #[inline(never)]
    fn lock_unbiased(&self, vm: &Vm) -> Held {
        if !self.bias.is_unbiased()
            && crate::gil::allow_threads(vm, crate::timeline::State::WaitLock, || {
                self.bias.settle()
            })
        {
            return Held::Biased;
        }
        let me = vm.thread_ident;
        if self.owner.load(Ordering::Relaxed) == me {
            return Held::Reentered;
        }
        if !self.raw.try_lock() {
            crate::gil::allow_threads(vm, crate::timeline::State::WaitLock, || self.raw.lock());
        }
        self.owner.store(me, Ordering::Relaxed);
        Held::Mutex
    }
}

impl Drop for IterGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        match self.how {
            Held::Biased => self.lock.bias.leave(),
            Held::Mutex => {
                self.lock.owner.store(0, Ordering::Relaxed);
                // SAFETY: this guard took the raw lock (`Held::Mutex`) and releases it
                // once.
                unsafe { self.lock.raw.unlock() };
            }
            Held::Reentered => {}
        }
    }
}

/// State guarded by an [`IterLock`]: read and written only by the thread holding the
/// lock, through [`IterCell::with`], whose closure must not run Python code (which
/// could re-enter the iterator): a step copies what it needs out, calls into Python
/// with the lock held but the state not borrowed, and writes its results back.
/// A borrow that would overlap another (a bug, never a data race) is refused with
/// `None` rather than handing out two mutable references.
pub struct IterCell<T> {
    lock: IterLock,
    busy: AtomicBool,
    val: UnsafeCell<T>,
}

// SAFETY: the value is only reached through `with`, which requires a guard of the
// cell's lock (so one thread at a time) and refuses overlapping borrows within that
// thread.
unsafe impl<T: Send> Sync for IterCell<T> {}

impl<T> IterCell<T> {
    pub fn new(v: T) -> IterCell<T> {
        IterCell {
            lock: IterLock::new(),
            busy: AtomicBool::new(false),
            val: UnsafeCell::new(v),
        }
    }

    /// Take the cell's lock for a step (see [`IterLock::lock`]).
    #[inline]
    pub fn lock(&self, vm: &Vm) -> IterGuard<'_> {
        self.lock.lock(vm)
    }

    /// Run `f` on the state; `g` is a guard of this cell's lock (so this thread holds
    /// it) and `f` must not call into Python. None when `g` is another lock's guard or
    /// when the state is already borrowed (by a caller up this thread's stack): both
    /// bugs in the iterator's code, refused rather than allowed to alias.
    #[inline]
    pub fn with<R>(&self, g: &IterGuard<'_>, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        if !std::ptr::eq(g.lock, &self.lock) || self.busy.load(Ordering::Relaxed) {
            return None;
        }
        self.busy.store(true, Ordering::Relaxed);
        struct Reset<'a>(&'a AtomicBool);
        impl Drop for Reset<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Relaxed);
            }
        }
        let _reset = Reset(&self.busy);
        // SAFETY: a guard of this cell's lock exists on this thread (guards are not
        // Send and live no longer than the lock), so this thread holds the lock: one
        // thread at a time, the lock's acquire and release ordering the accesses of
        // successive holders. `busy` was clear, so no other reference to the value
        // exists.
        Some(f(unsafe { &mut *self.val.get() }))
    }

    /// Lock and run `f` on the state (for reads and writes that call no Python code:
    /// `__reduce__`, `__setstate__`).
    #[inline]
    pub fn locked<R>(&self, vm: &Vm, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let g = self.lock(vm);
        self.with(&g, f)
    }
}

/// The error for an iterator step that found its own state in use (see
/// [`IterCell::with`]): a bug, reported rather than risked.
#[cold]
pub fn busy_error(vm: &Vm) -> crate::PyErr {
    vm.value_error("iterator already executing")
}
