# staticmethod/classmethod objects: __dict__ (filled from the wrapped callable), attributes,
# __wrapped__/__func__, repr; super's __thisclass__/__self__/__self_class__; slot wrapper reprs.
import re


def clean(s):
    return re.sub(r"0x[0-9a-fA-F]+", "0x?", s)


def t(f):
    try:
        print(clean(repr(f())))
    except Exception as e:
        print(type(e).__name__, clean(str(e)))


def f(x):
    "doc of f"


sm = staticmethod(f)
cm = classmethod(f)
t(lambda: repr(sm))
t(lambda: repr(cm))
t(lambda: sorted(sm.__dict__.items(), key=lambda kv: kv[0]))
t(lambda: sorted(cm.__dict__))
t(lambda: (sm.__wrapped__ is f, cm.__wrapped__ is f, sm.__func__ is f, cm.__func__ is f))
t(lambda: (sm.__name__, sm.__qualname__, sm.__doc__, cm.__module__))
sm.extra = 5
t(lambda: (sm.extra, "extra" in sm.__dict__))
sm.__dict__ = {"a": 1}
t(lambda: (sm.a, vars(sm)))
t(lambda: sorted(staticmethod(lambda: 0).__dict__))
t(lambda: repr(classmethod(None)))
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
t(lambda: staticmethod(f, x=1))


class S(staticmethod):
    pass


t(lambda: repr(S(f)))
t(lambda: S(f).__dict__["__name__"])


class C:
    def __new__(cls):
        return super().__new__(cls)

    @staticmethod
    def g():
        return "g"


t(lambda: C.__dict__["__new__"].__dict__)
t(lambda: (C.g(), C().g(), C.__dict__["g"].__name__))


class A:
    def who(self):
        return super()


class B(A):
    pass


s = B().who()
t(lambda: (s.__thisclass__, type(s.__self__), s.__self_class__))
s2 = super(A, B)
t(lambda: (s2.__thisclass__, s2.__self__, s2.__self_class__))
s3 = super(A)
t(lambda: (s3.__thisclass__, s3.__self__, s3.__self_class__))

t(lambda: repr(object.__new__))
t(lambda: repr(int.__new__))
t(lambda: repr(int.__add__))
t(lambda: repr(object.__init__))
t(lambda: repr(list.__len__))
t(lambda: repr(list.__getitem__))
t(lambda: repr(dict.__contains__))
t(lambda: repr(str.__contains__))
t(lambda: repr(int.__format__))
t(lambda: repr((1).__add__))
t(lambda: repr([].__len__))
t(lambda: repr([].__getitem__))
t(lambda: repr((1).__format__))
t(lambda: repr([].append))
t(lambda: repr(len))
