//! The `weft` command: runs a Python file, `-c` code, `-m` module or standard input,
//! or starts the interactive prompt, with `python3`'s options and exit statuses
//! (<https://docs.python.org/3.11/using/cmdline.html>).

mod cli;
mod repl;
mod run;

mod alloc;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

fn main() {
    weft_stdlib::hugepages::configure();
    // Before the interpreter's thread exists (see `prepare`).
    weft_vm::owner_bias::prepare();
    let args: Vec<String> = std::env::args().collect();
    // Python recursion runs on the Rust stack: give the main thread a large one (only
    // touched pages are committed) so RecursionError always comes before overflow.
    let child = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || cli::main(args))
        .expect("spawn main thread");
    let code = child.join().unwrap_or(1);
    if run::UNHANDLED_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        // SAFETY: restoring the default SIGINT action and signalling this process are
        // plain libc calls with no memory shared with Rust.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    }
    std::process::exit(code);
}
