# NameError and UnboundLocalError messages, including suggestions-free forms.
def check(fn):
    try:
        fn()
    except (NameError, UnboundLocalError) as e:
        print(type(e).__name__, e)
def undefined_global():
    return this_name_does_not_exist
check(undefined_global)
def unbound_local():
    print(x)
    x = 1
check(unbound_local)
def unbound_after_del():
    y = 1
    del y
    return y
check(unbound_after_del)
def conditional_assign(flag):
    if flag:
        value = "set"
    return value
print(conditional_assign(True))
check(lambda: conditional_assign(False))
def free_var_unbound():
    def inner():
        return later
    r = None
    try:
        r = inner()
    finally:
        later = 1
    return r
check(free_var_unbound)
def loop_var_unbound():
    for i in []:
        pass
    return i
check(loop_var_unbound)
def except_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
check(except_var_deleted)
def augmented_unbound():
    counter += 1
counter = 0
check(augmented_unbound)
def global_then_undefined():
    global never_defined
    return never_defined
check(global_then_undefined)
class C:
    attr = 1
    def method(self):
        return attr
check(C().method)
check(lambda: undefined_in_lambda)
def nested_unbound():
    def inner():
        nonlocal z
        return z
    z = 1
    del z
    return inner()
check(nested_unbound)
try:
    del not_a_name
except NameError as e:
    print("NameError", e)
def comp_scope():
    return [q for _ in range(1)], q
check(comp_scope)
print(issubclass(UnboundLocalError, NameError))
try:
    exec("print(undefined_in_exec)")
except NameError as e:
    print("NameError", e)
try:
    eval("a + b", {"a": 1})
except NameError as e:
    print("NameError", e, e.name if hasattr(e, "name") else "")
