//! `bytes` and `bytearray`: construction, repr, indexing and slicing, iteration, concatenation,
//! repetition, comparison and hashing; the methods live in the `bytes_*` files.

#[path = "bytes_format.rs"]
pub(crate) mod format;
#[path = "bytes_methods.rs"]
mod methods;
#[path = "bytes_mut.rs"]
mod mutate;

use super::str::args::{check_noargs, check_one};
use crate::bytecode::{BinOp, CmpOp};
use crate::object::bytes::{ByteArrayData, BytesData};
use crate::object::iter::SeqIterData;
use crate::object::native::{Args, MethodKind, NativeFn};
use crate::object::value::{PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// The contents of a bytes or bytearray `v` (empty for anything else).
/// Never hold the slice across a call that can run Python code: a bytearray may change.
pub fn data<'a>(vm: &Vm, v: &'a Value) -> &'a [u8] {
    if let Some(b) = vm.as_bytes(v) {
        return b;
    }
    match vm.as_bytearray(v) {
        Some(ba) => unsafe { ba.b.get() },
        None => &[],
    }
}

/// A copy of a bytes-like object's contents (bytes or bytearray), or None.
pub fn bytes_view(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = vm.as_bytes(v) {
        return Some(b.to_vec());
    }
    if let Some(ba) = vm.as_bytearray(v) {
        return Some(unsafe { ba.b.get() }.clone());
    }
    crate::builtins::memoryview::view_bytes(vm, v).or_else(|| class_buffer(vm, v))
}

/// The bytes of an instance of a library class that stands for a C buffer type of
/// CPython's (`array.array`): its `__ember_buffer__()` gives them. (CPython 3.11 has no
/// buffer protocol for Python classes, so user classes are not consulted.)
fn class_buffer(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if v.is_small()
        || !vm
            .type_data_of(v)
            .has_flag(crate::object::typeobj::tflags::HEAPTYPE)
    {
        return None;
    }
    let f = vm.lookup_special(v, &vm.intern("__ember_buffer__"))?;
    let b = vm.call_bound_special(&f, v, &[]).ok()?;
    vm.as_bytes(&b).map(|b| b.to_vec())
}

/// Like `bytes_view`, with CPython's TypeError for anything else.
pub fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_view(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Runs `f` on a bytes-like object's contents, borrowed where they can be (bytes,
/// bytearray) rather than copied: `struct.unpack_from` over a large buffer in a loop
/// copied the whole buffer per call. `f` must run no Python code.
pub fn with_buffer<R>(vm: &Vm, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Some(b) = vm.as_bytes(v) {
        return Ok(f(b));
    }
    if let Some(ba) = vm.as_bytearray(v) {
        // SAFETY: nothing resizes the bytearray while `f` (no Python code) runs.
        return Ok(f(unsafe { ba.b.get() }));
    }
    Ok(f(&buffer_arg(vm, v)?))
}

pub fn is_bytearray(vm: &Vm, v: &Value) -> bool {
    vm.as_bytearray(v).is_some()
}

/// "bytes" or "bytearray", as CPython's messages name the receiver.
pub fn kind(vm: &Vm, v: &Value) -> &'static str {
    if is_bytearray(vm, v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A result of the receiver's kind: bytearray methods return bytearrays, bytes ones bytes.
pub fn new_like(vm: &Vm, this: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(vm, this) {
        vm.new_bytearray(b)
    } else {
        vm.new_bytes(b)
    }
}

/// `repr` of the bytes `b`: `b'...'`, with double quotes when only `'` occurs.
pub fn bytes_repr(b: &[u8]) -> String {
    repr_quoted(b, false)
}

/// The `b'...'` part of a repr; bytearray's always escapes `'`, even inside double quotes.
fn repr_quoted(b: &[u8], always_escape_single: bool) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q || (c == b'\'' && always_escape_single) => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q as char);
    out
}

/// An integer argument that must be a byte value (`append`, `in`, item assignment).
pub fn byte_value(vm: &Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = vm.index(v)?;
    match vm.as_int(&i).and_then(|r| r.to_i64()) {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(vm.value_error(msg)),
    }
}

