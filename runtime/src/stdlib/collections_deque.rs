//! `collections.deque` (from the `_collections` module): a double-ended queue over a
//! `VecDeque`, with an optional maximum length, and its forward and reverse iterators.
//!
//! Borrows of the items never span a call into Python code (comparisons and `__del__` can
//! re-enter the deque); values removed under a borrow are dropped after it ends. A state
//! counter, bumped by every structural change, lets iterators and searches detect mutation.

use super::native_type::{add_value, check_cls, new_type, parse_args, set_new};
use crate::bytecode::CmpOp;
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl Container for Deque {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.items.try_borrow() {
            b.iter().for_each(f);
        }
    }
    fn clear_refs(&self) {
        let old = self
            .items
            .try_borrow_mut()
            .map(|mut b| std::mem::take(&mut *b));
        drop(old);
    }
}

impl Deque {
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Appends on the right (or left), dropping from the other end past maxlen.
    fn push(&self, v: Value, left: bool) {
        let dropped = {
            let mut b = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                Some(v)
            } else {
                if left {
                    b.push_front(v);
                } else {
                    b.push_back(v);
                }
                match self.maxlen.get() {
                    Some(m) if b.len() > m => {
                        if left {
                            b.pop_back()
                        } else {
                            b.pop_front()
                        }
                    }
                    _ => None,
                }
            }
        };
        self.bump();
        drop(dropped);
    }

    fn extend_from(&self, vm: &Vm, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
        // Extending a deque with itself reads a snapshot.
        if iterable.is(me) {
            for v in self.snapshot() {
                self.push(v, left);
            }
            return Ok(());
        }
        let it = vm.iter(iterable)?;
        while let Some(v) = vm.next(&it)? {
            self.push(v, left);
        }
        Ok(())
    }
}

fn dq(v: &Value) -> &Deque {
    // SAFETY: callers pass self (checked by the method descriptor) or a value they checked
    // with `is_deque`; a subclass's instance holds the payload first (`layout_for`).
    unsafe { v.payload::<Deque>() }
}

/// The `collections.deque` type itself (set when `_collections` is made, before any
/// deque exists); `me`'s type as a fallback.
fn deque_type(vm: &Vm, me: &Value) -> Value {
    DEQUE_TYPE
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.type_of(me))
}

/// Whether `other` is a deque (of any subclass), `me` being one.
fn is_deque(vm: &Vm, me: &Value, other: &Value) -> bool {
    let base = deque_type(vm, me);
    vm.is_subtype(&vm.type_of(other), &base)
}

fn new_deque(vm: &Vm, ty: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let data = Deque {
        items: RefCell::new(items),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    };
    super::native_type::new_obj(vm, ty, data)
}

fn deque_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let deque = deque_type(vm, cls);
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "collections.deque.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, &deque) {
        let name = unsafe { crate::object::typeobj::type_data(cls) }
            .name()
            .to_string();
        return Err(vm.type_error(format!(
            "collections.deque.__new__({name}): {name} is not a subtype of collections.deque"
        )));
    }
    Ok(new_deque(vm, cls, VecDeque::new(), None))
}

thread_local! {
    /// The deque type, once `_collections` is made (for `__new__`'s subclass check).
    static DEQUE_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn deque_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "deque", &["iterable", "maxlen"], 0)?;
    let maxlen = match p[1].as_ref().filter(|m| !vm.is_none(m)) {
        None => None,
        Some(m) => {
            if !vm.is_int(m) && vm.lookup_special(m, &vm.names.index).is_none() {
                return Err(vm.type_error("an integer is required"));
            }
            let n = vm.int_to_i64(&vm.index(m)?)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let d = dq(me);
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        d.bump();
        drop(old);
    }
    if let Some(it) = &p[0] {
        d.extend_from(vm, me, it, false)?;
    }
    Ok(vm.none.clone())
}

/// METH_O-style argument check: `deque.NAME() takes exactly one argument (N given)`.
fn one_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(a.pos[1].clone())
}

fn no_args(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(())
}

fn deque_append(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, &a, "append")?;
    dq(&a.pos[0]).push(v, false);
    Ok(vm.none.clone())
}

fn deque_appendleft(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, &a, "appendleft")?;
    dq(&a.pos[0]).push(v, true);
    Ok(vm.none.clone())
}

