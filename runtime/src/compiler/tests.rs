//! Unit tests of the compiler passes: scopes, folding, jumps, stack depth,
//! exception tables, and the standard-library sweep.

use crate::bytecode::dis::disassemble;
use crate::bytecode::opcode::{decode, Opcode};
use crate::bytecode::{CodeObject, Const, Mode};

use super::symtable::{NameScope, ScopeKind};
use super::{compile, symbol_table};

/// Runs `f` on a thread with a big stack (debug builds recurse deeply).
pub fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|_| panic!("compiler thread panicked"))
}

pub fn code(src: &str) -> CodeObject {
    compile(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("compile failed:\n{e}"))
}

pub fn ops(c: &CodeObject) -> Vec<Opcode> {
    c.instructions
        .iter()
        .filter_map(|w| Opcode::from_u8(decode(*w).0))
        .collect()
}

pub fn inner<'c>(c: &'c CodeObject, name: &str) -> &'c CodeObject {
    c.consts
        .iter()
        .find_map(|k| match k {
            Const::Code(code) if code.name == name => Some(&**code),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code object {name} in\n{}", disassemble(c)))
}

#[test]
fn scratch_print() {
    if let Ok(path) = std::env::var("EMBER_DIS") {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let text = big_stack(move || match compile(&src, "scratch.py", Mode::Exec) {
            Ok(c) => disassemble(&c),
            Err(e) => e.to_string(),
        });
        println!("{text}");
    }
}

/// Prints the error (or OK) for each case in $EMBER_ERRS (cases separated by a line "----").
#[test]
fn scratch_errors() {
    if let Ok(path) = std::env::var("EMBER_ERRS") {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let out = big_stack(move || {
            let mut out = String::new();
            for case in text.split("\n----\n") {
                let r = compile(case, "x.py", Mode::Exec);
                match r {
                    Ok(_) => out.push_str(&format!("{case:?} => OK\n")),
                    Err(e) => out.push_str(&format!(
                        "{case:?} => {} {:?} {} {} {} {}\n",
                        e.kind.name(),
                        e.msg,
                        e.line,
                        e.col,
                        e.end_line,
                        e.end_col
                    )),
                }
            }
            out
        });
        print!("{out}");
    }
}

#[test]
fn symtable_scopes() {
    let t = symbol_table(
        "g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g\n    return h\nclass C:\n    x = 1\n    def m(self):\n        return x\n",
    )
    .unwrap();
    let f = t.scopes.iter().find(|s| s.name == "f").unwrap();
    assert_eq!(f.kind, ScopeKind::Function);
    assert_eq!(f.scope_of("a"), NameScope::Local);
    assert_eq!(f.scope_of("b"), NameScope::Cell);
    let h = t.scopes.iter().find(|s| s.name == "h").unwrap();
    assert_eq!(h.scope_of("b"), NameScope::Free);
    assert_eq!(h.scope_of("g"), NameScope::GlobalImplicit);
    let c = t.scopes.iter().find(|s| s.name == "C").unwrap();
    assert_eq!(c.kind, ScopeKind::Class);
    assert_eq!(c.scope_of("x"), NameScope::Local);
    let m = t.scopes.iter().find(|s| s.name == "m").unwrap();
    // Class names are not visible to methods.
    assert_eq!(m.scope_of("x"), NameScope::GlobalImplicit);
}

#[test]
fn symtable_class_cell_and_comprehensions() {
    let t = symbol_table("class C:\n    def m(self):\n        return super().m()\ndef f(xs):\n    return [y for x in xs if (y := x)]\n").unwrap();
    let c = t.scopes.iter().find(|s| s.name == "C").unwrap();
    assert!(c.needs_class_cell);
    let m = t.scopes.iter().find(|s| s.name == "m").unwrap();
    assert_eq!(m.scope_of("__class__"), NameScope::Free);
    let comp = t.scopes.iter().find(|s| s.name == "<listcomp>").unwrap();
    assert_eq!(comp.kind, ScopeKind::Comprehension);
    assert_eq!(comp.params, vec![".0".to_string()]);
    assert_eq!(comp.scope_of("x"), NameScope::Local);
    // The walrus target binds in the function, so it is a cell there and free here.
    assert_eq!(comp.scope_of("y"), NameScope::Free);
    let f = t.scopes.iter().find(|s| s.name == "f").unwrap();
    assert_eq!(f.scope_of("y"), NameScope::Cell);
    assert_eq!(f.scope_of("xs"), NameScope::Local);
}

#[test]
fn symtable_global_nonlocal_and_generators() {
    let t = symbol_table("def f():\n    global a\n    a = 1\n    yield\nasync def g():\n    await x\ndef h():\n    y = 1\n    def k():\n        nonlocal y\n        y = 2\n").unwrap();
    let f = t.scopes.iter().find(|s| s.name == "f").unwrap();
    assert_eq!(f.scope_of("a"), NameScope::GlobalExplicit);
    assert!(f.is_generator);
    let g = t.scopes.iter().find(|s| s.name == "g").unwrap();
    assert!(g.is_coroutine() && !g.is_generator);
    let k = t.scopes.iter().find(|s| s.name == "k").unwrap();
    assert_eq!(k.scope_of("y"), NameScope::Free);
}

/// Compiles every `.py` file under Debian's CPython 3.11 library: nothing may
/// panic, and at least 99% must compile.
#[test]
fn stdlib_sweep() {
    let root = std::path::Path::new("/usr/lib/python3.11");
    if !root.is_dir() {
        println!(
            "note: {} is absent; skipping the standard-library sweep",
            root.display()
        );
        return;
    }
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let total = files.len();
    let report = big_stack(move || {
        let mut failed = Vec::new();
        let mut panicked = Vec::new();
        for p in &files {
            let bytes = std::fs::read(p).unwrap_or_default();
            let name = p.display().to_string();
            let r = std::panic::catch_unwind(|| {
                let text = super::decode_source(&bytes, &name)?;
                compile(&text, &name, Mode::Exec).map(|_| ())
            });
            match r {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failed.push(format!(
                    "{name}: {}: {} (line {})",
                    e.kind.name(),
                    e.msg,
                    e.line
                )),
                Err(_) => panicked.push(name),
            }
        }
        (failed, panicked)
    });
    let (failed, panicked) = report;
    for f in &failed {
        println!("did not compile: {f}");
    }
    println!(
        "stdlib sweep: {} files, {} compiled, {} failed, {} panicked",
        total,
        total - failed.len() - panicked.len(),
        failed.len(),
        panicked.len()
    );
    assert!(
        panicked.is_empty(),
        "the compiler panicked on: {panicked:?}"
    );
    assert!(
        (total - failed.len()) * 100 >= total * 99,
        "fewer than 99% compiled"
    );
}
