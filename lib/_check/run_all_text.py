"""Run every libtext checker (each compares a weft lib module with CPython's on many inputs).
Run: python3 lib/_check/run_all.py"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
failed = []
for name in sorted(os.listdir(HERE)):
    if name.endswith('_check.py'):
        p = subprocess.run([sys.executable, os.path.join(HERE, name)], capture_output=True, text=True)
        last = (p.stdout.strip().splitlines() or ['(no output)'])[-1]
        print('%-22s rc=%d  %s' % (name, p.returncode, last))
        if p.returncode:
            failed.append(name)
sys.exit(1 if failed else 0)
