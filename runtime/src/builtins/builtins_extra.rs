//! More builtins: `eval`, `exec`, `compile`, `globals`, `locals`, `dir()`/`vars()` without an
//! argument, `hex`/`oct`/`bin`, `iter(callable, sentinel)`, `input`, `exit`/`quit`,
//! `aiter`/`anext`. Registered after `functions::init`, so these override its versions.

use crate::bytecode::Mode;
use crate::object::function::CodeData;
use crate::object::iter::CallIterData;
use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::traverse::{hooks, Container};
use crate::object::typeobj::dealloc_of;
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::frame::Frame;
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};
use num_traits::Signed;

impl Vm {
    /// The innermost running Python frame: the caller of the builtin being run.
    fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: `frames` holds pointers to frames that are live while they are on the stack.
        unsafe { self.frames.get().last().map(|p| &**p) }
    }

    /// The globals of the innermost running frame (`globals()`).
    pub fn current_frame_globals(&self) -> Option<Value> {
        self.current_frame().map(|f| f.globals.clone())
    }

    /// `locals()` of the innermost running frame: the namespace of module and class bodies,
    /// or a snapshot dict of a function's bound variables (locals, cells, free variables).
    pub fn current_frame_locals(&self) -> PyResult<Option<Value>> {
        let Some(f) = self.current_frame() else {
            return Ok(None);
        };
        if let Some(l) = &f.locals_dict {
            return Ok(Some(l.clone()));
        }
        let cd = f.code_data();
        let d = self.new_dict();
        let dd = self.as_dict(&d).unwrap();
        let cell_value = |i: usize| -> Option<Value> {
            let c = f.cells.get(i)?;
            if self.is_exact(c, &self.types.cell) {
                unsafe { c.payload::<crate::object::function::CellData>() }.get()
            } else {
                None
            }
        };
        let cell_index = |name: &Value| cd.cellvars.iter().position(|c| c.is(name));
        // Parameters and locals in order; a parameter that is also a cell lives in its cell.
        for (i, name) in cd.varnames.iter().enumerate() {
            let v = match cell_index(name) {
                Some(ci) => cell_value(ci),
                None => f.fast.get(i).cloned().flatten(),
            };
            if let Some(v) = v {
                self.dict_set(dd, name.clone(), v)?;
            }
        }
        for (ci, name) in cd.cellvars.iter().enumerate() {
            if cd.varnames.iter().any(|n| n.is(name)) {
                continue;
            }
            if let Some(v) = cell_value(ci) {
                self.dict_set(dd, name.clone(), v)?;
            }
        }
        for (k, name) in cd.freevars.iter().enumerate() {
            if let Some(v) = cell_value(cd.cellvars.len() + k) {
                self.dict_set(dd, name.clone(), v)?;
            }
        }
        Ok(Some(d))
    }
}

fn reg(vm: &Vm, name: &'static str, f: NativeFn) {
    let b = new_builtin(vm, name, f, None);
    if let Some(d) = vm.as_dict(&vm.builtins_dict) {
        vm.dict_set_str(d, name, b);
    }
}

// ---- eval / exec / compile ----

/// Source text of a str or bytes argument, None for other types.
fn source_text(vm: &Vm, v: &Value, filename: &str) -> PyResult<Option<String>> {
    if vm.is_str(v) {
        return Ok(Some(vm.str_of(v)));
    }
    let bytes = match (vm.as_bytes(v), vm.as_bytearray(v)) {
        (Some(b), _) => b.to_vec(),
        (None, Some(b)) => unsafe { b.b.get() }.clone(),
        _ => return Ok(None),
    };
    crate::compiler::decode_source(&bytes, filename)
        .map(Some)
        .map_err(|e| vm.syntax_error_from(&e))
}

fn compile_text(vm: &Vm, src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    let code =
        crate::compiler::compile(src, filename, mode).map_err(|e| vm.syntax_error_from(&e))?;
    vm.report_compile_warnings(filename)?;
    vm.new_code(std::rc::Rc::new(code))
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    vm.as_dict(v).is_some() || vm.lookup_special(v, &vm.names.getitem).is_some()
}

