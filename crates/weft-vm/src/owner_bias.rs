//! Owner-biased locking: the thread that creates a mutable object (a list, a dict, a set)
//! locks and unlocks it with no atomic read-modify-write instruction at all, until
//! another thread touches the object for the first time.
//!
//! Why: a `lock cmpxchg` or `lock xadd` costs tens of cycles and drains the store
//! buffer. A list read under a reader-writer lock pays two of them (lock and unlock),
//! and they were about a third of the time of a float-heavy loop over lists (`nbody`).
//! Most objects are only ever touched by the thread that made them (PEP 703 builds its
//! biased reference counting on the same observation).
//!
//! How: each object has an `owner` word (the creating thread's token) and a `busy`
//! count written only by the owner. The owner enters with a plain store to `busy`, a
//! compiler fence and a plain load of `owner`; it leaves with a plain store. Another
//! thread *revokes* the bias once: it sets `owner` to "revoking", runs the Linux
//! `membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED)` system call, waits for `busy` to reach
//! 0 and marks the object unbiased; from then on everybody uses the object's ordinary
//! lock. This is Dekker's mutual exclusion with an asymmetric fence: `membarrier`
//! executes a full memory barrier on every CPU running a thread of this process, which
//! upgrades the owner's compiler fence into a real one. So either the owner's store to
//! `busy` is visible to the revoker (which then waits for it to leave), or the owner's
//! load of `owner` comes after the revoker's store (and the owner takes the slow path).
//! See membarrier(2), "fast path / slow path" example.
//!
//! A revocation costs about a microsecond, once per object. A thread whose objects
//! keep getting revoked (a producer handing objects to consumers) stops biasing the
//! objects it creates after [`MAX_REVOKED`] revocations. Where `membarrier` is not
//! available (old kernels, seccomp filters), no object is biased and every lock is the
//! ordinary one.

use parking_lot::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{compiler_fence, AtomicU32, AtomicU8, Ordering};

/// `owner` of an object that is not (or no longer) biased.
const UNBIASED: u32 = 0;
/// Thread tokens are even and at least 2; `token + 1` means "being revoked from token".
const FIRST_TOKEN: u32 = 2;
/// This thread has no token yet.
const NO_TOKEN: u32 = 1;
/// After this many revocations of a thread's objects, its new objects are unbiased.
const MAX_REVOKED: u32 = 4096;

thread_local! {
    /// This thread's token (`NO_TOKEN` until it first creates a biased object). A const
    /// thread-local with no destructor: reading it is one load.
    static TOKEN: Cell<u32> = const { Cell::new(NO_TOKEN) };
}

static NEXT_TOKEN: AtomicU32 = AtomicU32::new(FIRST_TOKEN);
/// Revocations counted per owner, in buckets by token.
static REVOKED: [AtomicU32; 64] = [const { AtomicU32::new(0) }; 64];
/// 0: not checked yet, 1: `membarrier` works, 2: it does not.
static MEMBARRIER: AtomicU8 = AtomicU8::new(0);

/// `membarrier(2)` commands.
const MB_QUERY: libc::c_long = 0;
const MB_PRIVATE_EXPEDITED: libc::c_long = 1 << 3;
const MB_REGISTER_PRIVATE_EXPEDITED: libc::c_long = 1 << 4;

fn bucket(token: u32) -> &'static AtomicU32 {
    &REVOKED[(token as usize / 2) % REVOKED.len()]
}

