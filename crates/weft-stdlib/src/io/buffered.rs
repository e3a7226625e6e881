//! `_io.BufferedReader`, `BufferedWriter` and `BufferedRandom`: a read-ahead and a write
//! buffer over a raw stream (<https://docs.python.org/3.11/library/io.html#buffered-streams>).
//! Over a native `FileIO` the system calls are made directly; any other raw object is
//! driven through its Python methods.

use super::fileio::{sys_lseek, sys_read, sys_read_all, sys_truncate, sys_write_all, FileIO};
use super::{arg, bytes_of, closed_err, int_of, io_types, lock, size_arg, this, unsupported, Kw};
use parking_lot::Mutex;
use std::sync::Arc;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::add_method;
use weft_vm::types::oserror::from_io;
use weft_vm::{new_bytes, new_str, ObjRef, PyResult, Value, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

#[derive(Default)]
pub struct BufState {
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl BufState {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }
    fn clear_read(&mut self) {
        self.rbuf.clear();
        self.rpos = 0;
    }
}

pub struct Buffered {
    pub raw: Value,
    pub kind: Kind,
    pub size: usize,
    pub st: Arc<Mutex<BufState>>,
}

impl Native for Buffered {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        if let Some(f) = self.fio() {
            flush_raw(&mut self.st.lock(), f.fd());
        }
    }
}

/// Write out a write buffer without an interpreter (at drop and at exit).
pub fn flush_raw(st: &mut BufState, fd: i32) {
    if st.wbuf.is_empty() || fd < 0 {
        return;
    }
    let mut off = 0;
    while off < st.wbuf.len() {
        let n = unsafe {
            libc::write(
                fd,
                st.wbuf[off..].as_ptr() as *const libc::c_void,
                st.wbuf.len() - off,
            )
        };
        if n <= 0 {
            break;
        }
        off += n as usize;
    }
    st.wbuf.clear();
}

/// Writable buffered files on descriptors, flushed at exit if still alive.
static OPEN: Mutex<
    Vec<(
        std::sync::Weak<Mutex<BufState>>,
        Arc<std::sync::atomic::AtomicI32>,
    )>,
> = Mutex::new(Vec::new());

fn register(b: &Buffered) {
    if b.kind == Kind::Reader {
        return;
    }
    if let Some(f) = b.fio() {
        let mut g = OPEN.lock();
        if g.len() >= 64 && g.len().is_power_of_two() {
            g.retain(|(w, _)| w.strong_count() > 0);
        }
        g.push((Arc::downgrade(&b.st), f.fd.clone()));
    }
}

/// Flush every registered buffered writer that is still alive.
pub fn flush_all() {
    let list: Vec<_> = OPEN
        .lock()
        .iter()
        .filter_map(|(w, fd)| w.upgrade().map(|s| (s, fd.clone())))
        .collect();
    for (st, fd) in list {
        if let Some(mut g) = st.try_lock() {
            flush_raw(&mut g, fd.load(std::sync::atomic::Ordering::SeqCst));
        }
    }
}

fn io_err(vm: &Vm, e: std::io::Error) -> weft_vm::PyErr {
    from_io(vm, &e, None)
}

