"""Compare lib/platform.py with CPython's platform."""
import os, sys, platform
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
w = weftlib.load('platform')
bad = 0
for fn in ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname', 'architecture', 'python_version',
           'python_version_tuple', 'python_implementation', 'python_build', 'python_compiler', 'libc_ver', 'platform',
           'freedesktop_os_release', 'python_branch', 'python_revision']:
    a, b = getattr(platform, fn)(), getattr(w, fn)()
    if fn == 'uname':
        a, b = (repr(a), tuple(a), a.processor), (repr(b), tuple(b), b.processor)
    if a != b:
        bad += 1
        print('DIFF', fn, a, b)
for kw in [dict(terse=True), dict(aliased=True)]:
    if platform.platform(**kw) != w.platform(**kw):
        bad += 1; print('DIFF platform', kw)
if platform.libc_ver(sys.executable) != w.libc_ver(sys.executable):
    bad += 1; print('DIFF libc_ver exe', platform.libc_ver(sys.executable), w.libc_ver(sys.executable))
print('platform: %d mismatches' % bad)
