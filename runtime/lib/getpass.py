"""Asking for a password without echoing it, and finding the user's login name.

getpass(prompt='Password: ', stream=None) prompts on the terminal (/dev/tty, or
standard input when that is the terminal) with echo turned off. Where echo
cannot be turned off (no terminal, or no termios module, as in Ember), it warns
with GetPassWarning, prints "Warning: Password input may be echoed." and reads
a line from standard input, the way CPython does on a pipe.

getuser() gives the login name from the environment (LOGNAME, USER, LNAME,
USERNAME), else from the password database.
"""

import contextlib, io, os, sys, warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


try:
    import termios
except ImportError:
    termios = None


class _NoEcho(Exception):
    """Echo cannot be turned off on this descriptor."""


def _read_without_echo(fd, prompt, stream, input):
    if termios is None:
        raise _NoEcho
    answer = None
    try:
        saved = termios.tcgetattr(fd)
        quiet = list(saved)
        quiet[3] &= ~termios.ECHO
        when = termios.TCSAFLUSH | getattr(termios, "TCSASOFT", 0)
        try:
            termios.tcsetattr(fd, when, quiet)
            answer = _raw_input(prompt, stream, input=input)
        finally:
            termios.tcsetattr(fd, when, saved)
            stream.flush()
    except termios.error:
        if answer is not None:
            # The password was read; only restoring the terminal failed.
            raise
        raise _NoEcho
    return answer


def unix_getpass(prompt="Password: ", stream=None):
    """Reads a password from the terminal with echo off; the prompt goes to
    stream (by default the terminal, or standard error)."""
    answer = None
    with contextlib.ExitStack() as cleanup:
        try:
            # The controlling terminal first, whatever stdin and stdout are.
            tty_fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
            tty = cleanup.enter_context(io.FileIO(tty_fd, "w+"))
            source = cleanup.enter_context(io.TextIOWrapper(tty))
            stream = stream or source
            fd = tty_fd
        except OSError:
            # No terminal: try standard input instead.
            cleanup.close()
            source = sys.stdin
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, ValueError):
                fd = None
                answer = fallback_getpass(prompt, stream)
            stream = stream or sys.stderr
        if fd is not None:
            try:
                answer = _read_without_echo(fd, prompt, stream, source)
            except _NoEcho:
                if stream is not source:
                    cleanup.close()
                answer = fallback_getpass(prompt, stream)
        stream.write("\n")
        return answer


def fallback_getpass(prompt="Password: ", stream=None):
    """Reads a password from standard input, echoed, after a warning."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # Show what the stream's encoding can show.
            enc = stream.encoding
            stream.write(prompt.encode(enc, "replace").decode(enc))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line[-1] == "\n" else line


def getuser():
    """The user's login name: the first of the environment variables LOGNAME,
    USER, LNAME and USERNAME that is set and not empty, else the name of the
    current user id in the password database."""
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        name = os.environ.get(var)
        if name:
            return name
    # Failing here (KeyError for an unknown uid) says why there is no name.
    import pwd
    return pwd.getpwuid(os.getuid())[0]


getpass = unix_getpass
