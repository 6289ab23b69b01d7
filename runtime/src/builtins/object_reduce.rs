//! `object`'s default ordering methods (all NotImplemented), `__sizeof__`, and the pickling
//! protocol: `__getstate__`, `__reduce__`, `__reduce_ex__` (the reductions themselves come
//! from the `pickle` module's default reduction, as CPython takes them from `copyreg`).

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = vm.types.object.clone();
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&t, name, |vm, a| {
            crate::builtins::str::args::check_one(vm, &a, "__lt__")?;
            Ok(vm.not_implemented.clone())
        });
    }
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "object.__sizeof__")?;
        // The header, plus a Python class's `__slots__` and its weakref slot (the instance
        // dict is kept before the object, as in CPython 3.11).
        use crate::object::typeobj::tflags;
        let t = vm.type_of(&a.pos[0]);
        let td = unsafe { crate::object::typeobj::type_data(&t) };
        if !td.has_flag(tflags::HEAPTYPE) {
            return Ok(vm.new_int(16));
        }
        let names = unsafe { td.slot_names.get().clone() };
        let special = |n: &Value| vm.str_eq(n, "__weakref__") || vm.str_eq(n, "__dict__");
        let slots = names.iter().filter(|n| !special(n)).count();
        // A weakref slot comes with a class that has no `__slots__`, or lists `__weakref__`.
        let mro = unsafe { td.mro.get().clone() };
        let weak = names.iter().any(|n| vm.str_eq(n, "__weakref__"))
            || mro.iter().any(|c| {
                let cd = unsafe { crate::object::typeobj::type_data(c) };
                cd.has_flag(tflags::HEAPTYPE)
                    && vm
                        .as_dict(&cd.dict)
                        .is_some_and(|d| vm.dict_get_str_key(d, "__slots__").is_none())
            });
        Ok(vm.new_int_usize(16 + 8 * slots + if weak { 8 } else { 0 }))
    });
    vm.add_method(&t, "__getstate__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "object.__getstate__")?;
        getstate(vm, &a.pos[0])
    });
    vm.add_method(&t, "__reduce__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "object.__reduce__")?;
        reduce_ex(vm, &a.pos[0], 0)
    });
    vm.add_method(&t, "__reduce_ex__", reduce_ex_method);
}

/// The instance dict (None when absent or empty), paired with the slot values when the
/// class has slots.
fn getstate(vm: &Vm, x: &Value) -> PyResult<Value> {
    let dict = vm.getattr_opt(x, &vm.intern("__dict__"))?;
    let state = match dict {
        Some(d) if vm.as_dict(&d).is_some() && vm.truthy(&d)? => d,
        _ => vm.none.clone(),
    };
    let cls = vm.type_of(x);
    // (`copyreg._slotnames` caches the names in the class's `__slotnames__`, as CPython.)
    let copyreg = vm.import_module("copyreg")?;
    let names = vm.call(&vm.getattr(&copyreg, &vm.intern("_slotnames"))?, &[cls])?;
    let names = vm.collect(&names)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict();
    for n in names {
        if let Some(v) = vm.getattr_opt(x, &n)? {
            vm.setitem(&slots, &n, v)?;
        }
    }
    if !vm.truthy(&slots)? {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

fn reduce_ex_method(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_one(vm, &a, "object.__reduce_ex__")?;
    if !vm.is_int(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a.pos[1])
        )));
    }
    let proto = vm.int_to_i64(&a.pos[1])?;
    // A class's own `__reduce__` wins over the default reduction.
    let own = vm.lookup(&vm.type_of(&a.pos[0]), &vm.intern("__reduce__"));
    let base = vm.lookup(&vm.types.object, &vm.intern("__reduce__"));
    if let (Some(f), Some(b)) = (own, base) {
        if !f.is(&b) {
            let m = vm.getattr(&a.pos[0], &vm.intern("__reduce__"))?;
            return vm.call(&m, &[]);
        }
    }
    reduce_ex(vm, &a.pos[0], proto)
}

/// The default reduction, as the `pickle` module computes it (`copyreg._reduce_ex` below
/// protocol 2, else the `__newobj__` form; the builtin types' own reductions).
fn reduce_ex(vm: &Vm, x: &Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        if let Some(r) = plain_reduce(vm, x)? {
            return Ok(r);
        }
    }
    let pickle = vm.import_module("pickle")?;
    let f = vm.getattr(&pickle, &vm.intern("_default_reduce"))?;
    vm.call(&f, &[x.clone(), vm.new_int(proto)])
}

/// The default reduction (protocol 2 and up) of a plain instance: of a Python class whose
/// instances `object.__new__` makes, with no `__getnewargs_ex__`, `__getnewargs__` or
/// `__getstate__` of its own. As CPython's `reduce_newobj`: `(copyreg.__newobj__,
/// (cls,), state, None, None)`, the state being the instance dict (None when empty),
/// paired with the slot values when the class has slots. None for any other object,
/// which `pickle`'s default reduction handles.
fn plain_reduce(vm: &Vm, x: &Value) -> PyResult<Option<Value>> {
    use crate::object::typeobj::{tflags, type_data, Layout};
    let cls = vm.type_of(x);
    let td = unsafe { type_data(&cls) };
    if !(td.has_flag(tflags::HEAPTYPE) && td.has_flag(tflags::NEW_IS_OBJECT))
        || td.layout != Layout::Object
    {
        return Ok(None);
    }
    for hook in ["__getnewargs_ex__", "__getnewargs__"] {
        if vm.lookup(&cls, &vm.intern(hook)).is_some() {
            return Ok(None);
        }
    }
    let getstate_name = vm.intern("__getstate__");
    match (
        vm.lookup(&cls, &getstate_name),
        vm.lookup(&vm.types.object, &getstate_name),
    ) {
        (Some(own), Some(base)) if own.is(&base) => {}
        _ => return Ok(None),
    }
    let state = getstate(vm, x)?;
    let copyreg = vm.import_module("copyreg")?;
    let newobj = vm.getattr(&copyreg, &vm.intern("__newobj__"))?;
    Ok(Some(vm.new_tuple(vec![
        newobj,
        vm.new_tuple(vec![cls]),
        state,
        vm.none.clone(),
        vm.none.clone(),
    ])))
}
