//! The JSON decoder behind `json.loads`: a recursive scanner over the UTF-8 text with
//! CPython's acceptance rules, hooks (object_hook, object_pairs_hook, parse_float,
//! parse_int, parse_constant) and `JSONDecodeError` messages and positions (in characters).

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::depth::Depth;
use crate::vm::{PyErr, PyResult, Vm};
use std::borrow::Cow;

/// A cheap multiplicative hash for the key memo (keys are short; no DoS concern within one
/// document).
#[derive(Default, Clone, Copy)]
struct KeyHash;

struct KeyHasher(u64);

impl std::hash::BuildHasher for KeyHash {
    type Hasher = KeyHasher;
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7cc1_b727_220a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

struct Decoder<'a> {
    vm: &'a Vm,
    doc: &'a Value,
    s: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    /// Object keys seen so far: repeated keys share one str (and its cached hash).
    keys: std::cell::RefCell<std::collections::HashMap<String, Value, KeyHash>>,
}

/// Why a value could not be scanned: "Expecting value" at a byte offset, or a raised error.
enum Fail {
    NoValue(usize),
    Err(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

type Scan<T> = Result<T, Fail>;

fn opt(vm: &Vm, v: &Value) -> Option<Value> {
    if vm.is_none(v) {
        None
    } else {
        Some(v.clone())
    }
}

/// `_json.decode(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`: with `whole`, the document from idx (whitespace around
/// allowed, "Extra data" after); else `(value, end)` as `raw_decode`. idx counts characters.
pub fn decode(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "decode", 9, 9)?;
    let p = a.pos;
    if !vm.is_str(&p[0]) {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&p[0])
        )));
    }
    let text = vm.str_ref(&p[0]);
    let idx = vm.index_isize(&p[1])?;
    let whole = vm.truthy(&p[2])?;
    let float_default = p[6].is(&vm.types.float);
    let int_default = p[7].is(&vm.types.int);
    let d = Decoder {
        vm,
        doc: &p[0],
        s: text.as_bytes(),
        strict: vm.truthy(&p[3])?,
        object_hook: opt(vm, &p[4]),
        pairs_hook: opt(vm, &p[5]),
        parse_float: if float_default { None } else { opt(vm, &p[6]) },
        parse_int: if int_default { None } else { opt(vm, &p[7]) },
        parse_constant: opt(vm, &p[8]),
        keys: Default::default(),
    };
    let start = if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    } else {
        char_to_byte(text, idx as usize)
    };
    let start = if whole { d.skip_ws(start) } else { start };
    let (v, end) = match d.value(start) {
        Ok(r) => r,
        Err(Fail::NoValue(at)) => return Err(d.error("Expecting value", at)),
        Err(Fail::Err(e)) => return Err(e),
    };
    if whole {
        let end = d.skip_ws(end);
        if end != d.s.len() {
            return Err(d.error("Extra data", end));
        }
        return Ok(v);
    }
    let end_chars = byte_to_char(text, end);
    Ok(vm.new_tuple(vec![v, vm.new_int_usize(end_chars)]))
}

fn char_to_byte(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len())
}

fn byte_to_char(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    if s.is_ascii() {
        return b;
    }
    s[..b].chars().count()
}

fn hex4(s: &[u8], at: usize) -> Option<u32> {
    let h = s.get(at..at + 4)?;
    let mut v = 0u32;
    for c in h {
        v = v * 16 + (*c as char).to_digit(16)?;
    }
    Some(v)
}

