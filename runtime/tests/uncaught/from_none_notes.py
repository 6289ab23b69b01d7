class MyErr(Exception):
    pass
try:
    try:
        1/0
    except ZeroDivisionError:
        raise MyErr("mine") from None
except MyErr as e:
    e.__notes__ = ["a", 3]
    raise
