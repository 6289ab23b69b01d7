# A tokenizer for a small expression language, with error reporting.
KEYWORDS = {"let", "if", "then", "else", "fn", "and", "or", "not", "true", "false"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", ",", ";"]
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KW" if text in KEYWORDS else "IDENT", text, line, start_col))
        elif ch == '"':
            j = i + 1
            buf = []
            while j < len(src) and src[j] != '"':
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STR", "".join(buf), line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''
let x = 42;   # the answer
let y = 3.25 * (x - 1);
let greet = fn(name) -> "hello, " + name + "\\n";
if x >= 10 and not false then y else -1;
let s = "tab\\there \\"quoted\\"";
'''
toks = tokenize(program)
for t in toks:
    print(t)
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print([t.text for t in toks if t.kind == "IDENT"])
print(max(toks, key=lambda t: len(t.text)))
for bad in ["let a = 1.2.3;", 'let s = "open', "x = 5 $ 3", "ok\n  @"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
