# Exits via SystemExit("message"): the message goes to stderr and the status is 1.
import sys
for n in range(1, 16):
    print(n, "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n)
errors = []
for name in ["alpha", "beta", "", "delta"]:
    if not name:
        errors.append("empty name")
    print("checked", repr(name))
if errors:
    raise SystemExit("fatal: " + "; ".join(errors))
print("not printed")
