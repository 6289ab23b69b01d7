//! `memoryview` over bytes and bytearray (one dimension; format `B`, or a native
//! single-character format after `cast`): length, indexing, slicing (views again),
//! `tobytes`/`tolist`/`hex`, `cast`, `toreadonly`, `release` and the context manager;
//! writes through to a bytearray.

use crate::object::native::Args;
use crate::object::native::NativeFn;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// A view of `len` items of `obj` (a bytes or bytearray), from byte `start` in steps of
/// `step` bytes; each item is `itemsize(fmt)` bytes in the struct format `fmt`.
pub struct MemData {
    obj: Value,
    start: i64,
    step: i64,
    len: i64,
    released: Cell<bool>,
    /// The format character (`B` unless cast).
    fmt: u8,
    /// Whether the format was given as `@x` (which `format` then shows).
    fmt_at: bool,
    /// Made read-only by `toreadonly` (a view of bytes is read-only anyway).
    readonly: bool,
}

/// The size of an item of the native single-character format `fmt` (None: not one that
/// memoryview supports).
fn itemsize(fmt: u8) -> Option<i64> {
    Some(match fmt {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

fn isz(m: &MemData) -> i64 {
    itemsize(m.fmt).unwrap_or(1)
}

/// A one-dimensional view is contiguous when its stride is its item size (or it has one item).
fn is_contiguous(m: &MemData) -> bool {
    m.len == 1 || m.step == isz(m)
}

fn is_readonly(vm: &Vm, m: &MemData) -> bool {
    m.readonly || vm.as_bytearray(&m.obj).is_none()
}

/// The bytes of item `i`.
fn item_bytes(vm: &Vm, m: &MemData, i: i64) -> PyResult<Vec<u8>> {
    let at = m.start + i * m.step;
    let n = isz(m);
    let buf = underlying(vm, &m.obj);
    if at < 0 || at + n > buf.len() as i64 {
        return Err(vm.index_error("index out of range"));
    }
    Ok(buf[at as usize..(at + n) as usize].to_vec())
}

/// The Python value of an item's bytes `b` in format `fmt` (native byte order).
fn unpack(vm: &Vm, fmt: u8, b: &[u8]) -> Value {
    macro_rules! num {
        ($t:ty) => {
            <$t>::from_ne_bytes(b.try_into().unwrap())
        };
    }
    match fmt {
        b'c' => vm.new_bytes(vec![b[0]]),
        b'?' => vm.bool_val(b[0] != 0),
        b'b' => vm.new_int(b[0] as i8 as i64),
        b'h' => vm.new_int(num!(i16) as i64),
        b'H' => vm.new_int(num!(u16) as i64),
        b'i' => vm.new_int(num!(i32) as i64),
        b'I' => vm.new_int(num!(u32) as i64),
        b'l' | b'q' | b'n' => vm.new_int(num!(i64)),
        b'L' | b'Q' | b'N' | b'P' => vm.new_bigint(num_bigint::BigInt::from(num!(u64))),
        b'f' => vm.new_float(num!(f32) as f64),
        b'd' => vm.new_float(num!(f64)),
        _ => vm.new_int(b[0] as i64),
    }
}

/// The bytes of `v` as an item of format `fmt`, with CPython's errors.
fn pack(vm: &Vm, fmt: u8, v: &Value) -> PyResult<Vec<u8>> {
    let f = fmt as char;
    let bad_type = || vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    let bad_value = || vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    match fmt {
        b'c' => {
            let Some(b) = vm.as_bytes(v) else {
                return Err(bad_type());
            };
            if b.len() != 1 {
                return Err(bad_value());
            }
            Ok(b.to_vec())
        }
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let x = match crate::builtins::float::to_f64(vm, v) {
                Some(r) => r?,
                None => return Err(bad_type()),
            };
            Ok(if fmt == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let idx;
            let v = if vm.is_int(v) {
                v
            } else if vm.lookup_special(v, &vm.names.index).is_some() {
                idx = vm.index(v)?;
                &idx
            } else {
                return Err(bad_type());
            };
            let n = vm.as_int(v).ok_or_else(bad_type)?.to_big();
            use num_traits::ToPrimitive;
            let (lo, hi): (i128, i128) = match fmt {
                b'B' => (0, u8::MAX as i128),
                b'b' => (i8::MIN as i128, i8::MAX as i128),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            let x = n
                .to_i128()
                .filter(|x| (lo..=hi).contains(x))
                .ok_or_else(bad_value)?;
            let size = itemsize(fmt).unwrap_or(1) as usize;
            Ok(x.to_ne_bytes()[..size].to_vec())
        }
    }
}

impl Container for MemData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.obj)
    }
    fn clear_refs(&self) {}
}

fn mem(v: &Value) -> &MemData {
    // SAFETY: every method is registered on the memoryview type only, whose instances
    // carry MemData.
    unsafe { v.payload::<MemData>() }
}

thread_local! {
    /// The memoryview type's address, so other bytes-like consumers can recognise views.
    static TYPE: Cell<usize> = const { Cell::new(0) };
}

/// The bytes a live memoryview shows, or None when `v` is not one.
pub fn view_bytes(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    let t = TYPE.with(|t| t.get());
    if t == 0 || vm.type_ptr(v) as usize != t {
        return None;
    }
    bytes_of(vm, v).ok()
}

/// The `memoryview` type, for the builtins module.
pub fn make_type(vm: &Vm) -> Value {
    let t = native_type::new_type::<MemData>(vm, "builtins", "memoryview");
    TYPE.with(|c| c.set(t.raw()));
    native_type::set_new(vm, &t, mv_new);
    native_type::methods(
        vm,
        &t,
        &[
            ("__len__", mv_len as NativeFn),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__iter__", |vm, a| {
                let items = mv_list(vm, &a.pos[0])?;
                vm.iter(&items)
            }),
            ("__repr__", |vm, a| {
                let m = mem(&a.pos[0]);
                let what = if m.released.get() {
                    "released memory"
                } else {
                    "memory"
                };
                Ok(vm.new_str(format!("<{what} at {:#x}>", a.pos[0].raw())))
            }),
            ("__eq__", mv_eq),
            ("__hash__", mv_hash),
            ("tobytes", |vm, a| {
                mv_tobytes_args(vm, &a)?;
                Ok(vm.new_bytes(bytes_of(vm, &a.pos[0])?))
            }),
            ("tolist", |vm, a| {
                crate::builtins::str::args::check_noargs(vm, &a, "memoryview.tolist")?;
                mv_list(vm, &a.pos[0])
            }),
            ("hex", |vm, a| {
                let b = bytes_of(vm, &a.pos[0])?;
                crate::builtins::bytes::format::hex_of(vm, &a, &b)
            }),
            ("cast", mv_cast),
            ("toreadonly", |vm, a| {
                crate::builtins::str::args::check_noargs(vm, &a, "memoryview.toreadonly")?;
                check_live(vm, &a.pos[0])?;
                let m = mem(&a.pos[0]);
                Ok(native_type::new_obj(
                    vm,
                    &vm.type_of(&a.pos[0]),
                    MemData {
                        obj: m.obj.clone(),
                        released: Cell::new(false),
                        readonly: true,
                        ..*m
                    },
                ))
            }),
            ("release", |vm, a| {
                mem(&a.pos[0]).released.set(true);
                Ok(vm.none.clone())
            }),
            ("__enter__", |_vm, a| {
                check_live(_vm, &a.pos[0])?;
                Ok(a.pos[0].clone())
            }),
            ("__exit__", |vm, a| {
                mem(&a.pos[0]).released.set(true);
                Ok(vm.none.clone())
            }),
        ],
    );
    vm.add_getset(
        &t,
        "nbytes",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            let m = mem(&a.pos[0]);
            Ok(vm.new_int(m.len * isz(m)))
        },
        None,
    );
    vm.add_getset(
        &t,
        "readonly",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.bool_val(is_readonly(vm, mem(&a.pos[0]))))
        },
        None,
    );
    vm.add_getset(
        &t,
        "format",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            let m = mem(&a.pos[0]);
            let at = if m.fmt_at { "@" } else { "" };
            Ok(vm.new_str(format!("{at}{}", m.fmt as char)))
        },
        None,
    );
    vm.add_getset(
        &t,
        "itemsize",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_int(isz(mem(&a.pos[0]))))
        },
        None,
    );
    vm.add_getset(
        &t,
        "ndim",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_int(1))
        },
        None,
    );
    vm.add_getset(
        &t,
        "shape",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_tuple(vec![vm.new_int(mem(&a.pos[0]).len)]))
        },
        None,
    );
    vm.add_getset(
        &t,
        "strides",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_tuple(vec![vm.new_int(mem(&a.pos[0]).step)]))
        },
        None,
    );
    // One-dimensional buffers have no suboffsets: CPython gives an empty tuple.
    vm.add_getset(
        &t,
        "suboffsets",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(vm.new_tuple(vec![]))
        },
        None,
    );
    for name in ["c_contiguous", "f_contiguous", "contiguous"] {
        vm.add_getset(
            &t,
            name,
            |vm, a| {
                check_live(vm, &a.pos[0])?;
                Ok(vm.bool_val(is_contiguous(mem(&a.pos[0]))))
            },
            None,
        );
    }
    vm.add_getset(
        &t,
        "obj",
        |vm, a| {
            check_live(vm, &a.pos[0])?;
            Ok(mem(&a.pos[0]).obj.clone())
        },
        None,
    );
    t
}

