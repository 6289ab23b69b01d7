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
        return Err(vm.type_error("called match pattern must be a class"));
    }
    if !vm.isinstance_type(subject, cls) {
        return Ok(vm.none.clone());
    }
    let mut out = Vec::new();
    if npos > 0 {
        let self_match = matches!(
            vm.type_data_of(subject).layout,
            Layout::Int
                | Layout::Float
                | Layout::Str
                | Layout::Bytes
                | Layout::Tuple
                | Layout::List
                | Layout::Dict
                | Layout::Set
                | Layout::FrozenSet
        ) && !unsafe { crate::object::typeobj::type_data(cls) }
            .has_flag(crate::object::typeobj::tflags::HEAPTYPE);
        if self_match {
            if npos > 1 {
                return Err(vm.type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    unsafe { crate::object::typeobj::type_data(cls) }.name()
                )));
            }
            out.push(subject.clone());
        } else {
            let ma = vm.getattr_opt(cls, &vm.names.match_args)?;
            let ma = match ma {
                Some(m) => vm.collect(&m)?,
                None => Vec::new(),
            };
            if npos > ma.len() {
                return Err(vm.type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({npos} given)",
                    unsafe { crate::object::typeobj::type_data(cls) }.name(),
                    ma.len(),
                    if ma.len() == 1 { "" } else { "s" }
                )));
            }
            for name in &ma[..npos] {
                match vm.getattr_opt(subject, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(vm.none.clone()),
                }
            }
        }
    }
    for name in vm.tuple_items(names).to_vec() {
        match vm.getattr_opt(subject, &name)? {
            Some(v) => out.push(v),
            None => return Ok(vm.none.clone()),
        }
    }
    Ok(vm.new_tuple(out))
}
