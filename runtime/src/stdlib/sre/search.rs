//! Running a program over a subject: one match (search, match, fullmatch) or all
//! successive matches with the empty-match rules of Python 3.7+.

use super::matcher::{Ch, Matcher, NONE};
use super::prog::Prog;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Search,
    Match,
    Full,
}

/// One match's capture slots and lastindex.
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

pub fn find<T: Ch>(prog: &Prog, s: &[T], pos: usize, end: usize, mode: Mode) -> Option<Found> {
    let mut m = Matcher::new(prog, s, end);
    let ok = match mode {
        Mode::Search => m.search(pos),
        Mode::Match => pos <= end && m.match_at(pos, false),
        Mode::Full => pos <= end && m.match_at(pos, true),
    };
    if !ok {
        return None;
    }
    Some(Found {
        slots: m.slots,
        lastindex: m.lastindex,
    })
}

/// Successive matches from `pos` (at most `limit` when it is not 0); `each` gets each
/// match's slots and lastindex.
pub fn find_all<T: Ch>(
    prog: &Prog,
    s: &[T],
    pos: usize,
    end: usize,
    limit: usize,
    mut each: impl FnMut(&[usize], usize),
) {
    let mut m = Matcher::new(prog, s, end);
    let mut cur = pos;
    let mut n = 0;
    while cur <= end && (limit == 0 || n < limit) {
        if !m.search(cur) {
            break;
        }
        let (b, e) = (m.slots[0], m.slots[1]);
        each(&m.slots, m.lastindex);
        n += 1;
        m.reject_empty = if b == e { e } else { NONE };
        cur = e;
    }
}
