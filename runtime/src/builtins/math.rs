//! The `math` module: float functions backed by the C library (the same libm CPython calls, so
//! results match bit for bit) with CPython's special-value and error rules, and exact integer
//! functions (gcd, isqrt, factorial, comb, perm) on big ints.

use crate::bytecode::BinOp;
use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

/// The C library's math functions, called directly: Rust's own versions of some of them
/// (asinh, acosh, atanh) are not libm's and round differently.
mod libm {
    use std::os::raw::c_int;
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut c_int) -> f64;
        pub fn ldexp(x: f64, e: c_int) -> f64;
        pub fn modf(x: f64, ip: *mut f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }

    /// The C library's `cbrt`, looked up at run time: the Rust toolchain links in its own
    /// `cbrt` (correctly rounded), which shadows glibc's, and CPython's results are glibc's.
    pub fn cbrt(x: f64) -> f64 {
        type CbrtFn = unsafe extern "C" fn(f64) -> f64;
        thread_local! {
            static CBRT: Option<CbrtFn> = unsafe {
                let h = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
                let p = if h.is_null() {
                    std::ptr::null_mut()
                } else {
                    libc::dlsym(h, c"cbrt".as_ptr())
                };
                if p.is_null() {
                    None
                } else {
                    Some(std::mem::transmute::<*mut libc::c_void, CbrtFn>(p))
                }
            };
        }
        match CBRT.with(|c| *c) {
            Some(f) => unsafe { f(x) },
            None => x.cbrt(),
        }
    }
}

/// The failure of a float computation, mapped to CPython's exceptions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MathErr {
    Domain,
    Range,
}

