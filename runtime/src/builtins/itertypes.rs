//! The lazy iteration builtins as types: `enumerate`, `zip`, `map`, `filter`, `reversed`.

use crate::object::iter::{EnumerateData, FilterData, MapData, ReversedData, ZipData};
use crate::object::native::{Args, MethodKind};
use crate::object::traverse::layout_for;
use crate::object::typeobj::{dealloc_of, type_data};
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub fn init(vm: &Vm) {
    let set = |name: &str,
               d: crate::object::typeobj::Dealloc,
               sub: fn() -> crate::object::traverse::InstanceLayout,
               new: crate::object::native::NativeFn| {
        let t = vm.types.misc[name].clone();
        let td = unsafe { type_data_mut(&t) };
        td.dealloc.set(d);
        // A subclass's instance holds the payload too (`make`).
        td.sub_layout.set(Some(sub));
        td.flags
            .set(td.flags.get() | crate::object::typeobj::tflags::BASETYPE);
        vm.add_method_kind(&t, "__new__", new, MethodKind::Static);
        vm.add_method(&t, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
        vm.add_method(&t, "__next__", |vm, a| match next(vm, &a.pos[0]) {
            Some(r) => r?.ok_or_else(|| vm.stop_iteration(None)),
            None => Err(vm.type_error("not an iterator")),
        });
        vm.add_type_attr(&t, "__module__", vm.intern("builtins"));
        vm.dict_set_str(vm.as_dict(&vm.builtins_dict).unwrap(), name, t);
    };
    set(
        "enumerate",
        dealloc_of::<EnumerateData>(),
        layout_for::<EnumerateData>,
        enumerate_new,
    );
    set(
        "zip",
        dealloc_of::<ZipData>(),
        layout_for::<ZipData>,
        zip_new,
    );
    set(
        "map",
        dealloc_of::<MapData>(),
        layout_for::<MapData>,
        map_new,
    );
    set(
        "filter",
        dealloc_of::<FilterData>(),
        layout_for::<FilterData>,
        filter_new,
    );
    set(
        "reversed",
        dealloc_of::<ReversedData>(),
        layout_for::<ReversedData>,
        reversed_new,
    );
    vm.add_method(
        &vm.types.misc["reversed"],
        "__length_hint__",
        reversed_length_hint,
    );
}

/// `reversed(seq).__length_hint__()`: the items left (none once the sequence has become
/// shorter than the position, as CPython's `reversed_len`).
fn reversed_length_hint(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = unsafe { a.pos[0].payload::<ReversedData>() };
    let Some(seq) = unsafe { r.seq.get() }.clone() else {
        return Ok(vm.new_int(0));
    };
    let n = match vm.as_list(&seq) {
        Some(l) => l.len(),
        None => vm.len(&seq)?,
    } as isize;
    let pos = r.index.get() + 1;
    Ok(vm.new_int(if n < pos { 0 } else { pos.max(0) } as i64))
}

/// Which of these types an iterator is (or derives from).
#[derive(Clone, Copy)]
pub enum Kind {
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
}

/// `next()` for these types; None when `it` is none of them.
pub fn next(vm: &Vm, it: &Value) -> Option<PyResult<Option<Value>>> {
    let td = vm.type_data_of(it);
    let name = unsafe { td.name.get() }.as_str();
    let base = match name {
        "enumerate" | "zip" | "map" | "filter" | "reversed" => name,
        _ => {
            // Subclasses: find the builtin base in the MRO.
            let mro = td.mro();
            let b = mro.iter().find_map(|t| {
                let n = unsafe { type_data(t).name.get() }.as_str();
                ["enumerate", "zip", "map", "filter", "reversed"]
                    .contains(&n)
                    .then(|| {
                        if vm.types.misc[n].is(t) {
                            Some(n)
                        } else {
                            None
                        }
                    })
                    .flatten()
            });
            b?
        }
    };
    let kind = match base {
        "enumerate" => Kind::Enumerate,
        "zip" => Kind::Zip,
        "map" => Kind::Map,
        "filter" => Kind::Filter,
        _ => Kind::Reversed,
    };
    Some(next_of(vm, it, kind))
}

/// `next()` of `it`, an iterator of kind `kind` (the iterator fast path calls this for
/// the exact types, without `next`'s lookup by name).
pub fn next_of(vm: &Vm, it: &Value, kind: Kind) -> PyResult<Option<Value>> {
    let d = it;
    match kind {
        Kind::Enumerate => {
            let e = unsafe { d.payload::<EnumerateData>() };
            match vm.next(&e.it) {
                Ok(Some(v)) => {
                    let n = unsafe { e.count.get().clone() };
                    let next_n = match n.as_small() {
                        Some(i) => Ok(vm.new_int(i + 1)),
                        None => {
                            vm.binary_op(&n, &vm.new_int(1), crate::bytecode::BinOp::Add, false)
                        }
                    };
                    match next_n {
                        Ok(nn) => {
                            let old = unsafe { std::mem::replace(e.count.get_mut(), nn) };
                            Ok(Some(vm.new_tuple2(old, v)))
                        }
                        Err(err) => Err(err),
                    }
                }
                r => r,
            }
        }
        Kind::Zip => zip_next(vm, unsafe { d.payload::<ZipData>() }),
        Kind::Map => {
            let m = unsafe { d.payload::<MapData>() };
            let mut args = Vec::with_capacity(m.its.len());
            for it in &m.its {
                match vm.next(it) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => return Ok(None),
                    Err(e) => return Err(e),
                }
            }
            vm.call(&m.func, &args).map(Some)
        }
        Kind::Filter => {
            let f = unsafe { d.payload::<FilterData>() };
            loop {
                match vm.next(&f.it) {
                    Ok(Some(v)) => {
                        let keep = if vm.is_none(&f.func) {
                            vm.truthy(&v)
                        } else {
                            vm.call(&f.func, std::slice::from_ref(&v))
                                .and_then(|r| vm.truthy(&r))
                        };
                        match keep {
                            Ok(true) => break Ok(Some(v)),
                            Ok(false) => continue,
                            Err(e) => break Err(e),
                        }
                    }
                    r => break r,
                }
            }
        }
        Kind::Reversed => {
            let r = unsafe { d.payload::<ReversedData>() };
            let i = r.index.get();
            // A list (only list.__reversed__ makes one over a list, subclasses too): the
            // item from its storage, as CPython's list_reverseiterator, which neither calls
            // a subclass's __getitem__ nor goes on once the list has shrunk below the index.
            // An exact tuple: the item by position, no index object and protocol call.
            if let Some(s) = unsafe { r.seq.get() }.as_ref() {
                if let Some(l) = vm.as_list(s) {
                    if i >= 0 {
                        if let Some(v) = l.get(i as usize) {
                            r.index.set(i - 1);
                            return Ok(Some(v));
                        }
                    }
                    r.index.set(-1);
                    unsafe { *r.seq.get_mut() = None };
                    return Ok(None);
                } else if i >= 0 && vm.is_exact(s, &vm.types.tuple) {
                    if let Some(v) = vm.tuple_items(s).get(i as usize) {
                        r.index.set(i - 1);
                        return Ok(Some(v.clone()));
                    }
                }
            }
            let seq = unsafe { r.seq.get().clone() };
            match seq {
                Some(s) if i >= 0 => match vm.getitem(&s, &vm.new_int(i as i64)) {
                    Ok(v) => {
                        r.index.set(i - 1);
                        Ok(Some(v))
                    }
                    Err(e)
                        if vm.err_matches(&e, &vm.exc.index_error)
                            || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                    {
                        unsafe { *r.seq.get_mut() = None };
                        Ok(None)
                    }
                    Err(e) => Err(e),
                },
                _ => {
                    unsafe { *r.seq.get_mut() = None };
                    Ok(None)
                }
            }
        }
    }
}

