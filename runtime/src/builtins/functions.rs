//! The builtins module: functions (`print`, `len`, `isinstance`, ...) and the descriptor types
//! `property`, `classmethod`, `staticmethod`, `super`.

use crate::object::misc::{PropertyData, SuperData, WrapperData};
use crate::object::native::{new_builtin, Args, MethodKind, NativeFn};
use crate::object::typeobj::type_data;
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    pub static STDOUT: RefCell<std::io::BufWriter<std::io::Stdout>> = RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

/// Writes text to the process's stdout (buffered; flushed at exit and before stderr output).
pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().write_all(s.as_bytes());
    });
}

pub fn flush_stdout() {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().flush();
    });
}

impl Vm {
    /// Marks `v` as being repr'd; false if it already is (a recursive structure).
    pub fn repr_enter(&self, v: &Value) -> bool {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&v.raw()) {
                false
            } else {
                s.push(v.raw());
                true
            }
        })
    }

    pub fn repr_leave(&self, v: &Value) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            // Most often the innermost entry: no search.
            if s.last() == Some(&v.raw()) {
                s.pop();
            } else {
                s.retain(|x| *x != v.raw());
            }
        });
    }

    /// `super(ty, obj)`.
    pub fn new_super(&self, ty: &Value, obj: &Value) -> PyResult<Value> {
        let obj_type = if self.is_type(obj) && self.is_subtype(obj, ty) {
            obj.clone()
        } else if self.isinstance_type(obj, ty) {
            self.type_of(obj)
        } else {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        };
        Ok(alloc(
            self.types.super_.ptr() as *const _,
            SuperData {
                ty: ty.clone(),
                obj: Some(obj.clone()),
                obj_type: Some(obj_type),
            },
        ))
    }

    /// Prints an exception that cannot propagate (from `__del__`), as CPython does.
    pub fn write_unraisable(&self, e: &crate::vm::PyErr, what: &str, obj: &Value) {
        if self.call_unraisablehook(e, what, obj) {
            return;
        }
        flush_stdout();
        let r = self.repr_string(obj).unwrap_or_default();
        eprintln!("{what}: {r}");
        eprint!("{}", self.format_unraisable(&e.0));
    }
}

fn reg(vm: &Vm, name: &'static str, f: NativeFn) {
    let b = new_builtin(vm, name, f, None);
    vm.dict_set_str(vm.as_dict(&vm.builtins_dict).unwrap(), name, b);
}

