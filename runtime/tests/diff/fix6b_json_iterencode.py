# json.JSONEncoder.iterencode yields the pure-Python encoder's chunks; json.dump writes each.
import json, io
print(list(json.JSONEncoder(indent=2).iterencode({'a':[1,'x',{'b':None}], 'c':{}, 'd':[], 'e':1.5, 'f':True})))
print(list(json.JSONEncoder().iterencode([1,'x',{'b':None},[],[[2]]])))
print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(5)))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps([float('nan')], allow_nan=False, indent=1)
except ValueError as e: print(e)
a=[]; a.append(a)
try: list(json.JSONEncoder().iterencode(a))
except ValueError as e: print(e)
try: list(json.JSONEncoder().iterencode({(1,):2}))
except TypeError as e: print(e)
class W:
    def __init__(self): self.parts=[]
    def write(self, s): self.parts.append(s)
w=W(); json.dump({"k": [1, 2, {"z": "é"}]}, w); print(w.parts)
w=W(); json.dump([1, 2], w, indent=1, sort_keys=True); print(w.parts)
print(list(json.JSONEncoder(default=lambda o: sorted(o)).iterencode({"s": {3, 1}})))
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"b": 1, "a": [True, False]})))
