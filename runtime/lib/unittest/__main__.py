"""unittest.__main__: `python -m unittest [names | discover ...]`."""

import sys

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The usage line names the command the user typed.
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

from unittest.main import main

main(module=None)
