//! The builtin `open`: the `io` module (runtime/lib/io.py) does the work; this function
//! imports it on first use so that programs that never open a file do not pay for it.

use crate::object::native::{new_builtin, Args};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// `open(file, mode='r', ...)`: forwards every argument to `io.open`.
fn builtin_open(vm: &Vm, a: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let f = vm.getattr(&io, &vm.new_str("open"))?;
    let mut args: Vec<Value> = a.pos.to_vec();
    args.extend(a.kwvalues.iter().cloned());
    vm.call_kw(&f, &args, a.kwnames)
}

/// Whether `f` is the builtin `open`'s code: its `__module__` is `io`, as CPython's
/// (`open is io.open` there).
pub(crate) fn is_open(f: crate::object::native::NativeFn) -> bool {
    f as usize == builtin_open as *const () as usize
}

pub fn init(vm: &Vm) {
    let b = new_builtin(vm, "open", builtin_open, None);
    if let Some(d) = vm.as_dict(&vm.builtins_dict) {
        vm.dict_set_str(d, "open", b);
    }
}
