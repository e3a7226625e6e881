"""Run every libsys checker against CPython 3.11:  python3 lib/_check/run_all.py"""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
W = os.path.join(HERE, 'weftlib.py')
S = os.path.join(HERE, 'scripts')
jobs = [
    [W, '--compare', 'threading', S + '/threading_basic.py', S + '/threading_sync.py', S + '/threading_exit.py', S + '/threading_stress.py'],
    [W, '--compare', 'threading,queue', S + '/queue_basic.py'],
    [W, '--compare', 'threading,queue,concurrent', S + '/futures_basic.py'],
    [W, '--compare', 'warnings', S + '/warnings_basic.py'],
    [W, '--compare', 'shutil,tempfile', S + '/shutil_tempfile.py'],
    [W, '--compare', 'weakref', S + '/weakref_basic.py'],
    [W, '--compare', 'subprocess', S + '/subprocess_basic.py'],
]
for name in ['stat_check', 'os_check', 'io_check', 'traceback_check', 'fnmatch_check', 'glob_check',
             'pathlib_check', 'platform_check', 'atexit_check', 'signal_check']:
    jobs.append([os.path.join(HERE, name + '.py')])
failed = 0
for j in jobs:
    r = subprocess.run([sys.executable] + j, capture_output=True, text=True)
    out = (r.stdout + r.stderr).strip().splitlines()
    summary = [l for l in out if l.startswith(('OK', 'DIFF')) or 'mismatch' in l or 'differ' in l or l.endswith(('OK', 'MISMATCH'))]
    for l in summary:
        print(l)
    if r.returncode != 0 or any(l.startswith('DIFF') for l in out) or any(
            (' 0 mismatches' not in l and ' 0 of ' not in l) for l in summary if 'mismatch' in l or 'differ' in l):
        failed += 1
        print('\n'.join(out[-40:]))
print('FAILED groups: %d' % failed if failed else 'all libsys checks passed')
sys.exit(1 if failed else 0)
