//! Generator objects: a suspended frame behind a lock
//! (<https://docs.python.org/3.11/reference/expressions.html#generator-iterator-methods>).

use crate::frame::Frame;
use crate::types::gen_slot::FrameSlot;
use crate::value::Value;

pub struct GenData {
    /// The suspended frame and the exceptions it is handling (`gen_slot.rs`).
    pub slot: FrameSlot,
    /// True while the generator runs (`gi_running`; "generator already executing").
    pub running: std::sync::atomic::AtomicBool,
    pub name: Value,
    pub qualname: Value,
    pub code: crate::object::ObjRef,
}

use crate::eval::{self, Exit};
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::Function;
use crate::types::types;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use std::sync::atomic::Ordering;
use weft_compiler::Opcode;

/// Exceptions handled inside a suspended generator, restored on resume.
pub struct Saved(pub Vec<Value>);

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// Create a generator from a frame that has not started yet.
pub fn new_generator(vm: &Vm, mut frame: Box<Frame>, func: &Function) -> Value {
    // Run the prologue (MAKE_CELL, COPY_FREE_VARS) up to RETURN_GENERATOR.
    let _ = eval::run(vm, &mut frame);
    if !frame.code_data().code.exception_table.is_empty() {
        crate::finalize::note_finalizable();
    }
    let code = frame.code().clone();
    let gen = GenData {
        slot: FrameSlot::new(frame),
        running: std::sync::atomic::AtomicBool::new(false),
        name: func.name.read().clone(),
        qualname: func.qualname.read().clone(),
        code,
    };
    Value::Obj(ObjRef::new(
        types().generator.clone(),
        None,
        Payload::Generator(Box::new(gen)),
    ))
}

fn gdata(v: &Value) -> &GenData {
    match v.payload() {
        Some(Payload::Generator(g)) => g,
        _ => unreachable!("not a generator"),
    }
}

/// Whether a suspended frame has not run any of its body yet (it still stands at
/// RETURN_GENERATOR, where `new_generator` left it).
fn not_started(frame: &Frame) -> bool {
    frame.lasti() == 0
        || matches!(
            frame
                .code_data()
                .code
                .instructions
                .get(frame.lasti())
                .map(|i| i.op),
            Some(Opcode::RETURN_GENERATOR)
        )
}

