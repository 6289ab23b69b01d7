# Class and instance namespaces: mutation after creation, monkeypatching, __dict__ views.
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
d = Dog()
print(d.speak())
Dog.sound = "WOOF"
print(d.speak())
Animal.speak = lambda self: f"patched: {self.sound}"
print(d.speak(), Animal().speak())
def fetch(self, item="ball"):
    return f"fetched {item}"
Dog.fetch = fetch
print(d.fetch(), d.fetch("stick"))
d.fetch = lambda: "instance attribute shadows method"
print(d.fetch(), Dog.fetch(d))
del d.fetch
print(d.fetch())
print(type(Dog.__dict__).__name__, "sound" in Dog.__dict__, "speak" in Dog.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith("__")))
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
setattr(Dog, "legs", 4)
print(d.legs, getattr(Dog, "legs"), hasattr(Animal, "legs"))
delattr(Dog, "legs")
print(hasattr(d, "legs"))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
obj = Dog()
obj.__dict__.update({"name": "rex", "age": 3})
print(obj.name, obj.age, vars(obj))
obj.__class__ = Animal
print(type(obj).__name__, obj.speak())
class Cat(Animal):
    sound = "meow"
obj.__class__ = Cat
print(obj.speak())
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError", e)
Dog.__name__ = "Hound"
print(Dog.__name__, Dog().speak() if False else "renamed", Dog.__qualname__)
methods = {}
for name in ["alpha", "beta"]:
    def make(n):
        return lambda self: f"{n}!"
    methods[name] = make(name)
Dynamic = type("Dynamic", (), methods)
print(Dynamic().alpha(), Dynamic().beta())
class Slotted:
    __slots__ = ("a",)
try:
    Slotted().__dict__
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(Slotted).keys() - {"__module__", "__doc__", "__slots__", "a"}))
