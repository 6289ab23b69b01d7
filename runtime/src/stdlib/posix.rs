//! `posix`: the operating-system calls behind the frozen `os` module — process ids, the
//! environment, file descriptors, directories, stat, rename/remove, urandom. Errors are
//! OSError subclasses chosen by errno, carrying the path as given.

use super::posix_args::{dir_fd, flag, name_value, path_arg, PathArg, PATH, PATH_OR_FD};
use super::sysutil::{clinic_int, clinic_ssize, module, parse, positional, set};
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::ffi::CString;

#[path = "posix_sys.rs"]
mod posix_sys;

pub fn make(vm: &Vm) -> PyResult<Value> {
    super::oserror::init(vm);
    let fns: &[(&'static str, NativeFn)] = &[
        ("getpid", |vm, a| {
            noargs(vm, a, "getpid", || unsafe { libc::getpid() } as i64)
        }),
        ("getppid", |vm, a| {
            noargs(vm, a, "getppid", || unsafe { libc::getppid() } as i64)
        }),
        ("getuid", |vm, a| {
            noargs(vm, a, "getuid", || unsafe { libc::getuid() } as i64)
        }),
        ("geteuid", |vm, a| {
            noargs(vm, a, "geteuid", || unsafe { libc::geteuid() } as i64)
        }),
        ("getgid", |vm, a| {
            noargs(vm, a, "getgid", || unsafe { libc::getgid() } as i64)
        }),
        ("getegid", |vm, a| {
            noargs(vm, a, "getegid", || unsafe { libc::getegid() } as i64)
        }),
        ("getcwd", |vm, a| getcwd(vm, a, false)),
        ("getcwdb", |vm, a| getcwd(vm, a, true)),
        ("chdir", chdir),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("strerror", strerror),
        ("open", open),
        ("close", close),
        ("closerange", closerange),
        ("read", read),
        ("write", write),
        ("pipe", pipe),
        ("dup", dup),
        ("dup2", dup2),
        ("lseek", lseek),
        ("isatty", isatty),
        ("fsync", fsync),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("fstat", fstat),
        ("stat", stat),
        ("lstat", lstat),
        ("access", access),
        ("chmod", chmod),
        ("umask", umask),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", |vm, a| unlink(vm, a, "remove")),
        ("unlink", |vm, a| unlink(vm, a, "unlink")),
        ("rename", |vm, a| rename(vm, a, "rename")),
        ("replace", |vm, a| rename(vm, a, "replace")),
        ("listdir", listdir),
        ("_scandir_raw", scandir_raw),
        ("readlink", readlink),
        ("symlink", symlink),
        ("link", link),
        ("urandom", urandom),
        ("cpu_count", cpu_count),
        ("kill", kill),
        ("getsid", |vm, a| pid_query(vm, a, "getsid", libc::getsid)),
        ("getpgid", |vm, a| {
            pid_query(vm, a, "getpgid", libc::getpgid)
        }),
        ("getpgrp", |vm, a| {
            noargs(vm, a, "getpgrp", || unsafe { libc::getpgrp() } as i64)
        }),
        ("setsid", setsid),
        ("_exit", exit_now),
        ("system", system),
        ("uname", uname),
        ("utime", utime),
        ("get_terminal_size", get_terminal_size),
    ];
    let m = module(vm, "posix", fns);
    posix_sys::add(vm, &m);
    set(vm, &m, "environ", environ(vm)?);
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("SEEK_DATA", libc::SEEK_DATA as i64),
        ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    for (n, v) in consts {
        set(vm, &m, n, vm.new_int(*v));
    }
    Ok(m)
}

fn noargs(vm: &Vm, a: Args, name: &str, f: impl Fn() -> i64) -> PyResult<Value> {
    a.check(vm, &format!("posix.{name}"), 0, 0)?;
    Ok(vm.new_int(f()))
}

/// Fails with the current errno (and the path, when there is one).
fn check(vm: &Vm, r: libc::c_int, p: Option<&PathArg>) -> PyResult<libc::c_int> {
    if r < 0 {
        return Err(vm.os_error_last(p.map(|p| p.obj.clone())));
    }
    Ok(r)
}

fn check2(vm: &Vm, r: libc::c_int, a: &PathArg, b: &PathArg) -> PyResult<()> {
    if r < 0 {
        let code = super::oserror::last_errno();
        return Err(vm.os_error(code, Some(a.obj.clone()), Some(b.obj.clone())));
    }
    Ok(())
}

fn getcwd(vm: &Vm, a: Args, bytes: bool) -> PyResult<Value> {
    a.check(
        vm,
        if bytes {
            "posix.getcwdb"
        } else {
            "posix.getcwd"
        },
        0,
        0,
    )?;
    match std::env::current_dir() {
        Ok(p) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(name_value(vm, p.as_os_str().as_bytes(), bytes))
        }
        Err(e) => Err(vm.os_error_from_io(&e, None)),
    }
}