pub const BYTE_RANGE: &str = "byte must be in range(0, 256)";

pub fn init(vm: &Vm) {
    let b = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    vm.add_method_kind(&b, "__new__", bytes_new, MethodKind::Static);
    vm.add_method_kind(&ba, "__new__", bytearray_new, MethodKind::Static);
    vm.add_method(&ba, "__init__", bytearray_init);
    vm.add_method(&b, "__hash__", |vm, a| {
        check_noargs(vm, &a, "__hash__")?;
        let d = unsafe { a.pos[0].payload::<BytesData>() };
        let mut h = d.hash.get();
        if h == -1 {
            h = crate::object::hash::hash_bytes(vm.hash_key, &d.b);
            if h == -1 {
                h = -2;
            }
            d.hash.set(h);
        }
        Ok(vm.new_int(h))
    });
    vm.add_type_attr(&ba, "__hash__", vm.none.clone());
    vm.add_method(&b, "__bytes__", |vm, a| {
        check_noargs(vm, &a, "bytes.__bytes__")?;
        if vm.is_exact(&a.pos[0], &vm.types.bytes) {
            return Ok(a.pos[0].clone());
        }
        Ok(vm.new_bytes(data(vm, &a.pos[0]).to_vec()))
    });
    vm.add_method(&b, "__getnewargs__", |vm, a| {
        Ok(vm.new_tuple(vec![vm.new_bytes(data(vm, &a.pos[0]).to_vec())]))
    });
    for t in [&b, &ba] {
        let common: [(&'static str, NativeFn); 12] = [
            ("__repr__", repr),
            // bytes has its own __str__ (CPython's bytes_str), so a subclass's __repr__ is not used.
            ("__str__", repr),
            ("__sizeof__", |vm, a| {
                check_noargs(vm, &a, "__sizeof__")?;
                let n = data(vm, &a.pos[0]).len();
                Ok(vm.new_int_usize(if is_bytearray(vm, &a.pos[0]) {
                    // A non-empty bytearray keeps room for a trailing NUL.
                    56 + if n > 0 { n + 1 } else { 0 }
                } else {
                    33 + n
                }))
            }),
            ("__len__", |vm, a| {
                check_noargs(vm, &a, "__len__")?;
                Ok(vm.new_int_usize(data(vm, &a.pos[0]).len()))
            }),
            ("__getitem__", getitem),
            ("__iter__", |vm, a| {
                check_noargs(vm, &a, "__iter__")?;
                Ok(vm.new_seq_iter(a.pos[0].clone(), "bytes_iterator"))
            }),
            ("__add__", add),
            ("__mul__", |vm, a| mul(vm, a, false)),
            ("__rmul__", |vm, a| mul(vm, a, true)),
            ("__contains__", contains),
            ("__mod__", format::bytes_mod),
            ("__rmod__", format::bytes_rmod),
        ];
        for (name, f) in common {
            vm.add_method(t, name, f);
        }
        let cmps: [(&'static str, NativeFn); 6] = [
            ("__lt__", |vm, a| compare(vm, a, CmpOp::Lt)),
            ("__le__", |vm, a| compare(vm, a, CmpOp::Le)),
            ("__eq__", |vm, a| compare(vm, a, CmpOp::Eq)),
            ("__ne__", |vm, a| compare(vm, a, CmpOp::Ne)),
            ("__gt__", |vm, a| compare(vm, a, CmpOp::Gt)),
            ("__ge__", |vm, a| compare(vm, a, CmpOp::Ge)),
        ];
        for (name, f) in cmps {
            vm.add_method(t, name, f);
        }
        methods::init(vm, t);
        format::init(vm, t);
    }
    mutate::init(vm, &ba);
    let it = vm.types.misc["bytes_iterator"].clone();
    vm.add_method(&it, "__next__", iter_next);
}

/// `__next__` of the iterator over a bytes or bytearray (which may change size meanwhile).
fn iter_next(vm: &Vm, a: Args) -> PyResult<Value> {
    let it = &a.pos[0];
    if !vm.type_of(it).is(&vm.types.misc["bytes_iterator"]) {
        return Err(vm.type_error("not a bytes iterator"));
    }
    let d = unsafe { it.payload::<SeqIterData>() };
    let Some(seq) = (unsafe { d.seq.get() }).clone() else {
        return Err(vm.stop_iteration(None));
    };
    let i = d.index.get();
    let b = data(vm, &seq);
    if i < b.len() {
        d.index.set(i + 1);
        return Ok(vm.new_int(b[i] as i64));
    }
    let old = unsafe { d.seq.get_mut().take() };
    drop(old);
    Err(vm.stop_iteration(None))
}

fn repr(vm: &Vm, a: Args) -> PyResult<Value> {
    check_noargs(vm, &a, "__repr__")?;
    let this = &a.pos[0];
    if is_bytearray(vm, this) {
        let r = repr_quoted(data(vm, this), true);
        return Ok(vm.new_str(format!("{}({r})", vm.type_name(this))));
    }
    let r = bytes_repr(data(vm, this));
    Ok(vm.new_str(r))
}

/// The contents for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn from_source(
    vm: &Vm,
    source: Option<Value>,
    enc: Option<String>,
    errors: Option<String>,
    what: &str,
) -> PyResult<Vec<u8>> {
    let Some(x) = source else {
        if enc.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if vm.is_str(&x) {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        use super::str::codecs;
        let codec = codecs::text_lookup(vm, &enc, "encode")?;
        let errors = errors.as_deref().unwrap_or("strict");
        if let Some(r) = codecs::via_registered_handler(vm, &x, &enc, errors, true) {
            return Ok(bytes_view(vm, &r?).unwrap_or_default());
        }
        return codecs::encode(vm, &x, codec, errors);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if what == "bytes" {
        if let Some(f) = vm.lookup_special(&x, &vm.names.bytes) {
            let r = vm.call_bound_special(&f, &x, &[])?;
            return match vm.as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if let Some(b) = bytes_view(vm, &x) {
        return Ok(b);
    }
    if vm.is_int(&x) || vm.lookup_special(&x, &vm.names.index).is_some() {
        let i = vm.index(&x)?;
        let n = vm.as_int(&i).and_then(|r| r.to_i64()).ok_or_else(|| {
            vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(&x)
            ))
        })?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > 1 << 36 {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.iter(&x) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {what}",
                vm.type_name(&x)
            )))
        }
        Err(e) => return Err(e),
    };
    let msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        BYTE_RANGE
    };
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(byte_value(vm, &v, msg)?);
    }
    Ok(out)
}

