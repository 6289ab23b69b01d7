//! Shadow bytecode's value-kind specialisations (feature `shadowcode`): which specialised
//! form an adaptive binary operation, comparison, subscript, call or `for` takes, from the
//! operands it is about to run on. The specialised forms run in `eval.rs`; one that meets
//! other operands counts a miss and goes back to its adaptive form (`shadow_miss`).
//!
//! Most of these forms need no cache: their guard is a type check on the operands. The
//! class-call form caches the class (checked by its version tag, never reused) and its
//! `__init__` (held by the class's dict while the version matches).

use super::shadow::Shadow;
use super::{PyResult, Vm};
use crate::bytecode::opcode::INPLACE_OFFSET;
use crate::bytecode::Opcode;
use crate::object::function::FunctionData;
use crate::object::native::{MethodDescrData, MethodKind};
use crate::object::typeobj::{tflags, type_data};
use crate::object::value::Value;

impl Vm {
    /// Rewrites the site at `ip` to the specialised `op`, counting it for `generic`'s family.
    fn specialize_to(&self, sh: &Shadow, ip: usize, op: Opcode, generic: Opcode) {
        sh.rewrite(ip, op);
        let fam = self.cache_family(generic);
        fam.specialized_one();
    }

    /// An adaptive `BINARY_OP` about to run on `a`, `b`.
    pub fn specialize_binop(&self, sh: &Shadow, ip: usize, a: &Value, b: &Value, arg: u32) {
        let op = arg & !INPLACE_OFFSET;
        let g = Opcode::BINARY_OP;
        if a.is_small() && b.is_small() {
            if matches!(op, 0 | 1 | 2 | 5 | 6 | 8 | 9 | 10 | 11 | 12) {
                return self.specialize_to(sh, ip, Opcode::BINARY_OP_INT, g);
            }
        } else if matches!(op, 0 | 1 | 2 | 4) && self.float_operands(a, b).is_some() {
            return self.specialize_to(sh, ip, Opcode::BINARY_OP_FLOAT, g);
        }
        self.shadow_unspecialized(sh, ip, g);
    }

    /// An adaptive `COMPARE_OP` about to run on `a`, `b`.
    pub fn specialize_compare(&self, sh: &Shadow, ip: usize, a: &Value, b: &Value) {
        let g = Opcode::COMPARE_OP;
        if a.is_small() && b.is_small() {
            self.specialize_to(sh, ip, Opcode::COMPARE_OP_INT, g);
        } else if self.float_operands(a, b).is_some() {
            self.specialize_to(sh, ip, Opcode::COMPARE_OP_FLOAT, g);
        } else {
            self.shadow_unspecialized(sh, ip, g);
        }
    }

    /// An adaptive `BINARY_SUBSCR` about to run on `c[k]`.
    pub fn specialize_subscr(&self, sh: &Shadow, ip: usize, c: &Value, k: &Value) {
        let g = Opcode::BINARY_SUBSCR;
        if k.is_small() && self.is_exact(c, &self.types.list) {
            self.specialize_to(sh, ip, Opcode::BINARY_SUBSCR_LIST_INT, g);
        } else if k.is_small() && self.is_exact(c, &self.types.tuple) {
            self.specialize_to(sh, ip, Opcode::BINARY_SUBSCR_TUPLE_INT, g);
        } else if self.is_exact(c, &self.types.dict) {
            let op = if self.is_exact(k, &self.types.str_) {
                Opcode::BINARY_SUBSCR_DICT_STR
            } else {
                Opcode::BINARY_SUBSCR_DICT
            };
            self.specialize_to(sh, ip, op, g);
        } else {
            self.shadow_unspecialized(sh, ip, g);
        }
    }

    /// An adaptive `STORE_SUBSCR` about to run on `c[k] = ...`.
    pub fn specialize_store_subscr(&self, sh: &Shadow, ip: usize, c: &Value, k: &Value) {
        let g = Opcode::STORE_SUBSCR;
        if k.is_small() && self.is_exact(c, &self.types.list) {
            self.specialize_to(sh, ip, Opcode::STORE_SUBSCR_LIST_INT, g);
        } else if self.is_exact(c, &self.types.dict) {
            self.specialize_to(sh, ip, Opcode::STORE_SUBSCR_DICT, g);
        } else {
            self.shadow_unspecialized(sh, ip, g);
        }
    }

