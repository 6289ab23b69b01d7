//! Values in one machine word: tagged small ints and pointers to objects with a `#[repr(C)]` header.
//!
//! Layout (for the JIT, see `object/README.md`):
//! - bit 0 set: a small int, `(raw as i64) >> 1`, range `SMALL_MIN..=SMALL_MAX`;
//! - bit 0 clear: a non-null pointer to an `ObjHeader` (8-byte aligned).
//!
//! `Value` owns one reference: `Clone` increments the count, `Drop` decrements
//! it and frees the object at zero. `Option<Value>` is one word (the null
//! marker of stacks and fast locals).

use super::typeobj::TypeObject;
use std::cell::{Cell, UnsafeCell};
use std::num::NonZeroUsize;

/// Header of every heap object. Offsets are fixed for generated code:
/// `refcnt` at 0, `ty` at 8, `gc` at 16.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<usize>,
    pub ty: Cell<*const TypeObject>,
    /// Index in the cycle collector's table of tracked containers, or `UNTRACKED`.
    pub gc: Cell<usize>,
}

pub const UNTRACKED: usize = usize::MAX;

/// A heap object: the header followed by a type-specific payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// One Python value.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

pub const SMALL_MAX: i64 = (1 << 62) - 1;
pub const SMALL_MIN: i64 = -(1 << 62);

impl Value {
    /// A small int; the caller guarantees `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        // SAFETY: the low bit is set, so the word is never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(((i << 1) | 1) as usize) })
    }

    /// A small int if `i` fits the tagged range.
    #[inline(always)]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value::small(i))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small(&self) -> bool {
        self.0.get() & 1 == 1
    }

    #[inline(always)]
    pub fn as_small(&self) -> Option<i64> {
        if self.is_small() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int value; the caller checked `is_small`.
    #[inline(always)]
    pub fn small_unchecked(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Takes ownership of one reference to `ptr`.
    ///
    /// # Safety
    /// `ptr` points to a live object whose count includes the reference handed over.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(ptr: *const ObjHeader) -> Value {
        Value(NonZeroUsize::new_unchecked(ptr as usize))
    }

    /// A new reference to `ptr`.
    ///
    /// # Safety
    /// `ptr` points to a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(ptr: *const ObjHeader) -> Value {
        let h = &*ptr;
        h.refcnt.set(h.refcnt.get() + 1);
        Value::from_owned_ptr(ptr)
    }

    /// Gives the reference up without decrementing the count.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let r = self.0.get();
        std::mem::forget(self);
        r
    }

    /// # Safety
    /// `raw` came from `into_raw`.
    #[inline(always)]
    pub unsafe fn from_raw(raw: usize) -> Value {
        Value(NonZeroUsize::new_unchecked(raw))
    }

    /// The header of a heap object; `None` for a small int.
    #[inline(always)]
    pub fn header(&self) -> Option<&ObjHeader> {
        if self.is_small() {
            None
        } else {
            // SAFETY: a non-small value points to a live object while we hold it.
            Some(unsafe { &*(self.0.get() as *const ObjHeader) })
        }
    }

    /// The object pointer; the caller checked `!is_small()`.
    #[inline(always)]
    pub fn ptr(&self) -> *const ObjHeader {
        self.0.get() as *const ObjHeader
    }

    /// The payload of a heap object, without a type check.
    ///
    /// # Safety
    /// The value is a heap object whose layout is `Obj<T>` (or starts with it).
    #[inline(always)]
    pub unsafe fn payload<T>(&self) -> &T {
        &(*(self.0.get() as *const Obj<T>)).data
    }

    #[inline(always)]
    pub fn refcount(&self) -> usize {
        self.header().map(|h| h.refcnt.get()).unwrap_or(usize::MAX)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small() {
            // SAFETY: a live heap object.
            let h = unsafe { &*(self.0.get() as *const ObjHeader) };
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Value(self.0)
    }
}

impl Value {
    /// Drops the value, calling `before_free` first if this was the last reference
    /// (the object is about to be freed, which may run Python code).
    #[inline(always)]
    pub fn drop_with(self, before_free: impl FnOnce()) {
        std::mem::ManuallyDrop::new(self).release_ref(before_free);
    }

    /// Gives up the reference this value holds (`before_free` runs first if it was the
    /// last). The caller must not use or drop the value afterwards.
    #[inline(always)]
    fn release_ref(&self, before_free: impl FnOnce()) {
        if !self.is_small() {
            let p = self.0.get() as *mut ObjHeader;
            // SAFETY: we own one reference to a live object.
            unsafe {
                let n = (*p).refcnt.get() - 1;
                (*p).refcnt.set(n);
                if n == 0 {
                    before_free();
                    dealloc::release(p);
                }
            }
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        self.release_ref(|| {});
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(f, "Value(obj@{:#x})", self.0.get()),
        }
    }
}

impl PartialEq for Value {
    /// Identity, not Python equality.
    fn eq(&self, other: &Value) -> bool {
        self.is(other)
    }
}
impl Eq for Value {}

/// Allocates an object of type `ty` with `data`; the object starts with one reference.
pub fn alloc<T>(ty: *const TypeObject, data: T) -> Value {
    let b = Box::new(Obj {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
            gc: Cell::new(UNTRACKED),
        },
        data,
    });
    // SAFETY: a fresh allocation with count 1.
    unsafe { Value::from_owned_ptr(Box::into_raw(b) as *const ObjHeader) }
}

