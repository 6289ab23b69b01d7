# Exits via SystemExit("message"): the message goes to stderr and the status is 1.
import sys
errors = []
for name in ["alpha", "beta", "", "delta"]:
    if not name:
        errors.append("empty name")
    print("checked", repr(name))
if errors:
    raise SystemExit("fatal: " + "; ".join(errors))
print("not printed")
