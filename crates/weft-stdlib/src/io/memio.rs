//! `_io.StringIO` and `_io.BytesIO`: in-memory streams
//! (<https://docs.python.org/3.11/library/io.html#io.StringIO>).

use super::text::Newline;
use super::{arg, bytes_of, closed_err, int_of, lock, size_arg, this, unsupported, IoTypes, Kw};
use parking_lot::Mutex;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::add_method;
use weft_vm::{new_bytes, new_str, new_tuple, PyResult, Value, Vm};

mod bytesio;

// ----- StringIO ------------------------------------------------------------------

#[derive(Default)]
struct SState {
    buf: String,
    /// Position in characters (may lie beyond the end).
    pos: usize,
    /// Byte offset of `pos` (clamped to the end).
    bpos: usize,
    nchars: usize,
    closed: bool,
    seen: u8,
}

pub struct StringIO {
    newline: Newline,
    st: Mutex<SState>,
}

impl Native for StringIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Byte offset after `n` characters of `s` starting at byte `from`.
fn advance(s: &str, from: usize, n: usize) -> (usize, usize) {
    let rest = &s[from..];
    if rest.is_ascii() {
        let k = n.min(rest.len());
        return (from + k, k);
    }
    let mut c = 0;
    for (i, _) in rest.char_indices() {
        if c == n {
            return (from + i, c);
        }
        c += 1;
    }
    (s.len(), c)
}

fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl SState {
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.closed {
            Err(closed_err(vm, false))
        } else {
            Ok(())
        }
    }
    fn write(&mut self, s: &str) {
        let k = count_chars(s);
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            self.buf.extend(std::iter::repeat_n('\0', pad));
            self.nchars += pad;
            self.bpos = self.buf.len();
        }
        if self.bpos == self.buf.len() {
            self.buf.push_str(s);
            self.nchars += k;
        } else {
            let (bend, over) = advance(&self.buf, self.bpos, k);
            self.buf.replace_range(self.bpos..bend, s);
            self.nchars = self.nchars - over + k;
        }
        self.pos += k;
        self.bpos += s.len();
    }
    fn seek_to(&mut self, pos: usize) {
        self.pos = pos;
        self.bpos = if pos >= self.nchars {
            self.buf.len()
        } else {
            advance(&self.buf, 0, pos).0
        };
    }
}

fn sme<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StringIO> {
    this::<StringIO>(vm, v, "StringIO")
}

impl StringIO {
    fn translate(&self, st: &mut SState, s: &str) -> String {
        match self.newline {
            Newline::Universal => {
                if !s.contains('\r') {
                    if s.contains('\n') {
                        st.seen |= 2;
                    }
                    return s.to_string();
                }
                let b = s.as_bytes();
                let mut out = String::with_capacity(s.len());
                let mut i = 0;
                let mut last = 0;
                while i < b.len() {
                    match b[i] {
                        b'\r' => {
                            out.push_str(&s[last..i]);
                            out.push('\n');
                            if i + 1 < b.len() && b[i + 1] == b'\n' {
                                st.seen |= 4;
                                i += 1;
                            } else {
                                st.seen |= 1;
                            }
                            last = i + 1;
                        }
                        b'\n' => st.seen |= 2,
                        _ => {}
                    }
                    i += 1;
                }
                out.push_str(&s[last..]);
                out
            }
            Newline::Cr => s.replace('\n', "\r"),
            Newline::CrLf => s.replace('\n', "\r\n"),
            _ => s.to_string(),
        }
    }
    fn line_end(&self, data: &str) -> Option<usize> {
        let b = data.as_bytes();
        match self.newline {
            Newline::Universal | Newline::Lf => memchr::memchr(b'\n', b).map(|i| i + 1),
            Newline::Cr => memchr::memchr(b'\r', b).map(|i| i + 1),
            Newline::CrLf => memchr::memmem::find(b, b"\r\n").map(|i| i + 2),
            Newline::Any => memchr::memchr2(b'\r', b'\n', b).map(|i| {
                if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                    i + 2
                } else {
                    i + 1
                }
            }),
        }
    }
    fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Value> {
        let mut st = lock(vm, &self.st);
        st.check(vm)?;
        let rest = &st.buf[st.bpos..];
        let mut end = self.line_end(rest).unwrap_or(rest.len());
        let mut nch = None;
        if limit >= 0 {
            let (e, c) = advance(rest, 0, limit as usize);
            if e < end {
                end = e;
                nch = Some(c);
            }
        }
        let line = rest[..end].to_string();
        let c = nch.unwrap_or_else(|| count_chars(&line));
        st.bpos += end;
        st.pos += c;
        Ok(new_str(line))
    }
}

