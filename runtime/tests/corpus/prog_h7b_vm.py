# A tiny stack-based bytecode VM with a compiler from a tiny expression language
import operator

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul,
       '/': operator.floordiv, '%': operator.mod, '<': operator.lt, '==': operator.eq}

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(('num', int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            toks.append(('name', src[i:j]))
            i = j
        elif src.startswith('==', i):
            toks.append(('op', '=='))
            i += 2
        else:
            toks.append(('op', c))
            i += 1
    return toks

class Parser:
    PREC = {'==': 1, '<': 2, '+': 3, '-': 3, '*': 4, '/': 4, '%': 4}
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def next(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self, minp=0):
        kind, val = self.next()
        if kind == 'num':
            code = [('PUSH', val)]
        elif kind == 'name':
            code = [('LOAD', val)]
        elif val == '(':
            code = self.expr()
            assert self.next() == ('op', ')')
        else:
            raise SyntaxError(f"unexpected {val!r}")
        while True:
            k, op = self.peek()
            if k != 'op' or op not in self.PREC or self.PREC[op] <= minp - 1 or self.PREC[op] < minp:
                break
            self.next()
            rhs = self.expr(self.PREC[op] + 1)
            code = code + rhs + [('BIN', op)]
        return code

def compile_prog(lines):
    code = []
    labels = {}
    fix = []
    for line in lines:
        line = line.strip()
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
        elif line.startswith('goto '):
            fix.append(len(code)); code.append(['JMP', line[5:]])
        elif line.startswith('if '):
            cond, _, lab = line[3:].partition(' goto ')
            code += Parser(tokenize(cond)).expr()
            fix.append(len(code)); code.append(['JIF', lab])
        elif line.startswith('print '):
            code += Parser(tokenize(line[6:])).expr()
            code.append(('PRINT',))
        else:
            name, _, e = line.partition('=')
            code += Parser(tokenize(e)).expr()
            code.append(('STORE', name.strip()))
    for i in fix:
        code[i] = (code[i][0], labels[code[i][1]])
    return code

def run(code, env=None):
    env = dict(env or {})
    stack = []
    pc = 0
    steps = 0
    out = []
    while pc < len(code):
        ins = code[pc]
        op = ins[0]
        pc += 1
        steps += 1
        if op == 'PUSH': stack.append(ins[1])
        elif op == 'LOAD': stack.append(env[ins[1]])
        elif op == 'STORE': env[ins[1]] = stack.pop()
        elif op == 'BIN':
            b = stack.pop(); a = stack.pop()
            stack.append(OPS[ins[1]](a, b))
        elif op == 'JMP': pc = ins[1]
        elif op == 'JIF':
            if stack.pop(): pc = ins[1]
        elif op == 'PRINT': out.append(stack.pop())
        else:
            raise RuntimeError(op)
    return env, out, steps

prog = """
i = 0
acc = 0
loop:
if 30 < i goto done
acc = acc + i * i % 7
i = i + 1
goto loop
done:
print acc
print (acc - 3) * 2 / 5
""".strip().splitlines()
code = compile_prog(prog)
for ins in code[:12]:
    print(ins)
env, out, steps = run(code)
print(sorted(env.items()), out, steps)

fib = """
a = 0
b = 1
n = 0
top:
if n == 90 goto end
t = a + b
a = b
b = t
n = n + 1
goto top
end:
print a
print a % 1000000007
""".strip().splitlines()
env, out, steps = run(compile_prog(fib))
print(out, steps)
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 - 4 - 3", "100 / 7 / 2", "7 % 3 == 1", "2 < 3 == 1"]:
    c = Parser(tokenize(src)).expr()
    print(src, '->', run(c + [('PRINT',)])[1], len(c))
try:
    Parser(tokenize("* 3")).expr()
except SyntaxError as e:
    print("SyntaxError", e)
try:
    run([('BOGUS',)])
except RuntimeError as e:
    print("RuntimeError", e.args)
