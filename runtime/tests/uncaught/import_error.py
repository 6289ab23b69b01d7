# An error raised while a from-import runs a submodule propagates with its traceback
# (only a missing submodule itself becomes "cannot import name").
import sys

try:
    from exc_import_pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e, file=sys.stderr)
try:
    from exc_import_pkg import needs_missing
except ImportError as e:
    print(type(e).__name__, e, e.name, file=sys.stderr)
print("exc_import_pkg.needs_missing" in sys.modules, file=sys.stderr)
from exc_import_pkg import sub
