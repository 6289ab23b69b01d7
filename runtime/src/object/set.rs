//! The `set` and `frozenset` payload: CPython's set table (open addressing, linear probing, then perturbation).
//!
//! Programs that print sets observe the table's slot order, so the table follows CPython's
//! layout exactly. The slots live in `d.table.entries`, one entry per slot (the dict's compact
//! index is unused): a live slot has a key; an empty slot has no key and hash 0; a deleted
//! (dummy) slot has no key and hash -1 (no real hash is -1). The shared dict/set iterator walks
//! `entries` in order and skips keyless ones, which is exactly CPython's set iteration order.

use super::dict::{DictData, Entry};
use super::value::{alloc, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// CPython's constants: the smallest table, linear probes before perturbing, the perturb shift.
const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const DUMMY_HASH: i64 = -1;

#[repr(C)]
pub struct SetData {
    pub d: DictData,
    /// Live plus dummy slots (CPython's `fill`): drives resizing.
    pub fill: Cell<usize>,
    /// Where `pop` resumes its search.
    pub finger: Cell<usize>,
    /// Cached frozenset hash; -1 while not computed.
    pub hash: Cell<i64>,
}

fn empty_slot() -> Entry {
    Entry {
        hash: 0,
        key: None,
        value: None,
    }
}

fn empty_slots(n: usize) -> Vec<Entry> {
    (0..n).map(|_| empty_slot()).collect()
}

/// Places a key in a table known to hold no dummies and not this key (CPython's `set_insert_clean`).
fn insert_clean(slots: &mut [Entry], key: Value, hash: i64) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if slots[i].key.is_none() {
            slots[i] = Entry {
                hash,
                key: Some(key),
                value: None,
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if slots[j].key.is_none() {
                    slots[j] = Entry {
                        hash,
                        key: Some(key),
                        value: None,
                    };
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The next slot of an open-addressing probe (CPython's set probe: `i*5 + 1 + perturb`,
/// the hash's higher bits shifted in as `perturb` runs down).
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// CPython's bit mixing of one element hash for frozenset hashing.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// A set's slots hold keys only (their `value` is always None): dropping the table
/// looks at the keys alone, which halves the work of freeing a set.
impl Drop for SetData {
    fn drop(&mut self) {
        let slots = unsafe { &mut self.d.table.get_mut().entries };
        let n = slots.len();
        // SAFETY: the length is cleared first, so the slots are dropped once, here; a
        // set slot's value is never set, so dropping the key alone leaks nothing.
        unsafe {
            slots.set_len(0);
            let p = slots.as_mut_ptr();
            for i in 0..n {
                let e = &mut *p.add(i);
                debug_assert!(e.value.is_none());
                std::ptr::drop_in_place(&mut e.key);
            }
        }
    }
}

impl SetData {
    pub fn new() -> SetData {
        let d = DictData::new();
        unsafe { d.table.get_mut().entries = empty_slots(MINSIZE) };
        SetData {
            d,
            fill: Cell::new(0),
            finger: Cell::new(0),
            hash: Cell::new(-1),
        }
    }

    /// The slot array.
    ///
    /// # Safety
    /// Never hold the reference across Python code or a drop of a value.
    #[allow(clippy::mut_from_ref)]
    unsafe fn slots(&self) -> &mut Vec<Entry> {
        &mut self.d.table.get_mut().entries
    }

    pub fn len(&self) -> usize {
        self.d.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Gives a table emptied by the cycle collector its minimal slots back.
    fn ensure(&self) {
        let slots = unsafe { self.slots() };
        if slots.is_empty() {
            *slots = empty_slots(MINSIZE);
            self.fill.set(0);
            unsafe { self.d.table.get_mut().used = 0 };
        }
    }

    pub fn mask(&self) -> usize {
        self.ensure();
        unsafe { self.slots().len() - 1 }
    }

    /// Live (hash, key) pairs in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        unsafe { self.d.table.get() }
            .entries
            .iter()
            .filter_map(|e| e.key.clone().map(|k| (e.hash, k)))
            .collect()
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping dummies.
    pub fn resize(&self, minused: usize) {
        self.ensure();
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let slots = unsafe { self.slots() };
        let old = std::mem::replace(slots, empty_slots(size));
        for e in old {
            if let Some(k) = e.key {
                insert_clean(slots, k, e.hash);
            }
        }
        self.fill.set(self.len());
    }

    /// Empties the set; the old keys are returned so that the caller drops them outside any borrow.
    pub fn take_all(&self) -> Vec<Entry> {
        let slots = unsafe { self.slots() };
        let old = std::mem::replace(slots, empty_slots(MINSIZE));
        unsafe { self.d.table.get_mut().used = 0 };
        self.fill.set(0);
        self.hash.set(-1);
        self.d.bump();
        old
    }

    /// Exchanges the tables of two sets (CPython's `set_swap_bodies`, for `intersection_update`).
    pub fn swap_bodies(&self, other: &SetData) {
        unsafe {
            std::mem::swap(self.slots(), other.slots());
            let (a, b) = (self.d.table.get_mut(), other.d.table.get_mut());
            std::mem::swap(&mut a.used, &mut b.used);
        }
        let f = self.fill.get();
        self.fill.set(other.fill.get());
        other.fill.set(f);
        let h = self.hash.get();
        self.hash.set(other.hash.get());
        other.hash.set(h);
        self.d.bump();
        other.d.bump();
    }

    /// Removes and returns an arbitrary element, scanning from the finger as CPython does.
    pub fn pop(&self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let mask = self.mask();
        let slots = unsafe { self.slots() };
        let mut i = self.finger.get() & mask;
        while slots[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = slots[i].key.take();
        slots[i].hash = DUMMY_HASH;
        unsafe { self.d.table.get_mut().used -= 1 };
        self.finger.set(i + 1);
        self.d.bump();
        key
    }

    /// The frozenset hash (CPython's algorithm: order-independent xor of shuffled element hashes).
    pub fn frozen_hash(&self) -> i64 {
        if self.hash.get() != -1 {
            return self.hash.get();
        }
        let mut h: u64 = 0;
        for (eh, _) in self.entries() {
            h ^= shuffle_bits(eh as u64);
        }
        h ^= (self.len() as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX {
            h = 590923713;
        }
        self.hash.set(h as i64);
        h as i64
    }
}

impl Default for SetData {
    fn default() -> Self {
        Self::new()
    }
}

impl Vm {
    pub fn new_set(&self, items: Vec<Value>) -> PyResult<Value> {
        self.new_set_of(&self.types.set, items)
    }

    pub fn new_frozenset(&self, items: Vec<Value>) -> PyResult<Value> {
        self.new_set_of(&self.types.frozenset, items)
    }

    /// A new exact set or frozenset (`ty`) holding `items`.
    pub fn new_set_of(&self, ty: &Value, items: Vec<Value>) -> PyResult<Value> {
        let v = alloc(ty.ptr() as *const _, SetData::new());
        crate::object::gc::track(&v);
        {
            let s = unsafe { v.payload::<SetData>() };
            for it in items {
                self.set_add(s, it)?;
            }
        }
        Ok(v)
    }

    /// The set payload of a set or frozenset (or subclass).
    pub fn as_set<'a>(&self, v: &'a Value) -> Option<&'a SetData> {
        if self.has_layout(v, super::typeobj::Layout::Set)
            || self.has_layout(v, super::typeobj::Layout::FrozenSet)
        {
            Some(unsafe { v.payload::<SetData>() })
        } else {
            None
        }
    }

    /// Stored key `k` equals `key` without running Python code; None when `==` must decide.
    #[inline]
    fn set_key_eq_fast(&self, k: &Value, key: &Value) -> Option<bool> {
        if k.is(key) {
            return Some(true);
        }
        if self.is_exact_str(k) && self.is_exact_str(key) {
            return Some(self.str_ref(k) == self.str_ref(key));
        }
        if k.is_small() && key.is_small() {
            return Some(false);
        }
        None
    }

    /// Probes the table for `key`: Ok(Ok(slot)) when found, Ok(Err(first empty slot, first dummy
    /// slot)) when absent (CPython's `set_lookkey` / the search of `set_add_entry`).
    fn set_probe(
        &self,
        s: &SetData,
        key: &Value,
        hash: i64,
    ) -> PyResult<Result<usize, (usize, Option<usize>)>> {
        'restart: loop {
            let mask = s.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let slow_key = {
                        let e = &unsafe { s.slots() }[j];
                        match &e.key {
                            None if e.hash != DUMMY_HASH => return Ok(Err((j, freeslot))),
                            None => {
                                // CPython keeps the last dummy met before the empty slot.
                                freeslot = Some(j);
                                None
                            }
                            Some(k) if e.hash == hash => match self.set_key_eq_fast(k, key) {
                                Some(true) => return Ok(Ok(j)),
                                Some(false) => None,
                                None => Some(k.clone()),
                            },
                            Some(_) => None,
                        }
                    };
                    if let Some(k) = slow_key {
                        let version = s.d.version.get();
                        let eq = self.eq_bool(&k, key)?;
                        if s.d.version.get() != version {
                            // The comparison changed the set: start over.
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Ok(j));
                        }
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// The slot holding `key`, if present.
    pub fn set_lookup(&self, s: &SetData, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        Ok(self.set_probe(s, key, hash)?.ok())
    }

    /// Adds `key` with a known hash (CPython's `set_add_entry`); false if it was present.
    pub fn set_add_hashed(&self, s: &SetData, key: Value, hash: i64) -> PyResult<bool> {
        let (empty, freeslot) = match self.set_probe(s, &key, hash)? {
            Ok(_) => return Ok(false),
            Err(x) => x,
        };
        self.set_insert_at(s, key, hash, empty, freeslot);
        Ok(true)
    }

    /// Adds `key` if that runs no Python code: its hash and every comparison the probe
    /// makes are native (small ints, exact strs and floats). Gives the key back otherwise.
    pub fn set_add_nocode(&self, s: &SetData, key: Value) -> Result<(), Value> {
        let hash = if let Some(i) = key.as_small() {
            super::hash::hash_i64(i)
        } else if self.is_exact_str(&key) {
            self.str_hash(self.as_str_data(&key).unwrap())
        } else if self.is_exact(&key, &self.types.float) {
            super::hash::hash_float_obj(&key, unsafe { key.payload::<super::float::FloatData>() }.v)
        } else {
            return Err(key);
        };
        let mask = s.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let empty = 'probe: loop {
            let slots = unsafe { s.slots() };
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &slots[j];
                match &e.key {
                    None if e.hash != DUMMY_HASH => break 'probe j,
                    None => freeslot = Some(j),
                    Some(k) if e.hash == hash => match self.set_key_eq_fast(k, &key) {
                        Some(true) => return Ok(()),
                        Some(false) => {}
                        None => return Err(key),
                    },
                    Some(_) => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.set_insert_at(s, key, hash, empty, freeslot);
        Ok(())
    }

    /// Stores a new `key` found absent by a probe that met empty slot `empty` (and
    /// dummy `freeslot` before it), growing the table as CPython's `set_add_entry` does.
    fn set_insert_at(
        &self,
        s: &SetData,
        key: Value,
        hash: i64,
        empty: usize,
        freeslot: Option<usize>,
    ) {
        let mask = s.mask();
        s.d.bump();
        s.hash.set(-1);
        let t = unsafe { s.d.table.get_mut() };
        t.used += 1;
        let slot = Entry {
            hash,
            key: Some(key),
            value: None,
        };
        // A dummy met on the way is reused; it was already counted in `fill`.
        if let Some(f) = freeslot {
            t.entries[f] = slot;
            return;
        }
        t.entries[empty] = slot;
        s.fill.set(s.fill.get() + 1);
        if s.fill.get() * 5 >= mask * 3 {
            let used = s.len();
            s.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    pub fn set_add(&self, s: &SetData, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.set_add_hashed(s, key, h)?;
        Ok(())
    }

    pub fn set_contains_hashed(&self, s: &SetData, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.set_lookup(s, key, hash)?.is_some())
    }

    /// `key in s`; an unhashable set key is looked up as the equal frozenset (as CPython does).
    pub fn set_contains(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        match self.hash(key) {
            Ok(h) => self.set_contains_hashed(s, key, h),
            Err(e) => match self.set_as_frozen_key(key, &e)? {
                Some(fk) => {
                    let h = self.hash(&fk)?;
                    self.set_contains_hashed(s, &fk, h)
                }
                None => Err(e),
            },
        }
    }

    /// For a TypeError from hashing a set: the equal frozenset to use as key instead.
    pub fn set_as_frozen_key(&self, key: &Value, e: &crate::vm::PyErr) -> PyResult<Option<Value>> {
        if self.has_layout(key, super::typeobj::Layout::Set)
            && self.err_matches(e, &self.exc.type_error)
        {
            let fs = self.new_frozenset(Vec::new())?;
            self.set_merge(self.as_set(&fs).unwrap(), self.as_set(key).unwrap())?;
            return Ok(Some(fs));
        }
        Ok(None)
    }

    /// Removes `key` with a known hash; false if it was absent.
    pub fn set_discard_hashed(&self, s: &SetData, key: &Value, hash: i64) -> PyResult<bool> {
        match self.set_lookup(s, key, hash)? {
            Some(ix) => {
                let old = {
                    let e = &mut unsafe { s.slots() }[ix];
                    e.hash = DUMMY_HASH;
                    e.key.take()
                };
                unsafe { s.d.table.get_mut().used -= 1 };
                s.d.bump();
                s.hash.set(-1);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Removes `key`; false if it was absent.
    pub fn set_discard(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_discard_hashed(s, key, h)
    }

    pub fn set_items(&self, s: &SetData) -> Vec<Value> {
        s.d.keys()
    }

    /// Empties a set.
    pub fn set_clear(&self, s: &SetData) {
        let old = s.take_all();
        drop(old);
    }

    /// Adds every element of another set (CPython's `set_merge`, which keeps its table layout rules).
    pub fn set_merge(&self, so: &SetData, other: &SetData) -> PyResult<()> {
        let other_used = other.len();
        // `s |= s` changes nothing (and must not rebuild the table).
        if other_used == 0 || std::ptr::eq(so, other) {
            return Ok(());
        }
        let other_mask = other.mask();
        let other_fill = other.fill.get();
        // Snapshot with slot positions: adding may run Python code.
        let snap: Vec<(usize, i64, Value)> = unsafe { other.d.table.get() }
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.key.clone().map(|k| (i, e.hash, k)))
            .collect();
        if (so.fill.get() + other_used) * 5 >= so.mask() * 3 {
            so.resize((so.len() + other_used) * 2);
        }
        if so.fill.get() == 0 {
            let same_layout = so.mask() == other_mask && other_fill == other_used;
            let slots = unsafe { so.slots() };
            for (i, h, k) in snap {
                if same_layout {
                    slots[i] = Entry {
                        hash: h,
                        key: Some(k),
                        value: None,
                    };
                } else {
                    insert_clean(slots, k, h);
                }
            }
            so.fill.set(other_used);
            unsafe { so.d.table.get_mut().used = other_used };
            so.d.bump();
            so.hash.set(-1);
            return Ok(());
        }
        for (_, h, k) in snap {
            self.set_add_hashed(so, k, h)?;
        }
        Ok(())
    }

    /// Adds every element of an iterable (CPython's `set_update_internal`).
    pub fn set_update(&self, so: &SetData, other: &Value) -> PyResult<()> {
        if let Some(o) = self.as_set(other) {
            return self.set_merge(so, o);
        }
        if self.is_exact(other, &self.types.dict) {
            let d = self.as_dict(other).unwrap();
            let pairs: Vec<(i64, Value)> = unsafe { d.table.get() }
                .iter()
                .filter_map(|e| e.key.clone().map(|k| (e.hash, k)))
                .collect();
            if (so.fill.get() + pairs.len()) * 5 >= so.mask() * 3 {
                so.resize((so.len() + pairs.len()) * 2);
            }
            for (h, k) in pairs {
                self.set_add_hashed(so, k, h)?;
            }
            return Ok(());
        }
        // A list or tuple is read by index (a list may change while its keys hash).
        let list = self.is_exact(other, &self.types.list);
        if list || self.is_exact(other, &self.types.tuple) {
            let mut i = 0;
            loop {
                let x = if list {
                    self.as_list(other).unwrap().get(i)
                } else {
                    self.tuple_items(other).get(i).cloned()
                };
                let Some(x) = x else { return Ok(()) };
                if let Err(x) = self.set_add_nocode(so, x) {
                    self.set_add(so, x)?;
                }
                i += 1;
            }
        }
        let it = self.iter(other)?;
        if self.is_exact(&it, &self.types.generator) {
            // Driven: values that hash and compare natively go straight in (`vm/drive.rs`).
            while let Some(x) = self.gen_drive(&it, crate::vm::drive::Sink::Set(so))? {
                self.set_add(so, x)?;
            }
            return Ok(());
        }
        while let Some(x) = self.next(&it)? {
            if let Err(x) = self.set_add_nocode(so, x) {
                self.set_add(so, x)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_matches_cpython_constants() {
        assert_eq!(shuffle_bits(0), 89869747u64.wrapping_mul(3644798167));
    }
}
