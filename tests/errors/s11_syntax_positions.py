# Syntax errors at the end of the input and in names, as compile() reports them:
# a block or statement missing at the end (the parser's end marker), characters that
# Unicode 14 (CPython 3.11's) does not allow in names though later versions do
# (U+200C, U+200D, U+30FB), and compiler errors, whose offsets count UTF-8 bytes.
CASES = [
    "def f():\n", "def f():", "def f():\n    # c\n", "def f():\n    # c", "def f():\n\n\n",
    "if x:\n  pass\nelse:\n", "class A:\n  def f(self):\n", "for x in y:  \n", "def f():\n# c\n",
    "def f(): # c\n", "def f():\n    \n", "while 1:\n\t# x\n\n", "try:\n  pass\nexcept E:\n",
    "x = 1\ndef f(): # c\n", "match x:\n    case 1:\n", "with a as b:\n", "async def f():\n",
    "@dec\n", "@dec\n\n", "x = 1\n@dec\n# c\n", "if x:\n  pass\n@d\n", "class A:\n    @d\n",
    "def f():\n  if x:\n    @d\n", "@d\n@e\n", "x = 1 +", "x = 1 +\n", "lambda", "import",
    "ab\u200dc = 1\n", "ab\u200cc = 1\n", "a\u30fbb = 1\n", "x = y\u200d\n", "\u200dx = 1\n",
    "def f(\u00e9\u200d): pass\n", "x = 1\nprint(a\u200d)\n", "(1, 2\nab\u200dc = 1\n",
    "\u00e9 = 1; return 1", "def f():\n    \u00e9\u00e9\u00e9 = 1; nonlocal x\n",
    "x = '\u00fc'; break", "def f(\u00e9, \u00e9): pass", "f(\u00fc=1, \u00fc=2)",
    "'\u00e9' + (yield)", "'\u00e9'; await x",
]
for s in CASES:
    try:
        compile(s, "<case>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset,
              e.end_lineno, e.end_offset)
