//! `_ember_spawn`: the native half of `subprocess` — fork/exec with descriptor wiring, exec
//! failures reported back through a close-on-exec pipe, waitpid (with a timeout), and a
//! poll(2) pump that feeds a child's stdin while draining its stdout and stderr.
//!
//! The arguments are prepared by `runtime/lib/subprocess.py` (paths and argv already bytes),
//! so this module checks types only to refuse bad input cleanly, never to word user errors.

use super::sysutil::{clinic_int, module, set};
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::ffi::CString;
use std::time::{Duration, Instant};

pub fn make(vm: &Vm) -> PyResult<Value> {
    super::oserror::init(vm);
    let fns: &[(&'static str, NativeFn)] = &[
        ("fork_exec", fork_exec),
        ("waitpid", waitpid),
        ("wait_timeout", wait_timeout),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("pump", pump),
    ];
    let m = module(vm, "_ember_spawn", fns);
    set(vm, &m, "WNOHANG", vm.new_int(libc::WNOHANG as i64));
    Ok(m)
}

fn errno() -> i32 {
    super::oserror::last_errno()
}

/// A tuple of bytes as C strings (`what` names the argument in the error).
fn cstrings(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<CString>> {
    let items = vm
        .as_tuple(v)
        .ok_or_else(|| vm.type_error(format!("fork_exec: {what} must be a tuple of bytes")))?;
    items
        .iter()
        .map(|x| {
            let b = vm.as_bytes(x).ok_or_else(|| {
                vm.type_error(format!("fork_exec: {what} must be a tuple of bytes"))
            })?;
            CString::new(b.to_vec()).map_err(|_| vm.value_error("embedded null byte"))
        })
        .collect()
}

/// A NULL-terminated array of pointers into `v` (which must outlive it).
fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter()
        .map(|c| c.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// Everything the child needs, built before fork so that the child allocates nothing.
struct Plan {
    exec_paths: Vec<CString>,
    argv: Vec<*const libc::c_char>,
    envp: Option<Vec<*const libc::c_char>>,
    cwd: Option<CString>,
    p2cread: i32,
    c2pwrite: i32,
    errwrite: i32,
    close_fds: bool,
    /// Descriptors kept open (pass_fds and the error pipe), sorted.
    keep: Vec<i32>,
    pass_fds: Vec<i32>,
    restore_signals: bool,
    start_new_session: bool,
    process_group: i32,
    umask: i32,
    report: i32,
}

/// Failure stages reported to the parent: the exec itself, the chdir, anything else.
const STAGE_EXEC: u8 = 0;
const STAGE_CHDIR: u8 = 1;
const STAGE_OTHER: u8 = 2;

/// Writes (stage, errno) to the error pipe and leaves without running any exit handlers.
unsafe fn child_fail(report: i32, stage: u8) -> ! {
    let e = errno();
    let mut msg = [0u8; 5];
    msg[0] = stage;
    msg[1..].copy_from_slice(&e.to_le_bytes());
    let _ = libc::write(report, msg.as_ptr() as *const libc::c_void, msg.len());
    libc::_exit(255)
}

/// Makes `fd` the child's descriptor `target` (inherited across exec).
unsafe fn wire(p: &Plan, fd: i32, target: i32) {
    if fd == target {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
            child_fail(p.report, STAGE_OTHER);
        }
    } else if fd != -1 && libc::dup2(fd, target) < 0 {
        child_fail(p.report, STAGE_OTHER);
    }
}

/// Closes every descriptor from 3 up except those in `keep`.
unsafe fn close_from_3(keep: &[i32]) {
    let mut lo: u32 = 3;
    for &k in keep {
        if k < 3 || (k as u32) < lo {
            continue;
        }
        if (k as u32) > lo {
            close_range(lo, k as u32 - 1);
        }
        lo = k as u32 + 1;
    }
    close_range(lo, u32::MAX);
}

unsafe fn close_range(lo: u32, hi: u32) {
    if libc::syscall(libc::SYS_close_range, lo, hi, 0) == 0 {
        return;
    }
    // Kernels before 5.9: close one by one up to the descriptor limit.
    let max = libc::sysconf(libc::_SC_OPEN_MAX);
    let max = if max <= 0 { 65536 } else { max.min(1 << 20) } as u32;
    for fd in lo..hi.min(max.saturating_sub(1)).saturating_add(1) {
        libc::close(fd as i32);
    }
}

/// The child, between fork and exec: only system calls on data prepared by the parent.
unsafe fn child(p: &Plan) -> ! {
    if p.restore_signals {
        // Rust (like CPython) ignores SIGPIPE and SIGXFSZ; ignored signals survive exec.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
    }
    if p.start_new_session && libc::setsid() < 0 {
        child_fail(p.report, STAGE_OTHER);
    }
    if p.process_group >= 0 && libc::setpgid(0, p.process_group) < 0 {
        child_fail(p.report, STAGE_OTHER);
    }
    // Move the stdout/stderr sources out of the way of the descriptors wired before them.
    let mut c2pwrite = p.c2pwrite;
    if c2pwrite == 0 {
        c2pwrite = libc::dup(c2pwrite);
        if c2pwrite < 0 {
            child_fail(p.report, STAGE_OTHER);
        }
    }
    let mut errwrite = p.errwrite;
    while errwrite == 0 || errwrite == 1 {
        errwrite = libc::dup(errwrite);
        if errwrite < 0 {
            child_fail(p.report, STAGE_OTHER);
        }
    }
    wire(p, p.p2cread, 0);
    wire(p, c2pwrite, 1);
    wire(p, errwrite, 2);
    for &fd in &p.pass_fds {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
        }
    }
    if p.close_fds {
        close_from_3(&p.keep);
    }
    if let Some(cwd) = &p.cwd {
        if libc::chdir(cwd.as_ptr()) < 0 {
            child_fail(p.report, STAGE_CHDIR);
        }
    }
    if p.umask >= 0 {
        libc::umask(p.umask as libc::mode_t);
    }
    // Try each candidate path (PATH search done by the caller); report the first error
    // other than "not there", else the last one.
    let mut saved = 0;
    for path in &p.exec_paths {
        match &p.envp {
            Some(envp) => libc::execve(path.as_ptr(), p.argv.as_ptr(), envp.as_ptr()),
            None => libc::execv(path.as_ptr(), p.argv.as_ptr()),
        };
        let e = errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
            saved = e;
        }
    }
    if saved != 0 {
        *libc::__errno_location() = saved;
    }
    child_fail(p.report, STAGE_EXEC)
}

