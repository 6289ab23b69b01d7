"""Source tooling: tokenize-based analysis, keyword checks and shlex command splitting."""
import io
import keyword
import shlex
import token
import tokenize
from collections import Counter

SRC = '''\
# -*- coding: utf-8 -*-
def greet(name: str = "world", *, loud=False) -> str:
    """Say hi."""
    msg = f"hello {name!r:>10}"  # inline comment
    if loud and not name.isupper():
        msg = msg.upper() + '!' * 3
    values = [0x1F, 0o17, 0b101, 1_000, 3.5e-2, 2j]
    return msg if values else None

class   Spacey :   pass
x = (1 +
     2)
y = x >= 3 != 4 ** -2 // 7 @ z
lambda: ...
'''


def summarize(src):
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    kinds = Counter(token.tok_name[t.type] for t in toks)
    print("token kinds:", sorted(kinds.items()))
    ops = Counter(t.string for t in toks if t.type == token.OP)
    print("operators:", sorted(ops.items()))
    print("exact ops:", sorted({token.tok_name[t.exact_type] for t in toks if t.type == token.OP})[:12])
    names = [t.string for t in toks if t.type == token.NAME]
    kws = sorted({n for n in names if keyword.iskeyword(n)})
    soft = sorted({n for n in names if keyword.issoftkeyword(n)})
    idents = sorted({n for n in names if not keyword.iskeyword(n)})
    print("keywords:", kws)
    print("soft:", soft)
    print("identifiers:", idents)
    for t in toks:
        if t.type in (token.STRING, token.NUMBER, token.COMMENT):
            print(f"  {token.tok_name[t.type]:<7} {t.start}-{t.end} {t.string!r}")
    nl = [(t.start[0], token.tok_name[t.type]) for t in toks if t.type in (token.NL, token.NEWLINE)]
    print("line ends:", nl)
    indents = [(t.start, token.tok_name[t.type]) for t in toks if t.type in (token.INDENT, token.DEDENT)]
    print("indents:", indents)
    return toks


toks = summarize(SRC)

# strip comments and docstrings-ish, then untokenize
kept = [(t.type, t.string) for t in toks if t.type != tokenize.COMMENT]
rebuilt = tokenize.untokenize(kept)
print("rebuilt compiles:", bool(compile(rebuilt, "<rebuilt>", "exec")))
full = tokenize.untokenize(toks)
print("round trip exact:", full == SRC)

# bytes API
btoks = list(tokenize.tokenize(io.BytesIO(b"a = '\xc3\xa9'\n").readline))
print(btoks[0].type == tokenize.ENCODING, btoks[0].string, [t.string for t in btoks[1:]])
enc, lines = tokenize.detect_encoding(io.BytesIO(b"# coding: latin-1\nx=1\n").readline)
print("detected:", enc, lines)

for bad in ["x = (1,\n", "s = 'abc\n", "  x = 1\n y = 2\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
        print("ok?", repr(bad))
    except tokenize.TokenError as e:
        print("TokenError:", e.args[0])
    except IndentationError as e:
        print("IndentationError:", e.msg, e.lineno)

print("--- keyword")
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ["match", "async", "print", "None", "_", "type", "nonlocal"]:
    print(f"  {w}: kw={keyword.iskeyword(w)} soft={keyword.issoftkeyword(w)} ident={w.isidentifier()}")

print("--- shlex")
cmds = [
    'ls -la "My Documents" \'single q\' plain\\ space',
    "grep -E 'a|b' file.txt | sort -u > out.txt",
    'echo "nested \\"quote\\"" $HOME # trailing comment',
    "cp a\\'b c",
    'printf "%s\\n" ""',
]
for c in cmds:
    print(repr(c))
    print("   split:", shlex.split(c))
    print("   split(comments):", shlex.split(c, comments=True))
parts = ["rm", "-rf", "dir with space", "it's", "", "$VAR", "safe-name_1.txt"]
quoted = [shlex.quote(p) for p in parts]
print(quoted)
print(shlex.join(parts))
print(shlex.split(shlex.join(parts)) == parts)

lex = shlex.shlex("a=1; b='two words' && c|d", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key = value, other=\"x y\"", posix=True)
lex.whitespace += ","
lex.wordchars += "="
print(list(lex))
lex = shlex.shlex("one two 'three four'")
print([lex.get_token() for _ in range(4)], repr(lex.get_token()))
lex = shlex.shlex("x y", posix=True)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.lineno)
for bad in ['unterminated "quote', "bad 'one", "esc\\"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError:", e)
