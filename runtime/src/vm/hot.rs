//! The interpreter's hot loop (design: `vm/interp.md`): the fast paths of the most
//! frequent instructions, in a function small enough that its loop state mostly stays in
//! registers (in `execute`'s large `match` the frame, stack top and code base are
//! reloaded from memory on every instruction).
//!
//! `run_hot` runs instructions from `f.ip` until it meets one it does not take: another
//! opcode, or a specialised form whose guard fails. It then returns with `f.ip` at that
//! instruction, untouched, and `execute` runs it in full (misses, errors, respecialising).
//! So every arm here checks before it changes anything it could not undo. Arms that run
//! the protocol (truth tests, `iter`, `in`, calls) may raise: as in `execute`, the error
//! comes back with `f.ip` past the instruction and the stack consistent. Python calls
//! that hit `CALL_PY_EXACT` or `CALL_TYPE` run their callee inline, in this same loop.

#[cfg(feature = "shadowcode")]
use super::eval::borrowed;
use super::eval::Exit;
use super::frame::Frame;
#[cfg(feature = "shadowcode")]
use super::shadow::Shadow;
use super::stack::Sp;
#[cfg(feature = "dict-watchers")]
use super::watch::CodeSlots;
use super::PyResult;
use super::{PyErr, Vm};
#[cfg(feature = "shadowcode")]
use crate::builtins::generator::SendResult;
use crate::bytecode::opcode::Opcode;
use crate::object::function::CodeData;
#[cfg(feature = "shadowcode")]
use crate::object::generator::GenData;
use crate::object::value::Value;

/// Where the hot loop stopped, with the new stack top.
pub(super) struct HotExit {
    pub top: *mut Option<Value>,
    pub stop: Stop,
}

/// Why the hot loop stopped.
pub(super) enum Stop {
    /// At an instruction it leaves to `execute` (`f.ip` is that instruction).
    Cold,
    /// An instruction raised (`f.ip` is past it, as `execute` would leave it).
    Err(PyErr),
    /// `RETURN_VALUE` returned this value.
    Return(Value),
    /// `YIELD_VALUE` yielded this value.
    Yield(Value),
}

/// The opcodes `execute` enters `run_hot` at (a call that returns at once costs more
/// than it saves). `run_hot` also takes `YIELD_VALUE`, but only reached from inside it:
/// entered for that alone, it would return at once.
pub(super) static HOT: [bool; 256] = {
    let mut t = [false; 256];
    let hot = [
        Opcode::NOP,
        Opcode::POP_TOP,
        Opcode::PUSH_NULL,
        Opcode::LOAD_CONST,
        Opcode::LOAD_FAST,
        Opcode::STORE_FAST,
        Opcode::COPY,
        Opcode::SWAP,
        Opcode::JUMP,
        Opcode::JUMP_BACKWARD,
        Opcode::POP_JUMP_IF_FALSE,
        Opcode::POP_JUMP_IF_TRUE,
        Opcode::POP_JUMP_IF_NONE,
        Opcode::POP_JUMP_IF_NOT_NONE,
        Opcode::IS_OP,
        Opcode::JUMP_IF_FALSE_OR_POP,
        Opcode::JUMP_IF_TRUE_OR_POP,
        Opcode::UNARY_NOT,
        Opcode::GET_ITER,
        Opcode::CONTAINS_OP,
        Opcode::BUILD_TUPLE,
        Opcode::UNPACK_SEQUENCE,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_BUILTIN,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_METHOD_DESCR,
        Opcode::RETURN_VALUE,
        Opcode::CALL,
        Opcode::LOAD_DEREF,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_PY_EXACT,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_TYPE,
        Opcode::BINARY_OP,
        Opcode::COMPARE_OP,
        Opcode::LOAD_ATTR,
        Opcode::STORE_ATTR,
        Opcode::LOAD_METHOD,
        Opcode::BINARY_SUBSCR,
        Opcode::STORE_SUBSCR,
        Opcode::DELETE_SUBSCR,
        Opcode::BUILD_SLICE,
        Opcode::BUILD_LIST,
        Opcode::BUILD_MAP,
        Opcode::BUILD_CONST_KEY_MAP,
        Opcode::LIST_APPEND,
        Opcode::FOR_ITER,
        Opcode::LOAD_GLOBAL,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_ATTR_MODULE,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_METHOD_MODULE,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_ATTR_MEMBER,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_ATTR_MEMBER,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_GLOBAL_CACHED,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_ATTR_SLOT,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_ATTR_CLASS,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_ATTR_TYPE,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_METHOD_CACHED,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_ATTR_SLOT,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_OP_INT,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_OP_FLOAT,
        #[cfg(feature = "shadowcode")]
        Opcode::COMPARE_OP_INT,
        #[cfg(feature = "shadowcode")]
        Opcode::COMPARE_OP_FLOAT,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_SUBSCR_LIST_INT,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_SUBSCR_TUPLE_INT,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_SUBSCR_LIST_INT,
        #[cfg(feature = "shadowcode")]
        Opcode::FOR_ITER_LIST,
        #[cfg(feature = "shadowcode")]
        Opcode::FOR_ITER_RANGE,
        #[cfg(feature = "shadowcode")]
        Opcode::FOR_ITER_GEN,
        #[cfg(feature = "shadowcode")]
        Opcode::SEND_GEN,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_PY_GEN,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_FAST__LOAD_FAST,
        #[cfg(feature = "shadowcode")]
        Opcode::LOAD_FAST__LOAD_CONST,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_FAST__LOAD_FAST,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_FAST__STORE_FAST,
        Opcode::GET_YIELD_FROM_ITER,
        Opcode::SEND,
        Opcode::LOAD_CLOSURE,
        Opcode::MAKE_FUNCTION,
        Opcode::STORE_DEREF,
        Opcode::UNARY_NEGATIVE,
        Opcode::SET_ADD,
        Opcode::MAP_ADD,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_SUBSCR_DICT,
        #[cfg(feature = "shadowcode")]
        Opcode::BINARY_SUBSCR_DICT_STR,
        #[cfg(feature = "shadowcode")]
        Opcode::STORE_SUBSCR_DICT,
        #[cfg(feature = "shadowcode")]
        Opcode::CALL_BUILTIN_TYPE,
    ];
    let mut i = 0;
    while i < hot.len() {
        t[hot[i] as usize] = true;
        i += 1;
    }
    t
};

