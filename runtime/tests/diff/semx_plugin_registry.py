"""Plugin system: metaclass registry, __init_subclass__ hooks, abstract bases."""
import abc


class RegistryMeta(abc.ABCMeta):
    registries = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["_declared_order"] = []
        return ns

    def __new__(mcs, name, bases, ns, *, kind=None, **kw):
        order = [k for k in ns if not k.startswith("_")]
        cls = super().__new__(mcs, name, bases, dict(ns), **kw)
        cls._declared_order = order
        if kind is not None:
            bucket = mcs.registries.setdefault(kind, {})
            if name in bucket:
                raise TypeError(f"duplicate {kind} plugin {name!r}")
            bucket[name] = cls
        cls.kind = kind or getattr(cls, "kind", None)
        return cls

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.created_by = cls.__name__
        return inst

    def __iter__(cls):
        return iter(sorted(RegistryMeta.registries.get(cls.kind, {})))

    def __repr__(cls):
        return f"<plugin class {cls.__qualname__} kind={cls.kind}>"


class Plugin(metaclass=RegistryMeta):
    priority = 0

    def __init_subclass__(cls, /, priority=None, **kw):
        super().__init_subclass__(**kw)
        if priority is not None:
            cls.priority = priority
        hooks = [n for n in vars(cls) if n.startswith("on_")]
        cls.hooks = sorted(set(getattr(cls, "hooks", [])) | set(hooks))

    @abc.abstractmethod
    def run(self, data):
        ...

    @property
    @abc.abstractmethod
    def label(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}(prio={self.priority})"


class Exporter(Plugin, kind="export"):
    ext = None

    def on_start(self):
        return "start"

    @property
    def label(self):
        return f"export to .{self.ext}"


class CsvExporter(Exporter, kind="export", priority=5):
    ext = "csv"

    def run(self, data):
        return "\n".join(",".join(map(str, row)) for row in data)

    def on_finish(self):
        return "finish"


class JsonExporter(Exporter, kind="export", priority=1):
    ext = "json"

    def run(self, data):
        return repr([list(r) for r in data])


class Filter(Plugin, kind="filter"):
    pass


class DropEmpty(Filter, kind="filter", priority=9):
    def run(self, data):
        return [r for r in data if any(r)]

    label = "drop empty rows"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "-> error:", type(e).__name__, e)


rows = [(1, 2), (0, 0), (3, 4)]
print(sorted((k, sorted(v)) for k, v in RegistryMeta.registries.items()))
print(list(Exporter), list(Filter), list(Plugin))
print(repr(CsvExporter), CsvExporter._declared_order, Plugin._declared_order)
print([(c.__name__, c.priority, c.hooks) for c in (Exporter, CsvExporter, JsonExporter, DropEmpty)])
attempt("abstract Plugin", lambda: Plugin())
attempt("abstract Exporter", lambda: Exporter())
attempt("abstract Filter", lambda: Filter())
attempt("abstractmethods", lambda: sorted(Exporter.__abstractmethods__))
attempt("Drop abstract", lambda: sorted(DropEmpty.__abstractmethods__))
pipeline = sorted([DropEmpty(), CsvExporter(), JsonExporter()], key=lambda p: -p.priority)
print(pipeline, [p.created_by for p in pipeline])
data = rows
for p in pipeline:
    if isinstance(p, Filter):
        data = p.run(data)
        print(p.label, "->", data)
    else:
        print(p.label, "->", repr(p.run(data)))
attempt("duplicate", lambda: RegistryMeta("CsvExporter", (Exporter,), {"run": lambda s, d: d}, kind="export"))
attempt("bad kw", lambda: RegistryMeta("Odd", (Plugin,), {}, colour="red"))


class Loose(Plugin, priority=2):
    def run(self, data):
        return len(data)

    label = "loose"


print(Loose.kind, Loose.priority, Loose().run(rows), isinstance(Loose(), Plugin), type(Loose).__name__)


class Duck:
    def run(self, data):
        return None

    label = "duck"


Plugin.register(Duck)
print(isinstance(Duck(), Plugin), issubclass(Duck, Exporter), Duck.__mro__[-1].__name__)
attempt("register non-class", lambda: Plugin.register(3))
print(type(Plugin).__mro__[1].__name__, RegistryMeta.__instancecheck__(Plugin, Duck()))
attempt("iter plain", lambda: iter(Duck))
print(sorted(k for k in vars(CsvExporter) if not k.startswith("__")))
