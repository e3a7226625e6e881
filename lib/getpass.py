"""weft's getpass: getpass() and getuser() (https://docs.python.org/3.11/library/getpass.html)."""

import os
import sys

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid() if hasattr(os, 'getuid') else None
    if uid is not None:
        try:
            with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
                for line in f:
                    parts = line.split(':')
                    if len(parts) > 2 and parts[2] == str(uid):
                        return parts[0]
        except OSError:
            pass
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    """Read a password. weft cannot turn terminal echo off, so it does what CPython does
    without a terminal: warn, write the prompt to `stream` and read a line from stdin."""
    import warnings
    if stream is None:
        stream = sys.stderr
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    print('Warning: Password input may be echoed.', file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line
