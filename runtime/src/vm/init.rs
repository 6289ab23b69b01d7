//! Building an interpreter: bootstrapping `type`/`object`/`dict`/`str`, every builtin type,
//! the exception hierarchy, interned names, and the builtins and sys modules.

use super::{ExcTypes, Names, Options, Types, Vm};
use crate::object::dict::DictData;
use crate::object::instance::ShapeTree;
use crate::object::int::IntData;
use crate::object::str::StrData;
use crate::object::traverse::{hooks, instance_layout};
use crate::object::tuple::TupleData;
use crate::object::typeobj::{dealloc_of, tflags, Dealloc, Layout, TypeData, TypeObject};
use crate::object::value::{alloc, PyCell, Value};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

/// Types made before the `Vm` exists: their header and dict type pointers are patched afterwards.
struct Boot {
    all: Vec<Value>,
}

impl Boot {
    fn ty(&mut self, name: &str, layout: Layout, dealloc: Dealloc, flags: u32) -> Value {
        let dict = alloc(std::ptr::null(), DictData::new());
        let td = TypeData::new(name, layout, dict, dealloc);
        td.flags.set(flags);
        let v = alloc(std::ptr::null(), td);
        self.all.push(v.clone());
        v
    }
}

fn set_hooks<T: crate::object::traverse::Container>(ty: &Value) {
    let (t, c) = hooks::<T>();
    // SAFETY: during bootstrap nothing else sees the type.
    let td = unsafe { ty.payload::<TypeData>() };
    td.traverse.set(t);
    td.clear.set(c);
}

fn set_attrs_layout(ty: &Value, layout: Layout) {
    let il = instance_layout(layout);
    let td = unsafe { ty.payload::<TypeData>() };
    td.attrs_offset.set(il.attrs_offset);
    td.traverse.set(il.traverse);
    td.clear.set(il.clear);
    td.dealloc.set(il.dealloc);
}

const BASE: u32 = tflags::BASETYPE;

/// The exception hierarchy: (name, base name).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Runtime-internal types: (name, layout); instances are created only by the runtime.
const MISC_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "callable_iterator",
    "iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "dict_keys",
    "dict_values",
    "dict_items",
    "async_generator_asend",
    "NoneType",
    "frame",
    "bytes_iterator",
];

