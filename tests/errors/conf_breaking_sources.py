# Hostile source texts given to compile(): nesting limits, huge literals, odd characters,
# line continuations at EOF. Each must give CPython's SyntaxError (message and location).
import sys


def show(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "ok")
    except RecursionError:
        print(label, "RecursionError")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg[:100], (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text)[:40])


for ch, cl in ["()", "[]", "{}"]:
    for n in [199, 200, 201]:
        show(f"{ch}*{n}", "x = " + ch * n + cl * n)
show("parens300", "x = " + "(" * 300 + "1" + ")" * 300)
show("dict100", "x = " + "{1:" * 100 + "1" + "}" * 100)
show("neg1000", "x = " + "-" * 1000 + "1")
show("not1000", "x = " + "not " * 1000 + "1")
show("call500", "f = lambda x: x\nx = " + "f(" * 500 + "1" + ")" * 500)
show("if100", "".join(" " * i + "if True:\n" for i in range(100)) + " " * 100 + "pass\n")
show("longline", "x = '" + "a" * 100000 + "'")
show("lambda_deep", "x = " + "lambda: " * 200 + "1")
show("strcat", "x = " + " ".join(["'a'"] * 10000))
show("genexp_deep", "x = " + "(" * 100 + "i for i in range(1)" + ")" * 100)
show("elifs", "x=0\nif x: pass\n" + "elif x: pass\n" * 2000)
show("many_args", "def f(" + ",".join(f"a{i}" for i in range(300)) + "): pass")

# int literals and the int/str digit limit
show("int4300", "x = " + "9" * 4300)
show("int5000", "x = " + "9" * 5000)
show("int5000_line2", "x = 1\ny = (2, " + "9" * 5000 + ")")
show("int_underscores", "x = " + "9_0" * 2000)
show("hex5000", "x = 0x" + "f" * 5000)
show("float5000", "x = " + "1" * 5000 + ".0")
show("imag5000", "x = " + "1" * 5000 + "j")
sys.set_int_max_str_digits(0)
show("int5000_nolimit", "x = " + "9" * 5000)
sys.set_int_max_str_digits(4300)

# odd characters
for src in ["\ufeffx = 1", "x = 1\n\ufeffy=2", "x = \ufeff1", "x = \x011", "x = \u200b1",
            "x\u00a0= 1", "x = \x7f", "x = 1\x0c+2", "x€ = 1", "x = 1 ¿ 2\n", "x = 1 + $",
            "a = 1\nb = ?\n", "ñame = 1\n変数 = ñame + 1", "x = 1\0"]:
    show(ascii(src), src)
show("bytes_bom", b"\xef\xbb\xbfx = 1")
show("bytes_latin1", b"# coding: latin-1\nx = '\xe9'")
show("bytes_null", b"x = 1\x00")

# line continuations
for src in ["x = 1 + \\", "x = 1 + \\\n", "x = 1 \\", "\\", "x = 1 \\ 2", "if x:\n    \\",
            "x = 1 + \\\n 2\n"]:
    show(ascii(src), src)

# strings and indentation
for src in ["x = 'abc", 'x = """abc\n\n', "if 1:\n\tx = 1\n        y = 2\n", "if 1:\n  x\n y\n"]:
    show(ascii(src), src)

# which error wins when the parser fails before a tokenizer error later in the source
for src in ["\n nonlocal type 0x True", "\n x 0x", "\n x = 1\n0x", "x = (1\n  ]", "\x0c { with\n*x try\n]]or",
            " x = 1\n$ 0x", "x = 1 +\nfoo € bar", "print(1) 2 'abc", "a b \\ c\nd = 0x", "if x:\n        y\n    z = 1\n0b2",
            "x = [1, 2\ny = 3 €", "def f(:\n  \\ x", "class A async 's' 1e", "f(a for a in b, c) \\q"]:
    show(ascii(src), src)
for src in ["x = 1 2 \\ y", "a b \\ c", "x = ) \\ y", "f(1 2 \\ 3)", "print 'a' \\ b", "if x y \\ z", "1 + \\ 2"]:
    show(ascii(src), src)
