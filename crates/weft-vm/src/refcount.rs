//! Biased reference counting: the scheme of PEP 703 ("Reference counting" in
//! <https://peps.python.org/pep-0703/>), written for weft's [`Object`] header.
//!
//! Most objects are only ever touched by the thread that made them, so every object
//! carries two counts:
//!
//! * `local`: references counted by the *owner* (the creating thread, named by `owner`).
//!   Only the owner writes it, with a plain load and store: no `lock`-prefixed
//!   instruction, no cache-line traffic.
//! * `shared`: references counted by every other thread, atomically. Its low two bits
//!   hold a state ([`QUEUED`], [`MERGED`]); the count is `shared >> SHIFT` and may go
//!   negative when another thread releases a reference the owner counted.
//!
//! The true count is `local + shared`. When the owner's `local` reaches zero it *merges*:
//! if `shared` is zero the object is freed at once, otherwise ownership is given up
//! (`owner = 0`, state `MERGED`) and the shared count alone decides from then on. When
//! another thread's release would take a not-yet-merged `shared` below zero, that thread
//! marks the object `QUEUED` (keeping the reference it was releasing, on the queue's
//! behalf) and hands it to the owner's merge queue; the owner merges queued objects at
//! its next safe point ([`merge_pending`]: backward jumps, the end of a blocking wait,
//! the name and `del` safe points of `finalize.rs`, `gc.collect()`, shutdown, thread
//! exit). If the owner has already finished, the releasing thread merges the object
//! itself (the owner's last write of `local` happened before it left the registry, whose
//! lock orders it before the merge).
//!
//! Immortal objects (`owner == IMMORTAL_OWNER`) are never counted: clone and drop only
//! read the owner word, which also tells the owner's own objects apart, so the common
//! cases cost one load.
//!
//! Thread tokens start at 1 and are never reused; a thread gets one the first time it
//! creates an object. A thread that has finished running Python ([`retire_thread`],
//! before `join` on it returns) or is exiting counts everything in `shared` and creates
//! its objects already merged.

use crate::object::Object;
use parking_lot::Mutex;
use std::cell::Cell;
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

/// Low bits of `shared` hold the state.
const SHIFT: u32 = 2;
/// One reference in `shared`.
const ONE: isize = 1 << SHIFT;
/// Handed to the owner's merge queue (and holding one reference for it).
const QUEUED: isize = 2;
/// Ownership given up: `shared` alone is the count.
const MERGED: isize = 3;
/// The state bits of `shared`.
const STATE_MASK: isize = 3;
/// `shared` of an immortal object, and the threshold that recognises one (decrements
/// that race with immortalisation cannot bring it below).
const IMMORTAL_SHARED: isize = 1 << 62;
const IMMORTAL_THRESHOLD: isize = 1 << 61;

/// `owner` of an object no thread owns (immortal, merged, or made by an exiting thread).
const NO_OWNER: u32 = 0;
/// `owner` of an immortal object: the one load of `owner` that every clone and drop does
/// also tells an immortal object apart, so they never read `shared`.
const IMMORTAL_OWNER: u32 = u32::MAX;
/// This thread has no token yet.
const UNASSIGNED: u32 = u32::MAX - 1;
/// Tokens are below this.
const TOKEN_LIMIT: u32 = u32::MAX - 2;
/// This thread is exiting: it owns nothing any more.
const EXITING: u32 = u32::MAX - 2;

/// The three counting words of an object header.
pub struct Counts {
    owner: AtomicU32,
    local: AtomicU32,
    shared: AtomicIsize,
}

impl Counts {
    /// The counts of a new object holding one reference, owned by the current thread.
    #[inline(always)]
    pub fn new_owned() -> Counts {
        let t = TOKEN.with(|t| t.get());
        if t < TOKEN_LIMIT {
            return Counts {
                owner: AtomicU32::new(t),
                local: AtomicU32::new(1),
                shared: AtomicIsize::new(0),
            };
        }
        Counts::new_first(t)
    }

