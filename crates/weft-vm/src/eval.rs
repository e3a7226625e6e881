//! The evaluation loop: one `match` over the opcode table's instructions, with CPython
//! 3.11's stack semantics (<https://docs.python.org/3.11/library/dis.html>), exception
//! handling through the code object's exception table, and an inline cache per
//! LOAD_GLOBAL that is read without any shared write (see `inline_cache.rs`).
//! `step` runs the hot instructions itself and hands the rest to `eval/cold.rs`.

use crate::borrow;
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::iter::IterStep;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_str, new_tuple, PyErr, PyResult};
use std::sync::atomic::Ordering;
use weft_compiler::code::Constant;
use weft_compiler::opcode::{binop, Opcode};

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Turn a compiler constant into a value (immortal, shared by all threads).
pub fn constant_value(c: &Constant) -> Value {
    let v = match c {
        Constant::None => return Value::None,
        Constant::Bool(b) => return Value::Bool(*b),
        Constant::Int(i) => return Value::Int(*i),
        Constant::Float(f) => return Value::Float(*f),
        Constant::Ellipsis => return Value::Obj(types().ellipsis.clone()),
        Constant::BigInt(s) => crate::new_bigint(s.parse().expect("compiler big int")),
        Constant::Complex(re, im) => Value::Obj(ObjRef::new(
            types().complex.clone(),
            None,
            Payload::Complex(*re, *im),
        )),
        Constant::Str(s) => return crate::intern(s),
        Constant::Bytes(b) => crate::new_bytes(b.to_vec()),
        Constant::Tuple(items) => new_tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => {
            let d = crate::types::dict::Dict::new();
            let vm = crate::vm::Vm::new(false);
            for c in items {
                let v = constant_value(c);
                let _ = d.set(&vm, v, Value::None);
            }
            // CPython builds a constant frozenset twice (the compiler's constant merging
            // re-creates it from the first one's iteration order), which decides its order.
            crate::new_set(crate::types::set_table::PySet::from(d).rebuilt(), true)
        }
        Constant::Code(code) => Value::Obj(make_code_object(code.clone())),
    };
    if let Value::Obj(o) = &v {
        o.make_immortal();
    }
    v
}

/// Wrap a compiled code object for the VM (immortal: code is shared by all threads).
pub fn make_code_object(code: std::sync::Arc<weft_compiler::CodeObject>) -> ObjRef {
    let consts = code.constants.iter().map(constant_value).collect();
    let names: Vec<Value> = code.names.iter().map(|n| crate::intern(n)).collect();
    let name_hashes = names.iter().map(crate::str_hash).collect();
    let varnames = code.varnames.iter().map(|n| crate::intern(n)).collect();
    let n = code.instructions.len();
    let caches = (0..n).map(|_| Default::default()).collect();
    let hot = (0..n).map(|_| Default::default()).collect();
    let depths = weft_compiler::code_tables::stack_depths(&code).ok();
    let stack_room = match &depths {
        Some(d) => d.iter().flatten().copied().max().unwrap_or(0).max(0) as usize + 2,
        None => 0,
    };
    let (mut exec, borrows) = crate::borrow::plan(&code, depths.as_deref());
    crate::quicken::fuse(&mut exec, &code.constants);
    crate::quicken::fuse_super(&mut exec, &code);
    let fn_names = crate::types::function::CodeData::fn_names(&code);
    let nfast = code.nlocalsplus();
    let inline_args = crate::types::function::CodeData::inline_args(&code, stack_room);
    let op_at = |i: usize| exec.get(i).map(|x| x.op);
    let entry = match (op_at(0), op_at(1)) {
        (Some(Opcode::COPY_FREE_VARS), Some(Opcode::RESUME)) => 2,
        (Some(Opcode::RESUME), _) => 1,
        _ => 0,
    };
    ObjRef::new_immortal(
        types().code.clone(),
        None,
        Payload::Code(Box::new(crate::types::function::CodeData {
            fn_names,
            code,
            consts,
            names,
            name_hashes,
            varnames,
            caches,
            hot,
            exec,
            borrows,
            stack_room,
            nfast,
            inline_args,
            entry,
        })),
    )
}

/// Run a frame until it returns or yields.
pub fn run(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    let back = vm.top.replace(f as *const Frame);
    f.back = crate::frame::CallerLink(back as *mut Frame);
    let r = run_inner(vm, f, None);
    vm.top.set(back);
    r
}

/// Resume a frame by raising `err` at its current instruction (generator `throw`).
pub fn run_with_error(vm: &Vm, f: &mut Frame, err: PyErr) -> PyResult<Exit> {
    let back = vm.top.replace(f as *const Frame);
    f.back = crate::frame::CallerLink(back as *mut Frame);
    let r = run_inner(vm, f, Some(err));
    vm.top.set(back);
    r
}

#[inline(always)]
fn dict_of(o: &ObjRef) -> &crate::types::dict::Dict {
    match &o.payload {
        Payload::Dict(d) => d,
        _ => unreachable!("namespace is not a dict"),
    }
}

/// The code data of a frame, for as long as the frame runs. Code objects are immortal
/// (`make_code_object`), so the reference does not depend on the frame's own borrow.
#[inline(always)]
fn code_of(f: &Frame) -> &'static crate::types::function::CodeData {
    let cd: *const crate::types::function::CodeData = f.code_data();
    // SAFETY: every code object is created immortal and never freed, so its CodeData
    // outlives any frame running it.
    unsafe { &*cd }
}

/// Make the frame `callee`, built by CALL's fast path, the running one: the eval loop
/// runs it in place of its caller (no Rust recursion; CPython 3.11 inlines Python-to-
/// Python calls the same way). [`pop_inline`] undoes it.
#[inline(always)]
fn push_inline(vm: &Vm, caller: *mut Frame, mut callee: Box<Frame>) -> *mut Frame {
    callee.caller = crate::frame::CallerLink(caller);
    callee.back = crate::frame::CallerLink(caller);
    let p = Box::into_raw(callee);
    vm.top.set(p);
    p
}

/// Pop an inlined frame (returning or unwinding): free it and give back its caller.
#[inline(always)]
fn pop_inline(vm: &Vm, callee: *mut Frame) -> *mut Frame {
    vm.leave();
    // SAFETY: `callee` came from `Box::into_raw` in `push_inline` and the loop holds no
    // other reference to it once it is popped.
    let b = unsafe { Box::from_raw(callee) };
    let caller = b.caller.0;
    vm.top.set(caller);
    Frame::recycle(&vm.frame_pool, b);
    caller
}

fn run_inner(vm: &Vm, base: &mut Frame, mut initial: Option<PyErr>) -> PyResult<Exit> {
    if code_of(base).stack_room == 0 {
        // Failed `stack_depths` (see `ValueStack`): only hand-built bytecode can.
        return Err(vm.new_error(
            "SystemError",
            "code object failed verification: its value stack is not provably bounded",
        ));
    }
    let gil = crate::gil::enabled();
    // The running frame: `base`, or a frame pushed by an inlined call above it.
    let mut cur: *mut Frame = base;
    let mut thrown = initial.is_some();
    loop {
        let res = match initial.take() {
            Some(e) => Err((e, false)),
            None => step(vm, &mut cur, gil),
        };
        match res {
            Ok(exit) => return Ok(exit),
            Err((err, reraise)) => {
                // SAFETY: `cur` is `base` or an inlined frame above it, alive until popped.
                let f = unsafe { &mut *cur };
                let cd = code_of(f);
                if !cd.borrows.is_empty() {
                    crate::borrow::release(vm, f, &cd.borrows);
                }
                if !reraise {
                    // An error raised by an operation in this frame (no traceback yet;
                    // not thrown in by `generator.throw`) chains to the handled one.
                    let fresh =
                        !thrown && crate::types::exception::get_traceback(&err.value()).is_none();
                    crate::traceback::add_frame(vm, &err, f);
                    if fresh {
                        crate::types::exception::set_context(vm, &err);
                    }
                }
                thrown = false;
                // Find a handler in this frame. The lookup uses the raising instruction
                // itself (RERAISE may have restored `lasti` to an earlier instruction for
                // the traceback; CPython's exception_unwind does the same).
                let lasti = f.lasti() as u32;
                f.reraise_at = None;
                let at = (f.ip.max(1) - 1) as u32;
                match cd.code.find_handler(at) {
                    Some(h) => {
                        f.stack.truncate(h.depth as usize);
                        if h.lasti {
                            f.stack.spush(Value::Int(lasti as i64));
                        }
                        f.stack.spush(err.value());
                        f.ip = h.target as usize;
                        f.kw_names = None;
                    }
                    None if f.caller.0.is_null() => return Err(err),
                    None => {
                        // Unwind into the caller, as if its CALL had raised the error
                        // (an inlined `__init__` also held the class call's level).
                        if !f.init_self.is_null() {
                            vm.leave();
                        }
                        cur = pop_inline(vm, cur);
                        // SAFETY: `cur` is now the caller, alive below the popped frame.
                        if ends_for_loop(vm, unsafe { &mut *cur }, &err) {
                            thrown = false;
                            continue;
                        }
                        initial = Some(err);
                        thrown = true;
                    }
                }
            }
        }
    }
}

/// The value stack as the eval loop uses it: pushes and pops without the checks of
/// `Vec::push`/`Vec::pop`/`Vec::last`.
///
/// Why this is sound: a frame reserves `CodeData::stack_room` values of stack, the
/// deepest stack any path through its code reaches (plus 2), and every code object the
/// loop runs passed `code_tables::stack_depths`, which also proves that no instruction
/// finds fewer values than it reads (code that fails the check has room 0 and is
/// refused by `run_inner` before it runs; CALL never inlines it). Every arm pushes at
/// most what the opcode table's stack effect says it leaves, so the checks `Vec` makes
/// can never fail.
/// Measured: they cost about 3 instructions per push and 2 per pop, 5% of n-body.
trait ValueStack {
    fn spush(&mut self, v: Value);
    fn spop(&mut self) -> Value;
    fn stop(&self) -> &Value;
}

impl ValueStack for Vec<Value> {
    #[inline(always)]
    fn spush(&mut self, v: Value) {
        let n = self.len();
        debug_assert!(n < self.capacity(), "value stack overflow");
        // SAFETY: `n < capacity` (see the trait's docs), so slot `n` is allocated and
        // unused; writing it and growing the length by one keeps the vector valid.
        unsafe {
            self.as_mut_ptr().add(n).write(v);
            self.set_len(n + 1);
        }
    }

    #[inline(always)]
    fn spop(&mut self) -> Value {
        let n = self.len();
        debug_assert!(n > 0, "value stack underflow");
        // SAFETY: `n > 0` (see the trait's docs): slot `n - 1` holds an initialised
        // value, whose ownership moves out as the length shrinks past it.
        unsafe {
            self.set_len(n - 1);
            self.as_ptr().add(n - 1).read()
        }
    }

    #[inline(always)]
    fn stop(&self) -> &Value {
        let n = self.len();
        debug_assert!(n > 0, "value stack underflow");
        // SAFETY: `n > 0` (see the trait's docs): slot `n - 1` holds a value.
        unsafe { self.get_unchecked(n - 1) }
    }
}

/// The fast locals as the eval loop indexes them: without a bounds check.
///
/// Why this is sound: every instruction that names a fast local or cell (LOAD_FAST,
/// STORE_FAST, LOAD_DEREF, ...) has an index below `co_nlocalsplus`: the compiler emits
/// no other, and code built from bytes (`code.replace(co_code=...)`) must pass
/// `code_tables::validate`, which checks it (`compile/tests.rs` runs it on the compiler's
/// output too). Every frame has at least that many slots (`frame.rs`: `sizes` gives
/// `CodeData::nfast`), and superinstructions only fuse such instructions. Measured: the
/// check cost 2 instructions per local access (nbody and richards 3% fewer in all).
trait FastLocals {
    fn local(&self, i: usize) -> &Value;
    fn local_mut(&mut self, i: usize) -> &mut Value;
}

impl FastLocals for Vec<Value> {
    #[inline(always)]
    fn local(&self, i: usize) -> &Value {
        debug_assert!(i < self.len(), "fast local {i} out of range");
        // SAFETY: `i < len` (see the trait's docs).
        unsafe { self.get_unchecked(i) }
    }

    #[inline(always)]
    fn local_mut(&mut self, i: usize) -> &mut Value {
        debug_assert!(i < self.len(), "fast local {i} out of range");
        // SAFETY: `i < len` (see the trait's docs).
        unsafe { self.get_unchecked_mut(i) }
    }
}

macro_rules! pop {
    ($f:expr) => {
        $f.stack.spop()
    };
}

