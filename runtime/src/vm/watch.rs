//! Dict watchers (feature `dict-watchers`): global cache slots kept current by change
//! notifications from the globals and builtins dicts, so a global load is one indirection
//! with no lookup and no version check. Design and invalidation rules: `watch.md`.
//!
//! A watched dict has the low bit of its version set (`object/dict.rs`); its mutations call
//! `notify_key` (a str key was set or deleted) or `notify_all` (anything else: clear, a
//! non-str key, the cycle collector emptying it), and its deallocation calls `forget`.
//! Everything here runs on the interpreter's one thread; the registry is thread-local so
//! that a dict's deallocator, which has no `Vm`, can reach it.

use crate::object::dict::DictData;
use crate::object::function::CodeData;
use crate::object::str::StrData;
use crate::object::value::{PyCell, Value};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::word_hash::WordMap;

/// The current value of one name as seen by code running with one (globals, builtins)
/// pair: a borrowed word held by one of the two dicts, or 0 when unknown (the load then
/// takes the generic path and refills the slot).
#[derive(Default)]
pub struct GlobalSlot {
    pub value: Cell<usize>,
}

/// The slots of one (globals dict, builtins dict) pair, shared by every code object that
/// runs with it. `globals`/`builtins` become 0 when either dict dies.
pub struct ModuleSlots {
    pub globals: Cell<usize>,
    pub builtins: Cell<usize>,
    /// By the name's str hash: (name, slot) pairs (almost always one).
    /// The name is kept as the str object the code loads it by (interned, so stores by
    /// the same object compare by address).
    names: RefCell<WordMap<i64, Vec<(Value, Rc<GlobalSlot>)>>>,
    /// One bit per name hash (mod 64) that has a slot: stores to names no code loads
    /// (loop counters at module level) skip the table.
    bloom: Cell<u64>,
    /// The (name object, slot) a store hit last: a store loop skips the name map.
    last: Cell<(usize, *const GlobalSlot)>,
}

fn bloom_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

impl ModuleSlots {
    fn empty_all(&self) {
        for v in self.names.borrow().values() {
            for (_, s) in v {
                s.value.set(0);
            }
        }
    }

    /// The slot of `name` (whose str hash is `hash`), if some code loads it.
    fn slot(&self, hash: i64, name: &Value, text: &str, f: impl FnOnce(&GlobalSlot)) {
        let (ka, sp) = self.last.get();
        if ka == name.raw() {
            // SAFETY: `last` names a str object and slot this table holds (so neither was
            // freed, and no other object can have that address).
            f(unsafe { &*sp });
            return;
        }
        if self.bloom.get() & bloom_bit(hash) == 0 {
            return;
        }
        if let Some(v) = self.names.borrow().get(&hash) {
            let same = |n: &Value| n.is(name) || unsafe { &*n.payload::<StrData>().s } == text;
            if let Some((n, s)) = v.iter().find(|(n, _)| same(n)) {
                if n.is(name) {
                    self.last.set((n.raw(), Rc::as_ptr(s)));
                }
                f(s);
            }
        }
    }

    fn dead(&self) {
        self.globals.set(0);
        self.builtins.set(0);
        self.empty_all();
    }
}

/// What is known about one watched dict.
#[derive(Default)]
struct Watched {
    /// Slot tables whose globals this dict is (one per builtins dict seen with it).
    as_globals: Vec<Rc<ModuleSlots>>,
    /// Slot tables whose builtins this dict is.
    as_builtins: Vec<Weak<ModuleSlots>>,
}

thread_local! {
    static WATCHED: RefCell<WordMap<usize, Watched>> = RefCell::new(WordMap::default());
    /// The registry entry `each_table` found last: (dict key, entry).
    static LAST: Cell<(usize, *const Watched)> = const { Cell::new((0, std::ptr::null())) };
}

/// Forgets `LAST` before the registry changes.
fn registry_changing() {
    let _ = LAST.try_with(|l| l.set((0, std::ptr::null())));
}

/// Runs `f` on every slot table the watched dict at `addr` is globals of (first argument
/// true) or builtins of. Nothing in here runs Python code or touches the registry, so the
/// registry stays borrowed throughout (no copies on this path, which every store to a
/// module's globals takes).
fn each_table(addr: usize, mut f: impl FnMut(bool, &ModuleSlots)) {
    // `try_with`: a dict may be freed while thread-locals are torn down at exit.
    let _ = WATCHED.try_with(|w| {
        let w = w.borrow();
        // Stores in a loop hit one dict: remember where its entry is (the memo is cleared
        // whenever the registry changes, which may move entries).
        let (a, p) = LAST.get();
        let e = if a == addr && !p.is_null() {
            // SAFETY: the registry has not changed since `p` was taken from it.
            Some(unsafe { &*p })
        } else {
            let e = w.get(&addr);
            LAST.set((addr, e.map_or(std::ptr::null(), |e| e as *const Watched)));
            e
        };
        if let Some(e) = e {
            for m in &e.as_globals {
                f(true, m);
            }
            for m in e.as_builtins.iter().filter_map(Weak::upgrade) {
                f(false, &m);
            }
        }
    });
}

