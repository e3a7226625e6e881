//! `sys.stdin`, `sys.stdout` and `sys.stderr` as real `TextIOWrapper` objects over
//! `BufferedReader`/`BufferedWriter` over `FileIO` on descriptors 0, 1 and 2
//! (<https://docs.python.org/3.11/library/sys.html#sys.stdout>). stdout is line-buffered
//! on a terminal and block-buffered otherwise, stderr is always line-buffered; `-u` makes
//! both write through. One `write` call (one `print()`) takes the stream's lock once.

use super::buffered::{BufState, Buffered, Kind};
use super::codec::{Enc, Errors};
use super::fileio::{isatty, FileIO};
use super::text::{Newline, TextIO, TextState};
use super::{alloc, io_types};
use parking_lot::Mutex;
use std::sync::atomic::AtomicBool;
use weft_vm::interp::interp;
use weft_vm::{import, new_str, Value};

fn stream(fd: i32, name: &str, unbuffered: bool) -> Value {
    let t = io_types();
    let reading = fd == 0;
    let raw = alloc(
        &t.fileio,
        FileIO::new(fd, reading, !reading, false, false, false),
    );
    if let Value::Obj(o) = &raw {
        o.make_immortal();
        if let Some(Value::Obj(d)) = o.dict.get().map(Value::Obj) {
            if let weft_vm::payload::Payload::Dict(d) = &d.payload {
                let k = weft_vm::intern("name");
                d.set_str(k.clone(), weft_vm::str_hash(&k), new_str(name));
            }
        }
    }
    let (cls, kind) = if reading {
        (&t.reader, Kind::Reader)
    } else {
        (&t.writer, Kind::Writer)
    };
    let buf = alloc(
        cls,
        Buffered {
            raw,
            kind,
            size: super::DEFAULT_BUFFER_SIZE,
            st: std::sync::Arc::new(Mutex::new(BufState::default())),
        },
    );
    if let Value::Obj(o) = &buf {
        o.make_immortal();
    }
    let tty = isatty(fd);
    let text = TextIO {
        buffer: buf,
        enc: Enc::Utf8,
        enc_name: "utf-8".into(),
        errors: if fd == 2 {
            Errors::BackslashReplace
        } else {
            Errors::Strict
        },
        errors_name: if fd == 2 {
            "backslashreplace".into()
        } else {
            "strict".into()
        },
        // as CPython on POSIX: newline="\n" (input lines end at "\n" only, no translation)
        newline: Newline::Lf,
        line_buffering: AtomicBool::new(!reading && (tty || fd == 2)),
        write_through: AtomicBool::new(unbuffered && !reading),
        st: Mutex::new(TextState::default()),
    };
    let v = alloc(&t.text, text);
    if let Value::Obj(o) = &v {
        o.make_immortal();
        if let Some(d) = o.dict.as_ref() {
            if let weft_vm::payload::Payload::Dict(d) = &d.payload {
                {
                    let (k, val) = ("mode", new_str(if reading { "r" } else { "w" }));
                    let k = weft_vm::intern(k);
                    d.set_str(k.clone(), weft_vm::str_hash(&k), val);
                }
            }
        }
    }
    v
}

/// Replace the bootstrap streams of `sys` with TextIOWrapper objects.
pub fn install(unbuffered: bool) {
    let Some(sys) = interp().sys.get() else {
        return;
    };
    let unbuffered = unbuffered
        || std::env::var_os("PYTHONUNBUFFERED")
            .map(|v| !v.is_empty())
            .unwrap_or(false);
    for (fd, name, attr) in [
        (0, "<stdin>", "stdin"),
        (1, "<stdout>", "stdout"),
        (2, "<stderr>", "stderr"),
    ] {
        let s = stream(fd, name, unbuffered);
        import::set(sys, attr, s.clone());
        import::set(sys, &format!("__{attr}__"), s);
    }
}
