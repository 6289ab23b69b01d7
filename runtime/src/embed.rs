//! Embedding the interpreter from Rust: a `Vm` built from `-X` switches, source run as a
//! module's body, and the module's functions called by name (the benches use this).
//!
//! The runtime keeps per-thread state beside the `Vm` (the float free list, the cycle
//! collector's tracked set), so a thread must hold only one `Embedded` at a time: give
//! each interpreter its own thread.

use crate::bytecode::Mode;
use crate::object::value::Value;
use crate::vm::{Options, PyErr, Vm};

/// An interpreter with one module (`__main__`) whose namespace source runs in.
pub struct Embedded {
    // Declared before `vm`: the module's namespace is released while the interpreter
    // that its objects' deallocators may reach is still alive.
    globals: Value,
    vm: Box<Vm>,
}

impl Embedded {
    /// An interpreter with these `-X name=value` switches, checked as the command line
    /// checks them (a switch this build lacks is an error). `keep_shadowed` keeps every
    /// code object that gets shadow bytecode, for `shadow_listing`.
    pub fn new(xoptions: &[(&str, &str)], keep_shadowed: bool) -> Result<Embedded, String> {
        let options = Options {
            xoptions: xoptions
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            keep_shadowed,
            ..Options::default()
        };
        crate::vm::switches::Switches::from_options(&options)?;
        let vm = Vm::new(options);
        let main = vm.new_module("__main__");
        let globals = vm
            .module_dict(&main)
            .ok_or("the __main__ module has no namespace")?;
        if let Some(gd) = vm.as_dict(&globals) {
            vm.dict_set_str(gd, "__builtins__", vm.builtins.clone());
        }
        if let Some(modules) = vm.as_dict(&vm.modules) {
            vm.dict_set_str(modules, "__main__", main);
        }
        Ok(Embedded { globals, vm })
    }

    /// The interpreter itself, for calls the helpers here do not cover.
    pub fn vm(&self) -> &Vm {
        &self.vm
    }

    /// Compiles `source` and runs it in the module's namespace; a compile error or an
    /// uncaught exception comes back as its message or traceback text.
    pub fn exec(&self, source: &str, filename: &str) -> Result<(), String> {
        let code =
            crate::compiler::compile(source, filename, Mode::Exec).map_err(|e| e.to_string())?;
        let code = self
            .vm
            .new_code(std::rc::Rc::new(code))
            .map_err(|e| self.describe(&e))?;
        self.vm
            .run_code(&code, &self.globals, None)
            .map(|_| ())
            .map_err(|e| self.describe(&e))
    }

    /// The module global `name`.
    pub fn global(&self, name: &str) -> Result<Value, String> {
        self.vm
            .as_dict(&self.globals)
            .and_then(|d| self.vm.dict_get_str_key(d, name))
            .ok_or_else(|| format!("NameError: name '{name}' is not defined"))
    }

    /// `f(*args)`; an exception comes back as its traceback text.
    #[inline]
    pub fn call(&self, f: &Value, args: &[Value]) -> Result<Value, String> {
        self.vm.call(f, args).map_err(|e| self.describe(&e))
    }

    /// `repr(v)`.
    pub fn repr(&self, v: &Value) -> Result<String, String> {
        self.vm.repr_string(v).map_err(|e| self.describe(&e))
    }

    /// The quickened copy of every code object that got shadow bytecode (needs
    /// `keep_shadowed`), as `ember --dis --shadow` prints it.
    #[cfg(feature = "shadowcode")]
    pub fn shadow_listing(&self) -> String {
        self.vm.shadow_listing()
    }

    fn describe(&self, e: &PyErr) -> String {
        self.vm.format_exception(&e.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Embedded;

    #[test]
    fn runs_source_and_calls_its_functions() {
        let emb = Embedded::new(&[], false).expect("default switches");
        emb.exec("def f(n):\n    return [n * 2, 'x']\n", "<test>")
            .expect("the module runs");
        let f = emb.global("f").expect("f is defined");
        let arg = [emb.vm().new_int(21)];
        let v = emb.call(&f, &arg).expect("f(21) returns");
        assert_eq!(emb.repr(&v).as_deref(), Ok("[42, 'x']"));
        assert!(emb.global("g").is_err());
    }

    #[test]
    fn errors_come_back_as_text() {
        let emb = Embedded::new(&[], false).expect("default switches");
        let err = emb.exec("1 / 0\n", "<test>").expect_err("raises");
        assert!(
            err.ends_with("ZeroDivisionError: division by zero\n"),
            "{err}"
        );
        assert!(emb.exec("def (:\n", "<test>").is_err());
        assert!(Embedded::new(&[("no-such-switch-value", "x")], false).is_ok());
        assert!(Embedded::new(&[("shadowcode-threshold", "many")], false).is_err());
    }
}
