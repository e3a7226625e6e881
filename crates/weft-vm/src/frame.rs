//! Frames: the locals, value stack and instruction pointer of one running code object.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::CodeData;
use crate::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Frame {
    /// Always a code object (asserted where a frame is made, and a pooled frame only
    /// ever takes a function's code, which is one): [`Frame::code_data`] relies on it.
    code: ObjRef,
    /// Straight to `code`'s data and instructions, set with it.
    shortcut: CodeShortcut,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The version counters of `globals` and `builtins` when both are module
    /// namespaces (immortal), for LOAD_GLOBAL's inline cache; else none.
    pub nsver: NsVersions,
    /// The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec/eval).
    pub locals: Value,
    /// Fast locals, cells and free variables ("localsplus").
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Set by RERAISE to the instruction a re-raised exception is reported at (its
    /// traceback entry points there); `None` while the running instruction, `ip - 1`,
    /// is the one to report (see [`Frame::lasti`]). Keeping the usual case derived
    /// saves the eval loop a store per instruction.
    pub reraise_at: Option<usize>,
    /// Pending KW_NAMES constant index for the next CALL.
    pub kw_names: Option<u32>,
    /// A function frame's `locals()` dict: one dict per frame, refreshed from the fast
    /// locals on each `locals()` call (names `exec` added to it stay, as in CPython 3.11).
    pub locals_snapshot: std::cell::OnceCell<ObjRef>,
    /// The calling frame when this frame was pushed by an inlined CALL (see
    /// `eval::push_inline`); null for a frame run by its own `eval::run`.
    pub caller: CallerLink,
    /// The frame that was running on this thread when this one started (its caller,
    /// or the frame of the native call that runs it): the thread's chain of running
    /// frames, from `Vm::top`, for `sys._getframe`, `globals()` and `super()`.
    pub back: CallerLink,
    /// An inlined `__init__` (a class called from CALL): the new instance, which the
    /// CALL produces once `__init__` has returned None.
    pub init_self: Value,
    /// How many of the last fast-locals slots hold bitwise copies of the closure's cells
    /// ([`Frame::copy_free_vars`]): 0 until they are copied, and again once the frame is
    /// torn down.
    nfree: usize,
}

/// A frame's pointers into its code object: its `CodeData` and that data's instructions
/// (`exec`), which an inlined call and its return would otherwise reach through the
/// code object and the data, two loads each depending on the last, before the first
/// instruction of the frame switched to could be read.
///
/// Sound because code objects are immortal (`make_code_object`) and their data and
/// `exec` are never replaced (a new code is a new object), so the pointers stay valid
/// and the data unchanged for as long as any frame runs the code.
#[derive(Clone, Copy)]
struct CodeShortcut {
    data: *const CodeData,
    exec: *const weft_compiler::Instr,
}

// SAFETY: the pointers are to immutable data of immortal objects (see the type), which
// any thread may read.
unsafe impl Send for CodeShortcut {}
// SAFETY: as above.
unsafe impl Sync for CodeShortcut {}

impl CodeShortcut {
    /// `code`'s, which must be a code object (checked by the caller).
    #[inline(always)]
    fn of(code: &crate::object::Object) -> CodeShortcut {
        let data = match &code.payload {
            Payload::Code(c) => c,
            // SAFETY: the caller's promise (every code a frame takes is one: see
            // `Frame::code`).
            _ => unsafe { std::hint::unreachable_unchecked() },
        };
        CodeShortcut {
            data: &**data,
            exec: data.exec.as_ptr(),
        }
    }
}

/// The version counters of a frame's two namespaces, when its LOAD_GLOBALs may use
/// their inline caches: both are immortal dicts (module namespaces; a version names a
/// namespace's state only while it lives, and a short-lived dict `exec(code, {...})`
/// runs in could be freed and another made at its address).
#[derive(Clone, Copy)]
pub struct NsVersions(Option<(&'static AtomicU64, &'static AtomicU64)>);

impl NsVersions {
    pub const NONE: NsVersions = NsVersions(None);

    pub fn of(globals: &ObjRef, builtins: &ObjRef) -> NsVersions {
        let gd = globals.dict.as_ref().unwrap_or(globals);
        let bd = builtins.dict.as_ref().unwrap_or(builtins);
        if !(gd.is_immortal() && bd.is_immortal()) {
            return NsVersions::NONE;
        }
        match (&gd.payload, &bd.payload) {
            (Payload::Dict(g), Payload::Dict(b)) => {
                let (g, b) = (
                    &g.version as *const AtomicU64,
                    &b.version as *const AtomicU64,
                );
                // SAFETY: immortal objects are never freed, so their fields live for the
                // rest of the program.
                NsVersions(Some(unsafe { (&*g, &*b) }))
            }
            _ => NsVersions::NONE,
        }
    }

    /// The two versions now, if the frame's namespaces are cacheable.
    #[inline(always)]
    pub fn load(self) -> Option<(u64, u64)> {
        let (g, b) = self.0?;
        Some((g.load(Ordering::Acquire), b.load(Ordering::Acquire)))
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0.is_none()
    }
}

/// A frame's link to the frame whose CALL it runs for (inlined calls, `eval.rs`).
#[derive(Clone, Copy)]
pub struct CallerLink(pub *mut Frame);

// SAFETY: a link is only non-null while both frames run on the thread that runs the
// eval loop holding them (an inlined frame is never stored in a generator or sent
// anywhere), and only that loop follows it.
unsafe impl Send for CallerLink {}
// SAFETY: as above; no other thread ever reads a frame's link.
unsafe impl Sync for CallerLink {}

impl CallerLink {
    pub const NONE: CallerLink = CallerLink(std::ptr::null_mut());
}

/// A thread's finished frames of inlined calls, reused by the next ones
/// ([`Frame::recycle`], [`Frame::boxed_for`]): an inlined call costs no allocation.
///
/// Why an `UnsafeCell` and not a `RefCell`: the pool belongs to one `Vm` (one thread;
/// `Vm` is not `Sync`), and its two operations below take or put one box without
/// calling anything that could reach the pool again (a box that does not fit is handed
/// back to the caller to drop, since dropping a frame can free a generator, whose frame
/// comes back here). So no two borrows of the vector ever overlap, and the borrow flag
/// `RefCell` kept cost 6 instructions per call and per return.
// The pool holds boxes: a frame's address must not change (callers link to it).
#[allow(clippy::vec_box)]
pub struct FramePool(std::cell::UnsafeCell<Vec<Box<Frame>>>);

impl Default for FramePool {
    fn default() -> Self {
        // Room for every frame it may keep, so that `push` needs no growth check.
        FramePool(std::cell::UnsafeCell::new(Vec::with_capacity(POOL_MAX)))
    }
}

impl FramePool {
    #[inline(always)]
    fn pop(&self) -> Option<Box<Frame>> {
        // SAFETY: see the type's docs: no other reference to the vector is live.
        unsafe { (*self.0.get()).pop() }
    }

    /// Keep `b` for reuse, or give it back when the pool is full.
    #[inline(always)]
    fn push(&self, b: Box<Frame>) -> Option<Box<Frame>> {
        // SAFETY: see the type's docs: no other reference to the vector is live, and
        // `push` calls nothing that reaches the pool.
        let v = unsafe { &mut *self.0.get() };
        let n = v.len();
        if n < POOL_MAX {
            debug_assert!(v.capacity() >= POOL_MAX);
            // SAFETY: the vector was made with room for `POOL_MAX` boxes (`default`), is
            // never reallocated (only this adds to it), so slot `n < POOL_MAX` is
            // allocated and unused. (`Vec::push`
            // checked the capacity again: 3 instructions per return.)
            unsafe {
                v.as_mut_ptr().add(n).write(b);
                v.set_len(n + 1);
            }
            None
        } else {
            Some(b)
        }
    }
}

/// A code object's (fast locals, stack capacity, entry): where an inlined call of it
/// starts is `CodeData::entry`, or 0 in GIL mode, where the leading RESUME may hand the
/// GIL over. Read with one look at the code's payload (an inlined call reads all three).
///
/// `code` is a code object: a function's (`Function::code_data` says why) or one
/// [`Frame::with_args`] has checked.
#[inline(always)]
fn layout(code: &crate::object::Object) -> (usize, usize, usize) {
    let c = match &code.payload {
        Payload::Code(c) => c,
        // SAFETY: see above. Measured: the check cost 2 instructions per inlined call.
        _ => unsafe { std::hint::unreachable_unchecked() },
    };
    let entry = if crate::gil::enabled() { 0 } else { c.entry };
    (c.nfast, c.stack_room, entry)
}

/// Take a frame's free-variable slots (the last `nfree` of `fast`: bitwise copies of its
/// closure's cells, see [`Frame::copy_free_vars`]) off without dropping them.
#[inline(always)]
fn forget_free_vars(fast: &mut Vec<Value>, nfree: usize) {
    debug_assert!(fast.len() >= nfree);
    // SAFETY: a shorter length; the values past it are left in place unowned, which is
    // what the copies are.
    unsafe { fast.set_len(fast.len() - nfree) };
}

/// The function a frame is being made for: the caller's reference, or a counted one
/// the caller hands over ([`Frame::boxed_for_owned`]).
enum FuncRef<'a> {
    Borrowed(&'a ObjRef),
    Owned(ObjRef),
}

impl FuncRef<'_> {
    #[inline(always)]
    fn get(&self) -> &ObjRef {
        match self {
            FuncRef::Borrowed(f) => f,
            FuncRef::Owned(f) => f,
        }
    }

    /// Done with: a handed-over reference is dropped (an immortal function's, the
    /// usual case here, is forgotten: its drop would only read its header, through an
    /// out-of-line call).
    #[inline(always)]
    fn release(self) {
        if let FuncRef::Owned(f) = self {
            if f.is_immortal() {
                std::mem::forget(f);
            }
        }
    }

    /// A counted reference for the frame to keep.
    #[inline(always)]
    fn into_owned(self) -> ObjRef {
        match self {
            FuncRef::Borrowed(f) => f.clone(),
            FuncRef::Owned(f) => f,
        }
    }
}

