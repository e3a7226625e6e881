//! weft's compiler: Python source → CPython-3.11-style code objects.
//!
//! Parsing is done by `ruff_python_parser`; [`symtable`] resolves scopes and [`compile`]
//! emits instructions from the one opcode table in [`opcode`].

pub mod anchors;
pub mod code;
pub mod code_tables;
pub mod compile;
pub mod opcode;
pub mod symtable;

pub use code::{CodeObject, Constant, ExceptionEntry, Position};
pub use compile::{compile, CompileError, Mode, IDENTIFIER, INT_MAX_STR_DIGITS, PRINTABLE};
pub use opcode::{ArgKind, Instr, Opcode};

thread_local! {
    static DEPTH_LIMIT: std::cell::Cell<u32> = const { std::cell::Cell::new(2990) };
}

/// Set how deeply nested statements and expressions may be before compiling them raises
/// RecursionError (CPython: three times the recursion limit left to the caller).
pub fn set_depth_limit(n: u32) {
    DEPTH_LIMIT.with(|c| c.set(n));
}

/// The nesting depth that compiling on this thread may reach (see [`set_depth_limit`]).
pub fn depth_limit() -> u32 {
    DEPTH_LIMIT.with(|c| c.get())
}
