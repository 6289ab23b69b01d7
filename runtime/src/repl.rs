//! The interactive loop (`ember` on a terminal, `ember -i`): reads statements from stdin
//! with `sys.ps1`/`sys.ps2` prompts on stderr, runs each in `__main__` as CPython's
//! `single` mode does (expression values go to `sys.displayhook`), reports errors and
//! goes on; `SystemExit` or the end of input ends it.

use ember::bytecode::Mode;
use ember::vm::Vm;
use std::io::{BufRead, Write};

/// Why a chunk of input did not compile.
enum Verdict {
    Complete(ember::bytecode::CodeObject),
    /// More lines may finish it (an open bracket, a block header, a triple quote).
    Incomplete,
    Error(ember::compiler::CompileError),
}

/// Compiles `src` as one interactive statement; an error that only the end of the input
/// caused counts as incomplete.
fn judge(src: &str) -> Verdict {
    match ember::compiler::compile(src, "<stdin>", Mode::Single) {
        Ok(c) => Verdict::Complete(c),
        Err(e) => {
            let m = e.msg.as_str();
            let at_end = m.contains("was never closed")
                || m.contains("unterminated triple-quoted")
                || m.contains("unexpected EOF")
                || m.starts_with("expected an indented block")
                || m.contains("unexpected end of")
                || src.trim_end_matches('\n').ends_with('\\');
            if at_end {
                Verdict::Incomplete
            } else {
                Verdict::Error(e)
            }
        }
    }
}

/// A statement that opens a block (`for ...:`, `@decorator`) reads on to an empty line.
fn opens_block(first: &str) -> bool {
    let t = first.trim_end();
    t.ends_with(':') || t.trim_start().starts_with('@')
}

fn prompt(vm: &Vm, name: &str, default: &str) {
    let text = vm
        .sys_attr(name)
        .and_then(|p| vm.str_string(&p).ok())
        .unwrap_or_else(|| default.to_string());
    ember::builtins::functions::flush_stdout();
    let mut err = std::io::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Runs the loop on `__main__`'s `globals`; gives the exit status.
pub fn run(vm: &Vm, globals: &ember::object::value::Value, banner: bool) -> i32 {
    if banner {
        eprintln!(
            "Python 3.11.2 (ember {}) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION")
        );
    }
    for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] {
        if vm.sys_attr(name).is_none() {
            if let Some(s) = unsafe { vm.sys.get().clone() } {
                let _ = vm.setattr(&s, &vm.intern(name), vm.new_str(text));
            }
        }
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock();
    loop {
        prompt(vm, "ps1", ">>> ");
        let mut buf = String::new();
        match lines.read_line(&mut buf) {
            Ok(0) | Err(_) => {
                eprintln!();
                return 0;
            }
            Ok(_) => {}
        }
        if buf.trim().is_empty() {
            continue;
        }
        let block = opens_block(&buf);
        let mut eof = false;
        let code = loop {
            if !block {
                match judge(&buf) {
                    Verdict::Incomplete if !eof => {}
                    Verdict::Incomplete => break judge_final(&buf),
                    other => break other,
                }
            }
            prompt(vm, "ps2", "... ");
            let mut more = String::new();
            match lines.read_line(&mut more) {
                Ok(0) | Err(_) => {
                    eprintln!();
                    eof = true;
                    if block {
                        break judge_final(&buf);
                    }
                }
                Ok(_) => {
                    // An empty line ends a block.
                    if block && more.trim().is_empty() {
                        break judge_final(&buf);
                    }
                    buf.push_str(&more);
                }
            }
        };
        match code {
            Verdict::Complete(c) => {
                let status = run_one(vm, globals, c);
                if let Some(s) = status {
                    return s;
                }
            }
            Verdict::Error(e) => {
                ember::builtins::functions::flush_stdout();
                eprintln!("{e}");
            }
            Verdict::Incomplete => {}
        }
        if eof {
            return 0;
        }
    }
}

/// The verdict on input that can grow no more: incomplete input is an error now.
fn judge_final(src: &str) -> Verdict {
    match ember::compiler::compile(src, "<stdin>", Mode::Single) {
        Ok(c) => Verdict::Complete(c),
        Err(e) => Verdict::Error(e),
    }
}

/// Runs one compiled statement; Some(status) when it raised SystemExit.
fn run_one(
    vm: &Vm,
    globals: &ember::object::value::Value,
    c: ember::bytecode::CodeObject,
) -> Option<i32> {
    let code = match vm.new_code(std::rc::Rc::new(c)) {
        Ok(c) => c,
        Err(e) => {
            vm.report_uncaught(&e);
            return None;
        }
    };
    match vm.run_code(&code, globals, None) {
        Ok(_) => None,
        Err(e) => {
            if vm.isinstance_type(&e.0, &vm.exc.system_exit) {
                return Some(vm.report_uncaught(&e));
            }
            vm.report_uncaught(&e);
            None
        }
    }
}
