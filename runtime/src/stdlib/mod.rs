//! The standard library: modules written in Rust (created on first import) and modules
//! written in Python (`runtime/lib/*.py`, frozen into the binary).
//!
//! To add a Rust module: write `stdlib/<name>.rs` with `pub fn make(vm: &Vm) -> PyResult<Value>`
//! returning the module object, and list it in one of the `registry_*.rs` files. To add a Python
//! module: write `runtime/lib/<name>.py` (or `<pkg>/__init__.py`) and list it likewise. Each
//! registry file belongs to one area, so that people adding modules do not edit the same file.

use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub mod ember_async;
pub mod registry_async;
pub mod registry_data;
pub mod registry_lang;
pub mod registry_numeric;
pub mod registry_re;
pub mod registry_system;
pub mod registry_text;
pub mod registry_tools;

pub type MakeModule = fn(&Vm) -> PyResult<Value>;

/// Rust modules by import name, from every registry.
const NATIVE_LISTS: &[&[(&str, MakeModule)]] = &[
    registry_system::NATIVE,
    registry_data::NATIVE,
    registry_lang::NATIVE,
    registry_text::NATIVE,
    registry_re::NATIVE,
    registry_async::NATIVE,
    registry_tools::NATIVE,
    registry_numeric::NATIVE,
];

/// Python modules by import name: (name, source, is_package), from every registry.
const FROZEN_LISTS: &[&[(&str, &str, bool)]] = &[
    registry_system::FROZEN,
    registry_data::FROZEN,
    registry_lang::FROZEN,
    registry_text::FROZEN,
    registry_re::FROZEN,
    registry_async::FROZEN,
    registry_tools::FROZEN,
    registry_numeric::FROZEN,
];

/// Whether `name` is one of the runtime's Rust modules (CPython's built-in ones).
pub fn is_native_name(name: &str) -> bool {
    NATIVE_LISTS
        .iter()
        .flat_map(|l| l.iter())
        .any(|(n, _)| *n == name)
}

/// Builds the Rust module `name`, if there is one.
pub fn native_module(vm: &Vm, name: &str) -> Option<PyResult<Value>> {
    NATIVE_LISTS
        .iter()
        .flat_map(|l| l.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, make)| {
            let m = make(vm)?;
            name_functions(vm, &m, name);
            Ok(m)
        })
}

/// The module CPython's functions of our Rust module `name` say they are from (their
/// `__module__`): most often the same name.
pub(crate) fn cpython_home(name: &str) -> &str {
    // (Only modules Ember has: pickle imports a function's module to find it again.)
    const HOMES: &[(&str, &str)] = &[("_time", "time")];
    HOMES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, h)| h)
}

/// Gives each function of Rust module `m` (named `name`) its `__module__`, as CPython's
/// module functions have (pickle and `inspect` find a function's home by it).
pub(crate) fn name_functions(vm: &Vm, m: &Value, name: &str) {
    let Some(d) = vm.module_dict(m) else {
        return;
    };
    let Some(dd) = vm.as_dict(&d) else {
        return;
    };
    let module_name = vm.intern(name);
    for (_, v) in dd.items() {
        if vm.is_exact(&v, &vm.types.builtin_function) {
            let f = unsafe { v.payload::<crate::object::native::BuiltinFunctionData>() };
            if f.bound.is_none() {
                let _ = f.module.set(module_name.clone());
            }
        }
    }
}

/// The source of the frozen Python module `name` and whether it is a package.
///
/// With `EMBER_LIB_DIR` set (a developer's switch, e.g. `EMBER_LIB_DIR=runtime/lib`), the
/// source of a frozen module is read from that directory instead, so that an edit to the
/// library can be tried without rebuilding the binary. Only modules the registry lists are
/// looked up there; the set of modules does not change.
pub fn frozen_source(name: &str) -> Option<(&'static str, bool)> {
    let (src, pkg) = FROZEN_LISTS
        .iter()
        .flat_map(|l| l.iter())
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))?;
    match lib_dir_override(name, pkg) {
        Some(text) => Some((text, pkg)),
        None => Some((src, pkg)),
    }
}

/// The text of `name` under `EMBER_LIB_DIR`, read once per module and kept for the process.
fn lib_dir_override(name: &str, is_pkg: bool) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static DIR: OnceLock<Option<std::path::PathBuf>> = OnceLock::new();
    static READ: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let dir = DIR
        .get_or_init(|| std::env::var_os("EMBER_LIB_DIR").map(Into::into))
        .as_ref()?;
    let mut cache = READ.get_or_init(Default::default).lock().ok()?;
    if let Some(text) = cache.get(name) {
        return Some(text);
    }
    let mut path = dir.join(name.replace('.', "/"));
    if is_pkg {
        path.push("__init__.py");
    } else {
        path.set_extension("py");
    }
    let text: &'static str = std::fs::read_to_string(&path).ok()?.leak();
    cache.insert(name.to_string(), text);
    Some(text)
}

/// Every module name the standard library provides.
pub fn module_names() -> Vec<&'static str> {
    let native = NATIVE_LISTS.iter().flat_map(|l| l.iter()).map(|(n, _)| *n);
    let frozen = FROZEN_LISTS
        .iter()
        .flat_map(|l| l.iter())
        .map(|(n, _, _)| *n);
    native.chain(frozen).collect()
}
