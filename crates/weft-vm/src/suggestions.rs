//! "Did you mean: 'x'?" suggestions for uncaught `NameError` and `AttributeError`
//! (<https://docs.python.org/3.11/whatsnew/3.10.html#better-error-messages>): a bounded
//! edit distance (moves cost 2, case-only changes 1) over `dir(obj)`, or over the failing
//! frame's local variable names, then its globals, then the builtins.

use crate::payload::Payload;
use crate::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_LEN: usize = 40;
const MOVE: usize = 2;
const CASE: usize = 1;

fn sub_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        MOVE
    } else if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE
    } else {
        MOVE
    }
}

/// Edit distance between `a` and `b`, or something above `max` once it must exceed `max`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE;
    }
    if a.len() > MAX_LEN || b.len() > MAX_LEN {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + sub_cost(code, ac);
            dist = row[i];
            let ins_del = result.min(dist) + MOVE;
            result = ins_del.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, as CPython 3.11 chooses it.
pub fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = ((name.len() + c.len() + 3) * MOVE / 6).min(best_d.saturating_sub(1));
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(c);
            best_d = d;
        }
    }
    best.cloned()
}

fn str_of(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

fn dict_keys(d: &Value) -> Vec<String> {
    match d.payload() {
        Some(Payload::Dict(d)) => d.keys().iter().filter_map(str_of).collect(),
        _ => Vec::new(),
    }
}

/// The suggestion for an uncaught exception `e`, if it is a `NameError` or an
/// `AttributeError` that carries the missing name.
pub fn suggest(vm: &Vm, e: &Value) -> Option<String> {
    let Some(Payload::Exception(d)) = e.payload() else {
        return None;
    };
    let is_attr = vm.isinstance(e, &vm.exc_type("AttributeError"));
    let is_name = !is_attr && vm.isinstance(e, &vm.exc_type("NameError"));
    if !is_attr && !is_name {
        return None;
    }
    let name = vm.getattr(e, "name").ok().and_then(|n| str_of(&n))?;
    if is_attr {
        let obj = vm.getattr(e, "obj").ok()?;
        let dir = crate::interp::module_get(crate::interp::interp().builtins(), "dir")?;
        let listed = vm.call(&dir, &[obj]).ok()?;
        let names: Vec<String> = match listed.payload() {
            Some(Payload::List(l)) => l.read().iter().filter_map(str_of).collect(),
            _ => return None,
        };
        return closest(&names, &name);
    }
    // NameError: the innermost frame of the traceback.
    let mut tb = d.traceback.lock().clone();
    let mut frame = None;
    while let Some(Payload::Traceback(t)) = tb.payload() {
        frame = Some(t.frame.clone());
        tb = t.next.clone();
    }
    let frame = frame?;
    let Payload::Frame(fi) = &frame.payload else {
        return None;
    };
    if let Payload::Code(c) = &fi.code.payload {
        let vars: Vec<String> = c.code.varnames.iter().map(|s| s.to_string()).collect();
        if let Some(s) = closest(&vars, &name) {
            return Some(s);
        }
    }
    if let Some(s) = closest(&dict_keys(&Value::Obj(fi.globals.clone())), &name) {
        return Some(s);
    }
    let b = Value::Obj(crate::interp::interp().builtins_dict().clone());
    closest(&dict_keys(&b), &name)
}
