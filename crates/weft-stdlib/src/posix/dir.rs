//! `posix.listdir`, `posix.scandir` and `DirEntry`
//! (<https://docs.python.org/3.11/library/os.html#os.scandir>).

use super::do_stat;
use crate::io::{arg, path_arg, Kw};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;
use std::sync::OnceLock;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::add_method;
use weft_vm::{new_bytes, new_list, new_str, ObjRef, PyResult, Value, Vm};

struct Entry {
    name: Value,
    path: Value,
    ftype: Option<std::fs::FileType>,
    ino: u64,
    stat: Mutex<Option<Value>>,
    lstat: Mutex<Option<Value>>,
}

impl Native for Entry {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct ScandirIter {
    items: Mutex<VecDeque<Value>>,
}

impl Native for ScandirIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Read a directory: (name bytes, file type, inode) for each entry but `.` and `..`.
fn read_dir(
    vm: &Vm,
    p: &Value,
) -> PyResult<(String, bool, Vec<(Vec<u8>, Option<std::fs::FileType>, u64)>)> {
    let (path, is_bytes) = match p {
        Value::None => (".".to_string(), false),
        v => (
            path_arg(vm, v)?,
            matches!(v.payload(), Some(Payload::Bytes(_))),
        ),
    };
    let rd = crate::io::blocking(vm, || std::fs::read_dir(&path));
    let rd = match rd {
        Ok(r) => r,
        Err(e) => {
            return Err(weft_vm::types::oserror::from_io(
                vm,
                &e,
                Some(if p.is_none() {
                    new_str(".")
                } else {
                    super::fspath_value(vm, p)
                }),
            ))
        }
    };
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| weft_vm::types::oserror::from_io(vm, &e, Some(p.clone())))?;
        out.push((
            e.file_name().as_bytes().to_vec(),
            e.file_type().ok(),
            e.ino(),
        ));
    }
    Ok((path, is_bytes, out))
}

fn name_value(b: &[u8], is_bytes: bool) -> Value {
    if is_bytes {
        new_bytes(b.to_vec())
    } else {
        new_str(String::from_utf8_lossy(b).into_owned())
    }
}

pub fn p_listdir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = arg(args, kw, 0, "path").cloned().unwrap_or(Value::None);
    let (_, is_bytes, items) = read_dir(vm, &p)?;
    Ok(new_list(
        items
            .iter()
            .map(|(n, _, _)| name_value(n, is_bytes))
            .collect(),
    ))
}

pub fn dir_entry_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("DirEntry");
        weft_vm::types::set_type_attr(&t, "__module__", weft_vm::intern("posix"));
        add_method(&t, "is_dir", e_is_dir);
        add_method(&t, "is_file", e_is_file);
        add_method(&t, "is_symlink", e_is_symlink);
        add_method(&t, "stat", e_stat);
        add_method(&t, "inode", e_inode);
        add_method(&t, "__fspath__", e_path);
        add_method(&t, "__repr__", e_repr);
        weft_vm::types::add_classmethod(
            &t,
            "__class_getitem__",
            weft_vm::types::genericalias::class_getitem,
        );
        crate::io::add_getter(&t, "name", e_name);
        crate::io::add_getter(&t, "path", e_path);
        t
    })
}

fn iter_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("ScandirIterator");
        weft_vm::types::set_type_attr(&t, "__module__", weft_vm::intern("posix"));
        add_method(&t, "__iter__", it_self);
        add_method(&t, "__enter__", it_self);
        add_method(&t, "__next__", it_next);
        add_method(&t, "close", it_close);
        add_method(&t, "__exit__", it_close);
        t
    })
}

