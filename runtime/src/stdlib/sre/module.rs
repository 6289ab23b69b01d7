//! The native module `_ember_sre`: `compile` and the Pattern, Match and scanner types
//! (named `re.Pattern` and `re.Match`, as CPython shows them).

use super::match_obj::{self as mo, MatchData};
use super::pattern_obj::{self as po, PatternData, Scanner};
use crate::object::native::NativeFn;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{
    add_value, is_of, iter_type_with, methods, module_type, new_type,
};
use crate::stdlib::registry_system::sysutil::module;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[("compile", po::compile_fn)];
    let m = module(vm, "_ember_sre", fns);

    let pt = new_type::<PatternData>(vm, "re", "Pattern");
    methods(
        vm,
        &pt,
        &[
            ("search", po::search as NativeFn),
            ("match", po::match_),
            ("fullmatch", po::fullmatch),
            ("findall", po::findall),
            ("finditer", po::finditer),
            ("split", po::split),
            ("sub", super::sub::sub),
            ("subn", super::sub::subn),
            ("scanner", po::scanner),
            ("__repr__", po::repr),
            ("__eq__", po::eq),
            ("__ne__", po::ne),
            ("__hash__", po::hash),
            ("__copy__", po::copy),
            ("__deepcopy__", po::copy),
        ],
    );
    vm.add_getset(&pt, "pattern", po::get_pattern, None);
    vm.add_getset(&pt, "flags", po::get_flags, None);
    vm.add_getset(&pt, "groups", po::get_groups, None);
    vm.add_getset(&pt, "groupindex", po::get_groupindex, None);
    crate::stdlib::registry_data::native_type::set_new(vm, &pt, po::no_new_pattern);
    add_value(vm, &m, "Pattern", pt.clone());

    let mt = new_type::<MatchData>(vm, "re", "Match");
    methods(
        vm,
        &mt,
        &[
            ("group", mo::group as NativeFn),
            ("__getitem__", mo::getitem),
            ("groups", mo::groups),
            ("groupdict", mo::groupdict),
            ("start", mo::start),
            ("end", mo::end),
            ("span", mo::span),
            ("expand", mo::expand),
            ("__repr__", mo::repr),
            ("__copy__", mo::copy),
            ("__deepcopy__", mo::copy),
            ("__bool__", mo::bool_),
        ],
    );
    vm.add_getset(&mt, "lastindex", mo::get_lastindex, None);
    vm.add_getset(&mt, "lastgroup", mo::get_lastgroup, None);
    vm.add_getset(&mt, "re", mo::get_re, None);
    vm.add_getset(&mt, "string", mo::get_string, None);
    vm.add_getset(&mt, "pos", mo::get_pos, None);
    vm.add_getset(&mt, "endpos", mo::get_endpos, None);
    vm.add_getset(&mt, "regs", mo::regs, None);
    crate::stdlib::registry_data::native_type::set_new(vm, &mt, po::no_new_match);
    add_value(vm, &m, "Match", mt.clone());

    let st = iter_type_with::<Scanner>(vm, &m, "_ember_sre", "_Scanner", no_new, po::scanner_next);
    vm.add_method(&st, "search", po::scanner_search);
    vm.add_method(&st, "match", po::scanner_match);
    vm.add_getset(&st, "pattern", po::scanner_pattern, None);
    // Patterns accept weak references, as in CPython (matches do not).
    let td = unsafe { crate::object::typeobj::type_data(&pt) };
    td.flags
        .set(td.flags.get() | crate::object::typeobj::tflags::WEAKREFABLE);
    for ty in [&pt, &mt] {
        vm.add_method_kind(
            ty,
            "__class_getitem__",
            po::class_getitem,
            crate::object::native::MethodKind::Class,
        );
    }
    Ok(m)
}

fn no_new(vm: &Vm, _a: crate::object::native::Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_ember_sre._Scanner' instances"))
}

pub fn is_pattern(vm: &Vm, v: &Value) -> bool {
    match module_type(vm, "_ember_sre", "Pattern") {
        Ok(t) => is_of(vm, v, &t),
        Err(_) => false,
    }
}
