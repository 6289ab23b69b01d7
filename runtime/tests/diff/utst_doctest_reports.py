# A CSV-ish table formatter whose doctests are run through DocTestParser /
# DocTestRunner with the diff reporting flags, <BLANKLINE>, SKIP and custom checkers.
import doctest
import io
import re
import sys


def render(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


DOCS = {
    "table_ok": """
>>> print(render([("name", "qty"), ("apple", 3), ("kiwi", 12)]))
name  | qty
apple | 3
kiwi  | 12
""",
    "table_ndiff": """
>>> print(render([("a", "b", "c"), (1, 22, 333), (4444, 5, 6)]))
a    | b  | c
1    | 22 | 333
4444 | 55 | 6
extra line
""",
    "blank": """
>>> print("top\\n\\nbottom")
top
<BLANKLINE>
bottom
>>> print("x\\n\\ny")  # doctest: +DONT_ACCEPT_BLANKLINE
x
<BLANKLINE>
y
""",
    "skip_and_bool": """
>>> undefined_name  # doctest: +SKIP
42
>>> 3 > 2
1
>>> 3 > 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
1
>>> len("abc") == 3
True
""",
    "failfast": """
>>> 1 + 1
3
>>> 2 + 2
5
>>> 3 + 3
6
""",
}


class TolerantChecker(doctest.OutputChecker):
    """Treats numbers that differ by less than 1e-6 as equal."""

    NUM = re.compile(r"-?\d+\.\d+")

    def check_output(self, want, got, optionflags):
        if super().check_output(want, got, optionflags):
            return True
        w = self.NUM.findall(want)
        g = self.NUM.findall(got)
        if len(w) != len(g) or not w:
            return False
        if self.NUM.sub("#", want) != self.NUM.sub("#", got):
            return False
        return all(abs(float(a) - float(b)) < 1e-6 for a, b in zip(w, g))


def run_one(name, text, flags=0, checker=None):
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {"render": render}, name, f"{name}.txt", 0)
    print(f"--- {name}: {len(test.examples)} examples, flags={flags}")
    for ex in test.examples:
        print("   ", repr(ex.source), repr(ex.want), ex.lineno, sorted(ex.options.items()))
    out = io.StringIO()
    runner = doctest.DocTestRunner(checker=checker, verbose=False, optionflags=flags)
    runner.run(test, out=out.write)
    print(out.getvalue(), end="")
    res = runner.summarize(verbose=False)
    print("    summary:", res)


if __name__ == "__main__":
    run_one("table_ok", DOCS["table_ok"])
    run_one("table_ndiff", DOCS["table_ndiff"], doctest.REPORT_NDIFF)
    run_one("table_udiff", DOCS["table_ndiff"], doctest.REPORT_UDIFF)
    run_one("table_cdiff", DOCS["table_ndiff"], doctest.REPORT_CDIFF)
    run_one("blank", DOCS["blank"])
    run_one("skip_and_bool", DOCS["skip_and_bool"])
    run_one("failfast", DOCS["failfast"], doctest.FAIL_FAST)
    run_one("failfirst", DOCS["failfast"], doctest.REPORT_ONLY_FIRST_FAILURE)
    floats = """
>>> 0.1 + 0.2
0.3
>>> [1.0000000001, 2.5]
[1.0, 2.5]
>>> 1.5
1.6
"""
    run_one("floats-default", floats)
    run_one("floats-tolerant", floats, checker=TolerantChecker())
    flag = doctest.register_optionflag("MY_CUSTOM_FLAG")
    print("custom flag registered:", flag == doctest.register_optionflag("MY_CUSTOM_FLAG"),
          "MY_CUSTOM_FLAG" in doctest.OPTIONFLAGS_BY_NAME)
    print(doctest.script_from_examples(DOCS["table_ok"] + "Some prose here.\n"))
