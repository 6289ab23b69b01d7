# AssertionError marks the last comparison the assert branches on (CPython 3.11).
def run(fs):
    if not fs: return
    try:
        fs[0]()
    finally:
        run(fs[1:])
x = 1
def a(): assert x == 2 and x, "m"
def b(): assert x and x == 2 or x < 0, "m"
def c(): assert (x == 1) if x > 5 else x > 7, "m"
def d(): assert not x, "m"
def e(): assert not (x == 1), "m"
run([a, b, c, d, e])
