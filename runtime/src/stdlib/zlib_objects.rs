//! `zlib.Compress` and `zlib.Decompress`, the streaming objects of `compressobj()` and
//! `decompressobj()`: CPython's loops over one zlib stream each (output limits, leftover
//! input in `unconsumed_tail`/`unused_data`, preset dictionaries, flush modes, copies).

use super::zlib_mod::{clinic, data_arg, int_or, ssize_or, Fail};
use super::zlib_stream::{self as zs, OutBuf, Stream};
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{is_of, methods, new_type, set_new};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// A compressor: the deflate stream and whether it is still open (not finished).
struct Comp {
    st: RefCell<Stream>,
    live: Cell<bool>,
}

/// A decompressor and the state Python sees.
struct Decomp {
    st: RefCell<Stream>,
    live: Cell<bool>,
    zdict: Option<Vec<u8>>,
    unused_data: RefCell<Vec<u8>>,
    unconsumed_tail: RefCell<Vec<u8>>,
    eof: Cell<bool>,
}

// Neither holds Python objects.
impl Container for Comp {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

impl Container for Decomp {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

thread_local! {
    /// The two types, made when `zlib` is first imported.
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> (Value, Value) {
    TYPES.with(|t| t.borrow_mut().get_or_insert_with(|| make_types(vm)).clone())
}

/// Makes the types (idempotent).
pub fn init(vm: &Vm) {
    types(vm);
}

fn no_new_comp(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'zlib.Compress' instances"))
}

fn no_new_decomp(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'zlib.Decompress' instances"))
}

fn make_types(vm: &Vm) -> (Value, Value) {
    let c = new_type::<Comp>(vm, "zlib", "Compress");
    set_new(vm, &c, no_new_comp);
    methods(
        vm,
        &c,
        &[
            ("compress", c_compress),
            ("flush", c_flush),
            ("copy", c_copy),
            ("__copy__", c_copy),
            ("__deepcopy__", c_deepcopy),
        ],
    );
    let d = new_type::<Decomp>(vm, "zlib", "Decompress");
    set_new(vm, &d, no_new_decomp);
    methods(
        vm,
        &d,
        &[
            ("decompress", d_decompress),
            ("flush", d_flush),
            ("copy", d_copy),
            ("__copy__", d_copy),
            ("__deepcopy__", d_deepcopy),
        ],
    );
    vm.add_getset(
        &d,
        "unused_data",
        |vm, a| Ok(vm.new_bytes(this_d(vm, &a)?.unused_data.borrow().clone())),
        Some(readonly),
    );
    vm.add_getset(
        &d,
        "unconsumed_tail",
        |vm, a| Ok(vm.new_bytes(this_d(vm, &a)?.unconsumed_tail.borrow().clone())),
        Some(readonly),
    );
    vm.add_getset(
        &d,
        "eof",
        |vm, a| Ok(vm.bool_val(this_d(vm, &a)?.eof.get())),
        Some(readonly),
    );
    (c, d)
}

/// The setter of CPython's read-only members.
fn readonly(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

fn this_c<'a>(vm: &Vm, a: &'a Args) -> PyResult<&'a Comp> {
    match a.pos.first() {
        // SAFETY: the type check guarantees the payload's type.
        Some(v) if is_of(vm, v, &types(vm).0) => Ok(unsafe { v.payload::<Comp>() }),
        _ => Err(vm.type_error("descriptor requires a 'zlib.Compress' object")),
    }
}

fn this_d<'a>(vm: &Vm, a: &'a Args) -> PyResult<&'a Decomp> {
    match a.pos.first() {
        // SAFETY: the type check guarantees the payload's type.
        Some(v) if is_of(vm, v, &types(vm).1) => Ok(unsafe { v.payload::<Decomp>() }),
        _ => Err(vm.type_error("descriptor requires a 'zlib.Decompress' object")),
    }
}

/// The arguments after `self`.
fn rest<'a>(a: &'a Args) -> Args<'a> {
    Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues)
}

fn no_args(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.pos.len() > 1 || a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no arguments")));
    }
    Ok(())
}

