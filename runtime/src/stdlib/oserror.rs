//! `OSError`'s constructor and attributes as CPython 3.11 has them: `errno`, `strerror`,
//! `filename`, `filename2`, `characters_written`, the errno-to-subclass mapping of
//! `OSError(errno, ...)`, the `[Errno 2] No such file or directory: 'x'` str, and
//! `Vm::os_error` for raising such errors from Rust.
//!
//! The fields live in hidden `__slots__` entries added to OSError and its builtin
//! subclasses (so they do not show in `__dict__`); instances made without those
//! slots (a Python subclass created before this ran) fall back to instance attributes.

use crate::object::exception::ExceptionData;
use crate::object::native::{Args, MethodKind};
use crate::object::typeobj::type_data;
use crate::object::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Field indices, in slot order.
const ERRNO: usize = 0;
const STRERROR: usize = 1;
const FILENAME: usize = 2;
const FILENAME2: usize = 3;
const WRITTEN: usize = 4;
const FIELDS: [&str; 5] = [
    "\0errno",
    "\0strerror",
    "\0filename",
    "\0filename2",
    "\0characters_written",
];

/// errno values that `OSError(errno, ...)` turns into a subclass (CPython's errnomap).
const ERRNO_MAP: &[(i32, &str)] = &[
    (libc::EAGAIN, "BlockingIOError"),
    (libc::EALREADY, "BlockingIOError"),
    (libc::EINPROGRESS, "BlockingIOError"),
    (libc::EWOULDBLOCK, "BlockingIOError"),
    (libc::EPIPE, "BrokenPipeError"),
    (libc::ESHUTDOWN, "BrokenPipeError"),
    (libc::ECHILD, "ChildProcessError"),
    (libc::ECONNABORTED, "ConnectionAbortedError"),
    (libc::ECONNREFUSED, "ConnectionRefusedError"),
    (libc::ECONNRESET, "ConnectionResetError"),
    (libc::EEXIST, "FileExistsError"),
    (libc::ENOENT, "FileNotFoundError"),
    (libc::EISDIR, "IsADirectoryError"),
    (libc::ENOTDIR, "NotADirectoryError"),
    (libc::EINTR, "InterruptedError"),
    (libc::EACCES, "PermissionError"),
    (libc::EPERM, "PermissionError"),
    (libc::ESRCH, "ProcessLookupError"),
    (libc::ETIMEDOUT, "TimeoutError"),
];

const SUBCLASSES: &[&str] = &[
    "OSError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
];

/// Installs OSError's methods; safe to call more than once.
pub fn init(vm: &Vm) {
    let t = vm.exc.os_error.clone();
    let td = unsafe { type_data(&t) };
    if vm
        .dict_get_str_key(vm.as_dict(&td.dict).unwrap(), "errno")
        .is_some()
    {
        return;
    }
    let names: Vec<Value> = FIELDS.iter().map(|n| vm.intern(n)).collect();
    for n in SUBCLASSES {
        let c = vm.find_exc(n);
        // SAFETY: no instance or subclass of these builtin types depends on the slot count yet
        // (instances made earlier simply have fewer slots, which every accessor tolerates).
        unsafe { *type_data(&c).slot_names.get_mut() = names.clone() };
    }
    vm.add_method_kind(&t, "__new__", oserror_new, MethodKind::Static);
    vm.add_method(&t, "__init__", oserror_init);
    vm.add_method(&t, "__str__", oserror_str);
    vm.add_method(&t, "__reduce__", oserror_reduce);
    vm.add_getset(
        &t,
        "errno",
        |vm, a| get_or_none(vm, &a.pos[0], ERRNO),
        Some(|vm, a| set_field(vm, a, ERRNO)),
    );
    vm.add_getset(
        &t,
        "strerror",
        |vm, a| get_or_none(vm, &a.pos[0], STRERROR),
        Some(|vm, a| set_field(vm, a, STRERROR)),
    );
    vm.add_getset(
        &t,
        "filename",
        |vm, a| get_or_none(vm, &a.pos[0], FILENAME),
        Some(|vm, a| set_field(vm, a, FILENAME)),
    );
    vm.add_getset(
        &t,
        "filename2",
        |vm, a| get_or_none(vm, &a.pos[0], FILENAME2),
        Some(|vm, a| set_field(vm, a, FILENAME2)),
    );
    vm.add_getset(
        &t,
        "characters_written",
        |vm, a| get(vm, &a.pos[0], WRITTEN).ok_or_else(|| vm.attribute_error("characters_written")),
        Some(|vm, a| {
            if a.pos.len() < 2 || vm.is_none(&a.pos[1]) {
                if get(vm, &a.pos[0], WRITTEN).is_none() {
                    return Err(vm.attribute_error("characters_written"));
                }
                put(vm, &a.pos[0], WRITTEN, None)?;
                return Ok(vm.none.clone());
            }
            let n = vm.index(&a.pos[1])?;
            put(vm, &a.pos[0], WRITTEN, Some(n))?;
            Ok(vm.none.clone())
        }),
    );
}

