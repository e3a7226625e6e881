"""The unicode_escape and raw_unicode_escape codecs: escapes, error positions, warnings."""
import codecs
for b in [b'ab\\x4', b'\\x4g', b'\\u12', b'\\U00110000', b'\\N{SNOWMAN', b'\\N{NOPE} ', b'\\Nx', b'x\\', b'\\xzz', b'\\\\\\u12', b'ab\\u1g', b'\\N{}', b'\\N{snowman}', b'\\\\\\u0041', b'\\101\\777\\0', b'\\a\\b\\f\\v\\t\\n\\r\\\'\\"\\\\ \\\nx', b'\xe9\\xe9\\u20ac\\U0001F600']:
    for codec in ['unicode_escape', 'raw_unicode_escape']:
        try:
            print(b, codec, ascii(b.decode(codec)))
        except Exception as e:
            print(b, codec, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
for errors in ('replace', 'ignore', 'backslashreplace'):
    print(repr(b'a\\x4z\\u12'.decode('unicode_escape', errors)), repr(b'\\\\\\u12 z'.decode('raw_unicode_escape', errors)))
s = 'a\\b\x7f\x00\xe9\u20ac\U0001f600\n\t\r\'"~ '
print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s, s.encode('raw-unicode-escape').decode('raw_unicode_escape') == s)
print(codecs.lookup('unicode_escape').name, codecs.lookup('Raw_Unicode_Escape').name)
print(codecs.encode('\u1234x', 'unicode_escape'), codecs.decode(b'\\u1234x', 'unicode-escape'), str(b'\\t', 'unicode_escape'))
print(repr(b'\\q\\w'.decode('unicode_escape')))
print(repr(b'\\400'.decode('unicode_escape')))
print(repr(b'\\\xe9'.decode('unicode_escape')))
