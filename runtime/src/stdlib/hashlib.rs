//! `hashlib`: MD5, SHA-1 and the SHA-2 family on the RustCrypto crates, with hash objects
//! shaped like CPython's (`update`, `digest`, `hexdigest`, `copy`, `name`, sizes).

use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{is_of, module, opaque_type, set};
use crate::vm::{PyResult, Vm};
use sha2::Digest;
use std::cell::RefCell;

/// The running state of one algorithm.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// Algorithm names as `hashlib.new` accepts them (lower case) with digest and block sizes.
const ALGOS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
];

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far; the state itself goes on (finalising a clone).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// Payload of a hash object.
struct HashObj {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    st: RefCell<State>,
}

thread_local! {
    /// The `_hashlib.HASH` type, made on first import.
    static HASH_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn hash_type(vm: &Vm) -> Value {
    HASH_TYPE.with(|t| t.borrow_mut().get_or_insert_with(|| make_type(vm)).clone())
}

/// The hash object behind `self`, or CPython's descriptor TypeError.
fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a HashObj> {
    if is_of(vm, v, &hash_type(vm)) {
        // SAFETY: the type check above guarantees the payload's type.
        Ok(unsafe { v.payload::<HashObj>() })
    } else {
        Err(vm.type_error(format!(
            "descriptor requires a '_hashlib.HASH' object but received a '{}'",
            vm.type_name(v)
        )))
    }
}

/// Bytes to hash, with hashlib's TypeErrors for str and non-buffers.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if vm.is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    crate::builtins::bytes::bytes_view(vm, v)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn new_hash(vm: &Vm, name: &str, data: Option<&Value>) -> PyResult<Value> {
    let lower = name.to_ascii_lowercase();
    let (st, &(n, ds, bs)) = match (
        State::new(&lower),
        ALGOS.iter().find(|(n, _, _)| *n == lower),
    ) {
        (Some(s), Some(info)) => (s, info),
        _ => return Err(vm.value_error(format!("unsupported hash type {name}"))),
    };
    let obj = HashObj {
        name: n,
        digest_size: ds,
        block_size: bs,
        st: RefCell::new(st),
    };
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        obj.st.borrow_mut().update(&bytes);
    }
    Ok(vm.alloc_instance(&hash_type(vm), obj))
}

fn make_type(vm: &Vm) -> Value {
    let ty = opaque_type::<HashObj>(vm, "_hashlib", "HASH");
    vm.add_method(&ty, "update", |vm, a| {
        a.check(vm, "update", 2, 2)?;
        let h = this(vm, &a.pos[0])?;
        let bytes = data_arg(vm, &a.pos[1])?;
        h.st.borrow_mut().update(&bytes);
        Ok(vm.none.clone())
    });
    vm.add_method(&ty, "digest", |vm, a| {
        a.check(vm, "digest", 1, 1)?;
        let h = this(vm, &a.pos[0])?;
        let d = h.st.borrow().digest();
        Ok(vm.new_bytes(d))
    });
    vm.add_method(&ty, "hexdigest", |vm, a| {
        a.check(vm, "hexdigest", 1, 1)?;
        let h = this(vm, &a.pos[0])?;
        let d = h.st.borrow().digest();
        let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
        Ok(vm.new_str(s))
    });
    vm.add_method(&ty, "copy", |vm, a| {
        a.check(vm, "copy", 1, 1)?;
        let h = this(vm, &a.pos[0])?;
        let obj = HashObj {
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
            st: RefCell::new(h.st.borrow().clone()),
        };
        Ok(vm.alloc_instance(&hash_type(vm), obj))
    });
    vm.add_method(&ty, "__repr__", |vm, a| {
        let h = this(vm, &a.pos[0])?;
        Ok(vm.new_str(format!(
            "<{} _hashlib.HASH object @ {:#x}>",
            h.name,
            a.pos[0].raw()
        )))
    });
    vm.add_getset(
        &ty,
        "name",
        |vm, a| Ok(vm.new_str(this(vm, &a.pos[0])?.name)),
        None,
    );
    vm.add_getset(
        &ty,
        "digest_size",
        |vm, a| Ok(vm.new_int_usize(this(vm, &a.pos[0])?.digest_size)),
        None,
    );
    vm.add_getset(
        &ty,
        "block_size",
        |vm, a| Ok(vm.new_int_usize(this(vm, &a.pos[0])?.block_size)),
        None,
    );
    ty
}

/// Reads `(data=b'', *, usedforsecurity=True)`, also accepting the old `string=` keyword.
fn ctor_data(vm: &Vm, a: &Args, fname: &str, first: usize) -> PyResult<Option<Value>> {
    let npos = a.pos.len() - first;
    if npos > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({npos} given)"
        )));
    }
    let mut data = a.pos.get(first).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        let ks = vm.str_of(k);
        match ks.as_str() {
            "string" | "data" => {
                if data.is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{ks}') and position (1)"
                    )));
                }
                data = Some(v.clone());
            }
            "usedforsecurity" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{ks}'"
                )))
            }
        }
    }
    Ok(data)
}

macro_rules! ctor {
    ($fname:ident, $name:literal) => {
        fn $fname(vm: &Vm, a: Args) -> PyResult<Value> {
            let data = ctor_data(vm, &a, concat!("openssl_", $name), 0)?;
            new_hash(vm, $name, data.as_ref())
        }
    };
}

