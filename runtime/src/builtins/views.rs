//! Dict views' set behaviour (membership, comparisons, `& | - ^`, `isdisjoint`, `reversed`,
//! `.mapping`) and `mappingproxy`, the read-only mapping behind `SomeClass.__dict__`.

use crate::builtins::set as setops;
use crate::bytecode::{BinOp, CmpOp};
use crate::object::iter::{DictIterKind, DictViewData};
use crate::object::misc::MappingProxyData;
use crate::object::native::{Args, MethodKind};
use crate::object::value::{alloc, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    for name in ["dict_keys", "dict_items"] {
        let t = vm.types.misc[name].clone();
        vm.add_type_attr(&t, "__hash__", vm.none.clone());
        vm.add_method(&t, "__contains__", |vm, a| {
            arity(vm, &a, "__contains__")?;
            Ok(vm.bool_val(view_contains(vm, &a.pos[0], &a.pos[1])?))
        });
        vm.add_method(&t, "__eq__", |vm, a| rich(vm, a, CmpOp::Eq));
        vm.add_method(&t, "__ne__", |vm, a| rich(vm, a, CmpOp::Ne));
        vm.add_method(&t, "__lt__", |vm, a| rich(vm, a, CmpOp::Lt));
        vm.add_method(&t, "__le__", |vm, a| rich(vm, a, CmpOp::Le));
        vm.add_method(&t, "__gt__", |vm, a| rich(vm, a, CmpOp::Gt));
        vm.add_method(&t, "__ge__", |vm, a| rich(vm, a, CmpOp::Ge));
        vm.add_method(&t, "__and__", |vm, a| {
            arity(vm, &a, "__and__")?;
            intersect(vm, &a.pos[0], &a.pos[1])
        });
        vm.add_method(&t, "__rand__", |vm, a| {
            arity(vm, &a, "__rand__")?;
            intersect(vm, &a.pos[1], &a.pos[0])
        });
        vm.add_method(&t, "__or__", |vm, a| {
            arity(vm, &a, "__or__")?;
            union(vm, &a.pos[0], &a.pos[1])
        });
        vm.add_method(&t, "__ror__", |vm, a| {
            arity(vm, &a, "__ror__")?;
            union(vm, &a.pos[1], &a.pos[0])
        });
        vm.add_method(&t, "__sub__", |vm, a| {
            arity(vm, &a, "__sub__")?;
            sub(vm, &a.pos[0], &a.pos[1])
        });
        vm.add_method(&t, "__rsub__", |vm, a| {
            arity(vm, &a, "__rsub__")?;
            sub(vm, &a.pos[1], &a.pos[0])
        });
        vm.add_method(&t, "__xor__", |vm, a| {
            arity(vm, &a, "__xor__")?;
            xor(vm, &a.pos[0], &a.pos[1])
        });
        vm.add_method(&t, "__rxor__", |vm, a| {
            arity(vm, &a, "__rxor__")?;
            xor(vm, &a.pos[1], &a.pos[0])
        });
        vm.add_method(&t, "isdisjoint", |vm, a| {
            if a.has_kw() || a.pos.len() != 2 {
                return Err(vm.type_error(format!(
                    "isdisjoint() takes exactly one argument ({} given)",
                    a.pos.len().saturating_sub(1)
                )));
            }
            Ok(vm.bool_val(isdisjoint(vm, &a.pos[0], &a.pos[1])?))
        });
    }
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let t = vm.types.misc[name].clone();
        vm.add_method(&t, "__reversed__", |vm, a| {
            let v = view_of(vm, &a.pos[0])?;
            Ok(crate::builtins::dict::dict_reverse_iter(
                vm, &v.dict, v.kind,
            ))
        });
        vm.add_getset(
            &t,
            "mapping",
            |vm, a| Ok(new_mappingproxy(vm, view_of(vm, &a.pos[0])?.dict.clone())),
            None,
        );
    }
    init_mappingproxy(vm);
}

/// `__dict__`-style read-only proxy of a mapping.
pub fn new_mappingproxy(vm: &Vm, mapping: Value) -> Value {
    alloc(
        vm.types.mappingproxy.ptr() as *const _,
        MappingProxyData { mapping },
    )
}