impl Decoder<'_> {
    /// `JSONDecodeError(msg, doc, pos)` with pos in characters.
    fn error(&self, msg: &str, at: usize) -> PyErr {
        let vm = self.vm;
        let pos = byte_to_char(vm.str_ref(self.doc), at);
        let cls = match error_class(vm) {
            Ok(c) => c,
            Err(e) => return e,
        };
        match vm.call(
            &cls,
            &[vm.new_str(msg), self.doc.clone(), vm.new_int_usize(pos)],
        ) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while let Some(c) = self.s.get(i) {
            if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                break;
            }
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &[u8]) -> bool {
        self.s.get(i..i + lit.len()) == Some(lit)
    }

    fn constant(&self, name: &str) -> PyResult<Value> {
        let vm = self.vm;
        match &self.parse_constant {
            Some(f) => vm.call(f, &[vm.new_str(name)]),
            None => Ok(vm.new_float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            })),
        }
    }

    /// One value starting exactly at byte `i`: (value, end).
    fn value(&self, i: usize) -> Scan<(Value, usize)> {
        let vm = self.vm;
        let Some(&c) = self.s.get(i) else {
            return Err(Fail::NoValue(i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((vm.new_str(&*s), end))
            }
            b'{' => {
                let _d = Depth::enter(vm, " while decoding a JSON object from a unicode string")?;
                self.object(i + 1)
            }
            b'[' => {
                let _d = Depth::enter(vm, " while decoding a JSON array from a unicode string")?;
                self.array(i + 1)
            }
            b'n' if self.starts(i, b"null") => Ok((vm.none.clone(), i + 4)),
            b't' if self.starts(i, b"true") => Ok((vm.true_.clone(), i + 4)),
            b'f' if self.starts(i, b"false") => Ok((vm.false_.clone(), i + 5)),
            b'N' if self.starts(i, b"NaN") => Ok((self.constant("NaN")?, i + 3)),
            b'I' if self.starts(i, b"Infinity") => Ok((self.constant("Infinity")?, i + 8)),
            b'-' if self.starts(i, b"-Infinity") => Ok((self.constant("-Infinity")?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(i),
            _ => Err(Fail::NoValue(i)),
        }
    }

    fn number(&self, start: usize) -> Scan<(Value, usize)> {
        let vm = self.vm;
        let s = self.s;
        let digit = |i: usize| s.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && digit(i + 1) {
            i += 2;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        // SAFETY of from_utf8: the span is ASCII digits and signs.
        let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(f, &[vm.new_str(text)])?,
                None => vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(f, &[vm.new_str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) => vm.new_int(n),
                    Err(_) => {
                        let call = vm.call(&vm.types.int.clone(), &[vm.new_str(text)])?;
                        call
                    }
                },
            }
        };
        Ok((v, i))
    }

    /// A string body starting after the opening quote: (text, end after the closing quote).
    /// Text without escapes is borrowed from the document.
    fn string(&self, begin: usize) -> Scan<(Cow<'_, str>, usize)> {
        let s = self.s;
        // Fast path: a plain run up to the closing quote.
        let mut j = begin;
        while let Some(&c) = s.get(j) {
            if c == b'"' {
                let text = std::str::from_utf8(&s[begin..j]).unwrap_or("");
                return Ok((Cow::Borrowed(text), j + 1));
            }
            if c == b'\\' || (c < 0x20 && self.strict) {
                break;
            }
            j += 1;
        }
        let mut out = String::new();
        let mut i = begin;
        let unterminated = || Fail::Err(self.error("Unterminated string starting at", begin - 1));
        loop {
            // Copy the run of plain characters.
            let run = i;
            while let Some(&c) = s.get(i) {
                if c == b'"' || c == b'\\' || (c < 0x20 && self.strict) {
                    break;
                }
                i += 1;
            }
            // The run ends at an ASCII byte or the end, so it is whole UTF-8.
            out.push_str(std::str::from_utf8(&s[run..i]).unwrap_or(""));
            let Some(&c) = s.get(i) else {
                return Err(unterminated());
            };
            match c {
                b'"' => return Ok((Cow::Owned(out), i + 1)),
                b'\\' => {}
                _ => {
                    return Err(Fail::Err(self.error("Invalid control character at", i)));
                }
            }
            let Some(&e) = s.get(i + 1) else {
                return Err(unterminated());
            };
            if e != b'u' {
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Fail::Err(self.error("Invalid \\escape", i))),
                };
                out.push(ch);
                i += 2;
                continue;
            }
            // As CPython's scanner, the four digits must be followed by something (an
            // escape that ends the document is invalid, not an unterminated string).
            let Some(mut u) = hex4(s, i + 2).filter(|_| i + 6 < s.len()) else {
                return Err(Fail::Err(self.error("Invalid \\uXXXX escape", i + 1)));
            };
            i += 6;
            if (0xd800..0xdc00).contains(&u)
                && s.get(i) == Some(&b'\\')
                && s.get(i + 1) == Some(&b'u')
            {
                if let Some(lo) = hex4(s, i + 2).filter(|_| i + 6 < s.len()) {
                    if (0xdc00..0xe000).contains(&lo) {
                        u = 0x10000 + (((u - 0xd800) << 10) | (lo - 0xdc00));
                        i += 6;
                    }
                }
            }
            // A lone surrogate has no UTF-8 form: it becomes U+FFFD here.
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
        }
    }

    fn key(&self, k: Cow<'_, str>) -> Value {
        let mut keys = self.keys.borrow_mut();
        if let Some(v) = keys.get(&*k) {
            return v.clone();
        }
        let v = self.vm.new_str(&*k);
        keys.insert(k.into_owned(), v.clone());
        v
    }

    fn object(&self, mut i: usize) -> Scan<(Value, usize)> {
        let vm = self.vm;
        // Without object_pairs_hook the pairs go straight into the dict.
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let d = if self.pairs_hook.is_none() {
            Some(vm.new_dict())
        } else {
            None
        };
        i = self.skip_ws(i);
        if self.s.get(i) != Some(&b'}') {
            loop {
                if self.s.get(i) != Some(&b'"') {
                    return Err(Fail::Err(
                        self.error("Expecting property name enclosed in double quotes", i),
                    ));
                }
                let (k, end) = self.string(i + 1)?;
                let k = self.key(k);
                i = self.skip_ws(end);
                if self.s.get(i) != Some(&b':') {
                    return Err(Fail::Err(self.error("Expecting ':' delimiter", i)));
                }
                i = self.skip_ws(i + 1);
                let (v, end) = self.value(i)?;
                match &d {
                    Some(d) => vm.dict_set(vm.as_dict(d).unwrap(), k, v)?,
                    None => pairs.push((k, v)),
                }
                i = self.skip_ws(end);
                match self.s.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Err(self.error("Expecting ',' delimiter", i))),
                }
            }
        }
        let end = i + 1;
        let Some(d) = d else {
            let list = vm.new_list(
                pairs
                    .into_iter()
                    .map(|(k, v)| vm.new_tuple(vec![k, v]))
                    .collect(),
            );
            let h = self.pairs_hook.as_ref().unwrap_or(&vm.none);
            return Ok((vm.call(h, &[list])?, end));
        };
        if let Some(h) = &self.object_hook {
            return Ok((vm.call(h, &[d])?, end));
        }
        Ok((d, end))
    }

    fn array(&self, mut i: usize) -> Scan<(Value, usize)> {
        let vm = self.vm;
        let mut items = Vec::new();
        i = self.skip_ws(i);
        if self.s.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.value(i)?;
                items.push(v);
                i = self.skip_ws(end);
                match self.s.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Err(self.error("Expecting ',' delimiter", i))),
                }
            }
        }
        Ok((vm.new_list(items), i + 1))
    }
}

/// The `JSONDecodeError` class, registered by `json.decoder` into this module.
fn error_class(vm: &Vm) -> PyResult<Value> {
    let md = vm.as_dict(&vm.modules).unwrap();
    if let Some(m) = vm.dict_get_str_key(md, "_json") {
        if let Some(d) = vm.module_dict(&m) {
            if let Some(c) = vm.dict_get_str_key(vm.as_dict(&d).unwrap(), "JSONDecodeError") {
                return Ok(c);
            }
        }
    }
    Ok(vm.exc.value_error.clone())
}
