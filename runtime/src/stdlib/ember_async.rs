//! `_ember_async`: helpers asyncio uses when the async mechanisms are on. `step` resumes a
//! coroutine and reports how it stopped as a value (feature `gen-send-result`);
//! `eager_step` and `awaited_call` let `gather` run coroutines at once (feature `eager-coro`).
//! A helper is in the module only while its switch is on, so asyncio tests for it once.

#[cfg(any(feature = "gen-send-result", feature = "eager-coro"))]
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_ember_async");
    #[cfg(feature = "gen-send-result")]
    if vm.switches.gen_send_result {
        crate::stdlib::registry_data::native_type::add_fn(vm, &m, "step", step);
    }
    #[cfg(feature = "eager-coro")]
    if vm.switches.eager_coro {
        crate::stdlib::registry_data::native_type::add_fn(vm, &m, "eager_step", eager_step);
        crate::stdlib::registry_data::native_type::add_fn(vm, &m, "awaited_call", awaited_call);
        crate::stdlib::registry_data::native_type::add_fn(vm, &m, "can_start", can_start);
    }
    Ok(m)
}

/// `step(coro, exc)`: `coro.send(None)` (exc None) or `coro.throw(exc)`, returning
/// `(True, value)` when it returned and `(False, yielded)` when it suspended. Errors
/// propagate as from send/throw; StopIteration is never made for the return.
#[cfg(feature = "gen-send-result")]
fn step(vm: &Vm, a: Args) -> PyResult<Value> {
    use crate::builtins::generator::SendResult;
    a.check(vm, "step", 2, 2)?;
    let (coro, exc) = (&a.pos[0], &a.pos[1]);
    crate::vm::switches::bump(&vm.stats.result_steps);
    let native = vm.is_exact(coro, &vm.types.coroutine) || vm.is_exact(coro, &vm.types.generator);
    let r = if native {
        let e = if vm.is_none(exc) {
            None
        } else {
            Some(vm.make_raisable(exc.clone())?)
        };
        vm.gen_resume(coro, vm.none.clone(), e)?
    } else {
        // Another awaitable object: its own methods, whose StopIteration is its return.
        let r = if vm.is_none(exc) {
            let send = vm.getattr(coro, &vm.names.send)?;
            vm.call(&send, &[vm.none.clone()])
        } else {
            let throw = vm.getattr(coro, &vm.names.throw)?;
            vm.call(&throw, &[exc.clone()])
        };
        match r {
            Ok(v) => SendResult::Yield(v),
            Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                let args = vm.exc_args(&e.0);
                let v = vm.tuple_items(&args).first().cloned();
                SendResult::Return(v.unwrap_or_else(|| vm.none.clone()))
            }
            Err(e) => return Err(e),
        }
    };
    Ok(match r {
        SendResult::Return(v) => vm.new_tuple(vec![vm.true_.clone(), v]),
        SendResult::Yield(v) => vm.new_tuple(vec![vm.false_.clone(), v]),
    })
}

/// `eager_step(coro)`: runs a coroutine that has not started yet up to its first
/// suspension. Returns None when `coro` is no such coroutine (it is left alone), else
/// `(0, value)` it returned, `(1, yielded)` it suspended, `(2, exc)` it raised (given as
/// a value, so that the caller's frame is not added to its traceback).
#[cfg(feature = "eager-coro")]
fn eager_step(vm: &Vm, a: Args) -> PyResult<Value> {
    use crate::builtins::generator::SendResult;
    a.check(vm, "eager_step", 1, 1)?;
    let coro = &a.pos[0];
    if !vm.is_exact(coro, &vm.types.coroutine) || !vm.coroutine_unstarted(coro) {
        return Ok(vm.none.clone());
    }
    let (kind, v) = match vm.gen_resume(coro, vm.none.clone(), None) {
        Ok(SendResult::Return(v)) => {
            crate::vm::switches::bump(&vm.stats.gather_eager_completed);
            (0, v)
        }
        Ok(SendResult::Yield(v)) => {
            crate::vm::switches::bump(&vm.stats.gather_eager_suspended);
            (1, v)
        }
        Err(e) => {
            crate::vm::switches::bump(&vm.stats.gather_eager_completed);
            (2, e.0)
        }
    };
    Ok(vm.new_tuple(vec![vm.new_int(kind), v]))
}

/// `can_start(items)`: whether every item of the tuple is a coroutine that has not
/// started (so `eager_step` would run each).
#[cfg(feature = "eager-coro")]
fn can_start(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "can_start", 1, 1)?;
    if !vm.is_exact(&a.pos[0], &vm.types.tuple) {
        return Err(vm.type_error("can_start() expects a tuple"));
    }
    let items = vm.tuple_items(&a.pos[0]);
    let ok = items
        .iter()
        .all(|c| vm.is_exact(c, &vm.types.coroutine) && vm.coroutine_unstarted(c));
    Ok(if ok {
        vm.true_.clone()
    } else {
        vm.false_.clone()
    })
}

/// `awaited_call()`: whether the Python function calling this was itself called by a
/// CALL_AWAITED (or a CALL_FUNCTION_EX with bit 1), that is, its result is awaited at once
/// by its caller.
#[cfg(feature = "eager-coro")]
fn awaited_call(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "awaited_call", 0, 0)?;
    let frames = unsafe { vm.frames.get() };
    let at = frames.len().checked_sub(2).and_then(|i| frames.get(i));
    let yes = match at {
        // SAFETY: frames on this stack are alive while they run (they run below us).
        Some(&p) => {
            let f = unsafe { &*p };
            let code = unsafe { f.code.payload::<crate::object::function::CodeData>() };
            use crate::bytecode::Opcode;
            match code.code.instructions.get(f.ip.wrapping_sub(1)) {
                Some(&w) => {
                    w as u8 == Opcode::CALL_AWAITED as u8
                        || (w as u8 == Opcode::CALL_FUNCTION_EX as u8 && (w >> 8) & 2 != 0)
                }
                None => false,
            }
        }
        None => false,
    };
    Ok(if yes {
        vm.true_.clone()
    } else {
        vm.false_.clone()
    })
}
