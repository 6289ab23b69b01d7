//! Green threads: every Python thread but the main one runs on a stack of its own (a
//! corosensei coroutine) on the interpreter's OS thread, so that a thread can wait for
//! another one (a queue consumer, `Event.wait`, `join`) as in CPython.
//!
//! Scheduling is cooperative. A new thread runs at once, from `start()`, until it blocks or
//! ends. A thread blocks in `wait`, called in a loop by each blocking primitive (a lock,
//! `time.sleep`) until its condition holds: a thread other than the main one suspends back
//! to the thread that resumed it; the main thread, or any thread that is not inside a resume
//! of its own, runs a round instead: it resumes every other suspended thread once. A round in
//! which nothing changed (no lock changed hands, no thread ended: `bump` counts these) sleeps
//! until the earliest timeout of the waiting threads; with no timeout anywhere, every thread
//! waits for another forever, and the waiter gets the RuntimeError CPython's deadlock would
//! never give.
//!
//! The interpreter state of the running thread (recursion depth, handled exceptions, frame
//! stack, native stack limit, the hot loop's links) lives in the `Vm`; a resume swaps it with
//! the resumed thread's and back. Threads never run Python code in parallel, so the runtime's
//! per-process state needs no locking. Daemon threads still waiting when the program ends
//! are left suspended (their stacks are never unwound).

use super::Vm;
use crate::object::value::Value;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Green threads alive (the main one not counted), for the timer thread.
static ALIVE: AtomicUsize = AtomicUsize::new(0);
/// Set by the timer: the running thread should let the others run at its next safe point.
static SWITCH_DUE: AtomicBool = AtomicBool::new(false);
static TIMER_STARTED: AtomicBool = AtomicBool::new(false);
/// How long a thread runs before the others get a turn at its next loop back edge
/// (CPython's default switch interval).
const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// The main thread's ident (`threading.py` numbers the others from 2).
pub const MAIN_IDENT: u64 = 1;

/// Stack of a thread: reserved, committed as it is touched.
const STACK_SIZE: usize = 64 << 20;
/// Headroom below the RecursionError check for native code.
const STACK_HEADROOM: usize = 8 << 20;

/// The part of the `Vm` that belongs to the running thread.
#[derive(Default)]
pub struct ThreadState {
    recursion_depth: u32,
    handled: Vec<Option<Value>>,
    frames: Vec<*const super::frame::Frame>,
    stack_limit: usize,
    hot_links: Vec<super::hot::Link>,
}

fn take_state(vm: &Vm) -> ThreadState {
    // SAFETY: no borrow of these fields is held across a blocking call (they are only
    // touched by the frame push/pop paths, which do not block).
    unsafe {
        ThreadState {
            recursion_depth: vm.recursion_depth.get(),
            handled: std::mem::take(vm.handled.get_mut()),
            frames: std::mem::take(vm.frames.get_mut()),
            stack_limit: vm.stack_limit.get(),
            hot_links: std::mem::take(vm.hot_links.get_mut()),
        }
    }
}

fn put_state(vm: &Vm, s: ThreadState) {
    vm.recursion_depth.set(s.recursion_depth);
    vm.stack_limit.set(s.stack_limit);
    // SAFETY: as in `take_state`.
    unsafe {
        *vm.handled.get_mut() = s.handled;
        *vm.frames.get_mut() = s.frames;
        *vm.hot_links.get_mut() = s.hot_links;
    }
}

type Coro = Coroutine<(), (), (), DefaultStack>;

struct Green {
    ident: u64,
    /// Taken out while the thread runs; dropped when it ends.
    coro: Option<Coro>,
    /// The thread's interpreter state while it is suspended.
    saved: Option<ThreadState>,
    /// When it waits with a timeout.
    deadline: Option<Instant>,
    /// Set by the thread's first run: where it suspends to.
    yielder: *const Yielder<(), ()>,
    /// Its values of the per-thread module globals (`Sched::globals`), while suspended.
    gvals: Vec<Option<Value>>,
}

/// A module global that each thread has its own value of (contextvars' current context,
/// decimal's context, asyncio's running loop): the module's dict, the name, and what
/// makes a new thread's first value.
struct ThreadGlobal {
    dict: Value,
    name: Value,
    factory: Value,
}

#[derive(Default)]
struct Sched {
    threads: Vec<Green>,
    /// Idents of the running thread and of the threads that resumed it, innermost last.
    chain: Vec<u64>,
    /// Counts changes that may end a wait (see the module note).
    epoch: u64,
    globals: Vec<ThreadGlobal>,
}

thread_local! {
    static SCHED: RefCell<Sched> = RefCell::new(Sched::default());
}

/// Registers a per-thread module global: `dict[name]` is swapped on every switch, a new
/// thread starting with `factory()`.
pub fn thread_global(dict: Value, name: Value, factory: Value) {
    SCHED.with(|s| {
        s.borrow_mut().globals.push(ThreadGlobal {
            dict,
            name,
            factory,
        })
    });
}

