# PEP 563 annotations are stored unparsed from the AST (CPython ast_unparse.c), not as source text
from __future__ import annotations
import typing
def f(a: Literal["a", 'b"'], b: dict[str,int], c: 0x10 | None, d: (1 + 2) * 3, e: "fwd",
      g: tuple[()], h: tuple[int, ...], i: x.y[1:2, ::3], j: lambda q, *r, s=1, **t: q,
      k: -1 ** 2, l: not a or b and c, m: [i for i in range(3) if i], n: {1: 2, **z},
      o: f(x for x in y), p: a if b else c, q: 1 .real, r: 1e999, s: 'a' 'b', t: b'x',
      u: x < y <= z, v: (a, b), w: (a,), x2: {a, b}, y: Callable[[int], str], z: f(*a, k=1, **b),
      bb: (-a) ** -b, cc: a ** b ** c, dd: (a ** b) ** c, ee: ~a + +b, ff: a - (b - c),
      gg: a[b, *c], hh: {k: v for k, v in d}, ii: 1.5j, jj: 10**30, kk: ..., ll: "a\nb\u1234",
      mm: lambda: 1, nn: lambda x, /, y: 0, oo: a[1:], pp: a[:], qq: a if (b if c else d) else e,
      rr: (lambda: 1)(), ss: -(-1), tt: (not a) == b, uu: a or (b or c), vv: (a or b) or c) -> None: ...
for k, v in f.__annotations__.items():
    print(k, repr(v))
class C:
    x: Optional[List[int]] = None
    y: "quoted"
print(C.__annotations__)
for src in ["def f(x: (a := 1)): pass", "def g():\n    def f(x: (yield)): pass", "x: (a := 1) = 2",
            "def f() -> (yield from y): pass"]:
    try:
        compile("from __future__ import annotations\n" + src, "<s13>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
