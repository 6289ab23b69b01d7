//! The `sys` module and the standard streams.

use crate::object::native::new_builtin;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::atomic::Ordering;

impl Vm {
    /// `sys.<name>`, if set.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        let sys = unsafe { self.sys.get().clone() }?;
        let d = self.module_dict(&sys)?;
        self.dict_get_str_key(self.as_dict(&d).unwrap(), name)
    }
}

/// Writes text to a stream object (our own stdout/stderr fast, else its `write`).
pub fn write_to(vm: &Vm, f: &Value, s: &str) -> PyResult<()> {
    if let Some(st) = crate::builtins::stdstream::stream_of(vm, f) {
        if !st.binary && st.fd != 0 && !st.closed.get() {
            crate::builtins::stdstream::write_text(st.fd, s);
            return Ok(());
        }
    }
    let w = vm.getattr(f, &vm.names.write.clone())?;
    vm.call(&w, &[vm.new_str(s)])?;
    Ok(())
}

pub fn init(vm: &Vm) {
    let sys = vm.new_module("sys");
    let d = vm.module_dict(&sys).unwrap();
    let dd = vm.as_dict(&d).unwrap();
    let (stdin, stdout, stderr) = crate::builtins::stdstream::init(vm);
    vm.dict_set_str(dd, "stdin", stdin.clone());
    vm.dict_set_str(dd, "stdout", stdout.clone());
    vm.dict_set_str(dd, "stderr", stderr.clone());
    vm.dict_set_str(dd, "__stdin__", stdin);
    vm.dict_set_str(dd, "__stdout__", stdout);
    vm.dict_set_str(dd, "__stderr__", stderr);
    vm.dict_set_str(dd, "maxsize", vm.new_int(i64::MAX));
    vm.dict_set_str(dd, "byteorder", vm.new_str("little"));
    vm.dict_set_str(dd, "platform", vm.new_str("linux"));
    vm.dict_set_str(dd, "version", vm.new_str("3.11.2 (ember)"));
    vm.dict_set_str(dd, "modules", vm.modules.clone());
    vm.dict_set_str(dd, "path", vm.new_list(Vec::new()));
    vm.dict_set_str(dd, "argv", vm.new_list(Vec::new()));
    // The -W options given (Ember takes none); unittest and warnings read it.
    vm.dict_set_str(dd, "warnoptions", vm.new_list(Vec::new()));
    let fns: [(&'static str, crate::object::native::NativeFn); 10] = [
        ("exit", |vm, a| {
            a.check(vm, "exit", 0, 1)?;
            // CPython raises SystemExit the way PyErr_SetObject does: `sys.exit(None)` gives
            // empty args, and a tuple argument becomes the exception's args (so
            // `sys.exit((1, 2))` has args `(1, 2)`, not `((1, 2),)`).
            let args: Vec<Value> = match a.pos.first() {
                None => Vec::new(),
                Some(v) if vm.is_none(v) => Vec::new(),
                // An instance of SystemExit is raised itself (`sys.exit(SystemExit(9))`).
                Some(v) if vm.isinstance_type(v, &vm.exc.system_exit) => {
                    return Err(crate::vm::PyErr(v.clone()));
                }
                Some(v) => match vm.as_tuple(v) {
                    Some(items) => items.to_vec(),
                    None => vec![v.clone()],
                },
            };
            Err(vm.new_exception(&vm.exc.system_exit, args))
        }),
        ("getrecursionlimit", |vm, _a| {
            Ok(vm.new_int(vm.recursion_limit.get() as i64))
        }),
        ("setrecursionlimit", |vm, a| {
            a.check(vm, "setrecursionlimit", 1, 1)?;
            let n = vm.int_to_i64(&a.pos[0])?;
            if n < 1 {
                return Err(vm.value_error("recursion limit must be greater or equal than 1"));
            }
            vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
            Ok(vm.none.clone())
        }),
        ("intern", |vm, a| {
            a.check(vm, "intern", 1, 1)?;
            if !vm.is_exact_str(&a.pos[0]) {
                return Err(vm.type_error(format!(
                    "intern() argument must be str, not {}",
                    crate::builtins::str::args::arg_type_name(vm, &a.pos[0])
                )));
            }
            Ok(vm.intern_value(&a.pos[0]))
        }),
        // Ember's stand-in for the `ast` parse traceback.py does to place `~~^~~` markers.
        ("_ember_caret_anchors", |vm, a| {
            a.check(vm, "_ember_caret_anchors", 1, 1)?;
            let seg = vm.str_of(&a.pos[0]);
            Ok(match crate::builtins::traceback_carets::anchors_in(&seg) {
                Some((l, r)) => vm.new_tuple(vec![vm.new_int_usize(l), vm.new_int_usize(r)]),
                None => vm.none.clone(),
            })
        }),
        ("_getframe", |vm, a| {
            a.check(vm, "_getframe", 0, 1)?;
            let d = match a.pos.first() {
                Some(d) => vm.index_isize(d)?.max(0) as usize,
                None => 0,
            };
            crate::builtins::traceback::getframe(vm, d)
        }),
        ("exception", |vm, a| {
            a.check(vm, "exception", 0, 0)?;
            Ok(vm.current_exc().unwrap_or_else(|| vm.none.clone()))
        }),
        ("get_int_max_str_digits", |vm, a| {
            a.check(vm, "get_int_max_str_digits", 0, 0)?;
            let n = crate::builtins::int::INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
            Ok(vm.new_int_usize(n))
        }),
        ("set_int_max_str_digits", |vm, a| {
            a.only_kw(vm, "set_int_max_str_digits", &["maxdigits"])?;
            let n = match (a.pos.first(), a.kw(vm, "maxdigits")) {
                (Some(v), None) if a.pos.len() == 1 => v.clone(),
                (None, Some(v)) => v,
                (None, None) => {
                    return Err(vm.type_error(
                        "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
                    ))
                }
                _ => return Err(vm.type_error("set_int_max_str_digits() takes at most 1 argument")),
            };
            let n = vm.index_isize(&n)?;
            if n != 0 && n < 640 {
                return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
            }
            crate::builtins::int::INT_MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
            Ok(vm.none.clone())
        }),
        ("exc_info", |vm, _a| {
            Ok(match vm.current_exc() {
                Some(e) => {
                    // The traceback is the exception's own, as in CPython.
                    let tb = vm
                        .getattr(&e, &vm.new_str("__traceback__"))
                        .unwrap_or_else(|_| vm.none.clone());
                    vm.new_tuple(vec![vm.type_of(&e), e.clone(), tb])
                }
                None => vm.new_tuple(vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
            })
        }),
    ];
    for (n, f) in fns {
        vm.dict_set_str(dd, n, new_builtin(vm, n, f, None));
    }
    // sys.excepthook prints an uncaught exception; a program may replace it.
    let hook = new_builtin(
        vm,
        "excepthook",
        |vm, a| {
            a.check(vm, "excepthook", 3, 3)?;
            crate::builtins::functions::flush_stdout();
            eprint!("{}", vm.format_exception(&a.pos[1]));
            Ok(vm.none.clone())
        },
        None,
    );
    vm.dict_set_str(dd, "excepthook", hook.clone());
    vm.dict_set_str(dd, "__excepthook__", hook);
    let hook = new_builtin(
        vm,
        "unraisablehook",
        |vm, a| {
            a.check(vm, "unraisablehook", 1, 1)?;
            let u = &a.pos[0];
            let get = |n: &str| vm.getattr(u, &vm.intern(n));
            let (value, msg, obj) = (get("exc_value")?, get("err_msg")?, get("object")?);
            crate::builtins::functions::flush_stdout();
            let what = if vm.is_none(&msg) {
                "Exception ignored in".to_string()
            } else {
                vm.str_string(&msg)?
            };
            if vm.is_none(&obj) {
                eprintln!("{what}");
            } else {
                let r = vm.repr_string(&obj).unwrap_or_default();
                eprintln!("{what}: {r}");
            }
            eprint!("{}", vm.format_unraisable(&value));
            Ok(vm.none.clone())
        },
        None,
    );
    vm.dict_set_str(dd, "unraisablehook", hook.clone());
    vm.dict_set_str(dd, "__unraisablehook__", hook);
    vm.dict_set_str(dd, "executable", vm.new_str(current_exe()));
    vm.dict_set_str(dd, "prefix", vm.new_str("/usr"));
    vm.dict_set_str(dd, "dont_write_bytecode", vm.true_.clone());
    vm.dict_set_str(dd, "float_repr_style", vm.new_str("short"));
    crate::builtins::sys_extra::init(vm, dd);
    crate::stdlib::name_functions(vm, &sys, "sys");
    vm.dict_set_str(vm.as_dict(&vm.modules).unwrap(), "sys", sys.clone());
    // `sys_info.py` runs at the first use of a name it defines (`materialize_info`).
    vm.sys_state.info_pending.set(true);
    vm.dict_set_str(
        vm.as_dict(&vm.modules).unwrap(),
        "builtins",
        vm.builtins.clone(),
    );
    unsafe { *vm.sys.get_mut() = Some(sys) };
}

fn current_exe() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `sys_info.py` in sys's namespace if it has not run and `module` is sys: at the
/// first attribute of sys that misses its dict (`sys_extra::lazy_attr`), and before
/// anything reads the dict whole (`sys.__dict__`, `dir(sys)`, `from sys import *`).
/// Compiling and running it at start-up was 39% of `ember -c pass`'s instructions.
pub fn materialize_info(vm: &Vm, module: &Value) {
    if !vm.sys_state.info_pending.get() {
        return;
    }
    let Some(sys) = unsafe { vm.sys.get() }.as_ref().filter(|s| s.is(module)) else {
        return;
    };
    vm.sys_state.info_pending.set(false);
    if let Some(d) = vm.module_dict(sys) {
        run_info(vm, &d);
    }
}

/// The structured attributes (`version_info`, `flags`, `float_info`, `implementation`), written
/// in Python (`sys_info.py`) and run in sys's namespace (`materialize_info`).
fn run_info(vm: &Vm, sys_dict: &Value) {
    const SRC: &str = include_str!("sys_info.py");
    let Ok(code) = crate::compiler::compile(SRC, "<sys>", crate::bytecode::Mode::Exec) else {
        return;
    };
    let Ok(code) = vm.new_code(std::rc::Rc::new(code)) else {
        return;
    };
    let _ = vm.run_code(&code, sys_dict, None);
    // `sys._xoptions`: each `-X` option as given (a bare name maps to True).
    if let Some(x) = vm.dict_get_str_key(vm.as_dict(sys_dict).unwrap(), "_xoptions") {
        if let Some(d) = vm.as_dict(&x) {
            for (k, v) in &vm.options.xoptions_given {
                let v = match v {
                    Some(v) => vm.new_str(v.as_str()),
                    None => vm.true_.clone(),
                };
                vm.dict_set_str(d, k, v);
            }
        }
    }
}