fn check_live(vm: &Vm, v: &Value) -> PyResult<()> {
    if mem(v).released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// The underlying bytes as they are now (a bytearray may have changed size since).
fn underlying<'a>(vm: &Vm, obj: &'a Value) -> &'a [u8] {
    match vm.as_bytes(obj) {
        Some(b) => b,
        // SAFETY: read-only borrow for the duration of one operation; no Python code runs.
        None => vm
            .as_bytearray(obj)
            .map(|ba| unsafe { ba.b.get() }.as_slice())
            .unwrap_or(&[]),
    }
}

fn byte_at(vm: &Vm, m: &MemData, i: i64) -> PyResult<u8> {
    let at = m.start + i * m.step;
    underlying(vm, &m.obj)
        .get(at as usize)
        .copied()
        .filter(|_| at >= 0)
        .ok_or_else(|| vm.index_error("index out of range"))
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    check_live(vm, v)?;
    let m = mem(v);
    if m.fmt != b'B' {
        let mut out = Vec::with_capacity((m.len * isz(m)) as usize);
        for i in 0..m.len {
            out.extend(item_bytes(vm, m, i)?);
        }
        return Ok(out);
    }
    (0..m.len).map(|i| byte_at(vm, m, i)).collect()
}

fn mv_list(vm: &Vm, v: &Value) -> PyResult<Value> {
    let b = bytes_of(vm, v)?;
    let m = mem(v);
    if m.fmt != b'B' {
        let n = isz(m) as usize;
        return Ok(vm.new_list(b.chunks(n).map(|c| unpack(vm, m.fmt, c)).collect()));
    }
    Ok(vm.new_list(b.into_iter().map(|x| vm.new_int(x as i64)).collect()))
}

