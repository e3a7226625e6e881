//! `_json`: the native encoder (`encode`, `encode_basestring[_ascii]`) and scanner
//! (`scan_once`, in json_scan.rs) behind `lib/json`; output byte-identical to CPython's.
//! Follows <https://docs.python.org/3.11/library/json.html>.

use std::collections::HashSet;
use std::fmt::Write;
use weft_vm::import::{new_module, set};
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::typeobj::tdata;
use weft_vm::types::{native, types};
use weft_vm::{new_list, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// Append `s` as a JSON string literal.
pub fn quote_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let special = c < 0x20 || c == b'"' || c == b'\\' || (ascii && c >= 0x7f);
        if !special {
            continue;
        }
        if ascii && c >= 0x80 {
            // handled with the whole char below (only at its first byte)
            if c & 0xc0 == 0x80 {
                continue;
            }
        }
        out.push_str(&s[start..i]);
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            c if c < 0x80 => {
                let _ = write!(out, "\\u{:04x}", c);
            }
            _ => {
                let ch = s[i..].chars().next().unwrap();
                let n = ch as u32;
                if n < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", n);
                } else {
                    let m = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (m >> 10),
                        0xdc00 | (m & 0x3ff)
                    );
                }
                start = i + ch.len_utf8();
                continue;
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

struct Enc<'a> {
    vm: &'a Vm,
    markers: Option<HashSet<usize>>,
    default: Value,
    ascii: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// Whether the out-of-range message carries the value (CPython's Python encoder).
    py_msg: bool,
    out: String,
    /// Chunk mode: the pieces CPython's Python encoder would yield, in order.
    chunks: Option<Vec<Value>>,
}

fn str_of(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// Values written as one token: str, None, bools, ints and floats.
fn is_prim(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Str(_) | Payload::Int(_) | Payload::Float(_)
        ),
        _ => true,
    }
}

