"""subprocess: run child programs, wire their standard streams, and collect their output.

Ember's own implementation for Linux. The native module _ember_spawn does the fork/exec
(reporting exec failures back through a close-on-exec pipe), waitpid with a timeout, and the
poll(2) loop that feeds stdin while draining stdout and stderr; this module holds the policy:
argument conversion, the PATH search, the exceptions and their messages.
"""

import io
import os
import signal
import sys
import time
import types
import _ember_spawn

__all__ = [
    "Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
    "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
    "SubprocessError", "TimeoutExpired", "CompletedProcess",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SHELL = "/bin/sh"


# ---------------------------------------------------------------- exceptions

class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# The two errors below hold the child's captured output as .output, also
# reachable as .stdout.
_output_alias = property(lambda self: self.output, _set_output)


def _quietly(func, *args):
    # Clean-up after a failed start: an OSError while closing is not news.
    try:
        func(*args)
    except OSError:
        pass


def _signal_name(number):
    # "<Signals.SIGKILL: 9>", or None for a number that names no signal.
    try:
        return repr(signal.Signals(number))
    except ValueError:
        return None


class CalledProcessError(SubprocessError):
    """A child run by check_call(), check_output() or run(check=True)
    ended with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    stdout = _output_alias

    def __str__(self):
        status = self.returncode
        if not (status and status < 0):
            return "Command '%s' returned non-zero exit status %d." % (
                self.cmd, status)
        # A negative status is the signal that killed the child.
        name = _signal_name(-status)
        if name is None:
            return "Command '%s' died with unknown signal %d." % (
                self.cmd, -status)
        return "Command '%s' died with %s." % (self.cmd, name)


class TimeoutExpired(SubprocessError):
    """A wait for a child outlasted its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    stdout = _output_alias

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd,
                                                             self.timeout)


# ---------------------------------------------------------------- results

