# global and nonlocal statements, module-level state.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    bump()
print("counter", counter)

def read_only():
    return counter * 10
print(read_only())

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def create_global():
    global created_later
    created_later = "made inside function"

create_global()
print(created_later)

def del_global():
    global created_later
    del created_later

del_global()
try:
    print(created_later)
except NameError as e:
    print("NameError:", e)

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter
print(unbound())

def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    a(); b(); a(); b()
    return x
print("outer", outer())

# nonlocal in nested function modifies enclosing, not global
x = "global x"
def f1():
    x = "f1 x"
    def f2():
        nonlocal x
        x = "changed by f2"
    f2()
    return x
print(f1(), "|", x)

def f3():
    def f4():
        global x
        x = "changed by f4"
    f4()
    return x
print(f3(), "|", x)

# globals() dict manipulation
globals()["dyn_var"] = 42
print(dyn_var)
print("dyn_var" in globals(), "nope" in globals())

# class body and global
class C:
    global class_made
    class_made = "from class body"
    y = counter
print(class_made, C.y)

# loop variable leaks to function scope
def leak():
    for i in range(5):
        pass
    return i
print(leak())

# comprehension variable does not leak
def noleak():
    i = "outer"
    [i for i in range(3)]
    return i
print(noleak())

# global declared in nested function
def nest():
    def inner():
        global g_nested
        g_nested = [1, 2]
    inner()
nest()
print(g_nested)

# augmented assignment to global list without global decl (mutation only)
items = []
def add_item(v):
    items.append(v)
    items[0:0] = ["head"] if len(items) == 1 else []
for v in "xyz":
    add_item(v)
print(items)

# nonlocal counter shared by multiple calls
def make():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s1, s2 = make(), make()
print(s1(), s1(), s2(), s1(), s2())
