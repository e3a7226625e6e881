"""Compare weft's lib/csv.py with CPython's csv. Run: python3 lib/_check/csv_check.py [--bench]"""
import csv as cc
import io
import os
import random
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wc = load('csv')
C = Checker('csv')


def rows(mod, lines, **kw):
    r = mod.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append((row, r.line_num))
    except Exception as e:
        out.append(('exc', type(e).__name__, str(e), r.line_num))
    return out


dialects = [{}, dict(strict=True), dict(escapechar='\\'), dict(escapechar='\\', doublequote=False),
            dict(quoting=cc.QUOTE_NONE), dict(quoting=cc.QUOTE_NONE, escapechar='\\'),
            dict(quoting=cc.QUOTE_NONNUMERIC), dict(skipinitialspace=True), dict(delimiter=';', quotechar="'"),
            dict(delimiter='\t'), dict(delimiter=' ', skipinitialspace=True), dict(doublequote=False),
            dict(quotechar=None), dict(dialect='excel-tab'), dict(dialect='unix')]

inputs = [
    ['a,b,c\r\n', '1,2,3\r\n'], ['a,b,c\n'], ['a,b,c'], [''], ['\n'], ['\r\n'], ['\r'], [',\n'], [',,\n'],
    ['"a","b"\n'], ['"a,b",c\n'], ['"a""b",c\n'], ['"a\n', 'b",c\n', 'd\n'], ['"a\r\n', 'b"\r\n'],
    ['"unterminated\n'], ['"a"b,c\n'], ['a"b,c\n'], ['a,"b\n'], ['a\nb\n'], ['a\rb\n'], ['a,b\r\r\n'],
    ['1,2.5,-3,x\n'], ['1,"2",,3\n'], [' a, b ,"c"\n'], ['a\\,b,c\n'], ['a\\\nb\n', 'c\n'], ['a\\'], ['"a\\"b"\n'],
    ['"a\\\n', 'b"\n'], ['a;b;\'c;d\'\n'], ['a\tb\t"c\td"\n'], ['a  b   c\n'], ['"a" ,b\n'], ['"a"\n', '\n', 'b\n'],
    ['x,"multi\n', 'line\n', '\n', 'field",y\r\n', 'next,row\r\n'], ['é,ü,"中\n文"\n'], ['a\x00b,c\n'],
    ['"",""\n'], ['""\n'], ['"'], ['a,"'], ['"a""\n'], ['"""\n'], ['a,b', 'c,d'], ['a,"b', 'c"'],
    [b'bytes\n'], ['ok\n', 5], ['"a"\r', 'b'], ['\n', 'a\n', '\n'], ['  "a"\n'], ['a, "b,c"\n'],
]
for d in dialects:
    for lines in inputs:
        C.same('reader %r %r' % (d, lines), rows(wc, lines, **d), rows(cc, lines, **d))

# random fuzz
rng = random.Random(11)
alphabet = ['a', 'b', ',', '"', '\n', '\r', ' ', '\\', ';', '\t', '1', '.', 'é', "'"]
for i in range(3000):
    text = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
    lines = io.StringIO(text, newline='').readlines()
    d = rng.choice(dialects)
    C.same('fuzz %r %r' % (d, text), rows(wc, lines, **d), rows(cc, lines, **d))

# field size limit
for lim in (5, 10):
    cc.field_size_limit(lim)
    wc.field_size_limit(lim)
    for lines in (['abcdef\n'], ['abcde\n'], ['"abcdef"\n'], ['"abc\n', 'def"\n'], ['a,bcdefghijkl\n'], ['1234567890,x']):
        for d in ({}, dict(escapechar='\\'), dict(quoting=cc.QUOTE_NONNUMERIC)):
            C.same('limit %d %r %r' % (lim, lines, d), rows(wc, lines, **d), rows(cc, lines, **d))
C.same('limit restore', wc.field_size_limit(131072), cc.field_size_limit(131072))
C.call('limit type', lambda: wc.field_size_limit('x'), lambda: cc.field_size_limit('x'))