/// Parses `(source, encoding, errors)` for the bytes and bytearray constructors.
fn ctor_args(
    vm: &Vm,
    a: &Args,
    what: &str,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    a.only_kw(vm, what, &["source", "encoding", "errors"])?;
    let n = a.pos.len() - 1 + a.kwnames.len();
    if n > 3 {
        return Err(vm.type_error(format!("{what}() takes at most 3 arguments ({n} given)")));
    }
    let source = a.pos.get(1).cloned().or_else(|| a.kw(vm, "source"));
    let (enc, errors) = super::str::codecs::enc_args(vm, a, what, 2)?;
    Ok((source, enc, errors))
}

fn bytes_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let (source, enc, errors) = ctor_args(vm, &a, "bytes")?;
    if cls.is(&vm.types.bytes) {
        if let Some(s) = &source {
            if vm.is_exact(s, &vm.types.bytes) && enc.is_none() && errors.is_none() {
                return Ok(s.clone());
            }
        }
    }
    let b = from_source(vm, source, enc, errors, "bytes")?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(b));
    }
    Ok(vm.new_instance(
        cls,
        BytesData {
            b: b.into_boxed_slice(),
            hash: Cell::new(-1),
        },
    ))
}

fn bytearray_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    if cls.is(&vm.types.bytearray) {
        return Ok(vm.new_bytearray(Vec::new()));
    }
    Ok(vm.new_instance(
        cls,
        ByteArrayData {
            b: PyCell::new(Vec::new()),
        },
    ))
}

fn bytearray_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let (source, enc, errors) = ctor_args(vm, &a, "bytearray")?;
    let b = from_source(vm, source, enc, errors, "bytearray")?;
    if let Some(ba) = vm.as_bytearray(&a.pos[0]) {
        let old = std::mem::replace(unsafe { ba.b.get_mut() }, b);
        drop(old);
    }
    Ok(vm.none.clone())
}