    #[cold]
    fn new_first(t: u32) -> Counts {
        let t = if t == UNASSIGNED { assign_token() } else { t };
        if t < TOKEN_LIMIT {
            return Counts::new_owned();
        }
        Counts {
            owner: AtomicU32::new(NO_OWNER),
            local: AtomicU32::new(0),
            shared: AtomicIsize::new(ONE | MERGED),
        }
    }

    pub const fn new_immortal() -> Counts {
        Counts {
            owner: AtomicU32::new(IMMORTAL_OWNER),
            local: AtomicU32::new(0),
            shared: AtomicIsize::new(IMMORTAL_SHARED),
        }
    }

    /// Count one more reference.
    #[inline(always)]
    pub fn incref(&self) {
        let owner = self.owner.load(Ordering::Relaxed);
        if owner == TOKEN.with(|t| t.get()) {
            let l = self.local.load(Ordering::Relaxed).wrapping_add(1);
            if l == 0 {
                return self.local_overflow();
            }
            self.local.store(l, Ordering::Relaxed);
        } else if owner != IMMORTAL_OWNER {
            self.incref_shared();
        }
    }

    /// Another thread counts a reference to a mortal object. Cold and out of line: on the
    /// evaluation loop's paths only the owner's count and the immortal check are inline,
    /// so the code generator keeps its registers for the loop (measured: a version with
    /// this inline spilled the dispatch pointer and fib ran 17% slower).
    #[cold]
    #[inline(never)]
    fn incref_shared(&self) {
        if self.shared.load(Ordering::Relaxed) < IMMORTAL_THRESHOLD {
            self.shared.fetch_add(ONE, Ordering::Relaxed);
        }
    }

    /// Four billion references counted by one thread: keep the object forever.
    #[cold]
    #[inline(never)]
    fn local_overflow(&self) {
        self.make_immortal();
    }

    /// Release one reference, freeing the object (after its finalizer) when it was the
    /// last. Only the owner's decrement and the immortal check are inline; both ways to
    /// the end of an object are one cold call, so the evaluation loop stays small.
    #[inline(always)]
    pub fn release(&self) {
        let owner = self.owner.load(Ordering::Relaxed);
        if owner == TOKEN.with(|t| t.get()) {
            let l = self.local.load(Ordering::Relaxed) - 1;
            self.local.store(l, Ordering::Relaxed);
            if l == 0 {
                self.release_owner_zero();
            }
        } else if owner != IMMORTAL_OWNER {
            self.release_shared();
        }
    }

    #[cold]
    #[inline(never)]
    fn release_owner_zero(&self) {
        if self.merge_zero_local() {
            crate::object::free_dead(NonNull::from(object_of(self)));
        }
    }

    #[cold]
    #[inline(never)]
    fn release_shared(&self) {
        if self.decref_shared() {
            crate::object::free_dead(NonNull::from(object_of(self)));
        }
    }

    /// Release one reference; `true` when it was the last one (the caller frees).
    pub fn decref(&self) -> bool {
        let owner = self.owner.load(Ordering::Relaxed);
        if owner == TOKEN.with(|t| t.get()) {
            let l = self.local.load(Ordering::Relaxed) - 1;
            self.local.store(l, Ordering::Relaxed);
            l == 0 && self.merge_zero_local()
        } else {
            owner != IMMORTAL_OWNER && self.decref_shared()
        }
    }

