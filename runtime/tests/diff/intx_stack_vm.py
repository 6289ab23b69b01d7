"""Stack VM with an assembler, a struct-packed bytecode format and a disassembler."""
import struct
from enum import IntEnum, unique
from dataclasses import dataclass
import io


@unique
class Op(IntEnum):
    HALT = 0
    PUSH = 1      # i32 operand
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9       # u16 target
    JZ = 10       # u16 target
    LOAD = 11     # u8 slot
    STORE = 12    # u8 slot
    PRINT = 13
    CALL = 14     # u16 target
    RET = 15
    LT = 16
    PUSHF = 17    # f64 operand
    OVER = 18

    @property
    def operand_fmt(self):
        return OPERAND_FMT.get(self, "")


OPERAND_FMT = {Op.PUSH: "<i", Op.JMP: "<H", Op.JZ: "<H", Op.LOAD: "<B",
               Op.STORE: "<B", Op.CALL: "<H", Op.PUSHF: "<d"}
MAGIC = b"EVM1"
HEADER = struct.Struct("<4sHH")


class AsmError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class VMError(RuntimeError):
    pass


def assemble(text):
    """Two-pass assembler: first pass collects label offsets."""
    lines = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        code = raw.split(";", 1)[0].strip()
        if code:
            lines.append((lineno, code))
    labels, offset, parsed = {}, 0, []
    for lineno, code in lines:
        if code.endswith(":"):
            name = code[:-1]
            if name in labels:
                raise AsmError(lineno, f"duplicate label {name!r}")
            labels[name] = offset
            continue
        mnemonic, *args = code.split()
        try:
            op = Op[mnemonic.upper()]
        except KeyError:
            raise AsmError(lineno, f"unknown mnemonic {mnemonic!r}") from None
        fmt = op.operand_fmt
        if bool(fmt) != bool(args) or len(args) > 1:
            raise AsmError(lineno, f"{op.name} takes {'1 operand' if fmt else 'no operands'}")
        parsed.append((lineno, op, args[0] if args else None))
        offset += 1 + (struct.calcsize(fmt) if fmt else 0)
    body = bytearray()
    for lineno, op, arg in parsed:
        body.append(op)
        if op.operand_fmt:
            if op in (Op.JMP, Op.JZ, Op.CALL):
                if arg not in labels:
                    raise AsmError(lineno, f"undefined label {arg!r}")
                value = labels[arg]
            elif op is Op.PUSHF:
                value = float(arg)
            else:
                value = int(arg, 0)
            try:
                body += struct.pack(op.operand_fmt, value)
            except struct.error as e:
                raise AsmError(lineno, f"bad operand {arg}: {e}") from e
    return HEADER.pack(MAGIC, 1, len(body)) + bytes(body)


def decode(blob):
    magic, version, size = HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise VMError(f"bad magic {magic!r}")
    code = blob[HEADER.size:HEADER.size + size]
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        fmt = op.operand_fmt
        if fmt:
            (arg,) = struct.unpack_from(fmt, code, pc + 1)
            yield pc, op, arg
            pc += 1 + struct.calcsize(fmt)
        else:
            yield pc, op, None
            pc += 1


def disassemble(blob):
    out = io.StringIO()
    for pc, op, arg in decode(blob):
        print(f"{pc:04x}  {op.value:02x}  {op.name:<6}{'' if arg is None else arg}", file=out)
    return out.getvalue()


@dataclass
class Frame:
    return_pc: int
    slots: list


def run(blob, max_steps=100_000, trace=False):
    instrs = {pc: (op, arg) for pc, op, arg in decode(blob)}
    order = sorted(instrs)
    next_pc = {pc: (order[i + 1] if i + 1 < len(order) else None) for i, pc in enumerate(order)}
    stack, frames, output = [], [Frame(-1, [0] * 8)], []
    pc, steps = 0, 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        if pc not in instrs:
            raise VMError(f"pc {pc} out of code")
        op, arg = instrs[pc]
        if trace:
            print(f"    {pc:3} {op.name:<6} {stack}")
        npc = next_pc[pc]
        try:
            match op:
                case Op.HALT:
                    return output, steps
                case Op.PUSH | Op.PUSHF:
                    stack.append(arg)
                case Op.POP:
                    stack.pop()
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV | Op.LT:
                    b, a = stack.pop(), stack.pop()
                    stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b,
                                  Op.LT: int(a < b)}[op] if op is not Op.DIV else a // b)
                case Op.DUP:
                    stack.append(stack[-1])
                case Op.OVER:
                    stack.append(stack[-2])
                case Op.SWAP:
                    stack[-1], stack[-2] = stack[-2], stack[-1]
                case Op.JMP:
                    npc = arg
                case Op.JZ:
                    if stack.pop() == 0:
                        npc = arg
                case Op.LOAD:
                    stack.append(frames[-1].slots[arg])
                case Op.STORE:
                    frames[-1].slots[arg] = stack.pop()
                case Op.PRINT:
                    output.append(stack.pop())
                case Op.CALL:
                    frames.append(Frame(npc, [0] * 8))
                    npc = arg
                case Op.RET:
                    npc = frames.pop().return_pc
        except IndexError as e:
            raise VMError(f"stack underflow at {pc} ({op.name})") from e
        except ZeroDivisionError as e:
            raise VMError(f"division by zero at {pc}") from e
        pc = npc


FACTORIAL = """
    push 10
    store 0          ; n
    push 1
    store 1          ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    push 7
    call square
    print
    pushf 2.5
    pushf 4.0
    mul
    print
    halt
square:
    dup
    mul
    ret
"""

FIB = """
    push 0
    push 1
    push 12
    store 0
again:
    load 0
    jz end
    over
    print
    dup
    store 1
    add
    load 1
    swap
    load 0
    push -1
    add
    store 0
    jmp again
end:
    halt
"""

for name, src in [("factorial", FACTORIAL), ("fib", FIB)]:
    blob = assemble(src)
    print(f"== {name}: {len(blob)} bytes, header={HEADER.unpack_from(blob)}")
    print(blob[:16].hex(" "))
    print(disassemble(blob), end="")
    out, steps = run(blob)
    print("output:", out, "steps:", steps)

blob = assemble("push 3\npush 4\nlt\nprint\npush 2\npush 0\ndiv\nhalt")
try:
    run(blob, trace=True)
except VMError as e:
    print("VMError:", e, "| cause:", repr(e.__cause__))

for bad in ["push", "frob 1", "x:\nx:\nhalt", "jmp nowhere", "push 99999999999", "load 300", "pop 1"]:
    try:
        assemble(bad)
        print("assembled?!", bad)
    except AsmError as e:
        print(f"AsmError({e.lineno}): {e}")

try:
    run(assemble("pop\nhalt"))
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("l:\njmp l"), max_steps=50)
except VMError as e:
    print("VMError:", e)
try:
    list(decode(b"XXXX" + bytes(4)))
except VMError as e:
    print("VMError:", e)

print([op.name for op in Op if op.operand_fmt], Op(5), Op.MUL + 1, Op["RET"] == 15)
print(struct.calcsize("<4sHH"), struct.pack("<id", -2, 0.5).hex())