fn getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__getitem__")?;
    let this = &a.pos[0];
    let key = &a.pos[1];
    let ba = is_bytearray(vm, this);
    if vm.is_exact(key, &vm.types.slice) {
        let len = data(vm, this).len();
        let (start, stop, step) = vm.slice_indices(key, len)?;
        let b = data(vm, this);
        let out: Vec<u8> = if step == 1 {
            if start >= stop {
                Vec::new()
            } else {
                b[start as usize..stop as usize].to_vec()
            }
        } else {
            let mut v = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                v.push(b[i as usize]);
                i += step;
            }
            v
        };
        if step == 1 && !ba && vm.is_exact(this, &vm.types.bytes) && out.len() == len {
            return Ok(this.clone());
        }
        return Ok(new_like(vm, this, out));
    }
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            if ba { "bytearray" } else { "byte" },
            vm.type_name(key)
        )));
    }
    let i = vm.index_isize(key)?;
    let b = data(vm, this);
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(vm.new_int(b[j as usize] as i64))
}

/// For `seq + x` with a non-bytes `x`: defer to a Python-level `__radd__`, else CPython's error.
pub fn concat_error(vm: &Vm, this: &Value, x: &Value) -> PyResult<Value> {
    let rname = &vm.names.rbinop[BinOp::Add as usize];
    if let Some(f) = vm.lookup(&vm.type_of(x), rname) {
        if !vm.is_exact(&f, &vm.types.method_descriptor) {
            return Ok(vm.not_implemented.clone());
        }
    }
    Err(vm.type_error(format!(
        "can't concat {} to {}",
        vm.type_name(x),
        vm.type_name(this)
    )))
}

fn add(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__add__")?;
    let Some(other) = bytes_view(vm, &a.pos[1]) else {
        return concat_error(vm, &a.pos[0], &a.pos[1]);
    };
    let mut v = data(vm, &a.pos[0]).to_vec();
    v.extend_from_slice(&other);
    Ok(new_like(vm, &a.pos[0], v))
}

fn mul(vm: &Vm, a: Args, reflected: bool) -> PyResult<Value> {
    check_one(vm, &a, if reflected { "__rmul__" } else { "__mul__" })?;
    let Some(k) = super::str::repeat_count(vm, &a.pos[1])? else {
        return super::str::not_int_repeat(vm, &a.pos[1], reflected);
    };
    let this = &a.pos[0];
    let b = data(vm, this);
    if k <= 0 || b.is_empty() {
        return Ok(new_like(vm, this, Vec::new()));
    }
    if k == 1 && vm.is_exact(this, &vm.types.bytes) {
        return Ok(this.clone());
    }
    let size = (b.len() as u128) * (k as u128);
    if size > isize::MAX as u128 && !is_bytearray(vm, this) {
        return Err(vm.overflow_error("repeated bytes are too long"));
    }
    if size > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    Ok(new_like(vm, this, b.repeat(k as usize)))
}

fn compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    check_one(vm, &a, "comparison")?;
    let other = &a.pos[1];
    if vm.as_bytes(other).is_none() && vm.as_bytearray(other).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let o = data(vm, &a.pos[0]).cmp(data(vm, other));
    Ok(vm.bool_val(crate::vm::protocol::cmp_ord(o, op)))
}

/// Finds `needle` in `hay` (memchr for one byte, a two-way search otherwise: bytes
/// lines are split and searched with these, so they must not cost a loop per byte).
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay),
        _ => memchr::memmem::find(hay, needle),
    }
}

pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

fn contains(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__contains__")?;
    let x = &a.pos[1];
    if vm.is_int(x) || vm.lookup_special(x, &vm.names.index).is_some() {
        let c = byte_value(vm, x, BYTE_RANGE)?;
        return Ok(vm.bool_val(data(vm, &a.pos[0]).contains(&c)));
    }
    let needle = buffer_arg(vm, x)?;
    Ok(vm.bool_val(find_sub(data(vm, &a.pos[0]), &needle).is_some()))
}
