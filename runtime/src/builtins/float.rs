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
        // Shifts, bitwise operators and `@`: float has none (reached from `binary_op` only,
        // which does not pass whether it is `op=`: the running instruction tells).
        _ => return Err(float_unsupported(vm, op)),
    }))
}

/// The TypeError of a binary operator float does not have, on two floats.
#[cold]
#[inline(never)]
fn float_unsupported(vm: &Vm, op: BinOp) -> crate::vm::PyErr {
    vm.type_error(format!(
        "unsupported operand type(s) for {}{}: 'float' and 'float'",
        op.symbol(),
        if vm.running_inplace_op() { "=" } else { "" }
    ))
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
        let (re, im) = (r * theta.cos(), r * theta.sin());
        // CPython computes it as complex ** complex, whose infinite part is an overflow.
        if re.is_infinite() || im.is_infinite() {
            return Err(vm.overflow_error("complex exponentiation"));
        }
        return Ok(vm.new_complex(re, im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        // CPython raises it from errno ERANGE: args are (34, strerror), not one string.
        let args = vec![vm.new_int(34), vm.new_str("Numerical result out of range")];
        return Err(vm.new_exception(&vm.exc.overflow_error, args));
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
        Ok(vm.new_int(crate::object::hash::hash_float_obj(
            &a.pos[0],
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
        crate::builtins::str::args::check_noargs(vm, &a, "float.is_integer")?;
        let f = vm.as_float(&a.pos[0]).unwrap();
        Ok(vm.bool_val(f.is_finite() && f.fract() == 0.0))
    });
    vm.add_method(&t, "__format__", |vm, a| {
        a.check(vm, "__format__", 2, 2)?;
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                if vm.is_none(&a.pos[1]) {
                    "None".to_string()
                } else {
                    crate::builtins::str::args::arg_type_name(vm, &a.pos[1])
                }
            )));
        }
        // An empty spec is `str(self)`: a subclass's own `__repr__`/`__str__` shows.
        if vm.str_ref(&a.pos[1]).is_empty() && !vm.is_exact(&a.pos[0], &vm.types.float) {
            return vm.str(&a.pos[0]);
        }
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
    vm.add_method(&t, "__divmod__", |vm, a| float_divmod(vm, a, false));
    vm.add_method(&t, "__rdivmod__", |vm, a| float_divmod(vm, a, true));
    vm.add_method(&t, "__lt__", |vm, a| float_cmp(vm, a, CmpOp::Lt));
    vm.add_method(&t, "__le__", |vm, a| float_cmp(vm, a, CmpOp::Le));
    vm.add_method(&t, "__eq__", |vm, a| float_cmp(vm, a, CmpOp::Eq));
    vm.add_method(&t, "__ne__", |vm, a| float_cmp(vm, a, CmpOp::Ne));
    vm.add_method(&t, "__gt__", |vm, a| float_cmp(vm, a, CmpOp::Gt));
    vm.add_method(&t, "__ge__", |vm, a| float_cmp(vm, a, CmpOp::Ge));
    init_extra(vm);
}

fn float_op(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, y) = a.operands(vm, "float op", reflected)?;
    let (Some(p), Some(q)) = (to_f64(vm, x), to_f64(vm, y)) else {
        return Ok(vm.not_implemented.clone());
    };
    float_binop(vm, p?, q?, op)
}

