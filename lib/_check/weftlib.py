"""Checker helper: load weft's lib/ modules into CPython under their real names.

Usage:  python3 lib/_check/weftlib.py MOD1,MOD2,... script.py [args]
    runs script.py with the listed lib/ modules pre-loaded in sys.modules
    under their real names (only safe for modules CPython itself does not
    need before the script starts).
    python3 lib/_check/weftlib.py --compare MOD1,... script.py
    runs the script under CPython's own modules and under weft's lib/
    modules and prints a diff of stdout+stderr (exit 1 when they differ).
Also importable: load(name) returns the lib/ module loaded under an alias.
"""

import importlib.util
import os
import sys

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _path_for(name):
    rel = name.replace('.', '/')
    p = os.path.join(LIB, rel, '__init__.py')
    if os.path.exists(p):
        return p, [os.path.dirname(p)]
    return os.path.join(LIB, rel + '.py'), None


def install(name):
    """Load lib/<name> and register it in sys.modules as <name>."""
    if '.' in name:
        parent = name.rsplit('.', 1)[0]
        if parent not in sys.modules or not getattr(sys.modules[parent], '__file__', '').startswith(LIB):
            install(parent)
    path, search = _path_for(name)
    spec = importlib.util.spec_from_file_location(name, path, submodule_search_locations=search)
    mod = importlib.util.module_from_spec(spec)
    old = sys.modules.get(name)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        if old is not None:
            sys.modules[name] = old
        else:
            del sys.modules[name]
        raise
    if '.' in name:
        setattr(sys.modules[name.rsplit('.', 1)[0]], name.rsplit('.', 1)[1], mod)
    return mod


def load(name, alias=None):
    """Load lib/<name> under an alias without touching sys.modules[name]."""
    alias = alias or ('weft_' + name.replace('.', '_'))
    path, search = _path_for(name)
    spec = importlib.util.spec_from_file_location(alias, path, submodule_search_locations=search)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    spec.loader.exec_module(mod)
    return mod


def _hide_thread_extras():
    # simulate a minimal _thread (no RLock, no _local) as weft may provide
    import _thread
    import types
    m = types.ModuleType('_thread')
    for k in dir(_thread):
        if k not in ('RLock', '_local', '_excepthook', '_ExceptHookArgs', '_set_sentinel'):
            setattr(m, k, getattr(_thread, k))
    sys.modules['_thread'] = m


def _run(mods, script, args):
    if os.environ.get('WEFT_PURE_THREAD'):
        _hide_thread_extras()
    if 'subprocess' in mods:
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'shims'))
        import _weft_process  # binds CPython's real subprocess before ours replaces it
        del sys.path[0]
    for m in mods:
        if m:
            # drop CPython's copy (and its submodules) first
            for k in list(sys.modules):
                if k == m or k.startswith(m + '.'):
                    del sys.modules[k]
            install(m)
    sys.argv = [script] + args
    import runpy
    runpy.run_path(script, run_name='__main__')


def _compare(mods, script):
    import subprocess
    import difflib
    a = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=120)
    bad = 0
    envs = [None]
    if 'threading' in mods.split(','):
        envs.append(dict(os.environ, WEFT_PURE_THREAD='1'))
    for env in envs:
        b = subprocess.run([sys.executable, __file__, mods, os.path.abspath(script)], capture_output=True, text=True,
                           timeout=120, env=env)
        bad += _show(a, b, script + (' (pure _thread)' if env else ''))
    return bad


def _show(a, b, script):
    import difflib
    ta = a.stdout + '\n--stderr--\n' + a.stderr + '\n--rc %d' % a.returncode
    tb = b.stdout + '\n--stderr--\n' + b.stderr + '\n--rc %d' % b.returncode
    if ta == tb:
        print('OK  ', script)
        return 0
    print('DIFF', script)
    for line in difflib.unified_diff(ta.splitlines(), tb.splitlines(), 'cpython', 'weft-lib', lineterm=''):
        print('   ', line)
    return 1


if __name__ == '__main__':
    if sys.argv[1] == '--compare':
        bad = 0
        for s in sys.argv[3:]:
            bad += _compare(sys.argv[2], s)
        sys.exit(1 if bad else 0)
    _run(sys.argv[1].split(','), sys.argv[2], sys.argv[3:])