fn pop_end(vm: &Vm, a: Args, name: &str, left: bool) -> PyResult<Value> {
    no_args(vm, &a, name)?;
    let d = dq(&a.pos[0]);
    let v = {
        let mut b = d.items.borrow_mut();
        if left {
            b.pop_front()
        } else {
            b.pop_back()
        }
    };
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_pop(vm: &Vm, a: Args) -> PyResult<Value> {
    pop_end(vm, a, "pop", false)
}

fn deque_popleft(vm: &Vm, a: Args) -> PyResult<Value> {
    pop_end(vm, a, "popleft", true)
}

fn deque_extend(vm: &Vm, a: Args) -> PyResult<Value> {
    let it = one_arg(vm, &a, "extend")?;
    dq(&a.pos[0]).extend_from(vm, &a.pos[0], &it, false)?;
    Ok(vm.none.clone())
}

fn deque_extendleft(vm: &Vm, a: Args) -> PyResult<Value> {
    let it = one_arg(vm, &a, "extendleft")?;
    dq(&a.pos[0]).extend_from(vm, &a.pos[0], &it, true)?;
    Ok(vm.none.clone())
}

fn deque_clear(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "clear")?;
    let d = dq(&a.pos[0]);
    let old = std::mem::take(&mut *d.items.borrow_mut());
    d.bump();
    drop(old);
    Ok(vm.none.clone())
}

fn deque_copy(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "copy")?;
    copy_of(vm, &a.pos[0])
}

/// A copy of deque `me`: of a subclass, made by calling the subclass with `(me)` or
/// `(me, maxlen)` (its `__init__` runs), as CPython does.
fn copy_of(vm: &Vm, me: &Value) -> PyResult<Value> {
    let d = dq(me);
    let ty = vm.type_of(me);
    if !unsafe { crate::object::typeobj::type_data(&ty) }
        .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
    {
        let items = d.items.borrow().clone();
        return Ok(new_deque(vm, &ty, items, d.maxlen.get()));
    }
    match d.maxlen.get() {
        Some(m) => vm.call(&ty, &[me.clone(), vm.new_int_usize(m)]),
        None => vm.call(&ty, &[me.clone()]),
    }
}

/// Equality of an element with `x`, identity first (as CPython's searches do).
fn same(vm: &Vm, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || vm.eq_bool(item, x)?)
}

/// Finds `x` in `[start, stop)`, raising RuntimeError if the deque changes meanwhile.
fn find(vm: &Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i) else { break };
        let eq = same(vm, &item, x)?;
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn deque_count(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = one_arg(vm, &a, "count")?;
    let d = dq(&a.pos[0]);
    let state = d.state.get();
    let n = d.len();
    let mut count = 0usize;
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let eq = same(vm, &item, &x)?;
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if eq {
            count += 1;
        }
    }
    Ok(vm.new_int_usize(count))
}

/// A slice index for `index()`: negative values count from the end, clamped to [0, len].
fn slice_index(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = vm.index(v)?;
    let n = match vm.int_to_i64(&i) {
        Ok(n) => n,
        Err(_) => {
            // Huge values clamp like CPython's _PyEval_SliceIndex.
            if vm.truthy(&vm.compare(&i, &vm.new_int(0), CmpOp::Lt)?)? {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let len = len as i64;
    let r = if n < 0 { (n + len).max(0) } else { n.min(len) };
    Ok(r as usize)
}

fn deque_index(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("index() takes no keyword arguments"));
    }
    let n = a.pos.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!("index() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index() takes at most 3 arguments ({n} given)")));
    }
    let d = dq(&a.pos[0]);
    let len = d.len();
    let start = match a.pos.get(2) {
        Some(s) => slice_index(vm, s, len)?,
        None => 0,
    };
    let stop = match a.pos.get(3) {
        Some(s) => slice_index(vm, s, len)?,
        None => len,
    };
    match find(vm, d, &a.pos[1], start, stop)? {
        Some(i) => Ok(vm.new_int_usize(i)),
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&a.pos[1])?))),
    }
}

fn deque_remove(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = one_arg(vm, &a, "remove")?;
    let d = dq(&a.pos[0]);
    match find(vm, d, &x, 0, d.len())? {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&x)?))),
    }
}

fn deque_reverse(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "reverse")?;
    let d = dq(&a.pos[0]);
    d.items.borrow_mut().make_contiguous().reverse();
    d.bump();
    Ok(vm.none.clone())
}

