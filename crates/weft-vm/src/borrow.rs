//! Borrowed operands: `LOAD_FAST` pushes a local *without* counting a reference when
//! the value is only read by the instruction that consumes it (`x[i]`, `x.attr`,
//! `x.attr = v`, `x.m(...)`, `x == y`, `x is None`, `k in x`). CPython 3.14 does the same
//! with `LOAD_FAST_BORROW`.
//!
//! Why it matters: a reference count is a write to the object. When several threads read
//! one shared dict through a local (`table = TABLE; ... table[k]`), each of those writes
//! moves the object's cache line between cores; skipping them lets the threads read in
//! parallel, and saves two atomic operations per access on one thread too.
//!
//! Why it is safe: the frame's local keeps the object alive while the borrowed copy is
//! on the stack, because the borrow is only planned when, between the `LOAD_FAST` and its
//! consumer, (a) the code is straight-line (no jump, no jump target, no yield, no
//! exception-table boundary), (b) no instruction stores to or deletes any local, and
//! (c) no instruction reads the borrowed stack slot. A frame's fast locals are only ever
//! written by the thread running the frame, so no other thread can drop the local's
//! reference meanwhile. Consumers pop the operand into an [`Operand`] that forgets it
//! instead of dropping it; if an instruction inside the window raises, [`release`] takes
//! the borrowed copies off the stack before it is unwound.
//!
//! This is a pass over the code object's instructions done once when the code object is
//! created (`make_code_object`); `dis` keeps showing the compiler's plain instructions.

use crate::frame::Frame;
use crate::value::Value;
use crate::vm::Vm;
use std::mem::ManuallyDrop;
use weft_compiler::code_tables::inputs;
use weft_compiler::{CodeObject, Instr, Opcode};

/// Flag on a `LOAD_FAST`/`LOAD_GLOBAL` argument: push without counting a reference.
pub const BORROW: u32 = 1 << 31;
/// Flags on a consumer's argument: its left operand (container of `BINARY_SUBSCR`/
/// `STORE_SUBSCR`/`DELETE_SUBSCR`, owner of `LOAD_ATTR`/`STORE_ATTR`/`LOAD_METHOD`, left
/// side of `COMPARE_OP`/`IS_OP`/`CONTAINS_OP`) or right operand (key, right side) is a
/// borrowed local (`LEFT`/`RIGHT`) or a borrowed global (`LEFT_G`/`RIGHT_G`, which also
/// closes one `Vm::gborrows`, see `thread_globals.rs`).
pub const LEFT: u32 = 1 << 30;
pub const RIGHT: u32 = 1 << 29;
pub const LEFT_G: u32 = 1 << 28;
pub const RIGHT_G: u32 = 1 << 27;
/// The argument with the borrow flags removed.
pub const ARG_MASK: u32 = (1 << 27) - 1;

/// While instruction `start < lasti < end` runs, stack slot `slot` holds a borrowed copy
/// (of a global when `global`).
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub start: u32,
    pub end: u32,
    pub slot: u32,
    pub global: bool,
}

/// The instructions the VM runs (with borrow flags) and the borrow windows.
/// `depths` are the code's stack depths (`stack_depths`), None when they failed.
pub fn plan(code: &CodeObject, depths: Option<&[Option<i64>]>) -> (Box<[Instr]>, Box<[Window]>) {
    let mut exec: Vec<Instr> = code.instructions.clone();
    let Some(depths) = depths else {
        return (exec.into(), Box::new([]));
    };
    let n = exec.len();
    // Instructions control can arrive at other than by falling through.
    let mut target = vec![false; n + 1];
    for ins in &code.instructions {
        if ins.op.is_jump() {
            target[(ins.arg as usize).min(n)] = true;
        }
    }
    for e in &code.exception_table {
        target[(e.target as usize).min(n)] = true;
        target[(e.start as usize).min(n)] = true;
        target[(e.end as usize).min(n)] = true;
    }
    let mut windows = Vec::new();
    for p in 0..n {
        let ins = code.instructions[p];
        let (slot, global) = match (ins.op, depths[p]) {
            (Opcode::LOAD_FAST, Some(d)) => (d, false),
            // With the low bit set, LOAD_GLOBAL pushes NULL below the value.
            (Opcode::LOAD_GLOBAL, Some(d)) => (d + (ins.arg & 1) as i64, true),
            _ => continue,
        };
        if let Some((end, left)) = find_consumer(code, depths, &target, p, slot) {
            exec[p].arg |= BORROW;
            exec[end].arg |= match (left, global) {
                (true, false) => LEFT,
                (false, false) => RIGHT,
                (true, true) => LEFT_G,
                (false, true) => RIGHT_G,
            };
            windows.push(Window {
                start: p as u32,
                end: end as u32,
                slot: slot as u32,
                global,
            });
        }
    }
    (exec.into(), windows.into())
}

