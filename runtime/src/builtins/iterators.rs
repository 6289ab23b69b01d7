//! Builtin iterators (sequence, range, dict) with an allocation-free `next`, and `range`.

use crate::object::iter::{DictIterData, DictIterKind, RangeIterData, SeqIterData};
use crate::object::misc::RangeData;
use crate::object::native::{Args, MethodKind};
use crate::object::typeobj::dealloc_of;
use crate::object::value::{alloc, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `next(it)` for builtin iterators and generators; None when `it` is of another type.
#[inline]
pub fn fast_next(vm: &Vm, it: &Value) -> Option<PyResult<Option<Value>>> {
    let t = vm.type_ptr(it) as usize;
    let misc = &vm.types.misc;
    if t == misc["list_iterator"].raw() {
        let d = unsafe { it.payload::<SeqIterData>() };
        let seq = unsafe { d.seq.get() }.as_ref()?;
        let i = d.index.get();
        return Some(Ok(match vm.as_list(seq).and_then(|l| l.get(i)) {
            Some(v) => {
                d.index.set(i + 1);
                Some(v)
            }
            None => {
                let old = unsafe { d.seq.get_mut().take() };
                drop(old);
                None
            }
        }));
    }
    if t == misc["range_iterator"].raw() {
        let d = unsafe { it.payload::<RangeIterData>() };
        let r = d.remaining.get();
        if r <= 0 {
            return Some(Ok(None));
        }
        let v = d.next.get();
        d.remaining.set(r - 1);
        d.next.set(v.wrapping_add(d.step));
        return Some(Ok(Some(vm.new_int(v))));
    }
    if t == misc["tuple_iterator"].raw() {
        let d = unsafe { it.payload::<SeqIterData>() };
        let seq = unsafe { d.seq.get() }.as_ref()?;
        let i = d.index.get();
        let items = vm.tuple_items(seq);
        return Some(Ok(if i < items.len() {
            d.index.set(i + 1);
            Some(items[i].clone())
        } else {
            None
        }));
    }
    if t == misc["str_iterator"].raw() {
        let d = unsafe { it.payload::<SeqIterData>() };
        let seq = unsafe { d.seq.get() }.as_ref()?;
        let sd = vm.as_str_data(seq)?;
        let i = d.index.get();
        return Some(Ok(if i < sd.char_len {
            d.index.set(i + 1);
            let mut buf = [0u8; 4];
            Some(vm.new_str(&*sd.char_at(i).encode_utf8(&mut buf)))
        } else {
            None
        }));
    }
    if t == misc["dict_keyiterator"].raw()
        || t == misc["dict_valueiterator"].raw()
        || t == misc["dict_itemiterator"].raw()
        || t == misc["set_iterator"].raw()
    {
        return Some(dict_next(vm, unsafe { it.payload::<DictIterData>() }));
    }
    if t == vm.types.generator.raw() {
        return Some(crate::builtins::generator::gen_next(vm, it));
    }
    if t == misc["iterator"].raw() || t == vm.types.iterator.raw() {
        let d = unsafe { it.payload::<SeqIterData>() };
        let seq = unsafe { d.seq.get() }.clone()?;
        let i = d.index.get();
        return Some(match vm.getitem(&seq, &vm.new_int_usize(i)) {
            Ok(v) => {
                d.index.set(i + 1);
                Ok(Some(v))
            }
            Err(e)
                if vm.err_matches(&e, &vm.exc.index_error)
                    || vm.err_matches(&e, &vm.exc.stop_iteration) =>
            {
                let old = unsafe { d.seq.get_mut().take() };
                drop(old);
                Ok(None)
            }
            Err(e) => Err(e),
        });
    }
    None
}

fn dict_next(vm: &Vm, d: &DictIterData) -> PyResult<Option<Value>> {
    if d.done.get() {
        return Ok(None);
    }
    let (table, is_set) = match vm.as_dict(&d.dict) {
        Some(dd) => (dd, false),
        None => (&vm.as_set(&d.dict).unwrap().d, true),
    };
    if table.len() != d.size {
        d.done.set(true);
        return Err(vm.runtime_error(if is_set {
            "Set changed size during iteration"
        } else {
            "dictionary changed size during iteration"
        }));
    }
    let t = unsafe { table.table.get() };
    match t.next_from(d.pos.get()) {
        Some(i) => {
            d.pos.set(i + 1);
            let e = &t.entries[i];
            let k = e.key.clone().unwrap();
            Ok(Some(match d.kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => e.value.clone().unwrap(),
                DictIterKind::Items => {
                    let v = e.value.clone().unwrap();
                    vm.new_tuple(vec![k, v])
                }
            }))
        }
        None => {
            d.done.set(true);
            Ok(None)
        }
    }
}

