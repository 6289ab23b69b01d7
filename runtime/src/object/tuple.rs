//! The `tuple` payload: an immutable boxed slice of values.

use super::value::{alloc, Value};
use crate::vm::Vm;

#[repr(C)]
pub struct TupleData {
    pub items: Box<[Value]>,
}

impl Vm {
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        let v = alloc(
            self.types.tuple.ptr() as *const _,
            TupleData {
                items: items.into_boxed_slice(),
            },
        );
        crate::object::gc::track(&v);
        v
    }

    /// The items of a tuple (or subclass); None if `v` is not a tuple.
    #[inline]
    pub fn as_tuple<'a>(&self, v: &'a Value) -> Option<&'a [Value]> {
        if self.has_layout(v, super::typeobj::Layout::Tuple) {
            Some(unsafe { &v.payload::<TupleData>().items })
        } else {
            None
        }
    }

    /// The items of a value known to be a tuple.
    #[inline(always)]
    pub fn tuple_items<'a>(&self, v: &'a Value) -> &'a [Value] {
        unsafe { &v.payload::<TupleData>().items }
    }
}
