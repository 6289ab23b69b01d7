"""Struct sequences: tuples whose items are also named attributes, with extra named
fields that are attributes only (the shape of time.struct_time and os.stat_result)."""


def structseq(module, name, fields, n_sequence, fill=None):
    """Make the class module.name.

    fields: every field name, the first n_sequence of them being tuple items; a name of None
    is an unnamed item (readable only by index).  fill(items) may complete missing
    attribute-only fields from the items (os.stat_result's float times)."""
    n_fields = len(fields)
    named = [f for f in fields if f is not None]
    n_unnamed = n_fields - len(named)
    # Items are labelled in repr by the named fields in order, as CPython does.
    labels = named[:n_sequence]
    full = module + "." + name

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < n_sequence:
            if n_sequence == n_fields:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                                % (full, n_sequence, n))
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                            % (full, n_sequence, n))
        if n > n_fields:
            if n_sequence == n_fields:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                                % (full, n_sequence, n))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)"
                            % (full, n_fields, n))
        extra = list(items[n_sequence:])
        for i in range(n, n_fields):
            value = None
            if dict is not None and fields[i] is not None:
                value = dict.get(fields[i])
            extra.append(value)
        self = tuple.__new__(cls, items[:n_sequence])
        if fill is not None:
            fill(items[:n_sequence], extra)
        self._extra = extra
        return self

    def __repr__(self):
        parts = ["%s=%r" % (labels[i], self[i]) for i in range(len(labels))]
        return "%s(%s)" % (full, ", ".join(parts))

    def __reduce__(self):
        d = {}
        for i in range(n_sequence, n_fields):
            if fields[i] is not None:
                d[fields[i]] = self._extra[i - n_sequence]
        return (type(self), (tuple(self), d))

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__module__": module,
        "n_fields": n_fields,
        "n_sequence_fields": n_sequence,
        "n_unnamed_fields": n_unnamed,
        "__match_args__": tuple(labels),
    }
    for i, f in enumerate(fields):
        if f is None:
            continue
        if i < n_sequence:
            ns[f] = property(_item_getter(i))
        else:
            ns[f] = property(_extra_getter(i - n_sequence))
    return type(name, (tuple,), ns)


def _item_getter(i):
    def get(self):
        return self[i]
    return get


def _extra_getter(i):
    def get(self):
        return self._extra[i]
    return get
