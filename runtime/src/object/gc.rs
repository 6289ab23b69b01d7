//! The cycle collector: trial deletion over tracked containers (CPython's algorithm).
//!
//! Containers (objects that can hold references) are tracked in a table; an
//! object's `gc` header field is its index there. A collection computes, for
//! each tracked object, its reference count minus the references from other
//! tracked objects; those left above zero are referenced from outside (the
//! Rust stack, frames, globals) and everything they reach survives. The rest
//! is garbage held up only by cycles: finalizers (`__del__`) run first, then
//! each object's references are cleared, which frees the cycle.
//!
//! Automatic collection: when the tracked count has grown by the threshold
//! since the last collection (allocations of containers minus those freed),
//! `pending` is set and the interpreter collects at its next safe point (a
//! call or a loop back-edge).

use super::value::{ObjHeader, Value, UNTRACKED};
use std::cell::{Cell, UnsafeCell};

/// What `track` and `untrack` touch, in one thread-local (every container's allocation
/// and free pays for them: one lookup of the thread's block, no borrow flag).
struct Tracker {
    /// The tracked objects (raw values); an object's `gc` header field is its index here.
    /// Only `track`, `untrack` and short reads touch it, none of which runs Python code.
    objs: UnsafeCell<Vec<usize>>,
    /// Containers allocated minus those freed since the last collection.
    allocs_since: Cell<usize>,
    /// `allocs_since` at which a collection is due: the threshold, or never while the
    /// collector is disabled (see `refresh_trigger`).
    trigger: Cell<usize>,
    /// A collection is due at the next safe point.
    pending: Cell<bool>,
}

