//! Shadow bytecode (feature `shadowcode`): once a code object has run `threshold` times it
//! gets a private, writable copy of its instructions plus one inline cache per attribute
//! and global site. Generic instructions are rewritten one for one into adaptive forms,
//! which specialise themselves on what they see (see `bytecode/opcode.rs`, opcodes 200+);
//! a specialised instruction that misses falls back to the generic path and re-specialises,
//! and a site that keeps missing is rewritten back to its generic opcode for good.
//!
//! Caches hold borrowed words, guarded by version tags that are never reused: a type's
//! version (bumped on any change to it or a base), a dict's version (bumped on every
//! mutation), and an instance's shape. The design is written up in `shadow.md` beside
//! this file.

use crate::bytecode::Opcode;
use crate::object::function::CodeData;
use crate::object::instance::Attrs;
use crate::object::typeobj::{tflags, type_data};
use crate::object::value::{PyCell, Value};
use std::cell::Cell;

/// Re-specialisations a site may take before it is left generic.
const MAX_RESPECIALIZE: u32 = 64;

/// One inline cache. Which fields mean what depends on the instruction that owns it.
#[derive(Default)]
pub struct Cache {
    /// Type object address (attribute and method sites); 0 = empty.
    pub ty: Cell<usize>,
    /// Type version tag, or the globals / module dict version.
    pub version: Cell<u64>,
    /// Builtins dict version (a global found in builtins), 0 when found in globals.
    pub version2: Cell<u64>,
    /// Shape address the entry is valid for (0: the type's instances have no attributes).
    pub shape: Cell<usize>,
    /// Slot index in the instance's values.
    pub index: Cell<usize>,
    /// A borrowed value word (global, method), or the shape after an attribute is added.
    pub value: Cell<usize>,
    /// Re-specialisations so far.
    pub respecialized: Cell<u32>,
    /// Method sites: further (type, version, shape) entries once the site has seen more
    /// than one kind of receiver (up to 4 in all, as Cinder's polymorphic caches).
    pub more: PyCell<Option<Box<[MethodEntry; 3]>>>,
    /// Which of `more` the next new receiver kind replaces.
    pub next_more: Cell<u8>,
}

/// One receiver kind of a polymorphic method site.
#[derive(Default)]
pub struct MethodEntry {
    pub ty: Cell<usize>,
    pub version: Cell<u64>,
    pub shape: Cell<usize>,
    pub value: Cell<usize>,
}

/// What a method cache keys on: (type address, type version, shape or 0).
pub type MethodKey = (usize, u64, usize);

impl Cache {
    /// The cached method word for a receiver of kind `k`, if any entry holds it.
    #[inline(always)]
    pub fn method_for(&self, k: MethodKey) -> Option<usize> {
        if (self.ty.get(), self.version.get(), self.shape.get()) == k {
            return Some(self.value.get());
        }
        // SAFETY: no reference into `more` outlives this call.
        let more = unsafe { self.more.get() }.as_deref()?;
        more.iter()
            .find(|e| (e.ty.get(), e.version.get(), e.shape.get()) == k)
            .map(|e| e.value.get())
    }

    /// Adds a receiver kind to a polymorphic method site (replacing round robin when full).
    pub fn add_method(&self, k: MethodKey, m: &Value) {
        // SAFETY: no other reference into `more` is alive.
        let more = unsafe { self.more.get_mut() }.get_or_insert_with(Default::default);
        let i = self.next_more.get() as usize % more.len();
        self.next_more.set(((i + 1) % more.len()) as u8);
        let e = &more[i];
        e.ty.set(k.0);
        e.version.set(k.1);
        e.shape.set(k.2);
        // Borrowed, as the primary entry: valid while the type version matches.
        e.value.set(m.raw());
    }
}

/// The shadow copy of one code object.
pub struct Shadow {
    /// Same length and jump targets as the code's instructions.
    pub instrs: Box<[Cell<u32>]>,
    /// Instruction index -> cache index (`u32::MAX` where the instruction has none).
    pub cache_of: Box<[u32]>,
    pub caches: Box<[Cache]>,
}

