//! `_struct`: packing values to and from C-layout bytes (the frozen `struct` module wraps it).

use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{module, set};
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::ToPrimitive;

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("calcsize", calcsize),
        ("pack", pack),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("pack_into", pack_into),
    ];
    let m = module(vm, "_struct", fns);
    // struct.error is a plain Exception subclass living in module `struct`.
    let ns = vm.new_dict();
    if let Some(d) = vm.as_dict(&ns) {
        vm.dict_set_str(d, "__module__", vm.new_str("struct"));
    }
    let bases = vm.new_tuple(vec![vm.exc.exception.clone()]);
    let err = vm.call(&vm.types.type_, &[vm.new_str("error"), bases, ns])?;
    set(vm, &m, "error", err);
    Ok(m)
}

/// A `struct.error` with `msg`.
fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let md = vm.as_dict(&vm.modules);
    let cls = md
        .and_then(|md| vm.dict_get_str_key(md, "_struct"))
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| {
            vm.as_dict(&d)
                .and_then(|dd| vm.dict_get_str_key(dd, "error"))
        });
    let cls = cls.unwrap_or_else(|| vm.exc.exception.clone());
    vm.new_exception_msg(&cls, msg)
}

/// One format item: code, repeat count (length for s/p), byte offset, item size.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    little: bool,
    native: bool,
    items: Vec<Item>,
    size: usize,
    /// Number of Python values the format packs or unpacks.
    nvalues: usize,
}

fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn fmt_text(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = vm.as_str_data(v) {
        return Ok(s.s.to_string());
    }
    if let Some(b) = vm.as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    )))
}

fn parse(vm: &Vm, fmt: &Value) -> PyResult<Layout> {
    let text = fmt_text(vm, fmt)?;
    let b = text.as_bytes();
    let (mut i, little, native) = match b.first() {
        Some(b'<') => (1, true, false),
        Some(b'>') | Some(b'!') => (1, false, false),
        Some(b'=') => (1, cfg!(target_endian = "little"), false),
        Some(b'@') => (1, cfg!(target_endian = "little"), true),
        _ => (0, cfg!(target_endian = "little"), true),
    };
    let too_long = || error(vm, "total struct size too long");
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < b.len() && b[i].is_ascii_digit() {
            let d = (b[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|x| x.checked_add(d))
                    .ok_or_else(too_long)?,
            );
            i += 1;
        }
        if i >= b.len() {
            return Err(error(vm, "repeat count given without format specifier"));
        }
        let code = b[i];
        i += 1;
        let isz = item_size(code, native).ok_or_else(|| error(vm, "bad char in struct format"))?;
        let count = count.unwrap_or(1);
        if native && isz > 1 {
            // Native mode aligns each field to its own size, as a C compiler would.
            size = size.checked_add(isz - 1).ok_or_else(too_long)? / isz * isz;
        }
        let offset = size;
        let span = count.checked_mul(isz).ok_or_else(too_long)?;
        size = size.checked_add(span).ok_or_else(too_long)?;
        match code {
            b'x' => {}
            b's' | b'p' => nvalues += 1,
            _ => nvalues += count,
        }
        items.push(Item {
            code,
            count,
            offset,
            size: isz,
        });
    }
    Ok(Layout {
        little,
        native,
        items,
        size,
        nvalues,
    })
}

fn calcsize(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "calcsize", 1, 1)?;
    Ok(vm.new_int_usize(parse(vm, &a.pos[0])?.size))
}

/// The integer value of `v` for an integer code, via `__index__`.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i128> {
    let iv = match vm.as_int(v) {
        Some(i) => i.to_big(),
        None => {
            if vm.as_float(v).is_some() || vm.getattr_opt(v, &vm.new_str("__index__"))?.is_none() {
                return Err(error(vm, "required argument is not an integer"));
            }
            let r = vm.index(v)?;
            match vm.as_int(&r) {
                Some(i) => i.to_big(),
                None => return Err(error(vm, "required argument is not an integer")),
            }
        }
    };
    // Anything beyond 128 bits is out of range for every code.
    Ok(iv.to_i128().unwrap_or(i128::MAX))
}

