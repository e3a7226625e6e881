# textwrap.dedent and string.capwords on arguments of the wrong type fail as CPython's
# (re.sub's 'cannot use a string pattern on a bytes-like object'; str.capitalize's
# descriptor check).
import textwrap, string
for a in [b"a", bytearray(b" a"), memoryview(b"x"), 5, None, ["a"], "  a\n  b", "\ta\n\t\tb\n  \n", ""]:
    try: print(repr(textwrap.dedent(a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(b"a b",), ("hello  wORLD",), ("a-b-c", "-"), (5,), ("x y", 1), (["a"],)]:
    try: print(repr(string.capwords(*a)))
    except Exception as e: print(type(e).__name__, e)
