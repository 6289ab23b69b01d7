//! `float`: arithmetic with CPython's error messages, mixed int/float comparison, conversions.

use crate::bytecode::{BinOp, CmpOp};
use crate::object::float::float_repr;
use crate::object::int::IntRef;
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// `x op y` for two floats.
pub fn float_binop(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(vm.new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            fmod(x, y)
        }
        BinOp::Pow => return float_pow(vm, x, y),
        _ => return Ok(vm.not_implemented.clone()),
    }))
}

/// Python's float `%`: the result has the sign of the divisor.
pub fn fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

pub fn floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Negative base with a fractional exponent gives a complex result.
        let r = x.abs().powf(y);
        let theta = std::f64::consts::PI * y;
        return Ok(vm.new_complex(r * theta.cos(), r * theta.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.new_float(r))
}

/// Compares an int with a float exactly (no rounding of big ints).
pub fn cmp_int_float(i: &IntRef, f: f64, op: CmpOp) -> bool {
    if f.is_nan() {
        return op == CmpOp::Ne;
    }
    if f.is_infinite() {
        let o = if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        };
        return crate::vm::protocol::cmp_ord(o, op);
    }
    let o = match i {
        IntRef::Small(s) if s.unsigned_abs() < (1 << 53) => (*s as f64).partial_cmp(&f).unwrap(),
        _ => {
            let fl = f.floor();
            let bi = BigInt::from_f64(fl).unwrap_or_default();
            let ib = i.to_big();
            match ib.cmp(&bi) {
                std::cmp::Ordering::Equal => {
                    if f > fl {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Equal
                    }
                }
                o => o,
            }
        }
    };
    crate::vm::protocol::cmp_ord(o, op)
}

/// A number as f64 for float arithmetic (float, int or bool); None otherwise.
pub fn to_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = vm.as_float(v) {
        return Some(Ok(f));
    }
    vm.as_int(v).map(|r| {
        r.to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
    })
}

