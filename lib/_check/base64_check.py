"""Compare weft's lib/base64.py and lib/binascii.py with CPython's. Run: python3 lib/_check/base64_check.py"""
import base64 as cb
import binascii as cba
import os
import random
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wba = load('binascii')
_saved = sys.modules['binascii']
sys.modules['binascii'] = wba
wb = load('base64')
sys.modules['binascii'] = _saved
C = Checker('base64+binascii')


def call(label, fw, fc):
    def run(f):
        try:
            return ('ok', f())
        except Exception as e:
            return ('exc', type(e).__name__, str(e))
    C.same(label, run(fw), run(fc))


rng = random.Random(9)
blobs = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff' * 7, bytes(range(256)), bytearray(b'xyz'), memoryview(b'mv!')]
for _ in range(200):
    blobs.append(bytes(rng.randrange(256) for _ in range(rng.randrange(80))))
for b in blobs:
    for name in ('b64encode', 'urlsafe_b64encode', 'b32encode', 'b32hexencode', 'b16encode', 'encodebytes', 'standard_b64encode'):
        call('%s %r' % (name, bytes(b)), lambda: getattr(wb, name)(b), lambda: getattr(cb, name)(b))
    call('altchars', lambda: wb.b64encode(b, b'*!'), lambda: cb.b64encode(b, b'*!'))
    for name in ('hexlify', 'b2a_hex', 'b2a_base64', 'crc32'):
        call('%s %r' % (name, bytes(b)), lambda: getattr(wba, name)(b), lambda: getattr(cba, name)(b))
    call('crc32 start', lambda: wba.crc32(b, 12345), lambda: cba.crc32(b, 12345))
    call('crc_hqx', lambda: wba.crc_hqx(b, 0x1d0f), lambda: cba.crc_hqx(b, 0x1d0f))
    call('b2a_base64 nl', lambda: wba.b2a_base64(b, newline=False), lambda: cba.b2a_base64(b, newline=False))
    call('hex sep', lambda: wba.hexlify(b, '-', 3), lambda: cba.hexlify(b, '-', 3))
    call('hex sep neg', lambda: wba.hexlify(b, b':', -2), lambda: cba.hexlify(b, b':', -2))
    enc = cb.b64encode(b)
    for d in (enc, enc.decode(), cb.urlsafe_b64encode(b)):
        call('b64decode %r' % d, lambda: wb.b64decode(d), lambda: cb.b64decode(d))
        call('urlsafe decode %r' % d, lambda: wb.urlsafe_b64decode(d), lambda: cb.urlsafe_b64decode(d))
    for d in (cb.b32encode(b), cb.b32encode(b).lower()):
        call('b32decode %r' % d, lambda: wb.b32decode(d), lambda: cb.b32decode(d))
        call('b32decode cf %r' % d, lambda: wb.b32decode(d, casefold=True), lambda: cb.b32decode(d, casefold=True))
    call('b32hexdecode', lambda: wb.b32hexdecode(cb.b32hexencode(b)), lambda: cb.b32hexdecode(cb.b32hexencode(b)))
    call('b16decode', lambda: wb.b16decode(cb.b16encode(b)), lambda: cb.b16decode(cb.b16encode(b)))
    call('b16decode lower', lambda: wb.b16decode(cb.b16encode(b).lower()), lambda: cb.b16decode(cb.b16encode(b).lower()))
    call('decodebytes', lambda: wb.decodebytes(cb.encodebytes(b)), lambda: cb.decodebytes(cb.encodebytes(b)))
    call('unhexlify', lambda: wba.unhexlify(cba.hexlify(b)), lambda: cba.unhexlify(cba.hexlify(b)))
    call('a2b_qp', lambda: wba.a2b_qp(cba.b2a_qp(b)), lambda: cba.a2b_qp(cba.b2a_qp(b)))

alphabet = b'QUJD=a \n!\xff+/_-'
for _ in range(3000):
    s = bytes(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    call('a2b_base64 %r' % s, lambda: wba.a2b_base64(s), lambda: cba.a2b_base64(s))
    call('a2b_base64 strict %r' % s, lambda: wba.a2b_base64(s, strict_mode=True), lambda: cba.a2b_base64(s, strict_mode=True))
    call('b64decode validate %r' % s, lambda: wb.b64decode(s, validate=True), lambda: cb.b64decode(s, validate=True))
for bad in [b'abc', b'zz', 'ab', 'é', 5]:
    call('unhexlify %r' % (bad,), lambda: wba.unhexlify(bad), lambda: cba.unhexlify(bad))
    call('hexlify %r' % (bad,), lambda: wba.hexlify(bad), lambda: cba.hexlify(bad))
    call('b64encode %r' % (bad,), lambda: wb.b64encode(bad), lambda: cb.b64encode(bad))
    call('b64decode %r' % (bad,), lambda: wb.b64decode(bad), lambda: cb.b64decode(bad))
    call('encodebytes %r' % (bad,), lambda: wb.encodebytes(bad), lambda: cb.encodebytes(bad))
    call('b32decode %r' % (bad,), lambda: wb.b32decode(bad), lambda: cb.b32decode(bad))
    call('b16decode %r' % (bad,), lambda: wb.b16decode(bad), lambda: cb.b16decode(bad))
for s in (b'MFRGG===', b'MFRGG', b'MFRG1===', b'MF!GG===', b'MFRGGZA=', b'========', b'MFRGGZDF'):
    call('b32 %r' % s, lambda: wb.b32decode(s), lambda: cb.b32decode(s))
    call('b32 map01 %r' % s, lambda: wb.b32decode(s, map01=b'L'), lambda: cb.b32decode(s, map01=b'L'))
call('hexlify sep bad', lambda: wba.hexlify(b'abc', '--'), lambda: cba.hexlify(b'abc', '--'))
C.same('Error class', (wba.Error.__module__, issubclass(wba.Error, ValueError)), (cba.Error.__module__, True))
ok = C.done()
sys.exit(0 if ok else 1)
