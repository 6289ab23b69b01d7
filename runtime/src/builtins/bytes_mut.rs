//! bytearray's in-place operations: append/extend/insert/pop/remove/clear/copy/reverse,
//! item and slice assignment and deletion, `+=` and `*=`.

use super::super::str::args::{check_noargs, check_one, check_varargs, index_arg};
use super::{byte_value, bytes_view, concat_error, data, BYTE_RANGE};
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytearray's buffer for mutation. Callers finish every call into Python first.
#[allow(clippy::mut_from_ref)]
fn buf<'a>(vm: &Vm, v: &'a Value) -> &'a mut Vec<u8> {
    // SAFETY: methods registered on bytearray only; no other reference is alive here.
    unsafe { vm.as_bytearray(v).unwrap().b.get_mut() }
}

pub fn init(vm: &Vm, t: &Value) {
    let fns: [(&'static str, NativeFn); 13] = [
        ("append", |vm, a| {
            check_one(vm, &a, "bytearray.append")?;
            let c = byte_value(vm, &a.pos[1], BYTE_RANGE)?;
            buf(vm, &a.pos[0]).push(c);
            Ok(vm.none.clone())
        }),
        ("extend", |vm, a| {
            check_one(vm, &a, "bytearray.extend")?;
            let items = iterable_bytes(vm, &a.pos[1], true)?;
            buf(vm, &a.pos[0]).extend_from_slice(&items);
            Ok(vm.none.clone())
        }),
        ("pop", pop),
        ("insert", |vm, a| {
            check_varargs(vm, &a, "bytearray.insert", "insert", 2, 2)?;
            let i = index_arg(vm, &a.pos[1])?;
            let c = byte_value(vm, &a.pos[2], BYTE_RANGE)?;
            let b = buf(vm, &a.pos[0]);
            let n = b.len() as i64;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            b.insert(j as usize, c);
            Ok(vm.none.clone())
        }),
        ("remove", |vm, a| {
            check_one(vm, &a, "bytearray.remove")?;
            let c = byte_value(vm, &a.pos[1], BYTE_RANGE)?;
            let b = buf(vm, &a.pos[0]);
            match b.iter().position(|&x| x == c) {
                Some(i) => {
                    b.remove(i);
                    Ok(vm.none.clone())
                }
                None => Err(vm.value_error("value not found in bytearray")),
            }
        }),
        ("clear", |vm, a| {
            check_noargs(vm, &a, "bytearray.clear")?;
            buf(vm, &a.pos[0]).clear();
            Ok(vm.none.clone())
        }),
        ("copy", |vm, a| {
            check_noargs(vm, &a, "bytearray.copy")?;
            Ok(vm.new_bytearray(data(vm, &a.pos[0]).to_vec()))
        }),
        ("reverse", |vm, a| {
            check_noargs(vm, &a, "bytearray.reverse")?;
            buf(vm, &a.pos[0]).reverse();
            Ok(vm.none.clone())
        }),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iadd__", |vm, a| {
            check_one(vm, &a, "__iadd__")?;
            let Some(other) = bytes_view(vm, &a.pos[1]) else {
                return concat_error(vm, &a.pos[0], &a.pos[1]);
            };
            buf(vm, &a.pos[0]).extend_from_slice(&other);
            Ok(a.pos[0].clone())
        }),
        ("__imul__", |vm, a| {
            check_one(vm, &a, "__imul__")?;
            let Some(k) = super::super::str::repeat_count(vm, &a.pos[1])? else {
                return super::super::str::not_int_repeat(vm, &a.pos[1], false);
            };
            let b = buf(vm, &a.pos[0]);
            if k <= 0 {
                b.clear();
            } else {
                if (b.len() as u128) * (k as u128) > (1u128 << 36) {
                    return Err(vm.memory_error());
                }
                let once = b.clone();
                for _ in 1..k {
                    b.extend_from_slice(&once);
                }
            }
            Ok(a.pos[0].clone())
        }),
        ("__alloc__", |vm, a| {
            check_noargs(vm, &a, "bytearray.__alloc__")?;
            Ok(vm.new_int_usize(buf(vm, &a.pos[0]).capacity() + 1))
        }),
    ];
    for (name, f) in fns {
        vm.add_method(t, name, f);
    }
}

