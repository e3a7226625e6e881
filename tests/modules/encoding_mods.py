import base64, binascii, hashlib
data = b"hello world, this is weft!"
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"), base64.b85encode(b"xyz"), base64.a85encode(b"xyz"), base64.b32decode(b"MFRGG==="))
print(base64.encodebytes(b"x" * 60), base64.b64encode(b""), base64.b64decode("aGk="), base64.b64decode(b"aGk"+ b"="), base64.standard_b64encode(b"a"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.b2a_hex(b"ab", "-"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello")), binascii.b2a_base64(b"hi"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error", e)
for name in ["md5", "sha1", "sha256", "sha224", "sha384", "sha512"]:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.name)
h = hashlib.sha256()
h.update(b"hello ")
h2 = h.copy()
h.update(b"world")
print(h.hexdigest(), h2.hexdigest(), hashlib.sha256(b"hello world").hexdigest() == h.hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1().digest()[:4])
print(hashlib.sha256(b"x" * 100000).hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
try:
    hashlib.sha256("str")
except TypeError as e:
    print("TypeError", e)
import zlib
c = zlib.compress(data)
print(zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data))