/// BUILD_SLICE's operands (`$arg` of them, 2 or 3), popped: [start, stop, step].
macro_rules! pop_slice_bounds {
    ($f:expr, $arg:expr) => {{
        let step = if $arg == 3 { pop!($f) } else { Value::None };
        let stop = pop!($f);
        let start = pop!($f);
        [start, stop, step]
    }};
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.stop()
    };
}

/// The running code's instructions, read without a bounds check.
///
/// Every code object the loop runs passed `code_tables::stack_depths` (the same check
/// [`ValueStack`] relies on; `run_inner` refuses code that failed it): every jump and
/// handler target is inside the code and no path runs past its last instruction, so the
/// eval loop never reads past the end. Measured: the bounds check cost 3 instructions
/// and a stack slot (the length, spilled in `step`) on every dispatch.
#[derive(Clone, Copy)]
struct Instrs {
    ptr: *const weft_compiler::Instr,
    #[cfg(debug_assertions)]
    len: usize,
}

impl Instrs {
    #[inline(always)]
    fn of(cd: &crate::types::function::CodeData) -> Instrs {
        Instrs {
            ptr: cd.exec.as_ptr(),
            #[cfg(debug_assertions)]
            len: cd.exec.len(),
        }
    }

    /// The running frame's, from its shortcut (`Frame::exec_ptr`): one load after the
    /// frame's address, where `of` reads the code's data first.
    #[inline(always)]
    fn of_frame(f: &Frame) -> Instrs {
        Instrs {
            ptr: f.exec_ptr(),
            #[cfg(debug_assertions)]
            len: f.code_data().exec.len(),
        }
    }

    #[inline(always)]
    fn at(self, i: usize) -> weft_compiler::Instr {
        #[cfg(debug_assertions)]
        assert!(i < self.len, "instruction index {i} out of range");
        // SAFETY: `i` is the running frame's next instruction or one the running
        // instruction's group covers (quicken.rs fuses only whole groups); both lie inside
        // `exec`, which the code object (kept alive by the frame) owns. See the type's docs.
        unsafe { *self.ptr.add(i) }
    }
}

/// The inline cache of instruction `i` of the running code, read without a bounds check.
///
/// Why this is sound: every `CodeData` has one cache per instruction of `exec` (both are
/// made from `code.instructions`: `make_code_object`, and `code.replace`'s copy in
/// weft-stdlib's `code_replace.rs`), and `i` is an instruction
/// the eval loop is running or one its group covers (see [`Instrs`]), so `i < len`.
/// Measured: the check cost 3 instructions on every LOAD_GLOBAL and attribute access.
#[inline(always)]
fn cache_at(cd: &crate::types::function::CodeData, i: usize) -> &crate::inline_cache::InlineCache {
    debug_assert!(i < cd.caches.len(), "inline cache {i} out of range");
    // SAFETY: `i < caches.len()` (see above).
    unsafe { cd.caches.get_unchecked(i) }
}

/// The hot word of instruction `i` of the running code, read without a bounds check:
/// `hot` has one word per instruction, as `caches` has one cache (see [`cache_at`]).
#[inline(always)]
fn hot_at(cd: &crate::types::function::CodeData, i: usize) -> &crate::inline_cache::HotWord {
    debug_assert!(i < cd.hot.len(), "hot word {i} out of range");
    // SAFETY: `i < hot.len()` (see above).
    unsafe { cd.hot.get_unchecked(i) }
}

/// Constant `i` of the running code, read without a bounds check.
///
/// Why this is sound: the index is the argument of a LOAD_CONST (or of the LOAD_CONST a
/// superinstruction fused, or a KW_NAMES), which is below the number of constants: the
/// compiler emits no other, and code built from bytes or given new constants
/// (`code.replace`) must pass `code_tables::validate`, which checks it. Measured: the
/// check cost 3 instructions on every constant load.
#[inline(always)]
fn const_at(cd: &crate::types::function::CodeData, i: usize) -> &Value {
    debug_assert!(i < cd.consts.len(), "constant {i} out of range");
    // SAFETY: `i < consts.len()` (see above).
    unsafe { cd.consts.get_unchecked(i) }
}

/// Name `i` of the running code (`co_names`), read without a bounds check: as for
/// [`const_at`], the index is an attribute or global instruction's argument, which the
/// compiler and `code_tables::validate` keep below the number of names.
#[inline(always)]
fn name_at(cd: &crate::types::function::CodeData, i: usize) -> &Value {
    debug_assert!(i < cd.names.len(), "name {i} out of range");
    // SAFETY: `i < names.len()` (see above).
    unsafe { cd.names.get_unchecked(i) }
}

mod cold;
use cold::{closure_op, cold_opcodes, step_cold, Flow};

