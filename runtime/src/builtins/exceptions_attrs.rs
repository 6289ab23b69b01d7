//! Keyword arguments and attributes of AttributeError (`name`, `obj`), NameError (`name`)
//! and ImportError (`name`, `path`, `msg`), the Unicode errors' argument counts and
//! UnicodeTranslateError, and `BaseException.__setstate__`, as CPython 3.11 has them.

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
        Some(a) => a.set(vm, &vm.intern(name), v, None),
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
    // pickle's protocol: the instance dict saved by __reduce__ comes back here.
    vm.add_method(&vm.exc.base_exception.clone(), "__setstate__", |vm, a| {
        a.check(vm, "__setstate__", 2, 2)?;
        let state = &a.pos[1];
        if vm.is_none(state) {
            return Ok(vm.none.clone());
        }
        if vm.as_dict(state).is_none() {
            return Err(vm.type_error("state is not a dictionary"));
        }
        for (k, v) in vm.mapping_items(state)? {
            vm.setattr(&a.pos[0], &k, v)?;
        }
        Ok(vm.none.clone())
    });
    for name in ["UnicodeEncodeError", "UnicodeDecodeError"] {
        let cls = vm.find_exc(name);
        vm.add_method(&cls, "__init__", |vm, a| unicode_error_init(vm, a, 5));
    }
    let te = vm.find_exc("UnicodeTranslateError");
    vm.add_method(&te, "__init__", |vm, a| unicode_error_init(vm, a, 4));
    vm.add_method(&te, "__str__", translate_error_str);
    let getters: [(&'static str, crate::object::native::NativeFn); 4] = [
        ("object", |vm, a| Ok(arg_or_none(vm, &a.pos[0], 0))),
        ("start", |vm, a| Ok(arg_or_none(vm, &a.pos[0], 1))),
        ("end", |vm, a| Ok(arg_or_none(vm, &a.pos[0], 2))),
        ("reason", |vm, a| Ok(arg_or_none(vm, &a.pos[0], 3))),
    ];
    for (attr, g) in getters {
        vm.add_getset(&te, attr, g, None);
    }
    vm.add_type_attr(&te, "encoding", vm.none.clone());

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

/// The Unicode errors take exactly `n` arguments (CPython parses them with a fixed format).
fn unicode_error_init(vm: &Vm, a: Args, n: usize) -> PyResult<Value> {
    let given = a.pos.len() - 1;
    if given != n || a.has_kw() {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({given} given)"
        )));
    }
    set_args(vm, &a.pos[0], &a.pos[1..]);
    Ok(vm.none.clone())
}

fn arg_or_none(vm: &Vm, e: &Value, i: usize) -> Value {
    let args = vm.exc_args(e);
    vm.tuple_items(&args)
        .get(i)
        .cloned()
        .unwrap_or_else(|| vm.none.clone())
}

/// `str(UnicodeTranslateError(object, start, end, reason))`.
fn translate_error_str(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = vm.exc_args(&a.pos[0]);
    let items = vm.tuple_items(&args).to_vec();
    if items.len() != 4 {
        return Ok(vm.empty_str.clone());
    }
    let start = vm.index_isize(&items[1])?;
    let end = vm.index_isize(&items[2])?;
    let reason = vm.str_string(&items[3])?;
    if let Some(sd) = vm.as_str_data(&items[0]) {
        if start >= 0 && Some(end) == start.checked_add(1) && (start as usize) < sd.char_len {
            let c = sd.char_at(start as usize) as u32;
            let esc = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(vm.new_str(format!(
                "can't translate character '{esc}' in position {start}: {reason}"
            )));
        }
    }
    Ok(vm.new_str(format!(
        "can't translate characters in position {start}-{}: {reason}",
        end.saturating_sub(1)
    )))
}