fn zip_next(vm: &Vm, z: &ZipData) -> PyResult<Option<Value>> {
    if z.its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                if z.strict {
                    if i > 0 {
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{} 1{}",
                            i + 1,
                            if i > 1 { "s" } else { "" },
                            if i > 1 {
                                format!("-{i}")
                            } else {
                                String::new()
                            }
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if vm.next(other)?.is_some() {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{} 1{}",
                                j + 1,
                                if j > 1 { "s" } else { "" },
                                if j > 1 {
                                    format!("-{j}")
                                } else {
                                    String::new()
                                }
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

fn iter_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Value> {
    vm.iter(v).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error)
            && vm.lookup_special(v, &vm.names.iter).is_none()
            && vm.lookup_special(v, &vm.names.getitem).is_none()
        {
            vm.type_error(format!(
                "{what}'{}' object is not iterable",
                vm.type_name(v)
            ))
        } else {
            e
        }
    })
}

/// A `reversed` iterator over `seq` from its last item (`list.__reversed__`).
pub fn reversed_iter(vm: &Vm, seq: &Value) -> PyResult<Value> {
    // A list's own length (a subclass's __len__ is not asked, as CPython's list.__reversed__).
    let n = match vm.as_list(seq) {
        Some(l) => l.len(),
        None => vm.len(seq)?,
    };
    Ok(make(
        vm,
        &vm.types.misc["reversed"],
        ReversedData {
            seq: PyCell::new(Some(seq.clone())),
            index: Cell::new(n as isize - 1),
        },
    ))
}

fn make<T>(vm: &Vm, cls: &Value, data: T) -> Value {
    let td = unsafe { type_data(cls) };
    if td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        vm.new_instance(cls, data)
    } else {
        alloc(cls.ptr() as *const _, data)
    }
}

