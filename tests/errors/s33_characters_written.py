# OSError.characters_written (BlockingIOError's third argument): unset, getting and
# deleting it raise AttributeError('characters_written'); setting converts to an
# index-sized int, -1 meaning unset, as CPython's C field does.
for e in [OSError(), OSError(1, "x"), BlockingIOError(11, "x", 3)]:
    try:
        print(e.characters_written)
    except AttributeError as x:
        print("AE", x, x.name if hasattr(x, "name") else None)
e = BlockingIOError(11, "x", 3)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print("AE", x)
e.characters_written = 7
print(e.characters_written)
try:
    e.characters_written = "a"
except TypeError as x:
    print("TE", x)
print("characters_written" in dir(OSError))
print(OSError.characters_written)
for v in [2**70, -1, True, 3.5, None]:
    try:
        e.characters_written = v
        print("set", e.characters_written)
    except Exception as x:
        print(type(x).__name__, x)
class MyOS(OSError): pass
m = MyOS(11, "x")
try: m.characters_written
except AttributeError as x: print("AE", x)
m.characters_written = 4; print(m.characters_written)
print(hasattr(OSError(), "characters_written"), getattr(OSError(), "characters_written", "dflt"))
try: ValueError().characters_written
except AttributeError as x: print("AE", x)