/// Execute instructions until the frame exits (Ok) or an exception is raised
/// (Err(exception, is_reraise)).
#[inline(never)]
fn step(vm: &Vm, cur: &mut *mut Frame, gil: bool) -> Result<Exit, (PyErr, bool)> {
    // SAFETY: `*cur` is the running frame (run_inner's base or an inlined frame above
    // it); only this loop touches it while it runs. Inlined calls and returns switch
    // `f`, `cd` and `instrs` together and keep `*cur` pointing at the running frame.
    let mut f: &mut Frame = unsafe { &mut **cur };
    let mut cd = code_of(f);
    let mut instrs: Instrs = Instrs::of(cd);
    // The running frame's next instruction, kept in a local (a register) so that no
    // dispatch reloads it from the frame: `f.ip` is stored with every change (a store
    // costs little; the reload it saves was on every dispatch's critical path), so the
    // two are equal wherever anything else can see the frame. After a helper that moves
    // `f.ip` itself (fused groups it runs whole), `resync!` reads it back.
    let mut ip = f.ip;
    let mut sp = f.stack.len();
    macro_rules! set_ip {
        ($e:expr) => {{
            ip = $e;
            f.ip = ip;
        }};
    }
    macro_rules! resync {
        () => {{
            ip = f.ip;
            sp = f.stack.len();
        }};
    }
    // The value stack's height, kept in a local for the same reason as `ip`: the pushes
    // and pops below store the frame's length with every change and never reload it, so
    // `f.stack` is always whole for anything else that reads it. A helper that pushes or
    // pops itself is followed by `resync!`. The unchecked accesses are sound as
    // `ValueStack`'s are (see its docs); `sp == f.stack.len()` throughout.
    macro_rules! spush {
        ($v:expr) => {{
            let v = $v;
            debug_assert!(sp < f.stack.capacity(), "value stack overflow");
            // SAFETY: `sp < capacity` (see `ValueStack`), so slot `sp` is allocated and
            // unused; writing it and growing the length by one keeps the vector valid.
            unsafe {
                f.stack.as_mut_ptr().add(sp).write(v);
                sp += 1;
                f.stack.set_len(sp);
            }
        }};
    }
    // `spush!` of a value just made in two registers (an attribute's value, an
    // arithmetic result) that the next instruction pops: one 16-byte store
    // (`Value::write_whole`), which the pop's 16-byte load is forwarded from.
    macro_rules! spush_whole {
        ($v:expr) => {{
            let v = $v;
            debug_assert!(sp < f.stack.capacity(), "value stack overflow");
            // SAFETY: as `spush!`.
            unsafe {
                Value::write_whole(f.stack.as_mut_ptr().add(sp), v);
                sp += 1;
                f.stack.set_len(sp);
            }
        }};
    }
    macro_rules! spop {
        () => {{
            debug_assert!(sp > 0, "value stack underflow");
            sp -= 1;
            // SAFETY: slot `sp` (the old top) holds an initialised value (see
            // `ValueStack`), whose ownership moves out as the length shrinks past it.
            unsafe {
                f.stack.set_len(sp);
                f.stack.as_ptr().add(sp).read()
            }
        }};
    }
    macro_rules! speek {
        ($k:expr) => {{
            let k: usize = $k;
            debug_assert!(k >= 1 && k <= sp, "value stack underflow");
            // SAFETY: the instruction reads `k` values (see `ValueStack`), so slot
            // `sp - k` holds a value.
            unsafe { f.stack.get_unchecked(sp - k) }
        }};
    }
    macro_rules! stop {
        () => {
            speek!(1)
        };
    }
    // BUILD_SLICE's operands (`$arg` of them, 2 or 3), popped: [start, stop, step].
    macro_rules! slice_bounds {
        ($arg:expr) => {{
            let step = if $arg == 3 { spop!() } else { Value::None };
            let stop = spop!();
            let start = spop!();
            [start, stop, step]
        }};
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => return Err((e, false)),
            }
        };
    }
    // LOAD_FAST, also the fallback of the superinstructions that start with one.
    macro_rules! load_fast {
        ($arg:expr) => {{
            let arg = $arg;
            let i = (arg & borrow::ARG_MASK) as usize;
            let v = f.fast.local(i);
            if v.is_null() {
                return Err((unbound_local(vm, cd, i), false));
            }
            let v = fast_copy(v, arg);
            spush!(v);
        }};
    }
    // The name and inline cache of the attribute instruction at `$k` that ends a group,
    // the frame's next instruction set past it.
    macro_rules! attr_site {
        ($k:expr) => {{
            let k = $k;
            set_ip!(k + 1);
            (
                name_at(cd, (instrs.at(k).arg & borrow::ARG_MASK) as usize),
                cache_at(cd, k),
            )
        }};
    }
    // The attribute site of a `LOAD_FAST x; LOAD_ATTR/LOAD_METHOD/STORE_ATTR` group
    // (quicken.rs), the frame's next instruction set past the group: (name, cache). An
    // unbound `x` runs the LOAD_FAST alone, which raises.
    macro_rules! attr_group {
        ($arg:expr) => {{
            if f.fast.local(($arg & borrow::ARG_MASK) as usize).is_null() {
                load_fast!($arg);
                continue;
            }
            attr_site!(ip)
        }};
    }
    // A call's result (`ip` past the CALL): raised, or pushed; for a call statement
    // (`items.append(x)`) its POP_TOP, which cannot fail, is done here instead of a push
    // and a dispatch.
    macro_rules! call_result {
        ($r:expr) => {{
            let r = tri!($r);
            if instrs.at(ip).op == Opcode::POP_TOP {
                set_ip!(ip + 1);
                drop(r);
            } else {
                spush!(r);
            }
            crate::finalize::poll(vm);
        }};
    }
    // LOAD_FAST x; LOAD_METHOD name (the LOAD_FAST__LOAD_METHOD group, also the fallback
    // of LOAD_FAST__CALL_METHOD): the method and `x` pushed, from the site's built-in
    // method word for an instance of a built-in class, else from its plan.
    macro_rules! load_fast_method {
        ($arg:expr) => {{
            let (name, cache) = attr_group!($arg);
            let o = f.fast.local(($arg & borrow::ARG_MASK) as usize);
            if let Some(m) = crate::attr::builtin_method_of(o, cache) {
                spush!(Value::Obj(m));
                spush!(o.clone());
                continue;
            }
            let (m, slf) = match crate::attr::load_method_fast(o, name, cache) {
                Some(m) => (m, o.clone()),
                None => tri!(method_of_local(vm, o, name, cache)),
            };
            spush!(m);
            spush!(slf);
        }};
    }
    // The conditional jump at `ip` (the second instruction of a CONTAINS_OP__JUMP or
    // COMPARE_OP__JUMP group) decided by `$t` without a push: taken, or skipped.
    macro_rules! cond_jump {
        ($t:expr) => {{
            let t: bool = $t;
            let jump = instrs.at(ip);
            let on_true = matches!(
                jump.op,
                Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE
            );
            set_ip!(if t == on_true {
                jump.arg as usize
            } else {
                ip + 1
            });
        }};
    }
    // Make the frame at `$p` (an inlined callee, or the caller it returns to) the running
    // one: `*cur`, `f`, `cd` and `instrs` change together.
    macro_rules! switch_to {
        ($p:expr) => {{
            *cur = $p;
            // SAFETY: see the top of `step`.
            f = unsafe { &mut **cur };
            cd = code_of(f);
            instrs = Instrs::of_frame(f);
            resync!();
        }};
    }
    // The result of a fused BINARY_OP: stored by a STORE_FAST at `k` (skipping it), or
    // pushed for the instruction at `k`.
    macro_rules! store_or_push {
        ($r:expr, $k:expr) => {{
            let k = $k;
            let next = instrs.at(k);
            if next.op == Opcode::STORE_FAST {
                set_ip!(k + 1);
                set_local(vm, f.fast.local_mut(next.arg as usize), $r);
            } else {
                spush!($r);
                set_ip!(k);
            }
        }};
    }
    // CALL n (after its PRECALL): an inlined Python callee becomes the running frame,
    // anything else is called and its result pushed. Also run by LOAD_GLOBAL for the
    // call it begins (`fib(n - 1)`), the argument's group and the call then costing no
    // dispatch of their own.
    macro_rules! call {
        ($n:expr) => {{
            let n = $n as usize;
            let base = sp - n - 2;
            // The callable: after a plain call's NULL, or LOAD_METHOD's method.
            // SAFETY: CALL n finds n + 2 values on the stack (see `ValueStack`), so
            // `base` and `base + 1` are in range.
            let at = base + usize::from(unsafe { f.stack.get_unchecked(base) }.is_null());
            let r = match f.kw_names.take() {
                None => {
                    if let Some(r) = crate::call::inline_frame(vm, &mut f.stack, at) {
                        let callee = tri!(r);
                        // SAFETY: the fast path left the stack `at` long, and
                        // `stack[base]` is the `Null` below the callable when
                        // `at == base + 1`: nothing to drop.
                        unsafe { f.stack.set_len(base) };
                        switch_to!(push_inline(vm, f, callee));
                        continue;
                    }
                    // SAFETY: `at <= base + 1 < len`, as above.
                    crate::call::call_positional(vm, unsafe { f.stack.get_unchecked(at..) })
                }
                // Keywords that name a plain function's parameters (`f(x, key=k)`) are
                // put in their places, and the call runs as a positional one (out of
                // line: `step`'s own positional path is left as it was).
                Some(k) if kw_to_positional(cd, k, &mut f.stack, at) => {
                    match crate::call::inline_frame(vm, &mut f.stack, at) {
                        Some(r) => {
                            let callee = tri!(r);
                            // SAFETY: as above.
                            unsafe { f.stack.set_len(base) };
                            switch_to!(push_inline(vm, f, callee));
                            continue;
                        }
                        None => crate::call::call_positional(vm, &f.stack[at..]),
                    }
                }
                Some(k) => call_kw(vm, cd, k, &f.stack[at], &f.stack[at + 1..]),
            };
            crate::value::truncate_values(&mut f.stack, base);
            sp = base;
            call_result!(r);
        }};
    }
    // FOR_ITER (or FOR_ITER__STORE_FAST, `$op`) with target `$arg`, the frame's next
    // instruction already past it: the next item pushed (or stored in the local of the
    // STORE_FAST that follows), or the iterator popped and the loop left. Also run by
    // JUMP_BACKWARD for the FOR_ITER it jumps to, which then costs no dispatch.
    macro_rules! for_iter {
        ($op:expr, $arg:expr) => {{
            let it = stop!();
            let nx = if let Value::Obj(o) = it {
                if let Payload::Iter(d) = &o.payload {
                    if let crate::types::iter::IterData::Range {
                        cur, stop, step, ..
                    } = d
                    {
                        // One compare-and-swap: another thread advancing the same
                        // iterator (`for x in shared_it` in several threads) must not
                        // get the same item; a lost race takes the general step.
                        // (Plain loads and stores under an owner bias, as a tuple's
                        // iterator takes, ran more instructions here: measured on
                        // spectral_norm, richards and fib.)
                        let c = cur.load(Ordering::Relaxed);
                        if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                            let n = c.checked_add(*step).unwrap_or(*stop);
                            if cur
                                .compare_exchange(c, n, Ordering::Relaxed, Ordering::Relaxed)
                                .is_ok()
                            {
                                Some(Value::Int(c))
                            } else {
                                tri!(vm.next(it))
                            }
                        } else {
                            None
                        }
                    } else if let Some(nx) = crate::types::iter::next_list_or_tuple(d) {
                        nx
                    } else if let Some(step) = crate::types::iter::next_dict(
                        vm,
                        d,
                        $op == Opcode::FOR_ITER && unpacks_pair(instrs.at(ip)),
                    ) {
                        // A loop that unpacks pairs: a dict's items, an `enumerate` or a
                        // two-argument `zip` hand them over without the tuple.
                        match step {
                            IterStep::Item(v) => Some(v),
                            IterStep::End => None,
                            IterStep::Raised(e) => return Err((e, false)),
                            IterStep::Pair(k, v) => {
                                // `for k, v in d.items()`: the UNPACK_SEQUENCE 2 that
                                // follows is done here, without the tuple.
                                let next = instrs.at(ip);
                                if next.op == Opcode::UNPACK_SEQUENCE__STORE_FAST {
                                    let at = ip + 1;
                                    set_ip!(ip + 3);
                                    set_local(vm, f.fast.local_mut(instrs.at(at).arg as usize), k);
                                    set_local(
                                        vm,
                                        f.fast.local_mut(instrs.at(at + 1).arg as usize),
                                        v,
                                    );
                                } else {
                                    set_ip!(ip + 1);
                                    spush!(v);
                                    spush!(k);
                                }
                                continue;
                            }
                        }
                    } else {
                        tri!(vm.next(it))
                    }
                } else if let Payload::Generator(_) = &o.payload {
                    tri!(crate::types::generator::next_or_none(vm, it))
                } else {
                    // An instance of a class written in Python: its `__next__` runs as
                    // an inlined call, whose return value is the item (pushed, for the
                    // instruction after FOR_ITER) and whose StopIteration ends the loop
                    // (`ends_for_loop`).
                    if let Some(r) = next_frame(vm, f) {
                        switch_to!(push_inline(vm, f, tri!(r)));
                        continue;
                    }
                    tri!(vm.next(stop!()))
                }
            } else {
                tri!(vm.next(it))
            };
            match nx {
                Some(v) => {
                    // The item goes straight into the local a following STORE_FAST
                    // (or the store of a STORE_FAST__LOAD_FAST, whose load then
                    // runs as written) would store it in.
                    let next = instrs.at(ip);
                    if $op == Opcode::FOR_ITER__STORE_FAST && stores_local(next.op) {
                        set_ip!(ip + 1);
                        // One 16-byte store: the body's first `LOAD_FAST` of the item
                        // then loads what one store wrote (`Value::replace_whole`).
                        release_local(vm, f.fast.local_mut(next.arg as usize).replace_whole(v));
                    } else {
                        spush!(v);
                    }
                }
                None => {
                    spop!();
                    set_ip!($arg as usize);
                }
            }
        }};
    }
    // The plain loads from the frame's next instruction on (`push_loads`), then the
    // PRECALL__CALL they feed, with no dispatch of their own (`self.fn(pkt)` after its
    // method lookup, `f(x)` after its PUSH_NULL). Where the loads stop at anything else
    // (an unbound variable, another instruction) the frame goes on from there by the
    // next dispatch.
    macro_rules! loads_then_call {
        () => {{
            let (k, n) = push_loads(f, cd, instrs, ip);
            sp = f.stack.len();
            match n {
                Some(n) => {
                    set_ip!(k + 2);
                    call!(n);
                }
                None => set_ip!(k),
            }
        }};
    }
    loop {
        let ins = instrs.at(ip);
        set_ip!(ip + 1);
        let arg = ins.arg;
        match ins.op {
            Opcode::NOP | Opcode::CACHE | Opcode::EXTENDED_ARG | Opcode::PRECALL => {}
            Opcode::RESUME => {
                if gil {
                    crate::gil::maybe_yield(vm);
                }
            }
            Opcode::LOAD_FAST => load_fast!(arg),
            Opcode::STORE_FAST => {
                let v = spop!();
                set_local(vm, f.fast.local_mut(arg as usize), v);
            }
            // Superinstructions (quicken.rs): each runs its group when the fast path
            // applies, and otherwise only its first instruction, as written.
            Opcode::LOAD_FAST__LOAD_FAST | Opcode::LOAD_FAST__LOAD_CONST => {
                let second = instrs.at(ip).arg;
                let a = f.fast.local((arg & borrow::ARG_MASK) as usize);
                if !a.is_null() {
                    let b = if ins.op == Opcode::LOAD_FAST__LOAD_CONST {
                        const_at(cd, second as usize).clone()
                    } else {
                        let b = f.fast.local((second & borrow::ARG_MASK) as usize);
                        if b.is_null() {
                            load_fast!(arg);
                            continue;
                        }
                        fast_copy(b, second)
                    };
                    let a = fast_copy(a, arg);
                    spush!(a);
                    spush!(b);
                    set_ip!(ip + 1);
                    continue;
                }
                load_fast!(arg);
            }
            Opcode::STORE_FAST__LOAD_FAST => {
                let v = spop!();
                set_local(vm, f.fast.local_mut(arg as usize), v);
                let second = instrs.at(ip).arg;
                let b = f.fast.local((second & borrow::ARG_MASK) as usize);
                if !b.is_null() {
                    let b = fast_copy(b, second);
                    spush!(b);
                    set_ip!(ip + 1);
                }
            }
            Opcode::BINARY_OP_FAST_CONST | Opcode::BINARY_OP_FAST_FAST => {
                let i = ip - 1;
                if let Some(r) = fused_binop(f, cd, instrs, i) {
                    store_or_push!(r, i + 3);
                    continue;
                }
                load_fast!(arg);
            }
            Opcode::BINARY_OP_TOS_FAST | Opcode::BINARY_OP_TOS_CONST => {
                let i = ip - 1;
                let fast = ins.op == Opcode::BINARY_OP_TOS_FAST;
                let b = if fast {
                    f.fast.local((arg & borrow::ARG_MASK) as usize)
                } else {
                    const_at(cd, arg as usize)
                };
                if let Some(r) = crate::quicken::binop(stop!(), b, instrs.at(i + 1).arg) {
                    spop!();
                    store_or_push!(r, i + 2);
                    continue;
                }
                if fast {
                    load_fast!(arg);
                } else {
                    spush!(const_at(cd, arg as usize).clone());
                }
            }
            Opcode::BINARY_SUBSCR_FAST_CONST | Opcode::BINARY_SUBSCR_FAST_FAST => {
                let i = ip - 1;
                let konst = ins.op == Opcode::BINARY_SUBSCR_FAST_CONST;
                if let Some(r) = subscr_fused(f, cd, arg, instrs.at(i + 1).arg, konst) {
                    store_or_push!(r, i + 3);
                    continue;
                }
                load_fast!(arg);
            }
            Opcode::AUG_SUBSCR => {
                let i = ip - 1;
                if let Some(next) = aug_subscr_fused(f, cd, instrs, arg, i) {
                    set_ip!(next);
                    continue;
                }
                load_fast!(arg);
            }
            Opcode::STORE_SUBSCR_FAST_CONST | Opcode::STORE_SUBSCR_FAST_FAST => {
                let i = ip - 1;
                let konst = ins.op == Opcode::STORE_SUBSCR_FAST_CONST;
                if store_subscr_fused(f, cd, arg, instrs.at(i + 1).arg, konst) {
                    sp -= 1;
                    set_ip!(i + 3);
                    crate::finalize::poll(vm);
                    continue;
                }
                load_fast!(arg);
            }
            // The attribute groups run whole (quicken.rs): the local's object is read in
            // place, never pushed.
            Opcode::LOAD_FAST__LOAD_ATTR => {
                let (name, cache) = attr_group!(arg);
                let i = (arg & borrow::ARG_MASK) as usize;
                let o = f.fast.local(i);
                let hot = hot_at(cd, ip - 1);
                if let Some(v) = crate::attr::getattr_leaf(o, name, cache, hot) {
                    spush_whole!(v);
                    continue;
                }
                let r = match crate::attr::getattr_fast_other(o, name, cache, hot) {
                    Some(v) => v,
                    None => {
                        // `self.r` where `r` is a property with a Python getter: the
                        // getter runs as an inlined call, whose result is the attribute.
                        if let Some(r) = property_frame(vm, f, cache, i) {
                            switch_to!(push_inline(vm, f, tri!(r)));
                            continue;
                        }
                        tri!(getattr_of_local(vm, f.fast.local(i), name, cache))
                    }
                };
                spush!(r);
            }
            Opcode::LOAD_FAST__LOAD_METHOD => load_fast_method!(arg),
            Opcode::LOAD_FAST__CALL_METHOD => {
                if let Some(r) = builtin_method_call(vm, f, cd, instrs, arg) {
                    resync!();
                    call_result!(r);
                    continue;
                }
                // As LOAD_FAST__LOAD_METHOD, then the group's argument loads (each a
                // bound local or a constant) and its PRECALL__CALL run here, with no
                // dispatch of their own (`self.fn(pkt)` of a Python method); an unbound
                // local or another argument shape is left to the next dispatch.
                load_fast_method!(arg);
                loads_then_call!();
            }
            Opcode::LOAD_FAST__STORE_ATTR => {
                let (name, cache) = attr_group!(arg);
                let v = spop!();
                let o = f.fast.local((arg & borrow::ARG_MASK) as usize);
                if let Err(v) = crate::attr::setattr_fast(o, name, v, cache, hot_at(cd, ip - 1)) {
                    tri!(setattr_of_local(vm, o, name, v, cache));
                }
                crate::finalize::poll(vm);
            }
            Opcode::COPY1__LOAD_ATTR => {
                // As LOAD_ATTR on a copy of the top: the top is read in place.
                let (name, cache) = attr_site!(ip);
                let hot = hot_at(cd, ip - 1);
                if let Some(v) = crate::attr::getattr_leaf(stop!(), name, cache, hot) {
                    spush_whole!(v);
                    continue;
                }
                let r = match crate::attr::getattr_fast_other(stop!(), name, cache, hot) {
                    Some(v) => v,
                    None => tri!(getattr_of_local(vm, stop!(), name, cache)),
                };
                spush!(r);
            }
            Opcode::SWAP2__STORE_ATTR => {
                // As STORE_ATTR with the owner and the value in their order before the swap.
                let store_arg = instrs.at(ip).arg;
                let (name, cache) = attr_site!(ip);
                let v = spop!();
                let o = borrow::operand(spop!(), store_arg, true, vm);
                if let Err(v) = crate::attr::setattr_fast(&o, name, v, cache, hot_at(cd, ip - 1)) {
                    tri!(crate::attr::setattr_at(vm, &o, name, v, cache));
                }
                o.done();
                crate::finalize::poll(vm);
            }
            Opcode::BUILD_SLICE__BINARY_SUBSCR => {
                let subscr_arg = instrs.at(ip).arg;
                set_ip!(ip + 1);
                let bounds = slice_bounds!(arg);
                let o = borrow::operand(spop!(), subscr_arg, true, vm);
                let r = tri!(subscr_slice(vm, &o, bounds));
                o.done();
                spush!(r);
            }
            Opcode::BUILD_SLICE__STORE_SUBSCR => {
                let store_arg = instrs.at(ip).arg;
                set_ip!(ip + 1);
                let bounds = slice_bounds!(arg);
                let o = borrow::operand(spop!(), store_arg, true, vm);
                let v = spop!();
                tri!(store_slice(vm, &o, bounds, v));
                o.done();
                crate::finalize::poll(vm);
            }
            Opcode::COPY2__BINARY_SUBSCR => {
                set_ip!(ip + 2);
                let (c, k) = (speek!(2), speek!(1));
                let r = match subscr_fast(c, k) {
                    Some(r) => r,
                    None => tri!(crate::ops::getitem(vm, c, k)),
                };
                spush!(r);
            }
            Opcode::SWAP3__STORE_SUBSCR => {
                // As STORE_SUBSCR with the three values in their order before the swaps.
                let store_arg = instrs.at(ip + 1).arg;
                set_ip!(ip + 2);
                let v = spop!();
                let k = spop!();
                let o = borrow::operand(spop!(), store_arg, true, vm);
                if let Some(v) = store_subscr_fast(&o, &k, v) {
                    tri!(crate::ops::setitem(vm, &o, k, v));
                }
                o.done();
                crate::finalize::poll(vm);
            }
            Opcode::COMPARE_FAST_CONST_JUMP | Opcode::COMPARE_FAST_FAST_JUMP => {
                let i = ip - 1;
                let konst = ins.op == Opcode::COMPARE_FAST_CONST_JUMP;
                let (a, b) = fused_operands(f, cd, arg, instrs.at(i + 1).arg, konst);
                if let Some(t) =
                    crate::quicken::compare(a, b, instrs.at(i + 2).arg & borrow::ARG_MASK)
                {
                    let jump = instrs.at(i + 3);
                    let take = match jump.op {
                        Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE => t,
                        _ => !t,
                    };
                    set_ip!(if take { jump.arg as usize } else { i + 4 });
                    continue;
                }
                load_fast!(arg);
            }
            Opcode::LOAD_CONST => {
                spush!(const_at(cd, arg as usize).clone());
            }
            Opcode::POP_TOP => {
                let v = spop!();
                if let Value::Obj(_) = v {
                    drop(v);
                    crate::finalize::poll(vm);
                }
            }
            Opcode::PUSH_NULL => {
                spush!(Value::Null);
                loads_then_call!();
            }
            Opcode::COPY => {
                let v = f.stack[sp - arg as usize].clone();
                spush!(v);
            }
            Opcode::SWAP => {
                let n = sp;
                f.stack.swap(n - 1, n - arg as usize);
            }
            Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL__LOAD_SUPER_METHOD => {
                if ins.op == Opcode::LOAD_GLOBAL__LOAD_SUPER_METHOD
                    && load_super_method(f, cd, instrs)
                {
                    resync!();
                    continue;
                }
                let borrowed = arg & borrow::BORROW != 0;
                let arg = arg & borrow::ARG_MASK;
                let idx = (arg >> 1) as usize;
                if arg & 1 == 1 {
                    spush!(Value::Null);
                }
                let v = 'found: {
                    if let Some(vers) = f.nsver.load() {
                        if let Some(v) = cache_at(cd, ip - 1).get_global(vers.0, vers.1) {
                            break 'found v;
                        }
                    }
                    tri!(load_global_miss(vm, f, cd, idx, borrowed))
                };
                if borrowed {
                    vm.gborrows.set(vm.gborrows.get() + 1);
                }
                spush!(v);
                // A call of the global on one argument, a local or an inline binary
                // operation (`f(x)`, `fib(n - 1)`): the argument's group and the
                // PRECALL__CALL run here, with no dispatch of their own. Anything else
                // (another argument shape, an operation off its fast path) is left to
                // the next dispatch, as written.
                let g = instrs.at(ip);
                let i = ip;
                // The call's argument count when the argument has been pushed (one
                // `call!` below serves every shape: each copy is a few KiB of `step`).
                let call_n = match g.op {
                    Opcode::BINARY_OP_FAST_CONST | Opcode::BINARY_OP_FAST_FAST => {
                        let c = instrs.at(i + 3);
                        if c.op == Opcode::PRECALL__CALL {
                            fused_binop(f, cd, instrs, i).map(|r| {
                                spush!(r);
                                set_ip!(i + 5);
                                c.arg
                            })
                        } else {
                            // `TABLE[k % 20]`: the global an exact list or tuple and the
                            // index an int in range, else the group runs as written.
                            if c.op == Opcode::BINARY_SUBSCR {
                                if let Some(item) = global_item(vm, f, cd, instrs, i) {
                                    sp -= 1;
                                    store_or_push!(item, i + 4);
                                }
                            }
                            None
                        }
                    }
                    Opcode::BINARY_SUBSCR_FAST_CONST | Opcode::BINARY_SUBSCR_FAST_FAST => {
                        // `int(fields[0])`: the item of a local list or tuple.
                        let c = instrs.at(i + 3);
                        let konst = g.op == Opcode::BINARY_SUBSCR_FAST_CONST;
                        if c.op != Opcode::PRECALL__CALL {
                            None
                        } else if let Some(r) =
                            subscr_fused(f, cd, g.arg, instrs.at(i + 1).arg, konst)
                        {
                            spush!(r);
                            set_ip!(i + 5);
                            Some(c.arg)
                        } else {
                            None
                        }
                    }
                    Opcode::LOAD_FAST => {
                        let c = instrs.at(i + 1);
                        if c.op == Opcode::PRECALL__CALL {
                            set_ip!(i + 1);
                            load_fast!(g.arg);
                            set_ip!(i + 3);
                            Some(c.arg)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                if let Some(n) = call_n {
                    call!(n);
                }
            }
            Opcode::LOAD_DEREF
            | Opcode::LOAD_DEREF__CALL_METHOD
            | Opcode::LOAD_DEREF__CONTAINS_JUMP => {
                if ins.op == Opcode::LOAD_DEREF__CONTAINS_JUMP {
                    // `if k in s:` on a free variable's set, without a reference to it.
                    let c = instrs.at(ip);
                    debug_assert!(sp > 0);
                    // SAFETY: the group's CONTAINS_OP finds its left operand, the key, on
                    // the stack below the container it is about to load.
                    let key = unsafe { f.stack.get_unchecked(sp - 1) };
                    if let Some(t) = deref_contains(f.fast.local(arg as usize), key) {
                        borrow::operand(spop!(), c.arg, true, vm).done();
                        set_ip!(ip + 1);
                        cond_jump!(t != (c.arg & borrow::ARG_MASK == 1));
                        continue;
                    }
                }
                // A free variable's built-in method call (`seen.add(x)` in a closure):
                // as LOAD_FAST__CALL_METHOD, on the cell's object.
                if ins.op == Opcode::LOAD_DEREF__CALL_METHOD {
                    if let Some(r) = deref_method_call(vm, f, cd, instrs, arg) {
                        resync!();
                        call_result!(r);
                        continue;
                    }
                }
                let v = cell_get(f.fast.local(arg as usize));
                if v.is_null() {
                    return Err((deref_error(vm, cd, arg as usize), false));
                }
                spush!(v);
            }
            Opcode::STORE_DEREF => {
                let v = spop!();
                cell_set(f.fast.local(arg as usize), v);
            }
            Opcode::BINARY_OP => {
                let b = spop!();
                let a = spop!();
                let r = match crate::quicken::binop(&a, &b, arg) {
                    Some(r) => r,
                    None => tri!(binary_op_slow(vm, f, instrs.at(ip), a, b, arg)),
                };
                spush_whole!(r);
            }
            Opcode::BINARY_OP__NEXT => {
                let b = spop!();
                let a = spop!();
                match crate::quicken::binop(&a, &b, arg) {
                    Some(r) => {
                        // The next instruction was a STORE_FAST or a BINARY_OP, and
                        // may have become the start of a group itself (quicken.rs):
                        // a plain STORE_FAST is done here, and a BINARY_OP, on two
                        // numbers, combines `r` with the value below it (`a * b + c`).
                        let next = instrs.at(ip);
                        let combined = match next.op {
                            Opcode::BINARY_OP | Opcode::BINARY_OP__NEXT => {
                                crate::quicken::binop(stop!(), &r, next.arg)
                            }
                            _ => None,
                        };
                        if next.op == Opcode::STORE_FAST {
                            set_ip!(ip + 1);
                            set_local(vm, f.fast.local_mut(next.arg as usize), r);
                        } else if let Some(r2) = combined {
                            // Numbers: nothing to release.
                            spop!();
                            spush_whole!(r2);
                            set_ip!(ip + 1);
                        } else {
                            spush_whole!(r);
                        }
                    }
                    None => {
                        let r = tri!(binary_op_slow(vm, f, instrs.at(ip), a, b, arg));
                        spush!(r);
                    }
                }
            }
            Opcode::COMPARE_OP | Opcode::COMPARE_OP__JUMP => {
                let b = borrow::operand(spop!(), arg, false, vm);
                let a = borrow::operand(spop!(), arg, true, vm);
                let r = match crate::quicken::compare(&a, &b, arg & borrow::ARG_MASK) {
                    Some(t) => Value::Bool(t),
                    None => tri!(compare_general(vm, &a, &b, arg)),
                };
                a.done();
                b.done();
                match r {
                    Value::Bool(t) if ins.op == Opcode::COMPARE_OP__JUMP => cond_jump!(t),
                    // Not a bool (or no jump fused): pushed; a fused jump then runs as
                    // written and tests its truth.
                    r => spush!(r),
                }
            }
            Opcode::IS_OP => {
                let b = borrow::operand(spop!(), arg, false, vm);
                let a = borrow::operand(spop!(), arg, true, vm);
                let invert = arg & borrow::ARG_MASK == 1;
                let r = a.is(&b) != invert;
                a.done();
                b.done();
                spush!(Value::Bool(r));
            }
            Opcode::CONTAINS_OP | Opcode::CONTAINS_OP__JUMP => {
                let b = borrow::operand(spop!(), arg, false, vm);
                let a = borrow::operand(spop!(), arg, true, vm);
                let invert = arg & borrow::ARG_MASK == 1;
                let r = tri!(crate::ops::contains(vm, &b, &a)) != invert;
                a.done();
                b.done();
                if ins.op == Opcode::CONTAINS_OP {
                    spush!(Value::Bool(r));
                } else {
                    cond_jump!(r);
                }
            }
            Opcode::UNARY_NOT => {
                let v = spop!();
                let t = tri!(vm.truthy(&v));
                spush!(Value::Bool(!t));
            }
            Opcode::BINARY_SUBSCR => {
                let k = borrow::operand(spop!(), arg, false, vm);
                let o = borrow::operand(spop!(), arg, true, vm);
                let r = match subscr_fast(&o, &k) {
                    Some(r) => r,
                    None => {
                        // `self.items[i]` on an instance of a class written in Python:
                        // its `__getitem__` runs as an inlined call, whose result is
                        // the item (CPython's BINARY_SUBSCR_GETITEM).
                        if let Some(r) = getitem_frame(vm, f, &o, &k) {
                            o.done();
                            k.done();
                            switch_to!(push_inline(vm, f, tri!(r)));
                            continue;
                        }
                        tri!(crate::ops::getitem(vm, &o, &k))
                    }
                };
                o.done();
                k.done();
                spush_whole!(r);
            }
            Opcode::STORE_SUBSCR => {
                let k = spop!();
                let o = borrow::operand(spop!(), arg, true, vm);
                let v = spop!();
                if let Some(v) = store_subscr_fast(&o, &k, v) {
                    tri!(crate::ops::setitem(vm, &o, k, v));
                }
                o.done();
                crate::finalize::poll(vm);
            }
            Opcode::POP_JUMP_FORWARD_IF_FALSE | Opcode::POP_JUMP_BACKWARD_IF_FALSE => {
                let v = spop!();
                let t = match v {
                    Value::Bool(b) => b,
                    ref v => tri!(vm.truthy(v)),
                };
                if !t {
                    set_ip!(arg as usize);
                }
            }
            Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE => {
                let v = spop!();
                let t = match v {
                    Value::Bool(b) => b,
                    ref v => tri!(vm.truthy(v)),
                };
                if t {
                    set_ip!(arg as usize);
                }
            }
            Opcode::POP_JUMP_FORWARD_IF_NONE | Opcode::POP_JUMP_BACKWARD_IF_NONE => {
                if spop!().is_none() {
                    set_ip!(arg as usize);
                }
            }
            Opcode::POP_JUMP_FORWARD_IF_NOT_NONE | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                if !spop!().is_none() {
                    set_ip!(arg as usize);
                }
            }
            Opcode::JUMP_IF_FALSE_OR_POP => {
                let t = tri!(vm.truthy(stop!()));
                if !t {
                    set_ip!(arg as usize);
                } else {
                    spop!();
                }
            }
            Opcode::JUMP_IF_TRUE_OR_POP => {
                let t = tri!(vm.truthy(stop!()));
                if t {
                    set_ip!(arg as usize);
                } else {
                    spop!();
                }
            }
            Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => set_ip!(arg as usize),
            Opcode::JUMP_BACKWARD => {
                // Checked before jumping, so that an exception (KeyboardInterrupt) is
                // raised at this instruction.
                if gil {
                    crate::gil::maybe_yield(vm);
                }
                tri!(crate::interp_checks(vm));
                let target = instrs.at(arg as usize);
                if matches!(target.op, Opcode::FOR_ITER | Opcode::FOR_ITER__STORE_FAST) {
                    set_ip!(arg as usize + 1);
                    for_iter!(target.op, target.arg);
                } else {
                    set_ip!(arg as usize);
                }
            }
            Opcode::GET_ITER => {
                let v = spop!();
                let it = tri!(vm.iter(&v));
                spush!(it);
            }
            Opcode::FOR_ITER | Opcode::FOR_ITER__STORE_FAST => for_iter!(ins.op, arg),
            Opcode::UNPACK_SEQUENCE | Opcode::UNPACK_SEQUENCE__STORE_FAST => {
                let v = spop!();
                if ins.op == Opcode::UNPACK_SEQUENCE__STORE_FAST
                    && unpack_store(vm, f, instrs, &v, arg as usize)
                {
                    resync!();
                    continue;
                }
                if unpack_exact(&v, arg as usize, &mut f.stack) {
                    sp = f.stack.len();
                    continue;
                }
                let items = tri!(unpack(vm, &v, arg as usize, None));
                for x in items.into_iter().rev() {
                    spush!(x);
                }
            }
            Opcode::BUILD_TUPLE => {
                let n = sp - arg as usize;
                let t = crate::new_tuple_from_stack(&mut f.stack, n);
                sp = n;
                spush!(t);
            }
            Opcode::LIST_APPEND => {
                let v = spop!();
                let l = &f.stack[sp - arg as usize];
                if let Some(Payload::List(l)) = l.payload() {
                    l.write().push(v);
                }
            }
            Opcode::LOAD_ATTR => {
                let o = borrow::operand(spop!(), arg, true, vm);
                let name = name_at(cd, (arg & borrow::ARG_MASK) as usize);
                let cache = cache_at(cd, ip - 1);
                let hot = hot_at(cd, ip - 1);
                if let Some(v) = crate::attr::getattr_leaf(&o, name, cache, hot) {
                    o.done();
                    spush_whole!(v);
                    continue;
                }
                let r = match crate::attr::getattr_fast_other(&o, name, cache, hot) {
                    Some(v) => v,
                    None => tri!(crate::attr::getattr_at(vm, &o, name, cache)),
                };
                o.done();
                spush!(r);
            }
            Opcode::STORE_ATTR => {
                let o = borrow::operand(spop!(), arg, true, vm);
                let v = spop!();
                let name = name_at(cd, (arg & borrow::ARG_MASK) as usize);
                let cache = cache_at(cd, ip - 1);
                if let Err(v) = crate::attr::setattr_fast(&o, name, v, cache, hot_at(cd, ip - 1)) {
                    tri!(crate::attr::setattr_at(vm, &o, name, v, cache));
                }
                o.done();
                crate::finalize::poll(vm);
            }
            Opcode::LOAD_METHOD => {
                let o = borrow::operand(spop!(), arg, true, vm);
                let name = name_at(cd, (arg & borrow::ARG_MASK) as usize);
                let cache = cache_at(cd, ip - 1);
                if let Some(m) = crate::attr::builtin_method_of(&o, cache) {
                    spush!(Value::Obj(m));
                    spush!(o.into_value());
                    continue;
                }
                let (m, slf) = match crate::attr::load_method_fast(&o, name, cache) {
                    Some(m) => (m, Some(o.into_value())),
                    None => {
                        let r = tri!(crate::attr::load_method_at(vm, &o, name, cache));
                        o.done();
                        r
                    }
                };
                match slf {
                    Some(s) => {
                        spush!(m);
                        spush!(s);
                    }
                    None => {
                        spush!(Value::Null);
                        spush!(m);
                    }
                }
            }
            Opcode::KW_NAMES => f.kw_names = Some(arg),
            Opcode::MAKE_CELL
            | Opcode::COPY_FREE_VARS
            | Opcode::LOAD_CLOSURE
            | Opcode::MAKE_FUNCTION
            | Opcode::BUILD_TUPLE__MAKE_FUNCTION => {
                closure_op(vm, f, ins, gil);
                resync!();
            }
            Opcode::CALL | Opcode::PRECALL__CALL => {
                if ins.op == Opcode::PRECALL__CALL {
                    // Skip the CALL itself; tracebacks point at it, as for a plain CALL.
                    set_ip!(ip + 1);
                }
                call!(arg);
            }
            Opcode::RETURN_VALUE
            | Opcode::LOAD_FAST__RETURN_VALUE
            | Opcode::LOAD_CONST__RETURN_VALUE => {
                let v = match ins.op {
                    Opcode::RETURN_VALUE => spop!(),
                    // `return None` (every function's implicit end) and `return x`: the
                    // value is returned without a push and a dispatch.
                    Opcode::LOAD_CONST__RETURN_VALUE => {
                        set_ip!(ip + 1);
                        const_at(cd, arg as usize).clone()
                    }
                    _ => {
                        let i = (arg & borrow::ARG_MASK) as usize;
                        let v = f.fast.local(i);
                        if v.is_null() {
                            return Err((unbound_local(vm, cd, i), false));
                        }
                        set_ip!(ip + 1);
                        v.clone()
                    }
                };
                if f.caller.0.is_null() {
                    return Ok(Exit::Return(v));
                }
                // Return from an inlined call: resume the caller after its CALL.
                let init_self = std::mem::replace(&mut f.init_self, Value::Null);
                switch_to!(pop_inline(vm, *cur));
                if init_self.is_null() {
                    spush!(v);
                } else {
                    // An inlined `__init__`, which also held the class call's recursion
                    // level (`call::inline_init`).
                    vm.leave();
                    if v.is_none() {
                        // The CALL of the class gives the instance.
                        spush!(init_self);
                    } else {
                        return Err((crate::call::init_not_none(vm, &v), false));
                    }
                }
                crate::finalize::poll(vm);
            }
            Opcode::YIELD_VALUE => {
                let v = spop!();
                return Ok(Exit::Yield(v));
            }
            cold_opcodes!() => match step_cold(vm, f, cd, ins) {
                Ok(Flow::Next) => resync!(),
                Ok(Flow::Exit(e)) => return Ok(e),
                Err(e) => return Err(e),
            },
        }
    }
}

