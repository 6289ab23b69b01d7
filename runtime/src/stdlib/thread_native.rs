//! The `_ember_thread` module: the green-thread scheduler (`vm/green.rs`) as `threading.py`
//! uses it: start a thread, the running thread's ident, and the wait that blocking
//! primitives loop on.

use crate::object::native::Args;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::add_fn;
use crate::vm::green;
use crate::vm::{PyResult, Vm};

/// `start(func, ident)`: runs `func()` as thread `ident`, at once until it blocks or ends.
fn start(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "start", 2, 2)?;
    let ident = vm.int_to_i64(&a.pos[1])?;
    green::start(vm, ident as u64, a.pos[0].clone()).map_err(|m| vm.runtime_error(m))?;
    Ok(vm.none.clone())
}

fn get_ident(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_ident", 0, 0)?;
    Ok(vm.new_int(green::current_ident() as i64))
}

/// `wait(timeout)`: lets the other threads run; False once `timeout` seconds (None:
/// no limit) have passed. A wait no thread can ever end raises RuntimeError.
fn wait(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "wait", 1, 1)?;
    let deadline = if vm.is_none(&a.pos[0]) {
        None
    } else {
        let secs = crate::builtins::math::to_double(vm, &a.pos[0])?;
        if secs <= 0.0 {
            return Ok(vm.false_.clone());
        }
        Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9)))
    };
    green::wait(vm, deadline).map_err(|m| vm.runtime_error(m))?;
    Ok(vm.bool_val(deadline.is_none_or(|d| std::time::Instant::now() < d)))
}

/// `bump()`: a change that may end another thread's wait (a lock released).
fn bump(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "bump", 0, 0)?;
    green::bump();
    Ok(vm.none.clone())
}

/// `yield_()`: the other threads get a turn (each runs until it blocks or is preempted).
fn yield_(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "yield_", 0, 0)?;
    green::yield_now(vm);
    Ok(vm.none.clone())
}

/// `thread_global(globals, name, factory)`: each thread has its own `globals[name]`, a new
/// thread's first value made by `factory()` (contextvars' current context, decimal's).
fn thread_global(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "thread_global", 3, 3)?;
    if vm.as_dict(&a.pos[0]).is_none() || !vm.is_exact_str(&a.pos[1]) {
        return Err(vm.type_error("thread_global(dict, str, factory)"));
    }
    let name = vm.intern(vm.str_ref(&a.pos[1]));
    green::thread_global(a.pos[0].clone(), name, a.pos[2].clone());
    Ok(vm.none.clone())
}

fn count(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "count", 0, 0)?;
    Ok(vm.new_int_usize(green::alive_count()))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_ember_thread");
    add_fn(vm, &m, "start", start);
    add_fn(vm, &m, "get_ident", get_ident);
    add_fn(vm, &m, "wait", wait);
    add_fn(vm, &m, "bump", bump);
    add_fn(vm, &m, "count", count);
    add_fn(vm, &m, "yield_", yield_);
    add_fn(vm, &m, "thread_global", thread_global);
    Ok(m)
}
