//! `list` and slices: construction, indexing, slice read/write/delete, the list methods, ordering.

use crate::bytecode::CmpOp;
use crate::object::list::drop_reversed;
use crate::object::misc::SliceData;
use crate::object::native::{Args, MethodKind};
use crate::object::value::{alloc, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        alloc(
            self.types.slice.ptr() as *const _,
            SliceData { start, stop, step },
        )
    }

    /// Normalised (start, stop, step) of a slice over a sequence of length `len`.
    pub fn slice_indices(&self, s: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
        let sd = unsafe { s.payload::<SliceData>() };
        let len = len as i64;
        let step = if self.is_none(&sd.step) {
            1
        } else {
            self.slice_int(&sd.step)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |v: &Value, default: i64| -> PyResult<i64> {
            if self.is_none(v) {
                return Ok(default);
            }
            let mut i = self.slice_int(v)?;
            if i < 0 {
                i += len;
                if i < lo {
                    i = lo;
                }
            } else if i > hi {
                i = hi;
            }
            Ok(i)
        };
        let start = fix(&sd.start, if step < 0 { hi } else { lo })?;
        let stop = fix(&sd.stop, if step < 0 { lo } else { hi })?;
        Ok((start, stop, step))
    }

    #[inline]
    fn slice_int(&self, v: &Value) -> PyResult<i64> {
        // The usual bound: a small int, used as it is.
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        self.slice_int_slow(v)
    }

    #[inline(never)]
    fn slice_int_slow(&self, v: &Value) -> PyResult<i64> {
        let i = self.index(v).map_err(|_| {
            self.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        let r = self.as_int(&i).unwrap();
        Ok(r.to_i64().unwrap_or(if r.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }))
    }
}

/// Appends the items of `iterable` one by one (what was appended stays if iteration fails).
pub fn extend_from(vm: &Vm, list: &Value, iterable: &Value) -> PyResult<()> {
    let l = vm.as_list(list).unwrap();
    if list.is(iterable) {
        for x in l.snapshot() {
            l.push(x);
        }
        return Ok(());
    }
    // An exact tuple or list: its items copied at once (no iterator; copying runs no
    // Python code, so nothing can change either sequence meanwhile).
    if vm.is_exact(iterable, &vm.types.tuple) {
        l.extend_from_slice(vm.tuple_items(iterable));
        return Ok(());
    }
    if vm.is_exact(iterable, &vm.types.list) {
        l.extend_from_list(vm.as_list(iterable).unwrap());
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    // As CPython's list_extend, a length hint is asked of the iterable (see collect_hinted).
    if vm.wants_length_hint(iterable) {
        crate::stdlib::registry_data::operator::length_hint(vm, iterable, 0)?;
    }
    while let Some(x) = vm.next(&it)? {
        l.push(x);
    }
    Ok(())
}

/// The items of `items[slice]`.
/// `seq.index(x[, start[, stop]])` over `items` (`a.pos[1..]` are x, start, stop; the
/// bounds clip like slice bounds): the first index whose item equals x.
pub fn position_in(vm: &Vm, items: &[Value], a: &Args) -> PyResult<Option<i64>> {
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => {
                // Argument Clinic's slice_index: any __index__ (huge values clamp), no None.
                if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
                    return Err(
                        vm.type_error("slice indices must be integers or have an __index__ method")
                    );
                }
                let i = crate::builtins::str::args::slice_arg(vm, Some(v))?.unwrap_or(0);
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(a.pos.get(2), 0)?;
    let stop = norm(a.pos.get(3), n)?;
    for i in start..stop.max(start) {
        if vm.eq_bool(&items[i as usize], &a.pos[1])? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn slice_of(vm: &Vm, items: &[Value], s: &Value) -> PyResult<Vec<Value>> {
    let (start, stop, step) = vm.slice_indices(s, items.len())?;
    Ok(take_slice(items, start, stop, step))
}

/// The items `start, start + step, ...` before `stop` (indices already clamped).
fn take_slice(items: &[Value], start: i64, stop: i64, step: i64) -> Vec<Value> {
    if step == 1 {
        return if start < stop {
            items[start as usize..stop as usize].to_vec()
        } else {
            Vec::new()
        };
    }
    // (Sized up front: `perm[k::-1]` grew its vector item by item.)
    let n = slice_len(start, stop, step);
    (0..n)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// `l[s]` for a list and a slice object: a new list.
pub fn list_slice(vm: &Vm, l: &crate::object::list::ListData, s: &Value) -> PyResult<Value> {
    let (start, stop, step) = vm.slice_indices(s, l.len())?;
    // SAFETY: cloning the items runs no Python code, so the list cannot change meanwhile.
    let items = unsafe { l.items.get() };
    Ok(vm.new_list(take_slice(items, start, stop, step)))
}

pub fn init(vm: &Vm) {
    let t = vm.types.list.clone();
    vm.add_method_kind(&t, "__new__", list_new, MethodKind::Static);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "__repr__", list_repr);
    vm.add_method(&t, "__len__", |vm, a| {
        Ok(vm.new_int_usize(vm.as_list(&a.pos[0]).unwrap().len()))
    });
    vm.add_method(&t, "__getitem__", list_getitem);
    vm.add_method(&t, "__reversed__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "list.__reversed__")?;
        crate::builtins::itertypes::reversed_iter(vm, &a.pos[0])
    });
    vm.add_method(&t, "__setitem__", list_setitem);
    vm.add_method(&t, "__delitem__", list_delitem);
    vm.add_method(&t, "__iter__", |vm, a| {
        Ok(vm.new_seq_iter_of(a.pos[0].clone(), vm.fast.list_iter))
    });
    vm.add_method(&t, "__contains__", |vm, a| {
        for x in vm.as_list(&a.pos[0]).unwrap().snapshot() {
            if vm.eq_bool(&x, &a.pos[1])? {
                return Ok(vm.true_.clone());
            }
        }
        Ok(vm.false_.clone())
    });
    vm.add_method(&t, "__add__", |vm, a| {
        let Some(o) = vm.as_list(&a.pos[1]) else {
            return Ok(vm.not_implemented.clone());
        };
        let mut v = vm.as_list(&a.pos[0]).unwrap().snapshot();
        v.extend(o.snapshot());
        Ok(vm.new_list(v))
    });
    vm.add_method(&t, "__iadd__", |vm, a| {
        extend_from(vm, &a.pos[0], &a.pos[1])?;
        Ok(a.pos[0].clone())
    });
    vm.add_method(&t, "__mul__", list_mul);
    // `l *= n` repeats the list in place (the same object, as its aliases see).
    vm.add_method(&t, "__imul__", |vm, a| {
        let items = vm.as_list(&a.pos[0]).unwrap().snapshot();
        match repeat(vm, &items, &a.pos[1])? {
            Some(v) => {
                vm.as_list(&a.pos[0]).unwrap().replace_all(v);
                Ok(a.pos[0].clone())
            }
            None => Ok(vm.not_implemented.clone()),
        }
    });
    vm.add_method(&t, "__rmul__", list_mul);
    vm.add_method(&t, "__eq__", |vm, a| list_eq(vm, a, false));
    vm.add_method(&t, "__ne__", |vm, a| list_eq(vm, a, true));
    vm.add_method(&t, "__lt__", |vm, a| seq_order(vm, a, CmpOp::Lt));
    vm.add_method(&t, "__le__", |vm, a| seq_order(vm, a, CmpOp::Le));
    vm.add_method(&t, "__gt__", |vm, a| seq_order(vm, a, CmpOp::Gt));
    vm.add_method(&t, "__ge__", |vm, a| seq_order(vm, a, CmpOp::Ge));
    vm.add_type_attr(&t, "__hash__", vm.none.clone());
    vm.add_method(&t, "append", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "list.append")?;
        vm.as_list(&a.pos[0]).unwrap().push(a.pos[1].clone());
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "extend", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "list.extend")?;
        extend_from(vm, &a.pos[0], &a.pos[1])?;
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "pop", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "list.pop", "pop", 0, 1)?;
        let l = vm.as_list(&a.pos[0]).unwrap();
        let n = l.len() as i64;
        if n == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let i = match a.pos.get(1) {
            Some(i) => crate::stdlib::registry_data::itertools::ssize_arg(vm, i)?,
            None => n - 1,
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(unsafe { l.items.get_mut().remove(j as usize) })
    });
    vm.add_method(&t, "insert", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "list.insert", "insert", 2, 2)?;
        let l = vm.as_list(&a.pos[0]).unwrap();
        let n = l.len() as i64;
        let i = crate::stdlib::registry_data::itertools::ssize_arg(vm, &a.pos[1])?;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        unsafe { l.items.get_mut().insert(j as usize, a.pos[2].clone()) };
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "reverse", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "list.reverse")?;
        unsafe { vm.as_list(&a.pos[0]).unwrap().items.get_mut().reverse() };
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "copy", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "list.copy")?;
        Ok(vm.new_list(vm.as_list(&a.pos[0]).unwrap().snapshot()))
    });
    vm.add_method(&t, "clear", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "list.clear")?;
        vm.as_list(&a.pos[0]).unwrap().replace_all(Vec::new());
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "index", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "list.index", "index", 1, 3)?;
        let items = vm.as_list(&a.pos[0]).unwrap().snapshot();
        match position_in(vm, &items, &a)? {
            Some(i) => Ok(vm.new_int(i)),
            None => Err(vm.value_error(format!("{} is not in list", vm.repr_string(&a.pos[1])?))),
        }
    });
    vm.add_method(&t, "count", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "list.count")?;
        let mut n = 0;
        for x in vm.as_list(&a.pos[0]).unwrap().snapshot() {
            if vm.eq_bool(&x, &a.pos[1])? {
                n += 1;
            }
        }
        Ok(vm.new_int(n))
    });
    vm.add_method(&t, "remove", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "list.remove")?;
        let l = vm.as_list(&a.pos[0]).unwrap();
        for (i, x) in l.snapshot().iter().enumerate() {
            if vm.eq_bool(x, &a.pos[1])? {
                let removed = unsafe { l.items.get_mut().remove(i) };
                drop(removed);
                return Ok(vm.none.clone());
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    vm.add_method(&t, "sort", list_sort);
}

fn list_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    if cls.is(&vm.types.list) {
        return Ok(vm.new_list(Vec::new()));
    }
    Ok(vm.new_instance(cls, crate::object::list::ListData::new(Vec::new())))
}

