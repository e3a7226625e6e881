# Edge cases of csv.reader / csv.writer (the native _csv parser and formatter).
import csv
import io


def rd(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        out = []
        for row in r:
            out.append(row)
        print(out, r.line_num)
    except Exception as e:
        print(type(e).__name__, e)


def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for row in rows:
            w.writerow(row)
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))


rd(['a,b,c\r\n', '1,2,3\r\n'])
rd(['a,"b\r\n', 'c",d\r\n', 'e\n'])
rd(['"x""y",z\n'])
rd(['"x"y,z\n'])
rd(['"x"y,z\n'], strict=True)
rd(['"abc'])
rd(['"abc'], strict=True)
rd(['abc\ndef'])
rd(['a\rb'])
rd(['\n', '\r\n', 'x\n', ''])
rd(['a,\n'])
rd([',\n'])
rd([' a, b,  "c"\n'], skipinitialspace=True)
rd(['a\\,b,c\n'], escapechar='\\')
rd(['"a\\"b",c\n'], escapechar='\\', doublequote=False)
rd(['a\\\n', 'b,c\n'], escapechar='\\')
rd(['a\\'], escapechar='\\')
rd(['"a\\'], escapechar='\\')
rd(['1,2.5,"x",\n'], quoting=csv.QUOTE_NONNUMERIC)
rd(['1,abc\n'], quoting=csv.QUOTE_NONNUMERIC)
rd(['"a,b",c\n'], quoting=csv.QUOTE_NONE)
rd(["'a;b';c\n"], delimiter=';', quotechar="'")
rd(['a|b\n'], delimiter='|')
rd(['é,ü,"ñ\n', 'ø"\n'])
rd(['a\x00b,c\n'])
rd([b'a,b\n'])
rd([1])
rd(['"unterminated\n', 'still\n'])
rd(['a;"b;c";d\n'], delimiter=';')
rd(['x,"a\r\nb"\r\n'])
old = csv.field_size_limit(5)
rd(['abcde,f\n'])
rd(['abcdef,g\n'])
rd(['"abc\n', 'de"\n'])
rd(['"ab\n', 'c"\n'])
csv.field_size_limit(old)
print(csv.field_size_limit())
try:
    csv.field_size_limit("x")
except TypeError as e:
    print(e)
r = csv.reader(['a\n', 'b\n'])
print(r.line_num, next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting)
print(type(r).__name__, type(csv.writer(io.StringIO())).__name__)

wr([['a', 'b,c', 'd"e', 'f\ng', 'h\ri']])
wr([['a', 'b\rc']], lineterminator='\n')
wr([[1, 2.5, None, 'x', True, 1e100, float('nan'), 10**30]])
wr([['']])
wr([[None]])
wr([[], ['', '']])
wr([['']], quoting=csv.QUOTE_NONE)
wr([['a,b']], quoting=csv.QUOTE_NONE)
wr([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')
wr([['a"b']], doublequote=False, escapechar='\\')
wr([['a"b']], doublequote=False)
wr([[1, 'a', 2.0, None, '']], quoting=csv.QUOTE_NONNUMERIC)
wr([[1, 'a', 2.0, None, '']], quoting=csv.QUOTE_ALL)
wr([['a b', 'c']], delimiter=' ')
wr([['x;y', "it's"]], delimiter=';', quotechar="'")
wr([5])
wr(['ab'])
wr([iter(['p', 'q'])])
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', 'b']), w.writerows([['c'], ['d', 'e']]), repr(s.getvalue()))
try:
    csv.writer(object())
except TypeError as e:
    print(e)


class W:
    def write(self, s):
        print('write', repr(s))
        return 42


print(csv.writer(W()).writerow(['z', 1]))
