//! `_random`: the Mersenne Twister (MT19937) generator with CPython's seeding, so that
//! `random.seed(x)` gives the same numbers as CPython. `_random.Random` is subclassable
//! (the frozen `random` module's `Random` derives from it); its generator state lives in a
//! hidden slot holding an internal state object.

use super::sysutil::{clinic_int, module, set};
use crate::object::native::{new_builtin, Args, MethodKind};
use crate::object::typeobj::{dealloc_of, tflags, Layout, TypeData};
use crate::object::value::{alloc, PyCell, Value};
use crate::vm::init::type_data_mut;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

/// The generator: 624 words of state and the position of the next word.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (the reference init_by_array).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1usize;
        let mut j = 0usize;
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, as CPython's random().
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Payload of the internal state object kept in a Random instance's hidden slot.
pub struct MtState {
    mt: PyCell<Mt>,
}

struct Types {
    random: Value,
    state: Value,
}

/// `_random.Random` and the state type, from the imported `_random` module.
fn types(vm: &Vm) -> PyResult<Types> {
    let gone = || vm.runtime_error("_random module is gone");
    let md = vm.as_dict(&vm.modules).unwrap();
    let m = vm.dict_get_str_key(md, "_random").ok_or_else(gone)?;
    let d = vm.module_dict(&m).ok_or_else(gone)?;
    let dd = vm.as_dict(&d).unwrap();
    Ok(Types {
        random: vm.dict_get_str_key(dd, "Random").ok_or_else(gone)?,
        state: vm.dict_get_str_key(dd, "_MTState").ok_or_else(gone)?,
    })
}

fn make_random_type(vm: &Vm) -> Value {
    let dict = vm.new_dict();
    if let Some(dd) = vm.as_dict(&dict) {
        vm.dict_set_str(dd, "__module__", vm.new_str("_random"));
        vm.dict_set_str(
            dd,
            "__doc__",
            vm.new_str("Random() -> create a random number generator with its own internal state."),
        );
    }
    let il = crate::object::traverse::instance_layout(Layout::Object);
    let td = TypeData::new("Random", Layout::Object, dict, il.dealloc);
    td.flags
        .set(tflags::BASETYPE | tflags::HAS_ATTRS | tflags::NO_DICT);
    td.attrs_offset.set(il.attrs_offset);
    td.traverse.set(il.traverse);
    td.clear.set(il.clear);
    let ty = alloc(vm.types.type_.ptr() as *const _, td);
    // SAFETY: the type was just made; nothing else refers to it yet.
    unsafe {
        let t = type_data_mut(&ty);
        *t.bases.get_mut() = vec![vm.types.object.clone()];
        *t.mro.get_mut() = vec![ty.clone(), vm.types.object.clone()];
        *t.slot_names.get_mut() = vec![vm.intern("\0mt_state")];
        *t.qualname.get_mut() = "Random".to_string();
    }
    // Immortal: instances of this non-heap type do not own a reference to it.
    std::mem::forget(ty.clone());
    vm.add_method_kind(&ty, "__new__", random_new, MethodKind::Static);
    vm.add_method(&ty, "__init__", random_init);
    vm.add_method(&ty, "seed", random_seed);
    vm.add_method(&ty, "random", random_random);
    vm.add_method(&ty, "getrandbits", random_getrandbits);
    vm.add_method(&ty, "getstate", random_getstate);
    vm.add_method(&ty, "setstate", random_setstate);
    vm.add_method(&ty, "randrange", super::random_fast::randrange);
    vm.add_method(&ty, "randint", super::random_fast::randint);
    vm.add_method(&ty, "choice", super::random_fast::choice);
    vm.add_method(&ty, "shuffle", super::random_fast::shuffle);
    ty
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = module(vm, "_random", &[]);
    set(vm, &m, "Random", make_random_type(vm));
    let state = super::sysutil::opaque_type::<MtState>(vm, "_random", "_MTState");
    set(vm, &m, "_MTState", state);
    set(
        vm,
        &m,
        "_sha512",
        new_builtin(
            vm,
            "_sha512",
            |vm, a| {
                a.check(vm, "_sha512", 1, 1)?;
                let data = vm
                    .as_bytes(&a.pos[0])
                    .map(|b| b.to_vec())
                    .or_else(|| {
                        vm.as_bytearray(&a.pos[0])
                            .map(|b| unsafe { b.b.get().clone() })
                    })
                    .ok_or_else(|| vm.type_error("object supporting the buffer API required"))?;
                Ok(vm.new_bytes(super::sha512::sha512(&data).to_vec()))
            },
            None,
        ),
    );
    Ok(m)
}

