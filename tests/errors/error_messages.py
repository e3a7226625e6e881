tests = [
    "[1, 2, 3][10]", "(1,)[5]", "'abc'[9]", "{}['k']", "{'a': 1}[0]", "[].pop()", "{}.popitem()",
    "set().pop()", "[1].remove(5)", "[1].index(5)", "'abc'.index('z')", "int('12x')", "int('')",
    "float('abc')", "int(None)", "len(5)", "None + 1", "'a' + 1", "1 + 'a'", "[] + ()",
    "'a' * 'b'", "-'a'", "~1.5", "n = None; n()", "n = 5; n()", "n = 'abc'; n()", "object().x", "None.x",
    "(1).foo", "'s'.foo", "[].x", "abs('a')", "ord('ab')", "chr(-1)", "chr(0x110000)",
    "sum(['a', 'b'])", "max([])", "min([])", "next(iter([]))", "iter(5)", "hash([])",
    "{[]: 1}", "{{1}}", "list(5)", "tuple(1)", "dict(1)", "dict([1])", "dict([(1,2,3)])",
    "range(1.5)", "range(1, 2, 0)", "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)",
    "'{}'.format()", "'{0} {2}'.format(1, 2)", "'{x}'.format()", "int.from_bytes('a', 'big')",
    "(1).to_bytes(1, 'middle')", "(256).to_bytes(1, 'big')", "[1, 2, 3][1:2:0]", "'abc'.split('')",
    "bytes([256])", "bytes('abc')", "bytearray(-1)", "isinstance(1, 5)", "issubclass(1, int)",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "divmod('a', 1)", "round('a')", "sorted([1, 'a'])",
    "[3, 'a'].sort()", "import_nothing", "1 < None", "'a' < 1", "{} < {}", "int('5', 1)",
    "int('5', 37)", "int(5, 10)", "float('1e500') * 0", "pow(2, 3, 0)", "pow(2.0, 3, 5)",
    "pow(2, -1, 4)", "(2).__add__('a')", "complex('abc')", "1j < 2j", "frozenset([[]])",
    "'abc'.encode('nope')", "b'\\xff'.decode('utf-8')", "'\\udcff'.encode('utf-8')",
    "b'\\xff'.decode('ascii')", "'é'.encode('ascii')", "memoryview('abc')", "zip([1], [1, 2], strict=True)",
    "list(zip([1, 2], [1], strict=True))", "print(sep=5)", "open()", "str(b'a', 'nope')",
    "enumerate(5)", "reversed(5)", "slice()", "type()", "type(1, 2)", "object.__new__(5)",
    "int.__new__(str)", "[].append()", "[].append(1, 2)", "{}.get()", "'a'.join([1])", "''.join(5)",
    "'x'.center('a')", "'x'.replace(1, 2)", "'a,b'.split(',', 'x')", "'%(a)s' % {}", "'%z' % 1",
    "'{:d}'.format('x')", "'{:s}'.format(1)", "format(1, 'z')", "format('a', '=5')", "format(1.5, 'd')",
    "f'{1:abc}'", "1 .real.x", "a = 1; a.b = 2", "del [].x", "[1, 2].__getitem__('a')",
    "t = (1, 2); t['a']", "t = 'abc'; t[1.5]", "[1][None:'a']", "{}.fromkeys(1)", "set(1)", "bool.__new__(bool, 1, 2)",
]
for t in tests:
    try:
        exec(t, {})
        print("OK", t)
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