fn list_init(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_varargs(vm, &a, "list", "list", 0, 1)?;
    let items = match a.pos.get(1) {
        Some(x) => vm.collect_hinted(x)?,
        None => Vec::new(),
    };
    vm.as_list(&a.pos[0]).unwrap().replace_all(items);
    Ok(vm.none.clone())
}

fn list_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let items = vm.as_list(&a.pos[0]).unwrap().snapshot();
    if !vm.repr_enter(&a.pos[0]) {
        return Ok(vm.new_str("[...]"));
    }
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        match vm.repr_string(x) {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.repr_leave(&a.pos[0]);
                return Err(e);
            }
        }
    }
    vm.repr_leave(&a.pos[0]);
    Ok(vm.new_str(format!("[{}]", parts.join(", "))))
}

fn list_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let l = vm.as_list(&a.pos[0]).unwrap();
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        return list_slice(vm, l, key);
    }
    let i = vm.seq_index(key, "list")?;
    vm.list_item(l, i)
}

fn list_setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let l = vm.as_list(&a.pos[0]).unwrap();
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        list_assign_slice(vm, l, key, &a.pos[2])?;
    } else {
        let i = vm.seq_index(key, "list")?;
        vm.list_set_item(l, i, a.pos[2].clone())?;
    }
    Ok(vm.none.clone())
}

