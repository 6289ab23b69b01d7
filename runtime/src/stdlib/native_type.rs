//! Helpers for standard-library modules written in Rust: type objects made at import time
//! (for `itertools.count`, `operator.itemgetter`, `collections.deque`...), their instances,
//! and argument parsing shared by those modules.

use crate::object::native::{Args, MethodKind, NativeFn};
use crate::object::traverse::{hooks, Container};
use crate::object::typeobj::{dealloc_of, Layout, TypeData};
use crate::object::value::{alloc, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};

/// A new type whose instances carry payload `P`. The type is immortal (one reference is
/// leaked) because its instances do not own a reference to it.
pub fn new_type<P: Container>(vm: &Vm, module: &str, name: &str) -> Value {
    let dict = vm.new_dict();
    vm.dict_set_str(vm.as_dict(&dict).unwrap(), "__module__", vm.new_str(module));
    vm.dict_set_str(vm.as_dict(&dict).unwrap(), "__doc__", vm.none.clone());
    let mut td = TypeData::new(name, Layout::Opaque, dict, dealloc_of::<P>());
    // A C type of CPython's: errors name it with its module (`itertools.count`).
    if module != "builtins" {
        td.tp_name = crate::object::value::PyCell::new(Some(format!("{module}.{name}")));
    }
    let (t, c) = hooks::<P>();
    td.traverse.set(t);
    td.clear.set(c);
    let ty = alloc(vm.types.type_.ptr() as *const _, td);
    // SAFETY: the type was just made; nothing else refers to it yet.
    unsafe {
        *type_data_mut(&ty).bases.get_mut() = vec![vm.types.object.clone()];
        *type_data_mut(&ty).mro.get_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    std::mem::forget(ty.clone());
    ty
}

/// A new instance of the native type `ty` (tracked by the cycle collector), or of a heap
/// subclass of it (made subclassable by `allow_subclasses`): the payload, then attributes.
pub fn new_obj<P>(vm: &Vm, ty: &Value, payload: P) -> Value {
    // SAFETY: types' data is read only.
    if unsafe { crate::object::typeobj::type_data(ty) }
        .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
    {
        vm.new_instance(ty, payload)
    } else {
        vm.alloc_instance(ty, payload)
    }
}

/// Lets Python classes derive from the native type `ty` (payload `P`): their instances
/// hold the payload first (so the type's methods read it), then their attributes.
pub fn allow_subclasses<P: Container>(ty: &Value) {
    // SAFETY: called while the type is being made; nothing reads its flags concurrently.
    let td = unsafe { crate::vm::init::type_data_mut(ty) };
    td.sub_layout
        .set(Some(crate::object::traverse::layout_for::<P>));
    td.flags
        .set(td.flags.get() | crate::object::typeobj::tflags::BASETYPE);
}

/// True when `v` is an instance of the native type `ty` (exactly: these types have no subclasses).
pub fn is_of(vm: &Vm, v: &Value, ty: &Value) -> bool {
    vm.type_ptr(v) as usize == ty.raw()
}

/// Adds methods to a type.
pub fn methods(vm: &Vm, ty: &Value, list: &[(&'static str, NativeFn)]) {
    for (n, f) in list {
        vm.add_method(ty, n, *f);
    }
}

/// Sets `__new__` (a static method receiving the class first).
pub fn set_new(vm: &Vm, ty: &Value, f: NativeFn) {
    vm.add_method_kind(ty, "__new__", f, MethodKind::Static);
}

/// The type named `name` in the already-imported module `module`.
pub fn module_type(vm: &Vm, module: &str, name: &str) -> PyResult<Value> {
    let md = vm.as_dict(&vm.modules).unwrap();
    let m = vm
        .dict_get_str_key(md, module)
        .ok_or_else(|| vm.runtime_error(format!("module {module} is gone")))?;
    let d = vm
        .module_dict(&m)
        .ok_or_else(|| vm.runtime_error(format!("module {module} is gone")))?;
    vm.dict_get_str_key(vm.as_dict(&d).unwrap(), name)
        .ok_or_else(|| vm.runtime_error(format!("{module}.{name} is gone")))
}

/// Puts a builtin function into a module dict.
pub fn add_fn(vm: &Vm, m: &Value, name: &'static str, f: NativeFn) {
    let d = vm.module_dict(m).unwrap();
    let func = crate::object::native::new_builtin(vm, name, f, None);
    vm.dict_set_str(vm.as_dict(&d).unwrap(), name, func);
}

/// Puts a value into a module dict.
pub fn add_value(vm: &Vm, m: &Value, name: &str, v: Value) {
    let d = vm.module_dict(m).unwrap();
    vm.dict_set_str(vm.as_dict(&d).unwrap(), name, v);
}

/// Positional-or-keyword arguments by name: `spec` lists the parameter names in order;
/// returns one slot per name. Errors follow CPython's argument-clinic wording.
pub fn parse_args(
    vm: &Vm,
    a: &Args,
    fname: &str,
    spec: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if a.pos.len() + a.kwnames.len() > spec.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            spec.len(),
            if spec.len() == 1 { "" } else { "s" },
            a.pos.len() + a.kwnames.len()
        )));
    }
    bind_named(vm, a, fname, spec, required)
}

