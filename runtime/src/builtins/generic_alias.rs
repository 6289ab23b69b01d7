//! `list[int]`-style parameterized generics (`types.GenericAlias`) and `int | str` unions (`types.UnionType`).

use crate::object::native::{Args, MethodKind};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{is_of, new_obj, new_type};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// Payload of a `GenericAlias`: the class subscripted and the subscript as a tuple.
pub struct AliasData {
    origin: Value,
    args: Value,
}

impl Container for AliasData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.origin);
        f(&self.args);
    }
    fn clear_refs(&self) {}
}

/// Payload of a `UnionType`: its members, flattened and without duplicates.
pub struct UnionData {
    args: Value,
}

impl Container for UnionData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.args);
    }
    fn clear_refs(&self) {}
}

thread_local! {
    // The two type objects, made once at startup (the VM lives on one thread).
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn alias_type() -> Value {
    TYPES
        .with(|t| t.borrow().as_ref().map(|p| p.0.clone()))
        .expect("generic_alias::init ran")
}

fn union_type() -> Value {
    TYPES
        .with(|t| t.borrow().as_ref().map(|p| p.1.clone()))
        .expect("generic_alias::init ran")
}

fn is_alias(vm: &Vm, v: &Value) -> bool {
    let t = alias_type();
    // (A class deriving from GenericAlias, as collections.abc's Callable alias, holds
    // the payload too.)
    is_of(vm, v, &t) || (is_heap_instance(vm, v) && vm.isinstance_type(v, &t))
}

fn is_heap_instance(vm: &Vm, v: &Value) -> bool {
    vm.type_data_of(v)
        .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
}

fn is_union(vm: &Vm, v: &Value) -> bool {
    is_of(vm, v, &union_type())
}

fn alias_of(v: &Value) -> &AliasData {
    unsafe { v.payload::<AliasData>() }
}

fn union_of(v: &Value) -> &UnionData {
    unsafe { v.payload::<UnionData>() }
}

pub fn init(vm: &Vm) {
    let ga = new_type::<AliasData>(vm, "types", "GenericAlias");
    {
        // Subclassable, as CPython's: a subclass's instance holds the payload (`alias_new`).
        let td = unsafe { crate::vm::init::type_data_mut(&ga) };
        td.sub_layout
            .set(Some(crate::object::traverse::layout_for::<AliasData>));
        td.flags
            .set(td.flags.get() | crate::object::typeobj::tflags::BASETYPE);
    }
    let un = new_type::<UnionData>(vm, "types", "UnionType");
    TYPES.with(|t| *t.borrow_mut() = Some((ga.clone(), un.clone())));

    vm.add_method_kind(&ga, "__new__", alias_new, MethodKind::Static);
    vm.add_method(&ga, "__repr__", alias_repr);
    vm.add_method(&ga, "__call__", alias_call);
    vm.add_method(&ga, "__eq__", |vm, a| {
        a.check(vm, "__eq__", 2, 2)?;
        if !is_alias(vm, &a.pos[1]) {
            return Ok(vm.not_implemented.clone());
        }
        let (x, y) = (alias_of(&a.pos[0]), alias_of(&a.pos[1]));
        Ok(vm.bool_val(vm.eq_bool(&x.origin, &y.origin)? && vm.eq_bool(&x.args, &y.args)?))
    });
    vm.add_method(&ga, "__hash__", |vm, a| {
        let x = alias_of(&a.pos[0]);
        Ok(vm.new_int(vm.hash(&x.origin)? ^ vm.hash(&x.args)?))
    });
    vm.add_method(&ga, "__mro_entries__", |vm, a| {
        Ok(vm.new_tuple(vec![alias_of(&a.pos[0]).origin.clone()]))
    });
    vm.add_method(&ga, "__instancecheck__", |vm, _| {
        Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
    });
    vm.add_method(&ga, "__subclasscheck__", |vm, _| {
        Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
    });
    vm.add_method(&ga, "__or__", |vm, a| union_or(vm, &a.pos[0], &a.pos[1]));
    vm.add_method(&ga, "__ror__", |vm, a| union_or(vm, &a.pos[1], &a.pos[0]));
    vm.add_getset(
        &ga,
        "__origin__",
        |_, a| Ok(alias_of(&a.pos[0]).origin.clone()),
        None,
    );
    vm.add_getset(
        &ga,
        "__args__",
        |_, a| Ok(alias_of(&a.pos[0]).args.clone()),
        None,
    );
    vm.add_getset(
        &ga,
        "__parameters__",
        |vm, a| parameters(vm, &alias_of(&a.pos[0]).args),
        None,
    );
    vm.add_method(&ga, "__getitem__", alias_getitem);

    vm.add_method(&un, "__repr__", union_repr);
    vm.add_method(&un, "__eq__", |vm, a| {
        a.check(vm, "__eq__", 2, 2)?;
        if !is_union(vm, &a.pos[1]) {
            return Ok(vm.not_implemented.clone());
        }
        // Member order does not matter: compare as sets.
        let x = vm.new_frozenset(vm.collect(&union_of(&a.pos[0]).args)?)?;
        let y = vm.new_frozenset(vm.collect(&union_of(&a.pos[1]).args)?)?;
        Ok(vm.bool_val(vm.eq_bool(&x, &y)?))
    });
    vm.add_method(&un, "__hash__", |vm, a| {
        let x = vm.new_frozenset(vm.collect(&union_of(&a.pos[0]).args)?)?;
        Ok(vm.new_int(vm.hash(&x)?))
    });
    vm.add_method(&un, "__instancecheck__", |vm, a| union_check(vm, a, true));
    vm.add_method(&un, "__subclasscheck__", |vm, a| union_check(vm, a, false));
    vm.add_method(&un, "__or__", |vm, a| union_or(vm, &a.pos[0], &a.pos[1]));
    vm.add_method(&un, "__ror__", |vm, a| union_or(vm, &a.pos[1], &a.pos[0]));
    vm.add_getset(
        &un,
        "__args__",
        |_, a| Ok(union_of(&a.pos[0]).args.clone()),
        None,
    );
    vm.add_getset(
        &un,
        "__parameters__",
        |vm, a| parameters(vm, &union_of(&a.pos[0]).args),
        None,
    );

    // `type.__or__` makes `int | str`; builtin containers get `__class_getitem__`. `type`
    // itself must not: every class would inherit it through its metaclass (CPython
    // special-cases `type[...]` in subscription instead).
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__or__", |vm, a| union_or(vm, &a.pos[0], &a.pos[1]));
    vm.add_method(&t, "__ror__", |vm, a| union_or(vm, &a.pos[1], &a.pos[0]));
    for ty in [
        &vm.types.list,
        &vm.types.dict,
        &vm.types.tuple,
        &vm.types.set,
        &vm.types.frozenset,
    ] {
        vm.add_method_kind(ty, "__class_getitem__", class_getitem, MethodKind::Class);
    }
}

/// A new alias `origin[args]`; a non-tuple subscript becomes a 1-tuple.
pub fn new_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    let args = if vm.as_tuple(&args).is_some() {
        args
    } else {
        vm.new_tuple(vec![args])
    };
    new_obj(vm, &alias_type(), AliasData { origin, args })
}

