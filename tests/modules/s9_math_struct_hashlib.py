import math, struct, base64, hashlib, time

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(10**20 + 1), math.pow(2, 0.5), math.exp(1), math.expm1(1e-10), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(math.e))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(3, -0.0))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18), math.gcd(), math.gcd(0, 0, 6), math.lcm(4, 6), math.lcm(), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan), math.modf(3.75), math.modf(-2.5), math.frexp(8), math.ldexp(0.5, 4), math.fmod(7, -3), math.remainder(7, 4))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.cbrt(27) if hasattr(math, "cbrt") else "", math.nextafter(1, 2), math.ulp(1.0), math.exp2(3) if hasattr(math, "exp2") else "")
print(math.floor(3), math.ceil(2.0000001), type(math.floor(2.5)).__name__, math.floor(10**30 + 0.0) if False else math.trunc(10**20), math.isqrt(0), math.comb(5, 7), math.perm(3, 5), round(math.sqrt(-0.0), 1))
for name, f in [("sqrt-1", lambda: math.sqrt(-1)), ("log0", lambda: math.log(0)), ("log-1", lambda: math.log(-1)), ("log base1", lambda: math.log(2, 1)),
                ("acos2", lambda: math.acos(2)), ("asin2", lambda: math.asin(-2)), ("exp big", lambda: math.exp(1000)), ("pow", lambda: math.pow(0, -1)), ("pow neg frac", lambda: math.pow(-8, 1 / 3)),
                ("fact neg", lambda: math.factorial(-1)), ("fact float", lambda: math.factorial(2.5)), ("fact 3.0", lambda: math.factorial(3.0)), ("isqrt neg", lambda: math.isqrt(-1)), ("comb neg", lambda: math.comb(-1, 2)),
                ("gcd float", lambda: math.gcd(1.5, 2)), ("floor inf", lambda: math.floor(math.inf)), ("ceil nan", lambda: math.ceil(math.nan)), ("trunc str", lambda: math.trunc("x")), ("sqrt str", lambda: math.sqrt("4")),
                ("fmod inf", lambda: math.fmod(math.inf, 1)), ("log10 neg", lambda: math.log10(-5)), ("atanh1", lambda: math.atanh(1)), ("gamma0", lambda: math.gamma(0)), ("gamma-1", lambda: math.gamma(-1)), ("lgamma0", lambda: math.lgamma(0)),
                ("dist len", lambda: math.dist((1,), (1, 2))), ("ldexp big", lambda: math.ldexp(1, 10000)), ("cosh big", lambda: math.cosh(1000)), ("prod str", lambda: math.prod(["a", "b"])), ("log2 0", lambda: math.log2(0)),
                ("sqrt big int", lambda: math.sqrt(10**400)), ("log big int", lambda: math.log(10**400)), ("float big", lambda: math.floor(1e308 * 10)), ("int nan", lambda: int(math.nan)), ("isqrt float", lambda: math.isqrt(4.0)), ("sin inf", lambda: math.sin(math.inf)),
                ("perm neg", lambda: math.perm(3, -1)), ("comb float", lambda: math.comb(3.0, 1)), ("fsum inf", lambda: math.fsum([math.inf, -math.inf])), ("remainder 0", lambda: math.remainder(1, 0))]:
    show(name, f)
print(struct.pack("<i", -2), struct.pack(">HhB", 1, -1, 255), struct.pack("!f", 1.5), struct.pack("<d", 0.1), struct.pack("3s", b"abcdef"), struct.pack("?x?", True, False), struct.pack("<q", 2**62), struct.pack("<e", 1.5))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">2H", b"\x00\x01\x00\x02"), struct.calcsize("iid"), struct.calcsize("<iid"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.unpack("5p", b"\x03abcd"), struct.pack("5p", b"hi"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"xx\x05\x00", 2), struct.Struct("<I").size, struct.Struct(">I").pack(7), struct.Struct("<2i").unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00"), struct.Struct("ih").format)
buf = bytearray(8); struct.pack_into("<I", buf, 2, 0xdeadbeef); print(buf, struct.pack("c", b"z"), struct.pack("<Q", 2**64 - 1), struct.pack("n", 5) == struct.pack("n", 5), struct.pack("<l", -1))
for name, f in [("pack big", lambda: struct.pack("<B", 256)), ("pack neg", lambda: struct.pack("<I", -1)), ("pack h", lambda: struct.pack("h", 40000)), ("pack count", lambda: struct.pack("<ii", 1)), ("pack type", lambda: struct.pack("<i", "x")),
                ("unpack size", lambda: struct.unpack("<i", b"ab")), ("bad fmt", lambda: struct.pack("<y", 1)), ("pack float", lambda: struct.pack("<i", 1.5)), ("pack s", lambda: struct.pack("s", "str")), ("iter size", lambda: struct.iter_unpack("<i", b"abc")),
                ("pack c", lambda: struct.pack("c", b"ab")), ("pack q", lambda: struct.pack("<q", 2**63)), ("pack f", lambda: struct.pack("<f", 1e40)), ("pack e", lambda: struct.pack("<e", 1e6)), ("unpack_from off", lambda: struct.unpack_from("<i", b"abcd", 2))]:
    show(name, f)
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGk"+b"="), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b32encode(b"abc"), base64.b32decode("MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.standard_b64encode(b"x"), base64.b85encode(b"hello"), base64.b85decode(b"Xk~0{Zv"), base64.a85encode(b"hello"), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b64encode(b"\x00\x01", altchars=b"-_"))
for name, f in [("b64 pad", lambda: base64.b64decode("abc")), ("b64 validate", lambda: base64.b64decode("ab!c", validate=True)), ("b64 junk", lambda: base64.b64decode("ab!cd=")), ("b64 str", lambda: base64.b64encode("str")),
                ("b32 bad", lambda: base64.b32decode("MFRGG")), ("b16 lower", lambda: base64.b16decode("ab")), ("b16 odd", lambda: base64.b16decode("ABC")), ("b64 nonascii", lambda: base64.b64decode("é"))]:
    show(name, f)
for alg in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    print(alg, hashlib.new(alg, b"abc").hexdigest())
h = hashlib.sha256(); h.update(b"hello "); h.update(b"world"); print(h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, h.copy().hexdigest() == h.hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1("x".encode()).hexdigest(), hashlib.md5(usedforsecurity=False).name, sorted(hashlib.algorithms_guaranteed)[:5], hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), hashlib.sha256(b"a" * 1000).hexdigest())
show("hash str", lambda: hashlib.sha256("abc"))
show("new bad", lambda: hashlib.new("nope"))
show("update int", lambda: hashlib.md5().update(5))
import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"), hmac.digest(b"k", b"m", "md5").hex())
st = time.struct_time((2024, 3, 9, 14, 5, 7, 5, 69, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%", st), time.strftime("%c|%x|%X", st), time.asctime(st), st, st.tm_year, st[1], repr(st) == str(st))
print(time.strptime("2024-03-09", "%Y-%m-%d"), time.mktime(st) > 0, time.gmtime(0), time.gmtime(86400 * 366.5)[:6], time.strftime("%Y", time.gmtime(0)), time.strftime("%e|%D|%T|%R|%n|%t|%h|%C|%G|%V|%u", st))
show("strftime bad tuple", lambda: time.strftime("%Y", (1, 2)))
show("strptime bad", lambda: time.strptime("x", "%Y"))
show("strftime month 13", lambda: time.strftime("%m", (2024, 13, 1, 0, 0, 0, 0, 1, 0)))
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__, time.localtime(0).tm_year >= 1969, time.gmtime(1e9).tm_yday)
