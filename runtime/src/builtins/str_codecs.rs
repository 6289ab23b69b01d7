//! The builtin codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8, ASCII,
//! Latin-1, UTF-16, UTF-32, (raw_)unicode_escape and a few single-byte code pages, with the strict/ignore/replace/backslashreplace/xmlcharrefreplace/namereplace
//! error handlers, and the attributes and messages of UnicodeEncodeError/UnicodeDecodeError.

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[path = "str_charmap.rs"]
mod charmap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// `utf-8-sig`: UTF-8 with a byte order mark written on encode and skipped on decode.
    Utf8Sig,
    Ascii,
    Latin1,
    /// `big`: byte order; `bom`: the plain "utf-16" codec (BOM on encode, BOM-sniffing on decode).
    Utf16 {
        big: bool,
        bom: bool,
    },
    Utf32 {
        big: bool,
        bom: bool,
    },
    /// `unicode_escape` (`raw`: `raw_unicode_escape`, which escapes only `\u`/`\U`).
    UnicodeEscape {
        raw: bool,
    },
    /// A single-byte code page (cp1252, ...).
    Charmap(charmap::Table),
}

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 { bom: true, .. } => "utf-16",
            Codec::Utf16 { big: false, .. } => "utf-16-le",
            Codec::Utf16 { big: true, .. } => "utf-16-be",
            Codec::Utf32 { bom: true, .. } => "utf-32",
            Codec::Utf32 { big: false, .. } => "utf-32-le",
            Codec::Utf32 { big: true, .. } => "utf-32-be",
            Codec::UnicodeEscape { raw: false } => "unicodeescape",
            Codec::UnicodeEscape { raw: true } => "rawunicodeescape",
            Codec::Charmap(_) => "charmap",
        }
    }
}

/// `lookup` for `str.encode`/`bytes.decode` (`dir` names which): the bytes-to-bytes and
/// str-to-str codecs (`rot13`, `hex`, ...) exist in CPython but are not text encodings.
pub fn text_lookup(vm: &Vm, name: &str, dir: &str) -> PyResult<Codec> {
    lookup(vm, name).map_err(|e| {
        let norm: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        match norm.as_str() {
            "base64" | "base_64" | "base64_codec" | "bz2" | "bz2_codec" | "hex" | "hex_codec"
            | "quopri" | "quotedprintable" | "quoted_printable" | "quopri_codec" | "rot13"
            | "rot_13" | "uu" | "uu_codec" | "zip" | "zlib" | "zlib_codec" => vm.new_exception_msg(
                &vm.exc.lookup_error,
                format!(
                    "'{name}' is not a text encoding; use codecs.{dir}() to handle arbitrary codecs"
                ),
            ),
            _ => e,
        }
    })
}

/// Finds a codec by name as `codecs.lookup` does: case-insensitive, punctuation folded to `_`, aliases.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut pending_sep = false;
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !norm.is_empty() {
                norm.push('_');
            }
            pending_sep = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    let c = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16 {
            big: false,
            bom: true,
        },
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16 {
            big: false,
            bom: false,
        },
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16 {
            big: true,
            bom: false,
        },
        "utf_32" | "utf32" | "u32" => Codec::Utf32 {
            big: false,
            bom: true,
        },
        "utf_32_le" | "utf_32le" => Codec::Utf32 {
            big: false,
            bom: false,
        },
        "utf_32_be" | "utf_32be" => Codec::Utf32 {
            big: true,
            bom: false,
        },
        "unicode_escape" => Codec::UnicodeEscape { raw: false },
        "raw_unicode_escape" => Codec::UnicodeEscape { raw: true },
        "cp1252" | "windows_1252" | "1252" => Codec::Charmap(charmap::Table::Cp1252),
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => Codec::Charmap(charmap::Table::Latin9),
        "cp437" | "437" | "ibm437" | "cspc8codepage437" => Codec::Charmap(charmap::Table::Cp437),
        other => match charmap::find_page(other) {
            Some(t) => Codec::Charmap(t),
            None => {
                return Err(
                    vm.new_exception_msg(&vm.exc.lookup_error, format!("unknown encoding: {name}"))
                )
            }
        },
    };
    Ok(c)
}