    /// An adaptive `CALL` about to call `callable` with `argc` positional arguments
    /// (counting a bound `self`); `null` says the slot under the arguments is NULL.
    pub fn specialize_call(
        &self,
        sh: &Shadow,
        ip: usize,
        callable: &Value,
        argc: usize,
        null: bool,
    ) {
        let g = Opcode::CALL;
        if self.is_exact(callable, &self.types.function) {
            let fd = unsafe { callable.payload::<FunctionData>() };
            if self.moved_call_kind(fd, argc).is_some() {
                return self.specialize_to(sh, ip, Opcode::CALL_PY_EXACT, g);
            }
            if self.is_simple_gen_call(fd, argc) {
                return self.specialize_to(sh, ip, Opcode::CALL_PY_GEN, g);
            }
        } else if self.is_exact(callable, &self.types.builtin_function) {
            return self.specialize_to(sh, ip, Opcode::CALL_BUILTIN, g);
        } else if self.is_exact(callable, &self.types.method_descriptor)
            && unsafe { callable.payload::<MethodDescrData>() }.kind == MethodKind::Instance
            && argc >= 1
        {
            return self.specialize_to(sh, ip, Opcode::CALL_METHOD_DESCR, g);
        } else if null {
            if let Some(init) = self.plain_class_init(callable, argc) {
                let c = sh.cache(ip);
                c.ty.set(callable.raw());
                c.version
                    .set(unsafe { type_data(callable) }.version.get() as u64);
                // Borrowed: the class (or a base) holds it while the version matches.
                c.value.set(init.raw());
                return self.specialize_to(sh, ip, Opcode::CALL_TYPE, g);
            }
            // `type(x)`: `type.__new__` with one argument answers it.
            let type1 = callable.is(&self.types.type_) && argc == 1;
            let new = if type1 {
                self.lookup(callable, &self.names.new)
            } else {
                self.builtin_type_new(callable)
            };
            if let Some(new) = new {
                let c = sh.cache(ip);
                c.ty.set(callable.raw());
                c.version
                    .set(unsafe { type_data(callable) }.version.get() as u64);
                // Borrowed: the type's dict holds it while the version matches.
                c.value.set(new.raw());
                return self.specialize_to(sh, ip, Opcode::CALL_BUILTIN_TYPE, g);
            }
        }
        self.shadow_unspecialized(sh, ip, g);
    }

    /// A cached class-call site still describes `cls`: the same class at the same
    /// version, and its `__init__` (whose code may have been replaced) still binds one
    /// to one. Returns the borrowed `__init__`.
    #[inline(always)]
    pub fn class_call_hit(
        &self,
        sh: &Shadow,
        ip: usize,
        cls: &Value,
        argc: usize,
    ) -> Option<Value> {
        let c = sh.cache(ip);
        if cls.raw() != c.ty.get()
            || unsafe { type_data(cls) }.version.get() as u64 != c.version.get()
            || !self.type_of(cls).is(&self.types.type_)
        {
            return None;
        }
        // SAFETY: the version matches, so the class's MRO still holds this function.
        let init = unsafe { super::eval::borrowed(c.value.get()) };
        let fd = unsafe { init.payload::<FunctionData>() };
        self.is_simple_py_call(fd, argc + 1).then_some(init)
    }

    /// `CALL_BUILTIN_TYPE`'s check: the callable is the cached type, unchanged.
    #[inline(always)]
    pub fn builtin_type_hit(&self, sh: &Shadow, ip: usize, cls: &Value) -> Option<usize> {
        let c = sh.cache(ip);
        (cls.raw() == c.ty.get()
            && unsafe { type_data(cls) }.version.get() as u64 == c.version.get())
        .then(|| c.value.get())
    }

    /// What `type.__call__` does after a builtin `__new__` returned `obj`: an instance of
    /// a subclass with its own `__init__` (rare: `__int__` returning an int subclass) gets
    /// it run, as `type_call` does.
    #[cold]
    pub fn builtin_type_after_new(
        &self,
        cls: &Value,
        obj: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        // `type(x)`: the type itself, never initialised (CPython's `type_call` special case).
        if cls.is(&self.types.type_) && args.len() == 1 {
            return Ok(obj);
        }
        let oty = self.type_of(&obj);
        if oty.is(cls)
            || !self.isinstance_type(&obj, cls)
            || unsafe { type_data(&oty) }.has_flag(tflags::INIT_IS_OBJECT)
        {
            return Ok(obj);
        }
        if let Some(init) = self.lookup(&oty, &self.names.init) {
            let bound = self.descr_get(&init, Some(&obj), &oty)?;
            let r = self.call(&bound, args)?;
            return self.init_result(r, obj);
        }
        Ok(obj)
    }

    /// An adaptive `FOR_ITER` about to advance `it`.
    pub fn specialize_for_iter(&self, sh: &Shadow, ip: usize, it: &Value) {
        let g = Opcode::FOR_ITER;
        let t = self.type_ptr(it) as usize;
        if t == self.fast.list_iter {
            self.specialize_to(sh, ip, Opcode::FOR_ITER_LIST, g);
        } else if t == self.fast.range_iter {
            self.specialize_to(sh, ip, Opcode::FOR_ITER_RANGE, g);
        } else if t == self.types.generator.raw() {
            self.specialize_to(sh, ip, Opcode::FOR_ITER_GEN, g);
        } else {
            self.shadow_unspecialized(sh, ip, g);
        }
    }
}
