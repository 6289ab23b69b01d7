//! Structural pattern matching helpers (`MATCH_CLASS`, `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`).

use crate::object::typeobj::Layout;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    vm.as_dict(v).is_some()
}

pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    let l = vm.type_data_of(v).layout;
    matches!(l, Layout::List | Layout::Tuple) || vm.is_exact(v, &vm.types.range)
}

/// Values of `keys` in `subject`, or None if one is missing.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let d = vm
        .as_dict(subject)
        .ok_or_else(|| vm.type_error("mapping pattern on non-dict"))?;
    let mut vals = Vec::new();
    for k in vm.tuple_items(keys).to_vec() {
        match vm.dict_get(d, &k)? {
            Some(v) => vals.push(v),
            None => return Ok(vm.none.clone()),
        }
    }
    Ok(vm.new_tuple(vals))
}

/// The attributes a class pattern extracts, or None if `subject` is not an instance of `cls`.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    if !vm.is_type(cls) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.isinstance_type(subject, cls) {
        return Ok(vm.none.clone());
    }
    let mut out = Vec::new();
    // The attribute names taken so far: one named twice (by `__match_args__` and a
    // keyword) is an error, raised when it comes up, as CPython does.
    let mut seen: Vec<Value> = Vec::new();
    if npos > 0 {
        let td = unsafe { crate::object::typeobj::type_data(cls) };
        let ma = vm.getattr_opt(cls, &vm.names.match_args)?;
        if let Some(m) = &ma {
            if vm.as_tuple(m).is_none() {
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    td.name(),
                    vm.type_name(m)
                )));
            }
        }
        // Without `__match_args__`, the builtin value types (and their subclasses) match
        // one positional sub-pattern against the subject itself.
        let self_match = ma.is_none()
            && matches!(
                td.layout,
                Layout::Int
                    | Layout::Float
                    | Layout::Str
                    | Layout::Bytes
                    | Layout::ByteArray
                    | Layout::Tuple
                    | Layout::List
                    | Layout::Dict
                    | Layout::Set
                    | Layout::FrozenSet
            );
        let ma: Vec<Value> = match &ma {
            Some(m) => vm.tuple_items(m).to_vec(),
            None => Vec::new(),
        };
        let allowed = if self_match { 1 } else { ma.len() };
        if npos > allowed {
            return Err(vm.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({npos} given)",
                td.name(),
                allowed,
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if self_match {
            out.push(subject.clone());
        } else {
            for name in &ma[..npos] {
                if !vm.is_str(name) {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                check_seen(vm, cls, &mut seen, name)?;
                match vm.getattr_opt(subject, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(vm.none.clone()),
                }
            }
        }
    }
    for name in vm.tuple_items(names).to_vec() {
        if !seen.is_empty() {
            check_seen(vm, cls, &mut seen, &name)?;
        }
        match vm.getattr_opt(subject, &name)? {
            Some(v) => out.push(v),
            None => return Ok(vm.none.clone()),
        }
    }
    Ok(vm.new_tuple(out))
}

/// Records `name` as taken by the class pattern of `cls_name`; an error if it was already.
fn check_seen(vm: &Vm, cls: &Value, seen: &mut Vec<Value>, name: &Value) -> PyResult<()> {
    if seen.iter().any(|s| vm.str_ref(s) == vm.str_ref(name)) {
        let cls_name = unsafe { crate::object::typeobj::type_data(cls) }.name();
        let r = vm.repr_string(name)?;
        return Err(vm.type_error(format!(
            "{cls_name}() got multiple sub-patterns for attribute {r}"
        )));
    }
    seen.push(name.clone());
    Ok(())
}