impl Vm {
    /// Runs `f` from `f.ip` through the instructions the hot loop takes (see the module
    /// comment). `top` is the value stack's top (`vm/stack.rs`), `base` the instruction
    /// words being run (the shadow copy's, if `sh`), `code` the frame's code.
    ///
    /// # Safety
    /// As `execute`'s loop: `base` holds the verified code of `f` (or its shadow copy),
    /// `top` is the top of `f.stack` with `max_stack` slots reserved.
    #[inline(never)]
    // (Without shadow code no call runs inline: the frame never changes.)
    #[cfg_attr(
        not(feature = "shadowcode"),
        allow(unused_labels, unused_mut, unused_variables)
    )]
    pub(super) unsafe fn run_hot<'a>(
        &self,
        f0: &mut Frame,
        mut top: *mut Option<Value>,
        mut base: *const u32,
        mut code: &'a CodeData,
        #[cfg(feature = "shadowcode")] mut sh: Option<&'a Shadow>,
        #[cfg(feature = "dict-watchers")] mut gs: Option<&'a CodeSlots>,
    ) -> HotExit {
        // The frame being run: `f0`, or a callee run inline (see `CALL_PY_EXACT`), whose
        // callers' loop state waits in `hot_links`; `inl` of them belong to this call.
        let mut f: &mut Frame = f0;
        let mut inl = 0usize;
        let mut ip = f.ip;
        'outer: loop {
            let mut stop = 'run: loop {
                // Leaves the instruction at `ip` to `execute`, nothing changed.
                macro_rules! bail {
                    () => {{
                        f.ip = ip;
                        break 'run Stop::Cold;
                    }};
                }
                // Ends the loop with error `$e`, `f.ip` past the instruction and the stack
                // holding what `execute` would have left.
                macro_rules! raise {
                    ($e:expr) => {{
                        f.ip = ip + 1;
                        break 'run Stop::Err($e);
                    }};
                }
                // Writes the instruction pointer back to the frame (past this instruction,
                // as `execute` keeps it), before anything that may run Python code: a
                // callee may look at its caller's line (`sys._getframe`, tracebacks,
                // `warnings`, `logging`). The loop itself keeps it in `ip` only.
                macro_rules! sync {
                    () => {
                        f.ip = ip + 1
                    };
                }
                // Drops value `$v` (an `Option<Value>` with `free_opt!`), writing the
                // instruction pointer back first if that frees it: a finaliser may look at
                // this frame's line.
                macro_rules! free_opt {
                    ($v:expr) => {{
                        let v: Option<Value> = $v;
                        if let Some(v) = v {
                            v.drop_with(|| sync!());
                        }
                    }};
                }
                macro_rules! free {
                    ($v:expr) => {
                        free_opt!(Some($v))
                    };
                }
                // Pops the top value into local `$i` (checked by `new_code`), dropping the
                // old one.
                macro_rules! store_fast {
                    ($i:expr) => {{
                        top = top.sub(1);
                        let v = top.read();
                        let old = std::mem::replace(f.fast.get_unchecked_mut($i), v);
                        free_opt!(old);
                    }};
                }
                // Pushes a protocol call's result, or ends the loop with its error.
                macro_rules! push_or_raise {
                    ($r:expr) => {
                        match $r {
                            Ok(v) => push!(v),
                            Err(e) => raise!(e),
                        }
                    };
                }
                // Pops the top value, which must not be NULL.
                macro_rules! pop1 {
                    () => {{
                        let _ = value!(1);
                        top = top.sub(1);
                        top.read().unwrap_unchecked()
                    }};
                }
                macro_rules! push {
                    ($v:expr) => {{
                        top.write(Some($v));
                        top = top.add(1);
                    }};
                }
                // The slot `$n` from the top (1 = the top).
                macro_rules! peek {
                    ($n:expr) => {
                        &mut *top.sub($n)
                    };
                }
                // The value `$n` from the top, which must not be NULL (else `execute` reports it).
                macro_rules! value {
                    ($n:expr) => {
                        match peek!($n) {
                            Some(v) => &*v,
                            None => bail!(),
                        }
                    };
                }
                // Removes the top slot, dropping what it holds.
                macro_rules! discard {
                    () => {{
                        top = top.sub(1);
                        free_opt!(top.read());
                    }};
                }
                // One step of a list iterator `$it` (at the top of the stack), inline: pushes
                // the next item, or pops the iterator and jumps past the loop.
                macro_rules! list_iter_step {
                    ($it:expr, $end:expr) => {{
                        let d = $it.payload::<crate::object::iter::SeqIterData>();
                        let i = d.index.get();
                        let next = match d.seq.get() {
                            Some(seq) => match self.as_list(seq) {
                                Some(l) => l.get(i),
                                None => bail!(),
                            },
                            None => None,
                        };
                        match next {
                            Some(v) => {
                                d.index.set(i + 1);
                                push!(v)
                            }
                            None => {
                                // Exhausted: the iterator lets its list go for good.
                                free_opt!(d.seq.get_mut().take());
                                discard!();
                                jump!($end)
                            }
                        }
                    }};
                }
                // One step of a range iterator `$it`, inline (as `list_iter_step`).
                macro_rules! range_iter_step {
                    ($it:expr, $end:expr) => {{
                        let d = $it.payload::<crate::object::iter::RangeIterData>();
                        let r = d.remaining.get();
                        if r <= 0 {
                            discard!();
                            jump!($end)
                        }
                        let v = d.next.get();
                        d.remaining.set(r - 1);
                        d.next.set(v.wrapping_add(d.step));
                        push!(self.new_int(v))
                    }};
                }
                // Pops two values checked by `value!` (left operand first).
                macro_rules! pop2 {
                    () => {{
                        top = top.sub(2);
                        (
                            top.read().unwrap_unchecked(),
                            top.add(1).read().unwrap_unchecked(),
                        )
                    }};
                }
                // The truth of `$v` (a `&Value`): inline for bools, None and small ints,
                // else the protocol, whose error ends the loop (`f.ip` is already past).
                macro_rules! truth {
                    ($v:expr) => {{
                        let v: &Value = $v;
                        if v.is(&self.true_) {
                            true
                        } else if v.is(&self.false_) || v.is(&self.none) {
                            false
                        } else {
                            sync!();
                            match self.truthy(v) {
                                Ok(t) => t,
                                Err(e) => raise!(e),
                            }
                        }
                    }};
                }
                // Jumps to `$t` (a verified jump target).
                macro_rules! jump {
                    ($t:expr) => {{
                        ip = $t as usize;
                        continue;
                    }};
                }
                // Runs frame `$callee` (a raw `Box<Frame>`) inline from its first instruction:
                // the caller's loop state waits in `hot_links` until it returns.
                macro_rules! inline_call {
                    ($callee:expr, $depth:expr, $then:expr) => {{
                        // (The caller resumes at `f.ip`, past the call.)
                        sync!();
                        self.recursion_depth.set($depth);
                        super::frame::push_inline(self.frames.get_mut(), $callee as *const Frame);
                        // (Written where it goes, field by field: see `push_with`.)
                        let caller: *mut Frame = f;
                        super::frame::push_with(self.hot_links.get_mut(), |l: *mut Link| {
                            std::ptr::addr_of_mut!((*l).frame).write(caller);
                            std::ptr::addr_of_mut!((*l).top).write(top);
                            std::ptr::addr_of_mut!((*l).base).write(base);
                            std::ptr::addr_of_mut!((*l).code).write(code);
                            #[cfg(feature = "shadowcode")]
                            std::ptr::addr_of_mut!((*l).sh)
                                .write(sh.map_or(std::ptr::null(), |s| s as *const Shadow));
                            #[cfg(feature = "dict-watchers")]
                            std::ptr::addr_of_mut!((*l).gs)
                                .write(gs.map_or(std::ptr::null(), |g| g as *const CodeSlots));
                            std::ptr::addr_of_mut!((*l).then).write($then);
                        });
                        inl += 1;
                        f = &mut *$callee;
                        // The callee's entry, as `execute` computes it.
                        code = &*(f.code.payload::<CodeData>() as *const CodeData);
                        #[cfg(feature = "shadowcode")]
                        {
                            sh = self.shadow_of(&f.code, code);
                            base = match sh {
                                Some(s) => s.instrs.as_ptr() as *const u32,
                                None => code.code.instructions.as_ptr(),
                            };
                        }
                        #[cfg(not(feature = "shadowcode"))]
                        {
                            base = code.code.instructions.as_ptr();
                        }
                        #[cfg(feature = "dict-watchers")]
                        {
                            gs = self.code_slots(code, &f.globals, &f.builtins);
                        }
                        // (A new frame's stack is empty and its `ip` 0; a generator's
                        // are where it was suspended.)
                        top = f.stack.as_mut_ptr().add(f.stack.len());
                        ip = f.ip;
                        continue;
                    }};
                }
                // Calls the plain Python function at `$cb` (`moved_callee` said how) with
                // its `$nargs` arguments: the callable and the arguments (never NULL) move
                // out, the stack forgets them (the NULL slot needs no drop), and the callee
                // runs in this loop: no native recursion, no `execute` entry.
                macro_rules! call_moved {
                    ($cb:expr, $bound:expr, $nargs:expr, $varargs:expr, $depth:expr) => {{
                        let cb = $cb;
                        top = cb;
                        let func = cb.read().unwrap_unchecked();
                        let args = if $bound { cb.add(1) } else { cb.add(2) };
                        let callee =
                            Box::into_raw(self.frame_moved_kind(func, args, $nargs, $varargs));
                        inline_call!(callee, $depth, Then::Value)
                    }};
                }
                let w = *base.add(ip);
                let arg = w >> 8;
                match Opcode::from_u8_unchecked(w as u8) {
                    Opcode::NOP => {}
                    Opcode::POP_TOP => discard!(),
                    Opcode::PUSH_NULL => {
                        top.write(None);
                        top = top.add(1);
                    }
                    // (`new_code` checked the index.)
                    Opcode::LOAD_CONST => push!(code.consts.get_unchecked(arg as usize).clone()),
                    // (`new_code` checked the local index against the frame's locals.)
                    Opcode::LOAD_FAST => match f.fast.get_unchecked(arg as usize) {
                        Some(v) => {
                            let v = v.clone();
                            push!(v)
                        }
                        None => bail!(),
                    },
                    Opcode::STORE_FAST => store_fast!(arg as usize),
                    // Shadow-code pairs (`vm/shadow.rs`): the second instruction's word
                    // follows, intact; an unbound local leaves it to `execute` at the
                    // half that reads it. (`new_code` checked both indexes.)
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_FAST__LOAD_FAST => {
                        let arg2 = (*base.add(ip + 1) >> 8) as usize;
                        match (
                            f.fast.get_unchecked(arg as usize),
                            f.fast.get_unchecked(arg2),
                        ) {
                            (Some(a), Some(b)) => {
                                let (a, b) = (a.clone(), b.clone());
                                push!(a);
                                push!(b);
                                ip += 1;
                            }
                            _ => bail!(),
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_FAST__LOAD_CONST => {
                        let arg2 = (*base.add(ip + 1) >> 8) as usize;
                        match f.fast.get_unchecked(arg as usize) {
                            Some(a) => {
                                let a = a.clone();
                                push!(a);
                                push!(code.consts.get_unchecked(arg2).clone());
                                ip += 1;
                            }
                            None => bail!(),
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_FAST__LOAD_FAST => {
                        store_fast!(arg as usize);
                        ip += 1;
                        match f.fast.get_unchecked((*base.add(ip) >> 8) as usize) {
                            Some(b) => {
                                let b = b.clone();
                                push!(b)
                            }
                            None => bail!(),
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_FAST__STORE_FAST => {
                        store_fast!(arg as usize);
                        ip += 1;
                        store_fast!((*base.add(ip) >> 8) as usize);
                    }
                    Opcode::COPY => {
                        let v = peek!(arg as usize).clone();
                        top.write(v);
                        top = top.add(1);
                    }
                    Opcode::SWAP => std::ptr::swap(top.sub(arg as usize), top.sub(1)),
                    Opcode::JUMP => jump!(arg),
                    Opcode::JUMP_BACKWARD => {
                        // A frame without its shadow copy yet switches at a back edge, and a
                        // pending collection runs there: both in `execute`.
                        #[cfg(feature = "shadowcode")]
                        if sh.is_none() {
                            bail!()
                        }
                        if crate::object::gc::pending() {
                            bail!()
                        }
                        jump!(arg)
                    }
                    Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                        let v = pop1!();
                        let t = truth!(&v);
                        free!(v);
                        if t == (w as u8 == Opcode::POP_JUMP_IF_TRUE as u8) {
                            jump!(arg)
                        }
                    }
                    Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                        let t = truth!(value!(1));
                        if t == (w as u8 == Opcode::JUMP_IF_TRUE_OR_POP as u8) {
                            jump!(arg)
                        }
                        discard!();
                    }
                    Opcode::UNARY_NOT => {
                        let v = pop1!();
                        let t = truth!(&v);
                        free!(v);
                        push!(self.bool_val(!t))
                    }
                    Opcode::GET_ITER => {
                        sync!();
                        let v = pop1!();
                        push_or_raise!(self.iter(&v))
                    }
                    Opcode::CONTAINS_OP => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        let (a, b) = pop2!();
                        match self.contains(&b, &a) {
                            Ok(r) => push!(self.bool_val(r != (arg == 1))),
                            Err(e) => raise!(e),
                        }
                    }
                    Opcode::BUILD_TUPLE | Opcode::BUILD_LIST => {
                        let n = arg as usize;
                        let first = top.sub(n);
                        if (0..n).any(|i| (*first.add(i)).is_none()) {
                            bail!()
                        }
                        // The values move off the stack into the new object (`Option<Value>`
                        // has `Value`'s layout for `Some`).
                        let v = if w as u8 == Opcode::BUILD_TUPLE as u8 {
                            self.new_tuple_moved(first as *const Value, n)
                        } else {
                            let items: Vec<Value> = (0..n)
                                .map(|i| first.add(i).read().unwrap_unchecked())
                                .collect();
                            self.new_list(items)
                        };
                        top = first;
                        push!(v)
                    }
                    Opcode::BUILD_MAP => {
                        let n = 2 * arg as usize;
                        let first = top.sub(n);
                        if (0..n).any(|i| (*first.add(i)).is_none()) {
                            bail!()
                        }
                        sync!();
                        // The pairs move off the stack into the dict (a key's `__hash__` or
                        // `__eq__` may run Python code).
                        top = first;
                        push_or_raise!(self.build_map_moved(first as *const Value, arg as usize))
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        let n = arg as usize;
                        let first = top.sub(n + 1);
                        let keys = match &*top.sub(1) {
                            Some(k)
                                if self.is_exact(k, &self.types.tuple)
                                    && self.tuple_items(k).len() == n =>
                            {
                                k.clone()
                            }
                            _ => bail!(),
                        };
                        if (0..n).any(|i| (*first.add(i)).is_none()) {
                            bail!()
                        }
                        sync!();
                        drop(top.sub(1).read());
                        top = first;
                        push_or_raise!(self.build_const_key_map_moved(
                            &keys,
                            first as *const Value,
                            n
                        ))
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        // An exact tuple or list of the right length: its items straight onto
                        // the stack (anything else in `execute`).
                        let n = arg as usize;
                        let seq = value!(1);
                        let seq = if self.is_exact(seq, &self.types.tuple) {
                            let items = self.tuple_items(seq);
                            if items.len() != n {
                                bail!()
                            }
                            top = top.sub(1);
                            let seq = top.read().unwrap_unchecked();
                            for v in self.tuple_items(&seq).iter().rev() {
                                push!(v.clone());
                            }
                            seq
                        } else if let Some(l) = self
                            .is_exact(seq, &self.types.list)
                            .then(|| self.as_list(seq))
                            .flatten()
                        {
                            if l.len() != n {
                                bail!()
                            }
                            top = top.sub(1);
                            let seq = top.read().unwrap_unchecked();
                            // Cloning runs no Python code, so the items may be borrowed.
                            for v in l.items.get().iter().rev() {
                                push!(v.clone());
                            }
                            seq
                        } else {
                            bail!()
                        };
                        free!(seq);
                    }
                    Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                        let is_none = value!(1).is(&self.none);
                        discard!();
                        if is_none == (w as u8 == Opcode::POP_JUMP_IF_NONE as u8) {
                            jump!(arg)
                        }
                    }
                    Opcode::RETURN_VALUE => {
                        top = top.sub(1);
                        match top.read() {
                            Some(v) => {
                                sync!();
                                break 'run Stop::Return(v);
                            }
                            None => {
                                top = top.add(1);
                                bail!()
                            }
                        }
                    }
                    Opcode::LOAD_DEREF => {
                        let Some(c) = f.cells.get(arg as usize) else {
                            bail!()
                        };
                        match self.cell_get(c) {
                            Some(v) => push!(v),
                            None => bail!(),
                        }
                    }
                    Opcode::IS_OP => {
                        let r = value!(2).is(value!(1)) != (arg == 1);
                        let (a, b) = pop2!();
                        free!(a);
                        free!(b);
                        push!(self.bool_val(r))
                    }
                    // The generic forms' inline cases, as `execute` has them (small ints,
                    // exact floats, builtin list and range iterators).
                    Opcode::BINARY_OP => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        let (a, b) = pop2!();
                        push_or_raise!(self.binop_generic(a, b, arg))
                    }
                    Opcode::COMPARE_OP => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        let (a, b) = pop2!();
                        push_or_raise!(self.compare_generic(&a, &b, arg))
                    }
                    // The generic attribute and item forms: the protocol, as in `execute`.
                    Opcode::LOAD_ATTR => {
                        sync!();
                        let Some(name) = code.names.get(arg as usize) else {
                            bail!()
                        };
                        let obj = pop1!();
                        match self.instance_attr(&obj, name) {
                            Some(v) => push!(v),
                            None => push_or_raise!(self.load_attr_uncached(&obj, name)),
                        }
                    }
                    Opcode::STORE_ATTR => {
                        sync!();
                        let Some(name) = code.names.get(arg as usize) else {
                            bail!()
                        };
                        let _ = (value!(2), value!(1));
                        let (v, obj) = pop2!();
                        if let Some(v) = self.set_instance_attr(&obj, name, v) {
                            if let Err(e) = self.store_attr_uncached(&obj, name, v) {
                                raise!(e)
                            }
                        }
                    }
                    Opcode::LOAD_METHOD => {
                        sync!();
                        let Some(name) = code.names.get(arg as usize) else {
                            bail!()
                        };
                        let obj = pop1!();
                        // `super().m`: the function and the instance, without a bound method.
                        let sm = if self.is_exact(&obj, &self.types.super_) {
                            crate::builtins::functions::super_method(self, &obj, name)
                        } else {
                            None
                        };
                        if let Some((m, s)) = sm {
                            push!(m);
                            push!(s)
                        } else {
                            match self.load_method(&obj, name) {
                                Ok((m, true)) => {
                                    push!(m);
                                    push!(obj)
                                }
                                Ok((a, false)) => {
                                    push!(a);
                                    top.write(None);
                                    top = top.add(1);
                                }
                                Err(e) => raise!(e),
                            }
                        }
                    }
                    Opcode::BINARY_SUBSCR => {
                        let (c, key) = (value!(2), value!(1));
                        // An exact list's item at a small int in range: the protocol's
                        // first case, without the call (nothing here runs Python code).
                        let item = self.list_int_item(c, key);
                        let (c, key) = pop2!();
                        match item {
                            Some(v) => {
                                free!(c);
                                drop(key);
                                push!(v)
                            }
                            None => {
                                sync!();
                                push_or_raise!(self.getitem(&c, &key))
                            }
                        }
                    }
                    Opcode::STORE_SUBSCR => {
                        sync!();
                        let _ = (value!(3), value!(2), value!(1));
                        let (c, key) = pop2!();
                        top = top.sub(1);
                        let v = top.read().unwrap_unchecked();
                        // An exact list's item at a small int in range, set in place (the
                        // protocol's first case, without the call); the old item may be
                        // freed, so the instruction pointer is already synced.
                        match self.list_int_slot(&c, &key) {
                            Some((l, j)) => l.set(j, v),
                            None => {
                                if let Err(e) = self.setitem(&c, &key, v) {
                                    raise!(e)
                                }
                            }
                        }
                    }
                    Opcode::DELETE_SUBSCR => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        let (c, key) = pop2!();
                        if let Err(e) = self.delitem(&c, &key) {
                            raise!(e)
                        }
                    }
                    Opcode::BUILD_SLICE => {
                        let n = if arg == 3 { 3 } else { 2 };
                        let _ = value!(n);
                        let step = if arg == 3 {
                            let _ = value!(1);
                            top = top.sub(1);
                            top.read().unwrap_unchecked()
                        } else {
                            self.none.clone()
                        };
                        let _ = value!(1);
                        let (start, stop) = pop2!();
                        push!(self.new_slice(start, stop, step))
                    }
                    Opcode::LIST_APPEND => {
                        let _ = value!(1);
                        let Some(l) = self.as_list(value!(arg as usize + 1)) else {
                            bail!()
                        };
                        top = top.sub(1);
                        l.push(top.read().unwrap_unchecked());
                    }
                    Opcode::YIELD_VALUE => {
                        let _ = value!(1);
                        top = top.sub(1);
                        let v = top.read().unwrap_unchecked();
                        // A generator driven by native code hands its value to the sink
                        // and goes on as if resumed with None (`vm/drive.rs`).
                        if f.sink.is_some() {
                            match self.sink_accept(f.sink, v) {
                                Ok(()) => push!(self.none.clone()),
                                Err(v) => {
                                    sync!();
                                    break 'run Stop::Yield(v);
                                }
                            }
                        } else {
                            sync!();
                            break 'run Stop::Yield(v);
                        }
                    }
                    // The generic `yield from` / `await` step, as `execute` has it: the
                    // receiver resumed by a native call (without shadow code no frame runs
                    // inline), so the levels of a generator chain stay in this loop from
                    // the resume through `SEND` to their `YIELD_VALUE`.
                    Opcode::SEND => {
                        let _ = (value!(2), value!(1));
                        sync!();
                        let v = pop1!();
                        match self.send_to(value!(1), v) {
                            Ok(crate::builtins::generator::SendResult::Yield(y)) => push!(y),
                            Ok(crate::builtins::generator::SendResult::Return(r)) => {
                                discard!();
                                push!(r);
                                jump!(arg)
                            }
                            Err(e) => raise!(e),
                        }
                    }
                    Opcode::FOR_ITER => {
                        let it = value!(1);
                        let t = self.type_ptr(it) as usize;
                        if t == self.fast.list_iter {
                            list_iter_step!(it, arg)
                        } else if t == self.fast.range_iter {
                            range_iter_step!(it, arg)
                        } else {
                            sync!();
                            match crate::builtins::iterators::fast_next(self, it) {
                                Some(Ok(Some(v))) => push!(v),
                                Some(Ok(None)) => {
                                    discard!();
                                    jump!(arg)
                                }
                                Some(Err(e)) => {
                                    raise!(e)
                                }
                                None => bail!(),
                            }
                        }
                    }
                    // A global whose watcher slot holds its value (`vm/watch.rs`).
                    #[cfg(feature = "dict-watchers")]
                    Opcode::LOAD_GLOBAL => {
                        let Some(t) = gs else { bail!() };
                        let Some(w) = t.filled(arg as usize) else {
                            bail!()
                        };
                        self.stats.slot_hits.set(self.stats.slot_hits.get() + 1);
                        // SAFETY: a filled slot's word is a live value (see `filled`).
                        let v = std::mem::ManuallyDrop::new(Value::from_raw(w));
                        push!((*v).clone())
                    }
                    // Without watcher slots: the lookup in the globals, then the builtins.
                    // (A key of another type with the same hash may run `__eq__`.)
                    #[cfg(not(feature = "dict-watchers"))]
                    Opcode::LOAD_GLOBAL => {
                        sync!();
                        push_or_raise!(self.load_global(f, &code.names[arg as usize]))
                    }
                    // A call of a plain Python function with its exact positional arguments:
                    // they move from this stack into the callee's frame (as in `execute`).
                    #[cfg(feature = "shadowcode")]
                    Opcode::CALL_PY_EXACT => {
                        let argc = arg as usize;
                        let cb = top.sub(argc + 2);
                        let bound = (*cb.add(1)).is_some();
                        let nargs = argc + bound as usize;
                        let Some(varargs) = self.moved_callee(cb, nargs) else {
                            bail!()
                        };
                        let depth = self.recursion_depth.get() + 1;
                        if depth > self.recursion_limit.get() {
                            // `execute` makes the call, which raises RecursionError.
                            bail!()
                        }
                        self.stats.call.hit();
                        call_moved!(cb, bound, nargs, varargs, depth)
                    }
                    // A generator function's call: its frame, with the arguments moved in,
                    // becomes the new generator (nothing runs yet). (Its guard repeats
                    // `CALL_PY_EXACT`'s on purpose: one shared arm measured 3% more
                    // instructions on richards and go, through the loop's register use.)
                    #[cfg(feature = "shadowcode")]
                    Opcode::CALL_PY_GEN => {
                        let argc = arg as usize;
                        let cb = top.sub(argc + 2);
                        let bound = (*cb.add(1)).is_some();
                        let nargs = argc + bound as usize;
                        let hit = match &*cb {
                            Some(c) => {
                                self.is_exact(c, &self.types.function)
                                    && self.is_simple_gen_call(
                                        c.payload::<crate::object::function::FunctionData>(),
                                        nargs,
                                    )
                            }
                            None => false,
                        };
                        if !hit {
                            bail!()
                        }
                        self.stats.call.hit();
                        top = cb;
                        let func = cb.read().unwrap_unchecked();
                        let args = if bound { cb.add(1) } else { cb.add(2) };
                        let frame = self.frame_moved(func, args, nargs);
                        // The frame holds the function; the generator names itself after it.
                        let g = {
                            let func = frame.func.clone().unwrap_unchecked();
                            self.new_generator(frame, &func)
                        };
                        push!(g)
                    }
                    // A class whose instances `object.__new__` makes, with a Python
                    // `__init__` that takes the arguments exactly (`shadow_ops.rs`): the
                    // instance takes the NULL slot and `__init__` runs inline.
                    #[cfg(feature = "shadowcode")]
                    Opcode::CALL_TYPE => {
                        let argc = arg as usize;
                        let cb = top.sub(argc + 2);
                        let Some(s) = sh else { bail!() };
                        if (*cb.add(1)).is_some() {
                            bail!()
                        }
                        let Some(cls) = &*cb else { bail!() };
                        let Some(init) = self.class_call_hit(s, ip, cls, argc) else {
                            bail!()
                        };
                        let depth = self.recursion_depth.get() + 1;
                        if depth > self.recursion_limit.get() {
                            bail!()
                        }
                        self.stats.call.hit();
                        let obj = self.new_instance(cls, ());
                        cb.add(1).write(Some(obj.clone()));
                        top = cb;
                        let cls = cb.read();
                        let callee =
                            Box::into_raw(self.frame_moved(init.clone(), cb.add(1), argc + 1));
                        // (The instance keeps its class alive.)
                        drop(cls);
                        inline_call!(callee, depth, Then::Init(obj))
                    }
                    // The generic call: unquickened code, and every call in the baseline.
                    // Other callees are called as `execute` calls them (a Python one that
                    // the arguments do not fill exactly runs in a nested `execute`).
                    Opcode::CALL => {
                        // A plain Python function whose parameters the arguments fill
                        // (as `CALL_PY_EXACT`, without its cache): its frame runs inline.
                        // (Not with shadow code, which quickens every CALL that runs
                        // often into `CALL_PY_EXACT`: a second copy of the inline call
                        // cost the loop registers, 4% more instructions on richards.)
                        #[cfg(not(feature = "shadowcode"))]
                        {
                            let argc = arg as usize;
                            let cb = top.sub(argc + 2);
                            let bound = (*cb.add(1)).is_some();
                            let nargs = argc + bound as usize;
                            let depth = self.recursion_depth.get() + 1;
                            if let Some(varargs) = self
                                .moved_callee(cb, nargs)
                                .filter(|_| depth <= self.recursion_limit.get())
                            {
                                call_moved!(cb, bound, nargs, varargs, depth)
                            }
                            // A builtin function, a method descriptor on an instance of its
                            // class, a builtin type or a plain class: called on its operands
                            // where they are (as the shadow code's `CALL_BUILTIN`,
                            // `CALL_METHOD_DESCR`, `CALL_BUILTIN_TYPE` and, out of line,
                            // `CALL_TYPE`, by the callee's type alone).
                            if let Some(c) = &*cb {
                                let t = self.type_ptr(c);
                                if t == self.types.builtin_function.ptr() as *const _
                                    || t == self.types.method_descriptor.ptr() as *const _
                                    || t == self.types.type_.ptr() as *const _
                                {
                                    sync!();
                                    if let Some(r) = self.call_native_operands(cb, argc) {
                                        // The stack forgets the operands, then drops them
                                        // (a drop may run `__del__`, which must find a
                                        // consistent stack).
                                        top = cb;
                                        for i in 0..argc + 2 {
                                            drop(cb.add(i).read());
                                        }
                                        push_or_raise!(r);
                                        ip += 1;
                                        continue 'run;
                                    }
                                }
                            }
                        }
                        sync!();
                        Sp { top }.sync(&mut f.stack);
                        let r = self.hot_call(f, arg);
                        top = f.stack.as_mut_ptr().add(f.stack.len());
                        if let Err(e) = r {
                            raise!(e)
                        }
                    }
                    // A builtin function, or a method descriptor on an instance of its class:
                    // the arguments stay on the stack while the callee borrows them.
                    #[cfg(feature = "shadowcode")]
                    Opcode::CALL_BUILTIN | Opcode::CALL_METHOD_DESCR => {
                        sync!();
                        let argc = arg as usize;
                        let cb = top.sub(argc + 2);
                        let bound = (*cb.add(1)).is_some();
                        let nargs = argc + bound as usize;
                        let first = if bound { cb.add(1) } else { cb.add(2) };
                        if (0..nargs).any(|i| (*first.add(i)).is_none()) {
                            bail!()
                        }
                        // `Option<Value>` has `Value`'s layout for `Some`.
                        let args: &[Value] =
                            std::slice::from_raw_parts(first as *const Value, nargs);
                        let r = match &*cb {
                            Some(c)
                                if w as u8 == Opcode::CALL_BUILTIN as u8
                                    && self.is_exact(c, &self.types.builtin_function) =>
                            {
                                self.stats.call.hit();
                                if let Err(e) = self.check_native_stack() {
                                    raise!(e)
                                }
                                let b = c.payload::<crate::object::native::BuiltinFunctionData>();
                                self.call_builtin(b, args, &[])
                            }
                            Some(c)
                                if w as u8 == Opcode::CALL_METHOD_DESCR as u8
                                    && self.is_exact(c, &self.types.method_descriptor) =>
                            {
                                let d = c.payload::<crate::object::native::MethodDescrData>();
                                // (No receiver, or a special method's count off: `execute`
                                // raises the TypeError.)
                                if !self.descr_takes(d, args) {
                                    bail!()
                                }
                                self.stats.call.hit();
                                if let Err(e) = self.check_native_stack() {
                                    raise!(e)
                                }
                                (d.func)(self, crate::object::native::Args::with_kw(args, &[], &[]))
                            }
                            _ => bail!(),
                        };
                        // The stack forgets the operands, then drops them (a drop may run
                        // `__del__`, which must find a consistent stack).
                        top = cb;
                        for i in 0..argc + 2 {
                            drop(cb.add(i).read());
                        }
                        push_or_raise!(r)
                    }
                    // `module.name` and `module.name(...)` through the module-attribute cache.
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_ATTR_MODULE | Opcode::LOAD_METHOD_MODULE => {
                        let Some(sh) = sh else { bail!() };
                        let Some(v) = self.module_attr_hit(sh, ip, value!(1)) else {
                            bail!()
                        };
                        let old = std::mem::replace(peek!(1), Some(v));
                        free_opt!(old);
                        if w as u8 == Opcode::LOAD_METHOD_MODULE as u8 {
                            self.stats.load_method.hit();
                            // `attribute, NULL`: a plain call of the attribute.
                            top.write(None);
                            top = top.add(1);
                        } else {
                            self.stats.load_attr.hit();
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_ATTR_MEMBER => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let v = self
                            .member_hit(value!(1), c)
                            .and_then(|a| a.slots().get(c.index.get()).cloned().flatten());
                        let Some(v) = v else { bail!() };
                        self.stats.load_attr.hit();
                        let old = std::mem::replace(peek!(1), Some(v));
                        free_opt!(old);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_ATTR_MEMBER => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let _ = value!(2);
                        let Some(a) = self.member_hit(value!(1), c) else {
                            bail!()
                        };
                        if c.index.get() >= a.slots().len() {
                            bail!()
                        }
                        self.stats.store_attr.hit();
                        // `v, obj` popped; `obj`, owned here, keeps `a` alive.
                        let (v, obj) = pop2!();
                        // SAFETY: in bounds; the old value is dropped after the borrow.
                        let old = a.slots_mut()[c.index.get()].replace(v);
                        free_opt!(old);
                        free!(obj);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_GLOBAL_CACHED => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let hit = match (self.as_dict(&f.globals), self.as_dict(&f.builtins)) {
                            (Some(g), Some(b)) => {
                                g.version.get() == c.version.get()
                                    && (c.version2.get() == 0
                                        || b.version.get() == c.version2.get())
                            }
                            _ => false,
                        };
                        if !hit {
                            bail!()
                        }
                        self.stats.load_global.hit();
                        // SAFETY: the versions match, so the dict still holds the value.
                        push!(borrowed(c.value.get()))
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_ATTR_SLOT => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let obj = value!(1);
                        let hook = crate::object::typeobj::tflags::CUSTOM_GETATTRIBUTE;
                        let Some(a) = self.slot_hit(obj, c, hook) else {
                            bail!()
                        };
                        self.stats.load_attr.hit();
                        // SAFETY: the shape matched, so it describes `values`.
                        let v = a.values.get()[c.index.get()].clone();
                        let old = std::mem::replace(peek!(1), Some(v));
                        free_opt!(old);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_ATTR_CLASS => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let key = (c.ty.get(), c.version.get(), c.shape.get());
                        if self.method_key(value!(1)) != Some(key) {
                            bail!()
                        }
                        self.stats.load_attr.hit();
                        // SAFETY: the type version is unchanged, so its MRO still holds it.
                        let old = std::mem::replace(peek!(1), Some(borrowed(c.value.get())));
                        free_opt!(old);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_ATTR_TYPE => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        if !self.type_attr_hit(value!(1), c) {
                            bail!()
                        }
                        self.stats.load_attr.hit();
                        // SAFETY: the class's version is unchanged, so its MRO still holds it.
                        let old = std::mem::replace(peek!(1), Some(borrowed(c.value.get())));
                        free_opt!(old);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::LOAD_METHOD_CACHED => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let Some(m) = self.method_key(value!(1)).and_then(|k| c.method_for(k))
                        else {
                            bail!()
                        };
                        self.stats.load_method.hit();
                        // `obj` => `method, obj`. SAFETY: the type is unchanged, so its MRO
                        // still holds the method.
                        let obj = std::mem::replace(peek!(1), Some(borrowed(m)));
                        top.write(obj);
                        top = top.add(1);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_ATTR_SLOT => {
                        let Some(sh) = sh else { bail!() };
                        let c = sh.cache(ip);
                        let _ = value!(2);
                        let hook = crate::object::typeobj::tflags::CUSTOM_SETATTR;
                        let Some(a) = self.slot_hit(value!(1), c, hook) else {
                            bail!()
                        };
                        self.stats.store_attr.hit();
                        // `v, obj` popped; `obj`, owned here, keeps `a` alive.
                        let (v, obj) = pop2!();
                        let next = c.value.get();
                        // SAFETY: the shape matched; no Python code runs while the vector is
                        // borrowed (the old value is dropped after).
                        let old = if next == 0 {
                            Some(std::mem::replace(&mut a.values.get_mut()[c.index.get()], v))
                        } else {
                            a.push_value(
                                v,
                                next as *const _,
                                Some(&self.type_data_of(&obj).attr_hint),
                            );
                            None
                        };
                        free_opt!(old);
                        free!(obj);
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::BINARY_OP_INT | Opcode::BINARY_OP_FLOAT => {
                        let _ = (value!(2), value!(1));
                        let (a, b) = pop2!();
                        let r = if w as u8 == Opcode::BINARY_OP_INT as u8 {
                            self.fast_binop_int(a, b, arg)
                        } else {
                            self.fast_binop_float(a, b, arg)
                        };
                        match r {
                            Ok(r) => {
                                self.stats.binary_op.hit();
                                push!(r)
                            }
                            Err((a, b)) => {
                                push!(a);
                                push!(b);
                                bail!()
                            }
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::COMPARE_OP_INT | Opcode::COMPARE_OP_FLOAT => {
                        let (a, b) = (value!(2), value!(1));
                        let r = if w as u8 == Opcode::COMPARE_OP_INT as u8 {
                            match (a.as_small(), b.as_small()) {
                                (Some(x), Some(y)) => super::fastops::compare_by_arg(x, y, arg),
                                _ => bail!(),
                            }
                        } else {
                            match self.float_operands(a, b) {
                                Some((x, y)) => super::fastops::compare_by_arg(x, y, arg),
                                None => bail!(),
                            }
                        };
                        self.stats.compare_op.hit();
                        drop(pop2!());
                        // A conditional jump on the result runs here too (as in `execute`).
                        let nw = *base.add(ip + 1);
                        let jf = Opcode::POP_JUMP_IF_FALSE as u8;
                        let jt = Opcode::POP_JUMP_IF_TRUE as u8;
                        if nw as u8 == jf || nw as u8 == jt {
                            if r == (nw as u8 == jt) {
                                jump!(nw >> 8)
                            }
                            jump!(ip + 2)
                        }
                        push!(self.bool_val(r))
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::BINARY_SUBSCR_LIST_INT => {
                        let (c, key) = (value!(2), value!(1));
                        let Some(v) = self.list_int_item(c, key) else {
                            bail!()
                        };
                        self.stats.binary_subscr.hit();
                        let (c, key) = pop2!();
                        free!(c);
                        drop(key);
                        push!(v)
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::BINARY_SUBSCR_TUPLE_INT => {
                        let (c, key) = (value!(2), value!(1));
                        let Some(i) = key.as_small() else { bail!() };
                        if !self.is_exact(c, &self.types.tuple) {
                            bail!()
                        }
                        let items = self.tuple_items(c);
                        let Some(j) = crate::object::misc::seq_position(i, items.len()) else {
                            bail!()
                        };
                        let v = items[j].clone();
                        self.stats.binary_subscr.hit();
                        let (c, key) = pop2!();
                        free!(c);
                        drop(key);
                        push!(v)
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_SUBSCR_LIST_INT => {
                        // `v, list, index`.
                        let _ = value!(3);
                        let (c, key) = (value!(2), value!(1));
                        let Some((_, j)) = self.list_int_slot(c, key) else {
                            bail!()
                        };
                        self.stats.store_subscr.hit();
                        // (The replaced item may be freed.)
                        sync!();
                        let (c, key) = pop2!();
                        top = top.sub(1);
                        let v = top.read().unwrap_unchecked();
                        if let Some(l) = self.as_list_exact(&c) {
                            l.set(j, v);
                        }
                        drop((c, key));
                    }
                    // A function made at run time (closures, generator expressions,
                    // lambdas), as `execute` makes it.
                    Opcode::MAKE_FUNCTION => {
                        sync!();
                        let n =
                            1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1);
                        for i in 1..=n as usize {
                            let _ = value!(i);
                        }
                        let codeobj = pop1!();
                        let closure = if arg & 8 != 0 { Some(pop1!()) } else { None };
                        let annotations = if arg & 4 != 0 { Some(pop1!()) } else { None };
                        let kwdefaults = if arg & 2 != 0 { Some(pop1!()) } else { None };
                        let defaults = if arg & 1 != 0 { Some(pop1!()) } else { None };
                        push_or_raise!(self.make_function(
                            f,
                            codeobj,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure
                        ))
                    }
                    Opcode::LOAD_CLOSURE => match f.cells.get(arg as usize) {
                        Some(c) => push!(c.clone()),
                        None => bail!(),
                    },
                    Opcode::STORE_DEREF => {
                        let Some(c) = f.cells.get(arg as usize) else {
                            bail!()
                        };
                        let _ = value!(1);
                        let c = c.clone();
                        let v = pop1!();
                        sync!();
                        // (The old value drops here, possibly running a finaliser.)
                        c.payload::<crate::object::function::CellData>()
                            .set(Some(v));
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = value!(1);
                        let r = match v.as_small() {
                            Some(i) => self.new_int(-i),
                            None => match self.exact_float(v) {
                                Some(x) => self.new_float(-x),
                                None => bail!(),
                            },
                        };
                        let old = std::mem::replace(peek!(1), Some(r));
                        drop(old);
                    }
                    Opcode::SET_ADD => {
                        sync!();
                        let _ = value!(1);
                        let Some(s) = self.as_set(value!(arg as usize + 1)) else {
                            bail!()
                        };
                        top = top.sub(1);
                        if let Err(e) = self.set_add(s, top.read().unwrap_unchecked()) {
                            raise!(e)
                        }
                    }
                    Opcode::MAP_ADD => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        let Some(d) = self.as_dict(value!(arg as usize + 2)) else {
                            bail!()
                        };
                        let (k, v) = pop2!();
                        if let Err(e) = self.dict_set(d, k, v) {
                            raise!(e)
                        }
                    }
                    // An exact dict's item, by any key or by an exact str key.
                    #[cfg(feature = "shadowcode")]
                    Opcode::BINARY_SUBSCR_DICT | Opcode::BINARY_SUBSCR_DICT_STR => {
                        sync!();
                        let _ = (value!(2), value!(1));
                        if !self.is_exact(value!(2), &self.types.dict) {
                            bail!()
                        }
                        self.stats.binary_subscr.hit();
                        let (c, key) = pop2!();
                        let d = self.as_dict(&c).unwrap_unchecked();
                        let found = if w as u8 == Opcode::BINARY_SUBSCR_DICT_STR as u8
                            && self.is_exact(&key, &self.types.str_)
                        {
                            let h = self.str_hash(key.payload::<crate::object::str::StrData>());
                            self.dict_get_hashed(d, &key, h)
                        } else {
                            self.dict_get(d, &key)
                        };
                        match found {
                            Ok(Some(v)) => push!(v),
                            Ok(None) => raise!(self.key_error(key)),
                            Err(e) => raise!(e),
                        }
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::STORE_SUBSCR_DICT => {
                        sync!();
                        let _ = (value!(3), value!(2), value!(1));
                        if !self.is_exact(value!(2), &self.types.dict) {
                            bail!()
                        }
                        self.stats.store_subscr.hit();
                        let (c, key) = pop2!();
                        top = top.sub(1);
                        let v = top.read().unwrap_unchecked();
                        if let Err(e) = self.dict_set(self.as_dict(&c).unwrap_unchecked(), key, v) {
                            raise!(e)
                        }
                    }
                    // A builtin type whose native `__new__` takes the arguments in place
                    // (`shadow_ops.rs`): the type moves into the NULL slot.
                    #[cfg(feature = "shadowcode")]
                    Opcode::CALL_BUILTIN_TYPE => {
                        sync!();
                        let argc = arg as usize;
                        let cb = top.sub(argc + 2);
                        let Some(s) = sh else { bail!() };
                        if (*cb.add(1)).is_some() || (0..argc).any(|i| (*cb.add(2 + i)).is_none()) {
                            bail!()
                        }
                        let Some(cls) = &*cb else { bail!() };
                        let Some(new) = self.builtin_type_hit(s, ip, cls) else {
                            bail!()
                        };
                        if self.check_native_stack().is_err() {
                            bail!()
                        }
                        self.stats.call.hit();
                        cb.add(1).write(Some(cls.clone()));
                        let all: &[Value] =
                            std::slice::from_raw_parts(cb.add(1) as *const Value, argc + 1);
                        // SAFETY: the cached descriptor is held by the unchanged type's dict.
                        let d = std::mem::ManuallyDrop::new(Value::from_raw(new));
                        let md = d.payload::<crate::object::native::MethodDescrData>();
                        let r = match (md.func)(self, crate::object::native::Args::new(all)) {
                            Ok(obj) if !self.type_of(&obj).is(&all[0]) => {
                                self.builtin_type_after_new(&all[0], obj, &all[1..])
                            }
                            r => r,
                        };
                        top = cb;
                        for i in 0..argc + 2 {
                            drop(cb.add(i).read());
                        }
                        push_or_raise!(r)
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        // A generator passes unchanged; anything else is `execute`'s.
                        if !self.is_exact(value!(1), &self.types.generator) {
                            bail!()
                        }
                    }
                    // A generator or coroutine receiver: resumed inline until it yields
                    // (the value goes to the YIELD_VALUE after) or returns (its result
                    // replaces it, and the loop ends at the target).
                    #[cfg(feature = "shadowcode")]
                    Opcode::SEND_GEN => {
                        let _ = (value!(2), value!(1));
                        let recv = value!(2);
                        if !self.is_exact(recv, &self.types.generator)
                            && !self.is_exact(recv, &self.types.coroutine)
                        {
                            bail!()
                        }
                        let gd = recv.payload::<GenData>();
                        let depth = self.recursion_depth.get() + 1;
                        let first = !gd.started.get();
                        if gd.running.get()
                            || depth > self.recursion_limit.get()
                            || (first && !value!(1).is(&self.none))
                        {
                            bail!()
                        }
                        let Some(mut frame) = gd.frame.get_mut().take() else {
                            bail!()
                        };
                        gd.started.set(true);
                        gd.running.set(true);
                        self.push_exc_state(frame.saved_exc.take());
                        let v = pop1!();
                        if !first {
                            frame.stack.push(Some(v));
                        }
                        let g = value!(1).clone();
                        let callee = Box::into_raw(frame);
                        inline_call!(callee, depth, Then::Send(g, arg as usize))
                    }
                    // A generator: resumed inline, its frame run in this loop until it
                    // yields the next item (`gen_resume`'s steps, without the recursion).
                    #[cfg(feature = "shadowcode")]
                    Opcode::FOR_ITER_GEN => {
                        let it = value!(1);
                        if !self.is_exact(it, &self.types.generator) {
                            bail!()
                        }
                        let gd = it.payload::<GenData>();
                        let depth = self.recursion_depth.get() + 1;
                        if gd.running.get() || depth > self.recursion_limit.get() {
                            bail!()
                        }
                        // (A finished generator's end is `execute`'s.)
                        let Some(mut frame) = gd.frame.get_mut().take() else {
                            bail!()
                        };
                        self.stats.for_iter.hit();
                        let first = !gd.started.get();
                        gd.started.set(true);
                        gd.running.set(true);
                        self.push_exc_state(frame.saved_exc.take());
                        if !first {
                            // The value `next` sends.
                            frame.stack.push(Some(self.none.clone()));
                        }
                        let g = it.clone();
                        let callee = Box::into_raw(frame);
                        inline_call!(callee, depth, Then::Gen(g, arg as usize))
                    }
                    #[cfg(feature = "shadowcode")]
                    #[cfg(feature = "shadowcode")]
                    Opcode::FOR_ITER_LIST => {
                        let it = value!(1);
                        if self.type_ptr(it) as usize != self.fast.list_iter {
                            bail!()
                        }
                        self.stats.for_iter.hit();
                        list_iter_step!(it, arg)
                    }
                    #[cfg(feature = "shadowcode")]
                    Opcode::FOR_ITER_RANGE => {
                        let it = value!(1);
                        if self.type_ptr(it) as usize != self.fast.range_iter {
                            bail!()
                        }
                        self.stats.for_iter.hit();
                        range_iter_step!(it, arg)
                    }
                    // Every other opcode, by name: the match is then exhaustive, and
                    // the dispatch's jump table needs no range check.
                    #[allow(unreachable_patterns)]
                    crate::bytecode::opcode::any_opcode!() => bail!(),
                }
                ip += 1;
            };
            // An inlined callee stopped: finish it (out of line unless it returned), then
            // resume its caller with the result, or raise the error there.
            // Takes the caller's loop state back from `link` (the callee is off the
            // frame list); `callee` is the frame that stopped.
            macro_rules! resume_caller {
                ($link:expr) => {{
                    let link = $link;
                    inl -= 1;
                    self.frames.get_mut().pop();
                    self.recursion_depth.set(self.recursion_depth.get() - 1);
                    f = &mut *link.frame;
                    top = link.top;
                    base = link.base;
                    code = &*link.code;
                    #[cfg(feature = "shadowcode")]
                    {
                        sh = link.sh.as_ref();
                    }
                    #[cfg(feature = "dict-watchers")]
                    {
                        gs = link.gs.as_ref();
                    }
                    // The caller's `ip` is past its call instruction.
                    ip = f.ip;
                }};
            }
            while inl > 0 {
                Sp { top }.sync(&mut f.stack);
                // A call's plain return, the most frequent exit: the value goes straight
                // to the caller's stack. (No `Exit` is built for it: built in memory and
                // read back wider than it was written, it stalled every return.)
                if let Stop::Return(_) = &stop {
                    let links = self.hot_links.get_mut();
                    let n = links.len() - 1;
                    let l = links.as_ptr().add(n);
                    if matches!((*l).then, Then::Value) {
                        let Stop::Return(v) = stop else {
                            std::hint::unreachable_unchecked()
                        };
                        // (A `Then::Value` link owns nothing: forgetting it drops nothing.)
                        links.set_len(n);
                        let callee: *mut Frame = f;
                        resume_caller!(&*l);
                        self.release_frame(Box::from_raw(callee));
                        top.write(Some(v));
                        top = top.add(1);
                        continue 'outer;
                    }
                }
                let r = match stop {
                    Stop::Return(v) => Ok(Exit::Return(v)),
                    Stop::Yield(v) => Ok(Exit::Yield(v)),
                    stop => self.finish_inline(f, stop),
                };
                let link = self.hot_links.get_mut().pop().unwrap_unchecked();
                let callee: *mut Frame = f;
                resume_caller!(&link);
                let r = match (r, link.then) {
                    (Ok(Exit::Return(v)), Then::Value) => {
                        self.release_frame(Box::from_raw(callee));
                        Ok(v)
                    }
                    (r, then) => match self.link_result(Box::from_raw(callee), r, then) {
                        Flow::Push(v) => Ok(v),
                        Flow::Raise(e) => Err(e),
                        #[cfg(feature = "shadowcode")]
                        Flow::End(end, result) => {
                            // The generator returned: it leaves the stack (for `SEND`, its
                            // result takes its place) and the loop ends.
                            top = top.sub(1);
                            drop(top.read());
                            if let Some(r) = result {
                                top.write(Some(r));
                                top = top.add(1);
                            }
                            ip = end;
                            continue 'outer;
                        }
                    },
                };
                match r {
                    Ok(v) => {
                        top.write(Some(v));
                        top = top.add(1);
                        continue 'outer;
                    }
                    Err(e) => stop = Stop::Err(e),
                }
            }
            return HotExit { top, stop };
        }
    }

    /// `CALL` of a builtin function, of a method descriptor on an instance of its class,
    /// of a builtin type with a native `__new__`, or of a plain class
    /// (`call_plain_class_operands`), the callee borrowing its arguments on the stack
    /// (`cb` is the callable's slot, `argc` the call's argument count). None (nothing
    /// done): a NULL operand, or another callee or a descriptor call that `execute` turns
    /// into its TypeError.
    ///
    /// # Safety
    /// `cb` is the callable's slot of a `CALL argc` on a consistent stack.
    #[cfg(not(feature = "shadowcode"))]
    #[inline(never)]
    unsafe fn call_native_operands(
        &self,
        cb: *const Option<Value>,
        argc: usize,
    ) -> Option<PyResult<Value>> {
        use crate::object::native::{Args, BuiltinFunctionData, MethodDescrData};
        let c = (*cb).as_ref()?;
        let bound = (*cb.add(1)).is_some();
        // A builtin type whose native `__new__` does all the work (`range`, `int`,
        // `enumerate`...: `call_type`'s first case, once `type_call` has found it):
        // called on `cls, args...`, the type copied into the NULL slot. (Tested first:
        // a plain class goes on to its own path, any other class leaves at once.)
        if self.is_exact(c, &self.types.type_) {
            if bound || (0..argc).any(|i| (*cb.add(2 + i)).is_none()) {
                return None;
            }
            let td = crate::object::typeobj::type_data(c);
            let Some(new) = td.native_new.get() else {
                if !crate::builtins::type_::is_plain_class(td) {
                    return None;
                }
                return self.call_plain_class_operands(c, cb, argc);
            };
            if let Err(e) = self.check_native_stack() {
                return Some(Err(e));
            }
            (cb.add(1) as *mut Option<Value>).write(Some(c.clone()));
            let all: &[Value] = std::slice::from_raw_parts(cb.add(1) as *const Value, argc + 1);
            return Some(new(self, Args::new(all)));
        }
        let nargs = argc + bound as usize;
        let first = if bound { cb.add(1) } else { cb.add(2) };
        if (0..nargs).any(|i| (*first.add(i)).is_none()) {
            return None;
        }
        // `Option<Value>` has `Value`'s layout for `Some`.
        let args: &[Value] = std::slice::from_raw_parts(first as *const Value, nargs);
        if self.is_exact(c, &self.types.builtin_function) {
            if let Err(e) = self.check_native_stack() {
                return Some(Err(e));
            }
            return Some(self.call_builtin(c.payload::<BuiltinFunctionData>(), args, &[]));
        }
        if self.is_exact(c, &self.types.method_descriptor) {
            let d = c.payload::<MethodDescrData>();
            if !self.descr_takes(d, args) {
                return None;
            }
            if let Err(e) = self.check_native_stack() {
                return Some(Err(e));
            }
            return Some((d.func)(self, Args::with_kw(args, &[], &[])));
        }
        None
    }

    /// `CALL` of plain class `cls` (`plain_class_init`: `object.__new__`, a Python
    /// `__init__` its arguments fill): the instance made and `__init__` run on it and
    /// the arguments where they lie, in a frame of its own (not inline: a second inline
    /// entry in the loop cost every other program more than it saved). None: any other
    /// class, for the generic path.
    ///
    /// # Safety
    /// As `call_native_operands`, the call unbound and no operand NULL.
    #[cfg(not(feature = "shadowcode"))]
    #[inline(never)]
    unsafe fn call_plain_class_operands(
        &self,
        cls: &Value,
        cb: *const Option<Value>,
        argc: usize,
    ) -> Option<PyResult<Value>> {
        let init = self.plain_init_of(cls, argc)?;
        let args: &[Value] = std::slice::from_raw_parts(cb.add(2) as *const Value, argc);
        let obj = self.new_instance(cls, ());
        Some(
            self.call_py_bound(&init, &obj, args)
                .and_then(|r| self.init_result(r, obj)),
        )
    }

    /// How the call whose operands start at `cb` can move its `nargs` arguments into the
    /// callee's frame: Some(varargs) when the callable is a plain Python function that
    /// `frame_moved_kind` takes, None otherwise.
    #[inline(always)]
    unsafe fn moved_callee(&self, cb: *const Option<Value>, nargs: usize) -> Option<bool> {
        match &*cb {
            Some(c) if self.is_exact(c, &self.types.function) => {
                self.moved_call_kind(c.payload::<crate::object::function::FunctionData>(), nargs)
            }
            _ => None,
        }
    }

    /// What an inlined frame's exit `r` gives its caller, for the exits other than a
    /// call's plain return; the frame (off `Vm::frames`) is released, kept or dropped.
    #[inline(never)]
    fn link_result(&self, callee: Box<Frame>, r: PyResult<Exit>, then: Then) -> Flow {
        // A generator resumed inline yielded (each level of a `yield from` chain passes
        // every value up here): `gen_settle`'s yield case, done in place.
        #[cfg(feature = "shadowcode")]
        let (r, then) = match (r, then) {
            (Ok(Exit::Yield(v)), Then::Gen(g, _) | Then::Send(g, _)) => {
                // SAFETY: `FOR_ITER_GEN` and `SEND_GEN` checked that `g` is an exact
                // generator or coroutine.
                self.gen_keep_frame(unsafe { g.payload::<GenData>() }, callee);
                return Flow::Push(v);
            }
            other => other,
        };
        let r = match then {
            Then::Value => {
                self.release_frame(callee);
                self.call_result(r)
            }
            #[cfg(feature = "shadowcode")]
            Then::Init(obj) => {
                self.release_frame(callee);
                self.call_result(r).and_then(|v| self.init_result(v, obj))
            }
            #[cfg(feature = "shadowcode")]
            Then::Gen(g, end) => match self.gen_suspend(&g, callee, r) {
                Ok(SendResult::Yield(v)) => Ok(v),
                Ok(SendResult::Return(_)) => return Flow::End(end, None),
                Err(e) => Err(e),
            },
            #[cfg(feature = "shadowcode")]
            Then::Send(g, end) => match self.gen_suspend(&g, callee, r) {
                Ok(SendResult::Yield(v)) => Ok(v),
                Ok(SendResult::Return(v)) => return Flow::End(end, Some(v)),
                Err(e) => Err(e),
            },
        };
        match r {
            Ok(v) => Flow::Push(v),
            Err(e) => Flow::Raise(e),
        }
    }

    /// A call's result from its frame's exit.
    #[inline(always)]
    fn call_result(&self, r: PyResult<Exit>) -> PyResult<Value> {
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.runtime_error("yield from a non-generator frame")),
            Err(e) => Err(e),
        }
    }

    /// Suspends or finishes generator `g` whose frame `frame`, resumed inline by
    /// `FOR_ITER_GEN`, exited with `r` (as `gen_resume` does after its run): the value it
    /// yielded, None once it returned, or the error that leaves it.
    #[cfg(feature = "shadowcode")]
    fn gen_suspend(&self, g: &Value, frame: Box<Frame>, r: PyResult<Exit>) -> PyResult<SendResult> {
        // SAFETY: `FOR_ITER_GEN` and `SEND_GEN` checked that `g` is an exact generator
        // or coroutine.
        let gd = unsafe { g.payload::<GenData>() };
        self.gen_settle(gd, frame, r)
    }

    /// The end of an inlined callee's run that stopped with `stop` (its stack synced):
    /// its return value, or its error once no handler of its own took it. A callee that
    /// left the hot loop (or caught an error) runs on in `execute` here.
    #[cold]
    #[inline(never)]
    fn finish_inline(&self, f: &mut Frame, stop: Stop) -> PyResult<Exit> {
        match stop {
            Stop::Return(v) => Ok(Exit::Return(v)),
            Stop::Yield(v) => Ok(Exit::Yield(v)),
            Stop::Cold => self.run_frame_inner(f),
            Stop::Err(e) => match self.unwind_to_handler(f, e) {
                Ok(()) => self.run_frame_inner(f),
                Err(e) => Err(e),
            },
        }
    }
}

/// The loop state of a caller whose callee the hot loop runs inline.
pub(crate) struct Link {
    frame: *mut Frame,
    top: *mut Option<Value>,
    base: *const u32,
    code: *const CodeData,
    #[cfg(feature = "shadowcode")]
    sh: *const Shadow,
    #[cfg(feature = "dict-watchers")]
    gs: *const CodeSlots,
    /// What the callee's exit means to the caller.
    then: Then,
}

/// How the caller of an inlined frame goes on.
enum Flow {
    /// With this value pushed.
    Push(Value),
    /// With this error raised at its call instruction.
    Raise(PyErr),
    /// At this jump target, the generator it iterated popped (`FOR_ITER_GEN`), or replaced
    /// by its result (`SEND_GEN`).
    #[cfg(feature = "shadowcode")]
    End(usize, Option<Value>),
}

/// What an inlined frame's exit gives its caller.
enum Then {
    /// A call's result.
    Value,
    /// `__init__` run by `CALL_TYPE`: this new instance, once it returns None.
    #[cfg(feature = "shadowcode")]
    Init(Value),
    /// A generator resumed by `FOR_ITER_GEN`: a yielded value is the loop's next item; on
    /// return the loop ends, jumping to this target.
    #[cfg(feature = "shadowcode")]
    Gen(Value, usize),
    /// A generator or coroutine resumed by `SEND_GEN`: a yielded value is `SEND`'s
    /// result; its return value replaces it on the stack, jumping to this target.
    #[cfg(feature = "shadowcode")]
    Send(Value, usize),
}
