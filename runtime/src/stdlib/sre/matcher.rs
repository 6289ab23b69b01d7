//! The backtracking matcher. It keeps its choice points and an undo log in one explicit
//! stack (never native recursion), and its captures in a flat array of positions.

use super::ast::{At, RepKind};
use super::classes::is_word;
use super::cset::Unit;
use super::fold::key;
use super::prog::{Inst, Prog};

pub const NONE: usize = usize::MAX;

/// A code unit of the subject: bytes, or the code points of a str.
pub trait Ch: Copy {
    fn u(self) -> u32;
}
impl Ch for u8 {
    #[inline(always)]
    fn u(self) -> u32 {
        self as u32
    }
}
impl Ch for u32 {
    #[inline(always)]
    fn u(self) -> u32 {
        self
    }
}

enum Bt {
    /// Resume at `pc` with position `pos`.
    Choice { pc: u32, pos: usize },
    /// Undo: restore capture slot `i`.
    Slot { i: u32, old: usize },
    /// Undo: restore register `i`.
    Reg { i: u32, old: usize },
    /// Undo: restore `lastindex`.
    Last { old: usize },
    /// A greedy single-step repeat that may give back characters down to `min`.
    Greedy { pc: u32, min: usize, pos: usize },
    /// A lazy single-step repeat that may take one more character at `pos`.
    Lazy { pc: u32, count: u32, pos: usize },
    /// A lazy loop that may run its body once more from `pos`.
    LazyLoop { pc: u32, pos: usize },
    /// Start of an atomic group (kind 0) or look-around (1 positive, 2 negative), with
    /// the position to return to and the instruction after the look-around.
    Barrier { kind: u8, pc: u32, pos: usize },
}

/// How many of the leading characters of `s` `unit` matches, one after another (a
/// greedy or possessive repeat's run): the test on the unit is made once, not per
/// character, so each loop is a plain scan.
#[inline]
fn span<T: Ch>(unit: &Unit, s: &[T]) -> usize {
    let stop = match unit {
        Unit::Lit(x) => s.iter().position(|c| c.u() != *x),
        Unit::Lit2(a, b) => s.iter().position(|c| c.u() != *a && c.u() != *b),
        Unit::LitN(v) => s.iter().position(|c| !v.contains(&c.u())),
        Unit::Any => s.iter().position(|c| c.u() == '\n' as u32),
        Unit::AnyAll => None,
        Unit::Set(set) => s.iter().position(|c| !set.matches(c.u())),
    };
    stop.unwrap_or(s.len())
}

pub struct Matcher<'p, 's, T: Ch> {
    prog: &'p Prog,
    s: &'s [T],
    end: usize,
    pub slots: Vec<usize>,
    regs: Vec<usize>,
    stack: Vec<Bt>,
    pub lastindex: usize,
    /// An empty match at this position is refused (the 3.7+ rule after an empty match).
    pub reject_empty: usize,
    attempt: usize,
}

impl<'p, 's, T: Ch> Matcher<'p, 's, T> {
    /// A matcher over `s[..end]` (characters before a search's start stay visible to
    /// look-behinds and `\b`).
    pub fn new(prog: &'p Prog, s: &'s [T], end: usize) -> Self {
        Matcher {
            prog,
            s,
            end: end.min(s.len()),
            slots: vec![NONE; prog.nslots],
            regs: vec![NONE; prog.nregs],
            stack: Vec::new(),
            lastindex: NONE,
            reject_empty: NONE,
            attempt: NONE,
        }
    }

    /// Tries a match starting exactly at `start`; `full` demands it end at the end.
    pub fn match_at(&mut self, start: usize, full: bool) -> bool {
        for s in self.slots.iter_mut() {
            *s = NONE;
        }
        self.lastindex = NONE;
        self.stack.clear();
        self.attempt = start;
        if self.run(start, full) {
            self.slots[0] = start;
            return true;
        }
        false
    }