/// A field, or None when unset.
fn get(vm: &Vm, e: &Value, i: usize) -> Option<Value> {
    let attrs = vm.attrs_of(e)?;
    let slots = unsafe { attrs.slots() };
    if slots.len() == FIELDS.len() {
        return slots[i].clone();
    }
    attrs.get(vm, &vm.intern(FIELDS[i])).ok().flatten()
}

fn get_or_none(vm: &Vm, e: &Value, i: usize) -> PyResult<Value> {
    Ok(get(vm, e, i).unwrap_or_else(|| vm.none.clone()))
}

fn put(vm: &Vm, e: &Value, i: usize, v: Option<Value>) -> PyResult<()> {
    let Some(attrs) = vm.attrs_of(e) else {
        return Ok(());
    };
    let slots = unsafe { attrs.slots_mut() };
    if slots.len() == FIELDS.len() {
        let old = std::mem::replace(&mut slots[i], v);
        drop(old);
        return Ok(());
    }
    let name = vm.intern(FIELDS[i]);
    match v {
        Some(v) => attrs.set(vm, &name, v, None),
        None => attrs.del(vm, &name).map(|_| ()),
    }
}

/// Attribute assignment keeps a None value as set (CPython prints `: None` then).
fn set_field(vm: &Vm, a: Args, i: usize) -> PyResult<Value> {
    put(vm, &a.pos[0], i, a.pos.get(1).cloned())?;
    Ok(vm.none.clone())
}

/// Whether arguments are parsed by `__init__` (a subclass overrides `__init__` but not
/// `__new__`) rather than by `__new__`, as CPython decides.
fn use_init(vm: &Vm, ty: &Value) -> bool {
    let os = &vm.exc.os_error;
    let od = unsafe { type_data(os) };
    let odict = vm.as_dict(&od.dict).unwrap();
    let own_init = vm.dict_get_str_key(odict, "__init__");
    let own_new = vm.dict_get_str_key(odict, "__new__");
    let init = vm.lookup(ty, &vm.intern("__init__"));
    let new = vm.lookup(ty, &vm.intern("__new__"));
    let same = |a: &Option<Value>, b: &Option<Value>| match (a, b) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    !same(&init, &own_init) && same(&new, &own_new)
}

fn no_keywords(vm: &Vm, a: &Args, ty: &Value) -> PyResult<()> {
    if a.has_kw() {
        let name = unsafe { type_data(ty) }.name();
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn oserror_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let mut cls = a.pos[0].clone();
    let args = &a.pos[1..];
    if !vm.is_type(&cls) {
        return Err(vm.type_error(format!(
            "OSError.__new__(X): X is not a type object ({})",
            vm.type_name(&cls)
        )));
    }
    let parse_here = !use_init(vm, &cls);
    if parse_here {
        no_keywords(vm, &a, &cls)?;
    }
    if cls.is(&vm.exc.os_error) && (2..=5).contains(&args.len()) {
        if let Some(code) = vm.as_int(&args[0]).and_then(|r| r.to_i64()) {
            if let Some((_, n)) = ERRNO_MAP.iter().find(|(e, _)| *e as i64 == code) {
                cls = vm.find_exc(n);
            }
        }
    }
    let e = vm.new_instance(&cls, ExceptionData::new(vm.new_tuple(Vec::new())));
    if parse_here {
        parse(vm, &e, args)?;
    }
    Ok(e)
}

fn oserror_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let e = &a.pos[0];
    let ty = vm.type_of(e);
    if !use_init(vm, &ty) {
        return Ok(vm.none.clone());
    }
    no_keywords(vm, &a, &ty)?;
    parse(vm, e, &a.pos[1..])?;
    Ok(vm.none.clone())
}

