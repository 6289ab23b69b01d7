//! Every CompileError case with CPython 3.11's message, line and column
//! (the expected values were taken from `/usr/bin/python3.11`).

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

/// Asserts the error's kind, message, line and (1-based) column.
fn check(src: &str, kind: CompileErrorKind, msg: &str, line: u32, col: u32) {
    let e = err(src);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line, e.col),
        (kind, msg, line, col),
        "for {src:?}"
    );
}

fn ok(src: &str) {
    let s = src.to_string();
    if let Some(e) = big_stack(move || compile(&s, "x.py", Mode::Exec).err()) {
        panic!("{src:?} failed: {e}");
    }
}

use CompileErrorKind::{IndentationError as IE, SyntaxError as SE, TabError as TE};

#[test]
fn cpython_messages() {
    check("x = (1,", SE, "'(' was never closed", 1, 5);
    check("if x\n  pass", SE, "expected ':'", 1, 5);
    check("  x = 1", IE, "unexpected indent", 1, 2);
    check(
        "if x:\n    a\n  b",
        IE,
        "unindent does not match any outer indentation level",
        3,
        4,
    );
    check(
        "if x:\npass",
        IE,
        "expected an indented block after 'if' statement on line 1",
        2,
        1,
    );
    check(
        "'abc",
        SE,
        "unterminated string literal (detected at line 1)",
        1,
        1,
    );
    check(
        "1 = x",
        SE,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "f() = 1",
        SE,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("x +", SE, "invalid syntax", 1, 4);
    check("def f(:", SE, "invalid syntax", 1, 7);
    check("return 1", SE, "'return' outside function", 1, 1);
    check("break", SE, "'break' outside loop", 1, 1);
    check("continue", SE, "'continue' not properly in loop", 1, 1);
    check("yield 1", SE, "'yield' outside function", 1, 1);
    check("await x", SE, "'await' outside function", 1, 1);
    check(
        "def f():\n  await x",
        SE,
        "'await' outside async function",
        2,
        3,
    );
    check(
        "nonlocal x",
        SE,
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    check(
        "def f():\n  nonlocal x",
        SE,
        "no binding for nonlocal 'x' found",
        2,
        3,
    );
    check(
        "def f():\n  x = 1\n  global x",
        SE,
        "name 'x' is assigned to before global declaration",
        3,
        3,
    );
    check(
        "def f():\n  print(x)\n  global x",
        SE,
        "name 'x' is used prior to global declaration",
        3,
        3,
    );
    check(
        "async def f():\n  yield 1\n  return 2",
        SE,
        "'return' with value in async generator",
        3,
        3,
    );
    check(
        "async def f():\n  yield from x",
        SE,
        "'yield from' inside async function",
        2,
        3,
    );
    check(
        "def f():\n  [x async for x in y]",
        SE,
        "asynchronous comprehension outside of an asynchronous function",
        2,
        3,
    );
    check(
        "def f(a, a): pass",
        SE,
        "duplicate argument 'a' in function definition",
        1,
        10,
    );
    check(
        "*a = 1",
        SE,
        "starred assignment target must be in a list or tuple",
        1,
        1,
    );
    check(
        "*a, *b = c",
        SE,
        "multiple starred expressions in assignment",
        1,
        1,
    );
    check("x = )", SE, "unmatched ')'", 1, 5);
    check("x = [1, 2", SE, "'[' was never closed", 1, 5);
    check("del f()", SE, "cannot delete function call", 1, 5);
    check(
        "(a, b) += 1",
        SE,
        "'tuple' is an illegal expression for augmented assignment",
        1,
        1,
    );
    check(
        "'''abc",
        SE,
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        1,
    );
    check(
        "x = 1\n\tif x:\n        pass",
        IE,
        "unexpected indent",
        2,
        1,
    );
    check(
        "if True:\n        a\n\tb",
        TE,
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
    );
    check(
        "class C:\n  def f(): return\n  return 1",
        SE,
        "'return' outside function",
        3,
        3,
    );
    check(
        "for x in 1,2: continue\nelse: break",
        SE,
        "'break' outside loop",
        2,
        7,
    );
    check(
        "print 'x'",
        SE,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        1,
    );
    check(
        "a.b: int = 1\n(a): int=1\n[a]: int = 1",
        SE,
        "only single target (not list) can be annotated",
        3,
        1,
    );
    check(
        "f(x for x in y, 1)",
        SE,
        "Generator expression must be parenthesized",
        1,
        3,
    );
    check("True = 1", SE, "cannot assign to True", 1, 1);
    check("None = 1", SE, "cannot assign to None", 1, 1);
    check("__debug__ = 1", SE, "cannot assign to __debug__", 1, 1);
    check(
        "x = yield = 1",
        SE,
        "assignment to yield expression not possible",
        1,
        5,
    );
    check(
        "def f(*): pass",
        SE,
        "named arguments must follow bare *",
        1,
        7,
    );
    check(
        "def f(a=1, b): pass",
        SE,
        "non-default argument follows default argument",
        1,
        12,
    );
    check("type X = int", SE, "invalid syntax", 1, 6);
    check("def f[T](): pass", SE, "expected '('", 1, 6);
    check(
        "try: pass\nexcept A, B: pass",
        SE,
        "multiple exception types must be parenthesized",
        2,
        8,
    );
    check("import", SE, "invalid syntax", 1, 7);
    check("from x import", SE, "invalid syntax", 1, 14);
    check("a b", SE, "invalid syntax", 1, 3);
    check("\n\n  \n a = 1", IE, "unexpected indent", 4, 1);
    check(
        "def f():\nreturn",
        IE,
        "expected an indented block after function definition on line 1",
        2,
        1,
    );
    check(
        "x = 'a\nb'",
        SE,
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check("x = 0777", SE, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5);
    check("x = 1_", SE, "invalid decimal literal", 1, 6);
    check("x = $", SE, "invalid syntax", 1, 5);
    check(
        "def f(a, *, a): pass",
        SE,
        "duplicate argument 'a' in function definition",
        1,
        13,
    );
    check(
        "def f(**k, a): pass",
        SE,
        "arguments cannot follow var-keyword argument",
        1,
        12,
    );
    check(
        "[*a for a in b]",
        SE,
        "iterable unpacking cannot be used in comprehension",
        1,
        2,
    );
    check("f(**a for a in b)", SE, "invalid syntax", 1, 7);
    check(
        "a, *b, c, *d = x",
        SE,
        "multiple starred expressions in assignment",
        1,
        1,
    );
    check("del *a", SE, "cannot delete starred", 1, 5);
    check("from __future__ import braces", SE, "not a chance", 1, 1);
    check(
        "from __future__ import nope",
        SE,
        "future feature nope is not defined",
        1,
        1,
    );
    check(
        "x = 1\nfrom __future__ import annotations",
        SE,
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    check(
        "def f():\n  from x import *",
        SE,
        "import * only allowed at module level",
        2,
        17,
    );
    check(
        "class C:\n  nonlocal x",
        SE,
        "no binding for nonlocal 'x' found",
        2,
        3,
    );
    check(
        "def f(x):\n  global x",
        SE,
        "name 'x' is parameter and global",
        2,
        3,
    );
    check(
        "def f(x):\n  nonlocal x",
        SE,
        "name 'x' is parameter and nonlocal",
        2,
        3,
    );
    check(
        "def f():\n  x=1\n  def g():\n    global x\n    nonlocal x",
        SE,
        "name 'x' is nonlocal and global",
        4,
        5,
    );
    check(
        "async def f():\n  def g(): await x",
        SE,
        "'await' outside async function",
        2,
        12,
    );
    check(
        "x = [i for i in range(3) if (j := i)]\n[i := 0 for i in y]",
        SE,
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        2,
        2,
    );
    check(
        "[j for i in y if (i := 1)]",
        SE,
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
        19,
    );
    check(
        "class C:\n  [(x := 1) for i in y]",
        SE,
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        5,
    );
    check("a := 1", SE, "invalid syntax", 1, 3);
    check(
        "def f(): yield\nreturn",
        SE,
        "'return' outside function",
        2,
        1,
    );
    check(
        "match x:\n  case a: pass\n  case b: pass",
        SE,
        "name capture 'a' makes remaining patterns unreachable",
        2,
        8,
    );
    check(
        "match x:\n  case a | b: pass",
        SE,
        "name capture 'a' makes remaining patterns unreachable",
        2,
        8,
    );
    check(
        "match x:\n  case {**r, 'a': 1}: pass",
        SE,
        "invalid syntax",
        2,
        14,
    );
    check(
        "match x:\n  case C(a=1, a=2): pass",
        SE,
        "attribute name repeated in class pattern: a",
        2,
        17,
    );
    check(
        "match x:\n  case [*a, *b]: pass",
        SE,
        "multiple starred names in sequence pattern",
        2,
        8,
    );
    check(
        "match x:\n  case {'a': 1, 'a': 2}: pass",
        SE,
        "mapping pattern checks duplicate key ('a')",
        2,
        8,
    );
    check(
        "match x:\n  case a.b | c: pass\n  case x: pass",
        SE,
        "name capture 'c' makes remaining patterns unreachable",
        2,
        14,
    );
    check(
        "match x:\n  case (a, a): pass",
        SE,
        "multiple assignments to name 'a' in pattern",
        2,
        12,
    );
    check("f(a=1, a=2)", SE, "keyword argument repeated: a", 1, 8);
    check("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1", SE, "too many nested parentheses", 1, 205);
    check("x = [\n1,\n2\n", SE, "'[' was never closed", 1, 5);
    check("f(\n", SE, "'(' was never closed", 1, 2);
    check(
        "x = (1,\n 2]",
        SE,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        3,
    );
    check("x = 1)", SE, "unmatched ')'", 1, 6);
    check(
        "def f(): x = 1; nonlocal x",
        SE,
        "name 'x' is assigned to before nonlocal declaration",
        1,
        17,
    );
    check(
        "while x:\n  pass\n  def g(): break",
        SE,
        "'break' outside loop",
        3,
        12,
    );
    check(
        "try:\n  pass\nfinally:\n  continue",
        SE,
        "'continue' not properly in loop",
        4,
        3,
    );
    check(
        "async with a: pass",
        SE,
        "'async with' outside async function",
        1,
        1,
    );
    check(
        "async for a in b: pass",
        SE,
        "'async for' outside async function",
        1,
        1,
    );
    check(
        "def f():\n  async with a: pass",
        SE,
        "'async with' outside async function",
        2,
        3,
    );
    check(
        "def f():\n  async for a in b: pass",
        SE,
        "'async for' outside async function",
        2,
        3,
    );
    check("x = 1 if True else", SE, "invalid syntax", 1, 19);
    check("f(a for a in b for)", SE, "invalid syntax", 1, 19);
    check("@\ndef f(): pass", SE, "invalid syntax", 1, 2);
    check("x = 5 5", SE, "invalid syntax", 1, 7);
    check("x = a[]", SE, "invalid syntax", 1, 7);
    check("x = 1e", SE, "invalid decimal literal", 1, 5);
    check("x = 0b2", SE, "invalid digit '2' in binary literal", 1, 7);
    check("x = 1__0", SE, "invalid decimal literal", 1, 6);
    check(
        "def f(a, b=1, /, c): pass",
        SE,
        "non-default argument follows default argument",
        1,
        18,
    );
    check(
        "(yield) = 1",
        SE,
        "cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
        1,
        2,
    );
    check(
        "f(x) += 1",
        SE,
        "'function call' is an illegal expression for augmented assignment",
        1,
        1,
    );
    check(
        "a, b += 1",
        SE,
        "'tuple' is an illegal expression for augmented assignment",
        1,
        1,
    );
    check("x: int, y: int = 1, 2", SE, "invalid syntax", 1, 7);
    check(
        "(x for x in y) = 1",
        SE,
        "cannot assign to generator expression",
        1,
        1,
    );
    check(
        "[x for x in y] = 1",
        SE,
        "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "a if b else c = 1",
        SE,
        "cannot assign to conditional expression",
        1,
        1,
    );
    check(
        "-a = 1",
        SE,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "a + b = 1",
        SE,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("a < b = 1", SE, "cannot assign to comparison", 1, 1);
    check(
        "f'{x}' = 1",
        SE,
        "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "... = 1",
        SE,
        "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "{a: b} = 1",
        SE,
        "cannot assign to dict literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "{a} = 1",
        SE,
        "cannot assign to set display here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("lambda: 1 = 1", SE, "cannot assign to lambda", 1, 1);
    check(
        "await x = 1",
        SE,
        "cannot assign to await expression here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("not a = 1", SE, "cannot assign to expression", 1, 1);
    check("a and b = 1", SE, "cannot assign to expression", 1, 1);
    check(
        "(a := 1) = 2",
        SE,
        "cannot assign to named expression here. Maybe you meant '==' instead of '='?",
        1,
        2,
    );
    check("for 1 in x: pass", SE, "cannot assign to literal", 1, 5);
    check("with a as 1: pass", SE, "cannot assign to literal", 1, 11);
    check("del 1", SE, "cannot delete literal", 1, 5);
    check("del a + b", SE, "cannot delete expression", 1, 5);
    check("import a.b as", SE, "invalid syntax", 1, 14);
    check(
        "global x\nx = 1\ndef f():\n  global y\n  y = 1\n  global y",
        SE,
        "name 'y' is assigned to before global declaration",
        6,
        3,
    );
    check(
        "def f():\n  x = 1\n  nonlocal x",
        SE,
        "name 'x' is assigned to before nonlocal declaration",
        3,
        3,
    );
    check(
        "async def f():\n    return (yield)",
        SE,
        "'return' with value in async generator",
        2,
        5,
    );
    check(
        "def f():\n    x = lambda: await y",
        SE,
        "'await' outside async function",
        2,
        17,
    );
    check("a = 1;;", SE, "invalid syntax", 1, 7);
    check(
        "if 1:\n    pass\n   else: pass",
        IE,
        "unindent does not match any outer indentation level",
        3,
        14,
    );
    check("\tif 1:\n        pass", IE, "unexpected indent", 1, 1);
    check(
        "if 1:\n\tpass\n        pass",
        TE,
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
    );
    check(
        "x = \"\"\"\nabc",
        SE,
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        5,
    );
    check(
        "x = 1 \\ 2",
        SE,
        "unexpected character after line continuation character",
        1,
        8,
    );
    check(
        "x = u'a' b'b'",
        SE,
        "cannot mix bytes and nonbytes literals",
        1,
        14,
    );
    check(
        "x = 'a' b'b'",
        SE,
        "cannot mix bytes and nonbytes literals",
        1,
        13,
    );
}

#[test]
fn valid_programs_compile() {
    for src in [
        "lambda: (yield)",
        "f'{\"a\"}'",
        "with (a as b, c as d): pass",
        "async def f():\n  [await x for y in z]",
        "def f():\n  (x async for x in y)",
        "del (a, b), [c], d.e, f[0]",
        "class C:\n  def f(self):\n    nonlocal __class__",
        "def f():\n    return\n    yield from ()\n",
        "async def f():\n    x = [y async for y in z]\n    return 1",
    ] {
        ok(src);
    }
}

#[test]
fn newer_syntax_is_rejected() {
    check("type X = int", SE, "invalid syntax", 1, 6);
    check("def f[T](): pass", SE, "expected '('", 1, 6);
    check(
        "try: pass\nexcept A, B: pass",
        SE,
        "multiple exception types must be parenthesized",
        2,
        8,
    );
    assert_eq!(err("f'{'a'}'").msg, "f-string: expecting '}'");
    assert_eq!(err("class C[T]: pass").kind, SE);
    assert_eq!(err("def f():\n    return 1 +\n").msg, "invalid syntax");
}

#[test]
fn nesting_limits() {
    let deep = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
    check(&deep, SE, "too many nested parentheses", 1, 205);
    ok(&format!("x = {}1{}", "(".repeat(199), ")".repeat(199)));
    // Deep nesting without brackets: an error or a result, never a crash.
    let minus = format!("x = {}1", "-".repeat(100_000));
    let e = err(&minus);
    assert_eq!(e.kind, CompileErrorKind::RecursionError);
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    let nots = format!("x = {}y", "not ".repeat(5000));
    assert_eq!(err(&nots).kind, CompileErrorKind::RecursionError);
    let chain = format!("x = {}", vec!["a"; 5000].join(" + "));
    assert_eq!(err(&chain).kind, CompileErrorKind::RecursionError);
    let mut nested = String::new();
    for i in 0..150 {
        nested.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    nested.push_str(&format!("{}pass\n", " ".repeat(150)));
    ok(&nested);
}

#[test]
fn display_matches_cpython() {
    let e = err("x = 1\nif x\n    pass\n");
    assert_eq!(
        e.to_string(),
        "  File \"x.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'"
    );
    let e = err("def f():\n    return 1 +\n");
    assert!(
        e.to_string().ends_with("SyntaxError: invalid syntax"),
        "{e}"
    );
}

#[test]
fn decode_source_follows_pep_263() {
    use super::decode_source;
    assert_eq!(decode_source(b"x = 1\n", "a.py").unwrap(), "x = 1\n");
    assert_eq!(
        decode_source(b"\xef\xbb\xbfx = 1\n", "a.py").unwrap(),
        "x = 1\n"
    );
    assert_eq!(
        decode_source(b"# -*- coding: latin-1 -*-\nx = '\xff'\n", "a.py").unwrap(),
        "# -*- coding: latin-1 -*-\nx = '\u{ff}'\n"
    );
    assert!(decode_source(
        b"#!/usr/bin/python\n# vim: set fileencoding=utf8 :\nx=1\n",
        "a.py"
    )
    .is_ok());
    let e = decode_source(b"x = '\xff'\n", "/tmp/a.py").unwrap_err();
    assert_eq!(e.msg, "Non-UTF-8 code starting with '\\xff' in file /tmp/a.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    let e = decode_source(b"x = 1\n\n\ny = '\xe9\xe9'\n", "a.py").unwrap_err();
    assert_eq!(e.line, 4);
    let e = decode_source(b"# coding: foobar\nx = 1\n", "a.py").unwrap_err();
    assert_eq!(e.msg, "encoding problem: foobar");
    let e = decode_source(b"\xef\xbb\xbf# coding: latin-1\nx=1\n", "a.py").unwrap_err();
    assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
    let e = decode_source(b"# coding: ascii\nx='\xc3\xa9'\n", "a.py").unwrap_err();
    assert_eq!(e.msg, "encoding problem: ascii");
    let e = decode_source(b"x = 1\x00\n", "a.py").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        ("invalid non-printable character U+0000", 1, 6)
    );
    // A cookie on line 3 does not count.
    assert!(decode_source(b"\n\n# coding: latin-1\nx='\xff'\n", "a.py").is_err());
}

#[test]
fn compiler_checks() {
    check(
        "def f(x):\n    yield\n    return 1\nasync def g():\n    yield 1\n    return 2",
        SE,
        "'return' with value in async generator",
        6,
        5,
    );
    check(
        "def f():\n    x = [(yield) for y in z]",
        SE,
        "'yield' inside list comprehension",
        2,
        11,
    );
    check(
        "def f():\n    from m import *",
        SE,
        "import * only allowed at module level",
        2,
        19,
    );
    check(
        "match x:\n  case {'a': 1, 'a': 2}: pass",
        SE,
        "mapping pattern checks duplicate key ('a')",
        2,
        8,
    );
    assert_eq!(
        err("match x:\n  case [a] | [b]: pass").msg,
        "alternative patterns bind different names"
    );
    check(
        "class C:\n    x: int\n    global x",
        SE,
        "annotated name 'x' can't be global",
        3,
        5,
    );
    check(
        "f(**{}, a=1, a=2)",
        SE,
        "keyword argument repeated: a",
        1,
        14,
    );
    check(
        "try:\n  pass\nexcept* E:\n  break",
        SE,
        "'break', 'continue' and 'return' cannot appear in an except* block",
        4,
        3,
    );
    check(
        "x = 1\nfrom __future__ import annotations",
        SE,
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    check("await x", SE, "'await' outside function", 1, 1);
    check(
        "class C:\n    await x",
        SE,
        "'await' outside function",
        2,
        5,
    );
    check(
        "def f():\n    lambda: await x",
        SE,
        "'await' outside async function",
        2,
        13,
    );
    check("__debug__ = 1", SE, "cannot assign to __debug__", 1, 1);
    assert_eq!(
        err("def f(__debug__): pass").msg,
        "cannot assign to __debug__"
    );
    check(
        "[x for x in (y := [1])]",
        SE,
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    );
    check(
        "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass",
        SE,
        "default 'except:' must be last",
        3,
        1,
    );
}
