//! End-to-end: the real `lab` binary runs the fixture suite on Debian's
//! CPython through the real runner, stores Parquet, and reads it back.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PYTHON: &str = "/usr/bin/python3.11";

fn fixture_suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suite")
}

/// A scratch repository root with the given configs.
fn root_with(configs: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("configs")).unwrap();
    for (name, text) in configs {
        std::fs::write(d.path().join("configs").join(format!("{name}.toml")), text).unwrap();
    }
    d
}

fn cpython(name: &str) -> String {
    format!("name = \"{name}\"\nkind = \"external\"\ncommand = \"{PYTHON}\"\nversion_contains = \"Python 3.11\"\n")
}

fn lab(root: &Path, args: &[&str]) -> Output {
    let out = root.join("results");
    Command::new(env!("CARGO_BIN_EXE_lab"))
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(&out)
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn runs_fixture_suite_on_cpython() {
    if !Path::new(PYTHON).exists() {
        eprintln!("skipped: {PYTHON} is not installed on this machine");
        return;
    }
    let root = root_with(&[
        ("cpython", &cpython("cpython")),
        ("cpython-again", &cpython("cpython-again")),
    ]);
    let suites = fixture_suite();
    let o = lab(
        root.path(),
        &[
            "run",
            "mixed",
            "crashing",
            "slow",
            "--config",
            "cpython,cpython-again",
            "--fast",
            "--counters",
            "sw",
            "--timeout",
            "5",
            "--seed",
            "7",
            "--suites",
            suites.to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "stdout:\n{out}\nstderr:\n{err}");
    // The comparison table: tiny and startup measured, the broken ones failed.
    assert!(out.contains("geometric mean"), "{out}");
    assert!(out.contains("tiny") && out.contains("startup"), "{out}");
    assert!(
        out.contains("failing on cpython: calibration failed: check failed: expected 42, got 41"),
        "{out}"
    );
    assert!(
        out.contains("failing on cpython-again: calibration failed: check failed"),
        "{out}"
    );
    assert!(
        out.contains("worker exited with 1: RuntimeError: this benchmark crashes on purpose"),
        "{out}"
    );
    assert!(
        out.contains("crashing on cpython") && out.contains("slow on cpython"),
        "{out}"
    );
    assert!(err.contains("calibrated on cpython"), "{err}");

    // Stored: one Parquet file, readable by show/compare/export.
    let files: Vec<_> = std::fs::read_dir(root.path().join("results"))
        .unwrap()
        .collect();
    assert_eq!(files.len(), 1);
    let show = lab(root.path(), &["show", "last"]);
    let (s, e) = text(&show);
    assert!(show.status.success(), "{e}");
    assert!(
        s.contains("task-clock"),
        "software counters for the timed region:\n{s}"
    );
    assert!(s.contains("timed out"), "{s}");
    assert!(s.contains("RuntimeError"), "crash keeps stderr:\n{s}");
    let csv = lab(root.path(), &["export", "last", "--format", "csv"]);
    let (c, _) = text(&csv);
    assert!(c.starts_with("benchmark,config,process,kind,"), "{c}");
    assert!(c.contains("tiny,cpython-again,2,value,"), "{c}");
    let json = lab(root.path(), &["export", "last", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["meta"]["protocol"]["processes"], 3);
    assert_eq!(v["meta"]["seed"], 7);
    assert!(v["meta"]["env"]
        .as_array()
        .unwrap()
        .iter()
        .any(|kv| kv[0] == "PYTHONPATH"));
    let tiny = v["meta"]["benchmarks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "tiny")
        .unwrap();
    assert_eq!(tiny["calibrated_on"], "cpython");
    let loops = tiny["loops"].as_u64().unwrap();
    assert!(loops > 1);
    // Every tiny row of both configs used the reference's loops.
    let rows = v["rows"].as_array().unwrap();
    // tiny and startup, 2 configs, 3 processes x 3 values each.
    assert_eq!(
        rows.iter().filter(|r| r["kind"] == "value").count(),
        2 * 2 * 3 * 3
    );
    assert!(rows
        .iter()
        .filter(|r| r["benchmark"] == "tiny" && r["kind"] == "value")
        .all(|r| r["loops"] == loops));
    assert!(rows
        .iter()
        .any(|r| r["kind"] == "worker" && r["rss_kb"].as_i64().unwrap_or(0) > 1000));

    // A foreign file is reported by name and skipped.
    std::fs::write(root.path().join("results/junk.parquet"), b"junk").unwrap();
    let cmp = lab(root.path(), &["compare", "--last", "--markdown"]);
    let (c, e) = text(&cmp);
    assert!(cmp.status.success(), "{e}");
    assert!(e.contains("junk.parquet"), "{e}");
    assert!(c.contains("| tiny"), "{c}");
    let list = lab(root.path(), &["list", "--suites", suites.to_str().unwrap()]);
    let (l, _) = text(&list);
    assert!(
        l.contains("tiny_args") && l.contains("cpython-again") && l.contains("Stored runs"),
        "{l}"
    );
}

#[test]
fn missing_interpreter_and_missing_features_fail_clearly() {
    let root = root_with(&[
        (
            "ghost",
            "name = \"ghost\"\nkind = \"external\"\ncommand = \"no-such-python-xyz\"\n",
        ),
        (
            "jit",
            "name = \"jit\"\nkind = \"ember\"\nfeatures = [\"jit\", \"noframe\"]\n",
        ),
        (
            "bad",
            "name = \"bad\"\nkind = \"ember\"\nfeatures = \"jit\"\n",
        ),
    ]);
    std::fs::create_dir_all(root.path().join("runtime")).unwrap();
    std::fs::write(
        root.path().join("runtime/Cargo.toml"),
        "[package]\nname = \"runtime\"\n[features]\ndefault = []\n",
    )
    .unwrap();
    let suites = fixture_suite();
    let s = suites.to_str().unwrap();
    let (_, e) = text(&lab(
        root.path(),
        &["run", "tiny", "--config", "ghost", "--suites", s],
    ));
    assert!(
        e.contains("configuration `ghost`") && e.contains("not installed"),
        "{e}"
    );
    let (_, e) = text(&lab(
        root.path(),
        &["run", "tiny", "--config", "jit", "--suites", s],
    ));
    assert!(
        e.contains("needs runtime feature(s) `jit`, `noframe`"),
        "{e}"
    );
    assert!(!e.contains("Compiling"), "cargo must not run: {e}");
    let (_, e) = text(&lab(
        root.path(),
        &["run", "tiny", "--config", "bad", "--suites", s],
    ));
    assert!(e.contains("bad.toml:3: key `features`"), "{e}");
    let (_, e) = text(&lab(
        root.path(),
        &["run", "nope", "--config", "ghost", "--suites", s],
    ));
    assert!(e.contains("no benchmark or group named `nope`"), "{e}");
}

#[test]
fn doctor_prints_findings() {
    let o = Command::new(env!("CARGO_BIN_EXE_lab"))
        .arg("doctor")
        .output()
        .unwrap();
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    for needle in [
        "CPU",
        "perf_event_paranoid",
        "PMU",
        "load average",
        "memory available",
        "virtual machine",
    ] {
        assert!(out.contains(needle), "missing {needle}:\n{out}");
    }
}

/// The `ember` binary the workspace build made (`target/<profile>/ember`, beside this test's
/// own `deps` folder).
fn built_ember() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let e = profile_dir.join("ember");
    e.exists().then_some(e)
}

#[test]
fn runs_real_suite_benchmarks_on_ember_and_cpython() {
    if !Path::new(PYTHON).exists() {
        eprintln!("skipped: {PYTHON} is not installed on this machine");
        return;
    }
    let Some(ember) = built_ember() else {
        // `cargo test --workspace` (CI) always builds it; a lone `cargo test -p lab` may not.
        assert!(
            std::env::var("CI").is_err(),
            "the ember binary was not built by this test run"
        );
        eprintln!("skipped: build the runtime first (`cargo build -p runtime`)");
        return;
    };
    let ember_cfg = format!(
        "name = \"ember-test\"\nkind = \"external\"\ncommand = \"{}\"\nversion_contains = \"3.11\"\n",
        ember.display()
    );
    let root = root_with(&[("cpython", &cpython("cpython")), ("ember-test", &ember_cfg)]);
    // The real suites and their harness (the fixture's harness needs argparse, which Ember
    // does not have yet; the real one is written for any runtime).
    let suites = Path::new(env!("CARGO_MANIFEST_DIR")).join("../suites");
    let o = lab(
        root.path(),
        &[
            "run",
            "nqueens",
            "unpack_sequence",
            "--config",
            "cpython,ember-test",
            "--fast",
            "--counters",
            "sw",
            "--timeout",
            "120",
            "--seed",
            "3",
            "--suites",
            suites.to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "stdout:\n{out}\nstderr:\n{err}");
    assert!(out.contains("geometric mean"), "{out}");
    assert!(
        !out.contains("on ember-test:"),
        "a benchmark failed on ember:\n{out}"
    );
    let json = lab(root.path(), &["export", "last", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let ember_values = rows
        .iter()
        .filter(|r| r["config"] == "ember-test" && r["kind"] == "value")
        .count();
    // Two benchmarks, 3 processes x 3 values.
    assert_eq!(ember_values, 2 * 3 * 3, "{out}");
    assert!(
        out.contains("nqueens") && out.contains("unpack_sequence"),
        "{out}"
    );
}

/// `--dashboard` without a terminal (stdout is a pipe here): plain progress
/// lines with counts and ETA, and failures as they happen; then the
/// comparison as usual. `lab dashboard` prints the comparison instead.
#[test]
fn dashboard_without_terminal_degrades_to_lines() {
    if !Path::new(PYTHON).exists() {
        eprintln!("skipped: {PYTHON} is not installed on this machine");
        return;
    }
    let root = root_with(&[("cpython", &cpython("cpython"))]);
    let suites = fixture_suite();
    let o = lab(
        root.path(),
        &[
            "run",
            "tiny",
            "crashing",
            "--config",
            "cpython",
            "--processes",
            "2",
            "--values",
            "2",
            "--counters",
            "none",
            "--dashboard",
            "--suites",
            suites.to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "stdout:\n{out}\nstderr:\n{err}");
    assert!(err.contains("stdout is not a terminal"), "{err}");
    assert!(err.contains("[1/4") && err.contains("ETA"), "{err}");
    assert!(err.contains("tiny cpython process 2/2"), "{err}");
    assert!(err.contains("crashing cpython FAILED"), "{err}");
    assert!(out.contains("tiny"), "{out}");
    let o = lab(root.path(), &["dashboard"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("comparison as text"), "{err}");
    assert!(out.contains("tiny"), "{out}");
}