fn count(f: impl FnOnce(&super::switches::Stats)) {
    if let Some(vm) = super::Vm::current() {
        f(&vm.stats);
    }
}

/// A str key `name` (text `text`, str hash `hash`) of the watched dict at `addr` was set to
/// `value` (None: deleted).
pub fn notify_key(addr: usize, hash: i64, name: &Value, text: &str, value: Option<&Value>) {
    each_table(addr, |is_globals, m| {
        m.slot(hash, name, text, |s| {
            // Set in globals: that is now what the name means. Deleted from globals: the
            // builtin (or nothing) shows through, found again by the next load. Changed in
            // builtins: a global of that name may still shadow it; the next load decides.
            let w = if is_globals {
                value.map_or(0, |v| v.raw())
            } else {
                0
            };
            s.value.set(w);
        })
    });
}

/// The watched dict at `addr` changed in a way not tied to one str key.
pub fn notify_all(addr: usize) {
    count(|s| s.watch_all_events.set(s.watch_all_events.get() + 1));
    each_table(addr, |_, m| m.empty_all());
}

/// The watched dict at `addr` is being freed: its slot tables go dead.
pub fn forget(addr: usize) {
    registry_changing();
    let e = WATCHED
        .try_with(|w| w.borrow_mut().remove(&addr))
        .ok()
        .flatten();
    if let Some(e) = e {
        for m in &e.as_globals {
            m.dead();
        }
        for m in e.as_builtins.iter().filter_map(Weak::upgrade) {
            m.dead();
        }
    }
}

/// The registry key of a dict: its payload's address (what `object/dict.rs` reports).
fn key(d: &DictData) -> usize {
    d as *const DictData as usize
}

/// The slot table for (globals, builtins) (object addresses `ga`, `ba`), made (and both
/// dicts watched) on first use.
fn module_slots(g: &DictData, ga: usize, b: &DictData, ba: usize) -> Rc<ModuleSlots> {
    registry_changing();
    WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        let e = w.entry(key(g)).or_default();
        // Tables whose builtins died are never found again.
        e.as_globals.retain(|m| m.globals.get() != 0);
        if let Some(m) = e.as_globals.iter().find(|m| m.builtins.get() == ba) {
            return m.clone();
        }
        let m = Rc::new(ModuleSlots {
            globals: Cell::new(ga),
            builtins: Cell::new(ba),
            names: RefCell::new(WordMap::default()),
            bloom: Cell::new(0),
            last: Cell::new((0, std::ptr::null())),
        });
        e.as_globals.push(m.clone());
        let eb = w.entry(key(b)).or_default();
        eb.as_builtins.retain(|x| x.strong_count() > 0);
        eb.as_builtins.push(Rc::downgrade(&m));
        g.watch();
        b.watch();
        m
    })
}

/// Per code object: the slots of the (globals, builtins) pair it first ran with, one per
/// name index, filled on first execution of a `LOAD_GLOBAL` of that name.
pub struct CodeSlots {
    pub module: Rc<ModuleSlots>,
    /// Borrowed from `module`'s table (which never drops a slot while alive); null = not
    /// yet looked up.
    slots: Box<[Cell<*const GlobalSlot>]>,
}

/// The side table of a code object (None until it first runs with watchers on).
impl CodeSlots {
    /// The value word of slot `i` when the slot holds one: a value one of the two (live)
    /// dicts holds now, since any change of the name in either updates or empties it.
    #[inline(always)]
    pub fn filled(&self, i: usize) -> Option<usize> {
        let p = self.slots.get(i)?.get();
        if p.is_null() {
            return None;
        }
        // SAFETY: the module table owns the slot while `self` holds the table.
        let w = unsafe { &*p }.value.get();
        (w != 0).then_some(w)
    }
}

#[derive(Default)]
pub struct CodeSlotsCell(PyCell<Option<Box<CodeSlots>>>);

