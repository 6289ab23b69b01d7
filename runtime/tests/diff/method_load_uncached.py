# Method loads the shadow code cannot cache (a class's static method called through the
# class, a callable stored on an instance, a class method through the class): the site
# leaves the adaptive form and every later rebinding is still seen.
class Strength:
    @staticmethod
    def stronger(a, b):
        return a < b
    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

class Holder:
    def __init__(self, fn):
        self.fn = fn

def other(a, b):
    return "other"

out = []
h = Holder(lambda x: x * 2)
for i in range(400):
    r = (Strength.stronger(i, 200), Strength.make(i), h.fn(i))
    if i == 150:
        Strength.stronger = staticmethod(other)
    if i == 250:
        h.fn = str
    if i == 300:
        Strength.make = classmethod(lambda cls, v: ("patched", v))
    if i % 50 == 0 or i in (151, 251, 301):
        out.append((i, r))
for x in out:
    print(x)