/// Shared body of `eval` and `exec`: resolves the namespaces and runs the code.
fn run_source(
    vm: &Vm,
    what: &str,
    source: &Value,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<Value> {
    let is_exec = what == "exec";
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    if let Some(g) = &globals {
        if vm.as_dict(g).is_none() {
            return Err(vm.type_error(if is_exec {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if let Some(l) = &locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error(if is_exec {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = vm.current_frame_globals().unwrap_or_else(|| vm.new_dict());
            let l = match l {
                Some(l) => l,
                None => vm.current_frame_locals()?.unwrap_or_else(|| g.clone()),
            };
            (g, l)
        }
    };
    let code = if vm.is_exact(source, &vm.types.code) {
        source.clone()
    } else {
        let Some(mut text) = source_text(vm, source, "<string>")? else {
            return Err(vm.type_error(format!(
                "{what}() arg 1 must be a string, bytes or code object"
            )));
        };
        let mode = if is_exec {
            Mode::Exec
        } else {
            // eval ignores leading spaces and tabs.
            text = text.trim_start_matches([' ', '\t']).to_string();
            Mode::Eval
        };
        compile_text(vm, &text, "<string>", mode)?
    };
    let cd = unsafe { code.payload::<CodeData>() };
    if !cd.freevars.is_empty() {
        return Err(vm.type_error(format!(
            "code object passed to {what}() may not contain free variables"
        )));
    }
    if !cd.cellvars.is_empty() {
        // Running a function body's code needs cells the module-level runner does not make.
        return Err(vm.type_error(format!(
            "code object passed to {what}() may not contain cell variables"
        )));
    }
    vm.run_code(&code, &globals, Some(&locals))
}

fn builtin_eval(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    a.check_pos(vm, "eval", 1, 3)?;
    run_source(
        vm,
        "eval",
        &a.pos[0],
        a.pos.get(1).cloned(),
        a.pos.get(2).cloned(),
    )
}

fn builtin_exec(vm: &Vm, a: Args) -> PyResult<Value> {
    a.only_kw(vm, "exec", &["closure"])?;
    if a.pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    run_source(
        vm,
        "exec",
        &a.pos[0],
        a.pos.get(1).cloned(),
        a.pos.get(2).cloned(),
    )?;
    Ok(vm.none.clone())
}

fn builtin_compile(vm: &Vm, a: Args) -> PyResult<Value> {
    const PARAMS: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    a.only_kw(
        vm,
        "compile",
        &[&PARAMS[..], &["_feature_version"]].concat(),
    )?;
    if a.pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            a.pos.len()
        )));
    }
    let arg = |i: usize| -> PyResult<Value> {
        match (a.pos.get(i).cloned(), a.kw(vm, PARAMS[i])) {
            (Some(_), Some(_)) => Err(vm.type_error(format!(
                "argument for compile() given by name ('{}') and position ({})",
                PARAMS[i],
                i + 1
            ))),
            (Some(v), None) | (None, Some(v)) => Ok(v),
            (None, None) => Err(vm.type_error(format!(
                "compile() missing required argument '{}' (pos {})",
                PARAMS[i],
                i + 1
            ))),
        }
    };
    let source = arg(0)?;
    let filename = arg(1)?;
    let mode = arg(2)?;
    let fname = if vm.is_str(&filename) {
        vm.str_of(&filename)
    } else if let Some(b) = vm.as_bytes(&filename) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&filename)
        )));
    };
    if !vm.is_str(&mode) {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, &mode)
        )));
    }
    let mode = match vm.str_ref(&mode) {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match (a.pos.get(3).cloned(), a.kw(vm, "flags")) {
        (Some(f), _) | (None, Some(f)) => vm.int_to_i64(&f)?,
        _ => 0,
    };
    if let Some(tree) = ast_compile(vm, &source, &filename, &arg(2)?, flags)? {
        return Ok(tree);
    }
    let Some(text) = source_text(vm, &source, &fname)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    compile_text(vm, &text, &fname, mode)
}

/// `compile()` with `PyCF_ONLY_AST`, or of an `ast` tree: left to the `ast` module
/// (`ast._compile`). None for ordinary source.
fn ast_compile(
    vm: &Vm,
    source: &Value,
    filename: &Value,
    mode: &Value,
    flags: i64,
) -> PyResult<Option<Value>> {
    const PYCF_ONLY_AST: i64 = 0x400;
    if flags & PYCF_ONLY_AST == 0 {
        // A tree exists only once `ast` is imported.
        let modules = vm.as_dict(&vm.modules).unwrap();
        let Some(m) = vm.dict_get_str_key(modules, "ast") else {
            return Ok(None);
        };
        let base = vm.getattr(&m, &vm.intern("AST"))?;
        if !vm.isinstance_type(source, &base) {
            return Ok(None);
        }
    }
    let m = vm.import_module("ast")?;
    let f = vm.getattr(&m, &vm.intern("_compile"))?;
    let args = [
        source.clone(),
        filename.clone(),
        mode.clone(),
        vm.new_int(flags),
    ];
    vm.call(&f, &args).map(Some)
}

// ---- namespaces ----

fn builtin_globals(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "globals", 0, 0)?;
    Ok(vm
        .current_frame_globals()
        .unwrap_or_else(|| vm.none.clone()))
}

fn builtin_locals(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "locals", 0, 0)?;
    Ok(vm
        .current_frame_locals()?
        .unwrap_or_else(|| vm.none.clone()))
}

