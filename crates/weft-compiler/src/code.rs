//! Code objects as the compiler produces them: instructions, constants, names, line and
//! column positions and the exception table (CPython 3.11's `co_exceptiontable` model).
//! See <https://docs.python.org/3.11/reference/datamodel.html#code-objects>.

use crate::opcode::{Instr, Opcode};
use std::sync::Arc;

/// A compile-time constant (`co_consts` entry).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer too large for i64, as decimal digits (with sign).
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Arc<CodeObject>),
    Ellipsis,
}

/// A hashable identity of a constant for deduplicating `co_consts` in constant time:
/// equal keys imply [`Constant::same`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
    Ellipsis,
}

impl Constant {
    /// The key under which this constant is deduplicated.
    pub fn key(&self) -> ConstKey {
        match self {
            Constant::None => ConstKey::None,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(s) => ConstKey::BigInt(s.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex(a, b) => ConstKey::Complex(a.to_bits(), b.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(t) => ConstKey::Tuple(t.iter().map(Constant::key).collect()),
            Constant::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(Constant::key).collect()),
            Constant::Code(c) => ConstKey::Code(Arc::as_ptr(c) as usize),
            Constant::Ellipsis => ConstKey::Ellipsis,
        }
    }

    /// Equality used to deduplicate constants (distinguishes 1, 1.0, True and -0.0).
    pub fn same(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Tuple(a), Constant::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
        }
    }
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns as CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry: instructions `start..end` are covered by the handler at
/// `target`; the stack is popped to `depth` (and the offset pushed if `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// `co_flags` bits (same values as CPython).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    /// `from __future__ import annotations` is in effect.
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// A compiled code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub instructions: Vec<Instr>,
    pub positions: Vec<Position>,
    pub constants: Vec<Constant>,
    pub names: Vec<Arc<str>>,
    pub varnames: Vec<Arc<str>>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// For each cellvar that is also an argument, the index of that argument.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring, if the body starts with one.
    pub doc: Option<Arc<str>>,
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Total size of the "fast locals plus cells plus free vars" area of a frame.
    pub fn nlocalsplus(&self) -> usize {
        // Cells for arguments share the argument's slot (CPython 3.11's layout).
        let extra_cells = self
            .cellvars
            .iter()
            .filter(|c| !self.varnames.contains(c))
            .count();
        self.varnames.len() + extra_cells + self.freevars.len()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    /// The handler that covers instruction `ip`, if any.
    pub fn find_handler(&self, ip: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }

    /// CPython-style byte offset of every instruction (taking inline caches and
    /// EXTENDED_ARG prefixes into account), plus the total length, for `dis`/`co_code`.
    pub fn cpython_offsets(&self) -> Vec<u32> {
        // Jump arguments depend on offsets and offsets on the EXTENDED_ARG prefixes of
        // jump arguments, so iterate to a fixed point (as CPython's assembler does).
        let n = self.instructions.len();
        let mut ext = vec![0u32; n];
        loop {
            let mut offs = Vec::with_capacity(n + 1);
            let mut off = 0u32;
            for (i, ins) in self.instructions.iter().enumerate() {
                offs.push(off);
                off += 2 * (1 + ext[i] + ins.op.cache_entries());
            }
            offs.push(off);
            let mut changed = false;
            for (i, ins) in self.instructions.iter().enumerate() {
                let arg = self.cpython_arg_with(i, &offs);
                let need = if arg > 0xffffff {
                    3
                } else if arg > 0xffff {
                    2
                } else if arg > 0xff {
                    1
                } else {
                    0
                };
                let _ = ins;
                if need > ext[i] {
                    ext[i] = need;
                    changed = true;
                }
            }
            if !changed {
                // Offsets point at the real instruction, after its EXTENDED_ARG prefixes.
                let mut real = Vec::with_capacity(n + 1);
                for i in 0..n {
                    real.push(offs[i] + 2 * ext[i]);
                }
                real.push(offs[n]);
                return real;
            }
        }
    }

    fn cpython_arg_with(&self, i: usize, offs: &[u32]) -> u32 {
        let ins = self.instructions[i];
        if !ins.op.is_jump() {
            return ins.arg;
        }
        let target = offs[ins.arg as usize] / 2;
        let next = offs[i + 1] / 2;
        let here_end = next;
        target.abs_diff(here_end)
    }

    /// CPython byte offset where instruction `i` starts, its EXTENDED_ARG prefixes
    /// included (jumps and exception handlers lead there); `offsets` from
    /// [`cpython_offsets`](Self::cpython_offsets), which point past the prefixes.
    pub fn cpython_start(&self, i: usize, offsets: &[u32]) -> u32 {
        let n = self.instructions.len();
        if i == 0 {
            0
        } else if i >= n {
            offsets[n]
        } else {
            offsets[i - 1] + 2 * (1 + self.instructions[i - 1].op.cache_entries())
        }
    }

    /// The argument CPython would encode for instruction `i` given CPython offsets.
    pub fn cpython_arg(&self, i: usize, offsets: &[u32]) -> u32 {
        let ins = self.instructions[i];
        if !ins.op.is_jump() {
            return ins.arg;
        }
        let target = self.cpython_start(ins.arg as usize, offsets) / 2;
        let end = (offsets[i] / 2) + 1 + ins.op.cache_entries();
        target.abs_diff(end)
    }

    /// The bytes CPython would hold in `co_code` for this code (with zeroed caches).
    pub fn co_code(&self) -> Vec<u8> {
        let offs = self.cpython_offsets();
        let mut out = Vec::new();
        for (i, ins) in self.instructions.iter().enumerate() {
            let arg = self.cpython_arg(i, &offs);
            let start = offs[i] as usize;
            // EXTENDED_ARG prefixes fill the gap before the real instruction.
            let mut shift = ((start - out.len()) / 2) as u32;
            while shift > 0 {
                out.push(Opcode::EXTENDED_ARG as u8);
                out.push(((arg >> (8 * shift)) & 0xff) as u8);
                shift -= 1;
            }
            out.push(ins.op as u8);
            out.push((arg & 0xff) as u8);
            for _ in 0..ins.op.cache_entries() {
                out.push(0);
                out.push(0);
            }
        }
        out
    }
}
