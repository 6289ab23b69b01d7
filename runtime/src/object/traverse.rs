//! Per-layout `traverse` (visit held references) and `clear` (drop them) for the cycle collector,
//! and the deallocators of heap-type instances.

use super::dict::DictData;
use super::exception::ExceptionData;
use super::function::{CellData, FunctionData, MethodData};
use super::generator::GenData;
use super::instance::SubData;
use super::list::ListData;
use super::module::ModuleData;
use super::set::SetData;
use super::tuple::TupleData;
use super::typeobj::{tflags, Clear, Dealloc, Layout, Traverse, TypeData};
use super::value::{Obj, ObjHeader, Value};

unsafe fn data<'a, T>(p: *const ObjHeader) -> &'a T {
    &(*(p as *const Obj<T>)).data
}

/// Payload kinds that hold references, with their traverse/clear.
pub trait Container {
    fn visit(&self, f: &mut dyn FnMut(&Value));
    fn clear_refs(&self);
}

impl Container for () {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

impl Container for TupleData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.items().iter().for_each(f);
    }
    fn clear_refs(&self) {
        // Tuples are immutable: their items go when the cycle's other members are cleared.
    }
}

impl Container for ListData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe { self.items.get().iter().for_each(f) }
    }
    fn clear_refs(&self) {
        self.replace_all(Vec::new());
    }
}

impl Container for DictData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe {
            for e in self.table.get().iter() {
                if let Some(k) = &e.key {
                    f(k);
                }
                if let Some(v) = &e.value {
                    f(v);
                }
            }
        }
    }
    fn clear_refs(&self) {
        let old = unsafe { self.table.get_mut().clear() };
        self.bump();
        drop(old);
    }
}

impl Container for SetData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.d.visit(f)
    }
    fn clear_refs(&self) {
        self.d.clear_refs()
    }
}

impl Container for CellData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(v) = unsafe { self.value.get() } {
            f(v);
        }
    }
    fn clear_refs(&self) {
        self.set(None);
    }
}

impl Container for MethodData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.self_);
    }
    fn clear_refs(&self) {}
}

impl Container for ModuleData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.dict);
    }
    fn clear_refs(&self) {}
}

impl Container for FunctionData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe {
            f(&self.globals);
            if let Some(d) = self.defaults.get() {
                f(d);
            }
            if let Some(d) = self.kwdefaults.get() {
                f(d);
            }
            if let Some(c) = &self.closure {
                f(c);
            }
            if let Some(d) = self.dict.get() {
                f(d);
            }
            if let Some(d) = self.annotations.get() {
                f(d);
            }
        }
    }
    fn clear_refs(&self) {
        unsafe {
            let a = self.defaults.get_mut().take();
            let b = self.kwdefaults.get_mut().take();
            let c = self.dict.get_mut().take();
            let d = self.annotations.get_mut().take();
            drop((a, b, c, d));
        }
    }
}

impl Container for ExceptionData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe {
            f(self.args.get());
            if let Some(c) = self.cause.get() {
                f(c);
            }
            if let Some(c) = self.context.get() {
                f(c);
            }
            if let Some(c) = self.tb_object.get() {
                f(c);
            }
            if let Some(c) = self.notes.get() {
                f(c);
            }
            if let Some(c) = self.code.get() {
                f(c);
            }
        }
    }
    fn clear_refs(&self) {
        self.set_cause(None);
        self.set_context(None);
        unsafe {
            let t = self.tb_object.get_mut().take();
            let n = self.notes.get_mut().take();
            let c = self.code.get_mut().take();
            let tb = std::mem::take(self.traceback.get_mut());
            drop((t, n, c, tb));
        }
    }
}

impl Container for GenData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(fr) = unsafe { self.frame.get() } {
            fr.visit(f);
        }
    }
    fn clear_refs(&self) {
        if !self.running.get() {
            let fr = unsafe { self.frame.get_mut().take() };
            drop(fr);
        }
    }
}

impl Container for TypeData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if self.has_flag(tflags::HEAPTYPE) {
            f(&self.dict);
            self.bases().iter().for_each(&mut *f);
            // The MRO starts with the type itself: skip it.
            self.mro().iter().skip(1).for_each(f);
        }
    }
    fn clear_refs(&self) {
        if self.has_flag(tflags::HEAPTYPE) {
            if let Some(d) = crate::vm::Vm::current().and_then(|vm| vm.as_dict(&self.dict)) {
                d.clear_refs();
            }
            // Caches keyed on the old tag must not find values that are gone.
            self.version.set(super::typeobj::next_version());
            let m = unsafe { std::mem::take(self.mro.get_mut()) };
            drop(m);
        }
    }
}

impl<T: Container> Container for SubData<T> {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.base.visit(f);
        self.attrs.visit(f);
    }
    fn clear_refs(&self) {
        self.attrs.clear();
        self.base.clear_refs();
    }
}

unsafe fn traverse_of<T: Container>(p: *const ObjHeader, f: &mut dyn FnMut(&Value)) {
    data::<T>(p).visit(f)
}

