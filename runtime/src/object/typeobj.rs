//! Type objects: layout kinds, the type payload, C3 MRO, attribute lookup and version tags.

use super::value::{free_obj, Obj, ObjHeader, PyCell, Value};
use std::cell::Cell;

/// How instances of a type are laid out in memory; a subclass shares its
/// solid base's layout (plus `Attrs` when it is a heap type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    /// `property` (and subclasses): `PropertyData`.
    Property,
    /// `classmethod`/`staticmethod` (and subclasses): `WrapperData`.
    Wrapper,
    /// `types.ModuleType` (and subclasses): `ModuleData`.
    Module,
    /// A type whose instances are created only by the runtime (functions, frames, iterators...).
    Opaque,
}

pub mod tflags {
    /// Created by a class statement or `type(name, bases, dict)`.
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have an attribute store (`Attrs`) at `attrs_offset`.
    pub const HAS_ATTRS: u32 = 4;
    /// Instances have no `__dict__` (`__slots__` without `__dict__`).
    pub const NO_DICT: u32 = 8;
    /// Defines `__del__`.
    pub const HAS_FINALIZER: u32 = 16;
    /// Is an exception class.
    pub const EXCEPTION: u32 = 32;
    /// Slots: the class (or a base) defines `__getattribute__` in Python.
    pub const CUSTOM_GETATTRIBUTE: u32 = 64;
    /// Defines `__setattr__` in Python.
    pub const CUSTOM_SETATTR: u32 = 128;
    /// Defines `__delattr__` in Python.
    pub const CUSTOM_DELATTR: u32 = 256;
    /// Defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 512;
    /// `__init__` is `object.__init__`.
    pub const INIT_IS_OBJECT: u32 = 1024;
    /// `__new__` is `object.__new__`.
    pub const NEW_IS_OBJECT: u32 = 2048;
    /// Has a non-empty `__abstractmethods__`: instances cannot be created.
    pub const ABSTRACT: u32 = 4096;
    /// No class in the MRO (except `object`) defines a data descriptor, so an instance
    /// attribute, when present, is the answer without looking at the classes first.
    pub const NO_DATA_DESCR: u32 = 8192;
    /// Instances may be the target of weak references (the weak-reference table is
    /// consulted when one is freed).
    pub const WEAKREFABLE: u32 = 16384;
    /// The module type itself (not a subclass): attribute loads look in the module's dict
    /// first (`Vm::module_attr_fast`). Set once at start-up, never inherited.
    pub const EXACT_MODULE: u32 = 32768;
    /// Every data descriptor an attribute name resolves to along the MRO (except
    /// `object`'s and the standard `__dict__`/`__weakref__` getsets) is a `__slots__`
    /// member, listed in `TypeData::members`: a name not listed there is no data
    /// descriptor's, so the instance answers first.
    pub const MEMBERS_ONLY: u32 = 65536;
    /// The flags recomputed by `Vm::update_slots`.
    pub const SLOT_MASK: u32 = ABSTRACT
        | NO_DATA_DESCR
        | MEMBERS_ONLY
        | CUSTOM_GETATTRIBUTE
        | CUSTOM_SETATTR
        | CUSTOM_DELATTR
        | HAS_GETATTR
        | INIT_IS_OBJECT
        | NEW_IS_OBJECT
        | HAS_FINALIZER;
}

pub type Dealloc = unsafe fn(*mut ObjHeader);
pub type Traverse = unsafe fn(*const ObjHeader, &mut dyn FnMut(&Value));
pub type Clear = unsafe fn(*const ObjHeader);

