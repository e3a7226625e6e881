"""subprocess -- subprocess management (weft's own implementation).

Follows https://docs.python.org/3.11/library/subprocess.html

Built on weft's primitive
    _weft_process.spawn(args, cwd, env, stdin_bytes_or_None, capture_stdout,
                        capture_stderr, merge_stderr) -> (returncode, out, err)
which runs a program to completion.  Consequences: a Popen runs its program
when it is created (or, with stdin=PIPE, when its input is complete: at
communicate(), wait(), poll(), or when stdout/stderr are first read);
a `timeout` is enforced by run(), call(), check_call() and check_output(), and by
communicate()/wait() of a Popen that has not started yet: a program still running
then is killed and TimeoutExpired raised; pid is None; piped output is available
in full once the program has finished.
"""

import os
import sys
import io

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ValueError, ImportError, AttributeError, TypeError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running (returned by run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _spawn(*args):
    try:
        import _weft_process
    except ImportError:
        raise OSError("subprocess is not available: weft was built without _weft_process")
    return _weft_process.spawn(*args)


class _StdinPipe(io.BytesIO):
    """Collects what is written to Popen.stdin; closing it starts the program."""

    def __new__(cls, popen):
        return io.BytesIO.__new__(cls)

    def __init__(self, popen):
        io.BytesIO.__init__(self)
        self._popen = popen
        self._data = None

    def close(self):
        if not self.closed:
            self._data = self.getvalue()
            io.BytesIO.close(self)
            popen = self._popen
            if popen is not None and not popen._started:
                popen._start(self._data)


class Popen:
    """Execute a child program (run to completion by weft's spawn primitive)."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.args = args
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        self.returncode = None
        self.pid = None
        # run()/call() set _timeout before __init__ starts the program
        self.__dict__.setdefault('_timeout', None)
        self._started = False
        self._stdout_stream = None
        self._stderr_stream = None
        self._closed_streams = False

        if isinstance(args, (str, bytes)) or isinstance(args, os.PathLike):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = [executable or '/bin/sh', '-c'] + argv
        elif executable is not None:
            argv = [executable] + argv[1:]
        self._argv = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a) for a in argv]
        if not self._argv:
            raise IndexError('list index out of range')
        self._cwd = os.fsdecode(os.fspath(cwd)) if cwd is not None else None
        if env is None:
            env = dict(os.environ)
        self._env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}

        self._stdin_spec = stdin
        self._stdout_spec = stdout
        self._stderr_spec = stderr
        self.stdin = None
        if stdin == PIPE:
            self.stdin = _StdinPipe(self)
            if self.text_mode:
                self.stdin = _TextStdin(self.stdin, self._encoding(), errors)
        else:
            data = self._read_stdin_source(stdin)
            self._start(data)

    # -- helpers
    def _encoding(self):
        return self.encoding or 'utf-8'

    def _read_stdin_source(self, stdin):
        if stdin is None:
            return None
        if stdin == DEVNULL:
            return b''
        if isinstance(stdin, int):
            chunks = []
            while True:
                b = os.read(stdin, 65536)
                if not b:
                    break
                chunks.append(b)
            return b''.join(chunks)
        data = stdin.read()
        if isinstance(data, str):
            data = data.encode(self._encoding())
        return data

    def _start(self, stdin_data):
        if self._started:
            return
        self._started = True
        out_spec, err_spec = self._stdout_spec, self._stderr_spec
        capture_out = out_spec is not None
        merge = err_spec == STDOUT
        capture_err = err_spec is not None and not merge
        if merge and not capture_out:
            # stderr into an inherited stdout: both go to the parent's stdout
            capture_err = False
            merge = False
        rc, out, err = _spawn(self._argv, self._cwd, self._env, stdin_data,
                              capture_out, capture_err, merge, self._timeout)
        if rc is None:
            # killed at the deadline
            self.returncode = -9
            raise TimeoutExpired(self.args, self._timeout)
        self.returncode = rc
        self._stdout_stream = self._deliver(out_spec, out)
        self._stderr_stream = self._deliver(err_spec, err) if not merge else None

    def _deliver(self, spec, data):
        if spec is None or spec == DEVNULL or spec == STDOUT:
            return None
        if data is None:
            data = b''
        if spec == PIPE:
            if self.text_mode:
                return io.TextIOWrapper(io.BytesIO(data), encoding=self._encoding(),
                                        errors=self.errors or 'strict')
            return io.BytesIO(data)
        if isinstance(spec, int):
            os.write(spec, data)
            return None
        try:
            spec.write(data)
        except TypeError:
            spec.write(data.decode(getattr(spec, 'encoding', None) or 'utf-8'))
        try:
            spec.flush()
        except Exception:
            pass
        return None

    def _ensure_started(self):
        if not self._started:
            stdin = self.stdin
            if isinstance(stdin, _TextStdin):
                stdin = stdin._raw
            data = b''
            if stdin is not None:
                data = stdin._data if stdin.closed else stdin.getvalue()
                if data is None:
                    data = b''
            self._start(data)

    @property
    def stdout(self):
        self._ensure_started()
        return self._stdout_stream

    @property
    def stderr(self):
        self._ensure_started()
        return self._stderr_stream

    # -- public API
    def communicate(self, input=None, timeout=None):
        """Send input to stdin, wait for the program, return (stdout_data, stderr_data)."""
        if self._started and input:
            raise ValueError("Cannot send input after starting communication")
        if not self._started:
            if timeout is not None:
                self._timeout = timeout
            stdin = self.stdin
            if isinstance(stdin, _TextStdin):
                stdin = stdin._raw
            data = b''
            if stdin is not None:
                data = (stdin._data if stdin.closed else stdin.getvalue()) or b''
            if input:
                if isinstance(input, str):
                    input = input.encode(self._encoding(), self.errors or 'strict')
                data = bytes(data) + bytes(input)
            self._start(data)
            if self.stdin is not None and not self.stdin.closed:
                try:
                    if isinstance(self.stdin, _TextStdin):
                        self.stdin._raw._popen = None
                    else:
                        self.stdin._popen = None
                    self.stdin.close()
                except Exception:
                    pass
        out = err = None
        if self._stdout_stream is not None:
            out = self._stdout_stream.read()
            self._stdout_stream.close()
        if self._stderr_stream is not None:
            err = self._stderr_stream.read()
            self._stderr_stream.close()
        return (out, err)

    def poll(self):
        """Check if child process has terminated; returns returncode."""
        self._ensure_started()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if not self._started and timeout is not None:
            self._timeout = timeout
        self._ensure_started()
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the process (no effect: it has already finished)."""
        self._ensure_started()

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        try:
            if self.stdin is not None and not self.stdin.closed:
                self.stdin.close()
        finally:
            self._ensure_started()
            for s in (self._stdout_stream, self._stderr_stream):
                if s is not None:
                    s.close()

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _TextStdin:
    """Text-mode writer over a _StdinPipe."""

    def __init__(self, raw, encoding, errors):
        self._raw = raw
        self._encoding = encoding
        self._errors = errors or 'strict'

    def write(self, s):
        self._raw.write(s.encode(self._encoding, self._errors))
        return len(s)

    def writelines(self, lines):
        for s in lines:
            self.write(s)

    def flush(self):
        pass

    @property
    def closed(self):
        return self._raw.closed

    def close(self):
        self._raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _popen_timed(timeout, popenargs, kwargs):
    """A Popen whose program is killed if it runs longer than timeout seconds."""
    p = Popen.__new__(Popen)
    p._timeout = timeout
    p.__init__(*popenargs, **kwargs)
    return p


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete, then return the returncode."""
    with _popen_timed(timeout, popenargs, kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on a non-zero exit code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with _popen_timed(timeout, popenargs, kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string (MS C runtime rules)."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