impl Frame {
    /// Start an inlined call of `func` at `entry` (its code's `CodeData::entry`, see [`layout`]), copying
    /// the closure's cells when the entry skips COPY_FREE_VARS.
    #[inline(always)]
    fn enter(&mut self, entry: usize, func: &crate::types::function::Function) {
        self.ip = entry;
        if self.ip == 2 {
            let cells = func.cells();
            self.copy_free_vars(cells, cells.len());
        }
    }

    /// COPY_FREE_VARS `n`: a function's closure `cells` go into the last `n` fast-locals
    /// slots (run by `closure_op`, or by an inlined call that starts past the
    /// instruction, see `CodeData::entry`).
    ///
    /// The slots get bitwise copies of the cells, which count no reference: the frame's
    /// function (`Frame::func`, kept until the frame is torn down) holds its closure,
    /// which never changes, so the cells outlive the frame's use of them. The copies are
    /// never dropped: a frame's teardown (`recycle`, `drop`) takes them off first, and
    /// nothing else writes those slots (STORE_DEREF and DELETE_DEREF write into the cell;
    /// LOAD_CLOSURE clones the cell, a counted reference). Counting them cost an
    /// increment per cell on every call of a closure and a decrement when it returned.
    #[inline(always)]
    pub(crate) fn copy_free_vars(&mut self, cells: &[Value], n: usize) {
        let start = self.fast.len() - n;
        for (slot, c) in self.fast[start..].iter_mut().zip(cells) {
            // SAFETY: a bitwise copy never dropped (see above). The slot held nothing or
            // an owned value (an argument beyond the parameters), dropped here as before.
            drop(std::mem::replace(slot, unsafe { crate::borrow::borrow(c) }));
        }
        self.nfree = n;
    }

