//! The `_weakref` module: the `ref` type (weak references with callbacks) and the
//! counting helpers that `weakref.py` builds its containers on.

use crate::bytecode::CmpOp;
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::typeobj::tflags;
use crate::object::value::{PyCell, Value};
use crate::object::weakref::{self, WeakData};
use crate::stdlib::registry_data::native_type::{add_fn, add_value, methods, new_type, set_new};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

impl Container for WeakData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        // SAFETY: single-threaded; no borrow outlives this call.
        if let Some(c) = unsafe { self.callback.get() } {
            f(c);
        }
    }
    fn clear_refs(&self) {
        // SAFETY: as above.
        drop(unsafe { self.callback.get_mut().take() });
    }
}

thread_local! {
    static REF_TYPE: Cell<usize> = const { Cell::new(0) };
}

fn data(v: &Value) -> &WeakData {
    // SAFETY: callers checked that `v` is a `ref`; a subclass's instance holds the payload
    // first (`layout_for`).
    unsafe { v.payload::<WeakData>() }
}

/// Whether `v` is a `ref` (of any subclass).
fn is_ref(vm: &Vm, v: &Value) -> bool {
    let t = REF_TYPE.with(|t| t.get());
    vm.type_ptr(v) as usize == t
        || (vm.type_data_of(v).has_flag(tflags::HEAPTYPE)
            && vm.type_data_of(v).mro().iter().any(|c| c.raw() == t))
}

fn this<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    match a.pos.first() {
        Some(v) if is_ref(vm, v) => Ok(v),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object"
        ))),
    }
}

fn check_target(vm: &Vm, obj: &Value) -> PyResult<()> {
    // Every class statement's type is flagged weakrefable; as in CPython, a class whose
    // `__slots__` (its own and its bases') leave out `__weakref__` is not. Such a class is
    // the one left without a `__weakref__` descriptor.
    // (A built-in base that is weakly referenceable itself, such as frozenset or type,
    // gives its subclasses the slot whatever their `__slots__`.)
    let no_slot = || {
        let td = vm.type_data_of(obj);
        td.has_flag(tflags::HEAPTYPE)
            && vm
                .lookup(&vm.type_of(obj), &vm.intern("__weakref__"))
                .is_none()
            && !td.mro().iter().any(|c| {
                // SAFETY: every entry of an MRO is a type.
                let cd = unsafe { crate::object::typeobj::type_data(c) };
                !cd.has_flag(tflags::HEAPTYPE) && cd.has_flag(tflags::WEAKREFABLE)
            })
    };
    if obj.is_small() || !vm.type_data_of(obj).has_flag(tflags::WEAKREFABLE) || no_slot() {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(obj)
        )));
    }
    Ok(())
}

/// `ref(obj[, callback])`: a reference without callback is shared, as in CPython.
fn ref_new(vm: &Vm, a: Args) -> PyResult<Value> {
    // Keywords are ignored here (ref's own __init__ refuses them; a subclass's __init__
    // may take its own), as CPython's `__new__` only unpacks the positional arguments.
    let (obj, cb) = ref_args(vm, &a.pos[1..], "__new__")?;
    check_target(vm, &obj)?;
    let cb = cb.filter(|c| !c.is(&vm.none));
    let ty = a.pos[0].clone();
    let exact = ty.raw() == REF_TYPE.with(|t| t.get());
    if cb.is_none() && exact {
        for w in weakref::refs_to(&obj) {
            let plain = vm.type_ptr(&w) as usize == ty.raw();
            if plain && unsafe { data(&w).callback.get() }.is_none() {
                return Ok(w);
            }
        }
    }
    let payload = WeakData {
        referent: Cell::new(obj.raw()),
        callback: PyCell::new(cb),
        hash: Cell::new(None),
    };
    // A subclass's instance (never shared, as in CPython) also has attributes.
    let w = crate::stdlib::registry_data::native_type::new_obj(vm, &ty, payload);
    weakref::register(&obj, &w);
    Ok(w)
}

