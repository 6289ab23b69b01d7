//! Calling: dispatch on the callable's type, binding arguments to parameters, and frames for Python functions.

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::object::function::{CellData, FunctionData, MethodData};
use crate::object::native::{Args, BuiltinFunctionData, MethodDescrData, MethodKind};
use crate::object::typeobj::{tflags, type_data};
use crate::object::value::Value;

impl Vm {
    /// `f(*args)`.
    #[inline]
    pub fn call(&self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// `f(*pos, **kw)` where the last `kwnames.len()` items of `args` are keyword values.
    pub fn call_kw(&self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        // Native code calling native code (descriptors, special methods) recurses here only.
        self.check_native_stack()?;
        let t = self.type_ptr(f);
        let is = |ty: &Value| std::ptr::eq(t as *const u8, ty.ptr() as *const u8);
        if is(&self.types.function) {
            return self.call_function(f, args, kwnames);
        }
        if is(&self.types.method) {
            let m = unsafe { f.payload::<MethodData>() };
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.self_.clone());
            all.extend_from_slice(args);
            return self.call_kw(&m.func, &all, kwnames);
        }
        if is(&self.types.builtin_function) {
            let b = unsafe { f.payload::<BuiltinFunctionData>() };
            return self.call_builtin_inline(b, args, kwnames);
        }
        if is(&self.types.method_descriptor) {
            let d = unsafe { f.payload::<MethodDescrData>() };
            let npos = args.len() - kwnames.len();
            if d.kind == MethodKind::Instance {
                match args[..npos].first() {
                    Some(s) if self.isinstance_type(s, &d.objclass) => {}
                    Some(s) => return Err(self.descr_receiver_error(d, s)),
                    // (A special method is a slot wrapper in CPython, worded apart.)
                    None if d.arity != (0, 255) => {
                        return Err(self.type_error(format!(
                            "descriptor '{}' of '{}' object needs an argument",
                            d.name,
                            unsafe { type_data(&d.objclass) }.name()
                        )))
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "unbound method {}.{}() needs an argument",
                            unsafe { type_data(&d.objclass) }.name(),
                            d.name
                        )))
                    }
                }
            }
            if npos < d.arity.0 as usize || npos > d.arity.1 as usize {
                return Err(self.descr_arity_error(d, npos));
            }
            if d.kind == MethodKind::Static && d.name == "__new__" {
                crate::object::native::check_new_receiver(self, &d.objclass, &args[0])?;
            }
            return (d.func)(self, Args::with_kw(&args[..npos], kwnames, &args[npos..]));
        }
        if self.is_type(f) {
            return self.call_type(f, args, kwnames);
        }
        match self.lookup_special(f, &self.names.call) {
            Some(c) if self.is_function(&c) || self.is_exact(&c, &self.types.method_descriptor) => {
                // (Up to three arguments, no heap vector: a callable object, such as a
                // partial or a cache wrapper, is often called in a loop.)
                super::ops::with_receiver(f, args, |all| self.call_kw(&c, all, kwnames))
            }
            // Another descriptor (staticmethod, classmethod, a callable object): bind it
            // first, as CPython's slot does.
            Some(c) => {
                let bound = self.descr_get(&c, Some(f), &self.type_of(f))?;
                self.call_kw(&bound, args, kwnames)
            }
            None => Err(self.type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    /// The checks of a guarded builtin `b` (a special method, or a builtin type's
    /// `__new__`) on its positional arguments `pos` (the bound one not included).
    #[cold]
    #[inline(never)]
    fn builtin_guard(&self, b: &BuiltinFunctionData, pos: &[Value]) -> PyResult<()> {
        let n = pos.len() + b.bound.is_some() as usize;
        if n < b.arity.0 as usize || n > b.arity.1 as usize {
            return Err(self.builtin_arity_error(b, n));
        }
        if let (Some(owner), Some(cls)) = (&b.new_of, pos.first()) {
            crate::object::native::check_new_receiver(self, owner, cls)?;
        }
        Ok(())
    }

    /// The TypeError for method descriptor `d` called with `n` positional arguments.
    #[cold]
    #[inline(never)]
    fn descr_arity_error(&self, d: &MethodDescrData, n: usize) -> PyErr {
        let owner = unsafe { type_data(&d.objclass) }.name();
        crate::object::native::arity_error(self, d.name, &owner, d.arity, n)
            .unwrap_or_else(|| self.type_error("wrong number of arguments"))
    }

    /// The TypeError for bound dunder `b` called with `n` positional arguments.
    fn builtin_arity_error(&self, b: &BuiltinFunctionData, n: usize) -> PyErr {
        if b.name == "__new__" {
            return self.type_error(format!("{}(): not enough arguments", b.qualname));
        }
        let owner = match &b.bound {
            Some(s) => self.type_name(s),
            None => String::new(),
        };
        crate::object::native::arity_error(self, b.name, &owner, b.arity, n)
            .unwrap_or_else(|| self.type_error("wrong number of arguments"))
    }

    /// Calls a builtin function (its bound first argument, if any, goes first); the last
    /// `kwnames.len()` of `args` are keyword values.
    ///
    /// Out of line, and short: a plain builtin (no bound argument, no guard) is a tail
    /// call of its function; the others take `call_builtin_general`. (As one body, the
    /// rare paths' registers cost `len(x)` 16 instructions a call.)
    #[inline(never)]
    pub fn call_builtin(
        &self,
        b: &BuiltinFunctionData,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        self.call_builtin_inline(b, args, kwnames)
    }

    /// `call_builtin`'s body, inline where a caller is itself out of line (`call_kw`).
    #[inline(always)]
    fn call_builtin_inline(
        &self,
        b: &BuiltinFunctionData,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if b.guarded || b.bound.is_some() {
            return self.call_builtin_general(b, args, kwnames);
        }
        let npos = args.len() - kwnames.len();
        (b.func)(self, Args::with_kw(&args[..npos], kwnames, &args[npos..]))
    }

    /// `call_builtin` of a bound or guarded builtin.
    #[inline(never)]
    fn call_builtin_general(
        &self,
        b: &BuiltinFunctionData,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let npos = args.len() - kwnames.len();
        // (Only special methods and `__new__`s have their arguments checked here.)
        if b.guarded {
            self.builtin_guard(b, &args[..npos])?;
        }
        match &b.bound {
            Some(s) => {
                let mut all = Vec::with_capacity(npos + 1);
                all.push(s.clone());
                all.extend_from_slice(&args[..npos]);
                (b.func)(self, Args::with_kw(&all, kwnames, &args[npos..]))
            }
            None => (b.func)(self, Args::with_kw(&args[..npos], kwnames, &args[npos..])),
        }
    }

    /// Calls a class: the metaclass's `__call__`, by default `__new__` then `__init__`.
    pub fn call_type(&self, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        // `range(n)`, `int(s)`, `enumerate(xs)`: the native `__new__` at once (a loop's
        // `range` went through `type_call`'s checks and a `__new__` lookup each time).
        if let Some(new) = unsafe { type_data(cls) }.native_new.get() {
            return super::ops::with_receiver(cls, args, |all| {
                let npos = all.len() - kwnames.len();
                new(self, Args::with_kw(&all[..npos], kwnames, &all[npos..]))
            });
        }
        let meta = self.type_of(cls);
        if !meta.is(&self.types.type_) {
            if let Some(c) = self.lookup(&meta, &self.names.call) {
                if !self.is_exact(&c, &self.types.method_descriptor) {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(cls.clone());
                    all.extend_from_slice(args);
                    return self.call_kw(&c, &all, kwnames);
                }
            }
        }
        crate::builtins::type_::type_call(self, cls, args, kwnames)
    }

    /// Calls a Python function.
    pub fn call_function(&self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let frame = self.make_frame(f, args, kwnames)?;
        let fd = unsafe { f.payload::<FunctionData>() };
        let co = &fd.code().code;
        if co.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            return Ok(self.new_generator(frame, f));
        }
        self.run_frame_call(frame)
    }

    /// Calls Python function `f` with `obj` and then `args` (a special method, `__init__`):
    /// when they fill its parameters (`is_simple_py_call`), its frame is built here at
    /// once, without the argument list, the dispatch and the general binder of `call`.
    pub fn call_py_bound(&self, f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        let fd = unsafe { f.payload::<FunctionData>() };
        let argc = args.len() + 1;
        if !self.is_simple_py_call(fd, argc) {
            return super::ops::with_receiver(obj, args, |all| self.call_function(f, all, &[]));
        }
        let nlocals = fd.code().code.varnames.len();
        let mut frame = self.pooled_frame();
        let fast = &mut frame.fast;
        fast.reserve(nlocals);
        fast.push(Some(obj.clone()));
        fast.extend(args.iter().cloned().map(Some));
        fast.resize(nlocals, None);
        let want = fd.code().code.argcount as usize;
        if argc < want {
            // SAFETY: `fast` holds `nlocals >= want` slots.
            unsafe { self.fill_defaults(fd, fast, argc, want) };
        }
        self.finish_frame(&mut frame, f.clone(), fd);
        self.run_frame_call(frame)
    }

    /// The native `__new__` of a builtin type whose instances need no `__init__` (range,
    /// int, str, tuple, enumerate, zip...): calling the type is calling that function.
    pub fn builtin_type_new(&self, cls: &Value) -> Option<Value> {
        if !self.is_type(cls)
            || !self.type_of(cls).is(&self.types.type_)
            || cls.is(&self.types.type_)
        {
            return None;
        }
        let td = unsafe { type_data(cls) };
        if td.has_flag(tflags::HEAPTYPE) || !td.has_flag(tflags::INIT_IS_OBJECT) {
            return None;
        }
        let new = self.lookup(cls, &self.names.new)?;
        (self.is_exact(&new, &self.types.method_descriptor)
            && unsafe { new.payload::<MethodDescrData>() }.kind == MethodKind::Static)
            .then_some(new)
    }

    /// The Python `__init__` of `cls` when calling it with `argc` arguments is "make a
    /// plain instance, run `__init__` with exactly its parameters": a heap class of
    /// metaclass `type`, `object.__new__`, not abstract.
    pub fn plain_class_init(&self, cls: &Value, argc: usize) -> Option<Value> {
        if !self.is_type(cls) || !self.type_of(cls).is(&self.types.type_) {
            return None;
        }
        if !crate::builtins::type_::is_plain_class(unsafe { type_data(cls) }) {
            return None;
        }
        self.plain_init_of(cls, argc)
    }

    /// `plain_class_init` for a class already known plain (`is_plain_class`, metaclass
    /// `type`): its `__init__`, if a Python function the `argc` arguments fill.
    pub fn plain_init_of(&self, cls: &Value, argc: usize) -> Option<Value> {
        let init = self.lookup(cls, &self.names.init)?;
        if !self.is_exact(&init, &self.types.function) {
            return None;
        }
        let fd = unsafe { init.payload::<FunctionData>() };
        self.is_simple_py_call(fd, argc + 1).then_some(init)
    }

    /// The result of a class call whose `__init__` returned `v` for instance `obj`: the
    /// instance, or CPython's TypeError for anything but None.
    pub(crate) fn init_result(&self, v: Value, obj: Value) -> PyResult<Value> {
        if self.is_none(&v) {
            Ok(obj)
        } else {
            Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&v)
            )))
        }
    }

    /// Runs a new frame to completion with recursion accounting.
    pub fn run_frame_call(&self, mut frame: Box<Frame>) -> PyResult<Value> {
        let depth = self.recursion_depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.new_exception_msg(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.check_native_stack()?;
        self.recursion_depth.set(depth);
        let r = self.run_frame(&mut frame);
        self.recursion_depth.set(depth - 1);
        self.release_frame(frame);
        match r {
            Ok(super::eval::Exit::Return(v)) => Ok(v),
            Ok(super::eval::Exit::Yield(_)) => {
                Err(self.runtime_error("yield from a non-generator frame"))
            }
            Err(e) => Err(e),
        }
    }

    /// Returns a finished frame to the pool, dropping what it still references (at once:
    /// a local, the function or the globals may hold an object with a finaliser). The
    /// code object and the interpreter's builtins stay, since the next call most often
    /// runs the same function, and neither can run a finaliser.
    pub fn release_frame(&self, mut frame: Box<Frame>) {
        super::frame::clear_values(&mut frame.fast);
        if !frame.cells.is_empty() {
            frame.cells.clear();
        }
        if !frame.stack.is_empty() {
            frame.stack.clear();
        }
        if frame.locals_dict.is_some() {
            frame.locals_dict = None;
        }
        if frame.saved_exc.is_some() {
            frame.saved_exc = None;
        }
        frame.func = None;
        frame.globals = self.none.clone();
        if !frame.builtins.is(&self.builtins_dict) {
            frame.builtins = self.none.clone();
        }
        // SAFETY: the pool is touched only here and in `pooled_frame`, never re-entrantly.
        let pool = unsafe { self.frame_pool.get_mut() };
        if pool.len() < 64 {
            super::frame::push_inline(pool, frame);
        }
    }

    /// A frame from the pool (or a new one), its fast locals, cells and stack empty.
    #[inline(always)]
    fn pooled_frame(&self) -> Box<Frame> {
        // SAFETY: see `release_frame`.
        match unsafe { self.frame_pool.get_mut() }.pop() {
            Some(fr) => fr,
            None => Box::new(Frame {
                code: self.none.clone(),
                func: None,
                globals: self.none.clone(),
                builtins: self.none.clone(),
                locals_dict: None,
                fast: Vec::new(),
                cells: Vec::new(),
                stack: Vec::new(),
                ip: 0,
                lasti: 0,
                saved_exc: None,
                reraising: false,
                lasti_set: false,
                sink: Default::default(),
            }),
        }
    }

    /// Builds the frame of a call of function `f`, binding the arguments.
    pub fn make_frame(&self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Box<Frame>> {
        let fd = unsafe { f.payload::<FunctionData>() };
        let co = &fd.code().code;
        let nlocals = co.varnames.len();
        let mut frame = self.pooled_frame();
        let npos = args.len() - kwnames.len();
        let argcount = co.argcount as usize;
        let simple = kwnames.is_empty()
            && npos == argcount
            && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && co.kwonlyargcount == 0;
        if simple {
            frame.fast.extend(args.iter().cloned().map(Some));
            frame.fast.resize(nlocals, None);
        } else {
            frame.fast.resize(nlocals, None);
            if !self.bind_kw_fast(fd, &mut frame.fast, args, kwnames) {
                super::frame::clear_values(&mut frame.fast);
                frame.fast.resize(nlocals, None);
                if let Err(e) = self.bind_args(fd, &mut frame.fast, args, kwnames) {
                    self.release_frame(frame);
                    return Err(e);
                }
            }
        }
        self.finish_frame(&mut frame, f.clone(), fd);
        Ok(frame)
    }

    /// Binds a call's arguments in the common case of keywords: positional arguments
    /// that fit the parameters, keywords naming parameters (by identity: both are
    /// interned) once each, every parameter left has a default, and no `*args` or
    /// `**kwargs`. False, with `fast` partly filled, when the call is not that case:
    /// `bind_args` then binds it again from scratch (and words any error).
    #[inline]
    fn bind_kw_fast(
        &self,
        fd: &FunctionData,
        fast: &mut [Option<Value>],
        args: &[Value],
        kwnames: &[Value],
    ) -> bool {
        let cd = fd.code();
        let co = &cd.code;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let npos = args.len() - kwnames.len();
        if co.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 || npos > argcount {
            return false;
        }
        for (slot, a) in fast.iter_mut().zip(&args[..npos]) {
            *slot = Some(a.clone());
        }
        let params = &cd.varnames[co.posonlyargcount as usize..argcount + kwonly];
        let first = co.posonlyargcount as usize;
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            let Some(i) = params.iter().position(|n| n.is(k)) else {
                return false;
            };
            let slot = &mut fast[first + i];
            if slot.is_some() {
                return false;
            }
            *slot = Some(v.clone());
        }
        // SAFETY: the defaults are read without running Python code.
        let defaults: &[Value] = match unsafe { fd.defaults.get() } {
            Some(d) => self.tuple_items(d),
            None => &[],
        };
        let first_default = argcount - defaults.len().min(argcount);
        for i in npos..argcount {
            if fast[i].is_none() {
                if i < first_default {
                    return false;
                }
                fast[i] = Some(defaults[i - first_default].clone());
            }
        }
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                match self.kw_default(fd, &cd.varnames[i]) {
                    Some(v) => fast[i] = Some(v),
                    None => return false,
                }
            }
        }
        true
    }

    /// The default of keyword-only parameter `name` (interned) of `fd`, looked up by the
    /// interned name (no str made and hashed per call).
    #[inline]
    fn kw_default(&self, fd: &FunctionData, name: &Value) -> Option<Value> {
        // (The dict is held, not borrowed: a colliding non-str key's `__eq__` may rebind
        // `__kwdefaults__` during the lookup.)
        let d = unsafe { fd.kwdefaults.get() }.clone()?;
        self.dict_get_str(self.as_dict(&d)?, name)
    }

    /// Whether calling function `fd` with `argc` positional arguments binds them one to
    /// one, the parameters left taking their defaults (no keywords, `*args`, `**kwargs`,
    /// keyword-only parameters), and runs at once (no generator): the case
    /// `call_py_moved` takes.
    #[inline(always)]
    pub fn is_simple_py_call(&self, fd: &FunctionData, argc: usize) -> bool {
        let co = &fd.code().code;
        let want = co.argcount as usize;
        (want == argc || (argc < want && argc + self.ndefaults(fd) >= want))
            && co.kwonlyargcount == 0
            && co.flags
                & (flags::VARARGS
                    | flags::VARKEYWORDS
                    | flags::GENERATOR
                    | flags::COROUTINE
                    | flags::ASYNC_GENERATOR)
                == 0
    }

    /// Whether calling function `fd` with `argc` positional arguments needs, beyond what
    /// `is_simple_py_call` takes, only `*args` (the arguments past the parameters) and an
    /// empty `**kwargs`, and runs at once: the case `frame_moved_varargs` takes.
    #[inline]
    pub fn is_varargs_py_call(&self, fd: &FunctionData, argc: usize) -> bool {
        let co = &fd.code().code;
        let want = co.argcount as usize;
        let fl = co.flags;
        fl & (flags::VARARGS | flags::VARKEYWORDS) != 0
            && fl & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) == 0
            && co.kwonlyargcount == 0
            && (if argc > want {
                fl & flags::VARARGS != 0
            } else {
                argc + self.ndefaults(fd) >= want
            })
    }

    /// How a call of `fd` with `argc` positional arguments can take them moved: Some(false)
    /// as `frame_moved`, Some(true) as `frame_moved_varargs`, None not at all.
    #[inline(always)]
    pub fn moved_call_kind(&self, fd: &FunctionData, argc: usize) -> Option<bool> {
        if self.is_simple_py_call(fd, argc) {
            Some(false)
        } else if self.is_varargs_py_call(fd, argc) {
            Some(true)
        } else {
            None
        }
    }

    /// `frame_moved`, or `frame_moved_varargs` when `varargs`.
    ///
    /// # Safety
    /// As `frame_moved`.
    #[inline(always)]
    pub unsafe fn frame_moved_kind(
        &self,
        func: Value,
        args: *const Option<Value>,
        argc: usize,
        varargs: bool,
    ) -> Box<Frame> {
        if varargs {
            self.frame_moved_varargs(func, args, argc)
        } else {
            self.frame_moved(func, args, argc)
        }
    }

    /// The frame of a call of `func` (for which `is_varargs_py_call` holds) whose `argc`
    /// arguments are moved from `args`: the parameters take the first ones (or their
    /// defaults), `*args` a tuple of the rest, `**kwargs` a new empty dict.
    ///
    /// # Safety
    /// As `frame_moved`.
    #[inline(never)]
    pub unsafe fn frame_moved_varargs(
        &self,
        func: Value,
        args: *const Option<Value>,
        argc: usize,
    ) -> Box<Frame> {
        let fd: &FunctionData = &*(func.payload::<FunctionData>() as *const FunctionData);
        let co = &fd.code().code;
        let want = co.argcount as usize;
        let mut frame = self.pooled_frame();
        let nlocals = co.varnames.len();
        let npos = argc.min(want);
        super::frame::fill_fast(&mut frame.fast, args, npos, nlocals);
        if argc < want {
            self.fill_defaults(fd, &mut frame.fast, argc, want);
        }
        let mut k = want;
        if co.flags & flags::VARARGS != 0 {
            // (`Option<Value>` holding `Some` is the value's word.)
            let rest = self.new_tuple_moved(args.add(npos) as *const Value, argc - npos);
            frame.fast[k] = Some(rest);
            k += 1;
        }
        if co.flags & flags::VARKEYWORDS != 0 {
            frame.fast[k] = Some(self.new_dict());
        }
        self.finish_frame(&mut frame, func, fd);
        frame
    }

    /// Whether calling function `fd` with `argc` positional arguments binds them as
    /// `is_simple_py_call` requires, and makes a generator, coroutine or async generator
    /// (the case `CALL_PY_GEN` takes).
    #[inline(always)]
    pub fn is_simple_gen_call(&self, fd: &FunctionData, argc: usize) -> bool {
        let co = &fd.code().code;
        let want = co.argcount as usize;
        (want == argc || (argc < want && argc + self.ndefaults(fd) >= want))
            && co.kwonlyargcount == 0
            && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && co.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// Calls function `func` (for which `is_simple_py_call` holds) with the top `argc`
    /// values of `stack`, moving them into the new frame (no reference-count traffic).
    pub fn call_py_moved(
        &self,
        func: &Value,
        stack: &mut Vec<Option<Value>>,
        argc: usize,
        varargs: bool,
    ) -> PyResult<Value> {
        let n = stack.len();
        debug_assert!(argc <= n);
        // SAFETY: the top `argc` slots hold values; the stack forgets them before the
        // frame takes them.
        let frame = unsafe {
            stack.set_len(n - argc);
            self.frame_moved_kind(func.clone(), stack.as_ptr().add(n - argc), argc, varargs)
        };
        self.run_frame_call(frame)
    }

    /// The frame of a call of `func` (for which `is_simple_py_call` holds, owned: it
    /// becomes the frame's function) whose `argc` arguments are moved from `args`.
    ///
    /// # Safety
    /// `args` points at `argc` initialised `Some` slots that the caller has already
    /// forgotten (they are moved, not cloned).
    #[inline(always)]
    pub unsafe fn frame_moved(
        &self,
        func: Value,
        args: *const Option<Value>,
        argc: usize,
    ) -> Box<Frame> {
        // Unbound from `func`, which moves into the frame and keeps the function alive.
        let fd: &FunctionData = &*(func.payload::<FunctionData>() as *const FunctionData);
        let nlocals = fd.code().code.varnames.len();
        let mut frame = self.pooled_frame();
        let fast = &mut frame.fast;
        super::frame::fill_fast(fast, args, argc, nlocals);
        let want = fd.code().code.argcount as usize;
        if argc < want {
            self.fill_defaults(fd, fast, argc, want);
        }
        self.finish_frame(&mut frame, func, fd);
        frame
    }

    /// The missing parameters `argc..want` of a call of `fd` take the last `want - argc`
    /// defaults (the call was checked to have enough).
    ///
    /// # Safety
    /// `fast` holds at least `want` slots.
    #[inline(always)]
    unsafe fn fill_defaults(
        &self,
        fd: &FunctionData,
        fast: &mut [Option<Value>],
        argc: usize,
        want: usize,
    ) {
        if let Some(d) = fd.defaults.get() {
            let d = self.tuple_items(d);
            let first = d.len() + argc - want;
            for (i, v) in d[first..].iter().enumerate() {
                *fast.get_unchecked_mut(argc + i) = Some(v.clone());
            }
        }
    }

    /// How many positional defaults function `fd` has now.
    #[inline]
    fn ndefaults(&self, fd: &FunctionData) -> usize {
        // SAFETY: read without running Python code.
        match unsafe { fd.defaults.get() } {
            Some(d) => self.tuple_items(d).len(),
            None => 0,
        }
    }

    /// The rest of a new frame once its fast locals hold the arguments: cells, closure,
    /// and the fields. `f` (owned) becomes the frame's function.
    #[inline(always)]
    fn finish_frame(&self, fr: &mut Frame, f: Value, fd: &FunctionData) {
        let code = unsafe { fd.code.get() };
        let co = &unsafe { code.payload::<crate::object::function::CodeData>() }.code;
        let ncells = co.cellvars.len() + co.freevars.len();
        if ncells != 0 {
            for (i, _) in co.cellvars.iter().enumerate() {
                let init = match co.cell2arg.get(i).copied().flatten() {
                    Some(a) => fr.fast[a as usize].take(),
                    None => None,
                };
                let c = self.new_cell(init);
                fr.cells.push(c);
            }
            if let Some(cl) = &fd.closure {
                for c in self.tuple_items(cl) {
                    fr.cells.push(c.clone());
                }
            }
        }
        if !fr.code.is(code) {
            fr.code = code.clone();
        }
        fr.globals = fd.globals.clone();
        if !fr.builtins.is(&fd.builtins) {
            fr.builtins = fd.builtins.clone();
        }
        fr.func = Some(f);
        fr.stack.reserve(co.max_stack as usize);
        fr.ip = 0;
        fr.lasti = 0;
        fr.reraising = false;
        fr.lasti_set = false;
    }

    /// The general argument binder: positional, `*args`, keywords, `**kwargs`, defaults.
    fn bind_args(
        &self,
        fd: &FunctionData,
        fast: &mut [Option<Value>],
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let cd = fd.code();
        let co = &cd.code;
        let fname = QualName(self, fd);
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let npos = args.len() - kwnames.len();
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + usize::from(has_varargs);

        for (i, a) in args[..npos.min(argcount)].iter().enumerate() {
            fast[i] = Some(a.clone());
        }
        if npos > argcount {
            if has_varargs {
                fast[varargs_idx] = Some(self.new_tuple(args[argcount..npos].to_vec()));
            } else {
                let ndefaults = unsafe { fd.defaults.get() }
                    .as_ref()
                    .map(|d| self.tuple_items(d).len())
                    .unwrap_or(0);
                let takes = if ndefaults > 0 {
                    format!("from {} to {}", argcount - ndefaults, argcount)
                } else {
                    argcount.to_string()
                };
                // Keyword-only arguments given are named too (as CPython does).
                let kw_given = kwnames
                    .iter()
                    .filter(|k| {
                        let ks = self.str_ref(k);
                        co.varnames[argcount..argcount + kwonly]
                            .iter()
                            .any(|n| n.as_str() == ks)
                    })
                    .count();
                let given = if kw_given > 0 {
                    format!(
                        "{npos} positional argument{} (and {kw_given} keyword-only argument{})",
                        if npos == 1 { "" } else { "s" },
                        if kw_given == 1 { "" } else { "s" }
                    )
                } else {
                    npos.to_string()
                };
                return Err(self.type_error(format!(
                    "{fname}() takes {takes} positional argument{} but {given} {} given",
                    if argcount == 1 && ndefaults == 0 {
                        ""
                    } else {
                        "s"
                    },
                    if npos == 1 && kw_given == 0 {
                        "was"
                    } else {
                        "were"
                    }
                )));
            }
        } else if has_varargs {
            fast[varargs_idx] = Some(self.empty_tuple.clone());
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            fast[varkw_idx] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let params = &cd.varnames[..argcount + kwonly];
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            let ks = self.str_ref(k);
            // Keywords written in the call are interned, as the parameter names are: found
            // by identity; a name made at run time (`**kwargs`) by its text.
            let pos = params
                .iter()
                .position(|n| n.is(k))
                .or_else(|| params.iter().position(|n| self.str_ref(n) == ks));
            match pos {
                Some(i) if i >= posonly => {
                    if fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{ks}'"
                        )));
                    }
                    fast[i] = Some(v.clone());
                }
                _ => match &kwdict {
                    Some(d) => {
                        self.dict_set(self.as_dict(d).unwrap(), k.clone(), v.clone())?;
                    }
                    None => {
                        if pos.is_some() {
                            // CPython names every positional-only parameter passed by
                            // keyword, in parameter order.
                            let names: Vec<&str> = co.varnames[..posonly]
                                .iter()
                                .map(|n| n.as_str())
                                .filter(|n| kwnames.iter().any(|k| self.str_ref(k) == *n))
                                .collect();
                            let ks = names.join(", ");
                            return Err(self.type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{ks}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{ks}'"
                        )));
                    }
                },
            }
        }
        // Defaults for missing positional parameters.
        // (The tuple is held, not copied: `__defaults__` may be rebound meanwhile.)
        let defaults_t = unsafe { fd.defaults.get() }.clone();
        let defaults: &[Value] = defaults_t.as_ref().map_or(&[], |d| self.tuple_items(d));
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_msg(&fname.to_string(), "positional", &missing)));
        }
        let mut missing_kw = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                match self.kw_default(fd, &cd.varnames[i]) {
                    Some(v) => fast[i] = Some(v),
                    None => missing_kw.push(co.varnames[i].clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(missing_msg(
                &fname.to_string(),
                "keyword-only",
                &missing_kw,
            )));
        }
        Ok(())
    }

    /// Reads a cell's content.
    #[inline(always)]
    pub fn cell_get(&self, c: &Value) -> Option<Value> {
        unsafe { c.payload::<CellData>() }.get()
    }
}