fn raise(vm: &Vm, e: MathErr) -> crate::vm::PyErr {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`.
pub fn to_double(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = vm.as_float(v) {
        return Ok(f);
    }
    if vm.is_exact(v, &vm.types.int) || vm.is_exact(v, &vm.types.bool_) {
        return int_to_double(vm, v);
    }
    if let Some(f) = vm.lookup_special(v, &vm.names.float) {
        let r = vm.call_bound_special(&f, v, &[])?;
        return match vm.as_float(&r) {
            Some(x) => Ok(x),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if vm.is_int(v) {
        return int_to_double(vm, v);
    }
    if vm.lookup_special(v, &vm.names.index).is_some() {
        let i = vm.index(v)?;
        return int_to_double(vm, &i);
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn int_to_double(vm: &Vm, v: &Value) -> PyResult<f64> {
    match vm.as_int(v).and_then(|r| r.to_f64()) {
        Some(x) => Ok(x),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// An integral float as an int (NaN and infinities raise as `int(x)` does).
fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(vm.new_int(x as i64));
    }
    Ok(vm.new_bigint(BigInt::from_f64(x).unwrap_or_default()))
}

fn big_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index(v)?;
    Ok(vm.as_int(&i).map(|r| r.to_big()).unwrap_or_default())
}

// ---- argument checks with CPython's messages ----

/// A function taking exactly one positional argument (`METH_O`).
fn one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(&a.pos[0])
}

/// A positional-only function of `min..=max` arguments (`_PyArg_CheckPositional`).
fn positional(vm: &Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n < min || n > max {
        let (what, bound) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        let s = if bound == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name} expected {what}{bound} argument{s}, got {n}"
        )));
    }
    Ok(())
}

fn two_floats(vm: &Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    positional(vm, a, name, 2, 2)?;
    Ok((to_double(vm, &a.pos[0])?, to_double(vm, &a.pos[1])?))
}

// ---- CPython's error rules around libm ----

/// One-argument functions: NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is an overflow (`can_overflow`) or a singularity (domain error).
fn math_1(vm: &Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(raise(
            vm,
            if can_overflow {
                MathErr::Range
            } else {
                MathErr::Domain
            },
        ));
    }
    Ok(vm.new_float(r))
}

/// Two-argument functions: the same rules over both arguments.
fn math_2(vm: &Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(raise(vm, MathErr::Range));
    }
    Ok(vm.new_float(r))
}

macro_rules! unary {
    ($fname:ident, $py:literal, $f:expr, $overflow:expr) => {
        fn $fname(vm: &Vm, a: Args) -> PyResult<Value> {
            let x = to_double(vm, one(vm, &a, $py)?)?;
            math_1(vm, x, $f, $overflow)
        }
    };
}

unary!(m_sin, "sin", |x| unsafe { libm::sin(x) }, false);
unary!(m_cos, "cos", |x| unsafe { libm::cos(x) }, false);
unary!(m_tan, "tan", |x| unsafe { libm::tan(x) }, false);
unary!(m_asin, "asin", |x| unsafe { libm::asin(x) }, false);
unary!(m_acos, "acos", |x| unsafe { libm::acos(x) }, false);
unary!(m_atan, "atan", |x| unsafe { libm::atan(x) }, false);
unary!(m_sinh, "sinh", |x| unsafe { libm::sinh(x) }, true);
unary!(m_cosh, "cosh", |x| unsafe { libm::cosh(x) }, true);
unary!(m_tanh, "tanh", |x| unsafe { libm::tanh(x) }, false);
unary!(m_asinh, "asinh", |x| unsafe { libm::asinh(x) }, false);
unary!(m_acosh, "acosh", |x| unsafe { libm::acosh(x) }, false);
unary!(m_atanh, "atanh", |x| unsafe { libm::atanh(x) }, false);
unary!(m_exp, "exp", |x| unsafe { libm::exp(x) }, true);
unary!(m_exp2, "exp2", |x| unsafe { libm::exp2(x) }, true);
unary!(m_expm1, "expm1", |x| unsafe { libm::expm1(x) }, true);
unary!(m_log1p, "log1p", |x| unsafe { libm::log1p(x) }, false);
unary!(m_sqrt, "sqrt", f64::sqrt, false);
unary!(m_cbrt, "cbrt", libm::cbrt, false);
unary!(m_fabs, "fabs", f64::abs, false);

/// erf and erfc never fail (underflow to zero is not an error).
fn m_erf(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "erf")?)?;
    Ok(vm.new_float(unsafe { libm::erf(x) }))
}

fn m_erfc(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "erfc")?)?;
    Ok(vm.new_float(unsafe { libm::erfc(x) }))
}

fn m_gamma(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "gamma")?)?;
    tgamma(x).map(|r| vm.new_float(r)).map_err(|e| raise(vm, e))
}

fn m_lgamma(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "lgamma")?)?;
    lgamma(x).map(|r| vm.new_float(r)).map_err(|e| raise(vm, e))
}

fn m_atan2(vm: &Vm, a: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &a, "atan2")?;
    math_2(vm, y, x, atan2(y, x))
}

fn m_copysign(vm: &Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "copysign")?;
    math_2(vm, x, y, x.copysign(y))
}

fn m_remainder(vm: &Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "remainder")?;
    math_2(vm, x, y, remainder(x, y))
}

fn m_fmod(vm: &Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = unsafe { libm::fmod(x, y) };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    Ok(vm.new_float(r))
}

fn m_pow(vm: &Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    pow(x, y).map(|r| vm.new_float(r)).map_err(|e| raise(vm, e))
}

fn m_nextafter(vm: &Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "nextafter")?;
    Ok(vm.new_float(unsafe { libm::nextafter(x, y) }))
}

fn m_ulp(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "ulp")?)?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let up = unsafe { libm::nextafter(x, f64::INFINITY) };
    let r = if up.is_infinite() {
        // The largest finite float: measure the gap below it instead.
        x - unsafe { libm::nextafter(x, f64::NEG_INFINITY) }
    } else {
        up - x
    };
    Ok(vm.new_float(r))
}

/// atan2 with C99's special values handled here, so results don't depend on the platform.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    unsafe { libm::atan2(y, x) }
}

/// IEEE remainder: x - n*y with n the nearest integer to x/y (ties to even); always exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = unsafe { libm::fmod(ax, ay) };
        // Compare m with ay - m rather than with 0.5*ay, which may not be representable.
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the even multiple.
            m - 2.0 * unsafe { libm::fmod(0.5 * (ax - m), ay) }
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.pow`: IEEE special values handled directly, finite cases by libm.
fn pow(x: f64, y: f64) -> Result<f64, MathErr> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && unsafe { libm::fmod(y.abs(), 2.0) } == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        });
    }
    let r = unsafe { libm::pow(x, y) };
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        // 0 ** negative is a singularity; anything else infinite overflowed.
        return Err(if x == 0.0 {
            MathErr::Domain
        } else {
            MathErr::Range
        });
    }
    Ok(r)
}

