# difflib: SequenceMatcher ratios/blocks/opcodes, close matches, unified/context/ndiff text, Differ
import difflib
import random

pairs = [('abcd', 'bcde'), ('', ''), ('abc', ''), ('', 'xyz'), ('qabxcd', 'abycdf'),
         ('private Thread currentThread;', 'private volatile Thread currentThread;'),
         ('the quick brown fox', 'the quack brown fax jumps'), ('aaaa', 'aa'), ('abab', 'baba')]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
    print(' ', s.get_matching_blocks())
    print(' ', s.get_opcodes())
    print(' ', s.find_longest_match(0, len(a), 0, len(b)))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(None, 'x' * 300 + 'abc', 'x' * 250 + 'abd')
print(s.bpopular, s.ratio(), s.get_opcodes())
s = difflib.SequenceMatcher(None, 'x' * 300 + 'abc', 'x' * 250 + 'abd', autojunk=False)
print(s.bpopular, s.ratio(), s.get_opcodes())
a = list(range(20))
b = a[:3] + [99] + a[4:15] + a[16:] + [100]
s = difflib.SequenceMatcher(None, a, b)
print(list(s.get_grouped_opcodes(2)))
print(list(s.get_grouped_opcodes(0)))
print(list(difflib.SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'ab', 'ab').get_grouped_opcodes()))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.size)

words = ['ape', 'apple', 'peach', 'puppy', 'apply', 'appel', 'happy']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('appel', words, n=5, cutoff=0.3))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whee', 'steel'], 2))
print(difflib.get_close_matches('zzz', words))
for n, c in [(0, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches('x', words, n, c)
    except ValueError as e:
        print('ValueError', e)

old = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n'.splitlines(True)
new = 'zero\none\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve!\nthirteen\n'.splitlines(True)
print(''.join(difflib.unified_diff(old, new, 'a.txt', 'b.txt', 'date1', 'date2')), end='')
print(''.join(difflib.unified_diff(old, new, n=1)), end='')
print(''.join(difflib.context_diff(old, new, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(old, new, n=0)), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.context_diff(['x\n'], [])))
for args in [([1], ['a']), (['a'], [b'b']), (['a'], ['b'], 5)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError', e)

d = difflib.Differ()
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(d.compare(text1, text2))
print(''.join(result), end='')
delta = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(1), 'ore\ntree\nemu\n'.splitlines(1)))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print('ValueError', e)
print(list(difflib.ndiff(['abc\n', 'same\n'], ['same\n', 'abd\n'])))
print(list(difflib.ndiff(['x\n', 'y\n'], ['p\n', 'q\n', 'r\n'])))
print(list(difflib.ndiff(['a\tb c\n'], ['a\tbxc d\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

rng = random.Random(5)
for _ in range(30):
    a = ''.join(rng.choice('abc') for _ in range(rng.randint(0, 12)))
    b = ''.join(rng.choice('abc') for _ in range(rng.randint(0, 12)))
    s = difflib.SequenceMatcher(None, a, b)
    print(a, b, s.ratio(), s.get_opcodes())
la = [rng.choice(['x\n', 'y\n', 'z\n', 'w\n']) for _ in range(30)]
lb = [rng.choice(['x\n', 'y\n', 'z\n', 'q\n']) for _ in range(25)]
print(''.join(difflib.unified_diff(la, lb)), end='')
print(''.join(difflib.ndiff(la, lb)), end='')
