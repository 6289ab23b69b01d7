//! `dict`: construction, item access, views and iteration, the dict methods.

use crate::object::iter::{DictIterData, DictIterKind};
use crate::object::native::{Args, MethodKind};
use crate::object::value::{alloc, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub fn init(vm: &Vm) {
    let t = vm.types.dict.clone();
    vm.add_method_kind(&t, "__new__", dict_new, MethodKind::Static);
    vm.add_method(&t, "__init__", dict_init);
    vm.add_method(&t, "__repr__", dict_repr);
    vm.add_method(&t, "__len__", |vm, a| {
        Ok(vm.new_int_usize(vm.as_dict(&a.pos[0]).unwrap().len()))
    });
    vm.add_method(&t, "__getitem__", |vm, a| {
        let d = vm.as_dict(&a.pos[0]).unwrap();
        match vm.dict_get(d, &a.pos[1])? {
            Some(v) => Ok(v),
            None => {
                if !vm.is_exact(&a.pos[0], &vm.types.dict) {
                    if let Some(m) = vm.lookup_special(&a.pos[0], &vm.names.missing) {
                        return vm.call_bound_special(&m, &a.pos[0], &a.pos[1..2]);
                    }
                }
                Err(vm.key_error(a.pos[1].clone()))
            }
        }
    });
    vm.add_method(&t, "__setitem__", |vm, a| {
        vm.dict_set(
            vm.as_dict(&a.pos[0]).unwrap(),
            a.pos[1].clone(),
            a.pos[2].clone(),
        )?;
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "__delitem__", |vm, a| {
        match vm.dict_del(vm.as_dict(&a.pos[0]).unwrap(), &a.pos[1])? {
            Some(_) => Ok(vm.none.clone()),
            None => Err(vm.key_error(a.pos[1].clone())),
        }
    });
    vm.add_method(&t, "__contains__", |vm, a| {
        Ok(vm.bool_val(
            vm.dict_get(vm.as_dict(&a.pos[0]).unwrap(), &a.pos[1])?
                .is_some(),
        ))
    });
    vm.add_method(&t, "__iter__", |vm, a| {
        Ok(dict_iter(vm, &a.pos[0], DictIterKind::Keys))
    });
    vm.add_method(&t, "__eq__", dict_eq);
    vm.add_type_attr(&t, "__hash__", vm.none.clone());
    vm.add_method(&t, "get", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "dict.get", "get", 1, 2)?;
        Ok(vm
            .dict_get(vm.as_dict(&a.pos[0]).unwrap(), &a.pos[1])?
            .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
    });
    vm.add_method(&t, "setdefault", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "dict.setdefault", "setdefault", 1, 2)?;
        let d = vm.as_dict(&a.pos[0]).unwrap();
        if let Some(v) = vm.dict_get(d, &a.pos[1])? {
            return Ok(v);
        }
        let v = a.pos.get(2).cloned().unwrap_or_else(|| vm.none.clone());
        vm.dict_set(d, a.pos[1].clone(), v.clone())?;
        Ok(v)
    });
    vm.add_method(&t, "pop", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "dict.pop", "pop", 1, 2)?;
        match vm.dict_del(vm.as_dict(&a.pos[0]).unwrap(), &a.pos[1])? {
            Some(v) => Ok(v),
            None => a
                .pos
                .get(2)
                .cloned()
                .ok_or_else(|| vm.key_error(a.pos[1].clone())),
        }
    });
    vm.add_method(&t, "keys", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.keys")?;
        Ok(view(vm, &a.pos[0], DictIterKind::Keys))
    });
    vm.add_method(&t, "values", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.values")?;
        Ok(view(vm, &a.pos[0], DictIterKind::Values))
    });
    vm.add_method(&t, "items", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.items")?;
        Ok(view(vm, &a.pos[0], DictIterKind::Items))
    });
    vm.add_method(&t, "update", |vm, a| {
        if a.pos.len() > 2 {
            return Err(vm.type_error(format!(
                "update expected at most 1 argument, got {}",
                a.pos.len() - 1
            )));
        }
        dict_init(vm, a)?;
        Ok(vm.none.clone())
    });
    vm.add_method(&t, "copy", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.copy")?;
        // As CPython's PyDict_Copy: an empty dict copies to {} at once, any other is
        // merged (through keys() and [] when its type overrides __iter__).
        let d = vm.as_dict(&a.pos[0]).unwrap();
        if d.len() == 0 {
            return vm.dict_from_pairs(Vec::new());
        }
        // As CPython's PyDict_Copy: the table is copied unless holes make up over a
        // third of it (then the items are inserted anew, which may call `__eq__`).
        let entries = unsafe { d.table.get().entries.len() };
        if vm.is_exact(&a.pos[0], &vm.types.dict) && d.len() >= entries * 2 / 3 {
            return Ok(copy_exact(vm, d));
        }
        vm.dict_from_pairs(vm.mapping_items(&a.pos[0])?)
    });
    vm.add_method(&t, "clear", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.clear")?;
        vm.dict_clear(vm.as_dict(&a.pos[0]).unwrap());
        Ok(vm.none.clone())
    });
    for (name, kind) in [
        ("dict_keys", DictIterKind::Keys),
        ("dict_values", DictIterKind::Values),
        ("dict_items", DictIterKind::Items),
    ] {
        let vt = vm.types.misc[name].clone();
        unsafe {
            crate::vm::init::type_data_mut(&vt)
                .dealloc
                .set(crate::object::typeobj::dealloc_of::<
                    crate::object::iter::DictViewData,
                >())
        };
        vm.add_method(&vt, "__len__", |vm, a| {
            let v = unsafe { a.pos[0].payload::<crate::object::iter::DictViewData>() };
            Ok(vm.new_int_usize(vm.as_dict(&v.dict).unwrap().len()))
        });
        let f: crate::object::native::NativeFn = match kind {
            DictIterKind::Keys => |vm, a| view_iter(vm, a),
            DictIterKind::Values => |vm, a| view_iter(vm, a),
            DictIterKind::Items => |vm, a| view_iter(vm, a),
        };
        vm.add_method(&vt, "__iter__", f);
        vm.add_method(&vt, "__repr__", |vm, a| {
            let v = unsafe { a.pos[0].payload::<crate::object::iter::DictViewData>() };
            let it = dict_iter(vm, &v.dict, v.kind);
            let mut parts = Vec::new();
            while let Some(x) = vm.next(&it)? {
                parts.push(vm.repr_string(&x)?);
            }
            let name = vm.type_name(&a.pos[0]);
            Ok(vm.new_str(format!("{name}([{}])", parts.join(", "))))
        });
    }
    init_extra(vm);
}