/// An index argument for rotate/insert (a Py_ssize_t).
fn ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    vm.int_to_i64(&vm.index(v)?)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn deque_rotate(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("rotate() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "rotate expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let n = match a.pos.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 1,
    };
    let d = dq(&a.pos[0]);
    let len = d.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.borrow_mut().rotate_right(k);
        d.bump();
    }
    Ok(vm.none.clone())
}

fn deque_insert(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("insert() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    let i = ssize(vm, &a.pos[1])?;
    let d = dq(&a.pos[0]);
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.items.borrow_mut().insert(at as usize, a.pos[2].clone());
    d.bump();
    Ok(vm.none.clone())
}

fn deque_len(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int_usize(dq(&a.pos[0]).len()))
}

/// A sequence index: an int (or `__index__` object), negative from the end.
fn item_index(vm: &Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = vm.index(key)?;
    let len = d.len() as i64;
    let n = vm
        .int_to_i64(&i)
        .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
    let j = if n < 0 { n + len } else { n };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = dq(&a.pos[0]);
    let i = item_index(vm, d, &a.pos[1])?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = dq(&a.pos[0]);
    let i = item_index(vm, d, &a.pos[1])?;
    let old = {
        let mut b = d.items.borrow_mut();
        match b.get_mut(i) {
            Some(slot) => Some(std::mem::replace(slot, a.pos[2].clone())),
            None => None,
        }
    };
    drop(old);
    Ok(vm.none.clone())
}

fn deque_delitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = dq(&a.pos[0]);
    let i = item_index(vm, d, &a.pos[1])?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(vm.none.clone())
}

fn deque_contains(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = dq(&a.pos[0]);
    Ok(vm.bool_val(find(vm, d, &a.pos[1], 0, d.len())?.is_some()))
}

fn deque_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    if !vm.repr_enter(me) {
        return Ok(vm.new_str("[...]"));
    }
    let d = dq(me);
    let mut parts = Vec::new();
    for v in d.snapshot() {
        match vm.repr_string(&v) {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.repr_leave(me);
                return Err(e);
            }
        }
    }
    vm.repr_leave(me);
    // The short name, as CPython's `_PyType_Name` (not the dotted `tp_name` of errors).
    let name = vm.type_data_of(me).name();
    Ok(vm.new_str(match d.maxlen.get() {
        Some(m) => format!("{name}([{}], maxlen={m})", parts.join(", ")),
        None => format!("{name}([{}])", parts.join(", ")),
    }))
}

fn deque_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    let (me, other) = (&a.pos[0], &a.pos[1]);
    if !is_deque(vm, me, other) {
        return Ok(vm.not_implemented.clone());
    }
    let x = dq(me).snapshot();
    let y = dq(other).snapshot();
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(vm.bool_val(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(&y) {
        if !same(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(vm.false_.clone()),
                CmpOp::Ne => Ok(vm.true_.clone()),
                _ => vm.compare(p, q, op),
            };
        }
    }
    Ok(vm.bool_val(crate::vm::protocol::cmp_ord(x.len().cmp(&y.len()), op)))
}

fn deque_add(vm: &Vm, a: Args) -> PyResult<Value> {
    let (me, other) = (&a.pos[0], &a.pos[1]);
    if !is_deque(vm, me, other) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    }
    let out = copy_of(vm, me)?;
    if !is_deque(vm, me, &out) {
        return Err(vm.type_error("deque copy is not a deque"));
    }
    dq(&out).extend_from(vm, &out, other, false)?;
    Ok(out)
}

fn deque_iadd(vm: &Vm, a: Args) -> PyResult<Value> {
    dq(&a.pos[0]).extend_from(vm, &a.pos[0], &a.pos[1], false)?;
    Ok(a.pos[0].clone())
}