pub fn init(vm: &Vm) {
    let d = vm.as_dict(&vm.builtins_dict).unwrap();
    let types: Vec<(&str, Value)> = vec![
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str_.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("list", vm.types.list.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
    ];
    for (n, t) in types {
        vm.dict_set_str(d, n, t);
    }
    vm.dict_set_str(d, "memoryview", crate::builtins::memoryview::make_type(vm));
    for (n, t) in &vm.exc.by_name {
        vm.dict_set_str(d, n, t.clone());
    }
    vm.dict_set_str(d, "None", vm.none.clone());
    vm.dict_set_str(d, "True", vm.true_.clone());
    vm.dict_set_str(d, "False", vm.false_.clone());
    vm.dict_set_str(d, "NotImplemented", vm.not_implemented.clone());
    vm.dict_set_str(d, "Ellipsis", vm.ellipsis.clone());
    vm.dict_set_str(d, "__name__", vm.intern("builtins"));
    vm.dict_set_str(d, "__debug__", vm.true_.clone());
    vm.dict_set_str(d, "EnvironmentError", vm.exc.os_error.clone());
    vm.dict_set_str(d, "IOError", vm.exc.os_error.clone());

    reg(vm, "__build_class__", crate::builtins::type_::build_class);
    reg(vm, "print", builtin_print);
    reg(vm, "len", |vm, a| {
        a.check(vm, "len", 1, 1)?;
        Ok(vm.new_int_usize(vm.len(&a.pos[0])?))
    });
    reg(vm, "repr", |vm, a| {
        a.check(vm, "repr", 1, 1)?;
        vm.repr(&a.pos[0])
    });
    reg(vm, "ascii", |vm, a| {
        a.check(vm, "ascii", 1, 1)?;
        ascii_of(vm, &a.pos[0])
    });
    reg(vm, "format", |vm, a| {
        a.check(vm, "format", 1, 2)?;
        // The spec must be a str before any __format__ sees it (int's reads it unchecked).
        if let Some(spec) = a.pos.get(1) {
            if !vm.is_str(spec) {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    if vm.is_none(spec) {
                        "None".to_string()
                    } else {
                        vm.type_name(spec)
                    }
                )));
            }
        }
        vm.format(&a.pos[0], a.pos.get(1))
    });
    reg(vm, "hash", |vm, a| {
        a.check(vm, "hash", 1, 1)?;
        Ok(vm.new_int(vm.hash(&a.pos[0])?))
    });
    reg(vm, "id", |vm, a| {
        a.check(vm, "id", 1, 1)?;
        Ok(vm.new_int_usize(a.pos[0].raw()))
    });
    reg(vm, "abs", |vm, a| {
        a.check(vm, "abs", 1, 1)?;
        // Small ints and exact floats without looking up and calling `__abs__`.
        if let Some(i) = a.pos[0].as_small() {
            return Ok(vm.new_int(i.abs()));
        }
        if let Some(x) = vm.exact_float(&a.pos[0]) {
            return Ok(vm.new_float(x.abs()));
        }
        match vm.lookup_special(&a.pos[0], &vm.names.abs.clone()) {
            Some(f) => vm.call_bound_special(&f, &a.pos[0], &[]),
            None => Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(&a.pos[0])
            ))),
        }
    });
    reg(vm, "isinstance", |vm, a| {
        a.check_clinic(vm, "isinstance", 2, 2)?;
        Ok(vm.bool_val(isinstance(vm, &a.pos[0], &a.pos[1])?))
    });
    reg(vm, "issubclass", |vm, a| {
        a.check_clinic(vm, "issubclass", 2, 2)?;
        Ok(vm.bool_val(issubclass(vm, &a.pos[0], &a.pos[1])?))
    });
    reg(vm, "__import__", builtin_import);
    reg(vm, "callable", |vm, a| {
        a.check(vm, "callable", 1, 1)?;
        Ok(vm.bool_val(is_callable(vm, &a.pos[0])))
    });
    reg(vm, "getattr", |vm, a| {
        a.check(vm, "getattr", 2, 3)?;
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&a.pos[1])
            )));
        }
        match a.pos.get(2) {
            Some(default) => match vm.getattr_opt(&a.pos[0], &a.pos[1]) {
                Ok(v) => Ok(v.unwrap_or_else(|| default.clone())),
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(default.clone()),
                Err(e) => Err(e),
            },
            None => vm.getattr(&a.pos[0], &a.pos[1]),
        }
    });
    reg(vm, "setattr", |vm, a| {
        a.check_clinic(vm, "setattr", 3, 3)?;
        vm.setattr(&a.pos[0], &a.pos[1], a.pos[2].clone())?;
        Ok(vm.none.clone())
    });
    reg(vm, "delattr", |vm, a| {
        a.check_clinic(vm, "delattr", 2, 2)?;
        vm.delattr(&a.pos[0], &a.pos[1])?;
        Ok(vm.none.clone())
    });
    reg(vm, "hasattr", |vm, a| {
        a.check_clinic(vm, "hasattr", 2, 2)?;
        match vm.getattr_opt(&a.pos[0], &a.pos[1]) {
            Ok(v) => Ok(vm.bool_val(v.is_some())),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(vm.false_.clone()),
            Err(e) => Err(e),
        }
    });
    reg(vm, "iter", |vm, a| {
        a.check(vm, "iter", 1, 2)?;
        if a.pos.len() == 2 {
            return Err(vm.type_error("iter(callable, sentinel) is not supported yet"));
        }
        vm.iter(&a.pos[0])
    });
    reg(vm, "next", |vm, a| {
        a.check(vm, "next", 1, 2)?;
        if vm.lookup_special(&a.pos[0], &vm.names.next).is_none() {
            return Err(vm.type_error(format!(
                "'{}' object is not an iterator",
                vm.type_name(&a.pos[0])
            )));
        }
        if vm.is_exact(&a.pos[0], &vm.types.generator) {
            return match vm.gen_resume(&a.pos[0], vm.none.clone(), None)? {
                crate::builtins::generator::SendResult::Yield(v) => Ok(v),
                crate::builtins::generator::SendResult::Return(r) => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(Some(r))),
                },
            };
        }
        match crate::builtins::iterators::fast_next(vm, &a.pos[0]) {
            Some(r) => match r? {
                Some(v) => Ok(v),
                None => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(None)),
                },
            },
            None => {
                // A Python-level __next__: its StopIteration (with its value) propagates.
                let f = vm
                    .lookup_special(&a.pos[0], &vm.names.next.clone())
                    .unwrap();
                match vm.call_bound_special(&f, &a.pos[0], &[]) {
                    Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => match a.pos.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(e),
                    },
                    r => r,
                }
            }
        }
    });
    reg(vm, "globals", |vm, _a| {
        Err(vm.runtime_error("globals() is not supported yet"))
    });
    reg(vm, "chr", |vm, a| {
        a.check(vm, "chr", 1, 1)?;
        let i = match a.pos[0].as_small() {
            Some(i) => i,
            None => match vm.as_int(&a.pos[0]) {
                Some(r) => r.to_i64().unwrap_or(i64::MAX),
                None => vm.int_to_i64(&vm.index(&a.pos[0])?)?,
            },
        };
        // CPython reads the argument as a C int first.
        if i32::try_from(i).is_err() {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(c) => Ok(vm.char_str(c)),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    reg(vm, "ord", |vm, a| {
        a.check(vm, "ord", 1, 1)?;
        let Some(s) = vm.as_str_data(&a.pos[0]) else {
            return ord_bytes(vm, &a.pos[0]);
        };
        if s.char_len != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len
            )));
        }
        Ok(vm.new_int(s.char_at(0) as i64))
    });
    reg(vm, "sorted", |vm, a| {
        if a.pos.len() != 1 {
            return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
        }
        let items = vm.collect_hinted(&a.pos[0])?;
        // CPython builds the list, then hands the keywords to `list.sort`.
        a.only_kw(vm, "sort", &["key", "reverse"])?;
        let key = a.kw(vm, "key").filter(|k| !vm.is_none(k));
        let rev = match a.kw(vm, "reverse") {
            Some(r) => crate::builtins::str::args::c_int_arg(vm, &r)? != 0,
            None => false,
        };
        match crate::builtins::list::sort_values(vm, items, key.as_ref(), rev) {
            Ok(v) => Ok(vm.new_list(v)),
            Err((_, e)) => Err(e),
        }
    });
    reg(vm, "sum", |vm, a| {
        if a.pos.len() != 1 || a.has_kw() {
            a.check_kw_parser(vm, "sum", &["iterable", "start"], 1, 1)?;
        }
        let mut acc = a
            .pos
            .get(1)
            .cloned()
            .or_else(|| a.kw(vm, "start"))
            .unwrap_or_else(|| vm.new_int(0));
        if vm.is_str(&acc) {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if vm.isinstance_type(&acc, &vm.types.bytes) {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        if vm.isinstance_type(&acc, &vm.types.bytearray) {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        let it = vm.iter(&a.pos[0])?;
        let gen = vm.is_exact(&it, &vm.types.generator);
        loop {
            let x = match acc.as_small() {
                // A generator summing small ints adds them as it yields (`vm/drive.rs`).
                Some(mut n) if gen => {
                    let r = vm.gen_drive(&it, crate::vm::drive::Sink::SumInt(&mut n));
                    acc = vm.new_int(n);
                    r?
                }
                _ => vm.next(&it)?,
            };
            let Some(x) = x else { return Ok(acc) };
            acc = vm.binary_op(&acc, &x, crate::bytecode::BinOp::Add, false)?;
        }
    });
    reg(vm, "min", |vm, a| {
        min_max(vm, a, crate::bytecode::CmpOp::Lt, "min")
    });
    reg(vm, "max", |vm, a| {
        min_max(vm, a, crate::bytecode::CmpOp::Gt, "max")
    });
    reg(vm, "divmod", |vm, a| {
        a.check_clinic(vm, "divmod", 2, 2)?;
        let (x, y) = (&a.pos[0], &a.pos[1]);
        if vm.is_int(x) && vm.is_int(y) {
            if vm.as_int(y).is_some_and(|i| i.is_zero()) {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
        } else if let (Some(Ok(p)), Some(Ok(q))) = (
            crate::builtins::float::to_f64(vm, x),
            crate::builtins::float::to_f64(vm, y),
        ) {
            if vm.as_complex(x).is_none() && vm.as_complex(y).is_none() {
                if q == 0.0 {
                    return Err(vm.zero_division("float divmod()"));
                }
                return Ok(vm.new_tuple(vec![
                    vm.new_float(crate::builtins::float::floordiv(p, q)),
                    vm.new_float(crate::builtins::float::fmod(p, q)),
                ]));
            }
        }
        for (obj, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
            if let Some(f) = vm.lookup_special(obj, &vm.intern(name)) {
                let r = vm.call_bound_special(&f, obj, std::slice::from_ref(other))?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if vm.is_int(x) && vm.is_int(y) {
            let q = vm.binary_op(x, y, crate::bytecode::BinOp::FloorDiv, false)?;
            let r = vm.binary_op(x, y, crate::bytecode::BinOp::Mod, false)?;
            return Ok(vm.new_tuple2(q, r));
        }
        Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        )))
    });
    reg(vm, "pow", |vm, a| {
        if a.pos.len() != 2 || a.has_kw() {
            a.check_kw_parser(vm, "pow", &["base", "exp", "mod"], 0, 2)?;
        }
        let base = a.pos.first().cloned().or_else(|| a.kw(vm, "base"));
        let exp = a.pos.get(1).cloned().or_else(|| a.kw(vm, "exp"));
        let (Some(b), Some(e)) = (base, exp) else {
            return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
        };
        match a.pos.get(2).cloned().or_else(|| a.kw(vm, "mod")) {
            Some(m) if !vm.is_none(&m) => crate::builtins::int::pow3(vm, &b, &e, &m),
            _ => vm.binary_op(&b, &e, crate::bytecode::BinOp::Pow, false),
        }
    });
    reg(vm, "round", |vm, a| {
        if a.pos.is_empty() || a.pos.len() > 2 || a.has_kw() {
            a.check_kw_parser(vm, "round", &["number", "ndigits"], 0, 1)?;
        }
        let x = a.pos.first().cloned().or_else(|| a.kw(vm, "number"));
        let Some(x) = x else {
            return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
        };
        let nd = a
            .pos
            .get(1)
            .cloned()
            .or_else(|| a.kw(vm, "ndigits"))
            .filter(|v| !vm.is_none(v));
        if let (Some(f), Some(n)) = (vm.exact_float(&x), &nd) {
            let n = crate::builtins::float::clamped_ndigits(vm, n)?;
            return Ok(vm.new_float(crate::builtins::float::round_digits(vm, f, n)?));
        }
        match vm.lookup_special(&x, &vm.names.round.clone()) {
            Some(f) => {
                let args: Vec<Value> = nd.into_iter().collect();
                vm.call_bound_special(&f, &x, &args)
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(&x)
            ))),
        }
    });
    reg(vm, "vars", |vm, a| {
        a.check(vm, "vars", 1, 1)?;
        vm.getattr(&a.pos[0], &vm.names.dict.clone())
            .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
    });
    reg(vm, "dir", |vm, a| {
        a.check(vm, "dir", 1, 1)?;
        let r = match vm.lookup_special(&a.pos[0], &vm.names.dir) {
            Some(f) => vm.call_bound_special(&f, &a.pos[0], &[])?,
            None => vm.new_list(Vec::new()),
        };
        let items = vm.collect(&r)?;
        match crate::builtins::list::sort_values(vm, items, None, false) {
            Ok(v) => Ok(vm.new_list(v)),
            Err((_, e)) => Err(e),
        }
    });
    reg(vm, "any", |vm, a| {
        a.check(vm, "any", 1, 1)?;
        let it = vm.iter(&a.pos[0])?;
        while let Some(x) = vm.next(&it)? {
            if vm.truthy(&x)? {
                return Ok(vm.true_.clone());
            }
        }
        Ok(vm.false_.clone())
    });
    reg(vm, "all", |vm, a| {
        a.check(vm, "all", 1, 1)?;
        let it = vm.iter(&a.pos[0])?;
        while let Some(x) = vm.next(&it)? {
            if !vm.truthy(&x)? {
                return Ok(vm.false_.clone());
            }
        }
        Ok(vm.true_.clone())
    });

    // Descriptor types.
    vm.add_method_kind(
        &vm.types.property,
        "__new__",
        property_new,
        MethodKind::Static,
    );
    vm.add_method(&vm.types.property, "__init__", |vm, _a| Ok(vm.none.clone()));
    vm.add_method(&vm.types.property, "getter", |vm, a| {
        property_copy(vm, a, 0)
    });
    vm.add_method(&vm.types.property, "setter", |vm, a| {
        property_copy(vm, a, 1)
    });
    vm.add_method(&vm.types.property, "deleter", |vm, a| {
        property_copy(vm, a, 2)
    });
    vm.add_method(&vm.types.property, "__set_name__", |vm, a| {
        if a.pos.len() != 3 {
            return Err(vm.type_error(format!(
                "__set_name__() takes 2 positional arguments but {} were given",
                a.pos.len().saturating_sub(1)
            )));
        }
        let p = unsafe { a.pos[0].payload::<PropertyData>() };
        unsafe { *p.name.get_mut() = Some(a.pos[2].clone()) };
        Ok(vm.none.clone())
    });
    vm.add_getset(
        &vm.types.property,
        "fget",
        |vm, a| {
            Ok(unsafe { a.pos[0].payload::<PropertyData>() }
                .fget
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        // Read-only members in CPython: assigning or deleting says so.
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    vm.add_getset(
        &vm.types.property,
        "fset",
        |vm, a| {
            Ok(unsafe { a.pos[0].payload::<PropertyData>() }
                .fset
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        // Read-only members in CPython: assigning or deleting says so.
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    vm.add_getset(
        &vm.types.property,
        "fdel",
        |vm, a| {
            Ok(unsafe { a.pos[0].payload::<PropertyData>() }
                .fdel
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        // Read-only members in CPython: assigning or deleting says so.
        Some(|vm, _a| Err(vm.attribute_error("readonly attribute"))),
    );
    vm.add_getset(
        &vm.types.property,
        "__doc__",
        |vm, a| {
            let p = unsafe { a.pos[0].payload::<PropertyData>() };
            if let Some(d) = unsafe { p.doc.get() } {
                return Ok(d.clone());
            }
            match &p.fget {
                Some(g) => Ok(vm
                    .getattr_opt(g, &vm.names.doc.clone())?
                    .unwrap_or_else(|| vm.none.clone())),
                None => Ok(vm.none.clone()),
            }
        },
        None,
    );
    vm.add_method(&vm.types.property, "__get__", |vm, a| {
        a.check(vm, "__get__", 2, 3)?;
        let obj = if vm.is_none(&a.pos[1]) {
            None
        } else {
            Some(&a.pos[1])
        };
        vm.property_get(&a.pos[0], obj)
    });
    vm.add_method(&vm.types.property, "__set__", |vm, a| {
        a.check(vm, "__set__", 3, 3)?;
        let p = unsafe { a.pos[0].payload::<PropertyData>() };
        match &p.fset {
            Some(f) => vm.call(f, &[a.pos[1].clone(), a.pos[2].clone()]),
            None => Err(vm.attribute_error(vm.property_error_msg(&a.pos[0], &a.pos[1], "setter"))),
        }
    });
    vm.add_method(&vm.types.property, "__delete__", |vm, a| {
        let p = unsafe { a.pos[0].payload::<PropertyData>() };
        match &p.fdel {
            Some(f) => vm.call(f, &a.pos[1..2]),
            None => Err(vm.attribute_error(vm.property_error_msg(&a.pos[0], &a.pos[1], "deleter"))),
        }
    });
    // Since 3.10 a staticmethod object is callable itself (as a decorator's result used
    // inside its class body, say).
    vm.add_method(&vm.types.staticmethod, "__call__", |vm, a| {
        let f = unsafe { a.pos[0].payload::<WrapperData>() }.func.clone();
        let mut all: Vec<Value> = a.pos[1..].to_vec();
        all.extend_from_slice(a.kwvalues);
        vm.call_kw(&f, &all, a.kwnames)
    });
    vm.add_getset(
        &vm.types.property,
        "__isabstractmethod__",
        |vm, a| {
            let p = unsafe { a.pos[0].payload::<PropertyData>() };
            for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
                if is_abstract(vm, f)? {
                    return Ok(vm.true_.clone());
                }
            }
            Ok(vm.false_.clone())
        },
        None,
    );
    for t in [vm.types.classmethod.clone(), vm.types.staticmethod.clone()] {
        vm.add_getset(
            &t,
            "__isabstractmethod__",
            |vm, a| {
                let f = unsafe { a.pos[0].payload::<WrapperData>() }.func.clone();
                Ok(vm.bool_val(is_abstract(vm, &f)?))
            },
            None,
        );
        vm.add_method(&t, "__get__", |vm, a| {
            a.check(vm, "__get__", 2, 3)?;
            let owner = match a.pos.get(2) {
                Some(o) if !vm.is_none(o) => o.clone(),
                _ => vm.type_of(&a.pos[1]),
            };
            vm.wrapper_get(&a.pos[0], &owner)
        });
        vm.add_getset(
            &t,
            "__wrapped__",
            |_vm, a| Ok(unsafe { a.pos[0].payload::<WrapperData>() }.func.clone()),
            None,
        );
        vm.add_method_kind(&t, "__new__", wrapper_new, MethodKind::Static);
        vm.add_method(&t, "__init__", wrapper_init);
        vm.add_method(&t, "__repr__", wrapper_repr);
        vm.add_getset(
            &t,
            "__dict__",
            super::object::object_dict,
            Some(super::object::object_set_dict),
        );
        vm.add_getset(
            &t,
            "__func__",
            |_vm, a| Ok(unsafe { a.pos[0].payload::<WrapperData>() }.func.clone()),
            None,
        );
    }
    vm.add_method_kind(&vm.types.super_, "__new__", super_new, MethodKind::Static);
    vm.add_method(&vm.types.super_, "__init__", |vm, _a| Ok(vm.none.clone()));
    vm.add_method(&vm.types.super_, "__getattribute__", super_getattribute);
    vm.add_method(&vm.types.super_, "__repr__", super_repr);
    // `super(C).__get__(obj)` binds an unbound super (a bound one, or None, gives itself).
    vm.add_method(&vm.types.super_, "__get__", |vm, a| {
        a.check(vm, "__get__", 2, 3)?;
        let sd = unsafe { a.pos[0].payload::<SuperData>() };
        if vm.is_none(&a.pos[1]) || sd.obj.is_some() {
            return Ok(a.pos[0].clone());
        }
        if !vm.is_exact(&a.pos[0], &vm.types.super_) {
            let cls = vm.type_of(&a.pos[0]);
            return vm.call(&cls, &[sd.ty.clone(), a.pos[1].clone()]);
        }
        vm.new_super(&sd.ty, &a.pos[1])
    });
    vm.add_getset(
        &vm.types.super_,
        "__thisclass__",
        |_vm, a| Ok(unsafe { a.pos[0].payload::<SuperData>() }.ty.clone()),
        None,
    );
    vm.add_getset(
        &vm.types.super_,
        "__self__",
        |vm, a| {
            Ok(unsafe { a.pos[0].payload::<SuperData>() }
                .obj
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        None,
    );
    vm.add_getset(
        &vm.types.super_,
        "__self_class__",
        |vm, a| {
            Ok(unsafe { a.pos[0].payload::<SuperData>() }
                .obj_type
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        },
        None,
    );
}

/// `ord(b)` for a bytes or bytearray of length 1 (CPython takes both).
#[cold]
fn ord_bytes(vm: &Vm, v: &Value) -> PyResult<Value> {
    let data: &[u8] = if let Some(b) = vm.as_bytes(v) {
        b
    } else if let Some(ba) = vm.as_bytearray(v) {
        unsafe { ba.b.get() }
    } else {
        return Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        )));
    };
    match data {
        [b] => Ok(vm.new_int(*b as i64)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            data.len()
        ))),
    }
}

/// `<super: <class 'B'>, <D object>>`, as CPython writes it (`NULL` when unbound).
fn super_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = unsafe { a.pos[0].payload::<SuperData>() };
    let name = |t: &Value| {
        if vm.is_type(t) {
            unsafe { type_data(t) }.name()
        } else {
            vm.type_name(t).to_string()
        }
    };
    let ty = name(&s.ty);
    Ok(vm.new_str(match &s.obj_type {
        Some(ot) => format!("<super: <class '{ty}'>, <{} object>>", name(ot)),
        None => format!("<super: <class '{ty}'>, NULL>"),
    }))
}

fn builtin_print(vm: &Vm, a: Args) -> PyResult<Value> {
    a.only_kw(vm, "print", &["sep", "end", "file", "flush"])?;
    let sep = a.kw(vm, "sep").filter(|v| !vm.is_none(v));
    let end = a.kw(vm, "end").filter(|v| !vm.is_none(v));
    let file = a.kw(vm, "file").filter(|v| !vm.is_none(v));
    let sep = match &sep {
        // (A str subclass is written as its str(), as CPython's PyFile_WriteObject.)
        Some(s) if vm.is_exact_str(s) => vm.str_ref(s).to_string(),
        Some(s) if vm.is_str(s) => vm.str_string(s)?,
        Some(s) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(s)
            )))
        }
        None => " ".to_string(),
    };
    let end = match &end {
        // (A str subclass is written as its str(), as CPython's PyFile_WriteObject.)
        Some(s) if vm.is_exact_str(s) => vm.str_ref(s).to_string(),
        Some(s) if vm.is_str(s) => vm.str_string(s)?,
        Some(s) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(s)
            )))
        }
        None => "\n".to_string(),
    };
    let target = match file {
        Some(f) => f,
        None => vm.sys_attr("stdout").unwrap_or_else(|| vm.none.clone()),
    };
    if vm.is_none(&target) {
        return Ok(vm.none.clone());
    }
    // As CPython, each argument is converted just before it is written: when a `__str__`
    // fails, what came before it (and the separator) is already out.
    if crate::builtins::stdstream::stream_of(vm, &target).is_some_and(|s| !s.binary && s.fd != 0) {
        let mut out = String::new();
        let mut failed = None;
        for (i, x) in a.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match vm.str(x) {
                Ok(p) => out.push_str(vm.str_ref(&p)),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if failed.is_none() {
            out.push_str(&end);
        }
        crate::builtins::sys::write_to(vm, &target, &out)?;
        if let Some(e) = failed {
            return Err(e);
        }
    } else {
        // A Python file object sees one write() per piece, as CPython does.
        let w = vm.getattr(&target, &vm.names.write.clone())?;
        for (i, x) in a.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&w, &[vm.new_str(sep.as_str())])?;
            }
            let p = vm.str(x)?;
            vm.call(&w, &[p])?;
        }
        vm.call(&w, &[vm.new_str(end.as_str())])?;
    }
    if let Some(fl) = a.kw(vm, "flush") {
        if vm.truthy(&fl)? {
            if let Some(f) = vm.getattr_opt(&target, &vm.names.flush.clone())? {
                vm.call(&f, &[])?;
            }
        }
    }
    Ok(vm.none.clone())
}

