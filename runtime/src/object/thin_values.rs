//! `ThinValues`: a vector of values behind one pointer, with its length and capacity at
//! the head of its heap block. An instance's attribute values live in one, so `Attrs`
//! spends 8 bytes on them where a `Vec` spends 24 (every instance of a class is 16 bytes
//! smaller; see `instance.rs`).

use super::value::Value;
use std::alloc::Layout;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// The head of a block; `cap` values follow it, the first `len` initialised.
#[repr(C)]
struct Head {
    len: u32,
    cap: u32,
}

/// The head every empty, unallocated vector points at (never written: a push to a
/// vector with no room allocates first).
static EMPTY: Head = Head { len: 0, cap: 0 };

pub struct ThinValues(NonNull<Head>);

impl Default for ThinValues {
    fn default() -> Self {
        Self::new()
    }
}

impl ThinValues {
    #[inline(always)]
    pub fn new() -> Self {
        ThinValues(NonNull::from(&EMPTY))
    }

    #[inline(always)]
    fn head(&self) -> &Head {
        // SAFETY: the pointer is `EMPTY` or a live block's head.
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    fn data(&self) -> *mut Value {
        // The values start right after the 8-byte head, 8-byte aligned.
        unsafe { (self.0.as_ptr() as *mut u8).add(size_of::<Head>()) as *mut Value }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.head().len as usize
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.head().len == 0
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.head().cap as usize
    }

    fn layout(cap: usize) -> Layout {
        Layout::from_size_align(size_of::<Head>() + cap * size_of::<Value>(), 8)
            .expect("attribute count fits a layout")
    }

    /// Room for `additional` more values, exactly.
    pub fn reserve_exact(&mut self, additional: usize) {
        let len = self.len();
        let want = len + additional;
        if want <= self.capacity() {
            return;
        }
        let cap = u32::try_from(want).expect("attribute count fits u32");
        let new = Self::layout(want);
        // SAFETY: a fresh block, its head written before use; the old block's `len`
        // values move to it bit for bit and the old block is freed without dropping them.
        unsafe {
            let p = std::alloc::alloc(new) as *mut Head;
            let Some(p) = NonNull::new(p) else {
                std::alloc::handle_alloc_error(new)
            };
            p.as_ptr().write(Head {
                len: len as u32,
                cap,
            });
            let old = std::mem::replace(&mut self.0, p);
            let old_cap = (*old.as_ptr()).cap as usize;
            if old_cap > 0 {
                let src = (old.as_ptr() as *mut u8).add(size_of::<Head>()) as *const Value;
                std::ptr::copy_nonoverlapping(src, self.data(), len);
                std::alloc::dealloc(old.as_ptr() as *mut u8, Self::layout(old_cap));
            }
        }
    }

    /// Appends `v` (growing by doubling, from 4, when full).
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.len();
        if len == self.capacity() {
            self.grow();
        }
        // SAFETY: `len < cap` now; slot `len` is allocated and unused.
        unsafe {
            self.data().add(len).write(v);
            (*self.0.as_ptr()).len = len as u32 + 1;
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let len = self.len();
        self.reserve_exact((len * 2).max(4) - len);
    }
}

impl Deref for ThinValues {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialised (none for `EMPTY`, whose data
        // pointer is then never read).
        unsafe { std::slice::from_raw_parts(self.data(), self.len()) }
    }
}

impl DerefMut for ThinValues {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as `deref`; a vector with values owns its block.
        unsafe { std::slice::from_raw_parts_mut(self.data(), self.len()) }
    }
}

impl Drop for ThinValues {
    fn drop(&mut self) {
        let cap = self.capacity();
        if cap == 0 {
            return;
        }
        // SAFETY: the block is ours; its values are dropped once, then it is freed. The
        // length is cleared first, so a finalizer that a drop runs cannot see them.
        unsafe {
            let len = self.len();
            (*self.0.as_ptr()).len = 0;
            let vals = std::ptr::slice_from_raw_parts_mut(self.data(), len);
            std::ptr::drop_in_place(vals);
            std::alloc::dealloc(self.0.as_ptr() as *mut u8, Self::layout(cap));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_grow_index_and_drop() {
        let mut v = ThinValues::new();
        assert!(v.is_empty());
        assert_eq!(v.capacity(), 0);
        for i in 0..37 {
            v.push(Value::small(i));
        }
        assert_eq!(v.len(), 37);
        assert!(v.capacity() >= 37);
        assert_eq!(v[36].as_small(), Some(36));
        v[3] = Value::small(-3);
        let sum: i64 = v.iter().map(|x| x.as_small().unwrap()).sum();
        assert_eq!(sum, (0..37).sum::<i64>() - 6);
        let mut w = ThinValues::new();
        w.reserve_exact(2);
        assert_eq!(w.capacity(), 2);
        w.push(Value::small(1));
        w.push(Value::small(2));
        w.push(Value::small(3));
        assert_eq!(w.capacity(), 4);
        assert_eq!(std::mem::take(&mut w).len(), 3);
        assert!(w.is_empty());
    }
}
