//! The `gc` module: explicit collection, enabling/disabling, thresholds, statistics and
//! `is_tracked` (answered with CPython's rules, so programs printing it agree).

use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

thread_local! {
    /// The second and third thresholds (kept only to be reported back) and the debug flags.
    static THRESHOLDS: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
}

/// `name() takes at most N arguments (M given)` as CPython's argument clinic words it.
fn at_most(vm: &Vm, a: &Args, name: &str, max: usize) -> PyResult<()> {
    if a.pos.len() > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{s} ({} given)",
            a.pos.len()
        )));
    }
    Ok(())
}

fn no_args(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if !a.pos.is_empty() || a.has_kw() {
        return Err(vm.type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    Ok(())
}

fn gc_collect(vm: &Vm, a: Args) -> PyResult<Value> {
    a.only_kw(vm, "collect", &["generation"])?;
    at_most(vm, &a, "collect", 1)?;
    if let Some(g) = a.pos.first().cloned().or_else(|| a.kw(vm, "generation")) {
        let g = vm.index(&g)?;
        if !matches!(vm.as_int(&g).and_then(|r| r.to_i64()), Some(0..=2)) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    Ok(vm.new_int_usize(vm.gc_collect()))
}

fn gc_enable(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "enable")?;
    crate::object::gc::set_enabled(true);
    Ok(vm.none.clone())
}

fn gc_disable(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "disable")?;
    crate::object::gc::set_enabled(false);
    Ok(vm.none.clone())
}

fn gc_isenabled(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "isenabled")?;
    Ok(vm.bool_val(crate::object::gc::is_enabled()))
}

fn gc_get_threshold(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "get_threshold")?;
    let (t0, t1, t2) = THRESHOLDS.with(|t| t.get());
    Ok(vm.new_tuple(vec![vm.new_int(t0), vm.new_int(t1), vm.new_int(t2)]))
}

fn gc_set_threshold(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if a.pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    at_most(vm, &a, "set_threshold", 3)?;
    let (_, mut t1, mut t2) = THRESHOLDS.with(|t| t.get());
    let int = |v: &Value| -> PyResult<i64> {
        if vm.as_float(v).is_some() {
            return Err(vm.type_error("integer argument expected, got float"));
        }
        vm.int_to_i64(&vm.index(v)?)
    };
    let t0 = int(&a.pos[0])?;
    if let Some(v) = a.pos.get(1) {
        t1 = int(v)?;
    }
    if let Some(v) = a.pos.get(2) {
        t2 = int(v)?;
    }
    THRESHOLDS.with(|t| t.set((t0, t1, t2)));
    // A zero threshold turns automatic collection off, as in CPython.
    let n = if t0 <= 0 { usize::MAX } else { t0 as usize };
    crate::object::gc::set_threshold(n);
    Ok(vm.none.clone())
}

fn gc_get_count(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "get_count")?;
    let t0 = THRESHOLDS.with(|t| t.get().0).max(1) as usize;
    let n = crate::object::gc::tracked_count() % t0;
    Ok(vm.new_tuple(vec![vm.new_int_usize(n), vm.new_int(0), vm.new_int(0)]))
}

fn gc_get_stats(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "get_stats")?;
    let (runs, collected) = crate::object::gc::stats();
    // Ember has one generation: report its numbers as the oldest generation's.
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict();
        let dd = vm.as_dict(&d).unwrap();
        let (c, k) = if g == 2 { (runs, collected) } else { (0, 0) };
        vm.dict_set_str(dd, "collections", vm.new_int(c as i64));
        vm.dict_set_str(dd, "collected", vm.new_int(k as i64));
        vm.dict_set_str(dd, "uncollectable", vm.new_int(0));
        gens.push(d);
    }
    Ok(vm.new_list(gens))
}

/// Objects CPython's collector never tracks (they cannot be part of a cycle).
fn is_atomic(vm: &Vm, v: &Value) -> bool {
    if v.header().is_none() {
        return true;
    }
    let t = &vm.types;
    let atomic = [
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.none,
        &t.not_implemented,
        &t.ellipsis,
        &t.range,
        &t.code,
    ];
    atomic.iter().any(|ty| vm.is_exact(v, ty))
}

