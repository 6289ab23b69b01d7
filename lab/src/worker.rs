//! Running one worker process: clean environment, optional CPU pinning, the
//! counter handshake over two pipes, a timeout that kills it, and its max RSS
//! from `wait4`.

use crate::counters::{Attached, CounterMode, CounterSource, Reading};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use thiserror::Error;

/// What to run.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub program: PathBuf,
    pub args: Vec<String>,
    /// The whole environment: workers inherit nothing else.
    pub env: Vec<(String, String)>,
    pub cwd: Option<PathBuf>,
    pub pin: Option<usize>,
    pub timeout: Duration,
    /// Give the harness `--ctl-fd/--ack-fd` and count the region it signals.
    pub handshake: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

/// What came back from one worker.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub exit: Exit,
    pub wall: Duration,
    /// Max resident set size in KiB (`ru_maxrss`).
    pub max_rss_kb: i64,
    pub stdout: String,
    pub stderr: String,
    pub counters: Vec<Reading>,
    pub hardware_unavailable: bool,
}

#[derive(Debug, Error)]
pub enum WorkerError {
    #[error("cannot start {}: {source}", program.display())]
    Spawn {
        program: PathBuf,
        source: std::io::Error,
    },
    #[error("pipe: {0}")]
    Pipe(std::io::Error),
}

fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // O_CLOEXEC so no other child inherits them; the worker's ends are made
    // inheritable in pre_exec, only in the worker.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Serves the harness handshake: on `E` enable the counters, on `D` disable
/// them, and acknowledge each so the harness proceeds only once counting is
/// set. Returns the readings when the pipe closes.
/// The peak resident set (`VmHWM`, KiB) of a live process. Unlike `ru_maxrss` from `wait4`,
/// it is not inflated by the lab's own memory, which a forked child inherits into its
/// high-water mark before exec.
fn peak_rss_kb(pid: libc::pid_t) -> Option<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn serve_handshake(
    ctl: OwnedFd,
    ack: OwnedFd,
    mut counters: Option<Attached>,
    pid: libc::pid_t,
) -> (Vec<Reading>, Option<i64>) {
    let mut ctl = std::fs::File::from(ctl);
    let mut ack = std::fs::File::from(ack);
    let mut byte = [0u8; 1];
    let mut readings = Vec::new();
    let mut peak = None;
    while let Ok(1) = ctl.read(&mut byte) {
        match byte[0] {
            b'E' => {
                if let Some(c) = counters.as_mut() {
                    c.enable();
                }
            }
            b'D' => {
                if let Some(c) = counters.as_mut() {
                    c.disable();
                    readings = c.read();
                }
                // The worker waits for our ack, so it is alive and past its timed region.
                peak = peak_rss_kb(pid);
            }
            _ => {}
        }
        if ack.write_all(b"A").is_err() {
            break;
        }
    }
    (readings, peak)
}

