//! Generators and coroutines: resuming a suspended frame with a result kind (no StopIteration
//! inside the runtime), `send`/`throw`/`close`, `yield from`/`await` delegation.

use crate::object::generator::{GenData, GenKind};
use crate::object::native::Args;
use crate::object::value::{PyCell, Value};
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

thread_local! {
    /// The arguments of the `throw(typ[, val[, tb]])` call being delivered, as given: a
    /// delegate of `yield from` that is not a generator gets its `throw` called with
    /// exactly these (CPython's `_gen_throw`), not with the normalised exception.
    static RAW_THROW_ARGS: std::cell::RefCell<Option<Vec<Value>>> =
        const { std::cell::RefCell::new(None) };
}

fn take_raw_throw_args() -> Option<Vec<Value>> {
    RAW_THROW_ARGS.with(|r| r.borrow_mut().take())
}

fn set_raw_throw_args(v: Option<Vec<Value>>) {
    let old = RAW_THROW_ARGS.with(|r| std::mem::replace(&mut *r.borrow_mut(), v));
    drop(old);
}

/// The outcome of resuming a generator.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn new_generator(&self, frame: Box<Frame>, func: &Value) -> Value {
        let fd = unsafe { func.payload::<crate::object::function::FunctionData>() };
        let flags = fd.code().code.flags;
        use crate::bytecode::code::flags as F;
        let (kind, ty) = if flags & F::COROUTINE != 0 {
            (GenKind::Coroutine, &self.types.coroutine)
        } else if flags & F::ASYNC_GENERATOR != 0 {
            (GenKind::AsyncGenerator, &self.types.async_generator)
        } else {
            (GenKind::Generator, &self.types.generator)
        };
        self.alloc_instance_with(ty, |p: *mut GenData| unsafe {
            p.write(GenData {
                frame: PyCell::new(Some(frame)),
                running: Cell::new(false),
                started: Cell::new(false),
                kind,
                name: PyCell::new(fd.name.get().clone()),
                qualname: PyCell::new(fd.qualname.get().clone()),
                code: fd.code.get().clone(),
                closing: Cell::new(false),
                hooks_inited: Cell::new(false),
            })
        })
    }

    /// Marks a coroutine made for an already running frame (eager evaluation) as started.
    #[cfg(feature = "eager-coro")]
    pub fn mark_started(&self, g: &Value) {
        if let Some(gd) = self.gen_data(g) {
            gd.started.set(true);
        }
    }

    /// A coroutine that has a frame, has not run yet and is not running.
    #[cfg(feature = "eager-coro")]
    pub fn coroutine_unstarted(&self, g: &Value) -> bool {
        self.gen_data(g).is_some_and(|gd| {
            !gd.started.get() && !gd.running.get() && unsafe { gd.frame.get() }.is_some()
        })
    }

    fn gen_data<'a>(&self, g: &'a Value) -> Option<&'a GenData> {
        if self.is_exact(g, &self.types.generator)
            || self.is_exact(g, &self.types.coroutine)
            || self.is_exact(g, &self.types.async_generator)
        {
            Some(unsafe { g.payload::<GenData>() })
        } else {
            None
        }
    }

    /// Resumes `g` with `sent` (or throws `exc` into it).
    #[inline]
    pub fn gen_resume(&self, g: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
        self.gen_resume_into(g, sent, exc, crate::vm::drive::Sink::None)
    }

    /// `gen_resume`, the frame's yields going to `sink` while it runs (`vm/drive.rs`).
    pub(crate) fn gen_resume_into(
        &self,
        g: &Value,
        sent: Value,
        exc: Option<PyErr>,
        sink: crate::vm::drive::Sink,
    ) -> PyResult<SendResult> {
        let gd = self
            .gen_data(g)
            .ok_or_else(|| self.type_error("not a generator"))?;
        let what = match gd.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        if gd.running.get() {
            return Err(
                self.new_exception_msg(&self.exc.value_error, format!("{what} already executing"))
            );
        }
        let Some(mut frame) = (unsafe { gd.frame.get_mut().take() }) else {
            if let Some(e) = exc {
                return Err(e);
            }
            if gd.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(SendResult::Return(self.none.clone()));
        };
        if !gd.started.get() && exc.is_none() && !self.is_none(&sent) {
            unsafe { *gd.frame.get_mut() = Some(frame) };
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
        let first = !gd.started.get();
        gd.started.set(true);
        if self.recursion_depth.get() >= self.recursion_limit.get() {
            // As CPython: entering the frame fails, which finishes the generator.
            drop(frame);
            return Err(self.new_exception_msg(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        gd.running.set(true);
        // The generator runs with its own handled exception, chained onto its resumer's.
        self.push_exc_state(frame.saved_exc.take());
        let depth = self.recursion_depth.get() + 1;
        self.recursion_depth.set(depth);
        let result = if let Some(e) = exc {
            if first {
                // Nothing in the body has run: the exception propagates without
                // entering any `try` of the body (as CPython raises it at the start).
                Err(e)
            } else {
                self.throw_into(&mut frame, e)
            }
        } else {
            if !first {
                crate::vm::frame::push_inline(&mut frame.stack, Some(sent));
            }
            frame.sink = sink;
            let r = self.run_frame(&mut frame);
            frame.sink = crate::vm::drive::Sink::None;
            r
        };
        self.recursion_depth.set(depth - 1);
        self.gen_settle(gd, frame, result)
    }

    /// Generator `gd`'s frame yielded: its handled exception saved, not running any more,
    /// and the frame kept for the next resume (here or in the hot loop's `link_result`).
    #[inline(always)]
    pub(crate) fn gen_keep_frame(&self, gd: &GenData, mut frame: Box<Frame>) {
        frame.saved_exc = self.pop_exc_state();
        gd.running.set(false);
        // SAFETY: the frame slot is empty while the generator runs.
        unsafe { *gd.frame.get_mut() = Some(frame) };
    }

    /// The end of a run of generator `gd`'s frame that exited with `r` (here or inline in
    /// the hot loop): its handled exception saved, not running any more, and the frame
    /// suspended in it after a yield, else back to the pool (a finished generator).
    #[inline]
    pub(crate) fn gen_settle(
        &self,
        gd: &GenData,
        mut frame: Box<Frame>,
        r: PyResult<Exit>,
    ) -> PyResult<SendResult> {
        let r = match r {
            Ok(Exit::Yield(v)) => {
                self.gen_keep_frame(gd, frame);
                return Ok(SendResult::Yield(v));
            }
            Ok(Exit::Return(v)) => Ok(v),
            Err(e) => Err(e),
        };
        // Finished: the handled exception popped, the frame back to the pool.
        frame.saved_exc = self.pop_exc_state();
        gd.running.set(false);
        self.release_frame(frame);
        match r {
            Ok(v) => Ok(SendResult::Return(v)),
            Err(e) => Err(self.gen_body_error(gd, e)),
        }
    }

    /// The error that leaves a generator whose body raised `e`. PEP 479: StopIteration
    /// (and StopAsyncIteration from an async generator) cannot leave the body; it becomes
    /// the cause of a RuntimeError.
    pub(crate) fn gen_body_error(&self, gd: &GenData, e: PyErr) -> PyErr {
        let what = match gd.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        let stop = if self.err_matches(&e, &self.exc.stop_iteration) {
            Some("StopIteration")
        } else if matches!(gd.kind, GenKind::AsyncGenerator)
            && self.err_matches(&e, &self.find_exc("StopAsyncIteration"))
        {
            Some("StopAsyncIteration")
        } else {
            None
        };
        if let Some(stop) = stop {
            let r = self.runtime_error(format!("{what} raised {stop}"));
            let d = self.exc_data(&r.0);
            d.set_cause(Some(e.0.clone()));
            d.set_context(Some(e.0));
            d.suppress_context.set(true);
            return r;
        }
        e
    }

    /// Throws into a suspended frame: delegated to the inner iterator when the frame is
    /// suspended in a `yield from`/`await` loop, else raised at the yield.
    fn throw_into(&self, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
        // The raw `throw()` arguments belong to this delivery only.
        let raw = take_raw_throw_args();
        let code_v = frame.code.clone();
        let code = unsafe { code_v.payload::<crate::object::function::CodeData>() };
        let instrs = &code.code.instructions;
        let at_yield_from = frame.ip >= 2
            && instrs.get(frame.ip - 1).map(|w| *w as u8)
                == Some(crate::bytecode::Opcode::YIELD_VALUE as u8)
            && (instrs[frame.ip - 1] >> 8) == 1;
        if at_yield_from {
            if let Some(Some(recv)) = frame.stack.last().cloned() {
                let is_exit = self.err_matches(&e, &self.exc.generator_exit);
                let r = if is_exit {
                    // close() the delegate, then raise GeneratorExit here.
                    if let Some(close) = self.getattr_opt(&recv, &self.names.close)? {
                        self.call(&close, &[])?;
                    }
                    Err(e)
                } else if let Some(gd) = self.gen_data(&recv) {
                    let _ = gd;
                    // Passed on down the chain of delegates.
                    set_raw_throw_args(raw);
                    let r = self.gen_resume(&recv, self.none.clone(), Some(e));
                    set_raw_throw_args(None);
                    match r {
                        Ok(SendResult::Yield(v)) => return Ok(Exit::Yield(v)),
                        Ok(SendResult::Return(v)) => Ok(v),
                        Err(err) => Err(err),
                    }
                } else if let Some(th) = self.getattr_opt(&recv, &self.names.throw)? {
                    let args = raw.unwrap_or_else(|| vec![e.0]);
                    match self.call(&th, &args) {
                        Ok(v) => return Ok(Exit::Yield(v)),
                        Err(err) if self.err_matches(&err, &self.exc.stop_iteration) => {
                            let args = self.exc_args(&err.0);
                            Ok(self
                                .tuple_items(&args)
                                .first()
                                .cloned()
                                .unwrap_or_else(|| self.none.clone()))
                        }
                        Err(err) => Err(err),
                    }
                } else {
                    Err(e)
                };
                match r {
                    Ok(v) => {
                        // The delegate finished: continue after the SEND loop with its value.
                        frame.stack.pop();
                        frame.stack.push(Some(v));
                        let send_ip = instrs[frame.ip] >> 8; // JUMP_BACKWARD target = SEND
                        frame.ip = (instrs[send_ip as usize] >> 8) as usize; // SEND's exit target
                        return self.run_frame(frame);
                    }
                    Err(err) => return self.raise_in_frame(frame, err),
                }
            }
        }
        self.raise_in_frame(frame, e)
    }

    /// Raises `e` at the frame's current (yield) position, then continues running it.
    fn raise_in_frame(&self, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
        frame.lasti = frame.ip.saturating_sub(1);
        // Reuse the interpreter's unwinding by resuming with a pending error.
        let code = frame.code.clone();
        let co = &unsafe { code.payload::<crate::object::function::CodeData>() }.code;
        let tb = crate::object::exception::TbEntry {
            filename: frame.code_data().filename.clone(),
            name: frame.code_data().name.clone(),
            line: frame.line(),
            code: frame.code.clone(),
            lasti: frame.lasti as u32,
        };
        if self.is_exception_instance(&e.0) {
            unsafe { self.exc_data(&e.0).traceback.get_mut().push(tb) };
        }
        match co.handler_for(frame.lasti as u32) {
            Some(h) => {
                frame.stack.truncate(h.depth as usize);
                if h.lasti {
                    frame.stack.push(Some(self.new_int(frame.lasti as i64)));
                }
                frame.stack.push(Some(e.0));
                frame.ip = h.handler as usize;
                self.run_frame(frame)
            }
            None => Err(e),
        }
    }

    /// SEND into the runtime's own step objects without their StopIteration: an async
    /// generator step (`async for`, `await agen.asend(v)`) and `coroutine.__await__()`'s
    /// wrapper. None: not one of these, take the generic path.
    #[cfg(feature = "gen-send-result")]
    fn send_result_step(&self, recv: &Value, v: &Value) -> Option<PyResult<SendResult>> {
        if crate::builtins::asyncgen::is_op(self, recv) {
            crate::vm::switches::bump(&self.stats.result_steps);
            return Some(crate::builtins::asyncgen::step_result(
                self,
                recv,
                v.clone(),
                None,
            ));
        }
        if let Some(coro) = crate::builtins::coro_wrapper::wrapped(self, recv) {
            crate::vm::switches::bump(&self.stats.result_steps);
            return Some(self.gen_resume(&coro, v.clone(), None));
        }
        None
    }

    /// SEND: resume `recv` with `v`. (A generator or coroutine, the common case, is
    /// resumed from the caller's frame; anything else out of line.)
    #[inline(always)]
    pub fn send_to(&self, recv: &Value, v: Value) -> PyResult<SendResult> {
        if self.gen_data(recv).is_some() {
            return self.gen_resume(recv, v, None);
        }
        self.send_to_other(recv, v)
    }

    /// `send_to` for a receiver that is no generator or coroutine.
    #[inline(never)]
    fn send_to_other(&self, recv: &Value, v: Value) -> PyResult<SendResult> {
        #[cfg(feature = "gen-send-result")]
        if self.switches.gen_send_result {
            if let Some(r) = self.send_result_step(recv, &v) {
                return r;
            }
        }
        let r = if self.is_none(&v) {
            match crate::builtins::iterators::fast_next(self, recv) {
                Some(Ok(Some(x))) => return Ok(SendResult::Yield(x)),
                Some(Ok(None)) => return Ok(SendResult::Return(self.none.clone())),
                Some(Err(e)) => Err(e),
                // A Python-level __next__: its StopIteration carries the result.
                None => match self.lookup_special(recv, &self.names.next) {
                    Some(f) => self.call_bound_special(&f, recv, &[]),
                    None => {
                        return Err(self.type_error(format!(
                            "'{}' object is not an iterator",
                            self.type_name(recv)
                        )))
                    }
                },
            }
        } else {
            match self.getattr_opt(recv, &self.names.send)? {
                Some(s) => self.call(&s, &[v]),
                None => {
                    return Err(self.attribute_error(format!(
                        "'{}' object has no attribute 'send'",
                        self.type_name(recv)
                    )))
                }
            }
        };
        match r {
            Ok(x) => Ok(SendResult::Yield(x)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration) => {
                let args = self.exc_args(&e.0);
                Ok(SendResult::Return(
                    self.tuple_items(&args)
                        .first()
                        .cloned()
                        .unwrap_or_else(|| self.none.clone()),
                ))
            }
            Err(e) => Err(e),
        }
    }
}

/// `next(gen)` without creating StopIteration.
pub fn gen_next(vm: &Vm, g: &Value) -> PyResult<Option<Value>> {
    match vm.gen_resume(g, vm.none.clone(), None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

/// The iterator `await` drives for `v`.
pub fn get_awaitable(vm: &Vm, v: &Value, where_: u32) -> PyResult<Value> {
    // A coroutine, and an async generator's step object (whose type is immutable and
    // whose `__await__` returns itself, an iterator): no lookups, no call.
    if vm.is_exact(v, &vm.types.coroutine) || super::asyncgen::is_op(vm, v) {
        return Ok(v.clone());
    }
    // A generator made by a `types.coroutine` function (CO_ITERABLE_COROUTINE) is awaited
    // as it is.
    if vm.is_exact(v, &vm.types.generator) && is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    match vm.lookup_special(v, &vm.names.await_) {
        Some(f) => {
            let it = vm.call_bound_special(&f, v, &[])?;
            if vm.is_exact(&it, &vm.types.coroutine) || vm.lookup_special(&it, &vm.names.next).is_none() {
                return Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(match where_ {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", vm.type_name(v)),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", vm.type_name(v)),
            _ => format!("object {} can't be used in 'await' expression", vm.type_name(v)),
        })),
    }
}

fn stop_with(vm: &Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(Some(v))),
    }
}

fn gen_send(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "send", 2, 2)?;
    let r = vm.gen_resume(&a.pos[0], a.pos[1].clone(), None)?;
    stop_with(vm, r)
}

fn gen_throw(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "throw", 2, 4)?;
    let e = throw_exception(vm, &a.pos[1], a.pos.get(2), a.pos.get(3))?;
    set_raw_throw_args(Some(a.pos[1..].to_vec()));
    let r = vm.gen_resume(&a.pos[0], vm.none.clone(), Some(e));
    set_raw_throw_args(None);
    stop_with(vm, r?)
}

/// The exception `throw(typ, val, tb)` raises, normalised as CPython's `_gen_throw`.
pub fn throw_exception(
    vm: &Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    let val = val.filter(|v| !vm.is_none(v));
    let tb = tb.filter(|v| !vm.is_none(v));
    if tb.is_some_and(|t| !vm.type_of(t).is(&vm.types.traceback)) {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let is_exc_class =
        vm.is_type(typ) && crate::builtins::functions::issubclass(vm, typ, &vm.exc.base_exception)?;
    let e = if is_exc_class {
        match val {
            None => vm.make_raisable(typ.clone())?,
            Some(v) if vm.isinstance_type(v, typ) => PyErr(v.clone()),
            Some(v) => {
                let args = match vm.as_tuple(v) {
                    Some(t) => t.to_vec(),
                    None => vec![v.clone()],
                };
                vm.make_raisable(vm.call(typ, &args)?)?
            }
        }
    } else if vm.is_exception_instance(typ) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        PyErr(typ.clone())
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if let Some(t) = tb {
        crate::builtins::traceback::set_traceback(vm, &e.0, t)?;
    }
    Ok(e)
}

pub fn gen_close(vm: &Vm, a: Args) -> PyResult<Value> {
    let g = &a.pos[0];
    let gd = unsafe { g.payload::<GenData>() };
    if unsafe { gd.frame.get() }.is_none() {
        return Ok(vm.none.clone());
    }
    if !gd.started.get() {
        let f = unsafe { gd.frame.get_mut().take() };
        drop(f);
        return Ok(vm.none.clone());
    }
    let e = vm.new_exception(&vm.exc.generator_exit, vec![]);
    match vm.gen_resume(g, vm.none.clone(), Some(e)) {
        Ok(SendResult::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Return(_)) => Ok(vm.none.clone()),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit)
                || vm.err_matches(&e, &vm.exc.stop_iteration) =>
        {
            Ok(vm.none.clone())
        }
        Err(e) => Err(e),
    }
}

/// `gen.__name__ = s` (generators, coroutines and async generators): a str only.
pub(crate) fn gen_set_name(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos.get(1).filter(|v| vm.is_str(v)) else {
        return Err(vm.type_error("__name__ must be set to a string object"));
    };
    unsafe { *a.pos[0].payload::<GenData>().name.get_mut() = v.clone() };
    Ok(vm.none.clone())
}

/// `gen.__qualname__ = s`: a str only.
pub(crate) fn gen_set_qualname(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos.get(1).filter(|v| vm.is_str(v)) else {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    };
    unsafe { *a.pos[0].payload::<GenData>().qualname.get_mut() = v.clone() };
    Ok(vm.none.clone())
}

pub fn init(vm: &Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        vm.add_method(&t, "send", gen_send);
        vm.add_method(&t, "throw", gen_throw);
        vm.add_method(&t, "close", gen_close);
        vm.add_getset(
            &t,
            "__name__",
            |_vm, a| Ok(unsafe { a.pos[0].payload::<GenData>().name.get().clone() }),
            Some(gen_set_name),
        );
        vm.add_getset(
            &t,
            "__qualname__",
            |vm, a| {
                let _ = vm;
                Ok(unsafe { a.pos[0].payload::<GenData>().qualname.get().clone() })
            },
            Some(gen_set_qualname),
        );
        vm.add_method(&t, "__repr__", |vm, a| {
            let gd = unsafe { a.pos[0].payload::<GenData>() };
            Ok(vm.new_str(format!(
                "<{} object {} at {:#x}>",
                vm.type_name(&a.pos[0]),
                vm.str_of(unsafe { gd.qualname.get() }),
                a.pos[0].raw()
            )))
        });
    }
    let g = vm.types.generator.clone();
    vm.add_method(&g, "__iter__", |_vm, a| Ok(a.pos[0].clone()));
    vm.add_method(&g, "__next__", |vm, a| {
        let r = vm.gen_resume(&a.pos[0], vm.none.clone(), None)?;
        stop_with(vm, r)
    });
    crate::builtins::coro_wrapper::init(vm);
    crate::builtins::gen_introspect::init(vm);
    crate::builtins::gen_finalize::init(vm);
}

/// Whether generator `g` runs code flagged CO_ITERABLE_COROUTINE (`types.coroutine`).
fn is_iterable_coroutine(g: &Value) -> bool {
    use crate::bytecode::code::flags::ITERABLE_COROUTINE;
    let gd = unsafe { g.payload::<crate::object::generator::GenData>() };
    let cd = unsafe { gd.code.payload::<crate::object::function::CodeData>() };
    cd.code.flags & ITERABLE_COROUTINE != 0
}