fn sorted_list(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    match crate::builtins::list::sort_values(vm, items, None, false) {
        Ok(v) => Ok(vm.new_list(v)),
        Err((_, e)) => Err(e),
    }
}

fn builtin_dir(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "dir", 0, 1)?;
    let Some(obj) = a.pos.first() else {
        let names = match vm.current_frame_locals()? {
            Some(l) => match vm.as_dict(&l) {
                Some(d) => d.keys(),
                None => {
                    let keys = vm.call_special(&l, &vm.names.keys, &[])?;
                    match keys {
                        Some(k) => vm.collect(&k)?,
                        None => Vec::new(),
                    }
                }
            },
            None => Vec::new(),
        };
        return sorted_list(vm, names);
    };
    let r = match vm.lookup_special(obj, &vm.names.dir) {
        Some(f) => vm.call_bound_special(&f, obj, &[])?,
        None => vm.new_list(Vec::new()),
    };
    let items = vm.collect(&r)?;
    sorted_list(vm, items)
}

fn builtin_vars(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "vars", 0, 1)?;
    match a.pos.first() {
        None => Ok(vm
            .current_frame_locals()?
            .unwrap_or_else(|| vm.none.clone())),
        Some(obj) => match vm.getattr_opt(obj, &vm.names.dict.clone()) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

// ---- number formatting ----

/// `hex`/`oct`/`bin`: the integer (via `__index__`) with a sign and a radix prefix.
fn radix_string(vm: &Vm, a: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    a.check(vm, name, 1, 1)?;
    let i = vm.index(&a.pos[0])?;
    let n = vm.as_int(&i).map(|r| r.to_big()).unwrap_or_default();
    let sign = if n.is_negative() { "-" } else { "" };
    let digits = n.abs().to_str_radix(radix);
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn builtin_hex(vm: &Vm, a: Args) -> PyResult<Value> {
    radix_string(vm, a, "hex", 16, "0x")
}

fn builtin_oct(vm: &Vm, a: Args) -> PyResult<Value> {
    radix_string(vm, a, "oct", 8, "0o")
}

fn builtin_bin(vm: &Vm, a: Args) -> PyResult<Value> {
    radix_string(vm, a, "bin", 2, "0b")
}

// ---- iter(callable, sentinel) ----

impl Container for CallIterData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(v) = unsafe { self.func.get() } {
            f(v);
        }
        f(&self.sentinel);
    }
    fn clear_refs(&self) {
        let old = unsafe { self.func.get_mut().take() };
        drop(old);
    }
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    vm.is_type(v)
        || vm.is_function(v)
        || vm.is_exact(v, &vm.types.builtin_function)
        || vm.is_exact(v, &vm.types.method)
        || vm.is_exact(v, &vm.types.method_descriptor)
        || vm.lookup_special(v, &vm.names.call).is_some()
}

fn builtin_iter(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "iter", 1, 2)?;
    let Some(sentinel) = a.pos.get(1) else {
        return vm.iter(&a.pos[0]);
    };
    if !is_callable(vm, &a.pos[0]) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    let ty = &vm.types.misc["callable_iterator"];
    let it = alloc(
        ty.ptr() as *const _,
        CallIterData {
            func: PyCell::new(Some(a.pos[0].clone())),
            sentinel: sentinel.clone(),
        },
    );
    crate::object::gc::track(&it);
    Ok(it)
}

fn calliter_next(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<CallIterData>() };
    let Some(func) = (unsafe { d.func.get() }).clone() else {
        return Err(vm.stop_iteration(None));
    };
    // Once exhausted (sentinel seen or StopIteration), the iterator stays exhausted.
    let finish = || {
        let old = unsafe { d.func.get_mut().take() };
        drop(old);
    };
    let r = match vm.call(&func, &[]) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
            finish();
            return Err(vm.stop_iteration(None));
        }
        Err(e) => return Err(e),
    };
    if vm.eq_bool(&r, &d.sentinel)? {
        finish();
        return Err(vm.stop_iteration(None));
    }
    Ok(r)
}

// ---- input, exit, aiter/anext ----

fn builtin_input(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "input", 0, 1)?;
    if let Some(stdout) = vm.sys_attr("stdout") {
        if let Some(p) = a.pos.first() {
            let s = vm.str_string(p)?;
            crate::builtins::sys::write_to(vm, &stdout, &s)?;
        }
        if let Some(fl) = vm.getattr_opt(&stdout, &vm.names.flush.clone())? {
            vm.call(&fl, &[])?;
        }
    }
    crate::builtins::functions::flush_stdout();
    // A program may have replaced `sys.stdin` (a StringIO of test input): read a line
    // through it, as CPython does whenever sys.stdin is not the console's own stream.
    let stdin = vm.sys_attr("stdin");
    let native = stdin
        .as_ref()
        .and_then(|s| crate::builtins::stdstream::stream_of(vm, s))
        .filter(|st| st.fd == 0 && !st.binary);
    match (&stdin, native) {
        (None, _) => return Err(vm.runtime_error("input(): lost sys.stdin")),
        (Some(s), _) if vm.is_none(s) => return Err(vm.runtime_error("input(): lost sys.stdin")),
        (Some(_), Some(st)) if st.closed.get() => {
            return Err(vm.value_error("I/O operation on closed file."))
        }
        (Some(s), None) => return input_through(vm, s),
        _ => {}
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(eof_error(vm)),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_exception_msg(&vm.exc.os_error, e.to_string())),
    }
}

