//! AST → bytecode (placeholder; being written).
use crate::code::CodeObject;
use std::sync::Arc;

/// What kind of source is being compiled (as `compile()`'s mode argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` source.
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement: expression statements print their value (PRINT_EXPR).
    Single,
}

/// A syntax error, reported as CPython does.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (CPython's `offset`), counted in characters.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line (without its newline), if known.
    pub text: Option<String>,
}

/// Compile `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let _ = (source, filename, mode);
    unimplemented!()
}