/// Does storing `v` make a dict tracked? Tuples of atomic items count as atomic: CPython
/// untracks them at its first collection (constant tuples always are by then).
fn holds_container(vm: &Vm, v: &Value) -> bool {
    if is_atomic(vm, v) {
        return false;
    }
    if vm.is_exact(v, &vm.types.tuple) {
        return vm.tuple_items(v).iter().any(|x| holds_container(vm, x));
    }
    true
}

/// Would CPython's collector track `v`? Atomic objects never; dicts only while they hold
/// a container; every other container always.
fn cpython_tracked(vm: &Vm, v: &Value) -> bool {
    if is_atomic(vm, v) {
        return false;
    }
    if vm.is_exact(v, &vm.types.dict) {
        // CPython starts tracking a dict once a key or value that is itself a container
        // (whether or not that one is tracked) is stored in it.
        let Some(d) = vm.as_dict(v) else { return true };
        return d
            .keys()
            .iter()
            .chain(d.values().iter())
            .any(|x| holds_container(vm, x));
    }
    true
}

fn gc_is_tracked(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "gc.is_tracked() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(vm.bool_val(cpython_tracked(vm, &a.pos[0])))
}

fn gc_is_finalized(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "gc.is_finalized() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let done = a.pos[0]
        .header()
        .is_some_and(|h| crate::vm::finalize::is_finalized(h));
    Ok(vm.bool_val(done))
}

/// The objects directly referred to by the arguments (via the collector's traversal).
fn gc_get_referents(vm: &Vm, a: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in a.pos {
        let Some(h) = v.header() else { continue };
        let td = vm.type_data_of(v);
        if let Some(tr) = td.traverse.get() {
            // SAFETY: `v` is a live object of a type whose traverse matches its layout.
            unsafe { tr(h as *const _, &mut |x: &Value| out.push(x.clone())) };
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_debug(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "get_debug")?;
    Ok(vm.new_int(DEBUG.with(|d| d.get())))
}

fn gc_set_debug(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "gc.set_debug() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let f = vm.int_to_i64(&vm.index(&a.pos[0])?)?;
    DEBUG.with(|d| d.set(f));
    Ok(vm.none.clone())
}

/// Creates the `gc` module and registers it in `sys.modules`.
pub fn init(vm: &Vm) {
    let m = vm.new_module("gc");
    let Some(d) = vm.module_dict(&m) else { return };
    let Some(dd) = vm.as_dict(&d) else { return };
    let funcs: &[(&'static str, NativeFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_count", gc_get_count),
        ("get_stats", gc_get_stats),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("get_referents", gc_get_referents),
        ("get_referrers", |vm, _a| Ok(vm.new_list(Vec::new()))),
        ("get_objects", |vm, _a| Ok(vm.new_list(Vec::new()))),
        ("get_debug", gc_get_debug),
        ("set_debug", gc_set_debug),
        // Ember has no permanent generation: freezing is a no-op.
        ("freeze", |vm, _a| Ok(vm.none.clone())),
        ("unfreeze", |vm, _a| Ok(vm.none.clone())),
        ("get_freeze_count", |vm, _a| Ok(vm.new_int(0))),
    ];
    for (name, f) in funcs {
        vm.dict_set_str(dd, name, new_builtin(vm, name, *f, None));
    }
    vm.dict_set_str(dd, "garbage", vm.new_list(Vec::new()));
    vm.dict_set_str(dd, "callbacks", vm.new_list(Vec::new()));
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(dd, name, vm.new_int(v));
    }
    vm.dict_set_str(
        dd,
        "__doc__",
        vm.new_str("This module provides access to the garbage collector for reference cycles."),
    );
    crate::stdlib::name_functions(vm, &m, "gc");
    if let Some(md) = vm.as_dict(&vm.modules) {
        vm.dict_set_str(md, "gc", m);
    }
}
