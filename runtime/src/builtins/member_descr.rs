//! The Python-visible face of `member_descriptor` (`__slots__` members) and
//! `getset_descriptor` (computed attributes of builtin types): repr, `__name__`,
//! `__qualname__`, `__objclass__` and explicit `__get__`/`__set__`/`__delete__` calls.
//! Attribute access itself never comes here: the VM handles both kinds directly.

use crate::object::misc::{GetSetData, MemberData};
use crate::object::native::Args;
use crate::object::typeobj::type_data;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// The descriptor's name and owning class, whichever kind it is.
fn parts(vm: &Vm, d: &Value) -> (String, Value) {
    if vm.is_exact(d, &vm.types.member_descriptor) {
        let m = unsafe { d.payload::<MemberData>() };
        (vm.str_of(&m.name), m.owner.clone())
    } else {
        let g = unsafe { d.payload::<GetSetData>() };
        (g.name.to_string(), g.owner.clone())
    }
}

fn owner_name(owner: &Value) -> String {
    unsafe { type_data(owner) }.name().to_string()
}

/// Explicit calls must check the instance's type: the native getters and setters read
/// their object's payload as the owner's layout.
fn check_applies(vm: &Vm, d: &Value, obj: &Value) -> PyResult<()> {
    let (name, owner) = parts(vm, d);
    if vm.isinstance_type(obj, &owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        owner_name(&owner),
        vm.type_name(obj)
    )))
}

fn d_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = &a.pos[0];
    let (name, owner) = parts(vm, d);
    let kind = if vm.is_exact(d, &vm.types.member_descriptor) {
        "member"
    } else {
        "attribute"
    };
    Ok(vm.new_str(format!(
        "<{kind} '{name}' of '{}' objects>",
        owner_name(&owner)
    )))
}

fn d_name(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(parts(vm, &a.pos[0]).0))
}

fn d_qualname(vm: &Vm, a: Args) -> PyResult<Value> {
    let (name, owner) = parts(vm, &a.pos[0]);
    let tq = unsafe { type_data(&owner).qualname.get().clone() };
    Ok(vm.new_str(format!("{tq}.{name}")))
}

fn d_objclass(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(parts(vm, &a.pos[0]).1)
}

fn d_get(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__get__", 2, 3)?;
    let d = &a.pos[0];
    let owner = a.pos.get(2).filter(|t| !vm.is_none(t));
    if vm.is_none(&a.pos[1]) {
        return match owner {
            Some(_) => Ok(d.clone()),
            None => Err(vm.type_error("__get__(None, None) is invalid")),
        };
    }
    let obj = &a.pos[1];
    check_applies(vm, d, obj)?;
    let ty = vm.type_of(obj);
    vm.descr_get(d, Some(obj), owner.unwrap_or(&ty))
}

/// `__set__` (value given) or `__delete__` on `obj`, as an assignment through the
/// descriptor would do.
fn store(vm: &Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    check_applies(vm, d, obj)?;
    vm.descr_set(d, obj, value).map(|_| vm.none.clone())
}

fn d_set(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__set__", 3, 3)?;
    store(vm, &a.pos[0], &a.pos[1], Some(a.pos[2].clone()))
}

fn d_delete(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__delete__", 2, 2)?;
    store(vm, &a.pos[0], &a.pos[1], None)
}

pub fn init(vm: &Vm) {
    for t in [
        vm.types.member_descriptor.clone(),
        vm.types.getset_descriptor.clone(),
    ] {
        vm.add_getset(&t, "__name__", d_name, None);
        vm.add_getset(&t, "__qualname__", d_qualname, None);
        vm.add_getset(&t, "__objclass__", d_objclass, None);
        // Not object's docstring, which the type would otherwise inherit.
        vm.add_getset(&t, "__doc__", |vm, _a| Ok(vm.none.clone()), None);
        vm.add_method(&t, "__repr__", d_repr);
        vm.add_method(&t, "__get__", d_get);
        vm.add_method(&t, "__set__", d_set);
        vm.add_method(&t, "__delete__", d_delete);
    }
}
