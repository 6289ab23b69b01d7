//! `set` and `frozenset`: construction, repr, membership, the set algebra (methods and
//! operators), subset comparisons and the frozenset hash, following CPython's algorithms so
//! that results keep CPython's element order.

use crate::bytecode::CmpOp;
use crate::object::iter::{DictIterData, DictIterKind};
use crate::object::native::{Args, MethodKind};
use crate::object::set::SetData;
use crate::object::typeobj::Layout;
use crate::object::value::{alloc, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub fn init(vm: &Vm) {
    let set = vm.types.set.clone();
    let fs = vm.types.frozenset.clone();
    vm.add_method_kind(&set, "__new__", set_new, MethodKind::Static);
    vm.add_method(&set, "__init__", set_init);
    vm.add_method_kind(&fs, "__new__", frozenset_new, MethodKind::Static);
    vm.add_type_attr(&set, "__hash__", vm.none.clone());
    vm.add_method(&fs, "__hash__", |vm, a| {
        Ok(vm.new_int(this(vm, &a)?.frozen_hash()))
    });
    for t in [&set, &fs] {
        vm.add_method(t, "__repr__", set_repr);
        vm.add_method(t, "__len__", |vm, a| {
            Ok(vm.new_int_usize(this(vm, &a)?.len()))
        });
        vm.add_method(t, "__contains__", |vm, a| {
            check_n(vm, &a, "__contains__", 1)?;
            Ok(vm.bool_val(vm.set_contains(this(vm, &a)?, &a.pos[1])?))
        });
        vm.add_method(t, "__iter__", |vm, a| {
            this(vm, &a)?;
            Ok(set_iter(vm, &a.pos[0]))
        });
        vm.add_method(t, "__eq__", |vm, a| rich(vm, a, CmpOp::Eq));
        vm.add_method(t, "__ne__", |vm, a| rich(vm, a, CmpOp::Ne));
        vm.add_method(t, "__lt__", |vm, a| rich(vm, a, CmpOp::Lt));
        vm.add_method(t, "__le__", |vm, a| rich(vm, a, CmpOp::Le));
        vm.add_method(t, "__gt__", |vm, a| rich(vm, a, CmpOp::Gt));
        vm.add_method(t, "__ge__", |vm, a| rich(vm, a, CmpOp::Ge));
        vm.add_method(t, "__or__", |vm, a| operator(vm, a, Op::Or, false));
        vm.add_method(t, "__ror__", |vm, a| operator(vm, a, Op::Or, true));
        vm.add_method(t, "__and__", |vm, a| operator(vm, a, Op::And, false));
        vm.add_method(t, "__rand__", |vm, a| operator(vm, a, Op::And, true));
        vm.add_method(t, "__sub__", |vm, a| operator(vm, a, Op::Sub, false));
        vm.add_method(t, "__rsub__", |vm, a| operator(vm, a, Op::Sub, true));
        vm.add_method(t, "__xor__", |vm, a| operator(vm, a, Op::Xor, false));
        vm.add_method(t, "__rxor__", |vm, a| operator(vm, a, Op::Xor, true));
        vm.add_method(t, "copy", |vm, a| {
            check_n(vm, &a, "copy", 0)?;
            let s = &a.pos[0];
            if vm.is_exact(s, &vm.types.frozenset) {
                return Ok(s.clone());
            }
            copy_of(vm, s)
        });
        vm.add_method(t, "union", |vm, a| {
            no_kw(vm, &a, "union")?;
            let so = &a.pos[0];
            let r = copy_of(vm, so)?;
            for o in &a.pos[1..] {
                if !o.is(so) {
                    vm.set_update(vm.as_set(&r).unwrap(), o)?;
                }
            }
            Ok(r)
        });
        vm.add_method(t, "intersection", |vm, a| {
            no_kw(vm, &a, "intersection")?;
            intersection_multi(vm, &a.pos[0], &a.pos[1..])
        });
        vm.add_method(t, "difference", |vm, a| {
            no_kw(vm, &a, "difference")?;
            let so = &a.pos[0];
            let Some(first) = a.pos.get(1) else {
                return copy_of(vm, so);
            };
            let r = difference(vm, so, first)?;
            for o in &a.pos[2..] {
                difference_update(vm, &r, o)?;
            }
            Ok(r)
        });
        vm.add_method(t, "symmetric_difference", |vm, a| {
            check_n(vm, &a, "symmetric_difference", 1)?;
            symmetric_difference(vm, &a.pos[0], &a.pos[1])
        });
        vm.add_method(t, "issubset", |vm, a| {
            check_n(vm, &a, "issubset", 1)?;
            Ok(vm.bool_val(issubset(vm, &a.pos[0], &a.pos[1])?))
        });
        vm.add_method(t, "issuperset", |vm, a| {
            check_n(vm, &a, "issuperset", 1)?;
            Ok(vm.bool_val(issuperset(vm, &a.pos[0], &a.pos[1])?))
        });
        vm.add_method(t, "isdisjoint", |vm, a| {
            check_n(vm, &a, "isdisjoint", 1)?;
            Ok(vm.bool_val(isdisjoint(vm, &a.pos[0], &a.pos[1])?))
        });
    }
    vm.add_method(&set, "add", |vm, a| {
        check_n(vm, &a, "add", 1)?;
        vm.set_add(this(vm, &a)?, a.pos[1].clone())?;
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "discard", |vm, a| {
        check_n(vm, &a, "discard", 1)?;
        discard_key(vm, this(vm, &a)?, &a.pos[1])?;
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "remove", |vm, a| {
        check_n(vm, &a, "remove", 1)?;
        if !discard_key(vm, this(vm, &a)?, &a.pos[1])? {
            return Err(vm.key_error(a.pos[1].clone()));
        }
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "pop", |vm, a| {
        check_n(vm, &a, "pop", 0)?;
        this(vm, &a)?
            .pop()
            .ok_or_else(|| vm.key_error(vm.new_str("pop from an empty set")))
    });
    vm.add_method(&set, "clear", |vm, a| {
        check_n(vm, &a, "clear", 0)?;
        vm.set_clear(this(vm, &a)?);
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "update", |vm, a| {
        no_kw(vm, &a, "update")?;
        let s = this(vm, &a)?;
        for o in &a.pos[1..] {
            vm.set_update(s, o)?;
        }
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "intersection_update", |vm, a| {
        no_kw(vm, &a, "intersection_update")?;
        let tmp = intersection_multi(vm, &a.pos[0], &a.pos[1..])?;
        this(vm, &a)?.swap_bodies(vm.as_set(&tmp).unwrap());
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "difference_update", |vm, a| {
        no_kw(vm, &a, "difference_update")?;
        for o in &a.pos[1..] {
            difference_update(vm, &a.pos[0], o)?;
        }
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "symmetric_difference_update", |vm, a| {
        check_n(vm, &a, "symmetric_difference_update", 1)?;
        symmetric_difference_update(vm, &a.pos[0], &a.pos[1])?;
        Ok(vm.none.clone())
    });
    vm.add_method(&set, "__ior__", |vm, a| inplace(vm, a, Op::Or));
    vm.add_method(&set, "__iand__", |vm, a| inplace(vm, a, Op::And));
    vm.add_method(&set, "__isub__", |vm, a| inplace(vm, a, Op::Sub));
    vm.add_method(&set, "__ixor__", |vm, a| inplace(vm, a, Op::Xor));
}

/// The set payload of the method's self.
fn this<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a SetData> {
    let s: &'a Value = &a.pos[0];
    vm.as_set(s)
        .ok_or_else(|| vm.type_error(format!("expected a set, not {}", vm.type_name(s))))
}

fn set_of<'a>(vm: &Vm, v: &'a Value) -> &'a SetData {
    // Callers pass values already known to be sets.
    vm.as_set(v).expect("a set")
}

fn is_set(vm: &Vm, v: &Value) -> bool {
    vm.as_set(v).is_some()
}

/// "set" or "frozenset": the class whose method reports an argument error.
fn owner(vm: &Vm, a: &Args) -> &'static str {
    if vm.has_layout(&a.pos[0], Layout::FrozenSet) {
        "frozenset"
    } else {
        "set"
    }
}

fn no_kw(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            owner(vm, a)
        )));
    }
    Ok(())
}

/// Checks a method taking exactly `n` (0 or 1) arguments besides self.
/// (The test inline, the error out of line: a method's call sets up nothing for it.)
#[inline(always)]
fn check_n(vm: &Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    if a.has_kw() || a.pos.len().saturating_sub(1) != n {
        return count_error(vm, a, name, n);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn count_error(vm: &Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    no_kw(vm, a, name)?;
    let given = a.pos.len().saturating_sub(1);
    if given != n {
        let what = if n == 0 {
            "takes no arguments"
        } else {
            "takes exactly one argument"
        };
        return Err(vm.type_error(format!("{}.{name}() {what} ({given} given)", owner(vm, a))));
    }
    Ok(())
}

/// A new empty set of `v`'s base kind (set for set subclasses, frozenset for frozenset ones).
fn new_like(vm: &Vm, v: &Value) -> PyResult<Value> {
    if vm.has_layout(v, Layout::FrozenSet) {
        vm.new_frozenset(Vec::new())
    } else {
        vm.new_set(Vec::new())
    }
}

fn copy_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = new_like(vm, v)?;
    vm.set_merge(set_of(vm, &r), set_of(vm, v))?;
    Ok(r)
}

/// A new set (of `like`'s base kind) holding the elements of an iterable.
fn new_like_from(vm: &Vm, like: &Value, iterable: &Value) -> PyResult<Value> {
    let r = new_like(vm, like)?;
    vm.set_update(set_of(vm, &r), iterable)?;
    Ok(r)
}

pub fn set_iter(vm: &Vm, s: &Value) -> Value {
    let size = vm.as_set(s).map(|x| x.len()).unwrap_or(0);
    alloc(
        vm.fast.set_iter as *const _,
        DictIterData {
            dict: s.clone(),
            pos: Cell::new(0),
            size,
            kind: DictIterKind::Keys,
            done: Cell::new(false),
            left: Cell::new(size),
        },
    )
}

/// The class argument of a builtin `__new__`: present, a type, and a subtype of `base`.
pub(crate) fn new_cls<'a>(vm: &Vm, a: &Args<'a>, base: &Value) -> PyResult<&'a Value> {
    let name = unsafe { crate::object::typeobj::type_data(base) }.name();
    let Some(cls) = a.pos.first() else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, base) {
        let cname = unsafe { crate::object::typeobj::type_data(cls) }.name();
        return Err(vm.type_error(format!(
            "{name}.__new__({cname}): {cname} is not a subtype of {name}"
        )));
    }
    Ok(cls)
}

