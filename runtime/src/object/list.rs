//! The `list` payload: a growable vector of values, mutated in place.

use super::value::{PyCell, Value};
use crate::vm::Vm;

#[repr(C)]
pub struct ListData {
    pub items: PyCell<Vec<Value>>,
}

/// Releases the items last first, as CPython's `list_dealloc` does (a `__del__` can tell).
impl Drop for ListData {
    fn drop(&mut self) {
        // SAFETY: `&mut self`: nothing else can hold the items.
        drop_reversed(std::mem::take(unsafe { self.items.get_mut() }));
    }
}

/// Drops `items` last first, as CPython releases a list's items (a `__del__` can tell).
pub fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

/// The list type's `dealloc`: the items are released and the object freed in one
/// function, with the loop written out (the generic `free_obj` left them to two outlined
/// drop functions once more code dropped item vectors: go +0.4% instructions).
///
/// # Safety
/// `p` is a list object (`alloc::<ListData>`) whose count reached zero.
pub unsafe fn free_list(p: *mut super::value::ObjHeader) {
    let obj = p as *mut super::value::Obj<ListData>;
    let mut items = std::mem::take((*obj).data.items.get_mut());
    // (Last first, as CPython's list_dealloc: a `__del__` can tell.)
    while let Some(v) = items.pop() {
        drop(v);
    }
    drop(items);
    // The payload holds nothing now: the memory goes back without its drop glue.
    std::alloc::dealloc(
        p as *mut u8,
        std::alloc::Layout::new::<super::value::Obj<ListData>>(),
    );
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: PyCell::new(items),
        }
    }

    /// A copy of the items (safe to iterate while Python code runs).
    pub fn snapshot(&self) -> Vec<Value> {
        unsafe { self.items.get().clone() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        unsafe { self.items.get().len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i` (a new reference), if in range.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        unsafe { self.items.get().get(i).cloned() }
    }

    /// Replaces item `i`; the old value is dropped after the list is consistent.
    pub fn set(&self, i: usize, v: Value) {
        let old = unsafe { std::mem::replace(&mut self.items.get_mut()[i], v) };
        drop(old);
    }

    pub fn push(&self, v: Value) {
        unsafe { self.items.get_mut().push(v) }
    }

    /// Appends copies of `vs` (which must not borrow this list's own items).
    pub fn extend_from_slice(&self, vs: &[Value]) {
        unsafe { self.items.get_mut().extend_from_slice(vs) }
    }

    /// Appends copies of `other`'s items; `other` must be another list (cloning items
    /// runs no Python code, so neither changes meanwhile).
    pub fn extend_from_list(&self, other: &ListData) {
        debug_assert!(!std::ptr::eq(self, other));
        unsafe { self.items.get_mut().extend_from_slice(other.items.get()) }
    }

    /// Replaces the items (the old ones are dropped after the swap: their `__del__` may see
    /// the list); the old ones are released last first, as CPython's
    /// `_list_clear` does (a `__del__` can tell).
    pub fn replace_all(&self, items: Vec<Value>) {
        drop_reversed(unsafe { std::mem::replace(self.items.get_mut(), items) });
    }
}

impl Vm {
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        // (Written in place: a list made whole and moved in stalled on its copy.)
        let v = super::value::alloc_in_place(
            self.types.list.ptr() as *const _,
            |p: *mut ListData| unsafe { p.write(ListData::new(items)) },
        );
        crate::object::gc::track(&v);
        v
    }

    #[inline]
    pub fn as_list<'a>(&self, v: &'a Value) -> Option<&'a ListData> {
        if self.has_layout(v, super::typeobj::Layout::List) {
            Some(unsafe { v.payload::<ListData>() })
        } else {
            None
        }
    }
}
