//! The type attribute cache (feature `type-cache`): a global, direct-mapped table from
//! (type version tag, interned name) to what the MRO walk found, as CPython's method cache.
//!
//! Entries hold borrowed pointers. That is sound because version tags are never reused
//! and every change to a type's dict, bases or MRO (or to any base's) gives the type a
//! fresh tag: an entry whose tag matches describes a dict that still holds the value.

use super::value::Value;
use std::cell::Cell;
use std::mem::ManuallyDrop;

const SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    version: u32,
    /// The interned name's address.
    name: usize,
    /// The value's raw word, or 0 for "not found anywhere on the MRO".
    value: usize,
}

pub struct TypeCache {
    entries: Box<[Cell<Entry>]>,
}

impl Default for TypeCache {
    fn default() -> Self {
        let empty = Entry {
            version: 0,
            name: 0,
            value: 0,
        };
        TypeCache {
            entries: (0..SIZE).map(|_| Cell::new(empty)).collect(),
        }
    }
}

#[inline(always)]
fn slot(version: u32, name: usize) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name >> 4)) & (SIZE - 1)
}

/// What the cache knows: `None` = not cached; `Some(None)` = cached as absent.
pub enum Probe {
    Miss,
    Found(Option<Value>),
}

impl TypeCache {
    #[inline(always)]
    pub fn probe(&self, version: u32, name: &Value) -> Probe {
        let e = self.entries[slot(version, name.raw())].get();
        if e.version != version || e.name != name.raw() || version == 0 {
            return Probe::Miss;
        }
        if e.value == 0 {
            return Probe::Found(None);
        }
        // SAFETY: see the module comment; the word is a live value held by a type dict.
        let v = ManuallyDrop::new(unsafe { Value::from_raw(e.value) });
        Probe::Found(Some((*v).clone()))
    }

    #[inline]
    pub fn store(&self, version: u32, name: &Value, value: Option<&Value>) {
        self.entries[slot(version, name.raw())].set(Entry {
            version,
            name: name.raw(),
            value: value.map(|v| v.raw()).unwrap_or(0),
        });
    }
}
