//! Running `__del__` when an instance's count reaches zero (with resurrection).

use crate::object::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

thread_local! {
    /// The objects whose `__del__` has run (PEP 442: it runs at most once), by address.
    /// An object is here only from its finalisation to its free (`forget_finalized`),
    /// which follows at once unless `__del__` resurrected it: the set stays tiny, and
    /// instances spend no word on the flag.
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    /// Whether `FINALIZED` holds anything (read by every free of an instance).
    static ANY_FINALIZED: Cell<bool> = const { Cell::new(false) };
}

/// Marks `p` finalised.
fn mark_finalized(p: *const ObjHeader) {
    ANY_FINALIZED.with(|a| a.set(true));
    FINALIZED.with(|s| s.borrow_mut().insert(p as usize));
}

/// Whether `__del__` has run on the object at `p` (`gc.is_finalized`).
pub fn is_finalized(p: *const ObjHeader) -> bool {
    ANY_FINALIZED.with(|a| a.get()) && FINALIZED.with(|s| s.borrow().contains(&(p as usize)))
}

/// The object at `p` is being freed: a later object at its address is a new one.
#[inline]
pub fn forget_finalized(p: *const ObjHeader) {
    if ANY_FINALIZED.with(|a| a.get()) {
        FINALIZED.with(|s| {
            let mut s = s.borrow_mut();
            s.remove(&(p as usize));
            if s.is_empty() {
                ANY_FINALIZED.with(|a| a.set(false));
            }
        });
    }
}

/// Runs `__del__` on an object the cycle collector found unreachable (once per object).
pub fn finalize_garbage(vm: &super::Vm, obj: &Value) {
    if !vm
        .type_data_of(obj)
        .has_flag(crate::object::typeobj::tflags::HAS_FINALIZER)
    {
        return;
    }
    let Some(h) = obj.header() else { return };
    let tracked = vm.attrs_of(obj).is_some();
    if tracked && is_finalized(h) {
        return;
    }
    if let Some(f) = vm.lookup_special(obj, &vm.names.del) {
        if let Err(e) = vm.call_bound_special(&f, obj, &[]) {
            vm.write_unraisable(&e, "Exception ignored in", &f);
        }
    }
    // (Marked after the call, as CPython does: `gc.is_finalized` is False inside it.)
    if tracked {
        mark_finalized(h);
    }
}

/// Calls `__del__` on a dying object. Returns true if the object was resurrected
/// (a new reference escaped), in which case it must not be freed.
///
/// # Safety
/// `p` is an object whose count just reached zero.
pub unsafe fn run_del(p: *mut ObjHeader) -> bool {
    let Some(vm) = super::Vm::current() else {
        return false;
    };
    // Hold a temporary reference while __del__ runs.
    (*p).refcnt.set(1);
    let obj = Value::from_owned_ptr(p);
    let tracked = vm.attrs_of(&obj).is_some();
    if tracked && is_finalized(p) {
        (*p).refcnt.set(0);
        std::mem::forget(obj);
        return false;
    }
    if let Some(f) = vm.lookup_special(&obj, &vm.names.del) {
        if let Err(e) = vm.call_bound_special(&f, &obj, &[]) {
            vm.write_unraisable(&e, "Exception ignored in", &f);
        }
    }
    if tracked {
        mark_finalized(p);
    }
    let n = (*p).refcnt.get() - 1;
    (*p).refcnt.set(n);
    std::mem::forget(obj);
    n > 0
}
