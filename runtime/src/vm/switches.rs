//! Runtime switches of the optional optimisations (`-X name=0|1`) and the runtime's own
//! counters, written as JSON at exit by `-X stats=path` (the analogue of CPython's pystats).
//!
//! A switch exists only when its Cargo feature is compiled in; then it defaults to on, so
//! `-X type-cache=0` measures a build with the feature but the mechanism off.

use super::Options;
use std::cell::Cell;

/// Which optimisations are active in this run.
#[derive(Clone, Debug)]
pub struct Switches {
    /// Type attribute cache (feature `type-cache`).
    pub type_cache: bool,
    /// Shadow bytecode with inline caches (feature `shadowcode`).
    pub shadowcode: bool,
    /// Calls of a code object before it gets its shadow copy (`-X shadowcode-threshold=N`).
    pub shadow_threshold: u32,
    /// Coroutine steps as result kinds, no StopIteration (feature `gen-send-result`).
    pub gen_send_result: bool,
    /// Awaited calls of `async def` functions run eagerly (feature `eager-coro`).
    pub eager_coro: bool,
    /// Global loads through notification-kept cache slots (feature `dict-watchers`).
    pub dict_watchers: bool,
    /// Functions inherit the creating frame's builtins (feature `fixed-builtins`).
    pub fixed_builtins: bool,
}

/// The features compiled into this binary.
pub const FEATURES: &[&str] = &[
    #[cfg(feature = "type-cache")]
    "type-cache",
    #[cfg(feature = "shadowcode")]
    "shadowcode",
    #[cfg(feature = "gen-send-result")]
    "gen-send-result",
    #[cfg(feature = "eager-coro")]
    "eager-coro",
    #[cfg(feature = "dict-watchers")]
    "dict-watchers",
    #[cfg(feature = "fixed-builtins")]
    "fixed-builtins",
];

fn flag(o: &Options, name: &str, compiled: bool) -> Result<bool, String> {
    let mut on = compiled;
    for (k, v) in &o.xoptions {
        if k == name {
            if !compiled {
                return Err(format!(
                    "-X {name}: this ember was built without the '{name}' feature"
                ));
            }
            on = match v.as_str() {
                "1" | "on" | "true" => true,
                "0" | "off" | "false" => false,
                _ => return Err(format!("-X {name}={v}: expected 0 or 1")),
            };
        }
    }
    Ok(on)
}

impl Switches {
    /// Reads the switches from `-X` options; an unusable value is an error for the user.
    pub fn from_options(o: &Options) -> Result<Switches, String> {
        let mut threshold = 50;
        for (k, v) in &o.xoptions {
            if k == "shadowcode-threshold" {
                threshold = v
                    .parse()
                    .map_err(|_| format!("-X shadowcode-threshold={v}: expected a count"))?;
            }
        }
        Ok(Switches {
            type_cache: flag(o, "type-cache", cfg!(feature = "type-cache"))?,
            shadowcode: flag(o, "shadowcode", cfg!(feature = "shadowcode"))?,
            shadow_threshold: threshold,
            gen_send_result: flag(o, "gen-send-result", cfg!(feature = "gen-send-result"))?,
            eager_coro: flag(o, "eager-coro", cfg!(feature = "eager-coro"))?,
            dict_watchers: flag(o, "dict-watchers", cfg!(feature = "dict-watchers"))?,
            fixed_builtins: flag(o, "fixed-builtins", cfg!(feature = "fixed-builtins"))?,
        })
    }
}

impl Default for Switches {
    fn default() -> Self {
        Switches::from_options(&Options::default()).unwrap_or(Switches {
            type_cache: false,
            shadowcode: false,
            shadow_threshold: 50,
            gen_send_result: false,
            eager_coro: false,
            dict_watchers: false,
            fixed_builtins: false,
        })
    }
}

/// Hits, misses and (re)specialisations of one family of inline caches.
#[derive(Default)]
pub struct CacheCounts {
    pub hits: Cell<u64>,
    pub misses: Cell<u64>,
    pub specialized: Cell<u64>,
    pub uncachable: Cell<u64>,
}

impl CacheCounts {
    #[inline(always)]
    pub fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
    #[inline(always)]
    pub fn miss(&self) {
        self.misses.set(self.misses.get() + 1);
    }
    /// A site of this family was rewritten to a specialised form.
    #[inline]
    pub fn specialized_one(&self) {
        self.specialized.set(self.specialized.get() + 1);
    }
}

