"""Compile Python source that may be an unfinished interactive command (the codeop module).

compile_command() answers three ways: a code object when the text is a complete command,
None when more lines could still make it one, and a SyntaxError when no continuation helps.
"""

import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# CPython's compiler flags for interactive input; accepted (and passed on) for compatibility.
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_FEATURE_FLAGS = [getattr(__future__, name).compiler_flag
                  for name in __future__.all_feature_names]

# Statements whose header ends in ':' and take an indented body.
_BLOCK_WORDS = frozenset(["if", "for", "while", "try", "with", "def", "class", "async"])

# Messages of syntax errors that more input could still cure.
_OPEN_ENDED = ("was never closed", "unterminated triple-quoted string",
               "unexpected EOF", "expected 'except' or 'finally' block")


def _only_blank(source):
    for line in source.split("\n"):
        text = line.strip()
        if text and not text.startswith("#"):
            return False
    return True


def _first_line(source):
    for line in source.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    return ""


def _opens_block(source):
    """Does the first statement of source start a compound statement?"""
    head = _first_line(source)
    if head.startswith("@"):
        return True
    word = head.split(None, 1)[0].rstrip(":") if head else ""
    if word in _BLOCK_WORDS:
        return True
    # 'match' is a soft keyword: only a header line ending in ':' opens a block.
    return word == "match" and head.split("#", 1)[0].rstrip().endswith(":")


def _wants_more(source, err):
    msg = str(err.msg) if getattr(err, "msg", None) else str(err)
    if any(piece in msg for piece in _OPEN_ENDED):
        return True
    body = source.rstrip()
    if body.endswith("\\"):
        return True
    if msg.startswith("expected an indented block") and body.endswith(":"):
        return True
    lines = [l.strip() for l in body.split("\n") if l.strip()]
    # Only decorators so far: the decorated definition is still to come.
    return bool(lines) and all(l.startswith("@") for l in lines)


def _maybe_compile(compiler, source, filename, symbol):
    if _only_blank(source):
        if symbol == "eval":
            return None
        source = "pass"
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as err:
        if _wants_more(source, err):
            return None
        raise
    # An interactive compound statement ends only at a line break after its last line.
    if symbol == "single" and not source.endswith("\n") and _opens_block(source):
        return None
    return code


class Compile:
    """compile() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get("incomplete_input", True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        seen = getattr(code, "co_flags", 0)
        for flag in _FEATURE_FLAGS:
            if seen & flag:
                self.flags |= flag
        return code


class CommandCompiler:
    """Like compile_command(), but later commands see the __future__ imports of earlier ones."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command: a code object, None if it is unfinished, or SyntaxError."""
    return _maybe_compile(Compile(), source, filename, symbol)
