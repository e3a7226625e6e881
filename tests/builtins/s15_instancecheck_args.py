# type.__instancecheck__/__subclasscheck__ called without their argument: a TypeError
# (weft used to panic on the missing argument).
for f in (lambda: type.__instancecheck__(int), lambda: type.__subclasscheck__(int), lambda: int.__instancecheck__(), lambda: type.__instancecheck__(int, 1, 2), lambda: type.__subclasscheck__(int, 1)):
    try: print(f())
    except TypeError as e: print(e)
