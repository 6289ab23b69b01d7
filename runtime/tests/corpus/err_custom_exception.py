# Ends with an uncaught user-defined exception carrying a formatted message.
for n in range(10):
    print(n, "even" if n % 2 == 0 else "odd", bin(n))
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
records = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "", "age": 40}]
def validate(rec):
    if not rec["name"]:
        raise ValidationError("name", "must not be empty")
    if rec["age"] < 18:
        print("warning: minor", rec["name"])
    return True
for r in records:
    print("validating", r)
    validate(r)
    print("ok")
