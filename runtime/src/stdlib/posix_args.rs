//! Argument conversion for the `posix` module: paths (str, bytes, os.PathLike, or a file
//! descriptor where allowed) with CPython's messages, and `dir_fd` arguments.

use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::ffi::CString;

/// A converted path argument.
pub struct PathArg {
    /// The path as C bytes (empty when `fd` is set).
    pub c: CString,
    /// A file descriptor given instead of a path.
    pub fd: Option<i32>,
    /// The argument as given, for error messages' filename.
    pub obj: Value,
    /// The path was bytes: results that are paths come back as bytes.
    pub bytes: bool,
}

/// Which kinds of values a path parameter takes besides str, bytes and os.PathLike.
#[derive(Clone, Copy)]
pub struct Allow {
    pub fd: bool,
    pub none: bool,
}

pub const PATH: Allow = Allow {
    fd: false,
    none: false,
};
pub const PATH_OR_FD: Allow = Allow {
    fd: true,
    none: false,
};

fn kinds(allow: Allow) -> &'static str {
    match (allow.fd, allow.none) {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, true) => "string, bytes, os.PathLike or None",
        (false, false) => "string, bytes or os.PathLike",
    }
}

/// Converts a path parameter named `arg` of function `fname`.
pub fn path_arg(vm: &Vm, v: &Value, fname: &str, arg: &str, allow: Allow) -> PyResult<PathArg> {
    let bad = |t: &Value| {
        vm.type_error(format!(
            "{fname}: {arg} should be {}, not {}",
            kinds(allow),
            vm.type_name(t)
        ))
    };
    if allow.none && vm.is_none(v) {
        return make(vm, v.clone(), b".".to_vec(), false);
    }
    if allow.fd && vm.is_int(v) {
        let fd = super::sysutil::clinic_int(vm, v)?;
        return Ok(PathArg {
            c: CString::default(),
            fd: Some(fd),
            obj: v.clone(),
            bytes: false,
        });
    }
    if vm.is_str(v) {
        return make(vm, v.clone(), vm.str_ref(v).as_bytes().to_vec(), false);
    }
    if let Some(b) = vm.as_bytes(v) {
        return make(vm, v.clone(), b.to_vec(), true);
    }
    if let Some(b) = vm.as_bytearray(v) {
        // Deprecated in CPython (with a warning) but still accepted.
        let data = unsafe { b.b.get().clone() };
        return make(vm, v.clone(), data, true);
    }
    let Some(f) = vm.lookup_special(v, &vm.intern("__fspath__")) else {
        return Err(bad(v));
    };
    // Errors name the path that __fspath__ gave, as CPython's do.
    let r = vm.call_bound_special(&f, v, &[])?;
    if vm.is_str(&r) {
        return make(vm, r.clone(), vm.str_ref(&r).as_bytes().to_vec(), false);
    }
    if let Some(b) = vm.as_bytes(&r) {
        return make(vm, r.clone(), b.to_vec(), true);
    }
    Err(vm.type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_name(v),
        vm.type_name(&r)
    )))
}

fn make(vm: &Vm, obj: Value, raw: Vec<u8>, bytes: bool) -> PyResult<PathArg> {
    let c = CString::new(raw).map_err(|_| vm.value_error("embedded null byte"))?;
    Ok(PathArg {
        c,
        fd: None,
        obj,
        bytes,
    })
}

/// A `dir_fd` keyword: None means the working directory.
pub fn dir_fd(vm: &Vm, v: &Option<Value>) -> PyResult<i32> {
    match v {
        None => Ok(libc::AT_FDCWD),
        Some(x) if vm.is_none(x) => Ok(libc::AT_FDCWD),
        Some(x) => {
            if !vm.is_int(x) && vm.lookup_special(x, &vm.names.index).is_none() {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not {}",
                    vm.type_name(x)
                )));
            }
            super::sysutil::clinic_int(vm, x)
        }
    }
}

/// A boolean keyword (`follow_symlinks=...`), by truth value.
pub fn flag(vm: &Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(x) => vm.truthy(x),
    }
}

/// A file name from the OS as the caller's kind of path (str unless the path was bytes).
pub fn name_value(vm: &Vm, raw: &[u8], bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(raw.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(raw).into_owned())
    }
}