/// A function's qualified name in an argument error, written out only when an error is
/// (binding arguments by keyword formatted it on every call: an allocation and a free).
struct QualName<'a>(&'a Vm, &'a FunctionData);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.str_of(unsafe { self.1.qualname.get() }))
    }
}

fn missing_msg(fname: &str, kind: &str, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    format!(
        "{fname}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    )
}

/// The operands of a `CALL argc` on a frame's value stack: the callable at `base`, the
/// NULL-or-self slot above it, then the arguments; `start` is where the positional
/// arguments begin (at the self slot when a method was loaded with its receiver).
pub struct CallSite {
    pub callable: Value,
    pub base: usize,
    pub start: usize,
    pub n: usize,
}

impl CallSite {
    /// Positional arguments, counting a bound `self`.
    #[inline(always)]
    pub fn nargs(&self) -> usize {
        self.n - self.start
    }

    /// The slot under the arguments is NULL (no bound `self`).
    #[inline(always)]
    pub fn null(&self) -> bool {
        self.start == self.base + 2
    }

    /// The arguments, as values.
    #[inline(always)]
    pub fn args<'a>(&self, f: &'a Frame) -> &'a [Value] {
        // SAFETY: `call_site` checked that every slot from `start` is `Some`, and
        // `Option<Value>` has `Value`'s layout for `Some` (null-pointer optimisation).
        unsafe {
            std::slice::from_raw_parts(
                f.stack.as_ptr().add(self.start) as *const Value,
                self.nargs(),
            )
        }
    }
}

