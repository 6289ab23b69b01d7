# name=/obj= given by user code feed the "Did you mean" suggestion of uncaught errors.
class C:
    def method(self): pass
counter = 1
try:
    raise AttributeError("custom", name="methd", obj=C())
except AttributeError as e:
    import traceback
    print(traceback.format_exception_only(e))
try:
    raise NameError("custom", name="countr")
except NameError as e:
    print(traceback.format_exception_only(e))
raise NameError("custom2", name="countr")
