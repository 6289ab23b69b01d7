//! `type`: calling classes, creating classes (`type.__new__`, `__build_class__`) and class attributes.

use crate::object::misc::{MappingProxyData, MemberData, WrapperData};
use crate::object::native::{Args, MethodKind};
use crate::object::traverse::instance_layout;
use crate::object::typeobj::{c3_mro, tflags, type_data, Layout, TypeData, TypeObject};
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::init::type_data_mut;
use crate::vm::ops::with_receiver;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = vm.types.type_.clone();
    vm.add_method_kind(&t, "__new__", type_new, MethodKind::Static);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__call__", type_call_method);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro_method);
    vm.add_method(&t, "__dir__", type_dir);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method_kind(&t, "__prepare__", type_prepare, MethodKind::Class);
    vm.add_getset(&t, "__name__", type_name_get, Some(type_name_set));
    vm.add_getset(
        &t,
        "__qualname__",
        type_qualname_get,
        Some(type_qualname_set),
    );
    vm.add_getset(&t, "__mro__", type_mro_get, None);
    vm.add_getset(
        &t,
        "__bases__",
        type_bases_get,
        Some(super::type_bases::type_bases_set),
    );
    vm.add_getset(&t, "__base__", type_base_get, None);
    vm.add_getset(&t, "__dict__", type_dict_get, None);
    vm.add_getset(&t, "__module__", type_module_get, Some(type_module_set));
    vm.add_getset(&t, "__doc__", type_doc_get, Some(type_doc_set));
    vm.add_getset(
        &t,
        "__annotations__",
        type_annotations_get,
        Some(type_annotations_set),
    );
    // (Builtin types have no `__module__` str in their dict: the `type.__module__`
    // getset says builtins for them, `type` included.)
}

/// A class whose call is "make a plain instance, then run `__init__`": a heap class
/// with `object.__new__`, its own `__init__`, not abstract, plain instance layout.
pub fn is_plain_class(td: &crate::object::typeobj::TypeData) -> bool {
    let need = tflags::HEAPTYPE | tflags::NEW_IS_OBJECT;
    td.flags.get() & (need | tflags::INIT_IS_OBJECT | tflags::ABSTRACT) == need
        && td.layout == Layout::Object
}

/// `cls(*args, **kw)` for metaclass `type`: `__new__`, then `__init__` if the result is an instance.
pub fn type_call(vm: &Vm, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if cls.is(&vm.types.type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(vm.type_of(&args[0]));
    }
    if cls.is(&vm.types.type_) && args.len() - kwnames.len() != 3 {
        return Err(vm.type_error(if args.len() - kwnames.len() == 1 {
            "type() takes no keyword arguments"
        } else {
            "type() takes 1 or 3 arguments"
        }));
    }
    // Plain classes (object.__new__, a Python __init__): no lookups beyond __init__.
    if is_plain_class(unsafe { type_data(cls) }) {
        let obj = vm.new_instance(cls, ());
        if let Some(init) = vm.lookup(cls, &vm.names.init) {
            if vm.is_function(&init) {
                let r = if kwnames.is_empty() {
                    vm.call_py_bound(&init, &obj, args)?
                } else {
                    with_receiver(&obj, args, |all| vm.call_function(&init, all, kwnames))?
                };
                return vm.init_result(r, obj);
            }
        }
    }
    if kwnames.is_empty() && args.len() <= 1 {
        if let Some(r) = builtin_container_call(vm, cls, args.first()) {
            return r;
        }
    }
    // A builtin type whose instances need no `__init__` (range, int, str, enumerate...):
    // its native `__new__` at once, as `CALL_BUILTIN_TYPE` calls it (the class is its
    // own receiver: nothing for `check_new_receiver` to refuse).
    if let Some(new) = vm.builtin_type_new(cls) {
        let d = unsafe { new.payload::<crate::object::native::MethodDescrData>() };
        // Builtin types are immutable, so their `__new__` is found once (`call_type`);
        // the containers keep the cases `builtin_container_call` takes.
        let t = &vm.types;
        if ![&t.list, &t.tuple, &t.set, &t.frozenset]
            .iter()
            .any(|c| cls.is(c))
        {
            unsafe { type_data(cls) }.native_new.set(Some(d.func));
        }
        return with_receiver(cls, args, |all| {
            let npos = all.len() - kwnames.len();
            (d.func)(vm, Args::with_kw(&all[..npos], kwnames, &all[npos..]))
        });
    }
    let new = vm
        .lookup(cls, &vm.names.new)
        .ok_or_else(|| vm.type_error("cannot create instances"))?;
    let new_fn = if vm.is_exact(&new, &vm.types.staticmethod) {
        unsafe { new.payload::<WrapperData>() }.func.clone()
    } else {
        new
    };
    let obj = with_receiver(cls, args, |all| vm.call_kw(&new_fn, all, kwnames))?;
    if !vm.isinstance_type(&obj, cls) {
        return Ok(obj);
    }
    let oty = vm.type_of(&obj);
    // object.__init__ accepts what __new__ accepted: nothing to run.
    if unsafe { type_data(&oty) }.has_flag(tflags::INIT_IS_OBJECT) {
        return Ok(obj);
    }
    if let Some(init) = vm.lookup(&oty, &vm.names.init) {
        let r = if vm.is_function(&init) || vm.is_exact(&init, &vm.types.method_descriptor) {
            with_receiver(&obj, args, |all| vm.call_kw(&init, all, kwnames))?
        } else {
            let bound = vm.descr_get(&init, Some(&obj), &oty)?;
            vm.call_kw(&bound, args, kwnames)?
        };
        return vm.init_result(r, obj);
    }
    Ok(obj)
}