/// The current values of the per-thread globals.
fn read_globals(vm: &Vm) -> Vec<Option<Value>> {
    SCHED.with(|s| {
        s.borrow()
            .globals
            .iter()
            .map(|g| {
                vm.as_dict(&g.dict)
                    .and_then(|d| vm.dict_get_str(d, &g.name))
            })
            .collect()
    })
}

/// Installs a thread's values of the per-thread globals (a missing one from its factory).
fn write_globals(vm: &Vm, vals: Vec<Option<Value>>) {
    let n = SCHED.with(|s| s.borrow().globals.len());
    let mut vals = vals.into_iter();
    for i in 0..n {
        let (dict, name, factory) = SCHED.with(|s| {
            let g = &s.borrow().globals[i];
            (g.dict.clone(), g.name.clone(), g.factory.clone())
        });
        let v = match vals.next().flatten() {
            Some(v) => v,
            None => match vm.call(&factory, &[]) {
                Ok(v) => v,
                Err(_) => vm.none.clone(),
            },
        };
        if let Some(d) = vm.as_dict(&dict) {
            let _ = vm.dict_set(d, name, v);
        }
    }
}

/// The running thread's ident.
pub fn current_ident() -> u64 {
    SCHED.with(|s| s.borrow().chain.last().copied().unwrap_or(MAIN_IDENT))
}

/// Records a change that may end another thread's wait (a lock released, a thread ended).
pub fn bump() {
    SCHED.with(|s| s.borrow_mut().epoch += 1);
}

/// Whether other threads exist (started, not ended).
pub fn others_alive() -> bool {
    SCHED.with(|s| !s.borrow().threads.is_empty())
}

/// Number of threads started and not ended (the main thread not counted).
pub fn alive_count() -> usize {
    SCHED.with(|s| s.borrow().threads.len())
}

/// The timer that makes threads take turns: while other threads exist, it asks for a
/// safe point every switch interval (a thread in a loop that never blocks, such as a
/// busy wait, would otherwise keep the others from running).
fn start_timer() {
    if TIMER_STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("ember-switch".into())
        .stack_size(64 << 10)
        .spawn(|| loop {
            std::thread::sleep(SWITCH_INTERVAL);
            if ALIVE.load(Ordering::Relaxed) > 0 {
                SWITCH_DUE.store(true, Ordering::Relaxed);
                crate::object::gc::request_safe_point();
            }
        });
}

/// At a loop's back edge with something pending: the other threads' turn, if due.
pub fn safe_point(vm: &Vm) {
    if SWITCH_DUE.swap(false, Ordering::Relaxed) && others_alive() {
        yield_now(vm);
    }
}

/// Lets the other threads run once, the running one staying ready.
pub fn yield_now(vm: &Vm) {
    let me = current_ident();
    if me != MAIN_IDENT {
        let y = SCHED.with(|s| {
            let mut s = s.borrow_mut();
            // (A thread that yields is ready, not waiting: its round counts as progress.)
            s.epoch += 1;
            let g = s.threads.iter_mut().find(|g| g.ident == me)?;
            g.deadline = None;
            Some(g.yielder)
        });
        if let Some(y) = y.filter(|y| !y.is_null()) {
            // SAFETY: as in `wait`.
            unsafe { &*y }.suspend(());
        }
        return;
    }
    let idents: Vec<u64> = SCHED.with(|s| s.borrow().threads.iter().map(|g| g.ident).collect());
    for id in idents {
        resume(vm, id);
    }
}

/// Starts a thread running `func()` (which must not raise: `threading.py`'s bootstrap
/// reports its errors), and runs it until it first blocks or ends.
pub fn start(vm: &Vm, ident: u64, func: Value) -> Result<(), String> {
    let stack =
        DefaultStack::new(STACK_SIZE).map_err(|e| format!("can't start new thread: {e}"))?;
    let vm_ptr = vm as *const Vm as usize;
    let coro: Coro = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
        // SAFETY: the Vm outlives every thread (threads are never resumed after it).
        let vm = unsafe { &*(vm_ptr as *const Vm) };
        SCHED.with(|s| {
            if let Some(g) = s.borrow_mut().threads.iter_mut().find(|g| g.ident == ident) {
                g.yielder = y as *const _;
            }
        });
        let marker = 0u8;
        let base = &marker as *const u8 as usize;
        vm.stack_limit
            .set(base.saturating_sub(STACK_SIZE - STACK_HEADROOM));
        if let Err(e) = vm.call(&func, &[]) {
            // (The bootstrap catches everything; this is a last resort.)
            vm.print_uncaught(&e);
        }
        drop(func);
    });
    start_timer();
    ALIVE.fetch_add(1, Ordering::Relaxed);
    SCHED.with(|s| {
        s.borrow_mut().threads.push(Green {
            ident,
            coro: Some(coro),
            saved: Some(ThreadState::default()),
            deadline: None,
            yielder: std::ptr::null(),
            gvals: Vec::new(),
        })
    });
    resume(vm, ident);
    Ok(())
}

