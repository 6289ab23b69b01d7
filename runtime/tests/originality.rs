//! The library under `runtime/lib` is our own text: no run of `RUN` or more consecutive
//! significant lines (stripped, not blank, not a comment) may match text anywhere in
//! CPython's standard library (`/usr/lib/python3.11`, Debian's, on every machine we use).
//! A line counts as matching when it sits in a window of three consecutive lines that
//! also occurs, in that order, in some CPython module; shorter runs are left alone, since
//! signatures, messages and `__all__` lists legitimately coincide.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

const CPYTHON_LIB: &str = "/usr/lib/python3.11";
const RUN: usize = 6;

/// The significant lines of a file, with their 1-based line numbers.
fn significant(path: &Path) -> Vec<(usize, String)> {
    let Ok(bytes) = std::fs::read(path) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&bytes)
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A stable hash of three consecutive lines (SipHash with fixed keys).
fn window(a: &str, b: &str, c: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (a, b, c).hash(&mut h);
    h.finish()
}

fn python_files(dir: &Path, skip: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if skip(&p) {
            continue;
        }
        if p.is_dir() {
            python_files(&p, skip, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn library_has_no_runs_of_cpython_text() {
    let cpython = Path::new(CPYTHON_LIB);
    if !cpython.is_dir() {
        eprintln!("note: {CPYTHON_LIB} is missing; the originality check cannot run here");
        return;
    }
    // CPython's test suite and tools are not library text we could have drawn on.
    let skip_cpython = |p: &Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        matches!(
            name,
            "test" | "tests" | "idlelib" | "lib2to3" | "site-packages" | "dist-packages"
        )
    };
    let mut theirs = Vec::new();
    python_files(cpython, &skip_cpython, &mut theirs);
    let mut windows = HashSet::new();
    for f in &theirs {
        let lines = significant(f);
        for w in lines.windows(3) {
            windows.insert(window(&w[0].1, &w[1].1, &w[2].1));
        }
    }
    assert!(
        windows.len() > 100_000,
        "CPython's library looks incomplete"
    );

    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    let mut ours = Vec::new();
    python_files(&lib, &|_| false, &mut ours);
    ours.sort();
    assert!(ours.len() > 100, "runtime/lib looks incomplete");
    let mut found = Vec::new();
    for f in &ours {
        let lines = significant(f);
        let mut marked = vec![false; lines.len()];
        for (k, w) in lines.windows(3).enumerate() {
            if windows.contains(&window(&w[0].1, &w[1].1, &w[2].1)) {
                marked[k..k + 3].iter_mut().for_each(|m| *m = true);
            }
        }
        let mut start = None;
        for (k, m) in marked.iter().chain([&false]).enumerate() {
            match (m, start) {
                (true, None) => start = Some(k),
                (false, Some(s)) => {
                    if k - s >= RUN {
                        found.push(format!(
                            "{}: lines {}-{} ({} lines)",
                            f.strip_prefix(&lib).unwrap_or(f).display(),
                            lines[s].0,
                            lines[k - 1].0,
                            k - s
                        ));
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    assert!(
        found.is_empty(),
        "runs of {RUN}+ lines matching CPython's library (restate them in our own words):\n{}",
        found.join("\n")
    );
}
