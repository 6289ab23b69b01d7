//! One level of native recursion counted against Python's recursion limit (CPython's
//! `Py_EnterRecursiveCall`): for native code that recurses into values (repr, JSON).

use super::{PyResult, Vm};

/// Counts one level of nesting against the recursion limit, as Py_EnterRecursiveCall.
pub struct Depth<'a> {
    vm: &'a Vm,
}

impl<'a> Depth<'a> {
    pub fn enter(vm: &'a Vm, what: &str) -> PyResult<Depth<'a>> {
        let d = vm.recursion_depth.get() + 1;
        if d > vm.recursion_limit.get() {
            return Err(vm.new_exception_msg(
                &vm.exc.recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        vm.check_native_stack()?;
        vm.recursion_depth.set(d);
        Ok(Depth { vm })
    }
}

impl Drop for Depth<'_> {
    fn drop(&mut self) {
        let d = self.vm.recursion_depth.get();
        self.vm.recursion_depth.set(d.saturating_sub(1));
    }
}
