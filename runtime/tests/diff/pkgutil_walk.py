# pkgutil on a package tree made here: listing modules, walking packages (with an
# import error), reading data files, resolving dotted names and extending a package path.
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write("plain_mod.py", "X = 1\n")
write("shop/__init__.py", "NAME = 'shop'\n")
write("shop/cart.py", "class Cart:\n    class Item:\n        price = 3\n")
write("shop/data/prices.txt", "apple 3\npear 4\n")
write("shop/pay/__init__.py", "")
write("shop/pay/card.py", "def charge(n):\n    return n * 2\n")
write("shop/broken/__init__.py", "raise ImportError('no backend')\n")
write("shop/broken2/__init__.py", "")
write("notapkg/readme.txt", "just files\n")
write("data.txt", "not a module\n")
sys.path.insert(0, root)

infos = list(pkgutil.iter_modules([root]))
print([(i.name, i.ispkg) for i in infos])
print(type(infos[0]).__name__, infos[0]._fields)
print(all(i.module_finder.path == root for i in infos))
print([(i.name, i.ispkg) for i in pkgutil.iter_modules([os.path.join(root, "shop")], "shop.")])

errors = []
walked = [(i.name, i.ispkg) for i in pkgutil.walk_packages([root], onerror=errors.append)]
print(walked)
print("errors", errors)
print([i.name for i in pkgutil.walk_packages([os.path.join(root, "shop")], "shop.",
                                              onerror=lambda n: None)])

print(pkgutil.get_data("shop", "data/prices.txt"))
try:
    pkgutil.get_data("shop", "data/missing.txt")
except FileNotFoundError:
    print("missing data: FileNotFoundError")

print(pkgutil.resolve_name("shop.cart:Cart.Item").price)
print(pkgutil.resolve_name("shop.cart.Cart.Item").__qualname__)
print(pkgutil.resolve_name("shop.pay.card:charge")(21))
print(pkgutil.resolve_name("os.path:join") is os.path.join)
print(pkgutil.resolve_name("shop").NAME, pkgutil.resolve_name("shop:").NAME)
for bad in ["", "1abc", "a.b:c:d", "shop..cart"]:
    try:
        pkgutil.resolve_name(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    pkgutil.resolve_name("shop.cart:Nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    pkgutil.resolve_name("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)

# A package split over two directories.
other = tempfile.mkdtemp()
os.makedirs(os.path.join(other, "shop"))
with open(os.path.join(other, "shop", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(other, "shop", "extra.py"), "w") as f:
    f.write("Y = 2\n")
sys.path.append(other)
import shop
extended = pkgutil.extend_path(list(shop.__path__), "shop")
print(len(extended), [os.path.basename(os.path.dirname(p)) == os.path.basename(other)
                      for p in extended])
print(pkgutil.extend_path("not a list", "shop"))
try:
    list(pkgutil.iter_modules(root))
except ValueError as e:
    print("ValueError", e)
print(pkgutil.get_importer(root).path == root)
