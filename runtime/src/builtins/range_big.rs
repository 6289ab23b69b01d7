//! Ranges whose bounds leave i64 (`range(10 ** 20)`): arithmetic on big ints for the
//! operations CPython supports on them (len only while it fits, items, slices, membership).

use crate::object::misc::{RangeData, SliceData};
use crate::object::value::{alloc, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;

/// `(start, stop, step)` of any range as big ints.
pub fn parts(d: &RangeData) -> (BigInt, BigInt, BigInt) {
    match &d.big {
        Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
        None => (d.start.into(), d.stop.into(), d.step.into()),
    }
}

/// A range object: the i64 form when every bound fits, else the big form.
pub fn make(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let data = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => RangeData {
            start: a,
            stop: b,
            step: c,
            big: None,
        },
        _ => RangeData {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new([start, stop, step])),
        },
    };
    alloc(vm.types.range.ptr() as *const _, data)
}

pub fn len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u8) / st + 1u8
    }
}

pub fn overflow(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("Python int too large to convert to C ssize_t")
}

/// `len()` of a big range: only when it fits.
pub fn len_i64(vm: &Vm, d: &RangeData) -> PyResult<i64> {
    let (a, b, c) = parts(d);
    len(&a, &b, &c).to_i64().ok_or_else(|| overflow(vm))
}

/// Where `x` sits in the range, if it is an item.
pub fn position(d: &RangeData, x: &BigInt) -> Option<BigInt> {
    let (st, stop, sp) = parts(d);
    let inside = if sp.is_positive() {
        *x >= st && *x < stop
    } else {
        *x <= st && *x > stop
    };
    let off = x - &st;
    (inside && (&off % &sp).is_zero()).then(|| off / sp)
}

fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index(v)?;
    match vm.as_int(&i) {
        Some(r) => Ok(r.to_big()),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// `range[i]` with big arithmetic.
pub fn item(vm: &Vm, d: &RangeData, key: &Value) -> PyResult<Value> {
    let (st, stop, sp) = parts(d);
    let n = len(&st, &stop, &sp);
    let i = index_big(vm, key)?;
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(st + j * sp))
}

/// `range[slice]`: CPython's slice-index clamping, on big ints.
pub fn slice(vm: &Vm, d: &RangeData, s: &SliceData) -> PyResult<Value> {
    let (st, stop, sp) = parts(d);
    let n = len(&st, &stop, &sp);
    let bound = |v: &Value| -> PyResult<Option<BigInt>> {
        if vm.is_none(v) {
            return Ok(None);
        }
        if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        index_big(vm, v).map(Some)
    };
    let step = bound(&s.step)?.unwrap_or_else(|| 1.into());
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &n - 1u8)
    } else {
        (BigInt::zero(), n.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) if i.is_negative() => {
                let i = i + &n;
                if i < lower {
                    lower.clone()
                } else {
                    i
                }
            }
            Some(i) => {
                if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let a = clamp(bound(&s.start)?, if neg { &upper } else { &lower });
    let b = clamp(bound(&s.stop)?, if neg { &lower } else { &upper });
    Ok(make(vm, &st + a * &sp, &st + b * &sp, sp * step))
}

pub fn repr(d: &RangeData) -> String {
    let (a, b, c) = parts(d);
    if c == BigInt::from(1) {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    }
}

/// Equality of ranges: the same items.
pub fn equal(x: &RangeData, y: &RangeData) -> bool {
    let (xa, xb, xc) = parts(x);
    let (ya, yb, yc) = parts(y);
    let (n, m) = (len(&xa, &xb, &xc), len(&ya, &yb, &yc));
    n == m && (n.is_zero() || (xa == ya && (n == BigInt::from(1) || xc == yc)))
}

/// The tuple a range hashes as: `(len, start, step)` with the parts that do not matter None.
pub fn hash_key(vm: &Vm, d: &RangeData) -> Value {
    let (a, b, c) = parts(d);
    let n = len(&a, &b, &c);
    let one = BigInt::from(1);
    let none = || vm.none.clone();
    if n.is_zero() {
        vm.new_tuple(vec![vm.new_int(0), none(), none()])
    } else if n == one {
        vm.new_tuple(vec![vm.new_int(1), vm.new_bigint(a), none()])
    } else {
        vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(a), vm.new_bigint(c)])
    }
}

/// The state of a `longrange_iterator` (iterating a range whose bounds leave i64): the
/// next item, the step and how many items are left, as big ints.
pub struct LongRangeIterData {
    next: RefCell<BigInt>,
    step: BigInt,
    remaining: RefCell<BigInt>,
}

/// Iterating a big range: a `longrange_iterator`, lazy as CPython's (any length).
pub fn iter(vm: &Vm, d: &RangeData, reverse: bool) -> PyResult<Value> {
    let (st, stop, sp) = parts(d);
    let n = len(&st, &stop, &sp);
    let (first, step) = if reverse && !n.is_zero() {
        (&st + (&n - 1) * &sp, -sp)
    } else if reverse {
        (st, -sp)
    } else {
        (st, sp)
    };
    Ok(alloc(
        vm.types.misc["longrange_iterator"].ptr() as *const _,
        LongRangeIterData {
            next: RefCell::new(first),
            step,
            remaining: RefCell::new(n),
        },
    ))
}

/// `longrange_iterator`'s methods.
pub fn init_iter(vm: &Vm) {
    let t = vm.types.misc["longrange_iterator"].clone();
    unsafe {
        crate::vm::init::type_data_mut(&t)
            .dealloc
            .set(crate::object::typeobj::dealloc_of::<LongRangeIterData>())
    };
    vm.add_method(&t, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&t, "__next__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<LongRangeIterData>() };
        let mut rem = d.remaining.borrow_mut();
        if !rem.is_positive() {
            return Err(vm.stop_iteration(None));
        }
        *rem -= 1;
        let mut next = d.next.borrow_mut();
        let v = next.clone();
        *next += &d.step;
        Ok(vm.new_bigint(v))
    });
    vm.add_method(&t, "__length_hint__", |vm, a| {
        let d = unsafe { a.pos[0].payload::<LongRangeIterData>() };
        let rem = d.remaining.borrow().clone();
        Ok(vm.new_bigint(rem.max(BigInt::zero())))
    });
}
