"""Run sample unittest files under CPython's unittest and under weft's lib/unittest (loaded into
CPython in place of the real one) and compare stdout, stderr and exit status.
Run: python3 lib/_check/unittest_check.py"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
SAMPLES = os.path.join(HERE, 'unittest_samples')

BOOT = r'''
import importlib.util, sys, os
lib = sys.argv.pop(1)
def use(name):
    import os
    path = os.path.join(lib, name)
    spec = importlib.util.spec_from_file_location(name, os.path.join(path, '__init__.py'),
                                                  submodule_search_locations=[path])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
use('unittest')
for name in ('argparse', 'difflib'):
    spec = importlib.util.spec_from_file_location(name, lib + '/' + name + '.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
script = sys.argv[1]
sys.argv = sys.argv[1:]
sys.argv[0] = os.path.basename(script)
sys.path[0] = os.path.dirname(script)
import runpy, os
runpy.run_path(script, run_name='__main__')
'''


def norm(s):
    return re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', s)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=SAMPLES)
    return p.returncode, norm(p.stdout), norm(p.stderr)


bad = 0
n = 0
for name in sorted(os.listdir(SAMPLES)):
    if not name.endswith('.py'):
        continue
    for extra in ([], ['-v'], ['-q'], ['-k', 'add'], ['-h'], ['--bogus'], ['Arith.test_add']):
        n += 1
        want = run([sys.executable, name] + extra)
        got = run([sys.executable, '-c', BOOT, LIB, os.path.join(SAMPLES, name)] + extra)
        if got != want:
            bad += 1
            print('MISMATCH %s %r' % (name, extra))
            import difflib
            for label, g, w in (('rc', str(got[0]), str(want[0])), ('stdout', got[1], want[1]), ('stderr', got[2], want[2])):
                if g != w:
                    print('  %s differs:' % label)
                    for line in difflib.unified_diff(w.splitlines(), g.splitlines(), 'cpython', 'weft', lineterm=''):
                        print('    ' + line)
print('unittest: %d runs, %d mismatches' % (n, bad))
sys.exit(1 if bad else 0)