fn eof_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_exception_msg(&vm.find_exc("EOFError"), "EOF when reading a line")
}

/// `input()` from a `sys.stdin` that is not the native stream: its `readline()`, without
/// the newline; EOFError at the end.
fn input_through(vm: &Vm, stdin: &Value) -> PyResult<Value> {
    let readline = vm.getattr(stdin, &vm.intern("readline"))?;
    let line = vm.call(&readline, &[])?;
    if let Some(b) = vm.as_bytes(&line) {
        // (As CPython's PyFile_GetLine: a bytes line comes back as bytes.)
        if b.is_empty() {
            return Err(eof_error(vm));
        }
        let b = b.strip_suffix(b"\n").unwrap_or(b).to_vec();
        return Ok(vm.new_bytes(b));
    }
    if !vm.is_str(&line) {
        return Err(vm.type_error("object.readline() returned non-string"));
    }
    let text = vm.str_ref(&line);
    if text.is_empty() {
        return Err(eof_error(vm));
    }
    Ok(match text.strip_suffix('\n') {
        Some(t) => vm.new_str(t),
        None => line.clone(),
    })
}

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit(code).
fn builtin_exit(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check_pos(vm, "exit", 0, 1)?;
    let code = a
        .pos
        .first()
        .cloned()
        .or_else(|| a.kw(vm, "code"))
        .unwrap_or_else(|| vm.none.clone());
    Err(vm.new_exception(&vm.exc.system_exit, vec![code]))
}

fn builtin_aiter(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "aiter", 1, 1)?;
    match vm.call_special(&a.pos[0], &vm.names.aiter, &[])? {
        Some(it) => {
            if vm.lookup_special(&it, &vm.names.anext).is_none() {
                return Err(vm.type_error(format!(
                    "aiter() returned not an async iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&a.pos[0])
        ))),
    }
}

/// Python helper for `anext(it, default)`: an awaitable that turns StopAsyncIteration into
/// the default.
const ANEXT_DEFAULT: &str = "async def anext_default(it, default):\n    try:\n        return await it.__anext__()\n    except StopAsyncIteration:\n        return default\n";

fn builtin_anext(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "anext", 1, 2)?;
    let it = &a.pos[0];
    if vm.lookup_special(it, &vm.names.anext).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(it)
        )));
    }
    let Some(default) = a.pos.get(1) else {
        return vm
            .call_special(it, &vm.names.anext, &[])
            .map(|r| r.unwrap_or_else(|| vm.none.clone()));
    };
    let g = vm.new_dict();
    let code = compile_text(vm, ANEXT_DEFAULT, "<anext>", Mode::Exec)?;
    vm.run_code(&code, &g, None)?;
    let helper = vm
        .as_dict(&g)
        .and_then(|d| vm.dict_get_str_key(d, "anext_default"))
        .ok_or_else(|| vm.runtime_error("anext helper missing"))?;
    vm.call(&helper, &[it.clone(), default.clone()])
}

pub fn init(vm: &Vm) {
    let ci = vm.types.misc["callable_iterator"].clone();
    unsafe {
        let td = type_data_mut(&ci);
        td.dealloc.set(dealloc_of::<CallIterData>());
        let (t, c) = hooks::<CallIterData>();
        td.traverse.set(t);
        td.clear.set(c);
    }
    vm.add_method(&ci, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&ci, "__next__", calliter_next);

    reg(vm, "eval", builtin_eval);
    reg(vm, "exec", builtin_exec);
    reg(vm, "compile", builtin_compile);
    reg(vm, "globals", builtin_globals);
    reg(vm, "locals", builtin_locals);
    reg(vm, "dir", builtin_dir);
    reg(vm, "vars", builtin_vars);
    reg(vm, "hex", builtin_hex);
    reg(vm, "oct", builtin_oct);
    reg(vm, "bin", builtin_bin);
    reg(vm, "iter", builtin_iter);
    reg(vm, "input", builtin_input);
    reg(vm, "exit", builtin_exit);
    reg(vm, "quit", builtin_exit);
    reg(vm, "aiter", builtin_aiter);
    reg(vm, "anext", builtin_anext);
}
