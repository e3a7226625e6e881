# Source-level oddities: a number followed by a non-ASCII character (3.11's tokenizer
# ends the number there), and a BOM together with a non-UTF-8 coding cookie.
for s in ['x = 1\u20ac', 'x = 1\xe9', 'x = 1\xe92', 'x = 0x1\u20ac', 'x = 1.5\u20ac', 'x = 1\u00b2',
          'x = 1\u200b', 'x=1\xa0', 'x = 1_\u20ac', 'x = 0o7\u20ac', 'x = 1e\u20ac', 'x = 1j\u20ac',
          'x = 1 \u20ac', 'x = 1\u20ac + 2', 'x = 1ab\u20ac', 'x = 0b1\xe9', 'x = 1if 1else 2']:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)

for name in ['ascii', 'latin-1', 'Latin_1', 'utf8', 'UTF-8', 'utf-8-sig', 'utf_8', 'BOGUS', 'iso-8859-1-x']:
    src = b'\xef\xbb\xbf# coding: ' + name.encode() + b'\nx = 1\n'
    try:
        compile(src, 'f', 'exec')
        print(name, 'ok')
    except SyntaxError as e:
        print(name, e.msg)
    try:
        compile(src[3:], 'f', 'exec')
        print(name, 'no BOM ok')
    except SyntaxError as e:
        print(name, 'no BOM:', e.msg)

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('x = 0x1or 2\ny=1jif 1else 0\nz=1.5and 0o7in[1]\nq = [0x1for x in y]\n', 'f', 'exec')
for x in w:
    print(x.category.__name__, x.message, x.lineno, x.filename)