#[cold]
fn check_membarrier() -> bool {
    // SAFETY: membarrier takes (cmd, flags, cpu_id) integers and touches no memory of ours.
    let ok = unsafe {
        let mask = libc::syscall(libc::SYS_membarrier, MB_QUERY, 0, 0);
        mask >= 0
            && mask & MB_PRIVATE_EXPEDITED != 0
            && libc::syscall(libc::SYS_membarrier, MB_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0
    };
    MEMBARRIER.store(if ok { 1 } else { 2 }, Ordering::Release);
    ok
}

/// Register for `membarrier` now, while the process has one thread: call first thing
/// in `main`, before any thread starts. The kernel registers a single-threaded process
/// at once, but one with a second thread only after an RCU grace period
/// (`synchronize_rcu`): measured here, 13-28 ms of every run's wall-clock time spent
/// asleep when the interpreter's thread made its first object. Harmless to skip (the
/// first object made registers then), and to call again.
pub fn prepare() {
    if MEMBARRIER.load(Ordering::Acquire) == 0 {
        check_membarrier();
    }
}

fn membarrier() {
    // SAFETY: as above; registration succeeded before any object was biased.
    let r = unsafe { libc::syscall(libc::SYS_membarrier, MB_PRIVATE_EXPEDITED, 0, 0) };
    if r != 0 {
        // Only a process that lost its registration (a forked child) gets here: register
        // again. Going on without the barrier would break mutual exclusion, so a second
        // failure stops the process.
        // SAFETY: as above.
        let r = unsafe {
            libc::syscall(libc::SYS_membarrier, MB_REGISTER_PRIVATE_EXPEDITED, 0, 0);
            libc::syscall(libc::SYS_membarrier, MB_PRIVATE_EXPEDITED, 0, 0)
        };
        assert!(r == 0, "membarrier failed after registration");
    }
}

/// The token new objects of this thread are biased to, or `UNBIASED`.
#[inline]
fn creator_token() -> u32 {
    let t = TOKEN.with(|t| t.get());
    if t != NO_TOKEN {
        if bucket(t).load(Ordering::Relaxed) < MAX_REVOKED {
            return t;
        }
        return UNBIASED;
    }
    first_token()
}

#[cold]
fn first_token() -> u32 {
    let on = match MEMBARRIER.load(Ordering::Acquire) {
        0 => check_membarrier(),
        m => m == 1,
    };
    if !on {
        return UNBIASED;
    }
    let t = NEXT_TOKEN.fetch_add(2, Ordering::Relaxed);
    if t < FIRST_TOKEN {
        // The counter wrapped (2^31 threads): give up biasing for new threads.
        return UNBIASED;
    }
    TOKEN.with(|c| c.set(t));
    t
}

/// The per-object state: who owns it and whether the owner is inside.
pub struct OwnerBias {
    owner: AtomicU32,
    busy: AtomicU32,
}

impl OwnerBias {
    /// Biased to the calling thread (where biasing is on).
    #[inline]
    pub fn new() -> OwnerBias {
        OwnerBias {
            owner: AtomicU32::new(creator_token()),
            busy: AtomicU32::new(0),
        }
    }

    /// True when the caller now has exclusive access as the owner and must call
    /// [`OwnerBias::leave`]; false when the object is unbiased and the caller must take
    /// the ordinary lock.
    #[inline(always)]
    pub fn acquire(&self) -> bool {
        self.enter() || self.settle()
    }

    /// [`OwnerBias::acquire`] for a section that never nests (a step of a tuple
    /// iterator, which runs no Python code), left with [`OwnerBias::leave_flat`]: `busy`
    /// is set to 1 and back to 0 by plain stores, without loading it, so steps taken in
    /// a loop carry no chain of store-to-load forwards through `busy` from one step to
    /// the next.
    #[inline(always)]
    pub fn acquire_flat(&self) -> bool {
        let me = TOKEN.with(|t| t.get());
        if self.owner.load(Ordering::Relaxed) == me {
            self.busy.store(1, Ordering::Relaxed);
            // As in `enter`: the owner's half of the asymmetric Dekker pair.
            compiler_fence(Ordering::SeqCst);
            if self.owner.load(Ordering::Relaxed) == me {
                return true;
            }
            self.busy.store(0, Ordering::Release);
        }
        self.settle()
    }

    /// Leave a section entered by [`OwnerBias::acquire_flat`].
    #[inline(always)]
    pub fn leave_flat(&self) {
        self.busy.store(0, Ordering::Release);
    }

    /// Enter as the owner: true as for [`OwnerBias::acquire`]; false when the caller
    /// must go on with [`OwnerBias::settle`].
    #[inline(always)]
    pub(crate) fn enter(&self) -> bool {
        let me = TOKEN.with(|t| t.get());
        if self.owner.load(Ordering::Relaxed) != me {
            return false;
        }
        let b = self.busy.load(Ordering::Relaxed);
        self.busy.store(b + 1, Ordering::Relaxed);
        // The owner's half of the asymmetric Dekker pair: the revoker's membarrier turns
        // this compiler fence into a full one (see the module docs).
        compiler_fence(Ordering::SeqCst);
        if self.owner.load(Ordering::Relaxed) == me {
            return true;
        }
        self.busy.store(b, Ordering::Release);
        false
    }

    #[inline(always)]
    pub fn leave(&self) {
        let b = self.busy.load(Ordering::Relaxed);
        self.busy.store(b - 1, Ordering::Release);
    }

    /// Whether the object is unbiased (for everybody, for good).
    #[inline]
    pub(crate) fn is_unbiased(&self) -> bool {
        self.owner.load(Ordering::Acquire) == UNBIASED
    }

    /// After a failed [`OwnerBias::enter`]: returns true when the caller (the owner,
    /// already inside, re-entering while a revocation waits for it) may go on as owner
    /// (and must `leave`); otherwise returns false once the object is unbiased, and the
    /// caller takes the ordinary lock.
    #[inline]
    pub(crate) fn settle(&self) -> bool {
        if self.owner.load(Ordering::Acquire) == UNBIASED {
            return false;
        }
        self.settle_slow()
    }

    #[cold]
    fn settle_slow(&self) -> bool {
        let me = TOKEN.with(|t| t.get());
        let mut spins = 0u32;
        loop {
            let o = self.owner.load(Ordering::Acquire);
            if o == UNBIASED {
                return false;
            }
            if o & 1 == 0 {
                // Biased to another thread (or, after a race, to us): revoke, or re-enter.
                if o == me {
                    if self.enter() {
                        return true;
                    }
                    continue;
                }
                if self
                    .owner
                    .compare_exchange(o, o + 1, Ordering::SeqCst, Ordering::Relaxed)
                    .is_ok()
                {
                    self.revoke(o);
                    return false;
                }
                continue;
            }
            // Being revoked. If we are the owner and still inside (a nested lock of the
            // same object), the revoker waits for us: go on as owner.
            if o == me + 1 && self.busy.load(Ordering::Relaxed) > 0 {
                let b = self.busy.load(Ordering::Relaxed);
                self.busy.store(b + 1, Ordering::Relaxed);
                return true;
            }
            backoff(&mut spins);
        }
    }

    #[cold]
    fn revoke(&self, token: u32) {
        membarrier();
        let mut spins = 0u32;
        while self.busy.load(Ordering::Acquire) != 0 {
            backoff(&mut spins);
        }
        self.owner.store(UNBIASED, Ordering::Release);
        bucket(token).fetch_add(1, Ordering::Relaxed);
    }
}

fn backoff(spins: &mut u32) {
    *spins += 1;
    if *spins < 100 {
        std::hint::spin_loop();
    } else {
        std::thread::yield_now();
    }
}

/// A reader-writer lock whose creating thread locks it without atomic instructions
/// (until another thread uses it): the lock of `list` objects and of cells.
pub struct OwnedRwLock<T> {
    bias: OwnerBias,
    lock: RwLock<()>,
    data: UnsafeCell<T>,
}

// SAFETY: `data` is reached only through guards: the owner's while it is inside (and no
// other thread can be, see `OwnerBias`), or the ordinary lock's once unbiased.
unsafe impl<T: Send + Sync> Sync for OwnedRwLock<T> {}
// SAFETY: moving the lock moves the data; the bias names a thread but holds nothing of it.
unsafe impl<T: Send> Send for OwnedRwLock<T> {}

pub enum ReadGuard<'a, T> {
    Owned(&'a OwnedRwLock<T>),
    Shared(&'a OwnedRwLock<T>, RwLockReadGuard<'a, ()>),
}

pub enum WriteGuard<'a, T> {
    Owned(&'a OwnedRwLock<T>),
    Shared(&'a OwnedRwLock<T>, RwLockWriteGuard<'a, ()>),
}

impl<T> OwnedRwLock<T> {
    #[inline]
    pub fn new(data: T) -> Self {
        OwnedRwLock {
            bias: OwnerBias::new(),
            lock: RwLock::new(()),
            data: UnsafeCell::new(data),
        }
    }

    #[inline(always)]
    pub fn read(&self) -> ReadGuard<'_, T> {
        if self.bias.acquire() {
            return ReadGuard::Owned(self);
        }
        ReadGuard::Shared(self, self.lock.read())
    }

    #[inline(always)]
    pub fn write(&self) -> WriteGuard<'_, T> {
        if self.bias.acquire() {
            return WriteGuard::Owned(self);
        }
        WriteGuard::Shared(self, self.lock.write())
    }

    /// A copy of the data. The owner's read is inlined whole (no call, no guard);
    /// anyone else takes the lock out of line. For `LOAD_DEREF`, whose cells are
    /// nearly always read by the thread that made them.
    #[inline(always)]
    pub fn get_cloned(&self) -> T
    where
        T: Clone,
    {
        if self.bias.enter() {
            // SAFETY: the owner is inside: no other thread touches the data.
            let v = unsafe { (*self.data.get()).clone() };
            self.bias.leave();
            return v;
        }
        self.get_cloned_slow()
    }

    /// `f` of the data, borrowed in place, when this thread owns the lock (inside the
    /// owner's bias, as [`OwnedRwLock::get_cloned`] reads); `None` for anyone else.
    /// While `f` runs, no other thread can write the data (a revoker waits for the
    /// owner to leave), so `f` may look into what the data refers to without counting
    /// a reference, as long as it neither runs Python code nor blocks: either could
    /// write the data on this thread, or wait for a thread waiting for the bias.
    #[inline(always)]
    pub fn with_owned<R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        if !self.bias.enter() {
            return None;
        }
        // SAFETY: the owner is inside: no other thread touches the data until it leaves.
        let r = f(unsafe { &*self.data.get() });
        self.bias.leave();
        Some(r)
    }

    #[inline(never)]
    fn get_cloned_slow(&self) -> T
    where
        T: Clone,
    {
        self.read().clone()
    }

    /// Exclusive access (the lock of a cell, used as a mutex).
    #[inline(always)]
    pub fn lock(&self) -> WriteGuard<'_, T> {
        self.write()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }
}

