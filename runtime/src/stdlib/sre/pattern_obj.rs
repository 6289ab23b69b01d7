//! `re.Pattern`: compiling, and the search methods (search, match, fullmatch, findall,
//! finditer, split). `sub`/`subn` live in `sub.rs`.

use super::compile::compile;
use super::match_obj::{new_match, MatchData};
use super::parse::{parse, F_ASCII, F_DEBUG, F_DOTALL, F_IGNORECASE, F_LOCALE, F_MULTILINE};
use super::parse::{F_TEMPLATE, F_UNICODE, F_VERBOSE};
use super::prog::Prog;
use super::search::{find, find_all, Mode};
use super::subject::Subject;
use super::tokens::ReError;
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::{module_type, new_obj, parse_args};
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

pub struct PatternData {
    pub pattern: Value,
    pub flags: u32,
    pub prog: Rc<Prog>,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub groupindex: Value,
    pub is_str: bool,
    pub match_ty: Value,
}

impl Container for PatternData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.groupindex);
    }
    fn clear_refs(&self) {}
}

/// Self's payload (the method descriptor checked the type).
pub fn me<'a>(a: &'a Args) -> &'a PatternData {
    unsafe { a.pos[0].payload::<PatternData>() }
}

/// Raises `re.error(msg, pattern, pos)` (the class is set by `re.py` on `_ember_sre`).
pub fn re_error(vm: &Vm, msg: &str, pattern: &Value, pos: Option<usize>) -> PyErr {
    match module_type(vm, "_ember_sre", "error") {
        Ok(cls) => {
            let pos = pos.map_or(vm.none.clone(), |p| vm.new_int_usize(p));
            match vm.call(&cls, &[vm.new_str(msg), pattern.clone(), pos]) {
                Ok(e) => PyErr(e),
                Err(e) => e,
            }
        }
        Err(_) => vm.runtime_error(msg.to_string()),
    }
}

pub fn convert_error(vm: &Vm, e: ReError, pattern: &Value) -> PyErr {
    match e {
        // Errors without a position come from CPython's compiler stage, which does not
        // report the pattern either.
        ReError::Re(msg, None) => re_error(vm, &msg, &vm.none, None),
        ReError::Re(msg, pos) => re_error(vm, &msg, pattern, pos),
        ReError::Overflow(m) => vm.overflow_error(m),
        ReError::Value(m) => vm.value_error(m),
        ReError::Index(m) => vm.index_error(m),
        ReError::Recursion => {
            vm.new_exception_msg(&vm.exc.recursion_error, "maximum recursion depth exceeded")
        }
    }
}

/// The code units of a str or bytes pattern/template.
pub fn units(vm: &Vm, v: &Value) -> Option<(Vec<u32>, bool)> {
    if let Some(d) = vm.as_str_data(v) {
        return Some((d.s.chars().map(|c| c as u32).collect(), true));
    }
    crate::builtins::bytes::bytes_view(vm, v)
        .map(|b| (b.into_iter().map(|c| c as u32).collect(), false))
}

/// `_ember_sre.compile(pattern, flags)`.
pub fn compile_fn(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "compile", 2, 2)?;
    let pat = &a.pos[0];
    let flags = vm.int_to_i64(&a.pos[1])? as u32;
    let (u, is_str) = match vm.as_str_data(pat) {
        Some(_) => units(vm, pat).unwrap_or_default(),
        None if vm.as_bytes(pat).is_some() => units(vm, pat).unwrap_or_default(),
        None => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let parsed = parse(&u, is_str, flags).map_err(|e| convert_error(vm, e, pat))?;
    let prog = compile(&parsed.node, parsed.groups, &parsed.widths);
    let gi = vm.new_dict();
    if let Some(d) = vm.as_dict(&gi) {
        for (n, g) in &parsed.names {
            vm.dict_set_str(d, n, vm.new_int_usize(*g));
        }
    }
    let ty = module_type(vm, "_ember_sre", "Pattern")?;
    let data = PatternData {
        pattern: pat.clone(),
        flags: parsed.flags,
        prog: Rc::new(prog),
        groups: parsed.groups,
        names: parsed.names,
        groupindex: gi,
        is_str,
        match_ty: module_type(vm, "_ember_sre", "Match")?,
    };
    Ok(new_obj(vm, &ty, data))
}