/// The type variables among `args` (a tuple), in order of first appearance, as
/// CPython's `_Py_make_parameters`: an argument with `__typing_subst__` (a TypeVar,
/// ParamSpec...) is one; a class is none; anything else contributes its own
/// `__parameters__` (a nested alias such as `list[T]`).
fn parameters(vm: &Vm, args: &Value) -> PyResult<Value> {
    let subst = vm.intern("__typing_subst__");
    let mut out: Vec<Value> = Vec::new();
    let add = |v: Value, out: &mut Vec<Value>| {
        if !out.iter().any(|p| p.is(&v)) {
            out.push(v);
        }
    };
    for t in vm.tuple_items(args).iter() {
        if vm.is_type(t) {
            continue;
        }
        if vm.getattr_opt(t, &subst)?.is_some() {
            add(t.clone(), &mut out);
        } else {
            for p in parameters_of(vm, t)? {
                add(p, &mut out);
            }
        }
    }
    if out.is_empty() {
        return Ok(vm.empty_tuple.clone());
    }
    Ok(vm.new_tuple(out))
}

/// `alias[items]`: the alias with its type variables replaced, as CPython's
/// `_Py_subs_parameters` (`list[T][int]` is `list[int]`; `dict[str, list[T]][int]` is
/// `dict[str, list[int]]`).
fn alias_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let me = &a.pos[0];
    let al = alias_of(me);
    let params = parameters(vm, &al.args)?;
    let params: Vec<Value> = vm.tuple_items(&params).to_vec();
    let repr = |vm: &Vm| -> PyResult<String> { Ok(vm.str_of(&vm.repr(me)?).to_string()) };
    if params.is_empty() {
        return Err(vm.type_error(format!("{} is not a generic class", repr(vm)?)));
    }
    let items: Vec<Value> = match vm.as_tuple(&a.pos[1]) {
        Some(t) => t.to_vec(),
        None => vec![a.pos[1].clone()],
    };
    if items.len() != params.len() {
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            repr(vm)?,
            items.len(),
            params.len()
        )));
    }
    let index_of = |v: &Value| params.iter().position(|p| p.is(v));
    let subst = vm.intern("__typing_subst__");
    let mut new_args = Vec::new();
    for arg in vm.tuple_items(&al.args).iter() {
        if vm.is_type(arg) {
            new_args.push(arg.clone());
            continue;
        }
        if let Some(f) = vm.getattr_opt(arg, &subst)? {
            let i = index_of(arg).expect("a parameter of this alias");
            new_args.push(vm.call(&f, std::slice::from_ref(&items[i]))?);
            continue;
        }
        let sub = parameters_of(vm, arg)?;
        if sub.is_empty() {
            new_args.push(arg.clone());
            continue;
        }
        let picked: Vec<Value> = sub
            .iter()
            .map(|p| items[index_of(p).expect("a parameter of this alias")].clone())
            .collect();
        let key = if picked.len() == 1 {
            picked.into_iter().next().unwrap()
        } else {
            vm.new_tuple(picked)
        };
        new_args.push(vm.getitem(arg, &key)?);
    }
    Ok(new_alias(vm, al.origin.clone(), vm.new_tuple(new_args)))
}

