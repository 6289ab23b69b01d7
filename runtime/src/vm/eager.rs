//! `CALL_AWAITED`: a call whose result is awaited at once (`await f(...)`), and, with the
//! `eager-coro` feature, eager evaluation of `async def` callees in the caller (see
//! `eager_coro.md` beside this file).

#[cfg(feature = "eager-coro")]
use super::eval::Exit;
use super::frame::Frame;
use super::{PyResult, Vm};
#[cfg(feature = "eager-coro")]
use crate::bytecode::Opcode;
#[cfg(feature = "eager-coro")]
use crate::object::value::Value;

/// Where execution goes on after an eagerly run coroutine, as SEND would have sent it.
#[cfg(feature = "eager-coro")]
struct AwaitSite {
    /// Index of the SEND of the await loop (its YIELD_VALUE follows it).
    send: usize,
    /// SEND's jump target: the code after the await.
    exit: usize,
}

/// The await loop after the CALL_AWAITED at `ip`: GET_AWAITABLE, LOAD_CONST None, SEND. The
/// compiler always emits this shape; anything else (say, an EXTENDED_ARG) runs the call
/// lazily, which is always correct.
#[cfg(feature = "eager-coro")]
fn await_site(instrs: &[u32], ip: usize) -> Option<AwaitSite> {
    let op = |k: usize| instrs.get(ip + k).map(|w| (*w as u8, (*w >> 8) as usize));
    let (get, _) = op(1)?;
    let (load, _) = op(2)?;
    let (send, exit) = op(3)?;
    (get == Opcode::GET_AWAITABLE as u8
        && load == Opcode::LOAD_CONST as u8
        && send == Opcode::SEND as u8)
        .then_some(AwaitSite { send: ip + 3, exit })
}

impl Vm {
    /// Runs the CALL_AWAITED at `f.ip - 1` with `argc` positional arguments. Kept out of
    /// the interpreter loop: only `await` sites come here.
    #[inline(never)]
    pub(crate) fn call_awaited(&self, f: &mut Frame, argc: usize) -> PyResult<()> {
        let call = self.call_site(f, argc)?;
        #[cfg(feature = "eager-coro")]
        if self.switches.eager_coro && self.is_coroutine_function(&call.callable) {
            let code = unsafe { f.code.payload::<crate::object::function::CodeData>() };
            if let Some(site) = await_site(&code.code.instructions, f.ip - 1) {
                // Binding errors are the call's own (raised at the CALL, as lazily).
                let frame = self.make_frame(&call.callable, call.args(f), &[]);
                f.stack.truncate(call.base);
                return self.run_eagerly(f, &call.callable, frame?, site);
            }
        }
        let r = self.call(&call.callable, call.args(f));
        self.end_call(f, &call, r)
    }

    /// A plain Python function whose code is an `async def` (not an async generator).
    #[cfg(feature = "eager-coro")]
    fn is_coroutine_function(&self, v: &Value) -> bool {
        use crate::bytecode::code::flags as F;
        if !self.is_exact(v, &self.types.function) {
            return false;
        }
        let fd = unsafe { v.payload::<crate::object::function::FunctionData>() };
        let fl = fd.code().code.flags;
        fl & F::COROUTINE != 0 && fl & (F::GENERATOR | F::ASYNC_GENERATOR) == 0
    }

    /// Runs the callee's frame now, as the first SEND of the await would have: the result
    /// goes on after the await loop; a suspension becomes a coroutine object (made only
    /// then) that the caller's await loop drives from its YIELD_VALUE on.
    #[cfg(feature = "eager-coro")]
    fn run_eagerly(
        &self,
        f: &mut Frame,
        func: &Value,
        mut frame: Box<Frame>,
        site: AwaitSite,
    ) -> PyResult<()> {
        use super::switches::bump;
        // As gen_resume: one level deeper, refused past the recursion limit.
        let depth = self.recursion_depth.get() + 1;
        if depth > self.recursion_limit.get() {
            self.release_frame(frame);
            f.lasti = site.send;
            f.lasti_set = true;
            return Err(self.new_exception_msg(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        if let Err(e) = self.check_native_stack() {
            self.release_frame(frame);
            return Err(e);
        }
        // As gen_resume: the body runs with its own (empty) handled exception.
        self.push_exc_state(None);
        self.recursion_depth.set(depth);
        let r = self.run_frame(&mut frame);
        self.recursion_depth.set(depth - 1);
        let own_exc = self.pop_exc_state();
        match r {
            Ok(Exit::Return(v)) => {
                bump(&self.stats.eager_completed);
                self.release_frame(frame);
                f.stack.push(Some(v));
                f.ip = site.exit;
                Ok(())
            }
            Ok(Exit::Yield(y)) => {
                bump(&self.stats.eager_suspended);
                frame.saved_exc = own_exc;
                let coro = self.new_generator(frame, func);
                self.mark_started(&coro);
                f.stack.push(Some(coro));
                f.stack.push(Some(y));
                // Continue at the await loop's YIELD_VALUE, as after a SEND that yielded.
                f.ip = site.send + 1;
                Ok(())
            }
            Err(e) => {
                // The error comes out of the await, as from SEND lazily.
                f.lasti = site.send;
                f.lasti_set = true;
                if self.err_matches(&e, &self.exc.stop_iteration) {
                    let r = self.runtime_error("coroutine raised StopIteration");
                    self.exc_data(&r.0).set_cause(Some(e.0.clone()));
                    self.exc_data(&r.0).set_context(Some(e.0));
                    self.exc_data(&r.0).suppress_context.set(true);
                    return Err(r);
                }
                Err(e)
            }
        }
    }
}