fn chdir(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "chdir", &["path"], 1, 1)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "chdir",
        "path",
        PATH_OR_FD,
    )?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::fchdir(fd) },
        None => unsafe { libc::chdir(p.c.as_ptr()) },
    };
    check(vm, r, Some(&p))?;
    Ok(vm.none.clone())
}

/// The process environment as a dict of str (the `os` module wraps it).
fn environ(vm: &Vm) -> PyResult<Value> {
    let d = vm.new_dict();
    let dd = vm.as_dict(&d).unwrap();
    use std::os::unix::ffi::OsStrExt;
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(String::from_utf8_lossy(k.as_bytes()).into_owned());
        let v = vm.new_str(String::from_utf8_lossy(v.as_bytes()).into_owned());
        // The first definition wins, as in CPython's environ.
        if vm.dict_get(dd, &k)?.is_none() {
            vm.dict_set(dd, k, v)?;
        }
    }
    Ok(d)
}

/// A name or value for putenv: str or bytes (CPython's FSConverter).
fn env_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let b = if vm.is_str(v) {
        vm.str_ref(v).as_bytes().to_vec()
    } else if let Some(b) = vm.as_bytes(v) {
        b.to_vec()
    } else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )));
    };
    if b.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(b)
}

fn putenv(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.putenv", "putenv", 2, 2)?;
    let k = env_bytes(vm, &a.pos[0])?;
    let v = env_bytes(vm, &a.pos[1])?;
    if k.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let (kc, vc) = (
        CString::new(k).unwrap_or_default(),
        CString::new(v).unwrap_or_default(),
    );
    // SAFETY: valid C strings; setenv copies them.
    check(
        vm,
        unsafe { libc::setenv(kc.as_ptr(), vc.as_ptr(), 1) },
        None,
    )?;
    Ok(vm.none.clone())
}

fn unsetenv(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.unsetenv", "unsetenv", 1, 1)?;
    let k = env_bytes(vm, &a.pos[0])?;
    if k.is_empty() || k.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let kc = CString::new(k).unwrap_or_default();
    check(vm, unsafe { libc::unsetenv(kc.as_ptr()) }, None)?;
    Ok(vm.none.clone())
}

fn strerror(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.strerror", 1, 1)?;
    let code = clinic_int(vm, &a.pos[0])?;
    Ok(vm.new_str(super::oserror::strerror(code)))
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    clinic_int(vm, v)
}

fn open(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "open", &["path", "flags", "mode", "dir_fd"], 2, 3)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), "open", "path", PATH)?;
    let flags = clinic_int(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    let mode = match &v[2] {
        Some(m) => clinic_int(vm, m)?,
        None => 0o777,
    };
    let dfd = dir_fd(vm, &v[3])?;
    // Descriptors are not inherited by child processes (PEP 446).
    let fd = loop {
        let fd = unsafe {
            libc::openat(
                dfd,
                p.c.as_ptr(),
                flags | libc::O_CLOEXEC,
                mode as libc::c_uint,
            )
        };
        if fd < 0 && super::oserror::last_errno() == libc::EINTR {
            continue;
        }
        break fd;
    };
    check(vm, fd, Some(&p))?;
    Ok(vm.new_int(fd as i64))
}

