"""getopt: C-style parser for command line options.

Follows https://docs.python.org/3.11/library/getopt.html
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options from args (stops at the first non-option argument)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        first = args[0]
        if first == '--':
            args = args[1:]
            break
        if first.startswith('--'):
            opts, args = _long(opts, first[2:], longopts, args[1:])
        else:
            opts, args = _short(opts, first[1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-options may be intermixed."""
    opts = []
    rest = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_first = True
    else:
        import os
        stop_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        first = args[0]
        if first == '--':
            rest += args[1:]
            break
        if first[:2] == '--':
            opts, args = _long(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            opts, args = _short(opts, first[1:], shortopts, args[1:])
        elif stop_first:
            rest += args
            break
        else:
            rest.append(first)
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    if '=' in opt:
        opt, value = opt.split('=', 1)
    else:
        value = None
    needs_arg, opt = _long_lookup(opt, longopts)
    if needs_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value = args[0]
            args = args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def _long_lookup(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = matches[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short(opts, chars, shortopts, args):
    while chars != '':
        c = chars[0]
        chars = chars[1:]
        if _short_needs_arg(c, shortopts):
            if chars == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % c, c)
                chars = args[0]
                args = args[1:]
            value = chars
            chars = ''
        else:
            value = ''
        opts.append(('-' + c, value))
    return opts, args


def _short_needs_arg(c, shortopts):
    n = len(shortopts)
    for i in range(n):
        if shortopts[i] == c and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % c, c)