# writer
values = ['', 'a', 'a,b', 'a"b', 'a\nb', 'a\rb', ' a', '"', '\\', 'a\\b', "'", 'é中', 1, 2.5, 1e20, -0.0, True, None, 10**20, 'a;b', 'a\tb']
wdialects = [{}, dict(lineterminator='\n'), dict(quoting=cc.QUOTE_NONNUMERIC), dict(quoting=cc.QUOTE_ALL),
             dict(quoting=cc.QUOTE_NONE), dict(quoting=cc.QUOTE_NONE, escapechar='\\'),
             dict(escapechar='\\', doublequote=False), dict(escapechar='\\'), dict(doublequote=False),
             dict(delimiter=';', quotechar="'"), dict(dialect='unix'), dict(dialect='excel-tab'),
             dict(quotechar=None, escapechar='\\')]


def wrow(mod, row, **kw):
    f = io.StringIO()
    try:
        w = mod.writer(f, **kw)
        r = w.writerow(row)
        return (r, f.getvalue())
    except Exception as e:
        return ('exc', type(e).__name__, str(e), f.getvalue())


for d in wdialects:
    for v in values:
        C.same('writer %r %r' % (d, v), wrow(wc, [v], **d), wrow(cc, [v], **d))
        C.same('writer2 %r %r' % (d, v), wrow(wc, [v, 'x'], **d), wrow(cc, [v, 'x'], **d))
    for i in range(60):
        row = [rng.choice(values) for _ in range(rng.randrange(5))]
        C.same('writer rand %r %r' % (d, row), wrow(wc, row, **d), wrow(cc, row, **d))
        # round trip through the reader
        text = wrow(cc, row, **d)
        if text[0] != 'exc':
            lines = io.StringIO(text[1], newline='').readlines()
            C.same('rt %r %r' % (d, row), rows(wc, lines, **d), rows(cc, lines, **d))
C.same('writer bad', wrow(wc, 5), wrow(cc, 5))
C.call('writer nowrite', lambda: wc.writer(5), lambda: cc.writer(5))

# dialect validation
bad_kws = [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None), dict(quotechar=1),
           dict(quotechar='ab'), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=1),
           dict(lineterminator=None), dict(quoting=9), dict(quoting='a'), dict(foo=1), dict(dialect='nope'),
           dict(quotechar=None, quoting=cc.QUOTE_ALL), dict(delimiter=1, quoting='x'), dict(strict=2), dict(doublequote=0)]


