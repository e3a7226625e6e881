import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.version, u.variant, u.urn, str(u).upper(), u.fields)
print(uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 16), uuid.UUID("{12345678123456781234567812345678}"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
r = uuid.uuid4()
print(r.version, len(str(r)), r != uuid.uuid4(), type(r).__name__)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.UUID("12345678-1234-5678-1234-567812345678") == u, u < uuid.UUID(int=2 ** 127))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError", e)
