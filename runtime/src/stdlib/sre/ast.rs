//! The parsed form of a regular expression: a tree whose nodes already carry the flags
//! (case folding, DOTALL, MULTILINE, ASCII) in force where they appeared.

/// "No upper bound" for repeat counts (CPython's MAXREPEAT on 64-bit builds).
pub const MAXREPEAT: u32 = u32::MAX;

/// How a literal, set or back-reference compares characters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    /// Exact comparison.
    None,
    /// Case-insensitive over ASCII letters only (bytes patterns, or the ASCII flag).
    Ascii,
    /// Case-insensitive with Unicode simple case mappings.
    Uni,
}

/// A `\d \w \s` class (or its negation) inside a set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Item {
    Ch(u32),
    Range(u32, u32),
    /// The category, and whether it uses Unicode (not ASCII) meaning.
    Cat(Cat, bool),
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Set {
    pub negate: bool,
    pub items: Vec<Item>,
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    /// `^` without MULTILINE, and `\A`.
    Begin,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    /// `\b`, Unicode word characters when true.
    Boundary(bool),
    /// `\B`.
    NotBoundary(bool),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Node {
    Empty,
    Lit(u32, Fold),
    /// `.`; true when it also matches a newline (DOTALL).
    Any(bool),
    Set(Box<Set>, Fold),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Backref(usize, Fold),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    At(At),
}

impl Node {
    /// True for nodes that always consume exactly one character.
    pub fn is_unit(&self) -> bool {
        matches!(self, Node::Lit(..) | Node::Any(_) | Node::Set(..))
    }
}