/// The thread's cache entry key for the LOAD_GLOBAL just run (`thread_globals.rs`).
#[inline(always)]
fn global_site(
    f: &Frame,
    cd: &crate::types::function::CodeData,
    gd: &ObjRef,
    gver: u64,
    bver: u64,
) -> crate::thread_globals::Site {
    crate::thread_globals::Site {
        code: cd as *const _ as usize,
        pc: (f.ip - 1) as u32,
        globals: gd.id(),
        gver,
        bver,
    }
}

/// LOAD_GLOBAL when the site's inline cache does not hold the name for the namespaces'
/// current versions (always, for a global that is a counted object, such as a
/// module-level list): the value the thread's cache of borrowed globals holds for the
/// site, else the namespaces themselves ([`load_global_slow`], refilling both caches).
/// The cache hit is kept small, apart from the lookup's larger body, since a program
/// reading such a global in a loop comes here every time.
#[inline(never)]
fn load_global_miss(
    vm: &Vm,
    f: &Frame,
    cd: &crate::types::function::CodeData,
    idx: usize,
    borrowed: bool,
) -> PyResult<Value> {
    if let Some((gv, bv)) = f.nsver.load() {
        let gd = f.globals.dict.as_ref().unwrap_or(&f.globals);
        let site = global_site(f, cd, gd, gv, bv);
        if let Some(v) = vm.tglobals.borrow().get(&site) {
            if borrowed {
                return Ok(v);
            }
            // A consumer that keeps the value (`y = G`): a counted copy of the slot's.
            let owned = v.clone();
            std::mem::forget(v);
            return Ok(owned);
        }
    }
    load_global_slow(vm, f, cd, idx, borrowed)
}

