//! The `bytes` and `bytearray` payloads.

use super::value::{alloc, PyCell, Value};
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct BytesData {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}

#[repr(C)]
pub struct ByteArrayData {
    pub b: PyCell<Vec<u8>>,
}

impl Vm {
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        alloc(
            self.types.bytes.ptr() as *const _,
            BytesData {
                b: b.into_boxed_slice(),
                hash: Cell::new(-1),
            },
        )
    }

    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        alloc(
            self.types.bytearray.ptr() as *const _,
            ByteArrayData { b: PyCell::new(b) },
        )
    }

    pub fn as_bytes<'a>(&self, v: &'a Value) -> Option<&'a [u8]> {
        if self.has_layout(v, super::typeobj::Layout::Bytes) {
            Some(unsafe { &v.payload::<BytesData>().b })
        } else {
            None
        }
    }

    pub fn as_bytearray<'a>(&self, v: &'a Value) -> Option<&'a ByteArrayData> {
        if self.has_layout(v, super::typeobj::Layout::ByteArray) {
            Some(unsafe { v.payload::<ByteArrayData>() })
        } else {
            None
        }
    }
}