/// `list(x)`, `tuple(x)`, `set(x)`, `frozenset(x)` (or with no argument) built at once:
/// builtin types are immutable, so their `__new__` and `__init__` are known. None for
/// any other class.
fn builtin_container_call(vm: &Vm, cls: &Value, arg: Option<&Value>) -> Option<PyResult<Value>> {
    let t = &vm.types;
    Some(if cls.is(&t.list) {
        match arg {
            Some(x) => vm.collect_hinted(x).map(|items| vm.new_list(items)),
            None => Ok(vm.new_list(Vec::new())),
        }
    } else if cls.is(&t.tuple) {
        match arg {
            // As CPython, a tuple is its own copy.
            Some(x) if vm.is_exact(x, &t.tuple) => Ok(x.clone()),
            Some(x) => vm.collect_hinted(x).map(|items| vm.new_tuple(items)),
            None => Ok(vm.new_tuple(Vec::new())),
        }
    } else if cls.is(&t.set) || cls.is(&t.frozenset) {
        let frozen = cls.is(&t.frozenset);
        if let (true, Some(x)) = (frozen, arg) {
            if vm.is_exact(x, &t.frozenset) {
                return Some(Ok(x.clone()));
            }
        }
        let s = if frozen {
            vm.new_frozenset(Vec::new())
        } else {
            vm.new_set(Vec::new())
        };
        match (s, arg) {
            (Ok(s), Some(x)) => vm.set_update(vm.as_set(&s).unwrap(), x).map(|()| s),
            (s, _) => s,
        }
    } else {
        return None;
    })
}

fn type_call_method(vm: &Vm, a: Args) -> PyResult<Value> {
    let npos = a.pos.len();
    let mut all: Vec<Value> = a.pos[1..npos].to_vec();
    all.extend_from_slice(a.kwvalues);
    type_call(vm, &a.pos[0], &all, a.kwnames)
}

fn type_init(vm: &Vm, a: Args) -> PyResult<Value> {
    // `type.__init__(cls, name, bases, ns)` (or the one-argument form) ignores its
    // arguments, but checks how many there are, as CPython does.
    let n = a.pos.len().saturating_sub(1);
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none.clone())
}

fn type_prepare(vm: &Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `type.__new__(meta, name, bases, ns, **kw)` or `type(name, bases, ns)`.
fn type_new(vm: &Vm, a: Args) -> PyResult<Value> {
    // (The interpreter's fast call paths bring `type(x)` here too.)
    if a.pos.len() == 2 && a.pos[0].is(&vm.types.type_) && !a.has_kw() {
        return Ok(vm.type_of(&a.pos[1]));
    }
    if a.pos.len() != 4 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let meta = &a.pos[0];
    let name = &a.pos[1];
    let bases = &a.pos[2];
    let ns = &a.pos[3];
    if !vm.is_str(name) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    }
    let bases = vm
        .as_tuple(bases)
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(bases)
            ))
        })?
        .to_vec();
    if vm.as_dict(ns).is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    }
    // (A class statement resolves `__mro_entries__` itself; type() does not.)
    for b in &bases {
        if !vm.is_type(b) && vm.getattr_opt(b, &vm.names.mro_entries)?.is_some() {
            return Err(
                vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()")
            );
        }
    }
    if vm.str_ref(name).contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    // The bases' metaclasses may be more derived than `meta` (`type('C', (Base,), {})`
    // where Base has a metaclass): that one makes the class, through its own `__new__`
    // if it has one.
    let winner = super::type_meta::most_derived_meta(vm, meta, &bases)?;
    if !winner.is(meta) {
        if let Some(r) = winner_new(vm, &winner, &a)? {
            return Ok(r);
        }
    }
    let kw: Vec<(Value, Value)> = a
        .kwnames
        .iter()
        .cloned()
        .zip(a.kwvalues.iter().cloned())
        .collect();
    create_class(vm, &winner, vm.str_ref(name), bases, ns, &kw)
}

