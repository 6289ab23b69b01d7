"""optparse (Ember): the older command-line option parser.

Options (Option objects) are declared on an OptionParser, which turns an argument
list into a Values object plus the leftover positional arguments, and can produce
usage and help text through a HelpFormatter.
"""

import os
import sys
import textwrap

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError',
           'OptionError', 'OptionConflictError', 'OptionValueError',
           'BadOptionError', 'check_choice']


# Message hooks for translation; the texts are used as they are.
def _(message):
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _repr(self):
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


# ---------------------------------------------------------------------------
# Exceptions

class OptParseError(Exception):
    """Base of this module's errors; str() is the message."""

    def __str__(self):
        return self.msg

    def __init__(self, msg):
        self.msg = msg


class OptionError(OptParseError):
    """An Option declared with bad strings or attributes."""

    def __init__(self, msg, option):
        # The option is kept as its display string ("-f/--file"), empty when it has none.
        self.msg, self.option_id = msg, str(option)

    def __str__(self):
        if self.option_id:
            return "option %s: %s" % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    """An option string already taken by another option of the parser."""


class OptionValueError(OptParseError):
    """A command-line value that the option's type or choices reject."""


class BadOptionError(OptParseError):
    """An unknown option on the command line."""

    def __str__(self):
        return _("no such option: %s") % self.opt_str

    def __init__(self, opt_str):
        self.opt_str = opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-option prefix shared by several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listed)