/// `cast(format, shape=...)`: the same bytes seen as items of another native format
/// (one dimension only).
fn mv_cast(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    rest.check_kw_parser(vm, "cast", &["format", "shape"], 0, 1)?;
    let format = rest
        .pos
        .first()
        .cloned()
        .or_else(|| a.kw(vm, "format"))
        .unwrap();
    let shape = rest.pos.get(1).cloned().or_else(|| a.kw(vm, "shape"));
    if !vm.is_str(&format) {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&format)
        )));
    }
    check_live(vm, this)?;
    let m = mem(this);
    if !is_contiguous(m) {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let f = vm.str_ref(&format);
    let fmt_at = f.starts_with('@');
    let f = f.strip_prefix('@').unwrap_or(f);
    let fmt = match f.as_bytes() {
        [c] if itemsize(*c).is_some() => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format \
                 prefixed with an optional '@'",
            ))
        }
    };
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(m.fmt) && !byte_fmt(fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * isz(m);
    let size = itemsize(fmt).unwrap();
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let n = nbytes / size;
    if let Some(sh) = shape {
        let dims = if vm.as_list(&sh).is_some() || vm.as_tuple(&sh).is_some() {
            vm.collect(&sh)?
        } else {
            return Err(vm.type_error("shape must be a list or a tuple"));
        };
        if dims.len() != 1 {
            return Err(vm.new_exception_msg(
                &vm.exc.not_implemented_error,
                "memoryview: casts to shapes of other than one dimension are not supported",
            ));
        }
        if vm.index_isize(&dims[0])? as i64 * size != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    Ok(native_type::new_obj(
        vm,
        &vm.type_of(this),
        MemData {
            obj: m.obj.clone(),
            start: m.start,
            step: size,
            len: n,
            released: Cell::new(false),
            fmt,
            fmt_at,
            readonly: m.readonly,
        },
    ))
}

fn mv_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    rest.check_kw_parser(vm, "memoryview", &["object"], 0, 1)?;
    let cls = &a.pos[0];
    let src = &match a.pos.get(1) {
        Some(v) => v.clone(),
        None => a.kw(vm, "object").unwrap(),
    };
    if vm.type_of(src).is(cls) {
        // A view of a view shares its target and window.
        check_live(vm, src)?;
        let m = mem(src);
        return Ok(native_type::new_obj(
            vm,
            cls,
            MemData {
                obj: m.obj.clone(),
                released: Cell::new(false),
                ..*m
            },
        ));
    }
    let n = match (vm.as_bytes(src), vm.as_bytearray(src)) {
        (Some(b), _) => b.len(),
        // SAFETY: length read only.
        (None, Some(ba)) => unsafe { ba.b.get() }.len(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(src)
            )))
        }
    };
    Ok(new_view(vm, cls, src.clone(), 0, 1, n as i64))
}