    pub fn new(
        code: ObjRef,
        func: Option<ObjRef>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
    ) -> Frame {
        Frame::with_args(code, func, globals, builtins, locals, std::iter::empty())
    }

    /// A frame whose first fast locals are `args` (moved in; the rest start unbound).
    #[inline]
    pub fn with_args(
        code: ObjRef,
        func: Option<ObjRef>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
        args: impl Iterator<Item = Value>,
    ) -> Frame {
        // `layout` and `code_data` rely on it (see the field).
        assert!(
            matches!(code.payload, Payload::Code(_)),
            "a frame runs a code object"
        );
        let (nfast, stack_room, _) = layout(&code);
        let (mut fast, stack) = pooled_vecs(nfast, stack_room);
        fast.extend(args.take(nfast));
        while fast.len() < nfast {
            fast.push(Value::Null);
        }
        Frame {
            nsver: NsVersions::of(&globals, &builtins),
            shortcut: CodeShortcut::of(&code),
            code,
            func,
            globals,
            builtins,
            locals,
            fast,
            stack,
            ip: 0,
            reraise_at: None,
            kw_names: None,
            locals_snapshot: std::cell::OnceCell::new(),
            caller: CallerLink::NONE,
            back: CallerLink::NONE,
            init_self: Value::Null,
            nfree: 0,
        }
    }

