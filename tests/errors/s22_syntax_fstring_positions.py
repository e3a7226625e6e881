# f-string errors in CPython 3.11 are reported at its parser's lookahead: the token after
# the (implicitly concatenated) strings, or the line's NEWLINE (a comment included).
CASES = [
    'x = f"{x!}"   ',
    'x = f"{x!}"  # c',
    'x = f"{x!}" "a" + 1',
    'x = f"{x!}" "a"',
    'f"{x!}"',
    'f"{x!r:{y:{z:{w}}}}", 1',
    'f"{x!z}" ; y',
    'f"{}" ; y',
    'f"{}"',
    'f"{ }" + 1',
    'print(f"{!r}")',
    'f"{x!rr}"',
    'f"{x!rr}" + 2',
    'f"{x!r}" f"{x!rr}" + 2',
    'f"{x!r:}" if 1 else f"{a!}"',
    'f"{x!r }"',
    'f"{x!r :>3}"',
    'f"{x! r}"',
    'f"{x" + 1',
    "f'{x' or y",
    'f"{a#}"',
    'f"{a#}" + 1',
    'f"{\'\\n\'}" + 1',
    'x = [f"{a!q}", 1]',
    'x = "\\N{"   ',
    'x = "\\x1"  # c',
    'x = "\\xZ" ; 1',
    'x = b"\\xZ" ; 1',
]
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
