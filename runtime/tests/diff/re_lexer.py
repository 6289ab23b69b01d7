# Differential test: re.Scanner, the simple lexer class.
import re
def s_ident(scanner, token): return ('ID', token)
def s_op(scanner, token): return ('OP', token)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", lambda s, t: ('FLOAT', float(t))),
    (r"\d+", lambda s, t: ('INT', int(t))),
    (r"=|\+|-|\*|/", s_op),
    (r"(\()|(\))", lambda s, t: ('PAREN', t, s.match.lastindex)),
    (r"\s+", None),
    (r"#", 'HASH'),
])
print(scanner.scan("sum = 3*foo + 312.50 + (bar) # x"))
print(scanner.scan("x = 1 ; y"))
print(scanner.scan(""))