fn deepcopy_arity(vm: &Vm, a: &Args) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error("__deepcopy__() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "__deepcopy__() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(())
}

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
pub fn compressobj(vm: &Vm, a: Args) -> PyResult<Value> {
    let spec = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let p = clinic(vm, &a, "compressobj", &spec, 0, 0, 6)?;
    let level = int_or(vm, &p[0], -1)?;
    let method = int_or(vm, &p[1], 8)?;
    let wbits = int_or(vm, &p[2], 15)?;
    let mem = int_or(vm, &p[3], 8)?;
    let strategy = int_or(vm, &p[4], 0)?;
    let zdict = match &p[5] {
        Some(v) => Some(data_arg(vm, v)?),
        None => None,
    };
    new_comp(zdict.as_deref(), level, method, wbits, mem, strategy)
        .map(|c| vm.alloc_instance(&types(vm).0, c))
        .map_err(|f| f.raise(vm))
}

fn new_comp(
    zdict: Option<&[u8]>,
    level: i32,
    method: i32,
    wbits: i32,
    mem: i32,
    strategy: i32,
) -> Result<Comp, Fail> {
    if zdict.is_some_and(|d| d.len() > u32::MAX as usize) {
        return Err(Fail::Overflow(
            "zdict length does not fit in an unsigned int",
        ));
    }
    let (mut st, code) = Stream::deflate(level, method, wbits, mem, strategy);
    match code {
        zs::Z_OK => {}
        zs::Z_MEM_ERROR => {
            return Err(Fail::Memory("Can't allocate memory for compression object"))
        }
        zs::Z_STREAM_ERROR => return Err(Fail::Value("Invalid initialization option")),
        c => return Err(Fail::of(&st, c, "while creating compression object")),
    }
    if let Some(d) = zdict {
        match st.set_dictionary(d) {
            zs::Z_OK => {}
            zs::Z_STREAM_ERROR => return Err(Fail::Value("Invalid dictionary")),
            _ => return Err(Fail::Value("deflateSetDictionary()")),
        }
    }
    Ok(Comp {
        st: RefCell::new(st),
        live: Cell::new(true),
    })
}

/// `Compress.compress(data, /)`: all of `data` with `Z_NO_FLUSH`.
fn c_compress(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = this_c(vm, &a)?;
    let p = clinic(vm, &rest(&a), "compress", &["data"], 1, 1, 1)?;
    let data = data_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let mut st = c.st.borrow_mut();
    let mut buf = OutBuf::new(None);
    let mut room = buf.grow().unwrap_or(0);
    let mut pos = 0;
    loop {
        loop {
            if room == 0 {
                room = buf.grow().unwrap_or(0);
            }
            let s = st.step(&data[pos..], &mut buf.data, room, zs::Z_NO_FLUSH);
            pos += s.consumed;
            room -= s.produced;
            if s.code == zs::Z_STREAM_ERROR {
                return Err(Fail::of(&st, s.code, "while compressing data").raise(vm));
            }
            if room != 0 {
                break;
            }
        }
        if pos >= data.len() {
            break;
        }
    }
    Ok(vm.new_bytes(buf.data))
}

/// `Compress.flush(mode=Z_FINISH, /)`: `Z_FINISH` also ends the stream.
fn c_flush(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = this_c(vm, &a)?;
    let p = clinic(vm, &rest(&a), "flush", &["mode"], 1, 0, 1)?;
    let mode = int_or(vm, &p[0], zs::Z_FINISH)?;
    if mode == zs::Z_NO_FLUSH {
        return Ok(vm.new_bytes(Vec::new()));
    }
    let mut st = c.st.borrow_mut();
    let mut buf = OutBuf::new(None);
    let mut room = buf.grow().unwrap_or(0);
    let mut code;
    loop {
        if room == 0 {
            room = buf.grow().unwrap_or(0);
        }
        let s = st.step(&[], &mut buf.data, room, mode);
        room -= s.produced;
        code = s.code;
        if code == zs::Z_STREAM_ERROR {
            return Err(Fail::of(&st, code, "while flushing").raise(vm));
        }
        if room != 0 {
            break;
        }
    }
    if code == zs::Z_STREAM_END && mode == zs::Z_FINISH {
        let e = st.end();
        if e != zs::Z_OK {
            return Err(Fail::of(&st, e, "while finishing compression").raise(vm));
        }
        c.live.set(false);
    } else if code != zs::Z_OK && code != zs::Z_BUF_ERROR {
        return Err(Fail::of(&st, code, "while flushing").raise(vm));
    }
    Ok(vm.new_bytes(buf.data))
}

