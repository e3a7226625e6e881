//! `_io.FileIO`: raw unbuffered I/O on a file descriptor, plus the system-call helpers the
//! buffered and text layers call directly (<https://docs.python.org/3.11/library/io.html#io.FileIO>).

use super::{
    arg, bytes_of, closed_err, int_of, io_types, last_os_error, path_arg, size_arg, this,
    unsupported, Kw,
};
use std::sync::atomic::{AtomicI32, AtomicI8, Ordering};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::add_method;
use weft_vm::types::oserror::{from_io, os_error};
use weft_vm::{new_bytes, new_str, ObjRef, PyResult, Value, Vm};

pub struct FileIO {
    pub fd: std::sync::Arc<AtomicI32>,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    seekable: AtomicI8,
}

impl Native for FileIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for FileIO {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::SeqCst);
        if fd >= 0 && self.closefd {
            unsafe { libc::close(fd) };
        }
    }
}

// ----- system calls ---------------------------------------------------------------

fn retry<T: PartialOrd + Default + Copy>(mut f: impl FnMut() -> T) -> std::io::Result<T> {
    loop {
        let r = f();
        if r >= T::default() {
            return Ok(r);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// One `read(2)` into `buf` (retrying on EINTR).
pub fn sys_read(vm: &Vm, fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    super::blocking(vm, || {
        retry(|| unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) })
            .map(|n| n as usize)
    })
}

/// Write all of `data`.
pub fn sys_write_all(vm: &Vm, fd: i32, data: &[u8]) -> std::io::Result<()> {
    super::blocking(vm, || {
        let mut off = 0;
        while off < data.len() {
            let n = retry(|| unsafe {
                libc::write(
                    fd,
                    data[off..].as_ptr() as *const libc::c_void,
                    data.len() - off,
                )
            })?;
            off += n as usize;
        }
        Ok(())
    })
}

pub fn sys_lseek(fd: i32, pos: i64, whence: i32) -> std::io::Result<i64> {
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(r as i64)
    }
}

/// Read to end of file, sizing the buffer from `fstat` so that a regular file costs one
/// read call.
pub fn sys_read_all(vm: &Vm, fd: i32, out: &mut Vec<u8>) -> std::io::Result<()> {
    super::blocking(vm, || {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        let mut hint = 0usize;
        if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFREG
        {
            if let Ok(pos) = sys_lseek(fd, 0, libc::SEEK_CUR) {
                hint = (st.st_size as i64 - pos).max(0) as usize;
            }
        }
        out.reserve(hint + 1);
        loop {
            if out.capacity() - out.len() < 8192 {
                out.reserve(out.capacity().max(65536));
            }
            let spare = out.capacity() - out.len();
            let n = retry(|| unsafe {
                libc::read(
                    fd,
                    out.as_mut_ptr().add(out.len()) as *mut libc::c_void,
                    spare,
                )
            })? as usize;
            if n == 0 {
                return Ok(());
            }
            unsafe { out.set_len(out.len() + n) };
        }
    })
}

pub fn sys_truncate(fd: i32, size: i64) -> std::io::Result<()> {
    if unsafe { libc::ftruncate(fd, size as libc::off_t) } < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(())
    }
}

pub fn isatty(fd: i32) -> bool {
    unsafe { libc::isatty(fd) == 1 }
}

impl FileIO {
    pub fn new(
        fd: i32,
        readable: bool,
        writable: bool,
        appending: bool,
        created: bool,
        closefd: bool,
    ) -> FileIO {
        FileIO {
            fd: std::sync::Arc::new(AtomicI32::new(fd)),
            readable,
            writable,
            appending,
            created,
            closefd,
            seekable: AtomicI8::new(-1),
        }
    }
    pub fn fd(&self) -> i32 {
        self.fd.load(Ordering::Relaxed)
    }
    pub fn checked_fd(&self, vm: &Vm) -> PyResult<i32> {
        let fd = self.fd();
        if fd < 0 {
            Err(closed_err(vm, false))
        } else {
            Ok(fd)
        }
    }
    pub fn isatty_now(&self) -> bool {
        isatty(self.fd())
    }
    pub fn blksize(&self) -> i64 {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(self.fd(), &mut st) } == 0 && st.st_blksize > 1 {
            st.st_blksize as i64
        } else {
            super::DEFAULT_BUFFER_SIZE as i64
        }
    }
    pub fn is_seekable(&self) -> bool {
        let s = self.seekable.load(Ordering::Relaxed);
        if s >= 0 {
            return s == 1;
        }
        let ok = sys_lseek(self.fd(), 0, libc::SEEK_CUR).is_ok();
        self.seekable.store(ok as i8, Ordering::Relaxed);
        ok
    }
    pub fn mode_str(&self) -> &'static str {
        if self.created {
            if self.readable {
                "xb+"
            } else {
                "xb"
            }
        } else if self.appending {
            if self.readable {
                "ab+"
            } else {
                "ab"
            }
        } else if self.readable && self.writable {
            "rb+"
        } else if self.readable {
            "rb"
        } else {
            "wb"
        }
    }
    pub fn close(&self, vm: &Vm) -> PyResult<()> {
        let fd = self.fd.swap(-1, Ordering::SeqCst);
        if fd >= 0 && self.closefd && unsafe { libc::close(fd) } < 0 {
            return Err(last_os_error(vm, None));
        }
        Ok(())
    }
}

