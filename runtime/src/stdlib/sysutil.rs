//! Small helpers shared by the system-area Rust modules (time, posix, json, random):
//! building a module from a function table, immortal internal types, and argument reading.

use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::typeobj::{dealloc_of, Layout, TypeData};
use crate::object::value::{alloc, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};

/// A new module `name` holding the given functions.
pub fn module(vm: &Vm, name: &str, fns: &[(&'static str, NativeFn)]) -> Value {
    let m = vm.new_module(name);
    for (n, f) in fns {
        set(vm, &m, n, new_builtin(vm, n, *f, None));
    }
    m
}

/// Sets `m.name = v` on a module.
pub fn set(vm: &Vm, m: &Value, name: &str, v: Value) {
    if let Some(d) = vm.module_dict(m) {
        if let Some(dd) = vm.as_dict(&d) {
            vm.dict_set_str(dd, name, v);
        }
    }
}

/// A new non-subclassable type whose instances carry payload `P` (which holds no Python
/// references). The type is immortal: instances do not own a reference to it.
pub fn opaque_type<P>(vm: &Vm, module: &str, name: &str) -> Value {
    let dict = vm.new_dict();
    if let Some(dd) = vm.as_dict(&dict) {
        vm.dict_set_str(dd, "__module__", vm.new_str(module));
        vm.dict_set_str(dd, "__doc__", vm.none.clone());
    }
    let td = TypeData::new(name, Layout::Opaque, dict, dealloc_of::<P>());
    let ty = alloc(vm.types.type_.ptr() as *const _, td);
    // SAFETY: the type was just made; nothing else refers to it yet.
    unsafe {
        *type_data_mut(&ty).bases.get_mut() = vec![vm.types.object.clone()];
        *type_data_mut(&ty).mro.get_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    std::mem::forget(ty.clone());
    ty
}

/// True when `v`'s type is exactly `ty`.
pub fn is_of(vm: &Vm, v: &Value, ty: &Value) -> bool {
    vm.type_ptr(v) as usize == ty.raw()
}

/// Arguments by name, as CPython's argument clinic reads them: `spec` lists the parameters
/// in order, the first `max_pos` may be given by position, the first `required` must be
/// given. Returns one slot per name.
pub fn parse(
    vm: &Vm,
    a: &Args,
    fname: &str,
    spec: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = a.pos.len();
    let given = npos + a.kwnames.len();
    if given > spec.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({given} given)",
            spec.len(),
            if npos == 0 { "keyword " } else { "" },
            plural(spec.len())
        )));
    }
    if npos > max_pos {
        let how = if required < max_pos {
            "at most"
        } else {
            "exactly"
        };
        let msg = if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {how} {max_pos} positional argument{} ({npos} given)",
                plural(max_pos)
            )
        };
        return Err(vm.type_error(msg));
    }
    crate::stdlib::registry_data::native_type::bind_named(vm, a, fname, spec, required)
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A str argument, or CPython's `f() argument N must be str, not T`.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, argn: usize) -> PyResult<&'a str> {
    if vm.is_str(v) {
        return Ok(vm.str_ref(v));
    }
    Err(vm.type_error(format!(
        "{fname}() argument {argn} must be str, not {}",
        crate::builtins::str::args::arg_type_name(vm, v)
    )))
}

/// A C `int` argument (`'x' object cannot be interpreted as an integer`, overflow messages).
pub fn c_int(vm: &Vm, v: &Value) -> PyResult<i32> {
    if vm.as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index(v)?;
    match vm.as_int(&i).and_then(|r| r.to_i64()) {
        Some(n) if n > i32::MAX as i64 => {
            Err(vm.overflow_error("signed integer is greater than maximum"))
        }
        Some(n) if n < i32::MIN as i64 => {
            Err(vm.overflow_error("signed integer is less than minimum"))
        }
        Some(n) => Ok(n as i32),
        None => {
            if vm.as_int(&i).map(|r| r.is_negative()).unwrap_or(false) {
                Err(vm.overflow_error("signed integer is less than minimum"))
            } else {
                Err(vm.overflow_error("signed integer is greater than maximum"))
            }
        }
    }
}

/// A C `long` argument (`Python int too large to convert to C long`).
pub fn c_long(vm: &Vm, v: &Value) -> PyResult<i64> {
    if vm.as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index(v)?;
    vm.as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// Argument-count check worded as CPython's `PyArg_ParseTuple` words it
/// (`f() takes at most 1 argument (3 given)`); no keywords.
pub fn arity(vm: &Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    Err(vm.type_error(format!(
        "{name}() takes {how} {k} argument{} ({n} given)",
        plural(k)
    )))
}

/// A C `int` as argument clinic converts it (`Python int too large to convert to C int`).
pub fn clinic_int(vm: &Vm, v: &Value) -> PyResult<i32> {
    let i = vm.index(v)?;
    vm.as_int(&i)
        .and_then(|r| r.to_i64())
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// A C `Py_ssize_t` as argument clinic converts it.
pub fn clinic_ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    vm.as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// Positional-only argument count check worded as `_PyArg_CheckPositional`
/// (`read expected 2 arguments, got 0`), with `mod.f() takes no keyword arguments`.
pub fn positional(
    vm: &Vm,
    a: &Args,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}
