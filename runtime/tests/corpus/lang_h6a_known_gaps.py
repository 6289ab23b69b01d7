# Behaviours Ember does not match yet (listed in KNOWN_FAILURES.txt; see the notes).
# Two of its gaps are fixed since: f(*t) of a tuple subclass (diff/call_ex_tuple_subclass)
# and a dict whose keys change at the same size (diff/dict_iter_keys_changed).
# A frame stays alive (and its locals with it) while its exception is handled.
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
