def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f2())
def f3():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("f3 finally")
print(f3())
def f4():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + str(e)
print(f4())
def f5():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"
print(f5())
def f6():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                break
        finally:
            print("iteration", x)
    return x
print(f6())
def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        return "else returns"
    finally:
        print("f7 finally")
print(f7())
def f8():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            return repr(e.__context__)
print(f8())
def f9():
    log = []
    for i in range(2):
        for j in range(2):
            try:
                if j == 1:
                    break
                log.append((i, j))
            finally:
                log.append("f")
    return log
print(f9())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print(v)
g = gen()
next(g)
del g
print("after del gen")
