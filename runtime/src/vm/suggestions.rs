//! "Did you mean: 'x'?" after an uncaught `AttributeError` or `NameError`, as CPython 3.11
//! prints it: the closest name by an edit distance where a case-only change costs half a
//! substitution, within a bound that grows with the names' lengths.

use super::Vm;
use crate::object::value::Value;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer names are never suggested (nor suggested for).
const MAX_STRING_SIZE: usize = 40;
/// Objects with more names than this get no suggestion (the search would be slow).
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b` (UTF-8 bytes), or anything above `max_cost` once it
/// is known to exceed it.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if one is close enough.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.to_string())
}

/// `closest`, unless there are too many candidates to search (as CPython).
fn closest_of(name: &str, names: &[String]) -> Option<String> {
    if names.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    closest(name, names.iter().map(|s| s.as_str()))
}

impl Vm {
    /// The "Did you mean" suffix for exception `e`, if it is an `AttributeError` or
    /// `NameError` that CPython would offer one for.
    pub fn suggestion_for(&self, e: &Value) -> Option<String> {
        let is_attr = self.isinstance_type(e, &self.exc.attribute_error);
        if !is_attr && !self.isinstance_type(e, &self.exc.name_error) {
            return None;
        }
        let name = self.getattr_opt(e, &self.intern("name")).ok()??;
        if !self.is_str(&name) {
            return None;
        }
        let name = self.str_of(&name);
        if !is_attr {
            return self.name_error_suggestion(e, &name);
        }
        let obj = self.getattr_opt(e, &self.intern("obj")).ok()??;
        let dir = self.lookup_special(&obj, &self.names.dir)?;
        let listed = self.call_bound_special(&dir, &obj, &[]).ok()?;
        closest_of(&name, &self.str_names(&self.collect(&listed).ok()?))
    }

    /// A `NameError`'s suggestion: the innermost frame's local names, then its module's
    /// globals, then the builtins (each searched only if the one before found nothing).
    fn name_error_suggestion(&self, e: &Value, name: &str) -> Option<String> {
        let d = self.exc_data(e);
        // Entries are added while the exception unwinds: the first is the innermost frame.
        let entry = unsafe { d.traceback.get() }.first()?;
        let co = &unsafe { entry.code.payload::<crate::object::function::CodeData>() }.code;
        if co.flags & crate::bytecode::code::flags::OPTIMIZED != 0 {
            if let Some(s) = closest_of(name, &co.varnames) {
                return Some(s);
            }
        }
        let globals = self.globals_of_file(&self.str_of(&entry.filename));
        for dict in globals.iter().chain([&self.builtins_dict]) {
            if let Some(d) = self.as_dict(dict) {
                if let Some(s) = closest_of(name, &self.str_names(&d.keys())) {
                    return Some(s);
                }
            }
        }
        None
    }

    /// The str items of `items`, as Rust strings.
    fn str_names(&self, items: &[Value]) -> Vec<String> {
        items
            .iter()
            .filter(|v| self.is_str(v))
            .map(|v| self.str_of(v))
            .collect()
    }

    /// The globals of the loaded module whose `__file__` is `file` (`__main__` first).
    fn globals_of_file(&self, file: &str) -> Option<Value> {
        let mods = self.as_dict(&self.modules)?;
        let mut all = mods.values();
        if let Some(main) = self.dict_get_str_key(mods, "__main__") {
            all.insert(0, main);
        }
        for m in all {
            if !self.is_exact(&m, &self.types.module) {
                continue;
            }
            let Some(d) = self.module_dict(&m) else {
                continue;
            };
            let Some(dd) = self.as_dict(&d) else {
                continue;
            };
            if let Some(f) = self.dict_get_str_key(dd, "__file__") {
                if self.is_str(&f) && self.str_of(&f) == file {
                    return Some(d);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{closest, levenshtein};

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"describe", b"descibe", 100), 2);
        assert_eq!(levenshtein(b"Abc", b"abc", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abd", 100), 2);
        assert_eq!(levenshtein(b"abc", b"", 100), 6);
    }

    #[test]
    fn picks_the_closest_within_bounds() {
        let names = ["describe", "name", "sides"];
        assert_eq!(
            closest("descibe", names.into_iter()),
            Some("describe".into())
        );
        assert_eq!(closest("zzzzzz", names.into_iter()), None);
        assert_eq!(closest("name", names.into_iter()), None);
    }
}
