//! Golden tests of the compiler: each `tests/golden/*.py` is compiled and its
//! disassembly compared with the `.dis` file beside it. `EMBER_BLESS=1`
//! rewrites the `.dis` files instead.

use std::path::{Path, PathBuf};

use ember::bytecode::dis::disassemble;
use ember::bytecode::Mode;
use ember::compiler::compile;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Compiles on a thread with a big stack, as the runtime does.
fn disassemble_file(path: &Path) -> String {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || match compile(&source, &name, Mode::Exec) {
            Ok(code) => disassemble(&code),
            Err(e) => format!("CompileError: {e}\n"),
        })
        .unwrap_or_else(|e| panic!("cannot spawn the compile thread: {e}"));
    handle
        .join()
        .unwrap_or_else(|_| panic!("compiling {} panicked", path.display()))
}

#[test]
fn golden_disassembly() {
    let bless = std::env::var("EMBER_BLESS").is_ok_and(|v| v == "1");
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 40,
        "expected at least 40 golden programs, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for py in &files {
        let actual = disassemble_file(py);
        let dis = py.with_extension("dis");
        if bless {
            std::fs::write(&dis, &actual).expect("write .dis");
            continue;
        }
        let expected = std::fs::read_to_string(&dis).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{} differs from {}", py.display(), dis.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches (run with EMBER_BLESS=1 to update):\n{}",
        failures.join("\n")
    );
}