impl Vm {
    /// Builds a complete interpreter (builtins and sys included).
    pub fn new(options: Options) -> Box<Vm> {
        let switches = super::switches::Switches::from_options(&options).unwrap_or_default();
        let mut b = Boot { all: Vec::new() };
        let o = 0;
        let type_ = b.ty("type", Layout::Type, dealloc_of::<TypeData>(), BASE);
        let object = b.ty("object", Layout::Object, dealloc_of::<()>(), BASE);
        let int = b.ty("int", Layout::Int, dealloc_of::<IntData>(), BASE);
        let bool_ = b.ty("bool", Layout::Int, dealloc_of::<IntData>(), o);
        let float = b.ty(
            "float",
            Layout::Float,
            crate::object::float::free_float,
            BASE,
        );
        let complex = b.ty(
            "complex",
            Layout::Complex,
            dealloc_of::<crate::object::complex::ComplexData>(),
            BASE,
        );
        let str_ = b.ty("str", Layout::Str, dealloc_of::<StrData>(), BASE);
        let bytes = b.ty(
            "bytes",
            Layout::Bytes,
            dealloc_of::<crate::object::bytes::BytesData>(),
            BASE,
        );
        let bytearray = b.ty(
            "bytearray",
            Layout::ByteArray,
            dealloc_of::<crate::object::bytes::ByteArrayData>(),
            BASE,
        );
        let tuple = b.ty(
            "tuple",
            Layout::Tuple,
            crate::object::tuple::free_tuple,
            BASE,
        );
        set_hooks::<TupleData>(&tuple);
        let list = b.ty("list", Layout::List, crate::object::list::free_list, BASE);
        set_hooks::<crate::object::list::ListData>(&list);
        let dict = b.ty("dict", Layout::Dict, dealloc_of::<DictData>(), BASE);
        set_hooks::<DictData>(&dict);
        let set = b.ty(
            "set",
            Layout::Set,
            dealloc_of::<crate::object::set::SetData>(),
            BASE,
        );
        set_hooks::<crate::object::set::SetData>(&set);
        let frozenset = b.ty(
            "frozenset",
            Layout::FrozenSet,
            dealloc_of::<crate::object::set::SetData>(),
            BASE,
        );
        set_hooks::<crate::object::set::SetData>(&frozenset);
        let none = b.ty("NoneType", Layout::Opaque, dealloc_of::<()>(), o);
        let not_implemented = b.ty("NotImplementedType", Layout::Opaque, dealloc_of::<()>(), o);
        let ellipsis = b.ty("ellipsis", Layout::Opaque, dealloc_of::<()>(), o);
        let range = b.ty(
            "range",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::RangeData>(),
            o,
        );
        let slice = b.ty(
            "slice",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::SliceData>(),
            o,
        );
        let function = b.ty(
            "function",
            Layout::Opaque,
            dealloc_of::<crate::object::function::FunctionData>(),
            o,
        );
        set_hooks::<crate::object::function::FunctionData>(&function);
        let code = b.ty(
            "code",
            Layout::Opaque,
            dealloc_of::<crate::object::function::CodeData>(),
            o,
        );
        let cell = b.ty(
            "cell",
            Layout::Opaque,
            dealloc_of::<crate::object::function::CellData>(),
            o,
        );
        set_hooks::<crate::object::function::CellData>(&cell);
        let method = b.ty(
            "method",
            Layout::Opaque,
            dealloc_of::<crate::object::function::MethodData>(),
            o,
        );
        set_hooks::<crate::object::function::MethodData>(&method);
        let builtin_function = b.ty(
            "builtin_function_or_method",
            Layout::Opaque,
            dealloc_of::<crate::object::native::BuiltinFunctionData>(),
            o,
        );
        let method_descriptor = b.ty(
            "method_descriptor",
            Layout::Opaque,
            dealloc_of::<crate::object::native::MethodDescrData>(),
            o,
        );
        let module = b.ty(
            "module",
            Layout::Module,
            dealloc_of::<crate::object::module::ModuleData>(),
            BASE,
        );
        set_hooks::<crate::object::module::ModuleData>(&module);
        {
            let td = unsafe { crate::object::typeobj::type_data(&module) };
            td.flags
                .set(td.flags.get() | crate::object::typeobj::tflags::EXACT_MODULE);
        }
        let property = b.ty(
            "property",
            Layout::Property,
            dealloc_of::<crate::object::misc::PropertyData>(),
            BASE,
        );
        // (Instances carry attributes and a `__dict__`, as CPython's do: `Attrs` after the
        // payload, the layout of a subclass instance.)
        let classmethod = b.ty(
            "classmethod",
            Layout::Wrapper,
            dealloc_of::<crate::object::misc::WrapperData>(),
            BASE | tflags::HAS_ATTRS,
        );
        set_attrs_layout(&classmethod, Layout::Wrapper);
        let staticmethod = b.ty(
            "staticmethod",
            Layout::Wrapper,
            dealloc_of::<crate::object::misc::WrapperData>(),
            BASE | tflags::HAS_ATTRS,
        );
        set_attrs_layout(&staticmethod, Layout::Wrapper);
        let super_ = b.ty(
            "super",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::SuperData>(),
            o,
        );
        let gen_dealloc = dealloc_of::<crate::object::generator::GenData>();
        let generator = b.ty("generator", Layout::Opaque, gen_dealloc, o);
        set_hooks::<crate::object::generator::GenData>(&generator);
        let coroutine = b.ty("coroutine", Layout::Opaque, gen_dealloc, o);
        set_hooks::<crate::object::generator::GenData>(&coroutine);
        let async_generator = b.ty("async_generator", Layout::Opaque, gen_dealloc, o);
        set_hooks::<crate::object::generator::GenData>(&async_generator);
        let iterator = b.ty(
            "iterator",
            Layout::Opaque,
            dealloc_of::<crate::object::iter::SeqIterData>(),
            o,
        );
        let member_descriptor = b.ty(
            "member_descriptor",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::MemberData>(),
            o,
        );
        let getset_descriptor = b.ty(
            "getset_descriptor",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::GetSetData>(),
            o,
        );
        let traceback = b.ty("traceback", Layout::Opaque, dealloc_of::<()>(), o);
        let mappingproxy = b.ty(
            "mappingproxy",
            Layout::Opaque,
            dealloc_of::<crate::object::misc::MappingProxyData>(),
            o,
        );
        let mut misc = crate::object::word_hash::WordMap::default();
        for name in MISC_TYPES {
            // The real dealloc is set by the module that creates such objects.
            let t = b.ty(name, Layout::Opaque, dealloc_of::<()>(), o);
            misc.insert(*name, t);
        }

        // Exceptions.
        let mut exc_list: Vec<(&'static str, Value)> = Vec::new();
        for (name, base) in EXCEPTIONS {
            let t = b.ty(
                name,
                Layout::Exception,
                dealloc_of::<()>(),
                BASE | tflags::EXCEPTION | tflags::HAS_ATTRS,
            );
            set_attrs_layout(&t, Layout::Exception);
            let base_v = if base.is_empty() {
                object.clone()
            } else {
                exc_list.iter().find(|(n, _)| n == base).unwrap().1.clone()
            };
            unsafe { *type_data_mut(&t).bases.get_mut() = vec![base_v] };
            exc_list.push((name, t));
        }

        // ExceptionGroup is both a BaseExceptionGroup and an Exception.
        {
            let find = |n: &str| exc_list.iter().find(|(x, _)| *x == n).unwrap().1.clone();
            let eg = find("ExceptionGroup");
            unsafe {
                *type_data_mut(&eg).bases.get_mut() =
                    vec![find("BaseExceptionGroup"), find("Exception")]
            };
        }
        // Patch headers: every type is an instance of `type`; every dict is a dict.
        for t in &b.all {
            t.header().unwrap().ty.set(type_.ptr() as *const TypeObject);
            let td = unsafe { t.payload::<TypeData>() };
            td.dict
                .header()
                .unwrap()
                .ty
                .set(dict.ptr() as *const TypeObject);
            crate::object::gc::track(&td.dict);
            if !t.is(&object) && td.bases().is_empty() {
                unsafe { *type_data_mut(t).bases.get_mut() = vec![object.clone()] };
            }
        }
        unsafe {
            *type_data_mut(&bool_).bases.get_mut() = vec![int.clone()];
        }
        // MROs in creation order (bases are always created first).
        for t in &b.all {
            let bases = unsafe { t.payload::<TypeData>() }.bases().to_vec();
            let mro = crate::object::typeobj::c3_mro(t, &bases).unwrap_or_else(|_| vec![t.clone()]);
            unsafe { *type_data_mut(t).mro.get_mut() = mro };
            for base in &bases {
                unsafe { type_data_mut(base).subclasses.get_mut().push(t.raw()) };
            }
        }

        let tptr = |t: &Value| t.ptr() as *const TypeObject;
        // Sized for the start-up names (about 2,000 with the one-character strs), so that
        // the table is not rehashed several times on the way.
        let mut interned: crate::object::word_hash::WordMap<Box<str>, Value> =
            crate::object::word_hash::WordMap::with_capacity_and_hasher(3072, Default::default());
        let mut mk = |s: &str| -> Value {
            if let Some(v) = interned.get(s) {
                return v.clone();
            }
            let v = alloc(tptr(&str_), StrData::new(s.into()));
            unsafe { v.payload::<StrData>() }.interned.set(true);
            interned.insert(s.into(), v.clone());
            v
        };
        let names = make_names(&mut mk);
        let empty_str = mk("");
        let ascii_chars: Box<[Value]> = (0u8..128).map(|b| mk(&(b as char).to_string())).collect();

        let none_v = alloc(tptr(&none), ());
        let true_v = alloc(tptr(&bool_), IntData { v: BigInt::from(1) });
        let false_v = alloc(tptr(&bool_), IntData { v: BigInt::from(0) });
        let ni_v = alloc(tptr(&not_implemented), ());
        let ell_v = alloc(tptr(&ellipsis), ());
        // SAFETY: no items to write.
        let empty_tuple = unsafe { crate::object::tuple::alloc_tuple(tptr(&tuple), 0, |_| {}) };
        let builtins_dict = alloc(tptr(&dict), DictData::new());
        let modules = alloc(tptr(&dict), DictData::new());
        let builtins_mod = alloc(
            tptr(&module),
            crate::object::module::ModuleData {
                dict: builtins_dict.clone(),
            },
        );

        let find = |n: &str| exc_list.iter().find(|(x, _)| *x == n).unwrap().1.clone();
        let exc = ExcTypes {
            base_exception: find("BaseException"),
            exception: find("Exception"),
            type_error: find("TypeError"),
            value_error: find("ValueError"),
            key_error: find("KeyError"),
            index_error: find("IndexError"),
            attribute_error: find("AttributeError"),
            name_error: find("NameError"),
            unbound_local_error: find("UnboundLocalError"),
            zero_division_error: find("ZeroDivisionError"),
            overflow_error: find("OverflowError"),
            stop_iteration: find("StopIteration"),
            stop_async_iteration: find("StopAsyncIteration"),
            runtime_error: find("RuntimeError"),
            recursion_error: find("RecursionError"),
            not_implemented_error: find("NotImplementedError"),
            assertion_error: find("AssertionError"),
            import_error: find("ImportError"),
            module_not_found_error: find("ModuleNotFoundError"),
            lookup_error: find("LookupError"),
            arithmetic_error: find("ArithmeticError"),
            memory_error: find("MemoryError"),
            system_exit: find("SystemExit"),
            keyboard_interrupt: find("KeyboardInterrupt"),
            generator_exit: find("GeneratorExit"),
            syntax_error: find("SyntaxError"),
            os_error: find("OSError"),
            unicode_error: find("UnicodeError"),
            exception_group: find("ExceptionGroup"),
            base_exception_group: find("BaseExceptionGroup"),
            by_name: exc_list.clone(),
        };

        let hash_key = match std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            Some(0) => (0, 0),
            Some(seed) => (
                seed.wrapping_mul(0x9E3779B97F4A7C15),
                seed ^ 0xD1B54A32D192ED03,
            ),
            None => random_key(),
        };

        let fast = super::FastTypes::new(&misc);
        let vm = Box::new(Vm {
            fast,
            types: Types {
                type_,
                object,
                int,
                bool_,
                float,
                complex,
                str_,
                bytes,
                bytearray,
                tuple,
                list,
                dict,
                set,
                frozenset,
                none,
                not_implemented,
                ellipsis,
                range,
                slice,
                function,
                code,
                cell,
                method,
                builtin_function,
                method_descriptor,
                module,
                property,
                classmethod,
                staticmethod,
                super_,
                generator,
                coroutine,
                async_generator,
                iterator,
                member_descriptor,
                getset_descriptor,
                traceback,
                mappingproxy,
                misc,
            },
            exc,
            names,
            none: none_v,
            true_: true_v,
            false_: false_v,
            not_implemented: ni_v,
            ellipsis: ell_v,
            empty_tuple,
            empty_str,
            ascii_chars,
            interned: RefCell::new(interned),
            builtins: builtins_mod,
            builtins_dict,
            sys: PyCell::new(None),
            modules,
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            handled: PyCell::new(Vec::new()),
            frames: PyCell::new(Vec::new()),
            options,
            hash_key,
            stack_limit: Cell::new(0),
            argv: RefCell::new(Vec::new()),
            shapes: ShapeTree::new(),
            frame_pool: PyCell::new(Vec::new()),
            hot_links: PyCell::new(Vec::new()),
            switches,
            stats: Default::default(),
            shadowed: RefCell::new(Vec::new()),
            sre_wide: RefCell::new(None),
            sys_state: Default::default(),
            #[cfg(feature = "type-cache")]
            type_cache: Default::default(),
        });
        vm.install();
        // Type names and their `__name__`-style attributes live in Rust; methods go into the dicts.
        crate::builtins::init(&vm);
        vm
    }
}

