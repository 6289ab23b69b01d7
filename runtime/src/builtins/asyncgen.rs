//! Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitable step objects that
//! run the generator's frame until its next real `yield` (a `YIELD_VALUE 0`), passing the
//! yields of inner awaits (`YIELD_VALUE 1`) through to whoever drives the await.

use super::generator::SendResult;
use crate::object::function::CodeData;
use crate::object::generator::{AsyncGenOpData, GenData};
use crate::object::typeobj::dealloc_of;
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

const INITIAL: u8 = 0;
const RUNNING: u8 = 1;
const DONE: u8 = 2;

pub fn init(vm: &Vm) {
    let g = vm.types.async_generator.clone();
    vm.add_method(&g, "__aiter__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&g, "__anext__", |vm, a| anext(vm, &a.pos[0]));
    vm.add_method(&g, "asend", |vm, a| {
        a.check(vm, "asend", 2, 2)?;
        init_hooks(vm, &a.pos[0])?;
        Ok(new_op(vm, &a.pos[0], Some(a.pos[1].clone()), None, false))
    });
    vm.add_method(&g, "athrow", |vm, a| {
        a.check(vm, "athrow", 2, 4)?;
        init_hooks(vm, &a.pos[0])?;
        let e = exception_from(vm, &a.pos[1..])?;
        Ok(new_op(vm, &a.pos[0], None, Some(e), false))
    });
    vm.add_method(&g, "aclose", |vm, a| {
        init_hooks(vm, &a.pos[0])?;
        let e = vm.new_exception_value(&vm.exc.generator_exit, vec![]);
        Ok(new_op(vm, &a.pos[0], None, Some(e), true))
    });
    vm.add_method(&g, "__repr__", |vm, a| {
        let gd = unsafe { a.pos[0].payload::<GenData>() };
        Ok(vm.new_str(format!(
            "<async_generator object {} at {:#x}>",
            vm.str_of(unsafe { gd.qualname.get() }),
            a.pos[0].raw()
        )))
    });
    vm.add_getset(
        &g,
        "__name__",
        |_vm, a| Ok(unsafe { a.pos[0].payload::<GenData>().name.get().clone() }),
        Some(super::generator::gen_set_name),
    );
    vm.add_getset(
        &g,
        "__qualname__",
        |_vm, a| Ok(unsafe { a.pos[0].payload::<GenData>().qualname.get().clone() }),
        Some(super::generator::gen_set_qualname),
    );

    let op = vm.types.misc["async_generator_asend"].clone();
    OP_TYPE.with(|t| t.set(op.raw()));
    unsafe {
        type_data_mut(&op)
            .dealloc
            .set(dealloc_of::<AsyncGenOpData>())
    };
    vm.add_method(&op, "__await__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&op, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&op, "__next__", |vm, a| {
        step(vm, &a.pos[0], vm.none.clone(), None)
    });
    vm.add_method(&op, "send", |vm, a| {
        a.check(vm, "send", 2, 2)?;
        step(vm, &a.pos[0], a.pos[1].clone(), None)
    });
    vm.add_method(&op, "throw", |vm, a| {
        a.check(vm, "throw", 2, 4)?;
        let e = exception_from(vm, &a.pos[1..])?;
        step(vm, &a.pos[0], vm.none.clone(), Some(e))
    });
    vm.add_method(&op, "close", |vm, a| {
        unsafe { a.pos[0].payload::<AsyncGenOpData>() }
            .state
            .set(DONE);
        Ok(vm.none.clone())
    });
}

/// `gen.__anext__()` for an async generator: its step object (an awaitable iterator).
/// `async for` calls it directly on an exact async generator, whose type is immutable.
pub fn anext(vm: &Vm, gen: &Value) -> PyResult<Value> {
    init_hooks(vm, gen)?;
    Ok(new_op(vm, gen, None, None, false))
}

/// On an async generator's first `__anext__`/`asend`/`athrow`/`aclose` (CPython's
/// `async_gen_init_hooks`): it keeps the finalizer current then, and `firstiter` is called.
fn init_hooks(vm: &Vm, gen: &Value) -> PyResult<()> {
    let gd = unsafe { gen.payload::<GenData>() };
    if gd.hooks_inited.get() {
        return Ok(());
    }
    gd.hooks_inited.set(true);
    let fin = vm.sys_state.asyncgen_finalizer.borrow().clone();
    if fin.is_some() {
        vm.sys_state
            .asyncgen_finalizers
            .borrow_mut()
            .insert(gen.raw(), fin);
    }
    let first = vm.sys_state.asyncgen_firstiter.borrow().clone();
    if let Some(f) = first {
        vm.call(&f, std::slice::from_ref(gen))?;
    }
    Ok(())
}

