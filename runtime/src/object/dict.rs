//! The `dict` payload: an insertion-ordered hash table (CPython's compact layout) with a version tag.
//!
//! `indices` is an open-addressing table (perturbed probing) of positions in
//! `entries`; deleted entries leave a hole (`key: None`) until the next
//! resize. Equality of keys may run Python code, which may mutate the table:
//! lookups re-read the table after every such call and restart when the
//! version changed.

use super::value::{PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

const EMPTY: usize = usize::MAX;
const DELETED: usize = usize::MAX - 1;

pub struct Entry {
    pub hash: i64,
    pub key: Option<Value>,
    pub value: Option<Value>,
}

/// The hash table shared by dict and set.
#[derive(Default)]
pub struct Table {
    indices: Vec<usize>,
    pub entries: Vec<Entry>,
    pub used: usize,
}

thread_local! {
    /// The dict version counter: every mutation of any dict takes a fresh value
    /// (steps of 2; the low bit is left for marking watched dicts). Per thread, as an
    /// interpreter and its dicts live on one thread: a plain add, where an atomic one
    /// (`lock xadd`) cost some 20 cycles on every dict store.
    static DICT_VERSION: Cell<u64> = const { Cell::new(2) };
}

#[inline]
pub fn next_dict_version() -> u64 {
    DICT_VERSION.with(|c| {
        let v = c.get() + 2;
        c.set(v);
        v
    })
}

/// The next slot of the perturbed probe sequence (CPython's: `5 * i + perturb + 1`,
/// with `perturb` shifted right by 5 bits at each step).
#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

impl Table {
    pub fn with_capacity(n: usize) -> Table {
        let mut cap = 8;
        while cap * 2 < n * 3 {
            cap *= 2;
        }
        Table {
            indices: vec![EMPTY; cap],
            entries: Vec::with_capacity(n),
            used: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn ensure_indices(&mut self) {
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; 8];
        }
    }

    /// Rebuilds the index table with room for `min_used` entries, dropping holes.
    fn resize(&mut self, min_used: usize) {
        let mut cap = 8;
        while cap * 2 < (min_used + 1) * 3 {
            cap *= 2;
        }
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(min_used.max(4));
        for e in old {
            if e.key.is_some() {
                self.entries.push(e);
            }
        }
        self.indices = vec![EMPTY; cap];
        let mask = cap - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[i] != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            self.indices[i] = ix;
        }
    }

    /// A compact copy of the live entries (`dict.copy()`, `dict(d)` of an exact dict):
    /// each key keeps its stored hash and goes straight into its slot, with no hashing
    /// and no `__eq__` (re-inserting every entry cost 6 to 9 times CPython's copy).
    pub fn clone_live(&self) -> Table {
        let mut t = Table::with_capacity(self.used);
        let mask = t.indices.len() - 1;
        for e in self.entries.iter().filter(|e| e.key.is_some()) {
            let mut i = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while t.indices[i] != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            t.indices[i] = t.entries.len();
            t.entries.push(Entry {
                hash: e.hash,
                key: e.key.clone(),
                value: e.value.clone(),
            });
        }
        t.used = t.entries.len();
        t
    }

    /// Appends a new entry for a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Option<Value>) {
        self.ensure_indices();
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize(self.used + 1);
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] != EMPTY && self.indices[i] != DELETED {
            i = next_slot(i, &mut perturb, mask);
        }
        self.indices[i] = self.entries.len();
        self.entries.push(Entry {
            hash,
            key: Some(key),
            value,
        });
        self.used += 1;
    }

    /// Removes the entry at `ix` (found by a lookup), returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Option<Value>, Option<Value>) {
        let mask = self.indices.len() - 1;
        let hash = self.entries[ix].hash;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] != ix {
            i = next_slot(i, &mut perturb, mask);
        }
        self.indices[i] = DELETED;
        self.used -= 1;
        let e = &mut self.entries[ix];
        (e.key.take(), e.value.take())
    }

    /// Removes and returns the last live entry (`dict.popitem`), dropping the dead
    /// entries after it as CPython does, so that draining a dict from its end stays
    /// linear. (No index slot names a dead entry: removal marks its slot DELETED.)
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        self.trim_dead_tail();
        let ix = self.entries.len().checked_sub(1)?;
        let (k, v) = self.remove_at(ix);
        self.trim_dead_tail();
        Some((k?, v?))
    }

    fn trim_dead_tail(&mut self) {
        while self.entries.last().is_some_and(|e| e.key.is_none()) {
            self.entries.pop();
        }
    }

    pub fn clear(&mut self) -> Table {
        std::mem::take(self)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.key.is_some())
    }

    /// Index of the next live entry at or after `pos`.
    pub fn next_from(&self, mut pos: usize) -> Option<usize> {
        while pos < self.entries.len() {
            if self.entries[pos].key.is_some() {
                return Some(pos);
            }
            pos += 1;
        }
        None
    }
}