def dial(mod, kw):
    d = mod.reader([], **kw).dialect
    return tuple(getattr(d, a) for a in ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'))


for kw in bad_kws + dialects:
    C.call('dialect %r' % kw, lambda: dial(wc, kw), lambda: dial(cc, kw))


def mkd(mod):
    class D(mod.Dialect):
        delimiter = ','
    class E(mod.Dialect):
        delimiter = ';'; quotechar = '"'; lineterminator = '\n'; quoting = mod.QUOTE_MINIMAL
        doublequote = True; skipinitialspace = False
    return D, E


for idx in (0, 1):
    C.call('Dialect sub %d' % idx, lambda: type(mkd(wc)[idx]()).__name__, lambda: type(mkd(cc)[idx]()).__name__)
C.call('Dialect base', lambda: wc.Dialect(), lambda: cc.Dialect())
C.call('reader with class', lambda: rows(wc, ['a;b\n'], dialect=mkd(wc)[1]), lambda: rows(cc, ['a;b\n'], dialect=mkd(cc)[1]))
C.same('list_dialects', sorted(wc.list_dialects()), sorted(cc.list_dialects()))
C.call('get_dialect bad', lambda: wc.get_dialect('x'), lambda: cc.get_dialect('x'))
C.call('unregister bad', lambda: wc.unregister_dialect('x'), lambda: cc.unregister_dialect('x'))
C.call('register bad', lambda: wc.register_dialect(1), lambda: cc.register_dialect(1))
wc.register_dialect('pipes', delimiter='|', quoting=wc.QUOTE_ALL)
cc.register_dialect('pipes', delimiter='|', quoting=cc.QUOTE_ALL)
C.same('registered', wrow(wc, ['a', 1], dialect='pipes'), wrow(cc, ['a', 1], dialect='pipes'))
C.same('registered2', wrow(wc, ['a', 1], dialect='pipes', delimiter=':'), wrow(cc, ['a', 1], dialect='pipes', delimiter=':'))
wc.unregister_dialect('pipes')
cc.unregister_dialect('pipes')
C.same('consts', (wc.QUOTE_MINIMAL, wc.QUOTE_ALL, wc.QUOTE_NONNUMERIC, wc.QUOTE_NONE),
       (cc.QUOTE_MINIMAL, cc.QUOTE_ALL, cc.QUOTE_NONNUMERIC, cc.QUOTE_NONE))
C.same('Error module', (wc.Error.__module__, wc.Error.__name__), (cc.Error.__module__, cc.Error.__name__))


# DictReader / DictWriter
def dread(mod, text, **kw):
    r = mod.DictReader(io.StringIO(text, newline=''), **kw)
    out = []
    try:
        for row in r:
            out.append((row, r.line_num))
        out.append(r.fieldnames)
    except Exception as e:
        out.append(('exc', type(e).__name__, str(e)))
    return out


for text in ['a,b,c\r\n1,2,3\r\n4,5\r\n6,7,8,9\r\n\r\n10,11,12\r\n', '', 'a,b\n', 'a,b\n\n\n1,2\n', '"x\ny",z\n1,2\n']:
    for kw in [{}, dict(restkey='R', restval='V'), dict(fieldnames=['p', 'q']), dict(fieldnames=iter(['p', 'q', 'r', 's']))]:
        C.same('DictReader %r %r' % (text, kw), dread(wc, text, **kw), dread(cc, text, **kw))


def dwrite(mod, rowsd, **kw):
    f = io.StringIO()
    try:
        w = mod.DictWriter(f, **kw)
        h = w.writeheader()
        for r in rowsd:
            w.writerow(r)
        w.writerows(rowsd)
        return (h, f.getvalue())
    except Exception as e:
        return ('exc', type(e).__name__, str(e), f.getvalue())


for kw in [dict(fieldnames=['a', 'b']), dict(fieldnames=['a', 'b'], restval='R'), dict(fieldnames=['a'], extrasaction='ignore'),
           dict(fieldnames=['a']), dict(fieldnames=['a'], extrasaction='bogus'), dict(fieldnames=['b', 'a'], quoting=cc.QUOTE_ALL)]:
    C.same('DictWriter %r' % kw, dwrite(wc, [{'a': 1, 'b': 'x,y'}, {'a': None}], **kw), dwrite(cc, [{'a': 1, 'b': 'x,y'}, {'a': None}], **kw))

# Sniffer on common samples
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'name;age;city\nBob;42;"New; York"\nAl;3;Rome\n', 'x\ty\tz\n1\t2\t3\n4\t5\t6\n',
           '"a","b","c"\n"1","2","3"\n', "'a', 'b', 'c'\n'1', '2', '3'\n", 'h1:h2\nv1:v2\nv3:v4\n',
           'id,name,score\n1,"Smith, J",3.5\n2,"Doe, ""JD""",4.0\n3,Lee,2.5\n']
for s in samples:
    def sn(mod):
        d = mod.Sniffer().sniff(s)
        return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, mod.Sniffer().has_header(s))
    C.call('sniff %r' % s, lambda: sn(wc), lambda: sn(cc))

ok = C.done()

if '--bench' in sys.argv:
    rng = random.Random(3)
    buf = io.StringIO(newline='')
    w = cc.writer(buf)
    words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet,', '"quoted"', 'x']
    for i in range(8000):
        body = '\n'.join(' '.join(rng.choice(words) for _ in range(rng.randrange(5, 25))) for _ in range(rng.randrange(1, 30)))
        w.writerow([i, 'DOC-%d' % i, 'Subject %d' % i, 'H', 'Someone', i % 7, '2012-01-01T05:00:00+00:00', '', '', 'F-2014', 'x', '', '', '', '', '', '', '', '', 'RELEASE IN FULL', body, body + '\nraw'])
    text = buf.getvalue()
    print('bench: %.1f MB' % (len(text) / 1e6))
    for name, mod in (('weft-lib', wc), ('cpython', cc)):
        t = time.perf_counter()
        out = list(mod.reader(io.StringIO(text, newline='')))
        print('%s reader: %.3fs (%d rows)' % (name, time.perf_counter() - t, len(out)))
    print('same rows:', list(wc.reader(io.StringIO(text, newline=''))) == list(cc.reader(io.StringIO(text, newline=''))))
sys.exit(0 if ok else 1)
