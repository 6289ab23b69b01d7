//! The `complex` payload.

use super::value::{alloc, Value};
use crate::vm::Vm;

#[repr(C)]
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Vm {
    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        alloc(self.types.complex.ptr() as *const _, ComplexData { re, im })
    }

    pub fn as_complex(&self, v: &Value) -> Option<(f64, f64)> {
        if self.has_layout(v, super::typeobj::Layout::Complex) {
            let c = unsafe { v.payload::<ComplexData>() };
            Some((c.re, c.im))
        } else {
            None
        }
    }
}