/// Per code object: its call count and, once past the threshold, its shadow.
#[derive(Default)]
pub struct ShadowSlot {
    pub calls: Cell<u32>,
    pub shadow: PyCell<Option<Box<Shadow>>>,
}

impl Shadow {
    /// The cache of the instruction at `ip`, which has one: every quickened form is
    /// written over an adaptive instruction, and `build` gave each of those a cache.
    /// (Unchecked: the lookup runs on every attribute load and call of shadowed code.)
    #[inline(always)]
    pub fn cache(&self, ip: usize) -> &Cache {
        debug_assert!(ip < self.cache_of.len());
        // SAFETY: `ip` is an instruction of this code, and `cache_of` has an entry per
        // instruction.
        let i = unsafe { *self.cache_of.get_unchecked(ip) } as usize;
        debug_assert!(i < self.caches.len(), "instruction {ip} has no cache");
        // SAFETY: see above: the instruction's entry names one of `caches`.
        unsafe { self.caches.get_unchecked(i) }
    }

    /// Rewrites the instruction at `ip` to `op`, keeping its argument.
    #[inline]
    pub fn rewrite(&self, ip: usize, op: Opcode) {
        let w = self.instrs[ip].get();
        self.instrs[ip].set((w & !0xff) | op as u32);
    }

    /// `slot_globals`: global loads already go through dict-watcher slots (one indirection,
    /// no check), so global sites keep the generic opcode instead of a version-checked cache.
    fn build(code: &CodeData, slot_globals: bool) -> Shadow {
        let src = &code.code.instructions;
        let mut cache_of = vec![u32::MAX; src.len()];
        let mut n = 0u32;
        let instrs: Vec<Cell<u32>> = src
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let adaptive = match crate::bytecode::Opcode::from_u8(w as u8) {
                    Some(Opcode::LOAD_GLOBAL) if !slot_globals => {
                        Some(Opcode::LOAD_GLOBAL_ADAPTIVE)
                    }
                    Some(Opcode::LOAD_ATTR) => Some(Opcode::LOAD_ATTR_ADAPTIVE),
                    Some(Opcode::LOAD_METHOD) => Some(Opcode::LOAD_METHOD_ADAPTIVE),
                    Some(Opcode::STORE_ATTR) => Some(Opcode::STORE_ATTR_ADAPTIVE),
                    Some(Opcode::BINARY_OP) => Some(Opcode::BINARY_OP_ADAPTIVE),
                    Some(Opcode::COMPARE_OP) => Some(Opcode::COMPARE_OP_ADAPTIVE),
                    Some(Opcode::BINARY_SUBSCR) => Some(Opcode::BINARY_SUBSCR_ADAPTIVE),
                    Some(Opcode::STORE_SUBSCR) => Some(Opcode::STORE_SUBSCR_ADAPTIVE),
                    Some(Opcode::CALL) => Some(Opcode::CALL_ADAPTIVE),
                    Some(Opcode::FOR_ITER) => Some(Opcode::FOR_ITER_ADAPTIVE),
                    // (No cache: the form checks its receiver's type each time.)
                    Some(Opcode::SEND) => {
                        return Cell::new((w & !0xff) | Opcode::SEND_GEN as u32);
                    }
                    _ => None,
                };
                match adaptive {
                    Some(op) => {
                        cache_of[i] = n;
                        n += 1;
                        Cell::new((w & !0xff) | op as u32)
                    }
                    None => Cell::new(w),
                }
            })
            .collect();
        pair_superinstructions(src, &instrs);
        Shadow {
            instrs: instrs.into_boxed_slice(),
            cache_of: cache_of.into_boxed_slice(),
            caches: (0..n).map(|_| Cache::default()).collect(),
        }
    }
}

