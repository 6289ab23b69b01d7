# raise SystemExit(2) from inside nested calls and a with block.
for arg in ["--help", "-v", "input.txt", "--out=x"]:
    kind = "option" if arg.startswith("-") else "positional"
    print(f"{arg:12} {kind}")
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit handler sees", exc[0].__name__)
        return False
def validate(args):
    if len(args) < 3:
        print("usage: prog a b c")
        raise SystemExit(2)
with Ctx():
    print("validating")
    validate(["x"])