/// Payload of dict objects (and of the table behind sets).
pub struct DictData {
    pub table: PyCell<Table>,
    /// Changes on every mutation (see `next_dict_version`).
    pub version: Cell<u64>,
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            table: PyCell::new(Table::default()),
            version: Cell::new(next_dict_version()),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        unsafe { self.table.get().used }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Takes a fresh version, keeping the watched bit; a watched dict's watchers hear of a
    /// change not tied to one key (see `vm/watch.rs`).
    #[inline]
    pub fn bump(&self) {
        let watched = self.version.get() & 1;
        self.version.set(next_dict_version() | watched);
        #[cfg(feature = "dict-watchers")]
        if watched != 0 {
            crate::vm::watch::notify_all(self as *const DictData as usize);
        }
    }

    /// A fresh version after `key` was deleted; a watched dict's watchers hear which key.
    #[inline]
    pub(crate) fn bump_key(&self, _vm: &Vm, _key: &Value) {
        let watched = self.version.get() & 1;
        self.version.set(next_dict_version() | watched);
        #[cfg(feature = "dict-watchers")]
        if watched != 0 {
            _vm.watched_key_changed(self, _key, None);
        }
    }

    /// A fresh version after the entry at `ix` was stored; a watched dict's watchers hear
    /// its key and new value.
    #[inline]
    fn bump_entry(&self, _vm: &Vm, _ix: usize) {
        let watched = self.version.get() & 1;
        self.version.set(next_dict_version() | watched);
        #[cfg(feature = "dict-watchers")]
        if watched != 0 {
            // SAFETY: the entry was just written; no reference into the table is alive.
            let e = unsafe { &self.table.get().entries[_ix] };
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                _vm.watched_key_changed(self, k, Some(v));
            }
        }
    }

    /// Marks the dict watched: from now on its changes are reported to `vm/watch.rs`.
    #[cfg(feature = "dict-watchers")]
    pub fn watch(&self) {
        self.version.set(self.version.get() | 1);
    }

    /// Live (key, value) pairs, copied out.
    pub fn items(&self) -> Vec<(Value, Value)> {
        unsafe {
            self.table
                .get()
                .iter()
                .map(|e| {
                    (
                        e.key.clone().unwrap(),
                        e.value.clone().unwrap_or_else(|| e.key.clone().unwrap()),
                    )
                })
                .collect()
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        unsafe {
            self.table
                .get()
                .iter()
                .filter_map(|e| e.key.clone())
                .collect()
        }
    }

    pub fn values(&self) -> Vec<Value> {
        unsafe {
            self.table
                .get()
                .iter()
                .filter_map(|e| e.value.clone())
                .collect()
        }
    }
}

#[cfg(feature = "dict-watchers")]
impl Drop for DictData {
    fn drop(&mut self) {
        if self.version.get() & 1 != 0 {
            crate::vm::watch::forget(self as *const DictData as usize);
        }
    }
}

impl Default for DictData {
    fn default() -> Self {
        Self::new()
    }
}

impl Vm {
    pub fn new_dict(&self) -> Value {
        self.new_dict_with_table(Table::default())
    }

    /// `BUILD_MAP`'s dict of the `n` key/value pairs at `items` (key first), which move
    /// into it: the caller has forgotten them, and those left when a key fails to hash
    /// are dropped here.
    ///
    /// # Safety
    /// `items` points at `2 * n` values the caller no longer owns.
    #[inline(never)]
    pub unsafe fn build_map_moved(&self, items: *const Value, n: usize) -> PyResult<Value> {
        let d = self.new_dict();
        let dd = d.payload::<DictData>();
        for i in 0..n {
            let (k, v) = (items.add(2 * i).read(), items.add(2 * i + 1).read());
            if let Err(e) = self.dict_set(dd, k, v) {
                for j in 2 * i + 2..2 * n {
                    drop(items.add(j).read());
                }
                return Err(e);
            }
        }
        Ok(d)
    }

