//! The object protocols: truth, repr/str, hash, rich comparison, arithmetic dispatch,
//! length, subscripting, containment and iteration — each with fast paths for exact builtin types.

use super::{PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::object::float::FloatData;
use crate::object::hash;
use crate::object::iter::SeqIterData;
use crate::object::misc::seq_position;
use crate::object::typeobj::{type_data, Layout};
use crate::object::value::Value;

impl Vm {
    /// `bool(v)`.
    #[inline]
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        if v.is(&self.true_) {
            return Ok(true);
        }
        if v.is(&self.false_) || v.is(&self.none) {
            return Ok(false);
        }
        match self.type_data_of(v).layout {
            Layout::Float if self.is_exact(v, &self.types.float) => {
                return Ok(unsafe { v.payload::<FloatData>().v } != 0.0)
            }
            Layout::Str if self.is_exact_str(v) => return Ok(!self.str_ref(v).is_empty()),
            Layout::List if self.is_exact(v, &self.types.list) => {
                return Ok(!self.as_list(v).unwrap().is_empty())
            }
            Layout::Tuple if self.is_exact(v, &self.types.tuple) => {
                return Ok(!self.tuple_items(v).is_empty())
            }
            Layout::Dict if self.is_exact(v, &self.types.dict) => {
                return Ok(!self.as_dict(v).unwrap().is_empty())
            }
            _ => {}
        }
        if let Some(f) = self.lookup_special(v, &self.names.bool_) {
            let r = self.call_bound_special(&f, v, &[])?;
            if r.is(&self.true_) {
                return Ok(true);
            }
            if r.is(&self.false_) {
                return Ok(false);
            }
            return Err(self.type_error(format!(
                "__bool__ should return bool, returned {}",
                self.type_name(&r)
            )));
        }
        if let Some(f) = self.lookup_special(v, &self.names.len) {
            let r = self.call_bound_special(&f, v, &[])?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    fn len_result(&self, r: &Value) -> PyResult<usize> {
        let i = self.index(r).map_err(|_| {
            self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))
        })?;
        match self.as_int(&i).unwrap().to_i64() {
            Some(n) if n < 0 => Err(self.value_error("__len__() should return >= 0")),
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    /// `len(v)`: exact builtin containers here, the rest in `len_general` (apart, so
    /// that the common case saves no registers).
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        match self.type_data_of(v).layout {
            // Exact types only: a subclass may define its own `__len__`.
            Layout::List if self.is_exact(v, &self.types.list) => {
                return Ok(self.as_list(v).unwrap().len())
            }
            Layout::Tuple if self.is_exact(v, &self.types.tuple) => {
                return Ok(self.tuple_items(v).len())
            }
            Layout::Str if self.is_exact_str(v) => {
                return Ok(self.as_str_data(v).unwrap().char_len)
            }
            Layout::Dict if self.is_exact(v, &self.types.dict) => {
                return Ok(self.as_dict(v).unwrap().len())
            }
            Layout::Set | Layout::FrozenSet
                if self.is_exact(v, &self.types.set) || self.is_exact(v, &self.types.frozenset) =>
            {
                return Ok(self.as_set(v).unwrap().len())
            }
            Layout::Bytes | Layout::ByteArray
                if self.is_exact(v, &self.types.bytes)
                    || self.is_exact(v, &self.types.bytearray) =>
            {
                return Ok(crate::builtins::bytes::data(self, v).len())
            }
            _ => {}
        }
        self.len_general(v)
    }

    /// `len(v)` through `__len__`.
    #[inline(never)]
    fn len_general(&self, v: &Value) -> PyResult<usize> {
        match self.lookup_special(v, &self.names.len) {
            Some(f) => {
                let r = self.call_bound_special(&f, v, &[])?;
                self.len_result(&r)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&self, v: &Value) -> PyResult<Value> {
        if let Some(i) = v.as_small() {
            return Ok(self.small_int_str(i));
        }
        // Each level counts against the recursion limit, as CPython's repr does: a
        // container nested deeper than the limit raises instead of printing.
        let _depth = super::depth::Depth::enter(self, " while getting the repr of an object")?;
        match self.lookup_special(v, &self.names.repr) {
            Some(f) => {
                let r = self.call_bound_special(&f, v, &[])?;
                if !self.is_str(&r) {
                    return Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Ok(self.new_str(format!("<{} object>", self.type_name(v)))),
        }
    }

    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(self.str_ref(&r).to_string())
    }

    /// `str(v)` as a str value.
    pub fn str(&self, v: &Value) -> PyResult<Value> {
        if self.is_exact_str(v) {
            return Ok(v.clone());
        }
        if let Some(i) = v.as_small() {
            return Ok(self.small_int_str(i));
        }
        if let Some(x) = self.exact_float(v) {
            return Ok(self.new_str(crate::object::float::float_repr(x)));
        }
        match self.lookup_special(v, &self.names.str_) {
            Some(f) => {
                let r = self.call_bound_special(&f, v, &[])?;
                if !self.is_str(&r) {
                    return Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => self.repr(v),
        }
    }

    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(self.str_ref(&r).to_string())
    }

    /// `hash(v)`.
    #[inline]
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(hash::hash_i64(i));
        }
        if self.is_exact_str(v) {
            return Ok(self.str_hash(self.as_str_data(v).unwrap()));
        }
        if self.is_exact(v, &self.types.tuple) {
            return self.hash_tuple(v);
        }
        // A class whose metaclass is `type` hashes by identity (`type` is immutable).
        if self.type_of(v).is(&self.types.type_) {
            return Ok(crate::builtins::object::identity_hash(v));
        }
        self.hash_slow(v)
    }

    /// hash() of a tuple (`tuple.__hash__`; exact tuples come here straight from `hash`).
    pub(crate) fn hash_tuple(&self, v: &Value) -> PyResult<i64> {
        self.check_native_stack()?;
        // (A tuple never changes: its items stay while `v` is held.)
        let items = self.tuple_items(v);
        let mut t = hash::TupleHasher::new();
        for x in items {
            t.add(self.hash(x)?);
        }
        Ok(t.finish(items.len()))
    }

    /// `a op b` for two tuples (`tuple.__lt__` and the others; exact tuples come here
    /// straight from `compare`): the first items that differ decide, else the lengths.
    pub(crate) fn compare_tuples(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (x, y) = (self.tuple_items(a), self.tuple_items(b));
        let n = x.len().min(y.len());
        let mut i = 0;
        while i < n && self.eq_bool(&x[i], &y[i])? {
            i += 1;
        }
        if i >= n {
            return Ok(self.bool_val(cmp_ord(x.len().cmp(&y.len()), op)));
        }
        match op {
            CmpOp::Eq => Ok(self.false_.clone()),
            CmpOp::Ne => Ok(self.true_.clone()),
            _ => self.compare(&x[i], &y[i], op),
        }
    }

    fn hash_slow(&self, v: &Value) -> PyResult<i64> {
        let f = self.lookup_special(v, &self.names.hash);
        match f {
            Some(f) if !self.is_none(&f) => {
                let r = self.call_bound_special(&f, v, &[])?;
                match self.as_int(&r) {
                    Some(crate::object::int::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(crate::object::int::IntRef::Big(b)) => {
                        match num_traits::ToPrimitive::to_i64(b) {
                            // A result that fits is used as is; a larger one is reduced as hash(int).
                            Some(i) => Ok(if i == -1 { -2 } else { i }),
                            None => {
                                let h = self.new_bigint(b.clone());
                                self.hash_int_value(&h)
                            }
                        }
                    }
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
        }
    }

    /// hash() of an int value (small or big).
    pub fn hash_int_value(&self, v: &Value) -> PyResult<i64> {
        match self.as_int(v) {
            Some(crate::object::int::IntRef::Small(i)) => Ok(hash::hash_i64(i)),
            Some(crate::object::int::IntRef::Big(b)) => {
                let (sign, digits) = b.to_u32_digits();
                Ok(hash::hash_big(sign == num_bigint::Sign::Minus, &digits))
            }
            None => Err(self.type_error("not an int")),
        }
    }

    /// `a == b` as a bool.
    #[inline]
    pub fn eq_bool(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            // Identity implies equality for containers' purposes (as CPython's PyObject_RichCompareBool).
            return Ok(true);
        }
        if a.is_small() && b.is_small() {
            return Ok(false);
        }
        if self.is_exact_str(a) && self.is_exact_str(b) {
            return Ok(self.str_ref(a) == self.str_ref(b));
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(self.bool_val(cmp_ord(x.cmp(&y), op)));
        }
        if let (Some(x), Some(y)) = (self.exact_float(a), self.exact_float(b)) {
            return Ok(self.bool_val(cmp_f64(x, y, op)));
        }
        if self.is_exact_str(a) && self.is_exact_str(b) {
            return Ok(self.bool_val(cmp_ord(self.str_ref(a).cmp(self.str_ref(b)), op)));
        }
        // Every rich comparison past the fast paths counts one level against the recursion
        // limit, as CPython's PyObject_RichCompare does: deeply nested containers and
        // recursive `__eq__` methods fail at the same depth.
        let _depth = super::depth::Depth::enter(self, " in comparison")?;
        if self.is_exact(a, &self.types.tuple) && self.is_exact(b, &self.types.tuple) {
            return self.compare_tuples(a, b, op);
        }
        // Two classes whose metaclass is `type`: `==` and `!=` are identity.
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && self.type_of(a).is(&self.types.type_)
            && self.type_of(b).is(&self.types.type_)
        {
            return Ok(self.bool_val(a.is(b) == (op == CmpOp::Eq)));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = self.cmp_name(op);
        let swapped = self.cmp_name(op.swapped());
        let mut checked_reflected = false;
        if !ta.is(&tb) && self.is_subtype(&tb, &ta) {
            if let Some(f) = self.lookup(&tb, swapped) {
                checked_reflected = true;
                let r = self.call_bound_special(&f, b, std::slice::from_ref(a))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.lookup(&ta, name) {
            let r = self.call_bound_special(&f, a, std::slice::from_ref(b))?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(f) = self.lookup(&tb, swapped) {
                let r = self.call_bound_special(&f, b, std::slice::from_ref(a))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.bool_val(a.is(b))),
            CmpOp::Ne => Ok(self.bool_val(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn cmp_name(&self, op: CmpOp) -> &Value {
        match op {
            CmpOp::Lt => &self.names.lt,
            CmpOp::Le => &self.names.le,
            CmpOp::Eq => &self.names.eq,
            CmpOp::Ne => &self.names.ne,
            CmpOp::Gt => &self.names.gt,
            CmpOp::Ge => &self.names.ge,
        }
    }

    #[inline(always)]
    pub fn exact_float(&self, v: &Value) -> Option<f64> {
        if self.is_exact(v, &self.types.float) {
            Some(unsafe { v.payload::<FloatData>().v })
        } else {
            None
        }
    }

    /// `s += t` (or `s = s + t`) run by a BINARY_OP on exact strs, where `s`'s only references are the
    /// instruction's operand and the local that the next instruction (a STORE_FAST)
    /// overwrites with the result: the text is appended in place, as CPython's
    /// `unicode_concatenate` does, so that a string built up in a loop takes linear time,
    /// not quadratic. Nothing can see the str between the append and the store. False:
    /// nothing done.
    #[inline(never)]
    fn concat_in_place(&self, a: &Value, b: &Value) -> bool {
        use crate::bytecode::opcode::{Opcode, INPLACE_OFFSET};
        if !self.is_exact_str(a) || !self.is_exact_str(b) || a.refcount() != 2 {
            return false;
        }
        // The running frame, read only: `execute` and the hot loop keep its `ip` past the
        // instruction running, which must be the `+=` itself (not a call of
        // `operator.iadd`, say).
        let Some(&fp) = (unsafe { self.frames.get() }).last() else {
            return false;
        };
        let f = unsafe { &*fp };
        let co = &unsafe { f.code.payload::<crate::object::function::CodeData>() }.code;
        let at = |i: usize| co.instructions.get(i).copied().unwrap_or(0);
        let this = at(f.ip.wrapping_sub(1));
        let next = at(f.ip);
        let add = BinOp::Add as u32;
        let held = this as u8 == Opcode::BINARY_OP as u8
            && (this >> 8 == add || this >> 8 == INPLACE_OFFSET + add)
            && next as u8 == Opcode::STORE_FAST as u8
            && f.fast
                .get((next >> 8) as usize)
                .is_some_and(|v| v.as_ref().is_some_and(|v| v.is(a)));
        if !held {
            return false;
        }
        let bd = self.as_str_data(b).unwrap();
        // SAFETY: `a` is an exact str held only by the operand and by the local about to
        // be overwritten with it: no one sees it change.
        unsafe {
            let d = &mut (*(a.ptr()
                as *mut crate::object::value::Obj<crate::object::str::StrData>))
                .data;
            d.append_unshared(&bd.s, bd.char_len);
        }
        true
    }

    /// Whether the instruction running is an augmented assignment's `BINARY_OP` (the
    /// `op=` form): for an error raised below `binary_op` by code that was not told.
    #[cold]
    pub fn running_inplace_op(&self) -> bool {
        use crate::bytecode::opcode::{Opcode, INPLACE_OFFSET};
        let Some(&fp) = (unsafe { self.frames.get() }).last() else {
            return false;
        };
        // (Read only; `ip` is past the running instruction, as `concat_in_place` reads it.)
        let f = unsafe { &*fp };
        let co = &unsafe { f.code.payload::<crate::object::function::CodeData>() }.code;
        let this = co
            .instructions
            .get(f.ip.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        this as u8 == Opcode::BINARY_OP as u8 && this >> 8 >= INPLACE_OFFSET
    }

    /// A small int's value, or a bool's as 0 or 1.
    #[inline]
    fn small_or_bool(&self, v: &Value) -> Option<i64> {
        match v.as_small() {
            Some(i) => Some(i),
            None if v.is(&self.true_) => Some(1),
            None if v.is(&self.false_) => Some(0),
            None => None,
        }
    }

    /// `a op b` (or `a op= b` when `inplace`).
    #[inline]
    pub fn binary_op(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            if let Some(r) = crate::builtins::int::small_binop(self, x, y, op) {
                return r;
            }
        } else if let (Some(x), Some(y)) = (self.exact_float(a), self.exact_float(b)) {
            return crate::builtins::float::float_binop(self, x, y, op);
        }
        self.binary_op_slow(a, b, op, inplace)
    }

    fn binary_op_slow(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        self.check_native_stack()?;
        if op == BinOp::Add && self.is_exact_str(a) && self.is_exact_str(b) {
            if self.concat_in_place(a, b) {
                return Ok(a.clone());
            }
            // str's `__add__` without looking it up and calling it (an exact str on
            // the right has no `__radd__` to try first).
            return Ok(self.str_concat(a, b));
        }
        // A bool with a small int or a bool (`n += x == y`): arithmetic on 0 and 1, as
        // bool inherits it from int, without looking up and calling the dunders; but
        // `&`, `|` and `^` of two bools give a bool (bool's own operators).
        if let (Some(x), Some(y)) = (self.small_or_bool(a), self.small_or_bool(b)) {
            let bools_bitwise =
                matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && !a.is_small() && !b.is_small();
            if !bools_bitwise {
                if let Some(r) = crate::builtins::int::small_binop(self, x, y, op) {
                    return r;
                }
            }
        }
        // Two exact ints (one big at least): `int`'s own operation, without looking up
        // and calling its dunder.
        if (a.is_small() || self.is_exact(a, &self.types.int))
            && (b.is_small() || self.is_exact(b, &self.types.int))
            && op != BinOp::MatMul
        {
            if let (Some(p), Some(q)) = (self.as_int(a), self.as_int(b)) {
                return crate::builtins::int::int_binop(self, &p, &q, op);
            }
        }
        if inplace {
            if let Some(f) = self.lookup_special(a, &self.names.ibinop[op as usize]) {
                let r = self.call_bound_special(&f, a, std::slice::from_ref(b))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = &self.names.binop[op as usize];
        let rname = &self.names.rbinop[op as usize];
        let mut tried_reflected = false;
        if !ta.is(&tb) && self.is_subtype(&tb, &ta) {
            if let Some(f) = self.lookup(&tb, rname) {
                let overrides = match self.lookup(&ta, rname) {
                    Some(g) => !g.is(&f),
                    None => true,
                };
                if overrides {
                    tried_reflected = true;
                    let r = self.call_bound_special(&f, b, std::slice::from_ref(a))?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(f) = self.lookup(&ta, name) {
            let r = self.call_bound_special(&f, a, std::slice::from_ref(b))?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !tried_reflected && !ta.is(&tb) {
            if let Some(f) = self.lookup(&tb, rname) {
                let r = self.call_bound_special(&f, b, std::slice::from_ref(a))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )));
        }
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    self.type_data_of(v).layout,
                    Layout::List | Layout::Tuple | Layout::Str | Layout::Bytes | Layout::ByteArray
                )
            };
            let other = if is_seq(a) {
                Some(b)
            } else if is_seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(o) = other {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(o)
                )));
            }
        }
        if op == BinOp::Add && self.is_str(a) && !inplace {
            return Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            )));
        }
        // Subclasses too (namedtuples): CPython falls back to the left operand's
        // sequence concatenation, which refuses the right operand in these words (a
        // class defining its own `__add__` has none).
        let layout = match self.type_data_of(a).layout {
            l @ (Layout::List | Layout::Tuple) if op == BinOp::Add => {
                let base = if l == Layout::List {
                    &self.types.list
                } else {
                    &self.types.tuple
                };
                let own = self.lookup(&ta, name);
                let inherited = own.is_some() && own == self.lookup(base, name);
                if inherited {
                    l
                } else {
                    Layout::Object
                }
            }
            _ => Layout::Object,
        };
        if op == BinOp::Add && layout == Layout::List {
            return Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && layout == Layout::Tuple {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// Unary `-`, `+`, `~` through the special method `name`.
    pub fn unary_op(&self, v: &Value, name: &Value, sym: &str) -> PyResult<Value> {
        match self.lookup_special(v, name) {
            Some(f) => self.call_bound_special(&f, v, &[]),
            None => Err(self.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// `container[key]`.
    pub fn getitem(&self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(i) = key.as_small() {
            if self.is_exact(container, &self.types.list) {
                return self.list_item(self.as_list(container).unwrap(), i);
            }
            if self.is_exact(container, &self.types.tuple) {
                return self.tuple_item(self.tuple_items(container), i);
            }
            // `s[i]`: the character's str, not a call of `str.__getitem__` with its
            // argument checks and a new one-character str.
            if self.is_exact_str(container) {
                let d = self.as_str_data(container).unwrap();
                return crate::builtins::str::str_item(self, d, i);
            }
        }
        if self.is_exact(container, &self.types.list) && self.is_exact(key, &self.types.slice) {
            let l = self.as_list(container).unwrap();
            return crate::builtins::list::list_slice(self, l, key);
        }
        if self.is_exact(container, &self.types.dict) {
            let d = self.as_dict(container).unwrap();
            if let Some(v) = self.dict_get(d, key)? {
                return Ok(v);
            }
            return Err(self.key_error(key.clone()));
        }
        match self.lookup_special(container, &self.names.getitem) {
            Some(f) => self.call_bound_special(&f, container, std::slice::from_ref(key)),
            None => {
                if container.is(&self.types.type_) {
                    return Ok(crate::builtins::generic_alias::new_alias(
                        self,
                        container.clone(),
                        key.clone(),
                    ));
                }
                if self.is_type(container) {
                    if let Some(cg) = self.getattr_opt(container, &self.names.class_getitem)? {
                        return self.call(&cg, std::slice::from_ref(key));
                    }
                    return Err(self.type_error(format!(
                        "type '{}' is not subscriptable",
                        unsafe { type_data(container) }.name()
                    )));
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(container)
                )))
            }
        }
    }

    /// `container[key] = value`.
    pub fn setitem(&self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Some(i) = key.as_small() {
            if self.is_exact(container, &self.types.list) {
                return self.list_set_item(self.as_list(container).unwrap(), i, value);
            }
        }
        if self.is_exact(container, &self.types.list) && self.is_exact(key, &self.types.slice) {
            let l = self.as_list(container).unwrap();
            return crate::builtins::list::list_assign_slice_owned(self, l, key, value);
        }
        if self.is_exact(container, &self.types.dict) {
            return self.dict_set(self.as_dict(container).unwrap(), key.clone(), value);
        }
        match self.lookup_special(container, &self.names.setitem) {
            Some(f) => self
                .call_bound_special(&f, container, &[key.clone(), value])
                .map(|_| ()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(container)
            ))),
        }
    }

    /// `l[i]` for an int index (negative counts from the end).
    #[inline(always)]
    pub fn list_item(&self, l: &crate::object::list::ListData, i: i64) -> PyResult<Value> {
        match seq_position(i, l.len()).and_then(|j| l.get(j)) {
            Some(v) => Ok(v),
            None => Err(self.index_error("list index out of range")),
        }
    }

    /// `t[i]` for a tuple's items and an int index (negative counts from the end).
    #[inline(always)]
    pub fn tuple_item(&self, items: &[Value], i: i64) -> PyResult<Value> {
        match seq_position(i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(self.index_error("tuple index out of range")),
        }
    }

    /// `l[i] = v` for an int index (negative counts from the end).
    #[inline(always)]
    pub fn list_set_item(
        &self,
        l: &crate::object::list::ListData,
        i: i64,
        v: Value,
    ) -> PyResult<()> {
        let Some(j) = seq_position(i, l.len()) else {
            return Err(self.index_error("list assignment index out of range"));
        };
        l.set(j, v);
        Ok(())
    }

    /// `del container[key]`.
    pub fn delitem(&self, container: &Value, key: &Value) -> PyResult<()> {
        match self.lookup_special(container, &self.names.delitem) {
            Some(f) => self
                .call_bound_special(&f, container, std::slice::from_ref(key))
                .map(|_| ()),
            None => {
                // CPython words it differently when the type has sequence slots (every
                // class statement's type does) and the key is an index.
                let seq = self
                    .type_data_of(container)
                    .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
                    || self
                        .lookup_special(container, &self.names.getitem)
                        .is_some()
                    || self
                        .lookup_special(container, &self.names.contains)
                        .is_some();
                let index =
                    self.is_int(key) || self.lookup_special(key, &self.names.index).is_some();
                Err(self.type_error(format!(
                    "'{}' object {} support item deletion",
                    self.type_name(container),
                    if seq && index { "doesn't" } else { "does not" }
                )))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        // `sub in text`: str's `__contains__` without looking it up and calling it (a
        // non-str item takes that way, to its TypeError).
        if self.is_exact_str(container) && self.is_str(item) {
            return Ok(self.str_ref(container).contains(self.str_ref(item)));
        }
        if self.is_exact(container, &self.types.dict) {
            return Ok(self
                .dict_get(self.as_dict(container).unwrap(), item)?
                .is_some());
        }
        if let Some(s) = self.as_set(container) {
            if self.is_exact(container, &self.types.set)
                || self.is_exact(container, &self.types.frozenset)
            {
                return self.set_contains(s, item);
            }
        }
        // Exact tuples and lists compare their items in place (each item on the left,
        // as their `__contains__`); a list is re-read as `==` may change it.
        if self.is_exact(container, &self.types.tuple) {
            for x in self.tuple_items(container) {
                if self.eq_bool(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if self.is_exact(container, &self.types.list) {
            let l = self.as_list(container).unwrap();
            let mut i = 0;
            while let Some(x) = l.get(i) {
                if self.eq_bool(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        if let Some(f) = self.lookup_special(container, &self.names.contains) {
            if self.is_none(&f) {
                // `__contains__ = None` blocks the iteration fallback, as in CPython.
                return Err(self.type_error(format!(
                    "'{}' object is not a container",
                    self.type_name(container)
                )));
            }
            let r = self.call_bound_special(&f, container, std::slice::from_ref(item))?;
            return self.truthy(&r);
        }
        // Fall back to iteration (an `__iter__` failing with another error passes it on).
        let it = self.iter(container).map_err(|e| {
            if !self.err_matches(&e, &self.exc.type_error) {
                return e;
            }
            self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(x) = self.next(&it)? {
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        // Exact lists, tuples and strs: their `__iter__` cannot be replaced (builtin
        // types are immutable), so skip the lookup, the call and the `__next__` check.
        if !v.is_small() {
            let t = self.type_ptr(v) as usize;
            let kind = if t == self.types.list.raw() {
                Some(self.fast.list_iter)
            } else if t == self.types.tuple.raw() {
                Some(self.fast.tuple_iter)
            } else if t == self.types.str_.raw() {
                Some(self.fast.str_iter)
            } else {
                None
            };
            if let Some(ty) = kind {
                return Ok(self.new_seq_iter_of(v.clone(), ty));
            }
            if let Some(it) = self.iter_builtin(v, t) {
                return Ok(it);
            }
        }
        match self.lookup_special(v, &self.names.iter) {
            Some(f) if !self.is_none(&f) => {
                let it = self.call_bound_special(&f, v, &[])?;
                if self.lookup_special(&it, &self.names.next).is_none() {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                Ok(it)
            }
            _ => {
                if self.lookup_special(v, &self.names.getitem).is_some() {
                    return Ok(self.new_seq_iter_of(v.clone(), self.fast.seq_iter));
                }
                Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
            }
        }
    }

    /// `iter(v)` for the other exact builtin types whose `__iter__` cannot be replaced:
    /// range, dict, set, frozenset, generators and the builtin iterators (which are
    /// their own iterators). None for any other type, subclasses included.
    #[inline]
    fn iter_builtin(&self, v: &Value, t: usize) -> Option<Value> {
        let ft = &self.fast;
        if t == self.types.range.raw() {
            let d = unsafe { v.payload::<crate::object::misc::RangeData>() };
            if d.big.is_none() {
                return Some(crate::builtins::iterators::range_iter(
                    self,
                    d.start,
                    d.step,
                    d.len(),
                ));
            }
            return None;
        }
        if t == self.types.generator.raw()
            || t == ft.list_iter
            || t == ft.range_iter
            || t == ft.tuple_iter
            || t == ft.str_iter
            || t == ft.bytes_iter
            || t == ft.dict_keys_iter
            || t == ft.dict_values_iter
            || t == ft.dict_items_iter
            || t == ft.set_iter
        {
            return Some(v.clone());
        }
        if t == self.types.set.raw() || t == self.types.frozenset.raw() {
            return Some(crate::builtins::set::set_iter(self, v));
        }
        if t == self.types.dict.raw() {
            return Some(crate::builtins::dict::dict_iter(
                self,
                v,
                crate::object::iter::DictIterKind::Keys,
            ));
        }
        None
    }

    pub fn new_seq_iter(&self, seq: Value, kind: &'static str) -> Value {
        let ty = self
            .types
            .misc
            .get(kind)
            .unwrap_or(&self.types.iterator)
            .raw();
        self.new_seq_iter_of(seq, ty)
    }

    /// A sequence iterator of type `ty` (the raw word of one of the iterator types,
    /// which live as long as the interpreter) over `seq`.
    #[inline]
    pub fn new_seq_iter_of(&self, seq: Value, ty: usize) -> Value {
        crate::object::value::alloc(
            ty as *const _,
            SeqIterData {
                seq: crate::object::value::PyCell::new(Some(seq)),
                index: std::cell::Cell::new(0),
            },
        )
    }

    /// `next(it)`: Some(value), or None when exhausted (no StopIteration is created for builtin iterators).
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = crate::builtins::iterators::fast_next(self, it) {
            return r;
        }
        if !it.is_small() {
            if let Some(next) = self.type_data_of(it).native_next.get() {
                return next(self, it);
            }
        }
        match self.lookup_special(it, &self.names.next) {
            Some(f) => match self.call_bound_special(&f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&self, iterable: &Value) -> PyResult<Vec<Value>> {
        if self.is_exact(iterable, &self.types.list) {
            return Ok(self.as_list(iterable).unwrap().snapshot());
        }
        if self.is_exact(iterable, &self.types.tuple) {
            return Ok(self.tuple_items(iterable).to_vec());
        }
        let mut out = Vec::new();
        // A range says its length up front: one allocation, and a range too long to hold
        // gives MemoryError at once (as CPython's length hint does) instead of filling memory.
        if self.is_exact(iterable, &self.types.range) {
            let n = self.len(iterable)?;
            if n as u128 > (1u128 << 32) || out.try_reserve_exact(n).is_err() {
                return Err(self.memory_error());
            }
        }
        let it = self.iter(iterable)?;
        if self.is_exact(&it, &self.types.generator) {
            self.gen_collect(&it, &mut out)?;
            return Ok(out);
        }
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// Collects an iterable as CPython's list(), tuple(), sorted() and list.extend() do:
    /// after taking its iterator they ask the iterable for a length hint, which runs a
    /// class's own `__len__` (or `__length_hint__`) and lets its errors out (a TypeError
    /// from it is ignored). Only instances of classes written in Python are asked: the
    /// runtime's own types have no hint with a visible effect.
    pub fn collect_hinted(&self, iterable: &Value) -> PyResult<Vec<Value>> {
        if !self.wants_length_hint(iterable) {
            return self.collect(iterable);
        }
        let it = self.iter(iterable)?;
        crate::stdlib::registry_data::operator::length_hint(self, iterable, 0)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// Whether `collect_hinted` asks `iterable` for a length hint (an instance of a class
    /// written in Python).
    #[inline]
    pub fn wants_length_hint(&self, iterable: &Value) -> bool {
        self.type_data_of(iterable)
            .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
    }

    /// Raises RecursionError when the native stack is nearly used up.
    #[inline]
    pub fn check_native_stack(&self) -> PyResult<()> {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        if sp < self.stack_limit.get() {
            return Err(self.new_exception_msg(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }
}

#[inline(always)]
pub fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

#[inline(always)]
pub fn cmp_f64(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
