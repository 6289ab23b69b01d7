"""unittest.__main__: `python -m unittest [names | discover ...]`."""

import sys

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    # Run as `python -m unittest`: the usage line should name that command, not this file.
    from os.path import basename
    sys.argv[0] = basename(sys.executable) + " -m unittest"
    del basename


from unittest.main import main

main(module=None)
