"""unittest.signals: the Ctrl-C handling hooks (results are stopped on request)."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    # Weakly held: registering does not keep a finished result alive.
    _results[result] = True


def removeResult(result):
    # True when `result` was registered (it no longer is).
    return _results.pop(result, None) is not None



def installHandler():
    # Ember delivers KeyboardInterrupt as usual; there is no handler to install.
    pass


def removeHandler(method=None):
    if method is not None:
        return method
