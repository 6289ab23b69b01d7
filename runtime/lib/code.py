"""Building blocks for interactive interpreters (the code module)."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting errors through write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Run source if complete; return True when more input is needed."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            # A bad command: reported, and the next one is awaited.
            self.showsyntaxerror(filename)
            return False
        incomplete = compiled is None
        if not incomplete:
            self.runcode(compiled)
        return incomplete

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except BaseException as exc:
            if isinstance(exc, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        if filename and kind is SyntaxError:
            # Report the error against the name the caller gave, not the compiler's.
            try:
                msg, (_, lineno, offset, text) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, text))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        try:
            # Leave out our own frame (the one that called exec).
            text = traceback.format_exception(kind, value, tb.tb_next)
            if sys.excepthook is sys.__excepthook__:
                self.write("".join(text))
            else:
                sys.excepthook(kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that gathers lines into commands, as the interactive prompt does."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def push(self, line):
        """Add one line; return True while the command so far is unfinished."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)

    def _interact_step(self, pending):
        # One line read and pushed; None once input has ended.
        self._pending = False
        prompt = sys.ps2 if pending else sys.ps1
        try:
            try:
                line = self.raw_input(prompt)
            except EOFError:
                self.write("\n")
                return None
            self._pending = self.push(line)
        except KeyboardInterrupt:
            self.write("\nKeyboardInterrupt\n")
            self.resetbuffer()
        return True

    def interact(self, banner=None, exitmsg=None):
        ps1 = getattr(sys, "ps1", None)
        if ps1 is None:
            sys.ps1 = ps1 = ">>> "
        ps2 = getattr(sys, "ps2", None)
        if ps2 is None:
            sys.ps2 = ps2 = "... "
        name = type(self).__name__
        if banner is None:
            note = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write(f"Python {sys.version} on {sys.platform}\n{note}\n({name})\n")
        elif banner:
            self.write(f"{banner}\n")
        pending = False
        while self._interact_step(pending) is not None:
            pending = self._pending
        if exitmsg is None:
            self.write(f"now exiting {name}...\n")
        elif exitmsg != "":
            self.write(f"{exitmsg}\n")


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over local (reading lines with readfunc if given)."""
    console = InteractiveConsole(local)
    if readfunc is None:
        try:
            import readline  # noqa: F401  (line editing, where available)
        except ImportError:
            readline = None
    else:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
