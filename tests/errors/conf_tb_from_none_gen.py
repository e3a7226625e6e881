def gen():
    yield 1
    raise TypeError("in gen")

def consume():
    for v in gen():
        print(v)

try:
    consume()
except TypeError:
    try:
        int("abc")
    except ValueError as ve:
        raise KeyError("k") from None

