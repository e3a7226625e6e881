def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(3)), sum(countdown(100)))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
a = acc(); next(a)
print([a.send(i) for i in range(5)])
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
g = countdown(2)
print(iter(g) is g, next(g), next(g), next(g, "end"))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_with_finally():
    print("v", v)
    break
import gc
def genexpr_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexpr_scope())
def zipper():
    yield from zip("ab", range(2))
print(list(zipper()))
def send_to_sub():
    def sub():
        got = yield "first"
        yield "sub got " + str(got)
    r = yield from sub()
print(list(send_to_sub()))
s = send_to_sub()
print(next(s), s.send(99))
def gen_state():
    yield 1
g = gen_state()
print(g.gi_frame is not None)
list(g)
print(g.gi_frame)
print(list(genexpr for genexpr in range(2)))
