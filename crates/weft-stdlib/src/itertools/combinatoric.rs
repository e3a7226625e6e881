//! The combinatoric iterators: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`. Their pools are read once, when they are made; a
//! step runs no Python code, so it is one borrow of the state under the step lock.

use weft_vm::{clinic, new_tuple, ObjRef, PyResult, Value, Vm};

use super::{
    add_pickling, alloc, indices_state, int_state, ints, it_of, it_types, make_type, opt, reduce3,
    ssize_index, state_items, tuple_items, unopt, It, Kw,
};

/// The items of `pool` at `indices`, as a tuple; None when an index is out of range
/// (only a forged pickled state could make one).
fn pick(pool: &[Value], indices: &[usize]) -> Option<Value> {
    let items = indices
        .iter()
        .map(|&k| pool.get(k).cloned())
        .collect::<Option<Vec<Value>>>()?;
    Some(new_tuple(items))
}

/// A step's result: the tuple, or StopIteration.
fn result(vm: &Vm, r: Option<Option<Value>>) -> PyResult<Value> {
    match r {
        Some(Some(t)) => Ok(t),
        Some(None) => Err(vm.stop_iteration(Value::None)),
        None => Err(vm.type_error("invalid state")),
    }
}

/// Step under the lock: `f` answers `Some(Some(tuple))`, `Some(None)` at the end, or
/// None for a state whose indices do not fit its pool.
fn step<S>(
    vm: &Vm,
    it: &It<S>,
    f: impl FnOnce(&mut S) -> Option<Option<Value>>,
) -> PyResult<Value> {
    let g = it.lock(vm);
    let r = it.with(vm, &g, f)?;
    result(vm, r)
}

fn pools_value(pools: &[Vec<Value>]) -> Value {
    new_tuple(pools.iter().map(|p| new_tuple(p.clone())).collect())
}

/// `r` read as CPython's clinic reads a Py_ssize_t, and refused when negative.
fn check_r(vm: &Vm, v: &Value, perm: bool) -> PyResult<usize> {
    let r = match ssize_index(vm, v) {
        Err(e) if perm && vm.err_matches(&e, "TypeError") => {
            return Err(vm.type_error("Expected int as r"))
        }
        r => r?,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

// ----- product -----------------------------------------------------------------------

/// The pools (each argument's items, `repeat` times over) and the index into each of
/// the tuple last given (None before the first).
struct Product {
    pools: Vec<Vec<Value>>,
    indices: Option<Vec<usize>>,
    done: bool,
}

pub(super) fn product_type() -> ObjRef {
    let ty = make_type(
        "product",
        "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.",
        product_new,
        product_next,
    );
    add_pickling(&ty, product_reduce, product_setstate);
    ty
}

fn product_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    // `repeat` is keyword-only: CPython parses the keywords alone.
    let [repeat] = clinic::bind(vm, "product", &[], kw, &["repeat"], 0, 0)?;
    let repeat = match repeat {
        Some(r) => ssize_index(vm, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    // CPython's limit and its index array (allocated before the iterables are read).
    let nargs = if repeat == 0 { 0 } else { a.len() - 1 };
    if repeat > 0 && nargs as u64 > (i64::MAX as u64 / 8) / repeat as u64 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let n = nargs * repeat as usize;
    vm.check_alloc(n * 8)?;
    let mut args = Vec::with_capacity(a.len() - 1);
    for p in &a[1..] {
        args.push(vm.collect(p)?);
    }
    let mut pools = Vec::with_capacity(n);
    for _ in 0..repeat {
        pools.extend(args.iter().cloned());
    }
    alloc(
        vm,
        &a[0],
        &it_types().product,
        Product {
            pools,
            indices: None,
            done: false,
        },
    )
}

fn product_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Product>(vm, &a[0], "product")?;
    step(vm, it, |s| {
        if s.done {
            return Some(None);
        }
        let Some(indices) = s.indices.as_mut() else {
            if s.pools.iter().any(|p| p.is_empty()) {
                s.done = true;
                return Some(None);
            }
            let idx = vec![0; s.pools.len()];
            let t = product_tuple(&s.pools, &idx);
            s.indices = Some(idx);
            return Some(t);
        };
        // The rightmost index that can advance does; those after it go back to 0.
        for i in (0..s.pools.len()).rev() {
            let j = indices.get(i)? + 1;
            if j < s.pools[i].len() {
                indices[i] = j;
                return Some(product_tuple(&s.pools, indices));
            }
            indices[i] = 0;
        }
        s.done = true;
        Some(None)
    })
}

fn product_tuple(pools: &[Vec<Value>], indices: &[usize]) -> Option<Value> {
    let items = pools
        .iter()
        .zip(indices)
        .map(|(p, &k)| p.get(k).cloned())
        .collect::<Option<Vec<Value>>>()?;
    Some(new_tuple(items))
}

fn product_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Product>(vm, &a[0], "product")?;
    let st = it.locked(vm, |s| {
        vec![
            pools_value(&s.pools),
            opt(&s.indices.as_deref().map(ints)),
            Value::Bool(s.done),
        ]
    })?;
    Ok(reduce3(a, vec![], st))
}

fn product_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Product>(vm, &a[0], "product")?;
    let st = state_items(vm, a, 3)?;
    let pools = tuple_items(vm, &st[0])?
        .iter()
        .map(|p| tuple_items(vm, p))
        .collect::<PyResult<Vec<_>>>()?;
    let indices = match unopt(vm, &st[1])? {
        Some(v) => {
            let idx = indices_state(vm, &v, usize::MAX)?;
            let fits =
                idx.len() == pools.len() && idx.iter().zip(&pools).all(|(&k, p)| k < p.len());
            if !fits {
                return Err(vm.type_error("invalid state"));
            }
            Some(idx)
        }
        None => None,
    };
    let done = matches!(st[2], Value::Bool(true));
    it.locked(vm, |s| {
        *s = Product {
            pools,
            indices,
            done,
        }
    })?;
    Ok(Value::None)
}

