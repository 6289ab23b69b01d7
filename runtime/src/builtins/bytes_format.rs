//! `bytes % args` (PEP 461), `hex()` and `fromhex()` for bytes and bytearray.

use super::super::str::args::{arg, c_int_arg, check_kw};
use super::{bytes_view, data, new_like};
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, t: &Value) {
    vm.add_method(t, "hex", hex);
    vm.add_method_kind(t, "fromhex", fromhex, MethodKind::Class);
}

/// `b.hex(sep=None, bytes_per_sep=1)`: groups counted from the right (from the left if negative).
fn hex(vm: &Vm, a: Args) -> PyResult<Value> {
    hex_of(vm, &a, data(vm, &a.pos[0]))
}

/// The `hex(sep, bytes_per_sep)` text of `b`, the arguments read from `a` (bytes, bytearray
/// and memoryview share it).
pub fn hex_of(vm: &Vm, a: &Args, b: &[u8]) -> PyResult<Value> {
    let a = *a;
    check_kw(vm, &a, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match arg(vm, &a, 0, "sep") {
        None => None,
        Some(s) => {
            let n = vm.len(&s)?;
            if n != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = if vm.is_str(&s) {
                vm.str_ref(&s).chars().next().map_or(0, |c| c as u32)
            } else {
                bytes_view(vm, &s)
                    .and_then(|b| b.first().copied())
                    .map_or(0, u32::from)
            };
            if c >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let per = match arg(vm, &a, 1, "bytes_per_sep") {
        Some(v) => c_int_arg(vm, &v)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (b.len() - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        // (Two table lookups: `format!` per byte cost some 150 instructions.)
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    Ok(vm.new_str(out))
}

/// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed between pairs.
fn fromhex(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let what = if vm.is_subtype(cls, &vm.types.bytearray) {
        "bytearray"
    } else {
        "bytes"
    };
    if a.has_kw() {
        return Err(vm.type_error(format!("{what}.fromhex() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{what}.fromhex() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let s = &a.pos[1];
    if !vm.is_str(s) {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, s)
        )));
    }
    let chars: Vec<char> = vm.str_ref(s).chars().collect();
    let bad = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if cls.is(&vm.types.bytearray) {
        return Ok(vm.new_bytearray(out));
    }
    vm.call(cls, &[vm.new_bytes(out)])
}

/// One parsed `%` conversion's flags.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

impl Spec {
    fn str_flags(&self) -> String {
        let mut f = String::new();
        if self.left {
            f.push('-');
        }
        if self.plus {
            f.push('+');
        }
        if self.space {
            f.push(' ');
        }
        if self.alt {
            f.push('#');
        }
        if self.zero {
            f.push('0');
        }
        if let Some(w) = self.width {
            f.push_str(&w.to_string());
        }
        if let Some(p) = self.prec {
            f.push_str(&format!(".{p}"));
        }
        f
    }

    /// Pads a %s/%b/%r/%a/%c piece to the width.
    fn pad(&self, out: &mut Vec<u8>, mut piece: Vec<u8>, truncate: bool) {
        if truncate {
            if let Some(p) = self.prec {
                piece.truncate(p);
            }
        }
        let w = self.width.unwrap_or(0);
        let fill = w.saturating_sub(piece.len());
        if !self.left {
            out.extend(std::iter::repeat(b' ').take(fill));
        }
        out.extend_from_slice(&piece);
        if self.left {
            out.extend(std::iter::repeat(b' ').take(fill));
        }
    }
}

/// `%b`/`%s`: a bytes-like object or one with `__bytes__`.
fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_view(vm, v) {
        return Ok(b);
    }
    if let Some(f) = vm.lookup_special(v, &vm.names.bytes) {
        let r = vm.call_bound_special(&f, v, &[])?;
        return match vm.as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

pub fn bytes_mod(vm: &Vm, a: Args) -> PyResult<Value> {
    super::super::str::args::check_one(vm, &a, "__mod__")?;
    let this = &a.pos[0];
    let args = &a.pos[1];
    let fmt = data(vm, this).to_vec();
    let out = format_bytes(vm, &fmt, args)?;
    Ok(new_like(vm, this, out))
}

/// `b.__rmod__(other)`: `other % b` when `other` is of `b`'s kind (bytes for bytes,
/// bytearray for bytearray, as CPython's slots check), else NotImplemented.
pub fn bytes_rmod(vm: &Vm, a: Args) -> PyResult<Value> {
    super::super::str::args::check_one(vm, &a, "__rmod__")?;
    let other = &a.pos[1];
    let same_kind = if vm.as_bytearray(&a.pos[0]).is_some() {
        vm.as_bytearray(other).is_some()
    } else {
        vm.as_bytes(other).is_some()
    };
    if !same_kind {
        return Ok(vm.not_implemented.clone());
    }
    let fmt = data(vm, other).to_vec();
    let out = format_bytes(vm, &fmt, &a.pos[0])?;
    Ok(new_like(vm, other, out))
}

fn format_bytes(vm: &Vm, f: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let tuple = vm.as_tuple(args).map(|t| t.to_vec());
    let items: Vec<Value> = tuple.clone().unwrap_or_else(|| vec![args.clone()]);
    let is_mapping = tuple.is_none()
        && !vm.is_str(args)
        && bytes_view(vm, args).is_none()
        && vm.lookup_special(args, &vm.names.getitem).is_some();
    let mut next = 0usize;
    let mut take = |vm: &Vm| -> PyResult<Value> {
        let v = items
            .get(next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    let mut out = Vec::with_capacity(f.len());
    let mut i = 0;
    let mut used_key = false;
    while i < f.len() {
        if f[i] != b'%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        // Only an immediate `%%` is a literal percent; `%5%` is an (unsupported) conversion.
        if f.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        let mut key_arg = None;
        if f.get(i) == Some(&b'(') {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < f.len() && depth > 0 {
                match f[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = vm.new_bytes(f[st..i - 1].to_vec());
            key_arg = Some(vm.getitem(args, &key)?);
            used_key = true;
        }
        let mut sp = Spec::default();
        while let Some(&c) = f.get(i) {
            match c {
                b'-' => sp.left = true,
                b'+' => sp.plus = true,
                b' ' => sp.space = true,
                b'#' => sp.alt = true,
                b'0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        let star = |vm: &Vm, v: Value| -> PyResult<i64> {
            if !vm.is_int(&v) {
                return Err(vm.type_error("* wants int"));
            }
            vm.int_to_i64(&v)
        };
        if f.get(i) == Some(&b'*') {
            let w = star(vm, take(vm)?)?;
            if w < 0 {
                sp.left = true;
            }
            sp.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let st = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                sp.width = std::str::from_utf8(&f[st..i])
                    .ok()
                    .and_then(|s| s.parse().ok());
            }
        }
        if f.get(i) == Some(&b'.') {
            i += 1;
            if f.get(i) == Some(&b'*') {
                sp.prec = Some(star(vm, take(vm)?)?.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                sp.prec = Some(
                    std::str::from_utf8(&f[st..i])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0),
                );
            }
        }
        // One C length modifier (`%ld`) is ignored; a second is an unsupported character.
        if matches!(f.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        let v = match key_arg.take() {
            Some(v) => v,
            None => take(vm)?,
        };
        match conv {
            b's' | b'b' => sp.pad(&mut out, bytes_of(vm, &v)?, true),
            b'r' | b'a' => {
                let r = crate::builtins::functions::ascii_of(vm, &v)?;
                sp.pad(&mut out, vm.str_ref(&r).as_bytes().to_vec(), true)
            }
            b'c' => {
                let c = if vm.is_int(&v) {
                    match vm.as_int(&v).and_then(|r| r.to_i64()) {
                        Some(x) if (0..256).contains(&x) => x as u8,
                        _ => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    match bytes_view(vm, &v) {
                        Some(b) if b.len() == 1 => b[0],
                        _ => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    }
                };
                sp.pad(&mut out, vec![c], false)
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let v = numeric_arg(vm, v, conv)?;
                let c = if conv == b'u' { 'd' } else { conv as char };
                let fs = vm.new_str(format!("%{}{c}", sp.str_flags()));
                let t = vm.new_tuple(vec![v]);
                let r = crate::builtins::format::percent_format(vm, &fs, &t)?;
                out.extend_from_slice(vm.str_ref(&r).as_bytes());
            }
            other => {
                let ch = other as char;
                return Err(vm.value_error(format!(
                    "unsupported format character '{ch}' (0x{other:x}) at index {}",
                    i - 1
                )));
            }
        }
    }
    if next < items.len() && !is_mapping && !used_key {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

/// Checks and converts the argument of a numeric conversion with CPython's messages.
fn numeric_arg(vm: &Vm, v: Value, conv: u8) -> PyResult<Value> {
    let c = conv as char;
    match conv {
        b'd' | b'i' | b'u' => {
            if vm.is_int(&v) || vm.as_float(&v).is_some() {
                return Ok(v);
            }
            if vm.lookup_special(&v, &vm.names.index).is_some() {
                return vm.index(&v);
            }
            Err(vm.type_error(format!(
                "%{c} format: a real number is required, not {}",
                vm.type_name(&v)
            )))
        }
        b'x' | b'X' | b'o' => {
            if vm.is_int(&v) || vm.lookup_special(&v, &vm.names.index).is_some() {
                return vm.index(&v);
            }
            Err(vm.type_error(format!(
                "%{c} format: an integer is required, not {}",
                vm.type_name(&v)
            )))
        }
        _ => match crate::builtins::float::to_f64(vm, &v) {
            Some(r) => Ok(vm.new_float(r?)),
            // `__float__` or `__index__` as `PyFloat_AsDouble` takes them.
            None => match crate::builtins::math::to_double(vm, &v) {
                Ok(x) => Ok(vm.new_float(x)),
                Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
                    Err(vm.type_error(format!("float argument required, not {}", vm.type_name(&v))))
                }
                Err(e) => Err(e),
            },
        },
    }
}
