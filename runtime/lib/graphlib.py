"""Topological sorting of graphs of hashable nodes: TopologicalSorter and CycleError."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# npredecessors values of nodes that get_ready() handed out, and that done() then marked.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes,
    the first node repeated at the end."""
    pass


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically, all at once or group by group."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node and the predecessors it depends on (repeated calls accumulate)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freezes the graph and checks it for cycles (CycleError)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done (each returned once)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _HANDED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes remain to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes returned by get_ready() as processed, releasing their successors."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _FINISHED
            for succ in info.successors:
                succ_info = n2i[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, nodes and edges in insertion order;
        # the first edge back into the current path closes the reported cycle.
        n2i = self._node2info
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(n2i[start].successors)]
            seen.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if nxt in seen:
                    if nxt in on_path:
                        return path[on_path[nxt]:] + [nxt]
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(n2i[nxt].successors))
        return None

    def static_order(self):
        """Yields all nodes in one topological order (calls prepare() first)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
