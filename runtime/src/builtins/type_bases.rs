//! Assigning a class's `__bases__`: CPython's checks, then new MROs for the class and every
//! class below it, all computed before any is kept (a failure leaves everything as it was).

use super::type_::{custom_mro, mro_error};
use crate::object::native::Args;
use crate::object::typeobj::{c3_mro, tflags, type_data, TypeObject};
use crate::object::value::Value;
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};

/// `cls.__bases__ = value`.
pub fn type_bases_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let td = unsafe { type_data(cls) };
    let Some(value) = a.pos.get(1) else {
        return Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            td.name()
        )));
    };
    if !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let bases = checked_bases(vm, cls, value)?;
    check_layout(vm, cls, &bases)?;
    // The class and everything below it get new MROs, in an order where each class's
    // bases are done before it (breadth first from `cls`).
    let mut tree = vec![cls.clone()];
    let mut i = 0;
    while i < tree.len() {
        for s in subclasses(&tree[i]) {
            if !tree.iter().any(|t| t.is(&s)) {
                tree.push(s);
            }
        }
        i += 1;
    }
    let old_bases = unsafe { td.bases.get().clone() };
    let saved: Vec<Vec<Value>> = tree
        .iter()
        .map(|t| unsafe { type_data(t) }.mro().to_vec())
        .collect();
    unsafe { *type_data_mut(cls).bases.get_mut() = bases.clone() };
    if let Err(e) = recompute_mros(vm, &tree) {
        unsafe { *type_data_mut(cls).bases.get_mut() = old_bases };
        for (t, m) in tree.iter().zip(saved) {
            unsafe { *type_data_mut(t).mro.get_mut() = m };
        }
        vm.type_modified(cls);
        return Err(e);
    }
    // Move `cls` from its old bases' subclass lists to the new ones'.
    for b in &old_bases {
        unsafe { type_data_mut(b).subclasses.get_mut() }.retain(|p| *p != cls.raw());
    }
    for b in &bases {
        let subs = unsafe { type_data_mut(b).subclasses.get_mut() };
        if !subs.contains(&cls.raw()) {
            subs.push(cls.raw());
        }
    }
    // New version tags (every cache keyed on them dies) and slot flags, for the whole tree.
    vm.type_modified(cls);
    Ok(vm.none.clone())
}

/// The new bases: a non-empty tuple of classes, none of which is `cls` or below it.
fn checked_bases(vm: &Vm, cls: &Value, value: &Value) -> PyResult<Vec<Value>> {
    let name = unsafe { type_data(cls) }.name();
    if !vm.is_exact(value, &vm.types.tuple) {
        return Err(vm.type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            vm.type_name(value)
        )));
    }
    let bases = vm.tuple_items(value).to_vec();
    if bases.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for b in &bases {
        if !vm.is_type(b) {
            return Err(vm.type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                vm.type_name(b)
            )));
        }
        if unsafe { type_data(b) }.mro().iter().any(|t| t.is(cls)) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    Ok(bases)
}

/// The instances of `cls` keep their memory layout, so the new solid base must lay its
/// instances out as the old one did (CPython compares the old `__base__` with the new
/// best base, in these words).
fn check_layout(vm: &Vm, cls: &Value, bases: &[Value]) -> PyResult<()> {
    let td = unsafe { type_data(cls) };
    let Some(old) = td.bases().first().cloned() else {
        return Ok(());
    };
    let new = best_base(bases);
    let (o, n) = unsafe { (type_data(&old), type_data(&new)) };
    let heap = |t: &crate::object::typeobj::TypeData| t.has_flag(tflags::HEAPTYPE);
    let slots = |t: &crate::object::typeobj::TypeData| -> Vec<String> {
        unsafe { t.slot_names.get() }
            .iter()
            .map(|s| vm.str_of(s))
            .collect()
    };
    // Heap types share one deallocator in CPython; a builtin base has its own.
    let dealloc_differs = if heap(o) && heap(n) {
        false
    } else {
        heap(o) != heap(n) || o.dealloc.get() as usize != n.dealloc.get() as usize
    };
    if dealloc_differs {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            n.name(),
            o.name()
        )));
    }
    if o.layout != n.layout
        || o.attrs_offset.get() != n.attrs_offset.get()
        || o.has_flag(tflags::NO_DICT) != n.has_flag(tflags::NO_DICT)
        || slots(o) != slots(n)
    {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            n.name(),
            o.name()
        )));
    }
    Ok(())
}

/// The base whose instance layout the others extend: the first with `__slots__` or a
/// builtin payload, else the first.
fn best_base(bases: &[Value]) -> Value {
    bases
        .iter()
        .find(|b| {
            let d = unsafe { type_data(b) };
            !unsafe { d.slot_names.get() }.is_empty() || !d.has_flag(tflags::HEAPTYPE)
        })
        .unwrap_or(&bases[0])
        .clone()
}

/// The classes directly below `t`, alive.
fn subclasses(t: &Value) -> Vec<Value> {
    unsafe { type_data(t).subclasses.get().clone() }
        .into_iter()
        .map(|p| unsafe { Value::from_borrowed_ptr(p as *const TypeObject as *const _) })
        .collect()
}

/// New MROs for `tree` in its order (C3, or the metaclass's own `mro()`).
fn recompute_mros(vm: &Vm, tree: &[Value]) -> PyResult<()> {
    for t in tree {
        let bases = unsafe { type_data(t) }.bases().to_vec();
        let mro = c3_mro(t, &bases).map_err(|heads| mro_error(vm, &bases, &heads))?;
        unsafe { *type_data_mut(t).mro.get_mut() = mro };
        let meta = vm.type_of(t);
        if !meta.is(&vm.types.type_) {
            custom_mro(vm, &meta, t)?;
        }
    }
    Ok(())
}