/// The instruction that consumes the value pushed at `p` into slot `slot`, if it only
/// reads it and the window up to it is safe; with whether it is its left operand.
fn find_consumer(
    code: &CodeObject,
    depths: &[Option<i64>],
    target: &[bool],
    p: usize,
    slot: i64,
) -> Option<(usize, bool)> {
    use Opcode::*;
    for q in p + 1..code.instructions.len() {
        if target[q] {
            return None;
        }
        let ins = code.instructions[q];
        let depth = depths[q]?;
        // Which operand of a consumer the slot is (0 = top of stack).
        let pos = depth - 1 - slot;
        let left = match (ins.op, pos) {
            (BINARY_SUBSCR, 1) | (COMPARE_OP, 1) | (IS_OP, 1) | (CONTAINS_OP, 1) => Some(true),
            (BINARY_SUBSCR, 0) | (COMPARE_OP, 0) | (IS_OP, 0) | (CONTAINS_OP, 0) => Some(false),
            (STORE_SUBSCR, 1) | (DELETE_SUBSCR, 1) => Some(true),
            (LOAD_ATTR, 0) | (STORE_ATTR, 0) | (LOAD_METHOD, 0) => Some(true),
            _ => None,
        };
        if let Some(left) = left {
            return Some((q, left));
        }
        // Only these instructions may run inside a window; each with how many stack
        // values it takes (exactly: one that takes the borrowed value would own it).
        let a = ins.arg as i64;
        let takes = match ins.op {
            NOP | EXTENDED_ARG | LOAD_FAST | LOAD_CONST | LOAD_GLOBAL | LOAD_DEREF | PUSH_NULL
            | KW_NAMES => 0,
            UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT | UNARY_POSITIVE | LOAD_ATTR
            | LOAD_METHOD => 1,
            BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR => 2,
            // The callable (or NULL and callable / method and self) and the arguments.
            PRECALL | CALL => a + 2,
            BUILD_TUPLE | BUILD_LIST | BUILD_STRING | BUILD_SLICE => a,
            FORMAT_VALUE => 1 + i64::from(a & 4 != 0),
            _ => return None,
        };
        if depth - takes.max(inputs(ins.op, ins.arg)) <= slot {
            return None;
        }
    }
    None
}

/// A popped operand that is either owned (dropped as usual) or a borrowed copy of a
/// local or global (forgotten: the local or the thread's global cache still holds the
/// reference; a global borrow is closed in `Vm::gborrows` when the operand is done).
pub struct Operand<'a> {
    v: ManuallyDrop<Value>,
    borrowed: bool,
    global: Option<&'a Vm>,
}

/// The consumer's `left` (or right) operand `v`, as the flags in `arg` describe it.
#[inline(always)]
pub fn operand(v: Value, arg: u32, left: bool, vm: &Vm) -> Operand<'_> {
    let (b, g) = if left {
        (LEFT, LEFT_G)
    } else {
        (RIGHT, RIGHT_G)
    };
    Operand {
        v: ManuallyDrop::new(v),
        borrowed: arg & (b | g) != 0,
        global: if arg & g != 0 { Some(vm) } else { None },
    }
}

impl std::ops::Deref for Operand<'_> {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.v
    }
}

impl Operand<'_> {
    /// Finish with the operand: what dropping it does, inlined into the caller (the
    /// eval loop calls this on its normal paths; LLVM left the drop glue out of line in
    /// `step`, a call per operand: measured 6% of n-body).
    #[inline(always)]
    pub fn done(mut self) {
        self.release();
        std::mem::forget(self);
    }

    /// Finish with the operand, keeping its value: an owned one is moved out, a
    /// borrowed one counted (the reference its owner holds stays with the owner).
    #[inline(always)]
    pub fn into_value(mut self) -> Value {
        let v = if self.borrowed {
            (*self.v).clone()
        } else {
            // SAFETY: an owned operand's value is taken exactly once, here; `release`
            // below then only closes the global borrow.
            let v = unsafe { ManuallyDrop::take(&mut self.v) };
            self.borrowed = true;
            v
        };
        self.release();
        std::mem::forget(self);
        v
    }

    #[inline(always)]
    fn release(&mut self) {
        if !self.borrowed {
            // SAFETY: an owned operand is dropped exactly once, here.
            unsafe { ManuallyDrop::drop(&mut self.v) }
        }
        if let Some(vm) = self.global {
            vm.close_global_borrow();
        }
    }
}

impl Drop for Operand<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        self.release();
    }
}

/// A copy of `v` that does not count a reference (for `LOAD_FAST` with [`BORROW`]).
///
/// # Safety
/// The copy must be consumed as an [`Operand`] with `borrowed == true` (or removed by
/// [`release`]) while `v` still holds its reference.
#[inline(always)]
pub unsafe fn borrow(v: &Value) -> Value {
    // SAFETY: a bitwise copy; the caller guarantees it is never dropped as an owner.
    unsafe { std::ptr::read(v) }
}

/// An exception is leaving instruction `f.lasti()`: take the borrowed copies of open
/// windows off the stack (without dropping them) before the stack is unwound.
pub fn release(vm: &Vm, f: &mut Frame, windows: &[Window]) {
    let at = f.lasti() as u32;
    for w in windows {
        if w.start < at && at < w.end {
            if let Some(slot) = f.stack.get_mut(w.slot as usize) {
                std::mem::forget(std::mem::replace(slot, Value::Null));
            }
            if w.global {
                vm.close_global_borrow();
            }
        }
    }
}