    /// `BUILD_CONST_KEY_MAP`'s dict: the keys of tuple `keys` paired with the `n` values
    /// at `vals`, which move into it (as `build_map_moved`; values past the keys drop).
    ///
    /// # Safety
    /// `vals` points at `n` values the caller no longer owns; `keys` is a tuple.
    #[inline(never)]
    pub unsafe fn build_const_key_map_moved(
        &self,
        keys: &Value,
        vals: *const Value,
        n: usize,
    ) -> PyResult<Value> {
        let d = self.new_dict();
        let dd = d.payload::<DictData>();
        let ks = self.tuple_items(keys);
        for i in 0..n {
            let v = vals.add(i).read();
            let Some(k) = ks.get(i) else {
                continue;
            };
            if let Err(e) = self.dict_set(dd, k.clone(), v) {
                for j in i + 1..n {
                    drop(vals.add(j).read());
                }
                return Err(e);
            }
        }
        Ok(d)
    }

    /// A new dict holding `table`, which the caller filled (`Table::insert_new`).
    pub fn new_dict_with_table(&self, table: Table) -> Value {
        // (Written in place: a dict made whole and moved in stalled on its copy.)
        let v = super::value::alloc_in_place(
            self.types.dict.ptr() as *const _,
            |p: *mut DictData| unsafe {
                p.write(DictData {
                    table: PyCell::new(table),
                    version: Cell::new(next_dict_version()),
                })
            },
        );
        crate::object::gc::track(&v);
        v
    }