    /// The owner's count reached zero: free the object if nobody else counted it,
    /// otherwise give up ownership.
    fn merge_zero_local(&self) -> bool {
        let mut s = self.shared.load(Ordering::Acquire);
        if s == 0 {
            return true;
        }
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        loop {
            if s >= IMMORTAL_THRESHOLD {
                return false;
            }
            let new = s | MERGED;
            match self
                .shared
                .compare_exchange_weak(s, new, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) => return new == MERGED,
                Err(x) => s = x,
            }
        }
    }

    /// Another thread releases a reference. Returns `true` when the object is dead;
    /// an object whose shared count would go below zero before merging is queued for
    /// its owner instead (see the module docs).
    fn decref_shared(&self) -> bool {
        let mut s = self.shared.load(Ordering::Relaxed);
        if s & STATE_MASK == MERGED && s < IMMORTAL_THRESHOLD {
            // Merged is final (immortalisation aside, which a decrement cannot undo):
            // no state change can be needed, so one `lock sub` does instead of a
            // compare-and-swap loop that contending threads would keep failing.
            return self.shared.fetch_sub(ONE, Ordering::AcqRel) == ONE | MERGED;
        }
        loop {
            if s >= IMMORTAL_THRESHOLD {
                return false;
            }
            let queue = s == 0;
            let new = if queue { QUEUED } else { s - ONE };
            match self
                .shared
                .compare_exchange_weak(s, new, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) => {
                    if queue {
                        return queue_for_owner(self);
                    }
                    return new == MERGED;
                }
                Err(x) => s = x,
            }
        }
    }

    /// Fold `local` (and `extra`) into `shared` and give up ownership. Called by the owner,
    /// or by any thread once the owner has exited. Returns the resulting count.
    fn explicit_merge(&self, extra: isize) -> isize {
        let local = self.local.load(Ordering::Relaxed) as isize;
        let mut s = self.shared.load(Ordering::Relaxed);
        let rc = loop {
            if s >= IMMORTAL_THRESHOLD {
                return 1;
            }
            let rc = (s >> SHIFT) + local + extra;
            let new = (rc << SHIFT) | MERGED;
            match self
                .shared
                .compare_exchange_weak(s, new, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) => break rc,
                Err(x) => s = x,
            }
        };
        self.local.store(0, Ordering::Relaxed);
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        rc
    }

    /// Whether the caller holds the only reference (for in-place updates of "immutable"
    /// objects that nobody else can observe).
    pub fn is_unique(&self) -> bool {
        if self.owner.load(Ordering::Relaxed) == TOKEN.with(|t| t.get()) {
            self.local.load(Ordering::Relaxed) == 1 && self.shared.load(Ordering::Acquire) == 0
        } else {
            self.shared.load(Ordering::Acquire) == ONE | MERGED
        }
    }

    /// A dead object kept alive for its finalizer: one reference, in `shared`.
    pub fn resurrect(&self) {
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        self.local.store(0, Ordering::Relaxed);
        self.shared.store(ONE | MERGED, Ordering::Release);
    }

    pub fn make_immortal(&self) {
        self.shared.store(IMMORTAL_SHARED, Ordering::Relaxed);
        self.owner.store(IMMORTAL_OWNER, Ordering::Relaxed);
    }

    pub fn is_immortal(&self) -> bool {
        self.owner.load(Ordering::Relaxed) == IMMORTAL_OWNER
            || self.shared.load(Ordering::Relaxed) >= IMMORTAL_THRESHOLD
    }

    /// The current count (an estimate while other threads are changing it).
    pub fn count(&self) -> usize {
        let s = self.shared.load(Ordering::Relaxed);
        if s >= IMMORTAL_THRESHOLD {
            return IMMORTAL_SHARED as usize;
        }
        let owner = self.owner.load(Ordering::Relaxed);
        let local = if owner == NO_OWNER || owner == IMMORTAL_OWNER {
            0
        } else {
            self.local.load(Ordering::Relaxed) as isize
        };
        ((s >> SHIFT) + local).max(0) as usize
    }
}

// ---- threads: tokens, merge queues, exit ----

thread_local! {
    /// This thread's token: a const thread-local, so reading it is one load.
    static TOKEN: Cell<u32> = const { Cell::new(UNASSIGNED) };
    /// This thread's merge queue, for the owner's own quick "anything queued?" check.
    static QUEUE: Cell<*const ThreadQueue> = const { Cell::new(std::ptr::null()) };
    /// Registers the thread on first use and tears it down at exit.
    static SLOT: ThreadSlot = ThreadSlot::register();
}

static NEXT_TOKEN: AtomicU32 = AtomicU32::new(1);

/// Live threads' merge queues by token.
fn registry() -> &'static Mutex<HashMap<u32, Arc<ThreadQueue>>> {
    static R: OnceLock<Mutex<HashMap<u32, Arc<ThreadQueue>>>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Objects other threads handed back to their owner.
struct ThreadQueue {
    pending: AtomicBool,
    items: Mutex<Vec<Queued>>,
}

