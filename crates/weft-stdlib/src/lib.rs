//! weft's standard library: native (Rust) modules and the Python modules from `lib/`
//! embedded at build time. [`init`] registers all of them with the VM.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

mod gc;
mod math;
mod math_int;
mod math_special;
mod opcode;
mod process;
mod signal;
mod structseq;
mod sys;
mod sys_stdin;
mod time;
mod time_strptime;
pub mod timeline_svg;
mod weakref;

use weft_vm::interp::interp;

/// Register every native module and embedded source with the interpreter.
pub fn init() {
    weft_vm::bootstrap::init();
    let ip = interp();
    for (path, src) in embedded::SOURCES {
        ip.register_source(path, src);
    }
    ip.register_module("_opcode", opcode::init);
    opcode::register_code_methods();
    ip.register_module("time", time::init);
    ip.register_module("math", math::init);
    ip.register_module("_weakref", weakref::init);
    ip.register_module("gc", gc::init);
    ip.register_module("_weft_process", process::init);
    ip.register_module("_signal", signal::init);
    signal::install_default();
    // Last: sys.builtin_module_names lists the registered modules.
    sys::init();
}
