# Attributes and constructor forms of the built-in exceptions made by user code.
e = AttributeError('x'); print(e.name, e.obj, e.args)
e = AttributeError('x', name='n', obj=3); print(e.name, e.obj, e.args, str(e))
e = NameError('x'); print(e.name, e.args)
e = NameError('x', name='nm'); print(e.name)
try:
    undefined_thing
except NameError as ex:
    print(repr(ex.name))
try:
    (1).nope
except AttributeError as ex:
    print(ex.name, ex.obj)
e = ImportError('m'); print(e.name, e.path, e.msg, e.args, str(e))
e = ImportError('m', name='pkg', path='/p'); print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ImportError(); print(e.msg, str(e), repr(e))
e = ImportError('a', 'b'); print(e.msg, str(e))
e = ModuleNotFoundError('mm', name='q'); print(e.name, e.msg, repr(e))
try:
    ImportError('m', bogus=1)
except TypeError as t:
    print("TE", t)
try:
    import no_such_module_xyz
except ImportError as ie:
    print(ie.name, ie.path, ie.msg)
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), str(KeyError(1)), repr(KeyError('k')), str(KeyError(('t',))))
s = StopIteration(); print(s.value, s.args)
s = StopIteration(5); print(s.value)
s = StopIteration(5, 6); print(s.value)
s = StopAsyncIteration(5); print(s.args)
o = OSError(2, 'No such file'); print(o.errno, o.strerror, o.filename, o.filename2, str(o), type(o).__name__, o.args)
o = OSError(2, 'No such file', 'f.txt'); print(o.errno, o.strerror, o.filename, str(o), type(o).__name__, o.args)
o = OSError(2, 'No such file', 'f.txt', None, 'g.txt'); print(str(o), o.filename2, o.args)
o = OSError('just msg'); print(o.errno, o.strerror, str(o))
o = OSError(1, 2, 3, 4, 5, 6); print(o.errno, o.strerror, o.filename, o.args, str(o))
o = OSError(); print(o.errno, str(o), repr(o))
o = OSError(13, 'Perm'); print(type(o).__name__, repr(o))
o = OSError(17, 'exists', 'x'); print(type(o), isinstance(o, FileExistsError))
o = FileNotFoundError(2, 'nf', 'x'); print(o.errno, str(o))
o = OSError(2, 'nf'); o.errno = 5; print(o.errno, o.args)
print(OSError(110, 't').__class__.__name__, OSError(11, 'x').__class__.__name__)
se = SyntaxError('msg'); print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.print_file_and_line, str(se))
se = SyntaxError('msg', ('f.py', 3, 4, 'x = 1\n', 3, 6)); print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se), se.args)
se = SyntaxError('msg', ('f.py', 3, 4, 'x = 1\n')); print(se.end_lineno, se.end_offset, str(se))
se = SyntaxError('m', ('f.py', None, None, None)); print(str(se))
se = SyntaxError('m', (None, 5, None, None)); print(str(se))
try:
    SyntaxError('m', (1, 2))
except Exception as x:
    print(type(x).__name__, x)
se = SyntaxError(); print(se.msg, str(se), repr(se))
se = IndentationError('bad', ('g.py', 1, 1, ' x', 1, 2)); print(str(se), se.filename)
try:
    compile("x = = 1", "h.py", "exec")
except SyntaxError as sx:
    print(sx.msg, sx.filename, sx.lineno, sx.offset, repr(sx.text), sx.end_lineno, sx.end_offset, sx.args)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'); print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
print(BaseException().args, str(BaseException('a', 1)), repr(BaseException('a', 1)))
ex = ValueError(1); ex.add_note("n1"); print(ex.__notes__)
try:
    ex.add_note(3)
except TypeError as t:
    print(t)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyboardInterrupt.__mro__)
e = AttributeError('x'); e.name = 'set'; print(e.name)
e = NameError(); e.name = 'nn'; print(e.name, e.args)
try:
    NameError('x', obj=1)
except TypeError as t:
    print(t)
e = ImportError('m'); e.msg = 'changed'; print(str(e), e.args)
class MyImp(ImportError):
    pass
print(MyImp('q', name='n').name, str(MyImp('q', path='p')))
try:
    raise ImportError("bad", name="nm", path="/x")
except ImportError as ie:
    print(ie.name, ie.path, ie.msg)
try:
    compile("if x:\npass", "ind.py", "exec")
except IndentationError as ie:
    print(type(ie).__name__, ie.args, ie.msg, ie.lineno, ie.offset, repr(ie.text))
