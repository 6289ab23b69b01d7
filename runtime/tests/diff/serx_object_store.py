"""A tiny object store: pickles a graph of objects (with cycles) into a file per key."""
import hashlib
import io
import os
import pickle
import tempfile
import weakref


class Employee:
    registry = weakref.WeakValueDictionary()

    def __init__(self, name, title):
        self.name = name
        self.title = title
        self.manager = None
        self.reports = []
        self.projects = set()
        Employee.registry[name] = self

    def manage(self, *people):
        for p in people:
            p.manager = self
            self.reports.append(p)

    def __getstate__(self):
        return self.__dict__.copy()

    def __setstate__(self, state):
        self.__dict__.update(state)
        Employee.registry[self.name] = self

    def chain(self):
        out, cur = [], self
        while cur is not None:
            out.append(cur.name)
            cur = cur.manager
        return " <- ".join(out)

    def __repr__(self):
        return f"<Employee {self.name} ({self.title}), {len(self.reports)} reports>"


class Project:
    __slots__ = ("code", "members", "parent", "__weakref__")

    def __init__(self, code, parent=None):
        self.code = code
        self.members = []
        self.parent = parent

    def join(self, emp):
        self.members.append(emp)
        emp.projects.add(self)

    def __repr__(self):
        return f"Project({self.code})"


class Store:
    def __init__(self, directory, protocol):
        self.dir = directory
        self.protocol = protocol
        self.index = {}

    def _path(self, key):
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        return os.path.join(self.dir, f"{digest}.pkl")

    def put(self, key, obj):
        path = self._path(key)
        with open(path, "wb") as fh:
            pickle.dump(obj, fh, protocol=self.protocol)
        self.index[key] = os.path.basename(path)
        return os.path.getsize(path)

    def get(self, key):
        with open(self._path(key), "rb") as fh:
            return pickle.load(fh)

    def keys(self):
        return sorted(self.index)


def build_company():
    ceo = Employee("Ada", "CEO")
    cto = Employee("Brian", "CTO")
    dev1 = Employee("Cleo", "Engineer")
    dev2 = Employee("Dan", "Engineer")
    ops = Employee("Eve", "SRE")
    ceo.manage(cto, ops)
    cto.manage(dev1, dev2)
    core = Project("CORE")
    web = Project("WEB", parent=core)
    for e in (cto, dev1, dev2):
        core.join(e)
    for e in (dev2, ops):
        web.join(e)
    return {"ceo": ceo, "projects": [core, web], "all": [ceo, cto, dev1, dev2, ops]}


def describe(company):
    ceo = company["ceo"]
    everyone = company["all"]
    print("  ", ceo, [r.name for r in ceo.reports])
    print("  ", [e.chain() for e in everyone])
    print("  ", sorted((e.name, sorted(p.code for p in e.projects)) for e in everyone))
    core, web = company["projects"]
    print("  ", web.parent is core, [m.name for m in core.members], core.members[0] is everyone[1])
    print("  ", everyone[3].manager.manager is ceo, ceo.reports[0].reports[1] is everyone[3])
    print("  ", all(p.members[0] in p.members[0].manager.reports for p in company["projects"]))


with tempfile.TemporaryDirectory() as tmp:
    for proto in (2, 3, 4, 5):
        Employee.registry.clear()
        store = Store(tmp, proto)
        company = build_company()
        size = store.put("company", company)
        store.put("numbers", {"primes": [2, 3, 5, 7], "ratio": 0.5, "blob": b"\x00\x01"})
        store.put("alias", [company["ceo"], company["ceo"]])
        del company
        print(f"protocol {proto}: keys={store.keys()} size>0={size > 0}")
        back = store.get("company")
        describe(back)
        print("  ", store.get("numbers"))
        alias = store.get("alias")
        print("  ", alias[0] is alias[1], alias[0] is not back["ceo"], alias[0].name)
        print("  ", sorted(Employee.registry.keys()))

    # one stream, several objects sharing a memo via a single Pickler
    buf = io.BytesIO()
    pk = pickle.Pickler(buf, protocol=2)
    company = build_company()
    pk.dump(company["ceo"])
    pk.dump(company["all"][2])
    buf.seek(0)
    up = pickle.Unpickler(buf)
    a = up.load()
    b = up.load()
    print(b.manager.manager is a, b.name, a.reports[0].reports[0] is b)

    pk.clear_memo()
    buf2 = io.BytesIO()
    pickle.Pickler(buf2, 2).dump(company["all"][2])
    print(len(buf2.getvalue()) > 0)

    # self-referential containers
    cyc = {"name": "root"}
    cyc["self"] = cyc
    lst = [1]
    lst.append(lst)
    tup_holder = []
    tup = (tup_holder, 5)
    tup_holder.append(tup)
    for proto in range(6):
        c2, l2, t2 = pickle.loads(pickle.dumps((cyc, lst, tup), proto))
        print(proto, c2["self"] is c2, l2[1] is l2, t2[0][0] is t2, repr(l2), repr(c2))

    Employee.registry.clear()
    deep = Employee("root", "x")
    node = deep
    for i in range(150):
        nxt = Employee(f"n{i}", "x")
        node.manage(nxt)
        node = nxt
    clone = pickle.loads(pickle.dumps(deep))
    print(node.chain().count("<-"), clone.reports[0].reports[0].name, len(Employee.registry))
    print(len(os.listdir(tmp)))

    bottomless = []
    cur = bottomless
    for i in range(5000):
        cur.append([])
        cur = cur[0]
    try:
        pickle.dumps(bottomless)
    except RecursionError as e:
        print("RecursionError:", e)
    print(pickle.loads(pickle.dumps([[[[]]]])))
