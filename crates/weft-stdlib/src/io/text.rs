//! `_io.TextIOWrapper`: decoding, encoding and newline translation over a buffered byte
//! stream (<https://docs.python.org/3.11/library/io.html#io.TextIOWrapper>).
//!
//! Read-ahead is kept as raw bytes (after universal-newline translation, remembering where
//! a `\r\n` was folded so that `tell()` stays exact); text is decoded a line or a request at
//! a time, so `read()` of a whole file costs one read and one UTF-8 validation.

use super::buffered::Buffered;
use super::codec::{self, Enc, Errors};
use super::{arg, closed_err, int_of, lock, size_arg, this, unsupported, Kw};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use weft_vm::payload::Payload;
use weft_vm::types::add_method;
use weft_vm::{new_bytes, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

const CHUNK: usize = 65536;
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `newline=None`: translate `\r\n` and `\r` to `\n` on input.
    Universal,
    /// `newline=''`: any ending splits lines, nothing translated.
    Any,
    Lf,
    Cr,
    CrLf,
}

#[derive(Default)]
pub struct TextState {
    pending: Vec<u8>,
    ppos: usize,
    /// Positions in `pending` of `\n`s that stand for a folded `\r\n` (ascending).
    folded: Vec<usize>,
    held_cr: bool,
    eof: bool,
    seen: u8,
    strip_bom: bool,
    write_bom: bool,
    /// Set for utf-16/utf-32/cp1252: `pending` then holds the text transcoded to UTF-8.
    wide: Option<wide::Wide>,
}

pub struct TextIO {
    pub buffer: Value,
    pub enc: Enc,
    pub enc_name: String,
    pub errors: Errors,
    pub errors_name: String,
    pub newline: Newline,
    pub line_buffering: AtomicBool,
    pub write_through: AtomicBool,
    pub st: Mutex<TextState>,
}

impl weft_vm::payload::Native for TextIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl TextState {
    fn unread(&self) -> &[u8] {
        &self.pending[self.ppos..]
    }
    /// Raw bytes not yet handed out (for `tell()`).
    fn raw_remaining(&self) -> usize {
        let folded_after = self.folded.len() - self.folded.partition_point(|&p| p < self.ppos);
        self.pending.len() - self.ppos + folded_after + self.held_cr as usize
    }
    fn reset(&mut self) {
        self.pending.clear();
        self.ppos = 0;
        self.folded.clear();
        self.held_cr = false;
        self.eof = false;
        if let Some(w) = self.wide.as_mut() {
            w.clear_pending();
        }
    }
    fn compact(&mut self) {
        if self.ppos == 0 {
            return;
        }
        if self.ppos == self.pending.len() {
            self.pending.clear();
        } else {
            self.pending.drain(..self.ppos);
        }
        let cut = self.folded.partition_point(|&p| p < self.ppos);
        self.folded.drain(..cut);
        let pp = self.ppos;
        for p in self.folded.iter_mut() {
            *p -= pp;
        }
        self.ppos = 0;
    }
    /// Add raw bytes (`eof`: nothing follows), translating newlines when universal.
    fn append(&mut self, mut chunk: Vec<u8>, eof: bool, universal: bool) {
        if self.strip_bom {
            if chunk.starts_with(b"\xef\xbb\xbf") {
                chunk.drain(..3);
            }
            self.strip_bom = false;
        }
        self.compact();
        if !universal {
            if self.pending.is_empty() {
                self.pending = chunk;
            } else {
                self.pending.extend_from_slice(&chunk);
            }
            self.eof = eof;
            return;
        }
        if self.seen & SEEN_LF == 0 && memchr::memchr(b'\n', &chunk).is_some() {
            // Refined below: a '\n' right after '\r' is part of a "\r\n".
            self.seen |= SEEN_LF * lone_lf(&chunk, self.held_cr) as u8;
        }
        if !self.held_cr && memchr::memchr(b'\r', &chunk).is_none() {
            if self.pending.is_empty() {
                self.pending = chunk;
            } else {
                self.pending.extend_from_slice(&chunk);
            }
        } else {
            let mut data = chunk.as_slice();
            let held;
            let tmp;
            if self.held_cr {
                self.held_cr = false;
                let mut t = Vec::with_capacity(data.len() + 1);
                t.push(b'\r');
                t.extend_from_slice(data);
                tmp = t;
                data = &tmp;
                held = true;
            } else {
                held = false;
            }
            let _ = held;
            self.pending.reserve(data.len());
            let mut i = 0;
            while let Some(off) = memchr::memchr(b'\r', &data[i..]) {
                let j = i + off;
                self.pending.extend_from_slice(&data[i..j]);
                if j + 1 < data.len() {
                    if data[j + 1] == b'\n' {
                        self.folded.push(self.pending.len());
                        self.seen |= SEEN_CRLF;
                        i = j + 2;
                    } else {
                        self.seen |= SEEN_CR;
                        i = j + 1;
                    }
                    self.pending.push(b'\n');
                } else if eof {
                    self.seen |= SEEN_CR;
                    self.pending.push(b'\n');
                    i = j + 1;
                } else {
                    self.held_cr = true;
                    i = data.len();
                    break;
                }
            }
            if i < data.len() {
                self.pending.extend_from_slice(&data[i..]);
            }
        }
        if eof && self.held_cr {
            self.held_cr = false;
            self.seen |= SEEN_CR;
            self.pending.push(b'\n');
        }
        self.eof = eof;
    }
}

