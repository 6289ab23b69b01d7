# The name/obj of an AttributeError met on a method call (LOAD_METHOD), as CPython's
# _PyObject_GetMethod sets them: an error raised by a descriptor on a plain class passes
# unchanged; a plain miss, and an error from __getattr__, get the lookup's name and obj.
class Prop:
    @property
    def broken(self):
        raise AttributeError('inner failure')

class Hook:
    def __getattr__(self, n):
        raise AttributeError('from hook')

class Slots:
    __slots__ = ('a',)

def show(f):
    try:
        f()
    except AttributeError as e:
        print(repr(e.args[0]), e.name, type(e.obj).__name__)

show(lambda: Prop().broken())
show(lambda: Prop().broken)
show(lambda: Prop().missing())
show(lambda: Hook().thing())
show(lambda: Hook().thing)
show(lambda: Slots().a())
show(lambda: Slots().b())
show(lambda: (1).nope())
for i in range(3):
    show(lambda: Prop().broken())
