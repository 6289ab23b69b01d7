# inspect: cleandoc/getdoc, get_annotations, Parameter/Signature construction and
# validation, binding and BoundArguments views, formatargvalues and getclosurevars.
import functools
import inspect
from inspect import Parameter, Signature, BoundArguments

P = Parameter


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


# cleandoc / getdoc
for doc in ['', '   ', 'one line   ', '  lead\n    a\n      b\n    c\n', '\n\n   x\n     y\n\n\n',
            'first\n\tTabbed\n\t  more', 'a\n   \n    b\n  ', '\n', 'x\n  y\n z\n', '  \n  \n']:
    print(repr(inspect.cleandoc(doc)))


class Base:
    """Base doc.

        indented detail
    """
    def method(self):
        """Base method doc."""
    @property
    def prop(self):
        """Base prop doc."""
        return 1


class Child(Base):
    def method(self):
        pass
    @property
    def prop(self):
        return 2


class NoDoc:
    pass


print(repr(inspect.getdoc(Base)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)),
      repr(inspect.getdoc(Child().method)), repr(inspect.getdoc(Child.prop)))
print(repr(inspect.getdoc(NoDoc)), repr(inspect.getdoc(NoDoc())))
print(repr(inspect.getdoc(lambda: 0)))


# get_annotations
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


LIMIT = int


@deco
def wrapped(x: 'LIMIT', y: 'list[LIMIT]' = None) -> 'str':
    pass


class Holder:
    Inner = float
    a: 'Inner'
    b: int
    c: 'LIMIT'


print(inspect.get_annotations(wrapped), inspect.get_annotations(wrapped, eval_str=True))
print(inspect.get_annotations(Holder, eval_str=True))
print(inspect.get_annotations(Holder, eval_str=True, locals={'Inner': bytes}))
print(inspect.get_annotations(Child), inspect.get_annotations(len))
show('ann bad obj', lambda: inspect.get_annotations(3))
def f_ann(a: 'nonexistent_name'): pass
show('ann eval fail', lambda: inspect.get_annotations(f_ann, eval_str=True))
class BadAnn:
    pass
BadAnn.__annotations__ = 'nope'
show('ann not dict', lambda: inspect.get_annotations(BadAnn))
part = functools.partial(wrapped, 1)
show('ann partial', lambda: inspect.get_annotations(part))
ann_copy = inspect.get_annotations(f_ann)
ann_copy['z'] = 1
print(f_ann.__annotations__)

# Parameter construction
print(P('a', P.POSITIONAL_ONLY), P('b', 1, default=3), P('c', P.KEYWORD_ONLY, annotation=int, default=None))
print(P('args', P.VAR_POSITIONAL, annotation='T'), P('kw', P.VAR_KEYWORD))
print([str(k) for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD)])
print([k.description for k in inspect._ParameterKind], int(P.KEYWORD_ONLY), P.empty is Signature.empty)
print(repr(P.empty), P.empty.__name__)
show('bad kind', lambda: P('a', 9))
show('bad kind str', lambda: P('a', 'x'))
show('var default', lambda: P('a', P.VAR_POSITIONAL, default=1))
show('kw default', lambda: P('a', P.VAR_KEYWORD, default=1))
show('no name', lambda: P(P.empty, 1))
show('name type', lambda: P(3, 1))
show('keyword name', lambda: P('class', 1))
show('bad ident', lambda: P('1a', 1))
show('implicit', lambda: P('.0', P.POSITIONAL_OR_KEYWORD))
show('implicit kind', lambda: P('.0', P.KEYWORD_ONLY))
p = P('x', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(p.name, p.kind, p.default, p.annotation, repr(p))
print(p.replace(name='y'), p.replace(default=P.empty), p.replace(kind=P.KEYWORD_ONLY, annotation=P.empty))
print(p == P('x', 1, default=1, annotation=int), p == p.replace(default=2), p != 'x', p == 3,
      hash(p) == hash(P('x', 1, default=1, annotation=int)))
show('replace bad', lambda: p.replace(kind=P.VAR_KEYWORD))

# Signature construction
ps = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
      P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY), P('m', P.KEYWORD_ONLY, default=0),
      P('kw', P.VAR_KEYWORD)]
