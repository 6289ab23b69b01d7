//! `hashlib`: MD5, SHA-1, the SHA-2 family, SHA-3 and SHAKE on the RustCrypto crates,
//! BLAKE2b/BLAKE2s (with the full parameter block) on `blake2b_simd`/`blake2s_simd`, and
//! scrypt; hash objects are shaped like CPython's (`update`, `digest`, `hexdigest`, `copy`,
//! `name`, sizes).

use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{is_of, module, opaque_type, set};
use crate::vm::{PyResult, Vm};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, XofReader};
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
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    /// SHAKE: the digest length is the caller's.
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2b_simd::State),
    Blake2s(blake2s_simd::State),
}

/// The tunable parameters of a BLAKE2 hash (hashlib's keyword arguments), checked by the
/// caller against the variant's sizes (the crates' `Params` assert them).
#[derive(Clone, Default)]
struct Blake2Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

/// Sets every field of a `blake2b_simd`/`blake2s_simd` `Params` from `Blake2Params`.
macro_rules! blake2_state {
    ($krate:ident, $p:expr) => {{
        let p: &Blake2Params = $p;
        $krate::Params::new()
            .hash_length(p.digest_size)
            .key(&p.key)
            .salt(&p.salt)
            .personal(&p.person)
            .fanout(p.fanout)
            .max_depth(p.depth)
            .max_leaf_length(p.leaf_size)
            .node_offset(p.node_offset)
            .node_depth(p.node_depth)
            .inner_hash_length(p.inner_size as usize)
            .last_node(p.last_node)
            .to_state()
    }};
}

fn blake2b_state(p: &Blake2Params) -> blake2b_simd::State {
    blake2_state!(blake2b_simd, p)
}

fn blake2s_state(p: &Blake2Params) -> blake2s_simd::State {
    blake2_state!(blake2s_simd, p)
}

/// Algorithm names as `hashlib.new` accepts them (lower case) with digest and block sizes.
const ALGOS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
    ("shake_128", 0, 168),
    ("shake_256", 0, 136),
    ("blake2b", 64, 128),
    ("blake2s", 32, 64),
];

/// The names OpenSSL also finds in upper case (`hashlib.new("SHA256")`); the others are
/// CPython's own modules, which know only the lower-case names.
const OPENSSL_NAMES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