/// An argument's own `__parameters__` (none for classes and non-generic objects).
fn parameters_of(vm: &Vm, arg: &Value) -> PyResult<Vec<Value>> {
    match vm.getattr_opt(arg, &vm.intern("__parameters__"))? {
        Some(ps) => Ok(vm.as_tuple(&ps).map(|t| t.to_vec()).unwrap_or_default()),
        None => Ok(Vec::new()),
    }
}

/// `cls[item]` for builtin generic classes.
fn class_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__class_getitem__", 2, 2)?;
    Ok(new_alias(vm, a.pos[0].clone(), a.pos[1].clone()))
}

/// `types.GenericAlias(origin, args)`.
fn alias_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let cls = &a.pos[0];
    if cls.is(&alias_type()) || !vm.is_type(cls) {
        return Ok(new_alias(vm, a.pos[1].clone(), a.pos[2].clone()));
    }
    let args = if vm.as_tuple(&a.pos[2]).is_some() {
        a.pos[2].clone()
    } else {
        vm.new_tuple(vec![a.pos[2].clone()])
    };
    Ok(vm.new_instance(
        cls,
        AliasData {
            origin: a.pos[1].clone(),
            args,
        },
    ))
}

/// Calling an alias constructs its origin and records the alias as `__orig_class__`.
fn alias_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let origin = alias_of(&a.pos[0]).origin.clone();
    let mut all: Vec<Value> = a.pos[1..].to_vec();
    all.extend_from_slice(a.kwvalues);
    let r = vm.call_kw(&origin, &all, a.kwnames)?;
    // Builtin instances have no __dict__; CPython ignores that failure too.
    let name = vm.intern("__orig_class__");
    if let Err(e) = vm.setattr(&r, &name, a.pos[0].clone()) {
        if !vm.err_matches(&e, &vm.exc.attribute_error) && !vm.err_matches(&e, &vm.exc.type_error) {
            return Err(e);
        }
    }
    Ok(r)
}

