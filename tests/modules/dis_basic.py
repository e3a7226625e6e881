# dis listings of simple functions must read exactly like CPython 3.11's.
import dis


def loop():
    for i in range(5):
        print(i)


def open_emails():
    emails = []
    with open('../data/Emails.csv') as f:
        data = f.read()
    return data


def arith(a, b=2, *args, k=1, **kw):
    x = a * b + k - len(args)
    if x > 10 and a != b:
        return x // 3
    while x < 100:
        x += a % 7
    return x ** 2 if x & 1 else -x


def calls(obj, items):
    obj.method(1, key=2)
    total = sum(items, start=0)
    return f"{total:>10} {obj!r}", items[1:3], {'a': total}


for f in (loop, open_emails, arith, calls):
    print("==", f.__name__)
    dis.dis(f)
ins = list(dis.get_instructions(loop))
print([(i.opname, i.argrepr) for i in ins][:6])
print(dis.opname[124], dis.opmap['LOAD_GLOBAL'], dis.cmp_op)
print(len(dis.hasjrel) > 5, 100 in dis.hasconst, 124 in dis.haslocal)
