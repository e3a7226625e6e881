# Sequence repetition with counts that are not index-sized or too big: constant folding
# must leave these to run time, which raises CPython's errors.
def t(src):
    try:
        r = eval(src)
        print(src, "->", type(r).__name__, len(r))
    except Exception as e:
        print(src, "->", type(e).__name__, e)

for s in ['"ab" * (10**20)', '[1] * (2**63)', '(1,) * -(10**30)', 'b"x" * 10**19', '"a" * 2**40',
          '(10**20) * "ab"', '"ab" * -(10**20)', 'bytearray(b"x") * 10**19', '[1,2] * 2**62',
          '(1,2)*2**62', '"" * 10**20', '[] * 10**20', '() * 10**20', 'b"" * -(10**20)',
          '"a" * 2**62', 'b"ab" * 2**62', '"ab" * 2.0', '[1]*True', '() * 2**62', '"" * 2**62',
          'b"" * 2**62', '"ab" * -5', '(1,) * -(2**63)', '"x" * (2**63 - 1)']:
    t(s)

def f():
    return (1,) * -(10**30)
try:
    f()
except OverflowError as e:
    print("in function:", e)

x = 10**20
for g in [lambda: "ab" * x, lambda: [1] * x, lambda: (1,) * x, lambda: x * b"a"]:
    try:
        g()
    except Exception as e:
        print(type(e).__name__, e)
l = [1]
for n in [10**20, 2**62]:
    try:
        l *= n
    except Exception as e:
        print(type(e).__name__, e)
s = "ab"
try:
    s *= 2**62
except Exception as e:
    print(type(e).__name__, e)
print(l, s)