/// `float.__divmod__` / `float.__rdivmod__`: `(x // y, x % y)` as floats.
fn float_divmod(vm: &Vm, a: Args, reflected: bool) -> PyResult<Value> {
    let (x, y) = a.operands(vm, "float op", reflected)?;
    let (Some(p), Some(q)) = (to_f64(vm, x), to_f64(vm, y)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (p, q) = (p?, q?);
    if q == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    Ok(vm.new_tuple2(vm.new_float(floordiv(p, q)), vm.new_float(fmod(p, q))))
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
    // Unicode spaces and decimal digits of any script count, as in CPython.
    let norm: String = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if crate::builtins::str::unicode::is_space(c) {
                ' '
            } else if let Some(d) = crate::builtins::str::unicode::decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect();
    let t = norm.trim_matches(|c: char| c.is_ascii_whitespace() || ('\x1c'..='\x1f').contains(&c));
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
    // An underscore only between two digits (CPython's _Py_string_to_number_with_underscores).
    let tb = t.as_bytes();
    let ok_chars = !t.is_empty()
        && tb.iter().enumerate().all(|(i, &c)| {
            c.is_ascii_digit()
                || b"+-.eE".contains(&c)
                || (c == b'_'
                    && i > 0
                    && tb[i - 1].is_ascii_digit()
                    && tb.get(i + 1).is_some_and(u8::is_ascii_digit))
        });
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    match (ok_chars, clean.parse::<f64>()) {
        (true, Ok(v)) => Ok(v),
        _ => Err(vm.value_error(format!(
            "could not convert string to float: {}",
            crate::builtins::str::repr_str(s)
        ))),
    }
}

/// Whether `x`, an instance of a str subclass, has one of the conversion methods `names`
/// (which CPython's number protocol then calls before parsing the text).
pub(crate) fn str_sub_converts(vm: &Vm, x: &Value, names: &[&Value]) -> bool {
    !vm.is_exact(x, &vm.types.str_)
        && names
            .iter()
            .any(|n| vm.heap_overrides(x, n, &vm.types.str_))
}

fn float_new(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check_new(vm, "float", 1)?;
    let cls = &a.pos[0];
    let v = match a.pos.get(1) {
        None => 0.0,
        Some(x) => {
            // A subclass of float or int with its own `__float__` has it called (below),
            // as CPython's PyNumber_Float does.
            let own_float = || {
                if vm.is_exact(x, &vm.types.float) || vm.is_exact(x, &vm.types.int) {
                    false
                } else if vm.as_float(x).is_some() {
                    vm.heap_overrides(x, &vm.names.float, &vm.types.float)
                } else {
                    vm.is_int(x) && vm.heap_overrides(x, &vm.names.float, &vm.types.int)
                }
            };
            if let Some(f) = vm.as_float(x).filter(|_| !own_float()) {
                f
            } else if let Some(i) = vm.as_int(x).filter(|_| !own_float()) {
                i.to_f64()
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?
            } else if vm.is_str(x) && !str_sub_converts(vm, x, &[&vm.names.float, &vm.names.index])
            {
                parse_float(vm, vm.str_ref(x))?
            } else if let Some(b) = vm
                .as_bytes(x)
                .map(|b| b.to_vec())
                .or_else(|| vm.as_bytearray(x).map(|b| unsafe { b.b.get() }.clone()))
            {
                // Bytes parse as their ASCII text; the error shows the bytes' repr.
                let text = std::str::from_utf8(&b).ok().filter(|t| t.is_ascii());
                match text.map(|t| parse_float(vm, t)) {
                    Some(Ok(f)) => f,
                    _ => {
                        return Err(vm.value_error(format!(
                            "could not convert string to float: {}",
                            vm.repr_string(x)?
                        )))
                    }
                }
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
            } else if let Some(b) = crate::builtins::memoryview::view_bytes(vm, x) {
                // Other buffers parse as their bytes; the error shows the object's repr.
                let text = std::str::from_utf8(&b).ok().filter(|t| t.is_ascii());
                match text.map(|t| parse_float(vm, t)) {
                    Some(Ok(f)) => f,
                    _ => {
                        return Err(vm.value_error(format!(
                            "could not convert string to float: {}",
                            vm.repr_string(x)?
                        )))
                    }
                }
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

/// Registers float's conversions, rounding and attribute getters.
fn init_extra(vm: &Vm) {
    let t = vm.types.float.clone();
    let this =
        |vm: &Vm, a: Args| -> PyResult<Value> { Ok(vm.new_float(vm.as_float(&a.pos[0]).unwrap())) };
    vm.add_getset(&t, "real", this, None);
    vm.add_getset(&t, "imag", |vm, _| Ok(vm.new_float(0.0)), None);
    vm.add_method(&t, "conjugate", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "float.conjugate")?;
        Ok(vm.new_float(vm.as_float(&a.pos[0]).unwrap()))
    });
    vm.add_method(&t, "hex", float_hex);
    vm.add_method_kind(&t, "fromhex", float_fromhex, MethodKind::Class);
    vm.add_method_kind(&t, "__getformat__", float_getformat, MethodKind::Class);
    vm.add_method(&t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&t, "__round__", float_round);
    vm.add_method(&t, "__floor__", |vm, a| {
        let f = vm.as_float(&a.pos[0]).unwrap();
        crate::builtins::int::int_from(vm, &vm.new_float(f.floor()))
    });
    vm.add_method(&t, "__ceil__", |vm, a| {
        let f = vm.as_float(&a.pos[0]).unwrap();
        crate::builtins::int::int_from(vm, &vm.new_float(f.ceil()))
    });
    vm.add_method(&t, "__getnewargs__", |vm, a| {
        Ok(vm.new_tuple(vec![vm.new_float(vm.as_float(&a.pos[0]).unwrap())]))
    });
}

/// `x` as `(mantissa, exponent)` with an odd mantissa (x = m * 2**e); x finite and nonzero.
fn decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), exp - 1075)
    };
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    (if x < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_noargs(vm, &a, "float.as_integer_ratio")?;
    let x = vm.as_float(&a.pos[0]).unwrap();
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(1)]));
    }
    let (m, e) = decompose(x);
    let m = BigInt::from(m);
    let (n, d) = if e >= 0 {
        (m << e as usize, BigInt::from(1))
    } else {
        (m, BigInt::from(1) << (-e) as usize)
    };
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, or `0x0.` for subnormals and zero.
fn float_hex(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_noargs(vm, &a, "float.hex")?;
    let x = vm.as_float(&a.pos[0]).unwrap();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_str(float_repr(x)));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(vm.new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    Ok(vm.new_str(format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    )))
}

/// 2**j for j in the normal exponent range.
fn pow2(j: i32) -> f64 {
    f64::from_bits(((j + 1023) as u64) << 52)
}

