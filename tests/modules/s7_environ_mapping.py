# os.environ is a MutableMapping whichever of os and collections.abc is imported first,
# so it matches mapping patterns and gets the mixin methods' isinstance checks.
import os
import collections.abc as cabc

os.environ["WEFT_S7_KEY"] = "value"
print(isinstance(os.environ, cabc.MutableMapping), isinstance(os.environ, cabc.Mapping))
print(issubclass(type(os.environ), cabc.MutableMapping))
print(isinstance(os.environ, dict))
match os.environ:
    case {"WEFT_S7_KEY": v, **rest}:
        print("matched", v, isinstance(rest, dict), "WEFT_S7_KEY" in rest)
    case _:
        print("no match")
match os.environb:
    case {b"WEFT_S7_KEY": v}:
        print("bytes matched", v)
    case _:
        print("no bytes match")
del os.environ["WEFT_S7_KEY"]
print("WEFT_S7_KEY" in os.environ, os.environ.get("WEFT_S7_KEY", "gone"))
