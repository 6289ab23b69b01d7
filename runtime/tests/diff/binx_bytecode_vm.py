# A small stack-machine bytecode file format: assembler, serializer, loader, disassembler, VM.
import struct
import io
import zlib
from dataclasses import dataclass, field

OPS = {
    'PUSH_I8': (0x01, 'b'), 'PUSH_I32': (0x02, '<i'), 'PUSH_F64': (0x03, '<d'), 'PUSH_CONST': (0x04, '<H'),
    'ADD': (0x10, ''), 'SUB': (0x11, ''), 'MUL': (0x12, ''), 'DIV': (0x13, ''), 'NEG': (0x14, ''),
    'DUP': (0x20, ''), 'SWAP': (0x21, ''), 'POP': (0x22, ''),
    'JMP': (0x30, '<h'), 'JZ': (0x31, '<h'), 'LOAD': (0x40, 'B'), 'STORE': (0x41, 'B'),
    'PRINT': (0x50, ''), 'HALT': (0xFF, ''),
}
BY_CODE = {code: (name, fmt) for name, (code, fmt) in OPS.items()}
FILE_HEADER = struct.Struct('<4sBBHII')


@dataclass
class Program:
    code: bytes
    consts: list = field(default_factory=list)
    nlocals: int = 0


def assemble(src):
    out = bytearray()
    labels, fixups, consts = {}, [], []
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(out)
            continue
        name, *args = line.split(None, 1)
        code, fmt = OPS[name]
        out.append(code)
        if not fmt:
            continue
        arg = args[0]
        if name in ('JMP', 'JZ'):
            fixups.append((len(out), arg))
            out += b'\0\0'
        elif name == 'PUSH_CONST':
            consts.append(arg.strip('"'))
            out += struct.pack(fmt, len(consts) - 1)
        elif name == 'PUSH_F64':
            out += struct.pack(fmt, float(arg))
        else:
            out += struct.pack(fmt, int(arg, 0))
    for pos, label in fixups:
        struct.pack_into('<h', out, pos, labels[label] - (pos + 2))
    return Program(bytes(out), consts, 4)


def save(prog):
    f = io.BytesIO()
    const_blob = b''.join(struct.pack('<H', len(c.encode())) + c.encode() for c in prog.consts)
    f.write(FILE_HEADER.pack(b'BXBC', 1, prog.nlocals, len(prog.consts), len(prog.code), zlib.crc32(prog.code)))
    f.write(const_blob)
    f.write(prog.code)
    return f.getvalue()


def load(blob):
    magic, ver, nlocals, nconst, codelen, crc = FILE_HEADER.unpack_from(blob)
    if magic != b'BXBC':
        raise ValueError(f'bad magic {magic!r}')
    pos = FILE_HEADER.size
    consts = []
    for _ in range(nconst):
        (n,) = struct.unpack_from('<H', blob, pos)
        consts.append(blob[pos + 2:pos + 2 + n].decode())
        pos += 2 + n
    code = blob[pos:pos + codelen]
    if zlib.crc32(code) != crc:
        raise ValueError('code checksum mismatch')
    return Program(code, consts, nlocals)


def disassemble(prog):
    pc = 0
    code = prog.code
    while pc < len(code):
        name, fmt = BY_CODE[code[pc]]
        size = struct.calcsize(fmt) if fmt else 0
        raw = code[pc:pc + 1 + size]
        arg = struct.unpack_from(fmt, code, pc + 1)[0] if fmt else ''
        extra = f'-> {pc + 1 + size + arg}' if name in ('JMP', 'JZ') else ''
        if name == 'PUSH_CONST':
            extra = repr(prog.consts[arg])
        print(f'{pc:04d} {raw.hex():<20} {name:<10} {arg!s:<8} {extra}')
        pc += 1 + size


def run(prog, limit=10_000):
    stack, local, pc, steps = [], [0] * prog.nlocals, 0, 0
    code = prog.code
    while True:
        steps += 1
        if steps > limit:
            raise RuntimeError('step limit exceeded')
        op = code[pc]
        name, fmt = BY_CODE[op]
        size = struct.calcsize(fmt) if fmt else 0
        arg = struct.unpack_from(fmt, code, pc + 1)[0] if fmt else None
        pc += 1 + size
        if name.startswith('PUSH'):
            stack.append(prog.consts[arg] if name == 'PUSH_CONST' else arg)
        elif name in ('ADD', 'SUB', 'MUL', 'DIV'):
            b, a = stack.pop(), stack.pop()
            stack.append({'ADD': a + b, 'SUB': a - b, 'MUL': a * b}[name] if name != 'DIV' else a / b)
        elif name == 'NEG':
            stack.append(-stack.pop())
        elif name == 'DUP':
            stack.append(stack[-1])
        elif name == 'SWAP':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif name == 'POP':
            stack.pop()
        elif name == 'JMP':
            pc += arg
        elif name == 'JZ':
            if stack.pop() == 0:
                pc += arg
        elif name == 'LOAD':
            stack.append(local[arg])
        elif name == 'STORE':
            local[arg] = stack.pop()
        elif name == 'PRINT':
            print('  out:', stack.pop())
        elif name == 'HALT':
            return steps, stack


SOURCE = '''
    PUSH_CONST "factorial of 10"
    PRINT
    PUSH_I8 10
    STORE 0          ; n
    PUSH_I8 1
    STORE 1          ; acc
loop:
    LOAD 0
    JZ done
    LOAD 1
    LOAD 0
    MUL
    STORE 1
    LOAD 0
    PUSH_I8 -1
    ADD
    STORE 0
    JMP loop
done:
    LOAD 1
    PRINT
    PUSH_F64 2.5
    PUSH_I32 0x10000
    DIV
    PRINT
    PUSH_I32 -70000
    NEG
    PRINT
    HALT
'''

prog = assemble(SOURCE)
blob = save(prog)
print('file', len(blob), blob[:FILE_HEADER.size].hex(' '))
loaded = load(blob)
print(loaded.consts, loaded.nlocals, loaded.code == prog.code)
disassemble(loaded)
steps, stack = run(loaded)
print('steps', steps, 'stack', stack)

bad = bytearray(blob)
bad[-3] ^= 0xFF
for b in (bytes(bad), b'XXXX' + blob[4:], blob[:10]):
    try:
        load(b)
    except ValueError as e:
        print('ValueError:', e)
    except struct.error as e:
        print('struct.error:', e)
try:
    run(assemble('top:\n JMP top\n HALT'))
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    assemble('PUSH_I8 300')
except struct.error as e:
    print('struct.error:', e)
try:
    run(assemble('PUSH_I8 1\n PUSH_I8 0\n DIV\n HALT'))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