sig = Signature(ps, return_annotation=list)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
print(Signature(), Signature([P('k', P.KEYWORD_ONLY)]), Signature([P('a', P.POSITIONAL_ONLY)]))
print(Signature([P('a', P.POSITIONAL_ONLY), P('k', P.KEYWORD_ONLY)]))
show('order', lambda: Signature([P('k', P.KEYWORD_ONLY), P('a', P.POSITIONAL_ONLY)]))
show('order2', lambda: Signature([P('kw', P.VAR_KEYWORD), P('args', P.VAR_POSITIONAL)]))
show('default order', lambda: Signature([P('a', 1, default=1), P('b', 1)]))
show('default order posonly', lambda: Signature([P('a', 0, default=1), P('b', 1)]))
print(Signature([P('a', 1, default=1), P('k', P.KEYWORD_ONLY)]))
show('dup', lambda: Signature([P('a', 0), P('a', 1)]))
print(Signature([P('a', 1), P('k', 3), P('j', 3)]) == Signature([P('a', 1), P('j', 3), P('k', 3)]))
print(Signature([P('a', 1), P('b', 1)]) == Signature([P('b', 1), P('a', 1)]), sig == sig.replace(),
      sig == sig.replace(return_annotation=int), hash(sig) == hash(sig.replace()))
print(sig.replace(parameters=[]), sig.replace(return_annotation=Signature.empty))

# binding
def target(a, /, b, c=3, *rest, d, e=5, **extra):
    pass
s = inspect.signature(target)
for args, kwargs in [((1, 2), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'z': 9}), ((1,), {'b': 2, 'd': 1}),
                     ((1, 2), {'d': 4, 'e': 6, 'c': 7})]:
    ba = s.bind(*args, **kwargs)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(' ', ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1,), {'a': 1, 'b': 2, 'd': 3}),
                     ((1, 2), {'b': 3, 'd': 4})]:
    show('bind %r %r' % (args, kwargs), lambda: s.bind(*args, **kwargs))
ba = s.bind_partial(1, e=3)
print(ba, ba.args, ba.kwargs)
def simple(a, b=2, *, c):
    pass
ss = inspect.signature(simple)
show('too many', lambda: ss.bind(1, 2, 3))
show('unexpected', lambda: ss.bind(1, c=2, zz=3))
show('multiple', lambda: ss.bind(1, a=2, c=3))
show('missing c', lambda: ss.bind(1))
bp = ss.bind_partial(b=5)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)
b1 = ss.bind(1, c=2)
b2 = ss.bind(1, c=2)
print(b1 == b2, b1 == ss.bind(2, c=2), b1 == 'x', b1.signature is ss)
def varpos(*args, **kw):
    pass
bv = inspect.signature(varpos).bind(1, 2, x=3)
print(bv, bv.args, bv.kwargs)
bv.apply_defaults()
bv2 = inspect.signature(varpos).bind()
bv2.apply_defaults()
print(bv2, bv2.args, bv2.kwargs)
bb = inspect.signature(target).bind(1, 2, d=4)
del bb.arguments['b']
print(bb.args, bb.kwargs)

# formatargvalues / getargvalues / getclosurevars
def frame_user(a, b=2, *more, **opts):
    return inspect.getargvalues(inspect.currentframe())
info = frame_user(1, 3, 4, x=5)
print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.formatargvalues(*info))
print(inspect.formatargvalues(['q'], None, None, {'q': 'v'}, formatvalue=lambda v: ':' + str(v)))
print(inspect.formatargvalues([], 'va', 'kw', {'va': (), 'kw': {}}, formatvarargs=lambda n: '@' + n,
                              formatvarkw=lambda n: '&' + n))
GLOBAL_X = 10
def outer():
    cell = 5
    def inner(arg):
        return cell + GLOBAL_X + len(arg) + undefined_thing + arg.attr
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
class M:
    def meth(self):
        return GLOBAL_X, print
print(inspect.getclosurevars(M().meth))
show('closurevars builtin', lambda: inspect.getclosurevars(len))
show('closurevars none', lambda: inspect.getclosurevars(None))
print(inspect.getargs(target.__code__))
show('getargs', lambda: inspect.getargs(None))
