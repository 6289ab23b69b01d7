//! Reading `sys.stdin` and `sys.stdin.buffer`: lines split as the stream's `newline` says,
//! sizes counted in characters for text and bytes for the buffer. Reads go through Rust's
//! stdin buffer, which `input()` shares.

use super::conf::{self, Newline};
use super::{check_usable, this, unsupported, StdStream, CLOSED};
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::io::{BufRead, Read};

fn io_err(vm: &Vm, e: std::io::Error) -> crate::vm::PyErr {
    vm.os_error_from_io(&e, None)
}

/// The continuation bytes that follow UTF-8 lead byte `b`.
fn continuation(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF7 => 3,
        _ => 0,
    }
}

/// One line's bytes: up to and including the line end `split` names, or at most `limit`
/// characters (whole UTF-8 sequences when `utf8`, else bytes).
/// Also says whether the input ran out.
fn line_bytes(
    split: Newline,
    limit: Option<usize>,
    utf8: bool,
) -> std::io::Result<(Vec<u8>, bool)> {
    crate::builtins::functions::flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    let (mut chars, mut need) = (0usize, 0usize);
    let mut after_cr = false;
    let mut eof = false;
    loop {
        let buf = lock.fill_buf()?;
        if buf.is_empty() {
            eof = true;
            break;
        }
        let (mut take, mut done) = (0, false);
        for &b in buf {
            if after_cr {
                // "\r" then "\n" is one line end; anything else starts the next line.
                if b == b'\n' {
                    out.push(b);
                    take += 1;
                }
                done = true;
                break;
            }
            if need > 0 && utf8 {
                need -= 1;
            } else {
                if limit.is_some_and(|l| chars >= l) {
                    done = true;
                    break;
                }
                chars += 1;
                need = if utf8 { continuation(b) } else { 0 };
            }
            out.push(b);
            take += 1;
            let end = match (split, b) {
                (Newline::Cr, b'\r') => true,
                (Newline::CrLf, b'\n') => out.ends_with(b"\r\n"),
                (Newline::CrLf, _) => false,
                (Newline::Universal | Newline::Any, b'\r') => {
                    after_cr = true;
                    false
                }
                (_, b'\n') => true,
                _ => false,
            };
            if end || (need == 0 && limit.is_some_and(|l| chars >= l)) {
                done = true;
                break;
            }
        }
        lock.consume(take);
        if done {
            break;
        }
    }
    Ok((out, eof))
}

/// At most `n` characters (all that is left when None); also whether the input ran out.
fn char_bytes(n: Option<usize>, utf8: bool) -> std::io::Result<(Vec<u8>, bool)> {
    crate::builtins::functions::flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    let Some(n) = n else {
        lock.read_to_end(&mut out)?;
        return Ok((out, true));
    };
    let (mut chars, mut need) = (0usize, 0usize);
    let mut eof = false;
    while chars < n || need > 0 {
        let buf = lock.fill_buf()?;
        if buf.is_empty() {
            eof = true;
            break;
        }
        let mut take = 0;
        for &b in buf {
            if need > 0 && utf8 {
                need -= 1;
            } else if chars == n {
                break;
            } else {
                chars += 1;
                need = if utf8 { continuation(b) } else { 0 };
            }
            take += 1;
            if chars == n && need == 0 {
                break;
            }
        }
        out.extend_from_slice(&buf[..take]);
        lock.consume(take);
    }
    Ok((out, eof))
}

/// Text from stdin's bytes: decoded, line ends translated when reading universally.
/// Until the input runs out, the encoding and newline may no longer change (CPython's text
/// layer then holds decoded text ahead).
fn decode(vm: &Vm, (bytes, eof): (Vec<u8>, bool)) -> PyResult<Value> {
    let (codec, errors, nl) = conf::with(0, |c| {
        c.read_started = !eof;
        (c.codec, c.errors.clone(), c.newline)
    });
    let text = match codec {
        None => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Some(c) => crate::builtins::str::codecs::decode(vm, &bytes, c, &errors)?,
    };
    if !matches!(nl, Newline::Universal | Newline::Any) || !text.contains('\r') {
        if matches!(nl, Newline::Universal | Newline::Any) && text.contains('\n') {
            conf::with(0, |c| c.seen |= 2);
        }
        return Ok(vm.new_str(text));
    }
    let crlf = text.matches("\r\n").count();
    let cr = text.matches('\r').count() - crlf;
    let lf = text.matches('\n').count() - crlf;
    conf::with(0, |c| {
        c.seen |= (cr > 0) as u8 | (((lf > 0) as u8) << 1) | (((crlf > 0) as u8) << 2)
    });
    Ok(vm.new_str(if nl == Newline::Universal {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }))
}

fn utf8() -> bool {
    conf::with(0, |c| c.codec.is_none())
}

