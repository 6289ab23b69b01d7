//! Formatting: `format()` with the format-spec mini-language for int, float and str
//! (`%`-formatting lives in format_percent.rs, `str.format` in format_method.rs).

use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub use crate::builtins::format_method::str_format_method;
pub use crate::builtins::format_percent::percent_format;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
/// `fill` and `align` are only what the spec spells out; `zero` is the `0` flag.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A presentation type in an error message: printable ASCII as itself, others as `\xNN`
/// (CPython's spelling, without zero padding).
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// A width or precision: CPython refuses counts past `Py_ssize_t`.
fn parse_count(vm: &Vm, digits: &[char]) -> PyResult<usize> {
    let mut n: u64 = 0;
    for d in digits {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(*d as u64 - '0' as u64))
            .filter(|&n| n <= i64::MAX as u64)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(n as usize)
}

/// Parses `s` as the spec of an object of type `tyname` (named in the errors).
pub fn parse_spec(vm: &Vm, s: &str, tyname: &str) -> PyResult<Spec> {
    // (Specs are short: their characters on the stack, not in a vector.)
    let mut buf = ['\0'; 24];
    let heap: Vec<char>;
    let c: &[char] = if s.len() <= buf.len() {
        let mut n = 0;
        for ch in s.chars() {
            buf[n] = ch;
            n += 1;
        }
        &buf[..n]
    } else {
        heap = s.chars().collect();
        &heap
    };
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    // A `0` is the zero-padding flag only when no fill character was given.
    if sp.fill.is_none() && i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = parse_count(vm, &c[st..i])?;
    }
    if i < c.len() && c[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sp.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && sp.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        sp.precision = Some(parse_count(vm, &c[st..i])?);
    }
    if c.len() - i > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{s}' for object of type '{tyname}'"
        )));
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
    }
    if let Some(g) = sp.grouping {
        let ok = match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(vm.value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                code_text(sp.ty.unwrap_or('\0'))
            )));
        }
    }
    Ok(sp)
}

fn unknown_code(vm: &Vm, t: char, tyname: &str) -> crate::vm::PyErr {
    vm.value_error(format!(
        "Unknown format code '{}' for object of type '{tyname}'",
        code_text(t)
    ))
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::with_capacity(digits.len() + n / every.max(1) + 1);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// The fill character and alignment a number is padded with: the `0` flag means fill `0`
/// (unless a fill was given) and, without an explicit alignment, `=`.
fn number_fill(sp: &Spec) -> (char, char) {
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero { '=' } else { '>' });
    (fill, align)
}

/// Groups the integer digits; when padding with `0` after the sign, the zeros are grouped
/// too (`'012,'` of 7 is `0,000,000,007`), as CPython does.
fn grouped(
    sp: &Spec,
    lead_len: usize,
    int_part: &str,
    rest: &str,
    sep: char,
    every: usize,
) -> String {
    let mut digits = int_part.to_string();
    let mut out = format!("{}{rest}", group(&digits, sep, every));
    if number_fill(sp) == ('0', '=') {
        while lead_len + out.chars().count() < sp.width {
            digits.insert(0, '0');
            out = format!("{}{rest}", group(&digits, sep, every));
        }
    }
    out
}

fn fill_to(fill: char, align: char, width: usize, lead: &str, body: &str) -> String {
    let len = lead.chars().count() + body.chars().count();
    let n = width.saturating_sub(len);
    let (before, middle, after) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    // (Built in one string: `format!` per piece cost more than the formatting.)
    let mut out = String::with_capacity(lead.len() + body.len() + n * fill.len_utf8());
    let pad = |out: &mut String, k: usize| out.extend(std::iter::repeat(fill).take(k));
    pad(&mut out, before);
    out.push_str(lead);
    pad(&mut out, middle);
    out.push_str(body);
    pad(&mut out, after);
    out
}

/// Pads a number: `lead` is its sign and base prefix, `body` its digits.
fn pad_number(sp: &Spec, lead: &str, body: &str) -> String {
    let (fill, align) = number_fill(sp);
    fill_to(fill, align, sp.width, lead, body)
}

