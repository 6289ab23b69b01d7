//! Which builtins a new function captures (feature `fixed-builtins` and CPython 3.11's rule).
//!
//! CPython 3.11 gives every function the builtins named by its globals' `__builtins__` at
//! the moment the function is made (a module stands for its dict; absent, the creating
//! frame's builtins). With `fixed-builtins` on, a function instead takes the builtins of
//! the frame that makes it, which were fixed when that module (or `exec`) frame started:
//! no `__builtins__` lookup per function creation, and every function of a module shares
//! one builtins dict (so one dict-watcher slot table per module). The difference is
//! visible only after a module rebinds its own `__builtins__`; see `watch.md`.

use super::frame::Frame;
use super::Vm;
use crate::object::value::Value;

impl Vm {
    /// The builtins dict a function made by frame `f` captures.
    pub fn builtins_for_new_function(&self, f: &Frame) -> Value {
        #[cfg(feature = "fixed-builtins")]
        if self.switches.fixed_builtins {
            return f.builtins.clone();
        }
        self.builtins_from_globals(&f.globals)
            .unwrap_or_else(|| f.builtins.clone())
    }

    /// `globals['__builtins__']` as a dict (a module gives its dict); None when absent or
    /// neither a dict nor a module (CPython would then fail at the first builtin load; we
    /// keep the creating frame's builtins).
    pub fn builtins_from_globals(&self, globals: &Value) -> Option<Value> {
        let g = self.as_dict(globals)?;
        let b = self.dict_get_str(g, &self.names.builtins)?;
        if self.as_dict(&b).is_some() {
            return Some(b);
        }
        self.module_dict(&b)
    }
}
