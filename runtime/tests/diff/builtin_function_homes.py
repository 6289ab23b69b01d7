# Functions of built-in modules know their module (__module__, __self__), as pickle,
# inspect and help() expect; a builtin static method is the same object at every access.
import binascii
import gc
import heapq
import math
import os
import sys
import time
import zlib

funcs = [len, print, math.sqrt, math.floor, os.getpid, os.listdir, time.time,
         time.perf_counter, gc.collect, sys.exit, sys.getrecursionlimit,
         binascii.hexlify, zlib.crc32, heapq.heappush]
for f in funcs:
    owner = getattr(f, "__self__", None)
    print(f.__name__, f.__module__ if hasattr(f, "__module__") else "-", type(owner).__name__)
print(math.sqrt.__self__ is math, time.time.__self__ is time, sys.exit.__self__ is sys)

print(str.maketrans is str.maketrans, bytes.maketrans is bytes.maketrans)
print(str.maketrans("ab", "xy") == str.maketrans("ab", "xy"))
print(int.__new__ is int.__new__, object.__new__ is object.__new__)
print(dict.fromkeys == dict.fromkeys, repr(math.sqrt), repr(len))

import pickle
for f in (len, math.sqrt, os.getpid, time.time, zlib.crc32):
    g = pickle.loads(pickle.dumps(f))
    print(f.__name__, g is f)
