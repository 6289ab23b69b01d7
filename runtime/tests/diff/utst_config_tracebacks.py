# A config-file loader whose error-path tests fail in varied ways: chained
# exceptions, raise-from, notes, comprehension/generator/lambda frames.
import io
import re
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


def parse_line(line):
    key, _, value = line.partition("=")
    return key.strip(), value.strip()


def parse(text):
    return dict(parse_line(l) for l in text.splitlines() if l.strip())


def typed(cfg, key, conv):
    try:
        return conv(cfg[key])
    except KeyError:
        raise ConfigError(key, "missing")
    except ValueError as e:
        raise ConfigError(key, "bad value") from e


def ports(cfg):
    return [int(p) for p in cfg["ports"].split(",")]


def lazy_hosts(cfg):
    for h in cfg["hosts"].split(","):
        yield h.strip().upper() if h.strip() else h.strip().lower().nonexistent


SAMPLE = """
name = demo
port = 80x
ports = 80, 443, eighty
hosts = a, b,  , c
timeout = 3.5
"""


class ConfigTests(unittest.TestCase):
    def setUp(self):
        self.cfg = parse(SAMPLE)

    def test_name(self):
        self.assertEqual(self.cfg["name"], "demo")

    def test_missing_key(self):
        typed(self.cfg, "retries", int)

    def test_bad_port(self):
        typed(self.cfg, "port", int)

    def test_ports_list(self):
        self.assertEqual(ports(self.cfg), [80, 443, 80])

    def test_hosts(self):
        self.assertEqual(list(lazy_hosts(self.cfg)), ["A", "B", "C"])

    def test_note(self):
        try:
            typed(self.cfg, "timeout", int)
        except ConfigError as e:
            e.add_note("while checking the timeout setting")
            e.add_note("hint: use an integer number of seconds")
            raise

    def test_sorted_key(self):
        keys = sorted(self.cfg, key=lambda k: self.cfg[k] + 1)
        self.assertTrue(keys)

    def test_context_in_handler(self):
        try:
            {}["x"]
        except KeyError:
            self.cfg["name"] / 2

    def test_suppressed_context(self):
        try:
            int("zz")
        except ValueError:
            raise RuntimeError("replaced") from None

    def test_assert_inside_helper(self):
        def check(v):
            self.assertIsInstance(v, int, f"value {v!r}")
        for k in ("name",):
            check(self.cfg[k])

    def test_error_attrs(self):
        with self.assertRaises(ConfigError) as cm:
            typed(self.cfg, "port", float)
        exc = cm.exception
        print("key:", exc.key, "| cause:", repr(exc.__cause__),
              "| context is cause:", exc.__context__ is exc.__cause__)
        self.assertEqual(exc.args, ("port: bad value",))


if __name__ == "__main__":
    suite = unittest.TestLoader().loadTestsFromTestCase(ConfigTests)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
