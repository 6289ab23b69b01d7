//! Differential tests of builtin types and modules: every `tests/diff/X.py` must print exactly
//! `X.stdout` (recorded from CPython 3.11) and exit 0 under `ember`. When Debian's CPython is
//! present, each expectation is checked against it too, so a wrong expectation cannot hide.
//! `EMBER_ARGS` passes extra options to ember (to run the suite under each configuration).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CPYTHON: &str = "/usr/bin/python3.11";

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py"));
    v.sort();
    v
}

/// Runs `exe args file` in the file's folder with a timeout; (stdout, status).
fn run(exe: &str, extra: &[String], file: &Path) -> (String, Option<i32>) {
    let mut child = Command::new(exe)
        .args(extra)
        .arg(file.file_name().unwrap())
        .current_dir(file.parent().unwrap())
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Drain both pipes while the program runs (a full pipe would block it).
    let mut out_pipe = child.stdout.take().expect("stdout");
    let mut err_pipe = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                let _ = child.wait();
                return ("<timeout>".into(), None);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => return ("<wait failed>".into(), None),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let mut s = String::from_utf8_lossy(&stdout).into_owned();
    if status.code() != Some(0) {
        s.push_str(&format!("\n<stderr>\n{}", String::from_utf8_lossy(&stderr)));
    }
    (s, status.code())
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}: expected {w:?}\n           got      {g:?}", i + 1);
        }
    }
    format!(
        "expected {} lines, got {} lines; tail of output:\n{}",
        want.lines().count(),
        got.lines().count(),
        got.lines()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    )
}

fn check_all(exe: &str, extra: &[String]) -> Vec<String> {
    let mut failures = Vec::new();
    for p in programs() {
        // Read as the output is (lossily): a program may write bytes that are not UTF-8
        // (a stream reconfigured to latin-1), and a missing file must not read as "".
        let want = match std::fs::read(p.with_extension("stdout")) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                failures.push(format!("{}: no expected output: {e}", p.display()));
                continue;
            }
        };
        let (got, status) = run(exe, extra, &p);
        if got != want || status != Some(0) {
            failures.push(format!(
                "{}: {}",
                p.display(),
                first_difference(&want, &got)
            ));
        }
    }
    failures
}

/// One test, run in order: some programs create and remove fixed temporary folders, so the
/// ember runs and the CPython cross-check must not overlap.
#[test]
fn diff_programs_match_cpython_output() {
    let progs = programs();
    assert!(!progs.is_empty(), "no programs in tests/diff");
    let extra: Vec<String> = std::env::var("EMBER_ARGS")
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let mut failures = check_all(env!("CARGO_BIN_EXE_ember"), &extra);
    // The same programs with each compiled-in optimisation forced on from the first call,
    // and with all of them switched off.
    for set in common::switch_sets() {
        let mut args = extra.clone();
        args.extend(set.iter().map(|s| s.to_string()));
        for f in check_all(env!("CARGO_BIN_EXE_ember"), &args) {
            failures.push(format!("[{}] {f}", set.join(" ")));
        }
    }
    println!(
        "diff: {} passed, {} failed",
        progs.len().saturating_sub(failures.len()),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));

    if !Path::new(CPYTHON).exists() {
        println!("{CPYTHON} is absent: expectations not re-checked on this machine");
        return;
    }
    let failures = check_all(CPYTHON, &[]);
    assert!(
        failures.is_empty(),
        "recorded expectations disagree with CPython:\n{}",
        failures.join("\n\n")
    );
}
