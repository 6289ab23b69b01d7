"""Event/observer system using weakref.WeakSet, WeakMethod, finalize and WeakValueDictionary."""
import gc
import weakref


class Event:
    def __init__(self, name):
        self.name = name
        self._plain = []          # strong refs to plain functions
        self._methods = []        # WeakMethod refs
        self._listeners = weakref.WeakSet()

    def subscribe(self, callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            ref = weakref.WeakMethod(callback, self._dead_method)
            self._methods.append(ref)
        else:
            self._plain.append(callback)
        return callback

    def _dead_method(self, ref):
        print(f"  [{self.name}] dropping dead method ref")
        self._methods.remove(ref)

    def attach(self, obj):
        self._listeners.add(obj)

    def emit(self, *args):
        results = []
        for cb in list(self._plain):
            results.append(cb(*args))
        for ref in list(self._methods):
            m = ref()
            if m is not None:
                results.append(m(*args))
        for obj in sorted(self._listeners, key=lambda o: o.name):
            results.append(obj.notify(self.name, *args))
        return results

    def __repr__(self):
        return f"<Event {self.name}: {len(self._plain)} funcs, {len(self._methods)} methods, {len(self._listeners)} listeners>"


class Widget:
    instances = weakref.WeakValueDictionary()

    def __init__(self, name):
        self.name = name
        Widget.instances[name] = self
        weakref.finalize(self, print, f"  finalized {name}")

    def on_click(self, x, y):
        return f"{self.name} clicked at {x},{y}"

    def notify(self, event, *args):
        return f"{self.name} notified of {event}{args}"

    def __repr__(self):
        return f"Widget({self.name!r})"


class NoWeak:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


def main():
    click = Event("click")
    log = []
    click.subscribe(lambda x, y: log.append((x, y)) or "logged")
    a, b, c = Widget("a"), Widget("b"), Widget("c")
    click.subscribe(a.on_click)
    click.subscribe(b.on_click)
    click.attach(c)
    click.attach(a)
    print(click)
    print(click.emit(1, 2))
    print(sorted(Widget.instances.keys()))
    del b
    gc.collect()
    print(click)
    print(click.emit(3, 4))
    del c
    gc.collect()
    print(click, sorted(Widget.instances))
    print(click.emit(5, 6))
    print(log)

    r = weakref.ref(a)
    print(r() is a, weakref.getweakrefcount(a) >= 1, type(r).__name__)
    m = weakref.WeakMethod(a.on_click)
    print(m() == a.on_click, m()(0, 0))
    p = weakref.proxy(a)
    print(p.name, p.on_click(7, 8), repr(type(p).__name__))
    del a
    gc.collect()
    print(r(), m())
    try:
        p.name
    except ReferenceError as e:
        print("ReferenceError:", e)
    try:
        weakref.ref(NoWeak())
    except TypeError as e:
        print("TypeError:", e)
    try:
        weakref.ref(42)
    except TypeError as e:
        print("TypeError:", e)
    ww = WithWeak()
    print(weakref.ref(ww)() is ww)

    fin_calls = []

    class Resource:
        pass

    res = Resource()
    f = weakref.finalize(res, fin_calls.append, "closed")
    print(f.alive, f.peek()[2:])
    print(f(), f.alive, f(), fin_calls)

    ws = weakref.WeakSet()
    items = [Widget(n) for n in "xyz"]
    for it in items:
        ws.add(it)
    print(len(ws), items[0] in ws, sorted(w.name for w in ws))
    items.pop()
    gc.collect()
    print(len(ws), sorted(w.name for w in ws))
    ws2 = weakref.WeakSet(items[:1])
    print(sorted(w.name for w in ws - ws2), ws2 <= ws, ws.isdisjoint(ws2))
    names = lambda s: sorted(w.name for w in s)
    print(names(ws | ws2), names(ws & items[1:]), names(ws ^ items[1:]), ws2 < ws, ws > ws2, ws == weakref.WeakSet(ws))
    ws3 = ws.copy()
    ws3 -= ws2
    print(names(ws3), type(ws3).__name__, ws.issuperset(ws3), ws3.issubset(items))
    ws3 ^= items
    print(names(ws3))
    import collections.abc as cabc
    print(isinstance(ws, cabc.MutableSet), isinstance(Widget.instances, cabc.MutableMapping))
    print(Widget.instances == {n: Widget.instances[n] for n in Widget.instances}, "x" in Widget.instances)
    merged = Widget.instances | {"extra": items[0]}
    print(type(merged).__name__, sorted(merged))
    print(weakref.WeakSet[int].__args__, weakref.WeakValueDictionary[str, Widget].__args__[0])
    try:
        ws - [1]
    except TypeError as e:
        print("TypeError:", e)
    wk = weakref.WeakKeyDictionary()
    wk[items[0]] = "first"
    wk[items[1]] = "second"
    print(sorted(wk.values()))
    del items
    gc.collect()
    print(len(wk), len(ws))
    print("end")


main()
