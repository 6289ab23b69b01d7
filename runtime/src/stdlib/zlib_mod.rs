//! `zlib`: one-shot `compress`/`decompress`, the checksums, the constants and `zlib.error`,
//! on the zlib C library (`zlib_stream`), with CPython's loops, argument rules and messages;
//! the streaming objects are in `zlib_objects`.

use super::zlib_objects;
use super::zlib_stream::{self as zs, OutBuf, Stream};
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{clinic_int, clinic_ssize, module, positional, set};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// `zlib.error`, made on first import.
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Why a zlib operation failed, as CPython reports it.
pub enum Fail {
    /// `zlib.error("Error <code> <during>[: <zlib's message>]")`.
    Zlib {
        code: i32,
        during: &'static str,
        msg: Option<String>,
    },
    /// `zlib.error` with a fixed message.
    Plain(&'static str),
    Value(&'static str),
    Memory(&'static str),
    Overflow(&'static str),
}

impl Fail {
    /// A failure of `code` while `during`, with the stream's message or zlib's meaning of the code.
    pub fn of(st: &Stream, code: i32, during: &'static str) -> Fail {
        let msg = if code == libz_sys::Z_VERSION_ERROR {
            Some("library version mismatch".to_string())
        } else {
            st.msg().or_else(|| {
                match code {
                    zs::Z_BUF_ERROR => Some("incomplete or truncated stream"),
                    zs::Z_STREAM_ERROR => Some("inconsistent stream state"),
                    zs::Z_DATA_ERROR => Some("invalid input data"),
                    _ => None,
                }
                .map(str::to_string)
            })
        };
        Fail::Zlib { code, during, msg }
    }

    /// The Python exception.
    pub fn raise(self, vm: &Vm) -> PyErr {
        match self {
            Fail::Zlib { code, during, msg } => {
                let text = match msg {
                    Some(m) => format!("Error {code} {during}: {m:.200}"),
                    None => format!("Error {code} {during}"),
                };
                vm.new_exception_msg(&error_class(vm), text)
            }
            Fail::Plain(m) => vm.new_exception_msg(&error_class(vm), m),
            Fail::Value(m) => vm.value_error(m),
            Fail::Memory(m) => vm.new_exception_msg(&vm.exc.memory_error, m),
            Fail::Overflow(m) => vm.overflow_error(m),
        }
    }
}

fn error_class(vm: &Vm) -> Value {
    ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| vm.exc.exception.clone())
}

/// Arguments as argument clinic reads them: `spec` names every parameter, the first
/// `posonly` only by position, the first `required` must be given, at most `maxpos` by position.
pub fn clinic(
    vm: &Vm,
    a: &Args,
    fname: &str,
    spec: &[&str],
    posonly: usize,
    required: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let npos = a.pos.len();
    let given = npos + a.kwnames.len();
    if given > spec.len() {
        let kw = if npos == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {kw}argument{} ({given} given)",
            spec.len(),
            s(spec.len())
        )));
    }
    if npos > maxpos {
        return Err(vm.type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let how = if required < maxpos {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{fname}() takes {how} {maxpos} positional argument{} ({npos} given)",
                s(maxpos)
            )
        }));
    }
    let min_posonly = posonly.min(required);
    if npos < min_posonly {
        let how = if posonly < maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {min_posonly} positional argument{} ({npos} given)",
            s(min_posonly)
        )));
    }
    crate::stdlib::registry_data::native_type::bind_named_posonly(
        vm, a, fname, spec, posonly, required,
    )
}

/// A C int argument, or `default` when absent.
pub fn int_or(vm: &Vm, v: &Option<Value>, default: i32) -> PyResult<i32> {
    match v {
        Some(v) => clinic_int(vm, v),
        None => Ok(default),
    }
}

/// A Py_ssize_t argument, or `default` when absent.
pub fn ssize_or(vm: &Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => clinic_ssize(vm, v),
        None => Ok(default),
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
pub fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::bytes::buffer_arg(vm, v)
}

