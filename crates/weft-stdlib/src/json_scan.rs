//! `_json.scan_once`: the JSON scanner behind `lib/json/decoder.py` (strings with escapes,
//! numbers, containers, the decoder's hooks and CPython's error messages and positions).
//! Follows <https://docs.python.org/3.11/library/json.html>.

use std::collections::HashMap;
use weft_vm::payload::Payload;
use weft_vm::types::str::PyStr;
use weft_vm::types::types;
use weft_vm::{new_list, new_str, new_tuple_of, ObjRef, PyErr, PyResult, Value, Vm};

/// Scanner settings: (strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, JSONDecodeError), None where the default applies.
struct Ctx<'a> {
    vm: &'a Vm,
    s: &'a PyStr,
    doc: &'a Value,
    b: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    err: Value,
    memo: HashMap<&'a str, Value>,
}

/// Why scanning stopped: no value at this byte offset (StopIteration), or an exception.
enum E {
    Stop(usize),
    Py(PyErr),
}

impl From<PyErr> for E {
    fn from(e: PyErr) -> E {
        E::Py(e)
    }
}

type R<T> = Result<T, E>;

#[inline]
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn hook(v: Option<&Value>, default: Option<&ObjRef>) -> Option<Value> {
    match v {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) if default.is_some_and(|d| ObjRef::ptr_eq(o, d)) => None,
        Some(v) => Some(v.clone()),
    }
}

impl<'a> Ctx<'a> {
    fn cp(&self, byte: usize) -> i64 {
        if self.s.is_ascii() {
            byte as i64
        } else {
            self.s.char_index(byte) as i64
        }
    }

