//! CPython 3.11's byte formats of a code object — `co_code`, `co_linetable` and
//! `co_exceptiontable` — written from weft's code objects and read back (for
//! `code.replace()`), with a check that replaced bytecode is safe for weft's VM to run.
//! See <https://docs.python.org/3.11/reference/datamodel.html#code-objects>.

use crate::code::{CodeObject, ExceptionEntry, Position};
use crate::opcode::{ArgKind, Instr, Opcode};

/// Code units (2 bytes each) covered by each instruction, EXTENDED_ARG prefixes and
/// inline caches included, from CPython byte offsets.
fn units(code: &CodeObject, offs: &[u32]) -> Vec<u32> {
    let mut prev_end = 0;
    (0..code.instructions.len())
        .map(|i| {
            let n = (offs[i + 1] - prev_end) / 2;
            prev_end = offs[i + 1];
            n
        })
        .collect()
}

/// Whether instruction `i` has a source location (as `dis` shows it).
fn has_location(code: &CodeObject, i: usize) -> bool {
    let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
    line != 0 || (i == 0 && &*code.name == "<module>")
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    // Six bits per byte, least significant first; 0x40 means "more follows".
    while v >= 64 {
        out.push(0x40 | (v & 63) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn push_svarint(out: &mut Vec<u8>, v: i64) {
    let z = if v < 0 { ((-v) << 1) | 1 } else { v << 1 };
    push_varint(out, z as u32);
}

/// `co_linetable`: one entry per run of up to 8 code units, in the "long" form (or
/// "no location"), which every CPython 3.11 reader decodes.
pub fn encode_linetable(code: &CodeObject) -> Vec<u8> {
    let offs = code.cpython_offsets();
    let mut out = Vec::new();
    let mut line = code.first_line as i64;
    for (i, n) in units(code, &offs).into_iter().enumerate() {
        let p = code.positions.get(i).copied().unwrap_or_default();
        let mut left = n;
        while left > 0 {
            let len = left.min(8);
            left -= len;
            if !has_location(code, i) {
                out.push(0x80 | (15 << 3) | (len - 1) as u8);
                continue;
            }
            out.push(0x80 | (14 << 3) | (len - 1) as u8);
            push_svarint(&mut out, p.line as i64 - line);
            line = p.line as i64;
            push_varint(&mut out, p.end_line.saturating_sub(p.line));
            push_varint(&mut out, p.col + 1);
            push_varint(&mut out, p.end_col + 1);
        }
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let v = *self.b.get(self.i)?;
        self.i += 1;
        Some(v)
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            v |= ((b & 63) as u32).checked_shl(shift)?;
            if b & 0x40 == 0 {
                return Some(v);
            }
            shift += 6;
            if shift > 30 {
                return None;
            }
        }
    }
    fn svarint(&mut self) -> Option<i64> {
        let z = self.varint()? as i64;
        Some(if z & 1 != 0 { -(z >> 1) } else { z >> 1 })
    }
}

/// Positions per code unit from a `co_linetable` (any of the 3.11 entry forms).
pub fn decode_linetable(bytes: &[u8], first_line: u32) -> Option<Vec<Position>> {
    let mut r = Reader { b: bytes, i: 0 };
    let mut line = first_line as i64;
    let mut out = Vec::new();
    while let Some(first) = r.byte() {
        if first & 0x80 == 0 {
            return None;
        }
        let code = (first >> 3) & 15;
        let len = (first & 7) as usize + 1;
        let pos = match code {
            15 => Position::default(),
            14 => {
                line += r.svarint()?;
                let end = line + r.varint()? as i64;
                let col = r.varint()?.saturating_sub(1);
                let end_col = r.varint()?.saturating_sub(1);
                pos_at(line, end, col, end_col)?
            }
            13 => {
                line += r.svarint()?;
                pos_at(line, line, 0, 0)?
            }
            10..=12 => {
                line += (code - 10) as i64;
                let col = r.byte()? as u32;
                let end_col = r.byte()? as u32;
                pos_at(line, line, col, end_col)?
            }
            _ => {
                let b = r.byte()? as u32;
                let col = code as u32 * 8 + ((b >> 4) & 7);
                pos_at(line, line, col, col + (b & 15))?
            }
        };
        out.extend(std::iter::repeat_n(pos, len));
    }
    Some(out)
}

fn pos_at(line: i64, end: i64, col: u32, end_col: u32) -> Option<Position> {
    Some(Position {
        line: u32::try_from(line).ok()?,
        end_line: u32::try_from(end).ok()?,
        col,
        end_col,
    })
}

fn push_exc_varint(out: &mut Vec<u8>, v: u32, start: bool) {
    // Six bits per byte, most significant first; 0x40: more follows; 0x80: new entry.
    let mut chunks = vec![v & 63];
    let mut rest = v >> 6;
    while rest > 0 {
        chunks.push(rest & 63);
        rest >>= 6;
    }
    let n = chunks.len();
    for (k, c) in chunks.into_iter().rev().enumerate() {
        let mut b = c as u8;
        if k + 1 < n {
            b |= 0x40;
        }
        if k == 0 && start {
            b |= 0x80;
        }
        out.push(b);
    }
}

/// `co_exceptiontable`: (start, length, target, depth * 2 + lasti) per entry, in code units.
pub fn encode_exception_table(code: &CodeObject) -> Vec<u8> {
    let offs = code.cpython_offsets();
    let unit_start = |i: u32| -> u32 {
        let i = i as usize;
        if i == 0 {
            0
        } else {
            offs[i - 1] / 2 + 1 + code.instructions[i - 1].op.cache_entries()
        }
    };
    let mut out = Vec::new();
    for e in &code.exception_table {
        let start = unit_start(e.start);
        let end = unit_start(e.end).max(start);
        push_exc_varint(&mut out, start, true);
        push_exc_varint(&mut out, end - start, false);
        push_exc_varint(
            &mut out,
            code.cpython_start(e.target as usize, &offs) / 2,
            false,
        );
        push_exc_varint(&mut out, e.depth * 2 + e.lasti as u32, false);
    }
    out
}

/// Entries (start, end, target in code units; depth; lasti) of a `co_exceptiontable`.
pub fn decode_exception_table(bytes: &[u8]) -> Option<Vec<(u32, u32, u32, u32, bool)>> {
    fn read(bytes: &[u8], i: &mut usize, first: bool) -> Option<u32> {
        let mut b = *bytes.get(*i)?;
        if first != (b & 0x80 != 0) {
            return None;
        }
        *i += 1;
        let mut v = (b & 63) as u32;
        while b & 0x40 != 0 {
            b = *bytes.get(*i)?;
            *i += 1;
            v = v.checked_mul(64)? | (b & 63) as u32;
        }
        Some(v)
    }
    let mut i = 0;
    let mut out = Vec::new();
    while i < bytes.len() {
        let start = read(bytes, &mut i, true)?;
        let len = read(bytes, &mut i, false)?;
        let target = read(bytes, &mut i, false)?;
        let dl = read(bytes, &mut i, false)?;
        out.push((start, start.checked_add(len)?, target, dl >> 1, dl & 1 != 0));
    }
    Some(out)
}

/// The parts of a code object that `replace()` may take from CPython's byte formats.
pub struct Replaced<'a> {
    pub co_code: Option<&'a [u8]>,
    pub linetable: Option<&'a [u8]>,
    pub exceptiontable: Option<&'a [u8]>,
}

/// Rebuild the instructions, positions and exception table of `code` from replaced
/// bytes (those not given are taken from `code` itself); errors say what is wrong.
pub fn rebuild(code: &mut CodeObject, r: Replaced) -> Result<(), String> {
    let offs = code.cpython_offsets();
    let unit_pos: Vec<Position> = match r.linetable {
        Some(b) => decode_linetable(b, code.first_line).ok_or("invalid co_linetable")?,
        None => {
            let mut v = Vec::new();
            for (i, n) in units(code, &offs).into_iter().enumerate() {
                let p = if has_location(code, i) {
                    code.positions[i]
                } else {
                    Position::default()
                };
                v.extend(std::iter::repeat_n(p, n as usize));
            }
            v
        }
    };
    let table = match r.exceptiontable {
        Some(b) => decode_exception_table(b).ok_or("invalid co_exceptiontable")?,
        None => {
            let bytes = encode_exception_table(code);
            decode_exception_table(&bytes).unwrap_or_default()
        }
    };
    let Some(bytes) = r
        .co_code
        .map(|b| b.to_vec())
        .or_else(|| (r.linetable.is_some() || r.exceptiontable.is_some()).then(|| code.co_code()))
    else {
        return Ok(());
    };
    if bytes.len() % 2 != 0 {
        return Err("co_code must have an even length".into());
    }
    // Decode: (first unit of the instruction incl. its prefixes, unit after it, Instr).
    let mut decoded: Vec<(u32, u32, Opcode, u32)> = Vec::new();
    let mut unit = 0u32;
    let mut ext = 0u32;
    let mut start = None;
    let n_units = (bytes.len() / 2) as u32;
    while unit < n_units {
        let op = Opcode::from_u8(bytes[2 * unit as usize])
            .ok_or_else(|| format!("unknown opcode {}", bytes[2 * unit as usize]))?;
        let arg = (ext << 8) | bytes[2 * unit as usize + 1] as u32;
        let first = *start.get_or_insert(unit);
        unit += 1;
        if op == Opcode::EXTENDED_ARG {
            ext = arg;
            continue;
        }
        if op == Opcode::CACHE {
            return Err("misplaced CACHE entry in co_code".into());
        }
        unit += op.cache_entries();
        decoded.push((first, unit.min(n_units), op, arg));
        ext = 0;
        start = None;
    }
    let index_of = |u: u32| decoded.iter().position(|d| d.0 <= u && u < d.1);
    let exact_index = |u: u32| decoded.iter().position(|d| d.0 == u);
    let mut instructions = Vec::with_capacity(decoded.len());
    let mut positions = Vec::with_capacity(decoded.len());
    for (k, &(first, end, op, arg)) in decoded.iter().enumerate() {
        let arg = if op.is_jump() {
            let back = op.name().contains("BACKWARD");
            let target = if back {
                end.checked_sub(arg)
            } else {
                end.checked_add(arg)
            };
            target
                .and_then(exact_index)
                .ok_or_else(|| format!("jump target out of range at offset {}", 2 * first))?
                as u32
        } else {
            arg
        };
        instructions.push(Instr { op, arg });
        // The position of the instruction's own unit (after any prefixes).
        let own = end - 1 - op.cache_entries();
        let p = unit_pos.get(own as usize).copied().unwrap_or_default();
        let _ = k;
        positions.push(p);
    }
    let mut exception_table = Vec::new();
    for (s, e, t, depth, lasti) in table {
        let (Some(si), Some(ti)) = (index_of(s), exact_index(t)) else {
            return Err("co_exceptiontable does not match co_code".into());
        };
        let ei = if e >= n_units {
            decoded.len()
        } else {
            index_of(e).ok_or("co_exceptiontable does not match co_code")?
        };
        exception_table.push(ExceptionEntry {
            start: si as u32,
            end: ei as u32,
            target: ti as u32,
            depth,
            lasti,
        });
    }
    code.instructions = instructions;
    code.positions = positions;
    code.exception_table = exception_table;
    Ok(())
}

/// Check that the code's instructions only use valid indices and jump targets and that
/// the value stack never underflows on any path (so the VM can run it).
pub fn validate(code: &CodeObject, nconsts: usize) -> Result<(), String> {
    let n = code.instructions.len();
    let nlocalsplus = code.nlocalsplus() as u32;
    if n == 0 {
        return Err("co_code is empty".into());
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        let bad = match ins.op.arg_kind() {
            ArgKind::Const => ins.arg as usize >= nconsts,
            ArgKind::Name => ins.arg as usize >= code.names.len(),
            ArgKind::GlobalName => (ins.arg >> 1) as usize >= code.names.len(),
            ArgKind::Local => ins.arg as usize >= code.varnames.len(),
            ArgKind::Free => ins.arg >= nlocalsplus,
            ArgKind::Jump => ins.arg as usize >= n,
            ArgKind::Compare => ins.arg > 5,
            ArgKind::BinOp => ins.arg > 25,
            // `COPY 0` / `SWAP 0` would name the slot above the top of the stack.
            _ if matches!(ins.op, Opcode::COPY | Opcode::SWAP) => ins.arg == 0,
            _ => false,
        };
        if bad {
            return Err(format!(
                "argument {} of {} at instruction {i} is out of range",
                ins.arg,
                ins.op.name()
            ));
        }
    }
    for e in &code.exception_table {
        if e.start > e.end || e.end as usize > n || e.target as usize >= n {
            return Err("exception table entry out of range".into());
        }
    }
    stack_depths(code).map(|_| ())
}

/// The value-stack depth before each instruction (`None` for unreachable ones).
/// Every path must agree on the depth at each instruction, and an instruction must find
/// at least as many values as it takes; otherwise the error says where it fails.
pub fn stack_depths(code: &CodeObject) -> Result<Vec<Option<i64>>, String> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    for e in &code.exception_table {
        work.push((e.target as usize, e.depth as i64 + 1 + e.lasti as i64));
    }
    while let Some((i, d)) = work.pop() {
        if i >= n {
            return Err("execution falls off the end of co_code".into());
        }
        match depth[i] {
            Some(old) if old == d => continue,
            Some(_) => return Err(format!("inconsistent stack depth at instruction {i}")),
            None => depth[i] = Some(d),
        }
        let ins = code.instructions[i];
        let need = inputs(ins.op, ins.arg);
        if d < need {
            return Err(format!(
                "stack underflow at instruction {i} ({} needs {need}, has {d})",
                ins.op.name()
            ));
        }
        if ins.op.is_jump() {
            work.push((
                ins.arg as usize,
                d + ins.op.stack_effect(ins.arg, true) as i64,
            ));
        }
        if ins.op == Opcode::RETURN_GENERATOR {
            // resumed with the sent value on the stack
            work.push((i + 1, d + 1));
        } else if !ins.op.is_terminator()
            && !matches!(ins.op, Opcode::RERAISE | Opcode::RAISE_VARARGS)
        {
            work.push((i + 1, d + ins.op.stack_effect(ins.arg, false) as i64));
        }
    }
    Ok(depth)
}

