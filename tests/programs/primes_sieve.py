def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
ps = sieve(10000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def trial(n):
    if n < 2: return False
    i = 2
    while i * i <= n:
        if n % i == 0: return False
        i += 1
    return True
print(all(trial(p) for p in ps[:500]), [n for n in range(100) if trial(n)] == sieve(99))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1
    if n > 1: out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 31 - 1, 600851475143, 1234567890]:
    print(n, factor(n))
twin = [(p, p + 2) for p in ps if p + 2 in set(ps)][:10]
print(twin)
