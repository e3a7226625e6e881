//! A reader-biased reader-writer lock for read-mostly shared objects (dicts and sets
//! that many threads read: module-level tables, class namespaces, configuration).
//!
//! A plain reader-writer lock makes every reader write the lock word, so threads that
//! only *read* one dict bounce its cache line between cores and slow each other down.
//! This lock follows the BRAVO design (Dice & Kogan, "BRAVO — Biased Locking for
//! Reader-Writer Locks", USENIX ATC 2019): while a lock is *biased*, a reader announces
//! itself in a slot of a process-wide table — in the calling thread's own region of it,
//! chosen by hashing the lock — instead of writing the lock. A writer takes the
//! underlying lock, revokes the bias and waits until no slot names this lock.
//!
//! weft enables the bias per lock only after a run of reads with no write in between
//! (and makes each revocation lengthen that run), so dicts that are written often —
//! per-thread counters, instance dicts being filled — stay on the plain lock and never
//! pay for a revocation scan.
//!
//! Why it is correct: a fast reader publishes its slot with a sequentially consistent
//! compare-and-swap and then re-reads the bias flag; a writer clears the flag with a
//! sequentially consistent store and then reads every slot. One of the two must see the
//! other, so either the reader backs off to the underlying lock or the writer waits for
//! it. The bias is only ever set by a reader holding the underlying lock in read mode,
//! so no writer is inside at that moment, and the next writer will see the flag.

use crate::owner_bias::OwnerBias;
use parking_lot::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};

/// Slots in the visible-readers table (8 KiB; a revocation scans it once).
const SLOTS: usize = 1024;
/// Slots of one thread's region: two whole cache lines that no other thread writes
/// (threads beyond `SLOTS / REGION` share regions, which costs speed, not correctness).
const REGION: usize = 16;
/// Consecutive unbiased reads (with no write) after which the bias is turned on.
const FIRST_RUN: u32 = 64;
/// Longest run required after repeated revocations.
const MAX_RUN: u32 = 1 << 20;

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: AtomicUsize = AtomicUsize::new(0);
/// Cache-line aligned, so that each thread's region is whole cache lines.
#[repr(align(64))]
struct Visible([AtomicUsize; SLOTS]);
static VISIBLE: Visible = Visible([EMPTY; SLOTS]);

static NEXT_THREAD: AtomicUsize = AtomicUsize::new(0);
/// A thread's `THREAD_OFFSET` before its first fast read.
const UNSET: usize = usize::MAX;
thread_local! {
    /// Where this thread's region of the table starts (`UNSET` until first needed). A
    /// `const` thread-local with no destructor: reading it is one load, with no lazy
    /// initialisation state to check on every fast read.
    static THREAD_OFFSET: std::cell::Cell<usize> = const { std::cell::Cell::new(UNSET) };
}

#[cold]
fn assign_offset() -> usize {
    let off = NEXT_THREAD.fetch_add(1, Ordering::Relaxed) % (SLOTS / REGION) * REGION;
    THREAD_OFFSET.with(|o| o.set(off));
    off
}

pub struct BiasedRwLock<T> {
    /// The creating thread locks with no atomic instruction until another thread comes.
    bias: OwnerBias,
    lock: RwLock<()>,
    rbias: AtomicBool,
    /// Unbiased reads still needed before the bias is enabled (approximate: updated
    /// with plain loads and stores by readers holding the read lock).
    countdown: AtomicU32,
    /// The run length a write resets `countdown` to; doubled by each revocation.
    run: AtomicU32,
    data: UnsafeCell<T>,
}

// SAFETY: `data` is only reached through guards that follow reader-writer discipline:
// shared references while a read lock (or a published slot with the bias on) is held,
// a unique reference while the write lock is held and all fast readers have left.
unsafe impl<T: Send + Sync> Sync for BiasedRwLock<T> {}
// SAFETY: moving the lock moves the data; no thread-bound state is inside.
unsafe impl<T: Send> Send for BiasedRwLock<T> {}

impl<T: Default> Default for BiasedRwLock<T> {
    fn default() -> Self {
        BiasedRwLock::new(T::default())
    }
}

pub enum ReadGuard<'a, T> {
    Owned(&'a BiasedRwLock<T>),
    Fast(&'a BiasedRwLock<T>, &'static AtomicUsize),
    Slow(&'a BiasedRwLock<T>, RwLockReadGuard<'a, ()>),
}

pub struct WriteGuard<'a, T> {
    lock: &'a BiasedRwLock<T>,
    /// The ordinary write lock, or None when the owner is inside (see `OwnerBias`).
    held: Option<RwLockWriteGuard<'a, ()>>,
}

impl<T> BiasedRwLock<T> {
    #[inline]
    pub fn new(data: T) -> Self {
        BiasedRwLock {
            bias: OwnerBias::new(),
            lock: RwLock::new(()),
            rbias: AtomicBool::new(false),
            countdown: AtomicU32::new(FIRST_RUN),
            run: AtomicU32::new(FIRST_RUN),
            data: UnsafeCell::new(data),
        }
    }

    #[inline(always)]
    fn slot(&self) -> &'static AtomicUsize {
        let addr = self as *const Self as usize;
        let mut off = THREAD_OFFSET.with(|o| o.get());
        if off == UNSET {
            off = assign_offset();
        }
        let h = (addr >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40;
        &VISIBLE.0[off + h % REGION]
    }

