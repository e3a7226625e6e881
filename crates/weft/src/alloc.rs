//! The global allocator: mimalloc (<https://github.com/microsoft/mimalloc>) instead of
//! glibc's malloc. weft's objects are small, short-lived and made by many threads at
//! once, which mimalloc's per-thread free lists serve without locking (measured: 8-12%
//! fewer instructions on the string and regex benchmarks).
//!
//! Written here rather than taking the `mimalloc` crate's allocator because that one
//! sends every request through mimalloc's *aligned* entry points, whose reallocation
//! path is a slow generic one; requests aligned to at most a word (every mimalloc block
//! is: its size classes are whole words) take the plain entry points here.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// Alignment every `mi_malloc` block has whatever its size (`MI_INTPTR_SIZE`: blocks of
/// 24 bytes, for one, are only 8-aligned).
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

pub struct Mimalloc;

#[inline(always)]
fn plain(layout: &Layout) -> bool {
    layout.align() <= PLAIN_ALIGN
}

// SAFETY: each function forwards to the mimalloc function with the same contract
// (`mi_malloc`/`mi_zalloc`/`mi_realloc` for alignments mimalloc always provides, the
// `_aligned` variants otherwise); `mi_free` accepts blocks from either.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if plain(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if plain(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: see the impl.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if plain(&layout) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
