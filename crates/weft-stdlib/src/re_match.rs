//! Fast construction of `re.Match` objects (instances of the Python class in lib/re.py,
//! built without running `__init__`), a native `Match.group` for the common cases, and the
//! native fronts of the module-level `re.search`/`match`/`fullmatch` (cache hit, str
//! pattern and subject: no Python frame; anything else goes to lib/re.py's own function).
//! Follows <https://docs.python.org/3.11/library/re.html#match-objects>.

use std::sync::OnceLock;
use weft_vm::new_tuple_of;
use weft_vm::payload::Payload;
use weft_vm::types::core::alloc;
use weft_vm::types::str::PyStr;
use weft_vm::{intern, new_tuple, str_hash, ObjRef, PyResult, Value, Vm};

/// A `Match` instance of class `cls` with the attributes lib/re.py's `__init__` sets.
pub fn make_match(
    vm: &Vm,
    cls: &Value,
    pattern: &Value,
    string: &Value,
    regs: Value,
    pos: &Value,
    endpos: &Value,
) -> PyResult<Value> {
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("Match class expected"));
    };
    let td = weft_vm::types::typeobj::tdata(c);
    if td.heap && td.has_dict {
        // The instance dict, filled in one go.
        let k = keys();
        let vals = [
            pattern.clone(),
            string.clone(),
            regs,
            pos.clone(),
            endpos.clone(),
        ];
        let items = k
            .iter()
            .zip(vals)
            .map(|((name, h), v)| (name.clone(), *h, v))
            .collect();
        let d = weft_vm::types::dict::Dict::from_distinct_str(items);
        let dict = ObjRef::new(weft_vm::types::types().dict.clone(), None, Payload::Dict(d));
        return Ok(Value::Obj(ObjRef::new(
            c.clone(),
            Some(dict),
            Payload::Plain,
        )));
    }
    let m = alloc(c, Payload::Plain);
    if let Value::Obj(o) = &m {
        if let Some(Payload::Dict(d)) = o.dict.as_ref().map(|d| &d.payload) {
            let k = keys();
            for (i, v) in [
                pattern.clone(),
                string.clone(),
                regs,
                pos.clone(),
                endpos.clone(),
            ]
            .into_iter()
            .enumerate()
            {
                d.set_str(k[i].0.clone(), k[i].1, v);
            }
        }
    }
    Ok(m)
}

/// The interned attribute names of a Match and their hashes.
fn keys() -> &'static [(Value, i64); 5] {
    static K: OnceLock<[(Value, i64); 5]> = OnceLock::new();
    K.get_or_init(|| {
        ["re", "string", "_regs", "pos", "endpos"].map(|n| {
            let v = intern(n);
            let h = str_hash(&v);
            (v, h)
        })
    })
}

fn attr(o: &ObjRef, i: usize) -> Option<Value> {
    match o.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => {
            let (k, h) = &keys()[i];
            d.get_str(k, *h)
        }
        _ => None,
    }
}

/// The group number of a group name, from the pattern's `_groupindex` dict.
fn name_index(o: &ObjRef, name: &Value) -> Option<i64> {
    let Value::Obj(p) = attr(o, 0)? else {
        return None;
    };
    let gi = match p.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => {
            let k = intern("_groupindex");
            d.get_str(&k, str_hash(&k))?
        }
        _ => return None,
    };
    let Value::Obj(gio) = &gi else { return None };
    if !gio.class.ptr_eq(&weft_vm::types::types().dict) {
        return None;
    }
    let Payload::Dict(d) = &gio.payload else {
        return None;
    };
    match d.get_str(name, str_hash(name)) {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    }
}

/// Group `g` of a str match, when `g` is a plain int or a known name; `None` otherwise.
fn fast_group(o: &ObjRef, s: &PyStr, regs: &[Value], g: &Value) -> Option<Value> {
    let g = match g {
        Value::Int(g) => *g,
        Value::Obj(n) if n.class.ptr_eq(&weft_vm::types::types().str) => name_index(o, g)?,
        _ => return None,
    };
    if g < 0 || (2 * g + 2) as usize >= regs.len() {
        return None;
    }
    let (Value::Int(a), Value::Int(b)) = (&regs[2 * g as usize], &regs[2 * g as usize + 1]) else {
        return None;
    };
    if *a < 0 {
        return Some(Value::None);
    }
    let n = s.char_len() as i64;
    if *b > n || a > b {
        return None;
    }
    Some(weft_vm::new_str_from(s.slice(*a as usize, *b as usize)))
}

/// `Match.group(*args)`: native for int groups of str matches, else `_group_py`.
pub fn m_group(vm: &Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    if kw.is_empty() {
        if let Value::Obj(o) = &this {
            if let (Some(string), Some(regs)) = (attr(o, 1), attr(o, 2)) {
                if let (Some(Payload::Str(s)), Some(Payload::Tuple(r))) =
                    (string.payload(), regs.payload())
                {
                    let args = &a[1..];
                    if args.is_empty() {
                        if let Some(v) = fast_group(o, s, r, &Value::Int(0)) {
                            return Ok(v);
                        }
                    } else if args.len() == 1 {
                        if let Some(v) = fast_group(o, s, r, &args[0]) {
                            return Ok(v);
                        }
                    } else {
                        let got: Option<Vec<Value>> =
                            args.iter().map(|g| fast_group(o, s, r, g)).collect();
                        if let Some(items) = got {
                            return Ok(new_tuple(items));
                        }
                    }
                }
            }
        }
    }
    let slow = vm.getattr(&this, "_group_py")?;
    vm.call_kw(&slow, &a[1..], kw)
}

