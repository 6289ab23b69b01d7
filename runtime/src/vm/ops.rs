//! Type queries and attribute access: MRO lookup, descriptors, `getattr`/`setattr`/`delattr`.

use super::{PyResult, Vm};
use crate::object::function::{FunctionData, MethodData};
use crate::object::instance::{Attrs, SubData};
use crate::object::misc::{GetSetData, MemberData, PropertyData, WrapperData};
use crate::object::native::{Args, BuiltinFunctionData, MethodDescrData, MethodKind};
use crate::object::typeobj::{tflags, type_data, Layout, TypeData, TypeObject};
use crate::object::value::{alloc, Value};

impl Vm {
    /// The type payload of `v`'s type.
    #[inline(always)]
    pub fn type_data_of<'a>(&'a self, v: &'a Value) -> &'a TypeData {
        match v.header() {
            Some(h) => unsafe { &(*h.ty.get()).data },
            None => unsafe { type_data(&self.types.int) },
        }
    }

    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        match v.header() {
            Some(h) => unsafe { Value::from_borrowed_ptr(h.ty.get() as *const _) },
            None => self.types.int.clone(),
        }
    }

    /// `v`'s type without a new reference: for lookups that run no Python code while
    /// `v` (which holds its type) lives. Anything that may run code takes `type_of`.
    #[inline(always)]
    pub fn type_borrowed(&self, v: &Value) -> std::mem::ManuallyDrop<Value> {
        // SAFETY: the pointer is a live type object, held by `v`; never dropped here.
        std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.type_ptr(v) as usize) })
    }

    #[inline(always)]
    pub fn type_ptr(&self, v: &Value) -> *const TypeObject {
        match v.header() {
            Some(h) => h.ty.get(),
            None => self.types.int.ptr() as *const TypeObject,
        }
    }

    /// Is `v`'s type exactly `ty`?
    #[inline(always)]
    pub fn is_exact(&self, v: &Value, ty: &Value) -> bool {
        std::ptr::eq(self.type_ptr(v) as *const u8, ty.ptr() as *const u8)
    }

    #[inline(always)]
    pub fn has_layout(&self, v: &Value, layout: Layout) -> bool {
        match v.header() {
            Some(h) => unsafe { (*h.ty.get()).data.layout == layout },
            None => layout == Layout::Int,
        }
    }

    pub fn is_type(&self, v: &Value) -> bool {
        self.has_layout(v, Layout::Type)
    }

    /// `issubclass(sub, ty)` by MRO (no `__subclasscheck__`).
    pub fn is_subtype(&self, sub: &Value, ty: &Value) -> bool {
        if sub.is(ty) {
            return true;
        }
        unsafe { type_data(sub) }.mro().iter().any(|t| t.is(ty))
    }

    /// `isinstance(v, ty)` by MRO (no `__instancecheck__`).
    #[inline]
    pub fn isinstance_type(&self, v: &Value, ty: &Value) -> bool {
        if self.is_exact(v, ty) {
            return true;
        }
        self.type_data_of(v).mro().iter().any(|t| t.is(ty))
    }

    /// Finds `name` (an interned str) along the MRO of type `ty`.
    pub fn lookup(&self, ty: &Value, name: &Value) -> Option<Value> {
        #[cfg(feature = "type-cache")]
        if self.switches.type_cache {
            return self.lookup_cached(ty, name);
        }
        self.lookup_uncached(ty, name)
    }

    /// The type attribute cache in front of the MRO walk (only interned names are cached:
    /// they live for the whole run, so their addresses are stable keys).
    #[cfg(feature = "type-cache")]
    #[inline]
    fn lookup_cached(&self, ty: &Value, name: &Value) -> Option<Value> {
        use crate::object::type_cache::Probe;
        let version = unsafe { type_data(ty) }.version.get();
        if let Probe::Found(v) = self.type_cache.probe(version, name) {
            self.stats.type_cache.hit();
            return v;
        }
        self.stats.type_cache.miss();
        let found = self.lookup_uncached(ty, name);
        if self.is_interned(name) {
            self.type_cache.store(version, name, found.as_ref());
        }
        found
    }

    #[cfg(feature = "type-cache")]
    #[inline]
    fn is_interned(&self, v: &Value) -> bool {
        self.is_exact(v, &self.types.str_)
            && unsafe { v.payload::<crate::object::str::StrData>() }
                .interned
                .get()
    }

    fn lookup_uncached(&self, ty: &Value, name: &Value) -> Option<Value> {
        self.lookup_uncached_body(ty, name)
    }

    /// `lookup` with the MRO walk inlined, for the uncached attribute paths that run on
    /// every access in the baseline (a call's register saves cost as much as one probe).
    #[inline(always)]
    pub(super) fn lookup_inline(&self, ty: &Value, name: &Value) -> Option<Value> {
        #[cfg(feature = "type-cache")]
        if self.switches.type_cache {
            return self.lookup_cached(ty, name);
        }
        self.lookup_uncached_body(ty, name)
    }

    /// The MRO walk lending what it finds (valid while no type's dict changes); Err when a
    /// non-str key with the same hash would need Python equality (`lookup` decides then).
    #[inline(always)]
    fn lookup_ref<'a>(&self, ty: &'a Value, name: &Value) -> Result<Option<&'a Value>, ()> {
        for t in unsafe { type_data(ty) }.mro() {
            if let Some(v) = self.dict_probe_str_ref(unsafe { type_data(t) }.dict_data(), name)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    #[inline(always)]
    fn lookup_uncached_body(&self, ty: &Value, name: &Value) -> Option<Value> {
        for t in unsafe { type_data(ty) }.mro() {
            let d = unsafe { type_data(t) };
            if let Some(v) = self.dict_get_str(d.dict_data(), name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks a special method up on the type of `obj` (never on the instance).
    #[inline]
    pub fn lookup_special(&self, obj: &Value, name: &Value) -> Option<Value> {
        let t = self.type_of(obj);
        self.lookup(&t, name)
    }

    /// Calls a special method found by `lookup_special`, binding `obj` as self.
    pub fn call_bound_special(&self, f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        if self.is_function(f) {
            return self.call_py_bound(f, obj, args);
        }
        if self.is_exact(f, &self.types.method_descriptor) {
            return with_receiver(obj, args, |all| self.call(f, all));
        }
        let bound = self.descr_get(f, Some(obj), &self.type_of(obj))?;
        self.call(&bound, args)
    }

    /// Calls `obj.name(*args)` looked up as a special method; None if not defined.
    pub fn call_special(
        &self,
        obj: &Value,
        name: &Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.lookup_special(obj, name) {
            Some(f) => Ok(Some(self.call_bound_special(&f, obj, args)?)),
            None => Ok(None),
        }
    }

    /// Does the type of descriptor `d` define `__set__` or `__delete__`?
    /// `__class__` and `__dict__` (inherited from `object`) and `__weakref__` (given to
    /// every plain class): data descriptors that `NO_DATA_DESCR` leaves out.
    #[inline]
    fn is_object_data_descr_name(&self, name: &Value) -> bool {
        name.is(&self.names.class) || name.is(&self.names.dict) || name.is(&self.names.weakref)
    }

    /// `module.name` when the name is in an exact module's dict (`math.sqrt`): the module
    /// type and `object` are immutable and define no data descriptor but `object`'s, so
    /// the dict's entry is the answer, found without probing either type's dict and
    /// without the generic dict lookup. `name` is a code object's (an exact str). None:
    /// the full lookup decides (a data descriptor's name, a miss, a module subclass).
    /// `td` is `obj`'s type's data.
    #[inline]
    pub(crate) fn module_attr_fast(
        &self,
        td: &TypeData,
        obj: &Value,
        name: &Value,
    ) -> Option<Value> {
        if !td.has_flag(tflags::EXACT_MODULE) || self.is_object_data_descr_name(name) {
            return None;
        }
        let md = unsafe { obj.payload::<crate::object::module::ModuleData>() };
        let d = self.as_dict(&md.dict)?;
        self.dict_probe_str_ref(d, name).ok().flatten().cloned()
    }

    pub(crate) fn is_data_descr(&self, d: &Value) -> bool {
        let t = self.type_ptr(d);
        if self.has_layout(d, Layout::Property)
            || std::ptr::eq(
                t as *const u8,
                self.types.member_descriptor.ptr() as *const u8,
            )
            || std::ptr::eq(
                t as *const u8,
                self.types.getset_descriptor.ptr() as *const u8,
            )
        {
            return true;
        }
        let td = unsafe { &(*t).data };
        // Classes and runtime-internal (Opaque) types may define __set__; builtin value types don't.
        if !td.has_flag(tflags::HEAPTYPE) && td.layout != Layout::Opaque {
            return false;
        }
        if std::ptr::eq(t as *const u8, self.types.function.ptr() as *const u8) {
            return false;
        }
        let ty = self.type_of(d);
        self.lookup(&ty, &self.names.set).is_some()
            || self.lookup(&ty, &self.names.delete).is_some()
    }

    /// Whether `x`'s class, a subclass of the builtin `base`, defines its own special
    /// method `name` (so CPython's slot calls it) rather than inheriting `base`'s.
    /// False for instances of builtin (non-heap) types.
    pub(crate) fn heap_overrides(&self, x: &Value, name: &Value, base: &Value) -> bool {
        let t = self.type_ptr(x);
        if !unsafe { &(*t).data }.has_flag(tflags::HEAPTYPE) {
            return false;
        }
        match (self.lookup(&self.type_of(x), name), self.lookup(base, name)) {
            (Some(a), Some(b)) => !a.is(&b),
            (None, None) => false,
            _ => true,
        }
    }

    /// `classmethod.__get__`/`staticmethod.__get__` of `d` (of either or a subclass).
    pub(crate) fn wrapper_get(&self, d: &Value, owner: &Value) -> PyResult<Value> {
        let w = unsafe { d.payload::<WrapperData>() };
        if self.is_exact(d, &self.types.staticmethod)
            || self.isinstance_type(d, &self.types.staticmethod)
        {
            return Ok(w.func.clone());
        }
        if !self.is_exact(&w.func, &self.types.function) {
            return self.classmethod_get_wrapped(&w.func, owner);
        }
        Ok(self.new_method(w.func.clone(), owner.clone()))
    }

    /// `property.__get__` of `d` (a property or a subclass's instance).
    pub(crate) fn property_get(&self, d: &Value, obj: Option<&Value>) -> PyResult<Value> {
        let Some(o) = obj else { return Ok(d.clone()) };
        let p = unsafe { d.payload::<PropertyData>() };
        match &p.fget {
            Some(g) => self.call(g, std::slice::from_ref(o)),
            None => Err(self.attribute_error(self.property_error_msg(d, o, "getter"))),
        }
    }

    /// Whether `d`, an instance of a subclass of property, classmethod or staticmethod
    /// (`t` its type), overrides the builtin's `name` (`__get__`, `__set__`, `__delete__`).
    /// False for the builtin types themselves.
    #[inline]
    fn builtin_descr_overridden(
        &self,
        d: &Value,
        t: *const crate::object::typeobj::TypeObject,
        name: &Value,
    ) -> bool {
        let td = unsafe { &(*t).data };
        if !td.has_flag(tflags::HEAPTYPE) {
            return false;
        }
        self.builtin_descr_overridden_slow(d, name)
    }

    #[cold]
    #[inline(never)]
    fn builtin_descr_overridden_slow(&self, d: &Value, name: &Value) -> bool {
        let base = if self.isinstance_type(d, &self.types.property) {
            &self.types.property
        } else if self.isinstance_type(d, &self.types.staticmethod) {
            &self.types.staticmethod
        } else {
            &self.types.classmethod
        };
        self.heap_overrides(d, name, base)
    }

    /// `d.__get__(obj, owner)` for any descriptor (returns `d` itself for non-descriptors).
    pub fn descr_get(&self, d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
        let t = self.type_ptr(d);
        let is = |ty: &Value| std::ptr::eq(t as *const u8, ty.ptr() as *const u8);
        if is(&self.types.function) {
            return Ok(match obj {
                Some(o) => self.new_method(d.clone(), o.clone()),
                None => d.clone(),
            });
        }
        if is(&self.types.method_descriptor) {
            let md = unsafe { d.payload::<MethodDescrData>() };
            return Ok(match md.kind {
                MethodKind::Instance => match obj {
                    Some(o) => {
                        if !self.isinstance_type(o, &md.objclass) {
                            return Err(self.type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                md.name,
                                unsafe { type_data(&md.objclass) }.name(),
                                self.type_name(o)
                            )));
                        }
                        self.new_bound_builtin(md.name, md.func, o.clone())
                    }
                    None => d.clone(),
                },
                MethodKind::Class => self.new_bound_builtin(md.name, md.func, owner.clone()),
                MethodKind::Static => md
                    .static_fn
                    .get_or_init(|| {
                        alloc(
                            self.types.builtin_function.ptr() as *const _,
                            BuiltinFunctionData {
                                name: md.name,
                                func: md.func,
                                bound: None,
                                // `int.__new__`, as CPython names it (and its errors).
                                qualname: format!(
                                    "{}.{}",
                                    unsafe { type_data(&md.objclass) }.name(),
                                    md.name
                                ),
                                arity: md.arity,
                                new_of: (md.name == "__new__").then(|| md.objclass.clone()),
                                guarded: md.arity != (0, 255) || md.name == "__new__",
                                module: Default::default(),
                            },
                        )
                    })
                    .clone(),
            });
        }
        // Subclasses share the payload layout (`WrapperData`/`PropertyData` first); a
        // subclass that defines its own `__get__` is called as any other descriptor.
        if self.has_layout(d, Layout::Wrapper)
            && !self.builtin_descr_overridden(d, t, &self.names.get)
        {
            return self.wrapper_get(d, owner);
        }
        if self.has_layout(d, Layout::Property)
            && !self.builtin_descr_overridden(d, t, &self.names.get)
        {
            return self.property_get(d, obj);
        }
        if is(&self.types.member_descriptor) {
            let Some(o) = obj else { return Ok(d.clone()) };
            return self.member_get(d, o);
        }
        if is(&self.types.getset_descriptor) {
            let Some(o) = obj else { return Ok(d.clone()) };
            let g = unsafe { d.payload::<GetSetData>() };
            return (g.get)(self, Args::new(std::slice::from_ref(o)));
        }
        let td = unsafe { &(*t).data };
        if td.has_flag(tflags::HEAPTYPE) || td.layout == Layout::Opaque {
            let dty = self.type_of(d);
            if let Some(get) = self.lookup(&dty, &self.names.get) {
                let o = obj.cloned().unwrap_or_else(|| self.none.clone());
                return self.call_bound_special(&get, d, &[o, owner.clone()]);
            }
        }
        Ok(d.clone())
    }

    /// A data descriptor of a class of its own with `__set__` but no `__get__`: as in
    /// CPython, the instance dict still answers first (and the descriptor itself after).
    #[inline]
    fn lacks_descr_get(&self, d: &Value) -> bool {
        self.type_data_of(d).has_flag(tflags::HEAPTYPE) && self.no_descr_get_hook(d)
    }

    #[inline(never)]
    fn no_descr_get_hook(&self, d: &Value) -> bool {
        self.lookup(&self.type_of(d), &self.names.get).is_none()
    }

    /// A classmethod around something other than a plain function: as in CPython 3.11, a
    /// wrapped descriptor (a property, say) is bound by its own `__get__(owner, owner)`.
    #[cold]
    fn classmethod_get_wrapped(&self, f: &Value, owner: &Value) -> PyResult<Value> {
        let fty = self.type_of(f);
        if !self.is_exact(f, &self.types.builtin_function)
            && self.lookup(&fty, &self.names.get).is_some()
        {
            return self.descr_get(f, Some(owner), owner);
        }
        Ok(self.new_method(f.clone(), owner.clone()))
    }

    /// Whether `d` is exactly a `__slots__` member descriptor (the type cannot be subclassed).
    #[inline]
    pub(crate) fn is_member_descr(&self, d: &Value) -> bool {
        std::ptr::eq(
            self.type_ptr(d) as *const u8,
            self.types.member_descriptor.ptr() as *const u8,
        )
    }

    /// A `__slots__` member's value on instance `o` (`d` is a member descriptor).
    #[inline(always)]
    fn member_get(&self, d: &Value, o: &Value) -> PyResult<Value> {
        let m = unsafe { d.payload::<MemberData>() };
        if let Some(attrs) = self.attrs_of(o) {
            if let Some(Some(v)) = unsafe { attrs.slots() }.get(m.index) {
                return Ok(v.clone());
            }
        }
        Err(self.member_get_error(m, o))
    }

    #[cold]
    #[inline(never)]
    fn member_get_error(&self, m: &MemberData, o: &Value) -> crate::vm::PyErr {
        if self.attrs_of(o).is_none() {
            return self.type_error("bad slot owner");
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(o),
            self.str_ref(&m.name)
        ))
    }

    pub(crate) fn property_error_msg(&self, d: &Value, o: &Value, what: &str) -> String {
        let p = unsafe { d.payload::<PropertyData>() };
        // (The type's qualified name, as CPython gives it.)
        let qn = unsafe { self.type_data_of(o).qualname.get().clone() };
        match unsafe { p.name.get() } {
            Some(n) => format!(
                "property '{}' of '{}' object has no {what}",
                self.str_of(n),
                qn
            ),
            None => format!("property of '{}' object has no {what}", qn),
        }
    }

    pub fn new_bound_builtin(
        &self,
        name: &'static str,
        func: crate::object::native::NativeFn,
        bound: Value,
    ) -> Value {
        alloc(
            self.types.builtin_function.ptr() as *const _,
            BuiltinFunctionData {
                name,
                func,
                bound: Some(bound),
                qualname: name.to_string(),
                arity: crate::object::native::dunder_arity(name),
                new_of: None,
                guarded: crate::object::native::dunder_arity(name) != (0, 255),
                module: Default::default(),
            },
        )
    }

    /// `getattr(obj, name)`; `name` must be a str (interned for speed).
    pub fn getattr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_inner(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.no_attribute(obj, name)),
            Err(e) => Err(self.attribute_error_context(e, obj, name)),
        }
    }

    /// An AttributeError out of an attribute lookup (raised by `__getattr__`, a property,
    /// `__getattribute__`) gets the lookup's `name` and `obj` unless it has either already,
    /// as CPython's PyObject_GetAttr does (set_attribute_error_context).
    #[cold]
    #[inline(never)]
    pub(crate) fn attribute_error_context(
        &self,
        e: super::PyErr,
        obj: &Value,
        name: &Value,
    ) -> super::PyErr {
        if !self.is_exception_instance(&e.0) || !self.err_matches(&e, &self.exc.attribute_error) {
            return e;
        }
        let (n, o) = (self.intern("name"), self.intern("obj"));
        let unset = |k: &Value| {
            self.getattr_inner(&e.0, k)
                .ok()
                .flatten()
                .map_or(true, |v| self.is_none(&v))
        };
        if unset(&n) && unset(&o) {
            let _ = self.setattr(&e.0, &n, name.clone());
            let _ = self.setattr(&e.0, &o, obj.clone());
        }
        e
    }

    /// The AttributeError CPython raises for a missing attribute.
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> super::PyErr {
        let n = self.str_of(name);
        let msg = if self.is_type(obj) {
            format!(
                "type object '{}' has no attribute '{n}'",
                unsafe { type_data(obj) }.name()
            )
        } else if let Some(d) = self.module_dict(obj) {
            let mname = self
                .dict_get_str_key(self.as_dict(&d).unwrap(), "__name__")
                .filter(|v| self.is_str(v));
            match mname {
                Some(m) => format!("module '{}' has no attribute '{n}'", self.str_of(&m)),
                // CPython's wording when `__name__` is gone or not a str.
                None => format!("module has no attribute '{n}'"),
            }
        } else {
            format!("'{}' object has no attribute '{n}'", self.type_name(obj))
        };
        let e = self.attribute_error(msg);
        // `name` and `obj`, as CPython sets them (tracebacks use them for "Did you mean").
        let _ = self.setattr(&e.0, &self.intern("name"), name.clone());
        let _ = self.setattr(&e.0, &self.intern("obj"), obj.clone());
        e
    }

    /// The AttributeError of setting or deleting a missing attribute: CPython's generic
    /// message, with no `name` or `obj` (so no "Did you mean").
    #[cold]
    pub fn no_attribute_to_set(&self, obj: &Value, name: &Value) -> super::PyErr {
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            self.str_of(name)
        ))
    }

    /// `getattr(obj, name)`, None when the attribute is missing (any AttributeError).
    pub fn getattr_opt(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr_inner(obj, name) {
            Err(e) if self.err_matches(&e, &self.exc.attribute_error) => Ok(None),
            r => r,
        }
    }

    /// Attribute lookup: None when plainly missing; an AttributeError raised by a descriptor,
    /// `__getattribute__` or `__getattr__` comes back as the error, with its own message.
    pub(crate) fn getattr_inner(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if !self.is_str(name) {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        }
        // Names from code are interned already: borrowed, not cloned, on that path.
        let interned;
        let name = if self.is_exact_str(name)
            && !unsafe { name.payload::<crate::object::str::StrData>() }
                .interned
                .get()
        {
            interned = self.intern_value(name);
            &interned
        } else {
            name
        };
        let td = self.type_data_of(obj);
        if self.is_exact(obj, &self.types.super_) {
            return crate::builtins::functions::super_getattr(self, obj, &name);
        }
        if td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            let ty = self.type_of(obj);
            if let Some(ga) = self.lookup(&ty, &self.names.getattribute) {
                let r = self.call_bound_special(&ga, obj, &[name.clone()]);
                return match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.exc.attribute_error) => {
                        self.call_getattr_hook(obj, &ty, &name, e)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        if td.has_flag(tflags::HAS_GETATTR) {
            let ty = self.type_of(obj);
            // A descriptor's AttributeError (a property's getter, say) falls back to
            // `__getattr__` as well, as a plain miss does.
            let missed = match self.generic_getattr(obj, &name) {
                Ok(Some(v)) => return Ok(Some(v)),
                Ok(None) => None,
                Err(e) if self.err_matches(&e, &self.exc.attribute_error) => Some(e),
                Err(e) => return Err(e),
            };
            return match self.lookup(&ty, &self.names.getattr) {
                // The hook's own AttributeError (with its message) is the error.
                Some(hook) => self
                    .call_bound_special(&hook, obj, &[name.clone()])
                    .map(Some),
                None => missed.map_or(Ok(None), Err),
            };
        }
        self.generic_getattr(obj, &name)
    }

    fn call_getattr_hook(
        &self,
        obj: &Value,
        ty: &Value,
        name: &Value,
        err: super::PyErr,
    ) -> PyResult<Option<Value>> {
        match self.lookup(ty, &self.names.getattr) {
            Some(hook) => self
                .call_bound_special(&hook, obj, &[name.clone()])
                .map(Some),
            None => Err(err),
        }
    }

    /// The attribute store of `obj` when its shape alone answers for attribute `name`, for
    /// the hot loop's generic `LOAD_ATTR` and `STORE_ATTR`: `obj` is no class, its type has
    /// attributes, no data descriptor and none of the `hooks` flags (its own
    /// `__getattribute__`, or `__setattr__` and no dict), `name` (interned) is none of
    /// `object`'s data descriptors, and the instance is not in dict mode. Then
    /// `generic_getattr` and `generic_setattr` would look at the shape alone too.
    #[inline(always)]
    fn shape_attrs<'a>(&self, obj: &'a Value, name: &Value, hooks: u32) -> Option<&'a Attrs> {
        let fl = self.type_data_of(obj).flags.get();
        let need = tflags::HAS_ATTRS | tflags::NO_DATA_DESCR;
        if fl & (need | hooks) != need || self.is_type(obj) || self.is_object_data_descr_name(name)
        {
            return None;
        }
        let attrs = self.attrs_of(obj)?;
        attrs.dict().is_none().then_some(attrs)
    }

    /// An instance attribute found by its shape (`shape_attrs`); None: ask `getattr`.
    #[inline(always)]
    pub(super) fn instance_attr(&self, obj: &Value, name: &Value) -> Option<Value> {
        let attrs = self.shape_attrs(obj, name, tflags::CUSTOM_GETATTRIBUTE)?;
        let i = unsafe { &*attrs.shape.get() }.index_of(name)?;
        unsafe { attrs.values.get()[i].clone() }.into()
    }

    /// Replaces an instance attribute found by its shape (`shape_attrs`); gives `value`
    /// back otherwise (a new attribute included: `setattr` extends the shape). Out of line:
    /// the hot loop's registers are worth more (inlined, richards took 2% more
    /// instructions).
    #[inline(never)]
    pub(super) fn set_instance_attr(
        &self,
        obj: &Value,
        name: &Value,
        value: Value,
    ) -> Option<Value> {
        let hooks = tflags::CUSTOM_SETATTR | tflags::NO_DICT;
        let Some(attrs) = self.shape_attrs(obj, name, hooks) else {
            return Some(value);
        };
        let Some(i) = unsafe { &*attrs.shape.get() }.index_of(name) else {
            return Some(value);
        };
        // (The old value drops after the store: its `__del__` sees the new one.)
        let old = unsafe { std::mem::replace(&mut attrs.values.get_mut()[i], value) };
        drop(old);
        None
    }

    /// In a `MEMBERS_ONLY` class: `Some(Some(slot index))` when `name` resolves to a
    /// `__slots__` member, `Some(None)` when it resolves to no data descriptor, None when
    /// the table cannot tell (a name that is not an interned exact str).
    #[inline(always)]
    fn member_slot(&self, td: &TypeData, name: &Value) -> Option<Option<usize>> {
        if !self.is_exact_str(name)
            || !unsafe { name.payload::<crate::object::str::StrData>() }
                .interned
                .get()
        {
            return None;
        }
        // (The table's names are interned: identity is equality.)
        Some(unsafe { td.members.get() }.find(name))
    }

    /// The slot index of `__slots__` member `name` on an instance of a `MEMBERS_ONLY` class
    /// with neither `__getattribute__` nor `__setattr__` of its own (`LOAD_ATTR` and
    /// `STORE_ATTR`'s first test: a member is a data descriptor, so it decides both).
    #[inline(always)]
    fn member_fast(&self, td: &TypeData, name: &Value) -> Option<usize> {
        let hooks = tflags::MEMBERS_ONLY | tflags::CUSTOM_GETATTRIBUTE | tflags::CUSTOM_SETATTR;
        if td.flags.get() & hooks != tflags::MEMBERS_ONLY {
            return None;
        }
        self.member_slot(td, name).flatten()
    }

    /// The value in slot `i` of `obj`'s `__slots__` members; None when it has no such slot
    /// or the slot is empty (the full path then raises the error).
    #[inline(always)]
    fn slot_value(&self, obj: &Value, i: usize) -> Option<Value> {
        match self.attrs_of(obj).and_then(|a| unsafe { a.slots() }.get(i)) {
            Some(Some(v)) => Some(v.clone()),
            _ => None,
        }
    }

    /// Stores `v` in slot `i` of `obj`'s `__slots__` members; `v` back when it has no
    /// such slot. (The old value drops after the store: its `__del__` sees the new one.)
    #[inline(always)]
    fn set_slot_value(&self, obj: &Value, i: usize, v: Value) -> Result<(), Value> {
        match self
            .attrs_of(obj)
            .and_then(|a| unsafe { a.slots_mut() }.get_mut(i))
        {
            Some(slot) => {
                let old = std::mem::replace(slot, Some(v));
                drop(old);
                Ok(())
            }
            None => Err(v),
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes); None if missing.
    pub fn generic_getattr(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        self.generic_getattr_body(obj, name)
    }

    /// `LOAD_ATTR` without a cache (the baseline's, and the generic form's): an instance
    /// of a class with no attribute hooks, by an interned name, is looked up in this one
    /// frame (`__slots__` members, class attributes, methods as bound methods), instead
    /// of through `getattr`, `getattr_inner` and `generic_getattr`, each with its own
    /// register saves; anything else goes the general way.
    ///
    /// A `__slots__` member is read here, in a frame small enough to need no register
    /// saves; the rest is `load_attr_general`, reached by a tail call.
    #[inline(never)]
    pub(crate) fn load_attr_uncached(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        let td = self.type_data_of(obj);
        if let Some(v) = self
            .member_fast(td, name)
            .and_then(|i| self.slot_value(obj, i))
        {
            return Ok(v);
        }
        self.load_attr_general(obj, name)
    }

    #[inline(never)]
    fn load_attr_general(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        let td = self.type_data_of(obj);
        // (Modules leave by the flag test they share with the attribute hooks, so that
        // instances pay nothing for their path.)
        let hooks = tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR | tflags::EXACT_MODULE;
        if td.flags.get() & hooks == 0
            && !self.is_type(obj)
            && self.is_exact_str(name)
            && unsafe { name.payload::<crate::object::str::StrData>() }
                .interned
                .get()
            && !self.is_exact(obj, &self.types.super_)
        {
            return match self.generic_getattr_body(obj, name) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(self.no_attribute(obj, name)),
                Err(e) => Err(self.attribute_error_context(e, obj, name)),
            };
        }
        // (A module's miss, or a data descriptor's name, takes the full protocol below.)
        if td.has_flag(tflags::EXACT_MODULE) && self.is_exact_str(name) {
            if let Some(v) = self.module_attr_fast(td, obj, name) {
                return Ok(v);
            }
        }
        self.getattr(obj, name)
    }

    #[inline(always)]
    fn generic_getattr_body(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if self.is_type(obj) {
            return self.type_getattr(obj, name);
        }
        let td = self.type_data_of(obj);
        if td.has_flag(tflags::NO_DATA_DESCR) && !self.is_object_data_descr_name(name) {
            if let Some(attrs) = self.attrs_of(obj) {
                if let Some(v) = attrs.get(self, name)? {
                    return Ok(Some(v));
                }
            }
        } else if td.has_flag(tflags::MEMBERS_ONLY) && !self.is_object_data_descr_name(name) {
            if let Some(attrs) = self.attrs_of(obj) {
                match self.member_slot(td, name) {
                    // (An empty slot takes the full path below, for its error.)
                    Some(Some(i)) => {
                        if let Some(v) = self.slot_value(obj, i) {
                            return Ok(Some(v));
                        }
                    }
                    Some(None) => {
                        if let Some(v) = attrs.get(self, name)? {
                            return Ok(Some(v));
                        }
                    }
                    None => {}
                }
            }
        }
        // (Borrowed for the lookups, which run no code; a descriptor call takes its own.)
        let ty = self.type_borrowed(obj);
        #[cfg(feature = "type-cache")]
        let cached = self.switches.type_cache;
        #[cfg(not(feature = "type-cache"))]
        let cached = false;
        let descr = if cached {
            self.lookup_inline(&ty, name)
        } else {
            // Borrowed first: a `__slots__` member is read without taking a reference
            // to its descriptor (reading it runs no Python code).
            match self.lookup_ref(&ty, name) {
                Ok(Some(d)) => {
                    if self.is_member_descr(d) {
                        return self.member_get(d, obj).map(Some);
                    }
                    Some(d.clone())
                }
                Ok(None) => None,
                Err(()) => self.lookup_uncached(&ty, name),
            }
        };
        if let Some(d) = &descr {
            // `__slots__` members first: the commonest data descriptor on instances.
            if self.is_member_descr(d) {
                return self.member_get(d, obj).map(Some);
            }
            if self.is_data_descr(d) && !self.lacks_descr_get(d) {
                return self.descr_get(d, Some(obj), &self.type_of(obj)).map(Some);
            }
        }
        if let Some(attrs) = self.attrs_of(obj) {
            if let Some(v) = attrs.get(self, name)? {
                return Ok(Some(v));
            }
        } else if self.is_exact(obj, &self.types.module) {
            let d = self.module_dict(obj).unwrap();
            if let Some(v) = self.dict_get(self.as_dict(&d).unwrap(), name)? {
                return Ok(Some(v));
            }
            if let Some(v) =
                crate::builtins::sys_extra::lazy_attr(self, obj, self.as_dict(&d).unwrap(), name)
            {
                return Ok(Some(v));
            }
            if descr.is_none() {
                if let Some(ga) = self.dict_get_str_key(self.as_dict(&d).unwrap(), "__getattr__") {
                    return match self.call(&ga, std::slice::from_ref(name)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, &self.exc.attribute_error) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
            }
        } else if self.is_function(obj) {
            let f = unsafe { obj.payload::<FunctionData>() };
            if let Some(d) = unsafe { f.dict.get() } {
                if let Some(v) = self.dict_get(self.as_dict(d).unwrap(), name)? {
                    return Ok(Some(v));
                }
            }
        } else if self.is_exact(obj, &self.types.method) && descr.is_none() {
            // Bound methods forward unknown attributes to their function.
            let m = unsafe { obj.payload::<MethodData>() };
            return self.getattr_opt(&m.func, name);
        }
        match descr {
            Some(d) => self.descr_get(&d, Some(obj), &self.type_of(obj)).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a class: metaclass data descriptors, then the class's MRO, then the metaclass.
    fn type_getattr(&self, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
        let meta = self.type_of(cls);
        let meta_attr = self.lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if self.is_data_descr(m) && !self.lacks_descr_get(m) {
                return self.descr_get(m, Some(cls), &meta).map(Some);
            }
        }
        if let Some(a) = self.lookup(cls, name) {
            return self.descr_get(&a, None, cls).map(Some);
        }
        match meta_attr {
            Some(m) => self.descr_get(&m, Some(cls), &meta).map(Some),
            None => Ok(None),
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        if !self.is_str(name) {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        }
        // Names from code are interned already: borrowed, not cloned, on that path.
        let interned;
        let name = if unsafe { name.payload::<crate::object::str::StrData>() }
            .interned
            .get()
        {
            name
        } else {
            interned = self.intern_value(name);
            &interned
        };
        let td = self.type_data_of(obj);
        if td.has_flag(tflags::CUSTOM_SETATTR) {
            let ty = self.type_of(obj);
            if let Some(sa) = self.lookup(&ty, &self.names.setattr) {
                self.call_bound_special(&sa, obj, &[name.clone(), value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn delattr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        if !self.is_str(name) {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        }
        let name = self.intern_value(name);
        let td = self.type_data_of(obj);
        if td.has_flag(tflags::CUSTOM_DELATTR) {
            let ty = self.type_of(obj);
            if let Some(sa) = self.lookup(&ty, &self.names.delattr) {
                self.call_bound_special(&sa, obj, &[name])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, &name, None)
    }

    /// `object.__setattr__` / `__delattr__` (value None deletes).
    pub fn generic_setattr(&self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        self.generic_setattr_body(obj, name, value)
    }

    /// `STORE_ATTR` without a cache: on an instance of a class without `__setattr__`, by
    /// an interned name, the store runs in this one frame (as `load_attr_uncached`).
    #[inline(never)]
    pub(crate) fn store_attr_uncached(
        &self,
        obj: &Value,
        name: &Value,
        value: Value,
    ) -> PyResult<()> {
        let td = self.type_data_of(obj);
        let value = match self.member_fast(td, name) {
            Some(i) => match self.set_slot_value(obj, i, value) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            },
            None => value,
        };
        self.store_attr_general(obj, name, value)
    }

    /// `store_attr_uncached` but for a `__slots__` member (as `load_attr_general`).
    #[inline(never)]
    fn store_attr_general(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let td = self.type_data_of(obj);
        if td.flags.get() & tflags::CUSTOM_SETATTR == 0
            && self.is_exact_str(name)
            && unsafe { name.payload::<crate::object::str::StrData>() }
                .interned
                .get()
        {
            return self.generic_setattr_body(obj, name, Some(value));
        }
        self.setattr(obj, name, value)
    }

    #[inline(always)]
    fn generic_setattr_body(
        &self,
        obj: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        if self.is_type(obj) {
            return self.type_setattr(obj, name, value);
        }
        let td = self.type_data_of(obj);
        if let Some(v) = value.as_ref() {
            if td.flags.get() & (tflags::NO_DATA_DESCR | tflags::NO_DICT) == tflags::NO_DATA_DESCR
                && !self.is_object_data_descr_name(name)
            {
                if let Some(attrs) = self.attrs_of(obj) {
                    return attrs.set(self, name, v.clone(), Some(&td.attr_hint));
                }
            }
        }
        if td.has_flag(tflags::MEMBERS_ONLY) {
            if let (Some(v), Some(Some(i))) = (value.as_ref(), self.member_slot(td, name)) {
                if self.set_slot_value(obj, i, v.clone()).is_ok() {
                    return Ok(());
                }
            }
        }
        // (Borrowed for the lookup, which runs no code; owned below, where storing into
        // the instance's dict may run a key's `__eq__`.)
        if let Some(d) = self.lookup_inline(&self.type_borrowed(obj), name) {
            if self.is_member_descr(&d) {
                return self.member_set(&d, obj, value);
            }
            if self.is_data_descr(&d) {
                return self.descr_set(&d, obj, value);
            }
        }
        let ty = self.type_of(obj);
        if let Some(attrs) = self.attrs_of(obj) {
            if !unsafe { type_data(&ty) }.has_flag(tflags::NO_DICT) || attrs.dict_value().is_some()
            {
                return match value {
                    Some(v) => attrs.set(self, name, v, Some(&unsafe { type_data(&ty) }.attr_hint)),
                    None => {
                        if attrs.del(self, name)? {
                            Ok(())
                        } else {
                            Err(self.no_attribute_to_set(obj, name))
                        }
                    }
                };
            }
        } else if self.is_exact(obj, &self.types.module) {
            let d = self.module_dict(obj).unwrap();
            let dd = self.as_dict(&d).unwrap();
            return match value {
                Some(v) => self.dict_set(dd, name.clone(), v),
                None => match self.dict_del(dd, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute_to_set(obj, name)),
                },
            };
        } else if self.is_function(obj) {
            let f = unsafe { obj.payload::<FunctionData>() };
            let d = unsafe { f.dict.get_mut() }
                .get_or_insert_with(|| self.new_dict())
                .clone();
            let dd = self.as_dict(&d).unwrap();
            return match value {
                Some(v) => self.dict_set(dd, name.clone(), v),
                None => match self.dict_del(dd, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute_to_set(obj, name)),
                },
            };
        }
        if self.lookup(&ty, name).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                self.str_of(name)
            )));
        }
        Err(self.no_attribute_to_set(obj, name))
    }

    /// Sets (or with None deletes) a `__slots__` member of `obj` (`d` is a member descriptor).
    #[inline(always)]
    fn member_set(&self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let m = unsafe { d.payload::<MemberData>() };
        let attrs = self
            .attrs_of(obj)
            .ok_or_else(|| self.type_error("bad slot owner"))?;
        let slots = unsafe { attrs.slots_mut() };
        if m.index >= slots.len() {
            return Err(self.type_error("bad slot index"));
        }
        if value.is_none() && slots[m.index].is_none() {
            return Err(self.attribute_error(self.str_of(&m.name)));
        }
        let old = std::mem::replace(&mut slots[m.index], value);
        drop(old);
        Ok(())
    }

    /// `d.__set__(obj, value)`, or `d.__delete__(obj)` when `value` is None.
    pub(crate) fn descr_set(&self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        // `__slots__` members first: the commonest data descriptor on instances.
        if self.is_member_descr(d) {
            return self.member_set(d, obj, value);
        }
        if self.has_layout(d, Layout::Property)
            && !self.builtin_descr_overridden(
                d,
                self.type_ptr(d),
                if value.is_some() {
                    &self.names.set
                } else {
                    &self.names.delete
                },
            )
        {
            let p = unsafe { d.payload::<PropertyData>() };
            return match value {
                Some(v) => match &p.fset {
                    Some(f) => self.call(f, &[obj.clone(), v]).map(|_| ()),
                    None => Err(self.attribute_error(self.property_error_msg(d, obj, "setter"))),
                },
                None => match &p.fdel {
                    Some(f) => self.call(f, std::slice::from_ref(obj)).map(|_| ()),
                    None => Err(self.attribute_error(self.property_error_msg(d, obj, "deleter"))),
                },
            };
        }
        if self.is_exact(d, &self.types.getset_descriptor) {
            let g = unsafe { d.payload::<GetSetData>() };
            return match (g.set, value) {
                (Some(set), Some(v)) => set(self, Args::new(&[obj.clone(), v])).map(|_| ()),
                (Some(set), None) => set(self, Args::new(std::slice::from_ref(obj))).map(|_| ()),
                // (Named by the descriptor's class, as CPython does, not the instance's.)
                _ => Err(self.attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    g.name,
                    unsafe { type_data(&g.owner) }.name()
                ))),
            };
        }
        let dty = self.type_of(d);
        match value {
            Some(v) => match self.lookup(&dty, &self.names.set) {
                Some(f) => self
                    .call_bound_special(&f, d, &[obj.clone(), v])
                    .map(|_| ()),
                None => Err(self.attribute_error("__set__")),
            },
            None => match self.lookup(&dty, &self.names.delete) {
                Some(f) => self.call_bound_special(&f, d, &[obj.clone()]).map(|_| ()),
                None => Err(self.attribute_error("__delete__")),
            },
        }
    }

    /// Setting an attribute on a class: metaclass data descriptors, else the class dict
    /// (bumping version tags of the class and its subclasses).
    fn type_setattr(&self, cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        let meta = self.type_of(cls);
        if let Some(d) = self.lookup(&meta, name) {
            if self.is_data_descr(&d) {
                return self.descr_set(&d, cls, value);
            }
        }
        let td = unsafe { type_data(cls) };
        if !td.has_flag(tflags::HEAPTYPE) {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                self.str_of(name),
                td.name()
            )));
        }
        let dd = self.as_dict(&td.dict).unwrap();
        let r = match value {
            Some(v) => self.dict_set(dd, name.clone(), v),
            None => match self.dict_del(dd, name)? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(cls, name)),
            },
        };
        self.type_modified(cls);
        r
    }

    /// Allocates an instance of `ty` with payload `data`, keeping a heap type alive and
    /// tracking the instance for the cycle collector.
    pub fn alloc_instance<T>(&self, ty: &Value, data: T) -> Value {
        self.alloc_instance_with(ty, |p: *mut T| unsafe { p.write(data) })
    }

    /// `alloc_instance` with the payload written in place by `init`, once the memory is
    /// allocated (see `alloc_in_place`): instances and generators build theirs there.
    #[inline]
    pub fn alloc_instance_with<T>(&self, ty: &Value, init: impl FnOnce(*mut T)) -> Value {
        self.alloc_instance_extra(ty, 0, init)
    }

    /// `alloc_instance_with` with `extra` bytes after the payload (`alloc_in_place_extra`).
    #[inline(always)]
    fn alloc_instance_extra<T>(
        &self,
        ty: &Value,
        extra: usize,
        init: impl FnOnce(*mut T),
    ) -> Value {
        let td = unsafe { type_data(ty) };
        if td.has_flag(tflags::HEAPTYPE) {
            // The instance owns a reference to its class (released by its dealloc).
            std::mem::forget(ty.clone());
        }
        let v =
            crate::object::value::alloc_in_place_extra(ty.ptr() as *const TypeObject, extra, init);
        if td.traverse.get().is_some() {
            crate::object::gc::track(&v);
        }
        v
    }

    /// A new instance of the heap or exception type `ty`, with base payload `base`.
    pub fn new_instance<T>(&self, ty: &Value, base: T) -> Value {
        let nslots = unsafe { type_data(ty).slot_names.get().len() };
        let extra = crate::object::instance::slots_size(nslots);
        self.alloc_instance_extra(ty, extra, |p: *mut SubData<T>| unsafe {
            std::ptr::addr_of_mut!((*p).base).write(base);
            Attrs::write_new(std::ptr::addr_of_mut!((*p).attrs), self, nslots);
        })
    }
}

/// Runs `k` on `[obj, *args]`: the receiver in front of the arguments of a bound call (a
/// dunder, `__init__`, `__new__`). Up to three arguments the list is an array on the
/// stack, not a heap vector (an allocation and a free per call).
#[inline]
pub(crate) fn with_receiver<R>(obj: &Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    match args {
        [] => k(std::slice::from_ref(obj)),
        [a] => k(&[obj.clone(), a.clone()]),
        [a, b] => k(&[obj.clone(), a.clone(), b.clone()]),
        [a, b, c] => k(&[obj.clone(), a.clone(), b.clone(), c.clone()]),
        _ => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            k(&all)
        }
    }
}
