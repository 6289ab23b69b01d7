class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no")
class Weird(Exception):
    __module__ = "pkg.mod"
try:
    raise Weird("w")
except Weird:
    raise Bad()
