//! Creating and inspecting exceptions from Rust.

use super::{PyErr, PyResult, Vm};
use crate::object::exception::ExceptionData;
use crate::object::instance::SubData;
use crate::object::value::Value;

impl Vm {
    /// A new instance of exception class `ty` with `args` (no `__init__` call).
    pub fn new_exception_value(&self, ty: &Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        // (`ty` may be a subclass with `__slots__`: an ExceptionGroup subclass's `__new__`
        // comes here.)
        self.new_instance(ty, ExceptionData::new(args))
    }

    pub fn new_exception(&self, ty: &Value, args: Vec<Value>) -> PyErr {
        PyErr(self.new_exception_value(ty, args))
    }

    pub fn new_exception_msg(&self, ty: &Value, msg: impl Into<String>) -> PyErr {
        let m = self.new_str(msg.into());
        self.new_exception(ty, vec![m])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.index_error, msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.exc.key_error, vec![key])
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.attribute_error, msg)
    }

    pub fn name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.name_error, msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.overflow_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.exc.runtime_error, msg)
    }

    pub fn memory_error(&self) -> PyErr {
        self.new_exception(&self.exc.memory_error, vec![])
    }

    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        super::switches::bump(&self.stats.stop_iterations);
        match value {
            Some(v) if !self.is_none(&v) => self.new_exception(&self.exc.stop_iteration, vec![v]),
            _ => self.new_exception(&self.exc.stop_iteration, vec![]),
        }
    }

    /// The exception payload of `e` (an exception instance).
    pub fn exc_data<'a>(&self, e: &'a Value) -> &'a ExceptionData {
        // SAFETY: every exception instance has the Exception layout.
        unsafe { &e.payload::<SubData<ExceptionData>>().base }
    }

    pub fn is_exception_instance(&self, v: &Value) -> bool {
        self.has_layout(v, crate::object::typeobj::Layout::Exception)
    }

    /// `isinstance(err, ty)` for an error.
    pub fn err_matches(&self, err: &PyErr, ty: &Value) -> bool {
        self.isinstance_type(&err.0, ty)
    }

    /// The `args` tuple of an exception.
    pub fn exc_args(&self, e: &Value) -> Value {
        self.exc_data(e).args()
    }

    /// `str(exc)` as CPython's BaseException.__str__ computes it.
    pub fn exc_str(&self, e: &Value) -> PyResult<String> {
        let s = self.str(e)?;
        Ok(self.str_ref(&s).to_string())
    }

    /// `TypeError: 'X' object is not ...` helpers.
    /// The name is CPython's `tp_name`: dotted for a class standing for a C type.
    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        let td = unsafe { t.payload::<crate::object::typeobj::TypeData>() };
        match unsafe { td.tp_name.get() } {
            Some(n) => n.clone(),
            None => td.name(),
        }
    }
}
