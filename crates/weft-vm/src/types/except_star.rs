//! The runtime of `except*` (PEP 654): CHECK_EG_MATCH, which splits the exception being
//! handled by a clause's types, and PREP_RERAISE_STAR, which merges what the clauses raised
//! or re-raised with the unhandled rest into the exception to re-raise.
//! Follows <https://docs.python.org/3.11/reference/compound_stmts.html#except-star>.

use crate::payload::Payload;
use crate::types::exception::{exc_matches, is_exception_class, ExcData};
use crate::types::excgroup::{project, sub_exceptions};
use crate::types::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple_of, PyResult};
use std::collections::HashSet;
use std::sync::atomic::Ordering;

const NOT_EXCEPTION: &str =
    "catching classes that do not inherit from BaseException is not allowed";
const IS_GROUP: &str = "catching ExceptionGroup with except* is not allowed. Use except instead.";

fn exc_data(v: &Value) -> Option<&ExcData> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

fn is_group(v: &Value) -> bool {
    sub_exceptions(v).is_some()
}

/// The types of an `except*` clause: exception classes, none of them a group.
fn check_types(vm: &Vm, t: &Value) -> PyResult<()> {
    let items = match t.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![t.clone()],
    };
    if !items.iter().all(is_exception_class) {
        return Err(vm.type_error(NOT_EXCEPTION));
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    if items
        .iter()
        .any(|c| c.as_obj().is_some_and(|c| is_subtype(c, &beg)))
    {
        return Err(vm.type_error(IS_GROUP));
    }
    Ok(())
}

/// `BaseExceptionGroup("", excs)` (an `ExceptionGroup` when all are `Exception`s).
fn new_group(vm: &Vm, excs: Value) -> PyResult<Value> {
    let beg = Value::Obj(vm.exc_type("BaseExceptionGroup"));
    vm.call(&beg, &[new_str(""), excs])
}

/// CHECK_EG_MATCH: split `exc` by the clause's types `t`. Returns the values that replace
/// `exc` on the stack: `(exc, None)` when nothing matches, else `(rest or None, match)`;
/// a match becomes the exception being handled. A matching naked exception is wrapped
/// in a group.
pub fn check_eg_match(vm: &Vm, exc: Value, t: &Value) -> PyResult<(Value, Value)> {
    check_types(vm, t)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    let (matched, rest) = if exc_matches(vm, &exc, t)? {
        let m = if is_group(&exc) {
            exc.clone()
        } else {
            new_group(vm, new_tuple_of([exc.clone()]))?
        };
        (m, Value::None)
    } else if is_group(&exc) {
        let pair = vm.call_method(&exc, "split", std::slice::from_ref(t))?;
        match pair.payload() {
            Some(Payload::Tuple(p)) if p.len() == 2 => (p[0].clone(), p[1].clone()),
            _ => return Err(vm.type_error("split() must return a 2-tuple")),
        }
    } else {
        (Value::None, Value::None)
    };
    if matched.is_none() {
        return Ok((exc, Value::None));
    }
    if let Some(top) = vm.exc_stack.borrow_mut().last_mut() {
        *top = matched.clone();
    }
    Ok((rest, matched))
}

/// Add the identities of the leaf exceptions of `e` to `ids`.
fn leaf_ids(e: &Value, ids: &mut HashSet<usize>) {
    match sub_exceptions(e) {
        Some(subs) => subs.iter().for_each(|s| leaf_ids(s, ids)),
        None => {
            if let Some(o) = e.as_obj() {
                ids.insert(o.as_ptr() as usize);
            }
        }
    }
}

/// Same traceback, cause and context (3.11 keeps notes in `__dict__` and does not compare
/// them): a part of `orig` split off unchanged, i.e.
/// re-raised rather than raised anew.
fn same_metadata(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    // one lock at a time (never two exceptions' locks together)
    let meta = |d: &ExcData| {
        let tb = d.traceback.lock().clone();
        let cause = d.cause.lock().clone();
        let ctx = d.context.lock().clone();
        [tb, cause, ctx]
    };
    let (mx, my) = (meta(x), meta(y));
    mx.iter().zip(my.iter()).all(|(p, q)| p.is(q))
}

/// PREP_RERAISE_STAR: from the group `orig` caught by the `try` and the list `excs` of
/// exceptions raised or re-raised by the clauses (the unhandled rest last, maybe None),
/// build what to re-raise: None, the re-raised parts of `orig` in its own shape, or a
/// new group of the newly raised exceptions followed by those parts.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let excs: Vec<Value> = match excs.payload() {
        Some(Payload::List(l)) => l.read().clone(),
        _ => vec![],
    };
    let Some(first) = excs.first() else {
        return Ok(Value::None);
    };
    let result = if !is_group(orig) {
        // A naked exception was wrapped: only one clause ran.
        first.clone()
    } else {
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs.iter().filter(|e| !e.is_none()) {
            if same_metadata(e, orig) {
                reraised.push(e.clone());
            } else {
                raised.push(e.clone());
            }
        }
        let mut ids = HashSet::new();
        reraised.iter().for_each(|e| leaf_ids(e, &mut ids));
        let kept = project(vm, orig, ids)?;
        if raised.is_empty() {
            kept
        } else {
            if !kept.is_none() {
                raised.push(kept);
            }
            if raised.len() > 1 {
                new_group(vm, crate::new_list(raised))?
            } else {
                raised.pop().unwrap_or(Value::None)
            }
        }
    };
    if let Some(d) = exc_data(&result) {
        if d.traceback.lock().is_none() {
            d.skip_context.store(true, Ordering::Relaxed);
        }
    }
    Ok(result)
}
