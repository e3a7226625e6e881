import sys
if sys.version_info >= (3, 11):
    print("new")
x = [i for i in range(10)]
for k, v in {}.items():
    pass
else:
    print(k)
with open("f") as f:
    data = f.read()
try:
    pass
except:
    pass
def f(*, a, b=2): return a
def g(a, b, /, c): return a
print(f(a=1), g(1, 2, c=3))
global q
q = 1
assert q == 1
while q < 10:
    q += 1
else:
    q = 0
x = 1 if q else 2
y = q and x
del x
