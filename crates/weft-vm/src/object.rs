//! Heap objects and the reference-counted pointer [`ObjRef`] that owns them.
//!
//! # Why weft is thread-safe (the one place this is written down)
//!
//! * Every heap object is an [`Object`]: a reference count, its class, an optional
//!   instance `__dict__` and a [`Payload`]. `ObjRef` is `Send + Sync` because every
//!   piece of an object that can change after creation is behind a per-object lock or an
//!   atomic: lists hold an owner-biased lock (`owner_bias.rs`: the creating thread locks
//!   and unlocks with plain loads and stores until another thread first touches the
//!   list, which then revokes the bias once with `membarrier`); dicts (instance and
//!   module namespaces included) and sets the same owner bias in front of a
//!   reader-biased lock (`biased_lock.rs`: reads of a read-mostly shared dict write only
//!   a per-thread slot); bytearrays and cells a `parking_lot` lock; generator frames a
//!   mutex ("generator already executing");
//!   strings, tuples, ints, floats, code objects and frozensets are immutable.
//! * Single operations on built-in containers (`list.append`, `d[k] = v`, `d.get(k)`,
//!   `set.add`) take the container's lock once, so they are atomic as in CPython. The
//!   lock is never held while Python code runs (`__eq__`/`__hash__` of keys are called
//!   with the lock released, and the lookup is retried if the container changed), so two
//!   threads can never deadlock inside weft.
//! * Reference counts are *biased* (PEP 703; `refcount.rs`): the thread that created an
//!   object counts its references in a thread-local word with plain loads and stores;
//!   every other thread counts in a second, atomic word. An owner whose count reaches
//!   zero merges the two; another thread that would take the shared count below zero
//!   hands the object to the owner's merge queue (merged at the owner's next safe point,
//!   or at once by the releasing thread if the owner has finished). Objects that every
//!   thread reads — types, modules, module-level functions and classes, code objects and
//!   their constants, interned names — are made *immortal*: `clone`/`drop` only *read*
//!   their header, never write it. Reading shared objects therefore causes no
//!   cache-line traffic between cores (PEP 683/703's immortalisation idea).
//! * Values that an instruction only reads are not counted at all: `LOAD_FAST` and
//!   `LOAD_GLOBAL` push *borrowed* copies for such consumers (`borrow.rs`). The frame's
//!   local (only its own thread writes it) or the thread's global cache
//!   (`thread_globals.rs`) holds the counted reference until the consumer is done.
//! * Caches are per thread (the method cache and attribute plans in `typeobj.rs` and
//!   `attr_plan.rs`, the frame pool `frame::FramePool` of finished inlined frames,
//!   pooled frame vectors, the freed object blocks of
//!   `object/block_cache.rs`): filling or hitting them writes nothing another thread
//!   reads. A freed block holds no object, so a block that one thread made and another
//!   freed joins the freeing thread's cache without any sharing. Shared inline caches
//!   (LOAD_GLOBAL's) are seqlocks that readers only read. Classes carry a version that changes on every namespace change
//!   of the class or a base, so per-thread caches keyed on it cannot go stale.
//! * An object's `__dict__` slot ([`DictSlot`]) is written at most once after creation:
//!   a function's dict is made on first use and published with a compare-and-swap (a
//!   thread that loses the race frees its own), and never replaced, so a reference to
//!   it stays valid while the object lives.
//! * An object's class changes only by `obj.__class__ = C` (`class_assign.rs`), which
//!   writes the pointer-sized `class` field with one atomic store; classes are immortal,
//!   so a thread that read the old class keeps a valid pointer. Readers load the field
//!   with plain loads: on the machines weft runs on that cannot tear, but it is formally
//!   a data race; the sound form (an `AtomicPtr` class field read with relaxed loads) is
//!   still to do.
//! * There is no global interpreter lock. The optional emulated GIL (`--gil`) lives in
//!   `gil.rs` and is only taken when enabled.

mod block_cache;

use crate::refcount::Counts;
use crate::value::Value;
pub use block_cache::release as release_block_cache;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};