/// [`load_global_miss`] past the thread's cache: look the name up and cache it.
#[inline(never)]
fn load_global_slow(
    vm: &Vm,
    f: &Frame,
    cd: &crate::types::function::CodeData,
    idx: usize,
    borrowed: bool,
) -> PyResult<Value> {
    let gd = f.globals.dict.as_ref().unwrap_or(&f.globals);
    let bd = f.builtins.dict.as_ref().unwrap_or(&f.builtins);
    let (g, b) = (dict_of(gd), dict_of(bd));
    // The versions are read before the lookup: a store after it changes them, so a
    // value cached under them is never one a later store replaced.
    let cacheable = !f.nsver.is_none();
    let (gv, bv) = (
        g.version.load(Ordering::Acquire),
        b.version.load(Ordering::Acquire),
    );
    let cache = cache_at(cd, f.ip - 1);
    let site = global_site(f, cd, gd, gv, bv);
    let name = &cd.names[idx];
    let h = cd.name_hashes[idx];
    let v = match g.get_str(name, h) {
        Some(v) => v,
        None => match b.get_str(name, h) {
            Some(v) => v,
            None => return Err(vm.name_error(&cd.code.names[idx])),
        },
    };
    if cacheable {
        cache.put_global(gv, bv, &v);
    }
    Ok(match &v {
        // A counted object read by a borrowing consumer: the thread's cache keeps the
        // reference, the stack gets an uncounted copy.
        Value::Obj(o) if borrowed && !o.is_immortal() => {
            if cacheable && vm.gborrows.get() == 0 {
                // No borrowed copy open: what the slot held can go now.
                let (copy, dead) = vm.tglobals.borrow_mut().put_unborrowed(site, v);
                drop(dead);
                return Ok(copy);
            }
            let mut t = vm.tglobals.borrow_mut();
            if cacheable {
                t.put(site, v)
            } else {
                t.keep(v)
            }
        }
        // Kept by the consumer: the thread's cache gets a counted reference of its own,
        // so the next read skips the dict lookup (only when no borrowed copy is open,
        // so that the slot's old value can be dropped at once).
        Value::Obj(o) if cacheable && !o.is_immortal() && vm.gborrows.get() == 0 => {
            let (copy, dead) = vm.tglobals.borrow_mut().put_unborrowed(site, v.clone());
            std::mem::forget(copy);
            drop(dead);
            v
        }
        _ => v,
    })
}

/// COMPARE_OP's general path (the operands are not two numbers), out of line.
#[inline(never)]
fn compare_general(vm: &Vm, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    crate::ops::compare(
        vm,
        a,
        b,
        crate::ops::CmpOp::from_arg(arg & borrow::ARG_MASK),
    )
}

