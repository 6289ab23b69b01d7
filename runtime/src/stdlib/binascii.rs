//! `binascii`: hex and base64 conversion, CRC-32 and CRC-CCITT, with CPython's errors
//! (`binascii.Error` is a ValueError).

use crate::builtins::bytes::bytes_view;
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{module, parse, set};
use crate::vm::{PyErr, PyResult, Vm};

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
    ];
    let m = module(vm, "binascii", fns);
    for (name, base) in [
        ("Error", vm.exc.value_error.clone()),
        ("Incomplete", vm.exc.exception.clone()),
    ] {
        let ns = vm.new_dict();
        if let Some(d) = vm.as_dict(&ns) {
            vm.dict_set_str(d, "__module__", vm.new_str("binascii"));
        }
        let cls = vm.call(
            &vm.types.type_,
            &[vm.new_str(name), vm.new_tuple(vec![base]), ns],
        )?;
        set(vm, &m, name, cls);
    }
    Ok(m)
}

/// A `binascii.Error` with `msg`.
fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let cls = vm
        .as_dict(&vm.modules)
        .and_then(|md| vm.dict_get_str_key(md, "binascii"))
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| {
            vm.as_dict(&d)
                .and_then(|dd| vm.dict_get_str_key(dd, "Error"))
        });
    vm.new_exception_msg(&cls.unwrap_or_else(|| vm.exc.value_error.clone()), msg)
}

/// Binary input of the `b2a_*` and crc functions.
fn bin_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_view(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// ASCII input of the `a2b_*` functions: bytes-like, or a str of ASCII characters.
fn ascii_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if vm.is_str(v) {
        let s = vm.str_ref(v);
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_view(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex digits of `data`, with `sep` between groups of `per` bytes (counted from the right
/// when `per` is positive, from the left when negative), as `bytes.hex` does.
fn to_hex(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let sep = match sep {
        Some(s) if group > 0 && !data.is_empty() => s,
        _ => {
            for b in data {
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 15) as usize]);
            }
            return out;
        }
    };
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            // A separator goes where a group boundary falls, measured from the chosen end.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_common(vm: &Vm, a: &Args, fname: &str) -> PyResult<Value> {
    let p = parse(vm, a, fname, &["data", "sep", "bytes_per_sep"], 1, 3)?;
    let data = bin_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let sep = match &p[1] {
        None => None,
        Some(s) => {
            let b: Vec<u8> = if vm.is_str(s) {
                // A str separator stands for its Latin-1 bytes (CPython reads the str's
                // one-byte storage, and calls anything wider non-ASCII).
                let st = vm.str_ref(s);
                if st.chars().any(|c| c as u32 > 255) {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                st.chars().map(|c| c as u32 as u8).collect()
            } else {
                bytes_view(vm, s).ok_or_else(|| {
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(s)))
                })?
            };
            if b.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match &p[2] {
        None => 1,
        Some(v) => crate::stdlib::registry_system::sysutil::c_int(vm, v)? as i64,
    };
    Ok(vm.new_bytes(to_hex(&data, sep, per)))
}

fn hexlify(vm: &Vm, a: Args) -> PyResult<Value> {
    hex_common(vm, &a, "hexlify")
}

fn b2a_hex(vm: &Vm, a: Args) -> PyResult<Value> {
    hex_common(vm, &a, "b2a_hex")
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhex_common(vm: &Vm, a: &Args, fname: &str) -> PyResult<Value> {
    crate::stdlib::registry_data::native_type::no_kw(vm, a, &format!("binascii.{fname}"))?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "binascii.{fname}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let s = ascii_arg(vm, &a.pos[0])?;
    if s.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn unhexlify(vm: &Vm, a: Args) -> PyResult<Value> {
    unhex_common(vm, &a, "unhexlify")
}

fn a2b_hex(vm: &Vm, a: Args) -> PyResult<Value> {
    unhex_common(vm, &a, "a2b_hex")
}

/// An `unsigned int` argument taken bitwise (the low 32 bits of any int), as CPython's
/// crc functions take their running value.
fn u32_bitwise(vm: &Vm, v: &Value) -> PyResult<u32> {
    if vm.as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index(v)?;
    let r = vm
        .as_int(&i)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let big = r.to_big();
    let masked = big & num_bigint::BigInt::from(0xffff_ffffu32);
    Ok(num_traits::ToPrimitive::to_u32(&masked).unwrap_or(0))
}

fn crc32_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    t
}

/// The CRC-32 (zlib's) of `data` continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    thread_local! {
        static TABLE: [u32; 256] = crc32_table();
    }
    TABLE.with(|t| {
        let mut c = !crc;
        for &b in data {
            c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
        }
        !c
    })
}

fn crc32(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::stdlib::registry_data::native_type::no_kw(vm, &a, "binascii.crc32")?;
    crate::stdlib::registry_data::native_type::check_positional(vm, "crc32", a.pos.len(), 1, 2)?;
    let data = bin_arg(vm, &a.pos[0])?;
    let crc = match a.pos.get(1) {
        Some(v) => u32_bitwise(vm, v)?,
        None => 0,
    };
    Ok(vm.new_int(crc32_update(crc, &data) as i64))
}

fn crc_hqx(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::stdlib::registry_data::native_type::no_kw(vm, &a, "binascii.crc_hqx")?;
    crate::stdlib::registry_data::native_type::check_positional(vm, "crc_hqx", a.pos.len(), 2, 2)?;
    let data = bin_arg(vm, &a.pos[0])?;
    let mut crc = (u32_bitwise(vm, &a.pos[1])? & 0xffff) as u16;
    // CRC-CCITT (polynomial 0x1021), most significant bit first, as BinHex uses it.
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(vm.new_int(crc as i64))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "b2a_base64() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let p = parse(vm, &a, "b2a_base64", &["data", "newline"], 1, 1)?;
    let data = bin_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let newline = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b0 = chunk[0] as u32;
        let b1 = chunk.get(1).copied().unwrap_or(0) as u32;
        let b2 = chunk.get(2).copied().unwrap_or(0) as u32;
        let n = b0 << 16 | b1 << 8 | b2;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b64_val(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn a2b_base64(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let p = parse(vm, &a, "a2b_base64", &["data", "strict_mode"], 1, 1)?;
    let s = ascii_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let strict = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if strict && s.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    // Position in the current group of four, bits carried to the next byte, '=' seen.
    let mut quad = 0u8;
    let mut left = 0u8;
    let mut pads = 0u8;
    let mut padding_started = false;
    let mut complete = false;
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 && quad + pads + 1 >= 4 {
                // Enough padding ends the data; strict mode rejects anything after it.
                if strict && i + 1 < s.len() {
                    return Err(error(vm, "Excess data after padding"));
                }
                complete = true;
                break;
            }
            if quad >= 2 {
                pads += 1;
            }
            continue;
        }
        let v = match b64_val(c) {
            Some(v) => v,
            None => {
                if strict {
                    return Err(error(vm, "Only base64 data is allowed"));
                }
                continue;
            }
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push(left << 6 | v);
                left = 0;
            }
        }
    }
    if !complete && quad != 0 {
        if quad == 1 {
            return Err(error(
                vm,
                format!(
                    "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                    out.len() / 3 * 4 + 1
                ),
            ));
        }
        return Err(error(vm, "Incorrect padding"));
    }
    Ok(vm.new_bytes(out))
}