/// Resume with a value (Ok(value)) or an exception (Err(exc)).
///
/// The hot path of every `for x in gen` and `next(gen)`: one compare-and-swap to take
/// the frame, the exception-stack bookkeeping only when the generator has handled
/// exceptions of its own, and the "just started" check only for a non-None `send`.
fn resume(vm: &Vm, gen: &Value, input: Result<Value, PyErr>) -> PyResult<SendResult> {
    let g = gdata(gen);
    let Some(mut slot) = g.slot.lock_unless_running(&g.running) else {
        return Err(vm.value_error("generator already executing"));
    };
    let state = &mut *slot;
    let Some(frame) = state.frame.as_mut() else {
        return match input {
            Ok(_) => Ok(SendResult::Return(Value::None)),
            Err(e) => Err(e),
        };
    };
    if let Ok(v) = &input {
        if !v.is_none() && not_started(frame) {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
    }
    g.running.store(true, Ordering::Release);
    let base = vm.exc_stack.borrow().len();
    if !state.saved_exc.is_empty() {
        vm.exc_stack.borrow_mut().extend(state.saved_exc.drain(..));
    }
    let r = match vm.enter() {
        Err(e) => Err(e),
        Ok(()) => {
            let r = match input {
                Ok(v) => {
                    frame.stack.push(v);
                    eval::run(vm, frame)
                }
                Err(e) => throw_into(vm, frame, e, base),
            };
            vm.leave();
            r
        }
    };
    {
        let mut st = vm.exc_stack.borrow_mut();
        if st.len() > base {
            let extra = st.split_off(base);
            drop(st);
            if matches!(r, Ok(Exit::Yield(_))) {
                state.saved_exc = extra;
            }
        }
    }
    let out = match r {
        Ok(Exit::Yield(v)) => Ok(SendResult::Yield(v)),
        Ok(Exit::Return(v)) => {
            finish(vm, state);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            finish(vm, state);
            if vm.err_matches(&e, "StopIteration") {
                let re = vm.runtime_error("generator raised StopIteration");
                crate::types::exception::set_cause(&re, Some(e.value()));
                Err(re)
            } else {
                Err(e)
            }
        }
    };
    g.running.store(false, Ordering::Release);
    drop(slot);
    out
}

/// A generator has finished: its frame goes back to this thread's frame pool.
#[inline]
fn finish(vm: &Vm, state: &mut crate::types::gen_slot::Suspended) {
    if let Some(b) = state.frame.take() {
        Frame::recycle(&vm.frame_pool, b);
    }
}

/// Raise `e` inside a suspended frame, delegating to a sub-iterator in `yield from`.
/// `base` is where the generator's own handled exceptions start on `vm.exc_stack`.
fn throw_into(vm: &Vm, frame: &mut Frame, e: PyErr, base: usize) -> PyResult<Exit> {
    let instrs = &frame.code_data().code.instructions;
    let li = frame.lasti();
    let in_yield_from =
        li > 0 && instrs[li].op == Opcode::YIELD_VALUE && instrs[li - 1].op == Opcode::SEND;
    if in_yield_from {
        let send_target = instrs[li - 1].arg as usize;
        let recv = frame.stack.last().cloned().unwrap_or(Value::None);
        let is_exit = vm.err_matches(&e, "GeneratorExit");
        let meth = if is_exit {
            vm.getattr(&recv, "close").ok()
        } else {
            vm.getattr(&recv, "throw").ok()
        };
        if let Some(m) = meth {
            let r = if is_exit {
                vm.call(&m, &[]).map(|_| None)
            } else {
                vm.call(&m, &[e.value()]).map(Some)
            };
            match r {
                Ok(Some(v)) => return Ok(Exit::Yield(v)),
                Ok(None) => {}
                Err(err) if vm.err_matches(&err, "StopIteration") && !is_exit => {
                    let v = vm.getattr(&err.value(), "value").unwrap_or(Value::None);
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.ip = send_target;
                    return eval::run(vm, frame);
                }
                Err(err) => {
                    frame.stack.pop();
                    chain_to_handled(vm, &err, base);
                    return eval::run_with_error(vm, frame, err);
                }
            }
        }
    }
    chain_to_handled(vm, &e, base);
    eval::run_with_error(vm, frame, e)
}

/// An exception thrown into a generator paused inside one of its own `except` blocks gets
/// that handled exception as `__context__` (CPython's `_PyErr_ChainStackItem`: replacing
/// any context it had, and cutting a cycle through it).
fn chain_to_handled(vm: &Vm, e: &PyErr, base: usize) {
    let handled = {
        let st = vm.exc_stack.borrow();
        match st.get(base..).and_then(|own| own.last()) {
            Some(Value::Obj(h)) => h.clone(),
            _ => return,
        }
    };
    if handled.ptr_eq(&e.0) {
        return;
    }
    let mut probe = Value::Obj(handled.clone());
    for _ in 0..1000 {
        let Some(Payload::Exception(d)) = probe.payload() else {
            break;
        };
        let next = d.context.lock().clone();
        match &next {
            Value::Obj(n) if n.ptr_eq(&e.0) => {
                *d.context.lock() = Value::None;
                break;
            }
            Value::Obj(_) => probe = next,
            _ => break,
        }
    }
    if let Payload::Exception(d) = &e.0.payload {
        *d.context.lock() = Value::Obj(handled);
    }
}

/// SEND: forward a value to a sub-iterator.
pub fn send(vm: &Vm, recv: &Value, v: Value) -> PyResult<SendResult> {
    if let Some(Payload::Generator(_)) = recv.payload() {
        return resume(vm, recv, Ok(v));
    }
    let r = if v.is_none() {
        vm.next(recv).map(|o| o.ok_or(()))
    } else {
        vm.call_method(recv, "send", &[v]).map(Ok).or_else(|e| {
            if vm.err_matches(&e, "StopIteration") {
                Ok(Err(()))
            } else {
                Err(e)
            }
        })
    };
    match r {
        Ok(Ok(y)) => Ok(SendResult::Yield(y)),
        Ok(Err(())) => Ok(SendResult::Return(Value::None)),
        Err(e) => Err(e),
    }
}

/// The next value for a `for` loop or `vm.next`: `None` once the generator returns
/// (its return value only matters to `next(gen)` and `yield from`).
#[inline]
pub fn next_or_none(vm: &Vm, gen: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gen, Ok(Value::None))? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

/// `next(gen)`.
pub fn next(vm: &Vm, gen: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gen, Ok(Value::None))? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(v) => {
            if v.is_none() {
                Ok(None)
            } else {
                Err(vm.stop_iteration(v))
            }
        }
    }
}

