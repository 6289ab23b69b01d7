//! `_heapq`: the heap operations on lists (heappush, heappop, heapify, heapreplace,
//! heappushpop and the max-heap helpers). `heapq.py` adds merge, nlargest and nsmallest.
//!
//! Items are compared with `<` only. A comparison may run Python code that changes the
//! list, so the size is checked after each one (CPython raises RuntimeError then) and no
//! reference into the list's storage is held across it.

use super::native_type::{add_fn, check_positional, no_kw};
use crate::bytecode::CmpOp;
use crate::object::list::ListData;
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

fn lt(vm: &Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let r = if max {
        vm.compare(b, a, CmpOp::Lt)?
    } else {
        vm.compare(a, b, CmpOp::Lt)?
    };
    vm.truthy(&r)
}

fn changed(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn swap(l: &ListData, i: usize, j: usize) {
    // SAFETY: no Python code runs during the swap; both indices are in range.
    unsafe { l.items.get_mut().swap(i, j) }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &Vm, l: &ListData, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (Some(newitem), Some(parent)) = (l.get(pos), l.get(parentpos)) else {
            return Err(changed(vm));
        };
        let c = lt(vm, &newitem, &parent, max)?;
        if size != l.len() {
            return Err(changed(vm));
        }
        if !c {
            break;
        }
        swap(l, parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then sifts the item back down.
fn sift_up(vm: &Vm, l: &ListData, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(a), Some(b)) = (l.get(child), l.get(child + 1)) else {
                return Err(changed(vm));
            };
            let c = lt(vm, &a, &b, max)?;
            if end != l.len() {
                return Err(changed(vm));
            }
            if !c {
                child += 1;
            }
        }
        swap(l, child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn list_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, nth: &str) -> PyResult<&'a ListData> {
    vm.as_list(v).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument{nth} must be list, not {}",
            crate::builtins::str::args::arg_type_name(vm, v)
        ))
    })
}

fn pop_last(l: &ListData) -> Option<Value> {
    // SAFETY: a short mutation with no Python code running.
    unsafe { l.items.get_mut().pop() }
}

fn heappush(vm: &Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "heappush")?;
    check_positional(vm, "heappush", a.pos.len(), 2, 2)?;
    let l = list_arg(vm, &a.pos[0], "heappush", " 1")?;
    l.push(a.pos[1].clone());
    sift_down(vm, l, 0, l.len() - 1, false)?;
    Ok(vm.none.clone())
}

/// METH_O functions: `_heapq.NAME() takes exactly one argument (N given)`.
fn one_arg<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(&a.pos[0])
}

fn pop_impl(vm: &Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, &a, name)?;
    let l = list_arg(vm, h, name, "")?;
    let Some(last) = pop_last(l) else {
        return Err(vm.index_error("index out of range"));
    };
    if l.is_empty() {
        return Ok(last);
    }
    let top = l.get(0).unwrap_or_else(|| vm.none.clone());
    l.set(0, last);
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &Vm, a: Args) -> PyResult<Value> {
    pop_impl(vm, a, "heappop", false)
}

fn heappop_max(vm: &Vm, a: Args) -> PyResult<Value> {
    pop_impl(vm, a, "_heappop_max", true)
}

fn replace_impl(vm: &Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    no_kw(vm, &a, name)?;
    check_positional(vm, name, a.pos.len(), 2, 2)?;
    let l = list_arg(vm, &a.pos[0], name, " 1")?;
    let Some(top) = l.get(0) else {
        return Err(vm.index_error("index out of range"));
    };
    l.set(0, a.pos[1].clone());
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &Vm, a: Args) -> PyResult<Value> {
    replace_impl(vm, a, "heapreplace", false)
}

fn heapreplace_max(vm: &Vm, a: Args) -> PyResult<Value> {
    replace_impl(vm, a, "_heapreplace_max", true)
}

fn heappushpop(vm: &Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "heappushpop")?;
    check_positional(vm, "heappushpop", a.pos.len(), 2, 2)?;
    let l = list_arg(vm, &a.pos[0], "heappushpop", " 1")?;
    let item = a.pos[1].clone();
    let Some(top) = l.get(0) else {
        return Ok(item);
    };
    if !lt(vm, &top, &item, false)? {
        return Ok(item);
    }
    let Some(top) = l.get(0) else {
        return Err(vm.index_error("index out of range"));
    };
    l.set(0, item);
    sift_up(vm, l, 0, false)?;
    Ok(top)
}

fn heapify_impl(vm: &Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, &a, name)?;
    let l = list_arg(vm, h, name, "")?;
    // Every node is sifted after both of its subtrees are heaps; the result does not
    // depend on the order, so the simple descending order is used.
    let n = l.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(vm.none.clone())
}

fn heapify(vm: &Vm, a: Args) -> PyResult<Value> {
    heapify_impl(vm, a, "heapify", false)
}

fn heapify_max(vm: &Vm, a: Args) -> PyResult<Value> {
    heapify_impl(vm, a, "_heapify_max", true)
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_heapq");
    add_fn(vm, &m, "heappush", heappush);
    add_fn(vm, &m, "heappop", heappop);
    add_fn(vm, &m, "heapify", heapify);
    add_fn(vm, &m, "heapreplace", heapreplace);
    add_fn(vm, &m, "heappushpop", heappushpop);
    add_fn(vm, &m, "_heappop_max", heappop_max);
    add_fn(vm, &m, "_heapify_max", heapify_max);
    add_fn(vm, &m, "_heapreplace_max", heapreplace_max);
    Ok(m)
}
