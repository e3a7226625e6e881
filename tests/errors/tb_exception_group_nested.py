def f():
    raise ValueError("v")
def g():
    excs = []
    for fn in [f]:
        try: fn()
        except Exception as e: excs.append(e)
    excs.append(ExceptionGroup("inner", [TypeError("t"), KeyError("k")]))
    raise ExceptionGroup("outer", excs)
try:
    g()
except Exception as e:
    e.add_note("a note")
    raise RuntimeError("wrapped") from e