/// The general paths of the attribute groups (quicken.rs), out of line, on an object
/// read in place (a local, or the top of the stack for `COPY1__LOAD_ATTR`): it is
/// counted first, since they may run Python code.
#[inline(never)]
fn getattr_of_local(
    vm: &Vm,
    o: &Value,
    name: &Value,
    cache: &crate::inline_cache::InlineCache,
) -> PyResult<Value> {
    crate::attr::getattr_at(vm, &o.clone(), name, cache)
}

/// The `LOAD_FAST__CALL_METHOD` group at the frame's next instruction (its
/// LOAD_METHOD; `x.name(a, b)`, up to two arguments each a local or a constant) when `x`
/// is an instance of the built-in class whose method `name` the LOAD_METHOD's cache
/// keeps (`attr::builtin_method_of`): the native function is called on `x` and the
/// arguments read in place, with nothing pushed and no reference counted (CPython 3.11
/// specialises the same calls: `PRECALL_NO_KW_METHOD_DESCRIPTOR_O`,
/// `PRECALL_NO_KW_LIST_APPEND`). The frame's next instruction is set past the CALL
/// first, so an error points at the CALL. None (nothing done): run the group as written.
#[inline(always)]
fn builtin_method_call(
    vm: &Vm,
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    arg: u32,
) -> Option<PyResult<Value>> {
    let x = f.fast.local((arg & borrow::ARG_MASK) as usize);
    // SAFETY: a bitwise copy, never dropped: the frame's local keeps the object alive for
    // the call (a frame's locals are only written by the thread running it, which is
    // inside this call; see borrow.rs).
    let x = std::mem::ManuallyDrop::new(unsafe { borrow::borrow(x) });
    call_builtin_method(vm, f, cd, instrs, &x)
}

/// [`call_builtin_method`] for a `LOAD_DEREF__CALL_METHOD` group on the object in cell
/// `arg`, which the reference taken here keeps alive for the call (the call may run
/// Python code that rebinds the variable). None: an empty cell or no built-in method
/// call; the group runs as written. Out of line, cell read included: inlined, it made
/// LLVM allocate `step`'s registers worse (measured: +10 instructions per Python call).
#[inline(never)]
fn deref_method_call(
    vm: &Vm,
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    arg: u32,
) -> Option<PyResult<Value>> {
    let x = cell_get(f.fast.local(arg as usize));
    if x.is_null() {
        return None;
    }
    call_builtin_method(vm, f, cd, instrs, &x)
}

/// `key in s` for a `LOAD_DEREF__CONTAINS_JUMP` group, when cell `cell` holds an exact
/// set, frozenset or dict, `key` is an int or an exact str, and the answer needs no
/// Python code (`PySet::find_simple`, `Dict::contains_simple`); `None` sends the group
/// down its fallback. The container is borrowed in place under the cell's owner bias
/// (`OwnedRwLock::with_owned`): no other thread can rebind the cell meanwhile, and
/// nothing here runs Python code that could, so it stays alive without a reference
/// being counted (the clone and drop of `LOAD_DEREF` and `CONTAINS_OP`'s operands cost
/// ~60 of the ~250 instructions of `c in cols`).
#[inline(never)]
fn deref_contains(cell: &Value, key: &Value) -> Option<bool> {
    let hash = match key {
        Value::Int(i) => crate::ops::hash_int(*i),
        Value::Obj(k) => match &k.payload {
            Payload::Str(s) if crate::types::dict::is_exact_str(k) => s.hash(),
            _ => return None,
        },
        _ => return None,
    };
    let Some(Payload::Cell(m)) = cell.payload() else {
        return None;
    };
    m.with_owned(|v| match v {
        Value::Obj(o) => match &o.payload {
            Payload::Set(s) if !crate::types::typeobj::tdata(&o.class).heap => {
                s.find_simple(hash, key)
            }
            Payload::Dict(d) if !crate::types::typeobj::tdata(&o.class).heap => {
                d.contains_simple(hash, key)
            }
            _ => None,
        },
        _ => None,
    })
    .flatten()
}

/// The method call of a `LOAD_FAST__CALL_METHOD` or `LOAD_DEREF__CALL_METHOD` group on
/// `x`, the loaded receiver, which the caller keeps alive for the call (see
/// [`builtin_method_call`]).
#[inline(always)]
fn call_builtin_method(
    vm: &Vm,
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    x: &Value,
) -> Option<PyResult<Value>> {
    let lm = f.ip;
    let m = crate::attr::builtin_method_ref(x, cache_at(cd, lm))?;
    let Payload::Builtin(b) = &m.payload else {
        return None;
    };
    // The arguments: the loads between the LOAD_METHOD and the PRECALL__CALL (`n`
    // instructions for `k` arguments), or one computed by a fused binary operation.
    let (k, n) = if instrs.at(lm + 1).op == Opcode::PRECALL__CALL {
        (0, 0)
    } else if instrs.at(lm + 2).op == Opcode::PRECALL__CALL {
        (1, 1)
    } else if instrs.at(lm + 3).op == Opcode::PRECALL__CALL {
        (2, 2)
    } else {
        (1, 3)
    };
    if b.check
        .is_some_and(|c| c.new_of || k < c.min as usize || k > c.max as usize)
    {
        return None;
    }
    // A LOAD_CONST's constant or a bound LOAD_FAST's local.
    #[inline(always)]
    fn operand<'a>(
        f: &'a Frame,
        cd: &'a crate::types::function::CodeData,
        ins: weft_compiler::Instr,
    ) -> Option<&'a Value> {
        if ins.op == Opcode::LOAD_CONST {
            return Some(const_at(cd, ins.arg as usize));
        }
        let v = f.fast.local((ins.arg & borrow::ARG_MASK) as usize);
        (!v.is_null()).then_some(v)
    }
    // A computed argument: a number (`quicken::binop` makes no other), which owns
    // nothing, so its bitwise copy below needs no drop either.
    let computed;
    let (a1, a2) = match n {
        0 => (&Value::None, &Value::None),
        1 => (operand(f, cd, instrs.at(lm + 1))?, &Value::None),
        2 => (
            operand(f, cd, instrs.at(lm + 1))?,
            operand(f, cd, instrs.at(lm + 2))?,
        ),
        _ => {
            let g = instrs.at(lm + 1);
            if !matches!(
                g.op,
                Opcode::BINARY_OP_FAST_FAST | Opcode::BINARY_OP_FAST_CONST
            ) {
                return None;
            }
            computed = fused_binop(f, cd, instrs, lm + 1)?;
            (&computed, &Value::None)
        }
    };
    // SAFETY: bitwise copies, never dropped: the caller keeps `x` alive, and the frame's
    // locals and its code's constants keep the arguments alive for the call (a frame's
    // locals are only written by the thread running it, which is inside this call);
    // `computed` lives to the end of this function.
    let args = std::mem::ManuallyDrop::new(unsafe {
        [borrow::borrow(x), borrow::borrow(a1), borrow::borrow(a2)]
    });
    let func = b.func;
    f.ip = lm + n + 3;
    Some(func(vm, &args[..=k], &[]))
}

/// The frame of the property getter that local `i`'s attribute at `cache` reads
/// (`attr::property_getter`), built as CALL's fast path builds a callee's (the getter
/// and the instance pushed, then taken as its arguments), for the eval loop to run
/// inline; its return value is pushed as the attribute. None (stack unchanged): the
/// attribute takes the general path. Cold: it only runs when the attribute's fast path
/// has missed, and marked so it keeps the eval loop's common paths as they were laid out.
#[cold]
#[inline(never)]
fn property_frame(
    vm: &Vm,
    f: &mut Frame,
    cache: &crate::inline_cache::InlineCache,
    i: usize,
) -> Option<PyResult<Box<Frame>>> {
    let g = crate::attr::property_getter(f.fast.local(i), cache)?;
    let o = f.fast.local(i).clone();
    inline_call(vm, f, g, &[&o])
}

/// The special method `name` of `o` when `o` is an instance of a class written in
/// Python (no built-in base, so no built-in slot answers for it) and the method is a
/// plain Python function of `nparams` positional parameters, which CALL's fast path
/// can run inline.
#[inline(always)]
fn inline_special(o: &Value, name: &'static str, nparams: usize) -> Option<Value> {
    let Value::Obj(ob) = o else { return None };
    if !matches!(ob.payload, Payload::Plain | Payload::Slots(_))
        || !crate::types::typeobj::tdata(&ob.class).heap
    {
        return None;
    }
    let g = crate::types::typeobj::lookup_static(&ob.class, name)?;
    match g.payload() {
        Some(Payload::Function(func)) if func.code_data().inline_args == Some(nparams) => Some(g),
        _ => None,
    }
}

/// The frame of the call `g(*args)`, built as CALL's fast path builds a callee's (the
/// function and its arguments pushed, then taken off as the frame's), for the eval loop
/// to run inline. None (stack unchanged): the caller takes the general path.
///
/// The pushes are unchecked: the instructions that come here (a `self.x` group, which
/// pushes one value; BINARY_SUBSCR, which has popped its two operands; FOR_ITER, which
/// pushes one value) reach at most one value past their own stack effect, within the two
/// spare slots of the stack's room (see `ValueStack`).
/// The arguments are cloned as they are pushed: an array of them built first and moved
/// in stalled on store forwarding (`o[k]` 10% slower).
#[inline(always)]
fn inline_call(vm: &Vm, f: &mut Frame, g: Value, args: &[&Value]) -> Option<PyResult<Box<Frame>>> {
    let at = f.stack.len();
    f.stack.spush(g);
    for a in args {
        f.stack.spush((*a).clone());
    }
    let r = crate::call::inline_frame(vm, &mut f.stack, at);
    if r.is_none() {
        crate::value::truncate_values(&mut f.stack, at);
    }
    r
}

/// The frame of `o.__getitem__(k)` for a Python `__getitem__` ([`inline_special`]), for
/// BINARY_SUBSCR to run inline; its return value is pushed as the item. None: the
/// general path (`ops::getitem`). Cold for the layout of `step`, as [`property_frame`].
#[cold]
#[inline(never)]
fn getitem_frame(vm: &Vm, f: &mut Frame, o: &Value, k: &Value) -> Option<PyResult<Box<Frame>>> {
    let g = inline_special(o, "__getitem__", 2)?;
    inline_call(vm, f, g, &[o, k])
}

/// The frame of `it.__next__()` for the iterator on top of the stack, for a Python
/// `__next__` ([`inline_special`]), for FOR_ITER to run inline: its return value is
/// pushed as the item, and a StopIteration it raises ends the loop (`ends_for_loop`).
/// None: the general path (`Vm::next`). Cold for the layout of `step`.
#[cold]
#[inline(never)]
fn next_frame(vm: &Vm, f: &mut Frame) -> Option<PyResult<Box<Frame>>> {
    let it = f.stack.last()?.clone();
    let g = inline_special(&it, "__next__", 1)?;
    inline_call(vm, f, g, &[&it])
}

/// Whether `err`, raised by a frame just popped, was a StopIteration from the `__next__`
/// that `caller`'s FOR_ITER ran inline ([`next_frame`]): the loop is then over, as
/// CPython's `tp_iternext` slot ends it, and the caller goes on at the loop's end with
/// the iterator popped. FOR_ITER makes no other inlined call, so a caller stopped at
/// one can only have been running a `__next__`.
#[cold]
fn ends_for_loop(vm: &Vm, caller: &mut Frame, err: &PyErr) -> bool {
    if caller.reraise_at.is_some() || caller.ip == 0 {
        return false;
    }
    let ins = caller.code_data().exec[caller.ip - 1];
    if !matches!(ins.op, Opcode::FOR_ITER | Opcode::FOR_ITER__STORE_FAST)
        || !vm.err_matches(err, "StopIteration")
    {
        return false;
    }
    drop(caller.stack.pop());
    caller.ip = ins.arg as usize;
    true
}

#[inline(never)]
fn method_of_local(
    vm: &Vm,
    o: &Value,
    name: &Value,
    cache: &crate::inline_cache::InlineCache,
) -> PyResult<(Value, Value)> {
    let o = o.clone();
    Ok(match crate::attr::load_method_at(vm, &o, name, cache)? {
        (m, Some(s)) => (m, s),
        (m, None) => (Value::Null, m),
    })
}

#[inline(never)]
fn setattr_of_local(
    vm: &Vm,
    o: &Value,
    name: &Value,
    v: Value,
    cache: &crate::inline_cache::InlineCache,
) -> PyResult<()> {
    crate::attr::setattr_at(vm, &o.clone(), name, v, cache)
}