/// Sets args and the fields from constructor arguments, as CPython's oserror_init does.
fn parse(vm: &Vm, e: &Value, args: &[Value]) -> PyResult<()> {
    let mut kept: &[Value] = args;
    if (2..=5).contains(&args.len()) {
        put(vm, e, ERRNO, Some(args[0].clone()))?;
        put(vm, e, STRERROR, Some(args[1].clone()))?;
        let filename = args.get(2).filter(|f| !vm.is_none(f));
        if let Some(f) = filename {
            let blocking = vm.is_exact(e, &vm.find_exc("BlockingIOError"));
            if blocking && is_number(vm, f) {
                let n = vm.index(f)?;
                put(vm, e, WRITTEN, Some(n))?;
            } else {
                put(vm, e, FILENAME, Some(f.clone()))?;
                if let Some(f2) = args.get(4).filter(|f| !vm.is_none(f)) {
                    put(vm, e, FILENAME2, Some(f2.clone()))?;
                }
                kept = &args[..2];
            }
        }
    }
    let d = vm.exc_data(e);
    let old = unsafe { std::mem::replace(d.args.get_mut(), vm.new_tuple(kept.to_vec())) };
    drop(old);
    Ok(())
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    vm.is_int(v) || vm.as_float(v).is_some() || vm.lookup_special(v, &vm.names.index).is_some()
}

fn oserror_str(vm: &Vm, a: Args) -> PyResult<Value> {
    let e = &a.pos[0];
    let errno = get_or_none(vm, e, ERRNO)?;
    let strerror = get_or_none(vm, e, STRERROR)?;
    if let Some(f) = get(vm, e, FILENAME) {
        let head = format!(
            "[Errno {}] {}: {}",
            vm.str_string(&errno)?,
            vm.str_string(&strerror)?,
            vm.repr_string(&f)?
        );
        return Ok(vm.new_str(match get(vm, e, FILENAME2) {
            Some(f2) => format!("{head} -> {}", vm.repr_string(&f2)?),
            None => head,
        }));
    }
    if get(vm, e, ERRNO).is_some() && get(vm, e, STRERROR).is_some() {
        return Ok(vm.new_str(format!(
            "[Errno {}] {}",
            vm.str_string(&errno)?,
            vm.str_string(&strerror)?
        )));
    }
    let args = vm.exc_args(e);
    let items = vm.tuple_items(&args);
    match items.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&items[0]),
        _ => vm.str(&args),
    }
}

/// Pickling support: the args with the filename(s) put back.
fn oserror_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    let e = &a.pos[0];
    let mut args = vm.tuple_items(&vm.exc_args(e)).to_vec();
    if args.len() == 2 {
        if let Some(f) = get(vm, e, FILENAME) {
            args.push(f);
            if let Some(f2) = get(vm, e, FILENAME2) {
                args.push(vm.none.clone());
                args.push(f2);
            }
        }
    }
    let state = match vm.attrs_of(e) {
        Some(at) if at.has_state() => at.to_dict(vm)?,
        _ => vm.none.clone(),
    };
    let mut out = vec![vm.type_of(e), vm.new_tuple(args)];
    if !vm.is_none(&state) {
        out.push(state);
    }
    Ok(vm.new_tuple(out))
}

/// The C library's message for an errno value.
pub fn strerror(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local string.
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// The calling thread's errno.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl Vm {
    /// `OSError(errno, strerror(errno)[, filename[, None, filename2]])`, as the subclass the
    /// errno maps to.
    pub fn os_error(&self, code: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        init(self);
        let mut args = vec![self.new_int(code as i64), self.new_str(strerror(code))];
        if let Some(f) = filename {
            args.push(f);
            if let Some(f2) = filename2 {
                args.push(self.none.clone());
                args.push(f2);
            }
        }
        match self.call(&self.exc.os_error.clone(), &args) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    /// An OSError from a Rust I/O error (its errno when it has one).
    pub fn os_error_from_io(&self, e: &std::io::Error, filename: Option<Value>) -> PyErr {
        match e.raw_os_error() {
            Some(code) => self.os_error(code, filename, None),
            None => self.new_exception_msg(&self.exc.os_error, e.to_string()),
        }
    }

    /// An OSError from the current errno.
    pub fn os_error_last(&self, filename: Option<Value>) -> PyErr {
        self.os_error(last_errno(), filename, None)
    }
}
