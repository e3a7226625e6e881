"""Compare weft's lib/difflib.py with CPython's difflib. Run: python3 lib/_check/difflib_check.py"""
import difflib as cdl
import os
import random
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wdl = load('difflib')
C = Checker('difflib')
rng = random.Random(4)
words = ['alpha', 'beta', 'gamma', 'delta', '', '# c', '  ', 'alpha beta', 'x = 1', 'x = 2', 'def f():', '    return 1']


def mutate(lines):
    out = list(lines)
    for _ in range(rng.randrange(4)):
        op = rng.randrange(3)
        if op == 0 and out:
            del out[rng.randrange(len(out))]
        elif op == 1:
            out.insert(rng.randrange(len(out) + 1), rng.choice(words) + '\n')
        elif out:
            i = rng.randrange(len(out))
            s = out[i]
            j = rng.randrange(len(s) + 1)
            out[i] = s[:j] + rng.choice('abxyz _#') + s[j:]
    return out


for i in range(400):
    a = [rng.choice(words) + '\n' for _ in range(rng.randrange(12))]
    b = mutate(a)
    C.same('ndiff %d' % i, list(wdl.ndiff(a, b)), list(cdl.ndiff(a, b)))
    C.same('ndiff linejunk %d' % i, list(wdl.ndiff(a, b, wdl.IS_LINE_JUNK)), list(cdl.ndiff(a, b, cdl.IS_LINE_JUNK)))
    nctx = rng.randrange(4)
    C.same('unified %d' % i, list(wdl.unified_diff(a, b, 'a', 'b', n=nctx)), list(cdl.unified_diff(a, b, 'a', 'b', n=nctx)))
    C.same('unified2 %d' % i, list(wdl.unified_diff(a, b, 'a', 'b', 'd1', 'd2', n=1)), list(cdl.unified_diff(a, b, 'a', 'b', 'd1', 'd2', n=1)))
    C.same('context %d' % i, list(wdl.context_diff(a, b, 'a', 'b')), list(cdl.context_diff(a, b, 'a', 'b')))
    sa = ''.join(a)
    sb = ''.join(b)
    w = wdl.SequenceMatcher(None, sa, sb)
    c = cdl.SequenceMatcher(None, sa, sb)
    C.same('opcodes %d' % i, w.get_opcodes(), c.get_opcodes())
    C.same('ratios %d' % i, (w.ratio(), w.quick_ratio(), w.real_quick_ratio()), (c.ratio(), c.quick_ratio(), c.real_quick_ratio()))
    C.same('blocks %d' % i, [tuple(m) for m in w.get_matching_blocks()], [tuple(m) for m in c.get_matching_blocks()])
    C.same('grouped %d' % i, list(w.get_grouped_opcodes(2)), list(c.get_grouped_opcodes(2)))
    C.same('restore %d' % i, list(wdl.restore(wdl.ndiff(a, b), 2)), b)

big_a = [str(rng.randrange(30)) for _ in range(600)]
big_b = mutate(big_a) + ['x'] * 5
C.same('autojunk', wdl.SequenceMatcher(None, big_a, big_b).get_opcodes(), cdl.SequenceMatcher(None, big_a, big_b).get_opcodes())
C.same('autojunk off', wdl.SequenceMatcher(None, big_a, big_b, False).get_opcodes(), cdl.SequenceMatcher(None, big_a, big_b, False).get_opcodes())
C.same('isjunk', wdl.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;').get_opcodes(),
       cdl.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;').get_opcodes())
C.same('close', wdl.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), cdl.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
C.same('close2', wdl.get_close_matches('wheel', ['while', 'wheat', 'whale', 'heel', 'wheel'], n=2, cutoff=0.3),
       cdl.get_close_matches('wheel', ['while', 'wheat', 'whale', 'heel', 'wheel'], n=2, cutoff=0.3))
C.same('match repr', repr(wdl.SequenceMatcher(None, 'abxcd', 'abcd').find_longest_match(0, 5, 0, 4)),
       repr(cdl.SequenceMatcher(None, 'abxcd', 'abcd').find_longest_match(0, 5, 0, 4)))
ok = C.done()
sys.exit(0 if ok else 1)
