import os, os.path as op, shutil, tempfile, io, csv, json

TMP = [None]
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        msg = str(e)
        if TMP[0]:
            msg = msg.replace(TMP[0], "<tmp>")
        print(label, "!", type(e).__name__, msg)

print(op.join("a", "b", "c"), op.join("/a", "/b"), op.join("a", ""), op.join("", "x"), op.split("/a/b/c.txt"), op.split("c"), op.split("/"), op.splitext("a/b.tar.gz"), op.splitext(".bashrc"), op.splitext("a."), op.splitext("a/.b.c"))
print(op.basename("/x/y/"), op.basename("/x/y"), op.dirname("/x/y"), op.dirname("y"), op.normpath("/a//b/./c/../d/"), op.normpath(""), op.normpath("../../a"), op.normpath("//a"), op.normpath("///a"), op.isabs("/a"), op.isabs("a"))
print(op.commonprefix(["/usr/lib", "/usr/local"]), op.commonpath(["/usr/lib", "/usr/local"]), op.relpath("/a/b/c", "/a/d"), op.relpath("/a", "/a"), op.expanduser("~x/y") , op.splitdrive("/a/b"), op.normcase("AbC"), op.sep, op.extsep, op.pardir, op.curdir)
print(op.exists("/"), op.isdir("/"), op.isfile("/"), op.exists("/nonexistent/zz"), op.getsize(__file__) > 0, op.islink("/nonexistent"), op.abspath("x").endswith("/x"), op.join(b"a", b"b"), op.splitext(b"x.py"), op.basename(b"/q/r"))
show("join mixed", lambda: op.join("a", b"b"))
show("join int", lambda: op.join("a", 1))
show("getsize missing", lambda: op.getsize("/nonexistent/zz"))
show("commonpath mix", lambda: op.commonpath(["/a", "b"]))
show("commonpath empty", lambda: op.commonpath([]))
show("relpath empty", lambda: op.relpath(""))
with tempfile.TemporaryDirectory() as d:
    TMP[0] = d
    p = op.join(d, "f.txt")
    with open(p, "w") as f:
        f.write("line1\nline2\n")
    os.makedirs(op.join(d, "sub", "deep"))
    shutil.copy(p, op.join(d, "sub", "g.txt"))
    shutil.copyfile(p, op.join(d, "h.txt"))
    shutil.copytree(op.join(d, "sub"), op.join(d, "sub2"))
    shutil.move(op.join(d, "h.txt"), op.join(d, "sub2", "h2.txt"))
    print(sorted(os.listdir(d)), sorted(os.listdir(op.join(d, "sub2"))))
    for root, dirs, files in sorted(os.walk(d)):
        print(op.relpath(root, d), sorted(dirs), sorted(files))
    shutil.rmtree(op.join(d, "sub2"))
    print(sorted(os.listdir(d)), open(op.join(d, "sub", "g.txt")).read().splitlines(), op.isdir(op.join(d, "sub")))
    show("rmtree missing", lambda: shutil.rmtree(op.join(d, "nope")))
    show("copy missing", lambda: shutil.copy(op.join(d, "nope"), d))
    show("makedirs exists", lambda: os.makedirs(op.join(d, "sub")))
    os.makedirs(op.join(d, "sub"), exist_ok=True)
    show("open missing", lambda: open(op.join(d, "nope")).read().replace(d, "D"))
    show("remove dir", lambda: os.remove(op.join(d, "sub")))
    show("rmdir nonempty", lambda: os.rmdir(op.join(d, "sub")))
    print(shutil.which("sh") is not None, shutil.which("definitely-not-a-cmd"), type(shutil.disk_usage(d)).__name__)
    fd, path = tempfile.mkstemp(suffix=".dat", dir=d); os.write(fd, b"abc"); os.close(fd); print(path.endswith(".dat"), op.getsize(path))
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as nt:
    nt.write("hello"); nt.seek(0); print(nt.read(), nt.name.endswith(".txt"), op.exists(nt.name))
print(op.exists(nt.name))
with tempfile.TemporaryFile() as tf:
    tf.write(b"xyz"); tf.seek(0); print(tf.read())
sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+"); sp.write("abc"); sp.seek(0); print(sp.read()); sp.close()
print(type(tempfile.gettempdir()).__name__, op.isdir(tempfile.mkdtemp()))
s = io.StringIO("a\nb\nc")
print(s.readline(), s.readlines(), s.read(), s.tell(), s.getvalue(), s.seek(0), s.read(1), list(io.StringIO("x\ny")))
s = io.StringIO(); print(s.write("héllo"), s.tell(), s.getvalue()); s.seek(1); s.write("E"); print(s.getvalue()); s.truncate(3); print(repr(s.getvalue()), s.closed, s.readable(), s.writable(), s.seekable())
s = io.StringIO("abc"); s.seek(0, 2); s.write("d"); print(s.getvalue()); s.close(); show("closed read", lambda: s.read())
show("stringio bytes", lambda: io.StringIO(b"x"))
show("write int", lambda: io.StringIO().write(5))
show("seek neg", lambda: io.StringIO().seek(-1))
show("seek whence", lambda: io.StringIO("abc").seek(1, 1))
b = io.BytesIO(b"abc"); print(b.read(2), b.getvalue(), b.getbuffer().tobytes(), b.write(b"Z"), b.getvalue())
rows = [["name", "age", "note"], ["Al", 30, "says \"hi\""], ["Bo", 4, "a,b"], ["Cy", None, "line\nbreak"], ["", 1.5, " sp "]]
out = io.StringIO(); w = csv.writer(out); w.writerows(rows); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n"); w.writerow(rows[1]); w.writerow([1, 2.5, None]); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC); w.writerow(["a", 1, 2.5, None, True]); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\"); w.writerow(["a,b", 'q"', "x"]); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, quotechar="'"); w.writerow(["it's", "a b", ""]); w.writerow([""]); w.writerow([]); print(repr(out.getvalue()))
data = 'a,b,c\r\n1,"x, y",3\r\n"q""q",,\r\n\r\n"multi\nline",2,3\r\n'
print(list(csv.reader(io.StringIO(data))))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["1,2,3"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb"], dialect="excel-tab")), list(csv.reader(['"a"b,c'])), list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(["x"], strict=False)))
dr = csv.DictReader(io.StringIO("name,age\nAl,30\nBo,4,extra\nCy\n"))
print(dr.fieldnames, [dict(r) for r in dr], dr.line_num)
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["a", "b"], restkey="rest", restval="?"); print(list(dr))
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=["x", "y"], restval="-"); dw.writeheader(); dw.writerow({"x": 1}); dw.writerows([{"x": 2, "y": 3}]); print(repr(out.getvalue()))
show("dictwriter extra", lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
show("dictwriter bad extras", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad"))
show("strict", lambda: list(csv.reader(['"a"b'], strict=True)))
show("eof quote", lambda: list(csv.reader(['"abc'], strict=True)))
show("reader nonstr", lambda: list(csv.reader([1])))
show("bad dialect", lambda: csv.reader([], dialect="nope"))
show("quote none no esc", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
show("delim len", lambda: csv.reader([], delimiter="ab"))
show("writer nonseq", lambda: csv.writer(io.StringIO()).writerow(5))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL); print(list(csv.reader(["a|b|'c'"], dialect="pipes")), csv.list_dialects()[:0], csv.get_dialect("pipes").delimiter)
class D(csv.Dialect):
    delimiter = ":"; quotechar = '"'; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True
out = io.StringIO(); csv.writer(out, D).writerow(["a:b", "c"]); print(repr(out.getvalue()))
sn = csv.Sniffer(); dia = sn.sniff("a;b;c\n1;2;3\n"); print(dia.delimiter, sn.has_header("name,age\nAl,30\nBo,4\n"))
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__mro__[1].__name__)
obj = {"b": [1, 2.5, None, True, False], "a": {"nested": "é\u2603\n\"q\""}, "c": [], "d": {}, "e": 10**20, "f": -0.0, "g": 1e100}
print(json.dumps(obj)); print(json.dumps(obj, sort_keys=True, indent=2)); print(json.dumps(obj, indent="\t", ensure_ascii=False)); print(json.dumps(obj, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({"a": 1}, indent=4, separators=(",", ": ")), json.dumps("\x00\x1f\x7f"), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps((1, 2)), json.dumps("x", ensure_ascii=True), json.dumps({"k": "😀"}), json.dumps({"k": "😀"}, ensure_ascii=False), json.dumps(3.0), json.dumps(1/3), json.dumps(-1e-7))
import decimal, datetime
print(json.dumps({"d": decimal.Decimal("1.5"), "t": datetime.date(2020, 1, 2)}, default=str), json.dumps({"s": {3, 1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=Enc), Enc(indent=1).encode([1]), list(json.JSONEncoder().iterencode({"a": [1]})))
show("dumps set", lambda: json.dumps({1, 2}))
show("dumps obj", lambda: json.dumps(object()).startswith("x"))
show("dumps key", lambda: json.dumps({(1, 2): 3}))
show("dumps nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
show("skipkeys", lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True))
show("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
show("enc default", lambda: json.dumps(2j, cls=Enc) and json.dumps(b"x", cls=Enc))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n\\ud83d\\ude00"}'), json.loads("  7 "), json.loads('"x"'), json.loads("[]"), json.loads(b'{"k": 1}'), json.loads("NaN"), json.loads("-Infinity"), json.loads("1E400"), json.loads("12345678901234567890"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.10]', parse_float=decimal.Decimal), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[[1, 2]]', object_pairs_hook=dict), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads("5", parse_int=float), json.loads("NaN", parse_constant=lambda c: c))
for bad in ['', ' ', '{', '{"a"', '{"a":', '{"a": 1,}', '[1,]', '[1 2]', '{"a" 1}', "{'a': 1}", '{a: 1}', '"abc', '"\\x"', '"\\u12"', 'tru', 'nul', '[1] x', '01', '1.', '-', '.5', '"\t"', '[', '{"a":1}}', '\ufeff1', 'inf', '1e', '[-]', '{"a":1 "b":2}', '\n\n  [1,\n  ?]', 'True', '[1,,2]', '{,}']:
    try:
        json.loads(bad)
        print(repr(bad), "ok", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
show("loads int", lambda: json.loads(5))
show("loads none", lambda: json.loads(None))
print(json.JSONDecodeError.__mro__[1].__name__, json.loads('"\\/\\b\\f"'), json.JSONDecoder().raw_decode('[1] rest'), json.dumps("\u2028"), json.dumps({"a": 1}, indent=2, sort_keys=True, default=str))
fp = io.StringIO(); json.dump({"z": 1, "y": [1, 2]}, fp, indent=1); print(fp.getvalue()); fp.seek(0); print(json.load(fp))
