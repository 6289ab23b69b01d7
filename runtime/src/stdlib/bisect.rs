//! The `bisect` module: binary search over sorted sequences (bisect_left/right,
//! insort_left/right, with `lo`, `hi` and `key=`), comparing with `<` only.

use super::native_type::{add_fn, add_value, parse_args};
use crate::bytecode::CmpOp;
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

struct Search {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Option<Value>,
}

fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    vm.int_to_i64(&vm.index(v)?)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn parse(vm: &Vm, a: &Args, fname: &str) -> PyResult<Search> {
    if a.pos.len() + a.kwnames.len() > 5 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 5 arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    // `key` is keyword-only.
    if a.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 4 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let p = parse_args(vm, a, fname, &["a", "x", "lo", "hi", "key"], 2)?;
    let lo = match &p[2] {
        Some(v) => index_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let seq = p[0].clone().unwrap();
    let hi = match p[3].as_ref().filter(|h| !vm.is_none(h)) {
        Some(v) => {
            let h = index_arg(vm, v)?;
            if h == -1 {
                vm.len(&seq)? as i64
            } else {
                h
            }
        }
        None => vm.len(&seq)? as i64,
    };
    Ok(Search {
        a: seq,
        x: p[1].clone().unwrap(),
        lo: lo as usize,
        hi: hi.max(0) as usize,
        key: p[4].clone().filter(|k| !vm.is_none(k)),
    })
}

/// The insertion point of `x` (already a key when `key` is given).
fn search(vm: &Vm, s: &Search, x: &Value, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.getitem(&s.a, &vm.new_int_usize(mid))?;
        if let Some(k) = &s.key {
            item = vm.call(k, &[item])?;
        }
        let go_left = if right {
            vm.truthy(&vm.compare(x, &item, CmpOp::Lt)?)?
        } else {
            !vm.truthy(&vm.compare(&item, x, CmpOp::Lt)?)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_impl(vm: &Vm, a: Args, fname: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, &a, fname)?;
    let i = search(vm, &s, &s.x, right)?;
    Ok(vm.new_int_usize(i))
}

fn insort_impl(vm: &Vm, a: Args, fname: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, &a, fname)?;
    let i = match &s.key {
        Some(k) => {
            let kx = vm.call(k, std::slice::from_ref(&s.x))?;
            search(vm, &s, &kx, right)?
        }
        None => search(vm, &s, &s.x, right)?,
    };
    let at = vm.new_int_usize(i);
    if vm.is_exact(&s.a, &vm.types.list) {
        let l = vm.as_list(&s.a).unwrap();
        // SAFETY: a short mutation with no Python code running.
        unsafe {
            let items = l.items.get_mut();
            let i = i.min(items.len());
            items.insert(i, s.x.clone());
        }
    } else {
        let ins = vm.getattr(&s.a, &vm.intern("insert"))?;
        vm.call(&ins, &[at, s.x.clone()])?;
    }
    Ok(vm.none.clone())
}

fn bisect_left(vm: &Vm, a: Args) -> PyResult<Value> {
    bisect_impl(vm, a, "bisect_left", false)
}

fn bisect_right(vm: &Vm, a: Args) -> PyResult<Value> {
    bisect_impl(vm, a, "bisect_right", true)
}

fn insort_left(vm: &Vm, a: Args) -> PyResult<Value> {
    insort_impl(vm, a, "insort_left", false)
}

fn insort_right(vm: &Vm, a: Args) -> PyResult<Value> {
    insort_impl(vm, a, "insort_right", true)
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("bisect");
    add_fn(vm, &m, "bisect_left", bisect_left);
    add_fn(vm, &m, "bisect_right", bisect_right);
    add_fn(vm, &m, "insort_left", insort_left);
    add_fn(vm, &m, "insort_right", insort_right);
    // `bisect` and `insort` are the right-hand versions under another name.
    let d = vm.module_dict(&m).unwrap();
    let dd = vm.as_dict(&d).unwrap();
    if let Some(f) = vm.dict_get_str_key(dd, "bisect_right") {
        add_value(vm, &m, "bisect", f);
    }
    if let Some(f) = vm.dict_get_str_key(dd, "insort_right") {
        add_value(vm, &m, "insort", f);
    }
    Ok(m)
}
