"""A small stack virtual machine: instruction classes, assembler, and tracing interpreter."""
from dataclasses import dataclass
from enum import Enum


class VMError(Exception):
    def __init__(self, msg, pc=None):
        super().__init__(msg)
        self.pc = pc

    def __str__(self):
        base = super().__str__()
        return f"{base} (pc={self.pc})" if self.pc is not None else base


class Op(Enum):
    PUSH = "push"
    POP = "pop"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    DUP = "dup"
    SWAP = "swap"
    JMP = "jmp"
    JZ = "jz"
    LOAD = "load"
    STORE = "store"
    PRINT = "print"
    CALL = "call"
    RET = "ret"
    HALT = "halt"

    @property
    def takes_arg(self):
        return self in {Op.PUSH, Op.JMP, Op.JZ, Op.LOAD, Op.STORE, Op.CALL}


@dataclass(frozen=True)
class Instr:
    op: Op
    arg: object = None

    def __str__(self):
        return self.op.value if self.arg is None else f"{self.op.value} {self.arg}"


def assemble(src):
    labels, lines = {}, []
    for raw in src.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    program = []
    for n, parts in enumerate(lines):
        try:
            op = Op(parts[0])
        except ValueError:
            raise VMError(f"unknown opcode {parts[0]!r}", n) from None
        if op.takes_arg != (len(parts) == 2):
            raise VMError(f"{op.value} expects {'1 argument' if op.takes_arg else 'no arguments'}", n)
        arg = None
        if op.takes_arg:
            a = parts[1]
            if op in (Op.JMP, Op.JZ, Op.CALL):
                if a not in labels:
                    raise VMError(f"undefined label {a!r}", n)
                arg = labels[a]
            elif op is Op.PUSH:
                arg = int(a)
            else:
                arg = a
        program.append(Instr(op, arg))
    return program


class VM:
    def __init__(self, program, trace=False, max_steps=10_000):
        self.program = program
        self.stack = []
        self.calls = []
        self.mem = {}
        self.out = []
        self.trace = trace
        self.max_steps = max_steps

    def pop(self, pc):
        if not self.stack:
            raise VMError("stack underflow", pc)
        return self.stack.pop()

    def run(self):
        pc = steps = 0
        while pc < len(self.program):
            steps += 1
            if steps > self.max_steps:
                raise VMError("step limit exceeded", pc)
            ins = self.program[pc]
            if self.trace:
                print(f"  {pc:3} {str(ins):12} {self.stack}")
            pc += 1
            match ins:
                case Instr(Op.PUSH, v):
                    self.stack.append(v)
                case Instr(Op.POP):
                    self.pop(pc - 1)
                case Instr(Op.ADD | Op.SUB | Op.MUL | Op.DIV as op):
                    b, a = self.pop(pc - 1), self.pop(pc - 1)
                    if op is Op.DIV:
                        if b == 0:
                            raise VMError("division by zero", pc - 1)
                        self.stack.append(a // b)
                    else:
                        self.stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}[op])
                case Instr(Op.DUP):
                    v = self.pop(pc - 1)
                    self.stack += [v, v]
                case Instr(Op.SWAP):
                    b, a = self.pop(pc - 1), self.pop(pc - 1)
                    self.stack += [b, a]
                case Instr(Op.JMP, target):
                    pc = target
                case Instr(Op.JZ, target):
                    if self.pop(pc - 1) == 0:
                        pc = target
                case Instr(Op.LOAD, name):
                    if name not in self.mem:
                        raise VMError(f"undefined variable {name!r}", pc - 1)
                    self.stack.append(self.mem[name])
                case Instr(Op.STORE, name):
                    self.mem[name] = self.pop(pc - 1)
                case Instr(Op.PRINT):
                    self.out.append(self.pop(pc - 1))
                case Instr(Op.CALL, target):
                    self.calls.append(pc)
                    pc = target
                case Instr(Op.RET):
                    if not self.calls:
                        raise VMError("return outside call", pc - 1)
                    pc = self.calls.pop()
                case Instr(Op.HALT):
                    break
        return steps


FACT = """
    push 6
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

FIB = """
    push 0
    store a
    push 1
    store b
    push 12
    store k
next:
    load k
    jz end
    load a
    print
    call step
    load k
    push 1
    sub
    store k
    jmp next
step:            ; (a, b) = (b, a + b)
    load a
    load b
    dup
    store a
    add
    store b
    ret
end:
    halt
"""

SMALL = """
    push 7
    push 3
    swap
    sub
    dup
    print
    push 2
    mul
    print
"""

for name, src, trace in [("fact", FACT, False), ("fib", FIB, False), ("small", SMALL, True)]:
    prog = assemble(src)
    vm = VM(prog, trace=trace)
    steps = vm.run()
    print(f"{name}: {len(prog)} instructions, {steps} steps, output {vm.out}, mem {dict(sorted(vm.mem.items()))}")

print([str(i) for i in assemble(FACT)[:6]])
print(Instr(Op.PUSH, 1) == Instr(Op.PUSH, 1), len({Instr(Op.ADD), Instr(Op.ADD), Instr(Op.SUB)}))
print([o.value for o in Op if o.takes_arg])

bad_programs = {
    "underflow": "push 1\nadd",
    "divzero": "push 1\npush 0\ndiv",
    "unknown": "push 1\nfrob",
    "badarg": "push",
    "nolabel": "jmp nowhere",
    "undefined": "load x",
    "ret": "ret",
    "forever": "top:\njmp top",
    "extra": "add 3",
}
for name, src in bad_programs.items():
    try:
        VM(assemble(src), max_steps=50).run()
        print(name, "ran")
    except VMError as e:
        print(f"{name}: VMError: {e} [pc attr={e.pc}]")