class CompletedProcess:
    """run()'s result: the args, the exit status, and whatever output was
    captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [('args', self.args), ('returncode', self.returncode),
                  ('stdout', self.stdout), ('stderr', self.stderr)]
        # args and returncode always; the streams only when captured.
        shown = ["%s=%r" % (key, value) for i, (key, value)
                 in enumerate(fields) if i < 2 or value is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


# ---------------------------------------------------------------- helpers

def _fsbytes(value):
    b = os.fsencode(value)
    if b"\0" in b:
        raise ValueError("embedded null byte")
    return b


def _decode_text(data, encoding, errors):
    # Text-mode output read in one piece: decoded, then universal newlines.
    text = data.decode(encoding, errors)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _remaining(endtime):
    if endtime is None:
        return None
    return endtime - time.monotonic()


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted by the MS C runtime's rules."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(" ")
        quote = not arg or " " in arg or "\t" in arg
        if quote:
            out.append('"')
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                out.append("\\" * (slashes * 2 + 1) + '"')
            else:
                out.append("\\" * slashes + ch)
            slashes = 0
        if quote:
            out.append("\\" * (slashes * 2) + '"')
        else:
            out.append("\\" * slashes)
    return "".join(out)


# ---------------------------------------------------------------- Popen

class Popen:
    """A child process, with pipes to its standard streams where asked for."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        self._devnull = None
        self._communicated = False
        self._in_fd = -1
        self._input = None
        self._input_offset = 0
        self._outputs = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported by Ember")
        for name, value in (("user", user), ("group", group), ("extra_groups", extra_groups)):
            if value is not None:
                raise ValueError("%s is not supported by Ember" % name)
        pass_fds = tuple(sorted(map(int, pass_fds)))
        if pass_fds:
            close_fds = True
        self.args = args
        self.encoding, self.errors = encoding, errors
        self.pipesize = pipesize
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text and "
                                  "universal_newlines are supplied but different. "
                                  "Pass one or the other.")
        self.text_mode = encoding or errors or text or universal_newlines
        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
            else:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in binary "
                              "mode, the default buffer size will be used",
                              RuntimeWarning)
            bufsize = -1

        fds = self._get_handles(stdin, stdout, stderr)
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = fds
        # Our ends not yet inside a file object, closed here if anything fails.
        loose = [fd for fd in (p2cwrite, c2pread, errread) if fd != -1]
        self._ends_closed = False
        # Our pipe ends become file objects, text-wrapped in text mode.
        ends = (("stdin", p2cwrite, "wb", dict(write_through=True,
                                               line_buffering=line_buffering)),
                ("stdout", c2pread, "rb", {}),
                ("stderr", errread, "rb", {}))
        try:
            for attr, fd, mode, text_options in ends:
                if fd == -1:
                    continue
                stream = io.open(fd, mode, bufsize)
                setattr(self, attr, stream)
                loose.remove(fd)
                if self.text_mode:
                    setattr(self, attr, io.TextIOWrapper(
                        stream, encoding=encoding, errors=errors,
                        **text_options))
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell,
                                fds, restore_signals, start_new_session, process_group,
                                umask)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    _quietly(f.close)
            if not self._ends_closed:
                loose += self._child_ends(fds)
            for fd in loose:
                _quietly(os.close, fd)
            if self._devnull is not None:
                os.close(self._devnull)
                self._devnull = None
            raise

    # -- set-up

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _source(self, spec):
        # (parent end, child end) of one stream: -1 where there is none.
        if spec is None:
            return -1, -1
        if spec == PIPE:
            return None
        if spec == DEVNULL:
            return -1, self._get_devnull()
        if isinstance(spec, int):
            return -1, spec
        return -1, spec.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
        if stdin is not None and stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        else:
            p2cread = self._source(stdin)[1]
        if stdout is not None and stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        else:
            c2pwrite = self._source(stdout)[1]
        if stderr is not None and stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr is not None and stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        else:
            errwrite = self._source(stderr)[1]
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _child_ends(self, fds):
        # The child's ends of the pipes made here (others belong to the caller).
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = fds
        ends = []
        if p2cwrite != -1 and p2cread != -1:
            ends.append(p2cread)
        if c2pread != -1 and c2pwrite != -1:
            ends.append(c2pwrite)
        if errread != -1 and errwrite != -1:
            ends.append(errwrite)
        return ends

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       fds, restore_signals, start_new_session, process_group, umask):
        single = isinstance(args, (str, bytes, os.PathLike))
        if single and shell and isinstance(args, os.PathLike):
            raise TypeError("path-like args is not allowed when shell is true")
        args = [args] if single else list(args)
        if shell:
            # The shell (or the given executable) runs the command string.
            args[:0] = [executable or _SHELL, "-c"]
        if executable is None:
            executable = args[0]
        orig_executable = executable

        if env is not None:
            env_list = []
            for key, value in env.items():
                key = os.fsencode(key)
                if b"=" in key:
                    raise ValueError("illegal environment variable name")
                env_list.append(key + b"=" + os.fsencode(value))
            env_list = tuple(_fsbytes(e) for e in env_list)
        else:
            env_list = None
        executable = _fsbytes(executable)
        if os.path.dirname(executable):
            exec_paths = (executable,)
        else:
            exec_paths = tuple(os.path.join(os.fsencode(d), executable)
                               for d in os.get_exec_path(env))
        argv = tuple(_fsbytes(a) for a in args)
        cwd_b = None if cwd is None else _fsbytes(cwd)
        if process_group is None:
            process_group = -1
        p2cread, c2pwrite, errwrite = fds[0], fds[3], fds[5]
        try:
            pid, err, stage = _ember_spawn.fork_exec(
                exec_paths, argv, env_list, cwd_b, p2cread, c2pwrite, errwrite,
                bool(close_fds), pass_fds, bool(restore_signals), bool(start_new_session),
                process_group, umask)
        finally:
            # The child has its copies (or there is no child): close ours of the pipes'
            # far ends and of /dev/null.
            self._ends_closed = True
            for fd in self._child_ends(fds):
                os.close(fd)
            if self._devnull is not None:
                os.close(self._devnull)
                self._devnull = None
        if err:
            if stage == 1:
                raise OSError(err, os.strerror(err), cwd)
            if stage == 2:
                raise OSError(err, os.strerror(err))
            raise OSError(err, os.strerror(err), orig_executable)
        self._child_created = True
        self.pid = pid

    # -- waiting

    def _set_status(self, status):
        if self.returncode is None:
            self.returncode = _ember_spawn.waitstatus_to_exitcode(status)

    def poll(self):
        """The return code if the child has ended, else None."""
        if self.returncode is None:
            try:
                pid, status = _ember_spawn.waitpid(self.pid, _ember_spawn.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
            else:
                if pid == self.pid:
                    self._set_status(status)
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child to end and returns its return code."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, status = _ember_spawn.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
            else:
                self._set_status(status)
            return self.returncode
        endtime = time.monotonic() + timeout
        try:
            status = _ember_spawn.wait_timeout(self.pid, endtime - time.monotonic())
        except ChildProcessError:
            self.returncode = 0
            return 0
        if status is None:
            raise TimeoutExpired(self.args, timeout)
        self._set_status(status)
        return self.returncode

    # -- signals

    def send_signal(self, sig):
        # Only a child not yet reaped; one that exits meanwhile is ignored.
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                return

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # -- talking to the child

    def _write_stdin(self, data):
        # A child that stopped reading (EPIPE, or EINVAL) is not an error.
        pipe = self.stdin
        try:
            if data:
                pipe.write(data)
        except OSError as exc:
            if not isinstance(exc, BrokenPipeError) and exc.errno != 22:
                raise
        try:
            pipe.close()
        except BrokenPipeError:
            return

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to the end, waits; (stdout, stderr)."""
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [self.stdin, self.stdout, self.stderr]
        if timeout is None and not self._communicated and pipes.count(None) >= 2:
            # One pipe at most: no need to multiplex.
            out = err = None
            if self.stdin:
                self._write_stdin(input)
            elif self.stdout:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            out, err = self._exchange(input, endtime, timeout)
        finally:
            self._communicated = True
        self.wait(timeout=_remaining(endtime))
        return out, err

    def _exchange(self, input, endtime, orig_timeout):
        if not self._communicated:
            self._outputs = ([] if self.stdout else None, [] if self.stderr else None)
            if self.stdin:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                except ValueError:
                    # Already closed by the caller.
                    if not self.stdin.closed:
                        raise
                if input:
                    if self.text_mode:
                        input = input.encode(self.stdin.encoding, self.stdin.errors)
                    elif not isinstance(input, bytes):
                        try:
                            input = bytes(memoryview(input))
                        except TypeError:
                            raise TypeError("memoryview: a bytes-like object is required, "
                                            "not '%s'" % type(input).__name__) from None
                    self._input = input
                    # The pump owns a duplicate, closed once everything is written, so
                    # that the child sees end-of-file.
                    self._in_fd = os.dup(self.stdin.fileno())
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        outs, errs = self._outputs
        out_fd = self.stdout.fileno() if self.stdout and not self.stdout.closed else -1
        err_fd = self.stderr.fileno() if self.stderr and not self.stderr.closed else -1
        left = _remaining(endtime)
        if left is not None and left < 0:
            left = 0
        offset, in_open, out, out_open, err, err_open, timed_out = _ember_spawn.pump(
            self._in_fd, self._input, self._input_offset, out_fd, err_fd, left)
        self._input_offset = offset
        if not in_open:
            self._in_fd = -1
        if out:
            outs.append(out)
        if err:
            errs.append(err)
        if out_fd != -1 and not out_open:
            self.stdout.close()
        if err_fd != -1 and not err_open:
            self.stderr.close()
        if timed_out:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b"".join(outs) if outs else None,
                                 stderr=b"".join(errs) if errs else None)
        self.wait(timeout=_remaining(endtime))
        out = None if outs is None else b"".join(outs)
        err = None if errs is None else b"".join(errs)
        if self.text_mode:
            if out is not None:
                out = _decode_text(out, self.stdout.encoding, self.stdout.errors)
            if err is not None:
                err = _decode_text(err, self.stderr.encoding, self.stderr.errors)
        return out, err

    # -- the rest of the interface

    def _set_universal_newlines(self, value):
        self.text_mode = bool(value)

    universal_newlines = property(lambda self: self.text_mode,
                                  _set_universal_newlines)

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                  self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    __class_getitem__ = classmethod(types.GenericAlias)

    def _close_in_fd(self):
        if self._in_fd != -1:
            try:
                os.close(self._in_fd)
            except OSError:
                pass
            self._in_fd = -1

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for reader in (self.stdout, self.stderr):
            if reader:
                reader.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self._close_in_fd()
            self.wait()


# ---------------------------------------------------------------- functions

def call(*popenargs, timeout=None, **kwargs):
    """Runs a command, waits for it, and returns its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """As call(), but a non-zero return code raises CalledProcessError."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its stdout; a non-zero return code raises."""
    for name in ("stdout", "check"):
        if name in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % name)
    if "input" in kwargs and kwargs["input"] is None:
        # input=None has long meant "empty input" here.
        textual = (kwargs.get("universal_newlines") or kwargs.get("text")
                   or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with "
                             "capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, code, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, stderr included, one final newline off."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as ex:
        data = ex.output
        code = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return code, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command, one final newline off."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