/// Runs `spec` to completion (or its timeout). Counters are opened on the
/// child's pid right after spawn, disabled; the harness cannot reach its
/// timed region before we acknowledge its `E`, so nothing is missed.
pub fn run(
    spec: &Spec,
    source: Option<&dyn CounterSource>,
    mode: CounterMode,
) -> Result<Outcome, WorkerError> {
    let mut cmd = Command::new(&spec.program);
    cmd.args(&spec.args)
        .env_clear()
        .envs(spec.env.iter().map(|(k, v)| (k, v)));
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = &spec.cwd {
        cmd.current_dir(d);
    }
    let handshake = if spec.handshake {
        let (ctl_r, ctl_w) = pipe().map_err(WorkerError::Pipe)?;
        let (ack_r, ack_w) = pipe().map_err(WorkerError::Pipe)?;
        cmd.args([
            "--ctl-fd",
            &ctl_w.as_raw_fd().to_string(),
            "--ack-fd",
            &ack_r.as_raw_fd().to_string(),
        ]);
        Some((ctl_r, ctl_w, ack_r, ack_w))
    } else {
        None
    };
    let child_fds: Vec<RawFd> = handshake
        .as_ref()
        .map(|h| vec![h.1.as_raw_fd(), h.2.as_raw_fd()])
        .unwrap_or_default();
    let pin = spec.pin;
    // Only async-signal-safe calls here (fcntl, sched_setaffinity): nothing
    // that waits, as waiting in pre_exec deadlocks the spawn.
    unsafe {
        cmd.pre_exec(move || {
            for &fd in &child_fds {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if let Some(cpu) = pin {
                let mut set: libc::cpu_set_t = std::mem::zeroed();
                libc::CPU_SET(cpu, &mut set);
                if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let mut child = spawn_retrying(&mut cmd).map_err(|source| WorkerError::Spawn {
        program: spec.program.clone(),
        source,
    })?;
    let pid = child.id() as i32;

    let mut hw_unavailable = false;
    let served = handshake.map(|(ctl_r, ctl_w, ack_r, ack_w)| {
        // Our copies of the worker's ends must close, or EOF never comes.
        drop(ctl_w);
        drop(ack_r);
        let attached = source
            .filter(|_| mode != CounterMode::None && mode != CounterMode::Callgrind)
            .map(|s| {
                let a = Attached::attach(s, pid, mode);
                hw_unavailable = a.hardware_unavailable();
                a
            });
        std::thread::spawn(move || serve_handshake(ctl_r, ack_w, attached, pid))
    });
    let out = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err = spawn_reader(child.stderr.take().expect("piped stderr"));

    // A watchdog kills the worker at the deadline; the main thread blocks in
    // wait4 so the wall time of whole-process benchmarks is exact.
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let timeout = spec.timeout;
    let watchdog = std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(timeout) {
            unsafe { libc::kill(pid, libc::SIGKILL) };
            true
        } else {
            false
        }
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = loop {
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            continue;
        }
        break rc;
    };
    let wall = start.elapsed();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let (counters, peak) = served
        .map(|h| h.join().unwrap_or_default())
        .unwrap_or_default();
    let exit = if timed_out {
        Exit::TimedOut
    } else if rc == -1 {
        Exit::Code(-1)
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok(Outcome {
        exit,
        wall,
        // Prefer the worker's own peak; wait4's maxrss also counts the lab's pre-exec memory.
        max_rss_kb: peak.unwrap_or(usage.ru_maxrss),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        counters,
        hardware_unavailable: hw_unavailable,
    })
}

/// `cmd.spawn()`, tried again a few times while the program is busy being written
/// (ETXTBSY): an executable just written, by a build or by another thread of this
/// process whose fork still holds it open for writing, cannot be run for a moment.
fn spawn_retrying(cmd: &mut Command) -> std::io::Result<std::process::Child> {
    let mut delay = Duration::from_millis(5);
    for _ in 0..6 {
        match cmd.spawn() {
            Err(e) if e.raw_os_error() == Some(libc::ETXTBSY) => {
                std::thread::sleep(delay);
                delay *= 2;
            }
            r => return r,
        }
    }
    cmd.spawn()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counters::fake::FakeSource;
    use std::sync::atomic::AtomicU64;
    use std::sync::Arc;

    #[test]
    fn a_program_busy_being_written_starts_once_free() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("prog");
        let mut f = std::fs::File::create(&path).unwrap();
        f.write_all(b"#!/bin/sh\nexit 3\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        // Still open for writing: the first tries get ETXTBSY.
        assert_eq!(
            Command::new(&path).spawn().unwrap_err().raw_os_error(),
            Some(libc::ETXTBSY)
        );
        let writer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            drop(f);
        });
        let mut child = spawn_retrying(&mut Command::new(&path)).unwrap();
        assert_eq!(child.wait().unwrap().code(), Some(3));
        writer.join().unwrap();
    }

    fn sh(script: &str) -> Spec {
        Spec {
            program: "/bin/sh".into(),
            args: vec!["-c".into(), script.into(), "sh".into()],
            env: vec![
                ("PATH".into(), "/usr/bin:/bin".into()),
                ("MARK".into(), "m1".into()),
            ],
            timeout: Duration::from_secs(20),
            ..Spec::default()
        }
    }

    #[test]
    fn clean_env_exit_code_and_rss() {
        std::env::set_var("LAB_TEST_LEAK", "1");
        let o = run(
            &sh("echo $MARK-${LAB_TEST_LEAK:-none}; echo err >&2; exit 7"),
            None,
            CounterMode::None,
        )
        .unwrap();
        assert_eq!(o.exit, Exit::Code(7));
        assert_eq!(o.stdout.trim(), "m1-none");
        assert_eq!(o.stderr.trim(), "err");
        assert!(o.max_rss_kb > 0);
    }

    #[test]
    fn timeout_kills() {
        let mut s = sh("sleep 30");
        s.timeout = Duration::from_millis(200);
        let o = run(&s, None, CounterMode::None).unwrap();
        assert_eq!(o.exit, Exit::TimedOut);
        assert!(o.wall < Duration::from_secs(10));
    }

    #[test]
    fn handshake_counts_with_fake_source() {
        // The shell plays the harness: fds arrive as the last four args.
        let mut s = sh("ctl=$2; ack=$4; printf E >&$ctl; head -c1 <&$ack >/dev/null; printf D >&$ctl; head -c1 <&$ack >/dev/null; echo ok");
        s.handshake = true;
        let src = FakeSource {
            pmu: false,
            running_share: 1.0,
            opened: Arc::new(AtomicU64::new(0)),
        };
        let o = run(&s, Some(&src), CounterMode::Hw).unwrap();
        assert_eq!(o.exit, Exit::Code(0), "{}", o.stderr);
        assert_eq!(o.stdout.trim(), "ok");
        assert!(o.hardware_unavailable);
        let tc = o.counters.iter().find(|r| r.name == "task-clock").unwrap();
        assert_eq!(tc.value, Some(500));
    }

    #[test]
    fn pinning_applies() {
        let mut s = sh("cat /proc/self/status | grep Cpus_allowed_list");
        s.pin = Some(0);
        let o = run(&s, None, CounterMode::None).unwrap();
        assert!(o.stdout.contains("\t0"), "{}", o.stdout);
    }

    #[test]
    fn missing_program_is_an_error() {
        let mut s = sh("");
        s.program = "/no/such/program".into();
        assert!(matches!(
            run(&s, None, CounterMode::None),
            Err(WorkerError::Spawn { .. })
        ));
    }
}
