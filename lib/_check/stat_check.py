"""Compare lib/stat.py with CPython's stat module."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib, stat
w = weftlib.load('stat')
bad = 0
for k in dir(stat):
    if k.startswith('__'):
        continue
    if not hasattr(w, k):
        print('missing', k); bad += 1; continue
    a = getattr(stat, k); b = getattr(w, k)
    if isinstance(a, int) and a != b:
        print('diff', k, a, b); bad += 1
random.seed(1)
modes = [random.getrandbits(17) for _ in range(20000)] + [0o40755, 0o100644, 0o120777, 0o10000 | 0o7777, 0o4755, 0o2755, 0o1777, 0o1776]
for m in modes:
    for fn in ['filemode', 'S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK', 'S_IMODE', 'S_IFMT']:
        if getattr(stat, fn)(m) != getattr(w, fn)(m):
            print('diff', fn, oct(m), getattr(stat, fn)(m), getattr(w, fn)(m)); bad += 1; break
print('stat: %d mismatches' % bad)
