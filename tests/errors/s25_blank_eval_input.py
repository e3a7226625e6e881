# eval/single-mode input holding only blank lines and comments: CPython's error is at the
# end marker's line with offset 0 (line 0 when empty), or an unexpected indent when the
# last line is bare indentation; exec mode accepts such input.
def show(src, mode):
    try:
        compile(src, "<s>", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))


for src in ["", "   ", "\n\n", "\n", "# c", "\n# c\n", "  \n  ", "\t", "\n  # c", "\r\n", "  \n\n"]:
    for mode in ["eval", "single", "exec"]:
        show(src, mode)
for src in ["", "  ", "\n", "# only a comment", "\t\n"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg, (e.lineno, e.offset), repr(e.text))
eval("")