impl Buffered {
    pub fn fio(&self) -> Option<&FileIO> {
        self.raw.payload().and_then(|p| p.native::<FileIO>())
    }
    pub fn readable(&self) -> bool {
        self.kind != Kind::Writer
    }
    pub fn writable(&self) -> bool {
        self.kind != Kind::Reader
    }
    pub fn is_closed(&self, vm: &Vm) -> PyResult<bool> {
        match self.fio() {
            Some(f) => Ok(f.fd() < 0),
            None => {
                let c = vm.getattr(&self.raw, "closed")?;
                vm.truthy(&c)
            }
        }
    }
    fn check_open(&self, vm: &Vm, what: &str) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Err(if what.is_empty() {
                closed_err(vm, false)
            } else {
                vm.value_error(format!("{what} of closed file"))
            });
        }
        Ok(())
    }

    // ----- raw operations (state lock held) --------------------------------------
    fn raw_read(&self, vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
        match self.fio() {
            Some(f) => {
                let fd = f.checked_fd(vm)?;
                let mut buf = vec![0u8; n];
                let got = sys_read(vm, fd, &mut buf).map_err(|e| io_err(vm, e))?;
                buf.truncate(got);
                Ok(buf)
            }
            None => {
                let r = vm.call_method(&self.raw, "read", &[Value::Int(n as i64)])?;
                if r.is_none() {
                    return Ok(Vec::new());
                }
                bytes_of(vm, &r, "")
            }
        }
    }
    fn raw_read_all(&self, vm: &Vm, out: &mut Vec<u8>) -> PyResult<()> {
        match self.fio() {
            Some(f) => {
                let fd = f.checked_fd(vm)?;
                sys_read_all(vm, fd, out).map_err(|e| io_err(vm, e))
            }
            None => loop {
                let chunk = self.raw_read(vm, 65536)?;
                if chunk.is_empty() {
                    return Ok(());
                }
                out.extend_from_slice(&chunk);
            },
        }
    }
    fn raw_write(&self, vm: &Vm, data: &[u8]) -> PyResult<()> {
        match self.fio() {
            Some(f) => {
                let fd = f.checked_fd(vm)?;
                sys_write_all(vm, fd, data).map_err(|e| io_err(vm, e))
            }
            None => {
                let mut off = 0;
                while off < data.len() {
                    let r =
                        vm.call_method(&self.raw, "write", &[new_bytes(data[off..].to_vec())])?;
                    let n = int_of(&r).unwrap_or((data.len() - off) as i64);
                    if n <= 0 {
                        break;
                    }
                    off += n as usize;
                }
                Ok(())
            }
        }
    }
    fn raw_seek(&self, vm: &Vm, pos: i64, whence: i32) -> PyResult<i64> {
        match self.fio() {
            Some(f) => sys_lseek(f.checked_fd(vm)?, pos, whence).map_err(|e| io_err(vm, e)),
            None => {
                let r = vm.call_method(
                    &self.raw,
                    "seek",
                    &[Value::Int(pos), Value::Int(whence as i64)],
                )?;
                int_of(&r).ok_or_else(|| vm.type_error("seek() should return an int"))
            }
        }
    }
    fn flush_locked(&self, vm: &Vm, st: &mut BufState) -> PyResult<()> {
        if !st.wbuf.is_empty() {
            let data = std::mem::take(&mut st.wbuf);
            self.raw_write(vm, &data)?;
        }
        Ok(())
    }
    /// Give back read-ahead bytes to the raw stream (before writing or seeking).
    fn unread_locked(&self, vm: &Vm, st: &mut BufState) -> PyResult<()> {
        let n = st.unread();
        if n > 0 {
            self.raw_seek(vm, -(n as i64), 1)?;
        }
        st.clear_read();
        Ok(())
    }

    // ----- operations used by TextIOWrapper and the Python methods ---------------
    pub fn read_all(&self, vm: &Vm, out: &mut Vec<u8>) -> PyResult<()> {
        if !self.readable() {
            return Err(unsupported(vm, "read"));
        }
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        let rp = st.rpos;
        out.extend_from_slice(&st.rbuf[rp..]);
        st.clear_read();
        self.raw_read_all(vm, out)
    }
    /// Up to `n` bytes with at most one raw read (`read1`); empty at end of file.
    pub fn read_some(&self, vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
        if !self.readable() {
            return Err(unsupported(vm, "read"));
        }
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        if st.unread() > 0 {
            let k = n.min(st.unread());
            let rp = st.rpos;
            let out = st.rbuf[rp..rp + k].to_vec();
            st.rpos += k;
            return Ok(out);
        }
        st.clear_read();
        self.raw_read(vm, n.max(1))
    }
    pub fn read(&self, vm: &Vm, n: i64) -> PyResult<Vec<u8>> {
        if n < 0 {
            let mut out = Vec::new();
            self.read_all(vm, &mut out)?;
            return Ok(out);
        }
        if !self.readable() {
            return Err(unsupported(vm, "read"));
        }
        let n = n as usize;
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        let mut out = Vec::with_capacity(n.min(1 << 20));
        loop {
            let take = (n - out.len()).min(st.unread());
            let rp = st.rpos;
            out.extend_from_slice(&st.rbuf[rp..rp + take]);
            st.rpos += take;
            if out.len() >= n {
                return Ok(out);
            }
            st.clear_read();
            let want = n - out.len();
            if want >= self.size {
                let chunk = self.raw_read(vm, want)?;
                if chunk.is_empty() {
                    return Ok(out);
                }
                out.extend_from_slice(&chunk);
            } else {
                let chunk = self.raw_read(vm, self.size)?;
                if chunk.is_empty() {
                    return Ok(out);
                }
                st.rbuf = chunk;
            }
        }
    }
    pub fn peek(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        if st.unread() == 0 {
            st.clear_read();
            st.rbuf = self.raw_read(vm, self.size)?;
        }
        Ok(st.rbuf[st.rpos..].to_vec())
    }
    pub fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Vec<u8>> {
        if !self.readable() {
            return Err(unsupported(vm, "readline"));
        }
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        let mut out = Vec::new();
        loop {
            let avail = &st.rbuf[st.rpos..];
            let room = if limit < 0 {
                usize::MAX
            } else {
                limit as usize - out.len()
            };
            let scan = &avail[..avail.len().min(room)];
            if let Some(i) = memchr::memchr(b'\n', scan) {
                out.extend_from_slice(&scan[..=i]);
                st.rpos += i + 1;
                return Ok(out);
            }
            let k = scan.len();
            out.extend_from_slice(scan);
            st.rpos += k;
            if limit >= 0 && out.len() >= limit as usize {
                return Ok(out);
            }
            st.clear_read();
            let chunk = self.raw_read(vm, self.size)?;
            if chunk.is_empty() {
                return Ok(out);
            }
            st.rbuf = chunk;
        }
    }
    pub fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<usize> {
        if !self.writable() {
            return Err(unsupported(vm, "write"));
        }
        if self.is_closed(vm)? {
            return Err(vm.value_error("write to closed file"));
        }
        let mut st = lock(vm, &self.st);
        if st.unread() > 0 {
            self.unread_locked(vm, &mut st)?;
        } else {
            st.clear_read();
        }
        if st.wbuf.len() + data.len() > self.size && !st.wbuf.is_empty() {
            self.flush_locked(vm, &mut st)?;
        }
        if data.len() >= self.size {
            self.raw_write(vm, data)?;
        } else {
            st.wbuf.extend_from_slice(data);
        }
        Ok(data.len())
    }
    pub fn flush(&self, vm: &Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Err(closed_err(vm, true));
        }
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)
    }
    pub fn tell(&self, vm: &Vm) -> PyResult<i64> {
        self.check_open(vm, "")?;
        let st = lock(vm, &self.st);
        let pos = self.raw_seek(vm, 0, 1)?;
        Ok((pos - st.unread() as i64 + st.wbuf.len() as i64).max(0))
    }
    pub fn seek(&self, vm: &Vm, pos: i64, whence: i32) -> PyResult<i64> {
        if !(0..=2).contains(&whence) {
            return Err(vm.value_error(format!("whence value {whence} unsupported")));
        }
        self.check_open(vm, "seek")?;
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        let (pos, whence) = if whence == 1 {
            (pos - st.unread() as i64, 1)
        } else {
            (pos, whence)
        };
        st.clear_read();
        self.raw_seek(vm, pos, whence)
    }
    pub fn truncate(&self, vm: &Vm, size: Option<i64>) -> PyResult<i64> {
        self.check_open(vm, "truncate")?;
        if !self.writable() {
            return Err(unsupported(vm, "truncate"));
        }
        let mut st = lock(vm, &self.st);
        self.flush_locked(vm, &mut st)?;
        self.unread_locked(vm, &mut st)?;
        let size = match size {
            Some(s) => s,
            None => self.raw_seek(vm, 0, 1)?,
        };
        match self.fio() {
            Some(f) => sys_truncate(f.checked_fd(vm)?, size).map_err(|e| io_err(vm, e))?,
            None => {
                vm.call_method(&self.raw, "truncate", &[Value::Int(size)])?;
            }
        }
        Ok(size)
    }
    pub fn close(&self, vm: &Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Ok(());
        }
        let r = {
            let mut st = lock(vm, &self.st);
            self.flush_locked(vm, &mut st)
        };
        match self.fio() {
            Some(f) => f.close(vm)?,
            None => {
                vm.call_method(&self.raw, "close", &[])?;
            }
        }
        r
    }
}

