//! `sys.stdin`, `sys.stdout`, `sys.stderr` (and their `.buffer`): native stream objects
//! shown as `_io.TextIOWrapper` / `_io.BufferedWriter` / `_io.BufferedReader`, writing through
//! the runtime's own stdout buffer so that `print` stays fast.
//!
//! The settings `reconfigure()` changes live per descriptor (the text stream and its buffer
//! share the closed state). While a text stream's writes need more than copying UTF-8 out
//! (closed, detached, another encoding, newline translation), `stream_of` disowns it, so
//! `print` and `sys`'s writers take the slow path through its `write` method, which can fail.

#[path = "stdstream_conf.rs"]
mod conf;
#[path = "stdstream_read.rs"]
mod read;

use crate::object::native::{Args, NativeFn};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{methods, new_obj, new_type};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::io::Write;

/// One standard stream: its file descriptor, and whether it is the binary `.buffer`.
pub struct StdStream {
    pub fd: i32,
    pub binary: bool,
    /// Set once this object is closed (the descriptor's shared state says the same).
    pub closed: Cell<bool>,
    /// A text stream's `.buffer` (None once detached); None on a buffer.
    buffer: RefCell<Option<Value>>,
}

impl Container for StdStream {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.buffer.try_borrow() {
            if let Some(v) = b.as_ref() {
                f(v);
            }
        }
    }
    fn clear_refs(&self) {
        if let Ok(mut b) = self.buffer.try_borrow_mut() {
            b.take();
        }
    }
}

thread_local! {
    /// The text type, then the buffer types: BufferedReader (stdin), BufferedWriter, and
    /// FileIO (stdout's and stderr's buffer under PYTHONUNBUFFERED, as in CPython).
    static TYPES: [Cell<usize>; 4] = const { [const { Cell::new(0) }; 4] };
    /// Per descriptor: the text stream must be written through its `write` method.
    static SLOW: [Cell<bool>; 3] = const { [const { Cell::new(false) }; 3] };
    /// Per descriptor: flush after a write holding a line end (`line_buffering`).
    static LINE_BUF: [Cell<bool>; 3] = const { [const { Cell::new(false) }; 3] };
    /// PYTHONUNBUFFERED was set at startup.
    static UNBUFFERED: Cell<bool> = const { Cell::new(false) };
}

/// The stream behind `v`, if it is one of ours, whatever its state.
fn payload_of<'a>(vm: &Vm, v: &'a Value) -> Option<&'a StdStream> {
    let t = vm.type_ptr(v) as usize;
    if t != 0 && TYPES.with(|ts| ts.iter().any(|c| c.get() == t)) {
        // SAFETY: instances of these types carry a StdStream.
        Some(unsafe { v.payload::<StdStream>() })
    } else {
        None
    }
}

/// The stream behind `v` when its writes may go straight out by `write_text` (it is one of
/// ours, and a text stream's writes need no encoding, translation or error checks).
pub fn stream_of<'a>(vm: &Vm, v: &'a Value) -> Option<&'a StdStream> {
    let s = payload_of(vm, v)?;
    if !s.binary && SLOW.with(|c| c[idx(s.fd)].get()) {
        return None;
    }
    Some(s)
}

fn idx(fd: i32) -> usize {
    fd.clamp(0, 2) as usize
}

/// Writes text to fd 1 or 2 (stderr unbuffered, after flushing our stdout buffer).
pub fn write_text(fd: i32, s: &str) {
    if fd == 1 {
        crate::builtins::functions::write_stdout(s);
        // line_buffering: CPython flushes on a "\n" or "\r" in the text written; under
        // PYTHONUNBUFFERED every write goes out at once (a later `os._exit` loses nothing).
        if UNBUFFERED.with(|u| u.get())
            || (LINE_BUF.with(|c| c[1].get()) && s.bytes().any(|b| b == b'\n' || b == b'\r'))
        {
            crate::builtins::functions::flush_stdout();
        }
    } else {
        write_bytes(fd, s.as_bytes());
    }
}

