# built-in functions and unary operations over many operand types
vals = ["0", "-7", "2**70", "True", "-2.5", "1e300", "float('nan')", "float('-inf')", "3j", "'ab'", "''", "'7'", "' -3.5 '", "'\\u00e9'", "b'xy'", "b''", "bytearray(b'9')", "[1, 2]", "[]", "(3,)", "{1: 2}", "{1, 2}", "frozenset()", "None", "range(3)", "range(0)", "{2: 0}.keys()", "[[1], [0]]", "([], ())", "slice(1, 2)", "...", "NotImplemented", "object()", "int", "len"]
exprs = ["abs(V)", "bool(V)", "int(V)", "float(V)", "complex(V)", "str(V)[:30]", "len(V)", "list(V)", "tuple(V)", "sorted(V)", "list(reversed(V))",
         "min(V)", "max(V)", "sum(V)", "any(V)", "all(V)", "round(V)", "round(V, 1)", "bin(V)", "hex(V)", "chr(V)", "ord(V)", "bytes(V)", "bytearray(V)",
         "divmod(V, 3)", "divmod(3, V)", "pow(V, 2)", "pow(V, 2, 5)", "-V", "+V", "~V", "not V", "V[0]", "V[-1]", "V[1:]", "V[::-1]", "V * 2", "V * -1", "V[0:1] * 0",
         "format(V, '')", "format(V, '>5')", "format(V, 'd')", "format(V, '.2f')", "format(V, 'x')", "format(V, ',')", "format(V, 's')", "'%s' % (V,)", "'%d' % (V,)", "'%r' % (V,)", "'%x' % (V,)", "'%c' % (V,)", "b'%s' % (V,)",
         "hash(V) == hash(V)", "dict(V)", "set(V)", "next(iter(V))", "enumerate(V).__next__()", "list(zip(V, V))", "V == V", "V < V", "V in V", "[V] * 2 == [V, V]", "isinstance(V, type(V))", "repr(type(V))", "V.__class__.__name__",
         "iter(V).__class__.__name__", "dir(V) == sorted(dir(V))", "getattr(V, 'real', 'none')", "V.__len__()", "V.__bool__()", "V.__index__()", "V.__int__()", "V.__float__()", "V.__hash__ is None", "V.__reversed__().__class__.__name__", "type(V)(V) == V"]
for v in vals:
    val = eval(v)
    for e in exprs:
        src = e.replace("V", "(" + v + ")")
        try:
            r = eval(e, {"V": val})
            out = "set " + repr(sorted(r, key=repr)) if isinstance(r, (set, frozenset)) else repr(r)
            if " at 0x" in out: out = out.split(" at 0x")[0] + ">"
            if len(out) > 50: out = out[:50] + "..."
        except Exception as ex:
            out = type(ex).__name__ + ": " + str(ex)
        print(src, "=>", out)
