# A config module fails while being imported; the traceback runs through the
# import statement into the helper module's top-level code.
import sys

DEFAULTS = {"timeout": 30, "retries": 2}


def describe(cfg):
    return ", ".join(f"{k}={cfg[k]}" for k in sorted(cfg))


print("defaults:", describe(DEFAULTS))
print("helper loaded before?", "unc_import_helper_bad_helper" in sys.modules)


def load_settings():
    import unc_import_helper_bad_helper as settings
    return settings.SETTINGS


try:
    load_settings()
except KeyError as exc:
    print("first import failed with KeyError", exc)
print("helper in sys.modules after failure?", "unc_import_helper_bad_helper" in sys.modules)


def main():
    cfg = dict(DEFAULTS)
    cfg.update(load_settings())
    print(describe(cfg))


main()
