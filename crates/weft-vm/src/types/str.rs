//! The data of `str` objects: UTF-8 text indexed by code point, with a cached hash
//! (<https://docs.python.org/3.11/library/stdtypes.html#text-sequence-type-str>).
//! ASCII strings index in O(1); longer non-ASCII strings build (once, lazily) a table of
//! the byte offset of every 32nd code point, so indexing them costs O(1) too.
//! Texts of up to [`INLINE`] bytes made from borrowed text are stored inside the object
//! (no second allocation for the short strings that splitting and slicing make).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

/// Code points between two entries of the offset table.
const STRIDE: usize = 32;
/// Non-ASCII strings shorter than this (in bytes) are scanned instead of indexed.
const INDEX_MIN: usize = 128;

/// Longest text kept inline.
pub const INLINE: usize = 30;

/// The text: inline (length, bytes; the bytes past the length are always zero, so two
/// inline texts are equal exactly when their arrays are) or on the heap. A `String` (not `Box<str>`) so that a
/// uniquely referenced string can grow in place.
enum Text {
    Inline(u8, [u8; INLINE]),
    Heap(String),
}

/// `repr(C)`, hash first: in the object the hash and up to 14 bytes of inline text then
/// share the header's cache line, so hashing a string and comparing short ones (the
/// dict lookups of word counting) touch one line of the object, not two.
#[repr(C)]
pub struct PyStr {
    hash: AtomicI64,
    s: Text,
    chars: usize,
    index: OnceLock<Box<[u32]>>,
}

/// Hash of a string's bytes (FNV-1a-style with a final mix; deterministic across runs —
/// CPython randomises str hashes, so no program may depend on their values).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// The same hash over raw bytes (`hash(b"x") == hash("x")` for ASCII, as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        // As in CPython: hash("") == hash(b"") == 0.
        return 0;
    }
    const K: u64 = 0x0000_0100_0000_01b3 | 0x9E37_79B9_0000_0000;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 31;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The last bytes as a zero-padded little-endian word.
        let mut w = 0u64;
        for (i, &x) in rest.iter().enumerate() {
            w |= (x as u64) << (8 * i);
        }
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 31;
    }
    h ^= b.len() as u64;
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Number of code points in UTF-8 bytes (counts non-continuation bytes).
#[inline]
pub fn count_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x as i8) >= -64).count()
}

/// The code points of `t`: its length when it is ASCII (checked a word at a time), else
/// counted.
#[inline]
pub fn text_chars(t: &str) -> usize {
    if t.is_ascii() {
        t.len()
    } else {
        count_chars(t.as_bytes())
    }
}

