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
                let code = compile(&text, &name, Mode::Exec)?;
                if let Err(problem) = verify(&code) {
                    return Err(super::CompileError::bare(
                        super::CompileErrorKind::SyntaxError,
                        format!("verify: {problem}"),
                        &name,
                    ));
                }
                Ok(())
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

/// Independent check of assembled code (and its nested code objects): stack
/// depths agree on every path, including exception edges, never go negative
/// or above max_stack; jumps land inside the code and never on another
/// unconditional jump; every `YIELD_VALUE 1` has the SEND loop shape; the
/// exception table is sorted and non-overlapping.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    use crate::bytecode::opcode::stack_effect;
    let n = code.instructions.len();
    let name = &code.qualname;
    let decoded: Vec<(Opcode, u32)> = code
        .instructions
        .iter()
        .map(|w| {
            let (op, arg) = decode(*w);
            Opcode::from_u8(op)
                .map(|o| (o, arg))
                .ok_or_else(|| format!("{name}: bad opcode {op}"))
        })
        .collect::<Result<_, _>>()?;
    if code.locations.len() != n {
        return Err(format!(
            "{name}: {} locations for {n} instructions",
            code.locations.len()
        ));
    }
    let mut last_end = 0;
    for e in &code.exception_table {
        if e.start < last_end || e.start >= e.end || e.end as usize > n || e.handler as usize >= n {
            return Err(format!("{name}: bad exception entry {e:?}"));
        }
        last_end = e.end;
    }
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![0usize];
    depth[0] = Some(0);
    let set = |i: usize,
               d: i64,
               depth: &mut Vec<Option<i64>>,
               work: &mut Vec<usize>|
     -> Result<(), String> {
        if i >= n {
            return Err(format!("{name}: control runs off the end at {i}"));
        }
        if d < 0 || d > code.max_stack as i64 {
            return Err(format!(
                "{name}: depth {d} at {i} outside 0..={}",
                code.max_stack
            ));
        }
        match depth[i] {
            None => {
                depth[i] = Some(d);
                work.push(i);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!("{name}: depth {old} vs {d} at {i}")),
        }
    };
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        let (op, arg) = decoded[i];
        if let Some(e) = code
            .exception_table
            .iter()
            .find(|e| e.start as usize <= i && i < e.end as usize)
        {
            if e.depth as i64 > d {
                return Err(format!(
                    "{name}: handler depth {} above stack depth {d} at {i}",
                    e.depth
                ));
            }
            set(
                e.handler as usize,
                e.depth as i64 + 1 + i64::from(e.lasti),
                &mut depth,
                &mut work,
            )?;
        }
        if op.arg_kind() == crate::bytecode::opcode::ArgKind::Jump {
            let t = arg as usize;
            if t < n
                && matches!(decoded[t].0, Opcode::JUMP | Opcode::JUMP_BACKWARD)
                && op != Opcode::SEND
            {
                return Err(format!("{name}: jump at {i} lands on another jump at {t}"));
            }
            if op == Opcode::JUMP && t <= i || op == Opcode::JUMP_BACKWARD && t > i {
                return Err(format!("{name}: {} at {i} goes the wrong way", op.name()));
            }
            if op == Opcode::JUMP && t == i + 1 {
                return Err(format!("{name}: jump to the next instruction at {i}"));
            }
            set(
                t,
                d + stack_effect(op, arg, true) as i64,
                &mut depth,
                &mut work,
            )?;
        }
        if op == Opcode::YIELD_VALUE && arg == 1 {
            let send_before = i > 0 && decoded[i - 1].0 == Opcode::SEND;
            let back = decoded
                .get(i + 1)
                .is_some_and(|(o, a)| *o == Opcode::JUMP_BACKWARD && *a as usize == i - 1);
            if !send_before || !back {
                return Err(format!(
                    "{name}: YIELD_VALUE 1 at {i} is not in a SEND loop"
                ));
            }
        }
        let terminal = matches!(
            op,
            Opcode::JUMP
                | Opcode::JUMP_BACKWARD
                | Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
        );
        if !terminal {
            set(
                i + 1,
                d + stack_effect(op, arg, false) as i64,
                &mut depth,
                &mut work,
            )?;
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn args_of(c: &CodeObject, op: Opcode) -> Vec<u32> {
    c.instructions
        .iter()
        .map(|w| decode(*w))
        .filter(|(o, _)| *o == op as u8)
        .map(|(_, a)| a)
        .collect()
}

#[test]
fn golden_like_programs_verify() {
    let programs = [
        "for i in x:\n    try:\n        if i: break\n        continue\n    finally:\n        f()\n",
        "def f():\n    with a as b, c:\n        return b\n",
        "async def f():\n    async with a:\n        async for x in y:\n            await x\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        yield from h()\n",
        "match x:\n    case [1, *r] | (2, *r): pass\n    case {'k': v, **kw}: pass\n    case C(1, b=[x, y]) if x: pass\n    case _: pass\n",
        "try:\n    a()\nexcept* E as e:\n    b(e)\nexcept* F:\n    raise\nelse:\n    c()\nfinally:\n    d()\n",
        "x = [[y async for y in z] for z in w]\n",
        "def f():\n    return [x async for x in y]\n",
    ];
    for p in programs {
        let src = p.to_string();
        let r = big_stack(move || {
            compile(&src, "t.py", Mode::Exec)
                .map_err(|e| e.to_string())
                .and_then(|c| verify(&c))
        });
        // Async comprehensions outside async functions are errors; the rest must verify.
        if let Err(e) = r {
            assert!(e.contains("asynchronous comprehension"), "{p:?}: {e}");
        }
    }
}

#[test]
fn constants_are_folded_in_code() {
    let c = code("x = 2 * 3 + 1\ny = 2 ** 1000\nz = (1, (2, 'a'))\n");
    assert!(c.consts.contains(&Const::Int(7.into())));
    assert!(
        c.consts.contains(&Const::Int(1000.into())),
        "big power stays unfolded"
    );
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Const::Tuple(t) if t.len() == 2)));
    assert_eq!(args_of(&c, Opcode::BINARY_OP).len(), 1);
}

