# str methods over odd arguments: results and error messages
import sys
recv_sets = {
    "str": ["'abcab'"],
}
args_list = ["()", "('a',)", "('',)", "(1,)", "(-1,)", "(None,)", "('a', 1)", "('ab', 'x', 2)", "(0, 2)", "(-1, -5)", "(b'a',)", "(b'a', b'')", "([1],)", "(2**70,)", "('a', 'b', 'c', 'd')", "(x := 'b', 0, 100)"]
skip = {"maketrans", "__init_subclass__", "__new__"}
for tname, recvs in recv_sets.items():
    methods = sorted(m for m in dir(eval(tname)) if not m.startswith("_") and m not in skip)
    for m in methods:
        for r in recvs:
            seen = set()
            for a in args_list:
                src = f"{r}.{m}(*{a})"
                try:
                    obj = eval(r)
                    res = getattr(obj, m)(*eval(a))
                    out = repr(res)
                    if obj is not None and tname in ("list", "bytearray"):
                        out += " | now " + repr(obj)
                    if len(out) > 60: out = out[:60] + "..."
                except Exception as e:
                    out = type(e).__name__ + ": " + str(e)
                print(src, "=>", out)