/// How many values an instruction reads from the stack (at least its net pops).
pub fn inputs(op: Opcode, arg: u32) -> i64 {
    use Opcode::*;
    let a = arg as i64;
    let net = -(op.stack_effect(arg, false).min(op.stack_effect(arg, true)) as i64);
    let reads = match op {
        POP_TOP | UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT | GET_ITER
        | GET_YIELD_FROM_ITER | LOAD_ATTR | LOAD_METHOD | FOR_ITER | RETURN_VALUE | YIELD_VALUE
        | STORE_FAST | STORE_NAME | STORE_GLOBAL | STORE_DEREF | IMPORT_FROM | GET_LEN
        | MATCH_MAPPING | MATCH_SEQUENCE | FORMAT_VALUE | UNPACK_SEQUENCE | UNPACK_EX
        | PRINT_EXPR | PUSH_EXC_INFO | JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP
        | CHECK_EXC_MATCH | POP_EXCEPT | BEFORE_WITH | SEND | GET_AWAITABLE | GET_ANEXT
        | GET_AITER | END_ASYNC_FOR | BEFORE_ASYNC_WITH => 1,
        BINARY_OP | BINARY_SUBSCR | COMPARE_OP | IS_OP | CONTAINS_OP | STORE_ATTR
        | DELETE_SUBSCR | IMPORT_NAME | LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE
        | DICT_UPDATE | DICT_MERGE | CHECK_EG_MATCH | CALL | MATCH_KEYS | PREP_RERAISE_STAR => 2,
        // The exception, and with an argument the `lasti` that many values below it.
        RERAISE => a + 1,
        STORE_SUBSCR | BUILD_SLICE | MAP_ADD | WITH_EXCEPT_START | MATCH_CLASS => 3,
        SWAP | COPY => a,
        PRECALL => a + 2,
        CALL_FUNCTION_EX => 3 + (a & 1),
        MAKE_FUNCTION => 1 + (a & 1) + (a >> 1 & 1) + (a >> 2 & 1) + (a >> 3 & 1),
        RAISE_VARARGS => a,
        _ => 0,
    };
    reads.max(net)
}