fn repeat_count(vm: &Vm, v: &Value) -> PyResult<i64> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        )));
    }
    vm.int_to_i64(&vm.index(v)?)
        .map_err(|_| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// The items of `d` repeated `n` times, keeping only the last `maxlen`.
fn repeated(vm: &Vm, d: &Deque, n: i64) -> PyResult<VecDeque<Value>> {
    let items = d.snapshot();
    let n = n.max(0) as usize;
    let total = items
        .len()
        .checked_mul(n)
        .ok_or_else(|| vm.memory_error())?;
    let keep = d.maxlen.get().map_or(total, |m| m.min(total));
    if keep > (1 << 32) {
        return Err(vm.memory_error());
    }
    let mut out = VecDeque::with_capacity(keep);
    if !items.is_empty() {
        for k in (total - keep)..total {
            out.push_back(items[k % items.len()].clone());
        }
    }
    Ok(out)
}

fn deque_mul(vm: &Vm, a: Args) -> PyResult<Value> {
    let n = repeat_count(vm, &a.pos[1])?;
    let out = copy_of(vm, &a.pos[0])?;
    if !is_deque(vm, &a.pos[0], &out) {
        return Err(vm.type_error("deque copy is not a deque"));
    }
    let d = dq(&out);
    let items = repeated(vm, d, n)?;
    let old = d.items.replace(items);
    d.bump();
    drop(old);
    Ok(out)
}

fn deque_imul(vm: &Vm, a: Args) -> PyResult<Value> {
    let n = repeat_count(vm, &a.pos[1])?;
    let d = dq(&a.pos[0]);
    let items = repeated(vm, d, n)?;
    let old = d.items.replace(items);
    d.bump();
    drop(old);
    Ok(a.pos[0].clone())
}

/// `(type, (), state, iter(items))`, or `(type, ((), maxlen), state, ...)` with a maximum
/// length, for copy and pickle; the state is a subclass instance's `__dict__` (else None).
fn deque_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    let d = dq(me);
    let args = match d.maxlen.get() {
        Some(m) => vm.new_tuple(vec![vm.new_tuple(Vec::new()), vm.new_int_usize(m)]),
        None => vm.new_tuple(Vec::new()),
    };
    let state = vm
        .getattr_opt(me, &vm.new_str("__dict__"))?
        .unwrap_or_else(|| vm.none.clone());
    let items = vm.iter(&vm.new_list(d.snapshot()))?;
    Ok(vm.new_tuple(vec![vm.type_of(me), args, state, items]))
}

fn deque_maxlen(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(match dq(&a.pos[0]).maxlen.get() {
        Some(m) => vm.new_int_usize(m),
        None => vm.none.clone(),
    })
}

fn deque_sizeof(vm: &Vm, a: Args) -> PyResult<Value> {
    let n = dq(&a.pos[0]).len();
    Ok(vm.new_int_usize(64 + 8 * n))
}

// ---- iterators ----

pub struct DequeIter {
    deque: Value,
    /// Items still to produce.
    counter: Cell<usize>,
    index: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl Container for DequeIter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.deque)
    }
    fn clear_refs(&self) {}
}

fn dqiter_next(vm: &Vm, a: Args) -> PyResult<Value> {
    let it = unsafe { a.pos[0].payload::<DequeIter>() };
    let d = dq(&it.deque);
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return Err(vm.stop_iteration(None));
    }
    let i = it.index.get();
    let v = d.get(i).ok_or_else(|| vm.stop_iteration(None))?;
    it.counter.set(it.counter.get() - 1);
    if it.reverse {
        it.index.set(i.wrapping_sub(1));
    } else {
        it.index.set(i + 1);
    }
    Ok(v)
}

fn dqiter_length_hint(vm: &Vm, a: Args) -> PyResult<Value> {
    let it = unsafe { a.pos[0].payload::<DequeIter>() };
    Ok(vm.new_int_usize(it.counter.get()))
}

fn make_iter(vm: &Vm, me: &Value, reverse: bool) -> PyResult<Value> {
    let d = dq(me);
    let n = d.len();
    let ty = super::native_type::module_type(
        vm,
        "_collections",
        if reverse {
            "_deque_reverse_iterator"
        } else {
            "_deque_iterator"
        },
    )?;
    Ok(vm.alloc_instance(
        &ty,
        DequeIter {
            deque: me.clone(),
            counter: Cell::new(n),
            index: Cell::new(if reverse { n.wrapping_sub(1) } else { 0 }),
            state: d.state.get(),
            reverse,
        },
    ))
}

fn deque_iter(vm: &Vm, a: Args) -> PyResult<Value> {
    make_iter(vm, &a.pos[0], false)
}

fn deque_reversed(vm: &Vm, a: Args) -> PyResult<Value> {
    make_iter(vm, &a.pos[0], true)
}

fn dqiter_new(vm: &Vm, a: Args) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "cannot create '{}' instances",
        vm.str_of(&vm.getattr(&a.pos[0], &vm.names.name)?)
    )))
}

