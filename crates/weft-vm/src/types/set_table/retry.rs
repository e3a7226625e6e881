//! The slow paths of set lookups, insertions and removals: a same-hash key whose
//! equality runs Python `__eq__`, compared with the set's lock released and the probe
//! retried while the table is unchanged (or from the start if it changed)
//! (<https://docs.python.org/3.11/reference/datamodel.html#object.__eq__>).

use super::{Probe, PySet};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::sync::atomic::Ordering;

impl PySet {
    /// [`PySet::find`] once a candidate needs Python equality: compare with the lock
    /// released, and probe again (skipping keys known to differ) while the table is
    /// unchanged, or from the start if it changed meanwhile.
    #[cold]
    pub(super) fn find_slow(
        &self,
        vm: &Vm,
        hash: i64,
        key: &Value,
        mut j: usize,
        mut k: Value,
        mut ver: u64,
    ) -> PyResult<bool> {
        let mut skip: Vec<usize> = Vec::new();
        loop {
            let eq = vm.eq(&k, key)?;
            if self.version.load(Ordering::Acquire) != ver {
                skip.clear();
            } else if eq {
                return Ok(true);
            } else {
                skip.push(j);
            }
            let g = self.inner.read();
            match g.probe(hash, key, |i| skip.contains(&i)) {
                Probe::Found(_) => return Ok(true),
                Probe::Missing(..) => return Ok(false),
                Probe::NeedEq(j2, k2) => {
                    (j, k, ver) = (j2, k2, self.version.load(Ordering::Acquire));
                }
            }
        }
    }

    /// [`PySet::add_hashed`] once a candidate needs Python equality (see `find_slow`).
    #[cold]
    pub(super) fn add_slow(
        &self,
        vm: &Vm,
        hash: i64,
        key: Value,
        mut j: usize,
        mut k: Value,
        mut ver: u64,
    ) -> PyResult<bool> {
        let mut skip: Vec<usize> = Vec::new();
        loop {
            let eq = vm.eq(&k, &key)?;
            if self.version.load(Ordering::Acquire) != ver {
                skip.clear();
            } else if eq {
                return Ok(false);
            } else {
                skip.push(j);
            }
            let mut g = self.inner.write();
            match g.probe(hash, &key, |i| skip.contains(&i)) {
                Probe::Found(_) => return Ok(false),
                Probe::Missing(s, d) => {
                    g.place(s, d, hash, key);
                    self.filter.added(hash);
                    self.bump();
                    return Ok(true);
                }
                Probe::NeedEq(j2, k2) => {
                    (j, k, ver) = (j2, k2, self.version.load(Ordering::Acquire));
                }
            }
        }
    }

    /// [`PySet::discard_hashed`] once a candidate needs Python equality: an equal key is
    /// removed only if the table did not change while comparing.
    #[cold]
    pub(super) fn discard_slow(
        &self,
        vm: &Vm,
        hash: i64,
        key: &Value,
        mut j: usize,
        mut k: Value,
        mut ver: u64,
    ) -> PyResult<bool> {
        let mut skip: Vec<usize> = Vec::new();
        loop {
            let eq = vm.eq(&k, key)?;
            let mut g = self.inner.write();
            if self.version.load(Ordering::Acquire) != ver {
                skip.clear();
            } else if eq {
                let old = self.take_slot(&mut g, j);
                drop(g);
                drop(old);
                return Ok(true);
            } else {
                skip.push(j);
            }
            match g.probe(hash, key, |i| skip.contains(&i)) {
                Probe::Found(j2) => {
                    let old = self.take_slot(&mut g, j2);
                    drop(g);
                    drop(old);
                    return Ok(true);
                }
                Probe::Missing(..) => return Ok(false),
                Probe::NeedEq(j2, k2) => {
                    (j, k, ver) = (j2, k2, self.version.load(Ordering::Acquire));
                }
            }
        }
    }
}
