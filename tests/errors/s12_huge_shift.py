# Left shifts by huge counts: CPython 3.11 raises OverflowError when the result would need
# more 30-bit digits than an int object can hold, else a bare MemoryError (no allocation).
for e in ["1 << 2**64", "1 << 2**66", "1 << 2**68", "1 << 2**70", "1 << 2**63",
          "1 << (2**63 - 1)", "1 << 2**100", "(1 << 100) << 2**64", "1 << (1 << 45)",
          "1 << (1 << 62)", "True << 2**64", "(-1) << 2**64", "0 << 2**100", "1 >> 2**100",
          "(-5) >> 2**100", "1 << -1", "(1 << 2**66) if 0 else 0", "1 << 100"]:
    try:
        print(e, "ok", eval(e))
    except (MemoryError, OverflowError, ValueError) as ex:
        print(e, type(ex).__name__, repr(str(ex)), ex.args)
x = 1
try:
    x <<= 2**64
except MemoryError as ex:
    print("inplace", type(ex).__name__, ex.args)
