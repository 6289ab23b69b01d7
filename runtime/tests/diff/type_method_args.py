# A class's argument-less methods called with arguments (named after the class).
class A:
    pass


class B(A):
    pass


for f in [lambda: A.mro(1), lambda: B.mro(1, 2), lambda: A.mro(x=1),
          lambda: A.__subclasses__(1), lambda: B.__subclasses__(k=2)]:
    try:
        f()
    except TypeError as e:
        print(e)
print([k.__name__ for k in B.mro()], [k.__name__ for k in A.__subclasses__()])
