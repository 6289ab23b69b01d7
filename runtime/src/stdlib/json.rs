//! `_json`: the Rust encoder and decoder that the frozen `json` package calls.

use super::sysutil::module;
use crate::object::native::NativeFn;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("encode", super::json_encode::encode),
        ("encode_str", super::json_encode::encode_str),
        ("decode", super::json_decode::decode),
    ];
    Ok(module(vm, "_json", fns))
}
