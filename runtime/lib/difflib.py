"""Sequence comparison (Ember): SequenceMatcher, Differ, ndiff, unified/context diffs, close matches.

The matching follows the documented Ratcliff/Obershelp-style algorithm of CPython 3.11
(junk and "popular" elements of b, longest-match extension, grouped opcodes), so ratios,
opcodes and diff text are identical; HtmlDiff and diff_bytes are not provided.
"""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ",
           "IS_CHARACTER_JUNK", "IS_LINE_JUNK", "context_diff", "unified_diff", "diff_bytes",
           "Match"]

Match = _namedtuple("Match", "a b size")


def _calculate_ratio(matches, length):
    # Two empty sequences are identical.
    return 2.0 * matches / length if length else 1.0


_GAP_TAG = {(True, True): "replace", (True, False): "delete", (False, True): "insert"}

# The intraline marks under each side's characters, by opcode tag.
_MARKS = {"replace": ("^", "^"), "delete": ("-", ""), "insert": ("", "+"), "equal": (" ", " ")}


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk, self.autojunk = isjunk, autojunk
        self.a = self.b = None  # so that set_seqs sees both as new
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    # Results are cached per pair; b's index is the costly part, so callers comparing one
    # b against many a's should set b once (set_seq2) and vary a.

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._drop_results()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._drop_results()
            self.fullbcount = None
            self._index_b()

    def _drop_results(self):
        self.matching_blocks = self.opcodes = None

    def _index_b(self):
        # Map each element of b to the ascending list of its positions, then drop junk and,
        # for long sequences, elements occurring in more than 1% of b ("popular").
        b = self.b
        b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)
        self.b2j = b2j
        junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in b2j.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j = self.a, self.b, self.b2j
        isbjunk = self.bjunk.__contains__
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        besti, bestj, bestsize = alo, blo, 0
        # runs[j] = length of the match of a[..i] and b[..j] ending at i-1, j.
        runs = {}
        empty = []
        for i in range(alo, ahi):
            newruns = {}
            for j in b2j.get(a[i], empty):  # ascending positions in b
                if j >= bhi:
                    break
                if j >= blo:
                    k = newruns[j] = runs.get(j - 1, 0) + 1
                    if k > bestsize:
                        besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = newruns
        # Grow the match by equal non-junk neighbours, then by equal junk neighbours.
        while (besti > alo and bestj > blo and not isbjunk(b[bestj - 1])
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and not isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and isbjunk(b[bestj - 1])
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Merge blocks that touch end to start (every found block is non-empty):
        # end_a/end_b is where the last kept block stops in a and b.
        merged = []
        end_a = end_b = -1
        for i, j, k in found:
            if i == end_a and j == end_b:
                start_a, start_b, size = merged[-1]
                merged[-1] = (start_a, start_b, size + k)
            else:
                merged.append((i, j, k))
            end_a, end_b = i + k, j + k
        merged.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        answer = self.opcodes
        if answer is not None:
            return answer
        answer = self.opcodes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            # The gap before this block: what a has there, what b has there, or both.
            tag = _GAP_TAG.get((i < ai, j < bj))
            if tag is not None:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(("equal", ai, i, bj, j))
        return answer

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        else:
            codes = list(codes)
        # Trim leading and trailing equal runs to n elements of context.
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    def ratio(self):
        matches = sum(m[-1] for m in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                left = avail[elt]
            else:
                left = counts.get(elt, 0)
            avail[elt] = left - 1
            if left > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return a list of the best "good enough" matches."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    # word is the fixed second sequence (b is the one SequenceMatcher indexes); each
    # candidate must pass the cheap upper bounds before its real ratio is computed.
    matcher = SequenceMatcher(None, "", word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    """Produces human-readable deltas between sequences of lines of text."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == "replace":
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                g = self._dump("-", a, alo, ahi)
            elif tag == "insert":
                g = self._dump("+", b, blo, bhi)
            elif tag == "equal":
                g = self._dump(" ", a, alo, ahi)
            else:
                raise ValueError("unknown tag %r" % (tag,))
            yield from g

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield "%s %s" % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first, as CPython does.
        if bhi - blo < ahi - alo:
            first = self._dump("+", b, blo, bhi)
            second = self._dump("-", a, alo, ahi)
        else:
            first = self._dump("-", a, alo, ahi)
            second = self._dump("+", b, blo, bhi)
        yield from first
        yield from second

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75); mark their intraline
        # differences and recurse on the blocks before and after them.
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j, bj in enumerate(b[blo:bhi], blo):
            cruncher.set_seq2(bj)  # b's line is indexed once for every a line
            for i, ai in enumerate(a[alo:ahi], alo):
                if ai != bj:
                    cruncher.set_seq1(ai)
                    # Cheap upper bounds first: the full ratio only when both pass.
                    if (cruncher.real_quick_ratio() > best_ratio
                            and cruncher.quick_ratio() > best_ratio):
                        ratio = cruncher.ratio()
                        if ratio > best_ratio:
                            best_ratio, best_i, best_j = ratio, i, j
                elif eqi is None:
                    # The first identical pair is the fallback synch point.
                    eqi, eqj = i, j
        identical = best_ratio < cutoff
        if identical and eqi is None:
            # Nothing close and nothing equal: no synch point at all.
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        if identical:
            best_i, best_j = eqi, eqj
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if identical:
            yield "  " + aelt
        else:
            yield from self._qformat(aelt, belt, *self._intraline_marks(cruncher, aelt, belt))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    @staticmethod
    def _intraline_marks(cruncher, aelt, belt):
        """The guide strings under two similar lines: '^' changed, '-' only in the first,
        '+' only in the second, ' ' equal."""
        amarks, bmarks = [], []
        cruncher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            if tag not in _MARKS:
                raise ValueError("unknown tag %r" % (tag,))
            amark, bmark = _MARKS[tag]
            amarks.append(amark * (ai2 - ai1))
            bmarks.append(bmark * (bj2 - bj1))
        return "".join(amarks), "".join(bmarks)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump("-", a, alo, ahi)
        elif blo < bhi:
            yield from self._dump("+", b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        # Each line, then (when anything differs) its guide line; tabs and other
        # whitespace of the line are kept in the guide so the marks stay aligned.
        for sign, line, tags in (("- ", aline, atags), ("+ ", bline, btags)):
            yield sign + line
            guide = _keep_original_ws(line, tags).rstrip()
            if guide:
                yield "? %s\n" % guide


_line_junk = re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_line_junk):
    """Return True for ignorable line: iff `line` is blank or contains a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True for ignorable character: iff `ch` is a space or tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return "%d" % first
    if not length:
        first -= 1
    return "%d,%d" % (first, length)


def _format_range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return "%d" % first
    return "%d,%d" % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError("all arguments must be str, not: %r" % (arg,))


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """Compare two sequences of lines; generate the delta as a unified diff."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = "\t" + fromfiledate if fromfiledate else ""
            todate = "\t" + tofiledate if tofiledate else ""
            yield "--- %s%s%s" % (fromfile, fromdate, lineterm)
            yield "+++ %s%s%s" % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield "@@ -%s +%s @@%s" % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag in ("replace", "delete"):
                for line in a[i1:i2]:
                    yield "-" + line
            if tag in ("replace", "insert"):
                for line in b[j1:j2]:
                    yield "+" + line


_CONTEXT_PREFIX = {"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'',
               n=3, lineterm=b'\n'):
    """unified_diff or context_diff (dfunc) of lists of bytes, giving bytes lines.

    The bytes go through the diff as Latin-1 text (one character per byte; CPython uses
    ASCII with surrogate escapes, which Ember's strs cannot hold), so any byte values come
    back out unchanged."""
    def as_text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err
    a = [as_text(line) for line in a]
    b = [as_text(line) for line in b]
    for line in dfunc(a, b, as_text(fromfile), as_text(tofile), as_text(fromfiledate),
                      as_text(tofiledate), n, as_text(lineterm)):
        yield line.encode('latin-1')


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """Compare two sequences of lines; generate the delta as a context diff."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = "\t" + fromfiledate if fromfiledate else ""
            todate = "\t" + tofiledate if tofiledate else ""
            yield "*** %s%s%s" % (fromfile, fromdate, lineterm)
            yield "--- %s%s%s" % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield "***************" + lineterm
        yield "*** %s ****%s" % (_format_range_context(first[1], last[2]), lineterm)
        if any(g[0] in ("replace", "delete") for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield "--- %s ----%s" % (_format_range_context(first[3], last[4]), lineterm)
        if any(g[0] in ("replace", "insert") for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare a and b (lists of strings); return a Differ-style delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Generate one of the two sequences that generated a delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % which) from None
    keep = ("  ", tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
