"""Object registries and caches built on weakref."""
import gc
import weakref


class Texture:
    loaded = 0

    def __init__(self, name, size):
        self.name = name
        self.size = size
        Texture.loaded += 1

    def __repr__(self):
        return f"Texture({self.name!r}, {self.size})"


class TextureCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
        self.hits = 0
        self.misses = 0

    def get(self, name):
        tex = self._cache.get(name)
        if tex is None:
            self.misses += 1
            tex = Texture(name, len(name) * 64)
            self._cache[name] = tex
        else:
            self.hits += 1
        return tex

    def alive(self):
        return sorted(self._cache.keys())


cache = TextureCache()
grass = cache.get("grass")
stone = cache.get("stone")
again = cache.get("grass")
print(grass is again, cache.alive(), cache.hits, cache.misses)
del grass, again
print(cache.alive())
print(cache.get("grass"), cache.alive(), Texture.loaded)
sky = cache.get("sky")
print(cache.alive(), len(cache._cache), "sky" in cache._cache)
del stone
print(cache.alive(), cache.hits, cache.misses)


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Widget {self.name}>"


class Metadata:
    def __init__(self):
        self._data = weakref.WeakKeyDictionary()

    def tag(self, obj, **tags):
        self._data.setdefault(obj, {}).update(tags)

    def tags(self, obj):
        return self._data.get(obj, {})

    def __len__(self):
        return len(self._data)


meta = Metadata()
w1, w2, w3 = Widget("ok"), Widget("cancel"), Widget("help")
meta.tag(w1, color="green")
meta.tag(w2, color="red", default=True)
meta.tag(w1, size=3)
print(sorted(meta.tags(w1).items()), meta.tags(w3), len(meta))
del w1
print(len(meta), sorted(meta.tags(w2).items()))

log = []


def on_collect(name):
    def cb(ref):
        log.append(f"{name} collected")
    return cb


objs = [Widget(f"w{i}") for i in range(5)]
refs = [weakref.ref(o, on_collect(o.name)) for o in objs]
print([r() for r in refs])
del objs[1:3]
print(log, [r() is None for r in refs])
objs.clear()
print(log)
print(weakref.getweakrefcount(Widget("x")), [r() for r in refs])

w = Widget("counted")
r1 = weakref.ref(w)
r2 = weakref.ref(w)
r3 = weakref.ref(w, lambda r: None)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(w), r1 == r2, r1 == r3)
print(len(weakref.getweakrefs(w)))


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        n, out = self, []
        while n is not None:
            out.append(n.value)
            n = n.parent
        return "/".join(reversed(out))


root = Node("root")
usr = Node("usr", root)
lib = Node("lib", usr)
bin_ = Node("bin", usr)
print(lib.path(), bin_.path(), usr.parent.value, root.parent)
print([c.value for c in usr.children])


class Plugin:
    def __init__(self, name):
        self.name = name

    def handle(self, msg):
        return f"{self.name} got {msg}"


class Host:
    def __init__(self):
        self.listeners = []

    def connect(self, method):
        self.listeners.append(weakref.WeakMethod(method))

    def emit(self, msg):
        out = []
        live = []
        for ref in self.listeners:
            m = ref()
            if m is not None:
                out.append(m(msg))
                live.append(ref)
        self.listeners = live
        return out


host = Host()
p1, p2 = Plugin("alpha"), Plugin("beta")
host.connect(p1.handle)
host.connect(p2.handle)
print(host.emit("start"))
del p1
print(host.emit("next"), len(host.listeners))


class Resource:
    def __init__(self, name):
        self.name = name
        self.finalizer = weakref.finalize(self, Resource.cleanup, name, log)

    @staticmethod
    def cleanup(name, sink):
        sink.append(f"cleanup {name}")
        return name.upper()

    def close(self):
        return self.finalizer()


log.clear()
r = Resource("socket")
print(r.finalizer.alive, r.close(), r.finalizer.alive, r.close(), log)
r2 = Resource("file")
info = r2.finalizer.peek()
print(info[1] is Resource.cleanup, info[2][0], r2.finalizer.detach()[2][0], r2.finalizer.alive)
del r2
r3 = Resource("pipe")
del r3
print(log)

ws = weakref.WeakSet()
items = [Widget(c) for c in "abcd"]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws, Widget("a") in ws)
items.pop()
items.pop(0)
print(len(ws), sorted(x.name for x in ws))

px = weakref.proxy(usr)
print(px.value, px.path(), len(px.children), type(px).__name__)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("v",)


class SlottedWeak:
    __slots__ = ("v", "__weakref__")

try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
tmp = Widget("tmp")
ptmp = weakref.proxy(tmp)
del tmp
gc.collect()
try:
    ptmp.name
except ReferenceError as e:
    print("ReferenceError:", e)
print(sorted(log))
