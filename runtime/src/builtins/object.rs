//! `object`: the root type's methods (construction, identity equality, hashing, repr, attributes).

use crate::object::native::{Args, MethodKind};
use crate::object::typeobj::{tflags, type_data, Layout};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = vm.types.object.clone();
    vm.add_method_kind(&t, "__new__", object_new, MethodKind::Static);
    vm.add_method(&t, "__init__", object_init);
    vm.add_method(&t, "__repr__", object_repr);
    vm.add_method(&t, "__str__", object_str);
    vm.add_method(&t, "__eq__", object_eq);
    vm.add_method(&t, "__ne__", object_ne);
    vm.add_method(&t, "__hash__", object_hash);
    vm.add_method(&t, "__getattribute__", object_getattribute);
    vm.add_method(&t, "__setattr__", object_setattr);
    vm.add_method(&t, "__delattr__", object_delattr);
    vm.add_method(&t, "__format__", object_format);
    vm.add_method(&t, "__dir__", object_dir);
    vm.add_method_kind(
        &t,
        "__init_subclass__",
        object_init_subclass,
        MethodKind::Class,
    );
    vm.add_method_kind(
        &t,
        "__subclasshook__",
        object_subclasshook,
        MethodKind::Class,
    );
    vm.add_getset(&t, "__class__", object_class, Some(object_set_class));
    // No `__dict__` here (as CPython): the types whose instances have one carry the
    // descriptor (`BaseException`, and each class whose bases give none, see `type_`).
    vm.add_type_attr(
        &t,
        "__doc__",
        vm.new_str("The base class of the class hierarchy."),
    );
}

/// `object.__new__(cls, *args)`.
fn object_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(cls) = a.pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    let td = unsafe { type_data(cls) };
    if a.pos.len() > 1 || a.has_kw() {
        let (init_is_obj, new_is_obj) = if td.has_flag(tflags::HEAPTYPE) {
            (
                td.has_flag(tflags::INIT_IS_OBJECT),
                td.has_flag(tflags::NEW_IS_OBJECT),
            )
        } else {
            let init = vm.lookup(cls, &vm.names.init);
            let new = vm.lookup(cls, &vm.names.new);
            let obj_init = vm.lookup(&vm.types.object, &vm.names.init);
            let obj_new = vm.lookup(&vm.types.object, &vm.names.new);
            (
                matches!((&init, &obj_init), (Some(x), Some(y)) if x.is(y)),
                matches!((&new, &obj_new), (Some(x), Some(y)) if x.is(y)),
            )
        };
        if !new_is_obj {
            // A class's own `__new__` passed its arguments on (`super().__new__(cls, *a)`).
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init_is_obj {
            return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    if cls.is(&vm.types.object) {
        return Ok(crate::object::value::alloc(cls.ptr() as *const _, ()));
    }
    if td.has_flag(tflags::ABSTRACT) {
        let am = vm.getattr(cls, &vm.intern("__abstractmethods__"))?;
        let mut names: Vec<String> = vm.collect(&am)?.iter().map(|n| vm.str_of(n)).collect();
        names.sort();
        return Err(vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            td.name(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )));
    }
    if td.layout != Layout::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    if !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot create '{}' instances", td.name())));
    }
    Ok(vm.new_instance(cls, ()))
}

fn object_init(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || a.has_kw() {
        let s = &a.pos[0];
        let ty = vm.type_of(s);
        let init = vm.lookup(&ty, &vm.names.init);
        let new = vm.lookup(&ty, &vm.names.new);
        let obj_init = vm.lookup(&vm.types.object, &vm.names.init);
        let obj_new = vm.lookup(&vm.types.object, &vm.names.new);
        let init_is_obj = matches!((&init, &obj_init), (Some(x), Some(y)) if x.is(y));
        let new_is_obj = matches!((&new, &obj_new), (Some(x), Some(y)) if x.is(y));
        if !init_is_obj || new_is_obj {
            return Err(vm.type_error(if init_is_obj {
                format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    vm.type_name(s)
                )
            } else {
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string()
            }));
        }
    }
    Ok(vm.none.clone())
}

/// `<module.Name object at 0x...>`.
fn object_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = &a.pos[0];
    let ty = vm.type_of(s);
    let td = unsafe { type_data(&ty) };
    let module = vm
        .dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "__module__")
        .filter(|m| vm.is_str(m) && vm.str_ref(m) != "builtins");
    let qn = unsafe { td.qualname.get().clone() };
    let name = match module {
        Some(m) => format!("{}.{}", vm.str_ref(&m), qn),
        None => qn,
    };
    Ok(vm.new_str(format!("<{name} object at {:#x}>", s.raw())))
}

/// `object.__str__`: the type's `__repr__`, its result unchecked (as CPython's repr slot):
/// `str()` then reports a non-str as `__str__ returned non-string`.
fn object_str(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos[0];
    if v.is_small() {
        return vm.repr(v);
    }
    let _depth = crate::vm::depth::Depth::enter(vm, " while getting the repr of an object")?;
    match vm.lookup_special(v, &vm.names.repr) {
        Some(f) => vm.call_bound_special(&f, v, &[]),
        None => vm.repr(v),
    }
}

fn object_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__eq__", 2, 2)?;
    Ok(if a.pos[0].is(&a.pos[1]) {
        vm.true_.clone()
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__ne__", 2, 2)?;
    // Delegates to __eq__ and inverts unless NotImplemented.
    let r = match vm.lookup_special(&a.pos[0], &vm.names.eq) {
        Some(eq) => vm.call_bound_special(&eq, &a.pos[0], &a.pos[1..2])?,
        None => vm.not_implemented.clone(),
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(vm.bool_val(!t))
}

fn object_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int(identity_hash(&a.pos[0])))
}

