# str.format field syntax: indexing, attributes, conversions, nested specs, errors
class Obj:
    attr = "A"
    items = {"k": [10, 20]}
    def __format__(self, spec): return f"Obj<{spec}>"
    def __repr__(self): return "Obj()"
    def __str__(self): return "obj-str"
args = (3.14159, "txt", [1, [2, 3]], {"key": "val", 1: "one"}, Obj())
kw = {"n": 42, "w": 8, "p": 2, "name": "Zoë", "o": Obj(), "d": {"a": {"b": "deep"}}}
fmts = ["{0}", "{1!r}", "{1!s:>6}", "{1!a}", "{4}", "{4!s}", "{4!r:>8}", "{4:xyz}", "{0:{w}.{p}f}", "{0:{1}}", "{2[1][0]}", "{3[key]}", "{3[1]}",
        "{4.attr}", "{4.items[k][1]}", "{n:{w}}", "{name:^9}", "{name!a}", "{d[a][b]}", "{{}}", "{{{n}}}", "}}{{", "{0:{w}{p}}", "{:>{}}",
        "{}", "{} {}", "{0} {}", "{n:_^{w}}", "{0:=+{w}.{p}f}", "{0:!<10}", "{n:{}}", "{2[-1]}", "{3['key']}", "{4.nope}", "{n[0]}", "{5}",
        "{x}", "{0:{x}}", "{!r}", "{0!}", "{0!rr}", "{0:{w}:}", "{0.}", "{0[}", "{0]}", "{:{:{}}}", "{0[a]b}", "{n!s:#x}", "{n:#x}", "{d[a]}",
        "{0:.{p}%}", "{name[1]}", "{name[1:2]}", "{n.real}", "{n.imag.real}", "{0.is_integer}", " {0:,} ", "{n:c}", "{n:*>+{w}}"]
for f in fmts:
    try:
        out = repr(f.format(*args, **kw))
        if " at 0x" in out: out = out.split(" at 0x")[0]
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(f"{f!r:24} -> {out}")
print(repr(f"{3.14159:{kw['w']}.{kw['p']}f}|{'x'!r:>{kw['w']}}|{Obj()}|{Obj()!s}|{Obj():spec}|{kw['n']=}|{kw['n'] = :#x}"))
print("{0}{1}".format_map({0: "a"}) if False else "{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
try: "{a}".format_map([])
except Exception as e: print(type(e).__name__ + ":", e)
try: "{0}".format_map({})
except Exception as e: print(type(e).__name__ + ":", e)
