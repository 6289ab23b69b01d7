//! `__reduce__` and `__setstate__` of the builtin sequence and range iterators, so that
//! `copy`, `deepcopy` and `pickle` rebuild them as CPython does: `iter(seq)` advanced to
//! the saved index.

use crate::object::iter::{RangeIterData, SeqIterData};
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// Registers the methods on the iterator types that keep a sequence and an index.
pub fn init(vm: &Vm) {
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_iterator",
        "iterator",
        "bytes_iterator",
    ] {
        let t = vm.types.misc[name].clone();
        vm.add_method(&t, "__reduce__", seq_iter_reduce);
        vm.add_method(&t, "__setstate__", seq_iter_setstate);
    }
    let ri = vm.types.misc["range_iterator"].clone();
    vm.add_method(&ri, "__reduce__", range_iter_reduce);
    vm.add_method(&ri, "__setstate__", range_iter_setstate);
}

/// The builtin `iter`, which every reduce value names as the callable.
fn builtin_iter(vm: &Vm) -> Value {
    vm.as_dict(&vm.builtins_dict)
        .and_then(|d| vm.dict_get_str_key(d, "iter"))
        .unwrap_or_else(|| vm.none.clone())
}

/// `it.__reduce__()`: `(iter, (seq,), index)`, or once exhausted `(iter, (empty,))`
/// where the empty sequence is of the kind CPython gives for that iterator.
fn seq_iter_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__reduce__", 1, 1)?;
    let it = &a.pos[0];
    let d = unsafe { it.payload::<SeqIterData>() };
    let iter = builtin_iter(vm);
    match unsafe { d.seq.get() }.clone() {
        Some(seq) => {
            let args = vm.new_tuple(vec![seq]);
            let idx = vm.new_int_usize(d.index.get());
            Ok(vm.new_tuple(vec![iter, args, idx]))
        }
        None => {
            let ty = vm.type_of(it);
            let empty = if ty.is(&vm.types.misc["list_iterator"]) {
                vm.new_list(Vec::new())
            } else if ty.is(&vm.types.misc["str_iterator"]) {
                vm.new_str("")
            } else {
                vm.new_tuple(Vec::new())
            };
            let args = vm.new_tuple(vec![empty]);
            Ok(vm.new_tuple(vec![iter, args]))
        }
    }
}

/// The state argument as a C `Py_ssize_t`, with CPython's errors.
fn state_index(vm: &Vm, a: &Args) -> PyResult<i64> {
    a.check(vm, "__setstate__", 2, 2)?;
    let v = &a.pos[1];
    if let Some(i) = v.as_small() {
        return Ok(i);
    }
    if !vm.is_int(v) {
        return Err(vm.type_error("an integer is required"));
    }
    vm.as_int(v)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `it.__setstate__(index)`: the index, clipped to the sequence (the generic sequence
/// iterator clips only below); an exhausted iterator stays exhausted.
fn seq_iter_setstate(vm: &Vm, a: Args) -> PyResult<Value> {
    let index = state_index(vm, &a)?.max(0) as usize;
    let it = &a.pos[0];
    let d = unsafe { it.payload::<SeqIterData>() };
    let Some(seq) = unsafe { d.seq.get() }.clone() else {
        return Ok(vm.none.clone());
    };
    let ty = vm.type_of(it);
    let generic = ty.is(&vm.types.iterator) || ty.is(&vm.types.misc["iterator"]);
    let index = if generic {
        index
    } else {
        index.min(vm.len(&seq)?)
    };
    d.index.set(index);
    Ok(vm.none.clone())
}

/// How many items a range iterator has given (`step` is never 0).
fn range_iter_given(d: &RangeIterData) -> i64 {
    ((d.next.get() as i128 - d.start as i128) / d.step as i128) as i64
}

/// `it.__reduce__()`: `(iter, (range(start, stop, step),), index)`, the range being the
/// one iterated (its stop normalised, as CPython rebuilds it from the length).
fn range_iter_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__reduce__", 1, 1)?;
    let d = unsafe { a.pos[0].payload::<RangeIterData>() };
    let given = range_iter_given(d);
    let len = given as i128 + d.remaining.get().max(0) as i128;
    let stop = d.start as i128 + len * d.step as i128;
    let stop = match i64::try_from(stop) {
        Ok(s) => vm.new_int(s),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(stop)),
    };
    let range = vm.call(
        &vm.types.range.clone(),
        &[vm.new_int(d.start), stop, vm.new_int(d.step)],
    )?;
    let args = vm.new_tuple(vec![range]);
    Ok(vm.new_tuple(vec![builtin_iter(vm), args, vm.new_int(given)]))
}

/// `it.__setstate__(index)`: restarts at `index` items in, clipped to the range.
fn range_iter_setstate(vm: &Vm, a: Args) -> PyResult<Value> {
    let index = state_index(vm, &a)?.max(0);
    let d = unsafe { a.pos[0].payload::<RangeIterData>() };
    let len = range_iter_given(d).saturating_add(d.remaining.get().max(0));
    let index = index.min(len);
    d.next.set(d.start.wrapping_add(index.wrapping_mul(d.step)));
    d.remaining.set(len - index);
    Ok(vm.none.clone())
}