/// BLAKE2 parameters with their defaults and the given digest size.
fn blake2_defaults(digest_size: usize) -> Blake2Params {
    Blake2Params {
        digest_size,
        fanout: 1,
        depth: 1,
        ..Default::default()
    }
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            "sha3_224" => State::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" => State::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" => State::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" => State::Sha3_512(sha3::Sha3_512::new()),
            "shake_128" => State::Shake128(sha3::Shake128::default()),
            "shake_256" => State::Shake256(sha3::Shake256::default()),
            "blake2b" => State::Blake2b(blake2b_state(&blake2_defaults(blake2b_simd::OUTBYTES))),
            "blake2s" => State::Blake2s(blake2s_state(&blake2_defaults(blake2s_simd::OUTBYTES))),
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
            State::Sha3_224(h) => h.update(data),
            State::Sha3_256(h) => h.update(data),
            State::Sha3_384(h) => h.update(data),
            State::Sha3_512(h) => h.update(data),
            State::Shake128(h) => sha3::digest::Update::update(h, data),
            State::Shake256(h) => sha3::digest::Update::update(h, data),
            State::Blake2b(h) => {
                h.update(data);
            }
            State::Blake2s(h) => {
                h.update(data);
            }
        }
    }

    /// The digest so far; the state itself goes on (finalising a clone). SHAKE gives
    /// `shake_len` bytes.
    fn digest_n(&self, shake_len: usize) -> Vec<u8> {
        let mut xof = vec![0u8; shake_len];
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => {
                h.finalize_xof().read(&mut xof);
                xof
            }
            State::Shake256(h) => {
                h.finalize_xof().read(&mut xof);
                xof
            }
            State::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            State::Blake2s(h) => h.finalize().as_bytes().to_vec(),
        }
    }

    fn digest(&self) -> Vec<u8> {
        self.digest_n(0)
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
    let mut lower = name.to_ascii_lowercase();
    if lower != name && !OPENSSL_NAMES.contains(&lower.as_str()) {
        lower = String::new();
    }
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

/// The digest for `digest()`/`hexdigest()`: SHAKE objects take the `length` they give.
fn digest_of(vm: &Vm, a: &Args, fname: &str) -> PyResult<Vec<u8>> {
    let h = this(vm, &a.pos[0])?;
    if !h.name.starts_with("shake") {
        a.check(vm, fname, 1, 1)?;
        return Ok(h.st.borrow().digest());
    }
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = crate::stdlib::registry_system::sysutil::parse(vm, &rest, fname, &["length"], 1, 1)?;
    let len = p[0].clone().unwrap_or_else(|| vm.none.clone());
    let n = crate::stdlib::registry_system::sysutil::c_long(vm, &len)?;
    // CPython converts to an unsigned size; a negative one is its failed allocation.
    if n < 0 || n >= 1 << 29 {
        return Err(if n < 0 {
            vm.memory_error()
        } else {
            vm.value_error("length is too large")
        });
    }
    Ok(h.st.borrow().digest_n(n as usize))
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
        let d = digest_of(vm, &a, "digest")?;
        Ok(vm.new_bytes(d))
    });
    vm.add_method(&ty, "hexdigest", |vm, a| {
        let d = digest_of(vm, &a, "hexdigest")?;
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
ctor!(h_sha3_224, "sha3_224");
ctor!(h_sha3_256, "sha3_256");
ctor!(h_sha3_384, "sha3_384");
ctor!(h_sha3_512, "sha3_512");
ctor!(h_shake_128, "shake_128");
ctor!(h_shake_256, "shake_256");

/// `blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
/// node_offset, node_depth, inner_size, last_node, usedforsecurity)` and `blake2s`.
fn blake2(vm: &Vm, a: &Args, name: &'static str, wide: bool) -> PyResult<Value> {
    use crate::stdlib::registry_system::sysutil::c_long;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let (max_out, salt_max) = if wide {
        (blake2b_simd::OUTBYTES, blake2b_simd::SALTBYTES)
    } else {
        (blake2s_simd::OUTBYTES, blake2s_simd::SALTBYTES)
    };
    let mut p = blake2_defaults(max_out);
    let byte = |v: &Value, lo: i64, msg: &str| -> PyResult<u8> {
        let n = c_long(vm, v)?;
        if n < lo || n > 255 {
            return Err(vm.value_error(msg.to_string()));
        }
        Ok(n as u8)
    };
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        let ks = vm.str_of(k);
        match ks.as_str() {
            "digest_size" => {
                let n = c_long(vm, v)?;
                if n < 1 || n as usize > max_out {
                    return Err(vm.value_error(format!(
                        "digest_size must be between 1 and {max_out} bytes"
                    )));
                }
                p.digest_size = n as usize;
            }
            "key" | "salt" | "person" => {
                let b = crate::builtins::bytes::buffer_arg(vm, v)?;
                let max = if ks == "key" { max_out } else { salt_max };
                if b.len() > max {
                    return Err(vm.value_error(format!("maximum {ks} length is {max} bytes")));
                }
                match ks.as_str() {
                    "key" => p.key = b,
                    "salt" => p.salt = b,
                    _ => p.person = b,
                }
            }
            "fanout" => p.fanout = byte(v, 0, "fanout must be between 0 and 255")?,
            "depth" => p.depth = byte(v, 1, "depth must be between 1 and 255")?,
            "node_depth" => p.node_depth = byte(v, 0, "node_depth must be between 0 and 255")?,
            "leaf_size" => {
                let n = c_long(vm, v)?;
                p.leaf_size =
                    u32::try_from(n).map_err(|_| vm.overflow_error("leaf_size is too large"))?;
            }
            "node_offset" => {
                let i = vm.index(v)?;
                let n = vm
                    .as_int(&i)
                    .and_then(|r| u64::try_from(r.to_big()).ok())
                    .ok_or_else(|| vm.overflow_error("int too big to convert"))?;
                if !wide && n >= 1 << 48 {
                    return Err(vm.overflow_error("node_offset is too large"));
                }
                p.node_offset = n;
            }
            "inner_size" => {
                let n = c_long(vm, v)?;
                if n < 0 || n as usize > max_out {
                    return Err(
                        vm.value_error(format!("inner_size must be between 0 and is {max_out}"))
                    );
                }
                p.inner_size = n as u8;
            }
            "last_node" => p.last_node = vm.truthy(v)?,
            "usedforsecurity" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let st = if wide {
        State::Blake2b(blake2b_state(&p))
    } else {
        State::Blake2s(blake2s_state(&p))
    };
    let obj = HashObj {
        name,
        digest_size: p.digest_size,
        block_size: if wide {
            blake2b_simd::BLOCKBYTES
        } else {
            blake2s_simd::BLOCKBYTES
        },
        st: RefCell::new(st),
    };
    if let Some(d) = a.pos.first() {
        let bytes = data_arg(vm, d)?;
        obj.st.borrow_mut().update(&bytes);
    }
    Ok(vm.alloc_instance(&hash_type(vm), obj))
}

fn h_blake2b(vm: &Vm, a: Args) -> PyResult<Value> {
    blake2(vm, &a, "blake2b", true)
}

fn h_blake2s(vm: &Vm, a: Args) -> PyResult<Value> {
    blake2(vm, &a, "blake2s", false)
}

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
    if name.starts_with("shake") {
        return None;
    }
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

/// PBKDF2-HMAC-SHA256 with one iteration, as scrypt uses it.
fn pbkdf2_sha256_once(password: &[u8], salt: &[u8], dklen: usize) -> Vec<u8> {
    let (inner, outer) = hmac_states("sha256", password).expect("sha256 is known");
    let mut out = Vec::with_capacity(dklen + 32);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        out.extend_from_slice(&hmac_with(&inner, &outer, &msg));
        block += 1;
    }
    out.truncate(dklen);
    out
}

/// The Salsa20/8 core on a 64-byte block (in place).
fn salsa20_8(b: &mut [u32; 16]) {
    let mut x = *b;
    let quarter = |a: usize, bb: usize, c: usize, d: usize, x: &mut [u32; 16]| {
        x[bb] ^= x[a].wrapping_add(x[d]).rotate_left(7);
        x[c] ^= x[bb].wrapping_add(x[a]).rotate_left(9);
        x[d] ^= x[c].wrapping_add(x[bb]).rotate_left(13);
        x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
    };
    for _ in 0..4 {
        // Columns, then rows.
        quarter(0, 4, 8, 12, &mut x);
        quarter(5, 9, 13, 1, &mut x);
        quarter(10, 14, 2, 6, &mut x);
        quarter(15, 3, 7, 11, &mut x);
        quarter(0, 1, 2, 3, &mut x);
        quarter(5, 6, 7, 4, &mut x);
        quarter(10, 11, 8, 9, &mut x);
        quarter(15, 12, 13, 14, &mut x);
    }
    for (o, v) in b.iter_mut().zip(x.iter()) {
        *o = o.wrapping_add(*v);
    }
}

/// scrypt's BlockMix over 2r 64-byte blocks (as 16-word chunks).
fn block_mix(input: &[[u32; 16]], out: &mut [[u32; 16]]) {
    let r2 = input.len();
    let mut x = input[r2 - 1];
    for (i, blk) in input.iter().enumerate() {
        for (w, v) in x.iter_mut().zip(blk.iter()) {
            *w ^= v;
        }
        salsa20_8(&mut x);
        // Even blocks go to the first half of the output, odd ones to the second.
        out[(i % 2) * (r2 / 2) + i / 2] = x;
    }
}

/// scrypt's ROMix on one 128r-byte chunk of B.
fn ro_mix(chunk: &mut [u8], n: usize) {
    let r2 = chunk.len() / 64;
    let mut x: Vec<[u32; 16]> = chunk
        .chunks(64)
        .map(|c| {
            let mut w = [0u32; 16];
            for (i, v) in w.iter_mut().enumerate() {
                *v = u32::from_le_bytes(c[4 * i..4 * i + 4].try_into().unwrap());
            }
            w
        })
        .collect();
    let mut v: Vec<[u32; 16]> = Vec::with_capacity(n * r2);
    let mut tmp = vec![[0u32; 16]; r2];
    for _ in 0..n {
        v.extend_from_slice(&x);
        block_mix(&x, &mut tmp);
        std::mem::swap(&mut x, &mut tmp);
    }
    for _ in 0..n {
        let last = &x[r2 - 1];
        let j = ((last[0] as u64 | (last[1] as u64) << 32) % n as u64) as usize;
        for (k, blk) in x.iter_mut().enumerate() {
            for (w, vv) in blk.iter_mut().zip(v[j * r2 + k].iter()) {
                *w ^= vv;
            }
        }
        block_mix(&x, &mut tmp);
        std::mem::swap(&mut x, &mut tmp);
    }
    for (c, w) in chunk.chunks_mut(64).zip(x.iter()) {
        for (i, v) in w.iter().enumerate() {
            c[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
        }
    }
}

/// `scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64)` (RFC 7914), with OpenSSL's
/// parameter checks and its 32 MiB default memory limit.
fn scrypt(vm: &Vm, a: Args) -> PyResult<Value> {
    use crate::stdlib::registry_system::sysutil::c_long;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "scrypt() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut password = a.pos.first().cloned();
    let (mut salt, mut n, mut r, mut p, mut maxmem, mut dklen) =
        (None, None, None, None, None, None);
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        let slot = match vm.str_of(k).as_str() {
            "password" if password.is_none() => &mut password,
            "salt" => &mut salt,
            "n" => &mut n,
            "r" => &mut r,
            "p" => &mut p,
            "maxmem" => &mut maxmem,
            "dklen" => &mut dklen,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for scrypt()"
                )))
            }
        };
        *slot = Some(v.clone());
    }
    let password = match password {
        Some(v) => crate::builtins::bytes::buffer_arg(vm, &v)?,
        None => return Err(vm.type_error("scrypt() missing required argument 'password' (pos 1)")),
    };
    let salt = match salt.filter(|v| !vm.is_none(v)) {
        Some(v) => crate::builtins::bytes::buffer_arg(vm, &v)?,
        None => return Err(vm.type_error("salt is required")),
    };
    let unsigned = |v: Option<Value>, name: &str| -> PyResult<u64> {
        let msg = format!("{name} is required and must be an unsigned int");
        let v = v.filter(|v| !vm.is_none(v) && vm.as_int(v).is_some());
        let v = v.ok_or_else(|| vm.type_error(msg.clone()))?;
        let n = vm.as_int(&v).and_then(|i| u64::try_from(i.to_big()).ok());
        n.ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))
    };
    let n = unsigned(n, "n")?;
    let r = unsigned(r, "r")?;
    let p = unsigned(p, "p")?;
    if n < 2 || n & (n - 1) != 0 {
        return Err(vm.value_error("n must be a power of 2."));
    }
    const INT_MAX: i64 = i32::MAX as i64;
    let maxmem = match maxmem {
        Some(v) => c_long(vm, &v)?,
        None => 0,
    };
    if !(0..=INT_MAX).contains(&maxmem) {
        return Err(vm.value_error(format!(
            "maxmem must be positive and smaller than {INT_MAX}"
        )));
    }
    let dklen = match dklen {
        Some(v) => c_long(vm, &v)?,
        None => 64,
    };
    if !(1..=INT_MAX).contains(&dklen) {
        return Err(vm.value_error(format!(
            "dklen must be greater than 0 and smaller than {INT_MAX}"
        )));
    }
    // RFC 7914's bound on p, and OpenSSL's refusal of zero r or p.
    if r == 0 || p == 0 || p > ((1u64 << 30) - 1) * 32 / (128 * r) {
        return Err(vm.value_error("Invalid parameter combination for n, r, p, maxmem."));
    }
    let limit = if maxmem == 0 {
        32 << 20
    } else {
        maxmem as u128
    };
    let blen = p as u128 * 128 * r as u128;
    let vlen = 128 * r as u128 * (n as u128 + 2);
    if blen + vlen > limit {
        return Err(vm.value_error("[digital envelope routines] memory limit exceeded"));
    }
    let chunk = 128 * r as usize;
    let mut b = pbkdf2_sha256_once(&password, &salt, p as usize * chunk);
    for part in b.chunks_mut(chunk) {
        ro_mix(part, n as usize);
    }
    Ok(vm.new_bytes(pbkdf2_sha256_once(&password, &b, dklen as usize)))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("md5", h_md5),
        ("sha1", h_sha1),
        ("sha224", h_sha224),
        ("sha256", h_sha256),
        ("sha384", h_sha384),
        ("sha512", h_sha512),
        ("sha3_224", h_sha3_224),
        ("sha3_256", h_sha3_256),
        ("sha3_384", h_sha3_384),
        ("sha3_512", h_sha3_512),
        ("shake_128", h_shake_128),
        ("shake_256", h_shake_256),
        ("blake2b", h_blake2b),
        ("blake2s", h_blake2s),
        ("new", h_new),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("scrypt", scrypt),
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