/// The class made by the more derived metaclass `winner`'s own `__new__` (None when it
/// inherits `type.__new__`, which then makes it here).
#[cold]
fn winner_new(vm: &Vm, winner: &Value, a: &Args) -> PyResult<Option<Value>> {
    let own = vm.lookup(winner, &vm.names.new);
    let base = vm.lookup(&vm.types.type_, &vm.names.new);
    if match (&own, &base) {
        (Some(o), Some(b)) => o.is(b),
        _ => true,
    } {
        return Ok(None);
    }
    let new = vm.getattr(winner, &vm.names.new)?;
    let mut args = vec![winner.clone()];
    args.extend(a.pos[1..].iter().cloned());
    args.extend(a.kwvalues.iter().cloned());
    vm.call_kw(&new, &args, a.kwnames).map(Some)
}

/// Builds a new class object.
pub fn create_class(
    vm: &Vm,
    meta: &Value,
    name: &str,
    mut bases: Vec<Value>,
    ns: &Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    // The solid base decides the instance layout.
    let mut layout = Layout::Object;
    let mut native: Option<fn() -> crate::object::traverse::InstanceLayout> = None;
    let mut is_exc = false;
    for b in &bases {
        if !vm.is_type(b) {
            // The base's type is its metaclass candidate, and it is no subclass of type.
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        let bd = unsafe { type_data(b) };
        if !bd.has_flag(tflags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bd.name()
            )));
        }
        if bd.has_flag(tflags::EXCEPTION) {
            is_exc = true;
        }
        if bd.layout != Layout::Object && bd.layout != Layout::Opaque {
            if layout != Layout::Object && layout != bd.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bd.layout;
        }
        if let Some(f) = bd.sub_layout.get() {
            if native.is_some_and(|g| g as usize != f as usize) {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            native = Some(f);
        }
    }
    if native.is_some() && layout != Layout::Object {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    let dict = vm.new_dict();
    let dd = vm.as_dict(&dict).unwrap();
    let mut qualname = name.to_string();
    let mut tp_name = None;
    for (k, v) in vm.as_dict(ns).unwrap().items() {
        // Ember's libraries name classes that are C types in CPython (see `TypeData::tp_name`).
        if vm.str_eq(&k, "__ember_tp_name__") && vm.is_str(&v) {
            tp_name = Some(vm.str_of(&v));
            continue;
        }
        if vm.str_eq(&k, "__qualname__") {
            if !vm.is_str(&v) {
                return Err(vm.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    vm.type_name(&v)
                )));
            }
            qualname = vm.str_of(&v);
            continue;
        }
        vm.dict_set(dd, k, v)?;
    }
    // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods.
    for (n, kind) in [
        ("__new__", &vm.types.staticmethod),
        ("__init_subclass__", &vm.types.classmethod),
        ("__class_getitem__", &vm.types.classmethod),
    ] {
        if let Some(f) = vm.dict_get_str_key(dd, n) {
            if vm.is_function(&f) {
                let w = super::functions::new_wrapper(vm, kind, f);
                vm.dict_set_str(dd, n, w);
            }
        }
    }
    if vm.dict_get_str_key(dd, "__eq__").is_some() && vm.dict_get_str_key(dd, "__hash__").is_none()
    {
        vm.dict_set_str(dd, "__hash__", vm.none.clone());
    }
    if vm.dict_get_str_key(dd, "__module__").is_none() {
        if let Some(g) = vm.current_frame_globals_opt() {
            if let Some(n) = vm
                .as_dict(&g)
                .and_then(|gd| vm.dict_get_str_key(gd, "__name__"))
            {
                vm.dict_set_str(dd, "__module__", n);
            }
        }
    }
    // __slots__.
    let mut slot_names: Vec<Value> = Vec::new();
    let mut no_dict = false;
    if let Some(sb) = super::type_meta::slots_base(vm, &bases, layout)? {
        slot_names.extend(unsafe { type_data(&sb).slot_names.get().iter().cloned() });
    }
    // The class's own slots come after these (a name a base has already is a slot of
    // its own all the same, with its own descriptor, as in CPython).
    let inherited_slots = slot_names.len();
    if let Some(slots) = vm.dict_get_str_key(dd, "__slots__") {
        let items = if vm.is_str(&slots) {
            vec![slots.clone()]
        } else {
            vm.collect(&slots)?
        };
        no_dict = true;
        let mut saw_dict = false;
        for s in items {
            if !vm.is_str(&s) {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(&s)
                )));
            }
            if !crate::builtins::str::unicode::isidentifier(vm.str_ref(&s)) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            if vm.str_ref(&s) == "__dict__" {
                // A second `__dict__`, or one a base already gives, is refused.
                if saw_dict || bases.iter().any(|b| base_gives_dict(vm, b)) {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                saw_dict = true;
                no_dict = false;
                continue;
            }
            // Variable-size builtins (int, tuple, bytes, type) have no room for slots.
            if let Some(b) = bases.iter().find(|b| {
                matches!(
                    unsafe { type_data(b) }.layout,
                    Layout::Int | Layout::Tuple | Layout::Bytes | Layout::Type
                )
            }) {
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    unsafe { type_data(b) }.name()
                )));
            }
            // Private names are mangled as in the class body (`__b` -> `_C__b`).
            let s = {
                let raw = vm.str_ref(&s);
                let cls = name.trim_start_matches('_');
                if raw.starts_with("__") && !raw.ends_with("__") && !cls.is_empty() {
                    vm.intern(&format!("_{cls}{raw}"))
                } else {
                    vm.intern_value(&s)
                }
            };
            if vm.dict_get_str(dd, &s).is_some() {
                return Err(vm.value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    vm.str_ref(&s)
                )));
            }
            slot_names.push(s);
        }
        // A base without __slots__ gives instances a dict anyway.
        if bases.iter().any(|b| {
            let bd = unsafe { type_data(b) };
            bd.has_flag(tflags::HEAPTYPE) && !bd.has_flag(tflags::NO_DICT)
        }) {
            no_dict = false;
        }
    } else if bases
        .iter()
        .all(|b| unsafe { type_data(b) }.has_flag(tflags::NO_DICT))
        && bases
            .iter()
            .all(|b| unsafe { type_data(b) }.has_flag(tflags::HEAPTYPE))
    {
        no_dict = false;
    }

    let il = match native {
        Some(f) => f(),
        None => instance_layout(layout),
    };
    let mut td = TypeData::new(name, layout, dict.clone(), il.dealloc);
    td.sub_layout.set(native);
    let mut fl = tflags::HEAPTYPE | tflags::BASETYPE | tflags::WEAKREFABLE;
    if layout == Layout::Type {
        td.dealloc
            .set(crate::object::typeobj::dealloc_of::<TypeData>());
        td.traverse
            .set(crate::object::traverse::hooks::<TypeData>().0);
        td.clear.set(crate::object::traverse::hooks::<TypeData>().1);
    } else {
        fl |= tflags::HAS_ATTRS;
        td.attrs_offset.set(il.attrs_offset);
        td.traverse.set(il.traverse);
        td.clear.set(il.clear);
    }
    if is_exc {
        fl |= tflags::EXCEPTION;
    }
    if no_dict {
        fl |= tflags::NO_DICT;
    }
    td.flags.set(fl);
    *td.qualname.get_mut_safe() = qualname;
    td.tp_name = PyCell::new(tp_name);
    td.bases = PyCell::new(bases.clone());
    td.slot_names = PyCell::new(slot_names.clone());
    let cls = vm.alloc_instance(meta, td);
    let mro = c3_mro(&cls, &bases).map_err(|heads| mro_error(vm, &bases, &heads))?;
    unsafe { *type_data_mut(&cls).mro.get_mut() = mro };
    if !meta.is(&vm.types.type_) {
        custom_mro(vm, meta, &cls)?;
    }
    for b in &bases {
        unsafe { type_data_mut(b).subclasses.get_mut().push(cls.raw()) };
    }
    // Member descriptors for this class's own slots.
    for (i, s) in slot_names.iter().enumerate().skip(inherited_slots) {
        let m = alloc(
            vm.types.member_descriptor.ptr() as *const _,
            MemberData {
                name: s.clone(),
                index: i,
                owner: cls.clone(),
            },
        );
        vm.dict_set(dd, s.clone(), m)?;
    }
    // As in CPython, a class whose instances have a dict that no base gives them gets its
    // own `__dict__` descriptor, so `vars(C)` lists it (it reads like `object`'s).
    if !no_dict && layout != Layout::Type && !bases.iter().any(|b| base_gives_dict(vm, b)) {
        vm.add_getset(
            &cls,
            "__dict__",
            super::object::object_dict,
            Some(super::object::object_set_dict),
        );
    }
    // As in CPython, a class whose bases give no `__weakref__` gets the descriptor (a class
    // with `__slots__` does not, nor a metaclass: types are weakly referenceable already).
    if vm.dict_get_str_key(dd, "__slots__").is_none()
        && layout != Layout::Type
        && vm.dict_get_str_key(dd, "__weakref__").is_none()
        && bases
            .iter()
            .all(|b| vm.lookup(b, &vm.intern("__weakref__")).is_none())
    {
        vm.add_getset(&cls, "__weakref__", weakref_get, None);
    }
    // `__doc__` goes in last, after the descriptors, where CPython puts it.
    if vm.dict_get_str_key(dd, "__doc__").is_none() {
        vm.dict_set_str(dd, "__doc__", vm.none.clone());
    }
    // The class body's `__class__` cell (zero-argument super) gets the new class.
    if let Some(cell) = vm.dict_get_str(dd, &vm.names.classcell) {
        if vm.is_exact(&cell, &vm.types.cell) {
            unsafe { cell.payload::<crate::object::function::CellData>() }.set(Some(cls.clone()));
        } else {
            return Err(vm.type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                vm.type_name(&cell)
            )));
        }
        vm.dict_del(dd, &vm.names.classcell)?;
    }
    vm.update_slots(&cls);
    // __set_name__ on attributes, then the parent's __init_subclass__.
    for (k, v) in vm.as_dict(&dict).unwrap().items() {
        if let Some(sn) = vm.lookup_special(&v, &vm.names.set_name) {
            if let Err(e) = vm.call_bound_special(&sn, &v, &[cls.clone(), k.clone()]) {
                return Err(set_name_error(vm, &v, &k, &cls, e));
            }
        }
    }
    let sup = vm.new_super(&cls, &cls)?;
    let isc = vm.getattr(&sup, &vm.names.init_subclass)?;
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    vm.call_kw(&isc, &vals, &names)?;
    Ok(cls)
}