# `default` of an Option that was given none (None is a legitimate default).
NO_DEFAULT = ("NO", "DEFAULT")
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    """Lays out a parser's usage line, headings, descriptions and option list.

    Options take a left column of their strings (-f FILE, --file=FILE); help text
    starts at help_position, on the same line when the strings leave room.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = self._terminal_width() - 2
        self.parser = None
        self.indent_increment = indent_increment
        self.width = width
        self.max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.help_width = None
        self.current_indent = 0
        self.level = 0
        self.short_first = short_first
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"
        self.option_strings = {}
        self.default_tag = "%default"

    @staticmethod
    def _terminal_width():
        try:
            return int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            return 80

    def set_short_opt_delimiter(self, delim):
        if delim not in ("", " "):
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim):
        if delim not in ("=", " "):
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s" + delim + "%s"

    def set_parser(self, parser):
        self.parser = parser

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        """The usage line(s) for `usage` (already %prog-expanded)."""
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        """A section heading such as 'Options'."""
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        # A paragraph filled at the current indentation (never narrower than 11).
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with the default tag replaced by its default value."""
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is None or value is NO_DEFAULT:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(strings) > column:
            # Too wide: the help goes on the next line, in the help column.
            out = [lead + strings + "\n"]
            first_pad = self.help_position
        else:
            out = [lead + strings.ljust(column) + "  "]
            first_pad = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(" " * first_pad + wrapped[0] + "\n")
            pad = " " * self.help_position
            out.extend(pad + line + "\n" for line in wrapped[1:])
        elif not out[0].endswith("\n"):
            out.append("\n")
        return "".join(out)

    def store_option_strings(self, parser):
        """Formats every option's strings and sizes the help column to fit them."""
        # The parser's own options are listed one indent step in, grouped
        # options two steps in.
        step = self.indent_increment
        placed = [(option, self.current_indent + step) for option in parser.option_list]
        placed += [(option, self.current_indent + 2 * step)
                   for group in parser.option_groups for option in group.option_list]
        widest = 0
        for option, margin in placed:
            text = self.format_option_strings(option)
            self.option_strings[option] = text
            widest = max(widest, margin + len(text))
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (or long options first, per short_first)."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in shorts]
            longs = [self._long_opt_fmt % (s, metavar) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """The default layout: 'Usage: ...' and indented 'Heading:' sections."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return "%s%s:\n" % (" " * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' (top level) or '-' (groups)."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        underline = "=-"[self.level] * len(heading)
        return "%s\n%s\n" % (heading, underline)


# ---------------------------------------------------------------------------
# Value checking

def _parse_num(val, type):
    # A 0x/0b prefix picks hex/binary; a bare leading 0 means octal.
    prefix = val[:2].lower()
    if prefix == "0x":
        return type(val, 16)
    if prefix == "0b":
        return type(val[2:] or "0", 2)
    return type(val, 8 if val[:1] == "0" else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, noun = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, noun, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        offered = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, offered))
    return value


# ---------------------------------------------------------------------------
# Options

class Option:
    """One option: its strings (-f, --file) and what it does when seen.

    The class attributes below are the extension points: subclasses add actions
    and types by extending them (and TYPE_CHECKER / CHECK_METHODS).
    """

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that put something into the Values object.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    # Actions that may take a typed value, and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin,
                    "long": check_builtin,
                    "float": check_builtin,
                    "complex": check_builtin,
                    "choice": check_choice}

    CHECK_METHODS = None        # filled in below, once the checks are defined

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    # -- construction ----------------------------------------------------------

    def _check_opt_strings(self, opts):
        # Empty strings and None are ignored, but something must remain.
        given = [opt for opt in opts if opt]
        if not given:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError("invalid option string %r: "
                                  "must be at least two characters long" % opt, self)
            if len(opt) == 2:
                if opt[0] != "-" or opt[1] == "-":
                    raise OptionError("invalid short option string %r: must be of the "
                                      "form -x, (x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            elif opt.startswith("--") and opt[2] != "-":
                self._long_opts.append(opt)
            else:
                raise OptionError("invalid long option string %r: "
                                  "must start with --, followed by non-dash" % opt, self)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                value = attrs.pop(name)
            else:
                value = NO_DEFAULT if name == "default" else None
            setattr(self, name, value)
        if attrs:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(sorted(attrs)), self)

    # The consistency checks run by __init__, in CHECK_METHODS order.

    def _check_action(self):
        action = self.action
        if action is None:
            self.action = "store"
        elif action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                # Giving choices implies the "choice" type.
                self.type = "string" if self.choices is None else "choice"
            return
        if isinstance(self.type, type):
            self.type = self.type.__name__      # int, float, ... name their types
        self.type = "string" if self.type == "str" else self.type
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            kind = str(type(self.choices)).split("'")[1]
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind, self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            # --foo-bar stores into foo_bar; a short option -f into f.
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r"
                                  % self.action, self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action != "callback":
            for name in ("callback", "callback_args", "callback_kwargs"):
                if getattr(self, name) is None:
                    continue
                if name == "callback":
                    raise OptionError("callback supplied (%r) for non-callback option"
                                      % self.callback, self)
                raise OptionError("%s supplied for non-callback option" % name, self)
            return
        if not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)
        for name, kind, noun in (("callback_args", tuple, "tuple"),
                                 ("callback_kwargs", dict, "dict")):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise OptionError("%s, if supplied, must be a %s: not %r"
                                  % (name, noun, value), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    # -- queries -----------------------------------------------------------------

    def takes_value(self):
        """Whether the option consumes argument(s): exactly when it has a type."""
        return self.type is not None

    def get_opt_string(self):
        """The name used in messages: the first long string, else the first short."""
        return (self._long_opts or self._short_opts)[0]

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    # -- processing ------------------------------------------------------------

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action not in ("help", "version"):
            raise ValueError("unknown action %r" % self.action)
        else:
            # Both show something on stdout and end the program.
            (parser.print_help if action == "help" else parser.print_version)()
            parser.exit()
        return 1


make_option = Option


class Values:
    """The results of parsing: one attribute per option destination."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    __repr__ = _repr

    def __str__(self):
        return str(self.__dict__)

    # Equal to another Values or to a dict holding the same attributes.
    def __eq__(self, other):
        if isinstance(other, Values):
            other = vars(other)
        elif not isinstance(other, dict):
            return NotImplemented
        return vars(self) == other

    def _update_careful(self, dict):
        # Only attributes we already have, and never to None.
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](dict)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as source:
            exec(source.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        """attr's value, after setting it to `value` if it is missing or None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------
# Containers of options: the parser itself and its groups

class OptionContainer:
    """The option list and string look-up tables shared by parsers and groups."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        self._short_opt = {}        # "-f" -> Option
        self._long_opt = {}         # "--file" -> Option
        self.defaults = {}          # dest -> default value

    def _share_option_mappings(self, parser):
        # Groups use their parser's tables, so strings are unique parser-wide.
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        """'error' refuses an option whose string is taken; 'resolve' takes it over."""
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def set_description(self, description):
        """Text shown in the help above the options."""
        self.description = description

    def get_description(self):
        """The description as the help shows it."""
        return self.description

    def destroy(self):
        """Drops the references that make parser, groups and options a cycle."""
        del self._short_opt, self._long_opt, self.defaults

    def _check_conflict(self, option):
        clashes = [(opt, self._short_opt[opt]) for opt in option._short_opts
                   if opt in self._short_opt]
        clashes += [(opt, self._long_opt[opt]) for opt in option._long_opts
                    if opt in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(opt for opt, _old in clashes), option)
        if self.conflict_handler == "resolve":
            # The newcomer takes the strings; an older option left without any goes.
            for opt, old in clashes:
                if opt.startswith("--"):
                    old._long_opts.remove(opt)
                    del self._long_opt[opt]
                else:
                    old._short_opts.remove(opt)
                    del self._short_opt[opt]
                if not old._short_opts and not old._long_opts:
                    old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        else:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        dest = option.dest
        if dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for opt in option_list:
            self.add_option(opt)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for table, strings in ((self._short_opt, option._short_opts),
                               (self._long_opt, option._long_opts)):
            for opt in strings:
                del table[opt]
        option.container.option_list.remove(option)

    # -- help ----------------------------------------------------------------

    def format_option_help(self, formatter):
        shown = [opt for opt in self.option_list if opt.help is not SUPPRESS_HELP]
        return "".join(formatter.format_option(opt) for opt in shown)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        blocks = []
        if self.description:
            blocks.append(self.format_description(formatter))
        if self.option_list:
            blocks.append(self.format_option_help(formatter))
        return "\n".join(blocks)


class OptionGroup(OptionContainer):
    """A titled block of a parser's options, for the help output only."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        """The heading of the group in the help."""
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()


class OptionParser(OptionContainer):
    """Turns an argument list (sys.argv[1:] by default) into (values, args).

    Public attributes of interest to callbacks: rargs (arguments still to
    process), largs (positional arguments kept so far) and values.
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.epilog = epilog
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter if formatter is not None else IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    # -- set-up --------------------------------------------------------------

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        for extra in (self.standard_option_list, option_list):
            if extra:
                self.add_options(extra)
        # --version, then -h/--help, come after the caller's options.
        for wanted, add in ((self.version, self._add_version_option),
                            (add_help, self._add_help_option)):
            if wanted:
                add()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            self.usage = usage[7:]      # the formatter supplies its own "Usage: "
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """The first positional argument ends option processing."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        """Whether string defaults go through the options' type checks."""
        self.process_default_values = process

    def set_default(self, dest, value):
        """The value `dest` gets when no option sets it."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """set_default() for several destinations at once."""
        self.defaults.update(kwargs)

    def _get_all_options(self):
        every = list(self.option_list)
        for group in self.option_groups:
            every += group.option_list
        return every

    def get_default_values(self):
        defaults = dict(self.defaults)
        if self.process_default_values:
            # String defaults are converted like command-line values would be.
            for option in self._get_all_options():
                current = defaults.get(option.dest)
                if isinstance(current, str):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), current)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        # Either OptionGroup's arguments (title first) or one ready-made group of ours.
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % first)
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        # The group holding the option; None for one of the parser's own (or none).
        owner = getattr(self.get_option(opt_str), "container", self)
        return None if owner is self else owner

    # -- parsing -------------------------------------------------------------

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Returns (values, positional args); bad input goes to self.error()."""
        rargs = self._get_args(args)
        largs = []
        if values is None:
            values = self.get_default_values()
        # Callbacks see (and may change) these while parsing goes on.
        self.rargs, self.largs, self.values = rargs, largs, values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """A hook for subclasses to validate or adjust the results."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        # Consumes rargs from the front; positional arguments move to largs.
        while rargs:
            arg = rargs[0]
            if arg == "--":
                rargs.pop(0)        # "--" ends the options and is dropped
                return
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _pop_values(self, option, opt, rargs):
        # The next nargs arguments: one string, or a tuple of them.
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext("%(option)s option requires %(number)d argument",
                                "%(option)s option requires %(number)d arguments",
                                count) % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        name, eq, attached = arg.partition("=")
        if eq:
            rargs.insert(0, attached)       # --opt=value: value is the next argument
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._pop_values(option, opt, rargs)
        elif eq:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        # A cluster such as -vxf: flags one by one; an option taking a value
        # takes the rest of the cluster (if any) as its first value.
        arg = rargs.pop(0)
        for pos in range(1, len(arg)):
            opt = "-" + arg[pos]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            value = None
            rest_used = False
            if option.takes_value():
                if pos + 1 < len(arg):
                    rargs.insert(0, arg[pos + 1:])
                    rest_used = True
                value = self._pop_values(option, opt, rargs)
            option.process(opt, value, values, self)
            if rest_used:
                return

    # -- feedback and exit ---------------------------------------------------

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        """s with every %prog replaced by the program name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        """The description, %prog expanded."""
        return self.expand_prog_name(self.description)

    def error(self, msg):
        """Prints the usage and msg to stderr, then exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def exit(self, status=0, msg=None):
        """Writes msg (if any) to stderr and exits with `status`."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_("Options"))
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections.extend(group.format_help(formatter) for group in self.option_groups)
        formatter.dedent()
        # With nothing to list, not even the heading is shown.
        if not sections:
            return ""
        return heading + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of wordmap equal to s, or else the only one that s abbreviates."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap if word.startswith(s))
    if not candidates:
        raise BadOptionError(s)
    if len(candidates) > 1:
        raise AmbiguousOptionError(s, candidates)
    return candidates[0]