pub fn init(vm: &Vm) {
    let t = vm.types.float.clone();
    vm.add_method_kind(&t, "__new__", float_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", float_repr_m);
    vm.add_method(&t, "__hash__", |vm, a| {
        Ok(vm.new_int(crate::object::hash::hash_f64(
            vm.as_float(&a.pos[0]).unwrap(),
        )))
    });
    vm.add_method(&t, "__bool__", |vm, a| {
        Ok(vm.bool_val(vm.as_float(&a.pos[0]).unwrap() != 0.0))
    });
    vm.add_method(&t, "__float__", |vm, a| {
        Ok(vm.new_float(vm.as_float(&a.pos[0]).unwrap()))
    });
    vm.add_method(&t, "__int__", |vm, a| {
        crate::builtins::int::int_from(vm, &a.pos[0])
    });
    vm.add_method(&t, "__trunc__", |vm, a| {
        crate::builtins::int::int_from(vm, &a.pos[0])
    });
    vm.add_method(&t, "__neg__", |vm, a| {
        Ok(vm.new_float(-vm.as_float(&a.pos[0]).unwrap()))
    });
    vm.add_method(&t, "__pos__", |vm, a| {
        Ok(vm.new_float(vm.as_float(&a.pos[0]).unwrap()))
    });
    vm.add_method(&t, "__abs__", |vm, a| {
        Ok(vm.new_float(vm.as_float(&a.pos[0]).unwrap().abs()))
    });
    vm.add_method(&t, "is_integer", |vm, a| {
        let f = vm.as_float(&a.pos[0]).unwrap();
        Ok(vm.bool_val(f.is_finite() && f.fract() == 0.0))
    });
    vm.add_method(&t, "__format__", |vm, a| {
        a.check(vm, "__format__", 2, 2)?;
        crate::builtins::format::format_float(
            vm,
            vm.as_float(&a.pos[0]).unwrap(),
            vm.str_ref(&a.pos[1]),
        )
    });
    macro_rules! binops {
        ($($name:literal $rname:literal $op:expr;)*) => {$(
            vm.add_method(&t, $name, |vm, a| float_op(vm, a, $op, false));
            vm.add_method(&t, $rname, |vm, a| float_op(vm, a, $op, true));
        )*};
    }
    binops! {
        "__add__" "__radd__" BinOp::Add;
        "__sub__" "__rsub__" BinOp::Sub;
        "__mul__" "__rmul__" BinOp::Mul;
        "__truediv__" "__rtruediv__" BinOp::TrueDiv;
        "__floordiv__" "__rfloordiv__" BinOp::FloorDiv;
        "__mod__" "__rmod__" BinOp::Mod;
        "__pow__" "__rpow__" BinOp::Pow;
    }
    vm.add_method(&t, "__lt__", |vm, a| float_cmp(vm, a, CmpOp::Lt));
    vm.add_method(&t, "__le__", |vm, a| float_cmp(vm, a, CmpOp::Le));
    vm.add_method(&t, "__eq__", |vm, a| float_cmp(vm, a, CmpOp::Eq));
    vm.add_method(&t, "__ne__", |vm, a| float_cmp(vm, a, CmpOp::Ne));
    vm.add_method(&t, "__gt__", |vm, a| float_cmp(vm, a, CmpOp::Gt));
    vm.add_method(&t, "__ge__", |vm, a| float_cmp(vm, a, CmpOp::Ge));
}

fn float_op(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    a.check(vm, "float op", 2, 2)?;
    let (x, y) = if reflected {
        (&a.pos[1], &a.pos[0])
    } else {
        (&a.pos[0], &a.pos[1])
    };
    let (Some(p), Some(q)) = (to_f64(vm, x), to_f64(vm, y)) else {
        return Ok(vm.not_implemented.clone());
    };
    float_binop(vm, p?, q?, op)
}

fn float_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    a.check(vm, "float compare", 2, 2)?;
    let x = vm.as_float(&a.pos[0]).unwrap();
    if let Some(y) = vm.as_float(&a.pos[1]) {
        return Ok(vm.bool_val(crate::vm::protocol::cmp_f64(x, y, op)));
    }
    if let Some(i) = vm.as_int(&a.pos[1]) {
        return Ok(vm.bool_val(cmp_int_float(&i, x, op.swapped())));
    }
    Ok(vm.not_implemented.clone())
}

fn float_repr_m(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(float_repr(vm.as_float(&a.pos[0]).unwrap())))
}

/// Parses a float literal as `float(s)` does.
pub fn parse_float(vm: &Vm, s: &str) -> PyResult<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let core = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match core {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let ok_chars = !t.is_empty()
        && !t.contains("__")
        && !t.starts_with('_')
        && !t.ends_with('_')
        && t.chars()
            .all(|c| c.is_ascii_digit() || "+-.eE_".contains(c));
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    match (ok_chars, clean.parse::<f64>()) {
        (true, Ok(v)) => Ok(v),
        _ => Err(vm.value_error(format!(
            "could not convert string to float: {}",
            crate::builtins::str::repr_str(s)
        ))),
    }
}

fn float_new(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "float", 1, 2)?;
    let cls = &a.pos[0];
    let v = match a.pos.get(1) {
        None => 0.0,
        Some(x) => {
            if let Some(f) = vm.as_float(x) {
                f
            } else if let Some(i) = vm.as_int(x) {
                i.to_f64()
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?
            } else if vm.is_str(x) {
                parse_float(vm, vm.str_ref(x))?
            } else if let Some(r) = vm.call_special(x, &vm.names.float, &[])? {
                vm.as_float(&r).ok_or_else(|| {
                    vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(x),
                        vm.type_name(&r)
                    ))
                })?
            } else if let Some(r) = vm.call_special(x, &vm.names.index, &[])? {
                vm.as_int(&r).and_then(|i| i.to_f64()).unwrap_or(0.0)
            } else {
                return Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(x)
                )));
            }
        }
    };
    if cls.is(&vm.types.float) {
        return Ok(vm.new_float(v));
    }
    Ok(vm.new_instance(cls, crate::object::float::FloatData { v }))
}
