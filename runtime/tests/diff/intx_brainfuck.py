"""Brainfuck: an optimizing interpreter, a compiler to Python source, and a tracer."""
import re
import itertools
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class BFSyntaxError(SyntaxError):
    pass


class Kind(str, Enum):
    ADD = "add"
    MOVE = "move"
    OUT = "out"
    IN = "in"
    OPEN = "open"
    CLOSE = "close"
    CLEAR = "clear"
    SCAN = "scan"


class Instr(NamedTuple):
    kind: Kind
    arg: int = 0


def parse(src):
    code = re.sub(r"[^][+\-<>.,]", "", src)
    ops = []
    for ch, grp in itertools.groupby(code):
        n = len(list(grp))
        match ch:
            case "+" | "-":
                ops.append(Instr(Kind.ADD, n if ch == "+" else -n))
            case ">" | "<":
                ops.append(Instr(Kind.MOVE, n if ch == ">" else -n))
            case ".":
                ops.extend([Instr(Kind.OUT)] * n)
            case ",":
                ops.extend([Instr(Kind.IN)] * n)
            case "[":
                ops.extend([Instr(Kind.OPEN)] * n)
            case "]":
                ops.extend([Instr(Kind.CLOSE)] * n)
    # peephole: [-] and [+] -> CLEAR, [>] / [<] -> SCAN
    out = []
    for ins in ops:
        out.append(ins)
        if len(out) >= 3 and out[-1].kind is Kind.CLOSE and out[-3].kind is Kind.OPEN:
            mid = out[-2]
            if mid.kind is Kind.ADD and abs(mid.arg) == 1:
                del out[-3:]
                out.append(Instr(Kind.CLEAR))
            elif mid.kind is Kind.MOVE:
                del out[-3:]
                out.append(Instr(Kind.SCAN, mid.arg))
    # match brackets
    stack, linked = [], list(out)
    for i, ins in enumerate(out):
        if ins.kind is Kind.OPEN:
            stack.append(i)
        elif ins.kind is Kind.CLOSE:
            if not stack:
                raise BFSyntaxError(f"unmatched ] at op {i}")
            j = stack.pop()
            linked[j] = Instr(Kind.OPEN, i)
            linked[i] = Instr(Kind.CLOSE, j)
    if stack:
        raise BFSyntaxError(f"unmatched [ at op {stack[-1]}")
    return linked


class TapeError(IndexError):
    pass


@dataclass
class Result:
    output: str
    steps: int
    cells_used: int


def interpret(ops, stdin="", tape_len=300, limit=2_000_000):
    tape = bytearray(tape_len)
    ptr = pc = steps = 0
    inp = iter(stdin.encode())
    out = []
    high = 0
    while pc < len(ops):
        steps += 1
        if steps > limit:
            raise TimeoutError(f"step limit {limit} hit at pc={pc}")
        kind, arg = ops[pc]
        if kind is Kind.ADD:
            tape[ptr] = (tape[ptr] + arg) % 256
        elif kind is Kind.MOVE:
            ptr += arg
            if not 0 <= ptr < tape_len:
                raise TapeError(f"pointer {ptr} off tape")
            high = max(high, ptr)
        elif kind is Kind.OUT:
            out.append(chr(tape[ptr]))
        elif kind is Kind.IN:
            tape[ptr] = next(inp, 0)
        elif kind is Kind.OPEN:
            if tape[ptr] == 0:
                pc = arg
        elif kind is Kind.CLOSE:
            if tape[ptr] != 0:
                pc = arg
        elif kind is Kind.CLEAR:
            tape[ptr] = 0
        elif kind is Kind.SCAN:
            while tape[ptr]:
                ptr += arg
        pc += 1
    return Result("".join(out), steps, high + 1)


def compile_to_python(ops):
    lines = ["def bf(stdin):", "    t = bytearray(300); p = 0; o = []; it = iter(stdin.encode())"]
    indent = 1
    for kind, arg in ops:
        pad = "    " * indent
        match kind:
            case Kind.ADD: lines.append(f"{pad}t[p] = (t[p] + {arg}) & 255")
            case Kind.MOVE: lines.append(f"{pad}p += {arg}")
            case Kind.OUT: lines.append(f"{pad}o.append(t[p])")
            case Kind.IN: lines.append(f"{pad}t[p] = next(it, 0)")
            case Kind.CLEAR: lines.append(f"{pad}t[p] = 0")
            case Kind.SCAN: lines.append(f"{pad}while t[p]: p += {arg}")
            case Kind.OPEN:
                lines.append(f"{pad}while t[p]:")
                indent += 1
            case Kind.CLOSE:
                lines.append(f"{pad}pass")
                indent -= 1
    lines.append("    return bytes(o).decode('latin-1')")
    return "\n".join(lines)


HELLO = """++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."""
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
CAT_UPPER = ",[--------------------------------.[-],]"
SQUARES_UPTO = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"

for name, src, stdin in [("hello", HELLO, ""), ("reverse", REVERSE, "stressed"),
                         ("add", ADD_DIGITS, "34"), ("upper", CAT_UPPER, "abc"),
                         ("squares", SQUARES_UPTO, "")]:
    ops = parse(src)
    res = interpret(ops, stdin)
    kinds = {k.value: sum(1 for o in ops if o.kind is k) for k in Kind}
    print(f"{name}: {len(src)} chars -> {len(ops)} ops {kinds}")
    print(f"  output={res.output!r} steps={res.steps} cells={res.cells_used}")
    py = compile_to_python(ops)
    ns = {}
    exec(compile(py, f"<bf:{name}>", "exec"), ns)
    print(f"  compiled agrees: {ns['bf'](stdin) == res.output}, source lines: {py.count(chr(10)) + 1}")

for bad in ["[[]", "]", "+[>+]", "<", "+[]"]:
    try:
        r = interpret(parse(bad), limit=10_000)
        print(repr(bad), "ok", r)
    except BFSyntaxError as e:
        print(repr(bad), "BFSyntaxError:", e, isinstance(e, SyntaxError))
    except TapeError as e:
        print(repr(bad), "TapeError:", e, isinstance(e, IndexError))
    except TimeoutError as e:
        print(repr(bad), "TimeoutError:", e)
print(Kind.ADD == "add", Kind("scan"), repr(Kind.OUT), f"{Kind.MOVE}", Instr(Kind.ADD, 3))
print(parse("[-]>[<]+++--")[:4])
