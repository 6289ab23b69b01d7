//! `BaseException` and its subclasses: construction, str/repr, attributes; except* helpers.

use crate::object::exception::ExceptionData;
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = vm.exc.base_exception.clone();
    vm.add_method_kind(&t, "__new__", exc_new, MethodKind::Static);
    vm.add_method(&t, "__init__", exc_init);
    vm.add_method(&t, "__str__", exc_str);
    vm.add_method(&t, "__repr__", exc_repr);
    vm.add_getset(
        &t,
        "__dict__",
        super::object::object_dict,
        Some(super::object::object_set_dict),
    );
    vm.add_method(&t, "with_traceback", |vm, a| {
        a.check(vm, "with_traceback", 2, 2)?;
        crate::builtins::traceback::set_traceback(vm, &a.pos[0], &a.pos[1])?;
        Ok(a.pos[0].clone())
    });
    vm.add_getset(
        &t,
        "args",
        |vm, a| Ok(vm.exc_args(&a.pos[0])),
        Some(|vm, a| {
            let t = vm.new_tuple(vm.collect(assigned(vm, &a, "args")?)?);
            let d = vm.exc_data(&a.pos[0]);
            let old = unsafe { std::mem::replace(d.args.get_mut(), t) };
            drop(old);
            Ok(vm.none.clone())
        }),
    );
    vm.add_getset(
        &t,
        "__cause__",
        |vm, a| {
            Ok(vm
                .exc_data(&a.pos[0])
                .cause()
                .unwrap_or_else(|| vm.none.clone()))
        },
        Some(|vm, a| {
            let v = assigned(vm, &a, "__cause__")?;
            if !vm.is_none(v) && !vm.is_exception_instance(v) {
                return Err(
                    vm.type_error("exception cause must be None or derive from BaseException")
                );
            }
            let d = vm.exc_data(&a.pos[0]);
            d.set_cause(if vm.is_none(&a.pos[1]) {
                None
            } else {
                Some(a.pos[1].clone())
            });
            d.suppress_context.set(true);
            Ok(vm.none.clone())
        }),
    );
    vm.add_getset(
        &t,
        "__context__",
        |vm, a| {
            Ok(vm
                .exc_data(&a.pos[0])
                .context()
                .unwrap_or_else(|| vm.none.clone()))
        },
        Some(|vm, a| {
            let v = assigned(vm, &a, "__context__")?;
            if !vm.is_none(v) && !vm.is_exception_instance(v) {
                return Err(
                    vm.type_error("exception context must be None or derive from BaseException")
                );
            }
            let d = vm.exc_data(&a.pos[0]);
            d.set_context(if vm.is_none(&a.pos[1]) {
                None
            } else {
                Some(a.pos[1].clone())
            });
            Ok(vm.none.clone())
        }),
    );
    vm.add_getset(
        &t,
        "__suppress_context__",
        |vm, a| Ok(vm.bool_val(vm.exc_data(&a.pos[0]).suppress_context.get())),
        Some(|vm, a| {
            let Some(v) = a.pos.get(1) else {
                return Err(vm.type_error("can't delete numeric/char attribute"));
            };
            vm.exc_data(&a.pos[0]).suppress_context.set(vm.truthy(v)?);
            Ok(vm.none.clone())
        }),
    );
    vm.add_getset(
        &t,
        "__traceback__",
        |vm, a| Ok(traceback_of(vm, &a.pos[0])),
        Some(|vm, a| {
            let v = assigned(vm, &a, "__traceback__")?;
            crate::builtins::traceback::set_traceback(vm, &a.pos[0], v)?;
            Ok(vm.none.clone())
        }),
    );
    let si = vm.exc.stop_iteration.clone();
    vm.add_getset(
        &si,
        "value",
        |vm, a| {
            let args = vm.exc_args(&a.pos[0]);
            Ok(vm
                .tuple_items(&args)
                .first()
                .cloned()
                .unwrap_or_else(|| vm.none.clone()))
        },
        None,
    );
    let se = vm.exc.system_exit.clone();
    vm.add_getset(
        &se,
        "code",
        |vm, a| Ok(system_exit_code(vm, &a.pos[0])),
        Some(|vm, a| {
            let v = assigned(vm, &a, "code")?;
            let d = vm.exc_data(&a.pos[0]);
            let old = unsafe { std::mem::replace(d.code.get_mut(), Some(v.clone())) };
            drop(old);
            Ok(vm.none.clone())
        }),
    );
    let ke = vm.exc.key_error.clone();
    vm.add_method(&ke, "__str__", |vm, a| {
        let args = vm.exc_args(&a.pos[0]);
        let items = vm.tuple_items(&args);
        if items.len() == 1 {
            return vm.repr(&items[0]);
        }
        exc_str(vm, a)
    });
}

/// SystemExit's `code`: as assigned, else None without args, the one arg, or the args.
pub fn system_exit_code(vm: &Vm, e: &Value) -> Value {
    if let Some(c) = unsafe { vm.exc_data(e).code.get().clone() } {
        return c;
    }
    let args = vm.exc_args(e);
    let items = vm.tuple_items(&args);
    match items.len() {
        0 => vm.none.clone(),
        1 => items[0].clone(),
        _ => args.clone(),
    }
}

fn exc_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let args = vm.new_tuple(a.pos[1..].to_vec());
    Ok(vm.new_instance(cls, ExceptionData::new(args)))
}

fn exc_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = vm.exc_data(&a.pos[0]);
    let t = vm.new_tuple(a.pos[1..].to_vec());
    let old = unsafe { std::mem::replace(d.args.get_mut(), t) };
    // (SystemExit's code follows the new args, as its __init__ sets it.)
    let code = unsafe { d.code.get_mut().take() };
    drop((old, code));
    Ok(vm.none.clone())
}

fn exc_str(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = vm.exc_args(&a.pos[0]);
    let items = vm.tuple_items(&args);
    match items.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&items[0]),
        _ => vm.str(&args),
    }
}

fn exc_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = vm.exc_args(&a.pos[0]);
    let items = vm.tuple_items(&args);
    let name = vm.type_name(&a.pos[0]);
    Ok(vm.new_str(match items.len() {
        1 => format!("{name}({})", vm.repr_string(&items[0])?),
        _ => format!("{name}{}", vm.repr_string(&args)?),
    }))
}

/// `exc.__traceback__`: the traceback chain built from the recorded entries, kept while
/// the entries stay the same (so repeated reads give the same object).
pub fn traceback_of(vm: &Vm, e: &Value) -> Value {
    if !vm.is_exception_instance(e) {
        return vm.none.clone();
    }
    let d = vm.exc_data(e);
    let n = unsafe { d.traceback.get().len() };
    if let Some(t) = unsafe { d.tb_object.get() } {
        if crate::builtins::traceback::chain_len(vm, t) == n {
            return t.clone();
        }
    }
    let t = crate::builtins::traceback::build(vm, e).unwrap_or_else(|_| vm.none.clone());
    let keep = if vm.is_none(&t) {
        None
    } else {
        Some(t.clone())
    };
    let old = unsafe { std::mem::replace(d.tb_object.get_mut(), keep) };
    drop(old);
    t
}

/// The value a setter of `BaseException` received; deleting the attribute is refused.
fn assigned<'a>(vm: &Vm, a: &'a Args, what: &str) -> PyResult<&'a Value> {
    a.pos
        .get(1)
        .ok_or_else(|| vm.type_error(format!("{what} may not be deleted")))
}