/// Writes bytes to fd 1 (behind what `print` has buffered) or fd 2 (at once).
fn write_bytes(fd: i32, b: &[u8]) {
    if fd == 1 {
        crate::builtins::functions::STDOUT.with(|o| {
            let _ = o.borrow_mut().write_all(b);
        });
        if UNBUFFERED.with(|u| u.get()) {
            crate::builtins::functions::flush_stdout();
        }
    } else {
        crate::builtins::functions::flush_stdout();
        let _ = std::io::stderr().write_all(b);
    }
}

fn this<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a StdStream> {
    a.pos
        .first()
        .and_then(|v| payload_of(vm, v))
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a stream object")))
}

/// The arguments after the receiver, checked as CPython's method `Type.name` does.
fn rest<'a>(vm: &Vm, a: &Args<'a>, s: &StdStream, name: &str, max: usize) -> PyResult<Args<'a>> {
    let r = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    // (The qualified name is only formatted for the error.)
    if r.has_kw() || r.pos.len() > max {
        r.check(vm, &format!("{}.{name}", type_name(s)), 0, max)?;
    }
    Ok(r)
}

fn type_name(s: &StdStream) -> &'static str {
    match (s.binary, s.fd) {
        (false, _) => "TextIOWrapper",
        (true, 0) => "BufferedReader",
        (true, _) if UNBUFFERED.with(|u| u.get()) => "FileIO",
        (true, _) => "BufferedWriter",
    }
}

fn detached_error(vm: &Vm) -> PyErr {
    vm.value_error("underlying buffer has been detached")
}

/// The checks a text stream's operations start with: attached, then open. `msg` is the
/// closed-file message (CPython's text layer ends it with a full stop, the file below not).
fn check_usable(vm: &Vm, s: &StdStream, msg: &str) -> PyResult<()> {
    if !s.binary && conf::is_detached(s.fd) {
        return Err(detached_error(vm));
    }
    if conf::is_closed(s.fd) {
        return Err(vm.value_error(msg));
    }
    Ok(())
}

const CLOSED: &str = "I/O operation on closed file.";
const CLOSED_RAW: &str = "I/O operation on closed file";

/// `io.UnsupportedOperation(what)` (an OSError), from our `io` module when it loads.
fn unsupported(vm: &Vm, what: &str) -> PyErr {
    let ty = vm
        .import_module("io")
        .ok()
        .and_then(|m| {
            vm.getattr_opt(&m, &vm.intern("UnsupportedOperation"))
                .ok()
                .flatten()
        })
        .unwrap_or_else(|| vm.exc.os_error.clone());
    vm.new_exception_msg(&ty, what.to_string())
}

fn write(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "write")?;
    let r = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    if r.has_kw() || r.pos.len() != 1 {
        r.check(vm, &format!("{}.write", type_name(s)), 1, 1)?;
    }
    write_one(vm, s, &r.pos[0])
}

fn write_one(vm: &Vm, s: &StdStream, v: &Value) -> PyResult<Value> {
    if s.binary {
        let bytes = crate::builtins::bytes::buffer_arg(vm, v)?;
        if conf::is_closed(s.fd) {
            return Err(vm.value_error("write to closed file"));
        }
        if s.fd == 0 {
            return Err(unsupported(vm, "write"));
        }
        write_bytes(s.fd, &bytes);
        return Ok(vm.new_int_usize(bytes.len()));
    }
    if !vm.is_str(v) {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            if vm.is_none(v) {
                "None".to_string()
            } else {
                vm.type_name(v).to_string()
            }
        )));
    }
    let n = vm.str_ref(v).chars().count();
    if s.fd != 0 && !SLOW.with(|c| c[idx(s.fd)].get()) {
        // Open, attached, UTF-8 without newline translation: the text goes out as it is.
        write_text(s.fd, vm.str_ref(v));
        return Ok(vm.new_int_usize(n));
    }
    check_usable(vm, s, CLOSED)?;
    if s.fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    conf::write_encoded(vm, s.fd, v)?;
    Ok(vm.new_int_usize(n))
}

fn writelines(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "writelines")?;
    let r = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    r.check(vm, "_IOBase.writelines", 1, 1)?;
    if s.binary {
        if conf::is_closed(s.fd) {
            return Err(vm.value_error(CLOSED));
        }
    } else {
        check_usable(vm, s, CLOSED)?;
    }
    let it = vm.iter(&r.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        write_one(vm, s, &x)?;
    }
    Ok(vm.none.clone())
}

