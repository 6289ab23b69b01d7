//! Traceback and frame-summary objects: `exc.__traceback__` as a chain of `traceback` objects
//! (`tb_next`, `tb_lineno`, `tb_lasti`, `tb_frame` with `f_code`/`f_lineno`), built from the
//! entries the interpreter records as an exception leaves each frame.

use crate::object::exception::TbEntry;
use crate::object::typeobj::dealloc_of;
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};

/// Payload of a `traceback` object.
pub struct TbData {
    pub frame: Value,
    pub lineno: i64,
    pub lasti: i64,
    pub next: Option<Value>,
}

/// Payload of the frame a traceback refers to (a summary: Ember materialises no live frames).
pub struct FrameSummary {
    pub code: Value,
    pub lineno: i64,
    pub lasti: i64,
    pub globals: Option<Value>,
    pub back: Option<Value>,
    /// `f_locals`: the namespace of a module or class body, else a snapshot of the fast
    /// locals taken when the summary was made or first read (None: not known yet).
    pub locals: PyCell<Option<Value>>,
    /// The values behind `locals`, taken when the summary was made and made into the
    /// dict on first access (building a dict of every caller's locals at each
    /// `sys._getframe` cost as much as the whole stack's locals).
    pub pending: PyCell<Option<crate::builtins::gen_introspect::LocalsSnapshot>>,
}

impl FrameSummary {
    /// `f_locals`: the dict, made from the snapshot on first access.
    fn f_locals(&self, vm: &Vm) -> Value {
        // SAFETY: no other reference into these cells is alive, and making the dict
        // runs no Python code.
        unsafe {
            if let Some(l) = self.locals.get() {
                return l.clone();
            }
            let l = match self.pending.get_mut().take() {
                Some(snap) => {
                    crate::builtins::gen_introspect::locals_from_snapshot(vm, &self.code, &snap)
                }
                None => vm.new_dict(),
            };
            *self.locals.get_mut() = Some(l.clone());
            l
        }
    }
}

fn tb(v: &Value) -> &TbData {
    unsafe { v.payload::<TbData>() }
}

fn fr(v: &Value) -> &FrameSummary {
    unsafe { v.payload::<FrameSummary>() }
}