pub fn new_buffered(vm: &Vm, cls: &ObjRef, raw: Value, size: usize) -> PyResult<Value> {
    let t = io_types();
    let kind = if weft_vm::types::typeobj::is_subtype(cls, &t.reader) {
        Kind::Reader
    } else if weft_vm::types::typeobj::is_subtype(cls, &t.writer) {
        Kind::Writer
    } else {
        Kind::Random
    };
    if size == 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    let b = Buffered {
        raw,
        kind,
        size,
        st: Arc::new(Mutex::new(BufState::default())),
    };
    register(&b);
    Ok(super::alloc(cls, b))
}

fn me<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Buffered> {
    this::<Buffered>(vm, v, "BufferedReader")
}

fn b_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("__new__ needs a class"));
    };
    let a = &args[1..];
    let raw = arg(a, kw, 0, "raw")
        .cloned()
        .ok_or_else(|| vm.type_error("BufferedReader() missing required argument 'raw' (pos 1)"))?;
    let size = match arg(a, kw, 1, "buffer_size") {
        Some(v) => int_of(v).ok_or_else(|| vm.type_error("an integer is required"))?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    new_buffered(vm, cls, raw, size as usize)
}

fn b_init(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn b_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    b.check_open(vm, "read")?;
    Ok(new_bytes(b.read(vm, n)?))
}

