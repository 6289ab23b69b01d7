//! The pattern parser: pattern text to the `ast::Node` tree, with CPython 3.11's error
//! messages and positions, group numbering and names, and inline flags.

use super::ast::*;
use super::escape::{class_escape, escape, Esc};
use super::tokens::*;
use super::width::width;

pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG | F_TEMPLATE;
pub const MAXGROUPS: usize = 1073741823;
/// Deepest nesting (two steps per group) accepted; CPython's recursive parser fails near this depth, and
/// the limit keeps every recursive pass over the tree well inside the native stack.
const MAX_NESTING: usize = 960;

pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups (not counting group 0).
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Final flags (with UNICODE added for str patterns, as CPython does).
    pub flags: u32,
    /// Width of each group (for look-behinds holding back-references).
    pub widths: Vec<Option<(u64, u64)>>,
}

pub struct State {
    pub is_str: bool,
    pub flags: u32,
    /// Width of each closed group (index 0 unused); None while the group is open.
    pub widths: Vec<Option<(u64, u64)>>,
    pub names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    /// Groups named by conditionals, with the position to report if they do not exist.
    refpos: Vec<(usize, usize)>,
}

impl State {
    pub fn groups(&self) -> usize {
        self.widths.len()
    }
    pub fn group_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
    pub fn check_group(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }
    pub fn check_lookbehind_group(&self, g: usize, t: &Tokens) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(t.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(t.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// Flags in force inside a scope: the global flags plus scoped additions and removals.
#[derive(Clone, Copy)]
struct Scope {
    add: u32,
    del: u32,
}

impl Scope {
    fn flags(self, st: &State) -> u32 {
        (st.flags | self.add) & !self.del
    }
}

fn fold_of(st: &State, f: u32) -> Fold {
    if f & F_IGNORECASE == 0 {
        Fold::None
    } else if unicode_of(st, f) {
        Fold::Uni
    } else {
        Fold::Ascii
    }
}

fn unicode_of(st: &State, f: u32) -> bool {
    st.is_str && f & (F_ASCII | F_LOCALE) == 0
}

pub fn parse(pat: &[u32], is_str: bool, flags: u32) -> PResult<Parsed> {
    let mut t = Tokens::new(pat, is_str)?;
    let mut st = State {
        is_str,
        flags,
        widths: vec![Some((0, 0))],
        names: Vec::new(),
        lookbehind_groups: None,
        refpos: Vec::new(),
    };
    let node = parse_sub(&mut t, &mut st, Scope { add: 0, del: 0 }, 0)?;
    let flags = fix_flags(is_str, st.flags)?;
    if t.next.is_some() {
        return Err(t.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.refpos {
        if g >= st.groups() {
            return Err(ReError::Re(
                format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    check_lookbehinds(&node, &st.widths)?;
    Ok(Parsed {
        node,
        groups: st.groups() - 1,
        names: st.names,
        flags,
        widths: st.widths,
    })
}

fn fix_flags(is_str: bool, mut flags: u32) -> PResult<u32> {
    if is_str {
        if flags & F_LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & F_ASCII == 0 {
            flags |= F_UNICODE;
        } else if flags & F_UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & F_UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & F_LOCALE != 0 && flags & F_ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// An alternation `a|b|c`.
fn parse_sub(t: &mut Tokens, st: &mut State, sc: Scope, nested: usize) -> PResult<Node> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(t, st, sc, nested + 1, first)?);
        if !t.eat('|')? {
            break;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Empty));
    }
    Ok(Node::Alt(items))
}

fn flag_bit(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => F_TEMPLATE,
        'u' => F_UNICODE,
        _ => return None,
    })
}

fn is_alpha(c: u32) -> bool {
    crate::builtins::str::unicode::is_alpha(ch(c))
}

/// Wraps a list of sequence items into one node.
fn seq_node(mut items: Vec<Node>) -> Node {
    match items.len() {
        0 => Node::Empty,
        1 => items.pop().unwrap_or(Node::Empty),
        _ => Node::Cat(items),
    }
}

/// A sequence (one branch of an alternation).
fn parse_seq(
    t: &mut Tokens,
    st: &mut State,
    sc: Scope,
    nested: usize,
    first: bool,
) -> PResult<Node> {
    let mut items: Vec<Node> = Vec::new();
    // Whether the last item came from a group-like construct the repeat may wrap.
    loop {
        let this = match t.next {
            None => break,
            Some(tk) => tk,
        };
        if this.is('|') || this.is(')') {
            break;
        }
        t.get()?;
        let f = sc.flags(st);
        if f & F_VERBOSE != 0 {
            if let Tk::C(c) = this {
                if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if c == '#' as u32 {
                    loop {
                        match t.get()? {
                            None => break,
                            Some(tk) if tk.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            Tk::E(_) => {
                match escape(t, this, st, unicode_of(st, f))? {
                    Esc::Lit(c) => items.push(Node::Lit(c, fold_of(st, f))),
                    Esc::Cat(cat, uni) => items.push(Node::Set(
                        Box::new(Set {
                            negate: false,
                            items: vec![Item::Cat(cat, uni)],
                        }),
                        Fold::None,
                    )),
                    Esc::At(a) => items.push(Node::At(a)),
                    Esc::Backref(g) => items.push(Node::Backref(g, fold_of(st, f))),
                }
                continue;
            }
            Tk::C(c) => c,
        };
        match ch(c) {
            '[' => {
                let node = parse_set(t, st, f)?;
                items.push(node);
            }
            '*' | '+' | '?' | '{' => {
                let here = t.tell();
                let (min, max) = match ch(c) {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if t.next_is('}') {
                            items.push(Node::Lit(c, fold_of(st, f)));
                            continue;
                        }
                        let lo = t.get_while(usize::MAX, is_digit)?;
                        let hi = if t.eat(',')? {
                            Some(t.get_while(usize::MAX, is_digit)?)
                        } else {
                            None
                        };
                        if !t.eat('}')? {
                            items.push(Node::Lit(c, fold_of(st, f)));
                            t.seek(here)?;
                            continue;
                        }
                        let hi = hi.unwrap_or_else(|| lo.clone());
                        let num = |d: &[u32]| -> PResult<u32> {
                            let s: String = d.iter().map(|&c| ch(c)).collect();
                            match parse_uint(&s) {
                                Some(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                                _ => Err(ReError::Overflow(
                                    "the repetition number is too large".into(),
                                )),
                            }
                        };
                        let min = if lo.is_empty() { 0 } else { num(&lo)? };
                        let mut max = MAXREPEAT;
                        if !hi.is_empty() {
                            max = num(&hi)?;
                            if max < min {
                                return Err(
                                    t.error("min repeat greater than max repeat", t.tell() - here)
                                );
                            }
                        }
                        (min, max)
                    }
                };
                let off = t.tell() - here + 1;
                let item = match items.pop() {
                    None | Some(Node::At(_)) => return Err(t.error("nothing to repeat", off)),
                    Some(n @ Node::Repeat { .. }) => {
                        let _ = n;
                        return Err(t.error("multiple repeat", off));
                    }
                    Some(n) => n,
                };
                let kind = if t.eat('?')? {
                    RepKind::Lazy
                } else if t.eat('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                items.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    node: Box::new(item),
                });
            }
            '.' => items.push(Node::Any(f & F_DOTALL != 0)),
            '(' => {
                let start = t.tell() - 1;
                match parse_group(t, st, sc, nested, start, first && items.is_empty())? {
                    Group::Node(n) => items.push(n),
                    Group::Nothing => {}
                    // Global flags are in `st.flags`, read afresh for each token.
                    Group::Global => {}
                }
            }
            '^' => items.push(Node::At(if f & F_MULTILINE != 0 {
                At::BeginLine
            } else {
                At::Begin
            })),
            '$' => items.push(Node::At(if f & F_MULTILINE != 0 {
                At::EndLine
            } else {
                At::End
            })),
            _ => items.push(Node::Lit(c, fold_of(st, f))),
        }
    }
    Ok(seq_node(items))
}

enum Group {
    Node(Node),
    /// A comment.
    Nothing,
    /// Global inline flags `(?i)`.
    Global,
}

fn parse_group(
    t: &mut Tokens,
    st: &mut State,
    sc: Scope,
    nested: usize,
    start: usize,
    first: bool,
) -> PResult<Group> {
    if nested > MAX_NESTING {
        return Err(ReError::Recursion);
    }
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut inner = sc;
    if t.eat('?')? {
        let c = match t.get()? {
            None => return Err(t.error("unexpected end of pattern", 0)),
            Some(c) => c,
        };
        let cc = match c {
            Tk::C(x) => ch(x),
            Tk::E(_) => '\\',
        };
        match (c, cc) {
            (Tk::C(_), 'P') => {
                if t.eat('<')? {
                    let n = t.get_until('>', "group name")?;
                    check_group_name(t, &n, 1)?;
                    name = Some(n);
                } else if t.eat('=')? {
                    let n = t.get_until(')', "group name")?;
                    check_group_name(t, &n, 1)?;
                    let off = n.chars().count() + 1;
                    let g = match st.group_of(&n) {
                        Some(g) => g,
                        None => {
                            return Err(t.error(format!("unknown group name {}", py_repr(&n)), off))
                        }
                    };
                    if !st.check_group(g) {
                        return Err(t.error("cannot refer to an open group", off));
                    }
                    st.check_lookbehind_group(g, t)?;
                    return Ok(Group::Node(Node::Backref(g, fold_of(st, sc.flags(st)))));
                } else {
                    return match t.get()? {
                        None => Err(t.error("unexpected end of pattern", 0)),
                        Some(c) => {
                            Err(t.error(format!("unknown extension ?P{}", c.text()), c.len() + 2))
                        }
                    };
                }
            }
            (Tk::C(_), ':') => capture = false,
            (Tk::C(_), '#') => {
                loop {
                    if t.next.is_none() {
                        return Err(t.error("missing ), unterminated comment", t.tell() - start));
                    }
                    if t.get()? == Some(Tk::C(')' as u32)) {
                        break;
                    }
                }
                return Ok(Group::Nothing);
            }
            (Tk::C(_), '=' | '!' | '<') => {
                let mut behind = false;
                let mut kind = cc;
                if cc == '<' {
                    match t.get()? {
                        None => return Err(t.error("unexpected end of pattern", 0)),
                        Some(Tk::C(x)) if x == '=' as u32 || x == '!' as u32 => kind = ch(x),
                        Some(c) => {
                            return Err(
                                t.error(format!("unknown extension ?<{}", c.text()), c.len() + 2)
                            )
                        }
                    }
                    behind = true;
                }
                let saved = st.lookbehind_groups;
                if behind && saved.is_none() {
                    st.lookbehind_groups = Some(st.groups());
                }
                let p = parse_sub(t, st, sc, nested + 1)?;
                if behind && saved.is_none() {
                    st.lookbehind_groups = None;
                }
                if !t.eat(')')? {
                    return Err(t.error("missing ), unterminated subpattern", t.tell() - start));
                }
                return Ok(Group::Node(Node::Look {
                    behind,
                    negate: kind == '!',
                    node: Box::new(p),
                }));
            }
            (Tk::C(_), '(') => return parse_cond(t, st, sc, nested, start).map(Group::Node),
            (Tk::C(_), '>') => {
                capture = false;
                atomic = true;
            }
            (Tk::C(x), _) if flag_bit(x).is_some() || cc == '-' => match parse_flags(t, st, x)? {
                None => {
                    if !first {
                        return Err(t.error(
                            "global flags not at the start of the expression",
                            t.tell() - start,
                        ));
                    }
                    return Ok(Group::Global);
                }
                Some((a, d)) => {
                    inner = Scope {
                        add: (sc.add | a) & !d,
                        del: (sc.del | d) & !a,
                    };
                    capture = false;
                }
            },
            _ => return Err(t.error(format!("unknown extension ?{}", c.text()), c.len() + 1)),
        }
    }
    let group = if capture {
        let gid = st.groups();
        st.widths.push(None);
        if let Some(n) = &name {
            if let Some(og) = st.group_of(n) {
                return Err(t.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {og}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            st.names.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let p = parse_sub(t, st, inner, nested + 1)?;
    if !t.eat(')')? {
        return Err(t.error("missing ), unterminated subpattern", t.tell() - start));
    }
    if let Some(g) = group {
        let w = width(&p, &st.widths);
        st.widths[g] = Some(w);
        return Ok(Group::Node(Node::Group(g, Box::new(p))));
    }
    if atomic {
        return Ok(Group::Node(Node::Atomic(Box::new(p))));
    }
    // Kept as its own item (a one-element sequence) so that `(?:a*)*` is not taken for
    // a multiple repeat.
    Ok(Group::Node(Node::Cat(vec![p])))
}

fn check_group_name(t: &Tokens, name: &str, offset: usize) -> PResult<()> {
    if !is_identifier(name) {
        return Err(t.error(
            format!("bad character in group name {}", py_repr(name)),
            name.chars().count() + offset,
        ));
    }
    Ok(())
}

/// `(?(group)yes|no)`, after the `(?(`.
fn parse_cond(
    t: &mut Tokens,
    st: &mut State,
    sc: Scope,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let name = t.get_until(')', "group name")?;
    let nlen = name.chars().count();
    let g = if is_identifier(&name) {
        match st.group_of(&name) {
            Some(g) => g,
            None => return Err(t.error(format!("unknown group name {}", py_repr(&name)), nlen + 1)),
        }
    } else {
        let g = match parse_uint(&name) {
            Some(g) => g,
            None => {
                return Err(t.error(
                    format!("bad character in group name {}", py_repr(&name)),
                    nlen + 1,
                ))
            }
        };
        if g == 0 {
            return Err(t.error("bad group number", nlen + 1));
        }
        if g >= MAXGROUPS as u64 {
            return Err(t.error(format!("invalid group reference {g}"), nlen + 1));
        }
        let g = g as usize;
        if !st.refpos.iter().any(|&(x, _)| x == g) {
            st.refpos.push((g, t.tell() - nlen - 1));
        }
        g
    };
    st.check_lookbehind_group(g, t)?;
    let yes = parse_seq(t, st, sc, nested + 1, false)?;
    let no = if t.eat('|')? {
        let n = parse_seq(t, st, sc, nested + 1, false)?;
        if t.next_is('|') {
            return Err(t.error("conditional backref with more than two branches", 0));
        }
        n
    } else {
        Node::Empty
    };
    if !t.eat(')')? {
        return Err(t.error("missing ), unterminated subpattern", t.tell() - start));
    }
    Ok(Node::Cond {
        group: g,
        yes: Box::new(yes),
        no: Box::new(no),
    })
}

/// Inline flags after `(?`; `c` is the first flag character (or '-'). None for global
/// flags `(?aiLmsux)`, else the flags added and removed for a scoped group.
fn parse_flags(t: &mut Tokens, st: &mut State, c: u32) -> PResult<Option<(u32, u32)>> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut c = Tk::C(c);
    if !c.is('-') {
        loop {
            let x = match c {
                Tk::C(x) => x,
                Tk::E(_) => 0,
            };
            let flag = flag_bit(x).unwrap_or(0);
            if st.is_str {
                if ch(x) == 'L' {
                    return Err(t.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if ch(x) == 'u' {
                return Err(t.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(t.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            c = match t.get()? {
                None => return Err(t.error("missing -, : or )", 0)),
                Some(c) => c,
            };
            if c.is(')') || c.is('-') || c.is(':') {
                break;
            }
            match c {
                Tk::C(x) if flag_bit(x).is_some() => {}
                Tk::C(x) => {
                    let msg = if is_alpha(x) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(t.error(msg, 1));
                }
                Tk::E(_) => return Err(t.error("missing -, : or )", 2)),
            }
        }
    }
    if c.is(')') {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(t.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c.is('-') {
        c = match t.get()? {
            None => return Err(t.error("missing flag", 0)),
            Some(c) => c,
        };
        match c {
            Tk::C(x) if flag_bit(x).is_some() => {}
            Tk::C(x) => {
                let msg = if is_alpha(x) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(t.error(msg, 1));
            }
            Tk::E(_) => return Err(t.error("missing flag", 2)),
        }
        loop {
            let x = match c {
                Tk::C(x) => x,
                Tk::E(_) => 0,
            };
            let flag = flag_bit(x).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(t.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            c = match t.get()? {
                None => return Err(t.error("missing :", 0)),
                Some(c) => c,
            };
            if c.is(':') {
                break;
            }
            match c {
                Tk::C(x) if flag_bit(x).is_some() => {}
                Tk::C(x) => {
                    let msg = if is_alpha(x) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(t.error(msg, 1));
                }
                Tk::E(_) => return Err(t.error("missing :", 2)),
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(t.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(t.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// A character set, after the `[`.
fn parse_set(t: &mut Tokens, st: &mut State, f: u32) -> PResult<Node> {
    let here = t.tell() - 1;
    let uni = unicode_of(st, f);
    let negate = t.eat('^')?;
    let mut items: Vec<Item> = Vec::new();
    loop {
        let this = match t.get()? {
            None => return Err(t.error("unterminated character set", t.tell() - here)),
            Some(x) => x,
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let code1 = match this {
            Tk::E(_) => class_escape(t, this, uni)?,
            Tk::C(c) => Esc::Lit(c),
        };
        if t.eat('-')? {
            let that = match t.get()? {
                None => return Err(t.error("unterminated character set", t.tell() - here)),
                Some(x) => x,
            };
            if that.is(']') {
                items.push(esc_item(code1));
                items.push(Item::Ch('-' as u32));
                break;
            }
            let code2 = match that {
                Tk::E(_) => class_escape(t, that, uni)?,
                Tk::C(c) => Esc::Lit(c),
            };
            let bad = || {
                t.error(
                    format!("bad character range {}-{}", this.text(), that.text()),
                    this.len() + 1 + that.len(),
                )
            };
            match (code1, code2) {
                (Esc::Lit(lo), Esc::Lit(hi)) => {
                    if hi < lo {
                        return Err(bad());
                    }
                    items.push(Item::Range(lo, hi));
                }
                _ => return Err(bad()),
            }
        } else {
            items.push(esc_item(code1));
        }
    }
    let mut uniq: Vec<Item> = Vec::with_capacity(items.len());
    for it in items {
        if !uniq.contains(&it) {
            uniq.push(it);
        }
    }
    Ok(Node::Set(
        Box::new(Set {
            negate,
            items: uniq,
        }),
        fold_of(st, f),
    ))
}

fn esc_item(e: Esc) -> Item {
    match e {
        Esc::Lit(c) => Item::Ch(c),
        Esc::Cat(c, u) => Item::Cat(c, u),
        // Class escapes never produce these.
        Esc::At(_) | Esc::Backref(_) => Item::Ch(0),
    }
}

/// CPython's compiler rejects look-behinds whose width varies (after parsing succeeded).
fn check_lookbehinds(n: &Node, widths: &[Option<(u64, u64)>]) -> PResult<()> {
    match n {
        Node::Look { behind, node, .. } => {
            if *behind {
                let (lo, hi) = width(node, widths);
                if lo != hi {
                    return Err(ReError::Re(
                        "look-behind requires fixed-width pattern".into(),
                        None,
                    ));
                }
            }
            check_lookbehinds(node, widths)
        }
        Node::Cat(v) | Node::Alt(v) => v.iter().try_for_each(|x| check_lookbehinds(x, widths)),
        Node::Group(_, x) | Node::Atomic(x) | Node::Repeat { node: x, .. } => {
            check_lookbehinds(x, widths)
        }
        Node::Cond { yes, no, .. } => {
            check_lookbehinds(yes, widths)?;
            check_lookbehinds(no, widths)
        }
        _ => Ok(()),
    }
}
