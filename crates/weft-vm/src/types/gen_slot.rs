//! The state a suspended generator keeps between resumptions, behind a one-flag lock
//! (<https://docs.python.org/3.11/reference/expressions.html#generator-iterator-methods>).
//!
//! Resuming a generator is the hot path of every `for x in gen`: a general mutex costs two
//! atomic read-modify-writes per resumption (lock and unlock) on top of the "already
//! executing" flag. Here the flag *is* the lock: one compare-and-swap to enter, one plain
//! release store to leave.

use crate::frame::Frame;
use crate::value::Value;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// What a suspended generator holds.
pub struct Suspended {
    /// The frame; `None` once the generator has finished.
    pub frame: Option<Box<Frame>>,
    /// Exceptions being handled inside the generator while it is suspended.
    pub saved_exc: Vec<Value>,
}

pub struct FrameSlot {
    busy: AtomicBool,
    cell: UnsafeCell<Suspended>,
}

// SAFETY: the cell is only reached through a `SlotGuard`, and at most one guard exists at
// a time (`busy` is taken with a compare-and-swap and released when the guard drops).
unsafe impl Sync for FrameSlot {}

pub struct SlotGuard<'a>(&'a FrameSlot);

impl FrameSlot {
    pub fn new(frame: Box<Frame>) -> FrameSlot {
        FrameSlot {
            busy: AtomicBool::new(false),
            cell: UnsafeCell::new(Suspended {
                frame: Some(frame),
                saved_exc: Vec::new(),
            }),
        }
    }

    /// Exclusive access, or `None` while another guard exists.
    #[inline]
    pub fn try_lock(&self) -> Option<SlotGuard<'_>> {
        self.busy
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| SlotGuard(self))
    }

    /// Exclusive access for running the generator: `None` if it is running (on this or
    /// another thread, as `running` says); waits out a brief inspection by another thread
    /// (`gi_frame`, the finalizer check), which never runs Python code while holding it.
    pub fn lock_unless_running(&self, running: &AtomicBool) -> Option<SlotGuard<'_>> {
        loop {
            if let Some(g) = self.try_lock() {
                return Some(g);
            }
            if running.load(Ordering::Acquire) {
                return None;
            }
            std::hint::spin_loop();
            std::thread::yield_now();
        }
    }
}

impl std::ops::Deref for SlotGuard<'_> {
    type Target = Suspended;
    fn deref(&self) -> &Suspended {
        // SAFETY: this guard is the only one (see `FrameSlot`).
        unsafe { &*self.0.cell.get() }
    }
}

impl std::ops::DerefMut for SlotGuard<'_> {
    fn deref_mut(&mut self) -> &mut Suspended {
        // SAFETY: this guard is the only one (see `FrameSlot`).
        unsafe { &mut *self.0.cell.get() }
    }
}

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        self.0.busy.store(false, Ordering::Release);
    }
}
