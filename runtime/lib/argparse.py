"""Command-line option and argument parsing with generated usage and help (Ember's own).

The classes, parsing rules, help layout and messages follow CPython 3.11's documented
behaviour. Ember has no regular-expression engine at start-up, so the nargs patterns are
matched by a small backtracking matcher (_nargs_lengths) rather than by regexes.
"""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
    'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# nargs markers, then the value that hides help/defaults.
OPTIONAL = '?'
ONE_OR_MORE = '+'
ZERO_OR_MORE = '*'
REMAINDER = '...'
PARSER = 'A...'
SUPPRESS = '==SUPPRESS=='

# Where a subparser leaves strings it did not recognise for the parent to report.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(message):
    # No message catalogues in Ember: translation is the identity.
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


class _AttributeHolder(object):
    """Mixin giving a ClassName(key=value, ...) repr built from _get_args/_get_kwargs."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        unusual = {}
        for key, value in self._get_kwargs():
            if not key.isidentifier():
                unusual[key] = value
                continue
            shown.append('%s=%r' % (key, value))
        if unusual:
            shown.append('**' + repr(unusual))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return list(self.__dict__.items())


def _copy_items(items):
    # append/extend must not mutate a default list shared between parses.
    if type(items) is list:
        return list(items)
    if items is None:
        return []
    import copy
    return copy.copy(items)


def _ascii_digits(s):
    return s.isascii() and s.isdigit()


def _is_negative_number(s):
    """True for strings such as -5, -.5 and -1.25."""
    if len(s) < 2 or not s.startswith('-'):
        return False
    whole, dot, frac = s[1:].partition('.')
    if not dot:
        return _ascii_digits(whole)
    return _ascii_digits(frac) and (not whole or _ascii_digits(whole))


def _terminal_width():
    try:
        cols = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        cols = 0
    if cols > 0:
        return cols
    try:
        fd = _sys.__stdout__.fileno()
    except Exception:
        fd = 1
    try:
        cols = _os.get_terminal_size(fd).columns
    except Exception:
        cols = 0
    return cols if cols > 0 else 80


def _squash_spaces(text):
    return ' '.join(text.split())


_CLOSER = {'(': ')', '[': ']'}


def _usage_parts(text):
    """Splits a usage string into the pieces that line wrapping keeps whole: bracketed
    groups (up to a closing bracket followed by a space or the end) and plain words."""
    pieces = []
    size = len(text)
    pos = 0
    while pos < size:
        if text[pos].isspace():
            pos += 1
            continue
        stop = _bracket_end(text, pos)
        if stop < 0:
            stop = pos
            while stop < size and not text[stop].isspace():
                stop += 1
        pieces.append(text[pos:stop])
        pos = stop
    return pieces


def _bracket_end(text, pos):
    close = _CLOSER.get(text[pos])
    if close is None:
        return -1
    size = len(text)
    k = text.find(close, pos + 1)
    while k >= 0:
        m = k
        while m < size and text[m] == close:
            m += 1
        if m == size or text[m].isspace():
            return m
        k = text.find(close, k + 1)
    return -1


def _pack_words(words, indent, width, lead=None):
    """Greedy line filling for usage: lines start with indent, except the first one when
    lead (the 'usage: ' prefix, printed by the caller) is given."""
    lines = []
    current = []
    used = len(indent if lead is None else lead) - 1
    for word in words:
        if current and used + 1 + len(word) > width:
            lines.append(indent + ' '.join(current))
            current = []
            used = len(indent) - 1
        current.append(word)
        used += 1 + len(word)
    if current:
        lines.append(indent + ' '.join(current))
    if lead is not None:
        lines[0] = lines[0][len(indent):]
    return lines


class _HelpBlock(object):
    """A section of help output; its items are rendered lazily so that the final column
    width (which depends on every argument) is known by then."""

    def __init__(self, formatter, parent, heading=None):
        self.formatter, self.parent = formatter, parent
        self.heading, self.items = heading, []

    def format_help(self):
        fmt = self.formatter
        nested = self.parent is not None
        if nested:
            fmt._indent()
        body = ''.join([func(*args) for func, args in self.items])
        if nested:
            fmt._dedent()
        if not body:
            return ''
        title = ''
        if self.heading is not None and self.heading is not SUPPRESS:
            title = ' ' * fmt._current_indent + '%s:\n' % (self.heading,)
        return '\n' + title + body + '\n'


class HelpFormatter(object):
    """Builds usage and help text; width defaults to the terminal's less two columns."""

    _Section = _HelpBlock

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._level = self._current_indent = 0
        self._action_max_length = 0
        self._root_section = self._current_section = _HelpBlock(self, None)

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment

    # -- building -------------------------------------------------------------------------

    def start_section(self, heading):
        self._indent()
        block = _HelpBlock(self, self._current_section, heading)
        self._add_item(block.format_help, [])
        self._current_section = block

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Track the widest invocation (with its indent) to place the help column.
        longest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            longest = max(longest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, longest + self._current_indent)
        self._add_item(self._format_action, [action])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage ----------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        prefix = _('usage: ') if prefix is None else prefix
        if usage is not None:
            body = usage % dict(prog=self._prog)
        elif actions:
            body = self._auto_usage(actions, groups, prefix)
        else:
            body = '%(prog)s' % dict(prog=self._prog)
        return '%s%s\n\n' % (prefix, body)

    def _auto_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        body = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(body) <= room:
            return body
        # Too long for one line: wrap options and positionals separately.
        opt_words = _usage_parts(self._format_actions_usage(opts, groups))
        pos_words = _usage_parts(self._format_actions_usage(poss, groups))
        if len(prefix) + len(prog) > 0.75 * room:
            pad = ' ' * len(prefix)
            lines = _pack_words(opt_words + pos_words, pad, room)
            if len(lines) > 1:
                lines = (_pack_words(opt_words, pad, room) +
                         _pack_words(pos_words, pad, room))
            return '\n'.join([prog] + lines)
        pad = ' ' * (len(prefix) + len(prog) + 1)
        if opt_words:
            lines = (_pack_words([prog] + opt_words, pad, room, prefix) +
                     _pack_words(pos_words, pad, room))
        elif pos_words:
            lines = _pack_words([prog] + pos_words, pad, room, prefix)
        else:
            lines = [prog]
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups print as one unit when their members are adjacent here.
        unit_at = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            if actions[first:first + len(members)] == members:
                unit_at[first] = group
                grouped.update(members)
        words = []
        pos = 0
        total = len(actions)
        while pos < total:
            group = unit_at.get(pos)
            if group is not None:
                pos += len(group._group_actions)
                word = self._group_usage(group)
            else:
                action = actions[pos]
                pos += 1
                if action.help is SUPPRESS:
                    continue
                word = self._usage_piece(action, action in grouped)
            if word:
                words.append(word)
        return ' '.join(words)

    def _group_usage(self, group):
        shown = [self._usage_piece(a, True) for a in group._group_actions
                 if a.help is not SUPPRESS]
        if not shown:
            return ''
        joined = ' | '.join(shown)
        if not group.required:
            return '[' + joined + ']'
        return '(' + joined + ')' if len(shown) > 1 else joined

    def _usage_piece(self, action, in_group):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            # Inside a group the group's own brackets replace an optional positional's.
            if in_group and text.startswith('[') and text.endswith(']'):
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            text = action.option_strings[0] + ' ' + self._format_args(action, metavar)
        if action.required or in_group:
            return text
        return '[' + text + ']'

    # -- text and arguments ---------------------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        column = min(self._action_max_length + 2, self._max_help_position)
        help_room = max(self._width - column, 11)
        name_room = column - self._current_indent - 2
        name = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_pad = 0
        if action.help and len(name) <= name_room:
            # Name and the first help line share a row.
            out = ['%s%-*s  ' % (margin, name_room, name)]
        else:
            out = [margin + name + '\n']
            first_pad = column
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                rows = self._split_lines(expanded, help_room)
                out.append(' ' * first_pad + (rows[0] if rows else '') + '\n')
                out.extend(' ' * column + row + '\n' for row in rows[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            (metavar,) = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        tail = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join([flag + ' ' + tail for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{' + ','.join([str(c) for c in action.choices]) + '}'
        else:
            chosen = default_metavar

        def as_tuple(count):
            return chosen if isinstance(chosen, tuple) else (chosen,) * count
        return as_tuple

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        metavars = self._metavar_formatter(action, default_metavar)
        if nargs is None or isinstance(nargs, str):
            spec = _ARG_TEMPLATES.get(nargs)
            if spec is not None:
                template, count = spec
                return template % metavars(count)
            if nargs == ZERO_OR_MORE:
                names = metavars(1)
                if len(names) == 2:
                    return '[%s [%s ...]]' % names
                return '[%s ...]' % names
            if nargs == REMAINDER:
                return '...'
            if nargs == SUPPRESS:
                return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return template % metavars(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in [k for k, v in values.items() if v is SUPPRESS]:
            del values[key]
        for key, value in values.items():
            if hasattr(value, '__name__'):
                values[key] = value.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squash_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash_spaces(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


# nargs -> (usage template, number of metavars it consumes)
_ARG_TEMPLATES = {
    None: ('%s', 1),
    OPTIONAL: ('[%s]', 1),
    ONE_OR_MORE: ('%s [%s ...]', 2),
    PARSER: ('%s ...', 1),
}


class RawDescriptionHelpFormatter(HelpFormatter):
    """Leaves the description and epilog unwrapped."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Leaves every help text unwrapped."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values after their type instead of their destination."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ----------------------------------------------------------------------------------------
# Errors and actions

def _get_action_name(argument):
    """The name an error message uses for an argument: its flags, metavar or dest."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for label in (argument.metavar, argument.dest):
        if label is not None and label is not SUPPRESS:
            return label
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument; str() prefixes the argument's name when known."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        if self.argument_name is not None:
            return 'argument %s: %s' % (self.argument_name, self.message)
        return '%s' % self.message


class ArgumentTypeError(Exception):
    """Raised by a type= callable; its text becomes the argument's error message."""


_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """Turns the strings matched for one argument into namespace updates (in __call__)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))

    def format_usage(self):
        return self.option_strings[0]


class BooleanOptionalAction(Action):
    """A --flag that also accepts --no-flag to turn it off."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        super().__init__(flags, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))


def _check_value_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for store actions must be != 0; if you have nothing to '
                           'store, actions such as store true or store const may be more '
                           'appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for append actions must be != 0; if arg strings are not '
                           'supplying the value to append, the append const action may be '
                           'more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def _grow(self, namespace, values):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)

    def __call__(self, parser, namespace, values, option_string=None):
        self._grow(namespace, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _SubParsersAction(Action):
    """The positional that names a subcommand and passes it the remaining strings."""

    class _ChoicesPseudoAction(Action):
        # Only used to list a subcommand (with its aliases) in the parent's help.
        def __init__(self, name, aliases, help):
            shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            Action.__init__(self, option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._name_parser_map = {}
        self._choices_actions = []
        self._parser_class = parser_class
        self._prog_prefix = prog
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        sub = self._parser_class(**kwargs)
        for key in (name, *aliases):
            taken[key] = sub
        return sub

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            info = {'parser_name': chosen, 'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, _('unknown parser %(parser_name)r (choices: %(choices)s)')
                                % info)
        # The subparser's results (defaults included) override the parent's.
        sub_ns, leftover = sub.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftover)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class FileType(object):
    """type= factory that opens the named file; '-' stands for stdin or stdout."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def _standard_stream(self):
        mode = self._mode
        if 'r' in mode:
            stream = _sys.stdin
        elif any(c in mode for c in 'wax'):
            stream = _sys.stdout
        else:
            raise ValueError(_('argument "-" with mode %r') % mode)
        return stream.buffer if 'b' in mode else stream

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': exc})

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """Simple attribute container; parse_args returns one."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ----------------------------------------------------------------------------------------
# Action containers: the parser itself and its groups

_BUILTIN_ACTIONS = (
    (None, _StoreAction), ('store', _StoreAction), ('store_const', _StoreConstAction),
    ('store_true', _StoreTrueAction), ('store_false', _StoreFalseAction),
    ('append', _AppendAction), ('append_const', _AppendConstAction), ('count', _CountAction),
    ('help', _HelpAction), ('version', _VersionAction), ('parsers', _SubParsersAction),
    ('extend', _ExtendAction),
)


class _ActionsContainer(object):
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.prefix_chars = prefix_chars
        self.description = description
        self.conflict_handler = conflict_handler
        self.argument_default = argument_default
        self._registries = {'action': dict(_BUILTIN_ACTIONS)}
        # Fail early on an unknown conflict_handler.
        self._get_handler()
        self._defaults = {}
        self._actions, self._action_groups = [], []
        self._option_string_actions = {}
        self._mutually_exclusive_groups = []
        # Shared list used as a flag: non-empty once an option looks like a negative number.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def get_default(self, dest):
        # An argument's own (non-None) default wins over set_defaults().
        for found in [a.default for a in self._actions if a.dest == dest]:
            if found is not None:
                return found
        return self._defaults.get(dest, None)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Arguments already added take the new default as well.
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def add_argument(self, *args, **kwargs):
        """Adds a positional (one name without a prefix character) or an option (one or
        more flags); keyword arguments configure the Action that is created and returned."""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if not positional:
            spec = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            spec = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        self._validate_type(action)
        return self._add_action(action)

    def _validate_type(self, action):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Groups have no formatter; the parser checks metavar tuples against nargs.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        flags = action.option_strings
        for flag in flags:
            self._option_string_actions[flag] = action
        if not self._has_negative_number_optionals and any(map(_is_negative_number, flags)):
            self._has_negative_number_optionals.append(True)
        return action

    def _add_container_actions(self, container):
        # Copy a parent parser's arguments, re-creating its groups under the same titles.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            target = by_title.get(group.title)
            if target is None:
                target = by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home.update(dict.fromkeys(group._group_actions, target))
        for group in container._mutually_exclusive_groups:
            clone = self.add_mutually_exclusive_group(required=group.required)
            home.update(dict.fromkeys(group._group_actions, clone))
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may match nothing; '*' is still required unless it has a default.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        flags = []
        long_flags = []
        for flag in args:
            if not flag or flag[0] not in chars:
                raise ValueError('invalid option string %(option)r: must start with a '
                                 'character %(prefix_chars)r'
                                 % {'option': flag, 'prefix_chars': chars})
            flags.append(flag)
            if len(flag) > 1 and flag[1] in chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            # Derive it from the first long flag, else the first flag.
            source = (long_flags or flags)[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % flags[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=flags)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        policy = self.conflict_handler
        handler = getattr(self, '_handle_conflict_%s' % policy, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % policy)
        return handler

    def _remove_action(self, action):
        self._actions.remove(action)

    def _check_conflict(self, action):
        known = self._option_string_actions
        clashes = [(flag, known[flag]) for flag in action.option_strings if flag in known]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        template = ngettext('conflicting option string: %s', 'conflicting option strings: %s',
                            len(conflicting_actions))
        raise ArgumentError(action,
                            template % ', '.join([flag for flag, _old in conflicting_actions]))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer argument wins the flag; an older one left without flags disappears.
        for flag, older in conflicting_actions:
            older.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled help section; its arguments are registered with the parser as well."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Share the parser's tables so that parsing sees arguments added here.
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one may be given (exactly one if required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ----------------------------------------------------------------------------------------
# nargs matching over a pattern of codes: A argument, O option, - the '--' marker

def _nargs_lengths(nargs, pattern, is_optional):
    """Lengths of the prefixes of `pattern` that one argument with `nargs` can take, in the
    order a greedy regular expression would try them. 'A' is an argument string, 'O' an
    option and '-' a '--' marker (options may not take '--')."""
    n = len(pattern)
    # Leading and trailing '--' markers a positional may swallow.
    def lead(i):
        if is_optional:
            return i
        while i < n and pattern[i] == '-':
            i += 1
        return i
    out = []
    if nargs is None:
        i = lead(0)
        if i < n and pattern[i] == 'A':
            j = lead(i + 1)
            out.extend(range(j, i, -1))
        return out
    if nargs == OPTIONAL:
        i = lead(0)
        if i < n and pattern[i] == 'A':
            j = lead(i + 1)
            out.extend(range(j, i, -1))
        out.extend(range(i, -1, -1))
        return _dedupe_ints(out)
    if nargs == ZERO_OR_MORE:
        i = 0
        while i < n and (pattern[i] == 'A' or (pattern[i] == '-' and not is_optional)):
            i += 1
        return list(range(i, -1, -1))
    if nargs == ONE_OR_MORE:
        i = lead(0)
        if i < n and pattern[i] == 'A':
            j = i + 1
            while j < n and (pattern[j] == 'A' or (pattern[j] == '-' and not is_optional)):
                j += 1
            out.extend(range(j, i, -1))
        return out
    if nargs == PARSER:
        i = lead(0)
        if i < n and pattern[i] == 'A':
            j = i + 1
            while j < n and (pattern[j] in 'AO' or (pattern[j] == '-' and not is_optional)):
                j += 1
            out.extend(range(j, i, -1))
        return out
    if nargs == REMAINDER:
        j = 0
        while j < n and (pattern[j] in 'AO' or (pattern[j] == '-' and not is_optional)):
            j += 1
        return list(range(j, -1, -1))
    if nargs == SUPPRESS:
        return [0]
    # An exact count: each argument may carry '--' markers around it (positionals only).
    results = [0]
    for _ in range(nargs):
        nxt = []
        for start in results:
            i = lead(start)
            if i < n and pattern[i] == 'A':
                j = lead(i + 1)
                nxt.extend(range(j, i, -1))
        results = _dedupe_ints(nxt)
    return results


def _dedupe_ints(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out




# Messages for a failed match, by nargs (exact counts are worded separately).
_NARGS_ERRORS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class _ParseState(object):
    """The bookkeeping of one _parse_known_args call: which strings are options, which
    actions have run, what is left over."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.seen = set()
        self.seen_non_default = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for k, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(members[:k] + members[k + 1:])
        self.options = {}
        codes = []
        for k, text in enumerate(strings):
            if text == '--':
                # Everything after '--' is an argument.
                codes.append('-')
                codes.append('A' * (len(strings) - k - 1))
                break
            found = parser._parse_optional(text)
            if found is None:
                codes.append('A')
            else:
                self.options[k] = found
                codes.append('O')
        self.pattern = ''.join(codes)

    def take(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def option_at(self, index):
        """Runs the option at index (and any single-dash flags packed with it); returns the
        index after the strings it consumed."""
        parser = self.parser
        action, flag, attached = self.options[index]
        queued = []
        while True:
            if action is None:
                self.extras.append(self.strings[index])
                return index + 1
            if attached is None:
                start = index + 1
                count = parser._match_argument(action, self.pattern[start:])
                queued.append((action, self.strings[start:start + count], flag))
                end = start + count
                break
            wants = parser._match_argument(action, 'A')
            if wants == 1:
                queued.append((action, [attached], flag))
                end = index + 1
                break
            if wants == 0 and flag[1] not in parser.prefix_chars and attached != '':
                # -xyz where -x takes no value: y (then z) are further flags.
                queued.append((action, [], flag))
                flag = flag[0] + attached[0]
                if flag not in parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % attached)
                action = parser._option_string_actions[flag]
                attached = attached[1:] or None
                continue
            raise ArgumentError(action, _('ignored explicit argument %r') % attached)
        for act, strings, used_flag in queued:
            self.take(act, strings, used_flag)
        return end

    def positionals_at(self, index):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[index:])
        for action, count in zip(self.positionals, counts):
            self.take(action, self.strings[index:index + count])
            index += count
        del self.positionals[:len(counts)]
        return index

    def run(self):
        pos = 0
        option_indices = sorted(self.options)
        last = option_indices[-1] if option_indices else -1
        while pos <= last:
            upcoming = next(k for k in option_indices if k >= pos)
            if pos != upcoming:
                moved = self.positionals_at(pos)
                if moved > pos:
                    pos = moved
                    continue
            if pos not in self.options:
                # Strings no positional wanted, before the next option.
                self.extras.extend(self.strings[pos:upcoming])
                pos = upcoming
            pos = self.option_at(pos)
        pos = self.positionals_at(pos)
        self.extras.extend(self.strings[pos:])

    def finish(self):
        parser = self.parser
        ns = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
                continue
            default = action.default
            # An untouched string default is converted as if it had been given.
            if (isinstance(default, str) and hasattr(ns, action.dest)
                    and getattr(ns, action.dest) is default):
                setattr(ns, action.dest, parser._get_value(action, default))
        if missing:
            parser.error(_('the following arguments are required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_non_default for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            parser.error(_('one of the arguments %s is required') % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace and writes usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            argv0 = _sys.argv[0] if _sys.argv else ''
            prog = _os.path.basename(argv0) if argv0 else ''
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class = formatter_class
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _unchanged)
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', _('subcommands'))
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        kwargs.setdefault('parser_class', type(self))
        if kwargs.get('prog') is None:
            # Subcommand progs start with this parser's usage up to its positionals.
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        action = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        target = self._optionals if action.option_strings else self._positionals
        target._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- entry points ---------------------------------------------------------------------

    def _reject_extras(self, result):
        namespace, extras = result
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_args(self, args=None, namespace=None):
        return self._reject_extras(self.parse_known_args(args, namespace))

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            dest = action.dest
            if dest is not SUPPRESS and action.default is not SUPPRESS \
                    and not hasattr(namespace, dest):
                setattr(namespace, dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        stray = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, None)
        if stray is not None:
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            args.extend(stray)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        return self._reject_extras(self.parse_known_intermixed_args(args, namespace))

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Two passes: the first sees only the options (positionals switched off), the
        second gives the strings left over to the positionals."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        old_usage = self.usage
        try:
            if old_usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            namespace, leftover = self._options_pass(positionals, args, namespace)
            return self._positionals_pass(leftover, namespace)
        finally:
            self.usage = old_usage

    def _options_pass(self, positionals, args, namespace):
        saved = [(a, a.nargs, a.default) for a in positionals]
        try:
            for action in positionals:
                action.nargs = action.default = SUPPRESS
            namespace, leftover = self.parse_known_args(args, namespace)
            for action in positionals:
                if getattr(namespace, action.dest, None) == []:
                    delattr(namespace, action.dest)
        finally:
            for action, nargs, default in saved:
                action.nargs, action.default = nargs, default
        return namespace, leftover

    def _positionals_pass(self, leftover, namespace):
        opt_state = [(a, a.required) for a in self._get_optional_actions()]
        group_state = [(g, g.required) for g in self._mutually_exclusive_groups]
        try:
            for obj, _flag in opt_state + group_state:
                obj.required = False
            return self.parse_known_args(leftover, namespace)
        finally:
            for obj, flag in opt_state + group_state:
                obj.required = flag

    # -- the parse itself -----------------------------------------------------------------

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        state = _ParseState(self, arg_strings, namespace)
        state.run()
        state.finish()
        return namespace, state.extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        marks = self.fromfile_prefix_chars
        for text in arg_strings:
            if not text or text[0] not in marks:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    lines = handle.read().splitlines()
            except OSError as err:
                self.error(str(err))
            else:
                found = [arg for line in lines for arg in self.convert_arg_line_to_args(line)]
                expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        choices = _nargs_lengths(action.nargs, arg_strings_pattern, bool(action.option_strings))
        if choices:
            return choices[0]
        nargs = action.nargs
        message = _NARGS_ERRORS.get(nargs) if nargs is None or isinstance(nargs, str) else None
        if message is None:
            message = ngettext('expected %s argument', 'expected %s arguments', nargs) % nargs
        raise ArgumentError(action, _(message))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # The longest run of leading positionals that can all match.
        for size in range(len(actions), 0, -1):
            counts = self._match_sequence(actions[:size], arg_strings_pattern, 0)
            if counts is not None:
                return counts
        return []

    def _match_sequence(self, actions, pattern, pos):
        """Counts for consecutive positionals from pos, backtracking over each one's
        possible lengths (greediest first); None when they cannot all match."""
        if not actions:
            return []
        head = actions[0]
        for length in _nargs_lengths(head.nargs, pattern[pos:], bool(head.option_strings)):
            tail = self._match_sequence(actions[1:], pattern, pos + length)
            if tail is not None:
                return [length] + tail
        return None

    def _parse_optional(self, arg_string):
        """None for a plain argument, else (action or None, flag, attached value or None)."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        flag, eq, value = arg_string.partition('=')
        if eq and flag in table:
            return table[flag], flag, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join([cand for _act, cand, _val in candidates])
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        if candidates:
            return candidates[0]
        if _is_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        # An unknown option; with a space inside it is taken as an argument instead.
        return None if ' ' in arg_string else (None, arg_string, None)

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        if option_string[0] not in chars:
            self.error(_('unexpected option string: %s') % option_string)
            return []
        table = self._option_string_actions
        found = []
        if option_string[1] in chars:
            # --prefix matches any long flag it abbreviates (value after '=' kept).
            if self.allow_abbrev:
                stem, eq, value = option_string.partition('=')
                value = value if eq else None
                found = [(table[f], f, value) for f in table if f.startswith(stem)]
            return found
        # -xVALUE: the exact short flag -x with VALUE attached, or flags starting -xVALUE.
        short, packed = option_string[:2], option_string[2:]
        for f in table:
            if f == short:
                found.append((table[f], f, packed))
            elif f.startswith(option_string):
                found.append((table[f], f, None))
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        convert = self._get_value
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = convert(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = convert(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [convert(action, text) for text in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, _('%r is not callable') % converter)
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            info = {'type': getattr(action.type, '__name__', repr(action.type)),
                    'value': arg_string}
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r') % info)

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        info = {'value': value, 'choices': ', '.join(map(repr, allowed))}
        raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)')
                            % info)

    # -- output ---------------------------------------------------------------------------

    def _usage_formatter(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        fmt = self._usage_formatter()
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            # Output is best effort (stderr may be closed or None).
            pass

    def exit(self, status=0, message=None):
        self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Reports a command-line mistake: usage and 'prog: error: ...' on stderr, exit 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})


def _unchanged(string):
    # The default type: arguments stay strings.
    return string
