//! The `ember` command line: `ember FILE [ARGS]`, `-c CODE`, `-m MODULE`, `-` (stdin), `-i`,
//! `-W`, `-X opt`, `-S`, `--version`, `--dis`; with no program, stdin or the interactive loop.

use ember::bytecode::Mode;
use ember::vm::{Options, Vm};
use std::process::ExitCode;

mod repl;

// Objects are small and short-lived: mimalloc's per-size free lists cost a fraction of
// glibc malloc's time on allocation-heavy code (see the README's dependency notes).
#[global_allocator]
static ALLOC: MiAlloc = MiAlloc;

/// mimalloc as the global allocator. Requests whose alignment mimalloc gives anyway (8
/// bytes always, 16 from 16 bytes up) take its plain entry points: the aligned ones
/// check and adjust the alignment on every call.
struct MiAlloc;

/// mimalloc's natural alignment for a request of `size` bytes is at least `align`.
#[inline(always)]
fn natural(size: usize, align: usize) -> bool {
    align <= 8 || (align <= 16 && size >= 16)
}

// SAFETY: mimalloc's functions meet `GlobalAlloc`'s contract; pointers from either entry
// point are freed and resized by `mi_free` and `mi_realloc(_aligned)`.
unsafe impl std::alloc::GlobalAlloc for MiAlloc {
    #[inline]
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if natural(l.size(), l.align()) {
            mi::mi_malloc(l.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(l.size(), l.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if natural(l.size(), l.align()) {
            mi::mi_zalloc(l.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(l.size(), l.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, _l: std::alloc::Layout) {
        libmimalloc_sys::mi_free(p as *mut _);
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        if natural(new_size, l.align()) {
            mi::mi_realloc(p as *mut _, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(p as *mut _, new_size, l.align()) as *mut u8
        }
    }
}

const USAGE: &str = "usage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
Options: -c cmd, -m mod, -i (inspect interactively after the program), -q, -S,\n\
-W arg (warning control, as CPython's), -X opt[=value] (runtime switches, see README),\n\
--dis [--shadow] (show the bytecode), -V/--version, -h/--help; -b -B -d -E -I -O -OO\n\
-P -R -s -u -v -x are accepted (-x skips the first source line, the rest change nothing).\n\
With no program and stdin not a terminal the program is read from stdin.";

struct Cli {
    options: Options,
    dis: bool,
    target: Target,
    argv: Vec<String>,
    /// `-i`: the interactive loop after the program.
    inspect: bool,
    quiet: bool,
    /// `-x`: the first line of the source is not Python (a `#!` for another shell).
    skip_first_line: bool,
    /// `-W` options, for `sys.warnoptions`.
    warnoptions: Vec<String>,
}

enum Target {
    File(String),
    Code(String),
    Module(String),
    /// The program from stdin (`-`, or no program with stdin not a terminal).
    Stdin,
    /// Nothing to run: the interactive loop.
    Interactive,
}

fn version() -> String {
    format!("Python 3.11.2 (ember {})", env!("CARGO_PKG_VERSION"))
}

/// `--version` / `--help`: the text on stdout, then exit 0 (before anything runs).
fn print_and_exit(text: &str) -> ! {
    println!("{text}");
    std::process::exit(0)
}

fn stdin_is_tty() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(0) == 1 }
}

fn parse_cli() -> Result<Cli, String> {
    let mut args = std::env::args().skip(1).peekable();
    let mut cli = Cli {
        options: Options::default(),
        dis: false,
        target: Target::Interactive,
        argv: vec![String::new()],
        inspect: false,
        quiet: false,
        skip_first_line: false,
        warnoptions: Vec::new(),
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--version" => print_and_exit(&version()),
            "--help" => print_and_exit(USAGE),
            "--dis" => cli.dis = true,
            // With --dis: run the program, then show the quickened (shadow) bytecode.
            "--shadow" => cli.options.keep_shadowed = true,
            "--" => break,
            "-" => {
                cli.target = Target::Stdin;
                cli.argv = vec!["-".to_string()];
                cli.argv.extend(args);
                return Ok(cli);
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            s if s.starts_with('-') => {
                // One or more one-letter flags (`-uB`); one that takes an argument takes
                // the rest of this word or the next one (`-Werror`, `-W error`).
                let flags: Vec<char> = s[1..].chars().collect();
                let mut i = 0;
                while i < flags.len() {
                    let f = flags[i];
                    i += 1;
                    if matches!(f, 'c' | 'm' | 'W' | 'X') {
                        let rest: String = flags[i..].iter().collect();
                        let value = if !rest.is_empty() {
                            rest
                        } else {
                            args.next()
                                .ok_or(format!("Argument expected for the -{f} option"))?
                        };
                        match f {
                            'c' => {
                                cli.target = Target::Code(value);
                                cli.argv = vec!["-c".to_string()];
                                cli.argv.extend(args);
                                return Ok(cli);
                            }
                            'm' => {
                                cli.argv = vec![value.clone()];
                                cli.target = Target::Module(value);
                                cli.argv.extend(args);
                                return Ok(cli);
                            }
                            'W' => cli.warnoptions.push(value),
                            _ => add_xoption(&mut cli.options, &value),
                        }
                        break;
                    }
                    match f {
                        'V' => print_and_exit(&version()),
                        'h' | '?' => print_and_exit(USAGE),
                        'S' => cli.options.no_site = true,
                        'i' => cli.inspect = true,
                        'q' => cli.quiet = true,
                        'x' => cli.skip_first_line = true,
                        'b' | 'B' | 'd' | 'E' | 'I' | 'O' | 'P' | 'R' | 's' | 'u' | 'v' => {}
                        _ => return Err(format!("Unknown option: -{f}\n{USAGE}")),
                    }
                }
            }
            _ => {
                cli.argv = vec![a.clone()];
                cli.target = Target::File(a);
                cli.argv.extend(args);
                return Ok(cli);
            }
        }
    }
    // No program: read it from stdin, or talk to the terminal.
    if !stdin_is_tty() && !cli.inspect {
        cli.target = Target::Stdin;
    }
    cli.argv.extend(args);
    Ok(cli)
}

/// Rejects `-X` switches this build cannot honour (before anything runs).
fn check_switches(o: &Options) -> Result<(), String> {
    ember::vm::switches::Switches::from_options(o).map(|_| ())
}

/// mimalloc's `mi_option_arena_eager_commit` (the option's number in `mimalloc.h`).
#[cfg(target_os = "linux")]
const MI_OPTION_ARENA_EAGER_COMMIT: std::ffi::c_int = 4;

#[cfg(target_os = "linux")]
unsafe extern "C" {
    // `void mi_option_set(mi_option_t option, long value)`, from the mimalloc that
    // libmimalloc-sys links (declared here: the crate declares it only with its
    // `extended` feature).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Commits mimalloc's arena as it is used instead of all at once. An eagerly committed
/// arena is also advised for transparent huge pages, so the first touch of an object
/// faulted in 2 MiB: `ember -c pass` held 11.6 MiB instead of 6.4, nbody 14.4 MiB
/// instead of 7.8 (CPython 3.11: 8.0 and 9.9). Pages now come 4 KiB at a time, as
/// CPython's do (float: 9.6k minor faults, CPython 12.5k). Unlike mimalloc's
/// `allow_thp` option, this leaves the process's THP setting, which child processes
/// inherit, alone. It runs from `.init_array`, before Rust's runtime makes its first
/// allocation (which reserves the arena); from `main` it would be too late.
#[cfg(target_os = "linux")]
extern "C" fn no_eager_arena_commit() {
    // SAFETY: sets an option, as the MIMALLOC_ARENA_EAGER_COMMIT=0 variable would.
    unsafe { mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NO_EAGER_ARENA_COMMIT: extern "C" fn() = no_eager_arena_commit;

fn main() -> ExitCode {
    let cli = match parse_cli() {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    if let Err(msg) = check_switches(&cli.options) {
        eprintln!("ember: {msg}");
        return ExitCode::from(2);
    }
    // The interpreter runs on a thread with a large stack; deep recursion raises
    // RecursionError before the guard region is reached.
    const STACK: usize = 1 << 30;
    let handle = std::thread::Builder::new()
        .name("ember".into())
        .stack_size(STACK)
        .spawn(move || run(cli));
    match handle.map(|h| h.join()) {
        Ok(Ok(ember::vm::run::EXIT_SIGINT)) => {
            // As CPython after an uncaught KeyboardInterrupt: die of SIGINT.
            unsafe {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                libc::kill(libc::getpid(), libc::SIGINT);
            }
            ExitCode::from(130)
        }
        Ok(Ok(code)) => ExitCode::from(code as u8),
        _ => {
            eprintln!("ember: internal error (the interpreter thread failed)");
            ExitCode::from(70)
        }
    }
}

fn run(cli: Cli) -> i32 {
    let vm = Vm::new(cli.options.clone());
    let marker = 0u8;
    let base = &marker as *const u8 as usize;
    // Leave 64 MiB of the 1 GiB stack as headroom for native code below the check.
    vm.stack_limit
        .set(base.saturating_sub((1 << 30) - (64 << 20)));
    *vm.argv.borrow_mut() = cli.argv.clone();
    let mut status = run_target(&vm, &cli);
    if cli.inspect || matches!(cli.target, Target::Interactive) {
        let globals = main_globals(&vm);
        let banner = matches!(cli.target, Target::Interactive) && !cli.quiet && stdin_is_tty();
        status = repl::run(&vm, &globals, banner);
    }
    wait_for_threads(&vm);
    run_atexit(&vm);
    clear_main_globals(&vm);
    ember::builtins::functions::flush_stdout();
    // Daemon threads still waiting stay suspended for good.
    ember::vm::green::abandon_all();
    if cli.dis && cli.options.keep_shadowed {
        print!("{}", shadow_listing(&vm));
    }
    vm.write_stats();
    status
}

/// Calls `module.function()` at finalisation if the program imported `module`, reporting
/// an error it raises.
fn finalization_hook(vm: &Vm, module: &str, function: &str) {
    let Some(modules) = vm.as_dict(&vm.modules) else {
        return;
    };
    let Some(m) = vm.dict_get_str_key(modules, module) else {
        return;
    };
    if let Ok(Some(f)) = vm.getattr_opt(&m, &vm.new_str(function)) {
        if let Err(e) = vm.call(&f, &[]) {
            let _ = vm.report_uncaught(&e);
        }
    }
}

/// Waits for the threads that are not daemons once the main program has ended, before the
/// atexit callbacks, as CPython's finalisation does (`threading._shutdown`).
fn wait_for_threads(vm: &Vm) {
    finalization_hook(vm, "threading", "_shutdown");
}

/// Runs the `atexit` callbacks once the program has ended, as CPython's finalisation does
/// (the module reports callback errors itself).
fn run_atexit(vm: &Vm) {
    finalization_hook(vm, "atexit", "_run_exitfuncs");
}

/// Frees the data that only `__main__`'s globals hold once the program and its atexit
/// callbacks have ended, so that `__del__` methods and generators' `finally` blocks run
/// (and print) before the process exits, as in CPython, whose finalisation collects
/// `__main__`'s dict. CPython runs all those finalizers while the globals are still
/// intact; to keep what they may use, values the dict alone holds are set to None in dict
/// order in three rounds (each repeated while it frees more): objects with a finalizer
/// (`__del__`, generators), then other data, then functions, classes and modules.
fn clear_main_globals(vm: &Vm) {
    let Some(modules) = vm.as_dict(&vm.modules) else {
        return;
    };
    let Some(main) = vm.dict_get_str_key(modules, "__main__") else {
        return;
    };
    let Some(globals) = vm.module_dict(&main) else {
        return;
    };
    let Some(gd) = vm.as_dict(&globals) else {
        return;
    };
    let t = &vm.types;
    for round in 0..3 {
        loop {
            let mut freed = false;
            for k in gd.keys() {
                // The module's own attributes (`__name__`, `__file__`, `__builtins__`) stay.
                if !vm.is_exact_str(&k) || vm.str_ref(&k).starts_with("__") {
                    continue;
                }
                let Some(v) = vm.dict_get_str(gd, &k) else {
                    continue;
                };
                // Held by the dict and by `v` only.
                let sole = !v.is_small() && v.refcount() == 2 && !vm.is_none(&v);
                let wanted = match round {
                    0 => {
                        vm.is_exact(&v, &t.generator)
                            || vm.lookup_special(&v, &vm.names.del).is_some()
                    }
                    1 => {
                        !(vm.is_type(&v)
                            || vm.is_exact(&v, &t.function)
                            || vm.is_exact(&v, &t.builtin_function)
                            || vm.is_exact(&v, &t.module))
                    }
                    _ => true,
                };
                drop(v);
                if sole && wanted {
                    let _ = vm.dict_set(gd, k, vm.none.clone());
                    freed = true;
                }
            }
            if !freed {
                break;
            }
        }
    }
}

fn run_target(vm: &Vm, cli: &Cli) -> i32 {
    set_warnoptions(vm, &cli.warnoptions);
    let (mut source, filename) = match &cli.target {
        Target::Interactive => {
            setup_sys(vm, cli, "");
            ensure_main(vm, false, "");
            return 0;
        }
        Target::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                eprintln!("ember: can't read stdin: {e}");
                return 2;
            }
            match ember::compiler::decode_source(&bytes, "<stdin>") {
                Ok(s) => (s, "<stdin>".to_string()),
                Err(e) => {
                    eprintln!("{e}");
                    return 1;
                }
            }
        }
        Target::Code(c) => (c.clone(), "<string>".to_string()),
        Target::File(f) => match std::fs::read(f) {
            Ok(bytes) => match ember::compiler::decode_source(&bytes, f) {
                // The main script is known by its absolute path (`__file__`, tracebacks),
                // as in CPython since 3.9; `sys.argv[0]` stays as given.
                Ok(s) => (s, absolute(f)),
                Err(e) => {
                    eprintln!("{e}");
                    return 1;
                }
            },
            Err(e) => {
                eprintln!(
                    "ember: can't open file '{f}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    io_reason(&e)
                );
                return 2;
            }
        },
        Target::Module(m) => {
            // sys.path must be in place to find the module.
            setup_sys(vm, cli, "");
            match vm.main_module_source(m) {
                Ok((src, path)) => {
                    if let Some(argv) = vm.sys_attr("argv") {
                        let _ = vm.setitem(&argv, &vm.new_int(0), vm.new_str(path.as_str()));
                    }
                    (src, path)
                }
                Err(e) if vm.err_matches(&e, &vm.exc.module_not_found_error) => {
                    eprintln!("ember: No module named {m}");
                    return 1;
                }
                Err(e) => return vm.report_uncaught(&e),
            }
        }
    };
    if cli.skip_first_line {
        // `-x`: the line is dropped but counted, so line numbers stay those of the file.
        source = match source.find('\n') {
            Some(i) => source[i..].to_string(),
            None => String::new(),
        };
    }
    let code = match ember::compiler::compile(&source, &filename, Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    if cli.dis && !cli.options.keep_shadowed {
        print!("{}", ember::bytecode::dis::disassemble(&code));
        return 0;
    }
    if let Err(e) = vm.report_compile_warnings(&filename) {
        return vm.report_uncaught(&e);
    }
    if !matches!(cli.target, Target::Module(_)) {
        setup_sys(vm, cli, &filename);
    }
    let code = match vm.new_code(std::rc::Rc::new(code)) {
        Ok(c) => c,
        Err(e) => return vm.report_uncaught(&e),
    };
    let has_file = match &cli.target {
        Target::File(_) | Target::Stdin => true,
        Target::Module(_) => !filename.starts_with("<frozen"),
        _ => false,
    };
    let globals = ensure_main(vm, has_file, &filename);
    if let Target::Module(m) = &cli.target {
        // `-m pkg.mod` runs with `__package__` 'pkg' (for `-m pkg`, its `__main__`
        // submodule's package, 'pkg'), so that relative imports work, as under runpy.
        let package = if filename.ends_with("/__main__.py") || filename.ends_with(".__main__>") {
            m.trim_end_matches(".__main__").to_string()
        } else {
            m.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        if let Some(gd) = vm.as_dict(&globals) {
            vm.dict_set_str(gd, "__package__", vm.new_str(package.as_str()));
        }
    }
    match vm.run_code(&code, &globals, None) {
        Ok(_) => 0,
        Err(e) => {
            // `-i`: even the program's SystemExit is reported, and the loop follows.
            if cli.inspect && vm.isinstance_type(&e.0, &vm.exc.system_exit) {
                vm.print_uncaught(&e);
                return 0;
            }
            vm.report_uncaught(&e)
        }
    }
}

/// Makes the `__main__` module (CPython's: an empty `__annotations__`, `__builtins__`,
/// and `__file__` then `__cached__` for a program from a file) and gives its globals.
fn ensure_main(vm: &Vm, has_file: bool, filename: &str) -> ember::object::value::Value {
    let main = vm.new_module("__main__");
    let globals = vm.module_dict(&main).unwrap();
    let gd = vm.as_dict(&globals).unwrap();
    vm.dict_set_str(gd, "__annotations__", vm.new_dict());
    vm.dict_set_str(gd, "__builtins__", vm.builtins.clone());
    if has_file {
        vm.dict_set_str(gd, "__file__", vm.new_str(filename));
        vm.dict_set_str(gd, "__cached__", vm.none.clone());
    }
    vm.dict_set_str(vm.as_dict(&vm.modules).unwrap(), "__main__", main);
    globals
}

/// `__main__`'s globals (made if the program never ran, e.g. it had a syntax error).
fn main_globals(vm: &Vm) -> ember::object::value::Value {
    let existing = vm
        .as_dict(&vm.modules)
        .and_then(|m| vm.dict_get_str_key(m, "__main__"))
        .and_then(|m| vm.module_dict(&m));
    match existing {
        Some(g) => g,
        None => ensure_main(vm, false, ""),
    }
}

/// `-W` options as `sys.warnoptions`, and applied to the warnings filters.
fn set_warnoptions(vm: &Vm, opts: &[String]) {
    if opts.is_empty() {
        return;
    }
    if let Some(list) = vm.sys_attr("warnoptions") {
        for o in opts {
            if let Ok(append) = vm.getattr(&list, &vm.intern("append")) {
                let _ = vm.call(&append, &[vm.new_str(o.as_str())]);
            }
        }
    }
    // The warnings module reads sys.warnoptions when it is imported.
    if let Err(e) = vm.import_module("warnings") {
        vm.report_uncaught(&e);
    }
}

fn setup_sys(vm: &Vm, cli: &Cli, filename: &str) {
    let argv: Vec<_> = cli.argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let mut path = Vec::new();
    let dir = match &cli.target {
        Target::File(_) => std::path::Path::new(filename)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        // `-m`: the current directory, as a full path (as CPython's runpy).
        Target::Module(_) => std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    path.push(vm.new_str(dir));
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(vm.new_str(p));
        }
    }
    if let Some(sys) = vm.sys_attr("modules") {
        let _ = sys;
    }
    let set = |name: &str, v| {
        if let Some(s) = unsafe { vm.sys.get().clone() } {
            let d = vm.module_dict(&s).unwrap();
            vm.dict_set_str(vm.as_dict(&d).unwrap(), name, v);
        }
    };
    set("argv", vm.new_list(argv));
    set("path", vm.new_list(path));
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(feature = "shadowcode")]
fn shadow_listing(vm: &Vm) -> String {
    vm.shadow_listing()
}

#[cfg(not(feature = "shadowcode"))]
fn shadow_listing(_vm: &Vm) -> String {
    "ember: --shadow needs a build with the 'shadowcode' feature\n".to_string()
}

/// `path` made absolute against the current directory (without resolving links).
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => {
            let rel = path.strip_prefix("./").unwrap_or(path);
            d.join(rel).to_string_lossy().into_owned()
        }
        Err(_) => path.to_string(),
    }
}

/// Records `-X opt` (`name` or `name=value`): the switches read a bare name as "1";
/// `sys._xoptions` keeps it as given.
fn add_xoption(options: &mut Options, opt: &str) {
    let (k, v) = match opt.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (opt, None),
    };
    if k == "stats" {
        // A bare `-X stats` prints the counters to stderr ("-"); `-X stats=PATH` writes them.
        options.stats_path = Some(v.unwrap_or("-").to_string());
    }
    options
        .xoptions
        .push((k.to_string(), v.unwrap_or("1").to_string()));
    options
        .xoptions_given
        .push((k.to_string(), v.map(str::to_string)));
}
