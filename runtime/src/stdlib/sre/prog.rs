//! The compiled program: instructions for the backtracking matcher, plus what the search
//! loop uses to skip start positions (a literal prefix or the set of possible first chars).

use super::ast::{At, Fold, RepKind};
use super::cset::Unit;

pub enum Inst {
    Unit(Unit),
    /// Continue at the first target; on failure resume at the second.
    Split(u32, u32),
    Jmp(u32),
    /// Record the position in capture slot n (2g: start of group g, 2g+1: its end).
    Save(u32),
    At(At),
    Backref(u32, Fold),
    /// A repeat of one single-character step.
    RepUnit {
        unit: Unit,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// Resets the counter registers `reg` (count) and `reg + 1` (last start) of a loop.
    RepStart(u32),
    /// Loop head: the body follows, and ends with a jump back here.
    RepLoop {
        reg: u32,
        min: u32,
        max: u32,
        greedy: bool,
        exit: u32,
    },
    AtomicStart,
    AtomicEnd,
    /// Look-around; `behind` is the width to step back, `end` the instruction after LookEnd.
    LookStart {
        negate: bool,
        behind: Option<u32>,
        end: u32,
    },
    LookEnd,
    /// `(?(g)yes|no)`: go on when group `g` matched, else jump to `no`.
    Cond(u32, u32),
    Match,
}

pub struct Prog {
    pub insts: Vec<Inst>,
    /// Number of capture slots (2 per group including group 0).
    pub nslots: usize,
    pub nregs: usize,
    /// Literal text every match starts with (may be empty).
    pub prefix: Vec<u32>,
    /// Possible first characters below 256 and whether wider ones can start a match;
    /// None when a match may be empty or start with anything.
    pub first: Option<([u64; 4], bool)>,
    /// The pattern only matches at the beginning of the string.
    pub anchored: bool,
    /// The program starts with a greedy `.*` outside any group: Some(dotall). A failed
    /// attempt then rules out every later start on the same line (or, with DOTALL, all).
    pub dotstar: Option<bool>,
}
