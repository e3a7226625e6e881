//! Where a syntax error in a script read from a file differs from one in a string:
//! CPython re-reads the error's line from the file through a 1000-byte buffer, and its
//! file tokenizer has an empty buffer at the end of the input.

use weft_compiler::CompileError;

/// Messages of errors CPython's tokenizer raises on a line it has just read (so before
/// reading further lines), locating them itself (character offsets, its own copy of the
/// line).
const TOKENIZER: [&str; 13] = [
    "invalid character",
    "invalid non-printable character",
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid octal literal",
    "invalid binary literal",
    "invalid digit",
    "leading zeros",
    "unterminated string literal",
    "unmatched",
    "closing parenthesis",
    "too many nested parentheses",
    "unexpected character after line continuation",
];

/// Tokenizer errors raised on the line just read that the parser locates.
const TOKENIZER_PARSER_LOCATED: [&str; 2] = ["unindent does not match", "inconsistent use of tabs"];

/// Other errors located by the tokenizer (or the f-string parser), not by the parser.
const TOKENIZER_LATER: [&str; 3] = [
    "unterminated triple-quoted string literal",
    "f-string",
    "(unicode error)",
];

fn starts_with_any(e: &CompileError, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| e.msg.starts_with(p))
}

/// Whether CPython's tokenizer raises this error on the line it has just read.
pub(crate) fn raised_on_line(e: &CompileError) -> bool {
    starts_with_any(e, &TOKENIZER) || starts_with_any(e, &TOKENIZER_PARSER_LOCATED)
}

/// Whether CPython's tokenizer locates this error (else the parser does).
fn from_tokenizer(e: &CompileError) -> bool {
    starts_with_any(e, &TOKENIZER) || starts_with_any(e, &TOKENIZER_LATER)
}

/// A parser error of source given as a string: CPython's tokenizer adds a newline to
/// the source only in `exec` mode, so an error on an unterminated last line has `text`
/// without a newline in `eval` and `single` modes (`compile("a b", "<s>", "eval")`:
/// `'a b'`). An unclosed bracket is reported with its line, which keeps its newline
/// only when it is the last line (`'(\n'` for `"("` in `exec` mode, `'('` for `"(\n1"`).
pub(crate) fn adjust_for_string(e: &mut CompileError, src: &str, exec: bool) {
    // (the tokenizer's errors carry its own copy of the line, but an f-string's error
    // is the parser's, on the whole line)
    if from_tokenizer(e) && !e.msg.starts_with("f-string") {
        return;
    }
    let terminated = src.ends_with('\n');
    let newlines = src.bytes().filter(|&b| b == b'\n').count();
    let last_line = if terminated { newlines } else { newlines + 1 };
    let on_last = e.line as usize == last_line;
    if e.msg.ends_with("was never closed") {
        e.text_newline = on_last && (terminated || exec);
    } else if on_last && !terminated && !exec {
        e.text_newline = false;
    }
}

/// The part of a line (with its newline) CPython's `err_programtext` keeps: it reads the
/// line with `fgets` into a 1000-byte buffer, 999 bytes at a time, and keeps the last
/// piece. None where it finds no line (a piece of exactly 999 bytes ends the file).
pub(crate) fn last_piece(line: &[u8]) -> Option<&[u8]> {
    const PIECE: usize = 999;
    let mut at = 0;
    loop {
        let take = PIECE.min(line.len() - at);
        let piece = &line[at..at + take];
        at += take;
        if take < PIECE || piece[PIECE - 1] == b'\n' {
            return Some(piece);
        }
        if at == line.len() {
            return None;
        }
    }
}

/// The 1-based byte offset of a 1-based character column of `line`.
fn byte_offset(line: &str, col: u32) -> u32 {
    let chars = (col as usize).saturating_sub(1);
    let bytes = match line.char_indices().nth(chars) {
        Some((i, _)) => i,
        None => line.len() + (chars - line.chars().count()),
    };
    bytes as u32 + 1
}

/// Turn the error's character columns into the UTF-8 byte offsets CPython reports where
/// it takes them unconverted from its tokens or syntax tree: errors found after parsing
/// (in every mode) and parser errors of a script read from a file or stdin.
pub(crate) fn byte_columns(e: &mut CompileError) {
    let Some(text) = e.text.as_deref() else {
        return;
    };
    if text.is_ascii() {
        return;
    }
    if e.col > 0 {
        e.col = byte_offset(text, e.col);
    }
    if e.end_col > 0 && e.end_col != u32::MAX && e.end_line == e.line {
        e.end_col = byte_offset(text, e.end_col);
    }
}

/// Adjust a parser error of source given as bytes with no declared encoding: byte
/// offsets, except where the tokenizer locates the error.
pub(crate) fn adjust_for_bytes(e: &mut CompileError) {
    if !from_tokenizer(e) && !e.at_end {
        byte_columns(e);
    }
}

/// Adjust a parser error of a script read from a file or stdin as CPython reports it:
/// offset 0 on the end marker, else byte offsets; and when `filename` names a file
/// (CPython re-reads the line from it), for a line longer than its read buffer only the
/// last piece of the line.
pub(crate) fn adjust_for_file(e: &mut CompileError, filename: &str) {
    if from_tokenizer(e) {
        return;
    }
    if e.at_end {
        e.col = 0;
    } else {
        byte_columns(e);
    }
    if !std::path::Path::new(filename).is_file() {
        return;
    }
    let Some(text) = e.text.as_deref() else {
        return;
    };
    let mut line = text.as_bytes().to_vec();
    if e.text_newline {
        line.push(b'\n');
    }
    if line.len() < 999 {
        return;
    }
    let Some(piece) = last_piece(&line) else {
        e.text = None;
        return;
    };
    let piece = String::from_utf8_lossy(piece).into_owned();
    e.text_newline = piece.ends_with('\n');
    e.text = Some(piece.strip_suffix('\n').unwrap_or(&piece).to_string());
}
