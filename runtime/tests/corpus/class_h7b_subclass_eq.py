class CI(str):
    def __eq__(self, o): return isinstance(o, str) and self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
    def __ne__(self, o): return not self == o
d = {CI('Key'): 1}
print(d.get('key'), d.get(CI('KEY')), CI('a') in {'A': 1}, CI('A') in ['a'], ['a'].index(CI('A')), 'a' == CI('A'), CI('A') == 'a', {CI('x'), CI('X')}, 'key' in d)
d2 = {'key': 1}
print(d2.get(CI('KEY')), CI('KEY') in d2, CI('key') in d2)
class LoudInt(int):
    def __eq__(self, o): return True
    def __hash__(self): return 0
print({LoudInt(5): 'v'}.get(0), 3 == LoudInt(4), LoudInt(4) == 3, [1, 2].count(LoudInt(9)), LoudInt(1) in [7], (1, 2) == (LoudInt(8), LoudInt(9)), [LoudInt(3)] == [4])
print({0: 'zero'}.get(LoudInt(7)), {0: 'zero'}.get(LoudInt(0)))
class RevStr(str):
    def __lt__(self, o): return str.__gt__(self, o)
    def __gt__(self, o): return str.__lt__(self, o)
print(sorted([RevStr('a'), RevStr('c'), RevStr('b')]), max(RevStr('a'), RevStr('b')), min([RevStr('x'), RevStr('y')]))
print(sorted(['a', RevStr('c'), 'b']))
class Radd(int):
    def __radd__(self, o): return 'Radd.__radd__'
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
    def __rlt__(self, o): return 'never'
    def __gt__(self, o): return 'Radd.__gt__'
print(1 + Radd(2), 1 - Radd(2), 3 * Radd(1), 1 < Radd(5), Radd(5) + 1, sum([1, Radd(2)]))
class FSub(float):
    def __radd__(self, o): return 'FSub.radd'
    def __eq__(self, o): return 'FSub.eq'
print(1.0 + FSub(2), 1 + FSub(2), 1.0 == FSub(1), 2 == FSub(3))
class LSub(list):
    def __radd__(self, o): return 'LSub.radd'
    def __eq__(self, o): return 'LSub.eq'
print([1] + LSub([2]), [1] == LSub([1]), (1,) + (2,))
class TSub(tuple):
    def __hash__(self): return 42
    def __eq__(self, o): return True
print({(1, 2): 'a'}.get(TSub((9,))), hash(TSub((1,))), {TSub((1,)): 1}.get(TSub(())))
class StrKey(str):
    pass
sk = StrKey('abc')
print({'abc': 1}[sk], {sk: 2}['abc'], sk == 'abc', hash(sk) == hash('abc'))
class Hash0(str):
    def __hash__(self): return 0
h = Hash0('abc')
print({h: 'v'}.get('abc'), {'abc': 'v'}.get(h), h in {'abc'}, 'abc' in {h})