impl Vm {
    /// Decodes the operands of a `CALL argc` at the top of `f`'s stack.
    #[inline(always)]
    pub fn call_site(&self, f: &Frame, argc: usize) -> PyResult<CallSite> {
        let n = f.stack.len();
        if n < argc + 2 {
            return Err(super::eval::stack_bug());
        }
        let base = n - argc - 2;
        let start = if f.stack[base + 1].is_some() {
            base + 1
        } else {
            base + 2
        };
        let Some(callable) = f.stack[base].clone() else {
            return Err(super::eval::stack_bug());
        };
        if f.stack[start..].iter().any(|v| v.is_none()) {
            return Err(super::eval::stack_bug());
        }
        Ok(CallSite {
            callable,
            base,
            start,
            n,
        })
    }

    /// The callee of `site` is a Python function that `call_py_moved` can take: with
    /// `varargs` (Some(true)) or without (Some(false)).
    #[inline(always)]
    pub fn takes_moved_args(&self, site: &CallSite) -> Option<bool> {
        if !self.is_exact(&site.callable, &self.types.function) {
            return None;
        }
        self.moved_call_kind(
            unsafe { site.callable.payload::<FunctionData>() },
            site.nargs(),
        )
    }

    /// Finishes the call at `site`: its operands leave the stack and the result `r` (or
    /// its error) takes their place.
    #[inline(always)]
    pub fn end_call(&self, f: &mut Frame, site: &CallSite, r: PyResult<Value>) -> PyResult<()> {
        f.stack.truncate(site.base);
        super::frame::push_inline(&mut f.stack, Some(r?));
        Ok(())
    }
}

