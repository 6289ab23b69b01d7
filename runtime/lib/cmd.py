"""cmd (Ember): the Cmd base class for line-oriented command interpreters.

Subclasses define `do_<name>(self, arg)` methods; a line "name rest" calls `do_name("rest")`.
A true return value from a command (after `postcmd`) ends `cmdloop`. `help_<name>` methods
and the docstrings of `do_` methods feed the built-in `help` command.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


def _try_readline():
    try:
        import readline
    except ImportError:
        return None
    return readline


class Cmd:
    """Framework for a read-dispatch loop; subclass it and add do_* methods."""

    prompt, identchars = PROMPT, IDENTCHARS
    intro = None
    lastcmd = ""
    # Read lines with input() (True) or from self.stdin (False).
    use_rawinput = 1
    # Text used by the help listing.
    ruler = "="
    nohelp = "*** No help on %s"
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    undoc_header = "Undocumented commands:"
    misc_header = "Miscellaneous help topics:"

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ----- the loop -----

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        text = self.stdin.readline()
        # An empty read (no newline either) means the input is exhausted.
        return text.rstrip("\r\n") if len(text) else "EOF"

    def cmdloop(self, intro=None):
        """Prompt, read and dispatch lines until a command asks to stop."""
        self.preloop()
        rl = None
        if self.use_rawinput and self.completekey:
            rl = _try_readline()
            if rl is not None:
                self.old_completer = rl.get_completer()
                rl.set_completer(self.complete)
                rl.parse_and_bind(self.completekey + ": complete")
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._next_line())
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if rl is not None:
                rl.set_completer(self.old_completer)

    def precmd(self, line):
        """Hook: sees (and may rewrite) each line before it is run."""
        return line

    def postcmd(self, stop, line):
        """Hook: runs after each command; its result decides whether the loop ends."""
        return stop

    def preloop(self):
        """Hook: runs once as cmdloop() starts."""

    def postloop(self):
        """Hook: runs once as cmdloop() finishes normally."""

    # ----- parsing and dispatch -----

    def parseline(self, line):
        """Split a line into (command, argument, line); command/argument may be None."""
        line = line.strip()
        if not line:
            return None, None, line
        head = line[0]
        if head == "?":
            line = "help " + line[1:]
        elif head == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        chars = self.identchars
        end = 0
        while end < len(line) and line[end] in chars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line; the result is the command's stop flag."""
        name, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if name is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if name == "":
            return self.default(line)
        try:
            handler = getattr(self, "do_" + name)
        except AttributeError:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """Blank input: by default the previous command is run again."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Unrecognised command: report it."""
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    # ----- completion -----

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: the state-th completion of `text`, or None."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            func = self.completenames
            if begidx > 0:
                name = self.parseline(line)[0]
                func = self.completedefault
                if name != "":
                    func = getattr(self, "complete_" + name, self.completedefault)
            self.completion_matches = func(text, line, begidx, endidx)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """Attribute names of the class (do_*, help_* and so on)."""
        return dir(type(self))

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(n[5:] for n in self.get_names() if n.startswith("help_" + args[0]))
        return list(found)

    # ----- help -----

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        out = self.stdout
        if arg:
            try:
                helper = getattr(self, "help_" + arg)
            except AttributeError:
                pass
            else:
                helper()
                return
            try:
                doc = getattr(self, "do_" + arg).__doc__
            except AttributeError:
                doc = None
            if doc:
                out.write("%s\n" % str(doc))
            else:
                out.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {n[5:] for n in names if n[:5] == "help_"}
        documented, undocumented = [], []
        last = None
        for name in sorted(names):
            if name[:3] != "do_" or name == last:
                continue
            last = name
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        out.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings in as few rows as fit `displaywidth`, filling column by column."""
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, x in enumerate(items) if not isinstance(x, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        count = len(items)
        if count == 1:
            self.stdout.write("%s\n" % str(items[0]))
            return
        layout = None
        for nrows in range(1, count):
            ncols = -(-count // nrows)
            widths = []
            total = -2
            for c in range(ncols):
                column = items[c * nrows:(c + 1) * nrows]
                widths.append(max(len(x) for x in column) if column else 0)
                total += widths[-1] + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = (nrows, ncols, widths)
                break
        if layout is None:
            layout = (count, 1, [0])
        nrows, ncols, widths = layout
        for r in range(nrows):
            cells = [items[r + nrows * c] if r + nrows * c < count else "" for c in range(ncols)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("%s\n" % str("  ".join(x.ljust(widths[c]) for c, x in enumerate(cells))))
