//! Compiles the parsed tree into a `Prog` for the matcher.

use super::ast::*;
use super::cset::{CSet, Unit};
use super::first::first_chars;
use super::prog::{Inst, Prog};
use super::width::width;

struct Comp {
    insts: Vec<Inst>,
    nregs: usize,
    widths: Vec<Option<(u64, u64)>>,
}

pub fn compile(node: &Node, groups: usize, widths: &[Option<(u64, u64)>]) -> Prog {
    let mut c = Comp {
        insts: Vec::new(),
        nregs: 0,
        widths: widths.to_vec(),
    };
    c.emit(node);
    c.insts.push(Inst::Match);
    let prefix = literal_prefix(&c.insts);
    let first = first_chars(node);
    let anchored = starts_anchored(node);
    let dotstar = match c.insts.first() {
        Some(Inst::RepUnit {
            unit,
            min: 0,
            max: MAXREPEAT,
            kind: RepKind::Greedy,
        }) => match unit {
            Unit::Any => Some(false),
            Unit::AnyAll => Some(true),
            _ => None,
        },
        _ => None,
    };
    Prog {
        insts: c.insts,
        nslots: 2 * (groups + 1),
        nregs: c.nregs,
        prefix,
        first,
        anchored,
        dotstar,
    }
}

fn unit_of(n: &Node) -> Option<Unit> {
    Some(match n {
        Node::Lit(c, f) => Unit::lit(*c, *f),
        Node::Any(true) => Unit::AnyAll,
        Node::Any(false) => Unit::Any,
        Node::Set(s, f) => Unit::Set(Box::new(CSet::new(s, *f))),
        _ => return None,
    })
}

impl Comp {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Lit(..) | Node::Any(_) | Node::Set(..) => {
                if let Some(u) = unit_of(n) {
                    self.insts.push(Inst::Unit(u));
                }
            }
            Node::Cat(v) => v.iter().for_each(|x| self.emit(x)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, b) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.insts.len();
                        self.insts.push(Inst::Split(0, 0));
                        self.emit(b);
                        jumps.push(self.insts.len());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split as u32 + 1, next);
                    } else {
                        self.emit(b);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, x) => {
                self.insts.push(Inst::Save(2 * *g as u32));
                self.emit(x);
                self.insts.push(Inst::Save(2 * *g as u32 + 1));
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node),
            Node::Atomic(x) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(x);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let at = self.insts.len();
                self.insts.push(Inst::AtomicStart);
                self.emit(node);
                self.insts.push(Inst::LookEnd);
                let behind = if *behind {
                    Some(width(node, &self.widths).0.min(u32::MAX as u64) as u32)
                } else {
                    None
                };
                self.insts[at] = Inst::LookStart {
                    negate: *negate,
                    behind,
                    end: self.pc(),
                };
            }
            Node::Backref(g, f) => self.insts.push(Inst::Backref(*g as u32, *f)),
            Node::Cond { group, yes, no } => {
                let at = self.insts.len();
                self.insts.push(Inst::Cond(*group as u32, 0));
                self.emit(yes);
                let j = self.insts.len();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[at] = Inst::Cond(*group as u32, no_pc);
                self.insts[j] = Inst::Jmp(end);
            }
            Node::At(a) => self.insts.push(Inst::At(*a)),
        }
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepKind, node: &Node) {
        if let Some(unit) = unit_of(node) {
            self.insts.push(Inst::RepUnit {
                unit,
                min,
                max,
                kind,
            });
            return;
        }
        if kind == RepKind::Possessive {
            self.insts.push(Inst::AtomicStart);
            self.repeat(min, max, RepKind::Greedy, node);
            self.insts.push(Inst::AtomicEnd);
            return;
        }
        if max == 0 {
            return;
        }
        if min == 0 && max == 1 {
            // `x?` needs no counter: a zero-width body cannot loop.
            let at = self.insts.len();
            self.insts.push(Inst::Split(0, 0));
            self.emit(node);
            let end = self.pc();
            self.insts[at] = if kind == RepKind::Lazy {
                Inst::Split(end, at as u32 + 1)
            } else {
                Inst::Split(at as u32 + 1, end)
            };
            return;
        }
        let reg = self.nregs as u32;
        self.nregs += 2;
        self.insts.push(Inst::RepStart(reg));
        let head = self.insts.len();
        self.insts.push(Inst::Jmp(0));
        self.emit(node);
        self.insts.push(Inst::Jmp(head as u32));
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy: kind == RepKind::Greedy,
            exit: self.pc(),
        };
    }
}

/// Exact characters every match begins with.
fn literal_prefix(insts: &[Inst]) -> Vec<u32> {
    let mut out = Vec::new();
    for i in insts {
        match i {
            Inst::Save(_) => {}
            Inst::Unit(Unit::Lit(c)) => out.push(*c),
            _ => break,
        }
    }
    out
}

fn starts_anchored(n: &Node) -> bool {
    match n {
        Node::At(At::Begin) => true,
        Node::Cat(v) => v.first().map_or(false, starts_anchored),
        Node::Group(_, x) | Node::Atomic(x) => starts_anchored(x),
        Node::Alt(v) => !v.is_empty() && v.iter().all(starts_anchored),
        _ => false,
    }
}