/// Open `file` (a path or a descriptor) with a FileIO `mode` such as "r", "w+", "ab".
pub fn new_fileio(
    vm: &Vm,
    cls: &ObjRef,
    file: &Value,
    mode: &str,
    closefd: bool,
    opener: Option<&Value>,
) -> PyResult<Value> {
    let (mut readable, mut writable, mut appending, mut created, mut plus) =
        (false, false, false, false, false);
    let mut flags = 0;
    let mut n = 0;
    for c in mode.chars() {
        match c {
            'r' => {
                readable = true;
                n += 1
            }
            'w' => {
                writable = true;
                flags |= libc::O_CREAT | libc::O_TRUNC;
                n += 1
            }
            'a' => {
                writable = true;
                appending = true;
                flags |= libc::O_CREAT | libc::O_APPEND;
                n += 1
            }
            'x' => {
                writable = true;
                created = true;
                flags |= libc::O_CREAT | libc::O_EXCL;
                n += 1
            }
            '+' => plus = true,
            'b' => {}
            _ => return Err(vm.value_error(format!("invalid mode: {mode}"))),
        }
    }
    if n != 1 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if plus {
        readable = true;
        writable = true;
    }
    flags |= if readable && writable {
        libc::O_RDWR
    } else if readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    flags |= libc::O_CLOEXEC;
    let name_val = match file.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => file.clone(),
        _ if int_of(file).is_some() => file.clone(),
        _ => new_str(path_arg(vm, file)?),
    };
    let file = &name_val;
    let fd = if let Some(fd) = int_of(file) {
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        fd as i32
    } else {
        if !closefd {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
        }
        let path = path_arg(vm, file)?;
        if let Some(op) = opener {
            let r = vm.call(op, &[new_str(path.as_str()), Value::Int(flags as i64)])?;
            match int_of(&r) {
                Some(fd) if fd >= 0 => fd as i32,
                Some(fd) => return Err(vm.value_error(format!("opener returned {fd}"))),
                None => return Err(vm.type_error("expected integer from opener".to_string())),
            }
        } else {
            let raw: Vec<u8> = match file.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                _ => path.into_bytes(),
            };
            let c =
                std::ffi::CString::new(raw).map_err(|_| vm.value_error("embedded null byte"))?;
            let r = super::blocking(vm, || {
                retry(|| unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) })
            });
            match r {
                Ok(fd) => fd,
                Err(e) => return Err(from_io(vm, &e, Some(file.clone()))),
            }
        }
    };
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        let e = last_os_error(vm, None);
        if int_of(file).is_none() {
            unsafe { libc::close(fd) };
        }
        return Err(e);
    }
    if (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
        if int_of(file).is_none() {
            unsafe { libc::close(fd) };
        }
        return Err(os_error(vm, libc::EISDIR, Some(file.clone()), None));
    }
    let f = FileIO::new(fd, readable, writable, appending, created, closefd);
    if appending {
        let _ = sys_lseek(fd, 0, libc::SEEK_END);
    }
    let v = super::alloc(cls, f);
    if let Value::Obj(o) = &v {
        vm.set_attr_raw(o, "name", file.clone())?;
    }
    Ok(v)
}

fn me<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FileIO> {
    this::<FileIO>(vm, v, "FileIO")
}

fn f_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("FileIO.__new__ needs a class"));
    };
    let a = &args[1..];
    let file = arg(a, kw, 0, "file")
        .cloned()
        .ok_or_else(|| vm.type_error("FileIO() missing required argument 'file' (pos 1)"))?;
    let mode = match arg(a, kw, 1, "mode") {
        Some(v) => vm.str(v)?,
        None => "r".into(),
    };
    let closefd = match arg(a, kw, 2, "closefd") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let opener = arg(a, kw, 3, "opener").filter(|o| !o.is_none());
    new_fileio(vm, cls, &file, &mode, closefd, opener)
}

