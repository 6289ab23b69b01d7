//! Differential test corpus: every `tests/corpus/*.py` program is run with the
//! `ember` binary and its stdout, exit status and (for status 1) the last line
//! of stderr are compared with expectations recorded from CPython 3.11 by
//! `tests/corpus/record.sh`.
//!
//! * `X.stdout`: the exact expected stdout.
//! * `X.status`: first line the exit status; for status 1 the second line is
//!   the expected last line of stderr (e.g. `ZeroDivisionError: division by zero`).
//!
//! Programs that Ember does not pass yet are listed in
//! `tests/corpus/KNOWN_FAILURES.txt`. A failing program that is not listed
//! fails the test, and so does a listed program that now passes.
//!
//! Environment:
//! * `EMBER_CORPUS_FILTER=substr`: only run programs whose name contains `substr`.
//! * `EMBER_ARGS="-X foo=1"`: extra arguments passed to ember before the file name.
//! * `EMBER_UPDATE_KNOWN_FAILURES=1`: rewrite KNOWN_FAILURES.txt to exactly the
//!   programs that currently fail (within the filter, if one is given).
//! * `EMBER_CORPUS_JOBS=n`: number of worker threads (default 2 to 4).
//!
//! A second test, `corpus_cpython_agrees`, runs `/usr/bin/python3.11` (when it
//! exists) on every program and fails if it disagrees with the recorded
//! expectations, so that a wrong expectation cannot hide.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const MAX_CAPTURE: usize = 16 << 20;
const CPYTHON: &str = "/usr/bin/python3.11";
const KNOWN_FAILURES: &str = "KNOWN_FAILURES.txt";
const KNOWN_FAILURES_HEADER: &str = "\
# Corpus programs that Ember does not pass yet, one name per line.
#
# This list is debt, not a skip: every program here is still run, the test
# fails if a listed program starts passing (remove it from this file), and a
# program that fails without being listed here fails the test.
# Regenerate with:
#   EMBER_UPDATE_KNOWN_FAILURES=1 cargo test -p runtime --test corpus
";

const AREAS: &[&str] = &[
    "lang_",
    "types_",
    "builtins_",
    "exc_",
    "gen_",
    "class_",
    "fmt_",
    "prog_",
    "err_",
    "stdlib_",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus")
}

/// Program file names (`lang_closures.py`), sorted, restricted by the filter.
fn programs() -> Vec<String> {
    let filter = std::env::var("EMBER_CORPUS_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(corpus_dir())
        .expect("cannot read tests/corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .filter(|n| filter.is_empty() || n.contains(&filter))
        .collect();
    names.sort();
    names
}

fn stem(name: &str) -> &str {
    name.strip_suffix(".py").unwrap_or(name)
}

#[derive(Debug, Clone, PartialEq)]
struct Expected {
    stdout: Vec<u8>,
    status: i32,
    /// For status 1: the last line of stderr.
    last_stderr: Option<String>,
}

fn load_expected(name: &str) -> Result<Expected, String> {
    let dir = corpus_dir();
    let s = stem(name);
    let stdout = fs::read(dir.join(format!("{s}.stdout")))
        .map_err(|e| format!("{s}.stdout: {e} (run tests/corpus/record.sh)"))?;
    let status_text = fs::read_to_string(dir.join(format!("{s}.status")))
        .map_err(|e| format!("{s}.status: {e} (run tests/corpus/record.sh)"))?;
    let mut lines = status_text.lines();
    let status: i32 = lines
        .next()
        .and_then(|l| l.trim().parse().ok())
        .ok_or_else(|| format!("{s}.status: first line is not an exit status"))?;
    let last_stderr = if status == 1 {
        Some(lines.next().unwrap_or("").trim_end().to_string())
    } else {
        None
    };
    Ok(Expected {
        stdout,
        status,
        last_stderr,
    })
}

#[derive(Debug)]
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit code, or `None` when killed by a signal / timed out.
    status: Option<i32>,
    status_desc: String,
    timed_out: bool,
}

fn last_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

fn tail(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    lines[start..]
        .iter()
        .map(|l| format!("    | {l}\n"))
        .collect()
}

/// Runs `program args... name` in the corpus folder with a timeout.
fn run(program: &str, args: &[String], name: &str) -> Outcome {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .arg(name)
        .current_dir(corpus_dir())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("cannot start {program}: {e}").into_bytes(),
                status: None,
                status_desc: "not started".into(),
                timed_out: false,
            }
        }
    };
    let out_pipe = child.stdout.take().unwrap();
    let err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || read_capped(out_pipe));
    let err_reader = thread::spawn(move || read_capped(err_pipe));
    let start = Instant::now();
    let mut timed_out = false;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {
                if start.elapsed() > TIMEOUT {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let (status, status_desc) = match exit {
        _ if timed_out => (None, format!("timed out after {}s", TIMEOUT.as_secs())),
        Some(st) => match st.code() {
            Some(c) => (Some(c), c.to_string()),
            None => (None, signal_desc(&st)),
        },
        None => (None, "unknown".into()),
    };
    Outcome {
        stdout,
        stderr,
        status,
        status_desc,
        timed_out,
    }
}

/// Reads a pipe to the end, keeping at most `MAX_CAPTURE` bytes (a runaway
/// program must not exhaust the test's memory); the rest is drained and dropped.
fn read_capped(mut pipe: impl Read) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    loop {
        match pipe.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let room = MAX_CAPTURE.saturating_sub(buf.len());
                buf.extend_from_slice(&chunk[..n.min(room)]);
            }
        }
    }
    buf
}