/// A heap object.
///
/// 128 bytes: a 32-byte header and a 96-byte payload, whose largest variant is a dict
/// (`types/dict.rs` keeps `Dict` at 88 bytes for this; asserted there).
///
/// `repr(C)` keeps the header (counts, class, dict slot) first, then the payload's tag:
/// left to itself, rustc put the payload first (for its niche), so a plain instance's
/// tag and its class and dict pointers lay a cache line apart (richards: 1.5% fewer L1
/// data misses this way).
#[repr(C)]
pub struct Object {
    /// Reference counts (biased to the creating thread: `refcount.rs`).
    pub(crate) counts: Counts,
    /// The object's class (always a type object, which is immortal).
    pub class: ObjRef,
    /// Instance attribute dictionary, for objects that have one.
    pub dict: DictSlot,
    pub payload: crate::payload::Payload,
}

/// An owning pointer to an [`Object`]. Transparent: [`DictSlot`] hands out its stored
/// pointer as an `&ObjRef`.
#[repr(transparent)]
pub struct ObjRef(NonNull<Object>);

/// An object's `__dict__` slot: none, a dict, or (for functions) a dict made on first
/// use, as CPython makes a function's `__dict__` only when it is asked for: most
/// functions never get an attribute, and a dict per closure made and freed cost a
/// tenth of creating one.
///
/// Thread safety: the slot changes at most once, from "lazy" to a dict (a
/// compare-and-swap; a thread that loses the race frees its dict), and never after, so
/// a reference to the stored dict stays valid for the object's life.
pub struct DictSlot(AtomicPtr<Object>);

/// The "make it on first use" mark (no object lives at that address).
const LAZY_DICT: *mut Object = std::ptr::dangling_mut::<Object>();

impl DictSlot {
    #[inline(always)]
    pub fn new(d: Option<ObjRef>) -> DictSlot {
        DictSlot(AtomicPtr::new(match d {
            Some(d) => {
                let p = d.0.as_ptr();
                std::mem::forget(d);
                p
            }
            None => std::ptr::null_mut(),
        }))
    }

    /// The dict (made now if it was lazy), or `None` for an object without one.
    #[inline(always)]
    pub fn as_ref(&self) -> Option<&ObjRef> {
        if let Some(d) = self.existing() {
            return Some(d);
        }
        if self.is_none() {
            return None;
        }
        Some(self.materialize())
    }

    /// The dict if it exists: `None` also for a lazy one not made yet. One compare, for
    /// the fast paths of plain instances (whose dicts are never lazy).
    #[inline(always)]
    pub fn existing(&self) -> Option<&ObjRef> {
        let p = self.0.load(Ordering::Acquire);
        if p as usize <= LAZY_DICT as usize {
            return None;
        }
        // SAFETY: `p` is a dict pointer.
        Some(unsafe { self.stored() })
    }

    /// The stored dict pointer as an `&ObjRef`.
    ///
    /// # Safety
    /// The slot must hold a dict pointer (neither null nor lazy): once stored, it is
    /// never changed or released before the slot is dropped, and `ObjRef` is a
    /// transparent wrapper of the same pointer.
    #[inline(always)]
    unsafe fn stored(&self) -> &ObjRef {
        // SAFETY: as the caller guarantees (see above).
        unsafe { &*(&self.0 as *const AtomicPtr<Object> as *const ObjRef) }
    }

    /// A new reference to the dict (made now if it was lazy).
    #[inline]
    pub fn get(&self) -> Option<ObjRef> {
        self.as_ref().cloned()
    }

    /// Whether the object has (or will make) a dict.
    #[inline(always)]
    pub fn is_some(&self) -> bool {
        !self.0.load(Ordering::Relaxed).is_null()
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        !self.is_some()
    }

    #[cold]
    #[inline(never)]
    fn materialize(&self) -> &ObjRef {
        let d = crate::new_dict_obj();
        let p = d.0.as_ptr();
        if self
            .0
            .compare_exchange(LAZY_DICT, p, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            std::mem::forget(d);
        }
        // SAFETY: the slot now holds a dict pointer for good (ours or the winner's).
        unsafe { self.stored() }
    }
}

