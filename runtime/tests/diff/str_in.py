class S(str): pass
class T(str):
    def __contains__(self, x): return True
s = "héllo wörld"
print("wör" in s, "" in s, "x" in s, S("llo") in s, "zz" in T("a"), "l" in S("hello"))
for bad in [1, None, b"h"]:
    try: print(bad in s)
    except TypeError as e: print(e)
print("a" not in "abc", "d" not in "abc")
