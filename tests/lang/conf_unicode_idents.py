π = 3.14159
ñame = "x"
变量 = 42
Ωmega_1 = π * 2
ﬁ = "ligature"  # NFKC-normalised to fi
print(π, ñame, 变量, Ωmega_1, fi)
class Ünïcödé:
    def méthode(self, ä=1):
        return ä * 2
print(Ünïcödé().méthode(ä=5), Ünïcödé.__name__)
print("ℌ".isidentifier(), "1x".isidentifier(), "x·y".isidentifier())
s = "héllo wörld ✓ 𝔘𝔫𝔦"
print(len(s), s.upper(), s[::-1], s.encode("utf-8")[:8], ascii(s))
print(f"{s!a:.10}", repr("\u200b"), "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043")
print(sorted(["b", "A", "é", "a", "Z"]), "straße".casefold(), "ǅ".lower(), "ß".upper())
d = {"ключ": 1}
print(d, *d)
exec("ℕ = 5\nprint(N)")
try:
    eval("a€b")
except SyntaxError as e:
    print(e.msg)
