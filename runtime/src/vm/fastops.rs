//! Arithmetic and comparisons the interpreter does inline, before the generic protocol:
//! small ints and exact floats (and one of each), where the answer needs no method lookup
//! and no error. Everything else (big ints, subclasses, division by zero) returns the
//! operands for the generic path, which raises the right exception.
//!
//! A float result reuses the box of an operand that nobody else holds (count 1: the
//! interpreter popped the only reference), so `x = x * y + z` allocates nothing.

use super::Vm;
use crate::object::float::FloatData;
use crate::object::value::{Obj, Value};

/// Ints up to 2^53 convert to float exactly, so float comparison and division agree with
/// CPython's exact algorithms on them.
const EXACT_F64: i64 = 1 << 53;

impl Vm {
    /// `a op b` for the `BINARY_OP` argument `arg`, or the operands back when it needs
    /// the generic path.
    #[inline(always)]
    pub fn fast_binop(&self, a: Value, b: Value, arg: u32) -> Result<Value, (Value, Value)> {
        if a.is_small() && b.is_small() {
            return self.fast_binop_int(a, b, arg);
        }
        self.fast_binop_float(a, b, arg)
    }

    /// The small-int half of `fast_binop`.
    #[inline(always)]
    pub fn fast_binop_int(&self, a: Value, b: Value, arg: u32) -> Result<Value, (Value, Value)> {
        let op = arg & !crate::bytecode::opcode::INPLACE_OFFSET;
        let (Some(x), Some(y)) = (a.as_small(), b.as_small()) else {
            return Err((a, b));
        };
        match small_op(x, y, op) {
            Some(r) => Ok(self.new_int(r)),
            None if op == 4 && y != 0 && x.abs() < EXACT_F64 && y.abs() < EXACT_F64 => {
                Ok(self.new_float(x as f64 / y as f64))
            }
            None => Err((a, b)),
        }
    }

    /// The float half of `fast_binop`: exact floats, or a float and a small int.
    #[inline(always)]
    pub fn fast_binop_float(&self, a: Value, b: Value, arg: u32) -> Result<Value, (Value, Value)> {
        let op = arg & !crate::bytecode::opcode::INPLACE_OFFSET;
        let Some((x, y)) = self.float_operands(&a, &b) else {
            return Err((a, b));
        };
        let r = match op {
            0 => x + y,
            1 => x - y,
            2 => x * y,
            4 if y != 0.0 => x / y,
            _ => return Err((a, b)),
        };
        Ok(self.float_result(a, b, r))
    }

