//! Builtin iterators (sequence, range, dict) with an allocation-free `next`, and `range`.

use crate::builtins::range_big as big;
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
    let ft = &vm.fast;
    if t == ft.list_iter {
        let d = unsafe { it.payload::<SeqIterData>() };
        let Some(seq) = unsafe { d.seq.get() }.as_ref() else {
            return Some(Ok(None));
        };
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
    if t == ft.range_iter {
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
    if t == ft.tuple_iter {
        let d = unsafe { it.payload::<SeqIterData>() };
        let Some(seq) = unsafe { d.seq.get() }.as_ref() else {
            return Some(Ok(None));
        };
        let i = d.index.get();
        let items = vm.tuple_items(seq);
        return Some(Ok(if i < items.len() {
            d.index.set(i + 1);
            Some(items[i].clone())
        } else {
            None
        }));
    }
    if t == vm.types.generator.raw() {
        return Some(crate::builtins::generator::gen_next(vm, it));
    }
    if t == ft.str_iter {
        let d = unsafe { it.payload::<SeqIterData>() };
        let Some(seq) = unsafe { d.seq.get() }.as_ref() else {
            return Some(Ok(None));
        };
        let sd = vm.as_str_data(seq)?;
        let i = d.index.get();
        return Some(Ok(if i < sd.char_len {
            d.index.set(i + 1);
            Some(vm.char_str(sd.char_at(i)))
        } else {
            None
        }));
    }
    if t == ft.bytes_iter {
        // (A bytearray may change size meanwhile: the index is checked each time.)
        let d = unsafe { it.payload::<SeqIterData>() };
        let Some(seq) = unsafe { d.seq.get() }.as_ref() else {
            return Some(Ok(None));
        };
        let i = d.index.get();
        let b = crate::builtins::bytes::data(vm, seq);
        if i < b.len() {
            d.index.set(i + 1);
            return Some(Ok(Some(vm.new_int(b[i] as i64))));
        }
        let old = unsafe { d.seq.get_mut().take() };
        drop(old);
        return Some(Ok(None));
    }
    if t == ft.dict_keys_iter
        || t == ft.dict_values_iter
        || t == ft.dict_items_iter
        || t == ft.set_iter
    {
        return Some(dict_next(vm, unsafe { it.payload::<DictIterData>() }));
    }
    {
        use crate::builtins::itertypes::{next_of, Kind};
        let kind = if t == ft.enumerate {
            Some(Kind::Enumerate)
        } else if t == ft.zip {
            Some(Kind::Zip)
        } else if t == ft.map {
            Some(Kind::Map)
        } else if t == ft.filter {
            Some(Kind::Filter)
        } else if t == ft.reversed {
            Some(Kind::Reversed)
        } else {
            None
        };
        if let Some(k) = kind {
            return Some(next_of(vm, it, k));
        }
    }
    if t == ft.seq_iter || t == vm.types.iterator.raw() {
        let d = unsafe { it.payload::<SeqIterData>() };
        let Some(seq) = unsafe { d.seq.get() }.clone() else {
            return Some(Ok(None));
        };
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
    // A subclass of a native iterator type (`class E(enumerate)`) holds that type's
    // payload; a plain class (a Python `__next__`) has none and skips the search by name.
    let td = unsafe { &(*(t as *const crate::object::typeobj::TypeObject)).data };
    if td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) && td.sub_layout.get().is_some() {
        return crate::builtins::itertypes::next(vm, it);
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
            let left = d.left.get();
            if left == 0 && !is_set {
                d.done.set(true);
                return Err(vm.runtime_error("dictionary keys changed during iteration"));
            }
            d.left.set(left.saturating_sub(1));
            d.pos.set(i + 1);
            let e = &t.entries[i];
            let k = e.key.clone().unwrap();
            Ok(Some(match d.kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => e.value.clone().unwrap(),
                DictIterKind::Items => {
                    let v = e.value.clone().unwrap();
                    vm.new_tuple2(k, v)
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

/// `__length_hint__` of the sequence iterators: the items not yet produced (0 once
/// exhausted; for `iter(obj)` over `__getitem__`, `len(obj)` if it has one).
fn seq_iter_length_hint(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<SeqIterData>() };
    let Some(seq) = (unsafe { d.seq.get() }).clone() else {
        return Ok(vm.new_int(0));
    };
    let n = match vm.len(&seq) {
        Ok(n) => n,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Ok(vm.not_implemented.clone());
        }
        Err(e) => return Err(e),
    };
    Ok(vm.new_int(n.saturating_sub(d.index.get()) as i64))
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
        vm.add_method(&t, "__length_hint__", seq_iter_length_hint);
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
    for name in [
        "dict_reversekeyiterator",
        "dict_reversevalueiterator",
        "dict_reverseitemiterator",
    ] {
        let t = vm.types.misc[name].clone();
        unsafe { type_data_mut(&t).dealloc.set(dealloc_of::<DictIterData>()) };
        vm.add_method(&t, "__iter__", iter_self);
        vm.add_method(&t, "__next__", |vm, a| {
            let d = unsafe { a.pos[0].payload::<DictIterData>() };
            match crate::builtins::dict::dict_reverse_next(vm, d)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            }
        });
    }
    big::init_iter(vm);
    super::iter_reduce::init(vm);
    let ri = vm.types.misc["range_iterator"].clone();
    unsafe {
        type_data_mut(&ri)
            .dealloc
            .set(dealloc_of::<RangeIterData>())
    };
    vm.add_method(&ri, "__iter__", iter_self);
    vm.add_method(&ri, "__next__", iter_next);
    vm.add_method(&ri, "__length_hint__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeIterData>() };
        Ok(vm.new_int(d.remaining.get().max(0)))
    });

    let r = vm.types.range.clone();
    vm.add_method_kind(&r, "__new__", range_new, MethodKind::Static);
    vm.add_method(&r, "__iter__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if d.big.is_some() {
            return big::iter(vm, d, false);
        }
        Ok(range_iter(vm, d.start, d.step, d.len()))
    });
    vm.add_method(&r, "__len__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if d.big.is_some() {
            return Ok(vm.new_int(big::len_i64(vm, d)?));
        }
        Ok(vm.new_int(d.len()))
    });
    vm.add_method(&r, "__repr__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if d.big.is_some() {
            return Ok(vm.new_str(big::repr(d)));
        }
        Ok(vm.new_str(if d.step == 1 {
            format!("range({}, {})", d.start, d.stop)
        } else {
            format!("range({}, {}, {})", d.start, d.stop, d.step)
        }))
    });
    vm.add_method(&r, "__getitem__", range_getitem);
    vm.add_method(&r, "__contains__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if d.big.is_some() || a.pos[1].as_small().is_none() {
            if let Some(x) = vm.as_int(&a.pos[1]).filter(|_| {
                vm.is_exact(&a.pos[1], &vm.types.int) || vm.is_exact(&a.pos[1], &vm.types.bool_)
            }) {
                return Ok(vm.bool_val(big::position(d, &x.to_big()).is_some()));
            }
        }
        if let Some(i) = a.pos[1].as_small().filter(|_| d.big.is_none()) {
            let inside = if d.step > 0 {
                i >= d.start && i < d.stop
            } else {
                i <= d.start && i > d.stop
            };
            return Ok(vm.bool_val(inside && (i - d.start) % d.step == 0));
        }
        let (start, step, n) = small_walk(vm, d)?;
        let it = range_iter(vm, start, step, n);
        while let Some(x) = vm.next(&it)? {
            if vm.eq_bool(&x, &a.pos[1])? {
                return Ok(vm.true_.clone());
            }
        }
        Ok(vm.false_.clone())
    });
    vm.add_method(&r, "__reversed__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<RangeData>() };
        if d.big.is_some() {
            return big::iter(vm, d, true);
        }
        let n = d.len();
        // The last item lies between start and stop, so it fits; the product may not.
        let last = d.start as i128 + (n as i128 - 1) * d.step as i128;
        let last = if n == 0 { d.start } else { last as i64 };
        Ok(range_iter(vm, last, d.step.wrapping_neg(), n))
    });
    init_range_extra(vm);
    vm.add_getset(
        &r,
        "start",
        |vm, a| {
            let d = unsafe { a.pos[0].payload::<RangeData>() };
            match &d.big {
                Some(b) => Ok(vm.new_bigint(b[0].clone())),
                None => Ok(vm.new_int(d.start)),
            }
        },
        None,
    );
    vm.add_getset(
        &r,
        "stop",
        |vm, a| {
            let d = unsafe { a.pos[0].payload::<RangeData>() };
            match &d.big {
                Some(b) => Ok(vm.new_bigint(b[1].clone())),
                None => Ok(vm.new_int(d.stop)),
            }
        },
        None,
    );
    vm.add_getset(
        &r,
        "step",
        |vm, a| {
            let d = unsafe { a.pos[0].payload::<RangeData>() };
            match &d.big {
                Some(b) => Ok(vm.new_bigint(b[2].clone())),
                None => Ok(vm.new_int(d.step)),
            }
        },
        None,
    );
}

