//! The `tuple` payload: an immutable run of values. An exact tuple holds its items
//! inline, right after the payload, in the object's one allocation (as CPython's); an
//! instance of a tuple subclass, whose attributes follow the payload, holds them in a
//! boxed slice. Either way `ptr` and `len` give the items, so reading them costs the same.

use super::typeobj::TypeObject;
use super::value::{Obj, ObjHeader, Value, UNTRACKED};
use crate::vm::Vm;
use std::alloc::Layout;
use std::cell::Cell;

#[repr(C)]
pub struct TupleData {
    /// The first item: the inline area after this payload, or a boxed slice's.
    ptr: *mut Value,
    len: usize,
}

impl TupleData {
    /// Items in their own allocation (the payload of a tuple subclass's instance).
    pub fn boxed(items: Vec<Value>) -> TupleData {
        let b = items.into_boxed_slice();
        let len = b.len();
        TupleData {
            ptr: Box::into_raw(b) as *mut Value,
            len,
        }
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `ptr` holds `len` live values for the payload's lifetime.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// Where an exact tuple's items are: right after the payload.
    #[inline(always)]
    fn inline_area(&self) -> *mut Value {
        // SAFETY: one past the payload, inside or at the end of the object.
        unsafe { (self as *const TupleData).add(1) as *mut Value }
    }
}

impl Drop for TupleData {
    fn drop(&mut self) {
        // SAFETY: the items are live and owned by this payload; each is dropped once.
        unsafe {
            // The items are released last first, as CPython's `tupledealloc` does (a
            // `__del__` can tell).
            for i in (0..self.len).rev() {
                std::ptr::drop_in_place(self.ptr.add(i));
            }
            if self.ptr != self.inline_area() {
                // Inline storage goes with the object (`free_tuple`); a boxed slice's is
                // freed here, its items already dropped.
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.ptr as *mut std::mem::ManuallyDrop<Value>,
                    self.len,
                )));
            }
        }
    }
}

/// The allocation of an exact tuple of `n` items.
fn tuple_layout(n: usize) -> Layout {
    let size = std::mem::size_of::<Obj<TupleData>>() + n * std::mem::size_of::<Value>();
    // (A tuple's items already exist in memory, so the size cannot overflow.)
    Layout::from_size_align(size, std::mem::align_of::<Obj<TupleData>>())
        .expect("tuple size fits in memory")
}

/// A new exact tuple of type `ty` with `n` items, which `fill` writes to the slots it is
/// given (each exactly once) before anything reads them.
///
/// # Safety
/// `fill` initialises all `n` slots.
#[inline]
pub unsafe fn alloc_tuple(ty: *const TypeObject, n: usize, fill: impl FnOnce(*mut Value)) -> Value {
    let l = tuple_layout(n);
    let o = std::alloc::alloc(l) as *mut Obj<TupleData>;
    if o.is_null() {
        std::alloc::handle_alloc_error(l);
    }
    let items = (o as *mut u8).add(std::mem::size_of::<Obj<TupleData>>()) as *mut Value;
    fill(items);
    o.write(Obj {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
            gc: Cell::new(UNTRACKED),
        },
        data: TupleData { ptr: items, len: n },
    });
    debug_assert_eq!((*o).data.inline_area(), items);
    Value::from_owned_ptr(o as *const ObjHeader)
}

/// The dealloc of exact tuples (made by `alloc_tuple`).
///
/// # Safety
/// `p` is an exact tuple whose count reached zero.
pub unsafe fn free_tuple(p: *mut ObjHeader) {
    let o = p as *mut Obj<TupleData>;
    let l = tuple_layout((*o).data.len);
    std::ptr::drop_in_place(o);
    std::alloc::dealloc(o as *mut u8, l);
}

impl Vm {
    pub fn new_tuple(&self, mut items: Vec<Value>) -> Value {
        // SAFETY: the items move into the tuple; the vector, emptied, frees only its buffer.
        unsafe {
            let v = self.new_tuple_moved(items.as_ptr(), items.len());
            items.set_len(0);
            v
        }
    }

    /// A new tuple holding `n` values moved from `src` (which forgets them).
    ///
    /// # Safety
    /// `src` points to `n` live values the caller gives up.
    #[inline]
    pub unsafe fn new_tuple_moved(&self, src: *const Value, n: usize) -> Value {
        if n == 0 {
            return self.empty_tuple.clone();
        }
        let v = alloc_tuple(self.types.tuple.ptr() as *const _, n, |dst| {
            std::ptr::copy_nonoverlapping(src, dst, n)
        });
        crate::object::gc::track(&v);
        v
    }

    /// The pair `(a, b)`.
    pub fn new_tuple2(&self, a: Value, b: Value) -> Value {
        let pair = [a, b];
        let pair = std::mem::ManuallyDrop::new(pair);
        // SAFETY: the two values move into the tuple.
        unsafe { self.new_tuple_moved(pair.as_ptr(), 2) }
    }

    /// The items of a tuple (or subclass); None if `v` is not a tuple.
    #[inline]
    pub fn as_tuple<'a>(&self, v: &'a Value) -> Option<&'a [Value]> {
        if self.has_layout(v, super::typeobj::Layout::Tuple) {
            Some(unsafe { v.payload::<TupleData>().items() })
        } else {
            None
        }
    }

    /// The items of a value known to be a tuple.
    #[inline(always)]
    pub fn tuple_items<'a>(&self, v: &'a Value) -> &'a [Value] {
        unsafe { v.payload::<TupleData>().items() }
    }
}