/// `l[s] = value` for a list and a slice object.
pub fn list_assign_slice(
    vm: &Vm,
    l: &crate::object::list::ListData,
    s: &Value,
    value: &Value,
) -> PyResult<()> {
    let new = vm.collect(value).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error)
            && vm.lookup_special(value, &vm.names.iter).is_none()
        {
            vm.type_error("can only assign an iterable")
        } else {
            e
        }
    })?;
    assign_slice_items(vm, l, s, new)
}

/// `l[s] = value` where the caller owns `value`: a list nobody else holds (`a[:k] =
/// a[k::-1]`'s right side) gives up its items instead of being copied.
pub fn list_assign_slice_owned(
    vm: &Vm,
    l: &crate::object::list::ListData,
    s: &Value,
    value: Value,
) -> PyResult<()> {
    if value.refcount() == 1 && vm.is_exact(&value, &vm.types.list) {
        // SAFETY: ours is the only reference, so no one can see the list emptied.
        let new = std::mem::take(unsafe { vm.as_list(&value).unwrap().items.get_mut() });
        return assign_slice_items(vm, l, s, new);
    }
    list_assign_slice(vm, l, s, &value)
}

/// `l[s] = new`, the new items collected.
fn assign_slice_items(
    vm: &Vm,
    l: &crate::object::list::ListData,
    s: &Value,
    new: Vec<Value>,
) -> PyResult<()> {
    let (start, stop, step) = vm.slice_indices(s, l.len())?;
    if step == 1 {
        let stop = stop.max(start);
        let (start, stop) = (start as usize, stop as usize);
        // SAFETY: splicing runs no Python code; the replaced items are dropped (their
        // `__del__` may look at the list) only after the list is consistent again.
        let items = unsafe { l.items.get_mut() };
        let old: Vec<Value> = if new.len() == stop - start {
            // As many items as it replaces (`a[i:j] = b[j-1:i-1:-1]`): swapped in
            // place, without `splice`'s iterator; `new` then holds the old items.
            let mut new = new;
            for (slot, v) in items[start..stop].iter_mut().zip(new.iter_mut()) {
                std::mem::swap(slot, v);
            }
            new
        } else {
            items.splice(start..stop, new).collect()
        };
        drop_reversed(old);
        return Ok(());
    }
    let count = slice_len(start, stop, step);
    if count != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            count
        )));
    }
    // Swapped in place; the old items are released in slice order once the list is
    // consistent again (as CPython's garbage array).
    // SAFETY: swapping runs no Python code.
    let items = unsafe { l.items.get_mut() };
    let mut new = new;
    for (k, v) in new.iter_mut().enumerate() {
        std::mem::swap(&mut items[(start + k as i64 * step) as usize], v);
    }
    // (`new` holds the old items now.)
    drop(new);
    Ok(())
}

