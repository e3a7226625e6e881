//! The data of `str` objects: UTF-8 text indexed by code point, with a cached hash
//! (<https://docs.python.org/3.11/library/stdtypes.html#text-sequence-type-str>).
//! ASCII strings index in O(1); other strings by a linear scan.

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    s: Box<str>,
    hash: AtomicI64,
    chars: usize,
}

/// Hash of a string's bytes (FNV-1a-style with a final mix; deterministic across runs —
/// CPython randomises str hashes, so no program may depend on their values).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for chunk in s.as_bytes().chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0x0000_0100_0000_01b3 | 0x9E37_79B9_0000_0000);
        h ^= h >> 31;
    }
    h ^= s.len() as u64;
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr {
            s,
            hash: AtomicI64::new(-1),
            chars,
        }
    }
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    /// Byte offset of code point `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
    /// Code point at index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap()
        }
    }
    /// Substring by code point range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let a = self.byte_offset(start);
            let b = a + self.s[a..].char_indices().nth(end - start).map(|(b, _)| b).unwrap_or(self.s.len() - a);
            &self.s[a..b]
        }
    }
}
