"""A tiny stack-based VM: an assembler with labels, a disassembler, and an interpreter with traps."""
from enum import IntEnum
class Op(IntEnum):
    PUSH = 1
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9
    JZ = 10
    LOAD = 11
    STORE = 12
    PRINT = 13
    CALL = 14
    RET = 15
    HALT = 16
    LT = 17
    OVER = 18

WITH_ARG = {Op.PUSH, Op.JMP, Op.JZ, Op.LOAD, Op.STORE, Op.CALL}
class VMError(Exception):
    def __init__(self, msg, pc, op=None):
        super().__init__(msg)
        self.pc, self.op = pc, op
    def __str__(self):
        where = f"pc={self.pc}"
        if self.op is not None:
            where += f" ({self.op.name})"
        return f"{self.args[0]} [{where}]"
class AsmError(ValueError):
    pass
def assemble(text):
    code, labels, fixups = [], {}, []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            label = line[:-1]
            if label in labels:
                raise AsmError(f"line {lineno}: duplicate label {label!r}")
            labels[label] = len(code)
            continue
        name, *args = line.split()
        try:
            op = Op[name.upper()]
        except KeyError:
            raise AsmError(f"line {lineno}: unknown opcode {name!r}") from None
        if (op in WITH_ARG) != bool(args) or len(args) > 1:
            raise AsmError(f"line {lineno}: {op.name} takes {'one argument' if op in WITH_ARG else 'no arguments'}")
        code.append(op)
        if args:
            arg = args[0]
            if arg.lstrip("-").isdigit():
                code.append(int(arg))
            else:
                fixups.append((len(code), arg, lineno))
                code.append(None)
    for at, label, lineno in fixups:
        if label not in labels:
            raise AsmError(f"line {lineno}: undefined label {label!r}")
        code[at] = labels[label]
    return code, labels

def disassemble(code, labels):
    names = {v: k for k, v in labels.items()}
    pc, out = 0, []
    while pc < len(code):
        op = Op(code[pc])
        prefix = f"{names[pc]+':':<8}" if pc in names else " " * 8
        if op in WITH_ARG:
            arg = code[pc + 1]
            target = f" ({names[arg]})" if op in (Op.JMP, Op.JZ, Op.CALL) and arg in names else ""
            out.append(f"{prefix}{pc:03d} {op.name:<6}{arg}{target}")
            pc += 2
        else:
            out.append(f"{prefix}{pc:03d} {op.name}")
            pc += 1
    return out

def run(code, max_steps=10_000, trace=False):
    stack, frames, mem, out = [], [], {}, []
    pc = steps = 0
    def pop(op):
        if not stack:
            raise VMError("stack underflow", pc, op)
        return stack.pop()
    while True:
        if steps >= max_steps:
            raise VMError(f"step limit {max_steps} exceeded", pc)
        if not 0 <= pc < len(code):
            raise VMError("pc out of range", pc)
        steps += 1
        op = Op(code[pc])
        arg = code[pc + 1] if op in WITH_ARG else None
        if trace:
            print(f"    {pc:03d} {op.name:<6} {'' if arg is None else arg:<4} {stack}")
        pc += 2 if op in WITH_ARG else 1
        match op:
            case Op.PUSH:
                stack.append(arg)
            case Op.POP:
                pop(op)
            case Op.ADD | Op.SUB | Op.MUL | Op.DIV | Op.LT:
                b, a = pop(op), pop(op)
                if op is Op.DIV:
                    if b == 0:
                        raise VMError("division by zero", pc - 1, op)
                    stack.append(a // b)
                else:
                    stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b, Op.LT: int(a < b)}[op])
            case Op.DUP:
                v = pop(op)
                stack += [v, v]
            case Op.OVER:
                b, a = pop(op), pop(op)
                stack += [a, b, a]
            case Op.SWAP:
                b, a = pop(op), pop(op)
                stack += [b, a]
            case Op.JMP:
                pc = arg
            case Op.JZ:
                if pop(op) == 0:
                    pc = arg
            case Op.LOAD:
                if arg not in mem:
                    raise VMError(f"read of unset cell {arg}", pc - 2, op)
                stack.append(mem[arg])
            case Op.STORE:
                mem[arg] = pop(op)
            case Op.PRINT:
                out.append(pop(op))
            case Op.CALL:
                if len(frames) > 50:
                    raise VMError("call stack overflow", pc - 2, op)
                frames.append(pc)
                pc = arg
            case Op.RET:
                if not frames:
                    raise VMError("return outside call", pc - 1, op)
                pc = frames.pop()
            case Op.HALT:
                return out, steps, stack

FACT = """
    push 1
    store 0        ; acc
    push 10
    store 1        ; n
loop:
    load 1
    jz done
    load 0
    load 1
    mul
    store 0
    load 1
    push 1
    sub
    store 1
    jmp loop
done:
    load 0
    print
    halt
"""

code, labels = assemble(FACT)
print("\n".join(disassemble(code, labels)))
print("fact:", run(code))
code, labels = assemble("push 0\npush 1\npush 12\nstore 0\nnext:\nload 0\njz end\nover\nprint\ndup\nstore 1\nadd\nload 1\nswap\nload 0\npush -1\nadd\nstore 0\njmp next\nend:\nhalt")
print("labels:", labels)
print("fib:", run(code)[0])
print("trace:")
run(assemble("push 2\npush 3\nover\nlt\nprint\nhalt")[0], trace=True)
bad_programs = {
    "underflow": "push 1\nadd\nhalt",
    "div0": "push 1\npush 0\ndiv\nhalt",
    "unset": "load 9\nhalt",
    "loop": "top:\njmp top",
    "recursion": "f:\ncall f",
    "ret": "ret",
    "fall off": "push 1",
}
for name, src in bad_programs.items():
    try:
        run(assemble(src)[0], max_steps=500)
    except VMError as e:
        print(f"{name:>10}: {e}  (op={e.op!r})")
for src in ["frob 1", "push", "halt 3", "jmp nowhere", "a:\na:\nhalt"]:
    try:
        assemble(src)
    except AsmError as e:
        print("AsmError:", e)
print(Op.ADD, repr(Op.JZ), Op(3).name, Op["HALT"].value, Op.PUSH < Op.POP, sorted(WITH_ARG)[:3], len(Op))