/// CPython 3.11 wraps an error from `__set_name__` in a RuntimeError whose cause it is.
#[cold]
fn set_name_error(vm: &Vm, attr: &Value, name: &Value, cls: &Value, e: PyErr) -> PyErr {
    let name = vm.repr(name).map(|r| vm.str_of(&r)).unwrap_or_default();
    let err = vm.runtime_error(format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        vm.type_name(attr),
        name,
        unsafe { type_data(cls) }.name()
    ));
    let d = vm.exc_data(&err.0);
    d.set_cause(Some(e.0.clone()));
    d.set_context(Some(e.0));
    d.suppress_context.set(true);
    err
}

trait GetMutSafe<T> {
    fn get_mut_safe(&mut self) -> &mut T;
}
impl<T> GetMutSafe<T> for PyCell<T> {
    fn get_mut_safe(&mut self) -> &mut T {
        unsafe { self.get_mut() }
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos[0].clone();
    let name = a.pos[1].clone();
    let orig_bases: Vec<Value> = a.pos[2..].to_vec();
    // __mro_entries__ on non-class bases.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !vm.is_type(b) {
            if let Some(me) = vm.getattr_opt(b, &vm.names.mro_entries)? {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&me, &[t])?;
                bases.extend(
                    vm.as_tuple(&r)
                        .ok_or_else(|| vm.type_error("__mro_entries__ must return a tuple"))?
                        .iter()
                        .cloned(),
                );
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwn = Vec::new();
    let mut kwv = Vec::new();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        if vm.str_eq(k, "metaclass") {
            meta = Some(v.clone());
        } else {
            kwn.push(k.clone());
            kwv.push(v.clone());
        }
    }
    let mut meta = meta.unwrap_or_else(|| match bases.first() {
        Some(b) => vm.type_of(b),
        None => vm.types.type_.clone(),
    });
    if vm.is_type(&meta) {
        // The most derived metaclass among the bases' types.
        meta = super::type_meta::most_derived_meta(vm, &meta, &bases)?;
    }
    let bases_t = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.intern("__prepare__"))? {
        Some(p) => {
            let mut args = vec![name.clone(), bases_t.clone()];
            args.extend(kwv.iter().cloned());
            let ns = vm.call_kw(&p, &args, &kwn)?;
            if vm.as_dict(&ns).is_none() && vm.lookup_special(&ns, &vm.names.getitem).is_none() {
                return Err(prepare_error(vm, &meta, &ns));
            }
            ns
        }
        None => vm.new_dict(),
    };
    // Run the class body with `ns` as its locals.
    let mut frame = vm.make_frame(&func, &[], &[])?;
    frame.locals_dict = Some(ns.clone());
    let cell = vm.run_frame_call(frame)?;
    if changed {
        vm.mapping_set(&ns, vm.intern("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let mut args = vec![name.clone(), bases_t, ns.clone()];
    args.extend(kwv);
    let cls = vm.call_kw(&meta, &args, &kwn)?;
    if vm.is_exact(&cell, &vm.types.cell) && vm.is_type(&cls) {
        // `type.__new__` fills the cell from `__classcell__`; a metaclass that dropped it
        // (or made another class) leaves zero-argument `super()` broken: refuse, as CPython.
        let cd = unsafe { cell.payload::<crate::object::function::CellData>() };
        match cd.get() {
            Some(c) if c.is(&cls) => {}
            None => {
                return Err(vm.runtime_error(format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                    vm.repr_string(&name)?,
                    vm.repr_string(&cls)?
                )))
            }
            Some(c) => {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    vm.repr_string(&c)?,
                    vm.repr_string(&name)?,
                    vm.repr_string(&cls)?
                )))
            }
        }
    }
    Ok(cls)
}