    /// Leftmost match starting in `start..=end`.
    pub fn search(&mut self, start: usize) -> bool {
        let end = self.end;
        if start > end {
            return false;
        }
        let prog = self.prog;
        if prog.anchored {
            return start == 0 && self.match_at(0, false);
        }
        if prog.dotstar.is_some() {
            return self.search_dotstar(start);
        }
        if !prog.prefix.is_empty() {
            let p = &prog.prefix;
            let c0 = p[0];
            let mut i = start;
            while i + p.len() <= end {
                if self.s[i].u() == c0 && (1..p.len()).all(|k| self.s[i + k].u() == p[k]) {
                    if self.match_at(i, false) {
                        return true;
                    }
                }
                i += 1;
            }
            return false;
        }
        if let Some((bits, wide)) = prog.first {
            let mut i = start;
            while i < end {
                let c = self.s[i].u();
                let ok = if c < 256 {
                    bits[(c >> 6) as usize] & (1 << (c & 63)) != 0
                } else {
                    wide
                };
                if ok && self.match_at(i, false) {
                    return true;
                }
                i += 1;
            }
            return false;
        }
        let mut i = start;
        loop {
            if self.match_at(i, false) {
                return true;
            }
            if i >= end {
                return false;
            }
            i += 1;
        }
    }

    /// Search for a program starting with a greedy `.*`: a failed attempt at `i` rules
    /// out the later starts its `.*` covered (the rest of the line, or everything).
    fn search_dotstar(&mut self, start: usize) -> bool {
        let end = self.end;
        let mut i = start;
        loop {
            if self.match_at(i, false) {
                return true;
            }
            if i >= end || self.prog.dotstar == Some(true) {
                return false;
            }
            while i < end && self.s[i].u() != '\n' as u32 {
                i += 1;
            }
            i += 1;
            if i > end {
                return false;
            }
        }
    }

    #[inline(always)]
    fn set_slot(&mut self, i: u32, v: usize) {
        let old = self.slots[i as usize];
        self.stack.push(Bt::Slot { i, old });
        self.slots[i as usize] = v;
    }