// ---- gamma and lgamma (Lanczos approximation, N=13, g=6.024680040776729583740234375) ----

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator's coefficients: x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum as a rational function, evaluated in 1/x for large x to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x), accurate near integers (for the reflection formula).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = unsafe { libm::fmod(x.abs(), 2.0) };
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => unsafe { libm::sin(PI * y) },
        1 => unsafe { libm::cos(PI * (y - 0.5)) },
        // Not -sin(pi*(y-1)): that would give -0.0 at y == 1.
        2 => unsafe { libm::sin(PI * (1.0 - y)) },
        3 => -unsafe { libm::cos(PI * (y - 1.5)) },
        _ => unsafe { libm::sin(PI * (y - 2.0)) },
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, MathErr> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathErr::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            // Exact factorials for small integers.
            let mut r = 1.0f64;
            let mut k = 2.0;
            while k < x {
                r *= k;
                k += 1.0;
            }
            return Ok(r);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, scaled into a correction factor (see CPython's derivation).
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * unsafe { libm::exp(y) } / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= unsafe { libm::pow(y, absx - 0.5) };
        } else {
            let sqrtpow = unsafe { libm::pow(y, absx / 2.0 - 0.25) };
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / unsafe { libm::exp(y) };
        r += z * r;
        if absx < 140.0 {
            r *= unsafe { libm::pow(y, absx - 0.5) };
        } else {
            let sqrtpow = unsafe { libm::pow(y, absx / 2.0 - 0.25) };
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathErr> {
    const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-unsafe { libm::log(absx) });
    }
    let mut r = unsafe { libm::log(lanczos_sum(absx)) } - LANCZOS_G;
    r += (absx - 0.5) * (unsafe { libm::log(absx + LANCZOS_G - 0.5) } - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOGPI - unsafe { libm::log(sinpi(absx).abs()) } - unsafe { libm::log(absx) } - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

// ---- logarithms ----

/// A logarithm function with its special values: (value, error).
type LogFn = fn(f64) -> f64;

fn ln(x: f64) -> f64 {
    unsafe { libm::log(x) }
}
fn lg2(x: f64) -> f64 {
    unsafe { libm::log2(x) }
}
fn lg10(x: f64) -> f64 {
    unsafe { libm::log10(x) }
}

/// log of any real: ints are handled exactly even beyond the float range.
fn log_of(vm: &Vm, v: &Value, f: LogFn) -> PyResult<f64> {
    if let Some(i) = vm.as_int(v) {
        if i.is_negative() || i.is_zero() {
            return Err(raise(vm, MathErr::Domain));
        }
        if let Some(x) = i.to_f64() {
            return Ok(f(x));
        }
        // Too big for a float: log(m * 2**e) = log(m) + log(2) * e.
        let (m, e) = big_frexp(&i.to_big());
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_double(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(raise(vm, MathErr::Domain));
    }
    Ok(f(x))
}

/// A positive big int as (m, e) with m in [0.5, 1) rounded half-even to 53 bits, n ~ m * 2**e.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let shift = bits - 53;
    let mut q = n >> (shift as usize);
    let rem = n - (&q << (shift as usize));
    let half = BigInt::one() << ((shift - 1) as usize);
    if rem > half || (rem == half && q.is_odd()) {
        q += 1;
    }
    let qf = q.to_f64().unwrap_or(0.0);
    let mut m = qf / 9007199254740992.0; // 2**53
    let mut e = bits;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

fn m_log(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a.pos[0], ln)?;
    match a.pos.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = log_of(vm, b, ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn m_log2(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = one(vm, &a, "log2")?;
    Ok(vm.new_float(log_of(vm, x, lg2)?))
}

fn m_log10(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = one(vm, &a, "log10")?;
    Ok(vm.new_float(log_of(vm, x, lg10)?))
}

// ---- rounding ----

fn m_floor(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "floor")?;
    rounding(vm, v, &vm.names.floor, f64::floor)
}

fn m_ceil(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "ceil")?;
    rounding(vm, v, &vm.names.ceil, f64::ceil)
}

/// floor/ceil: exact floats directly, then `__floor__`/`__ceil__`, then via float.
fn rounding(vm: &Vm, v: &Value, special: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if vm.is_exact(v, &vm.types.float) {
        return float_to_int(vm, f(vm.as_float(v).unwrap_or(0.0)));
    }
    if vm.is_exact(v, &vm.types.int) || vm.is_exact(v, &vm.types.bool_) {
        return Ok(vm.new_bigint(vm.as_int(v).map(|r| r.to_big()).unwrap_or_default()));
    }
    if let Some(m) = vm.lookup_special(v, special) {
        return vm.call_bound_special(&m, v, &[]);
    }
    if let Some(i) = vm.as_int(v) {
        return Ok(vm.new_bigint(i.to_big()));
    }
    float_to_int(vm, f(to_double(vm, v)?))
}

fn m_trunc(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "trunc")?;
    if vm.is_exact(v, &vm.types.float) {
        return float_to_int(vm, vm.as_float(v).unwrap_or(0.0).trunc());
    }
    if vm.is_exact(v, &vm.types.int) || vm.is_exact(v, &vm.types.bool_) {
        return Ok(vm.new_bigint(vm.as_int(v).map(|r| r.to_big()).unwrap_or_default()));
    }
    if let Some(m) = vm.lookup_special(v, &vm.names.trunc) {
        return vm.call_bound_special(&m, v, &[]);
    }
    if let Some(i) = vm.as_int(v) {
        return Ok(vm.new_bigint(i.to_big()));
    }
    if let Some(x) = vm.as_float(v) {
        return float_to_int(vm, x.trunc());
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

// ---- float decomposition ----

fn m_frexp(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "frexp")?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        let mut e: std::os::raw::c_int = 0;
        let m = unsafe { libm::frexp(x, &mut e) };
        (m, e)
    };
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e as i64)]))
}