fn put_int(vm: &Vm, code: u8, size: usize, lay: &Layout, v: &Value) -> PyResult<u64> {
    let x = int_arg(vm, v)?;
    let unsigned = matches!(code, b'B' | b'H' | b'I' | b'L' | b'Q' | b'N');
    if code == b'P' {
        if x < i64::MIN as i128 || x > u64::MAX as i128 {
            return Err(error(vm, "int too large to convert"));
        }
        return Ok(x as u64);
    }
    let bits = size * 8;
    let (lo, hi) = if unsigned {
        (0i128, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    };
    if x < lo || x > hi {
        return Err(error(
            vm,
            int_range_message(code, size, lay, unsigned, x, lo, hi),
        ));
    }
    Ok(x as u64)
}

/// CPython's wording for an out-of-range integer, which depends on the pack function that
/// runs: the host-order table (`@`, and `<`/`=` on a little-endian host) packs every code
/// whose standard size equals the native one with the native function, `b`/`B` always
/// use the native functions, and the other standard ones have their own messages.
fn int_range_message(
    code: u8,
    size: usize,
    lay: &Layout,
    unsigned: bool,
    x: i128,
    lo: i128,
    hi: i128,
) -> String {
    let c = code as char;
    let host_order = lay.little == cfg!(target_endian = "little");
    let native_fn = lay.native
        || matches!(code, b'b' | b'B')
        || (host_order && item_size(code, true) == Some(size));
    // The conversion to a C long / unsigned long (or long long) fails first.
    // (Native `B` and `H` convert through a signed C long.)
    let c_overflow = if unsigned && !(native_fn && matches!(code, b'B' | b'H')) {
        x < 0 || x > u64::MAX as i128
    } else {
        x < i64::MIN as i128 || x > i64::MAX as i128
    };
    if !native_fn && matches!(code, b'q' | b'Q') {
        return "int too large to convert".to_string();
    }
    if c_overflow {
        return "argument out of range".to_string();
    }
    match (native_fn, code) {
        (true, b'b') => "byte format requires -128 <= number <= 127".to_string(),
        (true, b'B') => "ubyte format requires 0 <= number <= 255".to_string(),
        (true, b'h') => "short format requires -32768 <= number <= 32767".to_string(),
        (true, b'H') => "ushort format requires 0 <= number <= 65535".to_string(),
        (true, b'i' | b'I') | (false, _) => {
            format!("'{c}' format requires {lo} <= number <= {hi}")
        }
        _ => "argument out of range".to_string(),
    }
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = vm.as_float(v) {
        return Ok(f);
    }
    if let Some(i) = vm.as_int(v) {
        // CPython reports an int beyond float range as not being a float at all.
        return i
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| error(vm, "required argument is not a float"));
    }
    // Any object with `__float__` (or `__index__`) converts, as PyFloat_AsDouble does;
    // a str or other object without them is "not a float".
    if vm.lookup_special(v, &vm.intern("__float__")).is_some()
        || vm.lookup_special(v, &vm.intern("__index__")).is_some()
    {
        let f = vm.call(&vm.types.float, std::slice::from_ref(v))?;
        if let Some(f) = vm.as_float(&f) {
            return Ok(f);
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// Round-half-even conversion to IEEE half precision.
fn to_half(vm: &Vm, x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: units of 2^-24; rounding up to 0x400 gives the smallest normal.
        let m = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Ok(sign | m);
    }
    let mut e = a.log2().floor() as i32;
    // log2 may be off by one near powers of two.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e > 15 {
        return Err(vm.overflow_error("float too large to pack with e format"));
    }
    Ok(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn write_uint(out: &mut [u8], v: u64, little: bool) {
    let n = out.len();
    for k in 0..n {
        let byte = (v >> (8 * k)) as u8;
        if little {
            out[k] = byte;
        } else {
            out[n - 1 - k] = byte;
        }
    }
}

fn read_uint(data: &[u8], little: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..data.len() {
        let byte = if little {
            data[data.len() - 1 - k]
        } else {
            data[k]
        };
        v = (v << 8) | byte as u64;
    }
    v
}

fn bytes_of(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = vm.as_bytes(v) {
        return Some(b.to_vec());
    }
    vm.as_bytearray(v).map(|ba| unsafe { ba.b.get() }.clone())
}

/// Packs `vals` per `lay` into `out` (of `lay.size` bytes).
fn pack_values(vm: &Vm, lay: &Layout, vals: &[Value], out: &mut [u8], fname: &str) -> PyResult<()> {
    if vals.len() != lay.nvalues {
        return Err(error(
            vm,
            format!(
                "{fname} expected {} items for packing (got {})",
                lay.nvalues,
                vals.len()
            ),
        ));
    }
    let mut vi = 0;
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = &vals[vi];
                vi += 1;
                let data = bytes_of(vm, v).ok_or_else(|| {
                    error(
                        vm,
                        format!("argument for '{}' must be a bytes object", it.code as char),
                    )
                })?;
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    // Pascal string: a length byte, then at most count-1 bytes.
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for k in 0..it.count {
                    let v = &vals[vi];
                    vi += 1;
                    let off = it.offset + k * it.size;
                    let dst = &mut out[off..off + it.size];
                    pack_one(vm, lay, it, v, dst).map_err(|e| int_overflow_to_error(vm, v, e))?;
                }
            }
        }
    }
    Ok(())
}

