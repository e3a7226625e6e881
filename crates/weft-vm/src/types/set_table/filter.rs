//! A counting filter over a set's hashes: how many keys of the set fall in each of 64
//! buckets (the hash's low six bits), so a lookup of an absent key whose bucket is empty
//! answers without the lock and without walking the probe sequence
//! (<https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset>).
//!
//! A table with dummies (deleted slots) makes every miss walk past them to the next
//! empty slot: a set that is added to and discarded from in turn (a backtracking search)
//! pays that walk on every `x in s` whose answer is no. The filter answers those at once.
//!
//! Counts change only under the set's write lock (plain loads and stores suffice) and are
//! read without it: a zero count means no key with that bucket was present at that
//! moment, which is a valid answer for the lookup at that point of time. A count that
//! reaches 255 sticks there (never decremented) until the next recount.

use std::sync::atomic::{AtomicU8, Ordering};

const BUCKETS: usize = 64;
const STUCK: u8 = u8::MAX;

pub struct HashFilter([AtomicU8; BUCKETS]);

impl Default for HashFilter {
    fn default() -> Self {
        HashFilter(std::array::from_fn(|_| AtomicU8::new(0)))
    }
}

#[inline(always)]
fn bucket(hash: i64) -> usize {
    hash as u64 as usize & (BUCKETS - 1)
}

impl HashFilter {
    /// True when no key with this hash can be in the set.
    #[inline(always)]
    pub fn surely_absent(&self, hash: i64) -> bool {
        self.0[bucket(hash)].load(Ordering::Relaxed) == 0
    }

    /// A key with this hash was stored (write lock held).
    #[inline(always)]
    pub fn added(&self, hash: i64) {
        let c = &self.0[bucket(hash)];
        let n = c.load(Ordering::Relaxed);
        if n != STUCK {
            c.store(n + 1, Ordering::Relaxed);
        }
    }

    /// A key with this hash was removed (write lock held).
    #[inline(always)]
    pub fn removed(&self, hash: i64) {
        let c = &self.0[bucket(hash)];
        let n = c.load(Ordering::Relaxed);
        if n != STUCK && n != 0 {
            c.store(n - 1, Ordering::Relaxed);
        }
    }

    /// Recount from the active keys' hashes (write lock held, or not yet shared).
    pub fn recount(&self, hashes: impl Iterator<Item = i64>) {
        let mut counts = [0u8; BUCKETS];
        for h in hashes {
            let c = &mut counts[bucket(h)];
            *c = c.saturating_add(1);
        }
        for (a, c) in self.0.iter().zip(counts) {
            a.store(c, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_sticky_saturation() {
        let f = HashFilter::default();
        assert!(f.surely_absent(5));
        f.added(5);
        f.added(69); // same bucket as 5
        f.removed(5);
        assert!(!f.surely_absent(5));
        f.removed(69);
        assert!(f.surely_absent(5));
        for _ in 0..300 {
            f.added(-2);
        }
        for _ in 0..300 {
            f.removed(-2);
        }
        assert!(
            !f.surely_absent(-2),
            "a saturated bucket stays set until a recount"
        );
        f.recount([1i64, 2].into_iter());
        assert!(f.surely_absent(-2) && !f.surely_absent(1) && !f.surely_absent(2));
    }
}
