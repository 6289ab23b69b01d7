//! The standard streams' settings per descriptor (encoding, errors, newline, line_buffering,
//! write_through, closed/detached), `reconfigure()`, and `seek`/`tell`/`truncate`, which go to
//! the descriptor itself (they work when the stream is redirected to a regular file).

use super::{
    check_usable, detached_error, rest, this, unsupported, write_bytes, write_text, StdStream,
    CLOSED, LINE_BUF, SLOW,
};
use crate::builtins::str::codecs::{self as str_codecs, Codec};
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::BufRead;

/// How a text stream splits (reading) and writes line ends: CPython's `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// None: any of "\n", "\r", "\r\n" ends a line and reads as "\n".
    Universal,
    /// "": any ending ends a line, kept as it is.
    Any,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// The line end `write` turns "\n" into, if it translates.
    fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

pub struct Conf {
    pub closed: bool,
    pub detached: bool,
    pub write_through: bool,
    /// False from a `next()` until the lines run out (tell() is refused meanwhile).
    pub telling: bool,
    /// Text has been read: the encoding and newline can no longer change.
    pub read_started: bool,
    /// The codec, None for UTF-8 (whose writes are the text's own bytes).
    pub codec: Option<Codec>,
    pub encoding: String,
    pub errors: String,
    pub newline: Newline,
    /// Line ends seen by a universal reader: bit 0 "\r", bit 1 "\n", bit 2 "\r\n".
    pub seen: u8,
}

thread_local! {
    static CONF: RefCell<Vec<Conf>> = const { RefCell::new(Vec::new()) };
}

pub fn with<R>(fd: i32, f: impl FnOnce(&mut Conf) -> R) -> R {
    CONF.with(|c| {
        let mut c = c.borrow_mut();
        let i = super::idx(fd);
        while c.len() <= i {
            let stderr = c.len() == 2;
            c.push(Conf {
                closed: false,
                detached: false,
                write_through: false,
                telling: true,
                read_started: false,
                codec: None,
                encoding: "utf-8".to_string(),
                // CPython's choice in the C/C.UTF-8 locales these programs run under.
                errors: if stderr {
                    "backslashreplace"
                } else {
                    "surrogateescape"
                }
                .to_string(),
                newline: Newline::Lf,
                seen: 0,
            });
        }
        f(&mut c[i])
    })
}

/// Recomputes the fast-path flags of `fd` from its settings.
fn refresh(fd: i32) {
    let slow = with(fd, |c| {
        c.closed || c.detached || c.codec.is_some() || c.newline.written().is_some()
    });
    SLOW.with(|s| s[super::idx(fd)].set(slow));
}

pub fn init_fd(fd: i32, unbuffered: bool) {
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    // As CPython: line buffered on a terminal, and stderr always, unless unbuffered.
    LINE_BUF.with(|l| l[super::idx(fd)].set(!unbuffered && (tty || fd == 2)));
    with(fd, |c| c.write_through = unbuffered);
    refresh(fd);
}

pub fn is_closed(fd: i32) -> bool {
    with(fd, |c| c.closed)
}

pub fn is_detached(fd: i32) -> bool {
    with(fd, |c| c.detached)
}

pub fn set_closed(fd: i32) {
    with(fd, |c| c.closed = true);
    refresh(fd);
}

pub fn set_detached(fd: i32) {
    with(fd, |c| c.detached = true);
    refresh(fd);
}

pub fn set_telling(fd: i32, on: bool) {
    with(fd, |c| c.telling = on);
}

pub fn encoding(fd: i32) -> String {
    with(fd, |c| c.encoding.clone())
}

/// Writes the str `v` to text stream `fd` with its newline and encoding settings.
pub fn write_encoded(vm: &Vm, fd: i32, v: &Value) -> PyResult<()> {
    let (codec, errors, nl) = with(fd, |c| (c.codec, c.errors.clone(), c.newline));
    let text = vm.str_ref(v);
    let translated;
    let (text, v) = match nl.written() {
        Some(end) if text.contains('\n') => {
            translated = vm.new_str(text.replace('\n', end));
            (vm.str_ref(&translated), &translated)
        }
        _ => (text, v),
    };
    match codec {
        None => write_text(fd, text),
        Some(codec) => {
            let b = str_codecs::encode(vm, v, codec, &errors)?;
            write_bytes(fd, &b);
            if fd == 1
                && LINE_BUF.with(|l| l[1].get())
                && text.bytes().any(|b| b == b'\n' || b == b'\r')
            {
                crate::builtins::functions::flush_stdout();
            }
        }
    }
    Ok(())
}

/// `obj` as a str argument, with CPython's message for what `PyUnicode_AsUTF8` refuses.
fn str_arg(vm: &Vm, obj: &Value) -> PyResult<String> {
    if vm.is_str(obj) {
        Ok(vm.str_ref(obj).to_string())
    } else {
        Err(vm.type_error("bad argument type for built-in operation"))
    }
}

