//! Weak references: the payload of `weakref.ref` objects and the side table from each
//! referent to the weak references pointing at it.
//!
//! Objects carry no weak-reference list in their header (that would cost every object a
//! word); instead a table keyed by the referent's address lists the live weak references
//! to it. Only types flagged `WEAKREFABLE` are looked up when an instance is freed, so
//! ints, floats, tuples, strs and the like pay nothing.

use super::value::{Obj, ObjHeader, PyCell, Value};
use super::word_hash::WordMap;
use std::cell::{Cell, RefCell};

/// The payload of a weak reference object.
pub struct WeakData {
    /// The referent's address, or 0 once it died.
    pub referent: Cell<usize>,
    /// Called with the weak reference when the referent dies (if still alive itself).
    pub callback: PyCell<Option<Value>>,
    /// The referent's hash, cached on first use (a dead reference keeps it).
    pub hash: Cell<Option<i64>>,
}

thread_local! {
    /// Referent address -> addresses of the weak reference objects to it, oldest first.
    static TABLE: RefCell<WordMap<usize, Vec<usize>>> = RefCell::new(WordMap::default());
    /// The number of referents in `TABLE`: read inline by every free of a weakly
    /// referenceable instance, which most programs make without ever taking a weak
    /// reference (a constant-initialised thread-local: one load, no lazy-init check).
    static REFERENTS: Cell<usize> = const { Cell::new(0) };
}

/// Keeps `REFERENTS` equal to the table's size after a change.
fn count_referents(t: &WordMap<usize, Vec<usize>>) {
    REFERENTS.with(|r| r.set(t.len()));
}

impl WeakData {
    /// The referent, if it is still alive (a new reference).
    pub fn get(&self) -> Option<Value> {
        let p = self.referent.get();
        if p == 0 {
            return None;
        }
        // SAFETY: the table clears `referent` before the referent is freed.
        Some(unsafe { Value::from_borrowed_ptr(p as *const ObjHeader) })
    }
}

impl Drop for WeakData {
    fn drop(&mut self) {
        let target = self.referent.get();
        if target == 0 {
            return;
        }
        let me = self as *const WeakData as usize - std::mem::offset_of!(Obj<WeakData>, data);
        TABLE.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(list) = t.get_mut(&target) {
                list.retain(|&w| w != me);
                if list.is_empty() {
                    t.remove(&target);
                    count_referents(&t);
                }
            }
        });
    }
}

/// Records the new weak reference `wr` (an `Obj<WeakData>`) to `target`.
pub fn register(target: &Value, wr: &Value) {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.entry(target.raw()).or_default().push(wr.raw());
        count_referents(&t);
    });
}

/// The live weak references to `target`, oldest first (new references).
pub fn refs_to(target: &Value) -> Vec<Value> {
    TABLE.with(|t| {
        t.borrow()
            .get(&target.raw())
            .map(|l| {
                l.iter()
                    // SAFETY: listed weak references are alive (they unlist when freed).
                    .map(|&w| unsafe { Value::from_borrowed_ptr(w as *const ObjHeader) })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Clears every weak reference to the dying object `p` and then calls their callbacks,
/// newest first (as CPython does). Called before the object's memory is released.
///
/// # Safety
/// `p` is an object being freed.
#[inline(always)]
pub unsafe fn clear_referent(p: *const ObjHeader) {
    // Most programs hold no weak references at all: no call, no table lookup then.
    if REFERENTS.with(|r| r.get()) != 0 {
        clear_referent_listed(p);
    }
}

#[inline(never)]
unsafe fn clear_referent_listed(p: *const ObjHeader) {
    let Some(list) = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.remove(&(p as usize));
        count_referents(&t);
        list
    }) else {
        return;
    };
    let mut with_callbacks = Vec::new();
    for &w in &list {
        let data = &(*(w as *const Obj<WeakData>)).data;
        data.referent.set(0);
        if data.callback.get().is_some() {
            with_callbacks.push(Value::from_borrowed_ptr(w as *const ObjHeader));
        }
    }
    if with_callbacks.is_empty() {
        return;
    }
    let Some(vm) = crate::vm::Vm::current() else {
        return;
    };
    for wr in with_callbacks.into_iter().rev() {
        let data = &(*(wr.ptr() as *const Obj<WeakData>)).data;
        let cb = data.callback.get_mut().take();
        if let Some(cb) = cb {
            if let Err(e) = vm.call(&cb, &[wr.clone()]) {
                vm.write_unraisable(&e, "Exception ignored in", &cb);
            }
        }
    }
}