/// The subject, checked against the pattern's kind.
pub fn subject(vm: &Vm, p: &PatternData, v: &Value) -> PyResult<Subject> {
    let s = Subject::new(vm, v)?;
    if p.is_str && !s.is_str {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !p.is_str && s.is_str {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    Ok(s)
}

fn rest<'a>(a: &'a Args) -> Args<'a> {
    Args {
        pos: &a.pos[1..],
        kwnames: a.kwnames,
        kwvalues: a.kwvalues,
    }
}

/// pos/endpos clamped to the string as CPython does.
fn bounds(
    vm: &Vm,
    len: usize,
    pos: &Option<Value>,
    endpos: &Option<Value>,
) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            0
        } else {
            (v as u64).min(len as u64) as usize
        }
    };
    let p = match pos {
        Some(v) => clamp(vm.index_isize(v)?),
        None => 0,
    };
    let e = match endpos {
        Some(v) => clamp(vm.index_isize(v)?),
        None => len,
    };
    Ok((p, e))
}

fn one(vm: &Vm, a: Args, name: &str, mode: Mode) -> PyResult<Value> {
    let p = me(&a);
    let args = parse_args(vm, &rest(&a), name, &["string", "pos", "endpos"], 1)?;
    let s = subject(vm, p, args[0].as_ref().unwrap_or(&vm.none))?;
    let (pos, end) = bounds(vm, s.len, &args[1], &args[2])?;
    let found = sre_with_input!(s.input(vm), u => find(&p.prog, u, pos, end, mode));
    match found {
        None => Ok(vm.none.clone()),
        Some(f) => Ok(new_match(
            vm,
            &p.match_ty,
            MatchData {
                pattern: a.pos[0].clone(),
                subj: s,
                pos,
                endpos: end,
                slots: f.slots,
                lastindex: f.lastindex,
            },
        )),
    }
}

pub fn search(vm: &Vm, a: Args) -> PyResult<Value> {
    one(vm, a, "search", Mode::Search)
}
pub fn match_(vm: &Vm, a: Args) -> PyResult<Value> {
    one(vm, a, "match", Mode::Match)
}
pub fn fullmatch(vm: &Vm, a: Args) -> PyResult<Value> {
    one(vm, a, "fullmatch", Mode::Full)
}

pub fn findall(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = me(&a);
    let args = parse_args(vm, &rest(&a), "findall", &["string", "pos", "endpos"], 1)?;
    let s = subject(vm, p, args[0].as_ref().unwrap_or(&vm.none))?;
    let (pos, end) = bounds(vm, s.len, &args[1], &args[2])?;
    let mut out = Vec::new();
    let groups = p.groups;
    let get = |slots: &[usize], g: usize| -> Value {
        let (x, y) = (slots[2 * g], slots[2 * g + 1]);
        if x == usize::MAX || y == usize::MAX {
            s.empty(vm)
        } else {
            s.slice(vm, x, y)
        }
    };
    sre_with_input!(s.input(vm), u => find_all(&p.prog, u, pos, end, 0, |slots, _| {
        let v = match groups {
            0 => get(slots, 0),
            1 => get(slots, 1),
            n => vm.new_tuple((1..=n).map(|g| get(slots, g)).collect()),
        };
        out.push(v);
    }));
    Ok(vm.new_list(out))
}

