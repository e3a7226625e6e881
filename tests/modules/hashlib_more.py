import hashlib
for data in [b"", b"a", b"abc", b"message digest", b"a" * 1000, bytes(range(256))]:
    print(len(data), hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest()[:32])
h = hashlib.sha256()
for chunk in [b"chunk%d" % i for i in range(100)]:
    h.update(chunk)
print(h.hexdigest(), h.block_size, h.digest_size, len(h.digest()))
print(hashlib.sha512(b"x").hexdigest()[:40], hashlib.new("sha256", b"y").hexdigest()[:16], "sha256" in hashlib.algorithms_guaranteed)
m = hashlib.md5()
m.update("unicode é".encode())
print(m.hexdigest(), m.name, hashlib.md5(b"x").copy().hexdigest() == hashlib.md5(b"x").hexdigest())
try:
    hashlib.new("nonexistent")
except ValueError as e:
    print("ValueError", e)
