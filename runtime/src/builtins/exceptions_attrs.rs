//! Keyword arguments and attributes of AttributeError (`name`, `obj`), NameError (`name`)
//! and ImportError (`name`, `path`, `msg`), as CPython 3.11 sets them.

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// BaseException.__init__'s part: the positional arguments become `args`.
fn set_args(vm: &Vm, e: &Value, pos: &[Value]) {
    let d = vm.exc_data(e);
    let old = unsafe { std::mem::replace(d.args.get_mut(), vm.new_tuple(pos.to_vec())) };
    drop(old);
}

fn set_attr(vm: &Vm, e: &Value, name: &str, v: Value) -> PyResult<()> {
    match vm.attrs_of(e) {
        Some(a) => a.set(vm, &vm.intern(name), v),
        None => Ok(()),
    }
}

fn get_attr(vm: &Vm, e: &Value, name: &str) -> Option<Value> {
    vm.attrs_of(e)
        .and_then(|a| a.get(vm, &vm.intern(name)).ok().flatten())
}

/// Stores the keyword arguments in `allowed` as attributes; any other keyword is a TypeError.
fn keywords(vm: &Vm, a: &Args, cls: &str, allowed: &[(&str, &str)]) -> PyResult<()> {
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        let key = vm.str_of(k);
        match allowed.iter().find(|(kw, _)| *kw == key) {
            Some((_, attr)) => set_attr(vm, &a.pos[0], attr, v.clone())?,
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {cls}()"
                )))
            }
        }
    }
    Ok(())
}

/// The class name used in keyword errors (CPython names the class being built).
fn class_name(vm: &Vm, e: &Value) -> String {
    vm.type_name(e).to_string()
}

pub fn init(vm: &Vm) {
    let ae = vm.exc.attribute_error.clone();
    vm.add_type_attr(&ae, "name", vm.none.clone());
    vm.add_type_attr(&ae, "obj", vm.none.clone());
    vm.add_method(&ae, "__init__", |vm, a| {
        let e = &a.pos[0];
        set_args(vm, e, &a.pos[1..]);
        keywords(
            vm,
            &a,
            &class_name(vm, e),
            &[("name", "name"), ("obj", "obj")],
        )?;
        Ok(vm.none.clone())
    });

    // NameError keeps its name where the interpreter's lookups put it (`__name_attr__`).
    let ne = vm.exc.name_error.clone();
    vm.add_getset(
        &ne,
        "name",
        |vm, a| Ok(get_attr(vm, &a.pos[0], "__name_attr__").unwrap_or_else(|| vm.none.clone())),
        Some(|vm, a| {
            set_attr(vm, &a.pos[0], "__name_attr__", a.pos[1].clone())?;
            Ok(vm.none.clone())
        }),
    );
    vm.add_method(&ne, "__init__", |vm, a| {
        let e = &a.pos[0];
        set_args(vm, e, &a.pos[1..]);
        keywords(vm, &a, &class_name(vm, e), &[("name", "__name_attr__")])?;
        Ok(vm.none.clone())
    });

    let ie = vm.exc.import_error.clone();
    vm.add_type_attr(&ie, "name", vm.none.clone());
    vm.add_type_attr(&ie, "path", vm.none.clone());
    vm.add_method(&ie, "__init__", |vm, a| {
        let e = &a.pos[0];
        set_args(vm, e, &a.pos[1..]);
        keywords(
            vm,
            &a,
            &class_name(vm, e),
            &[("name", "name"), ("path", "path")],
        )?;
        // `msg` is the only positional argument, if there is exactly one.
        let msg = match &a.pos[1..] {
            [m] => m.clone(),
            _ => vm.none.clone(),
        };
        set_attr(vm, e, "__import_msg__", msg)?;
        Ok(vm.none.clone())
    });
    vm.add_getset(
        &ie,
        "msg",
        |vm, a| Ok(import_msg(vm, &a.pos[0])),
        Some(|vm, a| {
            set_attr(vm, &a.pos[0], "__import_msg__", a.pos[1].clone())?;
            Ok(vm.none.clone())
        }),
    );
    vm.add_method(&ie, "__str__", |vm, a| {
        let msg = import_msg(vm, &a.pos[0]);
        if vm.is_str(&msg) {
            return Ok(msg);
        }
        let args = vm.exc_args(&a.pos[0]);
        let items = vm.tuple_items(&args);
        match items.len() {
            0 => Ok(vm.empty_str.clone()),
            1 => vm.str(&items[0]),
            _ => vm.str(&args),
        }
    });
}

/// ImportError's `msg`: what `__init__` (or an assignment) stored, else for one made by the
/// runtime without `__init__`, its single argument.
fn import_msg(vm: &Vm, e: &Value) -> Value {
    if let Some(m) = get_attr(vm, e, "__import_msg__") {
        return m;
    }
    let args = vm.exc_args(e);
    match vm.tuple_items(&args) {
        [m] => m.clone(),
        _ => vm.none.clone(),
    }
}