/// The bytes of a bytes-like object or an iterable of byte values.
/// `extend` words a non-iterable differently from slice assignment.
fn iterable_bytes(vm: &Vm, v: &Value, extend: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_view(vm, v) {
        return Ok(b);
    }
    let not_ok = || {
        vm.type_error(if extend {
            format!("can't extend bytearray with {}", vm.type_name(v))
        } else {
            format!("cannot convert '{}' object to bytearray", vm.type_name(v))
        })
    };
    // CPython refuses anything PyNumber_Check accepts, and str, before trying iteration.
    let numeric = vm.is_int(v)
        || vm.as_float(v).is_some()
        || vm.as_complex(v).is_some()
        || vm.lookup_special(v, &vm.names.index).is_some()
        || vm.lookup_special(v, &vm.names.int).is_some()
        || vm.lookup_special(v, &vm.names.float).is_some();
    if !extend && (vm.is_str(v) || numeric) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Err(not_ok()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, BYTE_RANGE)?);
    }
    Ok(out)
}

fn pop(vm: &Vm, a: Args) -> PyResult<Value> {
    check_varargs(vm, &a, "bytearray.pop", "pop", 0, 1)?;
    let i = match a.pos.get(1) {
        Some(i) => Some(index_arg(vm, i)?),
        None => None,
    };
    let b = buf(vm, &a.pos[0]);
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let i = i.unwrap_or(-1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(vm.new_int(b.remove(j as usize) as i64))
}

fn index_key(vm: &Vm, key: &Value) -> PyResult<Option<i64>> {
    if vm.is_exact(key, &vm.types.slice) {
        return Ok(None);
    }
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    Ok(Some(vm.index_isize(key)?))
}

/// The indices a slice selects, in order.
fn slice_positions(vm: &Vm, key: &Value, len: usize) -> PyResult<(i64, i64, i64, Vec<usize>)> {
    let (start, stop, step) = vm.slice_indices(key, len)?;
    let mut v = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        v.push(i as usize);
        i += step;
    }
    Ok((start, stop, step, v))
}

fn setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (this, key, value) = (&a.pos[0], &a.pos[1], &a.pos[2]);
    match index_key(vm, key)? {
        Some(i) => {
            let c = byte_value(vm, value, BYTE_RANGE)?;
            let b = buf(vm, this);
            let n = b.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.index_error("bytearray index out of range"));
            }
            b[j as usize] = c;
        }
        None => {
            let src = iterable_bytes(vm, value, false)?;
            let len = data(vm, this).len();
            let (start, stop, step, pos) = slice_positions(vm, key, len)?;
            let b = buf(vm, this);
            if step == 1 {
                let start = start as usize;
                let stop = (stop.max(start as i64)) as usize;
                b.splice(start..stop, src);
            } else {
                if src.len() != pos.len() {
                    return Err(vm.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        src.len(),
                        pos.len()
                    )));
                }
                for (p, c) in pos.into_iter().zip(src) {
                    b[p] = c;
                }
            }
        }
    }
    Ok(vm.none.clone())
}

fn delitem(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__delitem__")?;
    let (this, key) = (&a.pos[0], &a.pos[1]);
    match index_key(vm, key)? {
        Some(i) => {
            let b = buf(vm, this);
            let n = b.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.index_error("bytearray index out of range"));
            }
            b.remove(j as usize);
        }
        None => {
            let len = data(vm, this).len();
            let (_, _, _, pos) = slice_positions(vm, key, len)?;
            let b = buf(vm, this);
            let mut drop_mask = vec![false; b.len()];
            for p in pos {
                drop_mask[p] = true;
            }
            let mut k = 0;
            b.retain(|_| {
                let keep = !drop_mask[k];
                k += 1;
                keep
            });
        }
    }
    Ok(vm.none.clone())
}
