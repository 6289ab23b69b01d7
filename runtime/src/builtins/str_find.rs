//! Substring search for the str methods (find, count, replace, split): `memchr`'s SIMD
//! searchers, whose set-up for a short needle is a few instructions (std's two-way
//! searcher spent ~100 on each call before searching 11 bytes).

use memchr::memmem;

/// The byte offset of the first occurrence of `needle` (non-empty) in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memmem::find(hay.as_bytes(), n),
    }
}

/// The byte offset of the last occurrence of `needle` (non-empty) in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memmem::rfind(hay.as_bytes(), n),
    }
}

/// The byte offsets of the first `limit` non-overlapping occurrences of `needle`
/// (non-empty), left to right. (A match of UTF-8 text starts on a character boundary.)
pub fn positions(hay: &str, needle: &str, limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if limit == 0 {
        return out;
    }
    match needle.as_bytes() {
        [b] => {
            for p in memchr::memchr_iter(*b, hay.as_bytes()) {
                out.push(p);
                if out.len() == limit {
                    break;
                }
            }
        }
        n => {
            for p in memmem::find_iter(hay.as_bytes(), n) {
                out.push(p);
                if out.len() == limit {
                    break;
                }
            }
        }
    }
    out
}

/// Non-overlapping occurrences of `needle` (non-empty) in `hay`.
pub fn count(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        n => memmem::find_iter(hay.as_bytes(), n).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        let hays = [
            "",
            "a",
            "abcabcab",
            "héllo wörld, héllo",
            "aaaa",
            "€€a€",
            "x,y,,z,",
        ];
        let needles = ["a", "ab", "abc", "é", "llo", "aa", "€", ",", "zz", "ö"];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "find {h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "rfind {h:?} {n:?}");
                assert_eq!(count(h, n), h.matches(n).count(), "count {h:?} {n:?}");
                let all: Vec<usize> = h.match_indices(n).map(|(i, _)| i).collect();
                assert_eq!(positions(h, n, usize::MAX), all, "positions {h:?} {n:?}");
                assert_eq!(positions(h, n, 1), all[..all.len().min(1)].to_vec());
            }
        }
    }
}
