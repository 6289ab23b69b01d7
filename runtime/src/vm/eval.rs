//! The interpreter loop: runs a frame's bytecode until it returns, yields or raises.

#[cfg(feature = "shadowcode")]
use super::fastops::compare_by_arg;
use super::frame::Frame;
use super::stack::Sp;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::opcode::{BinOp, CmpOp, Opcode};
use crate::object::exception::TbEntry;
use crate::object::function::{CellData, CodeData, FunctionData};
use crate::object::typeobj::type_data;
use crate::object::value::{PyCell, Value};

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

macro_rules! pop_opt {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => return Err(stack_bug()),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(Some(v)) => v,
            _ => return Err(stack_bug()),
        }
    };
}

macro_rules! push {
    ($f:expr, $v:expr) => {
        super::frame::push_inline(&mut $f.stack, Some($v))
    };
}

/// A malformed-bytecode error: the compiler and interpreter disagree (a bug, reported, never a crash).
#[cold]
pub(super) fn stack_bug() -> PyErr {
    let vm = Vm::current().expect("interpreter installed");
    vm.new_exception_msg(
        &vm.exc.base_exception.clone(),
        "SystemError: bad value stack (interpreter bug)",
    )
}

/// What `execute` looks up once per run of a frame: the code, its shadow copy, the
/// instruction words to run and the global cache slots.
struct Entry<'a> {
    code_v: &'a Value,
    code: &'a CodeData,
    #[cfg(feature = "shadowcode")]
    sh: Option<&'a super::shadow::Shadow>,
    base: *const u32,
    #[cfg(feature = "dict-watchers")]
    gs: Option<&'a super::watch::CodeSlots>,
}

impl Vm {
    /// Runs `f` until it returns or yields, handling exceptions through the exception table.
    #[inline(always)]
    pub fn run_frame(&self, f: &mut Frame) -> PyResult<Exit> {
        super::frame::push_inline(unsafe { self.frames.get_mut() }, f as *const Frame);
        let r = self.run_frame_inner(f);
        unsafe { self.frames.get_mut().pop() };
        r
    }

    #[inline(always)]
    pub(super) fn run_frame_inner(&self, f: &mut Frame) -> PyResult<Exit> {
        loop {
            match self.execute(f) {
                Ok(exit) => return Ok(exit),
                Err(e) => self.unwind_to_handler(f, e)?,
            }
        }
    }

    /// An error left `execute`: records the traceback entry and moves `f` to its handler,
    /// or gives the error back when `f` has none (out of line: the call path stays small).
    #[inline(never)]
    pub(super) fn unwind_to_handler(&self, f: &mut Frame, e: PyErr) -> PyResult<()> {
        // The instruction that raised (unless RERAISE restored a saved one).
        if !f.lasti_set {
            f.lasti = f.ip.saturating_sub(1);
        }
        f.lasti_set = false;
        if f.reraising {
            f.reraising = false;
        } else {
            self.add_traceback(&e, f);
        }
        let code = f.code.clone();
        let co = &unsafe { code.payload::<CodeData>() }.code;
        // The handler is chosen by the instruction that raised (RERAISE may have
        // moved `lasti`, which only decides the traceback's line).
        match co.handler_for(f.ip.saturating_sub(1) as u32) {
            Some(h) => {
                f.stack.truncate(h.depth as usize);
                if h.lasti {
                    f.stack.push(Some(self.new_int(f.lasti as i64)));
                }
                f.stack.push(Some(e.0));
                f.ip = h.handler as usize;
                Ok(())
            }
            None => {
                f.stack.clear();
                Err(e)
            }
        }
    }

    /// As CPython does on every raise: `e.__context__` becomes the exception being
    /// handled, if any (and not `e`), replacing an older context; a link in the handled
    /// exception's context chain that leads back to `e` is cut first, so that no cycle
    /// forms (a cycle already in the chain is left alone).
    pub(crate) fn set_context_from_handled(&self, e: &Value) {
        let Some(h) = self.current_exc() else {
            return;
        };
        if h.is(e) {
            return;
        }
        let mut o = h.clone();
        let mut slow = h.clone();
        let mut toggle = false;
        while let Some(c) = self.exc_data(&o).context() {
            if c.is(e) {
                self.exc_data(&o).set_context(None);
                break;
            }
            o = c;
            if o.is(&slow) {
                break;
            }
            if toggle {
                if let Some(next) = self.exc_data(&slow).context() {
                    slow = next;
                }
            }
            toggle = !toggle;
        }
        self.exc_data(e).set_context(Some(h));
    }

    fn add_traceback(&self, e: &PyErr, f: &Frame) {
        if !self.is_exception_instance(&e.0) {
            return;
        }
        let d = self.exc_data(&e.0);
        let cd = f.code_data();
        let entry = TbEntry {
            filename: cd.filename.clone(),
            name: cd.name.clone(),
            line: f.line(),
            code: f.code.clone(),
            lasti: f.lasti as u32,
        };
        // An exception raised natively gets its __context__ at the frame where it was
        // raised (a `raise` statement has set it already).
        if unsafe { d.traceback.get().is_empty() } && d.context().is_none() {
            self.set_context_from_handled(&e.0);
        }
        unsafe { d.traceback.get_mut().push(entry) };
    }

    /// Runs `f`'s bytecode with its value stack held in a `Sp` (see `vm/stack.rs`); the
    /// frame's stack length is written back however the run ends.
    ///
    /// The hot loop (`vm/hot.rs`) runs first, before the large loop's own set-up: a call
    /// whose code runs only hot instructions (most small functions) never enters it.
    fn execute(&self, f: &mut Frame) -> PyResult<Exit> {
        let mut st = Sp::load(&mut f.stack);
        // Borrowed, not cloned: a running frame's code is never replaced (only a pooled
        // frame gets a new one, in `finish_frame`), and the frame holds it throughout.
        // SAFETY: as just said, `f.code` outlives this call unchanged.
        let code_v: &Value = unsafe { &*(&f.code as *const Value) };
        let code: &CodeData = unsafe { code_v.payload::<CodeData>() };
        // The shadow copy, once the code has one, has the same length and jump targets.
        #[cfg(feature = "shadowcode")]
        let sh = self.shadow_of(code_v, code);
        #[cfg(feature = "shadowcode")]
        let base: *const u32 = match sh {
            Some(s) => s.instrs.as_ptr() as *const u32,
            None => code.code.instructions.as_ptr(),
        };
        #[cfg(not(feature = "shadowcode"))]
        let base: *const u32 = code.code.instructions.as_ptr();
        // Global cache slots (dict watchers), when this frame's globals and builtins are
        // the pair the code's slot table belongs to.
        #[cfg(feature = "dict-watchers")]
        let gs = self.code_slots(code, &f.globals, &f.builtins);
        let entry = Entry {
            code_v,
            code,
            #[cfg(feature = "shadowcode")]
            sh,
            base,
            #[cfg(feature = "dict-watchers")]
            gs,
        };
        let r = match self.hot_step(f, &mut st, &entry) {
            Some(r) => r,
            None => self.execute_body(f, &mut st, entry),
        };
        st.sync(&mut f.stack);
        r
    }

    /// Runs the hot loop from `f.ip` if the instruction there is one it takes; the frame's
    /// exit if it returned or raised, None when `execute`'s loop must go on.
    #[inline(always)]
    fn hot_step(&self, f: &mut Frame, st: &mut Sp, e: &Entry) -> Option<PyResult<Exit>> {
        // SAFETY: `f.ip` is inside the verified code; `base` is `f`'s code (or its shadow
        // copy) and `st.top` its stack top.
        unsafe {
            if !super::hot::HOT[*e.base.add(f.ip) as u8 as usize] {
                return None;
            }
            let h = self.run_hot(
                f,
                st.top,
                e.base,
                e.code,
                #[cfg(feature = "shadowcode")]
                e.sh,
                #[cfg(feature = "dict-watchers")]
                e.gs,
            );
            st.top = h.top;
            match h.stop {
                super::hot::Stop::Cold => None,
                super::hot::Stop::Err(e) => Some(Err(e)),
                super::hot::Stop::Return(v) => Some(Ok(Exit::Return(v))),
                super::hot::Stop::Yield(v) => Some(Ok(Exit::Yield(v))),
            }
        }
    }