/// `new_match(cls, pattern, string, regs, pos, endpos)`.
pub fn new_match(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() < 6 {
        return Err(vm.type_error("new_match() takes 6 arguments"));
    }
    make_match(vm, &a[0], &a[1], &a[2], a[3].clone(), &a[4], &a[5])
}

/// `install_match(cls)`: make `cls.group` the native `m_group`.
pub fn install_match(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(c)) = a.first() else {
        return Err(vm.type_error("class expected"));
    };
    weft_vm::types::add_method(c, "group", m_group);
    Ok(Value::None)
}

/// `module_entry(mode, slow, cache, Match)`: the module-level function for `mode` (0
/// search, 1 match, 2 fullmatch), a built-in bound to its state: the Python fallback
/// `slow`, lib/re.py's pattern cache and its `Match` class.
pub fn module_entry(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 4 {
        return Err(vm.type_error("module_entry() takes 4 arguments"));
    }
    let name = match a[0] {
        Value::Int(0) => "search",
        Value::Int(1) => "match",
        Value::Int(2) => "fullmatch",
        _ => return Err(vm.value_error("bad mode")),
    };
    let state = new_tuple(a.to_vec());
    Ok(Value::Obj(ObjRef::new(
        weft_vm::types::types().builtin_function.clone(),
        None,
        Payload::Builtin(Box::new(weft_vm::types::function::Builtin {
            name,
            func: module_call,
            kind: weft_vm::types::function::BuiltinKind::Method,
            bound: Some(state),
            owner: None,
            doc: None,
            check: None,
            module: Default::default(),
        })),
    )))
}

/// A call of a module-level entry: `a[0]` is its state tuple, then the caller's arguments.
fn module_call(vm: &Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::Tuple(st)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("bad re entry"));
    };
    if let Some(m) = fast_module_call(vm, st, &a[1..], kw)? {
        return Ok(m);
    }
    vm.call_kw(&st[1], &a[1..], kw)
}

/// The cache-hit path of [`module_call`]; `None` when the Python fallback must run.
fn fast_module_call(
    vm: &Vm,
    st: &[Value],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Option<Value>> {
    let flags = match (args.len(), kw) {
        (2, []) => Value::Int(0),
        (3, []) => args[2].clone(),
        (2, [(k, v)]) if matches!(k.payload(), Some(Payload::Str(s)) if s.as_str() == "flags") => {
            v.clone()
        }
        _ => return Ok(None),
    };
    let str_t = &weft_vm::types::types().str;
    let exact_str = |v: &Value| matches!(v, Value::Obj(o) if o.class.ptr_eq(str_t));
    if !matches!(flags, Value::Int(_)) || !exact_str(&args[0]) || !exact_str(&args[1]) {
        return Ok(None);
    }
    let Value::Obj(cache_obj) = &st[2] else {
        return Ok(None);
    };
    let Payload::Dict(cache) = &cache_obj.payload else {
        return Ok(None);
    };
    let Value::Int(fl) = flags else {
        return Ok(None);
    };
    // This thread's last hit stands while the cache dict is unchanged and the pattern is
    // the same object (it is kept alive here, so its address cannot be reused).
    let cache_id = cache_obj.id();
    let version = cache.version.load(std::sync::atomic::Ordering::Acquire);
    let hit = LAST_HIT.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|h| {
                h.cache == cache_id
                    && h.version == version
                    && h.flags == fl
                    && h.pattern.is(&args[0])
            })
            .map(|h| (h.p.clone(), h.regex.clone()))
    });
    let (p, regex) = match hit {
        Some(pr) => pr,
        None => {
            let Some((p, regex)) = cache_lookup(vm, cache, &args[0], fl)? else {
                return Ok(None);
            };
            LAST_HIT.with(|l| {
                *l.borrow_mut() = Some(LastHit {
                    cache: cache_id,
                    version,
                    flags: fl,
                    pattern: args[0].clone(),
                    p: p.clone(),
                    regex: regex.clone(),
                })
            });
            (p, regex)
        }
    };
    let Some(Payload::Str(s)) = args[1].payload() else {
        return Ok(None);
    };
    let n = Value::Int(s.char_len() as i64);
    crate::re::search(
        vm,
        &[
            regex,
            args[1].clone(),
            Value::Int(0),
            n,
            st[0].clone(),
            st[3].clone(),
            p,
            args[1].clone(),
        ],
        &[],
    )
    .map(Some)
}

/// The last cache hit of [`fast_module_call`] on this thread.
struct LastHit {
    cache: usize,
    version: u64,
    flags: i64,
    pattern: Value,
    p: Value,
    regex: Value,
}

thread_local! {
    static LAST_HIT: std::cell::RefCell<Option<LastHit>> = const { std::cell::RefCell::new(None) };
}

/// lib/re.py's cached Pattern for a str pattern and int flags, and its compiled regex.
fn cache_lookup(
    vm: &Vm,
    cache: &weft_vm::types::dict::Dict,
    pattern: &Value,
    flags: i64,
) -> PyResult<Option<(Value, Value)>> {
    let key = new_tuple_of([
        Value::Obj(weft_vm::types::types().str.clone()),
        pattern.clone(),
        Value::Int(flags),
    ]);
    let Some(p) = cache.get(vm, &key)? else {
        return Ok(None);
    };
    let Value::Obj(po) = &p else { return Ok(None) };
    let regex = match po.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => {
            static K: OnceLock<(Value, i64)> = OnceLock::new();
            let (k, h) = K.get_or_init(|| {
                let v = intern("_regex");
                let h = str_hash(&v);
                (v, h)
            });
            d.get_str(k, *h)
        }
        _ => None,
    };
    Ok(regex.map(|r| (p.clone(), r)))
}
