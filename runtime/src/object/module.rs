//! Module objects: a namespace dict.

use super::value::{alloc, Value};
use crate::vm::Vm;

pub struct ModuleData {
    pub dict: Value,
}

impl Vm {
    /// A new module named `name` with an empty namespace holding `__name__`.
    pub fn new_module(&self, name: &str) -> Value {
        let dict = self.new_dict();
        {
            let d = self.as_dict(&dict).unwrap();
            self.dict_set_str(d, "__name__", self.new_str(name));
            self.dict_set_str(d, "__doc__", self.none.clone());
            self.dict_set_str(d, "__package__", self.none.clone());
            self.dict_set_str(d, "__loader__", self.none.clone());
            self.dict_set_str(d, "__spec__", self.none.clone());
        }
        let m = alloc(self.types.module.ptr() as *const _, ModuleData { dict });
        crate::object::gc::track(&m);
        m
    }

    pub fn module_dict(&self, m: &Value) -> Option<Value> {
        if self.is_exact(m, &self.types.module) || self.isinstance_type(m, &self.types.module) {
            Some(unsafe { m.payload::<ModuleData>().dict.clone() })
        } else {
            None
        }
    }
}
