//! `str`: construction, repr, hashing, concatenation and repetition, comparison, indexing and
//! slicing, and the registration of every str method (the methods live in the `str_*` files).

#[path = "str_args.rs"]
pub mod args;
#[path = "str_codecs.rs"]
pub mod codecs;
#[path = "str_find.rs"]
pub mod find;
#[path = "str_methods.rs"]
mod methods;
#[path = "str_search.rs"]
mod search;
#[path = "str_unicode.rs"]
pub mod unicode;

use crate::bytecode::{BinOp, CmpOp};
use crate::object::native::{Args, MethodKind, NativeFn};
use crate::object::str::StrData;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use args::{check_noargs, check_one};

/// `repr(s)` for a str: single quotes unless the text has ' and no ".
pub fn repr_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c => out.push_str(&codecs::escape_char(c)),
        }
    }
    out.push(q);
    out
}

/// Printable per Python's `str.isprintable` (what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    unicode::is_printable(c)
}

pub fn init(vm: &Vm) {
    let t = vm.types.str_.clone();
    vm.add_method_kind(&t, "__new__", str_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", |vm, a| {
        check_noargs(vm, &a, "__repr__")?;
        Ok(vm.new_str(repr_str(vm.str_ref(&a.pos[0]))))
    });
    vm.add_method(&t, "__str__", |vm, a| {
        if vm.is_exact_str(&a.pos[0]) {
            Ok(a.pos[0].clone())
        } else {
            Ok(vm.new_str(vm.str_ref(&a.pos[0])))
        }
    });
    vm.add_method(&t, "__hash__", |vm, a| {
        check_noargs(vm, &a, "__hash__")?;
        Ok(vm.new_int(vm.str_hash(vm.as_str_data(&a.pos[0]).unwrap())))
    });
    vm.add_method(&t, "__len__", |vm, a| {
        check_noargs(vm, &a, "__len__")?;
        Ok(vm.new_int_usize(vm.as_str_data(&a.pos[0]).unwrap().char_len))
    });
    vm.add_method(&t, "__add__", str_add);
    vm.add_method(&t, "__mul__", |vm, a| str_mul(vm, a, false));
    vm.add_method(&t, "__rmul__", |vm, a| str_mul(vm, a, true));
    vm.add_method(&t, "__mod__", |vm, a| {
        check_one(vm, &a, "__mod__")?;
        crate::builtins::format::percent_format(vm, &a.pos[0], &a.pos[1])
    });
    // `str.__rmod__(self, other)` is `other % self` for a str `other`, else NotImplemented.
    vm.add_method(&t, "__rmod__", |vm, a| {
        check_one(vm, &a, "__rmod__")?;
        if !vm.is_str(&a.pos[1]) {
            return Ok(vm.not_implemented.clone());
        }
        crate::builtins::format::percent_format(vm, &a.pos[1], &a.pos[0])
    });
    vm.add_method(&t, "__contains__", |vm, a| {
        check_one(vm, &a, "__contains__")?;
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(&a.pos[1])
            )));
        }
        Ok(vm.bool_val(vm.str_ref(&a.pos[0]).contains(vm.str_ref(&a.pos[1]))))
    });
    vm.add_method(&t, "__getitem__", str_getitem);
    vm.add_method(&t, "__iter__", |vm, a| {
        check_noargs(vm, &a, "__iter__")?;
        Ok(vm.new_seq_iter_of(a.pos[0].clone(), vm.fast.str_iter))
    });
    vm.add_method(&t, "__format__", |vm, a| {
        check_one(vm, &a, "str.__format__")?;
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(&a.pos[1])
            )));
        }
        // An empty spec means str(self), which a subclass may override.
        if vm.str_ref(&a.pos[1]).is_empty() && !vm.is_exact_str(&a.pos[0]) {
            return vm.str(&a.pos[0]);
        }
        crate::builtins::format::format_str(vm, vm.str_ref(&a.pos[0]), vm.str_ref(&a.pos[1]))
    });
    vm.add_method(&t, "__getnewargs__", |vm, a| {
        Ok(vm.new_tuple(vec![vm.new_str(vm.str_ref(&a.pos[0]))]))
    });
    let cmps: [(&'static str, NativeFn); 6] = [
        ("__lt__", |vm, a| str_cmp(vm, a, CmpOp::Lt)),
        ("__le__", |vm, a| str_cmp(vm, a, CmpOp::Le)),
        ("__eq__", |vm, a| str_cmp(vm, a, CmpOp::Eq)),
        ("__ne__", |vm, a| str_cmp(vm, a, CmpOp::Ne)),
        ("__gt__", |vm, a| str_cmp(vm, a, CmpOp::Gt)),
        ("__ge__", |vm, a| str_cmp(vm, a, CmpOp::Ge)),
    ];
    for (name, f) in cmps {
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "format", |vm, a| {
        crate::builtins::format::str_format_method(vm, a)
    });
    methods::init(vm, &t);
    search::init(vm, &t);
    codecs::init(vm);
}

