"""Compare weft's lib/uuid.py with CPython's uuid. Run: python3 lib/_check/uuid_check.py"""
import os
import random
import sys
import uuid as cu
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wu = load('uuid')
C = Checker('uuid')


def view(u):
    return (str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.node, u.urn,
            u.variant, u.version, int(u), repr(u).replace('weft_uuid', 'uuid'))


def call(label, fw, fc):
    def run(f):
        try:
            return ('ok', view(f()))
        except Exception as e:
            return ('exc', type(e).__name__, str(e))
    C.same(label, run(fw), run(fc))


rng = random.Random(2)
for _ in range(300):
    n = rng.getrandbits(128)
    call('int %x' % n, lambda: wu.UUID(int=n), lambda: cu.UUID(int=n))
    h = '%032x' % n
    for form in (h, h.upper(), '{%s}' % h, 'urn:uuid:' + str(cu.UUID(h))):
        call('hex %s' % form, lambda: wu.UUID(form), lambda: cu.UUID(form))
    b = n.to_bytes(16, 'big')
    call('bytes', lambda: wu.UUID(bytes=b), lambda: cu.UUID(bytes=b))
    call('bytes_le', lambda: wu.UUID(bytes_le=b), lambda: cu.UUID(bytes_le=b))
    for v in (1, 3, 4, 5):
        call('version %d' % v, lambda: wu.UUID(int=n, version=v), lambda: cu.UUID(int=n, version=v))
    f = cu.UUID(int=n).fields
    call('fields', lambda: wu.UUID(fields=f), lambda: cu.UUID(fields=f))
for name in ('python.org', 'é', '', 'x' * 100):
    call('uuid3 %r' % name, lambda: wu.uuid3(wu.NAMESPACE_DNS, name), lambda: cu.uuid3(cu.NAMESPACE_DNS, name))
    call('uuid5 %r' % name, lambda: wu.uuid5(wu.NAMESPACE_URL, name), lambda: cu.uuid5(cu.NAMESPACE_URL, name))
for ns in ('NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500'):
    call(ns, lambda: getattr(wu, ns), lambda: getattr(cu, ns))
for bad in [dict(), dict(hex='123'), dict(bytes=b'x'), dict(bytes_le=b'x'), dict(fields=(1, 2)), dict(int=-1),
            dict(int=1 << 128), dict(int=5, version=9), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
            dict(fields=(0, 0, 0, 256, 0, 0)), dict(hex='zz' * 16)]:
    call('bad %r' % bad, lambda: wu.UUID(**bad), lambda: cu.UUID(**bad))
u4 = wu.uuid4()
C.same('uuid4 version', (u4.version, u4.variant), (4, cu.RFC_4122))
u1 = wu.uuid1()
C.same('uuid1 version', (u1.version, u1.variant), (1, cu.RFC_4122))
C.same('uuid1 time', abs(u1.time - cu.uuid1().time) < 10 ** 9, True)
try:
    u4.int = 5
    C.same('immutable', 'no error', 'TypeError')
except TypeError as e:
    C.same('immutable', str(e), 'UUID objects are immutable')
a, b = wu.UUID(int=1), wu.UUID(int=2)
C.same('ordering', (a < b, a == wu.UUID(int=1), hash(a) == hash(wu.UUID(int=1)), sorted([b, a]) == [a, b]), (True, True, True, True))
ok = C.done()
sys.exit(0 if ok else 1)
