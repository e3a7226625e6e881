# Nested lambdas cost CPython's parser two stack levels each (MemoryError past ~2985);
# `await` takes a primary, so a run of prefix operators after it is a plain syntax error.
def show(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "ok")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(label, type(e).__name__, e)


show("lambda3000", "lambda: " * 3000 + "1")
show("lambda10000", "f = " + "lambda x: " * 10000 + "1")
show("lambda_defaults", "lambda x=lambda: 1: " * 3000 + "1")
show("lambda_args", "lambda *a, b=[1], **k: " * 3000 + "1")
show("lambda_call", "f(" + "lambda: " * 3000 + "1)")
show("lambda100", "lambda: " * 100 + "1")
show("await6000", "await " * 6000 + "1")
show("neg_await6000", "-await " * 6000 + "1")
show("await_neg6000", "x = await " + "-" * 6000 + "1")
show("await_then_deep", "x = await -1\ny = " + "-" * 6000 + "1")
show("neg6000", "-" * 6000 + "1")
show("tern6000", "1 if 2 else " * 6000 + "1")
