//! `coroutine.__await__()`: the `coroutine_wrapper` iterator, which steps the coroutine
//! for code that drives it as a plain iterator (`yield from coro.__await__()`).

use crate::object::native::{Args, NativeFn};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{methods, new_obj, new_type};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub struct CoroWrapper {
    coro: Value,
}

impl Container for CoroWrapper {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.coro)
    }
    fn clear_refs(&self) {}
}

thread_local! {
    static TYPE: Cell<usize> = const { Cell::new(0) };
}

fn coro_of(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(w) if vm.type_ptr(w) as usize == TYPE.with(|t| t.get()) => {
            // SAFETY: instances of the wrapper type carry a CoroWrapper.
            Ok(unsafe { w.payload::<CoroWrapper>() }.coro.clone())
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'coroutine_wrapper' object"
        ))),
    }
}

/// The coroutine inside `w`, if `w` is a `coroutine_wrapper`.
#[cfg(feature = "gen-send-result")]
pub fn wrapped(vm: &Vm, w: &Value) -> Option<Value> {
    (vm.type_ptr(w) as usize == TYPE.with(|t| t.get()))
        // SAFETY: instances of the wrapper type carry a CoroWrapper.
        .then(|| unsafe { w.payload::<CoroWrapper>() }.coro.clone())
}

/// Calls the coroutine's own method `name` with the arguments after self.
fn forward(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    let c = coro_of(vm, &a, name)?;
    let m = vm.getattr(&c, &vm.intern(name))?;
    vm.call(&m, &a.pos[1..])
}

fn w_next(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = coro_of(vm, &a, "__next__")?;
    let m = vm.getattr(&c, &vm.intern("send"))?;
    vm.call(&m, &[vm.none.clone()])
}

fn w_send(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "send", 2, 2)?;
    forward(vm, a, "send")
}

fn w_throw(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "throw", 2, 4)?;
    forward(vm, a, "throw")
}

fn w_close(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "close", 1, 1)?;
    forward(vm, a, "close")
}

fn w_iter(vm: &Vm, a: Args) -> PyResult<Value> {
    coro_of(vm, &a, "__iter__")?;
    Ok(a.pos[0].clone())
}

/// `coroutine.__await__()`.
fn coro_await(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__await__", 1, 1)?;
    let ty = TYPE.with(|t| t.get());
    // SAFETY: the type is immortal (made once in `init`).
    let ty = unsafe { Value::from_borrowed_ptr(ty as *const _) };
    Ok(new_obj(
        vm,
        &ty,
        CoroWrapper {
            coro: a.pos[0].clone(),
        },
    ))
}

pub fn init(vm: &Vm) {
    let ty = new_type::<CoroWrapper>(vm, "builtins", "coroutine_wrapper");
    TYPE.with(|t| t.set(ty.raw()));
    methods(
        vm,
        &ty,
        &[
            ("__next__", w_next as NativeFn),
            ("__iter__", w_iter),
            ("send", w_send),
            ("throw", w_throw),
            ("close", w_close),
        ],
    );
    vm.add_method(&vm.types.coroutine.clone(), "__await__", coro_await);
}