/// The finalizer an async generator took at its first iteration, removed (it is freed).
pub fn take_finalizer(vm: &Vm, gen: &Value) -> Option<Value> {
    let gd = unsafe { gen.payload::<GenData>() };
    if !gd.hooks_inited.get() {
        return None;
    }
    vm.sys_state
        .asyncgen_finalizers
        .borrow_mut()
        .remove(&gen.raw())
        .flatten()
}

/// An exception instance from `throw(type[, value[, tb]])` arguments.
fn exception_from(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    // Same normalisation as generator.throw().
    Ok(crate::builtins::generator::throw_exception(vm, &args[0], args.get(1), args.get(2))?.0)
}

fn new_op(
    vm: &Vm,
    gen: &Value,
    send: Option<Value>,
    throw: Option<Value>,
    is_close: bool,
) -> Value {
    alloc(
        vm.types.misc["async_generator_asend"].ptr() as *const _,
        AsyncGenOpData {
            gen: gen.clone(),
            send: PyCell::new(send),
            throw: PyCell::new(throw),
            state: Cell::new(INITIAL),
            is_close,
        },
    )
}

/// The argument of the YIELD_VALUE the generator is suspended at: 0 for its own `yield`,
/// 1 for a yield passing through from an inner await.
fn suspended_yield_arg(gen: &Value) -> u32 {
    let gd = unsafe { gen.payload::<GenData>() };
    match unsafe { gd.frame.get() } {
        Some(f) => {
            let code = unsafe { f.code.payload::<CodeData>() };
            code.code
                .instructions
                .get(f.ip.wrapping_sub(1))
                .map(|w| w >> 8)
                .unwrap_or(0)
        }
        None => 0,
    }
}

/// One step of an awaitable returned by `__anext__`/`asend`/`athrow`/`aclose`, as Python
/// sees it: the end of the step is a StopIteration carrying the value.
fn step(vm: &Vm, op_v: &Value, sent: Value, throw: Option<Value>) -> PyResult<Value> {
    match step_result(vm, op_v, sent, throw)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(Some(v))),
    }
}

thread_local! {
    /// The step objects' type, for a test without a name lookup.
    static OP_TYPE: Cell<usize> = const { Cell::new(0) };
}

/// Whether `v` is an async generator step object (`__anext__()`, `asend()`, ...).
pub fn is_op(vm: &Vm, v: &Value) -> bool {
    vm.type_ptr(v) as usize == OP_TYPE.with(|t| t.get())
}

/// One step as a result kind: `Yield` passes an inner await's value out to the driver,
/// `Return` ends the step with its value (what `step` turns into StopIteration).
pub fn step_result(
    vm: &Vm,
    op_v: &Value,
    sent: Value,
    throw: Option<Value>,
) -> PyResult<SendResult> {
    let op = unsafe { op_v.payload::<AsyncGenOpData>() };
    if op.state.get() == DONE {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let (value, exc) = if op.state.get() == INITIAL {
        op.state.set(RUNNING);
        let v = unsafe { op.send.get_mut().take() }.unwrap_or_else(|| vm.none.clone());
        let e = unsafe { op.throw.get_mut().take() };
        (v, e.or(throw))
    } else {
        (sent, throw)
    };
    let gd = unsafe { op.gen.payload::<GenData>() };
    if unsafe { gd.frame.get() }.is_none() {
        op.state.set(DONE);
        if op.is_close {
            return Ok(SendResult::Return(vm.none.clone()));
        }
        if let Some(e) = exc {
            return Err(PyErr(e));
        }
        return Err(vm.new_exception(&vm.exc.stop_async_iteration, vec![]));
    }
    let r = vm.gen_resume(&op.gen, value, exc.map(PyErr));
    match r {
        Ok(SendResult::Yield(y)) => {
            if suspended_yield_arg(&op.gen) == 1 {
                // An inner await suspended: pass its value out to the driver.
                return Ok(SendResult::Yield(y));
            }
            op.state.set(DONE);
            if op.is_close {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Ok(SendResult::Return(y))
        }
        Ok(SendResult::Return(_)) => {
            op.state.set(DONE);
            if op.is_close {
                return Ok(SendResult::Return(vm.none.clone()));
            }
            Err(vm.new_exception(&vm.exc.stop_async_iteration, vec![]))
        }
        Err(e) => {
            op.state.set(DONE);
            if op.is_close
                && (vm.err_matches(&e, &vm.exc.generator_exit)
                    || vm.err_matches(&e, &vm.exc.stop_async_iteration))
            {
                return Ok(SendResult::Return(vm.none.clone()));
            }
            Err(e)
        }
    }
}
