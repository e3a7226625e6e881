# SyntaxError attributes from compile() in its three modes: the tokenizer adds a
# newline to the source only in 'exec' mode, so the text (and the offset of an error
# at the very end) differ between 'exec' and 'eval'/'single'.
sources = [
    "1 +* 2",
    "a b",
    "1 if 2",
    "print 1",
    "1 = 2",
    "1 +",
    "1 +\n",
    "1 + \n\n",
    "x +=",
    "def",
    "import",
    "$",
    "f(x for x in y, 1)",
    "x = (",
    "x = (\n",
    "(",
    "(\n1",
    "(\n\n",
    "a\nb",
    "if x:\n  pass\nb",
    "{\n",
    "[1, 2",
    "'abc",
    "1__0",
    ")",
]

for src in sources:
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "<src>", mode)
        except SyntaxError as err:
            where = (err.lineno, err.offset, err.end_lineno, err.end_offset)
            print(f"{mode:6} {src!r:22} {err.msg[:40]!r:44} {where} {err.text!r}")
        else:
            print(f"{mode:6} {src!r:22} compiles")

# the same through eval() and exec() of strings
for run, src in ((eval, "3 *"), (eval, "3 *\n"), (exec, "3 *"), (eval, "(3,\n4 5)")):
    try:
        run(src)
    except SyntaxError as err:
        print(run.__name__, repr(src), err.msg, err.lineno, err.offset, repr(err.text))

# an uncaught one prints the caret under the error
eval("total = 1 +* 2")
