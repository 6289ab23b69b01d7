# logging: format-string validation for the %, { and $ styles, and usesTime.
import logging
fmts = [("%(message)s", "%"), ("%(message)", "%"), ("%(message)z", "%"), ("%(a)-10.3f", "%"), ("%%(x)s", "%"), ("% (x)s", "%"),
        ("%(x)*d", "%"), ("%()s", "%"), ("abc %(name)s", "%"), ("%(na me)s", "%"),
        ("{message}", "{"), ("{message:>10}", "{"), ("{message!s}", "{"), ("{message!z}", "{"), ("{0}", "{"), ("{a.b}", "{"),
        ("{a[0]}", "{"), ("{a-b}", "{"), ("{message:bad spec}", "{"), ("{{literal}}", "{"), ("{message", "{"), ("message}", "{"),
        ("{message:{width}}", "{"), ("{ message}", "{"),
        ("$message", "$"), ("${message}", "$"), ("$$", "$"), ("$$message", "$"), ("${bad name}", "$"), ("$1", "$"), ("${", "$"), ("$", "$"),
        ("x ${name} $", "$"), ("$name $$ ${other}", "$"), ("$ab1_x", "$"), ("${_x}", "$"), ("$é", "$"),
        ("{message:*^20}", "{"), ("{message:^}", "{"), ("{message:+#010,.3f}", "{"), ("{message:.{p}}", "{"), ("{message:x<}", "{"),
        ("{message:<<}", "{"), ("{message:10.}", "{"), ("{message:.}", "{"), ("{message:_}", "{"), ("{message:X}", "{"), ("{message:%}", "{"),
        ("{message:2d2}", "{"), ("{message[]}", "{"), ("{message[a]b}", "{"), ("{message.}", "{"), ("{é}", "{"),
        ("{asctime}", "{"), ("{asctime:>5}", "{"), ("${asctime}", "$"), ("$asctime", "$"), ("%(asctime)s", "%"), ("%(asctime)", "%")]
for f, st in fmts:
    try:
        fm = logging.Formatter(f, style=st)
        print("ok", repr(f), fm.usesTime())
    except Exception as e:
        print(type(e).__name__, repr(f), e)