fn b_read1(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    b.check_open(vm, "read")?;
    Ok(new_bytes(
        b.read_some(vm, if n < 0 { b.size } else { n as usize })?,
    ))
}

fn b_peek(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.check_open(vm, "peek")?;
    Ok(new_bytes(b.peek(vm)?))
}

fn b_readline(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    b.check_open(vm, "readline")?;
    Ok(new_bytes(b.readline(vm, n)?))
}

fn b_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.check_open(vm, "readline")?;
    let l = b.readline(vm, -1)?;
    if l.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(new_bytes(l))
}

fn b_readinto(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let Some(Payload::ByteArray(dst)) = args.get(1).and_then(|v| v.payload()) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let n = dst.read().len();
    let data = b.read(vm, n as i64)?;
    dst.write()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn b_write(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let data = bytes_of(vm, args.get(1).unwrap_or(&Value::None), "")?;
    Ok(Value::Int(b.write(vm, &data)? as i64))
}

fn b_flush(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    me(vm, &args[0])?.flush(vm)?;
    Ok(Value::None)
}

fn b_tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args[0])?.tell(vm)?))
}

fn b_seek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let pos = arg(&args[1..], kw, 0, "target")
        .and_then(int_of)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let whence = arg(&args[1..], kw, 1, "whence")
        .and_then(int_of)
        .unwrap_or(0);
    Ok(Value::Int(b.seek(vm, pos, whence as i32)?))
}

fn b_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let size = arg(&args[1..], kw, 0, "pos").and_then(int_of);
    Ok(Value::Int(b.truncate(vm, size)?))
}

fn b_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    me(vm, &args[0])?.close(vm)?;
    Ok(Value::None)
}

fn b_closed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, &args[0])?.is_closed(vm)?))
}

fn b_raw(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(me(vm, &args[0])?.raw.clone())
}

fn b_name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.getattr(&me(vm, &args[0])?.raw, "name")
}

fn b_mode(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.getattr(&me(vm, &args[0])?.raw, "mode")
}

fn delegate(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.check_open(vm, "")?;
    vm.call_method(&b.raw, name, &[])
}

fn b_fileno(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "fileno")
}

fn b_isatty(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "isatty")
}

fn b_seekable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "seekable")
}

fn b_readable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.check_open(vm, "")?;
    Ok(Value::Bool(b.readable()))
}

fn b_writable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.check_open(vm, "")?;
    Ok(Value::Bool(b.writable()))
}

fn b_detach(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    b.flush(vm)?;
    Ok(b.raw.clone())
}

fn b_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = me(vm, &args[0])?;
    let tn = vm.type_name(&args[0]);
    let tn = if ["BufferedReader", "BufferedWriter", "BufferedRandom"].contains(&tn.as_str()) {
        format!("_io.{tn}")
    } else {
        tn
    };
    match vm.getattr(&b.raw, "name") {
        Ok(n) => Ok(new_str(format!("<{tn} name={}>", vm.repr(&n)?))),
        Err(_) => Ok(new_str(format!("<{tn}>"))),
    }
}

pub fn install(t: &ObjRef) {
    weft_vm::types::add_staticmethod(t, "__new__", b_new);
    add_method(t, "__init__", b_init);
    add_method(t, "read", b_read);
    add_method(t, "read1", b_read1);
    add_method(t, "peek", b_peek);
    add_method(t, "readline", b_readline);
    add_method(t, "__next__", b_next);
    add_method(t, "readinto", b_readinto);
    add_method(t, "write", b_write);
    add_method(t, "flush", b_flush);
    add_method(t, "tell", b_tell);
    add_method(t, "seek", b_seek);
    add_method(t, "truncate", b_truncate);
    add_method(t, "close", b_close);
    add_method(t, "fileno", b_fileno);
    add_method(t, "isatty", b_isatty);
    add_method(t, "seekable", b_seekable);
    add_method(t, "readable", b_readable);
    add_method(t, "writable", b_writable);
    add_method(t, "detach", b_detach);
    add_method(t, "__repr__", b_repr);
    super::add_getter(t, "closed", b_closed);
    super::add_getter(t, "raw", b_raw);
    super::add_getter(t, "name", b_name);
    super::add_getter(t, "mode", b_mode);
}
