//! Tracebacks of uncaught exceptions: every `tests/uncaught/X.py` must write exactly
//! `X.stderr` (recorded from `/usr/bin/python3.11` run in that folder, with the folder
//! written `<dir>`) and exit 1. Covers chained exceptions, nested exception groups with
//! their boxes, column markers (`^^^`, `~~^~~`) and collapsed recursive entries.

use std::path::Path;
use std::process::Command;

#[test]
fn uncaught_tracebacks_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/uncaught");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for p in &names {
        let want = std::fs::read_to_string(p.with_extension("stderr")).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_ember"))
            .arg(p.file_name().unwrap())
            .current_dir(&dir)
            .output()
            .unwrap();
        // Recorded with the folder's absolute path written as `<dir>`.
        let got = String::from_utf8_lossy(&out.stderr).replace(&*dir.to_string_lossy(), "<dir>");
        if got != want || out.status.code() != Some(1) {
            failures.push(format!(
                "{}: status {:?}\n--- want\n{want}--- got\n{got}",
                p.display(),
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
