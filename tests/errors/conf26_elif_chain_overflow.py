# A very long if/elif chain: CPython 3.11's parser goes one level deeper per elif and
# gives up with a bare MemoryError past about 5970 of them (shorter chains that still
# reach its compiler's depth limit raise RecursionError instead; not shown here, as
# that limit depends on the caller's stack depth).
def chain(indent, n):
    return f"{indent}if x: pass\n" + f"{indent}elif x == 1: pass\n" * n


for label, src in [
    ("top 1000", chain("", 1000)),
    ("top 6000", chain("", 6000)),
    ("top 20000", chain("", 20000)),
    ("def 6000", "def f():\n" + chain("    ", 6000)),
    ("def-def 8000", "def f():\n    def g():\n" + chain("        ", 8000)),
    ("blocks 7000", "if x:\n    pass\n" + "elif x:\n    y = 1\n" * 7000),
]:
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except MemoryError as e:
        print(label, "MemoryError", e.args)
