# Behaviours Ember does not match yet (listed in KNOWN_FAILURES.txt; see the notes).
# 1. f(*t) with a tuple subclass that overrides __iter__: CPython iterates it
#    (CALL_FUNCTION_EX converts non-exact tuples with PySequence_Tuple).
class Swapped(tuple):
    def __iter__(self):
        return reversed(list(tuple.__iter__(self)))
def show(*args):
    return args
print(show(*Swapped((1, 2, 3))), [*Swapped((1, 2))], tuple(Swapped((4, 5))))

# 2. A dict whose keys change (same size) while it is iterated.
d = {"a": 1, "b": 2}
it = iter(d)
next(it)
del d["a"]
d["c"] = 3
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError", e)

# 3. A frame stays alive (and its locals with it) while its exception is handled.
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)
def work():
    r = Res(1)
    raise ValueError("failed")
try:
    work()
except ValueError:
    print("handling")
print("handled")
