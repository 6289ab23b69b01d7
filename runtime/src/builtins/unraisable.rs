//! Reporting exceptions that cannot propagate through a replaced `sys.unraisablehook`.

use crate::object::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Hands an unraisable exception to a replaced `sys.unraisablehook` (an object with
    /// exc_type, exc_value, exc_traceback, err_msg and object, as CPython's); false when
    /// the default hook applies. An error in the hook itself is printed plainly.
    pub fn call_unraisablehook(&self, e: &crate::vm::PyErr, what: &str, obj: &Value) -> bool {
        let Some(hook) = self.sys_attr("unraisablehook") else {
            return false;
        };
        if self
            .sys_attr("__unraisablehook__")
            .is_some_and(|d| d.is(&hook))
        {
            return false;
        }
        self.give_running_frame(&e.0);
        let made = (|| -> crate::vm::PyResult<Value> {
            let ns = self.new_dict();
            if let Some(d) = self.as_dict(&ns) {
                self.dict_set_str(d, "__module__", self.new_str("sys"));
            }
            let name = self.new_str("UnraisableHookArgs");
            let cls = self.call(&self.types.type_, &[name, self.new_tuple(Vec::new()), ns])?;
            let args = self.call(&cls, &[])?;
            let msg = if what == "Exception ignored in" {
                self.none.clone()
            } else {
                self.new_str(what)
            };
            let set = |n: &str, v: Value| self.setattr(&args, &self.intern(n), v);
            set("exc_type", self.type_of(&e.0))?;
            set("exc_value", e.0.clone())?;
            set(
                "exc_traceback",
                crate::builtins::exceptions::traceback_of(self, &e.0),
            )?;
            set("err_msg", msg)?;
            set("object", obj.clone())?;
            Ok(args)
        })();
        let result = made.and_then(|args| self.call(&hook, &[args]));
        if let Err(err) = result {
            crate::builtins::functions::flush_stdout();
            eprintln!(
                "Exception ignored in sys.unraisablehook: {}",
                self.repr_string(&hook).unwrap_or_default()
            );
            eprint!("{}", self.format_unraisable(&err.0));
        }
        true
    }
}