/// Counters the runtime keeps about itself.
#[derive(Default)]
pub struct Stats {
    pub type_cache: CacheCounts,
    /// Inline caches of shadow bytecode, by opcode family.
    pub load_attr: CacheCounts,
    pub load_method: CacheCounts,
    pub load_global: CacheCounts,
    pub store_attr: CacheCounts,
    pub binary_op: CacheCounts,
    pub compare_op: CacheCounts,
    pub binary_subscr: CacheCounts,
    pub store_subscr: CacheCounts,
    pub call: CacheCounts,
    pub for_iter: CacheCounts,
    /// Code objects given a shadow copy.
    pub shadow_codes: Cell<u64>,
    /// StopIteration instances the runtime made to end an iteration or a coroutine.
    pub stop_iterations: Cell<u64>,
    /// Coroutine steps taken without StopIteration (`_ember_async.step`, await of an
    /// async generator step) under `gen-send-result`.
    pub result_steps: Cell<u64>,
    /// Awaited `async def` calls run eagerly that returned without suspending / suspended.
    pub eager_completed: Cell<u64>,
    pub eager_suspended: Cell<u64>,
    /// Coroutines `asyncio.gather` stepped at once: finished there (no task) / given a task.
    pub gather_eager_completed: Cell<u64>,
    pub gather_eager_suspended: Cell<u64>,
    /// Dict watchers: global loads served by a filled slot, slot refills (lookups), and
    /// notifications received from watched dicts (key changes and whole-dict changes).
    pub slot_hits: Cell<u64>,
    pub slot_fills: Cell<u64>,
    pub watch_key_events: Cell<u64>,
    pub watch_all_events: Cell<u64>,
}

/// Adds one to a counter.
#[inline(always)]
pub fn bump(c: &Cell<u64>) {
    c.set(c.get() + 1);
}

impl Stats {
    /// The counters as a JSON object (hand-written: the runtime has no JSON dependency).
    pub fn to_json(&self, sw: &Switches) -> String {
        let fam = |c: &CacheCounts| {
            format!(
                "{{\"hits\": {}, \"misses\": {}, \"specialized\": {}, \"uncachable\": {}}}",
                c.hits.get(),
                c.misses.get(),
                c.specialized.get(),
                c.uncachable.get()
            )
        };
        let (collections, collected) = crate::object::gc::stats();
        let features: Vec<String> = FEATURES.iter().map(|f| format!("\"{f}\"")).collect();
        format!(
            concat!(
                "{{\"features\": [{}], \"switches\": {{\"type_cache\": {}, \"shadowcode\": {}, \"gen_send_result\": {}, \"eager_coro\": {}, \"dict_watchers\": {}, \"fixed_builtins\": {}}},\n",
                " \"type_cache\": {},\n",
                " \"inline_cache\": {{\"LOAD_ATTR\": {}, \"LOAD_METHOD\": {}, \"LOAD_GLOBAL\": {}, \"STORE_ATTR\": {},\n",
                "   \"BINARY_OP\": {}, \"COMPARE_OP\": {}, \"BINARY_SUBSCR\": {}, \"STORE_SUBSCR\": {},\n",
                "   \"CALL\": {}, \"FOR_ITER\": {}}},\n",
                " \"shadow_codes\": {},\n",
                " \"generators\": {{\"stop_iterations\": {}, \"result_steps\": {}}},\n",
                " \"eager_coro\": {{\"completed\": {}, \"suspended\": {}, \"gather_completed\": {}, \"gather_suspended\": {}}},\n",
                " \"dict_watchers\": {{\"slot_hits\": {}, \"slot_fills\": {}, \"key_notifications\": {}, \"dict_notifications\": {}}},\n",
                " \"gc\": {{\"collections\": {}, \"collected\": {}}}}}\n"
            ),
            features.join(", "),
            sw.type_cache,
            sw.shadowcode,
            sw.gen_send_result,
            sw.eager_coro,
            sw.dict_watchers,
            sw.fixed_builtins,
            fam(&self.type_cache),
            fam(&self.load_attr),
            fam(&self.load_method),
            fam(&self.load_global),
            fam(&self.store_attr),
            fam(&self.binary_op),
            fam(&self.compare_op),
            fam(&self.binary_subscr),
            fam(&self.store_subscr),
            fam(&self.call),
            fam(&self.for_iter),
            self.shadow_codes.get(),
            self.stop_iterations.get(),
            self.result_steps.get(),
            self.eager_completed.get(),
            self.eager_suspended.get(),
            self.gather_eager_completed.get(),
            self.gather_eager_suspended.get(),
            self.slot_hits.get(),
            self.slot_fills.get(),
            self.watch_key_events.get(),
            self.watch_all_events.get(),
            collections,
            collected
        )
    }
}

impl super::Vm {
    /// Writes the counters to the `-X stats=path` file, if one was asked for (atomically:
    /// a temporary file renamed into place), or to stderr for a bare `-X stats`.
    pub fn write_stats(&self) {
        let Some(path) = &self.options.stats_path else {
            return;
        };
        let text = self.stats.to_json(&self.switches);
        if path == "-" {
            eprintln!("{text}");
            return;
        }
        let tmp = format!("{path}.tmp{}", std::process::id());
        let r = std::fs::write(&tmp, text).and_then(|_| std::fs::rename(&tmp, path));
        if let Err(e) = r {
            eprintln!("ember: could not write statistics to {path}: {e}");
        }
    }
}