fn new_view(vm: &Vm, cls: &Value, obj: Value, start: i64, step: i64, len: i64) -> Value {
    native_type::new_obj(
        vm,
        cls,
        MemData {
            obj,
            start,
            step,
            len,
            released: Cell::new(false),
            fmt: b'B',
            fmt_at: false,
            readonly: false,
        },
    )
}

fn mv_len(vm: &Vm, a: Args) -> PyResult<Value> {
    check_live(vm, &a.pos[0])?;
    Ok(vm.new_int(mem(&a.pos[0]).len))
}

fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// The item index of an int key, checked against the view's length.
fn item_index(vm: &Vm, m: &MemData, key: &Value) -> PyResult<i64> {
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_isize(key)?;
    let j = if i < 0 { i + m.len } else { i };
    if j < 0 || j >= m.len {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j)
}

fn mv_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    let m = mem(this);
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let (i, j, k) = vm.slice_indices(key, m.len as usize)?;
        let n = slice_len(i, j, k);
        let start = m.start + i * m.step;
        return Ok(native_type::new_obj(
            vm,
            &vm.type_of(this),
            MemData {
                obj: m.obj.clone(),
                start,
                step: m.step * k,
                len: n,
                released: Cell::new(false),
                ..*m
            },
        ));
    }
    let i = item_index(vm, m, key)?;
    if m.fmt != b'B' {
        return Ok(unpack(vm, m.fmt, &item_bytes(vm, m, i)?));
    }
    Ok(vm.new_int(byte_at(vm, m, i)? as i64))
}

