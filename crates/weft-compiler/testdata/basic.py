def f(a, b=1, *args, c, d=2, **kw):
    x = a + b
    if x is None:
        return 1
    elif x > 3 and b:
        x = -1
    else:
        pass
    while x < 10:
        x += 1
        if x == 5:
            break
    for i in range(3):
        print(i, end='')
    return x

def g(xs):
    return [y * 2 for y in xs if y], {k: v for k, v in xs}, (z for z in xs)

class C(object):
    """doc"""
    attr: int = 3
    def m(self, q):
        return self.attr + q

try:
    import os.path as p
except ImportError as e:
    p = None
finally:
    print("done")
