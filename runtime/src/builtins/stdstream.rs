//! `sys.stdin`, `sys.stdout`, `sys.stderr` (and their `.buffer`): native stream objects
//! shown as `_io.TextIOWrapper` / `_io.BufferedWriter`, writing through the runtime's own
//! stdout buffer so that `print` stays fast.

use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{methods, new_obj, new_type};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use std::io::{BufRead, Read, Write};

/// One standard stream: its file descriptor, and whether it is the binary `.buffer`.
pub struct StdStream {
    pub fd: i32,
    pub binary: bool,
    pub closed: Cell<bool>,
}

impl Container for StdStream {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

thread_local! {
    static TEXT_TYPE: Cell<usize> = const { Cell::new(0) };
    static BIN_TYPE: Cell<usize> = const { Cell::new(0) };
}

/// The stream behind `v`, if it is one of ours.
pub fn stream_of<'a>(vm: &Vm, v: &'a Value) -> Option<&'a StdStream> {
    let t = vm.type_ptr(v) as usize;
    if t == TEXT_TYPE.with(|c| c.get()) || t == BIN_TYPE.with(|c| c.get()) {
        // SAFETY: instances of these two types carry a StdStream.
        Some(unsafe { v.payload::<StdStream>() })
    } else {
        None
    }
}

/// Writes text to fd 1 or 2 (stderr unbuffered, after flushing our stdout buffer).
pub fn write_text(fd: i32, s: &str) {
    if fd == 1 {
        crate::builtins::functions::write_stdout(s);
    } else {
        crate::builtins::functions::flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
}

fn this<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a StdStream> {
    a.pos
        .first()
        .and_then(|v| stream_of(vm, v))
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a stream object")))
}

fn check_open(vm: &Vm, s: &StdStream) -> PyResult<()> {
    if s.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// `io.UnsupportedOperation(what)` (an OSError), from our `io` module when it loads.
fn unsupported(vm: &Vm, what: &str) -> crate::vm::PyErr {
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
    a.check(vm, "write", 2, 2)?;
    let s = this(vm, &a, "write")?;
    check_open(vm, s)?;
    if s.fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    let v = &a.pos[1];
    if s.binary {
        let bytes: Vec<u8> = match (vm.as_bytes(v), vm.as_bytearray(v)) {
            (Some(b), _) => b.to_vec(),
            (_, Some(b)) => unsafe { b.b.get() }.clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        };
        crate::builtins::functions::flush_stdout();
        let r = if s.fd == 1 {
            std::io::stdout()
                .write_all(&bytes)
                .and_then(|_| std::io::stdout().flush())
        } else {
            std::io::stderr().write_all(&bytes)
        };
        r.map_err(|e| vm.new_exception_msg(&vm.exc.os_error, e.to_string()))?;
        return Ok(vm.new_int_usize(bytes.len()));
    }
    if !vm.is_str(v) {
        let tn = if v.is(&vm.none) {
            "None".to_string()
        } else {
            vm.type_name(v).to_string()
        };
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    }
    let text = vm.str_ref(v);
    write_text(s.fd, text);
    Ok(vm.new_int_usize(text.chars().count()))
}

fn flush(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "flush")?;
    check_open(vm, s)?;
    crate::builtins::functions::flush_stdout();
    Ok(vm.none.clone())
}

fn read_line_raw(vm: &Vm) -> PyResult<String> {
    crate::builtins::functions::flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| vm.new_exception_msg(&vm.exc.os_error, e.to_string()))?;
    Ok(line)
}

fn readline(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "readline")?;
    check_open(vm, s)?;
    if s.fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line_raw(vm)?;
    Ok(if s.binary {
        vm.new_bytes(line.into_bytes())
    } else {
        vm.new_str(line)
    })
}

fn read(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "read")?;
    check_open(vm, s)?;
    if s.fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    crate::builtins::functions::flush_stdout();
    let mut buf = Vec::new();
    let limit = match a.pos.get(1) {
        Some(n) if !n.is(&vm.none) => vm.index_isize(n)?,
        _ => -1,
    };
    let r = if limit < 0 {
        std::io::stdin().lock().read_to_end(&mut buf).map(|_| ())
    } else {
        std::io::stdin()
            .lock()
            .take(limit as u64)
            .read_to_end(&mut buf)
            .map(|_| ())
    };
    r.map_err(|e| vm.new_exception_msg(&vm.exc.os_error, e.to_string()))?;
    Ok(if s.binary {
        vm.new_bytes(buf)
    } else {
        vm.new_str(String::from_utf8_lossy(&buf).into_owned())
    })
}

