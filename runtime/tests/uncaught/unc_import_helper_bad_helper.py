# Helper module for unc_import_helper_bad.py: computes settings at import time
# and fails doing so (a lookup of a profile that is not defined).
PROFILES = {
    "dev": {"timeout": 5, "debug": True},
    "prod": {"timeout": 60, "debug": False},
}
ACTIVE = "staging"


def _resolve(name):
    base = dict(PROFILES["dev"])
    base.update(PROFILES[name])
    return base


def _build():
    merged = {}
    for layer in ("dev", ACTIVE):
        merged.update(_resolve(layer))
    return merged


SETTINGS = _build()