/// CPython's pack turns an OverflowError raised while packing an int argument into
/// `struct.error("int too large to convert")` (so `pack('e', 70000)` is a struct.error).
fn int_overflow_to_error(vm: &Vm, v: &Value, e: PyErr) -> PyErr {
    if vm.as_int(v).is_some()
        && vm
            .exception_matches(&e.0, &vm.exc.overflow_error)
            .unwrap_or(false)
    {
        return error(vm, "int too large to convert");
    }
    e
}

fn pack_one(vm: &Vm, lay: &Layout, it: &Item, v: &Value, dst: &mut [u8]) -> PyResult<()> {
    match it.code {
        b'c' => match bytes_of(vm, v) {
            Some(b) if b.len() == 1 => dst[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => dst[0] = vm.truthy(v)? as u8,
        b'e' => {
            let h = to_half(vm, float_arg(vm, v)?)?;
            write_uint(dst, h as u64, lay.little);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let f = x as f32;
            if !lay.native && f.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            write_uint(dst, f.to_bits() as u64, lay.little);
        }
        b'd' => write_uint(dst, float_arg(vm, v)?.to_bits(), lay.little),
        code => {
            let x = put_int(vm, code, it.size, lay, v)?;
            write_uint(dst, x, lay.little);
        }
    }
    Ok(())
}

fn unpack_values(vm: &Vm, lay: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(lay.nvalues);
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(data[it.offset..it.offset + it.count].to_vec())),
            b'p' => {
                let field = &data[it.offset..it.offset + it.count];
                let n = field
                    .first()
                    .map_or(0, |&n| (n as usize).min(it.count.saturating_sub(1)));
                out.push(vm.new_bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            _ => {
                for k in 0..it.count {
                    let off = it.offset + k * it.size;
                    let raw = &data[off..off + it.size];
                    out.push(unpack_one(vm, lay, it.code, raw));
                }
            }
        }
    }
    vm.new_tuple(out)
}

fn unpack_one(vm: &Vm, lay: &Layout, code: u8, raw: &[u8]) -> Value {
    let u = read_uint(raw, lay.little);
    match code {
        b'c' => vm.new_bytes(raw.to_vec()),
        b'?' => vm.bool_val(u != 0),
        b'e' => vm.new_float(from_half(u as u16)),
        b'f' => vm.new_float(f32::from_bits(u as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(u)),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => {
            vm.new_bigint(num_bigint::BigInt::from(u))
        }
        _ => {
            // Sign-extend from the item's width.
            let bits = raw.len() * 8;
            let s = if bits == 64 {
                u as i64
            } else {
                ((u << (64 - bits)) as i64) >> (64 - bits)
            };
            vm.new_int(s)
        }
    }
}

fn pack(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("missing format argument"));
    }
    let lay = parse(vm, &a.pos[0])?;
    // A huge repeat count must raise, not abort the process on allocation.
    if lay.size > isize::MAX as usize / 2 || lay.size > (1usize << 40) {
        return Err(vm.new_exception(&vm.exc.memory_error, vec![]));
    }
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &a.pos[1..], &mut out, "pack")?;
    Ok(vm.new_bytes(out))
}

