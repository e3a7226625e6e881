tests = [
 "'a'.find()", "'a'.find(1,2,3,4)", "'a'.find(x=1)", "'a'.find(1)", "'a'.find('a', 'x')",
 "'a'.split(1)", "'a'.split('a', 1, 2)", "'a'.split(x=1)", "'a'.split('')", "'a'.strip(1)",
 "'a'.replace('a')", "'a'.replace('a','b','c')", "'a'.center()", "'a'.center('x')", "'a'.center(3, 'ab')",
 "'a'.join([1])", "'a'.join(1)", "'a'.startswith(1)", "'a'.startswith((1,))", "'a'.upper(1)", "'a'.count()",
 "'a'.zfill('x')", "'a'.encode('foo')", "'a'.encode(1)", "'é'.encode('ascii')", "'aé€'.encode('latin-1')",
 "b'\\xff'.decode()", "b'a\\xffb'.decode('ascii')", "b'\\xc3'.decode()", "b'\\xe2\\x82'.decode()", "b'\\xe2\\x28\\xa1'.decode()",
 "'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' < 1", "'abc'.index('z')", "str.join()", "'a'.partition('')", "'a'.partition(1)",
 "'a'.removeprefix(1)", "'a'.expandtabs('x')", "'a'.translate(1)", "str.maketrans('ab','c')", "str.maketrans(1)", "str.maketrans({'ab':1})",
 "'a'.splitlines(1.5)", "'a'.isdigit(1)", "'%d' % 'x'", "'%s %s' % 1", "'%s' % (1,2)", "'%(a)s' % 1", "'%z' % 1", "'{' .format()", "'{0}{}'.format(1,2)",
 "'{}'.format()", "'{x}'.format()", "'{:d}'.format('a')", "format('a', 'd')", "'a'.format_map(1)", "chr(-1)", "chr(0x110000)", "ord('ab')", "ord(1)", "chr('a')",
 "'a'.ljust(2, '')", "'a'.rjust()", "'a'.count(1)", "'abc'.rsplit('')", "'a'.endswith(1)", "'a'.__getitem__('x')", "'a'.__mod__(1)", "'ab'.__rmod__(1)",
 "str(b'a', 'bad')", "str(1, 'utf-8')", "str('a', 'utf-8')", "'a'.encode(errors='bad')", "'é'.encode('ascii', 'bad')", "'x'.split(None, 'a')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
