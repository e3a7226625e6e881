//! AST → bytecode: the public entry point [`compile`], the per-code-object compiler state
//! ([`unit`]) and the debugging [`listing`]. Statements, expressions, scopes, constants,
//! assembly and syntax-error mapping live in the `compile/` submodules.

mod assemble;
mod async_comp;
mod call;
mod cond;
mod consts;
mod errors;
mod exceptions;
mod expr;
mod fstring;
mod pattern;
mod pattern_parts;
mod scope;
mod stmt;
#[cfg(test)]
mod tests;
mod unit;
mod unparse;
mod warn;
pub use errors::{IDENTIFIER, INT_MAX_STR_DIGITS, PRINTABLE};
pub use warn::take_warnings;

use crate::code::{CodeObject, Constant};
use crate::opcode::{ArgKind, CMP_OP, NB_OPS};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

pub use consts::{constant_repr, float_repr, shortest_digits};

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
    /// `SyntaxError`, `IndentationError`, `TabError`, `RecursionError` (too deeply nested) or
    /// `MemoryError` (the parser's stack overflowed).
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
    /// Whether CPython's `SyntaxError.text` has a newline after the line.
    pub text_newline: bool,
    /// Found after parsing (scopes, code generation): CPython then takes `text` from the
    /// file named by the filename, so it is None for `compile()`/`exec()` of a string.
    pub late: bool,
    /// Reported on the parser's end marker (a block missing at the end of the input):
    /// CPython's offset is then the end of the last line for a string, but 0 for a script
    /// read from a file (its tokenizer's buffer is empty by then).
    pub at_end: bool,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (line {}, offset {})",
            self.kind, self.msg, self.line, self.col
        )
    }
}

impl std::error::Error for CompileError {}

/// The optimisation level code is compiled at when `compile()` names none (`-O`: 1,
/// `-OO`: 2). Level 1 leaves out `assert` statements and makes `__debug__` False; level
/// 2 also leaves out docstrings, as CPython's `-O` and `-OO` do.
static OPTIMIZE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// The level of the compilation running on this thread.
    static LEVEL: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// Set the process's optimisation level (the command line's `-O`/`-OO`).
pub fn set_optimize(level: u8) {
    OPTIMIZE.store(level, Ordering::Relaxed);
}

/// The process's optimisation level (see [`set_optimize`]).
pub fn optimize() -> u8 {
    OPTIMIZE.load(Ordering::Relaxed)
}

/// The optimisation level of the compilation running on this thread.
pub(crate) fn level() -> u8 {
    LEVEL.with(|l| l.get())
}

/// Compile `source` into a code object (at the process's optimisation level).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    compile_at(source, filename, mode, optimize())
}

/// Compile `source` into a code object at optimisation level `level` (`compile()`'s
/// `optimize` argument).
pub fn compile_at(
    source: &str,
    filename: &str,
    mode: Mode,
    level: u8,
) -> Result<Arc<CodeObject>, CompileError> {
    warn::clear_warnings();
    // CPython's tokenizer reads `\r\n` and a lone `\r` as `\n` before anything else, so
    // a line break inside a triple-quoted string is `\n` whatever the file's line endings
    let translated;
    let source = if source.contains('\r') {
        translated = source.replace("\r\n", "\n").replace('\r', "\n");
        translated.as_str()
    } else {
        source
    };
    let old = LEVEL.with(|l| l.replace(level));
    let r = unit::compile_source(source, filename, mode);
    LEVEL.with(|l| l.set(old));
    r
}

/// A debug listing of `code` and (recursively) the code objects in its constants: a header
/// line per code object, then one `LINE OPNAME ARG` line per instruction and one line per
/// exception-table entry. Jump arguments print as `to INDEX`.
pub fn listing(code: &CodeObject) -> String {
    let mut out = String::new();
    listing_into(code, &mut out);
    out
}

fn listing_into(code: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(
        out,
        "code {} {} args={} posonly={} kwonly={} flags={} stack={}",
        code.name,
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags,
        code.stacksize
    );
    let consts: Vec<String> = code.constants.iter().map(short_repr).collect();
    let _ = writeln!(out, "  consts: {}", consts.join(", "));
    let names: Vec<&str> = code.names.iter().map(|s| &**s).collect();
    let _ = writeln!(out, "  names: {}", names.join(" "));
    let j = |v: &Vec<Arc<str>>| v.iter().map(|s| &**s).collect::<Vec<_>>().join(" ");
    let _ = writeln!(
        out,
        "  varnames: {} | cells: {} | free: {}",
        j(&code.varnames),
        j(&code.cellvars),
        j(&code.freevars)
    );
    let nlocals = code.varnames.len();
    let ncells_nonarg: Vec<&Arc<str>> = code
        .cellvars
        .iter()
        .zip(code.cell2arg.iter().chain(std::iter::repeat(&None)))
        .filter(|(_, a)| a.is_none())
        .map(|(n, _)| n)
        .collect();
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let a = ins.arg as usize;
        let arg = match ins.op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Num => ins.arg.to_string(),
            ArgKind::Const => code
                .constants
                .get(a)
                .map(short_repr)
                .unwrap_or_else(|| "?".into()),
            ArgKind::Name => code
                .names
                .get(a)
                .map(|s| s.to_string())
                .unwrap_or_else(|| "?".into()),
            ArgKind::GlobalName => {
                let n = code
                    .names
                    .get(a >> 1)
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "?".into());
                if a & 1 != 0 {
                    format!("NULL + {n}")
                } else {
                    n
                }
            }
            ArgKind::Local => code
                .varnames
                .get(a)
                .map(|s| s.to_string())
                .unwrap_or_else(|| "?".into()),
            ArgKind::Free => {
                if a < nlocals {
                    code.varnames[a].to_string()
                } else if a - nlocals < ncells_nonarg.len() {
                    ncells_nonarg[a - nlocals].to_string()
                } else {
                    code.freevars
                        .get(a - nlocals - ncells_nonarg.len())
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "?".into())
                }
            }
            ArgKind::Jump => format!("to {}", ins.arg),
            ArgKind::Compare => CMP_OP.get(a).map(|s| s.to_string()).unwrap_or_default(),
            ArgKind::BinOp => NB_OPS.get(a).map(|s| s.to_string()).unwrap_or_default(),
        };
        let arg = match ins.op {
            crate::opcode::Opcode::MAKE_FUNCTION => {
                let names = ["defaults", "kwdefaults", "annotations", "closure"];
                let v: Vec<&str> = (0..4)
                    .filter(|b| ins.arg & (1 << b) != 0)
                    .map(|b| names[b])
                    .collect();
                if v.is_empty() {
                    "0".into()
                } else {
                    v.join(", ")
                }
            }
            crate::opcode::Opcode::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(ins.arg & 3) as usize];
                let spec = if ins.arg & 4 != 0 { "with format" } else { "" };
                match (conv.is_empty(), spec.is_empty()) {
                    (true, true) => "0".into(),
                    (false, true) => conv.into(),
                    (true, false) => spec.into(),
                    (false, false) => format!("{conv}, {spec}"),
                }
            }
            _ => arg,
        };
        let line = format!("{} {} {}", line, ins.op.name(), arg);
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  exc {}..{} -> {} depth {}{}",
            e.start,
            e.end,
            e.target,
            e.depth,
            if e.lasti { " lasti" } else { "" }
        );
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            listing_into(inner, out);
        }
    }
}

fn short_repr(c: &Constant) -> String {
    match c {
        Constant::Code(co) => format!("<code {}>", co.name),
        other => constant_repr(other),
    }
}