// ---- _tuplegetter: the field descriptors of namedtuple classes ----

pub struct TupleGetter {
    index: usize,
    doc: RefCell<Value>,
}

impl Container for TupleGetter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.doc.try_borrow() {
            f(&d);
        }
    }
    fn clear_refs(&self) {}
}

fn tg(v: &Value) -> &TupleGetter {
    unsafe { v.payload::<TupleGetter>() }
}

fn tuplegetter_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], "collections", "_tuplegetter")?;
    if a.has_kw() {
        return Err(vm.type_error("_tuplegetter() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "_tuplegetter expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    let index = ssize(vm, &a.pos[1])?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        TupleGetter {
            index: index.max(0) as usize,
            doc: RefCell::new(a.pos[2].clone()),
        },
    ))
}

fn tuplegetter_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    if vm.is_none(&obj) {
        return Ok(a.pos[0].clone());
    }
    let Some(items) = vm.as_tuple(&obj) else {
        return Err(vm.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            tg(&a.pos[0]).index,
            vm.type_name(&obj)
        )));
    };
    items
        .get(tg(&a.pos[0]).index)
        .cloned()
        .ok_or_else(|| vm.index_error("tuple index out of range"))
}

fn tuplegetter_set(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("can't set attribute"))
}

fn tuplegetter_delete(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("can't delete attribute"))
}

fn tuplegetter_doc(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(tg(&a.pos[0]).doc.borrow().clone())
}

fn tuplegetter_set_doc(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let old = tg(&a.pos[0]).doc.replace(v);
    drop(old);
    Ok(vm.none.clone())
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_collections");
    let t = new_type::<Deque>(vm, "collections", "deque");
    super::native_type::allow_subclasses::<Deque>(&t);
    DEQUE_TYPE.with(|d| *d.borrow_mut() = Some(t.clone()));
    set_new(vm, &t, deque_new);
    let methods: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("count", deque_count),
        ("index", deque_index),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("rotate", deque_rotate),
        ("insert", deque_insert),
        ("__len__", deque_len),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__repr__", deque_repr),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__sizeof__", deque_sizeof),
        ("__reduce__", deque_reduce),
        ("__lt__", |vm, a| deque_compare(vm, a, CmpOp::Lt)),
        ("__le__", |vm, a| deque_compare(vm, a, CmpOp::Le)),
        ("__eq__", |vm, a| deque_compare(vm, a, CmpOp::Eq)),
        ("__ne__", |vm, a| deque_compare(vm, a, CmpOp::Ne)),
        ("__gt__", |vm, a| deque_compare(vm, a, CmpOp::Gt)),
        ("__ge__", |vm, a| deque_compare(vm, a, CmpOp::Ge)),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_getset(&t, "maxlen", deque_maxlen, None);
    vm.add_method_kind(
        &t,
        "__class_getitem__",
        |vm, a| {
            if a.pos.len() != 2 {
                return Err(vm.type_error(format!(
                    "deque.__class_getitem__() takes exactly one argument ({} given)",
                    a.pos.len().saturating_sub(1)
                )));
            }
            Ok(crate::builtins::generic_alias::new_alias(
                vm,
                a.pos[0].clone(),
                a.pos[1].clone(),
            ))
        },
        crate::object::native::MethodKind::Class,
    );
    vm.add_type_attr(&t, "__hash__", vm.none.clone());
    add_value(vm, &m, "deque", t);
    let g = new_type::<TupleGetter>(vm, "collections", "_tuplegetter");
    set_new(vm, &g, tuplegetter_new);
    vm.add_method(&g, "__get__", tuplegetter_get);
    vm.add_method(&g, "__set__", tuplegetter_set);
    vm.add_method(&g, "__delete__", tuplegetter_delete);
    vm.add_getset(&g, "__doc__", tuplegetter_doc, Some(tuplegetter_set_doc));
    add_value(vm, &m, "_tuplegetter", g);
    for name in ["_deque_iterator", "_deque_reverse_iterator"] {
        let it = new_type::<DequeIter>(vm, "_collections", name);
        set_new(vm, &it, dqiter_new);
        vm.add_method(&it, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
        vm.add_method(&it, "__next__", dqiter_next);
        vm.add_method(&it, "__length_hint__", dqiter_length_hint);
        add_value(vm, &m, name, it);
    }
    Ok(m)
}
