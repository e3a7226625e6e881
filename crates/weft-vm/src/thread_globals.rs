//! Borrowed global reads: a per-thread cache that lets `LOAD_GLOBAL` push a module-level
//! list, dict, tuple or instance *without* counting a reference, when the instruction
//! that consumes it only reads it (`TABLE[k]`, `CONFIG.attr`, `x in SEEN`; see
//! `borrow.rs`, which plans these windows).
//!
//! Objects that every thread reads (functions, classes, modules) are immortal and need no
//! count at all (the shared inline cache in `eval.rs`). Ordinary objects bound to globals
//! are not: without this cache, every read writes their reference count, and threads
//! reading one shared dict fight over its cache line.
//!
//! How the borrowed copy stays valid: the cache slot of this thread holds a counted
//! reference to the object, so the object lives even if another thread rebinds the global.
//! A slot is only released (its reference dropped) when this thread has no borrowed
//! global copy anywhere on its stacks: `Vm::gborrows` counts them (a flagged
//! `LOAD_GLOBAL` adds one, its consumer's [`crate::borrow::Operand`] removes it, and
//! `borrow::release` removes those of windows an exception leaves). Evicted references
//! wait in a graveyard until then. Everything here is private to one thread: no shared
//! write.
//!
//! When references are dropped: at the next `STORE_GLOBAL`/`DELETE_GLOBAL` of this
//! thread (with no borrow open), so rebinding a global frees the old object at once, as
//! in CPython, when the same thread cached it.

use crate::value::Value;

const SLOTS: usize = 256;

/// One `LOAD_GLOBAL` execution: the code object data and instruction index, the
/// globals dict, and the versions of globals and builtins it read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Site {
    pub code: usize,
    pub pc: u32,
    pub globals: usize,
    pub gver: u64,
    pub bver: u64,
}

struct Slot {
    site: Site,
    value: Value,
}

#[derive(Default)]
pub struct ThreadGlobals {
    slots: Vec<Option<Slot>>,
    used: Vec<u16>,
    graveyard: Vec<Value>,
}

#[inline(always)]
fn index(site: &Site) -> usize {
    ((site.code >> 4) ^ (site.pc as usize).wrapping_mul(0x9E37)) % SLOTS
}

impl ThreadGlobals {
    /// A borrowed copy of the value cached for this site, if still valid.
    #[inline]
    pub fn get(&self, site: &Site) -> Option<Value> {
        match self.slots.get(index(site)) {
            Some(Some(s)) if s.site == *site => {
                // SAFETY: the slot keeps its counted reference until `take_all` runs with no
                // borrowed copy open (module docs).
                Some(unsafe { crate::borrow::borrow(&s.value) })
            }
            _ => None,
        }
    }

    /// [`ThreadGlobals::put`] when no borrowed global copy is open on this thread: the
    /// slot's previous value and the graveyard are handed back to be dropped (outside
    /// any borrow of `self`) instead of kept. Without this, a thread that only reads
    /// globals while another keeps rebinding them would grow its graveyard for ever.
    pub fn put_unborrowed(&mut self, site: Site, value: Value) -> (Value, Vec<Value>) {
        let copy = self.put(site, value);
        (copy, std::mem::take(&mut self.graveyard))
    }

    /// Cache `value` (a counted reference) for this site; returns a borrowed copy.
    /// The slot's previous value goes to the graveyard (a borrowed copy may still use it).
    pub fn put(&mut self, site: Site, value: Value) -> Value {
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, || None);
        }
        let i = index(&site);
        // SAFETY: the slot keeps the counted reference (see `get`).
        let copy = unsafe { crate::borrow::borrow(&value) };
        match self.slots[i].replace(Slot { site, value }) {
            Some(old) => self.graveyard.push(old.value),
            None => self.used.push(i as u16),
        }
        copy
    }

    /// Keep `value` (a counted reference) until the next release; returns a borrowed copy.
    pub fn keep(&mut self, value: Value) -> Value {
        // SAFETY: the graveyard keeps the counted reference (see `get`).
        let copy = unsafe { crate::borrow::borrow(&value) };
        self.graveyard.push(value);
        copy
    }

    /// Whether `take_all` has anything to drop.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.used.is_empty() && self.graveyard.is_empty()
    }

    /// Drop every cached reference. Only call with no borrowed global copy open; the
    /// values are returned so that the caller drops them outside any borrow of `self`
    /// (dropping may free objects whose cleanup reads globals again).
    pub fn take_all(&mut self) -> Vec<Value> {
        let mut out = std::mem::take(&mut self.graveyard);
        for i in self.used.drain(..) {
            if let Some(s) = self.slots[i as usize].take() {
                out.push(s.value);
            }
        }
        out
    }
}
