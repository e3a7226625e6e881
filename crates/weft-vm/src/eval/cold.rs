//! The cold half of the eval loop: instructions that programs run rarely or that do
//! much work each time (imports, class bodies, `with`, raising and handling exceptions,
//! building containers, names in module and class bodies). `step` in `eval.rs` hands
//! them here so that its own loop stays small enough for LLVM to keep its state in
//! registers (measured: 2–8% fewer instructions on every benchmark).

use super::*;
use crate::types::function::{Closure, INLINE_CELLS};
/// What a cold instruction (run by [`step_cold`]) tells the eval loop.
pub(super) enum Flow {
    /// Go on with the next instruction.
    Next,
    /// The frame exits (a yield from a generator's frame).
    Exit(Exit),
}

/// Every opcode [`step_cold`] runs: the eval loop's match names these in one arm instead
/// of a `_` arm, so that it is exhaustive. An exhaustive match on the opcode byte lets
/// LLVM index its jump table without a range check first (2 instructions on every
/// dispatch). A new opcode must be added here or to `step`.
macro_rules! cold_opcodes {
    () => {
        Opcode::UNARY_POSITIVE
            | Opcode::UNARY_NEGATIVE
            | Opcode::UNARY_INVERT
            | Opcode::GET_LEN
            | Opcode::MATCH_MAPPING
            | Opcode::MATCH_SEQUENCE
            | Opcode::MATCH_KEYS
            | Opcode::MATCH_CLASS
            | Opcode::PUSH_EXC_INFO
            | Opcode::POP_EXCEPT
            | Opcode::CHECK_EXC_MATCH
            | Opcode::CHECK_EG_MATCH
            | Opcode::PREP_RERAISE_STAR
            | Opcode::RERAISE
            | Opcode::RAISE_VARARGS
            | Opcode::LOAD_ASSERTION_ERROR
            | Opcode::WITH_EXCEPT_START
            | Opcode::BEFORE_WITH
            | Opcode::GET_AITER
            | Opcode::GET_ANEXT
            | Opcode::BEFORE_ASYNC_WITH
            | Opcode::END_ASYNC_FOR
            | Opcode::ASYNC_GEN_WRAP
            | Opcode::GET_AWAITABLE
            | Opcode::GET_YIELD_FROM_ITER
            | Opcode::RETURN_GENERATOR
            | Opcode::SEND
            | Opcode::PRINT_EXPR
            | Opcode::LOAD_BUILD_CLASS
            | Opcode::SETUP_ANNOTATIONS
            | Opcode::IMPORT_NAME
            | Opcode::IMPORT_FROM
            | Opcode::IMPORT_STAR
            | Opcode::LOAD_NAME
            | Opcode::STORE_NAME
            | Opcode::DELETE_NAME
            | Opcode::LOAD_CLASSDEREF
            | Opcode::STORE_GLOBAL
            | Opcode::DELETE_GLOBAL
            | Opcode::DELETE_FAST
            | Opcode::DELETE_DEREF
            | Opcode::DELETE_ATTR
            | Opcode::DELETE_SUBSCR
            | Opcode::UNPACK_EX
            | Opcode::BUILD_SLICE
            | Opcode::BUILD_LIST
            | Opcode::BUILD_SET
            | Opcode::BUILD_MAP
            | Opcode::BUILD_CONST_KEY_MAP
            | Opcode::BUILD_STRING
            | Opcode::LIST_TO_TUPLE
            | Opcode::LIST_EXTEND
            | Opcode::SET_ADD
            | Opcode::SET_UPDATE
            | Opcode::MAP_ADD
            | Opcode::DICT_MERGE
            | Opcode::DICT_UPDATE
            | Opcode::CALL_FUNCTION_EX
            | Opcode::FORMAT_VALUE
    };
}
pub(super) use cold_opcodes;

