"""Route planning over a transit network modelled with classes, dataclasses and heaps."""
import heapq
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import total_ordering
from typing import Iterator


@dataclass(frozen=True, order=True)
class Station:
    code: str
    name: str = field(compare=False)
    zone: int = field(default=1, compare=False)

    def __str__(self):
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Edge:
    src: Station
    dst: Station
    minutes: int
    line: str


@total_ordering
class Path:
    def __init__(self, stations, minutes=0, lines=()):
        self.stations = tuple(stations)
        self.minutes = minutes
        self.lines = tuple(lines)

    @property
    def changes(self):
        return sum(1 for a, b in zip(self.lines, self.lines[1:]) if a != b)

    def cost(self):
        return (self.minutes + 5 * self.changes, len(self.stations), [s.code for s in self.stations])

    def __lt__(self, other):
        return self.cost() < other.cost()

    def __eq__(self, other):
        return isinstance(other, Path) and self.cost() == other.cost()

    def extend(self, edge):
        return Path(self.stations + (edge.dst,), self.minutes + edge.minutes, self.lines + (edge.line,))

    def __len__(self):
        return len(self.stations)

    def __iter__(self) -> Iterator[Station]:
        return iter(self.stations)

    def __repr__(self):
        return f"Path({'>'.join(s.code for s in self.stations)}, {self.minutes}min, {self.changes} changes)"


class Network:
    def __init__(self):
        self.stations = {}
        self.adj = defaultdict(list)

    def station(self, code, name, zone=1):
        st = Station(code, name, zone)
        self.stations[code] = st
        return st

    def connect(self, a, b, minutes, line, both=True):
        sa, sb = self.stations[a], self.stations[b]
        self.adj[sa].append(Edge(sa, sb, minutes, line))
        if both:
            self.adj[sb].append(Edge(sb, sa, minutes, line))

    def __getitem__(self, code):
        try:
            return self.stations[code]
        except KeyError:
            raise KeyError(f"unknown station {code!r}") from None

    def __contains__(self, code):
        return code in self.stations

    def bfs_hops(self, start):
        s = self[start]
        dist = {s: 0}
        q = deque([s])
        while q:
            cur = q.popleft()
            for e in sorted(self.adj[cur], key=lambda e: e.dst):
                if e.dst not in dist:
                    dist[e.dst] = dist[cur] + 1
                    q.append(e.dst)
        return dist

    def best(self, a, b):
        start, goal = self[a], self[b]
        heap = [Path([start])]
        settled = {}
        while heap:
            path = heapq.heappop(heap)
            last = path.stations[-1]
            key = (last, path.lines[-1] if path.lines else None)
            if key in settled:
                continue
            settled[key] = path
            if last == goal:
                return path
            for e in self.adj[last]:
                if e.dst not in path.stations:
                    heapq.heappush(heap, path.extend(e))
        raise LookupError(f"no route from {start} to {goal}")

    def all_paths(self, a, b, limit=6):
        goal = self[b]

        def walk(path):
            last = path.stations[-1]
            if last == goal:
                yield path
                return
            if len(path) >= limit:
                return
            for e in sorted(self.adj[last], key=lambda e: (e.dst, e.line)):
                if e.dst not in path.stations:
                    yield from walk(path.extend(e))
        return sorted(walk(Path([self[a]])))

    def zones(self):
        out = defaultdict(list)
        for st in sorted(self.stations.values()):
            out[st.zone].append(st.code)
        return dict(sorted(out.items()))


net = Network()
for code, name, zone in [("CEN", "Central", 1), ("MKT", "Market", 1), ("PRK", "Park", 1),
                         ("UNI", "University", 2), ("HSP", "Hospital", 2), ("AIR", "Airport", 3),
                         ("HBR", "Harbour", 2), ("STD", "Stadium", 3), ("ISL", "Island", 4)]:
    net.station(code, name, zone)
for a, b, m, line in [("CEN", "MKT", 3, "red"), ("MKT", "UNI", 6, "red"), ("UNI", "AIR", 12, "red"),
                      ("CEN", "PRK", 4, "blue"), ("PRK", "HSP", 5, "blue"), ("HSP", "AIR", 9, "blue"),
                      ("MKT", "HBR", 7, "green"), ("HBR", "STD", 8, "green"), ("PRK", "UNI", 4, "green"),
                      ("STD", "AIR", 6, "green")]:
    net.connect(a, b, m, line)
net.station("GHO", "Ghost", 9)

print(net.zones())
print({s.code: d for s, d in sorted(net.bfs_hops("CEN").items())})
for a, b in [("CEN", "AIR"), ("HBR", "HSP"), ("STD", "PRK"), ("UNI", "UNI"), ("CEN", "GHO"), ("CEN", "XXX")]:
    try:
        p = net.best(a, b)
        print(f"{a}->{b}: {p!r} via {' > '.join(str(s) for s in p)} lines={list(dict.fromkeys(p.lines))}")
    except (LookupError, KeyError) as e:
        print(f"{a}->{b}: {type(e).__name__}: {e}")

paths = net.all_paths("CEN", "AIR")
print(len(paths))
for p in paths[:6]:
    print(" ", repr(p), p.cost()[0])
print(min(paths) == paths[0], max(paths).minutes, sorted(paths)[-1] == paths[-1])
print(Station("X", "a") == Station("X", "b"), Station("A", "z") < Station("B", "a"), hash(Station("Q", "1")) == hash(Station("Q", "2")))
e = net.adj[net["CEN"]][0]
print(e, e == Edge(net["CEN"], net["MKT"], 3, "red"))
try:
    e.minutes = 1
except Exception as ex:
    print(type(ex).__name__, ex)
print("CEN" in net, "ZZZ" in net, len(net.adj), sum(len(v) for v in net.adj.values()))
by_line = defaultdict(set)
for edges in net.adj.values():
    for ed in edges:
        by_line[ed.line].add(ed.src.code)
print({k: sorted(v) for k, v in sorted(by_line.items())})