#[cold]
fn prepare_error(vm: &Vm, meta: &Value, ns: &Value) -> crate::vm::PyErr {
    let who = if vm.is_type(meta) {
        unsafe { type_data(meta) }.name()
    } else {
        "<metaclass>".to_string()
    };
    vm.type_error(format!(
        "{who}.__prepare__() must return a mapping, not {}",
        vm.type_name(ns)
    ))
}

fn type_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let t = &a.pos[0];
    let td = unsafe { type_data(t) };
    let module = vm
        .dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "__module__")
        .filter(|m| vm.is_str(m));
    let qn = unsafe { td.qualname.get().clone() };
    Ok(vm.new_str(match module {
        Some(m) if vm.str_ref(&m) != "builtins" => format!("<class '{}.{}'>", vm.str_ref(&m), qn),
        _ => format!("<class '{qn}'>"),
    }))
}

/// `dir(cls)`: the names in the dicts of the class and its bases.
fn type_dir(vm: &Vm, a: Args) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    for t in unsafe { type_data(&a.pos[0]) }.mro() {
        for k in vm.as_dict(&unsafe { type_data(t) }.dict).unwrap().keys() {
            names.push(vm.str_of(&k));
        }
    }
    names.sort();
    names.dedup();
    Ok(vm.new_list(names.into_iter().map(|n| vm.new_str(n)).collect()))
}