/// Multiplies by 2**k in exact steps (the caller guarantees an exact or overflowing result).
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= pow2(1000);
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= pow2(-1000);
        k += 1000;
    }
    x * pow2(k as i32)
}

/// `m * 2**e` correctly rounded (half to even) to a float; may be infinite.
fn big_ldexp(m: &num_bigint::BigUint, e: i64) -> f64 {
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return 0.0;
    }
    let bits = m.bits() as i64;
    let top = bits.saturating_add(e);
    if top > 1025 {
        return f64::INFINITY;
    }
    let kept = (top + 1074).min(53);
    if kept < 0 {
        return 0.0;
    }
    let shift = bits - kept;
    if shift <= 0 {
        return ldexp(m.to_f64().unwrap_or(0.0), e);
    }
    let s = shift as usize;
    let mut q = (m >> s).to_u64().unwrap_or(0);
    let rem = m - ((m >> s) << s);
    let half = num_bigint::BigUint::from(1u8) << (s - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    ldexp(q as f64, e + shift)
}

/// `float.fromhex(s)`: `[sign][0x]hex[.hex][p[sign]dec]`, or inf/nan; subclasses get `cls(value)`.
fn float_fromhex(vm: &Vm, a: Args) -> PyResult<Value> {
    // (A METH_O classmethod; a non-str is PyUnicode_AsUTF8AndSize's generic error.)
    crate::builtins::str::args::check_one(vm, &a, "float.fromhex")?;
    let cls = &a.pos[0];
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let x = parse_hex_float(vm, vm.str_ref(&a.pos[1]))?;
    let v = vm.new_float(x);
    if cls.is(&vm.types.float) {
        return Ok(v);
    }
    vm.call(cls, &[v])
}

fn parse_hex_float(vm: &Vm, s: &str) -> PyResult<f64> {
    let invalid = || vm.value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(crate::builtins::str::unicode::is_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        let v = if lower == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Ok(if neg { -v } else { v });
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let hex_ok = |d: &str| d.chars().all(|c| c.is_ascii_hexdigit());
    if ip.len() + fp.len() == 0 || !hex_ok(ip) || !hex_ok(fp) {
        return Err(invalid());
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let d = x.strip_prefix(['+', '-']).unwrap_or(x);
            if d.is_empty() || !d.chars().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Saturate absurd exponents: they overflow or underflow either way.
            let v: i64 = d.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let digits = format!("{ip}{fp}");
    let m = num_bigint::BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    e -= 4 * fp.len() as i64;
    let v = big_ldexp(&m, e);
    if v.is_infinite() {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(if neg { -v } else { v })
}

/// `float.__round__(ndigits=None)`: an int without ndigits, else a float rounded half to even.
fn float_round(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__round__", 1, 2)?;
    let x = vm.as_float(&a.pos[0]).unwrap();
    let Some(nd) = a.pos.get(1).filter(|v| !vm.is_none(v)) else {
        let r = x.round_ties_even();
        if x.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return crate::builtins::int::int_from(vm, &vm.new_float(r));
    };
    let n = clamped_ndigits(vm, nd)?;
    Ok(vm.new_float(round_digits(vm, x, n)?))
}

/// A float's `ndigits`, as CPython's `PyNumber_AsSsize_t(n, NULL)`: an index, clamped to
/// the i64 range rather than failing (`round(1.5, 2**70)` is 1.5).
pub fn clamped_ndigits(vm: &Vm, n: &Value) -> PyResult<i64> {
    let i = vm.index(n)?;
    let r = vm.as_int(&i).unwrap();
    Ok(r.to_i64()
        .unwrap_or(if r.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `float.__getformat__(typestr)`: how doubles and floats are stored (IEEE, this
/// machine's byte order).
fn float_getformat(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getformat__", 2, 2)?;
    let s = &a.pos[1];
    if !vm.is_str(s) {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(s)
        )));
    }
    if !matches!(vm.str_ref(s), "double" | "float") {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(vm.new_str(if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    }))
}

/// `round(x, n)` for floats as CPython does it: the exact value rounded half to even.
pub fn round_digits(vm: &Vm, x: f64, n: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let r: f64 = if n >= 0 {
        format!("{:.*}", n as usize, x).parse().unwrap_or(x)
    } else {
        use num_integer::Integer;
        let (m, e) = decompose(x);
        let k = (-n) as u32;
        let p10: BigInt = num_traits::Pow::pow(BigInt::from(10), k);
        let (num, den) = if e >= 0 {
            (BigInt::from(m) << e as usize, p10.clone())
        } else {
            (BigInt::from(m), &p10 << (-e) as usize)
        };
        let (q, r) = num.div_mod_floor(&den);
        let twice: BigInt = &r * 2;
        let q = match twice.cmp(&den) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal if q.is_odd() => q + 1,
            _ => q,
        };
        format!("{q}e{k}").parse::<f64>().unwrap_or(f64::INFINITY)
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("rounded value too large to represent"));
    }
    // Keep the sign of zero results, as CPython does.
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}