fn close(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "close", &["fd"], 1, 1)?;
    let fd = fd_arg(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    crate::builtins::functions::flush_stdout();
    check(vm, unsafe { libc::close(fd) }, None)?;
    Ok(vm.none.clone())
}

fn closerange(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.closerange", "closerange", 2, 2)?;
    let lo = fd_arg(vm, &a.pos[0])?;
    let hi = fd_arg(vm, &a.pos[1])?;
    for fd in lo.max(0)..hi {
        unsafe { libc::close(fd) };
    }
    Ok(vm.none.clone())
}

fn read(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.read", "read", 2, 2)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let n = clinic_ssize(vm, &a.pos[1])?;
    if n < 0 {
        return Err(vm.os_error(libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    let got = loop {
        let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n as usize) };
        if r < 0 && super::oserror::last_errno() == libc::EINTR {
            continue;
        }
        break r;
    };
    if got < 0 {
        return Err(vm.os_error_last(None));
    }
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

/// The bytes of a bytes-like argument.
fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = vm.as_bytearray(v) {
        return Ok(unsafe { b.b.get().clone() });
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

fn write(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.write", "write", 2, 2)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let data = buffer(vm, &a.pos[1])?;
    // Our print() buffers stdout: keep its output ahead of raw writes to the same stream.
    if fd == 1 || fd == 2 {
        crate::builtins::functions::flush_stdout();
    }
    let r = loop {
        let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if r < 0 && super::oserror::last_errno() == libc::EINTR {
            continue;
        }
        break r;
    };
    if r < 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(vm.new_int(r as i64))
}

fn pipe(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.pipe", 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    check(
        vm,
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        None,
    )?;
    Ok(vm.new_tuple(vec![vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64)]))
}

fn dup(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.dup", 1, 1)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let r = check(
        vm,
        unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) },
        None,
    )?;
    Ok(vm.new_int(r as i64))
}

fn dup2(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "dup2", &["fd", "fd2", "inheritable"], 2, 3)?;
    let fd = fd_arg(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    let fd2 = fd_arg(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    let inheritable = flag(vm, &v[2], true)?;
    crate::builtins::functions::flush_stdout();
    let r = if inheritable {
        unsafe { libc::dup2(fd, fd2) }
    } else {
        unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) }
    };
    check(vm, r, None)?;
    Ok(vm.new_int(fd2 as i64))
}

fn lseek(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.lseek", "lseek", 3, 3)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let i = vm.index(&a.pos[1])?;
    let pos = vm
        .as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?;
    let how = clinic_int(vm, &a.pos[2])?;
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(vm.new_int(r))
}

fn isatty(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.isatty", 1, 1)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    Ok(vm.bool_val(unsafe { libc::isatty(fd) } == 1))
}

fn fsync(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "fsync", &["fd"], 1, 1)?;
    let x = v[0].clone().unwrap_or_else(|| vm.none.clone());
    // Any object with fileno() is accepted, as CPython's fildes converter does.
    let fd = if vm.is_int(&x) {
        fd_arg(vm, &x)?
    } else {
        let f = vm.getattr(&x, &vm.intern("fileno"))?;
        fd_arg(vm, &vm.call(&f, &[])?)?
    };
    check(vm, unsafe { libc::fsync(fd) }, None)?;
    Ok(vm.none.clone())
}

fn ftruncate(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.ftruncate", "ftruncate", 2, 2)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let n = vm.int_to_i64(&vm.index(&a.pos[1])?)?;
    check(vm, unsafe { libc::ftruncate(fd, n) }, None)?;
    Ok(vm.none.clone())
}

fn truncate(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "truncate", &["path", "length"], 2, 2)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "truncate",
        "path",
        PATH_OR_FD,
    )?;
    let n = vm.int_to_i64(&vm.index(v[1].as_ref().unwrap_or(&vm.none))?)?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::ftruncate(fd, n) },
        None => unsafe { libc::truncate(p.c.as_ptr(), n) },
    };
    check(vm, r, Some(&p))?;
    Ok(vm.none.clone())
}

