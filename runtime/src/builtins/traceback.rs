//! Traceback and frame-summary objects: `exc.__traceback__` as a chain of `traceback` objects
//! (`tb_next`, `tb_lineno`, `tb_lasti`, `tb_frame` with `f_code`/`f_lineno`), built from the
//! entries the interpreter records as an exception leaves each frame.

use crate::object::typeobj::dealloc_of;
use crate::object::value::{alloc, Value};
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
    vm.add_getset(&f, "f_back", |vm, _a| Ok(vm.none.clone()), None);
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
