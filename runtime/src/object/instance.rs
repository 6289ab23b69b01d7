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
    /// How many `__slots__` members the instances of this shape carry after their
    /// `Attrs`. Every shape an instance passes through has its count (a root per
    /// count), so the instance needs no word of its own for it.
    pub nslots: u32,
    /// Dict mode: `names` is empty and the instance's `values` hold its `__dict__` alone.
    pub dict_mode: bool,
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
    /// The empty shape of instances with `n` members, at index `n` (null until made).
    roots: PyCell<Vec<*const Shape>>,
    /// The dict-mode shape of instances with `n` members, at index `n` (null until made).
    dicts: PyCell<Vec<*const Shape>>,
}

impl Default for ShapeTree {
    fn default() -> Self {
        Self::new()
    }
}

impl ShapeTree {
    pub fn new() -> ShapeTree {
        let t = ShapeTree {
            arena: RefCell::new(Vec::new()),
            roots: PyCell::new(Vec::new()),
            dicts: PyCell::new(Vec::new()),
        };
        t.root_for(0);
        t
    }

    fn make(&self, names: Vec<Value>, bloom: u64, nslots: u32, dict_mode: bool) -> *const Shape {
        let mut arena = self.arena.borrow_mut();
        let shape = Box::new(Shape {
            id: arena.len() as u32,
            names,
            bloom,
            nslots,
            dict_mode,
            children: RefCell::new(Vec::new()),
        });
        let p = &*shape as *const Shape;
        arena.push(shape);
        p
    }

    /// The shape a new instance with `nslots` members starts from.
    #[inline]
    pub fn root_for(&self, nslots: usize) -> *const Shape {
        // SAFETY: the tables are touched only by these two functions, never re-entrantly.
        match unsafe { self.roots.get() }.get(nslots) {
            Some(&p) if !p.is_null() => p,
            _ => self.new_special(nslots, false),
        }
    }

    /// The dict-mode shape of instances with `nslots` members.
    pub fn dict_for(&self, nslots: usize) -> *const Shape {
        match unsafe { self.dicts.get() }.get(nslots) {
            Some(&p) if !p.is_null() => p,
            _ => self.new_special(nslots, true),
        }
    }