fn arity(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let _ = name;
    Ok(())
}

/// The payload of a dict view (any of the three kinds).
fn view_data<'a>(vm: &Vm, v: &'a Value) -> Option<&'a DictViewData> {
    let misc = &vm.types.misc;
    ["dict_keys", "dict_values", "dict_items"]
        .iter()
        .any(|n| vm.is_exact(v, &misc[n]))
        .then(|| unsafe { v.payload::<DictViewData>() })
}

fn view_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DictViewData> {
    view_data(vm, v).ok_or_else(|| vm.type_error("expected a dict view"))
}

/// A keys or items view: the views that behave as sets.
fn set_view<'a>(vm: &Vm, v: &'a Value) -> Option<&'a DictViewData> {
    view_data(vm, v).filter(|d| d.kind != DictIterKind::Values)
}

fn view_len(vm: &Vm, v: &DictViewData) -> usize {
    vm.as_dict(&v.dict).map(|d| d.len()).unwrap_or(0)
}

/// `x in view`: a key of the dict, or a (key, value) pair of it for items views.
fn view_contains(vm: &Vm, view: &Value, x: &Value) -> PyResult<bool> {
    let v = view_of(vm, view)?;
    let Some(d) = vm.as_dict(&v.dict) else {
        return Ok(false);
    };
    match v.kind {
        DictIterKind::Keys => Ok(vm.dict_get(d, x)?.is_some()),
        DictIterKind::Values => {
            for y in d.values() {
                if vm.eq_bool(&y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictIterKind::Items => {
            let Some(t) = vm.as_tuple(x) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(d, &t[0])? {
                Some(found) => vm.eq_bool(&found, &t[1]),
                None => Ok(false),
            }
        }
    }
}

/// A new set of `v`'s elements (a keys view of an exact dict reads the dict directly, as CPython does).
fn to_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = vm.new_set(Vec::new())?;
    let src = match view_data(vm, v) {
        Some(d) if d.kind == DictIterKind::Keys && vm.is_exact(&d.dict, &vm.types.dict) => {
            d.dict.clone()
        }
        _ => v.clone(),
    };
    vm.set_update(vm.as_set(&r).unwrap(), &src)?;
    Ok(r)
}

/// `a & b` with at least one operand a keys/items view.
fn intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut slf, mut other) = if set_view(vm, a).is_some() {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = set_view(vm, &slf).map(|v| view_len(vm, v)).unwrap_or(0);
    if vm.is_exact(&other, &vm.types.set) && len_self <= vm.len(&other)? {
        return setops::intersection(vm, &other, &slf);
    }
    if let Some(o) = set_view(vm, &other) {
        if view_len(vm, o) > len_self {
            std::mem::swap(&mut slf, &mut other);
        }
    }
    let result = vm.new_set(Vec::new())?;
    let it = vm.iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if view_contains(vm, &slf, &k)? {
            vm.set_add(vm.as_set(&result).unwrap(), k)?;
        }
    }
    Ok(result)
}

fn union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = to_set(vm, a)?;
    vm.set_update(vm.as_set(&r).unwrap(), b)?;
    Ok(r)
}

fn sub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = to_set(vm, a)?;
    setops::difference_update(vm, &r, b)?;
    Ok(r)
}

fn xor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let items = |v: &Value| {
        set_view(vm, v)
            .filter(|d| d.kind == DictIterKind::Items)
            .is_some()
    };
    if items(a) && items(b) {
        return items_xor(vm, a, b);
    }
    let r = to_set(vm, a)?;
    setops::symmetric_difference_update(vm, &r, b)?;
    Ok(r)
}

