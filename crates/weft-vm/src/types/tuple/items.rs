//! A tuple's items: up to [`INLINE`] of them inside the object itself, more in a heap
//! block.
//!
//! Nearly every tuple a program makes is small (`(k, v)` pairs, returned pairs and
//! triples, call arguments), and its items then sit in the tuple object's own cache
//! line: making one is one allocation, not two, and reading one (hashing a dict key,
//! comparing two tuples, unpacking) is one memory access fewer. Measured on
//! `max()` over 150 000 `((str, str), int)` items: the loads of tuples' item pointers
//! were most of the time.

use crate::value::Value;

/// Items kept inside the object (the payload has room for five 16-byte values).
pub const INLINE: usize = 5;

/// Immutable once made, like the tuple.
pub enum TupleItems {
    /// `len` items, the rest of the array `Null`.
    Inline(u8, [Value; INLINE]),
    Heap(Box<[Value]>),
}

const _: () = assert!(std::mem::size_of::<TupleItems>() <= 88);

impl TupleItems {
    /// The items of `v`, moved in.
    pub fn from_vec(v: Vec<Value>) -> TupleItems {
        if v.len() > INLINE {
            return TupleItems::Heap(v.into_boxed_slice());
        }
        let n = v.len() as u8;
        let mut a = [const { Value::Null }; INLINE];
        for (slot, x) in a.iter_mut().zip(v) {
            *slot = x;
        }
        TupleItems::Inline(n, a)
    }

    /// An empty inline array: the empty tuple's, or a new tuple's payload that
    /// [`fill`](Self::fill) then fills where it lies. (Built elsewhere and moved in, the
    /// five values were copied twice, and the copy's wide loads of the narrow stores just
    /// made stalled on store forwarding.)
    pub const EMPTY: TupleItems = TupleItems::Inline(0, [const { Value::Null }; INLINE]);

    /// Fill an [`EMPTY`](Self::EMPTY) array in place with the (at most `n`, at most
    /// [`INLINE`]) items `it` yields. The length is the count written, so a short
    /// iterator can never expose an unset (`Null`) slot as an item.
    #[inline(always)]
    pub fn fill(&mut self, n: usize, it: impl Iterator<Item = Value>) {
        debug_assert!(n <= INLINE);
        if let TupleItems::Inline(len, a) = self {
            let mut k = 0;
            for (slot, x) in a.iter_mut().zip(it).take(n) {
                // The slot holds `Null`: nothing to drop.
                std::mem::forget(std::mem::replace(slot, x));
                k += 1;
            }
            *len = k;
        }
    }

    /// Copies of `items`.
    pub fn from_slice(items: &[Value]) -> TupleItems {
        if items.len() > INLINE {
            return TupleItems::Heap(items.into());
        }
        let mut a = [const { Value::Null }; INLINE];
        for (slot, x) in a.iter_mut().zip(items) {
            *slot = x.clone();
        }
        TupleItems::Inline(items.len() as u8, a)
    }

    /// Drop the items last first, as CPython frees a tuple's (finalizers run in that
    /// order); the tuple is left empty.
    pub fn clear_reversed(&mut self) {
        match self {
            TupleItems::Inline(n, a) => {
                for x in a[..*n as usize].iter_mut().rev() {
                    drop(std::mem::replace(x, Value::Null));
                }
                *n = 0;
            }
            TupleItems::Heap(b) => {
                let v = std::mem::take(b).into_vec();
                for x in v.into_iter().rev() {
                    drop(x);
                }
            }
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];

    #[inline(always)]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Inline(n, a) => &a[..*n as usize],
            TupleItems::Heap(b) => b,
        }
    }
}

impl Clone for TupleItems {
    fn clone(&self) -> TupleItems {
        TupleItems::from_slice(self)
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(v: Vec<Value>) -> TupleItems {
        TupleItems::from_vec(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap() {
        for n in 0..9 {
            let v: Vec<Value> = (0..n).map(Value::Int).collect();
            let t = TupleItems::from_vec(v.clone());
            assert_eq!(t.len(), n as usize);
            assert!(matches!(t, TupleItems::Inline(..)) == (n as usize <= INLINE));
            assert!(t.iter().zip(&v).all(|(a, b)| a.is(b)));
            assert_eq!(TupleItems::from_slice(&v).len(), n as usize);
        }
    }
}