fn parse_newline(vm: &Vm, s: Option<&str>) -> PyResult<Newline> {
    Ok(match s {
        None => Newline::Universal,
        Some("") => Newline::Any,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    })
}

/// A `line_buffering`/`write_through` argument: None keeps `old`; else its integer value
/// (CPython reads these through `__index__`).
fn opt_bool(vm: &Vm, v: Option<Value>, old: bool) -> PyResult<bool> {
    match v {
        None => Ok(old),
        Some(x) if vm.is_none(&x) => Ok(old),
        Some(x) => {
            let i = vm.index(&x)?;
            vm.truthy(&i)
        }
    }
}

/// `TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through)`.
pub fn reconfigure(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "reconfigure")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    a.only_kw(
        vm,
        "reconfigure",
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
    )?;
    let fd = s.fd;
    if is_detached(fd) {
        return Err(detached_error(vm));
    }
    let given = |n: &str| a.kw(vm, n).filter(|v| !vm.is_none(v));
    let (encoding, errors) = (given("encoding"), given("errors"));
    // newline=None is a value (universal newlines); only its absence keeps the old one.
    let newline = a.kw(vm, "newline");
    if with(fd, |c| c.read_started) && (encoding.is_some() || errors.is_some() || newline.is_some())
    {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    let nl = match &newline {
        None => None,
        Some(v) if vm.is_none(v) => Some(Newline::Universal),
        Some(v) => Some(parse_newline(vm, Some(&str_arg(vm, v)?))?),
    };
    let lb = opt_bool(
        vm,
        a.kw(vm, "line_buffering"),
        LINE_BUF.with(|l| l[super::idx(fd)].get()),
    )?;
    let wt = opt_bool(vm, a.kw(vm, "write_through"), with(fd, |c| c.write_through))?;
    check_usable(vm, s, CLOSED)?;
    crate::builtins::functions::flush_stdout();
    if let Some(nl) = nl {
        with(fd, |c| c.newline = nl);
    }
    if encoding.is_some() || errors.is_some() {
        // A new encoding without errors goes back to strict, as in CPython.
        let errors = match (&encoding, errors) {
            (_, Some(e)) => str_arg(vm, &e)?,
            (Some(_), None) => "strict".to_string(),
            (None, None) => unreachable!(),
        };
        let (name, codec) = match &encoding {
            Some(e) => {
                let mut name = str_arg(vm, e)?;
                if name == "locale" {
                    name = "utf-8".to_string();
                }
                let codec = str_codecs::text_lookup(vm, &name, "open")?;
                (Some(name), codec)
            }
            None => (None, with(fd, |c| c.codec).unwrap_or(Codec::Utf8)),
        };
        with(fd, |c| {
            if let Some(n) = name {
                c.encoding = n;
            }
            c.codec = (codec != Codec::Utf8).then_some(codec);
            c.errors = errors;
        });
    }
    LINE_BUF.with(|l| l[super::idx(fd)].set(lb));
    with(fd, |c| c.write_through = wt);
    refresh(fd);
    Ok(vm.none.clone())
}

fn get_encoding(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(encoding(this(vm, &a, "encoding")?.fd)))
}

fn get_errors(vm: &Vm, a: Args) -> PyResult<Value> {
    let fd = this(vm, &a, "errors")?.fd;
    Ok(vm.new_str(with(fd, |c| c.errors.clone())))
}

fn get_line_buffering(vm: &Vm, a: Args) -> PyResult<Value> {
    let fd = this(vm, &a, "line_buffering")?.fd;
    Ok(vm.bool_val(LINE_BUF.with(|l| l[super::idx(fd)].get())))
}

fn get_write_through(vm: &Vm, a: Args) -> PyResult<Value> {
    let fd = this(vm, &a, "write_through")?.fd;
    Ok(vm.bool_val(with(fd, |c| c.write_through)))
}

fn get_newlines(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "newlines")?;
    check_usable(vm, s, CLOSED)?;
    let seen = with(s.fd, |c| c.seen);
    let names: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    Ok(match names.len() {
        0 => vm.none.clone(),
        1 => vm.new_str(names[0]),
        _ => vm.new_tuple(names.into_iter().map(|n| vm.new_str(n)).collect()),
    })
}

pub fn add_text_attrs(vm: &Vm, ty: &Value) {
    vm.add_getset(ty, "encoding", get_encoding, None);
    vm.add_getset(ty, "errors", get_errors, None);
    vm.add_getset(ty, "line_buffering", get_line_buffering, None);
    vm.add_getset(ty, "write_through", get_write_through, None);
    vm.add_getset(ty, "newlines", get_newlines, None);
}

pub fn fd_seekable(fd: i32) -> bool {
    // SAFETY: lseek on a descriptor of ours, moving nothing.
    unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) >= 0 }
}