fn unpack(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "unpack", 2, 2)?;
    let lay = parse(vm, &a.pos[0])?;
    crate::builtins::bytes::with_buffer(vm, &a.pos[1], |data| {
        if data.len() != lay.size {
            return Err(error(
                vm,
                format!("unpack requires a buffer of {} bytes", lay.size),
            ));
        }
        Ok(unpack_values(vm, &lay, data))
    })?
}

fn unpack_from(vm: &Vm, a: Args) -> PyResult<Value> {
    let args = crate::stdlib::registry_system::sysutil::parse(
        vm,
        &a,
        "unpack_from",
        &["format", "buffer", "offset"],
        2,
        3,
    )?;
    let (Some(fmt), Some(buf)) = (&args[0], &args[1]) else {
        return Err(vm.type_error("unpack_from() missing required argument"));
    };
    let lay = parse(vm, fmt)?;
    let off = match &args[2] {
        Some(o) => vm.index_isize(o)?,
        None => 0,
    };
    crate::builtins::bytes::with_buffer(vm, buf, |data| {
        let mut off = off;
        let n = data.len() as i64;
        if off < 0 {
            if off + n < 0 {
                return Err(error(
                    vm,
                    format!("offset {off} out of range for {n}-byte buffer"),
                ));
            }
            // (A read from a negative offset must end inside the buffer.)
            if off + lay.size as i64 > 0 {
                return Err(error(
                    vm,
                    format!(
                        "not enough data to unpack {} bytes at offset {off}",
                        lay.size
                    ),
                ));
            }
            off += n;
        }
        if n - off < lay.size as i64 {
            let msg = format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                lay.size as i64 + off,
                lay.size,
                off,
                n
            );
            return Err(error(vm, msg));
        }
        let off = off as usize;
        Ok(unpack_values(vm, &lay, &data[off..off + lay.size]))
    })?
}

fn pack_into(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(vm.type_error("pack_into expected buffer argument"));
    }
    let lay = parse(vm, &a.pos[0])?;
    let Some(ba) = vm.as_bytearray(&a.pos[1]) else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            crate::builtins::str::args::arg_type_name(vm, &a.pos[1])
        )));
    };
    let mut packed = vec![0u8; lay.size];
    pack_values(vm, &lay, &a.pos[3..], &mut packed, "pack_into")?;
    let mut off = vm.index_isize(&a.pos[2])?;
    // SAFETY: the bytearray is only touched by this thread and no borrow is held across calls.
    let buf = unsafe { ba.b.get_mut() };
    let n = buf.len() as i64;
    if off < 0 {
        if off + n < 0 {
            return Err(error(
                vm,
                format!("offset {off} out of range for {n}-byte buffer"),
            ));
        }
        if off + lay.size as i64 > 0 {
            return Err(error(
                vm,
                format!("no space to pack {} bytes at offset {off}", lay.size),
            ));
        }
        off += n;
    }
    if n - off < lay.size as i64 {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                lay.size as i64 + off,
                lay.size,
                off,
                n
            ),
        ));
    }
    let off = off as usize;
    buf[off..off + lay.size].copy_from_slice(&packed);
    Ok(vm.none.clone())
}
