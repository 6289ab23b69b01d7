# A lazy-loading proxy with a classic bug: __getattr__ reads an attribute that
# __init__ never set when the loader fails early, so the lookup recurses until
# RecursionError; the traceback collapses the repeated frames.


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Record({inner})"


DATABASE = {
    1: {"name": "ada", "langs": ["python", "ml"]},
    2: {"name": "grace", "langs": ["cobol"]},
}


class LazyRecord:
    loads = 0

    def __init__(self, key, eager=False):
        self.key = key
        if eager:
            self._target = self._load()

    def _load(self):
        LazyRecord.loads += 1
        return Record(**DATABASE[self.key])

    def __getattr__(self, name):
        # Only called for attributes missing from the instance.
        if name == "_target":
            target = self._load()
            self.__dict__["_target"] = target
            return target
        return getattr(self._cache, name)

    @property
    def _cache(self):
        return self._target


class Directory:
    def __init__(self, keys):
        self.entries = [LazyRecord(k, eager=(k == 1)) for k in keys]

    def names(self):
        return [e.name for e in self.entries]

    def languages(self):
        out = set()
        for e in self.entries:
            out.update(e.langs)
        return sorted(out)


d = Directory([1, 2])
print(d.names(), d.languages(), "loads:", LazyRecord.loads)


class BrokenLazy(LazyRecord):
    # The subclass renames the cache slot but forgets the special case, so
    # looking up the missing slot calls __getattr__ again, and again...
    def __getattr__(self, name):
        return getattr(self._stored, name)


late = BrokenLazy(2)
print("created", late.key)
print(late.name)