fn flush(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "flush")?;
    rest(vm, &a, s, "flush", 0)?;
    if s.binary {
        if conf::is_closed(s.fd) {
            return Err(vm.value_error("flush of closed file"));
        }
    } else {
        check_usable(vm, s, CLOSED)?;
        conf::set_telling(s.fd, true);
    }
    crate::builtins::functions::flush_stdout();
    Ok(vm.none.clone())
}

/// fileno/isatty/readable/writable/seekable: answered by the file below, whose closed
/// message has no full stop.
fn query(vm: &Vm, a: &Args, name: &str) -> PyResult<i32> {
    let s = this(vm, a, name)?;
    rest(vm, a, s, name, 0)?;
    check_usable(vm, s, CLOSED_RAW)?;
    Ok(s.fd)
}

fn fileno(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int(query(vm, &a, "fileno")? as i64))
}

fn isatty(vm: &Vm, a: Args) -> PyResult<Value> {
    let fd = query(vm, &a, "isatty")?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(vm.bool_val(unsafe { libc::isatty(fd) } == 1))
}

/// readable()/writable(): a buffered stream of the other direction says False without
/// looking at whether it is closed (only the raw file below would check).
fn direction(vm: &Vm, a: &Args, name: &str, reading: bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    if (s.fd == 0) != reading && !(s.binary && UNBUFFERED.with(|u| u.get())) {
        rest(vm, a, s, name, 0)?;
        if !s.binary && conf::is_detached(s.fd) {
            return Err(detached_error(vm));
        }
        return Ok(vm.false_.clone());
    }
    let fd = query(vm, a, name)?;
    Ok(vm.bool_val((fd == 0) == reading))
}

fn readable(vm: &Vm, a: Args) -> PyResult<Value> {
    direction(vm, &a, "readable", true)
}

fn writable(vm: &Vm, a: Args) -> PyResult<Value> {
    direction(vm, &a, "writable", false)
}

fn seekable(vm: &Vm, a: Args) -> PyResult<Value> {
    let fd = query(vm, &a, "seekable")?;
    Ok(vm.bool_val(conf::fd_seekable(fd)))
}

fn close(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "close")?;
    rest(vm, &a, s, "close", 0)?;
    if !s.binary && conf::is_detached(s.fd) {
        return Err(detached_error(vm));
    }
    // The descriptor itself stays open (CPython's std streams have closefd=False).
    crate::builtins::functions::flush_stdout();
    s.closed.set(true);
    conf::set_closed(s.fd);
    Ok(vm.none.clone())
}

fn detach(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "detach")?;
    rest(vm, &a, s, "detach", 0)?;
    if s.binary {
        return Err(unsupported(vm, "detach"));
    }
    check_usable(vm, s, CLOSED)?;
    crate::builtins::functions::flush_stdout();
    conf::set_detached(s.fd);
    Ok(s.buffer
        .borrow_mut()
        .take()
        .unwrap_or_else(|| vm.none.clone()))
}

fn enter(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "__enter__")?;
    check_usable(vm, s, CLOSED)?;
    Ok(a.pos[0].clone())
}

fn exit(vm: &Vm, a: Args) -> PyResult<Value> {
    close(vm, Args::new(&a.pos[..1]))
}

fn name_of(fd: i32) -> &'static str {
    match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn mode_of(s: &StdStream) -> &'static str {
    match (s.fd, s.binary) {
        (0, false) => "r",
        (0, true) => "rb",
        (_, false) => "w",
        (_, true) => "wb",
    }
}

fn repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "__repr__")?;
    let name = name_of(s.fd);
    Ok(vm.new_str(match type_name(s) {
        "TextIOWrapper" => {
            // A detached stream has no name to show.
            let name = if conf::is_detached(s.fd) {
                String::new()
            } else {
                format!(" name='{name}'")
            };
            format!(
                "<_io.TextIOWrapper{name} mode='{}' encoding='{}'>",
                mode_of(s),
                conf::encoding(s.fd)
            )
        }
        "FileIO" => format!("<_io.FileIO name='{name}' mode='wb' closefd=False>"),
        t => format!("<_io.{t} name='{name}'>"),
    }))
}