ctor!(h_md5, "md5");
ctor!(h_sha1, "sha1");
ctor!(h_sha224, "sha224");
ctor!(h_sha256, "sha256");
ctor!(h_sha384, "sha384");
ctor!(h_sha512, "sha512");

fn h_new(vm: &Vm, a: Args) -> PyResult<Value> {
    // `name` may come by keyword; the rest is the constructors' (data, *, usedforsecurity).
    let mut pos: Vec<Value> = a.pos.to_vec();
    let mut kn = Vec::new();
    let mut kv = Vec::new();
    let mut name = None;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        if vm.str_of(k) == "name" {
            name = Some(v.clone());
        } else {
            kn.push(k.clone());
            kv.push(v.clone());
        }
    }
    let name = match name {
        Some(n) => n,
        None if !pos.is_empty() => pos.remove(0),
        None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)")),
    };
    if !vm.is_str(&name) {
        return Err(vm.type_error(format!(
            "new() argument 'name' must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, &name)
        )));
    }
    let rest = Args::with_kw(&pos, &kn, &kv);
    let data = ctor_data(vm, &rest, "new", 0)?;
    new_hash(vm, vm.str_ref(&name), data.as_ref())
}

/// An HMAC keyed with `key`: the inner and outer states after their padded keys.
fn hmac_states(name: &str, key: &[u8]) -> Option<(State, State)> {
    let block = ALGOS.iter().find(|(n, _, _)| *n == name)?.2;
    let mut k = if key.len() > block {
        let mut h = State::new(name)?;
        h.update(key);
        h.digest()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = State::new(name)?;
    let mut outer = State::new(name)?;
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    Some((inner, outer))
}

fn hmac_with(inner: &State, outer: &State, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.digest());
    o.digest()
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018).
fn pbkdf2_hmac(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = crate::stdlib::registry_system::sysutil::parse(
        vm,
        &a,
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
        4,
        5,
    )?;
    let arg = |i: usize| p[i].clone().unwrap_or_else(|| vm.none.clone());
    let name_v = arg(0);
    if !vm.is_str(&name_v) {
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, &name_v)
        )));
    }
    let name = vm.str_ref(&name_v).to_ascii_lowercase();
    let password = crate::builtins::bytes::buffer_arg(vm, &arg(1))?;
    let salt = crate::builtins::bytes::buffer_arg(vm, &arg(2))?;
    let iters = crate::stdlib::registry_system::sysutil::c_long(vm, &arg(3))?;
    // The message is OpenSSL's, which CPython passes on.
    let (inner, outer) = hmac_states(&name, &password)
        .ok_or_else(|| vm.value_error("[digital envelope routines] unsupported"))?;
    if iters < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let hlen = inner.digest().len();
    let dklen = match &p[4] {
        Some(v) if !vm.is_none(v) => {
            let n = crate::stdlib::registry_system::sysutil::c_long(vm, v)?;
            if n < 1 {
                return Err(vm.value_error("key length must be greater than 0."));
            }
            // RFC 8018's limit on the derived key's length.
            if n as u64 > u32::MAX as u64 * hlen as u64 {
                return Err(vm.overflow_error("key length is too great."));
            }
            n as usize
        }
        _ => hlen,
    };
    let mut out = Vec::new();
    out.try_reserve(dklen).map_err(|_| vm.memory_error())?;
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iters {
            u = hmac_with(&inner, &outer, &u);
            for (x, y) in t.iter_mut().zip(u.iter()) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(vm.new_bytes(out))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("md5", h_md5),
        ("sha1", h_sha1),
        ("sha224", h_sha224),
        ("sha256", h_sha256),
        ("sha384", h_sha384),
        ("sha512", h_sha512),
        ("new", h_new),
        ("pbkdf2_hmac", pbkdf2_hmac),
    ];
    let m = module(vm, "hashlib", fns);
    let names: Vec<Value> = ALGOS.iter().map(|(n, _, _)| vm.new_str(*n)).collect();
    set(
        vm,
        &m,
        "algorithms_guaranteed",
        vm.new_frozenset(names.clone())?,
    );
    set(vm, &m, "algorithms_available", vm.new_set(names)?);
    set(vm, &m, "HASH", hash_type(vm));
    // `hashlib.file_digest` reads a binary file object in chunks into a new hash.
    set(
        vm,
        &m,
        "file_digest",
        new_builtin(
            vm,
            "file_digest",
            |vm, a| {
                a.check(vm, "file_digest", 2, 2)?;
                let h = if vm.is_str(&a.pos[1]) {
                    new_hash(vm, vm.str_ref(&a.pos[1]), None)?
                } else {
                    vm.call(&a.pos[1], &[])?
                };
                let read = vm.getattr(&a.pos[0], &vm.new_str("read"))?;
                let update = vm.getattr(&h, &vm.new_str("update"))?;
                loop {
                    let chunk = vm.call(&read, &[vm.new_int(1 << 18)])?;
                    if vm.len(&chunk)? == 0 {
                        break;
                    }
                    vm.call(&update, &[chunk])?;
                }
                Ok(h)
            },
            None,
        ),
    );
    Ok(m)
}