#[test]
fn jumps_are_threaded_and_dead_code_removed() {
    let c = code("def f(x):\n    while x:\n        if x > 1:\n            continue\n        x -= 1\n    return 1\n    print('dead')\n");
    let f = inner(&c, "f");
    verify(f).unwrap();
    let print = f.names.iter().position(|n| n == "print").map(|i| i as u32);
    assert!(
        print.is_none() || !args_of(f, Opcode::LOAD_GLOBAL).contains(&print.unwrap_or(0)),
        "code after return is removed"
    );
    // `continue` inside `if` jumps straight back to the loop test.
    let backs = args_of(f, Opcode::JUMP_BACKWARD);
    assert!(backs.iter().all(|t| *t == backs[0]));
    let c = code("if a:\n    if b:\n        x()\nelse:\n    y()\n");
    verify(&c).unwrap();
}

#[test]
fn stack_depth_is_exact() {
    assert_eq!(code("f(a, b, c)").max_stack, 5);
    assert_eq!(code("x = 1").max_stack, 1);
    assert_eq!(code("o.m(a)").max_stack, 3);
    // The clean-up handler of a with block's exit handler: exit, lasti, prev_exc, lasti, exc, copy.
    assert_eq!(code("with a:\n    pass\n").max_stack, 6);
}

#[test]
fn exception_table_ranges() {
    let c = code("try:\n    a()\nexcept E:\n    b()\n");
    verify(&c).unwrap();
    let t = &c.exception_table;
    assert!(!t.is_empty());
    // The try body (LOAD_NAME a, PUSH_NULL, CALL, POP_TOP) goes to PUSH_EXC_INFO with depth 0, no lasti.
    assert_eq!(
        (t[0].start, t[0].end, t[0].depth, t[0].lasti),
        (0, 4, 0, false)
    );
    let (op, _) = decode(c.instructions[t[0].handler as usize]);
    assert_eq!(op, Opcode::PUSH_EXC_INFO as u8);
    // The handler region restores the previous exception via COPY 3 / POP_EXCEPT / RERAISE 1.
    let cleanup = t.iter().find(|e| e.lasti).unwrap();
    assert_eq!(
        decode(c.instructions[cleanup.handler as usize]),
        (Opcode::COPY as u8, 3)
    );
}