/// Rewrites the first of each pair of local loads and stores (and a local load before a
/// constant) into one instruction that runs both, as CPython 3.11's superinstructions:
/// one dispatch instead of two. The second word stays as it was, so a jump to it runs
/// it alone, and the pair's opcode reads its argument from there.
fn pair_superinstructions(src: &[u32], instrs: &[Cell<u32>]) {
    use Opcode::*;
    for i in 0..src.len().saturating_sub(1) {
        let (a, b) = (
            Opcode::from_u8(src[i] as u8),
            Opcode::from_u8(src[i + 1] as u8),
        );
        // (An `EXTENDED_ARG` before either word leaves the pair alone.)
        if i > 0 && Opcode::from_u8(src[i - 1] as u8) == Some(EXTENDED_ARG) {
            continue;
        }
        let pair = match (a, b) {
            (Some(LOAD_FAST), Some(LOAD_FAST)) => LOAD_FAST__LOAD_FAST,
            (Some(STORE_FAST), Some(LOAD_FAST)) => STORE_FAST__LOAD_FAST,
            (Some(LOAD_FAST), Some(LOAD_CONST)) => LOAD_FAST__LOAD_CONST,
            (Some(STORE_FAST), Some(STORE_FAST)) => STORE_FAST__STORE_FAST,
            _ => continue,
        };
        instrs[i].set((src[i] & !0xff) | pair as u32);
    }
}

/// What a site that missed should become.
pub enum Respecialize {
    /// Try again with fresh facts.
    Again,
    /// Give up: back to the generic opcode.
    Generic,
}

impl Cache {
    /// Counts a re-specialisation; past the limit the site goes generic.
    pub fn respecialize(&self) -> Respecialize {
        let n = self.respecialized.get() + 1;
        self.respecialized.set(n);
        if n > MAX_RESPECIALIZE {
            Respecialize::Generic
        } else {
            Respecialize::Again
        }
    }
}

