"""unittest.signals: the Ctrl-C handling hooks (results are stopped on request)."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    # Ember delivers KeyboardInterrupt as usual; there is no handler to install.
    pass


def removeHandler(method=None):
    if method is not None:
        return method