unsafe fn clear_of<T: Container>(p: *const ObjHeader) {
    data::<T>(p).clear_refs()
}

/// The collector hooks for payload `T`.
pub fn hooks<T: Container>() -> (Option<Traverse>, Option<Clear>) {
    (Some(traverse_of::<T>), Some(clear_of::<T>))
}

/// Frees an instance of a heap type: runs `__del__` (unless resurrected), drops the
/// payload and releases the instance's reference to its type.
unsafe fn dealloc_instance<T>(p: *mut ObjHeader) {
    let ty = (*p).ty.get();
    if (*ty).data.has_flag(tflags::HAS_FINALIZER) && crate::vm::finalize::run_del(p) {
        return; // resurrected
    }
    crate::vm::finalize::forget_finalized(p);
    let both = tflags::HAS_FINALIZER | tflags::WEAKREFABLE;
    if (*ty).data.flags.get() & both == both {
        crate::object::weakref::clear_referent(p);
    }
    let o = p as *mut Obj<SubData<T>>;
    // The `__slots__` members after the payload are part of the allocation.
    let extra = super::instance::slots_size((*o).data.attrs.nslots());
    std::ptr::drop_in_place(o);
    std::alloc::dealloc(
        o as *mut u8,
        super::value::layout_extra::<SubData<T>>(extra),
    );
    if (*ty).data.has_flag(tflags::HEAPTYPE) {
        drop(Value::from_owned_ptr(ty as *const ObjHeader));
    }
}

/// Memory layout facts for instances of a heap type whose solid base has `layout`.
pub struct InstanceLayout {
    pub dealloc: Dealloc,
    pub attrs_offset: usize,
    pub traverse: Option<Traverse>,
    pub clear: Option<Clear>,
}

/// The instance layout of a heap subclass of a native type with payload `T` (see
/// `TypeData::sub_layout`).
pub fn layout_for<T: Container>() -> InstanceLayout {
    let (traverse, clear) = hooks::<SubData<T>>();
    InstanceLayout {
        dealloc: dealloc_instance::<T>,
        attrs_offset: std::mem::offset_of!(Obj<SubData<T>>, data.attrs),
        traverse,
        clear,
    }
}

impl Container for super::misc::PropertyData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        for v in [&self.fget, &self.fset, &self.fdel].into_iter().flatten() {
            f(v);
        }
        unsafe {
            if let Some(d) = self.doc.get() {
                f(d);
            }
        }
    }
    fn clear_refs(&self) {}
}
// The lazy iteration builtins, for the instances of their subclasses (their own
// instances are not tracked: see `itertypes.rs`).
impl Container for super::iter::EnumerateData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        f(unsafe { self.count.get() });
    }
    fn clear_refs(&self) {}
}
impl Container for super::iter::ZipData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.its.iter().for_each(f);
    }
    fn clear_refs(&self) {}
}
impl Container for super::iter::MapData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        self.its.iter().for_each(f);
    }
    fn clear_refs(&self) {}
}
impl Container for super::iter::FilterData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.it);
    }
    fn clear_refs(&self) {}
}
impl Container for super::iter::ReversedData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(s) = unsafe { self.seq.get() } {
            f(s);
        }
    }
    fn clear_refs(&self) {}
}
impl Container for super::misc::WrapperData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        if let Some(d) = unsafe { self.dict.get() } {
            f(d);
        }
    }
    fn clear_refs(&self) {}
}
impl Container for super::float::FloatData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}
impl Container for super::int::IntData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}
impl Container for super::str::StrData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}
impl Container for super::bytes::BytesData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}
impl Container for super::bytes::ByteArrayData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}
impl Container for super::complex::ComplexData {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

/// The instance layout of heap types whose solid base has `layout`.
pub fn instance_layout(layout: Layout) -> InstanceLayout {
    match layout {
        Layout::Object | Layout::Opaque => layout_for::<()>(),
        Layout::Int => layout_for::<super::int::IntData>(),
        Layout::Float => layout_for::<super::float::FloatData>(),
        Layout::Complex => layout_for::<super::complex::ComplexData>(),
        Layout::Str => layout_for::<super::str::StrData>(),
        Layout::Bytes => layout_for::<super::bytes::BytesData>(),
        Layout::ByteArray => layout_for::<super::bytes::ByteArrayData>(),
        Layout::Tuple => layout_for::<TupleData>(),
        Layout::List => layout_for::<ListData>(),
        Layout::Dict => layout_for::<DictData>(),
        Layout::Set | Layout::FrozenSet => layout_for::<SetData>(),
        Layout::Type => layout_for::<TypeData>(),
        Layout::Exception => layout_for::<ExceptionData>(),
        Layout::Property => layout_for::<super::misc::PropertyData>(),
        Layout::Wrapper => layout_for::<super::misc::WrapperData>(),
        Layout::Module => layout_for::<ModuleData>(),
    }
}