impl<T> ReadGuard<'_, T> {
    /// Whether the lock is held by its owner, who then has the object to itself: no
    /// other thread holds it in any mode until the owner leaves.
    #[inline(always)]
    pub fn is_owned(&self) -> bool {
        matches!(self, ReadGuard::Owned(_))
    }
}

impl<T> std::ops::Deref for ReadGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        let l = match self {
            ReadGuard::Owned(l) | ReadGuard::Shared(l, _) => l,
        };
        // SAFETY: the owner is inside, or a read lock is held: no writer is inside.
        unsafe { &*l.data.get() }
    }
}

impl<T> Drop for ReadGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let ReadGuard::Owned(l) = self {
            l.bias.leave();
        }
    }
}

impl<T> std::ops::Deref for WriteGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        let l = match self {
            WriteGuard::Owned(l) | WriteGuard::Shared(l, _) => l,
        };
        // SAFETY: the owner is inside, or the write lock is held.
        unsafe { &*l.data.get() }
    }
}

impl<T> std::ops::DerefMut for WriteGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        let l = match self {
            WriteGuard::Owned(l) | WriteGuard::Shared(l, _) => l,
        };
        // SAFETY: the owner is inside, or the write lock is held: this is the only
        // reference to the data.
        unsafe { &mut *l.data.get() }
    }
}