    fn error(&self, msg: &str, byte: usize) -> E {
        let vm = self.vm;
        let args = [new_str(msg), self.doc.clone(), Value::Int(self.cp(byte))];
        match vm.call(&self.err, &args) {
            Ok(Value::Obj(o)) => E::Py(PyErr(o)),
            Ok(_) => E::Py(vm.value_error(msg.to_string())),
            Err(e) => E::Py(e),
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    fn hex4(&self, at: usize, upos: usize) -> R<u32> {
        let mut v = 0u32;
        for k in 0..4 {
            let d = (self.b[at + k] as char)
                .to_digit(16)
                .ok_or_else(|| self.error("Invalid \\uXXXX escape", upos))?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// Scan a string whose opening quote is at `begin`; returns (text, index after it).
    fn string(&self, begin: usize) -> R<(Value, usize)> {
        let b = self.b;
        let len = b.len();
        let mut end = begin + 1;
        let mut out: Option<String> = None;
        let mut lone = false;
        loop {
            let mut next = end;
            let mut c = 0u8;
            while next < len {
                let d = b[next];
                if d == b'"' || d == b'\\' {
                    c = d;
                    break;
                }
                if d <= 0x1f && self.strict {
                    return Err(self.error("Invalid control character at", next));
                }
                next += 1;
            }
            if c != b'"' && c != b'\\' {
                return Err(self.error("Unterminated string starting at", begin));
            }
            let chunk = &self.s.as_str()[end..next];
            if c == b'"' {
                if lone {
                    return Err(E::Py(
                        self.vm
                            .value_error("chr() of a surrogate code point is not supported"),
                    ));
                }
                let v = match out {
                    None => weft_vm::new_str_from(chunk),
                    Some(mut o) => {
                        o.push_str(chunk);
                        new_str(o)
                    }
                };
                return Ok((v, next + 1));
            }
            let o = out.get_or_insert_with(String::new);
            o.push_str(chunk);
            next += 1;
            if next == len {
                return Err(self.error("Unterminated string starting at", begin));
            }
            let e = b[next];
            if e != b'u' {
                end = next + 1;
                o.push(match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error("Invalid \\escape", end - 2)),
                });
                continue;
            }
            let upos = next;
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(self.error("Invalid \\uXXXX escape", upos));
            }
            let mut cp = self.hex4(next, upos)?;
            if (0xd800..=0xdbff).contains(&cp)
                && end + 6 < len
                && b[end] == b'\\'
                && b[end + 1] == b'u'
            {
                let c2 = self.hex4(end + 2, end + 1)?;
                if (0xdc00..=0xdfff).contains(&c2) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                    end += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => o.push(ch),
                // weft's str cannot hold a lone surrogate: fail once the string is
                // complete (so that later errors win, as in CPython)
                None => lone = true,
            }
        }
    }

    fn number(&self, start: usize) -> R<(Value, usize)> {
        let b = self.b;
        let len = b.len();
        let digit = |i: usize| i < len && b[i].is_ascii_digit();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= len {
                return Err(E::Stop(start));
            }
        }
        if (b'1'..=b'9').contains(&b[i]) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        } else if b[i] == b'0' {
            i += 1;
        } else {
            return Err(E::Stop(start));
        }
        let mut is_float = false;
        if i + 1 < len && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < len && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < len && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.s.as_str()[start..i];
        let vm = self.vm;
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(f, &[new_str(text)])?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(f, &[new_str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) if text.len() <= 18 => Value::Int(n),
                    _ => vm.call(&Value::Obj(types().int.clone()), &[new_str(text)])?,
                },
            }
        };
        Ok((v, i))
    }

    fn constant(&self, name: &str, f: f64) -> PyResult<Value> {
        match &self.parse_constant {
            Some(pc) => self.vm.call(pc, &[new_str(name)]),
            None => Ok(Value::Float(f)),
        }
    }

    fn enter(&self, what: &str) -> R<()> {
        let vm = self.vm;
        if vm.enter().is_err() {
            return Err(E::Py(vm.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        Ok(())
    }

    fn value(&mut self, i: usize) -> R<(Value, usize)> {
        let b = self.b;
        let len = b.len();
        if i >= len {
            return Err(E::Stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => self.string(i),
            b'{' => {
                self.enter("object")?;
                let r = self.object(i + 1);
                self.vm.leave();
                r
            }
            b'[' => {
                self.enter("array")?;
                let r = self.array(i + 1);
                self.vm.leave();
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => {
                Ok((self.constant("Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => self.number(i),
        }
    }

    fn object(&mut self, i: usize) -> R<(Value, usize)> {
        let b = self.b;
        let len = b.len();
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if i >= len || b[i] != b'}' {
            loop {
                if i >= len || b[i] != b'"' {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (key, next) = self.string(i)?;
                let doc_text: &'a str = self.s.as_str();
                let key = match key.payload() {
                    Some(Payload::Str(ks)) => {
                        // Keys without escapes are memoised by their text in the document
                        // (an escape always makes the raw text longer than the key).
                        let raw = &doc_text[i + 1..next - 1];
                        if raw.len() == ks.as_str().len() {
                            self.memo.entry(raw).or_insert(key).clone()
                        } else {
                            key.clone()
                        }
                    }
                    _ => key,
                };
                i = self.skip_ws(next);
                if i >= len || b[i] != b':' {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.value(i)?;
                pairs.push((key, val));
                i = self.skip_ws(next);
                if i < len && b[i] == b'}' {
                    break;
                }
                if i >= len || b[i] != b',' {
                    return Err(self.error("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let vm = self.vm;
        if let Some(h) = &self.pairs_hook {
            let list = new_list(
                pairs
                    .into_iter()
                    .map(|(k, v)| new_tuple_of([k, v]))
                    .collect(),
            );
            return Ok((vm.call(h, &[list])?, i + 1));
        }
        let d = weft_vm::new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            for (k, v) in pairs {
                let h = weft_vm::str_hash(&k);
                dd.set_str(k, h, v);
            }
        }
        let d = match &self.object_hook {
            Some(h) => vm.call(h, &[d])?,
            None => d,
        };
        Ok((d, i + 1))
    }

    fn array(&mut self, i: usize) -> R<(Value, usize)> {
        let b = self.b;
        let len = b.len();
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if i < len && b[i] == b']' {
            return Ok((new_list(items), i + 1));
        }
        loop {
            let (val, next) = self.value(i)?;
            items.push(val);
            i = self.skip_ws(next);
            if i < len && b[i] == b']' {
                break;
            }
            if i >= len || b[i] != b',' {
                return Err(self.error("Expecting ',' delimiter", i));
            }
            i = self.skip_ws(i + 1);
        }
        Ok((new_list(items), i + 1))
    }
}

/// `scan_once(ctx, string, idx)` -> (value, end); raises StopIteration(idx) where no value
/// starts, JSONDecodeError (ctx's class) for malformed input.
pub fn scan_once(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let ctx = match a.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) if t.len() >= 7 => t,
        _ => return Err(vm.type_error("scan_once: bad context")),
    };
    let doc = a.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::Str(s)) = doc.payload() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {:.80}",
            vm.type_name(&doc)
        )));
    };
    let idx = match a.get(2) {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        _ => return Err(vm.type_error("idx must be an integer")),
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    if idx as usize >= s.char_len() {
        return Err(vm.stop_iteration(Value::Int(idx)));
    }
    let t = types();
    let mut c = Ctx {
        vm,
        s,
        doc: &doc,
        b: s.as_str().as_bytes(),
        strict: vm.truthy(&ctx[0])?,
        object_hook: hook(Some(&ctx[1]), None),
        pairs_hook: hook(Some(&ctx[2]), None),
        parse_float: hook(Some(&ctx[3]), Some(&t.float)),
        parse_int: hook(Some(&ctx[4]), Some(&t.int)),
        parse_constant: hook(Some(&ctx[5]), None),
        err: ctx[6].clone(),
        memo: HashMap::new(),
    };
    let start = s.byte_offset(idx as usize);
    match c.value(start) {
        Ok((v, end)) => Ok(new_tuple_of([v, Value::Int(c.cp(end))])),
        Err(E::Stop(at)) => Err(vm.stop_iteration(Value::Int(c.cp(at)))),
        Err(E::Py(e)) => Err(e),
    }
}