pub fn p_scandir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = arg(args, kw, 0, "path").cloned().unwrap_or(Value::None);
    let (path, is_bytes, items) = read_dir(vm, &p)?;
    let t = dir_entry_type();
    let mut q = VecDeque::with_capacity(items.len());
    for (name, ftype, ino) in items {
        let mut full = path.as_bytes().to_vec();
        if !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(&name);
        let e = Entry {
            name: name_value(&name, is_bytes),
            path: name_value(&full, is_bytes),
            ftype,
            ino,
            stat: Mutex::new(None),
            lstat: Mutex::new(None),
        };
        q.push_back(Value::Obj(ObjRef::new(
            t.clone(),
            None,
            Payload::Native(Box::new(e)),
        )));
    }
    Ok(Value::Obj(ObjRef::new(
        iter_type().clone(),
        None,
        Payload::Native(Box::new(ScandirIter {
            items: Mutex::new(q),
        })),
    )))
}

fn it_self(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn it_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = args[0]
        .payload()
        .and_then(|p| p.native::<ScandirIter>())
        .ok_or_else(|| vm.type_error("expected ScandirIterator"))?;
    let next = it.items.lock().pop_front();
    next.ok_or_else(|| vm.stop_iteration(Value::None))
}

fn it_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = args[0]
        .payload()
        .and_then(|p| p.native::<ScandirIter>())
        .ok_or_else(|| vm.type_error("expected ScandirIterator"))?;
    it.items.lock().clear();
    Ok(Value::None)
}

fn entry<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Entry> {
    v.payload()
        .and_then(|p| p.native::<Entry>())
        .ok_or_else(|| vm.type_error("expected DirEntry"))
}

fn follow(vm: &Vm, kw: Kw) -> PyResult<bool> {
    match weft_vm::builtins::kwarg(kw, "follow_symlinks") {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

fn cached_stat(vm: &Vm, e: &Entry, follow: bool) -> PyResult<Value> {
    let slot = if follow && e.ftype.map(|t| t.is_symlink()).unwrap_or(true) {
        &e.stat
    } else {
        &e.lstat
    };
    if let Some(v) = slot.lock().clone() {
        return Ok(v);
    }
    let v = do_stat(vm, &e.path, follow)?;
    *slot.lock() = Some(v.clone());
    Ok(v)
}

fn mode_is(vm: &Vm, e: &Entry, follow: bool, fmt: u32) -> PyResult<bool> {
    match cached_stat(vm, e, follow) {
        Ok(st) => {
            let m = vm.getattr(&st, "st_mode")?;
            Ok(crate::io::int_of(&m)
                .map(|m| (m as u32 & libc::S_IFMT) == fmt)
                .unwrap_or(false))
        }
        Err(err) if vm.err_matches(&err, "FileNotFoundError") => Ok(false),
        Err(err) => Err(err),
    }
}

fn e_is_dir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = entry(vm, &args[0])?;
    let f = follow(vm, kw)?;
    match e.ftype {
        Some(t) if !(t.is_symlink() && f) => Ok(Value::Bool(t.is_dir())),
        _ => Ok(Value::Bool(mode_is(vm, e, f, libc::S_IFDIR)?)),
    }
}

fn e_is_file(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = entry(vm, &args[0])?;
    let f = follow(vm, kw)?;
    match e.ftype {
        Some(t) if !(t.is_symlink() && f) => Ok(Value::Bool(t.is_file())),
        _ => Ok(Value::Bool(mode_is(vm, e, f, libc::S_IFREG)?)),
    }
}

fn e_is_symlink(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = entry(vm, &args[0])?;
    match e.ftype {
        Some(t) => Ok(Value::Bool(t.is_symlink())),
        None => Ok(Value::Bool(mode_is(vm, e, false, libc::S_IFLNK)?)),
    }
}

fn e_stat(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = entry(vm, &args[0])?;
    cached_stat(vm, e, follow(vm, kw)?)
}

fn e_inode(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(weft_vm::new_bigint(num_bigint::BigInt::from(
        entry(vm, &args[0])?.ino,
    )))
}

fn e_name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(entry(vm, &args[0])?.name.clone())
}

fn e_path(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(entry(vm, &args[0])?.path.clone())
}

fn e_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = entry(vm, &args[0])?;
    Ok(new_str(format!("<DirEntry {}>", vm.repr(&e.name)?)))
}