fn f_init(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn f_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let fd = f.checked_fd(vm)?;
    if !f.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    if n < 0 {
        let mut out = Vec::new();
        sys_read_all(vm, fd, &mut out).map_err(|e| from_io(vm, &e, None))?;
        return Ok(new_bytes(out));
    }
    let mut buf = vec![0u8; n as usize];
    let got = sys_read(vm, fd, &mut buf).map_err(|e| from_io(vm, &e, None))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn f_readall(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    f_read(vm, &args[..1], &[])
}

fn f_readinto(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let fd = f.checked_fd(vm)?;
    if !f.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let Some(Payload::ByteArray(b)) = args.get(1).and_then(|v| v.payload()) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let len = b.read().len();
    let mut tmp = vec![0u8; len];
    let got = sys_read(vm, fd, &mut tmp).map_err(|e| from_io(vm, &e, None))?;
    b.write()[..got].copy_from_slice(&tmp[..got]);
    Ok(Value::Int(got as i64))
}

fn f_write(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let fd = f.checked_fd(vm)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let data = bytes_of(vm, args.get(1).unwrap_or(&Value::None), "")?;
    sys_write_all(vm, fd, &data).map_err(|e| from_io(vm, &e, None))?;
    Ok(Value::Int(data.len() as i64))
}

fn f_seek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let fd = f.checked_fd(vm)?;
    let pos = arg(&args[1..], kw, 0, "pos")
        .and_then(int_of)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let whence = arg(&args[1..], kw, 1, "whence")
        .and_then(int_of)
        .unwrap_or(0);
    sys_lseek(fd, pos, whence as i32)
        .map(Value::Int)
        .map_err(|e| from_io(vm, &e, None))
}

fn f_tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fd = me(vm, &args[0])?.checked_fd(vm)?;
    sys_lseek(fd, 0, libc::SEEK_CUR)
        .map(Value::Int)
        .map_err(|e| from_io(vm, &e, None))
}

fn f_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let fd = f.checked_fd(vm)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match arg(&args[1..], kw, 0, "size") {
        None | Some(Value::None) => {
            sys_lseek(fd, 0, libc::SEEK_CUR).map_err(|e| from_io(vm, &e, None))?
        }
        Some(v) => int_of(v).ok_or_else(|| vm.type_error("an integer is required"))?,
    };
    sys_truncate(fd, size).map_err(|e| from_io(vm, &e, None))?;
    Ok(Value::Int(size))
}

fn f_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    me(vm, &args[0])?.close(vm)?;
    Ok(Value::None)
}

fn f_closed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, &args[0])?.fd() < 0))
}

fn f_closefd(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, &args[0])?.closefd))
}

fn f_mode(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(me(vm, &args[0])?.mode_str()))
}

fn f_fileno(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args[0])?.checked_fd(vm)? as i64))
}

fn f_isatty(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(isatty(me(vm, &args[0])?.checked_fd(vm)?)))
}

fn f_readable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    f.checked_fd(vm)?;
    Ok(Value::Bool(f.readable))
}

fn f_writable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    f.checked_fd(vm)?;
    Ok(Value::Bool(f.writable))
}

fn f_seekable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    f.checked_fd(vm)?;
    Ok(Value::Bool(f.is_seekable()))
}

fn f_flush(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if me(vm, &args[0])?.fd() < 0 {
        return Err(closed_err(vm, true));
    }
    Ok(Value::None)
}

fn f_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = me(vm, &args[0])?;
    let tn = vm.type_name(&args[0]);
    let tn = if tn == "FileIO" {
        "_io.FileIO".to_string()
    } else {
        tn
    };
    if f.fd() < 0 {
        return Ok(new_str(format!("<{tn} [closed]>")));
    }
    let name = match args[0].as_obj().and_then(|o| o.dict.as_ref()) {
        Some(_) => vm.getattr(&args[0], "name").ok(),
        None => None,
    };
    let who = match name {
        Some(n) => format!("name={}", vm.repr(&n)?),
        None => format!("fd={}", f.fd()),
    };
    Ok(new_str(format!(
        "<{tn} {who} mode='{}' closefd={}>",
        f.mode_str(),
        if f.closefd { "True" } else { "False" }
    )))
}

pub fn install(t: &ObjRef) {
    let _ = io_types;
    weft_vm::types::add_staticmethod(t, "__new__", f_new);
    add_method(t, "__init__", f_init);
    add_method(t, "read", f_read);
    add_method(t, "readall", f_readall);
    add_method(t, "readinto", f_readinto);
    add_method(t, "write", f_write);
    add_method(t, "seek", f_seek);
    add_method(t, "tell", f_tell);
    add_method(t, "truncate", f_truncate);
    add_method(t, "close", f_close);
    add_method(t, "fileno", f_fileno);
    add_method(t, "isatty", f_isatty);
    add_method(t, "readable", f_readable);
    add_method(t, "writable", f_writable);
    add_method(t, "seekable", f_seekable);
    add_method(t, "flush", f_flush);
    add_method(t, "__repr__", f_repr);
    super::add_getter(t, "closed", f_closed);
    super::add_getter(t, "closefd", f_closefd);
    super::add_getter(t, "mode", f_mode);
}
