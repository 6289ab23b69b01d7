//! Running `__del__` when an instance's count reaches zero (with resurrection).

use crate::object::value::{ObjHeader, Value};

/// Runs `__del__` on an object the cycle collector found unreachable (once per object).
pub fn finalize_garbage(vm: &super::Vm, obj: &Value) {
    if !vm
        .type_data_of(obj)
        .has_flag(crate::object::typeobj::tflags::HAS_FINALIZER)
    {
        return;
    }
    if let Some(a) = vm.attrs_of(obj) {
        if a.finalized.replace(true) {
            return;
        }
    }
    if let Some(f) = vm.lookup_special(obj, &vm.names.del) {
        if let Err(e) = vm.call_bound_special(&f, obj, &[]) {
            vm.write_unraisable(&e, "Exception ignored in", &f);
        }
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
    let first = match vm.attrs_of(&obj) {
        Some(a) => !a.finalized.replace(true),
        None => true,
    };
    if !first {
        (*p).refcnt.set(0);
        std::mem::forget(obj);
        return false;
    }
    if let Some(f) = vm.lookup_special(&obj, &vm.names.del) {
        if let Err(e) = vm.call_bound_special(&f, &obj, &[]) {
            vm.write_unraisable(&e, "Exception ignored in", &f);
        }
    }
    let n = (*p).refcnt.get() - 1;
    (*p).refcnt.set(n);
    std::mem::forget(obj);
    n > 0
}