#[cfg(unix)]
fn signal_desc(st: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match st.signal() {
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("{st}"),
    }
}

#[cfg(not(unix))]
fn signal_desc(st: &std::process::ExitStatus) -> String {
    format!("{st}")
}

/// Compares an outcome with the expectation; `None` when they agree, otherwise
/// a human readable description of the first difference.
fn compare(exp: &Expected, got: &Outcome) -> Option<String> {
    let mut msg = String::new();
    if got.timed_out {
        msg.push_str(&format!("  timed out after {}s\n", TIMEOUT.as_secs()));
    }
    if exp.stdout != got.stdout {
        msg.push_str(&stdout_diff(&exp.stdout, &got.stdout));
    }
    if got.status != Some(exp.status) {
        msg.push_str(&format!(
            "  exit status: expected {}, got {}\n",
            exp.status, got.status_desc
        ));
    } else if let Some(want) = &exp.last_stderr {
        let have = last_line(&got.stderr);
        if &have != want {
            msg.push_str(&format!(
                "  last line of stderr:\n    expected: {want}\n    got:      {have}\n"
            ));
        }
    }
    if msg.is_empty() {
        None
    } else {
        if !got.stderr.is_empty() {
            msg.push_str("  stderr tail:\n");
            msg.push_str(&tail(&got.stderr, 8));
        }
        Some(msg)
    }
}

