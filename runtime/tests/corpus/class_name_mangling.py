# Private name mangling, class-private attributes, and related lookups.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "single underscore"
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a.reveal(), a._protected, a.__dunder__)
print(sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
print(a._Account__balance, a._Account__secret())
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "subclass private"
    def both(self):
        return self.__balance, self._Account__balance
s = Savings(50)
print(s.both(), sorted(vars(s)))
class _Leading:
    def __m(self):
        return "class with leading underscore"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if "m" in n and n.startswith("_L")])
class __Double:
    def __m(self):
        return "double-underscore class"
    def call(self):
        return self.__m()
print(__Double().call(), [n for n in dir(__Double) if n.endswith("__m")])
class Outer:
    __x = "outer private"
    class Inner:
        __y = "inner private"
        def get(self):
            return self.__y
    def get(self):
        return self.__x, Outer.Inner._Inner__y
print(Outer().get(), Outer.Inner().get())
class Mangle:
    def set_via_setattr(self):
        setattr(self, "__hidden", 1)
        self.__visible = 2
        return sorted(vars(self))
print(Mangle().set_via_setattr())
class G:
    __cls_attr = 5
    def get(self):
        return getattr(self, "__cls_attr", "getattr does not mangle"), self.__cls_attr
print(G().get())
class Comp:
    __factor = 3
    def run(self):
        return [self.__factor * i for i in range(3)], (lambda: self.__factor)()
print(Comp().run())