impl<T> Drop for WriteGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let WriteGuard::Owned(l) = self {
            l.bias.leave();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn owner_and_others_agree() {
        let l = Arc::new(OwnedRwLock::new((0u64, 0u64)));
        for _ in 0..1000 {
            let mut g = l.write();
            g.0 += 1;
            g.1 += 1;
        }
        let mut hs = vec![];
        for _ in 0..3 {
            let l = l.clone();
            hs.push(std::thread::spawn(move || {
                for i in 0..20000 {
                    if i % 3 == 0 {
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
        for i in 0..20000 {
            if i % 2 == 0 {
                let mut g = l.write();
                g.0 += 1;
                g.1 += 1;
            } else {
                let g = l.read();
                assert_eq!(g.0, g.1);
            }
        }
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(l.read().0, 1000 + 3 * 6667 + 10000);
    }

    #[test]
    fn nested_reads_by_the_owner_survive_a_revocation() {
        let l = Arc::new(OwnedRwLock::new(5));
        let outer = l.read();
        let l2 = l.clone();
        let h = std::thread::spawn(move || *l2.write() += 1);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let inner = l.read();
        assert_eq!(*inner + *outer, 10);
        drop(inner);
        drop(outer);
        h.join().unwrap();
        assert_eq!(*l.read(), 6);
    }
}
