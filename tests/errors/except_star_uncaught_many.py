# many and deeply nested sub-exceptions: CPython's "... (N more exceptions)" and depth limit
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])


try:
    raise ExceptionGroup("wide", [KeyError(i) for i in range(20)] + [deep(12)])
except* TypeError:
    print("not reached")
