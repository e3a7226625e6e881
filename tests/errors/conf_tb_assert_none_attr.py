import sys
def check(v):
    assert isinstance(v, int), f"bad {v!r}"
    return v

def outer():
    try:
        check("s")
    finally:
        print("cleanup", file=sys.stderr)

try:
    outer()
except AssertionError as e:
    print("assert:", e)
    try:
        {}["missing"]
    except KeyError:
        pass
x = None
print(x.attr.more)
