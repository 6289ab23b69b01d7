//! Attributes and constructors of specific exception classes: SyntaxError, ExceptionGroup, and
//! notes (`add_note`, `__notes__`). OSError's live in `stdlib/oserror.rs`.

use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

fn set(vm: &Vm, e: &Value, name: &str, v: Value) -> PyResult<()> {
    match vm.attrs_of(e) {
        Some(a) => a.set(vm, &vm.intern(name), v, None),
        None => Ok(()),
    }
}

fn get(vm: &Vm, e: &Value, name: &str) -> Value {
    vm.attrs_of(e)
        .and_then(|a| a.get(vm, &vm.intern(name)).ok().flatten())
        .unwrap_or_else(|| vm.none.clone())
}

pub fn init(vm: &Vm) {
    let be = vm.exc.base_exception.clone();
    vm.add_method(&be, "add_note", |vm, a| {
        a.check(vm, "add_note", 2, 2)?;
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "note must be a str, not '{}'",
                vm.type_name(&a.pos[1])
            )));
        }
        let notes = match vm.getattr_opt(&a.pos[0], &vm.intern("__notes__"))? {
            Some(n) => n,
            None => {
                let l = vm.new_list(Vec::new());
                set(vm, &a.pos[0], "__notes__", l.clone())?;
                l
            }
        };
        match vm.as_list(&notes) {
            Some(l) => l.push(a.pos[1].clone()),
            None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(vm.none.clone())
    });

    let se = vm.exc.syntax_error.clone();
    vm.add_method(&se, "__init__", syntax_error_init);
    // Unset details read as None (instance attributes override these).
    for n in [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ] {
        vm.add_type_attr(&se, n, vm.none.clone());
    }
    vm.add_method(&se, "__str__", |vm, a| {
        let e = &a.pos[0];
        let msg = get(vm, e, "msg");
        let msg = if vm.is_none(&msg) {
            let args = vm.exc_args(e);
            // CPython prints the missing message as None.
            match vm.tuple_items(&args).first() {
                Some(m) => vm.str_string(m)?,
                None => "None".to_string(),
            }
        } else {
            vm.str_string(&msg)?
        };
        let filename = get(vm, e, "filename");
        let lineno = get(vm, e, "lineno");
        let fname = if vm.is_str(&filename) {
            let f = vm.str_of(&filename);
            Some(f.rsplit('/').next().unwrap_or(&f).to_string())
        } else {
            None
        };
        Ok(
            vm.new_str(match (fname, vm.as_int(&lineno).and_then(|i| i.to_i64())) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            }),
        )
    });

    let eg = vm.exc.base_exception_group.clone();
    vm.add_method_kind(&eg, "__new__", eg_new, MethodKind::Static);
    vm.add_method(&eg, "__init__", |vm, _a| Ok(vm.none.clone()));
    vm.add_getset(
        &eg,
        "message",
        |vm, a| Ok(get(vm, &a.pos[0], "__eg_message__")),
        None,
    );
    vm.add_getset(
        &eg,
        "exceptions",
        |vm, a| Ok(get(vm, &a.pos[0], "__eg_exceptions__")),
        None,
    );
    vm.add_method(&eg, "__str__", |vm, a| {
        let msg = get(vm, &a.pos[0], "__eg_message__");
        let excs = get(vm, &a.pos[0], "__eg_exceptions__");
        let n = vm.as_tuple(&excs).map(|t| t.len()).unwrap_or(0);
        Ok(vm.new_str(format!(
            "{} ({n} sub-exception{})",
            vm.str_string(&msg)?,
            if n == 1 { "" } else { "s" }
        )))
    });
}

fn syntax_error_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let e = &a.pos[0];
    let args = vm.new_tuple(a.pos[1..].to_vec());
    let d = vm.exc_data(e);
    let old = unsafe { std::mem::replace(d.args.get_mut(), args) };
    drop(old);
    if let Some(m) = a.pos.get(1) {
        set(vm, e, "msg", m.clone())?;
    }
    if let Some(info) = a.pos.get(2) {
        let items = vm.collect(info)?;
        if items.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                items.len()
            )));
        }
        if items.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                items.len()
            )));
        }
        for (name, v) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .zip(items)
        {
            set(vm, e, name, v)?;
        }
    }
    Ok(vm.none.clone())
}

/// BaseExceptionGroup(message, exceptions).
fn eg_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let msg = &a.pos[1];
    if !vm.is_str(msg) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(msg)
        )));
    }
    let excs = vm
        .collect(&a.pos[2])
        .map_err(|_| vm.type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exc = true;
    for x in &excs {
        if !vm.is_exception_instance(x) {
            return Err(vm.value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                excs.iter().position(|y| y.is(x)).unwrap_or(0)
            )));
        }
        if !vm.isinstance_type(x, &vm.exc.exception) {
            all_exc = false;
        }
    }
    // An ExceptionGroup (or subclass of Exception) cannot hold BaseExceptions.
    if !all_exc && cls.is(&vm.exc.exception_group) {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    if !all_exc
        && !cls.is(&vm.exc.base_exception_group)
        && crate::builtins::functions::issubclass(vm, cls, &vm.exc.exception)?
    {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            vm.str_of(&vm.getattr(cls, &vm.intern("__name__"))?)
        )));
    }
    let cls = if cls.is(&vm.exc.base_exception_group) && all_exc {
        vm.exc.exception_group.clone()
    } else {
        cls.clone()
    };
    // args keep the sequence as given (a list stays a list in the repr); .exceptions is a tuple.
    let e = vm.new_exception_value(&cls, vec![msg.clone(), a.pos[2].clone()]);
    set(vm, &e, "__eg_message__", msg.clone())?;
    set(vm, &e, "__eg_exceptions__", vm.new_tuple(excs))?;
    Ok(e)
}
