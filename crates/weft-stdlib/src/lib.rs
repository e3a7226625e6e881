//! weft's standard library: native (Rust) modules and the Python modules from `lib/`
//! embedded at build time. [`init`] registers all of them with the VM.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

mod cmath;
mod code_replace;
mod csv;
mod csv_write;
mod gc;
mod hashlib;
mod hashlib_blake;
pub mod io;
mod json;
mod json_scan;
mod math;
mod math_int;
mod math_special;
mod opcode;
pub mod posix;
mod process;
mod re;
mod re_match;
mod signal;
mod structseq;
mod sys;
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
mod zlib;

use weft_vm::interp::interp;

/// Register every native module and embedded source with the interpreter.
pub fn init() {
    weft_vm::bootstrap::init();
    let _ = weft_compiler::PRINTABLE.set(weft_vm::repr::is_printable);
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
    ip.register_module("_csv", csv::init);
    ip.register_module("_json", json::init);
    ip.register_module("_zlib", zlib::init);
    ip.register_module("unicodedata", unicodedata::init);
    weft_vm::import::set(ip.builtins(), "open", io::builtin_open());
    io::stdio::install(false);
    opcode::register_code_methods();
    // Last: sys.builtin_module_names lists the registered modules.
    sys::init();
}

/// `-u`: make stdout and stderr write through.
pub fn set_unbuffered() {
    io::stdio::install(true);
}

/// Flush every open buffered file (at interpreter exit).
pub fn flush_all_files() {
    io::flush_all_files();
}