/// `fork_exec(exec_paths, argv, envp, cwd, p2cread, c2pwrite, errwrite, close_fds, pass_fds,
/// restore_signals, start_new_session, process_group, umask)` -> `(pid, errno, stage)`.
/// On failure (errno != 0) the child has already been reaped.
fn fork_exec(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fork_exec", 13, 13)?;
    let exec_paths = cstrings(vm, &a.pos[0], "exec_paths")?;
    let argv_c = cstrings(vm, &a.pos[1], "argv")?;
    if exec_paths.is_empty() || argv_c.is_empty() {
        return Err(vm.value_error("fork_exec: empty program"));
    }
    let env_c = if vm.is_none(&a.pos[2]) {
        None
    } else {
        Some(cstrings(vm, &a.pos[2], "envp")?)
    };
    let cwd = if vm.is_none(&a.pos[3]) {
        None
    } else {
        let b = vm
            .as_bytes(&a.pos[3])
            .ok_or_else(|| vm.type_error("fork_exec: cwd must be bytes or None"))?;
        Some(CString::new(b.to_vec()).map_err(|_| vm.value_error("embedded null byte"))?)
    };
    let p2cread = clinic_int(vm, &a.pos[4])?;
    let c2pwrite = clinic_int(vm, &a.pos[5])?;
    let errwrite = clinic_int(vm, &a.pos[6])?;
    let close_fds = vm.truthy(&a.pos[7])?;
    let pass_fds = match vm.as_tuple(&a.pos[8]) {
        Some(t) => t
            .iter()
            .map(|v| clinic_int(vm, v))
            .collect::<PyResult<Vec<i32>>>()?,
        None => return Err(vm.type_error("fork_exec: pass_fds must be a tuple")),
    };
    let restore_signals = vm.truthy(&a.pos[9])?;
    let start_new_session = vm.truthy(&a.pos[10])?;
    let process_group = clinic_int(vm, &a.pos[11])?;
    let umask = clinic_int(vm, &a.pos[12])?;

    // The error pipe: close-on-exec, so a successful exec closes it and the parent reads EOF.
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(vm.os_error_last(None));
    }
    let (rd, mut wr) = (fds[0], fds[1]);
    if wr < 3 {
        // Keep it clear of the descriptors the child rewires (stdin closed in the parent).
        // SAFETY: plain descriptor calls.
        let moved = unsafe { libc::fcntl(wr, libc::F_DUPFD_CLOEXEC, 3) };
        unsafe { libc::close(wr) };
        if moved < 0 {
            unsafe { libc::close(rd) };
            return Err(vm.os_error_last(None));
        }
        wr = moved;
    }
    let mut keep: Vec<i32> = pass_fds.iter().copied().filter(|&f| f >= 3).collect();
    keep.push(wr);
    keep.sort_unstable();
    keep.dedup();
    let plan = Plan {
        argv: ptrs(&argv_c),
        envp: env_c.as_ref().map(|e| ptrs(e)),
        exec_paths,
        cwd,
        p2cread,
        c2pwrite,
        errwrite,
        close_fds,
        keep,
        pass_fds,
        restore_signals,
        start_new_session,
        process_group,
        umask,
        report: wr,
    };
    // Our print buffer goes out first, so that what the program printed before starting the
    // child comes before the child's output, as os.system and os.write do here (CPython does
    // so on a terminal or with PYTHONUNBUFFERED; into a pipe it may hold its buffer).
    crate::builtins::functions::flush_stdout();
    // SAFETY: the runtime is single-threaded, and the child runs only `child` (system calls
    // on `plan`, built above) before exec or _exit.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        unsafe { child(&plan) }
    }
    let fork_errno = errno();
    // SAFETY: our own descriptor.
    unsafe { libc::close(wr) };
    if pid < 0 {
        unsafe { libc::close(rd) };
        return Err(vm.os_error(fork_errno, None, None));
    }
    let mut msg = [0u8; 5];
    let mut got = 0usize;
    while got < msg.len() {
        // SAFETY: reads into the unfilled part of msg.
        let r = unsafe {
            libc::read(
                rd,
                msg[got..].as_mut_ptr() as *mut libc::c_void,
                msg.len() - got,
            )
        };
        if r < 0 && errno() == libc::EINTR {
            continue;
        }
        if r <= 0 {
            break;
        }
        got += r as usize;
    }
    unsafe { libc::close(rd) };
    drop(argv_c);
    drop(env_c);
    if got < msg.len() {
        return Ok(vm.new_tuple(vec![vm.new_int(pid as i64), vm.new_int(0), vm.new_int(0)]));
    }
    // The exec failed: reap the child before reporting.
    let mut status = 0;
    while unsafe { libc::waitpid(pid, &mut status, 0) } < 0 && errno() == libc::EINTR {}
    let code = i32::from_le_bytes([msg[1], msg[2], msg[3], msg[4]]);
    Ok(vm.new_tuple(vec![
        vm.new_int(pid as i64),
        vm.new_int(code as i64),
        vm.new_int(msg[0] as i64),
    ]))
}