fn s_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("__new__ needs a class"));
    };
    let exact = cls.ptr_eq(&crate::io::io_types().stringio);
    let a = if exact { &args[1..] } else { &[][..] };
    let kw = if exact { kw } else { &[][..] };
    let newline = match arg(a, kw, 1, "newline") {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => match s.as_str() {
                "" => Newline::Any,
                "\n" => Newline::Lf,
                "\r" => Newline::Cr,
                "\r\n" => Newline::CrLf,
                _ => return Err(vm.value_error(format!("illegal newline value: {}", vm.repr(v)?))),
            },
            _ => {
                return Err(vm.type_error(format!(
                    "newline must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    // StringIO itself takes its content here; a subclass gets it from __init__ (its
    // newline argument there is not applied: the translation mode is fixed at creation)
    let init = match arg(a, kw, 0, "initial_value") {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let sio = StringIO {
        newline,
        st: Mutex::new(SState::default()),
    };
    {
        let mut st = sio.st.lock();
        let t = sio.translate(&mut st, &init);
        st.write(&t);
        st.seek_to(0);
    }
    Ok(super::alloc(cls, sio))
}

/// `StringIO.__init__(initial_value='', newline='\n')`: (re)sets the content of a
/// subclass instance (StringIO itself was set up by __new__).
fn s_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(me) = args.first() else {
        return Ok(Value::None);
    };
    if vm.type_of(me).ptr_eq(&crate::io::io_types().stringio) {
        return Ok(Value::None);
    }
    let mut call = vec![Value::Obj(crate::io::io_types().stringio.clone())];
    call.extend(args[1..].iter().cloned());
    let fresh = s_new(vm, &call, kw)?;
    let (Some(src), Some(dst)) = (
        fresh.payload().and_then(|p| p.native::<StringIO>()),
        me.payload().and_then(|p| p.native::<StringIO>()),
    ) else {
        return Ok(Value::None);
    };
    let taken = std::mem::take(&mut *src.st.lock());
    *dst.st.lock() = taken;
    Ok(Value::None)
}

fn s_write(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::Str(text)) = v.payload() else {
        return Err(vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&v)
        )));
    };
    let mut st = lock(vm, &s.st);
    st.check(vm)?;
    let t = s.translate(&mut st, text.as_str());
    st.write(&t);
    Ok(Value::Int(text.char_len() as i64))
}

fn s_writelines(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lines = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    for l in lines {
        s_write(vm, &[args[0].clone(), l], &[])?;
    }
    Ok(Value::None)
}

fn s_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    let mut st = lock(vm, &s.st);
    st.check(vm)?;
    let (end, c) = if n < 0 {
        (st.buf.len(), st.nchars.saturating_sub(st.pos))
    } else {
        advance(&st.buf, st.bpos, n as usize)
    };
    let out = st.buf[st.bpos..end].to_string();
    st.bpos = end;
    st.pos += c;
    if n < 0 {
        st.pos = st.pos.max(st.nchars);
    }
    Ok(new_str(out))
}

fn s_readline(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    sme(vm, &args[0])?.readline(vm, n)
}

fn s_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = sme(vm, &args[0])?.readline(vm, -1)?;
    if matches!(l.payload(), Some(Payload::Str(s)) if s.as_str().is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn s_readlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let hint = size_arg(vm, arg(&args[1..], kw, 0, "hint"))?;
    crate::io::collect_lines(hint, false, || {
        let l = s.readline(vm, -1)?;
        let n = match l.payload() {
            Some(Payload::Str(x)) => x.char_len(),
            _ => 0,
        };
        Ok((n > 0).then_some((l, n)))
    })
}

