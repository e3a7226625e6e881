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
pub use compile::{compile, CompileError, Mode, INT_MAX_STR_DIGITS, PRINTABLE};
pub use opcode::{ArgKind, Instr, Opcode};
