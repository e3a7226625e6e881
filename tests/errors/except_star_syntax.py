# except* syntax errors: CPython's messages and positions (compile())
cases = [
"try:\n  pass\nexcept*\n  pass",
"try:\n  pass\nexcept* as e:\n  pass",
"try:\n  pass\nexcept F:\n  pass\nexcept  *  E:\n  pass",
"try:\n  pass\nexcept F:\n  pass\nexcept* E:\n  pass\nexcept G:\n  pass",
"try:\n  pass\nexcept* F:\n  pass\nexcept E:\n  pass\nexcept* G:\n  pass",
"try:\n  pass\nexcept* F:\n  pass\nexcept:\n  pass",
"try:\n  pass\nexcept* F\n  pass",
"if 1:\n  try:\n    pass\n  except F:\n    pass\n  except* E:\n    pass",
"try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass",
"try:\n  pass\nexcept F:\n  pass\nexcept* E:\n  pass",
"try:\n  pass\nexcept*:\n  pass",
"try:\n  pass\nexcept *:\n  pass",
"def f():\n  try:\n    pass\n  except* E:\n    return 1",
"def f():\n  try:\n    pass\n  except* E:\n    return x",
"def f():\n  try:\n    pass\n  except* E:\n    return",
"def f():\n  try:\n    pass\n  except* E:\n    return (\n1)",
"for i in x:\n  try:\n    pass\n  except* E:\n    break",
"for i in x:\n  try:\n    pass\n  except* E:\n    continue",
"for i in x:\n  try:\n    pass\n  except* E:\n    for j in y:\n      break",
"for i in x:\n  try:\n    pass\n  except* E:\n    try:\n      pass\n    finally:\n      break",
"try:\n  pass\nexcept* E:\n  break",
"def f():\n  try:\n    pass\n  except* E:\n    def g():\n      return 1",
"def f():\n  try:\n    pass\n  except* E:\n    pass\n  finally:\n    return 1",
"try:\n  pass\nexcept* (E, F) as e:\n  pass",
"try:\n  pass\nexcept* E, F:\n  pass",
"try:\n  pass\nexcept* E:\n  pass\nexcept* F:\n  pass\nexcept:\n  pass",
"def f():\n  try:\n    pass\n  except* E:\n    return 1 + \\\n 2",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
