//! `itertools._tee`, the iterators `tee()` returns: copies share the source and a
//! buffer of the items read from it, a singly linked list that each copy walks. The
//! first copy to reach the end of the buffer reads the next item from the source,
//! under the source's lock, and links it in; a copy's own position is behind its own
//! lock (threads may share one copy too). A node no copy can reach any more is freed.

use std::sync::{Arc, OnceLock};

use weft_vm::{clinic, new_tuple, ObjRef, PyResult, Value, Vm};

use super::{
    add_pickling, alloc, it_of, it_types, iterator_state, make_type, new_of, reduce3, state_items,
    tuple_items, Kw,
};
use weft_vm::types::iter_lock::IterCell;

/// A place in the buffer: once filled, the item there and the next place.
struct Node {
    cell: OnceLock<(Value, Arc<Node>)>,
}

impl Node {
    fn new() -> Arc<Node> {
        Arc::new(Node {
            cell: OnceLock::new(),
        })
    }
}

impl Drop for Node {
    /// Free the rest of the list iteratively: dropped recursively, a long buffer that
    /// no copy reads any more would overflow the stack.
    fn drop(&mut self) {
        let mut next = self.cell.take().map(|(_, n)| n);
        while let Some(n) = next {
            match Arc::try_unwrap(n) {
                Ok(mut node) => next = node.cell.take().map(|(_, n)| n),
                Err(_) => break,
            }
        }
    }
}

/// The source the copies share, and whether a read from it is under way (a source
/// that steps a copy of its own tee is refused, as in CPython).
struct Source {
    it: Value,
    running: bool,
}

/// One copy: the shared source and its place in the buffer.
struct Tee {
    src: Arc<IterCell<Source>>,
    pos: Arc<Node>,
}

pub(super) fn tee_type() -> ObjRef {
    let ty = make_type(
        "_tee",
        "Iterator wrapped to make it copyable.",
        tee_new,
        tee_next,
    );
    weft_vm::types::add_method(&ty, "__copy__", tee_copy);
    add_pickling(&ty, tee_reduce, tee_setstate);
    ty
}

fn fresh(it: Value) -> Tee {
    Tee {
        src: Arc::new(IterCell::new(Source { it, running: false })),
        pos: Node::new(),
    }
}

/// `_tee(iterable)`: a copy of it when it is a `_tee` already.
fn tee_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::positional_only(vm, "_tee", a.len() - 1, kw, 1, 1)?;
    let it = vm.iter(&a[1])?;
    if it_of::<Tee>(vm, &it, "_tee").is_ok() {
        return tee_copy(vm, std::slice::from_ref(&it), &[]);
    }
    alloc(vm, &a[0], &it_types().tee, fresh(it))
}

fn tee_copy(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = it_of::<Tee>(vm, &a[0], "_tee")?;
    let st = t.locked(vm, |s| Tee {
        src: s.src.clone(),
        pos: s.pos.clone(),
    })?;
    Ok(new_of(weft_vm::vm::type_of(&a[0]), st))
}

fn tee_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = it_of::<Tee>(vm, &a[0], "_tee")?;
    let g = t.lock(vm);
    let (src, node) = t.with(vm, &g, |s| (s.src.clone(), s.pos.clone()))?;
    let advance = |v: &Value, next: &Arc<Node>| -> PyResult<Value> {
        t.with(vm, &g, |s| s.pos = next.clone())?;
        Ok(v.clone())
    };
    if let Some((v, next)) = node.cell.get() {
        return advance(v, next);
    }
    let sg = src.lock(vm);
    // Another copy may have read it meanwhile.
    if let Some((v, next)) = node.cell.get() {
        return advance(v, next);
    }
    let busy = || super::busy_error(vm);
    let it = src
        .with(&sg, |s| {
            if s.running {
                return None;
            }
            s.running = true;
            Some(s.it.clone())
        })
        .ok_or_else(busy)?;
    let Some(it) = it else {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    };
    let r = vm.next(&it);
    src.with(&sg, |s| s.running = false).ok_or_else(busy)?;
    let Some(v) = r? else {
        return Err(vm.stop_iteration(Value::None));
    };
    let next = Node::new();
    if node.cell.set((v.clone(), next.clone())).is_err() {
        // Only a reentrant read could have filled it, and that is refused above.
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    }
    advance(&v, &next)
}

/// `(type, ((),), (source, buffered items))`: the items this copy has still to read
/// from the buffer, then the source. A restored copy has a buffer of its own.
fn tee_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = it_of::<Tee>(vm, &a[0], "_tee")?;
    let (src, pos) = t.locked(vm, |s| (s.src.clone(), s.pos.clone()))?;
    let it = src
        .locked(vm, |s| s.it.clone())
        .ok_or_else(|| super::busy_error(vm))?;
    let mut items = Vec::new();
    let mut node = pos;
    while let Some((v, next)) = node.cell.get() {
        items.push(v.clone());
        let next = next.clone();
        node = next;
    }
    Ok(reduce3(
        a,
        vec![new_tuple(vec![])],
        vec![it, new_tuple(items)],
    ))
}

fn tee_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = it_of::<Tee>(vm, &a[0], "_tee")?;
    let st = state_items(vm, a, 2)?;
    let it = iterator_state(vm, &st[0])?;
    let items = tuple_items(vm, &st[1])?;
    let new = fresh(it);
    let mut node = new.pos.clone();
    for v in items {
        let next = Node::new();
        let _ = node.cell.set((v, next.clone()));
        node = next;
    }
    t.locked(vm, |s| *s = new)?;
    Ok(Value::None)
}
