n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i == 8: break
    print("even", i)
else:
    print("no break")
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list): stack.extend(top)
    else: flat.append(top)
print(sorted(flat))
count = 0
while True:
    count += 1
    if count >= 1000: break
print(count)
a, b = 1071, 462
while b: a, b = b, a % b
print("gcd", a)
x = 10
while x := x - 3:
    print("x", x)
    if x < 0: break