impl Enc<'_> {
    /// End the current chunk (in chunk mode).
    fn cut(&mut self) {
        if let Some(c) = &mut self.chunks {
            c.push(new_str(std::mem::take(&mut self.out)));
        }
    }

    /// Emit a whole chunk.
    fn y(&mut self, s: &str) {
        self.out.push_str(s);
        self.cut();
    }

    fn float(&mut self, f: f64) -> PyResult<()> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            self.out.push_str(&weft_vm::repr::float_repr(f));
            return Ok(());
        };
        if !self.allow_nan {
            let mut msg = "Out of range float values are not JSON compliant".to_string();
            if self.py_msg {
                msg.push_str(": ");
                msg.push_str(&weft_vm::repr::float_repr(f));
            }
            return Err(self.vm.value_error(msg));
        }
        self.out.push_str(text);
        Ok(())
    }

    /// `int.__repr__` of an int object (bypassing subclass overrides).
    fn int_repr(&self, o: &Value) -> PyResult<String> {
        let vm = self.vm;
        let r = vm.getattr(&Value::Obj(types().int.clone()), "__repr__")?;
        let s = vm.call(&r, std::slice::from_ref(o))?;
        Ok(str_of(&s).unwrap_or("").to_string())
    }

    /// Write a primitive (see `is_prim`) into the current chunk.
    fn prim(&mut self, v: &Value) -> PyResult<()> {
        match v {
            Value::None | Value::Null => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Float(f) => self.float(*f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => quote_str(&mut self.out, s.as_str(), self.ascii),
                Payload::Int(_) => {
                    let r = self.int_repr(v)?;
                    self.out.push_str(&r);
                }
                Payload::Float(f) => self.float(*f)?,
                _ => {}
            },
        }
        Ok(())
    }

    fn enter(&self) -> PyResult<()> {
        if self.vm.enter().is_err() {
            return Err(self.vm.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        Ok(())
    }

    fn mark(&mut self, o: &ObjRef) -> PyResult<Option<usize>> {
        match &mut self.markers {
            Some(m) => {
                let id = o.id();
                if !m.insert(id) {
                    return Err(self.vm.value_error("Circular reference detected"));
                }
                Ok(Some(id))
            }
            None => Ok(None),
        }
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let (Some(m), Some(id)) = (&mut self.markers, id) {
            m.remove(&id);
        }
    }

    /// Any value (CPython's `_iterencode`).
    fn value(&mut self, v: &Value, level: usize) -> PyResult<()> {
        if is_prim(v) {
            self.prim(v)?;
            self.cut();
            return Ok(());
        }
        self.container(v, level)
    }

    /// A list, tuple, dict or other object (through `default`).
    fn container(&mut self, v: &Value, level: usize) -> PyResult<()> {
        let Value::Obj(o) = v else { return Ok(()) };
        match &o.payload {
            // A subclass is read through its iterator (CPython's PySequence_Fast).
            Payload::List(_) | Payload::Tuple(_) if tdata(&o.class).heap => {
                let items = self.vm.collect(v)?;
                self.seq(o, &items, level)
            }
            Payload::List(l) => {
                let items = l.read().clone();
                self.seq(o, &items, level)
            }
            Payload::Tuple(t) => self.seq(o, t, level),
            Payload::Dict(_) => self.dict(o, v, level),
            _ => {
                let id = self.mark(o)?;
                let new = self
                    .vm
                    .call(&self.default.clone(), std::slice::from_ref(v))?;
                self.enter()?;
                let r = self.value(&new, level);
                self.vm.leave();
                r?;
                self.unmark(id);
                Ok(())
            }
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn seq(&mut self, o: &ObjRef, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.y("[]");
            return Ok(());
        }
        let id = self.mark(o)?;
        self.enter()?;
        let r = self.seq_items(items, level);
        self.vm.leave();
        r?;
        self.unmark(id);
        Ok(())
    }

    fn item_sep(&mut self) {
        let sep = std::mem::take(&mut self.item_sep);
        self.out.push_str(&sep);
        self.item_sep = sep;
    }

    fn seq_items(&mut self, items: &[Value], level: usize) -> PyResult<()> {
        self.out.push('[');
        let level = level + 1;
        self.newline(level);
        for (n, x) in items.iter().enumerate() {
            if n > 0 {
                self.item_sep();
                self.newline(level);
            }
            if is_prim(x) {
                self.prim(x)?;
                self.cut();
            } else {
                self.cut();
                self.container(x, level)?;
            }
        }
        if self.indent.is_some() {
            self.newline(level - 1);
            self.cut();
        }
        self.y("]");
        Ok(())
    }

    fn dict(&mut self, o: &ObjRef, v: &Value, level: usize) -> PyResult<()> {
        let Payload::Dict(d) = &o.payload else {
            return Ok(());
        };
        if d.len() == 0 {
            self.y("{}");
            return Ok(());
        }
        let id = self.mark(o)?;
        self.enter()?;
        let r = self.dict_items(o, v, level);
        self.vm.leave();
        r?;
        self.unmark(id);
        Ok(())
    }

    fn items(&self, o: &ObjRef, v: &Value) -> PyResult<Vec<(Value, Value)>> {
        let vm = self.vm;
        let Payload::Dict(d) = &o.payload else {
            return Ok(Vec::new());
        };
        let mut items: Vec<(Value, Value)> = if o.class.ptr_eq(&types().dict) {
            d.items()
        } else {
            let it = vm.call_method(v, "items", &[])?;
            let mut out = Vec::new();
            for pair in vm.collect(&it)? {
                let kv = vm.collect(&pair)?;
                if kv.len() != 2 {
                    return Err(vm.value_error("items must return 2-tuples"));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        if self.sort_keys {
            let list = new_list(
                items
                    .iter()
                    .map(|(k, v)| new_tuple_of([k.clone(), v.clone()]))
                    .collect(),
            );
            vm.call_method(&list, "sort", &[])?;
            items = vm
                .collect(&list)?
                .into_iter()
                .map(|t| match t.payload() {
                    Some(Payload::Tuple(kv)) => (kv[0].clone(), kv[1].clone()),
                    _ => (Value::None, Value::None),
                })
                .collect();
        }
        Ok(items)
    }

    /// The JSON text of a dict key, or None to skip it.
    fn key(&mut self, k: &Value) -> PyResult<Option<String>> {
        let vm = self.vm;
        Ok(Some(match k {
            Value::Obj(ko) => match &ko.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Float(f) => self.float_key(*f)?,
                Payload::Int(_) => self.int_repr(k)?,
                _ if self.skipkeys => return Ok(None),
                _ => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(k)
                    )))
                }
            },
            Value::Float(f) => self.float_key(*f)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None | Value::Null => "null".into(),
            Value::Int(i) => i.to_string(),
        }))
    }

    fn dict_items(&mut self, o: &ObjRef, v: &Value, level: usize) -> PyResult<()> {
        let items = self.items(o, v)?;
        self.y("{");
        let level = level + 1;
        if self.indent.is_some() {
            self.newline(level);
            self.cut();
        }
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key(k)? else { continue };
            if !first {
                self.item_sep();
                self.newline(level);
                self.cut();
            }
            first = false;
            quote_str(&mut self.out, &key, self.ascii);
            self.cut();
            let ks = std::mem::take(&mut self.key_sep);
            self.y(&ks);
            self.key_sep = ks;
            self.value(val, level)?;
        }
        if self.indent.is_some() {
            self.newline(level - 1);
            self.cut();
        }
        self.y("}");
        Ok(())
    }

    fn float_key(&mut self, f: f64) -> PyResult<String> {
        let save = std::mem::take(&mut self.out);
        let r = self.float(f);
        let key = std::mem::replace(&mut self.out, save);
        r.map(|_| key)
    }
}

