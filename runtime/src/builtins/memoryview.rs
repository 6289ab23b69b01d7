//! `memoryview` over bytes and bytearray (format `B`, one dimension): length, indexing,
//! slicing (views again), `tobytes`/`tolist`/`hex`, `release` and the context manager;
//! writes through to a bytearray.

use crate::object::native::Args;
use crate::object::native::NativeFn;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// A view of `len` bytes of `obj` (a bytes or bytearray), from `start` in steps of `step`.
pub struct MemData {
    obj: Value,
    start: i64,
    step: i64,
    len: i64,
    released: Cell<bool>,
}

impl Container for MemData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.obj)
    }
    fn clear_refs(&self) {}
}

fn mem(v: &Value) -> &MemData {
    // SAFETY: every method is registered on the memoryview type only, whose instances
    // carry MemData.
    unsafe { v.payload::<MemData>() }
}

thread_local! {
    /// The memoryview type's address, so other bytes-like consumers can recognise views.
    static TYPE: Cell<usize> = const { Cell::new(0) };
}

/// The bytes a live memoryview shows, or None when `v` is not one.
pub fn view_bytes(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    let t = TYPE.with(|t| t.get());
    if t == 0 || vm.type_ptr(v) as usize != t {
        return None;
    }
    bytes_of(vm, v).ok()
}

/// The `memoryview` type, for the builtins module.
pub fn make_type(vm: &Vm) -> Value {
    let t = native_type::new_type::<MemData>(vm, "builtins", "memoryview");
    TYPE.with(|c| c.set(t.raw()));
    native_type::set_new(vm, &t, mv_new);
    native_type::methods(
        vm,
        &t,
        &[
            ("__len__", mv_len as NativeFn),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__iter__", |vm, a| {
                let items = mv_list(vm, &a.pos[0])?;
                vm.iter(&items)
            }),
            ("__repr__", |vm, a| {
                let m = mem(&a.pos[0]);
                let what = if m.released.get() {
                    "released memory"
                } else {
                    "memory"
                };
                Ok(vm.new_str(format!("<{what} at {:#x}>", a.pos[0].raw())))
            }),
            ("__eq__", mv_eq),
            ("__hash__", mv_hash),
            ("tobytes", |vm, a| {
                mv_tobytes_args(vm, &a)?;
                Ok(vm.new_bytes(bytes_of(vm, &a.pos[0])?))
            }),
            ("tolist", |vm, a| {
                crate::builtins::str::args::check_noargs(vm, &a, "memoryview.tolist")?;
                mv_list(vm, &a.pos[0])
            }),
            ("hex", |vm, a| {
                let b = bytes_of(vm, &a.pos[0])?;
                crate::builtins::bytes::format::hex_of(vm, &a, &b)
            }),
            ("release", |vm, a| {
                mem(&a.pos[0]).released.set(true);
                Ok(vm.none.clone())
            }),
            ("__enter__", |_vm, a| {
                check_live(_vm, &a.pos[0])?;
                Ok(a.pos[0].clone())
            }),
            ("__exit__", |vm, a| {
                mem(&a.pos[0]).released.set(true);
                Ok(vm.none.clone())
            }),
        ],
    );
    vm.add_getset(
        &t,
        "nbytes",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_int(mem(&a.pos[0]).len))
        },
        None,
    );
    vm.add_getset(
        &t,
        "readonly",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.bool_val(vm.as_bytearray(&mem(&a.pos[0]).obj).is_none()))
        },
        None,
    );
    vm.add_getset(
        &t,
        "format",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_str("B"))
        },
        None,
    );
    vm.add_getset(
        &t,
        "itemsize",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_int(1))
        },
        None,
    );
    vm.add_getset(
        &t,
        "ndim",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_int(1))
        },
        None,
    );
    vm.add_getset(
        &t,
        "shape",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_tuple(vec![vm.new_int(mem(&a.pos[0]).len)]))
        },
        None,
    );
    vm.add_getset(
        &t,
        "strides",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_tuple(vec![vm.new_int(mem(&a.pos[0]).step)]))
        },
        None,
    );
    vm.add_getset(
        &t,
        "obj",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(mem(&a.pos[0]).obj.clone())
        },
        None,
    );
    t
}

fn check_live(vm: &Vm, v: &Value) -> PyResult<()> {
    if mem(v).released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// The underlying bytes as they are now (a bytearray may have changed size since).
fn underlying<'a>(vm: &Vm, obj: &'a Value) -> &'a [u8] {
    match vm.as_bytes(obj) {
        Some(b) => b,
        // SAFETY: read-only borrow for the duration of one operation; no Python code runs.
        None => vm
            .as_bytearray(obj)
            .map(|ba| unsafe { ba.b.get() }.as_slice())
            .unwrap_or(&[]),
    }
}

fn byte_at(vm: &Vm, m: &MemData, i: i64) -> PyResult<u8> {
    let at = m.start + i * m.step;
    underlying(vm, &m.obj)
        .get(at as usize)
        .copied()
        .filter(|_| at >= 0)
        .ok_or_else(|| vm.index_error("index out of range"))
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    check_live(vm, v)?;
    let m = mem(v);
    (0..m.len).map(|i| byte_at(vm, m, i)).collect()
}

