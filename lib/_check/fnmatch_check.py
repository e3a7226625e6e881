"""Compare lib/fnmatch.py with CPython's fnmatch on random and hand-picked patterns."""
import os, sys, random, fnmatch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
w = weftlib.load('fnmatch')
random.seed(5)
alphabet = 'ab-!]^[*?.\\z\n'
bad = 0
pats = ['*.py', 'a*b*c', '*', '**', '?x[!a-c]*', '[]a]', '[!]a]', '[a-]', '[z-a]', '[!z-a]', 'a[', '[\\]',
        'a*b', '*a*', 'a**b', '[a-c-e]', '[--0]', '[!]', '[a&&b]', '[a~~b]', '[a||b]', 'x{a}.+|', '[-]', '[!-]',
        '[a-c]*[!x]?', '*.[ch]', 'file[0-9][0-9].txt', '[^a]', '[[]', '[!!]']
pats += [''.join(random.choice(alphabet) for _ in range(random.randint(0, 7))) for _ in range(3000)]
names = ['', 'a', 'b', 'ab', 'abc', 'a.py', 'x.py', 'aXbYc', '-', ']', '!', '^', '[', 'z', '\\', '.', '\n', 'a\nb',
         'file12.txt', 'fileab.txt', 'x.c', 'x.h', 'x.o']
names += [''.join(random.choice('ab-!]^[.\\z\nc') for _ in range(random.randint(0, 6))) for _ in range(200)]
for p in pats:
    if fnmatch.translate(p) != w.translate(p):
        bad += 1
        print('translate', repr(p), fnmatch.translate(p), w.translate(p))
    for nm in names:
        if fnmatch.fnmatchcase(nm, p) != w.fnmatchcase(nm, p):
            bad += 1
            if bad < 20:
                print('match', repr(nm), repr(p), fnmatch.fnmatchcase(nm, p))
bn = [n.encode() for n in names[:30]]
for p in pats[:300]:
    bp = p.encode()
    if fnmatch.filter(bn, bp) != w.filter(bn, bp):
        bad += 1
        print('bytes', p)
    if fnmatch.filter(names, p) != w.filter(names, p):
        bad += 1
print('fnmatch: %d mismatches' % bad)
