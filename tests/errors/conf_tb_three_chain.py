def a():
    raise ValueError("first")
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("second")
def c():
    try:
        b()
    finally:
        print("finally")
def d():
    try:
        c()
    except TypeError as e:
        raise RuntimeError("third") from e
d()
