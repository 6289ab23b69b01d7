//! First-character information of single-character nodes.

use super::ast::Node;
use super::cset::{CSet, Unit};

pub fn unit_first(n: &Node) -> Option<([u64; 4], bool)> {
    let u = match n {
        Node::Lit(c, f) => Unit::lit(*c, *f),
        Node::Any(true) => Unit::AnyAll,
        Node::Any(false) => Unit::Any,
        Node::Set(s, f) => Unit::Set(Box::new(CSet::new(s, *f))),
        _ => return None,
    };
    Some(u.first())
}
