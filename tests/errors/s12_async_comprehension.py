# Asynchronous comprehensions outside an asynchronous function: CPython's compile-time
# error on the outermost comprehension made asynchronous (by `async for`, an `await` in its
# own scope, or a nested asynchronous list/set/dict comprehension).
CASES = [
    "[x async for x in y]", "def f():\n    return [x async for x in y]\n",
    "def f():\n    return {x: 1 async for x in y}\n", "[x for x in y if await z]",
    "def f():\n    [await x for x in y]\n",
    "def f():\n    return [[z async for z in x] for x in y]\n",
    "class C:\n    [x async for x in y]\n", "lambda: [x async for x in y]",
    "def f():\n    return {x async for x in y}\n", "def f():\n    return [x for x in await y]\n",
    "def f():\n    return [[z for z in await x] for x in y]\n",
    "def f():\n    return [lambda: await x for x in y]\n",
    "def f():\n    return [x for x in y for z in await x]\n",
    "def f():\n    return [[z async for z in x] for x in await y]\n",
    "def f():\n    return [x async for x in await y]\n", "[x for x in [z async for z in y]]",
]
for s in CASES:
    try:
        compile(s, "<case>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset,
              e.end_lineno, e.end_offset)
