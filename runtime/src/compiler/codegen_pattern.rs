//! `match` statements. Each case copies the subject (except the last),
//! runs the pattern, which consumes its subject and jumps to a failure
//! label on mismatch, then the guard and the body. Failure labels pop
//! whatever the pattern had pushed (sequence items, mapping values) before
//! going on to the next case or alternative. Captured names are stored as
//! soon as they match (the language leaves bindings of failed matches
//! unspecified).

use std::collections::HashSet;

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::opcode::{CmpOp, Opcode};
use crate::bytecode::Const;

use super::codegen::{CResult, Compiler, NameCtx};
use super::ir::BlockId;

/// Where a failed match goes: pop down to `depth` items (counted from the
/// case's base), then jump to `target`. `pops[k]` pops k items first.
struct FailCtx {
    target: BlockId,
    depth: usize,
    pops: Vec<Option<BlockId>>,
}

impl FailCtx {
    fn new(target: BlockId, depth: usize) -> FailCtx {
        FailCtx {
            target,
            depth,
            pops: Vec::new(),
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A pattern that always matches, with the name it captures (None for `_`).
fn irrefutable(p: &Pattern) -> Option<(Option<String>, TextRange)> {
    match p {
        Pattern::MatchAs(a) => match &a.pattern {
            None => Some((a.name.as_ref().map(|n| n.as_str().to_string()), a.range)),
            Some(sub) => {
                irrefutable(sub).map(|_| (a.name.as_ref().map(|n| n.as_str().to_string()), a.range))
            }
        },
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

fn unreachable_msg(name: &Option<String>) -> String {
    match name {
        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
        None => "wildcard makes remaining patterns unreachable".to_string(),
    }
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_block();
        let n = m.cases.len();
        let has_default = n > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let normal = n - usize::from(has_default);
        for (i, case) in m.cases.iter().enumerate().take(normal) {
            let saved = self.set_loc(case.pattern.range());
            if case.guard.is_none() && i + 1 < n {
                if let Some((name, range)) = irrefutable(&case.pattern) {
                    return Err(self.error(unreachable_msg(&name), range));
                }
            }
            self.check_or_alternatives(&case.pattern)?;
            self.check_pattern_names(&case.pattern)?;
            let last = i + 1 == normal;
            if !last {
                self.emit(Opcode::COPY, 1);
            }
            let next = self.new_block();
            let mut fail = FailCtx::new(next, 0);
            let mut depth = 1;
            self.pattern(&case.pattern, &mut depth, &mut fail)?;
            if let Some(g) = &case.guard {
                let label = self.fail_label(&mut fail, 0);
                self.jump_if(g, false, label)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.restore_loc(saved);
            self.body(&case.body)?;
            self.emit_jump(Opcode::JUMP, end);
            let saved = self.set_loc(case.pattern.range());
            self.emit_fail_chain(&fail);
            self.use_block(next);
            self.restore_loc(saved);
        }
        if has_default {
            if let Some(case) = m.cases.last() {
                if let Some(g) = &case.guard {
                    self.jump_if(g, false, end)?;
                }
                self.body(&case.body)?;
            }
        }
        self.use_block(end);
        Ok(())
    }

    /// The label that pops from `from_depth` down to the context's depth and fails.
    fn fail_label(&mut self, fail: &mut FailCtx, from_depth: usize) -> BlockId {
        let k = from_depth.saturating_sub(fail.depth);
        if fail.pops.len() <= k {
            fail.pops.resize(k + 1, None);
        }
        match fail.pops[k] {
            Some(b) => b,
            None => {
                let b = self.new_block();
                fail.pops[k] = Some(b);
                b
            }
        }
    }

    /// Emits `op` jumping to the failure path; `depth` is the depth after `op` pops.
    fn jump_fail(&mut self, op: Opcode, depth: usize, fail: &mut FailCtx) {
        let label = self.fail_label(fail, depth);
        self.emit_jump(op, label);
        self.next_block();
    }

    /// The failure path: pop k items at label k, then jump to the target.
    fn emit_fail_chain(&mut self, fail: &FailCtx) {
        if fail.pops.is_empty() {
            return;
        }
        for k in (0..fail.pops.len()).rev() {
            let b = fail.pops[k].unwrap_or_else(|| self.new_block());
            self.use_block(b);
            if k > 0 {
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        self.emit_jump(Opcode::JUMP, fail.target);
        self.next_block();
    }

    fn pattern(&mut self, p: &'a Pattern, depth: &mut usize, fail: &mut FailCtx) -> CResult {
        self.enter_nested(p.range())?;
        let saved = self.set_loc(p.range());
        let r = self.pattern_inner(p, depth, fail);
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, depth: &mut usize, fail: &mut FailCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32);
                *depth -= 1;
                self.jump_fail(Opcode::POP_JUMP_IF_FALSE, *depth, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                });
                self.emit(Opcode::IS_OP, 0);
                *depth -= 1;
                self.jump_fail(Opcode::POP_JUMP_IF_FALSE, *depth, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.emit(Opcode::COPY, 1);
                    *depth += 1;
                    self.pattern(sub, depth, fail)?;
                }
                match &a.name {
                    Some(n) => self.name_op(n.as_str(), NameCtx::Store)?,
                    None => self.emit(Opcode::POP_TOP, 0),
                }
                *depth -= 1;
            }
            Pattern::MatchStar(s) => return Err(self.error("can't use starred name here", s.range)),
            Pattern::MatchOr(o) => self.or_pattern(o, depth, fail)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, depth, fail)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, depth, fail)?,
            Pattern::MatchClass(c) => self.class_pattern(c, depth, fail)?,
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        o: &'a ast::PatternMatchOr,
        depth: &mut usize,
        fail: &mut FailCtx,
    ) -> CResult {
        let d = *depth;
        let end = self.new_block();
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            if i + 1 < n {
                if let Some((name, range)) = irrefutable(alt) {
                    return Err(self.error(unreachable_msg(&name), range));
                }
            }
            let last = i + 1 == n;
            let next = self.new_block();
            let target = if last { self.fail_label(fail, d) } else { next };
            let mut alt_fail = FailCtx::new(target, d);
            self.emit(Opcode::COPY, 1);
            let mut alt_depth = d + 1;
            self.pattern(alt, &mut alt_depth, &mut alt_fail)?;
            // Matched: drop the subject and leave.
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP, end);
            self.next_block();
            self.emit_fail_chain(&alt_fail);
            self.use_block(next);
        }
        self.use_block(end);
        *depth = d - 1;
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        depth: &mut usize,
        fail: &mut FailCtx,
    ) -> CResult {
        let d = *depth;
        let mut star = None;
        for (i, p) in s.patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
                }
                star = Some(i);
            }
        }
        let n = s.patterns.len();
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d, fail);
        self.emit(Opcode::GET_LEN, 0);
        match star {
            Some(_) => {
                self.load_const(Const::Int((n as i64 - 1).into()));
                self.emit(Opcode::COMPARE_OP, CmpOp::Ge as u32);
            }
            None => {
                self.load_const(Const::Int((n as i64).into()));
                self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32);
            }
        }
        self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d, fail);
        match star {
            Some(i) => {
                let before = i as u32;
                let after = (n - i - 1) as u32;
                if before >= 256 || after >= (1 << 16) {
                    return Err(self.error("too many sub-patterns in sequence pattern", s.range));
                }
                self.emit(Opcode::UNPACK_EX, before | (after << 8));
            }
            None => {
                if n == 0 {
                    self.emit(Opcode::POP_TOP, 0);
                    *depth = d - 1;
                    return Ok(());
                }
                self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
            }
        }
        *depth = d - 1 + n;
        for p in s.patterns.iter() {
            match p {
                Pattern::MatchStar(st) => {
                    match &st.name {
                        Some(name) => self.name_op(name.as_str(), NameCtx::Store)?,
                        None => self.emit(Opcode::POP_TOP, 0),
                    }
                    *depth -= 1;
                }
                other => self.pattern(other, depth, fail)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        depth: &mut usize,
        fail: &mut FailCtx,
    ) -> CResult {
        let d = *depth;
        let n = m.keys.len();
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d, fail);
        if n == 0 && m.rest.is_none() {
            self.emit(Opcode::POP_TOP, 0);
            *depth = d - 1;
            return Ok(());
        }
        if n > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Const::Int((n as i64).into()));
            self.emit(Opcode::COMPARE_OP, CmpOp::Ge as u32);
            self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d, fail);
            self.mapping_keys(&m.keys, m.range)?;
            self.emit(Opcode::MATCH_KEYS, 0);
            self.emit(Opcode::COPY, 1);
            self.load_const(Const::None);
            self.emit(Opcode::IS_OP, 1);
            self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d + 2, fail);
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
            *depth = d + 1 + n;
            for p in m.patterns.iter() {
                self.pattern(p, depth, fail)?;
            }
        }
        match &m.rest {
            Some(rest) => {
                if n == 0 {
                    // rest = dict(subject)
                    self.emit(Opcode::BUILD_MAP, 0);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DICT_UPDATE, 1);
                } else {
                    // rest = dict(subject) without the matched keys
                    self.emit(Opcode::BUILD_MAP, 0);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::DICT_UPDATE, 2);
                    self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
                    for size in (1..=n).rev() {
                        self.emit(Opcode::COPY, 1 + size as u32);
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::DELETE_SUBSCR, 0);
                    }
                }
                self.name_op(rest.as_str(), NameCtx::Store)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        *depth = d - 1;
        Ok(())
    }

    /// Pushes the keys tuple of a mapping pattern (literals and attribute values).
    fn mapping_keys(&mut self, keys: &'a [Expr], range: TextRange) -> CResult {
        let mut seen = HashSet::new();
        let mut consts = Vec::new();
        for k in keys {
            match self.fold(k) {
                Some(c) => {
                    let key = format!("{c:?}");
                    if !seen.insert(key) {
                        // (The key's repr, as CPython shows it: `'a'` for `"a"`.)
                        let shown = crate::bytecode::dis::const_repr(&c);
                        return Err(self.error(
                            format!("mapping pattern checks duplicate key ({shown})"),
                            range,
                        ));
                    }
                    consts.push(c);
                }
                None => {
                    if !matches!(k, Expr::Attribute(_)) {
                        return Err(self.error(
                            "mapping pattern keys may only match literals and attribute lookups",
                            k.range(),
                        ));
                    }
                }
            }
        }
        if consts.len() == keys.len() {
            self.load_const(Const::Tuple(consts));
        } else {
            for k in keys {
                self.expr(k)?;
            }
            self.emit(Opcode::BUILD_TUPLE, keys.len() as u32);
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        c: &'a ast::PatternMatchClass,
        depth: &mut usize,
        fail: &mut FailCtx,
    ) -> CResult {
        let d = *depth;
        let args = &c.arguments;
        let mut seen = HashSet::new();
        for k in &args.keywords {
            if !seen.insert(k.attr.as_str()) {
                return Err(self.error(
                    format!(
                        "attribute name repeated in class pattern: {}",
                        k.attr.as_str()
                    ),
                    k.pattern.range(),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Const::Str(k.attr.as_str().to_string()))
            .collect();
        self.load_const(Const::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, args.patterns.len() as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_fail(Opcode::POP_JUMP_IF_FALSE, d, fail);
        let total = args.patterns.len() + args.keywords.len();
        if total == 0 {
            self.emit(Opcode::POP_TOP, 0);
            *depth = d - 1;
            return Ok(());
        }
        self.emit(Opcode::UNPACK_SEQUENCE, total as u32);
        *depth = d - 1 + total;
        for p in args.patterns.iter() {
            self.pattern(p, depth, fail)?;
        }
        for k in &args.keywords {
            self.pattern(&k.pattern, depth, fail)?;
        }
        Ok(())
    }

    /// An irrefutable alternative before the last one of an or-pattern makes the rest unreachable.
    fn check_or_alternatives(&self, p: &Pattern) -> CResult {
        match p {
            Pattern::MatchOr(o) => {
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n {
                        if let Some((name, range)) = irrefutable(alt) {
                            return Err(self.error(unreachable_msg(&name), range));
                        }
                    }
                    self.check_or_alternatives(alt)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.check_or_alternatives(sub)?;
                }
            }
            Pattern::MatchSequence(s) => s
                .patterns
                .iter()
                .try_for_each(|p| self.check_or_alternatives(p))?,
            Pattern::MatchMapping(m) => m
                .patterns
                .iter()
                .try_for_each(|p| self.check_or_alternatives(p))?,
            Pattern::MatchClass(c) => {
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.check_or_alternatives(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.check_or_alternatives(&k.pattern))?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Names bound by a pattern: no name twice, the same names in every alternative.
    fn check_pattern_names(&self, p: &Pattern) -> CResult<Vec<String>> {
        let mut names = Vec::new();
        self.collect_names(p, &mut names)?;
        Ok(names)
    }

    fn bind(&self, name: &str, range: TextRange, names: &mut Vec<String>) -> CResult {
        if names.iter().any(|n| n == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        names.push(name.to_string());
        Ok(())
    }

    fn collect_names(&self, p: &Pattern, names: &mut Vec<String>) -> CResult {
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => s
                .patterns
                .iter()
                .try_for_each(|p| self.collect_names(p, names))?,
            Pattern::MatchMapping(m) => {
                m.patterns
                    .iter()
                    .try_for_each(|p| self.collect_names(p, names))?;
                if let Some(r) = &m.rest {
                    self.bind(r.as_str(), r.range, names)?;
                }
            }
            Pattern::MatchClass(c) => {
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.collect_names(p, names))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.collect_names(&k.pattern, names))?;
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str(), n.range, names)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.collect_names(sub, names)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str(), n.range, names)?;
                }
            }
            Pattern::MatchOr(o) => {
                let mut first: Option<HashSet<String>> = None;
                for alt in &o.patterns {
                    let mut alt_names = Vec::new();
                    self.collect_names(alt, &mut alt_names)?;
                    let set: HashSet<String> = alt_names.iter().cloned().collect();
                    match &first {
                        None => first = Some(set),
                        Some(f) if *f != set => {
                            return Err(self
                                .error("alternative patterns bind different names", alt.range()));
                        }
                        _ => {}
                    }
                }
                if let Some(f) = first {
                    let mut sorted: Vec<String> = f.into_iter().collect();
                    sorted.sort();
                    for n in sorted {
                        self.bind(&n, o.range, names)?;
                    }
                }
            }
        }
        Ok(())
    }
}
