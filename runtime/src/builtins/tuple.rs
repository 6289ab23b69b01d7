//! `tuple`: construction, indexing and slicing, hashing, comparison, repr.

use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = vm.types.tuple.clone();
    vm.add_method_kind(&t, "__new__", tuple_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", tuple_repr);
    vm.add_method(&t, "__len__", |vm, a| {
        Ok(vm.new_int_usize(vm.tuple_items(&a.pos[0]).len()))
    });
    vm.add_method(&t, "__getitem__", tuple_getitem);
    vm.add_method(&t, "__iter__", |vm, a| {
        Ok(vm.new_seq_iter_of(a.pos[0].clone(), vm.fast.tuple_iter))
    });
    vm.add_method(&t, "__hash__", |vm, a| {
        Ok(vm.new_int(vm.hash_tuple(&a.pos[0])?))
    });
    use crate::bytecode::CmpOp;
    vm.add_method(&t, "__eq__", |vm, a| tuple_cmp(vm, a, CmpOp::Eq));
    vm.add_method(&t, "__ne__", |vm, a| tuple_cmp(vm, a, CmpOp::Ne));
    vm.add_method(&t, "__lt__", |vm, a| tuple_cmp(vm, a, CmpOp::Lt));
    vm.add_method(&t, "__le__", |vm, a| tuple_cmp(vm, a, CmpOp::Le));
    vm.add_method(&t, "__gt__", |vm, a| tuple_cmp(vm, a, CmpOp::Gt));
    vm.add_method(&t, "__ge__", |vm, a| tuple_cmp(vm, a, CmpOp::Ge));
    vm.add_method(&t, "__add__", |vm, a| {
        let Some(o) = vm.as_tuple(&a.pos[1]) else {
            return Ok(vm.not_implemented.clone());
        };
        let mut v = vm.tuple_items(&a.pos[0]).to_vec();
        v.extend_from_slice(o);
        Ok(vm.new_tuple(v))
    });
    vm.add_method(&t, "__mul__", tuple_mul);
    vm.add_method(&t, "__rmul__", tuple_mul);
    vm.add_method(&t, "__contains__", |vm, a| {
        for x in vm.tuple_items(&a.pos[0]).to_vec() {
            if vm.eq_bool(&x, &a.pos[1])? {
                return Ok(vm.true_.clone());
            }
        }
        Ok(vm.false_.clone())
    });
    vm.add_method(&t, "__getnewargs__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "tuple.__getnewargs__")?;
        let copy = vm.new_tuple(vm.tuple_items(&a.pos[0]).to_vec());
        Ok(vm.new_tuple(vec![copy]))
    });
    vm.add_method(&t, "count", |vm, a| {
        crate::builtins::str::args::check_one(vm, &a, "tuple.count")?;
        let mut n = 0;
        for x in vm.tuple_items(&a.pos[0]).to_vec() {
            if vm.eq_bool(&x, &a.pos[1])? {
                n += 1;
            }
        }
        Ok(vm.new_int(n))
    });
    vm.add_method(&t, "index", |vm, a| {
        crate::builtins::str::args::check_varargs(vm, &a, "tuple.index", "index", 1, 3)?;
        let items = vm.tuple_items(&a.pos[0]).to_vec();
        if let Some(i) = crate::builtins::list::position_in(vm, &items, &a)? {
            return Ok(vm.new_int(i));
        }
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    });
}

fn tuple_new(vm: &Vm, a: Args) -> PyResult<Value> {
    // As CPython: no keywords unless a subclass has its own `__init__` to take them.
    if a.has_kw()
        && (a.pos[0].is(&vm.types.tuple)
            || vm
                .lookup(&a.pos[0], &vm.intern("__init__"))
                .zip(vm.lookup(&vm.types.object, &vm.intern("__init__")))
                .is_some_and(|(x, y)| x.is(&y)))
    {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let cls = &a.pos[0];
    if let Some(x) = a.pos.get(1) {
        if cls.is(&vm.types.tuple) && vm.is_exact(x, &vm.types.tuple) {
            return Ok(x.clone());
        }
    }
    let items = match a.pos.get(1) {
        Some(x) => vm.collect_hinted(x)?,
        None => Vec::new(),
    };
    if cls.is(&vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.new_instance(cls, crate::object::tuple::TupleData::boxed(items)))
}

fn tuple_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let items = vm.tuple_items(&a.pos[0]).to_vec();
    if items.is_empty() {
        return Ok(vm.new_str("()"));
    }
    if !vm.repr_enter(&a.pos[0]) {
        return Ok(vm.new_str("(...)"));
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
    Ok(vm.new_str(if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }))
}

fn tuple_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let items = vm.tuple_items(&a.pos[0]);
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let v = crate::builtins::list::slice_of(vm, items, key)?;
        return Ok(vm.new_tuple(v));
    }
    let i = vm.seq_index(key, "tuple")?;
    vm.tuple_item(items, i)
}

/// `tuple.__eq__` and the other comparisons: NotImplemented unless both are tuples.
fn tuple_cmp(vm: &Vm, a: Args, op: crate::bytecode::CmpOp) -> PyResult<Value> {
    if vm.as_tuple(&a.pos[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    vm.compare_tuples(&a.pos[0], &a.pos[1], op)
}

fn tuple_mul(vm: &Vm, a: Args) -> PyResult<Value> {
    let (t, n) = if vm.as_tuple(&a.pos[0]).is_some() {
        (&a.pos[0], &a.pos[1])
    } else {
        (&a.pos[1], &a.pos[0])
    };
    Ok(
        match crate::builtins::list::repeat(vm, vm.tuple_items(t), n)? {
            Some(v) => vm.new_tuple(v),
            None => vm.not_implemented.clone(),
        },
    )
}
