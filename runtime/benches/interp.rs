//! Criterion micro-benchmarks of the interpreter's hot paths: `cargo bench -p runtime`
//! (what each group compares, and the figures of one run: README.md beside this file).
//!
//! Each benchmark is a small Python module whose `run(n)` loops `n` times over the
//! operation under test (unrolled four times where the operation allows). The module is
//! compiled and run once per variant, in an interpreter that lives on its own thread (the
//! runtime keeps per-thread state, so one interpreter per thread); one criterion iteration
//! is one call `run(1000)` inside that already-initialised interpreter, timed there with
//! `iter_custom`, so start-up, compilation and the channel to the thread are not measured.
//! The time is the interpreter thread's CPU time (see `thread_cpu_time`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ember::embed::Embedded;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// Loop trips per call of `run` (the `for_iter_list` snippet's list has this length).
const N: i64 = 1000;

/// One Python snippet: `run(n)` loops `n` times over the operation `name` measures.
struct Snippet {
    name: &'static str,
    /// Quickened opcodes the specialised run must show (checked, not assumed).
    expect: &'static [&'static str],
    source: &'static str,
}

/// How an interpreter is switched for one side of a comparison.
struct Variant {
    name: &'static str,
    xoptions: Vec<(&'static str, &'static str)>,
}

/// Requests to an interpreter thread.
enum Req {
    /// Call `run(N)` this many times and answer with the time taken.
    Time(u64),
}

/// An interpreter on its own thread, holding one snippet's module.
struct Worker {
    tx: Option<Sender<Req>>,
    rx: Receiver<Result<Duration, String>>,
    handle: Option<JoinHandle<()>>,
}

/// What the first (untimed) call of a snippet showed.
struct Probe {
    result: String,
    listing: String,
}

impl Worker {
    /// Builds the interpreter, runs the snippet's module and calls `run(N)` once (which
    /// also quickens it when shadow bytecode is on with threshold 1).
    fn start(variant: &Variant, snippet: &Snippet) -> Result<(Worker, Probe), String> {
        let (req_tx, req_rx) = channel::<Req>();
        let (res_tx, res_rx) = channel::<Result<Duration, String>>();
        let (probe_tx, probe_rx) = channel::<Result<Probe, String>>();
        let xoptions = variant.xoptions.clone();
        let source = snippet.source;
        let name = snippet.name;
        let handle = std::thread::Builder::new()
            .name(format!("ember-{name}"))
            .stack_size(64 << 20)
            .spawn(move || {
                let setup = || -> Result<(Embedded, ember::object::value::Value), String> {
                    let emb = Embedded::new(&xoptions, true)?;
                    emb.exec(source, &format!("<bench {name}>"))?;
                    let run = emb.global("run")?;
                    Ok((emb, run))
                };
                let (emb, run) = match setup() {
                    Ok(x) => x,
                    Err(e) => {
                        let _ = probe_tx.send(Err(e));
                        return;
                    }
                };
                let arg = [emb.vm().new_int(N)];
                let probe = emb
                    .call(&run, &arg)
                    .and_then(|v| emb.repr(&v))
                    .map(|result| Probe {
                        result,
                        listing: listing(&emb),
                    });
                let ok = probe.is_ok();
                let _ = probe_tx.send(probe);
                if !ok {
                    return;
                }
                while let Ok(Req::Time(iters)) = req_rx.recv() {
                    let start = thread_cpu_time();
                    let mut out = Ok(());
                    for _ in 0..iters {
                        match emb.call(&run, &arg) {
                            Ok(v) => drop(std::hint::black_box(v)),
                            Err(e) => {
                                out = Err(e);
                                break;
                            }
                        }
                    }
                    let _ = res_tx.send(out.map(|_| thread_cpu_time().saturating_sub(start)));
                }
            })
            .map_err(|e| e.to_string())?;
        let probe = probe_rx
            .recv()
            .map_err(|_| "the interpreter thread stopped".to_string())??;
        let worker = Worker {
            tx: Some(req_tx),
            rx: res_rx,
            handle: Some(handle),
        };
        Ok((worker, probe))
    }

