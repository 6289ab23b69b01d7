//! Small builtin payloads: range, slice, property, classmethod, staticmethod, super, member descriptors.

use super::value::{PyCell, Value};

/// `range(start, stop, step)` with i64 bounds; a range with a bound outside i64 keeps its
/// bounds in `big` (then `start`/`stop`/`step` are 0, 0, 1 and unused).
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<[num_bigint::BigInt; 3]>>,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        // In unsigned 64-bit arithmetic: the distance between two i64s fits a u64 (a
        // 128-bit division is a library call, and `for` makes a range often).
        let (lo, hi, step) = (self.start, self.stop, self.step);
        let n = if step > 0 && lo < hi {
            (hi.wrapping_sub(lo) as u64 - 1) / step as u64 + 1
        } else if step < 0 && lo > hi {
            (lo.wrapping_sub(hi) as u64 - 1) / step.unsigned_abs() + 1
        } else {
            0
        };
        n.min(i64::MAX as u64) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct PropertyData {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: PyCell<Option<Value>>,
    pub name: PyCell<Option<Value>>,
}

/// classmethod / staticmethod wrapper.
pub struct WrapperData {
    pub func: Value,
    pub dict: PyCell<Option<Value>>,
}

pub struct SuperData {
    /// The class after which the MRO search starts.
    pub ty: Value,
    /// The instance or class bound (None for unbound super).
    pub obj: Option<Value>,
    /// type(obj), or obj if it is a class.
    pub obj_type: Option<Value>,
}

/// A `__slots__` member: the slot index in the instance's `Attrs::slots`.
pub struct MemberData {
    pub name: Value,
    pub index: usize,
    pub owner: Value,
}

/// A read-only or computed attribute of a builtin type, implemented in Rust.
pub struct GetSetData {
    pub name: &'static str,
    pub get: crate::object::native::NativeFn,
    pub set: Option<crate::object::native::NativeFn>,
    pub owner: Value,
}

/// mappingproxy: a read-only view of a dict.
pub struct MappingProxyData {
    pub mapping: Value,
}

/// The position that index `i` names in a sequence of `len` items (a negative index counts
/// from the end), if it is in range.
#[inline(always)]
pub fn seq_position(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && j < len as i64).then_some(j as usize)
}