pub fn split(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = me(&a);
    let args = parse_args(vm, &rest(&a), "split", &["string", "maxsplit"], 1)?;
    let s = subject(vm, p, args[0].as_ref().unwrap_or(&vm.none))?;
    let maxsplit = match &args[1] {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(s.slice(vm, 0, s.len));
        return Ok(vm.new_list(out));
    }
    let mut last = 0;
    let groups = p.groups;
    sre_with_input!(s.input(vm), u => find_all(&p.prog, u, 0, s.len, maxsplit as usize, |slots, _| {
        out.push(s.slice(vm, last, slots[0]));
        for g in 1..=groups {
            let (x, y) = (slots[2 * g], slots[2 * g + 1]);
            out.push(if x == usize::MAX || y == usize::MAX {
                vm.none.clone()
            } else {
                s.slice(vm, x, y)
            });
        }
        last = slots[1];
    }));
    out.push(s.slice(vm, last, s.len));
    Ok(vm.new_list(out))
}

// ---- finditer ----

pub struct Scanner {
    pattern: Value,
    subj: Subject,
    /// The `pos` the scan began at (reported as each match's `pos`).
    start: usize,
    cur: std::cell::Cell<usize>,
    end: usize,
    /// The last match was empty: refuse an empty match at `cur`.
    must_advance: std::cell::Cell<bool>,
    done: std::cell::Cell<bool>,
}

impl Container for Scanner {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.subj.val);
    }
    fn clear_refs(&self) {}
}

pub fn finditer(vm: &Vm, a: Args) -> PyResult<Value> {
    make_scanner(vm, a, "finditer")
}

fn make_scanner(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    let p = me(&a);
    let args = parse_args(vm, &rest(&a), name, &["string", "pos", "endpos"], 1)?;
    let s = subject(vm, p, args[0].as_ref().unwrap_or(&vm.none))?;
    let (pos, end) = bounds(vm, s.len, &args[1], &args[2])?;
    let ty = module_type(vm, "_ember_sre", "_Scanner")?;
    Ok(new_obj(
        vm,
        &ty,
        Scanner {
            pattern: a.pos[0].clone(),
            subj: s,
            start: pos,
            cur: std::cell::Cell::new(pos),
            end,
            must_advance: std::cell::Cell::new(false),
            done: std::cell::Cell::new(false),
        },
    ))
}

/// The next match of a scanner: searching, or anchored at the current position.
fn scanner_step(vm: &Vm, me_val: &Value, anchored: bool) -> PyResult<Option<Value>> {
    let sc = unsafe { me_val.payload::<Scanner>() };
    let p = unsafe { sc.pattern.payload::<PatternData>() };
    let cur = sc.cur.get();
    if sc.done.get() || cur > sc.end {
        return Ok(None);
    }
    let must = sc.must_advance.get();
    let found = sre_with_input!(sc.subj.input(vm), u => {
        let mut m = super::matcher::Matcher::new(&p.prog, u, sc.end);
        if must {
            m.reject_empty = cur;
        }
        let ok = if anchored { m.match_at(cur, false) } else { m.search(cur) };
        if ok {
            Some(super::search::Found { slots: m.slots, lastindex: m.lastindex })
        } else {
            None
        }
    });
    match found {
        None => {
            sc.done.set(true);
            Ok(None)
        }
        Some(f) => {
            let (b, e) = (f.slots[0], f.slots[1]);
            sc.must_advance.set(b == e);
            sc.cur.set(e);
            Ok(Some(new_match(
                vm,
                &p.match_ty,
                MatchData {
                    pattern: sc.pattern.clone(),
                    subj: sc.subj.share(),
                    pos: sc.start,
                    endpos: sc.end,
                    slots: f.slots,
                    lastindex: f.lastindex,
                },
            )))
        }
    }
}

pub fn scanner_next(vm: &Vm, a: Args) -> PyResult<Value> {
    match scanner_step(vm, &a.pos[0], false)? {
        Some(m) => Ok(m),
        None => Err(vm.stop_iteration(None)),
    }
}

