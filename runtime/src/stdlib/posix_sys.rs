//! More `posix` calls: ownership (chown/lchown/fchown), special files (mkfifo/mknod and the
//! device-number helpers), groups and login name, scheduling priority and CPU affinity,
//! file-system statistics (statvfs/fstatvfs) and sync. Errors follow CPython's: OSError
//! subclasses by errno, with the path only where CPython gives it.

use super::super::posix_args::{dir_fd, flag, path_arg, PathArg, PATH, PATH_OR_FD};
use super::super::sysutil::{clinic_int, parse, positional, set};
use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn add(vm: &Vm, m: &Value) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("chown", chown),
        ("lchown", lchown),
        ("fchown", fchown),
        ("mkfifo", mkfifo),
        ("mknod", mknod),
        ("major", |vm, a| dev_part(vm, a, "major", true)),
        ("minor", |vm, a| dev_part(vm, a, "minor", false)),
        ("makedev", makedev),
        ("getgroups", getgroups),
        ("getlogin", getlogin),
        ("nice", nice),
        ("getpriority", getpriority),
        ("setpriority", setpriority),
        ("sched_getaffinity", sched_getaffinity),
        ("statvfs", statvfs),
        ("fstatvfs", fstatvfs),
        ("sync", |vm, a| {
            a.check(vm, "posix.sync", 0, 0)?;
            // SAFETY: sync takes no arguments and cannot fail.
            unsafe { libc::sync() };
            Ok(vm.none.clone())
        }),
    ];
    for (n, f) in fns {
        set(vm, m, n, new_builtin(vm, n, *f, None));
    }
    let consts: &[(&str, i64)] = &[
        ("PRIO_PROCESS", libc::PRIO_PROCESS as i64),
        ("PRIO_PGRP", libc::PRIO_PGRP as i64),
        ("PRIO_USER", libc::PRIO_USER as i64),
        ("ST_RDONLY", libc::ST_RDONLY as i64),
        ("ST_NOSUID", libc::ST_NOSUID as i64),
        ("ST_NODEV", libc::ST_NODEV as i64),
        ("ST_NOEXEC", libc::ST_NOEXEC as i64),
        ("ST_SYNCHRONOUS", libc::ST_SYNCHRONOUS as i64),
        ("ST_MANDLOCK", libc::ST_MANDLOCK as i64),
        ("ST_WRITE", libc::ST_WRITE as i64),
        ("ST_APPEND", libc::ST_APPEND as i64),
        ("ST_NOATIME", libc::ST_NOATIME as i64),
        ("ST_NODIRATIME", libc::ST_NODIRATIME as i64),
        ("ST_RELATIME", libc::ST_RELATIME as i64),
    ];
    for (n, v) in consts {
        set(vm, m, n, vm.new_int(*v));
    }
}

fn fail<T>(vm: &Vm, p: Option<&PathArg>) -> PyResult<T> {
    Err(vm.os_error_last(p.map(|p| p.obj.clone())))
}

/// A uid or gid argument as CPython's `_Py_Uid_Converter` takes it: -1 means "unchanged".
fn id_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<u32> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error(format!("{what} should be integer, not {}", vm.type_name(v))));
    }
    let i = vm.index(v)?;
    let r = vm
        .as_int(&i)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    match r.to_i64() {
        Some(-1) => Ok(u32::MAX),
        Some(n) if (0..=u32::MAX as i64).contains(&n) => Ok(n as u32),
        // (A C long that does not fit the id reads as "less than minimum", as in CPython.)
        Some(_) => Err(vm.overflow_error(format!("{what} is less than minimum"))),
        None if !r.is_negative() => {
            Err(vm.overflow_error(format!("{what} is greater than maximum")))
        }
        None => Err(vm.overflow_error(format!("{what} is less than minimum"))),
    }
}

fn ids(vm: &Vm, v: &[Option<Value>]) -> PyResult<(u32, u32)> {
    let none = vm.none.clone();
    Ok((
        id_arg(vm, v[1].as_ref().unwrap_or(&none), "uid")?,
        id_arg(vm, v[2].as_ref().unwrap_or(&none), "gid")?,
    ))
}