impl Vm {
    /// A builtin method called on an instance of another type. CPython words it by kind:
    /// a type slot's special method is a slot wrapper ("requires a 'int' object but
    /// received a 'str'"), any other method a method descriptor ("for 'str' objects
    /// doesn't apply to a 'int' object").
    #[cold]
    #[inline(never)]
    fn descr_receiver_error(&self, d: &MethodDescrData, receiver: &Value) -> PyErr {
        let owner = unsafe { type_data(&d.objclass) }.name();
        if is_slot_wrapper(&owner, d.name) {
            return self.type_error(format!(
                "descriptor '{}' requires a '{owner}' object but received a '{}'",
                d.name,
                self.type_name(receiver)
            ));
        }
        self.type_error(format!(
            "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
            d.name,
            self.type_name(receiver)
        ))
    }
}

/// Is builtin method `name` of type `owner` a slot wrapper in CPython: a special method
/// that fills a type slot, unless the type also defines it as an ordinary method (the
/// `METH_COEXIST` ones: dict's `__getitem__` and `__contains__`, list's `__getitem__`,
/// set's and frozenset's `__contains__`).
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    #[rustfmt::skip]
    const SLOTS: &[&str] = &[
        "__abs__", "__add__", "__aiter__", "__and__", "__anext__", "__await__", "__bool__",
        "__call__", "__contains__", "__del__", "__delattr__", "__delete__", "__delitem__",
        "__divmod__", "__eq__", "__float__", "__floordiv__", "__ge__", "__get__",
        "__getattribute__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__",
        "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__index__",
        "__init__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__",
        "__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__",
        "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__", "__next__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__repr__",
        "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__", "__rmul__", "__ror__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__set__", "__setattr__", "__setitem__", "__str__", "__sub__", "__truediv__",
        "__xor__",
    ];
    let coexist = matches!(
        (owner, name),
        ("dict", "__getitem__" | "__contains__")
            | ("list", "__getitem__")
            | ("set" | "frozenset", "__contains__")
    );
    !coexist && SLOTS.contains(&name)
}
