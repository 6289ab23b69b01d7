//! Exception instances: args, traceback entries, cause and context.

use super::value::{PyCell, Value};
use std::cell::Cell;

/// One traceback entry, added as the exception leaves a frame.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: Value,
    pub name: Value,
    pub line: u32,
    pub code: Value,
    pub lasti: u32,
}

/// Payload of BaseException and subclasses (always inside `SubData`).
#[repr(C)]
pub struct ExceptionData {
    pub args: PyCell<Value>,
    /// Innermost frame last (the order tracebacks print).
    pub traceback: PyCell<Vec<TbEntry>>,
    /// A `__traceback__` assigned from Python (a traceback object), when set that way.
    pub tb_object: PyCell<Option<Value>>,
    pub cause: PyCell<Option<Value>>,
    pub context: PyCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub notes: PyCell<Option<Value>>,
    /// SystemExit's `code` once assigned (until then it is read from the args).
    pub code: PyCell<Option<Value>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: PyCell::new(args),
            traceback: PyCell::new(Vec::new()),
            tb_object: PyCell::new(None),
            cause: PyCell::new(None),
            context: PyCell::new(None),
            suppress_context: Cell::new(false),
            notes: PyCell::new(None),
            code: PyCell::new(None),
        }
    }

    pub fn args(&self) -> Value {
        unsafe { self.args.get().clone() }
    }

    pub fn cause(&self) -> Option<Value> {
        unsafe { self.cause.get().clone() }
    }

    pub fn context(&self) -> Option<Value> {
        unsafe { self.context.get().clone() }
    }

    pub fn set_cause(&self, v: Option<Value>) {
        let old = unsafe { std::mem::replace(self.cause.get_mut(), v) };
        drop(old);
    }

    pub fn set_context(&self, v: Option<Value>) {
        let old = unsafe { std::mem::replace(self.context.get_mut(), v) };
        drop(old);
    }
}
