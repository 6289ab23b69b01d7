//! The set of characters a match can start with, so the search loop can skip positions.

use super::ast::*;
use super::compile_unit::unit_first;

/// (Latin-1 bitmap, may start with a wider char); None when a match may be empty or the
/// start cannot be predicted.
pub fn first_chars(n: &Node) -> Option<([u64; 4], bool)> {
    let f = walk(n)?;
    if f.nullable {
        return None;
    }
    Some((f.bits, f.wide))
}

struct First {
    bits: [u64; 4],
    wide: bool,
    nullable: bool,
}

fn union(a: &mut First, b: &First) {
    for i in 0..4 {
        a.bits[i] |= b.bits[i];
    }
    a.wide |= b.wide;
}

const EMPTY: First = First {
    bits: [0; 4],
    wide: false,
    nullable: true,
};

/// None means "anything".
fn walk(n: &Node) -> Option<First> {
    Some(match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => EMPTY,
        Node::Lit(..) | Node::Any(_) | Node::Set(..) => {
            let (bits, wide) = unit_first(n)?;
            First {
                bits,
                wide,
                nullable: false,
            }
        }
        Node::Cat(v) => {
            let mut acc = EMPTY;
            acc.nullable = true;
            for x in v {
                let f = walk(x)?;
                union(&mut acc, &f);
                if !f.nullable {
                    acc.nullable = false;
                    break;
                }
            }
            acc
        }
        Node::Alt(v) => {
            let mut acc = EMPTY;
            acc.nullable = false;
            for x in v {
                let f = walk(x)?;
                union(&mut acc, &f);
                acc.nullable |= f.nullable;
            }
            acc
        }
        Node::Group(_, x) | Node::Atomic(x) => walk(x)?,
        Node::Repeat { min, max, node, .. } => {
            if *max == 0 {
                EMPTY
            } else {
                let mut f = walk(node)?;
                f.nullable |= *min == 0;
                f
            }
        }
        Node::Backref(..) | Node::Cond { .. } => return None,
    })
}
