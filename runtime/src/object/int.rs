//! The `int` payload (big ints and bools; small ints are tagged in the value word) and conversions.

use super::typeobj::Layout;
use super::value::{alloc, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Payload of heap ints: big ints, `True`/`False`, and instances of int subclasses.
#[repr(C)]
pub struct IntData {
    pub v: BigInt,
}

/// An int seen from Rust.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => {
                let f = b.to_f64()?;
                if f.is_finite() {
                    Some(f)
                } else {
                    None
                }
            }
        }
    }
}

impl Vm {
    /// An int from an i64 (small when it fits).
    #[inline]
    pub fn new_int(&self, i: i64) -> Value {
        match Value::try_small(i) {
            Some(v) => v,
            None => alloc(
                self.types.int.ptr() as *const _,
                IntData { v: BigInt::from(i) },
            ),
        }
    }

    /// An int from a big int (small when it fits).
    pub fn new_bigint(&self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_small(i) {
                return v;
            }
        }
        alloc(self.types.int.ptr() as *const _, IntData { v: b })
    }

    pub fn new_int_usize(&self, u: usize) -> Value {
        if u <= i64::MAX as usize {
            self.new_int(u as i64)
        } else {
            self.new_bigint(BigInt::from(u))
        }
    }

    /// `v` as an int (int, bool or an int subclass instance).
    #[inline]
    pub fn as_int<'a>(&self, v: &'a Value) -> Option<IntRef<'a>> {
        if let Some(i) = v.as_small() {
            return Some(IntRef::Small(i));
        }
        if self.has_layout(v, Layout::Int) {
            // SAFETY: layout checked.
            Some(IntRef::Big(unsafe { &v.payload::<IntData>().v }))
        } else {
            None
        }
    }

    pub fn is_int(&self, v: &Value) -> bool {
        v.is_small() || self.has_layout(v, Layout::Int)
    }

    /// Converts an int-like value to i64, or raises OverflowError with `what` in the message.
    pub fn int_to_i64(&self, v: &Value) -> PyResult<i64> {
        match self.as_int(v) {
            Some(r) => r.to_i64().ok_or_else(|| {
                self.overflow_error("Python int too large to convert to C long".to_string())
            }),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)` as an i64 for sizes and indices (OverflowError past isize).
    pub fn index_isize(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        let iv = self.index(v)?;
        match self.as_int(&iv).and_then(|r| r.to_i64()) {
            Some(i) => Ok(i),
            None => Err(self.index_error_overflow(v)),
        }
    }

    /// A sequence subscript: `what indices must be integers or slices` for keys without
    /// `__index__`; errors from `__index__` itself (or overflow) pass through.
    pub fn seq_index(&self, key: &Value, what: &str) -> PyResult<i64> {
        if let Some(i) = key.as_small() {
            return Ok(i);
        }
        if !self.is_int(key) && self.lookup_special(key, &self.names.index).is_none() {
            return Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(key)
            )));
        }
        self.index_isize(key)
    }

    fn index_error_overflow(&self, v: &Value) -> crate::vm::PyErr {
        self.new_exception_msg(
            &self.exc.index_error,
            format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(v)
            ),
        )
    }

    /// `operator.index(v)`: an int, via `__index__` for other types.
    pub fn index(&self, v: &Value) -> PyResult<Value> {
        if self.is_int(v) {
            return Ok(v.clone());
        }
        match self.lookup_special(v, &self.names.index) {
            Some(f) => {
                let r = self.call_bound_special(&f, v, &[])?;
                if !self.is_int(&r) {
                    return Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }
}
