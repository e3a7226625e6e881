# String methods on non-ASCII text: case mapping (special casing, title case, final
# sigma), classification, padding, codecs error handlers, repr/ascii escapes.
tests = [
 "'ß'.upper()", "'ǅ'.lower()", "'ǅ'.upper()", "'ǅ'.title()", "'ﬁ'.upper()", "'İ'.lower()", "len('İ'.lower())",
 "'ΣΑΣ'.lower()", "'aΣ b'.lower()", "'straße'.casefold()", "'ǰ'.upper()", "'hello world'.title()", "\"they're bill's\".title()",
 "'ﬀ'.title()", "'ß'.capitalize()", "'ǆa'.capitalize()", "'ΑΣ'.swapcase()", "'ß'.swapcase()",
 "'a\u00a0b'.split()", "'a\u2028b'.splitlines()", "'a\x1cb\x1dc\x1ed\x85e'.splitlines()", "'a\x0bb\x0cc'.split()",
 "'١٢٣'.isdigit()", "'١٢٣'.isdecimal()", "int('١٢٣')", "float('١.٥')", "'²'.isdigit()", "'²'.isdecimal()", "'½'.isnumeric()",
 "'ⅷ'.isnumeric()", "'Ⅷ'.isalpha()", "'ǅ'.istitle()", "'ǅ'.isupper()", "'ª'.islower()", "'\u0345'.isalpha()",
 "'x'.center(6, 'é')", "'é'.ljust(4, '→')", "'abc'.zfill(6)", "'-abc'.zfill(6)", "'+'.zfill(3)", "'résumé'.encode('ascii', 'replace')",
 "'résumé'.encode('ascii', 'xmlcharrefreplace')", "'résumé'.encode('ascii', 'backslashreplace')",
 "b'\\xff'.decode('utf-8', 'replace')", "b'\\xff'.decode('latin-1')", "b'a\\xffb'.decode('ascii', 'backslashreplace')",
 "'abc'.translate({97: 'xyz', 98: None})", "str.maketrans('ab', 'cd')", "'é'.isascii()", "'ÅÅ'.count('Å')",
 "'ﬃ'.casefold()", "'Ⓐ'.lower()", "'ⓐ'.isalpha()", "'ⓐ'.islower()", "'%5.2s|' % 'éèê'", "'{:^7}'.format('ßß')",
 "'{:*<6}'.format('é')", "'x'.expandtabs()", "'a\tbé\tc'.expandtabs(4)", "'abc'.removeprefix('ab')", "'Hello'.partition('l')",
 "'a,b,,c'.rsplit(',', 2)", "'  x  '.strip(' x')", "'ab' * -1", "'é' in 'café'", "'café'.find('é', -1)", "'abc'.index('c', -1)",
 "'abcd'[::-2]", "'💩'.encode('utf-16-le')", "len('💩'.encode('utf-16'))", "'💩'.isprintable()", "'\x7f'.isprintable()",
 "repr('\x7f\x80\xa0\xad')", "repr('\u200b\u2028\ufeff')", "ascii('é💩')", "'%c' % 233", "'%c' % 'é'", "'%r' % 'é'", "'%a' % 'é'",
 "'{!a}'.format('é')", "'Ⅰ'.upper()", "'ﬅ'.upper()", "'ŉ'.upper()", "'ΐ'.upper()", "'ᾳ'.upper()", "'ᾳ'.title()",
 "str(b'ab', 'ascii')", "str(b'ab')", "'a'.join(['é', 'ü'])", "sorted('éeèaA')", "max('héllo')", "'é' < 'z'",
 "'ábc'.isidentifier()", "'1a'.isidentifier()", "'_'.isidentifier()", "'℘'.isidentifier()", "'a·b'.isidentifier()",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