fn set_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &a, &vm.types.set)?;
    if cls.is(&vm.types.set) {
        if a.has_kw() {
            return Err(vm.type_error("set() takes no keyword arguments"));
        }
        return vm.new_set(Vec::new());
    }
    Ok(vm.new_instance(cls, SetData::new()))
}

fn set_init(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let s = this(vm, &a)?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            vm.type_name(&a.pos[0]),
            a.pos.len() - 1
        )));
    }
    if s.fill.get() > 0 {
        vm.set_clear(s);
    }
    if let Some(it) = a.pos.get(1) {
        vm.set_update(s, it)?;
    }
    Ok(vm.none.clone())
}

fn frozenset_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &a, &vm.types.frozenset)?;
    let exact = cls.is(&vm.types.frozenset);
    if exact && a.has_kw() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let r = if exact {
        if let Some(it) = a.pos.get(1) {
            if vm.is_exact(it, &vm.types.frozenset) {
                return Ok(it.clone());
            }
        }
        vm.new_frozenset(Vec::new())?
    } else {
        vm.new_instance(cls, SetData::new())
    };
    if let Some(it) = a.pos.get(1) {
        vm.set_update(set_of(vm, &r), it)?;
    }
    Ok(r)
}

fn set_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let v = &a.pos[0];
    let name = vm.type_name(v);
    if !vm.repr_enter(v) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    if s.is_empty() {
        vm.repr_leave(v);
        return Ok(vm.new_str(format!("{name}()")));
    }
    let items = vm.set_items(s);
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        match vm.repr_string(x) {
            Ok(r) => parts.push(r),
            Err(e) => {
                vm.repr_leave(v);
                return Err(e);
            }
        }
    }
    vm.repr_leave(v);
    let body = parts.join(", ");
    Ok(vm.new_str(if vm.is_exact(v, &vm.types.set) {
        format!("{{{body}}}")
    } else {
        format!("{name}({{{body}}})")
    }))
}

