# Infix to RPN with the shunting-yard algorithm, RPN evaluation, and error handling.
import math
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (4, "R"), "neg": (3, "R")}
FUNCS = {"sqrt": (1, math.sqrt), "max": (2, max), "min": (2, min), "abs": (1, abs)}
def tokenize(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            out.append(s[i:j])
            i = j
        elif c in "+-*/%^(),":
            out.append(c)
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return out
def to_rpn(tokens):
    out, ops = [], []
    prev = None
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t in FUNCS:
            ops.append(t)
        elif t == ",":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
        elif t in PREC:
            if t == "-" and (prev is None or prev in PREC or prev in ("(", ",")):
                t = "neg"
            p, assoc = PREC[t]
            while ops and ops[-1] in PREC:
                q, _ = PREC[ops[-1]]
                if q > p or (q == p and assoc == "L"):
                    out.append(ops.pop())
                else:
                    break
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise SyntaxError("mismatched ')'")
            ops.pop()
            if ops and ops[-1] in FUNCS:
                out.append(ops.pop())
        else:
            raise NameError(f"unknown identifier {t!r}")
        prev = t
    while ops:
        op = ops.pop()
        if op == "(":
            raise SyntaxError("mismatched '('")
        out.append(op)
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, (int, float)):
            st.append(t)
        elif t == "neg":
            st.append(-st.pop())
        elif t in FUNCS:
            n, fn = FUNCS[t]
            args = [st.pop() for _ in range(n)][::-1]
            st.append(fn(*args))
        else:
            if len(st) < 2:
                raise SyntaxError("not enough operands")
            b, a = st.pop(), st.pop()
            if t == "+": st.append(a + b)
            elif t == "-": st.append(a - b)
            elif t == "*": st.append(a * b)
            elif t == "/": st.append(a / b)
            elif t == "%": st.append(a % b)
            elif t == "^": st.append(a ** b)
    if len(st) != 1:
        raise SyntaxError(f"malformed expression, stack={st}")
    return st[0]
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "-3 ^ 2", "10 / 4", "10 % 4 + 7 % -3",
         "max(3, 7) * min(2, 9)", "sqrt(16) + abs(-2.5)", "-(1 + 2) * -3", "2 * (3 + (4 - 1) * 2) / 3",
         "1.5 * 4", "100 - 99 - 1", "2 ^ 100", "max(1, max(2, 3))"]
for e in exprs:
    rpn = to_rpn(tokenize(e))
    print(f"{e:28} => {' '.join(map(str, rpn)):36} = {eval_rpn(rpn)}")
for bad in ["(1 + 2", "1 + 2)", "1 +", "2 $ 3", "foo(1)", "1 / 0", "sqrt(-1)"]:
    try:
        print(eval_rpn(to_rpn(tokenize(bad))))
    except (SyntaxError, NameError, ZeroDivisionError, ValueError, IndexError) as e:
        print(f"{bad:10} -> {type(e).__name__}: {e}")