/// The TypeError of bases that C3 cannot order (`heads`: the sequences' heads when it stuck).
pub(crate) fn mro_error(vm: &Vm, bases: &[Value], heads: &[Value]) -> PyErr {
    // A repeated base is what CPython reports first (and C3 always fails on one).
    if let Some(dup) = bases
        .iter()
        .enumerate()
        .find(|(i, b)| bases[..*i].iter().any(|x| x.is(b)))
    {
        return vm.type_error(format!(
            "duplicate base class {}",
            unsafe { type_data(dup.1) }.name()
        ));
    }
    let names: Vec<String> = heads
        .iter()
        .map(|h| unsafe { type_data(h) }.name())
        .collect();
    vm.type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// A metaclass that overrides `mro()` decides the new class's `__mro__` (called once the
/// C3 order is in place, so that `super().mro()` inside it answers).
#[cold]
pub(crate) fn custom_mro(vm: &Vm, meta: &Value, cls: &Value) -> PyResult<()> {
    let name = vm.intern("mro");
    let (Some(own), Some(builtin)) = (vm.lookup(meta, &name), vm.lookup(&vm.types.type_, &name))
    else {
        return Ok(());
    };
    if own.is(&builtin) {
        return Ok(());
    }
    let f = vm.descr_get(&own, Some(cls), meta)?;
    let items = vm.collect(&vm.call(&f, &[])?)?;
    for t in &items {
        if !vm.is_type(t) {
            return Err(vm.type_error(format!(
                "mro() returned a non-class ('{}')",
                vm.type_name(t)
            )));
        }
    }
    unsafe { *type_data_mut(cls).mro.get_mut() = items };
    vm.type_modified(cls);
    Ok(())
}

/// The argument check of a class's method that takes none (`A.mro()`): CPython names the
/// class it was called on.
fn no_args(vm: &Vm, a: &Args, method: &str) -> PyResult<()> {
    let cls = unsafe { type_data(&a.pos[0]) }.name();
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{cls}.{method}() takes no keyword arguments")));
    }
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{cls}.{method}() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(())
}