    #[inline]
    pub fn as_dict<'a>(&self, v: &'a Value) -> Option<&'a DictData> {
        if self.has_layout(v, super::typeobj::Layout::Dict) {
            Some(unsafe { v.payload::<DictData>() })
        } else {
            None
        }
    }

    /// Keys equal as dict keys: identity, then text for two strs, then `==`.
    #[inline]
    fn key_eq_fast(&self, a: &Value, b: &Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        if self.is_exact_str(a) && self.is_exact_str(b) {
            return Some(self.str_ref(a) == self.str_ref(b));
        }
        if a.is_small() && b.is_small() {
            return Some(false);
        }
        None
    }

    /// Finds `key` in a table; returns the entry index.
    pub fn table_lookup(&self, d: &DictData, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let version = d.version.get();
            let t = unsafe { d.table.get() };
            if t.indices.is_empty() {
                return Ok(None);
            }
            let mask = t.indices.len() - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let t = unsafe { d.table.get() };
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix != DELETED {
                    let e = &t.entries[ix];
                    if e.hash == hash {
                        if let Some(k) = &e.key {
                            match self.key_eq_fast(k, key) {
                                Some(true) => return Ok(Some(ix)),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let eq = self.eq_bool(&k, key)?;
                                    if d.version.get() != version {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Some(ix));
                                    }
                                }
                            }
                        }
                    }
                }
                i = next_slot(i, &mut perturb, mask);
            }
        }
    }

    /// `d[key]` or None; runs `__hash__`/`__eq__` as needed.
    pub fn dict_get(&self, d: &DictData, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        self.dict_get_hashed(d, key, h)
    }

    pub fn dict_get_hashed(&self, d: &DictData, key: &Value, h: i64) -> PyResult<Option<Value>> {
        Ok(self
            .table_lookup(d, key, h)?
            .and_then(|ix| unsafe { d.table.get().entries[ix].value.clone() }))
    }

    /// Lookup by a str key without running Python code (str keys only compare by text).
    /// Falls back to the general lookup if a non-str key with the same hash is met.
    // Inline: global and attribute lookups call it on every miss of their caches (and
    // always in the baseline build); out of line, its register saves cost as much as the
    // probe.
    #[inline]
    pub fn dict_get_str(&self, d: &DictData, key: &Value) -> Option<Value> {
        match self.dict_probe_str(d, key) {
            Ok(v) => v,
            Err(()) => self.dict_get_str_eq(d, key),
        }
    }

    /// `dict_get_str` when a non-str key with the same hash is met: Python equality decides.
    #[cold]
    #[inline(never)]
    fn dict_get_str_eq(&self, d: &DictData, key: &Value) -> Option<Value> {
        let h = self.str_hash(unsafe { key.payload::<super::str::StrData>() });
        self.dict_get_hashed(d, key, h).ok().flatten()
    }

    /// Lookup by an exact-str key that never runs Python code: Err when a non-str key with
    /// the same hash would need `__eq__` to decide (dict watchers fill slots with this).
    #[inline]
    pub fn dict_probe_str(&self, d: &DictData, key: &Value) -> Result<Option<Value>, ()> {
        self.dict_probe_str_ref(d, key).map(|v| v.cloned())
    }

    /// `dict_probe_str` lending the value (valid until the dict changes) instead of
    /// cloning it.
    #[inline]
    pub fn dict_probe_str_ref<'a>(
        &self,
        d: &'a DictData,
        key: &Value,
    ) -> Result<Option<&'a Value>, ()> {
        let kd = unsafe { key.payload::<super::str::StrData>() };
        let h = kd.hash.get();
        if h == -1 {
            return self.dict_probe_str_full(d, key);
        }
        let t = unsafe { d.table.get() };
        let n = t.indices.len();
        if n == 0 {
            return Ok(None);
        }
        let mask = n - 1;
        let indices = t.indices.as_ptr();
        let entries = t.entries.as_ptr();
        let mut i = (h as u64 as usize) & mask;
        let mut perturb = h as u64;
        loop {
            // SAFETY: `i <= mask < indices.len()`, and every index below DELETED is a
            // position in `entries` (the table's invariant); unchecked, as this probe runs
            // for every global and attribute lookup the caches do not answer.
            let ix = unsafe { *indices.add(i) };
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DELETED {
                let e = unsafe { &*entries.add(ix) };
                // Hash first: most slots met on a miss hold other names.
                if e.hash == h {
                    if let Some(k) = &e.key {
                        if k.is(key) {
                            return Ok(e.value.as_ref());
                        }
                        // Another object with the same hash (an equal str not interned, or
                        // a collision): the full probe decides. A tail call, so that this
                        // loop stays a leaf with no registers to save.
                        return self.dict_probe_str_full(d, key);
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// `dict_probe_str` when the key's hash is not computed yet or a slot holds another
    /// object with the same hash: compares text.
    #[cold]
    #[inline(never)]
    fn dict_probe_str_full<'a>(
        &self,
        d: &'a DictData,
        key: &Value,
    ) -> Result<Option<&'a Value>, ()> {
        let kd = unsafe { key.payload::<super::str::StrData>() };
        let h = self.str_hash(kd);
        let t = unsafe { d.table.get() };
        if t.indices.is_empty() {
            return Ok(None);
        }
        let mask = t.indices.len() - 1;
        let mut i = (h as u64 as usize) & mask;
        let mut perturb = h as u64;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DELETED {
                let e = &t.entries[ix];
                if let Some(k) = &e.key {
                    if k.is(key) {
                        return Ok(e.value.as_ref());
                    }
                    if e.hash == h {
                        if !self.is_exact_str(k) {
                            return Err(());
                        }
                        if *self.str_ref(k) == *kd.s {
                            return Ok(e.value.as_ref());
                        }
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(&self, d: &DictData, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.dict_set_hashed(d, key, value, h)
    }

    pub fn dict_set_hashed(&self, d: &DictData, key: Value, value: Value, h: i64) -> PyResult<()> {
        match self.table_lookup(d, &key, h)? {
            Some(ix) => {
                let old = unsafe { d.table.get_mut().entries[ix].value.replace(value) };
                d.bump_entry(self, ix);
                drop(old);
            }
            None => {
                let t = unsafe { d.table.get_mut() };
                t.insert_new(h, key, Some(value));
                d.bump_entry(self, t.entries.len() - 1);
            }
        }
        Ok(())
    }

    /// Sets a str key (never runs Python code).
    pub fn dict_set_str(&self, d: &DictData, key: &str, value: Value) {
        let k = self.intern(key);
        // A str key's hash and equality never fail.
        let _ = self.dict_set(d, k, value);
    }

    pub fn dict_get_str_key(&self, d: &DictData, key: &str) -> Option<Value> {
        let k = self.intern(key);
        self.dict_get_str(d, &k)
    }

    /// Removes `key`; returns its value, or None if absent.
    pub fn dict_del(&self, d: &DictData, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.table_lookup(d, key, h)? {
            Some(ix) => {
                let (k, v) = unsafe { d.table.get_mut().remove_at(ix) };
                d.bump_key(self, key);
                drop(k);
                Ok(v)
            }
            None => Ok(None),
        }
    }

    pub fn dict_clear(&self, d: &DictData) {
        let old = unsafe { d.table.get_mut().clear() };
        d.bump();
        drop(old);
    }

    /// A dict from (key, value) pairs.
    pub fn dict_from_pairs(&self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let v = self.new_dict();
        {
            let d = self.as_dict(&v).unwrap();
            for (k, val) in pairs {
                self.dict_set(d, k, val)?;
            }
        }
        Ok(v)
    }
}