/// The number of indices `range(start, stop, step)` names (`slice_indices`' values).
fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

fn list_delitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let l = vm.as_list(&a.pos[0]).unwrap();
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let (start, stop, step) = vm.slice_indices(key, l.len())?;
        let count = slice_len(start, stop, step);
        // SAFETY: moving items runs no Python code; the removed ones are dropped (their
        // `__del__` may look at the list) after it is consistent again.
        let items = unsafe { l.items.get_mut() };
        if step == 1 || count <= 1 {
            // As CPython: a plain slice's items are released last first.
            let lo = if count == 0 { 0 } else { start as usize };
            let removed: Vec<Value> = items.drain(lo..lo + count).collect();
            drop_reversed(removed);
            return Ok(vm.none.clone());
        }
        // An extended slice: the lowest index and the distance between indices; the tail
        // from there is compacted once, and its removed items released in index order.
        let (lo, st) = if step > 0 {
            (start as usize, step as usize)
        } else {
            (
                (start + step * (count as i64 - 1)) as usize,
                (-step) as usize,
            )
        };
        let tail: Vec<Value> = items.drain(lo..).collect();
        let mut removed = Vec::with_capacity(count);
        for (k, v) in tail.into_iter().enumerate() {
            if k % st == 0 && k / st < count {
                removed.push(v);
            } else {
                items.push(v);
            }
        }
        drop(removed);
        return Ok(vm.none.clone());
    }
    let i = vm.index_isize(key)?;
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let removed = unsafe { l.items.get_mut().remove(j as usize) };
    drop(removed);
    Ok(vm.none.clone())
}

fn list_mul(vm: &Vm, a: Args) -> PyResult<Value> {
    let (l, n) = if vm.as_list(&a.pos[0]).is_some() {
        (&a.pos[0], &a.pos[1])
    } else {
        (&a.pos[1], &a.pos[0])
    };
    let items = vm.as_list(l).unwrap().snapshot();
    Ok(match repeat(vm, &items, n)? {
        Some(v) => vm.new_list(v),
        None => vm.not_implemented.clone(),
    })
}

