//! End-to-end for `lab report`: the real binary writes a report of a stored
//! run, and headless Chromium (Debian's `chromium`) opens it from the file,
//! must load it without console or resource errors, and saves a screenshot
//! (kept where `LAB_REPORT_SCREENSHOT` says, if set). Skipped, saying so,
//! where Chromium is not installed.

use lab::counters::CounterMode;
use lab::protocol::{Preset, Protocol};
use lab::record::{BenchMeta, ConfigMeta, Row, RowKind, RunMeta};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

fn meta() -> RunMeta {
    let cm = |name: &str| ConfigMeta {
        name: name.into(),
        kind: "external".into(),
        description: String::new(),
        executable: format!("/usr/bin/{name}"),
        version: "Python 3.11".into(),
        features: vec![],
        ember_commit: None,
        args: vec![],
    };
    RunMeta {
        run_id: "20260101-000000-e2e0".into(),
        lab_version: "0.1.0".into(),
        started: "2026-01-01T00:00:00Z".into(),
        finished: Some("2026-01-01T00:01:00Z".into()),
        host: "test-host".into(),
        cpu_model: "test cpu".into(),
        kernel: "6.1".into(),
        doctor: Default::default(),
        protocol: Protocol::preset(Preset::Fast),
        seed: 7,
        counters: CounterMode::Sw,
        pin: None,
        timeout_s: 60.0,
        env: vec![("PATH".into(), "/usr/bin".into())],
        selection: vec!["default".into()],
        configs: vec![cm("baseline"), cm("cpython")],
        benchmarks: ["richards", "a_benchmark_with_a_long_name"]
            .iter()
            .map(|b| BenchMeta {
                name: b.to_string(),
                tags: vec![],
                kind: "bench".into(),
                loops: Some(2),
                calibration: vec![],
                calibrated_on: Some("baseline".into()),
            })
            .collect(),
    }
}

fn rows() -> Vec<Row> {
    let mut out = Vec::new();
    for (bi, b) in ["richards", "a_benchmark_with_a_long_name"]
        .iter()
        .enumerate()
    {
        for (c, speed) in [("baseline", 1.0), ("cpython", 0.6)] {
            for p in 0..3u32 {
                for v in 0..3u32 {
                    let mut r = Row::new(b, c, p, RowKind::Value);
                    r.value =
                        Some(0.02 * (bi + 1) as f64 * speed * (1.0 + 0.01 * (p * 3 + v) as f64));
                    r.idx = v;
                    out.push(r);
                }
                let mut t = Row::new(b, c, p, RowKind::Counter);
                t.name = Some("task-clock".into());
                t.value = Some(2.0e7 * speed);
                out.push(t);
            }
        }
    }
    out
}

/// Runs a command, killing it after `limit`; returns (success, stdout, stderr).
fn run_with_limit(cmd: &mut Command, limit: Duration) -> (bool, String, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let t_out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let o = t_out.join().unwrap_or_default();
    let e = t_err.join().unwrap_or_default();
    (status.is_some_and(|s| s.success()), o, e)
}

fn chromium(args: &[&str], page: &Path) -> (bool, String, String) {
    let url = format!("file://{}", page.display());
    run_with_limit(
        Command::new(CHROMIUM)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
            ])
            .args(args)
            .arg(url),
        Duration::from_secs(90),
    )
}

#[test]
fn report_opens_in_headless_chromium() {
    let root = tempfile::tempdir().unwrap();
    let results = root.path().join("results");
    lab::store::write_run(&results, &meta(), &rows()).unwrap();
    let report = root.path().join("report");
    let o = Command::new(env!("CARGO_BIN_EXE_lab"))
        .arg("--root")
        .arg(root.path())
        .args(["report", "--last", "--results"])
        .arg(&results)
        .arg("--out")
        .arg(&report)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "lab report failed:\n{err}");
    let index = report.join("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    assert!(html.contains("Ember lab report: 20260101-000000-e2e0"));
    assert!(report.join("data/rows.parquet").is_file());
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is not installed (apt-get install -y chromium); the report was written and checked without a browser");
        return;
    }
    // Loads without errors: the DOM after load holds the page, and the
    // browser logged no console or resource errors.
    let (ok, dom, log) = chromium(&["--enable-logging=stderr", "--v=0", "--dump-dom"], &index);
    assert!(ok, "chromium --dump-dom failed:\n{log}");
    assert!(dom.contains("Ember lab report"), "{dom}");
    assert_eq!(dom.matches("<svg").count(), html.matches("<svg").count());
    for bad in [
        "Uncaught",
        ":CONSOLE(",
        "Failed to load resource",
        "net::ERR_",
    ] {
        assert!(!log.contains(bad), "browser reported `{bad}`:\n{log}");
    }
    let shot: PathBuf = std::env::var_os("LAB_REPORT_SCREENSHOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.path().join("report.png"));
    let arg = format!("--screenshot={}", shot.display());
    let (ok, _, log) = chromium(&[&arg, "--window-size=1280,2400"], &index);
    assert!(ok, "chromium --screenshot failed:\n{log}");
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    assert!(
        png.len() > 10_000,
        "screenshot suspiciously small: {} bytes",
        png.len()
    );
    eprintln!("screenshot: {}", shot.display());
}