fn iter_self(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

fn iter_next(vm: &Vm, a: Args) -> PyResult<Value> {
    match fast_next(vm, &a.pos[0]) {
        Some(r) => match r? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        },
        None => Err(vm.type_error("not an iterator")),
    }
}

pub fn init(vm: &Vm) {
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_iterator",
        "iterator",
        "bytes_iterator",
    ] {
        let t = vm.types.misc[name].clone();
        unsafe { type_data_mut(&t).dealloc.set(dealloc_of::<SeqIterData>()) };
        vm.add_method(&t, "__iter__", iter_self);
        vm.add_method(&t, "__next__", iter_next);
    }
    vm.add_method(&vm.types.iterator, "__iter__", iter_self);
    vm.add_method(&vm.types.iterator, "__next__", iter_next);
    for name in [
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
    ] {
        let t = vm.types.misc[name].clone();
        unsafe { type_data_mut(&t).dealloc.set(dealloc_of::<DictIterData>()) };
        vm.add_method(&t, "__iter__", iter_self);
        vm.add_method(&t, "__next__", iter_next);
    }
    let ri = vm.types.misc["range_iterator"].clone();
    unsafe {
        type_data_mut(&ri)
            .dealloc
            .set(dealloc_of::<RangeIterData>())
    };
    vm.add_method(&ri, "__iter__", iter_self);
    vm.add_method(&ri, "__next__", iter_next);

    let r = vm.types.range.clone();
    vm.add_method_kind(&r, "__new__", range_new, MethodKind::Static);
    vm.add_method(&r, "__iter__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        Ok(range_iter(vm, d.start, d.step, d.len()))
    });
    vm.add_method(&r, "__len__", |vm, a| {
        Ok(vm.new_int(unsafe { a.pos[0].payload::<RangeData>() }.len()))
    });
    vm.add_method(&r, "__repr__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        Ok(vm.new_str(if d.step == 1 {
            format!("range({}, {})", d.start, d.stop)
        } else {
            format!("range({}, {}, {})", d.start, d.stop, d.step)
        }))
    });
    vm.add_method(&r, "__getitem__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        let i = vm.index_isize(&a.pos[1])?;
        let n = d.len();
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        Ok(vm.new_int(d.item(j)))
    });
    vm.add_method(&r, "__contains__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if let Some(i) = a.pos[1].as_small() {
            let inside = if d.step > 0 {
                i >= d.start && i < d.stop
            } else {
                i <= d.start && i > d.stop
            };
            return Ok(vm.bool_val(inside && (i - d.start) % d.step == 0));
        }
        let it = range_iter(vm, d.start, d.step, d.len());
        while let Some(x) = vm.next(&it)? {
            if vm.eq_bool(&x, &a.pos[1])? {
                return Ok(vm.true_.clone());
            }
        }
        Ok(vm.false_.clone())
    });
    vm.add_method(&r, "__reversed__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        let n = d.len();
        Ok(range_iter(vm, d.start + (n - 1) * d.step, -d.step, n))
    });
    vm.add_getset(
        &r,
        "start",
        |vm, a| Ok(vm.new_int(unsafe { a.pos[0].payload::<RangeData>() }.start)),
        None,
    );
    vm.add_getset(
        &r,
        "stop",
        |vm, a| Ok(vm.new_int(unsafe { a.pos[0].payload::<RangeData>() }.stop)),
        None,
    );
    vm.add_getset(
        &r,
        "step",
        |vm, a| Ok(vm.new_int(unsafe { a.pos[0].payload::<RangeData>() }.step)),
        None,
    );
}

pub fn range_iter(vm: &Vm, start: i64, step: i64, len: i64) -> Value {
    alloc(
        vm.types.misc["range_iterator"].ptr() as *const _,
        RangeIterData {
            next: Cell::new(start),
            step,
            remaining: Cell::new(len),
        },
    )
}

fn range_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = &a.pos[1..];
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(if args.is_empty() {
            "range expected at least 1 argument, got 0".to_string()
        } else {
            format!("range expected at most 3 arguments, got {}", args.len())
        }));
    }
    let mut v = Vec::new();
    for x in args {
        let i = vm.index(x)?;
        v.push(
            vm.as_int(&i)
                .unwrap()
                .to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?,
        );
    }
    let (start, stop, step) = match v.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc(
        vm.types.range.ptr() as *const _,
        RangeData { start, stop, step },
    ))
}