/// An `os.stat_result` (the class `os` registers as `posix._stat_result`; a plain tuple of
/// the 19 fields before that).
fn stat_tuple(vm: &Vm, st: &libc::stat) -> PyResult<Value> {
    let t = stat_fields(vm, st);
    let md = vm.as_dict(&vm.modules).unwrap();
    if let Some(m) = vm.dict_get_str_key(md, "posix") {
        if let Some(d) = vm.module_dict(&m) {
            if let Some(cls) = vm.dict_get_str_key(vm.as_dict(&d).unwrap(), "_stat_result") {
                return vm.call(&cls, &[t]);
            }
        }
    }
    Ok(t)
}

fn stat_fields(vm: &Vm, st: &libc::stat) -> Value {
    let time = |sec: i64, nsec: i64| -> (Value, Value, Value) {
        (
            vm.new_int(sec),
            vm.new_float(sec as f64 + nsec as f64 * 1e-9),
            vm.new_bigint(num_bigint::BigInt::from(sec) * 1_000_000_000 + nsec),
        )
    };
    let (ai, af, an) = time(st.st_atime, st.st_atime_nsec);
    let (mi, mf, mn) = time(st.st_mtime, st.st_mtime_nsec);
    let (ci, cf, cn) = time(st.st_ctime, st.st_ctime_nsec);
    vm.new_tuple(vec![
        vm.new_int(st.st_mode as i64),
        vm.new_int_usize(st.st_ino as usize),
        vm.new_int_usize(st.st_dev as usize),
        vm.new_int(st.st_nlink as i64),
        vm.new_int(st.st_uid as i64),
        vm.new_int(st.st_gid as i64),
        vm.new_int(st.st_size),
        ai,
        mi,
        ci,
        af,
        mf,
        cf,
        an,
        mn,
        cn,
        vm.new_int(st.st_blksize as i64),
        vm.new_int(st.st_blocks),
        vm.new_int_usize(st.st_rdev as usize),
    ])
}

fn zero_stat() -> libc::stat {
    // SAFETY: plain data.
    unsafe { std::mem::zeroed() }
}

fn do_stat(vm: &Vm, a: Args, fname: &str, follow_default: bool, lstat: bool) -> PyResult<Value> {
    let spec: &[&str] = if lstat {
        &["path", "dir_fd"]
    } else {
        &["path", "dir_fd", "follow_symlinks"]
    };
    let v = parse(vm, &a, fname, spec, 1, 1)?;
    let allow = if lstat { PATH } else { PATH_OR_FD };
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), fname, "path", allow)?;
    let dfd = dir_fd(vm, &v[1])?;
    let follow = if lstat {
        false
    } else {
        flag(vm, &v[2], follow_default)?
    };
    let mut st = zero_stat();
    let r = match p.fd {
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let fl = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            unsafe { libc::fstatat(dfd, p.c.as_ptr(), &mut st, fl) }
        }
    };
    check(vm, r, Some(&p))?;
    stat_tuple(vm, &st)
}

fn stat(vm: &Vm, a: Args) -> PyResult<Value> {
    do_stat(vm, a, "stat", true, false)
}

fn lstat(vm: &Vm, a: Args) -> PyResult<Value> {
    do_stat(vm, a, "lstat", false, true)
}

fn fstat(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "fstat", &["fd"], 1, 1)?;
    let fd = fd_arg(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    let mut st = zero_stat();
    check(vm, unsafe { libc::fstat(fd, &mut st) }, None)?;
    stat_tuple(vm, &st)
}

fn access(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "access",
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "access",
        "path",
        PATH,
    )?;
    let mode = clinic_int(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    let dfd = dir_fd(vm, &v[2])?;
    let mut fl = 0;
    if flag(vm, &v[3], false)? {
        fl |= libc::AT_EACCESS;
    }
    if !flag(vm, &v[4], true)? {
        fl |= libc::AT_SYMLINK_NOFOLLOW;
    }
    let r = unsafe { libc::faccessat(dfd, p.c.as_ptr(), mode, fl) };
    Ok(vm.bool_val(r == 0))
}