/// `items * n` for sequences: None (NotImplemented) when `n` is no integer; the count may be
/// any object with `__index__`.
pub fn repeat(vm: &Vm, items: &[Value], n: &Value) -> PyResult<Option<Vec<Value>>> {
    let n = &match vm.lookup_special(n, &vm.names.index) {
        Some(_) if !vm.is_int(n) => vm.index(n)?,
        _ => n.clone(),
    };
    let Some(k) = vm.as_int(n) else {
        return Ok(None);
    };
    let k = k
        .to_i64()
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    if k <= 0 || items.is_empty() {
        return Ok(Some(Vec::new()));
    }
    if (items.len() as u128) * (k as u128) > (1u128 << 32) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(items.len() * k as usize);
    for _ in 0..k {
        out.extend(items.iter().cloned());
    }
    Ok(Some(out))
}

fn list_eq(vm: &Vm, a: Args, negate: bool) -> PyResult<Value> {
    let Some(o) = vm.as_list(&a.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let x = vm.as_list(&a.pos[0]).unwrap().snapshot();
    let y = o.snapshot();
    let mut eq = x.len() == y.len();
    if eq {
        for (p, q) in x.iter().zip(&y) {
            if !vm.eq_bool(p, q)? {
                eq = false;
                break;
            }
        }
    }
    Ok(vm.bool_val(eq != negate))
}

/// Lexicographic ordering of two lists or two tuples.
pub fn seq_order(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    let get = |v: &Value| -> Option<Vec<Value>> {
        if let Some(l) = vm.as_list(v) {
            return Some(l.snapshot());
        }
        vm.as_tuple(v).map(|t| t.to_vec())
    };
    let same_kind = vm.as_list(&a.pos[0]).is_some() == vm.as_list(&a.pos[1]).is_some();
    let (Some(x), Some(y)) = (get(&a.pos[0]), get(&a.pos[1])) else {
        return Ok(vm.not_implemented.clone());
    };
    if !same_kind {
        return Ok(vm.not_implemented.clone());
    }
    for (p, q) in x.iter().zip(&y) {
        if !vm.eq_bool(p, q)? {
            return vm.compare(p, q, op);
        }
    }
    Ok(vm.bool_val(crate::vm::protocol::cmp_ord(x.len().cmp(&y.len()), op)))
}

/// `list.sort(key=None, reverse=False)`: CPython's timsort (see timsort.rs), errors propagated.
fn list_sort(vm: &Vm, a: Args) -> PyResult<Value> {
    // (Argument Clinic's order: the count of all arguments first, then the positional ones.)
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 {}arguments ({given} given)",
            if a.pos.len() == 1 { "keyword " } else { "" }
        )));
    }
    if a.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    a.only_kw(vm, "sort", &["key", "reverse"])?;
    let key = a.kw(vm, "key").filter(|k| !vm.is_none(k));
    let reverse = match a.kw(vm, "reverse") {
        // An int, as CPython's `bool(accept={int})` converter reads it.
        Some(r) => crate::builtins::str::args::c_int_arg(vm, &r)? != 0,
        None => false,
    };
    let l = vm.as_list(&a.pos[0]).unwrap();
    let items = std::mem::take(unsafe { l.items.get_mut() });
    let r = sort_values(vm, items, key.as_ref(), reverse);
    match r {
        Ok(sorted) => {
            let was_modified = !l.is_empty();
            l.replace_all(sorted);
            if was_modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(vm.none.clone())
        }
        Err((orig, e)) => {
            l.replace_all(orig);
            Err(e)
        }
    }
}

