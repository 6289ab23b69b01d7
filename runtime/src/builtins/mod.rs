//! Builtin types' methods and the builtins, sys and other native modules. One file per type or module.
pub mod asyncgen;
pub mod builtins_extra;
pub mod bytes;
pub mod complex;
pub mod coro_wrapper;
pub mod dict;
pub mod exception_docs;
pub mod exception_group;
pub mod exceptions;
pub mod exceptions_attrs;
pub mod exceptions_extra;
pub mod float;
pub mod format;
pub mod format_method;
pub mod format_percent;
pub mod function;
pub mod functions;
pub mod gc_module;
pub mod gen_finalize;
pub mod gen_introspect;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter_reduce;
pub mod iterators;
pub mod itertypes;
pub mod list;
pub mod matching;
pub mod math;
pub mod member_descr;
pub mod memoryview;
pub mod object;
pub mod object_reduce;
pub mod open;
pub mod range_big;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod stdstream;
pub mod str;
pub mod sys;
pub mod sys_extra;
pub mod timsort;
pub mod traceback;
pub mod traceback_carets;
pub mod tuple;
pub mod type_;
pub mod type_bases;
pub mod type_meta;
pub mod unraisable;
pub mod views;

use crate::object::misc::GetSetData;
use crate::object::native::{new_method_descr, MethodKind, NativeFn};
use crate::object::value::{alloc, Value};
use crate::vm::Vm;

/// Fills every builtin type's dict and creates the builtins and sys modules.
pub fn init(vm: &Vm) {
    object::init(vm);
    object_reduce::init(vm);
    singletons::init(vm);
    type_::init(vm);
    int::init(vm);
    float::init(vm);
    str::init(vm);
    tuple::init(vm);
    list::init(vm);
    dict::init(vm);
    set::init(vm);
    complex::init(vm);
    slice::init(vm);
    views::init(vm);
    iterators::init(vm);
    bytes::init(vm);
    exceptions::init(vm);
    exceptions_extra::init(vm);
    exceptions_attrs::init(vm);
    exception_docs::init(vm);
    exception_group::init(vm);
    crate::stdlib::registry_system::oserror::init(vm);
    traceback::init(vm);
    generator::init(vm);
    asyncgen::init(vm);
    functions::init(vm);
    sys::init(vm);
    math::init(vm);
    function::init(vm);
    member_descr::init(vm);
    gc_module::init(vm);
    builtins_extra::init(vm);
    open::init(vm);
    itertypes::init(vm);
    generic_alias::init(vm);
    // Every type's slot flags, now that all methods are in place.
    vm.update_slots_tree(&vm.types.object.clone());
}

impl Vm {
    /// Adds a Rust method to a builtin type's dict.
    pub fn add_method(&self, ty: &Value, name: &'static str, func: NativeFn) {
        self.add_method_kind(ty, name, func, MethodKind::Instance)
    }

    pub fn add_method_kind(
        &self,
        ty: &Value,
        name: &'static str,
        func: NativeFn,
        kind: MethodKind,
    ) {
        let d = new_method_descr(self, ty, name, func, kind);
        let td = unsafe { crate::object::typeobj::type_data(ty) };
        self.dict_set_str(self.as_dict(&td.dict).unwrap(), name, d);
        // Caches key on the version tag: a changed dict needs a fresh one.
        td.version.set(crate::object::typeobj::next_version());
    }

    /// Adds a computed attribute (getter, optional setter) to a builtin type.
    pub fn add_getset(&self, ty: &Value, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
        let g = alloc(
            self.types.getset_descriptor.ptr() as *const _,
            GetSetData {
                name,
                get,
                set,
                owner: ty.clone(),
            },
        );
        let td = unsafe { crate::object::typeobj::type_data(ty) };
        self.dict_set_str(self.as_dict(&td.dict).unwrap(), name, g);
        td.version.set(crate::object::typeobj::next_version());
    }

    /// Sets a plain attribute in a builtin type's dict.
    pub fn add_type_attr(&self, ty: &Value, name: &str, v: Value) {
        let td = unsafe { crate::object::typeobj::type_data(ty) };
        self.dict_set_str(self.as_dict(&td.dict).unwrap(), name, v);
        td.version.set(crate::object::typeobj::next_version());
    }
}