fn enumerate_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({given} given)"
        )));
    }
    a.only_kw(vm, "enumerate", &["iterable", "start"])?;
    let it = a.pos.get(1).cloned().or_else(|| a.kw(vm, "iterable"));
    let Some(it) = it else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = a
        .pos
        .get(2)
        .cloned()
        .or_else(|| a.kw(vm, "start"))
        .unwrap_or_else(|| vm.new_int(0));
    // (`__index__` objects count too, as their int.)
    let start = if vm.is_int(&start) {
        start
    } else {
        vm.index(&start)?
    };
    let it = iter_arg(vm, &it, "")?;
    Ok(make(
        vm,
        &a.pos[0],
        EnumerateData {
            it,
            count: PyCell::new(start),
        },
    ))
}

fn zip_new(vm: &Vm, a: Args) -> PyResult<Value> {
    // As CPython's keyword parsing ("|$p:zip"): the count is checked before the names.
    if a.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            a.kwnames.len()
        )));
    }
    a.only_kw(vm, "zip", &["strict"])?;
    let strict = match a.kw(vm, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, x) in a.pos[1..].iter().enumerate() {
        its.push(
            iter_arg(
                vm,
                x,
                &format!("zip argument #{} must support iteration", i + 1),
            )
            .map_err(|e| {
                if vm.err_matches(&e, &vm.exc.type_error)
                    && vm.lookup_special(x, &vm.names.iter).is_none()
                {
                    vm.type_error(format!("'{}' object is not iterable", vm.type_name(x)))
                } else {
                    e
                }
            })?,
        );
    }
    Ok(make(vm, &a.pos[0], ZipData { its, strict }))
}

fn map_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if a.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &a.pos[2..] {
        its.push(iter_arg(vm, x, "")?);
    }
    Ok(make(
        vm,
        &a.pos[0],
        MapData {
            func: a.pos[1].clone(),
            its,
        },
    ))
}

fn filter_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    let it = iter_arg(vm, &a.pos[2], "")?;
    Ok(make(
        vm,
        &a.pos[0],
        FilterData {
            func: a.pos[1].clone(),
            it,
        },
    ))
}

fn reversed_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let seq = &a.pos[1];
    if let Some(r) = vm.lookup_special(seq, &vm.names.reversed) {
        if vm.is_none(&r) {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        return vm.call_bound_special(&r, seq, &[]);
    }
    if vm.lookup_special(seq, &vm.names.getitem).is_none() || vm.as_dict(seq).is_some() {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    // As in CPython, a sequence without a usable length reports why (no `__len__`, or
    // `__len__`'s own error).
    let n = vm.len(seq)?;
    Ok(make(
        vm,
        &a.pos[0],
        ReversedData {
            seq: PyCell::new(Some(seq.clone())),
            index: Cell::new(n as isize - 1),
        },
    ))
}