fn type_mro_method(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "mro")?;
    Ok(vm.new_list(unsafe { type_data(&a.pos[0]) }.mro().to_vec()))
}

fn type_subclasses(vm: &Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__subclasses__")?;
    let subs: Vec<Value> = unsafe { type_data(&a.pos[0]).subclasses.get().clone() }
        .into_iter()
        .map(|p| unsafe { Value::from_borrowed_ptr(p as *const _) })
        .collect();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__instancecheck__", 2, 2)?;
    let r = crate::builtins::functions::real_isinstance(vm, &a.pos[1], &a.pos[0])?;
    Ok(vm.bool_val(r))
}

fn type_subclasscheck(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__subclasscheck__", 2, 2)?;
    if !vm.is_type(&a.pos[1]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.bool_val(vm.is_subtype(&a.pos[1], &a.pos[0])))
}

fn type_name_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(unsafe { type_data(&a.pos[0]) }.name()))
}

/// The value assigned to a class's `__name__`/`__qualname__` (`what`), checked as CPython
/// does: builtin types refuse, neither can be deleted, and only a str goes in.
fn special_type_attr_value<'a>(vm: &Vm, a: &'a Args, what: &str) -> PyResult<&'a Value> {
    let td = unsafe { type_data(&a.pos[0]) };
    if !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '{what}' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let Some(v) = a.pos.get(1) else {
        return Err(vm.type_error(format!(
            "cannot delete '{what}' attribute of immutable type '{}'",
            td.name()
        )));
    };
    if !vm.is_str(v) {
        return Err(vm.type_error(format!(
            "can only assign string to {}.{what}, not '{}'",
            td.name(),
            vm.type_name(v)
        )));
    }
    Ok(v)
}

fn type_name_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = special_type_attr_value(vm, &a, "__name__")?;
    if vm.str_ref(v).contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let td = unsafe { type_data(&a.pos[0]) };
    unsafe { *td.name.get_mut() = vm.str_of(v) };
    Ok(vm.none.clone())
}

fn type_qualname_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(unsafe { type_data(&a.pos[0]).qualname.get().clone() }))
}

fn type_qualname_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = special_type_attr_value(vm, &a, "__qualname__")?;
    let td = unsafe { type_data(&a.pos[0]) };
    unsafe { *td.qualname.get_mut() = vm.str_of(v) };
    Ok(vm.none.clone())
}

fn type_mro_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_tuple(unsafe { type_data(&a.pos[0]) }.mro().to_vec()))
}

fn type_bases_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_tuple(unsafe { type_data(&a.pos[0]) }.bases().to_vec()))
}

fn type_base_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { type_data(&a.pos[0]) }
        .bases()
        .first()
        .cloned()
        .unwrap_or_else(|| vm.none.clone()))
}

fn type_dict_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { type_data(&a.pos[0]) }.dict.clone();
    Ok(alloc(
        vm.types.mappingproxy.ptr() as *const TypeObject,
        MappingProxyData { mapping: d },
    ))
}

fn type_module_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let td = unsafe { type_data(&a.pos[0]) };
    let m = vm.dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "__module__");
    // A builtin type's dict may hold its instances' `__module__` descriptor (functions,
    // methods): only a str there names the type's module, as CPython's `tp_name` does.
    Ok(match m {
        Some(m) if td.has_flag(tflags::HEAPTYPE) || vm.is_str(&m) => m,
        _ => vm.intern("builtins"),
    })
}