/// `d1.items() ^ d2.items()`: pairs of d2 not in d1 first, then d1's remaining pairs.
fn items_xor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let d1 = view_of(vm, a)?.dict.clone();
    let d2 = view_of(vm, b)?.dict.clone();
    let (Some(x), Some(y)) = (vm.as_dict(&d1), vm.as_dict(&d2)) else {
        return vm.new_set(Vec::new());
    };
    let temp = vm.dict_from_pairs(x.items())?;
    let td = vm.as_dict(&temp).unwrap();
    let result = vm.new_set(Vec::new())?;
    let rs = vm.as_set(&result).unwrap();
    for (k, v2) in y.items() {
        let to_delete = match vm.dict_get(td, &k)? {
            Some(v1) => vm.eq_bool(&v1, &v2)?,
            None => false,
        };
        if to_delete {
            vm.dict_del(td, &k)?;
        } else {
            vm.set_add(rs, vm.new_tuple(vec![k, v2]))?;
        }
    }
    for (k, v) in td.items() {
        vm.set_add(rs, vm.new_tuple(vec![k, v]))?;
    }
    Ok(result)
}

/// Every element of `a` is in `b` (by `in`).
fn all_contained_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparisons of a keys/items view with a set or another such view: subset order.
fn rich(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (v, w) = (&a.pos[0], &a.pos[1]);
    if vm.as_set(w).is_none() && set_view(vm, w).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = vm.len(v)?;
    let m = vm.len(w)?;
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = n == m && all_contained_in(vm, v, w)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => n < m && all_contained_in(vm, v, w)?,
        CmpOp::Le => n <= m && all_contained_in(vm, v, w)?,
        CmpOp::Gt => n > m && all_contained_in(vm, w, v)?,
        CmpOp::Ge => n >= m && all_contained_in(vm, w, v)?,
    };
    Ok(vm.bool_val(r))
}

fn isdisjoint(vm: &Vm, view: &Value, other: &Value) -> PyResult<bool> {
    if view.is(other) {
        return Ok(vm.len(view)? == 0);
    }
    let (mut slf, mut oth) = (view.clone(), other.clone());
    if vm.as_set(other).is_some() || set_view(vm, other).is_some() {
        if vm.len(other)? > vm.len(view)? {
            std::mem::swap(&mut slf, &mut oth);
        }
    }
    let it = vm.iter(&oth)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&slf, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn proxied<'a>(vm: &Vm, v: &'a Value) -> Option<&'a Value> {
    vm.is_exact(v, &vm.types.mappingproxy)
        .then(|| &unsafe { v.payload::<MappingProxyData>() }.mapping)
}

