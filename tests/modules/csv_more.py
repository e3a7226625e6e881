import csv, io
raw = 'id,body,author\r\n1,"Hello,\r\nthis is a\r\nmulti-line body",ann\r\n2,"He said ""hi""",bob\r\n3,,""\r\n4,plain text,"x,y"\r\n'
rows = list(csv.reader(io.StringIO(raw, newline="")))
for r in rows:
    print(r)
dr = list(csv.DictReader(io.StringIO(raw, newline="")))
print(len(dr), dr[0]["body"].splitlines(), dr[2])
out = io.StringIO(newline="")
w = csv.writer(out)
for r in rows:
    w.writerow(r)
print(out.getvalue() == raw, repr(out.getvalue()[:40]))
big = io.StringIO()
w = csv.writer(big)
for i in range(1000):
    w.writerow([i, f"name {i}", f"line1\nline2 {i}" if i % 10 == 0 else "x", i * 0.5])
big.seek(0)
parsed = list(csv.reader(big))
print(len(parsed), parsed[10], parsed[999], sum(float(r[3]) for r in parsed))
print(list(csv.reader(['a,b\\,c'], escapechar="\\")), list(csv.reader(["'a''b',c"], quotechar="'")), list(csv.reader(["a|b"], delimiter="|")))
print(list(csv.reader(['x,"y""z"'], doublequote=True)), list(csv.reader(['  "a",b'], skipinitialspace=True)))
class MyDialect(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"
    doublequote = True
    skipinitialspace = False
o = io.StringIO()
csv.writer(o, dialect=MyDialect).writerows([["a:b", "c"], ["it's", "d"]])
print(repr(o.getvalue()))
print(list(csv.reader(io.StringIO(o.getvalue()), dialect=MyDialect)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.reader([], delimiter="ab")
except TypeError as e:
    print("TypeError", e)
