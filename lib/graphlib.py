"""graphlib -- topological sorting of graphs (weft's own implementation).

Follows https://docs.python.org/3.11/library/graphlib.html: nodes come out in the order
CPython's TopologicalSorter gives them (ready nodes in the order they were added).
"""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2
_END = object()


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle."""


class _Info:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        # number of unfinished predecessors, or _NODE_OUT / _NODE_DONE once handed out
        self.npredecessors = 0
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so that every node follows its predecessors."""

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
            info = self._node2info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _NODE_DONE
            for succ in info.successors:
                sinfo = self._node2info[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        """A depth-first search in insertion order; the first back edge closes a cycle."""
        infos = self._node2info
        visited = set()
        for start in infos:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            visited.add(start)
            iters = [iter(infos[start].successors)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(infos[nxt].successors))
        return None

    def static_order(self):
        """All nodes, each after its predecessors (raises CycleError on a cycle)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