/// A text read's checks: attached, open, readable.
fn text_ready(vm: &Vm, s: &StdStream) -> PyResult<()> {
    check_usable(vm, s, CLOSED)?;
    if s.fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// A buffer read's checks (`what` names the operation in the closed-file message).
fn bin_ready(vm: &Vm, s: &StdStream, what: &str) -> PyResult<()> {
    if conf::is_closed(s.fd) {
        return Err(vm.value_error(format!("{what} of closed file")));
    }
    if s.fd != 0 {
        // (FileIO, stdout's buffer when unbuffered, words it as the raw file does.)
        let unbuffered = super::UNBUFFERED.with(|u| u.get());
        return Err(unsupported(
            vm,
            if unbuffered {
                "File not open for reading"
            } else {
                what
            },
        ));
    }
    Ok(())
}

/// An optional size (`_Py_convert_optional_to_ssize_t`): None or negative is "all".
fn opt_size(vm: &Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(x) if vm.is_none(&x) => Ok(None),
        Some(x) => {
            if !vm.is_int(&x) && vm.lookup_special(&x, &vm.names.index).is_none() {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(&x)
                )));
            }
            Ok(Some(vm.index_isize(&x)?))
        }
    }
}

fn size_arg<'a>(
    vm: &Vm,
    a: &Args<'a>,
    s: &StdStream,
    name: &str,
    kw: &str,
) -> PyResult<Option<i64>> {
    let r = super::rest(vm, a, s, name, 1)?;
    opt_size(vm, r.pos.first().cloned().or_else(|| r.kw(vm, kw)))
}

fn limit(n: Option<i64>) -> Option<usize> {
    n.filter(|n| *n >= 0).map(|n| n as usize)
}

pub fn text_read(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "read")?;
    let n = size_arg(vm, &a, s, "read", "size")?;
    text_ready(vm, s)?;
    let b = char_bytes(limit(n), utf8()).map_err(|e| io_err(vm, e))?;
    decode(vm, b)
}

pub fn text_readline(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "readline")?;
    let r = super::rest(vm, &a, s, "readline", 1)?;
    // A plain Py_ssize_t parameter: None is refused.
    let n = match r.pos.first().cloned().or_else(|| r.kw(vm, "size")) {
        Some(x) => Some(vm.index_isize(&x)?),
        None => None,
    };
    text_ready(vm, s)?;
    text_line(vm, limit(n))
}

fn text_line(vm: &Vm, n: Option<usize>) -> PyResult<Value> {
    let split = conf::with(0, |c| c.newline);
    let b = line_bytes(split, n, utf8()).map_err(|e| io_err(vm, e))?;
    decode(vm, b)
}

fn bin_line(vm: &Vm, n: Option<usize>) -> PyResult<Value> {
    let (b, _) = line_bytes(Newline::Lf, n, false).map_err(|e| io_err(vm, e))?;
    Ok(vm.new_bytes(b))
}

pub fn next(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "__next__")?;
    let line = if s.binary {
        bin_ready(vm, s, "readline")?;
        bin_line(vm, None)?
    } else {
        text_ready(vm, s)?;
        conf::set_telling(0, false);
        text_line(vm, None)?
    };
    let empty = vm
        .as_bytes(&line)
        .map_or_else(|| vm.str_ref(&line).is_empty(), |b| b.is_empty());
    if empty {
        conf::set_telling(0, true);
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

pub fn readlines(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "readlines")?;
    let hint = size_arg(vm, &a, s, "readlines", "hint")?.filter(|h| *h > 0);
    if s.binary {
        bin_ready(vm, s, "readline")?;
    } else {
        text_ready(vm, s)?;
    }
    let (mut out, mut total) = (Vec::new(), 0usize);
    loop {
        let line = if s.binary {
            bin_line(vm, None)?
        } else {
            text_line(vm, None)?
        };
        let n = match vm.as_bytes(&line) {
            Some(b) => b.len(),
            None => vm.str_ref(&line).chars().count(),
        };
        if n == 0 {
            break;
        }
        out.push(line);
        total += n;
        if hint.is_some_and(|h| total > h as usize) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

/// `read(size=-1)` on the buffer: blocks until `size` bytes or the end.
pub fn bin_read(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "read")?;
    let n = size_arg(vm, &a, s, "read", "size")?;
    if n.is_some_and(|n| n < -1) {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    bin_ready(vm, s, "read")?;
    let (b, _) = char_bytes(limit(n), false).map_err(|e| io_err(vm, e))?;
    Ok(vm.new_bytes(b))
}

/// `read1(size=-1)`: what one read gives (the bytes already read ahead, if any).
pub fn bin_read1(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "read1")?;
    let n = size_arg(vm, &a, s, "read1", "size")?;
    bin_ready(vm, s, "read")?;
    if n == Some(0) {
        return Ok(vm.new_bytes(Vec::new()));
    }
    crate::builtins::functions::flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let buf = lock.fill_buf().map_err(|e| io_err(vm, e))?;
    let take = limit(n).map_or(buf.len(), |n| n.min(buf.len()));
    let out = buf[..take].to_vec();
    lock.consume(take);
    Ok(vm.new_bytes(out))
}

/// `peek(size=0)`: the bytes read ahead, without consuming them.
pub fn bin_peek(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "peek")?;
    super::rest(vm, &a, s, "peek", 1)?;
    bin_ready(vm, s, "peek")?;
    crate::builtins::functions::flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let buf = lock.fill_buf().map_err(|e| io_err(vm, e))?;
    Ok(vm.new_bytes(buf.to_vec()))
}

pub fn bin_readline(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "readline")?;
    let n = size_arg(vm, &a, s, "readline", "size")?;
    bin_ready(vm, s, "readline")?;
    bin_line(vm, limit(n))
}