fn chown(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(
        vm,
        &a,
        "chown",
        &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
        3,
        3,
    )?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "chown",
        "path",
        PATH_OR_FD,
    )?;
    let (uid, gid) = ids(vm, &v)?;
    let dfd = dir_fd(vm, &v[3])?;
    let fl = if flag(vm, &v[4], true)? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    // SAFETY: plain system calls on a NUL-terminated path or a descriptor.
    let r = match p.fd {
        Some(fd) => unsafe { libc::fchown(fd, uid, gid) },
        None => unsafe { libc::fchownat(dfd, p.c.as_ptr(), uid, gid, fl) },
    };
    if r < 0 {
        return fail(vm, Some(&p));
    }
    Ok(vm.none.clone())
}

fn lchown(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "lchown", &["path", "uid", "gid"], 3, 3)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "lchown",
        "path",
        PATH,
    )?;
    let (uid, gid) = ids(vm, &v)?;
    // SAFETY: as above.
    if unsafe { libc::lchown(p.c.as_ptr(), uid, gid) } < 0 {
        return fail(vm, Some(&p));
    }
    Ok(vm.none.clone())
}

fn fchown(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "fchown", &["fd", "uid", "gid"], 3, 3)?;
    let fd = clinic_int(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    let (uid, gid) = ids(vm, &v)?;
    // SAFETY: as above.
    if unsafe { libc::fchown(fd, uid, gid) } < 0 {
        return fail(vm, None);
    }
    Ok(vm.none.clone())
}

/// A `dev_t` argument (`_Py_Dev_Converter`: an unsigned 64-bit integer).
fn dev_arg(vm: &Vm, v: &Value) -> PyResult<u64> {
    use num_traits::ToPrimitive;
    let Some(r) = vm.as_int(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    if r.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    r.to_big()
        .to_u64()
        .ok_or_else(|| vm.overflow_error("int too big to convert"))
}

/// `mode` (a C int), defaulting to `default`.
fn mode_arg(vm: &Vm, v: &Option<Value>, default: i32) -> PyResult<libc::mode_t> {
    Ok(match v {
        Some(m) => clinic_int(vm, m)?,
        None => default,
    } as libc::mode_t)
}

fn mkfifo(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "mkfifo", &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "mkfifo",
        "path",
        PATH,
    )?;
    let mode = mode_arg(vm, &v[1], 0o666)?;
    let dfd = dir_fd(vm, &v[2])?;
    // SAFETY: as above. (CPython's error here carries no file name.)
    if unsafe { libc::mkfifoat(dfd, p.c.as_ptr(), mode) } < 0 {
        return fail(vm, None);
    }
    Ok(vm.none.clone())
}

fn mknod(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "mknod", &["path", "mode", "device", "dir_fd"], 1, 3)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), "mknod", "path", PATH)?;
    let mode = mode_arg(vm, &v[1], 0o600)?;
    let dev = match &v[2] {
        Some(d) => dev_arg(vm, d)?,
        None => 0,
    };
    let dfd = dir_fd(vm, &v[3])?;
    // SAFETY: as above.
    if unsafe { libc::mknodat(dfd, p.c.as_ptr(), mode, dev as libc::dev_t) } < 0 {
        return fail(vm, None);
    }
    Ok(vm.none.clone())
}

fn dev_part(vm: &Vm, a: Args, name: &str, major: bool) -> PyResult<Value> {
    positional(vm, &a, &format!("posix.{name}"), name, 1, 1)?;
    let d = dev_arg(vm, &a.pos[0])? as libc::dev_t;
    Ok(vm.new_int(if major {
        libc::major(d)
    } else {
        libc::minor(d)
    } as i64))
}

fn makedev(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.makedev", "makedev", 2, 2)?;
    let ma = clinic_int(vm, &a.pos[0])?;
    let mi = clinic_int(vm, &a.pos[1])?;
    // CPython hands the dev_t back through a signed conversion: big numbers come out negative.
    Ok(vm.new_int(libc::makedev(ma as u32, mi as u32) as i64))
}

fn getgroups(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.getgroups", 0, 0)?;
    // SAFETY: a size query, then a fill of a buffer of that size.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return fail(vm, None);
    }
    let mut groups = vec![0 as libc::gid_t; n as usize];
    let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if n < 0 {
        return fail(vm, None);
    }
    let items = groups[..n as usize]
        .iter()
        .map(|g| vm.new_int(*g as i64))
        .collect();
    Ok(vm.new_list(items))
}

fn set_errno(v: i32) {
    // SAFETY: errno is this thread's.
    unsafe { *libc::__errno_location() = v };
}