fn chmod(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "chmod",
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "chmod",
        "path",
        PATH_OR_FD,
    )?;
    let mode = clinic_int(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    let dfd = dir_fd(vm, &v[2])?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::fchmod(fd, mode as libc::mode_t) },
        None => unsafe { libc::fchmodat(dfd, p.c.as_ptr(), mode as libc::mode_t, 0) },
    };
    check(vm, r, Some(&p))?;
    Ok(vm.none.clone())
}

fn umask(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.umask", "umask", 1, 1)?;
    let m = clinic_int(vm, &a.pos[0])?;
    Ok(vm.new_int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn mkdir(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "mkdir", &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), "mkdir", "path", PATH)?;
    let mode = match &v[1] {
        Some(m) => clinic_int(vm, m)?,
        None => 0o777,
    };
    let dfd = dir_fd(vm, &v[2])?;
    check(
        vm,
        unsafe { libc::mkdirat(dfd, p.c.as_ptr(), mode as libc::mode_t) },
        Some(&p),
    )?;
    Ok(vm.none.clone())
}

fn rmdir(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "rmdir", &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), "rmdir", "path", PATH)?;
    let dfd = dir_fd(vm, &v[1])?;
    check(
        vm,
        unsafe { libc::unlinkat(dfd, p.c.as_ptr(), libc::AT_REMOVEDIR) },
        Some(&p),
    )?;
    Ok(vm.none.clone())
}

fn unlink(vm: &Vm, a: Args, fname: &str) -> PyResult<Value> {
    let v = parse(vm, &a, fname, &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), fname, "path", PATH)?;
    let dfd = dir_fd(vm, &v[1])?;
    check(
        vm,
        unsafe { libc::unlinkat(dfd, p.c.as_ptr(), 0) },
        Some(&p),
    )?;
    Ok(vm.none.clone())
}

fn rename(vm: &Vm, a: Args, fname: &str) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        fname,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let s = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), fname, "src", PATH)?;
    let d = path_arg(vm, v[1].as_ref().unwrap_or(&vm.none), fname, "dst", PATH)?;
    let sfd = dir_fd(vm, &v[2])?;
    let dfd = dir_fd(vm, &v[3])?;
    let r = unsafe { libc::renameat(sfd, s.c.as_ptr(), dfd, d.c.as_ptr()) };
    check2(vm, r, &s, &d)?;
    Ok(vm.none.clone())
}

fn readlink(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "readlink", &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "readlink",
        "path",
        PATH,
    )?;
    let dfd = dir_fd(vm, &v[1])?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    let n = unsafe {
        libc::readlinkat(
            dfd,
            p.c.as_ptr(),
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
        )
    };
    if n < 0 {
        return Err(vm.os_error_last(Some(p.obj.clone())));
    }
    buf.truncate(n as usize);
    Ok(name_value(vm, &buf, p.bytes))
}

fn symlink(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "symlink",
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
        3,
    )?;
    let s = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "symlink",
        "src",
        PATH,
    )?;
    let d = path_arg(
        vm,
        v[1].as_ref().unwrap_or(&vm.none),
        "symlink",
        "dst",
        PATH,
    )?;
    let dfd = dir_fd(vm, &v[3])?;
    let r = unsafe { libc::symlinkat(s.c.as_ptr(), dfd, d.c.as_ptr()) };
    check2(vm, r, &s, &d)?;
    Ok(vm.none.clone())
}

fn link(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "link",
        &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let s = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), "link", "src", PATH)?;
    let d = path_arg(vm, v[1].as_ref().unwrap_or(&vm.none), "link", "dst", PATH)?;
    let sfd = dir_fd(vm, &v[2])?;
    let dfd = dir_fd(vm, &v[3])?;
    let fl = if flag(vm, &v[4], true)? {
        libc::AT_SYMLINK_FOLLOW
    } else {
        0
    };
    let r = unsafe { libc::linkat(sfd, s.c.as_ptr(), dfd, d.c.as_ptr(), fl) };
    check2(vm, r, &s, &d)?;
    Ok(vm.none.clone())
}