/// `str(object='')` or `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    a.only_kw(vm, "str", &["object", "encoding", "errors"])?;
    let n = a.pos.len() - 1 + a.kwnames.len();
    if n > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({n} given)")));
    }
    let obj = a.pos.get(1).cloned().or_else(|| a.kw(vm, "object"));
    let (enc, errors) = codecs::enc_args(vm, &a, "str", 2)?;
    let text: Value = if enc.is_some() || errors.is_some() {
        let obj = obj.unwrap_or_else(|| vm.new_bytes(Vec::new()));
        if vm.is_str(&obj) {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let Some(b) = crate::builtins::bytes::bytes_view(vm, &obj) else {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&obj)
            )));
        };
        let name = enc.as_deref().unwrap_or("utf-8");
        let codec = codecs::text_lookup(vm, name, "decode")?;
        let errors = errors.as_deref().unwrap_or("strict");
        match codecs::via_registered_handler(vm, &vm.new_bytes(b.to_vec()), name, errors, false) {
            Some(r) => r?,
            None => vm.new_str(codecs::decode(vm, &b, codec, errors)?),
        }
    } else {
        match obj {
            None => vm.empty_str.clone(),
            Some(x) => vm.str(&x)?,
        }
    };
    if cls.is(&vm.types.str_) {
        return Ok(text);
    }
    Ok(vm.new_instance(cls, StrData::new(vm.str_ref(&text).into())))
}

fn str_add(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__add__")?;
    let other = &a.pos[1];
    if !vm.is_str(other) {
        // A Python-level `__radd__` still gets its chance (CPython tries nb_add before
        // sq_concat); otherwise this is CPython's concatenation error.
        let rname = &vm.names.rbinop[BinOp::Add as usize];
        if let Some(f) = vm.lookup(&vm.type_of(other), rname) {
            if !vm.is_exact(&f, &vm.types.method_descriptor) {
                return Ok(vm.not_implemented.clone());
            }
        }
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(other)
        )));
    }
    Ok(vm.str_concat(&a.pos[0], &a.pos[1]))
}

/// The repeat count of `seq * n`: None when `n` is not an integer (the caller decides between
/// NotImplemented and CPython's "can't multiply sequence" error).
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<i64>> {
    if !vm.is_int(n) && vm.lookup_special(n, &vm.names.index).is_none() {
        return Ok(None);
    }
    let i = vm.index(n)?;
    match vm.as_int(&i).and_then(|r| r.to_i64()) {
        Some(k) => Ok(Some(k)),
        None => Err(vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(n)
        ))),
    }
}

/// For `seq * x` with a non-integer `x`: NotImplemented if `x`'s class defines its own
/// `__rmul__` in Python (so it gets a chance), else CPython's sequence-repeat TypeError.
pub fn not_int_repeat(vm: &Vm, x: &Value, reflected: bool) -> PyResult<Value> {
    // `seq * "a"` reaches `str.__rmul__(seq)`: the left sequence's repeat is what fails, and
    // the generic error names the right operand, as CPython does.
    if reflected && is_builtin_seq(vm, x) {
        return Ok(vm.not_implemented.clone());
    }
    if !reflected {
        let rname = &vm.names.rbinop[BinOp::Mul as usize];
        if let Some(f) = vm.lookup(&vm.type_of(x), rname) {
            if !vm.is_exact(&f, &vm.types.method_descriptor) {
                return Ok(vm.not_implemented.clone());
            }
        }
    }
    Err(vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(x)
    )))
}

fn is_builtin_seq(vm: &Vm, v: &Value) -> bool {
    use crate::object::typeobj::Layout;
    matches!(
        vm.type_data_of(v).layout,
        Layout::List | Layout::Tuple | Layout::Str | Layout::Bytes | Layout::ByteArray
    )
}

fn str_mul(vm: &Vm, a: Args, reflected: bool) -> PyResult<Value> {
    check_one(vm, &a, if reflected { "__rmul__" } else { "__mul__" })?;
    let Some(k) = repeat_count(vm, &a.pos[1])? else {
        return not_int_repeat(vm, &a.pos[1], reflected);
    };
    let text = vm.str_ref(&a.pos[0]);
    if k <= 0 || text.is_empty() {
        return Ok(vm.empty_str.clone());
    }
    if k == 1 && vm.is_exact_str(&a.pos[0]) {
        return Ok(a.pos[0].clone());
    }
    let chars = vm.as_str_data(&a.pos[0]).unwrap().char_len as u128;
    if chars * (k as u128) > isize::MAX as u128 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    if (text.len() as u128) * (k as u128) > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    Ok(vm.new_str(text.repeat(k as usize)))
}

fn str_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    check_one(vm, &a, "comparison")?;
    if !vm.is_str(&a.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    // UTF-8 byte order is code point order.
    let o = vm.str_ref(&a.pos[0]).cmp(vm.str_ref(&a.pos[1]));
    Ok(vm.bool_val(crate::vm::protocol::cmp_ord(o, op)))
}

/// `s[i]` for a str with payload `d` and an index already converted: the character's str,
/// or CPython's IndexError (also `getitem`'s path for exact strs).
pub fn str_item(vm: &Vm, d: &StrData, i: i64) -> PyResult<Value> {
    let n = d.char_len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    Ok(vm.char_str(d.char_at(j as usize)))
}

fn str_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "__getitem__")?;
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let (start, stop, step) = vm.slice_indices(key, d.char_len)?;
        if step == 1 {
            if start >= stop {
                return Ok(vm.empty_str.clone());
            }
            if start == 0 && stop as usize == d.char_len && vm.is_exact_str(&a.pos[0]) {
                return Ok(a.pos[0].clone());
            }
            return Ok(vm.new_str(d.slice(start as usize, stop as usize)));
        }
        let mut out = String::new();
        if d.is_ascii() {
            let b = d.s.as_bytes();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(b[i as usize] as char);
                i += step;
            }
        } else {
            let chars: Vec<char> = d.s.chars().collect();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(chars[i as usize]);
                i += step;
            }
        }
        return Ok(vm.new_str(out));
    }
    if !vm.is_int(key) && vm.lookup_special(key, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        )));
    }
    str_item(vm, d, vm.index_isize(key)? as i64)
}