thread_local! {
    static TRACKER: Tracker = const {
        Tracker {
            objs: UnsafeCell::new(Vec::new()),
            allocs_since: Cell::new(0),
            trigger: Cell::new(700),
            pending: Cell::new(false),
        }
    };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static THRESHOLD: Cell<usize> = const { Cell::new(700) };
    static BASE_THRESHOLD: Cell<usize> = const { Cell::new(700) };
    static STATS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// Starts tracking a container (its type must have `traverse` and `clear`).
pub fn track(v: &Value) {
    let Some(h) = v.header() else { return };
    if h.gc.get() != UNTRACKED {
        return;
    }
    TRACKER.with(|t| {
        // SAFETY: see `Tracker::objs`.
        let objs = unsafe { &mut *t.objs.get() };
        h.gc.set(objs.len());
        objs.push(v.raw());
        let n = t.allocs_since.get() + 1;
        t.allocs_since.set(n);
        if n >= t.trigger.get() {
            t.pending.set(true);
        }
    });
}

/// Recomputes `Tracker::trigger` after the threshold or the enabled flag changed.
fn refresh_trigger() {
    let at = if ENABLED.with(|e| e.get()) {
        THRESHOLD.with(|t| t.get())
    } else {
        usize::MAX
    };
    TRACKER.with(|t| t.trigger.set(at));
}

/// Stops tracking (called when the object is freed).
///
/// # Safety
/// `p` is a live object.
pub unsafe fn untrack(p: *mut ObjHeader) {
    let idx = (*p).gc.get();
    if idx == UNTRACKED {
        return;
    }
    TRACKER.with(|t| {
        // SAFETY: see `Tracker::objs`; `idx` is this object's slot.
        let objs = &mut *t.objs.get();
        let last = objs.len() - 1;
        if idx != last {
            let moved = *objs.get_unchecked(last);
            *objs.get_unchecked_mut(idx) = moved;
            (*(moved as *const ObjHeader)).gc.set(idx);
        }
        objs.set_len(last);
        // As CPython's young-generation count: a container freed by its reference count
        // undoes its allocation, so short-lived objects never bring a collection closer;
        // only containers that stay (live data, or cycles) do.
        t.allocs_since.set(t.allocs_since.get().saturating_sub(1));
    });
    (*p).gc.set(UNTRACKED);
}

/// True when an automatic collection is due.
#[inline(always)]
pub fn pending() -> bool {
    TRACKER.with(|t| t.pending.get())
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
    refresh_trigger();
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

pub fn set_threshold(n: usize) {
    BASE_THRESHOLD.with(|t| t.set(n.max(1)));
    THRESHOLD.with(|t| t.set(n.max(1)));
    refresh_trigger();
}

pub fn threshold() -> usize {
    BASE_THRESHOLD.with(|t| t.get())
}

pub fn tracked_count() -> usize {
    // SAFETY: see `Tracker::objs`.
    TRACKER.with(|t| unsafe { (*t.objs.get()).len() })
}

/// (collections run, objects collected).
pub fn stats() -> (u64, u64) {
    STATS.with(|s| s.get())
}

fn traverse(p: usize, f: &mut dyn FnMut(&Value)) {
    let h = p as *const ObjHeader;
    // SAFETY: tracked pointers are live objects.
    unsafe {
        let ty = &(*(*h).ty.get()).data;
        if let Some(tr) = ty.traverse.get() {
            tr(h, f);
        }
        // An instance of a heap type keeps its type alive.
        if ty.flags.get() & super::typeobj::tflags::HEAPTYPE != 0 {
            let tyv = Value::from_borrowed_ptr((*h).ty.get() as *const ObjHeader);
            f(&tyv);
        }
    }
}

/// Runs a full collection; returns the number of unreachable objects found.
/// `finalize` is called on each unreachable object first (to run `__del__`).
pub fn collect(finalize: &dyn Fn(&Value)) -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let objs: Vec<usize> = TRACKER.with(|t| {
        t.pending.set(false);
        t.allocs_since.set(0);
        // SAFETY: see `Tracker::objs` (a copy: finalizers below allocate and free).
        unsafe { (*t.objs.get()).clone() }
    });
    let n = objs.len();
    // gc_refs: count minus internal references.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|p| unsafe { (*(*p as *const ObjHeader)).refcnt.get() as isize })
        .collect();
    let index_of = |v: &Value| -> Option<usize> {
        let h = v.header()?;
        let i = h.gc.get();
        if i != UNTRACKED && i < n && objs[i] == v.raw() {
            Some(i)
        } else {
            None
        }
    };
    for &p in &objs {
        traverse(p, &mut |v| {
            if let Some(i) = index_of(v) {
                refs[i] -= 1;
            }
        });
    }
    // Everything reachable from an externally referenced object survives.
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        reachable[i] = true;
    }
    while let Some(i) = stack.pop() {
        traverse(objs[i], &mut |v| {
            if let Some(j) = index_of(v) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    // Hold the garbage while finalizing and clearing.
    let garbage: Vec<Value> = (0..n)
        .filter(|&i| !reachable[i])
        .map(|i| unsafe { Value::from_borrowed_ptr(objs[i] as *const ObjHeader) })
        .collect();
    let found = garbage.len();
    for g in &garbage {
        finalize(g);
    }
    for g in &garbage {
        // A finalizer may have resurrected it: only clear what is still only ours and the cycle's.
        let h = g.header().unwrap();
        unsafe {
            let ty = &(*h.ty.get()).data;
            if let Some(clear) = ty.clear.get() {
                clear(g.ptr());
            }
        }
    }
    drop(garbage);
    STATS.with(|s| {
        let (a, b) = s.get();
        s.set((a + 1, b + found as u64));
    });
    // Next automatic collection after the heap grows by its current size (amortised O(1)).
    let live = tracked_count();
    let base = BASE_THRESHOLD.with(|t| t.get());
    // A full collection costs about the live heap; running one per 4x-live allocations keeps
    // the overhead bounded while cycle garbage stays within a constant factor of live data.
    THRESHOLD.with(|t| t.set(base.max(live.saturating_mul(4))));
    refresh_trigger();
    COLLECTING.with(|c| c.set(false));
    found
}