    /// Read access. The owner's path is inlined into the caller (an attribute or global
    /// lookup is a few loads around it); everyone else's is a call.
    #[inline(always)]
    pub fn read(&self) -> ReadGuard<'_, T> {
        if self.bias.acquire() {
            return ReadGuard::Owned(self);
        }
        self.read_unowned()
    }

    /// Exclusive access when the caller is the owner and may go in without the lock
    /// (inlined whole: a few loads and stores); `None` for anyone else, who goes on
    /// down a slower path. For leaf fast paths (an attribute read or store by the
    /// thread that made the instance), which must not call anything.
    #[inline(always)]
    pub fn try_owned(&self) -> Option<OwnedGuard<'_, T>> {
        if self.bias.enter() {
            return Some(OwnedGuard(self));
        }
        None
    }

    #[inline(never)]
    fn read_unowned(&self) -> ReadGuard<'_, T> {
        if self.rbias.load(Ordering::Relaxed) {
            let slot = self.slot();
            let me = self as *const Self as usize;
            if slot
                .compare_exchange(0, me, Ordering::SeqCst, Ordering::Relaxed)
                .is_ok()
            {
                if self.rbias.load(Ordering::SeqCst) {
                    return ReadGuard::Fast(self, slot);
                }
                slot.store(0, Ordering::Release);
            }
        }
        let g = self.lock.read();
        if !self.rbias.load(Ordering::Relaxed) {
            let c = self.countdown.load(Ordering::Relaxed);
            if c == 0 {
                self.rbias.store(true, Ordering::SeqCst);
            } else {
                self.countdown.store(c - 1, Ordering::Relaxed);
            }
        }
        ReadGuard::Slow(self, g)
    }

    #[inline]
    pub fn write(&self) -> WriteGuard<'_, T> {
        if self.bias.acquire() {
            return WriteGuard {
                lock: self,
                held: None,
            };
        }
        let g = self.lock.write();
        if self.rbias.load(Ordering::Relaxed) {
            self.revoke();
        }
        self.countdown
            .store(self.run.load(Ordering::Relaxed), Ordering::Relaxed);
        WriteGuard {
            lock: self,
            held: Some(g),
        }
    }

    #[cold]
    fn revoke(&self) {
        self.rbias.store(false, Ordering::SeqCst);
        let me = self as *const Self as usize;
        for s in VISIBLE.0.iter() {
            while s.load(Ordering::SeqCst) == me {
                std::hint::spin_loop();
            }
        }
        let run = self.run.load(Ordering::Relaxed);
        self.run
            .store(run.saturating_mul(2).min(MAX_RUN), Ordering::Relaxed);
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }

    pub fn into_inner(self) -> T {
        self.data.into_inner()
    }
}

impl<T> std::ops::Deref for ReadGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        let l = match self {
            ReadGuard::Owned(l) | ReadGuard::Fast(l, _) | ReadGuard::Slow(l, _) => l,
        };
        // SAFETY: a read guard exists, so no writer is inside (see the type's docs).
        unsafe { &*l.data.get() }
    }
}

impl<T> Drop for ReadGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        match self {
            ReadGuard::Fast(_, slot) => slot.store(0, Ordering::Release),
            ReadGuard::Owned(l) => l.bias.leave(),
            ReadGuard::Slow(..) => {}
        }
    }
}

/// The owner inside (see [`BiasedRwLock::try_owned`]): no other thread reads or writes.
pub struct OwnedGuard<'a, T>(&'a BiasedRwLock<T>);

impl<T> Drop for OwnedGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        self.0.bias.leave();
    }
}

impl<T> std::ops::Deref for OwnedGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the owner is inside, so no other thread is (see `OwnerBias`).
        unsafe { &*self.0.data.get() }
    }
}

impl<T> std::ops::DerefMut for OwnedGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`; this guard is the only way in while it lives.
        unsafe { &mut *self.0.data.get() }
    }
}

impl<T> Drop for WriteGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if self.held.is_none() {
            self.lock.bias.leave();
        }
    }
}

impl<T> std::ops::Deref for WriteGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the write lock is held and fast readers have left.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T> std::ops::DerefMut for WriteGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the write lock is held and fast readers have left: this is the only
        // reference to the data.
        unsafe { &mut *self.lock.data.get() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn readers_and_writers_agree() {
        let l = Arc::new(BiasedRwLock::new((0u64, 0u64)));
        let mut hs = vec![];
        for t in 0..4 {
            let l = l.clone();
            hs.push(std::thread::spawn(move || {
                for i in 0..20000 {
                    if t == 0 && i % 50 == 0 {
                        let mut g = l.write();
                        g.0 += 1;
                        g.1 += 1;
                    } else {
                        let g = l.read();
                        assert_eq!(g.0, g.1);
                    }
                }
            }));
        }
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(l.read().0, 400);
    }

    #[test]
    fn bias_turns_on_after_a_run_of_reads() {
        // Made by another thread, so that this one's reads take the ordinary path.
        let l = std::thread::spawn(|| BiasedRwLock::new(1)).join().unwrap();
        for _ in 0..=FIRST_RUN {
            let _ = *l.read();
        }
        assert!(l.rbias.load(Ordering::Relaxed));
        *l.write() = 2;
        assert!(!l.rbias.load(Ordering::Relaxed));
        assert_eq!(*l.read(), 2);
    }
}
