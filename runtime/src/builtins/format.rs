//! Formatting: `format()` with the format-spec mini-language for int, float and str,
//! `%`-formatting and `str.format`.

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
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
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = c[st..i].iter().collect::<String>().parse().unwrap_or(0);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
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
        sp.precision = Some(c[st..i].iter().collect::<String>().parse().unwrap_or(0));
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    Ok(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Groups the integer digits; with `0` padding the zeros are grouped too (`'012,'` of 7 is
/// `0,000,000,007`), as CPython does.
fn zero_grouped(
    sp: &Spec,
    sign_len: usize,
    int_part: &str,
    rest: &str,
    sep: char,
    every: usize,
) -> String {
    let mut digits = int_part.to_string();
    let mut out = format!("{}{rest}", group(&digits, sep, every));
    if sp.zero && sp.align.is_none() {
        while sign_len + out.chars().count() < sp.width {
            digits.insert(0, '0');
            out = format!("{}{rest}", group(&digits, sep, every));
        }
    }
    out
}

/// Pads `body` (with sign `sign`) to the spec's width.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if sp.width <= len {
        return format!("{sign}{body}");
    }
    let fill_n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (sp.fill.unwrap_or(' '), sp.align.unwrap_or(default_align))
    };
    let f = |n: usize| std::iter::repeat(fill).take(n).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{sign}{}{body}", f(fill_n)),
        _ => format!("{}{sign}{body}", f(fill_n)),
    }
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
    let sp = parse_spec(vm, spec)?;
    let b = match vm.as_int(v) {
        Some(i) => i.to_big(),
        None => {
            return Err(vm.type_error(format!(
                "%{} format: an integer is required, not {}",
                sp.ty.unwrap_or('d'),
                vm.type_name(v)
            )))
        }
    };
    match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY);
            return format_float(vm, f, spec);
        }
        _ => {}
    }
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b } else { b };
    let (digits, prefix) = match sp.ty {
        None | Some('d') | Some('n') => (mag.to_str_radix(10), ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&mag)
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            (c.to_string(), "")
        }
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type '{}'",
                vm.type_name(v)
            )))
        }
    };
    let sign = format!("{}{}", sign_str(&sp, neg), if sp.alt { prefix } else { "" });
    let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let digits = match sp.grouping {
        Some(g) => zero_grouped(&sp, sign.chars().count(), &digits, "", g, every),
        None => digits,
    };
    Ok(vm.new_str(pad(&sp, &sign, &digits, '>')))
}

pub fn format_float(vm: &Vm, x: f64, spec: &str) -> PyResult<Value> {
    let sp = parse_spec(vm, spec)?;
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if a.is_infinite() || a.is_nan() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if matches!(sp.ty, Some('E' | 'F' | 'G')) {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    } else {
        match sp.ty {
            Some('f') | Some('F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            Some('e') | Some('E') => {
                let s = exp_fmt(a, sp.precision.unwrap_or(6));
                if sp.ty == Some('E') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            // 'n' is 'g' under the C locale, which is all Ember has.
            Some('g') | Some('G') | Some('n') => {
                let s = general(a, sp.precision.unwrap_or(6).max(1), sp.alt);
                if sp.ty == Some('G') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            None => match sp.precision {
                Some(p) => {
                    let s = general(a, p.max(1), sp.alt);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
                None => crate::object::float::float_repr(a),
            },
            Some(t) => {
                return Err(vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )))
            }
        }
    };
    let body = match sp.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(['.', 'e', '%']) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            zero_grouped(&sp, sign_str(&sp, neg).len(), int_part, rest, g, 3)
        }
        None => body,
    };
    Ok(vm.new_str(pad(&sp, sign_str(&sp, neg), &body, '>')))
}

fn exp_fmt(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style formatting with `p` significant digits.
fn general(a: f64, p: usize, alt: bool) -> String {
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let e = exp_fmt(a, p - 1);
    let exp: i32 = e
        .split_once('e')
        .map(|(_, x)| x.parse().unwrap_or(0))
        .unwrap_or(0);
    let s = if exp < -4 || exp >= p as i32 {
        e
    } else {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    if alt {
        return s;
    }
    // Strip trailing zeros of the fraction.
    match s.split_once('e') {
        Some((m, x)) => {
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}e{x}")
        }
        None => {
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                s
            }
        }
    }
}

pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult<Value> {
    let sp = parse_spec(vm, spec)?;
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    if sp.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(vm.new_str(pad(&sp, "", &body, '<')))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
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

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f: Vec<char> = vm.str_ref(fmt).chars().collect();
    let items: Vec<Value> = match vm.as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mapping = vm.as_dict(args).is_some();
    let mut out = String::new();
    let mut ai = 0;
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if f[i] == '(' {
            let st = i + 1;
            while i < f.len() && f[i] != ')' {
                i += 1;
            }
            key = Some(f[st..i].iter().collect());
            i += 1;
        }
        let st = i;
        while i < f.len() && "-+ #0123456789.*".contains(f[i]) {
            i += 1;
        }
        let mut flags: String = f[st..i].iter().collect();
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if flags.contains('*') {
            let w = items
                .get(ai)
                .cloned()
                .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            ai += 1;
            flags = flags.replace('*', &vm.int_to_i64(&w)?.to_string());
        }
        let arg = match &key {
            Some(k) if mapping => vm.getitem(args, &vm.new_str(k.as_str()))?,
            _ => {
                let a = items
                    .get(ai)
                    .cloned()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                ai += 1;
                a
            }
        };
        let left = flags.contains('-');
        let spec_flags: String = flags.chars().filter(|c| *c != '-').collect();
        let piece = match conv {
            's' => vm.str_string(&arg)?,
            'r' | 'a' => vm.repr_string(&arg)?,
            'd' | 'i' | 'u' => {
                let iv = if vm.as_float(&arg).is_some() {
                    crate::builtins::int::int_from(vm, &arg)?
                } else if vm.is_int(&arg) {
                    arg.clone()
                } else {
                    return Err(vm.type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        vm.type_name(&arg)
                    )));
                };
                let s = format_int(vm, &iv, &format!("{spec_flags}d"))?;
                vm.str_of(&s)
            }
            'x' | 'X' | 'o' => {
                let s = format_int(vm, &arg, &format!("{spec_flags}{conv}"))?;
                vm.str_of(&s)
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = match crate::builtins::float::to_f64(vm, &arg) {
                    Some(r) => r?,
                    None => {
                        return Err(vm.type_error(format!(
                            "must be real number, not {}",
                            vm.type_name(&arg)
                        )))
                    }
                };
                let s = format_float(vm, x, &format!("{spec_flags}{conv}"))?;
                vm.str_of(&s)
            }
            'c' => {
                if vm.is_str(&arg) {
                    vm.str_of(&arg)
                } else {
                    let s = format_int(vm, &arg, "c")?;
                    vm.str_of(&s)
                }
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        let width: usize = spec_flags
            .trim_start_matches(|c: char| "+ #0".contains(c))
            .split('.')
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or(0);
        let piece = if matches!(conv, 's' | 'r' | 'a') {
            let prec: Option<usize> = spec_flags.split_once('.').and_then(|(_, p)| p.parse().ok());
            let p: String = match prec {
                Some(p) => piece.chars().take(p).collect(),
                None => piece,
            };
            let n = p.chars().count();
            if n < width {
                if left {
                    format!("{p}{}", " ".repeat(width - n))
                } else {
                    format!("{}{p}", " ".repeat(width - n))
                }
            } else {
                p
            }
        } else if left {
            let t = piece.trim_start().to_string();
            let n = t.chars().count();
            if n < width {
                format!("{t}{}", " ".repeat(width - n))
            } else {
                t
            }
        } else {
            piece
        };
        out.push_str(&piece);
    }
    // Arguments left over: a tuple with too many items, or a lone non-mapping argument nothing used
    // (CPython: `'ab' % 'cd'` raises too).
    let lone_unused = vm.as_tuple(args).is_none()
        && !mapping
        && ai == 0
        && vm
            .lookup_special(args, &vm.names.getitem)
            .map_or(true, |_| vm.is_str(args));
    if (ai < items.len() && !mapping && vm.as_tuple(args).is_some()) || lone_unused {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &Vm, a: Args) -> PyResult<Value> {
    let f: Vec<char> = vm.str_ref(&a.pos[0]).chars().collect();
    let args = &a.pos[1..];
    let mut out = String::new();
    let mut auto = 0usize;
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c == '{' {
            if i + 1 < f.len() && f[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < f.len() && depth > 0 {
                if f[i] == '{' {
                    depth += 1;
                } else if f[i] == '}' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = f[st..i - 1].iter().collect();
            let (name_conv, spec) = match field.split_once(':') {
                Some((n, s)) => (n.to_string(), s.to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.split_once('!') {
                Some((n, c)) => (n.to_string(), c.chars().next()),
                None => (name_conv, None),
            };
            let (first, rest) = match name.find(['.', '[']) {
                Some(p) => (name[..p].to_string(), name[p..].to_string()),
                None => (name.clone(), String::new()),
            };
            let mut v = if first.is_empty() {
                let v = args.get(auto).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                args.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                a.kw(vm, &first)
                    .ok_or_else(|| vm.key_error(vm.new_str(first.as_str())))?
            };
            let mut r = rest.as_str();
            while !r.is_empty() {
                if let Some(x) = r.strip_prefix('.') {
                    let end = x.find(['.', '[']).unwrap_or(x.len());
                    v = vm.getattr(&v, &vm.intern(&x[..end]))?;
                    r = &x[end..];
                } else if let Some(x) = r.strip_prefix('[') {
                    let end = x.find(']').unwrap_or(x.len());
                    let k = &x[..end];
                    let key = match k.parse::<i64>() {
                        Ok(n) => vm.new_int(n),
                        Err(_) => vm.new_str(k),
                    };
                    v = vm.getitem(&v, &key)?;
                    r = x.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => vm.repr(&v)?,
                Some('s') => vm.str(&v)?,
                Some('a') => crate::builtins::functions::ascii_of(vm, &v)?,
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let sv = vm.new_str(spec.as_str());
                let mut all = vec![sv];
                all.extend_from_slice(args);
                let r = str_format_method(vm, Args::with_kw(&all, a.kwnames, a.kwvalues))?;
                vm.str_of(&r)
            } else {
                spec
            };
            let s = vm.format(&v, Some(&vm.new_str(spec)))?;
            out.push_str(vm.str_ref(&s));
            continue;
        }
        if c == '}' {
            if i + 1 < f.len() && f[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        out.push(c);
        i += 1;
    }
    Ok(vm.new_str(out))
}
