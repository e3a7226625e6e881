def f(x, y):
    for i in x:
        try:
            if i:
                continue
            elif y:
                break
            return i
        finally:
            y()
    else:
        z = 1
    while x:
        with y as w, open(x) as q:
            if w:
                return w
            break
    assert x, "msg"
    assert y
    raise ValueError("a") from None

def g(a):
    try:
        pass
    except (A, B):
        raise
    else:
        a = 2
    with a:
        pass
    return a if a else -a

def h(a, b, c):
    return a < b < c, a and b or c, not a, a is not None, a in [1, 2], a not in {3, 4}, (a, b) == (1, 2)