/// The error handlers the builtin codecs implement themselves.
const BUILTIN_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

/// A handler registered with `codecs.register_error` under `errors`: the conversion goes
/// through the `codecs` module (`_text_encode` / `_text_decode`), which calls the handler
/// for each failing span. None when `errors` names a builtin handler or nothing registered
/// (then the builtin codec reports an unknown handler, only if an error happens, as
/// CPython does). Handlers can only be registered once `codecs` is imported.
pub fn via_registered_handler(
    vm: &Vm,
    data: &Value,
    encoding: &str,
    errors: &str,
    encode: bool,
) -> Option<PyResult<Value>> {
    if BUILTIN_HANDLERS.contains(&errors) {
        return None;
    }
    let module = vm.dict_get_str_key(vm.as_dict(&vm.modules)?, "codecs")?;
    let table = vm
        .getattr_opt(&module, &vm.new_str("_error_handlers"))
        .ok()??;
    vm.dict_get_str_key(vm.as_dict(&table)?, errors)?;
    let name = if encode {
        "_text_encode"
    } else {
        "_text_decode"
    };
    Some(vm.getattr(&module, &vm.new_str(name)).and_then(|f| {
        vm.call(
            &f,
            &[data.clone(), vm.new_str(encoding), vm.new_str(errors)],
        )
    }))
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exception_msg(
        &vm.exc.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

fn exc_class(vm: &Vm, name: &str) -> Value {
    vm.exc
        .by_name
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| vm.exc.unicode_error.clone())
}

fn encode_error(vm: &Vm, codec: &str, s: &Value, start: usize, end: usize, reason: &str) -> PyErr {
    let cls = exc_class(vm, "UnicodeEncodeError");
    vm.new_exception(
        &cls,
        vec![
            vm.new_str(codec),
            s.clone(),
            vm.new_int_usize(start),
            vm.new_int_usize(end),
            vm.new_str(reason),
        ],
    )
}

fn decode_error(vm: &Vm, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let cls = exc_class(vm, "UnicodeDecodeError");
    vm.new_exception(
        &cls,
        vec![
            vm.new_str(codec),
            vm.new_bytes(b.to_vec()),
            vm.new_int_usize(start),
            vm.new_int_usize(end),
            vm.new_str(reason),
        ],
    )
}

/// Encodes the str `sv` (whose text is `s`).
pub fn encode(vm: &Vm, sv: &Value, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let s = vm.str_ref(sv);
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(s.len() + 3);
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            let reason = format!("ordinal not in range({limit})");
            let map = |c: char| ((c as u32) < limit).then_some(c as u32 as u8);
            encode_mapped(vm, sv, codec.name(), errors, map, &reason)
        }
        Codec::Charmap(t) => charmap::encode(vm, sv, t, errors),
        Codec::Utf16 { big, bom } => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let put = |out: &mut Vec<u8>, u: u16| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if bom {
                put(&mut out, 0xfeff);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    put(&mut out, *u);
                }
            }
            Ok(out)
        }
        Codec::UnicodeEscape { raw } => {
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                let u = c as u32;
                match c {
                    _ if raw && u < 0x100 => out.push(u as u8),
                    _ if raw => out.extend_from_slice(escape_char(c).as_bytes()),
                    '\\' => out.extend_from_slice(b"\\\\"),
                    '\t' => out.extend_from_slice(b"\\t"),
                    '\n' => out.extend_from_slice(b"\\n"),
                    '\r' => out.extend_from_slice(b"\\r"),
                    ' '..='~' => out.push(u as u8),
                    _ => out.extend_from_slice(escape_char(c).as_bytes()),
                }
            }
            Ok(out)
        }
        Codec::Utf32 { big, bom } => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let put = |out: &mut Vec<u8>, u: u32| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if bom {
                put(&mut out, 0xfeff);
            }
            for c in s.chars() {
                put(&mut out, c as u32);
            }
            Ok(out)
        }
    }
}