/// Mutable access to a type's payload during bootstrap and class creation.
///
/// # Safety
/// No other reference to the payload's mutated fields is alive.
pub unsafe fn type_data_mut(t: &Value) -> &TypeData {
    t.payload::<TypeData>()
}

fn random_key() -> (u64, u64) {
    let mut buf = [0u8; 16];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1);
        buf[..8].copy_from_slice(&t.to_le_bytes());
        buf[8..].copy_from_slice(&(std::process::id() as u64).to_le_bytes());
    }
    (
        u64::from_le_bytes(buf[..8].try_into().unwrap()),
        u64::from_le_bytes(buf[8..].try_into().unwrap()),
    )
}

fn make_names(mk: &mut dyn FnMut(&str) -> Value) -> Names {
    let binops = [
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
        "and", "or", "xor",
    ];
    Names {
        init: mk("__init__"),
        new: mk("__new__"),
        call: mk("__call__"),
        repr: mk("__repr__"),
        str_: mk("__str__"),
        hash: mk("__hash__"),
        eq: mk("__eq__"),
        ne: mk("__ne__"),
        lt: mk("__lt__"),
        le: mk("__le__"),
        gt: mk("__gt__"),
        ge: mk("__ge__"),
        bool_: mk("__bool__"),
        len: mk("__len__"),
        iter: mk("__iter__"),
        next: mk("__next__"),
        getitem: mk("__getitem__"),
        setitem: mk("__setitem__"),
        delitem: mk("__delitem__"),
        contains: mk("__contains__"),
        getattr: mk("__getattr__"),
        getattribute: mk("__getattribute__"),
        setattr: mk("__setattr__"),
        delattr: mk("__delattr__"),
        get: mk("__get__"),
        set: mk("__set__"),
        delete: mk("__delete__"),
        enter: mk("__enter__"),
        exit: mk("__exit__"),
        aenter: mk("__aenter__"),
        aexit: mk("__aexit__"),
        await_: mk("__await__"),
        aiter: mk("__aiter__"),
        anext: mk("__anext__"),
        index: mk("__index__"),
        int: mk("__int__"),
        float: mk("__float__"),
        neg: mk("__neg__"),
        pos: mk("__pos__"),
        invert: mk("__invert__"),
        abs: mk("__abs__"),
        format: mk("__format__"),
        del: mk("__del__"),
        dict: mk("__dict__"),
        class: mk("__class__"),
        name: mk("__name__"),
        qualname: mk("__qualname__"),
        module: mk("__module__"),
        doc: mk("__doc__"),
        builtins: mk("__builtins__"),
        main: mk("__main__"),
        set_name: mk("__set_name__"),
        init_subclass: mk("__init_subclass__"),
        class_getitem: mk("__class_getitem__"),
        mro_entries: mk("__mro_entries__"),
        prepare: mk("__prepare__"),
        classcell: mk("__classcell__"),
        weakref: mk("__weakref__"),
        slots: mk("__slots__"),
        annotations: mk("__annotations__"),
        missing: mk("__missing__"),
        reversed: mk("__reversed__"),
        length_hint: mk("__length_hint__"),
        instancecheck: mk("__instancecheck__"),
        subclasscheck: mk("__subclasscheck__"),
        send: mk("send"),
        throw: mk("throw"),
        close: mk("close"),
        match_args: mk("__match_args__"),
        file: mk("__file__"),
        path: mk("__path__"),
        package: mk("__package__"),
        spec: mk("__spec__"),
        all: mk("__all__"),
        round: mk("__round__"),
        trunc: mk("__trunc__"),
        floor: mk("__floor__"),
        ceil: mk("__ceil__"),
        complex: mk("__complex__"),
        bytes: mk("__bytes__"),
        fspath: mk("__fspath__"),
        copy: mk("__copy__"),
        deepcopy: mk("__deepcopy__"),
        reduce_ex: mk("__reduce_ex__"),
        dir: mk("__dir__"),
        sizeof: mk("__sizeof__"),
        keys: mk("keys"),
        items: mk("items"),
        values: mk("values"),
        write: mk("write"),
        flush: mk("flush"),
        binop: binops.iter().map(|n| mk(&format!("__{n}__"))).collect(),
        rbinop: binops.iter().map(|n| mk(&format!("__r{n}__"))).collect(),
        ibinop: binops.iter().map(|n| mk(&format!("__i{n}__"))).collect(),
    }
}