fn sign_str(sp: &Spec, neg: bool) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return vm.str(v);
    }
    // (Named without a lookup for the common case: the name only appears in errors.)
    let tyname: std::borrow::Cow<str> = if v.is_small() || vm.is_exact(v, &vm.types.int) {
        "int".into()
    } else {
        vm.type_name(v).into()
    };
    let sp = parse_spec(vm, spec, &tyname)?;
    // A machine integer in decimal, binary, octal or hex: its digits without a bignum.
    if let (Some(i), None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X')) = (v.as_small(), sp.ty) {
        if sp.precision.is_none() && !sp.no_neg_zero {
            let m = i.unsigned_abs();
            let (digits, prefix) = match sp.ty {
                Some('b') => (format!("{m:b}"), "0b"),
                Some('o') => (format!("{m:o}"), "0o"),
                Some('x') => (format!("{m:x}"), "0x"),
                Some('X') => (format!("{m:X}"), "0X"),
                _ => (m.to_string(), ""),
            };
            return Ok(vm.new_str(int_digits_padded(&sp, i < 0, digits, prefix)));
        }
    }
    let b = match vm.as_int(v) {
        Some(i) => i.to_big(),
        None => {
            return Err(vm.type_error(format!(
                "%{} format: an integer is required, not {}",
                sp.ty.unwrap_or('d'),
                tyname
            )))
        }
    };
    match sp.ty {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = num_traits::ToPrimitive::to_f64(&b)
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
            return Ok(vm.new_str(float_spec(vm, f, &sp)?));
        }
        Some(t) => return Err(unknown_code(vm, t, &tyname)),
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b } else { b };
    let (digits, prefix) = match sp.ty {
        None | Some('d') | Some('n') => {
            let d = mag.to_str_radix(10);
            crate::builtins::int::check_str_digits(vm, d.len(), false)?;
            (d, "")
        }
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => {
            if sp.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if sp.alt {
                return Err(vm.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            if mag.bits() > 63 {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            }
            let c = if neg {
                None
            } else {
                num_traits::ToPrimitive::to_u32(&mag).and_then(char::from_u32)
            }
            .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            let body = c.to_string();
            return Ok(vm.new_str(pad_number(&sp, "", &body)));
        }
    };
    Ok(vm.new_str(int_digits_padded(&sp, neg, digits, prefix)))
}

/// An integer's `digits` (of its magnitude) with sign, `#` prefix, grouping and padding.
fn int_digits_padded(sp: &Spec, neg: bool, digits: String, prefix: &str) -> String {
    let lead = format!("{}{}", sign_str(sp, neg), if sp.alt { prefix } else { "" });
    let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let digits = match sp.grouping {
        Some(g) => grouped(sp, lead.chars().count(), &digits, "", g, every),
        None => digits,
    };
    pad_number(sp, &lead, &digits)
}

pub fn format_float(vm: &Vm, x: f64, spec: &str) -> PyResult<Value> {
    let sp = parse_spec(vm, spec, "float")?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(vm, t, "float")),
    }
    Ok(vm.new_str(float_spec(vm, x, &sp)?))
}

/// Formats `x` under an already checked spec.
fn float_spec(_vm: &Vm, x: f64, sp: &Spec) -> PyResult<String> {
    let mut neg = x.is_sign_negative() && !x.is_nan();
    let (mut body, pct) = match sp.ty {
        Some('%') => (
            float_body(x.abs() * 100.0, 'f', sp.precision.unwrap_or(6), sp.alt),
            "%",
        ),
        None => match sp.precision {
            // No type: `repr()`, or `g` that keeps at least one fractional digit.
            None => (float_body(x.abs(), 'r', 0, sp.alt), ""),
            Some(p) => {
                let s = if x.is_finite() {
                    general(x.abs(), p.max(1), sp.alt, true)
                } else {
                    float_body(x.abs(), 'g', p, sp.alt)
                };
                let s = if s.contains(['.', 'e', 'n', 'i']) {
                    s
                } else {
                    format!("{s}.0")
                };
                (s, "")
            }
        },
        Some('n') => (
            float_body(x.abs(), 'g', sp.precision.unwrap_or(6), sp.alt),
            "",
        ),
        Some(t) => (
            float_body(x.abs(), t, sp.precision.unwrap_or(6), sp.alt),
            "",
        ),
    };
    // `z` turns a negative zero after rounding into a plain zero.
    // (A `%` of a huge value reads "inf" though `x` was finite: no digits, not a zero.)
    if neg
        && sp.no_neg_zero
        && x.is_finite()
        && body.chars().any(|c| c.is_ascii_digit())
        && body.chars().all(|c| !c.is_ascii_digit() || c == '0')
    {
        neg = false;
    }
    body.push_str(pct);
    let sign = sign_str(sp, neg);
    let body = match sp.grouping {
        Some(g) if x.is_finite() => {
            let (int_part, rest) = match body.find(['.', 'e', 'E', '%']) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            grouped(sp, sign.len(), int_part, rest, g, 3)
        }
        _ => body,
    };
    Ok(pad_number(sp, sign, &body))
}