fn readlines(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "readlines")?;
    let mut out = Vec::new();
    loop {
        let line = read_line_raw(vm)?;
        if line.is_empty() {
            break;
        }
        out.push(if s.binary {
            vm.new_bytes(line.into_bytes())
        } else {
            vm.new_str(line)
        });
    }
    Ok(vm.new_list(out))
}

fn next(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "__next__")?;
    check_open(vm, s)?;
    let line = read_line_raw(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(if s.binary {
        vm.new_bytes(line.into_bytes())
    } else {
        vm.new_str(line)
    })
}

fn fileno(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "fileno")?;
    Ok(vm.new_int(s.fd as i64))
}

fn isatty(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "isatty")?;
    check_open(vm, s)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(vm.bool_val(unsafe { libc::isatty(s.fd) } == 1))
}

fn readable(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(this(vm, &a, "readable")?.fd == 0))
}

fn writable(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(this(vm, &a, "writable")?.fd != 0))
}

fn seekable(vm: &Vm, a: Args) -> PyResult<Value> {
    this(vm, &a, "seekable")?;
    Ok(vm.false_.clone())
}

fn close(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "close")?;
    crate::builtins::functions::flush_stdout();
    s.closed.set(true);
    Ok(vm.none.clone())
}

fn enter(vm: &Vm, a: Args) -> PyResult<Value> {
    this(vm, &a, "__enter__")?;
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

fn repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "__repr__")?;
    let name = name_of(s.fd);
    Ok(vm.new_str(if s.binary {
        format!(
            "<_io.Buffered{} name='{name}'>",
            if s.fd == 0 { "Reader" } else { "Writer" }
        )
    } else {
        format!(
            "<_io.TextIOWrapper name='{name}' mode='{}' encoding='utf-8'>",
            if s.fd == 0 { "r" } else { "w" }
        )
    }))
}

fn get_name(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(name_of(this(vm, &a, "name")?.fd)))
}

fn get_mode(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "mode")?;
    Ok(vm.new_str(match (s.fd, s.binary) {
        (0, false) => "r",
        (0, true) => "rb",
        (_, false) => "w",
        (_, true) => "wb",
    }))
}

fn get_closed(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(this(vm, &a, "closed")?.closed.get()))
}

fn get_buffer(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "buffer")?;
    let ty = BIN_TYPE.with(|c| c.get());
    // SAFETY: the type is immortal (made once in `init`).
    let ty = unsafe { Value::from_borrowed_ptr(ty as *const _) };
    Ok(new_obj(
        vm,
        &ty,
        StdStream {
            fd: s.fd,
            binary: true,
            closed: Cell::new(false),
        },
    ))
}

/// Makes the stream types and the three streams: (stdin, stdout, stderr).
pub fn init(vm: &Vm) -> (Value, Value, Value) {
    let text = new_type::<StdStream>(vm, "_io", "TextIOWrapper");
    let bin = new_type::<StdStream>(vm, "_io", "BufferedWriter");
    TEXT_TYPE.with(|c| c.set(text.raw()));
    BIN_TYPE.with(|c| c.set(bin.raw()));
    for ty in [&text, &bin] {
        methods(
            vm,
            ty,
            &[
                ("write", write as crate::object::native::NativeFn),
                ("flush", flush),
                ("read", read),
                ("readline", readline),
                ("readlines", readlines),
                ("__next__", next),
                ("__iter__", enter),
                ("fileno", fileno),
                ("isatty", isatty),
                ("readable", readable),
                ("writable", writable),
                ("seekable", seekable),
                ("close", close),
                ("__enter__", enter),
                ("__exit__", exit),
                ("__repr__", repr),
            ],
        );
        vm.add_getset(ty, "name", get_name, None);
        vm.add_getset(ty, "mode", get_mode, None);
        vm.add_getset(ty, "closed", get_closed, None);
    }
    vm.add_getset(&text, "buffer", get_buffer, None);
    vm.add_type_attr(&text, "encoding", vm.new_str("utf-8"));
    vm.add_type_attr(&text, "errors", vm.new_str("strict"));
    vm.add_type_attr(&text, "line_buffering", vm.false_.clone());
    vm.add_type_attr(&text, "newlines", vm.none.clone());
    let mk = |fd| {
        new_obj(
            vm,
            &text,
            StdStream {
                fd,
                binary: false,
                closed: Cell::new(false),
            },
        )
    };
    (mk(0), mk(1), mk(2))
}