/// Identity hash: the address rotated (as CPython's _Py_HashPointer).
#[inline]
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.raw();
    let h = (p >> 4) | (p << (usize::BITS - 4));
    (h as i64) & i64::MAX
}

fn object_getattribute(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getattribute__", 2, 2)?;
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&a.pos[1])
        )));
    }
    let name = vm.intern_value(&a.pos[1]);
    match vm.generic_getattr(&a.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a.pos[0], &name)),
    }
}

/// An attribute name argument: a str (interned), else CPython's TypeError.
fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    if !vm.is_str(v) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(vm.intern_value(v))
}

fn object_setattr(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__setattr__", 3, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.generic_setattr(&a.pos[0], &name, Some(a.pos[2].clone()))?;
    Ok(vm.none.clone())
}

fn object_delattr(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__delattr__", 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.generic_setattr(&a.pos[0], &name, None)?;
    Ok(vm.none.clone())
}

fn object_format(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__format__", 2, 2)?;
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a.pos[1])
        )));
    }
    if !vm.str_ref(&a.pos[1]).is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a.pos[0])
        )));
    }
    vm.str(&a.pos[0])
}

fn object_dir(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = &a.pos[0];
    let mut names: Vec<String> = Vec::new();
    let ty = vm.type_of(obj);
    // Objects that keep their dict outside the attribute store (functions) give it through
    // their `__dict__` descriptor, as CPython's `object.__dir__` reads it.
    // (Any error reading it means no dict, as in CPython; a bound method forwards it.)
    let mut dict_by_descr = false;
    let own = match vm.attrs_of(obj) {
        Some(attrs) => Some(attrs.to_dict(vm)?),
        None => match vm.getattr_opt(obj, &vm.names.dict.clone()) {
            Ok(Some(d)) if vm.as_dict(&d).is_some() => {
                dict_by_descr = vm.lookup(&ty, &vm.names.dict).is_some();
                Some(d)
            }
            _ => None,
        },
    };
    if let Some(d) = own {
        for k in vm.as_dict(&d).unwrap().keys() {
            names.push(vm.str_of(&k));
        }
    }
    for t in unsafe { type_data(&ty) }.mro() {
        for k in vm.as_dict(&unsafe { type_data(t) }.dict).unwrap().keys() {
            names.push(vm.str_of(&k));
        }
    }
    names.sort();
    names.dedup();
    // `__dict__` is listed only for objects that have one.
    let has_dict = dict_by_descr
        || (vm.attrs_of(obj).is_some() && !vm.type_data_of(obj).has_flag(tflags::NO_DICT));
    if !has_dict {
        names.retain(|n| n != "__dict__");
    }
    Ok(vm.new_list(names.into_iter().map(|n| vm.new_str(n)).collect()))
}

fn object_init_subclass(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            unsafe { type_data(&a.pos[0]).qualname.get() }
        )));
    }
    Ok(vm.none.clone())
}

fn object_subclasshook(vm: &Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_class(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.type_of(&a.pos[0]))
}

fn object_set_class(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = &a.pos[0];
    let Some(new) = a.pos.get(1) else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    if !vm.is_type(new) {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(new)
        )));
    }
    let old_td = vm.type_data_of(obj);
    let new_td = unsafe { type_data(new) };
    if !old_td.has_flag(tflags::HEAPTYPE) || !new_td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    // Instances must also agree on their `__slots__` and on having a `__dict__`.
    let slot_text = |td: &crate::object::typeobj::TypeData| -> Vec<String> {
        unsafe { td.slot_names.get() }
            .iter()
            .map(|s| vm.str_of(s))
            .collect()
    };
    if old_td.layout != new_td.layout
        || old_td.attrs_offset.get() != new_td.attrs_offset.get()
        || old_td.has_flag(tflags::NO_DICT) != new_td.has_flag(tflags::NO_DICT)
        || slot_text(old_td) != slot_text(new_td)
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_td.name(),
            old_td.name()
        )));
    }
    let h = obj.header().unwrap();
    let old = h.ty.get();
    std::mem::forget(new.clone());
    h.ty.set(new.ptr() as *const _);
    drop(unsafe { Value::from_owned_ptr(old as *const _) });
    Ok(vm.none.clone())
}

pub(crate) fn object_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = &a.pos[0];
    match vm.attrs_of(obj) {
        Some(attrs) if !vm.type_data_of(obj).has_flag(tflags::NO_DICT) => attrs.to_dict(vm),
        _ => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            vm.type_name(obj)
        ))),
    }
}

pub(crate) fn object_set_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = &a.pos[0];
    let fresh;
    let d = match a.pos.get(1) {
        Some(d) => d,
        // `del obj.__dict__`: an instance of a class starts over with an empty dict (as
        // CPython's instances do); other objects refuse.
        None if vm.type_data_of(obj).has_flag(tflags::HEAPTYPE) => {
            fresh = vm.new_dict();
            &fresh
        }
        None => return Err(vm.type_error("cannot delete __dict__")),
    };
    if vm.as_dict(d).is_none() {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(d)
        )));
    }
    match vm.attrs_of(obj) {
        Some(attrs) => {
            attrs.replace_dict(vm, d.clone());
            Ok(vm.none.clone())
        }
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            vm.type_name(obj)
        ))),
    }
}