impl Drop for DictSlot {
    fn drop(&mut self) {
        let p = *self.0.get_mut();
        if !p.is_null() && p != LAZY_DICT {
            // SAFETY: the slot owned one reference to this dict.
            drop(ObjRef(unsafe { NonNull::new_unchecked(p) }));
        }
    }
}

// SAFETY: all interior mutability inside `Object` is synchronised (see the module docs):
// the count is atomic and every mutable payload is behind a lock or an atomic.
unsafe impl Send for ObjRef {}
// SAFETY: as above; shared access only ever reads immutable fields or goes through locks.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Allocate a new object with a reference count of one. Always inlined, so that
    /// each caller builds its payload straight into the allocation: called, it took
    /// the 128-byte `Payload` by value and copied it with a `memcpy` call (measured:
    /// 4% of the instructions of making a closure, 2% of bench/strings.py).
    #[inline(always)]
    pub fn new(class: ObjRef, dict: Option<ObjRef>, payload: crate::payload::Payload) -> ObjRef {
        ObjRef::new_with(class, dict, move || payload)
    }

    /// [`ObjRef::new`] with the payload made by `make` once the block is taken, so that
    /// it can be built where it will stay: a payload built first (an argument) lies on
    /// the stack while the block is taken, and its copy's wide loads of the narrow stores
    /// just made stall (store forwarding: a cell's lock fields, for one).
    #[inline(always)]
    pub fn new_with(
        class: ObjRef,
        dict: Option<ObjRef>,
        make: impl FnOnce() -> crate::payload::Payload,
    ) -> ObjRef {
        // The fields are written into the allocation one by one: building the whole
        // `Object` first and moving it in made every allocation a `memcpy` call.
        let p = block_cache::take();
        // SAFETY: `p` points to memory for one `Object` (non-null: `take` never returns
        // null); each field is written exactly once through a raw field pointer (no
        // reference to uninitialised memory is made), so all of it is initialised before
        // the object is used.
        unsafe {
            std::ptr::addr_of_mut!((*p).counts).write(Counts::new_owned());
            std::ptr::addr_of_mut!((*p).class).write(class);
            std::ptr::addr_of_mut!((*p).dict).write(DictSlot::new(dict));
            std::ptr::addr_of_mut!((*p).payload).write(make());
            ObjRef(NonNull::new_unchecked(p))
        }
    }

    /// Allocate a new object whose `__dict__` is made on first use (functions).
    #[inline]
    pub fn new_lazy_dict(class: ObjRef, payload: crate::payload::Payload) -> ObjRef {
        let o = ObjRef::new(class, None, payload);
        // SAFETY: `o` is new and not shared yet: nothing else reads the slot.
        unsafe { &*o.0.as_ptr() }
            .dict
            .0
            .store(LAZY_DICT, Ordering::Relaxed);
        o
    }

    /// Allocate an object that is immortal from the start (types, interned names, ...).
    pub fn new_immortal(
        class: ObjRef,
        dict: Option<ObjRef>,
        payload: crate::payload::Payload,
    ) -> ObjRef {
        let r = ObjRef::new(class, dict, payload);
        r.make_immortal();
        r
    }

    /// Allocate the one object that is its own class (`type`), immortal.
    pub fn new_type_type(dict: Option<ObjRef>, payload: crate::payload::Payload) -> ObjRef {
        let b: Box<std::mem::MaybeUninit<Object>> = Box::new_uninit();
        let ptr = Box::leak(b).as_mut_ptr();
        // SAFETY: `ptr` is a fresh allocation; the self-reference is only dereferenced
        // after the write below completes, and the object is immortal so never freed.
        unsafe {
            let me = ObjRef(NonNull::new_unchecked(ptr));
            ptr.write(Object {
                counts: Counts::new_immortal(),
                class: ObjRef(me.0),
                dict: DictSlot::new(dict),
                payload,
            });
            me
        }
    }

    /// Drop this reference with the release inlined at the call site (where a plain
    /// drop would call the out-of-line drop glue LLVM made for `ObjRef`).
    #[inline(always)]
    pub(crate) fn release_inline(self) {
        self.counts().release();
        std::mem::forget(self);
    }

    #[inline(always)]
    fn counts(&self) -> &Counts {
        // SAFETY: the pointer is valid for as long as this ObjRef exists.
        unsafe { &self.0.as_ref().counts }
    }

    /// Mutable access to the object when this is its only reference (count 1, not
    /// immortal): no other thread can reach it, so mutating an "immutable" payload (a str
    /// growing in place for `s += t`) is unobservable.
    pub fn get_mut(&mut self) -> Option<&mut Object> {
        if self.counts().is_unique() {
            // SAFETY: the count is 1 and we hold that reference mutably, so no other
            // reference to the object exists anywhere.
            Some(unsafe { self.0.as_mut() })
        } else {
            None
        }
    }

    /// Make the object immortal: it is never freed and its count is never written again.
    pub fn make_immortal(&self) {
        self.counts().make_immortal();
    }

    pub fn is_immortal(&self) -> bool {
        self.counts().is_immortal()
    }

    /// Current reference count (for `sys.getrefcount`).
    pub fn refcount(&self) -> usize {
        self.counts().count()
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Object {
        self.0.as_ptr()
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The object's identity, as `id()` reports it.
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The payload of an object made just now, to finish it in place (a tuple's items,
    /// written where they will stay).
    ///
    /// # Safety
    /// No other reference to the object may exist: the caller made it and has not
    /// shared or cloned it yet.
    #[inline(always)]
    pub unsafe fn payload_mut_unshared(&mut self) -> &mut crate::payload::Payload {
        // SAFETY: the caller guarantees this is the only reference to a live object.
        unsafe { &mut (*self.0.as_ptr()).payload }
    }

    /// Re-create an ObjRef from a raw pointer without touching the count.
    ///
    /// # Safety
    /// `ptr` must come from `as_ptr` of an object that is immortal (so it is never freed).
    pub unsafe fn from_immortal_ptr(ptr: *const Object) -> ObjRef {
        // SAFETY: the caller guarantees a valid, immortal object pointer.
        ObjRef(unsafe { NonNull::new_unchecked(ptr as *mut Object) })
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Object;
    #[inline(always)]
    fn deref(&self) -> &Object {
        // SAFETY: the object lives while any ObjRef to it exists.
        unsafe { self.0.as_ref() }
    }
}

impl ObjRef {
    /// Count one more reference (the caller creates the owner of it). Immortal objects:
    /// a read only, no shared write.
    #[inline(always)]
    pub fn incref(&self) {
        self.counts().incref();
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.incref();
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        self.counts().release();
    }
}

/// Free an object whose count reached zero (after its finalizer, if it wants one).
#[inline(never)]
pub(crate) fn free_dead(ptr: NonNull<Object>) {
    // SAFETY: the count reached zero, so this is the only reference.
    let obj = unsafe { ptr.as_ref() };
    // A short string (the words a program splits, lowers and counts): nothing in it to
    // drop, so its block goes straight back, without `free`'s work list for nested
    // objects or the drop of every field (measured: ~110 instructions per string, here
    // ~25).
    if let crate::payload::Payload::Str(s) = &obj.payload {
        if !s.owns_memory() && obj.dict.is_none() && !crate::finalize::wants(obj) {
            debug_assert!(obj.class.is_immortal());
            // SAFETY: the last reference is gone (above), and the object owns nothing
            // its drop would release: its class is immortal (every class is: no count
            // to give back), it has no dict, and its text and hash live in the block
            // itself. So forgetting its fields leaks nothing, and the block is the
            // cache's to reuse (`give`'s contract: made by `take`/`Box`, unused now).
            unsafe { block_cache::give(ptr.as_ptr()) };
            return;
        }
    }
    if crate::finalize::wants(obj) {
        return defer_dead(ptr);
    }
    free(ptr);
}

/// Resurrect a dead object until its finalizer (`__del__`, generator close) has run. Out
/// of line, so that `free_dead` itself saves no registers and jumps straight to `free`.
#[cold]
#[inline(never)]
fn defer_dead(ptr: NonNull<Object>) {
    // SAFETY: as in `free_dead`.
    unsafe { ptr.as_ref() }.counts.resurrect();
    crate::finalize::defer(ObjRef(ptr));
}

impl ObjRef {
    /// Drop a reference to an object whose finalizer has run: frees it without
    /// finalizing it again (unless the finalizer stored it somewhere).
    pub fn release_finalized(self) {
        let ptr = self.0;
        std::mem::forget(self);
        // SAFETY: `ptr` is a live object we held one reference to.
        if unsafe { ptr.as_ref() }.counts.decref() {
            free(ptr);
        }
    }
}

fn free(ptr: NonNull<Object>) {
    // Deep structures (long linked lists of tuples, nested lists) would recurse in Drop;
    // unlink children iteratively through a work list.
    thread_local! {
        static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        static PENDING: std::cell::RefCell<Vec<NonNull<Object>>> = const { std::cell::RefCell::new(Vec::new()) };
        /// Whether `PENDING` may hold anything (a plain flag: the outermost free checks
        /// it instead of borrowing the list every time).
        static QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let depth = DEPTH.with(|d| d.get());
    // During thread exit the work list may already be gone (a thread-local cache being
    // destroyed drops objects): then free directly.
    if depth > 64 && PENDING.try_with(|p| p.borrow_mut().push(ptr)).is_ok() {
        QUEUED.with(|q| q.set(true));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count reached zero, so this is the last reference.
    unsafe { destroy(ptr.as_ptr()) };
    if depth == 0 && QUEUED.with(|q| q.get()) {
        loop {
            let next = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten();
            match next {
                // SAFETY: queued pointers are last references, as above.
                Some(p) => unsafe { destroy(p.as_ptr()) },
                None => break,
            }
        }
        QUEUED.with(|q| q.set(false));
    }
    DEPTH.with(|d| d.set(depth));
}

/// Drop an object. A list's or tuple's items are released last to first, as CPython
/// does, so that their finalizers (`__del__`, weakref callbacks) run in its order.
///
/// # Safety
/// `p` is an object made by `ObjRef::new` (or `new_type_type`) with no references left.
#[inline]
unsafe fn destroy(p: *mut Object) {
    // SAFETY: the last reference is gone (see the contract): nothing else reads `p`.
    let b = unsafe { &mut *p };
    // A subclass instance's `__dict__` goes before the items, as CPython's
    // `subtype_dealloc` clears it before the base type's dealloc runs.
    if b.dict.is_some() {
        drop(std::mem::replace(&mut b.dict, DictSlot::new(None)));
    }
    match &mut b.payload {
        crate::payload::Payload::List(l) => {
            let items = l.get_mut();
            let n = items.len();
            // SAFETY: the length is cut first, so the vector never exposes a released
            // value; each item is read out once and dropped, last first. (Popping wrote
            // the length back for every item: a tenth of freeing a short list of ints.)
            unsafe {
                items.set_len(0);
                let p = items.as_ptr();
                for i in (0..n).rev() {
                    drop(std::ptr::read(p.add(i)));
                }
            }
        }
        crate::payload::Payload::Tuple(t) => {
            let inline = matches!(t, crate::types::tuple::TupleItems::Inline(..));
            t.clear_reversed();
            if inline {
                debug_assert!(b.class.is_immortal() && b.dict.is_none());
                // SAFETY: as for a string in `free_dead`: with its items released, a
                // tuple held inline owns nothing its drop would release (an immortal
                // class, no dict, `Null` slots), so its block goes straight back.
                // (The drop of the whole object cost ~60 instructions per tuple.)
                unsafe { block_cache::give(p) };
                return;
            }
        }
        _ => {}
    }
    // SAFETY: `p` is valid and unused (see the contract); after the drop its memory is
    // only handed back.
    unsafe {
        std::ptr::drop_in_place(p);
        block_cache::give(p);
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj {:p}>", self.0.as_ptr())
    }
}

/// Helper: wrap an ObjRef as a Value.
impl From<ObjRef> for Value {
    #[inline(always)]
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
