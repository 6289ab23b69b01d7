//! Closing a suspended generator or coroutine when its last reference goes (CPython's
//! `_PyGen_Finalize`): `finally` blocks and `except GeneratorExit` run, and an error
//! raised by them is reported as unraisable.

use crate::object::generator::{GenData, GenKind};
use crate::object::native::Args;
use crate::object::typeobj::dealloc_of;
use crate::object::value::{ObjHeader, Value};
use crate::vm::init::type_data_mut;
use crate::vm::Vm;

/// Dealloc of generators and coroutines: close first, free unless resurrected.
unsafe fn gen_dealloc(p: *mut ObjHeader) {
    if close_dying(p) {
        return;
    }
    (dealloc_of::<GenData>())(p)
}

/// Dealloc of async generators: one left suspended goes to the finalizer it took at its
/// first iteration (asyncio's schedules `aclose()`), else it is closed here, as CPython's
/// `_PyGen_Finalize` does.
unsafe fn agen_dealloc(p: *mut ObjHeader) {
    let Some(vm) = Vm::current() else {
        return (dealloc_of::<GenData>())(p);
    };
    (*p).refcnt.set(1);
    let obj = Value::from_owned_ptr(p);
    let finalizer = crate::builtins::asyncgen::take_finalizer(vm, &obj);
    let gd = obj.payload::<GenData>();
    let suspended = gd.started.get() && !gd.running.get() && gd.frame.get().is_some();
    if suspended {
        let r = match finalizer {
            Some(f) => vm.call(&f, std::slice::from_ref(&obj)).map(|_| ()),
            None if needs_close(gd) => {
                let args = [obj.clone()];
                crate::builtins::generator::gen_close(vm, Args::new(&args)).map(|_| ())
            }
            None => Ok(()),
        };
        if let Err(e) = r {
            vm.write_unraisable(&e, "Exception ignored in", &obj);
        }
    }
    let n = (*p).refcnt.get() - 1;
    (*p).refcnt.set(n);
    std::mem::forget(obj);
    if n == 0 {
        (dealloc_of::<GenData>())(p)
    }
}

/// Whether closing would run code: the frame is suspended inside a handler's range, or
/// delegating (its delegate must be closed too). Otherwise GeneratorExit would leave the
/// frame at once, so it is skipped.
fn needs_close(gd: &GenData) -> bool {
    if !gd.started.get() || gd.running.get() {
        return false;
    }
    let Some(f) = (unsafe { gd.frame.get() }).as_deref() else {
        return false;
    };
    let co = &f.code_data().code;
    let at = f.ip.saturating_sub(1);
    let delegating = co
        .instructions
        .get(at)
        .is_some_and(|w| *w as u8 == crate::bytecode::Opcode::YIELD_VALUE as u8 && (*w >> 8) == 1);
    delegating || co.handler_for(at as u32).is_some()
}

/// Runs `close()` on a generator whose count reached zero; true if it was resurrected.
///
/// # Safety
/// `p` is a generator or coroutine whose count just reached zero.
unsafe fn close_dying(p: *mut ObjHeader) -> bool {
    let Some(vm) = Vm::current() else {
        return false;
    };
    // Hold a temporary reference while the generator's code runs.
    (*p).refcnt.set(1);
    let obj = Value::from_owned_ptr(p);
    let gd = obj.payload::<GenData>();
    if gd.kind == GenKind::Coroutine && !gd.started.get() && gd.frame.get().is_some() {
        warn_unawaited(vm, &obj);
        // Finalized once, as in CPython: if the warning kept it alive (a traceback holds
        // it), freeing it later must not warn again. Unstarted, it has no code to run.
        drop(gd.frame.get_mut().take());
    }
    if needs_close(gd) {
        let args = [obj.clone()];
        if let Err(e) = crate::builtins::generator::gen_close(vm, Args::new(&args)) {
            vm.write_unraisable(&e, "Exception ignored in", &obj);
        }
    }
    let n = (*p).refcnt.get() - 1;
    (*p).refcnt.set(n);
    std::mem::forget(obj);
    n > 0
}

/// A coroutine freed before it ever ran: CPython's "coroutine ... was never awaited"
/// RuntimeWarning, through the warnings module so that its filters apply.
fn warn_unawaited(vm: &Vm, coro: &Value) {
    let r = vm.import_module("warnings").and_then(|m| {
        match vm.getattr_opt(&m, &vm.intern("_warn_unawaited_coroutine"))? {
            Some(f) => vm.call(&f, std::slice::from_ref(coro)).map(|_| ()),
            None => Ok(()),
        }
    });
    if let Err(e) = r {
        vm.write_unraisable(&e, "Exception ignored in", coro);
    }
}

pub fn init(vm: &Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        unsafe { type_data_mut(&t).dealloc.set(gen_dealloc) };
    }
    unsafe {
        type_data_mut(&vm.types.async_generator)
            .dealloc
            .set(agen_dealloc)
    };
}
