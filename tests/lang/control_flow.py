for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
for i in range(3):
    pass
else:
    print("for-else", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 2:
        break
print("n", n)
for x in []:
    print("never")
else:
    print("empty else")
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 3, 42)])
print("yes" if 1 else "no", "yes" if 0 else "no")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
# nested break in try/finally
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
for i in range(3):
    try:
        continue
    finally:
        print("cont-finally", i)
def f():
    for i in range(5):
        try:
            return i
        finally:
            print("fin in f")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
i = 0
while i < 3: i += 1
print(i)
if not []: print("empty list falsy")
if "": pass
else: print("empty str falsy")