fn mv_setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    let m = mem(this);
    let Some(ba) = vm.as_bytearray(&m.obj).filter(|_| !m.readonly) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let key = &a.pos[1];
    let val = &a.pos[2];
    // Positions (in the bytearray) and the bytes to write there.
    let (at, new): (Vec<i64>, Vec<u8>) = if vm.is_exact(key, &vm.types.slice) {
        let (i, j, k) = vm.slice_indices(key, m.len as usize)?;
        let n = slice_len(i, j, k);
        // (The source's format: `B` for bytes-like objects.)
        let src_fmt = if native_type::is_of(vm, val, &vm.type_of(this)) {
            mem(val).fmt
        } else {
            b'B'
        };
        let Some(src) = crate::builtins::bytes::bytes_view(vm, val).or_else(|| {
            native_type::is_of(vm, val, &vm.type_of(this))
                .then(|| bytes_of(vm, val).ok())
                .flatten()
        }) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(val)
            )));
        };
        let size = isz(m);
        if src.len() as i64 != n * size || src_fmt != m.fmt {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (
            (0..n)
                .flat_map(|x| (0..size).map(move |b| m.start + (i + x * k) * m.step + b))
                .collect(),
            src,
        )
    } else {
        let i = item_index(vm, m, key)?;
        if m.fmt != b'B' {
            let b = pack(vm, m.fmt, val)?;
            let at = m.start + i * m.step;
            ((at..at + b.len() as i64).collect(), b)
        } else {
            if !vm.is_int(val) {
                return Err(vm.type_error("memoryview: invalid type for format 'B'"));
            }
            let v = vm.int_to_i64(val).ok().filter(|v| (0..256).contains(v));
            let Some(v) = v else {
                return Err(vm.value_error("memoryview: invalid value for format 'B'"));
            };
            (vec![m.start + i * m.step], vec![v as u8])
        }
    };
    // SAFETY: no Python code runs while the bytearray's buffer is borrowed.
    let buf = unsafe { ba.b.get_mut() };
    for (p, b) in at.into_iter().zip(new) {
        match buf.get_mut(p as usize) {
            Some(slot) if p >= 0 => *slot = b,
            _ => return Err(vm.index_error("index out of range")),
        }
    }
    Ok(vm.none.clone())
}

fn mv_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let other = &a.pos[1];
    if this.is(other) {
        return Ok(vm.true_.clone());
    }
    if mem(this).released.get() {
        return Ok(vm.false_.clone());
    }
    let theirs = if native_type::is_of(vm, other, &vm.type_of(this)) {
        if mem(other).released.get() {
            return Ok(vm.false_.clone());
        }
        if mem(this).fmt != b'B' || mem(other).fmt != b'B' {
            // Items compare by value (`b'a'` in format `c` is not 97 in format `B`).
            let (x, y) = (mv_list(vm, this)?, mv_list(vm, other)?);
            return Ok(vm.bool_val(vm.eq_bool(&x, &y)?));
        }
        bytes_of(vm, other)?
    } else if mem(this).fmt != b'B' {
        return match crate::builtins::bytes::bytes_view(vm, other) {
            Some(b) => {
                let x = mv_list(vm, this)?;
                let y = vm.new_list(b.into_iter().map(|c| vm.new_int(c as i64)).collect());
                Ok(vm.bool_val(vm.eq_bool(&x, &y)?))
            }
            None => Ok(vm.not_implemented.clone()),
        };
    } else {
        match crate::builtins::bytes::bytes_view(vm, other) {
            Some(b) => b,
            None => return Ok(vm.not_implemented.clone()),
        }
    };
    Ok(vm.bool_val(bytes_of(vm, this)? == theirs))
}

fn mv_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    check_live(vm, this)?;
    let m = mem(this);
    if !is_readonly(vm, m) {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.fmt, b'B' | b'b' | b'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    // (The exporter must be hashable too: a read-only view of a bytearray is not.)
    vm.hash(&m.obj)?;
    let b = vm.new_bytes(bytes_of(vm, this)?);
    Ok(vm.new_int(vm.hash(&b)?))
}

/// `tobytes(order='C')`: the order only names a layout; a one-dimensional view has one.
fn mv_tobytes_args(vm: &Vm, a: &Args) -> PyResult<()> {
    a.only_kw(vm, "tobytes", &["order"])?;
    let n = a.pos.len() - 1 + a.kwnames.len();
    if n > 1 {
        return Err(vm.type_error(format!("tobytes() takes at most 1 argument ({n} given)")));
    }
    let order = a.pos.get(1).cloned().or_else(|| a.kw(vm, "order"));
    if let Some(o) = order.filter(|o| !vm.is_none(o)) {
        if !vm.is_str(&o) || !matches!(vm.str_ref(&o), "C" | "F" | "A") {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(())
}