/// Does `chunk` contain a `\n` not preceded by `\r`?
fn lone_lf(chunk: &[u8], held_cr: bool) -> bool {
    for i in memchr::memchr_iter(b'\n', chunk) {
        let prev_cr = if i == 0 {
            held_cr
        } else {
            chunk[i - 1] == b'\r'
        };
        if !prev_cr {
            return true;
        }
    }
    false
}

impl TextIO {
    fn buf(&self) -> Option<&Buffered> {
        self.buffer.payload().and_then(|p| p.native::<Buffered>())
    }
    pub fn is_closed(&self, vm: &Vm) -> PyResult<bool> {
        match self.buf() {
            Some(b) => b.is_closed(vm),
            None => {
                let c = vm.getattr(&self.buffer, "closed")?;
                vm.truthy(&c)
            }
        }
    }
    fn check_open(&self, vm: &Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Err(closed_err(vm, true));
        }
        Ok(())
    }
    fn check_readable(&self, vm: &Vm) -> PyResult<()> {
        let ok = match self.buf() {
            Some(b) => b.readable(),
            None => {
                let r = vm.call_method(&self.buffer, "readable", &[])?;
                vm.truthy(&r)?
            }
        };
        if !ok {
            return Err(unsupported(vm, "not readable"));
        }
        Ok(())
    }
    fn universal(&self) -> bool {
        self.newline == Newline::Universal
    }
    /// Read more raw bytes into the state; false at end of file.
    fn fill(&self, vm: &Vm, st: &mut TextState) -> PyResult<bool> {
        if st.eof {
            return Ok(false);
        }
        let chunk = match self.buf() {
            Some(b) => b.read_some(vm, CHUNK)?,
            None => {
                let m = if vm.getattr(&self.buffer, "read1").is_ok() {
                    "read1"
                } else {
                    "read"
                };
                let r = vm.call_method(&self.buffer, m, &[Value::Int(CHUNK as i64)])?;
                if r.is_none() {
                    Vec::new()
                } else {
                    super::bytes_of(vm, &r, "")?
                }
            }
        };
        let eof = chunk.is_empty();
        self.feed(vm, st, chunk, eof)?;
        Ok(!eof)
    }
    /// Hand raw bytes to the state, transcoding them first for a wide codec.
    fn feed(&self, vm: &Vm, st: &mut TextState, chunk: Vec<u8>, eof: bool) -> PyResult<()> {
        let chunk = match st.wide.as_mut() {
            Some(w) => w.decode(vm, chunk, eof, &self.errors_name)?,
            None => chunk,
        };
        st.append(chunk, eof, self.universal());
        Ok(())
    }
    fn decode(&self, vm: &Vm, data: &[u8]) -> PyResult<Value> {
        Ok(new_str(codec::decode(vm, self.enc, self.errors, data)?))
    }
    pub fn read(&self, vm: &Vm, n: i64) -> PyResult<Value> {
        self.check_open(vm)?;
        self.check_readable(vm)?;
        let mut st = lock(vm, &self.st);
        if n < 0 {
            let mut rest = Vec::new();
            match self.buf() {
                Some(b) => b.read_all(vm, &mut rest)?,
                None => {
                    let r = vm.call_method(&self.buffer, "read", &[])?;
                    if !r.is_none() {
                        rest = super::bytes_of(vm, &r, "")?;
                    }
                }
            }
            if !st.eof {
                self.feed(vm, &mut st, rest, true)?;
            }
            let data = if st.ppos == 0 {
                std::mem::take(&mut st.pending)
            } else {
                st.unread().to_vec()
            };
            st.reset();
            st.eof = true;
            drop(st);
            return Ok(new_str(codec::decode_owned(
                vm,
                self.enc,
                self.errors,
                data,
            )?));
        }
        let n = n as usize;
        loop {
            let data = st.unread();
            let (end, chars) = match self.enc {
                Enc::Utf8 | Enc::Utf8Sig => {
                    let mut i = 0;
                    let mut c = 0;
                    while c < n && i < data.len() {
                        i += codec::utf8_width(data[i]);
                        c += 1;
                    }
                    (i, c)
                }
                _ => (data.len().min(n), data.len().min(n)),
            };
            if st.eof || (end <= data.len() && chars == n) {
                let end = end.min(data.len());
                let out = data[..end].to_vec();
                st.ppos += end;
                drop(st);
                return self.decode(vm, &out);
            }
            self.fill(vm, &mut st)?;
        }
    }
    /// End of the next line in `data` (bytes consumed), or None when more data is needed.
    fn line_end(&self, data: &[u8], eof: bool) -> Option<usize> {
        let found = match self.newline {
            Newline::Universal | Newline::Lf => memchr::memchr(b'\n', data).map(|i| i + 1),
            Newline::Cr => memchr::memchr(b'\r', data).map(|i| i + 1),
            Newline::CrLf => memchr::memmem::find(data, b"\r\n").map(|i| i + 2),
            Newline::Any => match memchr::memchr2(b'\r', b'\n', data) {
                Some(i) if data[i] == b'\n' => Some(i + 1),
                Some(i) if i + 1 < data.len() => {
                    Some(if data[i + 1] == b'\n' { i + 2 } else { i + 1 })
                }
                Some(i) if eof => Some(i + 1),
                Some(_) => return None,
                None => None,
            },
        };
        match found {
            Some(e) => Some(e),
            None if eof => Some(data.len()),
            None => None,
        }
    }
    pub fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Value> {
        self.check_open(vm)?;
        self.check_readable(vm)?;
        let mut st = lock(vm, &self.st);
        loop {
            let eof = st.eof;
            let data = st.unread();
            if let Some(end) = self.line_end(data, eof) {
                let line = &data[..end];
                if limit >= 0 {
                    let s = codec::decode(vm, self.enc, self.errors, line)?;
                    let nchars = s.chars().count();
                    if nchars > limit as usize {
                        let cut: String = s.chars().take(limit as usize).collect();
                        let used = match self.enc {
                            Enc::Utf8 | Enc::Utf8Sig => cut.len(),
                            _ => limit as usize,
                        };
                        st.ppos += used;
                        return Ok(new_str(cut));
                    }
                    st.ppos += end;
                    return Ok(new_str(s));
                }
                let v = self.decode(vm, line);
                st.ppos += end;
                return v;
            }
            if limit >= 0 && data.len() > 4 * limit as usize + 4 {
                // Enough bytes for `limit` characters whatever the line length.
                let s = codec::decode(
                    vm,
                    self.enc,
                    self.errors,
                    &data[..(4 * limit as usize).min(data.len())],
                )
                .unwrap_or_default();
                let cut: String = s.chars().take(limit as usize).collect();
                if cut.chars().count() == limit as usize {
                    let used = match self.enc {
                        Enc::Utf8 | Enc::Utf8Sig => cut.len(),
                        _ => limit as usize,
                    };
                    st.ppos += used;
                    return Ok(new_str(cut));
                }
            }
            self.fill(vm, &mut st)?;
        }
    }
    pub fn write(&self, vm: &Vm, s: &str) -> PyResult<usize> {
        self.check_open(vm)?;
        if let Some(b) = self.buf() {
            if !b.writable() {
                return Err(unsupported(vm, "not writable"));
            }
        }
        let translated;
        let mut text = s;
        match self.newline {
            Newline::Cr | Newline::CrLf if s.contains('\n') => {
                translated = s.replace(
                    '\n',
                    if self.newline == Newline::Cr {
                        "\r"
                    } else {
                        "\r\n"
                    },
                );
                text = &translated;
            }
            _ => {}
        }
        let owned;
        let mut bytes: &[u8] = text.as_bytes();
        if !matches!(self.enc, Enc::Utf8 | Enc::Utf8Sig) {
            owned = codec::encode(vm, self.enc, self.errors, text)?;
            bytes = &owned;
        }
        let mut st = lock(vm, &self.st);
        let rem = st.raw_remaining();
        if rem > 0 || !st.pending.is_empty() {
            if rem > 0 {
                self.bseek(vm, -(rem as i64), 1)?;
            }
            st.reset();
        }
        if st.write_bom {
            st.write_bom = false;
            self.bwrite(vm, b"\xef\xbb\xbf")?;
        }
        let wide_owned;
        if let Some(w) = st.wide.as_mut() {
            wide_owned = w.encode(vm, text, &self.errors_name, || {
                self.btell(vm).map(|p| p == 0).unwrap_or(true)
            })?;
            bytes = &wide_owned;
        }
        self.bwrite(vm, bytes)?;
        let flush = self.write_through.load(Ordering::Relaxed)
            || (self.line_buffering.load(Ordering::Relaxed)
                && (memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some()));
        if flush {
            self.bflush(vm)?;
        }
        Ok(s.chars().count())
    }
    fn bwrite(&self, vm: &Vm, data: &[u8]) -> PyResult<()> {
        match self.buf() {
            Some(b) => {
                b.write(vm, data)?;
            }
            None => {
                vm.call_method(&self.buffer, "write", &[new_bytes(data.to_vec())])?;
            }
        }
        Ok(())
    }
    pub fn bflush(&self, vm: &Vm) -> PyResult<()> {
        match self.buf() {
            Some(b) => b.flush(vm),
            None => vm.call_method(&self.buffer, "flush", &[]).map(|_| ()),
        }
    }
    fn bseek(&self, vm: &Vm, pos: i64, whence: i32) -> PyResult<i64> {
        match self.buf() {
            Some(b) => b.seek(vm, pos, whence),
            None => {
                let r = vm.call_method(
                    &self.buffer,
                    "seek",
                    &[Value::Int(pos), Value::Int(whence as i64)],
                )?;
                int_of(&r).ok_or_else(|| vm.type_error("seek() should return an int"))
            }
        }
    }
    fn btell(&self, vm: &Vm) -> PyResult<i64> {
        match self.buf() {
            Some(b) => b.tell(vm),
            None => {
                let r = vm.call_method(&self.buffer, "tell", &[])?;
                int_of(&r).ok_or_else(|| vm.type_error("tell() should return an int"))
            }
        }
    }
    fn seekable(&self, vm: &Vm) -> PyResult<bool> {
        match self.buf().and_then(|b| b.fio()) {
            Some(f) => Ok(f.is_seekable()),
            None => {
                let r = vm.call_method(&self.buffer, "seekable", &[])?;
                vm.truthy(&r)
            }
        }
    }
    pub fn tell(&self, vm: &Vm) -> PyResult<i64> {
        self.check_open(vm)?;
        if !self.seekable(vm)? {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        let st = lock(vm, &self.st);
        self.bflush(vm)?;
        Ok(self.btell(vm)? - st.raw_remaining() as i64)
    }
    pub fn seek(&self, vm: &Vm, cookie: i64, whence: i64) -> PyResult<i64> {
        self.check_open(vm)?;
        if !self.seekable(vm)? {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        match whence {
            0 => {
                if cookie < 0 {
                    return Err(vm.value_error(format!("negative seek position {cookie}")));
                }
            }
            1 => {
                if cookie != 0 {
                    return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
                }
                return self.tell(vm);
            }
            2 => {
                if cookie != 0 {
                    return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
                }
            }
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        }
        let mut st = lock(vm, &self.st);
        self.bflush(vm)?;
        st.reset();
        if let Some(w) = st.wide.as_mut() {
            w.reset(cookie == 0 && whence == 0);
        }
        // CPython resets its newline decoder (forgetting the newlines seen) when seeking
        // to the end or to the start; a seek elsewhere restores a decoder state only.
        if whence == 2 || cookie == 0 {
            st.seen = 0;
        }
        self.bseek(vm, cookie, whence as i32)
    }
    pub fn close(&self, vm: &Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Ok(());
        }
        let r = self.bflush(vm);
        match self.buf() {
            Some(b) => b.close(vm)?,
            None => {
                vm.call_method(&self.buffer, "close", &[])?;
            }
        }
        r
    }
    fn newlines(&self) -> Value {
        if !self.universal() {
            return Value::None;
        }
        let seen = self.st.lock().seen;
        let mut v = Vec::new();
        if seen & SEEN_CR != 0 {
            v.push(new_str("\r"));
        }
        if seen & SEEN_LF != 0 {
            v.push(new_str("\n"));
        }
        if seen & SEEN_CRLF != 0 {
            v.push(new_str("\r\n"));
        }
        match v.len() {
            0 => Value::None,
            1 => v.pop().unwrap(),
            _ => new_tuple(v),
        }
    }
}

