//! The sort behind `list.sort` and `sorted` when keys need Python comparisons: CPython
//! 3.11's timsort (natural runs extended by binary insertion to `minrun`, powersort merge
//! order, galloping merges with an adaptive threshold), so that `__lt__` and `cmp_to_key`
//! functions are called with the same arguments in the same order as there, and a
//! comparison that raises leaves the same permutation behind.
//!
//! It sorts a slice of indices; `less(i, j)` compares the keys at indices `i` and `j`.
//! On an error the slice is still a permutation (CPython's merges copy their temporary
//! half back before giving up), and the error is returned.

/// The initial threshold of wins in a row that switches a merge to galloping.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged: where it starts, its length, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct State<'a, E> {
    v: &'a mut [usize],
    less: &'a mut dyn FnMut(usize, usize) -> Result<bool, E>,
    pending: Vec<Run>,
    min_gallop: usize,
    tmp: Vec<usize>,
}

/// Sorts `v` in place, stable, with CPython 3.11's timsort and the comparison `less`.
pub fn timsort<E>(
    v: &mut [usize],
    less: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut st = State {
        v,
        less,
        pending: Vec::new(),
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = st.count_run(lo, n)?;
        if descending {
            st.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            st.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        st.found_new_run(run, n)?;
        st.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    // Merge what is left, smaller neighbours first.
    while st.pending.len() > 1 {
        let mut i = st.pending.len() - 2;
        if i > 0 && st.pending[i - 1].len < st.pending[i + 1].len {
            i -= 1;
        }
        st.merge_at(i)?;
    }
    Ok(())
}

/// A run length in [32, 64] such that n / minrun is a power of two or just under one.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The depth in the conceptual merge tree of the boundary between two adjacent runs,
/// [s1, s1 + n1) and [s1 + n1, s1 + n1 + n2), in a list of n: the first bit at which the
/// binary fractions of their midpoints (over n) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, so that they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return result;
        }
        a <<= 1;
        b <<= 1;
    }
}

