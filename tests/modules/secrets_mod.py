import secrets
print(len(secrets.token_hex(16)), len(secrets.token_bytes()), len(secrets.token_urlsafe(9)), 0 <= secrets.randbelow(5) < 5)
print(secrets.choice("abc") in "abc", secrets.randbits(8) < 256, secrets.compare_digest("a", "a"), secrets.DEFAULT_ENTROPY)
print(all(c in "0123456789abcdef" for c in secrets.token_hex()), isinstance(secrets.SystemRandom().random(), float))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
