//! Introspection of generators, coroutines and async generators: `gi_frame`/`cr_frame`/
//! `ag_frame`, `*_running`, `*_code`, `gi_yieldfrom`/`cr_await`/`ag_await`, `*_suspended`,
//! `cr_origin`, with CPython's values (None once finished).

use crate::builtins::traceback::FrameSummary;
use crate::bytecode::Opcode;
use crate::object::function::CellData;
use crate::object::generator::GenData;
use crate::object::value::{alloc, Value};
use crate::vm::frame::Frame;
use crate::vm::Vm;

fn gd(v: &Value) -> &GenData {
    // SAFETY: these getsets are installed only on generator-layout types.
    unsafe { v.payload::<GenData>() }
}

/// Fast locals and cells of a frame as a dict (a snapshot: Ember's frames are summaries).
pub fn locals_of(vm: &Vm, f: &Frame) -> Value {
    let d = vm.new_dict();
    let cd = f.code_data();
    if let Some(dd) = vm.as_dict(&d) {
        for (name, v) in cd.varnames.iter().zip(f.fast.iter()) {
            if let Some(v) = v {
                let _ = vm.dict_set(dd, name.clone(), v.clone());
            }
        }
        for (name, cell) in cd
            .cellvars
            .iter()
            .chain(cd.freevars.iter())
            .zip(f.cells.iter())
        {
            if !vm.type_of(cell).is(&vm.types.cell) {
                continue;
            }
            // SAFETY: checked to be a cell object just above.
            let c = unsafe { cell.payload::<CellData>() };
            if let Some(v) = unsafe { c.value.get().clone() } {
                let _ = vm.dict_set(dd, name.clone(), v);
            }
        }
    }
    d
}

/// What `locals_of` reads of a frame, taken without building the dict: the fast
/// locals and the cells' contents at this moment.
pub struct LocalsSnapshot {
    fast: Vec<Option<Value>>,
    cells: Vec<Option<Value>>,
}

pub fn locals_snapshot(vm: &Vm, f: &Frame) -> LocalsSnapshot {
    let cells = f
        .cells
        .iter()
        .map(|cell| {
            if !vm.type_of(cell).is(&vm.types.cell) {
                return None;
            }
            // SAFETY: checked to be a cell object just above.
            unsafe { cell.payload::<CellData>().value.get().clone() }
        })
        .collect();
    LocalsSnapshot {
        fast: f.fast.clone(),
        cells,
    }
}

/// The `f_locals` dict of a snapshot of a frame running `code`, as `locals_of` makes it.
pub fn locals_from_snapshot(vm: &Vm, code: &Value, snap: &LocalsSnapshot) -> Value {
    let d = vm.new_dict();
    let cd = unsafe { code.payload::<crate::object::function::CodeData>() };
    if let Some(dd) = vm.as_dict(&d) {
        for (name, v) in cd.varnames.iter().zip(snap.fast.iter()) {
            if let Some(v) = v {
                let _ = vm.dict_set(dd, name.clone(), v.clone());
            }
        }
        let names = cd.cellvars.iter().chain(cd.freevars.iter());
        for (name, v) in names.zip(snap.cells.iter()) {
            if let Some(v) = v {
                let _ = vm.dict_set(dd, name.clone(), v.clone());
            }
        }
    }
    d
}

/// A frame object for a generator's frame, suspended (`started`: at its last yield) or not.
fn frame_object(vm: &Vm, f: &Frame, started: bool) -> Value {
    let co = &f.code_data().code;
    let lasti = f.ip.saturating_sub(1);
    let lineno = if started {
        co.locations
            .get(lasti)
            .map(|l| l.line)
            .unwrap_or(co.firstlineno)
    } else {
        co.firstlineno
    };
    alloc(
        vm.types.misc["frame"].ptr() as *const _,
        FrameSummary {
            code: f.code.clone(),
            lineno: lineno as i64,
            lasti: if started { lasti as i64 * 2 } else { -1 },
            globals: Some(f.globals.clone()),
            back: None,
            locals: crate::object::value::PyCell::new(Some(match &f.locals_dict {
                Some(d) => d.clone(),
                None => locals_of(vm, f),
            })),
            pending: crate::object::value::PyCell::new(None),
        },
    )
}

/// `gi_frame`: the frame while the generator can still run, else None.
fn gen_frame(vm: &Vm, g: &Value) -> Value {
    let d = gd(g);
    if let Some(f) = unsafe { d.frame.get() }.as_deref() {
        return frame_object(vm, f, d.started.get());
    }
    if d.running.get() {
        // A running generator's frame is on the interpreter's stack.
        let frames = unsafe { vm.frames.get().clone() };
        for &p in frames.iter().rev() {
            // SAFETY: frames on the stack are alive while they run.
            let f = unsafe { &*p };
            if f.code.is(&d.code) {
                return frame_object(vm, f, true);
            }
        }
    }
    vm.none.clone()
}

/// `gi_yieldfrom`/`cr_await`: the iterator a suspended frame delegates to, else None.
fn delegate(vm: &Vm, g: &Value) -> Value {
    let d = gd(g);
    let Some(f) = unsafe { d.frame.get() }.as_deref() else {
        return vm.none.clone();
    };
    let instrs = &f.code_data().code.instructions;
    let at_yield_from = f.ip >= 1
        && instrs
            .get(f.ip - 1)
            .is_some_and(|w| *w as u8 == Opcode::YIELD_VALUE as u8 && (*w >> 8) == 1);
    match f.stack.last() {
        Some(Some(v)) if at_yield_from && d.started.get() => v.clone(),
        _ => vm.none.clone(),
    }
}

pub fn init(vm: &Vm) {
    let kinds = [
        (vm.types.generator.clone(), "gi"),
        (vm.types.coroutine.clone(), "cr"),
        (vm.types.async_generator.clone(), "ag"),
    ];
    for (t, p) in kinds {
        let (frame, running, code, suspended, wait) = match p {
            "gi" => (
                "gi_frame",
                "gi_running",
                "gi_code",
                "gi_suspended",
                "gi_yieldfrom",
            ),
            "cr" => (
                "cr_frame",
                "cr_running",
                "cr_code",
                "cr_suspended",
                "cr_await",
            ),
            _ => (
                "ag_frame",
                "ag_running",
                "ag_code",
                "ag_suspended",
                "ag_await",
            ),
        };
        vm.add_getset(&t, frame, |vm, a| Ok(gen_frame(vm, &a.pos[0])), None);
        vm.add_getset(
            &t,
            running,
            |vm, a| Ok(vm.bool_val(gd(&a.pos[0]).running.get())),
            None,
        );
        vm.add_getset(&t, code, |_vm, a| Ok(gd(&a.pos[0]).code.clone()), None);
        if p != "ag" {
            vm.add_getset(
                &t,
                suspended,
                |vm, a| {
                    let d = gd(&a.pos[0]);
                    let live = unsafe { d.frame.get() }.is_some();
                    Ok(vm.bool_val(live && d.started.get() && !d.running.get()))
                },
                None,
            );
        }
        vm.add_getset(&t, wait, |vm, a| Ok(delegate(vm, &a.pos[0])), None);
    }
    vm.add_getset(
        &vm.types.coroutine.clone(),
        "cr_origin",
        |vm, _a| Ok(vm.none.clone()),
        None,
    );
}