fn view(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let name = match kind {
        DictIterKind::Keys => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    };
    alloc(
        vm.types.misc[name].ptr() as *const _,
        crate::object::iter::DictViewData {
            dict: d.clone(),
            kind,
        },
    )
}

fn view_iter(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = unsafe { a.pos[0].payload::<crate::object::iter::DictViewData>() };
    Ok(dict_iter(vm, &v.dict, v.kind))
}

/// An iterator over a dict's keys, values or items.
pub fn dict_iter(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let name = match kind {
        DictIterKind::Keys => "dict_keyiterator",
        DictIterKind::Values => "dict_valueiterator",
        DictIterKind::Items => "dict_itemiterator",
    };
    let size = vm
        .as_dict(d)
        .map(|x| x.len())
        .or_else(|| vm.as_set(d).map(|s| s.d.len()))
        .unwrap_or(0);
    alloc(
        vm.types.misc[name].ptr() as *const _,
        DictIterData {
            dict: d.clone(),
            pos: Cell::new(0),
            size,
            kind,
            done: Cell::new(false),
            left: Cell::new(size),
        },
    )
}

fn dict_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    if cls.is(&vm.types.dict) {
        return Ok(vm.new_dict());
    }
    Ok(vm.new_instance(cls, crate::object::dict::DictData::new()))
}