/// Removes `key` (an unhashable set key stands for the equal frozenset); false if absent.
fn discard_key(vm: &Vm, s: &SetData, key: &Value) -> PyResult<bool> {
    match vm.hash(key) {
        Ok(h) => vm.set_discard_hashed(s, key, h),
        Err(e) => match vm.set_as_frozen_key(key, &e)? {
            Some(fk) => {
                let h = vm.hash(&fk)?;
                vm.set_discard_hashed(s, &fk, h)
            }
            None => Err(e),
        },
    }
}

#[derive(Clone, Copy)]
enum Op {
    Or,
    And,
    Sub,
    Xor,
}

/// `a | b` and the others: both operands must be sets, the result has the left one's base kind.
fn binary(vm: &Vm, x: &Value, y: &Value, op: Op) -> PyResult<Value> {
    if !is_set(vm, x) || !is_set(vm, y) {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        Op::Or => {
            let r = copy_of(vm, x)?;
            if !x.is(y) {
                vm.set_update(set_of(vm, &r), y)?;
            }
            Ok(r)
        }
        Op::And => intersection(vm, x, y),
        Op::Sub => difference(vm, x, y),
        Op::Xor => symmetric_difference(vm, x, y),
    }
}

fn operator(vm: &Vm, a: Args, op: Op, reflected: bool) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    if reflected {
        binary(vm, &a.pos[1], &a.pos[0], op)
    } else {
        binary(vm, &a.pos[0], &a.pos[1], op)
    }
}

