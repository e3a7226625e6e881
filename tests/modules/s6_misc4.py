import logging, sys, io, pathlib, urllib.parse, difflib, shlex, html, fnmatch, struct, base64, hashlib, uuid, csv, secrets, string
# logging
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1); log.info("info %s", "x"); log.warning("warn"); log.error("error %r", {"a": 1})
sub = logging.getLogger("app.db")
sub.setLevel(logging.WARNING)
sub.info("hidden"); sub.critical("crit!")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s | %(funcName)s:%(lineno)d"))
other = logging.getLogger("other"); other.propagate = False; other.addHandler(h); other.setLevel(logging.INFO)
def work(): other.info("from work")
work(); other.warning("w %s %s", 1, 2); other.debug("no")
print(repr(buf.getvalue()))
print(logging.getLevelName(logging.ERROR), logging.getLevelName(25), logging.getLevelName("INFO"), log.getEffectiveLevel(), sub.isEnabledFor(logging.INFO), logging.root.level)
print(logging.getLogger() is logging.root, logging.getLogger("app") is log, sub.parent.name, log.name)
logging.disable(logging.CRITICAL); log.critical("nope"); logging.disable(logging.NOTSET)
adapter = logging.LoggerAdapter(log, {"user": "bob"}); adapter.info("adapted")
class F(logging.Filter):
    def filter(self, r): return "secret" not in r.getMessage()
log.addFilter(F()); log.info("secret stuff"); log.info("public stuff")
# pathlib
p = pathlib.PurePosixPath("/home/user/docs/report.final.pdf")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[1], list(p.parts), p.anchor, p.is_absolute(), p.with_suffix(".txt"), p.with_name("x.py"), p.with_stem("r2"))
print(p.relative_to("/home"), p.match("*.pdf"), p.match("docs/*.pdf"), pathlib.PurePosixPath("a") / "b" / "../c", pathlib.PurePosixPath("a/./b//c/"), repr(pathlib.PurePosixPath("x")), str(pathlib.Path("rel/x")))
print(pathlib.PurePosixPath("/a/b").joinpath("c", "/d"), pathlib.PurePosixPath("a.tar.gz").suffixes, pathlib.PurePosixPath("").name, pathlib.PurePosixPath(".").parent, pathlib.PurePosixPath("/").parent, pathlib.PurePosixPath("foo") == pathlib.PurePosixPath("foo/"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
try:
    pathlib.PurePosixPath("a").with_suffix("txt")
except ValueError as e:
    print("ValueError", e)
print(sorted([pathlib.PurePosixPath("b"), pathlib.PurePosixPath("a/c"), pathlib.PurePosixPath("a")]), pathlib.PurePosixPath("/x/y").as_uri(), pathlib.PurePosixPath("a/b").as_posix())
# urllib.parse
u = urllib.parse.urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=a+b&r=c#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urllib.parse.parse_qs(u.query), urllib.parse.parse_qsl("a=1&b=&c", keep_blank_values=True), urllib.parse.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True))
print(urllib.parse.quote("a b/ü?"), urllib.parse.quote_plus("a b/ü?"), urllib.parse.unquote("%E2%82%AC%20x"), urllib.parse.unquote_plus("a+b%2B"), urllib.parse.quote("/x y", safe=""))
print(urllib.parse.urljoin("http://a/b/c/d;p?q", "../g"), urllib.parse.urljoin("http://a/b/c", "//x/y"), urllib.parse.urlsplit("mailto:x@y.com"), urllib.parse.urlunparse(("http", "h", "/p", "", "a=1", "")), urllib.parse.urldefrag("http://x/y#z"))
# difflib
a = "the quick brown fox\njumps over\nthe lazy dog\n".splitlines(keepends=True)
b = "the quick red fox\njumps over\nthe lazy cat\nand more\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "tww\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 4), difflib.SequenceMatcher(None, "abxcd", "abcd").get_opcodes())
print("".join(difflib.context_diff(a, b, n=1)))
# shlex
print(shlex.split("ls -la 'my file' \"x y\" a\\ b # comment", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]), shlex.quote(""))
try:
    shlex.split("'unterminated")
except ValueError as e:
    print("ValueError", e)
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&#39;&eacute;&#x20AC;&amp;&nbsp;|&bogus;"), html.escape("'\"", quote=False))
print(fnmatch.fnmatch("file.TXT", "*.txt"), fnmatch.fnmatchcase("file.TXT", "*.txt"), fnmatch.filter(["a.py", "b.c", ".x.py"], "*.py"), fnmatch.translate("a?[!b]*.py"))
print(struct.pack(">IhB", 1, -2, 255), struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.calcsize("@iqc"), struct.pack("5s", b"ab"), struct.unpack(">f", struct.pack(">f", 1.5)), struct.pack("?x?", True, False), list(struct.iter_unpack("<h", b"\x01\x00\xff\xff")))
print(base64.b64encode(b"hello world!?"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b64decode("aGk="), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hello"), base64.b85encode(b"hi"))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4], hashlib.new("sha512", b"a").hexdigest()[:16], hashlib.blake2b(b"a", digest_size=8).hexdigest())
print(uuid.UUID("12345678-1234-5678-1234-567812345678"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"), uuid.UUID(int=1).hex, repr(uuid.UUID(bytes=b"\x00" * 16)), uuid.UUID("{12345678-1234-5678-1234-567812345678}").version)
out = io.StringIO()
w = csv.writer(out); w.writerow(["a", "b,c", 'd"e', "", None, 1.5]); w.writerows([[1, 2], ["x\ny"]])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()))))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(4)), secrets.choice("a") , len(secrets.token_urlsafe(9)))
