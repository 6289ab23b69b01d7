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
    // A module's namespace is never replaced (dict watchers rely on it): CPython's message.
    vm.add_getset(
        &m,
        "__dict__",
        module_dict,
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    // dir(module): the module's own `__dir__` function if it has one, else its names.
    vm.add_method(&m, "__dir__", |vm, a| {
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
        Ok(vm.new_str(match vm.dict_get_str_key(dd, "__file__") {
            Some(f) => format!("<module {name} from {}>", vm.repr_string(&f)?),
            None => format!("<module {name} (built-in)>"),
        }))
    });
}

fn module_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    vm.module_dict(&a.pos[0])
        .ok_or_else(|| vm.attribute_error("module has no __dict__"))
}