    #[cold]
    #[inline(never)]
    fn new_special(&self, nslots: usize, dict_mode: bool) -> *const Shape {
        let n = u32::try_from(nslots).expect("__slots__ count fits u32");
        let p = self.make(Vec::new(), 0, n, dict_mode);
        let table = unsafe {
            if dict_mode {
                self.dicts.get_mut()
            } else {
                self.roots.get_mut()
            }
        };
        if table.len() <= nslots {
            table.resize(nslots + 1, std::ptr::null());
        }
        table[nslots] = p;
        p
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
        let p = self.make(names, parent.bloom | name_bit(name), parent.nslots, false);
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
/// `SubData`), and its `__slots__` members follow it in the same allocation (as CPython
/// stores them in the object: no allocation of their own, and a member load is one load
/// from the instance); their count is the shape's.
#[repr(C)]
pub struct Attrs {
    pub shape: Cell<*const Shape>,
    /// The values of the attributes the shape names, in its order; in dict mode, the
    /// instance's `__dict__` alone.
    pub values: PyCell<ThinValues>,
}

// The members start where `Attrs` ends, 8-byte aligned.
const _: () = {
    // Shape and values pointers: a three-member `__slots__` instance is 64 bytes with
    // its 24-byte header, a plain instance 40.
    assert!(std::mem::size_of::<Attrs>() == 16);
};

impl Drop for Attrs {
    fn drop(&mut self) {
        // The attributes first, then the members (the order of the fields they were).
        // SAFETY: the members are initialised (`Attrs::write_new`) and dropped only here.
        unsafe {
            drop(std::mem::take(self.values.get_mut()));
            std::ptr::drop_in_place(self.slots_mut() as *mut [Option<Value>]);
        }
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
        addr_of_mut!((*p).shape).write(Cell::new(vm.shapes.root_for(nslots)));
        addr_of_mut!((*p).values).write(PyCell::new(ThinValues::new()));
        crate::vm::frame::clear_slots((*p).slots_base(), nslots);
    }

    #[inline(always)]
    fn shape_ref(&self) -> &Shape {
        // SAFETY: an instance's shape is always a live shape (they are never freed).
        unsafe { &*self.shape.get() }
    }

    /// How many `__slots__` members follow.
    #[inline(always)]
    pub fn nslots(&self) -> usize {
        self.shape_ref().nslots as usize
    }

    #[inline(always)]
    fn slots_base(&self) -> *mut Option<Value> {
        (self as *const Attrs).wrapping_add(1) as *mut Option<Value>
    }

    /// The `__slots__` members, by slot index.
    ///
    /// # Safety
    /// As `PyCell::get`: no mutable borrow of them is alive.
    #[inline(always)]
    pub unsafe fn slots(&self) -> &[Option<Value>] {
        std::slice::from_raw_parts(self.slots_base(), self.nslots())
    }

    /// The members, mutably.
    ///
    /// # Safety
    /// As `PyCell::get_mut`: no other borrow of them is alive.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub unsafe fn slots_mut(&self) -> &mut [Option<Value>] {
        std::slice::from_raw_parts_mut(self.slots_base(), self.nslots())
    }

    /// The instance's `__dict__`, in dict mode.
    #[inline]
    pub fn dict(&self) -> Option<&Value> {
        if self.shape_ref().dict_mode {
            // SAFETY: in dict mode `values` holds the dict alone (none once cleared).
            unsafe { self.values.get() }.first()
        } else {
            None
        }
    }

    /// The dict in dict mode.
    pub fn dict_value(&self) -> Option<Value> {
        self.dict().cloned()
    }

    /// Whether the instance holds any attribute or a dict (`__reduce__`'s state).
    pub fn has_state(&self) -> bool {
        !unsafe { self.values.get() }.is_empty()
    }

    /// Looks an attribute up; `name` must be an interned str.
    #[inline]
    pub fn get(&self, vm: &Vm, name: &Value) -> PyResult<Option<Value>> {
        let shape = self.shape_ref();
        if let Some(i) = shape.index_of(name) {
            return Ok(Some(unsafe { self.values.get()[i].clone() }));
        }
        match self.dict() {
            Some(d) => {
                let d = d.clone();
                vm.dict_get(vm.as_dict(&d).unwrap(), name)
            }
            None => Ok(None),
        }
    }

    /// Whether the instance has attribute `name` (an interned str), without reading it.
    #[inline]
    pub fn has(&self, vm: &Vm, name: &Value) -> PyResult<bool> {
        if let Some(d) = self.dict() {
            let d = d.clone();
            return Ok(vm.dict_get(vm.as_dict(&d).unwrap(), name)?.is_some());
        }
        Ok(self.shape_ref().index_of(name).is_some())
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
        if let Some(d) = self.dict() {
            let d = d.clone();
            return vm.dict_set(vm.as_dict(&d).unwrap(), name.clone(), value);
        }
        let shape = self.shape_ref();
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
        if let Some(d) = self.dict() {
            return Ok(d.clone());
        }
        let shape = self.shape_ref();
        // A shape's names are distinct interned strs: the table is built at its final
        // size, each key inserted without a search (`logging` formats every record
        // from its `__dict__`).
        let table = {
            let values = unsafe { self.values.get() };
            let mut table = super::dict::Table::with_capacity(values.len());
            for (n, v) in shape.names.iter().zip(values.iter()) {
                table.insert_new(vm.hash(n)?, n.clone(), Some(v.clone()));
            }
            table
        };
        let d = vm.new_dict_with_table(table);
        self.replace_dict(vm, d.clone());
        Ok(d)
    }

    /// Replaces `__dict__` (assignment to `obj.__dict__`), or starts dict mode with `d`.
    pub fn replace_dict(&self, vm: &Vm, d: Value) {
        let mut vals = ThinValues::new();
        vals.push(d);
        // (The old values drop after the switch: a finalizer they run sees the new dict.)
        let old = unsafe { std::mem::replace(self.values.get_mut(), vals) };
        self.shape.set(vm.shapes.dict_for(self.nslots()));
        drop(old);
    }

    /// Every value held (for the cycle collector): attributes (or the dict) and members.
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        unsafe {
            for v in self.values.get().iter() {
                f(v);
            }
            for v in self.slots().iter().flatten() {
                f(v);
            }
        }
    }

    /// Drops every value held (breaking cycles).
    pub fn clear(&self) {
        // The shape must not describe values that are gone.
        if let Some(vm) = Vm::current() {
            self.shape.set(vm.shapes.root_for(self.nslots()));
        }
        let v = unsafe { std::mem::take(self.values.get_mut()) };
        // Taken out first, dropped after: a finalizer run by the drops may look here.
        let s: Vec<Option<Value>> = unsafe { self.slots_mut() }
            .iter_mut()
            .map(Option::take)
            .collect();
        drop(v);
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
