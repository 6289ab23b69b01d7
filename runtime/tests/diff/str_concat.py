class S(str): pass
a = "abc"; e = ""
print((a + e) is a, (e + a) is a, type(S("x") + e).__name__, type(e + S("y")).__name__)
print(len("é" + "ü€"), ("é" + "ü€")[2], "x" + "y", ("ab" + "cd")[::-1])
s = ""
for i in range(5): s = s + str(i)
print(s, len(s))
try: "a" + 1
except TypeError as ex: print(ex)
class R:
    def __radd__(self, o): return "radd:" + o
print("q" + R())
print(S("ab") + "cd", type(S("ab") + "cd").__name__)
