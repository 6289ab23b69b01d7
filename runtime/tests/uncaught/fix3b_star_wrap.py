# except* around a naked exception wraps it in a group that was never raised: no frames
# of its own, and the cause chain shows only the member's.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")


try:
    check(-1)
except* ValueError as group:
    raise RuntimeError("validation failed") from group
