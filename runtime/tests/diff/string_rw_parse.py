# string.Formatter.parse: literal chunks, doubled braces, field names with brackets, conversions, nested specs, and each parser error, item by item.
import string
for s in ["{", "}", "a{", "{0", "{0!", "{0!r", "{0:", "x}y", "{{}}", "{0[}", "{!r}", "{0!rx}", "{:{", "{0.}", "{[}"]:
    try:
        print(repr(s), list(string.Formatter().parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
    try:
        print(repr(s), s.format(1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(s), type(e).__name__, e)
for s in ['{0[}]}', '{a[}b]}', '{0[}]}x', '{0[x]}}', '{0!}', '{0!}x', '{0!}}', '{0!:}', '{0!:x}','{0!r:}', '{0!r', '{0!rx', '{0!r:x', '{0:x', '{0:{x}', '{0:}}', '{0:{}', '{!}', '{0!{}', '{0!!}', '{0!r:{!}}', 'ab{0', 'ab{', 'x}}y{{', '{0:!}', '{0{}', '{0{1}}', '', 'plain', '{}{}', '{0.a[b].c}']:
    got = []
    try:
        for item in string.Formatter().parse(s):
            got.append(item)
        print(repr(s), got)
    except ValueError as e:
        print(repr(s), got, "ValueError", e)