fn getlogin(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix.getlogin", 0, 0)?;
    set_errno(0);
    // SAFETY: getlogin returns a static string or NULL.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        if super::super::oserror::last_errno() != 0 {
            return fail(vm, None);
        }
        return Err(vm.new_exception_msg(
            &vm.exc.os_error,
            "unable to determine login name".to_string(),
        ));
    }
    // SAFETY: non-NULL: a NUL-terminated string.
    let name = unsafe { std::ffi::CStr::from_ptr(p) };
    Ok(vm.new_str(name.to_string_lossy().into_owned()))
}

fn nice(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.nice", "nice", 1, 1)?;
    let inc = clinic_int(vm, &a.pos[0])?;
    // -1 is also a valid result: errno tells.
    set_errno(0);
    let r = unsafe { libc::nice(inc) };
    if r == -1 && super::super::oserror::last_errno() != 0 {
        return fail(vm, None);
    }
    Ok(vm.new_int(r as i64))
}

fn getpriority(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "getpriority", &["which", "who"], 2, 2)?;
    let which = clinic_int(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    let who = clinic_int(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    set_errno(0);
    // SAFETY: plain system call; -1 is a valid priority, so errno tells failure.
    let r = unsafe { libc::getpriority(which as _, who as libc::id_t) };
    if super::super::oserror::last_errno() != 0 {
        return fail(vm, None);
    }
    Ok(vm.new_int(r as i64))
}

fn setpriority(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "setpriority", &["which", "who", "priority"], 3, 3)?;
    let which = clinic_int(vm, v[0].as_ref().unwrap_or(&vm.none))?;
    let who = clinic_int(vm, v[1].as_ref().unwrap_or(&vm.none))?;
    let prio = clinic_int(vm, v[2].as_ref().unwrap_or(&vm.none))?;
    // SAFETY: plain system call.
    if unsafe { libc::setpriority(which as _, who as libc::id_t, prio) } < 0 {
        return fail(vm, None);
    }
    Ok(vm.none.clone())
}

fn sched_getaffinity(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "sched_getaffinity", "sched_getaffinity", 1, 1)?;
    let pid = clinic_int(vm, &a.pos[0])?;
    // SAFETY: cpu_set_t is plain bits; the kernel fills at most its size.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    let r =
        unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) };
    if r < 0 {
        return fail(vm, None);
    }
    let cpus = (0..libc::CPU_SETSIZE as usize)
        .filter(|&c| unsafe { libc::CPU_ISSET(c, &set) })
        .map(|c| vm.new_int(c as i64))
        .collect();
    vm.new_set(cpus)
}

/// An `os.statvfs_result` (the class os registers as `posix._statvfs_result`; a plain tuple
/// of the 11 fields before that).
fn statvfs_value(vm: &Vm, st: &libc::statvfs) -> PyResult<Value> {
    let fields = [
        st.f_bsize as i64,
        st.f_frsize as i64,
        st.f_blocks as i64,
        st.f_bfree as i64,
        st.f_bavail as i64,
        st.f_files as i64,
        st.f_ffree as i64,
        st.f_favail as i64,
        st.f_flag as i64,
        st.f_namemax as i64,
        st.f_fsid as i64,
    ];
    let t = vm.new_tuple(fields.iter().map(|f| vm.new_int(*f)).collect());
    let md = vm.as_dict(&vm.modules).unwrap();
    let cls = vm
        .dict_get_str_key(md, "posix")
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| vm.dict_get_str_key(vm.as_dict(&d).unwrap(), "_statvfs_result"));
    match cls {
        Some(c) => vm.call(&c, &[t]),
        None => Ok(t),
    }
}

fn statvfs(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = parse(vm, &a, "statvfs", &["path"], 1, 1)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "statvfs",
        "path",
        PATH_OR_FD,
    )?;
    // SAFETY: the kernel fills the plain struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let r = match p.fd {
        Some(fd) => unsafe { libc::fstatvfs(fd, &mut st) },
        None => unsafe { libc::statvfs(p.c.as_ptr(), &mut st) },
    };
    if r < 0 {
        return fail(vm, Some(&p));
    }
    statvfs_value(vm, &st)
}

fn fstatvfs(vm: &Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "posix.fstatvfs", "fstatvfs", 1, 1)?;
    let fd = clinic_int(vm, &a.pos[0])?;
    // SAFETY: as above.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstatvfs(fd, &mut st) } < 0 {
        return fail(vm, None);
    }
    statvfs_value(vm, &st)
}