    #[inline(always)]
    fn set_reg(&mut self, i: u32, v: usize) {
        let old = self.regs[i as usize];
        self.stack.push(Bt::Reg { i, old });
        self.regs[i as usize] = v;
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let s = self.s;
        let end = self.end;
        let nl = '\n' as u32;
        match a {
            At::Begin => pos == 0,
            At::BeginLine => pos == 0 || s[pos - 1].u() == nl,
            At::End => pos == end || (pos + 1 == end && s[pos].u() == nl),
            At::EndLine => pos == end || s[pos].u() == nl,
            At::EndString => pos == end,
            At::Boundary(u) | At::NotBoundary(u) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(s[pos - 1].u(), u);
                let after = pos < end && is_word(s[pos].u(), u);
                (before != after) == matches!(a, At::Boundary(_))
            }
        }
    }

    /// Removes the choice points above the nearest barrier, keeping the undo entries
    /// (so captures made inside stay undoable); returns the barrier.
    fn cut(&mut self) -> Option<(u8, u32, usize)> {
        let mut i = self.stack.len();
        while i > 0 {
            i -= 1;
            if let Bt::Barrier { kind, pc, pos } = self.stack[i] {
                let mut w = i;
                for r in i + 1..self.stack.len() {
                    let keep = matches!(
                        self.stack[r],
                        Bt::Slot { .. } | Bt::Reg { .. } | Bt::Last { .. }
                    );
                    if keep {
                        self.stack.swap(w, r);
                        w += 1;
                    }
                }
                self.stack.truncate(w);
                return Some((kind, pc, pos));
            }
        }
        None
    }

    /// Pops back to and removes the nearest barrier, undoing everything above it.
    fn unwind_to_barrier(&mut self) {
        while let Some(b) = self.stack.pop() {
            match b {
                Bt::Slot { i, old } => self.slots[i as usize] = old,
                Bt::Reg { i, old } => self.regs[i as usize] = old,
                Bt::Last { old } => self.lastindex = old,
                Bt::Barrier { .. } => return,
                _ => {}
            }
        }
    }

    fn run(&mut self, start: usize, full: bool) -> bool {
        let prog = self.prog;
        let insts = &prog.insts[..];
        let s = self.s;
        let end = self.end;
        let mut pc: usize = 0;
        let mut pos = start;
        'outer: loop {
            // Forward execution until failure.
            let ok = loop {
                match &insts[pc] {
                    Inst::Unit(u) => {
                        if pos < end && u.matches(s[pos].u()) {
                            pos += 1;
                            pc += 1;
                        } else {
                            break false;
                        }
                    }
                    Inst::Split(a, b) => {
                        self.stack.push(Bt::Choice { pc: *b, pos });
                        pc = *a as usize;
                    }
                    Inst::Jmp(a) => pc = *a as usize,
                    Inst::Save(i) => {
                        let i = *i;
                        self.set_slot(i, pos);
                        if i & 1 == 1 {
                            let old = self.lastindex;
                            self.stack.push(Bt::Last { old });
                            self.lastindex = (i / 2) as usize;
                        }
                        pc += 1;
                    }
                    Inst::At(a) => {
                        if self.at(*a, pos) {
                            pc += 1;
                        } else {
                            break false;
                        }
                    }
                    Inst::Backref(g, f) => {
                        let (a, b) = (self.slots[2 * *g as usize], self.slots[2 * *g as usize + 1]);
                        if a == NONE || b == NONE || b < a {
                            break false;
                        }
                        let n = b - a;
                        if pos + n > end {
                            break false;
                        }
                        let f = *f;
                        if (0..n).all(|k| key(s[a + k].u(), f) == key(s[pos + k].u(), f)) {
                            pos += n;
                            pc += 1;
                        } else {
                            break false;
                        }
                    }
                    Inst::RepUnit {
                        unit,
                        min,
                        max,
                        kind,
                    } => {
                        let min = *min as usize;
                        let max = *max as usize;
                        match kind {
                            RepKind::Lazy => {
                                let mut n = 0;
                                while n < min && pos + n < end && unit.matches(s[pos + n].u()) {
                                    n += 1;
                                }
                                if n < min {
                                    break false;
                                }
                                pos += n;
                                if n < max {
                                    self.stack.push(Bt::Lazy {
                                        pc: pc as u32,
                                        count: n as u32,
                                        pos,
                                    });
                                }
                                pc += 1;
                            }
                            _ => {
                                let lim = if max == u32::MAX as usize {
                                    end
                                } else {
                                    end.min(pos.saturating_add(max))
                                };
                                let p = pos + span(unit, &s[pos..lim.max(pos)]);
                                if p - pos < min {
                                    break false;
                                }
                                let minpos = pos + min;
                                pos = p;
                                pc += 1;
                                if *kind == RepKind::Greedy && p > minpos {
                                    self.stack.push(Bt::Greedy {
                                        pc: pc as u32,
                                        min: minpos,
                                        pos: p,
                                    });
                                    // When a literal must follow, give back at once if it
                                    // does not.
                                    if let Some(c) = next_lit(insts, pc) {
                                        if pos >= end || s[pos].u() != c {
                                            break false;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Inst::RepStart(r) => {
                        self.set_reg(*r, 0);
                        self.set_reg(*r + 1, NONE);
                        pc += 1;
                    }
                    Inst::RepLoop {
                        reg,
                        min,
                        max,
                        greedy,
                        exit,
                    } => {
                        let r = *reg;
                        let count = self.regs[r as usize];
                        if count < *min as usize {
                            // Required iterations do not record their start: only the
                            // optional ones are stopped by an empty iteration (as CPython).
                            self.set_reg(r, count + 1);
                            pc += 1;
                        } else if (count < *max as usize || *max == u32::MAX)
                            && pos != self.regs[r as usize + 1]
                        {
                            if *greedy {
                                self.stack.push(Bt::Choice { pc: *exit, pos });
                                self.set_reg(r, count + 1);
                                self.set_reg(r + 1, pos);
                                pc += 1;
                            } else {
                                self.stack.push(Bt::LazyLoop { pc: pc as u32, pos });
                                pc = *exit as usize;
                            }
                        } else {
                            pc = *exit as usize;
                        }
                    }
                    Inst::AtomicStart => {
                        self.stack.push(Bt::Barrier {
                            kind: 0,
                            pc: 0,
                            pos,
                        });
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut();
                        pc += 1;
                    }
                    Inst::LookStart {
                        negate,
                        behind,
                        end: after,
                    } => {
                        let kind = if *negate { 2 } else { 1 };
                        let from = match behind {
                            None => Some(pos),
                            Some(w) => pos.checked_sub(*w as usize),
                        };
                        match from {
                            Some(p) => {
                                self.stack.push(Bt::Barrier {
                                    kind,
                                    pc: *after,
                                    pos,
                                });
                                pos = p;
                                pc += 1;
                            }
                            None => {
                                if *negate {
                                    pc = *after as usize;
                                } else {
                                    break false;
                                }
                            }
                        }
                    }
                    Inst::LookEnd => {
                        // The body matched: find our barrier.
                        let mut kind = 1;
                        let mut back = pos;
                        let mut after = pc + 1;
                        for b in self.stack.iter().rev() {
                            if let Bt::Barrier {
                                kind: k,
                                pc: a,
                                pos: p,
                            } = b
                            {
                                kind = *k;
                                back = *p;
                                after = *a as usize;
                                break;
                            }
                        }
                        if kind == 2 {
                            self.unwind_to_barrier();
                            break false;
                        }
                        self.cut();
                        pos = back;
                        pc = after;
                    }
                    Inst::Cond(g, no) => {
                        let g = *g as usize;
                        let set = self.slots.get(2 * g + 1).map_or(false, |&e| e != NONE);
                        if set {
                            pc += 1;
                        } else {
                            pc = *no as usize;
                        }
                    }
                    Inst::Match => {
                        if (full && pos != end) || (pos == self.attempt && pos == self.reject_empty)
                        {
                            break false;
                        }
                        self.slots[1] = pos;
                        return true;
                    }
                }
            };
            debug_assert!(!ok);
            // Backtrack.
            loop {
                let b = match self.stack.pop() {
                    None => return false,
                    Some(b) => b,
                };
                match b {
                    Bt::Choice { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Slot { i, old } => self.slots[i as usize] = old,
                    Bt::Reg { i, old } => self.regs[i as usize] = old,
                    Bt::Last { old } => self.lastindex = old,
                    Bt::Greedy { pc: p, min, pos: q } => {
                        let next = p as usize;
                        let mut q = q - 1;
                        if let Some(c) = next_lit(insts, next) {
                            // Give back until the following literal can match.
                            // (The last `c` in `min+1..=q`, else `min`.)
                            q = match s[min + 1..=q].iter().rposition(|x| x.u() == c) {
                                Some(i) => min + 1 + i,
                                None => min,
                            };
                            if s[q].u() != c {
                                continue;
                            }
                        }
                        if q > min {
                            self.stack.push(Bt::Greedy { pc: p, min, pos: q });
                        }
                        pc = next;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Lazy {
                        pc: p,
                        count,
                        pos: q,
                    } => {
                        if let Inst::RepUnit { unit, max, .. } = &insts[p as usize] {
                            if q < end && unit.matches(s[q].u()) {
                                if count + 1 < *max {
                                    self.stack.push(Bt::Lazy {
                                        pc: p,
                                        count: count + 1,
                                        pos: q + 1,
                                    });
                                }
                                pc = p as usize + 1;
                                pos = q + 1;
                                continue 'outer;
                            }
                        }
                    }
                    Bt::LazyLoop { pc: p, pos: q } => {
                        if let Inst::RepLoop { reg, .. } = &insts[p as usize] {
                            let r = *reg;
                            let count = self.regs[r as usize];
                            self.set_reg(r, count + 1);
                            self.set_reg(r + 1, q);
                            pc = p as usize + 1;
                            pos = q;
                            continue 'outer;
                        }
                    }
                    Bt::Barrier {
                        kind,
                        pc: p,
                        pos: q,
                    } => {
                        if kind == 2 {
                            // The negative look-around's body failed: it holds.
                            pc = p as usize;
                            pos = q;
                            continue 'outer;
                        }
                    }
                }
            }
        }
    }
}

/// The literal character the instructions from `pc` must match next, looking past
/// capture marks (used to skip hopeless give-backs of a greedy repeat).
#[inline]
fn next_lit(insts: &[Inst], mut pc: usize) -> Option<u32> {
    loop {
        match &insts[pc] {
            Inst::Save(_) => pc += 1,
            Inst::Unit(super::cset::Unit::Lit(c)) => return Some(*c),
            _ => return None,
        }
    }
}
