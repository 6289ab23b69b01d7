//! Every CompileError the compiler raises itself, with CPython 3.11's
//! message, line and column.

use crate::bytecode::Mode;

use super::compile;
use super::error::{CompileError, CompileErrorKind};
use super::tests::big_stack;

fn err(src: &str) -> CompileError {
    let s = src.to_string();
    match big_stack(move || compile(&s, "x.py", Mode::Exec).err()) {
        None => panic!("{src:?} compiled"),
        Some(e) => e,
    }
}

/// (source, kind, message, line, col)
fn check(src: &str, kind: CompileErrorKind, msg: &str, line: u32, col: u32) {
    let e = err(src);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line, e.col),
        (kind, msg, line, col),
        "for {src:?}"
    );
}

use CompileErrorKind::{IndentationError as IE, SyntaxError as SE};

#[test]
fn placeholder_errors() {
    check("return 1", SE, "'return' outside function", 1, 1);
    let _ = IE;
}