/// `cls.__module__ = v`: any value goes in a heap class's dict; builtin types refuse.
fn type_module_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let td = unsafe { type_data(cls) };
    let what = if a.pos.len() > 1 { "set" } else { "delete" };
    let Some(v) = a.pos.get(1).filter(|_| td.has_flag(tflags::HEAPTYPE)) else {
        return Err(vm.type_error(format!(
            "cannot {what} '__module__' attribute of immutable type '{}'",
            td.name()
        )));
    };
    vm.dict_set_str(vm.as_dict(&td.dict).unwrap(), "__module__", v.clone());
    vm.type_modified(cls);
    Ok(vm.none.clone())
}

/// `cls.__doc__ = v`: CPython stores it in a heap class's dict (dataclasses and
/// decorators assign it); builtin types refuse, and it cannot be deleted (CPython's
/// message says "immutable type" even for a heap class).
fn type_doc_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let td = unsafe { type_data(cls) };
    let Some(v) = a.pos.get(1).filter(|_| td.has_flag(tflags::HEAPTYPE)) else {
        let verb = if a.pos.len() > 1 { "set" } else { "delete" };
        return Err(vm.type_error(format!(
            "cannot {verb} '__doc__' attribute of immutable type '{}'",
            td.name()
        )));
    };
    vm.dict_set_str(vm.as_dict(&td.dict).unwrap(), "__doc__", v.clone());
    vm.type_modified(cls);
    Ok(vm.none.clone())
}

/// `cls.__annotations__` (3.10+): the class's own, never a base's; a class without any
/// gets an empty dict stored in its namespace. Builtin types have none.
fn type_annotations_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let td = unsafe { type_data(cls) };
    if !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            td.name()
        )));
    }
    let dd = vm.as_dict(&td.dict).unwrap();
    if let Some(v) = vm.dict_get_str_key(dd, "__annotations__") {
        return Ok(v);
    }
    let d = vm.new_dict();
    vm.dict_set_str(dd, "__annotations__", d.clone());
    vm.type_modified(cls);
    Ok(d)
}

fn type_annotations_set(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let td = unsafe { type_data(cls) };
    if !td.has_flag(tflags::HEAPTYPE) {
        let verb = if a.pos.len() > 1 { "set" } else { "delete" };
        return Err(vm.type_error(format!(
            "cannot {verb} '__annotations__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let dd = vm.as_dict(&td.dict).unwrap();
    match a.pos.get(1) {
        Some(v) => vm.dict_set_str(dd, "__annotations__", v.clone()),
        None => {
            let key = vm.intern("__annotations__");
            if vm.dict_del(dd, &key)?.is_none() {
                return Err(vm.attribute_error("__annotations__"));
            }
        }
    }
    vm.type_modified(cls);
    Ok(vm.none.clone())
}

fn type_doc_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let td = unsafe { type_data(&a.pos[0]) };
    Ok(vm
        .dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "__doc__")
        .unwrap_or_else(|| vm.none.clone()))
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // Unlink from the bases' subclass lists so invalidation never sees a dead type.
        let me = (self as *const TypeData as usize) - std::mem::offset_of!(TypeObject, data);
        for b in unsafe { self.bases.get() } {
            if let Some(h) = b.header() {
                if h.refcnt.get() > 0 {
                    let bd = unsafe { type_data(b) };
                    unsafe { bd.subclasses.get_mut().retain(|p| *p != me) };
                }
            }
        }
    }
}

/// `obj.__weakref__`: the first weak reference to `obj`, or None.
/// Do instances of `b` already have a `__dict__` (so a subclass needs no descriptor of its
/// own)? A class with one, or a builtin whose instances carry attributes (exceptions).
fn base_gives_dict(vm: &Vm, b: &Value) -> bool {
    unsafe { type_data(b) }.mro().iter().any(|t| {
        if t.is(&vm.types.object) {
            return false;
        }
        let td = unsafe { type_data(t) };
        (td.has_flag(tflags::HEAPTYPE) && !td.has_flag(tflags::NO_DICT))
            || td.has_flag(tflags::EXCEPTION)
            || vm
                .as_dict(&td.dict)
                .is_some_and(|d| vm.dict_get_str_key(d, "__dict__").is_some())
    })
}

fn weakref_get(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(crate::object::weakref::refs_to(&a.pos[0])
        .into_iter()
        .next()
        .unwrap_or_else(|| vm.none.clone()))
}