impl super::Vm {
    /// Counts a run of `code`; returns its shadow once it has one. (The common case,
    /// a code that has its shadow, inline at each frame entry; the counting out of line.)
    #[inline(always)]
    pub fn shadow_of<'a>(&self, code_v: &Value, code: &'a CodeData) -> Option<&'a Shadow> {
        // SAFETY: the box, once made, is never replaced while the code object lives.
        if let Some(s) = unsafe { code.shadow.shadow.get() } {
            return Some(s);
        }
        self.shadow_count(code_v, code)
    }

    /// `shadow_of` for a code without its shadow yet: counts the run, and makes the
    /// shadow at the threshold.
    #[inline(never)]
    fn shadow_count<'a>(&self, code_v: &Value, code: &'a CodeData) -> Option<&'a Shadow> {
        if !self.switches.shadowcode {
            return None;
        }
        let n = code.shadow.calls.get() + 1;
        code.shadow.calls.set(n);
        if n < self.switches.shadow_threshold {
            return None;
        }
        self.stats
            .shadow_codes
            .set(self.stats.shadow_codes.get() + 1);
        if self.options.keep_shadowed {
            self.shadowed.borrow_mut().push(code_v.clone());
        }
        unsafe {
            *code.shadow.shadow.get_mut() =
                Some(Box::new(Shadow::build(code, self.switches.dict_watchers)))
        };
        unsafe { code.shadow.shadow.get() }.as_deref()
    }

    /// Fills the cache of a global load that found `v` (looked up by the generic path).
    pub fn specialize_global(
        &self,
        sh: &Shadow,
        ip: usize,
        globals: &Value,
        builtins: &Value,
        name: &Value,
    ) {
        let c = sh.cache(ip);
        let (Some(g), Some(b)) = (self.as_dict(globals), self.as_dict(builtins)) else {
            return;
        };
        let (value, v2) = match self.dict_get_str(g, name) {
            Some(v) => (v, 0),
            None => match self.dict_get_str(b, name) {
                Some(v) => (v, b.version.get()),
                None => return,
            },
        };
        c.version.set(g.version.get());
        c.version2.set(v2);
        // Borrowed: valid while the dict versions match (the dicts hold the value).
        c.value.set(value.raw());
        sh.rewrite(ip, Opcode::LOAD_GLOBAL_CACHED);
        self.stats.load_global.specialized_one();
    }

    /// The attribute store of `obj` when a shape-keyed cache may describe it: a plain
    /// instance in shape mode whose type has no custom attribute hooks.
    fn cacheable_attrs<'a>(&self, obj: &'a Value, hooks: u32) -> Option<&'a Attrs> {
        if obj.is_small() || self.is_type(obj) {
            return None;
        }
        let td = self.type_data_of(obj);
        if td.has_flag(hooks) {
            return None;
        }
        let a = self.attrs_of(obj)?;
        if a.dict().is_some() {
            return None;
        }
        Some(a)
    }

    /// Specialises an attribute load that just ran generically on `obj`.
    pub fn specialize_load_attr(&self, sh: &Shadow, ip: usize, obj: &Value, name: &Value) {
        let c = sh.cache(ip);
        if self.is_exact(obj, &self.types.module) {
            if self.cache_module_attr(sh, ip, obj, name, Opcode::LOAD_ATTR_MODULE) {
                self.stats.load_attr.specialized_one();
            }
            return;
        }
        if self.specialize_member(sh, ip, obj, name, Opcode::LOAD_ATTR_MEMBER) {
            return;
        }
        if self.is_exact(obj, &self.types.type_) {
            self.specialize_type_attr(sh, ip, obj, name);
            return;
        }
        let Some(a) = self.cacheable_attrs(obj, tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR)
        else {
            return;
        };
        let ty = self.type_of(obj);
        if let Some(d) = self.lookup(&ty, name) {
            if self.is_data_descr(&d) {
                return;
            }
        }
        let shape = a.shape.get();
        let Some(i) = unsafe { &*shape }.index_of(name) else {
            // Not on the instance: a plain class attribute (its type has no `__get__`) is
            // cached under the (type, version, shape) key the method cache uses.
            if let Some(d) = self.lookup(&ty, name) {
                if self.lookup_special(&d, &self.names.get).is_none() {
                    if let Some((t, v, s)) = self.method_key(obj) {
                        c.ty.set(t);
                        c.version.set(v);
                        c.shape.set(s);
                        // Borrowed: the type's dict (or a base's) holds it while the
                        // version matches.
                        c.value.set(d.raw());
                        sh.rewrite(ip, Opcode::LOAD_ATTR_CLASS);
                        self.stats.load_attr.specialized_one();
                    }
                }
            }
            return;
        };
        // Without data descriptors anywhere on the MRO the shape alone decides (any type).
        let any_type = self.type_data_of(obj).has_flag(tflags::NO_DATA_DESCR);
        c.ty.set(if any_type { 0 } else { ty.raw() });
        c.version
            .set(unsafe { type_data(&ty) }.version.get() as u64);
        c.shape.set(shape as usize);
        c.index.set(i);
        sh.rewrite(ip, Opcode::LOAD_ATTR_SLOT);
        self.stats.load_attr.specialized_one();
    }

    /// Caches `cls.name` for a class whose metaclass is `type` (`LOAD_ATTR_TYPE`) when the
    /// answer is the object found on the class's MRO itself: a value without `__get__`, or
    /// a function (`function.__get__(None, cls)` is the function), and `type` has no data
    /// descriptor of that name (`type` cannot change, so that holds for good).
    fn specialize_type_attr(&self, sh: &Shadow, ip: usize, cls: &Value, name: &Value) {
        if let Some(m) = self.lookup(&self.types.type_, name) {
            if self.is_data_descr(&m) {
                return;
            }
        }
        let Some(d) = self.lookup(cls, name) else {
            return;
        };
        if !self.is_function(&d) && self.lookup_special(&d, &self.names.get).is_some() {
            return;
        }
        let c = sh.cache(ip);
        c.ty.set(cls.raw());
        c.version
            .set(unsafe { type_data(cls) }.version.get() as u64);
        // Borrowed: the class's dict (or a base's) holds it while the version matches.
        c.value.set(d.raw());
        sh.rewrite(ip, Opcode::LOAD_ATTR_TYPE);
        self.stats.load_attr.specialized_one();
    }

    /// Whether `obj` is the class `LOAD_ATTR_TYPE` cached at `c`, unchanged since: the
    /// same object, still a class of metaclass `type` (a new object at a freed class's
    /// address is not read as one), with the same version tag.
    #[inline(always)]
    pub fn type_attr_hit(&self, obj: &Value, c: &Cache) -> bool {
        obj.raw() == c.ty.get()
            && self.is_exact(obj, &self.types.type_)
            && unsafe { type_data(obj) }.version.get() as u64 == c.version.get()
    }

    /// Caches `module.name` (found in the module's dict) at `ip` keyed by the dict and its
    /// version, and rewrites the instruction to `op`; false if there is nothing to cache.
    pub fn cache_module_attr(
        &self,
        sh: &Shadow,
        ip: usize,
        module: &Value,
        name: &Value,
        op: Opcode,
    ) -> bool {
        let Some(d) = self.module_dict(module) else {
            return false;
        };
        let Some(dd) = self.as_dict(&d) else {
            return false;
        };
        let Some(v) = self.dict_get_str(dd, name) else {
            return false;
        };
        let c = sh.cache(ip);
        c.ty.set(d.raw());
        c.version.set(dd.version.get());
        // Borrowed: valid while the dict's version matches (the dict holds it).
        c.value.set(v.raw());
        sh.rewrite(ip, op);
        true
    }

    /// The value `cache_module_attr` cached at `ip`, if `obj` is still that module and
    /// its dict is unchanged (`LOAD_ATTR_MODULE`, `LOAD_METHOD_MODULE`).
    #[inline(always)]
    pub fn module_attr_hit(&self, sh: &Shadow, ip: usize, obj: &Value) -> Option<Value> {
        let c = sh.cache(ip);
        let hit = self.is_exact(obj, &self.types.module)
            && self.module_dict(obj).is_some_and(|d| {
                d.raw() == c.ty.get()
                    && self
                        .as_dict(&d)
                        .is_some_and(|dd| dd.version.get() == c.version.get())
            });
        // SAFETY: the module dict is unchanged, so it holds the value.
        hit.then(|| unsafe { super::eval::borrowed(c.value.get()) })
    }

    /// Specialises a method load that found the plain method `m` on the type of `obj`.
    pub fn specialize_load_method(&self, sh: &Shadow, ip: usize, obj: &Value, m: &Value) {
        let c = sh.cache(ip);
        let Some((ty, version, shape)) = self.method_key(obj) else {
            return;
        };
        c.ty.set(ty);
        c.version.set(version);
        c.shape.set(shape);
        // Borrowed: the type's dict (or a base's) holds it while the version matches.
        c.value.set(m.raw());
        sh.rewrite(ip, Opcode::LOAD_METHOD_CACHED);
        self.stats.load_method.specialized_one();
    }

    /// Specialises an attribute store; `before` is the instance's shape before the store.
    pub fn specialize_store_attr(
        &self,
        sh: &Shadow,
        ip: usize,
        obj: &Value,
        name: &Value,
        before: usize,
    ) {
        let c = sh.cache(ip);
        if self.specialize_member(sh, ip, obj, name, Opcode::STORE_ATTR_MEMBER) {
            return;
        }
        let Some(a) = self.cacheable_attrs(obj, tflags::CUSTOM_SETATTR) else {
            return;
        };
        let ty = self.type_of(obj);
        if let Some(d) = self.lookup(&ty, name) {
            if self.is_data_descr(&d) {
                return;
            }
        }
        let after = a.shape.get();
        let Some(i) = unsafe { &*after }.index_of(name) else {
            return;
        };
        if before != after as usize && i + 1 != unsafe { &*after }.names.len() {
            return;
        }
        let any_type = self.type_data_of(obj).has_flag(tflags::NO_DATA_DESCR);
        c.ty.set(if any_type { 0 } else { ty.raw() });
        c.version
            .set(unsafe { type_data(&ty) }.version.get() as u64);
        c.shape.set(before);
        c.index.set(i);
        c.value.set(if before == after as usize {
            0
        } else {
            after as usize
        });
        sh.rewrite(ip, Opcode::STORE_ATTR_SLOT);
        self.stats.store_attr.specialized_one();
    }

    /// Specialises a site whose name is a `__slots__` member of the type of `obj`.
    fn specialize_member(
        &self,
        sh: &Shadow,
        ip: usize,
        obj: &Value,
        name: &Value,
        op: Opcode,
    ) -> bool {
        if obj.is_small() || self.is_type(obj) || self.attrs_of(obj).is_none() {
            return false;
        }
        let td = self.type_data_of(obj);
        if td.has_flag(tflags::CUSTOM_GETATTRIBUTE | tflags::CUSTOM_SETATTR) {
            return false;
        }
        let ty = self.type_of(obj);
        let Some(d) = self.lookup(&ty, name) else {
            return false;
        };
        if !self.is_exact(&d, &self.types.member_descriptor) {
            return false;
        }
        let m = unsafe { d.payload::<crate::object::misc::MemberData>() };
        let c = sh.cache(ip);
        c.ty.set(ty.raw());
        c.version.set(td.version.get() as u64);
        c.index.set(m.index);
        sh.rewrite(ip, op);
        let fam = if op == Opcode::LOAD_ATTR_MEMBER {
            &self.stats.load_attr
        } else {
            &self.stats.store_attr
        };
        fam.specialized_one();
        true
    }

    /// Rewrites a site to its generic opcode for good, counting it as uncachable.
    fn give_up(&self, sh: &Shadow, ip: usize, generic: Opcode) {
        sh.rewrite(ip, generic);
        let fam = self.cache_family(generic);
        fam.uncachable.set(fam.uncachable.get() + 1);
    }

    /// The statistics of the sites whose generic opcode is `generic`.
    pub fn cache_family(&self, generic: Opcode) -> &super::switches::CacheCounts {
        let s = &self.stats;
        match generic {
            Opcode::LOAD_GLOBAL => &s.load_global,
            Opcode::LOAD_ATTR => &s.load_attr,
            Opcode::LOAD_METHOD => &s.load_method,
            Opcode::BINARY_OP => &s.binary_op,
            Opcode::COMPARE_OP => &s.compare_op,
            Opcode::BINARY_SUBSCR => &s.binary_subscr,
            Opcode::STORE_SUBSCR => &s.store_subscr,
            Opcode::CALL => &s.call,
            Opcode::FOR_ITER => &s.for_iter,
            _ => &s.store_attr,
        }
    }

    /// A site that could not be specialised this time: after enough tries it stays generic.
    #[cold]
    pub fn shadow_unspecialized(&self, sh: &Shadow, ip: usize, generic: Opcode) {
        if let Respecialize::Generic = sh.cache(ip).respecialize() {
            self.give_up(sh, ip, generic);
        }
    }

    /// What a method cache keys on for receiver `obj` (`load_method` found a plain method
    /// on its type, so it is no type, no `super` and has no custom `__getattribute__`);
    /// None for an instance in dict mode.
    #[inline(always)]
    pub fn method_key(&self, obj: &Value) -> Option<MethodKey> {
        if obj.is_small() {
            // Small ints have no heap type to key on.
            return None;
        }
        let td = self.type_data_of(obj);
        let shape = if td.has_flag(tflags::HAS_ATTRS) {
            let a = self.attrs_of(obj)?;
            if a.dict().is_some() {
                return None;
            }
            a.shape.get() as usize
        } else {
            0
        };
        Some((self.type_ptr(obj) as usize, td.version.get() as u64, shape))
    }

    /// The shape of `obj` (0 when it has no attribute store), to pass to `specialize_store_attr`.
    #[inline]
    pub fn shape_word(&self, obj: &Value) -> usize {
        match self.attrs_of(obj) {
            Some(a) => a.shape.get() as usize,
            None => 0,
        }
    }

    /// A specialised instruction missed: count it and go back to the adaptive form, or
    /// for good to the generic one.
    #[cold]
    pub fn shadow_miss(&self, sh: &Shadow, ip: usize, adaptive: Opcode, generic: Opcode) {
        let c = sh.cache(ip);
        match c.respecialize() {
            Respecialize::Again => sh.rewrite(ip, adaptive),
            Respecialize::Generic => self.give_up(sh, ip, generic),
        }
    }
}

impl super::Vm {
    /// The disassembly of every code object that got shadow bytecode (`ember --dis --shadow`).
    pub fn shadow_listing(&self) -> String {
        let mut out = String::new();
        for c in self.shadowed.borrow().iter() {
            let cd = unsafe { c.payload::<CodeData>() };
            if let Some(sh) = unsafe { cd.shadow.shadow.get() } {
                let words: Vec<u32> = sh.instrs.iter().map(|w| w.get()).collect();
                out.push_str(&crate::bytecode::dis::disassemble_words(&cd.code, &words));
                out.push('\n');
            }
        }
        out
    }
}
