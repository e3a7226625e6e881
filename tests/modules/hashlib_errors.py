import hashlib
for bad in ["s", 1, None]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.new("x")
except ValueError as e:
    print("ValueError", e)
h = hashlib.sha256()
try:
    h.update("text")
except TypeError as e:
    print("TypeError", e)
h = hashlib.new("SHA256", data=b"a")
print(h.name, h.hexdigest()[:16], type(h).__name__, h.digest_size, h.block_size)
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(n, b"abc")
    c = h.copy()
    c.update(b"def")
    print(n, h.digest_size, h.block_size, h.hexdigest()[:24], c.hexdigest()[:24], getattr(hashlib, n)(b"abcdef").digest() == c.digest())
print(hashlib.md5(bytearray(b"ab")).hexdigest(), hashlib.sha1(memoryview(b"ab")).hexdigest(), hashlib.sha512(string=b"q").hexdigest()[:20])
print(all(n in hashlib.algorithms_available for n in hashlib.algorithms_guaranteed if not n.startswith(("sha3", "shake", "blake"))))
