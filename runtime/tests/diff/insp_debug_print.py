"""An icecream-style debug printer: shows the call's source text next to its values."""
import inspect
import os
import sys


def _call_text(frame_info):
    pos = frame_info.positions
    if frame_info.code_context is None or pos is None or pos.col_offset is None:
        return None
    line = frame_info.code_context[frame_info.index]
    if pos.lineno != pos.end_lineno:
        return line[pos.col_offset:].rstrip()
    return line[pos.col_offset:pos.end_col_offset]


def _arg_texts(call):
    # split "ic(a, f(b, c), d)" into its top-level argument texts
    inner = call[call.index("(") + 1:call.rindex(")")]
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def ic(*values):
    caller = inspect.stack(context=1)[1]
    where = f"{os.path.basename(caller.filename)}:{caller.lineno} in {caller.function}()"
    if not values:
        print(f"ic| {where}")
        return None
    call = _call_text(caller)
    names = _arg_texts(call) if call else [None] * len(values)
    shown = []
    for name, value in zip(names, values):
        if name is None or name == repr(value):
            shown.append(repr(value))
        else:
            shown.append(f"{name}: {value!r}")
    print("ic|", ", ".join(shown))
    return values[0] if len(values) == 1 else values


def trace_here(label):
    info = inspect.getframeinfo(sys._getframe(1), context=3)
    ctx = [l.rstrip() for l in info.code_context]
    print(f"[{label}] {info.function} line {info.lineno} (index {info.index})")
    for i, l in enumerate(ctx):
        print("   ", ">" if i == info.index else " ", l)
    p = info.positions
    print("    span:", p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)


def area(w, h):
    ic(w, h)
    result = ic(w * h)
    return result


def main():
    ic()
    x = 3
    items = [1, 2, 3]
    ic(x)
    ic(x + 1, items[1:], len(items))
    ic(area(2, x))
    total = ic(sum(i * x for i in items)) + 1
    print("total:", total)
    ic("literal", 42)
    config = {"debug": True, "level": 2}
    ic(config["level"], config.get("missing", "default"))
    trace_here("checkpoint")
    trace_here(
        "multi-line call")


main()


def report_callers():
    rows = []
    for fi in inspect.stack()[:3]:
        p = fi.positions
        rows.append((fi.function, fi.lineno, p.col_offset, p.end_col_offset,
                     fi.code_context[0].strip() if fi.code_context else None))
    return rows


def level_two():
    return report_callers()


def level_one():
    return level_two()


for row in level_one():
    print(row)


def crash(n):
    return {"a": 1}[n]


try:
    crash("zz")
except KeyError:
    for fi in inspect.trace():
        p = fi.positions
        line = fi.code_context[0]
        print(fi.function, fi.lineno, repr(line[p.col_offset:p.end_col_offset]))