/// Build a TextIOWrapper over `buffer`.
pub fn new_text(
    vm: &Vm,
    cls: &ObjRef,
    buffer: Value,
    encoding: &str,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<Value> {
    let (enc, wide_enc) = match codec::lookup(encoding) {
        Some(e) => (e, None),
        None => match wide::lookup(encoding) {
            Some(w) => (Enc::Utf8, Some(w)),
            None => {
                return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")))
            }
        },
    };
    let errors_name = errors.unwrap_or("strict").to_string();
    let err = codec::lookup_errors(&errors_name).unwrap_or(Errors::Strict);
    let nl = match newline {
        None => Newline::Universal,
        Some("") => Newline::Any,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(x) => return Err(vm.value_error(format!("illegal newline value: {x}"))),
    };
    let mut st = TextState {
        wide: wide_enc.map(wide::Wide::new),
        ..Default::default()
    };
    if enc == Enc::Utf8Sig {
        st.strip_bom = true;
        let at0 = match buffer.payload().and_then(|p| p.native::<Buffered>()) {
            Some(b) => b.writable() && b.tell(vm).map(|p| p == 0).unwrap_or(false),
            None => {
                vm.call_method(&buffer, "tell", &[])
                    .ok()
                    .and_then(|v| int_of(&v))
                    == Some(0)
            }
        };
        st.write_bom = at0;
    }
    let t = TextIO {
        buffer,
        enc,
        enc_name: encoding.to_string(),
        errors: err,
        errors_name,
        newline: nl,
        line_buffering: AtomicBool::new(line_buffering),
        write_through: AtomicBool::new(write_through),
        st: Mutex::new(st),
    };
    Ok(super::alloc(cls, t))
}

pub fn me<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TextIO> {
    this::<TextIO>(vm, v, "TextIOWrapper")
}

mod methods;
pub mod wide;
pub use methods::install;