impl<E> State<'_, E> {
    fn lt(&mut self, a: usize, b: usize) -> Result<bool, E> {
        (self.less)(a, b)
    }

    /// The length of the run starting at `lo`: non-descending, or strictly descending
    /// (then true, and the caller reverses it).
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let v = &*self.v;
        let (x, y) = (v[lo + 1], v[lo]);
        if self.lt(x, y)? {
            while lo + n < hi {
                let (x, y) = (self.v[lo + n], self.v[lo + n - 1]);
                if !self.lt(x, y)? {
                    break;
                }
                n += 1;
            }
            Ok((n, true))
        } else {
            while lo + n < hi {
                let (x, y) = (self.v[lo + n], self.v[lo + n - 1]);
                if self.lt(x, y)? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Inserts each of v[start..hi] into the sorted v[lo..start], by binary search.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if start == lo {
            start += 1;
        }
        while start < hi {
            let pivot = self.v[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                let at = self.v[p];
                if self.lt(pivot, at)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v.copy_within(l..start, l + 1);
            self.v[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Powersort: before the next run (of length n2) is pushed, merges the runs on the
    /// stack whose boundary lies deeper than the new one's.
    fn found_new_run(&mut self, n2: usize, n: usize) -> Result<(), E> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let p = power(top.base, top.len, n2, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = p;
        }
        Ok(())
    }

    /// Merges pending runs i and i + 1.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Elements of A below B's first are already in place.
        let key = self.v[b.base];
        let k = gallop_right(&mut *self.less, key, &self.v[a.base..a.base + a.len], 0)?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // And so are elements of B above A's last.
        let key = self.v[base_a + na - 1];
        let nb = gallop_left(
            &mut *self.less,
            key,
            &self.v[b.base..b.base + b.len],
            b.len - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, b.base, nb)
        } else {
            self.merge_hi(base_a, na, b.base, nb)
        }
    }

    /// Merges the adjacent sorted runs v[a..a + na] and v[b..b + nb] (na <= nb), with
    /// A copied out to the temporary and the output filling from the left.
    fn merge_lo(&mut self, a: usize, na: usize, b: usize, nb: usize) -> Result<(), E> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&self.v[a..a + na]);
        let r = self.merge_lo_inner(&tmp, a, na, b, nb);
        self.tmp = tmp;
        r
    }

    fn merge_lo_inner(
        &mut self,
        t: &[usize],
        a: usize,
        na: usize,
        b: usize,
        nb: usize,
    ) -> Result<(), E> {
        // dest: next output slot; pa: next of A in t; pb: next of B in v.
        let (mut dest, mut pa, mut pb) = (a, 0usize, b);
        let (mut na, mut nb) = (na, nb);
        let v = &mut *self.v;
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let result: Result<(), E> = 'merge: {
            if nb == 0 {
                break 'merge Ok(());
            }
            if na == 1 {
                {
                    self.copy_b_then_last_a(t, dest, pa, pb, nb);
                    na = 0;
                    break 'merge Ok(());
                }
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One at a time until one run wins min_gallop times in a row.
                loop {
                    let (x, y) = (self.v[pb], t[pa]);
                    match self.lt(x, y) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.v[dest] = self.v[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.v[dest] = t[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                {
                                    self.copy_b_then_last_a(t, dest, pa, pb, nb);
                                    na = 0;
                                    break 'merge Ok(());
                                }
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, while either run keeps winning by MIN_GALLOP or more.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.v[pb];
                    let k = match gallop_right(&mut *self.less, key, &t[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.v[dest..dest + k].copy_from_slice(&t[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            {
                                self.copy_b_then_last_a(t, dest, pa, pb, nb);
                                na = 0;
                                break 'merge Ok(());
                            }
                        }
                        // Only with an inconsistent comparison.
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.v[dest] = self.v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(());
                    }
                    let k = match gallop_left(&mut *self.less, t[pa], &self.v[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.v[dest] = t[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        {
                            self.copy_b_then_last_a(t, dest, pa, pb, nb);
                            na = 0;
                            break 'merge Ok(());
                        }
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Done or failed: what is left of A goes back (none after copy_b_then_last_a).
        self.v[dest..dest + na].copy_from_slice(&t[pa..pa + na]);
        result
    }

    /// merge_lo's end when one element of A is left: the rest of B, then it.
    fn copy_b_then_last_a(&mut self, t: &[usize], dest: usize, pa: usize, pb: usize, nb: usize) {
        self.v.copy_within(pb..pb + nb, dest);
        self.v[dest + nb] = t[pa];
    }

    /// Merges v[a..a + na] and v[b..b + nb] (nb < na), with B copied out to the
    /// temporary and the output filling from the right.
    fn merge_hi(&mut self, a: usize, na: usize, b: usize, nb: usize) -> Result<(), E> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&self.v[b..b + nb]);
        let r = self.merge_hi_inner(&tmp, a, na, b, nb);
        self.tmp = tmp;
        r
    }

    fn merge_hi_inner(
        &mut self,
        t: &[usize],
        a: usize,
        na: usize,
        b: usize,
        nb: usize,
    ) -> Result<(), E> {
        // Positions are one past the element they name, so that they never go below 0:
        // dest (output), ea (end of A's rest in v), eb (end of B's rest in t).
        let (mut na, mut nb) = (na, nb);
        let mut dest = b + nb;
        let mut ea = a + na;
        let mut eb = nb;
        self.v[dest - 1] = self.v[ea - 1];
        dest -= 1;
        ea -= 1;
        na -= 1;
        let result: Result<(), E> = 'merge: {
            if na == 0 {
                break 'merge Ok(());
            }
            if nb == 1 {
                self.copy_a_then_first_b(t, dest, ea, na, eb);
                nb = 0;
                break 'merge Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    let (x, y) = (t[eb - 1], self.v[ea - 1]);
                    match self.lt(x, y) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.v[dest - 1] = self.v[ea - 1];
                            dest -= 1;
                            ea -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.v[dest - 1] = t[eb - 1];
                            dest -= 1;
                            eb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                self.copy_a_then_first_b(t, dest, ea, na, eb);
                                nb = 0;
                                break 'merge Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = t[eb - 1];
                    let k = match gallop_right(&mut *self.less, key, &self.v[a..a + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.v.copy_within(ea - k..ea, dest - k);
                        dest -= k;
                        ea -= k;
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.v[dest - 1] = t[eb - 1];
                    dest -= 1;
                    eb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        self.copy_a_then_first_b(t, dest, ea, na, eb);
                        nb = 0;
                        break 'merge Ok(());
                    }
                    let key = self.v[ea - 1];
                    let k = match gallop_left(&mut *self.less, key, &t[eb - nb..eb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.v[dest - k..dest].copy_from_slice(&t[eb - k..eb]);
                        dest -= k;
                        eb -= k;
                        nb -= k;
                        if nb == 1 {
                            self.copy_a_then_first_b(t, dest, ea, na, eb);
                            nb = 0;
                            break 'merge Ok(());
                        }
                        // Only with an inconsistent comparison.
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.v[dest - 1] = self.v[ea - 1];
                    dest -= 1;
                    ea -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Done or failed: what is left of B goes back, just below dest.
        if nb > 0 {
            self.v[dest - nb..dest].copy_from_slice(&t[eb - nb..eb]);
        }
        result
    }

    /// merge_hi's end when one element of B is left: the rest of A moves up, then it.
    fn copy_a_then_first_b(&mut self, t: &[usize], dest: usize, ea: usize, na: usize, eb: usize) {
        self.v.copy_within(ea - na..ea, dest - na);
        self.v[dest - na - 1] = t[eb - 1];
    }
}

/// The less-than of the sort, on indices.
type Less<'a, E> = dyn FnMut(usize, usize) -> Result<bool, E> + 'a;

/// Where `key` goes in the sorted run `a`, left of any equal elements, searching
/// outwards from `hint` first (CPython's gallop_left).
fn gallop_left<E>(less: &mut Less<E>, key: usize, a: &[usize], hint: usize) -> Result<usize, E> {
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if less(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = a.len() - hint;
        while ofs < maxofs && less(a[hint + ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        return bisect_left(less, key, a, lastofs + hint + 1, ofs + hint);
    }
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    let maxofs = hint + 1;
    while ofs < maxofs && !less(a[hint - ofs], key)? {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
    }
    ofs = ofs.min(maxofs);
    // (hint - ofs may be -1: kept one higher, as only its successor is used.)
    bisect_left(less, key, a, hint + 1 - ofs, hint - lastofs)
}

/// Binary search of `a` with a[lo - 1] < key <= a[hi].
fn bisect_left<E>(
    less: &mut Less<E>,
    key: usize,
    a: &[usize],
    mut lo: usize,
    mut hi: usize,
) -> Result<usize, E> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if less(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in the sorted run `a`, right of any equal elements (gallop_right).
fn gallop_right<E>(less: &mut Less<E>, key: usize, a: &[usize], hint: usize) -> Result<usize, E> {
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if less(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs && less(key, a[hint - ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        return bisect_right(less, key, a, hint + 1 - ofs, hint - lastofs);
    }
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    let maxofs = a.len() - hint;
    while ofs < maxofs && !less(key, a[hint + ofs])? {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
    }
    ofs = ofs.min(maxofs);
    bisect_right(less, key, a, lastofs + hint + 1, ofs + hint)
}

/// Binary search of `a` with a[lo - 1] <= key < a[hi].
fn bisect_right<E>(
    less: &mut Less<E>,
    key: usize,
    a: &[usize],
    mut lo: usize,
    mut hi: usize,
) -> Result<usize, E> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if less(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}