fn stdout_diff(exp: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(exp);
    let g = String::from_utf8_lossy(got);
    let el: Vec<&str> = e.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    let first = el
        .iter()
        .zip(gl.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(el.len().min(gl.len()));
    let mut s = format!(
        "  stdout differs at line {} (- expected, + got; expected {} lines, got {}):\n",
        first + 1,
        el.len(),
        gl.len()
    );
    let ctx_start = first.saturating_sub(2);
    for l in &el[ctx_start..first.min(el.len())] {
        s.push_str(&format!("     {}\n", l.trim_end_matches('\n')));
    }
    // Lines are shown as they are, unless invisible characters (controls,
    // trailing blanks) would hide the difference: then they are quoted.
    let visible = |l: &str| {
        if l.chars().any(|c| c.is_control() && c != '\t') || l.ends_with(' ') || l.ends_with('\t') {
            format!("{l:?}")
        } else {
            l.to_string()
        }
    };
    let show = |l: Option<&&str>| match l {
        Some(l) if l.ends_with('\n') => visible(l.trim_end_matches('\n')),
        Some(l) => format!("{} (no newline at end)", visible(l)),
        None => "<end of output>".to_string(),
    };
    s.push_str(&format!("    -{}\n", show(el.get(first))));
    s.push_str(&format!("    +{}\n", show(gl.get(first))));
    s
}

/// Runs `f` over all programs with a small pool of std threads; results are
/// returned in program order.
fn par_map<T: Send + 'static>(
    names: &[String],
    f: impl Fn(&str) -> T + Send + Sync + 'static,
) -> Vec<T> {
    let jobs = std::env::var("EMBER_CORPUS_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|&j| j > 0)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .clamp(2, 4)
        });
    let names = Arc::new(names.to_vec());
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<T>>>> =
        Arc::new(Mutex::new((0..names.len()).map(|_| None).collect()));
    let f = Arc::new(f);
    let workers: Vec<_> = (0..jobs.min(names.len().max(1)))
        .map(|_| {
            let (names, next, results, f) =
                (names.clone(), next.clone(), results.clone(), f.clone());
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= names.len() {
                    break;
                }
                let r = f(&names[i]);
                results.lock().unwrap()[i] = Some(r);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("corpus worker panicked");
    }
    let mut results = results.lock().unwrap();
    results
        .drain(..)
        .map(|r| r.expect("missing result"))
        .collect()
}

fn read_known_failures() -> BTreeSet<String> {
    let text = fs::read_to_string(corpus_dir().join(KNOWN_FAILURES)).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| stem(l).to_string())
        .collect()
}

fn write_known_failures(list: &BTreeSet<String>) {
    let mut text = String::from(KNOWN_FAILURES_HEADER);
    for name in list {
        text.push_str(name);
        text.push('\n');
    }
    fs::write(corpus_dir().join(KNOWN_FAILURES), text).expect("cannot write KNOWN_FAILURES.txt");
}