fn gen_send(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    match resume(vm, &args[0], Ok(v))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_throw(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    use crate::types::exception::is_exception_class;
    let is_inst = |v: &Value| matches!(v.payload(), Some(Payload::Exception(_)));
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "throw expected at most 3 arguments, got {}",
            args.len() - 1
        )));
    }
    let Some(exc) = args.get(1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    if let Some(tb) = args.get(3).filter(|tb| !tb.is_none()) {
        if !vm.isinstance(tb, &crate::types::types().traceback) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    if !is_exception_class(&exc) && !is_inst(&exc) {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&exc)
        )));
    }
    if is_inst(&exc) && args.get(2).is_some_and(|v| !v.is_none()) {
        return Err(vm.type_error("instance exception may not have a separate value"));
    }
    let err = crate::types::exception::make_raisable(vm, exc, None)?;
    if let Some(v) = args.get(2) {
        if !v.is_none() {
            // throw(type, value): an instance of type is raised as is, a tuple is the
            // argument list, anything else the single argument.
            let is_inst = match &args[1] {
                Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => vm.isinstance(v, t),
                _ => false,
            };
            let inst = if is_inst {
                v.clone()
            } else if let Some(Payload::Tuple(items)) = v.payload() {
                vm.call(&args[1], items)?
            } else {
                vm.call(&args[1], std::slice::from_ref(v))?
            };
            let err = crate::types::exception::make_raisable(vm, inst, None)?;
            return match resume(vm, &args[0], Err(err))? {
                SendResult::Yield(v) => Ok(v),
                SendResult::Return(v) => Err(vm.stop_iteration(v)),
            };
        }
    }
    match resume(vm, &args[0], Err(err))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_close(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = gdata(&args[0]);
    let Some(mut slot) = g.slot.lock_unless_running(&g.running) else {
        return Err(vm.value_error("generator already executing"));
    };
    let not_started_or_done = {
        match slot.frame.as_ref() {
            None => true,
            Some(fr) => matches!(
                fr.code_data()
                    .code
                    .instructions
                    .get(fr.lasti())
                    .map(|i| i.op),
                Some(Opcode::RETURN_GENERATOR)
            ),
        }
    };
    if not_started_or_done {
        slot.frame = None;
        return Ok(Value::None);
    }
    drop(slot);
    let _exit = vm.new_error("GeneratorExit", "");
    let exit = vm.new_exception(&vm.exc_type("GeneratorExit"), vec![]);
    let _ = &exit;
    match resume(vm, &args[0], Err(exit)) {
        Ok(SendResult::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Return(_)) => Ok(Value::None),
        Err(e) if vm.err_matches(&e, "GeneratorExit") || vm.err_matches(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_next(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn gen_iter(_vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

pub fn init() {
    let t = &types().generator;
    crate::types::add_method(t, "send", gen_send);
    crate::types::add_method(t, "throw", gen_throw);
    crate::types::add_method(t, "close", gen_close);
    crate::types::add_method(t, "__next__", gen_next);
    crate::types::add_method(t, "__iter__", gen_iter);
}
