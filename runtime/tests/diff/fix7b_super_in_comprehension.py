# Zero-argument super() inside a comprehension or generator expression of a method:
# in 3.11 the comprehension is a function whose first argument is its iterator, so
# super() is super(__class__, <iterator>) and raises TypeError (3.12 inlines them).
class A:
    def name(self):
        return 'A'
class B(A):
    def in_listcomp(self):
        try:
            return [super().name() for _ in range(2)]
        except TypeError as e:
            return 'TypeError: ' + str(e)
    def in_genexp(self):
        try:
            return list(super().name() for _ in range(2))
        except TypeError as e:
            return 'TypeError: ' + str(e)
    def in_dictcomp(self):
        try:
            return {k: super().name() for k in 'ab'}
        except TypeError as e:
            return 'TypeError: ' + str(e)
    def outside(self):
        s = super()
        return [s.name() for _ in range(2)]
    def explicit(self):
        return [super(B, self).name() for _ in range(2)]
    def lam(self):
        try:
            return (lambda: super().name())()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
    def lam_arg(self):
        try:
            return (lambda x: super().name())(5)
        except TypeError as e:
            return 'TypeError: ' + str(e)
b = B()
for _ in range(120):
    r = (b.in_listcomp(), b.in_genexp(), b.in_dictcomp(), b.outside(), b.explicit(), b.lam(), b.lam_arg())
for x in r:
    print(x)
