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
use std::sync::atomic::{AtomicBool, Ordering};

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
}

/// Something is due at the next safe point (a loop's back edge): a collection, or a
/// switch to another green thread (`vm/green.rs`, whose timer thread sets it). An atomic
/// only so that the timer can set it; the interpreter's thread reads it with a plain load.
static PENDING: AtomicBool = AtomicBool::new(false);

thread_local! {
    static TRACKER: Tracker = const {
        Tracker {
            objs: UnsafeCell::new(Vec::new()),
            allocs_since: Cell::new(0),
            trigger: Cell::new(700),
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
            PENDING.store(true, Ordering::Relaxed);
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
    PENDING.load(Ordering::Relaxed)
}

/// Asks for the next safe point (the green threads' timer).
pub fn request_safe_point() {
    PENDING.store(true, Ordering::Relaxed);
}

/// At a safe point that `pending` sent here: whether a collection is due (else the flag
/// was for another reason and is cleared).
pub fn collection_due() -> bool {
    let due = TRACKER.with(|t| t.allocs_since.get() >= t.trigger.get());
    if !due {
        PENDING.store(false, Ordering::Relaxed);
    }
    due
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
    PENDING.store(false, Ordering::Relaxed);
    TRACKER.with(|t| {
        t.allocs_since.set(0);
    });
    // SAFETY: see `Tracker::objs`. Marking runs no Python code and neither allocates nor
    // frees a container, so it works on the table in place, reordering it (and the `gc`
    // indices with it): a copy, or a mark stack, would cost memory in proportion to the
    // heap, as CPython's intrusive lists do not.
    let objs: &mut Vec<usize> = TRACKER.with(|t| unsafe { &mut *t.objs.get() });
    let n = objs.len();
    // gc_refs: count minus internal references, 4 bytes per object. A count beyond `i32`
    // range saturates at `EXTERNAL` and is never decremented (such an object is always
    // referenced from outside).
    const EXTERNAL: i32 = i32::MAX;
    let mut refs: Vec<i32> = objs
        .iter()
        .map(|p| {
            let c = unsafe { (*(*p as *const ObjHeader)).refcnt.get() };
            i32::try_from(c).unwrap_or(EXTERNAL)
        })
        .collect();
    // The table index of a tracked object.
    let index_of = |objs: &[usize], v: &Value| -> Option<usize> {
        let h = v.header()?;
        let i = h.gc.get();
        (i != UNTRACKED && i < objs.len() && objs[i] == v.raw()).then_some(i)
    };
    for &p in objs.iter() {
        traverse(p, &mut |v| {
            if let Some(i) = index_of(objs, v) {
                if refs[i] != EXTERNAL {
                    refs[i] -= 1;
                }
            }
        });
    }
    // Everything reachable from an externally referenced object survives. The table is
    // partitioned as it is scanned (Cheney's order): `[0, end)` holds the objects known
    // reachable, `[0, scan)` those whose references were followed.
    let swap = |objs: &mut Vec<usize>, refs: &mut Vec<i32>, i: usize, j: usize| {
        if i != j {
            objs.swap(i, j);
            refs.swap(i, j);
            unsafe {
                (*(objs[i] as *const ObjHeader)).gc.set(i);
                (*(objs[j] as *const ObjHeader)).gc.set(j);
            }
        }
    };
    let mut end = 0;
    for i in 0..n {
        if refs[i] > 0 {
            swap(objs, &mut refs, i, end);
            end += 1;
        }
    }
    let mut scan = 0;
    while scan < end {
        // The object scanned stays where it is: only entries at `end` and beyond move.
        traverse(objs[scan], &mut |v| {
            if let Some(j) = index_of(objs, v) {
                if j >= end {
                    swap(objs, &mut refs, j, end);
                    end += 1;
                }
            }
        });
        scan += 1;
    }
    drop(refs);
    // Hold the garbage, `[end, n)`, while finalizing and clearing (from here on Python
    // code runs, and the table changes).
    let garbage: Vec<Value> = objs[end..]
        .iter()
        .map(|&p| unsafe { Value::from_borrowed_ptr(p as *const ObjHeader) })
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
