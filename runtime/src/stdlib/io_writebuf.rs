//! `_ember_io.WriteBuf`: the pending bytes of a buffered file writer (io.py's buffered layer),
//! kept where the process's exit can reach them. Every live buffer is listed in a
//! process-wide registry that a C `atexit` handler flushes, so a file that was never closed
//! still gets its data, as CPython flushes open files at shutdown. Freeing a buffer flushes
//! it too (best effort, errors ignored, as in CPython's finalizer).

use std::sync::{Arc, Mutex, Once, Weak};

use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{add_value, methods, new_type, set_new};
use crate::vm::{PyResult, Vm};

/// The bytes waiting for descriptor `fd` (-1 once detached).
struct State {
    fd: i32,
    data: Vec<u8>,
    limit: usize,
}

/// Buffers still alive, for the exit handler.
static REGISTRY: Mutex<Vec<Weak<Mutex<State>>>> = Mutex::new(Vec::new());
static HOOK: Once = Once::new();

pub struct WriteBuf {
    s: Arc<Mutex<State>>,
}

impl Container for WriteBuf {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

impl Drop for WriteBuf {
    fn drop(&mut self) {
        if let Ok(mut st) = self.s.lock() {
            let _ = write_out(&mut st);
        }
    }
}

/// Writes all pending bytes; on an error the unwritten rest stays pending.
fn write_out(st: &mut State) -> std::io::Result<()> {
    let mut done = 0;
    while done < st.data.len() && st.fd >= 0 {
        let rest = &st.data[done..];
        // SAFETY: the pointer and length describe a live slice.
        let n = unsafe { libc::write(st.fd, rest.as_ptr() as *const libc::c_void, rest.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            st.data.drain(..done);
            return Err(e);
        }
        if n == 0 {
            break;
        }
        done += n as usize;
    }
    st.data.drain(..done);
    Ok(())
}

extern "C" fn flush_all_at_exit() {
    // try_lock: never wait at exit on a lock some stopped thread may hold.
    let list = match REGISTRY.try_lock() {
        Ok(l) => l.iter().filter_map(|w| w.upgrade()).collect::<Vec<_>>(),
        Err(_) => return,
    };
    for s in list {
        if let Ok(mut st) = s.try_lock() {
            let _ = write_out(&mut st);
        }
    }
}

fn buf(v: &Value) -> &WriteBuf {
    // SAFETY: the method descriptor checked that self is a WriteBuf.
    unsafe { v.payload::<WriteBuf>() }
}

fn lock<'a>(vm: &Vm, b: &'a WriteBuf) -> PyResult<std::sync::MutexGuard<'a, State>> {
    b.s.lock()
        .map_err(|_| vm.runtime_error("file buffer lock poisoned".to_string()))
}

/// `WriteBuf(fd, limit)`: a buffer that writes itself out when it reaches `limit` bytes.
fn wb_new(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "WriteBuf", 3, 3)?;
    let fd = vm.int_to_i64(&a.pos[1])?;
    let limit = vm.int_to_i64(&a.pos[2])?.max(1) as usize;
    let s = Arc::new(Mutex::new(State {
        fd: fd as i32,
        data: Vec::new(),
        limit,
    }));
    HOOK.call_once(|| {
        // SAFETY: registering a plain extern "C" function with no captured state.
        unsafe { libc::atexit(flush_all_at_exit) };
    });
    if let Ok(mut reg) = REGISTRY.lock() {
        reg.retain(|w| w.strong_count() > 0);
        reg.push(Arc::downgrade(&s));
    }
    let ty = a.pos[0].clone();
    Ok(vm.alloc_instance(&ty, WriteBuf { s }))
}

/// `append(data)`: adds bytes, writing everything out once the limit is reached.
fn wb_append(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "append", 2, 2)?;
    let b = buf(&a.pos[0]);
    let mut st = lock(vm, b)?;
    if st.fd < 0 {
        return Err(vm.value_error("I/O operation on closed file.".to_string()));
    }
    if let Some(bytes) = vm.as_bytes(&a.pos[1]) {
        st.data.extend_from_slice(bytes);
    } else if let Some(ba) = vm.as_bytearray(&a.pos[1]) {
        // SAFETY: no Python code runs while the bytes are copied.
        st.data.extend_from_slice(unsafe { ba.b.get() });
    } else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a.pos[1])
        )));
    }
    if st.data.len() >= st.limit {
        write_out(&mut st).map_err(|e| vm.os_error_from_io(&e, None))?;
    }
    Ok(vm.none.clone())
}

fn wb_flush(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "flush", 1, 1)?;
    let b = buf(&a.pos[0]);
    let mut st = lock(vm, b)?;
    write_out(&mut st).map_err(|e| vm.os_error_from_io(&e, None))?;
    Ok(vm.none.clone())
}

/// `detach()`: forgets the descriptor and any pending bytes (the file is being closed).
fn wb_detach(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "detach", 1, 1)?;
    let mut st = lock(vm, buf(&a.pos[0]))?;
    st.fd = -1;
    st.data.clear();
    Ok(vm.none.clone())
}

fn wb_len(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__len__", 1, 1)?;
    let st = lock(vm, buf(&a.pos[0]))?;
    Ok(vm.new_int_usize(st.data.len()))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_ember_io");
    let t = new_type::<WriteBuf>(vm, "_ember_io", "WriteBuf");
    set_new(vm, &t, wb_new);
    methods(
        vm,
        &t,
        &[
            ("append", wb_append as crate::object::native::NativeFn),
            ("flush", wb_flush),
            ("detach", wb_detach),
            ("__len__", wb_len),
        ],
    );
    add_value(vm, &m, "WriteBuf", t);
    Ok(m)
}