fn inplace(vm: &Vm, a: Args, op: Op) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (so, other) = (&a.pos[0], &a.pos[1]);
    if !is_set(vm, other) {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        Op::Or => vm.set_update(set_of(vm, so), other)?,
        Op::And => {
            let tmp = intersection(vm, so, other)?;
            set_of(vm, so).swap_bodies(set_of(vm, &tmp));
        }
        Op::Sub => difference_update(vm, so, other)?,
        Op::Xor => symmetric_difference_update(vm, so, other)?,
    }
    Ok(so.clone())
}

pub(crate) fn intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let result = new_like(vm, so)?;
    let r = set_of(vm, &result);
    let s = set_of(vm, so);
    if let Some(o) = vm.as_set(other) {
        // Walk the smaller set, probing the larger; keys come from the smaller one.
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (h, k) in small.entries() {
            if vm.set_contains_hashed(big, &k, h)? {
                vm.set_add_hashed(r, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if vm.set_contains_hashed(s, &k, h)? {
            vm.set_add_hashed(r, k, h)?;
        }
    }
    Ok(result)
}

fn intersection_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy_of(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

fn difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let s = set_of(vm, so);
    let other_size = if let Some(o) = vm.as_set(other) {
        Some(o.len())
    } else if vm.is_exact(other, &vm.types.dict) {
        vm.as_dict(other).map(|d| d.len())
    } else {
        None
    };
    let copy_and_difference = |vm: &Vm| -> PyResult<Value> {
        let r = copy_of(vm, so)?;
        difference_update(vm, &r, other)?;
        Ok(r)
    };
    let Some(other_size) = other_size else {
        return copy_and_difference(vm);
    };
    if (s.len() >> 2) > other_size {
        return copy_and_difference(vm);
    }
    let result = new_like(vm, so)?;
    let r = set_of(vm, &result);
    if let Some(d) = vm.as_dict(other) {
        for (h, k) in s.entries() {
            if vm.table_lookup(d, &k, h)?.is_none() {
                vm.set_add_hashed(r, k, h)?;
            }
        }
        return Ok(result);
    }
    let o = set_of(vm, other);
    for (h, k) in s.entries() {
        if !vm.set_contains_hashed(o, &k, h)? {
            vm.set_add_hashed(r, k, h)?;
        }
    }
    Ok(result)
}

pub(crate) fn difference_update(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let s = set_of(vm, so);
    if so.is(other) {
        vm.set_clear(s);
        return Ok(());
    }
    if let Some(o) = vm.as_set(other) {
        // A much larger other set is first cut down to the common part.
        let entries = if (o.len() >> 3) > s.len() {
            let common = intersection(vm, so, other)?;
            set_of(vm, &common).entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            vm.set_discard_hashed(s, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            vm.set_discard(s, &k)?;
        }
    }
    // More than a quarter dummies: rebuild the table without them.
    let mask = s.mask();
    if s.fill.get() - s.len() > mask / 4 {
        let used = s.len();
        s.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

pub(crate) fn symmetric_difference_update(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let s = set_of(vm, so);
    if so.is(other) {
        vm.set_clear(s);
        return Ok(());
    }
    let entries = if vm.is_exact(other, &vm.types.dict) {
        let d = vm.as_dict(other).unwrap();
        unsafe { d.table.get() }
            .iter()
            .filter_map(|e| e.key.clone().map(|k| (e.hash, k)))
            .collect()
    } else if let Some(o) = vm.as_set(other) {
        o.entries()
    } else {
        let tmp = new_like_from(vm, so, other)?;
        set_of(vm, &tmp).entries()
    };
    for (h, k) in entries {
        if !vm.set_discard_hashed(s, &k, h)? {
            vm.set_add_hashed(s, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let r = new_like_from(vm, so, other)?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(r)
}

fn issubset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = vm.as_set(other) else {
        let tmp = vm.new_set(Vec::new())?;
        vm.set_update(set_of(vm, &tmp), other)?;
        return issubset(vm, so, &tmp);
    };
    let s = set_of(vm, so);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in s.entries() {
        if !vm.set_contains_hashed(o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_set(vm, other) {
        return issubset(vm, other, so);
    }
    let s = set_of(vm, so);
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if !vm.set_contains_hashed(s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let s = set_of(vm, so);
    if so.is(other) {
        return Ok(s.is_empty());
    }
    if vm.is_exact(other, &vm.types.set) || vm.is_exact(other, &vm.types.frozenset) {
        let o = set_of(vm, other);
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (h, k) in small.entries() {
            if vm.set_contains_hashed(big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if vm.set_contains_hashed(s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison: equality and subset order; NotImplemented unless both are sets.
fn rich(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (v, w) = (&a.pos[0], &a.pos[1]);
    let (Some(s), Some(o)) = (vm.as_set(v), vm.as_set(w)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (n, m) = (s.len(), o.len());
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let known_differ =
                s.hash.get() != -1 && o.hash.get() != -1 && s.hash.get() != o.hash.get();
            let eq = n == m && !known_differ && issubset(vm, v, w)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(vm, v, w)?,
        CmpOp::Ge => issuperset(vm, v, w)?,
        CmpOp::Lt => n < m && issubset(vm, v, w)?,
        CmpOp::Gt => n > m && issuperset(vm, v, w)?,
    };
    Ok(vm.bool_val(r))
}