/// Byte offset of the `n`th code point of `s` (or `s.len()`).
#[inline]
fn skip_chars(s: &str, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let b = s.as_bytes();
    let mut seen = 0;
    for (i, &x) in b.iter().enumerate() {
        if (x as i8) >= -64 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    b.len()
}

/// The inline text (always a copy of whole `&str`s, so valid UTF-8).
#[inline(always)]
fn inline_str(n: u8, b: &[u8; INLINE]) -> &str {
    let b = &b[..n as usize];
    // SAFETY: inline bytes are only ever written by copying whole `&str`s (`from_str_len`,
    // `push_str`), and `n` is the length copied, so `b` is valid UTF-8. Measured
    // (cachegrind): the checked `from_utf8` on every `as_str` costs 3% of all
    // instructions on bench/strings.py and wordcount.py, most of what inlining saves.
    unsafe { std::str::from_utf8_unchecked(b) }
}

/// Two inline arrays compared as two (overlapping) 16-byte words: `==` on the arrays
/// was a `memcmp` call, 6% of a loop counting word pairs in a dict.
#[inline(always)]
fn inline_eq(a: &[u8; INLINE], b: &[u8; INLINE]) -> bool {
    const _: () = assert!(INLINE >= 16 && INLINE <= 32);
    let word = |x: &[u8; INLINE], at: usize| {
        let mut w = [0u8; 16];
        w.copy_from_slice(&x[at..at + 16]);
        u128::from_ne_bytes(w)
    };
    word(a, 0) == word(b, 0) && word(a, INLINE - 16) == word(b, INLINE - 16)
}

/// Copy `src` (at most `N` and 32 bytes) to the start of `dst` with a few fixed-size
/// (possibly overlapping) moves instead of a `memcpy` call: most strings made from
/// pieces of others are short.
#[inline(always)]
fn copy_short<const N: usize>(dst: &mut [u8; N], src: &[u8]) {
    let n = src.len();
    assert!(n <= N && n <= 32);
    let (d, s) = (dst.as_mut_ptr(), src.as_ptr());
    // SAFETY: `n <= N` (asserted), so every move below reads `k <= n` bytes at offsets
    // `0` and `n - k` of `src` (length `n`) and writes them at the same offsets of `dst`
    // (length `N >= n`); the two buffers are distinct (`&mut` and `&`).
    unsafe {
        let two = |k: usize| {
            std::ptr::copy_nonoverlapping(s, d, k);
            std::ptr::copy_nonoverlapping(s.add(n - k), d.add(n - k), k);
        };
        if n >= 16 {
            two(16);
        } else if n >= 8 {
            two(8);
        } else if n >= 4 {
            two(4);
        } else if n > 0 {
            *d = *s;
            *d.add(n / 2) = *s.add(n / 2);
            *d.add(n - 1) = *s.add(n - 1);
        }
    }
}

/// Give back a built string's spare capacity only when it is large (a realloc per new
/// string costs more than the few bytes a builder over-reserves).
#[inline]
fn trim_capacity(mut s: String) -> String {
    let spare = s.capacity() - s.len();
    if spare > 64 && spare > s.len() / 4 {
        s.shrink_to_fit();
    }
    s
}

impl PyStr {
    /// Whether dropping the string would free anything: heap text, or the code point
    /// index of a non-ASCII string. A string without either (short text held inline)
    /// can have its memory reused with no drop (`object::free_dead`).
    #[inline(always)]
    pub(crate) fn owns_memory(&self) -> bool {
        matches!(self.s, Text::Heap(_)) || self.index.get().is_some()
    }

    pub fn new(s: impl Into<String>) -> PyStr {
        let s = trim_capacity(s.into());
        let chars = text_chars(&s);
        PyStr {
            s: Text::Heap(s),
            hash: AtomicI64::new(-1),
            chars,
            index: OnceLock::new(),
        }
    }
    /// A string whose code point count is already known.
    pub fn with_len(s: impl Into<String>, chars: usize) -> PyStr {
        let s = trim_capacity(s.into());
        debug_assert_eq!(chars, s.chars().count());
        PyStr {
            s: Text::Heap(s),
            hash: AtomicI64::new(-1),
            chars,
            index: OnceLock::new(),
        }
    }
    /// A string copied from `t` (inline when short: one allocation fewer).
    pub fn copy_of(t: &str) -> PyStr {
        let chars = text_chars(t);
        PyStr::from_str_len(t, chars)
    }
    /// As [`PyStr::copy_of`], with the code point count known.
    pub fn from_str_len(t: &str, chars: usize) -> PyStr {
        debug_assert_eq!(chars, t.chars().count());
        let s = if t.len() <= INLINE {
            let mut b = [0u8; INLINE];
            copy_short(&mut b, t.as_bytes());
            Text::Inline(t.len() as u8, b)
        } else {
            Text::Heap(t.to_owned())
        };
        PyStr {
            s,
            hash: AtomicI64::new(-1),
            chars,
            index: OnceLock::new(),
        }
    }
    /// An ASCII string of `n` bytes produced by `fill` from a zeroed buffer (short ones
    /// inline: no second allocation, no UTF-8 validation). Bytes `fill` leaves outside
    /// ASCII are replaced, so the text is always valid.
    #[inline]
    pub fn ascii_with(n: usize, fill: impl FnOnce(&mut [u8])) -> PyStr {
        let s = if n <= INLINE {
            let mut b = [0u8; INLINE];
            fill(&mut b[..n]);
            if !b[..n].is_ascii() {
                return PyStr::new(String::from_utf8_lossy(&b[..n]).into_owned());
            }
            Text::Inline(n as u8, b)
        } else {
            let mut v = vec![0u8; n];
            fill(&mut v);
            match String::from_utf8(v) {
                Ok(h) if h.is_ascii() => Text::Heap(h),
                Ok(h) => return PyStr::new(h),
                Err(e) => return PyStr::new(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            }
        };
        PyStr {
            s,
            hash: AtomicI64::new(-1),
            chars: n,
            index: OnceLock::new(),
        }
    }
    /// An empty inline string: the payload of a new short `str` object, whose text
    /// [`fill_copy`](Self::fill_copy) or [`fill_ascii_case`](Self::fill_ascii_case)
    /// then writes where it lies. Built on the stack and moved in, the text was copied
    /// twice, and the copy's wide loads of the bytes just stored stalled (store
    /// forwarding): a fifth of `w.lower()` in a word-counting loop.
    pub const fn empty_inline() -> PyStr {
        PyStr {
            s: Text::Inline(0, [0; INLINE]),
            hash: AtomicI64::new(-1),
            chars: 0,
            index: OnceLock::new(),
        }
    }

    /// Make an [`empty_inline`](Self::empty_inline) string a copy of `t` (at most
    /// [`INLINE`] bytes, `chars` code points).
    #[inline(always)]
    pub fn fill_copy(&mut self, t: &str, chars: usize) {
        debug_assert_eq!(chars, t.chars().count());
        if let Text::Inline(n, b) = &mut self.s {
            if *n == 0 && t.len() <= INLINE {
                copy_short(b, t.as_bytes());
                *n = t.len() as u8;
                self.chars = chars;
            }
        }
    }

    /// Make an [`empty_inline`](Self::empty_inline) string ASCII `t` (at most
    /// [`INLINE`] bytes) with its letters lowered (or raised, `upper`), eight bytes at a
    /// time: each word is read from `t` (overlapping the last for the tail) and written
    /// at the same offset here.
    #[inline]
    pub fn fill_ascii_case(&mut self, t: &str, upper: bool) {
        let src = t.as_bytes();
        let len = src.len();
        let Text::Inline(n, b) = &mut self.s else {
            return;
        };
        if *n != 0 || len > INLINE || !t.is_ascii() {
            return;
        }
        let (lo, hi) = if upper { (b'a', b'z') } else { (b'A', b'Z') };
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // Eight letters at a time: each lane is below 0x80 (ASCII), so adding at most
        // 0x7f never carries into the next lane; flipping bit 5 of the letters changes
        // their case. (The buffer is zeroed past the text, and zero bytes stay zero.)
        let flip = |x: u64| {
            let ge_lo = x + (0x80 - lo as u64) * ONES;
            let gt_hi = x + (0x7f - hi as u64) * ONES;
            x ^ ((ge_lo & !gt_hi & HIGH) >> 2)
        };
        if len < 8 {
            // A short word in one step, read as two overlapping halves (a byte loop, or
            // a copy into a word, cost ~40 instructions a word).
            let x = if len >= 4 {
                let half =
                    |i: usize| u32::from_le_bytes([src[i], src[i + 1], src[i + 2], src[i + 3]]);
                u64::from(half(0)) | (u64::from(half(len - 4)) << (8 * (len - 4)))
            } else if len > 0 {
                let at = |i: usize| u64::from(src[i]) << (8 * i);
                at(0) | at(len / 2) | at(len - 1)
            } else {
                0
            };
            b[..8].copy_from_slice(&flip(x).to_le_bytes());
        } else {
            let mut off = 0;
            loop {
                let at = off.min(len - 8);
                let mut w = [0u8; 8];
                w.copy_from_slice(&src[at..at + 8]);
                b[at..at + 8].copy_from_slice(&flip(u64::from_le_bytes(w)).to_le_bytes());
                if at == len - 8 {
                    break;
                }
                off += 8;
            }
        }
        *n = len as u8;
        self.chars = len;
    }

    /// `t` with its ASCII letters lowered (or raised, `upper`); a short ASCII one as
    /// [`fill_ascii_case`](Self::fill_ascii_case) writes it (other text is copied and
    /// changed on the heap).
    pub fn ascii_case(t: &str, upper: bool) -> PyStr {
        if t.len() > INLINE || !t.is_ascii() {
            let mut h = t.to_owned();
            if upper {
                h.make_ascii_uppercase()
            } else {
                h.make_ascii_lowercase()
            }
            return PyStr::new(h);
        }
        let mut p = PyStr::empty_inline();
        p.fill_ascii_case(t, upper);
        p
    }
    /// Append text (only for a string nobody else can see: see `ObjRef::get_mut`).
    pub fn push_str(&mut self, t: &str, chars: usize) {
        match &mut self.s {
            Text::Heap(h) => h.push_str(t),
            Text::Inline(n, b) => {
                let len = *n as usize;
                if len + t.len() <= INLINE {
                    b[len..len + t.len()].copy_from_slice(t.as_bytes());
                    *n = (len + t.len()) as u8;
                } else {
                    let mut h = String::with_capacity((2 * (len + t.len())).max(64));
                    h.push_str(inline_str(*n, b));
                    h.push_str(t);
                    self.s = Text::Heap(h);
                }
            }
        }
        self.chars += chars;
        *self.hash.get_mut() = -1;
        self.index = OnceLock::new();
    }
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match &self.s {
            Text::Heap(h) => h,
            Text::Inline(n, b) => inline_str(*n, b),
        }
    }
    /// Whether the two texts are equal (inline ones compare as whole arrays).
    #[inline(always)]
    pub fn text_eq(&self, o: &PyStr) -> bool {
        if self.chars != o.chars {
            return false;
        }
        match (&self.s, &o.s) {
            (Text::Inline(n1, b1), Text::Inline(n2, b2)) => n1 == n2 && inline_eq(b1, b2),
            _ => self.as_str() == o.as_str(),
        }
    }
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        self.hash_first()
    }
    /// The hash computed and cached (out of line: callers inline only the cached case).
    #[inline(never)]
    fn hash_first(&self) -> i64 {
        let h = hash_str(self.as_str());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    fn offsets(&self) -> Option<&[u32]> {
        if self.as_str().len() < INDEX_MIN {
            return None;
        }
        Some(self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.chars / STRIDE + 1);
            let mut n = 0usize;
            for (i, &x) in self.as_str().as_bytes().iter().enumerate() {
                if (x as i8) >= -64 {
                    if n.is_multiple_of(STRIDE) {
                        v.push(i as u32);
                    }
                    n += 1;
                }
            }
            v.into_boxed_slice()
        }))
    }
    /// Byte offset of code point `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.as_str().len();
        }
        match self.offsets() {
            Some(ix) => {
                let base = ix[i / STRIDE] as usize;
                base + skip_chars(&self.as_str()[base..], i % STRIDE)
            }
            None => skip_chars(self.as_str(), i),
        }
    }
    /// Code point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        match self.offsets() {
            Some(ix) => {
                let k = match ix.binary_search(&(b as u32)) {
                    Ok(k) => return k * STRIDE,
                    Err(k) => k - 1,
                };
                k * STRIDE + count_chars(&self.as_str().as_bytes()[ix[k] as usize..b])
            }
            None => count_chars(&self.as_str().as_bytes()[..b]),
        }
    }
    /// Code point at index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            let b = self.byte_offset(i);
            self.as_str()[b..].chars().next().unwrap()
        }
    }
    /// Substring by code point range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.as_str()[start..end]
        } else {
            let a = self.byte_offset(start);
            let b = if end - start < STRIDE {
                a + skip_chars(&self.as_str()[a..], end - start)
            } else {
                self.byte_offset(end)
            };
            &self.as_str()[a..b]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ascii_case_and_short_copies() {
        let all: String = (0u8..128).map(|b| b as char).collect();
        for start in 0..all.len() {
            for n in 0..=40.min(all.len() - start) {
                let t = &all[start..start + n];
                for upper in [false, true] {
                    let want = if upper {
                        t.to_ascii_uppercase()
                    } else {
                        t.to_ascii_lowercase()
                    };
                    let got = PyStr::ascii_case(t, upper);
                    assert_eq!(got.as_str(), want);
                    assert_eq!(got.char_len(), n);
                    assert!(got.text_eq(&PyStr::copy_of(&want)));
                }
                assert_eq!(PyStr::copy_of(t).as_str(), t);
                if n <= INLINE {
                    let mut p = PyStr::empty_inline();
                    p.fill_copy(t, n);
                    assert!(p.text_eq(&PyStr::copy_of(t)) && p.char_len() == n);
                }
            }
        }
        assert_eq!(PyStr::ascii_case("ÀbC", false).as_str(), "Àbc");
        assert!(!PyStr::copy_of("ab").text_eq(&PyStr::copy_of("abc")));
        assert!(PyStr::copy_of("abc").text_eq(&PyStr::new("abc".to_string())));
        assert_eq!(hash_str("abcdefghijk"), {
            // The word-at-a-time hash equals the zero-padded 8-byte chunk definition.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for chunk in b"abcdefghijk".chunks(8) {
                let mut w = [0u8; 8];
                w[..chunk.len()].copy_from_slice(chunk);
                h = (h ^ u64::from_le_bytes(w))
                    .wrapping_mul(0x0000_0100_0000_01b3 | 0x9E37_79B9_0000_0000);
                h ^= h >> 31;
            }
            ((h ^ 11) >> 1) as i64
        });
    }
    #[test]
    fn indexing() {
        let text: String = (0..500)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else if i % 7 == 0 {
                    '😀'
                } else {
                    'a'
                }
            })
            .collect();
        let p = PyStr::new(text.clone());
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(p.char_len(), chars.len());
        for i in 0..chars.len() {
            assert_eq!(p.char_at(i), chars[i]);
            assert_eq!(p.char_index(p.byte_offset(i)), i);
        }
        assert_eq!(p.slice(10, 300), chars[10..300].iter().collect::<String>());
        assert_eq!(p.slice(3, 5), chars[3..5].iter().collect::<String>());
        assert_eq!(p.byte_offset(chars.len()), text.len());
        assert_eq!(p.char_index(text.len()), chars.len());
    }
}