fn mv_list(vm: &Vm, v: &Value) -> PyResult<Value> {
    let b = bytes_of(vm, v)?;
    Ok(vm.new_list(b.into_iter().map(|x| vm.new_int(x as i64)).collect()))
}

fn mv_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    rest.check_kw_parser(vm, "memoryview", &["object"], 0, 1)?;
    let cls = &a.pos[0];
    let src = &match a.pos.get(1) {
        Some(v) => v.clone(),
        None => a.kw(vm, "object").unwrap(),
    };
    if vm.type_of(src).is(cls) {
        // A view of a view shares its target and window.
        check_live(vm, src)?;
        let m = mem(src);
        return Ok(new_view(vm, cls, m.obj.clone(), m.start, m.step, m.len));
    }
    let n = match (vm.as_bytes(src), vm.as_bytearray(src)) {
        (Some(b), _) => b.len(),
        // SAFETY: length read only.
        (None, Some(ba)) => unsafe { ba.b.get() }.len(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(src)
            )))
        }
    };
    Ok(new_view(vm, cls, src.clone(), 0, 1, n as i64))
}

fn new_view(vm: &Vm, cls: &Value, obj: Value, start: i64, step: i64, len: i64) -> Value {
    native_type::new_obj(
        vm,
        cls,
        MemData {
            obj,
            start,
            step,
            len,
            released: Cell::new(false),
        },
    )
}

fn mv_len(vm: &Vm, a: Args) -> PyResult<Value> {
    check_live(vm, &a.pos[0])?;
    Ok(vm.new_int(mem(&a.pos[0]).len))
}

fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// The item index of an int key, checked against the view's length.
fn item_index(vm: &Vm, m: &MemData, key: &Value) -> PyResult<i64> {
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_isize(key)?;
    let j = if i < 0 { i + m.len } else { i };
    if j < 0 || j >= m.len {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j)
}

fn mv_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    let m = mem(this);
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let (i, j, k) = vm.slice_indices(key, m.len as usize)?;
        let n = slice_len(i, j, k);
        let start = m.start + i * m.step;
        return Ok(new_view(
            vm,
            &vm.type_of(this),
            m.obj.clone(),
            start,
            m.step * k,
            n,
        ));
    }
    let i = item_index(vm, m, key)?;
    Ok(vm.new_int(byte_at(vm, m, i)? as i64))
}

fn mv_setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    let m = mem(this);
    let Some(ba) = vm.as_bytearray(&m.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let key = &a.pos[1];
    let val = &a.pos[2];
    // Positions (in the bytearray) and the bytes to write there.
    let (at, new): (Vec<i64>, Vec<u8>) = if vm.is_exact(key, &vm.types.slice) {
        let (i, j, k) = vm.slice_indices(key, m.len as usize)?;
        let n = slice_len(i, j, k);
        let Some(src) = crate::builtins::bytes::bytes_view(vm, val).or_else(|| {
            native_type::is_of(vm, val, &vm.type_of(this))
                .then(|| bytes_of(vm, val).ok())
                .flatten()
        }) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(val)
            )));
        };
        if src.len() as i64 != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (
            (0..n).map(|x| m.start + (i + x * k) * m.step).collect(),
            src,
        )
    } else {
        let i = item_index(vm, m, key)?;
        if !vm.is_int(val) {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
        let v = vm.int_to_i64(val).ok().filter(|v| (0..256).contains(v));
        let Some(v) = v else {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"));
        };
        (vec![m.start + i * m.step], vec![v as u8])
    };
    // SAFETY: no Python code runs while the bytearray's buffer is borrowed.
    let buf = unsafe { ba.b.get_mut() };
    for (p, b) in at.into_iter().zip(new) {
        match buf.get_mut(p as usize) {
            Some(slot) if p >= 0 => *slot = b,
            _ => return Err(vm.index_error("index out of range")),
        }
    }
    Ok(vm.none.clone())
}

fn mv_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let other = &a.pos[1];
    if this.is(other) {
        return Ok(vm.true_.clone());
    }
    if mem(this).released.get() {
        return Ok(vm.false_.clone());
    }
    let theirs = if native_type::is_of(vm, other, &vm.type_of(this)) {
        if mem(other).released.get() {
            return Ok(vm.false_.clone());
        }
        bytes_of(vm, other)?
    } else {
        match crate::builtins::bytes::bytes_view(vm, other) {
            Some(b) => b,
            None => return Ok(vm.not_implemented.clone()),
        }
    };
    Ok(vm.bool_val(bytes_of(vm, this)? == theirs))
}

fn mv_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    if vm.as_bytearray(&mem(this).obj).is_some() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = vm.new_bytes(bytes_of(vm, this)?);
    Ok(vm.new_int(vm.hash(&b)?))
}

/// `tobytes(order='C')`: the order only names a layout; a one-dimensional view has one.
fn mv_tobytes_args(vm: &Vm, a: &Args) -> PyResult<()> {
    a.only_kw(vm, "tobytes", &["order"])?;
    let n = a.pos.len() - 1 + a.kwnames.len();
    if n > 1 {
        return Err(vm.type_error(format!("tobytes() takes at most 1 argument ({n} given)")));
    }
    let order = a.pos.get(1).cloned().or_else(|| a.kw(vm, "order"));
    if let Some(o) = order.filter(|o| !vm.is_none(o)) {
        if !vm.is_str(&o) || !matches!(vm.str_ref(&o), "C" | "F" | "A") {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(())
}
