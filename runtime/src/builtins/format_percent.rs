//! printf-style `str % args` formatting, following CPython's argument rules: a tuple
//! supplies one item per conversion, anything else is the single argument, and a mapping
//! (anything subscriptable but a tuple or str) may be indexed by `%(key)s`.

use crate::builtins::format::float_body;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// Where the next argument comes from; mirrors CPython's `argidx`/`arglen` pair, where a
/// negative length means "one argument, not a tuple".
struct Source {
    args: Value,
    items: Option<Vec<Value>>,
    next: isize,
    len: isize,
}

impl Source {
    fn single(args: Value) -> Self {
        Source {
            args,
            items: None,
            next: -2,
            len: -1,
        }
    }

    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.next < self.len {
            let at = self.next;
            self.next += 1;
            return Ok(match &self.items {
                Some(v) => v[at as usize].clone(),
                None => self.args.clone(),
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Flags, width and precision of one conversion.
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

fn star(vm: &Vm, src: &mut Source) -> PyResult<i64> {
    let w = src.next(vm)?;
    if !vm.is_int(&w) {
        return Err(vm.type_error("* wants int"));
    }
    vm.int_to_i64(&w)
}

fn digits(f: &[char], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while *i < f.len() && f[*i].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add(f[*i] as usize - '0' as usize);
        *i += 1;
    }
    n
}

/// Pads a number: `lead` (sign and prefix) stays in front of zero padding.
fn pad_num(c: &Conv, lead: &str, body: &str) -> String {
    let len = lead.chars().count() + body.chars().count();
    if c.width <= len {
        return format!("{lead}{body}");
    }
    let n = c.width - len;
    if c.left {
        format!("{lead}{body}{}", " ".repeat(n))
    } else if c.zero {
        format!("{lead}{}{body}", "0".repeat(n))
    } else {
        format!("{}{lead}{body}", " ".repeat(n))
    }
}

fn pad_text(c: &Conv, s: &str) -> String {
    let s: String = match c.prec {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let n = s.chars().count();
    if c.width <= n {
        s
    } else if c.left {
        format!("{s}{}", " ".repeat(c.width - n))
    } else {
        format!("{}{s}", " ".repeat(c.width - n))
    }
}

fn sign(c: &Conv, neg: bool) -> &'static str {
    if neg {
        "-"
    } else if c.plus {
        "+"
    } else if c.space {
        " "
    } else {
        ""
    }
}

fn has_special(vm: &Vm, v: &Value, name: &str) -> bool {
    vm.lookup_special(v, &vm.intern(name)).is_some()
}

/// An integer argument for `%d`/`%x`/...: `%d` takes any real number, the others only
/// integers (objects with `__index__`).
fn int_arg(vm: &Vm, arg: &Value, conv: char) -> PyResult<num_bigint::BigInt> {
    let iv = if vm.is_int(arg) {
        arg.clone()
    } else if conv == 'd' || conv == 'i' || conv == 'u' {
        if vm.as_float(arg).is_some() || has_special(vm, arg, "__int__") {
            crate::builtins::int::int_from(vm, arg)?
        } else if has_special(vm, arg, "__index__") {
            vm.index(arg)?
        } else {
            return Err(vm.type_error(format!(
                "%{conv} format: a real number is required, not {}",
                vm.type_name(arg)
            )));
        }
    } else if has_special(vm, arg, "__index__") {
        vm.index(arg)?
    } else {
        return Err(vm.type_error(format!(
            "%{conv} format: an integer is required, not {}",
            vm.type_name(arg)
        )));
    };
    match vm.as_int(&iv) {
        Some(i) => Ok(i.to_big()),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f: Vec<char> = vm.str_ref(fmt).chars().collect();
    let mut src = match vm.as_tuple(args) {
        Some(t) => {
            let items = t.to_vec();
            let len = items.len() as isize;
            Source {
                args: args.clone(),
                items: Some(items),
                next: 0,
                len,
            }
        }
        None => Source::single(args.clone()),
    };
    let mapping = vm.as_tuple(args).is_none()
        && !vm.is_str(args)
        && vm.lookup_special(args, &vm.names.getitem).is_some();
    let mut out = String::new();
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
        // Only an immediate `%%` is a literal percent; `%5%` is an (unsupported) conversion.
        if f[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if f[i] == '(' {
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            // Parentheses nest inside the key.
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < f.len() && depth > 0 {
                match f[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = f[st..i - 1].iter().collect();
            let v = vm.getitem(args, &vm.new_str(key.as_str()))?;
            src = Source::single(v);
        }
        let mut c = Conv::default();
        while i < f.len() {
            match f[i] {
                '-' => c.left = true,
                '+' => c.plus = true,
                ' ' => c.space = true,
                '#' => c.alt = true,
                '0' => c.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < f.len() && f[i] == '*' {
            let w = star(vm, &mut src)?;
            if w < 0 {
                c.left = true;
            }
            c.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            c.width = digits(&f, &mut i);
        }
        if i < f.len() && f[i] == '.' {
            i += 1;
            if i < f.len() && f[i] == '*' {
                c.prec = Some(star(vm, &mut src)?.max(0) as usize);
                i += 1;
            } else {
                c.prec = Some(digits(&f, &mut i));
            }
        }
        // One C length modifier (`%ld`, `%hi`, `%Lf`) is accepted and ignored.
        if i < f.len() && matches!(f[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if c.left {
            c.zero = false;
        }
        let arg = src.next(vm)?;
        // `%s` of a str and `%d` of a small int, with no flag, width or precision:
        // written straight into the result (no piece, no big-int digits).
        let flags = c.left || c.plus || c.space || c.alt || c.zero;
        if !flags && c.width == 0 && c.prec.is_none() {
            if conv == 's' && vm.is_exact_str(&arg) {
                out.push_str(vm.str_ref(&arg));
                continue;
            }
            if matches!(conv, 'd' | 'i' | 'u') {
                if let Some(n) = arg.as_small() {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                    continue;
                }
            }
        }
        let piece = match conv {
            's' => pad_text(&c, &vm.str_string(&arg)?),
            'r' => pad_text(&c, &vm.repr_string(&arg)?),
            'a' => {
                let s = crate::builtins::functions::ascii_of(vm, &arg)?;
                pad_text(&c, vm.str_ref(&s))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let b = int_arg(vm, &arg, conv)?;
                let neg = b.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -b } else { b };
                let (mut body, prefix) = match conv {
                    'x' => (mag.to_str_radix(16), "0x"),
                    'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                    'o' => (mag.to_str_radix(8), "0o"),
                    _ => {
                        let d = mag.to_str_radix(10);
                        crate::builtins::int::check_str_digits(vm, d.len(), false)?;
                        (d, "")
                    }
                };
                // A precision is a minimum digit count.
                if let Some(p) = c.prec {
                    while body.len() < p {
                        body.insert(0, '0');
                    }
                }
                let lead = format!("{}{}", sign(&c, neg), if c.alt { prefix } else { "" });
                pad_num(&c, &lead, &body)
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                // As PyFloat_AsDouble: a float (subclass) as it is, else `__float__`
                // (an int subclass's own too), `__index__`, or "must be real number".
                let x = crate::builtins::math::to_double(vm, &arg)?;
                let body = float_body(x.abs(), conv, c.prec.unwrap_or(6), c.alt);
                pad_num(&c, sign(&c, x.is_sign_negative() && !x.is_nan()), &body)
            }
            'c' => {
                let ch = if vm.is_str(&arg) {
                    let s = vm.str_ref(&arg);
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(ch), None) => ch,
                        _ => return Err(vm.type_error("%c requires int or char")),
                    }
                } else if vm.is_int(&arg) || has_special(vm, &arg, "__index__") {
                    let iv = vm.index(&arg)?;
                    let b = match vm.as_int(&iv) {
                        Some(i) => i.to_big(),
                        None => return Err(vm.type_error("%c requires int or char")),
                    };
                    num_traits::ToPrimitive::to_u32(&b)
                        .and_then(char::from_u32)
                        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                let c = Conv { prec: None, ..c };
                pad_text(&c, &ch.to_string())
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if src.next < src.len && !mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}
