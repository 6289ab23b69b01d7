//! Choices a new class's bases force on it: the most derived metaclass (CPython's
//! `_PyType_CalculateMetaclass`) and the one base whose `__slots__` layout it extends.

use crate::object::typeobj::{type_data, Layout};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

const META_CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/// The most derived of `meta` and the bases' types: each must be a subclass of it or
/// it of them, else the metaclass conflict error.
pub(crate) fn most_derived_meta(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if vm.is_subtype(&winner, &bt) {
            continue;
        }
        if vm.is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(META_CONFLICT));
    }
    Ok(winner)
}

/// The slots of `t` that take room in its instances' layout: as CPython's
/// `extra_ivars`, a `__weakref__` slot does not count.
fn layout_slots(vm: &Vm, t: &Value) -> usize {
    unsafe { type_data(t).slot_names.get() }
        .iter()
        .filter(|s| vm.str_ref(s) != "__weakref__")
        .count()
}

/// How many layout slots `t` adds to those of the base that has most.
fn own_slots(vm: &Vm, t: &Value) -> usize {
    let inherited = unsafe { type_data(t) }
        .bases()
        .iter()
        .map(|b| layout_slots(vm, b))
        .max()
        .unwrap_or(0);
    layout_slots(vm, t).saturating_sub(inherited)
}

/// The class in `b`'s MRO that last added slots (CPython's "solid base" among classes
/// with `__slots__`).
fn slots_solid(vm: &Vm, b: &Value) -> Value {
    let mro = unsafe { type_data(b) }.mro().to_vec();
    mro.into_iter()
        .find(|t| own_slots(vm, t) > 0)
        .unwrap_or_else(|| b.clone())
}

/// The base whose slots the new class inherits (None when no base has any): the
/// bases' slot layouts must all be prefixes of that one's, as in CPython, where
/// two bases that each add slots of their own, or slots with a builtin's instance
/// data (`layout`), cannot share one instance lay-out.
pub(crate) fn slots_base(vm: &Vm, bases: &[Value], layout: Layout) -> PyResult<Option<Value>> {
    let mut winner: Option<(Value, Value)> = None;
    for b in bases {
        if layout_slots(vm, b) == 0 {
            continue;
        }
        let solid = slots_solid(vm, b);
        winner = match winner {
            None => Some((b.clone(), solid)),
            Some((wb, ws)) if vm.is_subtype(&ws, &solid) => Some((wb, ws)),
            Some((_, ws)) if vm.is_subtype(&solid, &ws) => Some((b.clone(), solid)),
            Some(_) => return Err(layout_conflict(vm)),
        };
    }
    if let Some((_, solid)) = &winner {
        let sl = unsafe { type_data(solid) }.layout;
        if layout != Layout::Object && layout != Layout::Opaque && sl != layout {
            return Err(layout_conflict(vm));
        }
    }
    Ok(winner.map(|(b, _)| b))
}

#[cold]
fn layout_conflict(vm: &Vm) -> crate::vm::PyErr {
    vm.type_error("multiple bases have instance lay-out conflict")
}
