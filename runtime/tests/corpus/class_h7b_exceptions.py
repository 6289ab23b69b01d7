class E1(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = E1(1, 2); print(repr(e), str(e), e.args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(f'{a}-{b}'); self.a = a
e = E2(1, 2); print(repr(e), str(e), e.args)
class E3(Exception):
    def __new__(cls, *a): 
        inst = super().__new__(cls, 'from-new'); return inst
    def __init__(self, *a): pass
print(repr(E3(1, 2)), E3(5).args)
class E4(ValueError):
    def __str__(self): return 'custom-str'
print(repr(E4('x')), str(E4('x')), f'{E4("y")}', [E4('z')])
class E5(KeyError): pass
print(str(E5('k')), str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()), repr(KeyError('k')))
print(str(OSError(2, 'nf')), str(OSError(2, 'nf', 'f.txt')), OSError(2, 'x').errno, type(OSError(2, 'x')).__name__, str(FileNotFoundError(2, 'No such', 'a', None, 'b')))
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')), str(SyntaxError('m', ('f', 1, 2, 't'))), StopIteration(5).value, str(SystemExit(3)), SystemExit(3).code)
import pickle, copy
e = E2(1, 2)
try: e2 = pickle.loads(pickle.dumps(e))
except TypeError as ex: print('TE', ex)
e1c = copy.copy(E1(3, 4)); print(type(e1c).__name__, getattr(e1c, 'a', None))
class WithAttrs(Exception):
    pass
w = WithAttrs('m'); w.extra = 5
w2 = pickle.loads(pickle.dumps(w)); print(w2.args, w2.extra)
try:
    raise E1(1, 2)
except E1 as ex:
    print(ex.a, ex.__traceback__ is not None, ex.__class__.__mro__[1].__name__)
print(BaseException.__subclasses__()[:0], issubclass(E5, LookupError), isinstance(E4(), Exception))
e = Exception('a', 1); e.args = ('changed',); print(e, repr(e))
e = Exception(); print(repr(e), str(e), e.args)
try:
    raise TypeError
except TypeError as ex:
    print(repr(ex), ex.args)
class Ctx(Exception):
    pass
try:
    try:
        raise Ctx('first')
    except Ctx:
        raise ValueError('second') from None
except ValueError as ex:
    print(ex.__cause__, ex.__suppress_context__, repr(ex.__context__))
e = ValueError('x'); e.__cause__ = KeyError('c'); print(e.__suppress_context__)
print(ExceptionGroup('g', [E4('a')]).exceptions, repr(ExceptionGroup('g', [E4('a')])))
