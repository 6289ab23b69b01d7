//! Instances of classes: attribute storage by shape (hidden classes) with a dict fallback.
//!
//! An instance of a heap type is an `Obj<SubData<T>>`, where `T` is the payload
//! of its solid base (`()` for plain classes, `ListData` for `class X(list)`,
//! ...) and `attrs` holds its attributes. Attributes live in `values`, in the
//! order given by `shape`; all instances that received the same attribute
//! names in the same order share one shape, so an inline cache can key on
//! (type version, shape) and load `values[i]` directly. Deleting an attribute
//! or asking for `__dict__` moves the instance to dict mode for good.

use super::thin_values::ThinValues;
use super::value::{PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// More attributes than this and the instance moves to a dict.
const MAX_SHAPE_ATTRS: usize = 64;

pub struct Shape {
    pub id: u32,
    /// Interned attribute names in slot order.
    pub names: Vec<Value>,
    /// One bit per name (`name_bit`): a name whose bit is clear is not here, so a miss
    /// (the method lookup's check that no instance attribute shadows the method, an
    /// attribute that lives on the class) is answered without scanning `names`.
    bloom: u64,
    children: RefCell<Vec<(usize, *const Shape)>>,
}

/// The bloom bit of an interned name: six bits of its address, mixed (Fibonacci hashing),
/// as names allocated one after another differ only in a few low bits.
#[inline]
fn name_bit(name: &Value) -> u64 {
    1u64 << ((name.raw() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

impl Shape {
    /// The slot of `name` (an interned str), by identity.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        if self.bloom & name_bit(name) == 0 {
            return None;
        }
        self.names.iter().position(|n| n.is(name))
    }
}

/// All shapes ever made; they live as long as the interpreter.
pub struct ShapeTree {
    arena: RefCell<Vec<Box<Shape>>>,
    root: Cell<*const Shape>,
}

impl Default for ShapeTree {
    fn default() -> Self {
        Self::new()
    }
}

impl ShapeTree {
    pub fn new() -> ShapeTree {
        let root = Box::new(Shape {
            id: 0,
            names: Vec::new(),
            bloom: 0,
            children: RefCell::new(Vec::new()),
        });
        let p = &*root as *const Shape;
        ShapeTree {
            arena: RefCell::new(vec![root]),
            root: Cell::new(p),
        }
    }

    pub fn root(&self) -> *const Shape {
        self.root.get()
    }

    /// The shape reached from `from` by adding `name`.
    pub fn child(&self, from: *const Shape, name: &Value) -> *const Shape {
        let parent = unsafe { &*from };
        let key = name.raw();
        if let Some((_, s)) = parent.children.borrow().iter().find(|(k, _)| *k == key) {
            return *s;
        }
        let mut names = parent.names.clone();
        names.push(name.clone());
        let mut arena = self.arena.borrow_mut();
        let shape = Box::new(Shape {
            id: arena.len() as u32,
            names,
            bloom: parent.bloom | name_bit(name),
            children: RefCell::new(Vec::new()),
        });
        let p = &*shape as *const Shape;
        arena.push(shape);
        parent.children.borrow_mut().push((key, p));
        p
    }
}

/// Room in a full `vals` for `hint` values (the most an instance of the type has held),
/// at least doubling, as `Vec` would: an instance that takes twenty attributes in
/// `__init__` allocates once, not at 4, 8 and 16.
#[inline(never)]
fn reserve_values(vals: &mut ThinValues, hint: usize) {
    let len = vals.len();
    let want = hint.max(len * 2).max(4);
    vals.reserve_exact(want - len);
}

/// Attribute storage of one instance. It is the last field of the instance (see
/// `SubData`), and its `__slots__` members follow it in the same allocation.
#[repr(C)]
pub struct Attrs {
    pub shape: Cell<*const Shape>,
    /// The values of the attributes the shape names, in its order.
    pub values: PyCell<ThinValues>,
    /// Set in dict mode: the instance's `__dict__`.
    pub dict: PyCell<Option<Value>>,
    /// `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
    /// `__slots__` members, by slot index (stored right after this struct).
    pub slots: InlineSlots,
}

/// The count of an instance's `__slots__` members, which are stored inline after the
/// `Attrs` that ends with this (as CPython stores them in the object): no allocation
/// of their own, and a member load is one load from the instance.
#[repr(C)]
pub struct InlineSlots {
    len: u32,
}

// The members start where `Attrs` ends, 8-byte aligned.
const _: () = {
    assert!(std::mem::offset_of!(Attrs, slots) + 4 == std::mem::size_of::<Attrs>());
    assert!(std::mem::size_of::<Attrs>() % 8 == 0);
    // Shape, values and dict pointers, the finalized flag and the member count: a
    // three-member `__slots__` instance is 80 bytes with its 24-byte header.
    assert!(std::mem::size_of::<Attrs>() == 32);
};

impl InlineSlots {
    #[inline(always)]
    fn base(&self) -> *mut Option<Value> {
        // `Attrs` ends 4 bytes after this field (asserted above).
        (self as *const InlineSlots as *mut u8).wrapping_add(4) as *mut Option<Value>
    }

    /// The members.
    ///
    /// # Safety
    /// As `PyCell::get`: no mutable borrow of them is alive.
    #[inline(always)]
    pub unsafe fn get(&self) -> &[Option<Value>] {
        std::slice::from_raw_parts(self.base(), self.len as usize)
    }

    /// The members, mutably.
    ///
    /// # Safety
    /// As `PyCell::get_mut`: no other borrow of them is alive.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub unsafe fn get_mut(&self) -> &mut [Option<Value>] {
        std::slice::from_raw_parts_mut(self.base(), self.len as usize)
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for InlineSlots {
    fn drop(&mut self) {
        // SAFETY: the members are initialised (`Attrs::write_new`) and dropped only here.
        unsafe { std::ptr::drop_in_place(self.get_mut() as *mut [Option<Value>]) }
    }
}

/// The bytes an instance needs after its `Obj<SubData<T>>` for `nslots` members.
#[inline(always)]
pub fn slots_size(nslots: usize) -> usize {
    nslots * std::mem::size_of::<Option<Value>>()
}

/// Payload of instances of heap types: the solid base's payload, then attributes.
#[repr(C)]
pub struct SubData<T> {
    pub base: T,
    pub attrs: Attrs,
}

impl Attrs {
    /// Writes a new instance's empty attributes at `p`, the last field of an allocation
    /// with room for `nslots` members after it (`Vm::new_instance`).
    ///
    /// # Safety
    /// `p` is valid for writes, with `slots_size(nslots)` bytes after the `Attrs`, and
    /// holds nothing that needs dropping.
    #[inline(always)]
    pub unsafe fn write_new(p: *mut Attrs, vm: &Vm, nslots: usize) {
        use std::ptr::addr_of_mut;
        addr_of_mut!((*p).shape).write(Cell::new(vm.shapes.root()));
        addr_of_mut!((*p).values).write(PyCell::new(ThinValues::new()));
        addr_of_mut!((*p).dict).write(PyCell::new(None));
        addr_of_mut!((*p).finalized).write(Cell::new(false));
        addr_of_mut!((*p).slots).write(InlineSlots { len: nslots as u32 });
        crate::vm::frame::clear_slots((*p).slots.base(), nslots);
    }

    /// The dict in dict mode.
    pub fn dict_value(&self) -> Option<Value> {
        unsafe { self.dict.get().clone() }
    }

    /// Looks an attribute up; `name` must be an interned str.
    #[inline]
    pub fn get(&self, vm: &Vm, name: &Value) -> PyResult<Option<Value>> {
        if let Some(d) = unsafe { self.dict.get() } {
            let d = d.clone();
            return vm.dict_get(vm.as_dict(&d).unwrap(), name);
        }
        let shape = unsafe { &*self.shape.get() };
        Ok(shape
            .index_of(name)
            .map(|i| unsafe { self.values.get()[i].clone() }))
    }

    /// Whether the instance has attribute `name` (an interned str), without reading it.
    #[inline]
    pub fn has(&self, vm: &Vm, name: &Value) -> PyResult<bool> {
        if let Some(d) = unsafe { self.dict.get() } {
            let d = d.clone();
            return Ok(vm.dict_get(vm.as_dict(&d).unwrap(), name)?.is_some());
        }
        Ok(unsafe { &*self.shape.get() }.index_of(name).is_some())
    }

    /// Sets an attribute; `name` must be an interned str. `hint` is the instance's type's
    /// `attr_hint` (None where the caller does not know the type: no sizing ahead).
    pub fn set(
        &self,
        vm: &Vm,
        name: &Value,
        value: Value,
        hint: Option<&Cell<u32>>,
    ) -> PyResult<()> {
        if let Some(d) = unsafe { self.dict.get() } {
            let d = d.clone();
            return vm.dict_set(vm.as_dict(&d).unwrap(), name.clone(), value);
        }
        let shape = unsafe { &*self.shape.get() };
        if let Some(i) = shape.index_of(name) {
            let old = unsafe { std::mem::replace(&mut self.values.get_mut()[i], value) };
            drop(old);
            return Ok(());
        }
        if shape.names.len() >= MAX_SHAPE_ATTRS {
            let d = self.to_dict(vm)?;
            return vm.dict_set(vm.as_dict(&d).unwrap(), name.clone(), value);
        }
        let next = vm.shapes.child(self.shape.get(), name);
        // SAFETY: `next` extends the current shape by `name`.
        unsafe { self.push_value(value, next, hint) };
        Ok(())
    }

    /// Appends the value of a new attribute and moves to shape `next`; `hint` (the type's
    /// `attr_hint`) learns the new count and sizes the first allocation.
    ///
    /// # Safety
    /// `next` is a live shape that extends the current one by one name; no reference
    /// into `values` is alive.
    #[inline(always)]
    pub unsafe fn push_value(&self, value: Value, next: *const Shape, hint: Option<&Cell<u32>>) {
        let vals = self.values.get_mut();
        let len = vals.len();
        let hint = match hint {
            Some(h) => {
                if len as u32 >= h.get() {
                    h.set(len as u32 + 1);
                }
                h.get() as usize
            }
            None => 0,
        };
        if len == vals.capacity() {
            reserve_values(vals, hint);
        }
        vals.push(value);
        self.shape.set(next);
    }

    /// Deletes an attribute; false if it was absent.
    pub fn del(&self, vm: &Vm, name: &Value) -> PyResult<bool> {
        let d = self.to_dict(vm)?;
        Ok(vm.dict_del(vm.as_dict(&d).unwrap(), name)?.is_some())
    }

    /// Moves to dict mode (if not already) and returns the dict.
    pub fn to_dict(&self, vm: &Vm) -> PyResult<Value> {
        if let Some(d) = unsafe { self.dict.get() } {
            return Ok(d.clone());
        }
        let shape = unsafe { &*self.shape.get() };
        let values = unsafe { std::mem::take(self.values.get_mut()) };
        // A shape's names are distinct interned strs: the table is built at its final
        // size, each key inserted without a search (`logging` formats every record
        // from its `__dict__`).
        let mut table = super::dict::Table::with_capacity(values.len());
        for (n, v) in shape.names.iter().zip(values.iter()) {
            table.insert_new(vm.hash(n)?, n.clone(), Some(v.clone()));
        }
        drop(values);
        let d = vm.new_dict_with_table(table);
        self.shape.set(vm.shapes.root());
        unsafe { *self.dict.get_mut() = Some(d.clone()) };
        Ok(d)
    }

    /// Replaces `__dict__` (assignment to `obj.__dict__`).
    pub fn replace_dict(&self, vm: &Vm, d: Value) {
        let old_vals = unsafe { std::mem::take(self.values.get_mut()) };
        self.shape.set(vm.shapes.root());
        let old = unsafe { self.dict.get_mut().replace(d) };
        drop(old);
        drop(old_vals);
    }

    /// Every value held (for the cycle collector).
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe {
            for v in self.values.get().iter() {
                f(v);
            }
            if let Some(d) = self.dict.get() {
                f(d);
            }
            for v in self.slots.get().iter().flatten() {
                f(v);
            }
        }
    }

    /// Drops every value held (breaking cycles).
    pub fn clear(&self) {
        // The shape must not describe values that are gone.
        if let Some(vm) = Vm::current() {
            self.shape.set(vm.shapes.root());
        }
        let v = unsafe { std::mem::take(self.values.get_mut()) };
        let d = unsafe { self.dict.get_mut().take() };
        // Taken out first, dropped after: a finalizer run by the drops may look here.
        let s: Vec<Option<Value>> = unsafe { self.slots.get_mut() }
            .iter_mut()
            .map(Option::take)
            .collect();
        drop(v);
        drop(d);
        drop(s);
    }
}

impl Vm {
    /// The attribute store of `obj`, if its type gives instances one.
    #[inline]
    pub fn attrs_of<'a>(&self, obj: &'a Value) -> Option<&'a Attrs> {
        let h = obj.header()?;
        let ty = unsafe { &(*h.ty.get()).data };
        if ty.flags.get() & super::typeobj::tflags::HAS_ATTRS != 0 {
            // SAFETY: instances of such types are Obj<SubData<T>> with attrs at attrs_offset.
            Some(unsafe { &*((obj.ptr() as *const u8).add(ty.attrs_offset.get()) as *const Attrs) })
        } else {
            None
        }
    }
}
