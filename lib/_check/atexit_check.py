"""Check lib/atexit.py: run order, unregister, error report format (compared with CPython's exit output)."""
import os, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
script = r'''
import atexit, sys
def f(x): print('f', x)
def g(): raise ValueError('boom')
atexit.register(f, 1)
atexit.register(g)
atexit.register(f, 2)
atexit.register(print, 'unreg')
atexit.unregister(print)
r = atexit.register(f, 3)
print(r is f)
if len(sys.argv) > 1:
    sys.stdout.flush()
    atexit._run_exitfuncs()
'''
open('/tmp/_atexit_case.py', 'w').write(script)
a = subprocess.run([sys.executable, '/tmp/_atexit_case.py'], capture_output=True, text=True)
b = subprocess.run([sys.executable, os.path.join(HERE, 'weftlib.py'), 'atexit', '/tmp/_atexit_case.py', 'run'],
                   capture_output=True, text=True)
import re
ok = (a.stdout == b.stdout and re.sub('0x[0-9a-f]+', 'X', a.stderr) == re.sub('0x[0-9a-f]+', 'X', b.stderr))
if not ok:
    print(a.stdout, a.stderr, '----', b.stdout, b.stderr)
print('atexit: %s' % ('OK' if ok else 'MISMATCH'))
