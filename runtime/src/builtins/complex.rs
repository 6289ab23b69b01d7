//! `complex`: construction from numbers and strings, repr/format, arithmetic with int and
//! float on either side (CPython's algorithms for division and powers), equality and hash.

use crate::bytecode::{BinOp, CmpOp};
use crate::object::complex::ComplexData;
use crate::object::float::float_repr;
use crate::object::hash::hash_float_obj;
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1000003;

#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

fn prod(a: C, b: C) -> C {
    C {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// Smith's division (CPython's `_Py_c_quot`); None when dividing by zero.
fn quot(a: C, b: C) -> Option<C> {
    let abs_br = b.re.abs();
    let abs_bi = b.im.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // A NaN in the divisor.
        Some(C {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// Power by repeated squaring for small integral exponents (more accurate than the polar form).
fn powu(x: C, n: i64) -> C {
    let mut r = C { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b`: Err(true) for a zero base with a negative or complex exponent, Err(false) on overflow.
fn pow(a: C, b: C) -> Result<C, bool> {
    let one = C { re: 1.0, im: 0.0 };
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            powu(a, n)
        } else {
            quot(one, powu(a, -n)).ok_or(true)?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        one
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(true);
        }
        C { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        C {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(false);
    }
    Ok(r)
}

/// `abs(z)`; None on overflow.
fn cabs(z: C) -> Option<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Some(z.re.abs());
        }
        if z.im.is_infinite() {
            return Some(z.im.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// An operand as a complex number: complex, int or float; None for other types.
fn to_c(vm: &Vm, v: &Value) -> Option<PyResult<C>> {
    if let Some((re, im)) = vm.as_complex(v) {
        return Some(Ok(C { re, im }));
    }
    crate::builtins::float::to_f64(vm, v).map(|r| r.map(|re| C { re, im: 0.0 }))
}

fn this(vm: &Vm, v: &Value) -> PyResult<C> {
    vm.as_complex(v)
        .map(|(re, im)| C { re, im })
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a 'complex' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

fn new_c(vm: &Vm, c: C) -> Value {
    vm.new_complex(c.re, c.im)
}

/// A float part as CPython's repr writes it inside a complex (no `.0` on integral values).
fn part(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let ims = part(im);
    let sign = if ims.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{ims}j)", part(re))
}

pub fn init(vm: &Vm) {
    let t = vm.types.complex.clone();
    vm.add_method_kind(&t, "__new__", complex_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(vm.new_str(complex_repr(c.re, c.im)))
    });
    vm.add_method(&t, "__hash__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        // (A NaN part hashes by the complex object's identity, as CPython's.)
        let hr = hash_float_obj(&a.pos[0], c.re) as u64;
        let hi = hash_float_obj(&a.pos[0], c.im) as u64;
        let mut h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
        if h == -1 {
            h = -2;
        }
        Ok(vm.new_int(h))
    });
    vm.add_method(&t, "__bool__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(vm.bool_val(c.re != 0.0 || c.im != 0.0))
    });
    vm.add_method(&t, "__neg__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(vm.new_complex(-c.re, -c.im))
    });
    vm.add_method(&t, "__pos__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(new_c(vm, c))
    });
    vm.add_method(&t, "__abs__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        match cabs(c) {
            Some(r) => Ok(vm.new_float(r)),
            None => Err(vm.overflow_error("absolute value too large")),
        }
    });
    vm.add_method(&t, "__complex__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(new_c(vm, c))
    });
    vm.add_method(&t, "conjugate", |vm, a| {
        a.check(vm, "complex.conjugate", 1, 1).map_err(|_| {
            vm.type_error(format!(
                "complex.conjugate() takes no arguments ({} given)",
                a.pos.len().saturating_sub(1)
            ))
        })?;
        let c = this(vm, &a.pos[0])?;
        Ok(vm.new_complex(c.re, -c.im))
    });
    vm.add_method(&t, "__getnewargs__", |vm, a| {
        let c = this(vm, &a.pos[0])?;
        Ok(vm.new_tuple(vec![vm.new_float(c.re), vm.new_float(c.im)]))
    });
    vm.add_getset(
        &t,
        "real",
        |vm, a| Ok(vm.new_float(this(vm, &a.pos[0])?.re)),
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    vm.add_getset(
        &t,
        "imag",
        |vm, a| Ok(vm.new_float(this(vm, &a.pos[0])?.im)),
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    vm.add_method(&t, "__format__", complex_format);
    macro_rules! binops {
        ($($name:literal $rname:literal $op:expr;)*) => {$(
            vm.add_method(&t, $name, |vm, a| complex_op(vm, a, $op, false));
            vm.add_method(&t, $rname, |vm, a| complex_op(vm, a, $op, true));
        )*};
    }
    binops! {
        "__add__" "__radd__" BinOp::Add;
        "__sub__" "__rsub__" BinOp::Sub;
        "__mul__" "__rmul__" BinOp::Mul;
        "__truediv__" "__rtruediv__" BinOp::TrueDiv;
        "__pow__" "__rpow__" BinOp::Pow;
    }
    vm.add_method(&t, "__eq__", |vm, a| complex_cmp(vm, a, CmpOp::Eq));
    vm.add_method(&t, "__ne__", |vm, a| complex_cmp(vm, a, CmpOp::Ne));
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&t, name, |vm, _a| Ok(vm.not_implemented.clone()));
    }
}

fn complex_op(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    if a.pos.len() < 2 || a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (x, y) = if reflected {
        (&a.pos[1], &a.pos[0])
    } else {
        (&a.pos[0], &a.pos[1])
    };
    let (Some(p), Some(q)) = (to_c(vm, x), to_c(vm, y)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (p, q) = (p?, q?);
    let r = match op {
        BinOp::Add => C {
            re: p.re + q.re,
            im: p.im + q.im,
        },
        BinOp::Sub => C {
            re: p.re - q.re,
            im: p.im - q.im,
        },
        BinOp::Mul => prod(p, q),
        BinOp::TrueDiv => quot(p, q).ok_or_else(|| vm.zero_division("complex division by zero"))?,
        BinOp::Pow => {
            if let Some(m) = a.pos.get(2) {
                if !vm.is_none(m) {
                    return Err(vm.value_error("complex modulo"));
                }
            }
            pow(p, q).map_err(|zero| {
                if zero {
                    vm.zero_division("0.0 to a negative or complex power")
                } else {
                    vm.overflow_error("complex exponentiation")
                }
            })?
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(new_c(vm, r))
}

fn complex_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let c = this(vm, &a.pos[0])?;
    let w = &a.pos[1];
    let equal = if vm.as_int(w).is_some() {
        if c.im == 0.0 {
            // Compare the real part as a float with the int, exactly.
            return vm.compare(&vm.new_float(c.re), w, op);
        }
        false
    } else if let Some(f) = vm.as_float(w) {
        c.re == f && c.im == 0.0
    } else if let Some((re, im)) = vm.as_complex(w) {
        c.re == re && c.im == im
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.bool_val(equal == (op == CmpOp::Eq)))
}

/// A number as float for the constructor (`__float__`, then `__index__`).
fn number_to_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::builtins::float::to_f64(vm, v) {
        return r;
    }
    if let Some(r) = vm.call_special(v, &vm.names.float, &[])? {
        return vm.as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    let i = vm.index(v)?;
    crate::builtins::float::to_f64(vm, &i).unwrap_or(Ok(0.0))
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    vm.as_complex(v).is_some()
        || vm.as_float(v).is_some()
        || vm.as_int(v).is_some()
        || vm.lookup_special(v, &vm.names.float).is_some()
        || vm.lookup_special(v, &vm.names.index).is_some()
}

fn complex_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = crate::builtins::set::new_cls(vm, &a, &vm.types.complex)?;
    a.only_kw(vm, "complex", &["real", "imag"])?;
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut r = a.pos.get(1).cloned();
    let mut i = a.pos.get(2).cloned();
    for (name, slot) in [("real", &mut r), ("imag", &mut i)] {
        if let Some(v) = a.kw(vm, name) {
            if slot.is_some() {
                return Err(vm.type_error(format!(
                    "argument for complex() given by name ('{name}') and position ({})",
                    if name == "real" { 1 } else { 2 }
                )));
            }
            *slot = Some(v);
        }
    }
    let make = |c: C| -> Value {
        if cls.is(&vm.types.complex) {
            new_c(vm, c)
        } else {
            vm.new_instance(cls, ComplexData { re: c.re, im: c.im })
        }
    };
    let r = r.unwrap_or_else(|| Value::small(0));
    if vm.is_exact(&r, &vm.types.complex) && i.is_none() && cls.is(&vm.types.complex) {
        return Ok(r);
    }
    if vm.is_str(&r) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let s = vm.str_ref(&r).to_string();
        return Ok(make(parse_complex(vm, &s, &r)?));
    }
    if let Some(iv) = &i {
        if vm.is_str(iv) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    // `__complex__` (unless it is the builtin one of a complex value).
    let r = if vm.as_complex(&r).is_none()
        || vm.heap_overrides(&r, &vm.names.complex, &vm.types.complex)
    {
        match vm.call_special(&r, &vm.names.complex, &[])? {
            Some(res) => {
                if vm.as_complex(&res).is_none() {
                    return Err(vm.type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        vm.type_name(&res)
                    )));
                }
                res
            }
            None => r,
        }
    } else {
        r
    };
    if !is_number(vm, &r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&r)
        )));
    }
    if let Some(iv) = &i {
        if !is_number(vm, iv) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(iv)
            )));
        }
    }
    let (mut cr, cr_is_complex) = match vm.as_complex(&r) {
        Some((re, im)) => (C { re, im }, true),
        None => (
            C {
                re: number_to_float(vm, &r)?,
                im: 0.0,
            },
            false,
        ),
    };
    let (mut ci, ci_is_complex) = match &i {
        None => (C { re: cr.im, im: 0.0 }, false),
        Some(iv) => match vm.as_complex(iv) {
            Some((re, im)) => (C { re, im }, true),
            None => (
                C {
                    re: number_to_float(vm, iv)?,
                    im: 0.0,
                },
                false,
            ),
        },
    };
    // Complex parts contribute to both components: real + imag*1j.
    if ci_is_complex {
        cr.re -= ci.im;
    }
    if cr_is_complex && i.is_some() {
        ci.re += cr.im;
    }
    Ok(make(C {
        re: cr.re,
        im: ci.re,
    }))
}

/// The longest float literal at the start of `s` (sign, digits, point, exponent, inf, nan).
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match s.first() {
        Some(b'+') => {
            i = 1;
            false
        }
        Some(b'-') => {
            i = 1;
            true
        }
        _ => false,
    };
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let special = if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if neg { -v } else { v }, i + n));
    }
    let start = i;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).ok()?;
    let mut t = text.to_string();
    if t.starts_with('.') {
        t.insert(0, '0');
    }
    if let Some(p) = t.find(['e', 'E']) {
        if t[..p].ends_with('.') {
            t.insert(p, '0');
        }
    } else if t.ends_with('.') {
        t.push('0');
    }
    let v: f64 = t.parse().ok()?;
    Some((if neg { -v } else { v }, i))
}

/// Removes underscores placed between digits; None when one is misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

/// `complex(str)`: `<float>`, `<float>j`, `<float><signed float>j`, the `j`/`+j`/`1-j` forms,
/// optionally in parentheses and surrounded by whitespace.
fn parse_complex(vm: &Vm, text: &str, orig: &Value) -> PyResult<C> {
    let malformed = || vm.value_error("complex() arg is a malformed string");
    // As CPython (_PyUnicode_TransformDecimalAndSpaceToASCII): Unicode spaces count as
    // ASCII ones, decimal digits of any script as ASCII digits, any other non-ASCII
    // character as '?' (which nothing accepts).
    let ascii: String = text
        .chars()
        .map(|ch| {
            if ch.is_ascii() {
                if matches!(ch, '\t' | '\n' | '\x0b' | '\x0c' | '\r') {
                    ' '
                } else {
                    ch
                }
            } else if crate::builtins::str::unicode::is_space(ch) {
                ' '
            } else if let Some(d) = crate::builtins::str::unicode::decimal_value(ch) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect();
    let ascii = if ascii.contains('_') {
        strip_underscores(&ascii).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to complex: {}",
                vm.repr_string(orig).unwrap_or_default()
            ))
        })?
    } else {
        ascii
    };
    let s = ascii.as_bytes();
    let n = s.len();
    let mut p = 0;
    let skip_ws = |p: &mut usize| {
        while *p < n && s[*p] == b' ' {
            *p += 1;
        }
    };
    skip_ws(&mut p);
    let bracket = p < n && s[p] == b'(';
    if bracket {
        p += 1;
        skip_ws(&mut p);
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |p: usize| p < n && (s[p] == b'j' || s[p] == b'J');
    match float_prefix(&s[p..]) {
        Some((z, used)) => {
            p += used;
            if p < n && (s[p] == b'+' || s[p] == b'-') {
                x = z;
                match float_prefix(&s[p..]) {
                    Some((w, used2)) => {
                        y = w;
                        p += used2;
                    }
                    None => {
                        y = if s[p] == b'+' { 1.0 } else { -1.0 };
                        p += 1;
                    }
                }
                if !is_j(p) {
                    return Err(malformed());
                }
                p += 1;
            } else if is_j(p) {
                p += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if p < n && (s[p] == b'+' || s[p] == b'-') {
                y = if s[p] == b'+' { 1.0 } else { -1.0 };
                p += 1;
            } else {
                y = 1.0;
            }
            if !is_j(p) {
                return Err(malformed());
            }
            p += 1;
        }
    }
    skip_ws(&mut p);
    if bracket {
        if p >= n || s[p] != b')' {
            return Err(malformed());
        }
        p += 1;
        skip_ws(&mut p);
    }
    if p != n {
        return Err(malformed());
    }
    Ok(C { re: x, im: y })
}

/// `format(complex, spec)`: both parts formatted alike, the imaginary one always signed;
/// with no type, like `str()` (parentheses unless the real part is +0).
fn complex_format(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "complex.__format__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a.pos[1])
        )));
    }
    let c = this(vm, &a.pos[0])?;
    let spec_s = vm.str_ref(&a.pos[1]).to_string();
    if spec_s.is_empty() {
        return vm.str(&a.pos[0]);
    }
    let sp = crate::builtins::format::parse_spec(vm, &spec_s, "complex")?;
    if sp.zero || sp.fill == Some('0') && sp.align.is_none() {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if let Some(t) = sp.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    }
    let sign_of = |neg: bool, forced: bool| -> &'static str {
        if neg {
            "-"
        } else if forced {
            "+"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        }
    };
    let (body_re, body_im, skip_re, parens) = match sp.ty {
        None if sp.precision.is_none() => {
            let skip = c.re == 0.0 && c.re.is_sign_positive();
            let r = part(c.re.abs());
            let i = part(c.im.abs());
            (r, i, skip, !skip)
        }
        _ => {
            let ty = match sp.ty {
                None => 'g',
                Some('n') => 'g',
                Some(t) => t,
            };
            let mut inner = String::new();
            if sp.alt {
                inner.push('#');
            }
            if let Some(g) = sp.grouping {
                inner.push(g);
            }
            if let Some(p) = sp.precision {
                inner.push_str(&format!(".{p}"));
            }
            inner.push(ty);
            let f = |x: f64| -> PyResult<String> {
                let v = crate::builtins::format::format_float(vm, x.abs(), &inner)?;
                let mut out = vm.str_ref(&v).to_string();
                // '#' keeps the decimal point even with no digits after it.
                if sp.alt
                    && matches!(ty, 'f' | 'F' | 'e' | 'E')
                    && x.is_finite()
                    && !out.contains('.')
                {
                    let at = out.find(['e', 'E']).unwrap_or(out.len());
                    out.insert(at, '.');
                }
                Ok(out)
            };
            let skip = sp.ty.is_none() && c.re == 0.0 && c.re.is_sign_positive();
            (f(c.re)?, f(c.im)?, skip, sp.ty.is_none() && !skip)
        }
    };
    // 'z': a part that rounds to zero shows no minus sign.
    let rounds_to_zero = |text: &str| {
        let mantissa = text.split(['e', 'E']).next().unwrap_or("");
        sp.no_neg_zero
            && mantissa
                .chars()
                .all(|ch| matches!(ch, '0' | '.' | ',' | '_'))
    };
    let neg_re = c.re.is_sign_negative() && !c.re.is_nan() && !rounds_to_zero(&body_re);
    let neg_im = c.im.is_sign_negative() && !c.im.is_nan() && !rounds_to_zero(&body_im);
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(sign_of(neg_re, false));
        body.push_str(&body_re);
    }
    body.push_str(sign_of(neg_im, !skip_re));
    body.push_str(&body_im);
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    if sp.width <= len {
        return Ok(vm.new_str(body));
    }
    let fill_n = sp.width - len;
    let fill = sp.fill.unwrap_or(' ');
    let f = |n: usize| std::iter::repeat(fill).take(n).collect::<String>();
    let out = match sp.align.unwrap_or('>') {
        '<' => format!("{body}{}", f(fill_n)),
        '^' => format!("{}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        _ => format!("{}{body}", f(fill_n)),
    };
    Ok(vm.new_str(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
    }

    #[test]
    fn prefixes() {
        assert_eq!(float_prefix(b"1.5e3j"), Some((1500.0, 5)));
        assert_eq!(float_prefix(b"-j"), None);
        assert_eq!(float_prefix(b"1e+j"), Some((1.0, 1)));
        assert_eq!(float_prefix(b".5"), Some((0.5, 2)));
        assert_eq!(float_prefix(b"5."), Some((5.0, 2)));
    }
}