/// Directory entries (name, d_type, inode) without `.` and `..`, in the OS's order.
fn read_dir(vm: &Vm, p: &PathArg) -> PyResult<Vec<(Vec<u8>, u8, u64)>> {
    let dir = match p.fd {
        Some(fd) => {
            let fd2 = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
            check(vm, fd2, Some(p))?;
            let d = unsafe { libc::fdopendir(fd2) };
            if d.is_null() {
                let e = vm.os_error_last(Some(p.obj.clone()));
                unsafe { libc::close(fd2) };
                return Err(e);
            }
            // Listing an fd starts from its beginning, as CPython rewinds it.
            unsafe { libc::rewinddir(d) };
            d
        }
        None => unsafe { libc::opendir(p.c.as_ptr()) },
    };
    if dir.is_null() {
        return Err(vm.os_error_last(Some(p.obj.clone())));
    }
    let mut out = Vec::new();
    loop {
        unsafe { *libc::__errno_location() = 0 };
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let e = super::oserror::last_errno();
            unsafe { libc::closedir(dir) };
            if e != 0 {
                return Err(vm.os_error(e, Some(p.obj.clone()), None));
            }
            break;
        }
        // SAFETY: readdir returned a valid entry with a NUL-terminated name.
        let (name, ty, ino) = unsafe {
            let e = &*ent;
            (
                std::ffi::CStr::from_ptr(e.d_name.as_ptr())
                    .to_bytes()
                    .to_vec(),
                e.d_type,
                e.d_ino,
            )
        };
        if name == b"." || name == b".." {
            continue;
        }
        out.push((name, ty, ino));
    }
    Ok(out)
}

fn listdir(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "listdir", &["path"], 0, 1)?;
    let allow = super::posix_args::Allow {
        fd: true,
        none: true,
    };
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "listdir",
        "path",
        allow,
    )?;
    let entries = read_dir(vm, &p)?;
    let names = entries
        .into_iter()
        .map(|(n, _, _)| name_value(vm, &n, p.bytes))
        .collect();
    Ok(vm.new_list(names))
}

/// `(entries, is_bytes)` for `os.scandir`: entries are (name, d_type, inode) tuples.
fn scandir_raw(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "scandir", &["path"], 0, 1)?;
    let allow = super::posix_args::Allow {
        fd: true,
        none: true,
    };
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "scandir",
        "path",
        allow,
    )?;
    let entries = read_dir(vm, &p)?;
    let items = entries
        .into_iter()
        .map(|(n, t, i)| {
            vm.new_tuple(vec![
                name_value(vm, &n, p.bytes),
                vm.new_int(t as i64),
                vm.new_int_usize(i as usize),
            ])
        })
        .collect();
    Ok(vm.new_tuple(vec![vm.new_list(items), vm.bool_val(p.bytes)]))
}

fn urandom(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.urandom", 1, 1)?;
    let n = clinic_ssize(vm, &a.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    fill_random(vm, &mut buf)?;
    Ok(vm.new_bytes(buf))
}

/// Fills `buf` from the kernel's random source.
pub fn fill_random(vm: &Vm, buf: &mut [u8]) -> PyResult<()> {
    let mut done = 0;
    while done < buf.len() {
        let r = unsafe {
            libc::getrandom(
                buf[done..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - done,
                0,
            )
        };
        if r < 0 {
            if super::oserror::last_errno() == libc::EINTR {
                continue;
            }
            return Err(vm.os_error_last(None));
        }
        done += r as usize;
    }
    Ok(())
}

fn cpu_count(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.cpu_count", 0, 0)?;
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        vm.none.clone()
    } else {
        vm.new_int(n as i64)
    })
}