/// The flush mode for a chunk of input: `last` only once the rest of the input fits one call.
pub fn chunk_flush(remaining: usize, last: i32) -> i32 {
    if remaining > u32::MAX as usize {
        zs::Z_NO_FLUSH
    } else {
        last
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = clinic(vm, &a, "compress", &["data", "level", "wbits"], 1, 1, 3)?;
    let data = data_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let level = int_or(vm, &p[1], -1)?;
    let wbits = int_or(vm, &p[2], 15)?;
    let out = compress_bytes(&data, level, wbits).map_err(|f| f.raise(vm))?;
    Ok(vm.new_bytes(out))
}

/// The one-shot compressor: all the input, then `Z_FINISH`, into CPython's growing blocks.
pub fn compress_bytes(data: &[u8], level: i32, wbits: i32) -> Result<Vec<u8>, Fail> {
    let (mut st, code) = Stream::deflate(level, libz_sys::Z_DEFLATED, wbits, 8, 0);
    match code {
        zs::Z_OK => {}
        zs::Z_MEM_ERROR => return Err(Fail::Memory("Out of memory while compressing data")),
        zs::Z_STREAM_ERROR => return Err(Fail::Plain("Bad compression level")),
        c => return Err(Fail::of(&st, c, "while compressing data")),
    }
    let mut buf = OutBuf::new(None);
    let mut room = buf.grow().unwrap_or(0);
    let mut pos = 0;
    loop {
        let flush = chunk_flush(data.len() - pos, zs::Z_FINISH);
        loop {
            if room == 0 {
                room = buf.grow().unwrap_or(0);
            }
            let s = st.step(&data[pos..], &mut buf.data, room, flush);
            pos += s.consumed;
            room -= s.produced;
            if s.code == zs::Z_STREAM_ERROR {
                return Err(Fail::of(&st, s.code, "while compressing data"));
            }
            if room != 0 {
                break;
            }
        }
        if flush == zs::Z_FINISH {
            break;
        }
    }
    match st.end() {
        zs::Z_OK => Ok(buf.data),
        c => Err(Fail::of(&st, c, "while finishing compression")),
    }
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = clinic(vm, &a, "decompress", &["data", "wbits", "bufsize"], 1, 1, 3)?;
    let data = data_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let wbits = int_or(vm, &p[1], 15)?;
    let bufsize = ssize_or(vm, &p[2], 16384)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let out = decompress_bytes(&data, wbits).map_err(|f| f.raise(vm))?;
    Ok(vm.new_bytes(out))
}

/// The one-shot decompressor: the whole stream must be there (`Z_FINISH` on the last input).
pub fn decompress_bytes(data: &[u8], wbits: i32) -> Result<Vec<u8>, Fail> {
    let (mut st, code) = Stream::inflate(wbits);
    match code {
        zs::Z_OK => {}
        zs::Z_MEM_ERROR => return Err(Fail::Memory("Out of memory while decompressing data")),
        c => return Err(Fail::of(&st, c, "while preparing to decompress data")),
    }
    let mut buf = OutBuf::new(None);
    let mut room = buf.grow().unwrap_or(0);
    let mut pos = 0;
    let mut code;
    loop {
        let flush = chunk_flush(data.len() - pos, zs::Z_FINISH);
        loop {
            if room == 0 {
                room = buf.grow().unwrap_or(0);
            }
            let s = st.step(&data[pos..], &mut buf.data, room, flush);
            pos += s.consumed;
            room -= s.produced;
            code = s.code;
            match code {
                zs::Z_OK | zs::Z_BUF_ERROR | zs::Z_STREAM_END => {}
                zs::Z_MEM_ERROR => {
                    return Err(Fail::Memory("Out of memory while decompressing data"))
                }
                c => return Err(Fail::of(&st, c, "while decompressing data")),
            }
            if room != 0 {
                break;
            }
        }
        if code == zs::Z_STREAM_END || flush == zs::Z_FINISH {
            break;
        }
    }
    if code != zs::Z_STREAM_END {
        return Err(Fail::of(&st, code, "while decompressing data"));
    }
    match st.end() {
        zs::Z_OK => Ok(buf.data),
        c => Err(Fail::of(&st, c, "while finishing decompression")),
    }
}

/// The `value` of the checksums: any int, kept to its low 32 bits.
fn checksum_start(vm: &Vm, v: Option<&Value>, default: u32) -> PyResult<u32> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.index(v)?;
    let r = vm
        .as_int(&i)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    if let Some(n) = r.to_i64() {
        return Ok(n as u32);
    }
    let big = r.to_big();
    let m = num_integer::Integer::mod_floor(&big, &num_bigint::BigInt::from(1u64 << 32));
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

fn checksum(
    vm: &Vm,
    a: &Args,
    name: &str,
    default: u32,
    f: fn(u32, &[u8]) -> u32,
) -> PyResult<Value> {
    positional(vm, a, &format!("zlib.{name}"), name, 1, 2)?;
    let data = data_arg(vm, &a.pos[0])?;
    let start = checksum_start(vm, a.pos.get(1), default)?;
    Ok(vm.new_int_usize(f(start, &data) as usize))
}

fn crc32(vm: &Vm, a: Args) -> PyResult<Value> {
    checksum(vm, &a, "crc32", 0, zs::crc32)
}

fn adler32(vm: &Vm, a: Args) -> PyResult<Value> {
    checksum(vm, &a, "adler32", 1, zs::adler32)
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", zlib_objects::compressobj),
        ("decompressobj", zlib_objects::decompressobj),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    let m = module(vm, "zlib", fns);
    let ns = vm.new_dict();
    if let Some(d) = vm.as_dict(&ns) {
        vm.dict_set_str(d, "__module__", vm.new_str("zlib"));
    }
    let err = vm.call(
        &vm.types.type_,
        &[
            vm.new_str("error"),
            vm.new_tuple(vec![vm.exc.exception.clone()]),
            ns,
        ],
    )?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set(vm, &m, "error", err);
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (name, v) in ints {
        set(vm, &m, name, vm.new_int(*v));
    }
    let version = zs::version();
    set(vm, &m, "ZLIB_VERSION", vm.new_str(version.clone()));
    set(vm, &m, "ZLIB_RUNTIME_VERSION", vm.new_str(version));
    set(vm, &m, "__version__", vm.new_str("1.0"));
    zlib_objects::init(vm);
    Ok(m)
}