fn ember_args() -> Vec<String> {
    std::env::var("EMBER_ARGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect()
}

#[test]
fn corpus_ember() {
    let names = programs();
    assert!(!names.is_empty(), "no corpus programs selected");
    let args = ember_args();
    let ember = env!("CARGO_BIN_EXE_ember").to_string();
    let results = par_map(&names, move |name| {
        let exp = load_expected(name);
        let got = run(&ember, &args, name);
        match exp {
            Ok(exp) => compare(&exp, &got),
            Err(e) => Some(format!("  missing expectation: {e}\n")),
        }
    });

    let all_names: BTreeSet<String> = programs_unfiltered();
    let selected: BTreeSet<String> = names.iter().map(|n| stem(n).to_string()).collect();
    let known = read_known_failures();
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    for (name, res) in names.iter().zip(&results) {
        let s = stem(name).to_string();
        match res {
            None => {
                passed += 1;
                if known.contains(&s) {
                    now_passing.push(s);
                }
            }
            Some(why) => {
                if !known.contains(&s) {
                    unexpected.push(format!("{s}:\n{why}"));
                }
                failing.insert(s);
            }
        }
    }
    let stale: Vec<&String> = known.iter().filter(|k| !all_names.contains(*k)).collect();

    println!(
        "corpus: {} passed, {} known failures, {} unexpected, {} known failures now passing",
        passed,
        failing.len() - unexpected.len(),
        unexpected.len(),
        now_passing.len()
    );

    if std::env::var("EMBER_UPDATE_KNOWN_FAILURES").map_or(false, |v| v == "1") {
        // Keep entries outside the selection (filter); drop stale ones.
        let mut list: BTreeSet<String> = known
            .iter()
            .filter(|k| all_names.contains(*k) && !selected.contains(*k))
            .cloned()
            .collect();
        list.extend(failing.iter().cloned());
        write_known_failures(&list);
        println!(
            "corpus: rewrote {KNOWN_FAILURES} with {} programs",
            list.len()
        );
        return;
    }

    let mut report = String::new();
    for u in &unexpected {
        report.push_str(&format!("FAIL (not in {KNOWN_FAILURES}) {u}\n"));
    }
    for p in &now_passing {
        report.push_str(&format!(
            "PASS {p}: listed in {KNOWN_FAILURES} but passes now: remove it from {KNOWN_FAILURES}\n"
        ));
    }
    for s in &stale {
        report.push_str(&format!(
            "STALE {s}: listed in {KNOWN_FAILURES} but there is no {s}.py: remove it\n"
        ));
    }
    // Every compiled-in optimisation must give the same results: run the corpus again with
    // each one forced (quicken on the first call) and with all of them switched off, and
    // require exactly the same set of passing programs.
    for extra in common::switch_sets() {
        let mut args = ember_args();
        args.extend(extra.iter().map(|s| s.to_string()));
        let ember = env!("CARGO_BIN_EXE_ember").to_string();
        let again = par_map(&names, move |name| {
            let exp = load_expected(name).ok()?;
            compare(&exp, &run(&ember, &args, name))
        });
        for (name, (first, second)) in names.iter().zip(results.iter().zip(&again)) {
            if first.is_none() != second.is_none() {
                report.push_str(&format!(
                    "DIFFERS under {}: {} {}\n{}\n",
                    extra.join(" "),
                    stem(name),
                    if first.is_none() { "fails" } else { "passes" },
                    second.clone().unwrap_or_default()
                ));
            }
        }
    }
    if !report.is_empty() {
        panic!(
            "\n{report}\ncorpus: {} passed, {} known failures, {} unexpected, {} now passing\n\
             (set EMBER_UPDATE_KNOWN_FAILURES=1 to rewrite {KNOWN_FAILURES})",
            passed,
            failing.len() - unexpected.len(),
            unexpected.len(),
            now_passing.len()
        );
    }
}

fn programs_unfiltered() -> BTreeSet<String> {
    fs::read_dir(corpus_dir())
        .expect("cannot read tests/corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .map(|n| stem(&n).to_string())
        .collect()
}

/// The recorded expectations must be what CPython 3.11 actually does.
#[test]
fn corpus_cpython_agrees() {
    if !Path::new(CPYTHON).exists() {
        println!("corpus_cpython_agrees: {CPYTHON} not found, skipping the cross-check");
        return;
    }
    let names = programs();
    let results = par_map(&names, |name| match load_expected(name) {
        Ok(exp) => compare(&exp, &run(CPYTHON, &[], name)),
        Err(e) => Some(format!("  missing expectation: {e}\n")),
    });
    let bad: Vec<String> = names
        .iter()
        .zip(results)
        .filter_map(|(n, r)| r.map(|why| format!("{}:\n{why}", stem(n))))
        .collect();
    println!(
        "corpus_cpython_agrees: {} of {} programs agree with {CPYTHON}",
        names.len() - bad.len(),
        names.len()
    );
    if !bad.is_empty() {
        panic!(
            "\nCPython 3.11 disagrees with the recorded expectations of {} program(s) \
             (re-record with tests/corpus/record.sh, and check the program is deterministic):\n\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

/// Every program has expectations, follows the naming scheme, and every
/// expectation file belongs to a program.
#[test]
fn corpus_is_well_formed() {
    let dir = corpus_dir();
    let mut problems = Vec::new();
    let progs = programs_unfiltered();
    for p in &progs {
        if !AREAS.iter().any(|a| p.starts_with(a)) {
            problems.push(format!("{p}.py: name must start with one of {AREAS:?}"));
        }
        if let Err(e) = load_expected(&format!("{p}.py")) {
            problems.push(e);
        }
    }
    for e in fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
        let n = e.file_name().to_string_lossy().into_owned();
        for ext in [".stdout", ".status"] {
            if let Some(s) = n.strip_suffix(ext) {
                if !progs.contains(s) {
                    problems.push(format!("{n}: no {s}.py"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "corpus is not well formed:\n{}",
        problems.join("\n")
    );
}
