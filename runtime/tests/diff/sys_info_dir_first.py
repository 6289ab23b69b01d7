# sys's structured attributes are made at their first use: dir(sys) before any of them
# must list them, and the values must be complete.
import sys

names = dir(sys)
for n in ("version_info", "flags", "float_info", "int_info", "hash_info", "implementation",
          "maxunicode", "getdefaultencoding", "get_asyncgen_hooks", "hexversion",
          "thread_info", "exec_prefix", "_xoptions"):
    print(n, n in names)
print("_get_asyncgen_hooks" in names)
print(sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__)
print(sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.maxunicode, sys.getdefaultencoding())
print(sys.get_asyncgen_hooks())
