"""Helpers for the libdata checkers: load a weft lib/ module under an alias and
compare its behaviour with CPython's real module.

Run a checker from the repository root with python3, e.g.
    python3 lib/_check/operator_check.py
It prints each mismatch and a final "N checks, M mismatches" line.
"""
import importlib.util
import os
import sys

LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

_stats = {'n': 0, 'bad': 0}


def load(name, alias=None):
    """Load lib/<name>.py (or lib/<name>/__init__.py) as module 'weft_<name>'."""
    alias = alias or 'weft_' + name.replace('.', '_')
    if alias in sys.modules:
        return sys.modules[alias]
    path = os.path.join(LIB, *name.split('.'))
    if os.path.isdir(path):
        spec = importlib.util.spec_from_file_location(
            alias, os.path.join(path, '__init__.py'), submodule_search_locations=[path])
    else:
        spec = importlib.util.spec_from_file_location(alias, path + '.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    spec.loader.exec_module(mod)
    return mod


def outcome(fn):
    try:
        return ('ok', fn())
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return ('exc', type(e).__name__, str(e).replace('weft_', ''))


def _norm(x):
    import re
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x).replace('weft_', ''))


def same(desc, ours, ref, norm=_norm):
    """Compare two thunks: results (through norm) or raised exception type+message."""
    _stats['n'] += 1
    a = outcome(ours)
    b = outcome(ref)
    if a[0] == 'ok' and b[0] == 'ok':
        try:
            ra, rb = norm(a[1]), norm(b[1])
        except Exception as e:
            ra, rb = 'norm-failed %r' % e, 'x'
        if ra == rb:
            return True
        a = ('ok', ra)
        b = ('ok', rb)
    elif a == b:
        return True
    _stats['bad'] += 1
    print('MISMATCH', desc)
    print('   weft:', a)
    print('   cpy :', b)
    return False


def eq(desc, got, want):
    _stats['n'] += 1
    if got == want:
        return True
    _stats['bad'] += 1
    print('MISMATCH', desc)
    print('   weft:', repr(got))
    print('   want:', repr(want))
    return False


def both(desc, fn, weft_mod, cpy_mod, norm=_norm):
    """Run fn(module) with both modules and compare."""
    return same(desc, lambda: fn(weft_mod), lambda: fn(cpy_mod), norm)


def report():
    print('%d checks, %d mismatches' % (_stats['n'], _stats['bad']))
    return _stats['bad']