/// `o[start:stop:step]` (BUILD_SLICE__BINARY_SUBSCR): an exact list or tuple is sliced
/// from the bounds themselves; anything else gets the slice object BUILD_SLICE makes.
#[inline(never)]
fn subscr_slice(vm: &Vm, o: &Value, s: [Value; 3]) -> PyResult<Value> {
    if let Value::Obj(obj) = o {
        if !crate::types::typeobj::tdata(&obj.class).heap {
            match &obj.payload {
                Payload::List(l) => return crate::types::list::list_slice(vm, l, &s),
                Payload::Tuple(t) => return crate::types::tuple::tuple_slice(vm, o, t, &s),
                _ => {}
            }
        }
    }
    crate::ops::getitem(vm, o, &crate::types::slice::new_slice(s))
}

/// `o[start:stop:step] = v` (BUILD_SLICE__STORE_SUBSCR): an exact list takes the
/// bounds themselves; anything else gets the slice object BUILD_SLICE makes.
#[inline(never)]
fn store_slice(vm: &Vm, o: &Value, s: [Value; 3], v: Value) -> PyResult<()> {
    if let Value::Obj(obj) = o {
        if let Payload::List(l) = &obj.payload {
            if !crate::types::typeobj::tdata(&obj.class).heap {
                return crate::types::list::list_set_slice(vm, l, &s, &v);
            }
        }
    }
    crate::ops::setitem(vm, o, crate::types::slice::new_slice(s), v)
}

/// The `UNPACK_SEQUENCE n; STORE_FAST` x n group: an exact tuple or list of exactly `n`
/// items (n <= 3) has them stored in the group's locals, in the order the STORE_FASTs
/// would, and the frame's next instruction set past the group; false (nothing done)
/// for anything else.
#[inline(always)]
fn unpack_store(vm: &Vm, f: &mut Frame, instrs: Instrs, v: &Value, n: usize) -> bool {
    let Value::Obj(o) = v else { return false };
    if crate::types::typeobj::tdata(&o.class).heap {
        return false;
    }
    let at = f.ip;
    match &o.payload {
        // `v` keeps the tuple alive while the stores run.
        Payload::Tuple(t) if t.len() == n => {
            f.ip += n;
            for (k, x) in t.iter().enumerate() {
                set_local(
                    vm,
                    f.fast.local_mut(instrs.at(at + k).arg as usize),
                    x.clone(),
                );
            }
            true
        }
        Payload::List(l) => {
            // Copied out first: the list's lock is not held while the stores drop the
            // locals' old values (which may run a finalizer).
            let items: smallvec::SmallVec<[Value; 3]> = {
                let l = l.read();
                if l.len() != n {
                    return false;
                }
                l.iter().cloned().collect()
            };
            f.ip += n;
            for (k, x) in items.into_iter().enumerate() {
                set_local(vm, f.fast.local_mut(instrs.at(at + k).arg as usize), x);
            }
            true
        }
        _ => false,
    }
}

/// UNPACK_SEQUENCE of an exact tuple or list of exactly `n` items: push them (last
/// first) and say so; anything else takes `unpack`, errors included.
#[inline(never)]
fn unpack_exact(v: &Value, n: usize, stack: &mut Vec<Value>) -> bool {
    let Value::Obj(o) = v else { return false };
    if crate::types::typeobj::tdata(&o.class).heap {
        return false;
    }
    match &o.payload {
        Payload::Tuple(t) if t.len() == n => {
            for x in t.iter().rev() {
                stack.spush(x.clone());
            }
            true
        }
        Payload::List(l) => {
            let items = l.read();
            if items.len() != n {
                return false;
            }
            for x in items.iter().rev() {
                stack.spush(x.clone());
            }
            true
        }
        _ => false,
    }
}

/// BINARY_OP without a number fast path. `s += t` / `s = s + t` into a local (`next`
/// is the following instruction): the local's reference is dropped first so that the
/// string can grow in place when nothing else holds it.
#[inline(never)]
fn binary_op_slow(
    vm: &Vm,
    f: &mut Frame,
    next: weft_compiler::Instr,
    mut a: Value,
    b: Value,
    arg: u32,
) -> PyResult<Value> {
    if (arg == binop::INPLACE + binop::ADD || arg == binop::ADD)
        && crate::types::str_methods::both_str(&a, &b)
    {
        if next.op == Opcode::STORE_FAST && f.fast.local(next.arg as usize).is(&a) {
            *f.fast.local_mut(next.arg as usize) = Value::Null;
        }
        if crate::types::str_methods::append_in_place(&mut a, &b) {
            return Ok(a);
        }
    }
    crate::ops::binary_op(vm, &a, &b, arg)
}

/// CALL with keyword names (the `KW_NAMES` constant `k`): the last of `args` are the
/// keyword arguments' values. Out of line, to keep the eval loop's registers for the
/// dispatch.
#[inline(never)]
fn call_kw(
    vm: &Vm,
    cd: &crate::types::function::CodeData,
    k: u32,
    callable: &Value,
    args: &[Value],
) -> PyResult<Value> {
    let names: &[Value] = match cd.consts[k as usize].payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    };
    let npos = args.len() - names.len();
    let kw: Vec<(Value, Value)> = names
        .iter()
        .cloned()
        .zip(args[npos..].iter().cloned())
        .collect();
    crate::call::call(vm, callable, &args[..npos], &kw)
}

/// A CALL with keyword names (the `KW_NAMES` constant `k`) of a plain Python function
/// (one whose calls may run inline: positional-or-keyword parameters only) whose
/// keywords each name a parameter past the positional arguments and past the
/// positional-only ones: the arguments on `stack[at + 1..]` are put in parameter order,
/// missing ones from the defaults, and true (the call then runs as a positional call,
/// inlined, as CPython 3.11 binds keywords in `_PyEval_Vector` without a dict). False,
/// nothing changed, for anything else (the general path binds them, or raises CPython's
/// error). No Python code runs: names are compared as strings.
#[inline(never)]
fn kw_to_positional(
    cd: &crate::types::function::CodeData,
    k: u32,
    stack: &mut Vec<Value>,
    at: usize,
) -> bool {
    let Some(Payload::Tuple(names)) = const_at(cd, k as usize).payload() else {
        return false;
    };
    let Some(Payload::Function(func)) = stack[at].payload() else {
        return false;
    };
    let code = func.code_data();
    let Some(argcount) = code.inline_args else {
        return false;
    };
    let nargs = stack.len() - at - 1;
    let Some(npos) = nargs.checked_sub(names.len()) else {
        return false;
    };
    let params = &code.code.varnames;
    let posonly = code.code.posonlyargcount as usize;
    // Small calls only: the places are kept in a fixed array (this runs on every such
    // call, where iterator adapters and small vectors cost more than the call saved).
    const MAX: usize = 8;
    let nkw = names.len();
    if npos > argcount || params.len() < argcount || argcount > MAX || nkw > MAX {
        return false;
    }
    // Where each keyword goes.
    let mut slot_of = [usize::MAX; MAX];
    for (i, name) in names.iter().enumerate() {
        let Some(Payload::Str(name)) = name.payload() else {
            return false;
        };
        let name = name.as_str();
        let mut j = npos.max(posonly);
        while j < argcount && &*params[j] != name {
            j += 1;
        }
        // Not a parameter past the positional arguments (or a positional-only one), or
        // given twice: the general path raises CPython's error.
        if j == argcount || slot_of[..i].contains(&j) {
            return false;
        }
        slot_of[i] = j;
    }
    let slots = &slot_of[..nkw];
    // The parameters no argument gives must all have defaults.
    let defaults = func.defaults.read().clone();
    let defaults: &[Value] = match defaults.payload() {
        Some(Payload::Tuple(d)) => d,
        _ => &[],
    };
    let first_default = argcount.saturating_sub(defaults.len());
    let mut j = npos;
    while j < first_default {
        if !slots.contains(&j) {
            return false;
        }
        j += 1;
    }
    let mut kw_values = [const { Value::Null }; MAX];
    for v in kw_values[..nkw].iter_mut().rev() {
        *v = stack.pop().unwrap_or(Value::Null);
    }
    for j in npos..argcount {
        let v = match slots.iter().position(|&s| s == j) {
            Some(i) => std::mem::replace(&mut kw_values[i], Value::Null),
            None => defaults[j - first_default].clone(),
        };
        stack.push(v);
    }
    true
}

/// The operands of a `LOAD_FAST x; LOAD_FAST y` or `LOAD_FAST x; LOAD_CONST c` group
/// (`arg` and `second` are the two instructions' arguments).
#[inline(always)]
fn fused_operands<'a>(
    f: &'a Frame,
    cd: &'a crate::types::function::CodeData,
    arg: u32,
    second: u32,
    konst: bool,
) -> (&'a Value, &'a Value) {
    let second = (second & borrow::ARG_MASK) as usize;
    let a = f.fast.local((arg & borrow::ARG_MASK) as usize);
    let b = if konst {
        const_at(cd, second)
    } else {
        f.fast.local(second)
    };
    (a, b)
}

/// Push the plain loads from instruction `k` on, as they would run: a constant, a bound
/// local (a fused pair's first load is its own instruction's), a bound free variable.
/// Gives where they stop and, when that is a `PRECALL__CALL`, its argument count; an
/// unbound variable stops them before its load, which then runs (and raises) as written.
#[inline(always)]
fn push_loads(
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    mut k: usize,
) -> (usize, Option<u32>) {
    loop {
        let a = instrs.at(k);
        match a.op {
            Opcode::LOAD_CONST => f.stack.spush(const_at(cd, a.arg as usize).clone()),
            Opcode::LOAD_FAST | Opcode::LOAD_FAST__LOAD_FAST | Opcode::LOAD_FAST__LOAD_CONST => {
                let v = f.fast.local((a.arg & borrow::ARG_MASK) as usize);
                if v.is_null() {
                    return (k, None);
                }
                let v = fast_copy(v, a.arg);
                f.stack.spush(v);
            }
            Opcode::LOAD_DEREF => {
                let v = cell_get(f.fast.local(a.arg as usize));
                if v.is_null() {
                    return (k, None);
                }
                f.stack.spush(v);
            }
            Opcode::PRECALL__CALL => return (k, Some(a.arg)),
            _ => return (k, None),
        }
        k += 1;
    }
}

/// The fast-path result of the `BINARY_OP_FAST_FAST`/`BINARY_OP_FAST_CONST` group at
/// `i` (`LOAD_FAST x`, `LOAD_FAST y` or `LOAD_CONST c`, `BINARY_OP`): a number, or `None`
/// where the group must run as written.
#[inline(always)]
fn fused_binop(
    f: &Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    i: usize,
) -> Option<Value> {
    let g = instrs.at(i);
    let konst = g.op == Opcode::BINARY_OP_FAST_CONST;
    let (a, b) = fused_operands(f, cd, g.arg, instrs.at(i + 1).arg, konst);
    crate::quicken::binop(a, b, instrs.at(i + 2).arg)
}

/// Python index `i` (negative counts from the end) into a sequence of `n` items, if in
/// range.
#[inline(always)]
fn index_in(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// `o[k]` for an exact list or tuple and an int index in range, or an exact dict and a
/// present str or int key (BINARY_SUBSCR's common cases, without the general protocol's
/// dispatch); None for everything else, which takes `ops::getitem` (errors included).
#[inline(always)]
#[allow(clippy::manual_map)] // see the list and tuple arms
fn subscr_fast(v: &Value, k: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (v, k) else {
        return subscr_dict(v, k);
    };
    match &o.payload {
        // (Written out: as `Option::map` closures, LLVM made the list's an out-of-line
        // call on every subscript.)
        Payload::List(l) if !crate::types::typeobj::tdata(&o.class).heap => {
            let items = l.read();
            match index_in(*i, items.len()) {
                Some(j) => Some(items[j].clone()),
                None => None,
            }
        }
        Payload::Tuple(t) if !crate::types::typeobj::tdata(&o.class).heap => {
            match index_in(*i, t.len()) {
                Some(j) => Some(t[j].clone()),
                None => None,
            }
        }
        _ => subscr_dict(v, k),
    }
}

/// [`subscr_fast`] for an exact dict (a subclass may define `__missing__` or
/// `__getitem__`) and a present str or int key; out of line, so the list and tuple paths
/// stay small.
#[inline(never)]
fn subscr_dict(o: &Value, k: &Value) -> Option<Value> {
    match o {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) if !crate::types::typeobj::tdata(&o.class).heap => d.get_fast(k),
            _ => None,
        },
        _ => None,
    }
}

/// The items of `o` when it is an exact list (not a subclass).
#[inline(always)]
fn exact_list(o: &Value) -> Option<&crate::owner_bias::OwnedRwLock<Vec<Value>>> {
    let Value::Obj(o) = o else { return None };
    match &o.payload {
        Payload::List(l) if !crate::types::typeobj::tdata(&o.class).heap => Some(l),
        _ => None,
    }
}