/// The payload of a type object.
pub struct TypeData {
    pub name: PyCell<String>,
    /// CPython's `tp_name` where it differs from `name`: a library class standing for one of
    /// CPython's C types (`datetime.date`) is named with its module in error messages. Set
    /// by `__ember_tp_name__` in the class body; never inherited.
    pub tp_name: PyCell<Option<String>>,
    pub qualname: PyCell<String>,
    pub bases: PyCell<Vec<Value>>,
    pub mro: PyCell<Vec<Value>>,
    /// The namespace: a dict object keyed by str.
    pub dict: Value,
    /// Bumped (to a fresh global number) when the type or a base changes; 0 = unassigned.
    pub version: Cell<u32>,
    pub flags: Cell<u32>,
    pub layout: Layout,
    /// Byte offset of `Attrs` in instances (when `HAS_ATTRS`).
    pub attrs_offset: Cell<usize>,
    /// The most attributes an instance of this type has held in shape mode: a new
    /// instance sizes its values for that many at its first attribute (as CPython sizes
    /// an instance's values by its class's shared keys).
    pub attr_hint: Cell<u32>,
    /// Names of `__slots__` members, in slot order.
    pub slot_names: PyCell<Vec<Value>>,
    /// With `MEMBERS_ONLY`: each name that resolves to a member descriptor along the MRO,
    /// with that member's slot index (recomputed with the slot flags). Part of the class's
    /// layout, as the flags are: attribute access finds a slot by comparing names here
    /// instead of probing each class's dict. (The index, not the descriptor: a descriptor
    /// refers to its class, and a reference here would be a cycle the collector cannot see.)
    pub members: PyCell<super::member_table::MemberTable>,
    pub dealloc: Cell<Dealloc>,
    pub traverse: Cell<Option<Traverse>>,
    pub clear: Cell<Option<Clear>>,
    /// Direct subclasses (weak: raw pointers removed when the subclass dies).
    pub subclasses: PyCell<Vec<usize>>,
    /// For a native type of `Layout::Opaque` that may be subclassed and whose `__new__`
    /// makes its payload in a subclass's instance (`enumerate`, `zip`...): that instance's
    /// layout. Inherited by heap subclasses. (Without it a subclass's instance was freed
    /// as a payload-less object: a crash.)
    pub sub_layout: Cell<Option<fn() -> super::traverse::InstanceLayout>>,
    /// For an (immutable) builtin type whose instances need no `__init__`: its native
    /// `__new__`, once a call found it (`Vm::call_type`): calling the type calls it.
    pub native_new: Cell<Option<super::native::NativeFn>>,
    /// For a native iterator type (`stdlib/native_type.rs`; never inherited): its next
    /// step, called by `Vm::next` without the `__next__` lookup, the method call and the
    /// StopIteration at the end (`sum(itertools.repeat(1, n))` ran at 8 times CPython's
    /// time).
    pub native_next: Cell<Option<NativeNext>>,
}

/// A native iterator's next item, or None when it is exhausted.
pub type NativeNext = fn(&crate::vm::Vm, &Value) -> crate::vm::PyResult<Option<Value>>;

pub type TypeObject = Obj<TypeData>;

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A fresh type version tag.
pub fn next_version() -> u32 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl TypeData {
    pub fn new(name: &str, layout: Layout, dict: Value, dealloc: Dealloc) -> TypeData {
        TypeData {
            name: PyCell::new(name.to_string()),
            tp_name: PyCell::new(None),
            qualname: PyCell::new(name.to_string()),
            bases: PyCell::new(Vec::new()),
            mro: PyCell::new(Vec::new()),
            dict,
            version: Cell::new(next_version()),
            flags: Cell::new(0),
            layout,
            attrs_offset: Cell::new(0),
            attr_hint: Cell::new(0),
            slot_names: PyCell::new(Vec::new()),
            members: PyCell::new(Default::default()),
            dealloc: Cell::new(dealloc),
            traverse: Cell::new(None),
            clear: Cell::new(None),
            subclasses: PyCell::new(Vec::new()),
            sub_layout: Cell::new(None),
            native_new: Cell::new(None),
            native_next: Cell::new(None),
        }
    }

    pub fn name(&self) -> String {
        // SAFETY: short read, nothing runs meanwhile.
        unsafe { self.name.get().clone() }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// The namespace as a dict payload (every constructor of a type makes it a dict, and
    /// it is never replaced), without the layout check `as_dict` makes.
    #[inline]
    pub fn dict_data(&self) -> &super::dict::DictData {
        unsafe { self.dict.payload::<super::dict::DictData>() }
    }

    pub fn mro(&self) -> &[Value] {
        // SAFETY: the MRO vector is replaced only by `set_mro`, never while borrowed by a lookup.
        unsafe { self.mro.get() }
    }

    pub fn bases(&self) -> &[Value] {
        unsafe { self.bases.get() }
    }
}

/// The type payload of a value known to be a type.
///
/// # Safety
/// `v` is a type object.
#[inline(always)]
pub unsafe fn type_data(v: &Value) -> &TypeData {
    v.payload::<TypeData>()
}

/// `T` as a type's dealloc function.
pub fn dealloc_of<T>() -> Dealloc {
    free_obj::<T>
}

/// C3 linearisation of `bases`, with `this` first. `Err` holds the names of
/// the bases that could not be ordered (for CPython's TypeError message).
pub fn c3_mro(this: &Value, bases: &[Value]) -> Result<Vec<Value>, Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| unsafe { type_data(b) }.mro().to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand)));
            if !in_tail {
                picked = Some(cand.clone());
                break;
            }
        }
        match picked {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut heads: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.is(&s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                return Err(heads);
            }
        }
    }
}