    /// A frame for Python function `fobj` (whose payload is `func`) in a box, its first
    /// fast locals moved from `stack[from..]`, reusing a frame given back to `pool` (with
    /// its vectors' capacity) when there is one: an inlined call costs no allocation.
    /// A pooled frame usually last ran the same function (a loop calling it, recursion),
    /// so code, globals and builtins are only replaced when they differ.
    #[inline(always)]
    pub fn boxed_for(
        pool: &FramePool,
        fobj: &ObjRef,
        func: &crate::types::function::Function,
        stack: &mut Vec<Value>,
        from: usize,
    ) -> Box<Frame> {
        let cp = func.code_ptr();
        Frame::boxed_with(pool, FuncRef::Borrowed(fobj), func, cp, stack, from)
    }

    /// [`Frame::boxed_for`] given the caller's counted reference to the function (an
    /// inlined CALL takes it off the value stack), which moves into the frame: a
    /// function that is not immortal (a closure) is then neither counted again for
    /// the frame nor uncounted for the stack. `cp` is the function's code, as the
    /// caller read it (once: another thread may assign `__code__` meanwhile).
    ///
    /// # Safety
    /// `fobj` is a Python function (its payload `Payload::Function`): CALL's fast paths
    /// have just looked (the check here cost 2 instructions per inlined call).
    #[inline(always)]
    pub unsafe fn boxed_for_owned(
        pool: &FramePool,
        fobj: ObjRef,
        cp: *const crate::object::Object,
        stack: &mut Vec<Value>,
        from: usize,
    ) -> Box<Frame> {
        let Payload::Function(func) = &fobj.payload else {
            // SAFETY: the caller's promise (above).
            unsafe { std::hint::unreachable_unchecked() }
        };
        // SAFETY: `func` lives in the heap object `fobj` points to, which `fobj` keeps
        // alive; `fobj` moves into the frame being built (or is dropped after the
        // record's last use), so the object outlives every use of `func` here.
        let func: &crate::types::function::Function = unsafe { &*(&**func as *const _) };
        Frame::boxed_with(pool, FuncRef::Owned(fobj), func, cp, stack, from)
    }

