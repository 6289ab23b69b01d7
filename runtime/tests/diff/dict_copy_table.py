# dict.copy() and dict(d) of a dict: the copy has the same items in the same order,
# with deleted entries gone, colliding hashes kept apart, no __hash__ called on the keys
# (and no __eq__ by copy()); the copy is independent of the original.
class Key:
    eq_calls = 0
    hash_calls = 0

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        Key.hash_calls += 1
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


keys = [Key(f"k{i}", i % 3) for i in range(9)]
d = {k: i for i, k in enumerate(keys)}
del d[keys[4]]
d[-1] = "minus one"
d[-2] = "minus two"  # hash(-1) == hash(-2)
Key.eq_calls = Key.hash_calls = 0
c1 = d.copy()
print(Key.eq_calls, Key.hash_calls)
c2 = dict(d)
print(Key.hash_calls)
print(list(c1.items()) == list(d.items()), list(c2) == list(d))
print(c1[keys[7]], c2[-1], c2[-2], keys[4] in c1)
c1[keys[0]] = "changed"
del c2[keys[1]]
print(d[keys[0]], keys[1] in d, len(d), len(c1), len(c2))

big = {i: str(i) for i in range(2000)}
for i in range(0, 2000, 2):
    del big[i]
copy = big.copy()
copy[5000] = "x"
print(len(big), len(copy), list(copy)[:3], list(copy)[-2:], sum(copy) - 5000 == sum(big))

nested = {"a": [1, 2], "b": {"c": 3}}
shallow = dict(nested)
shallow["a"].append(3)
shallow["b"] = None
print(nested, shallow)


class Sub(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))

    def keys(self):
        return list(self.__iter__())


s = Sub(x=1, y=2, z=3)
print(type(s.copy()).__name__, dict(s), list(dict(s)))
print(dict({}, a=1), dict(d, extra=0)[-2], {}.copy() == {})
