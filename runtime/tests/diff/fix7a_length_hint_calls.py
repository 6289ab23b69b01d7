# list(), tuple(), sorted() and list.extend() ask the iterable for a length hint after
# taking its iterator: a class's __len__ / __length_hint__ runs, and its errors (other
# than TypeError) come out.
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)

    def __len__(self):
        print("  __len__")
        return len(self.items)


b = Bag([3, 1, 2])
print("list", list(b))
print("tuple", tuple(b))
print("sorted", sorted(b))
acc = [0]
acc.extend(b)
print("extend", acc)
acc += b
print("iadd", acc)
print("set", set(b))
print("join", "-".join(map(str, b)))


class Hinted:
    def __iter__(self):
        return iter("ab")

    def __length_hint__(self):
        print("  __length_hint__")
        return 2


print(list(Hinted()), tuple(Hinted()))


class Abstract:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        raise NotImplementedError("size unknown")


for f in (list, tuple, sorted, [].extend, set):
    try:
        print(f(Abstract()))
    except NotImplementedError as e:
        print("NotImplementedError:", e)


class TypeErrLen:
    def __iter__(self):
        return iter([5])

    def __len__(self):
        raise TypeError("ignored")


print(list(TypeErrLen()), tuple(TypeErrLen()))


class BadHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return "x"


for f in (list, tuple):
    try:
        print(f(BadHint()))
    except TypeError as e:
        print("TypeError:", e)


class NegHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return -1


try:
    list(NegHint())
except ValueError as e:
    print("ValueError:", e)


class MyList(list):
    def __len__(self):
        print("  MyList.__len__")
        return 0


print(list(MyList([1, 2])), tuple(MyList([3])))


def gen():
    yield 1


print(list(gen()), tuple(iter([1, 2])), list(range(3)), sorted({3: 1, 1: 2}))