fn copy_comp(vm: &Vm, c: &Comp) -> PyResult<Value> {
    if !c.live.get() {
        return Err(vm.value_error("Inconsistent stream state"));
    }
    let st = c.st.borrow();
    let copy = match st.copy() {
        Ok(s) => s,
        Err(zs::Z_STREAM_ERROR) => return Err(vm.value_error("Inconsistent stream state")),
        Err(zs::Z_MEM_ERROR) => {
            return Err(Fail::Memory("Can't allocate memory for compression object").raise(vm))
        }
        Err(e) => return Err(Fail::of(&st, e, "while copying compression object").raise(vm)),
    };
    let obj = Comp {
        st: RefCell::new(copy),
        live: Cell::new(true),
    };
    Ok(vm.alloc_instance(&types(vm).0, obj))
}

fn c_copy(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = this_c(vm, &a)?;
    no_args(vm, &a, "copy")?;
    copy_comp(vm, c)
}

fn c_deepcopy(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = this_c(vm, &a)?;
    deepcopy_arity(vm, &a)?;
    copy_comp(vm, c)
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
pub fn decompressobj(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = clinic(vm, &a, "decompressobj", &["wbits", "zdict"], 0, 0, 2)?;
    let wbits = int_or(vm, &p[0], 15)?;
    let zdict = match &p[1] {
        Some(v) => Some(
            crate::builtins::bytes::bytes_view(vm, v)
                .ok_or_else(|| vm.type_error("zdict argument must support the buffer protocol"))?,
        ),
        None => None,
    };
    new_decomp(wbits, zdict)
        .map(|d| vm.alloc_instance(&types(vm).1, d))
        .map_err(|f| f.raise(vm))
}

fn new_decomp(wbits: i32, zdict: Option<Vec<u8>>) -> Result<Decomp, Fail> {
    let (st, code) = Stream::inflate(wbits);
    match code {
        zs::Z_OK => {}
        zs::Z_STREAM_ERROR => return Err(Fail::Value("Invalid initialization option")),
        zs::Z_MEM_ERROR => {
            return Err(Fail::Memory(
                "Can't allocate memory for decompression object",
            ))
        }
        c => return Err(Fail::of(&st, c, "while creating decompression object")),
    }
    let d = Decomp {
        st: RefCell::new(st),
        live: Cell::new(true),
        zdict,
        unused_data: RefCell::new(Vec::new()),
        unconsumed_tail: RefCell::new(Vec::new()),
        eof: Cell::new(false),
    };
    if wbits < 0 && d.zdict.is_some() {
        set_zdict(&d, &mut d.st.borrow_mut())?;
    }
    Ok(d)
}

/// Gives the decompressor its preset dictionary (raw streams at once, zlib streams when asked).
fn set_zdict(d: &Decomp, st: &mut Stream) -> Result<(), Fail> {
    let dict = d.zdict.as_deref().unwrap_or(&[]);
    if dict.len() > u32::MAX as usize {
        return Err(Fail::Overflow(
            "zdict length does not fit in an unsigned int",
        ));
    }
    match st.set_dictionary(dict) {
        zs::Z_OK => Ok(()),
        c => Err(Fail::of(st, c, "while setting zdict")),
    }
}

/// How an inflate loop ends: `Z_SYNC_FLUSH` for `decompress`, `Z_FINISH` (on the last
/// input) for `flush`; the output may be limited.
fn inflate_loop(
    d: &Decomp,
    st: &mut Stream,
    data: &[u8],
    limit: Option<usize>,
    finish: bool,
) -> Result<(Vec<u8>, i32, usize), Fail> {
    let mut buf = OutBuf::new(limit);
    let mut room = buf.grow().unwrap_or(0);
    let mut pos = 0;
    let mut code = zs::Z_OK;
    'outer: loop {
        let flush = if finish {
            super::zlib_mod::chunk_flush(data.len() - pos, zs::Z_FINISH)
        } else {
            zs::Z_SYNC_FLUSH
        };
        loop {
            if room == 0 {
                match buf.grow() {
                    Some(r) => room = r,
                    None => break 'outer,
                }
            }
            let s = st.step(&data[pos..], &mut buf.data, room, flush);
            pos += s.consumed;
            room -= s.produced;
            code = s.code;
            match code {
                zs::Z_OK | zs::Z_BUF_ERROR | zs::Z_STREAM_END => {}
                zs::Z_NEED_DICT if d.zdict.is_some() => set_zdict(d, st)?,
                _ => break 'outer,
            }
            if room != 0 && code != zs::Z_NEED_DICT {
                break;
            }
        }
        if code == zs::Z_STREAM_END || pos >= data.len() {
            break;
        }
    }
    Ok((buf.data, code, pos))
}

