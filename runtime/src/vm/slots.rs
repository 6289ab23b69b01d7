//! Type slots: per-type flags that record which special methods a class defines, so that
//! attribute access and instance creation need no MRO lookups for the common cases (the role
//! of CPython's `tp_getattro`/`tp_setattro`/`tp_new`/`tp_init` slots). Recomputed when a
//! class is created and whenever a class or one of its bases changes.

use super::Vm;
use crate::object::typeobj::{next_version, tflags, type_data, TypeObject};
use crate::object::value::Value;

impl Vm {
    /// Recomputes the slot flags of class `ty`.
    pub fn update_slots(&self, ty: &Value) {
        let td = unsafe { type_data(ty) };
        let mut fl = td.flags.get() & !tflags::SLOT_MASK;
        // A builtin type's own hook (`object.__setattr__`, ...) is the generic behaviour; a
        // builtin method of another name put there (`__setattr__ = dict.__setitem__`) is not.
        let python_defined = |name: &Value| match self.lookup(ty, name) {
            Some(f) => {
                !self.is_exact(&f, &self.types.method_descriptor)
                    || unsafe { f.payload::<crate::object::native::MethodDescrData>() }.name
                        != self.str_ref(name)
            }
            None => false,
        };
        if python_defined(&self.names.getattribute) {
            fl |= tflags::CUSTOM_GETATTRIBUTE;
        }
        if python_defined(&self.names.setattr) {
            fl |= tflags::CUSTOM_SETATTR;
        }
        if python_defined(&self.names.delattr) {
            fl |= tflags::CUSTOM_DELATTR;
        }
        if self.lookup(ty, &self.names.getattr).is_some() {
            fl |= tflags::HAS_GETATTR;
        }
        if self.lookup(ty, &self.names.del).is_some() {
            fl |= tflags::HAS_FINALIZER;
        }
        let same =
            |name: &Value| match (self.lookup(ty, name), self.lookup(&self.types.object, name)) {
                (Some(a), Some(b)) => a.is(&b),
                _ => false,
            };
        let own = self
            .as_dict(&td.dict)
            .and_then(|d| self.dict_get_str_key(d, "__abstractmethods__"));
        if let Some(am) = own {
            if self.truthy(&am).unwrap_or(false) {
                fl |= tflags::ABSTRACT;
            }
        }
        let mut data_descr = false;
        for t in td.mro() {
            if t.is(&self.types.object) {
                continue;
            }
            let d = unsafe { type_data(t) };
            if let Some(dd) = self.as_dict(&d.dict) {
                // The `__weakref__` and `__dict__` getsets every plain class gets count as
                // `object`'s `__class__`/`__dict__` do: the attribute paths check that name always
                // (`is_object_data_descr_name`), so it must not cost the others their
                // fast path and shape-only caches.
                let standard_weakref = |k: &Value, v: &Value| {
                    (k.is(&self.names.weakref) || k.is(&self.names.dict))
                        && self.is_exact(v, &self.types.getset_descriptor)
                };
                if dd
                    .items()
                    .iter()
                    .any(|(k, v)| !standard_weakref(k, v) && self.is_data_descr(v))
                {
                    data_descr = true;
                    break;
                }
            }
        }
        if !data_descr && td.has_flag(tflags::HAS_ATTRS) {
            fl |= tflags::NO_DATA_DESCR;
        }
        let members =
            if data_descr && td.has_flag(tflags::HAS_ATTRS) && td.has_flag(tflags::HEAPTYPE) {
                self.member_table(ty)
            } else {
                None
            };
        if members.is_some() {
            fl |= tflags::MEMBERS_ONLY;
        }
        // SAFETY: no reference into the table is held across this store.
        unsafe {
            *td.members.get_mut() =
                crate::object::member_table::MemberTable::new(members.unwrap_or_default())
        };
        if same(&self.names.init) {
            fl |= tflags::INIT_IS_OBJECT;
        }
        if same(&self.names.new) {
            fl |= tflags::NEW_IS_OBJECT;
        }
        td.flags.set(fl);
    }

    /// The `__slots__` members that names of `ty` resolve to, with their slot indexes, when
    /// every data descriptor a name resolves to is one of them (see `tflags::MEMBERS_ONLY`);
    /// None when another data descriptor (a property, a native getset) is in the way.
    fn member_table(&self, ty: &Value) -> Option<Vec<(Value, usize)>> {
        let td = unsafe { type_data(ty) };
        let mut members = Vec::new();
        for t in td.mro() {
            if t.is(&self.types.object) {
                continue;
            }
            let Some(dd) = self.as_dict(&unsafe { type_data(t) }.dict) else {
                continue;
            };
            for (k, v) in dd.items().iter() {
                if !self.is_data_descr(v) {
                    continue;
                }
                if (k.is(&self.names.weakref) || k.is(&self.names.dict))
                    && self.is_exact(v, &self.types.getset_descriptor)
                {
                    continue;
                }
                // (Shadowed by an earlier class's entry: that entry decides, in its turn.)
                if !self.lookup(ty, k).is_some_and(|r| r.is(v)) {
                    continue;
                }
                if !self.is_member_descr(v) || !self.is_exact_str(k) {
                    return None;
                }
                let m = unsafe { v.payload::<crate::object::misc::MemberData>() };
                members.push((self.intern_value(k), m.index));
            }
        }
        Some(members)
    }

    /// Computes the slots of `ty` and every type below it (used once after bootstrap).
    pub fn update_slots_tree(&self, ty: &Value) {
        self.update_slots(ty);
        let subs: Vec<usize> = unsafe { type_data(ty).subclasses.get().clone() };
        for s in subs {
            let sub = unsafe { Value::from_borrowed_ptr(s as *const TypeObject as *const _) };
            self.update_slots_tree(&sub);
        }
    }

    /// The globals of the innermost running Python frame, if any.
    pub fn current_frame_globals_opt(&self) -> Option<Value> {
        let frames = unsafe { self.frames.get() };
        frames.last().map(|p| unsafe { (**p).globals.clone() })
    }

    /// A class changed: new version tags and recomputed slots for it and every subclass.
    pub fn type_modified(&self, ty: &Value) {
        let td = unsafe { type_data(ty) };
        td.version.set(next_version());
        if td.has_flag(tflags::HEAPTYPE) {
            self.update_slots(ty);
        }
        let subs: Vec<usize> = unsafe { td.subclasses.get().clone() };
        for s in subs {
            let sub = unsafe { Value::from_borrowed_ptr(s as *const TypeObject as *const _) };
            self.type_modified(&sub);
        }
    }
}