/// A new dict with the entries of the exact dict `d`, its table copied.
fn copy_exact(vm: &Vm, d: &crate::object::dict::DictData) -> Value {
    let v = vm.new_dict();
    let nd = vm.as_dict(&v).unwrap();
    // SAFETY: copying entries runs no Python code; `nd` is new.
    unsafe { *nd.table.get_mut() = d.table.get().clone_live() };
    nd.bump();
    v
}

fn dict_init(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let d = vm.as_dict(&a.pos[0]).unwrap();
    if let Some(src) = a.pos.get(1) {
        // `dict(d)` of an exact dict into a new, unwatched one: the table is copied.
        // (As CPython's dict_merge, only a table without holes is copied.)
        let clean =
            |s: &crate::object::dict::DictData| unsafe { s.table.get().entries.len() == s.len() };
        if d.len() == 0
            && d.version.get() & 1 == 0
            && vm.is_exact(src, &vm.types.dict)
            && clean(vm.as_dict(src).unwrap())
        {
            let s = vm.as_dict(src).unwrap();
            // SAFETY: copying entries runs no Python code.
            let t = unsafe { s.table.get().clone_live() };
            let old = unsafe { std::mem::replace(d.table.get_mut(), t) };
            d.bump();
            drop(old);
        } else if vm.as_dict(src).is_some() || vm.getattr_opt(src, &vm.names.keys)?.is_some() {
            // (`mapping_items` copies a dict that keeps dict's `__iter__` directly.)
            for (k, v) in vm.mapping_items(src)? {
                vm.dict_set(d, k, v)?;
            }
        } else {
            for (i, item) in vm.collect(src)?.into_iter().enumerate() {
                let pair = vm.collect(&item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut it = pair.into_iter();
                vm.dict_set(d, it.next().unwrap(), it.next().unwrap())?;
            }
        }
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}

/// Whether dict `v`'s type iterates as dict does (exact dicts, and subclasses that do not
/// override `__iter__`).
pub(crate) fn plain_dict_iter(vm: &Vm, v: &Value) -> bool {
    vm.is_exact(v, &vm.types.dict) || !vm.heap_overrides(v, &vm.names.iter, &vm.types.dict)
}

fn dict_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    if !vm.repr_enter(&a.pos[0]) {
        return Ok(vm.new_str("{...}"));
    }
    let items = vm.as_dict(&a.pos[0]).unwrap().items();
    let mut parts = Vec::with_capacity(items.len());
    let mut res = Ok(());
    for (k, v) in &items {
        match (vm.repr_string(k), vm.repr_string(v)) {
            (Ok(ks), Ok(vs)) => parts.push(format!("{ks}: {vs}")),
            (Err(e), _) | (_, Err(e)) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.repr_leave(&a.pos[0]);
    res?;
    Ok(vm.new_str(format!("{{{}}}", parts.join(", "))))
}

fn dict_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(o) = vm.as_dict(&a.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let d = vm.as_dict(&a.pos[0]).unwrap();
    if d.len() != o.len() {
        return Ok(vm.false_.clone());
    }
    for (k, v) in d.items() {
        match vm.dict_get(o, &k)? {
            Some(w) if vm.eq_bool(&v, &w)? => {}
            _ => return Ok(vm.false_.clone()),
        }
    }
    Ok(vm.true_.clone())
}

/// Registers `fromkeys`, `popitem`, the `|` operators and `__reversed__`.
fn init_extra(vm: &Vm) {
    let t = vm.types.dict.clone();
    vm.add_method_kind(&t, "fromkeys", dict_fromkeys, MethodKind::Class);
    vm.add_method(&t, "popitem", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.popitem")?;
        let d = vm.as_dict(&a.pos[0]).unwrap();
        // SAFETY: removing an entry runs no Python code.
        let Some((k, v)) = (unsafe { d.table.get_mut().pop_last() }) else {
            return Err(vm.key_error(vm.new_str("popitem(): dictionary is empty")));
        };
        d.bump_key(vm, &k);
        Ok(vm.new_tuple2(k, v))
    });
    vm.add_method(&t, "__or__", |vm, a| {
        a.check(vm, "__or__", 2, 2)?;
        if vm.as_dict(&a.pos[1]).is_none() {
            return Ok(vm.not_implemented.clone());
        }
        // Like CPython, the result is a plain dict even for subclasses (copy, then merge:
        // a subclass overriding __iter__ is read through keys() and []).
        let r = if vm.as_dict(&a.pos[0]).unwrap().len() == 0 {
            vm.dict_from_pairs(Vec::new())?
        } else {
            vm.dict_from_pairs(vm.mapping_items(&a.pos[0])?)?
        };
        let rd = vm.as_dict(&r).unwrap();
        for (k, v) in vm.mapping_items(&a.pos[1])? {
            vm.dict_set(rd, k, v)?;
        }
        Ok(r)
    });
    vm.add_method(&t, "__ror__", |vm, a| {
        a.check(vm, "__ror__", 2, 2)?;
        let Some(other) = vm.as_dict(&a.pos[1]) else {
            return Ok(vm.not_implemented.clone());
        };
        let r = if other.len() == 0 {
            vm.dict_from_pairs(Vec::new())?
        } else {
            vm.dict_from_pairs(vm.mapping_items(&a.pos[1])?)?
        };
        let rd = vm.as_dict(&r).unwrap();
        for (k, v) in vm.mapping_items(&a.pos[0])? {
            vm.dict_set(rd, k, v)?;
        }
        Ok(r)
    });
    vm.add_method(&t, "__ior__", |vm, a| {
        a.check(vm, "__ior__", 2, 2)?;
        dict_init(vm, Args::new(&a.pos[..2]))?;
        Ok(a.pos[0].clone())
    });
    vm.add_method(&t, "__reversed__", |vm, a| {
        a.check(vm, "__reversed__", 1, 1)?;
        Ok(dict_reverse_iter(vm, &a.pos[0], DictIterKind::Keys))
    });
}

/// `reversed(d)`, `reversed(d.values())`, `reversed(d.items())`: `pos` counts down to 0.
pub fn dict_reverse_iter(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let name = match kind {
        DictIterKind::Keys => "dict_reversekeyiterator",
        DictIterKind::Values => "dict_reversevalueiterator",
        DictIterKind::Items => "dict_reverseitemiterator",
    };
    let dd = vm.as_dict(d).unwrap();
    let entries = unsafe { dd.table.get() }.entries.len();
    alloc(
        vm.types.misc[name].ptr() as *const _,
        DictIterData {
            dict: d.clone(),
            pos: Cell::new(entries),
            size: dd.len(),
            kind,
            done: Cell::new(false),
            left: Cell::new(dd.len()),
        },
    )
}

/// The next item of a reverse dict iterator (None when done).
pub fn dict_reverse_next(vm: &Vm, d: &DictIterData) -> PyResult<Option<Value>> {
    if d.done.get() {
        return Ok(None);
    }
    let dd = vm.as_dict(&d.dict).unwrap();
    if dd.len() != d.size {
        d.done.set(true);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let t = unsafe { dd.table.get() };
    let mut pos = d.pos.get().min(t.entries.len());
    while pos > 0 {
        pos -= 1;
        let e = &t.entries[pos];
        if let Some(k) = e.key.clone() {
            d.pos.set(pos);
            return Ok(Some(match d.kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => e.value.clone().unwrap(),
                DictIterKind::Items => vm.new_tuple2(k, e.value.clone().unwrap()),
            }));
        }
    }
    d.done.set(true);
    Ok(None)
}

/// `dict.fromkeys(iterable, value=None)`; subclasses are built with `cls()` and `__setitem__`.
fn dict_fromkeys(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_varargs(vm, &a, "dict.fromkeys", "fromkeys", 1, 2)?;
    let cls = &a.pos[0];
    let value = a.pos.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    let keys = vm.collect(&a.pos[1])?;
    if cls.is(&vm.types.dict) {
        let r = vm.new_dict();
        let d = vm.as_dict(&r).unwrap();
        for k in keys {
            vm.dict_set(d, k, value.clone())?;
        }
        return Ok(r);
    }
    let r = vm.call(cls, &[])?;
    for k in keys {
        vm.setitem(&r, &k, value.clone())?;
    }
    Ok(r)
}
