# reversed() of a __getitem__ sequence takes its length from __len__: a missing or failing
# __len__ reports its own error, not "not reversible".
class S:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Sized(S):
    def __len__(self):
        return 3


class Raises(S):
    def __len__(self):
        raise ValueError("no length today")


class Str(S):
    def __len__(self):
        return "3"


class Neg(S):
    def __len__(self):
        return -2


class NoneRev(Sized):
    __reversed__ = None


class D(dict):
    pass


for obj in (S(), Sized(), Raises(), Str(), Neg(), NoneRev(), D(a=1), {1: 2}, 5, "abc", [1, 2]):
    try:
        print(type(obj).__name__, list(reversed(obj)))
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)