fn m_ldexp(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "ldexp", 2, 2)?;
    let x = to_double(vm, &a.pos[0])?;
    let Some(i) = vm.as_int(&a.pos[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    // Exponents beyond the C int range saturate (they overflow or underflow anyway).
    let e = match i.to_i64() {
        Some(e) => e,
        None if i.is_negative() => i64::MIN,
        None => i64::MAX,
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        return Err(raise(vm, MathErr::Range));
    } else if e < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = unsafe { libm::ldexp(x, e as std::os::raw::c_int) };
        if r.is_infinite() {
            return Err(raise(vm, MathErr::Range));
        }
        r
    };
    Ok(vm.new_float(r))
}

fn m_modf(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let mut ip = 0.0f64;
        let f = unsafe { libm::modf(x, &mut ip) };
        (f, ip)
    };
    Ok(vm.new_tuple(vec![vm.new_float(frac), vm.new_float(int)]))
}

fn m_degrees(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "degrees")?)?;
    Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "radians")?)?;
    Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "isfinite")?)?;
    Ok(vm.bool_val(x.is_finite()))
}

fn m_isinf(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "isinf")?)?;
    Ok(vm.bool_val(x.is_infinite()))
}

fn m_isnan(vm: &Vm, a: Args) -> PyResult<Value> {
    let x = to_double(vm, one(vm, &a, "isnan")?)?;
    Ok(vm.bool_val(x.is_nan()))
}