/// The instructions that programs run rarely or that do much work each time (imports,
/// class bodies, `with`, exception handling, building containers): kept out of `step`
/// so that the hot loop stays small enough for its state to live in registers.
#[inline(never)]
pub(super) fn step_cold(
    vm: &Vm,
    f: &mut Frame,
    cd: &'static crate::types::function::CodeData,
    ins: weft_compiler::Instr,
) -> Result<Flow, (PyErr, bool)> {
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => return Err((e, false)),
            }
        };
    }
    let arg = ins.arg;
    match ins.op {
        Opcode::DELETE_FAST => {
            if f.fast[arg as usize].is_null() {
                let name = cd.code.varnames[arg as usize].to_string();
                return Err((vm.new_error("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value")), false));
            }
            f.fast[arg as usize] = Value::Null;
            crate::finalize::run_pending_after_del(vm);
        }
        Opcode::STORE_GLOBAL => {
            vm.release_global_borrows();
            let v = pop!(f);
            let g = dict_of(f.globals.dict.as_ref().unwrap_or(&f.globals));
            g.set_str(
                cd.names[arg as usize].clone(),
                cd.name_hashes[arg as usize],
                v,
            );
            crate::finalize::run_pending(vm);
        }
        Opcode::DELETE_GLOBAL => {
            vm.release_global_borrows();
            let g = dict_of(f.globals.dict.as_ref().unwrap_or(&f.globals));
            if g.remove_str(&cd.names[arg as usize], cd.name_hashes[arg as usize])
                .is_none()
            {
                return Err((vm.name_error(&cd.code.names[arg as usize]), false));
            }
            crate::finalize::run_pending_after_del(vm);
        }
        Opcode::LOAD_NAME => {
            crate::finalize::run_pending(vm);
            let name = &cd.names[arg as usize];
            let h = cd.name_hashes[arg as usize];
            let v = tri!(load_name(vm, f, name, h, &cd.code.names[arg as usize]));
            f.stack.spush(v);
        }
        Opcode::STORE_NAME => {
            vm.release_global_borrows();
            let v = pop!(f);
            let name = cd.names[arg as usize].clone();
            tri!(store_name(vm, f, name, cd.name_hashes[arg as usize], v));
            crate::finalize::run_pending(vm);
        }
        Opcode::DELETE_NAME => {
            vm.release_global_borrows();
            let name = &cd.names[arg as usize];
            tri!(delete_name(vm, f, name, &cd.code.names[arg as usize]));
            crate::finalize::run_pending_after_del(vm);
        }
        Opcode::LOAD_CLASSDEREF => {
            let name = deref_name(cd, arg as usize);
            let key = crate::intern(&name);
            let found = match &f.locals {
                Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
                    dict_of(o).get_str(&key, crate::str_hash(&key))
                }
                _ => None,
            };
            let v = match found {
                Some(v) => v,
                None => {
                    let v = cell_get(&f.fast[arg as usize]);
                    if v.is_null() {
                        return Err((deref_error(vm, cd, arg as usize), false));
                    }
                    v
                }
            };
            f.stack.spush(v);
        }
        Opcode::DELETE_DEREF => {
            if cell_get(&f.fast[arg as usize]).is_null() {
                return Err((deref_error(vm, cd, arg as usize), false));
            }
            cell_set(&f.fast[arg as usize], Value::Null);
        }
        Opcode::UNARY_NEGATIVE => {
            let v = pop!(f);
            let r = tri!(crate::ops::neg(vm, &v));
            f.stack.spush(r);
        }
        Opcode::UNARY_POSITIVE => {
            let v = pop!(f);
            let r = tri!(crate::ops::pos(vm, &v));
            f.stack.spush(r);
        }
        Opcode::UNARY_INVERT => {
            let v = pop!(f);
            let r = tri!(crate::ops::invert(vm, &v));
            f.stack.spush(r);
        }
        Opcode::DELETE_SUBSCR => {
            let k = pop!(f);
            let o = borrow::operand(pop!(f), arg, true, vm);
            tri!(crate::ops::delitem(vm, &o, &k));
        }
        Opcode::BUILD_SLICE => {
            let bounds = pop_slice_bounds!(f, arg);
            f.stack.spush(crate::types::slice::new_slice(bounds));
        }
        Opcode::GET_YIELD_FROM_ITER => {
            let v = pop!(f);
            let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                v
            } else {
                tri!(vm.iter(&v))
            };
            f.stack.spush(it);
        }
        Opcode::UNPACK_EX => {
            let v = pop!(f);
            let before = (arg & 0xff) as usize;
            let after = (arg >> 8) as usize;
            let items = tri!(unpack(vm, &v, before, Some(after)));
            for x in items.into_iter().rev() {
                f.stack.spush(x);
            }
        }
        Opcode::BUILD_LIST => {
            let n = f.stack.len() - arg as usize;
            let items = f.stack.split_off(n);
            f.stack.spush(new_list(items));
        }
        Opcode::BUILD_SET => {
            let n = f.stack.len() - arg as usize;
            let items = f.stack.split_off(n);
            let d = crate::types::set_table::PySet::new();
            for x in items {
                tri!(d.add(vm, x));
            }
            f.stack.spush(crate::new_set(d, false));
        }
        Opcode::BUILD_MAP => {
            let n = f.stack.len() - 2 * arg as usize;
            let items = f.stack.split_off(n);
            let d = crate::types::dict::Dict::with_capacity(arg as usize);
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                tri!(d.set(vm, k, v));
            }
            f.stack.spush(crate::new_dict_from(d));
        }
        Opcode::BUILD_CONST_KEY_MAP => {
            let keys = pop!(f);
            let n = f.stack.len() - arg as usize;
            let vals = f.stack.split_off(n);
            let d = crate::types::dict::Dict::with_capacity(arg as usize);
            if let Some(Payload::Tuple(ks)) = keys.payload() {
                for (k, v) in ks.iter().zip(vals) {
                    tri!(d.set(vm, k.clone(), v));
                }
            }
            f.stack.spush(crate::new_dict_from(d));
        }
        Opcode::BUILD_STRING => {
            // An f-string's pieces, joined into a string sized once: stored inline when
            // short (most are), else one heap block.
            let n = f.stack.len() - arg as usize;
            fn piece(x: &Value) -> &str {
                match x.payload() {
                    Some(Payload::Str(p)) => p.as_str(),
                    _ => "",
                }
            }
            let total: usize = f.stack[n..].iter().map(|x| piece(x).len()).sum();
            let r = if total <= crate::types::str::INLINE {
                let mut buf = [0u8; crate::types::str::INLINE];
                let mut k = 0;
                for x in &f.stack[n..] {
                    let p = piece(x).as_bytes();
                    buf[k..k + p.len()].copy_from_slice(p);
                    k += p.len();
                }
                // The pieces are whole strs, so their concatenation is UTF-8.
                crate::new_str_from(std::str::from_utf8(&buf[..k]).unwrap_or_default())
            } else {
                let mut s = String::with_capacity(total);
                for x in &f.stack[n..] {
                    s.push_str(piece(x));
                }
                new_str(s)
            };
            crate::value::truncate_values(&mut f.stack, n);
            f.stack.spush(r);
        }
        Opcode::SET_ADD => {
            let v = pop!(f);
            let s = f.stack[f.stack.len() - arg as usize].clone();
            if let Some(Payload::Set(d)) = s.payload() {
                tri!(d.set(vm, v, Value::None));
            }
        }
        Opcode::MAP_ADD => {
            let v = pop!(f);
            let k = pop!(f);
            let m = f.stack[f.stack.len() - arg as usize].clone();
            if let Some(Payload::Dict(d)) = m.payload() {
                tri!(d.set(vm, k, v));
            }
        }
        Opcode::LIST_EXTEND => {
            let v = pop!(f);
            let l = f.stack[f.stack.len() - arg as usize].clone();
            let items = match vm.collect(&v) {
                Ok(items) => items,
                Err(e) => {
                    if vm.err_matches(&e, "TypeError") && !crate::ops::is_iterable(vm, &v) {
                        return Err((
                            vm.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                vm.type_name(&v)
                            )),
                            false,
                        ));
                    }
                    return Err((e, false));
                }
            };
            if let Some(Payload::List(l)) = l.payload() {
                l.write().extend(items);
            }
        }
        Opcode::SET_UPDATE => {
            let v = pop!(f);
            let s = f.stack[f.stack.len() - arg as usize].clone();
            if let Some(Payload::Set(d)) = s.payload() {
                tri!(crate::types::set::update_from(vm, d, &v));
            }
        }
        Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
            let v = pop!(f);
            let m = f.stack[f.stack.len() - arg as usize].clone();
            let func_for_err = if ins.op == Opcode::DICT_MERGE {
                f.stack.get(f.stack.len() - arg as usize - 2).cloned()
            } else {
                None
            };
            tri!(crate::call::dict_merge(
                vm,
                &m,
                &v,
                ins.op == Opcode::DICT_MERGE,
                func_for_err.as_ref()
            ));
        }
        Opcode::LIST_TO_TUPLE => {
            let v = pop!(f);
            let items = match v.payload() {
                Some(Payload::List(l)) => l.read().clone(),
                _ => vec![],
            };
            f.stack.spush(new_tuple(items));
        }
        Opcode::DELETE_ATTR => {
            let o = pop!(f);
            tri!(crate::attr::delattr(vm, &o, &cd.names[arg as usize]));
        }
        Opcode::CALL_FUNCTION_EX => {
            let kwargs = if arg & 1 == 1 { Some(pop!(f)) } else { None };
            let args = pop!(f);
            let func = pop!(f);
            let null = pop!(f);
            let func = if null.is_null() { func } else { null };
            let r = tri!(crate::call::call_ex(vm, &func, &args, kwargs.as_ref()));
            f.stack.spush(r);
        }
        Opcode::RETURN_GENERATOR => {
            // The generator object is created by the caller; suspend here. Every
            // resume pushes the sent value, which the following POP_TOP discards.
            return Ok(Flow::Exit(Exit::Yield(Value::Null)));
        }
        Opcode::SEND => {
            let v = pop!(f);
            let recv = top!(f).clone();
            match tri!(crate::types::generator::send(vm, &recv, v)) {
                crate::types::generator::SendResult::Yield(y) => f.stack.spush(y),
                crate::types::generator::SendResult::Return(r) => {
                    pop!(f);
                    f.stack.spush(r);
                    f.ip = arg as usize;
                }
            }
        }
        Opcode::FORMAT_VALUE => {
            let spec = if arg & 4 != 0 { Some(pop!(f)) } else { None };
            let v = pop!(f);
            let v = match arg & 3 {
                1 => new_str(tri!(vm.str(&v))),
                2 => new_str(tri!(vm.repr(&v))),
                3 => new_str(crate::repr::ascii_escape(&tri!(vm.repr(&v)))),
                _ => v,
            };
            let r = tri!(crate::convert::format(vm, &v, spec.as_ref()));
            f.stack.spush(r);
        }
        Opcode::PRINT_EXPR => {
            let v = pop!(f);
            tri!(crate::builtins::displayhook(vm, v));
        }
        Opcode::LOAD_BUILD_CLASS => {
            let b = dict_of(f.builtins.dict.as_ref().unwrap_or(&f.builtins));
            let k = crate::intern("__build_class__");
            match b.get_str(&k, crate::str_hash(&k)) {
                Some(v) => f.stack.spush(v),
                None => {
                    return Err((
                        vm.new_error("NameError", "__build_class__ not found"),
                        false,
                    ))
                }
            }
        }
        Opcode::LOAD_ASSERTION_ERROR => {
            f.stack.spush(Value::Obj(vm.exc_type("AssertionError")));
        }
        Opcode::SETUP_ANNOTATIONS => {
            let k = crate::intern("__annotations__");
            let h = crate::str_hash(&k);
            let exists = tri!(load_name_opt(vm, f, &k, h)).is_some();
            if !exists {
                tri!(store_name(vm, f, k, h, crate::new_dict()));
            }
        }
        Opcode::IMPORT_NAME => {
            crate::finalize::run_pending(vm);
            let fromlist = pop!(f);
            let level = pop!(f);
            let m = tri!(crate::import::import_name(
                vm,
                &cd.code.names[arg as usize],
                &f.globals,
                &fromlist,
                &level
            ));
            f.stack.spush(m);
        }
        Opcode::IMPORT_FROM => {
            let m = top!(f).clone();
            let r = tri!(crate::import::import_from(
                vm,
                &m,
                &cd.code.names[arg as usize]
            ));
            f.stack.spush(r);
        }
        Opcode::IMPORT_STAR => {
            let m = pop!(f);
            tri!(crate::import::import_star(vm, &m, f));
        }
        Opcode::RAISE_VARARGS => {
            let err = match arg {
                0 => {
                    let cur = vm.current_exception();
                    if cur.is_none() {
                        vm.runtime_error("No active exception to reraise")
                    } else {
                        return Err((PyErr(cur.as_obj().unwrap().clone()), true));
                    }
                }
                1 => {
                    let e = pop!(f);
                    tri!(crate::types::exception::make_raisable(vm, e, None))
                }
                _ => {
                    let cause = pop!(f);
                    let e = pop!(f);
                    tri!(crate::types::exception::make_raisable(vm, e, Some(cause)))
                }
            };
            crate::types::exception::set_context(vm, &err);
            return Err((err, false));
        }
        Opcode::RERAISE => {
            let e = pop!(f);
            if arg > 0 {
                if let Value::Int(l) = &f.stack[f.stack.len() - arg as usize] {
                    f.reraise_at = Some(*l as usize);
                }
            }
            let e = match e {
                Value::Obj(o) => PyErr(o),
                _ => vm.runtime_error("reraise of non-exception"),
            };
            return Err((e, true));
        }
        Opcode::PUSH_EXC_INFO => {
            let e = pop!(f);
            let prev = vm.current_exception();
            f.stack.spush(prev);
            vm.exc_stack.borrow_mut().push(e.clone());
            f.stack.spush(e);
        }
        Opcode::POP_EXCEPT => {
            let _prev = pop!(f);
            vm.exc_stack.borrow_mut().pop();
        }
        Opcode::CHECK_EXC_MATCH => {
            let t = pop!(f);
            let e = top!(f).clone();
            let r = tri!(crate::types::exception::exc_matches(vm, &e, &t));
            f.stack.spush(Value::Bool(r));
        }
        Opcode::CHECK_EG_MATCH => {
            let t = pop!(f);
            let e = pop!(f);
            let (rest, m) = tri!(crate::types::except_star::check_eg_match(vm, e, &t));
            f.stack.spush(rest);
            f.stack.spush(m);
        }
        Opcode::PREP_RERAISE_STAR => {
            let excs = pop!(f);
            let orig = pop!(f);
            let r = tri!(crate::types::except_star::prep_reraise_star(
                vm, &orig, &excs
            ));
            f.stack.spush(r);
        }
        Opcode::BEFORE_WITH => {
            let mgr = pop!(f);
            // `__enter__` found unbound and called by `call_unbound`: the bound method
            // `lookup_special` would make is only that call's.
            let enter = crate::types::typeobj::lookup_static(vm.type_of(&mgr), "__enter__");
            let exit = vm.lookup_special(&mgr, "__exit__");
            let (enter, exit) = match (enter, exit) {
                        (Some(a), Some(b)) => (a, b),
                        (None, _) => return Err((vm.type_error(format!("'{}' object does not support the context manager protocol", vm.type_name(&mgr))), false)),
                        (_, None) => return Err((vm.type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", vm.type_name(&mgr))), false)),
                    };
            f.stack.spush(exit);
            let r = tri!(vm.call_unbound(&mgr, enter, &[]));
            f.stack.spush(r);
        }
        Opcode::WITH_EXCEPT_START => {
            let n = f.stack.len();
            let exc = f.stack[n - 1].clone();
            let exit = f.stack[n - 4].clone();
            let ty = Value::Obj(vm.type_of(&exc).clone());
            let tb = crate::types::exception::get_traceback(&exc);
            let r = tri!(vm.call(&exit, &[ty, exc, tb]));
            f.stack.spush(r);
        }
        Opcode::GET_LEN => {
            let v = top!(f).clone();
            let n = tri!(crate::ops::len(vm, &v));
            f.stack.spush(Value::Int(n as i64));
        }
        // Pattern matching (the `match` statement): crate::matching.
        Opcode::MATCH_SEQUENCE | Opcode::MATCH_MAPPING => {
            let v = top!(f).clone();
            let r = if ins.op == Opcode::MATCH_SEQUENCE {
                tri!(crate::matching::match_sequence(vm, &v))
            } else {
                tri!(crate::matching::match_mapping(vm, &v))
            };
            f.stack.spush(Value::Bool(r));
        }
        Opcode::MATCH_KEYS => {
            let n = f.stack.len();
            let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
            let r = tri!(crate::matching::match_keys(vm, &subject, &keys));
            f.stack.spush(r);
        }
        Opcode::MATCH_CLASS => {
            let (names, cls, subject) = (pop!(f), pop!(f), pop!(f));
            let r = tri!(crate::matching::match_class(
                vm,
                &subject,
                &cls,
                arg as usize,
                &names
            ));
            f.stack.spush(r);
        }
        op => {
            return Err((
                vm.new_error("SystemError", format!("unsupported opcode {}", op.name())),
                false,
            ));
        }
    }
    Ok(Flow::Next)
}

