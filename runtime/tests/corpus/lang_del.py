# del statement: names, items, slices, attributes, and errors.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class O:
    pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError", e)

a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir())

nested = [[1, 2, 3], [4, 5, 6]]
del nested[1][0], nested[0][-1]
print(nested)

try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)

s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)

def f():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())

class WithDel:
    def __init__(self):
        self.log = []
    def __delitem__(self, k):
        self.log.append(("delitem", k))
    def __delattr__(self, name):
        print("delattr", name)
w = WithDel()
del w[3]
del w[1:2]
del w["key"]
print(w.log)
del w.anything

# del in loop targets
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print("NameError", e)

# del of a global from function
g = "global"
def delg():
    global g
    del g
delg()
print("g" in globals())

ba = bytearray(b"hello world")
del ba[5:]
print(ba)
del ba[0]
print(ba)