fn kill(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.kill", "kill", 2, 2)?;
    let pid = clinic_int(vm, &a.pos[0])?;
    let sig = clinic_int(vm, &a.pos[1])?;
    check(vm, unsafe { libc::kill(pid, sig) }, None)?;
    Ok(vm.none.clone())
}

/// `getsid(pid)` / `getpgid(pid)`: the session or process group of a process (0: this one).
fn pid_query(
    vm: &Vm,
    a: Args,
    name: &str,
    f: unsafe extern "C" fn(libc::pid_t) -> libc::pid_t,
) -> PyResult<Value> {
    a.check(vm, &format!("posix.{name}"), 1, 1)?;
    let pid = clinic_int(vm, &a.pos[0])?;
    let r = check(vm, unsafe { f(pid) }, None)?;
    Ok(vm.new_int(r as i64))
}

fn setsid(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.setsid", 0, 0)?;
    check(vm, unsafe { libc::setsid() }, None)?;
    Ok(vm.none.clone())
}

fn exit_now(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "_exit", &["status"], 1, 1)?;
    let code = clinic_int(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    // (No flush: as in CPython, what a buffered stdout still holds is lost.)
    unsafe { libc::_exit(code) }
}

fn system(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "system", &["command"], 1, 1)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "system",
        "command",
        PATH,
    )?;
    crate::builtins::functions::flush_stdout();
    Ok(vm.new_int(unsafe { libc::system(p.c.as_ptr()) } as i64))
}

fn uname(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.uname", 0, 0)?;
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    check(vm, unsafe { libc::uname(&mut u) }, None)?;
    let field = |f: &[libc::c_char]| {
        let b: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        vm.new_str(String::from_utf8_lossy(&b).into_owned())
    };
    Ok(vm.new_tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

fn utime(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "utime",
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
        2,
    )?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "utime",
        "path",
        PATH_OR_FD,
    )?;
    let times = v[1].clone().filter(|t| !vm.is_none(t));
    let ns = v[2].clone();
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let spec = |sec: i64, nsec: i64| libc::timespec {
        tv_sec: sec,
        tv_nsec: nsec,
    };
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let items = vm
            .as_tuple(&t)
            .filter(|i| i.len() == 2)
            .ok_or_else(|| {
                vm.type_error("utime: 'times' must be either a tuple of two ints or None")
            })?
            .to_vec();
        let mut out = [spec(0, 0), spec(0, 0)];
        for (i, x) in items.iter().enumerate() {
            let f = match vm.as_float(x) {
                Some(f) => f,
                None => vm.int_to_i64(&vm.index(x)?)? as f64,
            };
            let sec = f.floor();
            out[i] = spec(sec as i64, ((f - sec) * 1e9) as i64);
        }
        Some(out)
    } else if let Some(n) = ns {
        let items = vm
            .as_tuple(&n)
            .filter(|i| i.len() == 2)
            .ok_or_else(|| vm.type_error("utime: 'ns' must be a tuple of two ints"))?
            .to_vec();
        let mut out = [spec(0, 0), spec(0, 0)];
        for (i, x) in items.iter().enumerate() {
            let n = vm.int_to_i64(x)?;
            out[i] = spec(n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000));
        }
        Some(out)
    } else {
        None
    };
    let dfd = dir_fd(vm, &v[3])?;
    let fl = if flag(vm, &v[4], true)? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    let ptr = ts.as_ref().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
    let r = match p.fd {
        Some(fd) => unsafe { libc::futimens(fd, ptr) },
        None => unsafe { libc::utimensat(dfd, p.c.as_ptr(), ptr, fl) },
    };
    check(vm, r, Some(&p))?;
    Ok(vm.none.clone())
}

fn get_terminal_size(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.get_terminal_size", "get_terminal_size", 0, 1)?;
    let fd = match a.pos.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    check(
        vm,
        unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) },
        None,
    )?;
    Ok(vm.new_tuple(vec![
        vm.new_int(w.ws_col as i64),
        vm.new_int(w.ws_row as i64),
    ]))
}
