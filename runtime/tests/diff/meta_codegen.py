import sys

_MISSING = object()

class attrib:
    _counter = 0
    def __init__(self, default=_MISSING, factory=None, repr=True, eq=True, converter=None):
        self.default = default
        self.factory = factory
        self.repr = repr
        self.eq = eq
        self.converter = converter
        attrib._counter += 1
        self.order = attrib._counter

def _make_fn(name, args, body, globs, locs):
    src = f"def {name}({', '.join(args)}):\n" + "\n".join("    " + line for line in body)
    ns = {}
    exec(src, globs, ns)
    fn = ns[name]
    return fn, src

def define(cls=None, *, frozen=False, slots=False):
    def wrap(cls):
        attrs = sorted(((k, v) for k, v in vars(cls).items() if isinstance(v, attrib)), key=lambda kv: kv[1].order)
        names = [k for k, _ in attrs]
        globs = {"_MISSING": _MISSING, "__builtins__": __builtins__}
        for k, a in attrs:
            globs[f"_dflt_{k}"] = a.default
            globs[f"_fact_{k}"] = a.factory
            globs[f"_conv_{k}"] = a.converter
        args = ["self"]
        body = []
        seen_default = False
        for k, a in attrs:
            if a.default is not _MISSING or a.factory is not None:
                args.append(f"{k}=_MISSING" if a.factory else f"{k}=_dflt_{k}")
                seen_default = True
            else:
                if seen_default:
                    raise TypeError(f"non-default attribute {k!r} follows default attribute")
                args.append(k)
            val = k
            if a.factory:
                body.append(f"if {k} is _MISSING: {k} = _fact_{k}()")
            if a.converter:
                val = f"_conv_{k}({k})"
            if frozen:
                body.append(f"object.__setattr__(self, {k!r}, {val})")
            else:
                body.append(f"self.{k} = {val}")
        if not body:
            body = ["pass"]
        init, src = _make_fn("__init__", args, body, globs, None)
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        ns = dict(vars(cls))
        for k in names:
            ns.pop(k)
        ns["__init__"] = init
        ns["__attrs_src__"] = src
        rfields = [k for k, a in attrs if a.repr]
        rbody = ["return f'" + cls.__qualname__ + "(" + ", ".join(f"{k}={{self.{k}!r}}" for k in rfields) + ")'"]
        ns["__repr__"], _ = _make_fn("__repr__", ["self"], rbody, globs, None)
        efields = [k for k, a in attrs if a.eq]
        tup = "(" + "".join(f"self.{k}," for k in efields) + ")"
        otup = "(" + "".join(f"other.{k}," for k in efields) + ")"
        ns["__eq__"], _ = _make_fn("__eq__", ["self", "other"],
            ["if other.__class__ is not self.__class__: return NotImplemented", f"return {tup} == {otup}"], globs, None)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"can't set {name!r}: {type(self).__name__} is frozen")
            ns["__setattr__"] = __setattr__
            ns["__delattr__"] = lambda self, name: __setattr__(self, name, None)
            ns["__hash__"], _ = _make_fn("__hash__", ["self"], [f"return hash({tup})"], globs, None)
        if slots:
            ns["__slots__"] = tuple(names)
            ns.pop("__dict__", None)
            ns.pop("__weakref__", None)
        new = type(cls)(cls.__name__, cls.__bases__, ns)
        new.__qualname__ = cls.__qualname__
        new.__attrs_attrs__ = tuple(names)
        return new
    return wrap if cls is None else wrap(cls)

@define
class Version:
    major = attrib(converter=int)
    minor = attrib(default=0, converter=int)
    tags = attrib(factory=list, eq=False)
    note = attrib(default="", repr=False)

print(Version.__attrs_src__)
v = Version("3", "11")
print(v, v == Version(3, 11, ["x"]), v == Version(3, 12), v == "3.11")
v.tags.append("stable")
print(v, Version(1).tags)
print(Version.__init__.__qualname__, [d is _MISSING for d in Version.__init__.__defaults__])
print(Version.__init__.__code__.co_varnames[:Version.__init__.__code__.co_argcount])
try:
    Version()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version(1, 2, [], "n", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version("x")
except ValueError as e:
    print(type(e).__name__, e)

@define(frozen=True, slots=True)
class Coord:
    lat = attrib(converter=float)
    lon = attrib(converter=float)

c = Coord(1, 2)
print(c, hash(c) == hash(Coord(1.0, 2.0)), Coord.__slots__, Coord.__attrs_attrs__)
print(hasattr(c, "__dict__"))
for op in ("set", "del", "new"):
    try:
        if op == "set":
            c.lat = 5
        elif op == "del":
            del c.lon
        else:
            object.__setattr__(c, "alt", 3)
    except AttributeError as e:
        print(op, type(e).__name__, e)
print({c: "here"}[Coord(1, 2)])

try:
    @define
    class Bad:
        a = attrib(default=1)
        b = attrib()
except TypeError as e:
    print(type(e).__name__, e)

# exec with separate globals/locals, and compile modes
g = {"__builtins__": __builtins__, "factor": 3}
l = {}
exec("def triple(x):\n    return x * factor\nresult = triple(7)", g, l)
print(sorted(l), l["result"], "triple" in g)
code = compile("x * 2 + y", "<expr>", "eval")
print(eval(code, {"x": 4}, {"y": 1}), code.co_filename, code.co_names)
try:
    exec(compile("1 +", "<gen>", "exec"))
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
