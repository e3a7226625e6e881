//! `_opcode`: the one opcode table (crates/weft-compiler/src/opcode.rs) exposed to Python,
//! from which `lib/opcode.py` and `lib/dis.py` build CPython's `opcode`/`dis` API
//! (<https://docs.python.org/3.11/library/dis.html>), plus `code_instructions(code)`,
//! which lists a code object's instructions with CPython 3.11 offsets and arguments.

use weft_compiler::{ArgKind, Opcode};
use weft_vm::new_tuple_of;
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_list, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

fn kind_name(k: ArgKind) -> &'static str {
    match k {
        ArgKind::None => "none",
        ArgKind::Num => "num",
        ArgKind::Const => "const",
        ArgKind::Name => "name",
        ArgKind::GlobalName => "global",
        ArgKind::Local => "local",
        ArgKind::Free => "free",
        ArgKind::Jump => "jump",
        ArgKind::Compare => "compare",
        ArgKind::BinOp => "binop",
    }
}

/// `table()` -> list of (name, number, cache entries, arg kind, doc).
fn table(_vm: &Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(new_list(
        Opcode::ALL
            .iter()
            .filter(|op| !op.is_internal())
            .map(|op| {
                new_tuple_of([
                    new_str(op.name()),
                    Value::Int(*op as u8 as i64),
                    Value::Int(op.cache_entries() as i64),
                    new_str(kind_name(op.arg_kind())),
                    new_str(op.doc()),
                ])
            })
            .collect(),
    ))
}

fn stack_effect(vm: &Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let op = match a.first() {
        Some(Value::Int(n)) => {
            Opcode::from_u8(*n as u8).ok_or_else(|| vm.value_error("invalid opcode or oparg"))?
        }
        _ => return Err(vm.type_error("stack_effect() requires an opcode")),
    };
    let arg = match a.get(1) {
        Some(Value::Int(n)) => *n as u32,
        _ => 0,
    };
    let jump = weft_vm::builtins::kwarg(k, "jump")
        .map(|v| vm.truthy(v))
        .transpose()?;
    let e = match jump {
        Some(j) => op.stack_effect(arg, j),
        None => op.stack_effect(arg, false).max(op.stack_effect(arg, true)),
    };
    Ok(Value::Int(e as i64))
}

/// `code_instructions(code)` -> list of
/// (offset, opname, opcode, arg or None, kind, weft_arg, line or None, starts_line,
///  is_jump_target, jump_target_offset or None, (line, end_line, col, end_col)).
fn code_instructions(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::Code(cd)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("code_instructions() expects a code object"));
    };
    let code = &cd.code;
    let offs = code.cpython_offsets();
    let mut targets = std::collections::HashSet::new();
    for ins in &code.instructions {
        if ins.op.is_jump() {
            targets.insert(ins.arg as usize);
        }
    }
    // Exception handlers are jump targets too (CPython's findlabels includes them).
    for e in &code.exception_table {
        targets.insert(e.target as usize);
    }
    let mut out = Vec::new();
    let mut last_line: Option<u32> = None;
    for (i, ins) in code.instructions.iter().enumerate() {
        let pos = code.positions.get(i).copied().unwrap_or_default();
        // Line 0 means "no location", except the RESUME that starts a module.
        let has_line = pos.line != 0 || (i == 0 && &*code.name == "<module>");
        let starts = has_line && last_line != Some(pos.line);
        if starts {
            last_line = Some(pos.line);
        }
        let arg = if ins.op.has_arg() {
            Value::Int(code.cpython_arg(i, &offs) as i64)
        } else {
            Value::None
        };
        let jt = if ins.op.is_jump() {
            Value::Int(code.cpython_start(ins.arg as usize, &offs) as i64)
        } else {
            Value::None
        };
        let position = || {
            new_tuple_of([
                Value::Int(pos.line as i64),
                Value::Int(pos.end_line as i64),
                Value::Int(pos.col as i64),
                Value::Int(pos.end_col as i64),
            ])
        };
        // EXTENDED_ARG prefixes are listed as instructions of their own (as CPython's
        // dis shows them): the first one takes the line start and the jump-target mark.
        let start = code.cpython_start(i, &offs);
        let nprefix = (offs[i] - start) / 2;
        let full = code.cpython_arg(i, &offs);
        let mut starts = starts;
        let mut target = targets.contains(&i);
        for k in 0..nprefix {
            out.push(new_tuple_of([
                Value::Int((start + 2 * k) as i64),
                new_str("EXTENDED_ARG"),
                Value::Int(Opcode::EXTENDED_ARG as u8 as i64),
                Value::Int((full >> (8 * (nprefix - k))) as i64),
                new_str("num"),
                Value::Int((full >> (8 * (nprefix - k))) as i64),
                Value::Int(pos.line as i64),
                Value::Bool(starts),
                Value::Bool(target),
                Value::None,
                position(),
            ]));
            starts = false;
            target = false;
        }
        out.push(new_tuple_of([
            Value::Int(offs[i] as i64),
            new_str(ins.op.name()),
            Value::Int(ins.op as u8 as i64),
            arg,
            new_str(kind_name(ins.op.arg_kind())),
            Value::Int(ins.arg as i64),
            Value::Int(pos.line as i64),
            Value::Bool(starts),
            Value::Bool(target),
            jt,
            position(),
        ]));
    }
    Ok(new_list(out))
}