/// `waitpid(pid, options)` -> `(pid, status)`, as os.waitpid.
fn waitpid(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "waitpid", 2, 2)?;
    let pid = clinic_int(vm, &a.pos[0])?;
    let options = clinic_int(vm, &a.pos[1])?;
    let mut status = 0;
    loop {
        // SAFETY: status is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(status as i64)]));
        }
        if errno() != libc::EINTR {
            return Err(vm.os_error_last(None));
        }
    }
}

/// A non-negative timeout in seconds from a float or int.
fn seconds(vm: &Vm, v: &Value) -> PyResult<f64> {
    let t = match vm.as_float(v) {
        Some(f) => f,
        None => vm
            .as_int(&vm.index(v)?)
            .and_then(|i| i.to_f64())
            .unwrap_or(0.0),
    };
    Ok(if t.is_nan() || t < 0.0 { 0.0 } else { t })
}

/// `wait_timeout(pid, timeout)` -> status, or None when the child is still running when the
/// timeout (seconds) runs out. Polls with a growing sleep, as CPython does.
fn wait_timeout(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "wait_timeout", 2, 2)?;
    let pid = clinic_int(vm, &a.pos[0])?;
    let limit = seconds(vm, &a.pos[1])?;
    let deadline = Instant::now() + Duration::from_secs_f64(limit.min(1e9));
    let mut delay = Duration::from_micros(500);
    loop {
        let mut status = 0;
        // SAFETY: status is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(vm.os_error_last(None));
        }
        if r == pid {
            return Ok(vm.new_int(status as i64));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(vm.none.clone());
        }
        std::thread::sleep(delay.min(deadline - now));
        delay = (delay * 2).min(Duration::from_millis(50));
    }
}

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the signal that ended it.
fn waitstatus_to_exitcode(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "waitstatus_to_exitcode", 1, 1)?;
    let status = clinic_int(vm, &a.pos[0])?;
    if libc::WIFEXITED(status) {
        return Ok(vm.new_int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(vm.new_int(-(libc::WTERMSIG(status) as i64)));
    }
    Err(vm.value_error(format!("invalid wait status: {status}")))
}