fn s_getvalue(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let st = lock(vm, &s.st);
    st.check(vm)?;
    Ok(new_str(st.buf.as_str()))
}

fn s_tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let st = lock(vm, &s.st);
    st.check(vm)?;
    Ok(Value::Int(st.pos as i64))
}

fn s_seek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let pos = arg(&args[1..], kw, 0, "pos")
        .and_then(int_of)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let whence = arg(&args[1..], kw, 1, "whence")
        .and_then(int_of)
        .unwrap_or(0);
    let mut st = lock(vm, &s.st);
    st.check(vm)?;
    match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("Negative seek position {pos}"))),
        0 => st.seek_to(pos as usize),
        1 if pos != 0 => return Err(vm.new_error("OSError", "Can't do nonzero cur-relative seeks")),
        2 if pos != 0 => return Err(vm.new_error("OSError", "Can't do nonzero end-relative seeks")),
        1 => {}
        2 => {
            let n = st.nchars;
            st.seek_to(n)
        }
        _ => return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    Ok(Value::Int(st.pos as i64))
}

fn s_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let mut st = lock(vm, &s.st);
    st.check(vm)?;
    let size = match arg(&args[1..], kw, 0, "pos") {
        None | Some(Value::None) => st.pos as i64,
        Some(v) => int_of(v).ok_or_else(|| vm.type_error("an integer is required"))?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    if (size as usize) < st.nchars {
        let (b, _) = advance(&st.buf, 0, size as usize);
        st.buf.truncate(b);
        st.nchars = size as usize;
        let p = st.pos;
        st.seek_to(p);
    }
    Ok(Value::Int(size))
}

fn s_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    let mut st = lock(vm, &s.st);
    st.closed = true;
    st.buf = String::new();
    Ok(Value::None)
}

fn s_closed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(lock(vm, &sme(vm, &args[0])?.st).closed))
}

fn s_true(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    lock(vm, &sme(vm, &args[0])?.st).check(vm)?;
    Ok(Value::Bool(true))
}

fn s_newlines(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = sme(vm, &args[0])?;
    if s.newline != Newline::Universal {
        return Ok(Value::None);
    }
    let seen = lock(vm, &s.st).seen;
    let mut v = Vec::new();
    for (bit, t) in [(1, "\r"), (2, "\n"), (4, "\r\n")] {
        if seen & bit != 0 {
            v.push(new_str(t));
        }
    }
    Ok(match v.len() {
        0 => Value::None,
        1 => v.pop().unwrap(),
        _ => new_tuple(v),
    })
}

fn s_none(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn s_false(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn s_detach(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

pub fn install(t: &IoTypes) {
    let s = &t.stringio;
    weft_vm::types::add_staticmethod(s, "__new__", s_new);
    add_method(s, "__init__", s_init);
    add_method(s, "write", s_write);
    add_method(s, "writelines", s_writelines);
    add_method(s, "read", s_read);
    add_method(s, "readline", s_readline);
    add_method(s, "readlines", s_readlines);
    add_method(s, "__next__", s_next);
    add_method(s, "getvalue", s_getvalue);
    add_method(s, "tell", s_tell);
    add_method(s, "seek", s_seek);
    add_method(s, "truncate", s_truncate);
    add_method(s, "close", s_close);
    add_method(s, "readable", s_true);
    add_method(s, "writable", s_true);
    add_method(s, "seekable", s_true);
    add_method(s, "flush", s_none);
    add_method(s, "isatty", s_false);
    add_method(s, "detach", s_detach);
    add_method(s, "fileno", bytesio::fileno_unsupported);
    super::add_getter(s, "closed", s_closed);
    super::add_getter(s, "newlines", s_newlines);
    super::add_getter(s, "line_buffering", s_false);
    super::add_getter(s, "encoding", s_none);
    super::add_getter(s, "errors", s_none);

    bytesio::install(&t.bytesio);
}
