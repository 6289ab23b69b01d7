"""Topological sorting of graphs of hashable nodes: TopologicalSorter and CycleError."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Each node's record is a two-item list [state, followers]. The state counts the
# predecessors not yet done, until get_ready() hands the node out (_HANDED_OUT) and
# done() retires it (_RETIRED). Followers are the nodes naming this one as a
# predecessor, repeats kept so that counts stay balanced.
_STATE = 0
_FOLLOWERS = 1
_HANDED_OUT = -1
_RETIRED = -2

_EXHAUSTED = object()


class CycleError(ValueError):
    """prepare() found a cycle; args[1] lists it, its first node repeated at the end."""


class TopologicalSorter:
    """Orders a graph of hashable nodes so that each comes after its predecessors,
    all at once (static_order) or batch by batch (get_ready / done)."""

    def __init__(self, graph=None):
        self._records = {}
        self._ready = None      # a list once prepare() ran: nodes to hand out next
        self._handed_out = 0
        self._retired = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _record(self, node):
        rec = self._records.get(node)
        if rec is None:
            rec = self._records[node] = [0, []]
        return rec

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def add(self, node, *predecessors):
        """Adds node, depending on the given predecessors (calls accumulate)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._record(node)[_STATE] += len(predecessors)
        for pred in predecessors:
            self._record(pred)[_FOLLOWERS].append(node)

    def prepare(self):
        """Freezes the graph; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, rec in self._records.items() if rec[_STATE] == 0]
        # The sorter stays prepared even when a cycle is reported: the nodes outside
        # the cycle can still be processed.
        cycle = self._first_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Returns a tuple of the nodes now free to be processed (each only once)."""
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready = []
        records = self._records
        for node in batch:
            records[node][_STATE] = _HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is still to be handed out or reported done."""
        self._require_prepared()
        return bool(self._ready) or self._retired < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Reports handed-out nodes as processed, which may free their followers."""
        self._require_prepared()
        records = self._records
        for node in nodes:
            rec = records.get(node)
            if rec is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = rec[_STATE]
            if state == _RETIRED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            rec[_STATE] = _RETIRED
            self._retired += 1
            for follower in rec[_FOLLOWERS]:
                frec = records[follower]
                frec[_STATE] -= 1
                if not frec[_STATE]:
                    self._ready.append(follower)

    def _first_cycle(self):
        # Iterative depth-first walk along follower edges, nodes and edges in the
        # order they were added; the first edge back into the current path closes
        # the cycle reported.
        records = self._records
        visited = set()
        for root in records:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            depth_of = {root: 0}
            pending = [iter(records[root][_FOLLOWERS])]
            while pending:
                nxt = next(pending[-1], _EXHAUSTED)
                if nxt is _EXHAUSTED:
                    del depth_of[path.pop()]
                    pending.pop()
                elif nxt in depth_of:
                    return path[depth_of[nxt]:] + [nxt]
                elif nxt not in visited:
                    visited.add(nxt)
                    depth_of[nxt] = len(path)
                    path.append(nxt)
                    pending.append(iter(records[nxt][_FOLLOWERS]))
        return None

    def static_order(self):
        """Yields every node in one valid order (this calls prepare())."""
        self.prepare()
        while self:
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