/// `alloc` for a payload of several words: the memory is allocated first and `init`
/// writes the payload into it field by field (freed as `alloc`'s, by `free_obj`).
/// Built whole on the stack and moved in, such a payload was copied 16 bytes at a time
/// from the 8-byte stores just made, loads the store buffer cannot forward: a stall
/// on every instance made. (Not for `alloc` itself: its callers' hot loop measured 2-3%
/// more instructions, and no faster, with every allocation written this way.)
#[inline]
pub fn alloc_in_place<T>(ty: *const TypeObject, init: impl FnOnce(*mut T)) -> Value {
    alloc_in_place_extra(ty, 0, init)
}

/// The allocation of an `Obj<T>` followed by `extra` bytes (inline `__slots__` members).
#[inline(always)]
pub fn layout_extra<T>(extra: usize) -> std::alloc::Layout {
    let l = std::alloc::Layout::new::<Obj<T>>();
    if extra == 0 {
        return l;
    }
    // (`extra` counts members the class declared: it cannot approach `isize::MAX`.)
    std::alloc::Layout::from_size_align(l.size() + extra, l.align()).expect("instance size")
}

/// `alloc_in_place` with `extra` bytes after the `Obj<T>`, which `init` initialises
/// (freed with `layout_extra::<T>(extra)`).
#[inline(always)]
pub fn alloc_in_place_extra<T>(
    ty: *const TypeObject,
    extra: usize,
    init: impl FnOnce(*mut T),
) -> Value {
    let layout = layout_extra::<T>(extra);
    // SAFETY: `Obj<T>` holds a header, so the layout is not zero-sized; the pointer is
    // checked, the header written here and the payload by `init`, before any use.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut Obj<T>;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        std::ptr::addr_of_mut!((*p).header).write(ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
            gc: Cell::new(UNTRACKED),
        });
        init(std::ptr::addr_of_mut!((*p).data));
        // A fresh allocation with count 1.
        Value::from_owned_ptr(p as *const ObjHeader)
    }
}

/// Frees an `Obj<T>` allocated by `alloc`; stored in each type as its `dealloc`.
///
/// # Safety
/// `p` is an `Obj<T>` from `alloc::<T>` whose count reached zero.
pub unsafe fn free_obj<T>(p: *mut ObjHeader) {
    drop(Box::from_raw(p as *mut Obj<T>));
}

/// A cell for payload fields mutated in place by the single interpreter thread.
///
/// Rules: never hold a reference obtained from `get_mut` across anything that
/// can run Python code or drop a value (a `__del__` may re-enter).
#[repr(transparent)]
pub struct PyCell<T>(UnsafeCell<T>);

impl<T: Default> Default for PyCell<T> {
    fn default() -> Self {
        PyCell::new(T::default())
    }
}

impl<T> PyCell<T> {
    pub const fn new(v: T) -> Self {
        PyCell(UnsafeCell::new(v))
    }
    /// # Safety
    /// See the type's rules: no overlapping mutable access.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get_mut(&self) -> &mut T {
        &mut *self.0.get()
    }
    /// # Safety
    /// No mutable reference is alive.
    #[inline(always)]
    pub unsafe fn get(&self) -> &T {
        &*self.0.get()
    }
}

pub mod dealloc {
    //! Freeing objects without deep native recursion: past a nesting depth,
    //! frees are queued and run by the outermost free (CPython's trashcan).
    use super::ObjHeader;
    use std::cell::{Cell, UnsafeCell};

    const MAX_DEPTH: u32 = 64;

    /// The trashcan's state, in one thread-local (every free reads it).
    struct Trash {
        /// Frees running on the native stack.
        depth: Cell<u32>,
        /// Frees queued past `MAX_DEPTH`. Touched only by a push or a pop, never borrowed
        /// across a free.
        pending: UnsafeCell<Vec<usize>>,
    }

    thread_local! {
        static TRASH: Trash = const {
            Trash {
                depth: Cell::new(0),
                pending: UnsafeCell::new(Vec::new()),
            }
        };
    }

    /// # Safety
    /// `p` is a live object whose count just reached zero.
    #[inline(never)]
    pub unsafe fn release(p: *mut ObjHeader) {
        // Exact floats hold nothing, are never tracked nor weakly referenced: straight
        // to their free list (float arithmetic frees one per operation).
        let ty = (*p).ty.get();
        if (*ty).data.dealloc.get() as usize
            == crate::object::float::free_float as *const () as usize
        {
            crate::object::float::keep_float(p);
            return;
        }
        TRASH.with(|t| {
            let depth = t.depth.get();
            if depth >= MAX_DEPTH {
                (*t.pending.get()).push(p as usize);
                return;
            }
            t.depth.set(depth + 1);
            free_now(p);
            if depth == 0 {
                while let Some(next) = (*t.pending.get()).pop() {
                    free_now(next as *mut ObjHeader);
                }
            }
            t.depth.set(depth);
        })
    }

    unsafe fn free_now(p: *mut ObjHeader) {
        let ty = (*p).ty.get();
        crate::object::gc::untrack(p);
        // Instances with `__del__` clear their weak references after it ran (they may
        // be resurrected), in their own dealloc.
        let fl = (*ty).data.flags.get();
        use crate::object::typeobj::tflags::{HAS_FINALIZER, WEAKREFABLE};
        if fl & (WEAKREFABLE | HAS_FINALIZER) == WEAKREFABLE {
            crate::object::weakref::clear_referent(p);
        }
        ((*ty).data.dealloc.get())(p);
    }
}