/// The generator of a Random instance.
pub fn mt_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a mut Mt> {
    let bad = || {
        vm.type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            vm.type_name(v)
        ))
    };
    let attrs = vm.attrs_of(v).ok_or_else(bad)?;
    let slot = unsafe { attrs.slots() }
        .first()
        .cloned()
        .flatten()
        .ok_or_else(bad)?;
    // The state type is recognised by its payload's dealloc function (one per payload type).
    let td = vm.type_data_of(&slot);
    if td.dealloc.get() as usize != dealloc_of::<MtState>() as usize {
        return Err(bad());
    }
    // SAFETY: the slot holds an MtState (checked above) that lives as long as the instance,
    // and no other borrow of the generator is held across calls back into Python.
    let st = unsafe { &*(slot.payload::<MtState>() as *const MtState) };
    Ok(unsafe { st.mt.get_mut() })
}

fn random_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0].clone();
    let t = types(vm)?;
    if !vm.is_type(&cls) || !vm.is_subtype(&cls, &t.random) {
        return Err(vm.type_error("Random.__new__(X): X is not a subtype of Random"));
    }
    let obj = vm.new_instance(&cls, ());
    let state = alloc(
        t.state.ptr() as *const _,
        MtState {
            mt: PyCell::new(Mt::new()),
        },
    );
    if let Some(attrs) = vm.attrs_of(&obj) {
        // Every subclass inherits the hidden slot (`slot_names` above).
        if let Some(s) = unsafe { attrs.slots_mut() }.first_mut() {
            *s = Some(state);
        }
    }
    Ok(obj)
}

fn random_init(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    let t = types(vm)?;
    let ty = vm.type_of(me);
    let own_init = vm.lookup(&t.random, &vm.intern("__init__"));
    let init = vm.lookup(&ty, &vm.intern("__init__"));
    let uses_ours = match (own_init, init) {
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    if (ty.is(&t.random) || uses_ours) && a.has_kw() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, me, a.pos.get(1))?;
    Ok(vm.none.clone())
}

fn random_seed(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "seed", 1, 2)?;
    seed_with(vm, &a.pos[0], a.pos.get(1))?;
    Ok(vm.none.clone())
}

/// CPython's random_seed: None seeds from the OS, an int by its absolute value's 32-bit
/// words, anything else by its hash (as an unsigned word).
fn seed_with(vm: &Vm, me: &Value, arg: Option<&Value>) -> PyResult<()> {
    let key: Vec<u32> = match arg {
        None => os_key(vm)?,
        Some(v) if vm.is_none(v) => os_key(vm)?,
        Some(v) => {
            let n: BigInt = match vm.as_int(v) {
                Some(r) => {
                    let b = r.to_big();
                    if b.sign() == Sign::Minus {
                        -b
                    } else {
                        b
                    }
                }
                None => BigInt::from(vm.hash(v)? as u64),
            };
            let (_, words) = n.to_u32_digits();
            if words.is_empty() {
                vec![0]
            } else {
                words
            }
        }
    };
    let mt = mt_of(vm, me)?;
    mt.init_by_array(&key);
    Ok(())
}

fn os_key(vm: &Vm) -> PyResult<Vec<u32>> {
    let mut buf = vec![0u8; N * 4];
    super::posix::fill_random(vm, &mut buf)?;
    Ok(buf
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

fn random_random(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        a.check(vm, "random", 1, 1)?;
    }
    let mt = mt_of(vm, &a.pos[0])?;
    Ok(vm.new_float(mt.next_f64()))
}

pub fn random_getrandbits(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getrandbits", 2, 2)?;
    let k = clinic_int(vm, &a.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mt = mt_of(vm, &a.pos[0])?;
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    if k <= 32 {
        return Ok(vm.new_int((mt.next_u32() >> (32 - k)) as i64));
    }
    // Least significant word first; the last word keeps only its top bits.
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn random_getstate(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getstate", 1, 1)?;
    let mt = mt_of(vm, &a.pos[0])?;
    let mut items: Vec<Value> = mt.state.iter().map(|w| vm.new_int(*w as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setstate", 2, 2)?;
    let Some(items) = vm.as_tuple(&a.pos[1]) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (i, x) in items.iter().take(N).enumerate() {
        let Some(r) = vm.as_int(x) else {
            return Err(vm.type_error("an integer is required"));
        };
        if r.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let b = r.to_big();
        let (_, digits) = b.to_u64_digits();
        if digits.len() > 1 {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        }
        // Only the low 32 bits are kept, as CPython's (uint32_t) cast does.
        state[i] = digits.first().copied().unwrap_or(0) as u32;
    }
    let index = match vm.as_int(&items[N]) {
        Some(r) => r
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?,
        None => return Err(not_an_integer(vm, &items[N])),
    };
    if index < 0 || index > N as i64 {
        return Err(vm.value_error("invalid state"));
    }
    let mt = mt_of(vm, &a.pos[0])?;
    mt.state = state;
    mt.index = index as usize;
    Ok(vm.none.clone())
}

/// CPython's TypeError for a state index that is not an int (a state word that is not
/// one gets "an integer is required", from another conversion).
fn not_an_integer(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}