fn min_max(vm: &Vm, a: Args, op: crate::bytecode::CmpOp, name: &str) -> PyResult<Value> {
    a.only_kw(vm, name, &["key", "default"])?;
    let key = a.kw(vm, "key").filter(|k| !vm.is_none(k));
    let default = a.kw(vm, "default");
    let items = if a.pos.len() == 1 {
        vm.collect(&a.pos[0])?
    } else if a.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        a.pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, x));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn isinstance(vm: &Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = vm.as_tuple(cls) {
        for c in items.to_vec() {
            if isinstance(vm, v, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if vm.is_type(cls) {
        // As CPython: the exact type needs no hook; a metaclass's `__instancecheck__`
        // decides even for subclasses (an ABC's `__subclasshook__` may say no).
        if vm.type_of(v).is(cls) {
            return Ok(true);
        }
        let meta = vm.type_of(cls);
        if meta.is(&vm.types.type_) {
            return real_isinstance(vm, v, cls);
        }
    }
    match vm.lookup_special(cls, &vm.names.instancecheck) {
        Some(f) => {
            let r = vm.call_bound_special(&f, cls, std::slice::from_ref(v))?;
            vm.truthy(&r)
        }
        None => {
            Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

/// `type.__instancecheck__`: by the MRO, then by what `v.__class__` names.
pub fn real_isinstance(vm: &Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if vm.isinstance_type(v, cls) {
        return Ok(true);
    }
    class_attr_is_subtype(vm, v, cls)
}

/// CPython's fallback for `isinstance(v, cls)`: an object whose type overrides `__class__`
/// (a proxy, a mock with a spec) is an instance of what that attribute names. Only types that
/// define their own `__class__` or `__getattribute__` pay for the attribute read.
fn class_attr_is_subtype(vm: &Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    let overrides = |name: &Value| {
        let own = vm.lookup_special(v, name);
        let base = vm.lookup(&vm.types.object, name);
        matches!((own, base), (Some(a), Some(b)) if !a.is(&b))
    };
    if !overrides(&vm.names.class) && !overrides(&vm.names.getattribute) {
        return Ok(false);
    }
    match vm.getattr_opt(v, &vm.names.class)? {
        Some(c) if vm.is_type(&c) && !c.is(&vm.type_of(v)) => Ok(vm.is_subtype(&c, cls)),
        _ => Ok(false),
    }
}

pub fn issubclass(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = vm.as_tuple(cls) {
        for c in items.to_vec() {
            if issubclass(vm, sub, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_type(sub) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if vm.is_type(cls) && vm.type_of(cls).is(&vm.types.type_) {
        return Ok(vm.is_subtype(sub, cls));
    }
    match vm.lookup_special(cls, &vm.names.subclasscheck) {
        Some(f) => {
            let r = vm.call_bound_special(&f, cls, std::slice::from_ref(sub))?;
            vm.truthy(&r)
        }
        None => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = vm.repr_string(v)?;
    let mut out = String::new();
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(vm.new_str(out))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    vm.is_type(v)
        || vm.lookup_special(v, &vm.names.call).is_some()
        || vm.is_function(v)
        || vm.is_exact(v, &vm.types.builtin_function)
        || vm.is_exact(v, &vm.types.method)
}

/// The positional arguments of `f(*x)` from a non-tuple `x`; a TypeError naming the callee
/// if `x` is not iterable (CPython's `check_args_iterable`).
pub fn star_args(vm: &Vm, callable: &Value, x: &Value) -> PyResult<Vec<Value>> {
    let iterable = vm.lookup_special(x, &vm.names.iter).is_some()
        || vm.lookup_special(x, &vm.intern("__getitem__")).is_some();
    if !iterable {
        return Err(vm.type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callable_name(vm, callable),
            vm.type_name(x)
        )));
    }
    vm.collect_hinted(x)
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname()`
/// (no module for builtins), or the object's str() when it has no `__qualname__`.
pub fn callable_name(vm: &Vm, c: &Value) -> String {
    let qualname = match vm.getattr_opt(c, &vm.intern("__qualname__")) {
        Ok(Some(q)) => q,
        _ => return vm.str_string(c).unwrap_or_default(),
    };
    let qn = vm.str_string(&qualname).unwrap_or_default();
    match vm.getattr_opt(c, &vm.intern("__module__")) {
        Ok(Some(m)) if vm.is_str(&m) && vm.str_ref(&m) != "builtins" => {
            format!("{}.{qn}()", vm.str_ref(&m))
        }
        _ => format!("{qn}()"),
    }
}

fn property_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        a.pos
            .get(i)
            .cloned()
            .or_else(|| a.kw(vm, name))
            .filter(|v| !vm.is_none(v))
    };
    let p = PropertyData {
        fget: get(1, "fget"),
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc: PyCell::new(get(4, "doc")),
        name: PyCell::new(None),
    };
    Ok(new_descriptor(vm, &a.pos[0], p))
}

fn property_copy(vm: &Vm, a: Args, which: usize) -> PyResult<Value> {
    a.check(vm, "property", 2, 2)?;
    let p = unsafe { a.pos[0].payload::<PropertyData>() };
    let f = Some(a.pos[1].clone());
    let n = PropertyData {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: PyCell::new(unsafe { p.doc.get().clone() }),
        name: PyCell::new(unsafe { p.name.get().clone() }),
    };
    Ok(new_descriptor(vm, &vm.type_of(&a.pos[0]), n))
}

fn is_abstract(vm: &Vm, f: &Value) -> PyResult<bool> {
    match vm.getattr_opt(f, &vm.intern("__isabstractmethod__"))? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// An instance of a descriptor type or of a class derived from it (which adds attributes).
fn new_descriptor<T>(vm: &Vm, cls: &Value, payload: T) -> Value {
    if type_data_of_cls(cls).has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        vm.new_instance(cls, payload)
    } else {
        vm.alloc_instance(cls, payload)
    }
}

fn type_data_of_cls(cls: &Value) -> &crate::object::typeobj::TypeData {
    unsafe { type_data(cls) }
}

/// "staticmethod" or "classmethod": the builtin `cls` derives from.
fn wrapper_kind(vm: &Vm, cls: &Value) -> &'static str {
    if unsafe { type_data(cls) }
        .mro()
        .iter()
        .any(|t| t.is(&vm.types.staticmethod))
    {
        "staticmethod"
    } else {
        "classmethod"
    }
}

fn wrapper_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let kind = wrapper_kind(vm, &a.pos[0]);
    if a.has_kw() {
        return Err(vm.type_error(format!("{kind}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{kind} expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    Ok(new_wrapper(vm, &a.pos[0], a.pos[1].clone()))
}

/// A new `staticmethod`/`classmethod` (or subclass) instance of `cls` wrapping `func`,
/// with an empty `__dict__` (as CPython's `PyStaticMethod_New`; `__init__` fills it).
pub(crate) fn new_wrapper(vm: &Vm, cls: &Value, func: Value) -> Value {
    vm.new_instance(
        cls,
        WrapperData {
            func,
            dict: PyCell::new(None),
        },
    )
}

/// `staticmethod.__init__`: copies the wrapped callable's `__module__`, `__name__`,
/// `__qualname__`, `__doc__` and `__annotations__` (those it has) into the wrapper's
/// `__dict__`, as CPython 3.10+ does.
fn wrapper_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let func = unsafe { a.pos[0].payload::<WrapperData>() }.func.clone();
    for n in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let name = vm.intern(n);
        if let Some(v) = vm.getattr_opt(&func, &name)? {
            vm.setattr(&a.pos[0], &name, v)?;
        }
    }
    Ok(vm.none.clone())
}

/// `<staticmethod(<function f at 0x...>)>`.
fn wrapper_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let func = unsafe { a.pos[0].payload::<WrapperData>() }.func.clone();
    let inner = vm.repr(&func)?;
    Ok(vm.new_str(format!(
        "<{}({})>",
        wrapper_kind(vm, &vm.type_of(&a.pos[0])),
        vm.str_ref(&inner)
    )))
}

fn super_new(vm: &Vm, a: Args) -> PyResult<Value> {
    match a.pos.len() {
        1 => Err(vm.runtime_error("super(): no arguments")),
        2 => Ok(alloc(
            vm.types.super_.ptr() as *const _,
            SuperData {
                ty: a.pos[1].clone(),
                obj: None,
                obj_type: None,
            },
        )),
        _ => {
            if !vm.is_type(&a.pos[1]) {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&a.pos[1])
                )));
            }
            vm.new_super(&a.pos[1], &a.pos[2])
        }
    }
}

fn super_getattribute(vm: &Vm, a: Args) -> PyResult<Value> {
    let name = vm.intern_value(&a.pos[1]);
    match super_getattr(vm, &a.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'super' object has no attribute '{}'",
            vm.str_of(&name)
        ))),
    }
}

/// `super().name` about to be called: the plain Python function found after the super's
/// class in the MRO of the bound instance's type, with that instance, which is what the
/// bound method `getattr` would make holds; the call then needs no bound-method object
/// (as CPython 3.12's LOAD_SUPER_ATTR). None unless `sup` is exactly a `super` bound to an
/// instance and the attribute found is a plain function (else `getattr` decides).
pub fn super_method(vm: &Vm, sup: &Value, name: &Value) -> Option<(Value, Value)> {
    if !vm.is_exact(sup, &vm.types.super_) {
        return None;
    }
    let s = unsafe { sup.payload::<SuperData>() };
    let (Some(obj), Some(ot)) = (&s.obj, &s.obj_type) else {
        return None;
    };
    if obj.is(ot) || vm.str_eq(name, "__class__") {
        return None;
    }
    let v = super_find(vm, s, ot, name)?;
    vm.is_function(&v).then(|| (v, obj.clone()))
}

/// The attribute `name` in the class dicts of `ot`'s MRO after the super's class `s.ty`.
fn super_find(vm: &Vm, s: &SuperData, ot: &Value, name: &Value) -> Option<Value> {
    // (A copy of the MRO: a lookup holds no borrow of the type.)
    let mro = unsafe { type_data(ot) }.mro().to_vec();
    let start = mro
        .iter()
        .position(|t| t.is(&s.ty))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    mro[start..]
        .iter()
        .find_map(|t| vm.dict_get_str(vm.as_dict(&unsafe { type_data(t) }.dict)?, name))
}

/// Attribute lookup on a super object: the MRO of the bound object's type after `ty`.
pub fn super_getattr(vm: &Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { sup.payload::<SuperData>() };
    let name = name.clone();
    if let (Some(obj), Some(ot)) = (&s.obj, &s.obj_type) {
        if !vm.str_eq(&name, "__class__") {
            if let Some(v) = super_find(vm, s, ot, &name) {
                let inst = if obj.is(ot) { None } else { Some(obj) };
                return vm.descr_get(&v, inst, ot).map(Some);
            }
        }
    }
    vm.generic_getattr(sup, &name)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &Vm, a: Args) -> PyResult<Value> {
    let spec = ["name", "globals", "locals", "fromlist", "level"];
    let p = crate::stdlib::registry_data::native_type::parse_args(vm, &a, "__import__", &spec, 1)?;
    let name = p[0].clone().unwrap_or_else(|| vm.none.clone());
    if !vm.is_str(&name) {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let level = p[4].clone().unwrap_or_else(|| vm.new_int(0));
    if level.as_small().is_some_and(|l| l < 0) {
        return Err(vm.value_error("level must be >= 0"));
    }
    let globals = match &p[1] {
        Some(g) if !g.is(&vm.none) => g.clone(),
        _ => vm.new_dict(),
    };
    let fromlist = match &p[3] {
        Some(f) if !f.is(&vm.none) => f.clone(),
        _ => vm.empty_tuple.clone(),
    };
    vm.import_name(&name, &globals, &fromlist, &level)
}
