//! The timsort used by `list.sort()`/`sorted()` for values whose `<` may run Python code:
//! the algorithm of CPython 3.11's `Objects/listsort.txt` (count_run, binary insertion up
//! to minrun, powersort merge order, galloping with an adaptive min_gallop), so that odd,
//! printing or raising `__lt__` methods see the same calls in the same order as CPython,
//! and a failed sort leaves the same partially sorted permutation behind.

use crate::PyResult;

const MIN_GALLOP: usize = 7;

type Lt<'a, T> = dyn FnMut(&T, &T) -> PyResult<bool> + 'a;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct State<'a, 'b, T> {
    lt: &'a mut Lt<'b, T>,
    min_gallop: usize,
    tmp: Vec<T>,
    pending: Vec<Run>,
    listlen: usize,
}

/// Sort `v` ascending by `lt`, stably. On an error `v` holds a permutation of its items.
pub fn timsort<T: Copy>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut st = State {
        lt,
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        pending: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(&mut *st.lt, &v[lo..lo + remaining])?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut *st.lt, &mut v[lo..lo + force], run)?;
            run = force;
        }
        st.found_new_run(v, run)?;
        st.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    st.force_collapse(v)
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` and whether it is strictly descending.
fn count_run<T: Copy>(lt: &mut Lt<'_, T>, v: &[T]) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v`, whose first `start` items are already sorted.
fn binary_sort<T: Copy>(lt: &mut Lt<'_, T>, v: &mut [T], start: usize) -> PyResult<()> {
    for i in start.max(1)..v.len() {
        let pivot = v[i];
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// The leftmost position in sorted `a` where `key` belongs, searching from `hint`.
fn gallop_left<T: Copy>(lt: &mut Lt<'_, T>, key: &T, a: &[T], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if lt(&a[hint], key)? {
        let maxofs = n - hint;
        while ofs < maxofs && lt(&a[hint + ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs && !lt(&a[hint - ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        // `hint - ofs` may be -1: keep it as lastofs + 1 below.
        let lo = hint as isize - ofs as isize;
        ofs = hint - k;
        lastofs = (lo + 1) as usize;
        return bisect_left(lt, key, a, lastofs, ofs);
    }
    bisect_left(lt, key, a, lastofs + 1, ofs)
}

fn bisect_left<T: Copy>(
    lt: &mut Lt<'_, T>,
    key: &T,
    a: &[T],
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// The rightmost position in sorted `a` where `key` belongs, searching from `hint`.
fn gallop_right<T: Copy>(lt: &mut Lt<'_, T>, key: &T, a: &[T], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    let lo;
    if lt(key, &a[hint])? {
        let maxofs = hint + 1;
        while ofs < maxofs && lt(key, &a[hint - ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lo = (hint as isize - ofs as isize + 1) as usize;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs && !lt(key, &a[hint + ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint + 1;
        ofs += hint;
    }
    let (mut lo, mut hi) = (lo, ofs);
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// The powersort "power" of the boundary between runs `[s1, s1+n1)` and `[s1+n1, +n2)`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Copy> State<'_, '_, T> {
    fn found_new_run(&mut self, v: &mut [T], n2: usize) -> PyResult<()> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(v, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self, v: &mut [T]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n)?;
        }
        Ok(())
    }

    /// Merge pending runs `i` and `i + 1`.
    fn merge_at(&mut self, v: &mut [T], i: usize) -> PyResult<()> {
        let (mut pa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (pb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let lt = &mut *self.lt;
        // Items of a before b[0] are already in place.
        let k = gallop_right(lt, &v[pb], &v[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of b after a[-1] are already in place.
        let nb = gallop_left(lt, &v[pa + na - 1], &v[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, pa, na, nb)
        } else {
            self.merge_hi(v, pa, na, nb)
        }
    }

    /// Merge `v[pa..pa+na]` with the `nb` items after it, `na <= nb`, copying a out.
    fn merge_lo(&mut self, v: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[pa..pa + na]);
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        let (mut ia, mut ib, mut d) = (0usize, pa + na, pa);
        let mut result = Ok(());
        v[d] = v[ib];
        d += 1;
        ib += 1;
        nb -= 1;
        let mut copy_b = false;
        'outer: {
            if nb == 0 {
                break 'outer;
            }
            if na == 1 {
                copy_b = true;
                break 'outer;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match lt(&v[ib], &tmp[ia]) {
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                        Ok(true) => {
                            v[d] = v[ib];
                            d += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'outer;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[d] = tmp[ia];
                            d += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                copy_b = true;
                                break 'outer;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, &v[ib], &tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        v[d..d + k].copy_from_slice(&tmp[ia..ia + k]);
                        d += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            copy_b = true;
                            break 'outer;
                        }
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    v[d] = v[ib];
                    d += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer;
                    }
                    let k = match gallop_left(lt, &tmp[ia], &v[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(ib..ib + k, d);
                        d += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    v[d] = tmp[ia];
                    d += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        copy_b = true;
                        break 'outer;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if copy_b {
            // The last item of a belongs at the end of the merge.
            v.copy_within(ib..ib + nb, d);
            v[d + nb] = tmp[ia];
            return Ok(());
        }
        if na > 0 {
            v[d..d + na].copy_from_slice(&tmp[ia..ia + na]);
        }
        result
    }

    /// Merge `v[pa..pa+na]` with the `nb` items after it, `na > nb`, copying b out and
    /// filling from the right.
    fn merge_hi(&mut self, v: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let pb = pa + na;
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[pb..pb + nb]);
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        // Indices one past the current items (so they never go below zero).
        let (mut ea, mut eb, mut ed) = (pb, nb, pb + nb);
        let mut result = Ok(());
        ed -= 1;
        ea -= 1;
        v[ed] = v[ea];
        na -= 1;
        let mut copy_a = false;
        'outer: {
            if na == 0 {
                break 'outer;
            }
            if nb == 1 {
                copy_a = true;
                break 'outer;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match lt(&tmp[eb - 1], &v[ea - 1]) {
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                        Ok(true) => {
                            ed -= 1;
                            ea -= 1;
                            v[ed] = v[ea];
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'outer;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            ed -= 1;
                            eb -= 1;
                            v[ed] = tmp[eb];
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                copy_a = true;
                                break 'outer;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, &tmp[eb - 1], &v[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        ed -= k;
                        ea -= k;
                        v.copy_within(ea..ea + k, ed);
                        na -= k;
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    ed -= 1;
                    eb -= 1;
                    v[ed] = tmp[eb];
                    nb -= 1;
                    if nb == 1 {
                        copy_a = true;
                        break 'outer;
                    }
                    let k = match gallop_left(lt, &v[ea - 1], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        ed -= k;
                        eb -= k;
                        v[ed..ed + k].copy_from_slice(&tmp[eb..eb + k]);
                        nb -= k;
                        if nb == 1 {
                            copy_a = true;
                            break 'outer;
                        }
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    ed -= 1;
                    ea -= 1;
                    v[ed] = v[ea];
                    na -= 1;
                    if na == 0 {
                        break 'outer;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if copy_a {
            // The first item of b belongs at the front of the merge.
            v.copy_within(ea - na..ea, ed - na);
            v[ed - na - 1] = tmp[eb - 1];
            return Ok(());
        }
        if nb > 0 {
            v[ed - nb..ed].copy_from_slice(&tmp[..nb]);
        }
        result
    }
}