/// Sorts values (by key), stable. On an error gives the values back with it: as they were
/// when a key function failed, in the order the sort had reached when a comparison did.
pub fn sort_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Vec<Value>, crate::vm::PyErr)> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in &items {
        let k = match key {
            Some(f) => match vm.call(f, std::slice::from_ref(it)) {
                Ok(k) => k,
                Err(e) => return Err((items, e)),
            },
            None => it.clone(),
        };
        keyed.push((k, it.clone()));
    }
    let mut idx: Vec<usize> = (0..keyed.len()).collect();
    if reverse {
        idx.reverse();
    }
    if native_sort(vm, &keyed, &mut idx) {
        if reverse {
            idx.reverse();
        }
        return Ok(idx.into_iter().map(|i| keyed[i].1.clone()).collect());
    }
    // CPython's timsort on indices: the same comparisons in the same order, so key
    // functions and __lt__ see what they see there.
    let mut less = |i: usize, j: usize| -> Result<bool, crate::vm::PyErr> {
        if let Some(b) = native_lt(vm, &keyed[i].0, &keyed[j].0) {
            return Ok(b);
        }
        let r = vm.compare(&keyed[i].0, &keyed[j].0, CmpOp::Lt)?;
        vm.truthy(&r)
    };
    let r = crate::builtins::timsort::timsort(&mut idx, &mut less);
    if reverse {
        idx.reverse();
    }
    let out = idx.into_iter().map(|i| keyed[i].1.clone()).collect();
    match r {
        Ok(()) => Ok(out),
        // As in CPython, the list is left in the order the sort had reached.
        Err(e) => Err((out, e)),
    }
}

/// Sorts `idx` by keys that are all small ints, all exact floats (no NaN) or all exact
/// strs, with Rust's comparisons: a total order, so the stable sort's result is exactly
/// the one CPython's timsort gives, without a protocol comparison per step (400,000
/// floats: 2.4 times CPython's time before). False (nothing done) for any other keys.
fn native_sort(vm: &Vm, keyed: &[(Value, Value)], idx: &mut [usize]) -> bool {
    let Some((first, _)) = keyed.first() else {
        return true;
    };
    if first.is_small() {
        if !keyed.iter().all(|(k, _)| k.is_small()) {
            return false;
        }
        idx.sort_by_key(|&i| keyed[i].0.as_small().unwrap_or(0));
        return true;
    }
    if vm.exact_float(first).is_some() {
        let mut fl = Vec::with_capacity(keyed.len());
        for (k, _) in keyed {
            match vm.exact_float(k) {
                Some(x) if !x.is_nan() => fl.push(x),
                _ => return false,
            }
        }
        idx.sort_by(|&i, &j| {
            fl[i]
                .partial_cmp(&fl[j])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if vm.is_exact_str(first) {
        if !keyed.iter().all(|(k, _)| vm.is_exact_str(k)) {
            return false;
        }
        // UTF-8 byte order is code-point order, Python's order for strs.
        idx.sort_by(|&i, &j| vm.str_ref(&keyed[i].0).cmp(vm.str_ref(&keyed[j].0)));
        return true;
    }
    false
}

/// `a == b` where Python's answer needs no code: identity (as the container comparisons
/// take it), two numbers `fast_compare` takes, or two exact strs. None otherwise.
fn native_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    // (Numbers as the interpreter's COMPARE_OP compares them, mixed ones included.)
    if let Some(r) = vm.fast_compare(a, b, CmpOp::Eq as u32) {
        return Some(r);
    }
    if vm.is_exact_str(a) && vm.is_exact_str(b) {
        return Some(vm.str_ref(a) == vm.str_ref(b));
    }
    None
}

/// `a < b` where Python's answer needs no code: two numbers `fast_compare` takes, two
/// exact strs, or exact tuples decided by such items (the first unequal pair, else the
/// lengths). None when any step would need the protocol (the sort then asks it).
fn native_lt(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    if let Some(r) = vm.fast_compare(a, b, CmpOp::Lt as u32) {
        return Some(r);
    }
    if vm.is_exact_str(a) && vm.is_exact_str(b) {
        return Some(vm.str_ref(a) < vm.str_ref(b));
    }
    if vm.is_exact(a, &vm.types.tuple) && vm.is_exact(b, &vm.types.tuple) {
        let (p, q) = (vm.tuple_items(a), vm.tuple_items(b));
        for (x, y) in p.iter().zip(q) {
            if !native_eq(vm, x, y)? {
                return native_lt(vm, x, y);
            }
        }
        return Some(p.len() < q.len());
    }
    None
}