/// A queued object: the queue holds one reference to it.
struct Queued(NonNull<Object>);
// SAFETY: the pointer is a counted reference to a `Send + Sync` object.
unsafe impl Send for Queued {}

struct ThreadSlot {
    token: u32,
    queue: Arc<ThreadQueue>,
    retired: Cell<bool>,
}

impl ThreadSlot {
    fn register() -> ThreadSlot {
        let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
        let queue = Arc::new(ThreadQueue {
            pending: AtomicBool::new(false),
            items: Mutex::new(Vec::new()),
        });
        if token == NO_OWNER || token >= TOKEN_LIMIT {
            // The counter wrapped (four billion threads): this thread owns nothing.
            return ThreadSlot {
                token: EXITING,
                queue,
                retired: Cell::new(true),
            };
        }
        registry().lock().insert(token, queue.clone());
        QUEUE.with(|q| q.set(Arc::as_ptr(&queue)));
        ThreadSlot {
            token,
            queue,
            retired: Cell::new(false),
        }
    }

    fn retire(&self) {
        if self.retired.replace(true) {
            return;
        }
        // From here on this thread counts everything in `shared`; only then may other
        // threads (which find it gone from the registry) merge its objects themselves.
        TOKEN.with(|t| t.set(EXITING));
        QUEUE.with(|q| q.set(std::ptr::null()));
        registry().lock().remove(&self.token);
        merge_queue(&self.queue);
    }
}

impl Drop for ThreadSlot {
    fn drop(&mut self) {
        self.retire();
    }
}

/// The current thread is done running Python code: give up ownership of its objects now
/// (rather than when the OS thread exits), so that a thread that joined it frees them
/// itself the moment it drops them, as in CPython.
pub fn retire_thread() {
    let _ = SLOT.try_with(|s| s.retire());
}

#[cold]
fn assign_token() -> u32 {
    let t = SLOT.try_with(|s| s.token).unwrap_or(EXITING);
    TOKEN.with(|c| c.set(t));
    t
}

/// Hand an object whose shared count hit zero to its owner. Returns `true` when the
/// owner has exited and the merge found the object dead.
#[cold]
fn queue_for_owner(c: &Counts) -> bool {
    let owner = c.owner.load(Ordering::Relaxed);
    {
        let reg = registry().lock();
        if let Some(q) = reg.get(&owner) {
            q.items.lock().push(Queued(NonNull::from(object_of(c))));
            q.pending.store(true, Ordering::Release);
            return false;
        }
    }
    // The owner has exited; the registry lock ordered its last `local` write before us.
    c.explicit_merge(-1) == 0
}

/// The object whose header holds `c`.
fn object_of(c: &Counts) -> &Object {
    // SAFETY: `Counts` is only ever a field of an `Object` (its `counts`), so stepping
    // back by the field offset gives the object, which is live while `c` is borrowed.
    unsafe {
        &*((c as *const Counts as *const u8).sub(std::mem::offset_of!(Object, counts))
            as *const Object)
    }
}

/// Merge the objects other threads queued for this thread (a safe point: no lock held).
#[inline(always)]
pub fn merge_pending() {
    let q = QUEUE.with(|q| q.get());
    if q.is_null() {
        return;
    }
    // SAFETY: QUEUE points into the Arc this thread's SLOT holds; SLOT's destructor nulls
    // it before that Arc can go away, and only this thread reads it.
    if unsafe { &*q }.pending.load(Ordering::Relaxed) {
        merge_queue(unsafe { &*q });
    }
}

#[cold]
fn merge_queue(q: &ThreadQueue) {
    loop {
        let batch = {
            let mut items = q.items.lock();
            q.pending.store(false, Ordering::Relaxed);
            std::mem::take(&mut *items)
        };
        if batch.is_empty() {
            return;
        }
        for Queued(p) in batch {
            // SAFETY: the queue's reference keeps the object alive until this merge.
            let obj = unsafe { p.as_ref() };
            if obj.counts.explicit_merge(-1) == 0 {
                crate::object::free_dead(p);
            }
        }
    }
}