/// `scanner.search()`: the next match, or None.
pub fn scanner_search(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(scanner_step(vm, &a.pos[0], false)?.unwrap_or_else(|| vm.none.clone()))
}

/// `scanner.match()`: a match at the current position, or None.
pub fn scanner_match(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(scanner_step(vm, &a.pos[0], true)?.unwrap_or_else(|| vm.none.clone()))
}

pub fn scanner_pattern(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { a.pos[0].payload::<Scanner>() }.pattern.clone())
}

/// `Pattern.scanner(string, pos, endpos)`.
pub fn scanner(vm: &Vm, a: Args) -> PyResult<Value> {
    make_scanner(vm, a, "scanner")
}

/// `Pattern[str]`, `Match[bytes]`: a generic alias, as for builtin containers.
pub fn class_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__class_getitem__", 2, 2)?;
    Ok(crate::builtins::generic_alias::new_alias(
        vm,
        a.pos[0].clone(),
        a.pos[1].clone(),
    ))
}

// ---- attributes ----

pub fn get_pattern(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(me(&a).pattern.clone())
}
pub fn get_flags(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int(me(&a).flags as i64))
}
pub fn get_groups(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int_usize(me(&a).groups))
}
pub fn get_groupindex(vm: &Vm, a: Args) -> PyResult<Value> {
    // A read-only view, so callers cannot change the pattern's own mapping.
    let d = me(&a).groupindex.clone();
    Ok(crate::object::value::alloc(
        vm.types.mappingproxy.ptr() as *const crate::object::typeobj::TypeObject,
        crate::object::misc::MappingProxyData { mapping: d },
    ))
}

/// Pattern and Match objects come only from `compile` and the search methods.
pub fn no_new_pattern(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Pattern' instances"))
}

pub fn no_new_match(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Match' instances"))
}

const FLAG_NAMES: &[(u32, &str)] = &[
    (F_TEMPLATE, "re.TEMPLATE"),
    (F_IGNORECASE, "re.IGNORECASE"),
    (F_LOCALE, "re.LOCALE"),
    (F_MULTILINE, "re.MULTILINE"),
    (F_DOTALL, "re.DOTALL"),
    (F_UNICODE, "re.UNICODE"),
    (F_VERBOSE, "re.VERBOSE"),
    (F_DEBUG, "re.DEBUG"),
    (F_ASCII, "re.ASCII"),
];

pub fn repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = me(&a);
    let r = vm.repr_string(&p.pattern)?;
    let r: String = r.chars().take(200).collect();
    let mut flags = p.flags;
    if p.is_str && flags & (F_LOCALE | F_UNICODE | F_ASCII) == F_UNICODE {
        flags &= !F_UNICODE;
    }
    if flags == 0 {
        return Ok(vm.new_str(format!("re.compile({r})")));
    }
    let mut parts: Vec<String> = Vec::new();
    for (bit, name) in FLAG_NAMES {
        if flags & bit != 0 {
            parts.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("0x{flags:x}"));
    }
    Ok(vm.new_str(format!("re.compile({r}, {})", parts.join("|"))))
}

pub fn eq(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__eq__", 2, 2)?;
    let other = &a.pos[1];
    if !super::module::is_pattern(vm, other) {
        return Ok(vm.not_implemented.clone());
    }
    let x = me(&a);
    let y = unsafe { other.payload::<PatternData>() };
    if a.pos[0].is(other) {
        return Ok(vm.true_.clone());
    }
    let same = x.flags == y.flags && x.is_str == y.is_str && vm.eq_bool(&x.pattern, &y.pattern)?;
    Ok(vm.bool_val(same))
}

pub fn ne(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool_val(!vm.truthy(&r)?))
}

pub fn hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = me(&a);
    let h = vm.hash(&p.pattern)?;
    let mut h = h ^ (p.flags as i64).wrapping_mul(1000003);
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

pub fn copy(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}