// ----- permutations ------------------------------------------------------------------

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    /// A permutation of `0..n` whose first `r` give the tuple (None before the first).
    indices: Option<Vec<usize>>,
    /// CPython's (and the documentation's) cycles: `cycles[i]` in `1..=n - i`.
    cycles: Vec<usize>,
    done: bool,
}

pub(super) fn permutations_type() -> ObjRef {
    let ty = make_type(
        "permutations",
        "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
        permutations_new,
        permutations_next,
    );
    add_pickling(&ty, permutations_reduce, permutations_setstate);
    ty
}

fn permutations_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = clinic::bind(vm, "permutations", &a[1..], kw, &["iterable", "r"], 2, 1)?;
    let pool = vm.collect(v[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = match &v[1] {
        Some(r) if !r.is_none() => check_r(vm, r, true)?,
        _ => n,
    };
    // CPython's index and cycle arrays (a huge r is a MemoryError here).
    vm.check_alloc(n.saturating_add(r).saturating_mul(8))?;
    alloc(
        vm,
        &a[0],
        &it_types().permutations,
        Permutations {
            pool,
            r,
            indices: None,
            cycles: Vec::new(),
            done: r > n,
        },
    )
}

fn permutations_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Permutations>(vm, &a[0], "permutations")?;
    step(vm, it, |s| {
        if s.done {
            return Some(None);
        }
        let (n, r) = (s.pool.len(), s.r);
        let Some(indices) = s.indices.as_mut() else {
            let idx: Vec<usize> = (0..n).collect();
            s.cycles = (n - r + 1..=n).rev().collect();
            let t = pick(&s.pool, &idx[..r]);
            s.indices = Some(idx);
            return Some(t);
        };
        for i in (0..r).rev() {
            let c = s.cycles.get(i)?.checked_sub(1)?;
            if c == 0 {
                indices.get_mut(i..)?.rotate_left(1);
                s.cycles[i] = n - i;
            } else {
                s.cycles[i] = c;
                indices.swap(i, n.checked_sub(c)?);
                return Some(pick(&s.pool, indices.get(..r)?));
            }
        }
        s.done = true;
        Some(None)
    })
}

fn permutations_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Permutations>(vm, &a[0], "permutations")?;
    let st = it.locked(vm, |s| {
        vec![
            new_tuple(s.pool.clone()),
            Value::Int(s.r as i64),
            opt(&s.indices.as_deref().map(ints)),
            ints(&s.cycles),
            Value::Bool(s.done),
        ]
    })?;
    Ok(reduce3(a, vec![new_tuple(vec![]), Value::Int(0)], st))
}

fn permutations_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Permutations>(vm, &a[0], "permutations")?;
    let st = state_items(vm, a, 5)?;
    let pool = tuple_items(vm, &st[0])?;
    let n = pool.len();
    let r = int_state(vm, &st[1], 0)? as usize;
    let done = matches!(st[4], Value::Bool(true));
    let indices = unopt(vm, &st[2])?
        .map(|v| indices_state(vm, &v, n))
        .transpose()?;
    let cycles = indices_state(vm, &st[3], n + 1)?;
    let fits = match &indices {
        _ if done => true,
        None => r <= n,
        Some(idx) => {
            r <= n
                && idx.len() == n
                && cycles.len() == r
                && cycles
                    .iter()
                    .enumerate()
                    .all(|(i, &c)| c >= 1 && c <= n - i)
        }
    };
    if !fits {
        return Err(vm.type_error("invalid state"));
    }
    it.locked(vm, |s| {
        *s = Permutations {
            pool,
            r,
            indices,
            cycles,
            done,
        }
    })?;
    Ok(Value::None)
}

