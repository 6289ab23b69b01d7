# f(*t) iterates a tuple subclass (its __iter__ may differ), as CALL_FUNCTION_EX
# converts non-exact tuples with PySequence_Tuple; an exact tuple is passed as it is.
class Swapped(tuple):
    def __iter__(self):
        return reversed(list(tuple.__iter__(self)))


class Plain(tuple):
    pass


def show(*args, **kw):
    return args, kw


print(show(*Swapped((1, 2, 3))), [*Swapped((1, 2))], tuple(Swapped((4, 5))))
print(show(*Plain((1, 2))), show(*(3, 4), k=1), show(*Swapped(()), **{"a": 2}))
print(max(*Swapped((1, 9, 3))), "-".join(map(str, Swapped((7, 8)))))
try:
    show(*5)
except TypeError as e:
    print(e)
