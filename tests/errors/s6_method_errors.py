# wrong-type / wrong-arity calls of container methods and their exact messages
cases = [
    "[].append()", "[].append(1, 2)", "[].extend(5)", "[].insert(1)", "[].insert('a', 1)", "[1].pop('x')",
    "[1].index()", "[1].count()", "[].sort(1)", "[].sort(key=1, reverse=2)", "[].sort(cmp=None)", "[].reverse(1)",
    "[].copy(1)", "[].clear(1)", "[].remove()", "[1, 2].index(1, 0, 'z')", "list(1, 2)", "list(x=1)",
    "set().add()", "set().add([])", "set().update(5)", "set().remove([])", "set().discard({})", "{1}.union(1)",
    "{1}.issubset(2)", "set().difference_update(3)", "frozenset(1)", "set(1, 2)", "set().pop(1)", "{1} | [1]", "{1} - 1",
    "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "{}.setdefault()", "{}.update(1)", "{}.update([1])", "{}.update([(1,)])",
    "{}.fromkeys()", "{}.items(1)", "{}.keys(1)", "dict.fromkeys(5)", "{}.copy(1)", "{}.popitem(1)", "dict({1})",
    "tuple(1, 2)", "(1,).index()", "(1,).count(1, 2)", "'a'.join(5)", "'a'.split(1)", "'a'.replace('a')", "'a'.startswith(1)",
    "'a'.endswith(['a'])", "'a'.encode(1)", "'a'.strip(1)", "'a'.find()", "'a'.center()", "'a'.ljust(1, 'ab')", "'a'.zfill()",
    "'a'.count(1)", "'a'.partition('')", "'a'.rsplit(sep='')", "'a'.format_map(1)", "'a'.expandtabs('x')", "'a'.splitlines(1, 2)",
    "b'a'.join(['x'])", "b'a'.decode(1)", "b'a'.split('a')", "b'a'.replace('a', 'b')", "bytearray().append('a')",
    "bytearray().extend(5)", "bytes.fromhex(1)", "b'a'.hex(1)", "b'a'.count()", "int.from_bytes('ab', 'big')",
    "(5).to_bytes(1, 'middle')", "(500).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).bit_length(1)",
    "float.fromhex('x')", "(1.5).hex(2)", "complex('x')", "complex(1, 'a')", "complex('1', 2)", "divmod(1)", "round(1.5, 'a')",
    "abs()", "len()", "len(1, 2)", "str(1, 2)", "str(b'a', 1)", "bool(1, 2)", "int(1, 2)", "float(1, 2)", "range()", "range(1.5)",
    "range(1, 2, 0)", "slice()", "iter()", "next()", "enumerate()", "zip(1, 2)", "sorted(1)", "reversed()", "isinstance(1)",
    "getattr(1)", "setattr(1, 2)", "hasattr(1, 2)", "vars(1, 2)", "dir(1, 2)", "sum()", "min()", "max(key=len)", "any()",
]
for src in cases:
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