#[test]
fn calling_conventions() {
    let c = code("f(1)\no.m(2)\ng(a=1)\nh(1, *x, **y)\n");
    let o = ops(&c);
    assert!(o.windows(4).any(|w| w
        == [
            Opcode::LOAD_NAME,
            Opcode::PUSH_NULL,
            Opcode::LOAD_CONST,
            Opcode::CALL
        ]));
    assert!(o.contains(&Opcode::LOAD_METHOD));
    assert!(o.contains(&Opcode::CALL_KW));
    assert!(o.contains(&Opcode::CALL_FUNCTION_EX));
    assert!(o.contains(&Opcode::LIST_TO_TUPLE) && o.contains(&Opcode::DICT_MERGE));
    // A lone `*x` is passed as it is: CALL_FUNCTION_EX converts (and checks) it.
    let lone = ops(&code("h(*x, **y)\n"));
    assert!(lone.contains(&Opcode::CALL_FUNCTION_EX) && !lone.contains(&Opcode::LIST_TO_TUPLE));
}

#[test]
fn class_cell_and_super() {
    let c = code("class C(B):\n    def m(self):\n        return super().m()\n");
    let body = inner(&c, "C");
    assert_eq!(body.cellvars, vec!["__class__".to_string()]);
    assert!(body.names.iter().any(|n| n == "__classcell__"));
    let m = inner(body, "m");
    assert_eq!(m.freevars, vec!["__class__".to_string()]);
    let o = ops(m);
    assert!(o.windows(5).any(|w| w
        == [
            Opcode::LOAD_GLOBAL,
            Opcode::PUSH_NULL,
            Opcode::LOAD_DEREF,
            Opcode::LOAD_FAST,
            Opcode::CALL
        ]));
    assert_eq!(
        m.consts[0],
        Const::None,
        "consts[0] is the docstring or None"
    );
    assert_eq!(m.qualname, "C.m");
}

#[test]
fn generator_flags_and_yield_from_shape() {
    use crate::bytecode::code::flags;
    let c = code(
        "def g():\n    yield from x\nasync def a():\n    await y\nasync def ag():\n    yield 1\n",
    );
    assert!(inner(&c, "g").has_flag(flags::GENERATOR));
    assert!(inner(&c, "a").has_flag(flags::COROUTINE));
    assert!(inner(&c, "ag").has_flag(flags::ASYNC_GENERATOR));
    let g = inner(&c, "g");
    let o = ops(g);
    let i = o.iter().position(|x| *x == Opcode::SEND).unwrap();
    assert_eq!(
        &o[i - 2..i + 3],
        &[
            Opcode::GET_YIELD_FROM_ITER,
            Opcode::LOAD_CONST,
            Opcode::SEND,
            Opcode::YIELD_VALUE,
            Opcode::JUMP_BACKWARD
        ]
    );
    verify(&c).unwrap();
}

#[test]
fn comprehension_scopes() {
    let c = code("def f(xs):\n    return [x + n for x in xs for n in range(x)]\n");
    let f = inner(&c, "f");
    let comp = inner(f, "<listcomp>");
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.qualname, "f.<locals>.<listcomp>");
    assert_eq!(args_of(comp, Opcode::LIST_APPEND), vec![3]);
    let o = ops(f);
    assert!(o
        .windows(3)
        .any(|w| w == [Opcode::LOAD_FAST, Opcode::GET_ITER, Opcode::CALL]));
}

#[test]
fn eval_and_single_modes() {
    let e = compile("1 + x", "<eval>", Mode::Eval).unwrap();
    assert_eq!(ops(&e).last(), Some(&Opcode::RETURN_VALUE));
    assert!(!ops(&e).contains(&Opcode::POP_TOP));
    let s = compile("x\n", "<stdin>", Mode::Single).unwrap();
    assert!(s.names.iter().any(|n| n == "displayhook"));
}