impl super::Vm {
    /// A key of the watched dict `d` was set to `value` (None: deleted).
    pub fn watched_key_changed(&self, d: &DictData, k: &Value, value: Option<&Value>) {
        if self.is_exact_str(k) {
            let st = &self.stats.watch_key_events;
            st.set(st.get() + 1);
            let kd = unsafe { k.payload::<StrData>() };
            notify_key(key(d), self.str_hash(kd), k, &kd.s, value);
        } else {
            // A str subclass or another key type may equal a name under its own `__eq__`.
            notify_all(key(d));
        }
    }

    /// The slot table a frame of `code` running with (globals, builtins) may use; None when
    /// the code's table belongs to another live pair (that frame loads generically).
    /// (The common case, the table of this pair made already, inline at each frame
    /// entry; the rest out of line.)
    #[inline(always)]
    pub fn code_slots<'a>(
        &self,
        code: &'a CodeData,
        globals: &Value,
        builtins: &Value,
    ) -> Option<&'a CodeSlots> {
        // SAFETY: the box is replaced only when its pair is dead, and no running frame uses
        // a dead pair's table (a frame keeps its globals and builtins alive).
        if let Some(t) = unsafe { code.watch.0.get() } {
            let m = &t.module;
            if m.globals.get() == globals.raw() && m.builtins.get() == builtins.raw() {
                return Some(t);
            }
        }
        self.code_slots_slow(code, globals, builtins)
    }

    /// `code_slots` when the code has no table for this pair: makes one, unless the
    /// code's table belongs to another live pair.
    #[inline(never)]
    fn code_slots_slow<'a>(
        &self,
        code: &'a CodeData,
        globals: &Value,
        builtins: &Value,
    ) -> Option<&'a CodeSlots> {
        if !self.switches.dict_watchers {
            return None;
        }
        // SAFETY: as in `code_slots` (which found no table for this pair).
        if let Some(t) = unsafe { code.watch.0.get() } {
            if t.module.globals.get() != 0 {
                return None;
            }
        }
        let (g, b) = (self.as_dict(globals)?, self.as_dict(builtins)?);
        let module = module_slots(g, globals.raw(), b, builtins.raw());
        let slots = (0..code.names.len())
            .map(|_| Cell::new(std::ptr::null()))
            .collect();
        unsafe { *code.watch.0.get_mut() = Some(Box::new(CodeSlots { module, slots })) };
        unsafe { code.watch.0.get() }.as_deref()
    }

    /// `LOAD_GLOBAL` of name index `i` through the slot table: the slot's value when known,
    /// else the generic lookup, which refills the slot.
    #[inline(always)]
    pub fn load_global_slot(
        &self,
        t: &CodeSlots,
        i: usize,
        globals: &Value,
        builtins: &Value,
        name: &Value,
    ) -> Option<Value> {
        if let Some(w) = t.filled(i) {
            self.stats.slot_hits.set(self.stats.slot_hits.get() + 1);
            // SAFETY: a filled slot's word is a live value (see `filled`).
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
            return Some((*v).clone());
        }
        self.fill_slot(t, i, globals, builtins, name)
    }

    /// Finds the slot of name index `i` (making it) and fills it by lookup; None when the
    /// name is in neither dict or the lookup could run Python code (the caller then takes
    /// the generic path, which raises or runs it).
    #[cold]
    fn fill_slot(
        &self,
        t: &CodeSlots,
        i: usize,
        globals: &Value,
        builtins: &Value,
        name: &Value,
    ) -> Option<Value> {
        if !self.is_exact_str(name) {
            return None;
        }
        let cell = t.slots.get(i)?;
        let mut p = cell.get();
        if p.is_null() {
            let kd = unsafe { name.payload::<StrData>() };
            let h = self.str_hash(kd);
            let m = &t.module;
            m.bloom.set(m.bloom.get() | bloom_bit(h));
            let mut names = m.names.borrow_mut();
            let v = names.entry(h).or_default();
            p = match v
                .iter()
                .find(|(n, _)| unsafe { n.payload::<StrData>() }.s == kd.s)
            {
                Some((_, s)) => Rc::as_ptr(s),
                None => {
                    let s = Rc::new(GlobalSlot::default());
                    let p = Rc::as_ptr(&s);
                    v.push((name.clone(), s));
                    p
                }
            };
            cell.set(p);
        }
        self.stats.slot_fills.set(self.stats.slot_fills.get() + 1);
        let v = match self.dict_probe_str(self.as_dict(globals)?, name).ok()? {
            Some(v) => v,
            None => self.dict_probe_str(self.as_dict(builtins)?, name).ok()??,
        };
        // SAFETY: as in `load_global_slot`.
        unsafe { &*p }.value.set(v.raw());
        Some(v)
    }
}