/// How an alias or union shows one member: `int`, `mod.Cls`, `...`, or the repr.
fn item_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if is_alias(vm, v) || is_union(vm, v) {
        return vm.repr_string(v);
    }
    if vm.is_type(v) {
        let q = vm.getattr(v, &vm.intern("__qualname__"))?;
        let m = vm.getattr(v, &vm.intern("__module__"))?;
        let q = vm.str_string(&q)?;
        if vm.is_str(&m) && !vm.str_eq(&m, "builtins") {
            return Ok(format!("{}.{q}", vm.str_string(&m)?));
        }
        return Ok(q);
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = alias_of(&a.pos[0]);
    let items = vm.as_tuple(&x.args).map(|t| t.to_vec()).unwrap_or_default();
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        let mut parts = Vec::with_capacity(items.len());
        for i in &items {
            parts.push(item_repr(vm, i)?);
        }
        parts.join(", ")
    };
    Ok(vm.new_str(format!("{}[{inner}]", item_repr(vm, &x.origin)?)))
}

fn union_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let items = vm.collect(&union_of(&a.pos[0]).args)?;
    let mut parts = Vec::with_capacity(items.len());
    for i in &items {
        // (A union names NoneType `None`; `list[NoneType]` does not.)
        if i.is(&vm.types.none) {
            parts.push("None".into());
            continue;
        }
        parts.push(item_repr(vm, i)?);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

/// Can `v` be a member of a `|` union (None, a class, an alias or a union)?
fn unionable(vm: &Vm, v: &Value) -> bool {
    vm.is_none(v) || vm.is_type(v) || is_alias(vm, v) || is_union(vm, v)
}

/// `x | y` for classes, aliases and unions; NotImplemented for anything else.
fn union_or(vm: &Vm, x: &Value, y: &Value) -> PyResult<Value> {
    if !unionable(vm, x) || !unionable(vm, y) {
        return Ok(vm.not_implemented.clone());
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [x, y] {
        let parts = if is_union(vm, side) {
            vm.collect(&union_of(side).args)?
        } else if vm.is_none(side) {
            vec![vm.types.none.clone()]
        } else {
            vec![side.clone()]
        };
        for p in parts {
            let mut dup = false;
            for m in &members {
                // Classes are deduplicated by identity, aliases by equality.
                if m.is(&p) || (is_alias(vm, m) && is_alias(vm, &p) && vm.eq_bool(m, &p)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop().unwrap_or_else(|| vm.none.clone()));
    }
    let args = vm.new_tuple(members);
    Ok(new_obj(vm, &union_type(), UnionData { args }))
}

/// `isinstance(v, A | B)` / `issubclass(c, A | B)`: any member matches; aliases are refused.
fn union_check(vm: &Vm, a: Args, instance: bool) -> PyResult<Value> {
    let name = if instance {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    };
    a.check(vm, name, 2, 2)?;
    let members = vm.collect(&union_of(&a.pos[0]).args)?;
    // Members are tried in order; an alias only fails once it is reached.
    for m in &members {
        if is_alias(vm, m) {
            return Err(vm.type_error(if instance {
                "isinstance() argument 2 cannot be a parameterized generic"
            } else {
                "issubclass() argument 2 cannot be a parameterized generic"
            }));
        }
        let hit = if instance {
            crate::builtins::functions::isinstance(vm, &a.pos[1], m)?
        } else {
            crate::builtins::functions::issubclass(vm, &a.pos[1], m)?
        };
        if hit {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}
