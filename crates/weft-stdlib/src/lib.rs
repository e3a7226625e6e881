//! weft's standard library: native (Rust) modules and the Python modules from `lib/`
//! embedded at build time. [`init`] registers all of them with the VM.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

mod bisect;
mod cmath;
mod code_replace;
mod collections;
mod collections_deque;
mod csv;
mod csv_write;
mod functools;
mod gc;
mod hashlib;
mod hashlib_blake;
mod heapq;
pub mod hugepages;
pub mod io;
mod itertools;
mod json;
mod json_scan;
mod math;
mod math_int;
mod math_special;
mod opcode;
pub mod posix;
mod process;
mod random;
mod re;
mod re_engine;
mod re_match;
mod re_translate;
mod re_vm;
mod re_width;
mod signal;
mod structseq;
mod sys;
mod sys_sizeof;
mod sys_stdin;
pub mod thread;
mod time;
mod time_fallback;
mod time_strptime;
pub mod timeline_svg;
mod unicodedata;
mod unicodedata_tables;
mod weakref;
mod weft_import;
mod weft_traceback;
mod zlib;

use weft_vm::interp::interp;
use weft_vm::payload::Payload;
use weft_vm::Value;

/// Register every native module and embedded source with the interpreter.
pub fn init() {
    weft_vm::bootstrap::init();
    let _ = weft_compiler::PRINTABLE.set(weft_vm::repr::is_printable);
    let _ = weft_compiler::IDENTIFIER.set(weft_vm::types::str_case::is_identifier);
    let _ = weft_vm::types::codecs::CHAR_NAME.set(unicodedata::char_name);
    let _ = weft_vm::types::codecs::CHAR_BY_NAME.set(unicodedata::char_by_name);
    let _ = weft_vm::traceback::WIDE_CHAR.set(unicodedata::is_wide);
    let ip = interp();
    for (path, src) in embedded::SOURCES {
        ip.register_source(path, src);
    }
    ip.register_module("_opcode", opcode::init);
    ip.register_module("time", time::init);
    ip.register_module("math", math::init);
    ip.register_module("_weakref", weakref::init);
    ip.register_module("gc", gc::init);
    ip.register_module("_weft_process", process::init);
    ip.register_module("_signal", signal::init);
    signal::install_default();
    ip.register_module("_thread", thread::init);
    thread::install_sys();
    if !ip.native_modules.read().contains_key("time") {
        ip.register_module("time", time_fallback::init);
    }
    ip.register_module("_io", io::init);
    ip.register_module("hashlib", hashlib::init);
    ip.register_module("cmath", cmath::init);
    ip.register_module("posix", posix::init);
    ip.register_module("_weft_re", re::init);
    ip.register_module("_weft_import", weft_import::init);
    ip.register_module("_weft_traceback", weft_traceback::init);
    ip.register_module("_csv", csv::init);
    ip.register_module("_json", json::init);
    ip.register_module("_weft_itertools", itertools::init);
    ip.register_module("_weft_bisect", bisect::init);
    ip.register_module("_weft_functools", functools::init);
    ip.register_module("_weft_collections", collections::init);
    ip.register_module("_zlib", zlib::init);
    ip.register_module("_heapq", heapq::init);
    ip.register_module("_random", random::init);
    ip.register_module("unicodedata", unicodedata::init);
    weft_vm::import::set(ip.builtins(), "open", io::builtin_open());
    io::stdio::install(false);
    opcode::register_code_methods();
    // Last: sys.builtin_module_names lists the registered modules.
    sys::init();
    type_docs();
}

/// Every built-in type answers `__doc__` (`x.__doc__` must not raise): `object`'s text
/// as CPython's, None where weft keeps no docstring.
fn type_docs() {
    use weft_vm::types::typeobj::tdata;
    let object = weft_vm::types::types().object.clone();
    let set_doc = |t: &weft_vm::ObjRef, doc: Value| {
        if let Some(d) = t.dict.as_ref() {
            if let Payload::Dict(d) = &d.payload {
                let k = weft_vm::intern("__doc__");
                if d.get_str(&k, weft_vm::str_hash(&k)).is_none() {
                    d.set_str(k.clone(), weft_vm::str_hash(&k), doc);
                    weft_vm::types::typeobj::invalidate(t);
                }
            }
        }
    };
    set_doc(
        &object,
        weft_vm::new_str(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
        ),
    );
    let mut todo = tdata(&object).subclasses.lock().clone();
    let mut seen = 0;
    while let Some(t) = todo.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        if tdata(&t).heap {
            continue;
        }
        set_doc(&t, Value::None);
        todo.extend(tdata(&t).subclasses.lock().iter().cloned());
    }
}

/// `-u`: make stdout and stderr write through.
pub fn set_unbuffered() {
    io::stdio::install(true);
}

/// Flush every open buffered file (at interpreter exit).
pub fn flush_all_files() {
    io::flush_all_files();
}
