# A decorator followed by a line indented deeper or less deep: "unexpected indent" or
# "unexpected unindent", as CPython 3.11 reports them.
cases = ["@dec\n def g(): pass\n", "if 1:\n    @dec\nx = 1\n", "@dec\n\n    def g(): pass\n", "class A:\n    @property\n  def x(self): pass\n", "@dec\nx = 1\n", "@dec\n", "@dec\n@dec2\n  class C: pass\n", "def f():\n    x = 1\n      y = 2\n", "def f():\n    x = 1\n  y = 2\n", "if x:\n    a\n  b\n"]
for src in cases:
    try:
        compile(src, "s", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
