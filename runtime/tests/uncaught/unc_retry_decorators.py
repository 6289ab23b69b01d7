# Decorators built with functools.wraps: a retry wrapper that converts the last
# failure with `raise ... from ...`, a validator, and a logging layer.
import functools


class ServiceUnavailable(Exception):
    pass


class GaveUp(RuntimeError):
    def __init__(self, name, attempts):
        super().__init__(f"{name} failed after {attempts} attempts")
        self.attempts = attempts


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args[1:]}")
        return func(*args, **kwargs)
    return wrapper


def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ServiceUnavailable as exc:
                    print(f"  attempt {attempt} of {func.__qualname__}: {exc}")
                    last = exc
            raise GaveUp(func.__qualname__, times) from last
        return wrapper
    return deco


def positive(*names):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for n in names:
                if kwargs[n] <= 0:
                    raise ValueError(f"{n} must be positive, got {kwargs[n]}")
            return func(**kwargs)
        return wrapper
    return deco


class Backend:
    def __init__(self, healthy_after):
        self.calls = 0
        self.healthy_after = healthy_after

    def query(self, key):
        self.calls += 1
        if self.calls <= self.healthy_after:
            raise ServiceUnavailable(f"backend busy (call {self.calls})")
        return key.upper()


class Client:
    def __init__(self, backend):
        self.backend = backend

    @logged
    @retry(3)
    def fetch(self, key):
        return self.backend.query(key)


@positive("width", "height")
def area(*, width, height):
    return width * height


print(area.__name__, area.__wrapped__.__name__, area(width=3, height=4))
print(Client.fetch.__qualname__)
c = Client(Backend(healthy_after=2))
print(c.fetch("alpha"))
slow = Client(Backend(healthy_after=10))
print(slow.fetch("beta"))