    /// A frame for `func` (code `cp`) with its first fast locals moved from
    /// `stack[from..]`: at most the code's fast locals (CALL's fast paths check the
    /// count against `CodeData::inline_args` first).
    #[inline(always)]
    fn boxed_with(
        pool: &FramePool,
        fobj: FuncRef<'_>,
        func: &crate::types::function::Function,
        cp: *const crate::object::Object,
        stack: &mut Vec<Value>,
        from: usize,
    ) -> Box<Frame> {
        // SAFETY: a function's code object is immortal (`Function::code`).
        let code = unsafe { &*cp };
        let Some(mut b) = pool.pop() else {
            return Frame::boxed_new(fobj, func, code, stack, from);
        };
        let (nfast, stack_room, entry) = layout(code);
        if b.code.as_ptr() != cp {
            // SAFETY: as above; an immortal object needs no count. The code replaced is
            // immortal too (every frame's is), so forgetting it loses no count: dropping
            // it was an out-of-line call on most calls of richards.
            std::mem::forget(std::mem::replace(&mut b.code, unsafe {
                ObjRef::from_immortal_ptr(cp)
            }));
            b.shortcut = CodeShortcut::of(code);
        }
        // A pooled frame's namespaces are immortal (`recycle`), so its `nsver` holds
        // while they are the function's.
        if !b.globals.ptr_eq(&func.globals) || !b.builtins.ptr_eq(&func.builtins) {
            b.set_namespaces(func);
        }
        match &b.func {
            Some(f) if f.ptr_eq(fobj.get()) => fobj.release(),
            _ => {
                // The function replaced is released inline: its drop glue was an
                // out-of-line call on most calls of richards (a pooled frame mostly serves
                // another function than last time).
                if let Some(old) = b.func.replace(fobj.into_owned()) {
                    old.release_inline();
                }
            }
        }
        let n = stack.len() - from;
        debug_assert!(
            b.fast.is_empty(),
            "a pooled frame's locals are cleared (`recycle`)"
        );
        if n > nfast {
            // Not for CALL's fast paths (see above): the general way, as `with_args`
            // (extra values dropped, the other locals unbound).
            b.fast.extend(stack.drain(from..).take(nfast));
            let k = nfast - b.fast.len();
            crate::value::push_nulls(&mut b.fast, k);
        } else {
            b.fast.reserve(nfast);
            // SAFETY: `fast` is empty (`recycle` clears it) with room for `nfast >= n`
            // values, and `stack[from..from + n]` are initialised. They are moved, not
            // copied: `stack` is shortened to `from` without dropping them, so each is
            // owned by `fast` alone. The slots `n..nfast` (locals beyond the arguments)
            // are written unbound before the length covers them. (`drain` + `extend` +
            // `resize` cost ~60 instructions per call against ~15 here.)
            unsafe {
                let (s, d) = (stack.as_ptr().add(from), b.fast.as_mut_ptr());
                // The usual few arguments are moved one by one: `copy_nonoverlapping`
                // of a length not known here is a `memcpy` call.
                match n {
                    0 => {}
                    1 => d.write(s.read()),
                    2 => {
                        d.write(s.read());
                        d.add(1).write(s.add(1).read());
                    }
                    _ => std::ptr::copy_nonoverlapping(s, d, n),
                }
                stack.set_len(from);
                for i in n..nfast {
                    d.add(i).write(Value::Null);
                }
                b.fast.set_len(nfast);
            }
        }
        b.stack.reserve(stack_room);
        b.enter(entry, func);
        b.reraise_at = None;
        b
    }

    /// [`Frame::boxed_with`] when the pool is empty: a new box.
    #[cold]
    #[inline(never)]
    fn boxed_new(
        fobj: FuncRef<'_>,
        func: &crate::types::function::Function,
        code: &crate::object::Object,
        stack: &mut Vec<Value>,
        from: usize,
    ) -> Box<Frame> {
        // SAFETY: a function's code object is immortal (`Function::code`).
        let co = unsafe { ObjRef::from_immortal_ptr(code) };
        let mut b = Box::new(Frame::with_args(
            co,
            Some(fobj.into_owned()),
            func.globals.clone(),
            func.builtins.clone(),
            Value::Null,
            stack.drain(from..),
        ));
        b.enter(layout(code).2, func);
        b
    }

    /// A pooled frame given another function's namespaces.
    #[inline(never)]
    fn set_namespaces(&mut self, func: &crate::types::function::Function) {
        self.globals = func.globals.clone();
        self.builtins = func.builtins.clone();
        self.nsver = NsVersions::of(&self.globals, &self.builtins);
    }

    /// Give a finished boxed frame back to `pool` for [`Frame::boxed_for`]. Its
    /// values are dropped now (as a dropped frame's would be), and it keeps no reference
    /// to anything that is not immortal.
    #[inline(always)]
    pub fn recycle(pool: &FramePool, mut b: Box<Frame>) {
        if b.nfree != 0 {
            forget_free_vars(&mut b.fast, b.nfree);
            b.nfree = 0;
        }
        crate::value::truncate_values(&mut b.fast, 0);
        crate::value::truncate_values(&mut b.stack, 0);
        // An immortal function (module level) stays for the next call to compare with.
        if b.func.as_ref().is_some_and(|f| !f.is_immortal()) {
            b.func = None;
        }
        b.kw_names = None;
        if !b.init_self.is_null() {
            b.init_self = Value::Null;
        }
        if !b.locals.is_null() {
            b.locals = Value::Null;
        }
        if b.locals_snapshot.get().is_some() {
            b.locals_snapshot = std::cell::OnceCell::new();
        }
        // `nsver` is set only for two immortal namespace dicts (`NsVersions::of`), so
        // one look at it says what two reference counts would (the frame's globals are
        // a dict, or at worst an object whose immortal dict it is, kept counted).
        if b.nsver.is_none() {
            b.globals = b.code.clone();
            b.builtins = b.code.clone();
            b.nsver = NsVersions::NONE;
        }
        // A frame run by `eval::run` returns instead of popping when it has no caller.
        // (`back` is set whenever a frame starts running.)
        b.caller = CallerLink::NONE;
        if b.fast.capacity() <= POOLED_CAPACITY_MAX && b.stack.capacity() <= POOLED_CAPACITY_MAX {
            // A full pool hands the box back, to be dropped here.
            drop(pool.push(b));
        }
    }