/// One slot per name in `spec`, filled from positional and keyword arguments, with the
/// first `required` checked present (argument-clinic wording). Counts are checked by the caller.
pub fn bind_named(
    vm: &Vm,
    a: &Args,
    fname: &str,
    spec: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    bind_named_posonly(vm, a, fname, spec, 0, required)
}

/// `bind_named` where the first `posonly` parameters cannot be given by keyword (a keyword
/// with one of their names is an invalid keyword, as argument clinic words it).
pub fn bind_named_posonly(
    vm: &Vm,
    a: &Args,
    fname: &str,
    spec: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; spec.len()];
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        let ks = vm.str_of(k);
        match spec.iter().skip(posonly).position(|s| *s == ks) {
            Some(j) => {
                let i = j + posonly;
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{ks}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                spec[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Fails with CPython's `_PyArg_NoKeywords` message when keywords were passed.
pub fn no_kw(vm: &Vm, a: &Args, fname: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// CPython's `_PyArg_CheckPositional` for `n` positional arguments.
pub fn check_positional(vm: &Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{fname} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{fname} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// In a `__new__`, checks that the class argument is the native type `module.name` itself
/// (these types cannot be subclassed, and a foreign class would get the wrong payload).
pub fn check_cls(vm: &Vm, cls: &Value, module: &str, name: &str) -> PyResult<()> {
    if vm.is_type(cls) {
        let td = unsafe { crate::object::typeobj::type_data(cls) };
        let same_module = vm
            .dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "__module__")
            .map(|m| vm.str_eq(&m, module))
            .unwrap_or(false);
        if td.layout == Layout::Opaque
            && !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE)
            && td.name() == name
            && same_module
        {
            return Ok(());
        }
        return Err(vm.type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            td.name(),
            td.name()
        )));
    }
    Err(vm.type_error(format!(
        "{name}.__new__(X): X is not a type object ({})",
        vm.type_name(cls)
    )))
}

/// An iterator payload: `next` gives the next item or None at the end.
pub trait NativeIter: Container + 'static {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>>;
}

/// `__next__` of a native iterator type.
pub fn next_of<P: NativeIter>(vm: &Vm, a: Args) -> PyResult<Value> {
    // SAFETY: the method descriptor checked that self is an instance of the type.
    let d = unsafe { a.pos[0].payload::<P>() };
    match d.next(vm)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn iter_self(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

/// Makes an iterator type `module.name` with payload `P` and puts it in module `m`.
pub fn iter_type<P: NativeIter>(
    vm: &Vm,
    m: &Value,
    module: &str,
    name: &str,
    new: NativeFn,
) -> Value {
    let ty = iter_type_with::<P>(vm, m, module, name, new, next_of::<P>);
    unsafe { crate::object::typeobj::type_data(&ty) }
        .native_next
        .set(Some(native_next_of::<P>));
    ty
}

/// `Vm::next` of a native iterator type (see `TypeData::native_next`).
fn native_next_of<P: NativeIter>(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: only called for instances of the exact type `iter_type` made for P.
    unsafe { it.payload::<P>() }.next(vm)
}

/// Like `iter_type`, with an explicit `__next__` (for iterators that need their own object).
pub fn iter_type_with<P: Container>(
    vm: &Vm,
    m: &Value,
    module: &str,
    name: &str,
    new: NativeFn,
    next: NativeFn,
) -> Value {
    let ty = new_type::<P>(vm, module, name);
    set_new(vm, &ty, new);
    vm.add_method(&ty, "__iter__", iter_self);
    vm.add_method(&ty, "__next__", next);
    add_value(vm, m, name, ty.clone());
    ty
}