/// Runs the suspended thread `ident` until it blocks or ends. False if it cannot run now
/// (it is running, or resumed this one).
fn resume(vm: &Vm, ident: u64) -> bool {
    let taken = SCHED.with(|s| {
        let mut s = s.borrow_mut();
        if s.chain.contains(&ident) {
            return None;
        }
        let g = s.threads.iter_mut().find(|g| g.ident == ident)?;
        let coro = g.coro.take()?;
        let state = g.saved.take().unwrap_or_default();
        let gvals = std::mem::take(&mut g.gvals);
        g.deadline = None;
        s.chain.push(ident);
        Some((coro, state, gvals))
    });
    let Some((mut coro, state, gvals)) = taken else {
        return false;
    };
    let has_globals = SCHED.with(|s| !s.borrow().globals.is_empty());
    let my_gvals = if has_globals {
        let mine = read_globals(vm);
        write_globals(vm, gvals);
        mine
    } else {
        Vec::new()
    };
    let mine = take_state(vm);
    put_state(vm, state);
    let r = coro.resume(());
    let theirs = take_state(vm);
    put_state(vm, mine);
    let their_gvals = if has_globals {
        let theirs = read_globals(vm);
        write_globals(vm, my_gvals);
        theirs
    } else {
        Vec::new()
    };
    let ended = matches!(r, CoroutineResult::Return(()));
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        s.chain.pop();
        let i = s.threads.iter().position(|g| g.ident == ident);
        if let Some(i) = i {
            if ended {
                s.threads.remove(i);
                s.epoch += 1;
                ALIVE.fetch_sub(1, Ordering::Relaxed);
            } else {
                s.threads[i].coro = Some(coro);
                s.threads[i].saved = Some(theirs);
                s.threads[i].gvals = their_gvals;
            }
        }
    });
    // (An ended thread's stack is freed here; its state holds nothing by now.)
    true
}

/// Lets the other threads run while the caller waits for a condition; returns when
/// something may have changed or `deadline` has passed. Callers loop, re-testing their
/// condition. Err is the message of a wait that can never end.
pub fn wait(vm: &Vm, deadline: Option<Instant>) -> Result<(), String> {
    let me = current_ident();
    // A thread other than the main one suspends to its resumer, unless nobody can resume
    // it again (the main thread has no thread to return to).
    if me != MAIN_IDENT {
        let y = SCHED.with(|s| {
            let mut s = s.borrow_mut();
            let g = s.threads.iter_mut().find(|g| g.ident == me)?;
            g.deadline = deadline;
            Some(g.yielder)
        });
        if let Some(y) = y.filter(|y| !y.is_null()) {
            // SAFETY: the yielder lives on this coroutine's stack for as long as it runs.
            unsafe { &*y }.suspend(());
            return Ok(());
        }
    }
    // A round: every other suspended thread runs once.
    let before = SCHED.with(|s| s.borrow().epoch);
    let idents: Vec<u64> = SCHED.with(|s| s.borrow().threads.iter().map(|g| g.ident).collect());
    let mut ran = false;
    for id in idents {
        if id != me {
            ran |= resume(vm, id);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(());
        }
    }
    let after = SCHED.with(|s| s.borrow().epoch);
    if after != before {
        return Ok(());
    }
    // Nothing changed: sleep until the first timeout of anyone waiting.
    let earliest = SCHED.with(|s| {
        s.borrow()
            .threads
            .iter()
            .filter(|g| g.ident != me)
            .filter_map(|g| g.deadline)
            .chain(deadline)
            .min()
    });
    match earliest {
        Some(t) => {
            let now = Instant::now();
            if t > now {
                crate::builtins::functions::flush_stdout();
                std::thread::sleep(t - now);
            }
            Ok(())
        }
        None if ran || !others_alive() => {
            Err("deadlock: every thread is waiting for another (CPython would hang)".into())
        }
        None => Err("deadlock: the thread waits for a thread that cannot run".into()),
    }
}

/// Sleeps `secs` in the running thread, letting the others run meanwhile.
pub fn sleep(vm: &Vm, dur: std::time::Duration) -> Result<(), String> {
    if !others_alive() && current_ident() == MAIN_IDENT {
        crate::builtins::functions::flush_stdout();
        std::thread::sleep(dur);
        return Ok(());
    }
    if dur.is_zero() {
        // `sleep(0)`: the others get a turn.
        yield_now(vm);
        return Ok(());
    }
    let deadline = Instant::now() + dur;
    while Instant::now() < deadline {
        wait(vm, Some(deadline))?;
    }
    Ok(())
}

/// At exit: threads still suspended are left as they are (their stacks are not unwound,
/// as a daemon thread of CPython's is not), and the registry of per-thread globals is
/// let go without releasing its values.
pub fn abandon_all() {
    SCHED.with(|s| {
        ALIVE.store(0, Ordering::Relaxed);
        // (The per-thread globals' values are not dropped either: this thread's storage is
        // torn down after the interpreter, and a release then would reach freed state.)
        std::mem::forget(std::mem::take(&mut s.borrow_mut().globals));
        for g in s.borrow_mut().threads.drain(..) {
            std::mem::forget(g.coro);
            std::mem::forget(g.saved);
        }
    });
}
