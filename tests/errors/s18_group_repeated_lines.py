# Inside an exception group, "[Previous line repeated ...]" has no margin (as CPython).
def deep(n):
    if n == 0:
        raise ValueError("leaf")
    try:
        deep(n - 1)
    except ValueError as e:
        raise ExceptionGroup(f"level {n}", [e])
deep(12)
