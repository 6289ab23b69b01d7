# inspect: predicates, getmembers/getmro, getdoc/cleandoc, signature rendering and binding
import functools
import inspect
import sys
import typing


def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 3, **kw) -> list:
    """Doc line.

        indented more
    back
    """


def g(x, y=None):
    yield x


async def co(): pass


async def agen():
    yield 1


def plain(): pass


def kwonly(*, a, b=2): pass


def ann(a: typing.Optional[int], b: list[int], c: 'Foo' = None) -> typing.Dict[str, int]: pass


class Base:
    """Base doc."""
    attr = 1

    def __init__(self, x, y=5):
        self.x = x

    def method(self, p, *rest):
        """Method doc."""

    @classmethod
    def cm(cls, q): pass

    @staticmethod
    def sm(r, s=1): pass

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, p, *rest): pass


class WithNew:
    def __new__(cls, a, *, b=1):
        return super().__new__(cls)


class Callable:
    def __call__(self, v, w=3): pass


class Empty:
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(m, n=1): pass


objs = [f, g, co, agen, plain, Base, Base(1).method, Base.method, Base.cm, Base.sm, len, [].append,
        str.join, inspect, Base.prop, Base.__dict__['prop'], g(1), 1, Callable(), lambda: 0]
preds = ['isclass', 'isfunction', 'ismethod', 'isgenerator', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isbuiltin', 'isroutine', 'ismodule',
         'isdatadescriptor', 'isabstract', 'iscoroutine', 'isasyncgen']
for name in preds:
    pred = getattr(inspect, name)
    print(name, [int(bool(pred(o))) for o in objs])
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isgeneratorfunction(functools.partial(g, 1)), inspect.iscoroutinefunction(Base.method))

for fn in [f, g, co, plain, kwonly, ann, Base, Child, WithNew, Callable, Callable(), Empty,
           Base(1).method, Base.method, Base.cm, Base.sm, wrapped, lambda x, *y: 0,
           functools.partial(f, 1, 2, d=4), functools.partial(Base.sm, s=2),
           functools.partial(g, y=3)]:
    try:
        s = inspect.signature(fn)
        print(s, repr(s))
        print('  ', [(p.name, str(p.kind), p.kind.description, p.default is p.empty) for p in s.parameters.values()],
              s.return_annotation)
    except Exception as e:
        print(type(e).__name__, e)
for fn in [1, 'x']:
    try:
        inspect.signature(fn)
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.signature(wrapped, follow_wrapped=False))

sig = inspect.signature(f)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'z': 9}), ((), {}),
                     ((1,), {'b': 2, 'd': 1}), ((1,), {}), ((1,), {'c': 1, 'd': 2})]:
    try:
        ba = sig.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(ba)
    except TypeError as e:
        print('TypeError', e)
sig2 = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'x': 2}), ((), {'q': 1}), ((), {'y': 2})]:
    try:
        print(sig2.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
print(sig2.bind_partial(y=1))

P = inspect.Parameter
params = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
          P('c', P.KEYWORD_ONLY, annotation=int), P('k', P.VAR_KEYWORD)]
s = inspect.Signature(params, return_annotation=str)
print(s, s.replace(return_annotation=inspect.Signature.empty))
print(repr(params[1]), params[2], params[1].replace(name='bb', default=None))
print(P('x', P.POSITIONAL_OR_KEYWORD) == P('x', P.POSITIONAL_OR_KEYWORD), s == inspect.Signature(params, return_annotation=str))
for bad in [lambda: P(1, P.POSITIONAL_ONLY), lambda: P('1a', P.POSITIONAL_ONLY), lambda: P('def', P.KEYWORD_ONLY),
            lambda: P('a', 9), lambda: P('a', P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(P.empty, inspect.Signature.empty is inspect.Parameter.empty, int(P.KEYWORD_ONLY))

print(inspect.getmro(Child))
print([n for n, v in inspect.getmembers(Child) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Base(1), lambda v: isinstance(v, int)))
print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(plain)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n  x\n  y')))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(Base.method))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.get_annotations(f), inspect.get_annotations(Empty))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation(typing.List[int]), inspect.formatannotation('x'))
for o in [len, 1, sys]:
    try:
        inspect.getsource(o)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(inspect.getsource(plain), end='')
print(inspect.getsource(Base.method), end='')
print(inspect.getsourcelines(kwonly)[1])
print(inspect.getsource(Callable), end='')
print(inspect.getsource(wrapped), end='')
print(inspect.getfile(plain).endswith('stdlib_inspect.py'), inspect.getmodule(plain).__name__)