// ----- combinations, combinations_with_replacement -----------------------------------

/// The pool, `r` and the indices of the tuple last given (None before the first).
struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Option<Vec<usize>>,
    done: bool,
}

pub(super) fn combinations_type() -> ObjRef {
    let ty = make_type(
        "combinations",
        "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
        |vm, a, kw| combinations_new(vm, a, kw, false),
        combinations_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| combinations_reduce(vm, a, "combinations"),
        |vm, a, _| combinations_setstate(vm, a, "combinations"),
    );
    ty
}

pub(super) fn cwr_type() -> ObjRef {
    let ty = make_type(
        "combinations_with_replacement",
        "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
        |vm, a, kw| combinations_new(vm, a, kw, true),
        cwr_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| combinations_reduce(vm, a, "combinations_with_replacement"),
        |vm, a, _| combinations_setstate(vm, a, "combinations_with_replacement"),
    );
    ty
}

fn combinations_new(vm: &Vm, a: &[Value], kw: Kw, repl: bool) -> PyResult<Value> {
    let name = if repl {
        "combinations_with_replacement"
    } else {
        "combinations"
    };
    let v = clinic::bind(vm, name, &a[1..], kw, &["iterable", "r"], 2, 2)?;
    // r is converted before the iterable is read, as CPython's clinic does.
    let r = ssize_index(vm, v[1].as_ref().expect("required"))?;
    let pool = vm.collect(v[0].as_ref().expect("required"))?;
    let r = check_r(vm, &Value::Int(r), false)?;
    let done = if repl {
        pool.is_empty() && r > 0
    } else {
        r > pool.len()
    };
    // The index list is made now, as CPython's (a huge r is a MemoryError here, even
    // when it is more than the pool has).
    vm.check_alloc(r.saturating_mul(8))?;
    let base = if repl {
        &it_types().cwr
    } else {
        &it_types().combinations
    };
    alloc(
        vm,
        &a[0],
        base,
        Combinations {
            pool,
            r,
            indices: None,
            done,
        },
    )
}

fn combinations_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Combinations>(vm, &a[0], "combinations")?;
    step(vm, it, |s| {
        if s.done {
            return Some(None);
        }
        let (n, r) = (s.pool.len(), s.r);
        let Some(indices) = s.indices.as_mut() else {
            let idx: Vec<usize> = (0..r).collect();
            let t = pick(&s.pool, &idx);
            s.indices = Some(idx);
            return Some(t);
        };
        // The rightmost index not at its highest place moves up one; those after it
        // follow it.
        let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
            s.done = true;
            return Some(None);
        };
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
        Some(pick(&s.pool, indices))
    })
}

fn cwr_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Combinations>(vm, &a[0], "combinations_with_replacement")?;
    step(vm, it, |s| {
        if s.done {
            return Some(None);
        }
        let (n, r) = (s.pool.len(), s.r);
        let Some(indices) = s.indices.as_mut() else {
            let idx = vec![0; r];
            let t = pick(&s.pool, &idx);
            s.indices = Some(idx);
            return Some(t);
        };
        let Some(i) = (0..r).rev().find(|&i| indices[i] + 1 != n) else {
            s.done = true;
            return Some(None);
        };
        let v = indices[i] + 1;
        for x in &mut indices[i..] {
            *x = v;
        }
        Some(pick(&s.pool, indices))
    })
}

fn combinations_reduce(vm: &Vm, a: &[Value], tpname: &str) -> PyResult<Value> {
    let it = it_of::<Combinations>(vm, &a[0], tpname)?;
    let st = it.locked(vm, |s| {
        vec![
            new_tuple(s.pool.clone()),
            Value::Int(s.r as i64),
            opt(&s.indices.as_deref().map(ints)),
            Value::Bool(s.done),
        ]
    })?;
    Ok(reduce3(a, vec![new_tuple(vec![]), Value::Int(0)], st))
}

fn combinations_setstate(vm: &Vm, a: &[Value], tpname: &str) -> PyResult<Value> {
    let it = it_of::<Combinations>(vm, &a[0], tpname)?;
    let st = state_items(vm, a, 4)?;
    let pool = tuple_items(vm, &st[0])?;
    let r = int_state(vm, &st[1], 0)? as usize;
    let indices = unopt(vm, &st[2])?
        .map(|v| indices_state(vm, &v, pool.len()))
        .transpose()?;
    let repl = tpname != "combinations";
    if indices
        .as_ref()
        .is_some_and(|i| i.len() != r || (!repl && r > pool.len()))
    {
        return Err(vm.type_error("invalid state"));
    }
    let done = matches!(st[3], Value::Bool(true));
    it.locked(vm, |s| {
        *s = Combinations {
            pool,
            r,
            indices,
            done,
        }
    })?;
    Ok(Value::None)
}