/// Keeps the input zlib did not read: after the end of the stream it is `unused_data`;
/// otherwise (output limit reached) it is `unconsumed_tail`, which is cleared once read.
fn save_unconsumed(d: &Decomp, data: &[u8], pos: usize, code: i32) {
    let mut left = data.len() - pos;
    if code == zs::Z_STREAM_END && left > 0 {
        d.unused_data.borrow_mut().extend_from_slice(&data[pos..]);
        left = 0;
    }
    let mut tail = d.unconsumed_tail.borrow_mut();
    if left > 0 || !tail.is_empty() {
        *tail = data[pos..].to_vec();
    }
}

/// `Decompress.decompress(data, /, max_length=0)`.
fn d_decompress(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = this_d(vm, &a)?;
    let p = clinic(
        vm,
        &rest(&a),
        "decompress",
        &["data", "max_length"],
        1,
        1,
        2,
    )?;
    let data = data_arg(vm, p[0].as_ref().unwrap_or(&vm.none))?;
    let max_length = ssize_or(vm, &p[1], 0)?;
    if max_length < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let limit = (max_length > 0).then_some(max_length as usize);
    let mut st = d.st.borrow_mut();
    let (out, code, pos) =
        inflate_loop(d, &mut st, &data, limit, false).map_err(|f| f.raise(vm))?;
    save_unconsumed(d, &data, pos, code);
    if code == zs::Z_STREAM_END {
        d.eof.set(true);
    } else if code != zs::Z_OK && code != zs::Z_BUF_ERROR {
        return Err(Fail::of(&st, code, "while decompressing data").raise(vm));
    }
    Ok(vm.new_bytes(out))
}

/// `Decompress.flush(length=DEF_BUF_SIZE, /)`: the rest of `unconsumed_tail`, unlimited.
fn d_flush(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = this_d(vm, &a)?;
    let p = clinic(vm, &rest(&a), "flush", &["length"], 1, 0, 1)?;
    let length = ssize_or(vm, &p[0], 16384)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let data = d.unconsumed_tail.borrow().clone();
    let mut st = d.st.borrow_mut();
    let (out, code, pos) = inflate_loop(d, &mut st, &data, None, true).map_err(|f| f.raise(vm))?;
    save_unconsumed(d, &data, pos, code);
    if code == zs::Z_STREAM_END {
        d.eof.set(true);
        d.live.set(false);
        let e = st.end();
        if e != zs::Z_OK {
            return Err(Fail::of(&st, e, "while finishing decompression").raise(vm));
        }
    }
    Ok(vm.new_bytes(out))
}

fn copy_decomp(vm: &Vm, d: &Decomp) -> PyResult<Value> {
    if !d.live.get() {
        return Err(vm.value_error("Inconsistent stream state"));
    }
    let st = d.st.borrow();
    let copy = match st.copy() {
        Ok(s) => s,
        Err(zs::Z_STREAM_ERROR) => return Err(vm.value_error("Inconsistent stream state")),
        Err(zs::Z_MEM_ERROR) => {
            return Err(Fail::Memory("Can't allocate memory for decompression object").raise(vm))
        }
        Err(e) => return Err(Fail::of(&st, e, "while copying decompression object").raise(vm)),
    };
    let obj = Decomp {
        st: RefCell::new(copy),
        live: Cell::new(true),
        zdict: d.zdict.clone(),
        unused_data: RefCell::new(d.unused_data.borrow().clone()),
        unconsumed_tail: RefCell::new(d.unconsumed_tail.borrow().clone()),
        eof: Cell::new(d.eof.get()),
    };
    Ok(vm.alloc_instance(&types(vm).1, obj))
}

fn d_copy(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = this_d(vm, &a)?;
    no_args(vm, &a, "copy")?;
    copy_decomp(vm, d)
}

fn d_deepcopy(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = this_d(vm, &a)?;
    deepcopy_arity(vm, &a)?;
    copy_decomp(vm, d)
}