pub fn range_iter(vm: &Vm, start: i64, step: i64, len: i64) -> Value {
    alloc(
        // The type's raw word, kept in `FastTypes` (no map lookup on every `for`).
        vm.fast.range_iter as *const _,
        RangeIterData {
            next: Cell::new(start),
            step,
            remaining: Cell::new(len),
            start,
        },
    )
}

fn range_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let args = &a.pos[1..];
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(if args.is_empty() {
            "range expected at least 1 argument, got 0".to_string()
        } else {
            format!("range expected at most 3 arguments, got {}", args.len())
        }));
    }
    // Small ints (nearly every range): no big-int arithmetic, no allocation but the range.
    let small = match args {
        [a] => a.as_small().map(|b| (0, b, 1)),
        [a, b] => a.as_small().zip(b.as_small()).map(|(a, b)| (a, b, 1)),
        [a, b, c] => match (a.as_small(), b.as_small(), c.as_small()) {
            (Some(a), Some(b), Some(c)) => Some((a, b, c)),
            _ => None,
        },
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(alloc(
            vm.types.range.ptr() as *const _,
            RangeData {
                start,
                stop,
                step,
                big: None,
            },
        ));
    }
    let mut v = Vec::new();
    for x in args {
        let i = vm.index(x)?;
        match vm.as_int(&i) {
            Some(r) => v.push(r.to_big()),
            None => return Err(vm.type_error("an integer is required")),
        }
    }
    let one = num_bigint::BigInt::from(1);
    let (start, stop, step) = match v.len() {
        1 => (0.into(), v[0].clone(), one),
        2 => (v[0].clone(), v[1].clone(), one),
        _ => (v[0].clone(), v[1].clone(), v[2].clone()),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(big::make(vm, start, stop, step))
}