/// `code_info(code)` -> (exception table entries as CPython offsets).
fn exception_table(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::Code(cd)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("exception_table() expects a code object"));
    };
    let code = &cd.code;
    let offs = code.cpython_offsets();
    Ok(new_list(
        code.exception_table
            .iter()
            .map(|e| {
                new_tuple_of([
                    Value::Int(code.cpython_start(e.start as usize, &offs) as i64),
                    Value::Int(code.cpython_start(e.end as usize, &offs) as i64),
                    Value::Int(code.cpython_start(e.target as usize, &offs) as i64),
                    Value::Int(e.depth as i64),
                    Value::Bool(e.lasti),
                ])
            })
            .collect(),
    ))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = weft_vm::import::new_module("_opcode");
    for (name, f) in [
        ("table", table as weft_vm::types::function::NativeFn),
        ("stack_effect", stack_effect),
        ("code_instructions", code_instructions),
        ("exception_table", exception_table),
    ] {
        weft_vm::import::set(&m, name, native(name, f, BuiltinKind::Function, None, None));
    }
    weft_vm::import::set(
        &m,
        "cmp_op",
        new_tuple(
            weft_compiler::opcode::CMP_OP
                .iter()
                .map(|s| new_str(*s))
                .collect(),
        ),
    );
    weft_vm::import::set(
        &m,
        "nb_ops",
        new_tuple(
            weft_compiler::opcode::NB_OPS
                .iter()
                .map(|s| new_str(*s))
                .collect(),
        ),
    );
    Ok(m)
}

fn code_of(vm: &Vm, v: &Value) -> PyResult<std::sync::Arc<weft_compiler::CodeObject>> {
    match v.payload() {
        Some(Payload::Code(cd)) => Ok(cd.code.clone()),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

/// `code.co_lines()`: (start, end, line) per instruction, in CPython byte offsets.
fn co_lines(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let code = code_of(vm, &a[0])?;
    let offs = code.cpython_offsets();
    let items: Vec<Value> = (0..code.instructions.len())
        .map(|i| {
            let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
            let start = if i == 0 {
                0
            } else {
                offs[i - 1] + 2 * (1 + code.instructions[i - 1].op.cache_entries())
            };
            let start = start.min(offs[i]);
            new_tuple_of([
                Value::Int(start as i64),
                Value::Int(offs[i + 1] as i64),
                if line == 0 && !(i == 0 && &*code.name == "<module>") {
                    Value::None
                } else {
                    Value::Int(line as i64)
                },
            ])
        })
        .collect();
    weft_vm::types::iter::get_iter(vm, &new_list(items))
}

/// `code.co_positions()`: one (line, end_line, col, end_col) per code unit.
fn co_positions(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let code = code_of(vm, &a[0])?;
    let offs = code.cpython_offsets();
    let mut items = Vec::new();
    let mut prev_end = 0;
    for (i, p) in code.positions.iter().enumerate() {
        let units = (offs[i + 1] - prev_end) / 2;
        prev_end = offs[i + 1];
        let located = p.line != 0 || (i == 0 && &*code.name == "<module>");
        let num = |n: u32| {
            if located {
                Value::Int(n as i64)
            } else {
                Value::None
            }
        };
        // RETURN_GENERATOR and the POP_TOP after it carry a line but no columns
        let generator_prefix =
            |j: usize| code.instructions.get(j).map(|ins| ins.op) == Some(Opcode::RETURN_GENERATOR);
        let col = |n: u32| {
            if generator_prefix(i) || (i > 0 && generator_prefix(i - 1)) {
                Value::None
            } else {
                num(n)
            }
        };
        for _ in 0..units {
            items.push(new_tuple_of([
                num(p.line),
                num(p.end_line),
                col(p.col),
                col(p.end_col),
            ]));
        }
    }
    weft_vm::types::iter::get_iter(vm, &new_list(items))
}

/// Methods of code objects that need the compiler's layout helpers.
pub fn register_code_methods() {
    let t = &weft_vm::types::types().code;
    weft_vm::types::add_method(t, "co_lines", co_lines);
    weft_vm::types::add_method(t, "co_positions", co_positions);
    weft_vm::types::add_method(t, "replace", crate::code_replace::co_replace);
}