/// Encodes with a per-character byte `map` whose lower half is ASCII; characters it
/// lacks go to the error handler with `reason`.
fn encode_mapped(
    vm: &Vm,
    sv: &Value,
    codec: &str,
    errors: &str,
    map: impl Fn(char) -> Option<u8>,
    reason: &str,
) -> PyResult<Vec<u8>> {
    let s = vm.str_ref(sv);
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = map(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable characters as one error.
        let mut end = i + 1;
        while end < chars.len() && map(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(vm, codec, sv, i, end, reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(name_escape(c).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `\N{NAME}` for a named character (the `namereplace` handler); unnamed ones fall back
/// to the `backslashreplace` escape, as CPython does.
fn name_escape(c: char) -> String {
    match crate::stdlib::registry_text::unicodedata::char_name(c) {
        Some(n) => format!("\\N{{{n}}}"),
        None => escape_char(c),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
pub fn escape_char(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// Collects decoded text and applies the error handler to undecodable byte ranges.
struct Decoder<'a> {
    vm: &'a Vm,
    codec: &'static str,
    input: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" | "surrogateescape" | "surrogatepass" => Err(decode_error(
                self.vm, self.codec, self.input, start, end, reason,
            )),
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.input[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            // Encode-only handlers: CPython rejects them once a decode error reaches them.
            "xmlcharrefreplace" | "namereplace" => Err(self.vm.new_exception_msg(
                &self.vm.exc.type_error,
                "don't know how to handle UnicodeDecodeError in error callback".to_string(),
            )),
            _ => Err(unknown_handler(self.vm, self.errors)),
        }
    }
}

/// Decodes `b` with `codec`.
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    if codec == Codec::Utf8Sig {
        // CPython decodes what follows the BOM with the plain UTF-8 codec (its name and
        // positions in errors).
        let rest = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
        return decode(vm, rest, Codec::Utf8, errors);
    }
    if codec == Codec::Utf8 || codec == Codec::Ascii {
        if b.is_ascii() {
            // SAFETY-free fast path: ASCII is valid UTF-8.
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
        if codec == Codec::Utf8 {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
        }
    }
    let mut d = Decoder {
        vm,
        codec: codec.name(),
        input: b,
        errors,
        out: String::with_capacity(b.len()),
    };
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => decode_utf8(&mut d)?,
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    d.out.push(x as char);
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Latin1 => d.out.extend(b.iter().map(|&x| x as char)),
        Codec::Charmap(t) => charmap::decode(&mut d, t)?,
        Codec::UnicodeEscape { raw } => decode_unicode_escape(&mut d, raw)?,
        Codec::Utf16 { big, bom } => {
            let (mut big, mut start) = (big, 0);
            if bom && b.len() >= 2 {
                if b[..2] == [0xff, 0xfe] {
                    start = 2;
                } else if b[..2] == [0xfe, 0xff] {
                    big = true;
                    start = 2;
                }
            }
            // Errors name the byte order actually used ("utf-16-le"), as CPython does.
            d.codec = Codec::Utf16 { big, bom: false }.name();
            decode_utf16(&mut d, start, big)?
        }
        Codec::Utf32 { big, bom } => {
            let (mut big, mut start) = (big, 0);
            if bom && b.len() >= 4 {
                if b[..4] == [0xff, 0xfe, 0, 0] {
                    start = 4;
                } else if b[..4] == [0, 0, 0xfe, 0xff] {
                    big = true;
                    start = 4;
                }
            }
            // Errors name the byte order actually used ("utf-32-le"), as CPython does.
            d.codec = Codec::Utf32 { big, bom: false }.name();
            decode_utf32(&mut d, start, big)?
        }
    }
    Ok(d.out)
}

/// The escapes of a Python string literal (`raw`: only `\uXXXX` and `\UXXXXXXXX`); other
/// bytes are Latin-1.
fn decode_unicode_escape(d: &mut Decoder, raw: bool) -> PyResult<()> {
    let b = d.input;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            d.out.push(b[i] as char);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            if raw {
                d.out.push('\\');
                break;
            }
            d.error(start, b.len(), "\\ at end of string")?;
            break;
        };
        i += 2;
        let hex_len = match e {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            _ if raw => {
                d.out.push('\\');
                i -= 1;
                continue;
            }
            _ => 0,
        };
        if hex_len > 0 {
            let digits = b[i..]
                .iter()
                .take(hex_len)
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if digits < hex_len {
                let what = match e {
                    b'x' => "truncated \\xXX escape",
                    b'u' => "truncated \\uXXXX escape",
                    _ => "truncated \\UXXXXXXXX escape",
                };
                d.error(start, i + digits, what)?;
                i += digits;
                continue;
            }
            let text = std::str::from_utf8(&b[i..i + hex_len]).unwrap_or("0");
            let code = u32::from_str_radix(text, 16).unwrap_or(0);
            i += hex_len;
            match char::from_u32(code) {
                Some(c) => d.out.push(c),
                None if raw => d.error(start, i, "\\Uxxxxxxxx out of range")?,
                None => d.error(start, i, "illegal Unicode character")?,
            }
            continue;
        }
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => d.out.push(e as char),
            b'a' => d.out.push('\x07'),
            b'b' => d.out.push('\x08'),
            b'f' => d.out.push('\x0c'),
            b'n' => d.out.push('\n'),
            b'r' => d.out.push('\r'),
            b't' => d.out.push('\t'),
            b'v' => d.out.push('\x0b'),
            b'0'..=b'7' => {
                let mut code = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    code = code * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                d.out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            b'N' => d.error(start, i, "unknown Unicode character name")?,
            _ => {
                // An unknown escape stays as written.
                d.out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

/// UTF-8 with CPython's error ranges: the maximal valid prefix of a bad sequence is one error.
fn decode_utf8(d: &mut Decoder) -> PyResult<()> {
    let b = d.input;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            d.out.push(x as char);
            i += 1;
            continue;
        }
        let (need, lo, hi) = match x {
            0xc2..=0xdf => (1, 0x80, 0xbf),
            0xe0 => (2, 0xa0, 0xbf),
            0xe1..=0xec | 0xee..=0xef => (2, 0x80, 0xbf),
            0xed => (2, 0x80, 0x9f),
            0xf0 => (3, 0x90, 0xbf),
            0xf1..=0xf3 => (3, 0x80, 0xbf),
            0xf4 => (3, 0x80, 0x8f),
            _ => {
                d.error(i, i + 1, "invalid start byte")?;
                i += 1;
                continue;
            }
        };
        let mut k = 1;
        let mut bad = false;
        while k <= need {
            let Some(&y) = b.get(i + k) else { break };
            let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xbf) };
            if y < l || y > h {
                bad = true;
                break;
            }
            k += 1;
        }
        if k > need {
            match std::str::from_utf8(&b[i..i + k]) {
                Ok(s) => d.out.push_str(s),
                Err(_) => d.error(i, i + k, "invalid continuation byte")?,
            }
            i += k;
        } else if bad {
            d.error(i, i + k, "invalid continuation byte")?;
            i += k;
        } else {
            d.error(i, b.len(), "unexpected end of data")?;
            i = b.len();
        }
    }
    Ok(())
}

fn decode_utf16(d: &mut Decoder, start: usize, big: bool) -> PyResult<()> {
    let b = d.input;
    let unit = |i: usize| {
        let p = [b[i], b[i + 1]];
        if big {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    let mut i = start;
    while i < b.len() {
        if i + 2 > b.len() {
            d.error(i, b.len(), "truncated data")?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
        } else if u >= 0xdc00 {
            d.error(i, i + 2, "illegal encoding")?;
            i += 2;
        } else if i + 4 > b.len() {
            d.error(i, b.len(), "unexpected end of data")?;
            break;
        } else {
            let v = unit(i + 2);
            if (0xdc00..0xe000).contains(&v) {
                let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((v as u32) - 0xdc00);
                d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                d.error(i, i + 2, "illegal UTF-16 surrogate")?;
                i += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(d: &mut Decoder, start: usize, big: bool) -> PyResult<()> {
    let b = d.input;
    let mut i = start;
    while i < b.len() {
        if i + 4 > b.len() {
            d.error(i, b.len(), "truncated data")?;
            break;
        }
        let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let u = if big {
            u32::from_be_bytes(p)
        } else {
            u32::from_le_bytes(p)
        };
        match char::from_u32(u) {
            Some(c) => d.out.push(c),
            None if u >= 0x110000 => d.error(i, i + 4, "code point not in range(0x110000)")?,
            None => d.error(
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        i += 4;
    }
    Ok(())
}

/// Reads the `encoding` and `errors` arguments (positions `pos_enc` and `pos_enc + 1`, or keywords).
pub fn enc_args(
    vm: &Vm,
    a: &Args,
    fname: &str,
    pos_enc: usize,
) -> PyResult<(Option<String>, Option<String>)> {
    let get = |i: usize, name: &str| -> PyResult<Option<String>> {
        let v = a.pos.get(i).cloned().or_else(|| a.kw(vm, name));
        match v {
            None => Ok(None),
            Some(v) if vm.is_str(&v) => Ok(Some(vm.str_ref(&v).to_string())),
            Some(v) => Err(vm.type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                crate::builtins::str::args::arg_type_name(vm, &v)
            ))),
        }
    };
    Ok((get(pos_enc, "encoding")?, get(pos_enc + 1, "errors")?))
}

/// `UnicodeEncodeError.__str__` / `UnicodeDecodeError.__str__` from the 5-item args.
fn unicode_error_str(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = vm.exc_args(&a.pos[0]);
    let items = vm.tuple_items(&args);
    if items.len() != 5 {
        return Ok(vm.empty_str.clone());
    }
    let enc = vm.str_string(&items[0])?;
    let start = vm.index_isize(&items[2])?;
    let end = vm.index_isize(&items[3])?;
    let reason = vm.str_string(&items[4])?;
    let obj = &items[1];
    if let Some(sd) = vm.as_str_data(obj) {
        if start >= 0 && end == start + 1 && (start as usize) < sd.char_len {
            // CPython shows the character escaped even when it is printable.
            let esc = escape_char(sd.char_at(start as usize));
            return Ok(vm.new_str(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
        return Ok(vm.new_str(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let bytes = crate::builtins::bytes::bytes_view(vm, obj).unwrap_or_default();
    if start >= 0 && end == start + 1 && (start as usize) < bytes.len() {
        return Ok(vm.new_str(format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes[start as usize]
        )));
    }
    Ok(vm.new_str(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

/// Installs `__str__` and the `encoding`/`object`/`start`/`end`/`reason` attributes on the
/// Unicode error classes, unless the exceptions module already defines them.
pub fn init(vm: &Vm) {
    for name in ["UnicodeEncodeError", "UnicodeDecodeError"] {
        let cls = exc_class(vm, name);
        let td = unsafe { crate::object::typeobj::type_data(&cls) };
        let Some(d) = vm.as_dict(&td.dict) else {
            continue;
        };
        let has = |k: &str| vm.dict_get(d, &vm.new_str(k)).ok().flatten().is_some();
        if !has("__str__") {
            vm.add_method(&cls, "__str__", unicode_error_str);
        }
        let getters: [(&'static str, crate::object::native::NativeFn); 5] = [
            ("encoding", |vm, a| arg_at(vm, a, 0)),
            ("object", |vm, a| arg_at(vm, a, 1)),
            ("start", |vm, a| arg_at(vm, a, 2)),
            ("end", |vm, a| arg_at(vm, a, 3)),
            ("reason", |vm, a| arg_at(vm, a, 4)),
        ];
        for (attr, g) in getters {
            if !has(attr) {
                vm.add_getset(&cls, attr, g, None);
            }
        }
    }
}

fn arg_at(vm: &Vm, a: Args, i: usize) -> PyResult<Value> {
    let args = vm.exc_args(&a.pos[0]);
    Ok(vm
        .tuple_items(&args)
        .get(i)
        .cloned()
        .unwrap_or_else(|| vm.none.clone()))
}
