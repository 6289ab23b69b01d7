//! Replacement templates of `sub` and `Match.expand`: `\1`, `\g<1>`, `\g<name>`, escapes.

use super::parse::MAXGROUPS;
use super::tokens::*;

pub enum Piece {
    Lit(Vec<u32>),
    Group(usize),
}

/// Parses `t` (code units of the template) for a pattern with `groups` groups and `names`.
pub fn parse_template(
    t: &[u32],
    is_str: bool,
    groups: usize,
    names: &[(String, usize)],
) -> PResult<Vec<Piece>> {
    let mut s = Tokens::new(t, is_str)?;
    let mut out: Vec<Piece> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group = |s: &Tokens,
                     out: &mut Vec<Piece>,
                     lit: &mut Vec<u32>,
                     index: usize,
                     off: usize|
     -> PResult<()> {
        if index > groups {
            return Err(s.error(format!("invalid group reference {index}"), off));
        }
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(lit)));
        }
        out.push(Piece::Group(index));
        Ok(())
    };
    while let Some(tk) = s.get()? {
        let c = match tk {
            Tk::C(c) => {
                lit.push(c);
                continue;
            }
            Tk::E(c) => c,
        };
        let cc = ch(c);
        if cc == 'g' {
            if !s.eat('<')? {
                return Err(s.error("missing <", 0));
            }
            let name = s.get_until('>', "group name")?;
            let nlen = name.chars().count();
            let index = if is_identifier(&name) {
                match names.iter().find(|(n, _)| *n == name) {
                    Some((_, g)) => *g,
                    None => {
                        return Err(ReError::Index(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )))
                    }
                }
            } else {
                let v = match parse_uint(&name) {
                    Some(v) => v,
                    None => {
                        return Err(s.error(
                            format!("bad character in group name {}", py_repr(&name)),
                            nlen + 1,
                        ))
                    }
                };
                if v >= MAXGROUPS as u64 {
                    return Err(s.error(format!("invalid group reference {v}"), nlen + 1));
                }
                v as usize
            };
            add_group(&s, &mut out, &mut lit, index, nlen + 1)?;
        } else if cc == '0' {
            let mut d = vec![c];
            d.extend(s.get_while(2, is_oct)?);
            lit.push(oct_value(&d) & 0xff);
        } else if is_digit(c) {
            let mut d = vec![c];
            let mut octal = false;
            if let Some(n) = s.next_char().filter(|&n| is_digit(n)) {
                s.get()?;
                d.push(n);
                if is_oct(c) && is_oct(n) {
                    if let Some(m) = s.next_char().filter(|&m| is_oct(m)) {
                        s.get()?;
                        d.push(m);
                        octal = true;
                        let v = oct_value(&d);
                        if v > 0o377 {
                            let txt: String = d.iter().map(|&x| ch(x)).collect();
                            return Err(s.error(
                                format!("octal escape value \\{txt} outside of range 0-0o377"),
                                4,
                            ));
                        }
                        lit.push(v);
                    }
                }
            }
            if !octal {
                let g = d
                    .iter()
                    .fold(0usize, |a, &x| a * 10 + (x - '0' as u32) as usize);
                add_group(&s, &mut out, &mut lit, g, d.len())?;
            }
        } else {
            let esc = match cc {
                'a' => Some(7),
                'b' => Some(8),
                'f' => Some(12),
                'n' => Some(10),
                'r' => Some(13),
                't' => Some(9),
                'v' => Some(11),
                '\\' => Some('\\' as u32),
                _ => None,
            };
            match esc {
                Some(v) => lit.push(v),
                None => {
                    if is_ascii_letter(c) {
                        return Err(s.error(format!("bad escape \\{cc}"), 2));
                    }
                    lit.push('\\' as u32);
                    lit.push(c);
                }
            }
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}