    fn time(&self, iters: u64) -> Duration {
        let sent = self.tx.as_ref().map(|tx| tx.send(Req::Time(iters)));
        match (sent, self.rx.recv()) {
            (Some(Ok(())), Ok(Ok(d))) => d,
            (_, Ok(Err(e))) => panic!("run() raised:\n{e}"),
            _ => panic!("the interpreter thread stopped"),
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop; its interpreter is dropped there.
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// The CPU time this thread has used. The benches time with it rather than the wall
/// clock: on a shared machine, time the interpreter thread spends waiting for a core
/// would otherwise count as interpreter time.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write; the clock id is a constant Linux has.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        panic!("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(feature = "shadowcode")]
fn listing(emb: &Embedded) -> String {
    emb.shadow_listing()
}

#[cfg(not(feature = "shadowcode"))]
fn listing(_emb: &Embedded) -> String {
    String::new()
}

/// One criterion group per snippet, one benchmark per variant. Every variant must return
/// the same `run(N)` result; a variant named `specialised` must show the snippet's
/// quickened opcodes (a note is printed where it does not).
fn compare(c: &mut Criterion, prefix: &str, snippets: &[Snippet], variants: &[Variant]) {
    for s in snippets {
        let mut group = c.benchmark_group(format!("{prefix}/{}", s.name));
        group.throughput(Throughput::Elements(N as u64));
        let mut first: Option<String> = None;
        for v in variants {
            let (worker, probe) = match Worker::start(v, s) {
                Ok(x) => x,
                Err(e) => panic!("{prefix}/{}/{}: setup failed:\n{e}", s.name, v.name),
            };
            match &first {
                None => first = Some(probe.result.clone()),
                Some(r) if *r != probe.result => panic!(
                    "{prefix}/{}: {} returned {} but the first variant {r}",
                    s.name, v.name, probe.result
                ),
                Some(_) => {}
            }
            if v.name == "specialised" {
                let ops = run_opcodes(&probe.listing);
                for op in s.expect {
                    if !ops.contains(op) {
                        println!("note: {prefix}/{}: {op} not in the quickened code", s.name);
                    }
                }
            }
            group.bench_function(v.name, |b| b.iter_custom(|iters| worker.time(iters)));
            drop(worker);
        }
        group.finish();
    }
}

/// The words of `run`'s quickened disassembly (the listing holds every shadowed code
/// object, the interpreter's own start-up modules included).
/// The words of the snippet's quickened code listing: `run` and the functions it calls
/// (`send_gen`'s `SEND_GEN` is in the generator `run` iterates).
fn run_opcodes(listing: &str) -> Vec<&str> {
    listing
        .split("Disassembly of ")
        .filter(|part| part.starts_with("<code "))
        .flat_map(|part| part.split_whitespace())
        .collect()
}

/// `-X name=0` for every optimisation compiled into this build.
fn all_off() -> Vec<(&'static str, &'static str)> {
    ember::vm::switches::FEATURES
        .iter()
        .map(|f| (*f, "0"))
        .collect()
}

/// The issue-2 hot paths: every optimisation off against the `ember` defaults.
fn hot_paths(c: &mut Criterion) {
    let mut variants = Vec::new();
    let off = all_off();
    if off.is_empty() {
        println!("note: hot_paths: no optimisation compiled in; only the default run");
    } else {
        variants.push(Variant {
            name: "all_off",
            xoptions: off,
        });
    }
    variants.push(Variant {
        name: "default",
        xoptions: Vec::new(),
    });
    compare(c, "hot_paths", HOT_PATHS, &variants);
}

/// Each shadow-bytecode specialisation against the generic path, same build.
fn shadow(c: &mut Criterion) {
    if !cfg!(feature = "shadowcode") {
        println!("note: shadow: skipped, this build has no 'shadowcode' feature");
        return;
    }
    let variants = [
        Variant {
            name: "generic",
            xoptions: vec![("shadowcode", "0")],
        },
        Variant {
            name: "specialised",
            xoptions: vec![("shadowcode", "1"), ("shadowcode-threshold", "1")],
        },
    ];
    compare(c, "shadow", SHADOW, &variants);
}

/// Method and class-attribute lookups through a deep MRO, with shadow bytecode off so
/// every lookup goes through the type (where the type cache sits).
fn type_cache(c: &mut Criterion) {
    if !cfg!(feature = "type-cache") {
        println!("note: type_cache: skipped, this build has no 'type-cache' feature");
        return;
    }
    let mut base = Vec::new();
    if cfg!(feature = "shadowcode") {
        base.push(("shadowcode", "0"));
    }
    let mut off = base.clone();
    off.push(("type-cache", "0"));
    let variants = [
        Variant {
            name: "off",
            xoptions: off,
        },
        Variant {
            name: "on",
            xoptions: base,
        },
    ];
    compare(c, "type_cache", TYPE_CACHE, &variants);
}

/// A short run per benchmark: the whole suite stays within about three minutes.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = hot_paths, shadow, type_cache
}
criterion_main!(benches);

// The snippets. Module-level code runs once per variant; only `run(N)` is timed.

const LOAD_ATTR_SLOT: &str = r#"
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

def run(n):
    o = P()
    t = 0
    for _ in range(n):
        t = o.x
        t = o.y
        t = o.x
        t = o.y
    return t
"#;

const LOAD_ATTR_MEMBER: &str = r#"
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2

def run(n):
    o = P()
    t = 0
    for _ in range(n):
        t = o.x
        t = o.y
        t = o.x
        t = o.y
    return t
"#;

const LOAD_ATTR_MODULE: &str = r#"
import math

def run(n):
    m = math
    t = 0
    for _ in range(n):
        t = m.pi
        t = m.e
        t = m.pi
        t = m.e
    return t
"#;

const LOAD_METHOD: &str = r#"
class P:
    def get(self):
        return 1

def run(n):
    o = P()
    t = 0
    for _ in range(n):
        t = o.get()
        t = o.get()
        t = o.get()
        t = o.get()
    return t
"#;

const LOAD_GLOBAL: &str = r#"
A = 1
B = 2

def run(n):
    t = 0
    for _ in range(n):
        t = A
        t = B
        t = len
        t = A
    return t
"#;

const STORE_ATTR_SLOT: &str = r#"
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

def run(n):
    o = P()
    for i in range(n):
        o.x = i
        o.y = i
        o.x = i
        o.y = i
    return o.x
"#;

const BINARY_OP_INT: &str = r#"
def run(n):
    a = 3
    b = 4
    t = 0
    for _ in range(n):
        t = a + b
        t = a + b
        t = a + b
        t = a + b
    return t
"#;

const BINARY_OP_FLOAT: &str = r#"
def run(n):
    a = 1.5
    b = 2.25
    t = 0.0
    for _ in range(n):
        t = a + b
        t = a + b
        t = a + b
        t = a + b
    return t
"#;

const COMPARE_OP_INT: &str = r#"
def run(n):
    a = 3
    b = 4
    t = 0
    for _ in range(n):
        if a < b:
            t = a
        if a > b:
            t = b
        if a <= b:
            t = a
        if a >= b:
            t = b
    return t
"#;

const COMPARE_OP_FLOAT: &str = r#"
def run(n):
    a = 1.5
    b = 2.25
    t = 0.0
    for _ in range(n):
        if a < b:
            t = a
        if a > b:
            t = b
        if a <= b:
            t = a
        if a >= b:
            t = b
    return t
"#;

const BINARY_SUBSCR_LIST: &str = r#"
def run(n):
    s = [1, 2, 3, 4]
    t = 0
    for _ in range(n):
        t = s[0]
        t = s[1]
        t = s[2]
        t = s[3]
    return t
"#;

const BINARY_SUBSCR_TUPLE: &str = r#"
def run(n):
    s = (1, 2, 3, 4)
    t = 0
    for _ in range(n):
        t = s[0]
        t = s[1]
        t = s[2]
        t = s[3]
    return t
"#;

const BINARY_SUBSCR_DICT: &str = r#"
def run(n):
    d = {1: 1, 2: 2, 3: 3, 4: 4}
    t = 0
    for _ in range(n):
        t = d[1]
        t = d[2]
        t = d[3]
        t = d[4]
    return t
"#;

const BINARY_SUBSCR_DICT_STR: &str = r#"
def run(n):
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    t = 0
    for _ in range(n):
        t = d["a"]
        t = d["b"]
        t = d["c"]
        t = d["d"]
    return t
"#;

const STORE_SUBSCR_LIST: &str = r#"
def run(n):
    s = [0, 0, 0, 0]
    for i in range(n):
        s[0] = i
        s[1] = i
        s[2] = i
        s[3] = i
    return s
"#;

const STORE_SUBSCR_DICT: &str = r#"
def run(n):
    d = {"a": 0, "b": 0, "c": 0, "d": 0}
    for i in range(n):
        d["a"] = i
        d["b"] = i
        d["c"] = i
        d["d"] = i
    return d
"#;

const CALL_PY_EXACT: &str = r#"
def f(a, b):
    return a

def run(n):
    g = f
    t = 0
    for i in range(n):
        t = g(i, i)
        t = g(i, i)
        t = g(i, i)
        t = g(i, i)
    return t
"#;

const CALL_BUILTIN: &str = r#"
def run(n):
    h = len
    s = [1, 2]
    t = 0
    for _ in range(n):
        t = h(s)
        t = h(s)
        t = h(s)
        t = h(s)
    return t
"#;

const CALL_TYPE: &str = r#"
class C:
    def __init__(self, x):
        self.x = x

def run(n):
    k = C
    t = None
    for i in range(n):
        t = k(i)
        t = k(i)
        t = k(i)
        t = k(i)
    return t.x
"#;

const FOR_ITER_LIST: &str = r#"
L = list(range(1000))

def run(n):
    s = L
    t = 0
    for x in s:
        t = x
    return t
"#;

const FOR_ITER_RANGE: &str = r#"
def run(n):
    t = 0
    for x in range(n):
        t = x
    return t
"#;

const CALL_PY_DEFAULTS: &str = r#"
def f(a, b=1, c=2):
    return a

def run(n):
    t = 0
    for i in range(n):
        t = f(i)
        t = f(i)
        t = f(i)
        t = f(i)
    return t
"#;

const CALL_PY_GEN: &str = r#"
def g(a):
    yield a

def run(n):
    t = None
    for i in range(n):
        t = g(i)
        t = g(i)
        t = g(i)
        t = g(i)
    return next(t)
"#;

const FOR_ITER_GEN: &str = r#"
def g(n):
    i = 0
    while i < n:
        yield i
        i += 1

def run(n):
    t = 0
    for x in g(n):
        t = x
    return t
"#;

const SEND_GEN: &str = r#"
def inner(n):
    i = 0
    while i < n:
        yield i
        i += 1

def outer(n):
    yield from inner(n)

def run(n):
    t = 0
    for x in outer(n):
        t = x
    return t
"#;

const CALL_BUILTIN_TYPE: &str = r#"
def run(n):
    t = None
    for i in range(n):
        t = type(i)
        t = type(i)
        t = type(i)
        t = type(i)
    return t.__name__
"#;

const TYPE_CACHE_MRO: &str = r#"
class A:
    k = 1
    def f(self):
        return 1

class B(A): pass
class C(B): pass
class D(C): pass
class E(D): pass

def run(n):
    o = E()
    t = 0
    for _ in range(n):
        t = o.f()
        t = o.k
        t = o.f()
        t = o.k
    return t
"#;

const fn snip(
    name: &'static str,
    expect: &'static [&'static str],
    source: &'static str,
) -> Snippet {
    Snippet {
        name,
        expect,
        source,
    }
}

/// The hot paths of issue 2 (no opcode checks: the variants differ in more than shadow).
static HOT_PATHS: &[Snippet] = &[
    snip("call", &[], CALL_PY_EXACT),
    snip("attr_load", &[], LOAD_ATTR_SLOT),
    snip("int_add", &[], BINARY_OP_INT),
    snip("float_add", &[], BINARY_OP_FLOAT),
    snip("dict_str_lookup", &[], BINARY_SUBSCR_DICT_STR),
    snip("list_index", &[], BINARY_SUBSCR_LIST),
    snip("global_load", &[], LOAD_GLOBAL),
    snip("method_call", &[], LOAD_METHOD),
];

/// One snippet per specialised opcode family of shadow bytecode.
const LOAD_ATTR_TYPE: &str = r#"
class Config:
    depth = 3
    width = 5

def run(n):
    c = Config
    t = 0
    for _ in range(n):
        t = c.depth
        t = c.width
        t = c.depth
        t = c.width
    return t
"#;

static SHADOW: &[Snippet] = &[
    snip("load_attr_slot", &["LOAD_ATTR_SLOT"], LOAD_ATTR_SLOT),
    snip("load_attr_type", &["LOAD_ATTR_TYPE"], LOAD_ATTR_TYPE),
    snip("load_attr_member", &["LOAD_ATTR_MEMBER"], LOAD_ATTR_MEMBER),
    snip("load_attr_module", &["LOAD_ATTR_MODULE"], LOAD_ATTR_MODULE),
    snip(
        "load_method_cached",
        &["LOAD_METHOD_CACHED", "CALL_PY_EXACT"],
        LOAD_METHOD,
    ),
    snip("load_global_cached", &["LOAD_GLOBAL_CACHED"], LOAD_GLOBAL),
    snip("store_attr_slot", &["STORE_ATTR_SLOT"], STORE_ATTR_SLOT),
    snip("binary_op_int", &["BINARY_OP_INT"], BINARY_OP_INT),
    snip("binary_op_float", &["BINARY_OP_FLOAT"], BINARY_OP_FLOAT),
    snip("compare_op_int", &["COMPARE_OP_INT"], COMPARE_OP_INT),
    snip("compare_op_float", &["COMPARE_OP_FLOAT"], COMPARE_OP_FLOAT),
    snip(
        "binary_subscr_list",
        &["BINARY_SUBSCR_LIST_INT"],
        BINARY_SUBSCR_LIST,
    ),
    snip(
        "binary_subscr_tuple",
        &["BINARY_SUBSCR_TUPLE_INT"],
        BINARY_SUBSCR_TUPLE,
    ),
    snip(
        "binary_subscr_dict",
        &["BINARY_SUBSCR_DICT"],
        BINARY_SUBSCR_DICT,
    ),
    snip(
        "binary_subscr_dict_str",
        &["BINARY_SUBSCR_DICT_STR"],
        BINARY_SUBSCR_DICT_STR,
    ),
    snip(
        "store_subscr_list",
        &["STORE_SUBSCR_LIST_INT"],
        STORE_SUBSCR_LIST,
    ),
    snip(
        "store_subscr_dict",
        &["STORE_SUBSCR_DICT"],
        STORE_SUBSCR_DICT,
    ),
    snip("call_py_exact", &["CALL_PY_EXACT"], CALL_PY_EXACT),
    snip("call_builtin", &["CALL_BUILTIN"], CALL_BUILTIN),
    snip("call_type", &["CALL_TYPE"], CALL_TYPE),
    snip("for_iter_list", &["FOR_ITER_LIST"], FOR_ITER_LIST),
    snip("for_iter_range", &["FOR_ITER_RANGE"], FOR_ITER_RANGE),
    snip("call_py_defaults", &["CALL_PY_EXACT"], CALL_PY_DEFAULTS),
    snip("call_py_gen", &["CALL_PY_GEN"], CALL_PY_GEN),
    snip(
        "call_builtin_type",
        &["CALL_BUILTIN_TYPE"],
        CALL_BUILTIN_TYPE,
    ),
    snip("for_iter_gen", &["FOR_ITER_GEN"], FOR_ITER_GEN),
    snip("send_gen", &["SEND_GEN"], SEND_GEN),
];

static TYPE_CACHE: &[Snippet] = &[snip("mro_method_and_attr", &[], TYPE_CACHE_MRO)];