pub fn init(vm: &Vm) {
    let t = vm.types.traceback.clone();
    unsafe { type_data_mut(&t).dealloc.set(dealloc_of::<TbData>()) };
    vm.add_getset(
        &t,
        "tb_next",
        |vm, a| {
            Ok(tb(&a.pos[0])
                .next
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        None,
    );
    vm.add_getset(
        &t,
        "tb_lineno",
        |vm, a| Ok(vm.new_int(tb(&a.pos[0]).lineno)),
        None,
    );
    vm.add_getset(
        &t,
        "tb_lasti",
        |vm, a| Ok(vm.new_int(tb(&a.pos[0]).lasti)),
        None,
    );
    vm.add_getset(
        &t,
        "tb_frame",
        |_vm, a| Ok(tb(&a.pos[0]).frame.clone()),
        None,
    );
    let f = vm.types.misc["frame"].clone();
    unsafe { type_data_mut(&f).dealloc.set(dealloc_of::<FrameSummary>()) };
    vm.add_getset(&f, "f_code", |_vm, a| Ok(fr(&a.pos[0]).code.clone()), None);
    vm.add_getset(
        &f,
        "f_lineno",
        |vm, a| Ok(vm.new_int(fr(&a.pos[0]).lineno)),
        None,
    );
    vm.add_getset(
        &f,
        "f_lasti",
        |vm, a| Ok(vm.new_int(fr(&a.pos[0]).lasti)),
        None,
    );
    vm.add_getset(
        &f,
        "f_back",
        |vm, a| {
            Ok(fr(&a.pos[0])
                .back
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        None,
    );
    vm.add_getset(
        &f,
        "f_globals",
        |vm, a| {
            Ok(fr(&a.pos[0])
                .globals
                .clone()
                .unwrap_or_else(|| vm.new_dict()))
        },
        None,
    );
    vm.add_getset(&f, "f_locals", |vm, a| Ok(fr(&a.pos[0]).f_locals(vm)), None);
    vm.add_getset(
        &f,
        "f_builtins",
        |vm, _a| Ok(vm.builtins_dict.clone()),
        None,
    );
}

/// `exc.__traceback__ = tb` / `exc.with_traceback(tb)`: the exception's entries become
/// those of the chain `tb` (None clears them), so printing and re-raising continue from it.
pub fn set_traceback(vm: &Vm, e: &Value, tb_v: &Value) -> PyResult<()> {
    let mut entries = Vec::new();
    if !vm.is_none(tb_v) {
        if !vm.type_of(tb_v).is(&vm.types.traceback) {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
        let mut cur = Some(tb_v.clone());
        while let Some(t) = cur {
            let d = tb(&t);
            let code = fr(&d.frame).code.clone();
            let cd = unsafe { code.payload::<crate::object::function::CodeData>() };
            entries.push(TbEntry {
                filename: cd.filename.clone(),
                name: cd.name.clone(),
                line: d.lineno.max(0) as u32,
                code: code.clone(),
                lasti: (d.lasti.max(0) / 2) as u32,
            });
            cur = d.next.clone();
        }
        // Entries are kept innermost first; the chain runs outermost first.
        entries.reverse();
    }
    let d = vm.exc_data(e);
    let old = unsafe { std::mem::replace(d.traceback.get_mut(), entries) };
    drop(old);
    // Reading __traceback__ back gives the object assigned.
    let keep = if vm.is_none(tb_v) {
        None
    } else {
        Some(tb_v.clone())
    };
    let old = unsafe { std::mem::replace(d.tb_object.get_mut(), keep) };
    drop(old);
    Ok(())
}

/// Number of entries in a traceback chain (0 for None).
pub fn chain_len(vm: &Vm, t: &Value) -> usize {
    let mut n = 0;
    let mut cur = Some(t.clone());
    while let Some(x) = cur {
        if !vm.type_of(&x).is(&vm.types.traceback) {
            break;
        }
        n += 1;
        cur = tb(&x).next.clone();
    }
    n
}

/// The traceback chain of exception `e` (outermost frame first), or None.
pub fn build(vm: &Vm, e: &Value) -> PyResult<Value> {
    let entries = unsafe { vm.exc_data(e).traceback.get().clone() };
    let mut next: Option<Value> = None;
    // Entries are recorded innermost first; the chain starts at the outermost.
    for entry in entries.iter() {
        let frame = alloc(
            vm.types.misc["frame"].ptr() as *const _,
            FrameSummary {
                code: entry.code.clone(),
                lineno: entry.line as i64,
                lasti: entry.lasti as i64 * 2,
                globals: None,
                back: None,
                locals: PyCell::new(None),
                pending: PyCell::new(None),
            },
        );
        let t = alloc(
            vm.types.traceback.ptr() as *const _,
            TbData {
                frame,
                lineno: entry.line as i64,
                lasti: entry.lasti as i64 * 2,
                next: next.take(),
            },
        );
        next = Some(t);
    }
    Ok(next.unwrap_or_else(|| vm.none.clone()))
}

/// `sys._getframe(depth)`: a summary of the running frame `depth` levels up, with `f_back` links.
pub fn getframe(vm: &Vm, depth: usize) -> PyResult<Value> {
    let frames: Vec<*const crate::vm::frame::Frame> = unsafe { vm.frames.get().clone() };
    if depth >= frames.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let mut back: Option<Value> = None;
    let top = frames.len() - depth;
    for &p in &frames[..top] {
        // SAFETY: frames on the stack are alive while they run (we are inside them).
        let f = unsafe { &*p };
        // A module or class body's namespace is its `f_locals`; a function's locals are
        // snapshotted now and made into a dict on first access.
        let (locals, pending) = match &f.locals_dict {
            Some(d) => (Some(d.clone()), None),
            None => (
                None,
                Some(crate::builtins::gen_introspect::locals_snapshot(vm, f)),
            ),
        };
        let ip = f.ip.saturating_sub(1);
        let line = f
            .code_data()
            .code
            .locations
            .get(ip)
            .map(|l| l.line as i64)
            .unwrap_or(0);
        let v = alloc(
            vm.types.misc["frame"].ptr() as *const _,
            FrameSummary {
                code: f.code.clone(),
                lineno: line,
                lasti: ip as i64 * 2,
                globals: Some(f.globals.clone()),
                back: back.take(),
                locals: PyCell::new(locals),
                pending: PyCell::new(pending),
            },
        );
        back = Some(v);
    }
    Ok(back.unwrap_or_else(|| vm.none.clone()))
}