fn get_name(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "name")?;
    if !s.binary && conf::is_detached(s.fd) {
        return Err(detached_error(vm));
    }
    Ok(vm.new_str(name_of(s.fd)))
}

fn get_mode(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(mode_of(this(vm, &a, "mode")?)))
}

fn get_closed(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "closed")?;
    if !s.binary && conf::is_detached(s.fd) {
        return Err(detached_error(vm));
    }
    Ok(vm.bool_val(conf::is_closed(s.fd)))
}

fn get_buffer(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "buffer")?;
    Ok(s.buffer.borrow().clone().unwrap_or_else(|| vm.none.clone()))
}

/// `__class__`: the `io` module's class of the same name once `io` is imported, so that
/// `isinstance(sys.stdout, io.TextIOBase)` holds (isinstance consults `__class__` when the
/// type alone says no) while the stream keeps its own native type and methods.
fn get_class(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos[0];
    let s = this(vm, &a, "__class__")?;
    let io = vm
        .as_dict(&vm.modules)
        .and_then(|d| vm.dict_get_str_key(d, "io"));
    if let Some(m) = io {
        if let Some(c) = vm.getattr_opt(&m, &vm.intern(type_name(s)))? {
            if vm.is_type(&c) {
                return Ok(c);
            }
        }
    }
    Ok(vm.type_of(v))
}

/// Makes the stream types and the three streams: (stdin, stdout, stderr).
pub fn init(vm: &Vm) -> (Value, Value, Value) {
    let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    UNBUFFERED.with(|u| u.set(unbuffered));
    let text = new_type::<StdStream>(vm, "_io", "TextIOWrapper");
    let reader = new_type::<StdStream>(vm, "_io", "BufferedReader");
    let writer = new_type::<StdStream>(vm, "_io", "BufferedWriter");
    let fileio = new_type::<StdStream>(vm, "_io", "FileIO");
    TYPES.with(|ts| {
        for (c, t) in ts.iter().zip([&text, &reader, &writer, &fileio]) {
            c.set(t.raw());
        }
    });
    let common: &[(&'static str, NativeFn)] = &[
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("__next__", read::next),
        ("__iter__", enter),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("seek", conf::seek),
        ("tell", conf::tell),
        ("truncate", conf::truncate),
        ("close", close),
        ("detach", detach),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__repr__", repr),
    ];
    for ty in [&text, &reader, &writer, &fileio] {
        methods(vm, ty, common);
        vm.add_getset(ty, "name", get_name, None);
        vm.add_getset(ty, "mode", get_mode, None);
        vm.add_getset(ty, "closed", get_closed, None);
        vm.add_getset(ty, "__class__", get_class, None);
    }
    methods(
        vm,
        &text,
        &[
            ("read", read::text_read),
            ("readline", read::text_readline),
            ("readlines", read::readlines),
            ("reconfigure", conf::reconfigure),
        ],
    );
    for ty in [&reader, &writer, &fileio] {
        methods(
            vm,
            ty,
            &[
                ("read", read::bin_read),
                ("read1", read::bin_read1),
                ("peek", read::bin_peek),
                ("readline", read::bin_readline),
                ("readlines", read::readlines),
            ],
        );
    }
    vm.add_getset(&text, "buffer", get_buffer, None);
    conf::add_text_attrs(vm, &text);
    let mut out = Vec::new();
    for fd in 0..3 {
        let bty = match fd {
            0 => &reader,
            _ if unbuffered => &fileio,
            _ => &writer,
        };
        let buffer = new_obj(
            vm,
            bty,
            StdStream {
                fd,
                binary: true,
                closed: Cell::new(false),
                buffer: RefCell::new(None),
            },
        );
        out.push(new_obj(
            vm,
            &text,
            StdStream {
                fd,
                binary: false,
                closed: Cell::new(false),
                buffer: RefCell::new(Some(buffer)),
            },
        ));
        conf::init_fd(fd, unbuffered);
    }
    let err = out.pop().unwrap();
    let outs = out.pop().unwrap();
    (out.pop().unwrap(), outs, err)
}