/// The object and the optional callback from 1 or 2 positional arguments.
fn ref_args(vm: &Vm, pos: &[Value], fname: &str) -> PyResult<(Value, Option<Value>)> {
    match pos {
        [obj] => Ok((obj.clone(), None)),
        [obj, cb] => Ok((obj.clone(), Some(cb.clone()))),
        [] => Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        _ => Err(vm.type_error(format!(
            "{fname} expected at most 2 arguments, got {}",
            pos.len()
        ))),
    }
}

/// `ref.__init__`: the arguments were used by `__new__`; only their shape is checked.
fn ref_init(vm: &Vm, a: Args) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    ref_args(vm, &a.pos[1..], "__init__")?;
    Ok(vm.none.clone())
}

fn ref_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let w = this(vm, &a, "__call__")?;
    crate::stdlib::registry_data::native_type::no_kw(vm, &a, "weakref")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(data(w).get().unwrap_or_else(|| vm.none.clone()))
}

fn ref_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let w = this(vm, &a, "__hash__")?;
    let d = data(w);
    if let Some(h) = d.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(obj) = d.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    d.hash.set(Some(h));
    Ok(vm.new_int(h))
}

fn ref_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    let w = this(vm, &a, "__eq__")?;
    let Some(other) = a.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if !is_ref(vm, other) {
        return Ok(vm.not_implemented.clone());
    }
    match (data(w).get(), data(other).get()) {
        (Some(x), Some(y)) => vm.compare(&x, &y, op),
        _ => {
            let same = w.is(other);
            Ok(vm.bool_val(if matches!(op, CmpOp::Eq) { same } else { !same }))
        }
    }
}

fn ref_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    ref_cmp(vm, a, CmpOp::Eq)
}

fn ref_ne(vm: &Vm, a: Args) -> PyResult<Value> {
    ref_cmp(vm, a, CmpOp::Ne)
}

fn ref_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let w = this(vm, &a, "__repr__")?;
    Ok(vm.new_str(match data(w).get() {
        None => format!("<weakref at {:#x}; dead>", w.raw()),
        Some(obj) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            w.raw(),
            vm.type_name(&obj),
            obj.raw()
        ),
    }))
}

fn ref_callback(vm: &Vm, a: Args) -> PyResult<Value> {
    let w = this(vm, &a, "__callback__")?;
    Ok(unsafe { data(w).callback.get() }
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn getweakrefcount(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getweakrefcount", 1, 1)?;
    Ok(vm.new_int_usize(weakref::refs_to(&a.pos[0]).len()))
}

fn getweakrefs(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getweakrefs", 1, 1)?;
    Ok(vm.new_list(weakref::refs_to(&a.pos[0])))
}

/// Builds `_weakref`; also marks the builtin types CPython lets weak references target.
pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_weakref");
    for ty in [
        &vm.types.type_,
        &vm.types.function,
        &vm.types.set,
        &vm.types.frozenset,
        &vm.types.module,
        // (asyncio keeps the async generators it runs in a WeakSet.)
        &vm.types.async_generator,
    ] {
        // SAFETY: setting a flag on a live builtin type.
        let td = unsafe { type_data_mut(ty) };
        td.flags.set(td.flags.get() | tflags::WEAKREFABLE);
    }
    let ty = new_type::<WeakData>(vm, "weakref", "ReferenceType");
    // (WeakMethod and user classes derive from ref.)
    crate::stdlib::registry_data::native_type::allow_subclasses::<WeakData>(&ty);
    REF_TYPE.with(|t| t.set(ty.raw()));
    set_new(vm, &ty, ref_new);
    methods(
        vm,
        &ty,
        &[
            ("__call__", ref_call as crate::object::native::NativeFn),
            ("__init__", ref_init),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
    vm.add_getset(&ty, "__callback__", ref_callback, None);
    add_value(vm, &m, "ref", ty.clone());
    add_value(vm, &m, "ReferenceType", ty);
    add_fn(vm, &m, "getweakrefcount", getweakrefcount);
    add_fn(vm, &m, "getweakrefs", getweakrefs);
    Ok(m)
}
