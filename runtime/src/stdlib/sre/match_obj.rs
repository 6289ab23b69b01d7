//! `re.Match`: groups by number or name, spans, expand, and the repr.

use super::matcher::NONE;
use super::pattern_obj::PatternData;
use super::subject::Subject;
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::new_obj;
use crate::vm::{PyResult, Vm};

pub struct MatchData {
    pub pattern: Value,
    pub subj: Subject,
    pub pos: usize,
    pub endpos: usize,
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

impl Container for MatchData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.subj.val);
    }
    fn clear_refs(&self) {}
}

pub fn new_match(vm: &Vm, ty: &Value, m: MatchData) -> Value {
    new_obj(vm, ty, m)
}

fn me<'a>(a: &'a Args) -> &'a MatchData {
    unsafe { a.pos[0].payload::<MatchData>() }
}

impl MatchData {
    pub fn pat(&self) -> &PatternData {
        unsafe { self.pattern.payload::<PatternData>() }
    }

    pub fn span_of(&self, g: usize) -> Option<(usize, usize)> {
        let (a, b) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if a == NONE || b == NONE {
            None
        } else {
            Some((a, b))
        }
    }

    /// The group number named by `v` (an int or a group name); IndexError otherwise.
    pub fn index(&self, vm: &Vm, v: &Value) -> PyResult<usize> {
        let p = self.pat();
        let has_index = !vm.is_str(v) && vm.getattr_opt(v, &vm.new_str("__index__"))?.is_some();
        if vm.as_int(v).is_some() || has_index {
            let i = vm.index_isize(v)?;
            if i >= 0 && (i as usize) <= p.groups {
                return Ok(i as usize);
            }
        } else if let Some(d) = vm.as_dict(&p.groupindex) {
            if let Ok(Some(g)) = vm.dict_get(d, v) {
                if let Some(g) = vm.as_int(&g).and_then(|r| r.to_i64()) {
                    return Ok(g as usize);
                }
            }
        }
        Err(vm.index_error("no such group"))
    }

    pub fn group_value(&self, vm: &Vm, g: usize, default: &Value) -> Value {
        match self.span_of(g) {
            Some((a, b)) => self.subj.slice(vm, a, b),
            None => default.clone(),
        }
    }
}

pub fn group(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    crate::stdlib::registry_data::native_type::no_kw(vm, &a, "Match.group")?;
    let none = vm.none.clone();
    match a.pos.len() {
        1 => Ok(m.group_value(vm, 0, &none)),
        2 => {
            let g = m.index(vm, &a.pos[1])?;
            Ok(m.group_value(vm, g, &none))
        }
        _ => {
            let mut out = Vec::new();
            for v in &a.pos[1..] {
                let g = m.index(vm, v)?;
                out.push(m.group_value(vm, g, &none));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

pub fn getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let m = me(&a);
    let g = m.index(vm, &a.pos[1])?;
    Ok(m.group_value(vm, g, &vm.none))
}

fn default_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    let args = crate::stdlib::registry_data::native_type::parse_args(
        vm,
        &Args {
            pos: &a.pos[1..],
            kwnames: a.kwnames,
            kwvalues: a.kwvalues,
        },
        name,
        &["default"],
        0,
    )?;
    Ok(args[0].clone().unwrap_or_else(|| vm.none.clone()))
}

pub fn groups(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    let d = default_arg(vm, &a, "groups")?;
    let n = m.pat().groups;
    Ok(vm.new_tuple((1..=n).map(|g| m.group_value(vm, g, &d)).collect()))
}

pub fn groupdict(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    let d = default_arg(vm, &a, "groupdict")?;
    let out = vm.new_dict();
    if let Some(od) = vm.as_dict(&out) {
        for (n, g) in &m.pat().names {
            vm.dict_set_str(od, n, m.group_value(vm, *g, &d));
        }
    }
    Ok(out)
}

fn group_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<usize> {
    crate::stdlib::registry_data::native_type::no_kw(vm, a, name)?;
    crate::stdlib::registry_data::native_type::check_positional(vm, name, a.pos.len() - 1, 0, 1)?;
    match a.pos.get(1) {
        Some(v) => me(a).index(vm, v),
        None => Ok(0),
    }
}

fn pos_val(vm: &Vm, p: Option<usize>) -> Value {
    match p {
        Some(x) => vm.new_int_usize(x),
        None => vm.new_int(-1),
    }
}

pub fn start(vm: &Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "start")?;
    Ok(pos_val(vm, me(&a).span_of(g).map(|s| s.0)))
}

pub fn end(vm: &Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "end")?;
    Ok(pos_val(vm, me(&a).span_of(g).map(|s| s.1)))
}

fn span_tuple(vm: &Vm, s: Option<(usize, usize)>) -> Value {
    match s {
        Some((x, y)) => vm.new_tuple(vec![vm.new_int_usize(x), vm.new_int_usize(y)]),
        None => vm.new_tuple(vec![vm.new_int(-1), vm.new_int(-1)]),
    }
}

pub fn span(vm: &Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "span")?;
    Ok(span_tuple(vm, me(&a).span_of(g)))
}

pub fn regs(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    let n = m.pat().groups;
    Ok(vm.new_tuple((0..=n).map(|g| span_tuple(vm, m.span_of(g))).collect()))
}

pub fn expand(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "expand", 2, 2)?;
    let m = me(&a);
    let pieces = super::sub::template_for(vm, m.pat(), &a.pos[1])?;
    let mut out = super::subject::Out::for_subject(&m.subj);
    super::sub::expand_into(vm, m, &pieces, &mut out);
    Ok(out.finish(vm))
}

pub fn get_lastindex(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    if m.lastindex == NONE || m.lastindex == 0 {
        return Ok(vm.none.clone());
    }
    Ok(vm.new_int_usize(m.lastindex))
}

pub fn get_lastgroup(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    if m.lastindex == NONE {
        return Ok(vm.none.clone());
    }
    for (n, g) in &m.pat().names {
        if *g == m.lastindex {
            return Ok(vm.new_str(n.as_str()));
        }
    }
    Ok(vm.none.clone())
}

pub fn get_re(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(me(&a).pattern.clone())
}
pub fn get_string(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(me(&a).subj.val.clone())
}
pub fn get_pos(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int_usize(me(&a).pos))
}
pub fn get_endpos(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_int_usize(me(&a).endpos))
}

pub fn repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = me(&a);
    let (x, y) = m.span_of(0).unwrap_or((0, 0));
    let g = m.group_value(vm, 0, &vm.none);
    let r: String = vm.repr_string(&g)?.chars().take(50).collect();
    Ok(vm.new_str(format!("<re.Match object; span=({x}, {y}), match={r}>")))
}

pub fn copy(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

pub fn bool_(vm: &Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.true_.clone())
}
