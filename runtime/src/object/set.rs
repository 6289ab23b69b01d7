//! The `set` and `frozenset` payload: the dict table with keys only.

use super::dict::DictData;
use super::value::{alloc, Value};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct SetData {
    pub d: DictData,
}

impl Vm {
    pub fn new_set(&self, items: Vec<Value>) -> PyResult<Value> {
        self.new_set_of(&self.types.set, items)
    }

    pub fn new_frozenset(&self, items: Vec<Value>) -> PyResult<Value> {
        self.new_set_of(&self.types.frozenset, items)
    }

    fn new_set_of(&self, ty: &Value, items: Vec<Value>) -> PyResult<Value> {
        let v = alloc(ty.ptr() as *const _, SetData { d: DictData::new() });
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

    pub fn set_add(&self, s: &SetData, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if self.table_lookup(&s.d, &key, h)?.is_none() {
            unsafe { s.d.table.get_mut().insert_new(h, key, None) };
            s.d.bump();
        }
        Ok(())
    }

    pub fn set_contains(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(self.table_lookup(&s.d, key, h)?.is_some())
    }

    /// Removes `key`; false if it was absent.
    pub fn set_discard(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.table_lookup(&s.d, key, h)? {
            Some(ix) => {
                let (k, _) = unsafe { s.d.table.get_mut().remove_at(ix) };
                s.d.bump();
                drop(k);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn set_items(&self, s: &SetData) -> Vec<Value> {
        s.d.keys()
    }
}