fn mapping_of<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a Value> {
    let v: &'a Value = &a.pos[0];
    proxied(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'mappingproxy' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// Calls `mapping.name(*args)`.
fn forward(vm: &Vm, a: &Args, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = mapping_of(vm, a)?;
    let f = vm.getattr(m, &vm.intern(name))?;
    vm.call(&f, args)
}

fn no_args(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kw() || a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "mappingproxy.{name}() takes no arguments ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn init_mappingproxy(vm: &Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_method_kind(&t, "__new__", mappingproxy_new, MethodKind::Static);
    vm.add_type_attr(&t, "__hash__", vm.none.clone());
    vm.add_method(&t, "__getitem__", |vm, a| {
        arity(vm, &a, "__getitem__")?;
        vm.getitem(mapping_of(vm, &a)?, &a.pos[1])
    });
    vm.add_method(&t, "__contains__", |vm, a| {
        arity(vm, &a, "__contains__")?;
        Ok(vm.bool_val(vm.contains(mapping_of(vm, &a)?, &a.pos[1])?))
    });
    vm.add_method(&t, "__iter__", |vm, a| vm.iter(mapping_of(vm, &a)?));
    vm.add_method(&t, "__len__", |vm, a| {
        Ok(vm.new_int_usize(vm.len(mapping_of(vm, &a)?)?))
    });
    vm.add_method(&t, "__repr__", |vm, a| {
        let r = vm.repr_string(mapping_of(vm, &a)?)?;
        Ok(vm.new_str(format!("mappingproxy({r})")))
    });
    vm.add_method(&t, "__str__", |vm, a| vm.str(mapping_of(vm, &a)?));
    vm.add_method(&t, "get", |vm, a| {
        if a.has_kw() {
            return Err(vm.type_error("get() takes no keyword arguments"));
        }
        let n = a.pos.len().saturating_sub(1);
        if n == 0 {
            return Err(vm.type_error("get expected at least 1 argument, got 0"));
        }
        if n > 2 {
            return Err(vm.type_error(format!("get expected at most 2 arguments, got {n}")));
        }
        let default = a.pos.get(2).cloned().unwrap_or_else(|| vm.none.clone());
        let m = mapping_of(vm, &a)?;
        if vm.is_exact(m, &vm.types.dict) {
            let d = vm.as_dict(m).unwrap();
            return Ok(vm.dict_get(d, &a.pos[1])?.unwrap_or(default));
        }
        forward(vm, &a, "get", &[a.pos[1].clone(), default])
    });
    vm.add_method(&t, "keys", |vm, a| {
        no_args(vm, &a, "keys")?;
        forward(vm, &a, "keys", &[])
    });
    vm.add_method(&t, "values", |vm, a| {
        no_args(vm, &a, "values")?;
        forward(vm, &a, "values", &[])
    });
    vm.add_method(&t, "items", |vm, a| {
        no_args(vm, &a, "items")?;
        forward(vm, &a, "items", &[])
    });
    vm.add_method(&t, "copy", |vm, a| {
        no_args(vm, &a, "copy")?;
        forward(vm, &a, "copy", &[])
    });
    vm.add_method(&t, "__reversed__", |vm, a| {
        let m = mapping_of(vm, &a)?;
        if let Some(d) = vm.as_dict(m) {
            if vm.lookup_special(m, &vm.names.reversed).is_none() {
                let mut keys = d.keys();
                keys.reverse();
                return vm.iter(&vm.new_list(keys));
            }
        }
        forward(vm, &a, "__reversed__", &[])
    });
    vm.add_method(&t, "__or__", |vm, a| {
        arity(vm, &a, "__or__")?;
        proxy_or(vm, &a.pos[0], &a.pos[1])
    });
    vm.add_method(&t, "__ror__", |vm, a| {
        arity(vm, &a, "__ror__")?;
        proxy_or(vm, &a.pos[1], &a.pos[0])
    });
    vm.add_method(&t, "__ior__", |vm, _a| {
        Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
    });
    for (name, op) in [
        ("__eq__", CmpOp::Eq),
        ("__ne__", CmpOp::Ne),
        ("__lt__", CmpOp::Lt),
        ("__le__", CmpOp::Le),
        ("__gt__", CmpOp::Gt),
        ("__ge__", CmpOp::Ge),
    ] {
        let f: crate::object::native::NativeFn = match op {
            CmpOp::Eq => |vm, a| proxy_cmp(vm, a, CmpOp::Eq),
            CmpOp::Ne => |vm, a| proxy_cmp(vm, a, CmpOp::Ne),
            CmpOp::Lt => |vm, a| proxy_cmp(vm, a, CmpOp::Lt),
            CmpOp::Le => |vm, a| proxy_cmp(vm, a, CmpOp::Le),
            CmpOp::Gt => |vm, a| proxy_cmp(vm, a, CmpOp::Gt),
            CmpOp::Ge => |vm, a| proxy_cmp(vm, a, CmpOp::Ge),
        };
        vm.add_method(&t, name, f);
    }
}

/// `mappingproxy(mapping)`: any mapping except lists and tuples.
fn mappingproxy_new(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::set::new_cls(vm, &a, &vm.types.mappingproxy)?;
    let n = a.pos.len() - 1 + a.kwnames.len();
    if n > 1 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 argument ({n} given)"
        )));
    }
    let Some(m) = a.pos.get(1).cloned().or_else(|| a.kw(vm, "mapping")) else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    a.only_kw(vm, "mappingproxy", &["mapping"])?;
    let is_mapping = vm.lookup_special(&m, &vm.names.getitem).is_some()
        && vm.as_list(&m).is_none()
        && !vm.isinstance_type(&m, &vm.types.tuple);
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(new_mappingproxy(vm, m))
}

/// `proxy | other` and `other | proxy`: the underlying mappings' `|`.
fn proxy_or(vm: &Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let l = proxied(vm, l).unwrap_or(l).clone();
    let r = proxied(vm, r).unwrap_or(r).clone();
    vm.binary_op(&l, &r, BinOp::Or, false)
}

fn proxy_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    arity(vm, &a, "compare")?;
    vm.compare(mapping_of(vm, &a)?, &a.pos[1], op)
}
