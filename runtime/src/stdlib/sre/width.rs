//! The (minimum, maximum) width of a pattern, as CPython computes it for look-behinds.

use super::ast::{Node, MAXREPEAT};

const CAP: u64 = MAXREPEAT as u64;

/// `widths[g]` is the width of closed group `g` (used by back-references).
pub fn width(n: &Node, widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (lo, hi) = raw(n, widths);
    (lo.min(CAP - 1), hi.min(CAP))
}

fn raw(n: &Node, widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Lit(..) | Node::Any(_) | Node::Set(..) => (1, 1),
        Node::Cat(v) => v.iter().fold((0, 0), |(a, b), x| {
            let (l, h) = width(x, widths);
            (a.saturating_add(l), b.saturating_add(h))
        }),
        Node::Alt(v) => {
            let mut lo = CAP - 1;
            let mut hi = 0;
            for x in v {
                let (l, h) = width(x, widths);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Group(_, x) | Node::Atomic(x) => width(x, widths),
        Node::Repeat { min, max, node, .. } => {
            let (l, h) = width(node, widths);
            (l.saturating_mul(*min as u64), h.saturating_mul(*max as u64))
        }
        Node::Backref(g, _) => widths.get(*g).copied().flatten().unwrap_or((0, 0)),
        Node::Cond { yes, no, .. } => {
            let (l1, h1) = width(yes, widths);
            let (l2, h2) = width(no, widths);
            (l1.min(l2), h1.max(h2))
        }
    }
}