/// `TABLE[k % 20]` after LOAD_GLOBAL has pushed `TABLE` (`i`: the index's
/// `BINARY_OP_FAST_*` group, its BINARY_SUBSCR at `i + 3`): the item, the global popped
/// and released as BINARY_SUBSCR releases it, when the global is an exact list or tuple
/// and the index an int in range; else `None`, nothing changed. Out of line and marked
/// cold (though it is not) only for the layout of `step`: inlined, or out of line
/// without the mark, it cost LOAD_GLOBAL's call path about 4 instructions (fib 0.917 ->
/// 0.930 of CPython's instructions).
#[cold]
#[inline(never)]
fn global_item(
    vm: &Vm,
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    i: usize,
) -> Option<Value> {
    let r = fused_binop(f, cd, instrs, i)?;
    let item = subscr_fast(f.stack.stop(), &r)?;
    borrow::operand(f.stack.spop(), instrs.at(i + 3).arg, true, vm).done();
    Some(item)
}

/// `BINARY_SUBSCR_FAST_CONST`/`BINARY_SUBSCR_FAST_FAST`: `c[k]` when local `c` (`arg`)
/// is an exact list or tuple and `k` (local or constant `second`) an int index in range.
#[inline(never)]
fn subscr_fused(
    f: &Frame,
    cd: &crate::types::function::CodeData,
    arg: u32,
    second: u32,
    konst: bool,
) -> Option<Value> {
    let (c, k) = fused_operands(f, cd, arg, second, konst);
    subscr_fast(c, k)
}

/// `STORE_SUBSCR_FAST_CONST`/`STORE_SUBSCR_FAST_FAST`: `c[k] = v` (`v` on top of the
/// stack) when local `c` (`arg`) is an exact list and `k` (local or constant `second`) an
/// int index in range. False: nothing was done (run the group's instructions).
/// Out of line: inlined, its registers made `step` spill the dispatch's own.
#[inline(never)]
fn store_subscr_fused(
    f: &mut Frame,
    cd: &crate::types::function::CodeData,
    arg: u32,
    second: u32,
    konst: bool,
) -> bool {
    let second = (second & borrow::ARG_MASK) as usize;
    let k = if konst {
        const_at(cd, second)
    } else {
        f.fast.local(second)
    };
    let (Some(l), &Value::Int(k)) = (
        exact_list(f.fast.local((arg & borrow::ARG_MASK) as usize)),
        k,
    ) else {
        return false;
    };
    let mut items = l.write();
    let Some(j) = index_in(k, items.len()) else {
        return false;
    };
    let old = std::mem::replace(&mut items[j], f.stack.spop());
    drop(items);
    drop(old);
    true
}

/// `AUG_SUBSCR` (quicken.rs, `aug_subscr_len`): the whole `c[k] op= v` when local `c`
/// (`arg`) is an exact list, `k` an int index in range, and the item, the value and the
/// results are numbers of `quicken::binop`'s fast paths: the item is read, combined and
/// stored under one hold of the list's lock, nothing pushed or counted. The index of the
/// instruction after the group; `None` when nothing was done (the group then runs as
/// written, from the LOAD_FAST). Nothing here can fail or run Python code, and the value
/// is computed from numbers before the item is read, so computing it first is invisible.
#[inline(never)]
fn aug_subscr_fused(
    f: &Frame,
    cd: &crate::types::function::CodeData,
    instrs: Instrs,
    arg: u32,
    i: usize,
) -> Option<usize> {
    let key = instrs.at(i + 1);
    let (c, k) = fused_operands(f, cd, arg, key.arg, key.op == Opcode::LOAD_CONST);
    let &Value::Int(k) = k else {
        return None;
    };
    // The value group's fused opcode (set by `fuse`) tells its shape.
    let v0 = instrs.at(i + 5);
    let computed;
    let (value, inplace) = match v0.op {
        Opcode::BINARY_OP_TOS_FAST => (f.fast.local((v0.arg & borrow::ARG_MASK) as usize), i + 6),
        Opcode::BINARY_OP_TOS_CONST => (const_at(cd, v0.arg as usize), i + 6),
        _ => {
            computed = fused_binop(f, cd, instrs, i + 5)?;
            (&computed, i + 8)
        }
    };
    let op = instrs.at(inplace).arg;
    let mut items = exact_list(c)?.write();
    let j = index_in(k, items.len())?;
    let r = crate::quicken::binop(&items[j], value, op)?;
    // The old item was a number (`binop` took it): nothing to release.
    items[j] = r;
    Some(inplace + 4)
}

/// `o[k] = v` for an exact list and an int index in range; gives `v` back for
/// everything else (`ops::setitem` then does it, errors included).
#[inline(always)]
fn store_subscr_fast(o: &Value, k: &Value, v: Value) -> Option<Value> {
    let (Some(l), Value::Int(i)) = (exact_list(o), k) else {
        return Some(v);
    };
    let mut items = l.write();
    let Some(j) = index_in(*i, items.len()) else {
        return Some(v);
    };
    let old = std::mem::replace(&mut items[j], v);
    drop(items);
    drop(old);
    None
}

/// An `UNPACK_SEQUENCE 2` (as written or quickened): FOR_ITER hands it a dict item's
/// key and value without making the tuple.
#[inline(always)]
fn unpacks_pair(next: weft_compiler::Instr) -> bool {
    next.arg == 2
        && matches!(
            next.op,
            Opcode::UNPACK_SEQUENCE | Opcode::UNPACK_SEQUENCE__STORE_FAST
        )
}

/// A STORE_FAST, possibly the start of a fused group whose store comes first.
#[inline(always)]
fn stores_local(op: Opcode) -> bool {
    matches!(op, Opcode::STORE_FAST | Opcode::STORE_FAST__LOAD_FAST)
}

/// Store `v` in a fast local. When that drops an object, a finalizer it queued runs
/// now, as CPython runs `__del__` at the store (`finalize::poll`).
#[inline(always)]
fn set_local(vm: &Vm, slot: &mut Value, v: Value) {
    release_local(vm, std::mem::replace(slot, v));
}

/// Drop a local's old value; when that drops an object, a finalizer it queued runs now.
#[inline(always)]
fn release_local(vm: &Vm, old: Value) {
    if let Value::Obj(_) = old {
        drop(old);
        crate::finalize::poll(vm);
    }
}

/// A local pushed for its consumer: borrowed when the borrow plan marked it (`arg`).
#[inline(always)]
fn fast_copy(v: &Value, arg: u32) -> Value {
    if arg & borrow::BORROW != 0 {
        // SAFETY: the borrow pass planned a consumer that reads this copy as a borrowed
        // Operand while the local keeps the reference (borrow.rs).
        unsafe { borrow::borrow(v) }
    } else {
        v.clone()
    }
}

#[cold]
fn unbound_local(vm: &Vm, cd: &crate::types::function::CodeData, i: usize) -> PyErr {
    let name = cd.code.varnames[i].to_string();
    vm.new_error(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `LOAD_GLOBAL__LOAD_SUPER_METHOD` (`quicken::fuse_super`): for `super().name` whose
/// global `super` (as LOAD_GLOBAL's cache holds it) is the built-in class, in a method
/// whose first argument is an instance of a subclass of `__class__`, push the Python
/// function `name` finds after `__class__` in the instance's class's MRO and the
/// instance, as `super().name`'s LOAD_METHOD would (`attr::super_function`), and move past
/// the LOAD_METHOD. False (nothing done): run the group as written. Nothing here fails.
#[inline(never)]
fn load_super_method(f: &mut Frame, cd: &crate::types::function::CodeData, instrs: Instrs) -> bool {
    let Some(vers) = f.nsver.load() else {
        return false;
    };
    match cache_at(cd, f.ip - 1).get_global(vers.0, vers.1) {
        Some(Value::Obj(s)) if s.ptr_eq(&crate::types::types().super_) => {}
        _ => return false,
    }
    let code = &cd.code;
    if code.flags & weft_compiler::code::flags::VARARGS != 0 {
        return false;
    }
    let inst = f.fast.local(0);
    let Value::Obj(io) = inst else {
        return false;
    };
    // A first argument held in a cell, or a class (a class method's `super()`): the
    // general path.
    if matches!(io.payload, Payload::Cell(_) | Payload::Type(_)) {
        return false;
    }
    let Some(cell) = f.class_cell() else {
        return false;
    };
    let Value::Obj(cls) = cell_get(cell) else {
        return false;
    };
    let lm = instrs.at(f.ip + 2);
    let name = name_at(cd, (lm.arg & borrow::ARG_MASK) as usize);
    let Some(func) = crate::attr::super_function(&io.class, &cls, name) else {
        return false;
    };
    let inst = inst.clone();
    f.stack.spush(func);
    f.stack.spush(inst);
    f.ip += 3;
    true
}

#[inline(always)]
fn cell_get(c: &Value) -> Value {
    match c.payload() {
        Some(Payload::Cell(m)) => m.get_cloned(),
        _ => Value::Null,
    }
}

fn cell_set(c: &Value, v: Value) {
    if let Some(Payload::Cell(m)) = c.payload() {
        let old = std::mem::replace(&mut *m.lock(), v);
        drop(old);
    }
}

fn deref_name(cd: &crate::types::function::CodeData, i: usize) -> String {
    let c = &cd.code;
    let nv = c.varnames.len();
    if i < nv {
        return c.varnames[i].to_string();
    }
    let extra: Vec<&std::sync::Arc<str>> = c
        .cellvars
        .iter()
        .filter(|n| !c.varnames.contains(n))
        .collect();
    if i - nv < extra.len() {
        return extra[i - nv].to_string();
    }
    c.freevars[i - nv - extra.len()].to_string()
}

fn deref_error(vm: &Vm, cd: &crate::types::function::CodeData, i: usize) -> PyErr {
    let name = deref_name(cd, i);
    let c = &cd.code;
    if c.freevars.iter().any(|n| **n == *name) && !c.cellvars.iter().any(|n| **n == *name) {
        vm.new_error("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    } else {
        vm.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

fn load_name_opt(vm: &Vm, f: &Frame, name: &Value, h: i64) -> PyResult<Option<Value>> {
    match &f.locals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class.ptr_eq(&types().dict) => {
            Ok(dict_of(o).get_str(name, h))
        }
        Value::Null | Value::None => Ok(None),
        m => match crate::ops::getitem(vm, m, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_matches(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        },
    }
}

fn load_name(vm: &Vm, f: &Frame, name: &Value, h: i64, raw: &str) -> PyResult<Value> {
    if let Some(v) = load_name_opt(vm, f, name, h)? {
        return Ok(v);
    }
    let g = dict_of(f.globals.dict.as_ref().unwrap_or(&f.globals));
    if let Some(v) = g.get_str(name, h) {
        return Ok(v);
    }
    let b = dict_of(f.builtins.dict.as_ref().unwrap_or(&f.builtins));
    if let Some(v) = b.get_str(name, h) {
        return Ok(v);
    }
    Err(vm.name_error(raw))
}

fn store_name(vm: &Vm, f: &Frame, name: Value, h: i64, v: Value) -> PyResult<()> {
    match &f.locals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class.ptr_eq(&types().dict) => {
            dict_of(o).set_str(name, h, v);
            Ok(())
        }
        m => crate::ops::setitem(vm, m, name, v),
    }
}

fn delete_name(vm: &Vm, f: &Frame, name: &Value, raw: &str) -> PyResult<()> {
    match &f.locals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class.ptr_eq(&types().dict) => {
            if dict_of(o).remove_str(name, crate::str_hash(name)).is_none() {
                return Err(vm.name_error(raw));
            }
            Ok(())
        }
        m => crate::ops::delitem(vm, m, name).map_err(|e| {
            if vm.err_matches(&e, "KeyError") {
                vm.name_error(raw)
            } else {
                e
            }
        }),
    }
}

/// Unpack `v` into exactly `n` items (or `n` + starred list + `after` items).
fn unpack(vm: &Vm, v: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    // vm.collect copies a built-in list's or tuple's storage and iterates anything else
    // (a subclass may override `__iter__`).
    if !matches!(v.payload(), Some(Payload::Tuple(_) | Payload::List(_)))
        && !crate::ops::is_iterable(vm, v)
    {
        return Err(vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            vm.type_name(v)
        )));
    }
    let items = vm.collect(v)?;
    match after {
        None => {
            if items.len() != n {
                if items.len() > n {
                    return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
                }
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < n + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n + after,
                    items.len()
                )));
            }
            let mut out = items[..n].to_vec();
            out.push(new_list(items[n..items.len() - after].to_vec()));
            out.extend_from_slice(&items[items.len() - after..]);
            Ok(out)
        }
    }
}
