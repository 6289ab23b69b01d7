# sys's structured attributes are made at their first use: sys.__dict__ (vars) before any
# attribute, then `from sys import *`, must see them.
import sys

d = vars(sys)
print("version_info" in d, "flags" in d, "float_info" in d, "_get_asyncgen_hooks" in d)
print(d["version_info"].minor, d["flags"].optimize, d["hash_info"].width)
from sys import *  # noqa: E402,F401,F403
print(maxunicode, float_info.mant_dig, version_info.releaselevel)  # noqa: F405
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e)
print(getattr(sys, "no_such_attribute", "default"))
