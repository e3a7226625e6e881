//! Transparent huge pages for weft's own memory: off (for the process, not for programs
//! it starts) where the kernel gives them only to memory advised for them, left as the
//! system has them elsewhere; `WEFT_THP=0` turns them off and `WEFT_THP=1` leaves them
//! on whatever the kernel's mode.
//!
//! mimalloc reserves its arenas in large aligned regions, so on a kernel whose
//! transparent huge pages are `always` (these machines: kernel 6.18, THP `always`,
//! defrag `madvise`) the first touch of such a region faults in a 2 MiB page. Measured
//! on `bench/` (session 23), the two ways trade:
//!
//! * **on**: fewer TLB misses, user time about 15% lower on wordcount (0.39-0.44 s
//!   against 0.50 s); but system time swings from 0.01 to 0.25 s from one run to the
//!   next, as the kernel finds the huge pages already backed or not (it was 0.17-0.41 s
//!   for strings, wordcount and floatmath while compilers filled the machine's memory);
//! * **off** (`prctl(PR_SET_THP_DISABLE)`, what mimalloc's `allow_thp=0` does): system
//!   time a steady 0.05-0.08 s from 4 KiB page faults, user time higher.
//!
//! On a quiet machine "on" came out ahead over the benchmark programs (wordcount 1.06
//! against 1.38 of CPython's time in one `bench/run.py` table, strings 0.96 against
//! 1.14) but not in every run, so it stays the default; the swings explain the run-to-run
//! noise of the memory-heavy programs in earlier tables. `WEFT_THP=0` makes runs
//! steadier when the machine is busy.
//!
//! Session 27 found the kernel's mode `madvise` (defrag `madvise`): huge pages then come
//! only through mimalloc's `MADV_HUGEPAGE` on its 1 GiB arena, and a fault there may
//! compact memory first. Seven runs each, user + system seconds (min / median / max):
//!
//! | program | on | off |
//! |---|---|---|
//! | floatmath | 0.393 / 0.429 / 0.861 | 0.448 / 0.457 / 0.484 |
//! | wordcount | 0.380 / 0.633 / 0.987 | 0.424 / 0.444 / 0.468 |
//! | strings | 0.256 / 0.259 / 0.507 | 0.297 / 0.304 / 0.311 |
//! | richards | 0.416 / 0.418 / 0.442 | 0.415 / 0.416 / 0.444 |
//!
//! So in that mode they are off by default: a little slower at best, never 2x slower.
//!
//! The setting is inherited across `fork` and `execve`, so a child process started by
//! `subprocess` gets it cleared again ([`restore_in_child`]): weft's choice is not
//! imposed on other programs. Where the setting was already on when weft started (set
//! by whoever ran it), it is left alone both ways. It is made first thing in `main`:
//! mimalloc reads its own options when it starts, which is before `main`.

use std::sync::atomic::{AtomicBool, Ordering};

/// Whether [`configure`] turned huge pages off (and children must have them back).
static TURNED_OFF: AtomicBool = AtomicBool::new(false);

/// Turn transparent huge pages off for this process when `WEFT_THP=0` asks for it, or
/// by default when the kernel's mode is `madvise` (unless they already are off).
pub fn configure() {
    let off = match std::env::var_os("WEFT_THP") {
        Some(v) => v == "0",
        None => std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
            .is_ok_and(|m| m.contains("[madvise]")),
    };
    if !off {
        return;
    }
    #[cfg(target_os = "linux")]
    // SAFETY: these `prctl` calls read and set one flag of the calling process; they
    // touch no memory of ours.
    unsafe {
        if libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) == 0
            && libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) == 0
        {
            TURNED_OFF.store(true, Ordering::Relaxed);
        }
    }
}

/// Have `cmd`'s process start with huge pages as weft found them.
pub fn restore_in_child(cmd: &mut std::process::Command) {
    #[cfg(target_os = "linux")]
    if TURNED_OFF.load(Ordering::Relaxed) {
        use std::os::unix::process::CommandExt;
        // SAFETY: the hook runs in the forked child before `execve`, where only
        // async-signal-safe calls are allowed: `prctl` is a plain system call.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_THP_DISABLE, 0, 0, 0, 0);
                Ok(())
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = cmd;
}
