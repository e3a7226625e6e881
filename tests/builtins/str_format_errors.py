tests = ["'{:[}'.format(1)", "'{0[a}b]}'.format({'a}b':1})", "'{0[a{b]}'.format({'a{b':1})", "'{0[a]b}'.format({'a':1})", "'{0:[>5}'.format(1)",
"'{a.b}'.format(a=1)", "'{.real}'.format(3)", "'{[0]}'.format([9])", "'{!}'.format(1)", "'{0!}'.format(1)", "'{0!:}'.format(1)", "'{!r}'.format()",
"'{0}{1}'.format(1)", "'{a}'.format_map({})", "'{a}'.format_map({'a': 1})", "'{}'.format_map({})", "'{0}'.format_map({})",
"'{:d}'.format(1.5)", "'{:s}'.format(1)", "'{:x}'.format('a')", "'{0:{1}{2}}'.format(3, '>', 5)", "'{:>{w}}'.format(1, w=3)", "'{0}'.format(*[1,2])",
"'{0:05}'.format('ab')", "'{:^7}'.format('ab')", "'{:*^8}'.format('abc')", "'{:=5}'.format('a')", "'{:#}'.format('a')", "'{:5.2}'.format('abc')",
"format('abc', '')", "format('é', '^5')", "'{:c}'.format(65)", "'{0:{1}}'.format('x', '>{}')", "'{0[1]'.format([1])", "'{!r:}'.format('x')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