/// `encode(obj, (check_circular, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan), chunked)`: the JSON text; with
/// `chunked`, `(chunks, exception or None)` cut where CPython's Python encoder yields.
fn encode(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let ctx = match a.get(1).and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) if t.len() >= 9 => t,
        _ => return Err(vm.type_error("encode: bad context")),
    };
    let chunked = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let sep = |v: &Value| -> PyResult<String> {
        str_of(v).map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(v)
            ))
        })
    };
    let indent = str_of(&ctx[3]).map(str::to_string);
    let mut e = Enc {
        vm,
        markers: if vm.truthy(&ctx[0])? {
            Some(HashSet::new())
        } else {
            None
        },
        default: ctx[1].clone(),
        ascii: vm.truthy(&ctx[2])?,
        py_msg: chunked || indent.is_some(),
        indent,
        key_sep: sep(&ctx[4])?,
        item_sep: sep(&ctx[5])?,
        sort_keys: vm.truthy(&ctx[6])?,
        skipkeys: vm.truthy(&ctx[7])?,
        allow_nan: vm.truthy(&ctx[8])?,
        out: String::new(),
        chunks: if chunked { Some(Vec::new()) } else { None },
    };
    let o = a.first().cloned().unwrap_or(Value::None);
    let r = e.value(&o, 0);
    if chunked {
        let exc = match r {
            Ok(()) => Value::None,
            Err(err) => err.value(),
        };
        return Ok(new_tuple_of([
            new_list(e.chunks.take().unwrap_or_default()),
            exc,
        ]));
    }
    r?;
    Ok(new_str(e.out))
}

fn basestring(vm: &Vm, a: &[Value], ascii: bool) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let Some(s) = str_of(&v) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {:.80}",
            vm.type_name(&v)
        )));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote_str(&mut out, s, ascii);
    Ok(new_str(out))
}

fn encode_basestring_ascii(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    basestring(vm, a, true)
}

fn encode_basestring(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    basestring(vm, a, false)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_json");
    set(
        &m,
        "encode",
        native("encode", encode, BuiltinKind::Function, None, None),
    );
    set(
        &m,
        "encode_basestring_ascii",
        native(
            "encode_basestring_ascii",
            encode_basestring_ascii,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    set(
        &m,
        "encode_basestring",
        native(
            "encode_basestring",
            encode_basestring,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    set(
        &m,
        "scan_once",
        native(
            "scan_once",
            crate::json_scan::scan_once,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    Ok(m)
}