    /// `a op b` for the `COMPARE_OP` argument `arg` on small ints and exact floats.
    #[inline(always)]
    pub fn fast_compare(&self, a: &Value, b: &Value, arg: u32) -> Option<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Some(compare_by_arg(x, y, arg));
        }
        let (x, y) = self.float_operands(a, b)?;
        Some(compare_by_arg(x, y, arg))
    }

    /// Both operands as floats when neither needs the protocol and float arithmetic is
    /// what Python does: at least one exact float, the other a float or a small int that
    /// converts exactly (two small ints are int arithmetic).
    #[inline(always)]
    pub fn float_operands(&self, a: &Value, b: &Value) -> Option<(f64, f64)> {
        if a.is_small() && b.is_small() {
            return None;
        }
        Some((self.float_operand(a)?, self.float_operand(b)?))
    }

    /// The value of an exact float, or of a small int that converts exactly.
    #[inline(always)]
    fn float_operand(&self, v: &Value) -> Option<f64> {
        match v.as_small() {
            Some(i) if i.abs() <= EXACT_F64 => Some(i as f64),
            Some(_) => None,
            None => self.exact_float(v),
        }
    }

    /// A float result, written into `a` or `b` when that operand is an exact float held
    /// by nobody else.
    ///
    /// Without shadow code the operands are tested one by one: the loop over `[a, b]` drops
    /// the array's rest through an out-of-line iterator drop on a reuse, about 40
    /// instructions (baseline nbody -2.6%, spectral_norm -3.3%, raytrace -1.2%). With shadow
    /// code the loop stays: the written-out form changed the register allocation of the
    /// whole hot loop there (richards, which has no floats, +2.7% instructions).
    #[cfg(not(feature = "shadowcode"))]
    #[inline(always)]
    fn float_result(&self, a: Value, b: Value, r: f64) -> Value {
        if self.reusable_float(&a) {
            // SAFETY: an exact float whose only reference is `a`, owned here: no one can
            // observe the change.
            unsafe { (*(a.ptr() as *mut Obj<FloatData>)).data.v = r };
            drop(b);
            return a;
        }
        if self.reusable_float(&b) {
            // SAFETY: as above, for `b`.
            unsafe { (*(b.ptr() as *mut Obj<FloatData>)).data.v = r };
            drop(a);
            return b;
        }
        drop(a);
        drop(b);
        self.new_float(r)
    }

    /// An exact float held by nobody but the caller.
    #[cfg(not(feature = "shadowcode"))]
    #[inline(always)]
    fn reusable_float(&self, v: &Value) -> bool {
        !v.is_small() && v.refcount() == 1 && self.is_exact(v, &self.types.float)
    }

    /// `float_result` with shadow code (see above).
    #[cfg(feature = "shadowcode")]
    #[inline(always)]
    fn float_result(&self, a: Value, b: Value, r: f64) -> Value {
        for v in [a, b] {
            if !v.is_small() && v.refcount() == 1 && self.is_exact(&v, &self.types.float) {
                // SAFETY: an exact float whose only reference is `v`, owned here: no one
                // can observe the change.
                unsafe { (*(v.ptr() as *mut Obj<FloatData>)).data.v = r };
                return v;
            }
        }
        self.new_float(r)
    }
}

/// `x op y` for a `COMPARE_OP` argument (NaN compares unequal to everything).
#[inline(always)]
pub fn compare_by_arg<T: PartialOrd>(x: T, y: T, arg: u32) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Small-int arithmetic that stays an i64 (`new_int` boxes results past the tagged
/// range); None for the operators and results that need the generic path.
#[inline(always)]
fn small_op(x: i64, y: i64, op: u32) -> Option<i64> {
    match op {
        // Two tagged ints are below 2^62, so sums and differences fit an i64.
        0 => Some(x + y),
        1 => Some(x - y),
        2 => x.checked_mul(y),
        5 if y != 0 => Some(x.div_euclid(y) - i64::from(y < 0 && x.rem_euclid(y) != 0)),
        6 if y != 0 => {
            let m = x % y;
            Some(if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            })
        }
        8 if (0..32).contains(&y) && x.unsigned_abs() < (1 << 30) => Some(x << y),
        9 if y >= 0 => Some(x >> y.min(63)),
        10 => Some(x & y),
        11 => Some(x | y),
        12 => Some(x ^ y),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::small_op;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        for x in -7i64..=7 {
            for y in [-3i64, -2, -1, 1, 2, 3] {
                let q = small_op(x, y, 5).unwrap();
                let m = small_op(x, y, 6).unwrap();
                assert_eq!(q, (x as f64 / y as f64).floor() as i64, "{x} // {y}");
                assert_eq!(q * y + m, x, "{x} % {y}");
                assert!(m == 0 || (m < 0) == (y < 0), "{x} % {y} = {m}");
            }
        }
        assert_eq!(small_op(1, 0, 5), None);
        assert_eq!(small_op(1, 0, 6), None);
    }

    #[test]
    fn shifts_stay_in_range_or_decline() {
        assert_eq!(small_op(3, 4, 8), Some(48));
        assert_eq!(small_op(1 << 40, 4, 8), None);
        assert_eq!(small_op(-17, 2, 9), Some(-5));
        assert_eq!(small_op(5, 100, 9), Some(0));
        assert_eq!(small_op(-5, 100, 9), Some(-1));
        assert_eq!(small_op(5, -1, 9), None);
        assert_eq!(small_op(i64::MAX / 2, 3, 2), None);
    }
}