/// `pump(in_fd, data, offset, out_fd, err_fd, timeout)` -> `(offset, in_open, out, out_open,
/// err, err_open, timed_out)`. Writes `data[offset:]` to `in_fd` and reads `out_fd` and
/// `err_fd` to EOF, all at once so that no pipe fills while we wait on another. A descriptor
/// of -1 is absent. `in_fd` is closed here once all is written (or the reader has gone), so
/// that the child sees EOF; the others are left to their file objects. `timeout` is seconds
/// or None.
fn pump(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pump", 6, 6)?;
    let mut in_fd = clinic_int(vm, &a.pos[0])?;
    let data: &[u8] = if vm.is_none(&a.pos[1]) {
        &[]
    } else {
        vm.as_bytes(&a.pos[1])
            .ok_or_else(|| vm.type_error("pump: data must be bytes"))?
    };
    let mut offset = clinic_int(vm, &a.pos[2])?.max(0) as usize;
    let mut out_fd = clinic_int(vm, &a.pos[3])?;
    let mut err_fd = clinic_int(vm, &a.pos[4])?;
    let deadline = if vm.is_none(&a.pos[5]) {
        None
    } else {
        let t = seconds(vm, &a.pos[5])?;
        Some(Instant::now() + Duration::from_secs_f64(t.min(1e9)))
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut timed_out = false;
    let close_in = |fd: &mut i32| {
        // SAFETY: pump owns in_fd.
        unsafe { libc::close(*fd) };
        *fd = -1;
    };
    if in_fd >= 0 && offset >= data.len() {
        close_in(&mut in_fd);
    }
    // Writes to a full pipe must not block the reads: the input side is non-blocking. The
    // descriptor is the caller's private duplicate, so the flag concerns no one else.
    if in_fd >= 0 {
        // SAFETY: plain descriptor calls.
        let flags = unsafe { libc::fcntl(in_fd, libc::F_GETFL) };
        if flags >= 0 {
            unsafe { libc::fcntl(in_fd, libc::F_SETFL, flags | libc::O_NONBLOCK) };
        }
    }
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let mut pfds: Vec<libc::pollfd> = Vec::with_capacity(3);
        for (fd, ev) in [
            (in_fd, libc::POLLOUT),
            (out_fd, libc::POLLIN),
            (err_fd, libc::POLLIN),
        ] {
            if fd >= 0 {
                pfds.push(libc::pollfd {
                    fd,
                    events: ev,
                    revents: 0,
                });
            }
        }
        if pfds.is_empty() {
            break;
        }
        let wait_ms = match deadline {
            None => -1,
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    timed_out = true;
                    break;
                }
                let left = d - now;
                (left.as_millis() as i64 + 1).min(i32::MAX as i64) as i32
            }
        };
        // SAFETY: pfds is a valid array of its length.
        let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, wait_ms) };
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(vm.os_error_last(None));
        }
        for p in &pfds {
            if p.revents == 0 {
                continue;
            }
            if p.fd == in_fd {
                let chunk = &data[offset..];
                // SAFETY: writes from a live slice.
                let w = unsafe {
                    libc::write(in_fd, chunk.as_ptr() as *const libc::c_void, chunk.len())
                };
                if w >= 0 {
                    offset += w as usize;
                    if offset >= data.len() {
                        close_in(&mut in_fd);
                    }
                } else {
                    match errno() {
                        libc::EINTR | libc::EAGAIN => {}
                        // The child stopped reading: the rest of the input is dropped, as
                        // CPython drops it.
                        libc::EPIPE => close_in(&mut in_fd),
                        e => {
                            close_in(&mut in_fd);
                            return Err(vm.os_error(e, None, None));
                        }
                    }
                }
            } else {
                let is_out = p.fd == out_fd;
                // SAFETY: reads into buf.
                let r =
                    unsafe { libc::read(p.fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
                if r > 0 {
                    let dst = if is_out { &mut out } else { &mut err };
                    dst.extend_from_slice(&buf[..r as usize]);
                } else if r == 0 {
                    if is_out {
                        out_fd = -1;
                    } else {
                        err_fd = -1;
                    }
                } else {
                    match errno() {
                        libc::EINTR | libc::EAGAIN => {}
                        e => return Err(vm.os_error(e, None, None)),
                    }
                }
            }
        }
    }
    Ok(vm.new_tuple(vec![
        vm.new_int(offset as i64),
        vm.bool_val(in_fd >= 0),
        vm.new_bytes(out),
        vm.bool_val(out_fd >= 0),
        vm.new_bytes(err),
        vm.bool_val(err_fd >= 0),
        vm.bool_val(timed_out),
    ]))
}
