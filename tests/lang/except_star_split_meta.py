# split parts copy context/cause and suppress the context, as CPython does
try:
    raise OSError("outer")
except OSError:
    try:
        raise ExceptionGroup("batch", [ValueError(1), KeyError(2)])
    except ExceptionGroup as g:
        a, b = g.split(ValueError)
        print(g.__suppress_context__, a.__suppress_context__, repr(a.__context__))
        import traceback
        traceback.print_exception(a)
