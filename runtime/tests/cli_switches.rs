//! The command line around the optimisations: `--dis --shadow` shows quickened bytecode after
//! a run, `-X stats=path` writes the runtime's counters, bad `-X` values are refused, `-m`
//! runs a module or package as `__main__`, `sys._xoptions` shows the `-X` options, and
//! `EMBER_LIB_DIR` reads the library from disk.

use std::path::PathBuf;
use std::process::Command;

const EMBER: &str = env!("CARGO_BIN_EXE_ember");

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ember-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

const PROGRAM: &str = r#"
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
class S:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
def work(n):
    t = 0
    for i in range(n):
        p = P(i)
        t += p.get() + p.x + len("ab") + S(i).a
    return t
print(work(300))
"#;

#[test]
#[cfg(feature = "shadowcode")]
fn dis_shadow_shows_quickened_opcodes() {
    let d = scratch("dis");
    let f = d.join("p.py");
    std::fs::write(&f, PROGRAM).unwrap();
    // With dict watchers global loads read notification-kept slots and stay generic in the
    // shadow copy; switched off, they quicken to the version-checked LOAD_GLOBAL_CACHED.
    let watchers_off: &[&str] = if cfg!(feature = "dict-watchers") {
        &["-X", "dict-watchers=0"]
    } else {
        &[]
    };
    let out = Command::new(EMBER)
        .args(watchers_off)
        .args(["--dis", "--shadow"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("135150\n"), "program output first: {text}");
    for op in [
        "LOAD_GLOBAL_CACHED",
        "LOAD_ATTR_SLOT",
        "STORE_ATTR_SLOT",
        "LOAD_METHOD_CACHED",
        "LOAD_ATTR_MEMBER",
        "STORE_ATTR_MEMBER",
    ] {
        assert!(text.contains(op), "{op} missing from:\n{text}");
    }
}

#[test]
fn stats_file_has_the_counters() {
    let d = scratch("stats");
    let f = d.join("p.py");
    std::fs::write(&f, PROGRAM).unwrap();
    let stats = d.join("stats.json");
    let out = Command::new(EMBER)
        .arg("-X")
        .arg(format!("stats={}", stats.display()))
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = std::fs::read_to_string(&stats).unwrap();
    assert!(text.contains("\"gc\""), "{text}");
    if cfg!(feature = "shadowcode") {
        // Every attribute load of the loop hits once quickened.
        let hits = text
            .split("\"LOAD_ATTR\": {\"hits\": ")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        assert!(hits > 200, "LOAD_ATTR hits {hits} in {text}");
    }
    if cfg!(feature = "dict-watchers") {
        // `P`, `S` and `len` are read from slots on every iteration.
        let hits = text
            .split("\"slot_hits\": ")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        assert!(hits > 800, "slot hits {hits} in {text}");
    }
}

/// A bare `-X stats` prints the counters to stderr, after the program's own output, and
/// writes no file (it wrote them to a file named `1`).
#[test]
fn bare_stats_switch_prints_to_stderr() {
    let d = scratch("stats-bare");
    let f = d.join("p.py");
    std::fs::write(&f, PROGRAM).unwrap();
    let out = Command::new(EMBER)
        .current_dir(&d)
        .args(["-X", "stats"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.trim_start().starts_with("{\"features\""), "{err}");
    assert!(err.contains("\"gc\""), "{err}");
    assert!(!d.join("1").exists());
    assert_eq!(
        std::fs::read_dir(&d).unwrap().count(),
        1,
        "only p.py in {d:?}"
    );
}

/// What `-X fixed-builtins` changes: a function made after its module rebound
/// `__builtins__` keeps the builtins the module frame started with (off: CPython 3.11,
/// which reads `__builtins__` again for each new function).
#[test]
#[cfg(feature = "fixed-builtins")]
fn fixed_builtins_keep_the_frames_builtins() {
    let prog = "def f():\n    return len('abc')\n__builtins__ = {'len': lambda s: 42}\ndef k():\n    return len('abc')\nprint(f(), k())\n";
    let run = |on: &str| {
        let o = Command::new(EMBER)
            .args(["-X", &format!("fixed-builtins={on}"), "-c", prog])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert_eq!(run("0"), "3 42\n");
    assert_eq!(run("1"), "3 3\n");
}

const ASYNC_PROGRAM: &str = r#"
import asyncio
async def leaf(n):
    return n
async def sleepy(n):
    await asyncio.sleep(0)
    return n
async def agen():
    for i in range(3):
        yield i
async def main():
    a = await leaf(1) + await sleepy(2)
    b = await asyncio.gather(leaf(3), leaf(4))
    c = [x async for x in agen()]
    return a, b, c
print(asyncio.run(main()))
"#;

/// The number after `"key": ` in the stats JSON.
fn counter(text: &str, key: &str) -> u64 {
    text.split(&format!("\"{key}\": "))
        .nth(1)
        .and_then(|s| s.split([',', '}']).next())
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(0)
}

#[test]
fn async_counters_in_stats() {
    let d = scratch("async");
    let f = d.join("a.py");
    std::fs::write(&f, ASYNC_PROGRAM).unwrap();
    let run = |switches: &[&str]| {
        let stats = d.join(format!("s{}.json", switches.len()));
        let out = Command::new(EMBER)
            .args(switches)
            .arg("-X")
            .arg(format!("stats={}", stats.display()))
            .arg(&f)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "(3, [3, 4], [0, 1, 2])\n"
        );
        std::fs::read_to_string(&stats).unwrap()
    };
    let text = run(&[]);
    if cfg!(feature = "eager-coro") {
        // leaf(1) finishes at once, sleepy(2) suspends, gather steps both leaves.
        assert!(counter(&text, "completed") >= 1, "{text}");
        assert!(counter(&text, "suspended") >= 1, "{text}");
        assert_eq!(counter(&text, "gather_completed"), 2, "{text}");
    }
    if cfg!(feature = "gen-send-result") {
        assert_eq!(counter(&text, "stop_iterations"), 0, "{text}");
        assert!(counter(&text, "result_steps") > 0, "{text}");
    }
    let mut off = Vec::new();
    if cfg!(feature = "eager-coro") {
        off.extend(["-X", "eager-coro=0"]);
    }
    if cfg!(feature = "gen-send-result") {
        off.extend(["-X", "gen-send-result=0"]);
    }
    let text = run(&off);
    assert_eq!(counter(&text, "completed"), 0, "{text}");
    assert!(counter(&text, "stop_iterations") > 0, "{text}");
}

#[test]
fn bad_switch_values_are_refused() {
    let out = Command::new(EMBER)
        .args(["-X", "shadowcode-threshold=lots", "-c", "pass"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("shadowcode-threshold"));
    for bad in ["dict-watchers=2", "fixed-builtins=yes"] {
        let out = Command::new(EMBER)
            .args(["-X", bad, "-c", "pass"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
    if !cfg!(feature = "type-cache") {
        let out = Command::new(EMBER)
            .args(["-X", "type-cache=1", "-c", "pass"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
    }
}

#[test]
fn dash_m_runs_modules_and_packages() {
    let d = scratch("m");
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(
        d.join("pkg/__main__.py"),
        "import sys\nprint('pkg main', __name__, sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::write(
        d.join("modx.py"),
        "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('modx.py'))\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let o = Command::new(EMBER)
            .args(args)
            .current_dir(&d)
            .output()
            .unwrap();
        (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
            o.status.code(),
        )
    };
    assert_eq!(run(&["-m", "modx", "a"]).0, "__main__ ['a'] True\n");
    assert_eq!(run(&["-m", "pkg", "b"]).0, "pkg main __main__ ['b']\n");
    let (_, err, code) = run(&["-m", "nosuch_module_zz"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("No module named nosuch_module_zz"), "{err}");
}

/// One attribute site over instances of two plain classes that share a shape: the
/// shape-only cache entry serves both (the `__weakref__` getset every plain class has
/// must not count as a data descriptor that forces per-type entries).
#[test]
#[cfg(feature = "shadowcode")]
fn shape_shared_by_two_classes_keeps_hitting() {
    let d = scratch("shape");
    let f = d.join("s.py");
    std::fs::write(
        &f,
        "class A:\n    def __init__(self): self.x = 1\nclass B:\n    def __init__(self): self.x = 2\ndef get(o): return o.x\nobjs = [A(), B()] * 500\nprint(sum(get(o) for o in objs))\n",
    )
    .unwrap();
    let stats = d.join("s.json");
    let out = Command::new(EMBER)
        .args(["-X", "shadowcode-threshold=1", "-X"])
        .arg(format!("stats={}", stats.display()))
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1500\n");
    let text = std::fs::read_to_string(&stats).unwrap();
    let load_attr = text.split("\"LOAD_ATTR\": ").nth(1).unwrap_or("");
    assert!(counter(load_attr, "hits") >= 990, "{text}");
    assert_eq!(counter(load_attr, "misses"), 0, "{text}");
}

/// `sys._xoptions` holds every `-X` option as given, as CPython's does: a bare name maps
/// to True, `name=value` to the text, a later option wins; none given, it is empty.
#[test]
fn xoptions_reach_sys() {
    let run = |args: &[&str]| {
        let out = Command::new(EMBER)
            .args(args)
            .args(["-c", "import sys; print(sys._xoptions)"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        run(&["-X", "foo", "-X", "bar=baz", "-Xqux=1", "-X", "bar=2"]),
        "{'foo': True, 'bar': '2', 'qux': '1'}\n"
    );
    assert_eq!(run(&[]), "{}\n");
}

/// `EMBER_LIB_DIR` reads a frozen library module from a source tree instead of the binary
/// (packages through their `__init__.py`), and leaves modules it does not hold, and
/// unlisted names, as they were.
#[test]
fn lib_dir_switch_reads_library_from_disk() {
    let d = scratch("libdir");
    std::fs::create_dir_all(d.join("lib/json")).unwrap();
    std::fs::write(d.join("lib/textwrap.py"), "MARK = 'textwrap from disk'\n").unwrap();
    std::fs::write(d.join("lib/json/__init__.py"), "MARK = 'json from disk'\n").unwrap();
    std::fs::write(d.join("lib/not_in_registry_zz.py"), "MARK = 1\n").unwrap();
    let prog = "import textwrap, json, string\n\
                print(textwrap.MARK, json.MARK, hasattr(string, 'MARK'))\n\
                try:\n    import not_in_registry_zz\nexcept ImportError as e:\n    print(type(e).__name__)\n";
    let o = Command::new(EMBER)
        .args(["-c", prog])
        .env("EMBER_LIB_DIR", d.join("lib"))
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "textwrap from disk json from disk False\nModuleNotFoundError\n",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
