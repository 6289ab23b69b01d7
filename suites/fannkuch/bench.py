"""Fannkuch-redux: for every permutation of 1..n, count the prefix
reversals ("pancake flips") until 1 comes first.  Reports the maximum flip
count and the alternating checksum of the Benchmarks Game definition
(permutations in the standard rotation order)."""

import harness

N = 9
# Known answers of the Benchmarks Game problem for n = 9.
EXPECTED = (8629, 30)


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    parity = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first != 0:
            perm = perm1[:]
            flips = 0
            k = first
            while k != 0:
                # reverse perm[0..k]
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if parity == 0:
                checksum += flips
            else:
                checksum -= flips
        # next permutation in rotation order
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        parity ^= 1


def run_once():
    return fannkuch(N)


def check(result):
    harness.expect(result, EXPECTED, "(checksum, max flips)")


if __name__ == "__main__":
    harness.main("fannkuch", run_once, check=check)
