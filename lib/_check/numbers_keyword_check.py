"""Compare lib/numbers.py and lib/keyword.py with CPython's."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, same, report
import numbers as CN, keyword as CK
WN = load('numbers')
WK = load('keyword')
for t in [int, float, complex, bool, str, list]:
    both('numbers %s' % t.__name__, lambda m: [issubclass(t, getattr(m, n)) for n in m.__all__], WN, CN)
for n in CN.__all__:
    both('abstracts %s' % n, lambda m: sorted(getattr(m, n).__abstractmethods__), WN, CN)
both('Number hash', lambda m: m.Number.__hash__, WN, CN)
both('keyword lists', lambda m: (m.kwlist, m.softkwlist, m.__all__), WK, CK)
for w in ['if', 'match', 'x', 'None', '_', 'async']:
    both('iskeyword %s' % w, lambda m: (m.iskeyword(w), m.issoftkeyword(w)), WK, CK)
sys.exit(report() and 1)