/// The digits of a non-negative float `a` in presentation type `ty` (`e f g E F G` or `r`
/// for repr) with precision `prec`; `alt` is the `#` flag (keep the point and zeros).
/// `a` in fixed point with `prec` digits when `a * 10**prec` is exactly an integer below
/// 2**53 (`i * 0.5` to 3 places): its digits with the point put in, no rounding to do.
/// (Rust's exact formatting fell back to its bignum algorithm for such values: 1,400
/// instructions a number.) None otherwise.
fn fixed_exact(a: f64, prec: usize) -> Option<String> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let scale = *POW10.get(prec)?;
    let y = a * scale;
    // (The product is exact when its rounding error, by a fused multiply-add, is zero.)
    if a == 0.0 || !(y.abs() < 9.0e15) || y.fract() != 0.0 || a.mul_add(scale, -y) != 0.0 {
        return None;
    }
    let n = y as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + prec + 3);
    if n < 0 {
        out.push('-');
    }
    if prec == 0 {
        out.push_str(&digits);
    } else if digits.len() <= prec {
        out.push_str("0.");
        out.extend(std::iter::repeat('0').take(prec - digits.len()));
        out.push_str(&digits);
    } else {
        let (int, frac) = digits.split_at(digits.len() - prec);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
}

pub fn float_body(a: f64, ty: char, prec: usize, alt: bool) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        return if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
    }
    let s = match ty {
        'f' | 'F' => {
            let s = fixed_exact(a, prec).unwrap_or_else(|| format!("{:.*}", prec, a));
            if alt && prec == 0 {
                format!("{s}.")
            } else {
                s
            }
        }
        'e' | 'E' => {
            let s = exp_fmt(a, prec);
            if alt && prec == 0 {
                s.replacen('e', ".e", 1)
            } else {
                s
            }
        }
        'g' | 'G' => general(a, prec.max(1), alt, false),
        _ => {
            let r = crate::object::float::float_repr(a);
            // `#` with no type keeps the point in an exponent repr: `1.e-07`.
            if alt && !r.contains('.') {
                r.replacen('e', ".e", 1)
            } else {
                r
            }
        }
    };
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn exp_fmt(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style formatting with `p` significant digits. `dot0` is the no-type form that
/// keeps a `.0`: it switches to an exponent one digit earlier, as CPython does.
fn general(a: f64, p: usize, alt: bool, dot0: bool) -> String {
    let e = exp_fmt(a, p - 1);
    let exp: i32 = e
        .split_once('e')
        .map(|(_, x)| x.parse().unwrap_or(0))
        .unwrap_or(0);
    let s = if exp < -4 || exp >= p as i32 - dot0 as i32 {
        e
    } else {
        let exp = if a == 0.0 { 0 } else { exp };
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    if alt {
        // `#` keeps trailing zeros and always shows the point.
        if s.contains('.') {
            return s;
        }
        return match s.split_once('e') {
            Some((m, x)) => format!("{m}.e{x}"),
            None => format!("{s}."),
        };
    }
    let strip = |m: &str| -> String {
        if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            m.to_string()
        }
    };
    match s.split_once('e') {
        Some((m, x)) => format!("{}e{x}", strip(m)),
        None => strip(&s),
    }
}

pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult<Value> {
    let sp = parse_spec(vm, spec, "str")?;
    // A str's default presentation type is 's', which takes no separator.
    if let (Some(g), None) = (sp.grouping, sp.ty) {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(unknown_code(vm, t, "str"));
        }
    }
    if sp.sign == Some(' ') {
        return Err(vm.value_error("Space not allowed in string format specifier"));
    }
    if sp.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if sp.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if sp.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    Ok(vm.new_str(fill_to(fill, sp.align.unwrap_or('<'), sp.width, "", &body)))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
        // An int or float with a str spec (`f"{i:05d}"`): their own `__format__`, without
        // looking it up and calling it.
        if let Some(sp) = spec.filter(|s| self.is_exact_str(s)) {
            if v.is_small() || self.is_exact(v, &self.types.int) {
                return format_int(self, v, self.str_ref(sp));
            }
            if let Some(x) = self.exact_float(v) {
                return format_float(self, x, self.str_ref(sp));
            }
        }
        let spec = spec.cloned().unwrap_or_else(|| self.empty_str.clone());
        let r = match self.lookup_special(v, &self.names.format) {
            Some(f) => self.call_bound_special(&f, v, &[spec])?,
            None => return self.str(v),
        };
        if !self.is_str(&r) {
            return Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }
}
