//! `None`, `NotImplemented` and `Ellipsis`: their types' constructors, reprs and truth values;
//! and the `module` type's attributes.

use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let n = vm.types.none.clone();
    vm.add_method_kind(
        &n,
        "__new__",
        |vm, a| {
            if a.pos.len() > 1 || a.has_kw() {
                return Err(vm.type_error("NoneType takes no arguments"));
            }
            Ok(vm.none.clone())
        },
        MethodKind::Static,
    );
    vm.add_method(&n, "__repr__", |vm, _a| Ok(vm.intern("None")));
    vm.add_method(&n, "__bool__", |vm, _a| Ok(vm.false_.clone()));
    let ni = vm.types.not_implemented.clone();
    vm.add_method_kind(
        &ni,
        "__new__",
        |vm, _a| Ok(vm.not_implemented.clone()),
        MethodKind::Static,
    );
    vm.add_method(&ni, "__repr__", |vm, _a| Ok(vm.intern("NotImplemented")));
    let e = vm.types.ellipsis.clone();
    vm.add_method_kind(
        &e,
        "__new__",
        |vm, _a| Ok(vm.ellipsis.clone()),
        MethodKind::Static,
    );
    vm.add_method(&e, "__repr__", |vm, _a| Ok(vm.intern("Ellipsis")));

    let m = vm.types.module.clone();
    // `types.ModuleType(name, doc=None)`: `__new__` makes the empty namespace, `__init__`
    // names it.
    vm.add_method_kind(
        &m,
        "__new__",
        |vm, a| {
            let Some(cls) = a.pos.first() else {
                return Err(vm.type_error("module.__new__(): not enough arguments"));
            };
            // `__init__` overwrites the placeholder name in place (CPython's key order).
            let m = vm.new_module("?");
            if cls.is(&vm.types.module) {
                return Ok(m);
            }
            crate::object::native::check_new_receiver(vm, &vm.types.module, cls)?;
            // A subclass's instance: the module's payload, then an attribute store in
            // dict mode whose dict is the namespace itself, so that instance attributes
            // and the module's globals are one mapping (CPython's `tp_dictoffset`).
            let dict = unsafe { m.payload::<crate::object::module::ModuleData>() }
                .dict
                .clone();
            let inst = vm.new_instance(
                cls,
                crate::object::module::ModuleData { dict: dict.clone() },
            );
            if let Some(attrs) = vm.attrs_of(&inst) {
                attrs.replace_dict(vm, dict);
            }
            Ok(inst)
        },
        MethodKind::Static,
    );
    vm.add_method(&m, "__init__", |vm, a| {
        let name = match a.pos.get(1).cloned().or_else(|| a.kw(vm, "name")) {
            Some(n) => n,
            None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
        };
        if !vm.is_str(&name) {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                crate::builtins::str::args::arg_type_name(vm, &name)
            )));
        }
        let doc = a
            .pos
            .get(2)
            .cloned()
            .or_else(|| a.kw(vm, "doc"))
            .unwrap_or_else(|| vm.none.clone());
        let d = vm.module_dict(&a.pos[0]).unwrap();
        let dd = vm.as_dict(&d).unwrap();
        vm.dict_set_str(dd, "__name__", name);
        vm.dict_set_str(dd, "__doc__", doc);
        Ok(vm.none.clone())
    });
    // A module's namespace is never replaced (dict watchers rely on it): CPython's message.
    vm.add_getset(
        &m,
        "__dict__",
        module_dict,
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    // dir(module): the module's own `__dir__` function if it has one, else its names.
    vm.add_method(&m, "__dir__", |vm, a| {
        super::sys::materialize_info(vm, &a.pos[0]);
        let d = vm.module_dict(&a.pos[0]).unwrap();
        let dd = vm.as_dict(&d).unwrap();
        if let Some(f) = vm.dict_get_str_key(dd, "__dir__") {
            return vm.call(&f, &[]);
        }
        Ok(vm.new_list(dd.keys()))
    });
    vm.add_method(&m, "__repr__", |vm, a| {
        let d = vm.module_dict(&a.pos[0]).unwrap();
        let dd = vm.as_dict(&d).unwrap();
        let name = vm
            .dict_get_str_key(dd, "__name__")
            .map(|n| vm.repr_string(&n))
            .transpose()?;
        let name = name.unwrap_or_else(|| "'?'".to_string());
        if let Some(f) = vm.dict_get_str_key(dd, "__file__") {
            return Ok(vm.new_str(format!("<module {name} from {}>", vm.repr_string(&f)?)));
        }
        if let Some(l) = vm
            .dict_get_str_key(dd, "__loader__")
            .filter(|l| !vm.is_none(l))
        {
            return Ok(vm.new_str(format!("<module {name} ({})>", vm.repr_string(&l)?)));
        }
        // The runtime's own modules (registered in sys.modules under their name) are
        // CPython's built-in ones; a `types.ModuleType(...)` made by a program is plain.
        let registered = vm.dict_get_str_key(dd, "__name__").is_some_and(|n| {
            vm.is_str(&n)
                && (crate::stdlib::is_native_name(vm.str_ref(&n))
                    || matches!(vm.str_ref(&n), "sys" | "builtins" | "gc" | "math"))
                && vm
                    .as_dict(&vm.modules)
                    .and_then(|md| vm.dict_get_str(md, &n))
                    .is_some_and(|m| m.is(&a.pos[0]))
        });
        Ok(vm.new_str(if registered {
            format!("<module {name} (built-in)>")
        } else {
            format!("<module {name}>")
        }))
    });
}

fn module_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    super::sys::materialize_info(vm, &a.pos[0]);
    vm.module_dict(&a.pos[0])
        .ok_or_else(|| vm.attribute_error("module has no __dict__"))
}