/// `(start, step, len)` for walking a range item by item: every range CPython can iterate
/// whose items fit i64 (a big range that does not raises OverflowError).
fn small_walk(vm: &Vm, d: &RangeData) -> PyResult<(i64, i64, i64)> {
    if d.big.is_none() {
        return Ok((d.start, d.step, d.len()));
    }
    let (a, b, c) = big::parts(d);
    let n = big::len(&a, &b, &c);
    use num_traits::ToPrimitive;
    match (a.to_i64(), c.to_i64(), n.to_i64()) {
        (Some(s), Some(t), Some(n)) => Ok((s, t, n)),
        _ => Err(big::overflow(vm)),
    }
}

fn range_data(v: &Value) -> &RangeData {
    unsafe { v.payload::<RangeData>() }
}

/// `range[i]` and `range[slice]` (which is again a range).
fn range_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let d = range_data(&a.pos[0]);
    if d.big.is_some() {
        if vm.is_exact(&a.pos[1], &vm.types.slice) {
            let s = unsafe { a.pos[1].payload::<crate::object::misc::SliceData>() };
            return big::slice(vm, d, s);
        }
        if vm.as_int(&a.pos[1]).is_none() && vm.lookup_special(&a.pos[1], &vm.names.index).is_none()
        {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(&a.pos[1])
            )));
        }
        return big::item(vm, d, &a.pos[1]);
    }
    let n = d.len();
    if vm.is_exact(&a.pos[1], &vm.types.slice) {
        let s = unsafe { a.pos[1].payload::<crate::object::misc::SliceData>() };
        return big::slice(vm, d, s);
    }
    if vm.as_int(&a.pos[1]).is_none() && vm.lookup_special(&a.pos[1], &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(&a.pos[1])
        )));
    }
    let Some(i) = vm.index(&a.pos[1])?.as_small() else {
        return big::item(vm, d, &a.pos[1]);
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int((d.start as i128 + j as i128 * d.step as i128) as i64))
}