fn m_isclose(vm: &Vm, a: Args) -> PyResult<Value> {
    a.only_kw(vm, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let arg = |i: usize, name: &str| -> PyResult<Value> {
        match (a.pos.get(i).cloned(), a.kw(vm, name)) {
            (Some(_), Some(_)) => Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                i + 1
            ))),
            (Some(v), None) | (None, Some(v)) => Ok(v),
            (None, None) => Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            ))),
        }
    };
    let x = to_double(vm, &arg(0, "a")?)?;
    let y = to_double(vm, &arg(1, "b")?)?;
    let rel_tol = match a.kw(vm, "rel_tol") {
        Some(v) => to_double(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match a.kw(vm, "abs_tol") {
        Some(v) => to_double(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (y - x).abs();
    Ok(vm.bool_val(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

// ---- sums and norms ----

/// Exact sum of floats (Shewchuk's partials), correctly rounded at the end.
fn m_fsum(vm: &Vm, a: Args) -> PyResult<Value> {
    let seq = one(vm, &a, "fsum")?;
    let it = vm.iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_double(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an inf/nan summand or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across several partials: if the rest of the partials push the
        // same way as lo, the halfway case must round away.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

/// sqrt(sum(x*x)) for non-negative finite values with max their maximum: lossless scaling,
/// exact squares (Veltkamp-Dekker split), compensated summation and a final correction of
/// the square root, as CPython's hypot does (so results agree to the last bit).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let mut max_e: std::os::raw::c_int = 0;
    unsafe { libm::frexp(max, &mut max_e) };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // Adds x to csum, keeping the rounding error in frac.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = unsafe { libm::ldexp(1.0, -max_e) };
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Subnormal maximum: the scale would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(a.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.pos {
        let x = to_double(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(vm.new_float(vector_norm(&coords, max, found_nan)))
}

fn m_dist(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "dist", 2, 2)?;
    let as_items = |v: &Value| -> PyResult<Vec<Value>> {
        match vm.as_tuple(v) {
            Some(t) => Ok(t.to_vec()),
            None => vm.collect(v),
        }
    };
    let p = as_items(&a.pos[0])?;
    let q = as_items(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let px = to_double(vm, pv)?;
        let qx = to_double(vm, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(vm.new_float(vector_norm(&diffs, max, found_nan)))
}

fn m_prod(vm: &Vm, a: Args) -> PyResult<Value> {
    a.only_kw(vm, "prod", &["start"])?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut acc = a.kw(vm, "start").unwrap_or_else(|| vm.new_int(1));
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Mul, false)?;
    }
    Ok(acc)
}

// ---- integer functions ----

fn m_gcd(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    // Small ints (Fraction arithmetic's common case) without big-int conversions.
    if let Some(g) = gcd_small(a.pos) {
        return Ok(vm.new_int(g));
    }
    let mut acc = BigInt::zero();
    for v in a.pos {
        let x = big_of(vm, v)?;
        if !acc.is_one() {
            acc = gcd_big(&acc, &x);
        }
    }
    Ok(vm.new_bigint(acc.abs()))
}

/// `gcd` of arguments that are all small ints; None if any is not.
fn gcd_small(args: &[Value]) -> Option<i64> {
    let mut acc: u64 = 0;
    for v in args {
        let x = v.as_small()?.unsigned_abs();
        acc = gcd_u64(acc, x);
    }
    // (Small ints are below 2**62 in magnitude, so the gcd is an i64.)
    i64::try_from(acc).ok()
}

/// `gcd` of big ints (non-negative): Lehmer's algorithm (Knuth, TAOCP 4.5.2, algorithm L)
/// until both fit in 128 bits, then binary gcd on machine words. Each outer step runs
/// Euclid's quotients on the leading 64 bits alone and applies them to the full numbers
/// in one combination, where plain Euclid made a big remainder per quotient (9x slower
/// than CPython on thousand-digit operands). (num-bigint's `gcd` shifts a new big int
/// per bit: on Fraction arithmetic with 70-bit terms it took a fifth of the mdp benchmark.)
fn gcd_big(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut u, mut v) = (a.magnitude().clone(), b.magnitude().clone());
    if u < v {
        std::mem::swap(&mut u, &mut v);
    }
    loop {
        // Invariant: u >= v.
        if let (Some(x), Some(y)) = (u.to_u128(), v.to_u128()) {
            return BigInt::from(gcd_u128(x, y));
        }
        if v.is_zero() {
            return BigInt::from(u);
        }
        let shift = u.bits() - 64;
        let (a, b, c, d) = lehmer_cofactors(top_word(&u, shift), top_word(&v, shift));
        if b == 0 {
            // No quotient could be decided from the leading words: one full step.
            let r = &u % &v;
            u = v;
            v = r;
            continue;
        }
        // u, v = a*u + b*v, c*u + d*v: both non-negative, u >= v still.
        let (su, sv) = (BigInt::from(u), BigInt::from(v));
        let nu = &su * a + &sv * b;
        let nv = su * c + sv * d;
        u = nu.into_parts().1;
        v = nv.into_parts().1;
        if u < v {
            std::mem::swap(&mut u, &mut v);
        }
    }
}

/// The 64 bits of `x` from bit `shift` up (the leading word of the larger operand).
fn top_word(x: &num_bigint::BigUint, shift: u64) -> u64 {
    (x >> shift).to_u64().unwrap_or(u64::MAX)
}

/// Algorithm L's inner loop on the leading words `x >= y` of u and v: the cofactors
/// (a, b, c, d) of the Euclid steps whose quotients the leading words decide, such that
/// a*u + b*v and c*u + d*v are the remainders those steps reach.
fn lehmer_cofactors(x: u64, y: u64) -> (i128, i128, i128, i128) {
    let (mut x, mut y) = (x as i128, y as i128);
    let (mut a, mut b, mut c, mut d) = (1i128, 0i128, 0i128, 1i128);
    loop {
        // (Knuth keeps all four at or above zero; the test makes that a guard.)
        if y + c <= 0 || y + d <= 0 || x + a < 0 || x + b < 0 {
            break;
        }
        let q = (x + a) / (y + c);
        if q != (x + b) / (y + d) {
            break;
        }
        (a, c) = (c, a - q * c);
        (b, d) = (d, b - q * d);
        (x, y) = (y, x - q * y);
    }
    (a, b, c, d)
}

/// Binary (Stein's) gcd on 128-bit words.
fn gcd_u128(mut a: u128, mut b: u128) -> u128 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// Euclid's algorithm on machine words.
fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn m_lcm(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for (i, v) in a.pos.iter().enumerate() {
        let x = big_of(vm, v)?;
        if i == 0 {
            acc = x.abs();
        } else if !acc.is_zero() {
            acc = if x.is_zero() {
                BigInt::zero()
            } else {
                (&acc / gcd_big(&acc, &x) * &x).abs()
            };
        }
    }
    Ok(vm.new_bigint(acc))
}

fn m_isqrt(vm: &Vm, a: Args) -> PyResult<Value> {
    let n = big_of(vm, one(vm, &a, "isqrt")?)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// The product lo * (lo+1) * ... * (lo+count-1), split in halves so big multiplications
/// stay balanced.
fn range_product(lo: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut r = lo.clone();
        let mut x = lo.clone();
        for _ in 1..count {
            x += 1;
            r *= &x;
        }
        return r;
    }
    let half = count / 2;
    range_product(lo, half) * range_product(&(lo + BigInt::from(half)), count - half)
}

fn factorial_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let n = big_of(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(k) = n.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(range_product(&BigInt::one(), k))
}

fn m_factorial(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "factorial")?;
    Ok(vm.new_bigint(factorial_of(vm, v)?))
}

/// Validated (n, k) for comb and perm.
fn n_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = big_of(vm, n)?;
    let k = big_of(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_perm(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "perm", 1, 2)?;
    let k = match a.pos.get(1) {
        Some(k) if !vm.is_none(k) => k,
        _ => return Ok(vm.new_bigint(factorial_of(vm, &a.pos[0])?)),
    };
    let (n, k) = n_k(vm, &a.pos[0], k)?;
    if n < k {
        return Ok(vm.new_int(0));
    }
    let Some(ki) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let lo = &n - &k + 1;
    Ok(vm.new_bigint(range_product(&lo, ki)))
}

fn m_comb(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "comb", 2, 2)?;
    let (n, k) = n_k(vm, &a.pos[0], &a.pos[1])?;
    if n < k {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(ki) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let lo = &n - &k + 1;
    let r = range_product(&lo, ki) / range_product(&BigInt::one(), ki);
    Ok(vm.new_bigint(r))
}

/// Creates the `math` module and registers it in `sys.modules`.
pub fn init(vm: &Vm) {
    let m = vm.new_module("math");
    let Some(d) = vm.module_dict(&m) else { return };
    let Some(dd) = vm.as_dict(&d) else { return };
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for (name, f) in funcs {
        vm.dict_set_str(dd, name, new_builtin(vm, name, *f, None));
    }
    vm.dict_set_str(dd, "pi", vm.new_float(std::f64::consts::PI));
    vm.dict_set_str(dd, "e", vm.new_float(std::f64::consts::E));
    vm.dict_set_str(dd, "tau", vm.new_float(std::f64::consts::TAU));
    vm.dict_set_str(dd, "inf", vm.new_float(f64::INFINITY));
    vm.dict_set_str(dd, "nan", vm.new_float(f64::NAN));
    vm.dict_set_str(
        dd,
        "__doc__",
        vm.new_str(
            "This module provides access to the mathematical functions\ndefined by the C standard.",
        ),
    );
    crate::stdlib::name_functions(vm, &m, "math");
    if let Some(md) = vm.as_dict(&vm.modules) {
        vm.dict_set_str(md, "math", m);
    }
}
