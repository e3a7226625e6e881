//! Transparent huge pages off for weft's own memory, back on for programs it starts.
//!
//! mimalloc reserves its arenas in large aligned regions, so on a kernel whose
//! transparent huge pages are `always` every first touch of such a region faults in a
//! 2 MiB page, which the kernel must find (compacting memory when none is free) and
//! zero. Measured here (`bench/`, kernel 6.18, THP `always`): the system time of
//! strings went from 0.17-0.28 s to 0.03-0.06 s with huge pages off, wordcount's from
//! 0.25-0.28 s to 0.06-0.09 s and floatmath's from 0.16-0.29 s to 0.07 s, against 0.4-0.6 s
//! of user time; user time rose by a few percent (more TLB misses). CPython's own
//! allocator takes 1 MiB arenas, which such a kernel does not back with huge pages
//! either. `prctl(PR_SET_THP_DISABLE)` is what mimalloc's `allow_thp` option does; it
//! is done here, first thing in `main`, because mimalloc reads its options when it
//! starts, which is before `main`.
//!
//! The setting is inherited across `fork` and `execve`, so a child process started by
//! `subprocess` gets it cleared again ([`restore_in_child`]): weft's choice is not
//! imposed on other programs. Where the setting was already on when weft started (set
//! by whoever ran it), it is left alone both ways.

use std::sync::atomic::{AtomicBool, Ordering};

/// Whether [`disable`] turned huge pages off (and children must have them back).
static TURNED_OFF: AtomicBool = AtomicBool::new(false);

/// Turn transparent huge pages off for this process, unless they already are.
pub fn disable() {
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