    /// The interpreter loop proper. Inside it the frame's `Vec` length is stale: the
    /// stack macros below work on `st`, and a helper that reads or changes `f.stack`
    /// runs inside `with_stack!`, which syncs the length before and reloads `st` after.
    /// Out of line, so that its large set-up runs only when a frame needs it.
    #[inline(never)]
    fn execute_body(&self, f: &mut Frame, st: &mut Sp, entry: Entry) -> PyResult<Exit> {
        macro_rules! pop_opt {
            ($f:expr) => {{
                debug_assert!(st.depth(&$f.stack) > 0, "value stack underflow");
                // SAFETY: the verified depth is positive: the slot below `top` holds a
                // value, now moved out.
                unsafe {
                    st.top = st.top.sub(1);
                    st.top.read()
                }
            }};
        }
        macro_rules! pop {
            ($f:expr) => {
                match pop_opt!($f) {
                    Some(v) => v,
                    None => return Err(stack_bug()),
                }
            };
        }
        macro_rules! top {
            ($f:expr) => {
                match peek!($f, 1) {
                    Some(v) => &*v,
                    None => return Err(stack_bug()),
                }
            };
        }
        // The slot `$n` from the top (1 = the top), which must exist.
        macro_rules! peek {
            ($f:expr, $n:expr) => {{
                let n = $n as usize;
                debug_assert!(n >= 1 && n <= st.depth(&$f.stack), "value stack underflow");
                // SAFETY: `1 <= n <= depth` (the compiler's verified stack effects).
                unsafe { &mut *st.top.sub(n) }
            }};
        }
        macro_rules! push_opt {
            ($f:expr, $v:expr) => {{
                let v = $v;
                debug_assert!(st.has_room(&$f.stack), "value stack overflow");
                // SAFETY: `max_stack` slots were reserved: the slot is allocated and free.
                unsafe {
                    st.top.write(v);
                    st.top = st.top.add(1);
                }
            }};
        }
        macro_rules! push {
            ($f:expr, $v:expr) => {
                push_opt!($f, Some($v))
            };
        }
        // Pops the top `n` values, bottom first.
        macro_rules! drain {
            ($f:expr, $n:expr) => {{
                let n = $n as usize;
                if n > st.depth(&$f.stack) {
                    return Err(stack_bug());
                }
                let mut out = Vec::with_capacity(n);
                // SAFETY: the top `n` slots hold values; they are moved out and forgotten
                // by lowering `top` before anything can fail.
                unsafe {
                    st.top = st.top.sub(n);
                    let mut bad = false;
                    for i in 0..n {
                        match st.top.add(i).read() {
                            Some(v) => out.push(v),
                            None => bad = true,
                        }
                    }
                    if bad {
                        return Err(stack_bug());
                    }
                }
                out
            }};
        }
        // LOAD_METHOD's result: `method, self` for a plain method, else `attribute, NULL`.
        macro_rules! push_method {
            ($f:expr, $obj:expr, $r:expr) => {
                match $r {
                    (m, true) => {
                        push!($f, m);
                        push!($f, $obj)
                    }
                    (a, false) => {
                        push!($f, a);
                        push_opt!($f, None)
                    }
                }
            };
        }
        // The slot of a `CALL argc`'s callable; NULL|self and the arguments lie above it.
        #[cfg(feature = "shadowcode")]
        macro_rules! call_base {
            ($argc:expr) => {{
                debug_assert!(st.depth(&f.stack) >= $argc + 2, "value stack underflow");
                // SAFETY: `depth >= argc + 2` (the compiler's verified stack effects).
                unsafe { st.top.sub($argc + 2) }
            }};
        }
        // The stack forgets the `$n` operands from `$base` up, then drops them (a drop may
        // run `__del__`, which must find a consistent stack).
        #[cfg(feature = "shadowcode")]
        macro_rules! drop_operands {
            ($base:expr, $n:expr) => {{
                // SAFETY: `$base..top` are the call's initialised operand slots.
                unsafe {
                    st.top = $base;
                    for i in 0..$n {
                        drop($base.add(i).read());
                    }
                }
            }};
        }
        // Runs `$e`, a helper that reads or changes `f.stack`, with the length in sync.
        macro_rules! with_stack {
            ($f:expr, $e:expr) => {{
                st.sync(&mut $f.stack);
                let r = $e;
                *st = Sp::load(&mut $f.stack);
                r
            }};
        }
        let code_v = entry.code_v;
        let code = entry.code;
        let instrs: &[u32] = &code.code.instructions;
        let len = instrs.len();
        #[cfg(feature = "shadowcode")]
        let mut sh = entry.sh;
        #[cfg(feature = "shadowcode")]
        let mut base: *const u32 = entry.base;
        #[cfg(not(feature = "shadowcode"))]
        let base: *const u32 = entry.base;
        #[cfg(feature = "dict-watchers")]
        let gs = entry.gs;
        let mut ext: u32 = 0;
        loop {
            // The frequent instructions' fast paths run in `run_hot` (vm/hot.rs), which
            // returns at the first instruction it leaves to this loop.
            if ext == 0 {
                let e = Entry {
                    code_v,
                    code,
                    #[cfg(feature = "shadowcode")]
                    sh,
                    base,
                    #[cfg(feature = "dict-watchers")]
                    gs,
                };
                if let Some(r) = self.hot_step(f, st, &e) {
                    return r;
                }
            }
            let ip = f.ip;
            debug_assert!(ip < len);
            // SAFETY: `ip < len`: `new_code` checked that every jump target and handler is
            // inside the code and that the last instruction does not fall through. Shadow
            // words are `Cell<u32>` (same layout), written only between instructions by
            // this thread.
            let w = unsafe { *base.add(ip) };
            f.ip = ip + 1;
            let arg = (w >> 8) | ext;
            ext = 0;
            // SAFETY: `new_code` checked every instruction's opcode.
            let op = unsafe { Opcode::from_u8_unchecked(w as u8) };
            match op {
                Opcode::NOP => {}
                Opcode::EXTENDED_ARG => {
                    ext = arg << 24;
                }
                Opcode::POP_TOP => {
                    let _ = pop_opt!(f);
                }
                Opcode::PUSH_NULL => push_opt!(f, None),
                Opcode::COPY => {
                    let v = peek!(f, arg).clone();
                    push_opt!(f, v);
                }
                Opcode::SWAP => {
                    let a: *mut Option<Value> = peek!(f, arg);
                    let t: *mut Option<Value> = peek!(f, 1);
                    // SAFETY: two slots of the stack (possibly the same one).
                    unsafe { std::ptr::swap(a, t) };
                }
                Opcode::LOAD_CONST => push!(f, code.consts[arg as usize].clone()),
                // (A shadow-code pair runs its first half here; the second follows.)
                Opcode::LOAD_FAST
                | Opcode::LOAD_FAST__LOAD_FAST
                | Opcode::LOAD_FAST__LOAD_CONST => match &f.fast[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        push!(f, v)
                    }
                    None => return Err(self.unbound_local(&code.varnames[arg as usize])),
                },
                Opcode::STORE_FAST
                | Opcode::STORE_FAST__LOAD_FAST
                | Opcode::STORE_FAST__STORE_FAST => {
                    let v = pop!(f);
                    let old = f.fast[arg as usize].replace(v);
                    drop(old);
                }
                Opcode::DELETE_FAST => {
                    if f.fast[arg as usize].take().is_none() {
                        return Err(self.unbound_local(&code.varnames[arg as usize]));
                    }
                }
                Opcode::LOAD_DEREF => {
                    let c = &f.cells[arg as usize];
                    match unsafe { c.payload::<CellData>() }.get() {
                        Some(v) => push!(f, v),
                        None => return Err(self.unbound_deref(code, arg as usize)),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop!(f);
                    unsafe { f.cells[arg as usize].payload::<CellData>() }.set(Some(v));
                }
                Opcode::DELETE_DEREF => {
                    let c = unsafe { f.cells[arg as usize].payload::<CellData>() };
                    if c.get().is_none() {
                        return Err(self.unbound_deref(code, arg as usize));
                    }
                    c.set(None);
                }
                Opcode::LOAD_CLOSURE => {
                    let c = f.cells[arg as usize].clone();
                    push!(f, c)
                }
                Opcode::LOAD_CLASSDEREF => {
                    let name = self.deref_name(code, arg as usize);
                    let found = match &f.locals_dict {
                        Some(l) => self.mapping_get(l, &name)?,
                        None => None,
                    };
                    match found {
                        Some(v) => push!(f, v),
                        None => {
                            match unsafe { f.cells[arg as usize].payload::<CellData>() }.get() {
                                Some(v) => push!(f, v),
                                None => return Err(self.unbound_deref(code, arg as usize)),
                            }
                        }
                    }
                }
                Opcode::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    let v = self.load_name(f, name)?;
                    push!(f, v)
                }
                Opcode::STORE_NAME => {
                    let v = pop!(f);
                    let name = code.names[arg as usize].clone();
                    match &f.locals_dict {
                        Some(l) => self.mapping_set(l, name, v)?,
                        None => return Err(self.runtime_error("no locals when storing a name")),
                    }
                }
                Opcode::DELETE_NAME => {
                    let name = &code.names[arg as usize];
                    let l = f
                        .locals_dict
                        .clone()
                        .ok_or_else(|| self.runtime_error("no locals"))?;
                    if !self.mapping_del(&l, name)? {
                        return Err(self.name_not_defined(name));
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    let name = &code.names[arg as usize];
                    #[cfg(feature = "dict-watchers")]
                    let v = match gs.and_then(|t| {
                        self.load_global_slot(t, arg as usize, &f.globals, &f.builtins, name)
                    }) {
                        Some(v) => v,
                        None => self.load_global(f, name)?,
                    };
                    #[cfg(not(feature = "dict-watchers"))]
                    let v = self.load_global(f, name)?;
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_GLOBAL_ADAPTIVE => {
                    let name = &code.names[arg as usize];
                    let v = self.load_global(f, name)?;
                    if let Some(sh) = sh {
                        self.specialize_global(sh, ip, &f.globals, &f.builtins, name);
                        if sh.instrs[ip].get() as u8 == Opcode::LOAD_GLOBAL_ADAPTIVE as u8 {
                            self.shadow_unspecialized(sh, ip, Opcode::LOAD_GLOBAL);
                        }
                    }
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_GLOBAL_CACHED => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let c = sh.cache(ip);
                    let hit = match (self.as_dict(&f.globals), self.as_dict(&f.builtins)) {
                        (Some(g), Some(b)) => {
                            g.version.get() == c.version.get()
                                && (c.version2.get() == 0 || b.version.get() == c.version2.get())
                        }
                        _ => false,
                    };
                    if hit {
                        self.stats.load_global.hit();
                        // SAFETY: the versions match, so the dict still holds the value.
                        push!(f, unsafe { borrowed(c.value.get()) })
                    } else {
                        self.stats.load_global.miss();
                        self.shadow_miss(sh, ip, Opcode::LOAD_GLOBAL_ADAPTIVE, Opcode::LOAD_GLOBAL);
                        let v = self.load_global(f, &code.names[arg as usize])?;
                        push!(f, v)
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_ATTR_ADAPTIVE => {
                    let obj = pop!(f);
                    let name = &code.names[arg as usize];
                    let v = self.getattr(&obj, name)?;
                    if let Some(sh) = sh {
                        self.specialize_load_attr(sh, ip, &obj, name);
                        if sh.instrs[ip].get() as u8 == Opcode::LOAD_ATTR_ADAPTIVE as u8 {
                            self.shadow_unspecialized(sh, ip, Opcode::LOAD_ATTR);
                        }
                    }
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_ATTR_SLOT => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let c = sh.cache(ip);
                    match self.slot_hit(
                        &obj,
                        c,
                        crate::object::typeobj::tflags::CUSTOM_GETATTRIBUTE,
                    ) {
                        Some(a) => {
                            self.stats.load_attr.hit();
                            // SAFETY: the shape matched, so it describes `values`.
                            let v = unsafe { a.values.get()[c.index.get()].clone() };
                            push!(f, v)
                        }
                        None => {
                            let v = self.load_attr_miss(sh, ip, &obj, &code.names[arg as usize])?;
                            push!(f, v)
                        }
                    }
                }
                // A class attribute read through an instance (keyed by its type, version and
                // shape), or on the class itself (keyed by the class and its version).
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_ATTR_CLASS | Opcode::LOAD_ATTR_TYPE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let c = sh.cache(ip);
                    let hit = if op == Opcode::LOAD_ATTR_CLASS {
                        self.method_key(&obj) == Some((c.ty.get(), c.version.get(), c.shape.get()))
                    } else {
                        self.type_attr_hit(&obj, c)
                    };
                    if hit {
                        self.stats.load_attr.hit();
                        // SAFETY: the version is unchanged, so the MRO still holds it.
                        push!(f, unsafe { borrowed(c.value.get()) })
                    } else {
                        let v = self.load_attr_miss(sh, ip, &obj, &code.names[arg as usize])?;
                        push!(f, v)
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_ATTR_MEMBER => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let c = sh.cache(ip);
                    let v = self
                        .member_hit(&obj, c)
                        .and_then(|a| unsafe { a.slots() }.get(c.index.get()).cloned().flatten());
                    match v {
                        Some(v) => {
                            self.stats.load_attr.hit();
                            push!(f, v)
                        }
                        None => {
                            let v = self.load_attr_miss(sh, ip, &obj, &code.names[arg as usize])?;
                            push!(f, v)
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::STORE_ATTR_MEMBER => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let v = pop!(f);
                    let c = sh.cache(ip);
                    match self.member_hit(&obj, c) {
                        Some(a) if c.index.get() < unsafe { a.slots() }.len() => {
                            self.stats.store_attr.hit();
                            // SAFETY: in bounds; the old value is dropped after the borrow.
                            let old = unsafe { a.slots_mut()[c.index.get()].replace(v) };
                            drop(old);
                        }
                        _ => {
                            self.store_attr_miss(sh, ip, &obj, &code.names[arg as usize], v)?;
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_ATTR_MODULE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    if let Some(v) = self.module_attr_hit(sh, ip, &obj) {
                        self.stats.load_attr.hit();
                        push!(f, v)
                    } else {
                        let v = self.load_attr_miss(sh, ip, &obj, &code.names[arg as usize])?;
                        push!(f, v)
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_METHOD_ADAPTIVE => {
                    let obj = pop!(f);
                    let name = &code.names[arg as usize];
                    // `super().m(...)`: nothing to cache (the receiver's type says nothing of
                    // the method); the generic form takes it without a bound method.
                    if let Some((m, s)) = crate::builtins::functions::super_method(self, &obj, name)
                    {
                        if let Some(sh) = sh {
                            self.shadow_unspecialized(sh, ip, Opcode::LOAD_METHOD);
                        }
                        push!(f, m);
                        push!(f, s);
                        continue;
                    }
                    match self.load_method(&obj, name)? {
                        (m, true) => {
                            if let Some(sh) = sh {
                                self.specialize_load_method(sh, ip, &obj, &m);
                                if sh.instrs[ip].get() as u8 == Opcode::LOAD_METHOD_ADAPTIVE as u8 {
                                    self.shadow_unspecialized(sh, ip, Opcode::LOAD_METHOD);
                                }
                            }
                            push!(f, m);
                            push!(f, obj)
                        }
                        (a, false) => {
                            // `module.function(...)`: cached like a module attribute.
                            if let Some(sh) = sh {
                                if self.is_exact(&obj, &self.types.module)
                                    && self.cache_module_attr(
                                        sh,
                                        ip,
                                        &obj,
                                        name,
                                        Opcode::LOAD_METHOD_MODULE,
                                    )
                                {
                                    self.stats.load_method.specialized_one();
                                } else {
                                    // A class's static method, a callable instance attribute:
                                    // nothing cached, and the site must not stay adaptive (the
                                    // hot loop leaves for `execute` at every adaptive opcode).
                                    self.shadow_unspecialized(sh, ip, Opcode::LOAD_METHOD);
                                }
                            }
                            push!(f, a);
                            push_opt!(f, None)
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_METHOD_MODULE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    if let Some(v) = self.module_attr_hit(sh, ip, &obj) {
                        self.stats.load_method.hit();
                        push!(f, v);
                        push_opt!(f, None)
                    } else {
                        self.stats.load_method.miss();
                        self.shadow_miss(sh, ip, Opcode::LOAD_METHOD_ADAPTIVE, Opcode::LOAD_METHOD);
                        let r = self.load_method(&obj, &code.names[arg as usize])?;
                        push_method!(f, obj, r)
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::LOAD_METHOD_CACHED => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let c = sh.cache(ip);
                    let key = self.method_key(&obj);
                    if let Some(m) = key.and_then(|k| c.method_for(k)) {
                        self.stats.load_method.hit();
                        // SAFETY: the type is unchanged, so its MRO still holds the method.
                        push!(f, unsafe { borrowed(m) });
                        push!(f, obj)
                    } else {
                        self.stats.load_method.miss();
                        match self.load_method(&obj, &code.names[arg as usize])? {
                            (m, true) => {
                                // Another receiver kind: remember it beside the first.
                                match key {
                                    Some(k) => {
                                        c.add_method(k, &m);
                                        if let super::shadow::Respecialize::Generic =
                                            c.respecialize()
                                        {
                                            self.shadow_miss(
                                                sh,
                                                ip,
                                                Opcode::LOAD_METHOD_ADAPTIVE,
                                                Opcode::LOAD_METHOD,
                                            );
                                        }
                                    }
                                    None => self.shadow_miss(
                                        sh,
                                        ip,
                                        Opcode::LOAD_METHOD_ADAPTIVE,
                                        Opcode::LOAD_METHOD,
                                    ),
                                }
                                push!(f, m);
                                push!(f, obj)
                            }
                            (a, false) => {
                                push!(f, a);
                                push_opt!(f, None)
                            }
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::STORE_ATTR_ADAPTIVE => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    let name = &code.names[arg as usize];
                    let before = self.shape_word(&obj);
                    self.setattr(&obj, name, v)?;
                    if let Some(sh) = sh {
                        self.specialize_store_attr(sh, ip, &obj, name, before);
                        if sh.instrs[ip].get() as u8 == Opcode::STORE_ATTR_ADAPTIVE as u8 {
                            self.shadow_unspecialized(sh, ip, Opcode::STORE_ATTR);
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::STORE_ATTR_SLOT => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let obj = pop!(f);
                    let v = pop!(f);
                    let c = sh.cache(ip);
                    match self.slot_hit(&obj, c, crate::object::typeobj::tflags::CUSTOM_SETATTR) {
                        Some(a) => {
                            self.stats.store_attr.hit();
                            let next = c.value.get();
                            // SAFETY: the shape matched; no Python code runs while the
                            // vector is borrowed (the old value is dropped after).
                            let old = unsafe {
                                if next == 0 {
                                    Some(std::mem::replace(
                                        &mut a.values.get_mut()[c.index.get()],
                                        v,
                                    ))
                                } else {
                                    a.push_value(
                                        v,
                                        next as *const _,
                                        Some(&self.type_data_of(&obj).attr_hint),
                                    );
                                    None
                                }
                            };
                            drop(old);
                        }
                        None => {
                            self.store_attr_miss(sh, ip, &obj, &code.names[arg as usize], v)?;
                        }
                    }
                }
                #[cfg(not(feature = "shadowcode"))]
                Opcode::LOAD_GLOBAL_ADAPTIVE
                | Opcode::LOAD_GLOBAL_CACHED
                | Opcode::LOAD_ATTR_ADAPTIVE
                | Opcode::LOAD_ATTR_SLOT
                | Opcode::LOAD_ATTR_MODULE
                | Opcode::LOAD_METHOD_ADAPTIVE
                | Opcode::LOAD_METHOD_CACHED
                | Opcode::STORE_ATTR_ADAPTIVE
                | Opcode::STORE_ATTR_SLOT
                | Opcode::LOAD_ATTR_MEMBER
                | Opcode::LOAD_ATTR_CLASS
                | Opcode::LOAD_ATTR_TYPE
                | Opcode::LOAD_METHOD_MODULE
                | Opcode::STORE_ATTR_MEMBER
                | Opcode::BINARY_OP_ADAPTIVE
                | Opcode::BINARY_OP_INT
                | Opcode::BINARY_OP_FLOAT
                | Opcode::COMPARE_OP_ADAPTIVE
                | Opcode::COMPARE_OP_INT
                | Opcode::COMPARE_OP_FLOAT
                | Opcode::BINARY_SUBSCR_ADAPTIVE
                | Opcode::BINARY_SUBSCR_LIST_INT
                | Opcode::BINARY_SUBSCR_TUPLE_INT
                | Opcode::BINARY_SUBSCR_DICT
                | Opcode::BINARY_SUBSCR_DICT_STR
                | Opcode::STORE_SUBSCR_ADAPTIVE
                | Opcode::STORE_SUBSCR_LIST_INT
                | Opcode::STORE_SUBSCR_DICT
                | Opcode::CALL_ADAPTIVE
                | Opcode::CALL_PY_EXACT
                | Opcode::CALL_BUILTIN
                | Opcode::CALL_TYPE
                | Opcode::CALL_METHOD_DESCR
                | Opcode::CALL_BUILTIN_TYPE
                | Opcode::CALL_PY_GEN
                | Opcode::FOR_ITER_ADAPTIVE
                | Opcode::FOR_ITER_LIST
                | Opcode::FOR_ITER_RANGE
                | Opcode::FOR_ITER_GEN => return Err(stack_bug()),
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_OP_ADAPTIVE => {
                    let b = pop!(f);
                    let a = pop!(f);
                    if let Some(sh) = sh {
                        self.specialize_binop(sh, ip, &a, &b, arg);
                    }
                    let r = self.binop_generic(a, b, arg)?;
                    push!(f, r)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_OP_INT | Opcode::BINARY_OP_FLOAT => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = if op == Opcode::BINARY_OP_INT {
                        self.fast_binop_int(a, b, arg)
                    } else {
                        self.fast_binop_float(a, b, arg)
                    };
                    match r {
                        Ok(r) => {
                            self.stats.binary_op.hit();
                            push!(f, r)
                        }
                        Err((a, b)) => {
                            let Some(sh) = sh else {
                                return Err(stack_bug());
                            };
                            self.stats.binary_op.miss();
                            self.shadow_miss(sh, ip, Opcode::BINARY_OP_ADAPTIVE, Opcode::BINARY_OP);
                            let r = self.binop_generic(a, b, arg)?;
                            push!(f, r)
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::COMPARE_OP_ADAPTIVE => {
                    let b = pop!(f);
                    let a = pop!(f);
                    if let Some(sh) = sh {
                        self.specialize_compare(sh, ip, &a, &b);
                    }
                    let r = self.compare_generic(&a, &b, arg)?;
                    push!(f, r)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::COMPARE_OP_INT | Opcode::COMPARE_OP_FLOAT => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = if op == Opcode::COMPARE_OP_INT {
                        match (a.as_small(), b.as_small()) {
                            (Some(x), Some(y)) => Some(compare_by_arg(x, y, arg)),
                            _ => None,
                        }
                    } else {
                        self.float_operands(&a, &b)
                            .map(|(x, y)| compare_by_arg(x, y, arg))
                    };
                    match r {
                        Some(r) => {
                            self.stats.compare_op.hit();
                            // A conditional jump on the result (`if a < b:`) runs here too:
                            // no bool object, no truth test.
                            // SAFETY: a comparison is never the last instruction.
                            let nw = unsafe { *base.add(ip + 1) };
                            let jf = Opcode::POP_JUMP_IF_FALSE as u8;
                            let jt = Opcode::POP_JUMP_IF_TRUE as u8;
                            if nw as u8 == jf || nw as u8 == jt {
                                f.ip = if r == (nw as u8 == jt) {
                                    (nw >> 8) as usize
                                } else {
                                    ip + 2
                                };
                            } else {
                                push!(f, self.bool_val(r))
                            }
                        }
                        None => {
                            self.stats.compare_op.miss();
                            self.shadow_miss(
                                sh,
                                ip,
                                Opcode::COMPARE_OP_ADAPTIVE,
                                Opcode::COMPARE_OP,
                            );
                            let r = self.compare_generic(&a, &b, arg)?;
                            push!(f, r)
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_SUBSCR_ADAPTIVE => {
                    let key = pop!(f);
                    let c = pop!(f);
                    if let Some(sh) = sh {
                        self.specialize_subscr(sh, ip, &c, &key);
                    }
                    let v = self.getitem(&c, &key)?;
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_SUBSCR_LIST_INT => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = match (key.as_small(), self.as_list_exact(&c)) {
                        (Some(i), Some(l)) => {
                            self.stats.binary_subscr.hit();
                            self.list_item(l, i)?
                        }
                        _ => self.subscr_miss(sh, ip, &c, &key)?,
                    };
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_SUBSCR_TUPLE_INT => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = match key.as_small() {
                        Some(i) if self.is_exact(&c, &self.types.tuple) => {
                            self.stats.binary_subscr.hit();
                            self.tuple_item(self.tuple_items(&c), i)?
                        }
                        _ => self.subscr_miss(sh, ip, &c, &key)?,
                    };
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::BINARY_SUBSCR_DICT | Opcode::BINARY_SUBSCR_DICT_STR => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let d = if self.is_exact(&c, &self.types.dict) {
                        self.as_dict(&c)
                    } else {
                        None
                    };
                    let v = match d {
                        Some(d) => {
                            self.stats.binary_subscr.hit();
                            let found = if op == Opcode::BINARY_SUBSCR_DICT_STR
                                && self.is_exact(&key, &self.types.str_)
                            {
                                let h = self.str_hash(unsafe {
                                    key.payload::<crate::object::str::StrData>()
                                });
                                self.dict_get_hashed(d, &key, h)?
                            } else {
                                self.dict_get(d, &key)?
                            };
                            match found {
                                Some(v) => v,
                                None => return Err(self.key_error(key)),
                            }
                        }
                        None => self.subscr_miss(sh, ip, &c, &key)?,
                    };
                    push!(f, v)
                }
                #[cfg(feature = "shadowcode")]
                Opcode::STORE_SUBSCR_ADAPTIVE => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    if let Some(sh) = sh {
                        self.specialize_store_subscr(sh, ip, &c, &key);
                    }
                    self.setitem(&c, &key, v)?;
                }
                #[cfg(feature = "shadowcode")]
                Opcode::STORE_SUBSCR_LIST_INT | Opcode::STORE_SUBSCR_DICT => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    if op == Opcode::STORE_SUBSCR_LIST_INT {
                        if let (Some(i), Some(l)) = (key.as_small(), self.as_list_exact(&c)) {
                            self.stats.store_subscr.hit();
                            self.list_set_item(l, i, v)?;
                            continue;
                        }
                    } else if self.is_exact(&c, &self.types.dict) {
                        self.stats.store_subscr.hit();
                        let d = self.as_dict(&c).ok_or_else(stack_bug)?;
                        self.dict_set(d, key, v)?;
                        continue;
                    }
                    self.stats.store_subscr.miss();
                    self.shadow_miss(sh, ip, Opcode::STORE_SUBSCR_ADAPTIVE, Opcode::STORE_SUBSCR);
                    self.setitem(&c, &key, v)?;
                }
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_ADAPTIVE => with_stack!(f, {
                    let site = self.call_site(f, arg as usize)?;
                    if let Some(sh) = sh {
                        self.specialize_call(sh, ip, &site.callable, site.nargs(), site.null());
                    }
                    self.op_call_at(f, &site)
                })?,
                // The hot call: operands move straight from this stack into the callee's
                // frame (the callable becomes the frame's function), no `CallSite`.
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_PY_EXACT => {
                    let argc = arg as usize;
                    let base = call_base!(argc);
                    let bound = unsafe { (*base.add(1)).is_some() };
                    let nargs = argc + bound as usize;
                    let kind = match unsafe { &*base } {
                        Some(c) if self.is_exact(c, &self.types.function) => {
                            self.moved_call_kind(unsafe { c.payload::<FunctionData>() }, nargs)
                        }
                        _ => None,
                    };
                    if let Some(varargs) = kind {
                        self.stats.call.hit();
                        // SAFETY: the callable and the arguments (all `Some`: the compiler
                        // never leaves NULL among arguments) are moved out and the stack
                        // forgets them before anything can fail; the NULL slot needs no drop.
                        let frame = unsafe {
                            st.top = base;
                            let Some(func) = base.read() else {
                                return Err(stack_bug());
                            };
                            let args = if bound { base.add(1) } else { base.add(2) };
                            self.frame_moved_kind(func, args, nargs, varargs)
                        };
                        let r = self.run_frame_call(frame)?;
                        push!(f, r);
                    } else {
                        let Some(sh) = sh else {
                            return Err(stack_bug());
                        };
                        with_stack!(f, self.op_call_specialized(f, sh, ip, op, arg))?
                    }
                }
                // Builtin functions and method descriptors read their arguments in place
                // on this stack; the operands are dropped after the call.
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_BUILTIN | Opcode::CALL_METHOD_DESCR => {
                    let argc = arg as usize;
                    let base = call_base!(argc);
                    let bound = unsafe { (*base.add(1)).is_some() };
                    let nargs = argc + bound as usize;
                    let first = unsafe {
                        if bound {
                            base.add(1)
                        } else {
                            base.add(2)
                        }
                    };
                    if (0..nargs).any(|i| unsafe { (*first.add(i)).is_none() }) {
                        return Err(stack_bug());
                    }
                    // SAFETY: `nargs` `Some` slots; `Option<Value>` has `Value`'s layout for
                    // `Some` (null-pointer optimisation). They stay on the stack (owned there)
                    // while the callee borrows them.
                    let args: &[Value] =
                        unsafe { std::slice::from_raw_parts(first as *const Value, nargs) };
                    let r = match unsafe { &*base } {
                        Some(c)
                            if op == Opcode::CALL_BUILTIN
                                && self.is_exact(c, &self.types.builtin_function) =>
                        {
                            self.stats.call.hit();
                            self.check_native_stack()?;
                            let b = unsafe {
                                c.payload::<crate::object::native::BuiltinFunctionData>()
                            };
                            Some(self.call_builtin(b, args, &[]))
                        }
                        Some(c)
                            if op == Opcode::CALL_METHOD_DESCR
                                && self.is_exact(c, &self.types.method_descriptor) =>
                        {
                            let d =
                                unsafe { c.payload::<crate::object::native::MethodDescrData>() };
                            if d.kind == crate::object::native::MethodKind::Instance
                                && nargs.wrapping_sub(1) < d.arity.1 as usize
                                && nargs >= d.arity.0 as usize
                                && self.isinstance_type(&args[0], &d.objclass)
                            {
                                self.stats.call.hit();
                                self.check_native_stack()?;
                                Some((d.func)(
                                    self,
                                    crate::object::native::Args::with_kw(args, &[], &[]),
                                ))
                            } else {
                                None
                            }
                        }
                        _ => None,
                    };
                    match r {
                        Some(r) => {
                            drop_operands!(base, argc + 2);
                            push!(f, r?);
                        }
                        None => {
                            let Some(sh) = sh else {
                                return Err(stack_bug());
                            };
                            self.stats.call.miss();
                            self.shadow_miss(sh, ip, Opcode::CALL_ADAPTIVE, Opcode::CALL);
                            with_stack!(f, self.op_call(f, arg))?
                        }
                    }
                }
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_BUILTIN_TYPE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let argc = arg as usize;
                    let base = call_base!(argc);
                    let new = match unsafe { (&*base, &*base.add(1)) } {
                        (Some(cls), None)
                            if (0..argc).all(|i| unsafe { (*base.add(2 + i)).is_some() }) =>
                        {
                            self.builtin_type_hit(sh, ip, cls)
                        }
                        _ => None,
                    };
                    match new {
                        Some(new) => {
                            self.stats.call.hit();
                            self.check_native_stack()?;
                            // SAFETY: the NULL slot (nothing to drop) takes the type, so
                            // `cls, args...` lie contiguous as `__new__` wants them; the
                            // cached descriptor is held by the unchanged type's dict.
                            let r = unsafe {
                                let cls = (*base).clone().ok_or_else(stack_bug)?;
                                base.add(1).write(Some(cls));
                                let all: &[Value] = std::slice::from_raw_parts(
                                    base.add(1) as *const Value,
                                    argc + 1,
                                );
                                let d = std::mem::ManuallyDrop::new(Value::from_raw(new));
                                let md = d.payload::<crate::object::native::MethodDescrData>();
                                match (md.func)(self, crate::object::native::Args::new(all)) {
                                    Ok(obj) if !self.type_of(&obj).is(&all[0]) => {
                                        self.builtin_type_after_new(&all[0], obj, &all[1..])
                                    }
                                    r => r,
                                }
                            };
                            drop_operands!(base, argc + 2);
                            push!(f, r?);
                        }
                        None => {
                            self.stats.call.miss();
                            self.shadow_miss(sh, ip, Opcode::CALL_ADAPTIVE, Opcode::CALL);
                            with_stack!(f, self.op_call(f, arg))?
                        }
                    }
                }
                // The hot loop's miss (or a call `execute` runs itself): the generic call,
                // which makes the generator just as the hit does.
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_PY_GEN => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    with_stack!(f, {
                        let site = self.call_site(f, arg as usize)?;
                        let hit = self.is_exact(&site.callable, &self.types.function)
                            && self.is_simple_gen_call(
                                unsafe { site.callable.payload::<FunctionData>() },
                                site.nargs(),
                            );
                        if hit {
                            self.stats.call.hit();
                        } else {
                            self.stats.call.miss();
                            self.shadow_miss(sh, ip, Opcode::CALL_ADAPTIVE, Opcode::CALL);
                        }
                        self.op_call_at(f, &site)
                    })?
                }
                #[cfg(feature = "shadowcode")]
                Opcode::CALL_TYPE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    with_stack!(f, self.op_call_specialized(f, sh, ip, op, arg))?
                }
                #[cfg(feature = "shadowcode")]
                Opcode::FOR_ITER_ADAPTIVE => {
                    if let Some(sh) = sh {
                        self.specialize_for_iter(sh, ip, top!(f));
                    }
                    with_stack!(f, self.op_for_iter(f, arg))?
                }
                // The hot loop's miss (or a generator it leaves to the generic path).
                #[cfg(feature = "shadowcode")]
                Opcode::FOR_ITER_GEN => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    if !self.is_exact(top!(f), &self.types.generator) {
                        self.stats.for_iter.miss();
                        self.shadow_miss(sh, ip, Opcode::FOR_ITER_ADAPTIVE, Opcode::FOR_ITER);
                    }
                    with_stack!(f, self.op_for_iter(f, arg))?
                }
                #[cfg(feature = "shadowcode")]
                Opcode::FOR_ITER_LIST | Opcode::FOR_ITER_RANGE => {
                    let Some(sh) = sh else {
                        return Err(stack_bug());
                    };
                    let it = top!(f);
                    let want = if op == Opcode::FOR_ITER_LIST {
                        self.fast.list_iter
                    } else {
                        self.fast.range_iter
                    };
                    if self.type_ptr(it) as usize == want {
                        self.stats.for_iter.hit();
                        // Builtin list and range iterators never run Python code.
                        match crate::builtins::iterators::fast_next(self, it) {
                            Some(Ok(Some(v))) => push!(f, v),
                            Some(Ok(None)) => {
                                let _ = pop_opt!(f);
                                f.ip = arg as usize;
                            }
                            Some(Err(e)) => return Err(e),
                            None => return Err(stack_bug()),
                        }
                    } else {
                        self.stats.for_iter.miss();
                        self.shadow_miss(sh, ip, Opcode::FOR_ITER_ADAPTIVE, Opcode::FOR_ITER);
                        with_stack!(f, self.op_for_iter(f, arg))?
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let v = pop!(f);
                    let d = self.as_dict(&f.globals).unwrap();
                    self.dict_set(d, code.names[arg as usize].clone(), v)?;
                }
                Opcode::DELETE_GLOBAL => {
                    let name = &code.names[arg as usize];
                    let d = self.as_dict(&f.globals).unwrap();
                    if self.dict_del(d, name)?.is_none() {
                        return Err(self.name_not_defined(name));
                    }
                }
                Opcode::LOAD_ATTR => {
                    let obj = pop!(f);
                    let v = self.load_attr_uncached(&obj, &code.names[arg as usize])?;
                    push!(f, v)
                }
                Opcode::LOAD_METHOD => {
                    let obj = pop!(f);
                    let name = &code.names[arg as usize];
                    if let Some((m, s)) = crate::builtins::functions::super_method(self, &obj, name)
                    {
                        push!(f, m);
                        push!(f, s);
                        continue;
                    }
                    let r = self.load_method(&obj, name)?;
                    push_method!(f, obj, r)
                }
                Opcode::STORE_ATTR => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.store_attr_uncached(&obj, &code.names[arg as usize], v)?;
                }
                Opcode::DELETE_ATTR => {
                    let obj = pop!(f);
                    self.delattr(&obj, &code.names[arg as usize])?;
                }
                Opcode::BINARY_SUBSCR => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = self.getitem(&c, &key)?;
                    push!(f, v)
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    self.setitem(&c, &key, v)?;
                }
                Opcode::DELETE_SUBSCR => {
                    let key = pop!(f);
                    let c = pop!(f);
                    self.delitem(&c, &key)?;
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(f) } else { self.none.clone() };
                    let stop = pop!(f);
                    let start = pop!(f);
                    push!(f, self.new_slice(start, stop, step))
                }
                Opcode::UNARY_NEGATIVE => {
                    let v = pop!(f);
                    let r = match v.as_small() {
                        Some(i) => self.new_int(-i),
                        None => match self.exact_float(&v) {
                            Some(x) => self.new_float(-x),
                            None => self.unary_op(&v, &self.names.neg.clone(), "-")?,
                        },
                    };
                    push!(f, r)
                }
                Opcode::UNARY_POSITIVE => {
                    let v = pop!(f);
                    let r = self.unary_op(&v, &self.names.pos.clone(), "+")?;
                    push!(f, r)
                }
                Opcode::UNARY_INVERT => {
                    let v = pop!(f);
                    let r = match v.as_small() {
                        Some(i) => self.new_int(!i),
                        None => self.unary_op(&v, &self.names.invert.clone(), "~")?,
                    };
                    push!(f, r)
                }
                Opcode::UNARY_NOT => {
                    let v = pop!(f);
                    let b = self.truthy(&v)?;
                    push!(f, self.bool_val(!b))
                }
                Opcode::BINARY_OP => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.binop_generic(a, b, arg)?;
                    push!(f, r)
                }
                Opcode::COMPARE_OP => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.compare_generic(&a, &b, arg)?;
                    push!(f, r)
                }
                Opcode::IS_OP => {
                    let b = pop!(f);
                    let a = pop!(f);
                    push!(f, self.bool_val(a.is(&b) != (arg == 1)))
                }
                Opcode::CONTAINS_OP => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.contains(&b, &a)?;
                    push!(f, self.bool_val(r != (arg == 1)))
                }
                Opcode::BUILD_TUPLE => {
                    let items = drain!(f, arg as usize);
                    push!(f, self.new_tuple(items))
                }
                Opcode::BUILD_LIST => {
                    let items = drain!(f, arg as usize);
                    push!(f, self.new_list(items))
                }
                Opcode::BUILD_SET => {
                    let items = drain!(f, arg as usize);
                    let s = self.new_set(items)?;
                    push!(f, s)
                }
                // (The hot loop's builders, fed from the drained values.)
                Opcode::BUILD_MAP => {
                    let mut items = drain!(f, 2 * arg as usize);
                    // SAFETY: the vector forgets the pairs, which move into the dict.
                    let d = unsafe {
                        items.set_len(0);
                        self.build_map_moved(items.as_ptr(), arg as usize)?
                    };
                    push!(f, d)
                }
                Opcode::BUILD_CONST_KEY_MAP => {
                    let keys = pop!(f);
                    let mut vals = drain!(f, arg as usize);
                    // SAFETY: as BUILD_MAP; `keys` is the code's constant tuple.
                    let d = unsafe {
                        vals.set_len(0);
                        self.build_const_key_map_moved(&keys, vals.as_ptr(), arg as usize)?
                    };
                    push!(f, d)
                }
                Opcode::BUILD_STRING => {
                    let items = drain!(f, arg as usize);
                    let len = items.iter().map(|it| self.str_ref(it).len()).sum();
                    let mut s = String::with_capacity(len);
                    for it in &items {
                        s.push_str(self.str_ref(it));
                    }
                    push!(f, self.new_str(s))
                }
                Opcode::LIST_APPEND => {
                    let v = pop!(f);
                    let l = peek!(f, arg).as_ref().ok_or_else(stack_bug)?;
                    self.as_list(l).ok_or_else(stack_bug)?.push(v);
                }
                Opcode::SET_ADD => {
                    let v = pop!(f);
                    let s = peek!(f, arg).clone().ok_or_else(stack_bug)?;
                    self.set_add(self.as_set(&s).ok_or_else(stack_bug)?, v)?;
                }
                Opcode::MAP_ADD => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let d = peek!(f, arg).clone().ok_or_else(stack_bug)?;
                    self.dict_set(self.as_dict(&d).ok_or_else(stack_bug)?, k, v)?;
                }
                Opcode::LIST_EXTEND => {
                    let it = pop!(f);
                    let l = peek!(f, arg).clone().ok_or_else(stack_bug)?;
                    let items = self.collect_hinted(&it).map_err(|e| {
                        if self.err_matches(&e, &self.exc.type_error)
                            && self.lookup_special(&it, &self.names.iter).is_none()
                        {
                            self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&it)
                            ))
                        } else {
                            e
                        }
                    })?;
                    let ld = self.as_list(&l).ok_or_else(stack_bug)?;
                    for x in items {
                        ld.push(x);
                    }
                }
                Opcode::SET_UPDATE => {
                    let it = pop!(f);
                    let s = peek!(f, arg).clone().ok_or_else(stack_bug)?;
                    let sd = self.as_set(&s).ok_or_else(stack_bug)?;
                    // A set argument is merged keeping CPython's slot layout (iteration order).
                    self.set_update(sd, &it)?;
                }
                Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                    let m = pop!(f);
                    let d = peek!(f, arg).clone().ok_or_else(stack_bug)?;
                    let callable = if op == Opcode::DICT_MERGE {
                        // Below the dict: the args tuple, self_or_null, then the callable.
                        let k = arg as usize + 3;
                        if k <= st.depth(&f.stack) {
                            peek!(f, k).clone()
                        } else {
                            None
                        }
                    } else {
                        None
                    };
                    self.dict_merge(&d, &m, op == Opcode::DICT_MERGE, callable.as_ref())?;
                }
                Opcode::LIST_TO_TUPLE => {
                    let l = pop!(f);
                    let items = self.as_list(&l).ok_or_else(stack_bug)?.snapshot();
                    push!(f, self.new_tuple(items))
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                    let v = pop!(f);
                    let v = match arg & 3 {
                        1 => self.str(&v)?,
                        2 => self.repr(&v)?,
                        3 => crate::builtins::functions::ascii_of(self, &v)?,
                        _ => v,
                    };
                    let r = match &spec {
                        None if self.is_exact_str(&v) => v,
                        // `format(x, "")` of an int or float is `str(x)`: no `__format__`
                        // lookup and call.
                        None if v.is_small() || self.is_exact(&v, &self.types.float) => {
                            self.str(&v)?
                        }
                        _ => self.format(&v, spec.as_ref())?,
                    };
                    push!(f, r)
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop!(f);
                    // An exact tuple of the right length: its items straight onto the
                    // stack, no intermediate vector.
                    let n = arg as usize;
                    let direct = if self.is_exact(&seq, &self.types.tuple) {
                        Some(self.tuple_items(&seq))
                    } else {
                        None
                    };
                    if let Some(items) = direct.filter(|items| items.len() == n) {
                        for v in items.iter().rev() {
                            push!(f, v.clone());
                        }
                        continue;
                    }
                    let items = self.unpack(&seq, arg as usize)?;
                    for v in items.into_iter().rev() {
                        push!(f, v);
                    }
                }
                Opcode::UNPACK_EX => {
                    let seq = pop!(f);
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.collect(&seq).map_err(|e| self.unpack_error(&seq, e))?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mut items = items;
                    let tail: Vec<Value> = items.split_off(items.len() - after);
                    let mid: Vec<Value> = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        push!(f, v);
                    }
                    push!(f, self.new_list(mid));
                    for v in items.into_iter().rev() {
                        push!(f, v);
                    }
                }
                Opcode::JUMP => f.ip = arg as usize,
                Opcode::JUMP_BACKWARD => {
                    f.ip = arg as usize;
                    // Loops count towards the threshold too; a frame switches to the
                    // shadow copy at a back edge (same instruction indices).
                    #[cfg(feature = "shadowcode")]
                    if sh.is_none() {
                        if let Some(s) = self.shadow_of(&code_v, code) {
                            sh = Some(s);
                            base = s.instrs.as_ptr() as *const u32;
                        }
                    }
                    if crate::object::gc::pending() {
                        // (Another green thread's turn, or a collection.)
                        super::green::safe_point(self);
                        if crate::object::gc::collection_due() {
                            self.gc_collect();
                        }
                    }
                }
                Opcode::POP_JUMP_IF_FALSE => {
                    let v = pop!(f);
                    let t = if v.is(&self.false_) {
                        false
                    } else if v.is(&self.true_) {
                        true
                    } else {
                        self.truthy(&v)?
                    };
                    if !t {
                        f.ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!(f);
                    let t = if v.is(&self.true_) {
                        true
                    } else if v.is(&self.false_) {
                        false
                    } else {
                        self.truthy(&v)?
                    };
                    if t {
                        f.ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NONE => {
                    let v = pop!(f);
                    if v.is(&self.none) {
                        f.ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(f);
                    if !v.is(&self.none) {
                        f.ip = arg as usize;
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP => {
                    let t = self.truthy(top!(f))?;
                    if !t {
                        f.ip = arg as usize;
                    } else {
                        let _ = pop_opt!(f);
                    }
                }
                Opcode::JUMP_IF_TRUE_OR_POP => {
                    let t = self.truthy(top!(f))?;
                    if t {
                        f.ip = arg as usize;
                    } else {
                        let _ = pop_opt!(f);
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!(f);
                    let it = self.iter(&v)?;
                    push!(f, it)
                }
                Opcode::FOR_ITER => with_stack!(f, self.op_for_iter(f, arg))?,
                Opcode::RETURN_VALUE => {
                    let v = pop!(f);
                    return Ok(Exit::Return(v));
                }
                Opcode::YIELD_VALUE => {
                    let v = pop!(f);
                    return Ok(Exit::Yield(v));
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = pop!(f);
                    let it = if self.is_exact(&v, &self.types.generator) {
                        v
                    } else if self.is_exact(&v, &self.types.coroutine) {
                        let is_coro =
                            code.code.flags & crate::bytecode::code::flags::COROUTINE != 0;
                        if !is_coro {
                            return Err(self.type_error(
                                "cannot 'yield from' a coroutine object in a non-coroutine generator",
                            ));
                        }
                        v
                    } else {
                        self.iter(&v)?
                    };
                    push!(f, it)
                }
                // (SEND_GEN here: the hot loop left this receiver to the generic path.)
                Opcode::SEND | Opcode::SEND_GEN => {
                    let v = pop!(f);
                    let recv = top!(f).clone();
                    match self.send_to(&recv, v)? {
                        crate::builtins::generator::SendResult::Yield(y) => push!(f, y),
                        crate::builtins::generator::SendResult::Return(r) => {
                            let _ = pop_opt!(f);
                            push!(f, r);
                            f.ip = arg as usize;
                        }
                    }
                }
                Opcode::GET_AWAITABLE => {
                    let v = pop!(f);
                    let a = crate::builtins::generator::get_awaitable(self, &v, arg)?;
                    push!(f, a)
                }
                Opcode::GET_AITER => {
                    let v = pop!(f);
                    let a = match self.lookup_special(&v, &self.names.aiter) {
                        Some(m) => self.call_bound_special(&m, &v, &[])?,
                        None => {
                            return Err(self.type_error(format!(
                                "'async for' requires an object with __aiter__ method, got {}",
                                self.type_name(&v)
                            )))
                        }
                    };
                    push!(f, a)
                }
                Opcode::GET_ANEXT => {
                    let ai = top!(f).clone();
                    if self.is_exact(&ai, &self.types.async_generator) {
                        // Its step object is already the awaitable: no lookups, no call.
                        let aw = crate::builtins::asyncgen::anext(self, &ai)?;
                        push!(f, aw);
                        continue;
                    }
                    let aw = match self.lookup_special(&ai, &self.names.anext) {
                        Some(m) => self.call_bound_special(&m, &ai, &[])?,
                        None => {
                            return Err(self.type_error(format!(
                                "'async for' requires an iterator with __anext__ method, got {}",
                                self.type_name(&ai)
                            )))
                        }
                    };
                    let aw = crate::builtins::generator::get_awaitable(self, &aw, 0)?;
                    push!(f, aw)
                }
                Opcode::END_ASYNC_FOR => {
                    let exc = pop!(f);
                    let _aiter = pop!(f);
                    if !self.isinstance_type(&exc, &self.exc.stop_async_iteration) {
                        f.reraising = true;
                        return Err(PyErr(exc));
                    }
                }
                Opcode::RAISE_VARARGS => {
                    let e = match arg {
                        0 => match self.current_exc() {
                            Some(e) => {
                                f.reraising = true;
                                return Err(PyErr(e));
                            }
                            None => self.runtime_error("No active exception to reraise"),
                        },
                        1 => {
                            let e = pop!(f);
                            let e = self.make_raisable(e)?;
                            self.set_context_from_handled(&e.0);
                            e
                        }
                        _ => {
                            let cause = pop!(f);
                            let e = pop!(f);
                            let e = self.make_raisable(e)?;
                            let cause = if self.is_none(&cause) {
                                None
                            } else {
                                Some(
                                    self.make_raisable(cause)
                                        .map_err(|_| {
                                            self.type_error(
                                                "exception causes must derive from BaseException",
                                            )
                                        })?
                                        .0,
                                )
                            };
                            let d = self.exc_data(&e.0);
                            d.set_cause(cause);
                            d.suppress_context.set(true);
                            self.set_context_from_handled(&e.0);
                            e
                        }
                    };
                    return Err(e);
                }
                Opcode::RERAISE => {
                    let e = pop!(f);
                    if arg != 0 {
                        // The saved index sits `arg` items below the exception (under prev_exc for a `with`).
                        let k = arg as usize;
                        let saved = if k <= st.depth(&f.stack) {
                            peek!(f, k).as_ref().and_then(|v| v.as_small())
                        } else {
                            None
                        };
                        if let Some(i) = saved {
                            f.lasti = i as usize;
                            f.lasti_set = true;
                        }
                    }
                    f.reraising = true;
                    return Err(PyErr(e));
                }
                Opcode::PUSH_EXC_INFO => {
                    let e = pop!(f);
                    let prev = self.own_exc().unwrap_or_else(|| self.none.clone());
                    self.set_current_exc(Some(e.clone()));
                    push!(f, prev);
                    push!(f, e)
                }
                Opcode::POP_EXCEPT => {
                    let prev = pop!(f);
                    self.set_current_exc(if self.is_none(&prev) {
                        None
                    } else {
                        Some(prev)
                    });
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = pop!(f);
                    let e = top!(f).clone();
                    let m = self.exception_matches(&e, &ty)?;
                    push!(f, self.bool_val(m))
                }
                Opcode::CHECK_EG_MATCH => {
                    let ty = pop!(f);
                    let e = pop!(f);
                    let (rest, matched) =
                        crate::builtins::exception_group::eg_match(self, &e, &ty)?;
                    push!(f, rest);
                    push!(f, matched)
                }
                Opcode::PREP_RERAISE_STAR => {
                    let raised = pop!(f);
                    let orig = pop!(f);
                    let r =
                        crate::builtins::exception_group::prep_reraise_star(self, &orig, &raised)?;
                    push!(f, r)
                }
                Opcode::LOAD_ASSERTION_ERROR => push!(f, self.exc.assertion_error.clone()),
                Opcode::BEFORE_WITH => {
                    let mgr = pop!(f);
                    let enter = self.lookup_special(&mgr, &self.names.enter);
                    let exit = self.lookup_special(&mgr, &self.names.exit);
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let missing = if self.lookup_special(&mgr, &self.names.enter).is_none() {
                            ""
                        } else {
                            " (missed __exit__ method)"
                        };
                        return Err(self.type_error(format!(
                            "'{}' object does not support the context manager protocol{missing}",
                            self.type_name(&mgr)
                        )));
                    };
                    let bound_exit = self.descr_get(&exit, Some(&mgr), &self.type_of(&mgr))?;
                    push!(f, bound_exit);
                    let r = self.call_bound_special(&enter, &mgr, &[])?;
                    push!(f, r)
                }
                Opcode::BEFORE_ASYNC_WITH => {
                    let mgr = pop!(f);
                    let enter = self.lookup_special(&mgr, &self.names.aenter);
                    let exit = self.lookup_special(&mgr, &self.names.aexit);
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        return Err(self.type_error(format!(
                            "'{}' object does not support the asynchronous context manager protocol",
                            self.type_name(&mgr)
                        )));
                    };
                    let bound_exit = self.descr_get(&exit, Some(&mgr), &self.type_of(&mgr))?;
                    push!(f, bound_exit);
                    let r = self.call_bound_special(&enter, &mgr, &[])?;
                    push!(f, r)
                }
                Opcode::WITH_EXCEPT_START => {
                    let exc = peek!(f, 1).clone().ok_or_else(stack_bug)?;
                    let exit = peek!(f, 4).clone().ok_or_else(stack_bug)?;
                    let ty = self.type_of(&exc);
                    let tb = crate::builtins::exceptions::traceback_of(self, &exc);
                    let r = self.call(&exit, &[ty, exc, tb])?;
                    push!(f, r)
                }
                Opcode::CALL => with_stack!(f, self.op_call(f, arg))?,
                Opcode::CALL_AWAITED => with_stack!(f, self.call_awaited(f, arg as usize))?,
                Opcode::CALL_KW => with_stack!(f, self.op_call_kw(f, arg))?,
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                    let args = pop!(f);
                    let self_ = pop_opt!(f);
                    let callable = pop!(f);
                    let mut all: Vec<Value> = Vec::new();
                    if let Some(s) = self_ {
                        all.push(s);
                    }
                    // (A tuple subclass is iterated: its `__iter__` may differ.)
                    match self.as_tuple(&args) {
                        Some(t) if self.is_exact(&args, &self.types.tuple) => {
                            all.extend_from_slice(t)
                        }
                        _ => all.extend(crate::builtins::functions::star_args(
                            self, &callable, &args,
                        )?),
                    }
                    let mut names = Vec::new();
                    if let Some(kw) = kwargs {
                        for (k, v) in self.mapping_items(&kw)? {
                            if !self.is_str(&k) {
                                return Err(self.type_error("keywords must be strings"));
                            }
                            names.push(k);
                            all.push(v);
                        }
                    }
                    let r = self.call_kw(&callable, &all, &names)?;
                    push!(f, r)
                }
                Opcode::MAKE_FUNCTION => {
                    let codeobj = pop!(f);
                    let closure = if arg & 8 != 0 { Some(pop!(f)) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!(f)) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                    let func =
                        self.make_function(f, codeobj, defaults, kwdefaults, annotations, closure)?;
                    push!(f, func)
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let bc = self
                        .dict_get_str_key(self.as_dict(&f.builtins).unwrap(), "__build_class__")
                        .ok_or_else(|| self.name_error("__build_class__ not found"))?;
                    push!(f, bc)
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let l = f
                        .locals_dict
                        .clone()
                        .ok_or_else(|| self.runtime_error("no locals"))?;
                    let name = self.names.annotations.clone();
                    if self.mapping_get(&l, &name)?.is_none() {
                        self.mapping_set(&l, name, self.new_dict())?;
                    }
                }
                Opcode::IMPORT_NAME => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    let name = code.names[arg as usize].clone();
                    let m = self.import_name(&name, &f.globals, &fromlist, &level)?;
                    push!(f, m)
                }
                Opcode::IMPORT_FROM => {
                    let m = top!(f).clone();
                    let v = self.import_from(&m, &code.names[arg as usize])?;
                    push!(f, v)
                }
                Opcode::IMPORT_STAR => {
                    let m = pop!(f);
                    let l = f
                        .locals_dict
                        .clone()
                        .ok_or_else(|| self.runtime_error("no locals"))?;
                    self.import_star(&m, &l)?;
                }
                Opcode::MATCH_CLASS => {
                    let names = pop!(f);
                    let cls = pop!(f);
                    let subject = pop!(f);
                    let r = crate::builtins::matching::match_class(
                        self,
                        &subject,
                        &cls,
                        arg as usize,
                        &names,
                    )?;
                    push!(f, r)
                }
                Opcode::MATCH_MAPPING => {
                    let s = top!(f).clone();
                    let r = crate::builtins::matching::is_mapping(self, &s);
                    push!(f, self.bool_val(r))
                }
                Opcode::MATCH_SEQUENCE => {
                    let s = top!(f).clone();
                    let r = crate::builtins::matching::is_sequence(self, &s);
                    push!(f, self.bool_val(r))
                }
                Opcode::MATCH_KEYS => {
                    let keys = top!(f).clone();
                    let subject = peek!(f, 2).clone().ok_or_else(stack_bug)?;
                    let r = crate::builtins::matching::match_keys(self, &subject, &keys)?;
                    push!(f, r)
                }
                Opcode::GET_LEN => {
                    let s = top!(f).clone();
                    let n = self.len(&s)?;
                    push!(f, self.new_int_usize(n))
                }
            }
        }
    }

    fn unbound_local(&self, name: &Value) -> PyErr {
        self.new_exception_msg(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                self.str_of(name)
            ),
        )
    }

    fn deref_name(&self, code: &CodeData, i: usize) -> Value {
        let nc = code.cellvars.len();
        if i < nc {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - nc].clone()
        }
    }

    fn unbound_deref(&self, code: &CodeData, i: usize) -> PyErr {
        let name = self.deref_name(code, i);
        if i < code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            self.name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                self.str_of(&name)
            ))
        }
    }

    fn name_not_defined(&self, name: &Value) -> PyErr {
        let e = self.name_error(format!("name '{}' is not defined", self.str_of(name)));
        if let Some(a) = self.attrs_of(&e.0) {
            let _ = a.set(self, &self.intern("__name_attr__"), name.clone(), None);
        }
        e
    }

    fn load_name(&self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(l) = &f.locals_dict {
            if let Some(v) = self.mapping_get(l, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_str(self.as_dict(&f.globals).unwrap(), name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.as_dict(&f.builtins).unwrap(), name) {
            return Ok(v);
        }
        Err(self.name_not_defined(name))
    }

    #[inline]
    pub(super) fn load_global(&self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(self.as_dict(&f.globals).unwrap(), name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.as_dict(&f.builtins).unwrap(), name) {
            return Ok(v);
        }
        Err(self.name_not_defined(name))
    }

    /// `mapping[key]` for a locals mapping (a dict, or any mapping from `__prepare__`); None if missing.
    pub fn mapping_get(&self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        if self.is_exact(m, &self.types.dict) {
            return self.dict_get(self.as_dict(m).unwrap(), key);
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_set(&self, m: &Value, key: Value, v: Value) -> PyResult<()> {
        if self.is_exact(m, &self.types.dict) {
            return self.dict_set(self.as_dict(m).unwrap(), key, v);
        }
        self.setitem(m, &key, v)
    }

    fn mapping_del(&self, m: &Value, key: &Value) -> PyResult<bool> {
        if self.is_exact(m, &self.types.dict) {
            return Ok(self.dict_del(self.as_dict(m).unwrap(), key)?.is_some());
        }
        match self.delitem(m, key) {
            Ok(()) => Ok(true),
            Err(e) if self.err_matches(&e, &self.exc.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// (key, value) pairs of a mapping (`**kwargs` and dict merges).
    pub fn mapping_items(&self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(d) = self.as_dict(m) {
            // A dict, or a subclass keeping dict's `__iter__`: its stored items, as CPython's
            // dict_merge takes them (`keys`/`__getitem__` overrides are not consulted).
            if crate::builtins::dict::plain_dict_iter(self, m) {
                return Ok(d.items());
            }
        }
        let keys = match self.getattr_opt(m, &self.names.keys)? {
            Some(k) => self.call(&k, &[])?,
            None => {
                return Err(
                    self.type_error(format!("'{}' object is not a mapping", self.type_name(m)))
                )
            }
        };
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    fn dict_merge(
        &self,
        d: &Value,
        m: &Value,
        strict: bool,
        callable: Option<&Value>,
    ) -> PyResult<()> {
        let dd = self.as_dict(d).ok_or_else(stack_bug)?;
        let items = self.mapping_items(m).map_err(|e| {
            if self.err_matches(&e, &self.exc.type_error)
                && self
                    .getattr_opt(m, &self.names.keys)
                    .ok()
                    .flatten()
                    .is_none()
            {
                if strict {
                    let fname = callable
                        .map(|c| crate::builtins::functions::callable_name(self, c))
                        .unwrap_or_default();
                    self.type_error(format!(
                        "{fname} argument after ** must be a mapping, not {}",
                        self.type_name(m)
                    ))
                } else {
                    self.type_error(format!("'{}' object is not a mapping", self.type_name(m)))
                }
            } else {
                e
            }
        })?;
        for (k, v) in items {
            if strict && self.dict_get(dd, &k)?.is_some() {
                let fname = callable
                    .map(|c| crate::builtins::functions::callable_name(self, c))
                    .unwrap_or_default();
                return Err(self.type_error(format!(
                    "{fname} got multiple values for keyword argument '{}'",
                    self.str_of(&k)
                )));
            }
            self.dict_set(dd, k, v)?;
        }
        Ok(())
    }

    fn unpack_error(&self, seq: &Value, e: PyErr) -> PyErr {
        if self.err_matches(&e, &self.exc.type_error)
            && self.lookup_special(seq, &self.names.iter).is_none()
            && self.lookup_special(seq, &self.names.getitem).is_none()
        {
            self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            ))
        } else {
            e
        }
    }

    /// Unpacks exactly `n` items.
    fn unpack(&self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if self.is_exact(seq, &self.types.tuple) {
            let t = self.tuple_items(seq);
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        if self.is_exact(seq, &self.types.list) {
            let l = self.as_list(seq).unwrap();
            if l.len() == n {
                return Ok(l.snapshot());
            }
        }
        let it = self.iter(seq).map_err(|e| self.unpack_error(seq, e))?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        out.len()
                    )))
                }
            }
        }
        if self.next(&it)?.is_some() {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    /// Loads `obj.name` for a call: (function, true) when it can be called with obj as self.
    #[inline]
    pub(super) fn load_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        let td = self.type_data_of(obj);
        // (Borrowed: the lookup runs no code, and the method found is its own reference.)
        let ty = self.type_borrowed(obj);
        use crate::object::typeobj::tflags::{CUSTOM_GETATTRIBUTE, EXACT_MODULE};
        // (One flag test for both: instances pay nothing for the modules' path.)
        let plain = td.flags.get() & (CUSTOM_GETATTRIBUTE | EXACT_MODULE) == 0;
        if !plain {
            if let Some(v) = self.module_attr_fast(td, obj, name) {
                return Ok((v, false));
            }
        }
        if plain && !self.is_type(obj) && !self.is_exact(obj, &self.types.super_) {
            if let Some(m) = self.lookup_inline(&ty, name) {
                let is_plain = self.is_function(&m)
                    || (self.is_exact(&m, &self.types.method_descriptor)
                        && unsafe { m.payload::<crate::object::native::MethodDescrData>() }.kind
                            == crate::object::native::MethodKind::Instance);
                if is_plain {
                    let shadowed = match self.attrs_of(obj) {
                        Some(a) => a.has(self, name)?,
                        None => false,
                    };
                    if !shadowed {
                        return Ok((m, true));
                    }
                }
            }
            if td.flags.get() & crate::object::typeobj::tflags::HAS_GETATTR == 0 {
                // As CPython's _PyObject_GetMethod on a generic getattr: an error raised
                // by a descriptor (a property's getter) is passed on as it is, without
                // the lookup's name and obj; a plain miss gets them (`no_attribute`).
                return match self.getattr_inner(obj, name) {
                    Ok(Some(v)) => Ok((v, false)),
                    Ok(None) => Err(self.no_attribute(obj, name)),
                    Err(e) => Err(e),
                };
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    pub(super) fn make_function(
        &self,
        f: &Frame,
        codeobj: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let cd = unsafe { codeobj.payload::<CodeData>() };
        let doc = match cd.consts.first() {
            Some(c)
                if self.is_str(c)
                    && cd.code.flags & crate::bytecode::code::flags::OPTIMIZED != 0 =>
            {
                c.clone()
            }
            _ => self.none.clone(),
        };
        let module = self
            .dict_get_str(self.as_dict(&f.globals).unwrap(), &self.names.name)
            .unwrap_or_else(|| self.none.clone());
        let ann = match annotations {
            Some(t) => {
                let d = self.new_dict();
                if let Some(items) = self.as_tuple(&t) {
                    let dd = self.as_dict(&d).unwrap();
                    for pair in items.chunks(2) {
                        if pair.len() == 2 {
                            self.dict_set(dd, pair[0].clone(), pair[1].clone())?;
                        }
                    }
                }
                Some(d)
            }
            None => None,
        };
        let data = FunctionData {
            name: PyCell::new(cd.name.clone()),
            qualname: PyCell::new(cd.qualname.clone()),
            code: PyCell::new(codeobj),
            globals: f.globals.clone(),
            builtins: self.builtins_for_new_function(f),
            defaults: PyCell::new(defaults),
            kwdefaults: PyCell::new(kwdefaults),
            closure,
            doc: PyCell::new(doc),
            module: PyCell::new(module),
            annotations: PyCell::new(ann),
            dict: PyCell::new(None),
        };
        let func = self.alloc_instance(&self.types.function, data);
        Ok(func)
    }

    /// Turns the operand of `raise` into an exception instance (instantiating classes).
    pub fn make_raisable(&self, e: Value) -> PyResult<PyErr> {
        if self.is_exception_instance(&e) {
            return Ok(PyErr(e));
        }
        if self.is_type(&e)
            && unsafe { type_data(&e) }.has_flag(crate::object::typeobj::tflags::EXCEPTION)
        {
            let inst = self.call(&e, &[])?;
            if !self.is_exception_instance(&inst) {
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_string(&e)?,
                    self.type_name(&inst)
                )));
            }
            return Ok(PyErr(inst));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except ty:` matching (ty may be a tuple).
    pub fn exception_matches(&self, e: &Value, ty: &Value) -> PyResult<bool> {
        let is_exc_class = |t: &Value| {
            self.is_type(t)
                && unsafe { type_data(t) }.has_flag(crate::object::typeobj::tflags::EXCEPTION)
        };
        // As CPython, every item of a tuple is checked before any is matched (a nested
        // tuple is refused too).
        let ok = match self.as_tuple(ty) {
            Some(items) => items.iter().all(is_exc_class),
            None => is_exc_class(ty),
        };
        if !ok {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(match self.as_tuple(ty) {
            Some(items) => items.iter().any(|t| self.isinstance_type(e, t)),
            None => self.isinstance_type(e, ty),
        })
    }

    /// Runs an automatic cycle collection at a safe point.
    pub fn gc_collect(&self) -> usize {
        crate::object::gc::collect(&|obj| super::finalize::finalize_garbage(self, obj))
    }
}

/// A new reference from a borrowed word kept in an inline cache.
///
/// # Safety
#[cfg(feature = "shadowcode")]
impl Vm {
    /// A specialised subscript met another kind of container or key: count the miss,
    /// send the site back to adaptive, and do the generic subscript.
    #[cold]
    fn subscr_miss(
        &self,
        sh: Option<&super::shadow::Shadow>,
        ip: usize,
        c: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        let Some(sh) = sh else {
            return Err(stack_bug());
        };
        self.stats.binary_subscr.miss();
        self.shadow_miss(
            sh,
            ip,
            Opcode::BINARY_SUBSCR_ADAPTIVE,
            Opcode::BINARY_SUBSCR,
        );
        self.getitem(c, key)
    }

    /// Runs a specialised call (`op` is `CALL_PY_EXACT`, `CALL_BUILTIN` or `CALL_TYPE`) if
    /// its guard holds; false (nothing done) on a miss.
    #[inline(always)]
    fn call_specialized(
        &self,
        f: &mut Frame,
        sh: &super::shadow::Shadow,
        ip: usize,
        op: Opcode,
        site: &super::call::CallSite,
    ) -> PyResult<bool> {
        let r = match op {
            Opcode::CALL_PY_EXACT => {
                let Some(varargs) = self.takes_moved_args(site) else {
                    return Ok(false);
                };
                self.stats.call.hit();
                self.call_py_moved(&site.callable, &mut f.stack, site.nargs(), varargs)
            }
            Opcode::CALL_BUILTIN => {
                if !self.is_exact(&site.callable, &self.types.builtin_function) {
                    return Ok(false);
                }
                self.stats.call.hit();
                self.check_native_stack()?;
                let b = unsafe {
                    site.callable
                        .payload::<crate::object::native::BuiltinFunctionData>()
                };
                self.call_builtin(b, site.args(f), &[])
            }
            _ => {
                if !site.null() {
                    return Ok(false);
                }
                let argc = site.nargs();
                let Some(init) = self.class_call_hit(sh, ip, &site.callable, argc) else {
                    return Ok(false);
                };
                self.stats.call.hit();
                // The instance takes the NULL slot: `__init__(self, *args)` in place.
                let obj = self.new_instance(&site.callable, ());
                f.stack[site.base + 1] = Some(obj.clone());
                self.call_py_moved(&init, &mut f.stack, argc + 1, false)
                    .and_then(|r| self.init_result(r, obj))
            }
        };
        self.end_call(f, site, r)?;
        Ok(true)
    }
}

impl Vm {
    /// The list of an exact list.
    #[inline(always)]
    pub(super) fn as_list_exact<'a>(
        &self,
        v: &'a Value,
    ) -> Option<&'a crate::object::list::ListData> {
        if self.is_exact(v, &self.types.list) {
            self.as_list(v)
        } else {
            None
        }
    }

    /// The list and position of `c[key]` when `c` is an exact list and `key` a small int
    /// in range (the subscript stores' inline case).
    #[inline(always)]
    pub(super) fn list_int_slot<'a>(
        &self,
        c: &'a Value,
        key: &Value,
    ) -> Option<(&'a crate::object::list::ListData, usize)> {
        let i = key.as_small()?;
        let l = self.as_list_exact(c)?;
        Some((l, crate::object::misc::seq_position(i, l.len())?))
    }

    /// `c[key]` when `c` is an exact list and `key` a small int in range (the subscript
    /// forms' inline case; one bounds test, `get`'s).
    #[inline(always)]
    pub(super) fn list_int_item(&self, c: &Value, key: &Value) -> Option<Value> {
        let i = key.as_small()?;
        let l = self.as_list_exact(c)?;
        let j = if i < 0 { i + l.len() as i64 } else { i };
        l.get(usize::try_from(j).ok()?)
    }

    /// Whether method descriptor `d` takes `args` (`args[0]` the receiver) as a plain
    /// instance-method call: else the generic call raises its TypeError.
    #[inline(always)]
    pub(super) fn descr_takes(
        &self,
        d: &crate::object::native::MethodDescrData,
        args: &[Value],
    ) -> bool {
        d.kind == crate::object::native::MethodKind::Instance
            && args.len() >= d.arity.0 as usize
            && args.len() <= d.arity.1 as usize
            && args
                .first()
                .is_some_and(|s| self.isinstance_type(s, &d.objclass))
    }

    /// `a op b` for a `COMPARE_OP` argument: inline when it can, else the protocol.
    #[inline(always)]
    pub(super) fn compare_generic(&self, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
        if let Some(r) = self.fast_compare(a, b, arg) {
            return Ok(self.bool_val(r));
        }
        let cop = CmpOp::decode(arg).ok_or_else(|| self.runtime_error("bad COMPARE_OP"))?;
        self.compare(a, b, cop)
    }

    /// `a op b` for a `BINARY_OP` argument: inline when it can, else the protocol.
    #[inline(always)]
    pub(super) fn binop_generic(&self, a: Value, b: Value, arg: u32) -> PyResult<Value> {
        match self.fast_binop(a, b, arg) {
            Ok(r) => Ok(r),
            Err((a, b)) => {
                let (bop, inplace) =
                    BinOp::decode(arg).ok_or_else(|| self.runtime_error("bad BINARY_OP"))?;
                self.binary_op(&a, &b, bop, inplace)
            }
        }
    }

    /// A specialised call (`CALL_PY_EXACT`, `CALL_BUILTIN`, `CALL_TYPE`); a miss
    /// de-specialises the site and takes the generic call.
    #[cfg(feature = "shadowcode")]
    #[inline(always)]
    fn op_call_specialized(
        &self,
        f: &mut Frame,
        sh: &super::shadow::Shadow,
        ip: usize,
        op: Opcode,
        arg: u32,
    ) -> PyResult<()> {
        let site = self.call_site(f, arg as usize)?;
        if !self.call_specialized(f, sh, ip, op, &site)? {
            self.stats.call.miss();
            self.shadow_miss(sh, ip, Opcode::CALL_ADAPTIVE, Opcode::CALL);
            self.op_call_at(f, &site)?
        }
        Ok(())
    }

    /// `op_call` for the hot loop, out of line there (inlined, the call paths would take
    /// registers from the loop's every instruction).
    #[inline(never)]
    pub(super) fn hot_call(&self, f: &mut Frame, arg: u32) -> PyResult<()> {
        self.op_call(f, arg)
    }

    /// `CALL argc`: the generic call (a Python function whose parameters the arguments
    /// fill exactly takes them moved from the stack).
    /// Stack: f, NULL|self, args... => result
    #[inline(always)]
    fn op_call(&self, f: &mut Frame, arg: u32) -> PyResult<()> {
        let site = self.call_site(f, arg as usize)?;
        self.op_call_at(f, &site)
    }

    /// `CALL` once its operands are decoded.
    #[inline(always)]
    fn op_call_at(&self, f: &mut Frame, site: &super::call::CallSite) -> PyResult<()> {
        let r = if let Some(varargs) = self.takes_moved_args(site) {
            self.call_py_moved(&site.callable, &mut f.stack, site.nargs(), varargs)
        } else {
            self.call(&site.callable, site.args(f))
        };
        self.end_call(f, site, r)
    }

    /// `CALL_KW argc`: the callee borrows the arguments where they are on the stack (no
    /// vector of them made per call). Stack: callable, self|NULL, args..., kwnames => result
    fn op_call_kw(&self, f: &mut Frame, arg: u32) -> PyResult<()> {
        let Some(Some(kwnames)) = f.stack.pop() else {
            return Err(stack_bug());
        };
        let site = self.call_site(f, arg as usize)?;
        let kw = match self.as_tuple(&kwnames) {
            Some(k) if k.len() <= site.nargs() => k,
            _ => return Err(stack_bug()),
        };
        let r = self.call_kw(&site.callable, site.args(f), kw);
        self.end_call(f, &site, r)
    }

    /// `FOR_ITER target`. Stack: it => it, next | (jump to target, popping it)
    #[inline(always)]
    fn op_for_iter(&self, f: &mut Frame, arg: u32) -> PyResult<()> {
        let it = top!(f).clone();
        match self.next(&it)? {
            Some(v) => push!(f, v),
            None => {
                let _ = pop_opt!(f);
                f.ip = arg as usize;
            }
        }
        Ok(())
    }
}

/// The word is a live value (its holder is known unchanged by a version check).
#[cfg(feature = "shadowcode")]
#[inline(always)]
pub(super) unsafe fn borrowed(raw: usize) -> Value {
    let v = std::mem::ManuallyDrop::new(Value::from_raw(raw));
    (*v).clone()
}

#[cfg(feature = "shadowcode")]
impl Vm {
    /// The attribute store of `obj` if the slot cache `c` describes it (same type, type
    /// version and shape).
    /// An entry with no type (`ty == 0`) holds for any type without data descriptors
    /// and without the attribute hook `hook`: such types' instances are read and written
    /// through their shape alone, so one site serves every class sharing the shape.
    #[inline(always)]
    pub(super) fn slot_hit<'a>(
        &self,
        obj: &'a Value,
        c: &super::shadow::Cache,
        hook: u32,
    ) -> Option<&'a crate::object::instance::Attrs> {
        use crate::object::typeobj::tflags::NO_DATA_DESCR;
        if obj.is_small() {
            return None;
        }
        if c.ty.get() == 0 {
            if self.type_data_of(obj).flags.get() & (NO_DATA_DESCR | hook) != NO_DATA_DESCR {
                return None;
            }
            let a = self.attrs_of(obj)?;
            return (a.shape.get() as usize == c.shape.get()).then_some(a);
        }
        if self.type_ptr(obj) as usize != c.ty.get() {
            return None;
        }
        if self.type_data_of(obj).version.get() as u64 != c.version.get() {
            return None;
        }
        let a = self.attrs_of(obj)?;
        (a.shape.get() as usize == c.shape.get()).then_some(a)
    }

    /// A specialised attribute load missed: count it, send the site back to adaptive, and
    /// load generically.
    #[cold]
    #[inline(never)]
    fn load_attr_miss(
        &self,
        sh: &super::shadow::Shadow,
        ip: usize,
        obj: &Value,
        name: &Value,
    ) -> PyResult<Value> {
        self.stats.load_attr.miss();
        self.shadow_miss(sh, ip, Opcode::LOAD_ATTR_ADAPTIVE, Opcode::LOAD_ATTR);
        self.getattr(obj, name)
    }

    /// A specialised attribute store missed: as `load_attr_miss`, for stores.
    #[cold]
    #[inline(never)]
    fn store_attr_miss(
        &self,
        sh: &super::shadow::Shadow,
        ip: usize,
        obj: &Value,
        name: &Value,
        v: Value,
    ) -> PyResult<()> {
        self.stats.store_attr.miss();
        self.shadow_miss(sh, ip, Opcode::STORE_ATTR_ADAPTIVE, Opcode::STORE_ATTR);
        self.setattr(obj, name, v)
    }

    /// The attribute store of `obj` if the member cache `c` holds (same type and version).
    #[inline(always)]
    pub(super) fn member_hit<'a>(
        &self,
        obj: &'a Value,
        c: &super::shadow::Cache,
    ) -> Option<&'a crate::object::instance::Attrs> {
        if obj.is_small()
            || self.type_ptr(obj) as usize != c.ty.get()
            || self.type_data_of(obj).version.get() as u64 != c.version.get()
        {
            return None;
        }
        self.attrs_of(obj)
    }
}