/// Registers `index`, `count`, comparisons, hashing and truth of ranges.
fn init_range_extra(vm: &Vm) {
    let r = vm.types.range.clone();
    vm.add_method(&r, "index", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "range.index")?;
        let d = range_data(&a.pos[0]);
        if vm.is_exact(&a.pos[1], &vm.types.int) || vm.is_exact(&a.pos[1], &vm.types.bool_) {
            let x = vm.as_int(&a.pos[1]).unwrap();
            return match big::position(d, &x.to_big()) {
                Some(p) => Ok(vm.new_bigint(p)),
                None => {
                    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a.pos[1])?)))
                }
            };
        }
        let (start, step, n) = small_walk(vm, d)?;
        let it = range_iter(vm, start, step, n);
        let mut i = 0;
        while let Some(x) = vm.next(&it)? {
            if vm.eq_bool(&x, &a.pos[1])? {
                return Ok(vm.new_int(i));
            }
            i += 1;
        }
        Err(vm.value_error("sequence.index(x): x not in sequence"))
    });
    vm.add_method(&r, "count", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "range.count")?;
        let d = range_data(&a.pos[0]);
        if vm.is_exact(&a.pos[1], &vm.types.int) || vm.is_exact(&a.pos[1], &vm.types.bool_) {
            let x = vm.as_int(&a.pos[1]).unwrap();
            return Ok(vm.new_int(big::position(d, &x.to_big()).is_some() as i64));
        }
        let (start, step, len) = small_walk(vm, d)?;
        let it = range_iter(vm, start, step, len);
        let mut n = 0;
        while let Some(x) = vm.next(&it)? {
            if vm.eq_bool(&x, &a.pos[1])? {
                n += 1;
            }
        }
        Ok(vm.new_int(n))
    });
    vm.add_method(&r, "__bool__", |vm, a| {
        let d = range_data(&a.pos[0]);
        if d.big.is_some() {
            let (x, y, z) = big::parts(d);
            return Ok(vm.bool_val(!num_traits::Zero::is_zero(&big::len(&x, &y, &z))));
        }
        Ok(vm.bool_val(d.len() != 0))
    });
    vm.add_method(&r, "__eq__", |vm, a| range_eq(vm, a, false));
    vm.add_method(&r, "__ne__", |vm, a| range_eq(vm, a, true));
    vm.add_method(&r, "__hash__", |vm, a| {
        // Equal ranges hash alike: hash (len, start, step) with the irrelevant parts None.
        let d = range_data(&a.pos[0]);
        if d.big.is_some() {
            return Ok(vm.new_int(vm.hash(&big::hash_key(vm, d))?));
        }
        let n = d.len();
        let t = match n {
            0 => vm.new_tuple(vec![vm.new_int(0), vm.none.clone(), vm.none.clone()]),
            1 => vm.new_tuple(vec![vm.new_int(1), vm.new_int(d.start), vm.none.clone()]),
            _ => vm.new_tuple(vec![vm.new_int(n), vm.new_int(d.start), vm.new_int(d.step)]),
        };
        Ok(vm.new_int(vm.hash(&t)?))
    });
}

/// Ranges are equal when they produce the same items.
fn range_eq(vm: &Vm, a: Args, negate: bool) -> PyResult<Value> {
    a.check(vm, "__eq__", 2, 2)?;
    if !vm.is_exact(&a.pos[1], &vm.types.range) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (range_data(&a.pos[0]), range_data(&a.pos[1]));
    if x.big.is_some() || y.big.is_some() {
        return Ok(vm.bool_val(big::equal(x, y) != negate));
    }
    let (n, m) = (x.len(), y.len());
    let eq = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(vm.bool_val(eq != negate))
}