/// The stream's logical position: the descriptor's, less what stdin has read ahead.
fn position(vm: &Vm, fd: i32) -> PyResult<i64> {
    crate::builtins::functions::flush_stdout();
    let ahead = if fd == 0 {
        std::io::stdin()
            .lock()
            .fill_buf()
            .map(|b| b.len() as i64)
            .map_err(|e| vm.os_error_from_io(&e, None))?
    } else {
        0
    };
    // SAFETY: as above.
    let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
    if r < 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(r - ahead)
}

/// Moves the descriptor (stdin's read-ahead dropped first); the new position.
fn move_to(vm: &Vm, fd: i32, pos: i64, whence: i32) -> PyResult<i64> {
    let (pos, whence) = if whence == libc::SEEK_CUR {
        (position(vm, fd)? + pos, libc::SEEK_SET)
    } else {
        crate::builtins::functions::flush_stdout();
        (pos, whence)
    };
    if fd == 0 {
        let mut lock = std::io::stdin().lock();
        let n = lock.fill_buf().map(|b| b.len()).unwrap_or(0);
        lock.consume(n);
    }
    // SAFETY: as above.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(r)
}

fn whence_arg(vm: &Vm, r: &Args) -> PyResult<i64> {
    match r.pos.get(1).cloned().or_else(|| r.kw(vm, "whence")) {
        None => Ok(0),
        Some(w) => vm.int_to_i64(&vm.index(&w)?),
    }
}

pub fn seek(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "seek")?;
    let r = rest(vm, &a, s, "seek", 2)?;
    let Some(target) = r.pos.first().cloned().or_else(|| r.kw(vm, "cookie")) else {
        return Err(vm.type_error(format!(
            "seek expected at least 1 argument, got {}",
            r.pos.len()
        )));
    };
    let whence = whence_arg(vm, &r)?;
    if s.binary {
        // FileIO (stdout's buffer when unbuffered) hands any whence to lseek; the buffered
        // classes check it, and that the file can seek, first.
        let raw = s.fd != 0 && super::UNBUFFERED.with(|u| u.get());
        if !raw && !(0..=4).contains(&whence) {
            return Err(vm.value_error(format!("whence value {whence} unsupported")));
        }
        let pos = vm.int_to_i64(&vm.index(&target)?)?;
        if is_closed(s.fd) {
            return Err(vm.value_error(CLOSED));
        }
        if !raw && !fd_seekable(s.fd) {
            return Err(unsupported(vm, "File or stream is not seekable."));
        }
        return Ok(vm.new_int(move_to(vm, s.fd, pos, whence as i32)?));
    }
    check_usable(vm, s, CLOSED)?;
    if !fd_seekable(s.fd) {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let zero = vm.new_int(0);
    let nonzero = |v: &Value| -> PyResult<bool> {
        let r = vm.compare(v, &zero, crate::bytecode::CmpOp::Ne)?;
        vm.truthy(&r)
    };
    match whence {
        1 => {
            if nonzero(&target)? {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            tell_text(vm, s)
        }
        2 => {
            if nonzero(&target)? {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            set_telling(s.fd, true);
            Ok(vm.new_int(move_to(vm, s.fd, 0, libc::SEEK_END)?))
        }
        0 => {
            let neg = vm.compare(&target, &zero, crate::bytecode::CmpOp::Lt)?;
            if vm.truthy(&neg)? {
                return Err(vm.value_error(format!(
                    "negative seek position {}",
                    vm.repr_string(&target)?
                )));
            }
            let pos = vm.int_to_i64(&vm.index(&target)?)?;
            set_telling(s.fd, true);
            move_to(vm, s.fd, pos, libc::SEEK_SET)?;
            Ok(target)
        }
        w => Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    }
}

fn tell_text(vm: &Vm, s: &StdStream) -> PyResult<Value> {
    check_usable(vm, s, CLOSED)?;
    if !fd_seekable(s.fd) {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    if !with(s.fd, |c| c.telling) {
        return Err(vm.new_exception_msg(
            &vm.exc.os_error,
            "telling position disabled by next() call".to_string(),
        ));
    }
    Ok(vm.new_int(position(vm, s.fd)?))
}

pub fn tell(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "tell")?;
    rest(vm, &a, s, "tell", 0)?;
    if !s.binary {
        return tell_text(vm, s);
    }
    if is_closed(s.fd) {
        return Err(vm.value_error(CLOSED));
    }
    Ok(vm.new_int(position(vm, s.fd)?))
}

pub fn truncate(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "truncate")?;
    let r = rest(vm, &a, s, "truncate", 1)?;
    check_usable(vm, s, CLOSED)?;
    if s.fd == 0 {
        return Err(unsupported(vm, "truncate"));
    }
    crate::builtins::functions::flush_stdout();
    let pos = match r.pos.first().cloned().or_else(|| r.kw(vm, "pos")) {
        Some(p) if !vm.is_none(&p) => vm.int_to_i64(&vm.index(&p)?)?,
        _ => position(vm, s.fd)?,
    };
    // SAFETY: ftruncate on a descriptor of ours.
    if unsafe { libc::ftruncate(s.fd, pos) } < 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(vm.new_int(pos))
}
