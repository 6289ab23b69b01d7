# getattr/setattr/hasattr/delattr/vars/dir on user classes and instances.
class Config:
    debug = False
    level = 1
    def method(self):
        return "method"
c = Config()
print(getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "level"), getattr(c, "method")())
setattr(c, "debug", True)
setattr(c, "new_attr", [1, 2])
print(c.debug, Config.debug, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "new_attr"))
print(vars(c), sorted(k for k in vars(Config) if not k.startswith("__")))
delattr(c, "debug")
print(c.debug, vars(c))
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(c) if not n.startswith("_")], [n for n in dir(Config) if not n.startswith("_")])
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "method" in dir(Config))
class Base:
    base_attr = 1
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(Child()) if not n.startswith("__")])
class Dynamic:
    def __getattr__(self, name):
        return f"dynamic:{name}"
dy = Dynamic()
print(getattr(dy, "anything"), hasattr(dy, "whatever"), dy.x, getattr(dy, "y", "unused default"))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
for name in ["a", "b", "c"]:
    setattr(Config, name, name.upper())
print(Config.a, Config.b, c.c)
print(getattr([1, 2], "append").__name__, hasattr("", "upper"), hasattr(1, "real"), getattr(1, "imag"))
obj = type("Obj", (), {})()
obj.__dict__["direct"] = "via dict"
print(obj.direct, vars(obj))
print(sorted(dir(object()))[:5], len(dir(1)) > 50)
print(dir(Config())[-3:])
class Empty:
    pass
print(dir(Empty()))