/// MAKE_FUNCTION's work once the closure is popped: pop the annotations, keyword
/// defaults and defaults its `flags` name, push the function.
fn make_function(vm: &Vm, f: &mut Frame, code: Value, flags: u32, closure: Closure) {
    let annotations = (flags & 4 != 0).then(|| pop!(f));
    let kwdefaults = (flags & 2 != 0).then(|| pop!(f));
    let defaults = (flags & 1 != 0).then(|| pop!(f));
    let func = crate::call::make_function(vm, f, code, defaults, kwdefaults, annotations, closure);
    f.stack.spush(func);
}

/// The instructions that make closures and cells (MAKE_CELL, COPY_FREE_VARS,
/// LOAD_CLOSURE, MAKE_FUNCTION): out of the hot loop, but without `step_cold`'s large
/// prologue, since the closures a program creates run them on every call. None fails.
/// The first two open a function's code; when the GIL is off the RESUME after them
/// (which then does nothing) is skipped, as an inlined call skips a leading one.
#[inline(never)]
pub(super) fn closure_op(vm: &Vm, f: &mut Frame, ins: weft_compiler::Instr, gil: bool) {
    let arg = ins.arg;
    match ins.op {
        Opcode::MAKE_CELL => {
            let i = arg as usize;
            let init = std::mem::replace(&mut f.fast[i], Value::Null);
            // Built in place (`new_with`): built first and moved in, the copy stalled on
            // store forwarding, a sixth of bench/closures.py.
            let cell = ObjRef::new_with(types().cell.clone(), None, || {
                Payload::Cell(crate::owner_bias::OwnedRwLock::new(init))
            });
            f.fast[i] = Value::Obj(cell);
        }
        Opcode::COPY_FREE_VARS => {
            if let Some(fo) = &f.func {
                if let Payload::Function(func) = &fo.payload {
                    // SAFETY: the record lives in the function object, which the frame
                    // keeps (`f.func`) while the copy runs and after.
                    let func: &crate::types::function::Function =
                        unsafe { &*(&**func as *const _) };
                    f.copy_free_vars(func.cells(), arg as usize);
                }
            }
        }
        Opcode::LOAD_CLOSURE => {
            let v = f.fast[arg as usize].clone();
            f.stack.spush(v);
        }
        Opcode::MAKE_FUNCTION => {
            let code = pop!(f);
            // The tuple of cells itself is the closure (as in CPython): no copy is made.
            let closure = match (arg & 8 != 0).then(|| pop!(f)) {
                Some(Value::Obj(c)) if matches!(c.payload, Payload::Tuple(_)) => Closure::Tuple(c),
                _ => Closure::None,
            };
            make_function(vm, f, code, arg, closure);
        }
        Opcode::BUILD_TUPLE__MAKE_FUNCTION => {
            // `BUILD_TUPLE n; LOAD_CONST code; MAKE_FUNCTION flags` with the closure flag
            // and n <= INLINE_CELLS (quicken.rs): the n cells move from the stack into the
            // function, no tuple made (see `Closure`).
            let (load, make) = {
                let exec = &f.code_data().exec;
                (exec[f.ip], exec[f.ip + 1])
            };
            f.ip += 2;
            let code = f.code_data().consts[load.arg as usize].clone();
            let n = arg as usize;
            let mut cells: [Value; INLINE_CELLS] = std::array::from_fn(|_| Value::Null);
            for c in cells[..n].iter_mut().rev() {
                *c = pop!(f);
            }
            let closure = Closure::Inline {
                n: n as u8,
                cells,
                tuple: std::sync::OnceLock::new(),
            };
            make_function(vm, f, code, make.arg, closure);
        }
        _ => unreachable!("not a closure instruction"),
    }
    if matches!(ins.op, Opcode::MAKE_CELL | Opcode::COPY_FREE_VARS)
        && !gil
        && f.code_data().exec[f.ip].op == Opcode::RESUME
    {
        f.ip += 1;
    }
}