    /// The slot of the `__class__` free variable (its cell), which a method using
    /// `super()` or `__class__` has; `None` for code without one.
    pub fn class_cell(&self) -> Option<&Value> {
        let code = &self.code_data().code;
        let i = code.freevars.iter().position(|n| &**n == "__class__")?;
        self.fast.get(self.fast.len() - code.freevars.len() + i)
    }

    /// The code object the frame runs.
    #[inline(always)]
    pub fn code(&self) -> &ObjRef {
        &self.code
    }

    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: the shortcut is the code's (see `CodeShortcut`), and the frame holds
        // the code, so the data lives at least as long as `self`'s borrow.
        unsafe { &*self.shortcut.data }
    }

    /// The first of the instructions the eval loop runs for this frame's code
    /// (`CodeData::exec`), read without going through the code object.
    #[inline(always)]
    pub fn exec_ptr(&self) -> *const weft_compiler::Instr {
        self.shortcut.exec
    }

    /// Index of the instruction being executed (or, for a suspended frame, the one it
    /// stopped at): for tracebacks, line numbers and generator state.
    #[inline]
    pub fn lasti(&self) -> usize {
        match self.reraise_at {
            Some(i) => i,
            None => self.ip.saturating_sub(1),
        }
    }

    /// The current line number.
    pub fn lineno(&self) -> u32 {
        let c = &self.code_data().code;
        c.positions
            .get(self.lasti())
            .map(|p| p.line)
            .unwrap_or(c.first_line)
    }
}

thread_local! {
    /// The value vectors (locals, stack) of finished frames, reused by the next frames
    /// this thread creates (a call would otherwise cost two allocations and two frees).
    #[allow(clippy::type_complexity)]
    static POOL: std::cell::RefCell<Vec<(Vec<Value>, Vec<Value>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many finished frames (and value-vector pairs) a thread keeps. Enough for the
/// frames of a recursion a thousand calls deep, which a memoised or tree-walking
/// function goes down and up again many times: with 64, every call below the 64th
/// allocated a frame and freed it on return (a memoised `fib(200)`, repeated: 9% of its
/// time). A kept frame is a few hundred bytes with the small vectors of most code
/// (vectors over `POOLED_CAPACITY_MAX` are never kept).
const POOL_MAX: usize = 1024;
const POOLED_CAPACITY_MAX: usize = 512;

/// Empty vectors with room for `nfast` locals and a stack of `nstack`.
#[inline]
fn pooled_vecs(nfast: usize, nstack: usize) -> (Vec<Value>, Vec<Value>) {
    let (mut fast, mut stack) = POOL
        .try_with(|p| p.borrow_mut().pop())
        .ok()
        .flatten()
        .unwrap_or_default();
    fast.reserve(nfast);
    stack.reserve(nstack);
    (fast, stack)
}

impl Drop for Frame {
    fn drop(&mut self) {
        let mut fast = std::mem::take(&mut self.fast);
        forget_free_vars(&mut fast, self.nfree);
        let mut stack = std::mem::take(&mut self.stack);
        if fast.capacity() > POOLED_CAPACITY_MAX || stack.capacity() > POOLED_CAPACITY_MAX {
            return;
        }
        // Dropping the values frees objects but never runs Python code.
        fast.clear();
        stack.clear();
        let _ = POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_MAX {
                p.push((fast, stack));
            }
        });
    }
}
